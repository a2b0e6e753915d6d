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
from functools import lru_cache
from itertools import pairwise
from typing import Any

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from .. import hookimpl
from ..errors import RuleSchemaError
from ..model import Finding, Rule
from ..text.another import succeeded_words
from ..text.cldr import (
    and_words,
    city_name,
    city_zone,
    territory_code,
    territory_name,
    territory_names,
    weekday_names,
)
from ..text.function_words import function_words
from ..text.fuzzy import EXACT, another_name
from ..text.negation import instead_words, negation_cues
from ..text.normalise import (
    UNSPACED,
    fold,
    fold_phrase,
    fold_words,
    has_attached_words,
    primary_language,
    token_columns,
    unattached,
)
from ..text.sentences import CLAUSE_BREAKS
from ..text.tense import verb_comes_last
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

    def _given(self, rule: Rule) -> dict[str, str]:
        """Each name the rule gives, mapped to the value it stands for."""
        names: dict[str, str] = {}
        for alternative in rule.options.alternatives:
            names[alternative] = alternative
        if rule.expected is not None:
            for name in [rule.expected, *rule.options.aliases]:
                names[name] = rule.expected
        return names

    def _names(self, rule: Rule) -> dict[str, str]:
        """Each name to look for, mapped to the value it stands for: those the rule
        gives, and one written with its article also without it (:func:`_articles`)."""
        names = self._given(rule)
        for rest, name in _articles(tuple(names)).items():
            names[rest] = names[name]
        return names

    def phrases(self, rule: Rule) -> list[str]:
        return list(self._names(rule))

    def _takes(self, rival: Rule, mention: Any) -> bool:
        """Whether entity rule ``rival`` looks for the name ``mention`` found (another
        rule type's rival takes it as before)."""
        if rival.check != self.name:
            return True
        names = self._names(rival)
        return " ".join(fold_phrase(mention.phrase)) in _folded_names(
            [*names, *_name_parts(tuple(self._given(rival).items()))])

    def silent_without(self, rule: Rule) -> list[str] | None:
        if not rule.about and any(territory_code(name) or city_zone(name) for name in self._given(rule)):
            return None  # the source may name the country in its own language only
        return rule.about or list(self._names(rule))

    def check(self, rule: Rule, ctx: Any) -> list[Finding]:
        given = self._names(rule)
        best: dict[tuple[int, int], Any] = {}
        articles = _articles(tuple(self._given(rule)))
        cues = negation_cues(ctx.language)
        function = function_words(ctx.language)
        exonyms = _exonyms(tuple(self._given(rule).items()), primary_language(ctx.language))
        found = ctx.find(given)
        if exonyms:
            found = sorted([*found, *ctx.find_others(tuple(exonyms))], key=lambda m: (m.start, -m.score))
        names = {**exonyms, **given}
        # a word of a name that the source names in full somewhere: "Joe Biden … Biden won"
        parts = _name_parts(tuple(self._given(rule).items()))
        named = {names[m.phrase] for m in found if m.phrase not in articles}
        alone: set[tuple[int, int]] = set()
        if wanted := tuple(part for part, value in parts.items() if value in named):
            by_part = [m for m in ctx.find_others(wanted) if _part_alone(ctx, m, parts)]
            found = sorted([*found, *by_part], key=lambda m: (m.start, -m.score))
            names.update({part: parts[part] for part in wanted})
            alone = {(m.start, m.end) for m in by_part}
        anchors = [(ctx.facts.token_index(a.start), ctx.facts.token_index(a.end - 1)) for a in ctx.anchors()] \
            if rule.about and function is not None else []
        # "Marquardt succeeded Markus Ritter": the former holder, in full or by a word of his name
        succeeded = [(m.start, m.end) for m in found if _succeeded(ctx, m)]
        for mention in found:
            if mention.score < EXACT and _another_country(ctx, mention, tuple(self._given(rule).items())):
                continue
            if _another_name(ctx, mention) or _denied(ctx, mention, cues, function) or any(
                    start <= mention.start and mention.end <= end for start, end in succeeded):
                continue
            if anchors and function is not None and (_subject_denied(ctx, mention, cues, function, anchors)
                                                     or _anchor_denied_after(ctx, mention, cues, anchors)):
                continue
            if mention.phrase in exonyms and not _named_alone(ctx, mention):
                continue
            if mention.phrase in articles and (mention.start, mention.end) not in alone \
                    and not _article_left_out(ctx, mention, articles[mention.phrase]):
                continue
            span = (mention.start, mention.end)
            if span not in best or mention.score > best[span].score:
                best[span] = mention
        mentions = _outermost(sorted(best.values(), key=lambda m: (m.start, -m.end)))
        if rule.about:
            # a mention nearer another entity rule's anchor is left to it only if that
            # rule looks for the name: "prezident Zelenskyj navštívil Charkov" is the
            # president's, however near "navštívil", the anchor of a rule about the city
            near = ctx.near_anchors(mentions, takes=lambda rival, mention: self._takes(rival, mention))
            mentions = [m for m, _ in _past_speaker(_in_the_anchors_clause(near, names, ctx), names, ctx)]
        return [Finding(value=names[m.phrase], evidence=ctx.evidence(m.start, m.end, m.score, names[m.phrase]))
                for m in mentions]


