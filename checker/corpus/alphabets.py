"""Languages no model reads, told by the letters only they write.

lingua has models for 73 languages; an article in another one is placed with the
modelled language nearest to it, and read with that language's month names, number words
and negation: Pashto as Urdu, Sorani Kurdish and Uyghur as Arabic, Hausa as Malay, Igbo
as Swahili, Kurmanji as Turkish, Tajik as Bulgarian, Tatar as Kazakh, Maltese as
Norwegian. Most of these languages write letters their neighbour never does (Pashto ټ ډ
ړ ښ ږ ې, Sorani ڕ ڵ ۆ ێ, Hausa ƙ ɗ, Igbo ị ọ ụ, Kurmanji ê î û, Tajik ҷ ӣ ӯ ҳ, Tatar
җ, Maltese ħ ġ ż), and that is what tells them apart.

A language's alphabet is read from CLDR through Babel: the letters of the names it gives
the world's languages, territories and scripts, its months and weekdays, in that language
(Pashto's names of the territories are written in Pashto), and of its function words
(stopwords-iso's list, where it has one: names seldom write the letters of a language's
commonest words, Italian "è", "più", "perché", French "où", "même"). A letter counts when
at least :data:`IN_WORDS` of those words hold it, so that a foreign name spelt as at home ("Åland")
lends no letter. A text whose detected language does not write a good share of the
letters of its words in lower case (:data:`ODD_SHARE`, in :data:`ODD_WORDS` words or
more; names, capitalised, are spelt as at home) is given the language without a model whose alphabet leaves out the
fewest of them, when that is far fewer (:data:`BETTER`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from functools import lru_cache

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from ..text.cldr import locale_ids, own_locales, own_names, own_words

# A letter belongs to a language's alphabet when at least this many words of its CLDR
# names hold it.
IN_WORDS = 3
# A detected language is doubted when letters it does not write are at least this share
# of the text's letters...
ODD_SHARE = 0.01
# ... in at least this many different words.
ODD_WORDS = 3
# Another language is chosen when it leaves out at most this fraction of what the
# detected one leaves out.
BETTER = 0.25
# Languages never chosen: those no newsroom publishes in (as for the models), and the
# ones told from their modelled neighbours by their function words (checker.corpus.siblings).
_NEVER = frozenset({"la", "eo", "root", "und"})

_WORD = regex.compile(r"[\p{L}\p{M}]+")
_LETTER = regex.compile(r"[\p{L}\p{M}]")


@lru_cache(maxsize=1024)
def alphabet(language: str) -> frozenset[str]:
    """The letters (case-folded, NFC) ``language`` writes, from its CLDR names, in every
    script CLDR writes it in (Serbian in Cyrillic and in Latin, Uzbek in Latin, Cyrillic
    and Arabic) and in the language it inherits them from (Bokmål from Norwegian), and from
    its function words; empty when Babel has no data for it."""
    idents = own_locales(language)
    if not idents:
        return frozenset()
    names = [name for ident in idents for name in own_names(ident)]
    words = {word for name in (*names, *_function_words(language))
             for word in _WORD.findall(unicodedata.normalize("NFC", name).casefold())}
    counts: dict[str, int] = {}
    for word in words:
        for letter in set(word):
            counts[letter] = counts.get(letter, 0) + 1
    return frozenset(letter for letter, count in counts.items() if count >= IN_WORDS)


def _function_words(language: str) -> list[str]:
    """stopwords-iso's words of ``language`` as written (not folded), none without a list."""
    import stopwordsiso  # its lists load on import: only when asked

    return sorted(stopwordsiso.stopwords(language)) if stopwordsiso.has_lang(language) else []


def _quoted(words: list[str], odd: set[str], detected: str, modelled: Collection[str]) -> bool:
    """Whether the ``odd`` letters are those of a quotation in another modelled language:
    one that writes them all and whose function words, that the detected language does
    not list, the text writes in :data:`ODD_WORDS` different words or more ("atrás",
    "año" beside "el", "los", "que" of a Spanish quotation in an English article;
    "think", "the", "best" of an English one in a Russian article)."""
    from ..text.function_words import listed_words

    written = set(words) - listed_words(detected)
    return any(odd <= alphabet(other) and len(written & listed_words(other)) >= ODD_WORDS
               for other in modelled if other != detected)


@lru_cache(maxsize=16)
def unmodelled(modelled: frozenset[str], excluded: frozenset[str]) -> tuple[str, ...]:
    """The languages CLDR has data for that no model reads, but ``excluded``."""
    found = {identifier for identifier in locale_ids() if "_" not in identifier}
    return tuple(sorted(found - modelled - excluded - _NEVER))


def by_letters(text: str, detected: str, modelled: Collection[str], excluded: Collection[str] = ()) -> str | None:
    """The language without a model (none of ``modelled`` or ``excluded``) that ``text``,
    detected as ``detected``, is written in by its letters; None when ``detected`` writes
    them, or no such language writes them much better. Only words written in lower case
    count (in the scripts that have case): names are spelt as at home ("Wałęsa", "Łódź"
    in an English article), a language's own words in its own letters."""
    text = unicodedata.normalize("NFC", text)
    known = alphabet(detected)
    if not known or not any(_LETTER.match(c) for c in set(text.casefold()) - known):
        return None  # nearly every text: its language writes all its letters
    words = [word.casefold() for word in _WORD.findall(text) if not word[0].isupper()]
    joined = "".join(words)
    counts = {c: joined.count(c) for c in set(joined)}
    odd = {c for c in counts if c not in known}
    left_out = sum(counts[c] for c in odd)
    if not odd or left_out < ODD_SHARE * len(joined):
        return None
    if sum(1 for word in set(words) if not odd.isdisjoint(word)) < ODD_WORDS:
        return None
    fewest, fitting = left_out, []
    for language in unmodelled(frozenset(modelled), frozenset(excluded)):
        own = alphabet(language)
        left = sum(count for c, count in counts.items() if c not in own)
        if left < fewest:
            fewest, fitting = left, [language]
        elif left == fewest and fitting:
            fitting.append(language)
    if not fitting or fewest > BETTER * left_out:
        return None
    if _quoted(words, odd, detected, modelled):
        return None
    # of the languages whose letters fit as well, the one whose CLDR words the text
    # writes most ("сўм", "миллиард": Uzbek, not Karakalpak), then the smallest alphabet
    written = set(words)
    return min(fitting, key=lambda language: (-len(written & own_words(language)), len(alphabet(language)), language))
