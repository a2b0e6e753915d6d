"""The one fuzzy matcher: inflection- and typo-tolerant comparison of folded words.

This is the only module that calls rapidfuzz. Anchors, names, phrasings and month
names are all compared with :func:`word_score` (one word) or :class:`PhraseIndex`
(many phrases over a whole article, one pass per article whatever the number of rules).

How a folded anchor word scores against a folded text word:

* the same word scores 100;
* words of three letters or fewer match only exactly (``met`` never finds ``metal``);
* an inflected form scores high: an ending added (``intalnire`` → ``intalnirea``, 98),
  dropped after a vowel (``accepted`` → ``accept``), exchanged after a vowel
  (``obnova`` → ``obnove``), or a fleeting vowel (``sajam`` → ``sajma``);
* words of six letters or more also score by the rapidfuzz ratio of the two words and
  of their transliteration skeletons (:func:`~checker.text.normalise.skeleton`), so that
  typos (``septemrbie``) and spellings from other scripts (``vostochny``/``vostocni``/
  ``vostohnii``) score by how close they are, as does a word one letter shorter than
  such a word (``covoy``/``convoy``); two neighbouring letters exchanged score 90
  (``rgeata``/``regata``); an inflected form with such a typo in its stem scores as its
  stem, less a point per letter of the ending (``cognresului``/``congres``); shorter words match only by an equal skeleton, since one
  changed letter in a short word is too often another word (``para``/``parad``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from os.path import commonprefix
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz, process

from .negation import Verbs, negation_cues
from .normalise import (
    ABJAD_LANGUAGES,
    ALPHABETS,
    LEADING_VOWELS,
    SILENT_VOWEL_LETTERS,
    abjad_keys,
    abjad_readings,
    after_a_leading_vowel,
    consonants,
    fold,
    fold_words,
    has_attached_words,
    has_spellings,
    primary_language,
    respelled,
    respellings,
    script_of,
    skeleton,
    token_columns,
    unattached,
    with_article,
    written_letters,
)
from .tense import subjunctives

_WORD_RE = re.compile(r"[^\W_]+")
_ABJAD_LETTERS = re.compile("[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")

SHORT_WORD = 3  # words this short match only exactly
CROSS_SCRIPT_LENGTH = 5  # letters of the shortest word read in another script but a name (one of them Latin)
FUZZY_LENGTH = 6  # below this, one changed letter is too often another word ("para", "parad")
MAX_ENDING = 4  # letters an inflectional ending may add
SWAP_SCORE = 90.0  # two neighbouring letters exchanged, in a word of FUZZY_LENGTH or more
UNWRITTEN_GLIDE_SCORE = 96.0  # a y or j between vowels left out, before the ending's points
# Languages that add long endings to a word ("görüşmesinde", "tapaamisessa", "회담에는").
# Scripts that spell a foreign name as it sounds, where an English first name is written
# unlike its letters ("ग्रेम होल्ट", Graeme Holt; "সারা", Sarah): the first word of a name of two
# words or more is also read by its consonants (:func:`~checker.text.normalise.consonants`) at
# FIRST_NAME_SCORE, so the name still needs its other words as written.
SOUNDED_NAMES = frozenset({"hi", "bn", "ta", "te", "ml", "kn", "gu", "pa", "mr", "ne", "si", "or", "as", "th", "lo",
                           "km", "my"})
FIRST_NAME_SCORE = 86.0
FIRST_NAME_LETTERS = 4  # letters of a first name read so
FIRST_NAME_SOUNDS = 2  # consonants it must have
AGGLUTINATING = frozenset({"tr", "az", "kk", "uz", "ky", "tk", "tt", "fi", "et", "hu", "ko", "mn", "ta", "te", "ka",
                           "ml", "kn", "eu",  # Basque: "Zelenskirekin", "Bruselan"
                           "mr"})  # Marathi writes its postpositions on the noun: "स्टेडियममध्ये" (in the stadium)
LONG_ENDING = 8  # letters an ending may add in those
KEPT_STEM = 6  # letters of the stem a word keeps where more than one of its last letters change before a long ending
# The first parts of a compound that make its head another thing, no head it stands for: an
# earlier stage ("Halbfinale", "Viertelfinale", "semifinalen", "kvartsfinal" are no final), a
# deputy ("Vizepräsident", "vicedirektör", "varajohtaja", "apulaisjohtaja", "varaformaður"
# are not the president, director, chairman a rule names).
_OTHER_MODIFIERS = ("halb", "viertel", "achtel", "semi", "kvarts", "kwart", "halve", "kvart", "puoli", "neljännes",
                    "vize", "vice", "vise", "vara", "apulais")
# Suffixes that make another word of the one they follow, not a form of it, folded: Turkish
# and Azerbaijani "kararname" (decree) is no "karar" (ruling), nor "kararlı" (determined),
# "kararsız", "Başkanvekili" (the deputy chairman) the "başkan".
_DERIVING: dict[str, tuple[str, ...]] = {
    "tr": ("name", "gah", "lik", "luk", "siz", "suz", "vekil", "das", "des", "li", "lu"),
    "az": ("name", "gah", "lik", "luk", "siz", "suz", "muavin"),
    # Basque: "epaiketa" (trial) of "epai" (verdict), "-tzaile" (who does it), "-tasun",
    # "-tegi" (where), "-gile" (maker); a word given with its article ("epaia") on its stem
    "eu": ("keta", "tzaile", "tasun", "tegi", "gile"),
}
# The article a language writes on its nouns' end, which a phrase word may carry: Basque -a
_ARTICLE_ENDING = {"eu": "a"}


# Languages whose words end in a vowel that tells them apart, not an ending: Hausa "kashe"
# (kill) and "kashi" (part, per cent), Yoruba, Igbo.
_LEXICAL_FINAL_VOWEL = frozenset({"ha", "yo", "ig"})


def _final_vowel_apart(key: str, word: str) -> bool:
    """Whether two words differ in their final vowel alone."""
    return (len(key) == len(word) and key != word and key[:-1] == word[:-1]
            and key[-1] in VOWELS and word[-1] in VOWELS)


def _derived(key: str, word: str, language: str) -> bool:
    """Whether text ``key`` is phrase word ``word`` with a suffix that makes another word
    (:data:`_DERIVING`)."""
    article = _ARTICLE_ENDING.get(language)
    if article and word.endswith(article) and len(word) > len(article) + 2:
        stem = word[:-len(article)]
        if key.startswith(stem) and key.startswith(_DERIVING[language], len(stem)):
            return True
    return key.startswith(word) and key.startswith(_DERIVING[language], len(word))


# and Korean's 부 (deputy): "부청장" is no "청장" (director), folded
_KOREAN_OTHER_MODIFIERS = frozenset({"bu"})
# and more in the Dravidian languages, whose folded syllables spell the vowel each consonant
# carries ("ఎన్నికలసంఘం", the election commission, "ennika" + "lasangham")
_SYLLABIC_ENDING = {"ta": 3, "te": 3, "kn": 3, "ml": 3}
LONG_ENDING_SCORE = 97.0  # less a point per letter of the ending
STEM_LENGTH = 5  # letters a stem keeps
# Finnish and Estonian alternate a stem's consonants between a strong and a weak grade
# ("lakko", "lakon", "lakossa"; "ranta", "rannalla"; "katu", "kadulla"), the plural
# changes its last vowel ("vaalit", "vaaleissa"), and a noun in -us takes -ks- in the
# genitive but not in the partitive a denial takes ("hyväksyi sopimuksen", "ei
# hyväksynyt sopimusta"): a word is also read with each weak consonant made strong,
# with the plural's vowel undone, and in the other of those two cases, a point off.
FINNIC = frozenset({"fi", "et"})
# Languages that write a kind of a thing as one word ending in it ("parlementsverkiezingen",
# "parlamentsvalet", "Bundestagswahlen", "eduskuntavaalit", "elnökválasztás"): such a
# compound stands for its head, a phrase word of HEAD_LETTERS or more after MODIFIER_LETTERS
# or more, at COMPOUND_SCORE.
COMPOUNDING = frozenset({"de", "nl", "af", "lb", "fy", "sv", "da", "nb", "nn", "is", "fi", "et", "hu"})
HEAD_LETTERS = 5
# Languages whose nouns in -am decline on an oblique stem in -att- (Tamil "வெள்ளம்",
# flood, "வெள்ளத்தில்", in the flood; "கூட்டம்", meeting, "கூட்டத்தில்"), folded as the
# script folds (the inherent vowel dropped): the oblique's letters and the nominative's.
OBLIQUE_STEMS: dict[str, tuple[str, str]] = {"ta": ("tt", "m")}
EXACT = 100.0  # the score of a word as the phrase or name writes it
MODIFIER_LETTERS = 4
COMPOUND_SCORE = 90.0
COMPOUND_ENDING = 2  # letters of a case ending on a compound's head ("-s", "-es", "-en"), a point off each
# and the longer case endings of Hungarian, Finnish and Estonian, folded, that a compound's
# head takes as the word alone does (a point off each letter too): "hűtőkonténerben" (in
# the refrigerated container) is "konténer" as "konténerben" is, "hűtőkonténerekből" too;
# Finnish "aluesairaalassa" (in the regional hospital) "sairaala"; Estonian
# "lastehaiglasse" (to the children's hospital) "haigla". German, Dutch and the
# Scandinavian languages need no more than two letters on a head that keeps its letters.
# (each language's case endings, and those of its plurals: Hungarian -ok-, -ek-, -ak-, Estonian -de-, -te-)
_COMPOUND_PLURALS: dict[str, tuple[tuple[str, ...], str]] = {
    "hu": (("", "ok", "ek", "ak"), "ban ben bol rol tol nak nek hoz hez nal nel val vel ert kent ra re ba be on en at et"),
    "fi": (("",), "ssa sta lla lta lle ksi tta nsa"),
    "et": (("", "de", "te"), "sse st ga ks ni ta na le lt l s"),
}
COMPOUND_CASES: dict[str, tuple[str, ...]] = {
    language: tuple(sorted({plural + case for plural in plurals for case in cases.split()
                            if len(plural + case) > COMPOUND_ENDING}))
    for language, (plurals, cases) in _COMPOUND_PLURALS.items()
}
KOREAN_MODIFIER = 2  # folded letters of the first noun of a Korean compound at least
# Korean particles after a noun, folded, longest first: 에서는, 에서, 에게, 으로, 까지, 부터, 을, 를, …
_KOREAN_PARTICLES = ("eseoneun", "eseodo", "kkaji", "buteo", "eseo", "eneun", "euro", "reul", "neun", "ege",
                     "eul", "eun", "gwa", "ro", "ui", "ga", "wa", "do", "e", "i")
# Hungarian writes a verb's prefix after it when the verb is negated or in focus: "nem
# fogadta el" (did not accept) for "elfogadta", "nem hagyta jóvá" for "jóváhagyta". A verb
# followed by one of these prefixes is also read as the two written together.
_SEPARATED_PREFIXES: dict[str, frozenset[str]] = {
    "hu": frozenset(fold_words("el meg ki be fel föl le át vissza össze jóvá hozzá rá szét oda közzé bele alá ellen")),
}
# Lithuanian and Latvian replace a noun's ending rather than add to it ("streikas",
# "streike", "streikų"; "streiks", "streikā"): a word is read as its stem with another
# ending of up to BALTIC_ENDING letters.
BALTIC = frozenset({"lt", "lv"})
BALTIC_ENDING = 4
BALTIC_STEM = 4  # their nouns' stems are short: "tiltas", "tiltui", "tilto" (bridge)
# and shorter still: a Latvian noun of a stem of three letters ("sods", fine; "gads", year;
# "mežs", forest; "kuģis", ship) is read with its case endings in place of its nominative's
# ("piemēroja … sodu", imposed a fine; "soda", "sodam", "sodā", "sodiem"; "mežā", "kuģa"),
# from the closed list of the declensions' endings, folded (long vowels as short: "-ā" is
# "-a", "-ī" "-i"), so that another word of those letters is none of its forms ("sodība",
# punishment, "sodīt", to punish, are no "sods"): the nominatives, then the other cases.
_BALTIC_CASES: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "lv": (("s", "is", "us", "a", "e"),
           frozenset({"s", "is", "us", "a", "e", "am", "u", "i", "iem", "os", "im", "ai", "as", "ei", "es", "em",
                      "ij"})),
}
# The plural endings of the South Slavic nouns whose k, g, h soften before them, with the
# hard consonant (:data:`_SOFTENED`), folded: Latin and, in Serbian, Macedonian and
# Bulgarian, Cyrillic (ц folds to ts, х to kh).
_SOFTENED_PLURAL: dict[str, tuple[tuple[str, str], ...]] = {
    language: tuple((soft + ending, hard) for soft, hard in letters for ending in endings.split())
    for language, letters, endings in (
        *((language, (("c", "k"), ("z", "g"), ("s", "h")), "i ima") for language in ("hr", "bs")),
        ("sr", (("c", "k"), ("ts", "k"), ("z", "g"), ("s", "h"), ("s", "kh")), "i ima"),
        *((language, (("ts", "k"), ("z", "g"), ("s", "kh")), "i ite") for language in ("bg", "mk")),
    )
}
_PAST_OF_INFINITIVE = tuple((vowel + "t", vowel + ending) for vowel in "aie" for ending in ("l", "la", "lo", "li", "ly"))
# Endings a word is also read with in place of its own. Slavic languages soften the k, g
# and h of a stem before the -e and -i of the dative and locative (Czech "stávka", "při
# stávce"; Polish "Polska", "w Polsce", "droga", "na drodze"; Czech "Praha", "v Praze"):
# such a word is also read with its hard consonant. Swedish writes a verb's past in -de
# and its supine in -t ("godkände", "har inte godkänt"): each is read as the other.
_SOFTENED: dict[str, tuple[tuple[str, str], ...]] = {
    # (and the Czech and Slovak infinitive after a verb of refusing is the past a phrasing writes:
    # "odmítly podepsat dohodu", "podepsaly dohodu"; "odmietla podpísať", "podpísala")
    "cs": (("ce", "ka"), ("ze", "ha"), ("ze", "ga"), *_PAST_OF_INFINITIVE),
    "sk": (("ke", "ka"), ("ze", "ha"), ("ci", "ka"), *_PAST_OF_INFINITIVE),
    # An Estonian verb after "keelduma" (refuse) is in -mast on the stem of its infinitive in -ma:
    # "keeldus lepingut allkirjastamast" is the phrasing's "allkirjastas lepingu"; and after the
    # negative "ei" the past is a participle in -nud: "ei olnud" of "olid", "ei kinnitanud" of "kinnitas"
    "et": (("mast", "s"), ("mast", "sid"), ("nud", "id"), ("nud", "i"), ("nud", "s"), ("nud", "sid")),
    # so is the Finnish past after "ei", "eivät": "eivät olleet" of "olivat", "ei hyväksynyt" of
    # "hyväksyi", "eivät hyväksyneet" of "hyväksyivät" (folded, ä as a)
    "fi": (("neet", "ivat"), ("nut", "i"), ("nyt", "i"), ("leet", "ivat"), ("lut", "i"), ("lyt", "i")),
    # and the Polish locative softens a hard stem's last consonant before its -e: "na
    # szczycie" (szczyt), "w rządzie" (rząd), "w teatrze" (teatr), "w planie", "w Krakowie"
    "pl": (("ce", "ka"), ("dze", "ga"), ("ze", "ha"), ("cie", "t"), ("dzie", "d"), ("rze", "r"), ("nie", "n"),
           ("mie", "m"), ("wie", "w"), ("bie", "b"), ("pie", "p"), ("sie", "s"), ("zie", "z")),
    "sl": (("ci", "ka"), ("zi", "ga"), ("ti", "l"), ("ti", "la"), ("ti", "li")),
    "sv": (("t", "de"), ("de", "t"), ("tt", "dde"), ("dde", "tt")),
    # A Catalan participle agrees with its noun ("la llei va ser aprovada", "ha aprovat la
    # llei"; "va aprovar", the past a phrasing writes): each form is read as the others.
    "ca": (("ada", "at"), ("ada", "ar"), ("ades", "at"), ("ats", "at"), ("ida", "it"), ("ida", "ir"),
           ("uda", "ut")),
    # An Italian infinitive after "rifiutato di", "deciso di" is the participle a phrasing
    # writes ("si è rifiutato di approvare la legge", "ha approvato la legge").
    "it": (("are", "ato"), ("ere", "uto"), ("ire", "ito")),
    # The South Slavic infinitive after a verb of refusing is the past the phrasing writes
    # ("odbila je potvrditi sporazum", "potvrdila sporazum"; Slovene "potrditi", "potrdil").
    # And the k, g and h of a masculine noun's stem soften to c, z and s before the -i of
    # its plural ("putnik", passenger, "putnici", "putnicima"; "psiholog", "psiholozi";
    # "monah", "monasi"; Serbian "путник", "путници"), as Bulgarian and Macedonian do before
    # the -и of theirs and its article's -ите ("пътник", "пътници", "пътниците";
    # "монах", "монаси"; "патник", "патниците"), and the k, g and h of Ukrainian nouns before
    # the -і of their dative and locative ("Америка", "в Америці"; "Прага", "у Празі").
    **{language: (("ti", "o"), ("ti", "la"), ("ti", "li"), ("ti", "lo"), *_SOFTENED_PLURAL[language])
       for language in ("hr", "bs", "sr")},
    **{language: _SOFTENED_PLURAL[language] for language in ("bg", "mk")},
    "uk": (("tsi", "ka"), ("zi", "ga"), ("si", "kha")),
    # A Hebrew noun before the noun it belongs to (the construct state) writes its -ה as
    # -ת and its plural -ים as -י: "ממשלת איטליה" (Italy's government) is "הממשלה" (the
    # government) of a phrasing, "חברי הכנסת" its "חברים".
    "he": (("t", "h"), ("y", "ym")),
    # The Portuguese plural of a noun in -m is -ns: "os sete reféns" are "refém", "homens" "homem".
    "pt": (("ns", "m"),),
    # A French title in the feminine is its masculine: "la directrice générale" is "directeur
    # général", "la porte-parole", "l'ambassadrice" "ambassadeur", "la chercheuse" "chercheur".
    "fr": (("rice", "eur"), ("rices", "eurs"), ("euse", "eur"), ("euses", "eurs")),
    # An Urdu masculine noun in -ہ or -ا writes its oblique and plural in -ے: "زلزلے سے" (by
    # the earthquake) is "زلزلہ", "لڑکے" "لڑکا" (folded, ے is e, ہ h, and the ا dropped).
    "ur": (("e", "h"), ("e", "")),
}
# A verb's participles and pasts are read as its infinitive, the form an editor writes in
# ``about`` ("evacuar": "4.300 personas fueron evacuadas"; "sequestrare": "sono stati
# sequestrati"; "prihvatiti": "Sabor je prihvatio ostavku"; "porwać": "zostali porwani";
# "закрыть": "аэропорт закрыли"; "kaçırmak": "kaçırıldı"), as folded endings: the form's,
# then the infinitive's. Only the infinitive itself: a guessed form near another word is
# none of it (Spanish "aprovada" is no Catalan "aprovat").
_PAST = re.compile(r"(?:l[aoi]?|v)$")  # a Russian or Ukrainian past of the forms below: "-л", "-ла", "-ли", "-в"


def _with_reflexives(pairs: tuple[tuple[str, str], ...], after_vowel: tuple[str, ...],
                     infinitive: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Forms and infinitives of :data:`_INFINITIVE_OF` and the same verbs' reflexive pasts:
    Russian and Ukrainian write the reflexive particle after the form, -ся after a consonant
    and, after a vowel, Russian -сь, Ukrainian -ся or -сь ("обвалиться", "обвалился",
    "обвалилась", "обвалились"; "обвалитися" or "обвалитись", "обвалився", "обвалилася",
    "обвалилась", "обвалилися"), folded; ``after_vowel`` those written after a vowel,
    ``infinitive`` those after the infinitive."""
    return pairs + tuple((form + particle, verb + ending) for form, verb in pairs if _PAST.search(form)
                         for particle in (after_vowel if form[-1] in "aoi" else ("sya",)) for ending in infinitive)


