"""Every hook is documented in one shape, the generated reference is current, and every
hook has a test that implements it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.hookdoc import GENERATOR, HookDoc, hooks, render

ROOT = Path(__file__).resolve().parent.parent
HOOKS = hooks()


def test_every_hook_is_found() -> None:
    names = {hook.name for hook in HOOKS}
    assert {"factcheck_register_rule_types", "factcheck_sessionfinish"} <= names
    assert len(names) == len(HOOKS) >= 9


@pytest.mark.parametrize("hook", HOOKS, ids=lambda hook: hook.name)
def test_hook_docstring_has_the_required_shape(hook: HookDoc) -> None:
    doc = hook.docstring
    paragraphs = [p.strip() for p in doc.split("\n\n") if p.strip()]
    assert paragraphs and paragraphs[0].endswith("."), "a one-sentence summary comes first"
    assert re.search(r"^Called\b", doc, re.MULTILINE), "a paragraph starting 'Called ...' says when it is called"
    for name in hook.parameters:
        assert f":param {name}:" in doc, f"parameter {name!r} is documented with ':param {name}:'"
    documented = re.findall(r":param (\w+):", doc)
    assert set(documented) <= set(hook.parameters), f"documents parameters it does not take: {documented}"
    if hook.firstresult:
        assert "first non-``None`` result" in doc, "a first-result hook says the first non-None result wins"
    else:
        assert "All implementations are called" in doc, "an all-results hook says every implementation is called"
    example = re.search(r"^Example[^\n]*::\n\n((?:    [^\n]*\n?|\n)+)", doc, re.MULTILINE)
    assert example, "an 'Example::' block shows an implementation"
    assert f"def {hook.name}(" in example.group(1), "the example implements this very hook"


def test_the_reference_page_is_current() -> None:
    page = ROOT / "docs" / "hooks.md"
    assert page.read_text(encoding="utf-8") == render(), f"docs/hooks.md is out of date: run `{GENERATOR}`"


def _implemented_in_tests() -> dict[str, list[str]]:
    """Test files that implement each hook (define a function with its name), the way
    datasette checks that each of its hooks is exercised."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        text = path.read_text(encoding="utf-8")
        for hook in HOOKS:
            if re.search(rf"\bdef {hook.name}\(", text):
                found.setdefault(hook.name, []).append(path.name)
    return found


@pytest.mark.parametrize("hook", HOOKS, ids=lambda hook: hook.name)
def test_every_hook_has_a_test_that_implements_it(hook: HookDoc) -> None:
    assert hook.name in _implemented_in_tests(), f"no test implements {hook.name}; add one to tests/test_plugins.py"
