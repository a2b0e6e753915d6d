"""The words around numbers, per language: what :mod:`checker.facts.numbers` reads.

CLDR (through Babel) supplies what it knows: the words for days, weeks, months, years and
per cent in every plural form (``unit_patterns``, ``unit_display_names`` and the relative
date fields, which add case forms such as ``godinu``), and the multipliers (``tisuća``,
``milioane``, ``млн``) from the compact decimal formats. CLDR has no number words, bound
words or "and a half", and Babel exposes no spell-out rules, so those are small hand tables
below, one data structure each, keyed by language.

Every word is stored under :func:`key`; Latin-script words also under their folded form
(text written without diacritics), and Serbian and Bosnian words also in Cyrillic.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..text.normalise import fold

DURATIONS = ("day", "week", "month", "year")
PERCENT = "percent"

_KEY_TABLE = str.maketrans({"ş": "ș", "ţ": "ț", "ё": "е", "’": "'", "ʼ": "'", "‘": "'"})


def key(text: str) -> str:
    """The lookup key of a written word or phrase: NFKC, lower case, one spelling of the
    letters that are typed two ways (Romanian ş/ș, Russian ё/е, apostrophes), single
    spaces. Lower case rather than case folding keeps ``ß``, as the regexes see it."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().translate(_KEY_TABLE).split())


# --- hand tables -------------------------------------------------------------------

_HR = {
    1: "jedan jedna jedno jednu jednog jednoga jednom jednoj", 2: "dva dvije dvoje dvaju dviju dvama",
    3: "tri troje triju trima", 4: "četiri četvero četvoro", 5: "pet petero petoro",
    6: "šest šestero", 7: "sedam", 8: "osam", 9: "devet", 10: "deset", 11: "jedanaest",
    12: "dvanaest", 13: "trinaest", 14: "četrnaest", 15: "petnaest", 16: "šesnaest",
    17: "sedamnaest", 18: "osamnaest", 19: "devetnaest", 20: "dvadeset", 30: "trideset",
    40: "četrdeset", 50: "pedeset", 60: "šezdeset", 70: "sedamdeset", 80: "osamdeset",
    90: "devedeset", 100: "sto stotinu stotina", 200: "dvjesto dvjesta dvesta dvesto",
    300: "tristo trista", 400: "četiristo", 500: "petsto", 600: "šeststo",
    700: "sedamsto", 800: "osamsto", 900: "devetsto", 1000: "tisuću hiljadu",
    1e9: "milijardu",
}
_HR_SR = {**_HR, 2: _HR[2] + " dve dvema"}

NUMBER_WORDS: Mapping[str, Mapping[float, str]] = {
    "en": {
        1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
        9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
        15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen",
        20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
        80: "eighty", 90: "ninety", 100: "hundred",
    },
    "hr": _HR, "bs": _HR, "sr": _HR_SR,
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
        1: "jeden jedna jedno jednego jednej jedną", 2: "dwa dwie dwóch dwoma dwaj",
        3: "trzy trzech trzema trzej", 4: "cztery czterech czterema czterej",
        5: "pięć pięciu", 6: "sześć sześciu", 7: "siedem siedmiu", 8: "osiem ośmiu",
        9: "dziewięć dziewięciu", 10: "dziesięć dziesięciu", 11: "jedenaście jedenastu",
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
        1: "один одна одно одного одной одну одном", 2: "два две двух двум двумя",
        3: "три трёх трём тремя", 4: "четыре четырёх четырём", 5: "пять пяти",
        6: "шесть шести", 7: "семь семи", 8: "восемь восьми", 9: "девять девяти",
        10: "десять десяти", 11: "одиннадцать одиннадцати", 12: "двенадцать двенадцати",
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
        1: "один одна одне одного одну одній", 2: "два дві двох двом", 3: "три трьох",
        4: "чотири чотирьох", 5: "п'ять п'яти", 6: "шість шести", 7: "сім семи",
        8: "вісім восьми", 9: "дев'ять дев'яти", 10: "десять десяти", 11: "одинадцять",
        12: "дванадцять", 13: "тринадцять", 14: "чотирнадцять", 15: "п'ятнадцять",
        16: "шістнадцять", 17: "сімнадцять", 18: "вісімнадцять", 19: "дев'ятнадцять",
        20: "двадцять", 30: "тридцять", 40: "сорок", 50: "п'ятдесят", 60: "шістдесят",
        70: "сімдесят", 80: "вісімдесят", 90: "дев'яносто", 100: "сто", 200: "двісті",
        300: "триста", 400: "чотириста", 500: "п'ятсот", 600: "шістсот", 700: "сімсот",
        800: "вісімсот", 900: "дев'ятсот", 1000: "тисячу", 1.5: "півтора півтори",
    },
}

