"""``check: entity`` — every source names the same person, place or body.

Names are compared after transliteration and diacritic folding, fuzzily, so that
``Vostochny``, ``Vostočni``, ``Vostohnîi`` and ``Восточный`` are one name. A mention of
``expect`` or one of its ``aliases`` agrees; a mention of one of the ``alternatives``
(names that, stated instead, contradict) contradicts. With ``about``, only mentions
within the window of an anchor count. Without ``expect``, the ``alternatives`` are the
candidates and sources are grouped by the one they name.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import hookimpl
from ..errors import RuleSchemaError
from ..model import Finding, Rule
from ..text.fuzzy import another_name
from ..text.normalise import fold_words
from .base import RuleType, as_str, as_str_list, option


class EntityRuleType(RuleType):
    name = "entity"
    description = "sources name the same entity (names compared across scripts and spellings)"
    value_kind = "name"

    @dataclasses.dataclass
    class Options:
        aliases: list[str] = option(default_factory=list, convert=as_str_list,
                                    doc="other names of the expected entity (translations, abbreviations)")
        alternatives: list[str] = option(default_factory=list, convert=as_str_list,
                                         doc="names that, stated instead, contradict")

    def parse_expected(self, rule: Rule, raw: Any) -> str:
        return as_str(raw)

    def validate(self, rule: Rule) -> None:
        if rule.expected is None and len(rule.options.alternatives) < 2:
            raise RuleSchemaError("an 'entity' rule needs 'expect', or at least two 'alternatives' to compare", None)

    def _names(self, rule: Rule) -> dict[str, str]:
        """Each name to look for, mapped to the value it stands for."""
        names: dict[str, str] = {}
        for alternative in rule.options.alternatives:
            names[alternative] = alternative
        if rule.expected is not None:
            for name in [rule.expected, *rule.options.aliases]:
                names[name] = rule.expected
        return names

    def phrases(self, rule: Rule) -> list[str]:
        return list(self._names(rule))

    def _takes(self, rival: Rule, mention: Any) -> bool:
        """Whether entity rule ``rival`` looks for the name ``mention`` found (another
        rule type's rival takes it as before)."""
        if rival.check != self.name:
            return True
        return " ".join(fold_words(mention.phrase)) in _folded_names(list(self._names(rival)))

    def silent_without(self, rule: Rule) -> list[str] | None:
        return rule.about or list(self._names(rule))

    def check(self, rule: Rule, ctx: Any) -> list[Finding]:
        names = self._names(rule)
        best: dict[tuple[int, int], Any] = {}
        for mention in ctx.find(names):
            if _another_name(ctx, mention):
                continue
            span = (mention.start, mention.end)
            if span not in best or mention.score > best[span].score:
                best[span] = mention
        mentions = _outermost(sorted(best.values(), key=lambda m: (m.start, -m.end)))
        if rule.about:
            # a mention nearer another entity rule's anchor is left to it only if that
            # rule looks for the name: "prezident Zelenskyj navštívil Charkov" is the
            # president's, however near "navštívil", the anchor of a rule about the city
            mentions = [m for m, _ in ctx.near_anchors(mentions, takes=lambda rival, mention: self._takes(rival, mention))]
        return [Finding(value=names[m.phrase], evidence=ctx.evidence(m.start, m.end, m.score, names[m.phrase]))
                for m in mentions]


def _another_name(ctx: Any, mention: Any) -> bool:
    """Whether the words of ``mention`` are those of its name with a syllable added that
    makes another name ("Ramadani tha" names no Rama): :func:`~checker.text.fuzzy.another_name`.
    Only words of a script with capitals: the scripts of India, which have none, write
    their case endings on a name with a glide ("கேரளாவை", Kerala's accusative)."""
    words = fold_words(mention.phrase)
    facts = ctx.facts
    first, last = facts.token_index(mention.start), facts.token_index(mention.end - 1)
    if last - first + 1 != len(words):
        return False
    return any(another_name(name, facts.keys[t], ctx.language) for name, t in zip(words, range(first, last + 1))
               if facts.text[facts.starts[t]].lower() != facts.text[facts.starts[t]].upper())


def _folded_names(names: list[str]) -> frozenset[str]:
    return frozenset(" ".join(fold_words(name)) for name in names)


def _outermost(mentions: list[Any]) -> list[Any]:
    """Drop mentions inside a longer one ("KCNA" within "Korean Central News Agency (KCNA)"
    is kept, but "Korea" inside "North Korea" is not counted twice)."""
    kept: list[Any] = []
    for mention in mentions:
        if kept and mention.start >= kept[-1].start and mention.end <= kept[-1].end:
            continue
        kept.append(mention)
    return kept


@hookimpl
def factcheck_register_rule_types(register):  # type: ignore[no-untyped-def]
    register(EntityRuleType())
