"""Accuracy of the date extractor on dated text generated from CLDR, per form.

For each locale, random days (fixed seed) are written by Babel in the locale's own
forms — ``full``, ``long``, ``medium``, ``short``, day and month (the ``MMMMd``
skeleton) and the weekday alone (``EEEE``) — embedded in a sentence, and read back with
:func:`checker.facts.dates.find_dates` given the locale and a published date. A case
counts as read when some mention has exactly the written day (for the weekday alone:
the day it names, the latest such weekday on or before publication; for day and month:
the year nearest publication). The same text goes to ``dateparser.search_dates`` (with
the language where dateparser has it, and the published date as ``RELATIVE_BASE``) as
the baseline; without dateparser installed that column is left out.

Run from the repository root::

    python bench/dates.py                    # 45 common locales, 40 cases per form
    python bench/dates.py --locales 0        # every language-level locale Babel has
    python bench/dates.py --locales 60 --per-form 100 --no-baseline --failures 5
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from babel.dates import format_date, format_skeleton  # noqa: E402
from babel.localedata import locale_identifiers  # noqa: E402

from checker.facts.dates import find_dates  # noqa: E402

COMMON = ("en en_GB hr sr sr_Latn bs sl ro de fr es it pt pt_PT pl cs sk hu ru uk bg mk el "
          "tr nl sv da nb fi et lv lt ar he hi zh ja ko ka hy th vi id fa ca").split()
FORMS = ("full", "long", "medium", "short", "day-month", "weekday")
SENTENCE = "Kim Jong Un i Putin — {date} — Vostochny, KCNA."


def _locales(count: int) -> list[str]:
    """The common locales first, then every other language-level locale (no territory)."""
    others = sorted(i for i in locale_identifiers()
                    if "_" not in i or (len(i.split("_")) == 2 and len(i.split("_")[1]) == 4))
    ordered = list(COMMON) + [i for i in others if i not in COMMON and i != "root"]
    return ordered if count <= 0 else ordered[:count]


def _case(form: str, locale: str, rng: random.Random) -> tuple[str, dt.date, dt.date]:
    """(text, the day it states, published) for one random case of ``form``."""
    published = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(40 * 365))
    if form == "weekday":
        day = published - dt.timedelta(days=rng.randrange(7))
        written = format_date(day, "EEEE", locale=locale)
    elif form == "day-month":
        day = published - dt.timedelta(days=rng.randrange(150))
        written = format_skeleton("MMMMd", day, locale=locale)
    else:
        day = published - dt.timedelta(days=rng.randrange(2000))
        written = format_date(day, format=form, locale=locale)
    return SENTENCE.format(date=written), day, published


def _ours(text: str, locale: str, day: dt.date, published: dt.date) -> bool:
    return any(m.value.iso == day.isoformat() for m in find_dates(text, locale, published))


class Baseline:
    """dateparser.search_dates, with the language where dateparser knows it."""

    def __init__(self) -> None:
        from dateparser.search import search_dates

        self.search = search_dates
        self.unsupported: set[str] = set()

    def __call__(self, text: str, locale: str, day: dt.date, published: dt.date) -> bool:
        settings = {"RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
                    "PREFER_DATES_FROM": "past"}
        language = locale.split("_")[0]
        languages = None if language in self.unsupported else [language]
        try:
            found = self.search(text, languages=languages, settings=settings)
        except ValueError:
            self.unsupported.add(language)
            found = self.search(text, settings=settings)
        except Exception:  # the baseline's own failures count as misses, not as ours
            return False
        return any(value.date() == day for _, value in found or ())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--locales", type=int, default=len(COMMON),
                        help="how many locales (0 = every language-level locale)")
    parser.add_argument("--per-form", type=int, default=40, help="cases per form and locale")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument("--failures", type=int, default=0,
                        help="print this many missed cases per locale")
    args = parser.parse_args(argv)

    baseline = None
    if not args.no_baseline:
        try:
            baseline = Baseline()
        except ImportError:
            print("dateparser is not installed: baseline column left out "
                  "(pip install dateparser)\n")
    rng = random.Random(args.seed)
    ours: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    theirs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_locale: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed: dict[str, list[str]] = defaultdict(list)
    elapsed = 0.0
    locales = _locales(args.locales)
    for locale in locales:
        for form in FORMS:
            for _ in range(args.per_form):
                text, day, published = _case(form, locale, rng)
                clock = time.perf_counter()
                hit = _ours(text, locale, day, published)
                elapsed += time.perf_counter() - clock
                for table, key in ((ours, form), (per_locale, locale)):
                    table[key][0] += hit
                    table[key][1] += 1
                if not hit and len(missed[locale]) < args.failures:
                    missed[locale].append(f"{form}: {text!r} -> {day} (published {published})")
                if baseline is not None:
                    theirs[form][0] += baseline(text, locale, day, published)
                    theirs[form][1] += 1
    _report(ours, theirs if baseline else None, per_locale, missed, len(locales), elapsed)
    return 0


def _pct(pair: list[int]) -> str:
    return f"{100.0 * pair[0] / pair[1]:6.1f}%" if pair[1] else "    –  "


def _report(ours, theirs, per_locale, missed, locale_count: int, elapsed: float) -> None:
    total = [sum(v[0] for v in ours.values()), sum(v[1] for v in ours.values())]
    print(f"{locale_count} locales, {total[1]} cases, find_dates {elapsed:.2f} s "
          f"({1e6 * elapsed / max(total[1], 1):.0f} µs per text)\n")
    head = f"{'form':<12}{'find_dates':>12}" + (f"{'dateparser':>12}" if theirs else "")
    print(head)
    print("-" * len(head))
    for form in FORMS:
        print(f"{form:<12}{_pct(ours[form]):>12}" + (f"{_pct(theirs[form]):>12}" if theirs else ""))
    row = f"{'overall':<12}{_pct(total):>12}"
    if theirs:
        row += f"{_pct([sum(v[0] for v in theirs.values()), sum(v[1] for v in theirs.values())]):>12}"
    print(row)
    weak = sorted((pair[0] / pair[1], locale) for locale, pair in per_locale.items()
                  if pair[0] < pair[1])
    if weak:
        print("\nlocales below 100%: " + ", ".join(f"{loc} {100 * r:.0f}%" for r, loc in weak))
    for locale, cases in missed.items():
        for case in cases:
            print(f"  {locale} {case}")


if __name__ == "__main__":
    raise SystemExit(main())
