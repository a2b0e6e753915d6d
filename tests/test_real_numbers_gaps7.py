"""Figures as real news writes them, end to end: ordinals in digits, which rank and count
nothing but the noun right after them ("for the 4th time", "voor de 1e keer"), and the
verdict of each rule and the sentence it rests on."""

from __future__ import annotations

import pytest
from real_news import number_rule, read_case, stated

# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    "en-vote": ("en", "2024-07-05", """LONDON – Britons voted for the 4th time on Thursday, and 46 million people were registered to vote. Labour won 412 seats.
""", number_rule("voters", "46000000", "voted"), {
        # "the 4th time": a rank, no count of anything
        "voters": ("agrees", "LONDON – Britons voted for the 4th time on Thursday, and 46 million people were registered to vote."),
    }),
    "nl-seats": ("nl", "2023-11-23", """DEN HAAG – De PVV van Geert Wilders is voor de 1e keer de grootste partij geworden, met 37 zetels in de Tweede Kamer. De VVD zakte naar 24 zetels.
""", number_rule("seats", "37", "grootste partij"), {
        # "de 1e keer": the first time; "the 13th meeting" stays 13 of the meetings
        "seats": ("agrees", "DEN HAAG – De PVV van Geert Wilders is voor de 1e keer de grootste partij geworden, met 37 zetels in de Tweede Kamer."),
    }),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_of_real_news_are_read_as_they_are_meant(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
