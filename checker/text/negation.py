"""Negation cues per language, folded: the words that turn a clause into a denial.

A clause is negated when one of its language's cues stands among, or just before, the
words that matched. Cues are kept as written in each language and folded with the
shared normaliser, so Cyrillic and Latin spellings of Serbian meet on one key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from os.path import commonprefix

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
    "fa": "نه نمی نیست نیستند هرگز",
    "hi": "नहीं न मत कभी",
    "ur": "نہیں نہ کبھی",
    "bn": "না নয় কখনো",
    "be": "не ні ніколі няма",
    "kk": "жоқ емес ешқашан",
    "az": "yox deyil heç",
    "sq": "nuk kurrë asnjë",
    "is": "ekki aldrei engin",
    "ka": "არ ვერ არა არასდროს",
    "hy": "ոչ չէ չեն երբեք",
    "sw": "hakuna hapana",
    "tl": "hindi wala huwag",
    "mr": "नाही न नये",
    "gu": "નથી ન નહીં",
    "pa": "ਨਹੀਂ ਨਾ",
    "ne": "छैन छैनन् होइन होइनन् थिएन थिएनन् भएन भएनन्",
    "si": "නැහැ නැත නෑ නොවේ",
    "ky": "эмес жок",
    "mn": "үгүй биш",
    "ha": "ba bai",
    "yo": "kò ko",
    "am": "አይደለም የለም በጭራሽ",
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


# Negations in scripts read a character at a time, each a run of tokens. Japanese denies
# with an ending after the verb (受け入れなかった, 受け入れていない, 受け入れません: the
# verb may stand a few characters before it); Thai, Lao and Khmer with a word before it
# (ไม่ยอมรับ, ບໍ່ຍອມຮັບ, មិនទទួលយក).
_ENDINGS: dict[str, tuple[str, ...]] = {
    "ja": ("ない", "なかった", "なく", "ません"),
    "th": ("ไม่", "มิได้", "ไม่เคย"),
    "lo": ("ບໍ່", "ບໍ່ເຄີຍ"),
    "km": ("មិន", "ពុំ", "គ្មាន", "មិនដែល"),
}
_ENDING_REACH = 4  # tokens after the matched words where such an ending may begin


# Negation written inside the verb, as a prefix: Czech "nepřijal", Lithuanian "nepriėmė",
# Persian "نپذیرفت" (and "نمی‌" before the present), Armenian "չընդունեց", Amharic
# "አልተቀበለም". A word so negated is read as the word without it (the phrase index
# finds "nepřijal" for "přijal"), and denies when the phrasing's word has no such prefix.
_PREFIXES: dict[str, str] = {
    "cs": "ne", "sk": "ne", "lt": "ne", "lv": "ne",
    "fa": "نمی ن", "hy": "չ", "am": "አል አይ",
}

# As an ending that only negation has: Bengali "করেননি", "হয়নি"; Tamil "ஏற்கவில்லை";
# Malayalam "ചെയ്തില്ല"; Kannada "ಮಾಡಲಿಲ್ಲ"; Telugu "చేయలేదు". A word with such an ending
# denies wherever a cue would. (Bengali "-নি" after other vowels is also "তিনি", "জানি".)
_SUFFIXES: dict[str, str] = {
    "bn": "েনি েননি য়নি াননি োনি",
    "ta": "வில்லை",
    "ml": "ില്ല",
    "kn": "ಲಿಲ್ಲ",
    "te": "లేదు",
}

# As a syllable between the verb's stem and its tense, in Turkic languages (folded: ı
# is i, ü is u, ə is e): Turkish "onayla-ma-dı", "onayla-mı-yor", "onayla-ma-yacak",
# "onayla-maz", "onayla-ma-mış"; Azerbaijani "et-mə-di", "et-mir"; Uzbek "kel-ma-di",
# "kel-ma-ydi", "kel-ma-gan". Not "-mak" (the infinitive), "-ması" (the verbal noun),
# "-mış" (hearsay): those affirm. A word denies when it has the syllable after the stem
# it shares with the phrasing's word and that word has not.
_INFIXES: dict[str, str] = {
    "tr": r"m[ae](?:di|y[ae]c|y[ae]n|z|m[iu]s)|m[iu]yor",
    "az": r"m[ae](?:di|y[ae]c|y[ae]n|z|m[iu]s)|m[iu]r",
    "uz": r"ma(?:di|y|gan)",
}
# Cues that deny only between the matched words, where a letter of the phrasing's own
# words cannot be: Burmese writes မ inside the verb ("လက်ခံ" accept, "လက်မခံ" not accept),
# and elsewhere မ is a letter of many words.
_INSIDE: dict[str, str] = {"my": "မ"}

# Words that deny whatever ending follows: Korean 않- after a verb's -지 form ("수락하지
# 않았다고", "승인하지 않은") and 못하- ("하지 못했다").
_STARTS: dict[str, str] = {"ko": "않았 않는 않을 않고 않아 않습 않다 않은 않겠 못했 못한 못할 못하 못해"}

_STEM = 3  # letters a stem keeps before a negating syllable
_INFIX_SHIFT = 2  # letters the shared beginning may run into the syllable ("onaylama-k", "onaylama-dı")


class Cues(frozenset):  # type: ignore[type-arg]
    """A language's folded negation cues, for scripts read a character at a time with:
    ``compounds``, two-character words that begin with a cue and deny nothing; ``endings``,
    runs of tokens that deny; ``reach``, how far after the matched words one may begin;
    ``starts``, beginnings of words that deny with any ending; ``inside``, tokens that deny
    only between the matched words; and for negation written inside a word, its
    ``prefixes``, ``suffixes`` and ``infix``."""

    compounds: frozenset[str] = frozenset()
    endings: tuple[tuple[str, ...], ...] = ()
    reach: int | None = None
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    infix: re.Pattern[str] | None = None
    starts: tuple[str, ...] = ()
    inside: frozenset[str] = frozenset()

    def at(self, keys: Sequence[str], i: int) -> bool:
        """Whether the token at ``i`` of ``keys`` is, or begins, a negation."""
        return self._length(keys, i) > 0

    def within(self, keys: Sequence[str]) -> set[int]:
        """The positions of ``keys`` that belong to a negation (every token of an ending)."""
        found: set[int] = set()
        for i in range(len(keys)):
            found.update(range(i, i + self._length(keys, i)))
        return found

    def denies(self, key: str, word: str) -> bool:
        """Whether text word ``key``, matched for the phrasing's ``word``, is that word
        negated from inside: with a negating prefix, ending or syllable ``word`` has not."""
        if self.suffixes and self._suffixed(key) and not self._suffixed(word):
            return True
        for prefix in self.prefixes:
            if (key.startswith(prefix) and not word.startswith(prefix)
                    and key[len(prefix):len(prefix) + _STEM] == word[:_STEM]):
                return True
        if self.infix is not None:
            shared = len(commonprefix([key, word]))
            for start in range(shared, max(shared - _INFIX_SHIFT, _STEM) - 1, -1):
                if self.infix.match(key, start) and not self.infix.match(word, start):
                    return True
        return False

    def unprefixed(self, key: str) -> list[str]:
        """``key`` without each negating prefix it begins with, where a stem is left."""
        return [key[len(p):] for p in self.prefixes if key.startswith(p) and len(key) - len(p) > _STEM]

    def _suffixed(self, key: str) -> bool:
        return any(key.endswith(suffix) and len(key) > len(suffix) + 1 for suffix in self.suffixes)

    def _length(self, keys: Sequence[str], i: int) -> int:
        word = keys[i]
        if word in self:
            compound = self.compounds and i + 1 < len(keys) and word + keys[i + 1] in self.compounds
            return 0 if compound else 1
        if (self.suffixes and self._suffixed(word)) or (self.starts and word.startswith(self.starts)):
            return 1
        return next((len(e) for e in self.endings if tuple(keys[i:i + len(e)]) == e), 0)

    def _parts(self) -> tuple[object, ...]:
        return (frozenset(self), self.compounds, self.endings, self.prefixes, self.suffixes, self.starts, self.inside,
                self.infix.pattern if self.infix is not None else None)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cues) and self._parts() == other._parts()

    def __hash__(self) -> int:  # remembered: the cues are a cache key of every phrasing's plan
        found = self.__dict__.get("_hash")
        if found is None:
            found = self.__dict__["_hash"] = hash(self._parts())
        return found


@lru_cache(maxsize=128)
def negation_cues(language: str | None) -> Cues:
    """Folded negation cues of ``language``; when it is not known, every cue of three
    letters or more and the short ones many languages share ("no", "ne")."""
    base = primary_language(language)
    if any(base in table for table in (_CUES, _ENDINGS, _PREFIXES, _SUFFIXES, _INFIXES, _STARTS, _INSIDE)):
        cues = Cues(fold(word) for word in _CUES.get(base, "").split())
        cues.compounds = frozenset(word[:2] for word in _NOT_DENIALS.get(base, "").split())
        cues.endings = tuple(tuple(ending) for ending in _ENDINGS.get(base, ()))
        cues.reach = _ENDING_REACH if cues.endings else None
        cues.prefixes = tuple(fold(prefix) for prefix in _PREFIXES.get(base, "").split())
        cues.suffixes = tuple(fold(suffix) for suffix in _SUFFIXES.get(base, "").split())
        cues.infix = re.compile(_INFIXES[base]) if base in _INFIXES else None
        cues.starts = tuple(fold(start) for start in _STARTS.get(base, "").split())
        cues.inside = frozenset(fold(cue) for cue in _INSIDE.get(base, "").split())
        return cues
    return Cues(cue for words in _CUES.values() for cue in map(fold, words.split()) if _shared(cue))


# Of the short cues, those that deny in a source of unknown language too; the others are
# other words elsewhere: "et" (Finnish "you do not", French "and"), "na" (Bengali "not",
# Slavic "on"), "l" (Arabic لا, the French "l'").
_SHARED_SHORT = frozenset({"no", "ne", "ni", "nu", "n", "ej"})
# Cues of three letters or more that are other words in English, which a source of
# unknown language often is: the language Hindi, the Tagalog "wala".
_NOT_SHARED = frozenset({"hindi", "wala"})


def _shared(cue: str) -> bool:
    return (len(cue) > 2 and cue not in _NOT_SHARED) or cue in _SHARED_SHORT or not cue.isascii()
