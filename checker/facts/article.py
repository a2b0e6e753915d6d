"""Everything the rules read about one article, computed once.

:class:`ArticleFacts` tokenises, splits and finds the phrases of every rule in one pass
(through the run's :class:`~checker.text.fuzzy.PhraseIndex`); dates, numbers and names
are extracted on first use and then shared by all rules.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import regex

from ..model import Article, Evidence
from ..text.fuzzy import PhraseHit, PhraseIndex
from ..text.normalise import fold, tokenize
from ..text.sentences import Span, split_paragraphs, split_sentences

_WORD = r"(?<![\p{L}\p{M}])(?:\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}(?![\p{L}\p{M}]))"
# A name: capitalised words in a run, or one acronym (an all-capital headline is neither).
_NAME_RE = regex.compile(rf"(?:{_WORD})(?:[ \t]+(?:{_WORD}))*|\b\p{{Lu}}{{2,6}}\b")


@dataclass(frozen=True, slots=True)
class NameMention:
    """A run of capitalised words: a candidate proper name."""

    start: int
    end: int
    text: str
    value: str  # folded, transliterated form


class ArticleFacts:
    """The analysed article: spans and extracted facts with offsets into ``article.text``."""

    def __init__(self, article: Article, index: PhraseIndex) -> None:
        self.article = article
        self.text = article.text
        self.language = article.language
        self.tokens = tokenize(self.text)
        self._token_starts = [t.start for t in self.tokens]
        self.sentences = split_sentences(self.text, self.language)
        self._sentence_starts = [s.start for s in self.sentences]
        self.paragraphs = split_paragraphs(self.text)
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self._line_starts = [0] + [m.end() for m in regex.finditer(r"\n", self.text)]
        self.token_scores = index.token_scores(self.tokens)
        self.hits: dict[str, list[PhraseHit]] = index.find(self.token_scores)

    # -- positions -------------------------------------------------------------------
    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset`` in the source file."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1 + self.article.line_base, offset - self._line_starts[line] + 1

    def sentence_at(self, offset: int) -> Span:
        return _containing(self.sentences, self._sentence_starts, offset)

    def paragraph_at(self, offset: int) -> Span:
        return _containing(self.paragraphs, self._paragraph_starts, offset)

    def token_index(self, offset: int) -> int:
        """Index of the token that starts at or before ``offset``."""
        return max(bisect.bisect_right(self._token_starts, offset) - 1, 0)

    def tokens_in(self, span: Span) -> range:
        """Indexes of the tokens inside ``span``."""
        first = bisect.bisect_left(self._token_starts, span.start)
        last = bisect.bisect_left(self._token_starts, span.end)
        return range(first, last)

    def positions(self, word: str) -> list[tuple[int, float]]:
        """Where phrase word ``word`` (folded, in the run's index) stands in the text:
        token indexes with their scores."""
        return self._positions.get(word, [])

    @cached_property
    def _positions(self) -> dict[str, list[tuple[int, float]]]:
        table: dict[str, list[tuple[int, float]]] = {}
        for i, candidates in enumerate(self.token_scores):
            for word, score in candidates.items():
                table.setdefault(word, []).append((i, score))
        return table

    def hit_span(self, hit: PhraseHit) -> Span:
        return Span(self.tokens[hit.first].start, self.tokens[hit.last].end)

    def evidence(self, start: int, end: int, score: float = 100.0, value: str | None = None) -> Evidence:
        """Evidence for ``text[start:end]``, with its sentence and file position."""
        sentence = self.sentence_at(start)
        line, column = self.line_col(start)
        return Evidence(
            source=self.article.source,
            line=line,
            column=column,
            start=start,
            end=end,
            sentence=self.text[sentence.start:sentence.end],
            text=self.text[start:end],
            score=score,
            value=value,
            sentence_start=sentence.start,
        )

    # -- extracted facts, on first use -----------------------------------------------
    @cached_property
    def dates(self) -> list[Any]:
        from .dates import find_dates

        return find_dates(self.text, self.language, self.article.published)

    @cached_property
    def numbers(self) -> list[Any]:
        """Numbers that are not part of a date."""
        from .numbers import find_numbers

        dates = [(d.start, d.end) for d in self.dates]
        return [n for n in find_numbers(self.text, self.language)
                if not any(n.start < end and start < n.end for start, end in dates)]

    @cached_property
    def names(self) -> list[NameMention]:
        """Runs of capitalised words that do not open a sentence on their own."""
        found = []
        sentence_starts = set(self._sentence_starts)
        for match in _NAME_RE.finditer(self.text):
            start, words = match.start(), match.group().split()
            if start in sentence_starts and len(words) == 1:
                continue
            if match.group().isupper() and _shouted_line(self.text, match.start()):
                continue  # a word of an all-capital headline, not an acronym
            found.append(NameMention(start, match.end(), match.group(), fold(match.group())))
        return found


def _shouted_line(text: str, offset: int) -> bool:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start:end if end >= 0 else len(text)]
    capitals = regex.findall(r"\b\p{Lu}{2,}\b", line)
    return len(capitals) >= 3


def _containing(spans: list[Span], starts: list[int], offset: int) -> Span:
    if not spans:
        return Span(0, 0)
    index = max(bisect.bisect_right(starts, offset) - 1, 0)
    return spans[index]
