"""HTML: one self-contained page an editor reads to see which sources disagree and why.

Each rule is a card; its sources stand side by side, each with its verdict (in words,
not colour alone) and the sentence it was judged on, the matched words marked: first
every source that contradicts, failed or is unclear, then the first fifty that agree
and twenty that state nothing, the others counted (a rule over 10,000 articles stays a
page a browser opens; the JSON report lists every source). Failed rules come first and
open. Everything taken from articles and rules is escaped, and the
page's Content-Security-Policy lets nothing but its own inline style and script run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from .. import __version__, hookimpl
from ..model import SEVERITIES, Evidence, RuleResult, RunReport, SourceVerdict
from .base import Reporter
from .html_template import page

OUTCOME_LABELS = {
    "failed": ("\u2717", "failed"),
    "error": ("!", "error"),
    "passed": ("\u2713", "passed"),
    "skipped": ("\u21b7", "skipped"),
    "xfailed": ("\u2717", "expected failure"),
    "xpassed": ("\u2713", "unexpected pass"),
}
VERDICT_LABELS = {
    "contradicts": ("\u2717", "contradicts"),
    "agrees": ("\u2713", "agrees"),
    "unclear": ("?", "unclear"),
    "silent": ("\u2013", "silent"),
    "error": ("!", "error"),
}
# What needs an editor's attention comes first: in counts, filters and the rule list.
DISPLAY_ORDER = ("failed", "error", "xpassed", "passed", "skipped", "xfailed")
_PRIORITY = {"failed": 0, "error": 1, "xpassed": 2}
_OPEN = ("failed", "error")
# Cards shown per rule for the sources that agree or state nothing; the rest are counted.
CARDS = {"agrees": 50, "silent": 20}
CARD_ORDER = {"contradicts": 0, "error": 1, "unclear": 2, "agrees": 3, "silent": 4}
UNKNOWN_LANGUAGE = "und"

# Control characters (a terminal colour code pasted into an article) become U+FFFD,
# which every font can draw, so they are seen rather than silently dropped.
_CONTROL_CHARACTERS = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F], "\ufffd")


def text(value: object) -> str:
    """``value`` as HTML text: escaped, with control characters made visible."""
    return escape(str(value)).translate(_CONTROL_CHARACTERS)


def _badge(css: str, label: str, icon: str = "") -> str:
    """A pill whose words carry the meaning; the icon and colour only repeat it."""
    symbol = f'<span class="badge-icon" aria-hidden="true">{icon}</span>' if icon else ""
    return f'<span class="badge {css}">{symbol}{text(label)}</span>'


def _span_in_sentence(evidence: Evidence) -> tuple[int, int] | None:
    """Where the matched words are in the sentence, or ``None`` when they cannot be found.

    The offsets count characters of the article; the sentence begins at
    ``sentence_start``. When they do not land on the matched text (a sentence cut
    differently), the text itself is looked up in the sentence.
    """
    sentence, matched = evidence.sentence, evidence.text
    start, end = evidence.start - evidence.sentence_start, evidence.end - evidence.sentence_start
    inside = 0 <= start < end <= len(sentence)
    if inside and (not matched or sentence[start:end] == matched):
        return start, end
    found = sentence.find(matched) if matched else -1
    if found >= 0:
        return found, found + len(matched)
    return (start, end) if inside else None


def highlight(evidence: Evidence) -> str:
    """The evidence sentence as HTML with the matched span in ``<mark>``."""
    span = _span_in_sentence(evidence)
    sentence = evidence.sentence
    if span is None:
        return text(sentence)
    start, end = span
    return f"{text(sentence[:start])}<mark>{text(sentence[start:end])}</mark>{text(sentence[end:])}"


def _language(verdict: SourceVerdict) -> str:
    return verdict.language or UNKNOWN_LANGUAGE


def _evidence(evidence: Evidence, language: str) -> str:
    score = f" \u00b7 match {evidence.score:.0f}%" if evidence.score < 100 else ""
    return (
        f'<figure class="evidence"><blockquote lang="{text(language)}">'
        f"{highlight(evidence)}</blockquote><figcaption>line {evidence.line}, "
        f"column {evidence.column}{score}</figcaption></figure>"
    )


def _source_name(source: str) -> str:
    """The file name stands out; its folder is there but quieter."""
    folder, slash, name = source.rpartition("/")
    return (
        f'<span class="folder">{text(folder + slash)}</span>{text(name)}' if slash else text(source)
    )


def _source_panel(verdict: SourceVerdict) -> str:
    """One source's card: name, language, verdict, values and evidence."""
    language = _language(verdict)
    icon, label = VERDICT_LABELS.get(verdict.verdict, ("?", verdict.verdict))
    parts = [
        f'<article class="source v-{text(verdict.verdict)}" data-lang="{text(language)}">',
        (f'<div class="source-head"><h4>{_source_name(verdict.source)}</h4>'
         f'<span class="lang" title="language">{text(verdict.language or "?")}</span>'
         f"{_badge('v-' + verdict.verdict, label, icon)}</div>"),
    ]
    if verdict.values:
        values = ", ".join(f"<strong>{text(value)}</strong>" for value in verdict.values)
        parts.append(f'<p class="values">States {values}</p>')
    elif verdict.verdict == "silent":
        parts.append('<p class="silent">States nothing about this fact.</p>')
    if verdict.message:
        parts.append(f'<p class="source-note">{text(verdict.message)}</p>')
    parts.extend(_evidence(evidence, language) for evidence in verdict.evidence)
    if verdict.traceback:
        parts.append(f'<pre class="traceback">{text(verdict.traceback)}</pre>')
    parts.append("</article>")
    return "".join(parts)


