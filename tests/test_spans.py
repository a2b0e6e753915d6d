"""Lookups over many spans: the same answers as asking each span in turn, in a long
sentence of thousands of values too."""

from __future__ import annotations

from fuzzing import fuzz_settings
from hypothesis import given
from hypothesis import strategies as st

from checker.facts.article import ArticleFacts
from checker.facts.view import Anchor, _Reach, distance
from checker.testing import article
from checker.text.fuzzy import PhraseIndex
from checker.text.sentences import Span
from checker.text.spans import Covered

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=30)


@fuzz_settings(200)
@given(spans, st.integers(-2, 80), st.integers(0, 10))
def test_covered_answers_as_the_spans_one_by_one(found: list[tuple[int, int]], at: int, width: int) -> None:
    covered = Covered(found)
    assert covered.holds(at) == any(a <= at < b for a, b in found)
    assert covered.overlaps(at, at + width) == any(a < at + width and at < b for a, b in found)
    assert bool(covered) == bool(found)


def _nearest_one_by_one(anchors: list[Anchor], windows: list[Span], item: Span) -> Anchor | None:
    best = None
    for index in sorted(range(len(anchors)), key=lambda i: windows[i].start):
        window = windows[index]
        if window.start <= item.start and item.end <= window.end and (
                best is None or distance(item, anchors[index]) < distance(item, best)):
            best = anchors[index]
    return best


@st.composite
def reaches(draw: st.DrawFn) -> tuple[list[Anchor], list[Span]]:
    """Anchors in text order (as a rule finds them): many in one sentence, which they
    share as their window, and others each in a window of its own around it."""
    sentence = Span(41, 100)
    words = st.tuples(st.integers(1, 6), st.sampled_from([90.0, 100.0]))
    placed = [(start, length, score, sentence) for start, (length, score)
              in draw(st.lists(st.tuples(st.integers(41, 95), words), min_size=8, max_size=30))]
    placed += [(start, length, score, Span(max(start - 30, 0), start + length + 30)) for start, (length, score)
               in draw(st.lists(st.tuples(st.integers(0, 125), words), max_size=10))]
    placed.sort(key=lambda a: (a[0], -a[2]))
    return [Anchor(start, start + length, score, "p") for start, length, score, _ in placed], [w for *_, w in placed]


@fuzz_settings(300)
@given(reaches(), st.integers(30, 110), st.integers(0, 5))
def test_the_nearest_anchor_is_the_one_found_one_by_one(reach: tuple[list[Anchor], list[Span]],
                                                        start: int, width: int) -> None:
    anchors, windows = reach
    item = Span(start, start + width)
    assert _Reach(anchors, windows).nearest(item) is _nearest_one_by_one(anchors, windows, item)


def test_a_sentence_is_copied_once_for_all_the_evidence_in_it() -> None:
    # a long sentence of values gave each its own copy: memory quadratic in its length
    text = "The summit counted " + ", ".join(str(n) for n in range(1, 2000)) + " agreements."
    facts = ArticleFacts(article(text, "en"), PhraseIndex([]))
    first, last = facts.evidence(19, 20), facts.evidence(len(text) - 20, len(text) - 16)
    assert first.sentence == text
    assert first.sentence is last.sentence


def test_line_and_column_are_counted_from_each_newline() -> None:
    text = "Headline\r\n\r\nFirst paragraph.\n\n\nThe summit met.\nLast"
    facts = ArticleFacts(article(text, "en"), PhraseIndex([]))
    assert facts.line_col(0) == (1, 1)
    assert facts.line_col(text.index("First")) == (3, 1)
    assert facts.line_col(text.index("summit")) == (6, 5)
    assert facts.line_col(text.index("Last")) == (7, 1)
