"""Whether a clause speaks of what is still to come: the one reader of the future tense
(and of the past, where a word is yesterday or tomorrow alike: Hindi and Punjabi "kal").

A weekday alone ("on Friday") names the nearest such day, and news reports what has
happened, so it is read as the last one up to the day of publication; but "the leaders
will meet on Friday" names the next. A clause is read as future when a future cue of its
language stands in it: an auxiliary or particle ("will", "wird", "će", "va", "θα",
"akan", "sẽ", "将", "จะ"), a word that schedules ("scheduled for", "состоится",
"予定"), or a future ending on a verb (Spanish "se reunirán", Italian "si incontrerà",
French "se rendra", Turkish "görüşecek", Hindi "मिलेंगे").

Where the cue stands matters. Before the day it rules it ("Putin will visit on
Friday"). After it, it rules the day only where the language puts the verb last
(Turkish, Japanese, Hindi: "Cuma günü görüşecek") or where the day opens its clause
("On Friday leaders will meet", "U petak će se sastati", "Am Freitag wird"): in "the
Kremlin said on Friday Putin will visit" Friday is when it was said. A clause ends at
punctuation and at a word that opens another clause ("that", "dass", "que", "что");
after the day also at "and" ("arrived on Tuesday and will leave on Friday"). A day
that stands alone before a comma ("On Friday, the leaders will meet") takes the next
clause's cue.

The tables are hand-written: CLDR has no tense words. Cues are compared folded, as
every word is; endings on the word as written (folding would lose the accent that
makes Spanish "-rá" a future), and in scripts written without spaces as letters
anywhere in the clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .function_words import determiners, function_words
from .normalise import (
    CAPITALISED_NOUNS,
    fold,
    fold_words,
    primary_language,
    token_columns,
)
from .sentences import CLAUSE_MARKS

# South Slavic "should": "bi trebali biti otvoreni u srijedu", "trebalo bi"
_SHOULD_HR = tuple(f"{a} {b}" for verb in ("trebao", "trebala", "trebalo", "trebali", "trebale")
                   for a, b in (("bi", verb), (verb, "bi")))
# Cues, one phrase per item (a phrase's words are folded and matched in a row).
_CUES: dict[str, tuple[str, ...]] = {
    "en": ("will", "shall", "ll", "won t", "would", "is to", "are to", "is set to", "are set to", "is scheduled",
           "are scheduled", "scheduled for", "is set for", "are set for", "is expected", "are expected", "is due to", "are due to",
           # and what was to come, as seen then: "The cleanup was due to end on November 28"
           "was due to", "were due to", "was scheduled", "were scheduled", "was set to", "were set to", "was to",
           "were to", "was expected to", "were expected to", "was supposed to", "were supposed to",
           "plans to", "plan to", "planned for", "is going to", "are going to", "intends to", "intend to",
           "aims to", "aim to", "hopes to", "hope to", "wants to", "want to", "seeks to", "seek to", "is slated",
           "are slated", "slated for", "must", "has to", "have to", "has until", "have until",
           # a promise of what is to come: "has promised to free the remaining four on December 8"
           "promised to", "promises to", "pledged to", "pledges to", "vowed to", "vows to",
           # what should or is likely to be: "should reopen on Wednesday" (not "could", which
           # denies a past ability as often: "could not attend")
           "should", "likely to", "expects to", "expect to"),
    # and "findet … statt" (takes place), the present news schedules by, and "will"
    # (wants to), "plant", "beabsichtigt", "möchte", what is intended
    "de": ("wird", "werden", "werde", "wirst", "soll", "sollen", "geplant", "findet", "finden", "will", "wollen",
           "plant", "planen", "beabsichtigt", "beabsichtigen", "möchte", "möchten", "muss", "müssen",
           "dürfte", "dürften", "sollte", "sollten", "voraussichtlich"),
    # Dutch news writes what is scheduled in the present passive ("De spelers worden maandag
    # gehuldigd"), its past in werd, werden; and "wil" (wants to), as German "will"
    "nl": ("zal", "zullen", "zult", "gepland", "wordt", "worden", "wil", "willen", "zou", "zouden", "moet", "moeten",
           "verwacht"),
    # and the verbs of wanting, intending and planning to ("veut adopter", "quiere aprobar",
    # "prevé aprobar", "pretende aprovar", "intende approvare"), and of having to, a deadline
    # or a duty still to meet ("doit présenter … vendredi", "muss bis Freitag", "должно до пятницы"), and
    # the time left to meet it ("tienen hasta el viernes para", "têm até sexta-feira", "has until Friday to")
    "fr": ("va", "vont", "sera", "seront", "aura", "auront", "devra", "devront", "devrait", "devraient",
           "prévu", "prévue", "prévus", "prévues", "veut",
           "veulent", "prévoit", "prévoient", "souhaite", "souhaitent", "envisage", "envisagent", "doit", "doivent",
           "a jusqu à", "ont jusqu à"),
    "es": ("va a", "van a", "previsto", "prevista", "previstos", "previstas", "quiere", "quieren", "prevé",
           "prevén", "pretende", "pretenden", "planea", "planean", "debe", "deben", "tiene que", "tienen que", "tiene hasta", "tienen hasta",
           "debería", "deberían", "se espera"),
    "pt": ("vai", "vão", "previsto", "prevista", "previstos", "previstas", "quer", "querem", "prevê", "preveem",
           "pretende", "pretendem", "planeja", "planejam", "deve", "devem", "tem que", "têm que", "tem de",
           "têm de", "tem até", "têm até", "deverá", "deverão", "deveria", "deveriam"),
    "it": ("previsto", "prevista", "previsti", "previste", "dovrà", "dovranno", "dovrebbe", "dovrebbero",
           "vuole", "vogliono", "prevede", "prevedono", "intende",
           "intendono", "deve", "devono", "ha tempo fino a", "hanno tempo fino a"),
    "ca": ("previst", "prevista"),
    "ro": ("va", "vor", "voi", "vom", "veți", "vei", "o să", "urmează", "programat", "programată", "ar trebui",
           "ar urma"),
    "hr": ("će", "ću", "ćemo", "ćete", "ćeš", "neće", "neću", "nećemo", "nećete", "planiran", "planirano",
           "planirana", "zakazan", "zakazano", "zakazana", "očekuje", "očekuju", *_SHOULD_HR),
    "sr": ("će", "ću", "ćemo", "ćete", "neće", "zakazan", "zakazano", "zakazana", "očekuje", "očekuju", *_SHOULD_HR,
           "ће", "ћу", "ћемо", "ћете", "неће", "заказан", "заказано", "заказана", "очекује", "очекују"),
    "bs": ("će", "ću", "ćemo", "ćete", "neće", "zakazan", "zakazano", "zakazana", "očekuje", "očekuju", *_SHOULD_HR),
    "sl": ("bo", "bodo", "bomo", "boste", "bom", "ne bo"),
    "pl": ("będzie", "będą", "będziemy", "zaplanowano", "zaplanowany", "zaplanowane", "zaplanowana", "zamierza",
           "zamierzają", "planuje", "planują", "chce", "chcą", "wchodzi w życie", "wchodzą w życie",
           "ma zostać", "mają zostać", "ma być", "mają być", "powinien", "powinna", "powinno", "powinni", "powinny",
           "zostanie", "zostaną",  # the passive's future: "rozmowy zostaną wznowione w czwartek"
           # and what was to be, as seen then: "sprzątanie miało się zakończyć 28 listopada"
           *(f"{verb} {then}" for verb in ("miał", "miała", "miało", "mieli", "miały") for then in ("się", "zostać", "być"))),
    # and what should or is to be: "by měly být otevřeny ve středu", "mají být otevřeny"
    "cs": ("bude", "budou", "budeme", "naplánováno", "naplánovaný", "naplánovaná", "má být", "mají být", "plánuje",
           "plánují", *(f"by {se}{verb}" for se in ("", "se ") for verb in ("měl", "měla", "mělo", "měli", "měly"))),
    "sk": ("bude", "budú", "budeme", "naplánované", "naplánovaný", "má byť", "majú byť", "plánuje", "plánujú",
           *(f"by {sa}{verb}" for sa in ("", "sa ") for verb in ("mal", "mala", "malo", "mali"))),
    # and the present of the commonest perfectives without a prefix, which the prefix
    # reading below cannot tell ("решат в пятницу", "даст ответ", "станет известно")
    "ru": ("будет", "будут", "состоится", "состоятся", "пройдет", "пройдёт", "пройдут", "назначен", "назначена",
           "назначено", "назначены", "запланирован",
           "запланирована", "запланировано", "запланированы", "ожидается", "ожидаются",
           "решит", "решат", "даст", "дадут", "станет", "станут", "лишит", "лишат", "бросит", "бросят",
           "купит", "купят", "пустит", "пустят", "планирует", "планируют", "намерен", "намерена", "намерено",
           "намерены", "собирается", "собираются", "хочет", "хотят", "вступает в силу", "вступают в силу",
           "должен", "должна", "должно", "должны", "пообещал", "пообещала", "пообещали", "обещает", "обещают"),
    "uk": ("буде", "будуть", "відбудеться", "відбудуться", "запланований", "запланована", "заплановано",
           "призначено", "призначений", "призначена", "призначені", "дасть", "дадуть", "стане", "стануть",
           "планує", "планують", "має намір", "мають намір", "збирається", "збираються", "хоче", "хочуть",
           # the singular of the commonest perfectives in -е, which an adjective's neuter ends
           # on too ("загальне"): "Верховна Рада розгляне законопроєкт у вівторок"
           "розгляне", "підпише", "прийме", "проведе", "почне", "візьме", "відвідає", "надішле"),
    "be": ("будзе", "будуць", "адбудзецца"),
    # and what is set or planned for a day ("е насрочен за 18 март", "е закажан за",
    # "έχει προγραμματιστεί για", "αναμένεται")
    "bg": ("ще", "насрочен", "насрочена", "насрочено", "насрочени", "планиран", "планирана", "планирано",
           "планирани", "предстои", "очаква се"),
    "mk": ("ќе", "закажан", "закажана", "закажано", "закажани", "планиран", "планирана", "планирано", "се очекува"),
    "el": ("θα", "προγραμματιστεί", "προγραμματίζεται", "προγραμματισμένη", "προγραμματισμένο",
           "προγραμματισμένες", "αναμένεται", "αναμένονται", "πρόκειται"),
    # and what is expected or should be: "väntas öppna på onsdag", "ventes at åbne onsdag"
    # and a deadline's present, what is still to come ("fristen löper ut onsdag", "udløber onsdag")
    "sv": ("ska", "skall", "kommer att", "planerad", "planerat", "väntas", "förväntas", "bör", "beräknas", "löper ut",
           "går ut"),
    "da": ("skal", "vil", "planlagt", "ventes", "forventes", "bør", "udløber"),
    "nb": ("skal", "vil", "kommer til å", "planlagt", "ventes", "forventes", "bør", "utløper", "går ut"),
    "hu": ("fog", "fognak", "fogja", "fogják", "fogunk", "majd", "tervezett"),
    "ar": ("سوف", "المقرر", "المرتقب", "المتوقع"),
    # and the present of being held and of doing, which news schedules by ("برگزار می‌شود",
    # "بررسی می‌کند"; the past "برگزار شد", "بررسی کرد", "بررسی می‌کرد")
    "fa": ("خواهد", "خواهند", "خواهیم", "خواهم", "می شود", "می شوند", "می کند", "می کنند"),
    # and what is planned or set for a day ("מתוכנן", "נקבע ל-18 במרץ")
    "he": ("צפוי", "צפויה", "צפויים", "צפויות", "עתיד", "עתידה", "עתידים", "מתוכנן", "מתוכננת", "מתוכננים",
           "נקבע ל", "נקבעה ל"),
    # Sorani's present speaks of what is to come ("بەردەوام دەبێت", will go on; بڕیارە, is
    # to); Pashto's future particle به ("ولسمشر به … وکړي")
    "ckb": ("دەبێت", "دەبن", "دەکرێت", "بڕیارە"),
    "ps": ("به", "ټاکل شوې", "ټاکل شوی"),
    "ur": ("گا", "گی", "گے", "ہوگا", "ہوگی", "ہونگے"),  # and "will be" written as one word
    # Hindi होगा, होगी as words: the endings -ोगा, -ोगी end nouns too (सहयोगी "ally",
    # उपयोगी "useful", योगी, योगा "yoga").
    # and what is expected or about to be: "खुलने की उम्मीद है" (is expected to open), "की संभावना
    # है", "खुलने वाला है" (is about to open); Nepali "खुल्ने अपेक्षा छ", "सम्भावना छ"
    "hi": ("होगा", "होगी", "की उम्मीद है", "की उम्मीद", "की संभावना है", "की संभावना", "वाला है", "वाली है", "वाले हैं"),
    "ne": ("अपेक्षा छ", "अपेक्षा गरिएको छ", "सम्भावना छ", "सम्भावना", "अपेक्षा"),
    "bn": ("হবে", "হবেন", "যাবে", "দেবে", "নেবে", "থাকবে", "আসবে", "পাবে", "চলবে", "বসবে"),
    "id": ("akan", "dijadwalkan", "direncanakan", "berencana", "ingin", "hendak", "diperkirakan", "diharapkan"),
    # Hausa "za" before the pronoun ("za ta amince", will approve), plans and expectations;
    # Yoruba "yóò", "máa" (will)
    "ha": ("za", "zai", "zan", "na shirin", "ana sa ran"), "yo": ("yóò", "yoo", "máa", "ó máa", "gbèrò láti"),
    "ms": ("akan", "dijadualkan", "dijadual", "dirancang", "bercadang", "ingin", "hendak", "dijangka", "dijangkakan"),
    "tl": ("nakatakda",),
    "vi": ("sẽ", "dự kiến"),
    # Finnish and Estonian have no future tense: their present speaks of what is to come
    # ("neuvottelut käydään perjantaina", "koosolek toimub reedel"; the past is "käytiin",
    # "toimus"), so the present of the verbs that schedule is a cue.
    "fi": ("pidetään", "käydään", "järjestetään", "jatketaan", "jatkuu", "jatkuvat", "alkaa", "alkavat", "aiotaan",
           "on määrä", "on tarkoitus", "suunnitellaan", "päättyy", "päättyvät", "umpeutuu", "kokoontuu",
           "kokoontuvat", "tapaavat"),
    "et": ("toimub", "toimuvad", "hakkab", "hakkavad", "algab", "kavandatud", "plaanitud", "kohtuvad",
           "külastavad", "allkirjastavad", "arutavad", "hääletavad", "saabuvad", "kogunevad", "osalevad",
           "sõlmivad", "avavad", "esitavad", "valivad"),
    "lv": ("notiks", "būs", "sāksies", "plānots", "plānota", "paredzēts", "paredzēta", "tiks"),  # "tiks atsāktas"
    "lt": ("vyks", "įvyks", "bus", "prasidės", "planuojama", "numatyta", "numatytas"),
    "sq": ("do të", "do", "pritet", "është planifikuar", "është caktuar"),
    # and what is set or planned ("hefur verið ákveðin 18. mars", "fyrirhuguð", "á að")
    "is": ("mun", "munu", "verður", "verða", "ákveðin", "ákveðinn", "fyrirhuguð", "fyrirhugað", "fyrirhugaður",
           "áætluð", "áætlað", "áætlaður", "á að", "eiga að"),
    # Irish "socraithe" (arranged), "beartaithe" (planned); Welsh "bydd" (will be), "wedi'i
    # drefnu" (arranged), "disgwylir" (is expected); Maltese "se", "ser", "sejjer" (will),
    # "skedat" (scheduled), "ippjanat" (planned), "mistenni" (expected)
    "ga": ("beidh", "socraithe", "beartaithe", "sceidealta"),
    # Somali "la filayaa" (is expected), "doonaa" (will); Igbo "ga" before the verb ("ga-alaghachi",
    # will return), "ga-eme" (will happen)
    "so": ("la filayaa", "filayaa", "doonaa", "doona", "doono", "doonta", "la qabanayaa", "qabsoomi"),
    "ig": ("ga",),
    "cy": ("bydd", "byddant", "byddan", "wedi i drefnu", "wedi i threfnu", "wedi ei drefnu", "wedi ei threfnu",
           "disgwylir", "i fod i"),
    "mt": ("se", "ser", "sejjer", "sejra", "sejrin", "skedat", "skedata", "skedati", "ippjanat", "ippjanata",
           "mistenni", "mistennija"),
    # Turkish plans and expects after the verbal noun ("onaylamayı planlıyor", "yapılması
    # planlanıyor", "artırması bekleniyor"), besides the future ending (_ENDINGS)
    "tr": ("planlıyor", "planlıyorlar", "planlanıyor", "öngörülüyor", "bekleniyor", "bekleniyorlar"),
}
_CUES["nn"] = _CUES["nb"]

# Modal verbs of what may be, as written in lower case: "Putin could accept the
# invitation", "may have accepted", "podría aceptar", "pourrait accepter", "könnte annehmen",
# "может принять" tell no deed ("May", the month, is capitalised). Not "can", whose "can't"
# denies.
_POSSIBLE: dict[str, str] = {
    "en": "could might may", "es": "podría podrían puede pueden", "pt": "poderia poderiam pode podem",
    "fr": "pourrait pourraient peut peuvent", "it": "potrebbe potrebbero può possono", "ca": "podria podrien pot poden",
    "de": "könnte könnten kann können dürfte dürften", "nl": "kan kunnen zou zouden", "ro": "poate putea",
    "ru": "может могут мог могла могли могло", "uk": "може можуть міг могла могли могло",
    "pl": "może mogą mógłby mogłaby mogliby", "cs": "může mohou mohl mohla mohli", "sv": "kan kunde kanske",
}


@lru_cache(maxsize=128)
def possibility_words(language: str | None) -> frozenset[str]:
    """The modal verbs of what may be in ``language``, lower case as written (:data:`_POSSIBLE`)."""
    return frozenset(_POSSIBLE.get(primary_language(language), "").split())


# The word that makes the verb after it an infinitive, which states no deed: "Few expected
# the House to pass the bill" ("failed to pass" is a refusal, and denies it).
_INFINITIVE_MARKERS: dict[str, str] = {"en": "to"}


def infinitive_marker(language: str | None) -> str | None:
    """The folded word of ``language`` that makes the verb after it an infinitive, if it
    has one (:data:`_INFINITIVE_MARKERS`)."""
    return _INFINITIVE_MARKERS.get(primary_language(language))


# The auxiliaries English opens a clause with to suppose what did not happen, as written
# (capitalised, the clause's first word): "Had the House passed the bill, the shutdown would
# have been averted", "Were the House to pass it", "Should the House pass it".
_SUPPOSING: dict[str, str] = {"en": "Had Were Should"}


@lru_cache(maxsize=128)
def supposing_words(language: str | None) -> frozenset[str]:
    """The auxiliaries that open a clause of ``language`` supposing what did not happen, as
    written (:data:`_SUPPOSING`)."""
    return frozenset(_SUPPOSING.get(primary_language(language), "").split())


# Words before a cue that make it a noun: English "the will was read on Monday", "the
# political will", "his last will".
_NOUN_AFTER: dict[str, dict[str, str]] = {
    "en": {"will": "the a an his her their its my our your whose this that political free good ill own last "
                   "popular public s"},
    "nl": {"wil": "de zijn haar hun goede vrije politieke eigen laatste"},
}

# Future endings of verbs, on the word as written (lower case), and the letters the word
# must have before one: Spanish "celebrará", French "rencontrera", Turkish "görüşecek".
_ENDINGS: dict[str, tuple[tuple[str, ...], int]] = {
    "es": (("rá", "rán"), 2),
    "pt": (("rá", "rão"), 2),
    "it": (("rà", "ranno"), 2),
    "ca": (("rà", "ran"), 2),
    "gl": (("rá", "rán"), 2),
    # Azerbaijani, as Turkish: "imzalanacaq", "görüşəcək"
    "az": (("acaq", "əcək", "acaqdır", "əcəkdir", "acaqlar", "əcəklər", "acağı", "əcəyi"), 2),
    "fr": (("era", "eront", "ira", "iront", "dra", "dront"), 3),
    "tr": (("acak", "ecek", "acaktır", "ecektir", "acaklar", "ecekler", "acağı", "eceği", "acağını",
            "eceğini"), 2),
    "hi": (("ेगा", "ेगी", "ेंगे", "ेंगी", "ेँगे", "ोंगे", "एगा", "एगी", "एंगे", "ूंगा", "ूँगा", "ऊंगा"), 1),
    "ne": (("नेछ", "नेछन्", "नेछौं"), 1),
    "pa": (("ੇਗਾ", "ੇਗੀ", "ਣਗੇ", "ਨਗੇ", "ਾਂਗੇ", "ੇਗੇ"), 1),
    # Bengali করবে, করবেন (-বে alone ends হিসেবে "as", ভাবে "-ly", তবে "but"); Marathi
    # होणार, करणार, होईल (not -तील, also "in the": जिल्ह्यातील); Gujarati કરશે, થશે; Tamil
    # வருவார், நடைபெறவுள்ளது ("is to be held"); Telugu జరగనుంది ("is to take place").
    "bn": (("রবে", "বেন"), 1),
    "mr": (("णार", "णारी", "णारा", "णारे", "ईल"), 1),
    "gu": (("શે",), 1),
    # and the present, which Tamil news writes for what is scheduled ("சட்டப்பேரவை
    # வெள்ளிக்கிழமை கூடுகிறது", the Assembly convenes on Friday; the past is "கூடியது")
    # and the passive's future ("அனுசரிக்கப்படும்", will be observed; -ும் alone is also "and");
    # Malayalam's ("ആചരിക്കപ്പെടും"), Kannada's "is to" and passive future ("ನಡೆಯಲಿದೆ",
    # "ಆಚರಿಸಲಾಗುವುದು"), Telugu's present-future ("జరుగుతుంది", the past "జరిగింది")
    "ta": (("வார்", "வார்கள்", "வுள்ளது", "வுள்ளனர்", "வுள்ளார்", "விருக்கிறது", "கிறது", "கிறார்", "கிறார்கள்",
            "கின்றனர்", "கின்றது", "ப்படும்"), 2),
    "ml": (("പ്പെടും", "ാനിരിക്കുന്നു", "ത്തും", "ടക്കും"), 2),  # "നടത്തും", "നടക്കും" (will hold, take place)
    "kn": (("ಲಿದೆ", "ಲಿದ್ದಾರೆ", "ಲಾಗುವುದು"), 2),
    "te": (("నుంది", "నున్నారు", "నున్నాయి", "తుంది", "తారు"), 2),
    # Uzbek and Kazakh present-future: a stem in a vowel, y and -di ("imzolaydi",
    # "o'qiydi", "сайлайды", "қол қояды"), the passive ("o'tkaziladi"), a consonant's -еді
    # ("кездеседі", "өтеді"). Left out, as the past's too: a consonant's -adi, -ады
    # ("sayladi", "сайлады": elected, of a stem in -a), -ydi, -йды after o ("imzo qo'ydi",
    # "қол қойды": signed), -shadi ("yashadi": lived).
    "uz": (("aydi", "aydilar", "iydi", "iydilar", "iladi", "iladilar"), 2),
    "kk": (("айды", "ейді", "яды", "еді"), 2),
    # Latvian's reflexive future ("tiksies", "sāksies"; the present is "tiekas", the past "tikās")
    "lv": (("sies", "šies"), 2),
    # Basque's future participle: -tuko, -duko after the participle's -tu, -du ("ospatuko",
    # "bilduko"), -ngo after its -n ("egingo", "izango"); not -ko alone, a place's genitive
    # too ("Bilboko")
    "eu": (("tuko", "duko", "ngo"), 2),
    # Irish future endings ("tionólfaidh", "osclóidh", "tionólfar": will be held)
    "ga": (("faidh", "fidh", "óidh", "eoidh", "far", "fear"), 3),
}

# Future forms written as a prefix on the verb, on the word as written: Arabic س before
# the present's ي, ت or ن ("وسيعقد", "سيزور", "ستعقد", "سنواصل"), not a noun that begins
# alike (سياسة, سيارة: a long a third; سيطرة, سنوات: the endings of nouns).
_PREFIXED: dict[str, re.Pattern[str]] = {
    "ar": re.compile(r"[وف]?س[يتن][^\Wا]\w{2,}(?<!ة)(?<!ات)(?<!ية)"),
    # Hebrew's future (the imperfect) is a prefix on the verb, and nouns begin with the same
    # letters (ישראל, ישיבה, תיקון, יתרון): read are the shapes only verbs take, with "and",
    # "that" or "when" (ו, ש, כש) written on them ("שתחל ביום ראשון", that begins on Sunday). The nif'al after יי or תי and the hitpa'el after ית or תת, the root's
    # second letter no ו (ייפגש, ייפגשו, תיערך, יתקיים, תתקיים; not ייצור, תיקון, יתרון, whose
    # ו marks a noun); the plural, י, three or four letters and ו (יפגשו, יגיעו, יצביעו; not
    # ישבו, יצאו, "they sat", "went out", nor a noun with "his", ילדיו, יכולתו); and the
    # commonest singular verbs of news (a hand list: one letter more on a noun makes them).
    "he": re.compile(r"(?:ו|ש|וש|כש)?(?:(?:יי|תי)[א-ת][א-הז-ת][א-ת]ו?|(?:ית|תת)[א-ת][א-הז-ת][א-ת]{1,2}ו?"
                     r"|י[א-ת]{3,4}(?<![יתו])ו"
                     r"|יהיו|[ית](?:היה|גיע|בקר|נאם|חתום|ודיע|כריז|חליט|צביע|דון|חזור|פתח|סתיים|חל|חלו))"),
    # Hungarian's definite present third person with its verbal prefix written on it
    # ("pénteken aláírják", "kedden megtartják", "bejelentik", and the singular after a
    # consonant, "pénteken aláírja", "elfogadja"; not its front-vowel -i, an adjective's
    # ending too: "elnöki", "átmeneti"), see _BESIDE; not a superlative
    # in leg- ("legnagyobbik")
    "hu": re.compile(r"(?!leg)(?:alá|meg|el|ki|be|fel|föl|le|át|össze|vissza|rá|újra)\w{2,}"
                     r"(?:ják|jék|(?<=[^\Waáeéiíoóöőuúüű])(?:ik|ja))"),
    # Estonian has no future: news schedules in the present, which is read where no noun
    # or adjective ends alike: the impersonal "-takse", "-dakse" ("valimised peetakse
    # pühapäeval", are held; the past is "peeti"), the third person singular's -b after a
    # vowel ("kohtub", "külastab", "allkirjastab"; the past is "kohtus"; not after o, the
    # name "Jakob"). Its plural's -vad is also an adjective's ("tugevad", strong): the
    # commonest verbs of news are cues above.
    "et": re.compile(r"\w{2,}[td]akse|\w{3,}[aeiuõäü]b"),
    # Lithuanian's future third person ends in -s after the stem's consonant ("susitiks",
    # "vyks", "priims", "surengs", "aptars"), where every noun has a vowel before its -s
    # ("premjeras", "susitikimas", "Vilniaus")
    "lt": re.compile(r"\w{2,}[bcčdfghjklmnprtvzž]s"),
    # Tagalog's future (contemplative) repeats the root's first syllable after the verb's
    # prefix ("magpupulong", "magsasagawa", "isasagawa") or before -in ("gaganapin": will be
    # held); the past and present begin with n ("nagpulong", "nagpupulong", "ginanap"). Not
    # after "ma" ("mamamayan", citizens), nor a noun that begins with a repeated syllable
    # without -in ("lalaki", "sasakyan").
    "tl": re.compile(r"(?:mag|magka|i|ipag|maki|makiki|pag)([bcdfghklmnprstwy]?[aeiou])\1\w{2,}"
                     r"|([bcdfghklmnprstwy]?[aeiou])\2\w+(?<!a)in"),
    # Armenian's future: կ before the verb's vowel and a present subjunctive ending
    # ("տեղի կունենա", "կանցկացվի", "կկայանա"); not a noun in կ ("կառավարություն")
    "hy": re.compile(r"կ(?:ու|ա|կ)\w*(?:վի|վեն|նա|նան|նի|նեն)"),
    # Georgian's future is the present with a preverb; read where a noun cannot end alike:
    # the passive in -ი-…-ება ("გაიმართება", will be held; "გაიხსნება") and in -დება
    # ("ჩატარდება"); not the nouns in -ება ("განცხადება", "მოლაპარაკება")
    "ka": re.compile(r"(?:გადა|გამო|წარ|გა|და|მო|შე|ჩა|წა|მი|ა)(?:ი\w+ება|\w+დება)"),
    # Swahili's future: -ta- between the subject's prefix and a verb, which ends in -a, or
    # for "he", "she" in the -i of a loan too: "utafanyika Ijumaa" (will be held on
    # Friday), "watakutana", "itaanza", "atasafiri"; the past is -li- ("alikutana"). Not a
    # noun of those prefixes and -ta-: "utawala", "watawala" (rule, rulers), "watahiniwa"
    # (candidates), "watalii", "utafiti", "watafiti" (in -i, as a loan's verb ends too:
    # "litajadili", will discuss); nor "kita-", "vita", "mta-" ("kitabu",
    # "vita", "mtandao"), which no verb of news begins with. Denied, ha- (h- before a-) or
    # si- stands before it: "hatakubali", "hawatakuja", "sitakubali" (will not accept);
    # not "hatari", "hatarini" (danger, in danger).
    "sw": re.compile(r"(?:ha|h(?=a))?(?:a|wa|i|u|li|ya|zi|tu|ni|ku)ta(?!wala$|hiniwa$)\w{3,}a"
                     r"|(?:ha|h(?=a))?(?:a|wa|i|li|ya|zi|tu|ni)ta(?!ri|fiti)\w{3,}i|sita\w{3,}[ai]"),
    # Zulu's futures: -zo- and -yo- between the subject's prefix and a verb in -a ("uzoqala",
    # will begin; "bazohlangana", "iyoqala"); not "izolo" (yesterday), which ends in -o
    "zu": re.compile(r"(?:u|ba|si|ngi|i|li|zi|ku|a|lu|bu)(?:zo|yo)\w{2,}a"),
}

# Slavic verbs have no future of their own in the perfective aspect: its present is the
# future ("встретятся в пятницу", "зустрінуться в п'ятницю", "spotkają się w piątek": will
# meet), and news writes the present of either aspect with a weekday alone for what is
# scheduled. Read for reflexive verbs, whose endings no noun has: the Russian and
# Ukrainian third person present in -ся/-ться (not the infinitive, -ться in Russian,
# -тися in Ukrainian; nor the imperfective "сообщается", "является", whose -ается,
# -яется is as often a statement of the present), and in Polish a word with the present's
# endings next to "się" (not the past's -ł, -li: "spotkali się", nor the infinitive's -ć).
_REFLEXIVE_PRESENT: dict[str, re.Pattern[str]] = {
    "ru": re.compile(r"\w{2,}(?:[иё]тся|(?<![ая])ется|(?<![ая])[юя]тся|утся)"),
    "uk": re.compile(r"\w{2,}(?:иться|(?<![ая])еться|(?<![ая])[юя]ться|уться)"),
}
# The present of a perfective verb that is not reflexive is its future too ("подпишут
# соглашение в пятницу", "підпишуть у п'ятницю", "podepíšou v pátek"): read by its prefix,
# which makes most Slavic verbs perfective, and an ending of the third person present that
# the prefixed imperfective (made with -ыва-, -ива-, -ва-, -а-: "подписывают", "открывают")
# does not take. Left out, as imperfective though prefixed: the verbs of going and carrying
# ("проводят", "приходит", "переносят"), of state ("зависит", "состоит", "принадлежит",
# "предстоит", "выглядит") and -ствуют; Russian -ат only after ж, ш, ч, щ ("получат", not
# the genitive "выплат", "затрат"); the nouns that look like such a verb ("отчёт", "ответ",
# "совет"), a hand list; in Polish, whose present shares most endings with nouns' cases
# ("umową", "wybory"), only the endings no noun has (below). Not read: perfectives without
# a prefix ("решат", "дадут").
_SLAVIC_PREFIXES = {
    "ru": "пере|пред|подо|обо|ото|воз|вос|раз|рас|под|над|при|про|вз|вс|вы|до|за|из|ис|на|об|от|по|со|"
          "[всуо](?=[бвгджзклмнпрстфхцчшщ])",
    "uk": "пере|пред|роз|під|над|при|про|вис|ви|до|за|із|на|об|від|по|з|с|у|в(?=[бвгджзклмнпрстфхцчшщ])",
    "cs": "pode|před|pře|při|pro|roz|nad|pod|ode|vy|do|za|na|ob|od|po|se|ze|u|s(?=[bcčdďfghklmnňprřštťvzž])"
          "|z(?=[bcčdďfghklmnňprřštťvž])|v(?=[bcčdďfghklmnňprřsštťzž])",
    "sk": "pod|pre|pri|roz|nad|vy|do|za|na|ob|od|po|u|s(?=[bcčdďfghklľmnňprštťvzž])|z(?=[bcčdďfghklľmnňprštťvž])",
    "be": "пера|пад|над|пры|пра|раз|рас|за|на|вы|да|ад|аб|з|с|у|ў(?=[бвгджзклмнпрстфхцчшў])",
    "pl": "przed|prze|przy|pod|roz|nad|od|ob|wy|do|za|na|po|u|o|s(?=[^aąeęioóuy])|z(?=[^aąeęioóuy])"
          "|w(?=[^aąeęioóuy])",
}
_IMPERFECTIVE_STEMS = "ход|вод|нос|воз|вис|віс|леж|сто|гляд|сид|сід|ств"
_PERFECTIVE_ENDINGS = {
    # third person plural and singular of both conjugations, not after the vowel of -ают, -яют
    "ru": r"(?:(?<![аяеиоы])[ую]т|(?<=у)ют|(?<![аяеиоы])[её]т|(?<=у)ет|(?<![аяеиоуы])ит|(?<=[жшчщ])ат"
          r"|(?<![аяеиоуы])ят)",
    "uk": r"(?:(?<![аяеиоіїє])[ую]ть|(?<=у)ють|(?<![аяеиоуіїє])ить|(?<=[жшчщ])ать|(?<![аяеиоуіїє])ять)",
    # Czech -šou, -žou (podepíšou), -ší, -ží (podepíší, not the comparative -jší), -í after l,
    # v, j (schválí, navštíví, zahájí; not the nouns -ní, -tí, -ctví, nor "pondělí")
    "cs": r"(?:[šž]ou|(?<!j)[šž]í|(?<!ct)(?<!dě)[lv]í|(?<=[aáeé])jí)",
    # Slovak -šu, -žu (podpíšu), -li, -vi, -lia, -via (schváli, schvália, navštívi; not the
    # past -ali, -ili: "schválili")
    "sk": r"(?:[šž]u|(?<![aeiouy])l[ií]a?|v[ií]a?)",
    "be": r"(?:(?<![аяеоуыэёюі])[ую]ць|(?<=у)юць|(?<![аяеоуыэёюі])іць|(?<=[жшчр])аць|(?<![аяеоуыэёюі])яць)",
    # Polish only where no noun or adjective ends alike: the plural -szą, -żą, -czą, -rzą
    # (podpiszą, obniżą, zakończą, otworzą; not the comparative "wyższą", "późniejszą") and
    # "-pisze" (podpisze); the instrumental of nouns ("umową", "podróżą" aside), the plural
    # "-y" ("wybory", "rozmowy") and the singular "-e" are not read.
    # and the singular in -i after a consonant no noun's case or participle ends on there:
    # -si, -wi, -dzi, -ci, -ni ("ogłosi", "przedstawi", "zatwierdzi", "odrzuci", "zwolni";
    # not the imperfective "wynosi", "prowadzi", "przychodzi", nor "-ości", "-ani", "-eni");
    # and -uje, -ują after a prefix where the verb is one in -ować, whose prefix makes it
    # perfective: of "głosować", "planować", "finansować" and the loans in -izować,
    # -entować, -ikować ("zagłosują", "przegłosuje", "zaprezentują", "opublikuje"; not the
    # imperfective of a verb in -ywać, "podpisują", nor "obowiązuje")
    "pl": r"(?:(?<![żj])szą|(?<!ró)żą|czą|rzą|pisze|(?<!no)si|wi|(?<![hw]o)(?<!wa)dzi|(?<!oś)ci"
          r"|(?<![aeoóyi])ni|(?:(?<=głos)|(?<=plan)|(?<=finans)|(?<=[iy]z)|(?<=ent)|(?<=ik))uj[eą])",
}
_LOOKALIKE_NOUNS = {
    "ru": "отчет отчёт ответ учет учёт расчет расчёт подсчет подсчёт пересчет совет привет предмет полет полёт "
          "вылет прилет перелет взлет запрет обет завет рассвет просвет пролет пролёт",
}


def _perfective_present(language: str) -> str | None:
    prefixes = _SLAVIC_PREFIXES.get(language)
    if prefixes is None:
        return None
    nouns = "|".join(_LOOKALIKE_NOUNS.get(language, "").split()) or "(?!)"
    return (rf"(?!(?:{nouns})$)(?!\w*(?:{_IMPERFECTIVE_STEMS})[уюияаеёі]?[уюияаеёі](?:ть?|ць)$)"
            rf"(?:{prefixes})\w+{_PERFECTIVE_ENDINGS[language]}")


# (and the words beside the particle that tell a past, whose clause is none of the future:
# "zakończyła się akcja", the rescue ended, where "akcja" ends as "zakończy" would)
_BESIDE_PAST: dict[str, re.Pattern[str]] = {"pl": re.compile(r"\w+(?:ł|ła|ło|ły|li|łem|łam|łeś|łaś|liśmy|łyśmy)")}
_BESIDE: dict[str, tuple[str, re.Pattern[str]]] = {
    # (not a noun or adjective in the instrumental plural: "zakończyła się wzrostami")
    "pl": ("się", re.compile(r"\w{3,}(?:ą|(?<![łl])[eya]|(?<![łlm])i)")),
    # Hungarian news writes what is scheduled in the present: read where the verb is in the
    # definite third person plural with its prefix apart, as it stands after a day in focus
    # ("a megállapodást pénteken írják alá", "kedden tartják meg"); written on it, see
    # _PREFIXED. The indefinite present ("pénteken szavaznak") and the singular, whose
    # endings nouns share, are not read.
    "hu": ("alá meg el ki be fel föl le át össze vissza rá újra", re.compile(r"\w{2,}(?:ják|jék|(?<=[^\Waáeéiíoóöőuúüű])ik)")),
}

# Scripts written without spaces: the cue's letters anywhere in the clause.
_LETTERS: dict[str, tuple[str, ...]] = {
    "zh": ("将", "將", "计划", "計劃", "预计", "預計"),
    "yue": ("将", "將", "計劃", "預計"),
    "ja": ("予定", "見通し"),
    "ko": ("예정",),
    "th": ("จะ", "มีกำหนด"),
    "lo": ("ຈະ",),
    "km": ("នឹង",),
    "my": ("မည်", "မယ်"),
}

# Languages that put the verb last: a cue after the day rules it.
_VERB_LAST = frozenset({"tr", "ja", "ko", "hi", "ur", "fa", "ne", "pa", "my", "az", "uz", "kk", "hu",
                        "bn", "mr", "gu", "ta", "te", "si", "ckb", "ps", "eu", "ml", "kn", "or", "as", "am", "mn"})

# Languages whose verb, after its auxiliary, closes the clause (the verbal bracket): a
# participle of scheduling after the day rules it ("Die Abstimmung ist für Freitag geplant",
# "De stemming is voor vrijdag gepland").
_BRACKET = frozenset({"de", "nl"})


def verb_comes_last(language: str | None) -> bool:
    """Whether ``language`` puts the verb at its clause's end (Turkish, Japanese, Hindi,
    Persian, ...)."""
    return primary_language(language) in _VERB_LAST


# Words that open another clause; on the day's far side also "and" (_AND).
_OPENERS: dict[str, str] = {
    "en": "that which who whom whose because although though while whereas when what where how why",
    "de": "dass daß weil obwohl während als nachdem bevor was wo wie warum",
    "nl": "dat die omdat hoewel terwijl toen nadat voordat",
    "fr": "que qu qui lorsque quand parce puisque",
    "es": "que quien cuando porque aunque mientras",
    "pt": "que quem quando porque embora enquanto",
    "it": "che chi quando perché sebbene mentre",
    "ca": "que qui quan perquè",
    "ro": "că care când deoarece",
    "hr": "da koji koja koje kad kada jer dok", "bs": "da koji koja koje kad kada jer dok",
    "sr": "da koji koja koje kad kada jer dok да који која које кад када јер док",
    "sl": "da ki ko ker",
    "pl": "że który która które kiedy gdy ponieważ",
    "cs": "že který která které když protože", "sk": "že ktorý ktorá ktoré keď pretože",
    "ru": "что который которая которое которые когда потому", "uk": "що який яка яке які коли",
    "bg": "че който която което които когато", "mk": "дека кој која кое кои кога",
    "el": "ότι οποίος οποία οποίο που όταν επειδή",
    "sv": "att som när eftersom", "da": "at som når da fordi", "nb": "at som når da fordi",
    "hu": "hogy aki ami amely amikor mert miután",
    "id": "bahwa yang ketika karena", "ms": "bahawa yang ketika kerana",
    "vi": "rằng mà khi vì", "tl": "na nang dahil",
    "ar": "أن الذي التي عندما لأن", "fa": "که وقتی چون", "he": "ש כי אשר כאשר",
    "tr": "ki", "hi": "कि जो जब क्योंकि", "ur": "کہ جو جب",
    "fi": "että joka jotka kun koska", "et": "et kes mis kui sest", "lv": "ka kas kad jo",
    "lt": "kad kuris kuri kai nes", "sq": "se që kur sepse",
}
_AND: dict[str, str] = {
    "en": "and but", "de": "und aber", "nl": "en maar", "fr": "et mais", "es": "y e pero", "pt": "e mas",
    "it": "e ed ma", "ca": "i però", "ro": "și iar dar", "hr": "i te a ali", "bs": "i te a ali",
    "sr": "i te a ali и те а али", "sl": "in ter a ampak", "pl": "i oraz a ale", "cs": "a ale", "sk": "a ale",
    "ru": "и а но", "uk": "і й та а але", "bg": "и а но", "mk": "и а но", "el": "και αλλά", "sv": "och men",
    "da": "og men", "nb": "og men", "hu": "és de", "id": "dan tetapi", "ms": "dan tetapi", "vi": "và nhưng",
    "tl": "at pero", "ar": "و لكن", "fa": "و اما", "he": "ו אבל", "tr": "ve ama", "hi": "और लेकिन",
    "ur": "اور لیکن", "fi": "ja mutta", "et": "ja aga", "lv": "un bet", "lt": "ir bet", "sq": "dhe por",
    "az": "və amma lakin", "ckb": "و بەڵام", "ps": "او خو", "uz": "va lekin ammo", "kk": "және бірақ", "ky": "жана бирок",
    "mn": "ба харин", "hy": "և ու բայց", "ka": "და მაგრამ", "am": "እና ግን", "sw": "na lakini", "ha": "da amma",
    "bn": "এবং আর কিন্তু", "ne": "र तर", "ta": "மற்றும் ஆனால்",
}
# Endings of a verb that closes a clause of its own before the main one, where the verb
# comes last: Turkish "-ken" (while) on the aorist, the perfect or the future ("CHP teklife
# karşı oy kullanırken AK Parti teklifi destekledi": while the CHP voted against, the AK
# Party backed it), "-arak" (by doing); Azerbaijani "-arkən", "-araq". Each: the endings,
# and the letters a word needs (Turkish "erken", early, is no verb).
_CLOSING_ENDINGS: dict[str, tuple[tuple[str, ...], int]] = {
    "tr": (("rken", "şken", "kken", "yken", "arak", "erek"), 6),
    "az": (("rkən", "araq", "ərək"), 6),
}
# CLDR reads Tagalog as Filipino ("fil"), the code the date reader asks with
_CUES["fil"], _PREFIXED["fil"], _OPENERS["fil"], _AND["fil"] = _CUES["tl"], _PREFIXED["tl"], _OPENERS["tl"], _AND["tl"]
_FRONTED = 2  # words before the day in its clause for it to open the clause ("On Friday", "Am Freitag")
_ALONE = 3    # words of a clause that is only the day ("On Friday," "Am Freitag,")
# Punctuation that ends a clause (not the apostrophe of "won't" nor the hyphen of a word).
_BOUNDARY = re.compile(rf"[{CLAUSE_MARKS}!?()\[\]{{}}«»\"“”„‹›—–。！？।॥۔]|\s-\s")
_APOSTROPHE_BOUNDARY = re.compile(r"(?<![\w])['‘’]|['‘’](?![\w])")


@dataclass(frozen=True)
class _Cues:
    phrases: tuple[tuple[str, ...], ...]
    prefixed: re.Pattern[str] | None
    endings: tuple[str, ...]
    stem: int
    letters: tuple[str, ...]
    openers: frozenset[str]
    ands: frozenset[str]
    verb_last: bool
    nouns: tuple[tuple[str, frozenset[str]], ...] = ()  # a cue and the words that make it a noun
    beside: tuple[frozenset[str], re.Pattern[str], re.Pattern[str] | None] | None = None  # particles, the verb forms next to one, the pasts
    saying: frozenset[str] = frozenset()  # verbs of saying: a cue before one is its speaker's
    letter_keys: tuple[tuple[str, ...], ...] = ()  # the letters' folded keys, a word each ("見通し": 见, 通, し)
    bracket: bool = False  # a cue may close the clause after its day (German "ist für Freitag geplant")
    # cues of one word that fold as a past does, as written: Urdu "گی" (will, feminine) and
    # "گیا" (went, the past's auxiliary) both fold to "gy", as its alef is left out
    as_written: dict[tuple[str, ...], str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.phrases or self.prefixed or self.endings or self.letters or self.beside)


@lru_cache(maxsize=128)
def _cues(language: str) -> _Cues:
    from ..facts.dates import reporting_verbs

    endings, stem = _ENDINGS.get(language, ((), 0))
    return _Cues(
        phrases=tuple(tuple(fold(w) for w in phrase.split()) for phrase in _CUES.get(language, ())),
        prefixed=_PREFIXED.get(language) or _present_as_future(language), endings=endings, stem=stem,
        letters=_LETTERS.get(language, ()),
        openers=frozenset(fold(w) for w in _OPENERS.get(language, "").split()),
        ands=frozenset(fold(w) for w in _AND.get(language, "").split()),
        verb_last=language in _VERB_LAST,
        nouns=tuple((fold(cue), frozenset(fold(w) for w in words.split()))
                    for cue, words in _NOUN_AFTER.get(language, {}).items()),
        beside=(frozenset(fold(w) for w in _BESIDE[language][0].split()), _BESIDE[language][1],
                _BESIDE_PAST.get(language)) if language in _BESIDE else None,
        saying=reporting_verbs(language),
        letter_keys=tuple(tuple(fold(letter) for letter in letters) for letters in _LETTERS.get(language, ())),
        bracket=language in _BRACKET,
        as_written=_folded_as_pasts(language),
    )


def _folded_as_pasts(language: str) -> dict[tuple[str, ...], str]:
    """The future cues of one word of ``language`` that fold as one of its past cues
    (:data:`_PAST`), with their spelling."""
    pasts = {fold(word) for word in _PAST.get(language, ())}
    return {(fold(cue),): cue.casefold() for cue in _CUES.get(language, ()) if " " not in cue and fold(cue) in pasts}


def _present_as_future(language: str) -> re.Pattern[str] | None:
    """The Slavic presents that speak of the future: reflexive, or perfective by a prefix."""
    forms = [form for form in (_REFLEXIVE_PRESENT.get(language), _perfective_present(language)) if form]
    if not forms:
        return None
    return re.compile("|".join(f"(?:{form if isinstance(form, str) else form.pattern})" for form in forms))


def _hangul_with_final(final: int) -> str:
    """The Hangul syllables whose final consonant is the ``final``-th (ㄴ 4, ㄹ 8, ㅂ 17, ㅆ 20)."""
    return "".join(chr(c) for c in range(0xAC00 + final, 0xD7A4, 28))


# Japanese and Korean end a sentence with its verb, and their non-past form speaks of what
# is to come where it dates an event ("選挙は日曜日に行われる。", "선거는 일요일에 치러진다.":
# will be held; the past "行われた", "치러졌다"). Read on the verb that ends the sentence of
# the day, after it, with its full stop (a headline's verb may tell the past): Japanese
# -u forms and -masu, not the progressive "-ている", "いる", nor a report, "という",
# "とされる", "とみられる"; Korean -ㄴ다, -는다 (the syllable before 다 ending in ㄴ:
# "열린다", "한다", "된다"), and "… 것이다", "예정이다", "전망이다" (is expected).
_SYLLABLES_IN_N = _hangul_with_final(4)
_FINAL_NON_PAST: dict[str, re.Pattern[str]] = {
    "ja": re.compile(r"[^。！？\n]*?(?<![てでい])(?<!とい)(?<!とされ)(?<!とみられ)(?:[るうくすつぬぶむぐ]|ます)[。]"),
    "ko": re.compile(r"[^.。!?\n]*?(?:[\uac00-\ud7a3](?<=[" + _SYLLABLES_IN_N + r"])다|것이다|예정이다|전망이다)[.。]"),
}

# Korean puts the verb of a day after it, and its first verb there is the day's, a
# reported one too ("화요일 회의를 열었다고 밝혔다": held on Tuesday, they said; "금요일
# 회의를 연다고 밝혔다": will hold on Friday): a past written with ㅆ ("열었다", "했다고",
# "됐으며"; not 있 "there is" nor 겠, which is "will"), or a non-past that speaks of what is
# to come: -ㄴ다, -는다 ("연다고"), -ㅂ니다 ("열립니다"), 겠, and a verb in -ㄹ before
# 것, 예정, 계획, 방침, 전망 ("열 예정", "출시할 계획": is to, plans to). Read in the
# sentence of the day; the first such verb tells, past or future, before any cue of the
# clause ("예정대로 … 열었다": held as scheduled).
_FIRST_VERB: dict[str, re.Pattern[str]] = {
    # Japanese likewise, where the verb is followed by what marks its end (a quote's と, ため
    # "in order to", a full stop or comma; 予定, 方針, 計画 after a non-past): "金曜日に訪米
    # すると発表した" (will visit on Friday, it announced), "火曜日に会談したと" (met on
    # Tuesday); not the progressive "-ている", nor "として" (as). A day with a comma after it
    # dates the verb that ends the sentence ("水曜日、金利を据え置くと発表した": announced on
    # Wednesday); nor "によると" (according to), which says whose report it is
    "ja": re.compile(r"(?![、,])[^。！？\n]*?(?:(?P<past>(?<=[しっいんえれきけせめべてねみりちびぎじ])[ただ](?=[と。、がの]))"
                     r"|(?P<future>(?<![てでい])(?<!によ)(?:[るうくすつぬぶむぐ]|ます)(?=と(?!し)|ため|予定|方針|計画|見通し)))"),
    "ko": re.compile(
        r"[^.。!?\n]*?(?:(?P<past>[" + _hangul_with_final(20).replace("있", "").replace("겠", "") + r"])"
        r"|(?P<future>겠|[" + _SYLLABLES_IN_N + r"]다|[" + _hangul_with_final(17) + r"]니다"
        r"|[" + _hangul_with_final(8) + r"] (?:것|예정|계획|방침|전망)))"),
}


# A Korean day after a clause that describes it ("당초 예정됐던 금요일 파업을 철회했다": called
# off the strike that had been set for Friday) is a noun's, not the sentence verb's: where
# that clause schedules, with 예정 or 계획 and an adnominal ending (-ㄴ, -던: "예정된",
# "예정됐던", "예정인"), the day is one to come, whatever the verb after it did.
_DESCRIBED_REACH = 12  # characters before the day where such a clause's last word ends
_SCHEDULED_BEFORE: dict[str, re.Pattern[str]] = {
    "ko": re.compile(r"(?:예정|계획)\w*(?:[" + _SYLLABLES_IN_N + r"]|던)\s+$"),
}


def is_future(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the clause of ``text`` that holds ``text[start:end]`` (a day) speaks of the
    future, by the first verb after it where that tells (:data:`_FIRST_VERB`), a future
    cue of ``language`` that rules it (see the module's text), or a non-past verb that
    ends its sentence (:data:`_FINAL_NON_PAST`)."""
    base = primary_language(language)
    described = _SCHEDULED_BEFORE.get(base)
    if described is not None and described.search(text, max(0, start - _DESCRIBED_REACH), start):
        return True
    first = _FIRST_VERB.get(base)
    if first is not None:
        verb = first.match(text, end)
        if verb is not None:
            return verb.group("future") is not None
    final = _FINAL_NON_PAST.get(base)
    if final is not None and final.match(text, end):
        return True
    return _rules_day(_cues(base), text, start, end)


