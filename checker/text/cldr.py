"""Calendar words from CLDR, through Babel: the one source of month and weekday names.

Tables are built per language on first use and folded with the shared normaliser, so
that ``rujna``, ``Rujan``, ``сентября`` and ``septembrie`` are looked up as keys.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from .normalise import fold


@lru_cache(maxsize=512)
def locale(language: str):  # -> babel.Locale | None
    """The Babel locale for a language code (``hr``, ``pt-BR``, ``zh_Hant``), or None.
    Its data is read through :func:`_unshared`, so reading it changes no other locale's."""
    from babel import Locale, UnknownLocaleError, localedata

    try:
        loc = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    loc._Locale__data = _unshared()(localedata.load(str(loc)))  # type: ignore[attr-defined]  # Babel 2.14-2.19 keep it there
    return loc


@lru_cache(maxsize=1)
def _unshared():  # -> type
    """Babel's locale data that writes nothing back. Babel resolves an alias on first
    read and stores the result in the dict that held it, which a locale shares with its
    parents for what it does not state itself: root's stand-alone weekday names, read
    once through a script's locale (``zh_Hant``), became root's English names "Sun",
    "Mon" … for every locale loaded after it (Hausa "sun", they, was read as Sunday).
    This resolves each alias on every read and stores nothing."""
    from babel.localedata import Alias, LocaleDataDict, merge

    class Unshared(LocaleDataDict):
        def __getitem__(self, key: str | int | None):  # type: ignore[no-untyped-def]
            value = self._data[key]
            if isinstance(value, Alias):
                value = value.resolve(self.base)
            if isinstance(value, tuple):  # a partial dict over an alias
                alias, others = value
                value = alias.resolve(self.base).copy()
                merge(value, others)
            if isinstance(value, dict):
                value = Unshared(value, base=self.base)
            return value

    return Unshared


def _names(table, key_map) -> Mapping[str, int]:
    found: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in table.get(context, {}).get(width, {}).items():
                key = fold(name).rstrip(".")
                if key:
                    found.setdefault(key, key_map(number))
    return MappingProxyType(found)


@lru_cache(maxsize=512)
def month_names(language: str) -> Mapping[str, int]:
    """Folded month names of ``language`` in every CLDR form (wide and abbreviated,
    format and stand-alone), each mapped to its month number 1–12."""
    loc = locale(language)
    return _names(loc.months, int) if loc is not None else MappingProxyType({})


@lru_cache(maxsize=512)
def month_abbreviations(language: str) -> frozenset[str]:
    """The folded abbreviated month names of ``language`` (format and stand-alone) that
    are no full name too, which a full stop may follow inside a sentence ("21 févr. 2023";
    Georgian gives its full names as abbreviations as well)."""
    loc = locale(language)
    if loc is None:
        return frozenset()

    def forms(width: str) -> frozenset[str]:
        return frozenset(fold(name).rstrip(".") for context in ("format", "stand-alone")
                         for name in loc.months.get(context, {}).get(width, {}).values())

    return forms("abbreviated") - forms("wide")


@lru_cache(maxsize=512)
def weekday_names(language: str) -> Mapping[str, int]:
    """Folded weekday names of ``language`` in every CLDR form, each mapped to its ISO
    weekday (Monday 1 … Sunday 7). Babel numbers Monday 0."""
    loc = locale(language)
    return _names(loc.days, lambda n: int(n) + 1) if loc is not None else MappingProxyType({})


@lru_cache(maxsize=256)
def relative_days(language: str) -> Mapping[str, int]:
    """CLDR's words for the days around today in ``language``, as written, each with its
    offset ("ഇന്നലെ" -1, "ഇന്ന്" 0, "നാളെ" 1)."""
    loc = locale(language)
    if loc is None:
        return MappingProxyType({})
    try:
        relative = loc._data["date_fields"]["day"]["relative"]
    except KeyError:
        return MappingProxyType({})
    return MappingProxyType({word: int(offset) for offset, word in relative.items() if isinstance(word, str)})


