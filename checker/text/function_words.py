"""The function words of a language: articles, prepositions, pronouns, auxiliaries.

A phrasing's short words are told apart by them: "the" and "has" may be missing from a
paraphrase, "cut", "tax" or "war" may not ("the government cut taxes" is not stated by
"the government raised taxes"). The lists are stopwords-iso's (the ``stopwordsiso``
package, 58 languages), folded as phrasings are; it is imported on first use.
"""

from __future__ import annotations

from functools import lru_cache

from .normalise import fold_words, primary_language

# A shorter list leaves out common function words: Somali's 30 lack "wuu" and "uusan"
# (he, in an affirmed and a negated clause), Zulu's, Hausa's and Armenian's are as short.
FULL_LIST = 70
# Languages stopwords-iso lists under another code: Norwegian Bokmål and Nynorsk as "no".
_LISTED_AS = {"nb": "no", "nn": "no"}


@lru_cache(maxsize=64)
def function_words(language: str | None) -> frozenset[str] | None:
    """The folded function words of ``language``; None for a language without a list of
    FULL_LIST words or more (where every short word is read as one)."""
    import stopwordsiso  # its lists load on import: only when asked

    base = primary_language(language)
    base = _LISTED_AS.get(base, base)
    if not base or not stopwordsiso.has_lang(base) or len(stopwordsiso.stopwords(base)) < FULL_LIST:
        return None
    return frozenset(key for word in stopwordsiso.stopwords(base) for key in fold_words(word))


@lru_cache(maxsize=64)
def listed_words(language: str | None) -> frozenset[str]:
    """The function words stopwords-iso lists for ``language``, as written (case-folded,
    NFC: "və", "için"), however short its list; none for a language it has no list for."""
    import unicodedata

    import stopwordsiso

    base = primary_language(language)
    base = _LISTED_AS.get(base, base)
    if not base or not stopwordsiso.has_lang(base):
        return frozenset()
    return frozenset(unicodedata.normalize("NFC", word).casefold() for word in stopwordsiso.stopwords(base))


# The determiners of a noun: articles, demonstratives, possessives. The lists of function
# words hold them among adjectives of the same length ("the", "its" and "new", "old"); one
# stands for another before a noun ("approved its budget" states "approved the budget"), an
# adjective does not ("approved old rules" is no "approved new rules"). A hand list: the
# lists of function words do not tell them apart.
_DETERMINERS: dict[str, str] = {
    "en": "the a an this that these those his her their its our your my every each",
}


@lru_cache(maxsize=64)
def determiners(language: str | None) -> frozenset[str]:
    """The folded determiners of ``language`` (:data:`_DETERMINERS`); none for most."""
    return frozenset(_DETERMINERS.get(primary_language(language), "").split())


# The articles written as words of their own before a noun (not Romanian's, Scandinavian
# definite or Arabic's, written on it): a word after one is a noun's, no verb ("Putin hat die
# Einladung angenommen", "ont éteint l'incendie").
_ARTICLES: dict[str, str] = {
    "en": "the a an", "de": "der die das den dem des ein eine einen einem einer eines",
    "lb": "den d de dem der eng engem enger", "gsw": "dr d de em es e", "nl": "de het een", "af": "die 'n",
    "fy": "de it in", "sv": "en ett den det de", "da": "en et den det de", "nb": "en ei et den det de",
    "nn": "ein ei eit den det dei", "fo": "ein eitt", "fr": "le la les l' un une", "es": "el la los las un una",
    "pt": "o a os as um uma", "gl": "o a os as un unha", "it": "il lo la i gli le l' un uno una",
    "ca": "el la els les l' un una", "el": "ο η το οι τα τον την του της των ένας μια ένα", "hu": "a az",
    "mt": "il l-",
}


@lru_cache(maxsize=64)
def articles(language: str | None) -> frozenset[str]:
    """The folded articles of ``language`` written before a noun (:data:`_ARTICLES`)."""
    return frozenset(fold_words(_ARTICLES.get(primary_language(language) or "", "")))


@lru_cache(maxsize=64)
def before_nouns(language: str | None) -> frozenset[str]:
    """The folded words that stand before a noun in ``language``: its articles and determiners."""
    return articles(language) | determiners(language)
