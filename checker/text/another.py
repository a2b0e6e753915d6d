"""Words that make a noun another one: "another earthquake", "otro sismo", "un autre
séisme", "ein weiteres Beben", "другое землетрясение", "زلزال آخر".

A rule's anchor written with one of them names another event than the rule's, so it is
no anchor of the rule: in "The quake struck on Wednesday. Another earthquake hit the
region on 15 March." the March date is the other quake's. Most languages write the word
before the noun; Arabic, Persian, Hebrew, Indonesian, Malay, Vietnamese and Swahili
write it after. Only words that always mean "another" or "other" are listed: not "new"
("the new law" may be the law a rule is about), nor "second". Words for "previous"
("the previous elections, in July 2020", "as eleições anteriores", "предыдущие выборы",
"die bisherige Rate") make it an earlier one where the source also names the event without them (not "last",
which may be that event: "the last election" is often the one just held); words for "next" ("at the next
meeting, on 4 December") a later one, where the source dates the event it names without them in the
year before its publication. A word for
"deputy" before a title makes it another person's ("Deputy Governor Marta Lindqvist").
A word for "after", "before" or "since" makes it the time something else is told against
("Flights resumed on Tuesday after the eruption"): a date beside it is the other thing's.
"""

from __future__ import annotations

from functools import lru_cache

from .normalise import fold, primary_language

# Written before the noun, in every form that agrees with it.
_BEFORE: dict[str, str] = {
    # and "similar" ("a similar crush in 2022 killed 135": another event like it)
    "en": "another other similar",
    "es": "otro otra otros otras",
    "pt": "outro outra outros outras",
    "ca": "altre altra altres", "gl": "outro outra outros outras", "eu": "beste",
    "fr": "autre autres",
    "it": "altro altra altri altre",
    "ro": "alt altă alte alți altui altei",
    "de": ("anderer andere anderes anderen anderem weiterer weitere weiteres weiteren weiterem ähnlicher ähnliche "
           "ähnliches ähnlichen ähnlichem"),
    "nl": "ander andere",
    "sv": "annan annat andra",
    "da": "anden andet andre",
    "nb": "annen annet andre",
    # and in their cases and plural: "siirrettiin muihin sairaaloihin" (moved to other hospitals)
    "fi": ("toinen toisen toista toisessa toiseen toisella toiselle toisesta muu muun muuta muussa muuhun muut "
           "muiden muita muissa muihin muilla muille muista"),
    "et": "teine teise teist teises teisse teised teiste teisi muu muud muude muid muudes muudesse muudel",
    "lv": "cits cita citi citas citā citās citos citiem citām citu citus",
    "lt": "kitas kita kiti kitos kitą kitus kitose kituose kitų kitiems kitoms kitoje kitame",
    # and "još" (yet) before "jedan", one: "još jedan požar", another fire
    "hr": "drugi druga drugo drugog drugoga drugom drugoj drugu druge drugih drugim drugima još",
    "bs": "drugi druga drugo drugog drugoga drugom drugoj drugu druge drugih drugim drugima još",
    "sr": ("još још drugi druga drugo drugog drugoga drugom drugoj drugu druge drugih drugim drugima други друга друго другог "
           "другом другој другу друге других другим другима"),
    "sl": "drug druga drugo drugega drugem druge drugi drugih drugim drugimi",
    "pl": ("inny inna inne innego innej innym innych innymi inni inną kolejny kolejna kolejne kolejnego kolejnej "
           "kolejnym"),
    "cs": "jiný jiná jiné jiného jiném jiných jiným jinými jinou jiní jinému další",
    "sk": "iný iná iné iného inom iných iným inými inú iní inému inej ďalší ďalšia ďalšie",
    "ru": ("другой другая другое другие другого другом других другим другими другую очередной очередная очередное "
           "очередного"),
    "uk": "інший інша інше інші іншого іншому інших іншим іншими іншу черговий чергова чергове чергового",
    "be": "іншы іншая іншае іншыя",
    "bg": "друг друга друго други",
    "mk": "друг друга друго други",
    "hu": "másik más egyéb újabb",
    "pa": "ਅਜਿਹੇ ਅਜਿਹਾ ਅਜਿਹੀ", "hi": "ऐसे ऐसा ऐसी",  # such: "ਅਜਿਹੇ ਹੀ ਹਾਦਸੇ 'ਚ" (in a similar accident)
    "tr": "başka diğer", "ps": "نور",
    "el": "άλλος άλλη άλλο άλλοι άλλες άλλου άλλης",
}
# Written after the noun.
_AFTER: dict[str, str] = {
    "es": "similar similares", "pt": "semelhante semelhantes similar similares", "fr": "similaire similaires",
    "it": "simile simili",
    "ar": "آخر أخرى آخرين آخرون أخريات",
    "fa": "دیگر", "ckb": "دیکە تر",
    "he": "אחר אחרת נוסף נוספת אחרים אחרות נוספים נוספות",
    "id": "lain lainnya", "ms": "lain",
    "vi": "khác",
    "sw": "nyingine",
}

