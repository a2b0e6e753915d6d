"""The number extractor: locale digits, words, multipliers, ranges, bounds and units."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.facts.number_words import BOUNDS, RANGES, lexicon
from checker.facts.numbers import (
    NumberMention,
    NumberValue,
    canonical_unit,
    find_numbers,
    parse_expected_number,
    unit_matches,
)

OPEN = None  # the unbounded end of an interval


def only(text: str, language: str | None) -> NumberMention:
    """The single number found in ``text``."""
    found = find_numbers(text, language)
    assert len(found) == 1, [(m.text, str(m.value)) for m in found]
    return found[0]


def values(text: str, language: str | None) -> list[tuple[float | None, float | None, str | None]]:
    return [(m.value.min, m.value.max, m.value.unit) for m in find_numbers(text, language)]


# --- digits in each locale's marks -------------------------------------------------

@pytest.mark.parametrize("language, text, value", [
    ("hr", "1.000,5", 1000.5),
    ("de", "1.000,5", 1000.5),
    ("ro", "2.500.000", 2_500_000),
    ("en", "1,000.5", 1000.5),
    ("en", "12,345,678", 12_345_678),
    ("fr", "1\u202f000,5", 1000.5),
    ("fr", "1 000,5", 1000.5),
    ("ru", "1\u00a0000,5", 1000.5),
    ("pl", "2 500", 2500),
    ("de-CH", "1'000.5", 1000.5),
    ("de-CH", "1’000", 1000),
    ("hr", "1.000", 1000),     # a grouping mark in Croatian ...
    ("de", "1.000", 1000),
    ("en", "1.000", 1.0),      # ... a decimal mark in English
    ("en", "3.14", 3.14),
    ("hr", "2,5", 2.5),
    ("ar", "١٢٫٥", 12.5),      # Arabic-Indic digits and decimal mark
    ("hi", "१२३", 123),        # Devanagari digits
    ("en", "−5", -5),
    ("hr", "-12,5", -12.5),
])
def test_digits_follow_the_language(language, text, value):
    mention = only(text, language)
    assert (mention.value.min, mention.value.max) == (value, value)
    assert mention.text == text


def test_lists_and_dates_are_not_merged_into_one_number():
    assert values("13. rujna 2023.", "hr") == [(13, 13, None), (2023, 2023, None)]
    assert [m.text for m in find_numbers("in 2019 200 people", "fr")] == ["2019", "200 people"]


@pytest.mark.parametrize("text", ["UN-a", "COVID-19", "Su-57", "F16", "abc", "", "—", "%"])
def test_letters_and_names_with_digits_are_not_numbers(text):
    assert find_numbers(text, "hr") == []


def test_a_year_is_a_number_without_unit():
    assert values("u 2019 godine", "hr") == [(2019, 2019, None)]
    assert values("in 2019 the meeting", "en") == [(2019, 2019, None)]


def test_ordinals_read_as_plain_numbers():
    assert values("the 13th meeting", "en") == [(13, 13, None)]


# --- percentages, multipliers, words -----------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "50%"), ("en", "50 percent"), ("en", "50 per cent"), ("fr", "50\u202f%"),
    ("hr", "50 posto"), ("pl", "50 procent"), ("ro", "50 la sută"), ("ro", "50 de procente"),
    ("ru", "50 процентов"), ("fr", "50 pour cent"), ("es", "50 por ciento"), ("de", "50 Prozent"),
])
def test_percentages(language, text):
    mention = only(text, language)
    assert mention.value == NumberValue(50, 50, "percent")
    assert mention.text == text


@pytest.mark.parametrize("language, text, value, unit", [
    ("en", "2 million people", 2_000_000, "people"),
    ("hr", "2,5 milijuna ljudi", 2_500_000, "ljudi"),
    ("ru", "3 млн человек", 3_000_000, "chelovek"),
    ("de", "5 Mio. Menschen", 5_000_000, "menschen"),
    ("ro", "20 de milioane de oameni", 20_000_000, "oameni"),
    ("es", "2 mil millones", 2_000_000_000, None),
    ("en", "a million", 1_000_000, None),
    ("hr", "dvije tisuće", 2000, None),
])
def test_multipliers(language, text, value, unit):
    mention = only(text, language)
    assert mention.value == NumberValue(value, value, unit)
    assert mention.text == text


@pytest.mark.parametrize("language, text, value", [
    ("en", "twenty-five", 25), ("en", "two hundred fifty five", 255), ("en", "eighteen", 18),
    ("hr", "dvadeset pet", 25), ("hr", "dvije", 2), ("hr", "dvoje", 2), ("hr", "osamnaest", 18),
    ("sr", "двије", 2), ("ro", "două", 2), ("ro", "doua", 2), ("ro", "douăzeci și cinci", 25),
    ("de", "zwei", 2), ("de", "fünfundzwanzig", 25), ("de", "dreißig", 30),
    ("fr", "deux", 2), ("fr", "soixante-douze", 72), ("fr", "vingt et un", 21),
    ("es", "veinticinco", 25), ("es", "treinta y dos", 32), ("it", "ventitré", 23),
    ("pt", "duas", 2), ("pl", "dwie", 2), ("ru", "две", 2), ("ru", "двадцать пять", 25),
    ("uk", "п'ять", 5), ("uk", "п’ять", 5),
])
def test_number_words(language, text, value):
    assert only(text, language).value == NumberValue(value, value)


def test_words_that_are_not_number_words_stay_words():
    assert find_numbers("Što je rekao?", "hr") == []          # "što" is not "sto" (100)
    assert find_numbers("a meeting of one kind", "en")[0].text == "one kind"
    assert find_numbers("a meeting", "en") == []              # an article is one only before a unit


def test_articles_count_as_one_before_a_unit():
    assert only("for a year", "en").value == NumberValue(1, 1, "year")
    assert only("o lună", "ro").value == NumberValue(1, 1, "month")


# --- ranges and bounds -------------------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "18-24 months"), ("en", "18–24 months"), ("en", "18 – 24 months"),
    ("en", "between 18 and 24 months"), ("en", "from 18 to 24 months"), ("en", "18 to 24 months"),
    ("hr", "od 18 do 24 mjeseca"), ("hr", "između 18 i 24 mjeseca"), ("ro", "între 18 și 24 de luni"),
    ("de", "zwischen 18 und 24 Monaten"), ("fr", "entre 18 et 24 mois"), ("ru", "от 18 до 24 месяцев"),
    ("en", "18 months to 2 years"),
])
def test_ranges(language, text):
    mention = only(text, language)
    assert mention.value == NumberValue(18, 24, "month")
    assert mention.text == text


def test_a_falling_pair_is_not_a_range():
    assert values("from 10 to 5", "en") == [(10, 10, None), (5, 5, None)]


def test_a_range_of_percentages():
    assert only("5-10%", "en").value == NumberValue(5, 10, "percent")


@pytest.mark.parametrize("language, text, low, high, approximate", [
    ("en", "more than 18 months", 18, OPEN, False),
    ("en", "at least 18 months", 18, OPEN, False),
    ("en", "less than 18 months", OPEN, 18, False),
    ("en", "up to 18 months", OPEN, 18, False),
    ("en", "about 18 months", 18, 18, True),
    ("en", "nearly 18 months", 18, 18, True),
    ("hr", "više od 18 mjeseci", 18, OPEN, False),
    ("hr", "preko 18 mjeseci", 18, OPEN, False),
    ("hr", "najmanje 18 mjeseci", 18, OPEN, False),
    ("hr", "manje od 18 mjeseci", OPEN, 18, False),
    ("hr", "oko 18 mjeseci", 18, 18, True),
    ("hr", "gotovo 18 mjeseci", 18, 18, True),
    ("sr", "више од 18 месеци", 18, OPEN, False),
    ("sr", "više od 18 meseci", 18, OPEN, False),
    ("bs", "oko 18 mjeseci", 18, 18, True),
    ("ro", "peste 18 luni", 18, OPEN, False),
    ("ro", "mai mult de 18 luni", 18, OPEN, False),
    ("ro", "cel puțin 18 luni", 18, OPEN, False),
    ("ro", "cel putin 18 luni", 18, OPEN, False),
    ("ro", "sub 18 luni", OPEN, 18, False),
    ("ro", "aproape 18 luni", 18, 18, True),
    ("ro", "circa 18 luni", 18, 18, True),
    ("de", "über 18 Monate", 18, OPEN, False),
    ("de", "mehr als 18 Monate", 18, OPEN, False),
    ("de", "mindestens 18 Monate", 18, OPEN, False),
    ("de", "etwa 18 Monate", 18, 18, True),
    ("de", "rund 18 Monate", 18, 18, True),
    ("de", "fast 18 Monate", 18, 18, True),
    ("fr", "plus de 18 mois", 18, OPEN, False),
    ("fr", "au moins 18 mois", 18, OPEN, False),
    ("fr", "environ 18 mois", 18, 18, True),
    ("fr", "près de 18 mois", 18, 18, True),
    ("es", "más de 18 meses", 18, OPEN, False),
    ("es", "al menos 18 meses", 18, OPEN, False),
    ("es", "cerca de 18 meses", 18, 18, True),
    ("es", "unos 18 meses", 18, 18, True),
    ("it", "più di 18 mesi", 18, OPEN, False),
    ("it", "almeno 18 mesi", 18, OPEN, False),
    ("it", "circa 18 mesi", 18, 18, True),
    ("pt", "mais de 18 meses", 18, OPEN, False),
    ("pt", "pelo menos 18 meses", 18, OPEN, False),
    ("pt", "cerca de 18 meses", 18, 18, True),
    ("pl", "ponad 18 miesięcy", 18, OPEN, False),
    ("pl", "co najmniej 18 miesięcy", 18, OPEN, False),
    ("pl", "około 18 miesięcy", 18, 18, True),
    ("pl", "prawie 18 miesięcy", 18, 18, True),
    ("ru", "более 18 месяцев", 18, OPEN, False),
    ("ru", "больше 18 месяцев", 18, OPEN, False),
    ("ru", "свыше 18 месяцев", 18, OPEN, False),
    ("ru", "не менее 18 месяцев", 18, OPEN, False),
    ("ru", "около 18 месяцев", 18, 18, True),
    ("ru", "почти 18 месяцев", 18, 18, True),
    ("uk", "понад 18 місяців", 18, OPEN, False),
    ("uk", "більше 18 місяців", 18, OPEN, False),
    ("uk", "близько 18 місяців", 18, 18, True),
    ("uk", "майже 18 місяців", 18, 18, True),
])
def test_bound_words_in_each_language(language, text, low, high, approximate):
    mention = only(text, language)
    assert mention.value == NumberValue(low, high, "month", approximate)
    assert mention.text == text


def test_every_language_has_each_kind_of_bound_and_ranges():
    languages = {"en", "hr", "sr", "bs", "ro", "de", "fr", "es", "it", "pt", "pl", "ru", "uk"}
    assert languages <= set(BOUNDS) and languages <= set(RANGES)
    for language in languages:
        lex = lexicon(language)
        assert set(lex.bounds.values()) == {"min", "max", "approx"}
        assert not set(lex.bounds) & set(lex.openers), language


# --- time spans --------------------------------------------------------------------

@pytest.mark.parametrize("language, text, value, unit", [
    ("en", "a year and a half", 1.5, "year"),
    ("en", "two and a half years", 2.5, "year"),
    ("hr", "godinu i pol", 1.5, "year"),
    ("hr", "godinu i po", 1.5, "year"),
    ("hr", "dvije i pol godine", 2.5, "year"),
    ("ro", "un an şi jumătate", 1.5, "year"),
    ("ro", "un an și jumătate", 1.5, "year"),
    ("de", "anderthalb Jahre", 1.5, "year"),
    ("de", "eineinhalb Jahre", 1.5, "year"),
    ("de", "zweieinhalb Jahre", 2.5, "year"),
    ("ru", "полтора года", 1.5, "year"),
    ("ru", "два с половиной года", 2.5, "year"),
    ("pl", "półtora roku", 1.5, "year"),
    ("uk", "півтора року", 1.5, "year"),
    ("fr", "un an et demi", 1.5, "year"),
    ("es", "un año y medio", 1.5, "year"),
    ("it", "un anno e mezzo", 1.5, "year"),
    ("pt", "um ano e meio", 1.5, "year"),
    ("en", "half a year", 0.5, "year"),
    ("hr", "pola godine", 0.5, "year"),
    ("en", "an 18-month war", 18, "month"),
])
def test_time_spans(language, text, value, unit):
    mention = only(text, language)
    assert mention.value == NumberValue(value, value, unit)
    assert mention.value.compatible(NumberValue(value * 12, value * 12, "month")) == (unit == "year")


@pytest.mark.parametrize("language, text, unit", [
    ("hr", "18 mjesec", "month"), ("hr", "18 mjeseca", "month"), ("hr", "18 mjeseci", "month"),
    ("hr", "u 18 mjesecima", "month"), ("hr", "5 godina", "year"), ("hr", "5 tjedana", "week"),
    ("hr", "5 dana", "day"), ("ro", "18 luni", "month"), ("ro", "18 de luni", "month"),
    ("ro", "5 săptămâni", "week"), ("ro", "5 zile", "day"), ("ru", "18 месяцев", "month"),
    ("ru", "2 месяца", "month"), ("ru", "5 лет", "year"), ("pl", "18 miesięcy", "month"),
    ("pl", "2 miesiące", "month"), ("pl", "5 lat", "year"), ("de", "18 Monaten", "month"),
    ("fr", "5 ans", "year"), ("es", "5 días", "day"), ("it", "5 anni", "year"),
    ("pt", "5 semanas", "week"), ("uk", "5 років", "year"), ("sr", "5 недеља", "week"),
    ("en", "5 weeks", "week"),
])
def test_inflected_unit_words(language, text, unit):
    assert find_numbers(text, language)[-1].value.unit == unit


def test_bound_and_bare_unit_means_one():
    assert only("više od godinu dana", "hr").value == NumberValue(1, None, "year")
    assert only("более года", "ru").value == NumberValue(1, None, "year")
    assert only("more than a year", "en").value == NumberValue(1, None, "year")


def test_sample_sentences():
    hr = "koja je potrošila ogromne zalihe u više od 18 mjeseci rata u Ukrajini."
    ro = "Rusia fiind angajată într-un război în Ucraina de peste un an şi jumătate."
    war_hr, war_ro = only(hr, "hr"), only(ro, "ro")
    assert (war_hr.text, war_hr.value) == ("više od 18 mjeseci", NumberValue(18, None, "month"))
    assert (war_ro.text, war_ro.value) == ("peste un an şi jumătate", NumberValue(1.5, None, "year"))
    assert war_hr.value.compatible(war_ro.value) and war_ro.value.compatible(war_hr.value)
    assert war_ro.value.compatible(NumberValue(18, 18, "month"))


# --- values ------------------------------------------------------------------------

def v(low, high=..., unit=None, approximate=False) -> NumberValue:
    return NumberValue(low, low if high is ... else high, unit, approximate)


@pytest.mark.parametrize("a, b, agree", [
    (v(50, None), v(40, None), True),                      # at least 50 / more than 40
    (v(12), v(50), False),
    (v(18, None, "month"), v(19, unit="month"), True),
    (v(18, None, "month"), v(18, unit="month"), True),     # bounds are inclusive
    (v(18, None, "month"), v(1.5, unit="year"), True),
    (v(18, unit="month"), v(1.5, unit="year"), True),
    (v(18, unit="month"), v(2, unit="year"), False),
    (v(None, 5), v(4), True),
    (v(None, 5), v(6), False),
    (v(50, approximate=True), v(54), True),                # about 50: ±10%
    (v(50, approximate=True), v(60), False),
    (v(18, 24, "month"), v(2, unit="year"), True),
    (v(18, 24, "month"), v(3, unit="year"), False),
    (v(50, unit="percent"), v(50, unit="month"), False),
    (v(50, unit="people"), v(50, unit="ljudi"), False),    # different words, no synonyms given
    (v(50, unit="ljudi"), v(50, unit="ljudima"), True),    # inflection of one word
    (v(50, unit="people"), v(50), True),                   # an unstated unit matches any
])
def test_compatibility(a, b, agree):
    assert a.compatible(b) is agree
    assert b.compatible(a) is agree


def test_tolerance_is_relative():
    assert not v(100).compatible(v(104))
    assert v(100).compatible(v(104), tolerance=0.05)


def test_to_unit():
    assert v(1.5, unit="year").to_unit("month") == v(18, unit="month")
    assert v(18, unit="month").to_unit("year") == v(1.5, unit="year")
    assert v(2, unit="week").to_unit("days") == v(14, unit="day")
    assert v(18, None, "month").to_unit("year") == v(1.5, None, "year")
    assert v(50, unit="percent").to_unit("month") is None
    assert v(50).to_unit("month") is None
    assert v(5, unit="ljudima").to_unit("ljudi") == v(5, unit="ljudi")


def test_json_and_text():
    assert v(18, None, "month").to_json() == {"min": 18, "max": None, "unit": "month"}
    assert v(2.5).to_json() == {"min": 2.5, "max": 2.5, "unit": None}
    assert isinstance(v(2_500_000.0).to_json()["min"], int)
    assert str(v(18)) == "18"
    assert str(v(18, None, "month")) == "> 18 month"
    assert str(v(None, 5)) == "< 5"
    assert str(v(18, 24)) == "18–24"
    assert str(v(50, unit="people", approximate=True)) == "≈ 50 people"
    assert str(v(1.5, unit="year")) == "1.5 year"


@pytest.mark.parametrize("word, unit", [
    ("months", "month"), ("mjeseci", "month"), ("mjesecima", "month"), ("месяцев", "month"),
    ("luni", "month"), ("Jahren", "year"), ("años", "year"), ("%", "percent"), ("per cent", "percent"),
    ("People", "people"),
])
def test_canonical_units(word, unit):
    assert canonical_unit(word) == unit


def test_unit_matches():
    assert unit_matches("month", "months")
    assert unit_matches("month", "mjeseci")
    assert unit_matches("mjeseci", "mjeseca")
    assert unit_matches("ljudima", "people", ["ljudi", "oameni"])
    assert unit_matches("oameni", "people", ["ljudi", "oameni"])
    assert not unit_matches("osoba", "people", ["ljudi"])
    assert not unit_matches("year", "month")
    assert not unit_matches(None, "month")


# --- expected values ---------------------------------------------------------------

@pytest.mark.parametrize("raw, unit, expected", [
    (18, None, v(18)),
    (2.5, "years", v(2.5, unit="year")),
    ("18", None, v(18)),
    (">= 18", "month", v(18, None, "month")),
    ("> 18", None, v(18, None)),
    ("≥ 18", None, v(18, None)),
    ("< 5", None, v(None, 5)),
    ("<= 5", None, v(None, 5)),
    ("18-24", None, v(18, 24)),
    ("18 – 24", None, v(18, 24)),
    ("-5", None, v(-5)),
    ("~50", "people", v(50, unit="people", approximate=True)),
    ("> 18 months", None, v(18, None, "month")),
    ({"min": 18, "max": 24}, None, v(18, 24)),
    ({"min": 18}, "mjeseci", v(18, None, "month")),
    ({"max": 24, "min": None}, None, v(None, 24)),
])
def test_parse_expected_number(raw, unit, expected):
    assert parse_expected_number(raw, unit) == expected


@pytest.mark.parametrize("raw", [
    "", "abc", "18-", "24-18", ">= 18-24", "1,5", "inf", "nan", float("nan"), float("inf"), True, None,
    [18], {"min": 24, "max": 18}, {"low": 1}, {}, {"min": None}, {"min": "x"}, {"min": True},
])
def test_parse_expected_number_rejects(raw):
    with pytest.raises(ValueError) as error:
        parse_expected_number(raw)
    assert "\n" not in str(error.value)


# --- robustness --------------------------------------------------------------------

LANGUAGES = [None, "", "en", "hr", "sr", "sr-Latn", "bs", "ro", "de", "de-CH", "fr", "es", "it", "pt",
             "pl", "ru", "uk", "ar", "ja", "xx", "not a language"]
PIECES = ["18", "1.000,5", "1,000.5", "-", "–", "%", " ", "\u202f", "više od", "more than", "a", "year",
          "and", "half", "godinu", "i", "pol", "un", "an", "şi", "jumătate", "between", "od", "do",
          "million", "milijuna", "de", "la", "полтора", "года", "более", "٣", "COVID-", "two", ".", "'"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join),
                 st.lists(st.sampled_from(PIECES), max_size=12).map("".join)),
       st.sampled_from(LANGUAGES))
def test_never_raises_and_spans_point_into_the_text(text, language):
    found = find_numbers(text, language)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
        assert mention.start < mention.end
