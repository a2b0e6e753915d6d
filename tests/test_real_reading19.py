"""Readings of real news copy, nineteenth round: each test names the sentence a newsroom
writes and what the rule must make of it."""

from __future__ import annotations

import pytest

from real_news import phrase_rule, verdict_on


@pytest.mark.parametrize("language, body, verdict", [
    ("hr", "Lender je sletio nakon 41-dnevnog putovanja.", "agrees"),
    ("hr", "Putovanje je trajalo 40 dana, a letjelica je prije toga obavila 41 dnevnih letova.", "contradicts"),
    ("hr", "Tijekom putovanja letjelica je obavila 41 dnevnih letova.", "silent"),
    ("bg", "По време на пътуването апаратът извърши 41 дневни полета.", "silent"),
], ids=["hyphenated", "hr-after-a-space", "hr-counting-flights", "bg-counting-flights"])
def test_the_adjective_of_a_span_of_days_is_read_only_on_its_figure(language: str, body: str,
                                                                     verdict: str) -> None:
    """"41-dnevnog putovanja" is a 41-day journey; "41 dnevnih letova" (41 daily flights),
    with a space, counts flights, and the journey's span is the 40 days the sentence gives."""
    rule = "- {id: trip, check: number, expect: '41', unit: day, about: [putovanje, putovanja, пътуване]}\n"
    assert verdict_on("trip", language, "2026-02-13", body, rule) == verdict


EVACUATED = ("- {id: evacuated, check: number, expect: '5000', unit: people, units: [residents, Einwohner], "
             "about: [evacuated, evakuiert, evakuierte, dead, Tote]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "Officials said 300 evacuated homes were searched.", "silent"),
    ("de", "300 evakuierte Häuser wurden durchsucht.", "silent"),
    ("en", "In all, 4,000 evacuated residents returned home.", "contradicts"),
    ("de", "Insgesamt 5.000 evakuierte Einwohner kehrten zurück.", "agrees"),
    ("en", "The storm left 4,000 evacuated yesterday.", "contradicts"),
    ("de", "4.000 Evakuierte wurden gezählt.", "contradicts"),
], ids=["en-homes", "de-houses", "en-residents", "de-residents", "en-anchor-then-a-day", "de-anchor-then-a-verb"])
def test_an_anchor_before_a_noun_of_its_own_counts_that_noun(language: str, body: str, verdict: str) -> None:
    """"300 evacuated homes" counts homes, which are no people; "4,000 evacuated residents"
    counts residents, which the rule names among its units; "4,000 evacuated yesterday" has
    the anchor for its noun."""
    assert verdict_on("evacuated", language, "2026-02-13", body, EVACUATED) == verdict