@lru_cache(maxsize=256)
def local_currency(tag: str) -> str | None:
    """The ISO code of the currency of the territory a language tag names or, without
    one, the territory CLDR finds most likely for it: TWD for ``zh_TW`` and ``zh_Hant``,
    HKD for ``zh_HK`` and ``yue``, CNY for ``zh``."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    loc = locale(tag)
    if loc is None:
        return None
    territory = loc.territory
    if territory is None:
        likely = get_global("likely_subtags").get(str(loc))
        territory = likely.split("_")[-1] if likely else None
    found = get_territory_currencies(territory) if territory and territory.isupper() else []
    return found[0] if found else None


@lru_cache(maxsize=1)
def _english_territories() -> dict[str, str]:
    """The code of each country and territory by its English name in CLDR, folded
    ("germany": "DE", "united states": "US", "european union": "EU"), and by the name the
    time zone database gives it where CLDR's is another (:func:`_tz_country_names`:
    "turkey": "TR", "czech republic": "CZ")."""
    loc = locale("en")
    found = {fold(name): code for code, name in loc.territories.items() if code.isalpha()} if loc is not None else {}
    for code, name in _tz_country_names():
        found.setdefault(fold(name), code)
    return found


def _tz_country_names() -> list[tuple[str, str]]:
    """The code and English name of each country in the time zone database's
    ``iso3166.tab`` (the tzdata package's or the system's, where one is installed): the
    common names CLDR has replaced or writes otherwise ("Turkey" for "Türkiye", "Czech
    Republic" for "Czechia", "East Timor", "Macau"). A name with a bracket or an
    abbreviation is left out ("Korea (South)", "Central African Rep.")."""
    for table in _tz_tables():
        try:
            lines = table.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
        return [(row[0], row[1]) for row in rows
                if len(row) == 2 and row[0].isalpha() and not any(mark in row[1] for mark in "().")]
    return []


def _tz_tables() -> list:  # -> list[Traversable | Path]
    """Where ``iso3166.tab`` may be: in the tzdata package, then in each folder of the
    system's time zone path."""
    import zoneinfo
    from importlib import resources
    from pathlib import Path

    found: list = []
    try:
        found.append(resources.files("tzdata").joinpath("zoneinfo", "iso3166.tab"))
    except ModuleNotFoundError:
        pass
    found.extend(Path(folder) / "iso3166.tab" for folder in zoneinfo.TZPATH)
    return found


def territory_code(name: str) -> str | None:
    """The CLDR code of the country or territory that English calls ``name``, if any."""
    return _english_territories().get(fold(name))


@lru_cache(maxsize=4096)
def territory_name(name: str, language: str) -> str | None:
    """The name ``language`` gives in CLDR the country or territory that English calls
    ``name`` ("Germany": "Allemagne" in French, "Njemačka" in Croatian, "ألمانيا" in
    Arabic), where that differs from ``name`` once folded; None for a name that is no
    territory's in English, or a language CLDR has no name of it in."""
    code = territory_code(name)
    loc = locale(language) if code is not None and language else None
    found = loc.territories.get(code) if loc is not None else None
    return found if found and fold(found) != fold(name) else None


@lru_cache(maxsize=256)
def territory_names(language: str) -> tuple[tuple[str, str], ...]:
    """The names ``language`` gives in CLDR the countries and territories, with their code,
    in each script it is written in (:func:`own_locales`): ("BR", "البرازيل") in Arabic,
    ("BR", "ברזיל") in Hebrew, ("UZ", "Oʻzbekiston") and ("UZ", "Ўзбекистон") in Uzbek; none
    for a language CLDR has no data for."""
    found: dict[tuple[str, str], None] = {}
    for ident in own_locales(language) if language else ():
        loc = locale(ident)
        for code, name in loc.territories.items() if loc is not None else ():
            if code.isalpha() and name:
                found.setdefault((code, name))
    return tuple(found)


@lru_cache(maxsize=1)
def _zones() -> dict[str, tuple[str, ...]]:
    """Each time zone with the old names CLDR may still file its city under
    ("Europe/Kyiv": "Europe/Kiev" as well)."""
    from babel.core import get_global

    found: dict[str, list[str]] = {zone: [zone] for zone in get_global("zone_territories")}
    for alias, zone in sorted(get_global("zone_aliases").items()):
        if zone in found and alias not in found:
            found[zone].append(alias)
    return {zone: tuple(names) for zone, names in found.items()}


def _city(loc, zone: str) -> str | None:  # loc: babel.Locale
    """The city ``loc`` names time zone ``zone`` after, under its name or an old one."""
    return next((city for name in _zones()[zone] if (city := loc.time_zones.get(name, {}).get("city"))), None)


@lru_cache(maxsize=1)
def _english_cities() -> dict[str, str]:
    """The time zone CLDR names after each city (its exemplar city), by the city's English
    name, folded ("moscow": "Europe/Moscow", "kyiv": "Europe/Kyiv"): the world's capitals and
    its other large cities."""
    loc = locale("en")
    found: dict[str, str] = {}
    for zone in sorted(_zones()):
        city = (_city(loc, zone) if loc is not None else None) or zone.rsplit("/", 1)[-1].replace("_", " ")
        found.setdefault(fold(city), zone)
    return found


def city_zone(name: str) -> str | None:
    """The time zone CLDR names after the city that English calls ``name``, if any."""
    return _english_cities().get(fold(name))


@lru_cache(maxsize=4096)
def city_name(name: str, language: str) -> str | None:
    """The name ``language`` gives in CLDR the city that English calls ``name``, as it
    names a time zone after it ("Moscow": "Moskau" in German, "Moskwa" in Polish, "موسكو" in
    Arabic), where that differs from ``name`` once folded; None otherwise."""
    zone = city_zone(name)
    loc = locale(language) if zone is not None and language else None
    found = _city(loc, zone) if loc is not None and zone is not None else None
    return found if found and fold(found) != fold(name) else None


@lru_cache(maxsize=1)
def locale_ids() -> tuple[str, ...]:
    """Every locale Babel has data for."""
    from babel.localedata import locale_identifiers

    return tuple(locale_identifiers())


def regional_ids(language: str) -> list[str]:
    """The language's regional locales (``de_AT``, ``de_CH``; not its scripts, ``sr_Latn``)."""
    return [ident for ident in locale_ids()
            if (parts := ident.split("_"))[0] == language and len(parts) == 2 and len(parts[1]) != 4]


class OwnData(NamedTuple):
    """What a locale's own CLDR file states rather than inherits, of what the readers use."""

    months: bool  # it names the months its own way
    group: str | None  # its digit grouping mark, where it has one of its own


@lru_cache(maxsize=1024)
def own_data(ident: str) -> OwnData:
    """What locale ``ident`` states itself."""
    raw = _own_file(ident)
    return OwnData(bool(raw.get("months")), raw.get("number_symbols", {}).get("latn", {}).get("group"))


def own_names(ident: str) -> list[str]:
    """The names locale ``ident``'s own file gives, in its language: of the world's
    languages, territories and scripts, of the months and weekdays."""
    raw = _own_file(ident)
    found: list[str] = []
    pending = [raw.get(key, {}) for key in ("languages", "territories", "scripts", "months", "days")]
    while pending:
        table = pending.pop()
        for value in table.values() if isinstance(table, dict) else ():
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, dict):  # months and days: by context and width
                pending.append(value)
    return found


