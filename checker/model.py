"""The data a plugin sees: articles, rules, evidence, verdicts and results.

Everything here is plain data. Loaders produce :class:`Article`, rule files produce
:class:`Rule`, rule types produce :class:`Finding` and the engine turns findings into
:class:`SourceVerdict` and :class:`RuleResult`; reporters read a :class:`RunReport`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Verdict = Literal["agrees", "contradicts", "silent", "unclear", "error"]
Outcome = Literal["passed", "failed", "error", "skipped", "xfailed", "xpassed"]
Severity = Literal["error", "warning", "info"]

SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
OUTCOMES: tuple[Outcome, ...] = ("passed", "failed", "error", "skipped", "xfailed", "xpassed")

_D = TypeVar("_D", bound="DataclassInstance")


def _pickled_by_fields(cls: type[_D]) -> type[_D]:
    """Pickle (and copy) instances of a slotted dataclass as a constructor call with its
    field values, in one step: the state dataclasses give slotted classes goes field by
    field in Python, and a run pickles every verdict it sends between processes, keeps
    in the cache or writes to disk. (A subclass with fields of its own defines its own.)"""
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self: Any) -> tuple[Any, tuple[Any, ...]]:
        return type(self), values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


def severity_rank(severity: str) -> int:
    """Order severities so that ``error`` > ``warning`` > ``info``."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a file: 1-based line and column."""

    path: str
    line: int
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@_pickled_by_fields
@dataclass(slots=True)
class Article:
    """One source: the decoded text of an article and what is known about it.

    ``text`` is what the extractors read; offsets into it count Unicode characters.
    A run releases the text (sets it to ``""``) once the article is checked, so that
    memory does not grow with the corpus; evidence keeps the sentences reports show.
    ``line_base`` is the number of file lines before ``text`` begins (front matter,
    earlier JSON Lines records), so that evidence can point into the file itself.
    """

    source: str
    text: str
    title: str | None = None
    language: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    path: Path | None = None
    line_base: int = 0
    language_detected: bool = False
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceError:
    """A source that could not be read; the run goes on without it."""

    source: str
    message: str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a source states something: the matched span and the sentence around it."""

    source: str
    line: int
    column: int
    start: int
    end: int
    sentence: str
    text: str
    score: float = 100.0
    value: str | None = None
    sentence_start: int = 0

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "line": self.line,
            "column": self.column,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "text": self.text,
            "score": round(float(self.score), 1),
        }
        if self.value is not None:
            data["value"] = self.value
        return data


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule type found in one article: a value and where it is stated.

    ``value`` is whatever the rule type compares (a date value, a number interval, a
    canonical name, ``True``/``False`` for an affirmed or negated phrase). ``stance``
    may be set by the rule type when it alone can judge the value against the
    expectation (``"agrees"``, ``"contradicts"`` or ``"unclear"``); otherwise the engine
    asks the rule type.
    """

    value: Any
    evidence: Evidence
    stance: Verdict | None = None
    note: str | None = None


@_pickled_by_fields
@dataclass(slots=True)
class SourceVerdict:
    """The verdict of one rule on one source, with the evidence behind it."""

    source: str
    language: str | None
    verdict: Verdict
    # Lists as rule types make them; a run's plain silent verdicts share empty tuples.
    values: Sequence[str] = field(default_factory=list)
    evidence: Sequence[Evidence] = field(default_factory=list)
    message: str | None = None
    traceback: str | None = None
    accepted: str | None = None  # why a contradiction does not count: "baseline", "unchanged"
    raw_values: Sequence[Any] = field(default_factory=list, repr=False)

    def is_plain_silence(self) -> bool:
        """Silent, and nothing else to say: no values, evidence, message or acceptance."""
        return (self.verdict == "silent" and not self.evidence and not self.values and not self.message
                and not self.traceback and not self.accepted)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source,
            "language": self.language,
            "verdict": self.verdict,
            "values": list(self.values),
            "evidence": [e.to_json() for e in self.evidence] if self.evidence else [],
        }
        if self.message:
            data["message"] = self.message
        if self.traceback:
            data["traceback"] = self.traceback
        if self.accepted:
            data["accepted"] = self.accepted
        return data


@dataclass
class Rule:
    """A collected rule: the common keys of SPEC section 4 and its type's own options.

    ``options`` is the rule type's options object, built by the rule type from the keys
    it owns; ``expected`` is the parsed ``expect`` value (``None`` when the sources must
    agree with each other). ``locations`` maps each key to where it was written.
    """

    id: str
    check: str
    file: str
    line: int
    column: int = 1
    title: str = ""
    about: list[str] = field(default_factory=list)
    within: str | int = "sentence"
    expect: Any = None
    expected: Any = None
    require: str | int = "any"
    severity: Severity = "error"
    tags: list[str] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)
    threshold: float = 85.0
    xfail: str | None = None
    skip: str | None = None
    options: Any = None
    examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    corpus: list[Path] | None = None
    locations: dict[str, Location] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def nodeid(self) -> str:
        return f"{self.file}::{self.id}"

    def location(self, key: str | None = None) -> Location:
        if key and key in self.locations:
            return self.locations[key]
        return Location(self.file, self.line, self.column)


