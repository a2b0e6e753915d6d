"""Per-language date vocabulary from CLDR, and the token grammar that finds dates.

A text is cut into tokens: digit runs, words (single characters in scripts written
without spaces) and punctuation. Each token, or run of tokens spelling a multi-word
name (``tháng 9``, ``quarta-feira``, Thai ``กันยายน``), becomes one *item* with a
one-character class code, and the date grammar is a regular expression over the string
of codes. Languages differ only in which words get which code — CLDR month, weekday
and era names in every form, the literal words of the locale's own date patterns
(``de``, ``г.``, ``gada``, ``년``), the small tables of :mod:`.date_words` — and in the
order of numeric fields, read from the locale's short date pattern.

Item codes::

    d  1–2 digits        y  4 digits (1000–2999)   n  other digits
    M  month name        m  misspelt month, or abbreviation with a dot (only beside a number)
    a  month abbreviation without its dot (only with a year)
    W  weekday (wide or inflected; may stand alone)  E  abbreviated weekday (only with a date)
    R  yesterday/today/tomorrow   A  the day after/before   X  next   L  last
    c  a word of the locale's date patterns   o  letters glued to a number (13th, 1er, 13-го)
    _  any other word    ' '  white space   |  a line break
    . , - / ~ p ?        full stop, comma, hyphen, slash, dash, bracket, other punctuation
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..text.cldr import locale as cldr_locale
from ..text.fuzzy import best_match, word_score
from ..text.normalise import fold
from . import date_words

_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
_LETTER = rf"[[\p{{L}}\p{{M}}]--[{_UNSPACED}]]"
_LEX = regex.compile(  # joiners (ZWNJ, ZWJ) belong to the word they sit in
    rf"(\p{{Nd}}+)|([{_UNSPACED}]|{_LETTER}+(?:[\u200c\u200d]{_LETTER}+)*)|([^\s\p{{Cf}}])",
    flags=regex.V1)
_DIGITS, _WORD, _PUNCT = 1, 2, 3
_CONTROL = regex.compile(r"\p{Cf}+")
_PUNCT_CODES = {".": ".", "׳": ".", "॰": ".", ",": ",", "،": ",", "、": ",", "⹁": ",", "-": "-",
                "‐": "-", "‑": "-", "/": "/", "–": "~", "—": "~", "(": "p", ")": "p",
                "'": "'", "’": "'", "‘": "'", "ʼ": "'"}
_CODE_RANK = {"M": 6, "W": 5, "c": 4, "E": 3, "R": 2, "A": 2, "X": 2, "L": 2}
_WEEKDAY_KEYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
_SCRIPTS = {"Latn", "Cyrl", "Arab", "Hans", "Hant"}
_PATTERN_PART = regex.compile(r"'((?:[^']|'')*)'|(([A-Za-z])\3*)|([^A-Za-z']+)")
_NAME_FIELDS = {"MMM", "MMMM", "LLL", "LLLL", "EEE", "EEEE", "ccc", "cccc"}
_MONTH_CUTOFF = 86.0
_WEEKDAY_CUTOFF = 90.0
_MEMO_LIMIT = 200_000


@lru_cache(maxsize=4096)
def punct_code(char: str) -> str:
    """The code of one punctuation character (full-width forms read as their ASCII twin)."""
    return _PUNCT_CODES.get(unicodedata.normalize("NFKC", char), "?")


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
    keys = [token_key(m.lastindex, m.group()) for m in _LEX.finditer(text)]
    while keys and keys[-1] == ".":
        keys.pop()
    return tuple(keys)


@dataclass
class Items:
    """A text as classified items: parallel lists of code, span and value."""

    codes: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    values: list[int] = field(default_factory=list)

    def add(self, code: str, start: int, end: int, value: int = 0) -> None:
        self.codes.append(code)
        self.starts.append(start)
        self.ends.append(end)
        self.values.append(value)


@dataclass
class Lexicon:
    """Everything about one language that the grammar needs, built once from CLDR."""

    language: str
    order: str = "mdy"
    flags: frozenset[str] = frozenset()
    buddhist: bool = False
    capitalised: bool = False
    single: dict[str, tuple[str, int]] = field(default_factory=dict)
    exact: dict[str, tuple[str, int]] = field(default_factory=dict)
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
    memo: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    near_memo: dict[tuple[str, bool], tuple[str, int]] = field(default_factory=dict)

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

    def word(self, token: str) -> tuple[str, int, str]:
        """Code, value and key of a word token, remembered per spelling."""
        hit = self.memo.get(token)
        if hit is None:
            key = fold(token)
            exact = _exact(token)
            found = self.exact.get(exact)
            if found is None and key not in self.clashes and not self._overmarked(exact, key):
                found = self.single.get(key)
            code, value = found or self._derived(key)
            if code == "M" and self.capitalised and token.islower():
                code = "a"  # "2 may be", "13 march on": a date only with its year
            hit = (code, value, key)
            if len(self.memo) < _MEMO_LIMIT:
                self.memo[token] = hit
        return hit

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

    def _derived(self, key: str) -> tuple[str, int]:
        """An inflected weekday (``miercurea``, ``Wednesdays``) or a misspelt one;
        otherwise an ordinary word."""
        if len(key) >= 6:
            for name, weekday in self.weekdays_wide.items():
                if name[0] == key[0] and _inflects(name, key):
                    return "W", weekday
        return "_", 0

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
                return ("m" if dotted else "a"), months.pop()
        if len(key) >= 6:
            found = best_match(key, list(self.months_wide), _MONTH_CUTOFF)
            if found is not None:
                return "m", self.months_wide[found[0]]
        return "_", 0


def _exact(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


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


def _inflects(name: str, word: str) -> bool:
    """Whether ``word`` is an inflected or misspelt form of the weekday ``name``: a long
    name with a changed ending (``miercuri``/``miercurea``), or a close typo."""
    if len(name) >= 7:
        if _common_prefix(name, word) >= len(name) - 2 and -2 <= len(word) - len(name) <= 3:
            return True
    return len(name) >= 6 and word_score(name, word) >= _WEEKDAY_CUTOFF


def _common_prefix(a: str, b: str) -> int:
    """How many leading characters ``a`` and ``b`` share."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=1)
