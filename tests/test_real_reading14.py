"""Reports as the wire writes them: what reading news in more languages showed, a fourteenth round."""

from __future__ import annotations

import pytest
from real_news import number_rule, verdict_on

STRIKERS = number_rule("strikers", "800", "strike", "workers")


@pytest.mark.parametrize("body, verdict", [
    ("The three-day strike by dock workers ended on Monday.", "silent"),
    ("The 3-day strike by dock workers ended on Monday.", "silent"),
    ("About 800 workers joined the three-day strike.", "agrees"),
    ("About 900 workers joined the three-day strike.", "contradicts"),
], ids=["three-day", "3-day", "three-day-beside-a-count", "three-day-beside-another-count"])
def test_a_span_of_time_written_on_a_noun_by_a_hyphen_counts_nothing(body: str, verdict: str) -> None:
    """"the three-day strike" states no 3 strikers, as "the 3-day strike" did not."""
    assert verdict_on("strikers", "en", "2026-11-20", body, STRIKERS) == verdict


def test_a_number_word_with_its_unit_by_a_hyphen_is_still_a_span_for_a_rule_about_it() -> None:
    rules = number_rule("length", "4", "strike", unit="day")
    assert verdict_on("length", "en", "2026-11-20", "The three-day strike ended on Monday.", rules) == "contradicts"


@pytest.mark.parametrize("body, verdict", [
    ("The strike, which lasted from 2010-2018, was the longest.", "silent"),
    ("The strikes of 2010 to 2018 were the longest.", "silent"),
    ("The strikes of 2010-2018 involved 800 workers.", "agrees"),
    ("Between 700-900 workers joined the strike.", "agrees"),
    ("Between 1100-1300 workers joined the strike.", "contradicts"),
], ids=["from-2010-2018", "of-2010-to-2018", "beside-a-count", "a-range-that-counts", "a-range-of-year-like-counts"])
def test_a_range_of_years_is_no_count(body: str, verdict: str) -> None:
    """"from 2010-2018" states no 2,010 to 2,018 strikers; "1100-1300 workers" counts them."""
    assert verdict_on("strikers", "en", "2026-11-20", body, STRIKERS) == verdict


AID = number_rule("aid", "5000000", "aid", "aide", "ayuda", "Hilfe", "pomoc", "помощи", "مساعدات", unit="EUR")


@pytest.mark.parametrize("language, body", [
    ("en", "The government announced aid of 1,000 euros per household."),
    ("en", "Families will receive aid of 1,000 euros each."),
    ("fr", "Le gouvernement a annoncé une aide de 1 000 euros par foyer."),
    ("de", "Die Regierung kündigte eine Hilfe von 1000 Euro pro Haushalt an."),
    ("es", "El Gobierno anunció una ayuda de 1.000 euros por hogar."),
    ("pl", "Rząd ogłosił pomoc w wysokości 1000 euro na osobę."),
    ("ru", "Правительство объявило о помощи в размере 1000 евро на человека."),
    ("ar", "أعلنت الحكومة عن مساعدات بقيمة 1000 يورو لكل أسرة."),
], ids=["en-per", "en-each", "fr-par", "de-pro", "es-por", "pl-na-osobe", "ru-na-cheloveka", "ar-likull"])
def test_an_amount_for_each_is_no_reading_of_a_total(language: str, body: str) -> None:
    """"1,000 euros per household" states no total of aid, which is 5 million."""
    assert verdict_on("aid", language, "2026-11-20", body, AID) == "silent"


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The government announced aid of 4 million euros, or 1,000 euros per household.", "contradicts"),
    ("es", "El Gobierno anunció una ayuda de 1.000 euros por el incendio.", "contradicts"),
    ("en", "The government announced aid of 1,000 euros for households.", "contradicts"),
], ids=["beside-a-total", "es-por-el-is-by", "no-per"])
def test_a_total_beside_an_amount_for_each_is_still_read(language: str, body: str, verdict: str) -> None:
    assert verdict_on("aid", language, "2026-11-20", body, AID) == verdict


def test_a_rate_near_the_expected_value_is_the_rules() -> None:
    """"$75 per barrel" is the price a rule expecting $80 a barrel reads: no total, a rate near it."""
    rules = number_rule("price", "80", "oil", unit="USD")
    assert verdict_on("price", "en", "2026-11-20", "Oil rose to $75 per barrel on Monday.", rules) == "contradicts"


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The disease caused 0.4 deaths per 100,000 inhabitants.", "silent"),
    ("de", "Die Krankheit verursachte 0,4 Todesfälle pro 100.000 Einwohner.", "silent"),
    ("en", "The disease caused 100,000 deaths in the region.", "agrees"),
], ids=["en-per", "de-pro", "a-count"])
def test_the_base_of_a_rate_is_no_figure(language: str, body: str, verdict: str) -> None:
    """"per 100,000 inhabitants" counts no deaths: its figure is the rate's base (it agreed
    with a rule expecting 100,000 deaths)."""
    rules = number_rule("dead", "100000", "deaths", "Todesfälle")
    assert verdict_on("dead", language, "2026-11-20", body, rules) == verdict