# Words for "deputy", before a title: the "Deputy Governor Marta Lindqvist" is another person
# than the governor a rule names ("vice-gouverneure", "Vize-Gouverneurin", "副総裁",
# "заместитель председателя", "loco-burgemeester"). Where the language writes it on the title ("vicegobernadora",
# "wiceprezes") the word is another already.
# Words before a stage that make it an earlier one than the stage a rule names: the
# "semi-final", "demi-finale", "yarı final", "نصف النهائي", "halve finale", "quarter-final"
# are no final.
_STAGE: dict[str, str] = {
    "en": "semi quarter", "fr": "demi quart quarts", "es": "semi cuartos", "pt": "semi quartas", "it": "semi quarti",
    "tr": "yarı çeyrek", "ar": "نصف ربع", "nl": "halve kwart", "de": "halb viertel", "pl": "pół ćwierć",
}
_DEPUTY: dict[str, str] = {
    "en": "deputy vice assistant", "fr": "vice", "es": "vice", "pt": "vice", "it": "vice", "ca": "vice", "ro": "vice",
    "de": "stellvertretende stellvertretender stellvertretenden stellvertretendem vize",
    "nl": "plaatsvervangend plaatsvervangende vice loco", "sv": "vice biträdande ställföreträdande",
    "da": "vice assisterende", "nb": "vise assisterende",
    "ru": "заместитель заместителя заместителем заместителю заместительница вице",  # "вице-премьер"
    "uk": "заступник заступника заступником заступнику заступниця заступниці заступницею віце",
    "pl": "zastępca zastępcy zastępcą zastępczyni zastępczynią", "cs": "náměstek náměstka náměstkyně zástupce zástupkyně",
    "sk": "zástupca zástupcu zástupcom zástupkyňa", "sl": "namestnik namestnika namestnikom namestnica",
    "hr": "zamjenik zamjenika zamjenikom zamjenica", "bs": "zamjenik zamjenika zamjenikom zamjenica",
    "sr": "zamenik zamenika zamjenik zamjenika zamenica zamjenica заменик заменика замјеник замјеника заменица замјеница",
    "be": "намеснік намесніка намесніца віцэ", "bg": "заместник вице", "mk": "заменик", "el": "αναπληρωτής αναπληρώτρια υπο",
    "ar": "نائب نائبة", "fa": "معاون", "he": "סגן סגנית", "id": "wakil deputi", "ms": "timbalan", "vi": "phó",
    "sw": "naibu", "zh": "副", "ja": "副", "mn": "дэд", "tg": "муовини",
    # and the English loan South Asian news writes as often: "डिप्टी गवर्नर", "ডেপুটি গভর্নর"
    "hi": "उप डिप्टी", "bn": "ডেপুটি উপ", "ur": "ڈپٹی نائب", "ne": "उप डेपुटी", "mr": "उप डेप्युटी",
    "te": "ఉప డిప్యూటీ", "ta": "துணை", "si": "නියෝජ්‍ය නියෝජ්ය",
    # "ምክትል ገዥ", "Mataimakiyar gwamnan", "Osote gọvanọ", "Igbákejì gómìnà", "Ku-xigeenka guddoomiyaha"
    "am": "ምክትል", "ti": "ምክትል", "tl": "bise vice", "fil": "bise vice", "ha": "mataimakin mataimakiyar", "ig": "osote", "yo": "igbákejì igbakeji", "so": "xigeenka",
}
# Words for "former" before a title: the "former director Ingrid Palme" is another person
# than the director a rule names ("l'ancienne directrice", "бывший глава", "전 청장").
_FORMER: dict[str, str] = {
    # and "then" before a title: "o então líder", "el entonces presidente", "l'allora ministro",
    # "the then operator", "des damaligen Betreibers", "ówczesny operator", "тогдашний глава"
    "en": "former ex then", "fr": "ancien ancienne ex", "es": "ex antiguo antigua entonces", "it": "ex allora",
    "pt": "ex antigo antiga então", "gl": "ex antigo antiga entón", "ca": "ex antic antiga aleshores",
    "de": "ehemalige ehemaliger ehemaligen früherer frühere früheren ex damalige damaliger damaligen damaliges",
    "nl": "voormalig voormalige toenmalig toenmalige oud", "sv": "förre förra", "da": "tidligere forhenværende", "nb": "tidligere",
    "fi": "entinen entisen silloinen silloisen", "ru": "бывший бывшего бывшему бывшим бывшая экс тогдашний тогдашнего тогдашнему тогдашним тогдашняя", "uk": "колишній колишнього колишня тодішній тодішнього тодішня",
    "be": "былы былога", "pl": "były byłego byłym była ówczesny ówczesnego ówczesnym ówczesna", "cs": "bývalý bývalého bývalá tehdejší", "sk": "bývalý bývalého bývalá",
    "sl": "nekdanji nekdanjega nekdanja takratni takratnega takratna", "hr": "bivši bivšeg bivšem bivša tadašnji tadašnjeg tadašnja", "bs": "bivši bivšeg bivšem bivša tadašnji tadašnjeg tadašnja",
    "sr": "bivši bivšeg bivša tadašnji tadašnjeg бивши бившег бивша тадашњи тадашњег", "bg": "бившия бившият бивш бившата тогавашния тогавашният тогавашната", "mk": "поранешниот поранешната",
    "ro": "fostul fosta", "hu": "korábbi egykori akkori", "el": "πρώην τότε", "tr": "eski dönemin", "id": "mantan", "ms": "bekas",
    "tl": "dating", "vi": "cựu", "hi": "पूर्व", "bn": "সাবেক", "ur": "سابق", "ko": "전", "zh": "原 前", "ja": "元 前",
    # and with a hyphen before the title: "ish-drejtori", "an t-iar-stiúrthóir", "cyn-gyfarwyddwr"
    "is": "fyrrverandi fyrrum", "ga": "iar", "cy": "cyn", "mt": "eks", "sq": "ish",
    "af": "voormalige destydse", "et": "endine tollane", "sw": "aliyekuwa",
    "hy": "նախկին", "ka": "ყოფილი", "az": "keçmiş sabiq", "kk": "бұрынғы экс", "uz": "sobiq", "ky": "мурунку экс",
    "tg": "собиқ", "mn": "хуучин экс",
    "lt": "buvęs buvusi buvusio buvusios buvusiam buvusiai buvusį buvusią tuometinis tuometinė tuometinio",
    "lv": "bijušais bijusī bijušā bijušo bijušajam bijušajai toreizējais toreizējā toreizējo",
    "lb": "fréier fréiere fréieren fréiert deemoleg deemolegen",  # "Déi fréier Direktesch"
}
# and after it: "Nina Golob zuzendari ohiak" (the former director)
_FORMER_AFTER: dict[str, str] = {"ar": "السابق السابقة", "fa": "سابق پیشین", "he": "לשעבר",
                                 "eu": "ohi ohia ohiak ohiaren ohiari"}
