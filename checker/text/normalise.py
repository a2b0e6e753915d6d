"""The one normaliser: NFKC, case folding, transliteration to Latin, diacritics folded.

Every comparison in the package (anchors, names, phrases, month names) goes through
:func:`fold`, so that ``Vostočni``, ``VOSTOCNI`` and ``Восточни`` meet on the same key.
Tokens carry their original span so that evidence always points at the article's text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)
from anyascii import anyascii

# Scripts written without spaces between words: each character is its own token, and
# is compared as written (transliterating a single Han character would merge homophones),
# except a run of katakana (with its long-vowel mark), which is one word: a loanword or a
# foreign name, "ボストーチヌイ", compared by its romanisation.
UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
_TOKEN_RE = regex.compile(rf"[\p{{Katakana}}\u30fc]+|[{UNSPACED}]|(?:(?![{UNSPACED}])[\p{{L}}\p{{M}}\p{{N}}])+")
_UNSPACED_RE = regex.compile(rf"[{UNSPACED}]")
# Control and format characters, but the zero-width non-joiner and joiner, which are
# spelling in Persian, Kurdish and the scripts of India ("می‌گوید", "क्‍ष") and in emoji.
JOINERS = "\u200c\u200d"
_CONTROL_RE = regex.compile(rf"(?![{JOINERS}])[\p{{Cc}}\p{{Cf}}]")
_ANSI_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
# The Unicode blocks of those scripts, for a quick check with the faster engine.
_UNSPACED_BLOCKS = re.compile("[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff"
                              "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


class Token(NamedTuple):
    """A word of the original text: its span and its folded comparison key."""

    start: int
    end: int
    key: str


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Fold ``text`` for comparison: NFKC, case fold, any script to Latin, no diacritics.

    >>> fold("Întâlnirea"), fold("Восточный"), fold("Straße")
    ('intalnirea', 'vostochnyy', 'strasse')
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    if len(text) == 1 and _UNSPACED_RE.match(text):
        return _simplified(text) if _HAN_RE.match(text) else text
    if "\u0901" in text:  # Devanagari's chandrabindu, typed as the anusvara as often: "पाँच", "पांच" (five)
        text = text.replace("\u0901", "\u0902")
    if _INDIC_SOUNDS.search(text):
        text = _INDIC_SOUNDS.sub(_indic_sound, text)
    if _INDIC_LETTERS.search(text):
        text = _INDIC_WORD.sub(_with_inherent_vowels, text)
    if _VOWEL_MARKS.search(text):
        text = _VOWEL_MARKS.sub("", text)
    if "ќ" in text or "ѓ" in text:
        text = text.translate(_MACEDONIAN_SOFT)
    if _SMALL_KANA.search(text):
        text = _SOKUON.sub(_doubled, _YOON.sub(_palatal, text))
    return anyascii(text).lower()


# Japanese kana written small: a small tsu doubles the consonant after it ("ブラック", black,
# is "burakku"), which transliteration spells "t" ("buratku"); a small ya, yu, yo makes one
# syllable with the kana in -i before it ("キャット", cat, "kyatto", not "kiyatto"; "シャ" "sha").
_SMALL_KANA = regex.compile(r"[ッっャュョゃゅょ]")
_SOKUON = regex.compile(r"[ッっ](?=[\p{Katakana}\p{Hiragana}])")
_YOON = regex.compile(r"([\p{Katakana}\p{Hiragana}])([ャュョゃゅょ])")


def _doubled(match: regex.Match[str]) -> str:
    following = anyascii(match.string[match.end()])
    return following[:1] if following[:1].isalpha() else match[0]


def _palatal(match: regex.Match[str]) -> str:
    syllable, glide = anyascii(match[1]), anyascii(match[2])
    if not syllable.endswith("i") or not glide.startswith("y"):
        return match[0]
    consonant = syllable[:-1]
    return consonant + (glide[1:] if consonant in ("sh", "ch", "j") else glide)


# Macedonian ќ and ѓ are the sounds Serbian writes ћ and ђ (Croatian ć, đ): "Вучиќ" is
# Vučić, "ноќ" noć; folded as those, not as k and g.
_MACEDONIAN_SOFT = str.maketrans({"ќ": "ћ", "ѓ": "ђ"})


# Arabic and Hebrew write short vowels, doubling and cantillation as marks that most text
# leaves out, and transliteration spells: "يُقرّ" would be "yuqr" beside "يقر" "yqr",
# "שָׁלוֹם" "sahlvom" beside "שלום" "slvm". Dropped, so that a word with its vowels marked
# and without meet (the hamza above and below stay: they are letters, "أ", "إ").
_VOWEL_MARKS = re.compile("[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u0652\u0656-\u065f"
                          "\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u08d3-\u08ff]")


# Scripts of India write a nasal before a consonant with the anusvara (or Gurmukhi's
# bindi and tippi), which transliteration spells m whatever follows: हिंदी "himdi", गांधी
# "gamdhi", जेलेंस्की "jelemski". Before a consonant that is not a labial it is n (Hindi,
# Gandhi, Zelensky); the blocks of these scripts are laid out alike, so one rule reads
# them all. Devanagari and Gurmukhi write z and f with a dot under j and ph (ज़, फ़; ਜ਼,
# ਫ਼), folded "j'", "ph'": read as z and f (ज़ेलेंस्की is Zelensky, फ़्रांस France).
_INDIC_SOUNDS = re.compile("([\u0902\u0982\u0a02\u0a70\u0a82\u0b02\u0c02\u0c82\u0d02])(?=[\u0915-\u0d39])"
                           "|([\u091c\u092b\u0a1c\u0a2b])\u093c?\u0a3c?(?<=[\u093c\u0a3c])(.?)")
_INDIC_CONSONANTS = range(0x15, 0x3A)
_INDIC_LABIALS = range(0x2A, 0x2F)


def _indic_sound(match: re.Match[str]) -> str:
    if match.group(1):  # an anusvara: n (the block's na and virama) before a consonant not a labial
        base = ord(match.group(1)) & ~0x7F
        following = ord(match.string[match.end()]) - base
        if following in _INDIC_CONSONANTS and following not in _INDIC_LABIALS:
            return chr(base + 0x28) + chr(base + 0x4D)
        return match.group(1)
    letter = "z" if ord(match.group(2)) & 0x7F == 0x1C else "f"
    after = match.group(3)
    # the consonant's own vowel, unless a vowel sign or a virama takes its place
    vowel = "a" if after and 0x15 <= ord(after) & 0x7F < 0x3A else ""
    return letter + vowel + after


_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


# The scripts of India write a consonant's own vowel (a) by writing nothing: a vowel sign or
# a virama takes its place. Transliteration spells it nowhere ("नदी" "ndi", "तम्बोरो"
# "tmboro", "தம்போரோ" "tmporo"), so that a river or a name meets neither its Latin
# spelling nor, as a short key, its own inflected forms ("नदीमा"). Read as written: "nadi",
# "tamboro", "tamporo"; where Hindi, Marathi, Nepali, Gujarati, Bengali and Oriya
# leave the vowel unsaid, at a word's end and between a vowel and a consonant with its own
# ("सरकार" sarkar, "जनता" janta, "कमला" kamla), unspelled too.
_INDIC_BLOCKS = range(0x0900, 0x0D80)
_DRAVIDIAN_BLOCKS = frozenset({0x0B80, 0x0C00, 0x0C80, 0x0D00})  # Tamil, Telugu, Kannada, Malayalam: said
# Gurmukhi writes most clusters without a virama ("ਸਕੂਲ", school; "ਜ਼ੇਲੇਂਸਕੀ"): a bare letter there
# may as well have no vowel, and is left as transliteration spells it.
_UNMARKED_CLUSTERS = frozenset({0x0A00})
_INDIC_LETTERS = re.compile("[\u0915-\u0939\u0958-\u095f\u0995-\u09b9\u09dc-\u09df\u0a15-\u0a39\u0a59-\u0a5e"
                            "\u0a95-\u0ab9\u0b15-\u0b39\u0b5c-\u0b5f\u0b95-\u0bb9\u0c15-\u0c39\u0c95-\u0cb9"
                            "\u0d15-\u0d39]")
_INDIC_WORD = re.compile("[\u0900-\u0d7f]+")
_CONSONANT_OFFSETS = frozenset((*range(0x15, 0x3A), *range(0x58, 0x60)))
_SIGN_OFFSETS = frozenset((*range(0x3E, 0x4E), 0x55, 0x56, 0x57, 0x62, 0x63))  # vowel signs and the virama
_NUKTA_OFFSET = 0x3C
_VOWEL_OFFSETS = frozenset(range(0x05, 0x15))  # the vowels written as letters


def _with_inherent_vowels(match: re.Match[str]) -> str:
    word = match.group()
    if ord(word[0]) & ~0x7F in _UNMARKED_CLUSTERS:
        return word
    # each letter's kind: "c" a consonant with its own vowel unsaid, "v" a vowel or a consonant
    # with a sign, "-" a consonant with a virama, " " anything else; and where an "a" goes
    kinds: list[str] = []
    for i, ch in enumerate(word):
        offset = ord(ch) & 0x7F
        if offset not in _CONSONANT_OFFSETS:
            kinds.append("v" if offset in _VOWEL_OFFSETS else " ")
            continue
        j = i + 1
        if j < len(word) and ord(word[j]) & 0x7F == _NUKTA_OFFSET:
            j += 1
        after = ord(word[j]) & 0x7F if j < len(word) else None
        kinds.append("-" if after == 0x4D else "v" if after in _SIGN_OFFSETS else "c")
    bare = [i for i, kind in enumerate(kinds) if kind == "c"]
    if not bare:
        return word
    said = set(bare)
    if ord(word[0]) & ~0x7F not in _DRAVIDIAN_BLOCKS:
        # unsaid at the end, then right to left between a vowel and a consonant with its own
        # vowel ("सरकार": the r between "sa" and "kaa")
        vowelled = [kind in "cv" for kind in kinds]
        letters = [i for i, kind in enumerate(kinds) if kind != " "]
        # a word's ending written alone begins with a vowel sign: after a vowel ("েননি")
        after_vowel = ord(word[0]) & 0x7F in _SIGN_OFFSETS
        for n in range(len(letters) - 1, -1, -1):
            i = letters[n]
            if i not in said:
                continue
            if n == len(letters) - 1 or ((vowelled[letters[n - 1]] if n > 0 else after_vowel)
                                         and kinds[letters[n + 1]] in "cv" and vowelled[letters[n + 1]]):
                said.discard(i)
                vowelled[i] = False
    if not said:
        return word
    out = []
    for i, ch in enumerate(word):
        out.append(ch)
        if i in said:
            j = i + 1
            if j < len(word) and ord(word[j]) & 0x7F == _NUKTA_OFFSET:
                continue  # after the nukta: below
            out.append("a")
        elif i - 1 in said and ord(ch) & 0x7F == _NUKTA_OFFSET:
            out.append("a")
    return "".join(out)


def _simplified(character: str) -> str:
    """A Han character as Simplified Chinese writes it (OpenCC's table of Traditional
    characters), so that the outlets of Taiwan and Hong Kong meet the mainland's on the
    same keys: 賴清德 and 赖清德, 萬 and 万. Only keys change: evidence quotes the text."""
    converted = _traditional_to_simplified()(character)
    return converted if len(converted) == 1 else character


@lru_cache(maxsize=1)
def _traditional_to_simplified() -> Callable[[str], str]:
    from opencc import OpenCC  # type: ignore[import-untyped]  # ships no types

    return OpenCC("t2s").convert  # type: ignore[no-any-return]


_SKELETON_RULES = (
    # Uzbek's Latin oʻ and gʻ are Cyrillic ў and ғ, folded u and gh ("Oʻzbekiston", Ўзбекистон)
    ("o'", "u"), ("o`", "u"), ("g'", "gh"), ("g`", "gh"),
    ("shch", "sc"), ("sch", "s"), ("tch", "c"), ("ch", "c"), ("sh", "s"), ("zh", "z"),
    ("kh", "h"), ("ph", "f"), ("th", "t"), ("ts", "c"), ("tz", "c"), ("dj", "d"),
    ("ck", "k"), ("q", "k"), ("w", "v"), ("x", "ks"),
    # English writes е after a vowel as "ye" where folding gives "e": "Tokayev", Тоқаев "toqaev"
    ("aye", "ae"), ("oye", "oe"), ("uye", "ue"), ("iye", "ie"), ("eye", "ee"),
    ("y", "i"), ("j", "i"),
    ("ae", "a"), ("oe", "o"), ("ue", "u"),  # German umlauts written out: "Maerz", "ueber"
)


# How languages written in Latin letters spell the sounds on which romanisations of
# other scripts disagree, rewritten to the spelling that folding gives those scripts
# (Щёлково: French "Chtcholkovo", folded Cyrillic "shchiolkovo"). Applied to the folded
# words of an article in that language, as a second reading beside the word itself.
_SPELLINGS: dict[str, dict[str, str]] = {
    "fr": {"tch": "ch", "ch": "sh", "ou": "u", "j": "zh", "dj": "dzh"},
    "de": {"tsch": "ch", "sch": "sh", "w": "v", "j": "y", "z": "ts"},
    "nl": {"tsj": "ch", "sj": "sh", "j": "y", "oe": "u", "w": "v"},
    "pl": {"cz": "ch", "sz": "sh", "rz": "zh", "ch": "kh", "w": "v", "j": "y"},
    # Hungarian writes the soft consonants of Russian and Ukrainian names as its own: ty,
    # gy, ny ("Putyin", "Medvegyev", "Nyikolaj"); ц as c ("Ralica Zsecseva").
    "hu": {"cs": "ch", "sz": "s", "zs": "zh", "s": "sh", "j": "y", "ty": "t", "gy": "d", "ny": "n", "c": "ts"},
    # Greek writes a foreign b, d, g as μπ, ντ, γκ and u as ου, which fold to mp, nt, gk,
    # oy: "Όρμπαν" is Orbán, "Ερντογάν" Erdoğan, "Γκουτέρες" Guterres, "Πούτιν" Putin.
    # and γι before a vowel as y, τσ as ch ("Μουράτ Τσαγλαγιάν", Murat Çağlayan; "Καγιά", Kaya)
    # (γιου as yu: "Γιούρι" is Yuri)
    "el": {"mp": "b", "nt": "d", "gk": "g", "oy": "u", "gia": "ya", "gie": "ye", "gio": "yo", "gioy": "yu", "ts": "ch"},
    # Armenian writes u as ու, folded "ow" ("Բայկոնուր" is Baikonur)
    "hy": {"ow": "u"},
    # Persian and Urdu say ذ, ظ, ض as z, where folding writes Arabic's dh ("نظروف" is Nazarov)
    "fa": {"dh": "z"}, "ur": {"dh": "z"},
    "ro": {"chi": "ki", "che": "ke", "ci": "chi", "ce": "che", "ghi": "gi", "ghe": "ge"},
    "it": {"chi": "ki", "che": "ke", "sci": "shi", "sce": "she", "ci": "chi", "ce": "che"},
    "es": {"j": "kh", "ll": "ly"},
    # Catalan writes a foreign ch as tx and sh as ix: "Kovaltxuk", "Gorbatxov", "Poroixenko"
    "ca": {"tx": "ch", "ix": "sh"},
    # Japanese and Korean write a foreign name's lone consonants with a vowel (ス su,
    # 스 seu) and have no v: ボストーチヌイ "bosutochinui", 보스토치니 "boseutochini".
    "ja": {"su": "s", "ku": "k", "tsu": "ts", "fu": "f", "mu": "m", "ru": "r", "pu": "p", "bu": "b",
           "gu": "g", "zu": "z"},
    "ko": {"eu": ""},
    # The Scandinavian romanisations: Восточный is "Vostotjnyj" in Swedish and Danish,
    # "Vostotsjnyj" in Norwegian; Swedish writes х as "ch" (Chabarovsk).
    "sv": {"sjtj": "shch", "tj": "ch", "sj": "sh", "zj": "zh", "ch": "kh"},
    "da": {"sjtj": "shch", "tj": "ch", "sj": "sh", "zj": "zh"},
    **{language: {"sjtsj": "shch", "tsj": "ch", "sj": "sh", "zj": "zh"} for language in ("nb", "nn")},
    # Uzbek in Cyrillic is read as its Latin alphabet writes it: ж is j, х is x ("режа",
    # "reja"; "халқ", "xalq"), where folding gives zh and kh.
    "uz": {"zh": "j", "kh": "x"},
    # Somali writes ħ as x and ʕ as c, long vowels doubled: "Xasan Sheekh Maxamuud" is
    # Hassan Sheikh Mohamud, "Cali" Ali.
    "so": {"x": "h", "c": "", "aa": "a", "ee": "e", "ii": "i", "oo": "o", "uu": "u"},
    # Azerbaijani and Turkish write j as c, Azerbaijani kh as x: "Gəncə" is Ganja,
    # "Cəbrayıl" Jabrayil, "Xankəndi" Khankendi, Turkish "Cenevre" Geneva (ç folds to c
    # too: the word itself is read as well).
    "az": {"c": "j", "x": "kh"},
    "tr": {"c": "j"},
    # Albanian writes the ć and đ of South Slavic names as q and gj: "Vuçiq" is Vučić,
    # "Gjorgje" Đorđe.
    "sq": {"q": "c", "gj": "d"},
    # Bengali writes a foreign v with ভ (bh): ভস্তোচনি for Vostochny; and w with the vowels
    # উই, ওয়া (ui, oya): উইলিয়াম William, উইরাতামা Wiratama, ওয়াশিংটন Washington.
    "bn": {"bh": "v", "ui": "wi", "oy'a": "wa"},
    # Where c is ц ("Caricin"), it is read as ts, as Cyrillic folds; Czech and Slovak ch
    # is х, kh ("Charkov", "Chabarovsk").
    **{language: {"c": "ts"} for language in ("hr", "sr", "bs", "sl", "lt", "lv")},
    **{language: {"ch": "kh", "c": "ts"} for language in ("cs", "sk")},
}
_SPELLING_RES = {language: regex.compile("|".join(sorted(table, key=len, reverse=True)))
                 for language, table in _SPELLINGS.items()}
# The letters a language writes for two sounds that folding brings together: Azerbaijani
# and Turkish ç (ch) folds to the c that is their j, and ş (sh) to s, so a word is also
# read with c as ch and s as sh ("Naxçıvanda", in Nakhchivan; "Şuşada", in Shusha).
# Japanese and Korean have no v either, written as their b: a name is read with its b (Brandt,
# "브란트") and with a v (Vostochny, "보스토치니"). Ukrainian and Belarusian г is an h, which
# folding writes g: "Гальворсен" is Halvorsen, as "Гаага" the Hague.
_SECOND_SPELLINGS: dict[str, dict[str, str]] = {
    "az": {"c": "ch", "x": "kh", "s": "sh"}, "tr": {"c": "ch", "s": "sh"},
    "ja": {"su": "s", "ku": "k", "tsu": "ts", "fu": "f", "mu": "m", "ru": "r", "pu": "p", "bu": "v", "gu": "g",
           "zu": "z", "b": "v"},
    "ko": {"eu": "", "b": "v"}, "uk": {"g": "h"}, "be": {"g": "h"},
    # German writes ж as sch as it writes ш ("Schukow", Жуков; "Schurawljow"), and Uzbek's
    # Latin alphabet х as x ("Chxaidze"), which folded Cyrillic writes kh
    "de": {"tsch": "ch", "sch": "zh", "w": "v", "j": "y", "z": "ts"}, "uz": {"x": "kh"},
}
_SECOND_SPELLING_RES = {language: regex.compile("|".join(sorted(table, key=len, reverse=True)))
                        for language, table in _SECOND_SPELLINGS.items()}
# German writes з (a voiced s) as s between vowels: "Kysyl" for Кызыл.
_GERMAN_VOICED_S = regex.compile(r"(?<=[aeiouy])s(?=[aeiouy])")
# Sounds a script writes with one letter that the reading around it tells: Tamil writes
# g, d, b with the letters of k, t, p, which are voiced between vowels and after a nasal
# (மோடி "moti" is Modi, காந்தி "kanti" Gandhi); Urdu writes o, u and i, e with the
# letters of w and y between consonants and at a word's end (مودی "mwdy" is Modi).
# Belarusian writes t and d before a front vowel as ц and дз, and an unstressed e after a
# consonant as я: "Пуцін" "putsin" is Putin, "Зяленскі" "zyalenski" Zelensky,
# "Мядзведзеў" Medvedev.
_SOUNDS: dict[str, tuple[tuple[regex.Pattern, dict[str, str]], ...]] = {
    "be": ((regex.compile(r"(?:ts|dz)(?=[iey])"), {"ts": "t", "dz": "d"}),
           (regex.compile(r"(?<=[^aeiouy'])ya"), {"ya": "e"})),
    "ta": ((regex.compile(r"(?<=[aeiou]|n)[ktp](?=[aeiour])"), {"k": "g", "t": "d", "p": "b"}),),
    "ur": ((regex.compile(r"(?<=[^aeiouwy])w(?=[^aeiouwy])"), {"w": "o"}),
           (regex.compile(r"(?<=[^aeiouwy])y(?=[^aeiouwy]|$)"), {"y": "i"})),
    # Korean's final ㄱ, which transliteration spells g, is a k: a g before no vowel ends its
    # syllable ("빅토르" "bigtoleu" is Viktor, "에릭" "elig" Erik)
    "ko": ((regex.compile(r"g(?![aeiouwy])"), {"g": "k"}),),
}


# Languages that write every noun with a capital (German, Luxembourgish): a capital there
# starts no name, and no sentence by itself.
CAPITALISED_NOUNS = frozenset({"de", "lb"})


@lru_cache(maxsize=1024)
def primary_language(language: str | None) -> str:
    """The primary subtag of a language code, lower case ("fr" for "fr-CA" or "fr_CA");
    "" for none; Norwegian without its written standard ("no") is Bokmål ("nb"), which
    nearly all Norwegian news is written in. What per-language tables are keyed by (asked
    about a hundred times per article, hence kept)."""
    base = (language or "").replace("_", "-").split("-")[0].lower()
    return _WRITTEN_AS.get(base, base)


_WRITTEN_AS = {"no": "nb"}


# The Celtic languages change a word's first sound after certain words ("ón gcalafort",
# from the port, of "calafort"; "o borth gofod", from the spaceport, of "porth"): a word
# is also read with each change its first letters may be undone by, as folded. Irish
# eclipsis (mb b, gc c, nd d, bhf f, ng g, bp p, dt t), lenition (an h after the first
# consonant), t before s, h and n before a vowel; Scottish Gaelic lenition and t before s;
# Welsh soft (b for p, d t, g c, f b or m, dd d, l ll, r rh, a vowel for g), nasal (mh p,
# nh t, ngh c, m b, n d, ng g) and aspirate (ph p, th t, ch c, h before a vowel) mutations.
# Maltese writes an i before two consonants after the article ("l-ispiża", of "spiża").
_MUTATIONS: dict[str, tuple[tuple[regex.Pattern, str], ...]] = {
    language: tuple((regex.compile(pattern), replacement) for pattern, replacement in table)
    for language, table in {
        "ga": (("bhf", "f"), ("mb", "b"), ("gc", "c"), ("nd", "d"), ("ng", "g"), ("bp", "p"), ("dt", "t"),
               ("t(?=s[^h])", ""), ("([bcdfgmpst])h", r"\1"), ("[hn](?=[aeiou])", "")),
        "gd": (("t(?=s[^h])", ""), ("([bcdfgmpst])h", r"\1"), ("[hn](?=[aeiou])", "")),
        "cy": (("ngh", "c"), ("mh", "p"), ("nh", "t"), ("ng", "g"), ("ph", "p"), ("th", "t"), ("ch", "c"),
               ("dd", "d"), ("b", "p"), ("d(?!d)", "t"), ("g(?!h)", "c"), ("f(?!f)", "b"), ("f(?!f)", "m"),
               ("l(?!l)", "ll"), ("r(?!h)", "rh"), ("m(?!h)", "b"), ("n(?![gh])", "d"), ("h(?=[aeiouwy])", ""),
               ("(?=[aeiouwy])", "g")),
        "mt": (("i(?=[^aeiou]{2})", ""),),
    }.items()
}
_MUTATED_LENGTH = 4  # letters of a word read as mutated: "ni", "yn" are words of their own
# Czech and Slovak write a woman's surname with -ová, in its cases too (-ové, -ovou, -ovej,
# -ovú), a foreign one as well: "Merkelová", "Ralica Žečevová" (Zhecheva). Such a word is
# also read without it, and with the -a of a Slavic feminine name in its place. Lithuanian
# and Latvian give a man's foreign name the ending of their nouns: "Stojanas Kalčevas",
# "Stojans Kalčevs" (Stoyan Kalchev); read without it.
_NAME_ENDINGS: dict[str, tuple[str, ...]] = {"cs": ("ovou", "ova", "ove"), "sk": ("ovou", "ovej", "ova", "ovu"),
                                             "lt": ("as", "is", "us", "ys"), "lv": ("s",)}
_FEMININE_ENDING = "ov"  # the Czech and Slovak ones, after which a Slavic feminine name has an -a
_SURNAME_STEM = 4  # letters left before the ending


def _unmutated(key: str, language: str) -> list[str]:
    """``key`` with each change of its first letters that :data:`_MUTATIONS` lists for
    ``language`` undone: "gcalafort" as "calafort", "borth" as "porth"."""
    if len(key) < _MUTATED_LENGTH:
        return []
    found = []
    for pattern, replacement in _MUTATIONS[language]:
        m = pattern.match(key)
        if m is not None:
            found.append(m.expand(replacement) + key[m.end():])
    return found


def has_spellings(language: str) -> bool:
    """Whether :func:`respelled` changes words of ``language`` (a base code)."""
    return (language in _SPELLINGS or language in _SOUNDS or language in _SECOND_SPELLINGS or language in _MUTATIONS
            or language in _NAME_ENDINGS)


@lru_cache(maxsize=200_000)
def respelled(key: str, language: str | None) -> str:
    """A folded word of an article in ``language`` with that language's spelling of
    foreign sounds undone: French "taichet" → "taishet", Romanian "bichin" → "bikin",
    German "wostotschny" → "vostochny". The word itself for other languages."""
    base = primary_language(language)
    for sound, table in _SOUNDS.get(base, ()):
        key = sound.sub(lambda m, voiced=table: voiced[m.group()], key)
    pattern = _SPELLING_RES.get(base)
    if pattern is None:
        return key
    table = _SPELLINGS[base]
    key = pattern.sub(lambda m: table[m.group()], key)
    return _GERMAN_VOICED_S.sub("z", key) if base == "de" else key


@lru_cache(maxsize=200_000)
def respellings(key: str, language: str | None) -> tuple[str, ...]:
    """The readings of a folded word of ``language`` other than ``key`` itself: as
    :func:`respelled` gives it, and with the letters that folding gave two sounds read as
    the other (:data:`_SECOND_SPELLINGS`): Azerbaijani "naxcivanda" as "nakhjivanda" and
    "nakhchivanda", "susada" as "shushada"; with a first sound's mutation undone
    (:data:`_MUTATIONS`): Irish "gcalafort" as "calafort"; a Czech or Slovak woman's
    surname without its -ová, a Lithuanian or Latvian man's without its -as, -s
    (:data:`_NAME_ENDINGS`)."""
    base = primary_language(language)
    found = [respelled(key, base)]
    pattern = _SECOND_SPELLING_RES.get(base)
    if pattern is not None:
        table = _SECOND_SPELLINGS[base]
        found.append(pattern.sub(lambda m: table[m.group()], key))
    if base in _MUTATIONS:
        found.extend(_unmutated(key, base))
    for ending in _NAME_ENDINGS.get(base, ()):
        if key.endswith(ending) and len(key) - len(ending) >= _SURNAME_STEM:
            found.append(key[:-len(ending)])
            if ending.startswith(_FEMININE_ENDING):
                found.append(key[:-len(ending)] + "a")
            break
    return tuple(reading for reading in dict.fromkeys(found) if reading != key)


# Prepositions written on the next word, as folded: Amharic በ "in", ከ "from", ለ "for",
# የ "of", ወደ "to" ("በቮስቶችኒ", in Vostochny). (Arabic and Hebrew ones are read with their
# consonants: see abjad_readings.)
_ATTACHED: dict[str, tuple[str, ...]] = {
    "am": ("be", "ke", "le", "ye", "wede"),
    # Hebrew writes "and", "that", "when" and then "the", "in", "to", "from", "as" on the
    # next word, folded: ו v, ש s, כש khs; ה h, ב v, ל l, מ m, כ kh ("השביתה", "בשביתה",
    # "והאבטלה", "שהשביתה"); Arabic "and", "so", then "in", "as", "to", then "the" (و w,
    # ف f; ب b, ك k, ل l; ال l: "الزلزال", "بالزلزال", "والقتلى", "للزلزال").
    "he": tuple(sorted({a + b + c for a in ("", "v") for b in ("", "s", "khs") for c in ("", "h", "v", "l", "m", "kh", "mh")}
                       - {""})),
    "ar": tuple(sorted({a + b + c for a in ("", "w", "f") for b in ("", "b", "k", "l") for c in ("", "l")} - {""})),
}
_ATTACHED_STEM = 4  # letters left after the preposition
# Amharic folds a syllable to two letters or one: a word of three syllables may leave three
# ("የትርፍ", of profit: "ye" and "trf")
_ATTACHED_STEMS = {"am": 3}
# Arabic "and" and "so" alone before a verb of three letters, the commonest start of a
# sentence in its news ("وأقر", and approved; "وقال", and said), and the article (with "and",
# "in", "to" before it) on a noun of three letters ("الفرار", the escape; "والفرار").
_ATTACHED_SHORT: dict[str, tuple[str, ...]] = {"ar": ("w", "f", "l", "wl", "fl", "bl", "kl", "ll")}
_ATTACHED_SHORT_STEM = 3


# The plural and oblique endings of Hindi, Punjabi and Urdu nouns, as folded (-ों, -ें;
# -ਾਂ, -ੋਂ; -وں): a short noun that an anchor names is read without them ("वोटों", "ਚੋਣਾਂ",
# "ووٹوں" for वोट, ਚੋਣ, ووٹ), as the longer ones are read by their inflection.
_PLURAL_ENDINGS: dict[str, tuple[str, ...]] = {"hi": ("om", "em"), "pa": ("am", "om"), "ur": ("wn",)}
_PLURAL_STEM = 2  # letters left without the ending


def attached_conjunctions(language: str) -> tuple[str, ...]:
    """The folded words for "and" and "so" that ``language`` writes on the next word
    (Arabic و, ف: "وتراجع", and fell)."""
    return _ATTACHED_SHORT.get(language, ())


def has_attached_words(language: str) -> bool:
    """Whether :func:`unattached` reads words of ``language`` (a base code)."""
    return language in _ATTACHED or language in _PLURAL_ENDINGS


def unattached(key: str, language: str) -> list[str]:
    """A folded word of ``language`` without each preposition it may begin with, and
    without a plural ending of a short noun."""
    found = [key[len(p):] for p in _ATTACHED.get(language, ()) if key.startswith(p)
             and len(key) - len(p) >= _ATTACHED_STEMS.get(language, _ATTACHED_STEM)]
    found += [key[len(p):] for p in _ATTACHED_SHORT.get(language, ()) if key.startswith(p)
              and len(key) - len(p) == _ATTACHED_SHORT_STEM]
    found += [key[:-len(e)] for e in _PLURAL_ENDINGS.get(language, ()) if key.endswith(e)
              and _PLURAL_STEM <= len(key) - len(e) <= 3]
    return found


# The article written on a noun, as folded: Arabic ال, Hebrew ה. A noun that belongs to the
# next one drops it (the construct state: Arabic "حكومة إيطاليا", Italy's government, Hebrew
# "ממשלת איטליה"), and is still the noun a phrasing writes with it ("الحكومة", "הממשלה").
_ARTICLES: dict[str, str] = {"ar": "l", "he": "h"}


def with_article(key: str, language: str) -> str | None:
    """A folded word of ``language`` with the article written on it; None where the
    language writes none on its nouns."""
    article = _ARTICLES.get(language)
    return None if article is None or key.startswith(article) else article + key


# A hard c (before a, o, u, l, r) is the k of other languages: "congress", "Kongress";
# "Cuba", "Kuba"; and at a word's end after r, l or u, as French and English names write it:
# "Marc", "Марк"; "Luc", "Люк" (not after a vowel else: the -ic, -ac of Slavic names folded, "Vučić",
# "Kovač", are ch). Rewritten before the digraphs, so the c of "ch" or "ts" stays a c.
_HARD_C = re.compile(r"c(?=[aoulr])|(?<=[rlu])c\b")


@lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """A coarser key that merges the usual transliteration variants of one name.

    ``vostochny``, ``vostocni`` and ``vostochnyy`` all become ``vostocni``; ``congress``
    and ``kongress`` meet; doubled letters collapse. Only used for fuzzy comparison of
    folded keys, never displayed.
    """
    key = _HARD_C.sub("k", key)
    for old, new in _SKELETON_RULES:
        key = key.replace(old, new)
    out: list[str] = []
    for ch in key:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


# Languages written in an abjad: Arabic and Hebrew letters write the consonants and the
# long vowels only, with w/v and y standing for both, and short words written on the
# next one ("و" and, "ال" the, "ב" in, "ל" to).
ABJAD_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "sd"})
# A folded key's consonants by the classes these scripts merge: p, f, b and v are one
# letter (Arabic has no p and writes v as f; Hebrew פ is p and f, ב is b and v); vowels,
# w, y, h and the apostrophe of a geresh are dropped.
_CONSONANT_CLASSES = str.maketrans({"p": "b", "f": "b", "v": None, "w": None, "y": None, "h": None,
                                    "i": None, "a": None, "e": None, "o": None, "u": None,
                                    "'": None, "z": "s", "c": "s", "g": "k", "q": "k"})
_ABJAD_PREFIXES = "blm"  # in and so (ب ف ב), to and the (ل ال ל), from (מ); و ו ה leave none


@lru_cache(maxsize=200_000)
def consonants(key: str) -> str:
    """The consonants of a folded word as an abjad writes them: "vostochnyy", "fwstwshny"
    (فوستوشني) and "vvstvts'ny" (ווסטוצ'ני) are all "stsn", "kremlin" and "krmlyn" are
    "krmln". Only used to compare names across these scripts, never displayed."""
    out: list[str] = []
    for ch in skeleton(key).translate(_CONSONANT_CLASSES):
        if ch.isalpha() and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


def abjad_keys(word: str) -> set[str]:
    """The consonant keys under which an abjad may write a folded word of another
    script: its v left out (written و, ו, as a vowel letter), or written f, every v or
    only the last (Arabic ف, the -ov and -ev of Russian names: "lavrov" as لافروف "lbrb"
    and Persian لاوروف "lrb", "peskov" as بيسكوف "bskb")."""
    found = {consonants(word)}
    last = word.rfind("v")
    if last >= 0:
        found.add(consonants(word.replace("v", "f")))
        found.add(consonants(word[:last] + "f" + word[last + 1:]))
    return found


# Letters an abjad writes for a long vowel that folding writes as nothing: Arabic and
# Persian alef (anyascii leaves it out, so "بايدن", Biden, folds to "bydn").
SILENT_VOWEL_LETTERS = frozenset("\u0627")


# Words that open the Unicode names of letters but name no script.
_NOT_SCRIPTS = frozenset({"MODIFIER", "FULLWIDTH", "HALFWIDTH", "MATHEMATICAL", "CIRCLED", "PARENTHESIZED",
                          "SQUARED", "NEGATIVE", "SMALL", "COMBINING"})
# Scripts one language writes its words in together: Japanese kanji, hiragana and katakana.
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK"}


# The alphabets among the scripts of :func:`script_of`: a letter there is a sound, so a word
# borrowed from another alphabet reads alike ("космодром", "cosmodrome") and a typo is one
# letter; the folded letters of an abugida or an abjad are syllables and consonants.
ALPHABETS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN"})


def written_unspaced(text: str) -> bool:
    """Whether ``text`` has a letter of a script written without spaces (:data:`UNSPACED`),
    where each letter is a token."""
    return _UNSPACED_RE.search(text) is not None


# The vowels Thai and Lao write before the consonant they are sounded after: a consonant
# right after one is that syllable's ("ป" of "เปิด", open, is no "ปิด", closed), so a word
# read a letter at a time does not start there, nor go on there past other letters.
LEADING_VOWELS = frozenset("เแโใไເແໂໃໄ")


def after_a_leading_vowel(keys: Sequence[str], at: int, previous: int | None = None) -> bool:
    """Whether the letter at token ``at`` follows a vowel written before its consonant
    (:data:`LEADING_VOWELS`) that is not the token ``previous``, matched before it (with none,
    a match's first letter): the letter is then in another syllable than the one matched."""
    return (previous is None or at - 1 > previous) and at > 0 and keys[at - 1] in LEADING_VOWELS


@lru_cache(maxsize=4096)
def script_of(letter: str) -> str | None:
    """The script of ``letter`` by the first word of its Unicode name ("LATIN", "CYRILLIC",
    "ARABIC", "HEBREW", "CJK" with the kana), None for what is no letter of a script."""
    if not letter.isalpha():
        return None
    script = unicodedata.name(letter, "").partition(" ")[0]
    if not script or script in _NOT_SCRIPTS:
        return None
    return _SCRIPT_GROUPS.get(script, script)


def written_letters(word: str) -> int:
    """How many letters ``word`` writes, as written (before folding): marks are none."""
    return sum(ch.isalpha() for ch in word)


def abjad_readings(key: str, letters: int | None = None) -> list[str]:
    """The consonant keys under which a folded word of an abjad may stand for a name:
    its consonants, those without the short words written on it (one or two of "in",
    "to", "the", "from"), and with a first v or w read as b (Hebrew ב folds to v). A
    key of three consonants only from a word that writes its vowels too: "bwtyn" is
    Putin, "btn" another word. ``letters``, the letters of the word as written, counts
    the vowel letters that folding left out ("بايدن", five letters, is Biden's "bdn";
    "كامل", complete, four, is not Kamala's "kml"); by default, the key's."""
    found = consonants(key)
    written = len(key) if letters is None else max(letters, len(key))
    readings = {found: written}
    if key[:1] in ("v", "w") and not found.startswith("b"):
        readings.setdefault("b" + found, written)
    for cut in (1, 2):
        if len(found) > cut and all(ch in _ABJAD_PREFIXES for ch in found[:cut]):
            readings.setdefault(found[cut:], written - cut)
    return [r for r, count in readings.items() if len(r) > 3 or (len(r) == 3 and count - 3 >= 2)]


@lru_cache(maxsize=1)
def _fast_token_re() -> re.Pattern[str]:
    """A word pattern for the standard library's faster engine: letters and digits
    (``[^\\W_]``) with combining marks inside words (Devanagari vowel signs, ...)."""
    ranges, first, last = [], -1, -1
    # Combining marks live below U+20000, plus the variation selectors of plane 14.
    for point in (*range(0x300, 0x20000), *range(0xE0100, 0xE01F0)):
        if unicodedata.category(chr(point)).startswith("M"):
            if point == last + 1:
                last = point
            else:
                if first >= 0:
                    ranges.append((first, last))
                first = last = point
    ranges.append((first, last))
    marks = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
    # and inside a word, the zero-width joiner of a conjunct (Sinhala "නියෝජ්‍ය", deputy)
    return re.compile(rf"([^\W_]+(?:[{marks}\u200d]+[^\W_]*)*|[{marks}]+[^\W_]*)")


# Hebrew writes sounds it has no letter for with a geresh after a letter (צ׳ is "ch",
# ג׳ "j"), typed as an apostrophe as often as not: "ווסטוצ'ני" is one word.
_GERESH_RE = re.compile("[\u05d0-\u05ea][\u05f3'\u2019]")


@lru_cache(maxsize=1)
def _geresh_token_re() -> re.Pattern[str]:
    """:func:`_fast_token_re` with a geresh after a Hebrew letter inside the word."""
    letters = _fast_token_re().pattern[1:-1]
    return re.compile(f"((?:{letters}|(?<=[\u05d0-\u05ea])[\u05f3'\u2019])+)")


# Ukrainian and Belarusian write an apostrophe inside a word ("п'ятниця", "сім'я",
# "В'ячеслав"), typed as ' or ’ as often as CLDR's ʼ (a letter): one word either way.
_CYRILLIC_APOSTROPHE_RE = re.compile("[\u0400-\u04ff]['\u2019][\u0400-\u04ff]")


# Uzbek's Latin alphabet writes ў and ғ as oʻ and gʻ, typed as o' o‘ o’ o` as often as
# with CLDR's ʻ (a letter): "Oʻzbekiston", "O'zbekiston", "ko‘p", "g'alaba" are one word
# either way. Not before a clitic of English or Dutch ("Mexico's", "Tokyo’s", "zo'n",
# "who're"): those still end the word.
_LATIN_APOSTROPHE = "(?<=[oOgG])['\u2018\u2019`](?=(?![stdnlrvSTDNLRV](?![a-zA-Z])|(?i:re|ve|ll)(?![a-zA-Z]))[a-zA-Z])"
_LATIN_APOSTROPHE_RE = re.compile(_LATIN_APOSTROPHE)


@lru_cache(maxsize=1)
def _apostrophe_token_re() -> re.Pattern[str]:
    """:func:`_fast_token_re` with an apostrophe between Cyrillic letters inside the word,
    or one of Uzbek's Latin oʻ and gʻ (:data:`_LATIN_APOSTROPHE`)."""
    letters = _fast_token_re().pattern[1:-1]
    return re.compile(f"((?:{letters}|(?<=[\u0400-\u04ff])['\u2019](?=[\u0400-\u04ff])|{_LATIN_APOSTROPHE})+)")


_PLAIN_WORD_RE = re.compile(r"([^\W_]+)")
_MARK_RE = regex.compile(r"\p{M}")


def token_columns(text: str) -> tuple[list[int], list[int], list[str]]:
    """The words of ``text`` (letters, marks and digits) as three columns: start
    offsets, end offsets and folded keys. Columns rather than objects, because this
    runs over every word of every article: the text is split into gaps and words (the
    patterns capture the words), and offsets are running sums of the pieces' lengths,
    all in C; a text without combining marks (most text, once NFC) takes the simplest
    word pattern."""
    if _UNSPACED_BLOCKS.search(text):
        matches = list(_TOKEN_RE.finditer(text))
        return [m.start() for m in matches], [m.end() for m in matches], [fold(m.group()) for m in matches]
    # most texts have no apostrophe at all: looked for first, in C, before the patterns
    apostrophe = "'" in text or "\u2019" in text or "\u2018" in text or "`" in text or "\u05f3" in text
    if apostrophe and _GERESH_RE.search(text):
        pattern = _geresh_token_re()
    elif apostrophe and (_CYRILLIC_APOSTROPHE_RE.search(text) or _LATIN_APOSTROPHE_RE.search(text)):
        pattern = _apostrophe_token_re()
    else:
        pattern = _fast_token_re() if _MARK_RE.search(text) else _PLAIN_WORD_RE
    pieces = pattern.split(text)  # gap, word, gap, word, ..., gap
    offsets = list(accumulate(map(len, pieces), initial=0))
    return offsets[1:-1:2], offsets[2::2], list(map(fold, pieces[1::2]))


# Persian, Urdu, Sorani and Pashto write the parts of one word apart with a zero-width
# non-joiner, which splits them into words: an inflection ("گزارش‌ها" reports, "می‌پذیرد"
# accepts) or a compound of two words ("آتش‌بس" ceasefire, of fire and stop;
# "زلزله‌زدگان" earthquake victims). A phrase found in such a compound, with a word
# that is no inflection joined to it, is not the phrase: "آتش" (fire) is not in "آتش‌بس".
_ZWNJ = "\u200c"
_ZWNJ_PREFIXES = frozenset(map(fold, ["می", "نمی"]))
_ZWNJ_SUFFIXES = frozenset(map(fold, ["ها", "های", "هایی", "هایش", "هایم", "هایشان", "ای", "ی", "ام", "ات", "اش",
                                      "مان", "تان", "شان", "تر", "ترین", "اند", "ایم", "اید", "است", "ہا", "ہائے",
                                      "ان"]))
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def in_compound(text: str, starts: list[int], ends: list[int], keys: list[str], first: int, last: int) -> bool:
    """Whether the words ``first`` to ``last`` of ``text`` (its token columns) are part
    of a compound written with a zero-width non-joiner (:data:`_ZWNJ`): a word other
    than an inflection joined to them before or after."""
    if first > 0 and text[ends[first - 1]:starts[first]] == _ZWNJ and keys[first - 1] not in _ZWNJ_PREFIXES:
        return _ARABIC_LETTER.match(text, starts[first]) is not None
    if last + 1 < len(keys) and text[ends[last]:starts[last + 1]] == _ZWNJ and keys[last + 1] not in _ZWNJ_SUFFIXES:
        return _ARABIC_LETTER.match(text, starts[last + 1]) is not None
    return False


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with folded keys (letters, marks and digits)."""
    return [Token(*token) for token in zip(*token_columns(text))]


def fold_words(text: str) -> list[str]:
    """The folded keys of the words of ``text``: how anchors and phrasings are compared."""
    return [t.key for t in tokenize(text)]


@lru_cache(maxsize=8192)
def fold_phrase(phrase: str) -> tuple[str, ...]:
    """:func:`fold_words` of a rule's phrase or a table's entry, kept: every article
    matched against it asks again."""
    return tuple(fold_words(phrase))


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """Lone surrogates (a JSON escape such as ``\\ud83d`` cut from its pair) are not
    text and cannot be encoded: each becomes U+FFFD, so every offset still holds."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def strip_controls(text: str, keep_lines: bool = False) -> str:
    """Remove control and format characters (ANSI escapes, bidi overrides) from text
    meant for a terminal or a one-line message, but the zero-width (non-)joiners that
    words are spelt with (:data:`JOINERS`); tabs and newlines become spaces, or with
    ``keep_lines`` only tabs do."""
    if text.isprintable():  # no control or format character (Cc, Cf are not printable): most text
        return text
    text = _ANSI_RE.sub("", text)
    kept = "\n\r" if keep_lines else ""
    return _CONTROL_RE.sub(lambda m: m.group() if m.group() in kept else " " if m.group() in "\t\n\r" else "", text)
