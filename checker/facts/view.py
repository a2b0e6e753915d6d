"""What a rule type sees of one article: :class:`RuleContext`.

It answers the questions every rule type asks: where are my anchors, which values lie
within my window of them, and is a value nearer to another rule's anchor (then it
belongs to that rule: one sentence can state two facts for two rules).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from ..model import Article, Evidence, Rule
from ..text.sentences import Span
from .article import ArticleFacts


class Located(Protocol):
    start: int
    end: int


T = TypeVar("T", bound=Located)


@dataclass(frozen=True, slots=True)
class Anchor:
    """An occurrence of one of a rule's phrases: character span, score, phrase."""

    start: int
    end: int
    score: float
    phrase: str


def distance(a: Located, b: Located) -> int:
    """Characters between two spans; 0 when they touch or overlap."""
    return max(a.start - b.end, b.start - a.end, 0)


class RuleContext:
    """One rule looking at one article."""

    def __init__(self, rule: Rule, facts: ArticleFacts, competitors: Sequence[Rule] = ()) -> None:
        self.rule = rule
        self.facts = facts
        self.competitors = [r for r in competitors if r is not rule]

    @property
    def article(self) -> Article:
        return self.facts.article

    @property
    def language(self) -> str | None:
        return self.facts.language

    @property
    def text(self) -> str:
        return self.facts.text

    def find(self, phrases: Iterable[str], threshold: float | None = None) -> list[Anchor]:
        """Occurrences of ``phrases`` (already in the run's phrase index) scoring at
        least ``threshold`` (the rule's own by default), in text order."""
        cutoff = self.rule.threshold if threshold is None else threshold
        found = []
        for phrase in phrases:
            for hit in self.facts.hits.get(phrase, ()):
                if hit.score >= cutoff:
                    span = self.facts.hit_span(hit)
                    found.append(Anchor(span.start, span.end, hit.score, phrase))
        found.sort(key=lambda a: (a.start, -a.score))
        return found

    def anchors(self, rule: Rule | None = None) -> list[Anchor]:
        """Occurrences of the ``about`` anchors of ``rule`` (this rule by default)."""
        rule = rule or self.rule
        cutoff = rule.threshold
        return self.find(rule.about, cutoff) if rule.about else []

    def window(self, anchor: Located, rule: Rule | None = None) -> Span:
        """The stretch of text around ``anchor`` where a value counts for ``rule``."""
        within = (rule or self.rule).within
        if within == "sentence":
            return self.facts.sentence_at(anchor.start)
        if within == "paragraph":
            return self.facts.paragraph_at(anchor.start)
        size = int(within)
        return Span(max(anchor.start - size, 0), min(anchor.end + size, len(self.text)))

    def windows(self) -> list[Span]:
        """The windows of this rule's anchors: where its values may stand."""
        return [self.window(anchor) for anchor in self.anchors()]

    def near_anchors(self, items: Iterable[T]) -> list[tuple[T, Anchor]]:
        """Items within this rule's window of one of its anchors, each with its nearest
        anchor; an item strictly nearer to a competing rule's anchor (within that rule's
        window) is left to that rule."""
        mine = self.anchors()
        if not mine:
            return []
        rivals = [(rule, self.anchors(rule)) for rule in self.competitors]
        kept = []
        for item in items:
            best = _nearest(item, mine, lambda a: self.window(a))
            if best is None:
                continue
            own = distance(item, best)
            if any(distance(item, other) < own
                   for rule, anchors in rivals
                   if (other := _nearest(item, anchors, lambda a, r=rule: self.window(a, r))) is not None):
                continue
            kept.append((item, best))
        return kept

    def evidence(self, start: int, end: int, score: float = 100.0, value: Any = None) -> Evidence:
        return self.facts.evidence(start, end, score, None if value is None else str(value))


def _nearest(item: Located, anchors: Sequence[Anchor], window_of) -> Anchor | None:  # type: ignore[no-untyped-def]
    best: Anchor | None = None
    for anchor in anchors:
        window = window_of(anchor)
        if window.start <= item.start and item.end <= window.end:
            if best is None or distance(item, anchor) < distance(item, best):
                best = anchor
    return best
