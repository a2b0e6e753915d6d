"""Dates stated in an article, in its own language, and dates expected by a rule.

:func:`find_dates` reads every date form CLDR knows for the language — month and
weekday names in all their forms, the locale's numeric order, ISO dates — and the
relative words of :mod:`.date_words`, then resolves what the text leaves open (the year
of ``13 September``, the day of ``u srijedu``, ``yesterday``) against the published
date. The grammar itself lives in :mod:`.date_patterns`.

A :class:`DateValue` may be partial; two values are *compatible* when they could name
the same day, which is how a rule compares "Wednesday" with 2023-09-13.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from ..text import cldr
from ..text.normalise import UNSPACED, fold, fold_phrase, fold_words, primary_language
from ..text.spans import Covered
from ..text.tense import (
    is_conditional,
    is_future,
    is_past,
    is_scheduled,
    lasts,
    verb_comes_last,
)
from . import date_words
from .date_patterns import (
    TWO_CHARACTER_WEEKDAYS,
    Items,
    Lexicon,
    classify,
    grammar,
    lexicon,
)
from .number_words import number_word_folds
from .numbers import (
    begins_with,
    counts_a_unit,
    ends_with,
    find_numbers,
    folded_phrases,
    han_value,
    words_after,
    words_before,
)

_MAX_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BUDDHIST_OFFSET = date_words.BUDDHIST_ERA["th"]


@lru_cache(maxsize=1)
def _weekday_names() -> tuple[str, ...]:
    """English weekday names for display, Monday first, from CLDR."""
    from babel.dates import get_day_names

    names = get_day_names("wide", locale="en")
    return tuple(names[i] for i in range(7))


@dataclass(frozen=True)
class DateValue:
    """A day as far as the text tells it: any field may be open (None)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO: 1 = Monday … 7 = Sunday

    def compatible(self, other: DateValue) -> bool:
        """Whether both values can name the same day: every field known in both agrees,
        and the fields together still make a real day on the known weekday."""
        merged = []
        for mine, theirs in ((self.year, other.year), (self.month, other.month),
                             (self.day, other.day), (self.weekday, other.weekday)):
            if mine is not None and theirs is not None and mine != theirs:
                return False
            merged.append(mine if mine is not None else theirs)
        return _possible(*merged)

    @property
    def iso(self) -> str | None:
        """``2023-09-13`` when year, month and day are all known."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def to_json(self) -> dict[str, Any]:
        """Year, month, day and ISO weekday, ``None`` where still open; a complete date
        also gives its weekday and ``iso``."""
        weekday = self.weekday
        if self.iso is not None and weekday is None:
            weekday = dt.date(self.year, self.month, self.day).isoweekday()  # type: ignore[arg-type]
        data: dict[str, Any] = {"year": self.year, "month": self.month, "day": self.day, "weekday": weekday}
        if self.iso is not None:
            data["iso"] = self.iso
        return data

    def __str__(self) -> str:
        y, m, d = self.year, self.month, self.day
        if y is not None and m is not None and d is not None:
            shown = f"{y:04d}-{m:02d}-{d:02d}"
        elif y is not None:
            shown = f"{y:04d}" + (f"-{m:02d}" if m is not None else "-??" if d is not None else "")
            shown += f"-{d:02d}" if d is not None else ""
        elif m is not None:
            shown = f"--{m:02d}" + (f"-{d:02d}" if d is not None else "")
        else:
            shown = f"---{d:02d}" if d is not None else ""
        if self.weekday is not None and 1 <= self.weekday <= 7:
            name = _weekday_names()[self.weekday - 1]
            return f"{name} {shown}" if shown else name
        return shown or "?"


def _possible(year: int | None, month: int | None, day: int | None,
              weekday: int | None) -> bool:
    """Whether some real day has all the known fields."""
    if month is not None and day is not None:
        if year is not None:
            try:
                found = dt.date(year, month, day)
            except ValueError:
                return False
            return weekday is None or found.isoweekday() == weekday
        return 1 <= month <= 12 and 1 <= day <= _MAX_DAYS[month - 1]
    return True


@dataclass(frozen=True)
class DateRange:
    """An expected span of days, ``{from: ..., to: ...}``; an open side is unbounded."""

    start: DateValue
    end: DateValue

    def bounds(self) -> tuple[dt.date, dt.date]:
        """The first and last day the range covers."""
        return _first_day(self.start), _last_day(self.end)

    def compatible(self, value: DateValue) -> bool:
        """Whether ``value`` could name a day inside the range."""
        low, high = self.bounds()
        if low > high:
            return False
        if value.year is None and high.year - low.year > 2:
            return _possible(None, value.month, value.day, value.weekday)
        years = [value.year] if value.year is not None else range(low.year, high.year + 1)
        months = [value.month] if value.month is not None else range(1, 13)
        return any(_month_overlaps(y, m, value, low, high)
                   for y in years for m in months if 1 <= m <= 12 and 1 <= y <= 9999)

    def __str__(self) -> str:
        start = str(self.start) if self.start != DateValue() else ""
        end = str(self.end) if self.end != DateValue() else ""
        return f"{start}..{end}"


def _first_day(value: DateValue) -> dt.date:
    if value.year is None:
        return dt.date.min
    return dt.date(value.year, value.month or 1, value.day or 1)


def ended_before(value: Any, day: dt.date) -> bool:
    """Whether every day a date read from a text may name is before ``day``: a value
    with its year ("August 2016", "2016"), not one that leaves the year open."""
    return isinstance(value, DateValue) and value.year is not None and _last_day(value) < day


def begun_after(value: Any, day: dt.date) -> bool:
    """Whether every day a date read from a text may name is after ``day``."""
    return isinstance(value, DateValue) and value.year is not None and _first_day(value) > day


def _last_day(value: DateValue) -> dt.date:
    if value.year is None:
        return dt.date.max
    month = value.month or 12
    return dt.date(value.year, month, value.day or calendar.monthrange(value.year, month)[1])


def _month_overlaps(year: int, month: int, value: DateValue, low: dt.date,
                    high: dt.date) -> bool:
    last = calendar.monthrange(year, month)[1]
    days = [value.day] if value.day is not None else range(1, last + 1)
    for day in days:
        if not 1 <= day <= last:
            continue
        found = dt.date(year, month, day)
        if low <= found <= high and (value.weekday is None or found.isoweekday() == value.weekday):
            return True
    return False


@dataclass(frozen=True)
class DateMention:
    """A date found in a text: ``text[start:end]`` and what it says."""

    start: int
    end: int
    text: str
    value: DateValue
    relative: bool = False  # resolved from a weekday, yesterday, "the day after" ...


@lru_cache(maxsize=64)
def reporting_verbs(language: str) -> frozenset[str]:
    """The folded verbs of saying of ``language`` ("said", "told", "сообщил")."""
    return frozenset(fold(verb) for verb in date_words.REPORTING_VERBS.get(language, "").split())


_Others = tuple[frozenset[str], frozenset[str], frozenset[str]]


@lru_cache(maxsize=64)
def _reflexives(language: str) -> _Others:
    """The folded words of ``language`` that make a verb of saying another verb: reflexive
    pronouns one or two words before it and right after it, and a passive's auxiliaries."""
    return (frozenset(fold(word) for word in date_words.REFLEXIVE_BEFORE.get(language, "").split()),
            frozenset(fold(word) for word in date_words.REFLEXIVE_AFTER.get(language, "").split()),
            frozenset(fold(word) for word in date_words.PASSIVE_BEFORE.get(language, "").split()))


# Languages whose marks tell words apart that fold alike, whose verbs of saying are also
# compared as written: Vietnamese "nói" (said) and "nối" (joined: "nối lại", resumed).
_TONES_TELL_APART = frozenset({"vi"})


@lru_cache(maxsize=64)
def _day_parts(language: str | None) -> frozenset[str]:
    """The folded words for a part of the day that stand between a verb of saying and its
    date (:data:`~checker.facts.date_words.REPORT_DAY_PARTS`)."""
    return frozenset(fold(word) for word in date_words.REPORT_DAY_PARTS.get(language or "", "").split())


@lru_cache(maxsize=8)
def _written_verbs(language: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", verb).casefold()
                     for verb in date_words.REPORTING_VERBS.get(language, "").split())


def _saying(keys: list[str], i: int, verbs: frozenset[str], reflexives: _Others, joined: bool = True) -> bool:
    """Whether word ``i`` is a verb of saying: one of ``verbs``, with no reflexive pronoun
    one or two words before it ("s'est déclaré": broke out) or right after it ("podał się"),
    nor the auxiliaries of a passive right before it, ``joined`` to it by no mark ("was
    confirmed on January 14", "avait été confirmé le 14 janvier": the confirming is the
    deed; not "… wiederhergestellt worden, sagte ein Sprecher")."""
    before, after, passive = reflexives
    return keys[i] in verbs and not ((before and before.intersection(keys[max(i - 2, 0):i]))
                                     or (after and i + 1 < len(keys) and keys[i + 1] in after)
                                     or (joined and passive and i > 0 and keys[i - 1] in passive))


_REPORT_REACH = 2  # words that may stand between a verb of saying and the date of its act
_READ_BY_CHARACTER = frozenset({"zh", "yue", "th"})  # whose verbs of saying are read from the text itself
_DAY_OF = {"th": ("วันที่",)}  # "the day of" before a date's figure
# no punctuation between but an apostrophe, and no line's end: a verb in the next paragraph
# is another sentence's, which a script without capitals does not show ("… ייפגשו ביום שני"
# over a paragraph that opens "ההסתדרות הודיעה")
_REPORT_GAP = regex.compile(r"(?:[^\S\n]|[\p{L}\p{M}\p{N}'’-])*")
_REPORT_COMMA_GAP = regex.compile(r"(?:[^\S\n]|[\p{L}\p{M}\p{N}'’-])*(?:,[^\S\n]*)?")  # "kata BNPB, Senin"


# A short note in brackets right after a date: "13일(현지시간)", "13日（現地時間）", "on Monday (local time)"
_ASIDE = regex.compile(r"[^\S\n]?[(（][^()（）\n]{1,16}[)）]")


def reported_on(text: str, start: int, end: int, language: str | None,
                words: tuple[list[int], list[int], list[str]]) -> tuple[int, int] | None:
    """The span of a verb of saying whose act the date at ``start:end`` of ``text``
    dates ("the ministry said on Tuesday", "сообщило во вторник", "u utorak je izjavio"),
    or None. ``words`` are the text's words as :func:`token_columns` gives them (an
    article reads them once). At most :data:`_REPORT_REACH` words stand between verb and
    date before it, one after it, and no punctuation (a dot after a date may end its
    sentence, where the splitter could not tell)."""
    base = primary_language(language)
    verbs = reporting_verbs(base)
    if not verbs and base not in date_words.REPORTED_AFTER_DAY:
        return None
    if (base in date_words.SET_FOR and _words_before(text, start, base, "SET_FOR")) \
            or _declared_as(text, start, end, base):
        return None  # "объявил четверг днём траура": the day declared, the verb's object
    starts, ends, keys = words
    reflexives = _reflexives(base)
    written = _written_verbs(base) if base in _TONES_TELL_APART else None
    aside = _ASIDE.match(text, end)
    if aside is not None:
        end = aside.end()  # "13일(현지시간) 밝혔다": the time zone's note between the day and its verb

    def saying(i: int) -> bool:
        # and as written where folding makes one word of two ("nói", said, "nối", joined)
        joined = i > 0 and not text[ends[i - 1]:starts[i]].strip()
        return _saying(keys, i, verbs, reflexives, joined) and (
            written is None or unicodedata.normalize("NFC", text[starts[i]:ends[i]]).casefold() in written)

    after_day = date_words.REPORTED_AFTER_DAY.get(base)
    if after_day is not None:
        found = _reported_after_day(text, start, end, base, after_day)
        if found is not None:
            return found
    if base in _READ_BY_CHARACTER:  # "截至14日": the verb written on the date, a character a word
        # (past a space and the word for "the day of": "รายงานเมื่อวันที่ 14 พ.ย.")
        before = text[:start].rstrip()
        for word in _DAY_OF.get(base, ()):
            if before.endswith(word):
                before = before[:-len(word)].rstrip()
        for verb in date_words.REPORTING_VERBS.get(base, "").split():
            if before.endswith(verb):
                return len(before) - len(verb), len(before)
        return None
    if base not in date_words.REPORTED_AFTER:
        following = bisect.bisect_left(starts, end)
        if following < len(keys) and keys[following] in _object_markers(base):
            return None  # "אישרה ביום שני את החוק": approved the law, no saying
        last = bisect.bisect_right(ends, start)  # the words before the date
        reach = _REPORT_REACH + date_words.REPORT_REACH.get(base, 0)
        gap = _REPORT_COMMA_GAP if base in date_words.REPORT_COMMA else _REPORT_GAP
        parts = _day_parts(base)
        i, passed = last - 1, 0  # passed: the words for a part of the day after word i ("late on Tuesday")
        while i >= 0 and last - 1 - i - passed <= max(reach, _SPEAKER_WORDS):
            if saying(i) and gap.fullmatch(text, ends[i], start) \
                    and (last - 1 - i - passed <= reach
                         or _speaker_between(text, starts, keys, i + 1, last, base, parts)):
                return starts[i], ends[i]
            passed += keys[i] in parts
            i -= 1
    # After the date, the verb comes at once or after an auxiliary ("u utorak je izjavio",
    # "во вторник сообщило"), not after a capitalised word, which may begin the next
    # sentence where an abbreviation hid its end ("13 ноября 2024 г. Местные ... сообщили").
    following = bisect.bisect_left(starts, end)
    after = 2 + (date_words.REPORT_REACH.get(base, 0) if base in date_words.REPORTED_AFTER else 0)
    for i in range(following, min(following + after, len(keys))):
        first = text[starts[following]:starts[following] + 1]
        if i > following and (first.isupper() or not first.isalpha()):  # no case goes on: "गुरुवार को कहा"
            break
        if saying(i) and _REPORT_GAP.fullmatch(text, end, starts[i]):
            return starts[i], ends[i]
    # A date that opens its sentence, set off by a comma, then the speaker and the verb: "On
    # Monday, the ministry said that …", "El lunes, el ministerio informó que …", "Am Montag
    # teilte das Ministerium mit" (no comma there: the verb comes second)
    # (where the verb says what follows it: before "that", or a verb of saying alone, "said";
    # not one with its object, "Na última terça, o Copom divulgou a ata": the minutes' day)
    if _OPENING.search(text, max(0, start - _OPENING_REACH), start) and text.startswith(",", end):
        that = _that_words(base)
        for i in range(following, min(following + _OPENING_SPEAKER, len(keys))):
            if i > following and not _REPORT_GAP.fullmatch(text, ends[i - 1], starts[i]):
                break
            if saying(i):
                told = not that or (i + 1 < len(keys) and keys[i + 1] in that) or keys[i] in _said(base)
                return (starts[i], ends[i]) if told else None
    return None


@lru_cache(maxsize=64)
def _that_words(language: str) -> frozenset[str]:
    from ..text.negation import negation_cues

    return negation_cues(language).that


@lru_cache(maxsize=64)
def _said(language: str) -> frozenset[str]:
    return frozenset(fold(verb) for verb in date_words.SAID.get(language, "").split())


# the sentence's start and a preposition, an article or a word for "day" ("On", "El", "Ngày")
_OPENING = regex.compile(r"(?:\A|[.!?\n][\"'”»)]?\s+|\n)(?:[\p{L}]{1,4}\s+){0,2}\Z")
_OPENING_REACH = 14
_OPENING_SPEAKER = 8  # words of the speaker after the comma (Vietnamese writes a syllable a word)


_SENTENCE_END = regex.compile(r"[^。！？\n]*")
_CLAUSE_ON = regex.compile(r"[^，,。！？\n]{1,16}")  # a speaker and a verb of saying, short of the clause's end
_OPENS_CLAUSE = regex.compile(r"(?:\A|[。！？\n])\s*\Z")


def _reported_after_day(text: str, start: int, end: int, language: str, verbs: tuple[str, ...]) -> tuple[int, int] | None:
    """The verb of saying :data:`~checker.facts.date_words.REPORTED_AFTER_DAY` names after a
    day: right after it in Chinese ("24日说"), or ending the clause after the comma of a day
    that opens its sentence ("23日，紧急情况部说，…"); at the end of the sentence of a day set off
    by a comma in Japanese ("24日、…と発表した")."""
    if language != "ja":
        place = _PLACE_OF_SAYING.match(text, end)  # "3日在内罗毕对记者说": where and to whom, between
        if place is not None and place.end() > end:
            verb = next((verb for verb in verbs if text.startswith(verb, place.end())), None)
            if verb is not None:  # the saying with its place: "在例行记者会上说", said at the briefing
                return end, place.end() + len(verb)
        verb = next((verb for verb in verbs if text.startswith(verb, end)), None)
        if verb is None and text.startswith(("，", ","), end) and _OPENS_CLAUSE.search(text, 0, start):
            # a day that opens the sentence, the speaker and the verb after its comma: "23日，紧急情况部说，…"
            clause = _CLAUSE_ON.match(text, end + 1)
            verb = next((verb for verb in verbs if clause[0].endswith(verb)), None) if clause else None
            return (clause.end() - len(verb), clause.end()) if clause and verb is not None else None
        return (end, end + len(verb)) if verb is not None else None
    if not text.startswith(("、", "，", ","), end):
        return None
    sentence = _SENTENCE_END.match(text, end)
    for verb in verbs:
        at = sentence[0].rfind(verb)
        if at >= 0:
            return end + at, end + at + len(verb)
    return None


