"""Numbers as articles state them, read as intervals with a unit.

Digits are read with the article's language's own decimal and grouping marks (from CLDR:
``1.000,5`` in Croatian, ``1,000.5`` in English, ``1 000,5`` in French); number words,
multipliers (``2,5 milijuna``, ``3 млн``), "and a half", ranges and bound words turn into
an interval ``[min, max]``. Money is a unit named by its ISO code, whether a sign stands
before or after the figure (``over €59.5 million``, ``59,5 €``) or the currency is named
(``23,9 millions d'euros``, ``40 milijuna eura``), so that every way of writing an amount
in euros meets on ``EUR``. Bounds are inclusive: "more than 18 months" is [18, ∞), so that
it agrees with a source that says 18 months or a year and a half, which is what an editor
means by "the sources agree". "About" keeps the stated value and marks it approximate;
:meth:`NumberValue.compatible` then widens it by :data:`APPROX_SPREAD`.

The vocabulary (CLDR's unit and multiplier words, hand tables of number and bound words)
lives in :mod:`checker.facts.number_words`; this module only reads text with it.
"""

from __future__ import annotations

import math
import reprlib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import TypeVar

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from ..text import cldr
from ..text.function_words import function_words, listed_words
from ..text.fuzzy import ONLY_E_FLEETING, best_match, fleeting_vowel, word_score
from ..text.normalise import (
    ABJAD_LANGUAGES,
    CAPITALISED_NOUNS,
    UNSPACED,
    attached_conjunctions,
    fold,
    fold_phrase,
    fold_words,
    primary_language,
    script_of,
)
from ..text.spans import Covered
from .date_words import ERAS, YEAR_FIGURES
from .number_words import (
    ADJECTIVE_AFTER,
    AGE_AFTER,
    AGE_BEFORE,
    AGE_BEFORE_BARE,
    AGE_NOUNS,
    AGE_WORDS,
    AIMED,
    AIMED_AFTER,
    AMONG,
    AMONG_AFTER,
    AMONG_THEM,
    CHANGE_CASES,
    CHANGE_CASES_VERB_BEFORE,
    CHANGES,
    CLOCK_AFTER,
    CLOCK_AT,
    CLOCK_AT_MINUTES_ONLY,
    CLOCK_PARTS,
    CLOCK_WORDS,
    COMPARED_AFTER,
    COMPARED_WITH,
    COUNTED_CASE_ENDINGS,
    DECIMAL_VERB_ENDINGS,
    DECIMAL_WORDS,
    DENOMINATOR_CASES,
    DIGIT_MARKS,
    DURATIONS,
    EARLIER,
    HALF_NOT_AFTER,
    HAVING_ENDINGS,
    HIJRI_ERAS,
    HIJRI_MONTHS,
    HOUR_MARKS,
    HOUR_SPANS,
    INCLUSIVE_BOUNDS,
    KOREAN_AFTER_UNIT,
    LOCAL_MONEY_WORDS,
    MONEY,
    MONEY_MULTIPLIERS,
    MULTIPLIER_FIRST,
    MYRIAD_LANGUAGES,
    NOT_BOUNDS,
    NOT_BOUNDS_AFTER,
    NOT_UNIT_FORMS,
    NOUN_FIRST,
    NUMBER_ENDINGS,
    NUMERAL_COUNTERS,
    OF_THEM,
    ONE_OF,
    PARTICLE_CHANGES,
    PARTITIVES,
    PARTS_AND,
    PARTS_BEFORE,
    PARTS_LANGUAGES,
    PASSING_AHEAD,
    PASSING_AROUND,
    PER_BASE,
    PER_EACH,
    PER_HUNDRED,
    PERCENT,
    POINTS,
    POINTS_AFTER_PERCENT,
    PREFIXED_LETTERS,
    PREFIXED_NUMBERS,
    RELATIVES,
    REMAINDER_AFTER,
    REMAINDER_BEFORE,
    SENTENCED_TO,
    SLASH_DECIMAL,
    SPACE_GROUPED,
    STACKED_MULTIPLIERS,
    SUPPORTED,
    TENS_AFTER,
    UNINFLECTED,
    VERB_ENDINGS,
    WHOLE_THOUSANDS,
    WORD_ENDINGS,
    Lexicon,
    class_prefixes,
    denominators_before,
    is_denominator,
    key,
    lexicon,
    locale_multipliers,
    number_word_folds,
    ordinal_prefixes,
    ordinal_suffixes,
    per_hour_words,
)

APPROX_SPREAD = 0.10     # "about 50" agrees with 45–55
UNIT_SCORE = 85.0        # word_score at which an inflected word counts as a unit word
_MONTH = Fraction("30.44")
DAYS_IN = {"day": Fraction(1), "week": Fraction(7), "month": _MONTH, "year": 12 * _MONTH}
# and the spans of a clock, which convert among themselves ("2 hours" is 120 minutes; a race
# "beat the record by 23 seconds")
SECONDS_IN = {"second": Fraction(1), "minute": Fraction(60), "hour": Fraction(3600)}


def _factor(unit: str, target: str) -> Fraction | None:
    """What a span in ``unit`` is multiplied by to be one in ``target``; None when one of
    them is no span or they are of different kinds (a clock's, a calendar's)."""
    for table in (DAYS_IN, SECONDS_IN):
        if unit in table and target in table:
            return table[unit] / table[target]
    return None

_V = TypeVar("_V")


# --- values ------------------------------------------------------------------------

@dataclass(frozen=True)
class NumberValue:
    """An interval with a unit: an exact number has ``min == max``; ``None`` is unbounded."""

    min: float | None
    max: float | None
    unit: str | None = None
    approximate: bool = False
    # Written "at least" or "at most" (a rule's ">= 18" or {min: 18}) rather than "more
    # than" or "less than": shown "≥ 18". Both are compared as closed intervals.
    inclusive: bool = field(default=False, compare=False)
    # Half the place of the last digit written before a multiplier: "187,4 tūkst." is 187,400
    # rounded, any figure from 187,350 to 187,450 ("187.4 thousand" agrees with 187,412).
    rounded: float = field(default=0.0, compare=False)

    def compatible(self, other: NumberValue, tolerance: float = 0.0) -> bool:
        """Whether the two could state the same quantity: the intervals overlap once
        durations are in one unit, each widened by the relative ``tolerance`` (and by
        :data:`APPROX_SPREAD` if approximate). A missing unit matches any unit."""
        aligned = other._aligned_to(self.unit)
        if aligned is None:
            return False
        lo1, hi1 = self._interval(tolerance)
        lo2, hi2 = aligned._interval(tolerance)
        return lo1 <= hi2 and lo2 <= hi1

    def to_unit(self, unit: str, language: str | None = None) -> NumberValue | None:
        """The same interval in ``unit`` (durations convert: a month is 30.44 days, a year
        12 months; an inflected form of ``unit`` is relabelled); None when the units are
        different kinds or this one has none. ``language``: the source's, whose word a
        unit read as a noun is (:func:`canonical_unit`)."""
        target = canonical_unit(unit)
        if self.unit is None:
            return None
        if canonical_unit(self.unit, language) == target or unit_matches(self.unit, unit, language=language):
            return replace(self, unit=target)
        factor = _factor(self.unit, target)
        if factor is None:
            return None
        scale = (lambda x: None if x is None else float(Fraction(x) * factor))
        return NumberValue(scale(self.min), scale(self.max), target, self.approximate, self.inclusive,
                           float(Fraction(self.rounded) * factor))

    def to_json(self) -> dict:
        return {"min": _plain(self.min), "max": _plain(self.max), "unit": self.unit}

    def __str__(self) -> str:
        if self.min is not None and self.max is not None:
            body = _show(self.min) if self.min == self.max else f"{_show(self.min)}–{_show(self.max)}"
        elif self.min is not None:
            body = f"{'≥' if self.inclusive else '>'} {_show(self.min)}"
        elif self.max is not None:
            body = f"{'≤' if self.inclusive else '<'} {_show(self.max)}"
        else:
            body = "any"
        return ("≈ " if self.approximate else "") + body + (f" {self.unit}" if self.unit else "")

    def _interval(self, tolerance: float) -> tuple[float, float]:
        spread = tolerance + (APPROX_SPREAD if self.approximate else 0.0)
        lo = -math.inf if self.min is None else self.min - abs(self.min) * spread - self.rounded
        hi = math.inf if self.max is None else self.max + abs(self.max) * spread + self.rounded
        slack = 1e-9 * max(1.0, abs(lo) if math.isfinite(lo) else 1.0, abs(hi) if math.isfinite(hi) else 1.0)
        return lo - slack, hi + slack

    def _aligned_to(self, unit: str | None) -> NumberValue | None:
        if unit is None or self.unit is None or self.unit == unit:
            return self
        if _factor(self.unit, unit) is not None:
            return self.to_unit(unit)
        if unit_matches(self.unit, unit) or (is_free_noun(self.unit) and is_free_noun(unit)):
            # Two nouns a figure counts, where no rule names the unit, are no units to
            # tell figures apart: "2,000 people", "2,000 victims", "2.000 ljudi".
            return self
        return None


@dataclass(frozen=True)
class NumberMention:
    """A number found in a text: the span covers the bound words, the number and its unit.

    A bare number that may be a year ("1500 ljudi", "in 2019 the talks") is read without
    a unit; ``counted`` is then the folded word right after it and ``counted_end`` where
    that word ends: the noun it counts, if a rule names that noun as its unit. A figure
    in Chinese, Japanese or Korean read without a unit keeps, as ``counted``, the letters
    written on it ("250人が参加"), whose first is the counter a rule may name. In a
    language that puts the noun first (Swahili "watu 1,500", Hausa "mutane 1,500"), a
    figure read without a unit keeps the word before it: ``counted_start`` is where that
    word starts, and ``counted_end`` the figure's end."""

    start: int
    end: int
    text: str
    value: NumberValue
    counted: str | None = None
    counted_end: int | None = None
    counted_start: int | None = None
    age: bool = False  # a person's age ("a 45-year-old man", "un homme de 45 ans"): no count of anything
    ordinal: bool = False  # written as an ordinal ("the 4th time", "la 3e fois", "15.ª"): a rank, no count

    def counted_words(self, text: str) -> str | None:
        """The words this number may count, as ``text`` (the one it was read in) has them."""
        if self.counted_start is not None:
            return text[self.counted_start:self.start].strip()
        return text[self.end:self.counted_end].strip() if self.counted_end is not None else None


def _plain(x: float | None) -> float | int | None:
    return int(x) if x is not None and float(x).is_integer() and abs(x) < 2**53 else x


