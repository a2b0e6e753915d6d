"""Whole articles as the wire writes them, end to end: an Italian earthquake report with
its aftershocks and last year's quake nearby ("I feriti sono oltre 2.400, mentre circa
15.000 persone …", "magnitudo 6,8 che ha colpito … è salito a 312 morti", "nella notte
tra lunedì e martedì"), a promise phrased in a future written on its verb ("ricostruirà
tutte le case", "aprobará el presupuesto"), and a rate with the one it rose from after a
comma ("Turnout was 61%, up from 58%"); the verdict of each rule and the sentence it
rests on."""

from __future__ import annotations

import datetime as dt

import pytest
from real_news import date_rule, number_rule, phrase_rule, read_case, stated

from checker.facts.dates import find_dates
from checker.facts.numbers import find_numbers
from checker.testing import article, evidence, run_rules, verdicts

CASES = {
    "it-quake": ("it", "2024-03-14", """Terremoto in Turchia, il bilancio sale a 312 morti

ANKARA – Il bilancio del terremoto di magnitudo 6,8 che ha colpito la provincia di Malatya nella notte tra lunedì e martedì è salito a 312 morti, secondo l'agenzia per la gestione dei disastri AFAD. I feriti sono oltre 2.400, mentre circa 15.000 persone hanno trascorso la notte nelle tendopoli allestite dalla Mezzaluna Rossa.

La scossa principale è stata registrata alle 3:42 ora locale di martedì 12 marzo, a una profondità di 10 chilometri.

Il presidente Recep Tayyip Erdoğan ha visitato mercoledì le zone colpite e ha promesso che lo Stato ricostruirà tutte le case distrutte entro un anno.
""", number_rule("injured", "2400", "feriti") + number_rule("magnitude", "6.8", "magnitudo")
        + date_rule("quake", "2024-03-12", "terremoto", "scossa")
        + phrase_rule("rebuild", "ricostruirà tutte le case"), {
        # 15.000 people in the tents stand in another clause, after "mentre"
        "injured": ("agrees", "I feriti sono oltre 2.400, mentre circa 15.000 persone hanno trascorso la notte nelle tendopoli allestite dalla Mezzaluna Rossa."),
        # 312 counts the dead, a noun of its own; 6,8 follows "magnitudo"
        "magnitude": ("agrees", "Il bilancio del terremoto di magnitudo 6,8 che ha colpito la provincia di Malatya nella notte tra lunedì e martedì è salito a 312 morti, secondo l'agenzia per la gestione dei disastri AFAD."),
        # "e martedì" is no "è martedì" (is Tuesday): last Tuesday, not the next; the
        # night between two days states both
        "quake": ("unclear", "Il bilancio del terremoto di magnitudo 6,8 che ha colpito la provincia di Malatya nella notte tra lunedì e martedì è salito a 312 morti, secondo l'agenzia per la gestione dei disastri AFAD."),
        "rebuild": ("agrees", "Il presidente Recep Tayyip Erdoğan ha visitato mercoledì le zone colpite e ha promesso che lo Stato ricostruirà tutte le case distrutte entro un anno."),
    }),
    "es-future": ("es", "2024-05-10", """MADRID – El Congreso aprobará el presupuesto de 2025 la próxima semana, según fuentes parlamentarias.

La oposición no apoyará las cuentas, que prevén un gasto récord.
""", phrase_rule("approve", "El Congreso aprobará el presupuesto") + phrase_rule("back", "la oposición apoyará las cuentas"), {
        "approve": ("agrees", "El Congreso aprobará el presupuesto de 2025 la próxima semana, según fuentes parlamentarias."),
        "back": ("contradicts", "La oposición no apoyará las cuentas, que prevén un gasto récord."),
    }),
    "ar-budget": ("ar", "2024-06-19", """البرلمان المصري يوافق على الموازنة العامة الجديدة

القاهرة - وافق مجلس النواب المصري، يوم الثلاثاء، على مشروع الموازنة العامة للدولة. وصوت لصالح المشروع 410 نواب، فيما رفضه 25 نائبا.
""", number_rule("for", "410", "لصالح"), {
        # the 25 who rejected it stand in another clause, after "فيما" (while)
        "for": ("agrees", "وصوت لصالح المشروع 410 نواب، فيما رفضه 25 نائبا."),
    }),
    "ko-rate": ("ko", "2024-11-28", """한국은행, 기준금리 3.25%로 인하

한국은행 금융통화위원회는 28일 기준금리를 연 3.50%에서 3.25%로 0.25%포인트 인하했다. 한은은 내년 경제성장률 전망치를 2.1%에서 1.9%로 낮췄다.
""", number_rule("rate", "3.25", "기준금리", unit="percent") + number_rule("growth", "1.9", "경제성장률", unit="percent"), {
        # a rate cut ("인하했다") and a forecast lowered ("낮췄다") from one level to another
        "rate": ("agrees", "한국은행, 기준금리 3.25%로 인하"),  # the headline first
        "growth": ("agrees", "한은은 내년 경제성장률 전망치를 2.1%에서 1.9%로 낮췄다."),
    }),
    "zh-repo": ("zh", "2024-09-24", """央行降息

潘功胜表示，7天期逆回购操作利率将从目前的1.7%调降至1.5%。
""", number_rule("repo", "1.5", "逆回购操作利率", unit="percent"), {
        # where it started, before the verb: from the current 1.7%, lowered to 1.5%
        "repo": ("agrees", "潘功胜表示，7天期逆回购操作利率将从目前的1.7%调降至1.5%。"),
    }),
    "en-turnout": ("en", "2024-06-10", """Turnout was 61%, up from 58% five years ago, the electoral commission said on Monday.
""", number_rule("turnout", "61", "turnout", unit="percent"), {
        "turnout": ("agrees", "Turnout was 61%, up from 58% five years ago, the electoral commission said on Monday."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_whole_articles_are_read_as_they_are_meant(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected


def test_an_italian_and_is_no_is_before_a_weekday() -> None:
    """"è" (is) and "e" (and) fold alike: "lunedì e martedì" read the second day as next
    Tuesday, as if scheduled ("è martedì"); the copula written with its accent still schedules."""
    published = dt.date(2024, 3, 14)  # a Thursday
    listed = find_dates("Lo sciopero ha bloccato i treni lunedì e martedì.", "it", published)
    assert [d.value.iso for d in listed] == ["2024-03-11", "2024-03-12"]
    scheduled = find_dates("La partita è martedì.", "it", published)
    assert [d.value.iso for d in scheduled] == ["2024-03-19"]


def test_a_date_still_to_come_is_not_the_date_of_a_past_event() -> None:
    """A source written after the event tells it in the past: a later date in a clause of
    what is to come is another event's ("Kurul bir sonraki toplantısını 23 Temmuz'da
    yapacak", the next meeting). A preview still states the date it expects, and a later
    date told in the past is still a wrong one."""
    rules = """
rules:
  - id: meeting
    title: The leaders met on 13 September 2023
    check: date
    expect: 2023-09-13
    about: [met, meet, toplantı]
"""
    report = run_rules(rules, [
        article("Kim and Putin met on Wednesday at the cosmodrome. They will meet again on 20 September in "
                "Pyongyang.", "en", "2023-09-14", source="after.txt"),
        article("Liderler çarşamba günü bir araya geldi. Kurul bir sonraki toplantısını 20 Eylül'de yapacak.",
                "tr", "2023-09-14", source="next.txt"),
        article("Kim and Putin will meet on 14 September at the cosmodrome, officials said.", "en", "2023-09-11",
                source="preview.txt"),
        article("Kim and Putin met on 13 September 2024 at the cosmodrome.", "en", "2023-09-14",
                source="wrong-year.txt"),
    ])
    assert verdicts(report, "meeting") == {"after.txt": "agrees", "next.txt": "silent",
                                           "preview.txt": "contradicts", "wrong-year.txt": "contradicts"}
    assert evidence(report, "meeting")["after.txt"] == "Wednesday"


@pytest.mark.parametrize("language, text", [
    ("fi", "Työttömyysaste oli marraskuussa 9,1 prosenttia, kertoi Tilastokeskus tiistaina."),
    ("de", "Die Arbeitslosenquote lag im November 9,1 Prozent, teilte das Amt am Dienstag mit."),
    ("ru", "Безработица в ноябре составила 9,1 процента, сообщил Росстат во вторник."),
    ("en", "The unemployment rate in November 9.1 percent, the agency said on Tuesday."),
])
def test_a_decimal_after_a_month_is_no_day_of_it(language: str, text: str) -> None:
    """"marraskuussa 9,1 prosenttia" was 9 November, and the figure, inside a date, was
    no figure: a rule about the rate went silent."""
    rule = number_rule("rate", "9.1", "työttömyysaste", "Arbeitslosenquote", "Безработица", "unemployment",
                       unit="percent")
    report = read_case("rate", language, "2024-12-21", "Otsikko\n\n" + text + "\n", rule)
    assert stated(report, ["rate"]) == {"rate": ("agrees", text)}


@pytest.mark.parametrize("language, text, stated_part", [
    ("en", "Four of the six members voted in favour of the cut.", "Four"),
    ("de", "Vier der sechs Mitglieder stimmten dafür.", "Vier"),  # "der" is an article, no noun of the figure
    ("es", "Cuatro de los seis miembros votaron a favor.", "Cuatro"),
    ("fr", "Quatre des six membres ont voté pour.", "Quatre"),
    ("ru", "Четыре из шести членов проголосовали за.", "Четыре"),
    ("id", "Sebanyak 4 dari 6 anggota setuju.", "4"),
    ("ko", "금통위원 6명 중 4명이 찬성했다.", "4"),
    ("hi", "समिति के छह में से चार सदस्यों ने इसके पक्ष में मतदान किया।", "चार सदस्यों"),
])
def test_the_whole_of_a_part_is_no_count_of_the_anchor(language: str, text: str, stated_part: str) -> None:
    """"Four of the six members voted in favour" contradicted a rule of four votes in
    favour: six, with its noun before the verb, was taken for the subject."""
    rule = number_rule("for", "4", "favour", "dafür", "a favor", "voté pour", "проголосовали за", "setuju", "찬성",
                       "voted in favour", "पक्ष")
    report = read_case("votes", language, "2024-11-28", "Title\n\n" + text + "\n", rule)
    assert verdicts(report, "for") == {"votes.txt": "agrees"}
    assert evidence(report, "for") == {"votes.txt": stated_part}


@pytest.mark.parametrize("language, text, figure", [
    ("hi", "हादसे में चार लोगों की मौत हो गई।", "चार लोगों"),
    ("ta", "விபத்தில் நான்கு பேர் உயிரிழந்தனர்.", "நான்கு பேர்"),
    ("ne", "दुर्घटनामा चार जनाको मृत्यु भयो।", "चार जनाको"),
])
def test_numbers_spelled_out_where_num2words_has_no_words_for_them(language: str, text: str, figure: str) -> None:
    """Hindi, Tamil and Nepali number words were not read ("चार लोगों", four people): CLDR's
    rules of spelling out numbers give them."""
    found = find_numbers(text, language)
    assert [(n.text, n.value.min) for n in found] == [(figure, 4.0)]


def test_the_arabic_trillion_as_news_spells_it() -> None:
    """CLDR writes "ترليون"; news writes "تريليون": "3.9 تريليون جنيه" was 3.9 of nothing."""
    found = find_numbers("بإجمالي مصروفات تبلغ 3.9 تريليون جنيه.", "ar")
    assert [(n.text, n.value.min, n.value.unit) for n in found] == [("3.9 تريليون جنيه", 3.9e12, "EGP")]


def test_a_decimal_right_after_its_anchor_is_its_value_beside_a_count() -> None:
    """A bare decimal beside a figure that counts a noun is passed over ("магнітудою 6,2
    забрав життя 12 людей" for a rule about the dead), but not one right after the anchor:
    "più di 180 repliche, la più forte di magnitudo 5,1" states the magnitude 5.1."""
    report = read_case("aftershocks", "it", "2024-03-14",
                       "Titolo\n\nNelle ore successive si sono verificate più di 180 repliche, la più forte di "
                       "magnitudo 5,1.\n", number_rule("magnitude", "5.1", "magnitudo"))
    assert verdicts(report, "magnitude") == {"aftershocks.txt": "agrees"}
    assert evidence(report, "magnitude") == {"aftershocks.txt": "5,1"}
