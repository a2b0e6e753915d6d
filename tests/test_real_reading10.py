"""Reports as the wire writes them: what reading more news, in more languages, showed."""

from __future__ import annotations

import datetime as dt

import pytest
from real_news import date_rule, number_rule, verdict_on

from checker.facts.dates import find_dates

PUBLISHED = dt.date(2026, 11, 27)


def _days(text: str, language: str) -> list[dt.date]:
    return [dt.date(m.value.year, m.value.month, m.value.day) for m in find_dates(text, language, PUBLISHED)
            if m.value.year and m.value.month and m.value.day]


@pytest.mark.parametrize("text, language, day", [
    # a past clause: the day of this year, which news writes without its year
    ("The tanker was seized on March 14 off the coast.", "en", dt.date(2026, 3, 14)),
    ("Der Tanker wurde am 14. März beschlagnahmt.", "de", dt.date(2026, 3, 14)),
    ("De tanker werd op 14 maart in beslag genomen.", "nl", dt.date(2026, 3, 14)),
    ("Valet hölls den 14 mars.", "sv", dt.date(2026, 3, 14)),
    # a day a past verb moves something to, or one the clause also tells of as to come
    ("The summit was postponed to March 14.", "en", dt.date(2027, 3, 14)),
    ("Der Gipfel wurde auf den 14. März verschoben.", "de", dt.date(2027, 3, 14)),
    ("The vote was scheduled for March 14.", "en", dt.date(2027, 3, 14)),
    ("The ministry said the talks would take place on 14 March.", "en", dt.date(2027, 3, 14)),
    # no tense told: the nearer reading, a day ahead counting twice
    ("Talks on March 14.", "en", dt.date(2027, 3, 14)),
    # a past within a month ahead stays this year's
    ("The tanker was seized on Dec. 14.", "en", dt.date(2026, 12, 14)),
], ids=["en-past", "de-past", "nl-past", "sv-past", "en-postponed", "de-verschoben", "en-scheduled",
        "en-would", "en-no-tense", "en-within-a-month"])
def test_a_day_and_month_without_year_told_in_the_past_are_of_the_year_before_they_would_come(
        text: str, language: str, day: dt.date) -> None:
    """Read by distance alone, "March 14" in a November article is next March's (a day
    ahead counting twice); told in the past it is this year's."""
    assert _days(text, language) == [day]


def test_a_past_seizure_without_its_year_agrees_with_the_rule() -> None:
    rules = date_rule("seized", "2026-03-14", "seized", "tanker")
    body = "Police said the tanker was seized on March 14 in international waters."
    assert verdict_on("seized", "en", "2026-11-27", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, value", [
    # the level reached in the clause after the amount's
    ("ja", "日銀は26日、政策金利を0.5%引き上げ、4.75%とした。", "4.75"),
    ("ko", "한국은행은 기준금리를 0.25%포인트 인하해, 연 3.25%로 결정했다.", "3.25"),
    # a level someone changed, from one figure to another
    ("hi", "रिज़र्व बैंक ने दर को 6.5 प्रतिशत से घटाकर 6.25 प्रतिशत कर दिया।", "6.25"),
    ("tl", "Ibinaba ng bangko sentral ang rate sa 3.25% mula sa 3.5%.", "3.25"),
], ids=["ja-after-comma", "ko-after-comma", "hi-transitive", "tl-from-to"])
def test_a_rate_changed_states_the_level_it_reached(language: str, body: str, value: str) -> None:
    about = {"ja": "政策金利", "ko": "기준금리", "hi": "दर", "tl": "rate"}[language]
    rules = number_rule("rate", value, about, unit="percent")
    assert verdict_on("rate", language, "2026-11-27", body, rules) == "agrees"
    other = number_rule("rate", "9", about, unit="percent")
    assert verdict_on("rate", language, "2026-11-27", body, other) == "contradicts"
