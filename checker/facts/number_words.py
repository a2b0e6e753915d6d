"""The words around numbers, per language: what :mod:`checker.facts.numbers` reads.

CLDR (through Babel) supplies what it knows: the words for days, weeks, months, years and
per cent in every plural form (``unit_patterns``, ``unit_display_names`` and the relative
date fields, which add case forms such as ``godinu``), the multipliers (``tisuća``,
``milioane``, ``млн``) from the compact decimal formats, and the currencies: their symbols
(``€``, ``US$``, ``zł``) and their names in every plural form (``eura``, ``долларов``).
CLDR has no number words, bound words or "and a half", and Babel exposes no spell-out
rules, so those are small hand tables below, one data structure each, keyed by language.

Every word is stored under :func:`key`; Latin-script words also under their folded form
(text written without diacritics) and with umlauts written out (``ueber``), and Serbian
and Bosnian words also in Cyrillic.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from ..text import cldr
from ..text.normalise import fold

DURATIONS = ("day", "week", "month", "year")
PERCENT = "percent"
# A change of a rate in points of per cent ("rose 0.3 percentage points to 4.2%"): no per
# cent of anything, and never the rate itself.
POINTS = "percentage point"

_KEY_TABLE = str.maketrans({"ş": "ș", "ţ": "ț", "ё": "е", "’": "'", "ʼ": "'", "‘": "'"})


def key(text: str) -> str:
    """The lookup key of a written word or phrase: NFKC, lower case, one spelling of the
    letters that are typed two ways (Romanian ş/ș, Russian ё/е, apostrophes), single
    spaces. Lower case rather than case folding keeps ``ß``, as the regexes see it."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().translate(_KEY_TABLE).split())


# --- hand tables -------------------------------------------------------------------

# with the collective numerals of men, which news counts people by: "poginula su dvojica
# rudara", "petorica uhićenih"
_HR: dict[float, str] = {
    1: "jedan jedna jedno jednu jednog jednoga jednom jednoj",
    2: "dva dvije dvoje dvaju dviju dvama dvojica dvojice dvojicu dvojici",
    3: "tri troje triju trima trojica trojice trojicu trojici trojicom",
    # the collective numerals of men in their other cases too: "s četvoricom", "četvorici optuženih"
    **{value: f"{number} {stem}ero {stem}oro " + " ".join(f"{stem}oric{ending}" for ending in ("a", "e", "u", "i", "om"))
       for value, number, stem in ((4, "četiri", "četv"), (5, "pet", "pet"), (6, "šest", "šest"), (7, "sedam", "sedm"),
                                   (8, "osam", "osm"), (9, "devet", "devet"), (10, "deset", "deset"))},
    11: "jedanaest",
    12: "dvanaest", 13: "trinaest", 14: "četrnaest", 15: "petnaest", 16: "šesnaest",
    17: "sedamnaest", 18: "osamnaest", 19: "devetnaest", 20: "dvadeset", 30: "trideset",
    40: "četrdeset", 50: "pedeset", 60: "šezdeset", 70: "sedamdeset", 80: "osamdeset",
    90: "devedeset", 100: "sto stotinu stotina", 200: "dvjesto dvjesta dvesta dvesto",
    300: "tristo trista", 400: "četiristo", 500: "petsto", 600: "šeststo",
    700: "sedamsto", 800: "osamsto", 900: "devetsto", 1000: "tisuću hiljadu",
    1e9: "milijardu",
}
_HR_SR = {**_HR, 2: _HR[2] + " dve dvema"}

_TL_NUMBERS: Mapping[float, str] = {
    2: "dalawa dalawang", 3: "tatlo tatlong", 4: "apat", 5: "lima limang", 6: "anim", 7: "pito pitong",
    8: "walo walong", 9: "siyam", 10: "sampu sampung", 20: "dalawampu dalawampung",
    30: "tatlumpu tatlumpung", 40: "apatnapu apatnapung", 50: "limampu limampung", 60: "animnapu animnapung",
    70: "pitumpu pitumpung", 80: "walumpu walumpung", 90: "siyamnapu siyamnapung",
    100: "sandaan sandaang", 1000: "sanlibo sanlibong",
    # the hundreds written as one word, "daan" after a vowel of the linker, "raan" after n
    200: "dalawandaan dalawandaang", 300: "tatlondaan tatlondaang", 400: "apatnaraan apatnaraang",
    500: "limandaan limandaang", 600: "animnaraan animnaraang", 700: "pitondaan pitondaang",
    800: "walondaan walondaang", 900: "siyamnaraan siyamnaraang",
}

# the Estonian case endings written on a number word's genitive stem ("kolme" + "st")
_ET_CASES = ("s", "st", "sse", "l", "lt", "le", "ga", "ks", "ni", "na", "ta")
NUMBER_WORDS: Mapping[str, Mapping[float, str]] = {
    "en": {
        1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
        9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
        15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen",
        20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
        80: "eighty", 90: "ninety", 100: "hundred",
        100_000: "lakh lakhs", 10_000_000: "crore crores",  # Indian English: "1.5 lakh", "₹500 crore"
    },
    "hr": _HR, "bs": _HR, "sr": _HR_SR,
    # Pashto and Sorani, which neither num2words nor CLDR spells (Pashto "نه", nine, is also "not")
    "ps": {2: "دوه", 3: "درې دری", 4: "څلور", 5: "پنځه", 6: "شپږ", 7: "اووه اوه", 8: "اته", 10: "لس", 20: "شل",
           100: "سل"},
    "ckb": {2: "دوو", 3: "سێ", 4: "چوار", 5: "پێنج", 6: "شەش", 7: "حەوت", 8: "هەشت", 9: "نۆ", 10: "دە", 20: "بیست",
            100: "سەد"},
    # Languages num2words does not write. Bulgarian and Macedonian also count people with
    # their own forms ("трима души", "тројца луѓе"); Estonian "viis" (5) and "kuus" (6) are
    # left out, being also "took" and "in the month". Bulgarian's with the article too: "четири
    # от шестте вагона" (four of the six carriages), "тримата задържани" (the three detained).
    "bg": {2: "два две двама двата двете двамата", 3: "три трима трите тримата", 4: "четири четирима четирите "
           "четиримата", 5: "пет петима петте петимата", 6: "шест шестима шестте шестимата", 7: "седем седемте",
           8: "осем осемте", 9: "девет деветте", 10: "десет десетте", 11: "единадесет", 12: "дванадесет",
           13: "тринадесет", 14: "четиринадесет", 15: "петнадесет", 16: "шестнадесет", 17: "седемнадесет",
           18: "осемнадесет", 19: "деветнадесет", 20: "двадесет", 30: "тридесет", 40: "четиридесет",
           50: "петдесет", 60: "шестдесет", 70: "седемдесет", 80: "осемдесет", 90: "деветдесет", 100: "сто"},
    # (and with the article: "четворицата обвинети", the four accused)
    "mk": {2: "два две двајца двајцата", 3: "три тројца тројцата", 4: "четири четворица четворицата",
           5: "пет петмина петмината", 6: "шест шестмина шестмината", 7: "седум седуммина седуммината",
           8: "осум осуммина осуммината", 9: "девет деветмина деветмината", 10: "десет десетмина десетмината",
           11: "единаесет единаесетмина", 12: "дванаесет дванаесетмина", 13: "тринаесет",
           14: "четиринаесет", 15: "петнаесет", 16: "шеснаесет", 17: "седумнаесет", 18: "осумнаесет",
           19: "деветнаесет", 20: "дваесет", 30: "триесет", 40: "четириесет", 50: "педесет", 60: "шеесет",
           70: "седумдесет", 80: "осумдесет", 90: "деведесет", 100: "сто"},
    # Galician, Basque, Uzbek (in both its alphabets, with the -ta that counts things: "uchta
    # vagon"), Mongolian (with the attributive -н before a noun: "гурван хүн") and Irish (with
    # the numbers that count people, "triúr"; not "trí", also "through", nor "sé", also "he")
    "gl": {2: "dous dúas", 3: "tres", 4: "catro", 5: "cinco", 6: "seis", 7: "sete", 8: "oito", 9: "nove",
           10: "dez", 11: "once", 12: "doce", 13: "trece", 14: "catorce", 15: "quince", 16: "dezaseis",
           17: "dezasete", 18: "dezaoito", 19: "dezanove", 20: "vinte", 30: "trinta", 40: "corenta",
           50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "oitenta", 90: "noventa", 100: "cen cento"},
    "eu": {2: "bi", 3: "hiru", 4: "lau", 5: "bost bortz", 6: "sei", 7: "zazpi", 8: "zortzi", 9: "bederatzi",
           10: "hamar", 11: "hamaika", 12: "hamabi", 13: "hamahiru", 14: "hamalau", 15: "hamabost", 16: "hamasei",
           17: "hamazazpi", 18: "hemezortzi", 19: "hemeretzi", 20: "hogei", 40: "berrogei", 60: "hirurogei",
           80: "laurogei", 100: "ehun"},
    "uz": {2: "ikki ikkita икки иккита", 3: "uch uchta уч учта", 4: "to'rt to'rtta тўрт тўртта",
           5: "besh beshta беш бешта", 6: "olti oltita олти олтита", 7: "yetti yettita етти еттита",
           8: "sakkiz sakkizta саккиз саккизта", 9: "to'qqiz to'qqizta тўққиз тўққизта", 10: "o'n o'nta ўн ўнта",
           20: "yigirma йигирма", 30: "o'ttiz ўттиз", 40: "qirq қирқ", 50: "ellik эллик", 60: "oltmish олтмиш",
           70: "yetmish етмиш", 80: "sakson саксон", 90: "to'qson тўқсон", 100: "yuz юз"},
    "mn": {2: "хоёр", 3: "гурав гурван", 4: "дөрөв дөрвөн", 5: "тав таван", 6: "зургаа зургаан", 7: "долоо долоон",
           8: "найм найман", 9: "есөн", 10: "арав арван", 20: "хорь хорин", 30: "гуч гучин", 40: "дөч дөчин",
           50: "тавь тавин", 60: "жар жаран", 70: "дал далан", 80: "ная наян", 90: "ер ерэн", 100: "зуу зуун"},
    "ga": {2: "dhá beirt", 3: "triúr", 4: "ceithre ceathrar", 5: "cúig cúigear", 6: "seisear", 7: "seacht seachtar",
           8: "ocht ochtar", 9: "naoi naonúr", 10: "deich deichniúr", 20: "fiche", 30: "tríocha", 40: "daichead",
           50: "caoga", 60: "seasca", 70: "seachtó", 80: "ochtó", 90: "nócha"},
    "sq": {2: "dy", 3: "tre tri", 4: "katër", 5: "pesë", 6: "gjashtë", 7: "shtatë", 8: "tetë", 9: "nëntë",
           10: "dhjetë", 11: "njëmbëdhjetë", 12: "dymbëdhjetë", 13: "trembëdhjetë", 14: "katërmbëdhjetë",
           15: "pesëmbëdhjetë", 16: "gjashtëmbëdhjetë", 17: "shtatëmbëdhjetë", 18: "tetëmbëdhjetë",
           19: "nëntëmbëdhjetë", 20: "njëzet", 30: "tridhjetë", 40: "dyzet", 50: "pesëdhjetë",
           60: "gjashtëdhjetë", 70: "shtatëdhjetë", 80: "tetëdhjetë", 90: "nëntëdhjetë", 100: "njëqind"},
    # (and in the other cases on the genitive's stem, "kolmest koolist", from three schools:
    # "kahes", "kahest", "kahesse", "kahel", "kahelt", "kahele", "kahega", …; the inessive
    # of four and more is their ordinal too, "neljas" (fourth), and left out)
    "et": {**{float(value): f"{words} " + " ".join(stem + ending for ending in _ET_CASES if ending != "s" or value < 4)
           for value, words, stem in ((2, "kaks kahe", "kahe"), (3, "kolm kolme", "kolme"), (4, "neli nelja", "nelja"),
                                      (7, "seitse", "seitsme"), (8, "kaheksa", "kaheksa"), (9, "üheksa", "üheksa"),
                                      (10, "kümme", "kümne"))}, 20: "kakskümmend", 100: "sada"},
    "ro": {
        1: "unu", 2: "doi două", 3: "trei", 4: "patru", 5: "cinci", 6: "șase", 7: "șapte",
        8: "opt", 9: "nouă", 10: "zece", 11: "unsprezece", 12: "doisprezece douăsprezece",
        13: "treisprezece", 14: "paisprezece", 15: "cincisprezece", 16: "șaisprezece",
        17: "șaptesprezece", 18: "optsprezece", 19: "nouăsprezece", 20: "douăzeci",
        30: "treizeci", 40: "patruzeci", 50: "cincizeci", 60: "șaizeci", 70: "șaptezeci",
        80: "optzeci", 90: "nouăzeci", 100: "sută suta sute",
    },
    "de": {
        1: "eins", 2: "zwei zwo", 10: "zehn", 11: "elf", 12: "zwölf", 13: "dreizehn",
        14: "vierzehn", 15: "fünfzehn", 16: "sechzehn", 17: "siebzehn", 18: "achtzehn",
        19: "neunzehn", 100: "hundert einhundert", 1.5: "anderthalb eineinhalb",
    },
    "fr": {
        2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit",
        9: "neuf", 10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze",
        15: "quinze", 16: "seize", 17: "dix-sept", 18: "dix-huit", 19: "dix-neuf", 20: "vingt",
        30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante", 70: "soixante-dix",
        80: "quatre-vingt quatre-vingts", 90: "quatre-vingt-dix", 100: "cent cents",
    },
    "es": {
        1: "uno", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete",
        8: "ocho", 9: "nueve", 10: "diez", 11: "once", 12: "doce", 13: "trece",
        14: "catorce", 15: "quince", 16: "dieciséis", 17: "diecisiete", 18: "dieciocho",
        19: "diecinueve", 20: "veinte", 21: "veintiuno veintiún veintiuna", 22: "veintidós",
        23: "veintitrés", 24: "veinticuatro", 25: "veinticinco", 26: "veintiséis",
        27: "veintisiete", 28: "veintiocho", 29: "veintinueve", 30: "treinta",
        40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta",
        90: "noventa", 100: "cien ciento", 200: "doscientos doscientas",
        300: "trescientos trescientas", 400: "cuatrocientos cuatrocientas",
        500: "quinientos quinientas", 600: "seiscientos seiscientas",
        700: "setecientos setecientas", 800: "ochocientos ochocientas",
        900: "novecientos novecientas",
    },
    "it": {
        2: "due", 10: "dieci", 11: "undici", 12: "dodici", 13: "tredici", 14: "quattordici",
        15: "quindici", 16: "sedici", 17: "diciassette", 18: "diciotto", 19: "diciannove",
        100: "cento",
    },
    "pt": {
        2: "dois duas", 3: "três", 4: "quatro", 5: "cinco", 6: "seis", 7: "sete", 8: "oito",
        9: "nove", 10: "dez", 11: "onze", 12: "doze", 13: "treze", 14: "catorze quatorze",
        15: "quinze", 16: "dezesseis dezasseis", 17: "dezessete dezassete", 18: "dezoito",
        19: "dezenove dezanove", 20: "vinte", 30: "trinta", 40: "quarenta", 50: "cinquenta",
        60: "sessenta", 70: "setenta", 80: "oitenta", 90: "noventa", 100: "cem cento",
        200: "duzentos duzentas", 300: "trezentos trezentas",
        400: "quatrocentos quatrocentas", 500: "quinhentos quinhentas",
        600: "seiscentos seiscentas", 700: "setecentos setecentas",
        800: "oitocentos oitocentas", 900: "novecentos novecentas",
    },
    "pl": {
        1: "jeden jedna jedno jednego jednej jedną", 2: "dwa dwie dwóch dwoma dwaj dwoje dwojga",
        3: "trzy trzech trzema trzej troje trojga", 4: "cztery czterech czterema czterej czworo czworga",
        # and the instrumental: "z dziewięcioma samochodami" (with nine cars)
        5: "pięć pięciu pięcioro pięciorga pięcioma", 6: "sześć sześciu sześcioro sześcioma",
        7: "siedem siedmiu siedmioro siedmioma", 8: "osiem ośmiu ośmioro ośmioma",
        9: "dziewięć dziewięciu dziewięcioro dziewięcioma", 10: "dziesięć dziesięciu dziesięcioro dziesięcioma",
        11: "jedenaście jedenastu",
        12: "dwanaście dwunastu", 13: "trzynaście trzynastu", 14: "czternaście czternastu",
        15: "piętnaście piętnastu", 16: "szesnaście szesnastu",
        17: "siedemnaście siedemnastu", 18: "osiemnaście osiemnastu",
        19: "dziewiętnaście dziewiętnastu", 20: "dwadzieścia dwudziestu",
        30: "trzydzieści trzydziestu", 40: "czterdzieści czterdziestu",
        50: "pięćdziesiąt pięćdziesięciu", 60: "sześćdziesiąt sześćdziesięciu",
        70: "siedemdziesiąt siedemdziesięciu", 80: "osiemdziesiąt osiemdziesięciu",
        90: "dziewięćdziesiąt dziewięćdziesięciu", 100: "sto stu", 200: "dwieście dwustu",
        300: "trzysta trzystu", 400: "czterysta czterystu", 500: "pięćset pięciuset",
        600: "sześćset sześciuset", 700: "siedemset siedmiuset", 800: "osiemset ośmiuset",
        900: "dziewięćset dziewięciuset", 1.5: "półtora półtorej",
    },
    "ru": {
        # with the collective numerals, which count people: "погибли семеро", "двое суток"
        1: "один одна одно одного одной одну одном", 2: "два две двух двум двумя двое двоих",
        3: "три трёх трём тремя трое троих", 4: "четыре четырёх четырём четырьмя четверо четверых",
        # and the instrumental: "вместе с девятью автомобилями" (not "семью", also a family)
        5: "пять пяти пятью пятеро пятерых", 6: "шесть шести шестью шестеро шестерых", 7: "семь семи семеро семерых",
        8: "восемь восьми восемью восьмью восьмеро восьмерых", 9: "девять девяти девятью девятеро девятерых",
        10: "десять десяти десятью десятеро десятерых", 11: "одиннадцать одиннадцати", 12: "двенадцать двенадцати",
        13: "тринадцать тринадцати", 14: "четырнадцать четырнадцати",
        15: "пятнадцать пятнадцати", 16: "шестнадцать шестнадцати",
        17: "семнадцать семнадцати", 18: "восемнадцать восемнадцати",
        19: "девятнадцать девятнадцати", 20: "двадцать двадцати", 30: "тридцать тридцати",
        40: "сорок сорока", 50: "пятьдесят пятидесяти", 60: "шестьдесят шестидесяти",
        70: "семьдесят семидесяти", 80: "восемьдесят восьмидесяти", 90: "девяносто девяноста",
        100: "сто ста", 200: "двести двухсот", 300: "триста трёхсот",
        400: "четыреста четырёхсот", 500: "пятьсот пятисот", 600: "шестьсот шестисот",
        700: "семьсот семисот", 800: "восемьсот восьмисот", 900: "девятьсот девятисот",
        1000: "тысячу", 1.5: "полтора полторы полутора",
    },
    "uk": {
        # and the instrumental: "разом із дев'ятьма автомобілями" (with nine cars)
        1: "один одна одне одного одну одній", 2: "два дві двох двом двома двоє", 3: "три трьох трьома троє",
        # and the collective numerals' genitive and accusative of people: "Сімох заручників звільнили"
        4: "чотири чотирьох чотирма четверо", 5: "п'ять п'яти п'ятьма п'ятеро п'ятьох",
        6: "шість шести шістьма шестеро шістьох", 7: "сім семи сімома сьома семеро сімох",
        8: "вісім восьми вісьмома восьмома восьмеро вісьмох",
        9: "дев'ять дев'яти дев'ятьма дев'ятеро дев'ятьох", 10: "десять десяти десятьма десятеро десятьох",
        11: "одинадцять",
        12: "дванадцять", 13: "тринадцять", 14: "чотирнадцять", 15: "п'ятнадцять",
        16: "шістнадцять", 17: "сімнадцять", 18: "вісімнадцять", 19: "дев'ятнадцять",
        20: "двадцять", 30: "тридцять", 40: "сорок", 50: "п'ятдесят", 60: "шістдесят",
        70: "сімдесят", 80: "вісімдесят", 90: "дев'яносто", 100: "сто", 200: "двісті",
        300: "триста", 400: "чотириста", 500: "п'ятсот", 600: "шістсот", 700: "сімсот",
        800: "вісімсот", 900: "дев'ятсот", 1000: "тисячу", 1.5: "півтора півтори",
    },
    # Hebrew in both genders (num2words gives the feminine only; people are counted in
    # the masculine: שלושה אנשים); the units with "and" on them (ושלושה) from _compounds.
    "he": {
        2: "שתיים שתי שניים שני", 3: "שלוש שלושה", 4: "ארבע ארבעה", 5: "חמש חמישה", 6: "שש שישה",
        7: "שבע שבעה", 8: "שמונה", 9: "תשע תשעה", 10: "עשר עשרה", 20: "עשרים", 30: "שלושים",
        40: "ארבעים", 50: "חמישים", 60: "שישים", 70: "שבעים", 80: "שמונים", 90: "תשעים", 100: "מאה",
    },
    # Greek, which num2words does not spell; "one" (ένας, μία, ένα) is also the article.
    "el": {
        2: "δύο", 3: "τρεις τρία", 4: "τέσσερις τέσσερα", 5: "πέντε", 6: "έξι", 7: "επτά εφτά",
        8: "οκτώ οχτώ", 9: "εννέα εννιά", 10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 13: "δεκατρία",
        14: "δεκατέσσερα", 15: "δεκαπέντε", 16: "δεκαέξι", 17: "δεκαεπτά δεκαεφτά",
        18: "δεκαοκτώ δεκαοχτώ", 19: "δεκαεννέα δεκαεννιά", 20: "είκοσι", 30: "τριάντα",
        40: "σαράντα", 50: "πενήντα", 60: "εξήντα", 70: "εβδομήντα", 80: "ογδόντα",
        90: "ενενήντα", 100: "εκατό",
    },
    # num2words has none of these four. Tagalog writes the linker on the number before its
    # noun ("tatlong katao", three people) or apart ("apat na katao"); "isa" is left out, as
    # "isang" is also "a".
    "ms": {
        2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "lapan", 9: "sembilan",
        10: "sepuluh puluh belas", 11: "sebelas", 100: "seratus ratus", 1000: "seribu", 1e6: "sejuta",
    },
    "tl": _TL_NUMBERS, "fil": _TL_NUMBERS,
    # Urdu and Hausa, which neither num2words nor CLDR spells; Hausa "tara" (nine) is also
    # "gather", and Urdu "سو" (a hundred) also "sleep": left out.
    "ur": {
        2: "دو", 3: "تین", 4: "چار", 5: "پانچ", 6: "چھ چھے", 7: "سات", 8: "آٹھ", 9: "نو", 10: "دس", 20: "بیس",
    },
    "ha": {
        2: "biyu", 3: "uku", 4: "huɗu hudu", 5: "biyar", 6: "shida", 7: "bakwai", 8: "takwas", 10: "goma",
        20: "ashirin", 30: "talatin", 50: "hamsin",
    },
    "ka": {
        2: "ორი", 3: "სამი", 4: "ოთხი", 5: "ხუთი", 6: "ექვსი", 7: "შვიდი", 8: "რვა", 9: "ცხრა",
        10: "ათი", 11: "თერთმეტი", 12: "თორმეტი", 20: "ოცი", 100: "ასი",
    },
    # (and with the article, as a part of a whole is written: "վեց վագոններից չորսը", four of
    # the six carriages)
    "hy": {
        2: "երկու երկուսը", 3: "երեք երեքը", 4: "չորս չորսը", 5: "հինգ հինգը", 6: "վեց վեցը", 7: "յոթ յոթը",
        8: "ութ ութը", 9: "ինը", 10: "տասը տաս", 20: "քսան", 30: "երեսուն", 40: "քառասուն", 50: "հիսուն",
        100: "հարյուր",
    },
}

# Number words that are another word after an article: Romanian "o nouă grevă" (a new strike),
# "nouă" being nine and "new".
ADJECTIVE_AFTER: dict[str, tuple[str, tuple[str, ...]]] = {
    "ro": ("nouă", ("o", "cea", "această", "aceasta", "altă", "una")),
}

# Words that make tens and teens of the unit before them: Indonesian and Malay "tiga
# puluh" (30), "dua belas" (12), "dua ratus lima puluh ribu" (250,000). Alone they are
# read as ten.
TENS_AFTER: Mapping[str, Mapping[str, str]] = {
    "id": {"puluh": "tens", "belas": "teens"}, "ms": {"puluh": "tens", "belas": "teens"},
}

