"""``check: casualty-count`` — sources agree on a death toll.

A death toll is a number stated near a word that says people died (killed, dead,
deaths, poginulo, morți, погибли, ...). Figures are read by factcheck's shared number
extractor, in each source's own language, as intervals: "at least 50" is [50, ∞) and
"more than 40" is [40, ∞), so the two agree, while "12" and "50" do not. With
``expect`` each source is judged against it; without it, sources are grouped by
compatible figures and a minority group contradicts.

A figure that counts something else is not a toll: the injured or missing ("30
injured"), a duration, a percentage, or a bare year ("in 2023").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from checker.facts.numbers import NumberValue, parse_expected_number, unit_matches
from checker.model import Finding, Rule, Verdict
from checker.ruletypes.base import RuleType, as_str_list, option
from checker.ruletypes.number import Tolerance, as_tolerance

# Words that say a figure counts the dead, as editors write them; each is matched
# fuzzily and inflection-tolerantly, so one form per word is enough.
DEATH_ANCHORS: tuple[str, ...] = (
    # en
    "killed", "dead", "deaths", "died", "death toll", "fatalities",
    # hr, sr, bs
    "poginulo", "poginulih", "poginuli", "ubijeno", "ubijenih", "mrtvih", "smrtno stradalo",
    # ro
    "morți", "decese", "uciși", "au murit", "decedați",
    # ru, uk
    "погибли", "погибших", "убиты", "убитых", "загинули", "загиблих",
    # de, fr, es, it
    "Tote", "getötet", "morts", "tués", "muertos", "fallecidos", "morti", "uccisi",
)

# What else is counted next to a toll: a figure whose unit, or one of the few words
# after it, is one of these is skipped.
OTHER_COUNTS: tuple[str, ...] = (
    "injured", "wounded", "hurt", "missing", "evacuated", "arrested",
    "ranjeno", "ranjenih", "ozlijeđeno", "ozlijeđenih", "nestalih",
    "răniți", "rănite", "dispăruți",
    "ранены", "раненых", "пострадавших", "пропавших",
    "Verletzte", "blessés", "heridos", "feriti",
)

# Units that never count people: durations and percentages.
NOT_PEOPLE: tuple[str, ...] = ("day", "week", "month", "year", "percent")
_BARE_YEAR = re.compile(r"\d{4}")
_CLAUSE_END = re.compile(r"[.;:,!?()\d]")  # a clause, or the next figure
_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word: starts with a letter, in any script
WORDS_AFTER = 3  # "40 people are missing": the counted state comes within three words


class CasualtyCountRuleType(RuleType):
    """Compares death tolls across sources; see the module docstring."""

    name = "casualty-count"
    description = "sources agree on a death toll ('at least 50' agrees with 'more than 40', not with '12')"
    value_kind = "number"  # competes with number rules: a figure belongs to the nearest rule's anchor

    @dataclasses.dataclass
    class Options:
        tolerance: Tolerance = option(Tolerance(), convert=as_tolerance,
                                  doc="absolute margin (5) or a percentage ('10%') within which tolls agree")
        excluding: list[str] = option(default_factory=list, convert=as_str_list,
                                      doc="more words for what else is counted near a toll (injured, missing); "
                                          "a figure counting them is skipped")

    def parse_expected(self, rule: Rule, raw: Any) -> NumberValue:
        # "50", ">= 50" or "50 people": the unit, if written, is always people.
        return dataclasses.replace(parse_expected_number(raw), unit=None)

    def validate(self, rule: Rule) -> None:
        # Without ``about`` the death words are the anchors. Setting them on the rule,
        # rather than searching them privately, lets the engine window values around
        # them, lets competing number rules see them, and lets ``factcheck explain``
        # show them.
        if not rule.about:
            rule.about = list(DEATH_ANCHORS)

    def silent_without(self, rule: Rule) -> list[str] | None:
        # Tolls are read only near the anchors: on an article holding none of them the
        # engine need not call ``check`` at all, which is most articles of a large corpus.
        return rule.about

    def check(self, rule: Rule, ctx: Any) -> list[Finding]:
        excluded = (*OTHER_COUNTS, *rule.options.excluding)
        findings = []
        # Only the sentences around the anchors are read for figures.
        for mention, anchor in ctx.near_anchors(ctx.facts.numbers_within(ctx.windows())):
            if not _counts_people(mention, _words_after(ctx.text, mention.end), excluded):
                continue
            value = dataclasses.replace(mention.value, unit=None)  # "50 people", "50 dead": all one count
            findings.append(Finding(value=value, evidence=ctx.evidence(mention.start, mention.end, anchor.score,
                                                                       str(value))))
        return findings

    def judge(self, rule: Rule, value: Any) -> Verdict:
        return "agrees" if self.compatible(rule, rule.expected, value) else "contradicts"

    def compatible(self, rule: Rule, a: Any, b: Any) -> bool:
        return bool(rule.options.tolerance.agree(a, b))


def _counts_people(mention: Any, following: Sequence[str], excluded: Sequence[str]) -> bool:
    """Whether a figure can be a number of people: not a year, duration or percentage,
    and not a count of the injured or missing ("30 injured", "40 people are missing")."""
    value, unit = mention.value, mention.value.unit
    if unit is None and _BARE_YEAR.fullmatch(mention.text.strip()) and 1900 <= (value.min or 0) <= 2100:
        return False
    if unit is not None and unit_matches(unit, NOT_PEOPLE[0], NOT_PEOPLE[1:]):
        return False
    return not any(unit_matches(word, excluded[0], excluded[1:]) for word in (unit, *following) if word)


def _words_after(text: str, end: int) -> list[str]:
    """The few words after a figure, up to the end of its clause: where a language says
    what was counted when the unit itself is only "people"."""
    clause = _CLAUSE_END.split(text[end:end + 60], maxsplit=1)[0]
    return _WORD.findall(clause)[:WORDS_AFTER]


