"""The competent user's script: the rules checked without factcheck, as a baseline.

    python bench/baseline.py CORPUS_DIR [--output PATH] [--workers N]

This is what a capable editor would write in an afternoon with the usual libraries
(PERFORMANCE-NOTES.md, "what the obvious script costs"): for each rule, for each
article, split the text into sentences, look for the rule's anchors in every language
variant with ``rapidfuzz`` (``partial_ratio`` on the transliterated, lower-cased
sentence), read the values in the sentences that hit (``dateparser.search_dates`` for
dates, a digit regex with the locale's marks for figures, fuzzy name and phrasing
matches), and take the article's majority value. A value that differs from the rule's
``expect`` (or, without one, from the majority across articles) is a contradiction.

It reads the same ``rules/`` and ``articles/`` as ``factcheck run`` and writes, like
``truth.json``, ``{"articles": {name: {"language", "states", "contradicts"}}}``, so that
``bench/run.py`` scores both the same way. It is deliberately the obvious design — the
point of the benchmark is to measure what that design costs and how accurate it is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import re
import sys
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from anyascii import anyascii
from rapidfuzz import fuzz

THRESHOLD = 85
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
MILLION = ("million", "millions", "millionen", "milijun", "milijuna", "milion", "milioane", "millones", "mln",
           "millon", "milliona", "millionov")
# The unit words such a script needs for the units the rules name without synonyms.
UNIT_WORDS = {
    "month": ["month", "mjesec", "luni", "luna", "monat", "mois", "mes", "mesyats", "mesyatsa", "mesyatsev"],
    "percent": ["%", "percent", "posto", "la suta", "prozent", "pour cent", "por ciento", "protsent"],
}
NEGATIONS = {"en": ("not", "n't", "never"), "hr": ("ne", "nije", "nisu"), "ro": ("nu",), "de": ("nicht", "kein"),
             "fr": ("pas", "jamais"), "es": ("no", "nunca"), "ru": ("ne", "net")}


@dataclass(frozen=True)
class Source:
    name: str
    language: str
    published: dt.date
    text: str


def fold(text: str) -> str:
    """Transliterated and lower-cased: how the script compares anything."""
    return anyascii(text).lower()


def load(corpus: Path) -> tuple[list[dict[str, Any]], list[Source]]:
    rules: list[dict[str, Any]] = []
    for path in sorted((corpus / "rules").glob("*.yaml")):
        rules += yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]
    articles_dir = corpus / "articles"
    manifest = yaml.safe_load((articles_dir / "corpus.yaml").read_text(encoding="utf-8"))
    sources = [Source(name, meta["language"], meta["published"], (articles_dir / name).read_text(encoding="utf-8"))
               for name, meta in sorted(manifest.items())]
    return rules, sources


def check_rule(rule: dict[str, Any], sources: Sequence[Source]) -> dict[str, Any]:
    """One rule over every article: ``{name: majority value}`` of the articles stating it."""
    anchors = [fold(a) for a in rule.get("about", [])]
    stated: dict[str, Any] = {}
    for source in sources:
        values = []
        for sentence in SENTENCE_END.split(source.text):
            folded = fold(sentence)
            if anchors and not any(fuzz.partial_ratio(a, folded) >= THRESHOLD for a in anchors):
                continue
            values += READERS[rule["check"]](rule, sentence, folded, source)
        if values:
            stated[source.name] = Counter(values).most_common(1)[0][0]
    return stated


def read_dates(rule: dict[str, Any], sentence: str, folded: str, source: Source) -> list[Any]:
    from dateparser.search import search_dates

    base = dt.datetime.combine(source.published, dt.time())
    found = search_dates(sentence, languages=[source.language],
                         settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return [when.date() for _, when in found or ()]


def read_numbers(rule: dict[str, Any], sentence: str, folded: str, source: Source) -> list[Any]:
    units = [rule.get("unit", ""), *rule.get("units", []), *UNIT_WORDS.get(rule.get("unit", ""), [])]
    if not any(fuzz.partial_ratio(fold(u), folded) >= THRESHOLD for u in units if u):
        return []
    values = []
    for match in NUMBER.finditer(sentence):
        value = _number(match.group(), source.language)
        following = fold(sentence[match.end():match.end() + 12]).split()
        if following and following[0].rstrip(".") in MILLION:
            value *= 1_000_000
        values.append(value)
    return values


def _number(text: str, language: str) -> float:
    compact = re.sub(r"[\u00a0\u202f ]", "", text)
    if language == "en":
        return float(compact.replace(",", ""))
    return float(compact.replace(".", "").replace(",", "."))


def read_names(rule: dict[str, Any], sentence: str, folded: str, source: Source) -> list[Any]:
    names = {fold(n): rule["expect"] for n in [rule["expect"], *rule.get("aliases", [])]}
    names.update({fold(n): n for n in rule.get("alternatives", [])})
    scored = [(fuzz.partial_ratio(name, folded), value) for name, value in names.items()]
    best = max(scored, key=lambda pair: pair[0])
    return [best[1]] if best[0] >= THRESHOLD else []


def read_claims(rule: dict[str, Any], sentence: str, folded: str, source: Source) -> list[Any]:
    def phrasings(table: dict[str, list[str]]) -> list[str]:
        return table.get(source.language) or [p for ps in table.values() for p in ps]

    words = set(re.findall(r"[\w']+", folded))
    negated = any(n in words for n in NEGATIONS.get(source.language, ()))
    if any(fuzz.partial_ratio(fold(p), folded) >= THRESHOLD for p in phrasings(rule.get("contradicted_by", {}))):
        return [False]
    if any(fuzz.partial_ratio(fold(p), folded) >= THRESHOLD for p in phrasings(rule.get("expect", {}))):
        return [not negated]
    return []


READERS = {"date": read_dates, "number": read_numbers, "entity": read_names, "phrase": read_claims}


def agrees(rule: dict[str, Any], value: Any, expected: Any) -> bool:
    if rule["check"] == "number":
        tolerance = rule.get("tolerance", 0)
        margin = abs(expected) * float(tolerance[:-1]) / 100 if isinstance(tolerance, str) else tolerance
        return abs(value - expected) <= margin + 1e-9
    return bool(value == expected)


_SHARED: list[Source] = []


def _check_shared(rule: dict[str, Any]) -> dict[str, Any]:
    return check_rule(rule, _SHARED)


def verdicts(rules: Sequence[dict[str, Any]], sources: Sequence[Source], workers: int) -> dict[str, Any]:
    """The truth-shaped verdicts of every rule on every article."""
    if workers > 1:
        _SHARED[:] = sources  # inherited by the forked workers, not pickled per rule
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            stated = list(pool.map(_check_shared, rules))
    else:
        stated = [check_rule(rule, sources) for rule in rules]
    out: dict[str, dict[str, Any]] = {s.name: {"language": s.language, "states": [], "contradicts": []}
                                      for s in sources}
    for rule, values in zip(rules, stated):
        if rule["check"] == "phrase":
            expected: Any = True
        elif "expect" in rule:
            expected = rule["expect"]
        elif values:
            expected = Counter(values.values()).most_common(1)[0][0]
        else:
            continue
        for name, value in values.items():
            out[name]["states"].append(rule["id"])
            if not agrees(rule, value, expected):
                out[name]["contradicts"].append(rule["id"])
    return {"articles": out}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR", help="a folder written by make_corpus.py")
    parser.add_argument("--output", type=Path, help="write the verdicts here (default: standard output)")
    parser.add_argument("--workers", type=int, default=1, help="processes, each taking whole rules")
    args = parser.parse_args(argv)
    rules, sources = load(args.corpus)
    text = json.dumps(verdicts(rules, sources, args.workers), ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
