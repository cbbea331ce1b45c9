"""Hand-annotated source of the final test set (C1, C2): clean paragraphs with inline gold markup.

FORMAT: paragraphs separated by a blank line. Markup (no nesting):
  [T value;flag;...|surface]   timex; flags: rc (resolved_from_context), rel (relative),
                               mod=X, type=X (default DATE), cal=rumi, note=...
  [N code|surface]             entity; code is a key of ENT or "Canonical;KIND[;stands_for]";
                               the span grows over a suffix attached after the bracket (’nın, 'ya)
  [C refs|surface]             citation; refs "A+B*/1990/12-14 & C/1991/88" (* = et al.)
  {eN}                         event evidence: the sentence holding the marker
Facts are historical; citation page numbers are made up.
"""

ENT = {
    "MK": ("Mustafa Kemal Paşa", "PERSON"), "IP": ("İsmet Paşa", "PERSON"),
    "FP": ("Fevzi Paşa", "PERSON"), "AFP": ("Ali Fuat Paşa", "PERSON"),
    "YKB": ("Yusuf Kemal Bey", "PERSON"), "FB": ("Franklin-Bouillon", "PERSON"),
    "FRU": ("Frunze", "PERSON"), "CIC": ("Çiçerin", "PERSON"), "CUR": ("Lord Curzon", "PERSON"),
    "FET": ("Fethi Bey", "PERSON"), "TRI": ("Trikupis", "PERSON"), "ARA": ("Aralov", "PERSON"),
    "TRB": ("Tevfik Rüştü Bey", "PERSON"), "VOR": ("Voroşilov", "PERSON"),
    "SUR": ("Surits", "PERSON"), "LIT": ("Litvinov", "PERSON"), "STA": ("Stalin", "PERSON"),
    "MOL": ("Molotov", "PERSON"),
    "SR": ("Sovyet Rusya", "STATE"), "SSCB": ("Sovyetler Birliği", "STATE"),
    "TBMMH": ("TBMM Hükümeti", "STATE"), "TBMM": ("TBMM", "ORG"), "TR": ("Türkiye", "STATE"),
    "ING": ("İngiltere", "STATE"), "FRA": ("Fransa", "STATE"), "ITA": ("İtalya", "STATE"),
    "YUN": ("Yunanistan", "STATE"), "ALM": ("Almanya", "STATE"), "UKR": ("Ukrayna", "STATE"),
    "IRAK": ("Irak", "STATE"), "IRAN": ("İran", "STATE"), "AFG": ("Afganistan", "STATE"),
    "ITD": ("İtilaf Devletleri", "GROUP"),
    "YUNG": ("Yunanlılar", "GROUP", "Yunanistan"), "TURG": ("Türkler", "GROUP", "Türkiye"),
    "INGG": ("İngilizler", "GROUP", "İngiltere"), "FRAG": ("Fransızlar", "GROUP", "Fransa"),
    "RUSG": ("Ruslar", "GROUP", "Sovyetler Birliği"), "SOVG": ("Sovyetler", "GROUP", "Sovyetler Birliği"),
    "ANKH": ("Ankara", "PLACE", "TBMM Hükümeti"), "ANKT": ("Ankara", "PLACE", "Türkiye"),
    "MOSS": ("Moskova", "PLACE", "Sovyetler Birliği"),
    "ANK": ("Ankara", "PLACE"), "MOS": ("Moskova", "PLACE"), "PAR": ("Paris", "PLACE"),
    "LON": ("Londra", "PLACE"), "IZM": ("İzmir", "PLACE"), "ANA": ("Anadolu", "PLACE"),
    "BC": ("Batı Cephesi", "PLACE"), "SAKN": ("Sakarya", "PLACE"), "BOG": ("Boğazlar", "PLACE"),
    "MUSUL": ("Musul", "PLACE"), "KAY": ("Kayseri", "PLACE"), "NAZ": ("Nazilli", "PLACE"),
    "SAK": ("Sakarya Meydan Muharebesi", "EVENT_NAME"), "BT": ("Büyük Taarruz", "EVENT_NAME"),
    "BMM": ("Başkomutanlık Meydan Muharebesi", "EVENT_NAME"),
    "AIT": ("Ankara İtilafnamesi", "EVENT_NAME"), "KARS": ("Kars Antlaşması", "EVENT_NAME"),
    "MOSA": ("Moskova Antlaşması", "EVENT_NAME"), "MM": ("Milli Mücadele", "EVENT_NAME"),
    "MUD": ("Mudanya Mütarekesi", "EVENT_NAME"), "LOZ": ("Lozan Konferansı", "EVENT_NAME"),
    "UKRA": ("Türkiye-Ukrayna Dostluk ve Kardeşlik Antlaşması", "EVENT_NAME"),
    "BKK": ("Başkomutanlık Kanunu", "EVENT_NAME"), "TEK": ("Tekalif-i Milliye Emirleri", "EVENT_NAME"),
    "MISAK": ("Misak-ı Milli", "EVENT_NAME"),
    "DTA": ("Türk-Sovyet Dostluk ve Tarafsızlık Antlaşması", "EVENT_NAME"),
    "LOK": ("Locarno Antlaşmaları", "EVENT_NAME"), "MONT": ("Montrö Boğazlar Sözleşmesi", "EVENT_NAME"),
    "BAA": ("Balkan Antantı", "EVENT_NAME"), "SAD": ("Sadabat Paktı", "EVENT_NAME"),
    "MC": ("Milletler Cemiyeti", "ORG"),
    "KC": ("Kafkas Cumhuriyetleri", "GROUP"), "BATI": ("Batı", "GROUP"), "DOGU": ("Doğu", "PLACE"),
    "KBF": ("Kayseri Bez Fabrikası", "ORG"), "NBF": ("Nazilli Basma Fabrikası", "ORG"),
    "TSA": ("Türk-Sovyet Ticaret ve Seyrisefain Antlaşması", "EVENT_NAME"),
    "KUT": ("Kütahya", "PLACE"), "ESK": ("Eskişehir", "PLACE"), "KOC": ("Kocatepe", "PLACE"),
    "AFY": ("Afyonkarahisar", "PLACE"), "DUM": ("Dumlupınar", "PLACE"), "ODE": ("Odesa", "PLACE"),
    "MUDP": ("Mudanya", "PLACE"),
    "KIZ": ("Kızıl Meydan", "PLACE"), "KARADENIZ": ("Karadeniz", "PLACE"), "INE": ("İnebolu", "PLACE"),
    "AKS": ("Akşehir", "PLACE"), "MONTP": ("Montrö", "PLACE"), "CUK": ("Çukurova", "PLACE"), "TBMMH2": ("Türkiye", "STATE"), "AKD": ("Akdeniz", "PLACE"),
    "BBYSP": ("Birinci Beş Yıllık Sanayi Planı", "EVENT_NAME"), "BAL": ("Balkanlar", "PLACE"), "ORTA": ("Orta Doğu", "PLACE"), "CEN": ("Cenevre", "PLACE"),
    "INO2": ("İkinci İnönü Muharebesi", "EVENT_NAME"), "KON": ("Konstantin", "PERSON"),
    "ITAG": ("İtalyanlar", "GROUP", "İtalya"), "ANT": ("Antalya", "PLACE"), "KARSP": ("Kars", "PLACE"),
    "LLG": ("Lloyd George", "PERSON"), "SSI": ("Şeyh Said İsyanı", "EVENT_NAME"),
    "SAR": ("Şükrü Saracoğlu", "PERSON"), "LOZP": ("Lozan", "PLACE"),
    "RUSG1": ("Ruslar", "GROUP", "Sovyet Rusya"), "SUM": ("Sümerbank", "ORG"),
}

