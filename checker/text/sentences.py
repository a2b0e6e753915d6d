"""Sentences and paragraphs as spans of the original text.

Sentence boundaries come from sentencex (rule-based, per language, nothing downloaded),
then repairs: a boundary never falls before a word that starts in lower case
(``13. rujna``, ``2023. u Rusiji``; Georgian letters, lower case to Unicode, begin sentences
all the same), nor after a full stop with a letter right after it (``TP.HCM``), nor
between a day number written as an ordinal and a
month name of the language (``am 13. September``), nor after a rupee's abbreviation before
its amount (``ரூ. 1 கோடி``) or a title's before a name (``M. Macron``, ``gen. Nowak``), nor after a full stop in Thai or Lao,
which mark abbreviations with it (``13 ก.ย. 2566``), while ``… September 13. The …`` still
splits; a full-width full stop (``。``) and the Khmer ``។`` end a sentence even before a
number or a letter, and a
Japanese quotation followed by the rest of its sentence (``「…。」と述べた``) stays in it,
as does a Chinese one followed by its attribution (``“…。”，外交部发言人说。``);
a dateline before a paragraph's first sentence (``சென்னை, செப். 14: …``, ``新华社成都9月14日电``,
``Madrid, 13 sep (EFE).-``) is a sentence of its own; a full stop after a month's full name ends a sentence before a number
(``თბილისი, 14 სექტემბერი. 2022 წლის …``), and a Lithuanian day ``13 d.`` one before a
capital, unless the date opens it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from .cldr import month_abbreviations, month_names, unit_words, weekday_names
from .function_words import function_words
from .normalise import CAPITALISED_NOUNS, fold, fold_words, primary_language, replace_surrogates

_ORDINAL_END = regex.compile(r"(?<![\p{L}\p{N}])\p{N}{1,2}\.\s*$")
# The segmenter takes "2023 г." for an abbreviation inside a sentence; after a year and
# before a capital one ends ("… 1 сентября 2024 г. Движение …").
_YEAR_END = regex.compile(r"(?<=\p{N}{4}\s?[гр]\.)\s+(?=\p{Lu})")
# A full-width full stop, exclamation or question mark ends a sentence wherever it stands
# (the segmenter keeps "行われた。1500人が" together), unless a closing quote follows it:
# 「…。」と述べた is one sentence.
# The marks that end a clause inside a sentence, in Latin and Cyrillic and as Arabic,
# Persian and Urdu (، ؛), Chinese and Japanese (，；：、) write them: the one list of them
# (values and anchors in different clauses, the reach of a negation, of a future cue).
CLAUSE_MARKS = ",;:،؛，；：、၊"  # and Burmese ၊, a comma
# What parts two words into clauses or sentences: a clause mark, a stop, a bracket.
# (and the stops of other scripts, which end a sentence a quotation keeps inside another:
# "उन्होंने कहा, "… नहीं मिली। मौसम विभाग ने … पुष्टि कर दी है।"")
CLAUSE_BREAKS = frozenset(CLAUSE_MARKS + ".!?()[]" + "।॥。！？؟۔።။")
# Endings that join a clause to the next on its verb, where other languages write a comma
# or "and": Korean "-고", "-며", "-면서", "-지만" ("12명이 숨지고 약 150명이 다쳤다", 12 died
# and about 150 were hurt).
CLAUSE_ENDINGS: dict[str, tuple[str, ...]] = {"ko": ("고", "며", "면서", "지만")}
# A clause mark, not one between digits ("1,500", "12:30").
CLAUSE_MARK = re.compile(rf"(?<!\d)[{CLAUSE_MARKS}]|[{CLAUSE_MARKS}](?!\d)")


def ends_a_clause(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the word at ``text[start:end]`` ends with an ending that joins its clause to
    the next (:data:`CLAUSE_ENDINGS`: Korean "숨지고", "승인했다며")."""
    endings = CLAUSE_ENDINGS.get(primary_language(language) or "", ())
    return bool(endings) and end - start > 1 and text.endswith(endings, 0, end)
# Words that open a clause set against the one before, with or without a comma before
# them: "Police estimated the crowd at 45,000 while organisers said 120,000", Thai
# "ตำรวจประเมิน 45,000 คน ขณะที่ผู้จัดระบุ 120,000 คน" (a figure across one is the other
# clause's). Case-folded as written; in a script without spaces, looked for in the text.
CONTRAST_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("while", "whereas"), "fr": ("tandis",), "es": ("mientras",), "it": ("mentre",), "pt": ("enquanto",),
    "de": ("während", "wohingegen"), "nl": ("terwijl",), "ro": ("în timp ce",), "pl": ("podczas gdy",),
    "ru": ("тогда как", "в то время как"), "uk": ("тоді як", "в той час як"), "sv": ("medan",), "da": ("mens",),
    "nb": ("mens",), "id": ("sementara",), "ms": ("manakala", "sementara"), "tr": ("iken",),
    "th": ("ขณะที่",), "vi": ("trong khi",),
    "ha": ("yayin da",), "km": ("ខណៈពេល", "ខណៈ", "ប៉ុន្តែ"), "tl": ("habang",),  # Khmer "but" too
    "zu": ("kwathi", "kanti", "kuyilapho"), "xh": ("kwathi", "kanti"),
    "ur": ("جبکہ", "جب کہ"), "hi": ("जबकि",),
}
_FULL_WIDTH_STOP = re.compile("[。！？]")
_FULL_WIDTH_END = regex.compile(r"[。！？](?=[^\s」』）)\"”’。！？])")
# Khmer ends a sentence with ។ (or ៕), with or without a space before the next one; the
# segmenter does not know it.
_KHMER_STOP = re.compile("[។៕]")
_KHMER_END = regex.compile(r"[។៕]\s*(?=\S)")
# Thai and Lao news that writes a full stop ends a sentence with it after a word, before a
# space and the next word ("214 ຄົນ. ເດັກນ້ອຍ …"), which the segmenter leaves whole; not one
# after an abbreviation's single letters ("พ.ศ. 2566", "ก.ค.").
_THAI_LAO_STOP = regex.compile(r"(?<=[\p{Thai}\p{Lao}]{2}|[\p{Thai}\p{Lao}]\p{M})(?<![.]\p{L})\.\s+(?=[\p{Thai}\p{Lao}])")
# Georgian letters are lower case to Unicode (their capitals are never written in running
# text): a Georgian word after a full stop begins a sentence all the same.
_CASELESS_LOWER = regex.compile(r"\p{Georgian}")
# Lithuanian writes a day "13 d." ("rugsėjo 13 d.", the 13th day of September), which the
# segmenter takes for an abbreviation inside a sentence: before a capital it ends one
# ("Rinkimai vyko rugsėjo 13 d. Rezultatai …"), unless the date opens its sentence, as a
# time opens a Lithuanian one ("Rugsėjo 13 d. Seimas priėmė …", "2023 m. rugsėjo 13 d. Seimas …"),
# after a place maybe ("Vilniuje rugsėjo 13 d. Seimas …").
# A full stop after a month's full name, before a number, ends a sentence or a dateline
# ("თბილისი, 14 სექტემბერი. 2022 წლის …", Tbilisi, 14 September. In 2022 …), which the
# segmenter does not cut before a number; after an abbreviation it ends none ("21 févr. 2023").
_WORD_STOP_NUMBER = regex.compile(r"\.[ \t]+(?=\p{N})")
# A count that opens a sentence: digits, grouped maybe, then a space and a word.
_COUNT_START = regex.compile(r"\p{N}+(?:[.,\u00a0\u202f ]\p{N}{3})*[ \t\u00a0]+\p{L}")
WORD_BEFORE_COUNT = 4  # letters of a word before a full stop that is no abbreviation ("ca. 300", "Nr. 5")
_LITHUANIAN_DAY_END = regex.compile(r"(?<=\p{N}{1,2}\s?d\.)\s+(?=\p{Lu})")
# A place in the locative may open the sentence before the date ("Vilniuje rugsėjo 13 d.
# Seimas …", "Kaune 2023 m. rugsėjo 13 d. …"): a capitalised word in -e, which no verb ends on.
_LITHUANIAN_DATE_OPENS = regex.compile(r"[\s\p{Cf}]*(?:\p{Lu}\p{L}*e,?\s+)?(?:\p{N}{4}\s?m\.\s+)?\p{L}+\s+"
                                       r"\p{N}{1,2}\s?d\.\s+$")
