"""``check: phrase`` — sources state (or do not deny) a claim.

``expect`` lists phrasings of the claim (or maps each language to its phrasings);
``contradicted_by`` lists phrasings that contradict it. A sentence matches a phrasing
when the phrasing's words occur in it, in order, fuzzily (inflection and typos
tolerated; words of three letters or fewer may be missing when the phrasing has two
longer words, and one longer word in three beyond the first may be missing, at a lower
score), or in languages whose cases say who did what (:data:`FREE_ORDER`), in any order
within a clause, as the phrasing writes them. A match negated in the article's
language ("Putin nije prihvatio poziv", "nu a acceptat") counts the other way; a
negation that is part of the phrasing itself ("will not hesitate", "neće oklijevati")
is not a denial.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from .. import hookimpl
from ..errors import RuleSchemaError
from ..model import Finding, Rule, Verdict
from ..text.cldr import and_words
from ..text.function_words import before_nouns, determiners, function_words
from ..text.fuzzy import (
    PARTICIPLE_SCORE,
    SEPARABLE_PARTICLES,
    VERBAL_NOUNS,
    infinitive,
    participle_meets,
    verbal_noun,
)
from ..text.negation import (
    ASKING_REACH,
    DENIED_REACH,
    Cues,
    asking_after,
    asking_after_denial,
    asking_letters,
    asking_words,
    but_words,
    instead_words,
    negation_cues,
    truth_words,
    written_stem,
)
from ..text.normalise import (
    ABJAD_LANGUAGES,
    CAPITALISED_NOUNS,
    after_a_leading_vowel,
    fold,
    fold_phrase,
    fold_words,
    primary_language,
    token_columns,
)
from ..text.sentences import CLAUSE_BREAKS, Span, ends_a_clause
from ..text.tense import (
    clause_openers,
    ends_non_past,
    future_around,
    future_cue_in,
    has_future_ending,
    has_future_form,
    infinitive_marker,
    opens_subclause,
    possibility_words,
    present_for_past,
    progressives,
    reads_present_for_past,
    supposing_words,
    tense_particles,
    verb_comes_last,
)
from .base import RuleType, as_phrasings, option

LOOK_BEHIND = 3  # tokens before the first matched word where a negation still applies
DENYING_FIRST = frozenset({"tl", "fil"})  # languages with a verb of denying among their cues, written first
LOOK_AHEAD = 2  # and after the last ("nahm die Einladung nicht an")
SHORT_WORDS_BEHIND = 3  # words of OPTIONAL_LENGTH before the match that LOOK_BEHIND does not count
SUBJECT_CLAUSE_REACH = 3  # more tokens back to a verb of denying's "that" where the verb comes first

LIGHT_REACH = 3  # light verbs and auxiliaries between a noun of denying and its "that" ("खारिज कर दिया है कि")
AUXILIARY_LENGTH = 3  # letters of an auxiliary between a verb of denying and its "that" ("su", "է")
OPTIONAL_LENGTH = 3  # words this short (articles, particles) may be missing from a paraphrase
LISTED_CONTENT = 3  # letters of a listed function word that may be a content word ("new", "low"; not "of", "in")
# Thai, Lao, Khmer and Burmese are read a letter at a time, and a letter missing is
# another word: every letter of a phrasing must be there, in order, with no more than
# LETTER_GAP letters between two of them (a negation, "ยังไม่ได้", "ຍັງບໍ່ທັນໄດ້", "មិនទាន់បាន", stands
# between the subject and the verb), but in Burmese for its last LETTER_TAIL letters: it ends
# an affirmed sentence with "သည်" and a negated one with "ပါ" (in Thai the last letters may be
# the verb: "สนามบิน", the airport, states no "สนามบินปิด"). Han and kana are words, and keep
# the tolerance of words.
_LETTERED = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_TAILED = regex.compile(r"\p{Myanmar}")
LETTER_GAP = 16
LETTER_STEP = 3  # letters of a word follow each other: a longer step is the one gap a match may have
LETTER_TAIL = 3
# Languages whose cases and agreement, not word order, say who did what, and which
# write a name's case on the name itself: a clause puts the object or the verb first
# as readily as the subject ("Poziv je prihvatio Putin", "Приглашение Путин принял",
# "Daveti Putin kabul etti"). In these a phrasing's words also match in any order within
# one clause of the sentence (no comma, semicolon or bracket between them), each as the
# phrasing writes it, at a lower score. In the others order is what tells subject from
# object: English, the Romance languages and Chinese, and also German, Greek,
# Bulgarian, Macedonian and the languages that mark a role with a word of its own
# (Hindi का, Japanese の), where a name keeps its form in "die Einladung von Putin", "την
# πρόσκληση του Πούτιν", "поканата на Путин" (Putin's invitation): only the phrasing's
# order matches.
FREE_ORDER = frozenset({
    "ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs",  # Slavic with cases
    "lt", "lv", "fi", "et", "hu", "sq", "ka", "hy",
    "tr", "az", "kk", "uz", "ky", "tk", "tt", "ba",  # Turkic
    "ta", "te", "ml", "kn", "ko",
})
UNORDERED_FACTOR = 0.95  # an unordered match's score, against an ordered one's
# Languages that put a clause's verb at its end in the perfect, after a modal and in a
# subordinate clause, while a phrasing in the past has it second ("Der Bundestag billigte
# das Gesetz"; "hat das Gesetz gebilligt"): a phrasing's word may come after the others.
VERB_LAST = frozenset({"de", "nl", "af", "lb", "fy", "gsw"})
# Languages whose finite verb stands second in its clause: after a first word or phrase
# that is no subject it comes before the subject ("Am Freitag billigte das Parlament das
# Gesetz", "Op zondag werd de luchthaven gesloten", "I söndags stängdes flygplatsen").
VERB_SECOND = VERB_LAST | frozenset({"sv", "da", "nb", "nn", "is", "fo"})
INVERSION_REACH = 3  # tokens from the verb to the subject's first word it stands before ("billigte das Parlament")
BRACKET_REACH = 14  # words from the last of the others to the verb at the clause's end (a long middle field:
# "hat den Vertrag über die Erweiterung der Allianz am Montag in Brüssel nicht unterschreiben wollen")
# The passive voice states what a phrasing's active states, its agent after a word of
# its own: "The invitation was accepted by Putin", "La invitación fue aceptada por
# Putin", "L'invitation a été acceptée par Poutine", "Die Einladung wurde von Putin
# angenommen" state "Putin accepted the invitation". In these languages a phrasing's
# words also match in any order within one clause when its first word (the subject) is
# the agent: the word for "by" stands right before it or before its article, so "Putin
# was invited by Xi" does not state "Putin invited Xi", and a passive auxiliary stands
# before that "by" in the clause, so "the invitation by Putin was accepted by Kim" does
# not either. (A German clause with its auxiliary last, "dass die
# Einladung von Putin angenommen wurde", is not read.) Each pair: the words for "by",
# the auxiliaries (folded; Italian è and Portuguese é are left out, which fold to the
# word for "and").
_PASSIVES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    language: (frozenset(fold_words(by)), frozenset(fold_words(auxiliaries))) for language, (by, auxiliaries) in {
        "en": ("by", "was were been being is are be"),
        "es": ("por", "fue fueron sido será serán es son era eran"),
        "pt": ("por pelo pela pelos pelas", "foi foram sido será serão são era eram"),
        "fr": ("par", "été est sont fut furent sera seront était étaient"),
        "it": ("da dal dalla dai dalle dallo dagli", "stato stata stati state fu furono sarà viene vengono venne"),
        "ca": ("per pel pels", "estat fou foren és són ser"),  # "va ser aprovada pel Parlament"
        "ro": ("de către", "fost este sunt"),
        "de": ("von vom durch", "wurde wurden worden wird werden"),
        "nl": ("door", "werd werden wordt worden"),
    }.items()
}
_AGENT_ARTICLE = 2  # tokens from the word for "by" to the agent ("by the parliament")


@lru_cache(maxsize=256)
def _passives(language: str | None) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words for "by" and the passive auxiliaries of ``language``, if it has them."""
    return _PASSIVES.get(primary_language(language))


@dataclass(frozen=True)
class PhraseExpectation:
    expect: dict[str | None, list[str]]
    contradicted_by: dict[str | None, list[str]]

    def __str__(self) -> str:
        first = next(iter(self.expect.values()), None) or next(iter(self.contradicted_by.values()))
        return f"stated: {first[0]!r}" if self.expect else f"not stated: {first[0]!r}"


# Languages whose word for "that" is also the infinitive's ("att betala", "at betale"): a
# phrasing may begin with it.
_INFINITIVE_THAT = frozenset({"sv", "da", "nb", "nn"})


def _no_clause_split(key: str, table: dict[str | None, list[str]]) -> None:
    """Refuse a phrasing that begins with its language's word for "that" after another in its
    list: YAML's flow list parts ``[zaprzeczyła, że wyciekły dane]`` at its comma, into a verb
    that then agrees alone and a clause of its own, where the phrasing was one."""
    for language, phrasings in table.items():
        base = primary_language(language)
        if base is None or base in _INFINITIVE_THAT:
            continue
        that = negation_cues(base).that
        for before, phrasing in pairwise(phrasings):
            words = fold_words(phrasing)
            if words and words[0] in that:
                raise RuleSchemaError(
                    f"phrasing '{phrasing}' ({language}) begins with '{phrasing.split()[0]}' (that): a comma in a"
                    f" YAML list [a, b] parts it from '{before}'; quote the phrasing, \"{before}, {phrasing}\"", key)


