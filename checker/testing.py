"""Helpers for testing rules and plugins, and factcheck's pytest plugin.

For plugin authors::

    from checker.testing import article, run_rules, verdicts

    def test_my_rule_type():
        report = run_rules(RULES_YAML, [article("Text ...", language="en")], plugins=[my_plugin])
        assert verdicts(report, "my-rule") == {"article.txt": "agrees"}

``factcheck_run`` is the same :func:`run_rules` as a pytest fixture, registered by
:mod:`checker.pytest_plugin` once the package is installed.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from .model import Article, RuleResult, RunReport


def article(text: str, language: str | None = None, published: dt.date | str | None = None,
            source: str = "article.txt", **meta: Any) -> Article:
    """An article from text and metadata, as a loader would produce it."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return Article(source=source, text=text, language=language, published=published,
                   title=next((line.strip() for line in text.splitlines() if line.strip()), None),
                   outlet=meta.pop("outlet", None), url=meta.pop("url", None), meta=meta)


def make_host(plugins: Iterable[Any] = (), autoload: bool = False) -> Any:
    """A fresh plugin host with the built-ins and ``plugins`` (objects or module names)."""
    from .plugins import get_plugin_manager

    names = [p for p in plugins if isinstance(p, str)]
    host = get_plugin_manager(names, autoload=autoload)
    for index, plugin in enumerate(p for p in plugins if not isinstance(p, str)):
        host.add(plugin, getattr(plugin, "__name__", f"test-plugin-{index}"), "test")
    return host


def load_rules(yaml_text: str, plugins: Iterable[Any] = (), host: Any = None, name: str = "rules.yaml") -> list:
    """Rules parsed from YAML text, validated exactly as rule files are."""
    from .collect import parse_rule_text
    from .config import Config

    host = host or make_host(plugins)
    return parse_rule_text(yaml_text, name, host, Config(root=Path.cwd()))


def run_rules(yaml_text: str, articles: Sequence[Article], plugins: Iterable[Any] = (), fmt: str = "json",
              **options: Any) -> RunReport:
    """Run rules from YAML text over ``articles`` in-process; the report's text (in
    ``fmt``) is kept on ``report.output``."""
    from .config import Config
    from .session import Session

    plugins = list(plugins)
    host = make_host(plugins)
    rules = load_rules(yaml_text, host=host)
    config = Config(root=Path.cwd(), reports=[(fmt, None)], use_cache=False)
    for key, value in options.items():
        setattr(config, key, value)
    stream = io.StringIO()
    report = Session(config, host, stdout=stream).run(rules=rules, articles=list(articles))
    report.output = stream.getvalue()  # type: ignore[attr-defined]
    return report


def result(report: RunReport, rule_id: str) -> RuleResult:
    """The result of the rule ``rule_id`` in ``report``."""
    for found in report.results:
        if found.rule.id == rule_id:
            return found
    raise AssertionError(f"no result for rule {rule_id!r}; rules: {[r.rule.id for r in report.results]}")


def verdicts(report: RunReport, rule_id: str) -> dict[str, str]:
    """``{source: verdict}`` of one rule: the easiest thing to assert on."""
    return {v.source: v.verdict for v in result(report, rule_id).sources}


def evidence(report: RunReport, rule_id: str) -> dict[str, str]:
    """``{source: text}`` of one rule: the words its first evidence quotes, for each source
    that has evidence."""
    return {v.source: v.evidence[0].text for v in result(report, rule_id).sources if v.evidence}


@pytest.fixture
def factcheck_run():  # type: ignore[no-untyped-def]
    """:func:`run_rules` as a fixture."""
    return run_rules
