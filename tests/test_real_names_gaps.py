"""End to end: names, anchors and phrasings as real news writes them in many languages and
scripts: a name romanised by the press of another language (German "Selenskyj", "Charkiw",
French "Erevan", "Pachinian", Danish "Kyjiv", Slovak "Charkov"), Uzbek's oʻ however typed,
foreign names in katakana, hangul and Devanagari (ज़ेलेंस्की, गांधी), an anchor with a Malayalam case ending, statements
in the passive voice (Catalan "va ser aprovada pel Parlament"), a refusal before an
infinitive, a Persian denial after its clause, a Chinese quotation with its attribution
after it. Each rule's verdict and the sentence its first evidence quotes."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, read_case, stated


SEPTEMBER = "2023-09-14"  # a Thursday: "yesterday" and "on Wednesday" are 13 September
MARCH = "2024-03-13"  # a Wednesday: "yesterday" and "on Tuesday" are 12 March


CASES = {
    "de": ("de", MARCH, """Charkiw – Der ukrainische Präsident Wolodymyr Selenskyj hat am Dienstag die Frontstadt Charkiw besucht.

Bei russischen Angriffen auf die Stadt wurden in der Nacht mehr als 20 Menschen verletzt. Die Hilfe wurde von der Regierung in Kiew zugesagt.
""", entity_rule("president", "Zelensky", "Poroshenko", "Präsident")
        + entity_rule("city", "Kharkiv", "Odesa", "besucht")
        + date_rule("visit", "2024-03-12", "besucht")
        + number_rule("injured", ">= 20", "verletzt")
        + phrase_rule("aid", "Regierung hat die Hilfe zugesagt"), {
        "president": ("agrees", "Charkiw – Der ukrainische Präsident Wolodymyr Selenskyj hat am Dienstag die Frontstadt Charkiw besucht."),
        "city": ("agrees", "Charkiw – Der ukrainische Präsident Wolodymyr Selenskyj hat am Dienstag die Frontstadt Charkiw besucht."),
        "visit": ("agrees", "Charkiw – Der ukrainische Präsident Wolodymyr Selenskyj hat am Dienstag die Frontstadt Charkiw besucht."),
        "injured": ("agrees", "Bei russischen Angriffen auf die Stadt wurden in der Nacht mehr als 20 Menschen verletzt."),
        "aid": ("agrees", "Die Hilfe wurde von der Regierung in Kiew zugesagt."),
    }),
    "fr": ("fr", SEPTEMBER, """Erevan – Des milliers de manifestants se sont rassemblés mercredi à Erevan pour réclamer la démission du Premier ministre Nikol Pachinian.

Selon la police, plus de 10 000 personnes ont participé au rassemblement. La motion de censure a été rejetée par le Parlement, a indiqué un porte-parole.
""", entity_rule("capital", "Yerevan", "Baku", "rassemblés")
        + entity_rule("premier", "Pashinyan", "Aliyev", "ministre")
        + date_rule("rally", "2023-09-13", "rassemblés")
        + number_rule("protesters", ">= 10000", "personnes")
        + phrase_rule("motion", "le Parlement a adopté la motion de censure"), {
        "capital": ("agrees", "Erevan – Des milliers de manifestants se sont rassemblés mercredi à Erevan pour réclamer "
                              "la démission du Premier ministre Nikol Pachinian."),
        "premier": ("agrees", "Erevan – Des milliers de manifestants se sont rassemblés mercredi à Erevan pour réclamer "
                              "la démission du Premier ministre Nikol Pachinian."),
        "rally": ("agrees", "Erevan – Des milliers de manifestants se sont rassemblés mercredi à Erevan pour réclamer "
                            "la démission du Premier ministre Nikol Pachinian."),
        "protesters": ("agrees", "Selon la police, plus de 10 000 personnes ont participé au rassemblement."),
        "motion": ("silent", None),
    }),
    "en": ("en", MARCH, """Budget passes after all-night session

The 2024 budget was approved by parliament on Tuesday after a 14-hour debate, with 81 votes in favour.