class PhraseRuleType(RuleType):
    name = "phrase"
    description = "sources state a claim; a negated statement or a contradicting phrasing contradicts"
    value_kind = ""

    @dataclasses.dataclass
    class Options:
        contradicted_by: dict[str | None, list[str]] = option(
            default_factory=dict, convert=as_phrasings,
            doc="phrasings that contradict the claim: a list, or a mapping language -> list")

    def parse_expected(self, rule: Rule, raw: Any) -> dict[str | None, list[str]]:
        return as_phrasings(raw)

    def validate(self, rule: Rule) -> None:
        if rule.expected is None and not rule.options.contradicted_by:
            raise RuleSchemaError("a 'phrase' rule needs 'expect' or 'contradicted_by'", None)
        for key, table in (("expect", rule.expected or {}), ("contradicted_by", rule.options.contradicted_by)):
            _no_clause_split(key, table)
        rule.expected = PhraseExpectation(rule.expected or {}, rule.options.contradicted_by)

    def phrases(self, rule: Rule) -> list[str]:
        expectation: PhraseExpectation = rule.expected
        phrasings = [p for table in (expectation.expect, expectation.contradicted_by) for ps in table.values() for p in ps]
        return phrasings + self.silent_without(rule) + self._negated_stems(rule)

    def _negated_stems(self, rule: Rule) -> list[str]:
        """The verbs of the phrasings negated by their ending, without it, as written: what
        :func:`_plan` requires of them ("റദ്ദാക്കിയ" of "റദ്ദാക്കിയില്ല")."""
        expectation: PhraseExpectation = rule.expected
        stems: list[str] = []
        for table in (expectation.expect, expectation.contradicted_by):
            for language, phrasings in table.items():
                for phrasing in phrasings:
                    starts, ends, _ = token_columns(phrasing)
                    stems += [stem for start, end in zip(starts, ends)
                              if (stem := written_stem(phrasing[start:end], language)) is not None]
        return list(dict.fromkeys(stems))

    def silent_without(self, rule: Rule) -> list[str]:
        """The words a match can start with, in any language: a phrasing's words longer
        than OPTIONAL_LENGTH when it has two such words that no language negates with
        (:func:`_plan` then requires only those), else all its words. Each is given as
        the phrasing writes it, since the index folds it again: a folded word of another
        script may hold the apostrophes of its transliteration, which split it into
        several words when read again (Georgian "მეწყერი" folds to "mets'q'eri")."""
        expectation: PhraseExpectation = rule.expected
        every_cue = negation_cues(None)
        words: list[str] = []
        for table in (expectation.expect, expectation.contradicted_by):
            for phrasing in (p for ps in table.values() for p in ps):
                starts, ends, folded = token_columns(phrasing)
                written = [phrasing[start:end] for start, end in zip(starts, ends)]
                longer = [i for i, w in enumerate(folded) if len(w) > OPTIONAL_LENGTH]
                chosen = longer if sum(folded[i] not in every_cue for i in longer) >= 2 else range(len(folded))
                words += [written[i] for i in chosen]
        return list(dict.fromkeys(words))

    def check(self, rule: Rule, ctx: Any) -> list[Finding]:
        expectation: PhraseExpectation = rule.expected
        cues = negation_cues(ctx.language)
        candidates = [(p, True) for p in _for_language(expectation.expect, ctx.language)]
        candidates += [(p, False) for p in _for_language(expectation.contradicted_by, ctx.language)]
        telling = _telling_words(tuple(candidates), cues, primary_language(ctx.language))
        best: dict[Any, tuple] = {}  # sentence -> best match in it
        for phrasing, supports in candidates:
            for sentence, match in _matches(ctx, phrasing, cues, telling.get(phrasing, frozenset())):
                if sentence not in best or match[0] > best[sentence][0]:
                    best[sentence] = (*match, supports, phrasing)
        findings = []
        for sentence in sorted(best, key=lambda s: s.start):
            score, first, last, negated, supports, phrasing = best[sentence]
            if ctx.told_long_before(_clause_of(ctx, last, sentence)) and not ctx.says_long_before(phrasing):
                continue  # "It cut rates three times in 2023": another time's deed (not "inspected last year")
            affirms = supports != negated
            stance: Verdict = "agrees" if affirms else "contradicts"
            start, end = ctx.facts.starts[first], ctx.facts.ends[last]
            note = "negated" if negated else None
            findings.append(Finding(value=affirms, stance=stance, note=note,
                                    evidence=ctx.evidence(start, end, score, self.format_value(affirms))))
        return findings

    def judge(self, rule: Rule, value: Any) -> Verdict:
        return "agrees" if value else "contradicts"

    def format_value(self, value: Any) -> str:
        return "stated" if value else "denied"

    def format_expected(self, rule: Rule) -> str:
        return str(rule.expected)


@lru_cache(maxsize=1024)
def _telling_words(candidates: tuple[tuple[str, bool], ...], cues: Cues,
                   language: str | None) -> dict[str, frozenset[str]]:
    """For each phrasing, its required words that no phrasing of the other side writes: the
    words that tell "admitted" from "denied" ("Novachem popřel …" against "Novachem přiznal
    …"), which a match may not leave out, or it would state either."""
    words = {phrasing: set(_plan(phrasing, cues, language)[0]) for phrasing, _ in candidates}
    sides = {True: set(), False: set()}  # type: dict[bool, set[str]]
    for phrasing, supports in candidates:
        sides[supports] |= words[phrasing]
    if not sides[True] or not sides[False]:
        return {}
    return {phrasing: frozenset(words[phrasing] - sides[not supports]) for phrasing, supports in candidates}


def _for_language(table: dict[str | None, list[str]], language: str | None) -> list[str]:
    """Phrasings for an article: its language's and the language-neutral ones; every
    phrasing when the table has neither (folding makes cross-language matching safe)."""
    base = primary_language(language)
    chosen = table.get(None, []) + table.get(base, []) + (table.get(language, []) if language != base else [])
    if not chosen and base not in table:
        chosen = [p for ps in table.values() for p in ps]
    return chosen


# Vietnamese writes a syllable a word: its short words are the content ("bác bỏ", reject;
# "ủng hộ", support), all required but the particles of tense, number and relation.
# (compared as written, with their marks: "Độ" of "Ấn Độ", India, is no "đó", that; folded, both are "do")
_SYLLABLE_WORDS = {"vi": frozenset(unicodedata.normalize("NFC", word) for word in (
    "đã", "sẽ", "đang", "vừa", "các", "những", "của", "và", "là", "được", "bị", "thì", "mà", "này", "đó", "cũng"))}


@lru_cache(maxsize=4096)
def _plan(phrasing: str, cues: Cues, language: str | None = None) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """The words a sentence must contain, in order, whether the phrasing itself is
    negated ("will not hesitate", "受け入れなかった"), and the short words after its last
    required one, which a match takes in when they follow it: the verb that ends a
    clause in Urdu, Hindi or Bengali ("اعلان کیا", "घोषित किया"), before which the
    negation stands ("اعلان نہیں کیا")."""
    starts, ends, words = token_columns(phrasing)
    denying = cues.within(words)
    # a verb negated by its ending stays, as its stem: "മത്സരം റദ്ദാക്കിയില്ല" (the match was
    # not cancelled) needs the verb, or any sentence naming the match would deny it
    stems = {i: fold(stem) for i in denying if words[i] not in cues
             and (stem := written_stem(phrasing[starts[i]:ends[i]], language)) is not None}
    kept = [i for i in range(len(words)) if i not in denying or i in stems]
    content = [stems.get(i, words[i]) for i in kept]
    particles = _SYLLABLE_WORDS.get(primary_language(language))
    if particles is not None:
        required = [stems.get(i, words[i]) for i in kept
                    if unicodedata.normalize("NFC", phrasing[starts[i]:ends[i]].casefold()) not in particles] or content
        return tuple(required), bool(denying), ()
    # an abjad folds a word to fewer letters than it writes: "صادر" (issued) is "sdr", a word of its own
    written = [len(phrasing[starts[i]:ends[i]]) if primary_language(language) in ABJAD_LANGUAGES else 0 for i in kept]
    long = [len(w) > OPTIONAL_LENGTH or n > OPTIONAL_LENGTH for w, n in zip(content, written, strict=True)]
    required = [w for w, keep in zip(content, long, strict=True) if keep]
    if len(required) < 2:
        required = content
    last = max((i for i, keep in enumerate(long) if keep), default=len(content))
    trailing = content[last + 1:] if required != content else []
    return tuple(required), bool(denying), tuple(trailing)


SHORT_ENDING = 4  # letters an ending may add to a short content word ("cut" in "cuts", "tax" in "taxes")


@lru_cache(maxsize=4096)
def _short_content(phrasing: str, language: str | None, cues: Cues) -> tuple[tuple[str, int, int, int], ...]:
    """The words of OPTIONAL_LENGTH letters or fewer that :func:`_plan` does not require
    but that are no function words of ``language`` ("cut", "tax", "war"; not "the",
    "has"), each with the number of required words before it and 0; none in a language
    without a list of function words, or when the short words are required already.
    Also the words of its list of function words that stand between two required words,
    each with the number of words between those two and its place among them, and such a
    word right after the last required one: the lists hold content words too ("won",
    "ran", "saw", "new", "old", "high", "low" in English), which another word in their
    place replaces (:func:`_short_word_replaced`)."""
    required = _plan(phrasing, cues, language)[0]
    if any(len(w) <= OPTIONAL_LENGTH for w in required):
        return ()
    function = function_words(language)
    if function is None:
        return ()
    words = fold_words(phrasing)
    denying = cues.within(words)
    longer = [i for i, word in enumerate(words) if len(word) > OPTIONAL_LENGTH and i not in denying]
    numbers = number_words(language)
    verb_last = verb_comes_last(language) or primary_language(language) in VERB_LAST
    shorts, before = [], 0
    for i, word in enumerate(words):
        if i in denying:
            continue
        if len(word) > OPTIONAL_LENGTH:
            before += 1
        elif (word not in function or word in numbers) and not word.isdigit():
            # with how far it stands after the last required word: "approved the new tax"
            shorts.append((word, before, 0, i - longer[-1] if longer and before == len(longer) else 0))
        elif 0 < before < len(longer) and not word.isdigit():
            shorts.append((word, before, longer[before] - longer[before - 1] - 1, i - longer[before - 1]))
        elif (longer and before == len(longer) and i == longer[-1] + 1 == len(words) - 1
              and len(word) >= LISTED_CONTENT and not verb_last):
            shorts.append((word, before, -1, 1))  # the last word, right after the last required one: "a record low"
    return tuple(shorts)


def _short_word_replaced(ctx: Any, required: tuple[str, ...], shorts: tuple[tuple[str, int, int, int], ...],
                         matched: dict[int, str], sentence: Any, cues: Cues) -> bool:
    """Whether a short content word of the phrasing (:func:`_short_content`) is neither
    in its place in the match, as written or with an ending, nor left out: another
    content word stands there ("the government raised taxes" for "the government cut
    taxes"). Its place is between the tokens of the required words around it, or the two
    tokens before the first or after the last (where it may also stand further off in
    the clause: "the court on Friday lifted"); the match's clause where those are not in
    order (a free word order, the passive voice)."""
    keys = ctx.facts.keys
    tokens = ctx.facts.tokens_in(sentence)
    function = function_words(ctx.language) or frozenset()
    numbers = number_words(ctx.language)
    where: dict[str, int] = {}
    for token in sorted(matched):
        where.setdefault(matched[token], token)
    first, last = min(matched), max(matched)
    clause = range(_clause_start(ctx, first, tokens.start), _clause_end(ctx, last, tokens.stop))
    own = {*required, *(short[0] for short in shorts)}
    for word, k, between, place in shorts:
        before = where.get(required[k - 1]) if k > 0 else None
        after = where.get(required[k]) if k < len(required) else None
        if between > 0:  # a listed function word: replaced only by one other word, word for word,
            # and only where it stands nowhere else in the clause ("ez du onartu" for "onartu du")
            if (before is not None and after is not None and after - before - 1 == between
                    and not any(keys[t].startswith(word) for t in clause) and not _read_as(ctx, word, clause)):
                if sum(t not in matched and _content_word(keys, t, cues, function, numbers)
                       for t in range(before + 1, after)) == 1:
                    return True
                # right before the next required word, past another short word (an adjective
                # between a determiner and its noun), another listed word of the kind: "the old
                # budget" for "the new budget" (but "its budget" for "the budget" is the same)
                if place == between > 1 and _listed_instead(keys, after - 1, word, own, cues, function):
                    return True
                # alone between them, where neither it nor the word in its place is a
                # determiner: "approved old rules" for "approved new rules" (not "approved
                # the rules", nor "its budget" for "the budget")
                if (between == 1 and not {word, keys[after - 1]} & determiners(ctx.language)
                        and determiners(ctx.language) and _listed_instead(keys, after - 1, word, own, cues, function)):
                    return True
            continue
        if between < 0:  # right after the last required word: "a record high" for "a record low"
            if (before is not None and before + 1 < clause.stop and before + 1 not in matched
                    and not any(keys[t].startswith(word) for t in clause)
                    and _listed_instead(keys, before + 1, word, own, cues, function)):
                return True
            continue
        if before is not None and after is not None and before < after:
            slot = seen = range(before + 1, after)
        elif k == 0 and after is not None:
            # further back only in the match's own clause: "The GOP and the Greens voted
            # against the bill while the SNP backed the bill" does not state "GOP backed the bill"
            slot = range(max(after - 2, clause.start), after)
            seen = range(next((t + 1 for t in range(after - 1, clause.start - 1, -1)
                               if opens_subclause(keys[t], ctx.language)), clause.start), after)
        elif k == len(required) and before is not None:
            # as far on as the phrasing writes it: "approved the old budget" for "approved the new tax"
            slot = range(before + 1, min(before + 1 + max(2, place), clause.stop))
            seen = range(before + 1, next((t for t in range(before + 1, clause.stop)
                                           if opens_subclause(keys[t], ctx.language)), clause.stop))
        else:
            slot = seen = clause
        if any(keys[t].startswith(word) and len(keys[t]) - len(word) <= SHORT_ENDING for t in seen):
            continue
        if _read_as(ctx, word, seen):
            continue
        if any(t not in matched and _content_word(keys, t, cues, function, numbers) for t in slot):
            return True
    return False


