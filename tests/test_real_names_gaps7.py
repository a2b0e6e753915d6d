"""End to end: names and claims of real news that the readers of names and phrases misread:
a belief denied before a claim written as a headline writes it, without its article or
about a name ("Nobody believes election was fair", "Nobody believes Putin accepted the
invitation"); "could not" in Turkish, written inside the verb ("katılamadı", "kabul
edemedi"), in Russian and Ukrainian before an infinitive ("не смогла принять закон", "не
змогла ухвалити"), "failed to" and "could not" in Swahili and Persian ("lilishindwa
kupitisha", "نتوانست … تصویب کند"), and an English infinitive, which states no deed
("expected the House to pass"); a question ("Did Putin accept the invitation?", "Hat Putin …
angenommen?", "kabul etti mi?", "受け入れたかは明らかでない"), a clause that supposes ("Had the House passed …"), a Swahili
passive ("Kenya ilishindwa na Uganda", was beaten by), and the subject's own denial between the words of a claim
("Putin denied that he had accepted …", but "said that he had attended …"); where the
verb comes last, a name before the rule's verb negated ("Lavrov … Fidan ile görüşmedi",
"기시다 총리는 … 만나지 않았다", "با پوتین دیدار نکرد", "ゼレンスキー大統領とは会談しなかった") or
before a negation of its own ("Zelenski ile değil"), the object of a negated verb past a
weekday ("nie spotkał się we wtorek z … Dudą"), and a country a rule names as the time zone
database does ("Turkey", "Czech Republic", "East Timor") under CLDR's name in the source's
language ("in Tschechien", "en Turquía", "в Турции"). Each rule's verdict and the sentence
its first evidence quotes."""

from __future__ import annotations

import pytest
from real_news import entity_rule, number_rule, phrase_rule, read_case, stated


DECEMBER = "2024-12-18"  # a Wednesday


