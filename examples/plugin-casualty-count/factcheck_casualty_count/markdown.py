"""``--format markdown``: a summary fit for a pull-request comment.

A headline with the counts, a table of every rule with its outcome, then for each
failed or errored rule the sources that contradict it, each with its evidence sentence
quoted and the matched words in bold. Article text is escaped, so that nothing an
article says can add links, images, HTML or table cells to the comment.
"""

from __future__ import annotations

import re

from checker.model import Evidence, RuleResult, RunReport
from checker.reporters.base import Reporter

ICONS = {"passed": "✅", "failed": "❌", "error": "⚠️", "skipped": "⏭️", "xfailed": "✖️", "xpassed": "❗"}
SUMMARY_ORDER = ("failed", "error", "passed", "skipped", "xfailed", "xpassed")
SHOWN_VERDICTS = ("contradicts", "error")

# Characters that Markdown (GitHub's included) would read as markup.
_MARKUP = re.compile(r"([\\`*_{}\[\]()<>#+!|~&])")
_WHITESPACE = re.compile(r"\s+")
# What would open a list or a heading at the start of a quoted line.
_BLOCK_START = re.compile(r"^(\d+)([.)])|^([-=])")


def escape(text: str) -> str:
    """``text`` on one line, with every Markdown and HTML character escaped."""
    return _inline(text).strip()


def _inline(text: str) -> str:
    return _MARKUP.sub(r"\\\1", _WHITESPACE.sub(" ", text))


def code(text: str) -> str:
    """Inline code that survives backticks in ``text``."""
    text = _WHITESPACE.sub(" ", text).strip()
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def quote(evidence: Evidence) -> str:
    """The evidence sentence as a Markdown quote, the matched span in bold."""
    start = evidence.start - evidence.sentence_start
    end = evidence.end - evidence.sentence_start
    sentence = evidence.sentence
    if not 0 <= start < end <= len(sentence):
        return f"> {_unblock(escape(sentence))}"
    before, span, after = sentence[:start], sentence[start:end], sentence[end:]
    return f"> {_unblock(_inline(before).lstrip())}**{escape(span)}**{_inline(after).rstrip()}"


def _unblock(text: str) -> str:
    """Escape what would make a quoted line a list item or a heading underline."""
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text, count=1)


class MarkdownReporter(Reporter):
    """Writes the whole report at the end of the run, as Markdown."""

    name = "markdown"

    def render(self, report: RunReport) -> str:
        lines = [self.headline(report), "", self.context(report), ""]
        if report.results:
            lines += ["| Rule | Check | Outcome | Details |", "| --- | --- | --- | --- |"]
            lines += [self.row(result) for result in report.results]
        for result in report.results:
            if result.outcome in ("failed", "error"):
                lines += ["", *self.details(result)]
        if report.source_errors:
            lines += ["", "### Sources that could not be read", ""]
            lines += [f"- {code(error.source)}: {escape(error.message)}" for error in report.source_errors]
        return "\n".join(lines) + "\n"

    def headline(self, report: RunReport) -> str:
        counts = report.counts()
        parts = [f"{counts[outcome]} {outcome}" for outcome in SUMMARY_ORDER if counts[outcome]]
        if report.source_errors:
            parts.append(f"{len(report.source_errors)} unreadable source{'s' if len(report.source_errors) > 1 else ''}")
        icon = ICONS["passed"] if report.exit_code == 0 else ICONS["failed"]
        return f"## {icon} factcheck: {', '.join(parts) or 'no rules ran'}"

    def context(self, report: RunReport) -> str:
        sources = len(report.articles) + len(report.source_errors)
        languages = ", ".join(report.languages) or "no language"
        return (f"{sources} source{'s' if sources != 1 else ''} ({languages}), "
                f"{len(report.results)} rule{'s' if len(report.results) != 1 else ''}, "
                f"{report.duration_s:.2f}s")

    def row(self, result: RuleResult) -> str:
        rule = result.rule
        title = f" {escape(rule.title)}" if rule.title and rule.title != rule.id else ""
        outcome = f"{ICONS[result.outcome]} {result.outcome}"
        return f"| {code(rule.nodeid)}{title} | {escape(rule.check)} | {outcome} | {escape(result.message)} |"

    def details(self, result: RuleResult) -> list[str]:
        rule = result.rule
        lines = [f"### {ICONS[result.outcome]} {code(rule.nodeid)}", ""]
        facts = [f"{escape(rule.check)}", f"severity {rule.severity}", code(f"{rule.file}:{rule.line}")]
        if result.expected:
            facts.insert(0, f"expected **{escape(result.expected)}**")
        lines += [f"{escape(rule.title)} ({', '.join(facts)})", "", escape(result.message)]
        for group in result.groups:
            members = ", ".join(code(source) for source in group["sources"])
            lines.append(f"- group {escape(group['value'])}: {members}")
        for verdict in result.sources:
            if verdict.verdict not in SHOWN_VERDICTS:
                continue
            language = f" ({escape(verdict.language)})" if verdict.language else ""
            values = f": {escape(', '.join(verdict.values))}" if verdict.values else ""
            lines += ["", f"- {code(verdict.source)}{language} **{verdict.verdict}**{values}"]
            for evidence in verdict.evidence:
                lines += ["", f"  {quote(evidence)}", f"  <sub>line {evidence.line}, column {evidence.column}</sub>"]
        if result.traceback:
            lines += ["", "<details><summary>traceback</summary>", "", self.fenced(result.traceback), "", "</details>"]
        return lines

    @staticmethod
    def fenced(text: str) -> str:
        """A code block that no backtick run inside ``text`` can close early."""
        fence = "`" * max(3, max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
        return f"{fence}text\n{text.rstrip()}\n{fence}"