# Written after the title, as an adjective ("directeur adjoint", "director adjunto") or a noun
# that takes its genitive ("direktoriaus pavaduotojas", "direktora vietnieks", "müdür
# yardımcısı", "az igazgató helyettese", "დირექტორის მოადგილე").
_DEPUTY_AFTER: dict[str, str] = {
    "fr": "adjoint adjointe", "es": "adjunto adjunta", "pt": "adjunto adjunta", "it": "aggiunto aggiunta",
    "ca": "adjunt adjunta", "ro": "adjunct adjunctă",
    "lt": "pavaduotojas pavaduotoja pavaduotojo pavaduotoją pavaduotojui",
    "lv": "vietnieks vietnieka vietniece vietniekam", "tr": "yardımcısı yardımcısının vekili", "az": "müavini",
    "hu": "helyettes helyettese", "ka": "მოადგილე მოადგილემ მოადგილის მოადგილეს მოადგილედ", "hy": "տեղակալ",
    "ky": "орун", "kk": "орынбасары орынбасарының", "et": "asetäitja asetäitjana asetäitjaks",
    "uz": "o‘rinbosari o'rinbosari orinbosari",
    "rw": "wungirije", "sw": "msaidizi",  # "Guverineri wungirije", "Gavana msaidizi"
}