def _read_as(ctx: Any, word: str, tokens: range) -> bool:
    """Whether one of ``tokens`` is another form of the phrasing's short ``word`` that the
    index reads as it: Arabic "لم يقر" (the present after لم) for "أقر", English "wins"
    for "won"."""
    return any(t in tokens and score >= ctx.rule.threshold for t, score in ctx.facts.positions(word))


def _listed_instead(keys: list[str], t: int, word: str, own: set[str], cues: Cues, function: frozenset[str]) -> bool:
    """Whether token ``t`` stands in the place of the phrasing's listed ``word`` as another
    word of the list long enough to be a content word ("old" for "new", "high" for "low"),
    and no word of the phrasing ("the" where "the new budget" leaves out "new")."""
    key = keys[t]
    return (len(word) >= LISTED_CONTENT and len(key) >= LISTED_CONTENT and key in function and key not in own
            and not key.isdigit() and not (cues.at(keys, t) or cues.inside_at(keys, t)))


def _content_word(keys: list[str], t: int, cues: Cues, function: frozenset[str],
                  numbers: frozenset[str] = frozenset()) -> bool:
    """Whether token ``t`` is neither a function word ("pelo", "the"), a figure nor a
    negation; a number word (``numbers``) is a content word, though the lists of
    function words hold some ("two", "six" in English)."""
    key = keys[t]
    return ((key not in function or key in numbers) and not key.isdigit()
            and not (cues.at(keys, t) or cues.inside_at(keys, t)))


@lru_cache(maxsize=128)
def number_words(language: str | None) -> frozenset[str]:
    """The folded number words of ``language`` but one, which is also an article or a
    pronoun ("un", "ein", "one of them"): content words, whatever the lists of
    function words say."""
    from ..facts.number_words import lexicon

    base = primary_language(language)
    if not base:
        return frozenset()
    found = lexicon(base).numbers
    return frozenset(key for word, value in found.items() if value != 1 for key in fold_words(word)
                     if len(fold_words(word)) == 1)


FUTURE_BEFORE = 2  # words before a match where a future cue rules it ("will not", "soll")
# Words after a match where a verb-last language writes the modal or the future's
# auxiliary after the infinitive at its clause's end ("hat … unterstützen wollen", "…,
# dass er den Plan billigen wird"); denied, it states a refusal ("hat den Vertrag nicht
# unterschreiben wollen"), which a negation reads.
MODAL_AFTER = 2


def _future_verb(word: str, language: str | None, present_too: bool = False) -> bool:
    """Whether a matched word is a verb in a future written on it ("aprobará",
    "adoptera"), or with ``present_too`` a present that speaks of what is to come
    ("elfogadja", "schválí": :func:`~checker.text.tense.has_future_form`); a capitalised
    word is a name ("Sandra", "Elvira"), whatever its ending."""
    if word[:1].isupper():
        return False
    return has_future_form(word, language) if present_too else has_future_ending(word, language)


@lru_cache(maxsize=4096)
def _written_in_the_past(phrasing: str, language: str | None) -> bool:
    """Whether no word of a phrasing is a present that speaks of what is to come: then a
    match with one ("A parlament jövő héten elfogadja a költségvetést" for "A parlament
    elfogadta a költségvetést", "Sněmovna schválí rozpočet"), and nor does one whose
    sentence ends in a Japanese or Korean non-past ("国会は予算案を可決する。" for
    "可決した"), unless the phrasing ends so itself, nor a progressive ("Putin is winning the
    election" for "Putin won the election"), unless the phrasing is one."""
    keys = fold_words(phrasing)
    return (not any(has_future_form(word, language) for word in phrasing.split())
            and not ends_non_past(phrasing.rstrip("。.") + "。", 0, language)
            and not progressives(keys, 0, len(keys), language))


@lru_cache(maxsize=4096)
def _a_deed(phrasing: str, language: str | None) -> bool:
    """Whether a phrasing tells a deed, with no future cue of its own ("Parliament
    approved the budget", not "Parliament will approve the budget", nor "lo Stato
    ricostruirà tutte le case" with the future written on its verb, nor "Putin could
    accept the invitation")."""
    starts, ends, words = token_columns(phrasing)
    return not (future_cue_in(words, 0, len(words), language)
                or any(_future_verb(phrasing[start:end], language) for start, end in zip(starts, ends))
                or bool(possibility_words(language) & set(phrasing.lower().split())))


@lru_cache(maxsize=4096)
def _written(phrasing: str) -> dict[str, str]:
    """The words of a phrasing as written, by their folded keys."""
    starts, ends, keys = token_columns(phrasing)
    return {key: phrasing[start:end] for start, end, key in zip(starts, ends, keys)}


def _present_for_past(ctx: Any, phrasing: str, matched: dict[int, str]) -> bool:
    """Whether a matched word is a present, which speaks of what is to come, of a verb the
    phrasing writes in the past (:func:`~checker.text.tense.present_for_past`: "Sejm
    uchwali ustawę" for "Sejm uchwalił ustawę")."""
    if not reads_present_for_past(ctx.language):
        return False
    written = _written(phrasing)
    return any(present_for_past(ctx.text[ctx.facts.starts[t]:ctx.facts.ends[t]], written.get(key, key), ctx.language)
               for t, key in matched.items())


def _what_was_said(keys: list[str], first: int, sentence: range, language: str | None) -> range:
    """The words of ``sentence`` from after the last verb of saying before word ``first``
    (the whole sentence without one): a future before that verb is its speaker's, in a
    clause of its own ("The minister who will retire next year said parliament approved
    the budget")."""
    from ..facts.dates import reporting_verbs

    verbs = reporting_verbs(primary_language(language) or "")
    said = next((i for i in range(first - 1, sentence.start - 1, -1) if keys[i] in verbs), None)
    return sentence if said is None else range(said + 1, sentence.stop)