def _locale_ids() -> tuple[str, ...]:
    from babel.localedata import locale_identifiers

    return tuple(locale_identifiers())


def _script_variants(loc) -> list:
    """The locale and the same language in its other scripts (Serbian is written in
    Cyrillic and Latin alike, and transliteration does not make ``ч`` and ``č`` meet)."""
    found = [loc]
    for ident in _locale_ids():
        parts = ident.split("_")
        if (len(parts) == 2 and parts[0] == loc.language and parts[1] in _SCRIPTS
                and parts[1] != loc.script):
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
    _add_words(lex, loc.language)
    lex.order = _field_order(loc.date_formats["short"].pattern)
    lex.flags = _flags(_date_patterns(loc))
    lex.buddhist = loc.language == "th"
    lex.capitalised = all(name[:1].isupper() for name in loc.months["format"]["wide"].values())
    return lex


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
            for number, name in loc.days.get(context, {}).get(width, {}).items():
                _add_glued(lex, name, "W" if width == "wide" else "E", int(number) + 1)
                if width == "wide" and len(_keys(name)) == 1:
                    lex.weekdays_wide.setdefault(fold(name), int(number) + 1)
    fields = loc._data.get("date_fields", {})
    for short, weekday in _WEEKDAY_KEYS.items():
        names = [key for key, n in lex.weekdays_wide.items() if n == weekday]
        for form in _relative_forms(fields.get(short, {})):
            key = fold(form)
            if any(_same_stem(name, key) for name in names):
                lex.add(form, "W", weekday)
    for width in ("wide", "abbreviated"):
        era = loc.eras.get(width, {}).get(1)
        if era:
            lex.add(era, "c", 0)


def _add_glued(lex: Lexicon, name: str, code: str, value: int) -> None:
    """File a name as written and with each affix its locale's patterns glue to names."""
    lex.add(name, code, value)
    bare = name.rstrip(".")
    for prefix in lex.prefixes:
        lex.add(prefix + bare, code, value)
    for suffix in lex.suffixes:
        lex.add(bare + suffix, code, value)


def _relative_forms(table) -> Iterable[str]:
    """The words of the singular and paucal relative-time patterns of one weekday."""
    for tense in ("future", "past"):
        patterns = table.get(tense, {})
        for plural in ("one", "few"):
            pattern = patterns.get(plural)
            if pattern:
                yield from regex.findall(r"[\p{L}\p{M}]+", pattern)


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
            for chunk in regex.findall(
                    rf"(?:[{_UNSPACED}]+|[\p{{L}}\p{{M}}]+)", text):
                lex.add(chunk, "c", 0)


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
        glued = regex.search(r"[\p{L}\p{M}]+$", parts[i - 1][1])
        if glued:
            lex.prefixes.add(glued.group())
    if i + 1 < len(parts) and not parts[i + 1][0]:
        glued = regex.match(r"[\p{L}\p{M}]+", parts[i + 1][1])
        if glued:
            lex.suffixes.add(glued.group())