_INFINITIVE_OF: dict[str, tuple[tuple[str, str], ...]] = {
    # (and the preterite's third person, "inauguró", "inaugurò", folded without its accent)
    "es": tuple((form, infinitive) for infinitive, forms in (
        ("ar", "ado ada ados adas aron o"), ("er", "ido ida idos idas ieron io"), ("ir", "ido ida idos idas ieron io"))
        for form in forms.split()),
    "pt": tuple((form, infinitive) for infinitive, forms in (
        ("ar", "ado ada ados adas ou aram"), ("er", "ido ida idos idas eu eram"), ("ir", "ido ida idos idas iu iram"))
        for form in forms.split()),
    "gl": tuple((form, infinitive) for infinitive, forms in (
        ("ar", "ado ada ados adas ou aron"), ("er", "ido ida idos idas eu eron"), ("ir", "ido ida idos idas iu iron"))
        for form in forms.split()),
    "fr": tuple((form, infinitive) for infinitive, forms in (("er", "e ee es ees erent"), ("ir", "i ie is ies irent"))
                for form in forms.split()),
    # Catalan: the participle, the past and the subjunctives, which a clause after "que" or
    # "després que" writes ("després que el petrolier encallés", "que les tasques acabin"),
    # folded without their accents
    "ca": tuple((form, infinitive) for infinitive, forms in (
        ("ar", "at ada ats ades a aren es essin essen i in en ava aven"), ("ir", "it ida its ides i iren is issin"),
        ("re", "ut uda uts udes"), ("er", "ut uda uts udes"))
        for form in forms.split()),
    "it": tuple((form, infinitive) for infinitive, forms in (
        ("are", "ato ata ati ate arono o"), ("ere", "uto uta uti ute"), ("ire", "ito ita iti ite irono"))
        for form in forms.split()),
    "ro": tuple((form, infinitive) for infinitive, forms in (("a", "at ata ati ate"), ("i", "it ita iti ite"))
                for form in forms.split()),
    # (and the verbs in -eti and the ijekavian -jeti, whose past is -eo, -ela and -io, -jela:
    # Serbian "слетети", "слетео"; Croatian "sletjeti", "sletio", "sletjela")
    # (and the verbs in -nuti, "poginuti", "poginuo", "poginulo" (with five or more); and the
    # participle of a verb in -iti whose consonant softens before it, folded: "uspostaviti",
    # "uspostavljen"; "prihvatiti", "prihvaćen"; "osuditi", "osuđen"; "zaraziti", "zaražen")
    **{language: tuple((form, infinitive) for infinitive, forms in (
        ("iti", "io ila ilo ili ile en ena eni"), ("ati", "ao ala alo ali ale an ana ani"),
        ("eti", "eo ela elo eli ele"), ("jeti", "io jela jelo jeli jele"), ("uti", "uo ula ulo uli ule"),
        *((hard + "iti", " ".join(soft + ending for ending in ("en", "ena", "eno", "eni", "ene")))
          # (đ, š, ž fold as the d, s, z they soften: the participle in -en reads them)
          for hard, soft in (("v", "vlj"), ("p", "plj"), ("b", "blj"), ("m", "mlj"), ("t", "c")))) for form in forms.split())
       for language in ("hr", "bs", "sr")},
    # (Slovene writes the past and the participle in the masculine -l, -n, the feminine -la,
    # -na, the neuter -lo, -no, and in the plural -li, -ni, -le, -ne: "evakuirati", "so
    # evakuirali", "oblasti so evakuirale vas", "vasi so bile evakuirane"; "sprejeti",
    # "sprejel", "bolnišnice so sprejele", "sprejeta", "sprejete")
    "sl": tuple((form, infinitive) for infinitive, forms in (
        ("iti", "il ila ilo ili ile en ena eno eni ene"), ("ati", "al ala alo ali ale an ana ano ani ane"),
        ("eti", "el ela elo eli ele et eta eto eti ete"),
        ("reti", "rl rla rlo rli rle")) for form in forms.split()),  # "zapreti": "zaprl", "so zaprle"
    # (and the impersonal past in -no, -to: "zatrzymano", "zabezpieczono", "przechwycono",
    # "zabito", "odkryto", "zamknięto")
    "pl": tuple((form, infinitive) for infinitive, forms in (
        ("ac", "al ala alo ali aly ana ane ani ano any ieto ieta iety"),
        ("ic", "il ila ilo ili ily iono ona one ony eni ono ito"),
        ("yc", "yl yla ylo yli yly ony ona one ono yto"),
        ("nac", "nal nela nelo neli nely niety nieta niete nieci nieto"))  # "zamknąć": "zamknął", "zamknęły"
        for form in forms.split()),
    # and the verbs in -nout, -řít (Slovak -núť, -rieť), whose past is -nul, -řel: "zahynout",
    # "zahynuli"; "otevřít", "otevřel"; "zomrieť", "zomreli"; and those in -et, -ět (Slovak
    # -ieť), whose past is -el, -ěl and participle -en, -ěn: "zadržet", "zadržela", "zadržen";
    # "vidět", "viděli"; "vidieť", "videli". And the present, which news tells what goes on
    # in (and what is to come, the present of a perfective -nout, -núť: "nadobudne účinnosť", takes
    # effect; "zahynou"): the verbs in -ovat (Slovak -ovať) write -uje, -ují (Slovak -ujú) on the stem ("se
    # pohřešuje", "se pohřešují", is, are missing, of "pohřešovat"; "evakuujú", of
    # "evakuovať"), and those in -at -ají (Slovak -ajú: "hledají", "hľadajú"). The -á of the
    # singular in -at and the -í of the verbs in -it, -et are left out: adjectives end so,
    # and a noun of the anchor's letters is then one letter away ("hlasová", of the voice, is
    # no "hlasovat", vote; "interní", internal, no "internet").
    **{language: tuple((form, infinitive) for infinitive, forms in (
        ("at", "al ala alo ali aly an ana ano ani " + ajou), ("it", "il ila ilo ili ily en ena eno eni"),
        ("ovat", "uje uji uju ujeme ujete"),
        (nout, "nul nula nulo nuli nuly ne " + nou), (rit, "rel rela relo reli rely"),
        # (and those that leave -nu- out of the past after h, k, ch: "navrhnout", "navrhl"; "zamknout", "zamkl";
        # Slovak after d too, its masculine in -ol: "nadobudnúť", "nadobudol", "nadobudlo"; "dosiahnuť", "dosiahli")
        *((consonant + nout, " ".join(consonant + ending for ending in ("l", "la", "lo", "li", "ly")))
          for consonant in (("h", "k", "ch") if language == "cs" else ())),
        *((consonant + nout, " ".join(consonant + ending for ending in ("ol", "la", "lo", "li", "ly")))
          for consonant in (("d", "h", "k", "ch") if language == "sk" else ())),
        (et, "el ela elo eli ely en ena eno eni eny")) for form in forms.split())
       for language, nout, rit, et, ajou, nou in (("cs", "nout", "rit", "et", "aji", "nou"),
                                                  ("sk", "nut", "riet", "iet", "aju", "nu"))},
    # (and the past active participle: "сбежавший", "закрывший"; the verbs in -нуть, those that
    # keep it, "вернуть", "вернул", and those that leave it out of the past, "погибнуть",
    # "погиб", "погибли", "погибший", "исчезнуть", "исчез")
    "ru": _with_reflexives(tuple((form, infinitive) for infinitive, forms in (
        ("at'", "al ala alo ali an ana ano any avshiy avshaya avshee avshie avshego avshey avshikh"),
        ("it'", "il ila ilo ili en ena eno eny ivshiy ivshaya ivshee ivshie ivshego ivshey ivshikh"),
        ("yt'", "yl yla ylo yli yto yvshiy yvshaya yvshie"),
        ("nut'", "nul nula nulo nuli nuvshiy nuvshaya nuvshie nuvshikh"),
        ("nut'", "la lo li shiy shaya shee shie shego shey shikh"))
        for form in forms.split()) + (("", "nut'"),), ("s'",), ("sya",)),
    # (Ukrainian: "загинути", "загинув"; "зникнути", "зник", "зникли")
    # (and the passive participle of the verbs in -увати, -ювати, in -ований, -йований:
    # "евакуювати", "були евакуйовані"; "будувати", "збудований")
    "uk": _with_reflexives(tuple((form, infinitive) for infinitive, forms in (
        ("ati", "av ala alo ali ano"), ("iti", "iv ila ilo ili eno eni"), ("nuti", "nuv nula nulo nuli"),
        ("uti", "uv ula ulo uli"),  # "набути", "набула"; "забути", "забули"
        ("nuti", "la lo li"), ("uvati", "ovaniy ovana ovane ovani ovano ovanikh"))
        for form in forms.split()) + (("", "nuti"),), ("sya", "s'"), ("sya", "s'")),
    # (Belarusian: "выбухнуць", "выбухнула", "выбухнуў"; "адкрыць", "адкрылі"; "зрабіць", "зрабіла")
    "be": tuple((form, infinitive) for infinitive, forms in (
        ("ats'", "au ala alo ali ana"), ("its'", "iu ila ilo ili ena eny"), ("yts'", "yu yla ylo yli yta"),
        ("nuts'", "nuu nula nulo nuli"), ("ets'", "eu ela elo eli"))
        for form in forms.split()),
    # A Latvian verb whose stem ends in a vowel writes -j- before the endings of its past
    # and active participle, and its passive participle in -t-: "aizturēt", "aizturēja",
    # "aizturējis", "aizturēti"; the reflexive in -ties, "saindēties", "saindējās",
    # "saindējies", "saindējušies" (folded, its long vowels and š as their short letters)
    "lv": tuple((form, infinitive) for infinitive, forms in (
        ("t", "ja jis jusi jusas ts ta ti tas"), ("ties", "jas jies jusies jusas"))
        for form in forms.split()),
    "tr": tuple((form, infinitive) for infinitive in ("mak", "mek")
                for form in ["di", "du", "ti", "tu", "ildi", "ilmis", "ilmisti", "mis", "mus", "misti", "mustu"]),
    # Swedish writes the past and the participle on the stem of the infinitive in -a:
    # "döma", "dömde", "dömdes", "dömts"; "evakuera", "evakuerade", "evakuerats"
    "sv": tuple((form, "a") for form in ["ade", "ades", "at", "ats", "de", "des", "d", "t", "ts", "te", "tes"]),
    # Estonian writes the past, the participles and the passive on the stem of the infinitive
    # in -ma: "teatama", "teatas", "teatasid", "on teatanud", "teatati", "teatatakse"
    "et": tuple((form, "ma") for form in ["s", "sid", "nud", "tud", "ti", "takse", "b", "vad"]),
    # Korean, folded: the past and the connective on the stem of the dictionary form in -다 ("다치다",
    # "다쳤다", "다치고"; "발생하다", "발생했다"; "체포되다", "체포됐다"; "막다", "막았다"), the stem's last
    # vowel and the past's joined in one syllable (치 + 었 = 쳤)
    "ko": (("yeossda", "ida"), ("yeossgo", "ida"), ("yeossdago", "ida"), ("haessda", "hada"), ("haessgo", "hada"),
           ("haessdago", "hada"), ("dwaessda", "doeda"), ("dwaessgo", "doeda"), ("assda", "da"), ("eossda", "da"),
           ("go", "da")),
    # Hindi's stem is its infinitive without -ना, folded "na" ("मारना", "marna"), and its
    # forms are written on it: "मार दिया", "मारा", "मारे", "मारी", "मारने", "बचाया", "मारता"
    "hi": tuple((form, "na") for form in ("", "a", "e", "i", "ne", "ya", "ye", "yi", "ta", "te", "ti")),
}
# A consonant an Estonian stem doubles in its infinitive and writes once in the forms of
# the weak grade ("hukkama", "on hukanud", "hukati"; "tappis", "tapetud" are no such forms).
_GRADATION = {"et": "kpt"}
# The participle German and Dutch write with ge- (after a separable prefix) and -t, -d, -en
# on the stem: "geruimd" of "ruimen", "opgeruimd" of "opruimen", "geëvacueerd" of
# "evacueren" (whose doubled vowel the infinitive's open syllable writes once), "geleefd"
# of "leven" (the f and s of a stem's end are the v and z before a vowel), "getötet" of
# "töten", "abgeschaltet" of "abschalten".
_GE_PARTICIPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "nl": (("d", "t"), ("op", "af", "aan", "uit", "in", "door", "mee", "terug", "weg", "toe", "vast", "over",
                        "om", "neer", "samen", "stil", "bij", "na", "voor")),
    "de": (("et", "t"), ("ab", "an", "auf", "aus", "ein", "fest", "mit", "nach", "vor", "weg", "zu", "zuruck",
                         "zusammen", "los", "her", "hin", "frei", "still", "bei")),
}
# The prefixes whose verbs take no ge- in the participle: "veroordeeld" of "veroordelen",
# "verurteilt" of "verurteilen", "beschuldigd", "entlassen" (the stem written as the
# infinitive's, with -t, -d for -en).
_UNSTRESSED_PREFIXES = {"nl": ("be", "er", "her", "ont", "ver", "ge"),
                        "de": ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")}
_DOUBLED_VOWEL = re.compile(r"(aa|ee|oo|uu)([^aeiou])$")
_VOWELS = frozenset("aeiouy")
# letters of a stem before such an ending: Turkish "açtı" of "açmak", and the Czech and Slovak
# verbs of one syllable, "stát", "stála" (cost), "dát", "dali", "hrát", "hrála"; French "tuer",
# "tuées", "nier", "niée"; Slovene "umreti", "umrlo"
_INFINITIVE_STEMS = {"tr": 2, "cs": 2, "sk": 2, "fr": 2, "sl": 2}


@lru_cache(maxsize=100_000)
def infinitives_of(key: str, language: str | None) -> tuple[str, ...]:
    """The infinitives, folded, whose past or participle folded ``key`` may be in
    ``language`` by its endings (:data:`_INFINITIVE_OF`): "evacuar" of "evacuadas"; with
    the consonant of a weak grade doubled (:data:`_GRADATION`: "hukkama" of "hukanud"); and
    of a participle in ge- (:data:`_GE_PARTICIPLES`: "ruimen" of "geruimd")."""
    base = primary_language(language)
    stems = [(key[:len(key) - len(form)], ending) for form, ending in _INFINITIVE_OF.get(base, ())
             if key.endswith(form) and len(key) - len(form) >= _INFINITIVE_STEMS.get(base, 3)]
    found = [stem + ending for stem, ending in stems]
    doubled = _GRADATION.get(base, "")
    found += [stem[:-1] + stem[-2] + stem[-1] + ending for stem, ending in stems
              if stem[-2] in doubled and stem[-3] in _VOWELS and stem[-1] in _VOWELS]
    if base in _GE_PARTICIPLES:
        found += _ge_participle_infinitives(key, base)
    return tuple(dict.fromkeys(found))


def _ge_participle_infinitives(key: str, language: str) -> list[str]:
    """The infinitives a German or Dutch participle in ge- may be of (:data:`_GE_PARTICIPLES`)."""
    endings, prefixes = _GE_PARTICIPLES[language]
    ending = next((e for e in endings if key.endswith(e)), None)
    if ending is None:
        return []
    found = []
    starts = [len(prefix) + 2 for prefix in ("", *prefixes) if key.startswith(prefix + "ge")]
    starts += [0 for prefix in _UNSTRESSED_PREFIXES[language] if key.startswith(prefix)][:1]
    for start in starts:
        prefix = key[:start - 2] if start else ""
        stem = key[start:len(key) - len(ending)]
        if len(stem) < 3:
            continue
        stems = [stem]
        if language == "nl":
            single = _DOUBLED_VOWEL.sub(lambda m: m[1][0] + m[2], stem)
            stems += [single] + [form[:-1] + {"f": "v", "s": "z"}[form[-1]]
                                 for form in (stem, single) if form[-1] in "fs"]
        found += [prefix + form + "en" for form in dict.fromkeys(stems)]
    return found
SOFTENED_SCORE = 96.0
# Georgian replaces a noun's nominative -i with its case endings and the postpositions
# written on it (ზურაბიშვილი, ზურაბიშვილმა, ზურაბიშვილის, ზურაბიშვილთან, თბილისში): a word
# with one of these is also read in the nominative, so that a name written in another
# romanisation ("Zourabichvili") meets it as it meets the nominative, a point off.
# The genitive drops a stem's -e ("შევარდნაძე", "შევარდნაძის"): -e is tried as well as -i.
_NOMINATIVE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ka": (("i", "e"), ("istvis", "isgan", "idan", "amde", "tan", "shi", "ze", "ma", "is", "it", "ad", "s", "m")),
    # Albanian writes the genitive and accusative of a name in -a with -ës, -ën ("e Ramës",
    # "Berishën"; folded -es, -en): read with its -a.
    "sq": (("a",), ("es", "en")),
    # Greek replaces a noun's nominative -ος, -ης, -ας, -ο with the endings of its cases and
    # plural, folded: "νεκρός" (dead), "νεκροί", "νεκρών"; "σορός" (body), "σορούς";
    # "μετανάστης" (migrant), "μεταναστών", "μετανάστες"
    "el": (("os", "is", "as", "o"), ("oys", "ous", "on", "oi", "ou", "es", "a", "o", "i")),
    # Swedish writes a noun in -a in the plural -or and the definite -an, -orna: "muta"
    # (bribe), "mutor", "mutorna"; "kvinna", "kvinnor"
    "sv": (("a",), ("orna", "or", "an")),
}
_NOMINATIVE_STEMS = {"sq": 3, "el": 3, "sv": 3}
# Vowels a language writes where a name's romanisation writes another, a point off: the
# Azerbaijani ə, which folds to e, for the a of "Əliyev" Aliyev, "Məmmədov" Mammadov; the
# Belarusian a of an unstressed o ("Парашэнка" Poroshenko, "Лукашэнка" Lukashenko). A
# word is also read with any of its first SCHWA_LETTERS such vowels as the other.
_VOWEL_READINGS: dict[str, tuple[str, str]] = {"az": ("e", "a"), "be": ("a", "o")}
SCHWA_LETTERS = 3
# A short word that only matches exactly (SHORT_WORD letters: "нам" party, "газ", "зам"
# road) with a Mongolian case ending on it ("намаас", "намын", "газын", "замд"): read as
# the word, at LONG_ENDING_SCORE less a point per letter of the ending.
# And the Persian past participle, the past stem and -ه, of the perfect and pluperfect that
# Persian news tells past deeds in: "کرده است", "کرده بود" for "کرد", "شده" for "شد"; and the
# ezafe a Persian noun ending in a long vowel writes as -ی before its modifier: "دمای ۵۱ درجه"
# (the temperature of 51 degrees) for "دما".
_SHORT_WORD_CASES: dict[str, frozenset[str]] = {
    "mn": frozenset(fold_words("ын ийн ий ны ний д т ад эд од ыг ийг г аас ээс оос өөс тай тэй той аар ээр оор өөр "
                               "руу рүү")),
    "fa": frozenset(fold_words("ه ی")),
}
# Somali denies the past with "ma" and the verb in -in for the endings of the affirmed
# past, singular and plural ("ma uusan ansixin" for "ansixiyay", "ansixisay"; "ma aysan
# diidin" for "diideen"): a word in -in is also read with each of those, a point off.
_AFFIRMED_PAST: dict[str, tuple[str, tuple[str, ...]]] = {
    "so": ("in", ("ay", "yay", "iyay", "tay", "day", "nay", "isay", "een", "yeen", "iyeen", "teen", "deen", "neen")),
}
AFFIRMED_STEM = 4  # letters the verb keeps ("diid-in" for "diid-een")  # letters a stem keeps where STEM_LENGTH is too many ("Ram-ës")
# Serbian, Bosnian and Macedonian are written in Cyrillic and in Latin, which the shared
# transliteration does not bring together: "Вучић" folds to "vuchic", "Vučić" to "vucic",
# "Мицкоски" to "mitskoski". A word of theirs is also read as its Latin spelling folds,
# so an inflected name meets the name in the other script ("Вучићу" for "Vučić").
_CYRILLIC_AS_LATIN = frozenset({"sr", "bs", "mk"})
# A German infinitive after "zu" or a modal stands where a phrasing writes the participle
# or the past: "weigerte sich, das Gesetz zu billigen" for "hat das Gesetz gebilligt" or
# "billigte das Gesetz", "abzulehnen" for "abgelehnt". An infinitive of a weak verb is
# also read as its participle with and without ge- and as its past, a separable prefix
# before the "zu" written on it kept in front.
GERMAN_INFINITIVE = 7  # letters of an infinitive read so ("billigen"; not "sagen", "leben")
_GERMAN_ZU = re.compile(r"(ab|an|auf|aus|bei|ein|mit|nach|vor|zuruck|zusammen|weg|fest|frei|hin|her|zu)zu(.{3,})en")


