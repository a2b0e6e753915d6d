"""JUnit XML: one ``<testcase>`` per rule, so CI dashboards list rules like tests.

Rules are grouped in one ``<testsuite>`` per rule file. A failed rule's ``<failure>``
carries what an editor needs without opening another report: the expected value and,
for each source that contradicts it or is unclear, the verdict, the place in the
article and the sentence. Sources that could not be read become errored test cases in a
suite of their own, as pytest reports collection errors.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable

from .. import hookimpl
from ..model import RuleResult, RunReport, SourceError, SourceVerdict
from .base import Reporter, excerpt_text

# Everything XML 1.0 forbids: C0 controls but tab, newline and carriage return;
# lone surrogates; U+FFFE and U+FFFF. Article text can carry any of them.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_REPORTED_VERDICTS = ("contradicts", "unclear", "error")
_SOURCE_SUITE = "sources"


def xml_text(text: object) -> str:
    """``text`` as a string that an XML 1.0 parser accepts (escaping is ElementTree's)."""
    return _ILLEGAL_XML.sub("", str(text))


def _seconds(duration: float) -> str:
    return f"{duration:.3f}"


def _attributes(attrib: dict[str, object]) -> dict[str, str]:
    return {key: xml_text(value) for key, value in attrib.items()}


def _element(
    parent: ET.Element, tag: str, text: str | None = None, /, **attrib: object
) -> ET.Element:
    """A child element whose attributes and text are cleaned of illegal characters."""
    child = ET.SubElement(parent, tag, _attributes(attrib))
    if text is not None:
        child.text = xml_text(text)
    return child


def _source_lines(verdict: SourceVerdict) -> list[str]:
    """One source's verdict, values and evidence, as lines of the failure text."""
    language = f" [{verdict.language}]" if verdict.language else ""
    values = f": {', '.join(verdict.values)}" if verdict.values else ""
    lines = [f"{verdict.source}{language} {verdict.verdict}{values}"]
    if verdict.message:
        lines.append(f"  {verdict.message}")
    for evidence in verdict.evidence:
        sentence = " ".join(excerpt_text(evidence).split())  # one line, however the article wraps it
        lines.append(f"  {evidence.source}:{evidence.line}:{evidence.column}: {sentence}")
        lines.append(f"    matched {evidence.text!r} (score {evidence.score:.0f})")
    return lines


def failure_text(result: RuleResult) -> str:
    """The body of a ``<failure>``: expected value, then each source at fault."""
    label = "expected" if result.rule.expect is not None else "majority"
    lines = [f"{label}: {result.expected}"] if result.expected is not None else []
    if result.message:
        lines.append(result.message)
    for group in result.groups:
        sources = ", ".join(str(source) for source in group.get("sources", ()))
        lines.append(f"group {group.get('value')}: {sources}")
    for verdict in result.sources:
        if verdict.verdict in _REPORTED_VERDICTS:
            lines.extend(_source_lines(verdict))
    return "\n".join(lines)


def _failure_message(result: RuleResult) -> str:
    at_fault = [s.source for s in result.sources if s.verdict == "contradicts"]
    if at_fault:
        return f"{result.rule.id}: contradicted by {', '.join(at_fault)}"
    return result.message or f"{result.rule.id} failed"


def _skip_reason(result: RuleResult) -> str:
    return result.message or result.rule.skip or result.rule.xfail or result.outcome


def _add_outcome(case: ET.Element, result: RuleResult) -> None:
    """The child that tells a JUnit consumer how the rule ended, if not passed."""
    if result.outcome == "failed":
        _element(
            case,
            "failure",
            failure_text(result),
            message=_failure_message(result),
            type=result.rule.check,
        )
    elif result.outcome == "error":
        message = result.message or f"{result.rule.id} could not be evaluated"
        _element(case, "error", result.traceback or message, message=message, type="error")
    elif result.outcome in ("skipped", "xfailed"):
        _element(case, "skipped", message=_skip_reason(result), type=result.outcome)
    elif result.outcome == "xpassed":
        _element(case, "system-out", f"XPASS: {result.rule.xfail or result.message}")


def _testcase(suite: ET.Element, result: RuleResult) -> None:
    rule = result.rule
    case = _element(
        suite,
        "testcase",
        classname=rule.file,
        name=rule.id,
        file=rule.file,
        line=rule.line,
        time=_seconds(result.duration_s),
    )
    _add_outcome(case, result)


def _suite_counts(outcomes: list[str]) -> dict[str, int]:
    return {
        "tests": len(outcomes),
        "failures": outcomes.count("failed"),
        "errors": outcomes.count("error"),
        "skipped": outcomes.count("skipped") + outcomes.count("xfailed"),
    }


def _rule_suite(parent: ET.Element, file: str, results: list[RuleResult]) -> None:
    counts = _suite_counts([r.outcome for r in results])
    suite = _element(
        parent, "testsuite", name=file, time=_seconds(sum(r.duration_s for r in results)), **counts
    )
    for result in results:
        _testcase(suite, result)


def _source_suite(parent: ET.Element, errors: list[SourceError]) -> None:
    counts = _suite_counts(["error"] * len(errors))
    suite = _element(parent, "testsuite", name=_SOURCE_SUITE, time=_seconds(0), **counts)
    for error in errors:
        case = _element(
            suite, "testcase", classname=_SOURCE_SUITE, name=error.source, time=_seconds(0)
        )
        _element(case, "error", error.message, message=error.message, type="source error")


def _by_file(results: Iterable[RuleResult]) -> dict[str, list[RuleResult]]:
    """Results grouped by rule file, files in the order their first rule ran."""
    files: dict[str, list[RuleResult]] = {}
    for result in results:
        files.setdefault(result.rule.file, []).append(result)
    return files


def junit_tree(report: RunReport) -> ET.Element:
    """The ``<testsuites>`` element for a run."""
    counts = _suite_counts([r.outcome for r in report.results])
    counts["tests"] += len(report.source_errors)
    counts["errors"] += len(report.source_errors)
    root = ET.Element(
        "testsuites",
        _attributes({"name": "factcheck", "time": _seconds(report.duration_s), **counts}),
    )
    for file, results in _by_file(report.results).items():
        _rule_suite(root, file, results)
    if report.source_errors:
        _source_suite(root, report.source_errors)
    return root


class JUnitReporter(Reporter):
    """Writes the run as JUnit XML."""

    name = "junit"

    def render(self, report: RunReport) -> str:
        root = junit_tree(report)
        ET.indent(root)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode")
            + "\n"
        )


@hookimpl
def factcheck_register_reporters(register: Callable[..., None]) -> None:
    register("junit", JUnitReporter, "JUnit XML, one test case per rule")
