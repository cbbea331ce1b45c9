"""Question answering: parsing, answer slots, refusals, disagreements, the JSON contract."""

from __future__ import annotations

import json

import pytest

from vakanuvis.model import Doc
from vakanuvis.pipeline import prepare
from vakanuvis.serve.ask import ask, parse_question, render_timex, score_answer, verdict

A = (
    "Bekir Sami Bey başkanlığındaki heyet 11 Mayıs 1920’de Ankara’dan Moskova’ya hareket etti. "
    "Heyet Moskova’da Çiçerin ile görüştü. "
    "Moskova Antlaşması 16 Mart 1921’de imzalandı. "
    "Mustafa Kemal Paşa 19 Mayıs 1919’da Samsun’a çıktı. "
    "Lozan Barış Antlaşması ile Türkiye tanındı."
)
B = (
    "Ankara’dan Moskova’ya giden heyet 12 Mayıs 1920’de yola çıktı. "
    "Moskova Antlaşması 16 Mart 1921’de imzalanmıştır."
)

SPANS = {
    "timex": [("11 Mayıs 1920’de", {"value": "1920-05-11", "type": "DATE"}),
              ("16 Mart 1921’de", {"value": "1921-03-16", "type": "DATE"}),
              ("19 Mayıs 1919’da", {"value": "1919-05-19", "type": "DATE"}),
              ("12 Mayıs 1920’de", {"value": "1920-05-12", "type": "DATE"})],
    "entity": [("Bekir Sami Bey", {"entity": "Bekir Sami Bey", "kind": "PERSON"}),
               ("Ankara’dan", {"entity": "Ankara", "kind": "PLACE"}),
               ("Moskova’ya", {"entity": "Moskova", "kind": "PLACE"}),
               ("Moskova’da", {"entity": "Moskova", "kind": "PLACE"}),
               ("Çiçerin", {"entity": "Georgi Çiçerin", "kind": "PERSON"}),
               ("Moskova Antlaşması", {"entity": "Moskova Antlaşması", "kind": "EVENT_NAME"}),
               ("Mustafa Kemal Paşa", {"entity": "Mustafa Kemal Paşa", "kind": "PERSON"}),
               ("Samsun’a", {"entity": "Samsun", "kind": "PLACE"}),
               ("Lozan Barış Antlaşması", {"entity": "Lozan Antlaşması", "kind": "EVENT_NAME"}),
               ("Türkiye", {"entity": "Türkiye", "kind": "STATE"})],
}


def _doc(doc_id: str, path: str, text: str) -> Doc:
    doc = prepare(Doc(id=doc_id, path=path, original=text))
    for layer, items in SPANS.items():
        spans = []
        for surface, attrs in items:
            start = 0
            while (i := text.find(surface, start)) >= 0:
                spans.append(doc.original_span(i, i + len(surface), layer, **attrs))
                start = i + len(surface)
        doc.layers[layer] = sorted(spans)
    return doc


@pytest.fixture
def kb(store):
    store.save_document(_doc("a" * 16, "/x/makale_a.txt", A))
    store.save_document(_doc("b" * 16, "/x/makale_b.txt", B))
    return store


def _check_contract(store, result):
    assert set(result) >= {"answered", "answer", "evidence", "claims", "confidence"}
    assert set(result["answer"]) >= {"value", "text"}
    assert 0.0 <= result["confidence"] <= 1.0
    for ev in result["evidence"]:
        original = store.db.execute("SELECT original FROM documents WHERE stem = ?", (ev["doc"],)).fetchone()[0]
        assert original[ev["start"] : ev["end"]] == ev["text"]
    for c in result["claims"]:
        assert {"value", "doc", "start", "end"} <= set(c)
    json.dumps(result)


def _titled_doc(n: int, stem: str, title: str, date: str, text: str, kind: str = "speech",
                names: dict[str, tuple[str, str]] | None = None, place: str | None = None) -> Doc:
    """A prepared document with a title, a date and its named entities tagged where they occur."""
    meta = {"title": title, "date": date, "kind": kind, **({"place": place} if place else {})}
    doc = prepare(Doc(id=f"{n:016x}", path=f"/x/{stem}.txt", original=text, meta=meta))
    doc.layers["entity"] = sorted(doc.original_span(j, j + len(k), "entity", entity=lab, kind=kd)
                                  for k, (lab, kd) in (names or {}).items() if (j := text.find(k)) >= 0)
    return doc


def _checked_ask(store, question):
    """``ask`` whose answer keeps the JSON contract (checked on every call)."""
    result = ask(store, question)
    _check_contract(store, result)
    return result


@pytest.mark.parametrize(
    "question, qtype, lang",
    [
        ("Moskova Antlaşması ne zaman imzalandı?", "when", "tr"),
        ("Moskova Antlaşması hangi tarihte imzalandı?", "when", "tr"),
        ("Heyetin başkanı kimdi?", "who", "tr"),
        ("Mustafa Kemal nereye çıktı?", "where", "tr"),
        ("Batum hangi ülkeye bırakıldı?", "which", "tr"),
        ("Kaç antlaşma imzalandı?", "count", "tr"),
        ("30 Eylül 1920'de ne oldu?", "what", "tr"),
        ("Gümrü Antlaşması ne zaman imzalandı; kaynaklar aynı tarihi mi veriyor?", "conflict", "tr"),
        ("When was the Treaty of Kars signed?", "when", "en"),
        ("Who headed the delegation?", "who", "en"),
        ("Where did Mustafa Kemal land?", "where", "en"),
        ("How many treaties were signed in 1921?", "count", "en"),
        ("Do the sources agree on when the offensive began?", "conflict", "en"),
    ],
)
def test_question_types(kb, question, qtype, lang):
    q = parse_question(kb, question)
    assert (q.qtype, q.lang) == (qtype, lang)


def test_question_dates_are_read(kb):
    assert parse_question(kb, "11 Mayıs 1920'de Moskova'ya giden heyetin başkanı kimdi?").dates == ["1920-05-11"]
    assert parse_question(kb, "Where did he land on 19 May 1919?").dates == ["1919-05-19"]
    assert parse_question(kb, "1921 yılında kaç antlaşma imzalandı?").dates == ["1921"]


def test_when_answer_with_evidence_from_both_sources(kb):
    r = _checked_ask(kb, "Moskova Antlaşması ne zaman imzalandı?")
    assert r["answered"] and r["answer"]["value"] == "1921-03-16"
    assert r["answer"]["text"] == "16 Mart 1921"
    assert {e["doc"] for e in r["evidence"]} == {"makale_a", "makale_b"}


def test_english_question_gets_an_english_date(kb):
    r = ask(kb, "When was the Moscow treaty signed?")
    assert r["answer"]["value"] == "1921-03-16"
    assert r["answer"]["text"] == "16 March 1921"


def test_who_answer_excludes_the_names_in_the_question(kb):
    r = _checked_ask(kb, "11 Mayıs 1920'de Ankara'dan Moskova'ya hareket eden heyetin başkanı kimdi?")
    assert r["answer"]["value"] == "Bekir Sami Bey"
    assert r["evidence"][0]["text"].startswith("Bekir Sami Bey başkanlığındaki")


def test_where_answer_by_date_and_inflected_place(kb):
    r = ask(kb, "Mustafa Kemal Paşa 19 Mayıs 1919'da nereye çıktı?")
    assert r["answer"]["value"] == "Samsun"


def test_unanswerable_is_refused_with_closest_passages(kb):
    r = _checked_ask(kb, "Lozan Barış Antlaşması ne zaman imzalandı?")
    assert r["answered"] is False and r["answer"]["value"] is None
    assert r["answer"]["text"] == "bilmiyorum — kaynaklarda yok"
    assert any("Lozan" in e["text"] for e in r["evidence"])
    en = ask(kb, "When was the Treaty of Lausanne signed?")
    assert en["answered"] is False and en["answer"]["text"] == "not in the sources"