CASES = {
    # a belief denied, before a claim without its article or about a name, reports no claim
    "en-headline-belief": ("en", DECEMBER, """Tbilisi – Nobody believes election was fair, opposition leader Nika Gvaramia said on Sunday, a day after the vote. Nobody believes Georgian Dream won 54% of the vote either, he added. The central election commission said turnout was 59%.
""", phrase_rule("fair", "The election was fair")
        + phrase_rule("gd", "Georgian Dream won 54% of the vote")
        + number_rule("turnout", "59", "turnout"), {
        "fair": ("silent", None),
        "gd": ("silent", None),
        "turnout": ("agrees", "The central election commission said turnout was 59%."),
    }),
    # "could not": Turkish writes it inside the verb, a vowel before the negating syllable
    "tr-unable": ("tr", DECEMBER, """Ankara – Cumhurbaşkanı Recep Tayyip Erdoğan, Kazan'daki BRICS zirvesine katılamadı; Türkiye'yi Dışişleri Bakanı Hakan Fidan temsil etti. TBMM Genel Kurulu ise çarşamba günü bütçe kanununu kabul edemedi, 12 maddeyi onayladı.
""", phrase_rule("summit", "Erdoğan zirvesine katıldı")
        + phrase_rule("budget", "Genel Kurulu bütçe kanununu kabul etti")
        + phrase_rule("fidan", "Hakan Fidan temsil etti"), {
        "summit": ("contradicts", "Ankara – Cumhurbaşkanı Recep Tayyip Erdoğan, Kazan'daki BRICS zirvesine katılamadı; "
                                  "Türkiye'yi Dışişleri Bakanı Hakan Fidan temsil etti."),
        "budget": ("contradicts", "TBMM Genel Kurulu ise çarşamba günü bütçe kanununu kabul edemedi, 12 maddeyi "
                                  "onayladı."),
        "fidan": ("agrees", "Ankara – Cumhurbaşkanı Recep Tayyip Erdoğan, Kazan'daki BRICS zirvesine katılamadı; "
                            "Türkiye'yi Dışişleri Bakanı Hakan Fidan temsil etti."),
    }),
    # Russian and Ukrainian before an infinitive, which alone states no deed
    "ru-unable": ("ru", DECEMBER, """Москва – Государственная дума в среду не смогла принять закон о бюджете на 2025 год из-за отсутствия кворума, сообщил спикер Вячеслав Володин. Госдума намерена принять поправки к Налоговому кодексу в пятницу. Депутаты одобрили 12 поправок.
""", phrase_rule("budget", "Дума приняла закон о бюджете")
        + phrase_rule("tax", "Госдума приняла поправки к Налоговому кодексу")
        + phrase_rule("mps", "Депутаты одобрили поправки"), {
        "budget": ("contradicts", "Москва – Государственная дума в среду не смогла принять закон о бюджете на 2025 год "
                                  "из-за отсутствия кворума, сообщил спикер Вячеслав Володин."),
        "tax": ("silent", None),
        "mps": ("agrees", "Депутаты одобрили 12 поправок."),
    }),
    "uk-unable": ("uk", DECEMBER, """Київ – Верховна Рада у вівторок не змогла ухвалити бюджет на 2025 рік, повідомив народний депутат Ярослав Железняк. За документ проголосували лише 198 депутатів.
""", phrase_rule("budget", "Верховна Рада ухвалила бюджет"), {
        "budget": ("contradicts", "Київ – Верховна Рада у вівторок не змогла ухвалити бюджет на 2025 рік, повідомив "
                                  "народний депутат Ярослав Железняк."),
    }),
    # where the verb comes last, a name before the rule's verb negated, its subject or its
    # object, is no one who did it
    "tr-subject": ("tr", DECEMBER, """Ankara – Dışişleri Bakanı Hakan Fidan salı günü Ankara'da Ukraynalı mevkidaşı Andriy Sibiha ile görüştü. Rusya Dışişleri Bakanı Sergey Lavrov ise Türkiye'ye gelmedi ve Fidan ile görüşmedi. Putin, Zelenski ile değil, Erdoğan ile görüştü.
""", entity_rule("met", "Sibiha", "Lavrov", "görüştü")
        + entity_rule("putin", "Erdoğan", "Zelenski", "görüştü"), {
        "met": ("agrees", "Ankara – Dışişleri Bakanı Hakan Fidan salı günü Ankara'da Ukraynalı mevkidaşı Andriy Sibiha "
                          "ile görüştü."),
        "putin": ("agrees", "Putin, Zelenski ile değil, Erdoğan ile görüştü."),
    }),
    "ko-subject": ("ko", DECEMBER, """서울 – 기시다 후미오 일본 총리는 화요일 서울에 오지 않았고 윤석열 대통령을 만나지 않았다. 조태열 외교부 장관은 수요일 블링컨 미국 국무장관을 만났다고 외교부가 밝혔다.
""", entity_rule("met", "블링컨", "기시다", "만났다"), {
        "met": ("agrees", "조태열 외교부 장관은 수요일 블링컨 미국 국무장관을 만났다고 외교부가 밝혔다."),
    }),
    "ja-object": ("ja", DECEMBER, """【東京共同】石破茂首相は17日、ウクライナのゼレンスキー大統領とは会談しなかった。石破氏は18日、ホワイトハウスでバイデン米大統領と会談した。
""", entity_rule("met", "バイデン", "ゼレンスキー", "会談"), {
        "met": ("agrees", "石破氏は18日、ホワイトハウスでバイデン米大統領と会談した。"),
    }),
    "fa-object": ("fa", DECEMBER, """تهران – مسعود پزشکیان، رئیس‌جمهور ایران، روز سه‌شنبه با ولادیمیر پوتین دیدار نکرد. پزشکیان روز چهارشنبه با رجب طیب اردوغان در آنکارا دیدار کرد و ۱۲ سند همکاری امضا شد.
""", entity_rule("met", "اردوغان", "پوتین", "دیدار"), {
        "met": ("agrees", "پزشکیان روز چهارشنبه با رجب طیب اردوغان در آنکارا دیدار کرد و ۱۲ سند همکاری امضا شد."),
    }),
    # the object of a negated verb past the name of a weekday
    "pl-weekday": ("pl", DECEMBER, """Warszawa – Premier Donald Tusk nie spotkał się we wtorek z prezydentem Andrzejem Dudą, poinformowało Centrum Informacyjne Rządu. W środę Tusk spotkał się w Berlinie z kanclerzem Olafem Scholzem.
""", entity_rule("met", "Scholz", "Duda", "spotkał"), {
        "met": ("agrees", "W środę Tusk spotkał się w Berlinie z kanclerzem Olafem Scholzem."),
    }),
    # a country a rule names as the time zone database does, where CLDR's English name is
    # another ("Turkey", "Czech Republic", "East Timor"), is found under CLDR's name in the
    # source's language
    "de-exonym-common": ("de", DECEMBER, """Prag – Bundeskanzler Olaf Scholz hat am Dienstag in Tschechien mit Ministerpräsident Petr Fiala über die Energiepreise gesprochen. Am Donnerstag reist er zum EU-Gipfel nach Brüssel.
""", entity_rule("visit", "Czech Republic", "Slovakia", "gesprochen"), {
        "visit": ("agrees", "Prag – Bundeskanzler Olaf Scholz hat am Dienstag in Tschechien mit Ministerpräsident Petr "
                            "Fiala über die Energiepreise gesprochen."),
    }),
    "es-exonym-common": ("es", DECEMBER, """Madrid – El ministro de Asuntos Exteriores, José Manuel Albares, mantuvo el martes conversaciones en Turquía con su homólogo Hakan Fidan sobre Siria. El jueves viajará a Bruselas para el Consejo Europeo.
""", entity_rule("talks", "Turkey", "Greece", "conversaciones"), {
        "talks": ("agrees", "Madrid – El ministro de Asuntos Exteriores, José Manuel Albares, mantuvo el martes "
                            "conversaciones en Turquía con su homólogo Hakan Fidan sobre Siria."),
    }),
    "ru-exonym-common": ("ru", DECEMBER, """Москва – Министр иностранных дел России Сергей Лавров во вторник провёл переговоры в Турции с Хаканом Фиданом. В четверг он посетит Женеву.
""", entity_rule("talks", "Turkey", "Greece", "переговоры"), {
        "talks": ("agrees", "Москва – Министр иностранных дел России Сергей Лавров во вторник провёл переговоры в Турции с "
                            "Хаканом Фиданом."),
    }),
    "en-exonym-common": ("en", DECEMBER, """Prague – German Chancellor Olaf Scholz held talks in Czechia on Tuesday with Prime Minister Petr Fiala, before flying to Brussels for an EU summit.
""", entity_rule("talks", "Czech Republic", "Slovakia", "talks"), {
        "talks": ("agrees", "Prague – German Chancellor Olaf Scholz held talks in Czechia on Tuesday with Prime Minister "
                            "Petr Fiala, before flying to Brussels for an EU summit."),
    }),
    "pt-exonym-common": ("pt", DECEMBER, """Lisboa – O Presidente da República, Marcelo Rebelo de Sousa, esteve na terça-feira em Timor-Leste, onde se reuniu com José Ramos-Horta, antes de seguir para Macau.
""", entity_rule("visit", "East Timor", "Indonesia", "esteve"), {
        "visit": ("agrees", "Lisboa – O Presidente da República, Marcelo Rebelo de Sousa, esteve na terça-feira em "
                            "Timor-Leste, onde se reuniu com José Ramos-Horta, antes de seguir para Macau."),
    }),
    # "failed to", "could not" before an infinitive deny the deed; an infinitive alone states none
    "sw-failed": ("sw", DECEMBER, """Nairobi – Bunge la Kitaifa lilishindwa kupitisha bajeti ya ziada Jumanne baada ya wabunge 12 kususia kikao, Spika Moses Wetang'ula alisema. Seneti ilipitisha mswada wa fedha Jumatano.
""", phrase_rule("budget", "Bunge la Kitaifa lilipitisha bajeti ya ziada")
        + phrase_rule("senate", "Seneti ilipitisha mswada wa fedha"), {
        "budget": ("contradicts", "Nairobi – Bunge la Kitaifa lilishindwa kupitisha bajeti ya ziada Jumanne baada ya "
                                  "wabunge 12 kususia kikao, Spika Moses Wetang'ula alisema."),
        "senate": ("agrees", "Seneti ilipitisha mswada wa fedha Jumatano."),
    }),
    "fa-could-not": ("fa", DECEMBER, """تهران – مجلس شورای اسلامی روز سه‌شنبه نتوانست لایحه بودجه ۱۴۰۴ را تصویب کند، به گزارش خبرگزاری ایرنا. نمایندگان طرح مالیاتی را با ۱۲۰ رأی تصویب کردند.
""", phrase_rule("budget", "مجلس لایحه بودجه را تصویب کرد")
        + phrase_rule("tax", "نمایندگان طرح مالیاتی را تصویب کردند"), {
        "budget": ("contradicts", "تهران – مجلس شورای اسلامی روز سه‌شنبه نتوانست لایحه بودجه ۱۴۰۴ را تصویب کند، به "
                                  "گزارش خبرگزاری ایرنا."),
        "tax": ("agrees", "نمایندگان طرح مالیاتی را با ۱۲۰ رأی تصویب کردند."),
    }),
    "en-infinitive": ("en", DECEMBER, """Washington – Few analysts expected the House to pass the stopgap spending bill before the weekend, Speaker Mike Johnson said on Tuesday. The Senate passed the defence bill by 85 votes to 14.
""", phrase_rule("house", "The House passed the stopgap spending bill")
        + phrase_rule("senate", "The Senate passed the defence bill"), {
        "house": ("silent", None),
        "senate": ("agrees", "The Senate passed the defence bill by 85 votes to 14."),
    }),
    # a question states nothing; a claim of the subject's own denial is denied
    "en-question": ("en", DECEMBER, """Moscow – Did Vladimir Putin accept the invitation to the G20 summit in Rio de Janeiro? Kremlin spokesman Dmitry Peskov declined to say on Tuesday. Putin accepted an invitation to the BRICS summit in Kazan, Peskov said.
""", phrase_rule("g20", "Putin accepted the invitation to the G20 summit")
        + phrase_rule("brics", "Putin accepted an invitation to the BRICS summit"), {
        "g20": ("silent", None),
        "brics": ("agrees", "Putin accepted an invitation to the BRICS summit in Kazan, Peskov said."),
    }),
    "de-question": ("de", DECEMBER, """Moskau – Hat Wladimir Putin die Einladung zum G20-Gipfel in Rio angenommen? Kremlsprecher Dmitri Peskow wollte das am Dienstag nicht sagen.
""", phrase_rule("g20", "Putin hat die Einladung zum G20-Gipfel angenommen"), {
        "g20": ("silent", None),
    }),
    "tr-question": ("tr", DECEMBER, """Ankara – Cumhurbaşkanı Erdoğan, Trump'ın davetini kabul etti mi? Cumhurbaşkanlığı İletişim Başkanlığı salı günü açıklama yapmadı.
""", phrase_rule("invite", "Erdoğan Trump'ın davetini kabul etti"), {
        "invite": ("silent", None),
    }),
    "en-own-denial": ("en", DECEMBER, """Moscow – Vladimir Putin denied that he had accepted the invitation to the G20 summit, the Kremlin said on Tuesday. Foreign Minister Sergei Lavrov said that he had attended the G20 summit instead.
""", phrase_rule("g20", "Putin accepted the invitation to the G20 summit")
        + phrase_rule("lavrov", "Lavrov attended the G20 summit"), {
        "g20": ("contradicts", "Moscow – Vladimir Putin denied that he had accepted the invitation to the G20 summit, "
                               "the Kremlin said on Tuesday."),
        "lavrov": ("agrees", "Foreign Minister Sergei Lavrov said that he had attended the G20 summit instead."),
    }),
    # a clause that supposes what did not happen states nothing
    "en-supposed": ("en", DECEMBER, """Washington – Had the House passed the stopgap spending bill on Tuesday, a shutdown would have been averted, Speaker Mike Johnson said. The House had passed a defence bill a week earlier by 281 votes to 140.
""", phrase_rule("stopgap", "The House passed the stopgap spending bill")
        + phrase_rule("defence", "The House passed a defence bill"), {
        "stopgap": ("silent", None),
        "defence": ("agrees", "The House had passed a defence bill a week earlier by 281 votes to 140."),
    }),
    # a Bantu verb's passive turns who did what around
    "sw-passive": ("sw", DECEMBER, """Nairobi – Timu ya taifa ya Kenya, Harambee Stars, ilishindwa na Uganda mabao 2-1 katika mechi ya kufuzu Jumanne. Tanzania ilishinda Ethiopia bao 1-0 jijini Dar es Salaam.
""", phrase_rule("kenya", "Kenya ilishinda Uganda")
        + phrase_rule("tanzania", "Tanzania ilishinda Ethiopia"), {
        "kenya": ("silent", None),
        "tanzania": ("agrees", "Tanzania ilishinda Ethiopia bao 1-0 jijini Dar es Salaam."),
    }),
    # Japanese asks with か before は as with かどうか
    "ja-asked": ("ja", DECEMBER, """【東京共同】石破茂首相がトランプ次期米大統領の招待を受け入れたかは明らかでない。林芳正官房長官は17日の記者会見で、首相が12月にバイデン大統領と会談したと説明した。
""", phrase_rule("invite", "石破茂首相がトランプ次期米大統領の招待を受け入れた"), {
        "invite": ("silent", None),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_names_and_phrasings_in_real_news(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
