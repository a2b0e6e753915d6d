"""Anchors as editors write them, in the dictionary's form, found in the inflected forms the
wire writes: a verb's infinitive in its pasts and participles, a noun's nominative in a compound
with a long case ending, a verb a language's list of function words holds."""

from __future__ import annotations

import pytest
from real_news import verdict_on


def _counted(expect: str, *about: str) -> str:
    return f"- {{id: counted, check: number, expect: '{expect}', about: [{', '.join(about)}]}}\n"


@pytest.mark.parametrize("language, anchor, body, verdict", [
    ("cs", "zadržet", "Policie zadržela 11 lidí.", "agrees"),
    ("cs", "zadržet", "Policie zadržela 12 lidí.", "contradicts"),
    ("cs", "zadržet", "Policisté zadrželi při zásahu 11 lidí.", "agrees"),
    ("cs", "zadržet", "Při zásahu bylo zadrženo 12 lidí.", "contradicts"),
    ("cs", "vidět", "Svědci viděli 11 ozbrojenců.", "agrees"),
    ("cs", "vidět", "Svědkyně viděla 12 ozbrojenců.", "contradicts"),
    ("sk", "vidieť", "Svedkovia videli 12 ozbrojencov.", "contradicts"),
    # a verb with another prefix is another verb: "držet" (hold) is no "zadržet" (detain)
    ("cs", "držet", "Policie zadržela 12 lidí.", "silent"),
    # nor is a noun that begins as the verb does: "video" is no "vidět"
    ("cs", "vidět", "Na videu je 12 ozbrojenců.", "silent"),
], ids=["cs-zadrzela", "cs-zadrzela-wrong", "cs-zadrzeli", "cs-zadrzeno", "cs-videli", "cs-videla",
        "sk-videli", "cs-another-prefix", "cs-a-noun"])
def test_a_czech_verb_in_et_finds_its_past_in_el(language: str, anchor: str, body: str, verdict: str) -> None:
    """Czech verbs in -et, -ět (Slovak -ieť) make their past in -el, -ěl and their participle
    in -en, -ěn: "zadržet" (detain), "policie zadržela", "bylo zadrženo"; "vidět" (see),
    "viděli"; Slovak "vidieť", "videli". An editor writes the infinitive and relies on it
    finding the past a report tells the deed in."""
    assert verdict_on("counted", language, "2026-02-10", body, _counted("11", anchor)) == verdict
