"""Everything the rules read about one article, computed once.

:class:`ArticleFacts` tokenises, splits and finds the phrases of every rule in one pass
(through the run's :class:`~checker.text.fuzzy.PhraseIndex`); dates, numbers and names
are extracted on first use and then shared by all rules.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import regex

from ..model import Article, Evidence
from ..text.fuzzy import PhraseHit, PhraseIndex
from ..text.normalise import fold, token_columns
from ..text.sentences import Span, split_paragraphs, split_sentences

_WORD = r"(?<![\p{L}\p{M}])(?:\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}(?![\p{L}\p{M}]))"
# A name: capitalised words in a run, or one acronym of two to six capitals (the long
# words of an all-capital headline are neither).
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
        # The words, as columns: start and end offsets, folded keys.
        self.starts, self.ends, self.keys = token_columns(self.text)
        self.sentences = split_sentences(self.text, self.language)
        self._sentence_starts = [s.start for s in self.sentences]
        self.paragraphs = split_paragraphs(self.text)
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self._line_starts = [0] + [m.end() for m in regex.finditer(r"\n", self.text)]
        self.token_scores = index.token_scores(self.keys)
        self.hits: dict[str, list[PhraseHit]] = index.find(self.token_scores)
        self._dates: dict[int, list[Any]] = {}
        self.reaches: dict[Any, Any] = {}  # rules' anchors and windows, by their anchors and window
        self._numbers: dict[int, list[Any]] = {}

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
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def tokens_in(self, span: Span) -> range:
        """Indexes of the tokens inside ``span``."""
        first = bisect.bisect_left(self.starts, span.start)
        last = bisect.bisect_left(self.starts, span.end)
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
        return Span(self.starts[hit.first], self.ends[hit.last])

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

    # -- extracted facts, sentence by sentence, on first use ---------------------------
    # Rules read dates and numbers only near their anchors, so each sentence is read
    # when a rule first asks for it, and then never again.
    def sentence_indexes(self, span: Span) -> range:
        """Indexes of the sentences that overlap ``span``."""
        first = max(bisect.bisect_right(self._sentence_starts, span.start) - 1, 0)
        last = bisect.bisect_left(self._sentence_starts, span.end)
        return range(first, last)

    def dates_within(self, spans: Iterable[Span]) -> list[Any]:
        """Dates in the sentences that overlap ``spans``, in text order."""
        return self._within(spans, self._sentence_dates)

    def numbers_within(self, spans: Iterable[Span]) -> list[Any]:
        """Numbers (not part of a date) in the sentences that overlap ``spans``."""
        return self._within(spans, self._sentence_numbers)

    @property
    def dates(self) -> list[Any]:
        return self.dates_within(self.sentences)

    @property
    def numbers(self) -> list[Any]:
        return self.numbers_within(self.sentences)

    def _within(self, spans: Iterable[Span], read: Any) -> list[Any]:
        indexes = sorted({i for span in spans for i in self.sentence_indexes(span)})
        return [item for i in indexes for item in read(i)]

    def _sentence_dates(self, index: int) -> list[Any]:
        found = self._dates.get(index)
        if found is None:
            from .dates import find_dates

            sentence = self.sentences[index]
            found = [_shifted(d, sentence.start) for d in
                     find_dates(self.text[sentence.start:sentence.end], self.language, self.article.published)]
            self._dates[index] = found
        return found

    def _sentence_numbers(self, index: int) -> list[Any]:
        found = self._numbers.get(index)
        if found is None:
            from .numbers import find_numbers

            sentence = self.sentences[index]
            dates = [(d.start, d.end) for d in self._sentence_dates(index)]
            found = [n for n in (_shifted(n, sentence.start) for n in
                                 find_numbers(self.text[sentence.start:sentence.end], self.language))
                     if not any(n.start < end and start < n.end for start, end in dates)]
            self._numbers[index] = found
        return found

    @cached_property
    def names(self) -> list[NameMention]:
        """Runs of capitalised words that do not open a sentence on their own."""
        found = []
        sentence_starts = set(self._sentence_starts)
        for match in _NAME_RE.finditer(self.text):
            start, words = match.start(), match.group().split()
            if start in sentence_starts and len(words) == 1:
                continue
            found.append(NameMention(start, match.end(), match.group(), fold(match.group())))
        return found


def _shifted(mention: Any, offset: int) -> Any:
    return dataclasses.replace(mention, start=mention.start + offset, end=mention.end + offset)


def _containing(spans: list[Span], starts: list[int], offset: int) -> Span:
    if not spans:
        return Span(0, 0)
    index = max(bisect.bisect_right(starts, offset) - 1, 0)
    return spans[index]
