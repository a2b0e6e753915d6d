"""Language detection for sources that do not state their language.

Statistical detection is lingua's, restricted to the configured candidate languages
(or, without them, to every language lingua has a model for but Latin and Esperanto),
and refined for Croatian, Serbian and Bosnian by :mod:`checker.corpus.bcms`, which the
models cannot separate on their own. Galician and Nepali, which no model reads, are told
from the neighbours the models take them for (:mod:`checker.corpus.siblings`). Without
configured candidates, a text in a script no model reads (Amharic, Sinhala, Burmese,
Khmer, Lao, Tibetan...) gets the language CLDR names as that script's likely one, and a
text that writes letters its detected language does not gets the language without a
model that writes them (Pashto, Sorani, Uyghur, Hausa, Igbo, Kurmanji, Tajik, Tatar,
Maltese: :mod:`checker.corpus.alphabets`); where letters cannot tell (Uzbek in Latin
beside Azerbaijani, Kyrgyz beside Mongolian, Occitan beside Catalan), the words of what
CLDR writes in each language do (:func:`checker.corpus.siblings.by_words`). Costs
were measured to choose the setup (Python 3.11, 2 vCPU):

* Building a detector costs nothing; models load on the first text that needs them,
  and only those of languages written in that text's script.
* Low-accuracy mode (trigram models): the 73 default languages bring the process to
  ~115 MB on first use (~1 s), then ~1–2 ms per article on an idle machine (43 common
  news languages took two thirds of that, but placed Swahili, Tagalog and Basque
  articles as Indonesian, Azerbaijani as Turkish, Kazakh as Ukrainian). High-accuracy
  mode takes ~45 MB and ~0.13 s per language loaded (~6 s and ~830 MB for 40
  languages) and, as lingua documents, only helps texts shorter than a long sentence.

So long texts always use low-accuracy mode; texts shorter than lingua's own reliability
limit (:data:`SHORT_TEXT`) use high-accuracy mode, but only when the candidates are
configured and few (:data:`ACCURATE_MAX`), which bounds its memory; without configured
candidates they are placed among the commonest news languages (:data:`COMMON_LANGUAGES`). Nothing is
downloaded: the models ship with the package.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from ..model import Article
from ..text.cldr import own_locales, own_words
from .alphabets import by_letters, unmodelled
from .bcms import BCMS, rank_bcms
from .fields import normalise_language
from .siblings import (
    SIBLINGS,
    by_letters_and_words,
    by_words,
    pick_in_family,
    sibling_of,
    word_lead,
)

# The languages detected among when no candidates are configured: every one lingua has
# a model for, but Latin and Esperanto, which no newsroom publishes in.
DEFAULT_LANGUAGES = (
    "af", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "es",
    "et", "eu", "fa", "fi", "fr", "ga", "gu", "he", "hi", "hr", "hu", "hy", "id", "is", "it",
    "ja", "ka", "kk", "ko", "lg", "lt", "lv", "mi", "mk", "mn", "mr", "ms", "nb", "nl", "nn",
    "pa", "pl", "pt", "ro", "ru", "sk", "sl", "sn", "so", "sq", "sr", "st", "sv", "sw", "ta",
    "te", "th", "tl", "tn", "tr", "ts", "uk", "ur", "vi", "xh", "yo", "zh", "zu",
)
# The commonest news languages: a text shorter than SHORT_TEXT is placed among these
# alone when no candidates are configured, as among every language the few words of an
# English sentence with foreign names may score as Welsh.
COMMON_LANGUAGES = (
    "ar", "bg", "bn", "bs", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi",
    "fr", "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "mk", "ms", "nb",
    "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "tr", "uk", "ur", "vi", "zh",
)
# Below this many characters lingua's low-accuracy mode is unreliable (lingua's documentation).
SHORT_TEXT = 120
# Most candidates for which short texts get high-accuracy models (at worst ~45 MB each).
ACCURATE_MAX = 6
# What lingua reads of a text: about 150 words, past the point where more text changes its
# answer, at ~0.6 ms an article (2,000 characters cost twice that). The Croatian, Serbian
# and Bosnian markers read :data:`MARKER_CHARS` (~1.5 ms, only for texts lingua places
# among those three): they need every clue they can get.
SAMPLE_CHARS = 1_000
# lingua first reads this much, and keeps its answer when its confidence is SURE or more:
# nine texts in ten of the benchmark corpus, at under half the cost, with the same answer
# as from SAMPLE_CHARS (Croatian, Serbian and Bosnian are decided by the markers anyway).
FIRST_CHARS = 300
SURE = 0.999
MARKER_CHARS = 6_000
# A short text is given a language left out of the commonest ones when its words do not
# speak against it and lingua, among every language, is this sure of it.
WIDE_SURE = 0.95
# A runner-up at least this share of the winner's confidence is reported as possible.
CLOSE = 0.5


@dataclass(frozen=True)
class Detection:
    """The detected language (``None`` when undetectable) and the other languages the
    text could also be, most likely first (empty when the detection is clear)."""

    language: str | None
    alternatives: tuple[str, ...] = ()


class LanguageDetector:
    """Detects languages among fixed candidates; models load on first use."""

    def __init__(self, candidates: Sequence[str] | None = None) -> None:
        codes = [_code(candidate) for candidate in candidates] if candidates else [*DEFAULT_LANGUAGES, *SIBLINGS]
        supported = _supported_codes()
        # Galician and Nepali are detected as the neighbours the models take them for
        self.siblings = frozenset(code for code in codes if code in SIBLINGS)
        modelled = {*codes, *(neighbour for code in self.siblings for neighbour in SIBLINGS[code])}
        self.languages = tuple(sorted(code for code in modelled if code in supported))
        self.allowed = frozenset(codes)
        unmodelled = {code for code in codes if code not in supported and code not in SIBLINGS}
        # configured languages no model reads that CLDR writes in: told by their words and letters
        self.worded = tuple(sorted(code for code in unmodelled if candidates and own_words(code)))
        self.unsupported = tuple(sorted(unmodelled.difference(self.worded)))
        self.accurate_short = bool(candidates) and len(self.languages) <= ACCURATE_MAX
        self.by_script = not candidates  # configured candidates are the only languages a text may be
        # too short a text to tell among every language is placed among the commonest
        self.short_languages = self.languages if candidates else tuple(sorted(COMMON_LANGUAGES))

    def detect(self, texts: Sequence[str]) -> list[Detection]:
        """Detect the language of each text (one batch, so lingua may use every core)."""
        if not self.languages and not self.worded:
            return [Detection(None) for _ in texts]
        samples = [text[:SAMPLE_CHARS] for text in texts]
        groups: dict[tuple[tuple[str, ...], bool], list[int]] = {}
        for index, sample in enumerate(samples):
            if not self.languages:
                continue
            if len(sample.strip()) >= SHORT_TEXT:
                groups.setdefault((self.languages, False), []).append(index)
            else:
                groups.setdefault((self.short_languages, self.accurate_short), []).append(index)
        results = [Detection(None)] * len(samples)
        read = [_without_marked_names(sample) for sample in samples]  # what lingua reads of each
        for (languages, accurate), indices in groups.items():
            detector = _lingua(languages, accurate)
            if not accurate:  # a first look at the opening: most texts are certain there
                first = detector.compute_language_confidence_values_in_parallel(
                    [read[i][:FIRST_CHARS] for i in indices])
                unsure = []
                for index, values in zip(indices, first, strict=True):
                    if values and values[0].value >= SURE:
                        results[index] = self._decide(texts[index][:MARKER_CHARS], _by_code(values))
                    else:
                        unsure.append(index)
                indices = unsure
            values = detector.compute_language_confidence_values_in_parallel([read[i] for i in indices])
            for index, confidences in zip(indices, values, strict=True):
                results[index] = self._decide(texts[index][:MARKER_CHARS], _by_code(confidences))
        if self.by_script:
            self._widen_short(samples, texts, results)
            results = [self._by_letters(found, text[:MARKER_CHARS], sample)
                       if found.language else Detection(script_language(sample))
                       for found, sample, text in zip(results, samples, texts, strict=True)]
        elif self.worded:
            results = [self._among_worded(found, sample) for found, sample in zip(results, samples, strict=True)]
        return results

    def _among_worded(self, found: Detection, sample: str) -> Detection:
        """``found``, or the configured language without a model the text is written in:
        told by its words from the modelled candidate it was placed as
        (:func:`checker.corpus.siblings.by_words`), or where no modelled candidate reads
        its script, the one whose letters and words fit it (Uzbek and Russian configured:
        an Uzbek text in Latin)."""
        if found.language is None:
            return Detection(by_letters_and_words(sample, self.worded))
        other = by_words(sample, found.language, self.worded, found.alternatives, self.languages)
        return found if other is None else Detection(other, (found.language,))

    def _widen_short(self, samples: list[str], texts: Sequence[str], results: list[Detection]) -> None:
        """Give a text too short to tell among every language a language left out of the
        commonest ones where lingua, among every language, names it and the text writes
        more of its words than of the commonest one's (:func:`checker.corpus.siblings.word_lead`),
        or as many and lingua is sure (:data:`WIDE_SURE`): a Swahili, Azerbaijani or Irish
        headline was Indonesian, Turkish or Finnish, while a few English words with
        foreign names stay English, not Welsh."""
        short = [index for index, sample in enumerate(samples) if 0 < len(sample.strip()) < SHORT_TEXT]
        if not short or self.short_languages == self.languages:
            return
        wide = _lingua(self.languages, False).compute_language_confidence_values_in_parallel(
            [samples[index] for index in short])
        for index, values in zip(short, wide, strict=True):
            confidence = _by_code(values)
            wider = self._decide(texts[index][:MARKER_CHARS], confidence).language
            placed = results[index].language
            if wider is None or wider in self.short_languages:
                continue
            lead = word_lead(samples[index], wider, placed) if placed else 1
            if lead > 0 or (lead == 0 and confidence.get(wider, 0.0) >= WIDE_SURE):
                results[index] = Detection(wider, (placed,) if placed else ())

    def _by_letters(self, found: Detection, text: str, sample: str) -> Detection:
        """``found``, or the language that writes the letters of ``text`` its language
        does not (:mod:`checker.corpus.alphabets`), among those the text was not placed
        among: a language without a model, or for a short text one of the models left
        out of :data:`COMMON_LANGUAGES` (Yoruba "fọwọsi", "aṣofin" was Malay, then Igbo)."""
        detected = found.language
        if detected is None:
            return found
        placed = self.languages if len(sample.strip()) >= SHORT_TEXT else self.short_languages
        other = (by_letters(text, detected, placed, SIBLINGS)
                 or by_words(sample, detected, self._word_candidates, found.alternatives, self.languages))
        return found if other is None else Detection(other, (detected,))

    @property
    def _word_candidates(self) -> tuple[str, ...]:
        """The languages no model reads that a text may be told to be written in by its
        words: not one CLDR files under the same data as a modelled language (Norwegian
        beside Bokmål, Filipino beside Tagalog)."""
        return _word_candidates(self.languages)

    def _decide(self, text: str, confidence: dict[str, float]) -> Detection:
        ranked = sorted(confidence, key=lambda code: (-confidence[code], code))
        if not ranked or confidence[ranked[0]] <= 0:
            return Detection(None)
        best = ranked[0]
        pool = tuple(code for code in BCMS if code in self.languages)
        if best in BCMS and len(pool) > 1:
            plausible = rank_bcms(text, pool, confidence)
            return Detection(plausible[0], tuple(plausible[1:]))
        close = tuple(code for code in ranked[1:] if confidence[code] >= CLOSE * confidence[best])
        sibling = sibling_of(best)
        if sibling in self.siblings:
            others = tuple(code for code in SIBLINGS[sibling] if code != best and code in self.allowed)
            chosen = sibling if best not in self.allowed else pick_in_family(text, sibling, best, others)
            if chosen != best:
                rest = tuple(code for code in (best, *close) if code in self.allowed and code != chosen)
                return Detection(chosen, rest)
        return Detection(best, tuple(code for code in close if code in self.allowed))


@lru_cache(maxsize=16)
def _word_candidates(modelled: tuple[str, ...]) -> tuple[str, ...]:
    filed = {ident for language in modelled for ident in own_locales(language)}
    return tuple(language for language in unmodelled(frozenset(modelled), frozenset(SIBLINGS))
                 if filed.isdisjoint(own_locales(language)))


# A capitalised word in Latin letters with a mark on one: a name, mostly, spelt as at home
# ("Vinícius Júnior", "Bernabéu", "Erdoğan", "Élysée"). lingua restricts its candidates to the
# languages that write such letters, and an English report of a football match that names
# them was Tagalog: the models read the text without them, the letter test still with them.
_MARKED_NAME = regex.compile(r"(?<![\p{L}\p{M}])(?=\p{Lu})(?=[\p{Latin}\p{M}'’-]*[^\x00-\x7f\p{Lu}'’-])"
                             r"\p{Latin}[\p{Latin}\p{M}'’-]*(?![\p{L}\p{M}])")
# a word in lower case with a Latin letter that carries a mark ("reúne", "şerê")
_MARKED_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*?(?:[[^\x00-\x7f]&&\p{Latin}]|\p{M})",
                             flags=regex.V1)


def _without_marked_names(text: str) -> str:
    """``text`` with its capitalised Latin words that carry a mark blanked out (lower-case
    marked letters after their first: "Vinícius", not "ÉTAT"), where its words in lower
    case write no such letter (the marks are the names', not the language's: Kurmanji
    "Serokê Tirkiyeyê … şerê" keeps them), unless that leaves less than half its letters."""
    if text.isascii() or _MARKED_WORD.search(text):
        return text
    blanked = _MARKED_NAME.sub(lambda m: " " * len(m.group()), text)
    if blanked == text:
        return text
    letters = sum(ch.isalpha() for ch in text)
    return blanked if sum(ch.isalpha() for ch in blanked) * 2 >= letters else text


def script_language(text: str) -> str | None:
    """The language CLDR's likely subtags name for the script most of the text's letters
    are written in ("und_Ethi" → Amharic, "und_Sinh" → Sinhala), or None without letters."""
    counts = [(len(pattern.findall(text)), language) for pattern, language in _script_patterns()]
    count, language = max(counts, key=lambda pair: pair[0], default=(0, None))
    return language if count else None


@lru_cache(maxsize=1)
def _script_patterns() -> tuple[tuple[Any, str], ...]:
    import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)
    from babel.core import get_global

    found = []
    for key, likely in sorted(get_global("likely_subtags").items()):
        language, _, script = key.partition("_")
        if language == "und" and len(script) == 4 and script.istitle():
            try:
                found.append((regex.compile(rf"\p{{sc={script}}}"), likely.partition("_")[0]))
            except regex.error:  # a script the regex module does not know by that code (Hans, Jpan)
                continue
    return tuple(found)


def undetectable_languages(candidates: Sequence[str] | None) -> list[str]:
    """Warnings for configured candidate languages that neither a model nor CLDR's data
    can detect."""
    return [f"language {code!r} cannot be detected (no model); state it in corpus.yaml or the file"
            for code in LanguageDetector(candidates).unsupported]


def detect_languages(articles: Sequence[Article], candidates: Sequence[str] | None) -> list[str]:
    """Give each article its detected language, and say so on the article.

    Sets ``language`` and ``language_detected``; when the text leaves several languages
    open, records them in ``meta["language_candidates"]`` and adds a warning naming
    them. Returns warnings about the detection as a whole (candidates it cannot detect).
    """
    detector = LanguageDetector(candidates)
    warnings = undetectable_languages(candidates)
    for article, found in zip(articles, detector.detect([a.text for a in articles]), strict=True):
        if found.language is None:
            article.warnings.append("language could not be detected; state it in corpus.yaml or the file")
            continue
        article.language = found.language
        article.language_detected = True
        if found.alternatives:
            article.meta["language_candidates"] = [found.language, *found.alternatives]
            article.warnings.append(
                f"language detected as {found.language}; could also be {', '.join(found.alternatives)}"
            )
    return warnings


def _code(candidate: str) -> str:
    """A candidate as a language code; one that is not a code stays as written, to be
    reported as undetectable rather than stop the run."""
    try:
        return normalise_language(candidate)
    except ValueError:
        return str(candidate)


@lru_cache(maxsize=1)
def _supported_codes() -> frozenset[str]:
    from lingua import Language

    return frozenset(language.iso_code_639_1.name.lower() for language in Language.all())


@lru_cache(maxsize=16)
def _lingua(codes: tuple[str, ...], accurate: bool) -> Any:
    """A lingua detector for ``codes``, kept for the process: its loaded models are the
    expensive part and are the same for every corpus with the same candidates."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*(getattr(IsoCode639_1, c.upper()) for c in codes))
    return builder.build() if accurate else builder.with_low_accuracy_mode().build()


def _by_code(confidences: Sequence[Any]) -> dict[str, float]:
    return {value.language.iso_code_639_1.name.lower(): value.value for value in confidences}