# Where a Chinese verb of saying was said and to whom, between its day and it: "在内罗毕"
# (in Nairobi), "对记者" (to reporters), "向媒体" (to the media), "接受采访时" (in an interview).
_PLACE_OF_SAYING = regex.compile(r"(?:在\p{Han}{1,8}?(?=对|對|向|接受|说|說|表示|称|稱))?(?:(?:对|對|向)\p{Han}{1,4}?(?=说|說|表示|称|稱))?")


_SPEAKER_WORDS = 6  # words of a speaker between a verb of saying and its date ("said Prime Minister Narendra Modi on")


def _speaker_between(text: str, starts: list[int], keys: list[str], first: int, last: int, language: str,
                     parts: frozenset[str] = frozenset()) -> bool:
    """Whether the words ``first`` to ``last`` (not included), after a verb of saying and
    before a date, are its speaker, with the subject after the verb: function words and
    capitalised ones, and one other word at most, a title ("said minister Miguel Antunes
    on Monday", "dijo el ministro el lunes"; not "said the earthquake struck on Monday",
    nor "said the rescue ended on Sunday": a verb in the past is none, though the lists of
    function words hold some); words of ``parts``, a part of the day, are the date's ("dijo
    el gobernador la noche del martes")."""
    from ..text.function_words import function_words
    from ..text.tense import past_word

    function = function_words(language)
    if function is None:
        return False
    others = 0
    for j in range(first, last):
        if text[starts[j]].isupper() or keys[j] in parts:
            continue
        if past_word(keys[j], language):
            return False
        if keys[j] not in function:
            others += 1
    return others <= 1


@lru_cache(maxsize=64)
def _object_markers(language: str) -> frozenset[str]:
    return frozenset(fold(word) for word in date_words.OBJECT_MARKERS.get(language, ()))


# A degree sign right after a day's digits and before a word in lower case: Italian news types
# "1° luglio" for "1º" (a temperature, "20° C", "20°C", takes a capital or nothing).
_DEGREE_ORDINAL = regex.compile(r"(?<=(?<![\d.,])\d{1,2})°(?=[ \u00a0]\p{Ll})")


def find_dates(text: str, language: str | None, published: dt.date | None = None,
               earlier: Callable[[], DateValue | None] | None = None) -> list[DateMention]:
    """Every date stated in ``text``, sorted by position. ``language`` None, or a code
    CLDR does not know, reads numeric and ISO dates and English. ``earlier`` gives the
    date the sentence before ``text`` ends on, which a day shift of a sentence with no
    date of its own counts from ("The following day, …"), asked only then."""
    if not text:
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    if (language or "")[:3].split("-")[0].split("_")[0].lower() in _HAN_DATE_LANGUAGES:
        spelt = _in_digits(text)
        if spelt is not None:
            return _from_digits(text, *spelt, language, published)
    lex = lexicon(language)
    if "°" in text:  # "il 1° luglio": the degree sign typed for the ordinal's "º", one character for one
        text = _DEGREE_ORDINAL.sub("º", text)
    items = classify(text, lex)
    if items is not None and "y" in items.codes and _ZONE_AFTER.search(text):
        items = _times_of_day(text, items)
    if items is None:
        alone = _written_alone(text, lex, published, [])
        return alone or (_shifted_after(text, lex.language, earlier) if earlier is not None else [])
    mentions: list[DateMention] = []
    shifts: list[tuple[int, int, int]] = []
    pattern = grammar(lex.flags)
    groups = pattern.groupindex
    for found in pattern.finditer(items.codes):
        match = _Match(found, groups)
        if match.start("a") >= 0:
            i = match.start("a")
            if not _ordinary(text, items, i, lex):
                shifts.append((items.starts[i], items.ends[i], items.values[i]))
            continue
        mentions.extend(_read(match, text, items, lex, published))
    if published is not None and mentions and lex.language in date_words.AHEAD_OF:
        mentions = _ahead_of(text, mentions, lex.language, published)
    if lex.day_suffixes and published is not None:
        mentions.extend(_days_alone(text, items, lex, published, mentions))
    if shifts and mentions:  # from a day alone too: "24일 … 다음날"
        mentions.extend(_shifted(shifts, mentions, text, lex.language))
    mentions.extend(_nights_before(text, mentions, lex.language))
    if lex.glued_ands:
        mentions.extend(_weekdays_joined(text, mentions, lex))
    written = _written_alone(text, lex, published, mentions)
    if written:  # the month and year of "الأول من يناير 2024" are that day's
        mentions = [m for m in mentions if not any(w.start < m.start and m.end <= w.end for w in written)] + written
    if not mentions and earlier is not None:
        return _shifted_after(text, lex.language, earlier)
    if mentions and ("(" in text or "（" in text) and (_ZONE.search(text) or _HOME_ZONES.search(text)):
        mentions = _outside_other_zones(text, mentions)
    if published is not None and mentions:
        mentions = _in_the_year_named(text, mentions, published, lex.language)
        mentions = _with_the_year_after(text, mentions, published, lex.language)
    if len(mentions) > 1:
        mentions = _weekdays_in_apposition(text, _weekdays_beside_their_date(text, mentions), lex.language)
    if _QUOTES.search(text):
        mentions = [m for m in mentions if not _in_a_quoted_name(text, m)]
    if verb_comes_last(lex.language):
        mentions = [_without_anothers_weekday(m) for m in mentions]
    elif primary_language(lex.language) in _PARTICIPLES_BEFORE and published is not None:
        mentions = [part for m in mentions for part in _a_weekday_before_a_participles_day(text, m, language, published)]
    mentions = sorted(mentions, key=lambda mention: (mention.start, mention.end))
    return _one_day_named_twice(text, mentions) if len(mentions) > 1 else mentions


_QUOTES = regex.compile(r"[\"“”«»„「」『』]")


def _without_anothers_weekday(mention: DateMention) -> DateMention:
    """``mention`` without its weekday where its day falls on another, in a language whose
    verb comes last: the weekday before a day there is the verb's at the end as often, the day
    a noun's ("आयोग ने बुधवार 12 अक्टूबर को हुए जनमतसंग्रह के नतीजों को प्रमाणित किया": on
    Wednesday the commission certified the results of the referendum held on 12 October)."""
    value = mention.value
    if not _on_another_weekday(value):
        return mention
    return replace(mention, value=replace(value, weekday=None))


def _on_another_weekday(value: DateValue) -> bool:
    """Whether a date's weekday, written beside its day, is not that day's."""
    return (value.weekday is not None and value.iso is not None
            and dt.date.fromisoformat(value.iso).isoweekday() != value.weekday)


def _a_weekday_before_a_participles_day(text: str, mention: DateMention, language: str | None,
                                       published: dt.date) -> list[DateMention]:
    """``mention`` as two dates where its weekday is not its day's, in a language that puts a
    participle and its date before the noun: the weekday is the clause's verb's, the day the
    participle's ("Valimiskomisjon kinnitas neljapäeval 12. oktoobril toimunud valimiste
    tulemused": on Thursday the commission confirmed the results of the elections held on 12
    October; "vahvisti torstaina 12. lokakuuta pidettyjen vaalien")."""
    value = mention.value
    if not _on_another_weekday(value):
        return [mention]
    digit = _FIRST_DIGIT.search(text, mention.start, mention.end)
    if digit is None or digit.start() == mention.start:
        return [replace(mention, value=replace(value, weekday=None))]
    day = replace(mention, start=digit.start(), text=text[digit.start():mention.end],
                  value=replace(value, weekday=None))
    blanked = text[:digit.start()] + " " * (mention.end - digit.start()) + text[mention.end:]
    weekday = [found for found in find_dates(blanked, language, published)
               if mention.start <= found.start and found.end <= digit.start() and found.value.iso is not None]
    return [*weekday[:1], day]


_PARTICIPLES_BEFORE = frozenset({"fi", "et", "lv", "lt"})
_FIRST_DIGIT = regex.compile(r"\d")


# a short quotation around a weekday with another word in it: an event's name ("Black Saturday",
# "黑色星期六", "Sabtu Hitam"), no day of this week
_QUOTED_NAME = regex.compile(r"[\"“«„「『]([^\"“”«»„「」『』.!?。\n]{1,30})[\"”»“」』]")


@lru_cache(maxsize=64)
def _day_words(language: str) -> frozenset[str]:
    """The folded words of ``language`` for the days around today ("yesterday", "danas"):
    :data:`~checker.facts.date_words.RELATIVE_DAYS` and CLDR's."""
    return frozenset(fold(word) for word in (*date_words.RELATIVE_DAYS.get(language, {}),
                                             *cldr.relative_days(language)))


_QUOTE_MARKS = frozenset("\"“”«»„「」『』")


def quoted_day_word(text: str, mention: DateMention, language: str | None) -> bool:
    """Whether ``mention`` is a word for a day around today ("today", "danas", "aujourd'hui")
    inside a quotation of its paragraph, counted from the day the words were said, which
    need not be the day before the publication: "'Today Turkey landed on the Moon,' Aktas
    said on Thursday" in Friday's paper."""
    if not mention.relative or fold(mention.text) not in _day_words(primary_language(language)):
        return False
    paragraph = text.rfind("\n", 0, mention.start) + 1
    return sum(ch in _QUOTE_MARKS for ch in text[paragraph:mention.start]) % 2 == 1


def _in_a_quoted_name(text: str, mention: DateMention) -> bool:
    """Whether ``mention``, a weekday alone (no figure of a day, month or year), stands in a short
    quotation with other letters beside it: the name of an event ("Black Saturday"), no day."""
    if any(ch.isdigit() for ch in mention.text):
        return False
    for quoted in _QUOTED_NAME.finditer(text, max(0, mention.start - 32), min(len(text), mention.end + 32)):
        if quoted.start(1) <= mention.start and mention.end <= quoted.end(1):
            rest = text[quoted.start(1):mention.start] + text[mention.end:quoted.end(1)]
            words = quoted.group(1).split()
            cased = [w for w in words if w[:1].upper() != w[:1].lower()]
            # a name: a few words, each capitalised where the script has capitals, or a few
            # characters where it writes no spaces ("we will meet on Monday" is speech)
            named = (len(words) <= _NAME_WORDS and all(w[:1].isupper() for w in cased)
                     and (len(words) > 1 or len(quoted.group(1)) <= _UNSPACED_NAME))
            return named and any(ch.isalpha() for ch in rest)
    return False


_NAME_WORDS = 3
_UNSPACED_NAME = 8


_BESIDE = regex.compile(r"[\s,،、]*")  # between two names of one day: "ayer martes", "yesterday, Tuesday"