C1 = r"""
BATI CEPHESİ’NDE ZAFER VE DİPLOMASİ: [N SAK|SAKARYA]’DAN [N BT|BÜYÜK TAARRUZ]’A ([T 1921/1922|1921–1922])

Öz

Bu çalışma, [N SAK|Sakarya Meydan Muharebesi] ile [N BT|Büyük Taarruz] arasındaki [T P1Y;type=DURATION|bir yıllık] dönemde [N BC|Batı Cephesi]’ndeki askeri gelişmelerle [N ANKH|Ankara]’nın yürüttüğü diplomasi arasındaki ilişkiyi incelemektedir. Savaş meydanında elde edilen her başarı, masada yeni bir kapı açmıştır.

This article examines the year between the [N SAK|Battle of Sakarya] in the [T 1921-SU|summer of 1921] and the [N BT|Great Offensive] of [T 1922-08|August 1922]. {e2}It argues that the victory on [T 1921-09-13|13 September 1921] enabled [N ANKH|Ankara] to reach agreements with [N FRA|France] and the Soviet republics, and that the diplomacy of [T 1922-SP|spring 1922] prepared the ground for the final offensive.

1. Giriş

[N MOSA|Moskova Antlaşması]’nın imzalandığı [T 1921-03-16|16 Mart 1921'den] sonra [N ANKH|Ankara]’nın doğu sınırı güvence altına alınmış, bütün kuvvetler [N BC|Batı Cephesi]’ne kaydırılabilmişti. {e23}[N IP|İsmet Paşa]’nın komutasındaki birlikler [T 1921-03-23/1921-04-01;rc|23 Mart-1 Nisan] tarihleri arasında yapılan [N INO2|İkinci İnönü Muharebesi]’ni kazanmıştır. {e24}[N MK|Mustafa Kemal Paşa], [T 1921-04-01;rc|1 Nisan’da] [N IP|İsmet Paşa]’ya çektiği telgrafta “Siz orada yalnız düşmanı değil, milletin makûs talihini de yendiniz” demiştir. {e25}Buna karşılık [N YUNG|Yunan] Kralı [N KON|Konstantin] [T 1921-06|1921 Haziran’ında] [N IZM|İzmir]’e gelmiş ve yeni bir genel taarruz hazırlığına girişilmiştir. {e26}[N ITAG|İtalyanlar] ise [T 1921|1921 yılı] içinde [N ANT|Antalya] ve çevresinden çekilerek [N ANKH|Ankara]’ya karşı daha ılımlı bir tutum benimsemiştir [C Sonyel/1973/188|(Sonyel,1973:188)].

{e21}[N YUNG|Yunan] ordusunun [T 1921-07|1921 Temmuz’unda] [N KUT|Kütahya] ve [N ESK|Eskişehir]’i ele geçirmesi [N ANKH|Ankara]’da derin bir endişe doğurmuştu. {e1}Bu bunalım içinde [N TBMM|Meclis], [T 1921-08-05;cal=rumi|5 Ağustos 1337] tarihli [N BKK|Başkomutanlık Kanunu] ile [N MK|Mustafa Kemal Paşa]’yı [T P3M;type=DURATION|üç ay] süreyle ve [N TBMM|Meclis]’in yetkilerini kullanmak üzere Başkomutan seçmiştir [C Aydemir/1965/88|(Aydemir,1965:88)]. {e3}Başkomutan [T 1921-08-07/1921-08-08;rc|7-8 Ağustos’ta] yayımladığı [N TEK|Tekalif-i Milliye Emirleri] ile ordunun ihtiyaçlarını halktan karşılama yoluna gitmiştir [C Kurat+*/1990/12-14|(Kurat v.d.,1990:12-14)].

2. [N SAK|Sakarya Meydan Muharebesi]

{e2}[N YUNG|Yunan] kuvvetlerinin taarruzu [T 1921-08-23|23 Ağustos 1921’de] başlamış ve muharebe [T P22D;type=DURATION|yirmi iki gün] sürmüştür. {e2}[N BC|Batı Cephesi] Komutanı [N IP|İsmet Paşa] ile Genelkurmay Başkanı [N FP|Fevzi (Çakmak) Paşa]’nın yönettiği savunmada [N MK|Mustafa Kemal Paşa], “Hattı müdafaa yoktur, sathı müdafaa vardır” emrini vermiştir. {e2}[T 1921-09-13|13 Eylül 1921'de] [N YUNG|Yunan] ordusu [N SAKN|Sakarya] nehrinin doğusundan çekilmeye başlamış, geri çekilme [T 1921-09;mod=MID;rc|Eylül ayının ortalarında] tamamlanmıştır [C Gürün/1991/88|(Gürün,1991,88)]. {e4}Zaferin ardından [N TBMM|TBMM], [T 1921-09-19|19 Eylül 1921'de] [N MK|Mustafa Kemal Paşa]’ya mareşallik rütbesi ve gazilik unvanını vermiştir.

[N SAK|Sakarya] zaferi, [N ITD|İtilaf Devletleri] arasındaki çatlağı da derinleştirmiştir. {e5}[N FRA|Fransa] adına görüşmeleri yürüten [N FB|Franklin-Bouillon] ile Dışişleri Vekili [N YKB|Yusuf Kemal (Tengirşenk) Bey] arasında [T 1921-10-20|20 Ekim 1921'de] [N AIT|Ankara Antlaşması] imzalanmış ve [N FRA|Fransa] ile [N ANA|Anadolu]’nun güneyindeki savaş sona ermiştir [C Soysal/1983/45 & Bilge/1992/60|(Soysal,1983:45; Bilge,1992:60)]. {e27}[T 1921-09-26|26 Eylül 1921’de] [N KARSP|Kars]’ta toplanan konferansa [N SR|Sovyet Rusya]’nın temsilcisi de katılmıştır. {e6}[T 1921-10;rel;rc|Aynı günlerde] [N DOGU|Doğu]’da imzalanan [N KARS|Kars Antlaşması] ([T 1921-10-13|13 Ekim 1921]) ise [N MOSA|Moskova Antlaşması]’yla çizilen sınırı [N KC|Kafkas Cumhuriyetleri] ile kesinleştirmiştir. {e32}[N AIT|Ankara Antlaşması]’nın ardından [N FRAG|Fransızlar] [N CUK|Çukurova]’yı boşaltmaya başlamış, bu bölgedeki çekilme [T 1922-01;mod=START|1922 Ocak ayının başında] tamamlanmıştır. Böylece güneydeki birlikler de [N BC|Batı Cephesi]’ne kaydırılabilmiştir. Bu iki antlaşma, [N TBMMH|Ankara Hükümeti]’nin hem [N BATI|Batı]’da hem [N DOGU|Doğu]’da tanınmasının somut göstergeleri olmuştur.

3. [N SR|Sovyet Rusya] ve [N UKR|Ukrayna] ile İlişkiler

[N SR|Sovyet Rusya] ile ilişkiler bu dönemde yeni bir düzeye taşınmıştır. {e7}[N UKR|Ukrayna Sovyet Cumhuriyeti’nin] temsilcisi [N FRU|General Frunze] [T 1921-12;mod=MID|1921 Aralık ayının ortalarında] [N ANK|Ankara]’ya gelmiş, [N MK|Mustafa Kemal Paşa] tarafından kabul edilmiştir. {e8}Görüşmeler sonunda [T 1922-01-02|2 Ocak 1922'de] [N UKRA|Türkiye-Ukrayna Dostluk ve Kardeşlik Antlaşması] imzalanmıştır [C Gürün/1991/97|(Gürün,1991:97)]. {e9}[N MOS|Moskova]’da büyükelçi olarak bulunan [N AFP|Ali Fuat (Cebesoy) Paşa] da [N CIC|Çiçerin] ile yaptığı görüşmelerde para ve silah yardımının sürmesini istemiştir. [C Gürün/1991/104|Gürün’ün (1991: 104)] belirttiği gibi, bu yardım [N SAK|Sakarya]’dan sonra [N ANKH|Ankara]’nın elini güçlendirmiş, ancak [N SR|Sovyet Rusya]’ya bağımlılık yaratmamıştır. {e31}[N MOSA|Moskova Antlaşması]’ndan sonra vaat edilen para ve silah yardımı, [N KARADENIZ|Karadeniz] üzerinden [N INE|İnebolu]’ya ulaşan gemilerle taşınmıştır. Bu yol, [N YUNG|Yunan] donanmasının [N KARADENIZ|Karadeniz] kıyılarını bombalamasına rağmen açık tutulmuştur. {e10}[N SR|Sovyet Rusya]’nın yeni büyükelçisi [N ARA|Aralov] ise [T 1922;mod=START|1922 yılının başında] [N ANK|Ankara]'ya ulaşmış ve cepheyi de ziyaret etmiştir.

4. [T 1922-SP|1922 İlkbaharında] Barış Arayışları

{e11}[N ITD|İtilaf Devletleri]'nin dışişleri bakanları [T 1922-03-22/1922-03-26|22-26 Mart 1922] tarihleri arasında [N PAR|Paris]’te toplanarak taraflara bir mütareke önermiştir. {e12}Bundan önce [N LON|Londra]’ya giden [N YKB|Yusuf Kemal Bey], [N CUR|Lord Curzon] ile görüşmüş fakat somut bir sonuç alamamıştır [C Sonyel/1973/211|(Sonyel,1973:211)]. {e13}[N ANKH|Ankara], mütarekeyi ancak [N ANA|Anadolu]’nun boşaltılması şartıyla kabul edeceğini bildirmiştir. {e14}[N ANKH|Ankara] [T 1922-SU|1922 yazında] son bir girişim olarak İçişleri Vekili [N FET|Fethi (Okyar) Bey]’i [N LON|Londra]’ya göndermiş, ancak [N CUR|Lord Curzon] heyeti kabul etmemiştir. Diplomasinin tıkanması, meselenin silahla çözülmesi kararını kesinleştirmiştir. Ordu bu süre içinde yeni birliklerle güçlendirilmiş, cephane ve hayvan ihtiyacı büyük ölçüde giderilmiştir. {e33}[N MK|Mustafa Kemal Paşa], [N IP|İsmet Paşa] ve [N FP|Fevzi Paşa] ile [N AKS|Akşehir]’de yaptığı toplantıda taarruz planını son şekline getirmiş, hazırlıklar büyük bir gizlilik içinde yürütülmüştür. [N YUNG|Yunan] komutanlığı ise taarruzun [T 1922|1922 yılı] içinde gelmeyeceğini düşünüyordu.

5. [N BT|Büyük Taarruz] ve Sonrası

{e15}[N BT|Büyük Taarruz] [T 1922-08-26TMO;type=TIME|26 Ağustos 1922 sabahı] [N KOC|Kocatepe]’den yönetilen topçu ateşiyle başlamıştır. {e16}[T 1922-08-27;rel;rc|Ertesi gün] [N AFY|Afyonkarahisar] [N TURG|Türk] birliklerinin eline geçmiştir. {e17}[T 1922-08-30|30 Ağustos’ta] [N DUM|Dumlupınar]’da kazanılan [N BMM|Başkomutanlık Meydan Muharebesi] ile [N YUNG|Yunan] ordusunun ana gövdesi imha edilmiştir. {e18}[T 1922-09-02;rel;rc|Üç gün sonra] [N YUNG|Yunan] başkomutanı [N TRI|General Trikupis] esir alınmıştır [C Aydemir/1965/176|(Aydemir,1965:176)]. {e19}{e34}[N MK|Mustafa Kemal Paşa]’nın [T 1922-09-01;rc|1 Eylül’de] verdiği “Ordular, ilk hedefiniz [N AKD|Akdeniz]’dir, ileri!” emri üzerine ilerleyen süvariler [T 1922-09-09|9 Eylül 1922’de] [N IZM|İzmir]’e girmiştir. {e28}[N MK|Mustafa Kemal Paşa], [N IZM|İzmir]’e [T P14D;type=DURATION|on dört gün içinde] ulaşılan bu zaferi [N TBMM|Meclis] Başkanlığına çektiği telgraflarla bildirmiştir.

Zaferin ardından [N BOG|Boğazlar] bölgesinde [N INGG|İngilizler] ile [N TURG|Türk] kuvvetleri karşı karşıya gelmiştir. {e29}[N ING|İngiltere] Başbakanı [N LLG|Lloyd George], [T 1922-09-16|16 Eylül 1922'de] yayımladığı bildiriyle dominyonlardan asker istemiş, ancak [N FRA|Fransa] ve [N ITA|İtalya] bu çağrıyı desteklememiştir [C Bilge/1992/214|(Bilge,1992:214)]. {e20}{e22}[T 1922-10-03|3 Ekim 1922’de] [N MUDP|Mudanya]’da başlayan görüşmeler sonunda [T 1922-10-11;rc|11 Ekim’de] [N MUD|Mudanya Mütarekesi] imzalanmış, [N INGG|İngilizler] de [N ANKH|Ankara]’nın şartlarını kabul etmek zorunda kalmıştır.

{e30}Bu bunalımın ardından [N LLG|Lloyd George] [T 1922-10-19|19 Ekim 1922’de] istifa etmek zorunda kalmıştır.

6. Sonuç

[N SAK|Sakarya] ile [N BT|Büyük Taarruz] arasında geçen [T P1Y;type=DURATION|bir yıl], askeri başarının diplomatik kazanca dönüştürüldüğü bir dönemdir. Bu dönemde [N ANKH|Ankara], bir yandan [N ITD|İtilaf Devletleri] arasındaki ayrılıklardan yararlanmış, öte yandan [N SR|Sovyet Rusya] ile kurduğu ilişkiyi bir denge unsuru olarak kullanmıştır. Cephedeki durum değişmedikçe masadaki tekliflerin de değişmeyeceğini gören [N TBMMH|Ankara Hükümeti], zamanı ordunun yeniden düzenlenmesi için değerlendirmiştir. [N ING|İngiltere]’nin [N YUNG|Yunan] tezini desteklemesi ise barışı geciktirmiştir. [N FRAG|Fransızlar]'la yapılan antlaşma ve Sovyet desteği, [N MISAK|Misak-ı Milli] hedefine giden yolu açmış; [N LOZ|Lozan Konferansı]’nda alınan sonuçların zemini bu yıllarda hazırlanmıştır [C Turan/1991/33|(Turan,1991:33)].
"""