def _show(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e16 else f"{x:.10g}"


# --- units -------------------------------------------------------------------------

def _one_each(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The forms that name one unit only."""
    seen: dict[str, set[str]] = {}
    for form, unit in pairs:
        seen.setdefault(form, set()).add(unit)
    return {form: units.pop() for form, units in seen.items() if len(units) == 1}


@lru_cache(maxsize=1)
def _known_units() -> dict[str, str]:
    """Folded unit words of every language with hand tables, each naming one unit:
    durations and measures, and currencies by their names and ISO codes ("eura",
    "долларов", "eur" → EUR, USD, EUR)."""
    table = _one_each(pair for language in SUPPORTED for pair in _unit_pairs(language))
    table.update({u: u for u in (*DURATIONS, PERCENT, POINTS)})
    table.update({code.lower(): code for code in MONEY})
    return table


def _unit_pairs(language: str) -> list[tuple[str, str]]:
    """The folded unit words of ``language`` with their units: durations and measures, and
    currencies by their names."""
    lex = lexicon(language)
    return [*lex.unit_folds, *((fold(form), unit) for form, unit in lex.units.items() if unit in MONEY)]


@lru_cache(maxsize=1)
def _known_signs() -> dict[str, str]:
    """Currency symbols as written ("€", "US$", "KM"), each naming one currency: folding
    would lose them ("¥" folds to "y", "KM" to kilometres' "km")."""
    return _one_each((sign, code) for language in SUPPORTED for sign, code in lexicon(language).signs.items())


@lru_cache(maxsize=1)
def _fuzzy_forms() -> list[str]:
    """The unit words an inflected form is matched against. Currency names match only as
    CLDR writes them: their nouns are short and common ("real", "mark", "pound" in
    "really", "markets", "pounded")."""
    return [form for form, unit in _known_units().items() if len(form) > 3 and unit not in MONEY]


@lru_cache(maxsize=8192)
def canonical_unit(word: str, language: str | None = None) -> str:
    """The canonical name of a unit word in any supported language ("mjeseci", "месяцев",
    "months" → "month"; "€", "eura", "долларов" → "EUR", "USD"); any other word folded,
    as written ("Ljudi" → "ljudi"). With ``language``, the word is one of a source in that
    language, read by that language's unit words alone: Sinhala "දෙනා" (persons) folds as
    Macedonian "дена" (days) does, and Marathi "सुटका" (release) near Russian "сутки", and
    neither is a span of days."""
    sign = _known_signs().get(word.strip())
    if sign is not None:
        return sign
    folded = fold(word).strip()
    if language:  # as the source's reader reads a word after a figure (:func:`_fuzzy_unit`)
        base = primary_language(language)
        return _language_units(base).get(folded) or _fuzzy_unit(base, folded) or folded
    table = _known_units()
    if folded in table:
        return table[folded]
    found = best_match(folded, _fuzzy_forms(), UNIT_SCORE)
    return table[found[0]] if found and _same_ayins(found[0], folded) else folded


@lru_cache(maxsize=128)
def _language_units(language: str) -> dict[str, str]:
    """The folded unit words of ``language`` each naming one unit, with every unit's
    canonical name and the ISO codes of currencies."""
    table = _one_each(_unit_pairs(language))
    table.update({unit: unit for unit in _known_unit_names()})
    table.update({code.lower(): code for code in MONEY})
    return table


def _same_ayins(form: str, word: str) -> bool:
    """Whether two folded words write as many ayins ("`"): the fuzzy matcher reads names
    without them ("Ali" for "علي"), but a unit word with one more is another word (Arabic
    "عميل", customer, is no "ميل", mile)."""
    return form.count("`") == word.count("`")


def counted_end(mention: NumberMention, wanted: str, synonyms: Sequence[str] = (),
                language: str | None = None) -> int | None:
    """Where the noun counted by a number read without a unit ends, when that noun is the
    unit ``wanted`` (or one of its ``synonyms``): "1500 ljudi" for people; in scripts
    without spaces the counter begins the words written on the number ("250人が参加")."""
    counted = mention.counted
    if counted is None or mention.counted_end is None:
        return None
    if _GLUED_NOUN.fullmatch(counted):
        start = mention.counted_end - len(counted)
        lengths = [len(w) for w in (wanted, *synonyms) if w.strip() and counted.startswith(w.strip())]
        # or past its counter, where Chinese writes one between the figure and the noun ("212名乘客"),
        # or the particle Japanese writes there ("37の病院", 37 hospitals)
        lengths += [1 + len(w) for w in (wanted, *synonyms) if w.strip() and _COUNTER_OR_NO.match(counted)
                    and counted.startswith(w.strip(), 1)]
        return start + max(lengths) if lengths else None
    return mention.counted_end if unit_matches(counted, wanted, synonyms, language) else None


_COUNTER_OR_NO = regex.compile(r"\p{Han}|の")


def noun_before_counter(text: str, mention: NumberMention, wanted: str, synonyms: Sequence[str] = ()) -> int | None:
    """Where the noun starts that a figure with a counter written on it counts, when that noun
    is the unit ``wanted`` (or a synonym) written right before the figure: the languages of
    counters write the noun, then the figure and its counter ("乗客212人", "승객 212명",
    "ผู้โดยสาร 212 คน", "ခရီးသည် ၂၁၂ ဦး": 212 passengers). None otherwise."""
    if mention.counted is None or mention.counted_start is not None or not _GLUED_NOUN.match(mention.counted):
        return None
    before = text[:mention.start].rstrip(GAP_CHARS)
    for candidate in (wanted, *synonyms):
        noun = candidate.strip()
        if noun and _GLUED_NOUN.match(noun) and before.endswith(noun):
            return len(before) - len(noun)
    return None


# Words that may stand between a count and its noun ("1,500 local people", "1500
# lokalnih ljudi", "1500 junge Menschen", "eight strong aftershocks"): at most two.
FURTHER_WORDS = 2
_NEXT_WORD = regex.compile(r"[ \t\u00a0\u202f]+([\p{L}\p{M}]+)(?![\p{L}\p{M}\p{N}'’-])")


def noun_further(text: str, end: int, wanted: str, synonyms: Sequence[str] = (),
                 language: str | None = None, past_a_noun: bool = False) -> int | None:
    """Where the unit ``wanted`` (or a synonym) ends when it is one of the next
    :data:`FURTHER_WORDS` words after ``end`` in ``text``, with nothing but spaces between
    them: the noun a number counts past the words that describe it; not past a number word of
    ``language``, whose noun it is ("line 20 for five days": the days are five), nor past its
    word for "and", which joins another noun ("22 sekolah dan tadika": Malay "dan" is no
    Croatian day); with ``past_a_noun`` (the word before ``end`` was read as the figure's
    noun), not past a function word, which opens a phrase of its own ("10,2 juta siswa di
    sekolah": students at school, no schools). None otherwise."""
    base = primary_language(language) if language else None
    numbers = number_word_folds(base) if base else frozenset()
    ands = cldr.and_words(base) if base else frozenset()
    function = (function_words(base) if base else None) or frozenset()
    for _ in range(FURTHER_WORDS):
        word = _NEXT_WORD.match(text, end)
        if word is None or fold(word[1]) in numbers or word[1].casefold() in ands:
            return None
        # (a function word of the source's language is none: French "la" is no day of another's)
        if fold(word[1]) not in function and unit_matches(word[1], wanted, synonyms, language):
            return word.end()
        if past_a_noun and fold(word[1]) in function:
            return None
        end = word.end()
    return None


def unit_words_end(text: str, stated: str | None, end: int, wanted: str, synonyms: Sequence[str] = ()) -> int | None:
    """Where a unit of several words ends ("vigile del fuoco", "basis point", "bazický
    bod", "رجل إطفاء") whose first word is ``stated``, the noun a figure was read to count,
    ending at ``end`` in ``text``: each further word of the unit next, with nothing but
    spaces between them, every word tolerant of inflection ("620 vigili del fuoco", "150
    basis points", "150 bazických bodů"). None when no such unit is written there."""
    if not stated:
        return None
    for candidate in (wanted, *synonyms):
        first, *rest = fold_phrase(candidate) or ("",)
        if not rest or not (first == fold(stated) or _inflected(first, fold(stated))):
            continue
        at = end
        for word in rest:
            found = _NEXT_WORD.match(text, at)
            if found is None or not _unit_word(word, fold(found[1])):
                break
            at = found.end()
        else:
            return at
    return None


def _counted_noun(language: str, word: str) -> str:
    """A counted noun as a figure's unit, folded, without the case ending or particle
    written on it (:data:`~checker.facts.number_words.COUNTED_CASE_ENDINGS`: "জনকে" is "জন")."""
    for ending in COUNTED_CASE_ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) > len(ending):
            return fold(word[:-len(ending)])
    return fold(word)


_SHORT_UNIT_ENDING = 2  # letters a short word of a unit may take ("bod", "bodů": point, of points)


def _unit_word(word: str, found: str) -> bool:
    """Whether ``found`` is ``word`` of a unit of several words, past its first: the same,
    inflected, or a short word with a short ending, which beside the unit's first word is
    that word ("bodů" for "bod")."""
    return (found == word or _inflected(word, found)
            or (found.startswith(word) and len(found) - len(word) <= _SHORT_UNIT_ENDING))


_LENGTHS = frozenset({*SECONDS_IN, *DAYS_IN})


# a figure or a number word joined to its unit by a hyphen: "10-year", "three-day" (not
# "twenty-five years", where the hyphen is the number word's own)
_SPAN_ON_A_WORD = regex.compile(r"(?:\d|\p{L}(?=[-‐]\p{L}+$))[-‐]\p{L}")
_NOUN_AFTER = regex.compile(r"[ \t\u00a0\u202f]+(?=\p{L})")  # GAP_CHARS, then a word


def written_on_a_noun(text: str, mention: NumberMention) -> int | None:
    """Where the noun starts that a span of time joined to its figure by a hyphen is written
    on ("a 10-year plan", "ein 45-jähriger Mann", "die 10-jährige Amtszeit"), or a figure
    joined by a hyphen to the word it makes an adjective of ("45-letniego mężczyznę",
    "45-летнего мужчину", "een 45-jarige man"): the figure describes it; None for a figure
    that is no such word."""
    if mention.value.unit in _LENGTHS and _SPAN_ON_A_WORD.search(mention.text) is not None:
        end = mention.end
    elif mention.text[-1:].isdigit() and (compound := _COMPOUND_AFTER.match(text, mention.end)) is not None:
        end = compound.end()
    else:
        return None
    after = _NOUN_AFTER.match(text, end)
    return after.end() if after is not None else None


_COMPOUND_AFTER = regex.compile(r"[-‐][\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}-])")


# The particles after a counter that make a figure an attribute of the noun after them:
# Korean "300석의 국회" (the parliament of 300 seats), Chinese "113席的立法院", Japanese
# "465議席の衆院".
_ATTRIBUTIVE = {"ko": "의", "zh": "的", "yue": "嘅的", "ja": "の"}


def attributive_noun(mention: NumberMention, language: str | None) -> int | None:
    """Where the noun starts that a figure with its counter is an attribute of, through the
    particle written after the counter (:data:`_ATTRIBUTIVE`): "300석의 국회", "113席的立法院";
    None for a figure that is no such attribute."""
    particles = _ATTRIBUTIVE.get(_tag(language).partition("_")[0].lower())
    counted = mention.counted
    if particles is None or not counted or mention.counted_end is None or mention.value.unit is not None:
        return None
    at = next((i for i, ch in enumerate(counted[:3]) if ch in particles), None)
    if not at:  # the counter, then the particle
        return None
    return mention.counted_end - len(counted) + at + 1


def qualifies_with(text: str, mention: NumberMention, noun: str, language: str | None) -> bool:
    """Whether a figure's noun is ``noun`` with an ending of having or of measure, before
    the noun it makes an adjective of (:data:`~checker.facts.number_words.HAVING_ENDINGS`):
    "151 sandalyeli meclis" describes the parliament and counts no seats, "40 yaralı"
    counts the injured."""
    unit = mention.value.unit
    endings = _having_endings(_tag(language).partition("_")[0].lower())
    if unit is None or not endings or not is_free_noun(unit):
        return False
    stem, word = fold(noun), fold(unit)
    return (len(word) > len(stem) and word.startswith(stem) and word[len(stem):] in endings
            and _NOUN_AFTER.match(text, mention.end) is not None)


@lru_cache(maxsize=64)
def _having_endings(language: str) -> frozenset[str]:
    return frozenset(fold(ending) for ending in HAVING_ENDINGS.get(language, "").split())


def describes(text: str, mention: NumberMention, start: int, end: int, language: str | None) -> bool:
    """Whether a figure is a span of time written on the noun at ``start:end`` as its
    length, no count of it: before it ("a 10-year plan", "a 14-hour debate"), or after it
    past a linking word ("un plan de 10 ans", "un piano di 10 anni")."""
    if mention.value.unit not in _LENGTHS:
        return False
    if mention.end <= start:
        return not text[mention.end:start].strip(GAP_CHARS + "-‐")
    between = text[end:mention.start].split() if end <= mention.start else None
    return between is not None and len(between) == 1 and key(between[0]) in _profile(_tag(language)).lex.linkers


def is_free_noun(unit: str) -> bool:
    """Whether a number's unit is a word it was read to count ("local", "ljudi"), not a
    unit the tables know (a duration, a measure, a currency, per cent)."""
    return unit not in _known_unit_names() and canonical_unit(unit) == unit


@lru_cache(maxsize=1)
def _known_unit_names() -> frozenset[str]:
    return frozenset(_known_units().values())


def unit_matches(stated: str | None, wanted: str, synonyms: Sequence[str] = (), language: str | None = None) -> bool:
    """Whether a stated unit counts as the rule's unit: the same canonical unit, or a
    synonym, compared folded and tolerant of inflection ("ljudima" for "ljudi"); with
    ``language``, the stated word is read as that language's (:func:`canonical_unit`)."""
    if not stated:
        return False
    canonical, folded = canonical_unit(stated, language), fold(stated)
    goal = canonical_unit(wanted)
    written = _script(stated)
    for candidate in (wanted, *synonyms):
        if _other_scripts(written, _script(candidate)):
            continue  # a Telugu "కార్మికుడు" (worker) is no Sinhala "කාර්මික" (industrial), however they fold
        other = fold(candidate)
        # a synonym is the rule's unit, whatever another language calls by its word: "година", a
        # year in Serbian, is no Ukrainian hour, which "tri sata" would then be
        meant = canonical_unit(candidate) if candidate is wanted else goal
        if (meant == canonical or _inflected(other, folded) or _inflected(folded, other)
                or _short_inflected(other, folded) or _bare_plural(other, folded)
                or _IRREGULAR_NUMBER.get(other, other) == _IRREGULAR_NUMBER.get(folded, folded)):
            return True
        if any(_inflected(form, folded) for form in _other_stems(other)):
            return True
    return False


_FINNIC_ENDINGS = ("nen", "ne")  # Finnish "ihminen", Estonian "inimene": the ending a word of the kind drops
_FINNIC_STEM = 4  # letters before it


def _other_stems(unit: str) -> list[str]:
    """The other stems a folded unit word writes its counted forms on, read with their
    endings as the word is: a Finnish noun in -nen and an Estonian one in -ne on their stem
    in -s ("ihminen", "12 ihmistä"; "inimene", "12 inimest"), the Portuguese plural of a word
    in -l ("imóvel", "17 imóveis"; "fuzil", "fuzis") and the Dutch one of a word whose doubled
    vowel it writes once ("school", "23 scholen"; "jaar", "jaren")."""
    if len(unit) <= 3:
        return []
    stems = []
    finnic = next((ending for ending in _FINNIC_ENDINGS if unit.endswith(ending)), None)
    if finnic is not None and len(unit) - len(finnic) >= _FINNIC_STEM and unit[-len(finnic) - 1] in "aeiouy":
        stems.append(unit[:-len(finnic)] + "s")
    if unit[-1] == "l" and unit[-2] in "aeiou" and unit[-3] != unit[-2]:
        stems.append(unit[:-1] + ("s" if unit[-2] == "i" else "is"))
    if unit[-3] == unit[-2] and unit[-2] in "aeou" and unit[-1] not in "aeiou":
        stems.append(unit[:-2] + unit[-1] + "en")
    return stems


def _script(word: str) -> str | None:
    return next((script for ch in word if (script := script_of(ch)) is not None), None)


def _other_scripts(a: str | None, b: str | None) -> bool:
    """Whether two words are written in two scripts, neither Latin: words of two languages
    (Latin and Cyrillic or Latin and another script are one word transliterated as often:
    Serbian "osoba", "особа")."""
    return a is not None and b is not None and a != b and "LATIN" not in (a, b)


SHORT_UNIT = 3  # letters of a unit word that takes a short ending as a unit, though too short for the fuzzy matcher


def _short_inflected(unit: str, word: str) -> bool:
    """Whether ``word`` is the short unit word ``unit`` with an ending of up to two letters:
    "drei Tore", "tres goles", "три гола", "61,482 fans" for "Tor", "gol", "гол", "fan"."""
    return len(unit) == SHORT_UNIT and word.startswith(unit) and 0 < len(word) - len(unit) <= _SHORT_UNIT_ENDING


_BARE_PLURAL_STEM = 3  # letters of a stem at least that a genitive plural leaves bare
# English nouns whose plural is another word, as a rule's unit and a source write them: "unit:
# person" counts "38 people were injured". Folded, each form to its singular.
_IRREGULAR_NUMBER = {"people": "person", "persons": "person", "men": "man", "women": "woman",
                     "children": "child"}


def _bare_plural(unit: str, word: str) -> bool:
    """Whether ``word`` is the unit word ``unit`` in the Slavic genitive plural of a noun in
    -a or -o, which drops the vowel and writes no ending (Slovene "iz treh šol", of three
    schools, for "šola"; "pet mest" for "mesto")."""
    return len(word) >= _BARE_PLURAL_STEM and unit[-1:] in ("a", "o") and unit[:-1] == word


def _inflected(stem: str, word: str) -> bool:
    return word_score(stem, word) >= UNIT_SCORE


# --- expected values from rules ----------------------------------------------------

_NUM = r"[-+−]?(?:\d+(?:\.\d+)?|\.\d+)"
_EXPECTED = regex.compile(
    rf"\s*(?P<op>>=|<=|≥|≤|>|<|=|~|≈)?\s*(?P<a>{_NUM})"
    rf"(?:\s*(?:-|–|—|\.\.)\s*(?P<b>{_NUM}))?\s*(?P<unit>\p{{L}}[\p{{L}}\s]*?)?\s*"
)
_BOUND_OPS = {">=": "min", "≥": "min", ">": "min", "<=": "max", "≤": "max", "<": "max",
              "~": "approx", "≈": "approx", "=": None}
_INCLUSIVE_OPS = frozenset({">=", "≥", "<=", "≤"})
_USAGE = "expected a number, '>= 18', '< 5', '18-24' or {min: 18, max: 24}"


def parse_expected_number(raw: object, unit: str | None = None) -> NumberValue:
    """An ``expect`` value of a number rule as an interval; ValueError (one line) if invalid."""
    if isinstance(raw, bool):
        raise ValueError(f"invalid number {raw!r}: {_USAGE}")
    if isinstance(raw, int | float):
        value = _finite(raw, raw)
        return NumberValue(value, value, _unit_name(unit))
    if isinstance(raw, dict):
        return _expected_mapping(raw, unit)
    if isinstance(raw, str):
        return _expected_text(raw, unit)
    raise ValueError(f"invalid number {raw!r}: {_USAGE}")


def _expected_text(raw: str, unit: str | None) -> NumberValue:
    m = _EXPECTED.fullmatch(raw)
    if m is None or (m["op"] and m["b"]):
        raise ValueError(f"invalid number {raw!r}: {_USAGE}")
    a = _finite(float(m["a"].replace("−", "-")), raw)
    b = _finite(float(m["b"].replace("−", "-")), raw) if m["b"] else a
    if b < a:
        raise ValueError(f"invalid number {raw!r}: the range's lower end comes first")
    kind = _BOUND_OPS[m["op"]] if m["op"] else None
    name = _unit_name(unit or m["unit"])
    return NumberValue(None if kind == "max" else a, None if kind == "min" else b, name, kind == "approx",
                       inclusive=m["op"] in _INCLUSIVE_OPS)


def _expected_mapping(raw: dict, unit: str | None) -> NumberValue:
    unknown = sorted(str(k) for k in raw if k not in ("min", "max"))
    if unknown:
        raise ValueError(f"invalid number range: unknown key(s) {', '.join(unknown)}; {_USAGE}")
    low, high = (None if raw.get(k) is None else _number(raw[k], raw) for k in ("min", "max"))
    if low is None and high is None:
        raise ValueError(f"invalid number range {raw!r}: give min, max or both")
    if low is not None and high is not None and low > high:
        raise ValueError(f"invalid number range {raw!r}: min is greater than max")
    return NumberValue(low, high, _unit_name(unit), inclusive=True)


def _number(value: object, context: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"invalid number {value!r} in {context!r}: {_USAGE}")
    try:
        return _finite(value, context)
    except (ValueError, OverflowError):
        raise ValueError(f"invalid number {reprlib.repr(value)} in {reprlib.repr(context)}: {_USAGE}") from None


def _finite(value: object, context: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except OverflowError:
        raise ValueError(f"invalid number {reprlib.repr(context)}: too large") from None
    if not math.isfinite(number):
        raise ValueError(f"invalid number {reprlib.repr(context)}: not a finite number")
    return number


def _unit_name(unit: str | None) -> str | None:
    return canonical_unit(unit) if unit and unit.strip() else None


# --- per-language readers ----------------------------------------------------------

_LETTERS = r"\p{L}\p{M}\p{N}"
# A counter or noun written on the number in scripts without spaces between words, and in
# Korean ("250人", "1500명이"). In those scripts a number also stands right after a word
# ("超过1500人"), as it does after a Hebrew prefix and hyphen ("מ-1,500").
_GLUED_NOUN = regex.compile(rf"[{UNSPACED}\p{{Hangul}}]{{1,8}}")  # as far as a counter and a word or two
GAP_CHARS = " \t\u00a0\u202f"  # the spaces between a number and its words
_GAP = f"[{GAP_CHARS}]"
_SAME_CHARS = {"ș": "[șş]", "ț": "[țţ]", "е": "[её]", "'": "['’ʼ]", "-": "[-‐]", " ": f"{_GAP}+"}
# A word after a number: per cent, a temperature ("°C", "℃"), a currency sign with the
# letters it may carry ("€", "US$", "$US", "M€"), an elided linking word ("d'" of
# "d'euros"), an abbreviation of letters with a dot between them (the Arab currencies'
# "ج.م", "ر.س", "د.إ"), a unit written as one square sign ("㎏", "㎞", "㎡": their letters by
# NFKC), or letters. Japanese and Korean write points of per cent on its sign
# ("0.2%ポイント", "0.5%포인트", "0.5%p"), which are one word with it.
_TOKEN = regex.compile(
    rf"(?P<gap>{_GAP}*)(?P<dash>[-‐‑](?=\p{{L}}))?"
    r"(?P<word>[%٪％](?:ポイント|포인트|[pP](?![\p{L}\p{N}]))?|°\p{L}|[℃℉\u3380-\u33df]|\p{L}{0,3}\p{Sc}(?:\p{Lu}{1,3}(?!\p{L}))?"
    r"|\p{Latin}['’](?=\p{L})|(?:\p{L}\p{M}*){1,2}\.(?:\p{L}\p{M}*){1,2}(?![\p{L}\p{M}])"
    r"|\p{L}{1,4}/\p{L}[\p{L}\p{M}]{0,5}(?![\p{L}\p{M}/])"  # a unit per another: "km/h", "км/ч", "km/jam"
    r"|\p{Hebrew}+[\"״]\p{Hebrew}(?![\p{L}\p{M}])"  # a Hebrew abbreviation, its last letter after gershayim: "ק\"מ"
    r"|\p{L}[\p{L}\p{M}\u200c\u200d'’]*)(?P<dot>\.)?")  # joiners: Sinhala "ප්‍ර"
_DASH = regex.compile(rf"{_GAP}?[-–—‒]{_GAP}?")
_SPACE = regex.compile(f"{_GAP}*")
_JOIN = regex.compile(rf"{_GAP}+(\p{{L}}+){_GAP}+|['’](\p{{L}}+){_GAP}+")  # or elided: Tagalog "tatlumpu't pito"
_NON_DIGITS = regex.compile(r"\D")
_HYPHENATED = regex.compile(r"[-‐]\p{L}")
_TWO_WORDS = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(\p{{L}}+){_GAP}+(\p{{L}}+){_GAP}+\Z")
_PHRASE_PARTS = regex.compile(r"[ -]")
_DIGITS_ONLY = regex.compile(r"\d++(?![.,]\d)")
_MYRIAD = 1000.0  # the least multiplier after which a figure may go on in digits: 1천500
_MYRIADS = frozenset((1e4, 1e8, 1e12, 1e16))  # 万 (만), 億 (억), 兆 (조), 京 (경)
_SPACED_MYRIADS = frozenset({"ko"})  # Korean writes the parts apart as often: "1조 2천억 원"
_WORD_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])([\p{{L}}\p{{M}}]+){_GAP}+\Z")
_CONCORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{L}{1,8}[-‐]\Z")  # Zulu "ezingu-", "ezingama-" before its figure
_NOUN_REACH = 40  # characters before a figure where the noun it counts may start
_CHANGE_REACH = 80  # characters before "to" where the verb of a change and its amount may stand
_SENTENCED_REACH = 200  # and a verb of sentencing, past the one sentenced
_NEXT_DIGIT = regex.compile(rf"{_GAP}+\d")
# the clause before a position, past the dots of abbreviations and decimals ("на 2 п.п.,
# до 15%", "o 0,75 pkt proc., do 6 proc.", "by 0.5 points to")
_OPENING_WORD = regex.compile(r"\s*([\p{L}\p{M}]+)\s*,")  # a sentence's first word before a comma
_CLAUSE_BEFORE = regex.compile(r"(?:[^.!?;:\n]|\.(?=[\p{L}\p{N},]|[ \u00a0]\p{Ll}))*\Z")
# ... and up to a comma too, but one between digits
_OWN_CLAUSE_BEFORE = regex.compile(r"(?:[^.,!?;:\n]|(?<=\d)[.,](?=\d)|\.(?=[\p{L}\p{N}]|[ \u00a0]\p{Ll}))*\Z")
_LETTER_RUN = regex.compile(r"[\p{L}\p{M}]+")
# letters, their marks and joiners ("लोगों"), and an apostrophe between letters ("об'єктах", Ukrainian)
_LETTERS_ONLY = regex.compile(r"\p{L}(?:[\p{L}\p{M}\u200c\u200d]|['’](?=\p{L}))*")

# Chinese and Japanese numerals: a figure below ten thousand (一千五百, 十三, 千五百, 两千), or
# a year digit by digit (二〇二三年); the larger places are the language's multipliers, read
# as after digits (一万五千人 as 1万5000人). Values are Unicode's (两, "two" before a measure,
# has none there: it is read as 兩).
_HAN_DIGITS = "〇零一二三四五六七八九两兩"
_HAN_PLACES = "十百千"
_HAN_ANY = regex.compile(f"[{_HAN_DIGITS}{_HAN_PLACES}]")  # the quick test: most sentences have none
# Not after a numeral or a larger place (万一), nor after 第 (第一: an ordinal), 初 (初三: a day
# of a lunar month) or the words for a week (星期三, 周三, 礼拜三: a weekday), nor after
# "several" (数百人, 数千人, 几百人: a few hundred, no figure of a hundred).
_HAN_RUN = regex.compile(rf"(?<![{_HAN_DIGITS}{_HAN_PLACES}万萬亿億第初周週期拜数數几幾])(?P<pct>百分之)?"
                         rf"(?P<run>[{_HAN_DIGITS}{_HAN_PLACES}]+)")
_HAN_PART = regex.compile(rf"[{_HAN_DIGITS}{_HAN_PLACES}]+")
# Words that begin with numerals and a unit but are no figure: 十分 (very; in Japanese also
# enough), 四周 (all around), 三年级 (the third school year).
_HAN_NOT_FIGURES = regex.compile(r"十分(?![钟鐘鍾間间])|四周|四方|[一二三四五六七八九十]+年[级級]")
_HAN_LARGE = frozenset("万萬亿億兆")
_HAN_LANGUAGES = frozenset({"zh", "ja", "yue"})
_SYLLABLE_WORDS = frozenset({"vi"})  # languages whose nouns may be two letters
_HAN_LETTER = regex.compile(r"\p{Han}")


@lru_cache(maxsize=1024)
def _sign_key(sign: str) -> str:
    """A currency symbol as looked up: NFKC, single spaces ("$\u00a0US" is "$ US")."""
    return " ".join(unicodedata.normalize("NFKC", sign).split())


def _literal(word: str) -> str:
    return "".join(_SAME_CHARS.get(ch) or regex.escape(ch) for ch in word)


def _alternation(words: Iterable[str]) -> str:
    """One regex for many words, as a trie: shared beginnings are tried once."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie) or "(?!)"


def _trie_pattern(node: dict) -> str:
    branches = [_literal(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _mark_class(symbol: str, extra: str) -> str:
    """A character class for a CLDR decimal or grouping mark, with the marks typed for
    it: any space for a (narrow) no-break space, either apostrophe for ’, the full-width
    comma and full stop of Chinese and Japanese text."""
    if symbol.isspace():
        symbol = " \u00a0\u202f\u2009"
    elif symbol in "'’":
        symbol = "'’"
    elif len(symbol) == 1 and symbol in ",.":  # and its full-width form, with full-width digits: "１，５００"
        symbol += chr(ord(symbol) + 0xFEE0)
    return "[" + "".join(regex.escape(ch) for ch in symbol + extra) + "]"


@dataclass(frozen=True)
class _Profile:
    """Everything compiled once per language: the lexicon and the two regexes."""

    language: str
    lex: Lexicon
    core: regex.Pattern        # a number in digits, or a number word
    prefix: regex.Pattern      # a bound word or a range opener before a number
    calendar: frozenset[str]   # folded month and weekday names: never a unit
    heads: Mapping[str, int]   # first words of many-word units and multipliers ("pour cent"): most words
    signs: Mapping[str, str]   # currency signs under :func:`_sign_key` → ISO code
    sign_before: regex.Pattern  # a currency sign ending where a number starts ("€59.5", "US$ 4")
    sign_ends: frozenset[str]  # the characters a sign (and its dot) can end with: a quick test
    sign_reach: int            # how far before a number a sign can start
    bound_after: regex.Pattern | None  # a bound word after the number, past its counter: "1500人以上"
    next_to: regex.Pattern | None  # a case ending and a bound word between number and noun: "1.500'den fazla"
    bound_after_figure: regex.Pattern | None  # the same after a multiplier or unit: "20 हजार से ज्यादा"
    vague: regex.Pattern | None = None  # a vague quantity: "several", "hundreds", "kilkaset"
    letter_signs: frozenset[str] = frozenset()  # one-letter signs the locale's CLDR does not write: "N", "R" in English
    dot_groups: bool = False   # a dot groups thousands beside the decimal comma: "Более 2.000 человек"


@lru_cache(maxsize=256)
def _profile(tag: str) -> _Profile:
    from babel.numbers import get_decimal_symbol, get_group_symbol

    base = tag.split("_")[0].lower()
    lex = _with_local_money(lexicon(base), tag, base)
    if local_multipliers := locale_multipliers(tag):  # "1兆元" in Taiwan's news
        lex = replace(lex, multipliers={**lex.multipliers, **local_multipliers})
    loc = cldr.locale(tag) or cldr.locale("en")
    decimal, group = DIGIT_MARKS.get(base, (get_decimal_symbol(loc), get_group_symbol(loc)))
    dec = _mark_class(decimal, "٫")
    if decimal == ".":
        # A comma before one or two digits groups nothing: it is the decimal comma of news
        # that writes both ("R3,5 billion" in South Africa, Pashto "۶,۳"), not a list ("1,2,3").
        dec = rf"(?:{dec}|,(?=\d{{1,2}}(?!\d|,\d)))"  # "magnitud 6,4, según el IGP"
    elif decimal == ",":
        # and a dot before one digit, which groups nothing, is the decimal point of news that
        # writes both ("magnitudo 6.1", "4.5 gradi"); not two ("alle 3.36", a time) nor a date's ("6.1.2024");
        # nor before four or more, but for a year's ("курс евро 99.9876 рубля", not "12.2024")
        # (a full stop or a comma after it ends the sentence or the clause: "magnitudo 6.4.")
        dec = rf"(?:{dec}|\.(?=\d(?!\d|[.,]\d)|(?!(?:19|20)\d\d(?!\d))\d{{4,}}(?![\d.,])))"
    if base in ("ja", "zh"):  # Japanese papers print the decimal point as a middle dot: "47・3度"
        dec = rf"(?:{dec}|[・·](?=\d))"
    if base in DECIMAL_WORDS:  # Burmese "၆ ဒသမ ၁" (6.1), Bengali "৪ দশমিক ৫০": the point written as a word
        dec = rf"(?:{dec}|{_GAP}?{_alternation(DECIMAL_WORDS[base])}{_GAP}?)"
    if base in SLASH_DECIMAL:  # Persian "۴/۵ درصد", not a date's "۱۴۰۵/۰۸/۲۱"
        dec = rf"(?:{dec}|(?<!/\d{{1,4}})/(?=\d{{1,2}}(?![\d/])))"
    # Arabic's own separator, and the apostrophes of the language's regions ("1'500" in
    # Swiss German): a source's language is stated without its region.
    # Where the decimal mark is a comma and digits are grouped by a space, news groups them
    # with a dot as often ("Máis de 2.000 persoas", "1.500 personnes"): a dot before three
    # digits is no decimal there. (CLDR moved Galician from the dot to the space.)
    spaced = group.isspace() and decimal == ","
    grp = _mark_class(group, "٬" + ("'’" if cldr.regional_group_marks(base) & {"'", "’"} else "")
                      + (" \u00a0" if base in PREFIXED_NUMBERS or base in SPACE_GROUPED else "")
                      + ("." if spaced else ""))
    # Amharic writes its prepositions on a number ("ከ1,500 በላይ", "በ2016"), Zulu and Xhosa
    # an agreement prefix with a hyphen ("abangu-2 000"): a number starts after them.
    on_letter = r"\p{Ethiopic}"
    after_hyphen = "" if base in PREFIXED_NUMBERS else r"(?<!(?!\p{Hebrew})\p{L}[-‐])"
    # A number starts after no letter, but for a currency sign ending in one: "Rp1,5 triliun".
    lettered = sorted((sign for sign in lex.signs if sign[-1:].isalpha()), key=len, reverse=True)
    after_sign = f"(?<=(?<![{_LETTERS}])(?:{'|'.join(map(regex.escape, lettered))}))|" if lettered else ""
    if base in PREFIXED_LETTERS:  # Arabic "و35 في المئة", "بـ20 مليون": and, with, written on the figure
        after_sign += rf"(?<=(?<![{_LETTERS}])[{PREFIXED_LETTERS[base]}]ـ?)|"
    core = (rf"(?P<num>(?:{after_sign}(?<!(?![{UNSPACED}]|{on_letter})[{_LETTERS}]))(?<!\d[.,'’]){after_hyphen}"
            rf"(?P<sign>[-−](?=\d))?"
            rf"(?P<int>\d{{1,2}}(?:{grp}\d{{2}})+{grp}\d{{3}}(?!\d)|\d{{1,3}}(?:{grp}\d{{3}}(?!\d))+|\d+)"
            rf"(?:{dec}(?P<frac>\d+))?)")  # Indian grouping too: 1,50,000 and 1,50,00,000
    words = {*lex.numbers, *lex.articles, *lex.multipliers, *lex.halves_after, *lex.halves_before, *lex.unit_numbers}
    if words:  # a Cyrillic word goes on past an apostrophe: "сім'ям" (to the families) is no seven
        glued = f"(?:{WORD_ENDINGS[base]})?" if base in WORD_ENDINGS else ""
        core += rf"|(?<![{_LETTERS}])(?P<word>{_alternation(words)}){glued}(?![{_LETTERS}]|['’ʼ]\p{{Cyrillic}})"
    prefix = (rf"(?<!(?![{UNSPACED}])[{_LETTERS}])(?P<p>{_alternation({*lex.bounds, *lex.openers})})"
              rf"(?:{_GAP}+|(?<=['’\-\u05be{UNSPACED}]))")
    ending = NUMBER_ENDINGS.get(base)
    not_after = NOT_BOUNDS_AFTER.get(base)
    after = (regex.compile(rf"(?:{ending or ''})?{_GAP}?(?P<c>[{UNSPACED}\p{{Hangul}}])??{_GAP}?"
                           rf"(?P<b>{_alternation(lex.bounds_after)})"
                           + (rf"(?!{_alternation(not_after)})" if not_after else "")) if lex.bounds_after else None)
    # The bound may be written on the number ("5,000થી વધુ", "150කට වැඩි", "30,000-க்கும் மேற்பட்ட"),
    # and on a multiplier after the vowel sign that ends its stem ("हजारांहून अधिक").
    bound = rf"{_GAP}*(?P<b>{_alternation(lex.bounds_before_noun)})(?![{_LETTERS}])"
    before_noun = f"(?:{bound})?" if lex.bounds_before_noun else ""
    next_to = regex.compile(f"(?:{ending})?{before_noun}") if ending or before_noun else None
    after_figure = regex.compile(rf"(?:{ending})?\p{{M}}*{bound}") if lex.bounds_before_noun else None
    signs = {_sign_key(sign): code for sign, code in lex.signs.items()}
    # Zulu writes the number's agreement between a sign and it: "amaphesenti angu-60" (60 per cent)
    agreement = r"(?:\p{L}{1,6}-)?" if base in PREFIXED_NUMBERS else ""
    sign_before = regex.compile(rf"(?<!(?![{UNSPACED}])[{_LETTERS}])(?P<s>{_alternation(signs)})\.?{_GAP}?"
                                rf"{agreement}\Z")
    sign_ends = frozenset(sign[-1] for sign in signs) | {"."} | ({"-"} if agreement else set())
    sign_reach = max(map(len, signs), default=0) + 4 + (7 if agreement else 0)
    calendar = frozenset(cldr.month_names(base)) | frozenset(cldr.weekday_names(base))
    heads: dict[str, int] = {}
    for phrase in (*lex.units, *lex.multipliers):
        parts = _PHRASE_PARTS.split(phrase)
        if len(parts) > 1:
            heads[parts[0]] = max(heads.get(parts[0], 0), len(parts))
    flags = regex.IGNORECASE
    vague_words = {*lex.vague, *lex.several}
    vague = (regex.compile(rf"(?<![{_LETTERS}])(?P<v>{_alternation(vague_words)})(?![{_LETTERS}])", flags)
             if vague_words else None)
    # A letter written before digits is a code as often as a currency ("N95" masks, the
    # "R21" road, "P5"): one that the locale's own CLDR data does not write for its
    # currency ("R" in South African English or Zulu does) is read as money only with
    # what money has (see :meth:`_Reader._code_not_money`).
    local = loc._data["currency_symbols"]
    letter_signs = frozenset(sign for sign, code in lex.signs.items()
                             if len(sign) == 1 and sign.isalpha() and local.get(code) != sign)
    return _Profile(base, lex, regex.compile(core, flags), regex.compile(prefix, flags), calendar, heads,
                    signs, sign_before, sign_ends, sign_reach, after, next_to, after_figure, vague, letter_signs,
                    spaced)


def _with_local_money(lex: Lexicon, tag: str, base: str) -> Lexicon:
    """The lexicon with the words for the local money (:data:`LOCAL_MONEY_WORDS`) naming
    the currency of the territory of ``tag``."""
    words = LOCAL_MONEY_WORDS.get(base)
    code = cldr.local_currency(tag) if words else None
    keys = frozenset(key(word) for word, codes in (words or {}).items() if code in codes)
    if not keys:
        return lex
    units = {k: v for k, v in lex.units.items() if k not in keys}
    if code in MONEY:
        units.update(dict.fromkeys(keys, code))
    return replace(lex, units=units)


_TAG = regex.compile(r"[A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})*")


@lru_cache(maxsize=256)
def _tag(language: str | None) -> str:
    """The locale tag of a language code (``pt_BR``), English for what is none: asked
    for every sentence read."""
    tag = (language or "").strip().replace("-", "_")
    return tag if _TAG.fullmatch(tag) else "en"


@lru_cache(maxsize=64)
def _not_unit_forms(language: str) -> frozenset[str]:
    return frozenset(fold(word) for word in NOT_UNIT_FORMS.get(language, "").split())


@lru_cache(maxsize=65536)
def _fuzzy_unit(language: str, folded: str) -> str | None:
    """The unit an inflected word stands for ("mjesecima" → month), if it is close enough
    to one of the language's unit words. Not in a language whose words take no endings,
    where one letter more or less is another word (Vietnamese "tầng", floor, folds one
    letter away from "tháng", month)."""
    if language in UNINFLECTED:
        return None
    best, unit = 0.0, None
    only_e = language in ONLY_E_FLEETING
    abjad = language in ABJAD_LANGUAGES
    for form, name in lexicon(language).unit_folds:
        if not abjad and form[:1] != folded[:1]:
            continue  # a typo keeps the first letter: Estonian "päästjat" (rescuers) is no "aastat" (years)
        score = word_score(form, folded) if _same_ayins(form, folded) else 0.0
        if only_e and score and fleeting_vowel(form, folded) not in (None, "e"):
            continue  # Swedish "mandat" is no "månad" (month)
        if score > best:
            best, unit = score, name
    return unit if best >= UNIT_SCORE else None


@lru_cache(maxsize=65536)
def spans_time(language: str, folded: str) -> bool:
    """Whether folded word ``folded`` is a number word of ``language`` or a unit of time
    (inflected too): a word of the span in "two days after the blackout", "iki gün sonra",
    "بعد يومين من الانقطاع"."""
    lex = lexicon(language)
    return folded in lex.numbers or (lex.units.get(folded) or _fuzzy_unit(language, folded)) in _LENGTHS


@lru_cache(maxsize=65536)
def calendar_word(language: str, folded: str) -> bool:
    """Whether a word is (or is a typo of) a month or weekday name of the language."""
    names = _profile(language).calendar
    return folded in names or any(word_score(name, folded) >= UNIT_SCORE for name in names if len(name) > 3)


_BOUND_KINDS = ("min", "max", "approx")


def _bounded(value: NumberValue, kind: str | None) -> NumberValue:
    """``value`` as a bound word of ``kind`` makes it: a lower bound ("more than"), an
    upper bound ("up to") or an approximation ("about"); as it is for any other kind."""
    if kind == "min":
        return replace(value, max=None)
    if kind == "max":
        return replace(value, min=None)
    if kind == "approx":
        return replace(value, approximate=True)
    return value


def find_numbers(text: str, language: str | None) -> list[NumberMention]:
    """Every number stated in ``text`` (in ``language``), sorted by position; a time of
    day is none ("kello 6", "o godz. 8", "19:05")."""
    profile = _profile(_tag(language))
    found: list[NumberMention] = []
    time_end = None
    scores = _scores(text)
    fractions = _written_fractions(text) if profile.language in _DENOMINATOR_FIRST else ()
    ordinal, before = _ordinal_after(profile.language), _ordinal_before(profile.language)
    inclusive = _inclusive(profile.language)
    speed_end = -1
    for m in _Reader(text, profile).read():
        if m.start < speed_end:
            continue  # "an hour" of "165 kilometres an hour", read with its length
        if scores and _of_a_score(m, scores):
            continue
        if (_a_numerator(text, m, profile.language) or any(m.start < end and start < m.end for start, end in fractions)
                or _of_a_fraction(text, m, profile)):
            continue  # "two-thirds of the votes", "3分の2", "三分之二", "a quarter of a million": a fraction is no count
        if _time_of_day(text, m, profile.language) or (
                time_end is not None and m.value.unit == "minute" and not text[time_end:m.start].strip(GAP_CHARS)):
            time_end = m.end  # and the minutes after its hour: "lúc 14 giờ 30 phút", "в 14 часов 30 минут"
            continue
        if found and m.counted is not None and _cents_of(found[-1], m):
            # "3万9910円82銭": the sen of a price in yen, a hundredth each
            whole = found[-1].value.min or 0.0
            value = whole + (m.value.min or 0.0) / 100
            end = m.end + len(_SEN)
            found[-1] = replace(found[-1], end=end, text=text[found[-1].start:end],
                                value=replace(found[-1].value, min=value, max=value))
            continue
        if m.value.min == m.value.max == 1 and not m.text[:1].isdigit() and _one_of(text, m, profile.language):
            continue  # "one of the most experienced", "один из самых": one of a group, no count
        if m.text[:1].isdigit() and _NUMBER_SIGN.search(text, max(0, m.start - 6), m.start):
            continue  # "рейсом № 618", "train No. 618", "Zug Nr. 618", "n° 618": a label, no count
        if _in_a_name(text, m, profile):
            if (found and m.value.unit is not None and found[-1].value.unit is None
                    and not may_be_year(found[-1].text, found[-1].value.min or 0)
                    and _NAME_BETWEEN.fullmatch(text, found[-1].end, m.start)):
                # "Twenty Formula 1 drivers": the count before the name counts the noun after it
                found[-1] = replace(found[-1], end=m.end, text=text[found[-1].start:m.end],
                                    value=replace(found[-1].value, unit=m.value.unit))
            continue
        if profile.dot_groups and _dot_of_a_rate(m):
            read = _by_the_plural(m, profile.language)  # "92.345 рубля", "2.345 рублей"
            if read is None:
                continue
            m = read
        if (not _written_on_a_word(text, m) and not _calendar_year(text, m, profile.language)
                and not (profile.language in HOUR_MARKS and text[m.start - 1:m.start] in _ORDINAL_MARKS)
                and not _of_a_hijri_date(text, m) and not _a_month_of_the_year(text, m, profile.language)):
            if ((ordinal is not None and m.text[-1:].isdigit() and ordinal.match(text, m.end))
                    or text.startswith(_COUNTER_ORDINAL.get(profile.language, "\0"), m.end) or (
                    before is not None and m.text[:1].isdigit() and before.search(text, max(0, m.start - 8), m.start))
                    or _a_numbered_minute(text, m, profile)):
                m = replace(m, ordinal=True)
            if inclusive is not None and (m.value.min is None) != (m.value.max is None) and inclusive.match(m.text):
                m = replace(m, value=replace(m.value, inclusive=True))  # "at least 7": shown "≥ 7"
            if m.value.unit == "kilometer":
                m = _per_hour(text, m, profile.language)
                speed_end = m.end
            found.append(_with_a_part_before(text, m, profile))
    return _spans_summed(text, _currency_carried(text, found), profile.language) if len(found) > 1 else found


def _per_hour(text: str, m: NumberMention, language: str) -> NumberMention:
    """A figure of kilometres read as a speed where the words for "per hour" stand before it
    or after its unit (:func:`~checker.facts.number_words.per_hour_words`: "165 kilometres an
    hour", "时速165公里", "시속 165킬로미터", "ঘণ্টায় ১৬৫ কিলোমিটার", "165 किलोमीटर प्रति घंटे")."""
    before, after = per_hour_words(language)
    start, end = m.start, m.end
    following = text[m.end:m.end + _PER_HOUR_REACH]
    gap = len(following) - len(following.lstrip(GAP_CHARS))
    written = next((words for words in after if following[gap:].casefold().startswith(words.casefold())), None)
    if written is not None:
        end = m.end + gap + len(written)
    else:
        reach = max(0, m.start - _PER_HOUR_REACH)
        preceding = text[reach:m.start].rstrip(GAP_CHARS)
        written = next((words for words in before if preceding.endswith(words)), None)
        if written is None:
            return m
        start = reach + len(preceding) - len(written)
    return replace(m, start=start, end=end, text=text[start:end], value=replace(m.value, unit="kilometer per hour"))


_PER_HOUR_REACH = 16  # characters around a figure of kilometres where "per hour" may be written


# The mark written after a figure's counter that makes it an ordinal: Japanese "2日目" (the
# second day), "3回目" (the third time); Korean "2일째".
_COUNTER_ORDINAL = {"ja": "目", "ko": "째"}


def _spans_summed(text: str, found: list[NumberMention], language: str) -> list[NumberMention]:
    """The mentions with a span of time written in parts added up, in its last part's unit:
    "2 hours, 0 minutes and 12 seconds" is 7,212 seconds, "1 year and 6 months" 18 months;
    the parts stand one after the other, a comma or a word for "and" between them, each
    exact and larger than the next by a whole number of it."""
    ands = cldr.and_words(language)
    merged: list[NumberMention] = []
    for mention in found:
        last = merged[-1] if merged else None
        if last is not None and _a_part(last.value) and _a_part(mention.value) \
                and (factor := _factor(last.value.unit or "", mention.value.unit or "")) is not None \
                and factor > 1 and factor.denominator == 1 \
                and text[last.end:mention.start].strip(GAP_CHARS + ",").casefold() in ands | {""}:
            total = float(Fraction(last.value.min or 0) * factor) + (mention.value.min or 0)
            merged[-1] = replace(last, end=mention.end, text=text[last.start:mention.end],
                                 value=replace(mention.value, min=total, max=total))
            continue
        merged.append(mention)
    return merged


def _a_part(value: NumberValue) -> bool:
    """Whether a value may be a part of a span written in parts: exact, in a unit of time."""
    return value.unit is not None and value.min is not None and value.min == value.max and not value.approximate


_CARRY_REACH = 24  # characters between an amount of money and the next figure that shares its currency
_CARRIED_FROM = 1e5  # the least figure a currency is carried to: one of millions or thousands, not a count
_BETWEEN_AMOUNTS = regex.compile(r"[^\d.!?;:\n()]*")


def _currency_carried(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """``found`` with the currency of an amount given to a large figure right after it
    with none of its own, a few words between and no other figure: "85 milioni di euro più
    10 milioni" (10 million euros), "$5 billion, up from 4.2 billion"."""
    carried = list(found)
    for i in range(1, len(carried)):
        before, m = carried[i - 1], carried[i]
        unit = before.value.unit
        if (m.value.unit is None and m.value.min is not None and m.value.min >= _CARRIED_FROM
                and unit is not None and len(unit) == 3 and unit.isupper()
                and m.start - before.end <= _CARRY_REACH
                and _BETWEEN_AMOUNTS.fullmatch(text, before.end, m.start) is not None):
            carried[i] = replace(m, value=replace(m.value, unit=unit))
    return carried




def _with_a_part_before(text: str, m: NumberMention, profile: _Profile) -> NumberMention:
    """``m`` with the part of its unit a word right before it adds
    (:data:`~checker.facts.number_words.PARTS_BEFORE`): "साढ़े 12 हजार" is 12,500, the half
    of the thousand its multiplier counts, "साढ़े तीन" 3.5."""
    parts = PARTS_BEFORE.get(profile.language)
    if not parts or m.value.min is None or m.value.min != m.value.max:
        return m
    before = _WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
    part = parts.get(unicodedata.normalize("NFC", before[1])) if before else None
    if part is None:
        return m
    multipliers = profile.lex.multipliers
    factor = max((multipliers[word] for word in map(key, _LETTERS_ONLY.findall(m.text)) if word in multipliers),
                 default=1.0)
    value = m.value.min + part * factor
    return replace(m, start=before.start(), text=text[before.start():m.end],
                   value=replace(m.value, min=value, max=value))


def _a_numbered_minute(text: str, m: NumberMention, profile: _Profile) -> bool:
    """Whether bare digits number a minute, as a match report writes the time of a goal:
    after the word for "minute" ("en el minuto 87", "no minuto 87"), or with an ordinal's dot
    before it, in lower case ("u 87. minuti", "87. dakikada", "87. minutuan") or after an
    article ("in der 87. Minute"): a rank, no count."""
    if m.value.unit is not None or not m.text.isdigit() or profile.language in MULTIPLIER_FIRST:
        return False
    word = _WORD_BEFORE.search(text, max(0, m.start - _NOUN_REACH), m.start)
    if word is not None and profile.lex.units.get(key(word[1])) == "minute":
        return True
    noun = _PART_WORD.match(text, m.end) if text.startswith(".", m.end) else None
    if noun is None or not any(key(noun[1]).startswith(form) for form, unit in profile.lex.unit_folds
                               if unit == "minute" and len(form) >= 3):
        return False
    return noun[1][:1].islower() or (word is not None and key(word[1]) in (function_words(profile.language) or ()))


@lru_cache(maxsize=64)
def _ordinal_before(language: str) -> regex.Pattern | None:
    """The word written before digits that makes them an ordinal in ``language``
    (:func:`~checker.facts.number_words.ordinal_prefixes`): "lần thứ 3", "ke-4", "ika-3"."""
    prefixes = ordinal_prefixes(language)
    if not prefixes:
        return None
    # apart ("thứ 3", "ika-3"), or with a hyphen where CLDR joins it to the word ("ke-4"; "ke 4 kota"
    # is "to four cities"); not in a script without spaces, where it may end another word (Thai "อยู่ที่
    # 15 ราย": stands at 15)
    words = [rf"(?<![\p{{L}}\p{{M}}]){_literal(prefix.strip())}"
             + (f"[-‐{GAP_CHARS}]?" if prefix.endswith(" ") else "[-‐]")
             for prefix in prefixes if regex.match(r"[\p{Latin}\p{Cyrillic}\p{Greek}]", prefix)]
    return regex.compile(rf"(?:{'|'.join(words)})\Z", regex.IGNORECASE) if words else None


@lru_cache(maxsize=64)
def _inclusive(language: str) -> regex.Pattern | None:
    """The bound words that take the figure in, at a figure's start
    (:data:`~checker.facts.number_words.INCLUSIVE_BOUNDS`): "at least", "mindestens", "до"."""
    phrases = INCLUSIVE_BOUNDS.get(language)
    if not phrases:
        return None
    return regex.compile(rf"(?:{_alternation(map(key, phrases))})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


@lru_cache(maxsize=64)
def _ordinal_after(language: str) -> regex.Pattern | None:
    """The letters of an ordinal written on its digits in ``language``, ending the word
    (:func:`~checker.facts.number_words.ordinal_suffixes`): "4th", "3e", "15.ª", "4-й"."""
    suffixes = ordinal_suffixes(language)
    if not suffixes:
        return None
    return regex.compile(rf"(?:{_alternation(suffixes)})(?![\p{{L}}\p{{M}}\p{{N}}])")


# Languages that write a fraction's denominator first: "3分の2", "3분의 2", "三分之二".
_DENOMINATOR_FIRST = frozenset({"ja", "ko", "zh", "yue"})
# A denominator of two to ten (not 百分之五十, fifty per cent), and its numerator.
_HAN_DIGITS = "〇零一二三四五六七八九十"
_FRACTION_FIRST = regex.compile(rf"(?<![\p{{Nd}}{_HAN_DIGITS}百千])(?:[2-9]|10|[二三四五六七八九十])\s*(?:分の|分之|분의)"
                                rf"\s*(?:\p{{Nd}}+|[{_HAN_DIGITS}]+)")
_HYPHENED_WORD = regex.compile(r"[-‐‑]([\p{L}\p{M}]+)")


def hyphened_word(text: str, at: int) -> regex.Match | None:
    """The word joined by a hyphen to what ends at ``at`` ("two-thirds", "32-stöckige"), or None."""
    return _HYPHENED_WORD.match(text, at)


def _written_fractions(text: str) -> list[tuple[int, int]]:
    """The spans of the fractions written denominator first."""
    if "分" not in text and "분" not in text:
        return []
    return [match.span() for match in _FRACTION_FIRST.finditer(text)]


def _a_numerator(text: str, mention: NumberMention, language: str) -> bool:
    """Whether a figure of one to nine is the numerator of a fraction, its denominator
    read as its noun ("dos tercios", "двух третей", "due terzi") or written after a
    hyphen ("two-thirds", "दो-तिहाई") (:func:`~checker.facts.number_words.is_denominator`),
    or before it in the locative ("üçte iki", "மூன்றில் இரண்டு")."""
    value = mention.value
    if value.min is None or value.min != value.max or value.min not in _NUMERATORS:
        return False
    if language in DENOMINATOR_CASES:  # "üçte iki", "மூன்றில் இரண்டு": the denominator first
        before = _WORD_BEFORE.search(text, max(0, mention.start - _NOUN_REACH), mention.start)
        if before is not None and fold(before[1]) in denominators_before(language):
            return True
    if value.unit is not None:
        return is_free_noun(value.unit) and is_denominator(value.unit, language)
    word = hyphened_word(text, mention.end)
    return word is not None and is_denominator(word.group(1), language)


_NUMERATORS = frozenset(map(float, range(1, 10)))
_TWO_WORDS_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])([\p{{L}}\p{{M}}]+){_GAP}+([\p{{L}}\p{{M}}']+){_GAP}+\Z")


def _of_a_fraction(text: str, mention: NumberMention, profile: _Profile) -> bool:
    """Whether a multiplier with its article is the whole a fraction is of: "a quarter of
    a million", "un quart de million"."""
    first = mention.text.split(maxsplit=1)[0] if mention.text[:1].isalpha() else ""
    if not first or key(first) not in profile.lex.articles and key(first) not in profile.lex.multipliers:
        return False
    before = _TWO_WORDS_BEFORE.search(text, max(0, mention.start - _NOUN_REACH), mention.start)
    return (before is not None and key(before[2]) in PARTITIVES.get(profile.language, ())
            and is_denominator(before[1], profile.language))


_SEN = "銭"  # the hundredth of a yen, which Japanese prices write after the yen: "3万9910円82銭"


def _cents_of(price: NumberMention, mention: NumberMention) -> bool:
    """Whether ``mention`` is the sen written right after a whole price in yen."""
    value, whole = mention.value, price.value
    return (whole.unit == "JPY" and price.end == mention.start and whole.min == whole.max
            and mention.counted is not None and mention.counted.startswith(_SEN) and value.unit is None
            and value.min == value.max and value.min is not None and float(value.min).is_integer()
            and 0 <= value.min < 100)


# A dot before three digits, the last not naught, where the comma is the decimal mark and a
# space groups thousands: the dot of a rate as often as a group of a count ("курс 92.345").
_DOT_BEFORE_THREE = regex.compile(r"(?<![\d.,])\d{1,3}\.\d\d[1-9](?![\d.,])")


def _dot_of_a_rate(mention: NumberMention) -> bool:
    """Whether a figure whose dot may group thousands or mark decimals is none that news
    groups: a count of something groups its thousands ("Более 2.345 человек", "2.000",
    "1.500 рублей"), while three decimals of a rate or a price end in a digit other than
    naught ("курс доллара 92.345 рубля", no 92,345 roubles): such a figure in money, per cent or
    no unit at all is read neither way."""
    unit = mention.value.unit
    return (unit is None or not is_free_noun(unit)) and _DOT_BEFORE_THREE.search(mention.text) is not None


_DOTTED_AMOUNT = regex.compile(rf"(?<![\d.,])(\d{{1,3}}\.\d{{3}}){_GAP}+([\p{{L}}\p{{M}}]+)\Z")


def _by_the_plural(mention: NumberMention, language: str) -> NumberMention | None:
    """A figure of :func:`_dot_of_a_rate` read as the currency's name after it says, by the
    plural CLDR writes it in for either reading: "92.345 рубля" is 92.345 roubles (a count of
    92,345 would be "рублей"), "2.345 рублей", "1.299 złotych", French "1.299 euros" (not
    "euro", as 1,299 is) are thousands; None where both or neither are written so ("2.343
    рубля", "1.299 евро")."""
    from decimal import Decimal

    written = _DOTTED_AMOUNT.search(mention.text)
    loc = cldr.locale(language)
    if written is None or loc is None or mention.value.unit not in MONEY:
        return None
    names = _plural_names(language, mention.value.unit)
    word = fold(written[2])
    whole = word in names.get(loc.plural_form(int(written[1].replace(".", ""))), ())
    decimal = word in names.get(loc.plural_form(Decimal(written[1])), ())
    if whole == decimal:
        return None
    if whole:
        return mention
    low, high = (None if x is None else x / 1000 for x in (mention.value.min, mention.value.max))
    return replace(mention, value=replace(mention.value, min=low, max=high))


@lru_cache(maxsize=256)
def _plural_names(language: str, code: str) -> dict[str, frozenset[str]]:
    """The words of a currency's names in ``language`` by CLDR's plural category, folded:
    Russian RUB's "many" is {"rossiiskikh", "rublei"}."""
    loc = cldr.locale(language)
    plurals = loc._data["currency_names_plural"].get(code) if loc is not None else None
    return {category: frozenset(fold(word) for word in name.split()) for category, name in (plurals or {}).items()}


@lru_cache(maxsize=64)
def _change_words(language: str) -> tuple[regex.Pattern, regex.Pattern, frozenset[str]] | None:
    """For a change in ``language`` (:data:`~checker.facts.number_words.CHANGES`): a regex of
    its verbs, one of the word for "to", "by" or "from" that ends where a figure starts, and
    the keys of "to"."""
    if language not in CHANGES:
        return None
    verbs, by, start, to = CHANGES[language]
    words = {"to": to, "by": by, "from": start}
    pattern = "|".join(rf"(?P<{role}>{_alternation(map(key, forms))})" for role, forms in words.items() if forms)
    if language in _HAN_LANGUAGES:  # no spaces: the words end where the figure starts
        return (regex.compile(_alternation(verbs.split())), regex.compile(rf"(?:{pattern}){_GAP}*\Z"),
                frozenset(map(key, to)))
    stems = [fold(verb) for verb in verbs.split() if not verb.endswith("$")]
    whole = [fold(verb[:-1]) for verb in verbs.split() if verb.endswith("$")]
    verb_pattern = "|".join([*([rf"(?:{_alternation(stems)})[\p{{L}}\p{{M}}]*"] if stems else []),
                             *([rf"(?:{_alternation(whole)})(?![\p{{L}}\p{{M}}])"] if whole else [])])
    joined = attached_conjunctions(language)  # Arabic "وتراجع التضخم إلى 4.9": and fell, to 4.9
    conjunction = rf"(?:{_alternation(joined)})?" if joined else ""
    return (regex.compile(rf"(?<![\p{{L}}\p{{M}}]){conjunction}(?:{verb_pattern})"),
            regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{pattern})(?:{_GAP}+|(?<=['’]))\Z", regex.IGNORECASE),
            frozenset(map(key, to)))


# German and Dutch close a clause with the participle: "ist im Januar um 8.000 auf 2,81 Millionen
# gestiegen", "is met 9.000 tot 370.000 gestegen"
_VERB_LAST = frozenset({"de", "nl"})
_CLAUSE_AFTER = regex.compile(r"(?:[^.,;:!?\n]|[.,](?=\d))*")
@lru_cache(maxsize=64)
def _change_words_of(language: str) -> frozenset[str]:
    """The keys of the words for "by", "from" and "to" of a change in ``language``."""
    return frozenset(key(word) for words in CHANGES.get(language, ((),) * 4)[1:] for word in words)


_HAN_CLAUSE_BEFORE = regex.compile(r"[^。！？；\n]*\Z")
_HAN_CLAUSE_AFTER = regex.compile(r"[^。！？；，\n]*")
# "从目前的1.7%": from the current 1.7%; "从9月的2.1%": from September's 2.1%
_HAN_FROM = regex.compile(r"[从由從](?:[^\d，。；！？]|\d{1,4}[年月日]){0,6}\Z")


def _change_clause(text: str, pos: int, language: str) -> tuple[str, regex.Pattern, regex.Pattern] | None:
    """The clause before ``pos`` as its verbs of change are looked for in (folded but in
    Chinese), and the regexes of :func:`_change_words`; None where the language has none."""
    found = _change_words(language)
    if found is None:
        return None
    han = language in _HAN_LANGUAGES
    clause = (_HAN_CLAUSE_BEFORE if han else _CLAUSE_BEFORE).search(text, max(0, pos - _CHANGE_REACH), pos)
    if clause is None:
        return None
    return (clause[0] if han else fold(clause[0])), found[0], found[1]


def change_role(text: str, mention: NumberMention, language: str | None) -> str | None:
    """The part a figure plays in a change stated before it in its clause (or after it,
    where the verb closes the clause: "um 8.000 auf 2,81 Millionen gestiegen"): "to" for the
    value reached ("rose to 4.0%", "à 2,8 millions", "fino a 45.000", "auf 2,81 Millionen",
    "报3047点"), "by" for the amount ("by 8,000", "um 8.000", "rose 3%", "上涨35点"), "from"
    for the value it started from ("from 3.9%"); None outside a change."""
    base = _tag(language).split("_")[0].lower()
    compared = _compared_with(base)
    if compared is not None and compared.search(text, max(0, mention.start - _NOUN_REACH), mention.start):
        return "from"  # "contre 4,8 % en 2022", "compared with 2.5%"
    if (after := _compared_after(base)) is not None and after.match(text, mention.end):
        return "from"  # "4.7 प्रतिशत के मुकाबले", "৯.২৪ শতাংশের তুলনায়"
    if base in CHANGE_CASES:
        return _case_role(text, mention, base)
    if base in PARTICLE_CHANGES:
        return _particle_role(text, mention, base)
    found = _change_clause(text, mention.start, base)
    if found is None:
        return None
    clause, verbs, words = found
    last = None
    for last in verbs.finditer(clause):
        pass
    if last is None and not (base in _VERB_LAST and verbs.search(fold(_CLAUSE_AFTER.match(text, mention.start)[0]))):
        # where it started, before the verb: "利率从1.7%降至1.5%", "从目前的1.7%调降至1.5%"
        role = words.search(text, max(0, mention.start - _NOUN_REACH), mention.start)
        if (role is None or role.lastgroup != "from") and not (
                base in _HAN_LANGUAGES and _HAN_FROM.search(text, max(0, mention.start - _NOUN_REACH), mention.start)):
            return None
        after = (_HAN_CLAUSE_AFTER.match(text, mention.end)[0] if base in _HAN_LANGUAGES
                 else fold(_CLAUSE_AFTER.match(text, mention.end)[0]))
        return "from" if verbs.search(after) else None
    if last is not None and not clause[last.end():].strip(GAP_CHARS):
        return "by"  # right after the verb: "rose 3%", "上涨35点"
    role = words.search(text, max(0, mention.start - _NOUN_REACH), mention.start)
    return role.lastgroup if role is not None else None


def _case_role(text: str, mention: NumberMention, language: str) -> str | None:
    """The part of a figure in a change whose verb follows it, by the case written on the
    figure or its noun (:data:`~checker.facts.number_words.CHANGE_CASES`): "92 bin kişi
    azalarak" is the amount, "3 milyon 58 bin kişiye geriledi" the value reached, "yüzde
    67'den" the value it started from."""
    found = _change_words(language)
    after = fold(_CLAUSE_AFTER.match(text, mention.end)[0])
    if found is None:
        return None
    if found[0].search(after) is None:
        before = _change_clause(text, mention.start, language) if language in CHANGE_CASES_VERB_BEFORE else None
        if before is None or found[0].search(before[0]) is None:
            return None
    converbs, dative, ablative, participles = CHANGE_CASES[language]
    verb = found[0].match(after.lstrip(GAP_CHARS))
    if verb is not None and verb[0].endswith(converbs):
        return "by"
    word = _LETTER_RUN.match(after.lstrip(GAP_CHARS))
    if word is not None and word[0] in participles:
        return "from"  # "yüzde 67,07 olan yıllık enflasyon … yüzde 68,50'ye çıktı"
    ending = _LAST_WORD.search(fold(mention.text).rstrip())
    if ending is None:
        return None
    return "from" if ending[1].endswith(ablative) else "to" if ending[1].endswith(dative) else None


@lru_cache(maxsize=8)
def _particle_words(language: str) -> regex.Pattern:
    """The words of change of :data:`~checker.facts.number_words.PARTICLE_CHANGES`, those
    written in two ("ਵਧ_ਕੇ") with any space between."""
    return regex.compile("|".join(r"\s+".join(map(regex.escape, word.split("_")))
                                  for word in sorted(PARTICLE_CHANGES[language][0].split(), key=len, reverse=True)))


_AFTER_CHANGE = regex.compile(rf"\p{{L}}\p{{M}}*(?:の|{_GAP}+)\Z")
_LAST_WORD_BEFORE = regex.compile(r"\S{0,8}\s*\Z")  # the word of change right before a figure: "बढ़ाकर 4.5", "高の"
_LAST_WORDS_BEFORE = regex.compile(r"(?:\S{1,8}\s+)?\S{0,8}\s*\Z")  # or one written in two: "ਵਧ ਕੇ 38"
_EAST_CLAUSE = regex.compile(r"(?:[^.,;:!?\n。、！？；]|[.,](?=\d))*")
_EAST_CLAUSE_BEFORE = regex.compile(r"(?:[^.,;:!?\n。、！？；]|(?<=\d)[.,])*\Z")
_EAST_SENTENCE_BEFORE = regex.compile(r"[^\n。！？]*\Z")


@lru_cache(maxsize=64)
def _compared_with(language: str) -> regex.Pattern | None:
    """A regex of the words before a value compared with (:data:`~checker.facts.number_words.COMPARED_WITH`)
    that end where a figure starts."""
    words = COMPARED_WITH.get(language)
    return (regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alternation(map(key, words))})(?:{_GAP}+|(?<=ـ))\Z",
                          regex.IGNORECASE) if words else None)


@lru_cache(maxsize=64)
def _compared_after(language: str) -> regex.Pattern | None:
    """A regex of the words after a value compared with (:data:`~checker.facts.number_words.COMPARED_AFTER`),
    past a case ending on the figure or its unit."""
    words = COMPARED_AFTER.get(language)
    return (regex.compile(rf"[\p{{L}}\p{{M}}]{{0,3}}{_GAP}*(?:{_alternation(words)})(?![\p{{L}}\p{{M}}])")
            if words else None)


def _particle_role(text: str, mention: NumberMention, language: str) -> str | None:
    """The part of a figure in a Japanese, Korean or Hindi change, by the word of change right
    after it (the amount: "744円63銭高", "25.3포인트 오른", "6.55 अरब डॉलर बढ़कर") or the particle
    on it (the value reached: "2,674.27로", "2.6%に", "625.6 अरब डॉलर पर", and the figure right
    after the word of change, "高の3万9910円", "घटकर 5.09 प्रतिशत"; the value it started from:
    "3.9%から") (:data:`~checker.facts.number_words.PARTICLE_CHANGES`)."""
    words = _particle_words(language)
    _, reached, started = PARTICLE_CHANGES[language]
    end = mention.counted_end if mention.counted is not None and mention.counted_end else mention.end
    after = _EAST_CLAUSE.match(text, end)[0]
    before = _EAST_CLAUSE_BEFORE.search(text, max(0, mention.start - _CHANGE_REACH), mention.start)[0]
    if not any(words.search(part) for part in (before, text[mention.end:end], after)):
        # the value reached in the clause after the change's: "0.5%引き上げ、4.75%とした"
        glued = after.lstrip(GAP_CHARS)
        sentence = _EAST_SENTENCE_BEFORE.search(text, max(0, mention.start - _CHANGE_REACH), mention.start)[0]
        return "to" if reached and glued.startswith(reached) and words.search(sentence) else None
    if words.match(after.lstrip(GAP_CHARS)) or (mention.counted is not None and words.search(mention.counted)):
        return "by"  # "25.3포인트 오른", and in the letters written on the figure: "744ポイント高"
    glued = text[mention.end:end] if end > mention.end else after.lstrip(GAP_CHARS)
    if glued.startswith(reached) or _AFTER_CHANGE.search(before) and words.search(_LAST_WORDS_BEFORE.search(before)[0]):
        return "to"  # "2,674.27로", and after the word of change: "高の3万9910円", "घटकर 5.09"
    return "from" if glued.startswith(started) else None


def changes_before(text: str, start: int, end: int, language: str | None) -> int:
    """How many verbs of change stand in ``text[start:end]``: figures of one sentence with as
    many before them belong to one change ("exports fell 3%, while imports rose to $200
    billion" tells two). 0 in a language that writes the verb after its figures, whose
    parts the case or particle on each figure tell."""
    base = _tag(language).split("_")[0].lower()
    found = _change_words(base)
    if found is None or base in CHANGE_CASES or base in PARTICLE_CHANGES:
        return 0
    part = text[start:end]
    return sum(1 for _ in found[0].finditer(part if base in _HAN_LANGUAGES else fold(part)))


# where the words of EARLIER are read as written, without a word's bounds: Chinese and
# Japanese, Korean (a particle written on them), Thai (no space between words)
_UNSPACED_EARLIER = _HAN_LANGUAGES | {"ko", "th"}


@lru_cache(maxsize=64)
def _earlier_words(language: str, aimed: bool = True) -> regex.Pattern | None:
    words = EARLIER.get(language, ()) + (AIMED.get(language, ()) if aimed else ())
    if not words:
        return None
    if language in _UNSPACED_EARLIER:
        return regex.compile(_alternation(words))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alternation(map(fold, words))})(?![\p{{L}}\p{{M}}])")


@lru_cache(maxsize=64)
def _aimed_after(language: str) -> regex.Pattern | None:
    words = AIMED_AFTER.get(language)
    return regex.compile(_alternation(words), regex.IGNORECASE) if words else None


_CLAUSE_AFTER_FIGURE = regex.compile(r"[^.,;:!?\n。、，；！？]*")


def stated_earlier(text: str, mention: NumberMention, language: str | None) -> bool:
    """Whether a figure is one stated before, or aimed at or asked for, by a word in its
    clause before it, within its commas, or after it where the verb comes last
    (:data:`~checker.facts.number_words.EARLIER`, :data:`~checker.facts.number_words.AIMED`:
    "its target of around 820 deliveries", "Prosecutors had sought 15 years", "禁錮15年を求刑"): "раніше повідомлялося про 137 загиблих",
    "Zuvor war von 137 Toten die Rede", "此前为137人"."""
    base = _tag(language).split("_")[0].lower()
    words = _earlier_words(base)
    after = _aimed_after(base)
    if words is None:
        return after is not None and after.search(
            _CLAUSE_AFTER_FIGURE.match(text, mention.end, mention.end + _NOUN_REACH)[0]) is not None
    east = base in _UNSPACED_EARLIER
    # the figure's own clause: "up 12% from a year earlier, as it delivered 560 aircraft" says
    # nothing of the 560 as stated before
    clause = (_EAST_CLAUSE_BEFORE if east else _OWN_CLAUSE_BEFORE).search(
        text, max(0, mention.start - _CHANGE_REACH), mention.start)
    if clause is not None and words.search(clause[0] if east else fold(clause[0])) is not None:
        return True
    if not east:  # or the word alone opens the sentence before a comma: "Earlier, officials had reported 9 dead"
        sentence = _CLAUSE_BEFORE.search(text, max(0, mention.start - _CHANGE_REACH), mention.start)
        opening = _OPENING_WORD.match(sentence[0]) if sentence is not None else None
        if opening is not None and words.fullmatch(fold(opening[1])) is not None:
            return True
    return after is not None and after.search(_CLAUSE_AFTER_FIGURE.match(text, mention.end, mention.end + _NOUN_REACH)[0]) is not None


def earlier_before(text: str, start: int, language: str | None, opening: int | None = None) -> bool:
    """Whether a word of :data:`~checker.facts.number_words.EARLIER` stands in the clause of
    ``text`` before ``start``, past its commas: a date told as one of before ("Earlier, on
    18 October, the United States vetoed …"); or, given the ``opening`` of its sentence, opens
    it, before a comma that a script without spaces parts clauses by too ("此前，美国于10月18日
    否决了", "これに先立ち、米国は10月18日")."""
    base = _tag(language).split("_")[0].lower()
    words = _earlier_words(base, aimed=False)
    if words is None:
        return False
    east = base in _UNSPACED_EARLIER
    clause = (_EAST_CLAUSE_BEFORE if east else _CLAUSE_BEFORE).search(text, max(0, start - _CHANGE_REACH), start)
    if clause is not None and words.search(clause[0] if east else fold(clause[0])) is not None:
        return True
    return opening is not None and east and words.match(text, opening, start) is not None


def verb_between(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether a verb of change stands in ``text[start:end]`` where a clause may close with it
    (German and Dutch): the particle of a split verb after its amount, "met 12.000 af tot 425.000"."""
    base = _tag(language).split("_")[0].lower()
    found = _change_words(base) if base in _VERB_LAST else None
    return found is not None and found[0].search(fold(text[start:end])) is not None


def is_change_verb(word: str, language: str | None) -> bool:
    """Whether ``word`` is a verb of change (:data:`~checker.facts.number_words.CHANGES`)."""
    base = _tag(language).split("_")[0].lower()
    if base in PARTICLE_CHANGES:
        return _particle_words(base).match(word) is not None
    found = _change_words(base)
    return found is not None and found[0].match(word if base in _HAN_LANGUAGES else fold(word)) is not None


# Two small whole numbers joined by a dash: a score ("menang 3-1 pada", "beat Chelsea
# 5-0", "perdió 0-2 y"), a tally of votes ("voted 10-5"), or a range ("3-5 people").
_PAIR = regex.compile(r"(?<![\p{N}.,:/–-])(\d{1,2})(?:[-–](\d{1,2})|:(\d))(?!\p{N}|[.,:/–-]\p{N})")
_SCORE_GOALS = 10  # an ascending pair of numbers below it may be a score ("kalah 1-3")


def _scores(text: str) -> list[tuple[int, int]]:
    """Where the pairs of numbers that may be scores stand: a pair that falls ("3-1",
    "2-2"), which no range does, or one of single digits ("0-2")."""
    if "-" not in text and "–" not in text and ":" not in text:
        return []
    # and with a colon, as German, Polish, Russian write a score, a single digit after it (no
    # minutes of a time): "zum 3:1"
    return [m.span() for m in _PAIR.finditer(text)
            if int(m[1]) >= int(m[2] or m[3]) or int(m[2] or m[3]) < _SCORE_GOALS]


def _of_a_score(mention: NumberMention, scores: list[tuple[int, int]]) -> bool:
    """Whether a number is part of a score, no figure of anything: each of a falling pair
    ("3-1", "3" and "1 pada"), and a rising pair read as a range with no unit after it
    ("lost 2-4 at home"); a range of a unit stays one ("3-5 people", "2-4 years")."""
    for start, end in scores:
        if start <= mention.start < end:
            return not (mention.end > end and mention.value.min != mention.value.max
                        and mention.value.unit is not None)
    return False


_NAME_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}.-])(\p{{Lu}}[\p{{Ll}}\p{{M}}]+){_GAP}+\Z")
_NAME_NUMBER = 100  # a name's number is small: "Liga 1", "Apollo 11", "Windows 11"


def _one_of(text: str, mention: NumberMention, language: str) -> bool:
    """Whether the word after the number word "one" is "of" (:data:`~checker.facts.number_words.ONE_OF`)."""
    words = ONE_OF.get(language, ())
    following = words_after(text, mention.end, _NOUN_REACH) if words else ()
    return bool(following) and following[0] in map(fold, words)


# The signs and abbreviations of "number" before a figure that names a train, a flight, a
# law or a house: "№ 618", "#618", "No. 618", "Nr. 618", "n° 618", "n.º 618", "nº 618" (not
# "No" without its dot: "No 618 people died").
_NUMBER_SIGN = regex.compile(r"(?:№|#|(?<![\p{L}\p{M}])(?:[Nn][or]\.|[Nn]\.?[º°]\.?))[^\S\n]*\Z")


def _in_a_name(text: str, mention: NumberMention, profile: _Profile) -> bool:
    """Whether a small number in digits is part of a name, written after a capitalised
    word inside a sentence: "menjuarai Liga 1 setelah", "won Ligue 1 after", "Apollo 11."
    Not after a month or weekday ("on Monday 500 workers"), nor where every noun is
    capitalised ("am Montag 500 Stellen", "Platz 3"), nor before a unit the reader knows
    ("Dow Jones 3 persen"), nor before a noun it counts, a word that is no function word
    of the language: "In Kyiv 23 people died", "En Madrid 23 personas murieron" — unless
    a count or an article stands before the name, which makes the name and its number
    one word of what is counted: "Twenty Formula 1 drivers", "20 Formula 1 teams", "a
    Formula 1 driver"."""
    value = mention.value
    if (profile.language in CAPITALISED_NOUNS or value.min != value.max or value.min is None
            or not 0 <= value.min < _NAME_NUMBER or not mention.text[:1].isdigit()):
        return False
    counts_a_noun = False
    if value.unit is not None:
        if not is_free_noun(value.unit):
            return False
        function = function_words(profile.language)
        counts_a_noun = function is None or fold(value.unit) not in function
    name = _NAME_BEFORE.search(text, max(0, mention.start - _NOUN_REACH), mention.start)
    if name is None or calendar_word(profile.language, fold(name[1])):
        return False
    before = text[max(0, name.start() - 24):name.start()].rstrip(GAP_CHARS)
    if counts_a_noun:
        word = _COUNT_BEFORE.search(before)
        return word is not None and (word[0][0].isdigit() or key(word[0]) in profile.lex.numbers
                                     or key(word[0]) in profile.lex.articles)
    return before[-1:].islower()


_NAME_BETWEEN = regex.compile(rf"(?:{_GAP}+\p{{Lu}}[\p{{L}}\p{{M}}]*)+{_GAP}+")
_COUNT_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}.,])(?:\p{N}[\p{N}.,]*|[\p{L}\p{M}]+)\Z")


