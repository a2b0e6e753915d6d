"""What a rule type sees of one article: :class:`RuleContext`.

It answers the questions every rule type asks: where are my anchors, which values lie
within my window of them, and is a value nearer to another rule's anchor (then it
belongs to that rule: one sentence can state two facts for two rules).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise
from typing import Any, Protocol, TypeVar

from ..model import Article, Evidence, Rule
from ..text.another import (
    another_words,
    condition_phrases,
    holder_words,
    next_words,
    previous_words,
    reference_words,
    severity_words,
)
from ..text.cldr import and_words, unspaced_and_words
from ..text.function_words import before_nouns, determiners, function_words
from ..text.fuzzy import PhraseIndex
from ..text.negation import negation_cues
from ..text.normalise import fold, fold_phrase, primary_language
from ..text.sentences import (
    CLAUSE_BREAKS,
    CLAUSE_ENDINGS,
    CLAUSE_MARK,
    CONTRAST_WORDS,
    Span,
    ends_a_clause,
)
from ..text.tense import verb_comes_last
from .article import ArticleFacts
from .date_words import (
    BACK_THEN,
    BUDDHIST_ERA,
    LAST_YEAR,
    RELATIVE_PRONOUNS,
    RELATIVE_YEARS,
    SECOND_PLACE_CLITICS,
    SOLAR_HIJRI_YEARS,
    YEAR_FIGURES,
    YEARS_AGO,
)

# A clause mark; a comma between digits is a decimal one
# A date this long before the publication tells of an earlier event
# (:meth:`RuleContext._dated_long_before`); a year is written in four figures.
LONG_BEFORE = dt.timedelta(days=365)
_OLD, _RECENT = "old", "recent"
_UNKNOWN = object()
_YEAR = re.compile(YEAR_FIGURES)
def _common_year(year: int, language: str) -> int:
    """A year of the common era, from one written in ``language``'s own era (:data:`BUDDHIST_ERA`,
    :data:`SOLAR_HIJRI_YEARS`)."""
    ahead = BUDDHIST_ERA.get(language, 0)
    if ahead and year >= 2400:
        return year - ahead
    first, last, behind = SOLAR_HIJRI_YEARS.get(language, (0, -1, 0))
    return year + behind if first <= year <= last else year
DENIED_REACH = 3  # words before an anchor where a negation denies it
# Words that add an item to a list as "and" does, beside CLDR's: "$50,000 in prize money plus a
# $20,000 bonus" (not French "plus", more)
_PLUS = {"en": frozenset({"plus"})}
_LAST_YEAR_FROM = 6  # months of the publication's year after which the year before is a year back
REFERENCE_REACH = 3  # tokens from a time anchor to its "after", "before", "since", function words between
CLAUSE_REFERENCE_REACH = 8  # words of a clause between "N days after" and the anchor it is told against
_UNSPACED_CONTRAST = frozenset({"th", "km"})  # languages whose contrast words are found in the text itself
# Languages that write no space between words and one between clauses: a space between two
# of their letters parts clauses (not one beside a figure: "มีผู้เสียชีวิต 143 ราย").
_SPACE_PARTS = {"th": re.compile(r"(?<=[\u0e01-\u0e4e]) +(?=[\u0e01-\u0e4e])"),
                "lo": re.compile(r"(?<=[\u0e81-\u0ecd]) +(?=[\u0e81-\u0ecd])")}
# The endings that join a clause to the next on its verb in a script without spaces, found in
# the text itself (its words are no tokens): Burmese "-ပြီး", "-၍" (and then), "-သော်လည်း"
# (though), "ခရီးသည် ၂၁၂ ဦး ပါရှိခဲ့ပြီး ၁၄၇ ဦးကို ကယ်ဆယ်" (212 were aboard and 147 were
# rescued); not "ပြီးခဲ့" (the last: "ပြီးခဲ့သည့်နှစ်", last year).
_JOINED_CLAUSES = {"my": re.compile("ပြီး(?!ခဲ့)|၍|သော်လည်း")}

# Languages whose news sets a day before its verb off with a comma ("輸送が13日、再開した",
# "13일, 재개했다", "13日，恢复"): the comma parts no clause between the day and the verb.
_TOPIC_COMMA = frozenset({"ja", "ko", "zh", "yue"})


def _a_date(item: Any) -> bool:
    """Whether an item located in a text is a date mention (its value has a day's ``iso``)."""
    return hasattr(getattr(item, "value", None), "iso")


@lru_cache(maxsize=256)
def _contrast_pattern(language: str | None) -> re.Pattern[str] | None:
    """The words that open a contrasting clause in ``language``
    (:data:`~checker.text.sentences.CONTRAST_WORDS`), case-folded, as whole words, or
    anywhere in a language written without spaces."""
    words = CONTRAST_WORDS.get(language or "")
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in words)
    if language in _UNSPACED_CONTRAST:
        return re.compile(alternatives)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_PHRASES_UNSPACED = frozenset({"zh", "yue", "ja", "ko", "th"})  # whose phrases are looked for as written, no word bounds


@lru_cache(maxsize=64)
def _last_year_words(language: str) -> re.Pattern[str] | None:
    words = [*LAST_YEAR.get(language, ()), *(word for word, back in RELATIVE_YEARS.get(language, {}).items() if back < 0)]
    ago = YEARS_AGO.get(language)  # "vor vier Jahren"
    if not words and not ago:
        return None
    gap = " "
    if clitics := SECOND_PLACE_CLITICS.get(language):  # a clitic between its words: "prošle je godine" (last year)
        gap = rf"\s+(?:(?:{'|'.join(map(re.escape, clitics))})\s+){{0,2}}"
    phrases = [gap.join(map(re.escape, phrase.split(" "))) for phrase in sorted(words, key=len, reverse=True)]
    alternatives = "|".join([*phrases, *([ago] if ago else [])])
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)"
                      if language not in _PHRASES_UNSPACED else alternatives, re.IGNORECASE)