# A full stop with a letter right after it is inside a word or a name: Vietnamese
# "TP.HCM" (Ho Chi Minh City), "U.S.".
_STOP_INSIDE_WORD = regex.compile(r"(?<=\p{L})\.$")
_DIGIT_START = regex.compile(r"[\s\p{Cf}]*\p{N}")
_QUOTE_GOES_ON = regex.compile(r"[」』]\s*$")
_HIRAGANA_START = regex.compile(r"\s*\p{Hiragana}")
# Chinese news attributes a quotation after it: "“……。”，外交部发言人说。", "“……。”他表示。":
# after a closing quote, a comma, or a short clause that ends with a verb of saying, goes
# on the quotation's sentence.
_CLOSING_QUOTE_END = regex.compile(r"[”」』]\s*$")
_ATTRIBUTION_START = regex.compile(r"\s*[，,]|[^。！？“”「」\n]{1,24}?(?:说|說|表示|称|稱|指出|强调|強調|透露|补充|補充|介绍|介紹|坦言"
                                   r"|回应|回應)道?[。！？]?\s*$")
_LAST_WORD = regex.compile(r"([\p{L}\p{M}]+)\.\s*$")
_FIRST_WORD = regex.compile(r"[\s\p{Cf}]*[\"'“”„«»‘’(\[]*([\p{L}\p{M}]+)")
# Thai and Lao end no sentence with a full stop (a space parts sentences): a full stop
# after their letters is an abbreviation's ("13 ก.ย. 2566", "พ.ศ. 2566").
_ABBREVIATION_SCRIPT_END = regex.compile(r"[\p{Thai}\p{Lao}]\.\s*$")
# and after a figure, a unit abbreviated with full stops in a script without capitals, whose
# next word cannot show a new sentence by its case: "3 කි.මී. සීමාවේ", "3 கி.மீ. சுற்றளவில்"
_UNIT_ABBREVIATION_END = regex.compile(
    r"\p{N}\s*(?:(?:[\p{Sinhala}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Devanagari}\p{Bengali}"
    r"\p{Gujarati}\p{Gurmukhi}\p{Oriya}]\p{M}*){1,3}\.){1,2}\s*$")
_THAI_LAO = re.compile("[\u0e00-\u0eff]")
# South Asian newsrooms write the rupee (and the taka) as an abbreviation with a full
# stop before the amount, which CLDR does not give: "Rs. 500 crore", "रु. ५ लाख", "ரூ. 1
# கோடி", "రూ. 412 కోట్లు", "રૂ. 10 કરોડ", "රු. මිලියන 15".
_AMOUNT_SIGN_END = regex.compile(r"(?<![\p{L}\p{M}])(?:Rs|Tk|रु|रू|ரூ|రూ|રૂ|ਰੁ|රු)\.\s*$")
# A dateline before a paragraph's first sentence, as South Asian newspapers print it: the
# place, a comma, the date with its month's name, an agency in brackets, and a colon or a
# dash ("சென்னை, செப். 14: …", "हैदराबाद, 13 सितंबर (भाषा) — …", "ਅੰਮ੍ਰਿਤਸਰ, 13 ਸਤੰਬਰ
# (ਪੱਤਰ ਪ੍ਰੇਰਕ)-…"). It says when the report was filed, not when what follows happened.
# The agency's bracket may end it without a mark ("LISBON, Nov 23 (PTI) A plane…",
# "लिस्बन, 23 नवंबर (भाषा) बेलमोरा में…"), and Amharic and Arabic write their own commas ("ኬሲማ፣ ኅዳር 16 (ኤኤፍፒ) –",
# "جاكرتا، ٢٢ نوفمبر (أ ش أ) –"); Bulgarian and Romanian agencies write theirs between slashes
# ("Рига, 25 ноември /БТА/ –").
_DATELINE = regex.compile(
    r"[\p{L}\p{M}][\p{L}\p{M}\u200c\u200d .'’]{0,30}?[,،፣፤]\s+(?P<date>[^\n,،፣፤:;—–()\-]{0,30}?\p{N}[^\n,،፣፤:;—–()\-]{0,30}?)"
    r"(?:,\s*\p{N}{4})?\s*(?:(?:\([^()\n]{1,40}\)|/[^/\n]{1,20}/)(?:\s*(?P<sep>:|[—–]|-|፦)|(?=\s+[\p{L}\"„«“‚]))"
    r"|(?P<sep>:|[—–]|(?<=\s)-|፦))\s*(?=\S)")