# Words whose compounds follow a rule: German units before "und" + tens and "-einhalb",
# Italian tens joined to units (eliding the tens' vowel before "uno" and "otto").
_DE_UNITS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_DE_TENS = ("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")
_IT_UNITS = ("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
_NL_UNITS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_NL_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
# Tagalog teens: "labi" (over) and its linker, written on the unit or with a hyphen, as the
# unit's sound asks ("labing-isa", "labindalawa", "labimpito", "labingwalo"): all are read.
_TL_TEENS = {language: ("labing-", "labing", "labin", "labim") for language in ("tl", "fil")}
_IT_TENS = ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")


# Languages left to num2words' tables are those without a table here, except the scripts
# written without spaces, whose numerals are single characters that are other words too
# (Korean 이 "two" and "this"), and Vietnamese, whose "ba" (three) folds like "bà" (Mrs.).
_NOT_SPELLED = frozenset({"zh", "ja", "ko", "vi", "th", "lo", "km", "my"})
_NUM2WORDS_CODES = {"kk": "kz", "nb": "no", "nn": "no"}  # where num2words' codes differ
# The forms num2words does not give: Arabic counts a masculine noun with the feminine
# form (ثلاث سنوات, three years) and a feminine one with the masculine it gives (ثلاثة).
_OTHER_FORMS: dict[str, dict[int, str]] = {
    "ar": {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني ثمان", 9: "تسع", 10: "عشر"},
    # the masculine: "dva milijona", "trije ministri"; and the other cases: "iz treh šol" (from
    # three schools), "v petih občinah", "s tremi otroki"
    # Bengali two as it is said before a counter ("দুজন", two persons; CLDR: দুই)
    "bn": {2: "দু"},
    # Turkish numbers with the possessive a part of a whole takes ("altı vagondan dördü", four
    # of the six carriages; not "onu", ten's, also "him")
    "tr": {2: "ikisi", 3: "üçü", 4: "dördü", 5: "beşi", 6: "altısı", 7: "yedisi", 8: "sekizi", 9: "dokuzu",
           20: "yirmisi", 30: "otuzu", 40: "kırkı", 50: "ellisi"},
    "sl": {2: "dva dveh dvema", 3: "trije treh trem tremi", 4: "štirje štirih štirim štirimi",
           **{value: f"{stem}ih {stem}im {stem}imi" for value, stem in (
               (5, "pet"), (6, "šest"), (7, "sedm"), (8, "osm"), (9, "devet"), (10, "deset"))}},
    # Icelandic one to four in their genders and cases ("á þremur málverkum", of three paintings; "þrjú málverk")
    "is": {2: "tvær tvö tvo tveimur tveggja", 3: "þrjár þrjú þrjá þremur þriggja",
           4: "fjórar fjögur fjóra fjórum fjögurra"},
    # Finnish numbers in the genitive and the partitive of their cases ("kolmen maalauksen", of three paintings)
    "fi": {2: "kahden kahta", 3: "kolmen kolmea", 4: "neljän neljää", 5: "viiden viittä", 6: "kuuden kuutta",
           7: "seitsemän seitsemää", 8: "kahdeksan kahdeksaa", 9: "yhdeksän yhdeksää", 10: "kymmenen kymmentä"},
    # Czech and Slovak numbers in their other cases ("dvanácti horníkům", "vyslobodili
    # dvanástich baníkov"), and Slovak's and Belarusian's forms that count men and people
    # ("dvaja Ukrajinci", "piati baníci", "загінулі пяцёра")
    "cs": {2: "dvě dvou dvěma", 3: "tří třech třem třemi", 4: "čtyř čtyřech čtyřem čtyřmi", 5: "pěti", 6: "šesti",
           7: "sedmi", 8: "osmi", 9: "devíti", 10: "deseti", 11: "jedenácti", 12: "dvanácti", 13: "třinácti",
           14: "čtrnácti", 15: "patnácti", 16: "šestnácti", 17: "sedmnácti", 18: "osmnácti", 19: "devatenácti",
           20: "dvaceti", 30: "třiceti", 40: "čtyřiceti", 50: "padesáti"},
    "sk": {2: "dve dvaja dvoch dvom dvoma", 3: "traja troch trom tromi", 4: "štyria štyroch štyrom štyrmi",
           5: "piati piatich piatim piatimi", 6: "šiesti šiestich", 7: "siedmi siedmich", 8: "ôsmi ôsmich",
           9: "deviati deviatich", 10: "desiati desiatich", 11: "jedenásti jedenástich", 12: "dvanásti dvanástich",
           13: "trinásti trinástich", 14: "štrnásti štrnástich", 15: "pätnásti pätnástich",
           20: "dvadsiati dvadsiatich"},
    "be": {2: "дзве двое двух", 3: "трое трох", 4: "чацвёра чатырох", 5: "пяцёра пяці", 6: "шасцёра шасці",
           7: "сямёра сямі", 8: "васьмёра васьмі", 9: "дзевяцёра дзевяці", 10: "дзесяцёра дзесяці",
           12: "дванаццаці"},
    # Lithuanian and Latvian numbers in the feminine and their cases ("septynias ligonines",
    # seven hospitals; "septiņas slimnīcas", "divām"; the masculine accusative, "nogalināja
    # septiņus slēpotājus", killed seven skiers; the genitive of a compound, "sešu gadu
    # cietumsods", a six-year prison sentence)
    "lt": {2: "dvi dviejų dviem", 3: "tris trijų trims", 4: "keturios keturis keturias keturių",
           5: "penkios penkis penkias penkių", 6: "šešios šešis šešias šešių", 7: "septynios septynis septynias septynių",
           8: "aštuonios aštuonis aštuonias aštuonių", 9: "devynios devynis devynias devynių"},
    "lv": {2: "divas divu diviem divām divus", 3: "triju trim", 4: "četras četru četriem četrām četrus",
           5: "piecas piecu pieciem piecām piecus", 6: "sešas sešu sešiem sešām sešus",
           7: "septiņas septiņu septiņiem septiņām septiņus", 8: "astoņas astoņu astoņiem astoņām astoņus",
           9: "deviņas deviņu deviņiem deviņām deviņus"},
    # Maltese numbers before a noun ("seba' pitturi", "tliet persuni", "żewġ Sloveni"), and
    # Luxembourgish seven without its n before most consonants ("siwe Biller")
    # (and with the -t they take before a noun that opens with a vowel: "ħamest ijiem", five days)
    "mt": {2: "żewġ", 3: "tliet tlett", 4: "erba' erbat", 5: "ħames ħamest", 6: "sitt", 7: "seba' sebat",
           8: "tmien tmint", 9: "disa' disat", 10: "għaxar għaxart"},
    "lb": {7: "siwe"},
    # Norwegian seven as Nynorsk and most Bokmål news write it (num2words gives "syv" only):
    # "Sju personer ble drept"
    **{language: {7: "sju"} for language in ("nb", "nn")},
    # Indonesian hundreds after their number ("lima ratus", 500), and one thousand and one
    # million in one word ("seribu", "sejuta")
    "id": {10: "puluh belas", 100: "ratus", 1000: "seribu", 1_000_000: "sejuta"},
    # Hungarian two before its noun, alone and ending a teen or a ten ("két év", "tizenkét
    # év", "huszonkét ember"; num2words gives "kettő", said alone)
    "hu": {2: "két", 12: "tizenkét", 22: "huszonkét", 32: "harminckét", 42: "negyvenkét", 52: "ötvenkét",
           62: "hatvankét", 72: "hetvenkét", 82: "nyolcvankét", 92: "kilencvenkét"},
}


def _case_forms(stems: dict[int, str], endings: str, back: str = "", front: str = "") -> dict[int, str]:
    """The case forms of numbers made on their stems, each ending in the vowel its stem's
    harmony asks for: ``back`` endings after a stem with a back vowel, ``front`` ones after
    the others (Finnish "kolmesta", "neljästä")."""
    forms = {}
    for value, stem in stems.items():
        harmony = back if any(vowel in stem for vowel in "aou") else front
        forms[value] = " ".join(stem + ending for ending in (*endings.split(), *harmony.split()))
    return forms


# Finnish numbers in the other cases, on their oblique stems: "kolmesta koulusta" (from
# three schools), "kolmessa koulussa" (in three), "viiteen" (into five).
for _forms in (_case_forms({2: "kahde", 3: "kolme", 4: "neljä", 5: "viide", 6: "kuude", 7: "seitsemä",
                            8: "kahdeksa", 9: "yhdeksä", 10: "kymmene"}, "lle ksi",
                           back="ssa sta lla lta na", front="ssä stä llä ltä nä"),
               {2: "kahteen", 3: "kolmeen", 4: "neljään", 5: "viiteen", 6: "kuuteen", 7: "seitsemään",
                8: "kahdeksaan", 9: "yhdeksään", 10: "kymmeneen"}):
    for _value, _words in _forms.items():
        _OTHER_FORMS["fi"][_value] = f"{_OTHER_FORMS['fi'][_value]} {_words}"


# Words before a figure that add a part of its unit, in South Asian languages: "साढ़े तीन"
# (three and a half), "साढ़े 12 हजार" (12,500), "ساڑھے 12 ہزار", "সাড়ে ৭ কোটি"; "सवा" a quarter
# more, "पौने" a quarter less ("सवा 2 लाख", 225,000; "पौने 4 बजे" is a time, read apart).
PARTS_BEFORE: dict[str, dict[str, float]] = {
    "hi": {"साढ़े": 0.5, "साढे": 0.5, "सवा": 0.25, "पौने": -0.25},
    "ur": {"ساڑھے": 0.5, "ساڑهے": 0.5, "سوا": 0.25, "پونے": -0.25},
    "bn": {"সাড়ে": 0.5, "সোয়া": 0.25, "পৌনে": -0.25},
    "mr": {"साडे": 0.5, "सव्वा": 0.25, "पावणे": -0.25},
    "ne": {"साढे": 0.5, "सवा": 0.25},
    "pa": {"ਸਾਢੇ": 0.5, "ਸਵਾ": 0.25},
    "gu": {"સાડા": 0.5, "સવા": 0.25},
}


# One and a half and two and a half, said with a word of their own in South Asian
# languages: "डेढ़ हजार" (1,500), "ढाई लाख" (250,000), "দেড় হাজার", "ڈیڑھ ہزار".
_HALVES: dict[str, dict[float, str]] = {
    "hi": {1.5: "डेढ़ डेढ", 2.5: "ढाई"},
    "ur": {1.5: "ڈیڑھ", 2.5: "ڈھائی"},
    "bn": {1.5: "দেড়", 2.5: "আড়াই"},
    "mr": {1.5: "दीड", 2.5: "अडीच"},
    "ne": {1.5: "डेढ", 2.5: "अढाई"},
    "pa": {1.5: "ਡੇਢ", 2.5: "ਢਾਈ"},
    "gu": {1.5: "દોઢ", 2.5: "અઢી"},
    # one word for one and a half: "anderhalf miljoen", "puolitoista miljoonaa", "halvanden"
    "nl": {1.5: "anderhalf", 2.5: "tweeënhalf"},
    "fi": {1.5: "puolitoista"},
    "da": {1.5: "halvanden", 2.5: "halvtredje"},
    "nb": {1.5: "halvannen"},
}


_SPELLED = (*range(2, 21), *range(30, 100, 10), 100)


@lru_cache(maxsize=64)
def number_word_folds(language: str) -> frozenset[str]:
    """The number words of ``language`` from its table or num2words' and CLDR's spelling,
    folded: what an inflected weekday is not (Ukrainian "четверо", four people, beside
    "четвер", Thursday)."""
    table = NUMBER_WORDS.get(language)
    words = ([word for forms in table.values() for word in forms.split()] if table is not None
             else [word for forms in _spelled_numbers(language).values() for word in forms])
    return frozenset(fold(word) for word in words)


@lru_cache(maxsize=64)
def _spelled_numbers(language: str) -> dict[float, list[str]]:
    """Number words from two to a hundred as num2words writes them, or else as CLDR's
    rules of spelling out numbers do (through unicode-rbnf: Hindi "चार", Swahili "nne",
    Tamil "நான்கு"), for a language with no table of its own: single words only (the
    tens, not their compounds), and not "one", which many languages also use as their
    article ("bir", "een", "egy")."""
    if language in NUMBER_WORDS or language in _NOT_SPELLED:
        return {}
    from num2words import CONVERTER_CLASSES, num2words  # type: ignore[import-untyped]

    code = _NUM2WORDS_CODES.get(language, language)
    spelled = (lambda value: num2words(value, lang=code)) if code in CONVERTER_CLASSES else _cldr_speller(language)
    if spelled is None:
        return {}
    out: dict[float, list[str]] = {}
    for value in _SPELLED:
        try:
            word = spelled(value)
        except (NotImplementedError, ValueError, TypeError, KeyError, OverflowError):
            return {}
        if regex.fullmatch(r"[\p{L}\p{M}]+", word):
            out[float(value)] = [word]
    for value, other in _OTHER_FORMS.get(language, {}).items():
        out.setdefault(float(value), []).extend(other.split())
    for value, forms in out.items():
        out[value] = [form for form in forms if form not in _ALSO_OTHER_WORDS.get(language, ())]
    for number, forms in _agreeing(language, out).items():
        out.setdefault(number, []).extend(forms)
    return out


# Spelled-out numbers that are also among the commonest words of their language, left out:
# Nepali "छ" (six) is the auxiliary "is" ("दूतावासले जनाएको छ", the embassy has said).
_ALSO_OTHER_WORDS: dict[str, tuple[str, ...]] = {"ne": ("छ",)}


# Bantu numbers from two to five and eight agree with the class of the noun they count,
# by its prefix (the others are loans, Swahili "sita", "saba", "tisa"): "watu wanne" (four
# people), "miti mitatu", "magari matano", "vitabu viwili"; the spelled-out form is the
# class of "nyumba mbili", whose "mb" is the nasal before the stem's "w" ("wawili").
# As (the numbers that agree, the prefixes, the first that of people and animals, which
# any noun naming them takes: "polisi wawili", two police officers).
_NOUN_CLASS_PREFIXES: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "sw": ((2, 3, 4, 5, 8), ("wa", "mi", "ma", "vi")),
}


@lru_cache(maxsize=64)
def class_prefixes(language: str) -> dict[str, str]:
    """The keys of the numbers that agree with a noun class but that of people, each with
    the prefix the noun before it begins with where it counts one: Swahili "matatu" is three
    only after a noun of its class ("magari matatu"), and else a minibus ("ajali ya matatu")."""
    _, prefixes = _NOUN_CLASS_PREFIXES.get(language, ((), ()))
    return {key(form): prefix for forms in _agreeing(language, _spelled_numbers(language)).values()
            for form in forms for prefix in prefixes[1:] if form.startswith(prefix)}


def _agreeing(language: str, spelled: Mapping[float, list[str]]) -> dict[float, list[str]]:
    """The forms of the spelled-out numbers that agree with a noun class
    (:data:`_NOUN_CLASS_PREFIXES`): Swahili "wawili", "watatu", "wanne" from CLDR's "mbili",
    "tatu", "nne"."""
    values, prefixes = _NOUN_CLASS_PREFIXES.get(language, ((), ()))
    out: dict[float, list[str]] = {}
    for value in values:
        for form in spelled.get(float(value), [])[:1]:
            stem = "w" + form[2:] if form.startswith("mb") else form
            out[float(value)] = [prefix + stem for prefix in prefixes]
    return out


@lru_cache(maxsize=64)
def _rbnf_engine(language: str) -> Any:
    """CLDR's rules of spelling out numbers in ``language`` (an ``RbnfEngine``), read once:
    reading a language's rules takes a hundredth of a second, and its ordinals are
    spelled one number at a time. None for a language CLDR has no such rules for."""
    from unicode_rbnf import RbnfEngine  # type: ignore[import-untyped]  # ships no types

    try:
        return RbnfEngine.for_language(language)
    except (ValueError, KeyError, OSError):
        return None


def _cldr_speller(language: str) -> Callable[[int], str] | None:
    """A function spelling a number out in ``language`` as CLDR's cardinal rules do, or
    None for a language CLDR has no such rules for."""
    engine = _rbnf_engine(language)
    if engine is None:
        return None

    def spell(value: int) -> str:
        result = engine.format_number(value)
        return str(result.text_by_ruleset.get("spellout-cardinal") or result.text)

    return spell


# Arabic hundreds: one and two hundred in their own words, three to nine hundred as the
# unit's stem and "hundred" in one word.
_AR_HUNDREDS = ("مائة مئة", "مائتان مائتين مئتان مئتين", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع")


def _compounds(language: str) -> dict[float, list[str]]:
    """Number words a language writes as one compound word, generated by its rule."""
    out: dict[float, list[str]] = {}
    if language == "de":
        for u, unit in enumerate(_DE_UNITS, 1):
            if u > 1:
                out.setdefault(u, []).append(unit)
                out.setdefault(u + 0.5, []).append(unit + "einhalb")
                out.setdefault(100 * u, []).append(unit + "hundert")
            for t, tens in enumerate(_DE_TENS, 2):
                out.setdefault(10 * t, [tens])
                out.setdefault(10 * t + u, []).append(f"{unit}und{tens}")
    if language == "nl":  # "zevenentwintig" (27), "tweeëntwintig": the unit, "en" (ën after an e), the tens
        for u, unit in enumerate(_NL_UNITS, 1):
            for t, tens in enumerate(_NL_TENS, 2):
                out.setdefault(10 * t + u, []).append(unit + ("ën" if unit.endswith("e") else "en") + tens)
    if language == "ar":  # "ثلاثة وعشرون": the unit, then the tens with "and" (و) on them
        spelled = _spelled_numbers("ar")
        for t in range(20, 100, 10):
            oblique = [form[:-2] + "ين" for form in spelled.get(float(t), []) if form.endswith("ون")]  # عشرين
            out.setdefault(t, []).extend(oblique)
            tens_forms = spelled.get(float(t), []) + oblique
            for u in range(1, 10):
                for unit in spelled.get(float(u), ["واحد"] if u == 1 else []):
                    out.setdefault(u + t, []).extend(f"{unit} و{form}" for form in tens_forms)
        # The hundreds, in both spellings of "hundred" (مائة, مئة), written as one word, and
        # with "and" on them after a thousand: "ألف وخمسمائة" (1,500).
        for h, stem in enumerate(_AR_HUNDREDS, 1):
            spellings = [stem + hundred for hundred in ("مائة", "مئة")] if h > 2 else stem.split()
            out.setdefault(100 * h, []).extend(spellings)
            out.setdefault(100 * h, []).extend("و" + spelling for spelling in spellings)
        # and a unit or ten with "and" on it after another figure: "١٦٣ راكبا وستة من أفراد الطاقم" (and six)
        for unit_value in range(3, 11):
            unit_forms = spelled.get(float(unit_value), []) + _OTHER_FORMS["ar"].get(unit_value, "").split()
            out.setdefault(unit_value, []).extend("و" + form for form in unit_forms)
    if language == "he":  # "עשרים ושלושה": the unit after the tens carries "and" (ו)
        for value, forms in NUMBER_WORDS["he"].items():
            if value < 10:
                out.setdefault(value, []).extend("ו" + form for form in forms.split())
            # and "to" (ל) on any: "נידון לתשע שנות מאסר" (sentenced to nine years), "עלה לעשרים"
            out.setdefault(value, []).extend("ל" + form for form in forms.split())
        out.setdefault(1, []).extend(("ואחד", "ואחת"))
    if language in _TL_TEENS:  # "labing-apat" (14), "labindalawang katao" (12 people): "labi" and the unit
        for u in range(1, 10):
            for unit in ("isa",) if u == 1 else _TL_NUMBERS[u].split()[:1]:
                teens = [prefix + unit for prefix in _TL_TEENS[language]]
                out.setdefault(10 + u, []).extend(teens + [_linked(teen) for teen in teens])
    if language == "it":
        for u, unit in enumerate(_IT_UNITS, 1):
            if u > 1:
                out.setdefault(u, []).append(unit)
                out.setdefault(100 * u, []).append(unit + "cento")
            for t, tens in enumerate(_IT_TENS, 2):
                out.setdefault(10 * t, [tens])
                stem = tens[:-1] if unit[0] in "uo" else tens
                out.setdefault(10 * t + u, []).append(stem + ("tré" if u == 3 else unit))
    return out


# Indefinite articles: "one" only before a unit or a multiplier ("a year", "un an").
ARTICLES = {
    "en": "a an", "de": "ein eine einen einem einer eines", "fr": "un une",
    "es": "un una", "it": "un una uno", "pt": "um uma", "ro": "un o",
    "tl": "isang", "fil": "isang",  # "isang daan" (100), "isang libo't limang daan" (1,500)
    # and the Turkic "one", a number after a ten ("on bir", "он бір": eleven), and the Persian
    # "one" of "یک هزار و ۲۴۰" (1,240)
    "tr": "bir", "az": "bir", "uz": "bir", "tk": "bir", "kk": "бір", "ky": "бир", "fa": "یک",
    # and South Asian "one" before a lakh or crore ("एक करोड़ 20 लाख", "ایک کروڑ 20 لاکھ": 12 million)
    "hi": "एक", "ur": "ایک", "ne": "एक", "mr": "एक", "bn": "এক", "pa": "ਇੱਕ ਇਕ", "gu": "એક",
}

# The word for a thousand that says "one thousand" by itself, before the rest of a
# figure in words: "mil quinientas personas", "mille cinq cents", "bin beş yüz kişi",
# "tisuću i petsto ljudi" (1,500). Alone it counts only before a unit ("mil euros"):
# Turkish "bin" is also the "bin" of Arabic names.
THOUSANDS = {
    "es": "mil", "pt": "mil", "ca": "mil", "gl": "mil", "fr": "mille", "it": "mille",
    "tr": "bin", "az": "min", "ar": "ألف", "hr": "tisuću", "bs": "hiljadu", "sr": "hiljadu хиљаду", "sl": "tisoč",
    "cs": "tisíc", "sk": "tisíc", "pl": "tysiąc", "ru": "тысяча тысячу", "uk": "тисяча тисячу",
    "bg": "хиляда", "mk": "илјада", "el": "χίλια χίλιοι χίλιες", "hu": "ezer", "de": "tausend",
    "nl": "duizend", "sv": "tusen", "da": "tusind", "nb": "tusen",
    "fa": "هزار", "he": "אלף",
    # Indonesian and Malay write "one thousand" and "one million" as one word: "seribu orang", "sejuta"
    "id": "seribu sejuta", "ms": "seribu sejuta",
}
# Of those, the words that say "one thousand" with a prefix of "one" and are never written
# after a number (Indonesian and Malay "seribu", where 2,000 is "dua ribu"): a figure by
# themselves, before any noun, as "sejuta" (one million) is: "Seribu orang turun ke jalan".
WHOLE_THOUSANDS = {"id": "seribu", "ms": "seribu"}
# Thousands written as one word with their number, which begin a figure as a thousand
# alone does: Italian "duemila persone", "diecimila", German "zweitausend", Dutch
# "tweeduizend", Hungarian "kétezer" (2,000 to 9,000 and the tens of thousands).
_THOUSAND_COMPOUNDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    # (the units 2 to 9, the tens 10 to 90, the word for thousand written after them)
    "it": (("due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"),
           ("dieci", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"), "mila"),
    "de": (_DE_UNITS[1:], ("zehn", *_DE_TENS), "tausend"),
    "nl": (("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
           ("tien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"), "duizend"),
    "hu": (("két", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"),
           ("tíz", "húsz", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"), "ezer"),
}


def _thousand_compounds(language: str) -> dict[float, list[str]]:
    units, tens, thousand = _THOUSAND_COMPOUNDS.get(language, ((), (), ""))
    out: dict[float, list[str]] = {}
    for u, unit in enumerate(units, 2):
        out.setdefault(1000.0 * u, []).append(unit + thousand)
    for t, ten in enumerate(tens, 1):
        out.setdefault(10000.0 * t, []).append(ten + thousand)
    return out

# "and a half": the conjunction, and the word for half after a number or a unit
# ("godinu i pol", "un an și jumătate") and before a unit ("pola godine", "half a year").
AND_WORDS = {
    "en": "and", "hr": "i", "sr": "i", "bs": "i", "ro": "și", "de": "und", "fr": "et",
    "es": "y", "it": "e", "pt": "e", "pl": "i", "ru": "и с", "uk": "і й з",
    "nl": "en", "sv": "och", "da": "og", "nb": "og", "nn": "og", "cs": "a", "sk": "a",
    "sl": "in", "bg": "и", "mk": "и", "el": "και", "ca": "i", "id": "dan", "ms": "dan", "vi": "và",
    "fa": "و", "ar": "و",
    "sw": "na",  # "kumi na mbili" (twelve), "ishirini na tano" (25)
    "sq": "e",  # "dyzet e pesë" (45)
    "tl": "at t", "fil": "at t",  # "tatlumpu at pito", "tatlumpu't pito" (37)
}
HALF_AFTER = {
    "en": "half", "hr": "pol po pola", "sr": "pol po pola", "bs": "pol po pola",
    "ro": "jumătate", "fr": "demi demie", "es": "medio media", "it": "mezzo mezza",
    "pt": "meio meia", "pl": "pół", "ru": "половиной", "uk": "половиною",
}
HALF_BEFORE = {
    "en": "half", "hr": "pola", "sr": "pola", "bs": "pola", "ro": "jumătate",
    "de": "halbes halben halbe", "es": "medio media", "it": "mezzo", "pt": "meio", "pl": "pół",
}
# The endings of an adjective in the genitive before the word for half, which is then
# another noun in that case: South Slavic "pola" is also the genitive of "pol" (pole),
# "blizu južnog pola Mjeseca" (near the Moon's south pole), "sjevernog pola".
HALF_NOT_AFTER: dict[str, tuple[str, ...]] = {language: ("og", "oga", "eg", "ega") for language in ("hr", "sr", "bs")}

# Words between a number and its noun: "20 de milioane de oameni", "2 millions de personnes",
# elided before a vowel: "23,9 millions d'euros", "1,5 milioni d'euro".
# Somali "45 milyan oo doollar" (45 million dollars), "oo" joining a figure to its noun.
LINKERS = {"ro": "de", "fr": "de d'", "es": "de", "pt": "de", "gl": "de", "it": "di d'", "ca": "de d'", "tl": "na", "fil": "na",
           "so": "oo", "cy": "o"}  # Welsh "312 o lawysgrifau" (312 manuscripts)

_HR_BOUNDS = {
    "min": ("više od", "preko", "iznad", "najmanje", "barem", "bar", "ne manje od",
            "nešto više od", "minimalno", "premašio", "premašila", "premašilo", "premašuje", "premašio je",
            "premašila je", "premašilo je"),
    "max": ("manje od", "ispod", "najviše", "do", "ne više od", "maksimalno", "nešto manje od"),
    "approx": ("oko", "otprilike", "približno", "gotovo", "skoro", "blizu", "cca", "cca.",
               "zamalo", "nekih"),
}

_BG_BOUNDS = {
    "min": ("над", "повече от", "най-малко", "поне", "минимум"),
    "max": ("под", "по-малко от", "най-много", "до", "максимум"),
    "approx": ("около", "близо", "почти", "приблизително", "към"),
}
_NB_BOUNDS = {
    "min": ("mer enn", "flere enn", "over", "minst", "drøyt"),
    "max": ("mindre enn", "færre enn", "under", "høyst", "opptil"),
    "approx": ("omkring", "cirka", "ca.", "rundt", "nesten", "nærmere", "knapt"),
}
_ID_BOUNDS = {
    "min": ("lebih dari", "sedikitnya", "setidaknya", "paling sedikit", "minimal"),
    "max": ("kurang dari", "paling banyak", "maksimal", "hingga", "sampai"),
    "approx": ("sekitar", "kira-kira", "hampir", "lebih kurang", "kurang lebih"),
}
# Malaysian news writes "more than" as "lebih" alone as often: "lebih 40,000 mangsa".
_MS_BOUNDS = {
    "min": (*_ID_BOUNDS["min"], "lebih", "lebih daripada", "melebihi", "sekurang-kurangnya"),
    "max": (*_ID_BOUNDS["max"], "kurang daripada", "tidak melebihi"),
    "approx": _ID_BOUNDS["approx"],
}
_TL_BOUNDS = {
    "min": ("mahigit", "mahigit sa", "higit sa", "lampas sa", "hindi bababa sa", "kulang-kulang"),
    "max": ("hindi hihigit sa", "kulang sa", "mas mababa sa", "hanggang"),
    "approx": ("halos", "humigit-kumulang", "humigit kumulang", "tinatayang", "mga", "mga bandang"),
}

# Bound words as intervals: "min" (more than, over, at least: [n, ∞)), "max" (less than,
# under, at most, up to: (-∞, n]) and "approx" (about, nearly: n, widened when compared).
# Of the bound words, those that take the figure in ("at least 7" may be 7; "more than 7"
# is not): shown "≥ 7", as a rule's ">= 7" is. Both are compared as closed intervals.
INCLUSIVE_BOUNDS = {
    "en": ("at least", "no less than", "no fewer than", "not less than", "a minimum of", "at most", "up to",
           "no more than", "not more than", "a maximum of"),
    "fr": ("au moins", "pas moins de", "au plus", "au maximum", "jusqu'à", "pas plus de"),
    "es": ("al menos", "por lo menos", "como mínimo", "no menos de", "como máximo", "hasta", "a lo sumo", "no más de"),
    "it": ("almeno", "non meno di", "fino a", "al massimo", "non più di"),
    "pt": ("pelo menos", "ao menos", "no mínimo", "até", "no máximo"),
    "de": ("mindestens", "wenigstens", "nicht weniger als", "höchstens", "bis zu", "maximal", "nicht mehr als"),
    "nl": ("minstens", "ten minste", "minimaal", "hooguit", "maximaal", "ten hoogste", "tot wel"),
    "ru": ("не менее", "не меньше", "как минимум", "по меньшей мере", "минимум", "до", "не более", "не больше",
           "как максимум", "максимум"),
    "uk": ("щонайменше", "принаймні", "не менше", "не менш ніж", "як мінімум", "мінімум", "до", "не більше",
           "щонайбільше", "максимум"),
    "pl": ("co najmniej", "przynajmniej", "nie mniej niż", "co najwyżej", "do", "nie więcej niż", "maksymalnie"),
    "tr": ("en az", "asgari", "en fazla", "en çok", "azami"),
    "id": ("sedikitnya", "setidaknya", "paling sedikit", "minimal", "paling banyak", "maksimal", "hingga", "sampai"),
    "sv": ("minst", "högst", "upp till"),
    "ro": ("cel puțin", "minimum", "minim", "nu mai puțin de", "cel mult", "maximum", "maxim", "până la",
           "nu mai mult de"),
    **dict.fromkeys(("hr", "bs", "sr"), ("najmanje", "barem", "bar", "ne manje od", "najviše", "do")),
    "th": ("อย่างน้อย", "ไม่ต่ำกว่า", "ไม่เกิน"),
    # the South Asian "at least" ("कम से कम 143", "కనీసం 134", "குறைந்தது 143")
    "hi": ("कम से कम", "कम-से-कम", "न्यूनतम"), "ur": ("کم از کم",), "bn": ("অন্তত", "কমপক্ষে"),
    "mr": ("किमान", "कमीत कमी"), "ne": ("कम्तीमा", "कम्तिमा"), "gu": ("ઓછામાં ઓછા",), "pa": ("ਘੱਟੋ-ਘੱਟ", "ਘੱਟੋ ਘੱਟ"),
    "ta": ("குறைந்தது", "குறைந்தபட்சம்"), "te": ("కనీసం",), "kn": ("ಕನಿಷ್ಠ", "ಕನಿಷ್ಠ ಪಕ್ಷ"),
    "ml": ("കുറഞ്ഞത്", "ചുരുങ്ങിയത്"), "si": ("අවම වශයෙන්", "අවම"),
    # and Europe's other "at least" and "at most" ("τουλάχιστον 23", "të paktën 23", "mill-inqas 23")
    "el": ("τουλάχιστον", "το πολύ", "έως", "μέχρι"), "sq": ("të paktën", "së paku", "deri në", "jo më shumë se"),
    "mt": ("mill-inqas", "sa"), "fi": ("vähintään", "ainakin", "enintään", "korkeintaan"),
    "hu": ("legalább", "legfeljebb", "minimum", "maximum"), "cs": ("nejméně", "alespoň", "minimálně", "nejvýše",
                                                                  "maximálně"),
    "sk": ("najmenej", "aspoň", "minimálne", "najviac", "maximálne"), "sl": ("najmanj", "vsaj", "največ"),
    "bg": ("най-малко", "поне", "най-много", "до"), "da": ("mindst", "højst", "op til"),
    "nb": ("minst", "høyst", "opptil"), "ca": ("almenys", "com a mínim", "com a màxim", "fins a"),
    "lt": ("mažiausiai", "bent", "daugiausia", "iki"), "lv": ("vismaz", "ne mazāk kā", "ne vairāk kā", "līdz"),
    "et": ("vähemalt", "kõige rohkem", "kuni"),
}
BOUNDS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "en": {
        "min": ("more than", "over", "above", "in excess of", "upwards of", "at least",
                "no less than", "no fewer than", "not less than", "a minimum of", "just over",
                # a headline's verbs of passing a figure: "death toll tops 2,000"
                "exceeds", "exceeded", "exceeding", "tops", "topped", "topping", "surpasses", "surpassed",
                "surpassing"),
        "max": ("less than", "fewer than", "under", "below", "at most", "up to", "no more than",
                "not more than", "a maximum of", "just under"),
        "approx": ("about", "around", "roughly", "approximately", "approx.", "nearly", "almost",
                   "some", "close to", "an estimated", "circa", "ca."),
    },
    "hr": _HR_BOUNDS, "sr": _HR_BOUNDS, "bs": _HR_BOUNDS,
    "ro": {
        "min": ("peste", "mai mult de", "mai mult decât", "mai multe de", "cel puțin", "minimum",
                "minim", "nu mai puțin de", "depășește", "a depășit", "depășit", "depășesc", "au depășit"),
        "max": ("sub", "mai puțin de", "mai puțin decât", "cel mult", "maximum", "maxim",
                "până la", "nu mai mult de"),
        "approx": ("aproape", "aproape de", "circa", "aproximativ", "în jur de", "vreo", "cam",
                   "cca", "cca."),
    },
    "de": {
        "min": ("über", "mehr als", "mindestens", "wenigstens", "gut", "nicht weniger als", "übersteigt", "überstieg", "übersteigen",
                "überschreitet", "überschritt", "überschritten"),
        "max": ("weniger als", "unter", "höchstens", "bis zu", "maximal", "nicht mehr als"),
        "approx": ("etwa", "rund", "ungefähr", "fast", "knapp", "circa", "ca.", "zirka",
                   "nahezu", "annähernd", "beinahe"),
    },
    "fr": {
        "min": ("plus de", "plus d'", "au moins", "au-delà de", "pas moins de", "dépasse les", "dépassent les",
                "a dépassé les", "ont dépassé les", "dépassé les", "dépassant les", "dépasse la barre des",
                "a franchi la barre des", "franchit la barre des"),
        "max": ("moins de", "moins d'", "au plus", "au maximum", "jusqu'à", "pas plus de"),
        "approx": ("environ", "près de", "près d'", "presque", "quelque", "autour de",
                   "approximativement", "à peu près", "pratiquement"),
    },
    "es": {
        "min": ("más de", "al menos", "por lo menos", "como mínimo", "no menos de", "supera los", "supera las",
                "superan los", "superan las", "superó los", "superó las", "rebasa los", "rebasa las"),
        "max": ("menos de", "como máximo", "hasta", "a lo sumo", "no más de"),
        "approx": ("cerca de", "unos", "unas", "alrededor de", "aproximadamente", "casi",
                   "en torno a"),
    },
    "it": {
        "min": ("più di", "oltre", "almeno", "non meno di", "supera i", "supera le", "superano i", "ha superato i",
                "ha superato le", "superato i", "superato le"),
        "max": ("meno di", "fino a", "al massimo", "non più di"),
        "approx": ("circa", "quasi", "intorno a", "attorno a", "all'incirca", "pressoché"),
    },
    "pt": {
        "min": ("mais de", "pelo menos", "ao menos", "no mínimo", "acima de", "supera os", "supera as", "ultrapassa os",
                "ultrapassa as", "ultrapassou os", "ultrapassou as", "superou os", "superou as"),
        "max": ("menos de", "até", "no máximo", "abaixo de"),
        "approx": ("cerca de", "quase", "aproximadamente", "por volta de", "perto de", "uns",
                   "umas", "em torno de"),
    },
    "pl": {
        "min": ("ponad", "więcej niż", "co najmniej", "przynajmniej", "powyżej", "przeszło",
                "nie mniej niż", "przekroczyła", "przekroczył", "przekroczyło", "przekracza"),
        "max": ("mniej niż", "poniżej", "co najwyżej", "do", "nie więcej niż", "maksymalnie",
                "niespełna"),
        "approx": ("około", "ok.", "prawie", "blisko", "niemal", "mniej więcej"),
    },
    "ru": {
        "min": ("более", "больше", "свыше", "не менее", "не меньше", "как минимум",
                "по меньшей мере", "более чем", "больше чем", "минимум", "превысило", "превысил",
                "превысила", "превысили", "превышает", "превышают"),
        "max": ("менее", "меньше", "до", "не более", "не больше", "как максимум", "максимум",
                "менее чем", "меньше чем"),
        "approx": ("около", "почти", "примерно", "приблизительно", "порядка"),
    },
    "uk": {
        "min": ("понад", "більше", "більш ніж", "більше ніж", "щонайменше", "принаймні",
                "не менше", "не менш ніж", "як мінімум", "мінімум", "перевищило", "перевищив",
                "перевищила", "перевищили", "перевищує"),
        "max": ("менше", "менше ніж", "менш ніж", "до", "не більше", "щонайбільше", "максимум"),
        "approx": ("близько", "майже", "приблизно", "біля", "орієнтовно"),
    },
    "bg": _BG_BOUNDS, "mk": {
        "min": ("над", "повеќе од", "најмалку", "барем", "минимум"),
        "max": ("под", "помалку од", "најмногу", "до", "максимум"),
        "approx": ("околу", "речиси", "приближно", "близу"),
    },
    "cs": {
        "min": ("přes", "více než", "víc než", "nejméně", "alespoň", "minimálně", "nad"),
        "max": ("méně než", "míň než", "nejvýše", "maximálně", "až", "pod"),
        "approx": ("asi", "přibližně", "zhruba", "kolem", "téměř", "skoro", "cca", "cca.", "takřka"),
    },
    "sk": {
        "min": ("vyše", "viac ako", "viac než", "najmenej", "aspoň", "minimálne", "nad"),
        "max": ("menej ako", "menej než", "najviac", "maximálne", "až", "pod"),
        "approx": ("asi", "približne", "zhruba", "okolo", "takmer", "skoro", "cca", "cca."),
    },
    "sl": {
        "min": ("več kot", "vsaj", "najmanj", "nad"),
        "max": ("manj kot", "največ", "do", "pod"),
        "approx": ("približno", "okoli", "okrog", "skoraj", "blizu", "cca", "cca."),
    },
    "nl": {
        "min": ("meer dan", "ruim", "minstens", "ten minste", "minimaal", "boven de"),
        "max": ("minder dan", "hooguit", "maximaal", "ten hoogste", "onder de", "tot wel"),
        "approx": ("ongeveer", "circa", "ca.", "rond de", "zo'n", "bijna", "nagenoeg", "zowat"),
    },
    "sv": {
        "min": ("mer än", "fler än", "över", "minst", "drygt"),
        "max": ("mindre än", "färre än", "under", "högst", "upp till"),
        "approx": ("ungefär", "cirka", "ca", "ca.", "omkring", "nästan", "runt", "kring", "närmare", "knappt"),
    },
    "da": {
        "min": ("mere end", "flere end", "over", "mindst"),
        "max": ("mindre end", "færre end", "under", "højst", "op til"),
        "approx": ("omkring", "cirka", "ca.", "næsten", "knap", "rundt regnet"),
    },
    "nb": _NB_BOUNDS, "nn": _NB_BOUNDS,
    "et": {
        "min": ("üle", "rohkem kui", "enam kui", "vähemalt"),
        "max": ("alla", "vähem kui", "kuni", "maksimaalselt", "mitte rohkem kui"),
        "approx": ("umbes", "ligi", "ligikaudu", "peaaegu", "u.", "pea"),
    },
    "lv": {
        "min": ("vairāk nekā", "vairāk kā", "vairāk par", "virs", "pāri", "vismaz", "ne mazāk kā"),
        "max": ("mazāk nekā", "mazāk kā", "mazāk par", "līdz", "ne vairāk kā", "ne vairāk par", "maksimāli"),
        "approx": ("aptuveni", "apmēram", "apm.", "ap", "gandrīz", "teju", "tuvu"),
    },
    "lt": {
        "min": ("daugiau nei", "daugiau kaip", "daugiau negu", "virš", "mažiausiai", "bent", "ne mažiau kaip"),
        "max": ("mažiau nei", "mažiau kaip", "mažiau negu", "iki", "ne daugiau kaip", "daugiausia"),
        "approx": ("apie", "beveik", "maždaug", "apytiksliai", "bemaž", "arti"),
    },
    "sq": {
        "min": ("mbi", "më shumë se", "më shumë nga", "të paktën", "së paku", "përtej"),
        "max": ("më pak se", "nën", "deri në", "jo më shumë se"),
        "approx": ("rreth", "afro", "afërsisht", "përafërsisht", "gati", "nja", "pothuajse"),
    },
    "fi": {
        "min": ("yli", "vähintään", "ainakin"),
        "max": ("alle", "enintään", "korkeintaan", "jopa"),
        "approx": ("noin", "lähes", "melkein", "liki", "suunnilleen", "n."),
    },
    "el": {
        "min": ("πάνω από", "περισσότερα από", "περισσότεροι από", "περισσότερες από", "τουλάχιστον",
                "άνω των"),
        "max": ("λιγότερα από", "λιγότεροι από", "λιγότερες από", "κάτω από", "έως", "μέχρι", "το πολύ"),
        "approx": ("περίπου", "σχεδόν", "γύρω στα", "γύρω στους", "γύρω στις", "κοντά στα"),
    },
    "hu": {
        "min": ("több mint", "több, mint", "legalább", "minimum"),
        "max": ("kevesebb mint", "kevesebb, mint", "legfeljebb", "maximum", "alig"),
        "approx": ("mintegy", "körülbelül", "kb.", "nagyjából", "majdnem", "csaknem", "közel", "megközelítőleg"),
    },
    "tr": {
        "min": ("en az", "asgari"),
        "max": ("en fazla", "en çok", "azami"),
        "approx": ("yaklaşık", "tahminen", "neredeyse", "aşağı yukarı", "takriben"),
    },
    # Galician, Welsh, Irish, Belarusian and Icelandic: "máis de 2.000", "dros 2,000", "os cionn
    # 2,000", "больш за 2 тысячы", "yfir 2.000"
    "gl": {"min": ("máis de", "polo menos", "como mínimo"), "max": ("menos de", "ata", "como máximo"),
           "approx": ("arredor de", "preto de", "uns", "unhas", "aproximadamente", "case")},
    "cy": {"min": ("dros", "mwy na", "mwy nag", "o leiaf"), "max": ("llai na", "llai nag", "hyd at"),
           "approx": ("tua", "bron", "oddeutu", "rhyw")},
    "lb": {"min": ("méi wéi", "iwwer", "op d'mannst", "mindestens"), "max": ("manner wéi", "bis zu", "bis"),
           "approx": ("ronn", "bal", "ongeféier")},
    "mt": {"min": ("aktar minn", "iktar minn", "mill-inqas", "'il fuq minn"), "max": ("inqas minn", "sa"),
           "approx": ("madwar", "kważi", "xi")},
    "ga": {"min": ("os cionn", "breis is", "níos mó ná", "ar a laghad"), "max": ("níos lú ná", "suas le"),
           "approx": ("thart ar", "beagnach", "timpeall")},
    "be": {"min": ("больш за", "больш як", "звыш", "не менш за", "прынамсі"), "max": ("менш за", "менш як", "не больш за"),
           "approx": ("каля", "амаль", "прыблізна", "блізу")},
    "is": {"min": ("yfir", "meira en", "rúmlega", "að minnsta kosti"), "max": ("undir", "minna en", "allt að"),
           "approx": ("um", "tæplega", "nærri", "næstum", "í kringum", "hátt í")},
    "ca": {
        "min": ("més de", "almenys", "com a mínim"),
        "max": ("menys de", "com a màxim", "fins a"),
        "approx": ("uns", "unes", "prop de", "gairebé", "aproximadament", "al voltant de", "cap a"),
    },
    "id": _ID_BOUNDS, "ms": _MS_BOUNDS, "tl": _TL_BOUNDS, "fil": _TL_BOUNDS,
    # Basque before the figure: "gutxienez 30" (at least), "ia 500" (almost); after it, see BOUNDS_AFTER
    "eu": {"min": ("gutxienez",), "approx": ("ia", "gutxi gorabehera", "hurbil")},
    # Kinyarwanda: "barenga 2,000" (they exceed: more than), with the agreement of the noun
    # counted ("birenga", "zirenga"); "nibura" (at least), "hafi" (nearly)
    "rw": {"min": ("barenga", "birenga", "zirenga", "arenga", "irenga", "urenga", "hejuru ya", "nibura"),
           "max": ("munsi ya",), "approx": ("hafi", "hafi ya", "abagera kuri", "bagera kuri")},
    # Thai, Lao and Khmer write these before the number, often with no space after them,
    # and on the word before ("ผู้บาดเจ็บกว่า 250 คน", "ກວ່າ 3.200 ຄອບຄົວ", "ជាង១៣ម៉ឺននាក់").
    "th": {"min": ("กว่า", "มากกว่า", "เกินกว่า", "อย่างน้อย", "ไม่ต่ำกว่า"),
           "max": ("ไม่เกิน", "น้อยกว่า", "ต่ำกว่า"),
           "approx": ("ประมาณ", "ราว", "ราวๆ", "เกือบ", "กว่าๆ")},
    "lo": {"min": ("ກວ່າ", "ຫຼາຍກວ່າ", "ຢ່າງໜ້ອຍ"), "max": ("ບໍ່ເກີນ", "ໜ້ອຍກວ່າ"),
           "approx": ("ປະມານ", "ເກືອບ")},
    "km": {"min": ("ជាង", "លើសពី", "យ៉ាងតិច"), "max": ("មិនលើស", "តិចជាង", "ក្រោម"),
           "approx": ("ប្រមាណ", "ប្រមាណជា", "ប្រហែល", "ជិត")},
    "my": {"min": ("အနည်းဆုံး",), "max": ("အများဆုံး",)},
    "hy": {"min": ("ավելի քան", "ավելի, քան", "առնվազն", "ավելի շատ, քան"),
           "max": ("պակաս, քան", "պակաս քան", "ոչ ավելի, քան", "առավելագույնը"),
           "approx": ("մոտ", "շուրջ", "մոտավորապես", "գրեթե")},
    "ka": {"min": ("სულ მცირე", "არანაკლებ"), "max": ("არაუმეტეს",),
           "approx": ("დაახლოებით", "თითქმის", "დაახლ.")},
    "vi": {
        "min": ("hơn", "trên", "ít nhất", "tối thiểu"),
        "max": ("dưới", "ít hơn", "tối đa", "nhiều nhất"),
        "approx": ("khoảng", "gần", "chừng", "xấp xỉ", "ước tính"),
    },
    "ar": {
        "min": ("أكثر من", "ما يزيد على", "ما يزيد عن", "أزيد من", "ما لا يقل عن", "لا يقل عن",
                "بأكثر من", "لأكثر من", "بما يزيد على", "بما يزيد عن",
                # verbs of passing a figure: "تجاوزت حصيلة القتلى 2000" is written verb first,
                # the figure after its subject; only the verb right before the figure is read
                "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطى", "تخطت", "يتخطى", "تتخطى"),
        "max": ("أقل من", "ما لا يزيد على", "ما لا يزيد عن", "حتى"),
        "approx": ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "ما يقرب من",
                   # with "at", "by" or "to" written on them: "خسائر بنحو 3 بلايين دولار"
                   "بنحو", "لنحو", "بحوالي", "بحوالى", "بقرابة", "بما يقارب"),
    },
    "sw": {
        "min": ("zaidi ya", "angalau", "si chini ya"),
        "max": ("chini ya", "isiyozidi", "si zaidi ya"),
        "approx": ("takriban", "karibu", "kiasi cha", "kadiri ya"),
    },
    "ha": {"min": ("fiye da", "sama da", "aƙalla"), "max": ("ƙasa da",), "approx": ("kusan", "wajen", "kimanin")},
    "af": {"min": ("meer as", "minstens", "ten minste", "bo"), "max": ("minder as", "hoogstens", "hoogstens tot"),
           "approx": ("ongeveer", "sowat", "byna", "amper", "nagenoeg", "om en by", "naastenby", "bykans")},
    "so": {"min": ("in ka badan", "ka badan", "wax ka badan", "ugu yaraan"), "max": ("in ka yar", "ka yar", "ilaa"),
           "approx": ("ku dhawaad", "qiyaastii", "qiyaas ahaan", "abbaaraha")},
    "yo": {"min": ("ó lé ní", "tó lé ní", "ó kéré tán"), "approx": ("nǹkan bí", "ní nǹkan bí", "bíi")},
    # Zulu writes the number's agreement after a hyphen: "ngaphezu kuka-1 500" (more than)
    "zu": {"min": ("ngaphezu kuka-", "ngaphezu kwa-", "abangaphezu kuka-", "ezingaphezu kuka-",
                   "okungaphezu kuka-", "okungenani"), "max": ("ngaphansi kuka-", "abangaphansi kuka-"),
           "approx": ("cishe", "kungaba")},
    "am": {"min": ("ቢያንስ",), "approx": ("ወደ", "በግምት", "ገደማ")},
    "kk": {"min": ("кемінде", "кем дегенде"), "max": ("көп дегенде",), "approx": ("шамамен", "шамасы", "жуық")},
    "uz": {"min": ("kamida", "камида"), "max": ("koʻpi bilan", "кўпи билан"),
           "approx": ("taxminan", "qariyb", "salkam", "тахминан", "қарийб", "салкам")},
    "fa": {
        "min": ("بیش از", "بیشتر از", "حداقل", "دست‌کم", "دستکم"),
        "max": ("کمتر از", "حداکثر"),
        "approx": ("حدود", "حدوداً", "تقریباً", "نزدیک به"),
    },
    "az": {"min": ("ən azı", "azı", "minimum"), "max": ("ən çoxu", "maksimum"), "approx": ("təxminən", "təqribən")},
    "ckb": {"min": ("زیاتر لە", "زۆرتر لە", "لانیکەم", "بەلایەنی کەمەوە"), "max": ("کەمتر لە",),
            "approx": ("نزیکەی", "دەوروبەری", "بە نزیکەیی", "نزیکەیی")},
    "ps": {"min": ("لږ تر لږه", "لږترلږه"), "approx": ("نږدې", "نژدې", "شاوخوا", "تقریباً", "تقریبا", "کابو")},
    "hi": {"min": ("कम से कम", "कम-से-कम", "न्यूनतम"), "approx": ("लगभग", "करीब", "क़रीब", "तकरीबन")},
    "ur": {"min": ("کم از کم",), "approx": ("تقریباً", "تقریبا", "لگ بھگ", "قریب")},
    "bn": {"min": ("অন্তত", "কমপক্ষে", "ন্যূনতম"), "approx": ("প্রায়", "আনুমানিক", "প্রায")},
    "mr": {"min": ("किमान", "कमीत कमी"), "approx": ("सुमारे", "जवळपास", "अंदाजे", "साधारण")},
    "ne": {"min": ("कम्तीमा", "कम्तिमा", "न्यूनतम"), "approx": ("करिब", "लगभग", "झण्डै", "झन्डै", "अनुमानित")},
    "pa": {"min": ("ਘੱਟੋ-ਘੱਟ", "ਘੱਟੋ ਘੱਟ"), "approx": ("ਲਗਭਗ", "ਤਕਰੀਬਨ", "ਕਰੀਬ")},
    "gu": {"min": ("ઓછામાં ઓછા", "ઓછામાં ઓછું"), "approx": ("લગભગ", "આશરે", "અંદાજે", "અંદાજિત")},
    "ta": {"min": ("குறைந்தது", "குறைந்தபட்சம்"), "approx": ("சுமார்", "கிட்டத்தட்ட", "ஏறக்குறைய", "ஏறத்தாழ")},
    "te": {"min": ("కనీసం",), "approx": ("దాదాపు", "సుమారు", "దాదాపుగా", "సుమారుగా")},
    "ml": {"min": ("കുറഞ്ഞത്", "ചുരുങ്ങിയത്"), "approx": ("ഏകദേശം", "ഏതാണ്ട്")},
    "si": {"min": ("අවම වශයෙන්",), "approx": ("දළ වශයෙන්", "ආසන්න වශයෙන්")},
    # Chinese and Japanese write these on the number: "超过1500人", "約300人".
    "zh": {"min": ("超过", "超過", "逾", "至少", "最少", "不少于", "不少於", "多于", "多於"),
           "max": ("不到", "不足", "少于", "最多", "至多", "不超过"),
           "approx": ("约", "約", "大约", "大約", "近", "将近", "接近")},
    "ja": {"min": ("少なくとも", "最低"), "max": ("最大", "最多"), "approx": ("約", "およそ", "ほぼ")},
    "ko": {"min": ("최소",), "max": ("최대",), "approx": ("약", "대략")},
    "mn": {"min": ("дор хаяж",), "approx": ("ойролцоогоор", "бараг")},
    # Hebrew writes "than" and "about" on the number with a hyphen: "יותר מ-1,500", "כ-50".
    "he": {
        # and with "to" written on it: "עלה ליותר מ-2,900" (rose to more than 2,900)
        "min": ("יותר מ-", "יותר מאשר", "לפחות", "מעל", "ליותר מ-", "ליותר מאשר", "למעלה מ-",
                # "לפחות מ-" is "from at least" ("הגיעו לפחות מ-10 מדינות") but after a verb of
                # falling "to less than" ("ירד לפחות מ-500": fell below 500), read as a whole
                "לפחות מ-"),
        "max": ("פחות מ-", "פחות מאשר", "לכל היותר", "עד",
                *(verb + " לפחות מ-" for verb in ("ירד", "ירדה", "ירדו", "צנח", "צנחה", "צנחו", "הצטמצם",
                                                  "הצטמצמה", "הצטמצמו", "פחת", "פחתה", "קטן", "קטנה", "נפל",
                                                  "נפלה"))),
        "approx": ("כ-", "בערך", "קרוב ל-", "כמעט", "כמעט כ-"),
    },
}

# Verbs of passing a figure written before the figure's subject, as Arabic writes a
# sentence verb first: "تجاوزت حصيلة القتلى 2000" (the toll of the dead passed 2,000), one to
# three words between, "and" (و, ف) written on the verb or not. Right before the figure
# they are bound words of BOUNDS.
PASSING_AHEAD: Mapping[str, tuple[str, ...]] = {
    "ar": ("تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطى", "تخطت", "يتخطى", "تتخطى", "فاق", "فاقت", "يفوق",
           "تفوق"),
}
# The relative pronouns that open a clause on the subject between such a verb and its
# figure: "تجاوز عدد القتلى الذين سقطوا في الزلزال 2000" (the number of the dead who fell in
# the earthquake passed 2,000); up to six words of the clause are read past.
RELATIVES: Mapping[str, tuple[str, ...]] = {
    "ar": ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"),
}
# "From" before a figure and a verb of passing after it and its noun, as languages that put
# the verb last write "passed 2,900 people": Persian "از ۲۹۰۰ نفر گذشت" (and "از مرز ۲۹۰۰
# نفر", past the mark of), Sorani "لە ٢٩٠٠ کەس تێپەڕی", Pashto "له ۲۹۰۰ تنو واوښت".
PASSING_AROUND: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fa": (("از", "از مرز", "از رقم"), ("گذشت", "گذشته", "فراتر رفت", "فراتر رفته", "عبور کرد", "عبور کرده")),
    "ckb": (("لە",), ("تێپەڕی", "تێپەڕیوە", "تێپەڕاند")),
    "ps": (("له", "تر"), ("واوښت", "واوښتی", "اوښتی", "تېر شو")),
}

# Words written without a space that end in a bound word but are none: Thai and Lao
# "budget" ends in "about" (งบประมาณ 2.5 หมื่นล้านบาท, ງົບປະມານ 5 ຕື້ກີບ).
NOT_BOUNDS: Mapping[str, tuple[str, ...]] = {"th": ("งบประมาณ",), "lo": ("ງົບປະມານ",)}
# And the letters that, written on a bound after the figure, make it another word: Sinhala
# "පමණක්" (only) is no "පමණ" (about).
NOT_BOUNDS_AFTER: Mapping[str, tuple[str, ...]] = {"si": ("ක්",)}

# Bound words after the number (and its counter) in Chinese, Japanese and Korean:
# "1500人以上", "1500多人", "1500명 이상", "1500여 명".
BOUNDS_AFTER: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "en": {"min": ("-plus",)},  # and English "5,000-plus residents", "18-plus" (not "300 plus 20")
    "zh": {"min": ("以上", "多", "余", "餘"), "max": ("以下", "以内"), "approx": ("左右",)},
    "ja": {"min": ("以上", "超", "余り", "余"), "max": ("以下", "未満", "以内"), "approx": ("程度", "前後", "近く")},
    "ko": {"min": ("이상", "여", "넘게"), "max": ("이하", "미만"), "approx": ("가량", "정도", "안팎", "가까이", "가까운")},
    # Burmese: "၁၅၀ ကျော်" (more than 150), "၁၀၀ ခန့်" (about 100), "၁၀၀ နီးပါး" (nearly 100).
    "my": {"min": ("ကျော်",), "approx": ("ခန့်", "နီးပါး", "လောက်")},
    # Thai "1,200 กว่าหลัง": the bound written after the number, before the counter.
    "th": {"min": ("กว่า",)},
    "si": {"approx": ("පමණ",)},  # "මිලියන 15ක පමණ", about 15 million
    # Mongolian: "10 гаруй" (more than 10), "1 мянга 300 орчим" (about 1,300), "100 шахам" (nearly 100).
    "mn": {"min": ("гаруй",), "approx": ("орчим", "шахам")},
    # Amharic: "ከ1,500 በላይ" (from 1,500 up: more than), "2,000 ገደማ" (about), "የሚጠጉ" (nearing)
    "am": {"min": ("በላይ",), "max": ("በታች",), "approx": ("ገደማ", "ያህል", "የሚጠጉ", "የሚሆኑ")},
    # Basque after the figure or its noun: "500 pertsona baino gehiago" (more than 500 people),
    # "baino gutxiago" (fewer than), "1.500 lagun inguru" (about), "2.000tik gora" (from 2,000 up)
    "eu": {"min": ("baino gehiago", "gora"), "max": ("baino gutxiago", "behera"), "approx": ("inguru", "ingurua")},
}

# "To" after a verb of change is the value reached, not a bound: Russian "выручка сократилась
# на 27% — до 8,5 трлн руб." (fell to 8.5 trillion), "выросла до", Polish "wzrosła do 5%",
# Ukrainian "зросла до", Spanish "bajó ... hasta", Portuguese "caiu ... até" ("до 100
# человек", up to 100 people, stays a bound). The word for "to", and the beginnings of the
# verbs (compared folded); a dash before "to" says so too.
# Of those verbs, the ones of sentencing, whose "to" stands past an object of any length: "засудив
# колишнього міністра оборони Петровського до дев'яти років" (sentenced … to nine years).
SENTENCED_TO: Mapping[str, tuple[str, ...]] = {"uk": ("засуди", "засудж")}
CHANGED_TO: Mapping[str, tuple[str, str]] = {
    "ru": ("до", ("вырос вырас увеличил увеличива сократил сокраща снизил снижа упал упад подорожа подешеве "
                  "поднял поднима опустил опуска достиг возрос повысил повыша понизил понижа ускорил замедлил")),
    # and Ukrainian "засудив до 9 років" (sentenced to nine years)
    "uk": ("до", ("зріс зрос зроста збільши скороти скороч знизи зниж впав впал падав подорожча подешевша "
                  "досяг підвищи підвищу понизи прискори сповільни уповільни засуди засудж")),
    "pl": ("do", ("wzrósł wzrosł wzrasta zwiększ spadł spadl spada zmalał zmniejsz obniż podniós podniesi "
                  "podwyższ")),
    "bg": ("до", "нарасна нараства намаля спадна увеличи покачи повиши понижи вдигна"),
    "sl": ("do", "zrasl narasl padl upadl zmanjša poveča dvign zviša zniža"),
    # Croatian, Bosnian and Serbian "porastao je do 45", Lithuanian "išaugo iki 45", Latvian
    # "pieaudzis līdz 45" (rose to 45; "do 45 ljudi", up to 45 people, stays a bound)
    "hr": ("do", ("porast porasl narast narasl povecal povećal povećao povecao smanjio smanjil pao pala palo popeo "
                  "popela popelo podig podiza povisi sniz spust")),
    "bs": ("do", "porast porasl narast narasl povećao povecao smanjio pao pala palo popeo popela popelo podig povisi "
                 "sniz spust"),
    "sr": ("do", ("porast porasl narast narasl povećao povecao smanjio pao pala palo popeo popela popelo podig povisi "
                  "sniz spust порастао порасла нарастао повећао смањио пао пала подиг повиси сниз спуст")),
    # and the verbs that raise or lower a figure: "padidino palūkanų normą iki 10,25 proc.", "paaugstināja
    # likmi līdz 10,25%", "podigla kamatnu stopu do 10,25 posto" (raised the rate to 10.25%)
    "lt": ("iki", "išaug padidėj sumažėj pakil nukrit krito padidin sumažin pakėl pakel nuleid"),
    "lv": ("līdz", "pieaudz palielināj palielinā samazinā samazināj pieaug kritis krit paaugstin pazemin"),
    # Spanish "el paro bajó en 33.405 personas, hasta 2,76 millones" ("hasta 100 personas",
    # up to 100 people, stays a bound)
    "es": ("hasta", ("subi subie sube suben baj cay cae aument elev redu recort descend crec disminu retroced "
                     "pasa$ pasan$ pasara$ retras adelant")),
    # Portuguese "o desemprego caiu 0,4 ponto percentual, até 7,4%"
    "pt": ("até", "caiu cair caem subi sobe sobem aument recu redu diminu cresc elev baix"),
    # Italian "i disoccupati sono calati di 12.000 unità, fino a 45.000" ("fino a 500 persone",
    # up to 500 people, stays a bound)
    # and the present and future of "passes from … to", "raises", "brings": "l'età pensionabile passa da 62 a 64 anni",
    # "alza l'età da 62 a 64", "porta l'età da 62 a 64" (a range keeps its "tra 62 e 64")
    "it": ("fino a", ("calat calan calerà cala scend sces aument salit salgon cresc diminu ridott ridu passat "
                      "passa$ passano$ passerà$ alza alzat alzan innalz eleva elevat rialz abbass porta$ portat "
                      "portano$ porterà$ sposta spostat")),
}

# The figures of a change: its verbs (the beginnings, compared folded: those of :data:`CHANGED_TO`
# and more), and the words before its amount ("by"), the value it started from ("from") and
# the value it reached ("to"), each a space-separated list: "unemployment rose to 4.0% from
# 3.9%", "a baissé de 37 000 au quatrième trimestre, à 2,8 millions", "sono calati di 12.000,
# fino a 45.000", "stieg um 8.000 auf 2,81 Millionen". A figure right after the verb is its
# amount ("rose 3%"), and one after "to a total of" the value reached ("bajó en 60.503 personas,
# hasta un total de 2.666.500"). Where the words for "by" and "from" are one ("baissé de", "passé de"),
# the figure is read as the amount. A verb is a beginning of words, or a whole word where it
# ends in "$" ("up$": "closed up 0.8% at 7,931", not "update").
_HR_CHANGES = ("poveca povisi podize podigne podignu smanj porast pao pala pada raste narast produz povećа povećа",
               ("za", "за"), ("sa", "s", "od", "са", "с", "од"), ("na", "на"))
_TL_CHANGES = (("tumaas tataas itinaas itataas nagtaas magtataas bumaba bababa ibinaba ibababa nagbaba "
                "magbababa bumagsak babagsak lumago lalago lumiit liliit"), (), ("mula sa", "mula"),
               ("sa", "hanggang sa", "hanggang"))
_NB_CHANGES = ("hev hevet senk senket steg stiger steget økt økte falt faller sank", ("med",), ("fra",), ("til",))
CHANGES: Mapping[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (("rose rise rises risen rising fell fall falls fallen falling climb jump increas decreas declin "
            "drop slid slip grew grow surg eased eases easing plung soar dipp tumbl gained gains up$ down$ "
            "slowed slows slowing accelerat cooled cools cooling quicken narrow widen shrank shrink expand "
            # and a change made: "raised its key rate from 4.25% to 5%", "cut the forecast to 2%"
            "rais lower cut$ cuts$ cutting hike slash trimm trims$ trim$ reduc boost lifted lifts$ lift$"),
           ("by",), ("from",), ("to", "at", "to a total of")),
    "fr": (("baiss augment recul progress grimp chut diminu hauss passé passée passait bondi passera passent "
            "repouss relev porte$ portee$ portera avanc abaiss"), ("de",),
           ("de", "du", "des"), ("à", "à un total de")),
    "de": (("stieg steig gestiegen sank sink gesunken fiel fäll gefallen wuchs wächst gewachsen erhöh verringer "
            "zurückgegangen kletter senk gesenkt angehoben anheb"), ("um",), ("von", "nach"), ("auf",)),
    # the Scandinavian languages: "höjde styrräntan från 4,25 till 4,75 procent", "steg med 2 procent"
    "sv": ("höj höjd höjt sänk sänkt steg stiger stigit ök minsk sjönk sjunk sjunkit föll faller fallit",
           ("med",), ("från",), ("till",)),
    "da": ("hæv sænk steg stiger steget øge øget faldt falder faldet", ("med",), ("fra",), ("til",)),
    "nb": _NB_CHANGES, "nn": _NB_CHANGES,
    "it": (CHANGED_TO["it"][1], ("di", "del", "dello", "dell'"), ("da", "dal", "dallo", "dalla", "dall'", "dai", "dalle"),
           ("a", "al", "allo", "alla", "all'", "fino a", "a un totale di", "fino a un totale di")),
    "es": (CHANGED_TO["es"][1] + " subida bajada alza caída descenso moder repunt", ("en", "del"),
           ("desde", "desde el", "desde los", "de"),
           ("hasta", "hasta los", "hasta las", "a", "al", "a los", "hasta un total de", "a un total de")),
    "pt": (CHANGED_TO["pt"][1], ("em",), ("de", "do", "da", "dos", "das"),
           ("até", "para", "a", "ao", "aos", "às", "para os", "para as", "para um total de", "até um total de")),
    # and Galician, Catalan with their articles on "from" and "to": "dos 62 aos 65 anos", "dels 62 als 65 anys"
    "gl": ("aument elev subi baix reduc", ("en",), ("de", "do", "da", "dos", "das"),
           ("a", "ao", "aos", "á", "ás", "ata")),
    # Romanian: "vârsta de pensionare crește de la 62 la 64 de ani", "a majorat dobânda cu 0,25 puncte"
    "ro": (("creste crescut cresc scade scazut scad majora majorat reduce redus urca urcat cobor mareste marit "
            "ridica ridicat diminua diminuat"), ("cu",), ("de la",), ("la", "pana la")),
    "ca": ("augment eleva puja baixa redu", ("en",), ("de", "del", "dels", "de les"),
           ("a", "al", "als", "a les", "fins a", "fins als")),
    # the Slavic "from … to" of a change: "zvyšuje věk z 62 na 65 let", "z 62 na 65 rokov",
    # "povećava se sa 62 na 65 godina", "повишава от 62 на 65 години"
    "cs": ("zvys zvýš sniz sníž klesl klesa klesn vzrost rost stoup prodlouz prodlouž zkrat posun", ("o",),
           ("z", "ze"), ("na",)),
    "sk": ("zvys zvýš zniz zníž klesol klesl klesa vzrast rast stup predlz predĺž skrat posun", ("o",),
           ("z", "zo"), ("na",)),
    "hr": _HR_CHANGES, "bs": _HR_CHANGES, "sr": _HR_CHANGES,
    "bg": ("увелич повиш намал покач спадн нараст", ("с",), ("от",), ("на",)),
    # Greek: "αυξάνεται από τα 62 στα 65 έτη"
    "el": ("αυξ αύξ μειω μείω ανεβ ανέβ", ("κατά",), ("από", "από τα", "από το", "από τις"),
           ("σε", "στα", "στο", "στις", "στους", "στη", "στην")),
    "ru": (CHANGED_TO["ru"][1], ("на",), ("с", "со"), ("до",)),
    "uk": (CHANGED_TO["uk"][1], ("на",), ("з", "із", "зі"), ("до",)),
    "pl": (CHANGED_TO["pl"][1], ("o",), ("z", "ze"), ("do",)),
    # and the particle of a verb Dutch splits: "nam in februari toe met 9.000 tot 370.000", "nam met 12.000 af tot"
    "nl": ("stijg steeg gestegen daal gedaald toegenomen afgenomen groei gegroeid toe$ af$ opgelopen teruggelopen",
           ("met",), ("van",), ("naar", "tot")),
    # Vietnamese: "tăng từ 3,98% lên 4,2%", "giảm 500 đồng xuống còn 24.000 đồng"
    "vi": ("tăng$ giảm$", (), ("từ",), ("lên", "xuống", "còn", "xuống còn", "lên mức")),
    # Tagalog writes its aspects with infixes and reduplication, each form a word of its own:
    # "ibinaba ng bangko sentral ang interest rate sa 3.25% mula sa 3.5%" ("ng" is every genitive's)
    "tl": _TL_CHANGES, "fil": _TL_CHANGES,
    # Indonesian and Malay: "turun menjadi 4,82 persen dari 5,45 persen", "berkurang 790 ribu orang menjadi 7,2 juta"
    "id": ("naik turun meningkat menurun bertambah berkurang melonjak merosot anjlok",
           ("sebesar", "sebanyak"), ("dari",), ("menjadi", "ke")),
    # and Malay's own "to" and "from": "turun kepada 3.2 peratus daripada 4.1 peratus"
    "ms": ("naik turun meningkat menurun bertambah berkurang melonjak merosot anjlok susut",
           ("sebesar", "sebanyak"), ("dari", "daripada"), ("menjadi", "ke", "kepada")),
    "ar": ("ارتفع ارتفعت انخفض انخفضت تراجع تراجعت زاد زادت صعد صعدت هبط هبطت قفز قفزت نما نمت",
           ("بنسبة", "بمقدار"), ("من",), ("إلى", "الى")),
    # Swahili verbs carry their subject and tense: "ulipungua hadi asilimia 6.3 kutoka asilimia 6.9"
    "sw": (" ".join(subject + tense + root for subject in ("u", "i", "ya", "zi", "li") for tense in ("li", "me", "na")
                    for root in ("pungua", "panda", "ongezeka", "shuka")), ("kwa",), ("kutoka",), ("hadi", "mpaka")),
    # Turkish and Azerbaijani write the part on the figure: "92 bin kişi azalarak 3 milyon 58 bin
    # kişiye geriledi" (fell by 92,000 to 3,058,000), "yüzde 67'den yüzde 68,5'e yükseldi" (see
    # :data:`CHANGE_CASES`)
    "tr": ("art azal yuksel dus gerile tirman cik", (), (), ()),
    "az": ("art azal yuksel dus gerile enib endi enerek", (), (), ()),
    "hu": ("emelked emelt nott novek nove csokken csokkent esett zuhant ugrott merseklod", (), (), ()),
    # Finnish and Estonian write the part on the figure's noun as well, the verb most often
    # before it: "nostaa eläkeikää 65 vuodesta 67 vuoteen", "tõstab pensioniiga 65 aastalt 67 aastale"
    "fi": ("nous nost lask kasv vähen pienen suuren kohos kohoa putos putoa alen alent korot", (), (), ()),
    "et": ("tõus tõst lange langet kasv vähen suuren kerk alan kahan", (), (), ()),
    # Chinese, written without spaces: "上证指数上涨35点，报3047点" (rose 35 points, to 3,047),
    # "从3.9%升至4.0%"
    "zh": ("上涨 下跌 上升 下降 增长 减少 增加 回落 下滑 攀升 涨 跌 升 降", ("了",), ("从", "由"),
           ("报", "至", "到", "达", "为", "收于")),
}
# Words before the value a figure is compared with, which is no statement of the figure's
# subject now: "a atteint 5,5 % du PIB en 2023, contre 4,8 % en 2022", "rose 3% compared
# with 2.5%", "wzrosła do 5,4 proc. wobec 5,3 proc.", "7,7% против 7,4%", "2,7% после 2,8%" (after).
COMPARED_WITH: Mapping[str, tuple[str, ...]] = {
    "en": ("compared with", "compared to", "versus", "vs", "vs."),
    "es": ("frente a", "frente al"), "it": ("rispetto a", "rispetto al", "rispetto allo", "contro"),
    "pt": ("ante", "contra", "em comparação com"), "ru": ("против", "после", "по сравнению с", "в сравнении с"),
    "uk": ("проти", "після", "порівняно з", "порівняно із", "у порівнянні з"),
    "pl": ("wobec", "w porównaniu z", "w porównaniu do"),
    "de": ("gegenüber", "im Vergleich zu", "im Vergleich zum", "verglichen mit"),
    "nl": ("tegen", "vergeleken met", "tegenover"), "fr": ("contre", "par rapport à", "comparé à"),
    "fa": ("در مقایسه با", "نسبت به"), "id": ("dibandingkan", "dibandingkan dengan"), "ms": ("berbanding",),
    # "ارتفع معدل البطالة إلى 7.1% مقارنة بـ 6.9%", "32.5% في أبريل مقابل 33.3% في مارس"
    "ar": ("مقارنة بـ", "مقارنة ب", "بالمقارنة مع", "مقابل"),
    # "67,3 procent mod 58,88 procent", "mot", "jämfört med", "față de", "en comparació amb", "fronte a"
    "da": ("mod", "sammenlignet med"), "nb": ("mot", "sammenlignet med"), "sv": ("mot", "jämfört med"),
    "ro": ("față de", "comparativ cu"), "ca": ("davant", "davant del", "en comparació amb"),
    "gl": ("fronte a", "fronte ao", "en comparación con"),
}

# Words that say a figure is one stated before, which a later figure of the same thing
# replaces: "Кількість загиблих зросла до 139, раніше повідомлялося про 137 загиблих", "Zuvor
# war von 137 Toten die Rede", "此前为137人", "앞서 당국은 사망자를 137명으로 발표했다". Read
# in the clause before the figure; before a date, they make it another event's, one before
# the event told of ("Earlier, on 18 October, the United States vetoed a draft").
EARLIER: Mapping[str, tuple[str, ...]] = {
    "en": ("earlier", "previously", "initially"), "de": ("zuvor", "vorher", "zunächst", "ursprünglich"),
    "fr": ("auparavant", "précédemment", "initialement", "plus tôt"),
    "es": ("anteriormente", "inicialmente", "previamente"), "pt": ("anteriormente", "inicialmente"),
    "it": ("in precedenza", "inizialmente", "precedentemente"), "nl": ("eerder", "aanvankelijk", "voorheen"),
    "ru": ("ранее", "прежде", "первоначально", "изначально"), "uk": ("раніше", "спочатку", "попередньо"),
    "pl": ("wcześniej", "początkowo", "uprzednio"), "id": ("sebelumnya", "semula"), "ms": ("sebelumnya", "semula"),
    "tr": ("daha önce",), "vi": ("trước đó",), "ar": ("سابقا", "سابقاً", "في وقت سابق"),
    "fa": ("پیش از این", "پیشتر", "قبلا", "قبلاً"), "hi": ("इससे पहले",), "sw": ("awali", "hapo awali"),
    "bn": ("এর আগে", "ইতিপূর্বে"), "ta": ("முன்னதாக", "இதற்கு முன்பு"), "ur": ("اس سے قبل", "اس سے پہلے", "قبل ازیں"),
    "th": ("ก่อนหน้านี้", "ก่อนหน้านั้น"),
    "zh": ("此前", "先前", "早前"), "ja": ("これまで", "当初", "これに先立ち", "これに先立って"), "ko": ("앞서", "당초"),
    "he": ("קודם לכן", "לפני כן", "בעבר"), "hy": ("ավելի վաղ", "նախկինում"), "ka": ("მანამდე", "ადრე"),
    "kk": ("бұған дейін", "осыған дейін", "бұрын"), "az": ("daha əvvəl", "bundan əvvəl", "əvvəlcə"),
    "el": ("νωρίτερα", "προηγουμένως", "αρχικά"), "ro": ("anterior", "inițial", "mai devreme"),
    "bg": ("по-рано", "преди това", "първоначално"), "hr": ("ranije", "prethodno", "prvotno"),
    "bs": ("ranije", "prethodno", "prvobitno"), "sr": ("ranije", "prethodno", "раније", "претходно"),
    "cs": ("dříve", "předtím", "původně"), "sk": ("predtým", "pôvodne"), "sl": ("prej", "predhodno", "sprva"),
    "hu": ("korábban", "kezdetben"),
}

# Words that say a figure is aimed at, foreseen or asked for, not reached nor decided,
# which a figure stated otherwise replaces: "on track to meet its target of around 820
# deliveries", "l'objectif d'environ 820 livraisons", "el objetivo de unas 820 entregas",
# "das Ziel von rund 820 Auslieferungen", "analysts had forecast 540", "Prosecutors had
# sought 15 years", "دادستانی خواستار ۱۵ سال زندان شده بود". Read in the figure's clause
# before it; AIMED_AFTER in the clause after it, where the verb comes last ("禁錮15年を求刑
# していた", "징역 15년을 구형했었다", "15 yıl hapis talep etmişti", "hatte 15 Jahre gefordert").
AIMED: Mapping[str, tuple[str, ...]] = {
    "en": ("target", "target of", "goal of", "forecast", "forecast of", "forecasts of", "estimates of",
           "sought", "had sought", "demanded", "had demanded", "had asked for", "requested"),
    "fr": ("objectif", "objectif de", "objectif d", "prévision", "prévisions", "avait requis", "a requis",
           "requérait"),
    "es": ("objetivo", "objetivo de", "meta de", "previsión", "previsiones", "había pedido", "pidió",
           "había solicitado", "solicitaba"),
    "pt": ("meta", "meta de", "objetivo", "objetivo de", "previsão", "havia pedido", "tinha pedido", "pediu"),
    "it": ("obiettivo", "obiettivo di", "previsione", "previsioni", "aveva chiesto", "aveva richiesto"),
    "de": ("Ziel", "Ziel von", "Prognose", "forderte", "beantragte"), "nl": ("doel", "doelstelling", "prognose", "eiste"),
    "pl": ("cel", "prognoza", "prognozy", "domagała się", "domagał się", "żądała"),
    "ru": ("цель", "прогноз", "просила", "просил", "просило", "просили", "требовала", "требовал", "требовало",
           "требовали", "запрашивала", "запросила", "запросило", "запросил"),
    "uk": ("мета", "прогноз", "просила", "просив", "вимагала"),
    "vi": ("mục tiêu", "dự báo", "đề nghị"), "id": ("target", "perkiraan", "proyeksi", "menuntut"),
    "tr": ("hedef", "hedefi"), "fa": ("خواستار",), "ar": ("طالبت", "طالب"),
    # what a prosecutor had asked for, before the figure: "прокуратурата беше поискала 12
    # години", "התביעה ביקשה 12 שנות מאסר", "procurorii ceruseră 12 ani", "тужилаштво је
    # тражило 12 година"
    "bg": ("поискала", "поиска", "поискаха", "искаше"), "he": ("ביקשה", "ביקש", "דרשה", "דרש"),
    "ro": ("ceruseră", "ceruse", "a cerut", "au cerut", "solicitase", "solicitaseră"),
    "sr": ("тражило", "тражила", "тражио", "tražilo", "tražila", "tražio", "zahtevalo", "zahtevala", "zahtevao"),
    "hr": ("tražilo", "tražila", "tražio", "zahtijevalo", "zahtijevala", "zahtijevao"),
    "bs": ("tražilo", "tražila", "tražio", "zahtijevalo", "zahtijevala"),
    "sl": ("zahtevalo", "zahtevala", "zahteval", "predlagalo", "predlagala"),
    "fi": ("vaati", "oli vaatinut", "vaatinut"), "et": ("nõudnud", "nõudis", "oli nõudnud"),
    "lt": ("prašė", "prašiusi", "prašęs", "reikalavo"), "lv": ("prasīja", "pieprasīja", "bija prasījusi"),
    "be": ("прасіла", "прасіў", "патрабавала", "патрабаваў"),
    "sv": ("yrkade", "hade yrkat", "begärde"), "da": ("krævede", "havde krævet", "påstod"),
    "nb": ("krevde", "hadde krevd", "la ned påstand om"),
    # "Обвинителството бараше осум години", "Prokuroria kishte kërkuar tetë vjet"
    "mk": ("бараше", "побара", "бараа", "побараа"),
    # "Մեղադրող կողմը պահանջել էր 18 տարի", "ბრალდება 18 წელს ითხოვდა" (had asked for)
    "hy": ("պահանջել էր", "պահանջում էր", "պահանջել է"), "ka": ("ითხოვდა", "მოითხოვა"),
    "kk": ("сұраған", "сұрады", "талап етті"), "az": ("tələb etmişdi", "tələb edib", "istəmişdi"), "sq": ("kishte kërkuar", "kërkoi", "kërkonte", "kishin kërkuar"),
    "eu": ("behar diren", "behar dituen", "beharrezkoak diren"),  # "gehiengo osorako behar diren 38 eserlekuak"
}
# Verbs of expecting and projecting, before the figure: "the bank expects inflation to reach
# 5.2% next year", "prevé que la inflación llegue al 5,2%", "erwartet eine Inflation von 5,2 %".
_FORESEEN: Mapping[str, tuple[str, ...]] = {
    "en": ("expects", "expected", "projects", "projected", "forecasts", "forecast to"),
    "de": ("erwartet", "rechnet mit", "prognostiziert"), "fr": ("prévoit", "table sur", "anticipe"),
    "es": ("prevé", "espera", "proyecta", "estima que"), "it": ("prevede", "stima", "si aspetta"),
    "pt": ("prevê", "projeta", "espera"), "nl": ("verwacht",), "sv": ("räknar med", "väntas", "förväntas"),
    "pl": ("spodziewa się", "prognozuje", "przewiduje"), "cs": ("očekává", "předpokládá"),
    "ru": ("ожидает", "прогнозирует", "ожидается", "составит"), "uk": ("очікує", "прогнозує", "очікується", "становитиме"),
}
AIMED = {language: (*AIMED.get(language, ()), *_FORESEEN.get(language, ())) for language in sorted({*AIMED, *_FORESEEN})}
AIMED_AFTER: Mapping[str, tuple[str, ...]] = {
    # and a threshold needed: "少なくとも91票が必要となる", "최소 91표가 필요하다"
    "ja": ("求刑", "見込み", "見通し", "と予想", "と予測", "が必要"),
    "ko": ("구형", "로 예상", "으로 예상", "로 전망", "으로 전망", "예상된다", "전망된다", "가 필요", "이 필요"), "tr": ("talep",),
    "de": ("gefordert", "beantragt", "nötig", "notwendig", "erforderlich", "benötigt", "ausgezählt"),
    "hi": ("मांग", "माँग"),
    # and where the verb follows the figure: "12 évet kért" (asked for 12 years), "১২ বছর চেয়েছিল"
    "hu": ("kért", "kérte", "kértek", "szükséges"), "bn": ("চেয়েছিল", "চেয়েছিলেন", "চায়"),
    # a threshold needed ("14 short of the 101 needed", "101 Sitze sind nötig") and the share of
    # votes counted ("con el 99,8 % de los votos escrutados"): no figure of the fact itself
    "en": ("needed", "required", "counted"),
    # (and the majority a number of seats marks: "38 diputats que marca la majoria absoluta")
    "es": ("necesarios", "necesarias", "escrutado", "escrutada", "que marca la mayoría", "que marcan la mayoría"),
    "ca": ("necessaris", "necessàries", "escrutat", "escrutada", "que marca la majoria", "que marquen la majoria"),
    "gl": ("necesarios", "necesarias", "escrutado", "escrutada", "que marca a maioría", "que marcan a maioría"),
    "da": ("nødvendige", "kræves", "optalt", "talt op"), "nb": ("nødvendige", "kreves", "opptalt", "telt opp"),
    "pt": ("necessários", "necessárias", "apurados", "apuradas"), "fr": ("nécessaires", "requis", "dépouillés"),
    "it": ("necessari", "necessarie", "scrutinate", "scrutinati"), "nl": ("nodig", "geteld"),
    "pl": ("potrzebnych", "wymaganych", "przeliczonych"), "cs": ("potřebných", "sečtených"),
    "ro": ("necesare", "numărate"), "sv": ("krävs", "räknade"),
}

# And the words after it where a language writes "than" or "compared with" after the figure,
# past a case ending on it: Hindi "पिछले साल के 4.7 प्रतिशत के मुकाबले 4.83 प्रतिशत", Bengali
# "গত বছরের ৯.২৪ শতাংশের তুলনায়".
COMPARED_AFTER: Mapping[str, tuple[str, ...]] = {
    "hi": ("के मुकाबले", "की तुलना में", "के मुक़ाबले"), "ur": ("کے مقابلے", "کے مقابلے میں"),
    "bn": ("তুলনায়",), "ne": ("को तुलनामा",), "mr": ("च्या तुलनेत",),
}

# The endings of a change where the figure's case says its part, folded: the amount before a
# converb of change ("92 bin kişi azalarak", by 92,000), the value reached in the dative
# ("kişiye", "68,5'e"), the value it started from in the ablative ("67'den") or before the
# participle of being that makes it the subject's ("şubatta yüzde 67,07 olan yıllık enflasyon
# martta yüzde 68,50'ye çıktı", the inflation that was 67.07% in February rose to 68.50%); as
# (converb endings, dative, ablative, participles).
CHANGE_CASES: Mapping[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "tr": (("arak", "erek"), ("e", "a"), ("den", "dan", "ten", "tan"), ("olan",)),
    "az": (("araq", "erek"), ("e", "a"), ("den", "dan"), ("olan",)),
    # Hungarian after a hyphen on the figure: "29-ről 37-re emelkedett" (rose from 29 to 37)
    "hu": ((), ("re", "ra"), ("rol", "tol", "bol"), ()),
    # Finnish: the illative reached ("67 vuoteen", "4,1 prosenttiin", "3 miljoonaan"), the
    # elative it started from ("65 vuodesta", "3,9 prosentista"); Estonian: the allative
    # reached ("67 aastale"), the ablative it started from ("65 aastalt")
    "fi": ((), ("aan", "een", "iin", "oon", "uun", "yyn", "seen", "siin"), ("sta",), ()),
    "et": ((), ("le",), ("lt",), ()),
}
# The languages of CHANGE_CASES whose verb of change stands as often before its figures
# ("nousi 3,9 prosentista 4,1 prosenttiin") as after them ("65-ről 67-re emelik").
CHANGE_CASES_VERB_BEFORE: frozenset[str] = frozenset({"fi", "et", "hu"})

# Japanese and Korean write the word of a change after its amount, and a particle on the value
# reached or the value it started from: "前日比744円63銭高の3万9910円82銭" (744.63 yen higher,
# at 39,910.82), "2.6%に上昇" (rose to 2.6%), "3.9%から" (from 3.9%), "25.3포인트 오른 2,674.27로
# 마감했다" (closed 25.3 points up, at 2,674.27); as (the words of change, the particles of the
# value reached, those of the value it started from).
PARTICLE_CHANGES: Mapping[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    # and a rate raised or cut by an amount: "政策金利を0.5%引き上げ、4.75%とした", "0.25%利下げ"
    "ja": ("上昇 下落 高 安 増 減 値上がり 値下がり 上げ 下げ 伸び 低下 引き上げ 引き下げ 引上げ 引下げ 利上げ 利下げ",
           ("に", "とし", "とする"), ("から",)),  # "4.75%とした": set it at
    # and a rate raised or cut: "연 3.50%에서 3.25%로 0.25%포인트 인하했다", "2.1%에서 1.9%로 낮췄다"
    # and what a rate is compared with, "than", after its figure and the parenthesis it may stand in:
    # "2.9%로 전월(3.1%)보다 0.2%포인트 낮아졌다" (2.9%, 0.2 points lower than the month before's 3.1%)
    "ko": (("오른 올라 오르 올랐 상승 하락 내린 내려 내렸 떨어 늘어 늘었 줄어 줄었 증가 감소 인하 인상 낮췄 낮춰 낮춘 높였 높여 높인 "
            "올렸 올린 낮아 높아"), ("로", "으로"), ("에서", "보다", ")보다")),
    # Hindi: "6.55 अरब डॉलर बढ़कर 625.6 अरब डॉलर पर पहुंच गया" (rose by 6.55 billion dollars to 625.6 billion)
    # and a level someone changed: "रेपो दर को 6.5 प्रतिशत से घटाकर 6.25 प्रतिशत कर दिया" (cut from 6.5 to 6.25 per cent)
    "hi": ("बढ़कर बढकर घटकर उछलकर फिसलकर गिरकर बढ़ाकर बढाकर घटाकर", ("पर", "तक"), ("से",)),
    # Punjabi and Urdu write the converb apart ("_" stands for the space): "36 ਤੋਂ ਵਧ ਕੇ 38",
    # "36 سے بڑھ کر 38" (rose from 36 to 38)
    "pa": ("ਵਧ_ਕੇ ਵਧਕੇ ਘਟ_ਕੇ ਘਟਕੇ ਡਿੱਗ_ਕੇ ਵਧਾ_ਕੇ ਘਟਾ_ਕੇ", ("ਤੱਕ", "'ਤੇ", "ਤੇ"), ("ਤੋਂ",)),
    "ur": ("بڑھ_کر گھٹ_کر گر_کر بڑھا_کر گھٹا_کر کم_کر", ("پر", "تک"), ("سے",)),
}

# Vague quantities: "several thousand", "kilka tysięcy", "несколько тысяч", "hundreds of",
# "kilkaset", "десятки тысяч". Not one figure but a range, from twice the order named to
# below ten times it: "several thousand" is 2,000 to 9,999 (so it agrees with "more than
# 1,000" and contradicts 1,500 and 10,000), "hundreds" 200 to 999, "tens of thousands"
# 20,000 to 99,999, "kilkanaście" (a dozen or so) 11 to 19. A word for "several" is a
# figure only before a multiplier or a hundred ("kilka tysięcy", "several hundred";
# "several people" states no count); the others stand alone, each with its range
# (the lower end and the end it stays below), and take a multiplier after them too
# ("kilkadziesiąt tysięcy", 20,000 to 99,999). Hand-written: CLDR has no such words.
SEVERAL: Mapping[str, str] = {
    "en": "several few", "de": "mehrere einige paar", "fr": "plusieurs quelques", "es": "varios varias",
    "pt": "vários várias alguns algumas", "it": "diverse diversi alcune alcuni qualche",
    "nl": "enkele paar meerdere", "ru": "несколько нескольких", "uk": "кілька кількох декілька декількох",
    "be": "некалькі", "pl": "kilka kilku kilkoma parę paru", "cs": "několik několika",
    "sk": "niekoľko niekoľkých", "hr": "nekoliko više", "sr": "nekoliko više неколико више",
    "bs": "nekoliko više",
    "sl": "nekaj več", "bg": "няколко", "el": "μερικές μερικά αρκετές αρκετά", "hu": "több néhány pár",
    "ro": "câteva cateva",
}
_HUNDREDS, _THOUSANDS, _TENS = (200.0, 1000.0), (2000.0, 10000.0), (20.0, 100.0)
_TENS_OF_THOUSANDS, _HUNDREDS_OF_THOUSANDS = (20000.0, 100000.0), (200000.0, 1000000.0)
def _about(number: float) -> tuple[float, float]:
    """The range of a collective numeral that says "about" a number, a quarter either side:
    "une vingtaine" is 15 to 25."""
    return float(round(number * 0.75)), float(round(number * 1.25) + 1)


# Collective numerals with their article, each about its number: "une vingtaine de morts"
# (some twenty dead), "una decena de heridos", "un centinaio di persone", "uma centena"
# ("une quarantaine", "una cuarentena" are as often a quarantine, "uma quinzena" a fortnight).
_COLLECTIVES: Mapping[str, Mapping[str, float]] = {
    "fr": {"une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30,
           "une cinquantaine": 50, "une soixantaine": 60, "une centaine": 100, "un millier": 1000},
    "es": {"una decena": 10, "una docena": 12, "una veintena": 20, "una treintena": 30, "un centenar": 100,
           "un millar": 1000},
    "it": {"una decina": 10, "una dozzina": 12, "una quindicina": 15, "una ventina": 20, "una trentina": 30,
           "una quarantina": 40, "una cinquantina": 50, "una sessantina": 60, "un centinaio": 100,
           "un migliaio": 1000},
    "pt": {"uma dezena": 10, "uma dúzia": 12, "uma centena": 100, "um milhar": 1000},
}

VAGUE: Mapping[str, Mapping[str, tuple[float, float]]] = {
    "en": {"dozens": (24.0, 100.0), "hundreds": _HUNDREDS, "thousands": _THOUSANDS,
           "tens of thousands": _TENS_OF_THOUSANDS, "hundreds of thousands": _HUNDREDS_OF_THOUSANDS},
    "de": {"dutzende": (24.0, 100.0), "hunderte": _HUNDREDS, "tausende": _THOUSANDS,
           "zehntausende": _TENS_OF_THOUSANDS, "hunderttausende": _HUNDREDS_OF_THOUSANDS},
    "fr": {"dizaines": _TENS, "centaines": _HUNDREDS, "milliers": _THOUSANDS,
           "dizaines de milliers": _TENS_OF_THOUSANDS, "centaines de milliers": _HUNDREDS_OF_THOUSANDS},
    "es": {"decenas": _TENS, "cientos": _HUNDREDS, "centenares": _HUNDREDS, "miles": _THOUSANDS,
           "decenas de miles": _TENS_OF_THOUSANDS, "cientos de miles": _HUNDREDS_OF_THOUSANDS},
    "pt": {"dezenas": _TENS, "centenas": _HUNDREDS, "milhares": _THOUSANDS,
           "dezenas de milhares": _TENS_OF_THOUSANDS, "centenas de milhares": _HUNDREDS_OF_THOUSANDS},
    "it": {"decine": _TENS, "centinaia": _HUNDREDS, "migliaia": _THOUSANDS,
           "decine di migliaia": _TENS_OF_THOUSANDS, "centinaia di migliaia": _HUNDREDS_OF_THOUSANDS},
    "nl": {"tientallen": _TENS, "honderden": _HUNDREDS, "duizenden": _THOUSANDS,
           "tienduizenden": _TENS_OF_THOUSANDS, "honderdduizenden": _HUNDREDS_OF_THOUSANDS},
    "ru": {"десятки": _TENS, "десятков": _TENS, "сотни": _HUNDREDS, "сотен": _HUNDREDS,
           "тысячи": _THOUSANDS},
    "uk": {"десятки": _TENS, "десятків": _TENS, "сотні": _HUNDREDS, "сотень": _HUNDREDS,
           "кількасот": _HUNDREDS, "тисячі": _THOUSANDS},
    "pl": {"kilkanaście": (11.0, 20.0), "kilkunastu": (11.0, 20.0), "kilkadziesiąt": _TENS,
           "kilkudziesięciu": _TENS, "kilkaset": _HUNDREDS, "kilkuset": _HUNDREDS, "dziesiątki": _TENS,
           "dziesiątek": _TENS, "setki": _HUNDREDS, "setek": _HUNDREDS, "tysiące": _THOUSANDS},
    "cs": {"desítky": _TENS, "desítek": _TENS, "stovky": _HUNDREDS, "stovek": _HUNDREDS, "tisíce": _THOUSANDS},
    "sk": {"desiatky": _TENS, "desiatok": _TENS, "stovky": _HUNDREDS, "stoviek": _HUNDREDS, "tisíce": _THOUSANDS},
    "hr": {"desetci": _TENS, "deseci": _TENS, "desetaka": _TENS, "stotine": _HUNDREDS, "tisuće": _THOUSANDS},
    "sr": {"desetine": _TENS, "stotine": _HUNDREDS, "hiljade": _THOUSANDS, "десетине": _TENS,
           "стотине": _HUNDREDS, "хиљаде": _THOUSANDS},
    "bs": {"desetine": _TENS, "stotine": _HUNDREDS, "hiljade": _THOUSANDS},
    "sl": {"desetine": _TENS, "stotine": _HUNDREDS, "tisoče": _THOUSANDS},
    "bg": {"десетки": _TENS, "стотици": _HUNDREDS, "хиляди": _THOUSANDS},
    "el": {"δεκάδες": _TENS, "εκατοντάδες": _HUNDREDS, "χιλιάδες": _THOUSANDS,
           "δεκάδες χιλιάδες": _TENS_OF_THOUSANDS, "εκατοντάδες χιλιάδες": _HUNDREDS_OF_THOUSANDS},
    "hu": {"tucatnyi": _TENS, "százak": _HUNDREDS, "ezrek": _THOUSANDS, "tízezrek": _TENS_OF_THOUSANDS},
    "ro": {"zeci": _TENS, "sute": _HUNDREDS, "mii": _THOUSANDS, "zeci de mii": _TENS_OF_THOUSANDS,
           "sute de mii": _HUNDREDS_OF_THOUSANDS},
}


def _collectives(language: str) -> dict[str, float]:
    """The collective numerals of a language (:data:`_COLLECTIVES`), and each of thousands
    ("une centaine de milliers", some 100,000), by the language's vague thousands and linker."""
    thousands = [word for word, span in VAGUE.get(language, {}).items() if span == _THOUSANDS]
    linker = LINKERS.get(language, "").split()[:1]
    found = dict(_COLLECTIVES.get(language, {}))
    for word, number in _COLLECTIVES.get(language, {}).items():
        found.update({f"{word} {linker[0]} {plural}": number * 1000 for plural in thousands if linker and number < 1000})
    return found


VAGUE = {language: {**VAGUE.get(language, {}), **{word: _about(n) for word, n in _collectives(language).items()}}
         for language in {*VAGUE, *_COLLECTIVES}}
# The plural of "hundred" after "several" where it is no number word: "несколько сотен",
# "kilka set", "několik set", "nekoliko stotina", "câteva sute".
HUNDREDS: Mapping[str, str] = {
    "ru": "сотен", "uk": "сотень", "pl": "set", "cs": "set stovek", "sk": "stoviek", "hr": "stotina",
    "sr": "stotina стотина", "bs": "stotina", "sl": "sto", "bg": "стотин", "ro": "sute", "el": "εκατοντάδες",
}
# Plurals of the vague quantities that are also the genitive singular, which a bound word
# before them governs: Russian "более тысячи человек" (more than a thousand), "около
# сотни", Ukrainian "близько тисячі", Croatian and Serbian "više od tisuće", "oko stotine".
VAGUE_SINGULAR: Mapping[str, Mapping[str, float]] = {
    "ru": {"тысячи": 1e3, "сотни": 1e2}, "uk": {"тисячі": 1e3, "сотні": 1e2},
    "hr": {"tisuće": 1e3, "stotine": 1e2}, "bs": {"hiljade": 1e3, "stotine": 1e2},
    "sr": {"hiljade": 1e3, "stotine": 1e2, "хиљаде": 1e3, "стотине": 1e2},
    # and a collective numeral after one, which bounds the number it is about: "plus d'une centaine", over 100
    **{language: _collectives(language) for language in _COLLECTIVES},
}
# Words that join a vague quantity to its noun: "thousands of people", "duizenden van".
VAGUE_LINKERS: Mapping[str, str] = {"en": "of", "nl": "van"}

# Bound words between a number and its noun, with the case ending a language writes on
# the number first ("1.500'den fazla kişi", "1,500 से अधिक लोग"): more than 1,500 people.
BOUNDS_BEFORE_NOUN: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "tr": {"min": ("fazla", "aşkın", "üzerinde", "aştı", "aşarak"), "max": ("az", "altında"),
           "approx": ("civarında", "dolayında", "yakın")},  # "3 bine yakın kişi": close to 3,000
    # Azerbaijani, with the ablative on the figure or its unit: "1500-dən çox nəfər", "500
    # milyon dollardan artıq", "100-ə yaxın" (close to 100)
    "az": {"min": ("çox", "artıq", "yuxarı"), "max": ("az", "aşağı"), "approx": ("yaxın",)},
    "hi": {"min": ("से अधिक", "से ज़्यादा", "से ज्यादा", "से ऊपर"), "max": ("से कम",)},
    "ur": {"min": ("سے زیادہ", "سے زائد"), "max": ("سے کم",)},
    # Pashto "more than" is "from" or "than" before the figure and "more" after it: "له ۲ زره
    # ډېر کسان", "تر ۵۰۰ زیات" (more than 2,000 people, 500)
    "ps": {"min": ("زیات", "ډېر", "ډیر", "زیاتو", "ډېرو"), "max": ("کم", "لږ")},
    # Georgian and Armenian write "than" as a case ending after a hyphen: "400-ზე მეტი
    # მაშველი", "100-ից ավելի մարդ" (more than 400 rescuers, 100 people).
    # and after such an ending on a multiplier: "1,5 მილიონზე მეტმა ამომრჩეველმა" (the
    # ergative of "more"), "300 հազարից ավելի", "6 миллионнан астам", "12 milliondan ortiq"
    "ka": {"min": ("მეტი", "მეტ", "მეტმა", "ზე მეტი", "ზე მეტ", "ზე მეტმა"),
           "max": ("ნაკლები", "ნაკლებ", "ზე ნაკლები", "ზე ნაკლებ")},
    "hy": {"min": ("ավելի", "ից ավելի"), "max": ("պակաս", "ից պակաս")},
    # Kazakh and Uzbek write "than" as an ablative ending: "1500-ден астам адам", "1500 dan ortiq"
    "kk": {"min": ("астам", "артық", "аса", *(f"{ending} {word}" for ending in ("нан", "нен", "дан", "ден", "тан", "тен")
                                             for word in ("астам", "артық", "аса"))),
           "max": ("кем",), "approx": ("жуық", "ға жуық", "ге жуық", "қа жуық", "ке жуық")},
    "uz": {"min": ("dan ortiq", "dan koʻproq", "ortiq", "дан ортиқ", "дан кўпроқ", "ортиқ"),
           "max": ("dan kam", "дан кам"), "approx": ("ga yaqin", "yaqin", "га яқин", "яқин")},
    # The postposition "than" written on the figure, its counter or its multiplier, and
    # after a vowel sign ending a stem (Marathi "हजारांहून", "रुपयांपेक्षा"), or apart from
    # it: "৩৫০টির বেশি", "দুই লাখের বেশি", "२० हजारांहून अधिक", "5,000થી વધુ",
    # "30,000-க்கும் மேற்பட்ட", "1,000కి పైగా", "150කට වැඩි", "10 ਹਜ਼ਾਰ ਤੋਂ ਵੱਧ".
    # Bengali "বেশি" is "more than" only after the genitive ("১০টি বেশি আসন" is ten more).
    "bn": {"min": ("র বেশি", "রও বেশি", "এর বেশি", "এরও বেশি", "-এর বেশি", "-এরও বেশি", "র চেয়ে বেশি",
                   "এর চেয়ে বেশি", "র অধিক"),
           "max": ("র কম", "এর কম", "-এর কম", "এর চেয়ে কম", "র চেয়ে কম")},
    "mr": {"min": ("हून अधिक", "हून जास्त", "पेक्षा अधिक", "पेक्षा जास्त"),
           "max": ("हून कमी", "पेक्षा कमी")},
    "ne": {"min": ("भन्दा बढी", "भन्दा धेरै", "भन्दा माथि"), "max": ("भन्दा कम", "भन्दा थोरै")},
    "pa": {"min": ("ਤੋਂ ਵੱਧ", "ਤੋਂ ਜ਼ਿਆਦਾ", "ਤੋਂ ਜਿਆਦਾ", "ਤੋਂ ਵਧੇਰੇ", "ਤੋਂ ਉੱਪਰ"), "max": ("ਤੋਂ ਘੱਟ",)},
    "gu": {"min": ("થી વધુ", "થી વધારે", "કરતાં વધુ", "કરતાં વધારે"), "max": ("થી ઓછા", "થી ઓછું", "કરતાં ઓછા")},
    "ta": {"min": ("க்கும் மேற்பட்ட", "க்கும் அதிகமான", "க்கும் மேல்", "க்கு மேல்", "க்கு மேற்பட்ட",
                   "-க்கும் மேற்பட்ட", "-க்கும் அதிகமான", "-க்கும் மேல்", "-க்கு மேல்", "க்கும் அதிகமாக",
                   "க்கும் மேற்பட்டோர்", "-க்கும் மேற்பட்டோர்"),  # "more than ... people" in one word
           "max": ("க்கும் குறைவான", "-க்கும் குறைவான", "க்கும் குறைவாக")},
    "te": {"min": ("కి పైగా", "కు పైగా", "పైగా", "కి పైనే", "కంటే ఎక్కువ", "కన్నా ఎక్కువ"),
           "max": ("కంటే తక్కువ", "కన్నా తక్కువ")},
    "si": {"min": ("ට වැඩි", "කට වැඩි", "ට අධික", "කට අධික"), "max": ("ට අඩු", "කට අඩු")},
    # Malayalam and Kannada: "2,000-ലധികം പേർ", "2,000ത്തിലധികം", "2,000ಕ್ಕೂ ಹೆಚ್ಚು ಜನರು"
    "ml": {"min": ("ലധികം", "-ലധികം", "ത്തിലധികം", "-ത്തിലധികം", "ൽ അധികം", "-ൽ അധികം", "ൽ കൂടുതൽ", "-ൽ കൂടുതൽ",
                   "ത്തിൽ കൂടുതൽ"),
           "max": ("ൽ താഴെ", "-ൽ താഴെ", "ത്തിൽ താഴെ", "ൽ കുറവ്")},
    "kn": {"min": ("ಕ್ಕೂ ಹೆಚ್ಚು", "-ಕ್ಕೂ ಹೆಚ್ಚು", "ಕ್ಕಿಂತ ಹೆಚ್ಚು", "-ಕ್ಕಿಂತ ಹೆಚ್ಚು", "ಕ್ಕೂ ಅಧಿಕ", "ಕ್ಕಿಂತ ಅಧಿಕ"),
           "max": ("ಕ್ಕಿಂತ ಕಡಿಮೆ", "-ಕ್ಕಿಂತ ಕಡಿಮೆ")},
}
# Languages that write a large figure in parts, each with its multiplier: Japanese and
# Chinese "1万5000人" (15,000), Korean "1천500명" (1,500), "3억5천만 달러".
MYRIAD_LANGUAGES = frozenset({"ja", "zh", "ko", "yue"})
# Multipliers CLDR's compact formats lack: the Thai, Lao and Khmer words for a thousand,
# ten thousand and a hundred thousand ("5 หมื่นคน" is 50,000 people).
MULTIPLIER_EXTRAS: Mapping[str, Mapping[str, float]] = {
    # and the larger ones written as such a word before "million": "2.5 หมื่นล้านบาท" is 25
    # billion baht, "5 ພັນລ້ານກີບ" 5 billion kip
    "th": {"พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6, "พันล้าน": 1e9, "หมื่นล้าน": 1e10,
           "แสนล้าน": 1e11, "ล้านล้าน": 1e12},
    "lo": {"ພັນ": 1e3, "ໝື່ນ": 1e4, "ແສນ": 1e5, "ລ້ານ": 1e6, "ພັນລ້ານ": 1e9, "ໝື່ນລ້ານ": 1e10, "ແສນລ້ານ": 1e11},
    # Kinyarwanda, whose CLDR data has no compact forms: "miliyoni 2", "miliyari 1,5", "ibihumbi 5"
    "rw": {"miliyoni": 1e6, "miliyari": 1e9, "ibihumbi": 1e3, "tiriyari": 1e12},
    # Swahili "laki" (a hundred thousand, as India's lakh): "watu laki 4.5" (450,000 people)
    "sw": {"laki": 1e5},
    # Maltese, likewise: "€25 miljun", "3 biljun", "tlitt elef" (3,000)
    "mt": {"elf": 1e3, "elef": 1e3, "miljun": 1e6, "miljuni": 1e6, "biljun": 1e9, "biljuni": 1e9},
    # Khmer's billion is "a thousand millions": "៤.៥ ពាន់លានដុល្លារ".
    "km": {"ពាន់": 1e3, "ម៉ឺន": 1e4, "សែន": 1e5, "លាន": 1e6, "ពាន់លាន": 1e9, "ម៉ឺនលាន": 1e10},
    # Burmese counts in tens of thousands, lakhs and crores: "ကျပ် ၅ သိန်း" (500,000 kyat).
    "my": {"ထောင်": 1e3, "သောင်း": 1e4, "သိန်း": 1e5, "သန်း": 1e6, "ကုဋေ": 1e7,
           # and the English scale Burmese business news writes ("ဒေါ်လာ ၂ ဒသမ ၆ ထရီလီယံ", $2.6 trillion)
           "မီလီယံ": 1e6, "ဘီလီယံ": 1e9, "ထရီလီယံ": 1e12},
    # Greek newsrooms abbreviate millions and billions: "5,2 εκατ. πολίτες", "3 δισ. ευρώ".
    "el": {"εκατ.": 1e6, "εκ.": 1e6, "δισ.": 1e9, "χιλ.": 1e3},
    # Turkish case endings on the multiplier: "2 bini aştı" (passed 2,000), "1 milyonu", "5 bine"
    "tr": {"bini": 1e3, "bine": 1e3, "binden": 1e3, "binin": 1e3, "milyonu": 1e6, "milyona": 1e6,
           "milyondan": 1e6, "milyonun": 1e6, "milyarı": 1e9, "milyara": 1e9, "milyardan": 1e9, "milyarın": 1e9},
    "hy": {"հազ.": 1e3},  # "15 հազ. մարդ"
    "fr": {"mds": 1e9},  # the plural French news writes of CLDR's "Md": "12 Mds d'euros", and on its sign, "2 Mds€"
    # Russian and Ukrainian count in tens: "два десятка человек" (twenty people), "три десятки";
    # and the Slavic languages write a multiplier in the instrumental after "with" ("фонд с
    # 2,5 миллиардами евро", "z 2,5 miliardami euro", "so 120 miliónmi eur") or in the
    # dative or locative plural ("s 2,5 milijardama eura"), which CLDR's patterns lack
    "ru": {"десятка": 10.0, "десятков": 10.0, "тысячами": 1e3, "миллионами": 1e6, "миллиардами": 1e9},
    "uk": {"десятки": 10.0, "десятків": 10.0, "тисячами": 1e3, "мільйонами": 1e6, "мільярдами": 1e9},
    "cs": {"tisíci": 1e3, "miliardami": 1e9},
    "sk": {"tisícami": 1e3, "miliónmi": 1e6, "miliardami": 1e9},
    "sl": {"tisočimi": 1e3, "milijoni": 1e6, "milijardami": 1e9},
    # Croatian, Serbian and Bosnian newsrooms abbreviate milijarda "mlrd.": "5 mlrd. eura"
    "hr": {"mlrd.": 1e9, "mlrd": 1e9, "tisućama": 1e3, "milijunima": 1e6, "milijardama": 1e9},
    "sr": {"mlrd.": 1e9, "mlrd": 1e9, "млрд.": 1e9, "млрд": 1e9, "hiljadama": 1e3, "milionima": 1e6,
           "milijardama": 1e9, "хиљадама": 1e3, "милионима": 1e6, "милијардама": 1e9},
    "bs": {"mlrd.": 1e9, "mlrd": 1e9, "hiljadama": 1e3, "milionima": 1e6, "milijardama": 1e9},
    # Mongolian multipliers before a noun and in the cases news writes them: "300 мянган
    # хүн" (300,000 people), "5 сая гаруй", "2 тэрбумаас илүү".
    "mn": {"мянган": 1e3, "мянгаас": 1e3, "мянгад": 1e3, "саяас": 1e6, "сая": 1e6, "тэрбумаас": 1e9,
           "тэрбумын": 1e9, "тэрбум": 1e9, "их наяд": 1e12},
    # Georgian writes a case ending in place of the -ი of "მილიონი": "მილიონზე" (on a million)
    "ka": {"ათას": 1e3, "მილიონ": 1e6, "მილიარდ": 1e9},
    "yo": {"bílíọ̀nù": 1e9, "bílíọ́nù": 1e9},  # the tones news writes on CLDR's "bilíọ̀nù"
    "am": {"ሺህ": 1e3},  # "5 ሺህ ሰዎች", as CLDR's "ሺ" is written in full
    # the English million and billion as South Asian news spells them ("18 ملین ڈالر", "18 मिलियन डॉलर")
    "ur": {"ملین": 1e6, "بلین": 1e9, "ٹریلین": 1e12},
    "hi": {"मिलियन": 1e6, "बिलियन": 1e9, "ट्रिलियन": 1e12},
    # South African Zulu news writes amounts with the English words ("R50 million") or
    # their Zulu spelling ("R2 bhiliyoni")
    # and the plural of "million" and "thousand" with the concords that join it to its noun
    # ("abantu abayizigidi ezingu-2.4", 2.4 million people; "eziyizinkulungwane ezingu-450")
    "zu": {"million": 1e6, "billion": 1e9, "miliyoni": 1e6, "bhiliyoni": 1e9,
           **{concord + plural: factor for plural, factor in (("izigidi", 1e6), ("izinkulungwane", 1e3))
              for concord in ("", "y", "abay", "ey", "eziy", "ay", "oy", "esiy", "eliy", "oluy", "obuy", "okuy",
                              "ezi", "aba")}},  # "imithamo eyizigidi ezingu-12"
    "vi": {"ngàn": 1e3},  # the South's "nghìn": "5 ngàn người"
    # Tagalog hundreds after a unit and its linker ("limang daan", 500; "apat na raan",
    # 400); alone, "daan" is "road"
    "tl": {"daan": 1e2, "raan": 1e2}, "fil": {"daan": 1e2, "raan": 1e2},
    # Arabic's plural of the billion after three to ten ("5 مليارات دولار"), the billion
    # as Asharq Al-Awsat and others write it, "بليون", "بلايين" (CLDR has "مليار", "ملايين"),
    # and the trillion as most news spells it, "3.9 تريليون جنيه" (CLDR: "ترليون")
    "ar": {"مليارات": 1e9, "بليون": 1e9, "بلايين": 1e9, "تريليون": 1e12, "تريليونات": 1e12, "ألفا": 1e3},
    # Sorani and Pashto, whose CLDR data has no compact numbers: "٥٠٠ هەزار کەس", "۲ زره کسان",
    # "۵ میلیونه ډالره" (the Pashto plural)
    "ckb": {"هەزار": 1e3, "ملیۆن": 1e6, "میلیۆن": 1e6, "ملیار": 1e9, "ملیارد": 1e9, "میلیار": 1e9,
            "ترلیۆن": 1e12},
    "ps": {"زره": 1e3, "زر": 1e3, "زرو": 1e3, "میلیون": 1e6, "میلیونه": 1e6, "ملیون": 1e6, "ملیونه": 1e6,
           "میلیارد": 1e9, "میلیارده": 1e9, "ملیارد": 1e9, "ملیارده": 1e9},
    # Lakh and crore, in the stems their case endings are written on (Tamil லட்சத்து-க்கும்,
    # Telugu కోట్ల-కు), and Nepali's hundred, which news writes after digits ("१२ सय", 1,200).
    "ta": {"லட்சம்": 1e5, "லட்சத்து": 1e5, "லட்ச": 1e5, "கோடி": 1e7, "ஆயிரத்து": 1e3},
    "bn": {"মিলিয়ন": 1e6, "বিলিয়ন": 1e9, "ট্রিলিয়ন": 1e12},  # the English scale as Bangladeshi business news writes it
    "te": {"లక్ష": 1e5, "లక్షల": 1e5, "లక్షలు": 1e5, "కోటి": 1e7, "కోట్ల": 1e7, "కోట్లు": 1e7, "వేల": 1e3},
    "si": {"ලක්ෂ": 1e5, "ලක්ෂය": 1e5, "කෝටි": 1e7, "කෝටිය": 1e7},
    # Malayalam and Kannada lakh and crore, which their CLDR data lacks ("500 കോടി രൂപ", "500 ಕೋಟಿ ರೂಪಾಯಿ")
    "ml": {"ലക്ഷം": 1e5, "ലക്ഷ": 1e5, "കോടി": 1e7},
    "kn": {"ಲಕ್ಷ": 1e5, "ಕೋಟಿ": 1e7},
    "mr": {"दशलक्ष": 1e6, "अब्ज": 1e9,  # Marathi's million and billion ("२५ दशलक्ष डॉलर"), and the English ones
           "मिलियन": 1e6, "बिलियन": 1e9},
    "ig": {"nde": 1e6, "puku": 1e3},  # Igbo "nde" (a million), "puku" (a thousand): "$25 nde"
    # Malagasy's thousand, hundred thousand, million and billion ("1,2 tapitrisa dolara"), which CLDR
    # writes as letters only
    "mg": {"arivo": 1e3, "hetsy": 1e5, "tapitrisa": 1e6, "lavitrisa": 1e9, "miliara": 1e9},
    "ne": {"सय": 1e2, "अर्ब": 1e9, "खर्ब": 1e11,  # news spells CLDR's अरब, खरब so
           "मिलियन": 1e6, "बिलियन": 1e9},
    # Case forms CLDR's plural patterns lack, in languages whose numerals govern a case
    # or that put a case ending on the multiplier itself: Finnish "22,3 miljardiin
    # euroon" (to 22.3 billion), "miljoonan", "tuhannen"; Estonian "üle 1,1 miljardi
    # euro" (genitive); Latvian "4,5 miljonus pasažieru" (accusative), "40 miljoniem";
    # Lithuanian "4 milijonus", "tūkstančius"; Albanian "1,5 milionë euro"; Swedish
    # newsrooms' "mdr" for miljarder ("399,3 mdr kr").
    "fi": {"miljoonan": 1e6, "miljoonaan": 1e6, "miljoonassa": 1e6, "miljoonia": 1e6,
           "miljardin": 1e9, "miljardiin": 1e9, "miljardissa": 1e9, "miljardeja": 1e9,
           "tuhannen": 1e3, "tuhanteen": 1e3, "tuhansia": 1e3},
    "et": {"miljoni": 1e6, "miljonile": 1e6, "miljardi": 1e9, "miljardile": 1e9, "tuhande": 1e3,
           "mlrd": 1e9},
    "lv": {"miljonus": 1e6, "miljoniem": 1e6, "miljardus": 1e9, "miljardiem": 1e9, "miljona": 1e6, "miljarda": 1e9,
           "tūkstošus": 1e3, "tūkstošiem": 1e3},
    "lt": {"milijonus": 1e6, "milijonams": 1e6, "milijardus": 1e9, "milijardams": 1e9,
           "tūkstančius": 1e3, "tūkstančiams": 1e3},
    "sq": {"milionë": 1e6, "miliardë": 1e9, "milionësh": 1e6, "miliardësh": 1e9},
    "sv": {"mdr": 1e9},
    # Hungarian counts people with "-an, -en" on the number: "410 ezren" (410,000 people), "százan"
    "hu": {"ezren": 1e3, "ezrén": 1e3},
    # Kyrgyz news abbreviates the billion as Russian does: "3,8 млрд доллар"
    "ky": {"млрд": 1e9, "млрд.": 1e9},
    # the billion of Portugal's news, which CLDR's Portuguese (Brazil's) writes "bilhão": "4,8 mil milhões"
    "pt": {"mil milhões": 1e9, "mil milhoes": 1e9},
    # Icelandic genitives after a figure: "3,5 milljarða króna", "12 milljóna", "2 þúsund manns"
    "is": {"milljarða": 1e9, "milljarðar": 1e9, "milljarði": 1e9, "milljóna": 1e6, "milljónir": 1e6, "milljón": 1e6,
           "milljónum": 1e6, "milljörðum": 1e9, "ma.": 1e9, "m.kr.": 1e6},
    "pl": {"mln.": 1e6, "mld.": 1e9,  # as often with a dot as without: "1,2 mln. zł"
           "tysiącami": 1e3, "milionami": 1e6, "miliardami": 1e9},
}

# Languages that write case endings and postpositions on a multiplier or a currency's
# name after a figure ("২ লাখের", "412 కోట్లకు", "10 કરોડની", "३५०० रुपयांची", "৫০০ কোটি
# টাকার"): a word there that begins with one is read as it, up to the ending.
# Georgian, Armenian, Kazakh and Uzbek write their cases so too: "1,5 მილიონზე მეტი", "300
# հազարից ավելի", "6 миллионнан астам", "12 milliondan ortiq" (more than 1.5 million ...).
GLUED_ENDINGS = frozenset({"bn", "as", "gu", "hi", "kn", "ml", "mr", "ne", "or", "pa", "si", "ta", "te",
                           "ka", "hy", "kk", "uz", "hu", "tr", "az"})
# Words of those languages that begin as a multiplier or a currency's name does and are
# another word: Bengali "মার্কিন" (American, of "মার্কিন ডলার") is no Bosnian mark.
NOT_GLUED: dict[str, tuple[str, ...]] = {"bn": ("মার্কিন",)}
# Those of them written in Latin letters, whose multipliers in Latin take the endings.
_LATIN_GLUED = frozenset({"uz", "hu", "tr", "az"})
# Hungarian writes its cases on a currency's name and a multiplier too ("2,5 milliárd
# euróval", with; "euróba", into; "forinttal", "dollárral", whose v takes the consonant
# before it; "3,5 milliárd eurós", an adjective), but a longer word may begin with a
# currency's name ("27 európai ország", 27 European countries): only these endings, folded.
GLUED_ENDING_FORMS: dict[str, str] = {
    "hu": r"[a-z]?[ae]l|b[ae]|r[ae]|ert|b[o]l|r[o]l|n[ae]l|h[oe]z|t[o]l|[aoe]?n|[aoe]?s|[aoe]?t|ig|kent",
    # Turkish and Azerbaijani cases by vowel harmony, folded: the accusative and the
    # possessive ("37,4 milyon avroyu", "milyonu"), the genitive, dative, locative and
    # ablative ("avronun", "dolara", "milyarda", "milyondan"), "-lik" (worth)
    "tr": r"y?[iu]|n?[iu]n|y?[ae]|[dt][ae]n?|l[iu]k|s[iu]",
    "az": r"y?[iu]|n?[iu]n|y?[ae]|[dt][ae]n?|l[iu]k|s[iu]",
}
# Languages that write the multiplier before the figure: Sinhala "රුපියල් මිලියන 15"
# (15 million rupees), "ලක්ෂ 2".
# Swahili, Hausa and Yoruba too, after the noun or the currency: "watu milioni 2" (two
# million people), "shilingi bilioni 3.5", "Naira biliyan 3.5", "Naira bílíọ̀nù 3.5".
# Kinyarwanda likewise: "amafaranga miliyari 1,5" (1.5 billion francs); Zulu past the concord
# on both ("abantu abayizigidi ezingu-2.4", 2.4 million people); Igbo ("doozu nde 12", 12 million doses).
MULTIPLIER_FIRST = frozenset({"si", "sw", "ha", "yo", "rw", "zu", "ig"})
# Languages that write a large figure in parts, each with its multiplier, apart:
# "৮ হাজার ৩০০ টাকা" (8,300 taka), "१ हजार २ सय" (1,200), "२ कोटी ३० लाख" (23 million),
# Turkish "2 bin 946" (2,946), Azerbaijani "2 min 946".
_SOUTH_ASIAN_PARTS = frozenset({"bn", "as", "gu", "hi", "kn", "ml", "mr", "ne", "or", "pa", "si", "ta", "te", "ur"})
# Mongolian "2 сая 90 мянга", Amharic "38 ሺህ 500 ሰዎች", "2 ሚሊዮን 500 ሺህ ብር", Russian and
# Ukrainian "1 млн 200 тыс. рублей", "38 тысяч 500 человек"
PARTS_LANGUAGES = _SOUTH_ASIAN_PARTS | {"tr", "az", "mn", "am", "ru", "uk", "ar", "fa", "ckb", "ku", "ps"}
# The "and" between the parts, apart or written on the next ("۱۲ هزار و ۴۰۰ هکتار", 12,400
# hectares; "48 ألفا و372 متفرجا", "3 hezar û 800 kes", "۳ زره او ۸۰۰ تنه")
PARTS_AND: Mapping[str, tuple[str, ...]] = {"ar": ("و",), "fa": ("و",), "ckb": ("و",), "ku": ("û", "u"), "ps": ("او", "و")}
# Languages that put a multiplier before a larger one, which multiply: "5 हजार करोड़" (50
# billion), "২ লাখ কোটি", Indian English "1.5 lakh crore", Hungarian "38 ezer milliárd
# forint" (38 trillion: Hungarian news counts trillions in thousands of billions).
STACKED_MULTIPLIERS = _SOUTH_ASIAN_PARTS | {"en", "hu", "fa"}  # Persian "۳۵ هزار میلیارد ریال": 35 trillion

# The multipliers below ten thousand these write on a figure, and the traditional forms
# of the larger ones, which CLDR's compact formats do not give: "5千万" (50 million),
# "3百万", Korean "5천만", "3백만"; each also before a larger one.
_PLACES: Mapping[str, Mapping[str, float]] = {
    "zh": {"千": 1e3, "百": 1e2, "萬": 1e4, "億": 1e8},
    "yue": {"千": 1e3, "百": 1e2, "萬": 1e4, "億": 1e8},
    "ja": {"千": 1e3, "百": 1e2, "萬": 1e4},
    "ko": {"천": 1e3, "백": 1e2},
}

# Counters and measure words after which a figure in Chinese numerals is read (三人死亡,
# 一千五百名, 两艘): a run of numerals is read only before one of these, a unit or a large
# multiplier, because numerals are parts of ordinary words (一些, 统一, 百姓). Calendar
# words and counters that begin common words (四起, 五輪, 六本木, 百家) are left out.
NUMERAL_COUNTERS: Mapping[str, tuple[str, ...]] = {
    "zh": ("人", "名", "位", "个", "個", "次", "件", "座", "所", "辆", "輛", "艘", "架", "枚", "头", "頭",
           "匹", "只", "隻", "条", "條", "项", "項", "例", "户", "戶", "岁", "歲", "倍", "元", "块", "塊"),
    "yue": ("人", "名", "位", "個", "次", "件", "座", "所", "輛", "艘", "架", "枚", "頭", "隻", "條",
            "項", "例", "戶", "歲", "倍", "元", "蚊"),
    "ja": ("人", "名", "件", "回", "隻", "機", "台", "頭", "匹", "歳", "倍", "カ所", "か所", "ヶ所", "箇所",
           "ドル", "元"),
}

# The decimal point written as a word: Burmese "၆ ဒသမ ၁" (6.1), Bengali "৪ দশমিক ৫০" (4.50), Hindi
# and Nepali "4 दशमलव 5", Marathi "दशांश", Urdu "اعشاریہ", Persian "ممیز".
DECIMAL_WORDS: Mapping[str, tuple[str, ...]] = {
    "my": ("ဒသမ",), "bn": ("দশমিক",), "hi": ("दशमलव",), "ne": ("दशमलव",), "mr": ("दशांश", "दशमलव"),
    "ur": ("اعشاریہ",), "fa": ("ممیز",), "am": ("ነጥብ",),  # Amharic "2 ነጥብ 4 በመቶ" (2.4 per cent)
}
# Persian news writes the decimal point as a slash as often: "۴/۵ درصد" (4.5 per cent); not
# a date's ("۱۴۰۵/۰۸/۲۱").
SLASH_DECIMAL = frozenset({"fa"})

# Languages whose words take no endings: a unit word is read only as it is written.
UNINFLECTED = frozenset({"vi"})

# The case endings and particles written on a counted noun, which it is read without as
# the figure's unit: Bengali "১৪৭ জনকে উদ্ধার" (147 persons rescued, the object), "যাত্রীদের",
# Hindi's oblique plural before a postposition, "147 लोगों को" (of "लोग", people), Marathi
# "लोकांना", Nepali "जनालाई", Burmese "၁၄၇ ဦးကို" (147 persons, the object).
COUNTED_CASE_ENDINGS: Mapping[str, tuple[str, ...]] = {
    "bn": ("কে", "দের", "ের", "রা"),
    "hi": ("ों",),
    "mr": ("ांना", "ना"),
    "ne": ("लाई",),
    "my": ("ကို", "က", "မှ"),
    # Tamil's "and" written on each noun of a pair: "178 பயணிகளும் 8 பணியாளர்களும்" (178 passengers
    # and 8 crew), and the case endings of a counted noun ("பயணிகளை", "பயணிகளுக்கு")
    "ta": ("ும்", "ை", "ுக்கு"),
}

# Languages that put a counted noun before the figure: Swahili "watu 1,500", Hausa
# "mutane 1,500", Yoruba "ènìyàn 1,500", Zulu, Kinyarwanda, Shona, Luganda …
NOUN_FIRST = frozenset({"sw", "ha", "yo", "ig", "zu", "xh", "rw", "rn", "sn", "ny", "lg"})
# Zulu and Xhosa write a number's agreement prefix on it with a hyphen, and group its
# digits with a space as South Africa does: "abangu-2 000" (who are 2,000), "ngo-2023".
PREFIXED_NUMBERS = frozenset({"zu", "xh"})
# Languages whose news groups thousands with a space where CLDR writes another mark:
# Kinyarwanda and Kirundi "abantu 1 284", Swahili "watoto 450 000", Malagasy in the French
# manner, "tranga 1 284", "fatra 450 000"; Mongolian, as its Cyrillic neighbours, "150 000 евро".
SPACE_GROUPED = frozenset({"rw", "rn", "sw", "mg", "mn"})
# Letters written on a figure as a word of their own, after which a number starts: Arabic
# "and", "with", "for", "so" ("و35 في المئة", "بـ20 مليون دولار", with the tatweel or without).
PREFIXED_LETTERS = {"ar": "وبلف"}

# How a case ending is written on a number, if apart from it: Turkish "2023'te", "1.500'den".
# Bengali's counters ("৩০০টি কারখানা", 300 factories) and Sinhala's indefinite ending
# ("120ක්") are written on the number too.
# The months of the lunar Hijri calendar, which Arabic and Persian news writes beside the
# common date ("الأربعاء 28 صفر 1445 هـ الموافق 13 سبتمبر 2023"): a day and a year of such a
# date are no figures. (Babel gives only the common calendar's month names.)
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة",
                "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة",
                "ذي الحجة", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "ذی‌القعده", "ذی‌الحجه")
HIJRI_ERAS = ("هـ", "ه", "هـ.", "ه.", "ه.ق", "هـ.ق", "ق")

# Decimal and group marks where CLDR's for Latin digits are not those the press writes:
# Pashto's are the European ones ("1.200,5"), but Afghan news writes figures as Persian
# news does ("۶.۳ درجې", "۱,۲۰۰ کورونه").
# Khmer news groups thousands with a dot as French-trained newsrooms do ("៣.២០០", 3,200)
# as often as with CLDR's comma; a dot before other than three digits stays decimal ("៤.៥").
# Kinyarwanda and Kirundi news writes thousands with a comma ("barenga 2,000", "1,250,000")
# as East African English does, and decimals with CLDR's comma ("miliyari 1,5"): a comma
# before exactly three digits groups them.
DIGIT_MARKS: Mapping[str, tuple[str, str]] = {"ps": (".", ","), "km": (".", ",."), "rw": (",", ".,"), "rn": (",", ".,")}

# The counters Bengali writes on a number word as on a figure: "চারজন নিহত" (four killed,
# জন of persons), "দুজন", "তিনটি বাড়ি" (three houses, টি of things).
WORD_ENDINGS: Mapping[str, str] = {"bn": "জন|টি|টা"}

NUMBER_ENDINGS = {"tr": r"['’]\p{Ll}{1,5}", "az": r"[-'’]\p{Ll}{1,5}",  # Azerbaijani "1500-dən", "20-də"
                  "hu": r"-(?:r[éeaóőo]l|t[óőo]l|b[óőo]l|r[ea])(?![\p{L}\p{M}])",  # Hungarian "29-ről", "37-re"
                  "ka": r"-\p{Georgian}{1,4}", "hy": r"-\p{Armenian}{1,4}", "kk": r"-\p{Cyrillic}{1,4}",
                  "uz": r"-?(?:dan|дан)(?=\s)", "bn": "টি|টা", "si": "ක්|ක",
                  # Basque writes its case endings on the figure: "%8,5ekoa", "%3,2ra", "2.000tik gora", "2023an"
                  "eu": r"e?(?:koak?|ko|tik|rako|raino|ra|an|n|z|k|ren|ri|tan|kin|ak?)(?![\p{L}\p{M}])",
                  # Maltese links a figure ending in 11 to 19 to its noun with "-il": "€312-il miljun", "15-il persuna"
                  "mt": r"-il(?![\p{L}\p{M}])",
                  # Somali writes its article on the figure: "21-ka shaqaale" (the 21 crew), "3-da gaari"
                  "so": r"-(?:ka|kii|ga|gii|ta|tii|da|dii|ha|hii)(?![\p{L}\p{M}])"}

# A span of days in the cases CLDR's unit patterns leave out: the instrumental and dative of
# Armenian, Georgian, Kazakh, Azerbaijani and Uzbek news ("ևս 10 օրով", "კიდევ 10 დღით", "тағы 10
# күнге", "10 günə", "10 kunga": by, for 10 more days).
# The symbols of the SI that news in every script writes in Latin letters, where the locale's
# CLDR data gives only its own ("කි.මී." beside "km" in Sinhala).
# (not "ha", which is also "has" after a figure: Italian "uno su 3 ha detto")
SI_SYMBOLS: Mapping[str, str] = {"km": "kilometer", "kg": "kilogram", "cm": "centimeter", "mm": "millimeter"}

UNIT_CASES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "hy": {"day": ("օրով", "օրում")}, "ka": {"day": ("დღით",)}, "kk": {"day": ("күнге", "күнде")},
    "az": {"day": ("günə", "gündə")}, "uz": {"day": ("kunga", "kunda")},
    # Arabic's duals of time, "بعد يومين من الانقطاع" (two days after the blackout): a span of its own
    "ar": {"day": ("يومين", "يومان"), "week": ("أسبوعين", "أسبوعان"), "month": ("شهرين", "شهران"),
           "year": ("عامين", "عامان", "سنتين", "سنتان"), "hour": ("ساعتين", "ساعتان")},
    # Mongolian "гурван хоногийн дотор" (within three days), the genitive and dative of "хоног"
    # ("долоо хоногийн", of a week, a unit of its own)
    "mn": {"day": ("хоногийн", "хоногт", "хоногоос", "хоногоор")},
    # Hungarian "tíz napon belül" (within ten days), "30 napig", "két hétig", "hat hónapon át"
    "hu": {"day": ("napon", "napig", "napja", "nappal", "napot", "napra", "napos"),
           "week": ("héten", "hétig", "hete", "hetet", "hétre", "hetes"),
           "month": ("hónapon", "hónapig", "hónapja", "hónappal", "hónapot", "hónapra", "hónapos")},
    # Norwegian's day is "dag", "dager" (CLDR gives "døgn", a day and night); and the genitive of a
    # span of years before its noun in the Nordic languages: "åtta års fängelse", "otte års fængsel"
    "nb": {"day": ("dag", "dager", "dagers"), "year": ("års",)},
    "nn": {"day": ("dag", "dagar", "dagars"), "year": ("års",)},
    "sv": {"year": ("års",)}, "da": {"year": ("års",)},
    # and the Slovene locative plural after "po", "v" (after, in): "po 23 dneh protestov", "po 6 mesecih"
    "sl": {"day": ("dneh",), "week": ("tednih",), "month": ("mesecih",), "year": ("letih",)},
}