def _matches(ctx: Any, phrasing: str, cues: Cues,
             telling: frozenset[str] = frozenset()) -> list[tuple[Any, tuple[float, int, int, bool]]]:
    """The best in-order match of ``phrasing`` in each sentence where its first word
    occurs: (sentence, (score, first token, last token, negated)); none that leaves out a
    word of ``telling`` (:func:`_telling_words`)."""
    required, phrase_negated, trailing = _plan(phrasing, cues, ctx.language)
    if not required or not any(map(ctx.facts.positions, required)):
        return []  # none of its words in the text (a fifth of the phrasings a rule asks for)
    threshold = ctx.rule.threshold
    max_span = 3 * len(required) + 4
    best: dict[Any, tuple[float, int, int, dict[int, str]]] = {}
    lettered = _LETTERED.search(phrasing) is not None
    own_words = frozenset(fold_phrase(phrasing))
    allowed = ((min(LETTER_TAIL, _allowed_missing(len(required))) if _TAILED.search(phrasing) else 0) if lettered
               else _allowed_missing(len(required)))
    gap = LETTER_GAP if lettered else None
    # a phrasing read a letter at a time starts with its first letter, not inside a syllable
    # whose vowel is written before it ("ปิด", closed, is no part of "เปิด", open)
    starts = ([(0, begin, score) for begin, score in ctx.facts.positions(required[0])
               if not after_a_leading_vowel(ctx.facts.keys, begin)] if lettered else
              [(skipped, begin, score) for skipped in range(allowed + 1)
               for begin, score in ctx.facts.positions(required[skipped])])
    for skipped, begin, first_score in starts:
        if first_score < threshold:
            continue
        # Matched first within max_span words; the sentence is looked up only for a
        # match (most first words start none), and the match redone inside it when it
        # ran past the sentence's end: each word takes its first occurrence, so a
        # match that stays inside is the same either way.
        stop = min(begin + max_span, len(ctx.facts.keys))
        match = _match_from(required, skipped, begin, first_score, stop, ctx.facts, threshold, allowed, gap)
        if match is None:
            continue
        sentence = ctx.facts.sentence_at(ctx.facts.starts[begin])
        end = ctx.facts.tokens_in(sentence).stop
        if match[1] >= end:
            match = _match_from(required, skipped, begin, first_score, min(stop, end), ctx.facts, threshold,
                                allowed, gap)
            if match is None:
                continue
        total, position, matched = match
        if not lettered and _in_another_clause(ctx, matched, cues, own_words):
            continue  # "Junts votó en contra, mientras el PNV apoyó las cuentas"
        if not lettered and len(matched) < len(required) and _substituted(required, skipped, matched, ctx.facts.keys,
                                                                            ctx.facts.tokens_in(sentence), cues,
                                                                            function_words(ctx.language)):
            continue
        if (not lettered and len(matched) < len(required) and primary_language(ctx.language) in FREE_ORDER
                and _other_word_in_clause(ctx, min(matched), _clause_end(ctx, position, ctx.facts.tokens_in(sentence).stop),
                                          ctx.facts.tokens_in(sentence), matched, cues)):
            continue  # "Varování před tsunami úřady zrušily" for "vydaly varování před tsunami": in free order
            # the word left out may stand anywhere in the clause, and another word there may be in its place
        score = total / len(required)  # a missing word counts as 0
        # of two matches as good, the shorter: "อย่างไรก็ตาม รัฐบาล" holds "ร" twice
        if sentence not in best or score > best[sentence][0] or (
                score == best[sentence][0] and position - begin < best[sentence][2] - best[sentence][1]):
            best[sentence] = (score, begin, position, matched)
    if not lettered and primary_language(ctx.language) in FREE_ORDER and len(required) > 1:
        # an unordered match scores at most 100 * UNORDERED_FACTOR: sentences an ordered
        # match scores that well in are not looked at again
        done = sorted((s.start, s.end) for s, found in best.items() if found[0] >= 100 * UNORDERED_FACTOR)
        for sentence, found in _unordered(ctx, required, threshold, allowed, max_span, done, cues).items():
            if sentence not in best or found[0] > best[sentence][0]:
                best[sentence] = found
    if not lettered and primary_language(ctx.language) in VERB_LAST and len(required) > 1:
        # "Der Bundestag hat das Gesetz gebilligt" for "Der Bundestag billigte das Gesetz"
        done = sorted((s.start, s.end) for s, found in best.items() if found[0] >= 100 * UNORDERED_FACTOR)
        particle = fold_phrase(phrasing)[-1]
        for sentence, found in _bracketed(ctx, required, threshold, max_span, done, particle).items():
            if sentence not in best or found[0] > best[sentence][0]:
                best[sentence] = found
    if not lettered and primary_language(ctx.language) in VERB_SECOND and len(required) > 2:
        # "Am Freitag billigte das Parlament das Gesetz" for "Das Parlament billigte das Gesetz"
        done = sorted((s.start, s.end) for s, found in best.items() if found[0] >= 100 * UNORDERED_FACTOR)
        for sentence, found in _inverted(ctx, required, _finite_verbs(phrasing, required, ctx.language), threshold,
                                         max_span, done).items():
            if sentence not in best or found[0] > best[sentence][0]:
                best[sentence] = found
    passive = _passives(ctx.language) if not lettered and len(required) > 1 else None
    if passive is not None:
        for sentence, found in _passive(ctx, required, threshold, max_span, passive, best).items():
            if sentence not in best or found[0] > best[sentence][0]:
                best[sentence] = found
    shorts = () if lettered else _short_content(phrasing, ctx.language, cues)
    base = primary_language(ctx.language)
    found_matches = []
    # a phrasing of a deed is not stated by its future or its plan ("Parliament will
    # approve the budget", "is expected to approve", "Der Bundestag soll … billigen")
    deed = _a_deed(phrasing, ctx.language)
    past = deed and _written_in_the_past(phrasing, ctx.language)
    denying_words = _denial_words(required, cues)
    opens_determined = fold_phrase(phrasing)[0] in determiners(ctx.language)  # "The election was fair"
    own_words = frozenset(fold_phrase(phrasing))
    for sentence, (score, first, last, matched) in best.items():
        if telling and not telling.isdisjoint(_missing(required, matched)):
            continue  # "Novachem porušení předpisů přiznala" states neither "popřel" nor "přiznal"
        if denying_words and not denying_words.isdisjoint(_missing(required, matched)):
            continue  # "uvedla, že firma porušila předpisy" (said that) states no "popřela, že …" (denied that)
        if shorts and _short_word_replaced(ctx, required, shorts, matched, sentence, cues):
            continue
        clause = ctx.facts.tokens_in(sentence)
        said = _what_was_said(ctx.facts.keys, first, clause, ctx.language) if deed else clause
        if deed and (future_cue_in(ctx.facts.keys, max(first - FUTURE_BEFORE, said.start), last, ctx.language)
                     or future_around(ctx.text, ctx.facts.starts, ctx.facts.ends, ctx.facts.keys,
                                      range(first, last + 1), said, ctx.language)
                     or any(_future_verb(ctx.text[ctx.facts.starts[t]:ctx.facts.ends[t]], ctx.language, past)
                            for t in matched)
                     or (past and ends_non_past(ctx.text, ctx.facts.starts[last], ctx.language))
                     or (past and _present_for_past(ctx, phrasing, matched))
                     or (past and any(not _embedded(ctx, i, matched) for i in progressives(
                         ctx.facts.keys, max(first - FUTURE_BEFORE, said.start), last, ctx.language,
                         function_words(ctx.language) or frozenset())))):
            # "El Congreso aprobará el presupuesto", "Le Parlement adoptera le budget", "Putin is
            # winning the election" (not "Putin, who is seeking a fifth term, won the election")
            continue
        nouns = [t for t, word in matched.items() if verbal_noun(ctx.facts.keys[t], base)
                 and not verbal_noun(word, base)] if base in VERBAL_NOUNS else []
        if nouns:  # a verbal noun states no deed; after a verb of refusing it denies one
            cue = cues.refusal_before(ctx.facts.keys, min(nouns), ctx.facts.tokens_in(sentence).start)
            if cue is None:
                continue
            start, end = min(first, cue), max(last, cue)
            found_matches.append((sentence, (score, start, end, not phrase_negated)))
            continue
        marker = infinitive_marker(base)
        infinitives = [t for t, word in matched.items() if (infinitive(ctx.facts.keys[t], base)
                                                            and not infinitive(word, base))
                       or (marker and t > first and ctx.facts.keys[t - 1] == marker and ctx.facts.keys[t] != word)]
        unasserted, untrue = _reported(ctx, first, last, cues, ctx.facts.tokens_in(sentence))
        if unasserted or _asked(ctx, last, sentence) or _supposed(ctx, first, ctx.facts.tokens_in(sentence)):
            continue  # "Peskov did not say whether Putin accepted", "did not confirm that Putin accepted"
        cue = untrue if untrue is not None else _negation_cue(ctx, first, last, matched, cues,
                                                              ctx.facts.tokens_in(sentence), own=own_words)
        if (cue is None or cue < first) and _after_negated_verb(ctx, first, last, cues, ctx.facts.tokens_in(sentence),
                                                                 determined_only=cue is not None,
                                                                 opens_determined=opens_determined):
            continue  # "Nobody believes the election was fair": a belief denied, the claim neither
        if cues.verbs is not None and any(cues.verbs.passive_of(ctx.facts.keys[t], word) for t, word in matched.items()):
            continue  # "Kenya ilishindwa na Uganda" (was beaten by): the passive of "Kenya ilishinda Uganda"
        if infinitives and (cue is None or min(infinitives) < cue) and not any(
                ctx.facts.keys[u] in but_words(ctx.language) for u in range(last + 1, ctx.facts.tokens_in(sentence).stop)):
            # "намерена принять закон", "expected the House to pass": an infinitive states no deed (unless
            # a "but" says it was done: "Nobody expected the House to pass the measure, but it did"), and
            # "не смогла принять", "failed to pass" deny one
            continue
        if deed and cue is None and _possible(ctx, max(first - FUTURE_BEFORE, ctx.facts.tokens_in(sentence).start),
                                              last):
            continue  # "Putin could accept the invitation", "podría aceptar": what may be, no deed
        if cue is not None and first <= cue < last and any(
                ctx.facts.keys[t] in but_words(ctx.language) for t in range(cue + 1, max(matched))):
            continue  # "did not approve the memorandum but approved the budget": neither stated nor denied
        if cue is None and trailing:  # a negation before the clause's last short words
            cue, last = _trailing_cue(ctx, first, last, matched, cues, sentence, trailing, threshold, own_words)
        if deed and cue is None and base in VERB_LAST:
            clause_end = _clause_end(ctx, last, ctx.facts.tokens_in(sentence).stop)
            if future_cue_in(ctx.facts.keys, last + 1, min(last + 1 + MODAL_AFTER, clause_end), ctx.language):
                continue  # "Der Kanzler hat den Plan unterstützen wollen": a will, no deed
        if phrase_negated and cue is None:
            cue = _own_denial_before(ctx, first, own_words, cues, ctx.facts.tokens_in(sentence))
        negated = (cue is not None) != phrase_negated
        if phrase_negated and cue is not None and (first <= cue <= last or ctx.facts.keys[cue] in own_words):
            # a negated claim stated, under a verb of denying ("спростував, що ППО не
            # спрацювала", "denied that the army had not withdrawn"): the claim is denied
            denial = _negation_cue(ctx, first, last, matched, cues, ctx.facts.tokens_in(sentence), plain=False,
                                   own=own_words)
            if denial is not None and denial < first:
                negated, cue = True, denial
        start, end = (min(first, cue), max(last, cue)) if cue is not None else (first, last)
        found_matches.append((sentence, (score, start, end, negated)))
    return found_matches


def _own_denial_before(ctx: Any, first: int, own: frozenset[str], cues: Cues, sentence: range) -> int | None:
    """The phrasing's own negation or verb of denying, written before the match in its
    sentence past the clause marks of an apposition, with no "but" between: "Itinanggi ng
    may-ari, ang Heliotrope Shipping, na …" (denied, the owner, Heliotrope Shipping, that …)
    states the denial "Itinanggi ng Heliotrope Shipping na …" writes. None without one."""
    keys, but = ctx.facts.keys, but_words(ctx.language)
    for t in range(first - 1, max(sentence.start, first - OWN_DENIAL_REACH) - 1, -1):
        if keys[t] in but:
            return None
        if keys[t] in own and cues.at(keys, t):
            return t
    return None


OWN_DENIAL_REACH = 8  # tokens before the match where the phrasing's own denial may stand
REPORT_REACH = 3  # words before a "that" where the negation of a verb of saying stands ("did not confirm")


def _reported(ctx: Any, first: int, last: int, cues: Cues, sentence: range) -> tuple[bool, int | None]:
    """Whether the match from token ``first`` to ``last`` stands in a clause the sentence
    asks about, supposes or does not report, and the negation that denies it as untrue.
    Not reported: a clause opened by a word of asking
    (:func:`~checker.text.negation.asking_words`: "whether", "ob", "ли", "si", "liệu") no
    more than ASKING_REACH words before it in its clause, or among its words ("Peskov did not
    say whether Putin accepted the invitation", "Песков не уточнил, принял ли Путин
    приглашение"), or such letters in a script without spaces among its words or right after
    them ("是否接受", "受け入れたかどうか", "수락했는지"); a Turkish verb in -ip before itself
    negated ("kabul edip etmediğini", whether or not he accepted); or the clause after a
    "that" (or a word that asks there, Portuguese "se") whose verb a negation denies, no more
    than REPORT_REACH words before it ("The Kremlin did not confirm that Putin accepted",
    "В Кремле не подтвердили, что Путин принял", "पुष्टि नहीं की कि", "haikuthibitisha
    kwamba"). Denied: that clause, where a word of truth stands there, across the comma
    before "that" too ("It is not true that …", "Es ist nicht wahr, dass …"). A verb of
    denying there is read by :func:`_negation_cue`."""
    facts = ctx.facts
    keys = facts.keys
    asking = asking_words(ctx.language)
    start = _clause_start(ctx, first, max(first - ASKING_REACH, sentence.start))
    if asking and any(ctx.text[facts.starts[t]:facts.ends[t]].lower() in asking for t in range(start, last + 1)):
        return True, None
    for run in asking_after(ctx.language):  # "… hay không"
        if any(tuple(keys[t:t + len(run)]) == run for t in range(last + 1, min(last + 1 + ASKING_REACH, sentence.stop))
               if not _parted(ctx, t - 1, t)):
            return True, None
    letters = asking_letters(ctx.language)
    if letters:
        end = facts.ends[min(last + ASKING_REACH, sentence.stop - 1)]
        if any(asked in ctx.text[facts.starts[start]:end] for asked in letters):
            return True, None
    if cues.infix is not None and any(keys[t].endswith(_WHETHER_OR_NOT) and keys[t + 1][:1] == keys[t][:1]
                                      and cues.negated(keys[t + 1]) for t in range(first, last)):
        return True, None
    that_words = cues.that | asking_after_denial(ctx.language)
    if not that_words:
        return False, None
    that = next((t for t in range(first - 1, start - 1, -1) if keys[t] in that_words), None)
    if that is None and start > sentence.start and keys[start - 1] in that_words:
        that = start - 1
    if that is None:
        return False, None
    truth = truth_words(ctx.language)
    true = False
    for t in range(that - 1, max(that - 1 - REPORT_REACH, sentence.start - 1), -1):
        if keys[t] in cues.denying:
            return False, None
        true = true or keys[t] in truth
        if cues.at(keys, t) or cues.negated(keys[t]):
            return (False, t) if true and keys[that] in cues.that else (True, None)
        if t - 1 >= sentence.start and _parted(ctx, t - 1, t):
            break
    return False, None


_QUESTION_MARKS = frozenset("?？؟")
_SENTENCE_MARKS = frozenset("。！")  # the end of a sentence in a script without spaces, as clause breaks are elsewhere


def _asked(ctx: Any, last: int, sentence: Any) -> bool:
    """Whether the first clause or sentence mark after token ``last`` is a question mark:
    "Did Putin accept the invitation?", "Hat Putin die Einladung angenommen?", "Poutine
    a-t-il accepté l'invitation ?", "Erdoğan daveti kabul etti mi?" ask, and state nothing
    ("Putin accepted the invitation, but will he attend?" states it)."""
    for ch in ctx.text[ctx.facts.ends[last]:sentence.end]:
        if ch in _QUESTION_MARKS:
            return True
        if ch in CLAUSE_BREAKS or ch in _SENTENCE_MARKS:
            return False
    return False


SUPPOSING_REACH = 3  # words from such an auxiliary to the match ("Had the new House passed")