# Words whose compounds follow a rule: German units before "und" + tens and "-einhalb",
# Italian tens joined to units (eliding the tens' vowel before "uno" and "otto").
_DE_UNITS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_DE_TENS = ("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")
_IT_UNITS = ("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
_IT_TENS = ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")


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
}

# "and a half": the conjunction, and the word for half after a number or a unit
# ("godinu i pol", "un an și jumătate") and before a unit ("pola godine", "half a year").
AND_WORDS = {
    "en": "and", "hr": "i", "sr": "i", "bs": "i", "ro": "și", "de": "und", "fr": "et",
    "es": "y", "it": "e", "pt": "e", "pl": "i", "ru": "и с", "uk": "і й з",
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

# Words between a number and its noun: "20 de milioane de oameni", "2 millions de personnes".
LINKERS = {"ro": "de", "fr": "de", "es": "de", "pt": "de", "it": "di"}

_HR_BOUNDS = {
    "min": ("više od", "preko", "iznad", "najmanje", "barem", "bar", "ne manje od",
            "nešto više od", "minimalno"),
    "max": ("manje od", "ispod", "najviše", "do", "ne više od", "maksimalno", "nešto manje od"),
    "approx": ("oko", "otprilike", "približno", "gotovo", "skoro", "blizu", "cca", "cca.",
               "zamalo", "nekih"),
}

# Bound words as intervals: "min" (more than, over, at least: [n, ∞)), "max" (less than,
# under, at most, up to: (-∞, n]) and "approx" (about, nearly: n, widened when compared).
BOUNDS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "en": {
        "min": ("more than", "over", "above", "in excess of", "upwards of", "at least",
                "no less than", "no fewer than", "not less than", "a minimum of", "just over"),
        "max": ("less than", "fewer than", "under", "below", "at most", "up to", "no more than",
                "not more than", "a maximum of", "just under"),
        "approx": ("about", "around", "roughly", "approximately", "approx.", "nearly", "almost",
                   "some", "close to", "an estimated", "circa", "ca."),
    },
    "hr": _HR_BOUNDS, "sr": _HR_BOUNDS, "bs": _HR_BOUNDS,
    "ro": {
        "min": ("peste", "mai mult de", "mai mult decât", "mai multe de", "cel puțin", "minimum",
                "minim", "nu mai puțin de"),
        "max": ("sub", "mai puțin de", "mai puțin decât", "cel mult", "maximum", "maxim",
                "până la", "nu mai mult de"),
        "approx": ("aproape", "aproape de", "circa", "aproximativ", "în jur de", "vreo", "cam",
                   "cca", "cca."),
    },
    "de": {
        "min": ("über", "mehr als", "mindestens", "wenigstens", "gut", "nicht weniger als"),
        "max": ("weniger als", "unter", "höchstens", "bis zu", "maximal", "nicht mehr als"),
        "approx": ("etwa", "rund", "ungefähr", "fast", "knapp", "circa", "ca.", "zirka",
                   "nahezu", "annähernd", "beinahe"),
    },
    "fr": {
        "min": ("plus de", "plus d'", "au moins", "au-delà de", "pas moins de"),
        "max": ("moins de", "moins d'", "au plus", "au maximum", "jusqu'à", "pas plus de"),
        "approx": ("environ", "près de", "près d'", "presque", "quelque", "autour de",
                   "approximativement", "à peu près", "pratiquement"),
    },
    "es": {
        "min": ("más de", "al menos", "por lo menos", "como mínimo", "no menos de"),
        "max": ("menos de", "como máximo", "hasta", "a lo sumo", "no más de"),
        "approx": ("cerca de", "unos", "unas", "alrededor de", "aproximadamente", "casi",
                   "en torno a"),
    },
    "it": {
        "min": ("più di", "oltre", "almeno", "non meno di"),
        "max": ("meno di", "fino a", "al massimo", "non più di"),
        "approx": ("circa", "quasi", "intorno a", "attorno a", "all'incirca", "pressoché"),
    },
    "pt": {
        "min": ("mais de", "pelo menos", "no mínimo", "acima de"),
        "max": ("menos de", "até", "no máximo", "abaixo de"),
        "approx": ("cerca de", "quase", "aproximadamente", "por volta de", "perto de", "uns",
                   "umas", "em torno de"),
    },
    "pl": {
        "min": ("ponad", "więcej niż", "co najmniej", "przynajmniej", "powyżej", "przeszło",
                "nie mniej niż"),
        "max": ("mniej niż", "poniżej", "co najwyżej", "do", "nie więcej niż", "maksymalnie",
                "niespełna"),
        "approx": ("około", "ok.", "prawie", "blisko", "niemal", "mniej więcej"),
    },
    "ru": {
        "min": ("более", "больше", "свыше", "не менее", "не меньше", "как минимум",
                "по меньшей мере", "более чем", "больше чем", "минимум"),
        "max": ("менее", "меньше", "до", "не более", "не больше", "как максимум", "максимум",
                "менее чем", "меньше чем"),
        "approx": ("около", "почти", "примерно", "приблизительно", "порядка"),
    },
    "uk": {
        "min": ("понад", "більше", "більш ніж", "більше ніж", "щонайменше", "принаймні",
                "не менше", "не менш ніж", "як мінімум", "мінімум"),
        "max": ("менше", "менше ніж", "менш ніж", "до", "не більше", "щонайбільше", "максимум"),
        "approx": ("близько", "майже", "приблизно", "біля", "орієнтовно"),
    },
}

