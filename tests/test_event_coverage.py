"""Event recall on constructed academic prose: for each GOLD_FORMAT event type, varied Turkish
sentences (modern and Ottoman verbs; active, passive, causative; finite, participle, converb and
verbal-noun forms) with the type they must yield and, when they carry one, the date governing
it; and everyday uses of the same verbs that must yield no event at all.

The sentences are written for this test (none is taken from a seed article). Measured with
``pytest tests/test_event_coverage.py``. Before the lexicon work that came with this table,
107 of 201 positive cases passed (type and date; per type from 2/10 ASSEMBLY_OPENED and 3/12
WAR_OR_BATTLE to 11/12 LETTER_OR_TELEGRAM) and 6 of 50 negative sentences made an event
("sonuçlara ulaşmıştır", "bölüme ayrılmıştır", "bildiri olarak sunulmuştur", "dergiye
gönderilmiştir"); after it, 201/201 and 0/50. A further 33 positive and 15 negative sentences
written afterwards as a check (not kept here) went from 21/33 and 1/15 to 32/33 and 1/15; one
trigger ("ilan olunmuştur") and one type rule (a bare "gönderildi") were then added on what they
showed.
"""

from __future__ import annotations

from functools import cache

import pytest

from vakanuvis.pipeline import process
from vakanuvis.read import read

