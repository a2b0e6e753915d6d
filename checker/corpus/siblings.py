"""Galician and Nepali: languages the statistical detector has no model for, told from
the neighbours it takes them for.

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

from functools import lru_cache

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

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


def prefer_sibling(text: str, sibling: str, detected: str) -> bool:
    """Whether ``text``, detected as ``detected``, writes more of ``sibling``'s own
    function words than of ``detected``'s."""
    counts = _counts(text)
    return counts.get(sibling, 0) > counts.get(detected, 0)


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