@lru_cache(maxsize=4096)
def _exonyms(given: tuple[tuple[str, str], ...], language: str) -> dict[str, str]:
    """The names of the countries, territories and cities a rule gives in English as CLDR
    writes them in ``language`` (:func:`~checker.text.cldr.territory_name`,
    :func:`~checker.text.cldr.city_name`), each mapped to the
    value its English name stands for; those the rule gives itself left out."""
    written = {fold(name) for name, _ in given}
    found: dict[str, str] = {}
    for name, value in given:
        local = territory_name(name, language) or city_name(name, language)
        if local is not None and fold(local) not in written:
            found.setdefault(local, value)
    return found


@lru_cache(maxsize=4096)
def _other_countries(given: tuple[tuple[str, str], ...], language: str) -> tuple[str, ...]:
    """The names ``language`` gives in CLDR the countries and territories
    (:func:`~checker.text.cldr.territory_names`) that none of the names a rule gives stands
    for, in English or as the language writes it in any of its scripts (a rule naming
    Uzbekistan "Ўзбекистон" names the "Oʻzbekiston" of Uzbek in Latin letters)."""
    named = territory_names(language)
    written = {fold(name) for name, _ in given}
    own = {code for name, _ in given if (code := territory_code(name))}
    own |= {code for code, name in named if fold(name) in written}
    return tuple(sorted({name for code, name in named if code not in own and fold(name) not in written}))


_UNSPACED_LETTER = regex.compile(rf"[{UNSPACED}]")  # a script whose tokens are letters, no words


@lru_cache(maxsize=256)
def _country_words(names: tuple[str, ...], language: str) -> frozenset[str]:
    """The folded words of the countries' names ``names``, one of which a word must be to be
    read as one of them exactly."""
    return frozenset(word for name in names for word in fold_words(name))


COUNTRY_REACH = 4  # words (letters, in a script without spaces) a country's name may reach past a mention


def _another_country(ctx: Any, mention: Any, given: tuple[tuple[str, str], ...]) -> bool:
    """Whether a mention read fuzzily is the name the source's language gives another
    country (:func:`_other_countries`), read whole, over more than half of it. A name the
    rule gives is read in its transliterations, and a country's name is often near the name
    of one of its cities: Thai "บราซิล", Arabic "البرازيل", Persian "برزیل", Urdu "برازیل",
    Hebrew "ברזיל" are Brazil, near Brasília in their letters. Such a word (with the
    prefixes the language writes on a word: Hebrew "בברזיל", Arabic "بالبرازيل", in Brazil)
    names the country, not the other place; a city of two words is not the country one of
    its words is ("بورتو أليغري" is not Portugal's "بورتو")."""
    language = primary_language(ctx.language) or ""
    names = _other_countries(given, language)
    if not names:
        return False
    facts = ctx.facts
    first, last = facts.token_index(mention.start), facts.token_index(mention.end - 1)
    words = _country_words(names, language)
    if not _UNSPACED_LETTER.search(ctx.text, mention.start, mention.end) and not any(
            key in words for t in range(first, last + 1)
            for key in (facts.keys[t], *(unattached(facts.keys[t], language) if has_attached_words(language) else ()))):
        return False  # no word of the mention is, as written, a word of another country's name
    tokens = range(max(first - COUNTRY_REACH, 0), min(last + 1 + COUNTRY_REACH, len(facts.keys)))
    return any(2 * (min(found.end, mention.end) - max(found.start, mention.start)) > mention.end - mention.start
               for found in ctx.find_others(names, threshold=EXACT, tokens=tokens))


