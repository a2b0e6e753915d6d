"""Figures as real news writes them, end to end: an age written on the noun a rule counts
("eine 17-jährige Schülerin", "der 17 Jahre alte Fahrer"), Swahili numbers that agree with
their noun ("watu wanne", "kumi na wawili"), the particle of a Dutch verb of change ("nam …
toe met 9.000 tot 370.000"), Vietnamese points of per cent and months ("tháng 3"), a dot
before three digits read by the plural of the currency after it ("92.345 рубля", "112.456
рублей"), values compared with or stated before ("gegenüber 6,1 Prozent", "раніше повідомлялося
про 137"), collective numerals ("une vingtaine", "два десятка"), ages as more languages write
them ("un joven, de 17 años,", "17 वर्षीय", "a teenager, 17,"), and the verdict of each rule and
the sentence it rests on."""

from __future__ import annotations

import pytest
from real_news import number_rule, read_case, stated

# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    "de-pupil": ("de", "2024-05-14", """HAMBURG – Bei einem Unfall vor einer Schule in Altona ist am Montagmorgen eine 17-jährige Schülerin schwer verletzt worden. Die 17-Jährige wurde in ein Krankenhaus gebracht, teilte die Polizei mit.

Ein 17 Jahre alter Mitschüler erlitt einen Schock. Der Fahrer des Lieferwagens, ein 52-Jähriger, blieb unverletzt.
""", number_rule("pupils", "3", "Schülerin") + number_rule("classmates", "2", "Mitschüler")
        + number_rule("age", "17", "Schülerin", unit="year"), {
        # the years written on the pupil are her age, no number of pupils
        "pupils": ("silent", None),
        "classmates": ("silent", None),  # "17 Jahre alter": an age, declined
        # a rule that names the unit still reads them
        "age": ("agrees", "Bei einem Unfall vor einer Schule in Altona ist am Montagmorgen eine 17-jährige Schülerin schwer verletzt worden."),
    }),
    "ru-pupil": ("ru", "2024-05-14", """ЕКАТЕРИНБУРГ – 17-летняя школьница пострадала в ДТП на улице Малышева, сообщили в ГИБДД.

Всего с начала года в регионе пострадали 112 школьников.
""", number_rule("pupils", "112", "школьница", "школьников"), {
        # "17-летняя школьница": an adjective of the girl, no number of pupils
        "pupils": ("agrees", "Всего с начала года в регионе пострадали 112 школьников."),
    }),
    "sw-crash": ("sw", "2024-05-10", """NAIVASHA – Watu wanne wamefariki dunia na wengine kumi na wawili kujeruhiwa vibaya katika ajali ya barabarani iliyotokea usiku wa kuamkia leo, polisi walisema.

Kwa mujibu wa polisi, basi lililokuwa na abiria 45 liligongana na matatu karibu na mji wa Naivasha. Magari matatu yaliharibiwa.
""", number_rule("dead", "4", "wamefariki") + number_rule("injured", "12", "kujeruhiwa")
        + number_rule("vehicles", "3", "Magari"), {
        # the numbers agree with the noun class of what they count: "watu wanne", "magari matatu"
        "dead": ("agrees", "Watu wanne wamefariki dunia na wengine kumi na wawili kujeruhiwa vibaya katika ajali ya barabarani iliyotokea usiku wa kuamkia leo, polisi walisema."),
        # "kumi na wawili": ten and two, no ten
        "injured": ("agrees", "Watu wanne wamefariki dunia na wengine kumi na wawili kujeruhiwa vibaya katika ajali ya barabarani iliyotokea usiku wa kuamkia leo, polisi walisema."),
        # "na matatu": a minibus; "Magari matatu": three vehicles
        "vehicles": ("agrees", "Magari matatu yaliharibiwa."),
    }),
    "nl-jobs": ("nl", "2024-03-21", """DEN HAAG – Het aantal werklozen nam in februari toe met 9.000 tot 370.000, meldt het Centraal Bureau voor de Statistiek (CBS). De werkloosheid kwam uit op 3,7 procent van de beroepsbevolking.