# A word of an alphabet written on a number that no unit or multiplier took makes a
# compound of them: Greek "24ωρη απεργία" (a 24-hour strike), "5ετές", "10χρονος" are no
# count. An ordinal's or a plural's letters stay the number's ("13th", "23e", "1990s",
# "28ης"), and the scripts that write a counter or a case ending on a number are not
# read so ("1500人", "৩০০টি", "2023م").
_GLUED_LETTER = regex.compile(r"[\p{Latin}\p{Greek}\p{Cyrillic}]{3}")


def _written_on_a_word(text: str, mention: NumberMention) -> bool:
    return mention.text[-1:].isdigit() and _GLUED_LETTER.match(text, mention.end) is not None


_ORDINAL_MARKS = frozenset("第제")  # "第16任總統", "제16대 국회": the 16th, no figure


_YEAR_MARKED = regex.compile(r"[年년](?![间間간])")


def _calendar_year(text: str, mention: NumberMention, language: str) -> bool:
    """Whether a number is a year of the calendar by the year's character written on it
    in Chinese, Japanese and Korean ("到2026年", "2026년까지", "2023年度") or by the era
    before it ("令和6年"): no figure, as "2026년간" (for 2,026 years) would be."""
    if language not in HOUR_MARKS or not _YEAR_MARKED.match(text, mention.end - 1 if mention.text[-1:] in "年년" else mention.end):
        return False
    if any(text.endswith(era, 0, mention.start) for era in ERAS.get(language, ())):
        return True  # "令和6年能登半島地震": the year of an era
    return mention.value.unit is None and mention.text.isdigit() and len(mention.text) == 4