@lru_cache(maxsize=1024)
def own_locales(language: str) -> tuple[str, ...]:
    """The locales whose own files hold what CLDR writes in ``language``: its own, one
    per script it is written in (``uz``, ``uz_Cyrl``, ``uz_Arab``), and the language's it
    inherits from, where another (Bokmål's, ``nb``, is nearly all in Norwegian's, ``no``);
    under the code CLDR files it as (Tagalog, ``tl``, as Filipino, ``fil``). Empty for a
    language CLDR has no data for."""
    from babel.core import get_global

    language = get_global("language_aliases").get(language, language)
    idents = [ident for ident in locale_ids()
              if (parts := ident.split("_"))[0] == language and (len(parts) == 1 or len(parts[1]) == 4)]
    parent = get_global("parent_exceptions").get(language)
    if idents and parent and "_" not in parent:
        idents.append(parent)
    return tuple(idents)


# What a locale writes in running words: names, and the names and patterns of fields,
# units, lists and currencies ("{0} kun oldin", "{0} va {1}"); not its date patterns,
# whose letters are a format's ("d MMMM y"), nor its time zones' cities.
_WORDED = ("languages", "territories", "scripts", "variants", "months", "days", "quarters", "eras",
           "day_periods", "date_fields", "list_patterns", "unit_patterns", "unit_display_names",
           "compound_unit_patterns", "currency_names", "currency_names_plural", "currency_unit_patterns",
           "compact_decimal_formats", "measurement_systems")