def test_question_about_absent_things_is_refused(kb):
    assert ask(kb, "Afganistan ile antlaşma ne zaman imzalandı?")["answered"] is False
    assert ask(kb, "Kim?")["answered"] is False


def test_disagreeing_sources_give_every_claim(kb):
    r = _checked_ask(kb, "Heyet Ankara'dan Moskova'ya ne zaman hareket etti? Kaynaklar aynı tarihi mi veriyor?")
    assert r["verdict"] == "disagree"
    assert sorted(r["answer"]["value"]) == ["1920-05-11", "1920-05-12"]
    assert {(c["doc"], c["value"]) for c in r["claims"]} == {("makale_a", "1920-05-11"), ("makale_b", "1920-05-12")}


@pytest.mark.parametrize(
    "value, mod, lang, text",
    [
        ("1921-03-16", None, "tr", "16 Mart 1921"),
        ("1921-03-16", None, "en", "16 March 1921"),
        ("1920-05", "END", "tr", "Mayıs 1920 sonu"),
        ("1920-12", "START", "en", "early December 1920"),
        ("1920-SP", None, "tr", "1920 ilkbaharı"),
        ("1919-07-23/1919-08-07", None, "tr", "23 Temmuz – 7 Ağustos 1919"),
        ("1920-12-02/1920-12-03", "APPROX", "tr", "2 ya da 3 Aralık 1920"),
        ("1917", None, "en", "1917"),
    ],
)
def test_render_timex(value, mod, lang, text):
    assert render_timex(value, mod, lang) == text


@pytest.mark.parametrize(
    "values, expected",
    [
        (["1921-03-16", "1921-03-16"], "agree"),
        (["1920-12-02/1920-12-03", "1920-12-03"], "compatible"),
        (["1920-12", "1920-12-12"], "compatible"),
        (["1920-09-28", "1920-09-24"], "disagree"),
        (["1921-03-16"], "single"),
    ],
)
def test_verdict(values, expected):
    assert verdict(values) == expected


def test_score_answer_rules():
    gold = {"answer": {"value": "Kazım Karabekir Paşa", "alternatives": ["Kâzım Karabekir"]},
            "evidence": [{"doc": "d", "start": 10, "end": 20}]}
    pred = {"answered": True, "answer": {"value": "Kâzım Karabekir", "text": ""},
            "evidence": [{"doc": "d", "start": 15, "end": 40}]}
    assert score_answer(pred, gold) == (True, True)
    refused = {"answered": False, "answer": {"value": None, "text": ""}, "evidence": []}
    assert score_answer(refused, {"answer": {"value": None}, "evidence": []}) == (True, None)


def test_seed_questions_contract(corpus_files, gold_dir, tmp_path):
    """The dev questions over the seed articles: every answer keeps the contract."""
    from vakanuvis.build import build_paths
    from vakanuvis.store import Store

    questions = [json.loads(line) for line in (gold_dir / "questions.dev.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    with Store(tmp_path / "seeds.db") as s:
        build_paths(s, corpus_files)
        right = 0
        for g in questions:
            r = _checked_ask(s, g["question"])
            right += score_answer(r, g)[0]
            if g["answer"]["value"] is None:
                assert r["answered"] is False, g["question"]
        assert right / len(questions) >= 0.6


def test_what_happened_on_a_date(kb):
    r = _checked_ask(kb, "16 Mart 1921'de ne oldu?")
    assert r["answered"] and "Moskova Antlaşması" in r["answer"]["value"] and "imza" in r["answer"]["value"]
    en = ask(kb, "What happened on 19 May 1919?")
    assert "Samsun" in en["answer"]["value"]


@pytest.mark.parametrize("text, value", [("100", 100), ("1.500", 1500), ("iki", 2), ("iki yüz elli", 250),
                                         ("üç bin", 3000), ("two", 2), ("Moskova", None)])
def test_parse_number(text, value):
    from vakanuvis.serve.ask import parse_number

    assert parse_number(text) == value


def test_a_speech_is_dated_by_its_document(store):
    text = "Efendiler! Bu şehre gelmekle bahtiyarım. Karadeniz sahillerinin güzelliği malumdur."
    doc = prepare(Doc(id="c" * 16, path="/x/nutuk.txt", original=text,
                      meta={"title": "Giresun’da Yaptığı Konuşma", "date": "1924-09-19"}))
    other = prepare(Doc(id="d" * 16, path="/x/other.txt", original="Ankara’da bir konuşma yapıldı.",
                        meta={"title": "Ankara’da Yaptığı Konuşma", "date": "1925-01-01"}))
    store.save_document(doc)
    store.save_document(other)
    r = _checked_ask(store, "Giresun'da ne zaman konuşma yaptı?")
    assert r["answer"]["value"] == "1924-09-19" and r["evidence"][0]["doc"] == "nutuk"
    assert ask(store, "Trabzon'da ne zaman konuşma yaptı?")["answered"] is False


# --- documents as evidence: authors, first-person speakers, places, dates, the KB -----------

PERSONS = {"Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON"), "Kazım Karabekir": ("Kazım Karabekir Paşa", "PERSON"),
           "Sami Bey": ("Sami Bey", "PERSON"), "Konya": ("Konya", "PLACE"), "Bilecik’te": ("Bilecik", "PLACE"),
           "Ali Fuat Paşa": ("Ali Fuat Paşa", "PERSON"), "Lenin": ("Lenin", "PERSON")}
LETTERS = [  # (file stem, kind, title, date, text)
    ("t1", "telegram", "Fevzi Paşa’ya Çektiği Telgraf", "1920-12-05",
     "Malum heyet ile Bilecik’te görüştük. Müzakere devam ediyor. Mustafa Kemal"),
    ("t2", "letter", "Enver Paşa’ya Yazdığı Mektup", "1915-05-03",
     "Düşmanın dört tugayı karaya çıktı. Sami Bey tarafından haberdar edildim. "
     "Bu kuvvetin sol kanadına taarruz ettim ve hepsini denize döktüm. Mustafa Kemal 28"),
    ("t3", "letter", "Lenin’e Yazdığı Mektup", "1920-11-22",
     "Ali Fuat Paşa’nın Moskova nezdinde sefir olarak tayin edildiğini bildiririz. Mustafa Kemal"),
    ("t4", "letter", "Annesi Zübeyde Hanım’a Yazdığı Mektup", "1919",
     "Muhterem Valideciğim, İstanbul’dan ayrıldığımdan beri size yazamadım."),
    ("t5", "telegram", "İsmet Paşa’ya Çektiği Telgraf", "1931-02-19",
     "Konya: 19.2.1931 Başvekalete. Son seyahatimde müzeleri gördüm."),
    ("t6", "speech", "Türk Ocağı’nda Yaptığı Konuşma", "1925-10-12",
     "Rum çeteleri Metropolit Yermanos tarafından idare edilmektedir. Kazım Karabekir burada idi."),
]


@pytest.fixture
def letters(store):
    for i, (stem, kind, title, date, text) in enumerate(LETTERS):
        store.save_document(_titled_doc(i, stem, title, date, text, kind, PERSONS))
    return store


def test_first_person_endings():
    from vakanuvis.serve.ask import first_person

    assert first_person("ettim") and first_person("gorustuk") and first_person("gidiyorum")
    assert not first_person("edildim")  # the speaker was informed: he is not the doer
    assert not first_person("etti")


@pytest.mark.parametrize("question", ["Annesi Zübeyde Hanım'a yazılan mektubu kim yazdı?",
                                      "Lenin'e yazdığı mektubu kim yazdı?",
                                      "Who wrote the letter to Zübeyde Hanım?"])
def test_the_author_of_a_letter_is_its_signer_or_the_corpus_speaker(letters, question):
    r = _checked_ask(letters, question)
    assert r["answered"] and r["answer"]["value"] == "Mustafa Kemal Paşa"


def test_a_first_person_verb_makes_the_author_the_subject(letters):
    r = _checked_ask(letters, "Düşmanın sol kanadına kim taarruz etti?")
    assert r["answer"]["value"] == "Mustafa Kemal Paşa" and r["evidence"][0]["doc"] == "t2"
    # "haberdar edildim" is passive: the one who informed him is the named agent
    assert ask(letters, "Mustafa Kemal'i kim haberdar etti?")["answer"]["value"] != "Mustafa Kemal Paşa"


def test_the_author_named_in_a_question_is_found_by_his_first_person_verb(letters):
    r = ask(letters, "Mustafa Kemal malum heyet ile nerede görüştü?")
    assert r["answer"]["value"] == "Bilecik" and r["evidence"][0]["doc"] == "t1"


def test_a_telegram_is_placed_by_its_dateline(letters):
    r = _checked_ask(letters, "İsmet Paşa'ya çektiği telgrafı nereden çekti?")
    assert r["answer"]["value"] == "Konya" and r["evidence"][0]["doc"] == "t5"


def test_a_letter_described_by_its_content_is_dated_by_the_document(letters):
    r = _checked_ask(letters, "Ali Fuat Paşa'nın sefir tayin edildiğini bildiren mektup ne zaman yazıldı?")
    assert r["answer"]["value"] == "1920-11-22" and r["evidence"][0]["doc"] == "t3"


def test_an_agent_before_tarafindan_answers_a_subject_question(letters):
    r = ask(letters, "Rum çetelerini kim idare ediyordu?")
    assert r["answered"] and "Yermanos" in r["answer"]["value"]


def test_who_is_comes_from_the_knowledge_base_and_never_invents(letters):
    from vakanuvis import kb

    r = _checked_ask(letters, "Kazım Karabekir kimdir?")
    entry = kb.load().get("Kazım Karabekir Paşa")
    assert r["answer"]["value"] == entry.name and entry.note in r["answer"]["text"]
    assert r["evidence"] and r["evidence"][0]["doc"] == "t6"
    assert ask(letters, "Sami Bey kimdir?")["answered"] is False  # no KB note: no definition


MORE = [  # (file stem, kind, title, date, text)
    ("m1", "telegram", "Başvekalete Çektiği Telgraf", "1931-02-19",
     "Konya: 19.2.1931 Başvekalete. Son seyahatimde müzeleri gördüm. "
     "Bunlardan bilhassa Karatay Medresesi ve Alaaddin Camisi tamire muhtaçtır."),
    ("m2", "telegram", "Fevzi Paşa’ya Çektiği Telgraf", "1920-12-05",
     "Evrak/7.12.36 [1920] Şifre Fevzi Paşa Hazretlerine. Malum heyet ile Bilecik’te görüştük. Mustafa Kemal"),
    ("m3", "letter", "Sadrazama Çektiği Telgraf", "1918-11-07",
     "İskenderun’a karşı silah kullanılması hakkında verdiğim 5 Kasım 1918 tarihli gizli emri arz ediyorum. "
     "Mustafa Kemal"),
    ("m4", "letter", "Enver Paşa’ya Yazdığı Mektup", "1915-05-03",
     "Arıburnu arazisine düşmanın dört tugayı çıktı. Mustafa Kemal"),
    ("m5", "speech", "Meclis’te Yaptığı Konuşma", "1921-01-01", "Heyet Ankara’ya geldi. Mustafa Kemal"),
]
MORE_SPANS = {"Konya": ("Konya", "PLACE"), "Bilecik’te": ("Bilecik", "PLACE"), "Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON"),
              "İskenderun’a": ("İskenderun", "PLACE"), "Arıburnu": ("Arıburnu", "PLACE"), "Ankara’ya": ("Ankara", "PLACE"),
              "Fevzi Paşa": ("Fevzi Paşa", "PERSON")}