# The everyday word for a tonne, where CLDR writes only "metric ton" ("450,000 टन", "طن",
# "tani", "டன்"); not Persian تن, which also counts people ("۱۲ تن کشته شدند"), nor Somali
# "tan" (this one).
TONNES: Mapping[str, tuple[str, ...]] = {
    "en": ("tonne", "tonnes", "ton", "tons"), "hi": ("टन",), "ne": ("टन",), "mr": ("टन",), "ur": ("ٹن",),
    "ar": ("طن", "طنا", "طنًا", "أطنان", "اطنان"), "ta": ("டன்", "டன்கள்"), "te": ("టన్నులు", "టన్నుల", "టన్"),
    "bn": ("টন",), "sw": ("tani",), "ha": ("tan", "ton"), "am": ("ቶን",), "yo": ("tọ́ọ̀nù", "tọ́nù"),
    # and where CLDR's word is another form ("380 ton", "380 de tone", "380 тона", "380 tonna")
    "nl": ("ton",), "sl": ("ton", "tone", "tona"), "ro": ("tone", "tonă", "tonne"), "bg": ("тона", "тон"),
    "mk": ("тони", "тона"), "sr": ("тона", "tona", "tone"), "hu": ("tonna", "tonnát"), "hr": ("tona", "tone"),
    "pt": ("tonelada", "toneladas"), "gl": ("tonelada", "toneladas"), "it": ("tonnellata", "tonnellate"),
    "ca": ("tona", "tones"), "eu": ("tona", "tonak", "tonelada", "toneladak"), "sq": ("ton", "tonë", "tonelata"),
    "lv": ("tonna", "tonnas", "tonnu", "tonnām"), "lt": ("tona", "tonos", "tonų", "tonas"),
    "uk": ("тонна", "тонни", "тонн", "тонну"), "cy": ("tunnell", "tunelli"), "ga": ("tonna",),
}