@lru_cache(maxsize=100_000)
def _german_participles(key: str) -> tuple[str, ...]:
    """A German infinitive's participles and past (:data:`GERMAN_INFINITIVE`)."""
    separated = _GERMAN_ZU.fullmatch(key)
    if separated:
        return (separated[1] + "ge" + separated[2] + "t",)
    stem = key[:-2]
    return stem + "t", "ge" + stem + "t", stem + "te"

@lru_cache(maxsize=100_000)
def _german_pasts(key: str) -> tuple[str, ...]:
    """A weak German participle's past and infinitive, as a phrasing writes them: the
    perfect ("hat das Gesetz gebilligt", "hat … verabschiedet") where the phrasing has the
    past ("billigte", "verabschiedete"), or the infinitive ("billigen")."""
    if key.startswith("ge"):
        stem = key[2:-1]
        return key + "e", stem + "te", stem + "en"
    return (key + "e",)


# English news tells a past deed in the present too ("Putin wins election", "Biden signs
# bill into law"): a verb in the present is also read as its past and participle, and
# these as the present, as written in the phrasing only (no fuzzy reading of the form
# made), at ENGLISH_TENSE_SCORE. Regular verbs by their endings ("signs", "signed";
# "passes", "passed"; "denies", "denied"), the irregular ones of news from this table
# (base form, present, past, participle; a hand list: no shipped data has them).
_ENGLISH_IRREGULAR = """
win wins won won|lose loses lost lost|meet meets met met|lead leads led led|hold holds held held
take takes took taken|give gives gave given|make makes made made|say says said said|tell tells told told
send sends sent sent|sell sells sold sold|buy buys bought bought|bring brings brought brought
seek seeks sought sought|keep keeps kept kept|leave leaves left left|rise rises rose risen
fall falls fell fallen|begin begins began begun|run runs ran run|come comes came come|go goes went gone
see sees saw seen|speak speaks spoke spoken|write writes wrote written|choose chooses chose chosen
draw draws drew drawn|grow grows grew grown|throw throws threw thrown|flee flees fled fled
strike strikes struck struck|steal steals stole stolen|shoot shoots shot shot|fight fights fought fought
stand stands stood stood|spend spends spent spent|build builds built built|pay pays paid paid
find finds found found|hear hears heard heard|become becomes became become|break breaks broke broken
sink sinks sank sunk|shake shakes shook shaken|withdraw withdraws withdrew withdrawn
uphold upholds upheld upheld|swear swears swore sworn|beat beats beat beaten|forbid forbids forbade forbidden
freeze freezes froze frozen|drive drives drove driven|teach teaches taught taught|think thinks thought thought
deal deals dealt dealt|feel feels felt felt|lend lends lent lent|hang hangs hung hung|overcome overcomes overcame overcome
undertake undertakes undertook undertaken|mislead misleads misled misled|forgive forgives forgave forgiven
"""
_ENGLISH_TENSES: dict[str, frozenset[str]] = {}
for _row in _ENGLISH_IRREGULAR.replace("\n", "|").split("|"):
    if _row.strip():
        _base, _present, *_pasts = _row.split()
        for _form in (_base, _present):
            _ENGLISH_TENSES[_form] = _ENGLISH_TENSES.get(_form, frozenset()) | (frozenset(_pasts) - {_form})
        for _form in _pasts:
            _ENGLISH_TENSES[_form] = _ENGLISH_TENSES.get(_form, frozenset()) | ({_base, _present} - {_form})
ENGLISH_TENSE_SCORE = 94.0
ENGLISH_STEM = 3  # letters a regular verb keeps before its ending ("sign-s")


@lru_cache(maxsize=100_000)
def _english_tenses(key: str) -> tuple[str, ...]:
    """The other tenses of an English verb form (:data:`_ENGLISH_IRREGULAR`)."""
    found = set(_ENGLISH_TENSES.get(key, ()))
    if key.endswith("ies") and len(key) > ENGLISH_STEM + 3:
        found.add(key[:-3] + "ied")
    elif key.endswith("es") and len(key) > ENGLISH_STEM + 2:
        found.update((key[:-2] + "ed", key[:-1] + "d"))
    elif key.endswith("s") and not key.endswith(("ss", "us", "is")) and len(key) > ENGLISH_STEM + 1:
        found.update((key[:-1] + "ed", key[:-1] + "d"))
    if key.endswith("ied") and len(key) > ENGLISH_STEM + 3:
        found.add(key[:-3] + "ies")
    elif key.endswith("ed") and len(key) > ENGLISH_STEM + 2:
        found.update((key[:-2] + "s", key[:-1] + "s", key[:-2] + "es"))
    elif len(key) > ENGLISH_STEM and not key.endswith("s"):
        # the base form after "did" for the past a phrasing writes: "did not deny" for "denied",
        # "did not approve" for "approved", "did not accept" for "accepted"
        found.add(key[:-1] + "ied" if key[-1] == "y" and key[-2] not in "aeiou" else
                  key + "d" if key[-1] == "e" else key + "ed")
    found.discard(key)
    return tuple(sorted(found))


# German and Dutch verbs with a particle that a main clause writes at its end ("nahm das
# Gesetz an", "keurde het plan goed") and the participle and infinitive write in front
# ("angenommen", "goedgekeurd", "annehmen"); and the prefixes that take no ge- in the
# participle ("verworfen", "beschlossen"). A hand table: CLDR has no verbs.
SEPARABLE_PARTICLES: dict[str, tuple[str, ...]] = {
    language: tuple(sorted(fold_words(words), key=len, reverse=True)) for language, words in {
        "de": "ab an auf aus bei dar ein fest fort frei her hin los mit nach statt teil vor weg zu zurück zusammen "
              "bekannt hoch herab heraus herein hinaus hinzu vorbei voran weiter wieder",
        "nl": "aan af bij door in los mee na neer om op over toe uit voor weg terug samen vast vrij goed "
              "deel plaats tegen open dicht",
    }.items()
}
_UNSEPARABLE = {"de": ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "uber", "unter", "hinter", "wider"),
                "nl": ("be", "ge", "her", "ont", "ver", "er", "onder")}
PARTICIPLE_SCORE = 90.0  # a participle that meets a phrasing's past or infinitive by its consonants
PARTICIPLE_CONSONANTS = 2  # consonants its stem must keep
_VERB_ENDINGS = ("ten", "den", "te", "de", "en", "n", "t", "d")  # infinitive, weak past, participle
_LENGTH_H = re.compile(r"(?<=[aeiouy])h")  # the h of a long vowel: "nahm", "nehmen"
_NOT_CONSONANTS = re.compile(r"[aeiouy]+")


def _verb_consonants(stem: str) -> str:
    """A German or Dutch verb stem's consonants, a long vowel's h and doubled letters
    left out and z read as s, so that a strong verb's forms meet: "nahm", "nehm", "nomm"
    are all "nm"; "wees", "wez" (Dutch) "ws"."""
    bare = _NOT_CONSONANTS.sub("", _LENGTH_H.sub("", stem)).replace("z", "s")
    return "".join(ch for i, ch in enumerate(bare) if i == 0 or bare[i - 1] != ch)


def _verb_stem(word: str) -> str:
    """A German or Dutch verb form without its ending."""
    for ending in _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[:-len(ending)]
    return word


def participle_meets(key: str, verb: str, particle: str, language: str) -> bool:
    """Whether text word ``key`` is the participle of the phrasing's German or Dutch
    ``verb`` (its past or infinitive, folded), with the separable ``particle`` the
    phrasing writes after it (or "") in front: "angenommen" for "nahm … an" and for
    "annehmen", "goedgekeurd" for "keurde … goed", "verworpen" for "verwierp",
    "beschlossen" for "beschloss". The stems meet by their consonants
    (:func:`_verb_consonants`), which a strong verb's vowel change leaves alone; a
    participle with another particle ("afgekeurd") is another verb."""
    if not particle:
        particle = next((p for p in SEPARABLE_PARTICLES.get(language, ()) if verb.startswith(p)
                         and len(verb) - len(p) >= 4), "")
        verb = verb[len(particle):]
    if not key.startswith(particle):
        return False
    rest = key[len(particle):]
    prefix = next((p for p in _UNSEPARABLE.get(language, ()) if verb.startswith(p) and rest.startswith(p)), None)
    if prefix is not None:
        verb, rest = verb[len(prefix):], rest[len(prefix):]
    elif rest.startswith("ge"):
        rest = rest[2:]
    else:
        return False
    if not rest.endswith(("en", "t", "d")):
        return False
    stem = _verb_consonants(_verb_stem(rest))
    return len(stem) >= PARTICIPLE_CONSONANTS and stem == _verb_consonants(_verb_stem(verb))


# Slavic verbal nouns ("przyjęcie", "подписание", "підписання", "schválení", "potvrđivanje"),
# each language's noun endings and the verb endings (past and infinitive) whose stems they
# share: "odmówił przyjęcia ustawy" (refused the adoption of the law) denies "przyjął
# ustawę". A verbal noun is read as the verb at VERBAL_NOUN_SCORE, the stems compared
# without their last vowel (przyję-, przyją-); the phrase rule type takes it only after
# a verb of refusing (:func:`~checker.text.negation.Cues.refusal_before`). South Slavic
# ones come from the imperfective ("potvrđivanje" for "potvrdila") and are only told.
VERBAL_NOUNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    language: (tuple(sorted(fold_words(nouns), key=len, reverse=True)), tuple(fold(v) for v in verbs.split()))
    for language, (nouns, verbs) in {
        "pl": ("nie nia niu niem niach cie cia ciu ciem", "ł ła ło li ły ć"),
        "cs": ("ní ním tí tím", "l la lo li ly t"),
        "sk": ("nie nia niu ním tie tia", "l la lo li ť"),
        "ru": ("ние ния нию нием нии тие тия тию тием тии", "л ла ло ли ть"),
        "uk": ("ння нню нням нні ття ттю ттям тті", "в ла ло ли ти"),
        "be": ("нне ння нню ннем", "ў ла ло лі ць"),
        "hr": ("nje nja nju njem", ""), "bs": ("nje nja nju njem", ""), "sl": ("nje nja nju njem", ""),
        "sr": ("nje nja nju njem ње ња њу њем", ""),
    }.items()
}
VERBAL_NOUN_SCORE = 88.0
VERBAL_STEM = 4  # letters a stem keeps without its last vowel
# The infinitive's ending in those of them whose infinitive is no other form: an infinitive
# ("принять", "ухвалити", "uchwalić") is read as the past of its verb as a verbal noun is
# ("приняла", "ухвалила", "uchwaliła"); the phrase rule type takes it only where a negation
# denies it ("не смогла принять закон", could not adopt), as an infinitive states no deed.
INFINITIVES: dict[str, tuple[str, ...]] = {
    language: tuple(fold_words(endings)) for language, endings in {
        "pl": "ć", "ru": "ть", "uk": "ти", "be": "ць",
    }.items()
}


