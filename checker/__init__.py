"""factcheck: check that news sources agree on the facts.

The public API is what this module exports: the hook marker for plugins and the data
types a plugin sees.
"""

from __future__ import annotations

import pluggy

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("factcheck")

from .model import (  # after the marker, which must exist before plugins import it
    Article,
    Evidence,
    Finding,
    Location,
    Rule,
    RuleResult,
    RunReport,
    SourceVerdict,
)

__all__ = [
    "Article",
    "Evidence",
    "Finding",
    "Location",
    "Rule",
    "RuleResult",
    "RunReport",
    "SourceVerdict",
    "__version__",
    "hookimpl",
]
