"""Dates written by CLDR itself (through Babel), in many locales, are read back.

Every locale's own full, long, medium and short formats, its day-and-month skeleton and
its weekday name are embedded in a sentence; the extractor, told the locale and a
published date, must find exactly the written day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton

from checker.facts.dates import DateValue, find_dates
from checker.text import cldr

LOCALES = ("en en_GB en_AU hr sr sr_Latn bs sl ro de de_AT fr es es_MX it pt pt_PT pl cs sk "
           "hu ru uk bg mk el tr nl sv da nb fi et lv lt ar he hi zh zh_Hant ja ko ka hy "
           "th vi id ms fa ca sq az kk").split()
# Days past the 12th, up to the 12th, a leap day, and one on either side of a year end.
DAYS = (dt.date(2023, 9, 13), dt.date(2024, 2, 29), dt.date(2021, 1, 5), dt.date(2019, 12, 31))
FORMS = ("full", "long", "medium", "short")
SENTENCE = "Kim Jong Un i Putin — {} — Vostochny."


def _days_found(text: str, locale: str, published: dt.date) -> set[str]:
    return {m.value.iso for m in find_dates(text, locale, published) if m.value.iso}


@pytest.mark.parametrize("locale", LOCALES)
def test_every_cldr_format_is_read(locale: str) -> None:
    for day in DAYS:
        published = day + dt.timedelta(days=40)
        for form in FORMS:
            text = SENTENCE.format(format_date(day, format=form, locale=locale))
            assert day.isoformat() in _days_found(text, locale, published), (form, text)


@pytest.mark.parametrize("locale", LOCALES)
def test_day_and_month_take_the_year_of_publication(locale: str) -> None:
    for day in DAYS:
        text = SENTENCE.format(format_skeleton("MMMMd", day, locale=locale))
        published = day + dt.timedelta(days=3)
        assert day.isoformat() in _days_found(text, locale, published), text
        partial = [m.value for m in find_dates(text, locale, None)]
        assert DateValue(None, day.month, day.day) in partial, text


@pytest.mark.parametrize("locale", LOCALES)
def test_weekday_alone_is_the_latest_such_day(locale: str) -> None:
    published = dt.date(2023, 9, 14)  # a Thursday
    for back in range(7):
        day = published - dt.timedelta(days=back)
        text = SENTENCE.format(format_date(day, "EEEE", locale=locale))
        mentions = find_dates(text, locale, published)
        assert [m.value.iso for m in mentions] == [day.isoformat()], text
        assert all(m.relative for m in mentions)
        bare = [m.value for m in find_dates(text, locale, None)]
        assert bare == [DateValue(weekday=day.isoweekday())], text


@pytest.mark.parametrize("locale", LOCALES)
def test_full_format_keeps_its_weekday(locale: str) -> None:
    day = dt.date(2023, 9, 13)
    text = SENTENCE.format(format_date(day, format="full", locale=locale))
    (mention,) = [m for m in find_dates(text, locale, None) if m.value.iso]
    assert mention.value == DateValue(2023, 9, 13, 3), text


# CLDR writes some ranges of days in digits alone (Czech, Slovak and Bulgarian "13.–15. 9.").
INTERVAL_LOCALES = [locale for locale in LOCALES if locale not in ("cs", "sk", "bg")]


def _month_first_against_the_locale(locale: str, written: str) -> bool:
    """A range of days that CLDR writes with the month first where the locale's long date
    puts the day first: a form the locale inherits from the root locale (Latvian, Georgian
    and Malay "septembris 13–15" since CLDR 47) or writes for no other date (Azerbaijani
    "2023 sen 13–15"), which its news does not write, and which is not read as a range."""
    loc = Locale.parse(locale)
    names = {names[9] for context in loc.months.values() for names in context.values()}
    month = min((at for name in names if (at := written.find(name)) >= 0), default=len(written))
    long_date = loc.date_formats["long"].pattern
    return month < written.find("13") and long_date.find("d") < long_date.find("M")


@pytest.mark.parametrize("locale", INTERVAL_LOCALES)
def test_a_range_of_days_as_cldr_writes_it_reads_both_ends(locale: str) -> None:
    """"Sep 13 – 15", "szept. 13–15.", "9月13日至15日", "13–15 sept.": the first and the
    last day, whether the month comes before the days or after them."""
    first, last = dt.date(2023, 9, 13), dt.date(2023, 9, 15)
    ranges = [format_interval(first, last, skeleton, locale=locale) for skeleton in ("MMMd", "MMMMd", "yMMMd", "yMMMMd")]
    written = [text for text in ranges if not _month_first_against_the_locale(locale, text)]
    assert written, "the locale writes none of its ranges in its own order"
    for days in written:
        text = SENTENCE.format(days)
        assert {first.isoformat(), last.isoformat()} <= _days_found(text, locale, dt.date(2023, 10, 20)), text


def test_reading_one_locale_leaves_the_names_of_locales_read_after_it_their_own() -> None:
    """Babel stores an alias it resolves in the dict that held it, which a locale shares
    with root: read through Traditional Chinese, root's stand-alone weekdays became its
    English "Sun" … for Hausa read after, whose "sun" (they) then was Sunday. A fresh
    interpreter, as a run's first languages come in any order."""
    import subprocess
    import sys

    code = ("import datetime as dt; from checker.facts.dates import find_dates;"
            "find_dates('2023年9月13日', 'zh_Hant', dt.date(2023, 9, 14));"
            "print([m.text for m in find_dates('Jiya ma\\'aikata sun ci gaba da aiki.', 'ha', dt.date(2023, 9, 14))])")
    root = Path(__file__).resolve().parent.parent  # this checkout's package, run from its root
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root).stdout
    assert out.strip() == "['Jiya']"


@pytest.mark.parametrize("table", [cldr.month_names, cldr.weekday_names, cldr.relative_days])
@pytest.mark.parametrize("language", ["hr", "ml", "xx"])
def test_the_cldr_tables_every_caller_shares_cannot_be_changed_by_one(table, language: str) -> None:
    # Each table is read once and shared: a caller that added a word to it would add it
    # for every later article in every language's run.
    found = table(language)
    with pytest.raises(TypeError):
        found["invented"] = 1  # type: ignore[index]
    assert "invented" not in table(language)