def _supposed(ctx: Any, first: int, sentence: range) -> bool:
    """Whether an auxiliary that supposes what did not happen
    (:func:`~checker.text.tense.supposing_words`) stands, as written, up to SUPPOSING_REACH
    words before the match in its clause: "Had the House passed the bill, the shutdown
    would have been averted" states no "The House passed the bill"."""
    supposing = supposing_words(ctx.language)
    if not supposing:
        return False
    facts = ctx.facts
    for t in range(first - 1, max(first - 1 - SUPPOSING_REACH, sentence.start - 1), -1):
        if _parted(ctx, t, t + 1):
            return False
        if ctx.text[facts.starts[t]:facts.ends[t]] in supposing:
            return True
    return False


_WHETHER_OR_NOT = ("ip", "up")  # the Turkish converb before the same verb negated, folded
NEGATED_VERB_REACH = 3  # words from a negation to the verb it denies ("did not", "tidak ada yang", there is no one who)


def _after_negated_verb(ctx: Any, first: int, last: int, cues: Cues, sentence: range,
                        determined_only: bool = False, opens_determined: bool = False) -> bool:
    """Whether the match from token ``first`` to ``last`` is a clause without its "that"
    right after a verb that a negation denies, no more than NEGATED_VERB_REACH words before
    it, in one clause, with function words between the verb and the match (where the
    negation reaches no further, :func:`_negation_cue`), or where the match opens with a
    noun, the word right before it, whatever the lists of function words hold ("think",
    "say"): "Nobody believes the election was fair", "The opposition does not think the
    election was fair", "Tidak ada yang percaya pemilu itu adil" report no belief that it
    was; unless a "but" after the match says it was so ("Nobody expected the House to pass
    the measure, but it did"). The match opens with a noun after a determiner, capitalised
    within the sentence (a name: "Nobody believes Putin accepted the invitation"), or where
    the phrasing opens with a determiner (``opens_determined``) the source leaves out, as a
    headline does ("Nobody believes election was fair"). With ``determined_only``, only a
    match that opens with a noun."""
    function = function_words(ctx.language)
    if function is None:
        return False
    facts, keys = ctx.facts, ctx.facts.keys
    determined = first - 1 > sentence.start and keys[first - 1] in determiners(ctx.language)
    noun = determined or (first - 1 > sentence.start and (opens_determined or facts.text[facts.starts[first]].isupper()))
    if determined_only and not noun:
        return False
    verb = first - 1
    if determined:
        verb -= 1
    elif not noun:
        while verb >= sentence.start and keys[verb] in function and verb > first - 1 - SHORT_WORDS_BEHIND:
            verb -= 1
    if (verb < sentence.start or (keys[verb] in function and not noun) or cues.at(keys, verb)
            or keys[verb] in cues or not facts.text[facts.starts[verb]].islower()
            or any(_parted(ctx, t, t + 1) or keys[t + 1] in cues.that for t in range(verb, first))):
        return False  # after a "that", :func:`_reported` reads the verb ("did not confirm that", "did not deny that")
    for t in range(verb - 1, max(verb - 1 - NEGATED_VERB_REACH, sentence.start - 1), -1):
        if _parted(ctx, t, t + 1):
            return False
        if cues.at(keys, t):
            but = but_words(ctx.language)
            return not any(keys[u] in but for u in range(last + 1, sentence.stop))
        if keys[t] not in function:
            return False
    return False


def _possible(ctx: Any, low: int, high: int) -> bool:
    """Whether a modal verb of what may be (:func:`~checker.text.tense.possibility_words`)
    stands among tokens ``low`` to ``high``, as written."""
    modals = possibility_words(ctx.language)
    facts = ctx.facts
    return bool(modals) and any(ctx.text[facts.starts[t]:facts.ends[t]] in modals for t in range(low, high + 1))


def _denial_words(required: tuple[str, ...], cues: Cues) -> frozenset[str]:
    """The words of ``required`` that are a verb of denying ("popřela", "membantah", "否认"):
    a match that leaves one out may stand beside another verb ("uvedla, že …", said that;
    "承认", admitted), and states neither."""
    found = set(cues.denying.intersection(required))
    for verb in cues.denying_before:
        if any(required[i:i + len(verb)] == verb for i in range(len(required))):
            found.update(verb)
    return frozenset(found)


_SEMICOLONS = frozenset(";؛；")  # a semicolon parts two clauses whatever word opens the second


def _in_another_clause(ctx: Any, matched: dict[int, str], cues: Cues, own: frozenset[str] = frozenset()) -> bool:
    """Whether a matched word stands in another clause than the word matched before it:
    the last clause mark between them opens a clause with "while", "and", "that", … of
    the source's language (:func:`~checker.text.tense.clause_openers`), and the word
    stands inside it. "Junts voted against, while the PNV backed the budget" does not
    state "Junts backed the budget"; "Junts, which voted against, backed it" does. So
    without a comma, where a word that parts a clause of its own
    (:func:`~checker.text.tense.opens_subclause`) stands between them and a content word
    after it: "The Liberal Democrats voted against the bill while the SNP backed the bill"
    does not state "The Liberal Democrats backed the bill" ("said that he backed it"
    still states it). A clause the phrasing opens itself, with one of its ``own`` words,
    is its own ("popřela, že by firma porušila …" for "popřela, že by firma porušila …",
    where the short "že" is no word a match requires)."""
    tokens = sorted(matched)
    if len(tokens) < 2 or tokens[-1] - tokens[0] == len(tokens) - 1:
        return False
    facts = ctx.facts
    if any(_SEMICOLONS.intersection(ctx.text[facts.ends[t - 1]:facts.starts[t]]) for t in range(tokens[0] + 1, tokens[-1] + 1)):
        return True  # "India stayed out; fourteen other countries signed the agreement"
    openers = clause_openers(ctx.language)
    if not openers:
        return False
    keys = facts.keys
    function = function_words(ctx.language)
    for before, after in pairwise(tokens):
        opened = None
        for t in range(before + 1, after + 1):
            if _parted(ctx, t - 1, t):
                opened = t
        if (opened is not None and opened < after and keys[opened] in openers and keys[opened] not in own
                and not _said_of_its_subject(ctx, opened, after, cues, function)):
            return True
        if function is None or opened is not None:
            continue
        for t in range(before + 1, after - 1):
            if opens_subclause(keys[t], ctx.language) and any(
                    _content_word(keys, u, cues, function) for u in range(t + 1, after)):
                return True
    return False


def _said_of_its_subject(ctx: Any, that: int, after: int, cues: Cues, function: frozenset[str] | None) -> bool:
    """Whether the clause that the "that" at token ``that`` opens after a verb of saying
    tells of the saying's subject: no word but a pronoun (a function word) before the next
    matched word ``after``, as the languages that set "that" off by a comma write it
    ("Volantis kertoi, että se valittaa päätöksestä", "Volantis pranešė, kad apskųs
    sprendimą": Volantis said it will appeal); not "…, että sääntelijä valittaa", where
    another subject stands."""
    from ..facts.dates import reporting_verbs

    keys = ctx.facts.keys
    if keys[that] not in cues.that or that - 1 < 0 or keys[that - 1] not in reporting_verbs(
            primary_language(ctx.language) or ""):
        return False
    return all(function is not None and keys[t] in function for t in range(that + 1, after))


def _unordered(ctx: Any, required: tuple[str, ...], threshold: float, allowed: int, max_span: int,
               done: list[tuple[int, int]], cues: Cues) -> dict[Any, tuple[float, int, int, dict[int, str]]]:
    """The best match of ``required`` in any order in each sentence (for FREE_ORDER
    languages) but the sentences ``done`` (sorted character spans): from each token
    where a required word stands, every word's first occurrence (each on a token of its
    own) no further than ``max_span`` tokens on and before the clause ends, no more
    than ``allowed`` words missing; the score lowered by UNORDERED_FACTOR. Each word must
    stand as the phrasing writes it (folded), or behind a negating prefix ("varování před
    tsunami nevydaly", which the negation reader then finds inside the word): out
    of order, its inflection is what tells its role, and "Ким принял приглашение
    Путина" (Kim accepted Putin's invitation) must not state "Путин принял
    приглашение", nor "Kim je prihvatio Putinov poziv" "Putin je prihvatio poziv". A
    match that misses a word has no other longer word in its clause but a negation: out
    of order, a word left out cannot be told from a word replaced ("Sabor je odbacio
    proračun" for "Sabor je usvojio proračun").
    Values as :func:`_matches` keeps them: (score, first token, last token, matched
    tokens and their words)."""
    facts = ctx.facts
    keys = facts.keys
    places = [[place for place in facts.positions(word)
               if keys[place[0]] == word or cues.behind_prefix(keys[place[0]], word)] for word in required]
    if sum(1 for found in places if found) < len(required) - allowed:
        return {}
    best: dict[Any, tuple[float, int, int, dict[int, str]]] = {}
    for first in sorted({index for found in places for index, _ in found}):
        if _done_at(facts.starts[first], done):
            continue
        stop = _clause_end(ctx, first, min(first + max_span, len(facts.keys)))
        matched: dict[int, str] = {}
        total = 0.0
        for word, found in zip(required, places):
            for index, score in found[bisect.bisect_left(found, (first, -math.inf)):]:
                if index >= stop:
                    break
                if index not in matched:
                    matched[index] = word
                    total += score
                    break
        if first not in matched or len(matched) < len(required) - allowed:
            continue
        last = max(matched)
        sentence = facts.sentence_at(facts.starts[first])
        tokens = facts.tokens_in(sentence)
        if last >= tokens.stop:
            continue
        if len(matched) < len(required) and _other_word_in_clause(ctx, first, stop, tokens, matched, cues):
            continue
        score = UNORDERED_FACTOR * total / len(required)
        if sentence not in best or score > best[sentence][0] or (
                score == best[sentence][0] and last - first < best[sentence][2] - best[sentence][1]):
            best[sentence] = (score, first, last, matched)
    return best


def _passive(ctx: Any, required: tuple[str, ...], threshold: float, max_span: int,
             passive: tuple[frozenset[str], frozenset[str]], ordered: dict[Any, tuple[float, int, int, dict[int, str]]]
             ) -> dict[Any, tuple[float, int, int, dict[int, str]]]:
    """The best passive statement of ``required`` (``passive``: the words for "by" and
    the auxiliaries of :data:`_PASSIVES`) in each sentence but those an ``ordered``
    match scores as well as an unordered one can: its first word the agent, after the
    word for "by" (or that and an article); the others in any order, fuzzily, each
    nearest the agent in its clause, none missing (the one missing would be the verb: "la
    motion a été rejetée par le Parlement" states no "le Parlement a adopté la motion");
    a passive auxiliary before that "by" in the clause. Values as :func:`_unordered`
    gives them."""
    by, auxiliaries = passive
    facts = ctx.facts
    keys = facts.keys
    best: dict[Any, tuple[float, int, int, dict[int, str]]] = {}
    places: list[list[tuple[int, float]]] = []  # the words' places and the sentences done, once an agent is found
    done: list[tuple[int, int]] = []
    for agent, agent_score in facts.positions(required[0]):
        marked = next((agent - k for k in range(1, _AGENT_ARTICLE + 1) if agent - k >= 0 and keys[agent - k] in by), None)
        if marked is None or agent_score < threshold or _parted(ctx, marked, agent):
            continue
        if not places:
            places = [[place for place in facts.positions(word) if place[1] >= threshold] for word in required]
            done = sorted((s.start, s.end) for s, found in ordered.items() if found[0] >= 100 * UNORDERED_FACTOR)
        if _done_at(facts.starts[agent], done):
            continue
        start = _clause_start(ctx, agent, max(agent - max_span, 0))
        stop = _clause_end(ctx, agent, min(agent + max_span, len(keys)))
        matched = {agent: required[0]}
        total = agent_score
        for word, found in zip(required[1:], places[1:]):
            near = [(abs(index - agent), index, score) for index, score in found
                    if start <= index < stop and index not in matched and index != marked]
            if near:
                _, index, score = min(near)
                matched[index] = word
                total += score
        if len(matched) < len(required):
            continue
        first, last = min(matched), max(matched)
        if not any(keys[i] in auxiliaries for i in range(start, marked) if i not in matched):
            continue  # "the invitation by Putin was accepted by Kim": Putin is no agent
        sentence = facts.sentence_at(facts.starts[agent])
        tokens = facts.tokens_in(sentence)
        if first < tokens.start or last >= tokens.stop:
            continue
        score = UNORDERED_FACTOR * total / len(required)
        if sentence not in best or score > best[sentence][0]:
            best[sentence] = (score, first, last, matched)
    return best