def _one_day_named_twice(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with two of one day side by side made one ("ayer martes", "yesterday,
    Tuesday", "أمس الثلاثاء"): one statement, which a rival rule's anchor cannot take half of."""
    merged = [mentions[0]]
    for mention in mentions[1:]:
        last = merged[-1]
        if (mention.value == last.value and last.end <= mention.start
                and _BESIDE.fullmatch(text, last.end, mention.start) is not None):
            merged[-1] = _mention(text, last.start, mention.end, last.value, last.relative and mention.relative)
        else:
            merged.append(mention)
    return merged


_APPOSITION = regex.compile(r",[ \u00a0]+(\p{L}+)[ \u00a0]+\Z")


_BESIDE = regex.compile(r"[\s\p{Cf},]*(?:\p{L}[\p{L}\p{M}]{0,7})?[\s\p{Cf},]*")  # a comma or a word for "day" at most


def _weekdays_beside_their_date(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` but a weekday written right before or after a full date whose weekday it
    is, a comma or one word between ("thứ Hai, ngày 14/7", "ஜூலை 14-ஆம் தேதி திங்கள்கிழமை"):
    the date, its weekday written on it, and no other day."""
    ordered = sorted(mentions, key=lambda m: m.start)
    dropped: set[int] = set()
    for i, mention in enumerate(ordered):
        if not (mention.relative and mention.value.weekday is not None):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(ordered) or j in dropped:
                continue
            other = ordered[j]
            if other.relative or other.value.iso is None or len(other.value.iso) != 10 \
                    or other.value.iso == mention.value.iso:
                continue  # (a weekday that is the date's already stays: it says nothing else)
            gap = text[other.end:mention.start] if j < i else text[mention.end:other.start]
            if _BESIDE.fullmatch(gap) and dt.date.fromisoformat(other.value.iso).isoweekday() == mention.value.weekday:
                dropped.add(i)
                ordered[j] = replace(other, value=replace(other.value, weekday=mention.value.weekday))
                break
    return [m for i, m in enumerate(ordered) if i not in dropped]


def _weekdays_in_apposition(text: str, mentions: list[DateMention], language: str | None) -> list[DateMention]:
    """``mentions`` but a weekday set after a full date with a comma and an article, which
    names that date's weekday ("13 de agosto de 2027, uma sexta-feira", "August 13, 2027, a
    Friday"): the date, its weekday written on it, and no other day."""
    from .number_words import ARTICLES

    articles = set(ARTICLES.get(primary_language(language) or "", "").split())
    if not articles:
        return mentions
    ordered = sorted(mentions, key=lambda m: m.start)
    kept: list[DateMention] = []
    for mention in ordered:
        previous = kept[-1] if kept else None
        if (previous is not None and mention.relative and mention.value.weekday is not None
                and previous.value.iso is not None and not previous.relative):
            between = _APPOSITION.match(text[previous.end:mention.start])
            if between is not None and between[1].casefold() in articles:
                day = dt.date.fromisoformat(previous.value.iso)
                if day.isoweekday() == mention.value.weekday:
                    kept[-1] = replace(previous, value=replace(previous.value, weekday=mention.value.weekday))
                    continue
        kept.append(mention)
    return kept


def _counting(text: str, start: int, end: int, function: frozenset[str]) -> bool:
    """Whether the figures at ``start:end`` stand at the sentence's start or after a function
    word, and before a word in lower case that is none: a count of that word."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    after = _WORD_AFTER.match(text, end)
    if after is None or not after[1].islower() or fold(after[1]) in function:
        return False
    return before is None and not text[:start].strip() or (before is not None and fold(before[1]) in function)


_FOUR_FIGURES = regex.compile(date_words.YEAR_FIGURES)
_NAMED_YEARS = range(1900, 2101)


def _in_the_year_named(text: str, mentions: list[DateMention], published: dt.date,
                       language: str | None) -> list[DateMention]:
    """``mentions`` with a day and month written without their year put in the one earlier
    year the sentence names before them ("Presidentvalet 2024 avgjordes i en andra omgång den
    14 april", "v roce 2024 … 14. dubna"): the year of the sentence's events, not the
    publication's.
    Four figures between a function word and a word in lower case count that word ("The
    2000 people were evacuated on March 14")."""
    from ..text.function_words import function_words

    base = primary_language(language) or ""
    # not a day after or before a word for "last" or "next", which names its year from the
    # publication's ("deuxième du Tour de France 2025, contrôlé positif le 19 février dernier")
    modifiers = folded_phrases((*date_words.LAST_WORDS.get(base, ()), *date_words.NEXT_WORDS.get(base, ())))
    undated = [m for m in mentions if m.value.day is not None and m.value.month is not None and not m.relative
               and not _FOUR_FIGURES.search(m.text)
               and not (modifiers and (ends_with(words_before(text, m.start, _YEAR_AFTER_REACH), modifiers, skip=1)
                                       or begins_with(words_after(text, m.end, _YEAR_AFTER_REACH), modifiers)))]
    if not undated:
        return mentions
    function = function_words(language) or frozenset()
    first = min(m.start for m in undated)
    years = {int(found.group()) for found in _FOUR_FIGURES.finditer(text, 0, first)
             if not _counting(text, found.start(), found.end(), function)
             and not _since(text, found.start(), base)}  # "since 2020": a start, not the events' year
    years &= set(_NAMED_YEARS)
    if len(years) != 1:
        return mentions  # (a year after the day is another event's: "13 septembrie … în 2019")
    (year,) = years
    if any(found.value.unit is not None or found.value.min != found.value.max
           for found in find_numbers(text[:first], language) if str(year) in found.text):
        return mentions  # a count with its noun or bound: "Over 2000 bussjåfører"
    if year >= published.year:
        return mentions  # the publication's year, or a later one: the day's own reading weighs it
    changed = []
    for mention in mentions:
        value = mention.value
        if mention in undated and value.year != year:
            try:
                day = dt.date(year, value.month, value.day)  # type: ignore[arg-type]
            except ValueError:
                day = None
            if day is not None and (value.weekday is None or day.isoweekday() == value.weekday):
                mention = replace(mention, value=replace(value, year=year))
        changed.append(mention)
    return changed


_YEAR_AFTER_REACH = 24  # characters after a day and month where "next year" may stand


def _with_the_year_after(text: str, mentions: list[DateMention], published: dt.date,
                         language: str | None) -> list[DateMention]:
    """``mentions`` with a day and month written without their year put in the year a word
    after them names from the publication's: "on 1 April next year", "1 kwietnia przyszłego
    roku" (:data:`~checker.facts.date_words.NEXT_YEAR`), "on 12 March last year"
    (:data:`~checker.facts.date_words.LAST_YEAR`)."""
    base = primary_language(language) or ""
    tables = ((date_words.NEXT_YEAR.get(base, ()), 1), (date_words.LAST_YEAR.get(base, ()), -1))
    if not any(words for words, _ in tables):
        return mentions
    changed = []
    for mention in mentions:
        value = mention.value
        if value.day is not None and value.month is not None and not _FOUR_FIGURES.search(mention.text):
            following = words_after(text, mention.end, _YEAR_AFTER_REACH)
            for words, years in tables:
                if words and begins_with(following, folded_phrases(words)):
                    try:
                        day = dt.date(published.year + years, value.month, value.day)
                    except ValueError:
                        break
                    if value.weekday is None or day.isoweekday() == value.weekday:
                        mention = replace(mention, value=replace(value, year=day.year))
                    break
        changed.append(mention)
    return changed


@lru_cache(maxsize=64)
def _day_shift_words(language: str) -> tuple[regex.Pattern, dict[str, int], frozenset[str]] | None:
    """The day shifts of ``language`` (:data:`~checker.facts.date_words.DAY_SHIFTS`) as one
    pattern, each phrase's shift, and those that take an event after them."""
    shifts = date_words.DAY_SHIFTS.get(language)
    if not shifts:
        return None
    words = sorted(shifts, key=len, reverse=True)
    # a word's ends, where a script spaces its words ("会談の翌日、" is read in Japanese)
    letter = rf"[[\p{{L}}\p{{M}}]--[{UNSPACED}]]"
    ordinary = date_words.NOT_BEFORE.get(language, {})  # "前日比" (on the day before) is no date

    def alternative(word: str) -> str:
        after = ordinary.get(word, ())
        return regex.escape(word) + (rf"(?![^\S\n]*(?:{'|'.join(map(regex.escape, after))}))" if after else "")

    pattern = regex.compile(rf"(?<!{letter})(?:{'|'.join(map(alternative, words))})(?!{letter})",
                            regex.IGNORECASE | regex.V1)
    return (pattern, {word.casefold(): shift for word, shift in shifts.items()},
            frozenset(word.casefold() for word in date_words.DAY_SHIFTS_BEFORE_EVENT.get(language, ())))


_PUNCTUATION_AFTER = regex.compile(r"\s*[,.;:]")


def _shifted_after(text: str, language: str, earlier: Callable[[], DateValue | None]) -> list[DateMention]:
    """A day shift in a sentence with no date of its own, counted from the date the
    sentence before ends on: "The talks began on 12 September. The following day, the
    delegations signed a draft" is the 13th. A shift that takes an event after it ("The
    day after the vote, …") counts from that event, not from the sentence before: read
    only before a comma or a word that points back ("the day after that")."""
    found = _day_shift_words(language)
    if found is None:
        return []
    pattern, shifts, before_event = found
    match = pattern.search(text)
    if match is None:
        return []
    phrase = " ".join(match.group().casefold().split())
    if phrase in before_event and not (_PUNCTUATION_AFTER.match(text, match.end())
                                       or _points_back(text, match.end(), language)):
        return []
    value = earlier()
    shifted = _shift(value, shifts.get(phrase, 0)) if value is not None and phrase in shifts else None
    return [_mention(text, match.start(), match.end(), shifted, True)] if shifted is not None else []


_NEXT_WORD = regex.compile(r"[^\S\n]+([\p{L}\p{M}]+)")


def _weekdays_joined(text: str, mentions: list[DateMention], lex: Lexicon) -> list[DateMention]:
    """A weekday joined by an "and" written on it to the weekday read before it, as
    Hebrew and Arabic write a second day ("ביום שני ושלישי", "يومي الاثنين والثلاثاء":
    on Monday and Tuesday), its name bare of the word for "day": the day of that weekday
    on or after the first's, in the week it names."""
    bare = _bare_weekdays(lex.language)
    found = []
    for mention in mentions:
        value = mention.value
        if not mention.relative or value.weekday is None or value.iso is None:
            continue
        after = _NEXT_WORD.match(text, mention.end)
        if after is None:
            continue
        word = fold(after.group(1))
        for conjunction in lex.glued_ands:
            weekday = bare.get(word[len(conjunction):]) if word.startswith(conjunction) else None
            if weekday is not None and weekday != value.weekday:
                first = dt.date(value.year, value.month, value.day)  # type: ignore[arg-type]
                day = _moved(first, (weekday - value.weekday) % 7)
                if day is not None:
                    found.append(_mention(text, after.start(1), after.end(1), _full(day), True))
                break
    return found


@lru_cache(maxsize=16)
def _bare_weekdays(language: str) -> dict[str, int]:
    """The folded wide weekday names of CLDR, each without the word for "day" where every
    name has it (Hebrew "יום שני" is "שני"), to ISO weekdays."""
    from babel.dates import get_day_names

    loc = cldr.locale(language)
    if loc is None:
        return {}
    names = {name: number + 1 for number, name in get_day_names("wide", locale=loc).items()}
    firsts = {name.split()[0] for name in names if " " in name}
    shared = firsts.pop() if len(firsts) == 1 and all(" " in name for name in names) else None
    return {fold(name.split(" ", 1)[1] if shared else name): number for name, number in names.items()}


def _written_alone(text: str, lex: Lexicon, published: dt.date | None,
                   found: list[DateMention]) -> list[DateMention]:
    """An ordinal day and a part of a month, which need no other part of a date: read
    where the grammar's items hold none too (a month without a number)."""
    if published is None or (lex.language not in date_words.MONTH_PARTS
                             and lex.language not in date_words.DAY_ORDINAL_ALONE
                             and lex.language not in date_words.SPELT_ORDINAL_DAYS):
        return []
    days = _ordinal_days_alone(text, lex.language, published, found)
    days += _spelt_days(text, lex, published, found + days)
    return days + _parts_of_months(text, lex, published, found + days)


_ALEF = regex.compile("[اأإآ]")


@lru_cache(maxsize=16)
def _spelt_day_pattern(language: str) -> regex.Pattern | None:
    """Days of the month spelt as ordinals, then "of" and a word for the month
    (:data:`~checker.facts.date_words.SPELT_ORDINAL_DAYS`), each day a named group
    ``d1`` to ``d31``; an alef matches with or without its hamza or madda."""
    words = date_words.SPELT_ORDINAL_DAYS.get(language)
    if words is None:
        return None
    from num2words import num2words  # type: ignore[import-untyped]

    article, conjunction, of, (nominative, oblique) = words

    def spelt(*parts: str) -> str:
        return r"\s+".join(_ALEF.sub("[اأإآ]", regex.escape(part)) for part in " ".join(parts).split())

    ordinals = {n: article + num2words(n, lang=language, to="ordinal") for n in range(1, 20)}
    tens = {n: article + num2words(n, lang=language).removesuffix(nominative) + oblique for n in (20, 30)}
    days = {n: spelt(word) for n, word in {**ordinals, **tens}.items()}
    unit_of_eleven = ordinals[11].split()[0]  # "الحادي", the one of "the twenty-first"
    for n in [*range(21, 30), 31]:
        unit = unit_of_eleven if n % 10 == 1 else ordinals[n % 10]
        days[n] = rf"{spelt(unit)}\s+{regex.escape(conjunction)}\s?{spelt(tens[n - n % 10])}"
    alternatives = "|".join(f"(?P<d{n}>{days[n]})" for n in sorted(days, key=lambda n: -len(days[n])))
    return regex.compile(rf"(?<!\w)(?:{alternatives})\s+{regex.escape(of)}\s+(?P<month>\w+)"
                         rf"(?:\s+(?P<year>\d{{4}})(?!\d))?")


def _spelt_days(text: str, lex: Lexicon, published: dt.date, found: list[DateMention]) -> list[DateMention]:
    """Days of the month spelt as ordinals before "of" and a month ("في الثالث من أغسطس",
    "الخامس عشر من سبتمبر 2023"): with the year after the month, or else in the year that
    puts the day nearest the publication, a coming one in a clause about the future."""
    pattern = _spelt_day_pattern(lex.language)
    if pattern is None:
        return []
    taken = Covered((m.start, m.end) for m in found)
    days = []
    for m in pattern.finditer(text):
        word = m["month"]
        if taken.holds(m.start()):
            continue
        day = next(int(name[1:]) for name, value in m.groupdict().items() if value and name[1:].isdigit())
        if lex.chunk_codes[word] != "M" or (not m["year"] and text.startswith("/", m.end("month"))):
            # a month of two words ("الأول من تشرين الأول 2022") or two names of it ("الأول من
            # أكتوبر/تشرين الأول 2022"): read as the grammar reads the day in figures before them
            read = _read_after_day(text, m.start("month"), day, lex.language, published)
            if read is not None:
                days.append(_mention(text, m.start(), read[0], read[1]))
            continue
        month = lex.token_values[word]
        if not 1 <= month <= 12 or day > _MAX_DAYS[month - 1]:
            continue
        year = int(m["year"]) if m["year"] else _nearest_year(month, day, None, published)
        if year is None:
            continue
        if not m["year"] and dt.date(year, month, day) < published and is_future(text, m.start(), m.end(),
                                                                                lex.language):
            year += 1
        try:
            days.append(_mention(text, m.start(), m.end(), DateValue(year, month, day)))
        except ValueError:
            continue
    return days


_MONTH_REACH = 48  # characters after a spelt day where its month and year may stand


def _read_after_day(text: str, at: int, day: int, language: str, published: dt.date) -> tuple[int, DateValue] | None:
    """The date that ``day`` in figures and the words of ``text`` from ``at`` make, and where
    it ends in ``text``: the month and year a spelt ordinal day is "of"."""
    lead = f"{day} "
    probe = lead + text[at:at + _MONTH_REACH]
    read = next((m for m in find_dates(probe, language, published) if m.start == 0 and m.value.day == day), None)
    return (at + read.end - len(lead), read.value) if read is not None else None


@lru_cache(maxsize=64)
def _ordinal_day_pattern(language: str) -> regex.Pattern | None:
    pattern = date_words.DAY_ORDINAL_ALONE.get(language)
    return regex.compile(pattern) if pattern else None


def _ordinal_days_alone(text: str, language: str, published: dt.date,
                        found: list[DateMention]) -> list[DateMention]:
    """Days of the month written alone as ordinals ("on the 20th", "13-го числа": see
    :data:`~checker.facts.date_words.DAY_ORDINAL_ALONE`): the day nearest the publication
    in its month, the one before or after, a day ahead where the clause speaks of the
    future; outside the dates already found."""
    pattern = _ordinal_day_pattern(primary_language(language))
    if pattern is None:
        return []
    taken = Covered((m.start, m.end) for m in found)
    days = []
    for m in pattern.finditer(text):
        start, end = m.start("day"), m.end()
        day = int(m["day"])
        if not 1 <= day <= 31 or taken.holds(start):
            continue
        near = _nearest_day(day, published)
        if near is not None and near < published and is_future(text, start, end, language):
            near = _nearest_day(day, published, ahead=True)
        if near is not None:
            days.append(_mention(text, start, end, _full(near), True))
    return days


def _parts_of_months(text: str, lex: Lexicon, published: dt.date | None,
                     found: list[DateMention]) -> list[DateMention]:
    """A month named after a word for a part of it, without a year ("in mid-March", "Ende
    Oktober", "в середине марта": :data:`~checker.facts.date_words.MONTH_PARTS`): that
    month, in the year that puts its middle nearest the publication (the next one where
    the clause speaks of the future). With a year the grammar reads it."""
    pattern = _month_part_pattern(lex.language)
    if published is None or pattern is None:
        return []
    taken = Covered((m.start, m.end) for m in found)
    months = []
    for m in pattern.finditer(text):
        start, end = m.span("month")
        word = m["month"]
        if lex.chunk_codes[word] != "M" or taken.holds(start) or _YEAR_AFTER.match(text, end):
            continue
        month = lex.token_values[word]
        if not 1 <= month <= 12:
            continue
        future = is_future(text, start, end, lex.language)
        year = min((published.year - 1, published.year, published.year + 1),
                   key=lambda y: (future and dt.date(y, month, 15) < published,
                                  _distance(dt.date(y, month, 15), published)))
        months.append(_mention(text, start, end, DateValue(year, month), True))
    return months


_YEAR_AFTER = regex.compile(r"[^\S\n]*[.,]?[^\S\n]*\d{4}(?!\d)")


@lru_cache(maxsize=64)
def _month_part_pattern(language: str) -> regex.Pattern | None:
    """A word of :data:`~checker.facts.date_words.MONTH_PARTS`, a hyphen or a space and
    at most one short word ("end of", "a mediados de", "mi-"), then a word: the month's
    place."""
    words = date_words.MONTH_PARTS.get(primary_language(language))
    if not words:
        return None
    part = "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{part})(?:-|[^\S\n]+)(?:\p{{L}}{{1,3}}[^\S\n]+)?"
                         rf"(?P<month>\p{{L}}[\p{{L}}\p{{M}}]*)")


_NIGHT_REACH = 24  # characters before a day where "the night to" may stand


def _nights_before(text: str, mentions: list[DateMention], language: str) -> list[DateMention]:
    """The day before each day that "the night to" names ("в ночь на субботу": Friday
    too), dated by the night's word."""
    nights = date_words.NIGHT_BEFORE.get(primary_language(language))
    if not nights:
        return []
    found = []
    for mention in mentions:
        before = text[max(0, mention.start - _NIGHT_REACH):mention.start]
        words = tuple(fold_words(before))
        for night in nights:
            phrase = fold_phrase(night)
            if words[-len(phrase):] == phrase and before.rstrip().endswith(night.split()[-1]):
                value = _shift(mention.value, -1)
                if value is not None:
                    word = night.split()[0]
                    start = before.casefold().rfind(word) + mention.start - len(before)
                    found.append(replace(mention, start=start, end=start + len(word),
                                         text=text[start:start + len(word)], value=value))
                break
    return found


# A year, month or day in Chinese numerals (二〇二三年, 九月十三日, Japanese 十三日): the run
# before 年, 月 or 日, not after 第 or 初 (第三日, 初三: the nth) or the words for a week.
_HAN_DATE_LANGUAGES = frozenset({"zh", "ja", "yue"})
_HAN_DATE = regex.compile(r"(?<![〇零一二三四五六七八九十两兩百千万萬亿億第初周週期拜])"
                          r"(?P<run>[〇零一二三四五六七八九十]+)(?=(?P<field>[年月日]))")


def _in_digits(text: str) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """``text`` with each date field in Chinese numerals written in digits, and per field
    its span there and in ``text``; None when there is none. A lone 一 before 日 is a
    day only after its month (九月一日; 一日三餐 is "a day")."""
    parts: list[str] = []
    fields: list[tuple[int, int, int, int]] = []
    last, length = 0, 0
    for m in _HAN_DATE.finditer(text):
        run, start = m["run"], m.start()
        if run == "一" and m["field"] == "日" and text[start - 1:start] != "月":
            continue
        value = han_value(run, m["field"] == "年")
        if value is None:
            continue
        digits = str(int(value))
        parts += [text[last:start], digits]
        length += start - last
        fields.append((length, length + len(digits), start, m.end()))
        length += len(digits)
        last = m.end()
    if not fields:
        return None
    return "".join(parts) + text[last:], fields


def _from_digits(text: str, spelt: str, fields: list[tuple[int, int, int, int]], language: str | None,
                 published: dt.date | None) -> list[DateMention]:
    """The dates of ``spelt``, :func:`_in_digits` of ``text``, with their spans in ``text``."""
    def back(pos: int, end: bool) -> int:
        for new_start, new_end, old_start, old_end in reversed(fields):
            if pos >= new_end:
                return pos - new_end + old_end
            if pos > new_start or (pos == new_start and end):
                return old_end if end else old_start
            if pos == new_start:
                return old_start
        return pos

    found = []
    for mention in find_dates(spelt, language, published):
        start, end = back(mention.start, False), back(mention.end, True)
        found.append(replace(mention, start=start, end=end, text=text[start:end]))
    return found


# What makes "13日" a count of days rather than a day of the month: after the day's
# character 間 (for), 目 (the nth), 前 and 後 (ago, later), 余 (some), 以 where it begins
# "since", "after", "before", "within" (以来, 以後, 以前, 以内; not the 以 of "by", "for":
# "法院19日以贪污罪判处", on the 19th the court sentenced him for embezzlement) and Korean
# 간, 째, 동 (동안); before the number 第 and 제 (the nth).
_DAYS_COUNTED = frozenset("間间目前後后余来來ぶ간째동")
_DAYS_SPANNED = ("以来", "以來", "以后", "以後", "以前", "以降", "以内", "以內", "以上", "以下")
_NTH = ("第", "제")
# and the Korean words of a span written apart from its days: "9일 동안" (for nine days), "9일
# 만에" (after nine days), "9일 이내" (within nine days); not "만" alone ("9일 만났다", met on the 9th)
_DAYS_SPANNED_APART = ("동안", "만에", "만이", "만의", "째", "이내", "넘게", "가량")
# And a verb of delay right after the day's character, with no particle between (Japanese
# "2日延期", by two days; "13日に延期" is to the 13th; Korean "2일 연기"), or, in Chinese,
# right before the number ("推迟2日"; "推迟至13日" is to the 13th).
_DELAYED_AFTER = ("延期", "延長", "遅れ", "順延", "延长", "推迟", "推遲", "延后", "延後", "연기", "순연", "연장", "늦춰",
                  "미뤄")
_DELAYED_BEFORE = ("推迟", "推遲", "延期", "延后", "延後", "延长", "延長")
# A day something is put off to, a coming one whatever the verb's tense: "22日に延期した",
# "22일로 연기했다", "推迟至22日".
_SET_DAY_AHEAD = 4  # days ahead a weekday set for something may be; one further is the one just past
_POSSESSIVE = regex.compile(r"['’]s\b")  # "for Monday's attack": the day of another thing, no day set
_MOVED_TO_AFTER = ("に延期", "に順延", "まで延期", "로 연기", "으로 연기", "로 미뤄", "로 순연")
_MOVED_TO_BEFORE = ("推迟至", "推迟到", "推遲至", "延期至", "延期到", "延后至", "延後至")


def _days_alone(text: str, items: Items, lex: Lexicon, published: dt.date,
                found: list[DateMention]) -> list[DateMention]:
    """Days of the month written alone in Chinese, Japanese and Korean ("13日に", "13일"):
    the day of this month, last month or next month nearest the publication, outside the
    dates already found."""
    codes, starts, ends = items.codes, items.starts, items.ends
    taken = Covered((m.start, m.end) for m in found)
    days: list[DateMention] = []
    for i in range(len(codes) - 1):
        if codes[i] != "d" or codes[i + 1] not in "co&" or starts[i + 1] != ends[i]:
            continue
        start, end = starts[i], ends[i + 1]
        if codes[i + 1] != "c":  # "13일에", "17일까지": the particle is no part of the day
            end = starts[i + 1] + 1
        if text[start - 1:start] in _NTH or text[end - 1:end] not in lex.day_suffixes:
            continue
        if text[end:end + 1] in _DAYS_COUNTED or text.startswith(_DAYS_SPANNED, end) or taken.holds(start):
            continue
        if text[end:end + 1] == " " and text.startswith(_DAYS_SPANNED_APART, end + 1):
            continue  # "9일 동안" (for nine days), "9일 만에" (after nine days)
        if text.startswith(_DELAYED_AFTER, end + (text[end:end + 1] == " ")) or text.endswith(_DELAYED_BEFORE, 0, start):
            continue  # "悪天候で2日延期": by two days
        month = _named_before(text, start, date_words.MONTH_OF.get(lex.language, {}))
        if month is not None:  # "上月13日", "지난달 13일": the day of that month
            day = _day_in_month(items.values[i], published, month)
            if day is not None:
                days.append(_mention(text, start, end, _full(day), True))
            continue
        day = _nearest_day(items.values[i], published)
        said = codes[i - 2] if i > 1 and codes[i - 1] == " " else ""
        moved = text.startswith(_MOVED_TO_AFTER, end) or text.endswith(_MOVED_TO_BEFORE, 0, start)
        if day is not None and day < published and (
                said == "X" or moved or said != "L" and is_future(text, start, end, lex.language)):
            day = _nearest_day(items.values[i], published, ahead=True)  # "오는 22일", "22일 예정"
        if day is not None:
            days.append(_mention(text, start, end, _full(day), True))
    return days


def _day_of_weekday(day: int, weekday: int, published: dt.date | None) -> dt.date | None:
    """The date with day of the month ``day`` that falls on ``weekday``, in the month of
    ``published``, the one before or the one after ("quarta-feira (13)"), nearest it;
    None when none does (the day and weekday are then read as they stand)."""
    if published is None:
        return None
    found = _nearest_day(day, published, weekday)
    return found if found is not None and found.isoweekday() == weekday else None


def _nearest_day(day: int, published: dt.date, weekday: int | None = None, ahead: bool = False) -> dt.date | None:
    """The date with day of the month ``day`` nearest ``published`` (:func:`_distance`):
    in its month, the one before or the one after; with ``ahead``, on or after it."""
    candidates = []
    for shift in (-1, 0, 1):
        month = published.month + shift
        year = published.year + (month - 1) // 12
        try:
            candidate = dt.date(year, (month - 1) % 12 + 1, day)
        except ValueError:
            continue
        if (weekday is None or candidate.isoweekday() == weekday) and not (ahead and candidate < published):
            candidates.append(candidate)
    if not candidates:
        return None
    return min(candidates, key=lambda d: _distance(d, published))


class _Match:
    """A grammar match with the spans of its groups read once: ``regex`` looks a group
    name up on every call, and reading a date asks for a dozen."""

    __slots__ = ("groups", "match", "spans")

    def __init__(self, match: regex.Match, groups: Mapping[str, int]) -> None:
        self.spans = match.regs
        self.groups = groups
        self.match = match

    def start(self, name: str | None = None) -> int:
        """Where the match, or its group ``name``, starts; -1 for a group not in it."""
        return self.spans[0 if name is None else self.groups[name]][0]

    def end(self) -> int:
        """Where the match ends."""
        return self.spans[0][1]

    def starts(self, name: str) -> list[int]:
        """Where each capture of a repeated group starts, in order."""
        return self.match.starts(self.groups[name])


def _mention(text: str, start: int, end: int, value: DateValue,
             relative: bool = False) -> DateMention:
    return DateMention(start, end, text[start:end], value, relative)


def _in_a_case(text: str, items: Items, i: int, lex: Lexicon) -> bool:
    """Whether month item ``i`` is written with a case ending on its name (locative "қарашада",
    "noyabrda", "kasımda"), which no month name of the language ends with."""
    word = fold(text[items.starts[i]:items.ends[i]])
    return any(word.endswith(ending) and len(word) > len(ending) + 2
               for ending in date_words.MONTH_IN_ITS_CASE_FIRST[lex.language])


def _read(match: _Match, text: str, items: Items, lex: Lexicon,
          published: dt.date | None) -> list[DateMention]:
    """The mention(s) one grammar match stands for (none if its fields make no day)."""
    start, end = items.starts[match.start()], items.ends[match.end() - 1]
    if match.start("r") >= 0:
        return _relative_day(match.start("r"), text, items, lex, published)
    if match.start("w") >= 0:
        return _weekday_alone(match, text, items, lex, published)
    if match.start("ad") >= 0:
        return _day_of_a_month(match, text, items, lex, published)
    if match.start("bd") >= 0:
        day, named = items.values[match.start("bd")], items.values[match.start("wa")]
        on_day = _day_of_weekday(day, named, published)
        value = _full(on_day) if on_day is not None else DateValue(day=day, weekday=named)
        return [_mention(text, start, end, value, True)]
    # Days listed after the date, "9月13日、14日" (only in the grammar of languages that
    # write a day's character), or after its first day, "September 13-15" (only in that of
    # languages that write the month first): a weekday after them is not the date's
    listed_after = "dn" in match.groups and match.start("dn") >= 0
    later_days = "dl" in match.groups and match.start("dl") >= 0
    # Days listed before the date's: the weekday before the list is the first day's
    # ("Wednesday 13 and 14 September"), and the date's own is the one right before its
    # day ("Wednesday 13 and Thursday 14 September") or after it.
    listed = match.start("d0") >= 0
    if (lex.language in date_words.MONTH_IN_ITS_CASE_FIRST and match.start("m") >= 0 and match.start("d") >= 0
            and match.start("m") < match.start("d") and _in_a_case(text, items, match.start("m"), lex)):
        return []  # "қарашада 25 пайызға": in November, 25 per cent; the day comes first ("24 қарашада")
    if match.start("m") >= 0 and items.codes[match.start("m")] == "l" and _ordinary(text, items, match.start("m"), lex):
        return []  # "2023 m. kovą su korupcija": in 2023, the fight against corruption
    day_item = match.start("d") if match.start("n1") < 0 else match.start("n1")  # "13.–15.9.2023"
    if day_item < 0:
        day_item = match.start("p1")  # "13.–15. 9."
        if listed and lex.order != "dmy":
            return []  # a range before a day and month in digits is written day first: not "3-1.5."
    weekday = (_weekday_before(items, day_item) if listed else _group_value(match, items, "wa")) or (
        _weekday_after(items, day_item) if listed_after or later_days else _group_value(match, items, "wb"))
    year_weekday = weekday if weekday is not None or not listed else _first_weekday_moved(match, items, day_item)
    fields: tuple[int | None, int, int | None] | None
    if match.start("n1") >= 0:
        fields = _numeric(match, items, lex.order, published)
    elif match.start("p1") >= 0:
        if match.start("D") < 0 and match.start("wa") < 0 and not listed and not _day_dot_month(match, text, items, lex):
            return []
        if _after_article(match, text, items, lex.language):
            return []  # "le 3/4 des électeurs": a fraction
        fields = _day_and_month(match, items, lex.order, published, weekday)
    else:
        fields = _named(match, items, lex, published, year_weekday)
        y = match.start("y")
        if fields is not None and y > match.start("m") >= 0 and (
                _year_of_a_noun(text, items.ends[y], lex.language)
                or _stop_after_full_month(text, items.ends[match.start("m")], items.starts[y], lex.language)):
            # "12. märtsil 2023. aasta tulemused": the year is the results', not the date's;
            # "თბილისი, 14 სექტემბერი. 2022 წლის …": the next sentence's
            year = _nearest_year(fields[1], fields[2], year_weekday, published) \
                if published is not None and fields[2] is not None else None
            fields, end = (year, fields[1], fields[2]), items.ends[match.start("m")]
    if fields is None:
        return []
    if match.start("y") < 0 and 0 <= match.start("m") < match.start("d") and (
            _part_of_month(text, items, match.start("m"), lex.language)
            or _grouped_on(text, items.ends[match.start("d")], lex.language)
            or _counts_a_noun(text, items.starts[match.start("m")], items.ends[match.start("m")],
                              items.ends[match.start("d")], lex.language)):
        return []  # "In mid-March 15 people died", "In May 2,000 people protested": no day
    if (match.start("y") < 0 and match.start("n1") < 0 and fields[0] is not None and fields[2] is not None
            and published is not None and (_ahead(text, start, end, lex.language, published, fields)
                                           or _coming(text, items, lex, match.start(), published, fields))):
        fields = (fields[0] + 1, fields[1], fields[2])  # "將於5月20日就職" in January: this May
    elif (match.start("y") < 0 and match.start("n1") < 0 and fields[0] is not None and fields[2] is not None
          and published is not None and _passed(text, items, lex, match.start(), match.end(), published, fields)):
        fields = (fields[0] - 1, fields[1], fields[2])  # "el pasado 2 de mayo" in January: last May
    found: list[DateMention] = []
    if listed:
        start = items.starts[day_item]
        for i, value in _listed_days(match, items, fields, day_item):
            found.append(_mention(text, items.starts[i], items.ends[i], value))
    if listed_after:
        end, after = _days_after(match, text, items, lex, fields)
        found.extend(after)
    if later_days:
        first_end, later = _days_after_month(match, text, items, lex, fields, published)
        end = min(end, first_end)
        found.extend(later)
    found.append(_mention(text, start, end, DateValue(*fields, weekday=weekday)))
    return found


_GROUPED = regex.compile(r"[,.\u00a0\u202f]\d{3}(?!\d)")
_SPACE_GROUPED = regex.compile(r"[ \u00a0\u202f]\d{3}(?!\d)")


def _grouped_on(text: str, end: int, language: str) -> bool:
    """Whether the digits before ``end`` go on as a figure's thousands ("May 2,000
    people", "maggio 2.000 persone", French "mai 2 000 personnes", where CLDR's group
    mark is a space), and so are no day."""
    if _GROUPED.match(text, end):
        return True
    return _SPACE_GROUPED.match(text, end) is not None and _groups_by_space(primary_language(language))


_WORD_AND_NEXT = regex.compile(r"[^\S\n]+(\p{Ll}+)(?:[^\S\n]+(\p{L}+))?")
_WORD_BEFORE = regex.compile(r"(\p{L}+)[^\S\n]+$")


def _counts_a_noun(text: str, month_start: int, month_end: int, day_end: int, language: str) -> bool:
    """Whether the figure after a month, ending at ``day_end``, counts the plural noun
    after it ("March 15 people joined", "In May 300 workers protested") and so is no day
    (:data:`~checker.facts.date_words.COUNTED_AFTER_MONTH`). After "the" the month and
    day are a date before a noun ("the March 15 elections"), and after a preposition
    that takes a day ("On March 15 police arrested …"); a verb in -s before a
    determiner leaves the date ("March 15 marks the anniversary"), and so does a month
    abbreviated with its dot, which news writes only before a day ("Since Sept. 13 prices
    have climbed")."""
    table = date_words.COUNTED_AFTER_MONTH.get(primary_language(language))
    if table is None or text.startswith(".", month_end):
        return False
    plurals, not_plural, determiners, day_prepositions = table
    after = _WORD_AND_NEXT.match(text, day_end)
    if after is None:
        return False
    word, following = after.group(1), (after.group(2) or "").casefold()
    if word not in plurals and (not word.endswith("s") or word.endswith(("ss", "us", "is")) or word in not_plural):
        return False
    if following in determiners:
        return False
    before = _WORD_BEFORE.search(text, max(0, month_start - 20), month_start)
    if before is None:
        return True
    word = before.group(1).casefold()
    return word not in determiners and word not in day_prepositions


@lru_cache(maxsize=64)
def _groups_by_space(language: str) -> bool:
    from babel.numbers import get_group_symbol

    loc = cldr.locale(language)
    return loc is not None and get_group_symbol(locale=loc).isspace()


def _part_of_month(text: str, items: Items, m: int, language: str) -> bool:
    """Whether the month name at item ``m`` follows a word naming a part of it ("mid-",
    "early", "Mitte", "a mediados de": :data:`~checker.facts.date_words.MONTH_PARTS`)."""
    j = m - 1
    while j >= 0 and (items.codes[j] in " -" or (items.codes[j] == "c" and j < m - 1)):
        j -= 1
    return j >= 0 and fold(text[items.starts[j]:items.ends[j]]) in _month_part_words(language)


@lru_cache(maxsize=64)
def _month_part_words(language: str) -> frozenset[str]:
    return frozenset(fold(word) for word in date_words.MONTH_PARTS.get(primary_language(language), ()))


def _day_of_a_month(match: _Match, text: str, items: Items, lex: Lexicon,
                    published: dt.date | None) -> list[DateMention]:
    """A day of the month written alone after a word for "day" ("no dia 13", "tarehe 13
    mwezi huu"): in the month a phrase after it names, or one named earlier in its
    sentence, or the publication's, the one before or after, nearest it (see
    :data:`~checker.facts.date_words.DAY_OF_MONTH`)."""
    word, i = match.start("dm"), match.start("ad")
    if fold(text[items.starts[word]:items.ends[word]]) not in _day_of_month_words(lex.language):
        return []
    day, start = items.values[i], items.starts[i]
    end = items.ends[i + 1] if i + 1 < len(items.codes) and items.codes[i + 1] == "o" else items.ends[i]
    if not 1 <= day <= 31:
        return []
    if published is None:
        return [_mention(text, start, end, DateValue(day=day), True)]
    shift = _month_after(text, end, lex.language)
    if shift is None and lex.language in date_words.DAY_OF_MONTH_WITH_MONTH:
        return []
    if shift is not None:
        found = _day_in_month(day, published, shift)
        return [_mention(text, start, end, _full(found), True)] if found else []
    month = _month_named_before(items, word)
    if month is not None:
        year = _nearest_year(month, day, None, published)
        return [_mention(text, start, end, DateValue(year, month, day), True)] if year is not None else []
    found = _nearest_day(day, published)
    if found is not None and found < published and is_future(text, start, end, lex.language):
        found = _nearest_day(day, published, ahead=True)
    return [_mention(text, start, end, _full(found), True)] if found else []


@lru_cache(maxsize=64)
def _day_of_month_words(language: str) -> frozenset[str]:
    return frozenset(fold(word) for word in date_words.DAY_OF_MONTH.get(language, ()))


def _month_after(text: str, end: int, language: str) -> int | None:
    """The month a phrase right after a day names from the publication's ("mwezi huu",
    "do mês passado"): 0, -1 or 1; None without one."""
    following = fold_words(text[end:end + 30])
    for phrase, shift in date_words.MONTH_AFTER_DAY.get(language, {}).items():
        words = fold_words(phrase)
        if following[:len(words)] == words:
            return shift
    return None


def _month_named_before(items: Items, i: int) -> int | None:
    """The month of the last month name before item ``i`` in its sentence (not past a
    line's end or a full stop after a word), if one is."""
    for j in range(i - 1, -1, -1):
        code = items.codes[j]
        if code == "M" and 1 <= items.values[j] <= 12:
            return items.values[j]
        if code in "|?" or (code == "." and j > 0 and items.codes[j - 1] not in "dy"):
            return None
    return None


# Days between the publication and a day and month without a year, read the nearer way,
# from which the tense of their clause may move them to the other year (:func:`_ahead`,
# :func:`_passed`); nearer, the reading by distance stands.
_TENSE_MOVES_DAYS = 30


def _ahead(text: str, start: int, end: int, language: str, published: dt.date,
           fields: tuple[int | None, int, int | None]) -> bool:
    """Whether a day and month without a year, read as past, are next year's: a month
    or more before the publication, in a clause about the future ("將於5月20日就職",
    published in January, is this coming May, not the one before)."""
    year, month, day = fields
    assert year is not None and day is not None
    try:
        return (published - dt.date(year, month, day)).days >= _TENSE_MOVES_DAYS and dt.date(year + 1, month, day) > published \
            and is_future(text, start, end, language)
    except ValueError:
        return False  # 29 February


def _modifier_beside(items: Items, first: int, last: int) -> tuple[int, int]:
    """The items of a word right before a date (past a word for "day": "no próximo dia
    20 de maio") and right after it ("le 2 mai dernier"), -1 where there is none."""
    before = first - 2 if first > 1 and items.codes[first - 1] == " " else first - 1
    if before >= 0 and items.codes[before] == "D":
        before = before - 2 if before > 1 and items.codes[before - 1] == " " else before - 1
    after = last + 1 if last < len(items.codes) and items.codes[last:last + 1] == " " else last
    return before, after if after < len(items.codes) else -1


def _passed(text: str, items: Items, lex: Lexicon, first: int, last: int, published: dt.date,
            fields: tuple[int | None, int, int | None]) -> bool:
    """Whether a day and month without a year, read as to come, have a word for "last"
    before or after them ("el pasado 2 de mayo", "lo scorso 2 maggio", "le 2 mai dernier",
    "last May 2", "am vergangenen 2. Mai") or "since" before them ("since Jan. 6"), or,
    a month or more ahead, stand in a clause about the past ("The tanker was seized on
    March 14", published in November: news writes no year in the year of publication):
    then they are the year before's. A day a past verb moves a date to stays to come
    ("The summit was postponed to March 14", :data:`~checker.facts.date_words.MOVED_TO`),
    as does one a clause also tells of as to come ("was due to", "had been scheduled for")
    or in the conditional, of what would be ("naj bi se končalo do 28. novembra", "bi se
    završilo")."""
    year, month, day = fields
    assert year is not None and day is not None
    try:
        ahead = (dt.date(year, month, day) - published).days
    except ValueError:
        return False
    if ahead <= 0:
        return False
    start, end = items.starts[first], items.ends[last - 1]
    return (any(i >= 0 and items.codes[i] == "L" for i in _modifier_beside(items, first, last))
            or since_named(text, start, end, lex.language)
            or (ahead >= _TENSE_MOVES_DAYS and is_past(text, start, end, lex.language)
                and not _range_end(text, start, lex.language)
                and not is_future(text, start, end, lex.language)
                and not is_conditional(text, start, end, lex.language)
                and not is_scheduled(text, start, end, lex.language)
                and not any(_words_before(text, start, lex.language, table) for table in ("MOVED_TO", "FROM_ON",
                                                                                          "UNTIL"))))


@lru_cache(maxsize=64)
def _range_joiners(language: str) -> regex.Pattern:
    from .number_words import TO_WORDS

    words = [*TO_WORDS.get(language, "").split(), *date_words.DAY_JOINERS.get(language, ()),
             *date_words.UNTIL.get(language, ())]
    joined = "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))
    return regex.compile(rf"\d[^\d\n]{{0,16}}?(?:[-–]|(?<![\p{{L}}\p{{M}}])(?:{joined}))[^\S\n]*\Z" if joined
                         else r"\d[^\d\n]{0,16}?[-–][^\S\n]*\Z", regex.IGNORECASE)


def _range_end(text: str, start: int, language: str) -> bool:
    """Whether the date at ``start`` ends a range whose first day is written before it ("from
    September 13 to 14 October"): it goes where that day goes, whatever the tense."""
    return _range_joiners(primary_language(language)).search(text, max(0, start - 40), start) is not None


# A time of day in four figures before a time zone, as wire copy writes it: "Nov. 20 (2100
# GMT)" is 9 p.m., no year 2100.
_ZONE_AFTER = regex.compile(r"\d{4}\s?(?:GMT|UTC|Z\b)")
_ZONE = regex.compile(r"\s?(?:GMT|UTC|Z\b)")


# A bracket that restates the moment in universal time, as the wire writes it in every
# language: "(2110 GMT on Thursday)", "(03:00 UTC Friday)", "(21h10 GMT jeudi)".
_ZONE_BRACKET = regex.compile(r"\(\s*\d{1,2}[:.h]?\d{2}\s?(?:GMT|UTC|Z\b)[^()]{0,40}\)"
                              # and in the time of the readers' own country, as the East Asian press
                              # writes it: "22日（日本時間23日朝）", "22일(한국시간 23일 오전)", "（北京时间23日）"
                              r"|[(（]\s*(?:日本時間|北京时间|北京時間|台北時間|台北时间|한국\s?시간)[^()（）]{0,30}[)）]")
_HOME_ZONES = regex.compile(r"日本時間|北京时间|北京時間|台北時間|台北时间|한국\s?시간")


def _outside_other_zones(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` but those inside a bracket that restates the time in universal time
    or in the readers' own (:data:`_ZONE_BRACKET`): "at 4:10 a.m. on Friday (2110 GMT on
    Thursday)" is one moment, on Friday where it happened, as "22日（日本時間23日朝）" is."""
    brackets = [(m.start(), m.end()) for m in _ZONE_BRACKET.finditer(text)]
    if not brackets:
        return mentions
    return [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in brackets)]


def _times_of_day(text: str, items: Any) -> Any:
    """``items`` with a year before a time zone read as no year (:data:`_ZONE_AFTER`)."""
    codes = list(items.codes)
    for i, code in enumerate(codes):
        if code == "y" and _ZONE.match(text, items.ends[i]):
            codes[i] = "n"
    return replace(items, codes="".join(codes))


_SINCE_REACH = 16  # characters before a date where "since" and an article may stand ("seit dem")


def year_alone(text: str, mention: Any, language: str | None) -> DateMention | None:
    """A figure of four digits that is a year written alone, as a date of that year: no noun
    read with it, after a function word ("opened in 1978", "wurde 1978 eröffnet", "en
    1978"), opening a sentence before one ("1979 wurde die Seilbahn eröffnet"), or
    written as a year is (:func:`written_as_a_year`: "в 1978 году", "im Jahr 1978",
    "1978-ban", "1978'de", "vuonna 1978"). Read only by a rule about a year: beside a day,
    a year alone names too much to tell (and written with its character, :func:`years_marked`)."""
    from ..text.function_words import function_words

    value = mention.value
    figures = _FOUR_FIGURES.match(mention.text)
    if (mention.ordinal or value.min != value.max or value.min is None or value.unit not in (None, "year")
            or figures is None or not _FIRST_YEAR <= value.min <= _LAST_YEAR):
        return None
    function = function_words(primary_language(language)) or frozenset()
    before = words_before(text, mention.start, _YEAR_WORD_REACH)
    after = words_after(text, mention.start + figures.end())
    if not ((before and before[-1] in function)
            or (after and after[0] in function and _opens_a_sentence(text, mention.start))
            or written_as_a_year(text, mention.start, mention.start + figures.end(), language)):
        return None
    return DateMention(mention.start, mention.end, mention.text, DateValue(year=int(value.min)))


def written_as_a_year(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the four figures at ``text[start:end]`` are written as a year is, whatever
    their value: with a word for "year" before or after them ("im Jahr 2016", "2016年", "в
    2016 году", "vuonna 2016"), a word that marks a year (Hungarian "2016-ban", "у 2019
    році", :data:`~checker.facts.date_words.YEAR_BEFORE`, :data:`~checker.facts.date_words.YEAR_AFTER`),
    before a mark ("In 2016, an earthquake...", Turkish "2016'da"), as a fiscal year
    ("2023/24"), or between two function words ("Nel 2016 il sisma"), where a count has
    its noun ("2000 personas")."""
    from ..text.function_words import function_words

    after = text[end:end + _YEAR_WORD_REACH].casefold()
    before = text[max(start - _YEAR_WORD_REACH, 0):start].casefold().rstrip()
    following = after.lstrip()
    if not following or following[0] in _YEAR_MARKS:
        return True
    if (span := _NEXT_YEAR.match(after)) and int(span[1]) == (int(text[start:end]) + 1) % 100:
        return True
    base = primary_language(language) or ""
    for word in cldr.year_words(base):
        attached = len(word) >= 3 or not after[:1].isspace()  # "2016年", not "2016 y"
        if (attached and following.startswith(word)) or before.endswith(word):
            return True
    if any(before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalnum())
           for word in date_words.YEAR_BEFORE.get(base, ())):
        return True
    if any(following.startswith(word) for word in date_words.YEAR_AFTER.get(base, ())):
        return True
    function = function_words(language)
    words_before, words_after = before.split()[-1:], following.split()[:1]
    return bool(function and words_after and words_after[0].strip(_YEAR_MARKS) in function
                and words_before and words_before[0] in function)


_YEAR_MARKS = ",.;:)»”\"'’"
_NEXT_YEAR = regex.compile(r"[-–/](\d\d)(?!\d)")  # the next year's last figures after a year: "2023/24", "2023-24"


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether nothing but a sentence's end, a line's or the text's stands before ``start``."""
    spaced = text[max(start - _YEAR_WORD_REACH, 0):start]
    before = spaced.rstrip()
    return not before or before[-1] in _SENTENCE_ENDS or "\n" in spaced[len(before):]


_SENTENCE_ENDS = ".!?。！？"


def years_marked(text: str, language: str | None) -> list[DateMention]:
    """Years written with the character for "year" and no month after it, in Chinese,
    Japanese and Korean ("1978年に開業した", "1978年开通", "1978년 개통"), as dates of a year."""
    if primary_language(language) not in _YEAR_MARKED:
        return []
    return [DateMention(m.start(), m.end(), m[0], DateValue(year=int(m[1])))
            for m in _YEAR_MARK.finditer(text) if _FIRST_YEAR <= int(m[1]) <= _LAST_YEAR]


_YEAR_MARKED = frozenset({"zh", "yue", "ja", "ko"})
_YEAR_MARK = regex.compile(r"(?<![\d.,])(\d{4})\s?(?:年|년)(?!\s?\d{1,2}\s?(?:月|월))(?!度|代|間|간|째|生|前|후|후에)")


_FIRST_YEAR, _LAST_YEAR = 1000, 2100
_YEAR_WORD_REACH = 16  # characters on either side of a year where its preposition or word for "year" stands


def since_year(text: str, start: int, language: str | None) -> bool:
    """Whether a word that is "since" before a year alone (:data:`~checker.facts.date_words.SINCE_YEAR`)
    stands right before the year at ``start``."""
    words = date_words.SINCE_YEAR.get(primary_language(language) or "")
    if not words:
        return False
    before = _WORD_BEFORE_YEAR.search(text, max(0, start - _SINCE_YEAR_REACH), start)
    return before is not None and before.group(1).casefold() in words


_WORD_BEFORE_YEAR = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}]{1,4})\s+\Z")
_SINCE_YEAR_REACH = 8