Het aantal vacatures nam in het vierde kwartaal met 12.000 af tot 425.000.
""", number_rule("jobless", "9000", "werklozen") + number_rule("vacancies", "425000", "vacatures"), {
        # "nam … toe met 9.000 tot 370.000": the value a change reached, no range that 9,000 falls in
        "jobless": ("contradicts", "Het aantal werklozen nam in februari toe met 9.000 tot 370.000, meldt het Centraal Bureau voor de Statistiek (CBS)."),
        "vacancies": ("agrees", "Het aantal vacatures nam in het vierde kwartaal met 12.000 af tot 425.000."),
    }),
    "vi-inflation": ("vi", "2024-04-06", """HÀ NỘI – Lạm phát tháng 3 của Việt Nam tăng 0,3 điểm phần trăm lên 4,2% so với cùng kỳ năm trước, Tổng cục Thống kê cho biết hôm thứ Bảy.

Tỷ lệ thất nghiệp trong quý I là 2,24%, với khoảng 1,07 triệu người thất nghiệp.
""", number_rule("rise", "0.3", "tăng", unit="percentage point") + number_rule("rise-pct", "0.3", "tăng", unit="percent")
        + number_rule("inflation", "3", "Lạm phát"), {
        # points of per cent, and a rule about the verb reads its amount, not the 4.2% reached
        "rise": ("agrees", "Lạm phát tháng 3 của Việt Nam tăng 0,3 điểm phần trăm lên 4,2% so với cùng kỳ năm trước, Tổng cục Thống kê cho biết hôm thứ Bảy."),
        "rise-pct": ("silent", None),
        # "tháng 3": March, no three of anything
        "inflation": ("contradicts", "Lạm phát tháng 3 của Việt Nam tăng 0,3 điểm phần trăm lên 4,2% so với cùng kỳ năm trước, Tổng cục Thống kê cho biết hôm thứ Bảy."),
    }),
    "id-rate": ("id", "2024-04-24", """JAKARTA – Bank Indonesia menaikkan suku bunga acuan sebesar 0,25 poin persentase menjadi 6,25 persen pada Rabu, di luar perkiraan sebagian besar ekonom.

Rupiah melemah ke level Rp16.200 per dolar AS pekan lalu.
""", number_rule("hike", "0.25", "menaikkan", unit="percentage point"), {
        "hike": ("agrees", "Bank Indonesia menaikkan suku bunga acuan sebesar 0,25 poin persentase menjadi 6,25 persen pada Rabu, di luar perkiraan sebagian besar ekonom."),
    }),
    "ru-rouble": ("ru", "2024-03-01", """МОСКВА – Официальный курс доллара на выходные составит 91.234 рубля, евро – 98.765 рубля, сообщил Центробанк.

Средняя начисленная зарплата в Москве в январе составила 112.456 рублей, подсчитал Мосстат.
""", number_rule("eur", "98.765", "евро", unit="RUB") + number_rule("wage", "112456", "зарплата", unit="RUB")
        + number_rule("usd", "91.234", "курс доллара", unit="RUB"), {
        # the plural says the dot's part: "рубля" after decimals, "рублей" after thousands
        "eur": ("agrees", "Официальный курс доллара на выходные составит 91.234 рубля, евро – 98.765 рубля, сообщил Центробанк."),
        "wage": ("agrees", "Средняя начисленная зарплата в Москве в январе составила 112.456 рублей, подсчитал Мосстат."),
        # 91,234 roubles would be "рубля" too: either reading, so neither
        "usd": ("silent", None),
    }),
    "fr-price": ("fr", "2024-09-10", """PARIS – Le nouvel iPhone 16 Pro coûtera 1.229 euros en France, a annoncé Apple lundi. Le modèle de base sera vendu 969 euros.
""", number_rule("price", "1229", "coûtera", unit="EUR"), {
        # 1,229 euros would be "euro": the dot groups thousands
        "price": ("agrees", "Le nouvel iPhone 16 Pro coûtera 1.229 euros en France, a annoncé Apple lundi."),
    }),
    "tr-inflation": ("tr", "2024-04-03", """ANKARA – Türkiye İstatistik Kurumu'na (TÜİK) göre şubatta yüzde 67,07 olan yıllık enflasyon martta yüzde 68,50'ye çıktı. Aylık enflasyon yüzde 3,16 oldu.
""", number_rule("inflation", "67.07", "yıllık enflasyon", unit="percent"), {
        # "yüzde 67,07 olan": the rate the inflation was, before it rose to 68.50%
        "inflation": ("contradicts", "Türkiye İstatistik Kurumu'na (TÜİK) göre şubatta yüzde 67,07 olan yıllık enflasyon martta yüzde 68,50'ye çıktı."),
    }),
    "ar-jobless": ("ar", "2024-05-15", """القاهرة – ارتفع معدل البطالة في مصر إلى 7.1% خلال الربع الأول مقارنة بـ 6.9% في الربع السابق، بحسب الجهاز المركزي للتعبئة العامة والإحصاء.