@lru_cache(maxsize=256)
def own_words(language: str) -> frozenset[str]:
    """The words, case-folded (NFC), that CLDR writes in ``language``: what its locale
    names and the patterns of its fields, units and lists (:data:`_WORDED`: Uzbek
    "kun", "oldin", "va", "yoki"), in each script it is written in (Uzbek in Latin,
    Cyrillic and Arabic), with the language it inherits from where it has one
    (Bokmål from Norwegian) and under the code CLDR files it as (Tagalog as Filipino).
    Empty for a language CLDR has no data for."""
    import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

    texts: list[str] = []
    for ident in own_locales(language):
        raw = _own_file(ident)
        pending = [raw.get(key, {}) for key in _WORDED]
        while pending:
            value = pending.pop()
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, dict):
                pending.extend(value.values())
            elif isinstance(getattr(value, "pattern", None), str):  # a compact number: "0 ming"
                texts.append(value.pattern)
    word = regex.compile(r"\p{L}[\p{L}\p{M}]*")
    return frozenset(found for text in texts for found in word.findall(unicodedata.normalize("NFC", text).casefold()))


def _own_file(ident: str) -> dict:
    """Locale ``ident``'s own data, read from its file: Babel's loader would keep it,
    unmerged, for every later use (and a process that reads every locale's names once
    would hold them all)."""
    import pickle

    from babel.localedata import resolve_locale_filename

    with open(resolve_locale_filename(ident), "rb") as data:
        return pickle.load(data)


def list_and(loc) -> list[tuple[str, bool]]:  # loc: babel.Locale
    """The word for "and" between the last two items of the locale's CLDR list patterns,
    if one word is written there ("{0}, and {1}", "{0}، و {1}"; not Luxembourgish "a(n)"),
    and whether it is written on the next item (Hebrew "{0} ו{1}", Arabic "{0} و{1}", in
    scripts written with spaces)."""
    word_pattern, written_on = _list_patterns()
    found = []
    patterns = loc.list_patterns.get("standard", {})
    for key in ("end", "2"):
        pattern = patterns.get(key, "")
        first, second = pattern.find("{0}"), pattern.find("{1}")
        if 0 <= first < second:
            between = pattern[first + 3:second]
            word = word_pattern.fullmatch(between)
            if word:
                found.append((word.group(1), bool(written_on.search(between))))
    return found


@lru_cache(maxsize=1)
def _list_patterns():  # -> tuple[regex.Pattern, regex.Pattern]
    import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

    from .normalise import UNSPACED

    return (regex.compile(r"[\s\p{P}\p{Cf}]*([\p{L}\p{M}]+)[\s\p{P}\p{Cf}]*"),
            regex.compile(rf"[[\p{{L}}\p{{M}}]--[{UNSPACED}]]$", flags=regex.V1))


@lru_cache(maxsize=256)
def and_words(language: str) -> frozenset[str]:
    """The language's words for "and" (:func:`list_and`), case-folded as written, in each
    script CLDR writes the language in: English "and", Serbian "и" and "i", Persian "و",
    Hebrew "ו". Not folded to Latin, where Italian "è" (is) would be "e" (and); none in a
    script written without spaces, whose tokens are characters (Chinese 和 is also in 和平)."""
    from .normalise import _UNSPACED_RE

    found: set[str] = set()
    for ident in (language, *(ident for ident in locale_ids()
                              if (parts := ident.split("_"))[0] == language and len(parts) == 2
                              and len(parts[1]) == 4)):
        loc = locale(ident)
        if loc is not None:
            found.update(word.casefold() for word, _ in list_and(loc) if not _UNSPACED_RE.search(word))
    return frozenset(found | _OTHER_ANDS.get(language, frozenset()))