# (sentence, expected event type, governing date or None when the sentence gives none)
POSITIVE: dict[str, list[tuple[str, str | None]]] = {
    "REVOLUTION": [
        ("Rusya’da Şubat 1917’de çıkan devrim Çarlık rejimini yıkmıştır.", "1917-02"),
        ("Macaristan’da 21 Mart 1919’da bir ihtilal olmuştur.", "1919-03-21"),
        ("Bolşevikler 7 Kasım 1917’de iktidarı ele geçirmiştir.", "1917-11-07"),
        ("Almanya’da Kasım 1918’de patlak veren devrim imparatorluğu sona erdirmiştir.", "1918-11"),
        ("Çarlık rejimi 1917 yılında devrilmiştir.", "1917"),
        ("Ekim İhtilali’nin ardından yeni yönetim barış arayışına girmiştir.", None),
        ("Rusya’da 1905’te bir ihtilal hareketi baş göstermiştir.", "1905"),
        ("Bolşevikler 1917 sonbaharında Petrograd’da iktidara gelmiştir.", None),
        ("Babıali Baskını olarak bilinen darbe 23 Ocak 1913’te gerçekleşmiştir.", "1913-01-23"),
        ("Portekiz’de 5 Ekim 1910’da monarşi devrilmiştir.", "1910-10-05"),
    ],
    "DECLARATION": [
        ("Cumhuriyet 29 Ekim 1923’te ilan edilmiştir.", "1923-10-29"),
        ("Sovyet hükümeti 3 Aralık 1917’de Doğu halklarına bir bildiri yayımlamıştır.", "1917-12-03"),
        ("Heyet-i Temsiliye bir beyanname neşretmiştir.", None),
        ("Bulgaristan 5 Ekim 1908’de bağımsızlığını ilan etmiştir.", "1908-10-05"),
        ("Hükümetin bildirisi 12 Mart 1921’de gazetelerde yayımlanmıştır.", "1921-03-12"),
        ("Wilson İlkeleri 8 Ocak 1918’de açıklanmıştır.", "1918-01-08"),
        ("Sadrazam basına verdiği bir demeçte Ankara Hükümeti’ni eleştirmiştir.", None),
        ("Sovyet hükümeti Çarlık döneminin gizli antlaşmalarını ifşa etmiştir.", None),
        ("Kâzım Karabekir Paşa kumandanlara bir tamim yayımlamıştır.", None),
        ("Hükümet 2 Kasım 1914’te seferberlik ilan etmiştir.", "1914-11-02"),
        ("Meclis, Misak-ı Millî’yi bir beyanname ile dünyaya duyurmuştur.", None),
    ],
    "LETTER_OR_TELEGRAM": [
        ("Çiçerin 4 Haziran 1921’de Ankara’ya bir mektup yazmıştır.", "1921-06-04"),
        ("Kâzım Karabekir Paşa Ankara’ya uzun bir telgraf çekmiştir.", None),
        ("Rauf Bey’e Ankara’dan bir şifre gönderilmiştir.", None),
        ("Hariciye Vekâleti İngiltere’ye sert bir nota vermiştir.", None),
        ("Londra hükümeti Fransız teklifine 4 Nisan 1921’de olumsuz cevap vermiştir.", "1921-04-04"),
        ("Mustafa Kemal Paşa Enver Paşa’ya 15 Mayıs 1921 tarihli bir mektup göndermiştir.", "1921-05-15"),
        ("Talat Paşa’nın Berlin’den yazdığı mektuplar İstanbul’a ulaşmıştır.", None),
        ("Vali Dahiliye Nezareti’ne bir rapor göndermiştir.", None),
        ("Fransız hükümeti 1 Eylül 1921’de Ankara’ya bir muhtıra iletmiştir.", "1921-09-01"),
        ("Sadrazam Tevfik Paşa Harbiye Nezareti’ne bir tezkere göndermiştir.", None),
        ("Lenin Ankara’ya yazdığı mektupta yardım sözü vermiştir.", None),
        ("Ali Fuat Paşa Moskova’dan Ankara’ya 9 Mart 1921’de bir telgraf çekmiştir.", "1921-03-09"),
    ],
    "DELEGATION_SENT": [
        ("Hükümet 5 Ocak 1921’de Londra’ya bir heyet göndermiştir.", "1921-01-05"),
        ("Türk murahhas heyeti 18 Kasım 1922’de Lozan’a doğru yola çıkmıştır.", "1922-11-18"),
        ("Heyet 7 Şubat 1921’de İstanbul’dan Roma’ya hareket etmiştir.", "1921-02-07"),
        ("Ankara Hükümeti Kabil’e bir elçi yollamıştır.", None),
        ("Sovyetler Ankara’ya bir askerî heyet izam etmiştir.", None),
        ("Azerbaycan’a bir temsilci heyeti gönderilmiştir.", None),
        ("Heyet Trabzon üzerinden Batum’a geçmek üzere yola koyulmuştur.", None),
        ("Ankara, Roma’ya Celalettin Arif Bey başkanlığında bir heyet yollamıştır.", None),
        ("Hükümetçe 20 Ekim 1922’de Mudanya’ya murahhaslar izam olunmuştur.", "1922-10-20"),
        ("Türk heyeti 1921 Şubatında Londra’ya gitmiştir.", None),
        ("Bakü’ye giden heyetin başında Rıza Nur Bey bulunuyordu.", None),
    ],
    "ARRIVAL": [
        ("Fransız heyeti 9 Haziran 1921’de Ankara’ya gelmiştir.", "1921-06-09"),
        ("Mustafa Kemal Paşa 27 Aralık 1919’da Ankara’ya ulaşmıştır.", "1919-12-27"),
        ("Sovyet elçisi Aralık 1922’de Ankara’ya vasıl olmuştur.", "1922-12"),
        ("Frunze 13 Aralık 1921’de Ankara’yı ziyaret etmiştir.", "1921-12-13"),
        ("Afgan heyeti Ankara’da bir ziyarette bulunmuştur.", None),
        ("Heyet 24 Şubat 1921’de Londra’ya vardığında konferans başlamıştı.", "1921-02-24"),
        ("Yusuf Kemal Bey görüşmelerin ardından yurda dönmüştür.", None),
        ("Aralov’un Ankara’ya gelişi Sovyet ilişkilerinde yeni bir dönem açmıştır.", None),
        ("Rauf Bey Malta’dan serbest bırakılınca İstanbul’a gelmiştir.", None),
        ("Heyet 2 Mart 1921’de Moskova’ya varmıştır.", "1921-03-02"),
        ("Mustafa Kemal Paşa İzmit’i ziyaret ederek komutanlarla görüşmüştür.", None),
    ],
    "MEETING_OR_CONGRESS": [
        ("Balıkesir Kongresi 26 Temmuz 1919’da toplanmıştır.", "1919-07-26"),
        ("Delegeler 16 Ağustos 1919’da Alaşehir’de bir araya gelmiştir.", "1919-08-16"),
        ("Mustafa Kemal Paşa Amasya’da Salih Paşa ile görüşmüştür.", None),
        ("Kabine 5 Ağustos 1920’de olağanüstü bir toplantı yapmıştır.", "1920-08-05"),
        ("Bakü’de 1 Eylül 1920’de Doğu Halkları Kurultayı düzenlenmiştir.", "1920-09-01"),
        ("Komutanlar Eskişehir’de bir toplantı düzenlemiştir.", None),
        ("Heyet-i Temsiliye Sivas’ta bir araya gelerek durumu değerlendirmiştir.", None),
        ("Milli Kongre 29 Kasım 1918’de İstanbul’da içtima etmiştir.", "1918-11-29"),
        ("İzmir İktisat Kongresi 17 Şubat 1923’te toplanmıştır.", "1923-02-17"),
        ("Kongre 10 Eylül 1919’da çalışmalarına başlamıştır.", "1919-09-10"),
        ("Kolordu kumandanları Ankara’da gizli bir toplantı yapmıştır.", None),
    ],
    "CONFERENCE": [
        ("Lozan Konferansı 20 Kasım 1922’de açılmıştır.", "1922-11-20"),
        ("Londra’da 21 Şubat 1921’de bir konferans toplanmıştır.", "1921-02-21"),
        ("Cenova Konferansı’na Sovyet Rusya da katılmıştır.", None),
        ("Müttefikler Paris’te 22 Mart 1922’de bir konferans düzenlemiştir.", "1922-03-22"),
        ("Spa Konferansı’nda Yunan teklifi ele alınmıştır.", None),
        ("Mudanya’da 3 Ekim 1922’de başlayan konferans ateşkesle sonuçlanmıştır.", "1922-10-03"),
        ("Konferans 4 Şubat 1923’te kesintiye uğramıştır.", "1923-02-04"),
        ("San Remo’da toplanan konferans Sevr’in esaslarını belirlemiştir.", None),
        ("Türk heyeti Lozan’daki konferansa 21 Kasım 1922’de katılmıştır.", "1922-11-21"),
        ("Kafkas Konferansı Kars’ta 26 Eylül 1921’de toplanmıştır.", "1921-09-26"),
    ],
    "ASSEMBLY_OPENED": [
        ("İkinci Meclis 11 Ağustos 1923’te açılmıştır.", "1923-08-11"),
        ("Son Osmanlı Mebusan Meclisi 12 Ocak 1920’de toplanmıştır.", "1920-01-12"),
        ("Mustafa Kemal Paşa Meclis’in açılışını yapmıştır.", None),
        ("Meclis-i Mebusan 12 Ocak 1920’de İstanbul’da açılmıştır.", "1920-01-12"),
        ("Büyük Millet Meclisi’nin açılmasıyla yeni bir dönem başlamıştır.", None),
        ("Ankara’da yeni bir meclis kurulmuştur.", None),
        ("Meclis’in ilk oturumu 24 Nisan 1920’de açılmıştır.", "1920-04-24"),
        ("Azerbaycan’da 1918’de millî bir meclis toplanmıştır.", "1918"),
        ("Meclis 1 Mart 1921’de yeni yasama yılını açmıştır.", "1921-03-01"),
        ("Mebusan Meclisi’nin 12 Ocak 1920’de açılışı büyük umut doğurmuştur.", "1920-01-12"),
    ],
    "APPOINTMENT": [
        ("Fevzi Paşa 3 Nisan 1920’de Erkân-ı Harbiye Reisliğine getirilmiştir.", "1920-04-03"),
        ("İsmet Bey Batı Cephesi Komutanlığına tayin edilmiştir.", None),
        ("Rauf Bey 12 Temmuz 1922’de İcra Vekilleri Heyeti Reisi seçilmiştir.", "1922-07-12"),
        ("Yusuf Kemal Bey Hariciye Vekili olmuştur.", None),
        ("Ali Fuat Paşa Moskova’ya büyükelçi olarak atanmıştır.", None),
        ("Kâzım Karabekir Paşa Şark Cephesi Kumandanlığına nasbedilmiştir.", None),
        ("Celal Bey Dahiliye Vekilliğine getirilmiştir.", None),
        ("Ahmet İzzet Paşa Hariciye Nazırı olarak görevlendirilmiştir.", None),
        ("Meclis 24 Nisan 1920’de Mustafa Kemal Paşa’yı reis seçmiştir.", "1920-04-24"),
        ("Ali Rıza Paşa sadarete getirilmiştir.", None),
        ("Rıza Nur Bey Moskova elçiliğine memur edilmiştir.", None),
        ("Rauf Bey 1923 yılında İstanbul milletvekili seçilmiştir.", "1923"),
    ],
    "NEGOTIATION": [
        ("Taraflar 26 Şubat 1921’de Moskova’da müzakerelere başlamıştır.", "1921-02-26"),
        ("Franklin-Bouillon Ankara’da Yusuf Kemal Bey ile görüşmelerde bulunmuştur.", None),
        ("İki heyet arasında barış şartları üzerinde pazarlık yapılmıştır.", None),
        ("Türk ve İngiliz temsilcileri Mudanya’da uzun süre müzakere etmiştir.", None),
        ("Ankara ile Paris arasında gizli temaslar sürdürülmüştür.", None),
        ("Görüşmeler 12 Mart 1921’de Londra’da başlamıştır.", "1921-03-12"),
        ("Sovyet ve Türk heyetleri arasındaki müzakereler çıkmaza girmiştir.", None),
        ("İsmet Paşa Lord Curzon ile pazarlığa girişmiştir.", None),
        ("Lozan görüşmelerinin ikinci safhası 23 Nisan 1923’te başlamıştır.", "1923-04-23"),
        ("Ankara Hükümeti Fransa ile 1921 yazında müzakerelere girişmiştir.", None),
    ],
    "TREATY_DRAFTED": [
        ("Antlaşma metni 20 Şubat 1921’de hazırlanmıştır.", "1921-02-20"),
        ("Heyet bir anlaşma taslağı hazırlamıştır.", None),
        ("Sovyet tarafı yeni bir antlaşma tasarısı sunmuştur.", None),
        ("Antlaşma maddeleri 1 Ekim 1921’de kaleme alınmıştır.", "1921-10-01"),
        ("Taraflar antlaşma metnini 14 Ekim 1921’de parafe etmiştir.", "1921-10-14"),
        ("Mukavele projesi Ankara’ya gönderilmiştir.", None),
        ("Dostluk antlaşmasının metni Moskova’da tanzim edilmiştir.", None),
        ("Heyetler 5 Mart 1921’de antlaşma metnini hazırlamıştır.", "1921-03-05"),
        ("Komisyon barış antlaşmasının taslağını kaleme almıştır.", None),
        ("Ticaret anlaşmasının metni Ankara’da hazırlanarak taraflara sunulmuştur.", None),
    ],
    "TREATY_SIGNED": [
        ("Lozan Barış Antlaşması 24 Temmuz 1923’te imzalanmıştır.", "1923-07-24"),
        ("Sevr Antlaşması 10 Ağustos 1920’de imzalanmıştır.", "1920-08-10"),
        ("Türkiye ile Afganistan 1 Mart 1921’de bir ittifak antlaşması akdetmiştir.", "1921-03-01"),
        ("Antlaşmayı Türk tarafı adına Yusuf Kemal Bey imzalamıştır.", None),
        ("Batum Antlaşması 4 Haziran 1918’de imzalanmıştır.", "1918-06-04"),
        ("İki devlet arasında bir ticaret anlaşması yapılmıştır.", None),
        ("Berlin’de bir dostluk antlaşması akdolunmuştur.", None),
        ("Fransa ile 1921 sonbaharında anlaşmaya varılmıştır.", None),
        ("Türkiye ile İran arasında 22 Nisan 1926’da bir dostluk antlaşması imza altına alınmıştır.",
         "1926-04-22"),
        ("Bükreş’te 7 Mayıs 1918’de barış yapılmıştır.", "1918-05-07"),
        ("Ankara ile Moskova 16 Mart 1921’de imzaladıkları antlaşmayla sınırı belirlemiştir.", "1921-03-16"),
    ],
    "ARMISTICE": [
        ("Mondros Mütarekesi 30 Ekim 1918’de imzalanmıştır.", "1918-10-30"),
        ("Mudanya’da 11 Ekim 1922’de ateşkes imzalanmıştır.", "1922-10-11"),
        ("Ermeniler 7 Kasım 1920’de mütareke istemiştir.", "1920-11-07"),
        ("Sovyetler ile Polonya arasında 12 Ekim 1920’de silah bırakışması yapılmıştır.", "1920-10-12"),
        ("Yunanlılar ateşkes teklifini kabul etmiştir.", None),
        ("Taraflar Mudanya’da bir mütareke imzalamıştır.", None),
        ("Ateşkes antlaşması 11 Kasım 1918’de Compiègne’de imzalanmıştır.", "1918-11-11"),
        ("İtilaf Devletleri ile Bulgaristan arasında Selanik Mütarekesi akdedilmiştir.", None),
        ("Ermenistan 18 Kasım 1920’de ateşkes istemek zorunda kalmıştır.", "1920-11-18"),
        ("Çatışmalar 3 Ekim 1920’de yapılan mütareke ile durmuştur.", "1920-10-03"),
    ],
    "MILITARY_OPERATION": [
        ("Türk ordusu 26 Ağustos 1922’de taarruza geçmiştir.", "1922-08-26"),
        ("Büyük Taarruz 26 Ağustos 1922 sabahı başlamıştır.", "1922-08-26"),
        ("Yunan ordusu 10 Temmuz 1921’de Kütahya yönünde ilerlemiştir.", "1921-07-10"),
        ("Kuva-yı Milliye Yunan mevzilerine bir baskın düzenlemiştir.", None),
        ("Yunan kuvvetleri 23 Mart 1921’de yeniden saldırıya geçmiştir.", "1921-03-23"),
        ("Ermeni kuvvetleri Oltu’ya saldırmıştır.", None),
        ("Türk birlikleri 1 Eylül 1922’de İzmir’e doğru harekete geçmiştir.", "1922-09-01"),
        ("Taarruz 27 Ağustos 1922’de başlamıştır.", "1922-08-27"),
        ("Düşman kuvvetleri Kocatepe önlerinde kuşatılmıştır.", None),
        ("Yunan ordusu Eskişehir’e doğru yürümüştür.", None),
        ("Harekât 1921 yazında başlamıştır.", None),
        ("Kolordu 15 Haziran 1920’de Bozüyük’e doğru taarruz etmiştir.", "1920-06-15"),
    ],
    "CAPTURE": [
        ("Gümrü 7 Kasım 1920’de Türk kuvvetlerince alınmıştır.", "1920-11-07"),
        ("Yunan askerlerinin büyük kısmı esir alınmıştır.", None),
        ("Trikupis Paşa 2 Eylül 1922’de Uşak yakınlarında teslim alınmıştır.", "1922-09-02"),
        ("Antep 9 Şubat 1921’de Fransızlar tarafından zapt edilmiştir.", "1921-02-09"),
        ("Urfa 11 Nisan 1920’de kurtarılmıştır.", "1920-04-11"),
        ("Afyon 27 Ağustos 1922’de geri alınmıştır.", "1922-08-27"),
        ("İzmir 9 Eylül 1922’de Türk ordusu tarafından ele geçirilmiştir.", "1922-09-09"),
        ("Yunanlılar 15 Mayıs 1919’da İzmir’i işgal etmiştir.", "1919-05-15"),
        ("Erzurum Kalesi üç günlük bir kuşatmanın ardından düşmüştür.", None),
        ("Bursa 8 Temmuz 1920’de Yunanlıların eline geçmiştir.", "1920-07-08"),
        ("Mudanya Türk süvarileri tarafından istirdat edilmiştir.", None),
        ("Eskişehir 11 Eylül 1922’de düşmandan temizlenmiştir.", "1922-09-11"),
        ("Türk kuvvetleri Ardahan’ı hâkimiyet altına almıştır.", None),
    ],
    "WAR_OR_BATTLE": [
        ("Sakarya Meydan Muharebesi 13 Eylül 1921’de kazanılmıştır.", "1921-09-13"),
        ("Yunan ordusu İnönü’de mağlup edilmiştir.", None),
        ("Düşman kuvvetleri Dumlupınar’da bozguna uğratılmıştır.", None),
        ("Yunan hücumu 31 Mart 1921’de Metristepe’de püskürtülmüştür.", "1921-03-31"),
        ("İki ordu 10 Ocak 1921’de İnönü’de çarpışmıştır.", "1921-01-10"),
        ("Birinci İnönü Savaşı Türk tarafının zaferiyle sonuçlanmıştır.", None),
        ("Kuva-yı Milliye Fransızlarla Maraş’ta şiddetli bir muharebeye tutuşmuştur.", None),
        ("Ermeni ordusu Kars önlerinde yenilgiye uğramıştır.", None),
        ("Türk ordusu Dumlupınar’da kesin bir zafer kazanmıştır.", None),
        ("Osmanlı Devleti 1914’te savaşa girmiştir.", "1914"),
        ("Kütahya-Eskişehir muharebeleri Temmuz 1921’de yapılmıştır.", "1921-07"),
        ("Yunan ordusu 30 Ağustos 1922’de Dumlupınar’da imha edilmiştir.", "1922-08-30"),
    ],
    "RECOGNITION": [
        ("Afganistan 1 Mart 1921’de Ankara Hükümeti’ni tanımıştır.", "1921-03-01"),
        ("Yeni Türk devletinin bağımsızlığı İngiltere tarafından tanınmıştır.", None),
        ("Sovyet Rusya Azerbaycan’ın bağımsızlığını 1920’de tanımıştır.", "1920"),
        ("Ankara Hükümeti İtalya tarafından fiilen tanınmıştır.", None),
        ("Ukrayna Türkiye’yi resmen tanıyan ilk devletlerden biridir.", None),
        ("Gürcistan’ın bağımsızlığı Osmanlı Devleti tarafından tanınmıştır.", None),
        ("İran hükümeti Ankara’yı 1922’de tanımıştır.", "1922"),
        ("Fransa Ankara Hükümeti’ni muhatap olarak kabul etmiştir.", None),
        ("Sovyetler Misak-ı Millî sınırlarını tanıdıklarını bildirmiştir.", None),
        ("Ermenistan 2 Aralık 1920’de Türkiye’nin doğu sınırını tanımıştır.", "1920-12-02"),
    ],
    "OTHER": [
        ("Erzurum’da Mart 1920’de bir isyan çıkmıştır.", "1920-03"),
        ("Düzce’deki ayaklanma Mayıs 1920’de bastırılmıştır.", "1920-05"),
        ("Vahdettin 17 Kasım 1922’de İstanbul’u terk etmiştir.", "1922-11-17"),
        ("Talat Paşa 15 Mart 1921’de Berlin’de öldürülmüştür.", "1921-03-15"),
        ("Enver Paşa 4 Ağustos 1922’de Buhara’da hayatını kaybetmiştir.", "1922-08-04"),
        ("Damat Ferit Paşa kabinesi 1 Ekim 1919’da istifa etmiştir.", "1919-10-01"),
        ("Saltanat 1 Kasım 1922’de kaldırılmıştır.", "1922-11-01"),
        ("Mebusan Meclisi 11 Nisan 1920’de dağıtılmıştır.", "1920-04-11"),
        ("Ankara-Sivas demiryolu 1930’da hizmete girmiştir.", "1930"),
        ("Halifelik 3 Mart 1924’te ilga edilmiştir.", "1924-03-03"),
        ("Sultan Vahdettin 1926’da San Remo’da vefat etmiştir.", "1926"),
        ("Teşkilat-ı Esasiye Kanunu 20 Ocak 1921’de kabul edilmiştir.", "1921-01-20"),
        ("Konya’da 1920 sonbaharında bir ayaklanma baş göstermiştir.", None),
        ("Yunanistan’da Kasım 1920’de yapılan seçimleri Venizelos kaybetmiştir.", "1920-11"),
        ("Şeyh Said isyanı 1925’te bastırılmıştır.", "1925"),
    ],
}