def _vowel_readings(key: str, written: str, read: str) -> list[str]:
    """``key`` with some of its first SCHWA_LETTERS ``written`` vowels ``read``
    (:data:`_VOWEL_READINGS`)."""
    places = [i for i, ch in enumerate(key) if ch == written][:SCHWA_LETTERS]
    readings = []
    for chosen in range(1, 2 ** len(places)):
        letters = list(key)
        for bit, place in enumerate(places):
            if chosen >> bit & 1:
                letters[place] = read
        readings.append("".join(letters))
    return readings


def verbal_noun(key: str, language: str) -> bool:
    """Whether folded ``key`` ends as a verbal noun of ``language`` does (:data:`VERBAL_NOUNS`)."""
    table = VERBAL_NOUNS.get(language)
    return table is not None and any(key.endswith(e) and len(key) - len(e) >= VERBAL_STEM for e in table[0])


def infinitive(key: str, language: str) -> bool:
    """Whether folded ``key`` ends as an infinitive of ``language`` does (:data:`INFINITIVES`)."""
    return any(key.endswith(e) and len(key) - len(e) > VERBAL_STEM for e in INFINITIVES.get(language, ()))


def _declined_stem(stem: str) -> str:
    """A stem as :data:`SLAVIC_DECLENSION` compares it: by skeleton from SLAVIC_STEM letters,
    as written below."""
    return skeleton(stem) if len(stem) >= SLAVIC_STEM else "=" + stem


def _alternated(word: str, language: str) -> list[str]:
    """The stems of a word without an ending with its last vowel changed as its other
    cases change it (:data:`SLAVIC_ALTERNATIONS`), as :data:`SLAVIC_DECLENSION` compares
    them."""
    if language not in SLAVIC_ALTERNATIONS or len(word) < SHORT_STEM:
        return []
    pattern, vowels = SLAVIC_ALTERNATIONS[language]
    found = pattern.search(word)
    if found is None:
        return []
    return [_declined_stem(word[:found.start()] + vowel + word[found.end():]) for vowel in vowels]


def _stem_core(stem: str) -> str:
    return stem[:-1] if stem[-1:] in VOWELS else stem


# The case endings Slavic languages write on a name (folded, as respelled): Polish "pod
# Charkowem", "w Kijowie", Russian "под Харьковом", "в Харькове", Ukrainian "під
# Харковом", "у Харкові", Croatian "u Harkovu", Slovak "pod Charkovom". A word is also
# read as its stem without one, compared by skeleton with the name, at SLAVIC_CASE_SCORE
# less a point per letter of the ending; a name ending in -iv (Ukrainian Kharkiv, Kyiv,
# Lviv) is also read with the -ov- its other cases and the other languages write there
# (Харкова, Charków, Lwów; Belarusian -av-: Харкава), a point off.
SLAVIC_CASES: dict[str, tuple[str, ...]] = {
    language: tuple(sorted(set(fold_words(endings)), key=len, reverse=True)) for language, endings in {
        "pl": "a u e em ie owi iem ą ę y i", "cs": "a u e em om ovi ou y i ě", "sk": "a u e om ovi ou y i",
        "ru": "а у е ом ем ой ы и ю", "uk": "а у і ом ем ові ою и", "be": "а у е ам ы і ам",
        "hr": "a u om e i em", "bs": "a u om e i em", "sr": "a u om e i em а у ом е и ем", "sl": "a u om e i em",
    }.items()
}
SLAVIC_CASE_SCORE = 94.0
SLAVIC_STEM = 4  # letters the stem keeps
# A name of several words declines each of them, its nouns in -a and its adjectives too:
# "Белый дом", "в Белом доме"; "Государственная дума", "в Государственной думе"; "Biały
# Dom", "w Białym Domu"; "Bílý dům", "v Bílém domě". A word of a phrase is also filed under
# its stem without one of these endings or a case ending, and a text word read as its stem
# so: the stems meet as written from SHORT_STEM letters ("dom", "bil"), by skeleton from
# SLAVIC_STEM, at SLAVIC_CASE_SCORE less a point per letter of the longer ending.
SLAVIC_DECLENSION: dict[str, tuple[str, ...]] = {
    language: tuple(sorted(set(fold_words(endings)), key=len, reverse=True)) for language, endings in {
        "ru": "ый ий ой ая яя ое ее ые ие ого его ому ему ым им ом ем ую юю ых их ыми ими а я о ы и е у ю",
        "uk": "ий ій а я е є і ого ього ому ьому им ім ій у ю их іх ими іми о и",
        "be": "ы і ая ое ыя ага ому ым ай ую ых ымі а я о е у ю",
        "pl": "y i a e ego iego emu iemu ym im ej ą ych ich ymi imi o u",
        "cs": "ý í á é ého ího ému ímu ém ím ým ou ých ými a e u y o",
        "sk": "ý í á é ého ieho ému iemu om ym ou ých ými a e u y o",
        "hr": "i a o e og oga om omu im oj u ih ima", "bs": "i a o e og oga om omu im oj u ih ima",
        "sr": "i a o e og oga om omu im oj u ih ima и а о е ог ога ом ому им ој у их има",
        "sl": "i a o e ega emu em im ih imi",
    }.items()
}
SHORT_STEM = 3
_NOT_SOFT = str.maketrans("", "", "'")
# The vowel of a word's last syllable that changes once an ending opens it, as folded:
# Ukrainian і (and ї) is о, е or є there ("Білий дім", "у Білому домі"; "Київ", "у Києві";
# "Львів", "Львова"), Czech ů is o ("Bílý dům", "v Bílém domě"), Polish ą is ę ("błąd",
# "błędu"; "urząd", "urzędu"; "mąż", "męża": both fold to a vowel of their own, a and e).
# A phrase word without an ending is also filed under its stem with the other vowel, a
# point off.
SLAVIC_ALTERNATIONS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "uk": (re.compile(r"i(?=[^aeiouy]+$)"), ("o", "e", "ie")),
    "cs": (re.compile(r"u(?=[^aeiouy]+$)"), ("o",)),
    "pl": (re.compile(r"a(?=[^aeiouy]+$)"), ("e",)),
}


_LATIN_FOLDS = (("dzh", "dz"), ("ch", "c"), ("sh", "s"), ("zh", "z"), ("ts", "c"), ("dj", "d"))
_STRONG_GRADES = (("ng", "nk"), ("mm", "mp"), ("ll", "lt"), ("nn", "nt"), ("rr", "rt"), ("d", "t"), ("v", "p"),
                  ("g", "k"), ("b", "p"), ("k", "kk"), ("p", "pp"), ("t", "tt"), ("ei", "i"), ("oi", "a"),
                  ("sta", "ksen"), ("ksen", "sta"))
STEM_CHANGE = 3  # last letters of a word that its stem may change ("-nen" of "tapaaminen")
# Korean verbs made of a noun and 하다 "to do" (승인하다 "approve"): the noun stays, the
# verb's syllables change (승인했다, 승인하지, 승인한, 승인할), so two such words meet on the
# noun. Folded: 하 ha, 해 hae, 했 haess, 한 han, 할 hal, 합 hab.
# and its passive 되다 ("감축됐다", "체결되지"), and the future's -겠- before a quotative
# ("감축하겠다는", "승인하겠다고").
_KOREAN_LIGHT_VERB = re.compile(r"(.{4,}?)(?:ha|hae|haess|han|hal|hab|doe|dwae|dwaess|doen|doel)"
                                r"(?:da|dago|go|myeo|ji|neun|gilo|yeo|eseo|"
                                r"eumyeo|eun|deon|nida|seubnida|ssseubnida|gessda|gessdaneun|gessdago|ndago|ndaneun|"
                                r"da|n|l|e|)$")
LIGHT_VERB_SCORE = 94.0  # the same noun under another form of 하다
# A Korean verb in the past ("받아들였다", "열렸다", "받았다") and its stem before the 지 of a
# negation ("받아들이지 않았다", "열리지 못했다"): the past's vowel is written into the stem's
# last syllable (리+었 is 렸, folded "lyeoss"; 보+았 봤, "bwass"), undone here.
_KOREAN_PAST = re.compile(r"(.+?)(yeo|wae|wa|wo|a|eo)ss(?:da|dago|daneun|go|seubnida|deon|eumyeo)$")
_KOREAN_PAST_VOWELS = {"yeo": ("i",), "wae": ("oe",), "wa": ("o",), "wo": ("u",), "a": ("", "a"), "eo": ("", "eo")}
KOREAN_STEM = 3  # letters a stem keeps
# A verb with an ending only negation has, in Telugu, Tamil, Malayalam, Kannada and Bengali
# ("చేపట్టలేదని", "ஏற்றுக்கொள்ளவில்லை"), is the phrasing's affirmed verb when their
# stems share all but their last letters ("చేపట్టింది", "ஏற்றுக்கொண்டது"): the tense
# changes the stem's end. Scored as the phrasing's word less two points per letter
# that differs, just above the default threshold when two do.
NEGATED_STEM_SCORE = 90.0
NEGATED_STEM_LENGTH = 3  # letters the stem keeps without its negating ending (Bengali "kar-enni", did not)
BANTU_VERB_SCORE = 94.0  # a Bantu verb's core under other prefixes (hakukubali for alikubali)
BANTU_CORE_SCORE = 90.0  # how near two cores of FUZZY_LENGTH or more must be to count as one
BANTU_CORE_START = 4  # letters two such cores share at the start (as a negated verb's must, to deny)
ABJAD_SCORE = 90.0  # a word of Arabic or Hebrew letters with a phrase word's consonants
ABJAD_FUZZY_LENGTH = 5  # consonants from which a near key counts too
ARABIC_TENSE_SCORE = 90.0  # an Arabic present for the past a phrasing writes ("تطلب" for "طلبت")
ARABIC_PRESENT_PREFIXES = "ytn"  # folded ي ت ن
ARABIC_PAST_ENDINGS = "twn"  # folded ت, the و of وا, ن
VOWELS = frozenset("aeiouy")


def ratio(a: str, b: str) -> float:
    """rapidfuzz's normalised similarity of two strings, 0 to 100."""
    return fuzz.ratio(a, b)


def score_words(anchor: str, word: str) -> float:
    """How well text ``word`` stands for ``anchor``; both already folded. 0 to 100.
    Words with the apostrophes that transliteration writes for a soft sign, an ejective
    or an ayin (Казань "kazan'", ბაიკონურის "baik'onuris") inside them are also compared
    without them, and score the better of the two."""
    if anchor == word:
        return 100.0
    score = _scored(anchor, word)
    # also read without them, but an ayin that begins a word: there it is a letter of Arabic or
    # Hebrew, "عمان" (Oman, "`mn"), which "من" (from, "mn") has not (an Amharic glottal "'"
    # before a first vowel, "'obama", is no letter of the name); nor where a word of three
    # letters or fewer is left, too short to tell a letter missing: "سعة" (capacity, "s`h") is no
    # "ش" ("sh", a letter of an agency's initials, "أ ش أ")
    if ("'" in word or "'" in anchor or "`" in word or "`" in anchor) and word[:1] != "`" and anchor[:1] != "`":
        bare_anchor, bare_word = anchor.translate(_NOT_LETTERS), word.translate(_NOT_LETTERS)
        if min(len(bare_anchor), len(bare_word)) > SHORT_WORD:
            score = max(score, 100.0 if bare_anchor == bare_word else _scored(bare_anchor, bare_word))
    return score


# The suffix of a science and its expert in many languages: "epidemiologi", "epidemiológusa",
# "épidémiologiste" are no "epidemia", "épidémie" with an ending.
_SCIENCE = "olog"


def _a_science_of(key: str, word: str) -> bool:
    """Whether text ``key`` is phrase word ``word`` made a science or its expert (:data:`_SCIENCE`)."""
    if _SCIENCE not in key or _SCIENCE in word:
        return False
    shared = len(commonprefix((word, key)))
    return key.startswith(_SCIENCE, shared) or key.startswith(_SCIENCE, shared - 1)


def _scored(anchor: str, word: str) -> float:
    la, lw = len(anchor), len(word)
    if la <= SHORT_WORD or lw <= SHORT_WORD:
        return 0.0
    if _a_science_of(word, anchor):
        return 0.0
    best = _inflection_score(anchor, word)
    if min(la, lw) >= FUZZY_LENGTH or (la >= FUZZY_LENGTH and lw == la - 1):
        best = max(best, fuzz.ratio(anchor, word))  # and "covoy" for "convoy": one letter dropped
    if la == lw >= FUZZY_LENGTH and _swapped(anchor, word):
        best = max(best, SWAP_SCORE)
    if la >= FUZZY_LENGTH and 0 < lw - la <= MAX_ENDING and best < SWAP_SCORE:
        # An inflected form with a typo in its stem ("cognresului" for "congres" + "ului"):
        # the stem scored as a word, less a point per letter of the ending.
        stem = word[:la]
        best = max(best, (SWAP_SCORE if _swapped(anchor, stem) else fuzz.ratio(anchor, stem)) - (lw - la))
        # or the stem with a y or j between vowels that another romanisation leaves out, and
        # an ending ("tokaevtay", Mongolian Токаевтай, and Georgian "tokaevma" are Tokayev's)
        if any(anchor[i] in "yj" and anchor[i - 1] in VOWELS and anchor[i + 1] in VOWELS
               and anchor[:i] + anchor[i + 1:] == word[:la - 1] for i in range(1, la - 1)):
            best = max(best, UNWRITTEN_GLIDE_SCORE - 2 * (lw - la + 1))
    sa, sw = skeleton(anchor), skeleton(word)
    if sa == sw:
        best = max(best, 96.0)
    elif min(len(sa), len(sw)) >= FUZZY_LENGTH:
        best = max(best, fuzz.ratio(sa, sw) - 2)
    return float(best)


# The final consonants a verb's ending writes on its stem's last syllable: the past's ㅆ
# ("만나" + "았다" is "만났다", met) and the future's ㄹ ("만날", will meet).
_ENDING_FINALS = frozenset({8, 20})


def _begins_with_syllables(written: str, spelt: str) -> bool:
    """Whether Korean ``written`` begins with the syllables of ``spelt``, its last one with a
    verb ending's final consonant maybe (:data:`_ENDING_FINALS`)."""
    if written.startswith(spelt):
        return True
    last = len(spelt) - 1
    if last < 0 or len(written) <= last or written[:last] != spelt[:last]:
        return False
    added = ord(written[last]) - ord(spelt[last])
    return 0xAC00 <= ord(spelt[last]) <= 0xD7A3 and (ord(spelt[last]) - 0xAC00) % 28 == 0 and added in _ENDING_FINALS


# The pronouns Arabic writes on a noun, folded (ه and ها "h", هم and هما "hm", ي, نا, ك, كم), before
# which the noun's ة is ت: "استقالته" (his resignation) is "استقالة", "زيارتها" "زيارة".
_ARABIC_POSSESSIVES = ("thm", "tkm", "th", "ty", "tn", "tk")
_POSSESSED_STEM = 3  # letters of the noun before its ة


def _arabic_possessed(key: str) -> list[str]:
    """The folded Arabic nouns in ة that ``key`` is with a pronoun written on it."""
    return [key[:-len(ending)] + "h" for ending in _ARABIC_POSSESSIVES
            if key.endswith(ending) and len(key) - len(ending) >= _POSSESSED_STEM]


# The reflexive pronouns that stand apart from their verb, folded: Czech, Slovene, Croatian,
# Serbian, Bosnian, Spanish, Portuguese "se", Slovak "sa", "si", Polish "się", German "sich",
# the Nordic "sig", "seg".
_REFLEXIVES = frozenset({"se", "sa", "si", "sie", "sich", "sig", "seg"})

_NOT_LETTERS = str.maketrans("", "", "'`")
# Letters of Turkish and Azerbaijani that tell words apart which folding brings together
# ("öldü", died, and "oldu", was; "düştü", fell, and "dustu"), each with its plain letter.
_DISTINCT_LETTERS: dict[str, dict[str, str]] = {
    "tr": {"ö": "o", "ü": "u", "ş": "s", "ç": "c", "ğ": "g"},
    "az": {"ö": "o", "ü": "u", "ş": "s", "ç": "c", "ğ": "g", "ə": "e"},
}


def _told_apart(text: str, form: str, letters: Mapping[str, str]) -> bool:
    """Whether ``text`` and a phrase word's ``form`` (both case-folded) differ, where both
    are written, by a letter of ``letters`` against its plain one."""
    return any(a != b and (letters.get(a) == b or letters.get(b) == a) for a, b in zip(text, form))
_HANGUL = re.compile("[\uac00-\ud7a3]")

# The same, remembered for the pairs that come back (unit words, month and weekday names
# against the words of a sentence). A PhraseIndex remembers each text word's candidates
# itself and calls score_words, so that the pairs it sees once do not crowd these out.
word_score = lru_cache(maxsize=100_000)(score_words)


def _swapped(anchor: str, word: str) -> bool:
    """``word`` is ``anchor`` with two neighbouring letters exchanged, not the first
    ("rgeata" for "regata", "cnovoi" for "convoi"): the commonest typo, which the
    ratio scores as two changes."""
    i = next((k for k, (a, b) in enumerate(zip(anchor, word)) if a != b), len(anchor))
    return (0 < i < len(anchor) - 1 and anchor[i] == word[i + 1] and anchor[i + 1] == word[i]
            and anchor[i + 2:] == word[i + 2:])


_SHORT_STEM = 4  # letters of a stem after which a long ending replacing a vowel begins with no two consonants