@lru_cache(maxsize=64)
def _numbered_months(language: str) -> frozenset[str]:
    """The words CLDR names a month with before its number (Vietnamese "tháng 3", March),
    folded; none where months have names of their own."""
    return frozenset(name.rsplit(" ", 1)[0] for name in cldr.month_names(language)
                     if regex.fullmatch(r"\D+ \d+", name))


_MONTH_NUMBER = regex.compile(r"(?:1[0-2]|0?[1-9])(?![\d\p{L}]|[.,]\d)")
_DAY_NUMBER = regex.compile(r"(?:[12]\d|3[01]|0?[1-9])\Z")


def _a_month_of_the_year(text: str, mention: NumberMention, language: str) -> bool:
    """Whether a figure is a part of a date where CLDR names a month by its number after a
    word: the month ("Lạm phát tháng 3 của Việt Nam", March's inflation; "tháng 3 năm
    2024"), or the day before it ("ngày 15 tháng 3"), no three or fifteen of anything."""
    months = _numbered_months(language)
    if not months or not mention.text[:1].isdigit():
        return False
    before = _WORD_BEFORE.search(text, max(0, mention.start - _NOUN_REACH), mention.start)
    if before is not None and fold(before[1]) in months and _MONTH_NUMBER.match(mention.text):
        return True
    number, _, word = mention.text.partition(" ")
    return (fold(word.strip(GAP_CHARS)) in months and _DAY_NUMBER.search(number) is not None
            and _MONTH_NUMBER.match(text, _SPACE.match(text, mention.end).end()) is not None)


