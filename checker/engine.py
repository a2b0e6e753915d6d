"""From findings to verdicts: one source at a time, then one rule over all its sources.

The rule types only say what each article states; everything about verdicts (agree,
contradict, unclear, grouping by compatibility when there is no ``expect``, ``require``,
xfail and skip) is decided here, the same way for every rule type.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from itertools import compress
from operator import attrgetter
from typing import Any

from .facts.article import ArticleFacts
from .facts.view import RuleContext
from .model import Article, Finding, Rule, RuleResult, SourceVerdict

MAX_EVIDENCE = 5


def silent_without(rules: Sequence[Rule], rule_types: dict[str, Any]) -> list[frozenset[str] | None]:
    """Each rule's :meth:`~checker.ruletypes.base.RuleType.silent_without` phrases: an
    article with none of them is silent for that rule. Computed once per run."""
    needs: list[frozenset[str] | None] = []
    for rule in rules:
        try:
            needed = rule_types[rule.check].silent_without(rule)
        except Exception:  # a rule type's bug: check every article, where its errors are reported
            needed = None
        needs.append(None if needed is None else frozenset(needed))
    return needs


def check_article(facts: ArticleFacts, rules: Sequence[Rule], rule_types: dict[str, Any],
                  rivals: Sequence[Rule] = ()) -> list[SourceVerdict]:
    """Every rule's verdict on one article (rules out of scope are not passed in).

    Rules whose types read the same kind of value compete for values, so that a date
    near two rules' anchors belongs to the nearest one. ``rivals`` are the rules that
    compete without being checked here (deselected by ``-k`` or ``-m``): selecting
    rules never changes a verdict. A run checks many articles with one :class:`Plan`.
    """
    plan = Plan(rules, rule_types, rivals)
    silent = SourceVerdict(source=facts.article.source, language=facts.article.language, verdict="silent")
    return [silent if v is None else v for v in plan.check(facts)]


class Plan:
    """The rules of a run, arranged once so that checking an article costs what the
    rules whose words it holds cost, not what all the rules cost: which rules need
    which phrases (:meth:`~checker.ruletypes.base.RuleType.silent_without`), and which
    competing rules each anchor phrase brings in."""

    def __init__(self, rules: Sequence[Rule], rule_types: dict[str, Any], rivals: Sequence[Rule] = ()) -> None:
        self.rules = list(rules)
        self.rule_types = rule_types
        self.needs = silent_without(self.rules, rule_types)
        self.always = [i for i, needed in enumerate(self.needs) if needed is None]
        self.needed_by: dict[str, list[int]] = {}
        for i, needed in enumerate(self.needs):
            for phrase in needed or ():
                self.needed_by.setdefault(phrase, []).append(i)
        # Competing rules by anchor phrase: a rule with no anchor in an article never
        # takes a value from another there.
        # (Positions, not ids: a plan travels to other processes.)
        listed = {id(rule) for rule in self.rules}
        self.competing = [r for r in (*self.rules, *(r for r in rivals if id(r) not in listed))
                          if rule_types[r.check].value_kind and r.about]
        self.anchored: dict[str, list[int]] = {}
        for position, rule in enumerate(self.competing):
            for phrase in dict.fromkeys(rule.about):
                self.anchored.setdefault(phrase, []).append(position)

    def check(self, facts: ArticleFacts, wanted: Sequence[int] | None = None,
              in_scope: Callable[[Rule], bool] | None = None) -> list[SourceVerdict | None]:
        """The verdicts of the rules at positions ``wanted`` (all by default) on one
        article; ``None`` for a plain silent one. ``in_scope`` says which competing rules
        read this article (all by default)."""
        candidates = set(self.always)
        for phrase in facts.hits:
            candidates.update(self.needed_by.get(phrase, ()))
        pools = self.pools(facts, in_scope)
        verdicts: list[SourceVerdict | None] = []
        for i in range(len(self.rules)) if wanted is None else wanted:
            if i not in candidates:
                verdicts.append(None)
                continue
            rule = self.rules[i]
            rule_type = self.rule_types[rule.check]
            ctx = self.context(facts, i, pools)
            try:
                findings = list(rule_type.check(rule, ctx))
                if not findings:  # said nothing: plain silence
                    verdicts.append(None)
                    continue
                verdict = source_verdict(rule, rule_type, facts.article, findings)
            except Exception as exc:  # a rule type's bug must not stop the run
                verdict = SourceVerdict(
                    source=facts.article.source, language=facts.article.language, verdict="error",
                    message=f"rule type '{rule.check}' raised {type(exc).__name__}: {exc}",
                    traceback=traceback.format_exc())
            verdicts.append(None if verdict.is_plain_silence() else verdict)
        return verdicts


    def pools(self, facts: ArticleFacts, in_scope: Callable[[Rule], bool] | None = None) -> dict[str, list[Rule]]:
        """The competing rules whose anchors the article holds, by the kind of value
        they read (only those that read the article, when ``in_scope`` says which)."""
        present: set[int] = set()
        for phrase in facts.hits:
            present.update(self.anchored.get(phrase, ()))
        pools: dict[str, list[Rule]] = {}
        for rule in (self.competing[position] for position in sorted(present)):
            if in_scope is None or in_scope(rule):
                pools.setdefault(self.rule_types[rule.check].value_kind, []).append(rule)
        return pools

    def context(self, facts: ArticleFacts, position: int, pools: dict[str, list[Rule]]) -> RuleContext:
        """What the rule at ``position`` sees of the article, with the rules it competes with."""
        rule = self.rules[position]
        kind = self.rule_types[rule.check].value_kind
        return RuleContext(rule, facts, pools.get(kind, ()) if kind else ())


def source_verdict(rule: Rule, rule_type: Any, article: Article, findings: list[Finding]) -> SourceVerdict:
    """One source's verdict from what it states."""
    verdict = SourceVerdict(source=article.source, language=article.language, verdict="silent")
    if not findings:
        return verdict
    findings = sorted(findings, key=lambda f: f.evidence.start)
    seen_values: dict[str, Any] = {}
    for finding in findings:
        seen_values.setdefault(rule_type.format_value(finding.value), finding.value)
    verdict.values = list(seen_values)
    verdict.raw_values = list(seen_values.values())
    verdict.evidence = _evidence(findings)
    if rule.expected is None:
        verdict.verdict = "agrees"  # provisional: grouping across sources decides
        return verdict
    stances = [f.stance or rule_type.judge(rule, f.value) for f in findings]
    if all(s == "agrees" for s in stances):
        verdict.verdict = "agrees"
    elif all(s == "contradicts" for s in stances):
        verdict.verdict = "contradicts"
    else:
        verdict.verdict = "unclear"
        notes = sorted({f.note for f in findings if f.note})
        verdict.message = "; ".join(notes) if notes else "states values on both sides"
    # Show the statements that decided the verdict first.
    order = {"contradicts": 0, "unclear": 1, "agrees": 2}
    ranked = sorted(zip(stances, findings), key=lambda p: (order.get(p[0], 3), p[1].evidence.start))
    verdict.evidence = _evidence([f for _, f in ranked])
    return verdict