MORE_TIMEX = {"5 Kasım 1918": "1918-11-05", "1920": "1920"}


@pytest.fixture
def telegrams(store):
    for i, (stem, kind, title, date, text) in enumerate(MORE):
        doc = prepare(Doc(id=f"{i + 100:016x}", path=f"/x/{stem}.txt", original=text,
                          meta={"title": title, "kind": kind, "date": date}))
        ents = [doc.original_span(j, j + len(k), "entity", entity=label, kind=kind_)
                for k, (label, kind_) in MORE_SPANS.items() if (j := text.find(k)) >= 0]
        tx = [doc.original_span(j, j + len(k), "timex", value=v, type="DATE")
              for k, v in MORE_TIMEX.items() if (j := text.find(k)) >= 0 and not text[j - 1 : j].isdigit()]
        doc.layers["entity"], doc.layers["timex"] = sorted(ents), sorted(tx)
        store.save_document(doc)
    return store


def test_a_document_is_placed_by_its_sentences_and_title_together(telegrams):
    r = _checked_ask(telegrams, "Başvekalete müzeler hakkındaki telgrafı nereden çekti?")
    assert r["answer"]["value"] == "Konya" and r["evidence"][0]["doc"] == "m1"


def test_which_noun_names_a_compound_proper_name(telegrams):
    r = _checked_ask(telegrams, "Konya'da hangi medrese tamire muhtaçtır?")
    assert r["answer"]["value"] == "Karatay Medresesi"


def test_a_dated_letter_is_searched_for_its_period(telegrams):
    # the sentence's own timex says only "1920"; the telegram's date says December
    r = ask(telegrams, "Where did Mustafa Kemal meet the delegation in December 1920?")
    assert r["answer"]["value"] == "Bilecik" and r["evidence"][0]["doc"] == "m2"


def test_a_passive_question_finds_the_active_verb(telegrams):
    q = parse_question(telegrams, "Silah kullanılması hakkındaki gizli emir ne zaman verildi?")
    assert any(("ver",) in t.alternatives for t in q.terms)
    assert ask(telegrams, "İskenderun'a karşı silah kullanılması hakkındaki gizli emir ne zaman verildi?")[
        "answer"]["value"] == "1918-11-05"


def test_english_how_many_counts_the_plural_noun(telegrams):
    q = parse_question(telegrams, "How many enemy brigades landed at Arıburnu?")
    assert q.count_unit == "tugay"
    assert ask(telegrams, "How many enemy brigades landed at Arıburnu?")["answer"]["value"] == 4


HELD = [  # (file stem, kind, title, date, text, entities, timexes)
    ("h1", "telegram", "Hukuk Mektebine Yazdığı Telgraf", None,
     "20 Eylül 1925 Mahmut Esat Beyefendiye, Mektebin 15 Eylül 1341 (1925) tarihinde içtima eden profesörleri "
     "tarafından yapılan teklifi memnuniyetle kabul ettim. Gazi Mustafa Kemal",
     {"Mahmut Esat": ("Mahmut Esat Bey", "PERSON"), "Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON")},
     {"20 Eylül 1925": "1925-09-20", "15 Eylül 1341": "1925-09-15", "1925)": "1925"}),
    ("h2", "statement", "Kuvâ-yı Milliye Hakkında Verdiği Demeç", "1919-10-25",
     "Rıza Paşa kabinesiyle vuku bulan 9 Teşrîn-i Evvel itilafına rağmen teşkilat devam edecektir. "
     "İskenderun’un İngilizler tarafından işgali sükûnetle olmuştur. "
     "Şartname iki nüsha olarak teati edilmiştir. Bu şartname hükümleri yerine getirildi.",
     {"Rıza Paşa": ("Rıza Paşa", "PERSON"), "İskenderun’un": ("İskenderun", "PLACE"),
      "İngilizler": ("İngilizler", "GROUP")},
     {"9 Teşrîn-i Evvel": "1919-10-09"}),
]


