"""``check: number`` — sources agree on a figure.

``expect`` is a number, ``{min, max}`` or a bound such as ``">= 18"``; ``unit`` names
the unit (time spans in days, weeks, months and years convert into each other), with
``units`` as further words for it; ``tolerance`` is an absolute margin or a percentage
(``"5%"``). Figures are read in each source's locale (``1.000,5``, ``1,000.5``), bound
words become intervals ("more than 18", "peste", "более"), and only count within the
window of an ``about`` anchor.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any, TypeVar

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from .. import hookimpl
from ..errors import RuleSchemaError
from ..model import Finding, Rule, Verdict
from ..text.another import another_words
from ..text.function_words import function_words
from ..text.normalise import UNSPACED, fold, primary_language
from ..text.sentences import CLAUSE_BREAKS
from ..text.tense import verb_comes_last
from .base import RuleType, as_str, as_str_list, option


@dataclass(frozen=True)
class Tolerance:
    """How far apart two figures may be and still agree: an absolute margin, a share
    of the figure, or neither. Rule types that compare figures (a plugin's too) use it."""

    absolute: float = 0.0
    relative: float = 0.0

    def agree(self, a: Any, b: Any) -> bool:
        """Could the two number values be the same figure, within this tolerance? The
        margin is taken about ``a`` (the expected value) alone: with 5 %, 100 agrees
        with 105 and not with 106, which is 5 % of itself from 100.7. A margin stands for
        the rounding of ``b`` too (:attr:`~checker.facts.numbers.NumberValue.rounded`): 1.2
        trillion is 1.2 trillion for a rule of 1.3 trillion within 5 %."""
        if (self.relative or self.absolute) and getattr(b, "rounded", 0.0):
            b = dataclasses.replace(b, rounded=0.0)
        if self.relative:
            low = None if a.min is None else a.min - abs(a.min) * self.relative
            high = None if a.max is None else a.max + abs(a.max) * self.relative
            return bool(dataclasses.replace(a, min=low, max=high).compatible(b))
        if self.absolute:
            low = None if a.min is None else a.min - self.absolute
            high = None if a.max is None else a.max + self.absolute
            a = dataclasses.replace(a, min=low, max=high)
        return bool(a.compatible(b))


def as_tolerance(value: Any) -> Tolerance:
    """An option converter: an absolute margin (``2``) or a percentage (``"5%"``)."""
    if isinstance(value, str) and value.strip().endswith("%"):
        try:
            percent = float(value.strip()[:-1])
        except ValueError:
            raise ValueError("must be a number or a percentage such as '5%'") from None
        if percent < 0:
            raise ValueError("must not be negative")
        return Tolerance(relative=percent / 100)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ValueError("must be a non-negative number or a percentage such as '5%'")
    return Tolerance(absolute=float(value))


_YEARS = range(1000, 2101)
_WORD_AFTER = regex.compile(r"\s+(\w+)")


def _noun_past(text: str, end: int, language: str | None) -> bool:
    """Whether the word after a figure ending at ``end`` may stand between it and its noun:
    a capitalised word ("Seven Italian hostages") or a function word of the source's
    language, its article ("Sono 23 i dispersi")."""
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return False
    return word[1][:1].isupper() or fold(word[1]) in (function_words(language) or ())


def _a_year(mention: Any) -> bool:
    """Whether a figure may be a year: four digits of one ("In 2019 Italian hostages …")."""
    value = mention.value
    return mention.text.strip().isdigit() and value.min == value.max and value.min in _YEARS


class NumberRuleType(RuleType):
    name = "number"
    description = "sources agree on a figure (locale digits, bound words, units and time spans)"
    value_kind = "number"
    requires_about = True

    @dataclasses.dataclass
    class Options:
        unit: str | None = option(None, convert=as_str, doc="the unit of the figure (day, week, month, year, "
                                                            "percent, or any word such as 'people')")
        units: list[str] = option(default_factory=list, convert=as_str_list,
                                  doc="more words that name the unit, in any language")
        tolerance: Tolerance = option(Tolerance(), convert=as_tolerance,
                                  doc="absolute margin (2) or a percentage ('5%') within which figures agree")

    def parse_expected(self, rule: Rule, raw: Any) -> Any:
        from ..facts.numbers import parse_expected_number

        return parse_expected_number(raw, unit=rule.raw.get("unit"))

    def validate(self, rule: Rule) -> None:
        if rule.options.units and not rule.options.unit:
            raise RuleSchemaError("'units' needs 'unit'", "units")

    def _convert(self, rule: Rule, mention: Any, text: str, language: str | None = None) -> tuple[Any, int, int]:
        """The stated value in the rule's unit (None when it is about something else),
        and where its statement starts and ends in ``text``, the article's."""
        from ..facts.numbers import (
            canonical_unit,
            counted_end,
            is_free_noun,
            noun_before_counter,
            noun_further,
            unit_matches,
            unit_words_end,
        )

        unit, value, start, end = rule.options.unit, mention.value, mention.start, mention.end
        if unit is None:
            return value, start, end
        synonyms = rule.options.units
        if value.unit is None:
            # A number read without a unit (it may be a year: "1500 ljudi"; or its noun is
            # written on it: "250人"; or comes first: "watu 1,500") counts that noun when
            # the rule names it, or one a word or two further ("1500 lokalnih ljudi").
            counted = counted_end(mention, unit, synonyms, language)
            if counted is None and mention.counted is not None and mention.counted_start is None:
                counted = (unit_words_end(text, mention.counted, mention.counted_end, unit, synonyms)
                           or noun_further(text, mention.counted_end, unit, synonyms, language))
            elif counted is None and mention.counted is None and not _a_year(mention) and _noun_past(
                    text, mention.end, language):
                # past a capitalised word that describes it, or an article, no noun it was read to count:
                # "Seven Italian hostages", "Sono 23 i dispersi"
                counted = noun_further(text, mention.end, unit, synonyms, language)
            if counted is None and (noun := noun_before_counter(text, mention, unit, synonyms)) is not None:
                return dataclasses.replace(value, unit=canonical_unit(unit)), noun, end  # "乗客212人"
            if counted is None:
                return None, start, end
            if mention.counted_start is not None:
                start = mention.counted_start
            return dataclasses.replace(value, unit=canonical_unit(unit)), start, counted
        converted = value.to_unit(unit, language)  # time spans convert: "a year and a half" is 18 months
        if converted is None and not unit_matches(value.unit, unit, synonyms, language):
            # The word read as the noun may begin the rule's unit of several words ("620 vigili
            # del fuoco") or describe the rule's: "1,500 local people".
            further = ((unit_words_end(text, value.unit, end, unit, synonyms)
                        or noun_further(text, end, unit, synonyms, language, past_a_noun=True))
                       if is_free_noun(value.unit) else None)
            if further is None:
                return None, start, end
            end = further
        return dataclasses.replace(converted or value, unit=canonical_unit(unit)), start, end

    def check(self, rule: Rule, ctx: Any) -> list[Finding]:
        from ..facts.numbers import (
            a_rate_base,
            among_the,
            among_them,
            among_them_before,
            of_them,
            of_them_before,
            per_each,
            the_rest,
        )

        findings = []
        near = ctx.near_anchors(ctx.facts.numbers_within(ctx.windows()),
                                takes=lambda rival, mention: self._takes(rival, mention, ctx.text, ctx.language))
        # a number in the anchor is its name's: "CAC 40", "FTSE 100", "Ibex 35"
        near = [(mention, anchor) for mention, anchor in near if not anchor.start <= mention.start < anchor.end
                and not (mention.ordinal and not _ranks(mention, anchor, ctx.text))]
        near = _by_sentence(near, ctx, lambda pairs: _past_ranks(pairs, ctx))
        # a sentence that counts the anchor's rest ("sharing the remaining 27 seats") has no other
        # figure of it but one that counts it too ("Three smaller parties" count parties)
        rests = {ctx.facts.sentence_at(mention.start) for mention, anchor in near
                 if the_rest(ctx.text, mention, ctx.language, ctx.text[anchor.start:anchor.end])}
        if rests:
            near = [(mention, anchor) for mention, anchor in near if ctx.facts.sentence_at(mention.start) not in rests
                    or _counts(mention, anchor, ctx.text, ctx.language)]
        near = [(mention, anchor) for mention, anchor in near if not _part_of_the_anchor(mention, anchor, ctx)
                and not a_rate_base(ctx.text, mention, ctx.language)
                and not (_far_below(mention, rule) and per_each(ctx.text, mention, ctx.language))
                and not (mention.value.unit != "percent"  # "Among the rescued are two …"
                         and among_the(ctx.text, anchor.start, anchor.end, ctx.language))
                and not the_rest(ctx.text, mention, ctx.language, ctx.text[anchor.start:anchor.end])
                and not (((anchor.end <= mention.start and of_them(ctx.text, mention, ctx.language))
                          or of_them_before(ctx.text, mention, ctx.language))
                         and _a_larger_figure(mention, near))
                and not (mention.end <= anchor.start and among_them(ctx.text, mention.end, anchor.start, ctx.language))
                and not (among_them_before(ctx.text, mention, ctx.language) and _a_larger_figure(mention, near))]
        if rule.options.unit is None:
            counting = rule.expected is None or rule.expected.unit is None
            near = [(mention, anchor) for mention, anchor in near if not _of_another(mention, anchor, ctx, counting)
                    and not (counting and _a_year_for_a_count(mention, rule, ctx.language, ctx.text))
                    and not (counting and _a_share_for_a_count(mention, rule))
                    and not (counting and mention.value.unit in _MEASURES and not _its_unit(mention, anchor))]
        if len(near) > 1 and (years := _years_named(rule)):
            near = _by_sentence(near, ctx, lambda pairs: _of_the_years(pairs, years, ctx))
        elif len(near) > 1:
            near = _past_long_before(near, ctx)
        if rule.options.unit is None and len(near) > 1:
            near = _counting_first(_level_first(_past_earlier(near, ctx, rule), ctx), ctx, _a_measure(rule))
        elif len(near) > 1 and all(_of_a_verb_of_change(anchor, ctx) for _, anchor in near):
            # a rule about the verb of a change reads its amount in whatever unit it is stated: "tăng 0,3
            # điểm phần trăm lên 4,2%" states no 4.2 per cent of the rise
            near = _level_first(near, ctx)
        read = [(mention, anchor, *self._convert(rule, mention, ctx.text, ctx.language)) for mention, anchor in near]
        if rule.options.unit is not None:
            read = [_the_anchors_value(_counting_the_anchor(_hyphened_in_the_unit(found, ctx), ctx), ctx)
                    for found in read]
        if rule.options.unit is not None and len(read) > 1:
            read = _elided_in_the_unit(_parts_in_the_unit(read, ctx), ctx)
        elif rule.options.unit is not None and read:
            read = _elided_in_the_unit(read, ctx)  # after a figure another rule reads: "Seven died, four others were injured"
        read = [found for found in read if found[2] is not None]
        if len(read) > 1 and rule.options.unit is None:  # a figure in the unit the anchor is: "38,400 hectares"
            read = [found for found in read if _its_unit(found[0], found[1])] or read
        if len(read) > 1:  # the level a change reached, in the clause after its amount's maybe: "0.5%引き上げ、4.75%とした"
            read = _level_first(read, ctx)
        if rule.options.unit is not None and len(read) > 1:  # of the figures in its unit, those in the anchor's clause
            read = _by_sentence(read, ctx, lambda found: [f for f in found if _in_its_clause(f[0], f[1], ctx)] or found)
        if len(read) > 1:  # a figure stated before gives way to the one that replaced it
            read = _past_earlier(read, ctx, rule)
        if len(read) > 1 and rule.options.unit is None and (rule.expected is None or rule.expected.unit is None):
            read = _counts_where_stated(read, ctx)
        for _mention, anchor, value, start, end in read:
            findings.append(Finding(value=value, evidence=ctx.evidence(start, end, anchor.score, str(value))))
        return findings

    def _takes(self, rival: Rule, mention: Any, text: str, language: str | None = None) -> bool:
        """Whether a competing rule could take a figure: a number rule only in its unit
        ("40,56 %" is no seats rule's, however near its anchor), and not the value a change
        reached when it is about the verb of the change ("上涨35点，报3047点": 3,047 is the
        index's, not the rise's); a rule of another type is taken at its word."""
        from ..facts.numbers import change_role, is_change_verb

        if rival.check != self.name:
            return True
        if self._convert(rival, mention, text, language)[0] is None:
            return False
        if rival.options.unit is None and (rival.expected is None or rival.expected.unit is None) and (
                _a_share_for_a_count(mention, rival) or mention.value.unit in _MEASURES):
            return False  # "1.482.316 votos (54,3%)": the share is no count of votes, a rule about it may read it
        return not (any(is_change_verb(phrase, language) for phrase in rival.about)
                    and change_role(text, mention, language) == "to")

    def passed_over(self, rule: Rule, ctx: Any) -> list[str]:
        """The figures near the anchors in another unit than the rule's, with the unit
        they were read in."""
        unit = rule.options.unit
        if unit is None:
            return []
        lines = []
        for mention, _ in ctx.near_anchors(ctx.facts.numbers_within(ctx.windows()),
                                           takes=lambda rival, mention: self._takes(rival, mention, ctx.text,
                                                                                   ctx.language)):
            if self._convert(rule, mention, ctx.text, ctx.language)[0] is not None:
                continue
            line, column = ctx.facts.line_col(mention.start)
            if mention.value.unit is not None:
                stated = f"is in {mention.value.unit!r}"
            elif mention.counted_end is not None:
                stated = f"may count {mention.counted_words(ctx.text)!r}"
            else:
                stated = "has no unit"
            lines.append(f"{mention.text!r} at {line}:{column} {stated}, not {unit!r}: "
                         "if that is the same unit, name it in 'units'")
        return lines

    def judge(self, rule: Rule, value: Any) -> Verdict:
        return "agrees" if self.compatible(rule, rule.expected, value) else "contradicts"

    def compatible(self, rule: Rule, a: Any, b: Any) -> bool:
        return rule.options.tolerance.agree(a, b)


_Read = TypeVar("_Read", bound=tuple)


def _a_measure(rule: Rule) -> bool:
    """Whether a rule expects a figure with decimals, which nothing counted is: a magnitude, a
    rate ("expect: 6.9")."""
    expected = rule.expected
    return expected is not None and any(bound is not None and not float(bound).is_integer()
                                        for bound in (expected.min, expected.max))


def _counting_first(near: list[tuple[Any, Any]], ctx: Any, measure: bool = False) -> list[tuple[Any, Any]]:
    """Of the figures near a rule's anchors in one sentence, those that count the anchor
    itself, when one does: "after a 14-hour debate, with 81 votes in favour" states 81
    for a rule about votes, not 14 and 81 (a rule without ``unit`` takes any figure near
    its anchor). Where none stands after the anchor, a figure whose noun is the subject
    of the anchor counts it: "23 people were killed in the 6.2 quake". Else the anchor's
    length is no count of it: "un plan de 10 ans pour rénover 500 000 logements" states
    500,000 for a rule about the plan. Of the figures left, the counts (no unit the
    tables know, no year) in the anchor's clause are taken when there are some, no comma
    between ("I feriti sono oltre 2.400, mentre circa 15.000 persone …", "وصوت لصالح
    المشروع 410 نواب، فيما رفضه 25 نائبا"), and of those the bare ones, with no noun of
    their own ("magnitudo 6,8 che ha colpito … è salito a 312 morti" states 6.8 for a
    rule about the magnitude). Figures that all count it, or none, are kept as they are
    ("lasted 81 minutes, with 3 breaks"). For a ``measure`` (a rule expecting decimals), the
    figures with decimals come first: "The magnitude 6.9 quake injured 14 people" states 6.9."""
    def chosen(pairs: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
        if measure and (decimals := [pair for pair in pairs if pair[0].value.min is not None
                                     and not float(pair[0].value.min).is_integer()]):
            return decimals
        # "300석의 국회에서 175석을 차지했다": the parliament's seats, not the party's, beside a count
        others = [pair for pair in pairs if not _of_the_noun_after(*pair, ctx)]
        if len(others) < len(pairs) and any(_counts_a_noun(mention) for mention, _ in others):
            pairs = others
        # "Four of the six members", "61 of the 151 seats": the part, not the whole its noun counts
        wholes = _partitive_wholes([mention for mention, _ in pairs], ctx)
        # the part counts what its whole counts: "61 van de 151 zetels" counts seats
        parts = {part for whole, part in wholes.items()
                 if any(id(mention) == whole and _counts(mention, anchor, ctx.text, ctx.language)
                        for mention, anchor in pairs)}
        pairs = [pair for pair in pairs if id(pair[0]) not in wholes] or pairs
        counting = [pair for pair in pairs if id(pair[0]) in parts or _counts(*pair, ctx.text, ctx.language)]
        if verb_comes_last(ctx.language) and not any(anchor.start in range(m.start, m.end) for m, anchor in counting):
            # the figure before a verb that comes last is its subject, the one after it the next verb's:
            # "3명이 숨지고 12명이 다쳤다", "3 ሰዎች ሲሞቱ 12 ሰዎች ቆስለዋል"
            counting = [pair for pair in pairs if _counts_the_subject(*pair, ctx)] or counting
        if not counting:
            counting = ([pair for pair in pairs if _counts_the_subject(*pair, ctx)]
                        or _past_bare_decimals(pairs, ctx.text))
        if not counting:
            counting = [pair for pair in pairs if not _its_length(*pair, ctx)] or pairs
            clause = [pair for pair in counting if _in_its_clause(*pair, ctx)]
            here = [pair for pair in clause if _a_count(pair[0], ctx) is not None]
            # a figure in the anchor's clause that may be a year, where the others are not in it:
            # "2 คน และประชาชน 1200 คนต้องอพยพ"
            counting = ([pair for pair in here if _a_count(pair[0], ctx)] or here
                        or [(mention, anchor) for mention, anchor in clause if mention.value.unit is None
                            and ctx.text[mention.end:anchor.start].strip()]  # not "the 2024 budget"
                        or counting)
        return counting

    return _by_sentence(near, ctx, chosen)


def _of_the_noun_after(mention: Any, anchor: Any, ctx: Any) -> bool:
    """Whether a figure with its counter is an attribute of a noun after it that is not the
    anchor (:func:`~checker.facts.numbers.attributive_noun`): "300석의 국회", "113席的立法院"."""
    from ..facts.numbers import attributive_noun

    noun = attributive_noun(mention, ctx.language)
    return noun is not None and not (noun <= anchor.start and not ctx.text[noun:anchor.start].strip())


def _counts_a_noun(mention: Any) -> bool:
    """Whether a whole figure counts a noun of its own or has a counter written on it."""
    from ..facts.numbers import is_free_noun

    unit = mention.value.unit
    return _whole(mention) and (mention.counted is not None if unit is None else is_free_noun(unit))


def _partitive_wholes(mentions: list[Any], ctx: Any) -> dict[int, int]:
    """The ids of the figures that are the whole another figure is a part of, each with
    the id of that part: "six" in "Four of the six members", "6" in "4 из 6 членов" and
    in Korean "6명 중 4명" (:data:`~checker.facts.number_words.PARTITIVES`)."""
    from ..facts.number_words import (
        PARTITIVE_ENDINGS,
        PARTITIVE_WHOLE_FIRST,
        PARTITIVES,
    )

    language = primary_language(ctx.language)
    words = PARTITIVES.get(language)
    endings = PARTITIVE_ENDINGS.get(language)
    if not (words or endings) or len(mentions) < 2:
        return {}
    pattern = _partitive_pattern(words) if words else None
    wholes = {}
    ordered = sorted(mentions, key=lambda mention: mention.start)
    for first, second in pairwise(ordered):
        if endings and _whole_by_its_case(first, second, endings, ctx.text):
            wholes[id(first)] = id(second)  # "Altı vagondan dördü"
            continue
        if not words or pattern is None:
            continue
        ends = [first.end]
        if first.value.unit is not None:  # the word read as its noun may be the partitive: "Vier der", "छह में"
            at = first.text.rstrip().rfind(" ")
            ends += [first.start + at + 1] if at > 0 else []
        if any(end <= second.start and pattern.fullmatch(ctx.text, end, second.start) for end in ends) \
                and not _other_nouns(first, second, _partitive_heads(words)):
            whole, part = (first, second) if language in PARTITIVE_WHOLE_FIRST else (second, first)
            wholes[id(whole)] = id(part)
    return wholes


def _parts_in_the_unit(read: list[Any], ctx: Any) -> list[Any]:
    """For a rule with a unit, the part of a whole in that unit read in it, in the whole's place:
    "The PP won 40 of the 75 seats" states 40 seats for a rule about seats, not 75 (the 40 has
    no noun of its own to be read in the unit by)."""
    from ..facts.numbers import is_free_noun

    wholes = _partitive_wholes([found[0] for found in read], ctx)
    if not wholes:
        return read
    parts = {part: whole for whole, part in wholes.items()}
    by_id = {id(found[0]): found for found in read}

    def in_the_whole_unit(found: Any) -> bool:
        # a part read in no unit, with no noun or a word that is none ("Four of the six",
        # "ארבעה מתוך שישה", "neljä suistui": the partitive word, the verb)
        whole = by_id.get(parts.get(id(found[0]), -1))
        unit = found[0].value.unit
        return (found[2] is None and whole is not None and whole[2] is not None
                and (unit is None or is_free_noun(unit)))

    out = []
    for found in read:
        mention = found[0]
        if in_the_whole_unit(found):
            out.append((mention, found[1], dataclasses.replace(mention.value, unit=by_id[parts[id(mention)]][2].unit),
                        mention.start, mention.end))
        elif id(mention) in wholes and (part := by_id.get(wholes[id(mention)])) is not None \
                and (part[2] is not None or in_the_whole_unit(part)):
            continue  # the whole, whose part is read in its place or in its own noun ("چهار واگن از شش واگن")
        else:
            out.append(found)
    return out


def _hyphened_in_the_unit(found: Any, ctx: Any) -> Any:
    """A figure read in no unit, joined by a hyphen to a word of the rule's unit, the adjective
    it makes of the anchor right after it: "the 32-storey tower", "das 32-stöckige Hochhaus",
    "32-kerroksisessa tornitalossa" state 32 floors."""
    mention, anchor, value, start, _end = found
    if value is not None or mention.value.unit is not None or not _whole(mention):
        return found
    joined = _made_an_adjective(mention, ctx)
    if joined is None:
        return found
    from ..facts.numbers import canonical_unit, is_free_noun, unit_matches

    unit, synonyms = ctx.rule.options.unit, ctx.rule.options.units
    if not is_free_noun(canonical_unit(unit)) or not unit_matches(joined[1], unit, synonyms, ctx.language):
        return found
    if ctx.text[joined.end():anchor.start].strip() or anchor.start < joined.end():
        return found  # of another noun than the anchor: "81 of the 150-seat parliament" won no 150 seats
    return mention, anchor, dataclasses.replace(mention.value, unit=canonical_unit(unit)), start, joined.end()


def _made_an_adjective(mention: Any, ctx: Any) -> Any:
    """The word a figure read in no unit is joined to by a hyphen, the adjective it makes of a
    noun ("32-stöckige", "150-seat"), or None."""
    from ..facts.numbers import hyphened_word

    return hyphened_word(ctx.text, _number_end(mention)) if mention.value.unit is None else None


def _counting_the_anchor(found: Any, ctx: Any) -> Any:
    """A figure read in no unit whose noun is the rule's anchor itself, right after it or past
    one function word, read in the rule's unit: "27 dead", "27 muertos", Tagalog "27 ang
    nasawi" (27, the dead) count the dead a rule about the dead counts in people."""
    mention, anchor, value, start, end = found
    if value is not None or not _whole(mention) or _may_be_a_year(mention) or anchor.start <= mention.start:
        return found
    number_end = _number_end(mention)
    between = ctx.text[number_end:anchor.start].split()
    function = function_words(ctx.language) or frozenset()
    if len(between) > 1 or any(fold(word) not in function for word in between) or (
            number_end < anchor.start and not ctx.text[number_end:number_end + 1].isspace()):
        return found
    from ..facts.numbers import canonical_unit, is_free_noun, unit_matches

    unit, synonyms = ctx.rule.options.unit, ctx.rule.options.units
    if not is_free_noun(canonical_unit(unit)):
        return found  # a measure counts no anchor: "Four strikes", "a two-day strike" are no hours
    word = ctx.text[anchor.start:anchor.end].split()[0]
    if any(unit_matches(word, candidate.split()[0]) for candidate in (unit, *synonyms) if candidate.split()):
        return found  # the anchor is the unit's word, which the unit's reading judged: "620 vigili urbani"
    if not _of_people(unit) and not _a_deed(word, ctx.language) and fold(word) != fold(anchor.phrase.split()[0]):
        # a thing the rule names in the singular, counted of its own in the plural: "340 Hochhäuser"
        # are no floors of a "Hochhaus" (the rule's own word counts: "չորսը դուրս", four out)
        return found
    noun = _noun_after_the_anchor(mention, anchor, ctx) if not between else None
    if noun is not None and not unit_matches(noun, unit, synonyms):
        return found  # the anchor describes a noun of its own: "300 evacuated homes" are no people
    said = _said_in_the_unit(mention, ctx.facts.sentence_at(mention.start), ctx)
    if said is not None and _a_sum_beside(mention, said):
        return found  # "Seven paintings worth 48 million stolen": a sum, not 48 million paintings
    return mention, anchor, dataclasses.replace(mention.value, unit=canonical_unit(unit)), start, max(end, anchor.end)


def _of_people(unit: str) -> bool:
    """Whether a rule counts people (``unit: person``), whom a word for their state counts
    ("27 dead", "27 muertos", "12 injured")."""
    from ..facts.numbers import canonical_unit, unit_matches

    return unit_matches(canonical_unit(unit), "person")


def _a_deed(word: str, language: str | None) -> bool:
    """Whether a word is a verb's past by its form, as written or folded: an anchor that counts
    what the rule counts whatever its unit ("412 evacuated" residents, "180 deployed"
    firefighters), a figure's verb, no noun ("27 Tote wurden geborgen")."""
    from ..text.tense import past_word

    return past_word(word.casefold(), language) or past_word(fold(word), language)


def _the_anchors_value(found: Any, ctx: Any) -> Any:
    """A figure read in no unit and with no noun, the first after the anchor in its clause and
    a few words from it, read in the rule's unit where that counts: the value the anchor's
    count came to ("The death toll has risen to 23", "the attack killed 23", "Zahl der Toten
    stieg auf 23")."""
    mention, anchor, value, start, _end = found
    if value is not None or not _whole(mention) or _may_be_a_year(mention) or mention.start < anchor.end:
        return found
    if _made_an_adjective(mention, ctx):
        return found  # the adjective of another noun: "sai 150-paikkaisesta parlamentista 81 paikkaa"
    from ..facts.numbers import canonical_unit, is_free_noun

    function = function_words(ctx.language) or frozenset()
    if mention.value.unit is not None and not (is_free_noun(mention.value.unit)
                                               and fold(mention.text.split()[-1]) in function):
        return found
    gap = ctx.text[anchor.end:mention.start]
    between = gap.split()
    if (len(between) > _VALUE_REACH or any(ch.isdigit() or ch in CLAUSE_BREAKS for ch in gap)
            # a verb between them, or none: "has risen to 23", "killed 23"; not a preposition
            # alone, a date's or a place's ("das Symposium am 9. März")
            or (between and all(fold(word) in function for word in between))):
        return found
    sentence = ctx.facts.sentence_at(mention.start)
    if any(anchor.end <= other.start and other.end <= mention.start for other in ctx.facts.numbers_within([sentence])):
        return found  # the first figure after it: "Rubati sette dipinti per 48 milioni" came to seven
    unit = ctx.rule.options.unit
    if not is_free_noun(canonical_unit(unit)):
        return found  # a measure's figure has its unit written: "the span is 120" tells no metres
    return mention, anchor, dataclasses.replace(mention.value, unit=canonical_unit(unit)), start, _number_end(mention)


_VALUE_REACH = 4  # words between a count's noun and the figure it came to ("has risen to")


def _noun_after_the_anchor(mention: Any, anchor: Any, ctx: Any) -> str | None:
    """The noun the anchor written right after a figure describes, where the figure would
    count it without the anchor: "300 evacuated homes" (300 homes); None where the anchor is
    the figure's noun itself ("27 dead on Tuesday", "27 Tote wurden geborgen")."""
    from ..facts.numbers import find_numbers, is_free_noun

    number = ctx.text[mention.start:_number_end(mention)]
    after = ctx.text[anchor.end:anchor.end + _NOUN_AFTER_REACH]
    if not after[:1].isspace():
        return None
    read = find_numbers(number + after, ctx.language)
    if not read or read[0].start != 0 or read[0].value.unit is None or not is_free_noun(read[0].value.unit):
        return None
    noun = read[0].text.split()[-1]
    if _a_deed(noun, ctx.language):
        return None  # a verb: "27 Tote wurden geborgen"
    if fold(noun) in (function_words(ctx.language) or ()):
        return None  # "27 muertos tras la tormenta"
    at = anchor.end + after.find(noun)
    if any(date.start <= at < date.end for date in ctx.facts.dates_within([ctx.facts.sentence_at(at)])):
        return None  # "27 killed yesterday"
    return noun


_NOUN_AFTER_REACH = 40  # letters read after the anchor for the noun it describes


def _elided_in_the_unit(read: list[Any], ctx: Any) -> list[Any]:
    """For a rule with a unit, a whole figure written without its noun after one in that
    unit in its sentence, read in that unit: the noun is left out as said once ("Four people
    were killed and 37 injured", "Четыре человека погибли и 37 получили ранения", "213 pupils
    fell ill, and 19 of them were taken to hospital", "Zginęło dziewięciu pacjentów, a 52 innych
    ewakuowano", and 52 others). A figure is without its noun when no word after it was read
    as one, or the word read is a verb in the past by its form, the rule's anchor, "of them"
    or "others"; one that counts a noun of its own ("and 37 houses") is not."""
    from ..facts.numbers import is_free_noun, of_them

    out = list(read)
    for k, (mention, anchor, value, start, end) in enumerate(read):
        if value is not None or not _whole(mention) or _may_be_a_year(mention):
            continue
        if _made_an_adjective(mention, ctx):
            continue  # a noun of its own, the adjective it makes: "in the 150-seat parliament"
        sentence = ctx.facts.sentence_at(mention.start)
        said = next((found[2] for found in reversed(read[:k]) if found[2] is not None and _whole(found[0])
                     and found[0].end <= mention.start and ctx.facts.sentence_at(found[0].start) == sentence), None)
        noun = mention.value.unit
        if said is None and not _a_year(mention) and (noun is None or is_free_noun(noun)):
            said = _said_in_the_unit(mention, sentence, ctx)  # "Seven people died, and four were injured"
        if said is None or _a_sum_beside(mention, said):
            continue
        if said.unit is not None and not is_free_noun(said.unit) and not any(ch.isdigit() for ch in mention.text):
            continue  # a measure's figure is written in digits: "1,850 metres long, and broke in two"
        if (noun is None or _a_verb_or_anchor(mention, anchor, ctx) or of_them(ctx.text, mention, ctx.language)
                or _others(mention.text.split()[-1], ctx.language)):
            out[k] = (mention, anchor, dataclasses.replace(mention.value, unit=said.unit), start,
                      _number_end(mention) if noun is not None else end)
    return out


def _a_sum_beside(mention: Any, said: Any) -> bool:
    """Whether ``mention`` is written with a word for its multiplier and is a thousand times
    the figure ``said`` or more: a sum of money the writer left the currency of, no more of
    that figure's noun ("Seven paintings worth 48 million stolen", "rubati sette dipinti per
    48 milioni"), where "Two million were displaced and three million affected" leave out
    the one noun."""
    value, other = mention.value.min, said.min
    return (value is not None and other is not None and other > 0 and value >= _SUM_RATIO * other
            and any(ch.isalpha() for ch in mention.text))


_SUM_RATIO = 1000


def _said_in_the_unit(mention: Any, sentence: Any, ctx: Any) -> Any:
    """The value, in the rule's unit, of a whole figure before ``mention`` in its sentence
    whose noun is that unit, which another rule may have read ("Seven people died, four
    others were injured": people, for a rule about the injured); None without one."""
    from ..facts.numbers import canonical_unit, unit_matches

    unit, synonyms = ctx.rule.options.unit, ctx.rule.options.units
    for other in reversed(ctx.facts.numbers_within([sentence])):
        if (other is not mention and other.end <= mention.start and _whole(other) and other.value.unit
                and unit_matches(other.value.unit, unit, synonyms, ctx.language)):
            return dataclasses.replace(other.value, unit=canonical_unit(unit))
    return None


_FOUR_DIGITS = regex.compile(r"(?<![\d.,])\d{4}(?![\d.,])")


def _may_be_a_year(mention: Any) -> bool:
    """Whether a figure is four digits of a year, with a case ending on them ("2023an"), a
    bound before them ("até 2026") or a word read as their noun maybe."""
    value = mention.value
    return bool(_FOUR_DIGITS.search(mention.text)) and (value.min in _YEARS or value.max in _YEARS)


def _others(word: str, language: str | None) -> bool:
    """Whether ``word`` is the language's "other" (:func:`~checker.text.another.another_words`),
    or its plural in -s, standing for the noun it leaves out ("62 others", "52 innych")."""
    others = another_words(language)[0]
    key = fold(word)
    return key in others or (key.endswith("s") and key[:-1] in others)


def _number_end(mention: Any) -> int:
    """Where a figure's number ends, before the word read as its noun ("37" of "37 injured",
    "At least 37" of "At least 37 injured")."""
    from ..facts.numbers import is_free_noun

    words = mention.text.split()
    if len(words) > 2 and mention.value.unit is not None and is_free_noun(mention.value.unit):
        return mention.start + len(mention.text[:mention.text.rstrip().rfind(words[-1])].rstrip())
    return mention.start + len(words[0])


def _a_verb_or_anchor(mention: Any, anchor: Any, ctx: Any) -> bool:
    """Whether the word read as a figure's noun is the rule's anchor ("37 injured"), a verb in
    the past by its form ("37 получили ранения", received injuries), a function word of
    the language, an auxiliary ("quattro sono rimaste ferite", four were left injured), or a
    word right before the anchor, its auxiliary ("ja 143 sai vigastada", and 143 were injured)."""
    from ..facts.numbers import is_free_noun, is_verb

    word = mention.text.split()[-1]
    if anchor.start <= mention.start + mention.text.rfind(word) < anchor.end:
        return True
    if (mention.end <= anchor.start and not ctx.text[mention.end:anchor.start].strip()
            and not verb_comes_last(ctx.language)
            and (len(word) <= _AUXILIARY_LETTERS or fold(word) in (function_words(ctx.language) or ())
                 or is_verb(ctx.language, word))):
        # an auxiliary before the anchor: "143 sai vigastada", "143 buvo sužeisti", "143 беа спасени"
        # (where the verb comes last, the object before it: "9 хоригдлыг баривчилсан"; and not a
        # noun of its own, "180 brandweerlieden en 45 voertuigen ter plaatse")
        return True
    if is_free_noun(mention.value.unit or "") and fold(word) in (function_words(ctx.language) or ()):
        return True
    return _a_deed(word, ctx.language)


_AUXILIARY_LETTERS = 4  # letters of the longest auxiliary read before an anchor outside the lists ("buvo")


def _whole_by_its_case(first: Any, second: Any, endings: tuple[str, ...], text: str) -> bool:
    """Whether ``first`` is a whole whose noun (or number word) ends in a case of
    :data:`~checker.facts.number_words.PARTITIVE_ENDINGS` and ``second``, right after it with
    no noun of its own, its part: "Altı vagondan dördü", "a hat kocsiból négy"."""
    from ..facts.numbers import is_free_noun

    if text[first.end:second.start].strip() or (second.value.unit is not None
                                                 and not is_free_noun(second.value.unit)):
        return False  # (a free word after the part is its verb: "neljä suistui")
    last = first.text.split()[-1].casefold()
    return last.endswith(endings) and len(last) > max(map(len, endings))


@lru_cache(maxsize=64)
def _partitive_heads(words: tuple[str, ...]) -> frozenset[str]:
    """The first folded word of each partitive (``"में से"``: ``mem``), which may be read as a figure's noun."""
    return frozenset(fold(word).split()[0] for word in words if word.strip())


def _other_nouns(first: Any, second: Any, partitives: frozenset[str]) -> bool:
    """Whether two figures count nouns of their own that differ: "19 people out of 1,050 cases"
    counts the dead and the cases, each whole of itself, no part of one noun (a word read as the
    noun that is the partitive word itself, "छह में", or shorter than a noun's stem, the particle
    of "7 نے", is none)."""
    from ..facts.numbers import is_free_noun

    nouns = [mention.counted if mention.value.unit is None
             else mention.value.unit if is_free_noun(mention.value.unit) else None for mention in (first, second)]
    words = [fold(noun).split() for noun in nouns if noun]
    if len(words) < 2 or not all(words) or any(w[0] in partitives or len(w[0]) < _SHORTEST_NOUN for w in words):
        return False
    return words[0][0][:_NOUN_STEM] != words[1][0][:_NOUN_STEM]


_NOUN_STEM = 4  # letters of a counted noun compared: "seats" and "seat", "mandat" and "mandaten" are one
_SHORTEST_NOUN = 3  # a word read as a figure's noun that is shorter is a particle ("7 نے"), no noun


@lru_cache(maxsize=64)
def _partitive_pattern(words: tuple[str, ...]) -> Any:
    """The text between a part and its whole: a partitive word, after a counter written on
    the first figure maybe ("6명 중 "), with white space around, and maybe one word in
    the genitive before the whole ("61 of parliament's 151 seats", "61 av parlamentets
    151 mandat")."""
    import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

    alternatives = "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))
    return regex.compile(rf"\p{{L}}{{0,2}}\s*(?:{alternatives})\s*(?:(?<=\s)[\p{{L}}\p{{M}}]+(?:['’]s?|s)\s+)?",
                         regex.IGNORECASE)


def _by_sentence(near: list[Any], ctx: Any, choose: Any) -> list[Any]:
    """The figures ``choose`` keeps of those near the anchors in each sentence, in text
    order; each of ``near`` begins with a mention and its anchor."""
    by_sentence: dict[Any, list[Any]] = {}
    for pair in near:
        by_sentence.setdefault(ctx.facts.sentence_at(pair[0].start), []).append(pair)
    kept = [pair for pairs in by_sentence.values() for pair in choose(pairs)]
    return sorted(kept, key=lambda pair: pair[0].start)


def _in_its_clause(mention: Any, anchor: Any, ctx: Any) -> bool:
    """Whether no clause break stands between a figure and the anchor
    (:meth:`~checker.facts.view.RuleContext.clause_breaks`)."""
    return ctx.clause_breaks(mention, anchor) == 0


def _a_count(mention: Any, ctx: Any) -> bool | None:
    """Whether a figure is bare, True: no unit and no noun after it ("magnitudo 5,1",
    "oltre 2.400,"), or only a function word of the source's language read as its noun
    ("6,8 che"); False when it counts a noun of its own ("312 morti", "410 نواب"); None
    for a figure in a unit the tables know ("81 minutes", "3 billion euros") and a year
    ("the 2024 budget"), which a rule without a unit does not prefer."""
    from ..facts.numbers import is_free_noun, may_be_year

    value = mention.value
    stated = value.min if value.min is not None else value.max
    if stated is not None and may_be_year(mention.text.strip(), stated):
        return None
    unit = value.unit
    if unit is None:
        return True
    if not is_free_noun(unit):
        return None
    function = function_words(ctx.language)
    return function is not None and fold(unit) in function


def _level_first(read: list[_Read], ctx: Any) -> list[_Read]:
    """Of the figures of a change in one sentence, the value it reached, where the sentence
    states it: "unemployment rose to 4.0% in May from 3.9%", "a baissé de 37 000, à 2,8
    millions", "stieg um 8.000 auf 2,81 Millionen" state 4.0% and 2.8 million of the rate
    and the jobless, not the value it started from nor the amount of the change; a rule
    whose anchor is the verb of the change ("baissé", "stieg") reads the amount, where the
    sentence states one. A value something is compared with is passed over beside another
    ("5,5 % du PIB en 2023, contre 4,8 % en 2022"). Each of ``read`` begins with a mention and its anchor (and may go
    on with the value read and where its statement starts and ends)."""
    from ..facts.numbers import (
        change_role,
        changes_before,
        is_change_verb,
        verb_between,
    )

    by_sentence: dict[Any, list[_Read]] = {}
    role_of: dict[int, str | None] = {}
    ordered = sorted(read, key=lambda found: found[0].start)
    for at, found in enumerate(ordered):  # and by the change they belong to: those with as many verbs of change before them
        sentence = ctx.facts.sentence_at(found[0].start)
        role = role_of[id(found)] = change_role(ctx.text, found[0], ctx.language)
        until = found[0].start
        if (role in ("from", "by") and at + 1 < len(ordered) and ordered[at + 1][0].start < sentence.end
                and (role == "from" or verb_between(ctx.text, found[0].end, ordered[at + 1][0].start, ctx.language))):
            # where it started, before the verb: "利率从1.7%降至1.5%"; the amount before a particle: "met 12.000 af tot"
            until = ordered[at + 1][0].start
        change = changes_before(ctx.text, sentence.start, until, ctx.language)
        by_sentence.setdefault((sentence.start, change), []).append(found)
    kept: list[_Read] = []
    for group in by_sentence.values():
        roles = [role_of[id(found)] for found in group]
        if "to" in roles and {"by", "from"} & set(roles):
            verb = any(is_change_verb(ctx.text[found[1].start:found[1].end], ctx.language) for found in group)
            wanted = {"by"} if verb and "by" in roles else {"to", None}
        elif "from" in roles and None in roles:
            wanted = {"by", None}  # "5,5 % du PIB en 2023, contre 4,8 % en 2022": what it is compared with
        else:
            kept.extend(group)
            continue
        kept.extend(found for found, role in zip(group, roles, strict=True) if role in wanted)
    return sorted(kept, key=lambda found: found[0].start)


def _past_long_before(near: list[Any], ctx: Any) -> list[Any]:
    """The figures but those of sentences that date what they tell a year or more before the
    publication (:meth:`~checker.facts.view.RuleContext.told_long_before`), where figures of
    sentences without a date are read too and the source reports a recent event
    (:meth:`~checker.facts.view.RuleContext.reports_recently`): in "Two trams collided on
    Tuesday morning. Local authorities said 37 passengers were injured. In March 2021, a tram
    derailed on the same line and 12 people were injured." the injured are 37."""
    old = {mention.start for mention, _ in near if ctx.told_long_before(ctx.facts.sentence_at(mention.start))}
    if not old or len(old) == len({mention.start for mention, _ in near}) or not ctx.reports_recently():
        return near
    return [(mention, anchor) for mention, anchor in near if mention.start not in old]


def _past_earlier(read: list[_Read], ctx: Any, rule: Rule) -> list[_Read]:
    """The figures but those said to be stated before, where others are read: "Кількість
    загиблих зросла до 139, раніше повідомлялося про 137 загиблих" and "Die Zahl der Toten ist
    auf 139 gestiegen. Zuvor war von 137 Toten die Rede." state 139 dead (but the deed a verb of
    planning plans, which is the rule's anchor: "expects to cut 3,200 jobs", nor where the
    anchor is the target itself: "với mục tiêu tiêm cho 450.000 trẻ"). So too those of a
    clause that names a year after the publication's (a forecast, a target: "could reach 20
    billion euros by 2032"), for a rule that names no year itself."""
    from ..facts.numbers import (
        names_an_aim,
        of_a_year_to_come,
        planned_deed,
        stated_earlier,
    )

    published = ctx.facts.article.published
    to_come = published is not None and not _years_named(rule)

    def aimed(found: _Read) -> bool:
        mention, anchor = found[0], found[1]
        return (stated_earlier(ctx.text, mention, ctx.language)
                and not (anchor.end <= mention.start and planned_deed(ctx.text, anchor.start, ctx.language))
                and not names_an_aim(ctx.text[anchor.start:anchor.end], ctx.language))

    later = [found for found in read if not aimed(found)
             and not (to_come and of_a_year_to_come(ctx.text, found[0], published.year))]
    return later or read


_YEAR = regex.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,]\d|\d)")