# Ranges: an opening word and the word joining the two ends ("between 18 and 24",
# "od 18 do 24"); TO_WORDS also join two numbers without an opening word ("18 to 24").
_HR_RANGES = (("između", "i"), ("od", "do"))
RANGES: Mapping[str, tuple[tuple[str, str], ...]] = {
    "en": (("between", "and"), ("from", "to")), "hr": _HR_RANGES, "sr": _HR_RANGES,
    "bs": _HR_RANGES, "ro": (("între", "și"), ("de la", "la")),
    "de": (("zwischen", "und"), ("von", "bis")), "fr": (("entre", "et"), ("de", "à")),
    "es": (("entre", "y"), ("de", "a")), "it": (("tra", "e"), ("fra", "e"), ("da", "a")),
    "pt": (("entre", "e"), ("de", "a")), "pl": (("między", "a"), ("pomiędzy", "a"), ("od", "do")),
    "ru": (("между", "и"), ("от", "до")), "uk": (("між", "і"), ("від", "до")),
}
TO_WORDS = {
    "en": "to", "hr": "do", "sr": "do", "bs": "do", "de": "bis", "fr": "à", "es": "a",
    "it": "a", "pt": "a", "pl": "do", "ru": "до", "uk": "до",
}

# Unit forms CLDR lacks (oblique cases, other words for week, per cent written out).
UNIT_EXTRAS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "en": {"percent": ("per cent", "pct"), "year": ("yrs",), "month": ("mos",)},
    "hr": {"week": ("sedmica", "sedmice", "sedmicu")},
    "sr": {"week": ("sedmica", "sedmice", "sedmicu", "nedelju", "nedjelja", "nedjelje"),
           "percent": ("posto", "odsto")},
    "bs": {"week": ("sedmica", "sedmice", "sedmicu"), "percent": ("posto", "odsto")},
    "ro": {"percent": ("la sută",), "year": ("anul", "anului", "anii", "anilor"),
           "month": ("luna", "lunii", "lunile", "lunilor"),
           "day": ("ziua", "zilei", "zilele", "zilelor"), "week": ("săptămâna", "săptămânii")},
    "fr": {"year": ("année", "années")},
    "it": {"percent": ("per cento",)},
    "ru": {"year": ("годы", "годами", "годах"), "day": ("сутки", "суток"),
           "month": ("месяцы", "месяцами")},
}

