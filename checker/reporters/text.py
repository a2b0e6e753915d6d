"""``--format text``: the terminal report, shaped like pytest's.

A header (sources, languages, rules), a progress line per rule file, a FAILURES
section with each failed rule's expected or majority value and the verdict of every
source that contradicts, is unclear or failed, with its evidence sentence (the matched
span highlighted), the sources that agree or are silent counted on one line; and a
closing line such as ``1 failed, 6 passed in 0.42s``. ``-v`` adds a line per rule and
lists every source of a failure, ``-q`` keeps only the closing line. Article text is
stripped of control sequences.
"""

from __future__ import annotations

import shutil
from typing import Any, TextIO

from .. import __version__, hookimpl
from ..model import Evidence, RuleResult, RunReport, SourceVerdict
from ..text.normalise import strip_controls
from .base import Reporter, excerpt

LETTERS = {"passed": ".", "failed": "F", "error": "E", "skipped": "s", "xfailed": "x", "xpassed": "X"}
COLOURS = {"passed": "32", "failed": "31", "error": "31", "skipped": "33", "xfailed": "33", "xpassed": "33",
           "agrees": "32", "contradicts": "31", "unclear": "33", "silent": "2", "warning": "33"}
SUMMARY_ORDER = ("failed", "error", "passed", "skipped", "xfailed", "xpassed")
GROUP_NAMES = 5  # sources named per group of a majority vote (all with -v)


