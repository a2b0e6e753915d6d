"""Calendar words from CLDR, through Babel: the one source of month and weekday names.

Tables are built per language on first use and folded with the shared normaliser, so
that ``rujna``, ``Rujan``, ``сентября`` and ``septembrie`` are looked up as keys.
"""

from __future__ import annotations

from functools import lru_cache

from .normalise import fold


@lru_cache(maxsize=512)
def locale(language: str):  # -> babel.Locale | None
    """The Babel locale for a language code (``hr``, ``pt-BR``, ``zh_Hant``), or None."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _names(table, key_map) -> dict[str, int]:
    found: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in table.get(context, {}).get(width, {}).items():
                key = fold(name).rstrip(".")
                if key:
                    found.setdefault(key, key_map(number))
    return found


@lru_cache(maxsize=512)
def month_names(language: str) -> dict[str, int]:
    """Folded month names of ``language`` in every CLDR form (wide and abbreviated,
    format and stand-alone), each mapped to its month number 1–12."""
    loc = locale(language)
    return _names(loc.months, int) if loc is not None else {}


@lru_cache(maxsize=512)
def weekday_names(language: str) -> dict[str, int]:
    """Folded weekday names of ``language`` in every CLDR form, each mapped to its ISO
    weekday (Monday 1 … Sunday 7). Babel numbers Monday 0."""
    loc = locale(language)
    return _names(loc.days, lambda n: int(n) + 1) if loc is not None else {}