وبلغ معدل التضخم السنوي 32.5% في أبريل مقابل 33.3% في مارس.
""", number_rule("jobless", "6.9", "البطالة", unit="percent") + number_rule("inflation", "32.5", "التضخم", unit="percent"), {
        # "مقارنة بـ" (compared with), "مقابل" (against): the value it is compared with
        "jobless": ("contradicts", "القاهرة – ارتفع معدل البطالة في مصر إلى 7.1% خلال الربع الأول مقارنة بـ 6.9% في الربع السابق، بحسب الجهاز المركزي للتعبئة العامة والإحصاء."),
        "inflation": ("agrees", "وبلغ معدل التضخم السنوي 32.5% في أبريل مقابل 33.3% في مارس."),
    }),
    "ru-jobless": ("ru", "2024-04-27", """МОСКВА – Безработица в России в марте составила 2,7% после 2,8% в феврале, сообщил Росстат. Число безработных сократилось до 2,1 млн человек.
""", number_rule("rate", "2.8", "Безработица", unit="percent"), {
        # "после 2,8%": after the rate of the month before
        "rate": ("contradicts", "Безработица в России в марте составила 2,7% после 2,8% в феврале, сообщил Росстат."),
    }),
    "ko-prices": ("ko", "2024-05-02", """세종 – 통계청에 따르면 4월 소비자물가 상승률은 2.9%로 전월(3.1%)보다 0.2%포인트 낮아졌다. 신선과실은 38.7% 올랐다.
""", number_rule("cpi", "3.1", "소비자물가", unit="percent"), {
        # "전월(3.1%)보다": than the month before's 3.1%
        "cpi": ("contradicts", "세종 – 통계청에 따르면 4월 소비자물가 상승률은 2.9%로 전월(3.1%)보다 0.2%포인트 낮아졌다."),
    }),
    "es-jobless": ("es", "2024-05-03", """MADRID – El paro registrado bajó en 60.503 personas en abril, hasta un total de 2.666.500 desempleados, según el Ministerio de Trabajo. La Seguridad Social ganó 209.980 afiliados.
""", number_rule("jobless", "2666500", "paro"), {
        # "hasta un total de": the value the change reached, not the amount
        "jobless": ("agrees", "El paro registrado bajó en 60.503 personas en abril, hasta un total de 2.666.500 desempleados, según el Ministerio de Trabajo."),
    }),
    "uk-toll": ("uk", "2024-03-25", """КИЇВ – Кількість загиблих внаслідок теракту в концертному залі «Крокус Сіті Хол» зросла до 139, раніше повідомлялося про 137 загиблих. Поранено понад 180 людей.
""", number_rule("dead", "137", "загиблих"), {
        # the toll stated before gives way to the one that replaced it
        "dead": ("contradicts", "Кількість загиблих внаслідок теракту в концертному залі «Крокус Сіті Хол» зросла до 139, раніше повідомлялося про 137 загиблих."),
    }),
    "de-toll": ("de", "2024-03-25", """MOSKAU – Die Zahl der Toten nach dem Anschlag auf die Crocus City Hall ist auf 139 gestiegen. Zuvor war von 137 Toten die Rede. Elf Verdächtige wurden festgenommen.
""", number_rule("dead", "139", "Toten"), {
        "dead": ("agrees", "Die Zahl der Toten nach dem Anschlag auf die Crocus City Hall ist auf 139 gestiegen."),
    }),
    "id-toll": ("id", "2024-03-25", """MOSKOW – Jumlah korban tewas akibat serangan di gedung konser Crocus City Hall bertambah menjadi 139 orang dari sebelumnya 137 orang, kata penyidik Rusia.
""", number_rule("dead", "139", "korban tewas"), {
        "dead": ("agrees", "Jumlah korban tewas akibat serangan di gedung konser Crocus City Hall bertambah menjadi 139 orang dari sebelumnya 137 orang, kata penyidik Rusia."),
    }),
    "ko-toll": ("ko", "2024-03-25", """모스크바 – 러시아 수사위원회는 공연장 테러 사망자가 139명으로 늘었다고 밝혔다. 앞서 당국은 사망자를 137명으로 발표했다.