An invitation to address the chamber was not accepted by President Zelenskyy, his office said.
""", phrase_rule("budget", "parliament approved the budget")
        + phrase_rule("invitation", "Zelensky accepted the invitation")
        + date_rule("budget-date", "2024-03-12", "budget"), {
        "budget": ("agrees", "The 2024 budget was approved by parliament on Tuesday after a 14-hour debate, "
                             "with 81 votes in favour."),
        "invitation": ("contradicts", "An invitation to address the chamber was not accepted by President Zelenskyy, "
                                      "his office said."),
        "budget-date": ("agrees", "The 2024 budget was approved by parliament on Tuesday after a 14-hour debate, "
                                  "with 81 votes in favour."),
    }),
    "es": ("es", MARCH, """Madrid – La ley de amnistía fue aprobada ayer por el Congreso con 178 votos a favor.

El texto fue rechazado por el Partido Popular, que anunció que recurrirá al Tribunal Constitucional.
""", phrase_rule("law", "el Congreso aprobó la ley")
        + phrase_rule("pp", "el Partido Popular apoyó el texto")
        + date_rule("vote", "2024-03-12", "aprobada")
        + number_rule("yes-votes", "178", "votos"), {
        "law": ("agrees", "Madrid – La ley de amnistía fue aprobada ayer por el Congreso con 178 votos a favor."),
        "pp": ("silent", None),
        "vote": ("agrees", "Madrid – La ley de amnistía fue aprobada ayer por el Congreso con 178 votos a favor."),
        "yes-votes": ("agrees", "Madrid – La ley de amnistía fue aprobada ayer por el Congreso con 178 votos a favor."),
    }),
    "uz": ("uz", MARCH, """Toshkent – O‘zbekiston Markaziy saylov komissiyasi seshanba kuni saylov natijalarini e’lon qildi.

O'zbekistonda saylovda 15 milliondan ortiq fuqaro ishtirok etdi.
""", "- {id: country, check: entity, expect: Ўзбекистон, alternatives: [Қозоғистон]}\n"
        + date_rule("results", "2024-03-12", "natijalarini"), {
        "country": ("agrees", "Toshkent – O‘zbekiston Markaziy saylov komissiyasi seshanba kuni saylov natijalarini "
                              "e’lon qildi."),
        "results": ("agrees", "Toshkent – O‘zbekiston Markaziy saylov komissiyasi seshanba kuni saylov natijalarini "
                              "e’lon qildi."),
    }),
    "ja": ("ja", MARCH, """【モスクワ共同】ロシアのプーチン大統領は12日、ドイツのメルケル前首相と電話で会談した。

両氏は約1時間にわたり意見を交わした。
""", entity_rule("leader", "Putin", "Medvedev")
        + entity_rule("former", "Merkel", "Scholz")
        + date_rule("call", "2024-03-12", "会談"), {
        "leader": ("agrees", "ロシアのプーチン大統領は12日、ドイツのメルケル前首相と電話で会談した。"),
        "former": ("agrees", "ロシアのプーチン大統領は12日、ドイツのメルケル前首相と電話で会談した。"),
        "call": ("agrees", "ロシアのプーチン大統領は12日、ドイツのメルケル前首相と電話で会談した。"),
    }),
    "ko": ("ko", MARCH, """젤렌스키 우크라이나 대통령은 12일 파리에서 마크롱 프랑스 대통령과 정상회담을 했다.

두 정상은 약 2시간 동안 회담했다.
""", entity_rule("guest", "Zelensky", "Poroshenko")
        + entity_rule("host", "Macron", "Scholz")
        + date_rule("summit", "2024-03-12", "정상회담"), {
        "guest": ("agrees", "젤렌스키 우크라이나 대통령은 12일 파리에서 마크롱 프랑스 대통령과 정상회담을 했다."),
        "host": ("agrees", "젤렌스키 우크라이나 대통령은 12일 파리에서 마크롱 프랑스 대통령과 정상회담을 했다."),
        "summit": ("agrees", "젤렌스키 우크라이나 대통령은 12일 파리에서 마크롱 프랑스 대통령과 정상회담을 했다."),
    }),
    "hr": ("hr", MARCH, """Zagreb – Hrvatski sabor je u utorak odbio usvojiti zakon o porezu na nekretnine.