def _evidence(findings: list[Finding]) -> list:
    kept, spans = [], set()
    for finding in findings:
        key = (finding.evidence.start, finding.evidence.end)
        if key not in spans:
            spans.add(key)
            kept.append(finding.evidence)
    return kept[:MAX_EVIDENCE]


def finish_rule(rule: Rule, rule_type: Any, verdicts: list[SourceVerdict], gate: Any = None) -> RuleResult:
    """The rule's outcome over all its sources. ``gate`` (a :class:`checker.gate.Gate`)
    may accept some contradictions: a baseline, or sources unchanged in a pull request."""
    result = RuleResult(rule=rule, outcome="passed", sources=list(verdicts),
                        expected=rule_type.format_expected(rule))
    kinds = list(map(_VERDICT, verdicts))  # C-level passes: a rule may have 100,000s of sources
    errored = list(compress(verdicts, map("error".__eq__, kinds))) if "error" in kinds else []
    if errored:
        result.outcome = "error"
        result.message = errored[0].message or "rule type raised"
        result.traceback = errored[0].traceback
        return _apply_xfail(rule, result)
    if rule.expected is None:
        _group(rule, rule_type, result)
        kinds = list(map(_VERDICT, verdicts))  # grouping changed some
    stating = list(compress(verdicts, map(STATING_SET.__contains__, kinds)))
    contradicting = list(compress(verdicts, map("contradicts".__eq__, kinds)))
    if gate is not None:
        others_changed = rule.expected is None and any(gate.source_changed(v.source) for v in stating)
        contradicting = [v for v in contradicting if gate.counts(rule.nodeid, v, others_changed)]
    required = required_sources(rule, len(verdicts))
    problems = []
    if contradicting:
        against = "the expected value" if rule.expected is not None else "the other sources"
        verb = "contradicts" if len(contradicting) == 1 else "contradict"
        problems.append(f"{len(contradicting)} of {len(verdicts)} sources {verb} {against}")
    if len(stating) < required and (gate is None or gate.checks_require):
        problems.append(f"{len(stating)} of {len(verdicts)} sources state it; require: {rule.require}")
    if problems:
        result.outcome = "failed"
        result.message = "; ".join(problems)
    else:
        result.message = f"{len(stating)} of {len(verdicts)} sources state it, none contradicts"
    return _apply_xfail(rule, result)