@lru_cache(maxsize=64)
def _back_then_words(language: str) -> re.Pattern[str] | None:
    words = BACK_THEN.get(language)
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    if language in _PHRASES_UNSPACED:
        return re.compile(rf"\W*.{{0,6}}?(?:{alternatives})", re.IGNORECASE)
    # the first word, or the second after a conjunction or a quotation mark: "And back then"
    return re.compile(rf"\W*(?:\w+\s+)?(?:{alternatives})(?!\w)", re.IGNORECASE)


_BACK_THEN_REACH = 40  # characters at a sentence's start where its "back then" stands
_CONDITION_REACH = 80  # characters after the hurt where their condition is told


def _a_day_or_month(key: str, language: str | None) -> bool:
    """Whether folded word ``key`` names a weekday or a month in ``language``."""
    from .date_patterns import lexicon

    return lexicon(language).single.get(key, ("",))[0] in ("W", "M")

class Located(Protocol):
    """Anything with a character span; read only, so that frozen dataclasses qualify."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=Located)


@dataclass(frozen=True, slots=True)
class Anchor:
    """An occurrence of one of a rule's phrases: character span, score, phrase."""

    start: int
    end: int
    score: float
    phrase: str


def distance(a: Located, b: Located) -> int:
    """Characters between two spans; 0 when they touch or overlap."""
    return max(a.start - b.end, b.start - a.end, 0)


_YEAR_OF_MONTHS = 12


def _a_month_a_year_before(value: Any, published: dt.date) -> bool:
    """Whether a date is a month alone, of its year, twelve months or more before the
    publication's: "August 2024" in a report of August 2025 is last year's August, however
    near its last days come to a year before."""
    if value.day is not None or value.month is None or value.year is None:
        return False
    return (published.year - value.year) * _YEAR_OF_MONTHS + published.month - value.month >= _YEAR_OF_MONTHS


