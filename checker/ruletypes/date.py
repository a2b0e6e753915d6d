"""``check: date`` — sources agree on when something happened.

``expect`` is a date (``2023-09-13``), a partial date (``--09-13``, ``2023-09``) or
``{from, to}``. Dates are read by the shared extractor in each source's own language
(month names from CLDR, numeric forms in the locale's order, weekdays and words like
"yesterday" resolved against the published date) and only count within the window of
an ``about`` anchor. Partial values agree when they could name the same day.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from .. import hookimpl
from ..model import Finding, Rule, Verdict
from ..text.cldr import and_words
from ..text.function_words import function_words
from ..text.normalise import primary_language, written_unspaced
from ..text.sentences import CLAUSE_MARK, Span
from .base import RuleType


class DateRuleType(RuleType):
    name = "date"
    description = "sources agree on a date (any language's forms, weekdays and relative days resolved)"
    value_kind = "date"
    requires_about = True

    @dataclasses.dataclass
    class Options:
        pass

    def parse_expected(self, rule: Rule, raw: Any) -> Any:
        from ..facts.dates import parse_expected_date

        return parse_expected_date(raw)

    def check(self, rule: Rule, ctx: Any) -> list[Finding]:
        from ..facts.dates import quoted_day_word, reported_on

        read = []
        published = ctx.facts.article.published
        past = published is not None and _day_before(rule.expected, published)
        found = ctx.facts.dates_within(ctx.windows())
        if _of_a_year(rule.expected):  # "The cable car opened in 1978": a year alone, for a rule about a year
            found = sorted([*found, *ctx.facts.years_within(ctx.windows())], key=lambda mention: mention.start)
            found = [mention for mention in found if _a_year_written(mention, rule.expected, published)]
        near = _past_said(_shift_or_its_base(ctx.near_anchors(found), ctx), ctx)
        near = _past_what_was_said(near, ctx)
        near = [(mention, anchor) for mention, anchor in near if not _before_a_but(mention, anchor, ctx)]
        for mention, anchor in _past_since(_past_earlier(near, ctx), ctx):
            said = reported_on(ctx.text, mention.start, mention.end, ctx.language,
                               (ctx.facts.starts, ctx.facts.ends, ctx.facts.keys))
            if (said is not None and not any(a.start < said[1] and said[0] < a.end for a in ctx.anchors())
                    and not said[1] <= anchor.start < anchor.end <= mention.start
                    and not ctx.participle_between(mention, anchor)):  # "kinnitas … 12. oktoobril toimunud valimiste"
                # "the ministry said on Tuesday": when it was said, unless that verb is an anchor of the
                # rule, or what was said is ("Halden announced his resignation on Sunday")
                continue
            if ctx.denied(anchor):
                continue  # "did not request international aid on Monday": no request that day
            if _in_anothers_relative_clause(mention, anchor, ctx):
                continue  # "the search for 11 sailors who have been missing since … on Sunday"
            if not _of_the_reference(mention, anchor, ctx):
                # "Flights resumed on Tuesday after the eruption": Tuesday is the flights', unless
                # another anchor of the rule tells the event in the sentence ("The rocket exploded
                # 71 seconds after liftoff, last Thursday": a rule about both dates the explosion)
                other = _unreferenced_beside(anchor, ctx)
                if other is None:
                    continue
                anchor = other
            if past and _still_to_come(mention, published, ctx):
                continue  # "Kurul bir sonraki toplantısını 23 Temmuz'da yapacak": the next meeting, not the past one
            if quoted_day_word(ctx.text, mention, ctx.language):
                continue  # "'Today Turkey landed on the Moon,' Aktas said on Thursday": said when?
            if _today_in_the_conditional(mention, published, ctx):
                continue  # "Sans cette évacuation, nous parlerions aujourd'hui de dizaines de morts"
            read.append((mention, anchor))
        return [Finding(value=mention.value,
                        evidence=ctx.evidence(mention.start, mention.end, anchor.score, str(mention.value)))
                for mention, anchor in _own_clause_first(read, ctx)]

    def judge(self, rule: Rule, value: Any) -> Verdict:
        return "agrees" if rule.expected.compatible(value) else "contradicts"

    def compatible(self, rule: Rule, a: Any, b: Any) -> bool:
        return a.compatible(b)


def _of_the_reference(mention: Any, anchor: Any, ctx: Any) -> bool:
    """Whether ``mention`` may date ``anchor`` when the anchor is the time something else is
    told against (:meth:`~checker.facts.view.RuleContext.referenced`): after
    "after the eruption", in its clause ("fled after the eruption on Sunday", "baada ya mvua
    kubwa kunyesha Jumatano"); before "噴火後", "patlamadan sonra" ("日曜日の噴火後"). A date
    on the other side is the other thing's ("resumed on Tuesday after the eruption",
    "Après l'éruption, mardi, …", "噴火前の21日夜")."""
    referenced = ctx.referenced(anchor)
    if referenced is None:
        return True
    if referenced == "after":
        return mention.end <= anchor.start
    return mention.start >= anchor.end and ctx.clause_breaks(anchor, mention, words=False) == 0


def _unreferenced_beside(anchor: Any, ctx: Any) -> Any:
    """Another anchor of the rule in ``anchor``'s sentence that is no time something else is
    told against (:meth:`~checker.facts.view.RuleContext.referenced`), or None."""
    sentence = ctx.facts.sentence_at(anchor.start)
    return next((other for other in ctx.anchors() if other is not anchor
                 and ctx.facts.sentence_at(other.start) == sentence and ctx.referenced(other) is None), None)


def _past_earlier(near: list[Any], ctx: Any) -> list[Any]:
    """The dates but those told as earlier than the event the source tells of, where others
    are read: in "The Security Council adopted the resolution on Friday. Earlier, on 18
    October, the United States vetoed a Brazilian draft resolution." the resolution's date
    is Friday (:data:`~checker.facts.number_words.EARLIER`, the words figures are read by)."""
    if len(near) < 2:
        return near
    from ..facts.numbers import earlier_before

    later = [(mention, anchor) for mention, anchor in near
             if not earlier_before(ctx.text, mention.start, ctx.language, ctx.facts.sentence_at(mention.start).start)]
    return later or near


def _shift_or_its_base(near: list[Any], ctx: Any) -> list[Any]:
    """Of a day shift and the date it is told from, the one nearer the anchor: "The
    leaders met on 12 September, and the next day they signed a declaration" dates the
    signing the 13th and the meeting the 12th; a sentence holding both tells two events.
    The shift is left out only for a base in fewer clauses from the anchor: in "Police
    said on Wednesday they had arrested the captain a day before" Wednesday is nearer
    "arrested" but is the saying's."""
    if len(near) < 2:
        return near
    from ..facts.dates import is_day_shift
    from ..facts.view import distance

    dropped: set[int] = set()
    for i, (mention, anchor) in enumerate(near):
        if not is_day_shift(mention, ctx.language):
            continue
        sentence = ctx.facts.sentence_at(mention.start)
        bases = [j for j, (other, _) in enumerate(near) if j != i and not is_day_shift(other, ctx.language)
                 and ctx.facts.sentence_at(other.start) == sentence]
        if not bases:
            continue
        base = min(bases, key=lambda j: distance(near[j][0], mention))
        own = ctx.clause_breaks(mention, anchor), distance(mention, anchor)
        other = ctx.clause_breaks(near[base][0], anchor), distance(near[base][0], anchor)
        if own < other:
            dropped.add(base)
        elif other[0] < own[0]:  # the base nearer only by characters may be a saying's date
            dropped.add(i)
    return [pair for i, pair in enumerate(near) if i not in dropped]