def _groups(result: RuleResult) -> str:
    items = []
    for group in result.groups:
        sources = ", ".join(text(source) for source in group.get("sources", ()))
        items.append(f"<li><strong>{text(group.get('value'))}</strong> \u2014 {sources}</li>")
    return (
        '<div class="groups"><span class="fact-label">Sources by value</span>'
        f"<ol>{''.join(items)}</ol></div>"
    )


def _reason(result: RuleResult) -> str | None:
    rule = result.rule
    if result.outcome == "skipped":
        return f"Skipped: {rule.skip or result.message or 'no reason given'}"
    if result.outcome in ("xfailed", "xpassed") and rule.xfail:
        return f"Expected to fail: {rule.xfail}"
    return None


def _fact(result: RuleResult) -> str:
    """What the sources are judged against, and why the rule ended as it did."""
    parts = []
    if result.expected is not None:
        label = "Expected" if result.rule.expect is not None else "Majority"
        value = text(result.expected)
        parts.append(
            f'<span class="fact-label">{label}</span><span class="fact-value">{value}</span>'
        )
    if result.groups:
        parts.append(_groups(result))
    notes = [note for note in (result.message, _reason(result)) if note]
    parts.extend(f'<p class="fact-note">{text(note)}</p>' for note in notes)
    return f'<div class="fact">{"".join(parts)}</div>' if parts else ""


def _rule_meta(result: RuleResult) -> str:
    rule = result.rule
    items = [
        f"<code>{text(rule.id)}</code>",
        f"<code>{text(rule.file)}:{rule.line}</code>",
        f"check: {text(rule.check)}",
        f'<span class="severity s-{text(rule.severity)}">severity: {text(rule.severity)}</span>',
    ]
    if rule.tags:
        tags = "".join(f'<span class="tag">{text(tag)}</span>' for tag in rule.tags)
        items.append(f'<span class="tags">{tags}</span>')
    return '<span class="meta">' + "".join(f"<span>{item}</span>" for item in items) + "</span>"