SHORT_EXONYM = 3  # letters of a country's name that is as often a word or part of a name ("Đức", "Anh", "Nga")


def _named_alone(ctx: Any, mention: Any) -> bool:
    """Whether a mention of a country's name in the source's language
    (:func:`_exonyms`) names the country: one of SHORT_EXONYM letters or fewer, in a
    script with capitals, only capitalised, after a word in lower case and before none capitalised, so that
    Vietnamese "tại Đức", "nước Anh" name Germany and Britain, "ông Trần Đức Thắng" and
    "anh" (brother) do not."""
    initial = ctx.facts.text[mention.start]
    if len("".join(fold_phrase(mention.phrase))) > SHORT_EXONYM or initial.lower() == initial.upper():
        return True  # a longer name, or one in a script without capitals ("ウィーン", "德国")
    facts = ctx.facts
    first, last = facts.token_index(mention.start), facts.token_index(mention.end - 1)
    text = facts.text
    if not text[mention.start].isupper() or first == 0 or text[facts.ends[first - 1]:mention.start].strip():
        return False
    if not text[facts.starts[first - 1]].islower():
        return False
    after = last + 1
    return after >= len(facts.keys) or bool(text[mention.end:facts.starts[after]].strip()) \
        or not text[facts.starts[after]].isupper()


def _another_name(ctx: Any, mention: Any) -> bool:
    """Whether the words of ``mention`` are those of its name with a syllable added that
    makes another name ("Ramadani tha" names no Rama): :func:`~checker.text.fuzzy.another_name`.
    Only words of a script with capitals: the scripts of India, which have none, write
    their case endings on a name with a glide ("கேரளாவை", Kerala's accusative)."""
    words = fold_phrase(mention.phrase)
    facts = ctx.facts
    first, last = facts.token_index(mention.start), facts.token_index(mention.end - 1)
    if last - first + 1 != len(words):
        return False
    return any(another_name(name, facts.keys[t], ctx.language) for name, t in zip(words, range(first, last + 1))
               if facts.text[facts.starts[t]].lower() != facts.text[facts.starts[t]].upper())


def _succeeded(ctx: Any, mention: Any) -> bool:
    """Whether the name at ``mention`` is written as the one succeeded or replaced
    (:func:`~checker.text.another.succeeded_words`): "Marquardt succeeded Markus Ritter",
    "took over from Markus Ritter", "Nachfolgerin von Markus Ritter", "den Vorsitz von
    Markus Ritter übernommen": a former holder, no statement of who holds the post."""
    before, (word, participles) = succeeded_words(ctx.language)
    if not before and not word:
        return False
    facts = ctx.facts
    keys, text = facts.keys, facts.text
    first, last = facts.token_index(mention.start), facts.token_index(mention.end - 1)
    for phrase in before:
        at = first - len(phrase)
        if at >= 0 and tuple(keys[at:first]) == phrase and not any(
                ch in CLAUSE_BREAKS for ch in text[facts.ends[at]:mention.start]):
            return True
    return (bool(word) and first > 0 and keys[first - 1] == word and last + 1 < len(keys)
            and keys[last + 1] in participles and not text[mention.end:facts.starts[last + 1]].strip())