# Ranges: an opening word and the word joining the two ends ("between 18 and 24",
# "od 18 do 24"); TO_WORDS also join two numbers without an opening word ("18 to 24").
_HR_RANGES = (("između", "i"), ("od", "do"))
_NB_RANGES = (("mellom", "og"), ("fra", "til"))
RANGES: Mapping[str, tuple[tuple[str, str], ...]] = {
    "en": (("between", "and"), ("from", "to")), "hr": _HR_RANGES, "sr": _HR_RANGES,
    "bs": _HR_RANGES, "ro": (("între", "și"), ("de la", "la")),
    "de": (("zwischen", "und"), ("von", "bis")), "fr": (("entre", "et"), ("de", "à")),
    "es": (("entre", "y"), ("de", "a")), "it": (("tra", "e"), ("fra", "e"), ("da", "a")),
    "pt": (("entre", "e"), ("de", "a")), "pl": (("między", "a"), ("pomiędzy", "a"), ("od", "do")),
    "ru": (("между", "и"), ("от", "до")), "uk": (("між", "і"), ("від", "до")),
    "bg": (("между", "и"), ("от", "до")), "mk": (("меѓу", "и"), ("од", "до")),
    "cs": (("mezi", "a"), ("od", "do")), "sk": (("medzi", "a"), ("od", "do")),
    "sl": (("med", "in"), ("od", "do")), "nl": (("tussen", "en"), ("van", "tot")),
    "sv": (("mellan", "och"), ("från", "till")), "da": (("mellem", "og"), ("fra", "til")),
    "nb": _NB_RANGES, "nn": _NB_RANGES,
    "el": (("μεταξύ", "και"), ("από", "έως"), ("από", "μέχρι")), "ca": (("entre", "i"), ("de", "a")),
    "id": (("antara", "dan"), ("dari", "hingga"), ("dari", "sampai")),
    "ms": (("antara", "dan"), ("dari", "hingga"), ("dari", "sampai")),
    "vi": (("giữa", "và"), ("từ", "đến")),
}
TO_WORDS = {
    "en": "to", "hr": "do", "sr": "do", "bs": "do", "de": "bis", "fr": "à", "es": "a",
    "it": "a", "pt": "a", "pl": "do", "ru": "до", "uk": "до", "bg": "до", "mk": "до",
    "cs": "až", "sk": "až", "sl": "do", "nl": "tot", "sv": "till", "da": "til", "nb": "til",
    "nn": "til", "el": "έως μέχρι", "ca": "a", "id": "hingga sampai",
    "ms": "hingga sampai", "vi": "đến",
}