class TextReporter(Reporter):
    name = "text"

    def __init__(self, config: Any, stream: TextIO) -> None:
        super().__init__(config, stream)
        self.verbosity = getattr(config, "verbosity", 0)
        self.colour = bool(getattr(config, "color", False))
        self.width = getattr(config, "width", None) or min(shutil.get_terminal_size((88, 24)).columns, 120)
        self.total = 0
        self.done = 0
        self.current_file: str | None = None
        self.line = ""

    # -- helpers -----------------------------------------------------------------------
    def paint(self, text: str, key: str, bold: bool = False) -> str:
        if not self.colour or key not in COLOURS:
            return text
        return f"\x1b[{'1;' if bold else ''}{COLOURS[key]}m{text}\x1b[0m"

    def write(self, text: str = "") -> None:
        self.stream.write(text + "\n")

    def rule(self, title: str = "", fill: str = "=") -> str:
        if not title:
            return fill * self.width
        side = max((self.width - len(title) - 2) // 2, 3)
        line = f"{fill * side} {title} {fill * side}"
        return line + fill * (self.width - len(line)) if len(line) < self.width else line

    # -- hooks -------------------------------------------------------------------------
    @hookimpl
    def factcheck_sessionstart(self, config: Any, rules: list, sources: int) -> None:
        self.total = len(rules)
        if self.verbosity < 0:
            return
        files = len({r.file for r in rules})
        self.write(self.rule("factcheck session starts"))
        self.write(f"factcheck {__version__} — {_plural(len(rules), 'rule')} in {_plural(files, 'file')}, "
                   f"corpus of {_plural(sources, 'file')}")
        self.write()

    @hookimpl
    def factcheck_rule_result(self, result: RuleResult) -> None:
        if self.verbosity == 0 and result.rule.file != self.current_file:
            self.flush_progress()  # the previous file's line ends at the count so far
        self.done += 1
        if self.verbosity < 0:
            return
        if self.verbosity > 0:
            outcome = result.outcome.upper()
            self.write(f"{strip_controls(result.nodeid)} {self.paint(outcome, result.outcome)}{self.percent()}")
            for verdict in result.sources:
                values = f" {', '.join(verdict.values)}" if verdict.values else ""
                self.write(f"    {strip_controls(verdict.source)} [{strip_controls(verdict.language or '?')}] "
                           f"{self.paint(verdict.verdict, verdict.verdict)}{strip_controls(values)}")
            return
        if result.rule.file != self.current_file:
            self.current_file = result.rule.file
            self.line = f"{strip_controls(result.rule.file)} "
            self.stream.write(self.line)
        letter = LETTERS[result.outcome]
        self.line += letter
        self.stream.write(self.paint(letter, result.outcome))

    def percent(self) -> str:
        return f" [{int(100 * self.done / max(self.total, 1)):3d}%]"

    def flush_progress(self) -> None:
        if self.current_file is not None:
            pad = max(self.width - len(self.line) - 7, 1)
            self.write(" " * pad + self.percent())
            self.current_file = None

    @hookimpl
    def factcheck_sessionfinish(self, report: RunReport) -> None:
        if self.verbosity >= 0:
            self.flush_progress()
            self.write_problems(report)
            self.write(self.sources_line(report))
        self.write(self.closing_line(report))
        self.stream.flush()

    # -- sections ----------------------------------------------------------------------
    def write_problems(self, report: RunReport) -> None:
        failed = [r for r in report.results if r.outcome in ("failed", "error")]
        if report.source_errors:
            self.write()
            self.write(self.rule("SOURCE ERRORS"))
            for error in report.source_errors:
                self.write(f"{strip_controls(error.source)}: {strip_controls(error.message)}")
        if failed:
            self.write()
            self.write(self.rule("FAILURES" if any(r.outcome == "failed" for r in failed) else "ERRORS"))
            for result in failed:
                self.write_failure(result)
            self.write(self.rule("short summary", "="))
            for result in failed:
                label = "FAILED" if result.outcome == "failed" else "ERROR"
                self.write(f"{self.paint(label, result.outcome)} {strip_controls(result.nodeid)} - {strip_controls(result.message)}")
        if report.warnings:
            self.write()
            self.write(self.rule("warnings"))
            for warning in report.warnings:
                self.write(self.paint(strip_controls(warning), "warning"))
        if report.interrupted:
            self.write(self.paint("!!! interrupted !!!", "failed"))

    def write_failure(self, result: RuleResult, every_source: bool = False) -> None:
        """A failed rule's section; ``every_source`` lists all its sources, as ``-v`` does."""
        rule = result.rule
        self.write(self.rule(strip_controls(result.nodeid), "_"))
        self.write(f"{strip_controls(rule.title)}  ({strip_controls(rule.check)}, severity: {rule.severity}, {strip_controls(rule.file)}:{rule.line})")
        if result.expected:
            self.write(f"expected: {strip_controls(result.expected)}")
        for group in result.groups:
            sources = group["sources"]
            named = sources if self.verbosity > 0 else sources[:GROUP_NAMES]
            more = f" and {len(sources) - len(named):,} more" if len(named) < len(sources) else ""
            self.write(f"  group {strip_controls(group['value'])}: {strip_controls(', '.join(named))}{more}")
        if result.outcome == "error" and result.traceback:
            self.write()
            self.write(result.traceback.rstrip())
        self.write()
        hidden = {"agrees": 0, "silent": 0}
        for verdict in result.sources:
            if self.verbosity > 0 or every_source or verdict.verdict not in hidden:
                self.write_source(verdict)
            else:
                hidden[verdict.verdict] += 1
        if any(hidden.values()):
            self.write(self.paint(self.hidden_line(hidden["agrees"], hidden["silent"]), "silent"))
        self.write()

    def hidden_line(self, agreeing: int, silent: int) -> str:
        """What a failure leaves out without ``-v``: the sources that agree or say
        nothing (of thousands, the few that contradict are what a reader looks for)."""
        counts = [f"{agreeing:,} agreeing" if agreeing else "", f"{silent:,} silent" if silent else ""]
        total = agreeing + silent
        return (f"  {' and '.join(filter(None, counts))} source{'s' if total > 1 else ''} not shown "
                f"(-v lists {'them' if total > 1 else 'it'})")

    def write_source(self, verdict: SourceVerdict) -> None:
        values = f" ({strip_controls(', '.join(verdict.values))})" if verdict.values else ""
        label = self.paint(verdict.verdict, verdict.verdict, bold=verdict.verdict == "contradicts")
        self.write(f"  {strip_controls(verdict.source)} [{strip_controls(verdict.language or '?')}]  {label}{values}")
        if verdict.message and verdict.verdict != "error":
            self.write(f"    {strip_controls(verdict.message)}")
        shown = verdict.evidence if self.verbosity > 0 else verdict.evidence[:2]
        for evidence in shown:
            self.write(f"    {evidence.line}:{evidence.column}: {self.highlight(evidence)}")

    def highlight(self, evidence: Evidence) -> str:
        """The evidence sentence with the matched words marked; a sentence longer than a
        few lines shows only the words around them (:func:`~checker.reporters.base.excerpt`)."""
        before, span, after = excerpt(evidence)
        if span is None:
            return strip_controls(before)
        marked = (f"\x1b[1;4m{strip_controls(span)}\x1b[0m" if self.colour else f"»{strip_controls(span)}«")
        return strip_controls(before) + marked + strip_controls(after)

    def sources_line(self, report: RunReport) -> str:
        languages = ", ".join(report.languages) or "no language"
        return f"{_plural(len(report.articles), 'source')} read ({languages})"

    def closing_line(self, report: RunReport) -> str:
        counts = report.counts()
        parts = [f"{counts[k]} {k}" for k in SUMMARY_ORDER if counts[k]]
        if report.source_errors:
            parts.append(f"{len(report.source_errors)} source error{'s' if len(report.source_errors) > 1 else ''}")
        if not parts:
            parts = ["no rules ran"]
        text = f"{', '.join(parts)} in {report.duration_s:.2f}s"
        key = "failed" if report.exit_code else "passed"
        if self.verbosity < 0:
            return text
        return self.paint(self.rule(text), key, bold=True)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


@hookimpl
def factcheck_register_reporters(register):  # type: ignore[no-untyped-def]
    register("text", TextReporter, "the terminal report, like pytest's")