def _years_named(rule: Rule) -> frozenset[str]:
    """The years a rule's ``about`` names: "2023" in ``about: [economy grew, "2023"]``."""
    return frozenset(phrase.strip() for phrase in rule.about if _YEAR.fullmatch(phrase.strip()))


def _of_the_years(pairs: list[tuple[Any, Any]], years: frozenset[str], ctx: Any) -> list[tuple[Any, Any]]:
    """Of the figures of one sentence, those whose nearest year is one the rule names, where
    some are: "grew 0.1% in 2023 after expanding 4.3% in 2022", "ist 2023 um 0,3 Prozent
    geschrumpft, nachdem sie 2022 um 1,8 Prozent gewachsen war" state 0.1% and 0.3% for a
    rule about 2023, and the years are no figures of it; all of them where none is."""
    sentence = ctx.facts.sentence_at(pairs[0][0].start)
    written = [(m.start(), m.end(), m.group()) for m in _YEAR.finditer(ctx.text, sentence.start, sentence.end)]
    if len(written) < 2 or not years & {year for *_, year in written}:
        return pairs

    def nearest(mention: Any) -> str | None:
        others = [(max(start - mention.end, mention.start - end), year) for start, end, year in written
                  if end <= mention.start or mention.end <= start]
        return min(others)[1] if others else None

    kept = [pair for pair in pairs if not _YEAR.fullmatch(pair[0].text.strip()) and nearest(pair[0]) in years]
    return kept or pairs


