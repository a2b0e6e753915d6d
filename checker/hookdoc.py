"""The hook reference, generated from the hook specifications.

``python -m checker.hookdoc > docs/hooks.md`` writes it. The docstrings of
:mod:`checker.hookspecs` are the one source: this module only turns their reST-flavoured
markup (````code````, ``:param name:``, ``:func:``, ``Example::`` blocks) into Markdown and
adds each hook's signature and how its results are combined, read from the hook's own
specification so that the page can never claim "first result" for a hook that
collects all of them. ``tests/test_hooks_documented.py`` keeps the page in step.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from . import hookspecs

PROJECT = "factcheck"
GENERATOR = "python -m checker.hookdoc > docs/hooks.md"

_ROLE = re.compile(r":(?:func|class|data|meth|mod|attr):`~?([^`]+)`")
_LITERAL = re.compile(r"``(.+?)``")
_PARAM = re.compile(r"^:param (\w+):\s*(.*)$")


@dataclass(frozen=True)
class HookDoc:
    """One hook as the reference shows it."""

    name: str
    function: Callable[..., Any]
    firstresult: bool
    historic: bool

    @property
    def docstring(self) -> str:
        return inspect.getdoc(self.function) or ""

    @property
    def parameters(self) -> list[str]:
        return list(inspect.signature(self.function).parameters)

    @property
    def signature(self) -> str:
        """The signature as written in the specification (annotations are strings there)."""
        sig = inspect.signature(self.function)
        params = ", ".join(p.name if p.annotation is p.empty else f"{p.name}: {p.annotation}"
                           for p in sig.parameters.values())
        returns = "" if sig.return_annotation is sig.empty else f" -> {sig.return_annotation}"
        return f"def {self.name}({params}){returns}"

    @property
    def results(self) -> str:
        if self.firstresult:
            text = ("First result: implementations are called until one returns something other than "
                    "`None`, and that value is the hook's result.")
        else:
            text = "All results: every implementation is called."
        if self.historic:
            text += " Historic: a plugin registered later is called with the earlier calls' arguments."
        return text


def hooks(module: ModuleType = hookspecs) -> list[HookDoc]:
    """Every hook specified in ``module``, in the order the module declares them."""
    found = []
    for name, function in vars(module).items():
        options = getattr(function, f"{PROJECT}_spec", None)
        if name.startswith(f"{PROJECT}_") and inspect.isfunction(function) and options is not None:
            found.append((function.__code__.co_firstlineno, HookDoc(
                name, function, bool(options.get("firstresult")), bool(options.get("historic")))))
    return [hook for _, hook in sorted(found, key=lambda pair: pair[0])]


def to_markdown(docstring: str) -> str:
    """reST-flavoured docstring markup to Markdown: literals, roles, parameter fields
    (with their indented continuation lines) and ``::`` code blocks."""
    out: list[str] = []
    lines = docstring.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        param = _PARAM.match(line)
        if param:
            text = [param.group(2)]
            while index + 1 < len(lines) and lines[index + 1].startswith(" ") and lines[index + 1].strip():
                index += 1
                text.append(lines[index].strip())
            out.append(f"- `{param.group(1)}`: {_inline(' '.join(text))}")
        elif line.rstrip().endswith("::"):
            lead = line.rstrip()[:-2].rstrip()
            if lead:
                out.append(_inline(lead) + ":")
            block, index = _indented_block(lines, index + 1)
            out += ["", "```python", *block, "```"]
        else:
            out.append(_inline(line))
        index += 1
    return "\n".join(out).strip()


def _indented_block(lines: list[str], start: int) -> tuple[list[str], int]:
    """The indented lines from ``start`` (after blank lines), dedented, and the index of
    the last line taken."""
    index = start
    while index < len(lines) and not lines[index].strip():
        index += 1
    block: list[str] = []
    while index < len(lines) and (not lines[index].strip() or lines[index].startswith(" ")):
        block.append(lines[index])
        index += 1
    while block and not block[-1].strip():
        block.pop()
    indent = min((len(line) - len(line.lstrip()) for line in block if line.strip()), default=0)
    return [line[indent:] for line in block], index - 1


def _inline(text: str) -> str:
    def role(match: re.Match[str]) -> str:
        target = match.group(1)
        if target.startswith(f"{PROJECT}_"):
            return f"[`{target}`](#{target})"
        return f"`{target}`"

    return _LITERAL.sub(r"`\1`", _ROLE.sub(role, text))


def render(module: ModuleType = hookspecs) -> str:
    """The whole reference page."""
    specified = hooks(module)
    out = [
        "# Hook reference",
        "",
        f"<!-- Generated from checker/hookspecs.py by `{GENERATOR}`; edit the docstrings there. -->",
        "",
        to_markdown(inspect.getdoc(module) or ""),
        "",
        "| hook | what it is for | results |",
        "| --- | --- | --- |",
    ]
    for hook in specified:
        summary = _inline(hook.docstring.split("\n\n")[0].replace("\n", " "))
        out.append(f"| [`{hook.name}`](#{hook.name}) | {summary} | {'first' if hook.firstresult else 'all'} |")
    for hook in specified:
        out += ["", f"## {hook.name}", "", "```python", hook.signature, "```", "",
                f"**{hook.results}**", "", to_markdown(hook.docstring)]
    return "\n".join(out) + "\n"


def main() -> None:
    sys.stdout.write(render())


if __name__ == "__main__":
    main()