# Everyday uses of event verbs and nouns in academic prose that tell no event.
NEGATIVE = [
    "Halide Edip tanınmış bir yazardır.",
    "Yazar gazeteye bir ilan vermek istemiştir.",
    "Mesele bu eserde açık bir şekilde ortaya konmuştur.",
    "Bu görüş kabul edilebilir.",
    "Memur hazırladığı raporu müdüre teslim etmiştir.",
    "Yazar bu dönemi iyi tanıyan bir tarihçidir.",
    "Bu konu ilerleyen bölümlerde ele alınacaktır.",
    "Makalenin amacı bu meseleyi açıklamaktır.",
    "Yazar eserinde savaşın nedenlerini incelemiştir.",
    "Bu görüşe katılmak mümkün değildir.",
    "Arşiv belgeleri dikkatle incelenmiştir.",
    "Konunun önemi açıktır.",
    "Çalışmada Osmanlı arşivinden yararlanılmıştır.",
    "Araştırmacılar bu meseleyi farklı biçimlerde yorumlamıştır.",
    "Bu yaklaşım literatürde geniş kabul görmüştür.",
    "Bu bilgiler ikinci bölümde ayrıntılı olarak verilecektir.",
    "Eser Türkçeye çevrilmiştir.",
    "Bu soruya cevap vermek kolay değildir.",
    "Yazar konuyu açıklığa kavuşturmuştur.",
    "Belgeler dijital ortama aktarılmıştır.",
    "Bu eser alanında tanınmış bir kaynaktır.",
    "Tezin sonuç kısmı yeniden gözden geçirilmiştir.",
    "Kurumun işleyişi bir yönetmelikle düzenlenmiştir.",
    "Yazar düşüncelerini açık bir dille ifade etmiştir.",
    "Bu kavram ilk kez Ziya Gökalp tarafından kullanılmıştır.",
    "Kitapta bu olay ayrıntılı biçimde anlatılmıştır.",
    "Yazar İstanbul’a dair anılarını kaleme almıştır.",
    "Makale hakem kurulunca kabul edilmiştir.",
    "Tarihçiler bu konuda farklı sonuçlara ulaşmıştır.",
    "Yazar bu kanaate uzun bir araştırmanın sonunda ulaşmıştır.",
    "Çalışmanın ilk bölümü tamamlanmıştır.",
    "Bu dönemde basın büyük önem kazanmıştır.",
    "Yazar ayrıntılara girmemiştir.",
    "Bu mesele ilk kez Ahmet Refik tarafından ele alınmıştır.",
    "Öğrenciler derse geç kalmıştır.",
    "Ankara’nın iklimi karasaldır.",
    "Yazar bu görüşü savunan ilk kişidir.",
    "Bu kitap alanında bir dönüm noktası kabul edilmektedir.",
    "Eserin dili sade bir şekilde kaleme alınmıştır.",
    "Metin üç bölüme ayrılmıştır.",
    "Bu bilgi yerel kaynaklarda da teyit edilmiştir.",
    "Yazar hatıratında bu konuya ayrıntılı olarak değinmiştir.",
    "Farklı görüşler bu eserde bir araya gelmiştir.",
    "Öğrenciler iki gruba ayrılmıştır.",
    "Araştırma sonuçları 2015’te bir bildiri olarak sunulmuştur.",
    "Bu durum kısa sürede kontrol altına alınmıştır.",
    "Eski belgeler imha edilmiştir.",
    "Bu mesele yeniden gündeme getirilmiştir.",
    "Tez 2010 yılında kabul edilmiştir.",
    "Makale dergiye gönderilmiştir.",
]