SUPPORTED = tuple(NUMBER_WORDS)

_SR_CYRILLIC = {
    "dž": "џ", "lj": "љ", "nj": "њ", "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д",
    "đ": "ђ", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л",
    "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у",
    "v": "в", "z": "з", "ž": "ж",
}
_SR_LETTER = regex.compile("|".join(sorted(_SR_CYRILLIC, key=len, reverse=True)))


def _variants(form: str, language: str) -> Iterator[str]:
    """The keys under which a hand-written form is looked up: as written, folded (for text
    typed without diacritics) and, for Serbian and Bosnian, in Cyrillic."""
    k = key(form)
    yield k
    if not regex.search(r"\p{Cyrillic}", k):
        yield fold(k)
    if language in ("sr", "bs"):
        yield _SR_LETTER.sub(lambda m: _SR_CYRILLIC[m.group()], k)


def _split(table: Mapping[str, str], language: str) -> frozenset[str]:
    return frozenset(v for form in table.get(language, "").split() for v in _variants(form, language))


# --- CLDR --------------------------------------------------------------------------

_CLDR_UNITS = {"duration-day": "day", "duration-week": "week", "duration-month": "month",
               "duration-year": "year", "concentr-percent": PERCENT}
# Measures that news reports in figures, by their CLDR key. Their abbreviations of two
# letters ("km", "kg", "ha") are unambiguous after a number, unlike "g." or "M".
_CLDR_MEASURES = {"length-kilometer": "kilometer", "length-meter": "meter", "length-centimeter": "centimeter",
                  "length-mile": "mile", "mass-kilogram": "kilogram", "mass-tonne": "tonne",
                  "area-hectare": "hectare", "area-square-kilometer": "square kilometer",
                  "volume-liter": "liter", "speed-kilometer-per-hour": "kilometer per hour",
                  "power-megawatt": "megawatt", "power-gigawatt": "gigawatt",
                  "temperature-celsius": "celsius"}


def _locales(language: str) -> list:
    """The Babel locales of a language in each script it is written in (``sr`` and
    ``sr_Latn``, ``bs`` and ``bs_Cyrl``)."""
    from babel import Locale, localedata

    names = (language, f"{language}_Latn", f"{language}_Cyrl")
    return [Locale.parse(name) for name in names if localedata.exists(name)]


def _after_placeholder(pattern: str, prefixed: bool = False) -> list[str]:
    """The words after ``{0}`` in a CLDR pattern; none when words come before it, unless
    ``prefixed`` (relative date fields: "za {0} godinu", "peste {0} de zile")."""
    before, sep, after = pattern.partition("{0}")
    return after.split() if sep and (prefixed or not before.strip()) else []


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _usable(phrase: str | None, long: bool, shortest: int = 3) -> bool:
    """Abbreviations of one or two letters ("g.", "M", "mj.") name too many other things;
    long forms are always kept."""
    if not phrase or "/" in phrase or any(ch.isdigit() for ch in phrase):
        return False
    return long or _letters(phrase) >= shortest


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
    for field in DURATIONS:
        for direction in data["date_fields"].get(field, {}).values():
            for pattern in direction.values():
                words = _after_placeholder(pattern, prefixed=True)
                word = words[1] if len(words) > 1 and words[0] in heads else words[:1] and words[0]
                if _usable(word, True):
                    found.setdefault(word, field)
    yield from found.items()