@pytest.fixture
def held(store):
    for i, (stem, kind, title, date, text, ents, tx) in enumerate(HELD):
        meta = {"title": title, "kind": kind, **({"date": date} if date else {})}
        doc = prepare(Doc(id=f"{i + 200:016x}", path=f"/x/{stem}.txt", original=text, meta=meta))
        doc.layers["entity"] = sorted(doc.original_span(j, j + len(k.rstrip(")")), "entity", entity=lab, kind=kd)
                                      for k, (lab, kd) in ents.items() if (j := text.find(k)) >= 0)
        doc.layers["timex"] = sorted(doc.original_span(j, j + len(k.rstrip(")")), "timex", value=v, type="DATE")
                                     for k, v in tx.items() if (j := text.find(k)) >= 0)
        store.save_document(doc)
    return store


def test_an_undated_telegram_is_dated_by_its_dateline(held):
    r = _checked_ask(held, "Hukuk Mektebine yazdığı telgrafı ne zaman yazdı?")
    assert r["answer"]["value"] == "1925-09-20"


def test_a_parenthesised_year_glosses_the_full_date_before_it(held):
    assert ask(held, "Mektebin profesörleri ne zaman içtima etti?")["answer"]["value"] == "1925-09-15"


def test_the_noun_before_a_light_verb_is_the_event(held):
    q = parse_question(held, "Rıza Paşa kabinesiyle itilaf ne zaman yapıldı?")
    assert [t.word for t in q.terms if t.trigger] == ["itilaf", "yapıldı"]
    assert ask(held, "Rıza Paşa kabinesiyle itilaf ne zaman yapıldı?")["answer"]["value"] == "1919-10-09"


def test_kimler_tarafindan_asks_for_the_agent(held):
    r = ask(held, "İskenderun kimler tarafından işgal edildi?")
    assert r["answer"]["value"] == "İngilizler"


def test_a_capitalised_first_word_is_a_name_only_if_the_sources_capitalise_it(held):
    q = parse_question(held, "Şartname kaç nüsha olarak teati edilmiştir?")
    assert not next(t for t in q.terms if t.word == "Şartname").named
    assert ask(held, "Şartname kaç nüsha olarak teati edilmiştir?")["answer"]["value"] == 2


def test_a_count_of_things_no_source_counts_is_refused(held):
    assert ask(held, "Mahmut Esat Bey kaç ders verdi?")["answered"] is False


def test_english_words_no_source_uses_do_not_dilute_the_question(held):
    q = parse_question(held, "When did the professors of the school meet, xyzzyfoo?")
    assert all("xyzzyfoo" not in t.word for t in q.terms)


TITLED = [  # (file stem, kind, title, date, place, text)
    ("d1", "speech", "Ankara Hipodromu’nda Cumhuriyet Bayramı Sırasında Celal Bayar’a Okuması İçin Gönderdiği Mesaj",
     "1938-10-29", "Ankara", "Kahraman Türk ordusu! Bugün Cumhuriyetin on beşinci yılını idrak ediyoruz. Mustafa Kemal"),
    ("d2", "statement", "Akşam Gazetesi Muharriri Falih Rıfkı Bey’e Verdiği Demeç", "1922-09-21", "İzmir",
     "Taarruz kararı Sakarya’dan sonra verildi. Mustafa Kemal"),
    ("d3", "speech", "Irak Kralı I. Faysal Şerefine Verilen Ziyafette Yaptığı Konuşma", "1931-07-07", "Ankara",
     "Kral Hazretleri, sizi selamlarım. Mustafa Kemal"),
    ("d4", "speech", "İstanbul Belediyesi’nde Yeni Türk Harfleri Hakkında Yaptığı Açıklama", "1928-09-14", "İstanbul",
     "Yeni yazımızı öğrenmek için gayrete şahit oldum. Mustafa Kemal"),
]
TITLED_NAMES = {"Celal Bayar": ("Celal Bayar", "PERSON"), "Falih Rıfkı": ("Falih Rıfkı Bey", "PERSON"),
                "Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON"), "Faysal": ("Faysal", "PERSON")}


@pytest.fixture
def titled(store):
    for i, (stem, kind, title, date, place, text) in enumerate(TITLED):
        store.save_document(_titled_doc(i + 300, stem, title, date, text, kind, TITLED_NAMES, place))
    # the names of the titles are known to the store from other documents' mentions
    other = prepare(Doc(id="f" * 16, path="/x/names.txt", original="Celal Bayar ile Falih Rıfkı geldi. Faysal da geldi."))
    other.layers["entity"] = sorted(other.original_span(j, j + len(k), "entity", entity=lab, kind=kd)
                                    for k, (lab, kd) in TITLED_NAMES.items() if (j := other.original.find(k)) >= 0)
    store.save_document(other)
    return store


def test_a_title_names_the_answer_and_is_cited_by_the_first_sentence(titled):
    r = _checked_ask(titled, "Cumhuriyet Bayramı mesajını kim okudu?")
    assert r["answer"]["value"] == "Celal Bayar"
    assert r["evidence"][0]["doc"] == "d1" and r["evidence"][0]["title"].startswith("Ankara Hipodromu")


def test_a_copula_question_finds_the_noun_in_a_title(titled):
    r = ask(titled, "Falih Rıfkı Bey hangi gazetenin muharririydi?")
    assert r["answer"]["value"] == "Akşam Gazetesi" and r["evidence"][0]["doc"] == "d2"


def test_a_regnal_number_does_not_break_a_name_in_a_title(titled):
    assert ask(titled, "Irak Kralı Faysal şerefine verilen ziyafet ne zaman oldu?")["answer"]["value"] == "1931-07-07"


def test_the_speaker_named_in_a_document_question_need_not_be_in_its_title(titled):
    r = ask(titled, "Atatürk yeni Türk harfleri hakkındaki açıklamayı nerede yaptı?")
    assert r["answer"]["value"] == "İstanbul" and r["evidence"][0]["doc"] == "d4"


def test_ordinals_are_counted(titled):
    from vakanuvis.serve.ask import parse_number

    assert parse_number("on beşinci") == 15 and parse_number("üçüncü") == 3
    assert ask(titled, "Cumhuriyet kaçıncı yılını idrak ediyordu?")["answer"]["value"] == 15


READS = [  # (file stem, title, date, text)
    ("r1", "Le Matin Gazetesi Yazarı Madame Titania’ya Verdiği Demeç", "1924-11-25",
     "Fransa ile münasebetimiz daima iyi olmuştur. Bilhassa gazetelerin bahsettiği Fransa seyahati ile bu netice "
     "istihsal edilecektir. Ortada pek çok mesail var. Bunlar vaziyete bağlıdır. Zaman tayin etmek mümkün değil. "
     "Filhakika bu hususta General Mougain ile görüşmüş ve Fransa’yı ziyaret edeceğimi vaat etmiştim. "
     "Kurtuluş Savaşı’na başladığımızın 15’nci yılındayız. Mustafa Kemal"),
    ("r2", "Meclis’te Yaptığı Konuşma", "1920-12-21",
     "İngilizlerin İstanbul’da hususi memuru Yüzbaşı Bennett imzalı bir vesika verdiler. Mustafa Kemal"),
]
READ_NAMES = {"Mougain": ("Mougain", "PERSON"), "Fransa": ("Fransa", "STATE"), "Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON"),
              "İngilizlerin": ("İngilizler", "GROUP"), "İstanbul’da": ("İstanbul", "PLACE"),
              "Kurtuluş Savaşı’na": ("Kurtuluş Savaşı", "EVENT_NAME")}


@pytest.fixture
def reads(store):
    for i, (stem, title, date, text) in enumerate(READS):
        store.save_document(_titled_doc(i + 400, stem, title, date, text, "statement", READ_NAMES))
    for n in range(80):  # other documents with the question's words: their sentences rank first
        text = f"Fransa hakkında görüşüldü {n}. Fransa seyahati hakkında görüştüler."
        store.save_document(prepare(Doc(id=f"{n + 500:016x}", path=f"/x/n{n}.txt", original=text)))
    return store