_COMMA_REACH = 32  # the comma after the place stands within its first 32 characters
_DATELINE_WORDS = 5  # words of a date of another calendar in a dateline: "ኅዳር 17 ቀን 2019 ዓ.ም"
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t\r\f\v]*\n\s*")
# Also a dateline that opens a paragraph with a place and a date, in digits too, before a
# dash and a capital, with or without a comma: "Praha 14. září 2023 – …", "Helsinki
# 14.9.2023 – …", "Warszawa, 14 września 2023 r. – …" (cut by the segmenter after "r."),
# "WASHINGTON, Sept 13 (Reuters) - …", and the agency in brackets before it, as ANSA writes
# it: "(ANSA) - ROMA, 24 NOV - …"; AFP writes the country in brackets after the place, and a
# dash after it too: "PORTO ALEGRE (Brazil) – Nov 23 (AFP) – …", "بورتو أليغري (البرازيل) -
# 23 نوفمبر/تشرين الثاني (أ ف ب) - …", the day it files on, not the day of what it reports.
_DASH_DATELINE = regex.compile(r"(?:\([^()\n]{1,20}\)\s[–—-]\s)?\p{Lu}(?:[^\n–—!?()]{1,40}?\([^()\n]{1,30}\)\s[–—]\s)?"
                               r"[^\n–—!?]{0,56}?\p{N}[^\n–—!?]{0,24}?\s[–—-]\s+"
                               # (a lead may open with a figure after the agency in brackets, a name or "dpa":
                               # "… szerda (MTI) – 150 …"; not after a word in brackets, "14-én (kedden) - 150")
                               r"(?=[\p{Lu}\"„«“‚]|(?<=\((?:\p{Lu}[^()\n]{0,20}|\p{Ll}{2,3})\)\s*[–—-]\s+)\p{N})"
                               # and in a script without capitals, with its agency in brackets: "โซล 6 พ.ย. (รอยเตอร์) –",
                               # or a place, a dash or comma, and a date with its year before the dash:
                               # "مارينزا - 15 أغسطس/آب 2025 - رفعت …"; the country in brackets after the place
                               # in either
                               r"|\p{Lo}[^\n()–—!?]{0,40}?(?:\([^()\n]{1,30}\)\s*[–—-]\s*)?"
                               r"\p{N}[^\n()–—!?]{0,24}?\([^()\n]{1,30}\)\s*[–—-]\s+(?=\S)"
                               r"|\p{Lo}[\p{Lo}\p{M} ]{0,30}?(?:\s*\([^()\n]{1,30}\))?(?:\s[–—-]\s|[،,]\s*)"
                               r"\p{N}[^\n()–—!?.]{0,24}?\p{N}{4}\s[–—-]\s+"
                               r"(?=\p{Lo})"
                               # and in Thai, Lao, Khmer, the place, the day and the month shortened, no year:
                               # "ดัลโมรา 4 มี.ค. – แรงงาน…"
                               r"|[\p{Thai}\p{Lao}\p{Khmer}][\p{Thai}\p{Lao}\p{Khmer}\p{M}]{1,30}\s\p{N}{1,2}\s"
                               r"[\p{Thai}\p{Lao}\p{Khmer}\p{M}.]{2,12}\s[–—-]\s+(?=[\p{Thai}\p{Lao}\p{Khmer}])")
# And a lead that opens with a figure after a dash, below a place, a comma (maybe its region
# and another comma) and a date: "PORT KESSA, Ombara, Oct 10 – 21 sailors …", "PORT KESSA,
# Ombara, 10 Oktoobar – 21-ka shaqaale …"; the dash is spaced, and a word in small letters
# follows the figure, so it is no day of a range ("Oct 10 – 21 October").
_FIGURE_DATELINE = regex.compile(r"\p{Lu}[\p{L}\p{M} .'’-]{1,30},(?:\s\p{Lu}[\p{L}\p{M} .'’-]{1,30},)?\s"
                                 r"[^\n–—!?,]{0,24}?\p{N}[^\n–—!?,]{0,16}?\s[–—]\s+"
                                 r"(?=\p{N}[\p{N}.,]*(?:-\p{Ll}{1,4})?\s+\p{Ll})")
_DASH_REACH = 84  # its dash stands within the paragraph's first 84 characters
# And a place alone before a dash, in capitals or with its agency in brackets, no date:
# "ZAGREB – Hrvatski premijer …", "ZAGREB (Hina) – …", "BRATISLAVA - Predsedovia …"; a
# place in capitals alone with no comma after it ("Zagreb – …" may open a sentence about
# the city); in a script without capitals, the place with its agency in brackets:
# "بروكسل (أ ف ب) - قتل 11 شخصا", "ירושלים (AP) - …".
_PLACE_DATELINE = regex.compile(r"(?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}?(?:\s*\([^()\n]{1,40}\))?"
                                r"|\p{Lu}[\p{L}\p{M} .'’-]{1,30}?\s*\([^()\n]{1,40}\))\s[–—-]\s+(?=[\p{Lu}\"„«“‚])"
                                r"|\p{Lo}[\p{Lo}\p{M} ]{1,30}?\s*\([^()\n]{1,40}\)\s*[–—-]\s+(?=[\p{Lo}\"„«“‚])")