@cache
def _events(text: str) -> tuple[tuple[str, str | None], ...]:
    doc = process(read("coverage.txt", text.encode("utf-8")), ["event"])
    return tuple((s.attrs["type"], s.attrs.get("date")) for s in doc.layers["event"])


CASES = [(t, s, d) for t, rows in POSITIVE.items() for s, d in rows]


@pytest.mark.parametrize("typ, sentence, date", CASES, ids=[f"{t}-{i}" for i, (t, _, _) in enumerate(CASES)])
def test_event_is_found_with_type_and_date(typ, sentence, date):
    found = _events(sentence)
    assert typ in {t for t, _ in found}, found
    if date is not None:
        assert date in {d for t, d in found if t == typ}, found


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_everyday_use_is_no_event(sentence):
    assert _events(sentence) == ()


def test_the_table_covers_every_event_type():
    from vakanuvis.extract.event.lexicon import event_types

    assert set(POSITIVE) == set(event_types())
    assert all(10 <= len(rows) <= 15 for rows in POSITIVE.values())
    assert len(NEGATIVE) >= 30


def test_coordinated_verbs_of_one_actor_are_one_event():
    """Two appointment verbs joined by "ve" with no subject of their own: one happening."""
    found = _events("Rauf Bey 12 Temmuz 1922’de Bahriye Vekilliğine getirilmiş ve kısa bir süre için "
                    "başvekilliğe seçilmiştir.")
    assert [e for e in found if e[0] == "APPOINTMENT"] == [("APPOINTMENT", "1922-07-12")]