Za prijedlog je glasovalo samo 58 zastupnika. Vlada je odbila potvrditi sporazum s Mađarskom.
""", phrase_rule("law", "Sabor je usvojio zakon")
        + phrase_rule("deal", "Vlada je potvrdila sporazum")
        + date_rule("vote", "2024-03-12", "sabor")
        + number_rule("mps", "58", "zastupnika"), {
        "law": ("contradicts", "Zagreb – Hrvatski sabor je u utorak odbio usvojiti zakon o porezu na nekretnine."),
        "deal": ("contradicts", "Vlada je odbila potvrditi sporazum s Mađarskom."),
        "vote": ("agrees", "Zagreb – Hrvatski sabor je u utorak odbio usvojiti zakon o porezu na nekretnine."),
        "mps": ("agrees", "Za prijedlog je glasovalo samo 58 zastupnika."),
    }),
    "fa": ("fa", MARCH, """تهران – وزارت امور خارجه ایران روز سه‌شنبه گزارش‌ها مبنی بر اینکه تهران با توافق هسته‌ای جدید موافقت کرده است را رد کرد.

سخنگوی وزارت خارجه گفت که مذاکرات ادامه دارد.
""", phrase_rule("deal", "تهران با توافق هسته‌ای جدید موافقت کرد")
        + phrase_rule("talks", "مذاکرات ادامه دارد"), {
        "deal": ("contradicts", "تهران – وزارت امور خارجه ایران روز سه‌شنبه گزارش‌ها مبنی بر اینکه تهران با توافق "
                                "هسته‌ای جدید موافقت کرده است را رد کرد."),
        "talks": ("agrees", "سخنگوی وزارت خارجه گفت که مذاکرات ادامه دارد."),
    }),
    "zh": ("zh", MARCH, """“中方坚决反对美方的单边制裁。”，外交部发言人毛宁12日在例行记者会上说。

她表示，中方将采取必要措施。
""", phrase_rule("opposed", "中方坚决反对美方的单边制裁")
        + date_rule("briefing", "2024-03-12", "记者会"), {
        "opposed": ("agrees", "“中方坚决反对美方的单边制裁。”，外交部发言人毛宁12日在例行记者会上说。"),
        "briefing": ("agrees", "“中方坚决反对美方的单边制裁。”，外交部发言人毛宁12日在例行记者会上说。"),
    }),
    "ca": ("ca", MARCH, """Barcelona – La llei d'amnistia va ser aprovada ahir pel Parlament amb 72 vots a favor.

El president Volodímir Zelenski va visitar dimarts la ciutat de Khàrkiv.
""", phrase_rule("law", "el Parlament va aprovar la llei d'amnistia")
        + entity_rule("president", "Zelensky", "Poroshenko", "president")
        + entity_rule("city", "Kharkiv", "Odesa", "ciutat")
        + number_rule("votes", "72", "vots"), {
        "law": ("agrees", "Barcelona – La llei d'amnistia va ser aprovada ahir pel Parlament amb 72 vots a favor."),
        "president": ("agrees", "El president Volodímir Zelenski va visitar dimarts la ciutat de Khàrkiv."),
        "city": ("agrees", "El president Volodímir Zelenski va visitar dimarts la ciutat de Khàrkiv."),
        "votes": ("agrees", "Barcelona – La llei d'amnistia va ser aprovada ahir pel Parlament amb 72 vots a favor."),
    }),
    "da": ("da", MARCH, """Kyjiv – Ukraines præsident Volodymyr Zelenskyj besøgte tirsdag frontbyen Kharkiv.