def _sources(result: RuleResult) -> str:
    """The rule's source cards: every source that contradicts, is unclear or failed, and
    the first of those that agree or state nothing (:data:`CARDS`); the others counted
    in one line, so that a rule over 10,000 articles is a page a browser opens."""
    cards, left = [], dict.fromkeys(CARDS, 0)
    for verdict in sorted(result.sources, key=_card_order):  # what needs a reader's eye first
        kind = verdict.verdict
        if kind in CARDS:
            if left[kind] >= CARDS[kind]:
                left[kind] += 1
                continue
            left[kind] += 1
        cards.append(_source_panel(verdict))
    more = {kind: count - CARDS[kind] for kind, count in left.items() if count > CARDS[kind]}
    html = '<div class="sources">' + "".join(cards) + "</div>"
    if more:
        counts = [f"{more['agrees']:,} more that agree" if "agrees" in more else "",
                  f"{more['silent']:,} more that state nothing about this fact" if "silent" in more else ""]
        html += (f'<p class="silent more">And {" and ".join(filter(None, counts))} (the JSON report '
                 "lists every source).</p>")
    return html


def _card_order(verdict: SourceVerdict) -> int:
    """Sources that contradict first, then those that failed or are unclear, then those
    that agree, then the silent ones; corpus order within each."""
    return CARD_ORDER.get(verdict.verdict, 1)


def _rule_card(result: RuleResult, index: int) -> str:
    rule = result.rule
    icon, label = OUTCOME_LABELS[result.outcome]
    is_open = " open" if result.outcome in _OPEN else ""
    body = [_fact(result)]
    if result.traceback:
        body.append(f'<pre class="traceback">{text(result.traceback)}</pre>')
    if result.sources:
        body.append(_sources(result))
    outcome, severity = text(result.outcome), text(rule.severity)
    return (
        f'<details class="rule o-{outcome}" id="rule-{index}" data-outcome="{outcome}" '
        f'data-severity="{severity}"{is_open}><summary>{_badge("o-" + outcome, label, icon)}'
        f'<span class="rule-head"><h3>{text(rule.title or rule.id)}</h3>{_rule_meta(result)}</span>'
        f'</summary><div class="rule-body">{"".join(body)}</div></details>'
    )


def ordered(results: Iterable[RuleResult]) -> list[RuleResult]:
    """Failed rules first, then errors and unexpected passes; run order otherwise."""
    return sorted(results, key=lambda result: _PRIORITY.get(result.outcome, len(_PRIORITY)))


def _summary_line(report: RunReport) -> str:
    counts = report.counts()
    parts = [
        f"{counts[outcome]} {OUTCOME_LABELS[outcome][1]}"
        for outcome in DISPLAY_ORDER
        if counts[outcome]
    ]
    return f"{', '.join(parts) or 'no rules ran'} in {report.duration_s:.2f}s"


def _headline(report: RunReport) -> str:
    counts = report.counts()
    attention = counts["failed"] + counts["error"]
    total = len(report.results)
    if not total:
        return "No rules ran"
    if attention:
        return f"{attention} of {total} rules need attention"
    return f"All {total} rules hold"


def _count_chips(report: RunReport) -> str:
    """A pill per outcome that occurred, and one linking to the unreadable sources."""
    counts = report.counts()
    chips = [
        f'<li class="o-{outcome}"><b>{counts[outcome]}</b> {OUTCOME_LABELS[outcome][1]}</li>'
        for outcome in DISPLAY_ORDER
        if counts[outcome]
    ]
    if report.source_errors:
        count = len(report.source_errors)
        label = "unreadable source" if count == 1 else "unreadable sources"
        chips.append(f'<li class="o-error"><a href="#unreadable"><b>{count}</b> {label}</a></li>')
    return f'<ul class="counts" aria-label="Rules by outcome">{"".join(chips)}</ul>'


