"""SARIF 2.1.0: one result per contradicting source, located in the article itself.

Code-scanning tools show a SARIF result where it points, so each result points at the
sentence in the article that contradicts the fact, and links back to the rule that
states it. Rules that could not be evaluated and sources that could not be read are
not findings about the corpus: they are tool execution notifications.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from .. import __version__, hookimpl
from ..model import Evidence, Rule, RuleResult, RunReport, SourceError, SourceVerdict
from .base import Reporter

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {"error": "error", "warning": "warning", "info": "note"}

Json = dict[str, Any]


def artifact_uri(source: str) -> str:
    """The URI of the file a source came from: ``a.jsonl#7`` is ``a.jsonl``.

    Relative paths stay relative (code scanning resolves them against the checkout);
    spaces and non-ASCII characters are percent-encoded, as a URI requires.
    """
    file = source.partition("#")[0].replace("\\", "/")
    if PurePosixPath(file).is_absolute() or PureWindowsPath(file).is_absolute():
        return "file://" + ("" if file.startswith("/") else "/") + quote(file, safe="/:")
    return quote(file.removeprefix("./"), safe="/")


def _region(evidence: Evidence) -> Json:
    """The matched span; columns count code points (the run declares it)."""
    lines = evidence.text.split("\n")
    last_line = evidence.line + len(lines) - 1
    end_column = evidence.column + len(lines[0]) if len(lines) == 1 else len(lines[-1]) + 1
    return {
        "startLine": evidence.line,
        "startColumn": evidence.column,
        "endLine": last_line,
        "endColumn": end_column,
        "snippet": {"text": evidence.sentence},
    }


def _location(uri: str, region: Json | None = None) -> Json:
    physical: Json = {"artifactLocation": {"uri": uri}}
    if region:
        physical["region"] = region
    return {"physicalLocation": physical}


def _rule_location(rule: Rule, **extra: Any) -> Json:
    region = {"startLine": rule.line, "startColumn": rule.column}
    return {**extra, **_location(artifact_uri(rule.file), region)}


def _rule_descriptor(rule: Rule) -> Json:
    return {
        "id": rule.nodeid,
        "name": rule.id,
        "shortDescription": {"text": rule.title or rule.id},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": list(rule.tags), "check": rule.check},
    }


def _verdict_message(result: RuleResult, verdict: SourceVerdict) -> str:
    label = "expected" if result.rule.expect is not None else "majority"
    states = f" states {', '.join(verdict.values)};" if verdict.values else ""
    expected = f" {label} {result.expected}." if result.expected is not None else ""
    return (
        f"{verdict.source} contradicts '{result.rule.title or result.rule.id}':{states}{expected}"
    )


def _fingerprint(*parts: str) -> str:
    """Stable across runs, so code scanning keeps one alert per rule and source."""
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def _source_result(result: RuleResult, index: int, verdict: SourceVerdict) -> Json:
    uri = artifact_uri(verdict.source)
    locations = [_location(uri, _region(e)) for e in verdict.evidence] or [_location(uri)]
    return {
        "ruleId": result.rule.nodeid,
        "ruleIndex": index,
        "kind": "fail",
        "level": LEVELS[result.rule.severity],
        "message": {"text": _verdict_message(result, verdict)},
        "locations": locations,
        "relatedLocations": [
            _rule_location(result.rule, id=1, message={"text": f"rule {result.rule.id}"})
        ],
        "partialFingerprints": {"factcheck/v1": _fingerprint(result.rule.nodeid, verdict.source)},
        "properties": {
            "verdict": verdict.verdict,
            "language": verdict.language,
            "values": list(verdict.values),
        },
    }


def _rule_result(result: RuleResult, index: int) -> Json:
    """A failed rule no source contradicts (too few sources state it): found at the rule."""
    return {
        "ruleId": result.rule.nodeid,
        "ruleIndex": index,
        "kind": "fail",
        "level": LEVELS[result.rule.severity],
        "message": {"text": result.message or f"rule {result.rule.id} failed"},
        "locations": [_rule_location(result.rule)],
        "partialFingerprints": {"factcheck/v1": _fingerprint(result.rule.nodeid)},
    }


def _results(result: RuleResult, index: int) -> list[Json]:
    contradicting = [s for s in result.sources if s.verdict == "contradicts"]
    if not contradicting:
        return [_rule_result(result, index)]
    return [_source_result(result, index, verdict) for verdict in contradicting]


def _rule_error(result: RuleResult, index: int) -> Json:
    notification: Json = {
        "level": "error",
        "message": {"text": result.message or f"rule {result.rule.id} could not be evaluated"},
        "associatedRule": {"id": result.rule.nodeid, "index": index},
        "locations": [_rule_location(result.rule)],
    }
    if result.traceback:
        notification["properties"] = {"traceback": result.traceback}
    return notification


def _source_error(error: SourceError) -> Json:
    return {
        "level": "error",
        "message": {"text": f"{error.source}: {error.message}"},
        "locations": [_location(artifact_uri(error.source))],
    }


def _invocation(report: RunReport, ran: list[RuleResult]) -> Json:
    notifications = [_rule_error(r, i) for i, r in enumerate(ran) if r.outcome == "error"]
    notifications += [_source_error(e) for e in report.source_errors]
    return {
        "executionSuccessful": not report.interrupted and report.exit_code in (0, 1),
        "exitCode": report.exit_code,
        "toolExecutionNotifications": notifications,
    }


def sarif_log(report: RunReport) -> Json:
    """The SARIF log of a run: every rule that ran, and its findings in the corpus."""
    ran = [r for r in report.results if r.outcome != "skipped"]
    results = [
        finding
        for index, result in enumerate(ran)
        if result.outcome == "failed"
        for finding in _results(result, index)
    ]
    driver = {
        "name": "factcheck",
        "version": __version__,
        "rules": [_rule_descriptor(r.rule) for r in ran],
    }
    run = {
        "tool": {"driver": driver},
        "invocations": [_invocation(report, ran)],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


class SarifReporter(Reporter):
    """Writes the run as a SARIF 2.1.0 log."""

    name = "sarif"

    def render(self, report: RunReport) -> str:
        return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"


@hookimpl
def factcheck_register_reporters(register: Callable[..., None]) -> None:
    register("sarif", SarifReporter, "SARIF 2.1.0, one result per contradicting source")
