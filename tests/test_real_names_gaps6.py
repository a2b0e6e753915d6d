"""End to end: names and claims of real news that the readers of names and phrases misread:
Arabic with its vowels marked ("لم يُقرّ البرلمانُ", "وأقـرّ"), Ukrainian and Czech names whose
last vowel changes with the case ("у Білому домі" for "Білий дім", "у Києві" for "Київ", "v
Bílém domě" for "Bílý dům"), the object of a negated verb ("Putin did not meet Zelensky", "hat
Selenskyj nicht getroffen", "Özgür Özel ile görüşmedi") and the subject of the rule's own verb
negated ("Erdogan did not attend the summit"), a country or a city named in the
source's language ("u Njemačkoj", "en Pologne", "في ألمانيا", "tại Đức", "德国" for Germany and
Poland, "w Wiedniu", "ウィーン" for Vienna), a progressive that tells no result ("Putin is
winning the election", "Lula está vencendo") and a belief denied, with no "that" or with a
negative pronoun before it ("Nobody believes the election was fair", "Nadie cree que …",
"Niemand glaubt, dass …"). Each rule's verdict and the sentence its first evidence quotes."""

from __future__ import annotations

import pytest
from real_news import entity_rule, number_rule, phrase_rule, read_case, stated


DECEMBER = "2024-12-18"  # a Wednesday