def test_the_best_covering_document_is_read_further(reads):
    r = _checked_ask(reads, "Mustafa Kemal Fransa seyahati hakkında kiminle görüşmüştü?")
    assert r["answer"]["value"] == "Mougain" and r["evidence"][0]["doc"] == "r1"


def test_an_untagged_name_after_the_asked_noun_answers(reads):
    r = _checked_ask(reads, "Le Matin gazetesinin yazarı kimdi?")
    assert r["answer"]["value"] == "Madame Titania" and r.get("source") == "document title"
    assert ask(reads, "İngilizlerin İstanbul'daki hususi memuru kimdi?")["answer"]["value"] == "Yüzbaşı Bennett"


def test_an_ordinal_written_in_digits_is_counted(reads):
    assert ask(reads, "Kurtuluş Savaşı'na başlanmasının kaçıncı yılındaydık?")["answer"]["value"] == 15


def test_two_fitting_documents_are_both_given(store):
    for i, (date, name) in enumerate([("1928-10-25", "Ratip Bey"), ("1930-11-08", "Abdülmalik Hamza Bey")]):
        store.save_document(prepare(Doc(
            id=f"{i + 700:016x}", path=f"/x/e{i}.txt", original="Elçi Hazretleri, mektuplarınızı memnuniyetle alıyorum.",
            meta={"title": f"Mısır Elçisi {name}’in İtimatname Takdim Töreninde Yaptığı Konuşma", "date": date,
                  "kind": "speech"})))
    r = _checked_ask(store, "Mısır elçisi itimatnamesini ne zaman takdim etti?")
    assert {c["value"] for c in r["claims"]} == {"1928-10-25", "1930-11-08"} and r["confidence"] < 0.7
    who = ask(store, "Mısır Elçisi kimdi?")  # an untagged name after the asked noun, in both titles
    assert who["answer"]["value"] in ("Ratip Bey", "Abdülmalik Hamza Bey")
    assert {c["value"] for c in who["claims"]} == {"Ratip Bey", "Abdülmalik Hamza Bey"}


def test_a_first_person_participle_names_the_speaker():
    from vakanuvis.serve.ask import first_person

    assert first_person("geldigim") and first_person("yaptigimiz")


# --- fresh-question rounds: mechanisms found on unseen questions -------------------------------

def test_sources_agree_is_asked_of_documents_too(store):
    for i, date in enumerate(["1933-01-14", "1933-10-17"]):
        store.save_document(_titled_doc(800 + i, f"k{i}", "Avusturya Elçisi Karl Buchberger’in İtimatname Takdim "
                                        "Töreninde Yaptığı Konuşma", date, "Elçi Hazretleri, mektubunuzu alıyorum."))
    assert parse_question(store, "Kaynaklar Karl Buchberger'in itimatname takdim tarihinde hemfikir mi?").qtype == "conflict"
    r = _checked_ask(store, "Kaynaklar Karl Buchberger'in itimatname takdim tarihinde hemfikir mi?")
    assert sorted(r["answer"]["value"]) == ["1933-01-14", "1933-10-17"] and r["verdict"] == "disagree"
    assert {e["doc"] for e in r["evidence"]} == {"k0", "k1"}


def test_a_name_whose_words_stand_apart_in_a_sentence_still_names_it(store):
    from vakanuvis.serve.ask import _in_order_within

    assert _in_order_within([[2], [5, 40]], 12) and not _in_order_within([[2], [30]], 12)
    assert not _in_order_within([[9], [3]], 12)  # out of order
    names = {"Doğu Harekâtı": ("Doğu Harekâtı", "EVENT_NAME")}
    store.save_document(_titled_doc(810, "h0", "Bir Makale", "1990-01-01",
                                    "Doğu Harekâtı uzun sürdü.", names=names))
    doc = prepare(Doc(id=f"{811:016x}", path="/x/h1.txt",
                      original="Doğu cephesinde 28 Eylül 1920 günü başlayan ve süratle gelişen ileri harekât başarılı oldu."))
    i = doc.original.find("28 Eylül 1920")
    doc.layers["timex"] = [doc.original_span(i, i + 13, "timex", value="1920-09-28", type="DATE")]
    store.save_document(doc)
    r = _checked_ask(store, "Doğu harekâtı ne zaman başladı?")
    assert r["answer"]["value"] == "1920-09-28" and r["evidence"][0]["doc"] == "h1"


def test_a_role_question_names_the_holder_not_the_speaker(store):
    me = {"Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON")}
    for i, title in enumerate(["Meclis’te Yaptığı Konuşma", "Sivas’ta Yaptığı Konuşma", "İzmir’de Yaptığı Konuşma"]):
        store.save_document(_titled_doc(820 + i, f"s{i}", title, f"192{i}-01-01", "Efendiler! Mustafa Kemal", names=me))
    store.save_document(_titled_doc(
        823, "it", "İtalya Elçisi Luca Orsini Baroni’nin İtimatname Takdim Töreninde Yaptığı Konuşma", "1925-11-03",
        "Sefir Hazretleri! İtalya Kralı Hazretlerinin namenizi alıyorum. Teşekkür ederim. Mustafa Kemal",
        names={**me, "İtalya": ("İtalya", "STATE")}))
    r = _checked_ask(store, "Who was the Italian ambassador who presented his credentials in 1925?")
    assert r["answer"]["value"] == "Luca Orsini Baroni" and r["evidence"][0]["doc"] == "it"
    assert ask(store, "İtalya Elçisi kimdi?")["answer"]["value"] == "Luca Orsini Baroni"
    # every qualifier of the role must hold: no ambassador "in Samsun" is in the sources
    assert ask(store, "Who was the Italian ambassador in Samsun?")["answered"] is False


def test_a_passive_question_does_not_name_the_speaker(store):
    me = {"Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON"), "Fethi Bey": ("Fethi Bey", "PERSON"),
          "Londra": ("Londra", "PLACE")}
    for i in range(3):
        store.save_document(_titled_doc(830 + i, f"p{i}", f"Konuşma {i}", f"192{i}-01-01", "Efendiler! Mustafa Kemal",
                                        names=me))
    store.save_document(_titled_doc(833, "gr", "Morning Post Yazarına Verdiği Demeç", "1923-01-23",
                                    "Taarruzdan evvel Fethi Bey’i Londra’ya gönderdik. Mustafa Kemal", "statement", me))
    r = _checked_ask(store, "Taarruzdan evvel Londra'ya kim gönderildi?")
    assert r["answer"]["value"] == "Fethi Bey"
    assert ask(store, "Taarruzdan evvel Londra'ya kim gönderdi?")["answer"]["value"] == "Mustafa Kemal Paşa"


def test_the_speaker_need_not_be_in_the_title_of_his_own_speech(store):
    me = {"Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON"), "Atatürk": ("Mustafa Kemal Paşa", "PERSON")}
    for i in range(3):
        store.save_document(_titled_doc(840 + i, f"a{i}", f"Konuşma {i}", f"192{i}-01-01", "Efendiler! Mustafa Kemal",
                                        names=me))
    store.save_document(_titled_doc(843, "gz", "Gazilik Unvanı Verilmesi Nedeniyle Yaptığı Teşekkür Konuşması",
                                    "1921-09-19", "Muhterem arkadaşlar; teşekkür ederim. Mustafa Kemal", names=me))
    store.save_document(_titled_doc(844, "at", "Atatürk Soyadı Hakkında", "1934-11-24", "Atatürk soyadı verildi.",
                                    names=me))
    r = _checked_ask(store, "Atatürk'e gazilik unvanı ne zaman verildi?")
    assert r["answer"]["value"] == "1921-09-19" and r["evidence"][0]["doc"] == "gz"


