"""End to end: names and phrasings of real news that the readers of names and phrases
missed or misread: a phrasing's short content word ("cut", "tax", "суд"), German and
Dutch strong and separable verbs at the clause's end ("hat … angenommen", "heeft …
goedgekeurd"), a Slavic verb of refusing before a verbal noun ("odmówił przyjęcia",
"отказался от подписания"), Czech "odmítl podepsat", a place name with a Slavic case
ending ("pod Charkowem", "под Харьковом", "під Харковом", "u Charkova"), Belarusian
"Зяленскі", "Пуцін", Albanian "e Ramës", a Basque case ending ("Zelenskirekin"), a
Persian compound with a zero-width non-joiner ("آتش‌بس" is no "آتش"), a Somali past denied
in -in; and Turkish, Tagalog and Mongolian news. Each rule's verdict and the sentence its
first evidence quotes."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, read_case, stated


MARCH = "2024-03-13"  # a Wednesday: "yesterday" and "on Tuesday" are 12 March


CASES = {
    "en": ("en", MARCH, """Central bank holds firm as inflation eases

The central bank raised interest rates on Tuesday for the third time this year, lifting its key rate to 5.25%.

The government cut taxes on fuel by 10 cents a litre, Finance Minister Sarah Kelly said. Unions did not call off the strike.
""", phrase_rule("rates", "the central bank cut interest rates")
        + phrase_rule("fuel", "the government cut taxes on fuel")
        + phrase_rule("strike", "unions called off the strike")
        + date_rule("hike", "2024-03-12", "raised"), {
        "rates": ("silent", None),
        "fuel": ("agrees", "The government cut taxes on fuel by 10 cents a litre, Finance Minister Sarah Kelly said."),
        "strike": ("contradicts", "Unions did not call off the strike."),
        "hike": ("agrees", "The central bank raised interest rates on Tuesday for the third time this year, "
                           "lifting its key rate to 5.25%."),
    }),
    "de": ("de", MARCH, """Berlin – Der Bundestag hat am Dienstag das umstrittene Heizungsgesetz mit 399 Stimmen angenommen.

Die Union hat einen eigenen Entwurf vorgeschlagen, der jedoch keine Mehrheit fand. Der Bundesrat hat das Gesetz noch nicht gebilligt.
""", phrase_rule("law", "Der Bundestag nahm das Heizungsgesetz an")
        + phrase_rule("draft", "Die Union schlug einen eigenen Entwurf vor")
        + phrase_rule("council", "Der Bundesrat billigte das Gesetz")
        + number_rule("votes", "399", "Stimmen")
        + date_rule("vote", "2024-03-12", "angenommen"), {
        "law": ("agrees", "Berlin – Der Bundestag hat am Dienstag das umstrittene Heizungsgesetz mit 399 Stimmen "
                          "angenommen."),
        "draft": ("agrees", "Die Union hat einen eigenen Entwurf vorgeschlagen, der jedoch keine Mehrheit fand."),
        "council": ("contradicts", "Der Bundesrat hat das Gesetz noch nicht gebilligt."),
        "votes": ("agrees", "Berlin – Der Bundestag hat am Dienstag das umstrittene Heizungsgesetz mit 399 Stimmen "
                            "angenommen."),
        "vote": ("agrees", "Berlin – Der Bundestag hat am Dienstag das umstrittene Heizungsgesetz mit 399 Stimmen "
                           "angenommen."),
    }),
    "nl": ("nl", MARCH, """Den Haag – De Tweede Kamer heeft dinsdag het stikstofplan van het kabinet goedgekeurd.

De Eerste Kamer heeft het wetsvoorstel over de pensioenen eerder verworpen. Het kabinet heeft het voorstel van de oppositie afgekeurd.
""", phrase_rule("plan", "De Tweede Kamer keurde het stikstofplan goed")
        + phrase_rule("pensions", "De Eerste Kamer verwierp het wetsvoorstel")
        + phrase_rule("opposition", "Het kabinet keurde het voorstel van de oppositie goed")
        + date_rule("vote", "2024-03-12", "goedgekeurd"), {
        "plan": ("agrees", "Den Haag – De Tweede Kamer heeft dinsdag het stikstofplan van het kabinet goedgekeurd."),
        "pensions": ("agrees", "De Eerste Kamer heeft het wetsvoorstel over de pensioenen eerder verworpen."),
        "opposition": ("silent", None),
        "vote": ("agrees", "Den Haag – De Tweede Kamer heeft dinsdag het stikstofplan van het kabinet goedgekeurd."),
    }),
    "pl": ("pl", MARCH, """Warszawa – Prezydent Andrzej Duda odmówił we wtorek podpisania ustawy o mediach publicznych.