def _inflection_score(anchor: str, word: str) -> float:
    """The same word with another ending, in any inflecting language: an ending added
    ("intalnire" → "intalnirea"), dropped ("accepted" → "accept"), exchanged for another
    after a vowel ("obnova" → "obnove", "prihvatio" → "prihvatili"), or a fleeting vowel
    ("sajam" → "sajma", "sastanak" → "sastanka"). 0 when it is none of these."""
    la, lw = len(anchor), len(word)
    if lw > la and lw - la <= MAX_ENDING and word.startswith(anchor):
        return 100.0 - 2 * (lw - la)
    if la > lw and la - lw <= 2 and anchor.startswith(word) and anchor[lw] in VOWELS:
        return 100.0 - 3 * (la - lw)
    stem = 0
    for a, b in zip(anchor, word):
        if a != b:
            break
        stem += 1
    ending, other = anchor[stem:], word[stem:]
    # after a stem of four letters, an ending of three or more begins with no two consonants:
    # "share" → "sharing", not "sharply" (a typo of a letter beside a vowel stays: "grevvei")
    if (stem >= 4 and len(ending) <= 2 and len(other) <= MAX_ENDING and set(ending) <= VOWELS
            and (stem > _SHORT_STEM or len(other) <= 2 or other[0] in VOWELS or other[1] in VOWELS)):
        return 100.0 - 3 * max(len(ending), len(other))
    if fleeting_vowel(anchor, word) is not None:
        return 94.0
    return 0.0


# The languages where only an e is fleeting: Swedish "nyckel" → "nycklar", German "Segel" →
# "Segler"; Swedish "mandat" is no "månad" (month) without its a.
ONLY_E_FLEETING = frozenset({"sv", "da", "nb", "nn", "de", "nl", "af", "lb", "fy", "is", "en"})


# A fleeting vowel's syllable as folded: a consonant, the vowel, a consonant; Polish writes
# the i of a soft consonant before it ("mieszkaniec", resident, "mieszkańców", "mieszkańcy",
# folded "mieszkancow"; "cudzoziemiec", foreigner, "cudzoziemców"), and the Cyrillic ц of
# the Slavic -ец (-ець) folds to two letters ("иностранец", "иностранцев", "inostrantsev";
# "купец", "купцов"; "іноземець", "іноземців"; "чужденец", "чужденци").
_FLEETING = re.compile(r"(?<=[^aeiouy])(?:i?e|[aeiouy])(?=(?:ts|[^aeiouy])$)")


# A Czech, Slovak, Polish or Slovene noun whose genitive plural has no ending writes a vowel
# between its last two consonants: "volby" (elections), "voleb"; Slovak "voľby", "volieb";
# "sestra", "sester"; Polish "wojna", "wojen"; Slovene "sestra", "sester". Such a word is also
# read without that vowel and with the endings of the nominative (folded).
_INSERTED_VOWELS: dict[str, tuple[str, ...]] = {"cs": ("e",), "sk": ("ie", "e", "o"), "pl": ("ie", "e"),
                                                "sl": ("e",)}
_NOMINATIVE_ENDINGS = ("y", "i", "a", "e", "o")
_INSERTED = re.compile(r"(?<=[^aeiouy])(ie|[eo])(?=[^aeiouy]$)")


def _without_inserted_vowel(key: str, language: str) -> list[str]:
    found = _INSERTED.search(key, max(len(key) - 4, 0))
    if found is None or found[1] not in _INSERTED_VOWELS[language] or found.start() < 2:
        return []
    stem = key[:found.start()] + key[found.end():]
    return [stem + ending for ending in _NOMINATIVE_ENDINGS]


def fleeting_vowel(anchor: str, word: str) -> str | None:
    """The vowel of the last syllable of ``anchor`` that ``word`` drops before its ending,
    when that is all that tells them apart ("sajam" → "sajma", "sastanak" → "sastanka"):
    "a" for both (:data:`_FLEETING`). None when the two are not so related."""
    # (the syllable is among the last four letters: "ie", "ts")
    found = _FLEETING.search(anchor, len(anchor) - 4) if len(anchor) >= 5 and anchor[-1] not in VOWELS else None
    if found is not None:
        reduced = anchor[:found.start()] + anchor[found.end():]
        if word.startswith(reduced) and len(word) - len(reduced) <= 3:
            return found[0][-1]
    return None


NAME_ENDING = 3  # letters from which an ending after a name's last vowel is another name's syllable


def another_name(name: str, word: str, language: str | None) -> bool:
    """Whether text ``word``, which begins with the folded word ``name`` of a name, is
    another name rather than that one with an ending: the ending is as long as the
    name ("Ramadani" is no form of Rama, "modified" none of Modi), or of NAME_ENDING
    letters or more and begins with a consonant after the name's last vowel
    ("Ramadan"). Case endings are shorter, or begin with a vowel ("Ramës", "Kurtit",
    "Путину"), but in the agglutinating languages ("Putinille", "Zelenskirekin")."""
    if len(word) <= len(name) or not word.startswith(name) or primary_language(language) in AGGLUTINATING:
        return False
    ending = word[len(name):]
    return len(ending) >= len(name) or (len(ending) >= NAME_ENDING and name[-1] in VOWELS
                                        and ending[0] not in VOWELS and ending[0].isalpha())


def best_match(query: str, choices: Sequence[str], cutoff: float) -> tuple[str, float] | None:
    """The choice that scores best against ``query`` (all folded), if any reaches ``cutoff``."""
    found = process.extractOne(query, choices, scorer=_score_pair, score_cutoff=cutoff)
    return (found[0], float(found[1])) if found else None


def _score_pair(query: str, choice: str, **_: object) -> float:
    return word_score(choice, query)


@dataclass(frozen=True, slots=True)
class PhraseHit:
    """A phrase found in a text: token indexes ``[first, last]`` and the mean word score."""

    phrase: str
    first: int
    last: int
    score: float