""", number_rule("dead", "137", "사망자"), {
        "dead": ("contradicts", "모스크바 – 러시아 수사위원회는 공연장 테러 사망자가 139명으로 늘었다고 밝혔다."),
    }),
    "fr-storm": ("fr", "2024-10-10", """MARSEILLE – Une vingtaine de personnes ont été blessées jeudi par des chutes d'arbres lors du passage de la tempête, a indiqué la préfecture. Plus d'une centaine de pompiers ont été mobilisés.

Quelque 80 000 foyers étaient privés d'électricité jeudi soir.
""", number_rule("injured", "20", "blessées") + number_rule("firefighters", "50", "pompiers"), {
        # "une vingtaine": some twenty; "plus d'une centaine": more than a hundred
        "injured": ("agrees", "Une vingtaine de personnes ont été blessées jeudi par des chutes d'arbres lors du passage de la tempête, a indiqué la préfecture."),
        "firefighters": ("contradicts", "Plus d'une centaine de pompiers ont été mobilisés."),
    }),
    "es-crash": ("es", "2024-10-10", """VALENCIA – Una veintena de personas resultaron heridas este jueves en un accidente múltiple en la A-7, según el 112. Más de un centenar de vehículos quedaron atrapados.
""", number_rule("injured", "20", "heridas"), {
        "injured": ("agrees", "Una veintena de personas resultaron heridas este jueves en un accidente múltiple en la A-7, según el 112."),
    }),
    "it-trains": ("it", "2024-10-10", """BARI – Una ventina di persone sono rimaste ferite nello scontro tra due treni regionali vicino a Bari, ha riferito la protezione civile.
""", number_rule("injured", "20", "ferite"), {
        "injured": ("agrees", "Una ventina di persone sono rimaste ferite nello scontro tra due treni regionali vicino a Bari, ha riferito la protezione civile."),
    }),
    "ru-fire": ("ru", "2024-10-10", """МОСКВА – Два десятка человек пострадали при пожаре в торговом центре на юге Москвы, сообщили в МЧС. Эвакуированы около 3 тыс. посетителей.
""", number_rule("hurt", "20", "пострадали"), {
        # "два десятка": two tens
        "hurt": ("agrees", "Два десятка человек пострадали при пожаре в торговом центре на юге Москвы, сообщили в МЧС."),
    }),
    "sv-fires": ("sv", "2024-07-20", """ÖSTERSUND – Knappt 3 000 personer har evakuerats efter skogsbränderna i Jämtland, uppger Räddningstjänsten. Drygt 200 brandmän arbetar på plats.
""", number_rule("evacuated", "2950", "evakuerats"), {
        # "knappt": just under, about 3,000
        "evacuated": ("agrees", "Knappt 3 000 personer har evakuerats efter skogsbränderna i Jämtland, uppger Räddningstjänsten."),
    }),
    "tr-fires": ("tr", "2024-07-20", """İZMİR – Orman yangını nedeniyle 3 bine yakın kişi tahliye edildi, AFAD açıkladı. Yangına 40 helikopter müdahale ediyor.
""", number_rule("evacuated", "2900", "tahliye"), {
        # "3 bine yakın": close to 3,000
        "evacuated": ("agrees", "Orman yangını nedeniyle 3 bine yakın kişi tahliye edildi, AFAD açıkladı."),
    }),
    "de-prices": ("de", "2024-05-02", """WIESBADEN – Die Inflationsrate in Deutschland lag im April bei 2,2 Prozent gegenüber 6,1 Prozent im Vorjahresmonat, teilte das Statistische Bundesamt mit. Nahrungsmittel verteuerten sich um 0,5 Prozent.
""", number_rule("inflation", "6.1", "Inflationsrate", unit="percent"), {
        # "gegenüber": compared with the year before
        "inflation": ("contradicts", "Die Inflationsrate in Deutschland lag im April bei 2,2 Prozent gegenüber 6,1 Prozent im Vorjahresmonat, teilte das Statistische Bundesamt mit."),
    }),
    "pl-prices": ("pl", "2024-05-15", """WARSZAWA – Inflacja w kwietniu wyniosła 2,4 proc. rdr w porównaniu z 2,0 proc. w marcu – podał GUS. Ceny żywności wzrosły o 0,4 proc.
""", number_rule("inflation", "2", "Inflacja", unit="percent"), {
        "inflation": ("contradicts", "Inflacja w kwietniu wyniosła 2,4 proc. rdr w porównaniu z 2,0 proc. w marcu – podał GUS."),
    }),
    "hi-prices": ("hi", "2024-05-13", """नई दिल्ली – अप्रैल में खुदरा महंगाई दर पिछले साल के 4.7 प्रतिशत के मुकाबले 4.83 प्रतिशत रही, सांख्यिकी मंत्रालय ने सोमवार को बताया।
