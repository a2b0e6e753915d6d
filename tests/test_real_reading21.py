"""Readings of real news copy, twenty-first round: each test names the sentence a newsroom
writes and what the rule must make of it."""

from __future__ import annotations

import pytest
from real_news import verdict_on

FREED_AND_SEIZED = ("- {id: seized, check: date, expect: '2025-10-06', "
                    "about: [seized, hijacked, sace, détourné, secuestrado, απήχθη, entführt]}\n"
                    "- {id: freed, check: date, expect: '2025-10-09', "
                    "about: [freed, sako, libéré, liberado, απελευθερώθηκε, befreit]}\n")


@pytest.mark.parametrize("language, body, rule, verdict", [
    ("en", "Authorities freed the crew of the ship, which pirates had seized, on Thursday.", "freed", "agrees"),
    ("en", "Authorities freed the crew of the ship, which pirates had seized, on Thursday.", "seized", "silent"),
    ("ha", "An sako ma'aikatan jirgin, wanda 'yan fashin teku suka sace, a ranar Alhamis.", "freed", "agrees"),
    ("ha", "An sako ma'aikatan jirgin, wanda 'yan fashin teku suka sace, a ranar Alhamis.", "seized", "silent"),
    ("fr", "L'équipage du navire, qui avait été détourné par des pirates, a été libéré jeudi.", "freed", "agrees"),
    ("en", "The ship, which pirates seized on Monday, was freed on Thursday.", "seized", "agrees"),
    ("en", "The ship, which pirates seized on Monday, was freed on Thursday.", "freed", "agrees"),
], ids=["en-main", "en-aside", "ha-main", "ha-aside", "fr-main", "en-inside", "en-inside-main"])
def test_a_relative_clause_set_off_by_commas_parts_nothing_of_the_clause_around_it(
        language: str, body: str, rule: str, verdict: str) -> None:
    """A date after a relative clause between commas (", which pirates had seized,") is the
    main clause's; a date inside the clause stays the clause's own."""
    assert verdict_on(rule, language, "2025-10-10", body, FREED_AND_SEIZED) == verdict
