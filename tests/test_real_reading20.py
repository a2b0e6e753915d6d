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


CLEANUP = ("- {id: cleanup, check: date, expect: '2025-11-28', "
           "about: [čiščenje, čišćenje, cleanup, sprzątanie]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("sl", "Čiščenje naj bi se končalo do 28. novembra.", "agrees"),
    ("hr", "Čišćenje bi se završilo do 28. studenoga.", "agrees"),
    ("hr", "Čišćenje bi se trebalo završiti do 28. studenoga.", "agrees"),
    ("en", "The cleanup was due to end on November 28.", "agrees"),
    ("pl", "Sprzątanie miało się zakończyć 28 listopada.", "agrees"),
    ("en", "The cleanup was completed on November 20.", "contradicts"),
], ids=["sl-naj-bi", "hr-bi", "hr-bi-trebalo", "en-was-due-to", "pl-mialo-sie", "en-a-past-day"])
def test_a_day_ahead_in_the_conditional_or_as_then_expected_stays_ahead(language: str, body: str,
                                                                      verdict: str) -> None:
    """A day and month a month or more after the publication, in a clause in the past, are
    last year's; not where the clause is in the conditional ("naj bi se končalo", "bi se
    završilo") or tells what was then to come ("was due to end", "miało się zakończyć")."""
    assert verdict_on("cleanup", language, "2025-10-13", body, CLEANUP) == verdict


SPILLED = "- {id: oil, check: number, expect: 4300, unit: tonne, about: [lekket, leaked, läckt, läckte]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("nb", "Rundt 4300 tonn råolje har lekket ut etter at tankskipet gikk på grunn søndag. Det er den største "
           "oljeforurensningen siden «Full City» gikk på grunn 31. juli 2009. Den gang lekket rundt 300 tonn "
           "bunkersolje ut.", "agrees"),
    ("sv", "Omkring 4 300 ton olja har läckt ut sedan tankern gick på grund i söndags. Den värsta olyckan var när "
           "Tsesis gick på grund den 26 oktober 1977. Då läckte omkring 1 000 ton olja ut.", "agrees"),
    ("en", "About 4,300 tonnes have leaked since the tanker ran aground on Sunday. The worst spill was in 2009. "
           "Back then, about 300 tonnes leaked.", "agrees"),
    ("en", "About 4,300 tonnes have leaked since the tanker ran aground on Sunday, officials said. Back then, "
           "nobody expected it. About 300 tonnes leaked on Monday alone.", "unclear"),
], ids=["nb-den-gang", "sv-da", "en-back-then", "en-a-recent-sentence-before"])
def test_a_sentence_opening_with_back_then_is_dated_as_the_one_before(language: str, body: str,
                                                                     verdict: str) -> None:
    """"… since the Full City ran aground on 31 July 2009. Back then, about 300 tonnes leaked":
    the sentence that opens with "back then" ("Den gang", "Då") tells of the earlier spill the
    sentence before dated, not of this one."""
    assert verdict_on("oil", language, "2025-10-13", body, SPILLED) == verdict


CATALAN = ("- {id: aground, check: date, expect: '2025-10-12', about: [encallar]}\n"
           "- {id: ends, check: date, expect: '2025-11-28', about: [acabar]}\n"
           "- {id: spilled, check: number, expect: 4300, unit: tonne, about: [vessar]}\n")


@pytest.mark.parametrize("rule, body, verdict", [
    ("aground", "Els treballs van començar després que el petrolier encallés diumenge 12 d'octubre.", "agrees"),
    ("aground", "Els treballs van començar després que el petrolier encallés dissabte 11 d'octubre.", "contradicts"),
    ("ends", "Les autoritats preveuen que les tasques acabin el 28 de novembre.", "agrees"),
    ("spilled", "Unes 4.300 tones de petroli cru s'han vessat al mar.", "agrees"),
], ids=["encalles", "encalles-wrong-day", "acabin", "vessat"])
def test_a_catalan_infinitive_finds_its_participle_and_subjunctives(rule: str, body: str, verdict: str) -> None:
    """"encallar", "acabar", "vessar", as an editor writes the anchors, find "encallés",
    "acabin", "vessat"."""
    assert verdict_on(rule, "ca", "2025-10-13", body, CATALAN) == verdict
