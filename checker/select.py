"""Selecting rules with ``-k`` and ``-m`` expressions, as pytest does.

An expression is made of words joined by ``and``, ``or``, ``not`` and parentheses.
With ``-k`` a word matches when it is a substring (any case) of one of a rule × source
pair's names: rule id, title, rule file, node id, check type, source path, language.
With ``-m`` a word matches a tag exactly (any case). ``-m`` is applied to rules at
collection; ``-k`` to each rule × source pair once the corpus is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from . import hookimpl
from .errors import UsageError

_TOKEN = regex.compile(r"\s*(\(|\)|[^\s()]+)")


class Expression:
    """A parsed selection expression, evaluated against a predicate on words."""

    def __init__(self, text: str, option: str) -> None:
        self.text = text
        self.option = option
        self.tokens = [m.group(1) for m in _TOKEN.finditer(text)]
        self.pos = 0
        if not self.tokens:
            raise UsageError(f"{option}: empty expression")
        self.tree = self._or()
        if self.pos != len(self.tokens):
            raise UsageError(f"{option} {text!r}: unexpected {self.tokens[self.pos]!r}")

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _or(self):  # type: ignore[no-untyped-def]
        left = self._and()
        while self._peek() == "or":
            self.pos += 1
            right = self._and()
            left = ("or", left, right)
        return left

    def _and(self):  # type: ignore[no-untyped-def]
        left = self._not()
        while self._peek() == "and":
            self.pos += 1
            right = self._not()
            left = ("and", left, right)
        return left

    def _not(self):  # type: ignore[no-untyped-def]
        token = self._peek()
        if token is None:
            raise UsageError(f"{self.option} {self.text!r}: expression ends too early")
        if token == "not":
            self.pos += 1
            return ("not", self._not())
        if token == "(":
            self.pos += 1
            inner = self._or()
            if self._peek() != ")":
                raise UsageError(f"{self.option} {self.text!r}: missing ')'")
            self.pos += 1
            return inner
        if token in (")", "and", "or"):
            raise UsageError(f"{self.option} {self.text!r}: unexpected {token!r}")
        self.pos += 1
        return ("word", token)

    def evaluate(self, matches: Callable[[str], bool]) -> bool:
        def run(node) -> bool:  # type: ignore[no-untyped-def]
            kind = node[0]
            if kind == "word":
                return matches(node[1])
            if kind == "not":
                return not run(node[1])
            if kind == "and":
                return run(node[1]) and run(node[2])
            return run(node[1]) or run(node[2])

        return run(self.tree)


def keyword_matches(expression: Expression, names: Iterable[str]) -> bool:
    lowered = [n.lower() for n in names if n]
    return expression.evaluate(lambda word: any(word.lower() in name for name in lowered))


def tags_match(expression: Expression, tags: Iterable[str]) -> bool:
    lowered = {t.lower() for t in tags}
    return expression.evaluate(lambda word: word.lower() in lowered)


@hookimpl
def factcheck_collection_modifyitems(rules, config):  # type: ignore[no-untyped-def]
    if config.markexpr:
        expression = Expression(config.markexpr, "-m")
        rules[:] = [rule for rule in rules if tags_match(expression, rule.tags)]