class PhraseIndex:
    """Finds many phrases (anchors, names, phrasings) in tokenised texts at once.

    Built once per run from every phrase of every rule; :meth:`find` then looks at each
    distinct word of an article once, and remembers across articles which phrase words a
    text word can stand for, so the cost grows with the vocabulary, not with the rules.
    """

    def __init__(self, phrases: Iterable[str], min_score: float = 60.0) -> None:
        self.min_score = min_score
        self.phrases: dict[str, tuple[str, ...]] = {}
        for phrase in phrases:
            words = tuple(fold_words(phrase))
            # a reflexive pronoun moves about its verb ("potopit se": "loď se v noci potopila",
            # "zraziť sa": "lode sa zrazili"): the verb alone is looked for
            words = tuple(word for word in words if word not in _REFLEXIVES) or words
            if words:
                self.phrases[phrase] = words
        self._by_first: dict[str, list[str]] = defaultdict(list)
        self._by_second: dict[str, list[str]] = defaultdict(list)  # two-word phrases, read swapped
        self._vocab: set[str] = set()
        # the words an abjad may write by their consonants: names (written capitalised in a
        # script with capitals) and the abjads' own words
        self._consonantal: set[str] = set()
        self._named: set[str] = set()  # of those, the names: capitalised in a script with capitals
        self._scripts: dict[str, set[str]] = defaultdict(set)  # the scripts each word is written in
        self._hangul: dict[str, set[str]] = defaultdict(set)  # Korean words as written, by their keys
        self._written: dict[str, set[str]] = defaultdict(set)  # words but names as written, by their keys
        for phrase, words in self.phrases.items():
            self._by_first[words[0]].append(phrase)
            if len(words) == 2 and words[0] != words[1]:
                self._by_second[words[1]].append(phrase)
            self._vocab.update(words)
            for word in _WORD_RE.findall(phrase):
                folded = fold_words(word)
                if word[:1].isupper():
                    self._named.update(folded)
                elif _ABJAD_LETTERS.search(word):
                    self._consonantal.update(folded)
            # each word with its marks ("छंटनी" is one word), and the scripts it is written in
            starts, ends, keys = token_columns(phrase)
            for start, end, key in zip(starts, ends, keys, strict=True):
                written = phrase[start:end]
                self._scripts[key].update(found for found in map(script_of, written) if found)  # digits have none
                if _HANGUL.search(written):
                    self._hangul[key].add(written)
                if not written[:1].isupper():
                    self._written[key].add(written.casefold())
        self._consonantal |= self._named
        # the first names of names of two words or more, by their consonants: read loosely in the
        # scripts that spell a name as it sounds (:data:`SOUNDED_NAMES`)
        self._first_names: dict[str, set[str]] = defaultdict(set)
        for phrase, words in self.phrases.items():
            if len(words) > 1 and phrase[:1].isupper() and words[0] in self._named and len(words[0]) >= FIRST_NAME_LETTERS:
                self._first_names[consonants(words[0])].add(words[0])
        self._buckets: dict[str, list[str]] = defaultdict(list)
        for word in sorted(self._vocab):
            for initial in _initials(word):
                self._buckets[initial].append(word)
        self._allowed: dict[tuple[str, str], int] = {}  # (phrase word, a text word's script)
        self._memo = _Memo(self.candidates)
        self._memos: dict[str, _Memo] = {}  # per language with spelling conventions of its own
        self._by_consonants: dict[str, list[str]] | None = None  # for texts in an abjad
        self._by_stem: dict[int, dict[str, list[tuple[str, int]]]] = {}  # by stem length: agglutinating, Baltic texts
        self._by_light_stem: dict[str, list[str]] | None = None  # for Korean texts
        self._by_past_stem: dict[str, list[str]] | None = None
        self._by_skeleton: dict[str, dict[str, float]] | None = None  # for texts in a Slavic language
        self._by_verb_stem: dict[str, dict[str, list[str]]] = {}
        self._by_declined_stem: dict[str, dict[str, dict[str, float]]] = {}  # per Slavic language  # per Slavic language: verbs by stem, for verbal nouns
        # per Bantu language: phrase words by their verb cores, and the cores long enough to be
        # near another by their first BANTU_CORE_START letters
        self._by_verb_core: dict[str, tuple[dict[str, list[str]], dict[str, list[str]]]] = {}
        self._sounded: list[tuple[str, str]] | None = None  # for texts in Thai, Lao, Khmer, Burmese
        self._singles: dict[str, list[str]] | None = None  # one-word phrases, for abjad texts
        self._silent_vowels: dict[tuple[str, int], dict[str, float]] = {}  # abjad words by their written letters
        self._long_consonants: list[str] = []
        self._by_arabic_past: dict[str, list[str]] | None = None  # for Arabic texts
        self._loans: tuple[PhraseIndex, dict[str, list[str]]] | None = None  # for Japanese and Korean texts

    def candidates(self, key: str) -> dict[str, float]:
        """The phrase words that text word ``key`` may stand for, with their scores, also
        as another romanisation begins or ends it (:func:`_romanised`), a point off.
        The mapping is shared between calls: read it, never change it."""
        seen = self._bucketed(key)
        for variant, onset in _romanised(key):
            for word, score in self._bucketed(variant).items():
                score -= ROMANISED_PENALTY
                if score >= self.min_score and score > seen.get(word, 0.0) and (len(word) >= FUZZY_LENGTH
                                                                                 or not onset):
                    seen[word] = score  # another first sound only for a long word: "year" is not "earlier"
        return dict(sorted(seen.items())) if seen else _NONE

    def _bucketed(self, key: str) -> dict[str, float]:
        """The phrase words filed under the initials of ``key`` that it may stand for."""
        seen: dict[str, float] = {}
        for initial in _initials(key):
            for word in self._buckets.get(initial, ()):
                if word not in seen:
                    score = score_words(word, key)
                    if score >= self.min_score:
                        seen[word] = score
        return seen

    def token_scores(self, keys: Sequence[str], language: str | None = None,
                     written: Sequence[str] | None = None) -> list[dict[str, float]]:
        """For each folded word of a text in ``language``, the phrase words it may stand
        for and how well (shared, read-only mappings; empty for most words). ``written``,
        the words as the text writes them, tells an abjad's vowel letters that folding
        leaves out (:meth:`_with_silent_vowels`). A word is
        also read as the language spells foreign sounds (:func:`~checker.text.normalise.respelled`:
        French "taichet" for "tayshet"), by its consonants in an abjad, and as a stem with
        a long ending in an agglutinating language, without a preposition written on it
        (Amharic "በቮስቶችኒ"), without a prefix that negates
        in its language (Czech "nepřijal" for "přijal": the phrase rule type then reads
        the denial), and in a Bantu language as its verb's core under any subject prefix
        (Swahili "hakukubali", "atakubali" for "alikubali")."""
        base = primary_language(language)
        if base == "en":  # its verbs' other tenses only, looked up in the phrase words
            memo = self._memos.get(base)
            if memo is None:
                memo = self._memos[base] = _Memo(self._read_in_english)
            return list(map(memo.__getitem__, keys))
        cues = negation_cues(base)
        if not (base in ABJAD_LANGUAGES or base in AGGLUTINATING or base in BALTIC or base in _SOFTENED
                or base in _INSERTED_VOWELS
                or base in _INFINITIVE_OF
                or base in COMPOUNDING
                or base in _CYRILLIC_AS_LATIN or base in _NOMINATIVE or base in VERBAL_NOUNS or base in SLAVIC_CASES
                or base in _AFFIRMED_PAST or base in _VOWEL_READINGS or base in _SHORT_WORD_CASES or base in _CLASSIFIERS
                or base in _AFFIXING or subjunctives(base)
                or (base in SOUNDED_NAMES and self._first_names)
                or base in _LEXICAL_FINAL_VOWEL or has_spellings(base)
                or has_attached_words(base) or cues.prefixes or cues.suffixes or cues.verbs is not None):
            return list(map(self._memo.__getitem__, keys))
        memo = self._memos.get(base)
        if memo is None:
            memo = self._memos[base] = _Memo(lambda key: self._read_in(key, base))
        scores = list(map(memo.__getitem__, keys))
        if written is not None and base in ABJAD_LANGUAGES:
            self._with_silent_vowels(scores, keys, written)
        if written is not None and base == "ko" and self._hangul:
            self._on_syllables(scores, keys, written)
        if written is not None and base in _DISTINCT_LETTERS:
            self._with_distinct_letters(scores, written, _DISTINCT_LETTERS[base])
        prefixes = _SEPARATED_PREFIXES.get(base)
        if prefixes:
            for i in range(len(keys) - 1):
                if keys[i + 1] in prefixes and len(keys[i]) > 2:
                    joined = memo[keys[i + 1] + keys[i]]
                    if joined:  # "nem fogadta el" read as "elfogadta" too
                        scores[i] = {**scores[i], **{w: v for w, v in joined.items() if v > scores[i].get(w, 0)}}
        return scores

    def _on_syllables(self, scores: list[dict[str, float]], keys: Sequence[str], written: Sequence[str]) -> None:
        """Leave out of ``scores`` the Korean phrase words a text word only begins as
        romanised: "출신" (origin) romanises as "출시" (launch) and a letter, but the letter
        is the last syllable's final consonant, another word; a particle after the word
        ("출시는", "출시를") begins a syllable of its own, and a verb's past or future writes
        its consonant on the stem ("만났다" for "만나")."""
        for i in compress(range(len(scores)), scores):
            candidates = scores[i]
            dropped = [word for word in candidates if word in self._hangul and keys[i] != word
                       and keys[i].startswith(word) and _HANGUL.search(written[i])
                       and not any(_begins_with_syllables(written[i], spelt) for spelt in self._hangul[word])]
            if dropped:
                scores[i] = {word: score for word, score in candidates.items() if word not in dropped}

    def _with_distinct_letters(self, scores: list[dict[str, float]], written: Sequence[str],
                               letters: Mapping[str, str]) -> None:
        """Leave out of ``scores`` the phrase words a text word meets only by a letter folding
        takes for another (:data:`_DISTINCT_LETTERS`: Turkish "oldu", was, is no "öldü", died),
        where the text writes such letters at all (not one typed without them)."""
        if not any(letter in word for word in written for letter in letters):
            return
        for i in compress(range(len(scores)), scores):
            text = written[i].casefold()
            dropped = [word for word in scores[i] if self._written.get(word)
                       and all(_told_apart(text, form, letters) for form in self._written[word])]
            if dropped:
                scores[i] = {word: score for word, score in scores[i].items() if word not in dropped}

    def _read_in_english(self, key: str) -> dict[str, float]:
        """The candidates of an English ``key`` and the phrase words that are another tense
        of it (:func:`_english_tenses`), at ENGLISH_TENSE_SCORE."""
        found = self._memo[key]
        forms = [form for form in _english_tenses(key)
                 if form in self._vocab and found.get(form, 0.0) < ENGLISH_TENSE_SCORE]
        if not forms:
            return found
        return dict(sorted({**found, **dict.fromkeys(forms, ENGLISH_TENSE_SCORE)}.items()))

    def _read_in(self, key: str, language: str) -> dict[str, float]:
        """The candidates of ``key`` and of its other readings in ``language``, merged."""
        found = self._memo[key]
        if language == "ko" and found:
            found = _as_syllables(key, found)
        readings: list[dict[str, float]] = []
        others = respellings(key, language) if has_spellings(language) else ()
        readings.extend(map(self._memo.__getitem__, others))
        if language in ABJAD_LANGUAGES:
            readings.append(self._abjad_candidates(key))
            # and by the consonants of its other readings ("نظروف", ظ said z in Persian, is Nazarov)
            readings.extend(self._abjad_candidates(other) for other in others if consonants(other) != consonants(key))
        if language in SOUNDED_NAMES and self._first_names:
            sounds = consonants(key)  # "ग्रेम" (grem) for Graeme: "krm" both
            if len(sounds) >= FIRST_NAME_SOUNDS:
                readings.append(dict.fromkeys(self._first_names.get(sounds, ()), FIRST_NAME_SCORE))
        if language in AGGLUTINATING:
            readings.append(self._stem_candidates(key, LONG_ENDING + _SYLLABIC_ENDING.get(language, 0)))
        if language in OBLIQUE_STEMS:
            readings.append(self._oblique_candidates(key, *OBLIQUE_STEMS[language]))
        if language in FINNIC:
            readings.append(self._graded_candidates(key))
        if language in COMPOUNDING and len(key) >= MODIFIER_LETTERS + HEAD_LETTERS:
            # the head with its ending too: "Leiterin des Vulkanobservatoriums" (of the volcano observatory)
            cuts = (*range(COMPOUND_ENDING + 1),
                    *(len(ending) for ending in COMPOUND_CASES.get(language, ()) if key.endswith(ending)))
            readings.append({key[i:len(key) - cut]: COMPOUND_SCORE - cut
                             for cut in cuts for i in range(MODIFIER_LETTERS, len(key) - cut - HEAD_LETTERS + 1)
                             if key[i:len(key) - cut] in self._vocab and not key.startswith(_OTHER_MODIFIERS)})
        if language in BALTIC:
            # (the nominative's ending of two letters replaced: "tilto" for "tiltas", "posėdyje" for "posėdis")
            readings.append(self._stem_candidates(key, BALTIC_ENDING, BALTIC_STEM, BALTIC_STEM))
            if language in _BALTIC_CASES:
                readings.append(self._short_stem_candidates(key, *_BALTIC_CASES[language]))
        if language in _CYRILLIC_AS_LATIN:
            latin = key
            for cyrillic, folded in _LATIN_FOLDS:
                latin = latin.replace(cyrillic, folded)
            if latin != key:
                readings.append(self._memo[latin])
        for soft, hard in _SOFTENED.get(language, ()):
            if key.endswith(soft) and len(key) - len(soft) >= 3:
                form = key[:-len(soft)] + hard
                if language in ABJAD_LANGUAGES:
                    # exactly, or by exactly its consonants: few letters are written, and a
                    # near one is another word ("הכנסת", the Knesset, read "הכנסה", is near
                    # "התכנסה", convened)
                    exact = {word: SOFTENED_SCORE for word, score in self._memo[form].items() if score >= 100.0}
                    readings.append({**{word: min(score, SOFTENED_SCORE) for word, score in
                                        self._abjad_candidates(form).items() if score >= ABJAD_SCORE}, **exact})
                else:
                    readings.append({word: min(score, SOFTENED_SCORE) for word, score in self._memo[form].items()})
        if language in _INSERTED_VOWELS:  # "voleb" for "volby", "volieb" for "voľby"
            readings.append({word: SOFTENED_SCORE for word in _without_inserted_vowel(key, language)
                             if word in self._vocab})
        for word in infinitives_of(key, language):  # only the infinitive itself: a word of the index
            if word in self._vocab:
                readings.append({word: SOFTENED_SCORE})
        if key in (moods := subjunctives(language)):  # "estuvieran" for "estaban" after "negó que"
            readings.append({form: SOFTENED_SCORE for form in moods[key] if form in self._vocab})
        if language in _CLASSIFIERS:  # "বাসটিতে" (in the bus) for "বাসে" (in a bus), "বাস"
            readings.append({form: SOFTENED_SCORE for form in _unclassified(key, language) if form in self._vocab})
        if language in _AFFIXING:  # "menewaskan" (killed) for "tewas", "dikunjungi" for "kunjung"
            readings.append({form: SOFTENED_SCORE for form in _roots(key, language) if form in self._vocab})
        if language == "ko":
            readings.append(self._light_verb_candidates(key))
            readings.append(self._past_stem_candidates(key))
            readings.append(self._korean_compound_candidates(key))
        if language == "ar":
            readings.append(self._arabic_past_candidates(key))
            readings.extend({word: min(score, SOFTENED_SCORE) for word, score in self._memo[noun].items()}
                            for noun in _arabic_possessed(key))
        if language in _LOAN_SOUNDS:
            readings.append(self._loan_candidates(key, language))
        if language == "de" and key.endswith("en") and len(key) >= GERMAN_INFINITIVE:
            readings.extend({word: min(score, SOFTENED_SCORE) for word, score in self._memo[form].items()}
                            for form in _german_participles(key))
        if language == "de" and key.endswith("t") and len(key) >= GERMAN_INFINITIVE:
            readings.extend({word: min(score, SOFTENED_SCORE) for word, score in self._memo[form].items()}
                            for form in _german_pasts(key))
        if language in SLAVIC_CASES:
            readings.append(self._slavic_case_candidates(key, language))
        if language in SLAVIC_DECLENSION:
            readings.append(self._declined_candidates(key, language))
        if language in _SHORT_WORD_CASES:  # and behind a negating prefix: "نکرده" for "کرد"
            readings.extend({form[:-cut]: LONG_ENDING_SCORE - cut for cut in range(1, len(form) - 1)
                             if len(form) - cut <= SHORT_WORD and form[-cut:] in _SHORT_WORD_CASES[language]
                             and form[:-cut] in self._vocab}
                            for form in (key, *negation_cues(language).unprefixed(key)))
        if language in _VOWEL_READINGS and _VOWEL_READINGS[language][0] in key:
            # as written and as the language's spelling of other sounds reads it ("Gəncə",
            # "gence", "genje": Ganja)
            for written in dict.fromkeys((key, respelled(key, language))):
                readings.extend({word: score - 1 for word, score in self._memo[variant].items()}
                                for variant in _vowel_readings(written, *_VOWEL_READINGS[language]))
        if language in _AFFIRMED_PAST:
            negative, pasts = _AFFIRMED_PAST[language]
            if key.endswith(negative) and len(key) - len(negative) >= AFFIRMED_STEM:
                readings.extend({word: score - 1 for word, score in self._memo[key[:-len(negative)] + past].items()}
                                for past in pasts)
        if language in VERBAL_NOUNS and verbal_noun(key, language):
            readings.append(self._verb_of_noun_candidates(key, language))
        elif language in INFINITIVES and infinitive(key, language):
            readings.append(self._verb_of_noun_candidates(key, language, INFINITIVES[language]))
        if language in _NOMINATIVE:
            vowels, endings = _NOMINATIVE[language]
            for ending in endings:
                if key.endswith(ending) and len(key) - len(ending) >= _NOMINATIVE_STEMS.get(language, STEM_LENGTH):
                    readings.extend({word: score - 1 for word, score in
                                     self._memo[key[:-len(ending)] + vowel].items()} for vowel in vowels)
                    break
        cues = negation_cues(language)
        readings.extend(map(self._memo.__getitem__, cues.unprefixed(key)))
        if cues.prefixes:  # the affirmed verb of a phrasing negated by its prefix: "kl" for Sinhala "nokl"
            readings.append({word: NEGATED_STEM_SCORE for word in cues.prefixed(key) if word in self._vocab})
        readings.extend(map(self._memo.__getitem__, cues.uninfixed(key)))
        if cues.suffixes:
            readings.append(self._unsuffixed_candidates(key, cues.suffixes))
        if cues.verbs is not None:
            readings.append(self._verb_candidates(key, language, cues.verbs))
        readings.extend(map(self._memo.__getitem__, unattached(key, language)))
        definite = with_article(key, language)
        if definite is not None:  # exactly: few letters are written, a near word is another
            readings.append({word: SOFTENED_SCORE for word, score in self._memo[definite].items() if score >= 100.0})
        more: dict[str, float] = {}
        for reading in readings:  # the best reading of each word
            for word, score in reading.items():
                if score >= self.min_score and score > found.get(word, 0.0) and score > more.get(word, 0.0):
                    more[word] = score
        if language in _DERIVING:
            found = {word: score for word, score in found.items() if not _derived(key, word, language)}
            more = {word: score for word, score in more.items() if not _derived(key, word, language)}
        if _SCIENCE in key:  # by a stem read off it: "epidemiologi" is no "epidemia"
            found = {word: score for word, score in found.items() if not _a_science_of(key, word)}
            more = {word: score for word, score in more.items() if not _a_science_of(key, word)}
        if language in _LEXICAL_FINAL_VOWEL:
            found = {word: score for word, score in found.items() if not _final_vowel_apart(key, word)}
        if not more:
            return found
        merged = dict(found)
        for word, score in more.items():
            merged[word] = max(score, merged.get(word, 0.0))
        return dict(sorted(merged.items()))

    def _slavic_case_candidates(self, key: str, language: str) -> dict[str, float]:
        """The phrase words whose skeleton the stem of ``key`` without a case ending of
        ``language`` has (:data:`SLAVIC_CASES`): "charkowem" for "kharkiv"."""
        if self._by_skeleton is None:
            index: dict[str, dict[str, float]] = defaultdict(dict)
            for word in sorted(self._vocab):
                bare = word.translate(_NOT_SOFT)
                if len(bare) < SLAVIC_STEM:
                    continue
                index[skeleton(bare)][word] = SLAVIC_CASE_SCORE
                if bare.endswith("iv"):
                    for vowel in "oa":
                        index[skeleton(bare[:-2] + vowel + "v")].setdefault(word, SLAVIC_CASE_SCORE - 1)
            self._by_skeleton = dict(index)
        more: dict[str, float] = {}
        for reading in {key, respelled(key, language)}:
            bare = reading.translate(_NOT_SOFT)
            for ending in ("", *SLAVIC_CASES[language]):
                if not bare.endswith(ending) or len(bare) - len(ending) < SLAVIC_STEM:
                    continue
                for word, score in self._by_skeleton.get(skeleton(bare[:len(bare) - len(ending)]), {}).items():
                    more[word] = max(more.get(word, 0.0), score - len(ending))
        return more

    def _declined_candidates(self, key: str, language: str) -> dict[str, float]:
        """The phrase words that ``key`` is a declined form of, each read as its stem
        without an ending of :data:`SLAVIC_DECLENSION`: "belom" and "dome" for "belyy" and
        "dom", "dume" for "duma"."""
        endings = SLAVIC_DECLENSION[language]
        index = self._by_declined_stem.get(language)
        if index is None:
            built: dict[str, dict[str, float]] = defaultdict(dict)
            for word in sorted(self._vocab):
                bare = word.translate(_NOT_SOFT)
                for ending in ("", *endings):
                    if bare.endswith(ending) and len(bare) - len(ending) >= SHORT_STEM:
                        stem = _declined_stem(bare[:len(bare) - len(ending)])
                        built[stem][word] = max(built[stem].get(word, 0.0), SLAVIC_CASE_SCORE - len(ending))
                for stem in _alternated(bare, language):
                    built[stem].setdefault(word, SLAVIC_CASE_SCORE - 1)
            index = self._by_declined_stem[language] = dict(built)
        more: dict[str, float] = {}
        bare = key.translate(_NOT_SOFT)
        for ending in ("", *endings):
            if bare.endswith(ending) and len(bare) - len(ending) >= SHORT_STEM:
                for word, score in index.get(_declined_stem(bare[:len(bare) - len(ending)]), {}).items():
                    more[word] = max(more.get(word, 0.0), min(score, SLAVIC_CASE_SCORE - len(ending)))
        return more

    def _verb_of_noun_candidates(self, key: str, language: str,
                                 endings: tuple[str, ...] | None = None) -> dict[str, float]:
        """The phrase words that are a past or an infinitive of the verb whose verbal noun
        ``key`` is (:data:`VERBAL_NOUNS`): "przyjecia" for "przyjal" and "przyjac"; or,
        with the infinitive's ``endings``, whose infinitive it is (:data:`INFINITIVES`)."""
        nouns, verbs = VERBAL_NOUNS[language]
        nouns = endings or nouns
        if not verbs:
            return {}
        if self._by_verb_stem.get(language) is None:
            index: dict[str, list[str]] = defaultdict(list)
            for word in sorted(self._vocab):
                for ending in verbs:
                    if word.endswith(ending) and len(word) - len(ending) > VERBAL_STEM:
                        index[_stem_core(word[:-len(ending)])].append(word)
            self._by_verb_stem[language] = dict(index)
        found = self._by_verb_stem[language]
        cores = {_stem_core(key[:-len(e)]) for e in nouns if key.endswith(e) and len(key) - len(e) > VERBAL_STEM}
        return {word: VERBAL_NOUN_SCORE for core in cores if len(core) >= VERBAL_STEM for word in found.get(core, ())}

    def _unsuffixed_candidates(self, key: str, suffixes: tuple[str, ...]) -> dict[str, float]:
        """Phrase words whose stem ``key`` shares once its negating ending is taken off
        (see :data:`NEGATED_STEM_SCORE`); the phrase rule type then reads the denial."""
        more: dict[str, float] = {}
        for suffix in suffixes:
            stem = key[:-len(suffix)] if key.endswith(suffix) else ""
            if stem.endswith("a") and len(stem) > NEGATED_STEM_LENGTH:
                stem = stem[:-1]  # the infinitive's vowel before the ending: Tamil "ஏற்றுக்கொள்ள-வில்லை"
            if len(stem) < NEGATED_STEM_LENGTH:
                continue
            for word in self._vocab:
                shared = len(commonprefix([stem, word]))
                if shared >= max(NEGATED_STEM_LENGTH, len(stem) - 2) and len(word) > shared:
                    more[word] = max(more.get(word, 0.0), NEGATED_STEM_SCORE - 2 * (len(stem) - shared))
        return more

    def _arabic_past_candidates(self, key: str) -> dict[str, float]:
        """The phrase words that are the past of the Arabic present ``key``: Arabic denies
        the past with لم and the present ("لم تطلب", "لم يوافقوا" for "طلبت", "وافقوا"), so
        a present verb, its prefix (ي, ت, ن) and plural ending off, stands for a past with
        the same stem and the past's ending (ت, وا, ن) or the hamza of its form IV (أعلن),
        a doubled root's stem of two letters too ("لم يقر" for "أقر", did not approve)."""
        if len(key) < 3 or key[0] not in ARABIC_PRESENT_PREFIXES:
            return {}
        stems = {key[1:]} | ({key[1:-1]} if key[-1] in "wn" and len(key) > 4 else set())
        if self._by_arabic_past is None:
            self._by_arabic_past = defaultdict(list)
            for word in sorted(self._vocab):
                bare = word[1:] if word[:1] == "'" else word
                for stem in {bare} | ({bare[:-1]} if bare[-1:] in ARABIC_PAST_ENDINGS else set()):
                    if len(stem) >= 3 or (len(stem) == 2 and stem == word[1:]):
                        self._by_arabic_past[stem].append(word)
        return {word: ARABIC_TENSE_SCORE for stem in stems for word in self._by_arabic_past.get(stem, ())}

    def _loan_candidates(self, key: str, language: str) -> dict[str, float]:
        """The phrase words that a foreign name in katakana or hangul writes by its
        sounds (:data:`_LOAN_SOUNDS`): ``key`` and the phrase words compared with l and r
        as one letter (and in Korean z and j), a point off: メルケル is Merkel, プーチン
        Putin, 젤렌스키 Zelensky; a Japanese final フ (fu) is also a v, as Japanese writes a
        Russian name's -v: トカエフ is Tokayev, ラブロフ Lavrov; a Korean p an f and b a v
        (스테판 is Stefan)."""
        if self._loans is None:
            merged: dict[str, list[str]] = defaultdict(list)
            for word in sorted(self._vocab):
                merged[_loan_key(word)].append(word)
            self._loans = (PhraseIndex(merged, self.min_score + 1), dict(merged))
        index, words = self._loans
        more: dict[str, float] = {}
        for rewrite, sounds in _LOAN_SOUNDS[language].items():
            written = _rewritten(rewrite, sounds, key)
            readings = {written, respelled(written, language)}
            if language == "ja" and written.endswith("fu"):  # a final v: トカエフ, ラブロフ (Tokayev, Lavrov)
                readings.add(written[:-2] + "v")
            if language == "ja":  # and v as b: ボストーチヌイ is Vostochny
                readings |= {reading.replace("b", "v") for reading in readings}
            if language == "ko":  # Korean writes f as p and v as b: 스테판 is Stefan, 블라디미르 Vladimir
                readings |= {variant for reading in readings
                             for variant in (reading.replace("p", "f"), reading.replace("b", "v"))}
            for reading in readings:
                for loan, score in index.candidates(_loan_key(reading)).items():
                    # the index reads a word's parts too ("r" of "r'tlq", an Arabic anchor's
                    # article and word): only whole words are phrase words
                    for word in words.get(loan, ()):
                        more[word] = max(more.get(word, 0.0), score - 1)
        return more

    def _abjad_candidates(self, key: str, letters: int | None = None) -> dict[str, float]:
        """The words of names and of the abjads (:meth:`_consonant_index`) whose
        consonants a word of an abjad writes (:func:`~checker.text.normalise.abjad_readings`;
        ``letters``, its letters as written), exactly or, from five consonants, nearly:
        "فوستوشني" for Vostochny."""
        by_consonants = self._consonant_index()
        more: dict[str, float] = {}
        for reading in abjad_readings(key, letters):
            for word in by_consonants.get(reading, ()):
                if len(reading) <= _SHORT_READING and _ends_in_a_vowel(key) and not _ends_in_a_vowel(word):
                    continue  # "اتفاقية" (agreement), "tfqyh", is no Otabek: its -ية ending no vowel of the name's
                if len(reading) == 3 and ("kh" in word or "kh" in key) and _kept_kh(word) != _kept_kh(key):
                    continue  # "وزارت" (ministry), "srt", is no Surkhet, whose kh the key of three leaves out
                if word in self._named or _written_alike(key, word):
                    more[word] = ABJAD_SCORE
            if len(reading) >= ABJAD_FUZZY_LENGTH:
                for other, score, _ in process.extract(reading, self._long_consonants, scorer=fuzz.ratio,
                                                       score_cutoff=ABJAD_SCORE - 2, limit=None):
                    for word in by_consonants[other]:
                        more[word] = max(more.get(word, 0.0), min(score - 2, ABJAD_SCORE - 1))
        return more

    def _with_silent_vowels(self, scores: list[dict[str, float]], keys: Sequence[str],
                            written: Sequence[str]) -> None:
        """Add to ``scores`` the names a word of three consonants stands for when, as
        written, it spells two vowels that folding left out (:data:`SILENT_VOWEL_LETTERS`):
        "بايدن" is Biden and "كامالا" Kamala, though both fold to a key with one vowel
        letter or none, which a word of three consonants needs two of to be read as a name
        (:func:`~checker.text.normalise.abjad_readings`). Only names written with their
        vowels, two at least: a word of the abjad itself is compared as it is spelt
        ("المالي", financial, is not "العملاء", customers, by the consonants they share)."""
        for i, word in enumerate(written):
            if SILENT_VOWEL_LETTERS.isdisjoint(word):
                continue
            key, letters = keys[i], written_letters(word)
            if letters <= len(key) or len(consonants(key)) != 3:
                continue
            found = self._silent_vowels.get((key, letters))
            if found is None:
                found = {name: score for name, score in self._abjad_candidates(key, letters).items()
                         if sum(map(name.count, "aeiou")) >= 2}
                if len(self._silent_vowels) < _Memo.LIMIT:  # bounded as the words' memos are
                    self._silent_vowels[key, letters] = found
            if extra := {name: score for name, score in found.items() if score > scores[i].get(name, 0.0)}:
                scores[i] = {**scores[i], **extra}

    def _consonant_index(self) -> dict[str, list[str]]:
        """The words of names and of the abjads by their consonants (three or more),
        made when first needed: a name of another script is written by its sounds, and an
        abjad's word by its consonants with short words written on it ("בכנסת", in the
        Knesset, is "הכנסת"), but a word of a language in another script is neither (the
        English "victory" and Persian "بیشتر", more, share "bstr"; Swedish "omkom", died,
        and Hebrew "מקומי", local, "mkm"; Greek "επιβάτες", passengers, and "בטיסה", on the
        flight, "bts")."""
        if self._by_consonants is None:
            index: dict[str, list[str]] = defaultdict(list)
            for word in sorted(self._vocab & self._consonantal):
                for key in sorted(abjad_keys(word)):
                    if len(key) >= 3:
                        index[key].append(word)
            self._by_consonants = dict(index)
            self._long_consonants = [k for k in self._by_consonants if len(k) >= ABJAD_FUZZY_LENGTH]
        return self._by_consonants

    def _oblique_candidates(self, key: str, oblique: str, nominative: str) -> dict[str, float]:
        """Phrase words whose oblique stem ``key`` declines, folded: Tamil "vellttil"
        (வெள்ளத்தில், in the flood) for "vellm" (வெள்ளம்), a point off per letter of the
        ending and one more."""
        more: dict[str, float] = {}
        at = key.find(oblique, STEM_LENGTH - 2)
        while at >= 0:
            ending = len(key) - at - len(oblique)
            if ending > LONG_ENDING:
                at = key.find(oblique, at + 1)
                continue
            word = key[:at] + nominative
            if word in self._vocab:
                more[word] = max(more.get(word, 0.0), 99.0 - ending)
            at = key.find(oblique, at + 1)
        return more

    def _stem_candidates(self, key: str, longest: int = LONG_ENDING, shortest: int = STEM_LENGTH,
                         kept: int = KEPT_STEM) -> dict[str, float]:
        """Phrase words that ``key`` adds a long ending to, as agglutinating languages do
        ("görüşmesinde" for "görüşme", "találkozóján" for "találkozó"), also in place of
        the last letters of a word whose stem or case changes ("tapaamisessa" for
        "tapaaminen", partitive "kutsua" for accusative "kutsun"); a point off per letter
        of the ending and per letter replaced."""
        more: dict[str, float] = {}
        stems = self._stems(shortest)
        for cut in range(1, longest + 1):
            stem = key[:-cut]
            if len(stem) < shortest:
                break
            if stem in self._vocab:
                more[stem] = max(more.get(stem, 0.0), LONG_ENDING_SCORE - cut)
            for word, changed in stems.get(stem, ()):
                if changed > 1 and len(stem) < kept:
                    continue  # "loukkaantui" (was injured) is no "loukkuun" (into a trap) of stem "loukk"
                more[word] = max(more.get(word, 0.0), LONG_ENDING_SCORE - cut - changed)
        return more

    def _short_stem_candidates(self, key: str, nominatives: tuple[str, ...],
                               cases: frozenset[str]) -> dict[str, float]:
        """Phrase words of a stem one letter shorter than BALTIC_STEM whose case ``key`` is
        (:data:`_BALTIC_CASES`): "sodu" for "sods"; a point off per letter of the two
        endings."""
        more: dict[str, float] = {}
        for case in cases:
            stem = key[:-len(case)]
            if key.endswith(case) and len(stem) == BALTIC_STEM - 1:
                for nominative in nominatives:
                    if stem + nominative in self._vocab and stem + nominative != key:
                        word = stem + nominative
                        more[word] = max(more.get(word, 0.0), LONG_ENDING_SCORE - len(case) - len(nominative))
        return more

    def _korean_compound_candidates(self, key: str) -> dict[str, float]:
        """The phrase words a Korean compound noun ends on, a particle after it or none:
        "국제공항에서" (at the international airport) holds "공항" (airport), "대통령선거는" "선거"
        (folded: "gugjegonghangeseo", "gonghang"); a head of HEAD_LETTERS folded letters or more
        after two of a modifier at least, at COMPOUND_SCORE."""
        stem = next((key[:-len(particle)] for particle in _KOREAN_PARTICLES
                     if key.endswith(particle) and len(key) - len(particle) > HEAD_LETTERS), key)
        return {stem[i:]: COMPOUND_SCORE for i in range(KOREAN_MODIFIER, len(stem) - HEAD_LETTERS + 1)
                if stem[i:] in self._vocab and stem[:i] not in _KOREAN_OTHER_MODIFIERS}

    def _light_verb_candidates(self, key: str) -> dict[str, float]:
        """Korean 하다 verbs of the phrases with the noun of ``key``, a form of another
        ("승인하지" for "승인했다"), and that noun itself ("감축" for "감축하겠다는")."""
        if self._by_light_stem is None:
            index: dict[str, list[str]] = defaultdict(list)
            for word in sorted(self._vocab):
                found = _KOREAN_LIGHT_VERB.fullmatch(word)
                if found:
                    index[found[1]].append(word)
            self._by_light_stem = dict(index)
        found = _KOREAN_LIGHT_VERB.fullmatch(key)
        if not found:
            return {}
        more = dict.fromkeys(self._by_light_stem.get(found[1], ()), LIGHT_VERB_SCORE)
        if found[1] in self._vocab:  # the noun alone: an anchor 감축 finds 감축하겠다는
            more[found[1]] = LIGHT_VERB_SCORE
        return more

    def _past_stem_candidates(self, key: str) -> dict[str, float]:
        """Korean verbs of the phrases in the past whose stem ``key`` is with the 지 of a
        negation after it ("받아들이지" for "받아들였다")."""
        if not key.endswith("ji") or len(key) < KOREAN_STEM + 2:
            return {}
        if self._by_past_stem is None:
            index: dict[str, list[str]] = defaultdict(list)
            for word in sorted(self._vocab):
                found = _KOREAN_PAST.fullmatch(word)
                if found:
                    for vowel in _KOREAN_PAST_VOWELS[found[2]]:
                        if len(found[1] + vowel) >= KOREAN_STEM:
                            index[found[1] + vowel].append(word)
            self._by_past_stem = dict(index)
        return dict.fromkeys(self._by_past_stem.get(key[:-2], ()), LIGHT_VERB_SCORE)

    def _verb_candidates(self, key: str, language: str, verbs: Verbs) -> dict[str, float]:
        """Phrase words that are, in a Bantu language, the verb of ``key`` under other
        prefixes: their cores (:class:`~checker.text.negation.Verbs`) are the same, or of
        FUZZY_LENGTH letters or more, begin alike and are near ("iliidhinishwa" for
        "iliidhinisha"). A phrase word's negated readings are left out: "alikubali" is not
        "hakukubali"."""
        built = self._by_verb_core.get(language)
        if built is None:
            found: dict[str, list[str]] = defaultdict(list)
            for word in sorted(self._vocab):
                for core in sorted({core for core, negated in verbs.readings(word) if not negated}):
                    found[core].append(word)
            starts: dict[str, list[str]] = defaultdict(list)
            for core in found:
                if len(core) >= FUZZY_LENGTH:
                    starts[core[:BANTU_CORE_START]].append(core)
            built = self._by_verb_core[language] = (dict(found), dict(starts))
        index, long_cores = built
        more: dict[str, float] = {}
        for core, _ in verbs.readings(key):
            for word in index.get(core, ()):
                more[word] = BANTU_VERB_SCORE
            if len(core) >= FUZZY_LENGTH:
                for other in long_cores.get(core[:BANTU_CORE_START], ()):
                    near = score_words(other, core)
                    if near >= BANTU_CORE_SCORE and other != core:
                        for word in index[other]:
                            more[word] = max(more.get(word, 0.0), min(near, 100.0) - (100.0 - BANTU_VERB_SCORE))
        return more

    def _graded_candidates(self, key: str) -> dict[str, float]:
        """:meth:`_stem_candidates` of ``key`` with one weak grade made strong, or a
        plural's vowel undone (:data:`_STRONG_GRADES`): "lakossa" is read as "lakkossa",
        for "lakko"; a point off."""
        more: dict[str, float] = {}
        for weak, strong in _STRONG_GRADES:
            start = key.find(weak, 2)
            while start >= 0:
                variant = key[:start] + strong + key[start + len(weak):]
                if variant in self._vocab:
                    more[variant] = max(more.get(variant, 0.0), LONG_ENDING_SCORE - 1)
                for word, score in self._stem_candidates(variant).items():
                    more[word] = max(more.get(word, 0.0), score - 1)
                start = key.find(weak, start + 1)
        return more

    def _stems(self, shortest: int = STEM_LENGTH) -> dict[str, list[tuple[str, int]]]:
        """Phrase words by their stems of ``shortest`` letters or more, the word without its
        last one to STEM_CHANGE letters (Finnish "kutsun" under "kutsu", for "kutsua"), with
        how many."""
        found = self._by_stem.get(shortest)
        if found is None:
            index: dict[str, list[tuple[str, int]]] = defaultdict(list)
            for word in sorted(self._vocab):
                for changed in range(1, STEM_CHANGE + 1):
                    if len(word) - changed >= shortest:
                        index[word[:-changed]].append((word, changed))
            found = self._by_stem[shortest] = dict(index)
        return found

    def in_their_scripts(self, scores: list[dict[str, float]], text: str, starts: Sequence[int],
                         keys: Sequence[str]) -> None:
        """Leave out of ``scores`` (of :meth:`token_scores`, for the words of ``text`` at
        ``starts``, folded ``keys``) the phrase words a word written in another script cannot stand for
        (:meth:`_in_script`): the Hebrew "גזר" (sentence) is no Persian "کشور" (country),
        though both fold to "gzr"-like keys, nor the Vietnamese "tù" (prison) the Greek
        "του" (his)."""
        allowed = self._script_allows
        for i in compress(range(len(scores)), scores):
            script = script_of(text[starts[i]])
            candidates = scores[i]
            if script is not None and not all(allowed(word, script, keys[i]) for word in candidates):
                scores[i] = {word: score for word, score in candidates.items() if allowed(word, script, keys[i])}

    def _script_allows(self, word: str, script: str, key: str) -> bool:
        """Whether a text word written in ``script``, folded ``key``, may stand for phrase
        word ``word``: one written in that script in the rules, a name, or where one of the
        two scripts is Latin, a word of five letters or more for one as long (a loan such as
        "космодром" for "cosmodrome"; not the news agency "ТАСС" for the Italian "tassi",
        rates). Two other scripts share no word but names: the rules write each language's
        words in its own."""
        found = self._allowed.get((word, script))
        if found is None:  # 2: always, 1: for a text word as long, 0: never
            scripts = self._scripts.get(word)
            found = self._allowed[word, script] = (
                2 if not scripts or script in scripts or word in self._named
                else int(len(word) >= CROSS_SCRIPT_LENGTH and (script == "LATIN" or "LATIN" in scripts)
                         # the alphabets only: Thai "ทาง" (way) folds as the Vietnamese "thắng" (won)
                         and script in ALPHABETS and scripts <= ALPHABETS))
        return found == 2 or (found == 1 and len(key) >= CROSS_SCRIPT_LENGTH)

    def find(self, scores: list[dict[str, float]], keys: Sequence[str] = ()) -> dict[str, list[PhraseHit]]:
        """Every occurrence of every phrase, given :meth:`token_scores` of a text; a
        phrase's words must follow each other (one other word may stand between two). The two
        words of a phrase of two also count side by side the other way round, as languages of a
        free word order put them (``életét veszti``: ``kilenc síelő vesztette életét``), at
        :data:`SWAPPED_PENALTY` below. Given the text's folded ``keys``, a phrase read a letter
        at a time neither starts nor goes on past a vowel written before its consonant
        (:func:`~checker.text.normalise.after_a_leading_vowel`: "ลม", wind, is not in
        "กิโลเมตร")."""
        hits: dict[str, list[PhraseHit]] = {}
        syllables = bool(keys) and not LEADING_VOWELS.isdisjoint(keys)
        for i in compress(range(len(scores)), scores):  # only the words that stand for one
            if syllables and after_a_leading_vowel(keys, i):
                continue
            for first_word, first_score in scores[i].items():
                for phrase in self._by_first.get(first_word, ()):
                    hit = _extend(phrase, self.phrases[phrase], scores, i, first_score, keys if syllables else ())
                    if hit is not None:
                        hits.setdefault(phrase, []).append(hit)
                if i + 1 < len(scores) and first_word in self._by_second:
                    following = scores[i + 1]
                    for phrase in self._by_second[first_word]:
                        first = self.phrases[phrase][0]
                        if first in following:
                            score = (first_score + following[first]) / 2 - SWAPPED_PENALTY
                            hits.setdefault(phrase, []).append(PhraseHit(phrase, i, i + 1, score))
        return hits


    def sounded_hits(self, text: str, starts: Sequence[int]) -> dict[str, list[PhraseHit]]:
        """One-word phrases in Latin letters written by their sound inside a run of a script
        without spaces between words (Thai, Lao, Khmer, Burmese): ``ฐานอวกาศวอสตอชนี``
        holds Vostochny. Each run is transliterated letter by letter (a Thai or Lao vowel
        written before its consonant is read after it) and each phrase's skeleton looked for
        in it; a hit covers the tokens (letters) of the best stretch of each run."""
        words = self._sounded_words()
        hits: dict[str, list[PhraseHit]] = {}
        if not words:
            return hits
        keys = [key for _, key in words]
        for run in _SOUNDED_RUN.finditer(text):
            sounds, where = _sounds(run.group(), run.start())
            # every phrase against the run in one pass in C; the stretch only for those found
            for _, _, n in process.extract(sounds, keys, scorer=fuzz.partial_ratio, score_cutoff=SOUNDED_SCORE,
                                           limit=None):
                phrase, key = words[n]
                found = fuzz.partial_ratio_alignment(key, sounds) if len(key) <= len(sounds) else None
                if found is None or found.score < (SOUNDED_SCORE if len(key) >= SOUNDED_LENGTH else 100.0):
                    continue
                letters = where[found.dest_start:found.dest_end]
                end = max(letters) + 1
                while end < run.end() and unicodedata.category(text[end]) == "Mn":
                    end += 1  # the marks on its last letter ("ร์")
                first = bisect_right(starts, min(letters)) - 1
                last = bisect_right(starts, end - 1) - 1
                hits.setdefault(phrase, []).append(PhraseHit(phrase, first, last, float(found.score)))
        return hits

    def _sounded_words(self) -> list[tuple[str, str]]:
        """The one-word phrases in Latin letters that are names, with their skeletons, made
        when first needed: written so, not folded so (the Marathi "मालक", owner, folded
        "malak", is no syllables of a Khmer "កាម៉ាល់", Kamal). A word of a language is read in
        these scripts by its own spelling alone, as across any script but the alphabets
        (:data:`~checker.text.normalise.ALPHABETS`): the Vietnamese "thắng" (won) is no syllables of Thai "เดินทาง"."""
        if self._sounded is None:
            self._sounded = [(phrase, _unvoiced(skeleton(words[0]))) for phrase, words in self.phrases.items()
                             if len(words) == 1 and words[0].isascii() and words[0].isalpha()
                             and all(script_of(letter) in (None, "LATIN") for letter in phrase)
                             and len(skeleton(words[0])) >= SOUNDED_SHORT and words[0] in self._named]
        return self._sounded

    def joined_hits(self, text: str, starts: Sequence[int], ends: Sequence[int], keys: Sequence[str],
                    language: str | None) -> dict[str, list[PhraseHit]]:
        """One-word phrases that a source in Arabic, Persian, Urdu or Hebrew writes as two
        words, a foreign name's syllables apart ("بيونغ يانغ" for Pyongyang, "جين بينغ" for
        Jinping): two neighbouring words, with only white space between them, read
        together by their consonants (four or more)."""
        hits: dict[str, list[PhraseHit]] = {}
        if primary_language(language) not in ABJAD_LANGUAGES:
            return hits
        by_consonants = self._consonant_index()
        singles = self._one_word_phrases()
        for i in range(len(keys) - 1):
            gap = text[ends[i]:starts[i + 1]]
            if gap.strip() or "\n" in gap:
                continue  # not neighbours: punctuation or a line's end between them
            if any(ch.isdigit() for ch in keys[i] + keys[i + 1]):
                continue  # a figure is no syllable: "۱۴۰۲ زلزله" is no more than زلزله
            for reading in abjad_readings(keys[i] + keys[i + 1]):
                if len(reading) < JOINED_CONSONANTS:
                    continue
                for word in by_consonants.get(reading, ()):
                    if word not in self._named:
                        continue  # a foreign name's syllables, not an abjad's word and a letter ("המשטרה כ-45")
                    for phrase in singles.get(word, ()):
                        hits.setdefault(phrase, []).append(PhraseHit(phrase, i, i + 1, ABJAD_SCORE))
        return hits

    def _one_word_phrases(self) -> dict[str, list[str]]:
        """The phrases of one word, by that word, made when first needed."""
        if self._singles is None:
            found: dict[str, list[str]] = defaultdict(list)
            for phrase, words in self.phrases.items():
                if len(words) == 1:
                    found[words[0]].append(phrase)
            self._singles = dict(found)
        return self._singles