def _header(report: RunReport) -> str:
    facts = {
        "Sources": str(len(report.articles) + len(report.source_errors)),
        "Languages": ", ".join(report.languages) or "\u2013",
        "Rule files": str(len(report.rule_files or {r.rule.file for r in report.results})),
        "Duration": f"{report.duration_s:.2f}s",
        "Exit code": str(report.exit_code),
    }
    run = "".join(
        f"<div><dt>{name}</dt><dd>{text(value)}</dd></div>" for name, value in facts.items()
    )
    banner = (
        '<p class="banner" role="alert">The run was interrupted: not every rule ran.</p>'
        if report.interrupted
        else ""
    )
    return (
        '<header class="top"><div class="wrap"><p class="eyebrow">factcheck report</p>'
        f"<h1>{text(_headline(report))}</h1>"
        f'<p class="headline">{text(_summary_line(report))}</p>{_count_chips(report)}'
        f'<dl class="run">{run}</dl>{banner}</div></header>'
    )


def _toggles(name: str, legend: str, options: list[tuple[str, str, int]]) -> str:
    """A group of checkboxes, one per value; none when there is nothing to choose."""
    if len(options) < 2:
        return ""
    labels = "".join(
        f'<label><input type="checkbox" name="{name}" value="{text(value)}" checked> '
        f"{text(label)} ({count})</label>"
        for value, label, count in options
    )
    return f'<fieldset><legend>{legend}</legend><div class="toggles">{labels}</div></fieldset>'


def _language_counts(results: list[RuleResult]) -> dict[str, int]:
    """How many rules each language has a source in, languages in alphabetical order."""
    counts: dict[str, int] = {}
    for result in results:
        for language in {_language(verdict) for verdict in result.sources}:
            counts[language] = counts.get(language, 0) + 1
    return dict(sorted(counts.items()))


def _filters(report: RunReport) -> str:
    """The filter bar: hidden until the script shows it, so it never appears inert.

    It folds away (the script folds it on a phone) so that it does not push the
    first rule off a small screen.
    """
    results = report.results
    outcomes = [
        (o, OUTCOME_LABELS[o][1], sum(r.outcome == o for r in results)) for o in DISPLAY_ORDER
    ]
    severities = [(s, s, sum(r.rule.severity == s for r in results)) for s in reversed(SEVERITIES)]
    languages = [
        (lang, "unknown" if lang == UNKNOWN_LANGUAGE else lang, n)
        for lang, n in _language_counts(results).items()
    ]
    groups = [
        _toggles("outcome", "Outcome", [o for o in outcomes if o[2]]),
        _toggles("severity", "Severity", [s for s in severities if s[2]]),
        _toggles("lang", "Source language", languages),
    ]
    return (
        '<form id="filters" class="filters" aria-label="Filter rules" hidden>'
        '<details id="filter-panel" open><summary><span class="filter-title">Filter</span>'
        '<span id="shown" role="status" aria-live="polite"></span></summary>'
        f'<div class="filter-groups">{"".join(groups)}</div></details></form>'
    )


def _problems(anchor: str, title: str, items: list[str]) -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f'<h2 class="section-title" id="{anchor}">{title}</h2><ul class="problems">{rows}</ul>'


def _rules(report: RunReport) -> str:
    cards = "".join(
        _rule_card(result, index) for index, result in enumerate(ordered(report.results))
    )
    return '<h2 class="section-title">Rules</h2>' + (
        cards or '<p class="empty">No rules were selected.</p>'
    )


def render_html(report: RunReport) -> str:
    """The report as one HTML document."""
    source_errors = [
        f"<code>{text(e.source)}</code> \u2014 {text(e.message)}" for e in report.source_errors
    ]
    body = (
        _header(report)
        + '<main class="wrap">'
        + _filters(report)
        + _rules(report)
        + _problems("unreadable", "Sources that could not be read", source_errors)
        + _problems("warnings", "Warnings", [text(warning) for warning in report.warnings])
        + f'<footer class="page">Generated by factcheck {text(__version__)}.</footer></main>'
    )
    return page(text(f"factcheck: {_summary_line(report)}"), body, text(__version__))


class HtmlReporter(Reporter):
    """Writes the run as a self-contained HTML page."""

    name = "html"

    def render(self, report: RunReport) -> str:
        return render_html(report)


@hookimpl
def factcheck_register_reporters(register: Callable[..., None]) -> None:
    register("html", HtmlReporter, "a self-contained HTML page, sources side by side")