# Words for "previous", which make the noun an earlier one than the event a source is
# about ("the previous elections, in July 2020", "las elecciones anteriores", "предыдущие
# выборы"): written before the noun, and after it.
_PREVIOUS_BEFORE: dict[str, str] = {
    "en": "previous",
    "es": "anterior anteriores pasado pasada pasados pasadas",
    "pt": "anterior anteriores", "ca": "anterior anteriors",
    "it": "precedente precedenti",
    "fr": "précédent précédente précédents précédentes",
    "de": "vorherige vorherigen vorheriger vorheriges vorige vorigen voriger voriges bisherige bisherigen "
          "bisheriger bisheriges",
    "nl": "vorige", "sv": "föregående tidigare", "da": "forrige", "nb": "forrige",
    "fi": "edellinen edellisen edellistä edellisessä",
    "hr": "prethodni prethodna prethodno prethodnog prethodnom prethodnoj prethodnu",
    "bs": "prethodni prethodna prethodno prethodnog prethodnom prethodnoj prethodnu",
    "sr": "prethodni prethodna prethodno prethodnog prethodnom prethodnoj prethodnu "
          "претходни претходна претходно претходног претходном претходној претходну",
    "sl": "prejšnji prejšnja prejšnje prejšnjega prejšnjem",
    "pl": "poprzedni poprzednia poprzednie poprzedniego poprzedniej poprzednim poprzednich "
          "dotychczasowy dotychczasowa dotychczasowe dotychczasowego dotychczasowej dotychczasowym",
    "cs": "předchozí předchozího předchozím",
    "sk": "predchádzajúci predchádzajúca predchádzajúce predchádzajúceho predošlý predošlá predošlé",
    "ru": "предыдущий предыдущая предыдущее предыдущие предыдущего предыдущей предыдущих предыдущем предыдущим "
          "прежний прежняя прежнее прежние прежнего прежней прежних прежнем прежним",
    "uk": "попередній попередня попереднє попередні попереднього попередньої попередніх",
    "bg": "предишен предишна предишно предишни предишния предишната предишното",
    "hu": "előző", "tr": "önceki",
    "el": "προηγούμενος προηγούμενη προηγούμενο προηγούμενοι προηγούμενες προηγούμενου προηγούμενης προηγούμενων",
}
_PREVIOUS_AFTER: dict[str, str] = {
    "es": "anterior anteriores", "pt": "anterior anteriores", "ca": "anterior anteriors",
    "it": "precedente precedenti", "fr": "précédent précédente précédents précédentes",
    "ro": "anterior anterioară anteriori anterioare precedent precedentă precedenți precedente",
    "ar": "السابق السابقة", "fa": "قبلی پیشین", "he": "הקודם הקודמת הקודמים הקודמות",
    "id": "sebelumnya", "ms": "sebelumnya", "sw": "uliopita iliyopita zilizopita lililopita",
}