_RANKED_NOUN = regex.compile(r"[^\s\d]{0,4}[\s\u00a0\u202f‐-]+")  # an ordinal's letters, then its noun


def _past_ranks(pairs: list[tuple[Any, Any]], ctx: Any) -> list[tuple[Any, Any]]:
    """The figures of one sentence but the anchor's rank, where another counts something:
    "une 5e motion de censure, qui n'a recueilli que 243 voix" states 243 for a rule about the
    motion ("the 13th meeting in a month" stays 13)."""
    others = [pair for pair in pairs if not pair[0].ordinal]
    counting = len(others) < len(pairs) and any(_a_count(mention, ctx) is not None for mention, _ in others)
    return others if counting else pairs


def _ranks(mention: Any, anchor: Any, text: str) -> bool:
    """Whether an ordinal ranks the anchor, the noun right after it, or right before it where
    the digits number it: "the 13th meeting" states 13 of the meetings, "en el minuto 87" 87
    of the minute, "for the 4th time" nothing of the polls; one with its own counter ranks
    that ("ストは2日目に入った", "파업은 2일째": the strike's second day)."""
    if mention.value.unit is not None:
        return False
    if anchor.end <= mention.start:
        return not text[anchor.end:mention.start].strip()
    return mention.end < anchor.start and _RANKED_NOUN.fullmatch(text, mention.end, anchor.start) is not None