""", number_rule("inflation", "4.83", "महंगाई दर", unit="percent"), {
        # "के मुकाबले" after the figure: compared with last year's
        "inflation": ("agrees", "नई दिल्ली – अप्रैल में खुदरा महंगाई दर पिछले साल के 4.7 प्रतिशत के मुकाबले 4.83 प्रतिशत रही, सांख्यिकी मंत्रालय ने सोमवार को बताया।"),
    }),
    "bn-prices": ("bn", "2024-05-13", """ঢাকা – এপ্রিলে মূল্যস্ফীতি গত বছরের ৯.২৪ শতাংশের তুলনায় বেড়ে ৯.৭৪ শতাংশ হয়েছে, বিবিএস জানিয়েছে।
""", number_rule("inflation", "9.74", "মূল্যস্ফীতি", unit="percent"), {
        "inflation": ("agrees", "ঢাকা – এপ্রিলে মূল্যস্ফীতি গত বছরের ৯.২৪ শতাংশের তুলনায় বেড়ে ৯.৭৪ শতাংশ হয়েছে, বিবিএস জানিয়েছে।"),
    }),
    "fa-prices": ("fa", "2024-05-21", """تهران – نرخ تورم سالانه در اردیبهشت به ۳۶ درصد رسید در مقایسه با ۳۷ درصد در فروردین، مرکز آمار ایران اعلام کرد.
""", number_rule("inflation", "37", "تورم", unit="percent"), {
        "inflation": ("contradicts", "تهران – نرخ تورم سالانه در اردیبهشت به ۳۶ درصد رسید در مقایسه با ۳۷ درصد در فروردین، مرکز آمار ایران اعلام کرد."),
    }),
    "es-age": ("es", "2024-05-04", """MADRID – La Policía Nacional detuvo el sábado a un joven, de 17 años, como presunto autor del apuñalamiento de otro menor en Vallecas. La víctima, de 16 años, fue trasladada al hospital.
""", number_rule("arrested", "2", "detuvo"), {
        # the years between commas after the young man are his age
        "arrested": ("silent", None),
    }),
    "it-age": ("it", "2024-05-04", """MILANO – Arrestato il ragazzo, 17 anni, accusato di aver accoltellato un coetaneo in piazza. La vittima è ricoverata al Niguarda.
""", number_rule("arrested", "2", "Arrestato"), {
        "arrested": ("silent", None),
    }),
    "en-age": ("en", "2024-05-04", """LONDON (Reuters) - Police arrested a teenager, 17, after a man was stabbed outside a nightclub in Croydon, Scotland Yard said.
""", number_rule("arrested", "2", "arrested"), {
        "arrested": ("silent", None),  # "a teenager, 17,": his age
    }),
    "ar-age": ("ar", "2024-05-04", """القاهرة – ألقت الشرطة المصرية القبض على شاب يبلغ من العمر 17 عاما بتهمة الاعتداء على زميله، بحسب بيان لوزارة الداخلية.
""", number_rule("arrested", "2", "القبض"), {
        "arrested": ("silent", None),
    }),
    "hi-age": ("hi", "2024-05-04", """नई दिल्ली – पुलिस ने चाकूबाजी के मामले में 17 वर्षीय युवक को गिरफ्तार किया है, अधिकारियों ने शनिवार को बताया।
""", number_rule("arrested", "2", "गिरफ्तार"), {
        "arrested": ("silent", None),
    }),
    "vi-age": ("vi", "2024-05-04", """HÀ NỘI – Công an quận Hoàng Mai đã bắt giữ một thanh niên 17 tuổi liên quan đến vụ đâm người tối thứ Sáu.
""", number_rule("arrested", "2", "bắt giữ"), {
        "arrested": ("silent", None),
    }),
    "fa-age": ("fa", "2024-05-04", """تهران – پلیس یک نوجوان ۱۷ ساله را به اتهام چاقوکشی در جنوب تهران بازداشت کرد.
""", number_rule("arrested", "2", "بازداشت"), {
        "arrested": ("silent", None),
    }),
    "sw-age": ("sw", "2024-05-04", """MOMBASA – Polisi walimkamata kijana mwenye umri wa miaka 17 baada ya shambulio la kisu katika mtaa wa Likoni.
