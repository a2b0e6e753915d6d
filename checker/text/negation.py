"""Negation cues per language, folded: the words that turn a clause into a denial.

A clause is negated when one of its language's cues stands among, or just before, the
words that matched. Cues are kept as written in each language and folded with the
shared normaliser, so Cyrillic and Latin spellings of Serbian meet on one key.
"""

from __future__ import annotations

from functools import lru_cache

from .normalise import fold, primary_language

_CUES: dict[str, str] = {
    "en": "not no never neither nor cannot didn doesn don isn wasn weren aren won wouldn couldn shouldn "
          "hasn haven hadn mustn nobody nothing",
    "hr": "ne nije nisu nisam nismo niste nisi neće nećemo nećete neću nećeš nema nemaju nikad nikada "
          "nipošto niti nimalo",
    "sr": "ne nije nisu nisam nismo niste nisi neće nećemo nećete neću nema nemaju nikad nikada niti "
          "не није нису нисам нисмо нисте неће нећемо нећете нећу нема немају никад никада нити",
    "bs": "ne nije nisu nisam nismo niste nisi neće nećemo nećete neću nema nemaju nikad nikada niti",
    "sl": "ne ni niso nisem nismo nikoli nima nimajo",
    "ro": "nu n niciodată nici deloc nimeni nimic",
    "de": "nicht kein keine keinen keinem keiner keines nie niemals nirgends weder",
    "fr": "ne n pas jamais aucun aucune ni rien personne guère",
    "es": "no nunca jamás ni tampoco ningún ninguno ninguna nada",
    "it": "non mai né nessun nessuno nessuna niente nulla",
    "pt": "não nunca jamais nem nenhum nenhuma nada",
    "pl": "nie nigdy żaden żadna żadne ani",
    "cs": "ne nikdy žádný žádná nebyl nebyla nebylo nejsou není",
    "sk": "nie nikdy žiadny žiadna nebol nebola",
    "ru": "не нет никогда ни нельзя",
    "uk": "не ні ніколи немає нема",
    "bg": "не няма никога",
    "nl": "niet geen nooit",
    "sv": "inte ej aldrig ingen inget",
    "da": "ikke aldrig ingen",
    "nb": "ikke aldri ingen",
    "tr": "değil yok asla hiç",
    "hu": "nem nincs soha sem",
    "mk": "не нема никогаш ниту",
    "fi": "ei eivät en et emme ette eikä koskaan",
    "et": "ei mitte pole kunagi",
    "lt": "ne nėra niekada nei",
    "lv": "ne nav nekad nedz",
    "el": "δεν μην μη ποτέ ούτε κανένας καμία κανένα όχι",
    "ca": "no mai cap ni res ningú",
    "id": "tidak tak bukan belum tiada takkan",
    "ms": "tidak tak bukan belum tiada takkan",
    "vi": "không chưa chẳng chả",
    "ar": "لا لم لن ليس ليست ليسوا أبدا",
    "he": "לא אין אינו אינה אינם אינן מעולם",
    "fa": "نه نیست نیستند هرگز",
    "hi": "नहीं न मत कभी",
    # Chinese is read a character at a time: 不 and 没 are the cues (没有 is 没 and 有).
    "zh": "不 没 沒 未 无 無 非 别 別 勿",
    "ko": "안 못 않 않았다 않는다 않았고 않을 않아 없다 없었다 아니다",
}
_CUES["no"] = _CUES["nn"] = _CUES["nb"]


# Words of a script read a character at a time that begin with a cue but deny nothing:
# 不断 "constantly", 非常 "very", 未来 "future".
_NOT_DENIALS: dict[str, str] = {
    "zh": "不断 不仅 不但 不同 不少 不久 不过 不管 不论 不停 不时 不错 不得不 非常 无论 无数 未来 别人 "
          "不斷 不僅 無論 無數 別人",
}


class Cues(frozenset):  # type: ignore[type-arg]
    """A language's folded negation cues; ``compounds`` are the two-character words that
    begin with one and deny nothing (for scripts tokenised a character at a time)."""

    compounds: frozenset[str] = frozenset()

    def denies(self, word: str, following: str | None) -> bool:
        """Whether ``word``, followed by ``following`` (the next token, if any), is a cue."""
        return word in self and not (following is not None and word + following in self.compounds)


@lru_cache(maxsize=128)
def negation_cues(language: str | None) -> Cues:
    """Folded negation cues of ``language``; every known cue when it is not known."""
    base = primary_language(language)
    if base in _CUES:
        cues = Cues(fold(word) for word in _CUES[base].split())
        cues.compounds = frozenset(word[:2] for word in _NOT_DENIALS.get(base, "").split())
        return cues
    return Cues(fold(word) for words in _CUES.values() for word in words.split())