# Spanish-language agencies end theirs with a full stop before the dash, where the
# segmenter cuts: "Madrid, 13 sep (EFE).- El Gobierno …", "Buenos Aires, 13 de septiembre
# (Télam).- …"; the dash goes with the dateline.
_AGENCY_STOP = regex.compile(r"\p{Lu}[^\n]{0,56}?\p{N}[^\n]{0,30}?\([^()\n]{1,40}\)\.$")
_DASH_OPENING = regex.compile(r"[–—-]\s*(?=\S)")
# The dateline of Chinese news agencies and newspapers, the agency, the place and the
# day of filing before 电 (telegraph), a byline in brackets after it or around it:
# "新华社成都9月14日电（记者王磊）", "本报深圳8月29日电", "（中央社記者劉冠廷台北14日電）".
_HAN_DATELINE = regex.compile(
    r"[（(【]?[\p{Han}·・\s]{1,30}?(?:\d{1,2}月)?\d{1,2}日[电電](?=[\s（(）)】])"
    r"(?:[）)】]|[ \t]*[（(][^（()）\n]{1,40}[）)])?[ \t]*(?=\S)"
    # and the Japanese agencies' place and name in lenticular brackets: "【ブリュッセル共同】",
    # "【ワシントン時事】", "【ソウル=共同】"
    r"|【[^【】\n]{1,20}?(?:共同|時事|ロイター|AFP|AP|=[^【】\n]{1,12})】[ \t\u3000]*(?=\S)"
    # and the Korean agencies' place and name in round brackets, the reporter's byline
    # before an equals sign after them maybe: "(서울=연합뉴스)", "(상파울루=연합뉴스) 김지윤
    # 특파원 = …", "(세종=뉴스1)"
    r"|[(（][^()（）=\n\d]{1,20}=[^()（）=\n]{1,20}[)）](?:[ \t]+[^\s()（）=][^\n()（）=]{0,24}?[ \t]=)?[ \t]*(?=\S)")
# Abbreviations written before a number that the segmenter takes for a sentence's end
# ("ok. 64 tys.", "o godz. 8", "kl. 9", "plkst. 9", "бр. 5"), per language.
_BEFORE_NUMBER = {
    "pl": "ok godz nr ul al pkt poz str art ust tj", "cs": "cca č čl tzv str", "sk": "cca č čl tzv str",
    "sl": "št čl cca npr", "sr": "br ok čl tzv бр ок чл", "hr": "br ok čl tzv", "bs": "br ok čl tzv",
    "bg": "ок бр ч чл гл", "mk": "ок бр ч чл", "ru": "ок ст ч", "sv": "kl ca nr", "da": "kl ca nr",
    "nb": "kl ca nr", "fi": "klo n nro", "et": "kl u nr", "lv": "plkst apm nr",
    "lt": "apyt nr", "sq": "nr", "nl": "ca nr", "it": "ca n", "pt": "n",
    # "दि. 13 सितंबर", "ता. 13 सप्टेंबर": date (दिनांक, तारीख)
    "hi": "दि ता", "mr": "दि ता",
}

# Titles abbreviated before a name that the segmenter takes for a sentence's end ("M.
# Macron", "Dl. Popescu", "gen. Nowak", "mevr. De Vries"), per language (not where the
# abbreviation is also a word that may end a sentence: Romanian, Croatian "gen", a gene).
_BEFORE_NAME = {
    "fr": "M MM Mme Mmes Mlle Me Mgr Pr", "ro": "dl dna dlui dnei prof", "nl": "mevr dhr drs ing ir prof",
    "pl": "gen prok płk ppłk mjr kpt mec ks abp bp red inż hab", "cs": "gen plk pplk mjr kpt", "sk": "gen plk mjr kpt",
    "hu": "ifj",
    # "डॉ. सारा कोरिगन", "ড. সারা", "डॉ. शर्मा": Dr., before the name
    "hi": "डॉ डा", "mr": "डॉ डॉ", "ne": "डा", "bn": "ড ডা", "ur": "ڈاکٹر",
}


# Where nouns are capitalised, an ordinal written in figures with a full stop before a
# noun looks like a sentence's end ("zum 4. Mal", "den 3. Platz", "im 2. Quartal"): after
# an article or a preposition with the article in it, it is one (not after a bare
# preposition: "stieg auf 12. Experten warnen" ends a sentence). Per language.
_BEFORE_ORDINAL = {
    "de": "der die das den dem des ein eine einen einem einer eines zum zur am im beim vom ins ans aufs "
          "sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer dieser diese dieses diesen diesem "
          "jeder jede jedes jeden jedem",
    "lb": "den der dem d de dee déi eng engem enger zum zur am um",
}
_ORDINAL_AFTER_WORD = regex.compile(r"(?<![\p{L}\p{N}])(\p{L}+)\s+\p{N}{1,3}\.\s*$")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the text: ``text[start:end]``."""

    start: int
    end: int


def split_sentences(text: str, language: str | None) -> list[Span]:
    """Sentence spans of ``text``, trimmed of surrounding white space. A sentence never
    crosses a paragraph boundary (see :func:`split_paragraphs`)."""
    spans: list[Span] = []
    for paragraph in split_paragraphs(text, language):
        spans.extend(sentences_in(text, paragraph, language))
    return spans


def sentences_in(text: str, paragraph: Span, language: str | None) -> list[Span]:
    """The sentences of one paragraph of ``text`` (a span from :func:`split_paragraphs`):
    each paragraph splits on its own, so a reader may split only those it needs."""
    import sentencex  # type: ignore[import-untyped]  # ships no types

    months, abbreviated, before_number, before_name, before_ordinal, quoting, lithuanian, unit_end = _repairs(language)
    spans: list[list[int]] = []
    chunk = replace_surrogates(text[paragraph.start:paragraph.end])  # the segmenter needs valid UTF-8
    if "‘" in chunk or "’" in chunk:  # an apostrophe typed as a quote between letters ("ko‘ra", "ma’lumot")
        chunk = _LETTER_QUOTE.sub("'", chunk)  # is no quotation for the segmenter; one for one, offsets hold
    quoted = _quotations(text, paragraph) if quoting and _QUOTE_OPEN.search(chunk) else []
    for offset, part in _segmented(sentencex.get_sentence_boundaries, language or "en", chunk, paragraph.start):
        start = part["start_index"] + offset
        end = part["end_index"] + offset
        if part["is_paragraph_break"] or not text[start:end].strip():
            if spans:
                spans[-1].append(-1)  # a paragraph break: never merge across it
            continue
        if spans and len(spans[-1]) == 2 and (
                (quoted and _inside(quoted, start))
                or _glued(text[spans[-1][0]:spans[-1][1]], text[start:end], months, before_number, before_name,
                          abbreviated, before_ordinal)
                or (spans[-1][1] == start and text[start:start + 1].isalpha() and "." in text[start - 2:start]
                    and _STOP_INSIDE_WORD.search(text, spans[-1][0], start))):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    pieces = _datelines_apart(text, [(s[0], s[1]) for s in spans], paragraph, months, language)
    if "г." in chunk or "р." in chunk:  # a Cyrillic year abbreviation to split after
        pieces = [piece for start, end in pieces for piece in _split_at(_YEAR_END, text, start, end)]
    if _WORD_STOP_NUMBER.search(chunk):  # "თბილისი, 14 სექტემბერი. | 2022 წლის …", "kertoi poliisi. | 300 metriä"
        pieces = [piece for start, end in pieces
                  for piece in _split_at(_WORD_STOP_NUMBER, text, start, end,
                                         lambda at: not (_full_month_before(text, at, months, abbreviated)
                                                         or _word_before_count(text, at, language, months,
                                                                               before_number, before_name,
                                                                               abbreviated)))]
    if lithuanian and " d." in chunk:
        pieces = [piece for start, end in pieces
                  for piece in _split_at(_LITHUANIAN_DAY_END, text, start, end, _date_opens(text, start))]
    if unit_end is not None and _INNER_STOP.search(chunk):
        pieces = [piece for start, end in pieces for piece in
                  (_split_at(unit_end, text, start, end) if _INNER_STOP.search(text, start, end) else [(start, end)])]
    if _FULL_WIDTH_STOP.search(chunk):
        inside = (lambda at: _inside(quoted, at)) if quoted else None
        pieces = [piece for start, end in pieces for piece in _split_at(_FULL_WIDTH_END, text, start, end, inside)]
    if _KHMER_STOP.search(chunk):
        pieces = [piece for start, end in pieces for piece in _split_at(_KHMER_END, text, start, end)]
    if "." in chunk and _THAI_LAO_STOP.search(chunk):
        pieces = [piece for start, end in pieces for piece in _split_at(_THAI_LAO_STOP, text, start, end)]
    return [_trim(text, start, end) for start, end in pieces]


class _Repairs(NamedTuple):
    """What the repairs of one language's sentences read, looked up once per language."""

    months: dict[str, int]
    abbreviated: frozenset[str]
    before_number: frozenset[str]
    before_name: frozenset[str]
    before_ordinal: frozenset[str]
    quoting: bool
    lithuanian: bool
    unit_end: regex.Pattern | None