def _rules_day(cues: _Cues, text: str, start: int, end: int) -> bool:
    """Whether a cue of ``cues`` rules the day ``text[start:end]`` in its clause, or in the
    next one where the day stands alone before a comma ("On Friday, the leaders will
    meet", "By Friday, 300 people had died")."""
    if not cues:
        return False
    left, right = _clause(text, start, end)
    if _rules(cues, text, left, right, start, end):
        return True
    if _alone(text, left, right):
        next_left, next_right = _clause(text, right + 1, right + 1)
        return _rules(cues, text, next_left, next_right, next_left, next_left)
    return False


def _alone(text: str, left: int, right: int) -> bool:
    """Whether the clause ``text[left:right]`` of a day is the day alone before a comma that
    opens its sentence ("On Friday, the leaders will meet"), not one set between commas,
    which is its own ("The ceasefire, agreed on Tuesday, is due to take effect")."""
    return (right < len(text) and len(token_columns(text[left:right])[0]) <= _ALONE
            and not text[:left].rstrip().endswith((",", "،", "，")))


# Past cues, where a word is yesterday or tomorrow alike (Hindi and Punjabi "kal", see
# checker.facts.date_words.TENSED_DAYS), or a weekday after "this" the last one or the
# next ("The vote was held this Sunday"): auxiliaries and the past forms of the commonest
# verbs, whole words. ("की" is also "of", "ली" and "दी" parts of names: left out.)
_PAST: dict[str, tuple[str, ...]] = {
    # the past of "be", "have" and "do", which the passive, the past perfect and a denied
    # past take ("was held", "had met", "did not vote")
    "en": ("was", "were", "had", "did",
           # and the irregular pasts of news (the regular ones by _PAST_ENDINGS)
           "took", "held", "began", "met", "came", "went", "won", "lost", "fell", "rose", "struck", "broke", "saw",
           "gave", "got", "made", "found", "led", "ran", "sank", "shot", "said", "told", "sent", "brought", "sold",
           "paid", "spent", "built", "became", "grew", "drew", "threw", "flew", "wrote", "spoke", "chose", "stole",
           "drove", "fought", "caught", "taught", "thought", "meant", "won", "swore", "tore", "wore", "froze"),
    "hi": ("था", "थी", "थे", "थीं", "गया", "गई", "गए", "गयी", "गये", "किया", "किये", "दिया", "हुआ", "हुई",
           "हुए", "कहा", "बताया"),
    # Bengali: the perfect and the past of "be", "do", "say", "go" (the simple past of
    # news, বলেন, করেন, is also the present: left out)
    "bn": ("হয়েছে", "হয়েছিল", "হয়েছিলেন", "হলো", "হল", "ছিল", "ছিলেন", "করেছে", "করেছেন", "করেছিল",
           "বলেছেন", "বলেছে", "গেছে", "গিয়েছিল", "দিয়েছে", "দিয়েছেন", "জানিয়েছেন", "জানিয়েছে"),
    # Urdu: "کی" is also "of", left out
    "ur": ("تھا", "تھی", "تھے", "تھیں", "گیا", "گئی", "گئے", "گئیں", "کیا", "کیے", "کئے", "دیا", "دی", "ہوا", "ہوئی",
           "ہوئے", "کہا", "بتایا", "لیا"),
    # the words of a done deed where the verb takes no tense (_TENSELESS)
    "id": ("telah", "sudah", "sempat"),
    "ms": ("telah", "sudah", "sempat"),
    "vi": ("đã",),
    "pa": ("ਸੀ", "ਸਨ", "ਗਿਆ", "ਗਈ", "ਗਏ", "ਗਈਆਂ", "ਕੀਤਾ", "ਕੀਤੀ", "ਕੀਤੇ", "ਕੀਤੀਆਂ", "ਹੋਇਆ", "ਹੋਈ", "ਹੋਏ",
           "ਪਿਆ", "ਪਈ", "ਪਏ", "ਪਈਆਂ", "ਦਿੱਤਾ", "ਦਿੱਤੀ", "ਕਿਹਾ", "ਲਾਇਆ"),
    # Swedish, Danish and Norwegian, where "på" before a bare weekday makes it the coming one
    # but a past the last ("Riksdagen röstade på onsdag"): the past of "be", "have",
    # "become", "say" and of the strong verbs of news (the weak ones by _PAST_ENDINGS)
    "sv": ("var", "hade", "blev", "sa", "sade", "höll", "hölls", "beslöt", "tog", "fick", "gick", "kom", "gav",
           "vann", "valde", "gjorde", "godkände", "skrev", "sköt", "dog", "föll", "drog", "slog"),
    "da": ("var", "havde", "blev", "sagde", "holdt", "vedtog", "tog", "fik", "gik", "kom", "gav", "vandt", "valgte",
           "stemte", "mødte", "mødtes", "skrev", "døde", "faldt"),
    "nb": ("var", "hadde", "ble", "sa", "holdt", "vedtok", "tok", "fikk", "gikk", "kom", "ga", "vant", "valgte",
           "stemte", "møtte", "møttes", "skrev", "døde", "falt"),
}
_PAST["nn"] = _PAST["nb"]
# The Romance languages: the auxiliaries of the perfect and the pluperfect, and the past of
# "be" that the passive takes ("ha suspendido", "fue detenido", "a été prélevé", "è stato",
# "va signar", Catalan's periphrastic past); the simple pasts by _PAST_ENDINGS. French "a"
# only as written: "à" folds alike.
_PAST.update({
    "es": ("ha", "han", "había", "habían", "hubo", "fue", "fueron", "dio", "dieron", "hizo", "hicieron", "tuvo",
           "tuvieron", "estuvo", "estuvieron", "puso", "pusieron"),
    "pt": ("foi", "foram", "tinha", "tinham", "houve", "teve", "tiveram"),
    "gl": ("foi", "foron", "tiña", "tiñan", "houbo"),
    "it": ("ha", "hanno", "aveva", "avevano", "fu", "furono", "era", "erano", "è stato", "è stata", "sono stati",
           "sono state"),
    "ca": ("va", "van", "ha", "han", "havia", "havien", "fou", "foren"),
    "fr": ("a", "ont", "avait", "avaient", "était", "étaient", "fut", "furent", "eut", "eurent"),
    "ro": ("fost", "avea", "aveau", "era", "erau"),  # "a fost", "au fost": not "a", also "of" and "to"
    # the past of "be" in Czech and Slovak, shorter than the participles _PAST_ENDINGS reads
    # ("Vzorek byl odebrán 19. února")
    "cs": ("byl", "byla", "bylo", "byli", "byly"), "sk": ("bol", "bola", "bolo", "boli", "boly"),
    "bg": ("беше", "бяха", "бил", "била", "било", "били"),
    # South Slavic "was" and the commonest short participles in -o ("Sud je odluku donio",
    # "bio je"), shorter than the stem _PAST_ENDINGS asks
    **{language: ("bio", "bila", "bilo", "bili", "bile", "donio", "rekao", "uzeo", "dao", "došao", "otišao")
       for language in ("hr", "bs")},
    "sr": ("bio", "bila", "bilo", "bili", "bile", "doneo", "donio", "rekao", "uzeo", "dao", "došao", "otišao",
           "био", "била", "било", "били", "биле", "донео", "рекао", "узео", "дао", "дошао", "отишао"),
    "sl": ("bil", "bila", "bilo", "bili", "bile"),
})
# German and Dutch: the auxiliaries of the perfect and the passive's past, and the commonest
# strong pasts of news (the weak ones, "-te", "-de", see _PRESENT_SCHEDULES)
_PAST.update({
    "de": ("hat", "haben", "hatte", "hatten", "war", "waren", "wurde", "wurden", "beschloss", "beschlossen", "kam",
           "kamen", "gab", "gaben", "trat", "traten", "traf", "trafen", "sprach", "sprachen", "entschied",
           "entschieden", "hielt", "hielten", "nahm", "nahmen", "ging", "gingen", "fand", "fanden", "begann",
           "begannen", "unterschrieb", "unterschrieben", "wies", "zog", "stieg", "fiel", "starb"),
    "nl": ("heeft", "hebben", "had", "hadden", "was", "waren", "werd", "werden", "besloot", "besloten", "kwam",
           "kwamen", "gaf", "gaven", "nam", "namen", "ging", "gingen", "vond", "vonden", "begon", "begonnen",
           "sprak", "spraken", "trof", "troffen", "hield", "hielden"),
})
# The endings of the weak past where no noun ends alike, and the letters before one:
# Swedish "röstade", "meddelades", "ledde"; Danish "besluttede", "præsenterede"
# (Norwegian's "-et", "-te" end nouns too: "Stortinget", "møte").
_PAST_ENDINGS: dict[str, tuple[tuple[str, ...], int]] = {
    "sv": (("ade", "ades", "dde", "ddes"), 2),
    "da": (("ede", "edes"), 3),
    # English "-ed" after a consonant or "i" ("inspected", "carried"; not "indeed", "speed")
    "en": (tuple(letter + "ed" for letter in "bcdfghklmnprstvwxzi"), 3),
    # the Slavic past, a participle in -l: "kontrola proběhla 12. března", "kontrola odbyła się 12
    # marca", "проверка прошла 12 марта" (after a stem of four letters: not "škola", "школа")
    **{language: (("la", "lo", "li", "ly", "l"), 4) for language in ("cs", "sk")},
    # and the impersonal past, "pobrano 19 lutego" (was taken), "zatrzymano", "podjęto"
    "pl": (("ła", "ło", "li", "ły", "ł", "ano", "ono", "ęto"), 3),
    "bg": (("ла", "ло", "ли"), 4),  # "решила", "взели" (stem of four letters: not "коли", cars)
    # Hungarian's plural past and a stem's t before the past's ("vettek", "vették", "döntött";
    # not "-ott", "-ett" alone: "mellett", "alatt", "között" are postpositions)
    "hu": (("ttek", "ttak", "tték", "tták", "tott", "tett", "tött"), 2),
    # the simple past of the Iberian languages, as written: "suspendió", "firmaron", "assinou",
    # "decidiu", "recolleron"; Italian's "-arono" ("firmarono")
    "es": (("ó", "aron", "ieron"), 3), "pt": (("ou", "aram", "eram", "iram", "iu"), 3),
    "gl": (("ou", "aron", "eron", "iron", "iu"), 3), "it": (("arono", "erono", "irono"), 2),
    **{language: (("la", "lo", "li", "le"), 4) for language in ("hr", "bs", "sl")},
    "sr": (("la", "lo", "li", "le", "ла", "ло", "ли", "ле"), 4),
    **{language: (("ла", "ло", "ли", "лся", "лась", "лось", "лись"), 4) for language in ("ru", "uk", "be")},
}