def _cldr_multipliers(loc) -> Iterator[tuple[str, float]]:
    """(written form, value) of the words for thousand, million, billion..., from the
    compact decimal formats: ``"00 milijuna"`` at magnitude 10⁷ names 10⁶."""
    for width, plurals in loc._data["compact_decimal_formats"].items():
        for table in plurals.values():
            for magnitude, pattern in table.items():
                text = pattern.pattern.replace("'", "")
                zeros = text.count("0")
                phrase = " ".join(text.replace("0", " ").split())
                if _usable(phrase, width == "long"):
                    yield phrase, int(magnitude) / 10 ** max(zeros - 1, 0)


# --- the lexicon -------------------------------------------------------------------

@dataclass(frozen=True)
class Lexicon:
    """Every word of one language that :mod:`~checker.facts.numbers` gives a meaning to,
    each stored under :func:`key`. Multi-word entries hold single spaces."""

    numbers: Mapping[str, float]
    articles: frozenset[str]
    multipliers: Mapping[str, float]
    units: Mapping[str, str]
    unit_folds: tuple[tuple[str, str], ...]   # (folded form, unit): inflection-tolerant matching
    dotted: frozenset[str]                    # abbreviations written with a final dot
    linkers: frozenset[str]
    ands: frozenset[str]
    halves_after: frozenset[str]
    halves_before: frozenset[str]
    bounds: Mapping[str, str]
    openers: Mapping[str, frozenset[str]]
    connectors: frozenset[str]
    vocabulary: frozenset[str]                # every word with a role: never a noun after a number


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
        return units

    def numbers(self, locales: list) -> tuple[dict[str, float], dict[str, float]]:
        """Number words below a thousand, and multipliers (CLDR's and the hand table's)."""
        multipliers: dict[str, float] = {}
        for loc in locales:
            self.fill(multipliers, _cldr_multipliers(loc))
        words = {v: f.split() for v, f in NUMBER_WORDS.get(self.language, {}).items()}
        for value, forms in _compounds(self.language).items():
            words.setdefault(value, []).extend(forms)
        numbers: dict[str, float] = {}
        for value, forms in words.items():
            self.fill(multipliers if value >= 1000 else numbers, ((form, float(value)) for form in forms))
        return numbers, multipliers

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
    locales = _locales(language)
    build = _Builder(language)
    units = build.units(locales)
    numbers, multipliers = build.numbers(locales)
    bounds: dict[str, str] = {}
    for kind, phrases in BOUNDS.get(language, {}).items():
        build.fill(bounds, ((phrase, kind) for phrase in phrases), after_number=False)
    openers, connectors = build.ranges()
    linkers = _split(LINKERS, language) | _derived_linkers(units) | _derived_linkers(multipliers)
    parts = dict(
        numbers=numbers, articles=_split(ARTICLES, language), multipliers=multipliers,
        units=units, linkers=frozenset(linkers), ands=_split(AND_WORDS, language),
        halves_after=_split(HALF_AFTER, language), halves_before=_split(HALF_BEFORE, language),
        bounds=bounds, openers=openers, connectors=connectors,
    )
    vocabulary = {w for table in parts.values() for phrase in table for w in phrase.split()}
    return Lexicon(
        **parts,
        unit_folds=tuple(sorted({(fold(k), u) for k, u in units.items() if " " not in k})),
        dotted=frozenset(build.dotted),
        vocabulary=frozenset(vocabulary),
    )


def _derived_linkers(table: Mapping[str, object]) -> set[str]:
    """Words CLDR writes before some plural forms only ("{0} de luni" beside "{0} luni")."""
    heads = {p.split(" ", 1)[0] for p in table if " " in p and p.split(" ", 1)[1] in table}
    return heads - set(table)