class RuleContext:
    """One rule looking at one article."""

    def __init__(self, rule: Rule, facts: ArticleFacts, competitors: Sequence[Rule] = ()) -> None:
        self.rule = rule
        self.facts = facts
        self._pool = competitors  # may hold this rule: shared by the rules of one kind
        # the article's, as attributes: rule types read them at every word
        self.article: Article = facts.article
        self.language: str | None = facts.language
        self.text: str = facts.text

    def find(self, phrases: Iterable[str], threshold: float | None = None) -> list[Anchor]:
        """Occurrences of ``phrases`` (already in the run's phrase index) scoring at
        least ``threshold`` (the rule's own by default), in text order."""
        cutoff = self.rule.threshold if threshold is None else threshold
        found = []
        for phrase in phrases:
            for hit in self.facts.hits.get(phrase, ()):
                if hit.score >= cutoff:
                    span = self.facts.hit_span(hit)
                    found.append(Anchor(span.start, span.end, hit.score, phrase))
        found.sort(key=lambda a: (a.start, -a.score))
        return found

    def find_others(self, phrases: tuple[str, ...], threshold: float | None = None,
                    tokens: range | None = None) -> list[Anchor]:
        """Occurrences of ``phrases`` that the run's index does not hold, as :meth:`find`
        gives them: found by an index of their own over the article's words (or over
        ``tokens`` of them only), which reads them as the article's language does (a
        country's name in that language, which a rule names in English)."""
        cutoff = self.rule.threshold if threshold is None else threshold
        index = _own_index(phrases, min(cutoff, _INDEX_FLOOR))
        facts = self.facts
        start, stop = (tokens.start, tokens.stop) if tokens is not None else (0, len(facts.keys))
        written = facts.written_words
        scores = index.token_scores(facts.keys[start:stop], self.language,
                                    written[start:stop] if written is not None else None)
        found = []
        keys = facts.keys[start:stop] if facts.sounded else ()
        for phrase, hits in index.find(scores, keys).items():
            for hit in hits:
                first, last = hit.first + start, hit.last + start
                # a name holds no clause mark: "بيونغ، يانغ" is no "بيونغ يانغ"
                if hit.score >= cutoff and CLAUSE_BREAKS.isdisjoint(facts.text[facts.ends[first]:facts.starts[last]]):
                    found.append(Anchor(facts.starts[first], facts.ends[last], hit.score, phrase))
        found.sort(key=lambda a: (a.start, -a.score))
        return found

    def anchors(self, rule: Rule | None = None) -> list[Anchor]:
        """Occurrences of the ``about`` anchors of ``rule`` (this rule by default)."""
        return self._reach(rule or self.rule).anchors

    def window(self, anchor: Located, rule: Rule | None = None) -> Span:
        """The stretch of text around ``anchor`` where a value counts for ``rule``."""
        within = (rule or self.rule).within
        if within == "sentence":
            return self.facts.sentence_at(anchor.start)
        if within == "paragraph":
            return self.facts.paragraph_at(anchor.start)
        size = int(within)
        return Span(max(anchor.start - size, 0), min(anchor.end + size, len(self.text)))

    def windows(self) -> list[Span]:
        """The windows of this rule's anchors: where its values may stand."""
        return list(self._reach(self.rule).windows)

    def near_anchors(self, items: Iterable[T],
                     takes: Callable[[Rule, T], bool] | None = None) -> list[tuple[T, Anchor]]:
        """Items within this rule's window of one of its anchors, each with its nearest
        anchor; an item strictly nearer to a competing rule's anchor (within that rule's
        window) is left to that rule, unless ``takes(rule, item)`` says that rule could
        not take it (a figure in per cent is no rival number rule's about seats)."""
        mine = self._reach(self.rule)
        if not mine.anchors:
            return []
        rivals = [(rule, reach) for rule, reach in self._rival_reaches() if rule is not self.rule]
        items = list(items)
        kept = []
        for item in items:
            best = mine.nearest(item)
            if best is None or (mine.others and self._nearer_to_another(item, best, mine.others)):
                continue
            others = [other for rule, rival in rivals
                      if (other := rival.nearest(item)) is not None and (takes is None or takes(rule, item))]
            if others:
                own = self._rivalry(item, best)
                dated = _a_date(item)
                if any((self._rivalry(item, other) < own and not (dated and self._done_to(other, best, item))
                        or (dated and self._done_to(best, other, item)))
                       and not (self._listed_apart(item, other, items) and not self._between(item, best, items))
                       for other in others):
                    continue
            kept.append((item, best))
        return kept

    def _done_to(self, noun: Located, deed: Located, item: Located) -> bool:
        """Whether anchor ``noun``, after an article, is what anchor ``deed`` beside it tells
        is done to it, with function words only between them (``item``'s own words aside):
        a date there is the deed's, not the noun's ("ont éteint l'incendie mercredi", "dieron
        por extinguido este miércoles el incendio", "heeft woensdagmiddag de brand geblust":
        the putting out's Wednesday, no day the fire broke out); not a day it lasts until or
        is moved to."""
        marks = before_nouns(self.language)
        facts = self.facts
        first = facts.token_index(noun.start)
        if not marks or first == 0 or facts.keys[first - 1] not in marks:
            return False
        if deed.end <= noun.start:
            low, high = deed.end, facts.starts[first - 1]
        elif noun.end <= deed.start:
            low, high = noun.end, deed.start
        else:
            return False
        if CLAUSE_MARK.search(self.text, low, high):
            return False
        from .dates import a_day_lasted_to

        if a_day_lasted_to(self.text, item.start, self.language):
            return False  # "extended the curfew until Sunday": the curfew's end
        function = function_words(self.language) or frozenset()
        return all(facts.keys[t] in function or item.start <= facts.starts[t] < item.end
                   for t in facts.tokens_in(Span(low, high)))

    @staticmethod
    def _between(item: Located, anchor: Located, items: list[Any]) -> bool:
        """Whether another of ``items`` stands between ``item`` and ``anchor``, or reaches
        into the anchor from between them ("14 התנגדו", read with its noun)."""
        low, high = (item.end, anchor.end) if item.end <= anchor.start else (anchor.start, item.start)
        return any(value is not item and low <= value.start and value.end <= high for value in items)

    def _listed_apart(self, item: Located, anchor: Located, items: list[Any]) -> bool:
        """Whether ``item`` stands in another item of a list than ``anchor``: another value
        stands between them ("בעד ההחלטה, שהגישה ירדן, הצביעו 120 מדינות, 14 התנגדו": 14 is
        "against"'s, not 120), or the anchor has a value of its own on its other side, in
        its clause, where ``item`` is past a clause break ("Υπέρ …, ψήφισαν 120 χώρες, κατά
        14": 14 is "against"'s)."""
        if self._between(item, anchor, items):
            return True
        if self.clause_breaks(item, anchor) == 0:
            return False
        before = item.end <= anchor.start
        return any((anchor.end <= value.start if before else value.end <= anchor.start)
                   and self.clause_breaks(value, anchor) == 0 for value in items)

    def _nearer_to_another(self, item: Located, anchor: Anchor, others: list[tuple[Anchor, Span]]) -> bool:
        """Whether ``item`` stands strictly nearer to an anchor written as another one
        ("other earthquakes hit on 15 March"), within its window, than to ``anchor``: it
        is that other event's."""
        own = self._separation(item, anchor)
        return any(window.start <= item.start and item.end <= window.end and self._separation(item, other) < own
                   for other, window in others)

    def _rivalry(self, item: Located, anchor: Located) -> tuple[int, ...]:
        """How far an item stands from an anchor when rules compete for it: as
        :meth:`_separation` has it, but where the verb comes last an anchor after the item in
        its clause is nearer than one before it, whatever the characters: the item is told of
        the verb that closes its clause ("टिड्डी दलों का पहली बार 24 फरवरी को … पता चला": the 24th
        is when the swarms were detected, not the swarms')."""
        clauses, characters = self._separation(item, anchor)
        if not clauses and self.participle_between(item, anchor):
            return clauses, -1, characters  # "12. oktoobril toimunud valimiste": the elections held then
        if clauses or not verb_comes_last(self.language):
            return clauses, 0, characters
        return clauses, int(anchor.end <= item.start), characters

    def participle_between(self, item: Located, anchor: Located) -> bool:
        """Whether one word stands between ``item`` and the anchor after it, a participle that
        puts the item's date on the anchor's noun, in a language that writes participles before
        their noun (:data:`_PARTICIPLE_ENDINGS`: "12. oktoobril toimunud valimiste", "12. lokakuuta
        pidettyjen vaalien", "12. oktobrī notikušo vēlēšanu")."""
        endings = _PARTICIPLE_ENDINGS.get(primary_language(self.language) or "")
        if not endings or item.end > anchor.start:
            return False
        between = self.text[item.end:anchor.start].split()
        return len(between) == 1 and fold(between[0]).endswith(endings)

    def _separation(self, item: Located, anchor: Located) -> tuple[int, int]:
        """How far an item stands from an anchor: first the clauses between them (in "met
        on Wednesday, said on Thursday" Wednesday is the meeting's, though "said" is
        nearer), then characters."""
        return self.clause_breaks(item, anchor), distance(item, anchor)

    def clause_breaks(self, a: Located, b: Located, *, words: bool = True) -> int:
        """The clause marks between two spans (not a comma between digits, a decimal one:
        "de 7,3 % à 7,5 %") and, unless ``words`` is false, the words for "and" of the
        source's language (:func:`~checker.text.cldr.and_words`), which part the items of
        a list: in "120 in favour, 14 against and 45 abstentions", "۱۴ کشور رأی مخالف دادند
        و ۴۵ کشور", "14 bolo proti a 45 sa zdržalo", 45 is no figure of "against"."""
        low, high = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        if low >= high:
            return 0
        breaks = len(CLAUSE_MARK.findall(self.text, low, high))
        language = primary_language(self.language)
        if breaks >= 2:
            breaks -= 2 * self._relative_asides(low, high)
        if language in _TOPIC_COMMA and _a_date(a if a.end <= b.start else b) and self.text.startswith(("、", ",", "，"), low):
            breaks -= 1  # "コンテナ輸送が13日、再開した": the day and its comma open the verb's clause
        if not words:
            return breaks
        ands = and_words(language) | _PLUS.get(language, frozenset())
        facts = self.facts
        if ands:
            # not between two months or weekdays, one span of time: "entre julio y septiembre"
            breaks += sum(facts.text[facts.starts[t]:facts.ends[t]].casefold() in ands
                          and not (0 < t < len(facts.keys) - 1 and _a_day_or_month(facts.keys[t - 1], self.language)
                                   and _a_day_or_month(facts.keys[t + 1], self.language))
                          for t in facts.tokens_in(Span(low, high)))
        between = self.text[low:high]
        breaks += sum(between.count(word) for word in unspaced_and_words(language))  # "2 คน และประชาชน 1200 คน"
        if language in _SPACE_PARTS:  # "ดับแล้ว 143 ราย สูญหายอีก 61": a space between two words parts clauses
            breaks += len(_SPACE_PARTS[language].findall(self.text, low, min(high + 1, len(self.text))))
        if language in _JOINED_CLAUSES:
            breaks += len(_JOINED_CLAUSES[language].findall(between))
        contrast = _contrast_pattern(language)
        if contrast is not None:  # "45,000 while organisers said 120,000"
            breaks += len(contrast.findall(between.casefold()))
        if language in CLAUSE_ENDINGS:  # on a word between them or the first of them: "숨지고 약 150명이"
            first = min(a.start, b.start)
            breaks += sum(ends_a_clause(facts.text, facts.starts[t], facts.ends[t], language)
                          for t in facts.tokens_in(Span(first, high)) if facts.ends[t] <= high)
        return breaks

    def _relative_asides(self, low: int, high: int) -> int:
        """The relative clauses set off by commas wholly between ``low`` and ``high``: their
        commas part nothing of the clause around them ("freed the crew of the ship, which
        pirates had seized, on Thursday": Thursday is the freeing's, not the seizing's)."""
        pronouns = relative_pronouns(primary_language(self.language) or "")
        if not pronouns or sum(self.text.count(comma, low, high) for comma in _COMMAS) < 2:
            return 0
        facts = self.facts
        function = function_words(self.language) or frozenset()
        marks = list(CLAUSE_MARK.finditer(self.text, low, high))
        found = 0
        for opening, closing in pairwise(marks):
            if opening.group() not in _COMMAS or closing.group() not in _COMMAS:
                continue
            for t in facts.tokens_in(Span(opening.end(), closing.start()))[:_ASIDE_OPENING]:
                if facts.keys[t] in pronouns:
                    found += 1
                    break
                if facts.keys[t] not in function:  # past "in", "of", "la": ", in which", ", la cual"
                    break
        return found

    def _rival_reaches(self) -> list[tuple[Rule, _Reach]]:
        """The rules of the pool whose anchors the article holds, with their reaches:
        found once per article and pool, since every rule of a kind asks."""
        key = ("pool", id(self._pool))
        cached = self.facts.reaches.get(key)
        if cached is None or cached[0] is not self._pool:  # the pool itself is kept: ids are reused
            found = [(rule, reach) for rule in self._pool if (reach := self._reach(rule)).anchors]
            cached = self.facts.reaches[key] = (self._pool, found)
        return cached[1]

    def _reach(self, rule: Rule) -> _Reach:
        """A rule's anchors and their windows, found once per article."""
        cached = self.facts.reaches.get(id(rule))
        if cached is None:
            if self.facts.hits.keys().isdisjoint(rule.about):
                cached = _NO_REACH  # most rules' anchors are absent from most articles
            else:
                found = self.find(rule.about, rule.threshold)
                others = [a for a in found if self._another(a, another_words(self.language))
                          or self._another(a, holder_words(self.language), beside=True)
                          or self._another(a, severity_words(self.language), beside=True, counted=True)
                          or self._in_a_condition(a)]
                earlier = [a for a in found if a not in others and self._another(a, previous_words(self.language))]
                later = [a for a in found if a not in others and a not in earlier
                         and self._another(a, next_words(self.language))]
                rest = [a for a in found if a not in others and a not in earlier and a not in later]
                if len(rest) > 1 and not self._expects_long_before(rule):
                    # "In August 2016, an earthquake killed 299" beside Tuesday's (but where the rule is
                    # about that time: "The bridge was built in 1974", beside Wednesday's promise)
                    old = [a for a in rest if self._dated_long_before(a)]
                    if old and any(self._dated_recently(a) for a in rest if a not in old):
                        earlier += old
                if earlier and len(others) + len(earlier) < len(found):
                    others += earlier  # "the previous elections, in July 2020" beside this one
                if later and any(self._dated_recently(a) for a in rest if a not in earlier):
                    others += later  # "raised its rate on Tuesday … at the next meeting, on 4 December"
                anchors = [a for a in found if a not in others] if others else found
                cached = _Reach(anchors, [self.window(a, rule) for a in anchors],
                                [(a, self.window(a, rule)) for a in others])
            self.facts.reaches[id(rule)] = cached
        return cached

    def _expects_long_before(self, rule: Rule) -> bool:
        """Whether ``rule`` expects a date in a year a year or more before the publication's
        ("expect: 1974"): what a source tells of that time is then its event."""
        published = self.facts.article.published
        year = getattr(rule.expected, "year", None)
        return published is not None and isinstance(year, int) and year < published.year - 1

    def _in_a_condition(self, anchor: Anchor) -> bool:
        """Whether the clause after ``anchor`` says its hurt are in a serious or critical
        condition (:func:`~checker.text.another.condition_phrases`: "Eleven injured are in
        serious condition"), a part of all the hurt."""
        phrases = condition_phrases(self.language)
        if not phrases:
            return False
        told = self.facts.reaches.get(("condition",))
        if told is None:  # most articles tell no one's condition: read once per article
            folded = self.text.casefold()
            told = self.facts.reaches[("condition",)] = any(phrase in folded for phrase in phrases)
        if not told:
            return False
        sentence = self.facts.sentence_at(anchor.start)
        end = min(sentence.end, anchor.end + _CONDITION_REACH)
        clause = self.text[anchor.end:end]
        cut = next((i for i, ch in enumerate(clause) if ch in CLAUSE_BREAKS), len(clause))
        # and at "and", which opens another clause: "212 people were injured and 19 are in critical
        # condition" tells all the injured, then a part of them
        ands = and_words(primary_language(self.language))
        facts = self.facts
        cut = next((facts.starts[t] - anchor.end for t in facts.tokens_in(Span(anchor.end, anchor.end + cut))
                    if facts.text[facts.starts[t]:facts.ends[t]].casefold() in ands), cut)
        following = clause[:cut].casefold()
        return any(phrase in following for phrase in phrases)

    def _another(self, anchor: Anchor, words: tuple[frozenset[str], frozenset[str]], beside: bool = False,
                 counted: bool = False) -> bool:
        """Whether ``anchor`` is written with one of ``words`` (before it, after it), the
        word right before or after it or past one word that is no function word
        ("another earthquake", "another strong earthquake", "otro sismo", "زلزال آخر",
        "the previous elections"): it names another event than the rule's
        (:mod:`checker.text.another`). ``beside``: only the word right before or after it;
        ``counted``: also where a figure stands before the word ("Seven seriously injured
        passengers" are another count, where "27 autres blessées" are 27 of the injured)."""
        before, after = words
        if not before and not after:
            return False
        facts = self.facts
        key = ("another", anchor.start, anchor.end, words)  # rules about one event share their anchors
        found = facts.reaches.get(key)
        if found is None:
            first = facts.token_index(anchor.start)
            last = facts.token_index(anchor.end - 1)
            before_far, after_far = (first - 1, last + 1) if beside else (first - 2, last + 2)
            found = facts.reaches[key] = (bool(before) and self._another_at(first - 1, before_far, -1, before, counted)) \
                or (bool(after) and self._another_at(last + 1, after_far, 1, after, counted))
        return found

    def referenced(self, anchor: Anchor) -> str | None:
        """Whether ``anchor`` is named as the time something else is told against, and how:
        "before" after a word for "after", "before" or "since" written before the noun, past
        function words ("Flights resumed on Tuesday after the eruption"), "after" before one
        written after it ("噴火前の21日", "a kitörés után"); None when it is not
        (:func:`~checker.text.another.reference_words`)."""
        before, after = reference_words(self.language)
        if not before and not after:
            return None
        facts = self.facts
        key = ("referenced", anchor.start, anchor.end)
        found = facts.reaches.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            first, last = facts.token_index(anchor.start), facts.token_index(anchor.end - 1)
            found = facts.reaches[key] = ("before" if self._reference_at(first - 1, -1, before)
                                          or self._in_a_clause_after_a_span(first - 1, before)
                                          else "after" if self._reference_at(last + 1, 1, after) else None)
        return found

    def _in_a_clause_after_a_span(self, at: int, words: frozenset[str]) -> bool:
        """Whether the anchor right after token ``at`` stands in a clause that one of ``words``
        opens right after a span of time, up to CLAUSE_REFERENCE_REACH words back, with no mark
        between: "eight days after the network was hit by a ransomware attack" tells the attack
        as the time the main clause is told against."""
        from .numbers import spans_time

        keys, language = self.facts.keys, primary_language(self.language) or ""
        for _ in range(CLAUSE_REFERENCE_REACH):
            if not 0 < at < len(keys) or not self._spaced(at, at + 1, elided=True):
                return False
            if keys[at] in words:
                return spans_time(language, keys[at - 1]) and self._spaced(at - 1, at)
            at -= 1
        return False

    def denied(self, anchor: Anchor) -> bool:
        """Whether ``anchor`` is negated in its clause: a negation of the language among the
        DENIED_REACH words before it ("did not request aid on Monday", "no solicitó ayuda el
        lunes"), or an ending that denies right after it where the language writes one
        ("要請しなかった"). A date beside it tells of no such event."""
        cues = negation_cues(self.language)
        facts = self.facts
        key = ("denied", anchor.start, anchor.end)
        found = facts.reaches.get(key)
        if found is None:
            keys = facts.keys
            first, last = facts.token_index(anchor.start), facts.token_index(anchor.end - 1)
            sentence = facts.tokens_in(facts.sentence_at(anchor.start))
            found = False
            for at in range(first - 1, max(first - 1 - DENIED_REACH, sentence.start - 1), -1):
                if CLAUSE_MARK.search(self.text, facts.ends[at], facts.starts[at + 1]):
                    break
                if cues.at(keys, at) and not cues.at(keys, at + 1) and not cues.by_ending(keys[at]):
                    found = True
                    break
            words = fold_phrase(anchor.phrase)
            if not found and last - first + 1 == len(words):  # negated inside the word: "uzaytirilmadi" for "uzaytirildi"
                found = any(cues.denies(keys[t], word) for t, word in zip(range(first, last + 1), words))
            if not found and cues.endings and cues.reach:
                found = any(cues.at(keys, at) for at in range(last + 1, min(last + 1 + cues.reach, sentence.stop))
                            if not CLAUSE_MARK.search(self.text, facts.ends[at - 1], facts.starts[at]))
            facts.reaches[key] = found
        return found

    def _reference_at(self, at: int, step: int, words: frozenset[str]) -> bool:
        """Whether one of ``words`` stands at token ``at`` or past function words and the
        words of a span of time from it (``step`` -1 going back, 1 going on), with only
        spaces between: "kesintiden iki gün sonra" (two days after the blackout)."""
        from .numbers import spans_time

        keys, function = self.facts.keys, function_words(self.language) or frozenset()
        language = primary_language(self.language) or ""
        modifier = step < 0  # a word that describes the noun, after an article: "after the gas leak"
        for _ in range(REFERENCE_REACH):
            if not words or not 0 <= at < len(keys) or not self._spaced(at, at - step, elided=True):
                return False
            if keys[at] in words:
                return True
            described = modifier and 0 < at and keys[at - 1] in determiners(self.language)
            if keys[at] not in function and not keys[at].isdigit() and not spans_time(language, keys[at]) \
                    and not described:
                return False  # past an article only: "nach Brüssel gereist" (to Brussels) is no "after"
            modifier = False
            at += step
        return False

    def _dated_long_before(self, anchor: Anchor) -> bool:
        """Whether ``anchor``'s sentence dates what it tells a year or more before the
        publication ("In August 2016, an earthquake near Amatrice killed 299 people" in
        a report of Tuesday's earthquake): an earlier event, where the source also names
        the event in a sentence dated within that year (:meth:`_dated_recently`), and the
        sentence itself dates nothing within it ("the first since 2019"); alone,
        or beside sentences without a date, it is the event the source tells of (an
        article that looks back on an old event). Only a date with its year, or a year,
        can."""
        if not self._years_before():
            return False  # no year before the publication's written in figures: nothing dated long before
        key = ("long before", anchor.start, anchor.end)  # rules about the same event share anchors
        found = self.facts.reaches.get(key)
        if found is None:
            sentences = self.facts.sentences_over(Span(anchor.start, anchor.end))
            found = False
            if any(_YEAR.search(self.text, s.start, s.end) or self._last_year(s.start, s.end)
                   for s in sentences):  # most have no year in figures, nor "last year"
                datings = [self._dating(sentence) for sentence in sentences]
                found = _OLD in datings and _RECENT not in datings
            self.facts.reaches[key] = found
        return found

    def told_long_before(self, span: Span) -> bool:
        """Whether ``span`` (a sentence, or the clause of what a rule reads in it) dates what
        it tells a year or more before the publication, and nothing within that year ("It cut
        rates three times in 2023", in a report of this week's rise): another time than the
        event a rule is about, as an anchor's sentence so dated is (:meth:`_dated_long_before`)."""
        return self._years_before() and self._dating(span) == _OLD

    def says_long_before(self, written: str) -> bool:
        """Whether ``written`` (a rule's phrasing) dates what it says a year or more back
        itself, with a year in figures or a word for "last year" ("The dam had been inspected
        last year"): a sentence so dated is then no other time's deed."""
        words = _last_year_words(primary_language(self.language))
        return _YEAR.search(written) is not None or (words is not None and words.search(written) is not None)

    def _years_before(self) -> bool:
        """Whether the article writes a year before its publication's, in figures (of the
        Buddhist era in Thai: "2566" is 2023) or as a word for "last year" ("去年", "지난해"):
        found once per article."""
        found = self.facts.reaches.get(("years before",))
        if found is None:
            published = self.facts.article.published
            language = primary_language(self.language)
            found = self.facts.reaches[("years before",)] = published is not None and (
                any(_common_year(int(m.group()), language) < published.year for m in _YEAR.finditer(self.text))
                or any(back < 0 and word in self.text for word, back in RELATIVE_YEARS.get(language, {}).items())
                or self._last_year(0, len(self.text)))
        return found

    def reports_recently(self) -> bool:
        """Whether a sentence of the article dates what it tells less than a year before the
        publication, and not after it (:meth:`_dating`): a report of a recent event. Found once
        per article."""
        found = self.facts.reaches.get(("reports recently",))
        if found is None:
            found = self.facts.reaches[("reports recently",)] = any(
                self._dating(sentence) == _RECENT for sentence in self.facts.sentences)
        return found

    def _dated_recently(self, anchor: Anchor) -> bool:
        """Whether ``anchor``'s sentence holds a date less than a year before the
        publication, and not after it ("early on Tuesday", "10日未明"): what the source
        reports (a day to come may be another event's, "tickets go on sale on 2 November")."""
        return any(self._dating(sentence) == _RECENT
                   for sentence in self.facts.sentences_over(Span(anchor.start, anchor.end)))

    def _dating(self, sentence: Span) -> str | None:
        """What a sentence (or a clause of one) dates: :data:`_RECENT` for a date less than a
        year before the publication and not after it, else :data:`_OLD` for a date or a year
        a year or more before it, else None; found once per article and span, every rule
        asking."""
        key = ("dating", sentence.start, sentence.end)
        cached = self.facts.reaches.get(key, _UNKNOWN)
        if cached is not _UNKNOWN:
            return cached
        found = None
        published = self.facts.article.published
        if published is not None:
            from .dates import begun_after, ended_before, since_named, since_year

            cutoff = published - LONG_BEFORE
            old = False
            for mention in self.facts.dates_within([sentence]):
                if not sentence.start <= mention.start < sentence.end:
                    continue  # a clause's: the sentence's other dates are its other clauses'
                if since_named(self.text, mention.start, mention.end, self.language):
                    if not ended_before(mention.value, cutoff) and not begun_after(mention.value, published):
                        found = _RECENT  # "on strike since Monday": what holds now
                        break
                    continue  # "had not been inspected since 2019": a state that began then and holds
                if mention.value.month is None and mention.value.year is not None and mention.value.year < published.year:
                    old = True  # a year before the publication's, alone ("Last year, 16,200 runners took part")
                    continue
                if _a_month_a_year_before(mention.value, published):
                    old = True  # "In August 2024, more than 70 people died", published in August 2025
                    continue
                if not ended_before(mention.value, cutoff) and not begun_after(mention.value, published):
                    found = _RECENT
                    break
                old = old or ended_before(mention.value, cutoff)
            if found is None and (old or any(self._a_year_long_before(m, published)
                                             and not since_named(self.text, m.start(), m.end(), self.language)
                                             and not since_year(self.text, m.start(), self.language)
                                             for m in _YEAR.finditer(self.text, sentence.start, sentence.end))
                                  or self._last_year(sentence.start, sentence.end)):
                found = _OLD
            elif found is None and not old and self._back_then(sentence):
                earlier = self.facts.sentence_at(self.facts.sentence_at(sentence.start).start - 1)
                if earlier.end <= sentence.start and self._dating(earlier) == _OLD:
                    found = _OLD  # "… since the Full City ran aground on 31 July 2009. Back then, 300 tonnes leaked"
        self.facts.reaches[key] = found
        return found

    def _back_then(self, span: Span) -> bool:
        """Whether the sentence of ``span`` opens with a word for "back then"
        (:data:`~checker.facts.date_words.BACK_THEN`), the first or second word of it."""
        pattern = _back_then_words(primary_language(self.language))
        if pattern is None:
            return False
        sentence = self.facts.sentence_at(span.start)
        return pattern.match(self.text, sentence.start, min(sentence.end, sentence.start + _BACK_THEN_REACH)) is not None

    def _last_year(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` says "last year" in the article's language
        (:data:`~checker.facts.date_words.LAST_YEAR`, :data:`~checker.facts.date_words.RELATIVE_YEARS`)."""
        words = _last_year_words(primary_language(self.language))
        return words is not None and words.search(self.text, start, end) is not None

    def _a_year_long_before(self, figures: re.Match, published: dt.date) -> bool:
        """Whether four figures are a year two or more before ``published``'s (one, in the second half
        of the year), written as a year alone is (:func:`~checker.facts.dates.written_as_a_year`)."""
        year = _common_year(int(figures.group()), primary_language(self.language))
        # the year before the publication's too, from its second half on: "In 2025, 8 hostages were freed"
        if not 1900 <= year <= published.year - (1 if published.month > _LAST_YEAR_FROM else 2):
            return False
        from .dates import written_as_a_year

        return written_as_a_year(self.text, figures.start(), figures.end(), self.language)

    def _another_at(self, near: int, far: int, step: int, words: frozenset[str], counted: bool = False) -> bool:
        """Whether the word at token ``near``, or at ``far`` past ``near`` when that is
        no function word, is one of ``words``, with nothing but spaces between them and
        the anchor (``step`` -1 before it, 1 after it)."""
        keys = self.facts.keys
        for at in (near, far):
            if not 0 <= at < len(keys) or not self._spaced(at, at - step):
                return False
            if keys[at] in words:
                # "27 autres blessées", "27 weitere Verletzte": 27 others injured, the figure's
                return counted or not (step < 0 and self._a_figure(at - 1))
            if keys[at][:1].isdigit():
                return False  # "melukai 23 lainnya": the others are the figure's, 23 others injured
            if at == near and far != near and _a_day_or_month(keys[at], self.language):
                return False  # "dharura Ijumaa iliyopita": the last is the day's, last Friday
            function = function_words(self.language)
            if function is not None and keys[at] in function:
                return False
        return False

    def _a_figure(self, at: int) -> bool:
        """Whether token ``at`` is a figure in digits or a number word of the language, with only
        spaces after it."""
        from .number_words import number_word_folds

        keys = self.facts.keys
        if not 0 <= at < len(keys) - 1 or not self._spaced(at, at + 1):
            return False
        return keys[at][:1].isdigit() or keys[at] in number_word_folds(primary_language(self.language) or "")

    def _spaced(self, a: int, b: int, elided: bool = False) -> bool:
        """Whether only spaces, or a hyphen ("vice-gouverneure"), stand between tokens ``a``
        and ``b`` (either order); with ``elided``, or an apostrophe ("l'éruption")."""
        facts = self.facts
        low, high = min(a, b), max(a, b)
        return not facts.text[facts.ends[low]:facts.starts[high]].strip().strip("-‐" + ("'’" if elided else ""))

    def evidence(self, start: int, end: int, score: float = 100.0, value: Any = None) -> Evidence:
        return self.facts.evidence(start, end, score, None if value is None else str(value))


_INDEX_FLOOR = 85.0  # the lowest score an index keeps, as the run's keeps them


@lru_cache(maxsize=256)
def _own_index(phrases: tuple[str, ...], min_score: float) -> PhraseIndex:
    """An index of a few phrases, kept for the articles that follow: it remembers the
    words it has read."""
    return PhraseIndex(phrases, min_score=min_score)


_COMMAS = frozenset(",،，")
# The endings of the participles Finnish, Estonian, Latvian and Lithuanian write before their
# noun, folded: "pidettyjen", "pidetyt", "toimunud", "peetud", "notikušo", "vykusių", "surengtų"
_PARTICIPLE_ENDINGS = {"fi": ("ttyjen", "ttujen", "tyn", "tun", "tyt", "tut", "neen", "neiden", "neet"),
                       "et": ("nud", "tud", "dud"), "lv": ("uso", "usas", "usa", "tas", "to"),
                       "lt": ("usiu", "usio", "usios", "tu", "to", "tos")}
_ASIDE_OPENING = 3  # words at most that open a relative clause: ", au cours de laquelle"


@lru_cache(maxsize=64)
def relative_pronouns(language: str) -> frozenset[str]:
    """The words that open a relative clause in ``language``, folded
    (:data:`~checker.facts.date_words.RELATIVE_PRONOUNS`)."""
    return frozenset(fold(word) for word in RELATIVE_PRONOUNS.get(language, "").split())


class _Reach:
    """Anchors with their windows, sorted by window start, for quick lookups of the
    nearest anchor whose window holds a value (large articles stay linear)."""

    def __init__(self, anchors: list[Anchor], windows: list[Span],
                 others: list[tuple[Anchor, Span]] | None = None) -> None:
        self.anchors = anchors
        self.windows = windows
        # anchors written as another one ("another earthquake"), with their windows: no
        # anchors of the rule, but what stands nearer to them is theirs
        self.others = others or []
        order = sorted(range(len(anchors)), key=lambda i: windows[i].start)
        self._starts = [windows[i].start for i in order]
        self._order = order
        self._widest = max((w.end - w.start for w in windows), default=0)
        # Anchors that share one window (a sentence, a paragraph) follow each other in
        # that order; where many do (a long sentence of values), they are searched by
        # bisection rather than one by one, which made such a sentence quadratic.
        self._runs: dict[int, _Run] = {}
        first = 0
        for position in range(1, len(order) + 1):
            if position == len(order) or windows[order[position]] != windows[order[first]]:
                if position - first >= _LONG_RUN:
                    self._runs[first] = _Run(anchors, order[first:position], windows[order[first]])
                first = position

    def nearest(self, item: Located) -> Anchor | None:
        """The anchor nearest to ``item`` among those whose window holds it (the first
        in window order of the nearest, when several are as near)."""
        best: Anchor | None = None
        nearest = 0
        position = bisect.bisect_left(self._starts, item.end - self._widest)
        high = bisect.bisect_right(self._starts, item.start)
        while position < high:
            run = self._runs.get(position)
            if run is not None:
                position += len(run.indexes)
                window = run.window
                if window.start <= item.start and item.end <= window.end:
                    found, far = run.nearest(item)
                    if best is None or far < nearest:
                        best, nearest = self.anchors[found], far
                continue
            index = self._order[position]
            position += 1
            window = self.windows[index]
            if window.start <= item.start and item.end <= window.end:
                anchor = self.anchors[index]
                far = distance(item, anchor)
                if best is None or far < nearest:
                    best, nearest = anchor, far
        return best


_LONG_RUN = 8  # anchors in one window from which they are searched by bisection


class _Run:
    """Anchors sharing one window, in text order: the nearest to an item in two
    bisections."""

    __slots__ = ("ends", "indexes", "starts", "window")

    def __init__(self, anchors: list[Anchor], indexes: list[int], window: Span) -> None:
        self.indexes = indexes  # ascending, so their anchors are in text order
        self.window = window
        self.starts = [anchors[i].start for i in indexes]
        self.ends = list(accumulate((anchors[i].end for i in indexes), max))  # the furthest end so far

    def nearest(self, item: Located) -> tuple[int, int]:
        """The index of the first anchor of the run nearest to ``item``, and its distance."""
        k = bisect.bisect_left(self.starts, item.end)  # the anchors before k start before the item ends
        right = self.starts[k] - item.end if k < len(self.starts) else None
        if k:
            left = max(item.start - self.ends[k - 1], 0)
            if right is None or left <= right:
                # the first anchor that reaches as near: its end is at least item.start - left
                return self.indexes[bisect.bisect_left(self.ends, item.start - left)], left
        assert right is not None
        return self.indexes[k], right


_NO_REACH = _Reach([], [])