@lru_cache(maxsize=128)
def _past_cues(language: str) -> _Cues:
    future = _cues(language)
    endings, stem = _PAST_ENDINGS.get(language, ((), 0))
    return _Cues(phrases=tuple(tuple(fold(w) for w in phrase.split()) for phrase in _PAST.get(language, ())),
                 prefixed=None, endings=endings, stem=stem,
                 letters=(), openers=future.openers, ands=future.ands, verb_last=future.verb_last,
                 saying=future.saying, as_written=_PAST_AS_WRITTEN.get(language, {}))


_PAST_AS_WRITTEN: dict[str, dict[tuple[str, ...], str]] = {"fr": {("a",): "a"}}


def past_word(key: str, language: str | None) -> bool:
    """Whether folded ``key`` may be a verb in the past of ``language`` by its form (:data:`_PAST`,
    :data:`_PAST_ENDINGS`, after a stem a letter shorter than a clause's cue needs): "ended",
    "struck", "proběhla"."""
    cues = _past_cues(primary_language(language))
    return ((key,) in cues.phrases and (key,) not in cues.as_written) or any(
        key.endswith(ending) and len(key) - len(ending) >= cues.stem - 1 for ending in cues.endings)


def is_past(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the clause of ``text`` that holds ``text[start:end]`` speaks of the past,
    by a past cue of ``language`` that rules it, as :func:`is_future` reads the future."""
    return _rules_day(_past_cues(primary_language(language)), text, start, end)


# The conditional, the mood of what would be: its auxiliaries and particles ("would",
# "würden", Slavic "bi", "by", "бы") and the endings it writes on the verb (French
# "parlerions", Italian "parleremmo", Spanish "estaríamos", Hungarian "beszélnénk"; Polish
# writes the particle on the past, "mówilibyśmy"). "Sans cette évacuation, nous parlerions
# aujourd'hui de dizaines de morts": today is no day of the evacuation, nor of anything.
_CONDITIONAL: dict[str, str] = {
    "en": "would", "de": "würde würden würdest wäre wären hätte hätten", "nl": "zou zouden",
    "sl": "bi", "hr": "bi bih bismo biste", "bs": "bi bih bismo biste", "sr": "bi bih bismo biste би",
    "cs": "by bych bychom byste bys", "sk": "by", "pl": "by byśmy byście bym byś", "ru": "бы", "uk": "б би",
    "be": "б бы", "bg": "би бих бихме", "ro": "ar aș", "hu": "volna", "sv": "skulle", "da": "ville", "nb": "ville",
}
_CONDITIONAL_ENDINGS: dict[str, tuple[tuple[str, ...], int]] = {
    "fr": (("rions", "riez", "raient", "rait", "rais"), 3),
    "it": (("rebbe", "rebbero", "remmo", "reste", "rei"), 3),
    "es": (("ríamos", "rían", "ría", "rías"), 2), "pt": (("ríamos", "riam"), 2),
    "hu": (("nánk", "nénk", "nának", "nének", "nék", "nák"), 3),
    "pl": (("libyśmy", "łybyśmy", "łbym", "łabym", "łaby", "łoby", "łby", "liby", "łyby"), 2),
}


@lru_cache(maxsize=128)
def _conditional_cues(language: str) -> _Cues:
    future = _cues(language)
    endings, stem = _CONDITIONAL_ENDINGS.get(language, ((), 0))
    words = _CONDITIONAL.get(language, "").split()
    pasts = {fold(word) for word in _PAST.get(language, ())}
    return _Cues(phrases=tuple((fold(word),) for word in words),
                 prefixed=None, endings=endings, stem=stem, letters=(), openers=future.openers,
                 ands=future.ands, verb_last=future.verb_last, saying=future.saying,
                 # German "würde", "hätte", "wären" fold as the pasts "wurde", "hatte", "waren"
                 as_written={(fold(word),): word for word in words if fold(word) in pasts})


def is_conditional(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the clause of ``text`` that holds ``text[start:end]`` is in the conditional,
    by a cue of :data:`_CONDITIONAL` or :data:`_CONDITIONAL_ENDINGS` that rules it, as
    :func:`is_future` reads the future."""
    return _rules_day(_conditional_cues(primary_language(language)), text, start, end)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = right = None
    for pattern in (_BOUNDARY, _APOSTROPHE_BOUNDARY):
        for m in pattern.finditer(text):
            if m.end() <= start and (left is None or m.end() > left):
                left = m.end()
            elif m.start() >= end and (right is None or m.start() < right):
                right = m.start()
                break
    return left or 0, len(text) if right is None else right


def _rules(cues: _Cues, text: str, left: int, right: int, start: int, end: int) -> bool:
    """Whether a cue in ``text[left:right]`` rules the day at ``start:end``."""
    starts, ends, keys = token_columns(text[left:right])
    before = [i for i, s in enumerate(starts) if left + s < start]
    after = [i for i, e in enumerate(ends) if left + e > end and left + starts[i] >= end]
    # The clause that holds the day begins after the last word that opens another.
    opened = max((i for i in before if keys[i] in cues.openers), default=-1)
    if opened > 0 and any(_phrase_at(keys, opened - len(phrase), phrase) for phrase in cues.phrases
                          if opened >= len(phrase)):
        return True  # the cue's own "that": "من المقرر أن يزور … يوم السبت", "il est prévu que"
    ending = next((len(phrase) for phrase in cues.phrases if opened + 1 >= len(phrase) > 1
                   and phrase[-1] == keys[opened] and _phrase_at(keys, opened + 1 - len(phrase), phrase)), 0)
    opened -= ending  # a cue that ends on "that" opens no clause: "tienen que presentar … el viernes"
    before = [i for i in before if i > opened]
    # a cue before a verb of saying is its speaker's: "The minister who will retire next year
    # said parliament approved the budget on Tuesday"; and after one the day is the saying's,
    # whatever follows it: "uthe ngoLwesibili uhulumeni uzokwandisa" (said on Tuesday the
    # government will raise)
    said = max((i for i in before if keys[i] in cues.saying), default=-1)
    fronted = (cues.verb_last or len(before) <= _FRONTED) and said < 0
    # (not a word that opens a cue of its own: Hindi "की" of "की उम्मीद है" folds as "कि", that)
    closing = min((i for i in after if (keys[i] in cues.openers or keys[i] in cues.ands)
                   and not any(len(phrase) > 1 and _phrase_at(keys, i, phrase) for phrase in cues.phrases)),
                  default=len(keys))
    if fronted:
        after = [i for i in after if i < closing]
    elif cues.bracket and any(_phrase_at(keys, i, phrase) and not _modal_of_a_perfect(keys, i)
                              and not _passive_of_a_report(keys, i) for i in after if i < closing for phrase in cues.phrases):
        return True  # the participle that closes the verb's bracket: "Die Abstimmung ist für Freitag geplant"
    else:
        # deeper in its clause, the verb right after the day still rules it: "Premiéři se ve
        # čtvrtek setkají", "Hrvatski premijer u četvrtak će sudjelovati"
        after = after[:1] if after and after[0] < closing and not text[end:left + starts[after[0]]].strip() else []
    words = [i for i in before if i > said] + after
    if _cue_among(cues, keys, words, lambda i: text[left + starts[i]:left + ends[i]]):
        return True
    if cues.endings or cues.prefixed:
        for i in words:
            word = text[left + starts[i]:left + ends[i]].casefold()
            if _ends_as_future(word, cues):
                return True
            if cues.prefixed is not None and cues.prefixed.fullmatch(word):
                return True
    if cues.beside is not None:
        particle, verb, past = cues.beside
        for i in words:
            if keys[i] not in particle:
                continue
            beside = [text[left + starts[j]:left + ends[j]].casefold() for j in (i - 1, i + 1) if j in words]
            if any(verb.fullmatch(word) for word in beside) and not (past and any(past.fullmatch(w) for w in beside)):
                return True
    if cues.letters:
        lo = left + (starts[before[0]] if before else start - left)
        hi = left + (ends[after[-1]] if after else end - left)
        span = text[lo:start] + text[end:hi]
        return any(letters in span for letters in cues.letters)
    return False


def clause_openers(language: str | None) -> frozenset[str]:
    """The folded words of ``language`` that open another clause after a comma: "that",
    "while", "because" (:data:`_OPENERS`), and "and", "but" (:data:`_AND`)."""
    cues = _cues(primary_language(language))
    return cues.openers | cues.ands


@lru_cache(maxsize=128)
def clause_closers(language: str | None) -> tuple[tuple[str, ...], int]:
    """The folded endings of a verb that closes a clause of its own before the main one
    in ``language`` (:data:`_CLOSING_ENDINGS`: Turkish "kullanırken", while using), and
    the letters such a verb needs; no endings in most languages."""
    endings, length = _CLOSING_ENDINGS.get(primary_language(language), ((), 0))
    return tuple(fold(ending) for ending in endings), length


# The particle of what is to come where the verb takes no tense (_TENSELESS: "akan membayar",
# "sẽ trả"), beside the words of a done deed (_PAST).
_FUTURE_PARTICLE = {"id": "akan", "ms": "akan", "vi": "sẽ"}


@lru_cache(maxsize=64)
def tense_particles(language: str | None) -> frozenset[str]:
    """The folded words that mark a tenseless verb's time, written before it ("telah
    membayar", has paid; "akan", "đã", "sẽ"); none in a language whose verbs take tense."""
    base = primary_language(language)
    if base not in _TENSELESS:
        return frozenset()
    return frozenset(fold(word) for word in (*_PAST.get(base, ()), _FUTURE_PARTICLE[base]))


def opens_subclause(key: str, language: str | None) -> bool:
    """Whether folded word ``key`` parts a clause of its own from the next, with no comma:
    a word that opens one ("while", "mientras", :data:`_OPENERS`; not "and"), or a verb
    that closes one where the verb comes last (:func:`clause_closers`)."""
    if key in _cues(primary_language(language)).openers:
        return True
    endings, length = clause_closers(language)
    return bool(endings) and len(key) >= length and key.endswith(endings)


def future_cue_in(keys: list[str], low: int, high: int, language: str | None) -> bool:
    """Whether a future cue of ``language`` (:data:`_CUES`: "will", "is expected to",
    "wird", "va", "prévu"; :data:`_LETTERS`: "将", "จะ") starts at one of the words
    ``keys[low:high]`` (folded keys of a text's tokens), not as a noun ("the will"). Only
    the cue words themselves: neither the endings nor the presents that some languages
    read as a future."""
    cues = _cues(primary_language(language))
    if not cues.phrases and not cues.letters:
        return False
    indexes = range(max(low, 0), min(high, len(keys)))
    # in a script written without spaces each letter is a word: "将于" is two, folded as the
    # keys are ("見通し" is 见, 通, し)
    return _cue_among(cues, keys, indexes) or any(_phrase_at(keys, i, letters)
                                                   for i in indexes for letters in cues.letter_keys)


def _cue_among(cues: _Cues, keys: list[str], indexes: Iterable[int],
               written: Callable[[int], str] | None = None) -> bool:
    """Whether one of ``cues``' phrases starts at one of the words ``indexes`` of ``keys``,
    not as a noun ("the will"); one that folds as a past does (:attr:`_Cues.as_written`) only
    as written, where ``written`` gives a word's text."""
    return any(_phrase_at(keys, i, phrase) and not _noun_at(cues, keys, i) and not _modal_of_a_perfect(keys, i)
               and not _passive_of_a_report(keys, i)
               and (phrase not in cues.as_written or written is None
                    or written(i).casefold() == cues.as_written[phrase])
               for i in indexes for phrase in cues.phrases)


# German and Dutch write the perfect of a modal with its infinitive ("hat … notlanden müssen",
# "heeft … moeten noodlanden": had to land), which is no future of the modal's: the modal's
# infinitive after a form of "have" in its clause; of "must", "can", "may", whose deed was
# done, not "want" ("hat den Plan unterstützen wollen": wanted to, and did not).
_MODAL_INFINITIVES = frozenset(map(fold, ("müssen", "können", "dürfen", "moeten", "kunnen", "mogen")))
_PERFECT_AUXILIARIES = frozenset(map(fold, ("hat", "haben", "hatte", "hatten", "habe", "heeft", "hebben", "had",
                                            "hadden")))


def _modal_of_a_perfect(keys: list[str], i: int) -> bool:
    return keys[i] in _MODAL_INFINITIVES and not _PERFECT_AUXILIARIES.isdisjoint(keys[:i])


# German "werden" and Dutch "worden" make the passive's present as well as a future: with
# the participle of a verb of supposing or reporting after it they tell what is thought or
# said now ("Als Ursache wird ein technischer Defekt vermutet", a defect is suspected; "Er
# wordt aangenomen dat"), no deed to come.
_PASSIVE_AUXILIARIES = frozenset(map(fold, ("wird", "werden", "wordt", "worden")))
_REPORT_PARTICIPLES = frozenset(map(fold, (
    "vermutet", "angenommen", "befürchtet", "geschätzt", "berichtet", "gemeldet", "ausgegangen", "behauptet",
    "bestätigt", "bezweifelt", "vorgeworfen", "verdächtigt", "beschuldigt", "vermisst",
    "vermoed", "aangenomen", "gevreesd", "geschat", "gemeld", "bericht", "beweerd", "bevestigd", "verdacht",
    "vermist", "verweten", "beschuldigd")))
_PARTICIPLE_REACH = 6  # words after the auxiliary where its participle may close the clause


def _passive_of_a_report(keys: list[str], i: int) -> bool:
    return keys[i] in _PASSIVE_AUXILIARIES and not _REPORT_PARTICIPLES.isdisjoint(keys[i + 1:i + 1 + _PARTICIPLE_REACH])


# The languages whose future endings (_ENDINGS) make a future of a deed: in Kazakh and Uzbek
# the present-future of news ("Мәжіліс бюджетті қабылдайды", "Prezident farmonni
# imzolaydi": will adopt, will sign), in Bengali, Hindi, Punjabi and Nepali the future
# ("অনুমোদন করবে", "मंजूरी देगी"). Not their
# negated present (_NEGATED_PRESENT: "қабылдамайды", "imzolamaydi", does not or will not
# accept, sign), which denies the deed.
_ONLY_FUTURE_ENDINGS = frozenset({"es", "pt", "it", "ca", "gl", "fr", "tr", "az", "kk", "uz", "bn", "hi", "pa",
                                  "ne"})
_NEGATED_PRESENT: dict[str, tuple[str, ...]] = {
    "kk": ("майды", "мейді", "байды", "бейді", "пайды", "пейді"),
    "uz": ("maydi", "maydilar"),
}


# The languages whose future prefixes (_PREFIXED) make a future of a deed: Swahili's -ta-
# ("Rais atakubali mapendekezo": will accept; "hatakubali", will not).
_ONLY_FUTURE_PREFIXED = frozenset({"sw", "zu"})


def has_future_ending(word: str, language: str | None) -> bool:
    """Whether ``word`` (as written) ends as only a future of ``language`` does
    (Spanish "aprobará", French "adoptera", Italian "approverà", Turkish "onaylayacak",
    Kazakh "қабылдайды", Bengali "করবে"), or in Swahili takes one as a prefix
    ("atakubali")."""
    base = primary_language(language)
    word = word.casefold()
    if base in _ONLY_FUTURE_PREFIXED:
        return _PREFIXED[base].fullmatch(word) is not None
    return (base in _ONLY_FUTURE_ENDINGS and _ends_as_future(word, _cues(base))
            and not word.endswith(_NEGATED_PRESENT.get(base, ())))


# Where the present speaks of what is to come (Finnish, which has no future tense; the
# Polish perfective, whose present is its future, where the date reader's endings cannot
# tell it from a noun's case), a present of the verb a phrasing writes in the past states no
# deed: "Eduskunta hyväksyy budjetin ensi viikolla" (will pass) for "hyväksyi" (passed),
# "Sejm uchwali ustawę" for "uchwalił", "zagłosują" for "zagłosowali". Read on the two
# words as written: past the longest beginning they share (_PRESENT_STEM letters at least),
# the phrasing's ending and the source's, joined by "/", with the stem's last letter and
# "|" before them (Finnish lengthens it: "hyväksy|i/y"): a table of the third person's
# endings, which the nouns' cases do not take in pairs ("szkoła", "szkole": "ła/le").
_PRESENT_FOR_PAST: dict[str, re.Pattern[str]] = {
    "fi": re.compile(r"(.)\|(?:[so]?i/(?:\1|([aeiouyäö])\2)|[so]?iv[aä]t/[aeä]?v[aä]t)"),
    "pl": re.compile(r".\|(?:ł/|(?:owa|[aiyęą])?(?:ł|ła|ło|li|ły)/(?:uj[eą]|[ąiye]|z[eą]|mi[eą]|sz[eą]))"),
}
_PRESENT_STEM = 4


def reads_present_for_past(language: str | None) -> bool:
    """Whether ``language`` is one whose presents :func:`present_for_past` reads."""
    return (primary_language(language) or "") in _PRESENT_FOR_PAST


def present_for_past(word: str, past: str, language: str | None) -> bool:
    """Whether ``word`` (as written) is a present of the verb whose past ``past`` is, in a
    language whose present speaks of what is to come (:data:`_PRESENT_FOR_PAST`: Finnish
    "hyväksyy" for "hyväksyi", Polish "uchwali" for "uchwalił")."""
    form = _PRESENT_FOR_PAST.get(primary_language(language) or "")
    if form is None:
        return False
    word, past = word.casefold(), past.casefold()
    stem = 0
    for a, b in zip(word, past):
        if a != b:
            break
        stem += 1
    return stem >= _PRESENT_STEM and form.fullmatch(f"{word[stem - 1]}|{past[stem:]}/{word[stem:]}") is not None


# A progressive tells an act under way, no result: "Putin is winning the election", "Putin
# está ganando las elecciones", "Lula sta vincendo" state no "won", "ganó", "ha vinto". The
# forms of "be" (Spanish and Portuguese "estar", Italian "stare") before a gerund, folded,
# and the gerund's endings. A hand table: CLDR has no verbs.
_PROGRESSIVES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    language: (frozenset(fold_words(auxiliaries)), endings) for language, (auxiliaries, endings) in {
        "en": ("is are am was were", ("ing",)),
        "es": ("está están estaba estaban estuvo estuvieron", ("ando", "iendo", "yendo")),
        "pt": ("está estão estava estavam esteve estiveram", ("ando", "endo", "indo")),
        "it": ("sta stanno stava stavano", ("ando", "endo")),
    }.items()
}
_GERUND_LENGTH = 6  # letters of the shortest gerund read so ("voting"; not "king", "thing")