def _months(language: str) -> dict[str, int]:
    """The folded month names of ``language``: CLDR's, and those its news writes that CLDR lacks
    (:data:`~checker.facts.date_words.MONTH_NAMES`: Sinhala's Gregorian months, "නවදිල්ලි, මැයි 28 -",
    where CLDR 47 gives the Sinhala ones)."""
    from ..facts.date_words import MONTH_NAMES

    extra = {fold(name): number for number, names in MONTH_NAMES.get(primary_language(language) or "", {}).items()
             for name in names}
    return {**month_names(language), **extra}


@lru_cache(maxsize=512)
def _repairs(language: str | None) -> _Repairs:
    base = primary_language(language)
    return _Repairs(_months(language) if language else {},
                    month_abbreviations(language) if language else frozenset(),
                    _abbreviations_before_number(language), _abbreviations_before_name(language),
                    frozenset(map(fold, _BEFORE_ORDINAL.get(base, "").split())), base in QUOTING_LANGUAGES, base == "lt", _unit_end(language))


# The segmenter takes time quadratic in a paragraph's length where a sentence's final
# mark has no space after it, as Chinese, Japanese and Burmese write ("…邀请。普京…"): 20,000
# such sentences in one paragraph took 2 s, 40,000 took 8 s. A paragraph longer than
# twice PIECE goes to it in pieces of at least PIECE characters, each cut after such a
# mark before a letter, a digit or an opening quotation mark, where the segmenter ends a
# sentence anyway; the repairs below read every boundary alike, whichever call gave it.
PIECE = 2000
_PIECE_CUT = regex.compile(r"(?<=[。！？｡။])(?=[\p{L}\p{N}\p{Ps}\p{Pi}])(?![A-Za-z])")


def _segmented(segment: Callable[[str, str], list[dict]], language: str, chunk: str,
               at: int) -> Iterable[tuple[int, dict]]:
    """``segment(language, chunk)``'s sentences, each with the offset of the piece it
    was found in (see :data:`PIECE`) plus ``at``, the chunk's own offset."""
    if len(chunk) <= 2 * PIECE:  # nearly every paragraph: one call
        return zip(repeat(at), segment(language, chunk))
    found: list[tuple[int, dict]] = []
    start = 0
    while len(chunk) - start > 2 * PIECE:
        cut = _PIECE_CUT.search(chunk, start + PIECE)
        if cut is None:
            break
        found.extend((at + start, part) for part in segment(language, chunk[start:cut.start()]))
        start = cut.start()
    found.extend((at + start, part) for part in segment(language, chunk[start:]))
    return found


# Chinese, Japanese and Korean news quote several sentences within one pair of quotation
# marks, the attribution before or after them in the same sentence (毛宁说：“…。…。”,
# 「…。…。」と述べた, “…다. …다”고 말했다): a full stop inside the quotation ends no
# sentence, so that the attribution and every quoted sentence stay one.
QUOTING_LANGUAGES = frozenset({"zh", "yue", "ja", "ko"})
_QUOTE_OPEN = regex.compile("[“「『]")
_LETTER_QUOTE = regex.compile(r"(?<=[\p{L}\p{M}])[‘’](?=\p{L})")
_QUOTE_MARK = regex.compile("[“「『”」』]")


def _quotations(text: str, paragraph: Span) -> list[tuple[int, int]]:
    """The quotations of a paragraph that close in it, outermost, as (start, end)
    character spans in order: one pass over its quotation marks (a mark that closes
    nothing is ignored, one never closed opens no quotation)."""
    found, depth, opened = [], 0, 0
    for mark in _QUOTE_MARK.finditer(text, paragraph.start, paragraph.end):
        if mark.group() in "“「『":
            if depth == 0:
                opened = mark.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                found.append((opened, mark.end()))
    return found


