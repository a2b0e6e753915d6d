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
from itertools import accumulate, compress
from typing import Any

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from ..model import Article, Evidence
from ..text.fuzzy import EXACT, PhraseHit, PhraseIndex, has_sounded_runs, infinitives_of
from ..text.normalise import (
    ABJAD_LANGUAGES,
    fold,
    in_compound,
    primary_language,
    token_columns,
)
from ..text.sentences import Span, sentences_in, split_paragraphs
from ..text.spans import Covered

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


_WRITTEN = frozenset({"ko", "tr", "az"})  # languages besides the abjads whose words are read as written too


class ArticleFacts:
    """The analysed article: spans and extracted facts with offsets into ``article.text``."""

    def __init__(self, article: Article, index: PhraseIndex) -> None:
        self.article = article
        self.text = article.text
        self.language = article.language
        # The words, as columns: start and end offsets, folded keys.
        self.starts, self.ends, self.keys = token_columns(self.text)
        # Paragraphs are split into sentences when a rule first looks into them: most
        # paragraphs hold nothing any rule asks about.
        self.paragraphs = split_paragraphs(self.text, self.language)
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self._split: dict[int, tuple[list[Span], list[int]]] = {}
        # where each line starts: after each "\n", as running sums of the lines' lengths
        self._line_starts = list(accumulate(map((1).__add__, map(len, self.text.split("\n")[:-1])), initial=0))
        self.token_scores = index.token_scores(self.keys, self.language, self.written_words)
        index.in_their_scripts(self.token_scores, self.text, self.starts, self.keys)
        # runs of Thai, Lao, Khmer, Burmese: read a letter at a time, their syllables kept
        self.sounded = has_sounded_runs(self.text)
        self.hits: dict[str, list[PhraseHit]] = index.find(self.token_scores, self.keys if self.sounded else ())
        extra: dict[str, list[PhraseHit]] = {}
        if self.sounded:  # a name written by its sound in Thai, Lao, Khmer, Burmese
            extra = index.sounded_hits(self.text, self.starts)
        if primary_language(self.language) in ABJAD_LANGUAGES:  # "بيونغ يانغ": a name as two words
            for phrase, found in index.joined_hits(self.text, self.starts, self.ends, self.keys,
                                                   self.language).items():
                extra.setdefault(phrase, []).extend(found)
        for phrase, found in extra.items():
            self.hits[phrase] = sorted((*self.hits.get(phrase, ()), *found), key=lambda h: (h.first, -h.score))
        self._no_near_function_words(index)
        if "\u200c" in self.text:  # "آتش" (fire) is not in "آتش‌بس" (ceasefire)
            for phrase, found in list(self.hits.items()):
                kept = [h for h in found if not in_compound(self.text, self.starts, self.ends, self.keys, h.first, h.last)]
                if len(kept) < len(found):
                    self.hits[phrase] = kept
                    if not kept:
                        del self.hits[phrase]
        self._dates: dict[Span, list[Any]] = {}
        self.reaches: dict[Any, Any] = {}  # each rule's anchors and windows, by id(rule)
        self._numbers: dict[Span, list[Any]] = {}
        self._quoted: dict[Span, str] = {}

    def _no_near_function_words(self, index: PhraseIndex) -> None:
        """Leave out the hits of one-word phrases on a function word of the source's language
        that only resembles them: German "bereits" (already) is not the Dutch "bereikt"
        (reached), English "around" not "aground", French "dont" not the Hungarian "döntés".
        A past its list holds is kept where the phrase is its verb's infinitive: Spanish
        "informó", "explicó", "señaló" are among its function words, and are "informar",
        "explicar", "señalar" all the same."""
        from ..text.function_words import function_words

        function = function_words(self.language)
        if not function:
            return
        for phrase, found in list(self.hits.items()):
            words = index.phrases.get(phrase, ())
            kept = [hit for hit in found if hit.first != hit.last or hit.score >= EXACT
                    or self.keys[hit.first] not in function
                    or (len(words) == 1 and words[0] in infinitives_of(self.keys[hit.first], self.language))]
            if len(kept) < len(found):
                if kept:
                    self.hits[phrase] = kept
                else:
                    del self.hits[phrase]

    @cached_property
    def written_words(self) -> list[str] | None:
        """The words as the text writes them, where folding loses letters a word is read
        by (an abjad's vowel letters, Korean syllables, Turkish "ö" against "o"); None elsewhere."""
        if primary_language(self.language) not in ABJAD_LANGUAGES and primary_language(self.language) not in _WRITTEN:
            return None
        return [self.text[start:end] for start, end in zip(self.starts, self.ends, strict=True)]

    # -- positions -------------------------------------------------------------------
    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset`` in the source file."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1 + self.article.line_base, offset - self._line_starts[line] + 1

    @cached_property
    def sentences(self) -> list[Span]:
        """Every sentence of the text, in order."""
        return [s for p in range(len(self.paragraphs)) for s in self._sentences_of(p)[0]]

    def _sentences_of(self, paragraph: int) -> tuple[list[Span], list[int]]:
        """The sentences of paragraph number ``paragraph``, and their starts."""
        found = self._split.get(paragraph)
        if found is None:
            spans = sentences_in(self.text, self.paragraphs[paragraph], self.language)
            found = self._split[paragraph] = (spans, [s.start for s in spans])
        return found

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding ``offset`` (or the last one that starts before it)."""
        paragraph = max(bisect.bisect_right(self._paragraph_starts, offset) - 1, 0)
        while paragraph >= 0 and self.paragraphs:
            spans, starts = self._sentences_of(paragraph)
            if spans and (starts[0] <= offset or paragraph == 0):
                return _containing(spans, starts, offset)
            paragraph -= 1
        return _containing(self.sentences, [s.start for s in self.sentences], offset)

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
        scores = self.token_scores
        for i in compress(range(len(scores)), scores):
            for word, score in scores[i].items():
                table.setdefault(word, []).append((i, score))
        return table

    def hit_span(self, hit: PhraseHit) -> Span:
        return Span(self.starts[hit.first], self.ends[hit.last])

    def evidence(self, start: int, end: int, score: float = 100.0, value: str | None = None) -> Evidence:
        """Evidence for ``text[start:end]``, with its sentence and file position."""
        sentence = self.sentence_at(start)
        quoted = self._quoted.get(sentence)
        if quoted is None:  # one copy of a sentence, however many values it states
            quoted = self._quoted[sentence] = self.text[sentence.start:sentence.end]
        line, column = self.line_col(start)
        return Evidence(
            source=self.article.source,
            line=line,
            column=column,
            start=start,
            end=end,
            sentence=quoted,
            text=self.text[start:end],
            score=score,
            value=value,
            sentence_start=sentence.start,
        )

    # -- extracted facts, sentence by sentence, on first use ---------------------------
    # Rules read dates and numbers only near their anchors, so each sentence is read
    # when a rule first asks for it, and then never again.
    def sentences_over(self, span: Span) -> list[Span]:
        """The sentences that overlap ``span`` (and the one before it when ``span``
        starts between sentences)."""
        first = max(bisect.bisect_right(self._paragraph_starts, span.start) - 1, 0)
        last = bisect.bisect_left(self._paragraph_starts, span.end)
        found: list[Span] = []
        for paragraph in range(first, max(last, first + 1) if self.paragraphs else 0):
            spans, starts = self._sentences_of(paragraph)
            low = max(bisect.bisect_right(starts, span.start) - 1, 0)
            found.extend(spans[low:bisect.bisect_left(starts, span.end)])
        return found

    def dates_within(self, spans: Iterable[Span]) -> list[Any]:
        """Dates in the sentences that overlap ``spans``, in text order."""
        return self._within(spans, self._sentence_dates)

    def numbers_within(self, spans: Iterable[Span]) -> list[Any]:
        """Numbers (not part of a date) in the sentences that overlap ``spans``."""
        return self._within(spans, self._sentence_numbers)

    def years_within(self, spans: Iterable[Span]) -> list[Any]:
        """Years written alone (:func:`~checker.facts.dates.year_alone`,
        :func:`~checker.facts.dates.years_marked`) in the sentences that overlap ``spans``,
        as dates of a year, in text order."""
        return self._within(spans, self._sentence_years)

    def _sentence_years(self, sentence: Span) -> list[Any]:
        from .dates import year_alone, years_marked

        found = [year for number in self._sentence_numbers(sentence)
                 if (year := year_alone(self.text, number, self.language)) is not None]
        dated = Covered((d.start, d.end) for d in self._sentence_dates(sentence))
        found += [year for year in (_shifted(year, sentence.start) for year in
                                    years_marked(self.text[sentence.start:sentence.end], self.language))
                  if not dated.overlaps(year.start, year.end)]
        return sorted(found, key=lambda year: year.start)

    @property
    def dates(self) -> list[Any]:
        return self.dates_within(self.sentences)

    @property
    def numbers(self) -> list[Any]:
        return self.numbers_within(self.sentences)

    def _within(self, spans: Iterable[Span], read: Any) -> list[Any]:
        sentences = sorted({s for span in spans for s in self.sentences_over(span)}, key=lambda s: s.start)
        return [item for sentence in sentences for item in read(sentence)]

    def _sentence_dates(self, sentence: Span) -> list[Any]:
        found = self._dates.get(sentence)
        if found is None:
            from .dates import find_dates

            found = [_shifted(d, sentence.start) for d in
                     find_dates(self.text[sentence.start:sentence.end], self.language, self.article.published,
                                lambda: self._date_before(sentence))]
            self._dates[sentence] = found
        return found

    def _date_before(self, sentence: Span) -> Any:
        """The last full date of the sentence before ``sentence``, which a day shift in it
        counts from ("… began on 12 September. The following day, …"); None without one."""
        if sentence.start == 0:
            return None
        before = self.sentence_at(sentence.start - 1)
        if before.start >= sentence.start:
            return None
        full = [d.value for d in self._sentence_dates(before) if d.value.iso is not None]
        return full[-1] if full else None

    @cached_property
    def _locale(self) -> str | None:
        """The language with the region or script its tag stated (``zh_TW``), which a
        figure's local currency is read by; the language alone otherwise."""
        locale = self.article.meta.get("locale")
        if isinstance(locale, str) and self.language and locale.split("_")[0].lower() == self.language:
            return locale
        return self.language

    def _sentence_numbers(self, sentence: Span) -> list[Any]:
        found = self._numbers.get(sentence)
        if found is None:
            from .numbers import find_numbers

            dated = Covered((d.start, d.end) for d in self._sentence_dates(sentence))
            found = [n for n in (_shifted(n, sentence.start) for n in
                                 find_numbers(self.text[sentence.start:sentence.end], self._locale))
                     if not dated.overlaps(n.start, n.end)]
            self._numbers[sentence] = found
        return found

    @cached_property
    def names(self) -> list[NameMention]:
        """Runs of capitalised words that do not open a sentence on their own."""
        found = []
        sentence_starts = {s.start for s in self.sentences}
        for match in _NAME_RE.finditer(self.text):
            start, words = match.start(), match.group().split()
            if start in sentence_starts and len(words) == 1:
                continue
            found.append(NameMention(start, match.end(), match.group(), fold(match.group())))
        return found


def _shifted(mention: Any, offset: int) -> Any:
    """A date or number found in a sentence, placed in the whole text."""
    moved = {"start": mention.start + offset, "end": mention.end + offset}
    for field in ("counted_end", "counted_start"):  # the noun a number may count
        if getattr(mention, field, None) is not None:
            moved[field] = getattr(mention, field) + offset
    return dataclasses.replace(mention, **moved)


def _containing(spans: list[Span], starts: list[int], offset: int) -> Span:
    if not spans:
        return Span(0, 0)
    index = max(bisect.bisect_right(starts, offset) - 1, 0)
    return spans[index]