def is_day_shift(mention: DateMention, language: str | None) -> bool:
    """Whether ``mention`` is a day told from another date ("the next day", "翌日",
    :data:`~checker.facts.date_words.DAY_SHIFTS`)."""
    found = _day_shift_words(primary_language(language) or "") if mention.relative else None
    return found is not None and found[0].fullmatch(mention.text) is not None


def since_named(text: str, start: int, end: int, language: str | None, starting: bool = False) -> bool:
    """Whether a word for "since" stands right before the date at ``start:end``
    (:func:`_since`), or right after it where the language writes it there (:func:`_since_after`).
    With ``starting``, also a word for "from" before a part of the month (:func:`_from_the_part`):
    "dall'inizio di ottobre", "с начала октября" start a span as "since" does."""
    language = primary_language(language) or ""
    return (_since(text, start, language) or _since_after(text, end, language)
            or (starting and _from_the_part(text, start, language)))


def _from_the_part(text: str, start: int, language: str) -> bool:
    """Whether a word for "from" (:data:`~checker.facts.date_words.SINCE_YEAR`,
    :data:`~checker.facts.date_words.FROM_THE_PART`) stands before a part of the month right
    before ``start`` ("dall'inizio di ottobre", "od początku października")."""
    words = (*date_words.SINCE_YEAR.get(language, ()), *date_words.FROM_THE_PART.get(language, ()))
    before = _before_the_part(text, start, language)
    return bool(words) and before is not None and ends_with(before, folded_phrases(words), skip=1)