DENIED_REACH = 3  # function words from a negation to the name it denies ("et non à Vienne")
NAME_WORDS = 2  # capitalised words before the name found, of the same name ("rather than Dmitry Peskov")
DENIED_WORDS = 2  # words in lower case, a verb and its noun, from a negation to its object ("did not hold talks with")
# Languages that write the negation of a clause after its object, before the participle or
# the infinitive or at the clause's end: a name right before it is the one denied ("Putin hat
# Selenskyj nicht getroffen", "traf Selenskyj nicht", "heeft Zelensky niet ontmoet"; the subject
# stands before the verb or the object between).
NEGATION_AFTER_OBJECT = frozenset({"de", "nl", "af", "lb", "fy", "gsw"})
OBJECT_REACH = 4  # words from such a name to the negation after it ("am Donnerstag in Istanbul")
# The finite verbs those languages put second, right after a subject that opens the clause: a
# name before one is the subject, which the negation after it does not deny ("Marc Claessens habe
# kein Risiko festgestellt", "Marc Claessens heeft geen risico vastgesteld").
_FINITE_AFTER_SUBJECT: dict[str, frozenset[str]] = {language: frozenset(map(fold, words.split())) for language, words in {
    "de": "hat habe haben hatte hatten hätte ist sei sind seien war waren wäre wird werde werden wurde wurden würde "
          "kann könne konnte konnten muss musste müsse soll solle sollte will wolle wollte darf durfte",
    "nl": "heeft hebben had hadden is zijn was waren wordt worden werd werden zal zullen zou zouden kan kon "
          "moet moest wil wilde mag mocht",
    "af": "het is was sal kan moet wil wou",
    "lb": "huet hunn hat hate ass sinn war waren gouf goufen wäert kann muss soll wëll",
}.items()}
_POSSESSIVE = ("'s", "’s")  # an English name's genitive: "did not accept Russia's proposal" is Russia's


def _denied(ctx: Any, mention: Any, cues: Any, function: frozenset[str] | None) -> bool:
    """Whether a negation of the source's language stands right before ``mention``, or
    before the function words (up to DENIED_REACH) and the capitalised words of the same
    name (up to NAME_WORDS) before it, in its clause, or words that set it against
    another (:func:`~checker.text.negation.instead_words`): "The talks will be held in
    Geneva, not in Vienna", "nicht in Wien, sondern in Genf", "y no en Viena", "et non à
    Vienne", "не в Вене, а в Женеве" name Vienna as the place the talks are not held;
    "announced by Sergei Lavrov rather than Dmitry Peskov" names Lavrov. So too the object
    of a negated verb, past up to DENIED_WORDS words in lower case (the verb, its noun) and
    the names of weekdays, or of a verb negated from inside: "Putin did not meet Zelensky",
    "did not hold talks with Zelensky", "Путин не встретился с Зеленским", "Putin se nesetkal
    se Zelenským", "Tusk nie spotkał się we wtorek z prezydentem Dudą" name the one not met
    (not a name in the genitive, "did not accept Russia's proposal")."""
    facts = ctx.facts
    keys = facts.keys
    if verb_comes_last(ctx.language) and _denied_after(ctx, mention, cues, function):
        return True
    if primary_language(ctx.language) in NEGATION_AFTER_OBJECT and _negated_after(ctx, mention, cues, function):
        return True
    instead = instead_words(ctx.language)
    days = weekday_names(primary_language(ctx.language))
    t = facts.token_index(mention.start) - 1
    short = named = lower = 0
    possessive = facts.text.startswith(_POSSESSIVE, mention.end)
    while t >= 0 and CLAUSE_BREAKS.isdisjoint(facts.text[facts.ends[t]:facts.starts[t + 1]]):
        if cues.at(keys, t) or (instead and any(run[-1] == keys[t] and tuple(keys[t + 1 - len(run):t + 1]) == run
                                                for run in instead)):
            return not lower or not possessive
        if _a_function_word(keys[t], function) and short < DENIED_REACH:
            short += 1
        elif keys[t] in days:
            pass  # "nie spotkał się we wtorek z prezydentem Dudą"
        elif facts.text[facts.starts[t]].isupper() and named < NAME_WORDS and not short and not lower:
            named += 1
        elif (lower < (DENIED_WORDS if function is not None else 1) and facts.text[facts.starts[t]].islower()
              and not keys[t].isdigit()):  # without a list, a verb only: "ekki haldin í Dravik"
            if cues.negated(keys[t], facts.text[facts.starts[t]:facts.ends[t]]) and not possessive:
                return True
            lower += 1
        else:
            return False
        t -= 1
    return False