JOINED_CONSONANTS = 4  # consonants two joined words need: fewer meet too many names
_SHORT_READING = 3  # consonants of a key read by them alone only with its vowel letters
_VOWEL_LETTERS = frozenset("aeiouwyh'")  # what the consonant classes drop: an abjad's vowel letters folded


def _ends_in_a_vowel(key: str) -> bool:
    """Whether a folded word ends in a letter its consonants leave out (a vowel, or an
    abjad's letter for one: Arabic "ية", Persian "ه")."""
    return key[-1:] in _VOWEL_LETTERS

# Japanese and Korean write a foreign name by its sounds, with one letter for l and r
# (メルケル "merukeru", Merkel; 마크롱 "makeulong") and Korean with one for z and j (젤렌스키
# "jellenseuki", Zelensky). Japanese writes ti and di as チ, ティ, ディ, folded "chi", "tei",
# "dei" (プーチン "puchin", Putin; モディ "modei", Modi), and the small ャ, ュ, ョ after a
# syllable in i as a syllable of its own (ショルツ "shiyorutsu", Scholz). A word is also
# read with those undone, as its language spells foreign sounds, and compared with the
# phrase words with l and r (and z and j) as one letter.
_LOAN_REWRITES: dict[str, dict[str, str]] = {
    "ja": {"chi": "ti", "tei": "ti", "dei": "di", "shiy": "sh", "chiy": "ch", "jiy": "j", "kiy": "ky"},
    "ko": {},
}
_LOAN_SOUNDS: dict[str, dict[re.Pattern[str], dict[str, str]]] = {
    language: {re.compile("|".join(sorted(table, key=len, reverse=True)) or "(?!)"): table}
    for language, table in _LOAN_REWRITES.items()
}
_LOAN_LETTERS = str.maketrans({"l": "r", "j": "z"})