def progressives(keys: list[str], low: int, high: int, language: str | None,
                 function: frozenset[str] = frozenset()) -> list[int]:
    """Where a progressive (:data:`_PROGRESSIVES`) stands among the words
    ``keys[low:high + 1]``: the forms of "be" with a gerund right after them that is no
    function word ("is winning"; not "is nothing", "was during")."""
    found = _PROGRESSIVES.get(primary_language(language))
    if found is None:
        return []
    auxiliaries, endings = found
    return [i for i in range(max(low, 0), min(high, len(keys) - 1))
            if keys[i] in auxiliaries and len(keys[i + 1]) >= _GERUND_LENGTH and keys[i + 1].endswith(endings)
            and keys[i + 1] not in function]


def ends_non_past(text: str, position: int, language: str | None) -> bool:
    """Whether the sentence of ``text`` goes on from ``position`` to a Japanese or Korean
    non-past verb that ends it with its full stop (:data:`_FINAL_NON_PAST`: "可決する。",
    "처리한다."), which speaks of what is to come."""
    final = _FINAL_NON_PAST.get(primary_language(language))
    return final is not None and final.match(text, position) is not None


def has_future_form(word: str, language: str | None) -> bool:
    """Whether ``word`` (as written) is a verb with a future written on it
    (:func:`has_future_ending`) or a present that speaks of what is to come, as the date
    reader takes them: Hungarian "elfogadja", Czech "schválí", Russian "подпишут", Arabic
    "سيقر" (:data:`_PREFIXED`, the Slavic perfective present)."""
    if has_future_ending(word, language):
        return True
    prefixed = _cues(primary_language(language)).prefixed
    return prefixed is not None and prefixed.fullmatch(word.casefold()) is not None