SHORT_FUNCTION_WORD = 2  # letters of a word read as a function word where the language has no list of them


def _a_function_word(key: str, function: frozenset[str] | None) -> bool:
    """Whether a folded word is a function word: of the language's list, or where it has
    none, of SHORT_FUNCTION_WORD letters at most (Icelandic "í", Albanian "në", Maltese "f")."""
    return key in function if function is not None else len(key) <= SHORT_FUNCTION_WORD


SUBJECT_REACH = 2  # function words from a name to the negation of its verb ("did not", "has not")


def _subject_denied(ctx: Any, mention: Any, cues: Any, function: frozenset[str],
                    anchors: list[tuple[int, int]]) -> bool:
    """Whether ``mention`` is the subject of the rule's own anchor negated: the name, up
    to SUBJECT_REACH function words, a negation, and past one function word at most (an
    auxiliary: "n'a pas assisté") the anchor, in one clause: "Erdogan did not attend the summit",
    "Erdoğan no asistió a la cumbre", "Erdoğan n'a pas assisté au sommet", "Эрдоган не
    участвовал в саммите" name no one who attended (not "Erdogan did not say whether he
    attended", whose verb is another)."""
    facts = ctx.facts
    keys = facts.keys
    t = facts.token_index(mention.end - 1) + 1
    denied = False
    before = after = 0  # function words before the negation and after it
    while t < len(keys) and CLAUSE_BREAKS.isdisjoint(facts.text[facts.ends[t - 1]:facts.starts[t]]):
        if denied and any(first <= t <= last for first, last in anchors):
            return True
        if cues.at(keys, t):
            denied = True
        elif keys[t] not in function or (after if denied else before) >= (1 if denied else SUBJECT_REACH):
            return False
        elif denied:
            after += 1
        else:
            before += 1
        t += 1
    return False


ANCHOR_REACH = 10  # words from a name to the verb at its clause's end ("총리는 화요일 서울에 오지 않았고 윤 대통령을")
ANCHOR_NEGATION = 2  # words after that verb where its negation stands ("만나지 않았다", "دیدار نکرد")


def _anchor_denied_after(ctx: Any, mention: Any, cues: Any, anchors: list[tuple[int, int]]) -> bool:
    """Where the verb comes last, whether the first of the rule's anchors after
    ``mention`` in its clause, no more than ANCHOR_REACH words on, is negated, from inside
    or by a negation up to ANCHOR_NEGATION words (in a script without spaces, the reach
    of its negating endings) after it: the name is its subject or its object, and no one
    who did it. Turkish "Erdoğan zirveye katılmadı", Korean "기시다 총리는 … 윤 대통령을 만나지
    않았다", Persian "با پوتین دیدار نکرد", Japanese "ゼレンスキー氏とは会談しなかった"."""
    if not verb_comes_last(ctx.language):
        return False
    facts = ctx.facts
    keys = facts.keys
    after = facts.token_index(mention.end - 1) + 1
    for t in range(after, min(after + ANCHOR_REACH * (2 if cues.endings else 1), len(keys))):
        if not CLAUSE_BREAKS.isdisjoint(facts.text[facts.ends[t - 1]:facts.starts[t]]):
            return False
        anchor = next((last for first, last in anchors if first <= t <= last), None)
        if anchor is None:
            continue
        for u in range(t, min(anchor + 1 + (cues.reach or ANCHOR_NEGATION), len(keys))):
            if u > t and not CLAUSE_BREAKS.isdisjoint(facts.text[facts.ends[u - 1]:facts.starts[u]]):
                return False
            if cues.at(keys, u) or cues.negated(keys[u], facts.text[facts.starts[u]:facts.ends[u]]):
                return True
        return False
    return False