def _rewritten(pattern: re.Pattern[str], sounds: dict[str, str], key: str) -> str:
    """``key`` with each match of ``pattern`` replaced as ``sounds`` says."""
    return pattern.sub(lambda m: sounds[m.group()], key)


def _loan_key(word: str) -> str:
    """A folded word with l and r, z and j as one letter each (:data:`_LOAN_REWRITES`)."""
    return word.translate(_LOAN_LETTERS)


def has_sounded_runs(text: str) -> bool:
    """Whether ``text`` has letters of a script written without spaces and read by sound."""
    return _SOUNDED_BLOCKS.search(text) is not None


def _sounds(run: str, offset: int) -> tuple[str, list[int]]:
    """A run's letters transliterated one by one into skeleton sounds, doubled sounds
    once, with the offset of the letter each sound comes from."""
    order = list(range(len(run)))
    i = 0
    while i < len(run) - 1:  # โค is written before the consonant it follows: read ค, then โ
        if run[i] in _LEADING_VOWELS and run[i + 1] not in _LEADING_VOWELS:
            order[i], order[i + 1] = i + 1, i
            i += 1
        i += 1
    sounds: list[str] = []
    where: list[int] = []
    silent: int | None = None  # a silent letter's offset, given to the sound after it
    for i in order:
        if _silent(run, i):
            silent = offset + i if silent is None else silent
            continue
        latin = anyascii(run[i]).lower()
        for ch in skeleton(_UNASPIRATED.get(latin, latin)):
            if sounds and (sounds[-1] == ch or sounds[-1] + ch in _MERGED_VOWELS):
                continue  # a vowel after a, o, u as the skeleton of a word drops it ("israel", "isral")
            sounds.append(ch)
            where.append(offset + i if silent is None else min(silent, offset + i))
            silent = None
    return _unvoiced("".join(sounds)), where


# These scripts write a foreign k, p, t with their aspirated letters as often as not (Thai
# ค, พ, ท: "คากายัน" is Cagayan, "โปแลนด์" and "พิซซ่า" have a p) and a foreign g with k (ก):
# a letter is read without its aspiration, and a phrase's g as k.
_UNASPIRATED = {"kh": "k", "ph": "p", "th": "t"}


def _unvoiced(sounds: str) -> str:
    return sounds.replace("g", "k")


_MERGED_VOWELS = frozenset({"ae", "oe", "ue"})  # as skeleton() merges them


SOUNDED_SCORE = 85.0  # how near a stretch of a run must sound to a phrase
SOUNDED_LENGTH = 5  # sounds a phrase needs: shorter ones are found in too many runs
SOUNDED_SHORT = 4  # but as written, all of them: "โมดี" is Modi
# Thai and Lao, Burmese, Khmer (with its symbols): the letters of a run, and a quick test.
_SOUNDED_LETTERS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
_SOUNDED_RUN = re.compile(f"[{_SOUNDED_LETTERS}]{{4,}}")
_SOUNDED_BLOCKS = re.compile(f"[{_SOUNDED_LETTERS}]")
_LEADING_VOWELS = frozenset("เแโใไເແໂໃໄ")
# Thai อ and Lao ອ begin a syllable that begins with a vowel, and are silent there: before
# a vowel sign (past a tone mark), or after a vowel written before them (อิสราเอล, อุ๊งอิ๊ง:
# "israel", "unging"); after a consonant they are the vowel o (วอสตอชนี), as transliterated.
_VOWEL_CARRIERS = frozenset("อອ")
_TONE_MARKS = frozenset("\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0ec8\u0ec9\u0eca\u0ecb\u0ecc")
_VOWEL_SIGNS = re.compile("[\u0e30-\u0e39\u0e47\u0eb0-\u0eb9\u0ebb\u0ec7]")


# Thai ห and Lao ຫ before a sonorant only mark its tone (หร, หน, ຫລ): อิหร่าน is "iran".
_TONE_LETTERS = frozenset("หຫ")
_SONORANTS = frozenset("งญนมยรลวງຍນມຢຣລວ")


def _silent(run: str, i: int) -> bool:
    """Whether the letter at ``i`` of a run is written but not sounded: an อ (or ອ) that
    carries a vowel written around it, or a ห (ຫ) before a sonorant."""
    if run[i] in _TONE_LETTERS:
        return i + 1 < len(run) and run[i + 1] in _SONORANTS
    if run[i] not in _VOWEL_CARRIERS:
        return False
    if i > 0 and run[i - 1] in _LEADING_VOWELS:
        return True
    j = i + 1
    while j < len(run) and run[j] in _TONE_MARKS:
        j += 1
    return j < len(run) and _VOWEL_SIGNS.match(run[j]) is not None

_NONE: dict[str, float] = {}


class _Memo(dict):  # type: ignore[type-arg]
    """Text word → its candidates, computed on first sight (``__missing__`` lets
    :meth:`PhraseIndex.token_scores` look every word up from C). Bounded: past the
    limit, new words are scored each time instead of remembered."""

    LIMIT = 1_000_000

    def __init__(self, compute: Any) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: str) -> dict[str, float]:
        found = self.compute(key)
        if len(self) < self.LIMIT:
            self[key] = found
        return found


SWAPPED_PENALTY = 5.0  # a phrase of two words read the other way round, as one word between two


def _extend(phrase: str, words: tuple[str, ...], scores: list[dict[str, float]],
            start: int, first_score: float, keys: Sequence[str] = ()) -> PhraseHit | None:
    total, pos = first_score, start
    for word in words[1:]:
        for step in (1, 2):
            if pos + step < len(scores) and word in scores[pos + step] \
                    and not (keys and after_a_leading_vowel(keys, pos + step, pos)):
                total += scores[pos + step][word] - (5.0 if step == 2 else 0.0)
                pos += step
                break
        else:
            return None
    return PhraseHit(phrase, start, pos, total / len(words))


# Romanisations of one name disagree most on its first sound, which files it under
# another initial: German writes a Russian or Ukrainian з as s ("Selenskyj", Zelensky),
# and х as ch, as Dutch, Czech and Polish do ("Charkiw", Kharkiv; "Chamenei", Khamenei);
# French writes ш as ch ("Chevardnadze", Shevardnadze) and drops the y of е ("Eltsine",
# Yeltsin; "Erevan", Yerevan); the scripts of India write a foreign z with their j or jh
# (জেলেনস্কি, ಝೆಲೆನ್ಸ್ಕಿ: Zelensky). A text word of FUZZY_LENGTH letters or more is also read
# with each other beginning of its sound.
_ONSETS: dict[str, tuple[str, ...]] = {
    "z": ("s",), "s": ("z",), "ch": ("sh", "kh"), "sh": ("ch",), "kh": ("ch",), "ye": ("e",), "e": ("ye",),
    "j": ("z",), "jh": ("z",),
}
_ONSET_RE = re.compile("^(?:ch|sh|kh|ye|jh|z|s(?!ch|h)|e|j)")
# Ukrainian writes і where Russian writes о or е before a last consonant: Kyiv and Kiev
# (German "Kiew", Polish "Kijów"), Kharkiv and Kharkov, Lviv and Lvov. A word ending in
# one is also read with the other. And Greek writes the last v of a Slavic name φ (f):
# "Λαβρόφ" Lavrov, "Στάνεφ" Stanev.
_VOWEL_ENDINGS: dict[str, tuple[str, ...]] = {"iv": ("ev", "ov"), "iw": ("ev", "ov"), "ev": ("iv",), "ov": ("iv",),
                                              "ew": ("iv",), "ow": ("iv",), "of": ("ov",), "ef": ("ev",)}
ROMANISED_PENALTY = 1.0


@lru_cache(maxsize=100_000)
def _romanised(key: str) -> tuple[tuple[str, bool], ...]:
    """``key`` as the other romanisations of its first sound (:data:`_ONSETS`) and of
    its last vowel (:data:`_VOWEL_ENDINGS`) write it, and both; each with whether its
    first sound is another."""
    starts = [key]
    if len(key) >= FUZZY_LENGTH:
        onset = _ONSET_RE.match(key)
        if onset:
            starts += [other + key[onset.end():] for other in _ONSETS[onset.group()]]
    found = [(start, True) for start in starts[1:]]
    ending = _VOWEL_ENDINGS.get(key[-2:]) if len(key) >= 4 else None
    if ending:
        found += [(start[:-2] + other, start != key) for start in starts for other in ending]
    return tuple(found)


KOREAN_FUZZY_LENGTH = 9  # romanised letters of the shortest Korean word read by its likeness (three syllables)


def _as_syllables(key: str, found: dict[str, float]) -> dict[str, float]:
    """``found`` for a romanised Korean word ``key``, less the words it is only like: a
    syllable romanises to two to four letters, so a word of two syllables is as long as a
    long word of another script, but one changed vowel is another word ("인생", life, for
    "인상", a rise; "전년", the year before, for "종전", previous). Kept: the word itself,
    with a particle or ending ("종전의"), and the likeness of longer words."""
    kept = {word: score for word, score in found.items()
            if score >= 100.0 or key.startswith(word) or word.startswith(key)
            or min(len(word), len(key)) >= KOREAN_FUZZY_LENGTH}
    return kept if len(kept) < len(found) else found


# Letters an abjad's own words are compared without: its vowel letters and the "and" (و ו)
# written on a word; and the short words written before one ("in", "to", "the", "from").
_OWN_VOWELS = str.maketrans("", "", "aeiouywv'`")
_OWN_PREFIXES = "blmh"


# Bengali writes "the" as a classifier on the noun, before its case ending: "বাসটিতে" (in
# the bus), "বাসটির" (of the bus), "বাসটা"; the noun is also read bare and in the case a
# phrasing writes without it ("বাসে", in a bus): classifiers, case endings after them, and the
# noun's own case endings, folded.
_CLASSIFIERS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "bn": (("ti", "ta"), ("te", "r", "ke", ""), ("", "e", "er", "r", "ke")),
}
CLASSIFIED_STEM = 2  # letters a noun keeps before its classifier


def _unclassified(key: str, language: str) -> list[str]:
    """``key`` without the classifier and case ending :data:`_CLASSIFIERS` writes on it, in
    each case of the noun itself; none where it has none."""
    classifiers, after, cases = _CLASSIFIERS[language]
    for classifier in classifiers:
        for ending in after:
            written = classifier + ending
            if key.endswith(written) and len(key) - len(written) >= CLASSIFIED_STEM:
                stem = key[:-len(written)]
                return [stem + case for case in cases]
    return []


# Indonesian and Malay make their verbs with prefixes and suffixes on a root that a rule
# writes bare ("tewas", died; "kunjung", visit; "lawat"): the active meN-, whose nasal
# takes the place of the root's first k, t, s or p ("mengunjungi", "menewaskan",
# "menyerang" of "serang", "memukul" of "pukul") or stands before it ("melawat",
# "membangun", "mendarat"), the passive di-, ter-, ber-, and the suffixes -kan, -i, -an;
# as (prefixes with the first letters they stand for, suffixes), folded.
_AFFIXING: dict[str, tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]] = {
    language: ((("meng", ("", "k")), ("meny", ("s",)), ("mem", ("", "p")), ("men", ("", "t")), ("me", ("",)),
                ("di", ("",)), ("ter", ("",)), ("ber", ("",))),
               ("kan", "i", "an", "lah", "nya", ""))
    for language in ("id", "ms")
}
AFFIXED_ROOT = 4  # letters of a root at least: shorter ones are too often a part of another word


def _roots(key: str, language: str) -> list[str]:
    """The roots ``key`` may be made on by the affixes of :data:`_AFFIXING` ("tewas" of
    "menewaskan", "kunjung" of "mengunjungi" and "dikunjungi"), longest prefix first."""
    prefixes, suffixes = _AFFIXING[language]
    found: list[str] = []
    for prefix, firsts in prefixes:
        if not key.startswith(prefix):
            continue
        for suffix in suffixes:
            if suffix and not key.endswith(suffix):
                continue
            bare = key[len(prefix):len(key) - len(suffix)]
            found.extend(first + bare for first in firsts
                         if len(first + bare) >= AFFIXED_ROOT and (first or bare[:1] not in "aeiou" or prefix != "me"))
    return found


def _kept_kh(key: str) -> int:
    """The consonants of ``key`` with its kh kept as one, which :func:`consonants` leaves
    out with the h it merges into (Hebrew ח): "surkhet" has four, "srt" three."""
    return len(consonants(key.replace("kh", "k")))


def _written_alike(key: str, word: str) -> bool:
    """Whether two folded words of an abjad write the same consonants apart from their
    vowel letters and the short words before them ("בכנסת", in the Knesset, and "הכנסת"):
    compared as folded, where the consonant classes of names would make "الثاني" (the
    second) of "الطعن" (the appeal), th as t."""
    return not _own_forms(key).isdisjoint(_own_forms(word))


@lru_cache(maxsize=20_000)
def _own_forms(key: str) -> frozenset[str]:
    forms = {key.translate(_OWN_VOWELS)}
    for cut in (1, 2):
        if len(key) > cut + 1 and all(ch in _OWN_PREFIXES for ch in key[:cut]):
            forms.add(key[cut:].translate(_OWN_VOWELS))
    return frozenset(forms)


def _initials(word: str) -> set[str]:
    """Buckets a word is filed under: its first letter and its skeleton's first letter,
    and the first after the apostrophe transliteration writes for a glottal stop before
    a vowel (Amharic "አማራ", "ኦባማ" fold to "'amara", "'obama": Amara, Obama). A typo in the
    first letter is the one typo this matcher does not forgive."""
    return {word[:1], word.lstrip("'`")[:1], skeleton(word)[:1]}
