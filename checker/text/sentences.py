"""Sentences and paragraphs as spans of the original text.

Sentence boundaries come from sentencex (rule-based, per language, nothing downloaded),
then two language-independent repairs: a boundary never falls before a word that starts
in lower case (``13. rujna``, ``2023. u Rusiji``), nor between a day number written as an
ordinal and a month name of the language (``am 13. September``), while
``… September 13. The …`` still splits.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from .cldr import month_names
from .normalise import fold

_ORDINAL_END = regex.compile(r"(?<![\p{L}\p{N}])\p{N}{1,2}\.\s*$")
_FIRST_WORD = regex.compile(r"\s*[\"'“”„«»‘’(\[]*([\p{L}\p{M}]+)")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the text: ``text[start:end]``."""

    start: int
    end: int


def split_sentences(text: str, language: str | None) -> list[Span]:
    """Sentence spans of ``text``, trimmed of surrounding white space. A sentence never
    crosses a paragraph boundary (see :func:`split_paragraphs`)."""
    spans: list[Span] = []
    for paragraph in split_paragraphs(text):
        spans.extend(_sentences_in(text, paragraph, language))
    return spans


def _sentences_in(text: str, paragraph: Span, language: str | None) -> list[Span]:
    import sentencex

    months = month_names(language) if language else {}
    spans: list[list[int]] = []
    # The segmenter needs valid UTF-8: a lone surrogate becomes U+FFFD (same length).
    chunk = _SURROGATE.sub("\ufffd", text[paragraph.start:paragraph.end])
    for part in sentencex.get_sentence_boundaries(language or "en", chunk):
        start = part["start_index"] + paragraph.start
        end = part["end_index"] + paragraph.start
        if part["is_paragraph_break"] or not text[start:end].strip():
            if spans:
                spans[-1].append(-1)  # a paragraph break: never merge across it
            continue
        if spans and len(spans[-1]) == 2 and _glued(text[spans[-1][0]:spans[-1][1]], text[start:end], months):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [_trim(text, s[0], s[1]) for s in spans]


def _glued(previous: str, following: str, months: dict[str, int]) -> bool:
    word = _FIRST_WORD.match(following)
    if word is None:
        return False
    first = word.group(1)
    if first[0].islower():
        return True
    return bool(months) and _ORDINAL_END.search(previous) is not None and fold(first) in months


def split_paragraphs(text: str) -> list[Span]:
    """Paragraph spans: separated by a blank line, or by each single newline when the
    text has no blank line at all (one paragraph per line)."""
    separator = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else regex.compile(r"\n\s*")
    spans, start = [], 0
    for match in separator.finditer(text):
        if text[start:match.start()].strip():
            spans.append(_trim(text, start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def span_index(spans: list[Span], offset: int) -> int:
    """Index of the span that contains ``offset`` (or the last one starting before it)."""
    starts = [s.start for s in spans]
    return max(bisect.bisect_right(starts, offset) - 1, 0)