def _of_a_verb_of_change(anchor: Any, ctx: Any) -> bool:
    from ..facts.numbers import is_change_verb

    return bool(is_change_verb(ctx.text[anchor.start:anchor.end], ctx.language))


def _of_another(mention: Any, anchor: Any, ctx: Any, counting: bool) -> bool:
    """Whether a figure describes a person or thing, which a rule without a unit does not
    read as a count: an age ("a 45-year-old man was arrested", "un homme de 45 ans a été
    interpellé"), or a figure written on a noun by a hyphen, that is not the anchor ("ein
    45-jähriger Mann wurde festgenommen"), or is the anchor of a rule that counts, with no
    unit in its expected value either ("eine 17-jährige Schülerin", "17-летняя школьница"
    state no number of pupils; "die 10-jährige Amtszeit" for a rule expecting "10 years"
    of the term stays its length)."""
    from ..facts.numbers import qualifies_with, written_on_a_noun

    if mention.age or qualifies_with(ctx.text, mention, anchor.phrase, ctx.language):
        return True
    noun = written_on_a_noun(ctx.text, mention)
    return noun is not None and (counting or not anchor.start <= noun < anchor.end)


# Units of a measure, which a rule that counts (no unit in it nor in its expected value)
# never reads: "temperatures hit 47.3°C", "a can of 800 grams", "3,200 hectares burned"
# state no number of the dead.
_MEASURES = frozenset({"gram", "kilogram", "tonne", "meter", "kilometer", "centimeter", "millimeter", "mile",
                       "hectare", "square kilometer", "liter", "milliliter", "kilometer per hour", "celsius",
                       "fahrenheit", "megawatt", "gigawatt"})
