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