def future_around(text: str, starts: list[int], ends: list[int], keys: list[str], words: range,
                  sentence: range, language: str | None) -> bool:
    """Whether a future cue of ``language`` rules the words ``words`` of ``text`` (its words
    as :func:`token_columns` gives them) from outside them in their ``sentence``: before
    them in their clause, after the last clause mark or word that opens another clause
    ("Lawmakers are expected on Friday to approve the budget", "wil de begroting volgende
    week goedkeuren"), and where the verb comes last, after them in their clause ("সংসদে
    বাজেট পাস করবে").
    A cue is a cue word, or a verb with a future written on it where that makes only a
    future ("El Congreso votará el jueves para aprobar el presupuesto"); before the words
    only where the verb does not come last."""
    base = primary_language(language)
    cues = _cues(base)
    if not cues or not words:
        return False
    i = words.start - 1
    while i >= sentence.start and keys[i] not in cues.openers and not _BOUNDARY.search(text, ends[i], starts[i + 1]):
        i -= 1
    before = range(i + 1, words.start)
    def written(t: int) -> str:
        return text[starts[t]:ends[t]]

    if _cue_among(cues, keys, before, written) or _letters_in(cues, text, starts, ends, before):
        return True
    if not cues.verb_last:
        return any(_future_word(text, starts[t], ends[t], base) for t in before)
    j = words.stop
    while (j < sentence.stop and keys[j] not in cues.openers and keys[j] not in cues.ands
           and not _BOUNDARY.search(text, ends[j - 1], starts[j])):
        j += 1
    after = range(words.stop, j)
    return (_cue_among(cues, keys, after, written) or _letters_in(cues, text, starts, ends, after)
            or any(_future_word(text, starts[t], ends[t], base) for t in after))


