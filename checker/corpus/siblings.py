"""Languages the statistical detector has no model for, told from the neighbours it takes
them for: Galician and Nepali by their function words, the others by the words of what
CLDR writes in each (:func:`by_words`).

lingua reads a Galician article as Spanish or Portuguese, and a Nepali one as Hindi or
Marathi. Each of these languages writes its commonest function words its own way: the
articles and their contractions with prepositions, the copula and auxiliaries, the
postpositions. Counting the forms only one of the neighbours writes tells them apart on
a paragraph or more: Galician "unha", "polo", "xa", "non", "tamén" against Spanish
"una", "por el", "ya", "no", "también" and Portuguese "uma", "pelo", "já", "não",
"também"; Nepali "छ", "थियो", "भएको", "लाई" against Hindi "है", "था", "में", "ने" and
Marathi "आहे", "होते", "मध्ये", "आणि". Forms two of them share ("con" in Spanish and
Galician, "mais", Galician "but" and Portuguese "more", "pero" in Spanish and Galician, "कि" in Hindi
and Nepali) are
not listed. Only words written in lower case count (in the scripts that have case).
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from ..text.cldr import own_words
from ..text.function_words import listed_words
from .alphabets import alphabet

# Each language without a model, and the modelled languages it is taken for.
SIBLINGS: dict[str, tuple[str, ...]] = {"gl": ("es", "pt"), "ne": ("hi", "mr")}

# The function words only one language of each family writes.
_WORDS = {
    "gl": """unha unhas dun dunha duns dunhas nun nunha nuns nunhas cun cunha cuns cunhas co coa cos coas
             polo pola polos polas xa tamén moi non máis dixo dixeron aínda ademais isto iso ás""",
    "es": "una unas los las del y muy ya también más dijo dijeron según aunque sino",
    "pt": "não uma umas com pelo pela pelos pelas também já muito muitos disse disseram à às num numa",
    "ne": "छ छन् छैन थियो थिए भएको गरेको रहेको भने लाई भन्दा गर्ने हुने",
    "hi": "है हैं था थे थी में की के से ने और भी यह",
    "mr": "आहे आहेत होते होता आणि मध्ये नाही केले केली",
}
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")


def sibling_of(language: str) -> str | None:
    """The language without a model that ``language`` may have been taken for."""
    return next((other for other, modelled in SIBLINGS.items() if language in modelled), None)


def pick_in_family(text: str, sibling: str, detected: str, others: tuple[str, ...] = ()) -> str:
    """Which of ``detected``, ``others`` (languages of the same family the text could
    also be) and ``sibling`` ``text`` is written in: the one whose own function words it
    writes most ("में", "के", "ने": Hindi, though lingua leaned to Marathi); where none
    leads, ``sibling`` when it leads ``detected`` on the words of what CLDR writes in
    each ("onte", "venres" against "ayer", "viernes"), else ``detected``."""
    counts = _counts(text)
    family = (detected, *others, sibling)
    top = max(counts.get(language, 0) for language in family)
    leaders = [language for language in family if counts.get(language, 0) == top]
    if top and len(leaders) == 1:
        return leaders[0]
    if detected in leaders and sibling in leaders and word_lead(text, sibling, detected) > 0:
        return sibling
    return detected if detected in leaders else leaders[0]


def _counts(text: str) -> dict[str, int]:
    owners = _owners()
    counts: dict[str, int] = {}
    for word in _WORD.findall(text):
        if (language := owners.get(word)) is not None:  # lower case only: "Non" may open a name
            counts[language] = counts.get(language, 0) + 1
    return counts


@lru_cache(maxsize=1)
def _owners() -> dict[str, str]:
    return {word: language for language, words in _WORDS.items() for word in words.split()}


# A language without a model is told from the one a text was placed as by the words of
# what CLDR writes in each (checker.text.cldr.own_words): it is chosen when the text
# writes, in lower case, at least WORD_HITS different words of its own that neither CLDR
# nor the list of function words of the detected language (or of another the text could
# also be) holds (one fewer or twice as many as its letters speak for or against it)...
WORD_HITS = 3
# ... and WORD_RATIO times as many as of the detected language's own that it does not hold.
WORD_RATIO = 2
# The letters only the detected language writes speak against it when, at their share of
# its CLDR words, the text would write at least this many of them and writes none.
ABSENT = 3


def by_words(text: str, detected: str, candidates: tuple[str, ...], also: tuple[str, ...] = (),
             quoted: tuple[str, ...] = ()) -> str | None:
    """The language of ``candidates`` (languages no model reads) that ``text``, placed
    as ``detected`` (or as one of ``also``), is written in by its words; None when no
    candidate's own words clearly outnumber the detected language's.

    Uzbek in Latin writes no letter Azerbaijani does not, Kyrgyz none Mongolian or Kazakh
    does not, Occitan none Catalan does not: their words tell them ("seshanba kuni",
    "va", "yoki" against "çərşənbə", "və", "və ya"). A candidate is weighed only where its
    letters fit the text as well as the detected language's do; one that writes letters
    the detected language does not (Luxembourgish "ë" beside German, Hausa "ƙ", "ɗ")
    needs twice the words where the text writes none of them. Words of its own that are
    all function words of one of ``quoted`` (the languages a model reads) are a quotation
    in that language: "la", "de", "los", "del" of a Spanish quotation in an English
    article are no Quechua.
    """
    words = {word.casefold() for word in _WORD.findall(text) if not word[0].isupper()}
    if len(words) < WORD_HITS - 1:
        return None
    index = _word_index(candidates)
    known = [table for language in (detected, *also) for table in (own_words(language), listed_words(language))]
    hits = [0] * len(candidates)
    for word in words:
        owners = index.get(word, 0)
        if owners and not any(word in table for table in known):
            while owners:
                low = owners & -owners
                hits[low.bit_length() - 1] += 1
                owners ^= low
    ours = own_words(detected)
    letters: tuple[dict[str, int], set[str]] | None = None
    best, best_hits = None, 0
    for position in sorted(range(len(candidates)), key=lambda i: -hits[i]):
        if hits[position] < max(WORD_HITS - 1, best_hits):
            break
        candidate = candidates[position]
        theirs = own_words(candidate)
        against = sum(1 for word in words if word in ours and word not in theirs)
        letters = letters or _letters(text)
        needed = _words_needed(*letters, candidate, detected)
        if needed is not None and hits[position] >= max(needed, WORD_RATIO * against):
            if _quotation(words, 1 << position, index, known, quoted):
                continue
            if best is not None:
                return None  # two candidates as likely: neither is chosen
            best, best_hits = candidate, hits[position]
    return best


# A text is in a language none of whose models read it only when the language's alphabet
# holds at least this share of the letters of its words in lower case.
LETTERS_HELD = 0.9


def _quotation(words: set[str], bit: int, index: dict[str, int], known: list[frozenset[str]],
               quoted: tuple[str, ...]) -> bool:
    """Whether the words of ``words`` that count for the candidate ``bit`` names are all
    function words of one language of ``quoted``."""
    own = [word for word in words if index.get(word, 0) & bit and not any(word in table for table in known)]
    return any(all(word in listed_words(language) for word in own) for language in quoted)


def by_letters_and_words(text: str, candidates: tuple[str, ...]) -> str | None:
    """The language of ``candidates`` (languages no model reads) ``text`` is written in,
    where no model placed it: the one whose alphabet holds its letters
    (:data:`LETTERS_HELD`), or of several, the one whose CLDR words it writes most."""
    lower, _ = _letters(text)
    total = sum(lower.values())
    if not total:
        return None
    fitting = [candidate for candidate in candidates
               if sum(n for c, n in lower.items() if c in alphabet(candidate)) >= LETTERS_HELD * total]
    if len(fitting) < 2:
        return fitting[0] if fitting else None
    words = {word.casefold() for word in _WORD.findall(text) if not word[0].isupper()}
    hits = sorted(((len(words & own_words(candidate)), candidate) for candidate in fitting), reverse=True)
    return hits[0][1] if hits[0][0] > hits[1][0] else None


def word_lead(text: str, language: str, other: str | None) -> int:
    """How many more different words ``text`` writes in lower case of ``language``'s
    own than of ``other``'s: words of what CLDR writes in one but not the other, and of
    the function words stopwords-iso lists for one but not the other (Afrikaans "gesê",
    "sal" against Dutch "volgende"; Galician "onte", "venres" against Spanish "ayer",
    "viernes")."""
    if other is None:
        return 0
    ours, theirs = _vocabulary(language), _vocabulary(other)
    words = {word.casefold() for word in _WORD.findall(text) if not word[0].isupper()}
    return sum(1 for word in words if word in ours) - sum(1 for word in words if word in theirs)


@lru_cache(maxsize=64)
def _vocabulary(language: str) -> frozenset[str]:
    """The words of what CLDR writes in ``language`` and its listed function words."""
    return own_words(language) | listed_words(language)


@lru_cache(maxsize=4)
def _word_index(candidates: tuple[str, ...]) -> dict[str, int]:
    """For each word CLDR writes in some of ``candidates``, the set of them, as bits:
    kept on disk between runs (reading some 200 locales' words takes a second, which is
    most of a run over one article)."""
    from ..stored import stored

    def build() -> dict[str, int]:
        index: dict[str, int] = {}
        for position, candidate in enumerate(candidates):
            bit = 1 << position
            for word in own_words(candidate):
                index[word] = index.get(word, 0) | bit
        return index

    named = hashlib.sha256(" ".join(candidates).encode()).hexdigest()[:16]
    return stored(f"word-index-{named}", build)


def _letters(text: str) -> tuple[dict[str, int], set[str]]:
    """How often each letter appears in the words of ``text`` written in lower case
    (case-folded), and every letter its words write."""
    counts: dict[str, int] = {}
    written: set[str] = set()
    for word in _WORD.findall(text):
        word_letters = word.casefold()
        written.update(word_letters)
        if not word[0].isupper():
            for letter in word_letters:
                counts[letter] = counts.get(letter, 0) + 1
    return counts, written


def _words_needed(lower: dict[str, int], written: set[str], candidate: str, detected: str) -> int | None:
    """How many words of its own ``candidate`` needs: None when it cannot be (its
    alphabet leaves out more of the letters of the text's words in lower case than the
    detected language's does), :data:`WORD_HITS`, or twice as many when it writes letters
    the detected language does not (in a script the text writes; not a modifier such as
    Uzbek "ʻ", often written as an apostrophe) and the text writes none of them."""
    theirs, ours = alphabet(candidate), alphabet(detected)
    if not theirs:
        return None
    if ours and sum(n for c, n in lower.items() if c not in theirs) > sum(n for c, n in lower.items() if c not in ours):
        return None
    scripts = {_script(c) for c in written}
    own = {c for c in theirs - ours if unicodedata.category(c) in ("Ll", "Lo") and _script(c) in scripts}
    if own and own.isdisjoint(written):
        return 2 * WORD_HITS
    # where its words in lower case write none of the letters only the detected language
    # writes, and would write a few if they were in it (Kazakh "і", "қ", "ә" beside
    # Kyrgyz, Turkish "ı", "ğ" beside Turkmen; not English "j" beside Aragonese), one fewer
    detected_own = {c for c in ours - theirs if unicodedata.category(c) in ("Ll", "Lo") and _script(c) in scripts}
    shares = _letter_shares(detected)
    in_script: dict[str, int] = {}
    for letter, count in lower.items():
        in_script[_script(letter)] = in_script.get(_script(letter), 0) + count
    expected = sum(shares.get(c, 0.0) * in_script.get(_script(c), 0) for c in detected_own)
    return WORD_HITS - 1 if expected >= ABSENT and detected_own.isdisjoint(lower) else WORD_HITS


@lru_cache(maxsize=64)
def _letter_shares(language: str) -> dict[str, float]:
    """The share of each letter among the letters of its script in the words CLDR writes
    in ``language`` (Kazakh "і" among its Cyrillic letters, not among its Arabic ones)."""
    counts: dict[str, int] = {}
    for word in own_words(language):
        for letter in word:
            counts[letter] = counts.get(letter, 0) + 1
    totals: dict[str, int] = {}
    for letter, count in counts.items():
        totals[_script(letter)] = totals.get(_script(letter), 0) + count
    return {letter: count / totals[_script(letter)] for letter, count in counts.items()}


@lru_cache(maxsize=4096)
def _script(letter: str) -> str:
    """The script of a letter as its Unicode name opens ("LATIN", "CYRILLIC")."""
    return unicodedata.name(letter, "").partition(" ")[0]