def _flags(patterns: list[str]) -> frozenset[str]:
    """What the locale's own patterns allow beyond the common grammar: ``year-first``
    (its full or long date starts with the year: Hungarian, Lithuanian, East Asian),
    ``day-comma`` (a comma between day and month name: Telugu ``9, డిసెంబర్``) and
    ``numeric-space`` (numeric day and month parted by a space alone: Yoruba
    ``22 07 2012``)."""
    flags = set()
    for pattern in patterns[:2]:
        if _field_order(pattern).startswith("y"):
            flags.add("year-first")
    for pattern in patterns:
        parts = _pattern_parts(pattern)
        fields = [(i, text) for i, (is_field, text) in enumerate(parts)
                  if is_field and text[0] in "MLd"]
        for (i, first), (j, second) in zip(fields, fields[1:]):
            between = "".join(text for _, text in parts[i + 1:j])
            named = len(first) >= 3 or len(second) >= 3
            if first[0] == "d" and named and "," in between:
                flags.add("day-comma")
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


def _add_words(lex: Lexicon, language: str) -> None:
    """The hand tables: relative days, day shifts, next/last, extra connectors, and the
    neighbours that make an ambiguous word ordinary."""
    for word, offset in date_words.RELATIVE_DAYS.get(language, {}).items():
        lex.add(word, "R", offset)
    for word, shift in date_words.DAY_SHIFTS.get(language, {}).items():
        lex.add(word, "A", shift)
    for word in date_words.NEXT_WORDS.get(language, ()):
        lex.add(word, "X", 1)
    for word in date_words.LAST_WORDS.get(language, ()):
        lex.add(word, "L", -1)
    for word in date_words.EXTRA_CONNECTORS.get(language, ()):
        lex.add(word, "c", 0)
    for table, target in ((date_words.NOT_AFTER, lex.not_after),
                          (date_words.NOT_BEFORE, lex.not_before),
                          (date_words.ONLY_AFTER, lex.only_after)):
        for word, neighbours in table.get(language, {}).items():
            target[fold(word)] = frozenset(fold(n) for n in neighbours)


def classify(text: str, lex: Lexicon) -> Items:
    """Cut ``text`` into items and give each its code (see the module docstring)."""
    tokens = [(m.start(), m.end(), m.lastindex, m.group()) for m in _LEX.finditer(text)]
    items = Items()
    codes, starts, ends, values = items.codes, items.starts, items.ends, items.values
    memo, word, multi = lex.memo, lex.word, lex.multi
    prev_end = -1
    i, count = 0, len(tokens)
    while i < count:
        start, end, kind, token = tokens[i]
        if start != prev_end and prev_end >= 0:
            gap = " " if start - prev_end == 1 and text[prev_end] == " " \
                else _gap_code(text[prev_end:start])
            if gap:
                items.add(gap, prev_end, start)
        value = 0
        if kind == _WORD:
            code, value, key = memo.get(token) or word(token)
            if code == "_" and start == prev_end and len(token) <= 3 and _after_number(items):
                code = "o"
        elif kind == _DIGITS and len(token) <= 4:
            value = int(token)
            key = str(value)
            code = "d" if len(token) <= 2 else "y" if len(token) == 4 and value >= 1000 \
                and value < 3000 else "n"
        elif kind == _DIGITS:
            code = key = "n"
        else:
            code = key = punct_code(token)
        if key in multi:
            found = _match_multi(tokens, i, multi[key])
            if found is not None:
                step, code, value = found
                end = tokens[i + step - 1][1]
                i += step - 1
        codes.append(code)
        starts.append(start)
        ends.append(end)
        values.append(value)
        prev_end = end
        i += 1
    _reread_near_numbers(text, items, lex)
    return items


def _gap_code(gap: str) -> str:
    if "\n" in gap:
        return "|"
    if gap.isspace():
        return " "
    rest = _CONTROL.sub("", gap)
    return " " if rest else ""


def _after_number(items: Items) -> bool:
    """Whether the last item is a number, or a hyphen glued to one (``13-го``)."""
    codes = items.codes
    if codes and codes[-1] in "dy":
        return True
    return (len(codes) >= 2 and codes[-1] == "-" and codes[-2] in "dy"
            and items.ends[-2] == items.starts[-1])