def _letters_in(cues: _Cues, text: str, starts: list[int], ends: list[int], words: range) -> bool:
    """Whether a cue of a script written without spaces (将, 予定, จะ) is written in the
    words ``words`` of ``text``."""
    return bool(cues.letters) and bool(words) and any(
        letters in text[starts[words.start]:ends[words.stop - 1]] for letters in cues.letters)


def _future_word(text: str, start: int, end: int, language: str) -> bool:
    """Whether the word at ``start:end`` is a verb with only a future written on it, not a
    capitalised word, a name ("Sandra")."""
    return not text[start].isupper() and has_future_ending(text[start:end], language)


def _ends_as_future(word: str, cues: _Cues) -> bool:
    return any(word.endswith(e) and len(word) >= len(e) + cues.stem for e in cues.endings)


def _phrase_at(keys: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(keys[i:i + len(phrase)]) == phrase


def _noun_at(cues: _Cues, keys: list[str], i: int) -> bool:
    """Whether the cue at word ``i`` is a noun by the word before it ("the will")."""
    return i > 0 and any(keys[i] == cue and keys[i - 1] in before for cue, before in cues.nouns)


# Presents that schedule: news writes what is timetabled in the simple present ("Voters go
# to the polls on Sunday", "The summit opens on Tuesday", "De verkiezingen zijn zondag",
# "Die Wahl ist am Sonntag", "Les électeurs votent dimanche", "Valget afholdes søndag"),
# and a past event in the past. The verbs of taking place,
# opening, voting, meeting and being, a hand list; not the verbs of saying, whose present
# is the reporter's ("says on Monday"). Read only where the verb stands before the day in
# its clause, or after a day that opens it ("Am Sonntag ist die Wahl"). In a line without a
# full stop at its end, a headline, such a present tells what happened as well ("Voters go
# to the polls on Sunday" the Monday after): the day is then left unread.
# English writes many of these verbs as nouns too ("the vote", "the start", "a visit"):
# after a determiner one is the noun.
_DETERMINERS: dict[str, frozenset[str]] = {
    "en": determiners("en") | {"s", "no", "first", "last", "next"},
    **{language: frozenset(fold_words(words)) for language, words in {
        "es": "el la los las un una unos unas este esta estos estas ese esa su sus del al",
        "pt": "o a os as um uma uns umas este esta esse essa seu sua seus suas do da dos das ao",
        "fr": "le la les l un une des ce cet cette ces son sa ses leur leurs du au aux",
        "it": "il lo la i gli le l un uno una questo questa quel quella suo sua suoi sue del della dei delle",
        "nl": "de het een deze die dit dat zijn haar hun ons onze mijn uw elk elke ieder iedere",
    }.items()},
}
_SCHEDULING: dict[str, tuple[str, ...]] = {
    "en": ("is", "are", "opens", "open", "begins", "begin", "starts", "start", "kicks off", "kick off",
           "takes effect", "take effect", "comes into force", "come into force", "enters into force",
           "enter into force",
           "goes to the polls", "go to the polls", "head to the polls", "heads to the polls", "takes place", "take place", "meets", "meet", "votes", "vote",
           "resumes", "resume", "ends", "end", "closes", "close", "hosts", "host", "faces", "face", "plays",
           "play", "travels", "travel", "visits", "visit", "arrives", "arrive", "holds", "hold",
           # and the verbs of a body's business ("Parliament debates the bill on Tuesday")
           "debates", "debate", "considers", "consider", "discusses", "discuss", "examines", "examine",
           "decides", "decide", "hears", "hear"),
    "de": ("ist", "sind", "beginnt", "beginnen", "startet", "starten", "öffnet", "öffnen", "wählt", "wählen", "tagt",
           "tagen", "trifft", "treffen", "stimmt", "stimmen", "spielt", "spielen", "endet", "enden", "reist",
           "kommt", "kommen", "empfängt", "empfangen", "gastiert", "gastieren", "tritt", "treten"),
    "nl": ("is", "zijn", "begint", "beginnen", "start", "starten", "opent", "stemt", "stemmen", "kiest", "kiezen",
           "vergadert", "vergaderen", "speelt", "spelen", "eindigt", "eindigen", "komt", "komen", "gaat", "gaan"),
    # Romance and Nordic news: taking place, being held, voting, in forms no past
    # participle folds to (French "vote" is also "voté", "commence" "commencé"); and the
    # fixtures of sports news, hosting, visiting, facing ("el miércoles recibe a Las Palmas")
    "fr": ("a lieu", "ont lieu", "se tient", "se tiennent", "votent", "commencent", "débutent", "se réunit",
           "se réunissent", "est", "sont", "reçoit", "reçoivent", "affronte", "affrontent", "se déplace",
           "se déplacent", "entre en vigueur", "entrent en vigueur", "ouvre", "ouvrent",
           # the verbs of a body's business, as written: "examine" is no "examiné", which
           # folds alike ("L'Assemblée examine mardi le projet de loi", _AS_WRITTEN)
           "examine", "examinent", "débat", "débattent", "discute", "discutent", "étudie", "étudient",
           "adopte", "adoptent", "décide", "décident", "signe", "signent", "présente", "présentent",
           # and of ending ("Le sommet se termine vendredi")
           "se termine", "se terminent", "prend fin", "prennent fin"),
    "es": ("tiene lugar", "tienen lugar", "se celebra", "se celebran", "votan", "se vota", "se reúne", "se reúnen",
           "es", "son", "recibe", "reciben", "visita", "visitan", "se enfrenta", "se enfrentan", "se mide",
           "se miden", "juega", "juegan", "entra en vigor", "entran en vigor", "abre", "abren", "comienza", "comienzan",
           "empieza", "empiezan", "vota", "debate", "debaten", "discute", "discuten", "examina", "examinan",
           "analiza", "analizan", "estudia", "estudian", "aprueba", "aprueban", "decide", "deciden", "firma",
           "firman", "presenta", "presentan", "termina", "terminan", "concluye", "concluyen", "finaliza",
           "finalizan"),
    "it": ("si svolge", "si svolgono", "si tiene", "si tengono", "si vota", "votano", "si riunisce",
           "si riuniscono", "è", "sono", "ospita", "ospitano", "affronta", "affrontano", "gioca", "giocano",
           "entra in vigore", "entrano in vigore", "apre", "aprono", "inizia", "iniziano", "vota", "approva",
           "approvano", "esamina", "esaminano", "discute", "discutono", "decide", "decidono", "firma", "firmano",
           "presenta", "presentano", "incontra", "incontrano", "si conclude", "si concludono", "termina",
           "terminano", "si chiude", "si chiudono"),
    "pt": ("é", "são", "acontece", "acontecem", "se realiza", "se realizam", "recebe", "recebem", "enfrenta",
           "enfrentam", "visita", "visitam", "joga", "jogam", "entra em vigor", "entram em vigor", "abre", "abrem",
           "começa", "começam", "vota", "votam", "debate", "debatem", "discute", "discutem", "analisa", "analisam",
           "examina", "examinam", "aprova", "aprovam", "decide", "decidem", "assina", "assinam", "sanciona",
           "sancionam", "termina", "terminam", "encerra", "encerram"),
    "ro": ("are loc", "au loc", "votează", "se reunește", "se reunesc", "este", "sunt", "se încheie", "se termină",
           "începe", "încep"),
    "sv": ("hålls", "äger rum", "börjar", "inleds", "röstar", "möts", "är"),
    "da": ("afholdes", "holdes", "finder sted", "stemmer", "mødes"),
    "nb": ("avholdes", "holdes", "finner sted", "stemmer", "møtes"),
}
# German and Dutch news tells the past in the perfect or the preterite and what is
# scheduled in the present, of any verb ("Das Kabinett beschließt am Mittwoch den
# Haushalt", "Minister Kuipers bezoekt dinsdag het ziekenhuis"): the present's third person
# in -t, a word in lower case (German writes nouns with a capital; a Dutch noun has a
# determiner before it, "het kabinet"), no function word nor verb of saying, in a clause with
# no auxiliary or strong past (_PAST) and no weak preterite, the endings here, in lower case
# and not after a determiner, nor, in German, before a noun, as an adjective stands ("die
# geplante Abstimmung").
_PRESENT_SCHEDULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "de": ("t", ("te", "ten")),
    "nl": ("t", ("de", "den", "te", "ten")),
}
_PRESENT_LENGTH = 4  # letters of the shortest present so read ("tagt", "stemt")
_PRETERITE_LENGTH = 5  # and of a preterite ("sagte", "stemde")
_DETERMINED_NOUNS = frozenset({"nl"})  # a word after a determiner is a noun or its adjective


def _present_verbs(text: str, left: int, starts: list[int], ends: list[int], keys: list[str], words: list[int],
                   language: str) -> list[int]:
    """The words of ``words`` in the clause at ``left`` of ``text`` that are a German or
    Dutch present that schedules (:data:`_PRESENT_SCHEDULES`); none where a past stands in
    the clause."""
    form = _PRESENT_SCHEDULES.get(language)
    if form is None:
        return []
    ending, preterites = form
    common = function_words(language) or frozenset()
    before_nouns = _DETERMINERS.get(language, frozenset()) if language in _DETERMINED_NOUNS else frozenset()
    saying = _cues(language).saying

    def written(i: int) -> str:
        return text[left + starts[i]:left + ends[i]]

    def verb_like(i: int, length: int) -> bool:
        word = written(i)
        return (len(word) >= length and word.islower() and keys[i] not in common
                and not (i and keys[i - 1] in before_nouns))

    for i, key in enumerate(keys):
        if key.endswith(preterites) and verb_like(i, _PRETERITE_LENGTH) and not (
                language not in _DETERMINED_NOUNS and i + 1 < len(keys) and written(i + 1)[:1].isupper()):
            return []  # "stimmte am Freitag zu", "presenteerde dinsdag"
    return [i for i in words if keys[i].endswith(ending) and verb_like(i, _PRESENT_LENGTH)
            and keys[i] + "e" not in saying and keys[i] not in saying]


