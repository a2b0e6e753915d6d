"""Rule self-tests: the ``examples:`` of a rule, checked by ``factcheck test`` and by
``factcheck run`` before the rule is evaluated.

Each example is a short text (with an optional ``language`` and ``published`` date) and
the verdict the rule must give it: ``agrees``, ``contradicts``, ``silent`` or ``unclear``.
"""

from __future__ import annotations

from typing import Any

from .engine import source_verdict
from .facts.article import ArticleFacts
from .facts.view import RuleContext
from .model import Article, Rule


def example_language(rule: Rule, example: dict[str, Any]) -> str | None:
    """The example's own language, else the rule's only scoped language."""
    if example.get("language"):
        return str(example["language"])
    languages = rule.sources.get("language", [])
    return languages[0] if len(languages) == 1 else None


def failing_examples(rule: Rule, rule_type: Any) -> list[str]:
    """One line per example whose verdict is not the one it is listed under."""
    from .session import build_index

    if not rule.examples:
        return []
    index = build_index([rule], {rule.check: rule_type})
    failures = []
    for expected, items in rule.examples.items():
        for number, example in enumerate(items, 1):
            article = Article(source=f"{rule.nodeid}[examples.{expected}.{number}]", text=example["text"],
                              language=example_language(rule, example), published=example.get("published"))
            verdict: str  # the verdict, or the error that kept the example from having one
            try:
                findings = list(rule_type.check(rule, RuleContext(rule, ArticleFacts(article, index))))
                verdict = source_verdict(rule, rule_type, article, findings).verdict
            except Exception as exc:  # a rule type's bug is a failing example, not a crash
                verdict = f"an error ({type(exc).__name__}: {exc})"
            if verdict != expected:
                failures.append(f"example {expected} #{number} {example['text']!r} is {verdict}")
    return failures
