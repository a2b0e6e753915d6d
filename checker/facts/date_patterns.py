"""Per-language date vocabulary from CLDR, and the token grammar that finds dates.

A text is cut into tokens: digit runs, words (single characters in scripts written
without spaces), gaps of white space, and punctuation. Each token, or run of tokens
spelling a multi-word name (``tháng 9``, ``quarta-feira``, Thai ``กันยายน``), becomes one
*item* with a one-character class code, and the date grammar is a regular expression
over the string of codes. Languages differ only in which words get which code — CLDR
month, weekday and era names in every form, the literal words of the locale's own date
patterns (``de``, ``г.``, ``gada``, ``년``), the small tables of :mod:`.date_words` — and
in the order of numeric fields, read from the locale's short date pattern.

Item codes::

    d  1–2 digits        y  4 digits (1000–2999)   n  other digits
    M  month name        m  misspelt month, or abbreviation with a dot (only beside a number)
    a  month abbreviation without its dot (only with a year)
    l  a month in a case that takes no day (Russian "октябре"): only with a year, and no day
    W  weekday (wide or inflected; may stand alone)  E  abbreviated weekday (only with a date)
    R  yesterday/today/tomorrow   A  the day after/before   X  next   L  last
    c  a word of the locale's date patterns   o  letters glued to a number (13th, 1er, 13-го)
    D  a word saying a day of the month follows (Vietnamese ngày, Indonesian tanggal)
    T  an article or preposition before a date, before a day and month with a slash (le 13/09)
    e  an era that counts years (Japanese 令和, Taiwanese 民國): with its number, a y
    &  a word joining two days ("and", "to": 13 i 14. rujna, od 13. do 15., September 13
       to 15; written on the day's character, 13일부터, 13일과; a case ending written on
       the day after a hyphen, szeptember 13-tól 15-ig), or repeated before the second
       (le 13 et le 14, ב-13 וב-14)
    _  any other word    ' '  white space   |  a line break
    . , - / ~ p ?        full stop, comma, hyphen, slash, dash or tilde, bracket, other punctuation

Most sentences handed to the extractor hold no date, and words recur from sentence to
sentence: so the codes of each chunk of text between spaces (``13.``, ``rujna``,
``2023.``) are remembered per language, a text's code string is one join over its
chunks, and a text whose codes hold no number, weekday or relative day is set aside
before anything else is done with it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, count, pairwise
from typing import cast

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from ..text import cldr
from ..text.cldr import locale as cldr_locale
from ..text.fuzzy import best_match, ratio, word_score
from ..text.normalise import ALPHABETS, UNSPACED, fold, script_of
from . import date_words

_LETTER = rf"[[\p{{L}}\p{{M}}]--[{UNSPACED}]]"
# Every character of a text falls in one token: a digit run, a word (joiners, ZWNJ and
# ZWJ, belong to the word they sit in, as does an apostrophe between Cyrillic letters:
# Ukrainian "п'ятниця"), a gap of white space and format characters, or
# one punctuation character. Covering the whole text lets positions be summed from
# token lengths and the code string be built in one pass.
_JOINER = r"(?:[\u200c\u200d]|(?<=\p{Cyrillic})['’](?=\p{Cyrillic}))"
_TOKEN_PARTS = (r"(\p{Nd}+)", rf"([{UNSPACED}]|{_LETTER}+(?:{_JOINER}{_LETTER}+)*)",
                r"([\s\p{Cf}]+)", r"(.)")
_TOKEN = regex.compile("|".join(part[1:-1] for part in _TOKEN_PARTS), flags=regex.V1 | regex.DOTALL)
_TOKEN_KIND = regex.compile("|".join(_TOKEN_PARTS), flags=regex.V1 | regex.DOTALL)
_DIGITS, _WORD, _GAP, _PUNCT = 1, 2, 3, 4
_CONTROL = regex.compile(r"\p{Cf}+")
_PUNCT_CODES = {".": ".", "׳": ".", "॰": ".", ",": ",", "،": ",", "、": ",", "⹁": ",", "՝": ",", "፣": ",", "-": "-",
                "‐": "-", "‑": "-", "־": "-", "/": "/", "–": "~", "—": "~", "~": "~", "〜": "~", "(": "p", ")": "p",
                "'": "'", "’": "'", "‘": "'", "ʼ": "'"}
_SILENT = "0"  # the code of a gap of format characters alone: no item, dropped before the grammar
_GAPS = " |" + _SILENT
_BROKEN = "!"  # marks the codes of a chunk whose edge gap joins the space beside it
_CODE_RANK = {"M": 6, "e": 6, "W": 5, "D": 5, "T": 5, "c": 4, "E": 3, "a": 3, "l": 3, "R": 2, "A": 2, "X": 2, "L": 2, "&": 1}
_WEEKDAY_KEYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
_SCRIPTS = {"Latn", "Cyrl", "Arab", "Hans", "Hant"}
_LETTERS = regex.compile(r"[\p{L}\p{M}]+")
_LETTERS_AT_END = regex.compile(r"[\p{L}\p{M}]+$")
_PATTERN_WORD = regex.compile(rf"[{UNSPACED}]+|[\p{{L}}\p{{M}}]+")
_PATTERN_PART = regex.compile(r"'((?:[^']|'')*)'|(([A-Za-z])\3*)|([^A-Za-z']+)")
_NAME_FIELDS = {"MMM", "MMMM", "LLL", "LLLL", "EEE", "EEEE", "ccc", "cccc"}
_MONTH_CUTOFF = 86.0
_WEEKDAY_CUTOFF = 90.0
_MEMO_LIMIT = 200_000   # tokens remembered per language, and chunks:
_CHUNK_LIMIT = 100_000  # about as much memory as 200,000 tokens
_CHUNK_LONGEST = 64     # longer chunks, sentences of scripts without spaces, do not recur
_RECENT = 16            # readings of such chunks kept while a text is read


@lru_cache(maxsize=4096)
def punct_code(char: str) -> str:
    """The code of one punctuation character (full-width forms read as their ASCII twin)."""
    return _PUNCT_CODES.get(unicodedata.normalize("NFKC", char), "?")


@lru_cache(maxsize=4096)
def _kind(char: str) -> int:
    """Whether a token of :data:`_TOKEN` that starts with ``char`` is digits, a word, a
    gap or punctuation: the kinds start with disjoint sets of characters."""
    return _TOKEN_KIND.match(char).lastindex  # type: ignore[union-attr]


def token_key(kind: int, token: str) -> str:
    """The comparison key of a token: folded word, number value, or punctuation code."""
    if kind == _DIGITS:
        return str(int(token)) if len(token) <= 4 else "n"
    if kind == _WORD:
        return fold(token)
    return punct_code(token)


def _keys(text: str) -> tuple[str, ...]:
    """The token keys of a name or phrase, without trailing full stops (the text's own
    full stop after an abbreviation is read by the grammar, not by the name)."""
    keys = [token_key(m.lastindex, m.group()) for m in _TOKEN_KIND.finditer(text)
            if m.lastindex != _GAP]
    while keys and keys[-1] == ".":
        keys.pop()
    return tuple(keys)


@dataclass(slots=True)
class Items:
    """A text as classified items: the string of their codes (one character each, what
    the grammar reads) and, per item, its span and value."""

    codes: str
    starts: list[int]
    ends: list[int]
    values: list[int]


class _Memo:
    """Readings of spellings (tokens, or the space-separated chunks of texts), kept in
    columns: dicts of one field of the readings each, so that the field for a whole text
    is a single ``map`` over its spellings. A spelling is read on its first lookup; when
    the memo is full it starts afresh, which bounds memory without a cost per lookup."""

    def __init__(self, read: Callable[[str], tuple], width: int, limit: int,
                 longest: int | None = None) -> None:
        self.read = read
        self.limit = limit
        self.longest = longest
        self.size = 0
        self.recent: dict[str, tuple] = {}
        self.columns = [_Column(self, index) for index in range(width)]

    def reading(self, spelling: str) -> tuple:
        """Read ``spelling`` and file it in every column, unless it is longer than
        ``longest``: whole sentences of a script written without spaces do not recur,
        so only the few last such readings are kept, for the other columns of a text."""
        found = self.recent.get(spelling)
        if found is not None:
            return found
        found = self.read(spelling)
        if self.longest is not None and len(spelling) > self.longest:
            if len(self.recent) >= _RECENT:
                self.recent.clear()
            self.recent[spelling] = found
            return found
        if self.size >= self.limit:
            self.size = 0
            for column in self.columns:
                column.clear()
        self.size += 1
        for column in self.columns:
            column[spelling] = found[column.index]
        return found


class _Column(dict):
    """One field of a :class:`_Memo`'s readings: a dict that fills itself on lookup."""

    def __init__(self, memo: _Memo, index: int) -> None:
        super().__init__()
        self.memo = memo
        self.index = index

    def __missing__(self, spelling: str) -> object:
        return self.memo.reading(spelling)[self.index]


