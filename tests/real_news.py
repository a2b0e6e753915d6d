"""Helpers of the end-to-end tests of real news (``test_real_*.py``): rules written in a
line each, and each rule's verdict with the sentence its first evidence quotes."""

from __future__ import annotations

import json
from collections.abc import Iterable

from checker.model import RunReport
from checker.testing import article, evidence, result, run_rules, verdicts


def date_rule(rule: str, expect: str, *about: str) -> str:
    return f"- {{id: {rule}, check: date, expect: '{expect}', about: [{', '.join(about)}]}}\n"


def number_rule(rule: str, expect: str, *about: str, unit: str = "") -> str:
    unit_key = f", unit: {unit}" if unit else ""
    return f"- {{id: {rule}, check: number, expect: '{expect}'{unit_key}, about: [{', '.join(about)}]}}\n"


def phrase_rule(rule: str, phrasing: str) -> str:
    # a JSON string is a YAML double-quoted scalar: apostrophes and quotes stay as written
    return f"- {{id: {rule}, check: phrase, expect: [{json.dumps(phrasing, ensure_ascii=False)}]}}\n"


def entity_rule(rule: str, expect: str, alternative: str, *about: str) -> str:
    about_key = f", about: [{', '.join(about)}]" if about else ""
    return f"- {{id: {rule}, check: entity, expect: {expect}, alternatives: [{alternative}]{about_key}}}\n"


def stated(report: RunReport, rule_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """For each rule of a one-source report, its verdict and the sentence its first
    evidence quotes (None when it has none)."""
    found = {}
    for rule_id in rule_ids:
        [verdict] = result(report, rule_id).sources
        found[rule_id] = (verdict.verdict, verdict.evidence[0].sentence if verdict.evidence else None)
    return found


def read_case(name: str, language: str, published: str, text: str, rules: str) -> RunReport:
    """The report of ``rules`` on one article of a test table, named after its case."""
    return run_rules(rules, [article(text, language, published, source=f"{name}.txt")])


def verdict_on(rule_id: str, language: str, published: str, body: str, rules: str) -> str:
    """The verdict of rule ``rule_id`` on one article whose text is ``body`` under a headline."""
    report = read_case(rule_id, language, published, "Head\n\n" + body + "\n", rules)
    return stated(report, [rule_id])[rule_id][0]


def checked(rules: str, text: str, language: str, published: str) -> tuple[dict[str, str], dict[str, str], RunReport]:
    """Each rule's verdict on the one article, the quoted words and the report."""
    report = run_rules(rules, [article(text, language, published)])
    ids = [line.split(":", 1)[1].strip() for line in rules.splitlines() if line.startswith("- id:")]
    found = {rule: verdicts(report, rule)["article.txt"] for rule in ids}
    quoted = {rule: evidence(report, rule).get("article.txt", "") for rule in ids}
    return found, quoted, report


def sentence(report: RunReport, rule: str) -> str:
    """The sentence the first evidence of a rule's one source quotes."""
    return result(report, rule).sources[0].evidence[0].sentence