Sejm odmówił przyjęcia poprawek Senatu. Według ukraińskich władz w nocy pod Charkowem zginęło co najmniej 7 osób.
""", phrase_rule("veto", "Prezydent podpisał ustawę o mediach")
        + phrase_rule("amendments", "Sejm przyjął poprawki Senatu")
        + entity_rule("city", "Kharkiv", "Odesa", "zginęło")
        + number_rule("killed", ">= 7", "zginęło")
        + date_rule("refusal", "2024-03-12", "odmówił"), {
        "veto": ("contradicts", "Warszawa – Prezydent Andrzej Duda odmówił we wtorek podpisania ustawy o mediach "
                                "publicznych."),
        "amendments": ("contradicts", "Sejm odmówił przyjęcia poprawek Senatu."),
        "city": ("agrees", "Według ukraińskich władz w nocy pod Charkowem zginęło co najmniej 7 osób."),
        "killed": ("agrees", "Według ukraińskich władz w nocy pod Charkowem zginęło co najmniej 7 osób."),
        "refusal": ("agrees", "Warszawa – Prezydent Andrzej Duda odmówił we wtorek podpisania ustawy o mediach "
                              "publicznych."),
    }),
    "ru": ("ru", MARCH, """Москва – Бои под Харьковом продолжаются, сообщил во вторник Генштаб ВСУ.

Президент Грузии отказался от подписания закона об иноагентах. Суд отменил налог на роскошь.
""", entity_rule("city", "Kharkiv", "Odesa", "Бои")
        + phrase_rule("law", "Президент Грузии подписал закон")
        + phrase_rule("tax", "правительство отменило налог на роскошь"), {
        "city": ("agrees", "Москва – Бои под Харьковом продолжаются, сообщил во вторник Генштаб ВСУ."),
        "law": ("contradicts", "Президент Грузии отказался от подписания закона об иноагентах."),
        "tax": ("silent", None),
    }),
    "uk": ("uk", MARCH, """Харків – Унаслідок обстрілу під Харковом у вівторок загинули 5 людей.

Президент відмовився від підписання закону про мобілізацію.
""", entity_rule("city", "Kharkiv", "Odesa", "обстрілу")
        + number_rule("killed", "5", "загинули")
        + phrase_rule("law", "Президент підписав закон про мобілізацію"), {
        "city": ("agrees", "Харків – Унаслідок обстрілу під Харковом у вівторок загинули 5 людей."),
        "killed": ("agrees", "Харків – Унаслідок обстрілу під Харковом у вівторок загинули 5 людей."),
        "law": ("contradicts", "Президент відмовився від підписання закону про мобілізацію."),
    }),
    "cs": ("cs", MARCH, """Praha – Prezident Petr Pavel v úterý odmítl podepsat novelu zákona o střelných zbraních.

Ukrajinská armáda podle svých údajů odrazila útok u Charkova.
""", phrase_rule("gun-law", "Prezident podepsal novelu zákona")
        + entity_rule("city", "Kharkiv", "Odesa", "útok"), {
        "gun-law": ("contradicts", "Praha – Prezident Petr Pavel v úterý odmítl podepsat novelu zákona o střelných "
                                   "zbraních."),
        "city": ("agrees", "Ukrajinská armáda podle svých údajů odrazila útok u Charkova."),
    }),
    "be": ("be", MARCH, """Мінск – Прэзідэнт Украіны Уладзімір Зяленскі ў аўторак сустрэўся з кіраўніком МАГАТЭ.

Пуцін заявіў, што Расія не будзе ўдзельнічаць у саміце.
""", entity_rule("president", "Zelensky", "Poroshenko", "Прэзідэнт")
        + entity_rule("kremlin", "Putin", "Medvedev", "заявіў"), {
        "president": ("agrees", "Мінск – Прэзідэнт Украіны Уладзімір Зяленскі ў аўторак сустрэўся з кіраўніком "
                                "МАГАТЭ."),
        "kremlin": ("agrees", "Пуцін заявіў, што Расія не будзе ўдзельнічаць у саміце."),
    }),
    "sq": ("sq", MARCH, """Tiranë – Kuvendi miratoi të martën buxhetin e qeverisë së Ramës me 74 vota.

Opozita e udhëhequr nga Berisha votoi kundër.
""", entity_rule("premier", "Rama", "Berisha", "qeverisë")
        + number_rule("votes", "74", "vota")
        + date_rule("budget", "2024-03-12", "miratoi"), {
        "premier": ("agrees", "Tiranë – Kuvendi miratoi të martën buxhetin e qeverisë së Ramës me 74 vota."),
        "votes": ("agrees", "Tiranë – Kuvendi miratoi të martën buxhetin e qeverisë së Ramës me 74 vota."),
        "budget": ("agrees", "Tiranë – Kuvendi miratoi të martën buxhetin e qeverisë së Ramës me 74 vota."),
    }),
    "tr": ("tr", MARCH, """Ankara – TBMM Genel Kurulu salı günü vergi paketini 312 oyla kabul etti.