# Words for "and" news writes between clauses beside the one CLDR's lists join with:
# Croatian, Bosnian, Serbian "te", Slovene "ter", Ukrainian "та", Polish "oraz" ("zaštitna zona
# polumjera 3 kilometra te zona nadzora polumjera 10 kilometara").
_OTHER_ANDS: dict[str, frozenset[str]] = {
    "hr": frozenset({"te"}), "bs": frozenset({"te"}), "sr": frozenset({"te", "те"}), "sl": frozenset({"ter"}),
    "uk": frozenset({"та"}), "pl": frozenset({"oraz"}),
}


@lru_cache(maxsize=256)
def unspaced_and_words(language: str) -> tuple[str, ...]:
    """The words for "and" CLDR writes in a script without spaces, of two characters or
    more, as written: Thai "และ", Lao "ແລະ", Khmer "និង", Burmese "နှင့်" (not Chinese 和,
    one character, which is also in 和平), looked for in the text itself."""
    from .normalise import _UNSPACED_RE

    loc = locale(language)
    if loc is None:
        return ()
    return tuple(sorted({word for word, _ in list_and(loc) if _UNSPACED_RE.search(word) and len(word) >= 2}))


_PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})


@lru_cache(maxsize=256)
def unit_words(language: str) -> frozenset[str]:
    """The words CLDR writes after a number for its units, as written, those of two
    letters or more in lower case: Spanish "km", "horas", Romanian "ore", "kilometri"."""
    import regex

    loc = locale(language)
    if loc is None:
        return frozenset()
    found: set[str] = set()
    for widths in loc._data["unit_patterns"].values():
        for forms in widths.values() if hasattr(widths, "values") else ():
            for category, pattern in forms.items() if hasattr(forms, "items") else ():
                if category in _PLURAL_CATEGORIES and "{0}" in pattern:
                    found.update(word for word in (w.rstrip(".") for w in pattern.replace("{0}", " ").split())
                                 if regex.fullmatch(r"\p{Ll}[\p{Ll}\p{M}]+", word))
    return frozenset(found)


@lru_cache(maxsize=256)
def year_words(language: str) -> tuple[str, ...]:
    """The language's words for "year", case-folded, from CLDR's patterns of a span of
    years: English "year", "years", Russian "год", "года", "лет", Turkish "yıl", Chinese
    and Japanese "年", Korean "년"; and the form its names of last, this and next year
    share, the case a year is dated in: Russian "году" ("в прошлом году"), Finnish
    "vuonna", Polish "roku", Latvian "gadā", Lithuanian "metais", Georgian "წელს"."""
    import regex

    loc = locale(language)
    if loc is None:
        return ()
    found: set[str] = set()
    for forms in loc._data["unit_patterns"].get("duration-year", {}).values():
        for category, pattern in forms.items() if hasattr(forms, "items") else ():
            if category in _PLURAL_CATEGORIES and "{0}" in pattern:  # not "{0} per year"
                words = pattern.replace("{0}", " ").split()
                found.update(word.casefold() for word in words if regex.fullmatch(r"[\p{L}\p{M}]+", word))
    relative = [name.casefold().split() for name in
                loc._data["date_fields"].get("year", {}).get("relative", {}).values()]
    shared = Counter(word for words in relative for word in set(words))
    # a word of three letters or more in two of the three (not a preposition, "в", "w"), and
    # not the English CLDR falls back to where a language has none of its own
    found.update(word for word, times in shared.items() if times >= 2 and word != "year"
                 and regex.fullmatch(r"[\p{L}\p{M}]{3,}", word))
    return tuple(sorted(found, key=lambda word: (-len(word), word)))


@lru_cache(maxsize=256)
def regional_group_marks(language: str) -> frozenset[str]:
    """Digit grouping marks the language's regions use of their own (Swiss German ’:
    ``1’500``, also typed ``1'500``)."""
    return frozenset(mark for ident in regional_ids(language) if (mark := own_data(ident).group))
