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


HIJACKED = ("- {id: hijacked, check: date, expect: '2025-10-06', about: [hijacked, afduubeen, otetut]}\n"
            "- {id: crew, check: number, expect: 21, about: [sailors, shaqaale, crew]}\n")


@pytest.mark.parametrize("language, body, rule, verdict", [
    ("en", "PORT KESSA, Ombara, Oct 10 – 21 sailors whose ship was hijacked by pirates have been freed.",
     "hijacked", "silent"),
    ("en", "PORT KESSA, Ombara, Oct 10 – 21 sailors whose ship was hijacked by pirates have been freed.",
     "crew", "agrees"),
    ("so", ("PORT KESSA, Ombara, 10 Oktoobar – 21-ka shaqaale ee markabka oo burcad-badeed ku afduubeen "
            "xeebaha Ombara ayaa la xoreeyay."), "hijacked", "silent"),
    ("so", "12-ka shaqaale ee markabka ayaa la xoreeyay.", "crew", "contradicts"),
    ("so", "21-ka shaqaale ee markabka ayaa la xoreeyay.", "crew", "agrees"),
    ("en", "The talks ran Oct 2 – 6 and the sailors were hijacked on Oct 6.", "hijacked", "agrees"),
], ids=["en-dateline", "en-figure", "so-dateline", "so-article-wrong", "so-article", "en-a-range"])
def test_a_lead_opening_with_a_figure_below_a_dateline(language: str, body: str, rule: str, verdict: str) -> None:
    """"PORT KESSA, Ombara, Oct 10 – 21 sailors …": the dash ends the dateline, the filing day,
    and 21 counts the sailors, no day of a range; Somali writes its article on the figure
    ("21-ka shaqaale", the 21 crew)."""
    assert verdict_on(rule, language, "2025-10-10", body, HIJACKED) == verdict