# Units of a quantity that is never a count: per cent, spans of time and measures.
_OTHER_QUANTITIES = frozenset({"percent", "percentage point", "second", "minute", "hour", "day", "week", "month",
                               "year"}) | _MEASURES


def _counts_where_stated(read: list[_Read], ctx: Any) -> list[_Read]:
    """For a rule that counts (no unit, none in its expected value), the figures that count
    its anchor (:func:`_counts`, :func:`_counts_the_subject`), where a source states one: a
    figure in per cent or a span of time is then another quantity ("37 deaths … a death rate
    of about 3%", "37 people marched for 3 hours", "children under 15 years"), not a second
    value of the count. An amount of money stays (a rule may give one without its unit), unless
    a figure that is no money counts the anchor ("9 miners were killed … $19,000 to the family of
    each miner killed")."""
    from ..facts.number_words import MONEY

    def other(found: _Read) -> bool:
        return found[0].value.unit in _OTHER_QUANTITIES

    counts = [found for found in read if not other(found)
              and (_counts(found[0], found[1], ctx.text, ctx.language) or _counts_the_subject(found[0], found[1], ctx))]
    if not counts:
        return read
    money = not all(found[0].value.unit in MONEY for found in counts)
    return [found for found in read if not other(found) and not (money and found[0].value.unit in MONEY)]