# Words of severity beside the hurt that make them a part of all who were: "Seven seriously
# injured passengers were flown to hospital" states no count of the injured (38), nor do
# "Ağır yaralı 7 kişi", "sept blessés graves". Written before the word (adverbs of hurt,
# not adjectives of any noun: "severe flood", "سیل شدید"), and the plural adjectives after it
# (not "un accident grave", one).
_SEVERITY_BEFORE: dict[str, str] = {
    "en": "seriously critically severely gravely", "de": "schwer schwerst lebensgefährlich",
    "nl": "zwaar ernstig", "fr": "grièvement gravement", "es": "gravemente", "pt": "gravemente",
    "it": "gravemente", "ca": "greument", "pl": "ciężko poważnie", "cs": "těžce vážně",
    "sk": "ťažko vážne", "hr": "teško", "bs": "teško", "sr": "teško тешко", "ru": "тяжело",
    "uk": "тяжко важко", "bg": "тежко", "mk": "тешко", "tr": "ağır", "az": "ağır", "hu": "súlyosan",
    "fi": "vakavasti", "et": "raskelt", "sv": "allvarligt svårt", "da": "alvorligt", "nb": "alvorlig",
    "el": "σοβαρά", "ro": "grav", "sl": "hudo huje", "hy": "ծանր", "ka": "მძიმედ", "lt": "sunkiai",
    "lv": "smagi",
}
_SEVERITY_AFTER: dict[str, str] = {
    "fr": "graves grièvement", "es": "graves", "pt": "graves", "it": "gravi", "ca": "greus",
    "he": "קשה",
}


# The hurt said to be in a serious or critical condition, as the clause after them tells it:
# "Eleven injured are in serious condition", "Једанаест повређених је у тешком стању",
# "আহতদের মধ্যে ১১ জনের অবস্থা গুরুতর", "حال ۱۱ نفر از مجروحان وخیم است": a part of all the
# hurt, as the seriously injured are (_SEVERITY_BEFORE). Phrases, case-folded.
_IN_A_CONDITION: dict[str, tuple[str, ...]] = {
    "en": ("in serious condition", "in critical condition", "in a serious condition", "in a critical condition",
           "in a life-threatening condition"),
    "de": ("in kritischem zustand", "in lebensgefahr", "in ernstem zustand", "in lebensbedrohlichem zustand"),
    "nl": ("in kritieke toestand", "in levensgevaar", "in ernstige toestand"),
    "fr": ("dans un état grave", "dans un état critique", "en urgence absolue", "entre la vie et la mort"),
    "es": ("en estado grave", "en estado crítico", "de gravedad", "en condición crítica"),
    "pt": ("em estado grave", "em estado crítico"), "ca": ("en estat greu", "en estat crític"),
    "it": ("in gravi condizioni", "in condizioni critiche", "in prognosi riservata", "in pericolo di vita"),
    "ro": ("în stare gravă", "în stare critică"), "pl": ("w stanie ciężkim", "w ciężkim stanie", "w stanie krytycznym"),
    "cs": ("v kritickém stavu", "ve vážném stavu", "v těžkém stavu"), "sk": ("v kritickom stave", "vo vážnom stave"),
    **{language: ("u teškom stanju", "u kritičnom stanju", "u životnoj opasnosti", "у тешком стању",
                  "у критичном стању") for language in ("hr", "bs", "sr")},
    "sl": ("v kritičnem stanju", "v hudem stanju", "v življenjski nevarnosti"),
    "ru": ("в тяжелом состоянии", "в тяжёлом состоянии", "в критическом состоянии", "в крайне тяжелом состоянии"),
    "uk": ("у важкому стані", "в важкому стані", "у тяжкому стані", "в тяжкому стані", "у критичному стані"),
    "bg": ("в тежко състояние", "в критично състояние"), "mk": ("во тешка состојба", "во критична состојба"),
    "el": ("σε κρίσιμη κατάσταση", "σε σοβαρή κατάσταση"), "tr": ("durumu ağır", "durumu kritik", "hayati tehlike"),
    "hu": ("súlyos állapotban", "válságos állapotban", "kritikus állapotban"),
    "fi": ("vakavassa tilassa", "kriittisessä tilassa"), "et": ("raskes seisundis", "kriitilises seisundis"),
    "sv": ("allvarligt tillstånd", "kritiskt tillstånd"), "da": ("kritisk tilstand", "alvorlig tilstand"),
    "nb": ("kritisk tilstand", "alvorlig tilstand"),
    "ar": ("في حالة خطرة", "في حالة حرجة", "حالتهم خطرة", "حالتهم حرجة", "حالة خطيرة"),
    "fa": ("وخیم", "حال وخیم"), "he": ("במצב קשה", "במצב אנוש", "במצב קריטי"),
    "hi": ("हालत गंभीर", "गंभीर हालत", "हालत नाजुक"), "bn": ("অবস্থা গুরুতর", "অবস্থা আশঙ্কাজনক"),
    "ur": ("حالت تشویشناک", "حالت نازک", "حالت تشویش ناک"), "id": ("kondisi kritis", "kondisi serius"),
    "ms": ("keadaan kritikal", "keadaan serius"), "vi": ("nguy kịch", "tình trạng nguy kịch"),
}


