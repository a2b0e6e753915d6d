"""``--format json``: the stable, versioned report of SPEC section 5.

Written result by result, so a report over tens of thousands of sources is never held
whole in memory; a large report is written compact (one result per line) because the
standard library only encodes compact JSON at C speed.
"""

from __future__ import annotations

import json
import operator
from itertools import compress
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
        # Most pairs are plain silent, and a run shares one such verdict object per
        # article across rules: encoded once, then found by the object's id (the object
        # is kept alive here, so that its id is not reused by another).
        known: dict[int, str] = {}
        alive: list[SourceVerdict] = []
        for index, result in enumerate(report.results):
            data = result.to_json(sources=False)
            data["sources"] = _SOURCES
            before, after = _dumps(data).split(_SOURCES_JSON, 1)
            write(("," if index else "") + before + "[")
            sources = list(result.sources)
            encoded = list(map(known.get, map(id, sources)))  # C-level: no Python call per pair
            for position in compress(range(len(encoded)), map(operator.not_, encoded)):
                verdict = sources[position]
                text = encoded[position] = _dumps(verdict.to_json())
                if verdict.is_plain_silence():
                    known[id(verdict)] = text
                    alive.append(verdict)
            del sources
            for start in range(0, len(encoded), _BATCH):  # a rule over 100,000 sources is not one string
                write(("," if start else "") + ",".join(encoded[start:start + _BATCH]))  # type: ignore[arg-type]
            write("]" + after + "\n")
        write("]")
        for key, value in tail.items():
            write(f',\n"{key}": {_dumps(value)}')
        write("}\n")


_BATCH = 2_000  # sources written at once
_SOURCES = "\x00sources\x00"  # stands for the sources while a result is encoded
_SOURCES_JSON = json.dumps(_SOURCES)


# One encoder for every value: json.dumps with options builds a new one per call, which
# costs more than encoding a verdict.
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@hookimpl
def factcheck_register_reporters(register):  # type: ignore[no-untyped-def]
    register("json", JsonReporter, "the versioned JSON report (version 1)")
