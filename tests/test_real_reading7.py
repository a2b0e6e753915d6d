"""Whole articles as the wire writes them, end to end: an earthquake in central Italy
reported in sixteen languages (Italian, Czech, Korean, Hebrew...), each with the verdict
of its rules and the sentence it rests on, and what reading them showed."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.corpus.language import LanguageDetector
from checker.facts.dates import find_dates


@pytest.mark.parametrize("language, text, days", [
    ("cs", "Zemětřesení o síle 6,1 stupně zasáhlo v úterý ráno střední Itálii.", [10]),
    ("cs", "Střední školy zůstanou ve středu zavřené.", [11]),
    ("sk", "Zemetrasenie zasiahlo v utorok stredné Taliansko, stredná škola je zatvorená.", [10]),
    ("uk", "Землетрус у вівторок сколихнув середню частину Італії, середній бал не змінився.", [10]),
    ("cs", "Úřady to oznámily ve středu a zopakovaly to ve středě večer i po středeční poradě.", [11, 11]),
], ids=["cs-central", "cs-school", "sk-central", "uk-middle", "cs-cases"])
def test_a_word_of_a_weekdays_stem_is_no_weekday(language: str, text: str, days: list[int]) -> None:
    """Czech "střední" (central) was read as "středa" (Wednesday), and a Czech report of an
    earthquake on Tuesday contradicted the rule with a Wednesday; the cases of the name
    ("ve středu", "ve středě") are still the day."""
    found = find_dates(text, language, dt.date(2026, 11, 11))
    assert [m.value.day for m in found if m.value.weekday] == days