def _before_the_part(text: str, start: int, language: str) -> tuple[str, ...] | None:
    """The words before a part of the month that stands right before ``start`` (past the short
    words between, "the beginning of", "principios de", "du mois d'"), or None where none does."""
    parts = _month_part_words(language)
    if not parts:
        return None
    before = words_before(text, start, _PART_REACH)
    for at in range(len(before) - 1, max(-1, len(before) - 1 - _PART_WORDS), -1):
        if before[at] in parts:
            return before[:at] if all(len(word) <= _OF_LETTERS for word in before[at + 1:]) else None
    return None


_PART_REACH = 40  # characters before a month where "since", a part of the month and "of" may stand
_PART_WORDS = 4  # words after the part, "of" and the article, at most ("du mois d'")
_OF_LETTERS = 4


def _since(text: str, start: int, language: str) -> bool:
    """Whether the words before ``start`` end in a word for "since" that only looks
    back, maybe past an article and a part of the month (:data:`~checker.facts.date_words.SINCE`:
    "since Jan. 6", "seit dem 6. Januar", "mula noong", "depuis la mi-octobre"), or, in a
    language written without spaces, its letters do ("自从9月13日")."""
    words = date_words.SINCE.get(language)
    if not words:
        return False
    if language in _UNSPACED_SINCE:
        return text.endswith(words, 0, start)
    if ends_with(words_before(text, start, _SINCE_REACH), folded_phrases(words), skip=2):
        return True
    # and before a part of the month: "since the beginning of October", "desde principios de octubre"
    before = _before_the_part(text, start, language)
    return before is not None and ends_with(before, folded_phrases(words), skip=1)


_UNSPACED_SINCE = frozenset({"zh", "ja", "ko"})
# Letters a postposition's date may carry before it: a case ending, an apostrophe (Turkish "Eylül'den")
_GLUED = regex.compile(r"[\p{L}\p{M}'’.]*")


def _since_after(text: str, end: int, language: str) -> bool:
    """Whether a word for "since" written after its date stands right after ``end``, past
    the letters glued to the date (:data:`~checker.facts.date_words.SINCE_AFTER`: "13
    Eylül'den beri", "9月13日以来", "9월 13일 이래")."""
    words = date_words.SINCE_AFTER.get(language)
    if not words:
        return False
    if language in _UNSPACED_SINCE and language != "ko":
        return text.startswith(words, end)
    return begins_with(words_after(text, _GLUED.match(text, end).end()), folded_phrases(words))


def _coming(text: str, items: Items, lex: Lexicon, first: int, published: dt.date,
            fields: tuple[int | None, int, int | None]) -> bool:
    """Whether a day and month without a year, read as past, follow a word for "the
    coming" (Korean "오는 3월 1일", "no próximo dia 20 de maio"): then they are next
    year's. Not after "this" (Portuguese "neste 7 de setembro") nor a word that is "next"
    only before a weekday."""
    before = _modifier_beside(items, first, first)[0]
    if before < 0 or items.codes[before] != "X" or items.values[before] != 1:
        return False
    if fold(text[items.starts[before]:items.ends[before]]) in lex.bare_next:
        return False
    year, month, day = fields
    assert year is not None and day is not None
    try:
        return dt.date(year, month, day) < published
    except ValueError:
        return False


def _year_of_a_noun(text: str, end: int, language: str) -> bool:
    """Whether the year ending at ``end`` is followed by the genitive of "year" and so
    belongs to the noun after it (Estonian "2023. aasta tulemused", the 2023 results),
    not to the date before it."""
    words = date_words.YEAR_OF_A_NOUN.get(language)
    if not words:
        return False
    after = _WORD_AFTER_YEAR.match(text, end)
    return after is not None and fold(after.group(1)) in words