""", number_rule("arrested", "2", "walimkamata"), {
        "arrested": ("silent", None),
    }),
    "hu-age": ("hu", "2024-05-04", """BUDAPEST – A rendőrség őrizetbe vett egy 17 éves fiút, aki megkéselte egyik osztálytársát.
""", number_rule("arrested", "2", "őrizetbe"), {
        "arrested": ("silent", None),
    }),
    "ko-budget": ("ko", "2024-08-27", """세종 – 정부는 내년 예산을 677조 4천억 원으로 편성했다고 27일 밝혔다. 올해 본예산보다 20조 8천억 원 늘어난 규모다.
""", number_rule("budget", "677400000000000", "예산", unit="KRW"), {
        # the parts of a figure written apart: 677 trillion and 400 billion won
        "budget": ("agrees", "세종 – 정부는 내년 예산을 677조 4천억 원으로 편성했다고 27일 밝혔다."),
    }),
    "fr-budget": ("fr", "2024-10-10", """PARIS – Le gouvernement prévoit 60 Mds€ d'économies dans le budget 2025, a annoncé le ministre des Comptes publics.
""", number_rule("savings", "60000000000", "économies", unit="EUR"), {
        # "Mds", the plural of CLDR's "Md", written on the euro's sign
        "savings": ("agrees", "Le gouvernement prévoit 60 Mds€ d'économies dans le budget 2025, a annoncé le ministre des Comptes publics."),
    }),
    "hi-quake": ("hi", "2023-11-04", """काठमांडू – पश्चिमी नेपाल में शुक्रवार रात आए 6.4 तीव्रता के भूकंप में कम से कम 128 लोगों की मौत हो गई, अधिकारियों ने बताया।
""", number_rule("dead", "128", "मौत"), {
        # "6.4 तीव्रता": a decimal counts no noun, the intensity is no count of the dead
        "dead": ("agrees", "काठमांडू – पश्चिमी नेपाल में शुक्रवार रात आए 6.4 तीव्रता के भूकंप में कम से कम 128 लोगों की मौत हो गई, अधिकारियों ने बताया।"),
    }),
    "ko-quake": ("ko", "2024-04-03", """서울 – 대만 동부 해역에서 규모 7.2의 강진이 발생해 최소 9명이 숨졌다고 대만 당국이 밝혔다.
""", number_rule("dead", "9", "숨졌다"), {
        "dead": ("agrees", "서울 – 대만 동부 해역에서 규모 7.2의 강진이 발생해 최소 9명이 숨졌다고 대만 당국이 밝혔다."),
    }),
    "tr-rate": ("tr", "2024-03-21", """ANKARA – Merkez Bankası politika faizini yüzde 45'ten yüzde 50'ye yükseltti. Banka, faizi yüzde 5 puan artırarak piyasaları şaşırttı.
""", number_rule("hike", "5", "artırarak", unit="percentage point") + number_rule("hike-pct", "5", "artırarak", unit="percent"), {
        # "yüzde 5 puan": five points of per cent, no 5 per cent
        "hike": ("agrees", "Banka, faizi yüzde 5 puan artırarak piyasaları şaşırttı."),
        "hike-pct": ("silent", None),
    }),
    "hi-rate": ("hi", "2024-02-12", """नई दिल्ली – जनवरी में खुदरा महंगाई दर 5.1 प्रतिशत रही, जो दिसंबर के मुकाबले 0.59 प्रतिशत अंक कम है।
""", number_rule("drop", "0.59", "महंगाई दर", unit="percentage point"), {
        "drop": ("agrees", "नई दिल्ली – जनवरी में खुदरा महंगाई दर 5.1 प्रतिशत रही, जो दिसंबर के मुकाबले 0.59 प्रतिशत अंक कम है।"),
    }),
    "el-jobless": ("el", "2024-04-30", """ΑΘΗΝΑ – Η ανεργία υποχώρησε στο 10,9% τον Μάρτιο, μειωμένη κατά 0,7 ποσοστιαίες μονάδες σε σχέση με τον Φεβρουάριο, σύμφωνα με την ΕΛΣΤΑΤ.
""", number_rule("drop", "0.7", "μειωμένη", unit="percentage point"), {
        "drop": ("agrees", "Η ανεργία υποχώρησε στο 10,9% τον Μάρτιο, μειωμένη κατά 0,7 ποσοστιαίες μονάδες σε σχέση με τον Φεβρουάριο, σύμφωνα με την ΕΛΣΤΑΤ."),
    }),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_of_real_news_are_read_as_they_are_meant(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