# Slavic news schedules with the imperfective present of taking place ("Schůze se koná v
# pátek", "Sjednica se održava u petak", "Заседание проходит в пятницу"); its past is
# another word ("konala", "održala", "прошло")
_SCHEDULING.update({
    "cs": ("se koná", "se konají", "koná se", "konají se"), "sk": ("sa koná", "sa konajú", "koná sa", "konajú sa"),
    "pl": ("odbywa się", "odbywają się"), "sl": ("poteka", "potekajo"),
    "hr": ("se održava", "se održavaju", "održava se", "održavaju se"),
    "bs": ("se održava", "se održavaju", "održava se", "održavaju se"),
    "sr": ("se održava", "se održavaju", "održava se", "održavaju se", "се одржава", "се одржавају"),
    "ru": ("проходит", "проходят"), "uk": ("проходить", "проходять", "відбувається", "відбуваються"),
    "bg": ("се провежда", "се провеждат"),
})
# and the imperfective present of a body's business, which Czech, Slovak, Croatian, Serbian
# and Greek news writes for what is scheduled ("Sněmovna o něm jedná v pátek", "Sabor o njemu
# raspravlja u petak", "Το υπουργικό συμβούλιο συνεδριάζει την Παρασκευή"), the past in the
# perfect or the aorist ("jednala", "je raspravljao", "συνεδρίασε")
_BUSINESS = {
    "cs": ("jedná", "jednají", "projednává", "projednávají", "hlasuje", "hlasují", "rozhoduje", "rozhodují", "zasedá",
           "zasedají"),
    "sk": ("rokuje", "rokujú", "hlasuje", "hlasujú", "rozhoduje", "rozhodujú", "zasadá", "zasadajú"),
    "hr": ("raspravlja", "raspravljaju", "glasuje", "glasuju", "odlučuje", "odlučuju", "zasjeda", "zasjedaju",
           "razmatra", "razmatraju"),
    "sr": ("raspravlja", "raspravljaju", "glasaju", "odlučuje", "odlučuju", "zaseda", "zasedaju", "razmatra",
           "razmatraju", "расправља", "расправљају", "одлучује", "заседа", "разматра"),
    "el": ("συνεδριάζει", "συνεδριάζουν", "ψηφίζει", "ψηφίζουν", "συζητά", "συζητούν", "συζητείται"),
}
_BUSINESS["bs"] = _BUSINESS["hr"]
_SCHEDULING.update({language: _SCHEDULING.get(language, ()) + verbs for language, verbs in _BUSINESS.items()})
# and the presents of beginning, ending and taking effect, which tell what is scheduled in
# every language that has them ("Posjet počinje u četvrtak", "Визит начинается в четверг",
# "Η επίσκεψη αρχίζει την Πέμπτη", "Vizitas prasideda ketvirtadienį"); the Slavic ones
# imperfective, whose past is another word ("počeo", "начался"), the Baltic and Greek
# pasts other forms ("prasidėjo", "sākās", "άρχισε")
_BEGINNING = {
    "hr": ("počinje", "počinju", "započinje", "započinju", "završava", "završavaju", "se završava",
           "završava se", "se otvara", "otvara se", "stupa na snagu", "stupaju na snagu"),
    "sr": ("počinje", "počinju", "započinje", "započinju", "završava", "završavaju", "se završava",
           "završava se", "stupa na snagu", "stupaju na snagu", "почиње", "почињу", "започиње", "започињу",
           "завршава", "завршавају", "се завршава", "завршава се", "ступа на снагу", "ступају на снагу"),
    "sl": ("se začne", "začne se", "se začnejo", "začnejo se", "se začenja", "začenja se", "se konča", "konča se",
           "se končajo", "končajo se", "stopi v veljavo", "stopijo v veljavo"),
    "mk": ("почнува", "почнуваат", "започнува", "започнуваат", "завршува", "завршуваат", "се одржува",
           "се одржуваат", "стапува во сила"),
    "bg": ("започва", "започват", "завършва", "завършват", "приключва", "приключват", "влиза в сила",
           "влизат в сила"),
    "ru": ("начинается", "начинаются", "открывается", "открываются", "завершается", "завершаются",
           "заканчивается", "заканчиваются", "вступает в силу", "вступают в силу"),
    "uk": ("починається", "починаються", "розпочинається", "розпочинаються", "відкривається", "завершується",
           "завершуються", "закінчується", "закінчуються", "набуває чинності", "набирає чинності"),
    "cs": ("začíná", "začínají", "končí", "končí se", "vstupuje v platnost", "otevírá se"),
    "sk": ("začína", "začínajú", "končí", "sa končí", "končí sa", "nadobúda účinnosť"),
    "lt": ("prasideda", "vyksta", "baigiasi", "įsigalioja", "atidaromas", "atidaroma"),
    "lv": ("sākas", "notiek", "beidzas", "noslēdzas", "stājas spēkā"),
    "el": ("αρχίζει", "αρχίζουν", "ξεκινά", "ξεκινάει", "ξεκινούν", "ολοκληρώνεται", "ολοκληρώνονται", "λήγει",
           "διεξάγεται", "διεξάγονται", "πραγματοποιείται", "πραγματοποιούνται", "τίθεται σε ισχύ"),
    # and where a simple past or a periphrastic one tells the past ("va començar", "comezou",
    # "begynte", "började", "filloi", Swahili "ilianza" against the present "inaanza")
    "ca": ("comença", "comencen", "s'inicia", "s'inicien", "acaba", "acaben", "finalitza", "finalitzen",
           "se celebra", "se celebren", "té lloc", "tenen lloc", "entra en vigor", "entren en vigor", "obre", "obren"),
    "gl": ("comeza", "comezan", "remata", "rematan", "termina", "terminan", "se celebra", "celébrase", "ten lugar",
           "teñen lugar", "entra en vigor", "entran en vigor", "abre", "abren"),
    "nb": ("begynner", "starter", "åpner", "slutter", "avsluttes", "trer i kraft"),
    "da": ("begynder", "starter", "åbner", "slutter", "afsluttes", "træder i kraft"),
    "sv": ("startar", "öppnar", "slutar", "avslutas", "träder i kraft"),
    "sq": ("fillon", "fillojnë", "përfundon", "përfundojnë", "mbyllet", "hapet", "zhvillohet", "zhvillohen",
           "mbahet", "mbahen", "hyn në fuqi"),
    "sw": ("inaanza", "zinaanza", "unaanza", "yanaanza", "inamalizika", "unamalizika", "inafanyika",
           "unafanyika", "zinafanyika", "yanafanyika", "inaanza kutumika"),
}
_BEGINNING["bs"] = _BEGINNING["hr"]
_SCHEDULING.update({language: _SCHEDULING.get(language, ()) + verbs for language, verbs in _BEGINNING.items()})
# Arabic news tells what is scheduled in the imperfect, the verb first, "and" written on it
# ("يناقش مجلس النواب مشروع القانون يوم الثلاثاء", the House discusses the bill on Tuesday)
# and the past in the perfect ("وافقت الحكومة"): the verbs of a body's business and of
# meeting, visiting, beginning, and what an agreement stipulates ("ينص الاتفاق على تبادل
# الأسرى يوم السبت")
_SCHEDULING["ar"] = tuple(prefix + verb for verb in (
    "يناقش", "تناقش", "يبحث", "تبحث", "يعقد", "تعقد", "يصوت", "تصوت", "يجتمع", "تجتمع", "يلتقي", "تلتقي",
    "يزور", "تزور", "يبدأ", "تبدأ", "ينطلق", "تنطلق", "يستضيف", "تستضيف", "يستقبل", "تستقبل", "ينظر", "تنظر",
    "ينص", "تنص")
    for prefix in ("", "و"))
_SCHEDULING["nn"] = _SCHEDULING["nb"]
# Turkish news schedules with the present continuous after the day, where the verb comes
# ("Toplantı cuma günü yapılıyor": is held on Friday; the past is "yapıldı")
_SCHEDULING["tr"] = ("yapılıyor", "düzenleniyor", "gerçekleştiriliyor", "toplanıyor", "başlıyor", "sona eriyor",
                     "oynanıyor", "karşılaşıyor", "ağırlıyor", "yürürlüğe giriyor")
# Indonesian, Malay and Vietnamese verbs take no tense: "Rapat digelar Jumat", "Hội nghị
# diễn ra vào thứ Sáu" tell of last Friday as well as of the next, and the day is left
# unread, unless a past word ("telah", "sudah", "đã"; _PAST) or a future one ("akan",
# "sẽ") rules it.
_SCHEDULING.update({
    "id": ("digelar", "diadakan", "berlangsung", "dilaksanakan", "diselenggarakan", "dimulai", "dibuka", "berakhir"),
    "ms": ("diadakan", "berlangsung", "dilangsungkan", "dianjurkan", "bermula", "dibuka", "berakhir"),
    "vi": ("diễn ra", "được tổ chức", "khai mạc", "bắt đầu"),
})
_TENSELESS = frozenset({"id", "ms", "vi"})
# A copula before a participle is the perfect ("ist am Sonntag gescheitert", "is zondag
# vertrokken naar Brussel"), the past: a word in lower case after the day, with ge- in it
# or a prefix that takes none, ending as a participle does (not as a noun in -ing: Dutch
# "verkiezingen").
_PERFECT: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    "de": (frozenset({"ist", "sind"}), re.compile(r"(?:\w*ge\w+|(?:be|ver|er|ent|zer|emp)\w+)(?:t|en)")),
    # (and the participles of "gaan", "doen", "staan", "slaan" in -aan: "is dinsdag opengegaan")
    "nl": (frozenset({"is", "zijn"}), re.compile(r"(?:\w*ge\w+|(?:be|ver|ont|her|er)\w+)(?<!ing)(?:t|d|en|aan)")),
}
_LINE_ENDS = ".!?…\"'”»)"
# A copula schedules only next to its day, the predicate ("The election is on Sunday",
# "Am Sonntag ist die Wahl"): in "He is in hospital after he fell on Monday" it is not the
# day's verb.
_COPULAS = frozenset({"is", "are", "ist", "sind", "zijn", "est", "sont", "es", "son", "e", "sono", "sao",
                      "este", "sunt", "ar"})
# A copula after "ce", "c'" or "ce" is a cleft, which tells the past as well ("C'est
# dimanche que le drame s'est produit").
_CLEFT = frozenset({"c", "ce"})
# In languages that write every noun with a capital (CAPITALISED_NOUNS), a present of
# _SCHEDULING written so, past its clause's first word, is the noun it folds as ("die
# Wahlen am Mittwoch", the elections, is no "wählen", they vote; "das Treffen", the meeting).


# The prepositions and articles that may stand between a copula and its day ("is on
# Sunday", "ist am Sonntag", "es el domingo", "é no domingo", "är på söndag"); any other
# word there is the verb the copula makes a perfect ("est arrivé dimanche", "è morto").
_DAY_PREPOSITIONS = frozenset({"on", "am", "op", "el", "no", "na", "em", "pe", "pa", "le"})


# Languages whose copula may follow a day that opens the clause ("Am Sonntag ist die Wahl",
# "Sunday is the election"); in the Romance languages a copula after the day is as often
# an auxiliary ("Dimanche est mort …").
_COPULA_AFTER = frozenset({"en", "de", "nl", "sv"})


def _next_to_day(i: int, keys: list[str], before: list[int], after: list[int], language: str) -> bool:
    """Whether word ``i`` is right before the day, or before it and its preposition, or
    right after it where the language puts it there."""
    if before and (i == before[-1] or (i == before[-1] - 1 and keys[before[-1]] in _DAY_PREPOSITIONS)):
        return True
    return bool(after) and i == after[0] and language in _COPULA_AFTER


# Languages that leave the copula of the present unwritten and put a dash in its place:
# "Встреча — в пятницу" (the meeting is on Friday), "Во вторник — заседание правительства",
# "Засідання — у п'ятницю": a present that schedules, as "The meeting is on Friday" is.
_DASH_COPULA = frozenset({"ru", "uk", "be"})
_DASHES = ("—", "–", "-")


_DASHED_AFTER = 3  # words after a dashed day that may tell where or when ("— в пятницу в Стамбуле")
_PREPOSITION = 2  # letters of the preposition before such a day


def _dashed(text: str, left: int, right: int, start: int, end: int) -> bool:
    """Whether the day at ``start:end``, after a preposition that opens its clause
    ``text[left:right]`` ("в", "во", "у": a day named alone, "— среда —", is no predicate),
    stands after a dash in lower case (a few words of place or hour after it; "INTERFAX.RU
    - В пятницу …" opens a sentence after a dateline), or opens its sentence alone before
    one."""
    starts, ends, _ = token_columns(text[left:start])
    if len(starts) != 1 or ends[0] - starts[0] > _PREPOSITION:
        return False
    after = len(token_columns(text[end:right])[0])
    opening = text[:left].rstrip()
    if opening.endswith(_DASHES):
        return after <= _DASHED_AFTER and text[left:end].lstrip()[:1].islower()
    return (not after and text[right:].lstrip().startswith(_DASHES)
            and (not opening or opening.endswith((".", "!", "?", "\n"))))


# English writes its simple past without an auxiliary: a word in -ed between the day and
# the present that would schedule it is a past that rules the day ("On Monday the
# government approved new rules for travel", "signed … on Tuesday"), unless it is a
# participle that describes, after a determiner, an adverb in -ly, a hyphen or a present
# of "be" ("in the renovated palace", "newly elected", "long-awaited", "is closed");
# not -eed ("need", "speed"), nor "hundred".
_SIMPLE_PAST: dict[str, tuple[str, tuple[str, ...], frozenset[str]]] = {
    "en": ("ed", ("eed", "dred"), frozenset({"is", "are", "am", "be", "been", "being"})),
}
_SIMPLE_PAST_LENGTH = 5  # letters of the shortest such word ("voted", "named")


def _simple_past(text: str, left: int, starts: list[int], ends: list[int], keys: list[str], i: int,
                 language: str) -> bool:
    """Whether word ``i`` of the clause at ``left`` of ``text`` is a simple past
    (:data:`_SIMPLE_PAST`)."""
    form = _SIMPLE_PAST.get(language)
    if form is None or i < 1:
        return False
    ending, other_endings, present_be = form
    key, previous = keys[i], keys[i - 1]
    return (len(key) >= _SIMPLE_PAST_LENGTH and key.endswith(ending) and not key.endswith(other_endings)
            and text[left + starts[i]].islower() and previous not in _DETERMINERS.get(language, ())
            and previous not in present_be and not previous.endswith("ly")
            and text[left + ends[i - 1]:left + starts[i]] != "-")


@lru_cache(maxsize=64)
def _scheduling(language: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in phrase.split()) for phrase in _SCHEDULING.get(language, ()))


# Languages whose one-word scheduling presents are read only as written: French "examine",
# "adopte" fold as their participles do ("a examiné mardi").
_AS_WRITTEN = frozenset({"fr"})


@lru_cache(maxsize=64)
def _written_scheduling(language: str) -> frozenset[str]:
    """The one-word presents of :data:`_SCHEDULING` as written, case-folded with their
    marks ("è", Portuguese "é"), for a key they share with the language's "and"."""
    return frozenset(phrase.casefold() for phrase in _SCHEDULING.get(language, ()) if " " not in phrase)


@lru_cache(maxsize=64)
def _written_first_words(language: str) -> frozenset[str]:
    """The first words of the phrases of :data:`_SCHEDULING` as written, case-folded."""
    return frozenset(phrase.split()[0].casefold() for phrase in _SCHEDULING.get(language, ()) if " " in phrase)