FRONTED_TIME = 3  # tokens of a time fronted before its clause's comma ("In March 2023,")


def _clause_of(ctx: Any, last: int, sentence: Span) -> Span:
    """The clause the last matched token ``last`` (the deed, in most phrasings) stands in, up
    to a word that opens another, as a span of the text: "verlor ihre Mehrheit, die sie im
    Oktober 2022 errungen hatte", "ha perso la maggioranza che deteneva dal 2022", "Το
    κόμμα, που βρίσκεται στην εξουσία από το 2018, έχασε την πλειοψηφία" date no loss then."""
    facts = ctx.facts
    tokens = facts.tokens_in(sentence)
    start = _clause_start(ctx, last, tokens.start)
    if start > tokens.start:  # and a time fronted before a comma: "In 2023, the bank cut rates"
        before = _clause_start(ctx, start - 1, tokens.start)
        if start - before <= FRONTED_TIME:
            start = before
    end = _clause_end(ctx, last, tokens.stop)
    openers = clause_openers(ctx.language)
    end = next((t for t in range(last + 1, end) if facts.keys[t] in openers), end)
    return Span(facts.starts[start], facts.ends[end - 1])


def _clause_start(ctx: Any, last: int, start: int) -> int:
    """The first token before ``last`` (from ``start``) that no clause mark, bracket or
    sentence end separates from it."""
    for i in range(last, start, -1):
        if _parted(ctx, i - 1, i):
            return i
    return start


def _other_word_in_clause(ctx: Any, first: int, stop: int, sentence: range, matched: dict[int, str],
                          cues: Cues) -> bool:
    """Whether the clause of token ``first`` (up to ``stop``) holds a word longer than
    OPTIONAL_LENGTH that is neither one of ``matched`` nor a negation."""
    keys = ctx.facts.keys
    start = first
    while start > sentence.start and not _parted(ctx, start - 1, start):
        start -= 1
    function = function_words(ctx.language)
    return any(t not in matched and _another_word(keys, t, cues, function) for t in range(start, min(stop, sentence.stop)))


def _another_word(keys: list[str], t: int, cues: Cues, function: frozenset[str] | None = None) -> bool:
    """Whether token ``t`` may stand for a word of the phrasing that a match misses: a
    word longer than OPTIONAL_LENGTH that is no negation, or with the ``function`` words
    of the language, a shorter one that is none of them nor a number ("Суд отменил налог"
    for "правительство отменило налог")."""
    if cues.at(keys, t) or cues.inside_at(keys, t):
        return False
    return len(keys[t]) > OPTIONAL_LENGTH or (function is not None and keys[t] not in function
                                               and not keys[t].isdigit())


def _bracketed(ctx: Any, required: tuple[str, ...], threshold: float, max_span: int,
               done: list[tuple[int, int]], particle: str = "") -> dict[Any, tuple[float, int, int, dict[int, str]]]:
    """The best match in each sentence (but those ``done``) of ``required`` with one word
    after the others (VERB_LAST languages): a phrasing's verb in second place stands at
    its clause's end in the perfect, after a modal and in a clause of its own ("Der
    Bundestag hat das Gesetz am Freitag gebilligt", "…, dass der Bundestag das Gesetz
    billigte", "De Kamer heeft de wet aangenomen" for "De Kamer nam de wet aan"): the
    other words in order, none missing, then that one no more than BRACKET_REACH words
    on in the same clause; the score lowered by UNORDERED_FACTOR. The verb's participle
    stands there too, a strong verb's ("hat das Gesetz angenommen", "heeft het voorstel
    verworpen"), with the ``particle`` that the phrasing writes last in front ("goedgekeurd"
    for "keurde het plan goed"): :func:`~checker.text.fuzzy.participle_meets`."""
    facts = ctx.facts
    best: dict[Any, tuple[float, int, int, dict[int, str]]] = {}
    base = primary_language(ctx.language)
    # the verb's particle, written after the verb and the other words, on the participle
    # at the clause's end: "goed" of "keurde het plan goed" in "heeft het plan goedgekeurd"
    particle = particle if particle in SEPARABLE_PARTICLES.get(base, ()) else ""
    attached = len(required) > 2 and required[-1] == particle
    for moved in range(1, len(required) - attached):
        rest = required[:moved] + required[moved + 1:len(required) - attached]
        for begin, first_score, sentence, tokens in _starts_outside(facts, rest[0], threshold, done):
            stop = min(begin + max_span, tokens.stop)
            match = _match_from(rest, 0, begin, first_score, stop, facts, threshold, 0)
            if match is None:
                continue
            total, position, matched = match
            reach = min(position + BRACKET_REACH + 1, tokens.stop)
            verb = None if attached else _first_after(facts.positions(required[moved]), position, reach, threshold)
            if verb is None and base in SEPARABLE_PARTICLES:  # a strong verb's participle, a particle on it
                verb = next(((j, PARTICIPLE_SCORE) for j in range(position + 1, reach)
                             if participle_meets(facts.keys[j], required[moved], particle, base)), None)
            if verb is None or _parted(ctx, begin, verb[0]):
                continue
            score = UNORDERED_FACTOR * (total + verb[1] * (1 + attached)) / len(required)
            if sentence not in best or score > best[sentence][0]:
                best[sentence] = (score, begin, verb[0], {**matched, verb[0]: required[moved]})
    return best