def test_a_document_is_dated_by_its_kind_title_and_text_together(store):
    names = {"Ankara": ("Ankara", "PLACE"), "Meclis": ("TBMM", "ORG")}
    store.save_document(_titled_doc(
        850, "tel", "19 Mart 1920 Tarihinde İllere ve Kolordu Komutanlıklarına Gönderdiği Telgraf", "1920-03-19",
        "Olağanüstü yetkili bir meclisin Ankara’da toplanması zorunludur. Seçimlerin yapılmasını beklerim.",
        "telegram", names))
    long_speech = " ".join(["Meclis bugün toplandı."] + [f"Ankara’da {i}. gün geçti." for i in range(30)]
                           + ["İllere telgraf gönderildi."])
    store.save_document(_titled_doc(851, "nutuk", "Yasama Yılı Açılış Konuşması", "1921-03-01", long_speech,
                                    "speech", names))
    r = _checked_ask(store, "Meclisin Ankara'da toplanması için illere telgraf ne zaman gönderildi?")
    assert r["answer"]["value"] == "1920-03-19" and r["evidence"][0]["doc"] == "tel"


def test_an_english_verb_the_glossary_cannot_read_is_not_dropped_silently(kb):
    q = parse_question(kb, "When did Bekir Sami Bey frobnicate Ankara?")
    assert q.unread == ["frobnicate"] and all(t.named for t in q.terms)  # only the names are left
    r = ask(kb, "When did Bekir Sami Bey frobnicate Ankara?")
    assert r["answered"] is False
    assert ask(kb, "When was the Treaty of Moscow signed?")["answer"]["value"] == "1921-03-16"


def test_a_name_in_a_title_stops_at_a_postposition(store):
    store.save_document(_titled_doc(
        860, "cn", "Lozan Konferansı ve Halk Fırkası Hakkında İleri Gazetesi Başyazarı Celal Nuri Bey’e Verdiği Demeç",
        "1923-01-14", "Lozan Konferansı hararetli bir safhaya dâhil olmuştur.", "statement",
        {"Celal Nuri": ("Celal Nuri Bey", "PERSON")}))
    other = prepare(Doc(id="e" * 16, path="/x/cn2.txt", original="Celal Nuri geldi."))
    other.layers["entity"] = [other.original_span(0, 10, "entity", entity="Celal Nuri Bey", kind="PERSON")]
    store.save_document(other)
    r = _checked_ask(store, "Celal Nuri Bey hangi gazetenin başyazarıydı?")
    assert r["answer"]["value"] == "İleri Gazetesi"


def test_a_speech_is_placed_by_a_known_place_in_its_title(store):
    store.save_document(_titled_doc(870, "ku", "Kütahya’da Öğretmenlere Hitaben Yaptığı Konuşma", "1923-03-24",
                                    "Muallime Hanımlar ve Muallim Efendiler; hepinizi selamlarım."))
    other = prepare(Doc(id=f"{871:016x}", path="/x/ku2.txt", original="Kütahya güzel bir şehirdir."))
    other.layers["entity"] = [other.original_span(0, 7, "entity", entity="Kütahya", kind="PLACE")]
    store.save_document(other)
    r = _checked_ask(store, "Öğretmenlere hitaben konuşma nerede yapıldı?")
    assert r["answer"]["value"] == "Kütahya" and r["evidence"][0]["doc"] == "ku"
    assert r.get("source") == "document place"  # the document's place, read from its title


def test_a_telegram_question_is_dated_by_the_telegram_not_by_a_date_it_mentions(store):
    names = {"Ankara": ("Ankara", "PLACE"), "Meclis": ("TBMM", "ORG")}
    store.save_document(_titled_doc(
        880, "tel", "İllere Gönderdiği Telgraf", "1920-03-19",
        "Meclisin Ankara’da toplanması zorunludur. Seçimler yapılacaktır.", "telegram", names))
    doc = _titled_doc(881, "mak", "Bir Makale", "1990-01-01",
                      "Meclis 23 Nisan 1920’de Ankara’da toplandı ve heyet gönderildi.", "speech", names)
    i = doc.original.find("23 Nisan 1920")
    doc.layers["timex"] = [doc.original_span(i, i + 13, "timex", value="1920-04-23", type="DATE")]
    store.save_document(doc)
    r = _checked_ask(store, "Meclisin Ankara'da toplanması için illere telgraf ne zaman gönderildi?")
    assert r["answer"]["value"] == "1920-03-19" and r["evidence"][0]["doc"] == "tel"


def test_nested_alternatives_are_searched_once():
    from vakanuvis.serve.ask import Question, Term, _query_of

    q = Question("x", "tr", "when", terms=[
        Term("toplandı", (("topl",), ("topla",), ("toplan",))), Term("telgraf", (("tel",), ("telgraf",))),
        Term("Büyük Millet Meclisi", (("buyuk", "mecl"), ("buyuk", "meclis"), ("buyuk", "millet", "mecl")))])
    words = _query_of(q)
    assert "topl" in words.split() and "topla" not in words.split() and "toplan" not in words.split()
    assert "telgraf" in words.split()  # `tel` is too short to stand for it
    assert '"buyuk mecl"' in words and '"buyuk meclis"' not in words and '"buyuk millet mecl"' in words


def test_a_document_agrees_when_it_tells_the_leading_date_anywhere(store):
    texts = {"c0": [("Konferans 21 Şubat’ta Londra’da toplanacaktır.", "1921-02-21")],
             "c1": [("Karar: 21 Şubat’ta Londra’da konferans toplanacaktır.", "1920-02-21"),
                    ("Telgrafta konferansın 21 Şubat’ta Londra’da toplanacağı bildirildi.", "1921-02-21")]}
    names = {"Londra": ("Londra", "PLACE")}
    for n, (stem, sents) in enumerate(texts.items()):
        text = " ".join(t for t, _ in sents)
        doc = _titled_doc(890 + n, stem, f"Konuşma {n}", "1921-03-01", text, names=names)
        spans, at = [], 0
        for t, v in sents:
            i = text.find("21 Şubat’ta", text.find(t, at))
            spans.append(doc.original_span(i, i + 11, "timex", value=v, type="DATE"))
            at = text.find(t, at) + len(t)
        doc.layers["timex"] = spans
        doc.layers["entity"] = sorted(doc.layers["entity"] + [
            doc.original_span(j, j + 6, "entity", entity="Londra", kind="PLACE") for j in
            [k for k in range(len(text)) if text.startswith("Londra", k)][1:]])
        store.save_document(doc)
    r = _checked_ask(store, "Kaynaklar Londra'daki konferansın toplanma tarihinde hemfikir mi?")
    assert r["answer"]["value"] == "1921-02-21" and r["verdict"] == "agree"


def test_a_name_in_a_title_stops_before_another_tagged_name_and_a_dedication(store):
    names = {"Ankara": ("Ankara", "PLACE"), "Japon": ("Japonya", "STATE"), "Marmara Köşkü": ("Marmara Köşkü", "PLACE")}
    title = "Ankara’yı Ziyaret Eden Japon Prensi Nobuhito Takamatsu Şerefine Marmara Köşkü’nde Verilen Ziyafette Yaptığı Konuşma"
    store.save_document(_titled_doc(900, "jp", title, "1931-01-13", "Prens Hazretleri, sizi selamlarım."))
    other = _titled_doc(901, "n", "Adlar", "1931-01-01", "Ankara ve Japon dostluğu Marmara Köşkü ile anılır.", names=names)
    store.save_document(other)
    r = _checked_ask(store, "Ankara'yı ziyaret eden Japon prensi kimdi?")
    assert r["answer"]["value"] == "Nobuhito Takamatsu"


