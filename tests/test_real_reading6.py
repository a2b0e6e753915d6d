"""Whole articles as the wire writes them, end to end, in languages of many scripts: a
United Nations vote reported in Persian, Slovak, Hebrew, Russian and English, whose
figures for, against and abstaining stand in one list ("۱۲۰ کشور رأی موافق و ۱۴ کشور رأی
مخالف دادند و ۴۵ کشور رأی ممتنع دادند", "14 bolo proti a 45 sa zdržalo"); the verdict of
each rule and the sentence it rests on."""

from __future__ import annotations

import datetime as dt

import pytest
from real_news import date_rule, number_rule, read_case, stated

from checker.facts.dates import find_dates
from checker.facts.numbers import find_numbers

VOTE_RULES = (number_rule("for", "120", "in favour", "موافق", "hlasovalo", "בעד", "за", "Υπέρ")
              + number_rule("against", "14", "against", "مخالف", "proti", "התנגדו", "против", "κατά"))

CASES = {
    "fa-vote": ("fa", "2023-10-28", """مجمع عمومی سازمان ملل قطعنامه آتش‌بس بشردوستانه در غزه را تصویب کرد

مجمع عمومی سازمان ملل متحد روز جمعه قطعنامه‌ای غیرالزام‌آور را تصویب کرد. به این قطعنامه که از سوی اردن ارائه شده بود، ۱۲۰ کشور رأی موافق و ۱۴ کشور رأی مخالف دادند و ۴۵ کشور رأی ممتنع دادند.
""", VOTE_RULES, {
        # 14 stands before "مخالف" (against), after the "و" (and) that parts it from
        # "موافق"; 45 stands after the next "و", with its own verb
        "for": ("agrees", "به این قطعنامه که از سوی اردن ارائه شده بود، ۱۲۰ کشور رأی موافق و ۱۴ کشور رأی مخالف دادند و ۴۵ کشور رأی ممتنع دادند."),
        "against": ("agrees", "به این قطعنامه که از سوی اردن ارائه شده بود، ۱۲۰ کشور رأی موافق و ۱۴ کشور رأی مخالف دادند و ۴۵ کشور رأی ممتنع دادند."),
    }),
    "sk-vote": ("sk", "2023-10-28", """Valné zhromaždenie OSN prijalo rezolúciu o prímerí v Gaze

Valné zhromaždenie OSN v piatok prijalo nezáväznú rezolúciu. Za rezolúciu, ktorú predložilo Jordánsko, hlasovalo 120 krajín, 14 bolo proti a 45 sa zdržalo.
""", VOTE_RULES, {
        "for": ("agrees", "Za rezolúciu, ktorú predložilo Jordánsko, hlasovalo 120 krajín, 14 bolo proti a 45 sa zdržalo."),
        "against": ("agrees", "Za rezolúciu, ktorú predložilo Jordánsko, hlasovalo 120 krajín, 14 bolo proti a 45 sa zdržalo."),
    }),
    "he-vote": ("he", "2023-10-28", """העצרת הכללית של האו"ם אימצה החלטה על הפסקת אש בעזה

העצרת הכללית של האו"ם אימצה ביום שישי החלטה לא מחייבת. 120 מדינות הצביעו בעד, 14 התנגדו ו-45 נמנעו.
""", VOTE_RULES, {
        # "ו-45": the "and" written on the figure
        "for": ("agrees", "120 מדינות הצביעו בעד, 14 התנגדו ו-45 נמנעו."),
        "against": ("agrees", "120 מדינות הצביעו בעד, 14 התנגדו ו-45 נמנעו."),
    }),
    "he-relative": ("he", "2023-10-28", """העצרת הכללית של האו"ם אימצה החלטה על הפסקת אש בעזה

בעד ההחלטה, שהגישה ירדן, הצביעו 120 מדינות, 14 התנגדו ו-45 נמנעו.
""", VOTE_RULES, {
        # 120 stands two commas from "בעד" (in favour) and one from "התנגדו" (against),
        # but 14 stands between it and "against": 120 is the figure in favour
        "for": ("agrees", "בעד ההחלטה, שהגישה ירדן, הצביעו 120 מדינות, 14 התנגדו ו-45 נמנעו."),
        "against": ("agrees", "בעד ההחלטה, שהגישה ירדן, הצביעו 120 מדינות, 14 התנגדו ו-45 נמנעו."),
    }),
    "el-relative": ("el", "2023-10-28", """Η Γενική Συνέλευση του ΟΗΕ ενέκρινε ψήφισμα για εκεχειρία στη Γάζα

Υπέρ του ψηφίσματος, το οποίο κατέθεσε η Ιορδανία, ψήφισαν 120 χώρες, κατά 14, ενώ 45 απείχαν.
""", VOTE_RULES, {
        # "κατά" (against) has its own figure right after it: 120, before it past a
        # comma, is the figure in favour; 45 abstained, neither's
        "for": ("agrees", "Υπέρ του ψηφίσματος, το οποίο κατέθεσε η Ιορδανία, ψήφισαν 120 χώρες, κατά 14, ενώ 45 απείχαν."),
        "against": ("agrees", "Υπέρ του ψηφίσματος, το οποίο κατέθεσε η Ιορδανία, ψήφισαν 120 χώρες, κατά 14, ενώ 45 απείχαν."),
    }),
    "ru-vote": ("ru", "2023-10-28", """Генассамблея ООН приняла резолюцию о перемирии в Газе

Генеральная ассамблея ООН в пятницу приняла резолюцию. За документ проголосовали 120 государств и 14 против, 45 воздержались.
""", VOTE_RULES, {
        "for": ("agrees", "За документ проголосовали 120 государств и 14 против, 45 воздержались."),
        "against": ("agrees", "За документ проголосовали 120 государств и 14 против, 45 воздержались."),
    }),
    "en-two-thirds": ("en", "2023-10-28", """UN General Assembly adopts Gaza truce resolution

The resolution passed with 120 votes. A Canadian amendment condemning Hamas failed to win the two-thirds majority of votes it needed.
""", number_rule("votes", "120", "votes"), {
        # "two-thirds" is a fraction, no count of the votes
        "votes": ("agrees", "The resolution passed with 120 votes."),
    }),
    "en-vote": ("en", "2023-10-28", """UN General Assembly adopts Gaza truce resolution

The UN General Assembly on Friday adopted a non-binding resolution. The vote was 120 in favour and 14 against, with 45 abstentions.
""", VOTE_RULES, {
        "for": ("agrees", "The vote was 120 in favour and 14 against, with 45 abstentions."),
        "against": ("agrees", "The vote was 120 in favour and 14 against, with 45 abstentions."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_whole_articles_are_read_as_they_are_meant(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected


@pytest.mark.parametrize("text, written", [
    ("ก่อนหน้านี้เมื่อวันที่ 18 ตุลาคม สหรัฐฯ ได้ใช้สิทธิยับยั้งร่างข้อมติของบราซิล", "18 ตุลาคม"),
    ("ที่ประชุมมีมติเมื่อวันที่ 18 ตุลาคม ศาลฎีกาจึงนัดฟังคำพิพากษา", "18 ตุลาคม"),
], ids=["united-states", "supreme-court"])
def test_a_thai_weekday_letter_that_begins_the_next_word_is_no_weekday(text: str, written: str) -> None:
    """"ส" abbreviates Saturday (and "ศ" Friday) only alone or with its dot: as the first
    letter of "สหรัฐฯ" (the United States) it made 18 October 2023 a Saturday."""
    found = find_dates(text, "th", dt.date(2023, 10, 28))
    assert [(m.text, m.value.weekday) for m in found] == [(written, None)]


def test_a_thai_weekday_abbreviation_with_its_dot_is_still_read() -> None:
    found = find_dates("การประชุมจัดขึ้นเมื่อ (ศ.) 27 ต.ค. 2566", "th", dt.date(2023, 10, 28))
    assert [(m.value.day, m.value.weekday) for m in found] == [(27, 5)]


@pytest.mark.parametrize("language, text", [
    ("en", "The amendment failed to win the required two-thirds majority of votes."),
    ("en", "Three quarters of the voters stayed at home."),
    ("fr", "L'amendement n'a pas obtenu la majorité des deux tiers des voix."),
    ("es", "La enmienda no obtuvo la mayoría de dos tercios de los votos."),
    ("pt", "A emenda não obteve a maioria de dois terços dos votos."),
    ("it", "L'emendamento non ha ottenuto la maggioranza dei due terzi dei voti."),
    ("de", "Der Antrag verfehlte die nötige Mehrheit von zwei Dritteln der Stimmen."),
    ("nl", "Het amendement haalde de vereiste twee derde meerderheid niet."),
    ("ru", "Поправка не набрала необходимых двух третей голосов."),
    ("uk", "Поправка не набрала необхідних двох третин голосів."),
    ("pl", "Poprawka nie uzyskała wymaganej większości dwóch trzecich głosów."),
    ("hr", "Amandman nije dobio potrebne dvije trećine glasova."),
    ("id", "Amandemen itu gagal meraih dua pertiga suara."),
    ("hi", "संशोधन आवश्यक दो-तिहाई बहुमत हासिल नहीं कर सका।"),
    ("zh", "修正案未能获得三分之二多数。"),
    ("ja", "修正案は3分の2の賛成を得られなかった。"),
    ("ko", "수정안은 3분의 2 찬성을 얻지 못했다."),
])
def test_a_fraction_is_no_count(language: str, text: str) -> None:
    """"two-thirds of the votes" stated 2 for a rule about votes (and Japanese "3分の2"
    three minutes and 2): the fraction's numerator was read as a count."""
    assert [m.text for m in find_numbers(text, language)] == []


@pytest.mark.parametrize("language, text, figure", [
    ("en", "Two tents were set up for 120 people.", "Two tents"),
    ("ja", "会議は3分間続いた。", "3分"),
])
def test_a_noun_like_an_ordinal_is_still_counted(language: str, text: str, figure: str) -> None:
    assert figure in [m.text for m in find_numbers(text, language)]


@pytest.mark.parametrize("language, text", [
    ("en", "The ruling HDZ won 61 of the 151 seats in parliament."),
    ("en", "The ruling HDZ won 61 of parliament's 151 seats."),
    ("es", "El HDZ obtuvo 61 de los 151 escaños del Parlamento."),
    ("pt", "O HDZ conquistou 61 dos 151 assentos do Parlamento."),
    ("fr", "Le HDZ a obtenu 61 des 151 sièges du Parlement."),
    ("de", "Die HDZ gewann 61 der 151 Sitze im Parlament."),
    ("nl", "De partij behaalde 61 van de 151 zetels."),
    ("sv", "HDZ fick 61 av parlamentets 151 mandat."),
    ("pl", "HDZ zdobyła 61 ze 151 mandatów."),
    ("ru", "ХДС получило 61 из 151 места в парламенте."),
    ("hr", "HDZ je osvojio 61 od 151 mandata u Saboru."),
    ("id", "HDZ meraih 61 dari 151 kursi."),
    ("sw", "Chama tawala cha HDZ kilipata viti 61 kati ya 151."),
    ("ar", "وحصل الحزب على 61 مقعدا من أصل 151."),
    ("vi", "HDZ giành được 61 trên tổng số 151 ghế."),
])
def test_the_part_is_stated_where_the_whole_counts_the_anchor(language: str, text: str) -> None:
    """"61 of the 151 seats" contradicted a rule about 61 seats in every language: the
    whole, 151, counts the anchor "seats" itself and was taken as its count."""
    rule = number_rule("seats", "61", "seats", "escaños", "assentos", "sièges", "Sitze", "zetels", "mandat",
                       "mandatów", "места", "mandata", "kursi", "viti", "مقعدا", "ghế")
    report = read_case("seats", language, "2024-04-18", "Head\n\n" + text + "\n", rule)
    assert stated(report, ["seats"]) == {"seats": ("agrees", text)}


@pytest.mark.parametrize("language, text, anchor, verdict", [
    ("nl", "De HDZ heeft de parlementsverkiezingen van dinsdag gewonnen.", "verkiezingen", "contradicts"),
    ("sv", "Det styrande partiet HDZ vann parlamentsvalet i onsdags.", "valet", "agrees"),
    ("de", "Die HDZ hat die Parlamentswahlen am Mittwoch klar gewonnen.", "Wahlen", "agrees"),
    ("fi", "HDZ voitti keskiviikkona pidetyt parlamenttivaalit.", "vaalit", "agrees"),
])
def test_a_compound_stands_for_its_head(language: str, text: str, anchor: str, verdict: str) -> None:
    """Dutch, Swedish, German and Finnish write a kind of election as one word ending in
    the word for it: "parlementsverkiezingen van dinsdag" was silent for a rule about
    "verkiezingen" on Wednesday, where it contradicts."""
    report = read_case("election", language, "2024-04-18", "Head\n\n" + text + "\n",
                       date_rule("election", "2024-04-17", anchor))
    assert stated(report, ["election"]) == {"election": (verdict, text)}


@pytest.mark.parametrize("language, text", [
    ("pt", "O HDZ venceu as eleições de quarta-feira. As eleições anteriores, em julho de 2020, tiveram outro vencedor."),
    ("en", "HDZ won Wednesday's election. The previous election, in July 2020, went the same way."),
    ("ru", "ХДС победило на выборах в среду. Предыдущие выборы, в июле 2020 года, прошли так же."),
    ("de", "Die HDZ gewann die Wahlen am Mittwoch. Die vorherigen Wahlen im Juli 2020 gingen ähnlich aus."),
    ("ar", "فاز الحزب في الانتخابات يوم الأربعاء. وكانت الانتخابات السابقة في يوليو 2020."),
])
def test_a_previous_event_is_another_one(language: str, text: str) -> None:
    """"As eleições anteriores, em julho de 2020" made a source unclear about an election
    it dates on Wednesday: beside this one, the previous elections are another event."""
    rule = date_rule("election", "2024-04-17", "eleições", "election", "выборах", "выборы", "Wahlen", "الانتخابات")
    report = read_case("election", language, "2024-04-18", "Head\n\n" + text + "\n", rule)
    verdict, _ = stated(report, ["election"])["election"]
    assert verdict == "agrees"


@pytest.mark.parametrize("text, day", [
    ("Die HDZ hat die Wahlen am Mittwoch klar gewonnen.", 17),
    ("Am Mittwoch gewann die HDZ die Wahlen.", 17),
    ("Das Treffen am Mittwoch endete ohne Einigung.", 17),
    ("Die Bürger wählen am Mittwoch ein neues Parlament.", 24),
])
def test_a_german_noun_is_no_present_of_what_is_scheduled(text: str, day: int) -> None:
    """"die Wahlen" (the elections) folds as "wählen" (they vote), a present that
    schedules: "Die HDZ hat die Wahlen am Mittwoch gewonnen" was read as next Wednesday."""
    found = find_dates(text, "de", dt.date(2024, 4, 18))
    assert [m.value.day for m in found] == [day]


def test_the_previous_event_alone_is_the_one_the_source_tells_of() -> None:
    text = "Следующий раунд переговоров пройдёт в пятницу. Предыдущая встреча делегаций прошла во вторник."
    report = read_case("meeting", "ru", "2023-09-14", "Head\n\n" + text + "\n",
                       date_rule("meeting", "2023-09-12", "встреча"))
    assert stated(report, ["meeting"]) == {"meeting": ("agrees", "Предыдущая встреча делегаций прошла во вторник.")}


def test_another_word_past_a_figure_is_the_figures() -> None:
    """"melukai 23 lainnya" (injured 23 others): "lainnya" makes the people others, not
    the anchor "melukai" another event; the rule about the injured was silent."""
    text = ("Banjir akibat badai Boris menewaskan sedikitnya tujuh orang dan melukai 23 lainnya di barat daya "
            "Polandia, kata pihak berwenang pada Senin.")
    report = read_case("injured", "id", "2024-09-16", "Head\n\n" + text + "\n", number_rule("injured", "23", "melukai"))
    assert stated(report, ["injured"]) == {"injured": ("agrees", text)}


FLOOD_RULES = (number_rule("dead", ">= 7", "загинули", "погибли", "zginęło", "poginulo")
               + number_rule("missing", "4", "зниклими", "пропали", "zaginione"))


@pytest.mark.parametrize("language, text", [
    ("uk", "Внаслідок повені загинули щонайменше семеро людей, 23 дістали поранення, ще четверо вважаються "
           "зниклими безвісти, повідомили в понеділок влада."),
    ("ru", "В результате наводнения погибли семеро, ещё четверо пропали без вести, сообщили власти в понедельник."),
    ("pl", "W wyniku powodzi zginęło siedmioro mieszkańców, a czworo uznaje się za zaginione."),
])
def test_collective_numerals_count_people(language: str, text: str) -> None:
    """"семеро людей", "четверо" (seven, four people) were no figures, and Ukrainian
    "четверо" was read as "четвер" (Thursday)."""
    report = read_case("flood", language, "2024-09-16", "Head\n\n" + text + "\n", FLOOD_RULES)
    assert stated(report, ["dead", "missing"]) == {"dead": ("agrees", text), "missing": ("agrees", text)}


@pytest.mark.parametrize("language, text", [
    ("nl", "De partij behaalde 61 van de 151 zetels, de door de SDP geleide coalitie kwam uit op 42 zetels."),
    ("en", "HDZ won 61 of the 151 seats, while the SDP-led coalition took 42 seats."),
])
def test_the_part_counts_what_its_whole_counts(language: str, text: str) -> None:
    """Beside another figure that counts the anchor's noun ("42 zetels"), the part of
    "61 van de 151 zetels" was dropped as counting nothing: the source contradicted a rule
    about 61 seats with 42 alone. It states both."""
    report = read_case("seats", language, "2024-04-18", "Head\n\n" + text + "\n",
                       number_rule("seats", "61", "zetels", "seats"))
    source = report.results[0].sources[0]
    assert source.verdict == "unclear" and {e.value for e in source.evidence} >= {"61"}