@dataclass
class RuleResult:
    """The outcome of one rule over every source in its scope."""

    rule: Rule
    outcome: Outcome
    expected: str | None = None
    message: str = ""
    # In corpus order. A large run gives a read-only sequence that reads the verdicts
    # back from a temporary file (checker.verdicts.StoredSources).
    sources: Sequence[SourceVerdict] = field(default_factory=list)
    groups: list[dict[str, Any]] = field(default_factory=list)
    traceback: str | None = None
    duration_s: float = 0.0

    @property
    def nodeid(self) -> str:
        return self.rule.nodeid

    def to_json(self, sources: bool = True) -> dict[str, Any]:
        """The result as SPEC section 5 writes it; with ``sources`` empty when a
        reporter writes them itself."""
        rule = self.rule
        data: dict[str, Any] = {
            "id": rule.nodeid,
            "file": rule.file,
            "line": rule.line,
            "rule": rule.id,
            "title": rule.title,
            "check": rule.check,
            "severity": rule.severity,
            "tags": list(rule.tags),
            "outcome": self.outcome,
            "expected": self.expected,
            "message": self.message,
            "sources": [s.to_json() for s in self.sources] if sources else [],
        }
        if self.groups:
            data["groups"] = self.groups
        if self.traceback:
            data["traceback"] = self.traceback
        return data


class ArticleRecords(Sequence[Article]):
    """The articles a run read, kept for the reports in little memory: each as a row of
    its fields (the text is released once an article is checked), made into an
    :class:`Article` again whenever it is read. Reading gives a new object each time, so
    a change made to one is not kept."""

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._rows: list[tuple[Any, ...]] = []
        for article in articles:
            self.append(article)

    def append(self, article: Article) -> None:
        path = None if article.path is None else os.fspath(article.path)
        rest = (article.outlet, article.url, path, article.line_base, article.language_detected,
                tuple(article.warnings), article.meta or None)
        self._rows.append((article.source, article.title, article.language, article.published,
                           None if rest == _usual_rest(article.source) else rest))

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> list[Article]: ...

    def __getitem__(self, index: int | slice) -> Article | list[Article]:
        if isinstance(index, slice):
            return [_article(row) for row in self._rows[index]]
        return _article(self._rows[index])

    def __iter__(self) -> Iterator[Article]:
        return map(_article, self._rows)

    def languages(self) -> set[str]:
        """The languages of the articles, without making the articles."""
        return {row[2] for row in self._rows if row[2]}


def _usual_rest(source: str) -> tuple[Any, ...]:
    """The rest of most articles' row, kept as ``None``: no outlet, URL, line offset,
    warnings or plugin data, and their path is their source name."""
    return (None, None, source, 0, False, (), None)


def _article(row: tuple[Any, ...]) -> Article:
    source, title, language, published, rest = row
    outlet, url, path, line_base, detected, warnings, meta = rest or _usual_rest(source)
    return Article(source, "", title, language, published, outlet, url, None if path is None else Path(path),
                   line_base, detected, list(warnings), dict(meta) if meta else {})


@dataclass
class RunReport:
    """Everything a reporter needs once the run is over. A run's ``articles`` are
    :class:`ArticleRecords`; any sequence of articles will do."""

    results: list[RuleResult]
    articles: Sequence[Article]
    source_errors: list[SourceError]
    exit_code: int
    duration_s: float
    rule_files: list[str] = field(default_factory=list)
    interrupted: bool = False
    warnings: list[str] = field(default_factory=list)
    stale: list[dict[str, Any]] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        if isinstance(self.articles, ArticleRecords):
            return sorted(self.articles.languages())
        return sorted({a.language for a in self.articles if a.language})

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {outcome: 0 for outcome in OUTCOMES}
        for result in self.results:
            counts[result.outcome] += 1
        return counts

    def summary(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.counts())
        data["sources"] = len(self.articles) + len(self.source_errors)
        data["languages"] = self.languages
        data["duration_s"] = round(self.duration_s, 2)
        return data

    def to_json(self, results: bool = True) -> dict[str, Any]:
        """The JSON report; without ``results`` for writers that stream them."""
        data: dict[str, Any] = {
            "version": 1,
            "summary": self.summary(),
            "exit_code": self.exit_code,
        }
        if results:
            data["results"] = [r.to_json() for r in self.results]
        if self.source_errors:
            data["errors"] = [{"source": e.source, "message": e.message} for e in self.source_errors]
        if self.stale:
            data["stale"] = self.stale
        if self.warnings:
            data["warnings"] = list(self.warnings)
        return data
