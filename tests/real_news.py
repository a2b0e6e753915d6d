"""Helpers of the end-to-end tests of real news (``test_real_*.py``): rules written in a
line each, and each rule's verdict with the sentence its first evidence quotes."""

from __future__ import annotations

import json
from collections.abc import Iterable

from checker.model import RunReport
from checker.testing import result


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