def _stop_after_full_month(text: str, month_end: int, year_start: int, language: str) -> bool:
    """Whether a full stop right after a month's full name parts it from the year after it,
    ending the sentence of the date ("14 სექტემბერი. 2022 წლის …"); after an
    abbreviation it ends none ("21 févr. 2023")."""
    if not text.startswith(".", month_end) or not text[month_end + 1:year_start].isspace():
        return False
    word = _LETTERS_BEFORE.search(text, max(0, month_end - 40), month_end)
    base = primary_language(language)
    return (word is not None and fold(word.group()) in cldr.month_names(base)
            and fold(word.group()) not in cldr.month_abbreviations(base))


_LETTERS_BEFORE = regex.compile(r"[\p{L}\p{M}]+$")
_WORD_AFTER_YEAR = regex.compile(r"\.?\s+(\p{L}+)(?=\s+\p{Ll})")


def _group_value(match: _Match, items: Items, name: str) -> int | None:
    i = match.start(name)
    return items.values[i] if i >= 0 else None


def _weekday_before(items: Items, i: int) -> int | None:
    """The weekday written right before the day at item ``i``, after a space and maybe a
    comma or a word of the locale's dates ("Thursday 14", "Donnerstag, 14.", "Thursday
    the 14th"), if one is."""
    j = i - 1
    if j >= 0 and items.codes[j] == " ":
        j -= 1
    if j >= 1 and items.codes[j] == "c" and items.codes[j - 1] == " ":
        j -= 2
    if j >= 0 and items.codes[j] == ",":
        j -= 1
    return items.values[j] if j >= 0 and j < i - 1 and items.codes[j] in "WE" else None


def _weekday_after(items: Items, i: int) -> int | None:
    """The weekday written right after the day at item ``i`` and its character or
    ending, alone in brackets or after a space and maybe a comma, if one is: "13日（水）",
    "13일(수)", "13-án, szerdán" (not "13日（水～金）")."""
    codes = items.codes
    j = i + 1
    if codes.startswith("-o", j):
        j += 2
    elif codes.startswith(("c", "o", "."), j):
        j += 1
    if codes.startswith(("pWp", "pEp"), j):
        return items.values[j + 1]
    for gap in (", ", " "):
        if codes.startswith(gap, j) and codes.startswith(("W", "E"), j + len(gap)):
            return items.values[j + len(gap)]
    return None


def _first_weekday_moved(match: _Match, items: Items, day_item: int) -> int | None:
    """The weekday of the last day of a list by the one stated before its first
    ("Wednesday 13 and 14 September": a Thursday), to choose its year by."""
    first = _group_value(match, items, "wa")
    if first is None:
        return None
    return (first - 1 + items.values[day_item] - items.values[match.starts("d0")[0]]) % 7 + 1


def _named(match: _Match, items: Items, lex: Lexicon, published: dt.date | None,
           weekday: int | None) -> tuple[int | None, int, int | None] | None:
    """Year, month, day of a date written with a month name."""
    month = _group_value(match, items, "m")
    day = _group_value(match, items, "d")
    year = _group_value(match, items, "y")
    if year is not None and lex.buddhist and year >= 2400:
        year -= _BUDDHIST_OFFSET
    if year is not None and year < 0:  # "去年9月": the year before the publication's
        year = published.year + year - date_words.RELATIVE_YEAR if published is not None else None
    if month is not None and month > date_words.CALENDAR_STEP:
        return _other_calendar(month, year, day, published)
    if month is None or not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= _MAX_DAYS[month - 1]:
        return None
    if year is None and day is not None and published is not None:
        year = _nearest_year(month, day, weekday, published)
    return _checked(year, month, day)


@dataclass(frozen=True)
class _Calendar:
    """A calendar news dates by, other than the common one."""

    years: tuple[int, int]  # the years a four-digit number may be in it
    to_common: Any  # (year, month, day) → datetime.date; ValueError for a day it lacks
    year_of: Any  # datetime.date → its year in this calendar


def _solar_hijri() -> _Calendar:
    import jdatetime  # type: ignore[import-untyped]

    return _Calendar((1200, 1600),  # 1821 to 2222 in the common era
                     lambda y, m, d: jdatetime.date(y, m, d).togregorian(),
                     lambda day: jdatetime.date.fromgregorian(date=day).year)


_ETHIOPIAN_EPOCH = 1724220  # the day before the Ethiopian year 1 began, as a Julian day number
_JULIAN_DAY_OF_ORDINAL_ZERO = 1721425


def _from_ethiopian(year: int, month: int, day: int) -> dt.date:
    """The common date of an Ethiopian one: twelve months of thirty days and a thirteenth
    of five, six in a year before a leap year of the common calendar (year % 4 == 3)."""
    last = 6 if year % 4 == 3 else 5
    if not (1 <= month <= 13 and 1 <= day <= (30 if month < 13 else last)):
        raise ValueError(f"no day {day} in Ethiopian month {month}")
    julian_day = _ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    return dt.date.fromordinal(julian_day - _JULIAN_DAY_OF_ORDINAL_ZERO)


def _ethiopian_year(day: dt.date) -> int:
    """The Ethiopian year a common date is in: it begins in September, seven or eight
    years after the common one."""
    year = day.year - 7
    return year if day >= _from_ethiopian(year, 1, 1) else year - 1


def _bikram_sambat() -> _Calendar:
    import nepali_datetime  # type: ignore[import-untyped]

    return _Calendar((nepali_datetime.MINYEAR, nepali_datetime.MAXYEAR),  # 1918 to 2044 in the common era
                     lambda y, m, d: nepali_datetime.date(y, m, d).to_datetime_date(),
                     lambda day: nepali_datetime.date.from_datetime_date(day).year)


def _lunar_hijri() -> _Calendar:
    from hijridate import Gregorian, Hijri

    def to_common(year: int, month: int, day: int) -> dt.date:
        found = Hijri(year, month, day).to_gregorian()
        return dt.date(found.year, found.month, found.day)

    return _Calendar((1343, 1500),  # the Umm al-Qura calendar's: 1924 to 2077 in the common era
                     to_common, lambda day: Gregorian(day.year, day.month, day.day).to_hijri().year)


@lru_cache(maxsize=1)
def _calendars() -> dict[int, _Calendar]:
    return {date_words.SOLAR_HIJRI: _solar_hijri(),
            date_words.ETHIOPIAN: _Calendar((1800, 2200), _from_ethiopian, _ethiopian_year),
            date_words.BIKRAM_SAMBAT: _bikram_sambat(),
            date_words.LUNAR_HIJRI: _lunar_hijri()}


def _other_calendar(month: int, year: int | None, day: int | None,
                    published: dt.date | None) -> tuple[int, int, int] | None:
    """A day of another calendar ("۲۲ شهریور ۱۴۰۲", "መስከረም 2 ቀን 2016") in the common one;
    without its year, the one that puts it nearest the publication. A month alone spans
    two common months and gives no date."""
    base = month // date_words.CALENDAR_STEP * date_words.CALENDAR_STEP
    calendar, month = _calendars().get(base), month - base
    if calendar is None or day is None or (year is not None and not calendar.years[0] <= year <= calendar.years[1]):
        return None
    if year is not None:
        years: tuple[int, ...] = (year,)
    elif published is not None:
        now = calendar.year_of(published)
        years = (now - 1, now, now + 1)
    else:
        return None
    found = []
    for candidate in years:
        try:
            found.append(calendar.to_common(candidate, month, day))
        except (ValueError, OverflowError):
            continue
    if not found:
        return None
    first = found[0] if published is None else min(found, key=lambda d: _distance(d, published))
    return first.year, first.month, first.day


def _checked(year: int | None, month: int, day: int | None
             ) -> tuple[int | None, int, int | None] | None:
    if year is not None and day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return year, month, day


def _numeric(match: _Match, items: Items, order: str,
             published: dt.date | None) -> tuple[int, int, int] | None:
    """Year, month, day of an all-numeric date, read in the locale's field order; a
    reading that makes no day gives way to the other day/month order."""
    numbers = [(items.values[i], items.ends[i] - items.starts[i])
               for i in (match.start("n1"), match.start("n2"), match.start("n3"))]
    if numbers[0][1] == 4:
        orders = ["ymd"]
    elif numbers[2][1] == 4 or order != "ymd":
        local = order if order in ("dmy", "mdy") else "dmy"
        orders = [local, "mdy" if local == "dmy" else "dmy"]
    else:
        orders = ["ymd"]
    for reading in orders:
        fields = dict(zip(reading, numbers))
        (year, digits), (month, _), (day, _) = fields["y"], fields["m"], fields["d"]
        if digits not in (2, 4):
            return None
        if digits == 2:
            year = _century(year, published)
        try:
            dt.date(year, month, day)
        except ValueError:
            continue
        return year, month, day
    return None


def _day_and_month(match: _Match, items: Items, order: str, published: dt.date | None,
                   weekday: int | None) -> tuple[int | None, int, int | None] | None:
    """Year, month, day of a day and a month in digits ("ngày 13/9"), in the locale's
    order (or the other, when that makes no day); the year nearest the publication."""
    first, second = items.values[match.start("p1")], items.values[match.start("p2")]
    readings = [(second, first), (first, second)]  # (month, day)
    if order.index("m") < order.index("d"):
        readings.reverse()
    for month, day in readings:
        if 1 <= month <= 12 and 1 <= day <= _MAX_DAYS[month - 1]:
            year = _nearest_year(month, day, weekday, published) if published is not None else None
            return _checked(year, month, day)
    return None


def _century(two_digits: int, published: dt.date | None) -> int:
    """The year a two-digit year stands for: the nearest to publication (ties go back)."""
    if published is None:
        return 2000 + two_digits if two_digits < 70 else 1900 + two_digits
    candidates = [century + two_digits for century in (1900, 2000, 2100)]
    return min(candidates, key=lambda y: (abs(y - published.year), y > published.year))


def _distance(day: dt.date, published: dt.date) -> int:
    """How far a candidate day is from the publication, a day after it counting twice:
    news mostly reports what has happened."""
    delta = (published - day).days
    return delta if delta >= 0 else -2 * delta