C2 = r"""
[N TR|TÜRKİYE] İLE [N SSCB|SOVYETLER BİRLİĞİ] ARASINDA [T 1925|1925] DOSTLUK VE TARAFSIZLIK ANTLAŞMASI VE [T 193|1930’LU YILLAR]

Öz

[T 1925|1925 yılında] imzalanan [N DTA|Dostluk ve Tarafsızlık Antlaşması], [N TR|Türkiye] ile [N SSCB|Sovyetler Birliği] arasındaki ilişkilerin [T P20Y;type=DURATION|yirmi yıl boyunca] temelini oluşturmuştur. Bu makalede antlaşmanın doğuşu ve [T 193|1930’lu yıllardaki] gelişimi ele alınmaktadır.

{e1}This article discusses the Treaty of Friendship and Neutrality signed in [N PAR|Paris] on [T 1925-12-17|17 December 1925] between [N TR|Turkey] and the [N SSCB|Soviet Union]. It follows the treaty through the protocols of [T 1929|1929], [T 1931|1931] and [T 1935|1935] and the cooling of relations after [T 1936|1936].

1. Giriş

[N MM|Milli Mücadele] yıllarında kurulan yakınlık, [N LOZ|Lozan Konferansı]’nda [N BOG|Boğazlar] meselesinde ortaya çıkan görüş ayrılıklarına rağmen devam etmiştir. {e18}[N LOZP|Lozan]’da [N RUSG1|Rus] heyetinin başında bulunan [N CIC|Çiçerin], [N BOG|Boğazlar]’ın savaş gemilerine kapatılmasını savunmuş, [N TURG|Türk] heyeti ise [N INGG|İngilizlerin] tezine yakın bir çözümü kabul etmiştir [C Gürün/1991/84|(Gürün,1991:84)]. {e19}[T 1922-12-30|30 Aralık 1922’de] [N SSCB|Sovyet Sosyalist Cumhuriyetler Birliği] kurulmuş, [N TR|Türkiye] ile ilişkiler bundan sonra bu yeni devlet üzerinden yürümüştür. {e20}[N SSCB|Sovyetler Birliği]’nin [N ANK|Ankara] Büyükelçisi [N SUR|Yakov Surits], [T P11Y;type=DURATION|on bir yıl boyunca] bu görevde kalarak ilişkilerin sürekliliğini sağlamıştır. [T 1925|1925 yılında] ise iki ülkeyi yeniden birbirine yaklaştıran gelişmeler yaşanmıştır. {e2}Batılı devletlerin [N ALM|Almanya] ile [T 1925-12-01|1 Aralık 1925’te] [N LON|Londra]’da imzaladığı [N LOK|Locarno Antlaşmaları], [N MOSS|Moskova]’da [N SSCB|Sovyetler Birliği]’ne karşı bir cephe olarak algılanmıştır [C Gürün/1991/112|(Gürün,1991:112)]. {e21}[N MUSUL|Musul] meselesi ve [T 1925-02|1925 Şubat’ında] başlayan [N SSI|Şeyh Said isyanı] da [N ANKT|Ankara]’yı [N ING|İngiltere]’ye karşı yalnız bırakmıştı. Bu şartlar altında [N TR|Türkiye] için [N SSCB|Sovyetler Birliği] ile siyasi bir antlaşma, dış politikada bir denge unsuru anlamına geliyordu.

2. Antlaşmanın İmzalanması

{e3}[N MC|Milletler Cemiyeti] Konseyi [T 1925-12-16|16 Aralık 1925’te] [N MUSUL|Musul]’un İngiliz mandası altındaki [N IRAK|Irak]’a bırakılmasına karar vermiştir. {e1}[T 1925-12-17;rel;rc|Ertesi gün] [N PAR|Paris]’te Dışişleri Vekili [N TRB|Tevfik Rüştü (Aras) Bey] ile Dışişleri Halk Komiseri [N CIC|Çiçerin] arasında [N DTA|Türk-Sovyet Dostluk ve Tarafsızlık Antlaşması] imzalanmıştır [C Soysal/1983/254 & Bilge/1992/148|(Soysal,1983:254; Bilge,1992:148)]. Antlaşmaya göre taraflardan biri üçüncü bir devletle savaşa girerse diğeri tarafsız kalacak, taraflar birbirine karşı hiçbir ittifaka katılmayacaktı. Antlaşma kısa bir metin olmakla birlikte, iki ülkenin dış politikasında uzun süre belirleyici olmuştur. Antlaşma [T P3Y;type=DURATION|üç yıl] için yapılmış, süresi kendiliğinden uzayacak şekilde düzenlenmişti [C Kurat+*/1990/301|(Kurat v.d.,1990:301)].

Antlaşmanın zamanlaması, onun [N MUSUL|Musul] kararına karşı bir tepki olarak yorumlanmasına yol açmıştır. [N ING|İngiltere] açısından bu yakınlaşma, [N TR|Türkiye]’nin [N MC|Milletler Cemiyeti]’nden uzaklaşarak [N MOSS|Moskova]’ya yöneldiği izlenimini güçlendirmiştir. [N TBMMH2|Türk Hükûmeti] ise antlaşmanın hiçbir üçüncü devlete yönelik olmadığını, yalnızca iki komşu arasındaki barışı güvenceye aldığını vurgulamıştır. Gerçekte antlaşma, [N TR|Türkiye]’ye [N BATI|Batı] ile pazarlıkta kullanabileceği önemli bir koz sağlamıştır.

{e4}Bu sırada [N TBMM|Meclis], [T 1925-12-26;cal=rumi|26 Kânunuevvel 1341] tarihli kanunla Miladi takvimi kabul etmiştir. Böylece antlaşmanın onaylandığı günlerde devlet işlerinde yeni takvim kullanılmaya başlanmıştır. {e5}[N TRB|Tevfik Rüştü Bey], [T 1926-FA|1926 sonbaharında] [N ODE|Odesa]’da [N CIC|Çiçerin] ile görüşerek antlaşmanın uygulanmasını ele almıştır. [T 192|1920’li yıllar boyunca] iki ülke arasındaki ticaret sınırlı kalmış, fakat siyasi ilişkiler düzenli biçimde sürdürülmüştür. Sovyet basını antlaşmayı [N LOK|Locarno]’ya karşı bir cevap olarak değerlendirmiştir. {e6}[T 1927-03-11|11 Mart 1927’de] [N ANK|Ankara]'da iki ülke arasında bir [N TSA|Ticaret ve Seyrisefain Antlaşması] imzalanmıştır [C Gürün/1991/131|(Gürün,1991,131)].

3. [T 193|1930’lu Yıllarda] İlişkiler

{e7}Antlaşmanın süresi [T 1929-12-17|17 Aralık 1929’da] [N ANK|Ankara]’da imzalanan bir protokolle [T P2Y;type=DURATION|iki yıl] uzatılmıştır. Bu protokolle taraflar, diğerinin komşularıyla siyasi antlaşma görüşmelerine onu önceden haberdar etmeden girmemeyi de kabul etmiştir. Böylece antlaşma, [N TR|Türkiye]’nin [N BAL|Balkanlar]’da ve [N ORTA|Orta Doğu]’da yürüttüğü yakınlaşma siyasetini de [N MOSS|Moskova]’ya karşı şeffaf kılmıştır. {e8}[T 1931-10-30|30 Ekim 1931’de] imzalanan ikinci protokolle süre [T P5Y;type=DURATION|beş yıl] daha uzatılmıştır. [N SSCB|Sovyetler Birliği]’nde [N CIC|Çiçerin]’in yerine [T 1930-07|1930 Temmuz’unda] [N LIT|Litvinov] geçmiş, ancak bu değişiklik [N TR|Türkiye] politikasını etkilememiştir. {e9}Başbakan [N IP|İsmet (İnönü) Paşa] ve [N TRB|Tevfik Rüştü Bey], [T 1932-04;mod=END|1932 Nisan’ının sonlarında] [N SSCB|Sovyetler Birliği]'ni ziyaret etmiş, [N MOS|Moskova]’da [N STA|Stalin] tarafından da kabul edilmişlerdir. {e22}Heyet [T 1932-05-01;rc|1 Mayıs’ta] [N KIZ|Kızıl Meydan]’daki geçit törenini izlemiştir. {e10}Ziyaret sırasında [N TR|Türkiye]’ye [T P20Y;type=DURATION|yirmi yıl] vadeli, faizsiz 8 milyon dolarlık bir kredi verilmesi kararlaştırılmıştır [C Tellal/2000/88|(Tellal,2000:88)]. {e23}[T 1932;rel;rc|Aynı yıl] [N TR|Türkiye]’ye gelen [N SOVG|Sovyet] uzmanları, [T 1934|1934 yılında] kabul edilen [N BBYSP|Birinci Beş Yıllık Sanayi Planı]’nın hazırlanmasına katkıda bulunmuştur. {e11}Bu krediyle [N SUM|Sümerbank]’a bağlı [N KBF|Kayseri Bez Fabrikası] kurulmuş ve [T 1935-09-16|16 Eylül 1935’te] açılmıştır. {e12}[N NBF|Nazilli Basma Fabrikası] ise [T 1937-10-09|9 Ekim 1937’de] üretime başlamıştır.

{e13}Cumhuriyet kutlamalarına katılacak [N SOVG|Sovyet] heyetinin başında Halk Komiseri [N VOR|Kliment Voroşilov] [T 1933-10;mod=END|1933 Ekim’inin sonlarında] [N TR|Türkiye]’ye gelmiş ve [T 1933-10-29;rc|29 Ekim’de] [N ANK|Ankara]’daki törenlere katılmıştır. {e29}Heyet, törenler sırasında [N MK|Gazi Mustafa Kemal] tarafından da kabul edilmiştir. [C Tellal/2000/102|Tellal’ın (2000: 102)] vurguladığı gibi, bu ziyaret iki ülke arasındaki dostluğun en parlak anı olmuştur. {e14}[T 1935-11-07|7 Kasım 1935'te] imzalanan protokolle antlaşmanın süresi [T P10Y;type=DURATION|on yıl] uzatılmıştır.

4. Soğuma

{e27}{e31}[N TR|Türkiye] [T 1932-07-18|18 Temmuz 1932’de] [N MC|Milletler Cemiyeti]’ne üye olmuş, [N SSCB|Sovyetler Birliği] ise [T 1934-09-18|18 Eylül 1934’te] bu kuruluşa katılmıştır. İki ülke [T 1934-09-18;rel;rc;mod=AFTER|bu tarihten sonra] [N CEN|Cenevre]’de de birlikte hareket etmeye çalışmıştır. {e28}[N BOG|Boğazlar] rejimini değiştirmek üzere [T 1936-06-22|22 Haziran 1936’da] [N MONTP|Montrö]’de toplanan konferansta [N SOVG|Sovyet] heyetine [N LIT|Litvinov], [N TURG|Türk] heyetine ise [N TRB|Tevfik Rüştü Bey] başkanlık etmiştir. [N SOVG|Sovyet] heyeti, [N KARADENIZ|Karadeniz]’e kıyısı olmayan devletlerin savaş gemilerine [N BOG|Boğazlar]’ın tamamen kapatılmasını istemiştir. {e15}[T 1936-07-20|20 Temmuz 1936’da] imzalanan [N MONT|Montrö Boğazlar Sözleşmesi], [N RUSG|Rusların] [N BOG|Boğazlar] üzerindeki beklentilerini karşılamamıştır. {e16}{e30}[N TR|Türkiye]’nin [T 1934-02-09|9 Şubat 1934’te] [N BAA|Balkan Antantı]’na ve [T 1937-07-08|8 Temmuz 1937’de] [N IRAN|İran], [N IRAK|Irak] ve [N AFG|Afganistan] ile [N SAD|Sadabat Paktı]’na katılması da [N SOVG|Sovyetler] tarafından dikkatle izlenmiştir [C Soysal/1983/402|(Soysal,1983:402)]. {e24}[T 1939-08-23|23 Ağustos 1939’da] [N SSCB|Sovyetler Birliği] ile [N ALM|Almanya] arasında saldırmazlık paktı imzalanınca [N TR|Türkiye]’nin kaygıları artmıştır. {e25}Dışişleri Bakanı [N SAR|Şükrü Saracoğlu] [T 1939-09-25|25 Eylül 1939’da] [N MOS|Moskova]’ya gitmiş, fakat [T P3W;type=DURATION;mod=APPROX|yaklaşık üç hafta] süren görüşmelerden bir sonuç alamamıştır [C Kurat+*/1990/355-357|(Kurat v.d.,1990:355-357)]. {e26}[N SAR|Saracoğlu]’nun dönüşünden kısa bir süre sonra, [T 1939-10-19|19 Ekim 1939’da] [N ANK|Ankara]’da [N ING|İngiltere] ve [N FRA|Fransa] ile üçlü ittifak antlaşması imzalanmıştır. {e17}Nitekim [N SSCB|Sovyetler Birliği] [T 1945-03-19|19 Mart 1945’te] Dışişleri Komiseri [N MOL|Molotov]’un notasıyla antlaşmayı feshettiğini bildirmiştir.

5. Sonuç

[N DTA|Tarafsızlık Antlaşması], [N TR|Türkiye]’nin [N BATI|Batı] ile ilişkilerinin gergin olduğu bir dönemde [N MOSS|Moskova]’yı güvenilir bir dayanak hâline getirmiştir. Antlaşma, [N MUSUL|Musul] meselesinin [N TR|Türkiye] aleyhine sonuçlandığı günlerde imzalanmış olması bakımından da anlamlıdır. Protokollerle uzatılan antlaşma, iki ülkenin birbirine karşı kurulacak ittifaklara katılmama taahhüdünü korumuş, Sovyet kredisiyle kurulan fabrikalar ise bu dostluğun ekonomik alandaki somut ürünleri olmuştur. [T 193|1930’lu yıllar boyunca] iki ülke ilişkileri dostane seyretmiş, ancak [N BOG|Boğazlar] meselesi bu dostluğun sınırlarını göstermiştir.
"""
