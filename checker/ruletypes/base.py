"""What a rule type is, and the schema helpers every rule type uses.

A rule type declares its own YAML keys as the fields of an ``Options`` dataclass; each
field's ``metadata`` holds a ``convert`` function (which raises ``ValueError`` with a
one-line message) and a ``doc`` string. The collector passes a rule's keys to
:meth:`RuleType.parse_options`, so unknown keys and wrong types are reported with file
and line by the same code for built-in and third-party types.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from ..errors import RuleSchemaError
from ..model import Finding, Rule, Verdict


def option(default: Any = dataclasses.MISSING, *, convert: Callable[[Any], Any], doc: str,
           default_factory: Any = dataclasses.MISSING) -> Any:
    """A field of a rule type's ``Options``: how to read it from YAML, and what it means."""
    return dataclasses.field(default=default, default_factory=default_factory,
                             metadata={"convert": convert, "doc": doc})


# -- converters: YAML value -> Python value, ValueError with a short reason -------------
def as_str(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError("must be a string")
    text = str(value).strip()
    if not text:
        raise ValueError("must not be empty")
    return text


def as_str_list(value: Any) -> list[str]:
    """A string or a list of strings."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return [as_str(value)]
    if isinstance(value, list) and value:
        return [as_str(v) for v in value]
    raise ValueError("must be a string or a non-empty list of strings")


def as_phrasings(value: Any) -> dict[str | None, list[str]]:
    """Phrasings: a list (any language) or a mapping ``language -> list``."""
    if isinstance(value, Mapping):
        if not value:
            raise ValueError("must not be empty")
        return {str(lang): as_str_list(v) for lang, v in value.items()}
    return {None: as_str_list(value)}


def as_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("must be a number")
    return float(value)


class RuleType:
    """Base of rule types. Subclasses set ``name``, ``description``, ``value_kind`` and
    ``Options``, and implement :meth:`check` and (when values are compared) the value
    methods.

    ``value_kind`` names what the type reads near its anchors ("date", "number", ...):
    rules of the same kind compete for values, each value going to the nearest anchor.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    value_kind: ClassVar[str] = ""
    requires_about: ClassVar[bool] = False
    requires_expect: ClassVar[bool] = False

    @dataclasses.dataclass
    class Options:
        pass

    # -- schema ----------------------------------------------------------------------
    def option_keys(self) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(self.Options))

    def option_docs(self) -> dict[str, str]:
        return {f.name: f.metadata.get("doc", "") for f in dataclasses.fields(self.Options)}

    def parse_options(self, raw: Mapping[str, Any]) -> Any:
        """Build ``Options`` from the rule's own keys; raise :class:`RuleSchemaError`."""
        values = {}
        for field in dataclasses.fields(self.Options):
            if field.name in raw:
                try:
                    values[field.name] = field.metadata["convert"](raw[field.name])
                except ValueError as exc:
                    raise RuleSchemaError(f"'{field.name}' {exc}", field.name) from None
            elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
                raise RuleSchemaError(f"a '{self.name}' rule needs '{field.name}'", None)
        return self.Options(**values)

    def parse_expected(self, rule: Rule, raw: Any) -> Any:
        """The ``expect`` value in the type's own terms; raise ``ValueError`` if invalid."""
        return raw

    def validate(self, rule: Rule) -> None:
        """Checks across keys, once ``options`` and ``expected`` are set."""

    # -- the work --------------------------------------------------------------------
    def phrases(self, rule: Rule) -> list[str]:
        """Words and phrases, besides ``about``, that the run's one-pass index must find."""
        return []

    def silent_without(self, rule: Rule) -> list[str] | None:
        """Phrases (from ``about`` or :meth:`phrases`) of which an article must contain
        one, at any score, for the rule to state anything there. On an article with none
        of them the engine does not call :meth:`check`: the source is silent. ``None``
        (the default) checks every article. A type that reads values near its anchors
        returns ``rule.about``; returning it saves the work on most articles, since a
        rule's anchors occur in few of them."""
        return rule.about if self.requires_about else None

    def check(self, rule: Rule, ctx: Any) -> list[Finding]:
        """What ``ctx.article`` states about the rule's fact (empty: silent)."""
        raise NotImplementedError

    def passed_over(self, rule: Rule, ctx: Any) -> list[str]:
        """For ``factcheck explain``: what the type saw where it looks but did not take,
        and why, one line each ("'1500' at 3:22 counts 'osób', not people: name it in
        units"). A source that is silent although it states the fact is what a rule
        author most needs explained. The default explains nothing."""
        return []

    def judge(self, rule: Rule, value: Any) -> Verdict:
        """A stated value against ``rule.expected``."""
        return "agrees" if value == rule.expected else "contradicts"

    def compatible(self, rule: Rule, a: Any, b: Any) -> bool:
        """Could two stated values describe the same fact? (grouping without ``expect``)"""
        return a == b

    def format_value(self, value: Any) -> str:
        return str(value)

    def format_expected(self, rule: Rule) -> str | None:
        return None if rule.expected is None else self.format_value(rule.expected)