CASES = {
    # harakat, shadda and tatweel fold away: a word with its vowels marked is the word without
    "ar-marks": ("ar", DECEMBER, """بيروت – لم يُقرّ البرلمانُ اللبنانيُّ الميزانيةَ العامة لعام 2025 في جلسة الثلاثاء بسبب غياب النصاب، وفق ما أعلن رئيس المجلس نبيه بري.

وأقـرّ مجلسُ الوزراء خطةَ الكهرباء الجديدة بعد نقاش استمر ثلاث ساعات، فيما رفض 12 نائبا مشروع قانون الإيجارات.
""", phrase_rule("budget", "أقر البرلمان الميزانية")
        + phrase_rule("plan", "أَقَرَّ مجلسُ الوزراء خطةَ الكهرباء")
        + number_rule("mps", "12", "نائبا"), {
        "budget": ("contradicts", "بيروت – لم يُقرّ البرلمانُ اللبنانيُّ الميزانيةَ العامة لعام 2025 في جلسة الثلاثاء "
                                  "بسبب غياب النصاب، وفق ما أعلن رئيس المجلس نبيه بري."),
        "plan": ("agrees", "وأقـرّ مجلسُ الوزراء خطةَ الكهرباء الجديدة بعد نقاش استمر ثلاث ساعات، فيما رفض 12 نائبا "
                           "مشروع قانون الإيجارات."),
        "mps": ("agrees", "وأقـرّ مجلسُ الوزراء خطةَ الكهرباء الجديدة بعد نقاش استمر ثلاث ساعات، فيما رفض 12 نائبا "
                          "مشروع قانون الإيجارات."),
    }),
    # a Ukrainian і, a Czech ů, that the other cases write o or e: "дім", "у домі"; "Київ", "у Києві"
    "uk-declined": ("uk", DECEMBER, """Вашингтон – Президент Володимир Зеленський у вівторок провів переговори у Білому домі з Джо Байденом, повідомив Офіс президента. Речник Кремля Дмитро Пєсков заявив, що Москва не коментуватиме зустріч.

Наступного тижня делегація ЄС проведе консультації у Києві. Саміт НАТО 20 грудня відбудеться у Варшаві.
""", entity_rule("venue", "Білий дім", "Кремль", "переговори")
        + entity_rule("eu", "Київ", "Варшава", "консультації"), {
        "venue": ("agrees", "Вашингтон – Президент Володимир Зеленський у вівторок провів переговори у Білому домі з "
                            "Джо Байденом, повідомив Офіс президента."),
        "eu": ("agrees", "Наступного тижня делегація ЄС проведе консультації у Києві."),
    }),
    "cs-declined": ("cs", DECEMBER, """Washington – Prezident Petr Pavel jednal v úterý v Bílém domě s Joem Bidenem, uvedla Pražský hrad. Mluvčí Kremlu Dmitrij Peskov schůzku nekomentoval.
""", entity_rule("venue", "Bílý dům", "Kreml", "jednal"), {
        "venue": ("agrees", "Washington – Prezident Petr Pavel jednal v úterý v Bílém domě s Joem Bidenem, uvedla Pražský "
                            "hrad."),
    }),
    # the object of a negated verb is the one not met
    "en-object": ("en", DECEMBER, """Istanbul – Vladimir Putin did not meet Volodymyr Zelensky in Istanbul on Thursday, sending a delegation led by aide Vladimir Medinsky instead. He met Recep Tayyip Erdogan in Ankara a day later, the Kremlin said.
""", entity_rule("met", "Zelensky", "Erdogan", "meet")
        + entity_rule("lead", "Medinsky", "Lavrov", "led"), {
        "met": ("contradicts", "He met Recep Tayyip Erdogan in Ankara a day later, the Kremlin said."),
        "lead": ("agrees", "Istanbul – Vladimir Putin did not meet Volodymyr Zelensky in Istanbul on Thursday, sending a "
                           "delegation led by aide Vladimir Medinsky instead."),
    }),
    "ru-object": ("ru", DECEMBER, """Стамбул – Владимир Путин не встретился с Владимиром Зеленским в Стамбуле в четверг, направив делегацию во главе с Владимиром Мединским. На следующий день он встретился с Реджепом Тайипом Эрдоганом в Анкаре, сообщили в Кремле.
""", entity_rule("met", "Зеленский", "Эрдоган", "встретился"), {
        "met": ("contradicts", "На следующий день он встретился с Реджепом Тайипом Эрдоганом в Анкаре, сообщили в "
                               "Кремле."),
    }),
    # the subject of the rule's own verb negated did not do it
    "en-subject": ("en", DECEMBER, """Astana – Turkish President Recep Tayyip Erdogan did not attend the summit in Astana on Thursday. Vladimir Putin attended the summit along with Xi Jinping, the Kremlin said.
""", entity_rule("attended", "Putin", "Erdogan", "attend", "attended"), {
        "attended": ("agrees", "Vladimir Putin attended the summit along with Xi Jinping, the Kremlin said."),
    }),
    "fr-subject": ("fr", DECEMBER, """Astana – Le président turc Recep Tayyip Erdogan n'a pas assisté au sommet d'Astana jeudi. Vladimir Poutine a assisté au sommet aux côtés de Xi Jinping.
""", entity_rule("attended", "Poutine", "Erdogan", "assisté"), {
        "attended": ("agrees", "Vladimir Poutine a assisté au sommet aux côtés de Xi Jinping."),
    }),
    "ru-subject": ("ru", DECEMBER, """Астана – Президент Турции Реджеп Тайип Эрдоган не участвовал в саммите в Астане в четверг. Владимир Путин участвовал в саммите вместе с Си Цзиньпином.
""", entity_rule("attended", "Путин", "Эрдоган", "участвовал"), {
        "attended": ("agrees", "Владимир Путин участвовал в саммите вместе с Си Цзиньпином."),
    }),
    # German and Dutch write the negation after the object
    "de-object": ("de", DECEMBER, """Istanbul – Wladimir Putin hat Wolodymyr Selenskyj am Donnerstag in Istanbul nicht getroffen, sondern nur eine Delegation geschickt. Am Freitag traf er in Ankara den türkischen Präsidenten Recep Tayyip Erdoğan.
""", entity_rule("met", "Selenskyj", "Erdoğan", "traf", "getroffen"), {
        "met": ("contradicts", "Am Freitag traf er in Ankara den türkischen Präsidenten Recep Tayyip Erdoğan."),
    }),
    "nl-object": ("nl", DECEMBER, """Istanboel – Poetin heeft Zelensky donderdag niet ontmoet. Hij ontmoette de Turkse president Erdogan een dag later in Ankara, meldde het Kremlin.
""", entity_rule("met", "Zelensky", "Erdogan", "ontmoet", "ontmoette"), {
        "met": ("contradicts", "Hij ontmoette de Turkse president Erdogan een dag later in Ankara, meldde het Kremlin."),
    }),
    # where the verb comes last, the name before the postposition of a negated verb
    "tr-object": ("tr", DECEMBER, """Ankara – Cumhurbaşkanı Recep Tayyip Erdoğan salı günü CHP Genel Başkanı Özgür Özel ile görüşmedi. Erdoğan, Beştepe'de MHP lideri Devlet Bahçeli ile görüştü.
""", entity_rule("met", "Özel", "Bahçeli", "görüştü"), {
        "met": ("contradicts", "Erdoğan, Beştepe'de MHP lideri Devlet Bahçeli ile görüştü."),
    }),
    "hi-object": ("hi", DECEMBER, """नई दिल्ली – प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को रूसी राष्ट्रपति पुतिन से मुलाकात नहीं की। उन्होंने बुधवार को यूक्रेन के राष्ट्रपति ज़ेलेंस्की से मुलाकात की।
""", entity_rule("met", "Putin", "Zelensky", "मुलाकात"), {
        "met": ("contradicts", "उन्होंने बुधवार को यूक्रेन के राष्ट्रपति ज़ेलेंस्की से मुलाकात की।"),
    }),
    "ko-object": ("ko", DECEMBER, """서울 – 윤석열 대통령은 화요일 기시다 총리를 만나지 못했다. 대신 윤 대통령은 수요일 바이든 대통령을 만났다.
""", entity_rule("met", "기시다", "바이든", "만나"), {
        "met": ("contradicts", "대신 윤 대통령은 수요일 바이든 대통령을 만났다."),
    }),
    # a progressive tells no result
    "en-progressive": ("en", DECEMBER, """Moscow – Early results show Vladimir Putin is winning the presidential election with 87% of the vote, the central election commission said on Monday.

Turnout reached 74%, officials said.
""", phrase_rule("won", "Putin won the presidential election")
        + number_rule("turnout", "74", "Turnout"), {
        "won": ("silent", None),
        "turnout": ("agrees", "Turnout reached 74%, officials said."),
    }),
    "es-progressive-aside": ("es", DECEMBER, """Caracas – Nicolás Maduro, que está buscando un tercer mandato, ganó las elecciones con el 51% de los votos, según el CNE.
""", phrase_rule("won", "Maduro ganó las elecciones"), {
        "won": ("agrees", "Caracas – Nicolás Maduro, que está buscando un tercer mandato, ganó las elecciones con el 51% "
                          "de los votos, según el CNE."),
    }),
    "pt-progressive": ("pt", DECEMBER, """Brasília – Com 90% das urnas apuradas, Lula está vencendo a eleição presidencial com 50,8% dos votos válidos, segundo o TSE. Jair Bolsonaro tem 49,2%.
""", phrase_rule("won", "Lula venceu a eleição presidencial"), {
        "won": ("silent", None),
    }),
    # a belief denied reports no claim, with "that" or without
    "en-belief": ("en", DECEMBER, """Tbilisi – Nobody believes the election was fair, opposition leader Nika Gvaramia said on Sunday, a day after the vote. The central election commission said turnout was 59% and that Georgian Dream won 54% of the vote.
""", phrase_rule("fair", "The election was fair")
        + phrase_rule("gd", "Georgian Dream won 54% of the vote"), {
        "fair": ("silent", None),
        "gd": ("agrees", "The central election commission said turnout was 59% and that Georgian Dream won 54% of the "
                         "vote."),
    }),
    "en-think": ("en", DECEMBER, """Tbilisi – The opposition does not think the election was fair, its leader Nika Gvaramia told reporters on Sunday. Observers from the OSCE said the vote was marred by pressure on voters.
""", phrase_rule("fair", "The election was fair")
        + phrase_rule("osce", "Observers said the vote was marred by pressure"), {
        "fair": ("silent", None),
        "osce": ("agrees", "Observers from the OSCE said the vote was marred by pressure on voters."),
    }),
    "es-belief": ("es", DECEMBER, """Caracas – Nadie cree que las elecciones fueron limpias, dijo el domingo la líder opositora María Corina Machado. El CNE proclamó a Nicolás Maduro con el 51% de los votos.
""", phrase_rule("fair", "Las elecciones fueron limpias")
        + phrase_rule("cne", "El CNE proclamó a Nicolás Maduro"), {
        "fair": ("silent", None),
        "cne": ("agrees", "El CNE proclamó a Nicolás Maduro con el 51% de los votos."),
    }),
    "de-belief": ("de", DECEMBER, """Tiflis – Niemand glaubt, dass die Wahl fair war, sagte Oppositionsführer Nika Gwaramia am Sonntag. Die Wahlkommission erklärte, die Regierungspartei Georgischer Traum habe 54 Prozent erhalten.
""", phrase_rule("fair", "Die Wahl war fair"), {
        "fair": ("silent", None),
    }),
    "id-belief": ("id", DECEMBER, """Tbilisi – Tidak ada yang percaya pemilu itu adil, kata pemimpin oposisi Nika Gvaramia pada Minggu. Komisi pemilihan umum menyatakan partai Impian Georgia meraih 54 persen suara.
""", phrase_rule("fair", "Pemilu itu adil"), {
        "fair": ("silent", None),
    }),
    # a country named in English is found under its name in the source's language, as CLDR writes it
    "hr-exonym": ("hr", DECEMBER, """Zagreb – Premijer Andrej Plenković u utorak je u Njemačkoj razgovarao s kancelarom Olafom Scholzom o migracijama, a u srijedu putuje u Bruxelles.
""", entity_rule("visit", "Germany", "France", "razgovarao"), {
        "visit": ("agrees", "Zagreb – Premijer Andrej Plenković u utorak je u Njemačkoj razgovarao s kancelarom Olafom "
                            "Scholzom o migracijama, a u srijedu putuje u Bruxelles."),
    }),
    "fr-exonym": ("fr", DECEMBER, """Paris – Le ministre des Affaires étrangères Jean-Noël Barrot s'est rendu mardi en Pologne, où il a rencontré son homologue Radosław Sikorski, avant une réunion à Bruxelles jeudi.
""", entity_rule("visit", "Poland", "Germany", "rendu"), {
        "visit": ("agrees", "Paris – Le ministre des Affaires étrangères Jean-Noël Barrot s'est rendu mardi en Pologne, où "
                            "il a rencontré son homologue Radosław Sikorski, avant une réunion à Bruxelles jeudi."),
    }),
    "ar-exonym": ("ar", DECEMBER, """الرياض – التقى ولي العهد السعودي الأمير محمد بن سلمان المستشار الألماني أولاف شولتس في ألمانيا يوم الثلاثاء، قبل زيارة مرتقبة إلى باريس الشهر المقبل.
""", entity_rule("visit", "Germany", "France", "التقى"), {
        "visit": ("agrees", "الرياض – التقى ولي العهد السعودي الأمير محمد بن سلمان المستشار الألماني أولاف شولتس في "
                            "ألمانيا يوم الثلاثاء، قبل زيارة مرتقبة إلى باريس الشهر المقبل."),
    }),
    # a short name that is as often part of a person's name: "tại Đức" is Germany, "Trần Đức Thắng" not
    "vi-exonym": ("vi", DECEMBER, """Hà Nội – Thủ tướng Phạm Minh Chính hôm thứ Ba đã hội đàm tại Đức với Thủ tướng Olaf Scholz. Phó Thủ tướng Trần Đức Thắng sẽ thăm Pháp vào tháng Một.
""", entity_rule("talks", "Germany", "France", "hội đàm")
        + entity_rule("visit", "France", "Germany", "thăm"), {
        "talks": ("agrees", "Hà Nội – Thủ tướng Phạm Minh Chính hôm thứ Ba đã hội đàm tại Đức với Thủ tướng Olaf Scholz."),
        "visit": ("agrees", "Phó Thủ tướng Trần Đức Thắng sẽ thăm Pháp vào tháng Một."),
    }),
    # and a city CLDR names a time zone after, as it names it in the source's language; in a
    # script without capitals a short name too
    "pl-city": ("pl", DECEMBER, """Warszawa – Minister spraw zagranicznych Radosław Sikorski spotkał się we wtorek w Wiedniu z szefem dyplomacji Turcji Hakanem Fidanem. W czwartek weźmie udział w posiedzeniu Rady UE w Brukseli.
""", entity_rule("venue", "Vienna", "Geneva", "spotkał"), {
        "venue": ("agrees", "Warszawa – Minister spraw zagranicznych Radosław Sikorski spotkał się we wtorek w Wiedniu "
                            "z szefem dyplomacji Turcji Hakanem Fidanem."),
    }),
    "ja-city": ("ja", DECEMBER, """【ウィーン共同】上川陽子外相は17日、ウィーンでロシアのラブロフ外相と会談した。上川氏はその後ジュネーブに向かう。
""", entity_rule("talks", "Vienna", "Geneva", "会談"), {
        "talks": ("agrees", "上川陽子外相は17日、ウィーンでロシアのラブロフ外相と会談した。"),
    }),
    "zh-exonym": ("zh", DECEMBER, """新华社北京12月17日电 国务院总理李强17日在德国柏林同德国总理朔尔茨举行会谈。双方签署了12项合作文件。李强随后将前往法国。
""", entity_rule("talks", "Germany", "France", "会谈"), {
        "talks": ("agrees", "国务院总理李强17日在德国柏林同德国总理朔尔茨举行会谈。"),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_names_and_phrasings_in_real_news(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
