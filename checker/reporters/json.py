"""``--format json``: the stable, versioned report of SPEC section 5."""

from __future__ import annotations

import json

from .. import hookimpl
from ..model import RunReport
from .base import Reporter


class JsonReporter(Reporter):
    name = "json"

    def render(self, report: RunReport) -> str:
        return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"


@hookimpl
def factcheck_register_reporters(register):  # type: ignore[no-untyped-def]
    register("json", JsonReporter, "the versioned JSON report (version 1)")
