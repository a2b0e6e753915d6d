"""Language detection for sources that do not state their language.

Statistical detection is lingua's, restricted to the configured candidate languages
(or, without them, to a default set of common news languages), and refined for
Croatian, Serbian and Bosnian by :mod:`checker.corpus.bcms`, which the models cannot
separate on their own. Costs were measured to choose the setup (Python 3.11, 2 vCPU):

* Building a detector costs nothing; models load on the first text that needs them,
  and only those of languages written in that text's script.
* Low-accuracy mode (trigram models): the 43 default languages take ~0.15–0.35 s and
  bring the process to ~80 MB on first use, then ~0.6 ms per article. High-accuracy mode
  takes ~45 MB and ~0.13 s per language loaded (~6 s and ~830 MB for 40 languages) and,
  as lingua documents, only helps texts shorter than a long sentence.

So long texts always use low-accuracy mode; texts shorter than lingua's own reliability
limit (:data:`SHORT_TEXT`) use high-accuracy mode, but only when the candidates are
configured and few (:data:`ACCURATE_MAX`), which bounds its memory. Nothing is
downloaded: the models ship with the package.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Article
from .bcms import BCMS, rank_bcms
from .fields import normalise_language

# Common news languages, detected among when no candidates are configured.
DEFAULT_LANGUAGES = (
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
MARKER_CHARS = 6_000
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
        codes = [_code(candidate) for candidate in candidates] if candidates else DEFAULT_LANGUAGES
        supported = _supported_codes()
        self.languages = tuple(sorted({code for code in codes if code in supported}))
        self.unsupported = tuple(sorted({code for code in codes if code not in supported}))
        self.accurate_short = bool(candidates) and len(self.languages) <= ACCURATE_MAX

    def detect(self, texts: Sequence[str]) -> list[Detection]:
        """Detect the language of each text (one batch, so lingua may use every core)."""
        if not self.languages:
            return [Detection(None) for _ in texts]
        samples = [text[:SAMPLE_CHARS] for text in texts]
        accurate = [self.accurate_short and len(sample.strip()) < SHORT_TEXT for sample in samples]
        results = [Detection(None)] * len(samples)
        for mode in (False, True):
            indices = [i for i, flag in enumerate(accurate) if flag is mode]
            if not indices:
                continue
            detector = _lingua(self.languages, mode)
            values = detector.compute_language_confidence_values_in_parallel([samples[i] for i in indices])
            for index, confidences in zip(indices, values, strict=True):
                results[index] = self._decide(texts[index][:MARKER_CHARS], _by_code(confidences))
        return results

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
        return Detection(best, close)


def undetectable_languages(candidates: Sequence[str] | None) -> list[str]:
    """Warnings for configured candidate languages that no model can detect."""
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