# Presents of lasting, of a state that still holds: before "until" and a weekday the span
# runs on to the coming day ("A curfew remains in force until Sunday", "La alerta se
# mantiene hasta el domingo", "Die Sperrung gilt bis Sonntag", "La vigilance reste en
# vigueur jusqu'à samedi"), and of what may still be done ("Applications can be filed
# until Friday", "podem ser apresentadas até sexta-feira"); their pasts ("remained", "se
# mantuvo", "galt", "could") are other words.
_LASTING: dict[str, tuple[str, ...]] = {
    "en": ("remains", "remain", "stays", "lasts", "runs", "continues", "continue", "applies", "apply", "is valid", "are valid", "is in force", "are in force", "is in place", "are in place",
           "is closed", "are closed", "is suspended", "are suspended", "can"),
    "de": ("gilt", "gelten", "bleibt", "bleiben", "dauert", "dauern", "läuft", "laufen", "ist gesperrt",
           "sind gesperrt", "ist geschlossen", "sind geschlossen", "kann", "können"),
    "nl": ("blijft", "blijven", "duurt", "duren", "geldt", "gelden", "loopt", "lopen", "is gesloten", "zijn gesloten", "kan", "kunnen"),
    "fr": ("reste", "restent", "demeure", "demeurent", "dure", "durent", "se poursuit", "se poursuivent",
           "est valable", "sont valables", "est en vigueur", "sont en vigueur", "est fermé", "est fermée",
           "sont fermés", "sont fermées", "peut", "peuvent"),
    "es": ("se mantiene", "se mantienen", "sigue", "siguen", "continúa", "continúan", "dura", "duran", "permanece",
           "permanecen", "rige", "rigen", "está vigente", "están vigentes", "está cerrado", "está cerrada",
           "están cerrados", "están cerradas", "puede", "pueden"),
    "pt": ("permanece", "permanecem", "se mantém", "se mantêm", "mantém-se", "mantêm-se", "segue", "seguem",
           "continua", "continuam", "dura", "duram", "vale", "valem", "está em vigor", "estão em vigor",
           "está fechado", "está fechada", "estão fechados", "estão fechadas", "pode", "podem"),
    "it": ("resta", "restano", "rimane", "rimangono", "dura", "durano", "prosegue", "proseguono", "vale", "valgono",
           "è in vigore", "sono in vigore", "è chiuso", "è chiusa", "sono chiusi", "sono chiuse", "può", "possono"),
    "ca": ("es manté", "es mantenen", "continua", "continuen", "dura", "duren"),
    "ru": ("действует", "действуют", "продолжается", "продолжаются", "сохраняется", "сохраняются", "остается",
           "остаются", "длится", "длятся", "закрыт", "закрыта", "закрыто", "закрыты"),
    "uk": ("діє", "діють", "триває", "тривають", "зберігається", "зберігаються", "залишається", "залишаються",
           "закритий", "закрита", "закрито", "закриті"),
    # (and the perfective "potrwa", will last, whose present is a future: "Strajk potrwa do piątku")
    "pl": ("obowiązuje", "obowiązują", "trwa", "trwają", "potrwa", "potrwają", "pozostaje", "pozostają",
           "jest zamknięty", "jest zamknięta", "jest zamknięte", "są zamknięte"),
    # Arabic, the verb first, "and" written on it ("ويستمر حظر التجول … حتى يوم الأحد")
    "ar": ("يستمر", "تستمر", "ويستمر", "وتستمر", "يسري", "تسري", "ويسري", "وتسري", "يبقى", "تبقى", "ويبقى",
           "وتبقى", "يظل", "تظل"),
    "id": ("berlaku", "masih berlaku", "ditutup"), "ms": ("berkuat kuasa", "ditutup"),
    # Chinese, whose verbs take no tense ("预警持续至周日", the warning lasts until Sunday), and
    # Turkish, after the day where the verb comes last ("yasak pazar gününe kadar sürüyor",
    # "uyarı pazar gününe kadar geçerli"; the past "sürdü", "geçerliydi" are other words)
    "zh": ("持续", "有效", "维持", "延续", "持續", "維持"),
    "tr": ("sürüyor", "sürecek", "devam ediyor", "geçerli", "yürürlükte", "kapalı", "kapalı kalacak", "açık"),
    "vi": ("có hiệu lực", "còn hiệu lực", "kéo dài", "tiếp tục", "duy trì"),
    "hi": ("लागू है", "लागू रहेगा", "जारी है", "जारी रहेगा", "बंद है", "बंद रहेंगे", "बंद रहेगा"),
    "ur": ("نافذ ہے", "نافذ رہے گا", "جاری ہے", "جاری رہے گا", "بند ہے", "بند رہیں گے"),
    "fa": ("ادامه دارد", "ادامه خواهد داشت", "برقرار است", "تعطیل است", "اعتبار دارد"),
    "sw": ("inaendelea", "unaendelea", "zinaendelea", "yanaendelea", "itaendelea", "inatumika", "utatumika"),
    "el": ("ισχύει", "ισχύουν", "παραμένει", "παραμένουν", "συνεχίζεται", "συνεχίζονται", "διαρκεί"),
    "ro": ("rămâne", "rămân", "este în vigoare", "sunt în vigoare", "continuă", "durează", "se menține",
           "se mențin"),
    "cs": ("platí", "trvá", "trvají", "zůstává", "zůstávají", "je uzavřen", "je uzavřena", "je uzavřeno"),
    "sk": ("platí", "trvá", "trvajú", "zostáva", "zostávajú"),
    "hu": ("érvényes", "érvényben van", "tart", "marad", "zárva"),
}


@lru_cache(maxsize=64)
def _lasting(language: str) -> tuple[tuple[str, ...], ...]:
    # keyed as the text's words are: a word a character in Chinese ("持续" is 持, 续)
    return tuple(tuple(fold_words(phrase)) for phrase in _LASTING.get(language, ()))


def lasts(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether a present of lasting (:data:`_LASTING`: "remains", "se mantiene", "gilt")
    stands before the day ``text[start:end]`` in its clause, after the last word that
    opens another, or after it where the verb comes last: the span a state still runs."""
    base = primary_language(language) or ""
    phrases = _lasting(base)
    if not phrases:
        return False
    left, right = _clause(text, start, end)
    keys = token_columns(text[left:start])[2]
    cues = _cues(base)
    opened = max((i for i, key in enumerate(keys) if key in cues.openers), default=-1)
    if cues.verb_last:  # "yasak pazar gününe kadar sürüyor"
        keys = keys[opened + 1:] + token_columns(text[end:right])[2]
        opened = -1
    return any(_phrase_at(keys, i, phrase) for i in range(opened + 1, len(keys)) for phrase in phrases)


# Hungarian news tells what is scheduled in the present, whose third person has no ending
# of its own ("Az Országgyűlés kedden szavaz a költségvetésről"), and the past with -t on
# the verb ("szavazott", "elfogadta", "aláírták", "zárultak"): a weekday in a sentence with no such past
# is the coming one. Read on the whole sentence, as a comma often parts the day from its
# verb ("A parlament kedden, 133 igen szavazattal, elfogadta …"); and after the day, where
# the verb stands, a past in -t after l, r, n, ny, d ("tárgyalt", "nyert", "ment", "leszakadt"), as a noun
# ends too ("parlament", "párt"; an accusative, "célt", leaves the day the last one, as
# before). Not the function words, the postpositions in -tt ("között", "előtt") nor "este"
# (evening); but the pasts of "to be" and "to become" are, though the lists of function
# words hold them ("Vasárnap választás volt": there was an election on Sunday).
_SENTENCE_PAST: dict[str, tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]] = {
    "hu": (re.compile(r"\w*(?:tt|tt[ae]k?|t[áé]k|(?<=[^\Waáeéiíoóöőuúüű])t[ae]k?)"), re.compile(r"\w*(?:[lrnd]|ny)t"),
           frozenset({"között", "előtt", "mögött", "fölött", "este"}),
           frozenset({"volt", "voltak", "voltunk", "voltam", "lett", "lettek"})),
}
_WORD_MARKS = ".,;:!?\"'()«»„”–-"


def _present_in_sentence(text: str, end: int, language: str) -> bool:
    """Whether ``text`` tells of the day that ends at ``end`` in the present: no word of it
    ends as the past of ``language`` does, nor one after the day as it may
    (:data:`_SENTENCE_PAST`), and a word in lower case after the day, no function word, may
    be its verb (a name between dashes is none: "Kim Jong Un i Putin — szerda — Vostochny")."""
    form, after_day, others, pasts = _SENTENCE_PAST[language]
    common = ((function_words(language) or frozenset()) | others) - pasts
    before = [word.strip(_WORD_MARKS) for word in text[:end].split()]
    after = [word.strip(_WORD_MARKS) for word in text[end:].split()]
    if any(form.fullmatch(word.casefold()) and word.casefold() not in common for word in before + after):
        return False
    if any(after_day.fullmatch(word.casefold()) and word.casefold() not in common for word in after):
        return False
    return any(word.islower() and word not in common for word in after)


def is_scheduled(text: str, start: int, end: int, language: str | None) -> bool | None:
    """Whether the clause of ``text`` that holds the day ``text[start:end]`` states what
    is scheduled by a present of :data:`_SCHEDULING` (see there), or in Hungarian a
    sentence with no past (:data:`_SENTENCE_PAST`); None where such a present stands in a
    headline, which may tell the past as well."""
    base = primary_language(language)
    phrases = _scheduling(base)
    if not phrases and base not in _DASH_COPULA and base not in _SENTENCE_PAST:
        return False
    line_end = text.find("\n", end)
    headline = not text[:len(text) if line_end < 0 else line_end].rstrip().endswith(tuple(_LINE_ENDS))
    if base in _SENTENCE_PAST:
        if is_conditional(text, start, end, base):
            return False  # "A vasárnapi kitelepítés nélkül … beszélnénk": what would be, nothing scheduled
        return _present_in_sentence(text, end, base) and (None if headline else True)
    left, right = _clause(text, start, end)
    if base in _DASH_COPULA and _dashed(text, left, right, start, end):
        return None if headline else True
    if not phrases:
        return False
    starts, ends, keys = token_columns(text[left:right])
    before = [i for i, s in enumerate(starts) if left + s < start]
    cues = _cues(base)
    opened = max((i for i in before if keys[i] in cues.openers), default=-1)
    before = [i for i in before if i > opened]
    after = [i for i, s in enumerate(starts) if left + s >= end]
    words_before = function_words(base) or frozenset()
    if len(before) <= 1 or cues.verb_last or all(keys[i] in words_before for i in before):
        # the day opens its clause, after function words alone ("An diesem Freitag stimmt der
        # Bundesrat ab"), or the verb comes last: the verb after it, up to "and", "that"
        closing = min((i for i in after if keys[i] in cues.openers or keys[i] in cues.ands), default=len(keys))
        words = before + [i for i in after if i < closing]
    else:
        words = before
    determiners = _DETERMINERS.get(base, frozenset())
    ands = _cues(base).ands
    found = [i for i in words for phrase in phrases if _phrase_at(keys, i, phrase)
             and not (i and keys[i - 1] in determiners)  # a noun: "The vote was held on Sunday"
             and not (i and base in CAPITALISED_NOUNS and text[left + starts[i]].isupper())
             # "è" (is) folds as "e" (and): "lunedì e martedì" schedules nothing
             and not (len(phrase) == 1 and (keys[i] in ands or base in _AS_WRITTEN)
                      and text[left + starts[i]:left + ends[i]].casefold() not in _written_scheduling(base))
             # and a phrase's first word too: "est entré en vigueur" (came into force) is no "entre"
             and not (len(phrase) > 1 and base in _AS_WRITTEN
                      and text[left + starts[i]:left + ends[i]].casefold() not in _written_first_words(base))
             and (len(phrase) > 1 or keys[i] not in _COPULAS  # Romanian "are loc" is no English "are"
                  or (_next_to_day(i, keys, before, after, base) and not (i and keys[i - 1] in _CLEFT)))]
    if not found:  # "Das Kabinett beschließt am Mittwoch den Haushalt"
        found = _present_verbs(text, left, starts, ends, keys, words, base)
    if not found and _alone(text, left, right) and text.startswith(",", right):
        # a day alone before a comma is the next clause's: "Mercredi, les Parisiens reçoivent Dortmund"
        following = right + 1 + len(text[right + 1:]) - len(text[right + 1:].lstrip())
        return is_scheduled(text, following, following, language) if following < len(text) else False
    if not found or is_past(text, start, end, language):  # "The summit was held on Sunday"
        return False
    day = after[0] if after else len(keys)  # the word after the day
    between = range(found[0] + 1, day) if found[0] < day else range(day, found[0])
    if any(_simple_past(text, left, starts, ends, keys, i, base) for i in between):
        return False  # "On Monday the government approved new rules for travel"
    perfect = _PERFECT.get(base)
    if perfect is not None and all(keys[i] in perfect[0] for i in found):
        for i in after:
            word = text[left + starts[i]:left + ends[i]]
            if word.islower() and perfect[1].fullmatch(word):
                return False
    return None if headline or base in _TENSELESS else True


# The subjunctive a clause after a verb of denying or doubting takes in the Romance languages
# and Icelandic, of the auxiliaries and copulas a phrasing writes in the indicative: "negó que
# los rociadores estuvieran desconectados" states (and denies) "los rociadores estaban
# desconectados". Each subjunctive, with the indicatives of its person and number. And the
# forms of the copula the Finnish and Estonian negative verb takes: "vaalit eivät olleet vapaat"
# denies "vaalit olivat vapaat", "ei olnud valimised vabad" "olid valimised vabad".
_SUBJUNCTIVES: dict[str, dict[str, str]] = {
    "fi": {"ollut": "oli", "olleet": "olivat", "ole": "on ovat"},
    "et": {"olnud": "oli olid", "ole": "on"},
    "es": {"esté": "está estaba estuvo", "estén": "están estaban estuvieron",
           "estuviera estuviese": "estaba estuvo está", "estuvieran estuviesen": "estaban estuvieron están",
           "sea": "es era fue", "sean": "son eran fueron", "fuera fuese": "era fue es", "fueran fuesen": "eran fueron son",
           "haya": "ha había hubo", "hayan": "han habían", "hubiera hubiese": "había ha", "hubieran hubiesen": "habían han",
           "tenga": "tiene tenía", "tengan": "tienen tenían", "tuviera tuviese": "tenía tuvo tiene",
           "tuvieran tuviesen": "tenían tuvieron tienen"},
    "pt": {"esteja": "está estava esteve", "estejam": "estão estavam estiveram", "estivesse": "estava esteve está",
           "estivessem": "estavam estiveram estão", "seja": "é era foi", "sejam": "são eram foram",
           "fosse": "era foi é", "fossem": "eram foram são", "tenha": "tem tinha teve", "tenham": "têm tinham tiveram",
           "tivesse": "tinha teve tem", "tivessem": "tinham tiveram têm", "haja": "há havia houve",
           "houvesse": "havia houve há"},
    "gl": {"estea": "está estaba", "estean": "están estaban", "estivese": "estaba estivo", "estivesen": "estaban estiveron",
           "sexa": "é era foi", "sexan": "son eran foron", "fose": "era foi é", "fosen": "eran foron son",
           "teña": "ten tiña", "teñan": "teñen tiñan", "tivese": "tiña tivo", "tivesen": "tiñan tiveron"},
    "ca": {"estigui": "està estava", "estiguin": "estan estaven", "estigués": "estava està", "estiguessin": "estaven estan",
           "sigui": "és era", "siguin": "són eren", "fos": "era és", "fossin": "eren són", "hagi": "ha havia",
           "hagin": "han havien", "hagués": "havia ha", "haguessin": "havien han"},
    "it": {"sia": "è era fu", "siano": "sono erano furono", "fosse": "era fu è", "fossero": "erano furono sono",
           "abbia": "ha aveva ebbe", "abbiano": "hanno avevano ebbero", "avesse": "aveva ebbe ha",
           "avessero": "avevano ebbero hanno", "stia": "sta stava", "stiano": "stanno stavano"},
    "fr": {"soit": "est était fut", "soient": "sont étaient furent", "fût": "était fut est",
           "fussent": "étaient furent sont", "ait": "a avait eut", "aient": "ont avaient eurent", "eût": "avait eut a",
           "eussent": "avaient eurent ont"},
    "is": {"sé": "er var", "séu": "eru voru", "væri": "var er", "væru": "voru eru", "hafi": "hefur hafði",
           "hefði": "hafði hefur", "hefðu": "höfðu hafa"},
}


@lru_cache(maxsize=64)
def subjunctives(language: str | None) -> dict[str, tuple[str, ...]]:
    """The folded subjunctives of ``language``'s auxiliaries and copulas, each with the folded
    indicatives it stands for (:data:`_SUBJUNCTIVES`); empty where none are listed."""
    found: dict[str, tuple[str, ...]] = {}
    for forms, indicatives in _SUBJUNCTIVES.get(primary_language(language) or "", {}).items():
        for form in forms.split():
            found[fold(form)] = tuple(dict.fromkeys(fold(word) for word in indicatives.split()))
    return found