@lru_cache(maxsize=128)
def condition_phrases(language: str | None) -> tuple[str, ...]:
    """The phrases of ``language`` that tell the hurt before them are in a serious or
    critical condition (:data:`_IN_A_CONDITION`), case-folded."""
    return tuple(phrase.casefold() for phrase in _IN_A_CONDITION.get(primary_language(language) or "", ()))


def _folded(language: str | None, before: tuple[dict[str, str], ...],
            after: tuple[dict[str, str], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words ``language`` has in the tables written before the noun, and in
    those written after it (each a space-separated list per language)."""
    base = primary_language(language) or ""
    return (frozenset(fold(word) for table in before for word in table.get(base, "").split()),
            frozenset(fold(word) for table in after for word in table.get(base, "").split()))


@lru_cache(maxsize=128)
def another_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of ``language`` that make the noun after them, and those that
    make the noun before them, another one."""
    return _folded(language, (_BEFORE, _STAGE), (_AFTER,))


@lru_cache(maxsize=128)
def holder_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of ``language`` for "deputy" and "former" written right before a
    title, and those written right after it: the title is another person's ("Deputy
    Governor", "former director", "directeur adjoint"). Only beside it: in "Бивши министар
    осуђен је" the one sentenced is the former minister."""
    return _folded(language, (_DEPUTY, _FORMER), (_DEPUTY_AFTER, _FORMER_AFTER))


@lru_cache(maxsize=128)
def severity_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of ``language`` for "seriously" written right before the hurt, and
    those written right after them: the hurt are a part of all, another count."""
    return _folded(language, (_SEVERITY_BEFORE,), (_SEVERITY_AFTER,))


@lru_cache(maxsize=128)
def previous_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of ``language`` for "previous" written before the noun, and those
    written after it."""
    return _folded(language, (_PREVIOUS_BEFORE,), (_PREVIOUS_AFTER,))


# Words for "next", which make the noun a later one than an event a source reports as past
# ("at the next meeting, on 4 December", "bei der nächsten Sitzung am 4. Dezember", "на
# следующем заседании"): written before the noun, and after it. Not "following" nor
# "coming" alone, which also date the event itself ("the following day").
_NEXT_BEFORE: dict[str, str] = {
    "en": "next upcoming",
    "de": "nächste nächsten nächster nächstes kommende kommenden kommender kommendes",
    "nl": "volgende komende", "sv": "nästa kommande", "da": "næste kommende", "nb": "neste kommende",
    "fr": "prochain prochaine prochains prochaines", "es": "próximo próxima próximos próximas",
    "pt": "próximo próxima próximos próximas", "gl": "próximo próxima próximos próximas",
    "it": "prossimo prossima prossimi prossime", "ca": "proper propera propers properes",
    "ro": "viitor viitoare viitoarea viitorul viitoarei viitorului",
    "fi": "seuraava seuraavan seuraavassa seuraavaa seuraavana seuraavaan seuraavalla ensi",
    "et": "järgmine järgmise järgmisel järgmisele järgmisest järgmises järgmisesse",
    "lv": "nākamais nākamā nākamajā nākamo nākamās nākamajai nākamajam",
    "lt": "artimiausias artimiausią artimiausiame artimiausio artimiausioje",
    "hr": "sljedeći sljedeća sljedeće sljedećeg sljedećoj sljedećem sljedeću idući iduća iduće idućeg idućoj "
          "idućem iduću",
    "bs": "sljedeći sljedeća sljedeće sljedećeg sljedećoj sljedećem sljedeću idući iduća iduće idućeg idućoj "
          "idućem iduću",
    "sr": "sledeći sledeća sledeće sledećeg sledećoj sledećem sledeću naredni naredna naredne narednog narednoj "
          "narednom следећи следећа следеће следећег следећој следећем наредни наредна наредне наредног наредној "
          "наредном",
    "sl": "naslednji naslednja naslednje naslednjega naslednjem prihodnji prihodnja prihodnje prihodnjem",
    "pl": "następny następna następne następnego następnej następnym najbliższy najbliższa najbliższe "
          "najbliższego najbliższej najbliższym",
    "cs": "příští příštího příštím nejbližší nejbližšího nejbližším",
    "sk": "budúci budúca budúce budúceho budúcom najbližší najbližšia najbližšie najbližšieho najbližšom",
    "ru": "следующий следующая следующее следующие следующего следующей следующем ближайший ближайшая "
          "ближайшее ближайшего ближайшей ближайшем",
    "uk": "наступний наступна наступне наступного наступній наступному наступним найближчий найближча "
          "найближче найближчого найближчій найближчому",
    "bg": "следващ следващия следващата следващото следващите", "mk": "следниот следната наредниот наредната",
    "hu": "következő", "tr": "sonraki gelecek", "el": "επόμενος επόμενη επόμενο επόμενης επόμενου επόμενες",
}
_NEXT_AFTER: dict[str, str] = {
    "es": "próximo próxima", "pt": "seguinte", "it": "successivo successiva", "fr": "suivant suivante",
    "ro": "următor următoare următoarea următorul", "ar": "المقبل المقبلة القادم القادمة", "fa": "بعدی آینده",
    "he": "הבא הבאה", "id": "berikutnya mendatang", "ms": "berikutnya akan datang", "sw": "ujao ijayo ujayo",
}


@lru_cache(maxsize=128)
def next_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of ``language`` for "next" written before the noun, and those
    written after it."""
    return _folded(language, (_NEXT_BEFORE,), (_NEXT_AFTER,))


# Words written right before a person's name that make the name a former holder of the
# post a rule is about, the one succeeded or replaced ("Marquardt succeeded Markus Ritter",
# "took over from", "his predecessor", "Nachfolgerin von", "a succédé à", "sustituyó a",
# "сменил"), each a phrase; and the participles written after the name that do so with the
# word for "from" before it ("den Vorsitz von Markus Ritter übernommen").
_SUCCEEDED_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("succeeded", "succeeds", "succeeding", "replaced", "replaces", "replacing", "predecessor", "over from",
           "successor to", "successor of"),
    "de": ("nachfolger von", "nachfolgerin von", "vorgänger", "vorgängerin", "löste", "ersetzte", "ersetzt"),
    "fr": ("succède à", "succédé à", "remplace", "remplacé", "remplacer", "prédécesseur", "prédécesseure",
           "successeur de", "successrice de"),
    "es": ("sucedió a", "sucede a", "sustituyó a", "sustituye a", "reemplazó a", "reemplaza a", "predecesor",
           "predecesora", "sucesor de", "sucesora de", "relevo de"),
    "it": ("succeduto a", "succeduta a", "succede a", "sostituito", "sostituita", "sostituisce", "predecessore",
           "successore di"),
    "pt": ("sucedeu", "sucede", "substituiu", "substitui", "antecessor", "antecessora", "sucessor de",
           "sucessora de"),
    "nl": ("verving", "vervangt", "voorganger", "voorgangster", "opvolger van", "opvolgster van"),
    "ru": ("сменил", "сменила", "заменил", "заменила", "предшественник", "предшественника", "преемник",
           "преемница"),
    "uk": ("змінив", "змінила", "замінив", "замінила", "попередник", "попередника", "наступник", "наступниця"),
    "pl": ("zastąpił", "zastąpiła", "poprzednik", "poprzedniczka", "następca", "następczyni"),
}
_SUCCEEDED_AFTER: dict[str, tuple[str, str]] = {"de": ("von", "übernommen übernahm"), "nl": ("van", "overgenomen")}


@lru_cache(maxsize=128)
def succeeded_words(language: str | None) -> tuple[tuple[tuple[str, ...], ...], tuple[str, frozenset[str]]]:
    """The folded phrases of ``language`` written right before a person's name that make
    them the one succeeded, and its word for "from" with the participles written after such
    a name (:data:`_SUCCEEDED_BEFORE`, :data:`_SUCCEEDED_AFTER`)."""
    base = primary_language(language) or ""
    before = tuple(tuple(fold(word) for word in phrase.split()) for phrase in _SUCCEEDED_BEFORE.get(base, ()))
    word, participles = _SUCCEEDED_AFTER.get(base, ("", ""))
    return before, (fold(word) if word else "", frozenset(fold(p) for p in participles.split()))


# "After", "before", "since" written before the noun, past its article ("after the
# eruption", "nach dem Ausbruch", "después de la erupción", "پس از فوران"), and written
# after it ("噴火前", "噴火の後", "분화 후", "patlamadan sonra", "a kitörés után", "विस्फोट के
# बाद"): the noun is the time something else is told against.
_REFERENCE_BEFORE: dict[str, str] = {
    "en": "after before following since", "de": "nach vor seit", "fr": "après avant depuis",
    "es": "tras después antes desde", "it": "dopo prima", "pt": "após depois antes desde", "ca": "després abans",
    "gl": "despois antes dende", "nl": "na sinds", "sv": "efter sedan", "da": "efter siden", "nb": "etter siden",
    "ru": "после", "uk": "після", "be": "пасля", "pl": "po przed", "cs": "po před",
    "sk": "po pred", "sl": "po pred", "hr": "nakon poslije prije", "bs": "nakon poslije prije",
    "sr": "nakon posle pre после пре након", "bg": "след преди", "mk": "по пред", "ro": "după înainte",
    "el": "μετά πριν", "fi": "ennen", "et": "pärast enne", "lv": "pēc pirms", "lt": "po prieš",
    "id": "setelah sesudah sebelum sejak pasca", "ms": "selepas sebelum sejak", "tl": "pagkatapos bago",
    "vi": "sau trước", "ar": "بعد قبل منذ", "fa": "پس بعد قبل پیش", "sw": "baada kabla tangu", "ha": "bayan kafin",
}
_REFERENCE_AFTER: dict[str, str] = {
    "ja": "前 後 以降 以来", "zh": "后 後 前 以来 之后 之前 以后", "ko": "후 전 이후 이전 뒤",
    "tr": "sonra önce beri", "az": "sonra əvvəl", "hu": "után előtt óta", "fi": "jälkeen", "et": "järel",
    "hi": "बाद पहले", "ur": "بعد پہلے", "bn": "পর পরে আগে", "ne": "पछि अघि", "ta": "பிறகு பின்",
    "ka": "შემდეგ წინ", "hy": "հետո առաջ անց", "kk": "кейін бұрын", "uz": "keyin oldin", "mn": "дараа өмнө",
    "am": "በኋላ በፊት",
}


@lru_cache(maxsize=128)
def reference_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of ``language`` for "after", "before" and "since" written before a
    noun, and those written after it: the noun is the time something else is told against."""
    return _folded(language, (_REFERENCE_BEFORE,), (_REFERENCE_AFTER,))