STATING = ("agrees", "contradicts", "unclear")
STATING_SET = frozenset(STATING)
_VERDICT = attrgetter("verdict")


def short_of_required(result: RuleResult) -> bool:
    """Fewer sources state the fact than the rule's ``require`` asks."""
    stating = sum(v.verdict in STATING for v in result.sources)
    return stating < required_sources(result.rule, len(result.sources))


def pair_fails(result: RuleResult, verdict: SourceVerdict | None, short: bool | None = None) -> bool:
    """Does this rule × source pair fail (before ``xfail`` is applied)? A source that
    contradicts or errs fails; a silent one only when too few sources state the fact.
    ``short`` is :func:`short_of_required` of ``result``, when the caller has it."""
    if result.outcome == "skipped":
        return False
    if verdict is None:  # a rule with no source to read, or one that could not run at all
        return result.outcome in ("failed", "error", "xfailed")
    if verdict.verdict in ("contradicts", "error"):
        return True
    if verdict.verdict != "silent":
        return False
    return short_of_required(result) if short is None else short


def required_sources(rule: Rule, sources: int) -> int:
    """How many of ``sources`` must state the fact under the rule's ``require``."""
    if rule.require == "any":
        return 1  # with no source in scope (a scope that names nothing), nobody states it
    if rule.require == "all":
        return sources
    if rule.require == "none":
        return 0
    return int(rule.require)


def _apply_xfail(rule: Rule, result: RuleResult) -> RuleResult:
    if rule.xfail:
        if result.outcome in ("failed", "error"):
            result.outcome = "xfailed"
        elif result.outcome == "passed":
            result.outcome = "xpassed"
        result.message = f"{result.message} (xfail: {rule.xfail})"
    return result


def _group(rule: Rule, rule_type: Any, result: RuleResult) -> None:
    """Without ``expect``: group sources by compatible values; the largest group is the
    majority and every source outside it contradicts."""
    groups: list[dict[str, Any]] = []  # {"value": raw, "sources": [SourceVerdict]}
    for verdict in result.sources:
        if verdict.verdict != "agrees":
            continue
        member_of = []
        for value in verdict.raw_values:
            for index, group in enumerate(groups):
                if rule_type.compatible(rule, group["value"], value):
                    break
            else:
                groups.append({"value": value, "sources": []})
                index = len(groups) - 1
            if index not in member_of:
                member_of.append(index)
        if len(member_of) > 1:
            verdict.verdict = "unclear"
            verdict.message = "states values of more than one group"
        else:
            groups[member_of[0]]["sources"].append(verdict)
    populated = [g for g in groups if g["sources"]]
    if len(populated) <= 1:
        if populated:
            result.expected = f"majority: {rule_type.format_value(populated[0]['value'])}"
        return
    sizes = sorted((len(g["sources"]) for g in populated), reverse=True)
    majority = max(populated, key=lambda g: len(g["sources"])) if sizes[0] > sizes[1] else None
    for group in populated:
        if group is not majority:
            for verdict in group["sources"]:
                verdict.verdict = "contradicts"
    if majority is not None:
        result.expected = f"majority: {rule_type.format_value(majority['value'])}"
    else:
        result.expected = "no majority"
    result.groups = [{"value": rule_type.format_value(g["value"]),
                      "sources": [v.source for v in g["sources"]]} for g in populated]