def _inside(quotations: list[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` falls inside one of ``quotations`` (after its opening mark,
    before its closing one)."""
    i = bisect.bisect_left(quotations, (at, at)) - 1
    return i >= 0 and quotations[i][0] < at < quotations[i][1]


def _datelines_apart(text: str, pieces: list[tuple[int, int]], paragraph: Span,
                     months: dict[str, int], language: str | None = None) -> list[tuple[int, int]]:
    """The sentences of a paragraph with a dateline before the first set apart as a
    sentence of its own, in either form: a place, a comma and a date with its month's
    name (:data:`_DATELINE`), or a place and a date before a dash (:data:`_DASH_DATELINE`)."""
    if pieces and months:
        pieces[:1] = _dateline_apart(text, *pieces[0], months)
    opening = text[paragraph.start:paragraph.start + _DASH_REACH]
    dashed = "-" in opening or "–" in opening or "—" in opening
    dateline = ((_DASH_DATELINE.match(text, paragraph.start, paragraph.end)
                 or _PLACE_DATELINE.match(text, paragraph.start, paragraph.end)
                 or _FIGURE_DATELINE.match(text, paragraph.start, paragraph.end)
                 or _weekday_dateline(text, paragraph, language)) if dashed else None) \
        or (_desk_dateline(text, paragraph, language) if "(" in opening else None)
    if dateline and pieces and pieces[0][0] == paragraph.start:
        cut = dateline.end()
        if cut < pieces[0][1]:
            pieces[0:1] = [(paragraph.start, cut), (cut, pieces[0][1])]
        elif len(pieces) > 1 and pieces[1][0] <= cut < pieces[1][1]:  # split at "2023 r." before the dash
            pieces[0:2] = [(paragraph.start, cut), (cut, pieces[1][1])]
    if len(pieces) > 1 and pieces[0][0] == paragraph.start and pieces[0][1] - pieces[0][0] <= _DASH_REACH \
            and text[pieces[1][0]:pieces[1][0] + 1] in "–—-" and _AGENCY_STOP.match(text, *pieces[0]):
        dash = _DASH_OPENING.match(text, pieces[1][0], pieces[1][1])
        if dash is not None:
            pieces[0:2] = [(pieces[0][0], dash.end()), (dash.end(), pieces[1][1])]
    if pieces and pieces[0][0] == paragraph.start:
        line = _DATELINE_LINE.match(text, pieces[0][0], pieces[0][1])
        if line is not None and _a_dateline_line(text, line):  # "Tarvik, 16 oktyabr, AZƏRTAC" above the lead
            pieces[0:1] = [(pieces[0][0], line.end()), (line.end(), pieces[0][1])]
    han = (_HAN_DATELINE.match(text, pieces[0][0], pieces[0][1])
           if pieces and ("电" in opening or "電" in opening or "【" in opening or "=" in opening) else None)
    if han and pieces[0][0] == paragraph.start and han.end() < pieces[0][1]:
        pieces[0:1] = [(paragraph.start, han.end()), (han.end(), pieces[0][1])]
    return pieces


# A dateline on a line of its own above the lead, in one paragraph with it: a place, a comma,
# and a date in figures, no mark that ends a sentence at the line's end ("Tarvik, 16 oktyabr,
# AZƏRTAC", "ဟာမွန်ဘေး၊ မတ် ၁၂").
_DATELINE_LINE = regex.compile(r"[\p{L}\p{M}][^\n,،፣၊]{0,30}[,،፣၊][^\n]{0,40}?\p{N}[^\n]{0,30}?(?<![.!?။।])[ \t]*\n(?=\s*\S)")


_DATELINE_LINE_WORDS = 4  # words after its first comma, at most
_DATELINE_LINE_LENGTH = 48  # characters of the line, at most


def _a_dateline_line(text: str, line: regex.Match) -> bool:
    """Whether a line :data:`_DATELINE_LINE` matches is short enough to be a dateline, and the
    next one opens a sentence (in a script with capitals, with one): not a line of wrapped text
    ("Police said on Monday, 16 people died in the\nattack")."""
    written = line[0].rstrip()
    after_comma = regex.split(r"[,،፣၊]", written, maxsplit=1)[1]
    following = text[line.end():line.end() + 40].lstrip()
    first = following[:1]
    return (len(written) <= _DATELINE_LINE_LENGTH and len(after_comma.split()) <= _DATELINE_LINE_WORDS
            and (first.isupper() or not first.islower()))


# A place in capitals, a comma and a weekday before a dash: "NAIROBI, Monday — …", "NAIROBI, Jumatatu – …".
_WEEKDAY_DATELINE = regex.compile(r"\p{Lu}[\p{Lu}\p{M} .'’-]{1,30},\s+([\p{L}\p{M}]+)\s+[–—-]\s+(?=\S)")


def _weekday_dateline(text: str, paragraph: Span, language: str | None) -> regex.Match | None:
    """The dateline of :data:`_WEEKDAY_DATELINE` opening a paragraph, its word a weekday of ``language``."""
    found = _WEEKDAY_DATELINE.match(text, paragraph.start, paragraph.end)
    return found if found is not None and language and fold(found[1]) in weekday_names(language) else None


# Urdu newspapers open a report with the place and the agency or desk in brackets, no mark
# after them: "لاہور (نمائندہ خصوصی) تاجروں نے …" (Lahore, our special correspondent),
# "برازیلیا (ویب ڈیسک) پورٹو الیگرے میں …" (Brasília, web desk), "اسلام آباد (اے پی پی)": in
# a script without capitals, a place of up to three words and two words or more in brackets,
# no figure among them ("عمران خان (71 سال)" is a man and his age).
_DESK_DATELINE = regex.compile(r"\p{Lo}[\p{Lo}\p{M}\u200c]*(?:\s[\p{Lo}\p{M}\u200c]+){0,2}\s*"
                               r"\([^()\n\p{N}]{1,30}\s[^()\n\p{N}]{1,30}\)\s+(?=([\p{L}\p{M}]+))")
DESK_NEXT_WORD = 3  # folded letters of a postposition after a name and its gloss ("نے", "کا", "میں")


def _desk_dateline(text: str, paragraph: Span, language: str | None) -> regex.Match | None:
    """The dateline of :data:`_DESK_DATELINE` opening a paragraph, the word after it no
    function word of ``language`` nor of DESK_NEXT_WORD letters or fewer, which carry on
    a clause that the words in brackets only gloss: "اقوام متحدہ کے ادارے (عالمی ادارہ صحت)
    نے کہا" (the UN's agency, the WHO, said), "برازیلیا (برازیل کا دارالحکومت) میں" (in
    Brasília, Brazil's capital)."""
    found = _DESK_DATELINE.match(text, paragraph.start, paragraph.end)
    if found is None:
        return None
    after = fold(found[1])
    return None if len(after) <= DESK_NEXT_WORD or after in (function_words(language) or ()) else found


def _dateline_apart(text: str, start: int, end: int, months: dict[str, int]) -> list[tuple[int, int]]:
    """A paragraph's first sentence, with a dateline before it (:data:`_DATELINE`) set
    apart as a sentence of its own."""
    head = text[start:start + _COMMA_REACH]
    found = _DATELINE.match(text, start, end) if "," in head or "،" in head or "፣" in head or "፤" in head else None
    if found is None or found.end() >= end:
        return [(start, end)]
    written = found["date"].split()
    named = any(fold(word).rstrip(".") in months or fold(word) in months for word in written)
    # or a month of another calendar, in its own script, and a day before a dash, its year
    # maybe: Nepali "काठमाडौं, भदौ २८ —", Amharic "አዲስ አበባ፣ ኅዳር 17/2019 (ኢዜአ) –", "ኅዳር 17 ቀን 2019
    # ዓ.ም (ኢዜአ)፦" ("Overall, 13 killed — …" is no dateline)
    figures = [word for word in written if any(ch.isdigit() for ch in word)]
    # (or the agency in brackets and no mark after it: "አዲስ አበባ፣ መጋቢት 2 ቀን 2017 (ኢዜአ) የአንበጣ …")
    agency = found["sep"] is None and found.group(0).rstrip().endswith((")", "/"))
    other = ((found["sep"] in ("—", "–", "፦") or agency) and 2 <= len(written) <= _DATELINE_WORDS
             and 1 <= len(figures) <= 2 and not any(word.isascii() for word in written if word not in figures))
    if not (named or other):
        return [(start, end)]
    return [(start, found.end()), (found.end(), end)]


def _date_opens(text: str, start: int) -> Callable[[int], bool]:
    """Whether a Lithuanian date ending at a boundary opens the sentence that begins at
    ``start`` ("Rugsėjo 13 d. | Seimas priėmė …"): then the boundary ends none."""
    return lambda at: _LITHUANIAN_DATE_OPENS.match(text[start:at]) is not None


def _word_before_count(text: str, at: int, language: str | None, months: dict[str, int],
                       before_number: frozenset[str], before_name: frozenset[str], abbreviated: frozenset[str]) -> bool:
    """Whether a full stop after a word and before a count at ``at`` ends a sentence, which
    the segmenter of some languages does not cut before a number ("kertoi poliisi. 300
    metriä pitkä silta …", "teilte die Polizei mit. 300 Menschen …"): a word of
    :data:`WORD_BEFORE_COUNT` letters or more, or a function word of two or more (the
    particle of a German verb, "mit"), that is no abbreviation nor month, and a number with
    a word after it (not a day's ordinal, "13. November")."""
    last = _LAST_WORD.search(text, max(0, at - TAIL), at)
    if last is None or len(last.group(1)) < 2 or last.group(1).isupper():
        return False
    word = fold(last.group(1))
    if len(word) < WORD_BEFORE_COUNT and (not last.group(1).islower() or word not in (function_words(language) or ())):
        return False
    if (word in before_number or word in before_name or word in abbreviated
            or any(name.startswith(word) for name in months)):  # "Since Sept. 13 prices": a month's
        return False
    return _COUNT_START.match(text, at) is not None


def _full_month_before(text: str, at: int, months: dict[str, int], abbreviated: frozenset[str]) -> bool:
    """Whether the word before the full stop before ``at`` is a month's full name only."""
    last = _LAST_WORD.search(text, max(0, at - TAIL), at)
    return last is not None and fold(last.group(1)) in months and fold(last.group(1)) not in abbreviated


def _split_at(boundary: regex.Pattern, text: str, start: int, end: int,
              inside: Callable[[int], bool] | None = None) -> list[tuple[int, int]]:
    """``text[start:end]`` cut where ``boundary`` matches (but where ``inside(match
    end)`` says the match is inside a quotation)."""
    pieces = []
    for match in boundary.finditer(text, start, end):
        if inside is not None and inside(match.end()):
            continue
        pieces.append((start, match.end()))
        start = match.end()
    pieces.append((start, end))
    return pieces


# Abbreviations of a currency or of per cent after a number, which the segmenter keeps
# inside a sentence: before a capital they end one ("3 млн. лв. Балотажът …", "33 pct.
# Salget …"). So do CLDR's words for units, which the segmenter takes for abbreviations
# in some languages ("abarca 690 km. La edición anterior…", "s-au vândut în câteva ore.
# Gazda…"), but where every noun is written with a capital ("3 Std. Verspätung").
_UNIT_ENDS = {"bg": "лв", "da": "pct", "nb": "pst"}
_INNER_STOP = regex.compile(r"\.\s+\p{Lu}")  # where a sentence the segmenter kept may end


@lru_cache(maxsize=64)
def _unit_end(language: str | None) -> regex.Pattern | None:
    base = primary_language(language)
    after_number = _UNIT_ENDS.get(base, "").split()
    units = sorted(unit_words(base)) if base not in CAPITALISED_NOUNS else []
    ends = ([rf"(?<=\p{{N}}(?:\s\p{{L}}+\.)?\s(?:{'|'.join(after_number)})\.)\s+"] if after_number else []) + (
        [r"(?<![\p{L}\p{M}])\L<units>\.\s+"] if units else [])  # a named list: a set, not an alternation
    return regex.compile(rf"(?:{'|'.join(ends)})(?=\p{{Lu}})", units=units) if ends else None


@lru_cache(maxsize=512)
def _abbreviations_before_number(language: str | None) -> frozenset[str]:
    base = (language or "").replace("_", "-").split("-")[0].lower()
    return frozenset(fold(word) for word in _BEFORE_NUMBER.get(base, "").split())


@lru_cache(maxsize=512)
def _abbreviations_before_name(language: str | None) -> frozenset[str]:
    base = (language or "").replace("_", "-").split("-")[0].lower()
    return frozenset(fold(word) for word in _BEFORE_NAME.get(base, "").split())


# No title of _BEFORE_NAME is longer: a word of more letters before a full stop is none.
TITLE = max(len(word) for words in _BEFORE_NAME.values() for word in words.split())

# How far from the end of a sentence the patterns that read its end (a full stop after a
# number, a word, an abbreviation) look: a search from the start would scan it all.
TAIL = 64


_BURMESE_INSIDE = ("\u104a", "\u104f")  # ၊ and ၏, which the segmenter cuts after


def _glued(previous: str, following: str, months: dict[str, int],
           before_number: frozenset[str] = frozenset(), before_name: frozenset[str] = frozenset(),
           abbreviated: frozenset[str] = frozenset(), before_ordinal: frozenset[str] = frozenset()) -> bool:
    """Is this boundary inside a sentence? Before a lower-case word; inside a date
    written with full stops ("13. September", "21 févr. 2023", "05. 08. 2023."); after an
    abbreviation in Thai or Lao ("ก.ย."); after a title before a name ("M. Macron"); after
    an ordinal before its noun ("zum 4. | Mal", :data:`_BEFORE_ORDINAL`); after a
    Japanese quotation that the sentence goes on from (「…。」と述べた)."""
    tail = max(0, len(previous) - TAIL)  # the patterns read the end of it: never scan the rest
    if previous.rstrip().endswith(_BURMESE_INSIDE):
        return True  # Burmese "၊" is a comma, "၏" the genitive ("နိုင်ငံ၏"): "။" ends the sentence
    if previous.rstrip().endswith(".") and _UNIT_ABBREVIATION_END.search(previous, tail):
        return True  # "3 කි.|මී.|සීමාවේ": a unit's abbreviation after a figure
    # (each pattern only after a cheap test that it may match: this runs at every boundary)
    if ("”" in previous or "」" in previous or "』" in previous) and _CLOSING_QUOTE_END.search(previous, tail):
        if _QUOTE_GOES_ON.search(previous, tail) and _HIRAGANA_START.match(following):
            return True
        if _ATTRIBUTION_START.match(following):
            return True  # "“……。”，外交部发言人说。"
    first = following[:1]
    if first.isalpha() and not _CASELESS_LOWER.match(first):  # most boundaries: a letter right after
        if first.islower():
            return True
        # a capital: glued only after a full stop that ends a Thai or Lao abbreviation, a
        # title before a name or an ordinal day before a month's name
        end = previous.rstrip()
        before = end[-2:-1]
        if not end.endswith(".") or not ("\u0e00" <= before <= "\u0eff"
                                         or ((months or before_ordinal) and before.isnumeric())
                                         or (before_name and not (len(end) > TITLE + 1
                                                                  and end[-TITLE - 2:-1].isalpha()))):
            return False
    if _THAI_LAO.search(previous, tail) and _ABBREVIATION_SCRIPT_END.search(previous, tail):
        return True
    if _DIGIT_START.match(following):
        if previous.endswith(".") and previous[-2:-1].isdigit() and following[:1].isdigit():
            return True  # "១៨៤.|៦០០": the thousands of a figure in any digits, no space between
        if _ORDINAL_END.search(previous, tail) or _AMOUNT_SIGN_END.search(previous, tail):
            return True  # "05. | 08. 2023.", "ரூ. | 1 கோடி"
        last = _LAST_WORD.search(previous, tail)
        if last and not last.group(1)[0].isupper() and fold(last.group(1)) in before_number:
            return True  # "ok. | 64 tys.", "kl. | 9"
        # "21 févr. | 2023", not a month's full name, after which a full stop ends a dateline
        # or a sentence ("თბილისი, 14 სექტემბერი. | 2022 წლის …")
        return bool(last and fold(last.group(1)) in abbreviated)
    word = _FIRST_WORD.match(following)
    if word is None:
        return False
    first = word.group(1)
    if before_name and (first[0].isupper() or first[0].lower() == first[0].upper()):  # or a script without case
        last = _LAST_WORD.search(previous, tail)
        if last and (last.start(1) == 0 or not previous[last.start(1) - 1].isalnum()) \
                and fold(last.group(1)) in before_name:
            return True  # "M. | Macron", "gen. | Nowak"
    if first[0].islower() and not _CASELESS_LOWER.match(first):
        return True
    if bool(months) and fold(first) in months and _ORDINAL_END.search(previous, tail) is not None:
        return True
    ordinal = _ORDINAL_AFTER_WORD.search(previous, tail) if before_ordinal else None
    return ordinal is not None and fold(ordinal.group(1)) in before_ordinal


def split_paragraphs(text: str, language: str | None = None) -> list[Span]:
    """Paragraph spans: separated by a blank line, or by each single newline when the
    text has no blank line at all (one paragraph per line). The first line, the headline, is
    a paragraph of its own where only a newline parts it from the lead, unless it is a sentence
    wrapped: the line after it goes on in lower case, or it ends with a comma or a function word
    of ``language`` ("The bridge collapsed on" / "Tuesday morning"). "Derrumbe de un viaducto en
    Amberes" then "Bruselas, 15 oct (EFE).- …" keeps the dateline at the head of the lead's paragraph."""
    blank = _PARAGRAPH_BREAK.search(text) is not None
    separator = _PARAGRAPH_BREAK if blank else _LINE_BREAK
    spans, start = [], 0
    for match in separator.finditer(text):
        if text[start:match.start()].strip():
            spans.append(_trim(text, start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    if blank and spans and (headline := _LINE_BREAK.search(text, spans[0].start, spans[0].end)) is not None \
            and not _wrapped(text, spans[0].start, headline, language):
        spans[0:1] = [_trim(text, spans[0].start, headline.start()), _trim(text, headline.end(), spans[0].end)]
    return spans


def _wrapped(text: str, start: int, newline: regex.Match, language: str | None) -> bool:
    """Whether the line from ``start`` to ``newline`` is a sentence wrapped onto the next line."""
    line = text[start:newline.start()].rstrip()
    if text[newline.end()].islower() or line.endswith((",", ";", "-", "‐")):
        return True
    words = fold_words(line[-40:])
    function = function_words(language) if language else None
    return bool(words) and function is not None and words[-1] in function


_LINE_BREAK = regex.compile(r"\n\s*")


def _trim(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without the white space around it."""
    while start < end and text[start].isspace():  # a character or two at most, as a rule:
        start += 1                                  # no copy of the piece
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def span_index(spans: list[Span], offset: int) -> int:
    """Index of the span that contains ``offset`` (or the last one starting before it)."""
    starts = [s.start for s in spans]
    return max(bisect.bisect_right(starts, offset) - 1, 0)