# Unit forms CLDR lacks (oblique cases, other words for week, per cent written out).
UNIT_EXTRAS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "en": {"percent": ("per cent", "pct", "pc"), "year": ("yrs",), "month": ("mos",),
           # British spellings, which CLDR's English (American) lacks
           "kilometer": ("kilometre", "kilometres"), "meter": ("metre", "metres"),
           "centimeter": ("centimetre", "centimetres"), "millimeter": ("millimetre", "millimetres"),
           "liter": ("litre", "litres"), "milliliter": ("millilitre", "millilitres"),
           POINTS: ("percentage point", "percentage points", "percentage-point", "pct point", "pct points")},
    # Hebrew counts with the construct plural: "שלושה ימי אבל" (three days of mourning)
    # and the kilometre's and the kilogram's abbreviations with their gershayim, or the quote
    # typed for it: "1,240 ק\"מ", "1,200 ק\"ג"
    "he": {"day": ("ימי",), "week": ("שבועות",), "month": ("חודשי",), "year": ("שנות",),
           "kilometer": ('ק"מ', "ק״מ"), "kilogram": ('ק"ג', "ק״ג")},
    # Lao counts days of an event with "ວັນ" (a day, a date) as often as CLDR's "ມື້":
    # "ແກ່ຍາວ 12 ວັນ" (lasting 12 days)
    "lo": {"day": ("ວັນ",)},
    # Greek news counts years in the genitive ("κάθειρξη εννέα ετών", nine years' prison)
    # and with the common word ("9 χρόνια"), besides CLDR's "έτη"
    "el": {"year": ("ετών", "χρόνια", "χρόνων", "χρόνο")},
    "rw": {"percent": ("ku ijana",)},  # Kinyarwanda "78 ku ijana" (on a hundred)
    "is": {"year": ("árs", "ára", "árum")},  # Icelandic years in their cases: "41 árs gamall" (41 years old)
    # Georgian and Armenian terms in years: "9 წლით" (for 9 years), "9 წლიანი", "9 տարվա ազատազրկում"
    "ka": {"year": ("წლით", "წლიანი")}, "hy": {"year": ("տարվա", "տարով")},
    "tg": {"percent": ("фоиз", "фоизи", "дарсад"),  # Tajik "25 фоиз"
           "hour": ("соат", "соати"), "minute": ("дақиқа", "дақиқаи")},  # which CLDR's Tajik lacks
    # Chinese news counts hours and weeks with the measure word, as CLDR does months ("3个月"):
    # "11个小时后获救" (rescued after 11 hours), "3个星期"
    "zh": {"hour": ("个小时", "個小時", "个钟头", "個鐘頭"), "week": ("个星期", "個星期", "个礼拜", "個禮拜")},
    "yue": {"hour": ("個小時", "個鐘頭", "個鐘"), "week": ("個星期", "個禮拜")},
    # Sorani and Pashto, whose CLDR data has no units ("3 مانگ", "۶ میاشتې", "۲ کاله")
    "ckb": {"day": ("ڕۆژ",), "week": ("هەفتە",), "month": ("مانگ",), "year": ("ساڵ",),
            "percent": ("لەسەدا", "٪")},
    "ps": {"day": ("ورځ", "ورځې", "ورځو"), "week": ("اونۍ", "اونۍ", "اونیو"), "month": ("میاشت", "میاشتې", "میاشتو"),
           "year": ("کال", "کاله", "کلونه", "کلونو"), "percent": ("سلنه",)},
    "hr": {"week": ("sedmica", "sedmice", "sedmicu")},
    # Serbian and Bosnian hours are "časova" as often as CLDR's "sati" ("у 8 часова")
    "sr": {"week": ("sedmica", "sedmice", "sedmicu", "nedelju", "nedjelja", "nedjelje"),
           "percent": ("posto", "odsto"), "hour": ("časova",)},
    "bs": {"week": ("sedmica", "sedmice", "sedmicu"), "percent": ("posto", "odsto"), "hour": ("časova",)},
    "ro": {"percent": ("la sută",), "year": ("anul", "anului", "anii", "anilor"),
           "month": ("luna", "lunii", "lunile", "lunilor"),
           "day": ("ziua", "zilei", "zilele", "zilelor"), "week": ("săptămâna", "săptămânii")},
    "fr": {"year": ("année", "années")},
    # Vietnamese counts hours as "giờ" and "tiếng" alike ("kéo dài 14 giờ 30 phút", "3 tiếng");
    # CLDR writes one or the other, by its version
    "vi": {"hour": ("giờ", "tiếng")},
    # the kilo of speech, for kilograms: "180 chili", "180 quilos"
    "it": {"percent": ("per cento",), "kilogram": ("chili", "chilo")},
    "pt": {"kilogram": ("quilo", "quilos")},
    "mt": {"percent": ("fil-mija", "fil-mija.", "fil mija"),  # "96 fil-mija" (in the hundred)
           # and the spans of time, where CLDR lends Maltese the root's signs ("7 h")
           "year": ("sena", "snin"), "month": ("xahar", "xhur"), "week": ("ġimgħa", "ġimgħat"),
           # (the plural of "jum" with the i it takes after a consonant: "ħamest ijiem")
           "day": ("jum", "jiem", "ijiem", "ġranet", "ġurnata"), "hour": ("siegħa", "sigħat"),
           "minute": ("minuta", "minuti")},
    # as one word, as Urdu news writes it (CLDR: "کلو میٹر"); and the day of Persian, "5 روز قبل"
    # (five days before) beside "دن"
    "ur": {"kilometer": ("کلومیٹر",), "day": ("روز",)},
    # the adjective of per cent, after a hyphen: "27-protsendilist preemiat" (a premium of 27 per cent)
    "et": {"percent": ("protsendilist", "protsendiline", "protsendilise", "protsendilisele")},
    "am": {"percent": ("በመቶ", "ከመቶ")},  # "60 በመቶ": in a hundred
    # Malayalam writes per cent out ("3.2 ശതമാനം"), with its case endings on it as the other
    # Indian languages do (GLUED_ENDINGS: "ശതമാനമായി", "శాతానికి", "टक्क्यांपर्यंत")
    "ml": {"percent": ("ശതമാനം", "ശതമാന")}, "mr": {"percent": ("टक्के", "टक्क्यां")}, "te": {"percent": ("శాతం", "శాత")},
    # Arabic news writes per cent "in the hundred" apart as often as joined: "60 في المئة",
    # "60 في المائة", "60 بالمئة" (CLDR has "بالمائة" only)
    # and the year as "عام" (its accusative after a figure, "17 عاما", and its plural), beside CLDR's "سنة"
    "ar": {"percent": ("في المئة", "في المائة", "في المية", "بالمئة", "بالمية"),
           "year": ("عام", "عاما", "عاماً", "عامًا", "أعوام")},
    # Polish and Lithuanian newsrooms abbreviate per cent ("o 2,4 proc.", "3 proc."),
    # Bulgarian writes "на сто" (in a hundred), Macedonian "отсто", Albanian "për qind"
    # apart as often as "përqind".
    "pl": {"percent": ("proc.", "procent", "procenta", "procentów")},
    # the Slovene adjective of per cent, after a hyphen: "15-odstotno povišanje" (a 15-per-cent rise)
    "sl": {"percent": ("odstotno", "odstotni", "odstotna", "odstotne", "odstotnega", "odstotnemu", "odstotnim")},
    "lt": {"percent": ("proc.", "procentų", "procentais")},
    "bg": {"percent": ("на сто", "на сто.")},
    "mk": {"percent": ("отсто", "насто")},
    "sq": {"percent": ("për qind", "per qind")},
    "ru": {"year": ("годы", "годами", "годах"), "day": ("сутки", "суток"),
           "month": ("месяцы", "месяцами")},
    # the Ukrainian day of 24 hours ("9 діб"), as the Russian "суток"
    "uk": {"day": ("доба", "доби", "діб", "добу")},
    # Finnish years in the cases of a change, "65 vuodesta 67 vuoteen" (from 65 years to 67), and
    # hours in the weak grade of their cases ("seitsemäksi tunniksi", for seven hours; "tunnin")
    "fi": {"year": ("vuoteen", "vuodesta", "vuodeksi", "vuodella"),
           "hour": ("tunniksi", "tunnin", "tunnissa", "tunnilla", "tunneiksi", "tunnit")},
    # Japanese news shortens the centimetre: "直径30センチ"
    "ja": {"centimeter": ("センチ",)},
    # Turkish writes "for" and "-long" on the unit: "18 aydır" (for 18 months), "18 aylık".
    "tr": {"month": ("aydır", "aylık", "ayda", "aylar"), "year": ("yıldır", "yıllık", "yılda", "yıllar"),
           "day": ("gündür", "günlük", "günde", "günler"), "week": ("haftadır", "haftalık", "haftada")},
    # Hindi news says "साल" for years as often as CLDR's "वर्ष", and "फ़ीसदी" for per cent.
    "hi": {"year": ("साल", "सालों", "साला", "बरस", "वर्षों"), "percent": ("फ़ीसदी", "फीसदी", "फ़ीसद")},
    # Hungarian hours with their case endings: "8 órán át" (for eight hours), "8 órát", "8 órás"
    "hu": {"hour": ("órán", "órát", "órája", "órás", "órányi", "órára"),
           # years and months with the cases news writes on them: "65 évre emelik" (raised to 65 years)
           "year": ("évre", "évig", "évet", "éves", "évvel", "évnyi", "évben"),
           "month": ("hónapra", "hónapig", "hónapot", "hónapos", "hónappal")},
    # Tagalog news spells per cent both ways.
    "tl": {"percent": ("porsiyento", "porsyento", "bahagdan")},
    "fil": {"percent": ("porsiyento", "porsyento", "bahagdan")},
    "pa": {"percent": ("ਫੀਸਦੀ", "ਫ਼ੀਸਦੀ", "ਫੀਸਦ")},
}
# A temperature in degrees without "Celsius", as news writes it ("47,3 gradi", "47.3 degrees",
# "47,3 grados centígrados"): CLDR names only "degrees Celsius", whose first word is then no
# unit by itself. Not where the bare word is an earthquake's magnitude as often: Spanish and
# Portuguese "sismo de 7.1 grados", "7,1 graus", Romanian "5,6 grade", Croatian "5,5
# stupnjeva", Greek "βαθμών Ρίχτερ", Arabic "بقوة 7.1 درجة", Turkish "derece".
_DEGREES: Mapping[str, tuple[str, ...]] = {
    "en": ("degrees", "degrees Celsius"), "es": ("grados centígrados", "grados Celsius"),
    "pt": ("graus Celsius", "graus centígrados"), "it": ("gradi", "gradi centigradi"), "fr": ("degrés",),
    "de": ("Grad",), "nl": ("graden",), "ru": ("градусов", "градуса"), "uk": ("градусів",), "hu": ("fok", "fokot"),
    # and where CLDR writes the unit around the figure: Korean "(섭씨) 51.2도" (not Japanese "度", also
    # the times of "3度目", the third time); Urdu "ڈگری سینٹی گریڈ" (centigrade, CLDR: سیلسیس), Bengali
    # "ডিগ্রি সেলসিয়াস"
    "ko": ("도",), "ur": ("ڈگری سینٹی گریڈ", "ڈگری سیلسیس", "ڈگری"),
    "bn": ("ডিগ্রি সেলসিয়াস", "ডিগ্রি"),
    # Persian news writes "درجه سانتی‌گراد" (centigrade) where CLDR writes "درجهٔ سلسیوس"; not the
    # degree alone, also an earthquake's ("۶ درجه ریشتر")
    "fa": ("درجه سانتی‌گراد", "درجه سانتیگراد", "درجه سلسیوس"),
}
UNIT_EXTRAS = {language: {**UNIT_EXTRAS.get(language, {}),
                          **({"celsius": _DEGREES[language]} if language in _DEGREES else {})}
               for language in {*UNIT_EXTRAS, *_DEGREES}}