def _negated_after(ctx: Any, mention: Any, cues: Any, function: frozenset[str] | None) -> bool:
    """Whether the negation of a language of :data:`NEGATION_AFTER_OBJECT` follows
    ``mention`` in its clause, past no more than OBJECT_REACH words: function words, names
    of weekdays and the word after a function word (a preposition's: "hat Selenskyj am
    Donnerstag in Istanbul nicht getroffen", "heeft Zelensky donderdag niet ontmoet"; not
    "nicht nur", nor the subject before the object, "hat Putin Selenskyj nicht getroffen")."""
    facts = ctx.facts
    keys = facts.keys
    days = weekday_names(primary_language(ctx.language))
    t = facts.token_index(mention.end - 1) + 1
    if t < len(keys) and keys[t] in _FINITE_AFTER_SUBJECT.get(primary_language(ctx.language) or "", ()):
        return False  # "Marc Claessens habe kein Risiko festgestellt": the subject
    for _ in range(OBJECT_REACH + 1):
        if t >= len(keys) or not CLAUSE_BREAKS.isdisjoint(facts.text[facts.ends[t - 1]:facts.starts[t]]):
            return False
        if cues.at(keys, t):
            return "".join(keys[t:t + 2]) not in cues.compounds
        if function is None or not (keys[t] in days or keys[t] in function or keys[t - 1] in function):
            return False
        t += 1
    return False


def _denied_after(ctx: Any, mention: Any, cues: Any, function: frozenset[str] | None) -> bool:
    """Where the verb comes last, whether the verb right after ``mention``, past the
    postposition or case ending after it (up to DENIED_REACH function words or words of
    three letters, one at least), is negated from inside or by a negation after it, in
    its clause, or a negation follows that word itself: Turkish "Erdoğan Özgür Özel ile
    görüşmedi" names Özel as the one he did not meet, "Zelenski ile değil, Erdoğan ile
    görüştü" Zelensky as the one not met (the subject, with no such word after it, is not
    denied)."""
    facts = ctx.facts
    keys = facts.keys
    t = facts.token_index(mention.end - 1) + 1
    particles = _OBJECT_PARTICLES.get(primary_language(ctx.language))
    if particles is not None:
        return _denied_object(ctx, t, cues, particles)
    between = 0
    while t < len(keys) and CLAUSE_BREAKS.isdisjoint(facts.text[facts.ends[t - 1]:facts.starts[t]]):
        if between and (cues.negated(keys[t], facts.text[facts.starts[t]:facts.ends[t]]) or cues.at(keys, t) or (
                t + 1 < len(keys) and cues.at(keys, t + 1)
                and CLAUSE_BREAKS.isdisjoint(facts.text[facts.ends[t]:facts.starts[t + 1]]))):
            return True
        if between < DENIED_REACH and (len(keys[t]) <= 3 or (function is not None and keys[t] in function)):
            between += 1
            t += 1
            continue
        return False
    return False


# Korean writes a name's role as a particle on it or on the title after it: with
# (과, 와, 하고, folded) and the object (을, 를). Such a name before a negated verb is the one
# not met: "푸틴 대통령과 만나지 않았다", "젤렌스키와 회담하지 않았다" (a subject's or topic's
# particle, 은, 는, 이, 가, is none of these).
_OBJECT_PARTICLES: dict[str, tuple[str, ...]] = {"ko": ("gwa", "wa", "hago", "eul", "leul", "reul")}


def _denied_object(ctx: Any, t: int, cues: Any, particles: tuple[str, ...]) -> bool:
    """Whether the name that ends before token ``t`` carries one of ``particles``, or
    the title right after it does, and a verb negated after it or before it follows, in
    its clause (:data:`_OBJECT_PARTICLES`)."""
    facts = ctx.facts
    keys = facts.keys

    def joined(a: int, b: int) -> bool:
        return b < len(keys) and CLAUSE_BREAKS.isdisjoint(facts.text[facts.ends[a]:facts.starts[b]])

    if not keys[t - 1].endswith(particles):
        if not (joined(t - 1, t) and keys[t].endswith(particles)):
            return False
        t += 1
    return joined(t - 1, t) and (cues.at(keys, t) or (joined(t, t + 1) and cues.at(keys, t + 1)))


