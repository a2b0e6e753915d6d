"""Reports as the wire writes them: what reading news in more languages showed, a further round."""

from __future__ import annotations

import datetime as dt

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, verdict_on

from checker.facts.dates import find_dates

_AGE = ("età pensionabile", "edad de jubilación", "âge de départ", "vârsta de pensionare")


@pytest.mark.parametrize("language, body", [
    ("it", "Con la riforma l'età pensionabile passa da 62 a {} anni."),
    ("it", "Il governo alza l'età pensionabile da 62 a {} anni."),
    ("it", "La legge porta l'età pensionabile da 62 a {} anni."),
    ("es", "Con la reforma, la edad de jubilación pasa de 62 a {} años."),
    ("es", "La reforma retrasa la edad de jubilación de 62 a {} años."),
    ("fr", "La réforme repousse l'âge de départ de 62 à {} ans."),
    ("fr", "La réforme relève l'âge de départ de 62 à {} ans."),
    ("ro", "Vârsta de pensionare crește de la 62 la {} de ani."),
], ids=["it-passa", "it-alza", "it-porta", "es-pasa", "es-retrasa", "fr-repousse", "fr-releve", "ro-creste"])
@pytest.mark.parametrize("stated, verdict", [("64", "agrees"), ("65", "contradicts")])
def test_a_change_from_one_figure_to_another_states_the_second_not_a_range(
        language: str, body: str, stated: str, verdict: str) -> None:
    """"da 62 a 65" after a verb of change is where the age goes, not an age between 62 and
    65 (which would agree with 64)."""
    rules = number_rule("age", "64", *_AGE, unit="year")
    assert verdict_on("age", language, "2026-11-27", body.format(stated), rules) == verdict


def test_from_to_without_a_verb_of_change_stays_a_range() -> None:
    rules = number_rule("age", "64", *_AGE, unit="year")
    body = "L'età pensionabile sarà compresa da 62 a 66 anni, secondo la proposta."
    assert verdict_on("age", "it", "2026-11-27", body, rules) == "agrees"


@pytest.mark.parametrize("language, phrasing, body", [
    ("tl", "sobra ang sakay ng barko", "Sobra ang sakay ng barko at hindi pinansin ng kapitan ang babala."),
    ("tl", "sobra ang sakay ng barko", "Sobra ang sakay ng barko pero hindi ito napansin ng mga awtoridad."),
    ("en", "the vessel was overloaded", "The vessel was overloaded and not seaworthy, the coast guard said."),
    ("id", "kapal kelebihan muatan", "Kapal kelebihan muatan dan tidak dihiraukan oleh nakhoda."),
    ("it", "il traghetto era sovraccarico", "Il traghetto era sovraccarico e non è stato ispezionato."),
], ids=["tl-at", "tl-pero", "en-and", "id-dan", "it-e"])
def test_a_negation_past_and_or_but_after_a_claim_denies_what_follows_not_the_claim(
        language: str, phrasing: str, body: str) -> None:
    assert verdict_on("overloaded", language, "2026-11-27", body, phrase_rule("overloaded", phrasing)) == "agrees"


def test_a_negation_right_after_a_claim_still_denies_it() -> None:
    rules = phrase_rule("accepted", "Putin nahm die Einladung an")
    body = "Putin nahm die Einladung nicht an und reiste ab."
    assert verdict_on("accepted", "de", "2026-11-27", body, rules) == "contradicts"


@pytest.mark.parametrize("body, verdict", [
    ("フェリー沈没、船長は逮捕されず", "contradicts"),
    ("警察は船長を逮捕せずに釈放した。", "contradicts"),
    ("警察は船長を逮捕した。", "agrees"),
    # -ず in words that deny nothing
    ("警察は船長を逮捕したにもかかわらず、会社は謝罪した。", "agrees"),
    ("警察は船長を逮捕し、わずか2時間後に釈放した。", "agrees"),
], ids=["sarezu", "sezuni", "affirmed", "nimokakawarazu", "wazuka"])
def test_the_written_japanese_negative_zu_denies(body: str, verdict: str) -> None:
    rules = phrase_rule("arrested", "船長が逮捕された" if "され" in body else "船長を逮捕した")
    assert verdict_on("arrested", "ja", "2026-11-27", body, rules) == verdict


@pytest.mark.parametrize("language, phrasing, body", [
    ("da", "koncernen betalte løsesummen", "Koncernen nægtede at betale løsesummen."),
    ("sv", "betalade lösensumman", "Koncernen vägrar betala lösensumman."),
    ("lt", "sumokėjo išpirką", "Grupė atsisakė sumokėti išpirką."),
    ("lv", "samaksāja izpirkuma maksu", "Grupa atteicās samaksāt izpirkuma maksu."),
    ("bg", "Ковач призна поражението си", "Ковач отказа да признае поражението си."),
    ("mk", "Ковач го призна поразот", "Ковач одби да го признае поразот."),
], ids=["da", "sv", "lt", "lv", "bg", "mk"])
def test_a_verb_of_refusing_denies_the_deed_it_refuses(language: str, phrasing: str, body: str) -> None:
    assert verdict_on("r", language, "2026-11-25", body, phrase_rule("r", phrasing)) == "contradicts"


def test_a_refusal_the_phrasing_itself_writes_agrees_across_the_comma_german_sets_before_the_infinitive() -> None:
    rules = phrase_rule("r", "weigert sich, das Lösegeld zu zahlen")
    body = "Der Spitalsverbund weigert sich, das Lösegeld zu zahlen."
    assert verdict_on("r", "de", "2026-11-25", body, rules) == "agrees"
    assert verdict_on("r", "de", "2026-11-25", "Der Verbund hat das Lösegeld gezahlt.", rules) == "contradicts"
