"""Reports as the wire writes them, one sentence or a few at a time: a name given in full
once and by one word after, names an abjad writes with few vowels, and what reading more
of the news showed."""

from __future__ import annotations

import pytest
from real_news import entity_rule, verdict_on

from checker.text.normalise import abjad_readings, fold, written_letters

WIN = ("won", "فاز", "Gewonnen", "câștigat", "победил")


@pytest.mark.parametrize("language, text, expect, alternative, verdict", [
    ("en", "Joe Biden, the former vice-president, ran a long campaign.\n\nBiden won the election on Tuesday.",
     "Joe Biden", "Donald Trump", "agrees"),
    ("en", "Joe Biden, the former vice-president, ran a long campaign.\n\nBiden won the election on Tuesday.",
     "Donald Trump", "Joe Biden", "contradicts"),
    ("de", "Amara Nwosu und David Okafor traten in der Stichwahl an.\n\nGewonnen hat Okafor.",
     "Amara Nwosu", "David Okafor", "contradicts"),
    ("ro", "Maria Popescu a candidat pentru prima dată.\n\nPopescu a câștigat alegerile cu 201 voturi.",
     "Maria Popescu", "Ion Ionescu", "agrees"),
    ("ru", "Владимир Путин выступил в Кремле.\n\nНа выборах победил Путин.",
     "Vladimir Putin", "Boris Nadezhdin", "agrees"),
    ("ar", "تحدث دونالد ترامب للصحفيين في فلوريدا.\n\nفاز ترامب في الانتخابات الرئاسية.",
     "Joe Biden", "Donald Trump", "contradicts"),
], ids=["en", "en-rival", "de", "ro", "ru", "ar"])
def test_a_name_given_in_full_once_is_named_by_one_of_its_words_after(
        language: str, text: str, expect: str, alternative: str, verdict: str) -> None:
    """A report names someone in full once and by the surname after: "Biden won" in the
    second paragraph is Joe Biden's win, for the rule and for its alternative."""
    rules = entity_rule("win", expect, alternative, *WIN)
    assert verdict_on("win", language, "2026-11-26", text, rules) == verdict


@pytest.mark.parametrize("text, expect, alternative", [
    ("Biden won the election on Tuesday.", "Joe Biden", "Donald Trump"),
    ("Kim Jong Un watched the launch.\n\nHis sister Kim Yo Jong won the vote.", "Kim Jong Un", "Moon Jae-in"),
    ("Maria Popescu and Ion Popescu ran.\n\nPopescu won the vote.", "Maria Popescu", "Ion Popescu"),
], ids=["never-in-full", "another-name", "shared-word"])
def test_a_word_of_a_name_alone_names_no_one_unless_it_is_that_names_alone(
        text: str, expect: str, alternative: str) -> None:
    """The word alone stands for the name only where the source names it in full, the
    word is not followed by another word of a name ("Kim Yo Jong"), and no other name the
    rule gives has it ("Popescu" of two Popescus)."""
    rules = entity_rule("win", expect, alternative, *WIN)
    assert verdict_on("win", "en", "2026-11-26", text, rules) == "silent"


@pytest.mark.parametrize("word, reading", [("بايدن", "bdn"), ("كامالا", "kml")])
def test_an_abjad_name_of_three_consonants_counts_the_vowels_it_writes(word: str, reading: str) -> None:
    """Folding writes the Arabic alef as nothing: "بايدن" (Biden) folds to "bydn", which
    looks like a word of three consonants and one vowel letter; as written it has two."""
    assert reading not in abjad_readings(fold(word))
    assert reading in abjad_readings(fold(word), written_letters(word))


def test_an_arabic_word_of_a_names_three_consonants_and_one_vowel_is_not_the_name() -> None:
    """"كامل" (complete) has Kamala's consonants but writes one long vowel, not two."""
    assert abjad_readings(fold("كامل"), written_letters("كامل")) == []
    rules = entity_rule("win", "Kamala", "Trump", *WIN)
    text = "فاز المرشح بالانتخابات بشكل كامل."
    assert verdict_on("win", "ar", "2026-11-26", text, rules) == "silent"


@pytest.mark.parametrize("language, text, verdict", [
    ("ar", "فاز بايدن في الانتخابات الرئاسية الأمريكية.", "agrees"),
    ("ar", "فاز ترامب في الانتخابات الرئاسية الأمريكية.", "contradicts"),
], ids=["biden", "trump"])
def test_an_arabic_name_with_its_long_vowels_written_is_read(language: str, text: str, verdict: str) -> None:
    """"بايدن" was never read as Biden: its consonants are three, and of the two long
    vowels it writes folding kept one."""
    rules = entity_rule("win", "Biden", "Trump", *WIN)
    assert verdict_on("win", language, "2026-11-26", text, rules) == verdict