def _in_anothers_relative_clause(mention: Any, anchor: Any, ctx: Any) -> bool:
    """Whether ``mention`` stands after ``anchor`` in a clause a relative pronoun opens past
    another noun than the anchor ("called off the search for 11 sailors who have been missing
    since the ships crashed on Sunday"; not "the summit, which opened on Monday")."""
    if mention.start < anchor.end:
        return False
    from ..facts.view import relative_pronouns

    pronouns = relative_pronouns(primary_language(ctx.language) or "")
    if not pronouns:
        return False
    facts = ctx.facts
    last, first = facts.token_index(anchor.end - 1), facts.token_index(mention.start)
    # the pronoun right after the anchor, past its article, is the anchor's: "η απεργία, η
    # οποία ξεκίνησε την Τετάρτη" (the strike, which began on Wednesday), "la grève, laquelle"
    own = last + 1
    function = function_words(ctx.language) or frozenset()
    while own + 1 < first and facts.keys[own] in function and facts.keys[own] not in pronouns:
        own += 1
    # and the clause goes on to the date: "Tate Modern, which closes every Monday for
    # maintenance, reopened … on Tuesday" dates the reopening past its comma
    return any(facts.keys[t] in pronouns and not CLAUSE_MARK.search(ctx.text, facts.ends[t], mention.start)
               for t in range(max(last + 2, own + 1), first))