@lru_cache(maxsize=1)
def _hijri_after() -> regex.Pattern:
    era = rf"{_GAP}*(?:{_alternation(HIJRI_ERAS)})(?![\p{{L}}\p{{M}}])"
    return regex.compile(rf"{_GAP}+(?:{_alternation(HIJRI_MONTHS)}){_GAP}+\p{{N}}{{3,4}}{era}|{era}")


def _of_a_hijri_date(text: str, mention: NumberMention) -> bool:
    """Whether a number is the day or the year of a lunar Hijri date ("28 صفر 1445 هـ",
    "1445هـ"), which is no figure."""
    digits = None
    for digits in _DIGIT_RUN.finditer(text, mention.start, mention.end):
        pass
    return (digits is not None and "ه" in text[digits.end():digits.end() + 32]
            and _hijri_after().match(text, digits.end()) is not None)


_DIGIT_RUN = regex.compile(r"\p{Nd}+")


_MINUTES = regex.compile(r"\d\d(?!\d)")
_HOUR = regex.compile(r"(?<!\d)(\d{1,2}):\Z")
_HOUR_MARKED = regex.compile(r"\d[时時시] ?\Z")
_CLOCK_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)\.?\s+\Z")


def _is_time(hour: str, rest: str) -> bool:
    return hour.isdigit() and int(hour) <= 24 and int(rest[:2]) < 60


def _time_of_day(text: str, mention: NumberMention, language: str) -> bool:
    """Whether a number without a unit is an hour: written with its minutes after a
    colon ("19:05"), or after a word for o'clock (:data:`CLOCK_WORDS`: "kello 6", "klo
    21.16", "o godz. 8"), or is the minutes of such a time."""
    marks = HOUR_MARKS.get(language, "")
    if marks and mention.value.min == mention.value.max:
        if text[mention.end:mention.end + 1] in marks and text[mention.end + 1:mention.end + 2] not in HOUR_SPANS:
            return mention.value.unit is None  # "上午10时", "오전 9시부터"
        if (_HOUR_MARKED.search(text, max(0, mention.start - 4), mention.start)
                and any(mark in text[mention.end - 1:mention.end + 1] for mark in "分분")):
            return True  # the minutes of "3时42分", "4時10分", "9시 30분"
    if _clock_written(text, mention, language):
        return True
    hour = _HOUR.search(text, max(0, mention.start - 3), mention.start)
    if hour is not None and _MINUTES.match(text, mention.start) and _is_time(hour.group(1), text[mention.start:]):
        return True  # the minutes of "19:05 часот"
    if mention.value.min == mention.value.max and mention.end > mention.start:
        last = _LAST_WORD.search(text, mention.start, mention.end)
        clock = _clock_words(language, after=True)
        if last is not None and fold(last.group(1) + _MARKS_AND_LETTERS.match(text, mention.end)[0]) in clock:
            return True  # "8 val. ryto", "um 2 Uhr nachts", and with its ending: Bengali "১০টায়"
        following = _NEXT_WORD.match(text, mention.end) if mention.value.unit is None and clock else None
        if following is not None and fold(following[1]) in clock:
            return True  # the word after a figure read without it: Kannada "10 ಗಂಟೆಗೆ"
    if mention.value.min != mention.value.max or (mention.value.unit is not None
                                                  and not is_free_noun(mention.value.unit)):
        return False  # a noun after the hour may be the part of the day: "ساعت ۱۰ صبح", "בשעה 6 בבוקר"
    if mention.value.unit is not None:
        before = _CLOCK_WORD_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        if before is None:
            return False
        if fold(before.group(1)) in _clock_at(language) and mention.value.unit in (function_words(language) or ()):
            # the word after the hour is no noun it counts: "alle 8 con 300 manifestanti", "ás 8 e"
            digits = _DIGIT_RUN.match(text, mention.start)
            return digits is not None and _hour_alone(text[mention.start:digits.end()], language)
        return fold(before.group(1)) in _clock_words(language)
    # (the hour's figures, past a bound read with them: "about 18:40", "около 18:40")
    hour_written = _HOUR_WRITTEN.search(text, mention.start, mention.end)
    written = hour_written[0] if hour_written else text[mention.start:mention.end]
    if text[mention.end:mention.end + 1] == ":" and _MINUTES.match(text, mention.end + 1):
        return _is_time(written, text[mention.end + 1:])  # not a score, "98:87"
    if (text[mention.end:mention.end + 1] == "." and _MINUTES.match(text, mention.end + 1)
            and _decimal_mark(language) != "."):
        # "alle 20.10", "um 20.10 Uhr": where the dot groups thousands, two digits after it are minutes
        return _is_time(written, text[mention.end + 1:])
    before = _CLOCK_WORD_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    if before is not None and fold(before.group(1)) in _clock_at(language):
        return _hour_alone(text[mention.start:mention.end], language)  # "a las 8", "at 14.30"
    return before is not None and fold(before.group(1)) in _clock_words(language)


_HOUR_WRITTEN = regex.compile(r"(?<=\s|^)\d{1,2}\Z")
_HOUR_ALONE = regex.compile(r"(?P<h>\d{1,2})(?:\.(?P<m>[0-5]\d))?")


def _hour_alone(written: str, language: str) -> bool:
    """Whether a figure written alone after a word for "at" (:data:`CLOCK_AT`) is an hour:
    up to 24, and in English an hour of two digits with its minutes ("14.30")."""
    hour = _HOUR_ALONE.fullmatch(written)
    if hour is None or int(hour["h"]) > 24:
        return False
    return hour["m"] is not None and len(hour["h"]) == 2 if language in CLOCK_AT_MINUTES_ONLY else True


@lru_cache(maxsize=64)
def _clock_at(language: str) -> frozenset[str]:
    return frozenset(fold(word) for word in CLOCK_AT.get(language, "").split())


_LAST_WORD = regex.compile(r"([\p{L}\p{M}]+)\.?\Z")
_MARKS_AND_LETTERS = regex.compile(r"[\p{L}\p{M}]*")

# A time written with what follows its hour: "2pm", "7 a.m.", "2.35pm", "0600 GMT", "14:30 UTC";
# the hour and minutes about an "h", as French, Portuguese and Vietnamese news write
# them ("14h30", "14 h 30"); the minutes after such an hour.
_MERIDIEM = regex.compile(r"[ \u00a0]?(?:[aApP]\.?[mM]\.?|GMT|UTC)(?![\p{L}\p{N}])")
_H_MINUTES = regex.compile(r"[ \u00a0]?[hH][ \u00a0]?[0-5]\d(?!\d)")
_H_ALONE = regex.compile(r"[hH](?![\p{L}\p{N}])")
# The languages whose news writes an hour with an "h" on it for a time of day after the word
# for "at" ("às 4h", "vers 4h"), and those words; a span too ("durera 24h")
H_HOURS: Mapping[str, frozenset[str]] = {language: frozenset(fold_words(words)) for language, words in {
    "pt": "às as das", "fr": "à vers dès", "es": "las", "ca": "les", "gl": "ás as das", "it": "alle", "vi": "lúc",
}.items()}
_H_HOUR = regex.compile(r"(?<![\d.,])(?:[01]?\d|2[0-4])[ \u00a0]?[hH][ \u00a0]?\Z")
_PART_WORD = regex.compile(r"\.?[ \u00a0]*([\p{L}\p{M}]+)")  # past an ordinal's dot: "o 8. hodine"
_CLOCK_DIGITS = regex.compile(r"(?<!\d)(\d{1,4})(?:[.:](\d\d))?\Z")


def _clock_written(text: str, mention: NumberMention, language: str) -> bool:
    """Whether a number is a time of day by what is written with it (see :data:`_MERIDIEM`,
    :data:`_H_MINUTES`), or by a part of the day after it where the word for o'clock before
    it also counts hours (:data:`~checker.facts.number_words.CLOCK_PARTS`: Swahili "saa 3
    asubuhi", but "kwa saa 48", for 48 hours)."""
    value = mention.value
    if value.min != value.max or value.min is None or value.min < 0:
        return False
    last = None
    for last in _DIGIT_RUN.finditer(text, mention.start, mention.end):
        pass
    if last is None or (value.unit not in (None, "hour") and not is_free_noun(value.unit)
                        and not text.startswith(("h", "H"), last.end())):
        return False
    written = _CLOCK_DIGITS.search(text, mention.start, last.end())
    if written is None:
        return False
    hours, minutes = int(written[1]), int(written[2] or 0)
    after = _MERIDIEM.match(text, last.end())
    if after is not None and minutes < 60:
        if after[0].strip()[:1] in "GU":  # "14:30 GMT", "0600 GMT"
            return hours <= 24 or (written[2] is None and len(written[1]) == 4 and hours // 100 <= 24
                                   and hours % 100 < 60)
        return 0 < hours <= 12  # "2pm", "7 a.m.", "2.35pm"
    if hours <= 24 and written[2] is None and _H_MINUTES.match(text, last.end()):
        return True  # "14h30", "14 h 30"
    if (hours <= 24 and written[2] is None and language in H_HOURS and _H_ALONE.match(text, last.end())
            and (before := _CLOCK_WORD_BEFORE.search(text, max(0, mention.start - 24), mention.start)) is not None
            and fold(before.group(1)) in H_HOURS[language]):
        return True  # "por volta das 4h de domingo", "vers 4h du matin": an hour, where "durera 24h" lasts
    if written[2] is None and len(written[1]) == 2 and _H_HOUR.search(text, max(0, mention.start - 6), mention.start):
        return True  # the minutes of "14h30"
    parts = CLOCK_PARTS.get(language)
    if parts and hours <= 24 and written[2] is None:
        before = _CLOCK_WORD_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        if before is None or fold(before.group(1)) not in parts[0]:
            return False
        pos = last.end()
        for _ in range(3):  # "saa 3 asubuhi", "à 20h", "a las 8 de la mañana"
            following = _PART_WORD.match(text, pos)
            if following is None:
                return False
            if fold(following[1]) in parts[1]:
                return True
            pos = following.end()
    return False


@lru_cache(maxsize=64)
def _passing(language: str) -> tuple[regex.Pattern | None, regex.Pattern | None, regex.Pattern | None]:
    """The verbs of passing a figure that stand apart from it (:data:`PASSING_AHEAD`,
    :data:`PASSING_AROUND`): a verb and the subject before it, "from" before it, the
    noun and verb after it; None where the language has none."""
    word = r"[\p{L}\p{M}\u200c\u200d]+"
    ahead = PASSING_AHEAD.get(language)
    before = after = None
    if ahead:
        # the subject may carry a relative clause: "تجاوز عدد القتلى الذين سقطوا في الزلزال 2000"
        clause = (rf"(?:{_GAP}+(?:{_alternation(RELATIVES[language])})(?:{_GAP}+{word}،?){{1,6}})?"
                  if language in RELATIVES else "")
        ahead_re = regex.compile(rf"(?<![{_LETTERS}])[وف]?(?:{_alternation(ahead)})(?:{_GAP}+{word}،?){{1,3}}"
                                 rf"{clause}{_GAP}+\Z")
    else:
        ahead_re = None
    if language in PASSING_AROUND:
        froms, verbs = PASSING_AROUND[language]
        before = regex.compile(rf"(?<![{_LETTERS}])(?:{_alternation(froms)}){_GAP}+\Z")
        after = regex.compile(rf"(?:{_GAP}+{word})?{_GAP}+(?:{_alternation(verbs)})(?![{_LETTERS}])")
    return ahead_re, before, after


def _passed(text: str, start: int, end: int, language: str) -> bool:
    """Whether the figure at ``start:end`` is passed by a verb that stands apart from it:
    "تجاوزت حصيلة القتلى 2000", "از ۲۹۰۰ نفر گذشت" (see :func:`_passing`)."""
    ahead, before, after = _passing(language)
    if ahead is not None and ahead.search(text, max(0, start - 160), start):
        return True
    return (before is not None and after is not None and before.search(text, max(0, start - 16), start) is not None
            and after.match(text, end) is not None)


@lru_cache(maxsize=64)
def _per_hundred(language: str) -> tuple[regex.Pattern, regex.Pattern] | None:
    """The words around a figure that make it per cent (:data:`PER_HUNDRED`): the word
    before it, and the words after it."""
    if language not in PER_HUNDRED:
        return None
    before, after = PER_HUNDRED[language]
    flags = regex.IGNORECASE
    return (regex.compile(rf"(?<![{_LETTERS}])(?:{_alternation(before)}){_GAP}+\Z", flags),
            regex.compile(rf"{_GAP}+(?:{_alternation(after)})(?![{_LETTERS}])", flags))


def _in_a_hundred(text: str, begin: int, end: int, language: str) -> tuple[int, int] | None:
    """Where a figure stated per cent in words around it begins and ends ("kashi 60
    cikin 100"), or None when it is not so stated."""
    around = _per_hundred(language)
    if around is None:
        return None
    after = around[1].match(text, end)
    if after is None:
        return None
    before = around[0].search(text, max(0, begin - 12), begin)
    return (before.start() if before else begin), after.end()


@lru_cache(maxsize=256)
def _decimal_mark(language: str) -> str:
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(cldr.locale(language) or cldr.locale("en"))


@lru_cache(maxsize=256)
def _clock_words(language: str, after: bool = False) -> frozenset[str]:
    """The words for o'clock before an hour in ``language``, or with ``after`` the
    abbreviations of "hour" after one (:data:`CLOCK_AFTER`)."""
    table = CLOCK_AFTER if after else CLOCK_WORDS
    return frozenset(fold(word) for word in table.get(language.split("_")[0].lower(), "").split())


def counts_a_unit(text: str, language: str | None) -> bool:
    """Whether the number ``text`` begins with is read with a unit or a multiplier the
    reader knows ("15 percent", "15 km", "15 days", "15 euros", "15 million"). A noun the
    number may count does not tell: any lower-case word after a number may be one ("15
    ministers", but also "15 during", "15 when"), and only a rule naming it decides."""
    reader = _Reader(text, _profile(_tag(language)))
    i = reader.at.get(0)
    core = reader._core(i) if i is not None else None
    if core is None or core.start != 0:
        return False
    tail = reader._tail(core.end, False, reader.lex.linkers)
    return tail.known_unit or tail.factor != 1.0


# --- the reader --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    word: str | None          # lexicon key of a word; None for digits
    value: float = 0.0
    signed: bool = False
    year_like: bool = False
    han: bool = False         # Chinese numerals


@dataclass(frozen=True, slots=True)
class _Core:
    """The number itself: digits or number words, before its unit."""

    start: int
    end: int
    value: float
    year_like: bool = False
    needs_unit: bool = False  # an article or "half": a number only before a unit
    han: bool = False         # Chinese numerals: a number only before a counter or unit
    scale: float = 1.0        # the multiplier words end with: "and a half" is half of it ("um milhão e meio")


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    key: str
    word: str
    glued: bool   # written on the number, as in "5%" or "13th"
    dash: bool    # joined by a hyphen, as in "18-month"


class _Words:
    """The words after a position, read only as far as the tail needs them; reading
    stops at punctuation, a line break or a sixth word. An elided word ("d'") is read
    apart from the word it is written on ("d'euros")."""

    LIMIT = 6

    def __init__(self, text: str, pos: int, lex: Lexicon) -> None:
        self.text, self.pos, self.lex, self.dotted = text, pos, lex, lex.dotted
        self.cut = False  # the last word was cut from a run of letters without spaces
        self.ending = False  # ... from a word with a case ending, which is no word of its own
        self.items: list[_Word] = []
        self.done = False

    def get(self, i: int) -> _Word | None:
        while len(self.items) <= i and not self.done:
            self._read()
        return self.items[i] if i < len(self.items) else None

    def at(self, i: int) -> _Word:
        """Word ``i``, which the caller has already found there."""
        word = self.get(i)
        if word is None:
            raise IndexError(i)
        return word

    def _read(self) -> None:
        m = _TOKEN.match(self.text, self.pos)
        if m is None or len(self.items) >= self.LIMIT:
            self.done = True
            return
        glued = not m["gap"] and not m["dash"]
        if glued and self.ending:  # Uzbek "2 mingga" (to 2,000): the dative "ga" is no hectare
            self.done = True
            return
        if glued and self.items and not self.cut:
            if self.items[-1].word[-1] not in "'’":
                self.done = True
                return
            glued = False  # written on an elided word, not on the number
        word = m["word"]
        latin = _LATIN_BEFORE_UNSPACED.match(word)
        if latin is not None:  # "1천480kg인", "620km的", "620kmの": a unit, then the particle or character after it
            start = m.start("word")
            self.items.append(_Word(start, start + latin.end(), key(latin[0]), latin[0], glued, bool(m["dash"])))
            self.cut, self.ending, self.pos = True, False, start + latin.end()
            return
        if _GLUED_NOUN.match(word) or self.lex.glued_stems:
            noun = _GLUED_NOUN.match(word)
            word = _glued_unit(word, self.lex) if noun else _glued_stem(word, self.lex)
            self.cut = len(word) < len(m["word"])  # the next word begins right after it
            self.ending = self.cut and not noun
            if self.cut:
                start = m.start("word")
                self.items.append(_Word(start, start + len(word), key(word), word, glued, bool(m["dash"])))
                self.pos = start + len(word)
                return
        k = key(word)
        end = m.end() if m["dot"] and k in self.dotted else m.end("word")
        self.items.append(_Word(m.start("word"), end, k, word, glued, bool(m["dash"])))
        self.pos = end


_THOUSAND = 1000.0  # the least multiplier a part written in words may carry before the next part

_LATIN_BEFORE_UNSPACED = regex.compile(rf"\p{{Latin}}+(?=[{UNSPACED}\p{{Hangul}}])")


def _glued_unit(run: str, lex: Lexicon) -> str:
    """In a script without spaces, the longest unit, multiplier or bound word that
    begins the run of letters after a number ("か月続いている" → "か月", "万人" → "万",
    Thai "กว่าหลัง" → "กว่า", more than … houses); the whole run when none does."""
    for n in range(min(len(run), _GLUED_REACH), 0, -1):
        k = key(run[:n])
        if k in lex.units and run[n:] and _HANGUL.match(run) and not run[n:].startswith(KOREAN_AFTER_UNIT):
            continue  # "3분기": the third quarter, no minutes
        if k in lex.units or k in lex.multipliers or k in lex.bounds_after:
            return run[:n]
    return run


_HANGUL = regex.compile(r"\p{Hangul}")


_GLUED_REACH = 10  # the longest unit word looked for at the start of such a run ("หมื่นล้าน": nine letters)


def _glued_stem(word: str, lex: Lexicon) -> str:
    """A multiplier or currency name with a case ending or postposition written on it
    ("লাখের", "కోట్లకు", "રૂપિયાની", "हजारांहून"): the name, which the ending follows as
    a word of its own; the whole word when it is one itself or begins with none. An
    ending of vowel signs alone makes another word (Telugu "వేలం", an auction, is no
    "వేల", thousands)."""
    k = key(word)
    if k in lex.multipliers or k in lex.units or k in lex.not_glued:
        return word
    for stem in lex.glued_stems:
        if (k.startswith(stem) and len(k) - len(stem) <= _ENDING_REACH
                and not _MARKS_ONLY.fullmatch(k, len(stem))
                and (lex.glued_ending is None or lex.glued_ending.fullmatch(k, len(stem)))):
            for n in range(len(stem), len(word)):
                if key(word[:n]) == stem:
                    return word[:n]
    return word


_MARKS_ONLY = regex.compile(r"\p{M}*")
_ENDING_REACH = 8  # the longest ending read off a multiplier: Marathi "ांपेक्षा" has seven characters


@dataclass(frozen=True, slots=True)
class _Tail:
    """What follows the number: multiplier, "and a half", unit; ``end`` of the last.
    ``signed``: the unit is a currency written before the number ("$3 billion"), so
    only a multiplier or "and a half" may follow."""

    end: int
    factor: float = 1.0
    half: float = 0.0
    unit: str | None = None
    known_unit: bool = False
    signed: bool = False


def _han_numeral(ch: str) -> int:
    return int(unicodedata.numeric("兩" if ch == "两" else ch))


