"""What every reporter shares: a stream to write to and the run's configuration.

A reporter is created per run by the factory it registered, then registered as a
plugin for that run, so it can implement any hook; most only need
``factcheck_sessionfinish``, which :class:`Reporter` implements by writing
:meth:`Reporter.render` to the stream.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from .. import hookimpl

if TYPE_CHECKING:
    from ..model import Evidence, RunReport


class Reporter:
    """Base of the built-in reporters; plugins may use it or write their own."""

    name = "reporter"

    def __init__(self, config: Any, stream: TextIO) -> None:
        self.config = config
        self.stream = stream

    def render(self, report: RunReport) -> str:
        """The whole report as text."""
        raise NotImplementedError

    @hookimpl
    def factcheck_sessionfinish(self, report: RunReport) -> None:
        self.stream.write(self.render(report))
        self.stream.flush()


# How much of an evidence sentence a report shows on each side of the matched words.
CONTEXT = 240


def excerpt(evidence: Evidence) -> tuple[str, str | None, str]:
    """The evidence sentence as the words before the matched ones, the matched words and
    the words after them, each side cut to about :data:`CONTEXT` characters at a word
    boundary with "…": a table or a page without full stops is read as one sentence,
    and a report shows the words around the value rather than a screenful of the rest.
    When the offsets do not land in the sentence, it is the whole sentence, cut, with
    no matched words (``None``) and nothing after."""
    sentence = evidence.sentence
    start = evidence.start - evidence.sentence_start
    end = evidence.end - evidence.sentence_start
    if not (0 <= start <= end <= len(sentence)):
        return _clipped_after(sentence, 2 * CONTEXT), None, ""
    return (_clipped_before(sentence[:start], CONTEXT), sentence[start:end],
            _clipped_after(sentence[end:], CONTEXT))


def excerpt_text(evidence: Evidence) -> str:
    """The evidence sentence, cut as :func:`excerpt` cuts it, as one string."""
    before, span, after = excerpt(evidence)
    return before + (span or "") + after


def _clipped_before(text: str, keep: int) -> str:
    """The last ``keep`` characters of ``text`` or so, from a word's start, after "…"."""
    if len(text) <= keep + 40:  # a little over is shown whole: "…" should save a line at least
        return text
    cut = len(text) - keep
    space = text.find(" ", cut, cut + 40)
    return "…" + text[space + 1 if space >= 0 else cut:]


def _clipped_after(text: str, keep: int) -> str:
    """The first ``keep`` characters of ``text`` or so, to a word's end, and "…"."""
    if len(text) <= keep + 40:
        return text
    space = text.rfind(" ", keep - 40, keep)
    return text[:space if space >= 0 else keep] + "…"
