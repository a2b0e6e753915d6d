"""Reports as the wire writes them: what reading news in more languages showed, a twelfth round."""

from __future__ import annotations

import pytest
from real_news import phrase_rule, verdict_on


@pytest.mark.parametrize("phrasing, body, verdict", [
    ("wykluczyli błąd pilota", "Śledczy nie wykluczyli błędu pilota.", "contradicts"),
    ("wykluczyli błąd pilota", "Śledczy wykluczyli błąd pilota.", "agrees"),
    ("odwiedził urząd miasta", "Premier nie odwiedził urzędu miasta.", "contradicts"),
    ("spotkał jej męża", "Prezydent nie spotkał jej męża.", "contradicts"),
], ids=["blad-bledu", "blad-affirmed", "urzad-urzedu", "maz-meza"])
def test_a_polish_stem_whose_a_nasal_turns_e_nasal_in_its_other_cases_is_the_same_word(
        phrasing: str, body: str, verdict: str) -> None:
    """Polish writes ą in a stem's last syllable as ę once an ending follows ("błąd",
    "nie wykluczyli błędu"): the genitive a negation wants is the rule's own noun."""
    assert verdict_on("ruled-out", "pl", "2026-11-27", body, phrase_rule("ruled-out", phrasing)) == verdict


@pytest.mark.parametrize("language, phrasing, body", [
    ("cs", "vydaly varování před tsunami", "Řecké úřady po zemětřesení varování před tsunami nevydaly."),
    ("cs", "vydaly varování před tsunami", "Varování před tsunami úřady nevydaly."),
    ("sk", "vydali varovanie pred cunami", "Úrady varovanie pred cunami nevydali."),
    ("lv", "izsludināja cunami brīdinājumu", "Varasiestādes cunami brīdinājumu neizsludināja."),
    ("lt", "paskelbė cunamio pavojų", "Valdžia cunamio pavojų nepaskelbė."),
    ("cs", "policie zadržela podezřelého", "Podezřelého policie nezadržela."),
], ids=["cs-last", "cs-object-first", "sk-last", "lv-last", "lt-last", "cs-subject-between"])
def test_a_verb_negated_by_its_prefix_after_its_object_denies_in_free_word_order(
        language: str, phrasing: str, body: str) -> None:
    """A Slavic or Baltic verb after its object, negated by its prefix ("varování …
    nevydaly"), is the phrasing's verb denied, as it is before the object."""
    assert verdict_on("w", language, "2026-11-27", body, phrase_rule("w", phrasing)) == "contradicts"


@pytest.mark.parametrize("language, phrasing, body", [
    ("cs", "vydaly varování před tsunami", "Varování před tsunami úřady zrušily."),
    ("sk", "vydali varovanie pred cunami", "Varovanie pred cunami úrady odvolali."),
], ids=["cs-zrusily", "sk-odvolali"])
def test_in_free_word_order_another_verb_in_the_clause_may_stand_for_the_one_left_out(
        language: str, phrasing: str, body: str) -> None:
    """"Varování před tsunami úřady zrušily" (the authorities cancelled the warning) does not
    state "vydaly varování před tsunami" (issued it) for the match of every word but the verb."""
    assert verdict_on("w", language, "2026-11-27", body, phrase_rule("w", phrasing)) == "silent"


@pytest.mark.parametrize("language, phrasing, body", [
    ("cs", "vydaly varování před tsunami", "Řecké úřady varování před tsunami vydaly."),
    ("cs", "policie zadržela podezřelého", "Podezřelého policie zadržela."),
    ("ru", "власти объявили тревогу", "Тревогу власти объявили."),
], ids=["cs-last", "cs-subject-between", "ru-object-first"])
def test_a_verb_after_its_object_still_states_the_phrasing(language: str, phrasing: str, body: str) -> None:
    assert verdict_on("w", language, "2026-11-27", body, phrase_rule("w", phrasing)) == "agrees"