Cumhurbaşkanı Erdoğan, Zelenski ile telefonda görüştü. Ana muhalefet partisi CHP teklifi desteklemedi.
""", phrase_rule("package", "TBMM vergi paketini kabul etti")
        + phrase_rule("opposition", "CHP teklifi destekledi")
        + entity_rule("caller", "Zelensky", "Poroshenko", "görüştü")
        + number_rule("votes", "312", "oyla")
        + date_rule("vote", "2024-03-12", "kabul"), {
        "package": ("agrees", "Ankara – TBMM Genel Kurulu salı günü vergi paketini 312 oyla kabul etti."),
        "opposition": ("contradicts", "Ana muhalefet partisi CHP teklifi desteklemedi."),
        "caller": ("agrees", "Cumhurbaşkanı Erdoğan, Zelenski ile telefonda görüştü."),
        "votes": ("agrees", "Ankara – TBMM Genel Kurulu salı günü vergi paketini 312 oyla kabul etti."),
        "vote": ("agrees", "Ankara – TBMM Genel Kurulu salı günü vergi paketini 312 oyla kabul etti."),
    }),
    "tl": ("tl", MARCH, """MAYNILA – Inaprubahan ng Senado noong Martes ang panukalang batas sa dagdag na sahod.

Hindi pinirmahan ni Pangulong Marcos ang panukala. Itinanggi ng Malacañang na may banta sa seguridad.

Tinanggihan ng Kamara ang panukalang batas sa buwis.
""", phrase_rule("senate", "Inaprubahan ng Senado ang panukalang batas")
        + phrase_rule("house", "Inaprubahan ng Kamara ang panukalang batas sa buwis")
        + phrase_rule("signed", "Pinirmahan ni Pangulong Marcos ang panukala")
        + phrase_rule("threat", "may banta sa seguridad")
        + date_rule("vote", "2024-03-12", "Inaprubahan"), {
        "senate": ("agrees", "Inaprubahan ng Senado noong Martes ang panukalang batas sa dagdag na sahod."),
        "house": ("silent", None),
        "signed": ("contradicts", "Hindi pinirmahan ni Pangulong Marcos ang panukala."),
        "threat": ("contradicts", "Itinanggi ng Malacañang na may banta sa seguridad."),
        "vote": ("agrees", "Inaprubahan ng Senado noong Martes ang panukalang batas sa dagdag na sahod."),
    }),
    "mn": ("mn", MARCH, """Улаанбаатар – УИХ-аас Мягмар гарагт төсвийн тухай хуулийг баталлаа.

Ерөнхий сайд Оюун-Эрдэнэ Путинтэй утсаар ярилцсан. Засгийн газар татварыг нэмээгүй.
""", phrase_rule("budget", "УИХ төсвийн тухай хуулийг баталлаа")
        + phrase_rule("tax", "Засгийн газар татварыг нэмсэн")
        + entity_rule("caller", "Putin", "Medvedev", "ярилцсан"), {
        "budget": ("agrees", "Улаанбаатар – УИХ-аас Мягмар гарагт төсвийн тухай хуулийг баталлаа."),
        "tax": ("contradicts", "Засгийн газар татварыг нэмээгүй."),
        "caller": ("agrees", "Ерөнхий сайд Оюун-Эрдэнэ Путинтэй утсаар ярилцсан."),
    }),
    "eu": ("eu", MARCH, """Gasteiz – Eusko Legebiltzarrak asteartean onartu zuen aurrekontua.

Lehendakariak Zelenskirekin hitz egin zuen telefonoz.
""", phrase_rule("budget", "Eusko Legebiltzarrak onartu zuen aurrekontua")
        + entity_rule("caller", "Zelensky", "Poroshenko", "telefonoz"), {
        "budget": ("agrees", "Gasteiz – Eusko Legebiltzarrak asteartean onartu zuen aurrekontua."),
        "caller": ("agrees", "Lehendakariak Zelenskirekin hitz egin zuen telefonoz."),
    }),
    "fa": ("fa", MARCH, """تهران – آتش‌بس در غزه سه روز ادامه داشت.

آتش‌سوزی در بازار تبریز ۱۲ مغازه را ویران کرد.
""", number_rule("fire", "12", "آتش‌سوزی")
        + number_rule("days", "3", "آتش"), {
        "fire": ("agrees", "آتش‌سوزی در بازار تبریز ۱۲ مغازه را ویران کرد."),
        "days": ("silent", None),
    }),
    "so": ("so", MARCH, """Muqdisho – Baarlamaanka Soomaaliya ma uusan ansixin miisaaniyadda sanadka 2024 Talaadadii.

Madaxweyne Xasan Sheekh Maxamuud ayaa la kulmay Zelensky.
""", phrase_rule("budget", "Baarlamaanka Soomaaliya wuxuu ansixiyay miisaaniyadda")
        + entity_rule("president", "Hassan Sheikh Mohamud", "Farmaajo", "Madaxweyne"), {
        "budget": ("contradicts", "Muqdisho – Baarlamaanka Soomaaliya ma uusan ansixin miisaaniyadda sanadka 2024 "
                                  "Talaadadii."),
        "president": ("agrees", "Madaxweyne Xasan Sheekh Maxamuud ayaa la kulmay Zelensky."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_names_and_phrasings_in_real_news(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