@dataclass
class Lexicon:
    """Everything about one language that the grammar needs, built once from CLDR."""

    language: str
    order: str = "mdy"
    flags: frozenset[str] = frozenset()
    buddhist: bool = False
    capitalised: bool = False
    capitalised_weekdays: tuple[str, ...] = ()  # folded weekdays that are other words in lower case
    single: dict[str, tuple[str, int]] = field(default_factory=dict)
    exact: dict[str, tuple[str, int]] = field(default_factory=dict)
    # Months in upper-case Roman numerals ("IX"), as written: read only with a year.
    roman: dict[str, int] = field(default_factory=dict)
    clashes: set[str] = field(default_factory=set)
    spellings: dict[str, set[str]] = field(default_factory=dict)
    multi: dict[str, list[tuple[tuple[str, ...], str, int]]] = field(default_factory=dict)
    months_wide: dict[str, int] = field(default_factory=dict)
    weekdays_wide: dict[str, int] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)
    suffixes: set[str] = field(default_factory=set)
    not_after: dict[str, frozenset[str]] = field(default_factory=dict)
    not_before: dict[str, frozenset[str]] = field(default_factory=dict)
    only_after: dict[str, frozenset[str]] = field(default_factory=dict)
    near_memo: dict[tuple[str, bool], tuple[str, int]] = field(default_factory=dict)
    alone_keys: set[str] = field(default_factory=set)  # see _alone_keys
    day_suffixes: set[str] = field(default_factory=set)  # "日", "일": a day of the month alone ("13日")
    seconds: dict[str, frozenset[str]] = field(default_factory=dict)  # the second keys of multi, by first
    glued_ands: frozenset[str] = frozenset()  # "and" written on the next word: Hebrew ו, Arabic و
    bare_next: frozenset[str] = frozenset()  # "next" only before a weekday's bare name: Swedish "på fredag"
    weekday_plurals: set[str] = field(default_factory=set)  # "mondays", "lundis", lower case (see _plural_forms)
    typos_read: bool | None = field(default=None, repr=False, compare=False)  # see _alphabetic
    # Columns of the readings of tokens (code, value, key) and of chunks (codes, tokens,
    # whether a key begins a multi-token name, whether one is in :attr:`alone_keys`).
    token_codes: dict[str, str] = field(init=False, repr=False, compare=False)
    token_values: dict[str, int] = field(init=False, repr=False, compare=False)
    token_keys: dict[str, str | None] = field(init=False, repr=False, compare=False)
    chunk_codes: dict[str, str] = field(init=False, repr=False, compare=False)
    chunk_tokens: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    chunk_begins: dict[str, bool] = field(init=False, repr=False, compare=False)
    chunk_alone: dict[str, bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.token_codes, self.token_values, self.token_keys = _Memo(self._read_token, 3, _MEMO_LIMIT).columns
        (self.chunk_codes, self.chunk_tokens, self.chunk_begins,
         self.chunk_alone) = _Memo(self._read_chunk, 4, _CHUNK_LIMIT, _CHUNK_LONGEST).columns

    def add(self, name: str, code: str, value: int) -> None:
        """File a name under its token keys; on a clash the stronger code wins. Two
        names that fold alike but mean different things (Tamil ``ஆக.`` and ``அக்.``) are
        then told apart only by their exact spelling."""
        keys = _keys(name)
        if not keys or (len(keys) == 1 and keys[0] in _PUNCT_CODES.values()):
            return
        if len(keys) > 1:
            entries = self.multi.setdefault(keys[0], [])
            if all(entry[0] != keys for entry in entries):
                entries.append((keys, code, value))
                entries.sort(key=lambda entry: -len(entry[0]))
            return
        key = keys[0]
        exact = _exact(name.rstrip("."))
        self.spellings.setdefault(key, set()).add(exact)
        old = self.exact.get(exact)
        if old is None or _CODE_RANK[code] > _CODE_RANK[old[0]]:
            self.exact[exact] = (code, value)
        old = self.single.get(key)
        if old is None or _CODE_RANK[code] > _CODE_RANK[old[0]]:
            self.single[key] = (code, value)
        elif old[0] == code and old[1] != value:
            self.clashes.add(key)

    def _read_token(self, token: str) -> tuple[str, int, str | None]:
        """A token out of context: code, value and key (None for a gap, which is no part
        of a name)."""
        kind = _kind(token[0])
        if kind == _GAP:
            return _gap_code(token) or _SILENT, 0, None
        if kind == _WORD:
            return self._word(token)
        if kind == _DIGITS and len(token) <= 4:
            value = int(token)
            code = "d" if len(token) <= 2 else "y" if len(token) == 4 and 1000 <= value < 3000 else "n"
            return code, value, str(value)
        if kind == _DIGITS:
            return "n", 0, "n"
        code = punct_code(token)
        return code, 0, code

    def _read_chunk(self, chunk: str) -> tuple[str, tuple[str, ...], bool, bool]:
        """A chunk of text between single spaces: its codes, its tokens followed by the
        space, and whether a token's key begins a multi-token name or is in
        :attr:`alone_keys`. Words glued to a number are in one chunk with it, so their
        ``o`` is given here. The codes of a chunk that is empty or starts or ends with a
        gap are marked :data:`_BROKEN`: that gap and the space beside it are one."""
        tokens = _TOKEN.findall(chunk)
        codes = _mark_glued("".join(map(self.token_codes.__getitem__, tokens)), list(map(len, tokens)))
        if not codes or codes[0] in _GAPS or codes[-1] in _GAPS:
            codes = _BROKEN + codes
        keys = list(map(self.token_keys.__getitem__, tokens))
        return (codes, (*tokens, " "), not self.multi.keys().isdisjoint(keys),
                not self.alone_keys.isdisjoint(keys))

    def _word(self, token: str) -> tuple[str, int, str]:
        """Code, value and key of a word token."""
        key = fold(token)
        if token in self.roman:  # "13 IX 2023", only with its year; a lower-case "i" or "v" is a word
            return "a", self.roman[token], key
        exact = _exact(token)
        found = self.exact.get(exact)
        if (found is None and key not in self.clashes and not self._overmarked(exact, key)
                and not self._unwritten(exact, key)):
            found = self.single.get(key)
        if found is not None and found[0] == "E" and self._undermarked(exact, key):
            found = None  # Luxembourgish "den" (the) is not "Dën" (Tuesday)
        code, value = found or self._derived(key)
        if found is None and code == "W" and self._other_letters(exact, value):
            code, value = "_", 0  # Arabic "الثالث" (the third) folds as "الثلاثاء" (Tuesday) does
        if code in "WE" and token[:1].islower() and key.startswith(self.capitalised_weekdays):
            return "_", 0, key  # Tagalog "linggo", a week; "Linggo", Sunday
        if code == "M" and self.capitalised and token.islower():
            code = "a"  # "2 may be", "13 march on": a date only with its year
        return code, value, key

    def _overmarked(self, exact: str, key: str) -> bool:
        """Whether the word carries a Latin diacritic where every name of the same key
        has none: Polish ``się`` ("oneself") is not ``sie`` (August), while ``wrzesnia``
        typed without diacritics still is ``września``."""
        base, marks = _marks(exact)
        if not marks:
            return False
        for name in self.spellings.get(key, ()):
            name_base, name_marks = _marks(name)
            if name_base != base or marks <= name_marks:
                return False
        return True

    def _undermarked(self, exact: str, key: str) -> bool:
        """Whether the word lacks a Latin diacritic that every name of its key carries:
        an abbreviated weekday is too short to be read without it (Luxembourgish ``den``,
        the article, is no ``Dën``, Tuesday)."""
        base, marks = _marks(exact)
        names = [_marks(name) for name in self.spellings.get(key, ())]
        return bool(names) and all(name_base == base and not name_marks <= marks for name_base, name_marks in names)

    def _other_letters(self, exact: str, weekday: int) -> bool:
        """Whether an Arabic-script word taken for a misspelt weekday is, letter by letter,
        no close spelling of any name of it: folding drops the long vowels, so "the third",
        ``الثالث``, ``الثالثة``, meets ``الثلاثاء``, while ``الثلاثا`` (its hamza dropped) is
        Tuesday."""
        if not _ARABIC_LETTER.search(exact):
            return False
        letters = "".join(_ARABIC_LETTER.findall(exact))
        names = [name for key, day in self.weekdays_wide.items() if day == weekday for name in self.spellings.get(key, ())]
        return bool(names) and all(ratio(letters, "".join(_ARABIC_LETTER.findall(name))) < _WEEKDAY_CUTOFF
                                   for name in names)

    def _unwritten(self, exact: str, key: str) -> bool:
        """Whether an Arabic-script word has other letters than every name of its key:
        folding drops the long vowels and merges letters (ط and ت), so Urdu ``طور``
        ("manner", in ``طور پر``) folds as ``اتوار`` (Sunday) does, and ``الحاد`` (severe)
        as ``الأحد`` (Sunday), its letters in another order; a name spelled with another
        form of a letter (ي for ی, ا for أ) or with another last letter, its case (Pashto
        ``سنبلې`` for ``سنبله``), is the name."""
        if not _ARABIC_LETTER.search(exact):
            return False
        letters = "".join(_ARABIC_LETTER.findall(exact)).translate(_ARABIC_FORMS)
        return all(len(written) != len(letters) or written[:-1] != letters[:-1]
                   for written in ("".join(_ARABIC_LETTER.findall(name)).translate(_ARABIC_FORMS)
                                   for name in self.spellings.get(key, ())))

    def _derived(self, key: str) -> tuple[str, int]:
        """An inflected weekday (``miercurea``, ``Wednesdays``) or a misspelt one;
        otherwise an ordinary word. Where the case forms are listed (Greek), none is
        guessed: ``Κυριάκος`` is a name, not Sunday."""
        if len(key) >= 6 and self.language not in date_words.WEEKDAY_CASES:
            from .number_words import number_word_folds

            if key in number_word_folds(self.language):
                return "_", 0  # "четверо" (four people) is no "четвер" (Thursday)
            adjectives = self.language in date_words.WEEKDAY_ADJECTIVES
            # the Slavic languages whose weekday adjectives are also the week's still write
            # Thursday as the fourth day: "četvrti trofej" (the fourth trophy) is no Thursday
            slavic = adjectives or self.language in date_words.FOURTH_DAY_ONLY
            endings = self.language not in date_words.UNINFLECTED_WEEKDAYS
            typos = self._alphabetic()
            for name, weekday in self.weekdays_wide.items():
                if name[0] == key[0] and _inflects(name, key, slavic, endings, typos):
                    return ("_", 0) if self._plural_case(name, key) else ("W", weekday)
            if adjectives:
                for name, weekday in self.weekdays_wide.items():
                    if name[0] == key[0] and weekday != _WEDNESDAY and _adjective_of(name, key):
                        return "W", weekday
        return "_", 0

    def _alphabetic(self) -> bool:
        """Whether the language writes its weekdays in an alphabet, where a letter's typo
        is one letter: the folded letters of an abugida or an abjad are syllables and
        consonants, one apart in another word (Bengali "সাইবার", cyber, and "শনিবার",
        Saturday)."""
        found = self.typos_read
        if found is None:
            written = next((name for key in self.weekdays_wide for name in self.spellings.get(key, ())), "")
            letter = next((ch for ch in written if ch.isalpha()), "")
            found = self.typos_read = script_of(letter) in ALPHABETS if letter else True
        return found

    def _plural_case(self, name: str, key: str) -> bool:
        """Whether ``key`` is the weekday ``name`` in a plural CLDR does not write
        (:data:`~checker.facts.date_words.WEEKDAY_PLURAL_ENDINGS`: "понедельникам",
        "montags"), every such day."""
        for ending in _plural_endings(self.language):
            stem = key[:-len(ending)]
            if key.endswith(ending) and len(stem) <= len(name) and _common_prefix(stem, name) >= len(name) - 2:
                return True
        return False

    def near_number(self, key: str, dotted: bool) -> tuple[str, int]:
        """Reading of an unknown word beside a number: an abbreviation of exactly one
        month (``Sept.``) or a misspelt month name (``septemrbie``)."""
        memo_key = (key, dotted)
        hit = self.near_memo.get(memo_key)
        if hit is None:
            hit = self._month_like(key, dotted)
            if len(self.near_memo) < _MEMO_LIMIT:
                self.near_memo[memo_key] = hit
        return hit

    def _month_like(self, key: str, dotted: bool) -> tuple[str, int]:
        if len(key) >= 3 and key.isalpha():
            months = {n for name, n in self.months_wide.items()
                      if len(name) > len(key) and name.startswith(key)}
            if len(months) == 1:
                # A cut longer than CLDR's abbreviation is a month without its dot too, as
                # news writes it ("13 Sept lalu" where CLDR has "Sep"); a cut no longer may
                # be a word ("mar", "list") and stands for a month only with a year. A cut ends
                # before a vowel: one that ends in a vowel is a word, its dot the sentence's
                # ("hospitalizovano je 19 деце.", 19 children).
                if key[-1] in _VOWELS:
                    return "a", months.pop()
                longer = not dotted and any(key.startswith(short) and len(key) > len(short)
                                            for short in cldr.month_abbreviations(self.language))
                return ("m" if dotted or longer else "a"), months.pop()
        if len(key) >= 6:
            found = best_match(key, list(self.months_wide), _MONTH_CUTOFF)
            if found is not None:
                return "m", self.months_wide[found[0]]
        return "_", 0


# Vowels of folded (Latin) text.
_VOWELS = frozenset("aeiouy")

_ARABIC_LETTER = regex.compile(r"(?![\u064b-\u065f\u0670\u0640])\p{Arabic}")  # not a vowel mark or tatweel


def _exact(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _marked_otherwise(exact: str, names: set[str]) -> bool:
    """Whether ``exact`` carries a diacritic that no name of the same letters carries
    there (Vietnamese "thắng", won, beside "tháng", month): a word typed without its
    marks still is the name."""
    def marks(text: str) -> tuple[str, frozenset[tuple[int, str]]]:
        base: list[str] = []
        found: set[tuple[int, str]] = set()
        for char in unicodedata.normalize("NFKD", text):
            if unicodedata.combining(char):
                found.add((len(base) - 1, char))
            else:
                base.append(char)
        return "".join(base), frozenset(found)

    base, written = marks(exact)
    if not written:
        return False
    return not any(name_base == base and written <= name_marks
                   for name_base, name_marks in map(marks, names))


@lru_cache(maxsize=50_000)
def _marks(text: str) -> tuple[str, frozenset[int]]:
    """The base letters of ``text`` and the positions of Latin letters with a mark."""
    base: list[str] = []
    marked: set[int] = set()
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char):
            if base and "a" <= base[-1] <= "z":
                marked.add(len(base) - 1)
        else:
            base.append(char)
    return "".join(base), frozenset(marked)


# The word for "day" that ends a Germanic weekday's name, which takes endings but never
# changes: Dutch "maanden" (months) is no "maandag", though it shares all but two letters.
_DAY_WORDS = ("dag", "tag", "day", "dei")


def _inflects(name: str, word: str, slavic: bool = False, endings: bool = True, typos: bool = True) -> bool:
    """Whether ``word`` is an inflected or misspelt form of the weekday ``name``: a long
    name with a changed ending (``miercuri``/``miercurea``; without ``endings``, in a
    language whose names take none, only letters after the whole name), or a close typo. A word that
    puts a consonant and more where the name ends in a vowel is another word of its stem,
    as case endings begin with a vowel (Czech "středa", Wednesday: "středu", "středou",
    but "střední", central; Ukrainian "середа" and "середній", middle). In a language of
    :data:`~checker.facts.date_words.WEEKDAY_ADJECTIVES` (``slavic``) so does one that
    changes the end of a name ending in a consonant, other than by its case
    (:func:`_case_of`): Thursday is the fourth day there, and "the fourth" is no
    Thursday."""
    prefix = _common_prefix(name, word)
    if (name[-1] in _VOWELS and prefix == len(name) - 1 and len(word) - prefix >= 2
            and word[prefix] not in _VOWELS):
        return False
    if (len(name) >= 7 and prefix >= (len(name) - 2 if endings else len(name)) and -2 <= len(word) - len(name) <= 3
            and not (prefix < len(name) and name.endswith(_DAY_WORDS))):
        return not slavic or name[-1] in _VOWELS or _case_of(name, word, prefix)
    return typos and len(name) >= 6 and word_score(name, word) >= _WEEKDAY_CUTOFF


def _case_of(name: str, word: str, prefix: int) -> bool:
    """Whether ``word``, which shares all but the last two letters at most of a Slavic
    weekday ``name`` ending in a consonant, is a case of it: a case ending on the whole
    name begins with a vowel ("четверга", "четвергом"; "четвертий" is "fourth"), or the
    name drops its mobile vowel ("czwartku", "čtvrtku"; "czwarty", "čtvrtý" are "fourth")."""
    if prefix >= len(name):
        return word[len(name):len(name) + 1] in _VOWELS
    return prefix == len(name) - 2 and name[prefix] in _VOWELS and word.startswith(name[-1], prefix)


_WEDNESDAY = 3
# What follows a weekday's stem in its adjective: the suffix and a case ending.
_ADJECTIVE_TAIL = re.compile("(?:n|ow|ov)[aeiouy][a-z]{0,3}")
# The stem's last consonant as the adjective changes it: k and c (ts) to č (ch).
_MUTATED = ("c", "ch")


_VOWELS = frozenset("aeiouy")


def _adjective_of(name: str, key: str) -> bool:
    """Whether ``key`` is the adjective of the weekday ``name`` (folded) in a language of
    :data:`~checker.facts.date_words.WEEKDAY_ADJECTIVES`: it shares the name's stem, all
    but its last four letters at most (Russian "voskresene", "voskresnye"), and goes on
    with a consonant of the name's rest or one the suffix changes it to, if any
    ("poniedziałek", "poniedziałkowe"; "pyatnitsa", "pyatnichnoe"; "čtvrtek",
    "čtvrteční"), then an adjective's suffix and ending (Polish "niedziela",
    "niedzielne"). Not "chetvertnyy" of "chetverg" (a quarter's): its t is no letter of
    Thursday's."""
    name, key = name.replace("'", ""), key.replace("'", "")
    prefix = _common_prefix(name, key)
    if prefix < max(4, len(name) - 4):
        return False
    rest = name[prefix:]
    for cut in range(3):
        consonants = key[prefix:prefix + cut]
        # none kept only where the name's rest has none to keep ("niedziel|a", "niedziel|ne") or the
        # adjective goes on with a letter of it ("voskres|ene", "voskres|nye"); not "wtor|ek", "wtór|ną"
        # (secondary)
        if ((not consonants and (set(rest) <= _VOWELS or key[prefix:prefix + 1] in set(rest)))
                or (consonants and consonants in _MUTATED)
                or (consonants and set(consonants) <= set(rest))) \
                and _ADJECTIVE_TAIL.fullmatch(key, prefix + cut):
            return True
    return False


@lru_cache(maxsize=64)
def _plural_endings(language: str | None) -> tuple[str, ...]:
    return tuple(fold(ending) for ending in date_words.WEEKDAY_PLURAL_ENDINGS.get(language or "", ()))


def _common_prefix(a: str, b: str) -> int:
    """How many leading characters ``a`` and ``b`` share."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _script_variants(loc) -> list:
    """The locale and the same language in its other scripts (Serbian is written in
    Cyrillic and Latin alike, and transliteration does not make ``ч`` and ``č`` meet)."""
    found = [loc]
    for ident in cldr.locale_ids():
        parts = ident.split("_")
        if (len(parts) == 2 and parts[0] == loc.language and parts[1] in _SCRIPTS
                and parts[1] != loc.script):
            variant = cldr_locale(ident)
            if variant is not None:
                found.append(variant)
    return found


def _regional_variants(loc) -> list:
    """The language's regional locales that name the months their own way, whatever the
    region an article comes from: Levantine Arabic أيلول beside سبتمبر, Maghrebi جانفي,
    Austrian Jänner, Uruguayan setiembre."""
    found = []
    for ident in cldr.regional_ids(loc.language):
        if ident != str(loc) and cldr.own_data(ident).months:
            variant = cldr_locale(ident)
            if variant is not None:
                found.append(variant)
    return found


@lru_cache(maxsize=256)
def lexicon(language: str | None) -> Lexicon:
    """The lexicon of a language code; None or an unknown code reads English."""
    loc = (cldr_locale(language) if language else None) or cldr_locale("en")
    lex = Lexicon(language=loc.language)
    variants = _script_variants(loc)
    for variant in variants:
        _add_patterns(lex, variant)
    for variant in variants:
        _add_names(lex, variant)
    for variant in _regional_variants(loc):
        _add_names(lex, variant)
    _add_words(lex, loc.language)
    _add_joiners(lex, loc.language, variants)
    for variant in variants:  # Uzbek in Latin and Cyrillic: "sentabrda", "сентябрда"
        _month_cases(lex, variant)
    if loc.language in date_words.ROMAN_MONTHS:
        lex.roman = {numeral: number for number, numeral in enumerate(_ROMAN, 1)}
    lex.order = _field_order(loc.date_formats["short"].pattern)
    lex.flags = _flags(_date_patterns(loc))
    if loc.language in date_words.YEAR_FIRST:
        lex.flags |= {"year-first"}
    base = cldr_locale(loc.language)
    if base is not None and str(base) != str(loc):  # en_GB: the language writes "September 13" too
        lex.flags |= _flags(_date_patterns(base)) & {"month-first"}
    if lex.day_suffixes:
        lex.flags |= {"day-suffix"}
    lex.buddhist = loc.language == "th"
    _add_calendar_months(lex, loc.language)
    lex.capitalised_weekdays = tuple(map(fold, date_words.CAPITALISED_WEEKDAYS.get(loc.language, ())))
    lex.capitalised = (all(name[:1].isupper() for name in loc.months["format"]["wide"].values())
                       and loc.language not in date_words.LOWER_CASE_MONTHS)
    lex.alone_keys = _alone_keys(lex)
    lex.seconds = {first: frozenset(keys[1] for keys, _, _ in entries) for first, entries in lex.multi.items()}
    # a plural that is also a case of the one day, filed as a weekday name: Pashto "جمعې"
    # (Fridays, and Friday's: "د جمعې په ورځ")
    lex.weekday_plurals = {form for form in lex.weekday_plurals if _exact(form) not in lex.exact}
    return lex


def _alone_keys(lex: Lexicon) -> set[str]:
    """One key of each multi-token weekday or relative day (``quarta-feira``, ``the day
    before yesterday``): a text without any of them, and without a number, single
    weekday or relative day, holds no date. The longest key is taken, as the rarest."""
    return {max(keys, key=len) for entries in lex.multi.values()
            for keys, code, _ in entries if code in "WR"}


TWO_CHARACTER_WEEKDAYS = frozenset({"zh", "yue"})
# Thai and Lao news abbreviate a weekday to its first letters and a dot, "(พฤ.) 14 ก.ย.",
# which CLDR gives as the short form (and, for Thai before CLDR 47, as the abbreviated).
SHORT_WEEKDAYS = frozenset({"th", "lo"})


def _add_names(lex: Lexicon, loc) -> None:
    """Month and weekday names in every CLDR form (and with the letters the locale's
    patterns glue to them: Hebrew ``בספטמבר``), weekday inflections from CLDR's
    relative-time patterns (``za {0} srijedu``), and the names of the common era."""
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in loc.months.get(context, {}).get(width, {}).items():
                _add_glued(lex, name, "M", int(number))
                if width == "wide":
                    lex.months_wide.setdefault(fold(name), int(number))
            day_widths = (width, "short") if width == "abbreviated" and lex.language in SHORT_WEEKDAYS else (width,)
            wide = loc.days.get(context, {}).get("wide", {})
            day_word = _day_word(wide.values())
            for number, name in ((n, name) for w in day_widths for n, name in loc.days.get(context, {}).get(w, {}).items()):
                # Chinese abbreviates a weekday to two characters (周五, 週五), as news writes
                # it alone ("将于周五访问"), and Hebrew keeps the word for "day" every wide
                # name begins with ("יום ג׳", as "יום שלישי") or drops only that word ("שבת" of
                # "יום שבת"): names in their own right, where other abbreviations ("Fri",
                # "ven.", a Thai letter) are read only with their date.
                full = (width == "wide" or (lex.language in TWO_CHARACTER_WEEKDAYS and len(name) >= 2)
                        or (day_word is not None and (name.startswith(day_word + " ")
                                                      or f"{day_word} {name}" == wide.get(number))))
                _add_glued(lex, name, "W" if full else "E", int(number) + 1)
                if width == "wide" and len(_keys(name)) == 1:
                    lex.weekdays_wide.setdefault(fold(name), int(number) + 1)
                    joint, parts = date_words.WEEKDAY_PARTS.get(lex.language, ("", ()))
                    ending = date_words.WEEKDAY_PART_STEMS.get(lex.language, "")
                    stem = name[:-len(ending)] if ending and name.endswith(ending) else name
                    for part in parts:  # "Sonntagabend", "söndagskvällen", "þriðjudagskvöld"
                        lex.add(stem + joint + part, "W", int(number) + 1)
                    for particle in date_words.WEEKDAY_PARTICLES.get(lex.language, ()):  # "화요일에는"
                        lex.add(name + particle, "W", int(number) + 1)
    fields = loc._data.get("date_fields", {})
    # a word the patterns of two weekdays write is none of their forms: "через" (in) of
    # "через {0} четверга" and "через {0} понедельника" shares Thursday's first letters
    seen: dict[str, set[int]] = {}
    for short, weekday in _WEEKDAY_KEYS.items():
        for form in _relative_forms(fields.get(short, {}), loc.plural_form(_MANY)):
            seen.setdefault(fold(form), set()).add(weekday)
    for short, weekday in _WEEKDAY_KEYS.items():
        names = [key for key, n in lex.weekdays_wide.items() if n == weekday]
        for form in _relative_forms(fields.get(short, {}), loc.plural_form(_MANY)):
            key = fold(form)
            if len(seen[key]) == 1 and any(_same_stem(name, key) for name in names):
                if any(lex._plural_case(name, key) for name in names):
                    lex.weekday_plurals.add(form.casefold())  # Polish "w piątki": the paucal's plural
                else:
                    lex.add(form, "W", weekday)
        for form in _plural_forms(fields.get(short, {}), loc.plural_form(_MANY)):
            key = fold(form)
            if key not in lex.weekdays_wide and any(_same_stem(name, key) for name in names):
                lex.weekday_plurals.add(form.casefold())  # as written: Czech "čtvrtků", not "čtvrtku"
    _add_plural_days(lex, loc, fields.get("day", {}))
    for width in ("wide", "abbreviated"):
        era = loc.eras.get(width, {}).get(1)
        if era:
            lex.add(era, "c", 0)


def _add_plural_days(lex: Lexicon, loc, day_field) -> None:
    """Where every wide weekday name begins with the word for "day" (Hebrew "יום שני"),
    the names with its plural instead, which news writes for days listed after it ("בימים
    שני ושלישי": on Monday and Tuesday; the plural of CLDR's "in {0} days", "בעוד {0}
    ימים", not its construct "ימי", which makes them every week's: "בימי שני")."""
    wide = loc.days.get("format", {}).get("wide", {})
    day_word = _day_word(wide.values())
    if day_word is None:
        return
    future = day_field.get("future", {})
    plural = set(_LETTERS.findall(future.get("other", ""))) - set(_LETTERS.findall(future.get("one", "")))
    if len(plural) != 1:
        return
    word = plural.pop()
    for number, name in wide.items():
        _add_glued(lex, word + name[len(day_word):], "W", int(number) + 1)


def _day_word(wide: Iterable[str]) -> str | None:
    """The first word every wide weekday name has, the word for "day" (Hebrew "יום
    שלישי"), or None."""
    firsts = {name.split(" ", 1)[0] if " " in name else None for name in wide}
    return firsts.pop() if len(firsts) == 1 else None


def _add_calendar_months(lex: Lexicon, language: str) -> None:
    """The months of the other calendars the language's news dates by (Iranian "۲۲ شهریور
    ۱۴۰۲", Afghan "۲۲ اسد ۱۴۰۲", Ethiopian "መስከረም 2 ቀን 2016 ዓ.ም.", Nepali "२०८० भदौ २७"):
    the Solar Hijri ones as jdatetime names them in Persian, and the tables of
    :mod:`.date_words`. Names that are also common words (Dari ``میزان`` is "level") are
    months only with a year."""
    if language == "fa":
        import jdatetime  # type: ignore[import-untyped]

        for number, name in enumerate(jdatetime.date.j_months_fa, 1):
            # with "month" written on it too, as Iranian news writes it: "۲۲ شهریورماه ۱۴۰۲"
            for written in (name, name + "ماه", name + "\u200cماه"):
                lex.add(written, "M", date_words.SOLAR_HIJRI + number)
    for base, names, code in date_words.CALENDAR_MONTHS.get(language, ()):
        for number, written in enumerate(names, 1):
            for name in written.split("|") if "|" in written else written.split():
                lex.add(name, code, base + number)


# How news writes the names of Arabic script beside CLDR's spelling: the alef without its
# hamza or madda ("الاربعاء", "ابريل" for "الأربعاء", "أبريل"), and the parts of a Persian
# weekday apart rather than joined ("سه شنبه" for "سه‌شنبه", which read as "شنبه", Saturday).
_PLAIN_ALEF = str.maketrans("أإآ", "ااا")
# The forms of one letter that Arabic-script spellings of a name exchange: the alef with its
# hamza or madda, the ya and alef maqsura of Arabic and Persian, the kaf of each.
_ARABIC_FORMS = {**_PLAIN_ALEF, **str.maketrans("يىكۀةہھ", "ییکهههه")}


def _written_variants(name: str) -> set[str]:
    found = {name, name.translate(_PLAIN_ALEF)}
    if "\u200c" in name:
        found |= {variant.replace("\u200c", " ") for variant in found}
    return found


def _add_glued(lex: Lexicon, name: str, code: str, value: int) -> None:
    """File a name as written (and as news writes it in Arabic script, see
    :func:`_written_variants`) and with each affix its locale's patterns glue to names."""
    for variant in _written_variants(name) - {name}:
        lex.add(variant, code, value)
    lex.add(name, code, value)
    bare = name.rstrip(".")
    for prefix in lex.prefixes:
        lex.add(prefix + bare, code, value)
    for suffix in lex.suffixes:
        lex.add(bare + suffix, code, value)


def _relative_forms(table, many: str) -> Iterable[str]:
    """The words of the singular and paucal relative-time patterns of one weekday, and
    of the fractions' where the plural has a category of its own (``many``): the
    genitive singular of Russian, Ukrainian, Polish ("четверга", which Ukrainian makes
    on another stem than "четвер")."""
    for tense in ("future", "past"):
        patterns = table.get(tense, {})
        for plural in ("one", "few", "other") if many != "other" else ("one", "few"):
            pattern = patterns.get(plural)
            if pattern:
                yield from _LETTERS.findall(pattern)


_MANY = 5  # a count whose plural category is the plural's own ("many" in Russian, "other" in Czech)


def _plural_forms(table, wanted: str) -> set[str]:
    """The words of the relative-time patterns of one weekday for the plural category
    ``wanted`` ("in {0} Mondays", "через {0} понедельников") that no pattern of another
    category writes (the singular, the paucal, the fractions' genitive "понедельника"):
    the weekday in the plural, every such day ("closed on Mondays", "les lundis"), no one
    day."""
    plural: set[str] = set()
    other: set[str] = set()
    for tense in ("future", "past"):
        for category, pattern in table.get(tense, {}).items():
            (plural if category == wanted else other).update(_LETTERS.findall(pattern))
    # a language whose patterns have one category only tells no plural by them (CLDR 47's Igbo
    # "Wenezde {0} gara aga" is the weekday, not "Wednesdays")
    return plural - other if other else set()


def _same_stem(name: str, word: str) -> bool:
    """Whether a word of a relative-time pattern is a form of the weekday ``name``."""
    return _common_prefix(name, word) >= max(3, min(len(name), len(word)) - 3)


def _date_patterns(loc) -> list[str]:
    """The locale's date patterns: full and long first, then medium, short and the
    date-only skeletons."""
    patterns = [loc.date_formats[k].pattern for k in ("full", "long", "medium", "short")]
    for skeleton, pattern in loc.datetime_skeletons.items():
        if set(skeleton) <= set("GyMLdEc"):
            patterns.append(getattr(pattern, "pattern", str(pattern)))
    return patterns


def _add_patterns(lex: Lexicon, loc) -> None:
    """The literal words of the locale's date patterns become connectors; letters glued
    to a name field (``d בMMMM``, ``MMMM'ren'``) are noted to spell the names with."""
    for pattern in _date_patterns(loc):
        parts = _pattern_parts(pattern)
        for i, (is_field, text) in enumerate(parts):
            if is_field:
                if text in _NAME_FIELDS:
                    _note_affixes(lex, parts, i)
                continue
            for chunk in _PATTERN_WORD.findall(text):
                lex.add(chunk, "c", 0)
            if i and parts[i - 1][0] and parts[i - 1][1] in ("d", "dd"):
                written = _DAY_SUFFIX.match(text)
                if written:
                    lex.day_suffixes.add(written.group())


# The character written on the day in Chinese, Japanese and Korean dates (y年M月d日,
# y년 M월 d일): news writes the day alone with it ("13日", "13일") for a day of this month.
_DAY_SUFFIX = regex.compile(r"[\p{Han}\p{Hangul}]")


def _pattern_parts(pattern: str) -> list[tuple[bool, str]]:
    """A CLDR pattern as (is a field, text) parts; quoted and plain literals merged."""
    parts: list[tuple[bool, str]] = []
    for m in _PATTERN_PART.finditer(pattern):
        if m.group(2):
            parts.append((True, m.group(2)))
        else:
            literal = m.group(1).replace("''", "'") if m.group(1) is not None else m.group(4)
            if parts and not parts[-1][0]:
                parts[-1] = (False, parts[-1][1] + literal)
            else:
                parts.append((False, literal))
    return parts


def _note_affixes(lex: Lexicon, parts: list[tuple[bool, str]], i: int) -> None:
    """Letters written against name field ``i`` without a space, before or after it."""
    if i > 0 and not parts[i - 1][0]:
        glued = _LETTERS_AT_END.search(parts[i - 1][1])
        if glued:
            lex.prefixes.add(glued.group())
    if i + 1 < len(parts) and not parts[i + 1][0]:
        glued = _LETTERS.match(parts[i + 1][1])
        if glued:
            lex.suffixes.add(glued.group())


def _flags(patterns: list[str]) -> frozenset[str]:
    """What the locale's own patterns allow beyond the common grammar: ``year-first``
    (its full or long date starts with the year: Hungarian, Lithuanian, East Asian),
    ``month-first`` (its full or long date puts the month before the day: English
    ``MMMM d, y``, Hungarian ``y. MMMM d.``, Chinese ``y年M月d日``), ``day-comma`` (a comma
    between day and month name: Telugu ``9, డిసెంబర్``), ``day-dot`` (a full stop after the day
    before the month's name: German ``d. MMMM y``; elsewhere "15. Machi" is a sentence's end and
    the next one's month) and ``numeric-space`` (numeric day and month parted by a space alone:
    Yoruba ``22 07 2012``)."""
    flags = set()
    for pattern in patterns[:2]:
        if _field_order(pattern).startswith("y"):
            flags.add("year-first")
        letters = [text[0] for is_field, text in _pattern_parts(pattern) if is_field and text[0] in "MLd"]
        if letters and letters[0] in "ML" and "d" in letters:
            flags.add("month-first")
    for pattern in patterns:
        parts = _pattern_parts(pattern)
        fields = [(i, text) for i, (is_field, text) in enumerate(parts)
                  if is_field and text[0] in "MLd"]
        for (i, first), (j, second) in pairwise(fields):
            between = "".join(text for _, text in parts[i + 1:j])
            named = len(first) >= 3 or len(second) >= 3
            if first[0] == "d" and named and "," in between:
                flags.add("day-comma")
            if first[0] == "d" and named and "." in between:
                flags.add("day-dot")
            if not named and between.isspace():
                flags.add("numeric-space")
    return frozenset(flags)


def _field_order(pattern: str) -> str:
    """The order of year, month and day fields in a CLDR pattern: ``"dmy"``, ``"ymd"`` ..."""
    order = ""
    for is_field, text in _pattern_parts(pattern):
        letter = "m" if is_field and text[0] in "ML" else text[0] if is_field else ""
        if letter in ("y", "m", "d") and letter not in order:
            order += letter
    return order if len(order) == 3 else "mdy"


def _month_cases(lex: Lexicon, loc) -> None:
    """Case forms of the wide month names by the language's endings (Latvian "septembrī",
    Burmese "စက်တင်ဘာလ"), those of a month without its day, read only with a year
    (Russian "октябре", Croatian "listopadu"), the names CLDR lacks (Greek "Γενάρη"), and of the weekday
    names (Greek "Πέμπτης")."""
    for ending, case in date_words.MONTH_CASES.get(loc.language, ()):
        for number, name in loc.months.get("format", {}).get("wide", {}).items():
            if name.endswith(ending):
                for suffix in ("", *lex.suffixes):  # "зургадугаар сарын": the pattern's ending on it
                    lex.add(name[:len(name) - len(ending)] + case + suffix, "M", int(number))
    wide = loc.months.get("format", {}).get("wide", {})
    for ending, case in date_words.MONTH_ALONE_CASES.get(loc.language, ()):
        for number, name in wide.items():
            form = name[:len(name) - len(ending)] + case
            if name.endswith(ending) and form not in wide.values():  # "listopadu" is also CLDR's Czech genitive
                lex.add(form, "l", int(number))
    nominative = loc.months.get("stand-alone", {}).get("wide", {})
    for ending, case in date_words.MONTH_ALONE_NOMINATIVE_CASES.get(loc.language, ()):
        for number, name in nominative.items():
            if name.endswith(ending):
                lex.add(name[:len(name) - len(ending)] + case, "l", int(number))
    for number, names in date_words.MONTH_NAMES.get(loc.language, {}).items():
        lex.months_wide.setdefault(fold(names[0]), number)  # a misspelling of it is the month too
        for name in names:
            lex.add(name, "M", number)
    for prefix in date_words.MONTH_PREFIXES.get(loc.language, ()):  # "kuMashi", "kuFebhuwari", "ku-Ephreli"
        for number, name in (*wide.items(), *((n, name) for n, names in date_words.MONTH_NAMES.get(
                loc.language, {}).items() for name in names)):
            lex.add(prefix + name, "M", int(number))
            lex.add(prefix + "-" + name, "M", int(number))
    for form in date_words.NUMBERED_MONTHS.get(loc.language, ()):
        for number in range(1, 13):
            for suffix in ("", *lex.suffixes):
                lex.add(form.format(n=number) + suffix, "M", number)
    for form in date_words.NUMBERED_MONTHS_WITH_YEAR.get(loc.language, ()):
        for number in range(1, 13):
            lex.add(form.format(n=number), "a", number)
    for last, endings in date_words.WEEKDAY_CASES.get(loc.language, {}).items():
        for context in ("format", "stand-alone"):
            for number, name in loc.days.get(context, {}).get("wide", {}).items():
                if name.endswith(last):
                    for ending in endings:
                        lex.add(name[:-len(last)] + ending, "W", int(number) + 1)


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")




def _add_words(lex: Lexicon, language: str) -> None:
    """The hand tables: relative days, day shifts, next/last, extra connectors, and the
    neighbours that make an ambiguous word ordinary."""
    # the hand table where the language has one (its news's words, which CLDR's may lack or hold
    # ordinary words among: "mañana", the morning), else CLDR's ("ഇന്നലെ", "ಇಂದು")
    relative = date_words.RELATIVE_DAYS.get(language)
    for word, offset in (relative if relative is not None else cldr.relative_days(language)).items():
        lex.add(word, "R", offset)
    for word in date_words.TENSED_DAYS.get(language, ()):
        lex.add(word, "R", date_words.BY_TENSE)
    for word in date_words.TENSED_TWO_DAYS.get(language, ()):
        lex.add(word, "R", date_words.BY_TENSE_TWO)
    for word, shift in date_words.DAY_SHIFTS.get(language, {}).items():
        lex.add(word, "A", shift)
    for word in date_words.NEXT_WORDS.get(language, ()):
        lex.add(word, "X", 1)
    for word in date_words.THIS_WORDS.get(language, ()):
        lex.add(word, "X", date_words.THIS_WEEK)
    for word in date_words.NEXT_BEFORE_BARE.get(language, ()):
        lex.add(word, "X", 1)
    lex.bare_next = frozenset(fold(word) for word in date_words.NEXT_BEFORE_BARE.get(language, ()))
    for word in date_words.LAST_WORDS.get(language, ()):
        lex.add(word, "L", -1)
    for word, weekday in date_words.WEEKDAY_INFLECTIONS.get(language, {}).items():
        for ending in ("", *date_words.WEEKDAY_INFLECTION_ENDINGS.get(language, ())):
            for variant in _written_variants(word + ending):  # Pashto "سه شنبې" as "سه‌شنبې"
                lex.add(variant, "W", weekday)
    for word, weekday in date_words.WEEKDAY_SHORT.get(language, {}).items():
        lex.add(word, "E", weekday)
    for word in date_words.EXTRA_CONNECTORS.get(language, ()):
        lex.add(word, "c", 0)
    for word in date_words.DAY_WORDS.get(language, ()):
        lex.add(word, "D", 0)
    for word in date_words.FIRST_DAY.get(language, ()):
        lex.add(word, "d", 1)
    for word in date_words.DATE_ARTICLES.get(language, ()):
        lex.add(word, "T", 0)
    for era, before in date_words.ERAS.get(language, {}).items():
        lex.add(era, "e", before)
    for word, years in date_words.RELATIVE_YEARS.get(language, {}).items():
        lex.add(word, "e", date_words.RELATIVE_YEAR + years)
    for table, target in ((date_words.NOT_AFTER, lex.not_after),
                          (date_words.NOT_BEFORE, lex.not_before),
                          (date_words.ONLY_AFTER, lex.only_after)):
        for word, neighbours in table.get(language, {}).items():
            target[fold(word)] = frozenset(fold(n) for n in neighbours)


# A date needs a number, a weekday or a relative day; without these codes a text holds
# one only through a multi-token weekday or relative day, found by one of its keys.
# Once items are read, a date needs a named item, or else three numbers.
_DATED = frozenset("dyWR")
_MODIFIERS = frozenset("XL")


def _undated(codes: str) -> bool:
    """Whether codes hold no item that can begin a date: no number, weekday or relative
    day, nor an abbreviated weekday with a word for "last" or "next" ("na sexta passada")."""
    return _DATED.isdisjoint(codes) and ("E" not in codes or _MODIFIERS.isdisjoint(codes))
_NAMED = frozenset("MmalWRDT")


def classify(text: str, lex: Lexicon) -> Items | None:
    """Cut ``text`` into items and give each its code (see the module docstring); None
    when no item can begin a date, which is what most sentences of an article hold.

    Texts are read chunk by chunk between single spaces, each chunk remembered, since
    words recur from sentence to sentence: most texts are then coded, and most
    rejected, without a regular expression or a loop in Python."""
    chunks = text.split(" ")
    codes = " ".join(map(lex.chunk_codes.__getitem__, chunks))
    if _undated(codes) and not any(map(lex.chunk_alone.__getitem__, chunks)):
        return None
    tokens = list(chain.from_iterable(map(lex.chunk_tokens.__getitem__, chunks)))
    tokens.pop()
    if _BROKEN in codes:
        codes = _join_gaps(tokens, codes.replace(_BROKEN, ""), lex)
    named = any(map(lex.chunk_begins.__getitem__, chunks))
    ends = list(accumulate(map(len, tokens)))
    starts = [0, *ends[:-1]]
    values = list(map(lex.token_values.__getitem__, tokens))
    if named:
        codes = _join_names(tokens, codes, starts, ends, values, lex)
        if "e" in codes:
            codes = _join_eras(text, codes, starts, ends, values)
        if "dc" in codes and lex.day_suffixes:
            codes = _short_years(text, codes, starts, ends, values)
        if _undated(codes):
            return None
    first, last = 0, len(codes)
    while first < last and codes[first] in _GAPS:
        first += 1
    while last > first and codes[last - 1] in _GAPS:
        last -= 1
    if first or last < len(codes):
        codes, starts, ends, values = codes[first:last], starts[first:last], ends[first:last], values[first:last]
    items = Items(codes, starts, ends, values)
    if _SILENT in items.codes:
        _drop_silent(items)
    if ("/" in text or "(" in text) and "M" in items.codes:
        _join_month_pairs(text, items)
    _reread_near_numbers(text, items, lex)
    if "&" in items.codes or lex.glued_ands:
        _join_repeated_words(text, items, lex)
    if "E" in items.codes:
        _drop_glued_weekdays(text, items)
    if "M" in items.codes and _MYANMAR_LETTER.search(text):
        _drop_glued_months(text, items, lex)
    if (_NAMED.isdisjoint(items.codes) and items.codes.count("d") + items.codes.count("y") < 3
            and not (lex.day_suffixes and ("dc" in items.codes or _day_with_particle(text, items, lex)))  # "13日"
            and not _SHORT_WEEKDAY_DAY.search(items.codes)  # "quarta (13)", "sexta passada", "ke 13.9."
            and not _DAY_DOT_MONTH.search(items.codes)):  # "13.9.", read where the locale writes it
        return None
    return items


_SHORT_WEEKDAY_DAY = re.compile(r"E,? ?p?d|[XL] ?E|E ?[XL]")  # and one beside "last" or "next"
_DAY_DOT_MONTH = re.compile(r"(?<![dyn][./\-:,])(?<![dyn][./\-:,] )d\. ?d\.(?! ?[dyn])")


def _day_with_particle(text: str, items: Items, lex: Lexicon) -> bool:
    """Whether a number has the day's character written on it with a particle after
    that character: Korean "13일에", "17일까지" (a day of this month, as "13일")."""
    codes = items.codes
    return any(codes[k] == "d" and codes[k + 1] in "o&" and items.starts[k + 1] == items.ends[k]
               and text[items.starts[k + 1]] in lex.day_suffixes for k in range(len(codes) - 1))
_ERA_YEARS = 200  # the longest an era counts its years

_GAP_RUN = re.compile(rf"[{_GAPS}]{{2,}}")


def _join_gaps(tokens: list[str], codes: str, lex: Lexicon) -> str:
    """Join, in place, the gaps that meet where a chunk starts or ends with white space
    or is empty (``"a \\n b"``, ``"a  b"``) into the one gap the text has there; the
    codes with each such run of gaps read as one."""
    runs = [m.span() for m in _GAP_RUN.finditer(codes)]
    parts = []
    done = 0
    for start, end in runs:
        parts.append(codes[done:start] + lex.token_codes["".join(tokens[start:end])])
        done = end
    for start, end in reversed(runs):
        tokens[start:end] = ["".join(tokens[start:end])]
    return "".join(parts) + codes[done:]


def _gap_code(gap: str) -> str:
    if "\n" in gap:
        return "|"
    if gap.isspace():
        return " "
    rest = _CONTROL.sub("", gap)
    return " " if rest else ""


def _join_names(tokens: list[str], codes: str, starts: list[int], ends: list[int],
                values: list[int], lex: Lexicon) -> str:
    """Make each multi-token name (``tháng 9``, ``the day after``) one item, in place on
    the lists; the new code string. Gaps inside a name are part of it."""
    keys = lex.token_keys
    names: list[tuple[int, int, str, int]] = []
    after = 0
    for i in compress(count(), map(lex.multi.__contains__, map(keys.__getitem__, tokens))):
        if i < after:
            continue
        first = cast(str, keys[tokens[i]])  # in multi, so not a gap's None
        if first in lex.spellings and _marked_otherwise(_exact(tokens[i]), lex.spellings[first]):
            continue  # Vietnamese "thắng 3-1" (won 3-1) is no "tháng 3" (March)
        found = _match_multi(tokens, codes, i, lex.multi[first], lex.seconds[first], keys)
        if found is not None:
            names.append((i, *found))
            after = found[0] + 1
    if not names:
        return codes
    parts = []
    done = 0
    for i, last, code, _ in names:
        parts.append(codes[done:i] + code)
        done = last + 1
    parts.append(codes[done:])
    for i, last, _, value in reversed(names):
        ends[i] = ends[last]
        values[i] = value
        del starts[i + 1:last + 1], ends[i + 1:last + 1], values[i + 1:last + 1]
    # A number that ends a name no longer has words glued to it: mark them afresh.
    return _mark_glued("".join(parts).replace("o", "_"), [end - start for start, end in zip(starts, ends)])


def _add_joiners(lex: Lexicon, language: str, variants: list) -> None:
    """The words that join two days of one month: "and" as CLDR's list patterns write it
    in the language ("{0} and {1}", "{0} i {1}", Hebrew "{0} ו{1}"), "to" as CLDR's
    interval formats write it between two days (Chinese "M月d日至d日", Persian "d تا d
    LLL"), and "and" and "to" from the number reader's tables and
    :data:`.date_words.DAY_JOINERS`: "13 and 14 September", "13 i 14. rujna", "od 13. do
    15. rujna", "9月13日至15日"; and the endings of :data:`.date_words.DAY_RANGE_ENDINGS`,
    which a hyphen parts from the day they are written on (Hungarian "13-tól 15-ig"). An
    "and" written on the next word
    (Hebrew ו, Arabic و) is noted for :func:`_join_repeated_words`, and written on
    another of these words joins days too: Hebrew ועד, Arabic وحتى ("and until"). In a
    language that writes a day's character and spaces between words, such a word written
    on that character is one word with it, and joins days too: Korean 일부터 in "9월
    13일부터 15일까지"."""
    from .number_words import AND_WORDS, RANGES, TO_WORDS

    words = set(AND_WORDS.get(language, "").split()) | set(TO_WORDS.get(language, "").split())
    words.update(joiner for _, joiner in RANGES.get(language, ()))
    words.update(date_words.DAY_JOINERS.get(language, ()))
    words.update(date_words.DAY_RANGE_ENDINGS.get(language, ()))
    glued = set()
    for variant in variants:
        words.update(_interval_words(variant))
        for word, written_on in cldr.list_and(variant):
            words.add(word)
            if written_on:
                glued.add(word)
    words = {word for word in words if " " not in word}
    for word in words:
        lex.add(word, "&", 0)
        for conjunction in glued - {word}:
            lex.add(conjunction + word, "&", 0)
        for suffix in lex.day_suffixes:
            if len(_keys(suffix + word)) == 1:  # not Japanese 日から, three words of one character
                lex.add(suffix + word, "&", 0)
    lex.glued_ands = frozenset(map(fold, glued))


def _words_of(text: str) -> list[str]:
    """The word tokens of a pattern's literal text (a character each in a script written
    without spaces)."""
    return [m.group() for m in _TOKEN_KIND.finditer(text) if m.lastindex == _WORD]


def _interval_words(loc) -> set[str]:
    """The words CLDR's interval formats write between the two days of a range in one
    month ("M月d日至d日": 至; "d تا d LLL": تا; "MMM d – d": none), and between the two
    ends of any range ("{0} تا {1}"), other than the words of the dates themselves
    (日)."""
    found: set[str] = set()
    formats = loc.interval_formats
    for skeleton in ("MMMd", "MMMMd", "Md"):
        halves = (formats.get(skeleton) or {}).get("d")
        if not halves or len(halves) != 2:
            continue
        first, second = _pattern_parts(halves[0]), _pattern_parts(halves[1])
        if not first or not second:
            continue
        between = (first[-1][1] if not first[-1][0] else "") + (second[0][1] if not second[0][0] else "")
        own = {word for is_field, text in (*first[:-1], *second) if not is_field for word in _words_of(text)}
        found.update(word for word in _words_of(between) if word not in own)
    fallback = formats.get(None) or ""
    opening, closing = fallback.find("{0}"), fallback.find("{1}")
    if 0 <= opening < closing:
        found.update(_words_of(fallback[opening + 3:closing]))
    return found


# A word before a day that repeats the word before the day listed before it, alone or
# after an "and" written on it: French "le 13 et le 14", German "am 13. und am 14.", Arabic
# "في 13 و في 14", "في 13 وفي 14", Hebrew "ב-13 וב-14", or a word for "day", Vietnamese
# "ngày 13 và ngày 14"; also before the weekday of each day, "le mercredi 13 et le jeudi
# 14", "am Mittwoch, 13. und am Donnerstag, 14."; item indices of both words.
_REPEATED = re.compile(r"(?=([_cDT])[ \-]?(?:[WE],?[ ])?d(?:\.|-?o)?,?[ ](?:&[ ]?)?([_cDT])[ \-]?(?:[WE],?[ ])?d)")


def _join_repeated_words(text: str, items: Items, lex: Lexicon) -> None:
    """Give such a repeated word the code of a word joining days, ``&``, so that the days
    it parts are read as a list."""
    pairs = [(m.start(1), m.start(2)) for m in _REPEATED.finditer(items.codes)]
    if not pairs:
        return
    chars = list(items.codes)
    repeated: dict[int, str] = {}  # item → the word it repeats
    for before, later in pairs:
        word = repeated.get(before) or fold(text[items.starts[before]:items.ends[before]])
        again = fold(text[items.starts[later]:items.ends[later]])
        if again == word or any(again == conjunction + word for conjunction in lex.glued_ands):
            chars[later] = "&"
            repeated[later] = word
    items.codes = "".join(chars)


_YEAR_CHARACTERS = frozenset("年년")
_CENTURY_PIVOT = 70  # a year of two digits below this is this century's ("24年" is 2024), else the last's


def _short_years(text: str, codes: str, starts: list[int], ends: list[int], values: list[int]) -> str:
    """Make a number of two digits with the year's character after it a year, as
    Japanese business news writes a fiscal year ("24年3月期", the year to March 2024):
    not a day, which the day's own character follows."""
    out = list(codes)
    for i in range(len(codes) - 1):
        if codes[i] == "d" and codes[i + 1] == "c" and text[starts[i + 1]:ends[i + 1]] in _YEAR_CHARACTERS:
            out[i] = "y"
            values[i] += 2000 if values[i] < _CENTURY_PIVOT else 1900
    return "".join(out)


def _join_eras(text: str, codes: str, starts: list[int], ends: list[int], values: list[int]) -> str:
    """Make each era and the number after it (``令和5``, ``令和元``, ``民國112``) one year
    item, in place on the lists; the new codes. An era without a number stays an
    ordinary word."""
    out = list(codes)
    for i in reversed([i for i, code in enumerate(codes) if code == "e"]):
        if values[i] < 0:  # "去年", "지난해": a year named from the publication's
            out[i] = "y"
            continue
        j = i + 1
        while j < len(out) and out[j] in _GAPS:
            j += 1
        if j < len(out) and out[j] in "dn" and 0 < values[j] < _ERA_YEARS:
            year = values[i] + values[j]
        elif j < len(out) and text[starts[j]:ends[j]] == date_words.FIRST_YEAR:
            year = values[i] + 1
        else:
            out[i] = "_"
            continue
        out[i:j + 1] = ["y"]
        values[i], ends[i] = year, ends[j]
        del starts[i + 1:j + 1], ends[i + 1:j + 1], values[i + 1:j + 1]
    return "".join(out)


def _match_multi(tokens: list[str], codes: str, i: int, entries, seconds: frozenset[str],
                 keys: dict[str, str | None]) -> tuple[int, str, int] | None:
    """The longest multi-token name starting at token ``i``, gaps skipped: (index of
    its last token, code, value). Most starts (``the``, ``a``) go on with no name's
    second word (``seconds``), which is looked at first."""
    following: list[str | None] = []
    places: list[int] = []
    j = i
    while len(following) < len(entries[0][0]) - 1:
        j += 1
        while j < len(codes) and codes[j] in _GAPS:
            j += 1
        if j == len(codes):
            break
        following.append(keys[tokens[j]])
        places.append(j)
        if len(following) == 1 and following[0] not in seconds:
            return None
    after = tuple(following)
    for names, code, value in entries:
        if after[:len(names) - 1] == names[1:]:
            return places[len(names) - 2], code, value
    return None


# Patterns over code strings, which are ASCII, use the standard library's engine:
# faster than ``regex`` on short ASCII strings. Each match ends with the word it finds.
_GLUED = re.compile(r"[dy]-?_")


def _mark_glued(codes: str, lengths: list[int]) -> str:
    """Give ``o`` to short unknown words written against a number, or against a hyphen
    written against one (``13th``, ``1er``, ``13-го``); ``lengths`` are the items'."""
    glued = [i for m in _GLUED.finditer(codes) if lengths[i := m.end() - 1] <= 3]
    if not glued:
        return codes
    chars = list(codes)
    for i in glued:
        chars[i] = "o"
    return "".join(chars)


# A letter (or its mark) of a script written without spaces between words: there a
# one- or two-letter weekday abbreviation may be the end of the word before a date
# (Thai "เมื่อ 14 ก.ย." ends in อ, Tuesday's abbreviation).
_UNSPACED_LETTER = regex.compile(f"[{UNSPACED}]")


def _drop_glued_weekdays(text: str, items: Items) -> None:
    """Read an abbreviated weekday written right after or right before a letter of a
    script without spaces as part of that letter's word: Thai "ส" (Saturday) is no
    weekday in "18 ตุลาคม สหรัฐฯ" (the United States), only written alone or with its dot."""
    chars = list(items.codes)
    for i, code in enumerate(chars):
        start = items.starts[i]
        if code == "E" and ((start and _UNSPACED_LETTER.match(text, start - 1))
                            or _UNSPACED_LETTER.match(text, items.ends[i])):
            chars[i] = "_"
    items.codes = "".join(chars)


_MYANMAR_LETTER = regex.compile(r"\p{Myanmar}")


def _drop_glued_months(text: str, items: Items, lex: Lexicon) -> None:
    """Read an abbreviated month written right before a letter of a Burmese word as the
    beginning of that word: "နို" (Nov.) is no month in "နိုင်ငံ ၁၄ နိုင်ငံ" (14 countries); a
    full name stays one ("မေလ")."""
    chars = list(items.codes)
    for i, code in enumerate(chars):
        end = items.ends[i]
        if code == "M" and _MYANMAR_LETTER.match(text, end) \
                and fold(text[items.starts[i]:end]) not in lex.months_wide:
            chars[i] = "_"
    items.codes = "".join(chars)


# Two names of one month joined by a slash, as Al Jazeera writes the month by both its
# Arabic names ("14 سبتمبر/أيلول 2023", "6 فبراير/ شباط"): one month.
# a slash between two names of one month, or the other in brackets: "أكتوبر/تشرين الأول",
# "14 أغسطس (آب) 2018"
_MONTH_PAIR = re.compile(r"[ \t]*(?:/|\()[ \t]*\Z")


def _join_month_pairs(text: str, items: Items) -> None:
    """Join, in place, a month name, a slash and another name of the same month into one item,
    or the other in brackets after it."""
    i = items.codes.find("M")
    while 0 <= i < len(items.codes):
        j = next((k for k in range(i + 1, min(i + 4, len(items.codes))) if items.codes[k] == "M"), None)
        if (j is not None and items.values[j] == items.values[i]
                and _MONTH_PAIR.match(text[items.ends[i]:items.starts[j]])):
            items.ends[i] = items.ends[j] + (1 if text.startswith(")", items.ends[j]) else 0)
            items.codes = items.codes[:i + 1] + items.codes[j + 1:]
            del items.starts[i + 1:j + 1], items.ends[i + 1:j + 1], items.values[i + 1:j + 1]
        i = items.codes.find("M", i + 1)


def _drop_silent(items: Items) -> None:
    """Remove the items of gaps made of format characters alone."""
    keep = [i for i, code in enumerate(items.codes) if code != _SILENT]
    items.codes = items.codes.replace(_SILENT, "")
    items.starts = [items.starts[i] for i in keep]
    items.ends = [items.ends[i] for i in keep]
    items.values = [items.values[i] for i in keep]


# An unknown word up to two items after a number (``13 Septmber``, ``13th Sept``) or
# right before one (``Sept. 13``).
_NEAR_NUMBER = re.compile(r"[dy][ .\-o]{0,2}_|_(?=\.?[ ]?[dy])")


# Languages whose month names take no ending: there a month's letters and more before a
# day are another word (Portuguese "marcou", scored, is no "março").
_UNINFLECTED_MONTHS = frozenset({"pt", "es", "it", "fr", "ca", "gl", "en", "nl", "ro"})


def _reread_near_numbers(text: str, items: Items, lex: Lexicon) -> None:
    """Give unknown words beside a number a second look as month abbreviations or typos;
    a typo only on the side of the day the locale writes the month on ("13 septemrbie",
    not Portuguese "marcou 31", scored 31, as "março 31")."""
    codes = items.codes
    changed: list[tuple[int, str]] = []
    day_first = lex.order.index("d") < lex.order.index("m")
    for m in _NEAR_NUMBER.finditer(codes):
        i = m.end() - 1
        dotted = i + 1 < len(codes) and codes[i + 1] == "." \
            and items.starts[i + 1] == items.ends[i]
        key = fold(text[items.starts[i]:items.ends[i]])
        code, value = lex.near_number(key, dotted)
        if code != "_" and day_first and m.group().startswith("_") and not any(
                name.startswith(key) or (key.startswith(name) and lex.language not in _UNINFLECTED_MONTHS)
                for name in lex.months_wide):
            continue  # a misspelt month before the day, where the day comes first ("sentyabrın 20-də" is a case)
        if code != "_":
            changed.append((i, code))
            items.values[i] = value
    if changed:
        chars = list(codes)
        for i, code in changed:
            chars[i] = code
        items.codes = "".join(chars)


_GDM = r"[ .\-cpo']{0,6}"     # day -> month name (no comma: "13, May said")
_GMD = r"[ .\-cp']{0,6}"      # month name -> day
_GMY = r"[ .,\-cp']{0,6}"     # month name -> year
_GYM = r"[ .\-cpo']{0,6}"     # year -> month name
_GYD = r"[ .,\-cpo']{1,6}"    # year -> day
_GWD = r"[ .,cpD']{0,4}"      # weekday -> date, with a day word: "thứ Sáu, ngày 22 tháng 9"
_GDW = r"[ .,cpo']{0,3}"      # date -> weekday
_TAIL = r"(?:-?o|c|[ ]c\.)?"  # 13일, 13-го, 2023 г.
_NO_NUMBER_BEFORE = r"(?<![dyn][.,:/\-])"
# The days before the last of a range or list, whose month follows the last: "13-14",
# "13 and 14", "13, 14 and 15", "13., 14. i 15.", "od 13. do 15.", Arabic "13 و14 و15"
# ("and" written on the day), Hebrew "13 ו-14", and a range among them, "13–14 and 16",
# "13 to 15 and 20". Each later day may have its weekday before it, as the first may
# have the date's: "Wednesday 13 and Thursday 14", "mercredi 13 et jeudi 14", "Mittwoch,
# 13. und Donnerstag, 14.", "Wednesday the 13th and Thursday the 14th". A comma parts two days only with a space after it ("1,5 and
# 15 September" is a decimal) and only before a joining word or dash further on ("page
# 13, 14 September" stays the 14th).
_LISTED_DAY = r"(?P<d0>d)(?:\.|-?o)?"
_DAY_RANGE = r"[ ]?[~\-][ ]?"
# A joining word, or two ("13 et le 14", "13 و في 14": a repeated word, see
# _join_repeated_words; or a word saying a day follows, "bis 15. und am 20."), and a word of the locale's patterns before the next day with a
# hyphen, as CLDR writes Hebrew "E ה-d" ("the 15th"): "מה-13 ועד ה-15".
_DAY_AND = r",?[ ]&(?:[ ]?[&D])?[ ]?-?(?:c-)?"
_DAY_WEEKDAY = r"(?:[WE],?[ ](?:c[ ])?)?"  # "Thursday 14", "Thursday the 14th"
_DAY_LIST = (rf"(?:(?:{_LISTED_DAY}(?:,[ ]|{_DAY_RANGE}|{_DAY_AND}){_DAY_WEEKDAY})*"
             rf"{_LISTED_DAY}(?:{_DAY_RANGE}|{_DAY_AND}){_DAY_WEEKDAY})?")
_DAY_FROM = r"-&[ ]"  # a joining ending written on the first day: Hungarian "13-tól 15-ig"


# The days after the first of a range or list whose month comes before them, in the
# languages that write the month first: a range, "September 13-15", "9月13-15日", "9월
# 13~15일", or a list that a joining word or dash ends, "September 13 and 14", "Sept. 13
# to 15", "September 13, 14 and 15", "szeptember 13. és 14.", "September 13-14 and 16",
# "szeptember 13-tól 15-ig".
# A comma parts two days only with a space after it and only in such a list ("September
# 13, 14 people" is one day, and in "September 3, 4-1" the 4-1 is a score). The last day
# is followed by no month name ("September 13 to 14 October" is two dates, each read with
# its own month) and by no mark that goes on with a number ("September 11 and 9/11").
# Each day may have its weekday after it: "szeptember 13-án, szerdán és 14-én,
# csütörtökön".
_LATER_DAY = r"(?P<dl>d)"
_WEEKDAY_AFTER = r"(?:,?[ ][WE])?"  # "szeptember 13-án, szerdán és 14-én, csütörtökön"
_DAYS_AFTER_MONTH = (rf"(?:(?:\.|-?o)?{_WEEKDAY_AFTER}"
                     rf"(?:(?:,[ ]|{_DAY_RANGE}|{_DAY_AND}){_LATER_DAY}(?:\.|-?o)?{_WEEKDAY_AFTER})*"
                     rf"(?:{_DAY_RANGE}|{_DAY_AND}|{_DAY_FROM}){_LATER_DAY}"
                     rf"(?!(?:\.|-?o)?{_GDM}[Mm]|[.,/\-~?][dyn]))?")


@lru_cache(maxsize=16)
def grammar(flags: frozenset[str]) -> regex.Pattern:
    """The date grammar over item codes, with what the locale's flags allow (see
    :func:`_flags`): year-first locales also read year–day–month and year–month, those
    that write the month first (``month-first``) the later days of a range or list after
    the month, and those that write a day's character (``day-suffix``: 日, 일) days listed
    after a date."""
    year_first = "year-first" in flags
    later = _DAYS_AFTER_MONTH if "month-first" in flags else ""
    to_month = _GDM if "day-dot" in flags else _GDM.replace(".", "")
    to_month = to_month.replace("[ ", "[, ") if "day-comma" in flags else to_month
    year_to_month = _GYM.replace("[ ", "[, ") if year_first else _GYM
    # (a Roman month takes its full stops everywhere: "13.IX.2023")
    dmy = (rf"{_NO_NUMBER_BEFORE}{_DAY_LIST}(?P<d>d)"
           rf"(?:{to_month}(?P<m>[Mm])(?:{_GMY}(?P<y>y))?|{_GDM}(?P<m>a){_GMY}(?P<y>y)){_TAIL}")
    # Chinese, Japanese, Korean: more days of the month after a date, each written with the
    # day's character: "9月13日、14日、15日", "9月13日、14日和15日", "9월 13일, 14일에",
    # "9月13日至15日", "9月13日～15日", "9月13日と14日", or with a joining word written on it:
    # "9월 13일부터 15일까지", "9월 13일과 14일", "9월 13일, 14일과 15일"; each day may have its
    # weekday after it in brackets: "9月13日（水）と14日（木）", "9월 13일(수)~15일(금)".
    days_after = (r"(?:(?:p[WE]p)?(?:(?<=c|[WE]p)(?:,[ ]?|[ ]?[&~\-][ ]?)|(?<=d)&[ ]?)"
                  r"(?P<dn>d)(?:[co]|(?=&[ ]?d)))*"
                  if "day-suffix" in flags else "")
    # (the year after a slash too, as Amharic news writes an Ethiopian date: "መስከረም 2/2016")
    # (no decimal is a day: "marraskuussa 9,1 prosenttia", "in November 9.1 percent")
    mdy = (rf"(?:(?P<m>[Mm]){_GMD}(?P<d>d)(?![.,]d){later}(?:(?:\.|-?o)?{_GMY}(?P<y>y)|/(?P<y>y)(?![./\-][ ]?[dyn]))?"
           rf"|(?P<m>a){_GMD}(?P<d>d){later}(?:\.|-?o)?{_GMY}(?P<y>y)){_TAIL}{days_after}")
    ymd = rf"(?P<y>y){year_to_month}(?P<m>[Mma]){_GMD}(?P<d>d){later}{_TAIL}{days_after}"
    separator = r"[./\- ]" if "numeric-space" in flags else r"[./\-]"
    # A numeric date, after the first day of a range of its month: "13.–15.9.2023".
    numeric = (rf"(?<![dyn][./\-][ ]?)(?:(?P<d0>d)\.?[ ]?[~\-][ ]?)?(?P<n1>[dy])(?P<s>{separator})[ ]?(?P<n2>d)"
               rf"(?P=s)[ ]?(?P<n3>[dy])(?![./\-][ ]?[dyn])(?:[ ]c\.)?")
    forms = [numeric, dmy, ymd]
    if year_first:
        forms.append(rf"(?P<y>y){_GYD}(?P<d>d){to_month}(?P<m>[Mm])")
    forms.append(mdy)
    # (a word for "last" or "next" before the weekday adds nothing to the date written
    # after it: "last Thursday, 19 November" is the 19th, whatever last Thursday was)
    dated = (rf"(?:(?:[XL][ ]?)?(?P<wa>[WE]){_GWD})?(?:{'|'.join(forms)})"
             rf"(?:{_GDW}p?(?P<wb>[WE]))?")
    # A day and a month in digits after a day word or a weekday: "ngày 13/9", "Rabu (13/9)".
    # Also a day and a month with full stops after a weekday, as Nordic, Finnish, Czech
    # and German news write a date of this year: "perjantaina 15.9.", "fredag 15.9.",
    # "v pátek 22. 9.", "ti 12.3." (the last full stop is needed: "15.30" is a time).
    # In brackets after a weekday, as Hebrew news dates an event, with a full stop too:
    # "ביום רביעי (13.9)". A range of days before them needs no word before it, as Czech,
    # Slovak, Bulgarian and German news write the days of an event this year: "13.–15. 9.",
    # "13-15.09.", "13. bis 15.9.". Alone, a day and a month with full stops are a date
    # where the locale writes the day first and a comma for decimals, so that "13.9." is
    # no figure ("Ottelu pelataan 13.9.", "Матч пройдет 13.09."): see dates._day_dot_month.
    # After a word for "day", with a hyphen too, as Vietnamese news writes it: "ngày 13-9".
    day_month = (r"(?:(?P<D>[DT])[ ]?|(?P<wa>[WE])[ ]?p?)(?P<p1>d)/(?P<p2>d)(?![./\-][ ]?[dyn])"
                 r"|(?P<D>D)[ ]?(?P<p1>d)-(?P<p2>d)(?![./\-][ ]?[dyn])"
                 r"|(?:(?P<wa>[WE]),?|(?P<D>D))[ ](?P<p1>d)\.[ ]?(?P<p2>d)\.(?![ ]?[dyn])"
                 r"|(?<![dyn][./\-][ ]?)(?P<d0>d)\.?[ ]?(?:[~\-]|&)[ ]?(?P<p1>d)\.[ ]?(?P<p2>d)\.(?![ ]?[dyn])"
                 r"|(?P<wa>[WE])[ ]?p(?P<p1>d)\.(?P<p2>d)(?=p)"
                 r"|(?<![dyn][./\-:,][ ]?)(?P<p1>d)\.[ ]?(?P<p2>d)\.(?![ ]?[dyn])")
    # A weekday with its day of the month alone in brackets, as Brazilian news dates
    # every event: "nesta quarta-feira (13)", "na segunda-feira (18)", "sexta-feira (1º)",
    # "nesta quarta (13)".
    bracketed_day = r"(?<![dyn][ .]?)(?:(?P<x>[XL])[ ]?)?(?P<wa>[WE])[ ]?p(?P<bd>d)o?p"
    # A day of the month alone after a word for "day": "no dia 13", "el día 13" (not "el día
    # 13 de marzo", "dia 1º de maio", nor a time, "ngày 13:00", nor the first of a list or
    # range, "ngày 13 và ngày 14 tháng 9"; "el día 13 a las 10:15" is the 13th).
    day_alone = r"(?P<dm>D)[ ]?(?P<ad>d)(?!\.?(?:-?o)?[ ]?(?:c[ ]?)?[Mma]|[./\-~?:][ ]?d|\.?o?,?[ ]?(?:[&~\-][ ]?(?:&[ ]?)?)?d)"
    # (and a month name and its year after a slash, as Vietnamese news writes it: "tháng 3/2023")
    alternatives = [dated, day_month, bracketed_day, day_alone, rf"(?P<m>[Ml])(?:{_GMY}(?P<y>y)|/(?P<y>y)(?![./\-][ ]?[dyn]))"]
    if year_first:
        alternatives.append(rf"(?P<y>y){year_to_month}(?P<m>[Ml])(?![ .cp]*d)")
    # (a weekday after a number is counted, "2 Mondays", but after a score it is the
    # match's: "2-1 domenica", "3-1 dimanche")
    # A weekday alone may have its day of the month after it, without the month: "el jueves
    # 21", "le mardi 19", "Thursday the 21st" (not a time or a date in digits after it).
    # (not the thousands of a figure grouped by a space: "mardi 1 284 cas", 1,284 cases on Tuesday)
    weekday_day = r"(?P<wdp>,?[ ](?:c[ ])?(?P<wd>d)o?(?![ ]?[.?/\-~][ ]?[dyn]|[ ]n))"
    # An abbreviated weekday that is a word of its own stands alone beside "last" or "next":
    # Portuguese "na sexta passada", "na última sexta", "nesta segunda" (see
    # checker.facts.dates._short_weekday).
    alternatives += [rf"(?<!(?<![dyn][\-~])[dyn][ .]?)(?:(?P<x>[XL])[ ]?)?(?P<w>W)(?:[ ]?(?P<x>[XL]))?{weekday_day}?",
                     r"(?<![dyn][ .]?)(?:(?P<x>[XL])[ ]?(?P<w>E)|(?P<w>E)[ ]?(?P<x>[XL]))",
                     r"(?P<r>R)", r"(?P<a>A)"]
    return regex.compile("|".join(alternatives))