def han_value(run: str, year: bool) -> float | None:
    """The value of a run of Chinese numerals below ten thousand: places with their
    digits (一千五百, 二十三, 一百零五), the leading one left out (十三, Japanese 千五百),
    the last place left out after a hundred or a thousand (一千五: 1,500); before 年 also a
    year digit by digit (二〇二三, 二零二三). None for any other run (三四人: three or four)."""
    if year and len(run) == 4 and not any(ch in _HAN_PLACES or ch in "两兩" for ch in run):
        return float("".join(str(_han_numeral(ch)) for ch in run))
    value, place, digit, zero = 0, 10_000, None, False
    for ch in run:
        n = _han_numeral(ch)
        if ch in _HAN_PLACES:
            if n >= place or digit == 0 or (digit is None and value):
                return None
            value, place, digit, zero = value + (digit or 1) * n, n, None, False
        elif n == 0:
            if zero or digit is not None or not value:
                return None
            zero = True
        elif digit is not None:
            return None
        else:
            digit = n
    if digit is None:
        return None if zero else float(value)
    if run[-1] in "两兩" and len(run) > 1:
        return None  # 十两: a weight, not twelve
    return float(value + digit * (place // 10 if place >= 100 and value and not zero else 1))


# Where years are counted in the Buddhist era as often as in the common one (Thai "ปี
# 2566", Lao "ພ.ສ. 2566", Khmer "ព.ស. ២៥៦៧"), a number of those years may be a year too.
_BUDDHIST_YEARS = range(2400, 2701)
_BUDDHIST_ERA_LANGUAGES = frozenset({"th", "lo", "km"})


@lru_cache(maxsize=64)
def _contrast_words(language: str | None) -> frozenset[str]:
    """The first words of the words that open a contrasting clause
    (:data:`~checker.text.sentences.CONTRAST_WORDS`), folded: no noun a figure counts."""
    from ..text.normalise import primary_language
    from ..text.sentences import CONTRAST_WORDS

    return frozenset(fold(word.split()[0]) for word in CONTRAST_WORDS.get(primary_language(language), ()))


def may_be_year(written: str, value: float) -> bool:
    """Whether a number may be a year of the calendar: plain digits from 1000 to 2100
    ("2024", not "2,024" or "2024.5")."""
    return written.isdigit() and 1000 <= value <= 2100


def _digits_atom(m: regex.Match, buddhist: bool = False) -> _Atom | None:
    whole = _NON_DIGITS.sub("", m["int"])
    try:
        value = float(whole + "." + m["frac"] if m["frac"] else whole)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    signed = m["sign"] is not None
    year_like = (not signed and m["frac"] is None
                 and (may_be_year(m["int"], value) or (buddhist and m["int"].isdigit() and value in _BUDDHIST_YEARS)))
    return _Atom(m.start(), m.end(), None, -value if signed else value, signed, year_like)


_CHANGE_ADVERBIAL = 3  # words between a verb of change and its "to": "в октябре", "w tym roku"


class _Reader:
    """Reads one text: finds the numbers and the bound words with one regex pass each,
    then reads each number with the words around it."""

    def __init__(self, text: str, profile: _Profile) -> None:
        self.text = text
        self.p = profile
        self.lex = profile.lex
        self.aged = False  # the mention being read is an age
        self.atoms = [a for a in map(self._atom, profile.core.finditer(text)) if a is not None]
        percents: list[tuple[int, int]] = []
        if profile.language in _HAN_LANGUAGES and _HAN_ANY.search(text):
            self.atoms = self._with_han_atoms(percents)
        self.at = {a.start: i for i, a in enumerate(self.atoms)}
        not_bounds = NOT_BOUNDS.get(profile.language, ())
        self.prefixes = {m.end(): (m.start(), key(m["p"])) for m in profile.prefix.finditer(text)
                         if not (not_bounds and text.endswith(not_bounds, 0, m.end("p")))
                         and not self._changed_to(key(m["p"]), m.start())}
        self.signs: dict[int, tuple[int, str]] = {}   # number start → currency sign's start, code
        self.sign_factors: dict[int, float] = {}      # number start → the multiplier its sign carries
        self.sign_starts: dict[int, int] = {}         # currency sign's start → number start
        ends = profile.sign_ends
        for atom in self.atoms:
            # Most numbers have no sign: the character before them (past one space) tells.
            j = atom.start - 1 if atom.start and text[atom.start - 1] not in GAP_CHARS else atom.start - 2
            sign = (self._sign_before(atom.start) if j >= 0 and text[j] in ends and atom.word is None
                    and not atom.han else None)
            if sign is not None:
                self.signs[atom.start] = sign
                self.sign_starts[sign[0]] = atom.start
        for begin, start in percents:  # 百分之五十: per cent written before the number
            self.signs[start] = (begin, PERCENT)
            self.sign_starts[begin] = start

    def _changed_to(self, word: str, start: int) -> bool:
        """Whether the bound word ``word`` at ``start`` is the "to" of a change ("выросла до",
        "— до"): the value reached, not a bound (:data:`~checker.facts.number_words.CHANGED_TO`)."""
        changed = self.lex.changed_to
        if changed is None or word != changed[0]:
            return False
        before = self.text[max(0, start - _NOUN_REACH):start]
        if before.rstrip().endswith(("—", "–")):
            return True
        found = _WORD_BEFORE.search(before)
        if found is not None and fold(found[1]).startswith(changed[1]):
            return True
        # past the amount of the change, after a comma: "выросла на 0,3 процентного пункта, до 3,1%",
        # "wzrosło o 0,3 punktu procentowego do 5,1 proc."; or past a few words that say when or
        # how: "ускорилась в октябре до 2,4%", "wzrosła w październiku do 2,4 proc."
        clause = _CLAUSE_BEFORE.search(self.text, max(0, start - _CHANGE_REACH), start)
        verbs = [m for m in _LETTER_RUN.finditer(clause[0]) if fold(m[0]).startswith(changed[1])] if clause else []
        sentencing = _sentencing_stems(self.p.language)
        if not verbs and sentencing:
            # a verb of sentencing past a long object: "засудив колишнього керівника департаменту
            # закупівель міністерства оборони Арвіда Колмера до 16 років"
            clause = _CLAUSE_BEFORE.search(self.text, max(0, start - _SENTENCED_REACH), start)
            verbs = [m for m in _LETTER_RUN.finditer(clause[0]) if fold(m[0]).startswith(sentencing)] if clause else []
        if not verbs:
            return False
        since = clause[0][verbs[-1].end():]
        sentenced = bool(sentencing) and fold(verbs[-1][0]).startswith(sentencing)
        return any(ch.isdigit() for ch in since) or (
            (sentenced or len(_LETTER_RUN.findall(since)) <= _CHANGE_ADVERBIAL)
            and not any(mark in since for mark in ",;:—–()"))

    def _change_to(self, word: str, pos: int) -> bool:
        """Whether ``word`` at ``pos``, after a figure, is the "to" of a change stated before
        it, which joins two values, no range: "fell by 5,000 to 120,000", "est passé de 7,3 %
        à 7,5 %", and past the particle of a split verb, "nam met 9.000 toe tot 370.000"."""
        found = _change_words(self.p.language)
        if found is None or word not in found[2]:
            return False
        clause = _change_clause(self.text, pos, self.p.language)
        return clause is not None and clause[1].search(clause[0]) is not None

    def _with_han_atoms(self, percents: list[tuple[int, int]]) -> list[_Atom]:
        """The atoms with the runs of Chinese numerals added (a multiplier word written
        alone gives way to the run it is part of); ``percents`` gets (start of 百分之,
        start of its number)."""
        text, found = self.text, []
        for m in _HAN_RUN.finditer(text):
            start, end = m.span("run")
            if _HAN_NOT_FIGURES.match(text, start):
                continue
            year = text[end:end + 1] == "年"
            value = han_value(m["run"], year)
            if value is None:
                continue
            found.append(_Atom(start, end, None, value, year_like=year and 1000 <= value <= 2100, han=True))
            if m["pct"]:
                percents.append((m.start(), start))
        if not found:
            return self.atoms
        taken = {i for atom in found for i in range(atom.start, atom.end)}
        kept = [a for a in self.atoms if not any(i in taken for i in range(a.start, a.end))]
        return sorted(kept + found, key=lambda a: a.start)

    def _sign_before(self, start: int) -> tuple[int, str] | None:
        """The currency sign written right before the digits at ``start`` ("€59.5",
        "US$ 4", "kr. 100"): its start and currency."""
        p = self.p
        m = p.sign_before.search(self.text, max(0, start - p.sign_reach), start)
        if m is None:
            return None
        written = _sign_key(m["s"])
        code = p.signs.get(written)
        if code and written in self.lex.sign_factors:  # "ကျပ်သိန်း ၅,၀၀၀": lakhs of kyat
            self.sign_factors[start] = self.lex.sign_factors[written]
        return (m.start(), code) if code else None

    def _atom(self, m: regex.Match) -> _Atom | None:
        if m["num"] is not None:
            return _digits_atom(m, self.p.language in _BUDDHIST_ERA_LANGUAGES)
        return _Atom(m.start(), m.end(), key(m["word"]))

    def read(self) -> list[NumberMention]:
        found: list[NumberMention] = []
        covered = 0
        for i, atom in enumerate(self.atoms):
            if atom.start < covered:
                continue
            mention = self._at_atom(i, covered)
            if mention is not None:
                found.append(mention)
                covered = mention.end
        found = self._vague(found)
        found.extend(self._bare_units_after_bounds(found))
        return sorted(found, key=lambda m: m.start)

    def _vague(self, found: list[NumberMention]) -> list[NumberMention]:
        """``found`` with the vague quantities ("several thousand people", "kilkaset
        osób", "десятки тысяч"), each a range (see :data:`~checker.facts.number_words.VAGUE`),
        that stand outside a figure read; a number word they hold is theirs ("several
        hundred")."""
        pattern, lex = self.p.vague, self.lex
        if pattern is None:
            return found
        vague: list[NumberMention] = []
        covered = 0
        for m in pattern.finditer(self.text):
            if m.start() < covered or any(f.start < m.start() < f.end for f in found):
                continue
            word = key(m["v"])
            low, high = lex.vague.get(word, (2.0, 10.0))
            skip = lex.linkers | lex.vague_linkers
            pos = m.end()
            if word in lex.several:
                following = _Words(self.text, pos, lex).get(0)
                if following is not None and following.key in lex.hundreds:  # "several hundred"
                    low, high, pos = low * 100, high * 100, following.end
                elif following is None or following.key not in lex.multipliers:
                    continue  # "several people": no count
            tail = self._tail(pos, True, skip)
            if tail.half or not (low * tail.factor < high * tail.factor - 1):
                continue
            begin, kind = self._bound(m.start())
            value = NumberValue(low * tail.factor, high * tail.factor - 1, tail.unit)
            if kind is not None and word in lex.vague_singular:  # "более тысячи": the genitive of one
                one = lex.vague_singular[word] * tail.factor
                value = NumberValue(one, one, tail.unit)
            value = _bounded(value, kind)
            if kind is not None and kind not in _BOUND_KINDS:
                begin = m.start()
            vague.append(NumberMention(begin, tail.end, self.text[begin:tail.end], value))
            covered = tail.end
        if not vague:
            return found
        kept = [f for f in found if not any(v.start <= f.start < v.end for v in vague)]
        return kept + vague

    # -- the number itself

    def _at_atom(self, i: int, covered: int) -> NumberMention | None:
        atom = self.atoms[i]
        core = self._core(i)
        mention = self._mention(core) if core is not None else None
        if mention is not None and atom.han and not self._han_figure(mention, atom):
            mention = None
        if mention is None and atom.word in self.lex.halves_after:
            mention = self._unit_and_half_before(atom, covered)
        return mention if mention is None or mention.start >= covered else None

    def _han_figure(self, mention: NumberMention, atom: _Atom) -> bool:
        """Whether numerals read as a number are a figure: with a unit (三年, 五千万美元,
        百分之五十), before a counter (三人, 一千五百名), or a figure with a large multiplier
        that starts with a digit (三亿五千万). A lone 一 before a counter is left: it is
        "a" as often as "one" (一个问题, 一名记者), and a rule gains nothing from it."""
        if mention.value.unit == PERCENT:
            return True
        large = any(ch in _HAN_LARGE for ch in mention.text)
        if self.text[atom.start:atom.end] == "一" and not large:
            return False
        if mention.value.unit is not None:
            return True
        counted = mention.counted or ""
        if any(counted.startswith(c) for c in NUMERAL_COUNTERS.get(self.p.language, ())):
            return True
        return large and self.text[atom.start] not in _HAN_PLACES

    def _core(self, i: int) -> _Core | None:
        atom = self.atoms[i]
        if atom.word is None:
            return _Core(atom.start, atom.end, atom.value, atom.year_like, han=atom.han)
        if atom.word in self.lex.unit_numbers:
            return _Core(atom.start, atom.end, self.lex.unit_numbers[atom.word]) if self._a_number_here(atom) else None
        if atom.word in self.lex.numbers or atom.word in self.lex.articles or atom.word in self.lex.thousands:
            return None if self._named(atom) or self._of_another_class(atom) or self._adjective(atom) else self._words(i)
        if atom.word in self.lex.halves_before:
            return None if self._a_nouns_case(atom) else _Core(atom.start, atom.end, 0.5, needs_unit=True)
        if atom.word in self.lex.multipliers and atom.word.partition(" ")[0] in self.lex.thousands:
            factor = self.lex.multipliers[atom.word]  # "mil millones": a thousand million by itself
            return _Core(atom.start, atom.end, factor, scale=factor)
        return None

    def _a_number_here(self, atom: _Atom) -> bool:
        """Whether a number word that is also a unit's word (:data:`~checker.facts.number_words.UNIT_NUMBERS`)
        is the number: before a word, and after no number, function word or word for "last" or "next"."""
        from ..text.function_words import function_words
        from .date_words import LAST_WORDS, NEXT_WORDS

        after = _NEXT_WORD.match(self.text, atom.end)
        if after is None or not after[1][:1].islower():
            return False
        before = _WORD_BEFORE.search(self.text, max(0, atom.start - _NOUN_REACH), atom.start)
        if before is None:
            return not self.text[max(0, atom.start - 3):atom.start].strip()[-1:].isdigit()
        word = key(before[1])
        language = self.p.language
        others = {key(w) for table in (LAST_WORDS, NEXT_WORDS) for w in table.get(language, ())}
        return (word not in self.lex.numbers and word not in (function_words(language) or ()) and word not in others
                and not before[1][-1:].isdigit())

    def _a_nouns_case(self, atom: _Atom) -> bool:
        """Whether the word for half stands after an adjective in the genitive, and is another
        noun's case (:data:`~checker.facts.number_words.HALF_NOT_AFTER`): "južnog pola" (of
        the south pole)."""
        endings = HALF_NOT_AFTER.get(self.p.language, ())
        before = _WORD_BEFORE.search(self.text, max(0, atom.start - _NOUN_REACH), atom.start) if endings else None
        return before is not None and fold(before[1]).endswith(endings)

    def _adjective(self, atom: _Atom) -> bool:
        """Whether a number word is the adjective it is too, after an article
        (:data:`~checker.facts.number_words.ADJECTIVE_AFTER`): "o nouă grevă" (a new strike)."""
        found = ADJECTIVE_AFTER.get(self.p.language)
        if found is None or atom.word != key(found[0]):
            return False
        before = _WORD_BEFORE.search(self.text, max(0, atom.start - _NOUN_REACH), atom.start)
        return before is not None and key(before[1]) in map(key, found[1])

    def _of_another_class(self, atom: _Atom) -> bool:
        """Whether a number word that agrees with a noun class stands after no noun of its
        class (:func:`~checker.facts.number_words.class_prefixes`): Swahili "magari matatu"
        is three cars, "ajali ya matatu" an accident of a minibus."""
        prefix = class_prefixes(self.p.language).get(atom.word or "")
        if prefix is None:
            return False
        before = _WORD_BEFORE.search(self.text, max(0, atom.start - _NOUN_REACH), atom.start)
        return before is None or not fold(before[1]).startswith(prefix)

    def _named(self, atom: _Atom) -> bool:
        """Whether a number word is a name, written with a capital inside a sentence, after
        a word in lower case or a comma: "tiba di Lima" (the capital of Peru, not five),
        "the Big Four". At a sentence's start, after a quotation mark or in a heading it
        may be the number: "Lima orang tewas"."""
        text = self.text
        if not text[atom.start].isupper() or text[atom.start + 1:atom.end].isupper():
            return False
        before = text[max(0, atom.start - 24):atom.start].rstrip(GAP_CHARS)
        return before[-1:].islower() or before[-1:] == ","

    def _words(self, i: int) -> _Core:
        """Number words in a row ("twenty-five", "dvije tisuće", "douăzeci și cinci")
        summed as spoken; a lone article stands for one only before a unit."""
        lex, first = self.lex, self.atoms[i]
        assert first.word is not None  # _core sends number words only
        total, current = 0.0, lex.numbers.get(first.word, 1.0)
        if first.word in lex.thousands:  # "mil quinientas": one thousand, and what follows
            total, current = lex.multipliers[first.word], 0.0
        j, end, scale = i + 1, first.end, 1.0
        while j < len(self.atoms) and self._joined(self.atoms[j - 1], self.atoms[j]):
            word = self.atoms[j].word
            assert word is not None  # _joined joins words only
            if word in lex.word_units and self._common_word(_Words(self.text, self.atoms[j].start, lex), 0):
                break  # "δύο εκ των": "two of the", not two million
            tens = TENS_AFTER.get(self.p.language, {}).get(word)
            if tens is not None and 0 < current % 100 < 10:  # "tiga puluh", "dua belas"
                current += current % 100 * 9 if tens == "tens" else 10
                scale = 1.0
            elif word in lex.multipliers:
                factor = lex.multipliers[word]
                # a larger multiplier multiplies all before it: "mil millones", "dois mil milhões"
                total, current = (total + current) * factor if 0 < total < factor else total + current * factor, 0.0
                scale = factor
            else:
                value = lex.numbers.get(word, 1.0 if word in lex.articles else None)
                merged = _merge(total, current, value)
                if merged is None:
                    break
                total, current = merged
                scale = 1.0
            end, j = self.atoms[j].end, j + 1
            if word in lex.multipliers and word in lex.dotted and self.text[end:end + 1] == ".":
                end += 1  # "τρία εκ. ευρώ": the abbreviation's dot, before the unit
        # or a thousand alone: "mil euros" (not "duemila", a number of thousands)
        article = (j == i + 1 and first.word not in lex.numbers and lex.multipliers.get(first.word, 0) <= 1000
                   and first.word not in WHOLE_THOUSANDS.get(self.p.language, "").split())
        return _Core(first.start, end, total + current, needs_unit=article, scale=scale)

    def _joined(self, left: _Atom, right: _Atom) -> bool:
        if right.word is None or left.word is None:
            return False
        gap = self.text[left.end:right.start]
        if not gap.strip(" \t\u00a0-"):
            return True
        m = _JOIN.fullmatch(gap)
        return m is not None and key(m[1] or m[2]) in self.lex.ands

    # -- what follows it

    def _tail(self, pos: int, free_unit: bool, skip: frozenset[str], sign: str | None = None) -> _Tail:
        """Read multiplier, "and a half" and unit after a number; words in ``skip``
        (linking words: "20 de milioane de oameni") count only before what they link.
        ``sign``: the currency written before the number, which is its unit."""
        words = _Words(self.text, pos, self.lex)
        tail, i = _Tail(pos, unit=sign, known_unit=sign is not None, signed=sign is not None), 0
        while (word := words.get(i)) is not None:
            step = self._step(words, i, tail, free_unit)
            if step is None and word.key in skip and not _touching(word):
                step = self._step(words, i + 1, tail, free_unit)
                i += 1
            if step is None:
                break
            tail, n = step
            i += n
            if tail.unit is not None and not tail.known_unit:
                break
        return tail

    def _step(self, words: _Words, i: int, tail: _Tail, free_unit: bool) -> tuple[_Tail, int] | None:
        """The next part of a tail at word ``i``. Only a unit, or a multiplier written
        on the number ("5%", "18-month", "3mln", "200-tisíc", "$5-billion"), may touch
        the number."""
        word = words.get(i)
        if word is None:
            return None
        if tail.factor > 1.0 and tail.unit is None and self._joins_a_part(word):
            return None  # "۳ زره او ۸۰۰ تنه": the "and" before the next part, no unit
        if tail.unit is None and tail.factor == 1.0 and word.glued and self._metre_sign(word):
            return replace(tail, end=word.end, unit="meter", known_unit=True), 1  # "高47m": no million there
        if tail.factor == 1.0 and (tail.unit is None or tail.signed) and not self._common_word(words, i):
            n, factor = self._phrase(words, i, self.lex.multipliers)
            if factor is None and ((tail.signed and tail.unit != PERCENT)
                                   or (word.glued and word.key in MONEY_MULTIPLIERS.get(self.p.language, ()))):
                # "£12m", and "3bn people"; not after a sign of per cent ("සියයට 46.6ක් ද", and 46.6 per
                # cent: "ද", also the short "thousand")
                n, factor = self._phrase(words, i, self.lex.money_multipliers)
            if factor is not None:
                return replace(tail, end=words.at(i + n - 1).end, factor=factor), n
        elif (tail.factor > 1.0 and (tail.unit is None or tail.signed) and not word.dash
              and self.p.language in STACKED_MULTIPLIERS):
            n, factor = self._phrase(words, i, self.lex.multipliers)  # "5 हजार करोड़", "1.5 lakh crore"
            if factor is not None and factor > tail.factor:
                return replace(tail, end=words.at(i + n - 1).end, factor=tail.factor * factor), n
        n = 0 if _touching(word) or tail.half else self._and_half(words, i)
        if n:
            return replace(tail, end=words.at(i + n - 1).end, half=0.5), n
        if tail.unit is None:
            scaled = self.lex.scaled_signs.get(word.key) if tail.factor == 1.0 else None
            if scaled is not None:
                return replace(tail, end=word.end, factor=scaled[0], unit=scaled[1], known_unit=True), 1
            if self._metre_sign(word):
                return replace(tail, end=word.end, unit="meter", known_unit=True), 1
            n, unit = self._unit(words, i)
            if n:
                return replace(tail, end=words.at(i + n - 1).end, unit=unit, known_unit=True), n
            if free_unit and not _touching(word) and self._free_unit(word):
                return replace(tail, end=word.end, unit=_counted_noun(self.p.language, word.word)), 1
            if (free_unit and word.key in self.lex.touching_units and not _touching(word)
                    and (noun := words.get(i + 1)) is not None and self._free_unit(noun)):
                return replace(tail, end=noun.end, unit=_counted_noun(self.p.language, noun.word)), 2  # "5 dnevnih letova"
        return None

    def _metre_sign(self, word: _Word) -> bool:
        """Whether ``word`` is the sign of the metre, which CLDR's units leave out as one
        letter: "m" after a space ("at a depth of 640 m", "độ sâu 640 m"; Cyrillic "м", "длиной 1850 м"), or on the figure
        in Chinese, Japanese and Korean ("高47m"), where it is no million ("3m people" is
        three million in English); not "m²", "m/s"."""
        return ((word.word == "m" or (word.word == "м" and not word.glued))
                and (not word.glued or self.p.language in METRE_ON_FIGURE)
                and not _PER_OR_POWER.match(self.text, word.end))

    def _and_half(self, words: _Words, i: int) -> int:
        lex = self.lex
        if words.at(i).key not in lex.ands or (second := words.get(i + 1)) is None:
            return 0
        if second.key in lex.halves_after:
            return 2
        third = words.get(i + 2) if second.key in lex.articles else None
        return 3 if third is not None and third.key in lex.halves_after else 0

    def _phrase(self, words: _Words, i: int, table: Mapping[str, _V]) -> tuple[int, _V | None]:
        """The longest entry of ``table`` starting at word ``i`` ("dollars des États-Unis",
        "pour cent", "euros"): words as written, apart or joined by a hyphen; (0, None)
        when there is none."""
        first = words.at(i)
        for n in range(self.p.heads.get(first.key, 1), 1, -1):
            phrase = self._written(words, i, n)
            value = table.get(phrase) if phrase else None
            if value is not None:
                return n, value
        value = table.get(first.key)
        return (1, value) if value is not None else (0, None)

    @staticmethod
    def _written(words: _Words, i: int, n: int) -> str | None:
        """The keys of words ``i`` to ``i + n - 1`` joined as written, if there are as many."""
        parts = [words.at(i).key]
        for j in range(i + 1, i + n):
            word = words.get(j)
            if word is None:
                return None
            parts.append(("-" if word.dash else " ") + word.key)
        return "".join(parts)

    def _unit(self, words: _Words, i: int) -> tuple[int, str | None]:
        """The unit at word ``i`` and how many words it takes: a currency sign as written
        ("KM" is the Bosnian mark, "km" kilometres), a unit word or phrase, or a word
        inflected from a unit word."""
        word = words.get(i)
        if word is None:
            return 0, None
        sign = self.lex.signs.get(word.word)
        if sign is not None:
            return 1, sign
        if self._common_word(words, i):
            return 0, None  # "4,2 ha colpito": a verb, not hectares
        n, unit = self._phrase(words, i, self.lex.units)
        if n == 1 and word.key in self.lex.touching_units and not _touching(word):
            return 0, None  # "5 dnevnih letova": five daily flights, no days
        if n:
            return n, unit
        if (word.key in self.lex.vocabulary or not _LETTERS_ONLY.fullmatch(word.word)
                or word.key in _not_unit_forms(self.p.language)):
            return 0, None
        unit = _fuzzy_unit(self.p.language, fold(word.word))
        return (1, unit) if unit else (0, None)

    def _common_word(self, words: _Words, i: int) -> bool:
        """Whether word ``i``, a unit or multiplier that is also a common word of the
        language (:data:`~checker.facts.number_words.WORD_UNITS`), is that word here:
        written without an abbreviation's dot, before another word that is no linking word."""
        word = words.at(i)
        if word.key not in self.lex.word_units or self.text[word.end - 1] == ".":
            return False
        following = words.get(i + 1)
        return following is not None and following.key not in self.lex.linkers

    def _free_unit(self, token: _Word) -> bool:
        """A noun counted by the number ("50 ljudi", "2 million people"): a lower-case word
        of three letters or more (two in a script without case: Bengali "১৫০০ জন"; any
        case in German, which capitalises nouns) with no other role here, not the first
        half of a compound ("nord-coreean") nor a month name, even misspelt."""
        word = token.word
        # Bengali, Arabic, Devanagari have counters of two letters ("জন"); the scripts
        # written without spaces have theirs read as written on the number.
        uncased = word.lower() == word.upper() and not _GLUED_NOUN.match(word)
        # (and Vietnamese, whose words are syllables, "12.400 cư dân", no function word, as written:
        # its tones tell "cư", reside, from "cứ", just, which fold alike)
        shortest = 2 if uncased or (self.p.language in _SYLLABLE_WORDS
                                    and unicodedata.normalize("NFC", word).casefold()
                                    not in listed_words(self.p.language)) else 3
        if (len(word) < shortest or not _LETTERS_ONLY.fullmatch(word)
                or _HYPHENATED.match(self.text, token.end)):
            return False
        if _GLUED_NOUN.match(word) and not _GLUED_NOUN.fullmatch(word):
            # a clause of Thai, Lao or Khmer written without spaces ("6.2 ทำให้มีผู้เสียชีวิตอย่างน้อย",
            # which ends in the next figure's "at least"): the words written on the figure say what it counts
            return False
        if word[0].isupper() and not (self.p.language in CAPITALISED_NOUNS and not word[1:].isupper()):
            return False  # a name; scripts without case (Arabic, Hebrew, Devanagari) have none
        if self.p.language in CAPITALISED_NOUNS and word[0].islower() and fold(word) in (
                function_words(self.p.language) or ()):
            return False  # "um 8.000 auf 2,81 Millionen": a preposition where nouns are capitalised
        if token.key in _change_words_of(self.p.language):
            return False  # "gestegen van 3,6 naar 3,7 procent": the "to" of a change
        if token.key in _contrast_words(self.p.language):
            return False  # "45,000 while organisers said": the next clause's first word
        if word.casefold() in cldr.and_words(self.p.language):
            return False  # "86 اور مخالفت میں 57": "and", no noun (Urdu and Hindi "and" is also "more")
        if self.p.language in _VERB_LAST and (change := _change_words(self.p.language)) and change[0].fullmatch(
                fold(word)):
            return False  # "met 9.000 toe tot 370.000": the particle of a verb of change
        return (token.key not in self.lex.vocabulary and not calendar_word(self.p.language, fold(word))
                and not _verb(self.p.language, token.key))

    def _myriads(self, value: float, tail: _Tail, skip: frozenset[str], han: bool = False,
                 spaced: bool = False) -> tuple[float, _Tail] | None:
        """A figure written in parts, each with its multiplier, the larger first and
        nothing between them: 1万5000 is 15,000, 3억5천만 350,000,000, and in numerals
        (``han``) 一万五千 15,000, 三亿五千万 350,000,000, 一万零五百 10,500, 一万五 15,000;
        or a space (``spaced``), each part less than the multiplier before it: Turkish
        2 bin 946 is 2,946, 1 milyon 200 bin 1,200,000 (not "2 bin 2023 yılında"), and in
        South Asian languages "৮ হাজার ৩০০" 8,300, "१ हजार २ सय" 1,200, "२ कोटी ३० लाख" 23 million.
        The sum, and the tail of the last part (its unit) with its multiplier spent; None
        when no part follows."""
        total, last = value * tail.factor, tail
        # The parts below a myriad (万, 만) so far, which a myriad after them multiplies as
        # one: Korean 1천500만 is 1,500 ten-thousands, 6천420억 6,420 hundred-millions.
        below, ceiling = (total, math.inf) if tail.factor < 1e4 else (0.0, tail.factor)
        ands = PARTS_AND.get(self.p.language, ()) if spaced else ()
        while last.factor > 1.0:
            gap = _SPACE.match(self.text, last.end).end() if spaced else last.end
            joined = next((a for a in ands if self.text.startswith(a, gap)), None)
            if joined is not None:  # "هزار و ۴۰۰", "ألفا و372"
                gap = _SPACE.match(self.text, gap + len(joined)).end()
            part = self._part(gap, han)
            if part is None or (spaced and (gap == last.end or part[0] >= last.factor)):
                break
            number, end, lone = part
            following = self._tail(end, spaced, skip)  # a noun after the last part of a spaced figure
            if (not spaced and below and last.factor < following.factor < ceiling
                    and following.factor in _MYRIADS):
                total += (below + number) * following.factor - below
                below, ceiling, last = 0.0, following.factor, following
                continue
            if following.factor >= last.factor or (spaced and following.factor == 1.0 and number >= 1000):
                break  # "2 करोड़ 2023 में": a last part of a thousand or more is another figure
            if lone and following.factor == 1.0:
                number *= last.factor / 10  # 一万五: the place after the multiplier left out
            if following.factor < 1e4:
                below += number * following.factor
            total += number * following.factor
            last = following
        return None if last is tail else (total, replace(last, factor=1.0))

    def _joins_a_part(self, word: _Word) -> bool:
        """Whether ``word`` is the "and" before the next part of a figure written in parts
        (:data:`~checker.facts.number_words.PARTS_AND`), digits after it."""
        ands = PARTS_AND.get(self.p.language, ())
        return word.word in ands and _DIGITS_ONLY.match(self.text, _SPACE.match(self.text, word.end).end()) is not None

    def _part(self, pos: int, han: bool) -> tuple[float, int, bool] | None:
        """The next part of a figure written in parts at ``pos``: its value, end, and
        whether it is one numeral alone (五 of 一万五)."""
        digits = _DIGITS_ONLY.match(self.text, pos)  # an atom, or digits after Korean 천
        if digits is not None:
            return int(digits.group()), digits.end(), False
        run = _HAN_PART.match(self.text, pos) if han else None
        if run is None:
            return None
        written = run.group()
        zero = written[0] in "〇零"  # 一万零五百
        value = han_value(written[1:] if zero else written, False)
        if value is None:
            return None
        return value, run.end(), not zero and len(written) == 1

    def _multiplier_before(self, start: int) -> tuple[int, float, str | None] | None:
        """A multiplier written before the figure, where the language writes it so, and
        the currency named before it: Sinhala "රුපියල් මිලියන 15" (15 million rupees).
        Where it starts, its factor and the currency."""
        found = _WORD_BEFORE.search(self.text, max(0, start - _NOUN_REACH), start)
        if found is None and self.p.language in PREFIXED_NUMBERS:
            concord = _CONCORD_BEFORE.search(self.text, max(0, start - _NOUN_REACH), start)
            if concord is not None:  # past the figure's concord: "abayizigidi ezingu-2.4"
                found = _WORD_BEFORE.search(self.text, max(0, concord.start() - _NOUN_REACH), concord.start())
        factor = self.lex.multipliers.get(key(found[1])) if found else None
        if found is None or factor is None:
            return None
        named = _WORD_BEFORE.search(self.text, max(0, found.start(1) - _NOUN_REACH), found.start(1))
        unit = self.lex.units.get(key(named[1])) if named else None
        if named is not None and unit in MONEY:
            return named.start(1), factor, unit
        return found.start(1), factor, None

    def _an_age(self, start: int, end: int) -> bool:
        """Whether the years from ``start`` to ``end`` are an age by the words before them
        (:data:`~checker.facts.number_words.AGE_BEFORE`) or between commas after a name."""
        words = AGE_BEFORE.get(self.p.language)
        if not words:
            return False
        if _age_words_before(self.p.language).search(self.text, max(0, start - _NOUN_REACH), start):
            return True
        if self.text[end:end + 1] == ")" and self.text[:start].rstrip(GAP_CHARS).endswith("("):
            return True  # "شابا (17 عاما)", "Juan Pérez (45 años)"
        if self.text[end:end + 1] != ",":
            return False
        linker = _WORD_BEFORE.search(self.text, max(0, start - _NOUN_REACH), start)
        if linker is not None and key(linker[1]) in self.lex.linkers:
            start = linker.start(1)  # "un joven, de 17 años,"
        return _NOUN_AND_COMMA.search(self.text, max(0, start - _NOUN_REACH), start) is not None

    def _span_before(self, start: int, end: int, value: float | None) -> tuple[int, str] | None:
        """A day, week, month or year named right before a figure in a language that puts
        the noun first (Swahili "miaka 5", "siku 3", "miezi 18"): where the word starts and
        the unit. Hours only past the twelve of the clock: Swahili "saa 3" is as often
        three o'clock, "saa 48" is 48 hours. Not before the word for "ago" ("miaka 5
        iliyopita": a point in time, no span)."""
        found = _WORD_BEFORE.search(self.text, max(0, start - _NOUN_REACH), start)
        after = _NEXT_WORD.match(self.text, end)
        if found is None or (after is not None and fold(after[1]) in _ago_words(self.p.language)):
            return None
        words = _Words(self.text, found.start(1), self.lex)
        n, unit = self._unit(words, 0)
        spans = unit in DAYS_IN or (unit == "hour" and value is not None and value > _CLOCK_HOURS)
        if unit is None or n != 1 or not spans or words.at(0).end != found.end(1):
            return None
        return found.start(1), unit

    def _noun_before(self, start: int) -> _Word | None:
        """The noun right before a figure in a language that puts it first ("watu 1,500",
        "watu zaidi ya 1,500"), when it has no other role."""
        found = _WORD_BEFORE.search(self.text, max(0, start - _NOUN_REACH), start)
        if found is None:
            return None
        written = found[1]
        if not self.text[max(0, found.start(1) - 8):found.start(1)].rstrip()[-1:].isalnum():  # "Mutane 1,500 ne …"
            written = written.lower()
        word = _Word(found.start(1), found.end(1), key(found[1]), written, glued=False, dash=False)
        return word if self._free_unit(word) else None

    # -- whole mentions

    def _bound(self, start: int) -> tuple[int, str | None]:
        """Where a bound word or range opener right before ``start`` begins, and its kind:
        "min", "max", "approx", or "range" for an opener ("between", "od")."""
        found = self.prefixes.get(start)
        if found is None:
            return start, None
        begin, word = found
        return begin, self.lex.bounds.get(word) or "range"

    def _mention(self, core: _Core) -> NumberMention | None:
        self.aged = False
        mention = self._read_mention(core)
        return replace(mention, age=True) if mention is not None and self.aged else mention

    def _read_mention(self, core: _Core) -> NumberMention | None:
        if core.needs_unit and _SPACE.match(self.text, core.end).end() in self.sign_starts:
            return None  # "a Rs 500 crore": the sign is the figure's after it, not the article's
        start, sign = self.signs.get(core.start, (core.start, None))  # "over €59.5 million"
        signed = sign  # a sign written before the figure, not a multiplier's
        if sign is None and self.p.language in MULTIPLIER_FIRST:
            lead = self._multiplier_before(start)  # "රුපියල් මිලියන 15"
            if lead is not None:
                start, factor, sign = lead
                core = replace(core, value=core.value * factor, year_like=False)
        begin, kind = self._bound(start)
        if (core.needs_unit and kind in ("min", "max", "approx")
                and key(self.text[core.start:core.end]) in self.lex.thousands):
            core = replace(core, needs_unit=False)  # "أكثر من ألف قتيل", "más de mil personas"
        after_number = core.end
        if self.p.next_to is not None and sign in (None, PERCENT, signed):
            # and after a sign: Basque "%8,5ekoa", Maltese "€312-il miljun"
            written = self.p.next_to.match(self.text, core.end)
            if written and written.end() > core.end:
                after_number = written.end()
                if written.groupdict().get("b") and kind is None:
                    kind = self.lex.bounds_before_noun[key(written["b"])]
        noun_first = self.p.language in NOUN_FIRST
        free = (sign is None and not core.needs_unit and (not core.year_like or kind is not None)
                and not noun_first and not core.han)  # "watu 1,500 kutoka …": the word after is no unit
        skip = self.lex.linkers | (self.lex.articles if core.needs_unit else frozenset())
        tail = self._tail(after_number, free, skip, sign)
        age = _age_after(self.p.language).match(self.text, tail.end) if tail.unit in DAYS_IN else None
        if age is not None and tail.factor == 1.0:
            tail, self.aged = _Tail(age.end()), True  # "a 45-year-old man": an age, no span of years
        elif tail.unit in DAYS_IN and self.text[after_number:tail.end].strip(GAP_CHARS + "-‐") in AGE_WORDS.get(
                self.p.language, ()):
            # "ein 45-Jähriger": a person of 45 years
            tail, self.aged = replace(tail, unit=None, known_unit=False), True
        elif tail.unit == "year" and tail.factor == 1.0 and kind in (None, "range") and self._an_age(start, tail.end):
            # "un homme de 45 ans", "Jean Dupont, 45 ans,"
            tail, self.aged = replace(tail, unit=None, known_unit=False), True
        elif (tail.unit is None and tail.factor == 1.0 and kind is None and tail.end == after_number
              and _bare_age_before(self.p.language).search(self.text, max(0, start - _NOUN_REACH), start)):
            self.aged = True  # "a man aged 41"
        elif (tail.unit is not None and not tail.known_unit and tail.factor == 1.0
              and not float(core.value).is_integer() and _past_verb(self.p.language, self.text[after_number:tail.end])):
            tail = _Tail(after_number)  # "магнітудою 6,2 забрав": a verb, no noun of the magnitude
        elif (tail.unit is not None and (not tail.known_unit or tail.unit == "year")
              and key(self.text[after_number:tail.end].strip(GAP_CHARS)) in map(key, AGE_NOUNS.get(self.p.language, ()))):
            tail, self.aged = _Tail(after_number), True  # "45 yaşındaki bir adam": an age
        elif (tail.unit is None and tail.factor == 1.0 and kind is None and self.p.language in _BARE_AGES
              and _AGE_DIGITS.fullmatch(self.text, core.start, core.end) and self.text[tail.end:tail.end + 1] == ","
              and _NOUN_AND_COMMA.search(self.text, max(0, start - _NOUN_REACH), start)):
            self.aged = True  # "Police arrested a teenager, 17, after", "John Smith, 34, of Leeds"
        elif (tail.unit is None and tail.factor == 1.0 and kind is None and sign is None
              and _AGE_DIGITS.fullmatch(self.text, core.start, core.end) and self.text[tail.end:tail.end + 1] == ")"
              and _NAME_AND_BRACKET.search(self.text, max(0, core.start - _NOUN_REACH), core.start)):
            self.aged = True  # "Thomas Müller (56)", "선장 박모(56)씨", "山田太郎さん(45)": the age after a name
        if noun_first and sign is None and tail.unit is not None and _NEXT_DIGIT.match(self.text, tail.end):
            tail = _Tail(after_number)  # "watu 23 saa 8 usiku": the noun of the figure after it
        if sign == PERCENT and self.p.language in POINTS_AFTER_PERCENT:
            points = _NEXT_WORD.match(self.text, tail.end)  # "yüzde 0,5 puan": points of per cent
            if points is not None and key(points[1]) in map(key, POINTS_AFTER_PERCENT[self.p.language]):
                tail = replace(tail, end=points.end(), unit=POINTS)
        if core.start in self.sign_factors and tail.factor == 1.0:
            tail = replace(tail, factor=self.sign_factors[core.start])
        if sign is not None and tail.factor == 1.0 and self._code_not_money(start, core):
            return None
        if sign is None and tail.end == after_number and self._money_letter(after_number):
            return None  # "12.4m people", "a 3m wall": millions or metres, no figure to read alone
        spaced = self.p.language in PARTS_LANGUAGES
        parted = False
        if tail.factor >= _MYRIAD and tail.unit is None and (self.p.language in MYRIAD_LANGUAGES or spaced):
            # "1万5000人", "1천500명", "2億3000万円"; Turkish "2 bin 946 kişi", "৮ হাজার ৩০০ টাকা"
            parts = self._myriads(core.value, tail, skip, core.han, spaced)
            if parts is None and self.p.language in _SPACED_MYRIADS:  # "1조 2천억 원"
                parts = self._myriads(core.value, tail, skip, core.han, True)
            if parts is not None:
                (total, tail), parted = parts, True
                core = replace(core, value=total)
        elif spaced and core.scale >= _THOUSAND and tail.factor == 1.0 and tail.unit is None:
            # the first part in words, its multiplier read with it: "سه میلیارد و ۸۰۰ میلیون دلار"
            parts = self._myriads(core.value / core.scale, replace(tail, factor=core.scale), skip, False, True)
            if parts is not None:
                (total, tail), parted = parts, True
                core = replace(core, value=total)
        if core.needs_unit and not (tail.known_unit or tail.factor != 1.0):
            return None
        if tail.half and tail.factor == 1.0 and core.scale != 1.0:
            tail = replace(tail, half=tail.half * core.scale)  # "dois milhões e meio": 2.5 million
        if (kind is None and self.p.bound_after_figure is not None
                and (tail.factor != 1.0 or tail.unit is not None or parted)):
            kind, tail = self._bound_after_figure(tail, free, skip)
        if core.year_like and kind is None and tail.unit == "year":
            tail = _Tail(after_number)  # "2019 godine": the calendar year, not a duration
        connectors = self.lex.connectors
        if kind == "range":
            connectors = connectors | self.lex.openers[self.prefixes[start][1]]
        value, end = self._range(core.value, tail, connectors)
        if kind == "range" and end == tail.end:
            begin = start
        assert value.min is not None and value.max is not None  # _range reads stated figures
        if not (math.isfinite(value.min) and math.isfinite(value.max)):
            return None
        after = self.p.bound_after.match(self.text, end) if kind is None and self.p.bound_after else None
        if after is not None:
            kind = self.lex.bounds_after[key(after["b"])]
            if after["c"] is None:  # "1500多人": the bound stands before the counter
                end = after.end()
        if value.unit is None and (hundred := _in_a_hundred(self.text, begin, end, self.p.language)):
            begin, end = hundred  # "kashi 60 cikin 100": 60 per cent
            value = replace(value, unit=PERCENT)
            if kind is None:
                begin, kind = self._bound(begin)  # "kusan kashi 60 cikin 100"
        if kind is None and _passed(self.text, begin, end, self.p.language):
            kind = "min"  # "تجاوزت حصيلة القتلى 2000", "از ۲۹۰۰ نفر گذشت"
        value = _bounded(value, kind)
        if sign is None and value.unit is None and noun_first and not core.year_like:
            span = self._span_before(begin, end, value.min)  # "miaka 5", "siku 3": the time span before the figure
            if span is not None and span[1] == "year" and self._an_age(span[0], span[0]):
                self.aged = True  # "mwenye umri wa miaka 17": of the age of 17
                return NumberMention(span[0], end, self.text[span[0]:end], value)
            if span is not None:
                begin, value = span[0], replace(value, unit=span[1])
                bound = self.prefixes.get(begin) if kind is None else None
                if bound is not None and self.lex.bounds.get(bound[1]):
                    begin, value = bound[0], _bounded(value, self.lex.bounds[bound[1]])  # "zaidi ya miaka 5"
                return NumberMention(begin, end, self.text[begin:end], value)
        if sign is None and value.unit is None and noun_first:
            noun = self._noun_before(begin)
            if noun is not None:
                bound = self.prefixes.get(noun.start) if kind is None else None
                if bound is not None and self.lex.bounds.get(bound[1]):
                    # the bound before the noun: "kimanin mutane 5,500", "zaidi ya watu 1,500"
                    begin, kind = bound[0], self.lex.bounds[bound[1]]
                    value = (replace(value, max=None) if kind == "min" else replace(value, min=None)
                             if kind == "max" else replace(value, approximate=True))
                return NumberMention(begin, end, self.text[begin:end], value, fold(noun.word), end, noun.start)
        if sign is None and value.unit is None:
            glued = _GLUED_NOUN.match(self.text, end)
            if glued is None and self.text[end:end + 1] in GAP_CHARS:  # "250 คน", "1500여 명"
                glued = _GLUED_NOUN.match(self.text, end + 1)
            if glued:
                self.aged = glued[0].startswith(AGE_NOUNS.get(self.p.language, ()))  # "45歳の男"
                return NumberMention(begin, end, self.text[begin:end], value, glued[0], glued.end())
            spaced = core.year_like and not free and end == after_number
            word = _Words(self.text, end, self.lex).get(0) if spaced else None
            if word is not None and not _touching(word) and self._free_unit(word):
                return NumberMention(begin, end, self.text[begin:end], value, _counted_noun(self.p.language, word.word),
                                     word.end)
        return NumberMention(begin, end, self.text[begin:end], value)

    def _money_letter(self, pos: int) -> bool:
        """Whether the letters written on a number at ``pos`` are a multiplier of money
        alone ("m", "k"), which without a currency sign may as well be a unit ("3m", three
        metres)."""
        letters = _GLUED_LETTERS.match(self.text, pos)
        return letters is not None and key(letters[0]) in self.lex.money_multipliers

    def _code_not_money(self, start: int, core: _Core) -> bool:
        """Whether a figure after a one-letter sign of :attr:`_Profile.letter_signs` is a
        code ("N95", "R21"): plain digits with no multiplier after them, where an amount
        is grouped, has decimals or a multiplier ("N2.2 trillion", "N5,000", "R1,500")."""
        return (self.text[start:core.start].strip(GAP_CHARS) in self.p.letter_signs
                and self.text[core.start:core.end].isdigit())

    def _bound_after_figure(self, tail: _Tail, free: bool, skip: frozenset[str]) -> tuple[str | None, _Tail]:
        """A bound word after a figure's multiplier or unit, where the language writes
        "than" after the figure ("20 हजार से ज्यादा लोग", "২ লাখের বেশি শ্রমিক", "10 ਹਜ਼ਾਰ ਤੋਂ
        ਵੱਧ ਕਿਸਾਨ"), and the noun it counts after it when the figure has no unit yet."""
        assert self.p.bound_after_figure is not None
        written = self.p.bound_after_figure.match(self.text, tail.end)
        if written is None:
            return None, tail
        kind = self.lex.bounds_before_noun[key(written["b"])]
        if tail.unit is None:
            noun = self._tail(written.end(), free, skip)
            if noun.unit is not None and noun.factor == 1.0:
                return kind, replace(tail, end=noun.end, unit=noun.unit, known_unit=noun.known_unit)
        return kind, replace(tail, end=written.end())

    def _range(self, value: float, first: _Tail, connectors: frozenset[str]) -> tuple[NumberValue, int]:
        """The number ``value`` with its tail ``first``, extended to a range when a dash or
        a connector and a second number follow. A multiplier said once counts for both
        ends when the first is the smaller figure: "€5-10 million" is 5 to 10 million."""
        low, end = _stated(value, first), first.end
        second = self._second(end, connectors)
        if second is None:
            return _rounded(low, value, first), end
        sign = self.signs.get(second.start, (second.start, None))[1]
        tail = self._tail(second.end, sign is None and not second.year_like, self.lex.linkers, sign)
        high = _stated(second.value, tail)
        if first.factor == 1.0 and tail.factor != 1.0 and value <= second.value:
            low = _stated(value, replace(first, factor=tail.factor))
        unit = low.unit or high.unit
        converted = high.to_unit(unit) if high.unit and unit and high.unit != unit else high
        if converted is None or second.needs_unit:
            return low, end
        assert low.min is not None and converted.min is not None  # stated figures are bounded
        if converted.min < low.min:
            return low, end
        return NumberValue(low.min, converted.max, unit), tail.end

    def _second(self, end: int, connectors: frozenset[str]) -> _Core | None:
        """The number after a dash ("18-24", "18 – 24") or a connector ("18 do 24")."""
        space = _SPACE.match(self.text, end).end()
        j = self.at.get(space)
        if j is not None and self.atoms[j].signed:
            core = self._core(j)
            return replace(core, value=-core.value) if core else None
        starts = []
        dash = _DASH.match(self.text, end)
        if dash:
            starts.append(dash.end())
        join = _JOIN.match(self.text, end)
        if join and join[1] and key(join[1]) in connectors and not self._change_to(key(join[1]), join.start(1)):
            starts.append(join.end())
        for start in starts:
            j = self.at.get(self.sign_starts.get(start, start))  # "$5-$10"
            core = self._core(j) if j is not None else None
            if core is not None:
                return core
        return None

    def _unit_and_half_before(self, half: _Atom, covered: int) -> NumberMention | None:
        """"godinu i pol", "year and a half" with no number: one unit and a half."""
        m = _TWO_WORDS.search(self.text, max(covered, half.start - 48), half.start)
        if m is None or key(m[2]) not in self.lex.ands:
            return None
        return self._bare_unit(m.start(1), need_half=True)

    def _bare_units_after_bounds(self, found: list[NumberMention]) -> Iterable[NumberMention]:
        """"više od godinu dana", "более года": in a language without articles, a bound
        word before a bare unit means one of it."""
        if self.lex.articles:
            return
        taken = Covered((m.start, m.end) for m in found)
        for end, (begin, word) in self.prefixes.items():
            if self.lex.bounds.get(word) and len(word) >= 3 and end not in self.at:
                mention = self._bare_unit(end, need_half=False)
                if mention and not taken.overlaps(mention.start, mention.end):
                    yield mention

    def _bare_unit(self, start: int, need_half: bool) -> NumberMention | None:
        words = _Words(self.text, start, self.lex)
        if (first := words.get(0)) is None or first.start != start or self._unit(words, 0)[1] not in DAYS_IN:
            return None
        if _IN_A_SYLLABLE.match(self.text, first.end):
            return None  # a letter of a word written without spaces: "လေ" (wind) holds no "လ" (month)
        mention = self._mention(_Core(start, start, 1.0, needs_unit=True))
        if mention is None or (need_half and 1.5 not in (mention.value.min, mention.value.max)):
            return None
        return mention


_CLOCK_HOURS = 12  # the hours of a clock that counts them twice a day, as Swahili's does
_IN_A_SYLLABLE = regex.compile(r"[\p{L}\p{M}]")  # what goes on a word past a unit read inside it

_GLUED_LETTERS = regex.compile(r"\p{L}{1,2}(?![\p{L}\p{M}\p{N}])")

_NOUN_AND_COMMA = regex.compile(rf"\p{{L}}[\p{{L}}\p{{M}}]+,{_GAP}*\Z")
# A name and a bracket before an age: a capitalised word ("Thomas Müller (56)"), or a letter of a
# script without capitals written against it ("박모(56)씨", "山田さん(45)")
_NAME_AND_BRACKET = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}]+[ \u00a0]?|[\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}])\(\Z")
# English news writes an age bare, between commas after the person: "John Smith, 34, of Leeds";
# so do the Malay, Indonesian and Philippine press ("kapten Ahmad Manansala, 54, ditahan")
_BARE_AGES = frozenset({"en", "ms", "id", "tl", "fil"})
_AGE_DIGITS = regex.compile(r"[1-9]\d?")


@lru_cache(maxsize=64)
def _age_words_before(language: str) -> regex.Pattern:
    """The words before years that make them an age (:data:`~checker.facts.number_words.AGE_BEFORE`)."""
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alternation(AGE_BEFORE.get(language, ()))}){_GAP}+\Z",
                         regex.IGNORECASE)


