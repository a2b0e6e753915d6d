"""What makes a contradiction count: the baseline of accepted contradictions, and
``--changed-since`` (only contradictions involving a changed article fail the run).

A newsroom adopting the gate on an old corpus writes a baseline once
(``--write-baseline FILE``); later runs with ``--baseline FILE`` fail only on
contradictions not in it, and say which entries no longer match (stale).
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .atomic import write_atomically
from .errors import UsageError
from .model import RuleResult, SourceVerdict

BASELINE_VERSION = 1


def baseline_key(nodeid: str, verdict: SourceVerdict) -> tuple[str, str, tuple[str, ...]]:
    """A contradiction is the same one while rule, source and stated values are."""
    return nodeid, verdict.source, tuple(sorted(verdict.values))


@dataclass
class Gate:
    """Which contradictions count towards a failure."""

    accepted: set[tuple[str, str, tuple[str, ...]]] = field(default_factory=set)
    changed: set[str] | None = None
    used: set[tuple[str, str, tuple[str, ...]]] = field(default_factory=set)

    def counts(self, nodeid: str, verdict: SourceVerdict, others_changed: bool) -> bool:
        """Does ``verdict`` (a contradiction) fail its rule?"""
        key = baseline_key(nodeid, verdict)
        if key in self.accepted:
            self.used.add(key)
            verdict.accepted = "baseline"
            return False
        if self.changed is not None and _file_of(verdict.source) not in self.changed and not others_changed:
            verdict.accepted = "unchanged"
            return False
        return True

    def source_changed(self, source: str) -> bool:
        return self.changed is None or _file_of(source) in self.changed

    @property
    def checks_require(self) -> bool:
        """``require`` is about the whole corpus; a pull-request gate leaves it alone."""
        return self.changed is None

    def stale(self) -> list[dict[str, Any]]:
        return [{"rule": rule, "source": source, "values": list(values)}
                for rule, source, values in sorted(self.accepted - self.used)]


def _file_of(source: str) -> str:
    return source.split("#", 1)[0]


def read_baseline(path: Path) -> set[tuple[str, str, tuple[str, ...]]]:
    """Entries of a baseline file written by ``--write-baseline``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise UsageError(f"baseline {path} is not valid JSON: {exc}") from None
    entries = data.get("accepted") if isinstance(data, dict) else None
    if data.get("version") != BASELINE_VERSION or not isinstance(entries, list):
        raise UsageError(f"baseline {path} is not a factcheck baseline (version {BASELINE_VERSION})")
    accepted = set()
    for number, entry in enumerate(entries, 1):
        try:
            accepted.add((str(entry["rule"]), str(entry["source"]), tuple(sorted(map(str, entry["values"])))))
        except (KeyError, TypeError):
            raise UsageError(f"baseline {path}: entry {number} needs 'rule', 'source' and 'values'") from None
    return accepted


def write_baseline(path: Path, results: list[RuleResult]) -> int:
    """Accept every current contradiction; returns how many were written."""
    entries = sorted({baseline_key(r.nodeid, v) for r in results for v in r.sources if v.verdict == "contradicts"})
    data = {"version": BASELINE_VERSION,
            "accepted": [{"rule": rule, "source": source, "values": list(values)} for rule, source, values in entries]}
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return len(entries)


def changed_files(revision: str, root: Path) -> set[str]:
    """Files changed since ``revision`` (committed, staged, in the work tree, or new),
    relative to ``root`` as sources are named."""
    def git(*args: str) -> list[str]:
        try:
            done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
        except FileNotFoundError:
            raise UsageError("--changed-since needs git, which is not installed") from None
        if done.returncode != 0:
            message = (done.stderr.strip().splitlines() or ["git failed"])[-1]
            raise UsageError(f"--changed-since {revision}: {message}")
        return [line for line in done.stdout.splitlines() if line]

    top = Path(git("rev-parse", "--show-toplevel")[0])
    names = git("diff", "--name-only", "--no-renames", revision, "--")
    names += git("ls-files", "--others", "--exclude-standard")
    changed = set()
    for name in names:
        absolute = top / name
        try:
            changed.add(absolute.resolve().relative_to(root.resolve()).as_posix())
        except ValueError:
            continue
    return changed