ARTICLE_LENGTH = 3  # letters of a name's first word that may be its article ("The", "El", "L'")
ARTICLE_REST = 5  # letters the rest keeps: "Le Pen" and "La Paz" are left whole


@lru_cache(maxsize=4096)
def _without_article(name: str) -> str | None:
    """``name`` without its first word, where that word is short enough to be an article
    and the rest long enough to be a name ("The Kremlin", "El Congreso", "L'Élysée");
    None otherwise. The rest is looked for too, and taken where that word is an article
    (:func:`_article_left_out`)."""
    starts, _, keys = token_columns(name)
    if len(keys) < 2 or len(keys[0]) > ARTICLE_LENGTH or sum(map(len, keys[1:])) < ARTICLE_REST:
        return None
    return name[starts[1]:]


@lru_cache(maxsize=4096)
def _articles(names: tuple[str, ...]) -> dict[str, str]:
    """The names written with an article that ``names`` lacks without it, by the name
    without it (:func:`_without_article`)."""
    found: dict[str, str] = {}
    for name in names:
        rest = _without_article(name)
        if rest is not None and rest not in names:
            found.setdefault(rest, name)
    return found


def _article_left_out(ctx: Any, mention: Any, name: str) -> bool:
    """Whether ``mention`` of a name without its first word (:func:`_without_article`)
    names ``name``: that word is a function word of the source's language or of English,
    which rules are mostly written in ("al Congreso" for "El Congreso", "Kremlin
    spokesman" and "الكرملين" for "The Kremlin"), and no capitalised word follows the
    mention in a longer name ("Salvador Illa" is not "El Salvador")."""
    article = fold_words(name)[0]
    if not any(article in (function_words(language) or ()) for language in (ctx.language, "en")):
        return False
    facts = ctx.facts
    after = facts.token_index(mention.end - 1) + 1
    if after < len(facts.keys) and not facts.text[mention.end:facts.starts[after]].strip():
        return not facts.text[facts.starts[after]].isupper()
    return True


def _folded_names(names: list[str]) -> frozenset[str]:
    return frozenset(" ".join(fold_words(name)) for name in names)


def _in_the_anchors_clause(near: list[tuple[Any, Any]], names: dict[str, str], ctx: Any) -> list[tuple[Any, Any]]:
    """Of the names of several values near an anchor in one sentence, those with no clause
    mark between them and their anchor, where that leaves fewer values: "Amara Nwosu won,
    defeating David Okafor", "以54.3%的得票率胜出，击败对手奥卡福尔", "اوکافور نے کامیابی حاصل
    کی، جبکہ ان کی حریف نووسو" name the winner, the other being the one defeated (a list,
    "Putin and Erdogan attended", keeps both)."""
    by_sentence: dict[Any, list[tuple[Any, Any]]] = {}
    for pair in near:
        by_sentence.setdefault(ctx.facts.sentence_at(pair[0].start), []).append(pair)
    kept = []
    for pairs in by_sentence.values():
        values = {names[mention.phrase] for mention, _ in pairs}
        if len(values) > 1:
            own = [(mention, anchor) for mention, anchor in pairs if ctx.clause_breaks(mention, anchor, words=False) == 0]
            if own and len({names[mention.phrase] for mention, _ in own}) < len(values):
                pairs = own
            elif not _listed(pairs, ctx):
                # and past a word for "and" that joins another clause, with no comma: "Luca Ferrante
                # levelled after the break and Marek Davoli scored the winner"
                own = [(mention, anchor) for mention, anchor in pairs if ctx.clause_breaks(mention, anchor) == 0]
                if own and len({names[mention.phrase] for mention, _ in own}) < len(values):
                    pairs = own
        kept.extend(pairs)
    return sorted(kept, key=lambda pair: pair[0].start)


SPEAKER_REACH = 2  # words between a speaker's name and the verb of saying ("Joshi ने बताया")