# Speeds as news writes them beside CLDR's forms ("km/h", "kilometers per hour"): British
# "kilometres per hour", "kph", Vietnamese "km/giờ", Indonesian and Malay "km/jam", Tagalog
# "kilometro bawat oras".
_SPEEDS = {
    "en": ("kph", "km/hr", "kilometres per hour", "kilometre per hour"), "vi": ("km/giờ", "km/h"),
    "id": ("km/jam", "km per jam", "kilometer per jam"), "ms": ("km/j", "km/jam", "kilometer sejam", "km sejam"),
    "tl": ("kph", "kilometro bawat oras", "kilometro kada oras"), "fil": ("kph", "kilometro bawat oras"),
}
UNIT_EXTRAS = {**UNIT_EXTRAS, **{language: {**UNIT_EXTRAS.get(language, {}), "kilometer per hour": forms}
                                 for language, forms in _SPEEDS.items()}}

# Percentage points, which CLDR does not name: "Prozentpunkte", "points de pourcentage",
# "puntos porcentuales", "процентных пункта", "punktów procentowych".
_POINTS_WORDS = {
    "de": ("Prozentpunkt", "Prozentpunkte", "Prozentpunkten"),
    "fr": ("point de pourcentage", "points de pourcentage"),
    "es": ("punto porcentual", "puntos porcentuales"), "it": ("punto percentuale", "punti percentuali"),
    "pt": ("ponto percentual", "pontos percentuais"), "ca": ("punt percentual", "punts percentuals"),
    "ro": ("punct procentual", "puncte procentuale"), "nl": ("procentpunt", "procentpunten"),
    "sv": ("procentenhet", "procentenheter"), "da": ("procentpoint",), "nb": ("prosentpoeng",),
    "pl": ("punkt procentowy", "punkty procentowe", "punktu procentowego", "punktów procentowych", "pkt proc."),
    "ru": ("процентный пункт", "процентного пункта", "процентных пункта", "процентных пунктов", "п.п."),
    "uk": ("відсоткового пункту", "відсоткових пункти", "відсоткових пунктів", "в.п.", "процентного пункту",
           "процентних пункти", "процентних пунктів"),
    "hr": ("postotni bod", "postotna boda", "postotnih bodova"), "cs": ("procentního bodu", "procentní body", "procentních bodů"),
    "sk": ("percentuálneho bodu", "percentuálne body", "percentuálnych bodov"),
    # Chinese "比上月上升0.2个百分点"; Japanese and Korean points of per cent, "0.2%ポイント上昇",
    # "0.5%포인트 상승", "0.5%p" (ポイント and 포인트 alone are as often the points of a stock
    # index: "744ポイント高")
    "zh": ("个百分点", "個百分點", "百分点", "百分點"), "yue": ("個百分點", "百分點"),
    "ja": ("%ポイント", "パーセントポイント"), "ko": ("%포인트", "퍼센트포인트", "%p"),
    "vi": ("điểm phần trăm",), "id": ("poin persentase",),  # "tăng 0,3 điểm phần trăm lên 5,1%"
    "ar": ("نقطة مئوية", "نقاط مئوية"), "fa": ("واحد درصد",), "hi": ("प्रतिशत अंक", "फीसदी अंक"),
    "hu": ("százalékpont", "százalékponttal", "százalékpontot", "százalékpontos"),
    "fi": ("prosenttiyksikkö", "prosenttiyksikköä", "prosenttiyksiköllä", "prosenttiyksikön"),
    "el": ("ποσοστιαία μονάδα", "ποσοστιαίες μονάδες", "ποσοστιαίας μονάδας", "ποσοστιαίων μονάδων"),
    "bg": ("процентен пункт", "процентни пункта", "процентни пункт"),
}
# Points of per cent written with the word for per cent before the figure: Turkish "yüzde 0,5
# puan" (0.5 points), "yüzde 1,25 puanlık artış".
POINTS_AFTER_PERCENT: Mapping[str, tuple[str, ...]] = {"tr": ("puan", "puanlık"), "az": ("bənd",)}
UNIT_EXTRAS = {**UNIT_EXTRAS, **{language: {**UNIT_EXTRAS.get(language, {}), POINTS: forms}
                                 for language, forms in _POINTS_WORDS.items()}}

# The adjectives of a span of days and hours written after the figure and a hyphen, or on it:
# "41-dnevnog putovanja" (of a 41-day journey), "41-дневно пътуване", "41-tägige Reise";
# where their stem is no unit word's (Polish "48-godzinny" and Czech "48hodinová" are read on
# "godzin", "hodin"). (The Greek compound written on its figure, "24ωρη απεργία", is no figure.)
# Read only on their figure: after a space they are another word ("5 dnevnih letova", five
# daily flights; "24 Stündige", a count of people on duty).
_SPAN_ADJECTIVES: dict[str, dict[str, str]] = {
    **{language: {"day": "dnevni dnevna dnevno dnevnog dnevnom dnevne dnevnih dnevnu",
                  "hour": "satni satna satno satnog satnom satne satnih"} for language in ("hr", "bs")},
    "sr": {"day": "dnevni dnevna dnevno dnevnog dnevnom dnevne dnevnih дневни дневна дневно дневног дневном дневне",
           "hour": "časovni časovna časovno часовни часовна часовно"},
    "bg": {"day": "дневен дневна дневно дневни", "hour": "часов часово часови"},
    "mk": {"day": "дневен дневна дневно дневни", "hour": "часовен часовна часовно"},
    "sl": {"day": "dnevni dnevna dnevno dnevnega dnevnem", "hour": "urni urna urno urnega"},
    "de": {"day": "tägig tägige tägigen tägiger tägiges", "hour": "stündig stündige stündigen stündiger"},
}
UNIT_EXTRAS = {**UNIT_EXTRAS, **{language: {**UNIT_EXTRAS.get(language, {}),
                                            **{unit: (*UNIT_EXTRAS.get(language, {}).get(unit, ()), *forms.split())
                                               for unit, forms in spans.items()}}
                                 for language, spans in _SPAN_ADJECTIVES.items()}}

# Unit words that are also among the commonest words of the language (a verb, a
# pronoun, an adverb): read as the unit only where no other word follows in the clause
# or a linking word does ("500 ha di bosco", "500 ha."), not before the rest of a
# sentence: Italian and Spanish "magnitudo 4,2 ha colpito" (has struck), Italian "lei"
# (she), Portuguese "sem" (without: "3 mil sem-abrigo") and "há" (there is), Hungarian
# "ha" (if), Czech and Slovak "tak" (so), "taky" (also), "pes" (dog), Russian and
# Ukrainian "так" (so), Russian "вон" (out), Ukrainian "вона", "вони" (she, they),
# Polish "lek", "leki" (medicine), "lej" (crater), Turkish and Azerbaijani "yeni" (new:
# "12 yeni okul", "12 yeni məktəb"; CLDR's yen is "Japon yeni"); and so a multiplier, Greek
# "εκ" (of: "δύο εκ των τραυματιών"), unless written with its dot ("5 εκ. ευρώ", 5 million).
WORD_UNITS = {
    "it": "ha lei", "es": "ha", "pt": "ha há sem som", "hu": "ha", "cs": "tak taky pes", "sk": "tak taky",
    "ru": "так вон", "uk": "так вона вони", "pl": "lek leki lej", "el": "εκ", "tr": "yeni", "az": "yeni",
}
# Unit words CLDR gives that the language's news writes for something else: English
# "mark" is a threshold ("passed the 1,000 mark"); the Bosnian currency is "marks".
# Spanish and Portuguese pesos are Mexico's, Argentina's, Colombia's, Chile's as often
# as the Philippines' (the one peso read): a rule names which in `units`.
# and the one-letter Latin units CLDR's root gives the languages it has no units of, which
# their own letters fold to: Sorani "٥ی" (the 5th, of a date) is no 5 "y" (years).
NOT_UNITS = {"en": "mark", "es": "peso pesos", "pt": "peso pesos", "ckb": "d m w y sl", "dv": "d m w y", "sd": "t",
             "ps": "h"}
# Words that read as a unit word with an ending and are another noun: Slovene "letov" (of
# flights; years are "let", "leti", "leta"): "412 letov" is no 412 years.
NOT_UNIT_FORMS = {"sl": "letov"}

# Endings of verbs, which a figure never counts: a verb right after a figure is no noun
# ("zemetrasenie s magnitúdou 5,2 zasiahlo", has struck; Tamil "5,000 பேர் கூடினர்",
# gathered). The past of the Slavic languages in the neuter ("-lo", "-ło", "-ло"), which a
# noun after a figure does not end in but for one: "1 vozidlo", "1 selo" (the noun then
# goes unread, as the rarer case). Tamil's past in the plural ("இறந்தனர்", "கலந்துகொண்டனர்",
# "கூடினர்"), but for nouns of "those of" ("நாட்டினர்", "ராணுவத்தினர்"); as (endings, not endings).
VERB_ENDINGS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    **dict.fromkeys(("sk", "cs", "sl"), (("lo",), ())),
    # and the masculine of Croatian, Serbian and Bosnian, whose l became o ("pogodio", "stradao", "poginuo")
    **dict.fromkeys(("hr", "bs"), (("lo", "io", "ao", "uo"), ())), "sr": (("lo", "io", "ao", "uo", "ло", "ио", "ао", "уо"), ()),
    "pl": (("ło",), ()),
    # and the reflexive past of Russian and Ukrainian ("143 вдалося врятувати", 143 it was possible to save)
    "ru": (("ло", "лось", "лся", "лась", "лись"), ()), "uk": (("ло", "лося", "вся", "лася", "лись", "лися"), ()),
    "ta": (("ந்தனர்", "ண்டனர்", "ட்டனர்", "ற்றனர்", "த்தனர்", "ன்றனர்", "டினர்", "கினர்"), ("ட்டினர்",)),
    # Hindi's "was", "became", "went" after a figure: "मतदान प्रतिशत 65.5 रहा" (turnout was 65.5)
    "hi": (("रहा", "रही", "रहे", "हुआ", "हुई", "हुए", "गया", "गई", "गए"), ()),
    # Hungarian "was", "became", "will be" after a figure: "magnitúdója 6,8 volt" (its magnitude was 6.8)
    "hu": (("volt", "voltak", "lett", "lesz", "lettek"), ()),
}

# And the masculine past of Russian and Ukrainian, which follows a magnitude or a rate with
# its decimals ("землетрус магнітудою 6,2 забрав життя", "6,2 стався", "6,2 унёс"): no noun
# counted by a figure with decimals ends so, while whole figures count nouns that do
# ("15 справ", "27 держав"), and Ukrainian "-ів" is a plural's ("4,5 балів").
DECIMAL_VERB_ENDINGS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ru": (("л", "лся", "лась"), ()), "uk": (("в", "вся", "лась", "лася"), ("ів", "їв")), "be": (("ў", "ўся"), ()),
}

# Words after a time span that make it an age, not a span: "a 45-year-old man" was
# sentenced "to 12 years" (only the 12 is years of anything); "3-month-old", "45 years old".
# Spanish, Portuguese and Italian say it after the years: "45 años de edad", "45 anos de idade",
# "45 anni di età", German and Dutch with "old" declined: "der 17 Jahre alte Schüler".
AGE_AFTER: Mapping[str, tuple[str, ...]] = {"en": ("-old", " old"), "es": (" de edad",), "pt": (" de idade",),
                                            # "41 år gammal", "41 år gammel", "41 árs gamlan", "41 gadu vecu"
                                            "sv": (" gammal", " gamla"), "nb": (" gammel", " gamle"),
                                            "da": (" gammel", " gamle"),
                                            "is": (" gamall", " gamlan", " gömul", " gamla", " gamli"),
                                            "lv": (" vecs", " vecu", " veca", " vecam", " vecai", " vecais"),
                                            "it": (" di età",), "bn": (" বয়সী",),  # "১৭ বছর বয়সী" (17 years aged)
                                            # "ein 17 Jahre alter Schüler", "een 17 jaar oude scholier"
                                            "de": (" alt", " alte", " alter", " alten", " altes", " altem"),
                                            "nl": (" oud", " oude"),
                                            # the years' genitive before "a": "17 साल के एक लड़के" (of a
                                            # boy of 17 years), "17 سال کا ایک لڑکا"
                                            "hi": (" का एक", " के एक", " की एक"), "ur": (" کا ایک", " کے ایک", " کی ایک")}
# The endings that make a noun an adjective of having or of measure, which a figure
# before it describes the noun after with: Turkish "151 sandalyeli meclis" (the
# parliament of 151 seats), "200 metrelik köprü", Hungarian "199 fős Országgyűlés", "15
# tagú testület", "200 méteres híd". The noun with the ending is no count of the noun.
HAVING_ENDINGS = {"tr": "li lı lu lü lik lık luk lük", "az": "li lı lu lü lik lıq luq lük",
                  "hu": "s as es os ös ú ű jú jű nyi"}
# Span words that are an age by themselves, as written: German "ein 45-Jähriger", "die
# 17-Jährige" (a person of so many years; the adjective, "45-jähriger Mann", "10-jährige
# Amtszeit", is either).
AGE_WORDS: Mapping[str, tuple[str, ...]] = {"de": ("Jährige", "Jähriger", "Jährigen", "Jährigem")}
# And the words before the years that make them an age: "âgé de 45 ans", "un homme de 45
# ans" (but "un plan de 10 ans"), "una mujer de 45 años", "un uomo di 45 anni", "um homem
# de 45 anos"; the years between commas after a noun are one too ("Jean Dupont, 45 ans,",
# "un joven, de 17 años,", "il ragazzo, 17 anni,").
AGE_BEFORE: Mapping[str, tuple[str, ...]] = {
    "fr": ("âgé de", "âgée de", "âgés de", "âgées de", "homme de", "femme de", "garçon de", "fille de",
           "enfant de", "adolescent de", "adolescente de", "jeune homme de", "jeune femme de", "retraité de",
           "retraitée de", "quadragénaire de"),
    "es": ("hombre de", "mujer de", "niño de", "niña de", "joven de", "anciano de", "anciana de", "varón de",
           "chico de", "chica de"),
    "it": ("uomo di", "donna di", "ragazzo di", "ragazza di", "bambino di", "bambina di", "anziano di",
           "anziana di", "giovane di"),
    "pt": ("homem de", "mulher de", "menino de", "menina de", "jovem de", "idoso de", "idosa de", "rapaz de"),
    "gl": ("home de", "muller de", "mozo de", "moza de", "rapaz de", "rapaza de", "neno de", "nena de", "xove de"),
    "ca": ("home de", "dona de", "noi de", "noia de", "jove de", "nen de", "nena de", "avi de", "àvia de"),
    "en": ("aged",),  # "a man aged 41 years"
    # Indonesian and Malay "pria berusia 45 tahun" (a man aged 45)
    "id": ("berusia", "berumur"), "ms": ("berusia", "berumur"),
    "ro": ("tânăr de", "tânără de", "bărbat de", "femeie de", "băiat de", "fată de", "copil de", "în vârstă de"),
    # "يبلغ من العمر 17 عاما" (who reaches of age 17 years), "بعمر 17 عاما"
    "ar": ("يبلغ من العمر", "تبلغ من العمر", "البالغ من العمر", "البالغة من العمر", "بعمر", "عمره", "عمرها"),
    "sw": ("umri wa",),  # "mwenye umri wa miaka 17" (of the age of 17 years)
}
# And those before a bare figure, with no word for years: "a man aged 41", "un homme âgé de 41".
AGE_BEFORE_BARE: Mapping[str, tuple[str, ...]] = {"en": ("aged",), "fr": ("âgé de", "âgée de")}
# Words of age written after the figure: Turkish "45 yaşındaki bir adam" (a man at the age of
# 45), and the counters of years of age in Chinese, Japanese and Korean ("45歳の男", "45세
# 남성", "45岁男子").
AGE_NOUNS: Mapping[str, tuple[str, ...]] = {
    "tr": ("yaşında", "yaşındaki", "yaşındaydı"), "az": ("yaşında", "yaşlı", "yaşındakı"),
    # and the adjectives of age: Hindi "17 वर्षीय युवक", Persian "۱۷ ساله", Hungarian "17 éves",
    # and Vietnamese "17 tuổi" (17 years of age)
    "hi": ("वर्षीय", "वर्षीया"), "fa": ("ساله",), "hu": ("éves", "évest", "évesen"), "vi": ("tuổi",),
    "eu": ("urteko",),  # "34 urteko gizon bat" (a man of 34 years)
    "ja": ("歳",), "ko": ("세",), "zh": ("岁", "歲"), "yue": ("歲",),
}

# What may follow a unit written on a Korean figure in the same word: a particle, "간"
# (for a span), "째" (running), a bound ("1년여", "5시간가량"); any other syllable makes
# another word of it ("3분기", the third quarter, is no three minutes).
KOREAN_AFTER_UNIT = ("간", "째", "여", "이", "가", "은", "는", "을", "를", "의", "에", "으로", "로", "와", "과",
                     "도", "만", "까지", "부터", "씩", "께", "나", "동안", "가량", "정도", "이상", "이하", "미만",
                     "안팎", "전", "후", "내", "쯤", "밖에", "뿐")

# Words for "o'clock" written before the hour, after which a number is a time of day,
# not a figure: Finnish "kello 6", "klo 6", Swedish "klockan 9", Polish "o godz. 8",
# Latvian "plkst. 9", Albanian "në orën 20".
CLOCK_WORDS = {
    "fi": "kello klo", "et": "kell", "sv": "klockan kl", "da": "klokken kl", "nb": "klokken kl",
    "nn": "klokka kl", "pl": "godz godzinie godzina", "lv": "plkst pulksten",
    "it": "ore", "pt": "às", "sq": "orën ora", "ro": "ora orele",  # Romanian "la ora 3"
    # Hausa "da karfe 3 na dare", Indonesian and Malay "pukul 14.30", "jam 3 pagi"
    "ha": "karfe ƙarfe", "id": "pukul jam", "ms": "pukul jam",
    # "saat 21.30'da", "الساعة 10", "בשעה 6", "ساعت ۱۰", "کاتژمێر 9"
    "tr": "saat", "az": "saat", "ar": "الساعة الساعه", "he": "בשעה שעה", "fa": "ساعت", "ckb": "کاتژمێر",
    "is": "klukkan kl",  # Icelandic "klukkan 14"
    # Bengali's part of the day before the hour: "সন্ধ্যা ৬টা ৪০ মিনিটে" (at 6:40 in the evening), "ভোর ৪টায়"
    "bn": "সকাল সন্ধ্যা সন্ধ্যায় রাত দুপুর বিকেল ভোর",
}
# Words for o'clock that also count hours, or words for "at" before an hour, followed
# within three words by a part of the day or the word for hours: a number between them is
# a time of day ("saa 3 asubuhi", at three in the morning; "kwa saa 48", for 48 hours, is
# none; "à 20h", "vers 14 heures", but "durera 24h"; "a las 8 de la mañana", "a las 20
# horas", but "a las 300 familias"; "alle 3 di notte"). Folded.
CLOCK_PARTS: Mapping[str, tuple[frozenset[str], frozenset[str]]] = {
    "sw": (frozenset({"saa"}), frozenset({"asubuhi", "mchana", "jioni", "usiku", "alfajiri", "adhuhuri"})),
    "fr": (frozenset({"a", "vers", "des", "jusqu'a"}), frozenset({"h", "heures", "heure"})),
    "es": (frozenset({"las", "la"}), frozenset({"h", "horas", "hora", "manana", "tarde", "noche", "madrugada"})),
    "it": (frozenset({"alle", "verso"}), frozenset({"notte", "mattina", "mattino", "sera", "pomeriggio"})),
    # "at" before the hour and the word for o'clock after it, which without "at" counts
    # hours: Croatian and Serbian "u 8 sati", "у 8 часова" (but "trajao 8 sati"), Russian
    # "в 14 часов", "в 2 часа ночи", Ukrainian "о 14 годині", Bulgarian "в 14 часа",
    # Macedonian "во 14 часот", Czech "v 8 hodin", Slovak "o 8. hodine" (its "o 8 hodín"
    # is eight hours later), Slovene "ob 8. uri", Vietnamese "lúc 14 giờ 30 phút".
    "hr": (frozenset({"u"}), frozenset({"sati", "casova", "h", "ujutro", "navecer", "uvecer", "popodne"})),
    "bs": (frozenset({"u"}), frozenset({"sati", "casova", "chasova", "h", "ujutro", "navecer", "popodne"})),
    "sr": (frozenset({"u"}), frozenset({"sati", "casova", "chasova", "h", "ujutro", "uvece", "popodne"})),
    "ru": (frozenset({"v"}), frozenset({"chasov", "chasa", "chas", "utra", "vechera", "nochi", "dnia"})),
    "uk": (frozenset({"o", "ob"}), frozenset({"godini", "ranku", "vechora", "nochi", "dnia"})),
    "bg": (frozenset({"v"}), frozenset({"chasa", "sutrinta", "vecherta"})),
    "mk": (frozenset({"vo"}), frozenset({"chasot", "casot"})),
    "cs": (frozenset({"v"}), frozenset({"hodin", "rano", "vecer"})),
    "sk": (frozenset({"o"}), frozenset({"hodine", "rano", "vecer"})),
    "sl": (frozenset({"ob"}), frozenset({"uri", "zjutraj", "zvecer"})),
    "vi": (frozenset({"luc", "vao"}), frozenset({"gio", "sang", "chieu", "toi", "trua", "dem"})),
    "ga": (frozenset({"a"}), frozenset({"chlog"})),  # Irish "ar a 3 a chlog"
    # Dutch "om 8 uur" (but "duurde 12 uur"), Catalan "a les 8 hores", Greek "στις 8 το πρωί"
    "nl": (frozenset({"om", "rond"}), frozenset({"uur", "ochtends", "avonds", "middags", "nachts"})),
    "ca": (frozenset({"les", "la"}), frozenset({"h", "hores", "hora", "mati", "tarda", "nit", "migdia", "matinada"})),
    "el": (frozenset({"stis", "sti"}), frozenset({"proi", "vrady", "mesimeri", "ximeromata"})),
    # Polish "o 6 rano", "o 2 w nocy", "o 8 wieczorem" (but "o 6 procent", by six per cent)
    "pl": (frozenset({"o"}), frozenset({"rano", "wieczorem", "nocy", "popoludniu", "poludniu"})),
}
# Words for "at" after which an hour stands alone, without "o'clock" or a part of the
# day: Spanish "a las 8", Catalan "a les 8", Italian "alle 8"; a noun after the figure
# makes it a count ("a las 300 familias"). In English, whose decimal point is the dot of
# a 24-hour time, only an hour of two digits with its minutes: "at 14.30", "until 09.00"
# (not "at 8", nor "at 1.08", an exchange rate).
CLOCK_AT: Mapping[str, str] = {"es": "las", "ca": "les", "it": "alle", "gl": "ás", "en": "at until till"}
CLOCK_AT_MINUTES_ONLY = frozenset({"en"})
# Abbreviations of "hour" after a number that make it a time of day, where the duration
# is written out: Lithuanian "prasidėjo 8 val. ryto" (at 8 in the morning), but "truko 8
# valandas" (lasted eight hours); German "um 2 Uhr" (o'clock; hours are "Stunden").
CLOCK_AFTER = {"lt": "val", "de": "uhr", "lb": "auer",  # Luxembourgish "um 14 Auer"
               "hu": "órakor órától",  # Hungarian "délután 2 órakor" (at two), but "8 órán át" (for eight hours)
               # Hindi, Nepali and Urdu "o'clock" after the hour: "रात 2 बजे", "2:35 बजे", "۳ بجے"
               "hi": "बजे बजकर", "ne": "बजे बजेको", "ur": "بجے", "mr": "वाजता वाजता", "pa": "ਵਜੇ",
               # and in Bengali, Tamil, Telugu, Gujarati, Kannada and Malayalam: "সকাল ১০টায়",
               # "காலை 10 மணிக்கு", "ఉదయం 10 గంటలకు", "સવારે 10 વાગ્યે", "10 ಗಂಟೆಗೆ", "10 മണിക്ക്"
               "bn": "টায়", "ta": "மணிக்கு மணியளவில்", "te": "గంటలకు", "gu": "વાગ્યે વાગે",
               "kn": "ಗಂಟೆಗೆ", "ml": "മണിക്ക്"}
# The hour's mark written on the number in Chinese, Japanese and Korean: "上午10时",
# "午後2時", "오전 9시" are times of day, as are the minutes after it ("3时42分",
# "4時10分", "9시 30분"); before 间, 間 or 간 the same mark makes a span ("10時間", "9시간").
HOUR_MARKS = {"zh": "时時", "yue": "時", "ja": "時", "ko": "시"}
HOUR_SPANS = "间間간"

# Percent written before the number: Turkish "%50", "yüzde 50"; Azerbaijani, Kurdish and
# Basque "%50"; Swahili "asilimia 50"; Zulu "amaphesenti angu-60", "ngamaphesenti ayi-12";
# Kannada "ಶೇ 61ರಷ್ಟು", "ಶೇ.61", "ಶೇಕಡಾ 61".
PERCENT_BEFORE = {"tr": "% yüzde", "az": "%", "ku": "%", "eu": "%", "sw": "asilimia", "zu": "amaphesenti ngamaphesenti",
                  "th": "ร้อยละ", "lo": "ຮ້ອຍລະ", "si": "සියයට", "kn": "ಶೇ. ಶೇ ಶೇಕಡಾ ಶೇಕಡ",
                  "so": "boqolkiiba",  # Somali "boqolkiiba 78" (in each hundred)
                  "ig": "pasentị pasenti"}  # Igbo "pasentị 77"

# Per cent written around the figure as "part N in a hundred": Hausa "kashi 60 cikin 100",
# "kaso 45 cikin ɗari" (60, 45 per cent). The word before is optional; the words after
# make the figure a percentage.
PER_HUNDRED: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ha": (("kashi", "kaso"), ("cikin 100", "cikin ɗari", "cikin dari", "cikin ƊARI", "bisa 100")),
}

# Currency signs newsrooms write that CLDR lacks: Indian English and Hindi "Rs 500
# crore", "रु. 500 करोड़".
SIGN_EXTRAS: Mapping[str, Mapping[str, str]] = {
    # Kenyan, Bangladeshi, South African and Nigerian English: "KSh 2 billion", "Tk 500
    # crore", "R3.5 billion", "N2.2 trillion" (CLDR's English has these signs for its
    # regional locales only, and Nigerian newsrooms type the naira's "₦" as "N")
    "en": {"Rs": "INR", "Rs.": "INR", "KSh": "KES", "Ksh": "KES", "Tk": "BDT", "Tk.": "BDT", "R": "ZAR",
           "N": "NGN"}, "hi": {"रु": "INR", "रु.": "INR"},
    # "ரூ.50 லட்சம்", "రూ.412 కోట్లు", "રૂ. 10 કરોડ", "रु. ५ लाख", "රු. මිලියන 15"
    "mr": {"रु": "INR", "रु.": "INR"}, "gu": {"રૂ": "INR", "રૂ.": "INR"}, "pa": {"ਰੁ.": "INR"},
    "ta": {"ரூ": "INR", "ரூ.": "INR"}, "te": {"రూ": "INR", "రూ.": "INR"},
    "ne": {"रु": "NPR", "रु.": "NPR", "रू.": "NPR"}, "si": {"රු": "LKR", "රු.": "LKR"},
    # Philippine news writes the peso "P2.5 bilyon"
    "tl": {"P": "PHP", "Php": "PHP"}, "fil": {"P": "PHP", "Php": "PHP"},
    # Burmese names the currency before the figure
    "my": {"ကျပ်": "MMK", "ဒေါ်လာ": "USD"},
    # Croatian news from Bosnia and Herzegovina writes its mark as Bosnian does, "2 milijuna
    # KM" (CLDR's Croatian gives it no symbol; kilometres are "km")
    "hr": {"KM": "BAM"},
    # Swahili news writes the shilling "Sh3.5 bilioni", "KSh 2 bilioni", as "shilingi" is read
    # and the dollar with its country ("dola za Kimarekani 50,000")
    "sw": {"Sh": "KES", "KSh": "KES", "Ksh": "KES", "Dola": "USD", "dola": "USD",  # "Dola 4" (4 dollars)
           **{f"{dollar} {of} {america}": "USD" for dollar in ("dola", "Dola") for of in ("za", "ya")
              for america in ("Kimarekani", "Marekani")}},
    # Kinyarwanda "amadolari ya Amerika 50,000", "amadolari 20,000"
    "rw": {"amadolari": "USD", "amadolari ya Amerika": "USD", "Amadolari": "USD"},
    "is": {"kr.": "ISK", "kr": "ISK"},  # "500 kr. á mann": the króna, a currency of its home only
    # Hausa and Yoruba news name the naira before the figure as Nigerian English writes "N617"
    "ha": {"Naira": "NGN", "naira": "NGN", "Dala": "USD", "dala": "USD"}, "yo": {"Naira": "NGN", "Náírà": "NGN"},
    # Malay writes the US dollar by its own name of the country, Amerika Syarikat: "AS$45 juta"
    "ms": {"AS$": "USD"},
}

# Currencies a newsroom meets most, as ISO 4217 codes: their CLDR names and symbols are
# what a stated amount's unit is read from, and the code is that unit's canonical name.
# The Moroccan dirham is here so that a bare "dirham" names the UAE's only where the
# language's news means it (:data:`SHARED_NAMES_READ_AS`).
# The Croatian kuna stays for the years of archive that state amounts in it. Currencies
# whose plain name others share ("peso", "dollar", "rupee", "pound") are left out where
# adding them would make that name ambiguous for a currency already here.
CURRENCIES = ("EUR", "USD", "GBP", "RUB", "UAH", "CHF", "JPY", "CNY", "PLN", "RON", "HUF",
              "CZK", "SEK", "NOK", "DKK", "TRY", "RSD", "BAM", "INR", "BRL", "HRK",
              "KRW", "THB", "VND", "IDR", "MYR", "ILS", "SAR", "AED", "IRR", "BDT", "KZT", "NGN",
              "KES", "ZAR", "BGN", "GEL", "AMD", "AZN", "BYN", "UZS", "PHP", "LAK", "KHR", "MMK", "MKD",
              "ALL", "ETB", "GHS", "MAD")
# Which currency a name several share means in a language's news when it is not the
# language's own: French "dirhams" are Morocco's ("2,5 milliards de dirhams"), English
# ones the UAE's; Arabic "درهم" is either, and names neither by itself.
SHARED_NAMES_READ_AS: Mapping[str, str] = {"fr": "MAD", "en": "AED"}
# Currencies whose names are read only in the languages of their own country: the
# rupees of Pakistan, Nepal and Sri Lanka are named as India's is ("روپے", "रुपैयाँ",
# "රුපියල්"), which stays India's elsewhere.
# The Egyptian pound likewise: Arabic news names it "جنيه" as others name the pound sterling
# ("جنيه إسترليني"), which keeps its full name. The Iranian toman, which is ten rials and
# has no ISO code, is named "IRT" as Iranian exchanges name it: a figure in tomans is no
# figure in rials. The Icelandic króna's name is the Nordic crowns' ("króna", "kronor").
HOME_CURRENCIES = ("PKR", "NPR", "LKR", "HKD", "TWD", "MNT", "EGP", "IRT", "ISK")
MONEY = frozenset((*CURRENCIES, *HOME_CURRENCIES))  # every currency read, by ISO code

# A currency and its multiplier written before the figure, as Burmese news writes sums in
# lakhs and millions of kyat: "ကျပ်သိန်း ၅,၀၀၀" is 5,000 lakh (500 million) kyat.
SCALED_SIGNS_BEFORE: Mapping[str, Mapping[str, tuple[str, float]]] = {
    "my": {"ကျပ်သိန်း": ("MMK", 1e5), "ကျပ် သိန်း": ("MMK", 1e5), "ကျပ်သန်း": ("MMK", 1e6),
           "ကျပ် သန်း": ("MMK", 1e6), "ဒေါ်လာသန်း": ("USD", 1e6), "ဒေါ်လာ သန်း": ("USD", 1e6)},
}

