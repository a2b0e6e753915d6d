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