def _nearest_year(month: int, day: int, weekday: int | None, published: dt.date) -> int | None:
    """The year that puts day and month nearest the publication, preferring the past
    (news mostly reports what has happened) and a year that fits the stated weekday."""
    best: tuple[bool, int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        rank = (weekday is not None and found.isoweekday() != weekday, _distance(found, published), year)
        best = rank if best is None or rank < best else best
    return best[2] if best is not None else None


def _listed_days(match: _Match, items: Items, fields: tuple[int | None, int, int | None],
                 day_item: int) -> list[tuple[int, DateValue]]:
    """The days before the last of ``13–15 September``, ``13, 14 and 15 September`` or
    ``13.–15.9.2023``, whose day is item ``day_item``, in the month and year of the last:
    (item, day) for each (none when the last date's day is not that item: a numeric date
    read month first), read back from the last day as
    long as each is earlier than the one after it. A day that is not opens no range: in
    "won 3-1 and 14 September" the 1 is no day either. Each day has the weekday written
    before it, the first the one before the list ("Wednesday 13 and Thursday 14
    September")."""
    year, month, day = fields
    written = items.values[day_item]
    if day is None or ((match.start("n1") >= 0 or match.start("p1") >= 0) and day != written):
        return []
    converted = (_group_value(match, items, "m") or 0) > date_words.CALENDAR_STEP  # "۲۰ تا ۲۲ شهریور"
    found: list[tuple[int, DateValue]] = []
    later = written
    listed = match.starts("d0")
    for i in reversed(listed):
        first = items.values[i]
        if not 1 <= first < later:
            if found and _opens_range(items, i):
                found.pop()
            break
        weekday = _group_value(match, items, "wa") if i == listed[0] else _weekday_before(items, i)
        if converted:
            earlier = _moved(dt.date(year, month, day), first - written) if year is not None else None
            if earlier is None:
                break
            found.append((i, DateValue(earlier.year, earlier.month, earlier.day, weekday)))
        else:
            found.append((i, DateValue(year, month, first, weekday)))
        later = first
    return found[::-1]


def _opens_range(items: Items, i: int) -> bool:
    """Whether the listed day at item ``i`` is joined to the next by a dash or tilde
    ("13–14 and 16"), past its own full stop or ending ("13.–14.", "13-го – 14-го")."""
    j = i + 1
    if items.codes.startswith(".", j):
        j += 1
    elif items.codes.startswith("-o", j):
        j += 2
    elif items.codes.startswith("o", j):
        j += 1
    if items.codes.startswith(" ", j):
        j += 1
    return items.codes.startswith(("~", "-"), j)


def _days_after_month(match: _Match, text: str, items: Items, lex: Lexicon,
                      fields: tuple[int | None, int, int | None], published: dt.date | None
                      ) -> tuple[int, list[DateMention]]:
    """Where the first day of a range or list written after its month ends, and the
    later days, in the month and year of the first: "September 13-15" (both ends, as
    "13-15 September"), "September 13, 14 and 15", "szeptember 13–15.", "9月13-15日". Each
    day is later than the one before and a day of that month, or none is read:
    "September 15 and 13", "February 28-31", "September 3, 4 and 1" are no list. Nor is
    one whose last day is a figure of a unit the number reader knows ("September 13 to
    15 percent") or, in Chinese, Japanese and Korean, is written without the day's
    character."""
    d = match.start("d")
    end = items.ends[d]
    later = match.starts("dl")
    last = later[-1]
    year, month, day = fields
    if day is None:
        return end, []
    if lex.day_suffixes:
        if not _day_written(text, items, last, lex):
            return end, []
    elif _counts_a_unit(text, items, last, lex):
        return end, []
    written_month = _group_value(match, items, "m") or 0
    converted = written_month > date_words.CALENDAR_STEP  # Nepali "भदौ २७–२९ गते"
    written = previous = items.values[d]
    # A weekday after the last day is its own only where the first has one too
    # ("13-án, szerdán és 14-én, csütörtökön", not "September 13-15, Wednesday to Friday").
    weekdays_after = _weekday_after(items, d) is not None
    found: list[DateMention] = []
    for i in later:
        weekday = _weekday_after(items, i) if weekdays_after or i != last else None
        next_day = items.values[i]
        if next_day <= previous:
            return end, []
        if converted:  # a day of the written month, counted on from the first day
            moved = _moved(dt.date(year, month, day), next_day - written) if year is not None else None
            if moved is None or _other_calendar(written_month, _group_value(match, items, "y"),
                                                next_day, published) is None:
                return end, []
            value = DateValue(moved.year, moved.month, moved.day, weekday)
        else:
            if next_day > _MAX_DAYS[month - 1] or _checked(year, month, next_day) is None:
                return end, []
            value = DateValue(year, month, next_day, weekday)
        span_end = items.ends[i + 1] if _day_written(text, items, i, lex) else items.ends[i]
        found.append(_mention(text, items.starts[i], span_end, value))
        previous = next_day
    return end, found


def _counts_a_unit(text: str, items: Items, i: int, lex: Lexicon) -> bool:
    """Whether the number at item ``i`` is, to the number reader, a figure of a unit it
    knows ("15 percent", "15 km", "15 million", "14-year-old"); a word of the locale's
    dates after it ("rugsėjo 13–15 d."), a comma or the end of the text is none."""
    j = i + 1
    if j < len(items.codes) and items.codes[j] == " ":
        j += 1
    if j == len(items.codes) or items.codes[j] in "c,|":
        return False
    return counts_a_unit(text[items.starts[i]:], lex.language)


def _days_after(match: _Match, text: str, items: Items, lex: Lexicon,
                fields: tuple[int | None, int, int | None]) -> tuple[int, list[DateMention]]:
    """Where a date followed by more days of its month ends, and those days, in its month
    and year: Chinese, Japanese, Korean "9月13日、14日、15日", "9月13日至15日",
    "9月13日～15日". The date and each day are
    written with the day's character, and each day is later than the one before."""
    first = match.starts("dn")[0] - 1
    while items.codes[first] in ", &~-":
        first -= 1
    end = items.ends[first]
    year, month, day = fields
    d = match.start("d")
    if day is None or month > 12 or not _day_written(text, items, d, lex):
        return end, []
    found: list[DateMention] = []
    for i in match.starts("dn"):
        later = items.values[i]
        if not (day < later <= _MAX_DAYS[month - 1] and _day_written(text, items, i, lex)) \
                or _checked(year, month, later) is None:
            break
        found.append(_mention(text, items.starts[i], items.ends[i + 1],
                              DateValue(year, month, later, _weekday_after(items, i))))
        day = later
    return end, found


def _day_written(text: str, items: Items, i: int, lex: Lexicon) -> bool:
    """Whether the number at item ``i`` has the day's character written right after it
    (alone, or with a particle or a joining word: Korean "15일에", "13일부터")."""
    j = i + 1
    return (j < len(items.codes) and items.codes[j] in "co&" and items.starts[j] == items.ends[i]
            and text[items.starts[j]] in lex.day_suffixes)


def _neighbour(text: str, items: Items, i: int, step: int) -> str:
    """The folded word next to item ``i`` (one space between), or ''."""
    j = i + step
    if 0 <= j < len(items.codes) and items.codes[j] == " ":
        j += step
    if 0 <= j < len(items.codes) and items.codes[j] not in " |.,-/~p?'":
        return fold(text[items.starts[j]:items.ends[j]])
    return ""


def _ordinary(text: str, items: Items, i: int, lex: Lexicon) -> bool:
    """Whether the word at item ``i`` is, in its context, an ordinary word."""
    if not (lex.not_after or lex.not_before or lex.only_after):
        return False
    key = fold(text[items.starts[i]:items.ends[i]])
    before = _neighbour(text, items, i, -1)
    if key in lex.not_after and before in lex.not_after[key]:
        return True
    if key in lex.only_after and before not in lex.only_after[key] \
            and not (i > 1 and items.codes[i - 2] in "XL"):
        return True
    return key in lex.not_before and _neighbour(text, items, i, 1) in lex.not_before[key]


def _counted(text: str, items: Items, i: int, language: str | None = None) -> bool:
    """A weekday word right after a number, or after a number and a short linking word,
    is counted, not a day: "36 de luni", "cinci luni" (Romanian "36 months"; "luni" is also Monday),
    "two Mondays" written "2 Mondays". Not after a score, which counts nothing: "el 3-1
    del domingo" (Sunday's 3-1), "victoria de 2-0 de luni"; nor after a word written on
    the number, a counter that is what it counts (Korean "주택 300채가 화요일 침수됐다": 300
    houses were flooded on Tuesday); nor after a year, which counts no weekdays ("бюджет-2024
    у вівторок": the 2024 budget, on Tuesday); nor after a clock time ("alle 3:42 di martedì")."""
    j = _previous(items, i)
    if j >= 0 and items.codes[j] in "_c" and items.ends[j] - items.starts[j] <= 3:
        if j > 0 and items.codes[j - 1] in "dyn":
            return False
        from ..text.function_words import function_words

        function = function_words(language)
        if items.codes[j] == "_" and function and fold(text[items.starts[j]:items.ends[j]]) not in function:
            return False  # a noun of its own between them: "șapte ore duminică" (seven hours on Sunday)
        j = _previous(items, j)
    if j >= 0 and items.codes[j] == "_" and language:  # a number word: "cinci luni" (five months)
        return fold(text[items.starts[j]:items.ends[j]]) in number_word_folds(primary_language(language) or "")
    return (j >= 0 and items.codes[j] in "dn" and not _score_ends(items, j)
            and not _CLOCK_MINUTES.search(text, max(0, items.starts[j] - 3), items.starts[j]))


# The hour and its colon before a number: the number is a clock time's minutes, which count
# no weekdays ("alle 3:42 di martedì notte", at 3:42 on Tuesday night).
_CLOCK_MINUTES = regex.compile(r"\d[:h]\Z")


def _score_ends(items: Items, j: int) -> bool:
    """Whether the number at item ``j`` ends a score ("3-1", "0-2", "1–1", Portuguese "2 a
    1"): two numbers joined by a hyphen, a dash or a short word, the first none or not
    less than the second, as no range of a count is ("2-3 Mondays", "de 2 a 5 domingos")."""
    codes = items.codes
    if j < 2 or codes[j] != "d":
        return False
    first = j - 2 if codes[j - 1] in "-~" else -1
    if (first < 0 and j >= 4 and codes[j - 3:j] in (" _ ", " & ")
            and items.ends[j - 2] - items.starts[j - 2] <= _SCORE_JOINER):
        first = j - 4
    return first >= 0 and codes[first] == "d" and (items.values[first] == 0 or items.values[first] >= items.values[j])


_SCORE_JOINER = 2  # letters of a word between the two numbers of a score ("a", "à")


def _previous(items: Items, i: int) -> int:
    """The item before ``i`` across one space; -1 when it is not a word or number."""
    j = i - 1
    if j >= 0 and items.codes[j] == " ":
        j -= 1
    return j if j >= 0 and items.codes[j] not in " |.,-/~p?'" else -1


def _relative_day(i: int, text: str, items: Items, lex: Lexicon,
                  published: dt.date | None) -> list[DateMention]:
    if published is None or _ordinary(text, items, i, lex) or _day_of_a_genitive(text, items, i, lex.language):
        return []
    offset: int | None = items.values[i]
    if offset == date_words.BY_TENSE:
        j = i + 2 if items.codes[i + 1:i + 2] == " " else i + 1
        if lex.language in date_words.TOTAL_BEFORE_NUMBER and items.codes[j:j + 1] in ("d", "y", "n"):
            return []  # Urdu "کل 500 افراد": a total, not a day
        offset = _by_tense(text, items.starts[i], items.ends[i], lex.language)
    elif offset == date_words.BY_TENSE_TWO:  # Bengali "পরশু"
        sign = _by_tense(text, items.starts[i], items.ends[i], lex.language)
        offset = 2 * sign if sign is not None else None
    if offset is None:
        return []
    day = _moved(published, offset)
    return [_mention(text, items.starts[i], items.ends[i], _full(day), True)] if day else []


def _day_of_a_genitive(text: str, items: Items, i: int, language: str) -> bool:
    """Whether the word for today at item ``i`` is "on the day" of the noun in the genitive
    before it (:data:`~checker.facts.date_words.DAY_OF_GENITIVE`: "კენჭისყრის დღეს")."""
    table = date_words.DAY_OF_GENITIVE.get(language)
    if table is None or text[items.starts[i]:items.ends[i]] not in table[0]:
        return False
    before = text[max(0, items.starts[i] - _GENITIVE_REACH):items.starts[i]].split()
    return bool(before) and before[-1].endswith(table[1])


_GENITIVE_REACH = 30  # characters before a day's word where the noun it is the day of stands


def _by_tense(text: str, start: int, end: int, language: str) -> int | None:
    """Yesterday (-1) or tomorrow (1) for a word that is either, by the tense of its
    clause; None when it does not tell."""
    was, will = is_past(text, start, end, language), is_future(text, start, end, language)
    return -1 if was and not will else 1 if will and not was else None


def _weekday_alone(match: _Match, text: str, items: Items, lex: Lexicon,
                   published: dt.date | None) -> list[DateMention]:
    i = match.start("w")
    if _ordinary(text, items, i, lex) or _counted(text, items, i, lex.language):
        return []
    if items.codes[i] == "E" and not _short_weekday(text, items, i, lex):
        return []
    if text[items.starts[i]:items.ends[i]].casefold() in lex.weekday_plurals or (
            match.start("wd") < 0 and _words_before(text, items.starts[i], lex.language, "EVERY")):
        return []  # "closed on Mondays", "fermé les lundis", "every Monday": every such day, no one day
    if match.start("wd") < 0 and fold(text[items.starts[i]:items.ends[i]]) in _week_forms(lex.language):
        return []  # "пре две недеље": two weeks ago, no Sunday
    weekday = items.values[i]
    start, end = items.starts[match.start()], items.ends[match.end() - 1]
    wd = match.start("wd")
    if wd >= 0:  # a day of the month after the weekday: "el jueves 21"
        end = items.ends[match.start("wdp") - 1]
        day = _day_of_weekday(items.values[wd], weekday, published) if _day_ends(text, items, wd, lex) else None
        if day is not None:
            return [_mention(text, start, items.ends[match.end() - 1], _full(day), True)]
    if lex.language in TWO_CHARACTER_WEEKDAYS and _HAN_COUNTED.match(text, end):
        return []  # "每周五天": five days a week, not Friday
    if published is None:
        return [_mention(text, start, end, DateValue(weekday=weekday), True)]
    named = _relative_before(items, i, published)
    if named is not None and named.isoweekday() == weekday:  # "غدا الجمعة", "ayer, miércoles": that day
        return [_mention(text, start, end, _full(named), True)]
    week = _named_before(text, start, date_words.WEEK_OF.get(lex.language, {}))
    if week is None:  # "Wednesday last week", "woensdag vorige week", "Rabu pekan lalu"
        week = _week_after(text, items.ends[i], lex.language)
    if week is not None:  # "上周三", "来週の月曜日", "지난주 수요일": that week's day
        monday = _moved(published, 1 - published.isoweekday())
        day = _moved(monday, 7 * week + weekday - 1) if monday else None
        return [_mention(text, start, end, _full(day), True)] if day else []
    modifier = _group_value(match, items, "x") or 0
    x = match.start("x")
    if x >= 0 and fold(text[items.starts[x]:items.ends[x]]) in lex.bare_next and (
            fold(text[items.starts[i]:items.ends[i]]) not in lex.weekdays_wide
            or is_past(text, start, end, lex.language)):
        modifier = 0  # "på tisdagen", "Riksdagen röstade på onsdag": the day told of, not the next
    if modifier == 0 and _last_by_genitive(text, start, end, lex):
        modifier = -1  # "i torsdags": last Thursday
    if modifier == date_words.THIS_WEEK:  # "nesta sexta-feira": the nearer, before or after
        ahead = (weekday - published.isoweekday()) % 7
        near = ahead <= 3 or is_future(text, start, end, lex.language)  # "akan diadakan Isnin ini"
        day = _moved(published, ahead if near else ahead - 7)
    elif modifier > 0:
        day = _moved(published, (weekday - published.isoweekday()) % 7 or 7)
    elif modifier == 0 and not _words_before(text, start, lex.language, "MOVED_TO") and (
            (_words_before(text, start, lex.language, "SET_FOR") and not _POSSESSIVE.match(text, end))
            or _declared_as(text, start, end, lex.language)
            or _set_after(text, end, lex.language)):
        # "declared a day of mourning for Wednesday", "Среда объявлена днем траура": the day set, the
        # nearer such day, a coming one or one just past where the report came after it
        ahead = (weekday - published.isoweekday()) % 7
        day = _moved(published, ahead if ahead <= _SET_DAY_AHEAD else ahead - 7)
    elif modifier == 0 and (_words_before(text, start, lex.language, "MOVED_TO")
                            or ((_words_before(text, start, lex.language, "FROM_ON")
                                 or ((_words_before(text, start, lex.language, "UNTIL")
                                      or _until_after(text, start, end, lex.language))
                                     and lasts(text, start, end, lex.language)))
                                and not is_past(text, start, end, lex.language))):
        # "ab Montag gilt", "by Friday", "was moved to Monday", "remains in force until Sunday": the coming one
        day = _moved(published, (weekday - published.isoweekday()) % 7)
    elif modifier == 0 and (told := _ahead_by_tense(text, start, end, lex.language)) is not False:
        if told is None:
            return []  # a headline's present, "Voters go to the polls on Sunday": either Sunday
        # "The leaders will meet on Friday", "The summit opens on Tuesday": the next
        # Friday, or the day of publication.
        day = _moved(published, (weekday - published.isoweekday()) % 7)
    else:
        back = (published.isoweekday() - weekday) % 7
        day = _moved(published, -(back or (7 if modifier < 0 else 0)))
    return [_mention(text, start, end, _full(day), True)] if day else []


_SHORT_WEEKDAY = 4  # letters of the shortest abbreviated weekday read beside "last" or "next" alone
_SHORT_WEEKDAY_WORD = 5  # letters from which one before a full stop is a word, no abbreviation ("sexta.")


def _short_weekday(text: str, items: Items, i: int, lex: Lexicon) -> bool:
    """Whether the abbreviated weekday at item ``i``, beside "last" or "next", is a word of
    its own and a day: CLDR's Portuguese "sexta", "segunda" ("na sexta passada", "nesta
    segunda, o presidente"), not a dotted "sex." nor "Sat", and not the ordinal it is too,
    before the noun it numbers ("nesta segunda fase": in this second stage); after it stands
    no word in lower case but a function word."""
    from ..text.function_words import function_words

    length = items.ends[i] - items.starts[i]
    if length < _SHORT_WEEKDAY or (text.startswith(".", items.ends[i]) and length < _SHORT_WEEKDAY_WORD):
        return False  # "sex.", "Sat." (a full short name before a full stop is one: "nesta sexta.")
    after = _WORD_AFTER.match(text, items.ends[i])
    if after is None or not after.group(1).islower():
        return True
    words = function_words(lex.language)
    return items.codes[min(i + 2, len(items.codes) - 1)] in "XL" or (
        words is not None and fold(after.group(1)) in words)


def _words_before(text: str, start: int, language: str, table: str) -> bool:
    """Whether words of ``language`` in the table named ``table`` stand right before
    ``start`` (a weekday): :data:`~checker.facts.date_words.FROM_ON` ("ab Montag", "à partir
    de lundi", "by Friday"), :data:`~checker.facts.date_words.MOVED_TO` ("moved to Monday"),
    :data:`~checker.facts.date_words.EVERY` ("every Monday")."""
    words = _folded_phrases(primary_language(language), table)
    if not words:
        return False
    before = " ".join(fold_words(text[max(0, start - 32):start])[-4:])
    if table == "MOVED_TO" and before.rpartition(" ")[2] in _last_words(words) \
            and _moved_past_its_object(text, start, words):
        return True
    if table == "MOVED_TO" and any(before == night or before.endswith(" " + night)
                                   for night in _folded_phrases(primary_language(language), "NIGHT_BEFORE")):
        return False  # "in der Nacht auf Dienstag" (the night to Tuesday) moves nothing to it
    if table == "MOVED_TO" and _after_a_weekday(before, language):
        return False  # "von Sonntag auf Montag" (from Sunday to Monday) is a span of two days
    return any(before == word or before.endswith(" " + word) for word in words)


@lru_cache(maxsize=64)
def _last_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(phrase.rpartition(" ")[2] for phrase in phrases if " " in phrase)


def _moved_past_its_object(text: str, start: int, phrases: tuple[str, ...]) -> bool:
    """Whether a verb of moving and its preposition (:data:`~checker.facts.date_words.MOVED_TO`)
    stand before ``start`` with the verb's object between them ("postponed the hearing until
    Friday", "a reporté le vote à lundi"), in the clause."""
    before = fold_words(_CLAUSE_MARK.split(text[max(0, start - 80):start])[-1])[-(_MOVED_OBJECT + 3):]
    for phrase in phrases:
        words = phrase.split()
        if len(words) < 2 or len(before) < len(words) + 1 or before[-1] != words[-1]:
            continue
        verb = words[:-1]
        if any(before[i:i + len(verb)] == verb for i in range(max(0, len(before) - 1 - len(verb) - _MOVED_OBJECT),
                                                             len(before) - 1 - len(verb))):
            return True
    return False


_MOVED_OBJECT = 3  # words of the object between a verb of moving and its preposition ("the hearing")


def a_day_lasted_to(text: str, start: int, language: str | None) -> bool:
    """Whether the date at ``start`` is one something lasts until or is moved to: "until
    Sunday", "bis Sonntag", "postponed to Friday" (:data:`~checker.facts.date_words.UNTIL`,
    :data:`~checker.facts.date_words.MOVED_TO`)."""
    return language is not None and (_words_before(text, start, language, "UNTIL")
                                     or _words_before(text, start, language, "MOVED_TO"))


def _after_a_weekday(before: str, language: str) -> bool:
    """Whether the folded words ``before`` a weekday end in another weekday and one word,
    the second day of a span ("von Sonntag auf Montag", "van zondag naar maandag")."""
    words = before.split()
    return len(words) >= 2 and words[-2] in cldr.weekday_names(primary_language(language))


def _declared_as(text: str, start: int, end: int, language: str) -> bool:
    """Whether the date at ``start:end`` is the object of a verb of declaring in its clause, the
    day declared (:data:`~checker.facts.date_words.DECLARED_AS`: "declared Thursday a day of
    national mourning", "cuma gününü ulusal yas günü ilan etti")."""
    verbs = _folded_phrases(language, "DECLARED_AS")
    if not verbs:
        return False
    reach = date_words.DECLARED_REACH
    after = fold_words(_CLAUSE_MARK.split(text[end:end + 160].lstrip(" ,"))[0])[:reach]  # "Thursday, Nov. 20, a day"
    opens = _folded_phrases(language, "DECLARED_AS_OPENS")
    if not after or (opens and after[0] not in opens):
        return False
    if not any(_run_in(after, tuple(phrase.split())) for phrase in _folded_phrases(language, "DECLARED_AS_DAY")):
        return False  # (most weekdays: no word for "day" after them)
    before = fold_words(_CLAUSE_MARK.split(text[max(0, start - 160):start])[-1])[-reach:]
    return any(_run_in(before, tuple(verb.split())) or _run_in(after, tuple(verb.split())) for verb in verbs)


def _run_in(words: list[str], run: tuple[str, ...]) -> bool:
    """Whether ``run`` stands in ``words`` word after word, each of its words the beginning of one
    there, or the word itself where it is of _DECLARED_STEM letters or fewer ("օր", day)."""
    def begins(word: str, part: str) -> bool:
        return word == part or (len(part) > _DECLARED_STEM and word.startswith(part))

    return any(all(begins(words[i + k], part) for k, part in enumerate(run)) for i in range(len(words) - len(run) + 1))


_DECLARED_STEM = 3  # letters of a word of a verb of declaring or of "day" read only as written


def _set_after(text: str, end: int, language: str) -> bool:
    """Whether the passive of declaring follows the weekday ending at ``end``, past its article
    or the province it holds at most (:data:`~checker.facts.date_words.SET_AFTER`: "Среда
    объявлена днем траура", the day declared)."""
    phrases = [tuple(phrase.split()) for phrase in _folded_phrases(language, "SET_AFTER")]
    if not phrases:
        return False
    after = tuple(fold_words(text[end:end + 64])[:date_words.SET_AFTER_REACH + 2])
    return any(after[i:i + len(phrase)] == phrase for phrase in phrases for i in range(date_words.SET_AFTER_REACH))


def _until_after(text: str, start: int, end: int, language: str) -> bool:
    """Whether a word for "until" written after its noun stands right after the weekday
    at ``start:end`` (:data:`~checker.facts.date_words.UNTIL_AFTER`: Turkish "pazar
    gününe kadar", Hindi "रविवार तक"), or as a case ending on it
    (:data:`~checker.facts.date_words.UNTIL_ENDINGS`: Hungarian "vasárnapig")."""
    endings = date_words.UNTIL_ENDINGS.get(language)
    if endings and fold(text[start:end]).endswith(endings):
        return True
    words = _folded_phrases(language, "UNTIL_AFTER")
    return bool(words) and not set(words).isdisjoint(
        fold_words(text[end:end + 32])[:date_words.UNTIL_AFTER_REACH])


@lru_cache(maxsize=64)
def _week_forms(language: str) -> frozenset[str]:
    return frozenset(fold(word) for word in date_words.WEEK_FORMS.get(primary_language(language) or "", ()))


@lru_cache(maxsize=128)
def _folded_phrases(language: str, table: str) -> tuple[str, ...]:
    return tuple(" ".join(fold_words(word)) for word in getattr(date_words, table).get(language, ()))


def _relative_before(items: Items, i: int, published: dt.date) -> dt.date | None:
    """The day a word like "yesterday" or "tomorrow" right before the item ``i`` names (a
    space or a comma between), or None."""
    j = i - 1
    while j >= 0 and items.codes[j] in " ," and i - j <= 2:
        j -= 1
    if j < 0 or items.codes[j] != "R" or items.values[j] in (date_words.BY_TENSE, date_words.BY_TENSE_TWO):
        return None
    return _moved(published, items.values[j])


_JOINED_NUMBER = regex.compile(r" ?& ?[dyn]")
_WORD_AFTER = regex.compile(r"\.?[^\S\n]+([\p{L}\p{M}]+)")


def _day_ends(text: str, items: Items, wd: int, lex: Lexicon) -> bool:
    """Whether the number at item ``wd`` after a weekday ends the date: nothing but
    punctuation or a function word of the language after it ("el jueves 21 en Madrid",
    "le jeudi 21."), not a noun it counts ("on Thursday 21 people died") nor a word that
    joins it to another number."""
    from ..text.function_words import function_words

    clock = _clock_words(lex.language)
    j = wd
    if wd + 1 < len(items.codes) and items.codes[wd + 1] == "o":
        j = wd + 1
        if fold(text[items.starts[j]:items.ends[j]]) in clock:
            return False  # "samedi 16h": an hour
    if _JOINED_NUMBER.match(items.codes, j + 1) or _counts_a_unit(text, items, wd, lex):
        return False  # "Wednesday 13 and 14 ministers": a list that no month ends; "domingo 17 horas"
    after = _WORD_AFTER.match(text, items.ends[j])
    if after is None:
        return True
    word = fold(after.group(1))
    words = function_words(lex.language)
    return words is not None and word in words and word not in clock


@lru_cache(maxsize=64)
def _clock_words(language: str) -> frozenset[str]:
    """The words CLDR writes after a number of hours ("16 h", "16h", "7 Std.") and for
    before and after noon ("AM", "PM"), folded: after a weekday's number they make it an
    hour."""
    loc = cldr.locale(language)
    if loc is None:
        return frozenset()
    found: set[str] = set()
    for length in loc._data["unit_patterns"].get("duration-hour", {}).values():
        for plural, pattern in length.items():
            if plural != "per":
                found.update(fold_words(pattern.replace("{0}", " ")))
    for width in ("abbreviated", "narrow", "wide"):
        periods = loc.day_periods.get("format", {}).get(width, {})
        for period in ("am", "pm"):
            # "AM", "PM"; not a letter, "a" of "a. m.", which is also a word ("a las 21:00")
            found.update(word for word in fold_words(periods.get(period, ""))[:1] if len(word) > 1)
    return frozenset(found)


def _day_dot_month(match: _Match, text: str, items: Items, lex: Lexicon) -> bool:
    """Whether a day and a month with full stops and no word before them ("13.9.") are a
    date: where the locale writes the day first and a comma for decimals, the second a
    month, one of them in two digits (not a section, "Kapitel 1.2."), and no word for
    o'clock before them or after (Finnish "klo 13.05.", German "13.05 Uhr")."""
    from babel.numbers import get_decimal_symbol

    from .number_words import CLOCK_AFTER, CLOCK_WORDS

    p1, p2 = match.start("p1"), match.start("p2")
    loc = cldr.locale(lex.language)
    if lex.order != "dmy" or loc is None or get_decimal_symbol(locale=loc) != "," or not 1 <= items.values[p2] <= 12:
        return False
    if items.ends[p1] - items.starts[p1] < 2 and items.ends[p2] - items.starts[p2] < 2:
        return False
    base = primary_language(lex.language)
    before = fold_words(text[max(0, items.starts[p1] - 20):items.starts[p1]])[-1:]
    after = fold_words(text[items.ends[p2]:items.ends[p2] + 12])[:1]
    return not (before and before[0] in CLOCK_WORDS.get(base, "").split()
                or after and after[0] in CLOCK_AFTER.get(base, "").split())


def _after_article(match: _Match, text: str, items: Items, language: str) -> bool:
    """Whether a day and a month in digits after an article before a date
    (:data:`~checker.facts.date_words.DATE_ARTICLES`) are a fraction before "of" ("le 3/4
    des électeurs")."""
    d = match.start("D")
    if d < 0 or items.codes[d] != "T":
        return False
    following = fold_words(text[items.ends[match.start("p2")]:items.ends[match.start("p2")] + 12])[:1]
    return bool(following) and following[0] in {fold(word) for word in date_words.FRACTION_OF.get(language, ())}


def _ahead_by_tense(text: str, start: int, end: int, language: str) -> bool | None:
    """Whether the clause of a weekday alone speaks of what is to come, by a future or a
    present that schedules; None for such a present in a headline, which may tell the
    past as well. A present after "since" tells what has lasted from a day past ("Seit
    Montag werden drei Bergsteiger vermisst": missing since Monday), no day to come."""
    if is_future(text, start, end, language):
        return True
    return False if since_named(text, start, end, language) else is_scheduled(text, start, end, language)


_SPACE_THEN_WORD = regex.compile(r"[^\S\n]+\p{L}")


def _week_after(text: str, end: int, language: str) -> int | None:
    """The calendar week a phrase right after a weekday names
    (:data:`~checker.facts.date_words.WEEK_AFTER`): -1 the last, 0 this, 1 the next."""
    phrases = date_words.WEEK_AFTER.get(language)
    if not phrases or not _SPACE_THEN_WORD.match(text, end):  # "on Wednesday, next week …": another clause's
        return None
    following = fold_words(text[end:end + 40])
    for phrase, week in phrases.items():
        words = fold_words(phrase)
        if following[:len(words)] == words:
            return week
    return None


def _named_before(text: str, start: int, words: dict[str, int]) -> int | None:
    """The month or week a word of ``words`` right before ``start`` names
    (:data:`~checker.facts.date_words.MONTH_OF` before a day of the month,
    :data:`~checker.facts.date_words.WEEK_OF` before a weekday): -1 the last, 0 this,
    1 the next; None without one (the longest word written there wins)."""
    before = text[max(0, start - 20):start].rstrip(" ").casefold()
    found = [word for word in words if before.endswith(word)]
    return words[max(found, key=len)] if found else None


def _day_in_month(day: int, published: dt.date, shift: int) -> dt.date | None:
    """Day ``day`` of the month ``shift`` months from the publication's; None when that
    month has no such day."""
    month = published.month + shift
    try:
        return dt.date(published.year + (month - 1) // 12, (month - 1) % 12 + 1, day)
    except ValueError:
        return None


# After 周/週 and a numeral, a counter makes the numeral a count: 周五天, 每周三次.
_HAN_COUNTED = regex.compile("[天日次个個年场場]")


def _last_by_genitive(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the weekday at ``start:end`` is written in the genitive after the word
    that makes it the last one (:data:`date_words.LAST_BY_GENITIVE`)."""
    form = date_words.LAST_BY_GENITIVE.get(lex.language)
    if form is None:
        return False
    before, ending = form
    word = fold(text[start:end])
    return (word.endswith(ending) and word[:-len(ending)] in lex.weekdays_wide
            and fold_words(text[max(0, start - 12):start])[-1:] == [fold(before)])


def _moved(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``, or None past the ends of the calendar."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _full(day: dt.date) -> DateValue:
    return DateValue(day.year, day.month, day.day, day.isoweekday())


def _shifted(shifts: list[tuple[int, int, int]], mentions: list[DateMention], text: str,
             language: str) -> list[DateMention]:
    """"The day after"/"the day before": a day from the nearest date in the sentence.

    "The day after 13 September" is the 14th; but in "on Thursday, a day after the
    leaders met" the date comes first and the phrase dates the event it introduces:
    the day before Thursday."""
    from ..text.sentences import span_index, split_sentences

    before_event = {" ".join(fold_words(p)) for p in date_words.DAY_SHIFTS_BEFORE_EVENT.get(language, ())}
    sentences = split_sentences(text, language)
    if not sentences:
        return []
    found = []
    for start, end, shift in shifts:
        sentence = span_index(sentences, start)
        near = [m for m in mentions if span_index(sentences, m.start) == sentence]
        if not near:
            continue
        anchor = min(near, key=lambda m: min(abs(m.start - end), abs(start - m.end)))
        if anchor.start >= end and _APPOSED.fullmatch(text, end, anchor.start):
            continue  # "The day before, on 12 September, …": the date is the shift's own
        if anchor.end <= start and " ".join(fold_words(text[start:end])) in before_event \
                and not _points_back(text, end, language) and _CLAUSE_GOES_ON.match(text, end):
            shift = -shift  # not at its clause's end: "arrested the captain the day before." is the day before
        value = _shift(anchor.value, shift)
        if value is not None:
            found.append(_mention(text, start, end, value, True))
    return found


_CLAUSE_MARK = regex.compile(r"[,;:.!?()«»\"“”]")
_CLAUSE_GOES_ON = regex.compile(r"[^\S\n]*[\p{L}\p{N}]")  # a word after a day shift: the event it introduces
# A comma and at most a short word (a preposition, an article) between a day shift and a
# date after it: the date names the shifted day ("The day before, on 12 September, …",
# "Il giorno dopo, 14 settembre, …"), or the particle that joins them in Japanese and
# Chinese ("前日の9月11日", "前一天的9月11日").
_APPOSED = regex.compile(r"[^\S\n]*,[^\S\n]*(?:[\p{L}']{1,3}[^\S\n]+)?|[^\S\n]*[の的][^\S\n]*")


def _ahead_of(text: str, mentions: list[DateMention], language: str, published: dt.date) -> list[DateMention]:
    """A weekday read as the last one, after a word that names an event still to come
    (:data:`~checker.facts.date_words.AHEAD_OF`: "ahead of Sunday's election", "de cara a
    las elecciones del domingo"), is the first such day after the other date of its
    sentence ("held a rally on Tuesday ahead of Sunday's election": the Sunday after that
    Tuesday); with no other date it is left unread, the last Sunday or the next."""
    ahead = [m for m in mentions if m.relative and m.value.weekday is not None and m.value.iso is not None
             and m.value.iso <= published.isoformat() and _ahead_word_before(text, m.start, language)]
    if not ahead:
        return mentions
    from ..text.sentences import span_index, split_sentences

    sentences = split_sentences(text, language)
    kept = []
    for mention in mentions:
        if mention not in ahead:
            kept.append(mention)
            continue
        sentence = span_index(sentences, mention.start)
        others = [m for m in mentions if m not in ahead and m.value.iso is not None
                  and span_index(sentences, m.start) == sentence]
        if not others:
            continue
        other = min(others, key=lambda m: abs(m.start - mention.start))
        first = dt.date.fromisoformat(other.value.iso)  # type: ignore[arg-type]
        day = _moved(first, (mention.value.weekday - first.isoweekday()) % 7 or 7)  # type: ignore[operator]
        if day is not None:
            kept.append(_mention(text, mention.start, mention.end, _full(day), True))
    return kept


def _ahead_word_before(text: str, start: int, language: str) -> bool:
    """Whether a word of :data:`~checker.facts.date_words.AHEAD_OF` stands at most
    AHEAD_REACH words before ``start`` in its clause."""
    words = _folded_phrases(language, "AHEAD_OF")
    before = text[max(0, start - 80):start]
    mark = max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0)
    keys = fold_words(before[mark:])
    for phrase in words:
        size = len(phrase.split())
        for i in range(max(0, len(keys) - size - date_words.AHEAD_REACH), len(keys) - size + 1):
            if " ".join(keys[i:i + size]) == phrase:
                return True
    return False


def _points_back(text: str, end: int, language: str) -> bool:
    """Is the word after a day shift "that"/"toga" ("the day after that")?"""
    following = fold_words(text[end:end + 40])
    references = {fold(word) for word in date_words.DAY_SHIFT_BACK_REFERENCES.get(language, ())}
    return bool(following) and following[0] in references


def _shift(value: DateValue, days: int) -> DateValue | None:
    if value.year is not None and value.month is not None and value.day is not None:
        moved = _moved(dt.date(value.year, value.month, value.day), days)
        return _full(moved) if moved else None
    if value.month is not None and value.day is not None:
        moved = dt.date(2000, value.month, value.day) + dt.timedelta(days=days)
        return DateValue(None, moved.month, moved.day)
    if value.weekday is not None:
        return DateValue(weekday=(value.weekday - 1 + days) % 7 + 1)
    return None


_EXPECTED_FORMS = (
    (regex.compile(r"(\d{4})-(\d{2})-(\d{2})"), ("year", "month", "day")),
    (regex.compile(r"--(\d{2})-(\d{2})"), ("month", "day")),
    (regex.compile(r"(\d{4})-(\d{2})"), ("year", "month")),
    (regex.compile(r"(\d{4})"), ("year",)),
)


def parse_expected_date(raw: object) -> DateValue | DateRange:
    """A rule's ``expect`` as a value or range: a date, ``2023-09-13``, ``--09-13``,
    ``2023-09``, ``2023``, an English weekday name, or ``{from: ..., to: ...}``.
    Anything else raises ValueError with a one-line message."""
    if isinstance(raw, DateValue | DateRange):
        return raw
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        return DateValue(raw.year, raw.month, raw.day)
    if isinstance(raw, int) and not isinstance(raw, bool) and 1 <= raw <= 9999:
        return DateValue(year=raw)
    if isinstance(raw, str):
        return _parse_text(raw)
    if isinstance(raw, Mapping):
        return _parse_range(raw)
    raise ValueError(_invalid(raw))


def _invalid(raw: object, why: str = "") -> str:
    shown = repr(raw)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return (f"invalid date {shown}{': ' + why if why else ''}; expected YYYY-MM-DD, "
            f"--MM-DD, YYYY-MM, YYYY, a weekday or {{from: ..., to: ...}}")


def _parse_text(raw: str) -> DateValue:
    text = raw.strip()
    for pattern, names in _EXPECTED_FORMS:
        match = pattern.fullmatch(text)
        if match:
            fields = dict(zip(names, map(int, match.groups())))
            value = DateValue(**fields)
            if not _valid_expected(value):
                raise ValueError(_invalid(raw, "no such day"))
            return value
    weekdays = [name.casefold() for name in _weekday_names()]
    if text.casefold() in weekdays:
        return DateValue(weekday=weekdays.index(text.casefold()) + 1)
    raise ValueError(_invalid(raw))


def _valid_expected(value: DateValue) -> bool:
    if value.year is not None and value.year < 1:
        return False
    if value.month is not None and not 1 <= value.month <= 12:
        return False
    return value.day is None or (value.day >= 1 and _possible(value.year, value.month, value.day, None))


def _parse_range(raw: Mapping) -> DateRange:
    keys = set(raw)
    if not keys or not keys <= {"from", "to"}:
        raise ValueError(_invalid(dict(raw), "a range takes the keys 'from' and 'to'"))
    ends = []
    for side in ("from", "to"):
        if side not in raw or raw[side] is None:
            ends.append(DateValue())
            continue
        value = parse_expected_date(raw[side])
        if not isinstance(value, DateValue) or value.year is None:
            raise ValueError(_invalid(raw[side], f"'{side}' needs a year"))
        ends.append(value)
    if ends[0] == ends[1] == DateValue():
        raise ValueError(_invalid(dict(raw), "a range needs 'from' or 'to'"))
    span = DateRange(ends[0], ends[1])
    low, high = span.bounds()
    if low > high:
        raise ValueError(_invalid(dict(raw), "'from' is after 'to'"))
    return span