def _a_larger_figure(mention: Any, near: list[Any]) -> bool:
    """Whether another figure read near the anchors is larger than ``mention``: the whole that a
    figure "of them" is part of ("11 injured … two of them"; not "sent 200,000 of them", the masks)."""
    value = mention.value.min
    return value is not None and any(other is not mention and other.value.min is not None and other.value.min > value
                                     for other, _ in near)


def _its_unit(mention: Any, anchor: Any) -> bool:
    """Whether ``anchor`` is the unit ``mention`` is stated in ("38,400 hectares" for a rule
    about "hectares"): the rule is about the measure, which it reads as a count of it."""
    return mention.value.unit in _MEASURES and mention.start < anchor.start <= mention.end + 1


_RATE_RATIO = 100  # how many times a total is at least the amount for each that is no reading of it


def _far_below(mention: Any, rule: Rule) -> bool:
    """Whether a figure is a hundredth of the rule's expected value or less: an amount for each
    of something so far below it ("1,000 ringgit per household" beside a total of 5 million) is
    the rate, no reading of the total; a rate near it ("$80 a barrel") may be the rule's."""
    expected, value = rule.expected, mention.value
    stated = value.max if value.max is not None else value.min
    return (expected is not None and expected.min is not None and stated is not None and stated > 0
            and expected.min >= _RATE_RATIO * stated)