# Newsroom abbreviations of currencies that CLDR lacks ("3 млн руб.", "5 млрд грн"; CLDR
# writes Serbia's own currency as its code).
CURRENCY_EXTRAS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    # the Nordic and Czech crowns as the English wires name them ("230 million Norwegian crowns")
    # the Nordic crowns as Latvian and Icelandic news write them ("Norvēģijas kronu", "norskra króna")
    "lv": {"NOK": ("Norvēģijas kronu", "Norvēģijas kronas", "Norvēģijas kronām"),
           "SEK": ("Zviedrijas kronu", "Zviedrijas kronas"), "DKK": ("Dānijas kronu", "Dānijas kronas")},
    "is": {"NOK": ("norskra króna", "norskar krónur", "norskum krónum"),
           "SEK": ("sænskra króna", "sænskar krónur"), "DKK": ("danskra króna", "danskar krónur")},
    "ru": {"RUB": ("руб.",), "USD": ("долл.",)},
    "uk": {"UAH": ("грн", "грн."), "USD": ("дол.",)},
    "sr": {"RSD": ("din.",)},
    "hi": {"INR": ("रुपये", "रुपए", "रुपया", "रु.")},  # CLDR has "भारतीय रुपया" only
    "ur": {"PKR": ("روپے", "روپوں")},  # CLDR gives "روپے" to India's rupee only
    "ne": {"NPR": ("रुपैयाँ", "रूपैयाँ", "रुपैयां")},  # CLDR writes "रूपियाँ"
    "si": {"LKR": ("රුපියල්", "රුපියල")},
    "he": {"ILS": ("שקל", "שקלים"), "EUR": ("יורו",)},
    "so": {"USD": ("doollar", "doolar")},  # Somali news: "45 milyan oo doollar" (CLDR: "doolarka")  # CLDR has "שקל חדש" only, and the euro as "אירו"
    "ko": {"KRW": ("원",), "CNY": ("위안",)},
    # Chinese news names the yuan by its unit 元 (CLDR: 人民币), the Hong Kong and the
    # Taiwan dollar as Hong Kong and Taiwan write them ("12亿元", "247.5港元", "30億新台幣").
    # The 元 of a Taiwan or Hong Kong report is their dollar (:data:`LOCAL_MONEY_WORDS`).
    "zh": {"CNY": ("元", "人民币", "人民幣"), "HKD": ("港元", "港币", "港幣"), "TWD": ("新台币", "新台幣", "新臺幣")},
    "ja": {"CNY": ("元", "人民元"), "USD": ("ドル",)},  # the Japanese press's plain ドル is the US dollar
    # Mongolian news names the tugrik without "Mongolian" and the US dollar "ам.доллар".
    "mn": {"MNT": ("төгрөг", "төгрөгийн", "төгрөгөөр", "төгрөгт"), "USD": ("ам.доллар", "ам.долларын", "доллар"),
           # and the tenge as Mongolian news spells it, in its cases ("10 сая тенгегийн нөхөн олговор")
           "KZT": ("тенге", "тенгегийн", "тенгеэр", "тенгед", "тэнгэ", "тэнгэгийн", "тэнгэөөр")},
    # CLDR names these currencies with their country ("ກີບ ລາວ", "ដុល្លារ​អាមេរិក"); news
    # writes the bare name.
    "lo": {"LAK": ("ກີບ",), "USD": ("ໂດລາ",)},
    "km": {"KHR": ("រៀល",), "USD": ("ដុល្លារ",)},
    "my": {"MMK": ("ကျပ်",), "USD": ("ဒေါ်လာ",)},
    "tl": {"PHP": ("piso",)}, "fil": {"PHP": ("piso",)},
    # Nigerian and Ethiopian news writes the bare name ("Naira biliyan 3.5", "3.5 ቢሊዮን ብር").
    "ha": {"NGN": ("Naira", "naira")}, "yo": {"NGN": ("Náírà", "náírà", "Naira", "naira")},
    "am": {"ETB": ("ብር",)},
    "kk": {"KZT": ("теңге", "теңгеге", "теңгені"), "USD": ("доллар",)},  # CLDR: "Қазақстан теңгесі"
    # and the bare dollar of Central Asian news, with the cases Kyrgyz writes on it ("3,8 млрд долларга")
    # (the tenge too, bare, and with the ending of "each": "10 million tengedan", "10 миллион тенгеден")
    "uz": {"USD": ("dollar", "доллар"), "KZT": ("tenge", "tengedan", "tengega", "tengeni", "тенге", "тенгедан")},
    "tg": {"USD": ("доллар",), "KZT": ("тенге",)},
    "ky": {"USD": ("доллар", "долларга", "доллардан", "долларды", "доллардык"), "KGS": ("сом", "сомго", "сомдук"),
           "KZT": ("тенге", "тенгеден", "тенгеге", "теңге", "теңгеден", "теңгеге")},
    # Case forms of "euro" CLDR lacks: Finnish "euroon", "euron" (22,3 miljardiin euroon),
    # Albanian "eurosh" (100 mijë eurosh), "eurove"; Lithuanian "Eur".
    "fi": {"EUR": ("euroon", "euron", "eurolla", "eurosta")},
    "sq": {"EUR": ("eurosh", "eurove", "euroja")},
    # Basque writes its case endings on the currency too: "25 milioi euroko" (of 25 million
    # euros), "eurotan", "dolarreko"
    "eu": {"EUR": ("euroko", "eurotako", "eurotan", "euroren", "eurora", "eurotik", "euroan"),
           "USD": ("dolarreko", "dolarretako", "dolarretan", "dolarrera")},
    "lt": {"EUR": ("Eur",)},  # "1,2 mln. Eur", as Lithuanian news abbreviates the euro
    # Hungarian writes case endings on the currency: "991 milliárd forintot" (accusative),
    # "forintra", "forintért", "eurót", "dollárt"
    "hu": {"HUF": ("forintot", "forintra", "forintért", "forintból", "forintnyi"),
           "EUR": ("eurót", "euróra", "euróért", "euróból"), "USD": ("dollárt", "dollárra", "dollárért", "dollárból")},
    # Spanish and Italian news write the shekel as Israel does, CLDR "séquel", "siclo".
    "es": {"ILS": ("shekel", "shekels", "nuevos shekels")},
    "it": {"ILS": ("shekel", "nuovi shekel")},
    # The bare names Turkish, Azerbaijani and Sorani news writes after a figure ("1,2
    # milyar dolar", "500 milyon dollar", "٢ ملیار دۆلار"), where CLDR gives the possessive
    # with the country ("ABD doları").
    "tr": {"USD": ("dolar", "dolarlık"), "EUR": ("avro", "euroluk"),
           # and "TL" with its case ending after an apostrophe: "3,4 milyar TL'ye"
           "TRY": ("lira", "liralık", "liraya", "liradan", "TL", "TL'ye", "TL'lik", "TL'lık", "TL'den", "TL'yi",
                   "TL'dir", "TL'ya")},
    "az": {"USD": ("dollar", "dollarlıq", "dollardan", "dollara"), "AZN": ("manat", "manatlıq", "manatdan")},
    "ckb": {"USD": ("دۆلار",)},
    "ps": {"USD": ("ډالره", "ډالرو")},
    "fa": {"IRT": ("تومان", "تومن", "هزارتومان")}, "en": {"INR": ("rupees",), "IRT": ("toman", "tomans"),
    # (and the Nordic and Czech crowns as the English wires name them: "230 million Norwegian crowns")
    "NOK": ("Norwegian crowns", "Norwegian crown"), "SEK": ("Swedish crowns", "Swedish crown"),
    "DKK": ("Danish crowns", "Danish crown"), "ISK": ("Icelandic crowns", "Icelandic kronur"),
    "CZK": ("Czech crowns", "Czech crown")},
    "ar": {"EGP": ("جنيه مصري", "جنيها", "جنيهًا", "جنيهات")},
}

# Words that name whatever currency is the money of the place a report is written, of
# those each may name: 元 (and 圓) is the yuan in Beijing's news, the Taiwan dollar in
# Taipei's, the Hong Kong dollar in Hong Kong's and in Cantonese ("2,000億元", "50億元");
# Arabic "ريال" is the Saudi riyal in Riyadh's news, "درهم" the dirham of the Emirates or
# of Morocco in theirs. Read as the currency CLDR gives the territory of the source's
# language tag (``zh-TW``, ``zh-Hant``, ``zh-HK``, ``yue``, ``ar-SA``) where the word may
# name it, and as none where that currency is not read (Macau's, Singapore's, Qatar's);
# elsewhere as the tables read it (元 in Beijing's news, the yuan; "ريال" in Cairo's, none).
# CLDR has no such words: its names are 新台幣, 港元, "ريال سعودي".
_DOLLAR_LIKE = ("CNY", "TWD", "HKD", "MOP", "SGD", "MYR")
LOCAL_MONEY_WORDS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "zh": {"元": _DOLLAR_LIKE, "圓": _DOLLAR_LIKE}, "yue": {"元": _DOLLAR_LIKE, "圓": _DOLLAR_LIKE},
    "ar": {"ريال": ("SAR", "QAR", "OMR", "YER"), "ريالا": ("SAR", "QAR", "OMR", "YER"),
           "درهم": ("AED", "MAD"), "دينار": ("KWD", "BHD", "JOD", "IQD", "LYD", "TND", "DZD")},
}

# Multipliers written after an amount of money only, too short to read anywhere else
# ("£12m" beside CLDR's "M"): British newsrooms write billions "bn".
MONEY_MULTIPLIERS: Mapping[str, Mapping[str, float]] = {"en": {"bn": 1e9, "tn": 1e12}, "fr": {"Mds": 1e9}}

SUPPORTED = tuple(NUMBER_WORDS)

_SR_CYRILLIC = {
    "dž": "џ", "lj": "љ", "nj": "њ", "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д",
    "đ": "ђ", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л",
    "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у",
    "v": "в", "z": "з", "ž": "ж",
}
_SR_LETTER = regex.compile("|".join(sorted(_SR_CYRILLIC, key=len, reverse=True)))


# Umlauts as typed on a keyboard without them: "ueber" for "über", "fuenf" for "fünf".
_UMLAUTS_WRITTEN_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


_NUKTA = regex.compile("[\u093c\u09bc\u0a3c\u0abc\u0b3c]")  # the dot under a letter of an Indic script


def _variants(form: str, language: str) -> Iterator[str]:
    """The keys under which a form is looked up: as written, without the nukta of an
    Indic letter, folded (for text typed without diacritics), with umlauts written out
    and, for Serbian and Bosnian, in Cyrillic."""
    k = key(form)
    yield k
    if _NUKTA.search(k):  # Hindi "हज़ार" is typed "हजार" as often
        yield _NUKTA.sub("", k)
    if "\u0901" in k:  # and "पाँच" (five) with the anusvara, "पांच"
        yield k.replace("\u0901", "\u0902")
    if not regex.search(r"\p{Cyrillic}", k):
        yield fold(k)
        yield k.translate(_UMLAUTS_WRITTEN_OUT)
    if language in ("sr", "bs"):
        yield _SR_LETTER.sub(lambda m: _SR_CYRILLIC[m.group()], k)
    if "'" in k:  # Uzbek "to‘qqiz", "toʻqqiz" as typed with either quote or the letter ʻ
        for apostrophe in ("\u2018", "\u2019", "\u02bb"):
            yield k.replace("'", apostrophe)
    if language == "he" and "-" in k:  # "יותר מ־1,500": the Hebrew hyphen, maqaf
        yield k.replace("-", "\u05be")
    if language == "lo" and ("ຫນ" in k or "ຫມ" in k):  # "ຢ່າງໜ້ອຍ": Lao writes ຫນ, ຫມ as one letter, which NFKC splits
        yield k.replace("ຫນ", "ໜ").replace("ຫມ", "ໝ")


def _split(table: Mapping[str, str], language: str) -> frozenset[str]:
    return frozenset(v for form in table.get(language, "").split() for v in _variants(form, language))


# --- CLDR --------------------------------------------------------------------------

_CLDR_UNITS = {"duration-day": "day", "duration-week": "week", "duration-month": "month",
               "duration-year": "year", "duration-hour": "hour", "duration-minute": "minute", "duration-second": "second",
               "concentr-percent": PERCENT}
# Measures that news reports in figures, by their CLDR key. Their abbreviations of two
# letters ("km", "kg", "ha") are unambiguous after a number, unlike "g." or "M".
_CLDR_MEASURES = {"length-kilometer": "kilometer", "length-meter": "meter", "length-centimeter": "centimeter",
                  "length-mile": "mile", "mass-kilogram": "kilogram", "mass-gram": "gram", "mass-tonne": "tonne",
                  "volume-milliliter": "milliliter",
                  "area-hectare": "hectare", "area-square-kilometer": "square kilometer",
                  "volume-liter": "liter", "length-millimeter": "millimeter", "speed-kilometer-per-hour": "kilometer per hour",
                  "power-megawatt": "megawatt", "power-gigawatt": "gigawatt",
                  "temperature-celsius": "celsius", "temperature-fahrenheit": "fahrenheit"}


def _locales(language: str) -> list:
    """The Babel locales of a language in each script it is written in (``sr`` and
    ``sr_Latn``, ``bs`` and ``bs_Cyrl``); for a code CLDR files under another name, that
    one's (Tagalog ``tl`` is ``fil``: "P5.7 trilyon")."""
    from babel import localedata

    names = (language, f"{language}_Latn", f"{language}_Cyrl")
    found = [cldr.locale(name) for name in names if localedata.exists(name)]
    if not found and (alias := cldr.locale(language)) is not None:
        found.append(alias)
    return found


# Direction marks CLDR writes around numbers in right-to-left locales ("\u200f0 מיליון").
_FORMAT_CHARS = regex.compile(r"\p{Cf}")


def _after_placeholder(pattern: str, prefixed: bool = False) -> list[str]:
    """The words after ``{0}`` in a CLDR pattern; none when words come before it, unless
    ``prefixed`` (relative date fields: "za {0} godinu", "peste {0} de zile")."""
    before, sep, after = _FORMAT_CHARS.sub("", pattern).partition("{0}")
    return after.split() if sep and (prefixed or not before.strip()) else []


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


_SYMBOL = regex.compile(r"\p{S}")
# Scripts whose units and counters are written on the number ("18个月", "1500명"), and
# whose every character is a syllable or a word.
GLUED_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


_PER_UNIT = regex.compile(r"[\p{L}.]{2,}/[\p{L}.]+")  # a speed: "km/h", "km/j", "kilômét/giờ"


def _usable(phrase: str | None, long: bool, shortest: int = 3) -> bool:
    """Abbreviations of one or two letters ("g.", "M", "mj.") name too many other things;
    long forms are always kept, and so are a letter with a symbol ("°C", "℃"), which
    nothing else is written as. A bare "°" may be an angle."""
    if not phrase or any(ch.isdigit() for ch in phrase) or ("/" in phrase and not _PER_UNIT.fullmatch(phrase)):
        return False
    if GLUED_SCRIPT.search(phrase):
        return True  # a character of Chinese, Japanese or Korean is a word ("万", "か月", "개월")
    letters = _letters(unicodedata.normalize("NFKC", phrase))
    return long or letters >= shortest or (letters > 0 and _SYMBOL.search(phrase) is not None)


# Letters written on a CLDR pattern's number, in a script that spaces its words: an ending.
_ENDING_ON_NUMBER = regex.compile(r"\{0\}(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])\p{L}")


def _cldr_units(loc) -> Iterator[tuple[str, str]]:
    """(written form, canonical unit) for durations and per cent, from CLDR. The relative
    date fields ("za {0} godinu", "peste {0} de zile") add case forms: the word after the
    number, past a linking word that the unit patterns also write ("de")."""
    data = loc._data
    found: dict[str, str] = {}
    for cldr_key, canonical in {**_CLDR_UNITS, **_CLDR_MEASURES}.items():
        shortest = 2 if cldr_key in _CLDR_MEASURES else 3
        for width, forms in data["unit_patterns"].get(cldr_key, {}).items():
            for plural, pattern in forms.items():
                phrase = " ".join(_after_placeholder(pattern)) if plural != "per" else ""
                if _usable(phrase, width == "long", shortest):
                    found.setdefault(phrase, canonical)
        for width, name in data["unit_display_names"].get(cldr_key, {}).items():
            if _usable(name, width == "long", shortest):
                found.setdefault(name, canonical)
    heads = {phrase.split()[0] for phrase in found if " " in phrase}
    for duration in DURATIONS:
        for direction in data["date_fields"].get(duration, {}).values():
            for pattern in direction.values():
                if _ENDING_ON_NUMBER.search(pattern):
                    continue  # Sinhala "දින {0}න්": the unit before the number, a case ending on it
                before = _FORMAT_CHARS.sub("", pattern).partition("{0}")[0].split()
                if any(found.get(word) == duration for word in before):
                    continue  # Swahili "siku {0} zilizopita": the unit before the number, "ago" after it
                words = _after_placeholder(pattern, prefixed=True)
                # past a linking word the units write, or a word too short to be a unit (Welsh
                # "ymhen {0} o flynyddoedd": "o", of, is no year)
                linked = len(words) > 1 and (words[0] in heads or _letters(words[0]) < 2)
                word = words[1] if linked else (words[0] if words else "")
                if linked and any(unit == duration and phrase.startswith(words[0] + " ")
                                  and found.get(phrase.split()[1], duration) != duration
                                  for phrase, unit in found.items()):
                    # the unit's first word, no linking word: Mongolian "долоо хоногийн" (of a week)
                    # is no "хоногийн" (of a day)
                    word = f"{words[0]} {words[1]}"
                if _usable(word, True):
                    found.setdefault(word, duration)
    yield from found.items()


def _cldr_multipliers(loc, usable: bool = True) -> Iterator[tuple[str, float]]:
    """(written form, value) of the words for thousand, million, billion..., from the
    compact decimal formats: ``"00 milijuna"`` at magnitude 10⁷ names 10⁶. With
    ``usable`` False, the abbreviations too short to read anywhere ("K", "M", "Md"),
    which an amount of money may still carry ("£12m"). The short formats first, where a word
    stands in both: CLDR's long Nepali formats put "करोड" (ten million) at a million."""
    formats = loc._data["compact_decimal_formats"]
    for width, plurals in sorted(formats.items(), key=lambda item: item[0] != "short"):
        for table in plurals.values():
            for magnitude, pattern in table.items():
                # the positive pattern only: Swahili's "elfu 0;elfu -0" also writes the negative
                text = _FORMAT_CHARS.sub("", pattern.pattern.split(";")[0]).replace("'", "")
                zeros = text.count("0")
                phrase = " ".join(text.replace("0", " ").split())
                if phrase and _usable(phrase, width == "long") == usable:
                    yield phrase, int(magnitude) / 10 ** max(zeros - 1, 0)


@lru_cache(maxsize=64)
def locale_multipliers(tag: str) -> dict[str, float]:
    """The multipliers of a regional or script locale (``zh_TW``, ``zh_Hant``) that its
    language's own CLDR data does not write, under :func:`key`: Taiwan's and Hong Kong's
    兆 (a trillion, "1兆元"), which in Beijing's news is a prefix of units (兆瓦, megawatt)."""
    loc = cldr.locale(tag)
    if loc is None or "_" not in tag:
        return {}
    own = {key(word) for locale in _locales(tag.split("_")[0].lower()) for word, _ in _cldr_multipliers(locale)}
    return {key(word): factor for word, factor in _cldr_multipliers(loc) if key(word) not in own}


# --- currencies --------------------------------------------------------------------

_MONEY_SIGN = regex.compile(r"\p{Sc}")
_NAME_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*")


def _is_money_sign(symbol: str) -> bool:
    """Whether a currency symbol holds a currency sign (``€``, ``US$``), which names
    money in any language, unlike a letter symbol (``kr``, ``KM``, ``Ft``)."""
    return _MONEY_SIGN.search(symbol) is not None


def _currency_names(loc) -> dict[str, list[str]]:
    """Every currency's names in a locale: the display name first, then each plural form."""
    data = loc._data
    names = {code: [name] for code, name in data["currency_names"].items()}
    for code, forms in data["currency_names_plural"].items():
        names.setdefault(code, []).extend((forms or {}).values())
    return names


def _name_words(name: str) -> list[str] | None:
    """The words of a currency name, or None if it holds anything else ("(1991–1998)")."""
    parts = name.split()
    return parts if all(_NAME_WORD.fullmatch(part) for part in parts) else None


def _nouns(names: Mapping[str, list[str]]) -> tuple[dict[str, int], int]:
    """Where each currency's noun stands in its display name (index of the word). The noun
    is the word that names the currencies of several countries ("dollar", "рубль",
    "kruna"), while the other words name one country ("američki", "США"); an ISO 4217
    code starts with its country's code. Short words ("и", "de") join names, they do not
    name. When no word or several do, the noun stands where it does in most of the
    language's names: first ("złoty polski", index 0) or last ("japanski jen", index -1),
    which is returned too."""
    countries: dict[str, set[str]] = {}
    display = {code: _name_words(forms[0]) for code, forms in names.items()}
    for code, words in display.items():
        for word in words or ():
            countries.setdefault(key(word), set()).add(code[:2])
    shared = {word for word, places in countries.items() if len(places) > 1}
    found: dict[str, int | None] = {}
    first = last = 0
    for code, words in display.items():
        hits = [i for i, word in enumerate(words or ()) if key(word) in shared and _letters(word) > 2]
        found[code] = hits[0] if len(hits) == 1 and words and len(words) > 1 else None
        if found[code] == 0:
            first += 1
        elif found[code] is not None and words and found[code] == len(words) - 1:
            last += 1
    side = 0 if first > last else -1
    nouns = {code: (index if index is not None else side) for code, index in found.items()}
    for code, words in display.items():
        if words and len(words) > 1 and key(words[nouns[code]]) in shared:
            nouns[code] = _by_code_letter(code, words, nouns[code])
    return nouns, side


def _by_code_letter(code: str, words: list[str], index: int) -> int:
    """The noun of a currency name whose chosen word is one of several countries' names,
    ``words[index]``, unless that word does not begin with the letter of the ISO 4217
    code that stands for the currency itself (its third: ILS, USD, KRW) and exactly one
    other word does: "nouveau shekel israélien" is named by "shekel", not by the
    "nouveau" (new) of other currencies' names, nor "taka din Bangladesh" by "din"."""
    letter = code[2].lower()
    if fold(words[index])[:1] == letter:
        return index
    starting = [i for i, word in enumerate(words) if fold(word)[:1] == letter and _letters(word) > 2]
    return starting[0] if len(starting) == 1 else index


def _cldr_currency_words(loc, codes: Iterable[str] = CURRENCIES) -> Iterator[tuple[str, str]]:
    """(written form, currency code) of each currency's names in every plural form
    ("američkih dolara", "dollars des États-Unis"), and of the noun alone ("dolara",
    "dollars"), which is how articles name it, or with the words before it that do not
    name the country ("nouveaux shekels"). A German compound names by its last part
    ("US-Dollar": "Dollar"), a name written without spaces by what follows its country
    ("格里夫纳" of "乌克兰格里夫纳", Ukraine's hryvnia)."""
    names = _currency_names(loc)
    nouns, side = _nouns(names)
    for code in codes:
        forms = names.get(code, [])
        display = _name_words(forms[0]) if forms else None
        for form in forms:
            words = _name_words(form)
            if not words:
                continue
            index = (nouns[code] if display and len(words) == len(display) else side) % len(words)
            if display and len(words) > 1:
                index = _noun_in(words, index, display[nouns[code] % len(display)])
            yield words[index].rsplit("-", 1)[-1], code
            if len(words) > 1 or "-" in form:
                yield form, code
            country = loc._data["territories"].get(code[:2], "")
            if len(words) == 1 and country and form.startswith(country) and _UNSPACED_NAME.fullmatch(form) \
                    and len(form) - len(country) >= 2:
                yield form[len(country):], code  # written without spaces, the noun after the country: "俄罗斯卢布"
            # the noun with the words before it but not the country's: "nouveaux shekels"
            # (of "nouveaux shekels israéliens"), "new shekels" (of "Israeli new shekels")
            for first in range(index):
                if index + 1 - first < len(words):
                    yield " ".join(words[first:index + 1]), code


# A name written without spaces, as Chinese writes its currencies' ("乌克兰格里夫纳", of
# 乌克兰, Ukraine, and 格里夫纳, hryvnia), which news writes without the country: "3500万格里夫纳".
_UNSPACED_NAME = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]+")


def _noun_in(words: list[str], index: int, noun: str) -> int:
    """Where a plural form of a currency's name holds the display name's noun: at
    ``index``, unless the word there is too short to be one (a linker or a particle: CLDR
    47's Filipino "na Belarusian ruble", of "Ruble ng Belarus"; Breton "a forintoù") and
    exactly one other word begins as the noun does."""
    start = fold(noun)[:3]
    if _letters(words[index]) > 2 or fold(words[index]).startswith(start):
        return index
    same = [i for i, word in enumerate(words) if fold(word).startswith(start)]
    return same[0] if len(same) == 1 else index


def _cldr_currency_symbols(loc, codes: Iterable[str] = CURRENCIES) -> Iterator[tuple[str, str]]:
    """(symbol, currency code) as a locale writes them; a symbol that is only the code
    itself adds nothing."""
    for code in codes:
        symbol = loc._data["currency_symbols"].get(code)
        if symbol and symbol != code:
            yield symbol.strip("\u200e\u200f"), code


@lru_cache(maxsize=1)
def _home_money_signs() -> dict[str, str]:
    """Currency signs as each currency's own country writes them ("₽" in Russia, "R$" in
    Brazil) and as CLDR's root does ("€", "US$"): readable in any language. A sign two
    currencies share ("¥" for yen and yuan) is left to the languages that say which."""
    from babel.languages import get_official_languages

    locales = [cldr.locale("root")]
    for code in CURRENCIES:
        for language in get_official_languages(code[:2], de_facto=True)[:1]:
            found = cldr.locale(f"{language}_{code[:2]}")
            if found is not None:
                locales.append(found)
    seen: dict[str, set[str]] = {}
    for loc in locales:
        for symbol, code in _cldr_currency_symbols(loc):
            if _is_money_sign(symbol):
                for form in {symbol, unicodedata.normalize("NFKC", symbol)}:
                    seen.setdefault(form, set()).add(code)
    return {symbol: codes.pop() for symbol, codes in seen.items() if len(codes) == 1}


@lru_cache(maxsize=256)
def _home_currency(language: str) -> str | None:
    """The currency of the country a language is most likely written in: what a word
    that several currencies share means in it ("kronor" in Swedish)."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    likely = get_global("likely_subtags").get(language)
    territory = likely.split("_")[-1] if likely else None
    found = get_territory_currencies(territory) if territory and territory.isupper() else []
    return found[0] if found else None


def _unambiguous(pairs: Iterable[tuple[str, str]], language: str,
                 normal: Callable[[str], str] = key) -> dict[str, str]:
    """Each form that names one currency; a form that names several (the Danish and the
    Norwegian "krone") names the language's own currency if it is one of them, else none."""
    seen: dict[str, set[str]] = {}
    for form, code in pairs:
        seen.setdefault(normal(form), set()).add(code)
    home = _home_currency(language)
    read_as = SHARED_NAMES_READ_AS.get(language)
    out: dict[str, str] = {}
    for form, codes in seen.items():
        if len(codes) == 1:
            out[form] = next(iter(codes))
        elif home in codes:
            out[form] = home
        elif read_as in codes:
            out[form] = read_as
    return out


# --- the lexicon -------------------------------------------------------------------

@dataclass(frozen=True)
class Lexicon:
    """Every word of one language that :mod:`~checker.facts.numbers` gives a meaning to,
    each stored under :func:`key`. Multi-word entries hold single spaces (or the hyphen
    of a compound: ``us-dollar``). Currency symbols are the exception: ``signs`` keeps
    them as written, since case tells the Bosnian mark ``KM`` from kilometres ``km``."""

    numbers: Mapping[str, float]
    articles: frozenset[str]
    multipliers: Mapping[str, float]
    units: Mapping[str, str]                  # currency names included, named by ISO code
    unit_folds: tuple[tuple[str, str], ...]   # (folded form, unit): inflection-tolerant matching
    signs: Mapping[str, str]                  # currency symbols and codes as written → ISO code
    money_multipliers: Mapping[str, float]    # "m", "bn": only after a currency sign ("£12m")
    scaled_signs: Mapping[str, tuple[float, str]]  # multiplier and sign in one: "M€", "Md€"
    dotted: frozenset[str]                    # abbreviations written with a final dot
    linkers: frozenset[str]
    ands: frozenset[str]
    halves_after: frozenset[str]
    halves_before: frozenset[str]
    bounds: Mapping[str, str]
    bounds_after: Mapping[str, str]          # written after the number: "1500人以上"
    bounds_before_noun: Mapping[str, str]    # between a number and its noun: "1.500'den fazla kişi"
    openers: Mapping[str, frozenset[str]]
    connectors: frozenset[str]
    vocabulary: frozenset[str]                # every word with a role: never a noun after a number
    thousands: frozenset[str] = frozenset()   # "mil", "mille": one thousand by itself
    sign_factors: Mapping[str, float] = field(default_factory=dict)  # a sign with its multiplier: "ကျပ်သိန်း"
    glued_stems: tuple[str, ...] = ()         # multipliers and currencies that take an ending, longest first
    glued_ending: Any = None                  # the endings they take, where others make another word
    not_glued: frozenset[str] = frozenset()   # words that begin as one of them and are another (NOT_GLUED)
    word_units: frozenset[str] = frozenset()  # units that are common words too: not before another word
    touching_units: frozenset[str] = frozenset()  # units only where written on the number: "41-dnevnog"
    vague: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # "hundreds", "kilkaset": a range
    several: frozenset[str] = frozenset()     # "several", "kilka": a range before a multiplier
    hundreds: frozenset[str] = frozenset()    # "сотен", "set": a hundred after "several"
    vague_linkers: frozenset[str] = frozenset()  # "thousands of people"
    changed_to: tuple[str, tuple[str, ...]] | None = None  # "to" and the verbs of change it follows
    vague_singular: Mapping[str, float] = field(default_factory=dict)  # "более тысячи": one thousand
    unit_numbers: Mapping[str, float] = field(default_factory=dict)  # "hét": seven, and a week (UNIT_NUMBERS)


class _Builder:
    """Collects a language's words under their keys, remembering abbreviations' dots."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.dotted: set[str] = set()

    def fill(self, target: dict, pairs: Iterable[tuple[str, object]], after_number: bool = True) -> None:
        """Store each form under its keys; the dot of an abbreviation that follows a
        number ("5 mil.", "3 тыс.") is kept apart, as it may also end the sentence."""
        for form, value in pairs:
            for k in _variants(form, self.language):
                if after_number and k.endswith(".") and len(k) > 1:
                    k = k[:-1]
                    self.dotted.add(k)
                target.setdefault(k, value)

    def units(self, locales: list) -> dict[str, str]:
        units: dict[str, str] = {"%": PERCENT, "٪": PERCENT}
        for loc in locales:
            self.fill(units, _cldr_units(loc))
        for unit, forms in UNIT_EXTRAS.get(self.language, {}).items():
            self.fill(units, ((form, unit) for form in forms))
        self.fill(units, ((form, "tonne") for form in TONNES.get(self.language, ())))
        for unit, forms in UNIT_CASES.get(self.language, {}).items():
            self.fill(units, ((form, unit) for form in forms))
        self.fill(units, SI_SYMBOLS.items())  # "3 km" in Sinhala news as in any other
        return units

    def numbers(self, locales: list, units: Mapping[str, str]) -> tuple[dict[str, float], dict[str, float]]:
        """Number words below a thousand, and multipliers (CLDR's and the hand table's);
        for a language without a table, num2words' words, less those that are also a
        unit or a multiplier (Hungarian "hét" is seven and a week)."""
        multipliers: dict[str, float] = {}
        for loc in locales:
            self.fill(multipliers, _cldr_multipliers(loc))
        words = {v: f.split() for v, f in NUMBER_WORDS.get(self.language, {}).items()}
        for value, forms in _compounds(self.language).items():
            words.setdefault(value, []).extend(forms)
        for value, forms in _thousand_compounds(self.language).items():
            words.setdefault(value, []).extend(forms)
        for value, forms in _spelled_numbers(self.language).items():
            usable = [f for f in forms if key(f) not in units and key(f) not in multipliers]
            words.setdefault(value, []).extend(usable)
        for value, written in _HALVES.get(self.language, {}).items():
            words.setdefault(value, []).extend(written.split())
        numbers: dict[str, float] = {}
        for value, forms in words.items():
            self.fill(multipliers if value >= 1000 else numbers, ((form, float(value)) for form in forms))
        return numbers, multipliers

    def currencies(self, locales: list, units: dict[str, str]) -> None:
        """Add each currency's names to ``units``, after the other units so that these
        keep their words; a name that stands for several currencies stays out."""
        codes = (*CURRENCIES, *(code for code in HOME_CURRENCIES if code == _home_currency(self.language)))
        pairs = [pair for loc in locales for pair in _cldr_currency_words(loc, codes)]
        extras = [(form, code) for code, forms in CURRENCY_EXTRAS.get(self.language, {}).items() for form in forms]
        # and each name of two words or more with its noun in the forms news writes it in: CLDR's
        # "भारतीय रुपया" (Indian rupee) as "भारतीय रुपये", "پاکستانی روپیہ" as "پاکستانی روپے"
        named = {(name.rsplit(" ", 1)[0], code) for name, code in pairs if " " in name}
        nouns = {(name, code) for name, code in (*pairs, *extras) if " " not in name}
        pairs += extras + [(f"{adjective} {noun}", code) for adjective, code in sorted(named)
                           for noun, same in sorted(nouns) if same == code]
        self.fill(units, _unambiguous(pairs, self.language).items())

    def signs(self, locales: list) -> dict[str, str]:
        """Currency symbols as written (the language's own, then the signs any language
        reads, then the ISO codes), and the percent written before a number where a
        language writes it there, each under its NFKC form too; an abbreviation's dot is
        kept apart, as for unit words ("din.")."""
        # and the symbol of the language's home currency where it is read only at home:
        # Arabic "ج.م" (the Egyptian pound)
        home = _home_currency(self.language)
        codes = (*CURRENCIES, *((home,) if home in HOME_CURRENCIES else ()))
        local = _unambiguous((pair for loc in locales for pair in _cldr_currency_symbols(loc, codes)),
                             self.language, normal=str)
        signs: dict[str, str] = {}
        # a word for per cent also begins a sentence: "Asilimia 60 ya kura", "Yüzde 50"
        percent = ((form, PERCENT) for sign in PERCENT_BEFORE.get(self.language, "").split()
                   for form in dict.fromkeys((sign, sign[:1].upper() + sign[1:])))
        extra = [*SIGN_EXTRAS.get(self.language, {}).items(),
                 *((sign, code) for sign, (code, _) in SCALED_SIGNS_BEFORE.get(self.language, {}).items())]
        for symbol, code in (*percent, *extra, *local.items(), *_home_money_signs().items(),
                             *((c, c) for c in (*CURRENCIES, *HOME_CURRENCIES))):
            for form in {symbol, unicodedata.normalize("NFKC", symbol)}:
                if form.endswith(".") and len(form) > 1:
                    form = form[:-1]
                    self.dotted.add(key(form))
                signs.setdefault(form, code)
        return signs

    def money_multipliers(self, locales: list, signs: Mapping[str, str]
                          ) -> tuple[dict[str, float], dict[str, tuple[float, str]]]:
        """The multipliers an amount of money may carry, too short to read elsewhere
        ("£12m"), and each written on a currency sign ("23,9 M€")."""
        short: dict[str, float] = {}
        for loc in locales:
            self.fill(short, _cldr_multipliers(loc, usable=False))
        self.fill(short, MONEY_MULTIPLIERS.get(self.language, {}).items())
        scaled = {key(word + symbol): (value, code) for word, value in short.items()
                  for symbol, code in signs.items() if _is_money_sign(symbol)}
        return short, scaled

    def ranges(self) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
        openers: dict[str, set[str]] = {}
        for opener, connector in RANGES.get(self.language, ()):
            for k in _variants(opener, self.language):
                openers.setdefault(k, set()).update(_variants(connector, self.language))
        return {k: frozenset(v) for k, v in openers.items()}, _split(TO_WORDS, self.language)


@lru_cache(maxsize=256)
def lexicon(language: str) -> Lexicon:
    """The lexicon of a base language code (``hr``, ``sr``, ``pt``); languages without
    hand tables get CLDR's unit and multiplier words only."""
    if language in SUPPORTED:
        return _supported_lexicons()[language]
    return _built_lexicon(language)


