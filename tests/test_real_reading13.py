"""Reports as the wire writes them: what reading news in more languages showed, a thirteenth round."""

from __future__ import annotations

import pytest
from real_news import number_rule, verdict_on

from checker.facts.numbers import find_numbers


@pytest.mark.parametrize("text, value", [
    ("Tiesa piesprieda viņam sešu gadu cietumsodu.", 6),
    ("Tika piemērots četru gadu nosacīts sods.", 4),
    ("Pēc astoņu stundu ilgas sēdes tiesa nolēma.", 8),
], ids=["sesu", "cetru", "astonu"])
def test_a_latvian_number_word_in_the_genitive_of_a_compound_is_read(text: str, value: int) -> None:
    """Latvian counts in the genitive before the noun of a compound it qualifies ("sešu gadu
    cietumsods", a six-year prison sentence)."""
    assert value in [m.value.min for m in find_numbers(text, "lv")]


def test_a_latvian_sentence_in_the_genitive_contradicts_another_figure() -> None:
    rules = number_rule("prison", "8", "cietumsodu", unit="year")
    body = "Tiesa piektdien piesprieda Dorinam Čobanu sešu gadu cietumsodu."
    assert verdict_on("prison", "lv", "2026-11-20", body, rules) == "contradicts"
