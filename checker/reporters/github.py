"""GitHub Actions annotations: workflow commands that pin each failure to a file line.

A pull request then shows the contradiction beside the sentence in the article. Each
contradicting source of a failed rule gets one line; a failed rule no source
contradicts, and a rule that could not be evaluated, get one at the rule; an unreadable
source gets one at its file.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import hookimpl
from ..model import RuleResult, RunReport, SourceError, SourceVerdict
from ..text.normalise import strip_controls
from .base import Reporter, excerpt_text

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message, as the Actions runner unescapes it; other control
    and format characters (terminal escapes, bidi overrides from an article) are
    dropped, since the log shows them raw."""
    text = strip_controls(text, keep_lines=True)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value, where ``:`` and ``,`` also delimit."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, message: str, **properties: object) -> str:
    """One workflow command line, e.g. ``::error file=a.txt,line=3::message``."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{command} {props}::{escape_data(message)}"


def _source_file(source: str) -> str:
    """The file a source came from: ``a.jsonl#7`` is ``a.jsonl``."""
    return source.partition("#")[0].replace("\\", "/")


def _source_message(result: RuleResult, verdict: SourceVerdict) -> str:
    label = "expected" if result.rule.expect is not None else "majority"
    parts = [f"{verdict.source} contradicts {result.rule.title or result.rule.id}"]
    if verdict.values:
        parts.append(f"states {', '.join(verdict.values)}")
    if result.expected is not None:
        parts.append(f"{label} {result.expected}")
    message = "; ".join(parts)
    sentences = [excerpt_text(evidence) for evidence in verdict.evidence]
    return "\n".join([message, *sentences])


def _source_annotation(result: RuleResult, verdict: SourceVerdict) -> str:
    command = COMMANDS[result.rule.severity]
    place = verdict.evidence[0] if verdict.evidence else None
    location = {"line": place.line, "col": place.column} if place else {}
    return annotation(
        command,
        _source_message(result, verdict),
        file=_source_file(verdict.source),
        **location,
        title=result.rule.id,
    )


def _rule_annotation(result: RuleResult, command: str, message: str) -> str:
    rule = result.rule
    return annotation(
        command, message, file=rule.file, line=rule.line, col=rule.column, title=rule.id
    )


def result_annotations(result: RuleResult) -> list[str]:
    """The annotations for one rule result; none unless it failed or errored.

    The rule's severity picks the command for errors too, as it decides whether an
    error fails the run.
    """
    command = COMMANDS[result.rule.severity]
    if result.outcome == "error":
        message = result.message or f"rule {result.rule.id} could not be evaluated"
        return [_rule_annotation(result, command, message)]
    if result.outcome != "failed":
        return []
    contradicting = [s for s in result.sources if s.verdict == "contradicts"]
    if contradicting:
        return [_source_annotation(result, verdict) for verdict in contradicting]
    return [_rule_annotation(result, command, result.message or f"rule {result.rule.id} failed")]


def _source_error_annotation(error: SourceError) -> str:
    return annotation(
        "error", error.message, file=_source_file(error.source), title="unreadable source"
    )


class GitHubReporter(Reporter):
    """Writes GitHub Actions workflow commands, one annotation per line."""

    name = "github"

    def render(self, report: RunReport) -> str:
        lines = [line for result in report.results for line in result_annotations(result)]
        lines += [_source_error_annotation(error) for error in report.source_errors]
        return "".join(f"{line}\n" for line in lines)


@hookimpl
def factcheck_register_reporters(register: Callable[..., None]) -> None:
    register("github", GitHubReporter, "GitHub Actions annotations on the contradicting sentences")