@lru_cache(maxsize=1)
def _supported_lexicons() -> dict[str, Lexicon]:
    """The lexicons of the languages with hand tables, all wanted as soon as a rule names
    a unit (its word may be in any of them): kept on disk between runs, since building
    them takes far longer than reading them back."""
    from ..stored import stored

    return stored("lexicons", lambda: {language: _built_lexicon(language) for language in SUPPORTED})


# Languages whose linker between a word and the noun it qualifies is written on the word:
# Tagalog "-ng" after a vowel, "-g" after an n ("1.5 milyong tao", "P5.7 trilyong badyet",
# "sanlibong piso").
GLUED_LINKER = frozenset({"tl", "fil"})


def _linked(word: str) -> str:
    return word + ("g" if word.endswith("n") else "ng")


def _built_lexicon(language: str) -> Lexicon:
    locales = _locales(language)
    build = _Builder(language)
    units = build.units(locales)
    build.currencies(locales, units)
    for word in _split(NOT_UNITS, language):
        units.pop(word, None)
    signs = build.signs(locales)
    numbers, multipliers = build.numbers(locales, units)
    if language in _PLACES:
        multipliers = _with_places(multipliers, _PLACES[language])
    for word, factor in MULTIPLIER_EXTRAS.get(language, {}).items():
        build.fill(multipliers, [(word, factor)])
    if language in GLUED_LINKER:
        build.fill(multipliers, [(_linked(word), factor) for word, factor in multipliers.items()
                                 if " " not in word and not word.endswith("ng")])
    money_multipliers, scaled_signs = build.money_multipliers(locales, signs)
    bounds: dict[str, str] = {}
    for kind, phrases in BOUNDS.get(language, {}).items():
        build.fill(bounds, ((phrase, kind) for phrase in phrases), after_number=False)
    bounds_after: dict[str, str] = {}
    for kind, phrases in BOUNDS_AFTER.get(language, {}).items():
        build.fill(bounds_after, ((phrase, kind) for phrase in phrases), after_number=False)
    bounds_before_noun: dict[str, str] = {}
    for kind, phrases in BOUNDS_BEFORE_NOUN.get(language, {}).items():
        build.fill(bounds_before_noun, ((phrase, kind) for phrase in phrases), after_number=False)
    openers, connectors = build.ranges()
    measures = {form: unit for form, unit in units.items() if unit not in MONEY}
    linkers = frozenset(_split(LINKERS, language) | _derived_linkers(measures) | _derived_linkers(multipliers))
    articles, ands = _split(ARTICLES, language), _split(AND_WORDS, language)
    halves_after, halves_before = _split(HALF_AFTER, language), _split(HALF_BEFORE, language)
    tables: tuple[Collection[str], ...] = (numbers, articles, multipliers, units, linkers, ands, halves_after,
                                           halves_before, bounds, bounds_after, bounds_before_noun, openers,
                                           connectors)
    vocabulary = {w for table in tables for phrase in table for w in phrase.split()}
    vocabulary.update(w for joining in openers.values() for phrase in joining for w in phrase.split())  # "och"
    vocabulary -= _split(NOT_UNITS, language)  # "pesos" of "pesos filipinos": a noun a figure may count
    return Lexicon(
        numbers=numbers, articles=articles, multipliers=multipliers, units=units, linkers=linkers, ands=ands,
        halves_after=halves_after, halves_before=halves_before, bounds=bounds, bounds_after=bounds_after,
        bounds_before_noun=bounds_before_noun, openers=openers, connectors=connectors,
        # a form with the per cent sign is read as written: "25.3포인트" is no "%포인트"
        unit_folds=tuple(sorted({(fold(k), u) for k, u in units.items()
                                 if " " not in k and "%" not in k and u not in MONEY})),
        signs=signs,
        money_multipliers=money_multipliers,
        scaled_signs=scaled_signs,
        dotted=frozenset(build.dotted),
        vocabulary=frozenset(vocabulary),
        thousands=frozenset(word for word in _split(THOUSANDS, language) | {
            v for forms in _thousand_compounds(language).values() for form in forms for v in _variants(form, language)}
            if word in multipliers),
        sign_factors={" ".join(unicodedata.normalize("NFKC", sign).split()): factor
                      for sign, (_, factor) in SCALED_SIGNS_BEFORE.get(language, {}).items()},
        glued_stems=_glued_stems(language, multipliers, units),
        glued_ending=regex.compile(GLUED_ENDING_FORMS[language]) if language in GLUED_ENDING_FORMS else None,
        not_glued=frozenset(map(key, NOT_GLUED.get(language, ()))),
        word_units=_split(WORD_UNITS, language),
        touching_units=_split({language: " ".join(spans.values()) for language, spans in _SPAN_ADJECTIVES.items()},
                              language),
        vague={v: span for form, span in VAGUE.get(language, {}).items() for v in _variants(form, language)},
        several=_split(SEVERAL, language),
        hundreds=_split(HUNDREDS, language) | {word for word, value in numbers.items() if value == 100},
        vague_linkers=_split(VAGUE_LINKERS, language),
        changed_to=((key(CHANGED_TO[language][0]), tuple(fold(stem) for stem in CHANGED_TO[language][1].split()))
                    if language in CHANGED_TO else None),
        vague_singular={v: n for form, n in VAGUE_SINGULAR.get(language, {}).items() for v in _variants(form, language)},
        unit_numbers={v: n for form, n in UNIT_NUMBERS.get(language, {}).items() for v in _variants(form, language)},
    )


# Number words that are also a unit's word: Hungarian "hét" is seven and a week. Read as the
# number only before a word, and after no number, determiner or word for "last" or "next"
# ("hét ember", seven people; "Hét órára", for seven hours; not "két hét", "a hét végén",
# "a múlt héten").
UNIT_NUMBERS: dict[str, dict[str, float]] = {"hu": {"hét": 7}}


def _glued_stems(language: str, multipliers: Mapping[str, float], units: Mapping[str, str]) -> tuple[str, ...]:
    """The words an ending may be written on after a figure, in a language of
    :data:`GLUED_ENDINGS`: its multipliers and currency names of one word in its own
    script, longest first."""
    if language not in GLUED_ENDINGS:
        return ()
    words = {w for w in (*multipliers, *(u for u, code in units.items() if code in MONEY or code == PERCENT))
             if " " not in w and len(w) >= 2
             and (not regex.search(r"\p{Latin}", w) or (language in _LATIN_GLUED and len(w) >= 4))}
    return tuple(sorted(words, key=len, reverse=True))


def _with_places(multipliers: dict[str, float], places: Mapping[str, float]) -> dict[str, float]:
    """CJK multipliers with the smaller places, alone and before each larger one of one
    character ("千万": ten million)."""
    found = {**multipliers, **places}
    large = {word: factor for word, factor in found.items() if len(word) == 1 and factor >= 1e4}
    for small, low in places.items():
        if low < 1e4:
            found.update({small + word: low * factor for word, factor in large.items()})
    return found


def _derived_linkers(table: Mapping[str, object]) -> set[str]:
    """Words CLDR writes before some plural forms only ("{0} de luni" beside "{0} luni")."""
    heads = {p.split(" ", 1)[0] for p in table if " " in p and p.split(" ", 1)[1] in table}
    return heads - set(table)


# The words that make a figure the part of a whole the next figure counts: "Four of the
# six members", "Vier der sechs Mitglieder", "cuatro de los seis miembros", "4 из 6",
# "quatre des six", "4 sur 6", "4 dari 6 anggota". Where the whole comes first, with
# the word after it (Korean "6명 중 4명", Japanese "6人中4人", Hindi "छह में से चार"), the
# language is in PARTITIVE_WHOLE_FIRST. An article may stand after the word.
PARTITIVES: dict[str, tuple[str, ...]] = {
    "en": ("of", "of the", "out of", "out of the"), "de": ("der", "von", "von den"), "nl": ("van", "van de"),
    "fr": ("des", "de", "sur", "d'entre"), "es": ("de", "de los", "de las"), "pt": ("de", "dos", "das"),
    "gl": ("de", "dos", "das"), "af": ("van", "van die"), "ha": ("daga cikin", "cikin"),
    "it": ("di", "dei", "degli", "delle", "su"), "ca": ("de", "dels", "de les"), "ro": ("din", "dintre", "din cele", "dintre cele"),
    "ru": ("из",), "uk": ("з", "із"), "be": ("з",), "bg": ("от",), "mk": ("од",), "sr": ("од", "od"),
    "hr": ("od",), "bs": ("od",), "sl": ("od",), "pl": ("z", "ze", "spośród"), "cs": ("z", "ze"), "sk": ("z", "zo"),
    "sv": ("av", "av de"), "da": ("af", "af de"), "nb": ("av", "av de"), "nn": ("av", "av dei"),
    "el": ("από", "από τους", "από τις", "από τα"), "sq": ("nga", "prej"), "lt": ("iš",), "lv": ("no",),
    "he": ("מתוך", "מבין"), "fa": ("از", "از میان", "از مجموع"),
    "bn": ("মধ্যে",),  # after the whole and its noun in the genitive: "ছয়টি বগির মধ্যে চারটি"
    "id": ("dari",), "ms": ("dari",), "tl": ("sa",), "sw": ("kati ya",),
    "ar": ("من أصل", "من بين", "من"), "vi": ("trên tổng số", "trong tổng số", "trong số", "trên"),
    "ko": ("중", "가운데"), "ja": ("中", "のうち"), "zh": ("中",), "yue": ("中",), "hi": ("में से",), "ur": ("میں سے",),
}
PARTITIVE_WHOLE_FIRST = frozenset({"ko", "ja", "zh", "yue", "hi", "ur", "bn"})
# The case endings on the noun of a whole written first, its part right after it: Turkish
# "Altı vagondan dördü", Hungarian "a hat kocsiból négy", Finnish "kuudesta vaunusta neljä",
# Estonian "kuuest vagunist neli", Georgian "ექვსი ვაგონიდან ოთხი", Armenian "վեց վագոններից
# չորսը" (four of six carriages).
PARTITIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "tr": ("dan", "den", "tan", "ten"), "az": ("dan", "dən"), "kk": ("дан", "ден", "тан", "тен", "нан", "нен"),
    "uz": ("dan",), "hu": ("ból", "ből", "közül"), "fi": ("sta", "stä"), "et": ("st",), "ka": ("დან",),
    "hy": ("ից",), "mn": ("аас", "ээс", "оос", "өөс"),
}

# Words for "the remaining", "the other", written right before a figure (an article may
# stand before them) or right after it with its unit: the figure is the rest of a whole,
# no value a rule about the whole states ("the remaining 4 percent of goods", "die übrigen
# 4 Prozent", "les 4 % restants", "el 4 % restante", "оставшиеся 4%").
REMAINDER_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("remaining", "other", "rest of the"), "de": ("übrigen", "restlichen", "verbleibenden", "anderen"),
    "nl": ("resterende", "overige", "andere"), "da": ("resterende", "øvrige", "andre"),
    "nb": ("resterende", "øvrige", "andre"), "sv": ("resterande", "återstående", "övriga"),
    "it": ("restante", "restanti", "rimanente", "rimanenti"), "ro": ("restul de", "celelalte"),
    "el": ("υπόλοιπο", "υπόλοιπα", "υπόλοιπη"), "hu": ("fennmaradó", "maradék", "többi"),
    "pl": ("pozostałe", "pozostałych", "pozostały"), "cs": ("zbývající", "zbylých", "ostatní"),
    "sk": ("zvyšných", "zostávajúcich", "ostatné"), "ru": ("оставшиеся", "остальные", "оставшихся", "остальных"),
    "uk": ("решта", "решту", "інші"), "hr": ("preostalih", "ostalih", "preostali"), "sr": ("preostalih", "ostalih"),
    "bg": ("останалите",), "af": ("oorblywende", "ander"), "sq": ("pjesa tjetër",),
    # (not Turkish "kalan" alone, the participle of disasters: "mahsur kalan 23 madenci", the 23 trapped miners)
    "tr": ("geri kalan",),
    "id": ("sisa", "sisanya"), "ms": ("baki",),
    # Japanese "残る27議席", "残りの27", Chinese "其余27个", "剩余的", Hindi "बाकी 27 सीटें", "शेष"
    "ja": ("残る", "残りの", "残り"), "zh": ("其余", "其餘", "剩余", "剩餘", "剩下的", "其他"), "hi": ("बाकी", "शेष"),
}
REMAINDER_AFTER: dict[str, tuple[str, ...]] = {
    "fr": ("restants", "restantes", "restant", "restante", "autres"), "es": ("restante", "restantes"),
    "pt": ("restante", "restantes"), "ca": ("restant", "restants"), "it": ("restante", "restanti", "rimanenti"),
    "sq": ("të mbetura", "të mbetur", "e mbetur"), "ar": ("المتبقية", "الباقية", "المتبقي"),
}
# Words for "among" before a noun (an article may stand between), and those written after
# it: a figure told of the group a noun names is of a part of it, no count of the whole
# ("Among the rescued are two Ukrainians", "Wśród uratowanych jest dwóch obywateli Ukrainy",
# "A megmentettek között két ukrán van"); a share in per cent of it is its own ("Among the
# trains, 85% were cancelled"; Romanian "dintre", "85% dintre trenuri", is "of").
# (German "unter" and Dutch "onder" are also "under": "unter Tage eingeschlossen", trapped
# underground; among a group only with its plural article right before the noun, "unter den
# Geretteten", "onder de gewonden", not "unter den Trümmern eingeschlossen", under the rubble)
AMONG: dict[str, tuple[str, ...]] = {
    "en": ("among", "amongst"), "de": ("unter den",), "nl": ("onder de",), "fr": ("parmi",), "es": ("entre",),
    "pt": ("entre",), "it": ("tra", "fra"), "ca": ("entre",), "ro": ("printre",), "sv": ("bland",),
    "da": ("blandt",), "nb": ("blant",), "nn": ("blant",), "pl": ("wśród", "pośród"),
    "cs": ("mezi",), "sk": ("medzi",), "sl": ("med",), "hr": ("među",), "bs": ("među",), "sr": ("među", "међу"),
    "bg": ("сред", "измежду"), "mk": ("меѓу",), "ru": ("среди",), "uk": ("серед",), "be": ("сярод",),
    "lt": ("tarp",), "lv": ("starp",), "el": ("ανάμεσα στους", "ανάμεσα στις", "μεταξύ των"),
    "id": ("di antara",), "ms": ("di antara",), "vi": ("trong số",), "sw": ("miongoni mwa",),
    "ar": ("من بين", "بين"), "he": ("בין",),
}
AMONG_AFTER: dict[str, tuple[str, ...]] = {
    "hu": ("között",), "fi": ("joukossa",), "et": ("hulgas",), "tr": ("arasında",), "az": ("arasında",),
    # "부상자 가운데 6명은 중상이다" (of the injured, six are in serious condition), "사망자 중에는";
    # Japanese writes it on the noun: "負傷者のうち6人が重体"
    "ko": ("가운데", "중", "중에는", "중에서", "중엔"), "ja": ("のうち", "の中で", "の中には", "の中に"),
}
# "Among them", "including" between a figure and a noun after it: the noun is one of the group the
# figure counts ("Three people died, among them a firefighter", "Tres personas han muerto, entre ellas
# un brigadista", "trois morts, dont un pompier", "drei Tote, darunter ein Feuerwehrmann").
AMONG_THEM: dict[str, tuple[str, ...]] = {
    "en": ("among them", "including"), "es": ("entre ellos", "entre ellas", "incluido", "incluida"),
    "pt": ("entre eles", "entre elas", "incluindo"), "fr": ("dont", "parmi eux", "parmi elles"),
    "it": ("tra cui", "fra cui", "tra loro"), "de": ("darunter", "unter ihnen"), "nl": ("waaronder", "onder wie"),
    "ca": ("entre ells", "entre elles"), "el": ("ανάμεσά τους", "μεταξύ τους"), "he": ("ביניהם", "ביניהן"),
    "ar": ("بينهم", "من بينهم"), "ru": ("среди них", "в том числе"), "uk": ("серед них", "у тому числі"),
    "pl": ("wśród nich", "w tym"), "cs": ("mezi nimi", "včetně"), "sk": ("medzi nimi", "vrátane"),
    "hr": ("među njima", "uključujući"), "ro": ("printre care", "printre ei", "inclusiv"), "tr": ("aralarında",),
    "id": ("termasuk", "di antaranya"), "sw": ("wakiwemo", "akiwemo"),
}
# Words after a figure, or after its unit, that make it an amount for each of something, a rate:
# "1,000 ringgit per household", "1 000 euros par foyer", "1000 Euro pro Haushalt", "1000 zł na
# osobę", "1000 рублей на человека", "1000 دولار لكل أسرة". A single word ("per", "par", "por") is
# one only before a noun without its article ("por hogar", not "por el Gobierno", by the government).
PER_EACH: dict[str, tuple[str, ...]] = {
    "en": ("per", "each", "apiece", "a head", "a person", "a household", "a family"),
    "fr": ("par", "chacun", "chacune"), "de": ("pro", "je", "jeweils"), "nl": ("per", "elk", "ieder", "p.p."),
    "es": ("por", "cada uno", "cada una", "cada"), "pt": ("por", "cada"), "gl": ("por", "cada"),
    "it": ("per", "a testa", "ciascuno", "ciascuna", "a persona", "a famiglia"), "ca": ("per", "cadascun", "cada"),
    "ro": ("pe", "de persoană", "de familie", "de gospodărie", "fiecare"),
    "pl": ("na osobę", "na gospodarstwo", "na rodzinę", "na głowę", "na mieszkańca", "za osobę", "każdy", "każda"),
    "cs": ("na osobu", "na domácnost", "na rodinu", "na hlavu", "na obyvatele"),
    "sk": ("na osobu", "na domácnosť", "na rodinu", "na hlavu", "na obyvateľa"),
    "sl": ("na osebo", "na gospodinjstvo", "na družino", "na prebivalca"),
    **{language: ("po osobi", "po kućanstvu", "po domaćinstvu", "po obitelji", "po porodici", "po glavi",
                  "po stanovniku", "по особи", "по домаћинству", "по породици", "по глави", "по становнику")
       for language in ("hr", "bs", "sr")},
    "ru": ("на человека", "на семью", "на душу", "на каждого", "на каждую", "на одного", "на жителя",
           "на домохозяйство"),
    "uk": ("на людину", "на особу", "на сім'ю", "на родину", "на кожного", "на одного", "на душу", "на мешканця"),
    "bg": ("на човек", "на семейство", "на домакинство", "на глава", "на жител"),
    "hu": ("fejenként", "személyenként", "háztartásonként", "családonként"),
    "sv": ("per", "styck"), "da": ("per", "pr."), "nb": ("per", "pr."), "fi": ("per",),
    "el": ("ανά", "το άτομο"), "id": ("per", "setiap", "tiap", "bagi setiap", "untuk setiap"),
    "ms": ("per", "setiap", "tiap", "bagi setiap", "untuk setiap"), "tl": ("bawat", "kada"),
    "vi": ("mỗi", "cho mỗi"), "sw": ("kwa kila", "kila"), "ar": ("لكل", "للفرد", "للأسرة", "للعائلة"),
    "fa": ("برای هر", "به ازای هر", "به هر"), "he": ("לכל", "לאדם", "למשפחה"), "tr": ("başına",),
    "hi": ("प्रति",), "ur": ("فی",), "bn": ("প্রতি",),
}
# Of those, the words that make the figure after them the base of a rate, no amount ("5 per 100,000
# inhabitants", "0,4 pro 100.000 Einwohner"): not "par", "por", which are also "by" ("par 300 voix").
PER_BASE: dict[str, tuple[str, ...]] = {
    "en": ("per",), "de": ("pro", "je"), "nl": ("per",), "it": ("ogni",), "sv": ("per",), "da": ("per",),
    "nb": ("per",), "fi": ("per",), "el": ("ανά",), "id": ("per",), "ms": ("per",), "hi": ("प्रति",),
    "bn": ("প্রতি",), "ar": ("لكل",), "he": ("לכל",),
}
# The word for "of" after the number word "one": "one of the most experienced crews", "один из
# самых опытных", "jedna od najiskusnijih" name one of a group, and count none.
ONE_OF: dict[str, tuple[str, ...]] = {
    "en": ("of",), "ru": ("из",), "uk": ("з", "із", "зі"), "be": ("з", "са"), "pl": ("z", "ze", "spośród"),
    "cs": ("z", "ze"), "sk": ("z", "zo"), "hr": ("od",), "bs": ("od",), "sr": ("od", "од"), "sl": ("od",),
    "bg": ("от",), "mk": ("од",),
}
# "Of them" right after a figure: a part of a group named before it ("11 people were injured, two of
# them seriously", "dos de ellos", "из них двое", "اثنان منهم", "دو نفر از آنان", "שלושה מהם").
OF_THEM: dict[str, tuple[str, ...]] = {
    "en": ("of them", "of whom"), "es": ("de ellos", "de ellas", "de los cuales", "de las cuales"),
    "pt": ("deles", "delas", "dos quais", "das quais"), "fr": ("d'entre eux", "d'entre elles"),
    "it": ("di loro", "di essi", "tra loro"), "de": ("davon", "von ihnen"), "nl": ("van hen", "daarvan"),
    "ru": ("из них", "из которых"), "uk": ("з них", "із них"), "pl": ("z nich", "spośród nich"),
    "cs": ("z nich",), "sk": ("z nich",), "hr": ("od njih", "među njima"), "sr": ("od njih", "од њих"),
    "ro": ("dintre ei", "dintre ele", "dintre aceștia"), "ar": ("منهم", "منهن"), "fa": ("از آنان", "از آنها"),
    "he": ("מהם", "מהן", "מתוכם"), "id": ("di antaranya",), "ms": ("daripadanya", "di antaranya"),
    "sw": ("kati yao", "miongoni mwao"),
    "tg": ("нафари онҳо", "нафар аз онҳо", "аз онҳо", "онҳо"),  # "шаш нафари онҳо" (six of them)
    # and before the figure: "trong đó 4 người bị thương nặng" (of whom four seriously), "ក្នុងនោះ ៤ នាក់",
    # "ในจำนวนนี้", "其中4人"
    "vi": ("trong đó", "trong số đó", "trong số này"), "km": ("ក្នុងនោះ",), "th": ("ในจำนวนนี้", "ในจำนวนนั้น"),
    "zh": ("其中",), "yue": ("其中",),
}


# A fraction is no count: "two-thirds of the votes", "deux tiers des voix", "dos tercios",
# "двух третей голосов", "dwóch trzecich", "zwei Dritteln", "due terzi", "dua pertiga".
# Its denominator is written as the language's ordinal of three to ten (num2words' and
# CLDR's, with an ending: "thirds", "trzecich", "Drittel", "terzi", "третин"), or as a word
# of its own, listed here, or as "per" and the cardinal in Indonesian and Malay.
FRACTION_WORDS = {
    "en": "quarter quarters", "fr": "tiers quart quarts", "es": "tercio tercios", "pt": "terço terços",
    "ca": "terç terços quart quarts", "ro": "treime treimi sfert sferturi", "hi": "तिहाई चौथाई",
    "ur": "تہائی چوتھائی", "bn": "তৃতীয়াংশ চতুর্থাংশ", "cs": "třetina třetiny třetin čtvrtina čtvrtiny čtvrtin",
    "sk": "tretina tretiny tretín štvrtina štvrtiny štvrtín", "uk": "третина третини третин чверть чверті",
    "ru": "треть трети третей четверть четверти", "pl": "ćwierć", "sv": "tredjedel tredjedelar fjärdedel",
    "da": "tredjedel tredjedele fjerdedel", "nb": "tredjedel tredjedeler fjerdedel", "fi": "kolmasosa kolmasosaa",
    "tr": "çeyrek", "el": "τρίτα τέταρτα",
}
FRACTION_PREFIXES = {"id": "per", "ms": "per"}
# Where the denominator comes first, it is the cardinal in the locative: Turkish "üçte
# iki", Azerbaijani "üçdə iki", Tamil "மூன்றில் இரண்டு" (two in three), its last vowel sign
# given up to the ending.
DENOMINATOR_CASES = {"tr": "de da te ta", "az": "də da", "ta": "ில்"}
# The smallest and largest denominator read from the ordinals.
_DENOMINATORS = range(3, 11)


@lru_cache(maxsize=128)
def fraction_denominators(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The folded words that are a denominator in ``language`` as they stand, and the
    folded ordinals of three to ten a denominator is written as, with an ending."""
    from num2words import num2words

    words = {fold(word) for word in FRACTION_WORDS.get(language, "").split()}
    ordinals: set[str] = set()
    prefix = FRACTION_PREFIXES.get(language)
    for n in _DENOMINATORS:
        try:
            ordinals.add(num2words(n, lang=language, to="ordinal"))
            if prefix:
                words.add(fold(prefix + num2words(n, lang=language)))
        except (NotImplementedError, KeyError, AttributeError, ValueError, TypeError):
            pass
        ordinals.update(_cldr_ordinals(language, n))
    folded = {_soft(fold(form)) for form in ordinals if form and " " not in form}
    return frozenset(words), tuple(sorted(form for form in folded if len(form) >= 4))


@lru_cache(maxsize=64)
def denominators_before(language: str) -> frozenset[str]:
    """The folded cardinals of two to ten in the locative that write a denominator
    before its numerator (:data:`DENOMINATOR_CASES`): "ucte", "dortte", "மூன்றில்"."""
    endings = DENOMINATOR_CASES.get(language, "").split()
    forms: set[str] = set()
    for value, spelled in _spelled_numbers(language).items():
        if 2 <= value <= max(_DENOMINATORS):
            for word in spelled:
                stems = {word, word[:-1]} if unicodedata.category(word[-1]).startswith("M") else {word}
                forms.update(fold(stem + ending) for stem in stems for ending in endings)
    return frozenset(forms)


def _cldr_ordinals(language: str, n: int) -> list[str]:
    """Every form CLDR's ordinal rules spell ``n`` in (Russian третий, третьей, третьих …)."""
    from unicode_rbnf import FormatPurpose  # type: ignore[import-untyped]  # ships no types

    engine = _rbnf_engine(language)
    if engine is None:
        return []
    try:
        result = engine.format_number(n, purpose=FormatPurpose.ORDINAL)
    except (ValueError, KeyError, OSError):
        return []
    return [str(text) for text in result.text_by_ruleset.values()]


def _soft(word: str) -> str:
    """A folded word without the apostrophe a soft or hard sign becomes (третьей, третей)."""
    return word.replace("'", "")


def is_denominator(word: str, language: str | None) -> bool:
    """Whether ``word`` is a fraction's denominator in ``language``: one of its words for
    one, an ordinal of three to ten ("derde", "cinquièmes", "thirds", "trzecich"), or such
    an ordinal with its last vowel changed or an ending after it ("terzi" of "terzo",
    "Dritteln" of "dritte", "третин" of "третій"), up to three letters."""
    from ..text.normalise import primary_language

    words, ordinals = fraction_denominators(primary_language(language))
    key = _soft(fold(word))
    if key in words:
        return True
    for form in ordinals:
        if key.startswith(form) and len(key) - len(form) <= 2:
            return True
        stem = form[:-1]
        if form[-1] in "aeiouy" and key.startswith(stem) and len(key) > len(stem) and len(key) - len(stem) <= 3:
            return True
    return False


# An ordinal in digits is no count: "for the 4th time", "la 3e fois", "la 15.ª vez", "4-й раз".
# Its letters are CLDR's, from the rules that write ordinals in digits (RBNF's
# "digits-ordinal"): each form the rules write after the digits, a plural's too.
_RBNF_DIGITS = "=#,##0="
_RBNF_REFERENCE = regex.compile(r"=%%([\w-]+)=")
_RBNF_PLURALS = regex.compile(r"\$\(ordinal,([^)]*)\)\$")
_RBNF_LITERAL = regex.compile(r"[^=→←$%;\d\s]+")


@lru_cache(maxsize=64)
def ordinal_suffixes(language: str) -> tuple[str, ...]:
    """The letters ``language`` writes after the digits of an ordinal ("th", "e", ".º",
    "-й", ":e"), longest first, each also as NFKC writes it ("15.ᵉʳ" as "15.er"), and
    with and without a dot before a letter of its own ("15ª", "3.ª"); a dot alone, which
    ends a sentence too, is none."""
    from importlib import resources
    from xml.etree import ElementTree

    try:
        path = resources.files("unicode_rbnf") / "rbnf" / f"{language}.xml"
        root = ElementTree.fromstring(path.read_bytes())
    except (OSError, ElementTree.ParseError, ModuleNotFoundError):
        return ()
    rules = {ruleset.get("type", ""): [rule.text or "" for rule in ruleset.iter("rbnfrule")]
             for ruleset in root.iter("ruleset")}
    suffixes: set[str] = set()
    for name, texts in rules.items():
        if not name.startswith("digits-ordinal"):
            continue
        for text in texts:
            if not text.startswith(_RBNF_DIGITS):
                continue
            written = text.removeprefix(_RBNF_DIGITS).rstrip(";").replace("''", "'")
            forms = [written]
            if (reference := _RBNF_REFERENCE.search(written)) is not None:
                literals = [rule.rstrip(";") for rule in rules.get(reference.group(1), ())
                            if _RBNF_LITERAL.fullmatch(rule.rstrip(";"))]
                forms = [written.replace(reference.group(0), literal) for literal in literals]
            for form in forms:
                plurals = _RBNF_PLURALS.search(form)
                options = regex.findall(r"\{([^}]*)\}", plurals.group(1)) if plurals else [""]
                for option in options:
                    suffix = form.replace(plurals.group(0), option) if plurals else form
                    suffixes.update({suffix, unicodedata.normalize("NFKC", suffix)})
    # the abbreviation's dot is written or left out before a letter of its own: "15.ª", "15ª", "3.º"
    suffixes |= {suffix[1:] for suffix in suffixes if suffix.startswith(".") and not suffix[1:2].isascii()}
    suffixes |= {"." + suffix for suffix in suffixes if not suffix[:1].isascii()}
    return tuple(sorted((suffix for suffix in suffixes if suffix.strip(".")), key=len, reverse=True))


# Where CLDR writes an ordinal as a word before the cardinal ("thứ ba", "ketiga", "ika
# tatló", "ที่สาม"), that word before digits makes them an ordinal too: "lần thứ 3", "untuk
# ke-4 kalinya", "ika-3", "ครั้งที่ 3". A short word apart ("wa tatu") is too common to tell.
_PREFIX_SHORTEST = 3


@lru_cache(maxsize=64)
def ordinal_prefixes(language: str) -> tuple[str, ...]:
    """The words ``language`` writes before a cardinal to make it an ordinal, as CLDR's
    rules for ordinals write them for most of two to nine (Vietnamese "thứ nhì" and
    "thứ tư" are words of their own), with the space after them where they are apart."""
    speller = _cldr_speller(language)
    if speller is None:
        return ()
    counts: dict[str, int] = {}
    for n in _ORDINAL_SAMPLE:
        try:
            cardinal = key(speller(n)).replace("\u200b", "")
        except (ValueError, KeyError):  # a language whose file holds no cardinal rules (Norwegian Bokmål's)
            return ()
        forms = {key(form).replace("\u200b", "") for form in _cldr_ordinals(language, n)}
        for prefix in {form.removesuffix(cardinal) for form in forms if form.endswith(cardinal) and form != cardinal}:
            counts[prefix] = counts.get(prefix, 0) + 1
    return tuple(prefix for prefix, count in counts.items() if 2 * count > len(_ORDINAL_SAMPLE)
                 and (not prefix.endswith(" ") or len(prefix.strip()) >= _PREFIX_SHORTEST))


_ORDINAL_SAMPLE = range(2, 10)


# The words news writes for "per hour" beside a length, which make it a speed, where CLDR's
# pattern for kilometres per hour does not write them so: English "165 kilometres an hour",
# Hindi's oblique "165 किलोमीटर प्रति घंटे", Thai "กม./ชม.", and before the figure Bengali
# "ঘণ্টায় ১৬৫ কিলোমিটার" (in an hour), Tamil "மணிக்கு 165 கி.மீ." (each hour). (before, after)
PER_HOUR: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": ((), ("an hour", "per hour", "a hour")), "hi": ((), ("प्रति घंटे", "प्रति घंटा")),
    "th": ((), ("ต่อชั่วโมง", "/ชม.", "/ชั่วโมง")), "bn": (("ঘণ্টায়",), ("প্রতি ঘণ্টা",)),
    "ta": (("மணிக்கு",), ()), "ne": ((), ("प्रतिघण्टा", "प्रति घण्टा")), "fr": ((), ("à l'heure", "à l’heure")),
}


@lru_cache(maxsize=64)
def per_hour_words(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words ``language`` writes for "per hour" before a figure of kilometres and after
    its unit: from CLDR's pattern for kilometres per hour, less the figure and the unit
    ("每小时{0}公里", "時速 {0} キロメートル", "시속 {0}킬로미터", "{0} kilometers per hour"),
    and :data:`PER_HOUR`."""
    before, after = (list(words) for words in PER_HOUR.get(language, ((), ())))
    loc = cldr.locale(language)
    if loc is not None:
        speed = loc._data["unit_patterns"].get("speed-kilometer-per-hour", {}).get("long", {})
        length = loc._data["unit_patterns"].get("length-kilometer", {}).get("long", {})
        for plural, pattern in speed.items():
            head, _, tail = _FORMAT_CHARS.sub("", pattern).partition("{0}")
            unit = _FORMAT_CHARS.sub("", length.get(plural, length.get("other", ""))).replace("{0}", "").strip()
            if unit and unit in tail and not head.strip():
                rest = tail.replace(unit, "", 1).strip()
                if rest:
                    after.append(rest)
            elif head.strip() and unit and unit in tail:
                before.append(head.strip())
    return tuple(dict.fromkeys(before)), tuple(dict.fromkeys(after))