def _a_share_for_a_count(mention: Any, rule: Rule) -> bool:
    """Whether a figure in per cent stands where a rule expects a count of more than a
    hundred, which no share is: "job cuts affecting about 7% of its workforce" states no
    7 cuts for a rule expecting 4,500."""
    expected = rule.expected
    return (mention.value.unit in ("percent", "percentage point") and expected is not None
            and expected.min is not None and expected.min > 100)


_TWO_YEARS = regex.compile(r"(?<!\d)(\d{4})\D+?(\d{4})(?!\d)")


def _a_span_of_years(mention: Any, text: str, language: str | None) -> bool:
    """Whether a range is one of years, with no noun after it ("the strike, which lasted from
    2010-2018, was the longest"), where a rule counts something else; not "1500-2000 workers"
    nor "2010–2018 strikes", where the word after the range is what it counts."""
    from ..facts.numbers import may_be_year, words_after

    years = _TWO_YEARS.search(mention.text)
    if years is None or not all(may_be_year(year, float(year)) for year in years.groups()) \
            or not 0 < int(years[2]) - int(years[1]) <= 100:
        return False
    after = words_after(text, mention.end)
    return not after or after[0] in (function_words(language) or ())


_SUFFIXED = regex.compile(r"(\d{4})[-'’](\p{L}+)")