def _match_multi(tokens, i: int, entries) -> tuple[int, str, int] | None:
    """The longest multi-token name starting at token ``i``: (tokens used, code, value)."""
    for keys, code, value in entries:
        if i + len(keys) > len(tokens):
            continue
        for j in range(1, len(keys)):
            _, _, kind, token = tokens[i + j]
            if token_key(kind, token) != keys[j]:
                break
        else:
            return len(keys), code, value
    return None


_NEAR_NUMBER = regex.compile(r"(?<=[dy][ .\-o]{0,2})_|_(?=\.?[ ]?[dy])")


def _reread_near_numbers(text: str, items: Items, lex: Lexicon) -> None:
    """Give unknown words beside a number a second look as month abbreviations or typos."""
    codes = "".join(items.codes)
    for m in _NEAR_NUMBER.finditer(codes):
        i = m.start()
        dotted = i + 1 < len(codes) and codes[i + 1] == "." \
            and items.starts[i + 1] == items.ends[i]
        code, value = lex.near_number(fold(text[items.starts[i]:items.ends[i]]), dotted)
        if code != "_":
            items.codes[i] = code
            items.values[i] = value


_GDM = r"[ .\-cpo']{0,6}"     # day -> month name (no comma: "13, May said")
_GMD = r"[ .\-cp']{0,6}"      # month name -> day
_GMY = r"[ .,\-cp']{0,6}"     # month name -> year
_GYM = r"[ .\-cpo']{0,6}"     # year -> month name
_GYD = r"[ .,\-cpo']{1,6}"    # year -> day
_GWD = r"[ .,cp']{0,4}"       # weekday -> date
_GDW = r"[ .,cpo']{0,3}"      # date -> weekday
_TAIL = r"(?:-?o|c|[ ]c\.)?"  # 13일, 13-го, 2023 г.
_NO_NUMBER_BEFORE = r"(?<![dyn][.,:/\-])"


@lru_cache(maxsize=16)
def grammar(flags: frozenset[str]) -> regex.Pattern:
    """The date grammar over item codes, with what the locale's flags allow (see
    :func:`_flags`): year-first locales also read year–day–month and year–month."""
    year_first = "year-first" in flags
    to_month = _GDM.replace("[ ", "[, ") if "day-comma" in flags else _GDM
    year_to_month = _GYM.replace("[ ", "[, ") if year_first else _GYM
    day_range = r"(?:(?P<d0>d)(?:\.|-?o)?[ ]?[~\-][ ]?)?"
    dmy = (rf"{_NO_NUMBER_BEFORE}{day_range}(?P<d>d){to_month}"
           rf"(?:(?P<m>[Mm])(?:{_GMY}(?P<y>y))?|(?P<m>a){_GMY}(?P<y>y)){_TAIL}")
    mdy = (rf"(?:(?P<m>[Mm]){_GMD}(?P<d>d)(?:(?:\.|-?o)?{_GMY}(?P<y>y))?"
           rf"|(?P<m>a){_GMD}(?P<d>d)(?:\.|-?o)?{_GMY}(?P<y>y)){_TAIL}")
    ymd = rf"(?P<y>y){year_to_month}(?P<m>[Mma]){_GMD}(?P<d>d){_TAIL}"
    separator = r"[./\- ]" if "numeric-space" in flags else r"[./\-]"
    numeric = (rf"(?<![dyn][./\-][ ]?)(?P<n1>[dy])(?P<s>{separator})[ ]?(?P<n2>d)"
               rf"(?P=s)[ ]?(?P<n3>[dy])(?![./\-][ ]?[dyn])(?:[ ]c\.)?")
    forms = [numeric, dmy, ymd]
    if year_first:
        forms.append(rf"(?P<y>y){_GYD}(?P<d>d){to_month}(?P<m>[Mm])")
    forms.append(mdy)
    dated = (rf"(?:(?P<wa>[WE]){_GWD})?(?:{'|'.join(forms)})"
             rf"(?:{_GDW}p?(?P<wb>[WE]))?")
    alternatives = [dated, rf"(?P<m>M){_GMY}(?P<y>y)"]
    if year_first:
        alternatives.append(rf"(?P<y>y){year_to_month}(?P<m>M)(?![ .cp]*d)")
    alternatives += [r"(?<![dyn][ .]?)(?:(?P<x>[XL])[ ]?)?(?P<w>W)(?:[ ]?(?P<x>[XL]))?",
                     r"(?P<r>R)", r"(?P<a>A)"]
    return regex.compile("|".join(alternatives))
