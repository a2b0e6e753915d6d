"""Selecting rules with ``-k`` and ``-m`` expressions, as pytest does.

An expression is made of words joined by ``and``, ``or``, ``not`` and parentheses.
With ``-k`` a word matches when it is a substring (any case) of one of a rule × source
pair's names: rule id, title, rule file, node id, check type, source path, language.
With ``-m`` a word matches a tag exactly (any case). ``-m`` is applied to rules at
collection; ``-k`` to each rule × source pair once the corpus is loaded.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from . import hookimpl
from .config import Config
from .errors import UsageError
from .model import Article, Rule
from .text.normalise import fold

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


def in_scope(rule: Rule, article: Article, config: Config) -> bool:
    """Does ``rule`` read ``article``? (its file-level corpus and ``sources:`` scope)"""
    if rule.corpus:
        if article.path is None:
            return False
        resolved = article.path.resolve()
        if not any(resolved == c.resolve() or c.resolve() in resolved.parents for c in rule.corpus):
            return False
    scope = rule.sources
    if "language" in scope:
        language = (article.language or "").lower()
        if not any(language == l.lower() or language.startswith(l.lower() + "-") for l in scope["language"]):
            return False
    if "outlet" in scope and (not article.outlet
                              or fold(article.outlet) not in {fold(o) for o in scope["outlet"]}):
        return False
    if "paths" in scope:
        name = article.source.split("#", 1)[0]
        if not any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(Path(name).name, p) for p in scope["paths"]):
            return False
    return True


def pair_names(rule: Rule, article: Article) -> list[str]:
    return [rule.id, rule.title, rule.file, rule.nodeid, rule.check, f"{rule.nodeid}[{article.source}]",
            article.source, article.language or "", *rule.tags]


def might_read(rule: Rule, source: str, config: Config) -> bool:
    """Could ``rule`` have read the unreadable ``source``? (its language and outlet
    are unknown, so only the rule's corpus and ``paths`` can tell)"""
    name = source.split("#", 1)[0]
    if rule.corpus:
        path = (config.root / name).resolve()
        if not any(path == c.resolve() or c.resolve() in path.parents for c in rule.corpus):
            return False
    patterns = rule.sources.get("paths")
    return not patterns or any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(Path(name).name, p) for p in patterns)


@dataclass
class Selector:
    """Which rules read an article: their scope, ``-k``, ``--lf`` and, with
    ``--changed-since``, whether the article can still fail a rule. Plain data, so it
    travels to worker processes with the rules."""

    rules: list[Rule]
    config: Config
    keyword: Expression | None = None
    last_failed: frozenset[str] = frozenset()
    changed: frozenset[str] | None = None

    def __post_init__(self) -> None:
        # Without -k, --lf or --changed-since, only the rules with a scope (a file-level
        # corpus or ``sources:``) can leave an article out: their positions; None when the
        # others must be asked too. Each combination of rules chosen is one tuple, shared
        # by its articles (and by the runs of them the verdict store keeps).
        plain = self.keyword is None and not self.last_failed and self.changed is None
        self._maybe_not: list[int] | None = [position for position, rule in enumerate(self.rules)
                                             if rule.corpus or rule.sources] if plain else None
        self._shared: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._every = tuple(range(len(self.rules)))

    def wanted(self, article: Article) -> tuple[int, ...]:
        """Positions of the rules that read ``article``."""
        if self._maybe_not is not None and not self._maybe_not:
            return self._every  # every rule, whatever the article
        chosen = tuple(self._chosen(article))
        return self._shared.setdefault(chosen, chosen)

    def _chosen(self, article: Article) -> Iterator[int]:
        if self._maybe_not is not None:
            left_out = {position for position in self._maybe_not
                        if not in_scope(self.rules[position], article, self.config)}
            yield from (position for position in range(len(self.rules)) if position not in left_out)
            return
        for position, rule in enumerate(self.rules):
            if not in_scope(rule, article, self.config):
                continue
            if self.keyword is not None and not keyword_matches(self.keyword, pair_names(rule, article)):
                continue
            if self.last_failed and f"{rule.nodeid}[{article.source}]" not in self.last_failed:
                continue
            if self.changed is not None and rule.expected is not None and \
                    article.source.split("#", 1)[0] not in self.changed:
                continue  # with an expected value, only the changed articles can fail the rule
            yield position


@hookimpl
def factcheck_collection_modifyitems(rules, config):  # type: ignore[no-untyped-def]
    if config.markexpr:
        expression = Expression(config.markexpr, "-m")
        rules[:] = [rule for rule in rules if tags_match(expression, rule.tags)]