@lru_cache(maxsize=64)
def _sentencing_stems(language: str) -> tuple[str, ...]:
    """The folded beginnings of the verbs of sentencing of ``language`` (:data:`~checker.facts.number_words.SENTENCED_TO`)."""
    return tuple(map(fold, SENTENCED_TO.get(language, ())))


@lru_cache(maxsize=64)
def _bare_age_before(language: str) -> regex.Pattern:
    """The words before a bare figure that make it an age (:data:`~checker.facts.number_words.AGE_BEFORE_BARE`:
    "a man aged 41"); a pattern that finds nothing in a language without them."""
    words = AGE_BEFORE_BARE.get(language)
    if not words:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alternation(words)}){_GAP}+\Z", regex.IGNORECASE)


@lru_cache(maxsize=64)
def _age_after(language: str) -> regex.Pattern:
    """The words after a span that make it an age (:data:`~checker.facts.number_words.AGE_AFTER`)."""
    return regex.compile(rf"(?:{_alternation(AGE_AFTER.get(language, ()))})(?![\p{{L}}\p{{M}}])")


@lru_cache(maxsize=64)
def _ago_words(language: str) -> frozenset[str]:
    """The words CLDR writes after the number of a span before now where the unit comes
    first (Swahili "miaka {0} iliyopita", 5 years ago), folded."""
    loc = cldr.locale(language)
    if loc is None:
        return frozenset()
    fields = loc._data["date_fields"]
    found = set()
    for unit in DURATIONS:
        for width in (unit, f"{unit}-short", f"{unit}-narrow"):
            for pattern in (fields.get(width) or {}).get("past", {}).values():
                before, _, after = pattern.partition("{0}")
                if before.strip() and after.split():
                    found.add(fold(after.split()[0]))
    return frozenset(found)