Mere end 20 personer blev såret ved et russisk angreb på byen natten til tirsdag.
""", entity_rule("president", "Zelensky", "Poroshenko", "præsident")
        + entity_rule("capital", "Kyiv", "Lviv")
        + date_rule("visit", "2024-03-12", "besøgte")
        + number_rule("injured", ">= 20", "såret"), {
        "president": ("agrees", "Kyjiv – Ukraines præsident Volodymyr Zelenskyj besøgte tirsdag frontbyen Kharkiv."),
        "capital": ("agrees", "Kyjiv – Ukraines præsident Volodymyr Zelenskyj besøgte tirsdag frontbyen Kharkiv."),
        "visit": ("agrees", "Kyjiv – Ukraines præsident Volodymyr Zelenskyj besøgte tirsdag frontbyen Kharkiv."),
        "injured": ("agrees", "Mere end 20 personer blev såret ved et russisk angreb på byen natten til tirsdag."),
    }),
    "sk": ("sk", MARCH, """Kyjev – Ukrajinský prezident Volodymyr Zelenskyj v utorok navštívil Charkov.

Pri ruskom útoku na mesto bolo zranených viac ako 20 ľudí. Vláda pomoc neschválila.
""", entity_rule("president", "Zelensky", "Poroshenko", "prezident")
        + entity_rule("city", "Kharkiv", "Odesa", "navštívil")
        + date_rule("visit", "2024-03-12", "navštívil")
        + phrase_rule("aid", "Vláda pomoc schválila"), {
        "president": ("agrees", "Kyjev – Ukrajinský prezident Volodymyr Zelenskyj v utorok navštívil Charkov."),
        "city": ("agrees", "Kyjev – Ukrajinský prezident Volodymyr Zelenskyj v utorok navštívil Charkov."),
        "visit": ("agrees", "Kyjev – Ukrajinský prezident Volodymyr Zelenskyj v utorok navštívil Charkov."),
        "aid": ("contradicts", "Vláda pomoc neschválila."),
    }),
    "ml": ("ml", MARCH, """ഇന്നലെ ഉണ്ടായ ഭൂകമ്പത്തിൽ 20 പേർ മരിച്ചു.

പ്രധാനമന്ത്രി നരേന്ദ്ര മോദി ദുരിതബാധിത പ്രദേശങ്ങൾ സന്ദർശിച്ചു.
""", number_rule("deaths", "20", "ഭൂകമ്പം")
        + entity_rule("pm", "Modi", "Rahul Gandhi", "പ്രധാനമന്ത്രി"), {
        "deaths": ("agrees", "ഇന്നലെ ഉണ്ടായ ഭൂകമ്പത്തിൽ 20 പേർ മരിച്ചു."),
        "pm": ("agrees", "പ്രധാനമന്ത്രി നരേന്ദ്ര മോദി ദുരിതബാധിത പ്രദേശങ്ങൾ സന്ദർശിച്ചു."),
    }),
    "hi": ("hi", MARCH, """नई दिल्ली – यूक्रेन के राष्ट्रपति वोलोदिमिर ज़ेलेंस्की ने मंगलवार को प्रधानमंत्री नरेंद्र मोदी से फ़ोन पर बात की।

कांग्रेस नेता राहुल गांधी ने इस बातचीत का स्वागत किया।
""", entity_rule("president", "Zelensky", "Poroshenko", "राष्ट्रपति")
        + entity_rule("leader", "Rahul Gandhi", "Kharge", "नेता")
        + date_rule("call", "2024-03-12", "बात"), {
        "president": ("agrees", "नई दिल्ली – यूक्रेन के राष्ट्रपति वोलोदिमिर ज़ेलेंस्की ने मंगलवार को प्रधानमंत्री नरेंद्र मोदी से फ़ोन पर बात की।"),
        "leader": ("agrees", "कांग्रेस नेता राहुल गांधी ने इस बातचीत का स्वागत किया।"),
        "call": ("agrees", "नई दिल्ली – यूक्रेन के राष्ट्रपति वोलोदिमिर ज़ेलेंस्की ने मंगलवार को प्रधानमंत्री नरेंद्र मोदी से फ़ोन पर बात की।"),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_names_and_phrasings_in_real_news(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