def _a_year_for_a_count(mention: Any, rule: Rule, language: str | None, text: str = "") -> bool:
    """Whether a figure is a year where a rule expects a count that is none: plain digits
    from 1000 to 2100 with no noun after them but a word for "year" ("start w 2027 roku",
    "naplánována na jaro 2027", "2027年"), or after a word for "in the year" (Hausa "a shekarar
    2025 cutar ta kashe", :data:`~checker.facts.date_words.YEAR_BEFORE`) state no 2,027 leaders
    for a rule expecting 11. A rule whose expected value may itself be a year ("1500 dead")
    still reads them."""
    from ..facts.date_words import YEAR_AFTER, YEAR_BEFORE, YEAR_SUFFIXES
    from ..facts.numbers import may_be_year
    from ..text.cldr import year_words

    value = mention.value
    expected = rule.expected
    if value.unit is not None or value.min is None or expected is None \
            or any(bound is not None and 1000 <= bound <= 2100 for bound in (expected.min, expected.max)):
        return False
    if value.min != value.max:
        return _a_span_of_years(mention, text, language)
    base = primary_language(language)
    # the figure without an ending written on it after an apostrophe or a hyphen: "2016'da",
    # "2016-cı ildə" (in 2016)
    written, suffix = (suffixed[1], suffixed[2]) if (suffixed := _SUFFIXED.fullmatch(mention.text.strip())) \
        else (mention.text.strip(), None)
    if not may_be_year(written, value.min):
        return False
    if suffix is not None and suffix.casefold() in YEAR_SUFFIXES.get(base, ()):
        return True
    counted = mention.counted
    if counted is None:
        return True
    before = text[max(0, mention.start - 16):mention.start].casefold().split()
    if before and before[-1] in YEAR_BEFORE.get(base, ()):
        return True
    word = counted.casefold()
    # or only a function word after it ("In 2023 the disease killed"), or a word that makes it
    # a year ("২০২৩ সালে", in 2023)
    key = fold(word)
    return (word in year_words(base) or key in map(fold, year_words(base)) or key in (function_words(language) or ())
            or any(key.startswith(fold(after).lstrip("-")) for after in YEAR_AFTER.get(base, ())))


def _past_bare_decimals(pairs: list[tuple[Any, Any]], text: str) -> list[tuple[Any, Any]]:
    """The figures but those with decimals and nothing after them, or only a noun, which a
    figure with decimals does not count, where another counts a noun: "землетрус магнітудою
    6,2 забрав життя 12 людей", "6.4 तीव्रता के भूकंप में 12 लोगों की मौत", "マグニチュード6.4の地震で
    12人が死亡" state 12 for a rule about the dead, not the magnitude; [] where no figure counts
    a noun or none is such. A decimal right after the anchor is its value: "più di 180
    repliche, la più forte di magnitudo 5,1" states 5.1 for a rule about the magnitude."""
    from ..facts.numbers import GAP_CHARS, is_free_noun

    kept = [pair for pair in pairs if (pair[0].value.unit is not None and not is_free_noun(pair[0].value.unit))
            or not _with_decimals(pair[0])
            or (pair[1].end <= pair[0].start and not text[pair[1].end:pair[0].start].strip(GAP_CHARS))]
    counting = any(_whole(mention) and ((mention.value.unit is not None and is_free_noun(mention.value.unit))
                                        or (mention.value.unit is None and mention.counted is not None))
                   for mention, _ in pairs)  # "12 людей", and a counter written on the figure, "12人が"
    return kept if counting and len(kept) < len(pairs) else []


def _with_decimals(mention: Any) -> bool:
    """Whether a figure is written with decimals: "6,2", "6.4 तीव्रता" (not "15–25 persone")."""
    return any(bound is not None and not float(bound).is_integer() for bound in (mention.value.min, mention.value.max))


def _its_length(mention: Any, anchor: Any, ctx: Any) -> bool:
    from ..facts.numbers import describes

    return describes(ctx.text, mention, anchor.start, anchor.end, ctx.language)


_BETWEEN_SUBJECT_AND_VERB = 2  # words between a counted noun and the anchor: "23 people were killed"


def _whole(mention: Any) -> bool:
    """A whole number or a bound of one, and no year: what a count is. A figure with a
    counter written on it counts, whatever its digits ("주민 1200명이", "住民1200人が"): a
    year takes its own (年, 년), and is read as a date."""
    from ..facts.numbers import may_be_year

    value = mention.value
    stated = value.min if value.min is not None else value.max
    return not (stated is None or (value.max is not None and value.max != stated) or not float(stated).is_integer()
                or (may_be_year(mention.text.strip(), stated) and not _counter_written_on(mention)))


_COUNTER_SCRIPTS = regex.compile(rf"[{UNSPACED}\p{{Hangul}}]")  # the number reader's glued nouns


def _counter_written_on(mention: Any) -> bool:
    """Whether the noun a figure counts is a counter of the scripts that write it on the
    figure, as the number reader reads them (Chinese, Japanese, Korean, Thai): "명이",
    "人が", "名居民"."""
    counted = mention.counted
    return bool(counted) and _COUNTER_SCRIPTS.match(counted) is not None and counted[0] not in "年년"


def _part_of_the_anchor(mention: Any, anchor: Any, ctx: Any) -> bool:
    """Whether a figure is a part of what the anchor names, a partitive word between them
    (:data:`~checker.facts.number_words.PARTITIVES`): "Nine of the injured", "Nio av de
    skadade", "Neun der Verletzten", "9 dei feriti" count some of the injured, not them."""
    from ..facts.number_words import PARTITIVES
    from ..facts.numbers import is_free_noun

    words = PARTITIVES.get(primary_language(ctx.language))
    if not words or anchor.start < mention.end:
        return False
    unit = mention.value.unit
    start = mention.end
    if unit is not None:  # the partitive read as the figure's noun: "9 dei"
        if not is_free_noun(unit) or fold(unit) not in {fold(word.split()[0]) for word in words}:
            return False
        start = mention.end - len(mention.text.rstrip().split()[-1])
    return bool(_partitive_pattern(words).fullmatch(ctx.text, start, anchor.start))


def _counts_the_subject(mention: Any, anchor: Any, ctx: Any) -> bool:
    """Whether a figure with the noun it counts stands before the anchor as its subject,
    a word or two apart at most and with no punctuation nor "and" between: "23 people were
    killed", "23 personas murieron", "poginulo je" after "23 ljudi" (not "143 ราย และสูญหาย",
    143 dead and missing: Thai writes no space between its words)."""
    from ..facts.numbers import is_free_noun

    unit = mention.value.unit
    if not _whole(mention) or (mention.counted is None if unit is None else not is_free_noun(unit)):
        return False  # a noun of its own, or a counter written on it ("3명이 숨지고")
    between = ctx.text[mention.end:anchor.start] if mention.end <= anchor.start else None
    return (between is not None and all(word.isalpha() for word in between.split())
            and len(between.split()) <= _BETWEEN_SUBJECT_AND_VERB and ctx.clause_breaks(mention, anchor) == 0)


def _counts(mention: Any, anchor: Any, text: str, language: str | None = None) -> bool:
    """Whether a figure counts the anchor next to it: a whole number (not a year), or a
    bound of one ("more than 50,000", "up to 300"), whose counted noun is the anchor ("81
    votes") or after the anchor ("killed 23", "killed more than 50,000 people", "watu
    1,500", "votes: 81"). A figure that describes the anchor counts nothing: "a 14-hour
    debate", "a 6.2 earthquake", "the 2024 budget", nor does a measure ("罐800克装", cans of
    800 grams)."""
    from ..facts.numbers import GAP_CHARS, attributive_noun

    if not _whole(mention) or mention.value.unit in _OTHER_QUANTITIES:
        return False  # nor does a measure count it: "罐800克装" (cans of 800 grams)
    if mention.start <= anchor.start < mention.end:
        return mention.start < anchor.start  # the counted noun, after the figure
    if mention.counted is not None and anchor.start == mention.end:
        return True  # the counter written on the figure: "18.46万罐" (184,600 cans)
    noun = attributive_noun(mention, language)
    if noun is not None and noun <= anchor.start and not text[noun:anchor.start].strip():
        return True  # "9명의 사망자", "9人の死者": the noun after the counter's particle
    # right after the anchor, or its noun that comes first is: "liliua watu 23" (killed 23 people)
    start = mention.start if mention.counted_start is None else min(mention.start, mention.counted_start)
    return anchor.end <= start and not text[anchor.end:start].strip(GAP_CHARS + ":")


@hookimpl
def factcheck_register_rule_types(register):  # type: ignore[no-untyped-def]
    register(NumberRuleType())