def _past_said(near: list[Any], ctx: Any) -> list[Any]:
    """The dates but those a verb of saying parts from their anchor, where the anchor has a
    date on its own side of the verb: in "On Sunday, the airline announced it would ground
    the jets from Monday" the grounding is Monday's, Sunday the announcement's (alone,
    Sunday is read: "On Sunday, police said the gunman opened fire")."""
    if len(near) < 2:
        return near
    from ..facts.dates import reporting_verbs

    verbs = reporting_verbs(primary_language(ctx.language) or "")
    if not verbs:
        return near
    facts = ctx.facts

    def saying_between(start: int, end: int) -> int | None:
        return next((facts.ends[t] for t in facts.tokens_in(Span(start, end)) if facts.keys[t] in verbs), None)

    kept = []
    for mention, anchor in near:
        said = saying_between(mention.end, anchor.start) if mention.end <= anchor.start else None
        if said is not None and any(other is not mention and said <= other.start and same.start == anchor.start
                                    for other, same in near):
            continue
        kept.append((mention, anchor))
    return kept


def _before_a_but(mention: Any, anchor: Any, ctx: Any) -> bool:
    """Whether a date stands in a clause before the anchor's that "but" opens after a comma:
    "The charity said it alerted the authorities on Monday evening, but the minister denied
    any delay in the rescue" dates the alert, not the rescue."""
    if mention.end > anchor.start:
        return False
    from ..text.negation import but_words

    words = but_words(ctx.language)
    facts = ctx.facts
    return bool(words) and any(
        facts.keys[t] in words and ctx.text[facts.ends[t - 1]:facts.starts[t]].strip() in (",", "،", "，")
        for t in facts.tokens_in(Span(mention.end, anchor.start)) if t > 0)


_SAID_AROUND = 3  # words at most around a verb of saying that closes its sentence: its subject, before
#                   or after it ("…, prosecutors announced.", "…, a annoncé le parquet."), and no object
_SAID_CLAUSE = 4  # words more than which before the comma make a clause, not an adverbial ("On Monday, police said")


def _past_what_was_said(near: list[Any], ctx: Any) -> list[Any]:
    """The dates but those of what a verb of saying that is the anchor reports, which date
    what was said, not the saying: the clause before "…, prosecutors announced." at the end of
    its sentence ("The arrests were made in raids on Monday, prosecutors announced"; not the
    adverbial "On Monday, police announced …"). Alone, such a saying has no date of its own."""
    from ..facts.dates import reporting_verbs

    verbs = reporting_verbs(primary_language(ctx.language) or "")
    if not verbs:
        return near
    facts = ctx.facts
    kept = []
    for mention, anchor in near:
        if mention.end <= anchor.start and any(facts.keys[t] in verbs for t in facts.tokens_in(Span(anchor.start, anchor.end))):
            sentence = facts.sentence_at(anchor.start)
            comma = ctx.text.rfind(",", mention.end, anchor.start)
            around = (len(facts.tokens_in(Span(comma + 1, anchor.start))) + len(facts.tokens_in(Span(anchor.end, sentence.end)))
                      if comma >= 0 else 0)
            before = facts.tokens_in(Span(sentence.start, comma)) if comma >= 0 else range(0)
            if (comma >= 0 and around <= _SAID_AROUND and len(before) > _SAID_CLAUSE
                    and not CLAUSE_MARK.search(ctx.text, comma + 1, anchor.start)
                    and not CLAUSE_MARK.search(ctx.text, anchor.end, sentence.end)):
                continue
        kept.append((mention, anchor))
    return kept