def test_a_name_that_swallowed_the_question_words_is_trimmed_or_dropped(store):
    names = {"Verilen Tebliğ Ermeni Patriği Zaven Efendi": ("Verilen Tebliğ Ermeni Patriği Zaven Efendi", "PERSON"),
             "Haşmetli İsveç Kralı Hazretleri": ("Haşmetli İsveç Kralı Hazretleri", "PERSON"),
             "Ermeni": ("Ermeni", "GROUP")}
    store.save_document(_titled_doc(910, "zv", "Basına Yapılan Açıklama", "1919-10-21",
                                    "Basına Verilen Tebliğ Ermeni Patriği Zaven Efendi, bir mektup yazdı.", names=names))
    store.save_document(_titled_doc(911, "sw", "İsveç Elçisinin Töreninde Yaptığı Konuşma", "1930-10-25",
                                    "Elçi Hazretleri, Haşmetli İsveç Kralı Hazretleri tarafından tayin buyuruldunuz.",
                                    names=names))
    r = _checked_ask(store, "Ermeni Patriği kimdi?")
    assert r["answer"]["value"] == "Zaven Efendi"
    assert ask(store, "Who was the Swedish king in 1930?")["answered"] is False


def test_a_newspaper_named_before_a_lower_case_noun(store):
    store.save_document(_titled_doc(920, "ng", "Basına Yapılan Açıklama", "1919-10-21",
                                    "Patrik, ahiren Neologos gazetesinde münteşir bir mektubunda bunu yazdı.",
                                    names={"Patrik": ("Patrik", "PERSON")}))
    r = _checked_ask(store, "Patriğin mektubu hangi gazetede yayımlandı?")
    assert r["answer"]["value"] == "Neologos"


def test_a_title_without_the_asked_event_does_not_date_it(store):
    names = {"Ankara": ("Ankara", "PLACE"), "Japon": ("Japonya", "STATE")}
    store.save_document(_titled_doc(930, "jp", "Ankara’yı Ziyaret Eden Japon Prensi Şerefine Yaptığı Konuşma",
                                    "1931-01-13", "Prens Hazretleri, Ankara’da sizi selamlarım.", names=names))
    assert ask(store, "Japon Prensi Ankara'yı ne zaman ziyaret etti?")["answer"]["value"] == "1931-01-13"
    assert ask(store, "Japon Prensi Ankara'dan ne zaman ayrıldı?")["answered"] is False


def test_a_name_only_the_knowledge_base_knows_is_asked_word_by_word(kb):
    kb.db.execute("INSERT INTO entities (id, name, kind, aliases) VALUES (?, ?, ?, ?)",
                  ("samsuna-cikis", "Samsun'a Çıkış", "EVENT_NAME", json.dumps(["Mustafa Kemal'in Samsun'a Çıkışı"])))
    kb.db.commit()
    q = parse_question(kb, "Kaynaklar Mustafa Kemal'in Samsun'a çıkış tarihinde hemfikir mi?")
    assert q.qtype == "conflict" and "Samsun'a" in [t.word for t in q.terms]
    verb = next(t for t in q.terms if t.word == "çıkış")
    assert ("cikmis",) in verb.alternatives  # the verbal noun asks about its verb's family
    r = _checked_ask(kb, "Kaynaklar Mustafa Kemal'in Samsun'a çıkış tarihinde hemfikir mi?")
    assert r["answer"]["value"] == "1919-05-19"


def test_a_final_hard_consonant_also_asks_its_softened_form(kb):
    q = parse_question(kb, "Avrupa'da hangi hudut istendi?")
    hudut = next(t for t in q.terms if t.word == "hudut")
    assert ("hudud",) in hudut.alternatives  # `hududundan`
    en = parse_question(kb, "When did Atatürk speak about his health?")
    health = next(t for t in en.terms if t.word == "health")
    assert ("sagli",) in health.alternatives  # `Sağlığı`


def test_according_to_the_speaker_his_own_speech_answers(store):
    me = {"Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON"), "Atatürk": ("Mustafa Kemal Paşa", "PERSON"),
          "Avrupa": ("Avrupa", "PLACE"), "Meriç": ("Meriç", "PLACE")}
    for i in range(3):
        store.save_document(_titled_doc(940 + i, f"s{i}", f"Konuşma {i}", f"192{i}-01-01", "Efendiler! Mustafa Kemal",
                                        names=me))
    store.save_document(_titled_doc(943, "dm", "Daily Mail Muhabirine Verdiği Demeç", "1922-09-26",
                                    "Sulh isteriz. Avrupa’da Meriç hatt-ı hududundan fazla bir metalibimiz yoktur. "
                                    "Mustafa Kemal", "statement", me))
    store.save_document(_titled_doc(944, "at", "Atatürk Hakkında", "1930-01-01", "Atatürk geldi.", names=me))
    q = parse_question(store, "Atatürk'e göre Avrupa'da hangi hat hudut olmalıydı?")
    assert q.according == {"Mustafa Kemal Paşa"}
    r = _checked_ask(store, "Atatürk'e göre Avrupa'da hangi hat hudut olmalıydı?")
    assert r["answer"]["value"] == "Meriç" and r["evidence"][0]["doc"] == "dm"


def test_an_initial_belongs_to_the_name_after_the_asked_noun(store):
    store.save_document(_titled_doc(950, "gr", "Yunan Elçisi M. Polychnoridis’in İtimatname Takdim Töreninde Yaptığı Konuşma",
                                    "1929-11-30", "Elçi Hazretleri! Mektuplarını memnuniyetle aldım."))
    store.save_document(_titled_doc(951, "gr2", "Yunan Elçisi Sakellarapoulos’un İtimatname Takdim Töreninde Yaptığı "
                                    "Konuşma", "1933-01-14", "Elçi Hazretleri! Mektuplarını aldım."))
    r = _checked_ask(store, "1929'da itimatname sunan Yunan Elçisi kimdi?")  # `sunan` is `takdim`
    assert r["answer"]["value"] == "M. Polychnoridis" and r["evidence"][0]["doc"] == "gr"


def test_a_title_with_the_asked_verb_beats_a_sentence_without_it(store):
    names = {"Erzurum Kongresi": ("Erzurum Kongresi", "EVENT_NAME")}
    store.save_document(_titled_doc(960, "kap", "Erzurum Kongresi’nin Kapanışı Sırasında Yaptığı Konuşma", "1919-08-07",
                                    "Muhterem Efendiler, heyetiniz burada toplandı.", names=names))
    doc = _titled_doc(961, "nut", "Meclis’te Yaptığı Konuşma", "1920-04-24",
                      "İkinci safha Erzurum Kongresi’nden 16 Mart 1920 tarihine kadar olan ahvale dairdir.", names=names)
    i = doc.original.find("16 Mart 1920")
    doc.layers["timex"] = [doc.original_span(i, i + 12, "timex", value="1920-03-16", type="DATE")]
    store.save_document(doc)
    for n in range(8):  # `kapan-` is a common word, the congress's name a rare one
        store.save_document(_titled_doc(962 + n, f"k{n}", f"Not {n}", "1930-01-01", f"Kapı {n} kere kapandı. Dükkân kapanır."))
    r = _checked_ask(store, "Erzurum Kongresi ne zaman kapandı?")
    assert r["answer"]["value"] == "1919-08-07" and r["evidence"][0]["doc"] == "kap"


def test_number_words_written_together_are_read():
    from vakanuvis.serve.ask import parse_number

    assert parse_number("onbir") == 11 and parse_number("yirmibeş") == 25 and parse_number("yüzelli") == 150
    assert parse_number("ondalık") is None
    assert parse_number("yüzer") == 100 and parse_number("ikişer") == 2 and parse_number("dörder") == 4  # distributives
    assert parse_number("asker") is None and parse_number("yaşar") is None


