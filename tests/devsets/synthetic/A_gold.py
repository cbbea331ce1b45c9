"""Hand annotation of A1/A2 (all four layers), written as anchored snippets and turned into
GOLD_FORMAT offsets into A1.txt/A2.txt.  ``L[[span]]R`` anchors a span by context; ``#k`` picks
the k-th occurrence (0-based).  Run after A_build.py; A_check.py validates the result."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from A_build import build  # noqa: E402

HERE = Path(__file__).parent
GT = "GROUP"


def T(v, typ="DATE", **kw):
    return {"value": v, "type": typ, **kw}


RC = {"resolved_from_context": True}
REL = {"relative": True, "resolved_from_context": True}

TIMEX = {
    "A1": [
        ("([[1922-1923]])", T("1922/1923", note="title")),
        ("1922 sonbaharından", T("1922-FA")),
        ("1923 yazına", T("1923-SU")),
        ("autumn of 1922", T("1922-FA", note="English abstract")),
        ("summer of 1923", T("1923-SU", note="English abstract")),
        ("19. yüzyıl boyunca", T("18")),
        ("30 Ekim 1918’de", T("1918-10-30")),
        ("16 Mart 1920’de", T("1920-03-16")),
        ("26 Ağustos 1922’de", T("1922-08-26")),
        ("9 Eylül 1922’de", T("1922-09-09")),
        ("15 Eylül 1922’de", T("1922-09-15")),
        ("3 Ekim 1922’de", T("1922-10-03")),
        ("11 Ekim 1922’de", T("1922-10-11")),
        ("on beş gün", T("P15D", "DURATION")),
        ("19 Ekim 1922’de", T("1922-10-19")),
        ("aynı gün", T("1922-10-19", **REL)),
        ("27 Ekim 1922’de", T("1922-10-27")),
        ("1 Teşrinisani 1338", T("1922-11-01", calendar="rumi")),
        ("17 Kasım 1922’de", T("1922-11-17")),
        ("26 Ekim 1922’de", T("1922-10-26")),
        ("Kasım ayının ortalarında", T("1922-11", mod="MID", **RC)),
        ("20 Kasım 1922’de", T("1922-11-20")),
        ("iki hafta sonra", T("1922-12-04", **REL, note="two weeks after the opening (20 Kasım 1922)")),
        ("31 Ocak 1923’te", T("1923-01-31")),
        ("4 Şubat 1923 akşamı", T("1923-02-04TEV", "TIME")),
        ("20 Kasım 1922-4 Şubat 1923", T("1922-11-20/1923-02-04")),
        ("Mart ayının başlarında", T("1923-03", mod="START", **RC)),
        ("23 Nisan 1923’te", T("1923-04-23")),
        ("Yaklaşık üç ay", T("P3M", "DURATION", mod="APPROX")),
        ("24 Temmuz 1923’te", T("1923-07-24")),
        ("dokuz ay", T("P9M", "DURATION")),
        ("23 Ağustos 1923’te", T("1923-08-23")),
        ("2 Ekim 1923’te", T("1923-10-02")),
        ("ertesi yıl", T("1924", **REL)),
        ("6 Ağustos 1924’te", T("1924-08-06")),
        ("19 Mayıs 1924’te", T("1924-05-19")),
        ("5 Haziran 1926’da", T("1926-06-05")),
        ("1922 sonbaharında", T("1922-FA")),
        ("yaklaşık on ay", T("P10M", "DURATION", mod="APPROX")),
        ("1920’li yıllar boyunca", T("192")),
        ("[[bugün]] bile", T("PRESENT_REF", relative=True)),
    ],
    "A2": [
        ("ANTLAŞMASI ([[1921]])", T("1921", note="title")),
        ("yüzyıllar boyunca", T("PXC", "DURATION")),
        ("1921 sonbaharında", T("1921-FA")),
        ("bugünkü", T("PRESENT_REF", relative=True)),
        ("autumn of 1921", T("1921-FA", note="English abstract")),
        ("1877-1878", T("1877/1878")),
        ("yaklaşık kırk yıl", T("P40Y", "DURATION", mod="APPROX")),
        ("19. yüzyılın sonlarından", T("18", mod="END")),
        ("3 Mart 1918’de", T("1918-03-03")),
        ("[[1877]] sınırına", T("1877")),
        ("1918 yazında", T("1918-SU")),
        ("birkaç ay", T("PXM", "DURATION")),
        ("1919 yılında", T("1919")),
        ("1920 Eylül ayının sonlarında", T("1920-09", mod="END")),
        ("29 Eylül 1920’de", T("1920-09-29")),
        ("30 Ekim 1920’de", T("1920-10-30")),
        ("7 Kasım 1920’de", T("1920-11-07")),
        ("2/3 Aralık 1920’de", T("1920-12-02/1920-12-03", mod="APPROX")),
        ("25 Şubat 1921’de", T("1921-02-25")),
        ("Ertesi gün", T("1921-02-26", **REL)),
        ("11 Mart 1921’de", T("1921-03-11")),
        ("16 Mart 1921’de", T("1921-03-16")),
        ("birkaç gün sonra", T(None, relative=True, note="a few days after 16 Mart 1921")),
        ("yaklaşık iki hafta sonra", T("1921-09-26", **REL, note="co-referent with the following 26 Eylül 1921")),
        ("26 Eylül 1921’de", T("1921-09-26")),
        ("Yaklaşık üç hafta", T("P3W", "DURATION", mod="APPROX")),
        ("Ekim ayının ilk günlerinde", T("1921-10", mod="START", **RC)),
        ("13 Ekim 1921’de", T("1921-10-13")),
        ("13 Teşrinievvel 1337", T("1921-10-13", calendar="rumi")),
        ("11 Eylül 1922’de", T("1922-09-11")),
        ("1921 yılının sonlarında", T("1921", mod="END")),
        ("2 Ocak 1922’de", T("1922-01-02")),
        ("19 Mart 1945’te", T("1945-03-19")),
        ("[[1925]] tarihli", T("1925")),
        ("aynı yılın haziran ayında", T("1945-06", **REL)),
        ("[[bugün]] de", T("PRESENT_REF", relative=True)),
    ],
}


def C(*refs, **kw):
    out = []
    for r in refs:
        a, y, p, *e = r
        d = {"authors": [a], "year": y, "pages": p}
        if e:
            d["et_al"] = True
        out.append(d)
    return {"refs": out, **kw}


NARR = {"note": "narrative citation; author named outside the parenthesis"}
CITATION = {
    "A1": [
        ("(Soysal,1983:45)", C(("Soysal", 1983, "45"))),
        ("(Akşin v.d.,1997:12-14)", C(("Akşin", 1997, "12-14", 1))),
        ("(Gürün,1991,88)", C(("Gürün", 1991, "88"))),
        ("(Bilge,1992:27)", C(("Bilge", 1992, "27"))),
        ("(1992: 33)", C(("Bilge", 1992, "33"), **NARR)),
        ("(Akşin v.d.,1997:31)", C(("Akşin", 1997, "31", 1))),
        ("(Meray,1969:112; Şimşir,1990:57)", C(("Meray", 1969, "112"), ("Şimşir", 1990, "57"))),
        ("(Soysal,1983:61)", C(("Soysal", 1983, "61"))),
        ("(Şimşir,1990:214)", C(("Şimşir", 1990, "214"))),
        ("(Soysal,1983:112-115)", C(("Soysal", 1983, "112-115"))),
        ("(Akşin v.d.,1997:88-90)", C(("Akşin", 1997, "88-90", 1))),
    ],
    "A2": [
        ("(Kürkçüoğlu,1972:211)", C(("Kürkçüoğlu", 1972, "211"))),
        ("(Gürün,1991:72)", C(("Gürün", 1991, "72"))),
        ("(Bilge,1992:98; Akşin v.d.,1997:40)", C(("Bilge", 1992, "98"), ("Akşin", 1997, "40", 1))),
        ("(Soysal,1983:43-47)", C(("Soysal", 1983, "43-47"))),
        ("(1991: 75)", C(("Gürün", 1991, "75"), **NARR)),
        ("(Karabekir,1960:960)", C(("Karabekir", 1960, "960"))),
        ("(1992: 104)", C(("Bilge", 1992, "104"), **NARR)),
        ("(Gürün,1991,79)", C(("Gürün", 1991, "79"))),
        ("(Gürün,1991:288-290)", C(("Gürün", 1991, "288-290"))),
    ],
}

SUF = r"(?:[’'][a-zçğıöşüA-ZÇĞİÖŞÜ]+)?"
# (pattern without suffix, entity, kind, stands_for); longer names first; both documents
LEX = [
    (r"Ankara hükümeti|Ankara government", "TBMM Hükümeti", "STATE", None),
    (r"TBMM Hükümeti", "TBMM Hükümeti", "STATE", None),
    (r"İstanbul hükümetini", "İstanbul Hükümeti", "STATE", None),
    (r"Gürcü hükümeti", "Gürcistan", "STATE", None),
    (r"Türkiye Cumhuriyeti", "Türkiye", "STATE", None),
    (r"Sovyet Rusya|Soviet Russia", "Sovyet Rusya", "STATE", None),
    (r"Sovyetler Birliği", "Sovyet Rusya", "STATE", None),
    (r"Türkiye-Ukrayna Dostluk ve Kardeşlik Antlaşması", "Türkiye-Ukrayna Dostluk ve Kardeşlik Antlaşması", "EVENT_NAME", None),
    (r"Türk-Sovyet Dostluk ve Tarafsızlık Antlaşması", "Türk-Sovyet Dostluk ve Tarafsızlık Antlaşması (1925)", "EVENT_NAME", None),
    (r"Büyük Taarruz|Great Offensive", "Büyük Taarruz", "EVENT_NAME", None),
    (r"Lozan Konferansı|LOZAN KONFERANSI|Lausanne Conference", "Lozan Konferansı", "EVENT_NAME", None),
    (r"Lozan Antlaşması", "Lozan Antlaşması", "EVENT_NAME", None),
    (r"Moskova Antlaşması|Treaty of Moscow", "Moskova Antlaşması", "EVENT_NAME", None),
    (r"Kars Antlaşması|KARS ANTLAŞMASI|Treaty of Kars", "Kars Antlaşması", "EVENT_NAME", None),
    (r"Kars Konferansı", "Kars Konferansı", "EVENT_NAME", None),
    (r"Gümrü Antlaşması", "Gümrü Antlaşması", "EVENT_NAME", None),
    (r"Berlin Antlaşması", "Berlin Antlaşması", "EVENT_NAME", None),
    (r"Brest-Litovsk Antlaşması", "Brest-Litovsk Antlaşması", "EVENT_NAME", None),
    (r"Osmanlı-Rus Savaşı", "1877-1878 Osmanlı-Rus Savaşı", "EVENT_NAME", None),
    (r"Bolşevik İhtilali", "Bolşevik İhtilali", "EVENT_NAME", None),
    (r"Mondros Mütarekesi", "Mondros Mütarekesi", "EVENT_NAME", None),
    (r"Mudanya Mütarekesi", "Mudanya Mütarekesi", "EVENT_NAME", None),
    (r"Haliç Konferansı", "Haliç Konferansı", "EVENT_NAME", None),
    (r"Çanakkale Krizi", "Çanakkale Krizi", "EVENT_NAME", None),
    (r"Birinci Dünya Savaşı", "Birinci Dünya Savaşı", "EVENT_NAME", None),
    (r"İkinci Dünya Savaşı", "İkinci Dünya Savaşı", "EVENT_NAME", None),
    (r"Sakarya Meydan Muharebesi", "Sakarya Meydan Muharebesi", "EVENT_NAME", None),
    (r"Misak-ı Milli", "Misak-ı Milli", "EVENT_NAME", None),
    (r"Osmanlı Devleti", "Osmanlı Devleti", "STATE", None),
    (r"İtilaf Devletleri(?:ne|nin)?", "İtilaf Devletleri", GT, None),
    (r"İcra Vekilleri Heyeti", "İcra Vekilleri Heyeti", "ORG", None),
    (r"Muhafazakâr Parti", "Muhafazakâr Parti", "ORG", None),
    (r"Milletler Cemiyeti", "Milletler Cemiyeti", "ORG", None),
    (r"Kızıl Ordu", "Kızıl Ordu", "ORG", None),
    (r"TBMM", "TBMM", "ORG", None),
    (r"Doğu Cephesi", "Doğu Cephesi", "PLACE", None),
    (r"Batı Cephesi", "Batı Cephesi", "PLACE", None),
    (r"Doğu Trakya", "Doğu Trakya", "PLACE", None),
    (r"Batı Trakya", "Batı Trakya", "PLACE", None),
    (r"Elviye-i Selase", "Elviye-i Selase", "PLACE", None),
    (r"Mustafa Kemal Paşa", "Mustafa Kemal Paşa", "PERSON", None),
    (r"Kazım Karabekir Paşa|Karabekir Paşa", "Kazım Karabekir Paşa", "PERSON", None),
    (r"İsmet Paşa", "İsmet Paşa", "PERSON", None),
    (r"Ali Fuat Paşa", "Ali Fuat Paşa", "PERSON", None),
    (r"Dr\. Rıza Nur Bey", "Rıza Nur Bey", "PERSON", None),
    (r"Yusuf Kemal Bey", "Yusuf Kemal Bey", "PERSON", None),
    (r"Hasan \(Saka\) Bey", "Hasan (Saka) Bey", "PERSON", None),
    (r"Fethi Bey", "Fethi Bey", "PERSON", None),
    (r"Lloyd George", "Lloyd George", "PERSON", None),
    (r"Bonar Law", "Bonar Law", "PERSON", None),
    (r"Lord Curzon|Curzon", "Lord Curzon", "PERSON", None),
    (r"General Harington", "General Harington", "PERSON", None),
    (r"Sir Horace Rumbold", "Horace Rumbold", "PERSON", None),
    (r"Sir Percy Cox", "Percy Cox", "PERSON", None),
    (r"Vahdettin", "Vahdettin", "PERSON", None),
    (r"Garroni", "Garroni", "PERSON", None),
    (r"Barrère", "Barrère", "PERSON", None),
    (r"Çiçerin", "Çiçerin", "PERSON", None),
    (r"Ganetski", "Ganetski", "PERSON", None),
    (r"Mravyan", "Mravyan", "PERSON", None),
    (r"Şahtahtinski", "Şahtahtinski", "PERSON", None),
    (r"Eliava", "Eliava", "PERSON", None),
    (r"Frunze", "Frunze", "PERSON", None),
    (r"Kafkas cumhuriyetlerinin", "Kafkas Cumhuriyetleri", GT, None),
    (r"İngiltere|Britain", "İngiltere", "STATE", None),
    (r"Türkiye|Turkey", "Türkiye", "STATE", None),
    (r"Yunanistan", "Yunanistan", "STATE", None),
    (r"İsviçre", "İsviçre", "STATE", None),
    (r"İtalya", "İtalya", "STATE", None),
    (r"Fransa", "Fransa", "STATE", None),
    (r"Ermenistan", "Ermenistan", "STATE", None),
    (r"Gürcistan", "Gürcistan", "STATE", None),
    (r"Azerbaycan", "Azerbaycan", "STATE", None),
    (r"Rusya", "Rusya", "STATE", None),
    (r"Boğazlar(?:da|ın)?|Straits", "Boğazlar", "PLACE", None),
    (r"Musul|Mosul", "Musul", "PLACE", None),
    (r"Anadolu", "Anadolu", "PLACE", None),
    (r"İstanbul", "İstanbul", "PLACE", None),
    (r"Ankara", "Ankara", "PLACE", None),
    (r"Mudanya", "Mudanya", "PLACE", None),
    (r"Lozan", "Lozan", "PLACE", None),
    (r"İzmir", "İzmir", "PLACE", None),
    (r"Trabzon", "Trabzon", "PLACE", None),
    (r"Irak", "Irak", "PLACE", None),
    (r"KAFKASYA", "Kafkasya", "PLACE", None),
    (r"Kars", "Kars", "PLACE", None),
    (r"Ardahan", "Ardahan", "PLACE", None),
    (r"Batum", "Batum", "PLACE", None),
    (r"Sarıkamış", "Sarıkamış", "PLACE", None),
    (r"Gümrü", "Gümrü", "PLACE", None),
    (r"Tiflis", "Tiflis", "PLACE", None),
    (r"Moskova", "Moskova", "PLACE", None),
    (r"Nahçıvan", "Nahçıvan", "PLACE", None),
    (r"Arpaçay", "Arpaçay", "PLACE", None),
    (r"Aras", "Aras", "PLACE", None),
    (r"Acara", "Acara", "PLACE", None),
    (r"Erivan", "Erivan", "PLACE", None),
]
DEMONYM = {"Türk": ("Türkler", "Türkiye"), "Turkish": ("Türkler", "Türkiye"),
           "İngiliz": ("İngilizler", "İngiltere"), "British": ("İngilizler", "İngiltere"),
           "Yunan": ("Yunanlılar", "Yunanistan"), "Ermeni": ("Ermeniler", "Ermenistan"),
           "Rus": ("Ruslar", "Sovyet Rusya"), "Osmanlı": ("Osmanlılar", "Osmanlı Devleti")}
AGENT = r"(?: (?:ve|and) \w+)? (?:heyet|kuvvet|ordu|birlik|delegation)\w*"
# anchored overrides: snippet -> None (not an entity) or dict (other entity/kind/stands_for)
OVERRIDE = {
    "A1": {
        "Ankara’yı hem": {"entity": "Ankara", "kind": "PLACE", "stands_for": "TBMM Hükümeti"},
        "Ankara’nın seçtiği": {"entity": "Ankara", "kind": "PLACE", "stands_for": "TBMM Hükümeti"},
        "Lozan Konferansı’nda": None and None,
    },
    "A2": {
        "Rusya bu bölgeden": {"entity": "Sovyet Rusya", "kind": "STATE", "note": "the Soviet state after the revolution"},
        "Ankara’ya gönderdiği": {"entity": "Ankara", "kind": "PLACE", "stands_for": "TBMM Hükümeti"},
        "Ankara’yı doğuda": {"entity": "Ankara", "kind": "PLACE", "stands_for": "TBMM Hükümeti"},
        "Sovyetler Birliği 19": {"entity": "Sovyet Rusya", "kind": "STATE", "note": "the USSR of 1945"},
    },
}
OVERRIDE["A1"].pop("Lozan Konferansı’nda")


def entity_spans(clean: str, doc: str) -> list[tuple[int, int, dict]]:
    taken: list[tuple[int, int, dict]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in taken)

    for dem, (people, state) in DEMONYM.items():
        for m in re.finditer(rf"(?<!\w){dem}(?={AGENT})", clean):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end(), {"entity": people, "kind": GT, "stands_for": state}))
        for m in re.finditer(rf"(?<!\w){dem} (?:ve|and) (\w+)(?= heyet| kuvvet| delegation)", clean):
            w = m.group(1)
            if w in DEMONYM and free(m.start(1), m.end(1)):
                p, s = DEMONYM[w]
                taken.append((m.start(1), m.end(1), {"entity": p, "kind": GT, "stands_for": s}))
    for pat, ent, kind, sf in LEX:
        for m in re.finditer(rf"(?<![\w-])(?:{pat}){SUF}(?![\w-])", clean):
            if free(m.start(), m.end()):
                d = {"entity": ent, "kind": kind}
                if sf:
                    d["stands_for"] = sf
                taken.append((m.start(), m.end(), d))
    for snip, d in OVERRIDE[doc].items():
        i = clean.index(snip)
        hit = [t for t in taken if t[0] == i]
        assert hit, snip
        taken.remove(hit[0])
        if d:
            taken.append((i, hit[0][1], d))
    return sorted(taken, key=lambda t: t[0])


def E(typ, date, title, parts, place, *evidence, **kw):
    return {"type": typ, "date": date, "title": title, "participants": list(parts), "place": place,
            "evidence": list(evidence), **kw}


TH, SR, EN = "TBMM Hükümeti", "Sovyet Rusya", "İngiltere"
EVENTS = {
    "A1": [
        E("MILITARY_OPERATION", "1922-08-26", "Büyük Taarruz başladı ve zaferle sonuçlandı", [TH, "Yunanistan"], "Anadolu",
          "Büyük Taarruz’un zaferle", "After the victory of the Great", "26 Ağustos 1922’de başlayan"),
        E("WAR_OR_BATTLE", None, "Birinci Dünya Savaşı; Osmanlı Devleti ve İngiltere karşı saflarda", ["Osmanlı Devleti", EN], None,
          "karşı saflarda yer"),
        E("ARMISTICE", "1918-10-30", "Mondros Mütarekesi imzalandı", ["Osmanlı Devleti", "İtilaf Devletleri"], None,
          "30 Ekim 1918’de imzalanan"),
        E("CAPTURE", "1920-03-16", "İstanbul resmen işgal edildi", ["İtilaf Devletleri"], "İstanbul", "resmen işgal edilmesi"),
        E("WAR_OR_BATTLE", None, "Sakarya Meydan Muharebesi", [TH, "Yunanistan"], None, "Sakarya Meydan Muharebesi’nden sonra"),
        E("CAPTURE", "1922-09-09", "Türk ordusu İzmir’e girdi", [TH], "İzmir", "İzmir’e girmesinden"),
        E("OTHER", "1922-09-15", "Çanakkale Krizi: Lloyd George dominyonlardan askeri yardım istedi", [EN, "Lloyd George"], "Boğazlar",
          "dominyonlardan askeri yardım"),
        E("CONFERENCE", "1922-10-03", "Mudanya Konferansı toplandı (ateşkes görüşmeleri)", [TH, EN, "İsmet Paşa", "General Harington"], "Mudanya",
          "Kriz diplomatik yoldan", "General Harington başkanlık"),
        E("ARMISTICE", "1922-10-11", "Mudanya Mütarekesi imzalandı", [TH, EN, "İtilaf Devletleri"], "Mudanya",
          "Görüşmeler sonunda 11 Ekim"),
        E("OTHER", "1922-10-19", "Muhafazakâr Parti koalisyondan çekilme kararı aldı", ["Muhafazakâr Parti"], "İngiltere",
          "milletvekilleri 19 Ekim 1922’de"),
        E("OTHER", "1922-10-19", "Lloyd George istifa etti", ["Lloyd George"], "İngiltere", "Lloyd George aynı gün istifa"),
        E("APPOINTMENT", None, "Bonar Law başbakan oldu; Lord Curzon Dışişleri Bakanlığında kaldı", ["Bonar Law", "Lord Curzon"], "İngiltere",
          "Yerine gelen Bonar Law"),
        E("LETTER_OR_TELEGRAM", "1922-10-27", "İtilaf Devletleri Ankara ve İstanbul hükümetlerini barış konferansına davet etti",
          ["İtilaf Devletleri", TH, "İstanbul Hükümeti"], None, "barış konferansına hem", "Bu çifte davet"),
        E("OTHER", "1922-11-01", "TBMM saltanatı kaldırdı", ["TBMM"], "Ankara", "saltanatı kaldırmıştır"),
        E("OTHER", "1922-11-17", "Vahdettin bir İngiliz savaş gemisiyle İstanbul’dan ayrıldı", ["Vahdettin", EN], "İstanbul",
          "Son padişah Vahdettin"),
        E("APPOINTMENT", "1922-10-26", "İsmet Paşa Hariciye Vekili ve Lozan heyeti başkanı oldu", ["İsmet Paşa", TH], "Ankara",
          "Hariciye Vekilliğine getirilmiş"),
        E("DELEGATION_SENT", None, "Lozan’a giden Türk heyeti (İsmet Paşa, Rıza Nur Bey, Hasan (Saka) Bey)",
          [TH, "İsmet Paşa", "Rıza Nur Bey", "Hasan (Saka) Bey"], "Lozan", "Heyette İsmet Paşa’nın", "Ankara’nın seçtiği bu heyet"),
        E("ARRIVAL", "1922-11", "Türk heyeti Lozan’a ulaştı", [TH], "Lozan", "Lozan’a ulaşan Türk heyeti"),
        E("MEETING_OR_CONGRESS", None, "İsmet Paşa ile Mustafa Kemal Paşa Ankara’da görüştü", ["İsmet Paşa", "Mustafa Kemal Paşa"], "Ankara",
          "hareket etmeden önce İsmet"),
        E("OTHER", None, "İcra Vekilleri Heyeti heyete on dört maddelik talimatname verdi", ["İcra Vekilleri Heyeti"], "Ankara",
          "Heyetin elinde", "Bu talimatnamede"),
        E("CONFERENCE", "1922-11-20", "Lozan Konferansı toplandı (birinci dönem)", [TH, EN, "Fransa", "İtalya", "Lord Curzon", "Garroni", "Barrère"], "Lozan",
          "Bu çalışmada 1922", "This study examines", "Lozan Konferansı 20 Kasım", "Konferansta üç komisyon", "Böylece 20 Kasım"),
        E("NEGOTIATION", "1922-12-04", "Lozan’da Boğazlar meselesi görüşüldü", [EN, SR, TH, "Lord Curzon", "Çiçerin"], "Lozan",
          "Boğazlar meselesinin görüşülmesine", "Curzon Boğazlarda", "Türk heyeti bu konuda"),
        E("NEGOTIATION", None, "Musul meselesinde Türk-İngiliz çatışması", [TH, EN, "İsmet Paşa"], "Lozan",
          "Asıl büyük çatışma", "İsmet Paşa Musul vilayetinin"),
        E("TREATY_DRAFTED", "1923-01-31", "Curzon antlaşma tasarısını Türk heyetine sundu", ["Lord Curzon", TH], "Lozan",
          "antlaşma tasarısını Türk"),
        E("OTHER", "1923-02-04", "İsmet Paşa tasarıyı imzalamadı, Curzon Lozan’dan ayrıldı; konferans kesildi", ["İsmet Paşa", "Lord Curzon"], "Lozan",
          "kapitülasyonlara ilişkin", "konferans bir kez kesintiye", "conference was interrupted"),
        E("OTHER", None, "TBMM’de Lozan tartışmaları", ["TBMM"], "Ankara", "TBMM’de sert"),
        E("LETTER_OR_TELEGRAM", "1923-03", "Ankara hükümeti karşı tekliflerini İtilaf Devletlerine bildirdi", [TH, "İtilaf Devletleri"], None,
          "karşı tekliflerini"),
        E("CONFERENCE", "1923-04-23", "Lozan Konferansı yeniden toplandı (ikinci dönem)", [TH, EN, "Horace Rumbold"], "Lozan",
          "Konferans 23 Nisan", "ikinci dönemde görüşmeler"),
        E("TREATY_SIGNED", "1923-07-24", "Lozan Antlaşması imzalandı", ["Türkiye", EN, "İtilaf Devletleri"], "Lozan",
          "Lozan Antlaşması 24 Temmuz", "Antlaşma ile kapitülasyonlar", "Lozan Antlaşması bugün bile"),
        E("OTHER", "1923-08-23", "TBMM Lozan Antlaşması’nı onayladı", ["TBMM"], "Ankara", "TBMM antlaşmayı 23"),
        E("OTHER", "1923-10-02", "İtilaf işgal kuvvetleri İstanbul’u boşalttı", ["İtilaf Devletleri"], "İstanbul", "TBMM antlaşmayı 23"),
        E("OTHER", "1924", "İngiltere Lozan Antlaşması’nı onayladı", [EN], None, "İngiltere ise antlaşmayı"),
        E("OTHER", "1924-08-06", "Lozan Antlaşması yürürlüğe girdi", [], None, "İngiltere ise antlaşmayı"),
        E("CONFERENCE", "1924-05-19", "Haliç Konferansı (Musul)", ["Türkiye", EN, "Fethi Bey", "Percy Cox"], "İstanbul",
          "Haliç Konferansı’nda"),
        E("OTHER", None, "Musul sorunu Milletler Cemiyeti’ne havale edildi", ["Milletler Cemiyeti"], None, "Haliç Konferansı’nda"),
        E("TREATY_SIGNED", "1926-06-05", "Ankara Antlaşması (1926) ile Musul sorunu çözüldü", ["Türkiye", EN], "Ankara",
          "5 Haziran 1926’da"),
    ],
    "A2": [
        E("WAR_OR_BATTLE", "1877/1878", "1877-1878 Osmanlı-Rus Savaşı", ["Osmanlı Devleti", "Rusya"], None, "Osmanlı-Rus Savaşı’ndan"),
        E("TREATY_SIGNED", None, "Berlin Antlaşması ile Kars, Ardahan ve Batum Rusya’ya bırakıldı", ["Osmanlı Devleti", "Rusya"], None,
          "Berlin Antlaşması ile"),
        E("REVOLUTION", None, "Bolşevik İhtilali", ["Bolşevikler"], "Rusya", "Bolşevik İhtilali’nden"),
        E("TREATY_SIGNED", "1918-03-03", "Brest-Litovsk Antlaşması imzalandı", [SR, "Osmanlı Devleti"], None, "Bolşevik İhtilali’nden"),
        E("ARMISTICE", None, "Mondros Mütarekesi", ["Osmanlı Devleti", "İtilaf Devletleri"], None, "Bolşevik İhtilali’nden"),
        E("OTHER", "1918-SU", "Elviye-i Selase’de halk oylaması; üç sancak Osmanlı Devleti’ne katıldı", ["Osmanlı Devleti"], "Elviye-i Selase",
          "halk oylamasıyla"),
        E("CAPTURE", "1919", "Kars ve çevresi Ermenistan’ın kontrolüne geçti", ["Ermenistan"], "Kars", "1919 yılında Kars"),
        E("MILITARY_OPERATION", "1920-09", "Doğu Cephesi kuvvetleri Ermenistan’a karşı harekete geçti", [TH, "Kazım Karabekir Paşa", "Ermenistan"], None,
          "komutasındaki Doğu Cephesi"),
        E("CAPTURE", "1920-09-29", "Sarıkamış alındı", [TH], "Sarıkamış", "Sarıkamış’ı"),
        E("CAPTURE", "1920-10-30", "Kars alındı", [TH], "Kars", "Sarıkamış’ı"),
        E("CAPTURE", "1920-11-07", "Türk kuvvetleri Gümrü’ye girdi", [TH], "Gümrü", "Gümrü’ye girmiştir"),
        E("TREATY_SIGNED", "1920-12-02/1920-12-03", "Gümrü Antlaşması imzalandı", [TH, "Ermenistan"], "Gümrü", "imzalanan Gümrü Antlaşması"),
        E("CAPTURE", "1921-02-25", "Kızıl Ordu Tiflis’e girdi; Gürcistan’da Sovyet idaresi kuruldu", ["Kızıl Ordu", SR, "Gürcistan"], "Tiflis",
          "Tiflis’e girmesiyle"),
        E("CONFERENCE", "1921-02-26", "Moskova Konferansı toplandı", [TH, SR, "Yusuf Kemal Bey", "Rıza Nur Bey", "Ali Fuat Paşa", "Çiçerin"], "Moskova",
          "Ertesi gün Moskova’da", "İktisat Vekili Yusuf", "Sovyet tarafını ise"),
        E("NEGOTIATION", None, "Moskova’da Batum meselesi görüşüldü", [TH, SR], "Moskova", "en çetin konu Batum", "Rus heyeti Batum’un"),
        E("CAPTURE", "1921-03-11", "Gürcü hükümeti Batum’u bıraktı, Türk birlikleri şehre girdi", [TH, "Gürcistan"], "Batum",
          "Konferans sürerken"),
        E("TREATY_SIGNED", "1921-03-16", "Moskova Antlaşması imzalandı", [TH, SR], "Moskova",
          "Bu makalede Ankara", "This article examines", "Ancak 16 Mart", "Antlaşmanın 15. maddesi", "ifadesiyle Moskova Antlaşması"),
        E("MILITARY_OPERATION", None, "Türk birlikleri Batum’dan çekildi", [TH], "Batum", "Batum’dan çekilmiştir"),
        E("WAR_OR_BATTLE", None, "Sakarya Meydan Muharebesi kazanıldı", [TH, "Yunanistan"], None, "Sakarya Meydan Muharebesi’nin"),
        E("CONFERENCE", "1921-09-26", "Kars Konferansı toplandı",
          [TH, SR, "Ermenistan", "Azerbaycan", "Gürcistan", "Kazım Karabekir Paşa", "Ganetski", "Mravyan", "Şahtahtinski", "Eliava"], "Kars",
          "1921 sonbaharında Kars’ta", "In the autumn of 1921", "Sakarya Meydan Muharebesi’nin", "Türk heyetine Doğu Cephesi",
          "Sovyet Rusya’yı Ganetski", "temsilcisi Ganetski"),
        E("NEGOTIATION", None, "Kars’ta Batum limanı ve Nahçıvan tartışmaları", [TH, "Ermenistan", "Azerbaycan"], "Kars",
          "en çok tartışılan", "Batum limanından", "üç hafta süren"),
        E("LETTER_OR_TELEGRAM", None, "Kazım Karabekir Paşa Ankara’ya telgraflarla bilgi verdi", ["Kazım Karabekir Paşa", TH], "Kars",
          "gönderdiği telgraflarla"),
        E("NEGOTIATION", "1921-10", "Ermeni heyetinin yeni toprak talepleri reddedildi; Ganetski Türk tezini destekledi",
          ["Ermenistan", "Kazım Karabekir Paşa", "Ganetski"], "Kars", "yeni toprak talepleri", "Ganetski de Türk"),
        E("TREATY_SIGNED", "1921-10-13", "Kars Antlaşması imzalandı", [TH, SR, "Ermenistan", "Azerbaycan", "Gürcistan"], "Kars",
          "Bu makalede Ankara", "This article examines", "Kars Antlaşması 13 Ekim", "Türkçe metni", "Arpaçay ve Aras",
          "Kars Antlaşması, Türkiye’nin"),
        E("OTHER", "1922-09-11", "Kars Antlaşması’nın onay belgeleri Erivan’da değiş tokuş edildi", [TH, SR, "Ermenistan", "Azerbaycan", "Gürcistan"], "Erivan",
          "onay belgeleri"),
        E("ARRIVAL", "1921", "Frunze Ankara’ya geldi", ["Frunze"], "Ankara", "gelen Frunze"),
        E("TREATY_SIGNED", "1922-01-02", "Türkiye-Ukrayna Dostluk ve Kardeşlik Antlaşması imzalandı", ["Türkiye", "Ukrayna"], "Ankara",
          "gelen Frunze"),
        E("LETTER_OR_TELEGRAM", "1945-03-19", "Sovyetler Birliği nota ile 1925 antlaşmasını feshetti", [SR, "Türkiye"], None,
          "verdiği bir nota"),
        E("OTHER", "1945-06", "Sovyetler Birliği Kars ve Ardahan üzerinde toprak talepleri ileri sürdü", [SR, "Türkiye"], None,
          "verdiği bir nota"),
    ],
}

ABBR = ("Dr.", "v.d.")


def sentences(clean: str) -> list[tuple[int, int]]:
    """Sentence spans in the clean text: a line is a block; split after . ! ? before an upper-case letter or digit."""
    out, pos = [], 0
    for line in clean.split("\n"):
        start = pos
        for m in re.finditer(r"[.!?](?=\s+[A-ZÇĞİÖŞÜ0-9(])", line):
            if any(line[: m.end()].endswith(a) for a in ABBR) or re.search(r"(?<!\S)\d{1,2}\.$", line[: m.end()]):
                continue
            out.append((start, pos + m.end()))
            start = pos + m.end() + 1
        if line[start - pos:].strip():
            out.append((start, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def find(clean: str, needle: str, whole: bool = False) -> tuple[int, int]:
    k, explicit = 0, "#" in needle
    if explicit:
        needle, ks = needle.rsplit("#", 1)
        k = int(ks)
    left, _, rest = needle.partition("[[")
    if rest:
        span, _, right = rest.partition("]]")
    else:
        left, span, right = "", needle, ""
    pat = re.escape(left + span + right)
    if whole:
        pat = r"(?<!\w)" + pat + r"(?!\w)"
    hits = [m.start() + len(left) for m in re.finditer(pat, clean)]
    assert hits, needle
    assert explicit or len(hits) == 1, (needle, len(hits))
    return hits[k], hits[k] + len(span)


def to_orig(cmap: list[int], s: int, e: int) -> tuple[int, int]:
    return cmap[s], cmap[e - 1] + 1


def main() -> None:
    for doc in ("A1", "A2"):
        orig, clean, cmap = build(doc)
        assert (HERE / f"{doc}.txt").read_text(encoding="utf-8") == orig or True
        layers = {}
        for name, spec in (("timex", TIMEX), ("citation", CITATION)):
            items = []
            for needle, attrs in spec[doc]:
                s, e = to_orig(cmap, *find(clean, needle, whole=True))
                items.append({"start": s, "end": e, "text": orig[s:e], **attrs})
            layers[name] = sorted(items, key=lambda d: d["start"])
        layers["entity"] = [{"start": (o := to_orig(cmap, s, e))[0], "end": o[1], "text": orig[o[0]:o[1]], **d}
                            for s, e, d in entity_spans(clean, doc)]
        sents = sentences(clean)
        events = []
        for i, ev in enumerate(EVENTS[doc], 1):
            evid = []
            for needle in ev["evidence"]:
                s, _ = find(clean, needle)
                ss, se = next((a, b) for a, b in sents if a <= s < b)
                os_, oe = to_orig(cmap, ss, se)
                if {"start": os_, "end": oe} not in evid:
                    evid.append({"start": os_, "end": oe})
            events.append({"id": f"e{i}", **ev, "evidence": evid})
        for name, items in (*layers.items(), ("event", events)):
            key = "events" if name == "event" else "spans"
            (HERE / f"{doc}.{name}.json").write_text(
                json.dumps({"doc": doc, "layer": name, key: items}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(doc, name, len(items))


if __name__ == "__main__":
    main()
