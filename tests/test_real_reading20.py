"""Readings of real news copy, twentieth round: each test names the sentence a newsroom
writes and what the rule must make of it."""

from __future__ import annotations

import pytest
from real_news import verdict_on

OPENED = ("- {id: opened, check: date, expect: '1978', "
          "about: [opened, eröffnet, átadták, megnyílt, açıldı, avattiin, avati, otwarto]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("hu", "A felvonót 1978-ban adták át.", "agrees"),
    ("hu", "A felvonó 1979-ben megnyílt.", "contradicts"),
    ("tr", "Teleferik 1979'da açıldı.", "contradicts"),
    ("fi", "Köysirata avattiin vuonna 1979.", "contradicts"),
    ("et", "Köisraudtee avati 1979. aastal.", "contradicts"),
    ("pl", "Kolejkę otwarto w 1979 roku.", "contradicts"),
    ("de", "1979 wurde die Seilbahn eröffnet.", "contradicts"),
    ("en", "1978 was the year the cable car opened.", "agrees"),
    ("hu", "A felvonót átadták, a felvonó 1979 utast szállít naponta.", "silent"),
    ("de", "Die Seilbahn wurde eröffnet. 1979 Fahrgäste nutzten sie am ersten Tag.", "silent"),
], ids=["hu-ban", "hu-ben-wrong", "tr-da", "fi-vuonna", "et-aastal", "pl-roku", "de-opening",
        "en-opening", "hu-a-count", "de-a-count-opening"])
def test_a_year_alone_is_read_with_its_case_and_at_a_sentences_start(language: str, body: str,
                                                                   verdict: str) -> None:
    """A year written with its case ending ("1978-ban", "1979'da"), after the form of "year"
    it is dated in ("vuonna", CLDR's "viime vuonna"), or opening a sentence before an
    auxiliary ("1979 wurde …") dates a rule about a year; four figures that count a noun do not."""
    assert verdict_on("opened", language, "2025-02-15", body, OPENED) == verdict