def test_a_speech_is_placed_by_its_text_and_title_when_the_speaker_is_asked_about(store):
    me = {"Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON"), "Atatürk": ("Mustafa Kemal Paşa", "PERSON"),
          "Maginot": ("Maginot", "PERSON")}
    for i, (stem, title, place) in enumerate([("bu", "Bursa’da Çelik Palas’ta Yaptığı Konuşma", "Bursa"),
                                              ("an", "Ankara’da Yaptığı Konuşma", "Ankara"),
                                              ("iz", "İzmir’de Yaptığı Konuşma", "İzmir")]):
        text = ("Zırhlı hatlardan bahsediliyordu. Faraza Maginot’dan... Bu hatlara inanmam. Mustafa Kemal" if stem == "bu"
                else "Efendiler! Ordumuz kuvvetlidir. Mustafa Kemal")
        store.save_document(_titled_doc(970 + i, stem, title, f"193{i}-01-01", text, names=me, place=place))
    store.save_document(_titled_doc(973, "at", "Atatürk Hakkında", "1939-01-01", "Atatürk büyüktür.", names=me))
    r = _checked_ask(store, "Where did Atatürk speak about the Maginot line?")
    assert r["answer"]["value"] == "Bursa" and r["evidence"][0]["doc"] == "bu"


def test_unusual_digits_in_a_question_do_not_break_parsing(kb):
    """Superscripts are digits to str.isdigit() but not to int(); found by schemathesis."""
    q = parse_question(kb, "1² Mayıs 1920’de ne oldu?")
    assert "1920-05" in q.dates
    assert ask(kb, "² ³ ne zaman?")["answered"] in (True, False)


def test_a_phrase_after_the_questions_own_words_answers_what_was_wanted(store):
    names = {"Heyet": ("Heyet", "ORG")}
    store.save_document(_titled_doc(980, "ist", "Konferans Hakkında Demeç", "1922-01-01",
                                    "Konferans uzun sürdü. Heyetin istediği; Boğazların açılması ve Trakya’nın "
                                    "iadesi idi. Sonra heyet döndü.", names=names))
    r = _checked_ask(store, "Heyetin istediği neydi?")
    assert r["answered"] and "Boğazların açılması" in r["answer"]["value"] and r["evidence"][0]["doc"] == "ist"
    assert not ask(store, "Heyetin korkusu neydi?")["answered"]  # the sentence does not say it


def test_hangi_sartla_quotes_the_words_before_the_condition(store):
    names = {"Refet Paşa": ("Refet Paşa", "PERSON")}
    store.save_document(_titled_doc(981, "sar", "Mütareke Hakkında", "1922-10-01",
                                    "Görüşme uzadı. Refet Paşa, ordunun Trakya’ya geçmesi şartıyla mütarekeye razı oldu.",
                                    names=names))
    r = _checked_ask(store, "Refet Paşa mütarekeye hangi şartla razı oldu?")
    assert r["answered"] and r["answer"]["value"] == "ordunun Trakya’ya geçmesi şartıyla"


def test_what_was_signed_between_two_sides_is_the_name_before_the_verb_or_nothing(store):
    names = {"Türkiye": ("Türkiye", "STATE"), "Buhara": ("Buhara", "STATE")}
    store.save_document(_titled_doc(982, "bu", "Meclis’te Yaptığı Konuşma", "1922-03-01",
                                    "Geçen ay Türkiye ile Buhara arasında Dostluk Muahedesi imzalandı. Bu sevindiricidir.",
                                    names=names))
    r = _checked_ask(store, "Türkiye ile Buhara arasında ne imzalandı?")
    assert r["answer"]["value"] == "Dostluk Muahedesi" and r["evidence"][0]["doc"] == "bu"
    store.save_document(_titled_doc(983, "hi", "Başka Konuşma", "1922-04-01", "Türkiye ile Hive arasında görüşmeler sürüyor.",
                                    names={"Türkiye": ("Türkiye", "STATE"), "Hive": ("Hive", "STATE")}))
    assert not ask(store, "Türkiye ile Hive arasında ne imzalandı?")["answered"]  # no treaty told, none invented


def test_we_signed_does_not_make_the_speaker_the_signatory_for_the_other_side(store):
    names = {"Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON"), "Ukrayna": ("Ukrayna", "STATE")}
    store.save_document(_titled_doc(984, "uk", "Meclis’i Açış Konuşması", "1922-03-01",
                                    "Efendiler! Ukrayna ile de 2 Ocakta Ankara’da bir antlaşma imzaladık. Mustafa Kemal",
                                    names=names))
    r = _checked_ask(store, "Ukrayna ile yapılan antlaşmayı Ukrayna adına kim imzaladı?")
    assert not r["answered"]


def test_what_someone_said_is_the_quotation(store):
    store.save_document(_titled_doc(985, "qu", "Meclis’te Yaptığı Konuşma", "1920-12-16",
                                    "Encümen Reisi olan zat tarafından bu kürsüde, “Ordu böyle duramaz” denildi. Bu yanlıştır."))
    r = _checked_ask(store, "Encümen Reisi ne söyledi?")
    assert r["answer"]["value"] == "Ordu böyle duramaz"


def test_one_name_is_no_count_of_people(store):
    names = {"Beypazarı": ("Beypazarı", "PLACE"), "Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON")}
    store.save_document(_titled_doc(986, "bp", "Beypazarı Olayları Hakkında", "1920-04-25",
                                    "Beypazarı olaylarında kan döküldü. Mustafa Kemal olayları anlattı.", names=names))
    assert not ask(store, "Beypazarı olaylarında kaç kişi öldü?")["answered"]


def test_kimin_asks_the_untagged_name_before_the_possessed_noun_and_a_half_is_no_first_person(store):
    store.save_document(_titled_doc(987, "sd", "Muharebe Raporu", "1915-03-07",
                                    "Düşman iskeleye çıktı. 10’uncu Bölükten Ali oğlu Veli Onbaşı kumandasındaki "
                                    "yarım takım tarafından Kale Tabyası’ndan ateş açılmıştır. Yarbay Mustafa Kemal",
                                    names={"Kale Tabyası": ("Kale Tabyası", "PLACE"),
                                           "Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON")}))
    r = _checked_ask(store, "Kale Tabyası'ndan ateş açan yarım takım kimin kumandasındaydı?")
    assert r["answer"]["value"] == "Ali oğlu Veli Onbaşı"
    from vakanuvis.serve.ask import first_person
    assert not first_person("yarim") and first_person("gelirim") and first_person("ettim")


def test_ne_olarak_and_ne_kadar_quote_the_phrase_before_the_word(store):
    store.save_document(_titled_doc(988, "ol", "Meclis’te Yaptığı Konuşma", "1920-04-24",
                                    "Bu itimadı şahsım için bir gaye olarak değil, milletin bahşettiği bir dayanak olarak "
                                    "telakki ediyorum. Zabitanımızın mevcudu israf edilecek kadar değildir."))
    r = _checked_ask(store, "Milletin bahşettiği itimadı ne olarak telakki ediyordu?")
    assert r["answer"]["value"] == "bir dayanak olarak"
    assert ask(store, "Zabitanın mevcudu ne kadardı?")["answer"]["value"] == "israf edilecek kadar değildir"


def test_an_office_or_a_thought_asked_with_hangi_is_refused_rather_than_answered_by_a_place(store):
    names = {"Sakarya": ("Sakarya", "PLACE"), "Mustafa Kemal": ("Mustafa Kemal Paşa", "PERSON")}
    store.save_document(_titled_doc(989, "mk", "Meclis’te Yaptığı Konuşma", "1921-09-19",
                                    "Ordunun Sakarya’da kazandığı zafer üzerine Meclis teşekkür etti. Mustafa Kemal",
                                    names=names))
    r = _checked_ask(store, "Mustafa Kemal hangi makama seçildiği için teşekkür etti?")
    assert not r["answered"]
