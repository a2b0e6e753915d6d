"""``--format json``: the stable, versioned report of SPEC section 5.

Written result by result, so a report over tens of thousands of sources is never held
whole in memory; a large report is written compact (one result per line) because the
standard library only encodes compact JSON at C speed.
"""

from __future__ import annotations

import codecs
import io
import json
import operator
import shutil
from collections.abc import Callable
from json.encoder import encode_basestring
from typing import IO, Any

from .. import hookimpl
from ..atomic import COPIED
from ..model import RuleResult, RunReport, SourceVerdict
from .base import Reporter

# Above this many rule × source verdicts the report is written compact.
COMPACT_ABOVE = 5_000
# From this many, a run with worker processes writes the second half in a forked child.
FORK_ABOVE = 100_000


class JsonReporter(Reporter):
    name = "json"

    def render(self, report: RunReport) -> str:
        return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"

    @hookimpl
    def factcheck_sessionfinish(self, report: RunReport) -> None:
        if sum(len(r.sources) for r in report.results) <= COMPACT_ABOVE:
            self.stream.write(self.render(report))
        else:
            self._write_compact(report)
        self.stream.flush()

    def _write_compact(self, report: RunReport) -> None:
        head: dict[str, Any] = {k: v for k, v in report.to_json(results=False).items()}
        tail = {k: head.pop(k) for k in ("errors", "stale", "warnings") if k in head}
        write = self.stream.write
        write(_dumps(head)[:-1] + ',\n"results": [\n')
        results = report.results
        half = self._second_half(results)
        if half is None:
            _write_results(write, results, 0)
        else:
            first, child = half
            try:
                _write_results(write, results[:first], 0)
                written = child.result()
            except BaseException:
                child.cancel()
                raise
            if written is None:  # the child failed: this process writes its half too
                _write_results(write, results[first:], first)
            else:
                with written:
                    _append(self.stream, written)
        write("]")
        for key, value in tail.items():
            write(f',\n"{key}": {_dumps(value)}')
        write("}\n")

    def _second_half(self, results: list[RuleResult]) -> tuple[int, Any] | None:
        """With worker processes, a large report's second half (by sources) is written
        by a forked child while this process writes the first: the position where it
        begins and the child. ``None`` when this process writes it all."""
        from .. import forked

        sizes = [len(result.sources) for result in results]
        total = sum(sizes)
        if getattr(self.config, "workers", 1) <= 1 or total < FORK_ABOVE or len(results) < 2 or not forked.available():
            return None
        first, written = 0, 0
        while first < len(results) - 1 and written + sizes[first] <= total // 2:
            written += sizes[first]
            first += 1
        first = max(first, 1)

        def second(out: IO[bytes]) -> None:
            text = io.TextIOWrapper(out, encoding="utf-8", newline="")
            _write_results(text.write, results[first:], first)
            text.flush()
            text.detach()

        return first, forked.Forked(second)


def _append(stream: Any, written: IO[bytes]) -> None:
    """Copy UTF-8 text a child wrote to ``stream``: as bytes where the stream can take
    them (a report file, or standard output in UTF-8), else decoded."""
    if hasattr(stream, "write_bytes"):  # an AtomicTextFile
        stream.write_bytes(written)
        return
    binary = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None)
    if binary is not None and encoding and codecs.lookup(encoding).name == "utf-8":
        stream.flush()
        shutil.copyfileobj(written, binary, COPIED)
        return
    text = io.TextIOWrapper(written, encoding="utf-8", newline="")
    while chunk := text.read(COPIED):
        stream.write(chunk)
    text.detach()


def _write_results(write: Callable[[str], Any], results: list[RuleResult], first: int) -> None:
    """The results' JSON, each on a line, the first being the ``first``-th of the report."""
    encoder = _Encoder()
    for index, result in enumerate(results, first):
        data = result.to_json(sources=False)
        data["sources"] = _SOURCES
        before, after = _dumps(data).split(_SOURCES_JSON, 1)
        write(("," if index else "") + before + "[")
        sources = list(result.sources)
        for start in range(0, len(sources), _BATCH):  # a rule over 100,000 sources is not one string
            write(("," if start else "") + encoder.encode(sources[start:start + _BATCH]))
        del sources
        write("]" + after + "\n")


class _Encoder:
    """Verdicts to JSON. Most are plain silent, and a run shares one silent verdict per
    article between its rules: each is encoded once, from a template, and found again by
    identity in C-level passes (no Python step per rule × source pair); the others, which
    state something, are encoded one by one. Up to :data:`SILENT_KEPT` silent verdicts
    are remembered (with the verdict itself, so that its identity stays its own); past
    that, the rest are encoded again for each rule."""

    def __init__(self) -> None:
        self.text: dict[int, str] = {}  # id of a verdict → its JSON
        self.kept: list[SourceVerdict] = []  # the silent verdicts whose JSON is remembered
        self.languages = _Languages()

    def encode(self, verdicts: list[SourceVerdict]) -> str:
        """The verdicts' JSON, comma-separated."""
        text = self.text
        ids = list(map(id, verdicts))
        new = set(ids).difference(text)
        if not new:
            return ",".join(map(text.__getitem__, ids))
        batch = dict(zip(ids, verdicts))
        once = []  # ids encoded for this batch only
        for key in new:
            verdict = batch[key]
            if _PLAIN_KEY(verdict) == _PLAIN:
                text[key] = _SILENT.format(encode_basestring(verdict.source), self.languages[verdict.language])
                if len(self.kept) < SILENT_KEPT:
                    self.kept.append(verdict)
                    continue
            else:
                text[key] = _dumps(verdict.to_json())
            once.append(key)
        joined = ",".join(map(text.__getitem__, ids))
        for key in once:
            del text[key]
        return joined


SILENT_KEPT = 50_000  # silent verdicts whose JSON is remembered between rules (about 10 MB)
_BATCH = 2_000  # sources written at once
# A plain silent verdict: what SourceVerdict.to_json gives when there is nothing but the
# source and its language, and the attributes of the run's silent verdicts (which share
# empty tuples). Any other verdict is encoded by to_json, which gives the same text for
# a silent one built otherwise.
_SILENT = '{{"source":{},"language":{},"verdict":"silent","values":[],"evidence":[]}}'
_PLAIN_KEY = operator.attrgetter("verdict", "values", "evidence", "message", "traceback", "accepted")
_PLAIN = ("silent", (), (), None, None, None)


class _Languages(dict):  # type: ignore[type-arg]
    """A language code (or ``None``) → its JSON, encoded on first sight."""

    def __missing__(self, language: str | None) -> str:
        text = self[language] = _dumps(language)
        return text

_SOURCES = "\x00sources\x00"  # stands for the sources while a result is encoded
_SOURCES_JSON = json.dumps(_SOURCES)


# One encoder for every value: json.dumps with options builds a new one per call, which
# costs more than encoding a verdict.
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@hookimpl
def factcheck_register_reporters(register):  # type: ignore[no-untyped-def]
    register("json", JsonReporter, "the versioned JSON report (version 1)")