def is_verb(language: str | None, written: str) -> bool:
    """Whether a word as written is a verb by its ending (:func:`_verb`)."""
    return _verb(primary_language(language) or "", key(written))


def _verb(language: str, word: str) -> bool:
    """Whether a word is a verb by its ending (:data:`~checker.facts.number_words.VERB_ENDINGS`):
    no noun a figure counts."""
    endings, not_endings = VERB_ENDINGS.get(language, ((), ()))
    return (len(word) > 3 or word in endings) and word.endswith(endings) and not word.endswith(not_endings)


def _past_verb(language: str, written: str) -> bool:
    """Whether the word after a figure with decimals is a verb in the past by its ending
    (:data:`~checker.facts.number_words.DECIMAL_VERB_ENDINGS`)."""
    endings, not_endings = DECIMAL_VERB_ENDINGS.get(language, ((), ()))
    word = key(written.strip(GAP_CHARS))
    return bool(endings) and word.endswith(endings) and not word.endswith(not_endings)


METRE_ON_FIGURE = frozenset({"zh", "ja", "ko", "yue"})
_PER_OR_POWER = regex.compile(r"[/²³23]")


def _touching(token: _Word) -> bool:
    return token.glued or token.dash


def _rounded(stated: NumberValue, value: float, tail: _Tail) -> NumberValue:
    """``stated`` with the rounding of a figure written with decimals before a multiplier
    (:attr:`NumberValue.rounded`: "187,4 tūkst.", "1.4 billion"); as it is without either."""
    if tail.factor <= 1.0 or tail.half or value == int(value):
        return stated
    exponent = Decimal(repr(value)).as_tuple().exponent  # -1 for 187.4 (a letter for a NaN, never read)
    return replace(stated, rounded=0.5 * 10.0 ** exponent * tail.factor) if isinstance(exponent, int) else stated


def _stated(value: float, tail: _Tail) -> NumberValue:
    number = (value + tail.half) * tail.factor
    return NumberValue(number, number, tail.unit)


def _merge(total: float, current: float, value: float | None) -> tuple[float, float] | None:
    """Add the next number word to ``current`` as speech does, or None if it starts a new
    number: tens take a unit ("twenty-five"), French 60 and 80 a teen ("soixante-douze"),
    a unit or a number from eleven to ninety-nine takes "hundred" ("fifteen hundred"),
    hundreds take anything below a hundred."""
    if value is None:
        return None
    if value == 100 and (0 < current < 10 or (10 < current < 100 and current % 10)):
        return total, current * 100  # "five hundred", and "fifteen hundred"
    rest = current % 100
    if current >= 100 and rest == 0 and value < 100:
        return total, current + value
    if current == 0 and total > 0 and value < 1000:
        return total, value
    tens = rest >= 10 and rest % 10 == 0 and value.is_integer()  # and ten with "and": Swahili "kumi na mbili"
    if tens and (value < 10 or (rest in (60, 80) and value < 20)):
        return total, current + value
    return None


_PHRASE_REACH = 32  # characters beside a word where the words read with it may stand ("among the")
# words apart by spaces or a hyphen alone ("depuis la mi-octobre"), up to a point
# (and in a script written without spaces, its letters right before: "残る27議席", "其余27个")
_RUN_BEFORE = regex.compile(r"(?:[\p{L}\p{M}'’]+(?:[^\S\n]+|-))+\Z|[\p{Han}\p{Hiragana}\p{Katakana}ー]+\Z")
_RUN_AFTER = regex.compile(r"(?:(?:[^\S\n]+|-)[\p{L}\p{M}'’]+)+")


def words_before(text: str, start: int, reach: int = _PHRASE_REACH) -> tuple[str, ...]:
    """The folded words right before ``start``, within ``reach`` characters and with
    nothing but spaces or a hyphen between them and it."""
    found = _RUN_BEFORE.search(text, max(0, start - reach), start)
    return tuple(fold_words(found[0])) if found else ()


def words_after(text: str, end: int, reach: int = _PHRASE_REACH) -> tuple[str, ...]:
    """The folded words right after ``end``, as :func:`words_before` reads those before."""
    found = _RUN_AFTER.match(text, end, end + reach)
    return tuple(fold_words(found[0])) if found else ()


def ends_with(words: tuple[str, ...], phrases: Iterable[tuple[str, ...]], skip: int = 0) -> bool:
    """Whether ``words`` end with one of ``phrases`` (folded words), or with it and at
    most ``skip`` words after it (an article: "among the rescued", "seit dem")."""
    return any(len(words) >= len(phrase) + gap and words[len(words) - len(phrase) - gap:len(words) - gap] == phrase
               for phrase in phrases for gap in range(skip + 1))


def begins_with(words: tuple[str, ...], phrases: Iterable[tuple[str, ...]]) -> bool:
    """Whether ``words`` begin with one of ``phrases`` (folded words)."""
    return any(words[:len(phrase)] == phrase for phrase in phrases)


@lru_cache(maxsize=256)
def folded_phrases(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each of ``phrases`` as its folded words, for :func:`ends_with` and :func:`begins_with`."""
    return tuple(tuple(fold_words(phrase)) for phrase in phrases)


def among_the(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the noun at ``start:end`` follows a word for "among", maybe past an article
    (:data:`~checker.facts.number_words.AMONG`: "Among the rescued are two Ukrainians"), or
    comes before one the language writes after it (:data:`~checker.facts.number_words.AMONG_AFTER`:
    "a megmentettek között"): a figure told of it counts a part of the group."""
    base = _tag(language).split("_")[0].lower()
    before, after = AMONG.get(base), AMONG_AFTER.get(base)
    if before:  # past an article, but for a word written with its own ("unter den")
        words = words_before(text, start)
        phrases = folded_phrases(before)
        if ends_with(words, phrases) or ends_with(words, [p for p in phrases if len(p) == 1], skip=1):
            return True
    if after and base in _HAN_LANGUAGES:  # written on the noun: "負傷者のうち", and past its suffix: "負傷" of "負傷者"
        return text.startswith(after, end) or (end < len(text) and _HAN_LETTER.match(text[end]) is not None
                                               and text.startswith(after, end + 1))
    return bool(after and begins_with(words_after(text, end), folded_phrases(after)))


def among_them(text: str, end: int, start: int, language: str | None) -> bool:
    """Whether "among them" or "including" stands between a figure ending at ``end`` and a noun
    at ``start`` after it (:data:`~checker.facts.number_words.AMONG_THEM`): the noun is one of the
    group the figure counts, which counts none of it ("Three people died, among them a firefighter");
    not where the aside it opens closes before the noun ("Eleven people, including three port
    employees, were detained": the figure counts the detained)."""
    words = AMONG_THEM.get(_tag(language).split("_")[0].lower())
    if not words or start - end > _NOUN_REACH * 4:
        return False
    between = tuple(fold_words(_LAST_PART.search(text, end, start)[0]))
    return any(between[i:i + len(phrase)] == phrase for phrase in folded_phrases(words) for i in range(len(between)))


_LAST_PART = regex.compile(r"[^,;:()\n]*\Z")  # what stands after the last clause mark


def among_them_before(text: str, mention: NumberMention, language: str | None) -> bool:
    """Whether "among them" or "including" stands right before a figure (:data:`~checker.facts.number_words.AMONG_THEM`:
    "37 patients, dont six en soins intensifs, ont été transférés", "including six in intensive
    care"), or opens the list the figure ends ("including three port employees and two
    nationals"): it counts a part of the group a figure before it counts."""
    words = AMONG_THEM.get(_tag(language).split("_")[0].lower())
    if not words:
        return False
    phrases = folded_phrases(words)
    if ends_with(words_before(text, mention.start), phrases):
        return True
    part = _LAST_PART.search(text, max(0, mention.start - _NOUN_REACH * 4), mention.start)
    return (part.start() == 0 or text[part.start() - 1] in ",;:(\n") and begins_with(tuple(fold_words(part[0])), phrases)


def of_them(text: str, mention: NumberMention, language: str | None) -> bool:
    """Whether "of them" follows a figure (:data:`~checker.facts.number_words.OF_THEM`: "two of them
    seriously", "dos de ellos", "اثنان منهم"): it counts a part of a group named before it."""
    base = _tag(language).split("_")[0].lower()
    if base in ("tr", "az") and _POSSESSIVE_FIGURE.search(mention.text):
        return True  # "yaralılardan 6'sı", "27 kişi yaralandı, 6'sının durumu ağır": six of them
    words = OF_THEM.get(base)
    if not words:
        return False
    phrases = folded_phrases(words)  # after it, or read as the noun it counts ("dos de ellos", "اثنان منهم")
    return begins_with(words_after(text, mention.end), phrases) or ends_with(tuple(fold_words(mention.text)), phrases)


def of_them_before(text: str, mention: NumberMention, language: str | None) -> bool:
    """Whether "of whom" stands right before a figure (:data:`~checker.facts.number_words.OF_THEM`:
    "of whom four", "de los cuales cuatro", "trong đó 4 người", "其中4人"): it counts a part of
    a group named before it, whatever the anchor it is read beside."""
    base = _tag(language).split("_")[0].lower()
    words = OF_THEM.get(base)
    if not words:
        return False
    if base in _HAN_LANGUAGES or base in _UNSPACED_OF_THEM:
        before = text[:mention.start].rstrip()
        return any(before.endswith(word) for word in words)
    return ends_with(words_before(text, mention.start), folded_phrases(words))


_UNSPACED_OF_THEM = frozenset({"th", "km", "lo", "my"})  # read as written, the words taking no spaces


def per_each(text: str, mention: NumberMention, language: str | None) -> bool:
    """Whether a word for "per" or "each" follows a figure (:data:`~checker.facts.number_words.PER_EACH`):
    it is an amount for each of something, a rate ("1,000 ringgit per household", "1 000 euros par
    foyer"); a single word only before a noun without its article ("por el Gobierno" is "by")."""
    words = PER_EACH.get(_tag(language).split("_")[0].lower())
    if not words:
        return False
    after = words_after(text, mention.end)
    for phrase in folded_phrases(words):
        if after[:len(phrase)] == phrase:
            if len(phrase) > 1 or len(after) == 1 or phrase[0] in _EACH_ALONE:
                return True
            if after[1] not in (function_words(language) or ()):
                return True
    return False


_EACH_ALONE = frozenset(map(fold, ("each", "apiece", "chacun", "chacune", "jeweils", "ciascuno", "ciascuna",
                                   "cadascun", "fiecare", "styck", "kila")))


def a_rate_base(text: str, mention: NumberMention, language: str | None) -> bool:
    """Whether a figure follows a word for "per" (:data:`~checker.facts.number_words.PER_BASE`): the
    base of a rate, no amount of anything ("5 per 100,000 inhabitants")."""
    words = PER_BASE.get(_tag(language).split("_")[0].lower())
    return bool(words) and ends_with(words_before(text, mention.start, 12), folded_phrases(words))


# A Turkish or Azerbaijani figure with the possessive of the third person, and a case after it
# maybe ("6'sı", "6'sının", "2'si", "3'ü"): so many of them (not "3'üncü", the third).
_POSSESSIVE_FIGURE = regex.compile(r"\d['’](?:s[ıiuü]|[ıiuü])(?:n[ıiuü]n|n[ıiuü]|n[ae]|nd[ae]n?)?(?![\p{L}])")


def the_rest(text: str, mention: NumberMention, language: str | None, anchor: str = "") -> bool:
    """Whether a word for "the remaining" stands right before a figure or right after it
    (:data:`~checker.facts.number_words.REMAINDER_BEFORE`, :data:`~checker.facts.number_words.REMAINDER_AFTER`:
    "the remaining 4 percent", "les 4 % restants"): the figure is the rest of a whole; not
    for a rule whose ``anchor`` is that word itself."""
    base = _tag(language).split("_")[0].lower()
    before, after = REMAINDER_BEFORE.get(base), REMAINDER_AFTER.get(base)
    found = bool((before and ends_with(words_before(text, mention.start, _REMAINDER_REACH), folded_phrases(before)))
                 or (after and begins_with(words_after(text, mention.end), folded_phrases(after))))
    if not found or not anchor:
        return found
    words = tuple(fold_words(anchor))
    return not any(phrase[0] in words for phrase in folded_phrases((*(before or ()), *(after or ()))))


_REMAINDER_REACH = 24  # characters before a figure where "the remaining" may stand


_YEAR_FIGURES = regex.compile(YEAR_FIGURES)
_LAST_YEAR = 2100  # the last four figures read as a year to come


def of_a_year_to_come(text: str, mention: NumberMention, year: int) -> bool:
    """Whether the clause of a figure names a year after ``year`` (the publication's): a
    forecast or a target, no value the source states as reached ("could reach about 20
    billion euros by 2032", "kan växa till omkring 20 miljarder euro till 2032", "un objectif
    de 30 % d'ici 2030")."""
    before = _OWN_CLAUSE_BEFORE.search(text, max(0, mention.start - _CHANGE_REACH), mention.start)
    after = _CLAUSE_AFTER_FIGURE.match(text, mention.end, mention.end + _CHANGE_REACH)
    return any(year < int(found[0]) <= _LAST_YEAR for part in (before, after) if part is not None
               for found in _YEAR_FIGURES.finditer(part[0]))


# The words that make the verb after them an infinitive, between a verb of planning or
# expecting and the deed planned: "expects to cut", "prévoit de supprimer", "plant zu streichen".
_PLAN_MARKERS: dict[str, tuple[str, ...]] = {
    "en": ("to",), "fr": ("de", "d"), "de": ("zu",), "nl": ("te", "om te"), "sv": ("att",), "da": ("at",),
    "nb": ("å",), "ro": ("să",), "it": ("di",), "es": ("a",), "pt": ("de",),
}
_PLAN_REACH = 40  # characters before an anchor where a verb of planning and its marker may stand

def planned_deed(text: str, anchor_start: int, language: str | None) -> bool:
    """Whether the anchor at ``anchor_start`` is the deed a word of planning or expecting
    before it plans, past the infinitive's marker maybe (:data:`~checker.facts.number_words.AIMED`:
    "expects to cut 3,200 jobs", "prévoit de supprimer 3 200 emplois", "ожидает сократить"):
    a figure after the anchor then is the deed's, which a rule about the deed states (not
    "expects inflation to average 5.2%", whose anchor is no deed)."""
    base = _tag(language).split("_")[0].lower()
    words = _earlier_words(base)
    before = words_before(text, anchor_start, _PLAN_REACH)
    if words is None or base in _UNSPACED_EARLIER or not before:
        return False
    markers = folded_phrases(_PLAN_MARKERS.get(base, ()))
    marker = next((marker for marker in sorted(markers, key=len, reverse=True)
                   if len(before) > len(marker) and ends_with(before, (marker,))), None)
    if marker is not None:
        return words.fullmatch(before[-len(marker) - 1]) is not None
    # where the language writes no marker, the infinitive right after the verb: "ожидает сократить"
    return not markers and words.fullmatch(before[-1]) is not None


def names_an_aim(phrase: str, language: str | None) -> bool:
    """Whether an anchor's words are a word of aiming or expecting itself (:data:`~checker.facts.number_words.AIMED`:
    "target", "mục tiêu"): a rule about the target reads the figure it sets."""
    base = _tag(language).split("_")[0].lower()
    words = _earlier_words(base)
    if words is None:
        return False
    return words.search(phrase if base in _UNSPACED_EARLIER else fold(phrase)) is not None
