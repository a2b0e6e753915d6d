"""``factcheck explain RULE_ID``: per source, the anchors that matched, the values
taken, and why the verdict."""

from __future__ import annotations

from functools import partial
from typing import Any

from .config import Config
from .engine import Plan, finish_rule, source_verdict
from .errors import UsageError
from .facts.article import ArticleFacts
from .plugins import PluginHost
from .select import in_scope
from .session import Session, build_index
from .text.normalise import strip_controls


def find_rule(rules: list, rule_id: str) -> Any:
    matches = [r for r in rules if r.nodeid == rule_id or r.id == rule_id]
    if not matches:
        raise UsageError(f"no rule '{rule_id}' (known: {', '.join(r.nodeid for r in rules) or 'none'})")
    if len(matches) > 1:
        raise UsageError(f"rule id '{rule_id}' is in several files; name one of: "
                         f"{', '.join(r.nodeid for r in matches)}")
    return matches[0]


def explain_rule(rule_id: str, config: Config, host: PluginHost) -> str:
    session = Session(config, host)
    rules = session.collect()
    rule = find_rule(rules, rule_id)
    loaded = session.load(session.corpus_paths([rule]))
    rule_type = host.rule_types[rule.check]
    rivals = [r for r in rules if not r.skip and host.rule_types[r.check].value_kind]
    plan = Plan([rule], host.rule_types, rivals)  # as the run checks it, with the same rivals
    index = build_index([rule, *rivals], host.rule_types)
    out = [f"{rule.nodeid}  ({rule.check}, {rule.file}:{rule.line})", f"title: {rule.title}"]
    if rule.about:
        out.append(f"about: {', '.join(rule.about)}  (within {rule.within}, threshold {rule.threshold:g})")
    expected = rule_type.format_expected(rule)
    out.append(f"expect: {expected if expected is not None else '(sources must agree with each other)'}")
    verdicts = []
    for article in loaded.articles:
        if not in_scope(rule, article, config):
            continue
        facts = ArticleFacts(article, index)
        ctx = plan.context(facts, 0, plan.pools(facts, partial(in_scope, article=article, config=config)))
        out.append("")
        out.append(f"== {article.source} [{article.language or '?'}]")
        anchors = ctx.anchors()
        if rule.about:
            out.append(f"anchors: {len(anchors)}" + ("" if anchors else " (none: the source is silent on this fact)"))
            for anchor in anchors:
                line, column = facts.line_col(anchor.start)
                out.append(f"  {line}:{column}  {strip_controls(facts.text[anchor.start:anchor.end])!r} "
                           f"~ {anchor.phrase!r} score {anchor.score:.0f}")
        try:
            findings = list(rule_type.check(rule, ctx))
        except Exception as exc:
            out.append(f"rule type raised {type(exc).__name__}: {exc}")
            continue
        for finding in findings:
            ev = finding.evidence
            stance = finding.stance or (rule_type.judge(rule, finding.value) if rule.expected is not None else "value")
            note = f" ({finding.note})" if finding.note else ""
            out.append(f"  value {rule_type.format_value(finding.value)!r} at {ev.line}:{ev.column} "
                       f"{strip_controls(ev.text)!r} -> {stance}{note}")
            out.append(f"      in: {strip_controls(ev.sentence)}")
        for line in rule_type.passed_over(rule, ctx) if not findings else ():
            out.append(f"  passed over: {strip_controls(line)}")
        verdict = source_verdict(rule, rule_type, article, findings)
        verdicts.append(verdict)
        reason = verdict.message or ("no statement near an anchor" if not findings else "")
        out.append(f"verdict: {verdict.verdict}" + (f"  ({reason})" if reason else ""))
    result = finish_rule(rule, rule_type, verdicts)
    out.append("")
    out.append(f"outcome: {result.outcome} — {result.message}")
    for verdict in result.sources:
        out.append(f"  {verdict.source}: {verdict.verdict}")
    return "\n".join(out) + "\n"