def _done_at(offset: int, done: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` lies in one of the sorted spans ``done``: a sentence an ordered
    match already scores well in, which no other kind of match is looked for in."""
    inside = bisect.bisect_right(done, (offset, math.inf)) - 1
    return inside >= 0 and offset < done[inside][1]


def _starts_outside(facts: Any, word: str, threshold: float,
                    done: list[tuple[int, int]]) -> Iterator[tuple[int, float, Any, range]]:
    """The places of phrase word ``word`` that score ``threshold`` or more outside the
    spans ``done`` (:func:`_done_at`), each with its score, its sentence and that
    sentence's tokens: where a match of the words in another order may begin."""
    for begin, score in facts.positions(word):
        if score >= threshold and not _done_at(facts.starts[begin], done):
            sentence = facts.sentence_at(facts.starts[begin])
            yield begin, score, sentence, facts.tokens_in(sentence)


@lru_cache(maxsize=4096)
def _finite_verbs(phrasing: str, required: tuple[str, ...], language: str | None) -> tuple[int, ...]:
    """The places among ``required`` (past the first and before the last) of the words of
    ``phrasing`` that may be its finite verb: not after a determiner, a noun's place ("Putin
    hat die Einladung angenommen"), nor, where nouns are capitalised, capitalised."""
    starts, _, keys = token_columns(phrasing)
    nouns_after = before_nouns(language)
    capitalised = primary_language(language) in CAPITALISED_NOUNS
    found = []
    for k in range(1, len(required) - 1):
        at = next((i for i, key in enumerate(keys) if key == required[k]), None)
        if at is None or at == 0 or keys[at - 1] in nouns_after:
            continue
        if capitalised and phrasing[starts[at]].isupper():
            continue
        found.append(k)
    return tuple(found)


def _inverted(ctx: Any, required: tuple[str, ...], verbs: tuple[int, ...], threshold: float, max_span: int,
              done: list[tuple[int, int]]) -> dict[Any, tuple[float, int, int, dict[int, str]]]:
    """The best match in each sentence (but those ``done``) of ``required`` with its verb
    (one of ``verbs``, :func:`_finite_verbs`), the word after its subject, before that
    subject (VERB_SECOND languages): the other words
    in order, none missing, the verb no more than INVERSION_REACH tokens before the first of
    them in the same clause, not opening its sentence (a question: "Billigte das Parlament
    das Gesetz?"); the score lowered by UNORDERED_FACTOR."""
    facts = ctx.facts
    best: dict[Any, tuple[float, int, int, dict[int, str]]] = {}
    for moved in verbs:
        rest = required[:moved] + required[moved + 1:]
        for begin, first_score, sentence, tokens in _starts_outside(facts, rest[0], threshold, done):
            verb = next(((j, score) for j, score in facts.positions(required[moved])
                         if max(begin - INVERSION_REACH, tokens.start + 1) <= j < begin and score >= threshold), None)
            if verb is None or _parted(ctx, verb[0], begin):
                continue
            match = _match_from(rest, 0, begin, first_score, min(begin + max_span, tokens.stop), facts, threshold, 0)
            if match is None:
                continue
            total, position, matched = match
            score = UNORDERED_FACTOR * (total + verb[1]) / len(required)
            if sentence not in best or score > best[sentence][0]:
                best[sentence] = (score, verb[0], position, {**matched, verb[0]: required[moved]})
    return best


def _parted(ctx: Any, before: int, after: int) -> bool:
    """Whether a clause mark, bracket or sentence end stands between tokens ``before``
    and ``after``; not a colon inside a word, before the case ending Finnish and Swedish write
    on an abbreviation ("LOT:n johto", "EU:s")."""
    gap = ctx.text[ctx.facts.ends[before]:ctx.facts.starts[after]]
    return gap != ":" and any(ch in CLAUSE_BREAKS for ch in gap)


def _clause_end(ctx: Any, first: int, stop: int) -> int:
    """The first token after ``first`` (before ``stop``) that a clause mark, bracket or
    sentence end separates from it; else ``stop``."""
    for i in range(first + 1, stop):
        if _parted(ctx, i - 1, i):
            return i
    return stop


def _trailing_cue(ctx: Any, first: int, last: int, matched: dict[int, str], cues: Cues, sentence: Any,
                  trailing: tuple[str, ...], threshold: float,
                  own: frozenset[str] = frozenset()) -> tuple[int | None, int]:
    """A negation cue among the phrasing's short last words where they follow the match
    ("اعلان نہیں کیا" for "اعلان کیا"), and the last of them; else (None, ``last``)."""
    tokens = ctx.facts.tokens_in(sentence)
    extended, taken = last, dict(matched)
    for word in trailing:  # one other word may stand before each
        found = _first_after(ctx.facts.positions(word), extended, min(extended + 3, tokens.stop), threshold)
        if found is None:
            # the short verb with a negating prefix on it, and a person's or the perfect's
            # ending: Persian "نکرد", "نکردند", "نکرده است" for "کرد"
            negated = next((j for j in range(extended + 1, min(extended + 3, tokens.stop))
                            if any(ctx.facts.keys[j].startswith(prefix + word)
                                   and len(ctx.facts.keys[j]) <= len(prefix + word) + 2 for prefix in cues.prefixes)),
                           None)
            if negated is not None:
                return negated, negated
            break
        extended = found[0]
        taken[extended] = word
    cue = _negation_cue(ctx, first, extended, taken, cues, tokens, own=own) if extended > last else None
    return (cue, extended) if cue is not None else (None, last)


def _match_from(required: tuple[str, ...], skipped: int, begin: int, first_score: float, stop: int,
                facts: Any, threshold: float, allowed: int, gap: int | None = None
                ) -> tuple[float, int, dict[int, str]] | None:
    """The in-order match of ``required[skipped:]`` from token ``begin`` to before
    ``stop``: total score, last matched token and the matched tokens with the words they
    stand for; None when more than ``allowed`` words are missing. Each word takes its
    first occurrence after the previous one, found by bisection in the word's positions,
    no more than ``gap`` tokens after it when a gap is given; then only once more than
    LETTER_STEP after it, and only the last words may be missing, where none was."""
    total, position, matched, missing = first_score, begin, {begin: required[skipped]}, skipped
    stretched = False
    for n, word in enumerate(required[skipped + 1:], skipped + 1):
        limit = stop if gap is None else min(stop, position + gap + 2)
        found = _first_after(facts.positions(word), position, limit, threshold)
        if found is not None and gap is not None and after_a_leading_vowel(facts.keys, found[0], position):
            if position != begin and matched.get(position) == facts.keys[found[0] - 1]:
                # the vowel matched was an earlier one of the same letter: the "ไ" of "ไม่" in "ไม่ได้"
                # for that of "ได้"
                del matched[position]
                before = max(matched, default=begin)
                position = found[0] - 1
                matched[position] = facts.keys[position]
                if position - before > LETTER_STEP:  # the gap is now before the vowel
                    if stretched:
                        return None
                    stretched = True
            else:
                found = None  # the letter is another syllable's: "สนามบินยังเปิด" holds no "สนามบินปิด"
        if found is None and gap is not None:
            return (total, position, matched) if not stretched and missing + len(required) - n <= allowed else None
        if found is not None and gap is not None and found[0] - position > LETTER_STEP:
            if stretched:
                return None
            stretched = True
        if found is None:
            missing += 1
            if missing > allowed:
                return None
            continue
        position, score = found
        total += score
        matched[position] = word
    return total, position, matched


def _substituted(required: tuple[str, ...], skipped: int, matched: dict[int, str], keys: list[str],
                 sentence: range, cues: Cues, function: frozenset[str] | None = None) -> bool:
    """Whether a word of the phrasing that the match misses has another word in its place:
    a word longer than OPTIONAL_LENGTH between the matched words around it (or right
    before the first, or right after the last, past function words). A word left out is a paraphrase ("the
    government approved funding"); a word replaced is another statement ("the parliament
    rejected the budget" for "approved the budget", "Kim accepted the invitation"). A
    negation in its place is no other word: the negation decides ("গ্রহণ করেননি" for
    "গ্রহণ করেছেন", "weigerde de begroting goed te keuren" for "keurde de begroting goed")."""
    tokens = sorted(matched)
    placed: list[int | None] = [None] * skipped  # the token of each required word, None where missed
    k = 0
    for word in required[skipped:]:
        if k < len(tokens) and matched[tokens[k]] == word:
            placed.append(tokens[k])
            k += 1
        else:
            placed.append(None)
    for n, token in enumerate(placed):
        if token is not None:
            continue
        before = next((t for t in reversed(placed[:n]) if t is not None), None)
        after = next((t for t in placed[n + 1:] if t is not None), None)
        if before is None and after is not None:
            nearest = _past_function_words(keys, after - 1, -1, sentence, function, cues)
            slot = range(max(nearest, sentence.start), nearest + 1)
        elif after is None and before is not None:
            nearest = _past_function_words(keys, before + 1, 1, sentence, function, cues)
            slot = range(nearest, min(nearest + 1, sentence.stop))
        elif before is not None and after is not None:
            slot = range(before + 1, after)
        else:
            continue
        if any(_another_word(keys, t, cues, function) for t in slot):
            return True
    return False


FUNCTION_REACH = 2  # function words passed over to the word in a missed first or last word's place


def _past_function_words(keys: list[str], t: int, step: int, sentence: range,
                         function: frozenset[str] | None, cues: Cues) -> int:
    """Token ``t``, or with the ``function`` words of the language the first token from
    it (going by ``step``) past up to FUNCTION_REACH of them, but not past a negation:
    the word in the place of the missed first word of "Inaprubahan ng Senado …" in
    "Tinanggihan ng Senado …"."""
    for _ in range(FUNCTION_REACH):
        if (function is None or t + step not in sentence or keys[t] not in function
                or cues.at(keys, t) or cues.inside_at(keys, t)):
            break
        t += step
    return t


def _first_after(places: list[tuple[int, float]], after: int, stop: int,
                 threshold: float) -> tuple[int, float] | None:
    """The first (token, score) of ``places`` (sorted by token) after token ``after``
    and before ``stop`` that scores at least ``threshold``."""
    for index, score in places[bisect.bisect_right(places, (after, math.inf)):]:
        if index >= stop:
            return None
        if score >= threshold:
            return index, score
    return None


def _allowed_missing(required: int) -> int:
    """Paraphrase tolerance: one word of four to six may be missing ("would not hesitate"
    for "will not hesitate"), two of seven to nine. The score says so."""
    return (required - 1) // 3


def _missing(required: tuple[str, ...], matched: dict[int, str]) -> tuple[str, ...]:
    """The phrasing's required words a match left out."""
    found = set(matched.values())
    return tuple(word for word in required if word not in found)


def _negation_cue(ctx: Any, first: int, last: int, matched: dict[int, str], cues: Cues,
                  sentence: range, plain: bool = True, own: frozenset[str] = frozenset()) -> int | None:
    """Index of a negation cue among the matched words (or of a matched word negated from
    inside: Czech "nepřijal", Turkish "onaylamadı"), or up to LOOK_BEHIND words before
    them or LOOK_AHEAD words after them within the same clause; None when the clause is
    not negated. Without ``plain``, only a verb of denying before the match counts
    ("denied that …"), not a negation word. The words of the phrasing in ``own`` that the
    match leaves out stand before it as the phrasing's ("denied that the dam had been
    inspected": "dam" is no verb whose object the match is)."""
    facts = ctx.facts
    keys = facts.keys
    # Tagalog writes its verb of denying first, the subject and "na" between it and the
    # clause it denies ("Itinanggi ng Malacañang na …"): no verb of another clause there
    function = function_words(ctx.language) if primary_language(ctx.language) not in DENYING_FIRST else None
    instead = instead_words(ctx.language)
    for i in range(first + 2, last) if plain and cues.denies_before_that else ():
        # a verb of denying and its "that" between the matched words, the subject before them
        # the phrasing's: "Putin denied that he had accepted the invitation" (and "Putin did
        # not deny that he had accepted it" denies nothing)
        if keys[i] in cues.that and i - 1 not in matched and not _embedded(ctx, i, matched):
            verb = _denying_verb(ctx, i - 1, cues, sentence)
            if verb is not None and verb > first and ctx.facts.keys[verb] not in own:
                return None if _negated_verb(ctx, verb, cues, sentence) else verb
    for i in range(first + 1, last) if plain and (cues.to or cues.to_after) else ():
        # a verb of denying between the matched words before the non-finite clause it denies:
        # "Police denied having arrested a suspect", "Die Polizei bestritt, einen Verdächtigen
        # festgenommen zu haben"
        if (i not in matched and keys[i] in cues.denying and keys[i] not in own
                and not _embedded(ctx, i, matched)
                and (keys[i + 1] in cues.to or (last + 1 in sentence and keys[last + 1] in cues.to_after))):
            return None if _negated_verb(ctx, i, cues, sentence) else i
    for i in range(first, last + 1) if plain else ():
        if i in matched:
            if cues.denies(keys[i], matched[i]) or cues.affirms(keys[i], matched[i]):
                return i
            run = cues.length_at(keys, i)
            if run > 1 and any(j not in matched for j in range(i, i + run)) and not _embedded(ctx, i, matched):
                return i  # "ไม่ได้รายงาน": the ไ of the negation taken for the ไ of ได้, a letter at a time
        elif ((cues.at(keys, i) or cues.inside_at(keys, i)) and not _embedded(ctx, i, matched)
              and not _another_predicate_after(ctx, i, matched)
              # "negó haber recibido ningún soborno", "nega haver rebut cap suborn": the word for
              # "any" that the phrasing's own verb of denying takes, no second negation
              and not any(keys[j] in cues.denying for j in range(first, i) if j in matched)):
            return i

        elif (any(tuple(keys[i:i + len(run)]) == run for run in instead)
              and "".join(keys[i:i + 2]) not in cues.compounds):
            return i  # "approved the budget rather than the tax reform" (not "non seulement")
    if (cues.denying and (verb := _denying_before_deed(ctx, first, matched, cues, sentence)) is not None
            and keys[verb] not in own):
        return verb
    ahead = cues.reach or LOOK_AHEAD
    openers = clause_openers(ctx.language)
    particles = tense_particles(ctx.language)
    for step, reach in ((-1, LOOK_BEHIND), (1, max(ahead, cues.denying_reach or 0))) if plain else ((-1, LOOK_BEHIND),):
        i = first if step < 0 else last
        # before the match, the short words a phrasing may leave out do not count: in "denied
        # that it had refused", "smentito che sia in corso", "ontkende dat hij al een akkoord
        # had" the phrasing's first long word stands up to that many more words after "that";
        # nor the particle of a tenseless verb's time ("membantah bahwa pihaknya telah membayar")
        spare = SHORT_WORDS_BEHIND if step < 0 else 0
        taken = 0
        passed_function = past_that = False
        while taken < reach:
            if spare and i != first and len(keys[i]) <= OPTIONAL_LENGTH:
                spare -= 1
            elif not (step < 0 and i != first and (keys[i] in particles or _inside_a_name(ctx, i))):
                taken += 1
            following = i + step
            if following not in sentence:
                break
            gap = ctx.text[facts.ends[min(i, following)]:facts.starts[max(i, following)]]
            # "denied that Putin …", "bestritt, dass Putin …": a verb that denies before its
            # "that", or before a short auxiliary and it ("demantirali su da …", "հերքել է, որ …")
            if step < 0 and keys[i] in cues.that and cues.denies_before_that and gap.strip() in ("", ","):
                verb = _denying_verb(ctx, following, cues, sentence)
                if verb is not None and keys[verb] not in own:  # not the phrasing's own "نفت الوزارة أن …"
                    # "did not deny that …", "nije demantirao da …": the clause is not denied
                    return None if _negated_verb(ctx, verb, cues, sentence) else verb
            if any(ch in CLAUSE_BREAKS for ch in gap):
                if plain and step < 0 and gap.strip() == "," and (
                        refusal := cues.refusal_ending_at(keys, following)) is not None:
                    return refusal  # "weigert sich, das Lösegeld zu zahlen"
                break
            if step > 0 and keys[following] in openers and following not in matched:
                break  # "terbuang karena tidak dapat dibongkar" (lost because it could not be unloaded)
            if _joins_another(ctx, following) or (step > 0 and _ends_clause(ctx, i)):
                # "the ship was overloaded and not seaworthy": the negation is the next word's; and
                # "did not concede again and won the cup": the one before is the other predicate's;
                # and Korean "승인했다며 문제가 없다고": "-며" ends the clause on its verb
                break
            i = following
            if step > 0 and taken > ahead and keys[i] not in cues.denying:
                continue  # past a negation's reach, only a verb of denying the clause before it
            if plain and (cues.at(keys, i) or (step > 0 and cues.denying_reach and keys[i] in cues.denying)):
                # (where the verb comes last, a verb of denying after the claim's reports denies it:
                # "құн төленді деген ақпаратты жоққа шығарды")
                # "不否认大坝出现裂缝" (does not deny): the negation is the verb's, not the clause's
                return None if step < 0 and _denies_after(keys, i, cues) else i
            if step < 0 and function is not None and i not in matched:
                # a content word before a function word before the match: a verb and its
                # object's article, which a negation further back denies ("Nobody expected
                # the senate to approve the treaty"; not "did not formally approve", nor
                # "it is not true that the senate approved", past its "that")
                if keys[i] in cues.that:
                    past_that = True
                elif keys[i] in function:
                    passed_function = True
                elif passed_function and not past_that and keys[i] not in own:
                    # but a verb of denying before the "that" of the clause the subject opens: "ha
                    # smentito che un custode sia rimasto ferito"
                    verb = _denied_further_back(ctx, first, cues, sentence) if cues.denies_before_that else None
                    if verb is not None and not _negated_verb(ctx, verb, cues, sentence):
                        return verb
                    break
    if cues.denying_before:  # "否认了水库大坝出现裂缝": the verb before the clause it denies
        i = first
        for _ in range(cues.denied_reach):
            verb = cues.denied_from(keys, i)
            if verb is not None:
                return verb
            if i - 1 not in sentence or _parted(ctx, i - 1, i):
                break
            i -= 1
    # (neither where the verb of denying is the phrasing's own: "نفت الوكالة أن الإطلاق تم على عجل",
    # "… را که پرتاب با عجله انجام شده رد کرد" written as the phrasing writes them)
    if cues.denying_after is not None:  # "… را که وزیر استعفا داده است تکذیب کرد": the verb after the clause
        verb = _denied_after_clause(ctx, first, last, cues, sentence)
        if verb is not None and keys[verb - 1] not in own:  # the noun of denying, before its light verb
            return verb
    if cues.subject:  # "نفت الحكومة أن تكون السلطات قد طلبت": "that" further back, past a verb and a particle
        verb = _denied_further_back(ctx, first, cues, sentence)
        return None if verb is None or keys[verb] in own else verb
    return None


def _another_predicate_after(ctx: Any, i: int, matched: dict[int, str]) -> bool:
    """Whether a word for "and" or "but" stands between the negation at token ``i`` and the
    next matched word: the negation is another predicate's ("Varossa did not concede again
    and won the cup")."""
    following = min((t for t in matched if t > i), default=None)
    return following is not None and any(_joins_another(ctx, j) for j in range(i + 1, following))


def _ends_clause(ctx: Any, i: int) -> bool:
    """Whether token ``i`` is a verb whose ending joins its clause to the next, where the
    language writes "and" so (Korean "-며", "-고", "-면서", "-지만")."""
    return ends_a_clause(ctx.text, ctx.facts.starts[i], ctx.facts.ends[i], ctx.language)


def _joins_another(ctx: Any, i: int) -> bool:
    """Whether token ``i`` is a word for "and" or "but" (as written: Italian "è" is no "e"),
    which after a match joins another predicate to it: a negation past it denies that one."""
    facts = ctx.facts
    return (ctx.text[facts.starts[i]:facts.ends[i]].casefold() in and_words(primary_language(ctx.language) or "")
            or facts.keys[i] in but_words(ctx.language))


def _embedded(ctx: Any, i: int, matched: dict[int, str]) -> bool:
    """Whether token ``i``, between matched words, stands in a clause of its own between
    them, set off by clause marks on both sides: "Putin, who did not attend the summit,
    accepted the invitation" states the acceptance."""
    before = max((t for t in matched if t < i), default=None)
    after = min((t for t in matched if t > i), default=None)
    return before is not None and after is not None and _parted(ctx, before, i) and _parted(ctx, i, after)


def _denied_after_clause(ctx: Any, first: int, last: int, cues: Cues, sentence: range) -> int | None:
    """A verb of denying written after the clause it denies (Persian "… تکذیب کرد"), no
    further than DENIED_REACH tokens after the match, when the clause begins with "that"
    no further than LOOK_BEHIND + SUBJECT_CLAUSE_REACH tokens before it; all in one
    clause. None without one."""
    assert cues.denying_after is not None
    keys, that = ctx.facts.keys, cues.denying_after[2]
    i = first
    for _ in range(LOOK_BEHIND + SUBJECT_CLAUSE_REACH):
        if i - 1 not in sentence or _parted(ctx, i - 1, i):
            return None
        i -= 1
        if keys[i] in that:
            break
    else:
        return None
    for j in range(last + 1, min(last + 1 + DENIED_REACH, sentence.stop)):
        if _parted(ctx, j - 1, j):
            return None
        if cues.denied_after(keys, j):
            return j + 1  # its light verb too: "رد کرد"
    return None


def _denied_further_back(ctx: Any, first: int, cues: Cues, sentence: range) -> int | None:
    """The verb of denying before a "that" up to LOOK_BEHIND + SUBJECT_CLAUSE_REACH tokens
    before the first matched word, in the same clause."""
    facts, i = ctx.facts, first
    for _ in range(LOOK_BEHIND + SUBJECT_CLAUSE_REACH):
        before = i - 1
        if before not in sentence or _parted(ctx, before, i):
            return None
        i = before
        if facts.keys[i] in cues.that and i - 1 in sentence:
            verb = _denying_verb(ctx, i - 1, cues, sentence)
            if verb is not None:
                return verb
    return None


def _negated_verb(ctx: Any, verb: int, cues: Cues, sentence: range) -> bool:
    """Whether a negation stands one or two tokens before the verb of denying at
    ``verb`` in its clause ("did not deny", "nije demantirao"; not "not surprisingly,
    denied")."""
    return any(j in sentence and cues.at(ctx.facts.keys, j) and not _parted(ctx, j, verb)
               for j in (verb - 1, verb - 2))


def _denies_after(keys: Sequence[str], i: int, cues: Cues) -> bool:
    """Whether a verb that denies the clause after it (Chinese 否认) follows the
    negation at token ``i``."""
    return any(tuple(keys[i + 1:i + 1 + len(verb)]) == verb for verb in cues.denying_before)


# The words between a verb of denying and the deed it denies when that deed is its
# infinitive or gerund: the perfect's auxiliary and the infinitive's particle ("negaron
# haber pagado un rescate", "negaram ter pago", "a nié avoir payé", "ha negato di aver
# pagato", "denied having paid", "denied paying").
_DENIED_DEED_LINKS = {language: frozenset(fold_words(words)) for language, words in {
    "en": "having to", "es": "haber", "pt": "ter haver", "gl": "ter haber", "ca": "haver", "fr": "avoir être d",
    "it": "aver avere essere esser di", "ro": "să fi",
}.items()}
_DENIED_DEED_REACH = 3  # words of such links at most


def _denying_before_deed(ctx: Any, first: int, matched: dict[int, str], cues: Cues, sentence: range) -> int | None:
    """A verb of denying right before the match, past the links of its infinitive
    (:data:`_DENIED_DEED_LINKS`): "negaron haber pagado un rescate" denies that a ransom was
    paid, as "negaron que se pagara" does; None without one, or where it is itself denied."""
    links = _DENIED_DEED_LINKS.get(primary_language(ctx.language) or "", frozenset())
    keys = ctx.facts.keys
    i = first - 1
    for _ in range(_DENIED_DEED_REACH + 1):
        if i not in sentence or i in matched or _parted(ctx, i, i + 1):
            return None
        if keys[i] in cues.denying:
            return None if _negated_verb(ctx, i, cues, sentence) else i
        if keys[i] not in links:
            return None
        i -= 1
    return None


def _inside_a_name(ctx: Any, i: int) -> bool:
    """Whether token ``i`` and the one before it are capitalised words of one name, which the
    reach of a negation before a match counts once ("Itinanggi ng Velstrand Chemicals na …")."""
    facts = ctx.facts
    if i < 1 or not ctx.text[facts.starts[i]:facts.starts[i] + 1].isupper():
        return False
    return (ctx.text[facts.starts[i - 1]:facts.starts[i - 1] + 1].isupper()
            and not ctx.text[facts.ends[i - 1]:facts.starts[i]].strip())


def _denying_verb(ctx: Any, i: int, cues: Cues, sentence: range) -> int | None:
    """The verb that denies at token ``i`` before a "that", or one token before it past
    an auxiliary of up to AUXILIARY_LENGTH letters written right after it."""
    keys = ctx.facts.keys
    if keys[i] in cues.denying or keys[i] in cues.rejecting:  # "rechazó que …": rejected that
        return i
    for words in cues.denying_words:  # Vietnamese "phủ nhận rằng …", a verb of two syllables
        at = i - len(words) + 1
        if at in sentence and tuple(keys[at:i + 1]) == words:
            return at
    before = i - 1
    if (len(keys[i]) <= AUXILIARY_LENGTH and before in sentence and keys[before] in cues.denying
            and not ctx.text[ctx.facts.ends[before]:ctx.facts.starts[i]].strip()):
        return before
    light = i
    while light in sentence and i - light < LIGHT_REACH and keys[light] in cues.light:
        light -= 1  # "इनकार किया है कि …": a noun of denying, its light verb and auxiliary
        if light in sentence and keys[light] in cues.denying:
            return light
    # a verb written first, its subject between it and "that": "نفت الحكومة أن …"
    for verb in range(i - 1, i - 1 - cues.subject, -1):
        if verb not in sentence or ctx.text[ctx.facts.ends[verb]:ctx.facts.starts[verb + 1]].strip():
            break
        if keys[verb] in cues.denying:
            return verb
    claimed = _rejected_claim(ctx, i, cues, sentence)
    if claimed is not None:
        return claimed
    # a day or a place between the verb and its "that": "denied on Wednesday that …", "negó
    # ayer que …", "negó ante el Parlamento que …", in one clause, no "and" between
    for verb in range(i - 1, i - 1 - ADVERBIAL_REACH, -1):
        if verb not in sentence or _parted(ctx, verb, verb + 1) or _joins_another(ctx, verb + 1):
            break
        if keys[verb] in cues.denying:
            return verb
    return _denying_verb_before_aside(ctx, i, cues, sentence)


def _denying_verb_before_aside(ctx: Any, i: int, cues: Cues, sentence: range) -> int | None:
    """The verb of denying before an aside set off by commas that ends at token ``i``, the
    word before "that": "negou, no entanto, que …", "denied, however, that …", "a démenti,
    selon lui, que …" (up to ADVERBIAL_REACH words, no "and" among them); None otherwise."""
    facts = ctx.facts
    for start in range(i, i - ADVERBIAL_REACH, -1):
        before = start - 1
        if before not in sentence or _joins_another(ctx, start):
            return None
        if _parted(ctx, before, start):
            gap = ctx.text[facts.ends[before]:facts.starts[start]].strip()
            return before if gap == "," and facts.keys[before] in cues.denying else None
    return None


CLAIM_LINK = 4   # words between the noun of a claim and its "that" ("acusaciones de que", "обвинения в том, что",
#                 "claims on social media that", "утверждения местных жителей о том, что")
ADVERBIAL_REACH = 3  # words of a day or place between a verb of denying and its "that" ("denied on Wednesday that")
CLAIM_REACH = 3  # words between the verb and the noun ("rejected the opposition's claims", "odbacio je tvrdnje")


def _rejected_claim(ctx: Any, i: int, cues: Cues, sentence: range) -> int | None:
    """The verb that rejects a claim named by a noun before a "that" whose word before
    is token ``i`` ("rejected claims that", "отверг обвинения в том, что"), or None; not
    across an "and" ("denied the reports and said that …" says it)."""
    if not cues.claims:
        return None
    keys = ctx.facts.keys
    for noun in range(i, i - CLAIM_LINK - 1, -1):
        if noun not in sentence or _joins_another(ctx, noun):
            return None
        if keys[noun].startswith(cues.claims):
            for verb in range(noun - 1, noun - CLAIM_REACH - 2, -1):
                if verb not in sentence:
                    return None
                if keys[verb] in cues.denying or keys[verb] in cues.rejecting:
                    return verb
            return None
    return None


@hookimpl
def factcheck_register_rule_types(register):  # type: ignore[no-untyped-def]
    register(PhraseRuleType())
