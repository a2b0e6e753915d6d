"""``--format json``: the stable, versioned report of SPEC section 5.

Written result by result, so a report over tens of thousands of sources is never held
whole in memory; a large report is written compact (one result per line) because the
standard library only encodes compact JSON at C speed.
"""

from __future__ import annotations

import json
import operator
from itertools import compress
from json.encoder import encode_basestring
from typing import Any

from .. import hookimpl
from ..model import RunReport, SourceVerdict
from .base import Reporter

# Above this many rule × source verdicts the report is written compact.
COMPACT_ABOVE = 5_000


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
        languages = _Languages()
        for index, result in enumerate(report.results):
            data = result.to_json(sources=False)
            data["sources"] = _SOURCES
            before, after = _dumps(data).split(_SOURCES_JSON, 1)
            write(("," if index else "") + before + "[")
            sources = list(result.sources)
            for start in range(0, len(sources), _BATCH):  # a rule over 100,000 sources is not one string
                write(("," if start else "") + ",".join(_encoded(sources[start:start + _BATCH], languages)))
            del sources
            write("]" + after + "\n")
        write("]")
        for key, value in tail.items():
            write(f',\n"{key}": {_dumps(value)}')
        write("}\n")


def _encoded(sources: list[SourceVerdict], languages: _Languages) -> list[str]:
    """Each verdict's JSON. Most are plain silent: encoded from a template in C-level
    passes (no Python step per pair, and nothing kept from one rule to the next); the
    others, which state something, one by one."""
    encoded = list(map(_SILENT.format, map(encode_basestring, map(_SOURCE, sources)),
                       map(languages.__getitem__, map(_LANGUAGE, sources))))
    for position in compress(range(len(encoded)), map(_PLAIN.__ne__, map(_PLAIN_KEY, sources))):
        encoded[position] = _dumps(sources[position].to_json())
    return encoded


_BATCH = 2_000  # sources written at once
# A plain silent verdict: what SourceVerdict.to_json gives when there is nothing but the
# source and its language, and the attributes of the run's silent verdicts (which share
# empty tuples). Any other verdict is encoded by to_json, which gives the same text for
# a silent one built otherwise.
_SILENT = '{{"source":{},"language":{},"verdict":"silent","values":[],"evidence":[]}}'
_SOURCE = operator.attrgetter("source")
_LANGUAGE = operator.attrgetter("language")
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
