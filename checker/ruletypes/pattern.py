"""``check: pattern`` — a regular expression with a named group ``value``.

Patterns use RE2 syntax and run on RE2 (linear time: no backreferences, no look-around),
so no pattern can hang the run. Values are compared after folding (case, script,
diacritics); with ``expect`` each value is judged against it, otherwise sources are
grouped by value. With ``about``, only matches within the window of an anchor count.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import hookimpl
from ..model import Finding, Rule, Verdict
from ..text.fuzzy import word_score
from ..text.normalise import fold
from .base import RuleType, as_str, option

MAX_MATCHES = 1000


def compile_pattern(pattern: str) -> Any:
    """Compile with RE2; ``ValueError`` with RE2's reason when the pattern is invalid."""
    import re2  # type: ignore[import-untyped]  # google-re2 ships no types

    options = re2.Options()
    options.log_errors = False
    options.max_mem = 64 << 20
    try:
        compiled = re2.compile(pattern, options)
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ValueError(f"is not a valid RE2 pattern: {reason}") from None
    if "value" not in compiled.groupindex:
        raise ValueError("needs a named group 'value', as in (?P<value>...)")
    return compiled


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> Any:
    return compile_pattern(pattern)


def _regex(value: Any) -> str:
    pattern = as_str(value)
    compile_pattern(pattern)
    return pattern


@dataclass(frozen=True)
class PatternValue:
    text: str
    key: str

    def __str__(self) -> str:
        return self.text


class PatternRuleType(RuleType):
    name = "pattern"
    description = "a regular expression (RE2) with a named group 'value'; values compared across sources"
    value_kind = "pattern"

    @dataclasses.dataclass
    class Options:
        regex: str = option(convert=_regex, doc="RE2 pattern with a named group 'value'")

    def parse_expected(self, rule: Rule, raw: Any) -> PatternValue:
        text = as_str(raw)
        return PatternValue(text, fold(text))

    def silent_without(self, rule: Rule) -> list[str] | None:
        return rule.about or None  # without anchors, the pattern is searched everywhere

    def check(self, rule: Rule, ctx: Any) -> list[Finding]:
        compiled = _compiled(rule.options.regex)
        group = compiled.groupindex["value"]
        found = []
        for count, match in enumerate(compiled.finditer(ctx.text)):
            if count >= MAX_MATCHES:
                break
            start, end = match.span(group)
            if start < 0 or start == end:
                continue
            found.append(_Span(start, end, match.group(group)))
        if rule.about:
            found = [span for span, _ in ctx.near_anchors(found)]
        return [Finding(value=PatternValue(s.text, fold(s.text)), evidence=ctx.evidence(s.start, s.end, 100.0, s.text))
                for s in found]

    def judge(self, rule: Rule, value: Any) -> Verdict:
        return "agrees" if self.compatible(rule, value, rule.expected) else "contradicts"

    def compatible(self, rule: Rule, a: Any, b: Any) -> bool:
        return a.key == b.key or word_score(a.key, b.key) >= rule.threshold

    def format_value(self, value: Any) -> str:
        return value.text


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str


@hookimpl
def factcheck_register_rule_types(register):  # type: ignore[no-untyped-def]
    register(PatternRuleType())
