"""Reports as the wire writes them: what reading news in more languages showed, an eighteenth round."""

from __future__ import annotations

import pytest
from real_news import verdict_on

STORM_ON_MONDAY = "- {id: storm, check: date, expect: '2026-11-23', about: [storm, Sturm, tempête, oluja]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("de", "Der Sturm traf die Küste in der Nacht von Sonntag auf Montag.", "unclear"),
    ("de", "Der Sturm traf die Küste in der Nacht von Samstag auf Sonntag.", "contradicts"),
    ("de", "Der Sturm traf die Küste in der Nacht auf Montag.", "unclear"),
    ("fr", "La tempête a frappé la côte dans la nuit de dimanche à lundi.", "unclear"),
], ids=["de-night-from-to", "de-night-a-day-early", "de-night-to", "fr-night-from-to"])
def test_the_night_from_one_weekday_to_the_next_names_both_days(language: str, body: str, verdict: str) -> None:
    """"Von Sonntag auf Montag" (from Sunday to Monday) is the Monday of the same week, not
    a day the storm was put off to: no contradiction of a rule on that Monday."""
    assert verdict_on("storm", language, "2026-11-24", body, STORM_ON_MONDAY) == verdict