def _past_speaker(pairs: list[tuple[Any, Any]], names: dict[str, str], ctx: Any) -> list[tuple[Any, Any]]:
    """The names but a speaker's, where another value is named in what the speaker says: in
    "District police chief Kavita Joshi said Rawal was arrested" the one arrested is Rawal
    ("पुलिस अधीक्षक कविता जोशी ने बताया कि रावल को … गिरफ्तार किया गया")."""
    if len({names[mention.phrase] for mention, _ in pairs}) < 2:
        return pairs
    from ..facts.dates import reporting_verbs

    verbs = reporting_verbs(primary_language(ctx.language) or "")
    if not verbs:
        return pairs
    facts = ctx.facts

    def said_after(mention: Any) -> int | None:
        following = facts.token_index(mention.end - 1) + 1
        return next((facts.ends[t] for t in range(following, min(following + SPEAKER_REACH + 1, len(facts.keys)))
                     if facts.keys[t] in verbs), None)

    kept = []
    for mention, anchor in pairs:
        said = said_after(mention)
        if said is not None and anchor.start >= said and any(
                names[other.phrase] != names[mention.phrase] and other.start >= said
                and facts.sentence_at(other.start) == facts.sentence_at(mention.start) for other, _ in pairs):
            continue
        kept.append((mention, anchor))
    return kept


def _listed(pairs: list[tuple[Any, Any]], ctx: Any) -> bool:
    """Whether two of the names found are items of one list, a word for "and" or a comma
    alone between them ("Putin and Erdogan attended", "Putin, Erdogan and Aliyev")."""
    ands = and_words(primary_language(ctx.language) or "")
    mentions = sorted((mention for mention, _ in pairs), key=lambda m: m.start)
    return any(ctx.facts.text[a.end:b.start].strip().casefold() in ands | {",", ""}
               for a, b in pairwise(mentions))


NAME_PART = 2  # letters of a name's first or last word too few for it to stand for the name alone
NAME_PART_WORDS = (2, 4)  # words of a name whose first and last may


@lru_cache(maxsize=4096)
def _name_parts(given: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """The first and last word of each name of a person (or a body) of two to four
    capitalised words, by the value it stands for: a report names someone in full once
    and by one of those words after ("Joe Biden … Biden won", "Kim Jong Un … Kim"). Not a
    word two values share ("Maria Popescu", "Ion Popescu"),
    nor one of NAME_PART letters or fewer, a function word of English ("The Kremlin"), a
    name the rule gives whole, or any word of a name with a word in lower case ("Bank of
    England", "Ursula von der Leyen"), of a country's or a city's ("North Korea", "New York")."""
    whole = {fold(name) for name, _ in given}
    english = function_words("en") or frozenset()
    owners: dict[str, set[str]] = {}
    for name, value in given:
        words = name.split()
        if not NAME_PART_WORDS[0] <= len(words) <= NAME_PART_WORDS[1] \
                or any(word[:1].islower() for word in words) or territory_code(name) or city_zone(name):
            continue
        for word in (words[0], words[-1]):
            key = fold(word)
            if len(key) > NAME_PART and key not in english and key not in whole:
                owners.setdefault(word, set()).add(value)
    return {word: values.pop() for word, values in owners.items() if len(values) == 1}


def _part_alone(ctx: Any, mention: Any, parts: dict[str, str]) -> bool:
    """Whether a mention of a word of a name (:func:`_name_parts`) stands for the name:
    in a script with capitals, capitalised and with no capitalised word right after it,
    which would make it part of another name ("Kim Yo Jong" names no Kim Jong Un), nor
    right before it a word of another value's name."""
    facts = ctx.facts
    text = facts.text
    initial = text[mention.start]
    if initial.lower() == initial.upper():
        return True
    if not initial.isupper():
        return False
    first, last = facts.token_index(mention.start), facts.token_index(mention.end - 1)
    after = last + 1
    if after < len(facts.keys) and not text[mention.end:facts.starts[after]].strip() \
            and text[facts.starts[after]].isupper():
        return False
    if first > 0 and not text[facts.ends[first - 1]:mention.start].strip():
        before = text[facts.starts[first - 1]:facts.ends[first - 1]]
        return not any(fold(before) == fold(part) and value != parts[mention.phrase] for part, value in parts.items())
    return True


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