def _own_clause_first(near: list[Any], ctx: Any) -> list[Any]:
    """The dates but those an anchor with a date in its own clause finds past a clause break
    in its sentence, where a word of another clause's own stands between the two dates: in
    "The strait was closed on Monday and reopened on Tuesday" the reopening is Tuesday's,
    Monday the closing's (alone, Monday is read: "On Monday, the strait reopened"; and a list
    of dates stays one, "reopened on 13 and 14 October"). The same day named again stays."""
    if len(near) < 2:
        return near
    from ..facts.numbers import calendar_word

    facts = ctx.facts
    function = function_words(ctx.language) or frozenset()
    ands = and_words(ctx.language or "")

    def linking(t: int) -> bool:  # "and", "on", the clitic "וב", a weekday: "14 and Friday 15 September"
        key = facts.keys[t]
        return (ctx.text[facts.starts[t]:facts.ends[t]].casefold() in ands or len(key) <= _CLITIC
                or (key in function and len(key) <= _LINKING) or calendar_word(ctx.language or "", key))

    def apart(a: Any, b: Any) -> bool:  # a word of its own past "and": "and reopened on"
        low, high = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        gap = ctx.text[low:high]
        if written_unspaced(gap):
            # a letter is a token where words take no spaces: a verb of two letters or more
            # between the dates ("10日闭馆，11日", "10日は休館し、11日に"), not "と", "和"
            return sum(ch.isalpha() for ch in gap) >= _UNSPACED_WORD
        return not all(linking(t) for t in facts.tokens_in(Span(low, high)))

    kept = []
    for mention, anchor in near:
        if ctx.clause_breaks(mention, anchor) > 0:
            sentence = facts.sentence_at(mention.start)
            own = [other for other, same in near if other is not mention and same.start == anchor.start
                   and facts.sentence_at(other.start) == sentence and ctx.clause_breaks(other, anchor) == 0]
            if own and all(apart(other, mention) and not other.value.compatible(mention.value) for other in own):
                continue
        kept.append((mention, anchor))
    return kept


_LINKING = 3  # letters of the longest function word read as linking two dates ("on", "am", "el")
_UNSPACED_WORD = 2  # letters of a word of its own between two dates, where a letter is a token
_CLITIC = 2  # letters of the longest word read as linking two dates whatever it is


def _past_since(near: list[Any], ctx: Any) -> list[Any]:
    """The dates but those after a word for "since", where others are read: "announced on
    Monday 1,240 cases since 2 November" dates the announcement Monday; the day a count or
    a state began is its start, not the event (alone, it is read: "on strike since Monday")."""
    if len(near) < 2:
        return near
    from ..facts.dates import since_named

    later = [(mention, anchor) for mention, anchor in near
             if not since_named(ctx.text, mention.start, mention.end, ctx.language, starting=True)]
    return later or near


def _of_a_year(expected: Any) -> bool:
    """Whether a rule's expected date is a year alone (``expect: 1978``)."""
    from ..facts.dates import DateValue

    return isinstance(expected, DateValue) and expected.year is not None and expected.month is None \
        and expected.day is None


def _a_year_written(mention: Any, expected: Any, published: Any) -> bool:
    """Whether a date tells a rule about a year its year: written in figures, not a weekday's
    or a day's the publication dates ("On Wednesday the minister promised to build a new
    bridge" says nothing of the year the old one was built), and, for a year before the
    publication's, not one after it ("A new bridge will be built in 2026": another)."""
    if mention.relative or not _YEAR_FIGURES.search(mention.text):
        return False
    year = mention.value.year
    return not (published is not None and year is not None and expected.year < published.year < year)


_YEAR_FIGURES = re.compile(r"\d{4}")


def _day_before(expected: Any, published: Any) -> bool:
    """Whether a rule's expected date is a day before the source's publication."""
    from ..facts.dates import DateValue

    return isinstance(expected, DateValue) and expected.iso is not None and expected.iso < published.isoformat()


def _still_to_come(mention: Any, published: Any, ctx: Any) -> bool:
    """Whether a date the source states lies after the day before its publication, in a
    clause of what is to come: of an event a source written after the rule's could not
    tell in the future, so another one ("the board will hold its next meeting on 23 July";
    published on a Thursday, "В четверг он встретится с диаспорой", he meets the diaspora
    today). A later date stated in the past is still read: a wrong year is a contradiction."""
    from ..text.tense import is_future

    value = mention.value
    if value.iso is None or value.iso < published.isoformat():
        return False
    sentence = ctx.facts.sentence_at(mention.start)  # tense is read within the sentence, as the dates were
    text = ctx.text[sentence.start:sentence.end]
    return is_future(text, mention.start - sentence.start, mention.end - sentence.start, ctx.language)


def _today_in_the_conditional(mention: Any, published: Any, ctx: Any) -> bool:
    """Whether a source's "today" stands in a clause in the conditional, of what would be
    (:func:`~checker.text.tense.is_conditional`): "Without the evacuation, we would be
    counting dozens of dead today", "nous parlerions aujourd'hui", "würden wir heute" date
    nothing that happened."""
    from ..text.tense import is_conditional

    if not mention.relative or published is None or mention.value.iso != published.isoformat():
        return False
    sentence = ctx.facts.sentence_at(mention.start)
    text = ctx.text[sentence.start:sentence.end]
    return is_conditional(text, mention.start - sentence.start, mention.end - sentence.start, ctx.language)


@hookimpl
def factcheck_register_rule_types(register):  # type: ignore[no-untyped-def]
    register(DateRuleType())
