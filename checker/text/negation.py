"""Negation cues per language, folded: the words that turn a clause into a denial.

A clause is negated when one of its language's cues stands among, or just before, the
words that matched. Cues are kept as written in each language and folded with the
shared normaliser, so Cyrillic and Latin spellings of Serbian meet on one key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from os.path import commonprefix
from types import MappingProxyType

from .normalise import fold, fold_words, primary_language, token_columns
from .tense import verb_comes_last

_CUES: dict[str, str] = {
    "en": "not no never neither nor cannot didn doesn isn wasn weren aren wouldn couldn shouldn "
          "hasn haven hadn mustn nobody nothing",
    "hr": "ne nije nisu nisam nismo niste nisi neće nećemo nećete neću nećeš nema nemaju nikad nikada "
          "nipošto niti nimalo",
    "sr": "ne nije nisu nisam nismo niste nisi neće nećemo nećete neću nema nemaju nikad nikada niti "
          "не није нису нисам нисмо нисте неће нећемо нећете нећу нема немају никад никада нити",
    "bs": "ne nije nisu nisam nismo niste nisi neće nećemo nećete neću nema nemaju nikad nikada niti",
    "sl": "ne ni niso nisem nismo nikoli nima nimajo",
    "ro": "nu n niciodată nici deloc nimeni nimic",
    "de": "nicht kein keine keinen keinem keiner keines nie niemals nirgends weder niemand",
    "fr": "ne n pas jamais aucun aucune ni rien personne guère",
    "es": "no nunca jamás ni tampoco ningún ninguno ninguna nada nadie",
    "it": "non mai né nessun nessuno nessuna niente nulla",
    "pt": "não nunca jamais nem nenhum nenhuma nada ninguém",
    "gl": "non nunca xamais nin ningún ningunha nada ninguén",
    "pl": "nie nigdy żaden żadna żadne ani",
    "cs": "ne nikdy žádný žádná nebyl nebyla nebylo nejsou není",
    "sk": "nie nikdy žiadny žiadna nebol nebola",
    "ru": "не нет никогда ни нельзя",
    "uk": "не ні ніколи немає нема",
    "bg": "не няма никога",
    "nl": "niet geen nooit niemand",
    "sv": "inte ej aldrig ingen inget",
    "da": "ikke aldrig ingen",
    "nb": "ikke aldri ingen",
    # and, where the verb comes last, the verb of denying right after the clause it denies:
    # "sözleşmeyi onayladığını yalanladı", "fidye ödendiği iddialarını reddetti" (rejected the
    # claims that a ransom was paid), "təsdiqlədiyini təkzib edib", "iddiaları rədd edib"
    # (and "değil" with the copula's endings, "değildi", was not; the negated participle of "be",
    # "kilitli olmadığını söyledi", said they were not locked)
    "tr": "değil değildi değildir değiller değildiler değilmiş yok yoktu asla hiç yalanladı yalanladılar yalanlandı "
          "reddetti reddettiler reddediyor reddetmişti "
          "olmadığını olmadığı olmadığına olmadıklarını",
    "hu": "nem nincs soha sem",
    "mk": "не нема никогаш ниту",
    # (and the negative verb written on a conjunction: "ettei" (that … not), "jottei" (so that … not),
    # "vaikkei" (although … not), "muttei" (but … not))
    "fi": "ei eivät en et emme ette eikä koskaan ettei etteivät jottei jotteivät vaikkei muttei",
    "et": "ei mitte pole kunagi",
    "lt": "ne nėra niekada nei",
    "lv": "ne nav nekad nedz",
    "el": "δεν μην μη ποτέ ούτε κανένας καμία κανένα όχι",
    "ca": "no mai cap ni res ningú",
    "id": "tidak tak bukan belum tiada takkan",
    "ms": "tidak tak bukan belum tiada takkan",
    "vi": "không chưa chẳng chả",
    # with "and" (و, ف; Hebrew ו) written on them: "ولم تطلب أنقرة …", "והממשלה ולא …"
    "ar": "لا لم لن ليس ليست ليسوا أبدا ولا ولم ولن وليس وليست فلا فلم فلن",
    "he": "לא אין אינו אינה אינם אינן מעולם ולא ואין",
    "fa": "نه نمی نیست نیستند هرگز نتوانست نتوانستند نتوانسته",  # نتوانست: could not
    "ps": "نه نشي نشو مه هېڅکله هیڅکله",
    "ckb": "نا نە نییە نەبوو نەبووە هەرگیز",
    "hi": "नहीं न मत कभी",
    "ur": "نہیں نہ کبھی",
    "bn": "না নয় নন নই নেই কখনো",  # নন, নই: "is not", "am not" ("রাজি নন", not willing)
    "be": "не ні ніколі няма",
    "kk": "жоқ емес ешқашан",
    "az": "yox deyil deyildi deyildir deyillər olmadığını olmadığı heç təkzib rədd",
    "sq": "nuk kurrë asnjë s jo",  # "s" is "nuk" written on the next word: "s'e miratoi", "s'ka"; "jo" (not: "jo në Dravik")
    "is": "ekki aldrei engin",
    # Irish "ní" before the verb, "níor" before its past, "nár", "nach" in a clause ("deir
    # sé nár phléasc"), "níl" (is not), "riamh" (never); Welsh "ni", "nid" before the verb,
    # "nad" in a clause, "ddim" after the subject ("Wnaeth y roced ddim ffrwydro"), "byth"
    # (never), "neb" (nobody). Welsh "na" is also "than" ("mwy na 200"), "dim" also "only"
    # ("dim ond"): left out.
    "ga": "ní níor nár nach níl riamh",
    "cy": "ni nid nad ddim byth neb",
    # Maltese "ma" before the verb (which takes -x: "ma aċċettax"), "m'" before a vowel, "mhux" (is not)
    "mt": "ma m mhux mhix mhumiex qatt ebda",
    "ka": "არ ვერ არა არასდროს",
    # Basque "ez" before the auxiliary, which it moves before the verb: "onartu du" (has
    # approved), "ez du onartu" (has not); "ezin" (cannot), "inoiz" (never), "ezta" (nor)
    "eu": "ez ezin inoiz ezta",
    # the negated auxiliary before the participle: "չի ճանաչել" (has not recognised)
    "hy": "ոչ չէ չեն երբեք չի չեմ չես չենք չեք չէր չէի չէին չէիր չէինք չէիք",
    # "si" is "is not"; the verb itself is denied by its prefix (_VERB_PREFIXES)
    "sw": "hakuna hapana si siyo sio kamwe",
    # Malagasy "tsy" (not) before the verb or adjective ("Tsy ampy ny vaksiny"), "tsisy" (there is
    # no), "tsia" (no); Chichewa "si" (is not), "palibe" (there is none); Oromo "hin" before the
    # verb and "miti" (is not) after its adjective ("ga'aa miti"). A list of their own keeps the
    # other languages' cues off them (Chichewa "cha" is "of").
    "mg": "tsy tsisy tsia", "ny": "si palibe ayi", "om": "hin miti hinjiru",
    # with the auxiliary -zange / -zanga, "did not, never" (akazange amukele), inflected for
    # its subject like a verb (_zange below); ngeke, soze "will not, never"
    "zu": "hhayi ngeke angeke",
    "xh": "hayi soze",
    # Kinyarwanda and Luganda deny with a prefix too (_PREFIXES); Shona's past is ha- and
    # the subject's -na, "has not", before the infinitive (haana kubvuma)
    "rw": "ntabwo nta oya",
    "lg": "nedda tewali",
    "sn": "kwete haana havana handina hatina hamuna hauna haina harina hachina hazvina haruna hapana",
    "ln": "te",
    "tl": "hindi wala huwag itinanggi itinatanggi",  # "itinanggi ni … na …", denied that
    "mr": "नाही न नये",
    "gu": "નથી ન નહીં",
    "pa": "ਨਹੀਂ ਨਾ",
    "ne": "छैन छैनन् होइन होइनन् थिएन थिएनन् भएन भएनन्",
    "si": "නැහැ නැත නෑ නොවේ නැති නැතැයි",  # නැති: "කර නැති" (has not done)
    "ta": "இல்லை அல்ல",  # "is not" as a word; "did not" is an ending (_SUFFIXES)
    "te": "కాదు లేదు లేరు",
    "ky": "эмес жок",
    "mn": "үгүй биш",
    # Hausa also denies with "refuse" before the verbal noun: "sun ƙi amincewa" (did not accept)
    "ha": "ba bai ƙi",
    # Afrikaans writes "nie" twice, the second ending the clause: "het nie … goedgekeur nie"
    "af": "nie nooit geen niks niemand",
    # Uzbek "yoʻq" (there is none: "maʼqullagani yoʻq", has not approved) and "emas" (is not)
    "uz": "yoʻq yo'q yo‘q yoq emas hech йўқ эмас ҳеч",
    # Somali "ma" before the negative verb: "ma aysan ogolaan", "ma uusan"; "ma aha", is not
    # and the subject's pronoun with the negative -san after "ma": "ma uusan", "ma aysan"
    # and "ma" joined to the preposition before the verb: "kuma dhawaaqin" (did not declare), "kama", "uma", "lama"
    "so": "ma maya weligeed weligii uusan aysan aanan aadan aynaan aydaan kuma kama uma lama",
    # Igbo denies with a suffix on the verb (_SUFFIXES: "ekwupụtaghị"); "mba" (no); its "n'" is "in"
    "ig": "mba",
    "yo": "kò ko",
    "am": "አይደለም የለም በጭራሽ",
    # Chinese is read a character at a time: 不 and 没 are the cues (没有 is 没 and 有).
    # Not 别 (don't): an imperative, and news writes it in 特别, 分别 and names (别洛娃).
    "zh": "不 没 沒 未 无 無 非 勿",
    "ko": "안 못 않 않았다 않는다 않았고 않을 않아 없다 없었다 아니다",
}
_CUES["nn"] = _CUES["nb"]


# Verbs that deny what the clause after their "that" says ("the Kremlin denied that
# Putin accepted the invitation"), also across the comma German, the Slavic languages,
# Georgian and Armenian write before it ("bestritt, dass …", "опроверг, что …", "უარყო,
# რომ …"). Only before "that": elsewhere such a verb is what a phrasing may state
# ("the council denied the proposal"), not a negation.
_DENYING: dict[str, str] = {
    "en": "denied denies deny denying refuted",
    "de": "bestritt bestritten bestreitet dementierte dementierten dementiert leugnete",
    "nl": "ontkende ontkenden ontkent ontkennen",
    "fr": "démenti démentent dément nié nie nient exclu exclut",  # "a exclu que …" (ruled out that)
    "es": "negó negaron niega niegan desmintió desmintieron desmiente descartó descartaron descarta descartan negado "
          "desmentido descartado",  # and "ha negado que …"
    "it": "smentito smentisce smentiscono negato nega negano escluso esclude escludono",
    "pt": "negou negaram nega negam desmentiu desmente desmentiram descartou descartaram descarta",
    "ro": "negat neagă dezmințit dezminte",
    # (in every gender: "Ministarstvo je demantiralo da …", the ministry, neuter)
    "hr": "demantirao demantirala demantiralo demantirali demantirale demantira zanijekao zanijekala zanijekalo "
          "zanijekali porekao porekla poreklo porekli negirao negirala negiralo negirali opovrgnuo opovrgnula "
          "opovrgnulo opovrgli",
    "bs": "demantovao demantovala demantovalo demantovali demantirao demantirala demantiralo demantirali negirao "
          "negirala negiralo negirali porekao porekla poreklo",
    "sr": "demantovao demantovala demantovalo demantovali negirao negirala negiralo negirali porekao porekla "
          "poreklo porekli демантовао демантовала демантовало демантовали негирао негирала негирало негирали "
          "порекао порекла порекло порекли",
    "sl": "zanikal zanikala zanikalo zanikali demantiral demantirala demantiralo demantirali",
    "pl": "zaprzeczył zaprzeczyła zaprzeczyło zaprzeczyli zaprzeczyły zaprzecza zaprzeczają zdementował zdementowała "
          "zdementowali",
    "cs": "popřel popřela popřelo popřeli popřely dementoval dementovala dementovalo dementovali",
    "sk": "poprel poprela poprelo popreli dementoval dementovala dementovalo dementovali",
    "ru": "опроверг опровергла опровергли опровергло отрицал отрицала отрицало отрицали отрицает опровергает",
    "uk": "спростував спростувала спростувало спростували заперечив заперечила заперечило заперечили заперечує",
    "bg": "отрече отрекоха опроверга опровергаха отрича отричат",
    "lt": "paneigė neigė paneigia neigia",  # "Ministerija paneigė, kad …"
    "lv": "noliedza noliedz atspēkoja",
    "et": "eitas eitasid eitab",
    "ca": "negat nega neguen negar desmentit desmenteix desmentir",  # "ha negat que", "va negar que"
    "gl": "negou negaron nega desmentiu",
    "mk": "негираше демантираше негира негираа демантира демантираа",
    "be": "абверг абвергла абвергла абвергнулі абвяргае адмаўляе адмаўляюць адмаўляў адмаўляла",
    "sq": "mohoi mohuan mohon mohojnë",  # "mohoi se …"
    "is": "neitar neitaði neituðu",  # "neitar því að …"
    "mt": "ċaħad ċaħdet ċaħdu jiċħad tiċħad",  # "ċaħad li …"
    # Irish writes the verb first, its subject between it and "that": "Shéan an t-aire go raibh …"
    "ga": "shéan séanann",
    "cy": "gwadu gwadodd",  # "wedi gwadu bod …"
    "ka": "უარყო უარყვეს",
    "hy": "հերքել հերքեց հերքում",
    "sv": "förnekade förnekar",
    "da": "afviste benægtede",
    "nb": "benektet avviste",
    "fi": "kiisti kiistää",
    "tr": "yalanladı yalanladılar reddetti reddettiler",
    # and where the verb comes last, the verb of denying (or its noun before a light verb)
    # after the reports of the claim: "құн төленді деген ақпаратты жоққа шығарды" (denied the
    # report that a ransom was paid), "xabarlarni rad etdi", "xəbərləri təkzib edib", "мэдээллийг
    # үгүйсгэв", "தகவல்களை அமைச்சர் மறுத்தார்", "వార్తలను మంత్రి ఖండించారు", "समाचारको खण्डन गरे",
    # "වාර්තා ප්‍රතික්ෂේප කළේය", "ዘገባ አስተባብለዋል"
    "kk": "жоққа теріске", "uz": "rad inkor", "az": "təkzib rədd inkar",
    "mn": "үгүйсгэв үгүйсгэсэн үгүйсгэжээ үгүйсгэлээ няцаав няцаасан няцаажээ",
    "ta": "மறுத்தார் மறுத்தனர் மறுத்துள்ளார் மறுத்துள்ளனர் மறுத்துள்ளது மறுத்தது மறுப்பு",
    "te": "ఖండించారు ఖండించింది ఖండించాడు తోసిపుచ్చారు తోసిపుచ్చింది",
    "ne": "खण्डन खंडन अस्वीकार इन्कार", "si": "ප්‍රතික්ෂේප",
    "am": "አስተባብለዋል አስተባበለ አስተባበሉ አስተባብሏል ውድቅ ካደ ክደዋል",
    "el": "αρνήθηκε αρνήθηκαν αρνούνται αρνείται διέψευσε διέψευσαν διαψεύδει",  # "αρνήθηκε ότι …"
    "id": "membantah menyangkal",  # "membantah bahwa …"
    "ms": "menafikan menyangkal",
    "hu": "tagadta tagadják tagadja cáfolta cáfolja",
    # Arabic writes the verb first, its subject between it and "that": "نفت الحكومة أن …"
    # (_SUBJECT_BEFORE_THAT); Persian with its light verb, "تکذیب کرد که …"
    "ar": "نفى نفت نفوا ينفي تنفي ونفى ونفت ونفوا وتنفي وينفي أنكر أنكرت نفيه",
    "he": "הכחיש הכחישה הכחישו מכחיש מכחישה מכחישים",
    "fa": "تکذیب انکار",
    "af": "ontken ontkende",  # "het ontken dat …"
    "sw": "alikanusha ilikanusha walikanusha amekanusha imekanusha wamekanusha anakanusha inakanusha",
    "ha": "musanta",  # "ta musanta cewa …"
    "so": "beeniyay beeniyeen beenisay",  # "wuu beeniyay in …"
    # nouns of denying with a light verb (_LIGHT_BEFORE_THAT): "खंडन किया कि …", "تردید کی کہ …"
    "hi": "खंडन इनकार इंकार खारिज", "ur": "تردید انکار مسترد", "bn": "অস্বীকার",
    "pa": "ਇਨਕਾਰ ਖੰਡਨ", "gu": "ઇનકાર ખંડન", "mr": "नाकारले नाकारली नाकारला इन्कार खंडन",
}
# Verbs of denying of several words, where a word alone is another's: Vietnamese "phủ nhận"
# (denied; "nhận" alone is "received", and "xác nhận rằng" confirmed that), "bác bỏ" (rejected).
_DENYING_WORDS: dict[str, tuple[str, ...]] = {"vi": ("phủ nhận", "bác bỏ", "bác tin")}
# (and "according to which" after the noun of a claim: "les rumeurs selon lesquelles …", "le
# voci secondo cui …", Armenian "պնդումները, թե …", Georgian "მტკიცება, თითქოს …")
_THAT: dict[str, str] = {
    "en": "that", "de": "dass daß", "nl": "dat", "fr": "que qu lesquelles lesquels laquelle lequel",
    "es": "que cuales", "it": "che cui", "pt": "que quais",
    "ro": "că cărora", "hr": "da", "bs": "da", "sr": "da да", "sl": "da", "pl": "że jakoby", "cs": "že", "sk": "že",
    "ru": "что", "uk": "що", "be": "што", "sq": "se", "is": "að", "mt": "li", "ga": "go gur", "cy": "bod fod",
    "bg": "че", "lt": "kad", "lv": "ka", "et": "et", "ca": "que", "gl": "que", "mk": "дека", "ka": "რომ თითქოს", "hy": "որ թե", "sv": "att", "da": "at",
    "nb": "at", "fi": "että", "tr": "ki", "vi": "rằng", "el": "ότι πως", "id": "bahwa", "ms": "bahawa",
    "hu": "hogy",
    "ar": "أن بأن", "he": "כי", "fa": "که",
    "af": "dat", "sw": "kwamba kuwa", "ha": "cewa", "so": "in", "hi": "कि", "ur": "کہ", "bn": "যে", "pa": "ਕਿ", "gu": "કે", "mr": "की",
}

# The words that open a clause of what a verb of denying denies where no "that" does: the
# perfect's infinitive or gerund right after the verb ("denied having arrested a suspect",
# "a démenti avoir interpellé", "negó haber detenido", "ha negato di aver arrestato", "negou
# ter detido"), and the infinitive's particle after the clause's verb, where German and
# Dutch set it after a comma ("bestritt, einen Verdächtigen festgenommen zu haben",
# "ontkende een verdachte te hebben aangehouden").
_DENYING_TO: dict[str, str] = {
    "en": "having being", "fr": "avoir être d", "es": "haber", "pt": "ter haver", "gl": "ter", "ca": "haver",
    "it": "di d aver avere essere",
}
_DENYING_TO_AFTER: dict[str, str] = {"de": "zu", "nl": "te"}


# A verb of refusing or failing before the verb it governs denies it: "the parliament
# refused to approve the budget", "a refusé d'approuver", "se negó a aprobar", "отказался
# утвердить". Each a row of words, compared folded, with the word that introduces the
# infinitive where one does, so "profits declined as …" or "the failed coup" deny nothing.
_REFUSING: dict[str, tuple[str, ...]] = {
    "en": ("refused to", "refuses to", "refusing to", "declined to", "declines to", "failed to", "fails to",
           "yet to"),
    "fr": ("refusé de", "refusé d", "refuse de", "refuse d", "refusent de", "refusent d"),
    "es": ("negó a", "negaron a", "niega a", "niegan a"),
    "it": ("rifiutato di", "rifiutata di", "rifiutati di", "rifiuta di", "rifiutano di"),
    "pt": ("recusou se a", "recusaram se a", "recusou a", "recusaram a", "recusa se a"),
    "nl": ("weigerde", "weigerden", "weigert"),
    "de": ("weigerte sich", "weigerten sich", "weigert sich", "weigern sich", "lehnte es ab", "lehnten es ab",
           "lehnt es ab"),
    "ru": ("отказался", "отказалась", "отказались", "отказалось", "отказывается", "отказываются"),
    "uk": ("відмовився", "відмовилася", "відмовилась", "відмовилися", "відмовились", "відмовляється"),
    "be": ("адмовіўся", "адмовілася", "адмовіліся", "адмовілася", "адмаўляецца", "адмаўляюцца"),
    "pl": ("odmówił", "odmówiła", "odmówili", "odmówiło"),
    "el": ("αρνήθηκε να", "αρνήθηκαν να", "αρνείται να", "αρνούνται να"),
    "ro": ("refuzat să", "refuză să", "refuzat sa"),
    # and past the auxiliary after the participle: "Premijer odbio je da podnese ostavku"
    "sr": ("odbio da", "odbila da", "odbili da", "odbio je da", "odbila je da", "odbili su da", "одбио да", "одбила да",
           "одбили да", "одбио је да", "одбила је да", "одбили су да"),
    **{language: ("odbio da", "odbila da", "odbili da", "odbio je da", "odbila je da", "odbili su da")
       for language in ("hr", "bs")},
    # the Nordic and Baltic verbs of refusing, Hungarian's, and those of the Balkans, the
    # Caucasus and Central Asia (where the verb follows what it refuses: "պարտությունն
    # ընդունելուց հրաժարվեց", "ҰЕЖ-ді мойындаудан бас тартты")
    "da": ("nægtede at", "nægter at", "afviste at"), "sv": ("vägrade", "vägrar", "vägrat"),
    "nb": ("nektet", "nekter"), "nn": ("nekta", "nektar"),
    "fi": ("kieltäytyi", "kieltäytyy", "kieltäytyivät", "kieltäytyvät"), "et": ("keeldus", "keeldub", "keeldusid"),
    "lv": ("atteicās", "atsakās"), "lt": ("atsisakė", "atsisako"), "hu": ("megtagadta", "megtagadják", "megtagadja"),
    "bg": ("отказа да", "отказва да", "отказаха да", "отказват да"), "mk": ("одби да", "одбива да", "одбија да"),
    "sq": ("refuzoi të", "refuzon të", "refuzojnë të", "refuzuan të"),
    "hy": ("հրաժարվեց", "հրաժարվել է", "հրաժարվում է"), "ka": ("უარი თქვა", "უარს ამბობს"),
    "az": ("imtina etdi", "imtina edib", "imtina edir"), "kk": ("бас тартты", "бас тартуда"),
    "uz": ("rad etdi", "bosh tortdi"), "mn": ("татгалзсан", "татгалзав", "татгалзлаа"),
}


# Verbs of refusing that govern an infinitive without a word before it, and deny only
# when one follows (after a short auxiliary or clitic): Croatian "Sabor je odbio usvojiti
# zakon" (refused to adopt), but "odbio je amandman i usvojio zakon" rejected another
# thing. Each: the verbs, and the infinitive's endings, compared folded.
_REFUSING_INFINITIVE: dict[str, tuple[str, str]] = {
    "hr": ("odbio odbila odbili odbilo odbile odbija odbijaju", "ti ci"),
    "bs": ("odbio odbila odbili odbilo odbile odbija odbijaju", "ti ci"),
    "sr": ("odbio odbila odbili odbilo odbija odbijaju одбио одбила одбили одбило одбија одбијају", "ti ci ти ћи"),
    "sl": ("zavrnil zavrnila zavrnili zavrnilo", "ti"),
    # Czech and Slovak: "odmítl podepsat zákon", "odmietol podpísať"
    "cs": ("odmítl odmítla odmítli odmítlo odmítly odmítá odmítají", "at it et ět out ct"),
    "sk": ("odmietol odmietla odmietli odmietlo odmietly odmieta odmietajú", "ať iť eť uť cť"),
}
_INFINITIVE_REACH = 2  # words from the verb of refusing to its infinitive ("odbio je usvojiti")
# The same where the infinitive has a prefix, not an ending: Swahili "amekataa kusaini"
# (has refused to sign), "lilishindwa kupitisha" (failed to pass), -kataa and -shindwa under
# each subject and tense prefix. The verbs, and the infinitive's prefixes.
_REFUSING_PREFIXED: dict[str, tuple[str, str]] = {
    "sw": (" ".join(subject + tense + verb
                    for subject in ("ni", "u", "a", "tu", "m", "mu", "wa", "i", "li", "ya", "ki", "vi", "zi", "ku")
                    for tense in ("li", "me", "na", "ta", "ka", "") for verb in ("kataa", "shindwa")), "ku kw"),
    # Indonesian and Malay before a verb in me- (or "untuk", to): "Parlemen menolak menyetujui
    # anggaran" (refused to approve), "gagal mencapai", "enggan menandatangani"
    "id": ("menolak enggan gagal", "me untuk"),
    "ms": ("menolak enggan gagal", "me untuk"),
}

# Verbs of refusing before a verbal noun, which they deny: Polish "odmówił przyjęcia
# ustawy" (refused the adoption of the law), Russian "отказался от подписания закона",
# Ukrainian "відмовився від підписання", Czech "odmítl schválení", Croatian "odbila je
# potvrđivanje". Short words (a preposition, a clitic) may stand between them.
_REFUSING_NOUN: dict[str, str] = {
    "pl": "odmówił odmówiła odmówili odmówiło odmówiły odmawia odmawiają",
    "cs": "odmítl odmítla odmítli odmítlo odmítly odmítá odmítají",
    "sk": "odmietol odmietla odmietli odmietlo odmietly odmieta odmietajú",
    "ru": "отказался отказалась отказались отказалось отказывается отказываются",
    "uk": "відмовився відмовилася відмовилась відмовилися відмовились відмовляється",
    "be": "адмовіўся адмовілася адмовіліся",
    "hr": "odbio odbila odbili odbilo odbile odbija odbijaju",
    "bs": "odbio odbila odbili odbilo odbile odbija odbijaju",
    "sr": "odbio odbila odbili odbilo odbija odbijaju одбио одбила одбили одбило одбија одбијају",
    "sl": "zavrnil zavrnila zavrnili zavrnilo",
}
_NOUN_REACH = 3  # words from the verb of refusing to its noun, the short ones not counted
_CLITIC_LENGTH = 3  # letters of the auxiliaries and clitics between them ("je", "su", "ga")

# Verbs of denying written after the clause they deny, with "that" before it, in a
# language that puts its verb last: Persian "گزارش‌ها مبنی بر اینکه تهران موافقت کرده
# است را رد کرد" (rejected reports that Tehran had agreed), "این ادعا را که وزیر استعفا
# داده است تکذیب کرد". Each: the verbs, the light verbs after them, "that" (folded).
_DENYING_AFTER: dict[str, tuple[str, str, str]] = {
    "fa": ("تکذیب رد", "کرد کردند کرده کند کنند شد شده", "که اینکه"),
}


# Verbs that deny a claim they name by a noun before its "that": "rejected claims that",
# "dismissed reports that", "odbacio je tvrdnje da", "отверг обвинения в том, что",
# "rechazó las acusaciones de que" (the verbs of _DENYING do so too: "denied reports
# that"); and the beginnings of the nouns of such claims, compared folded.
_REJECTING: dict[str, str] = {
    "en": "rejected rejects reject rejecting dismissed dismisses dismiss rebuffed",
    "de": "zurückgewiesen zurückweist",
    "nl": "verwierp verwerpt",
    "fr": "rejeté rejette rejettent",
    "es": "rechazó rechaza rechazaron rechazan",
    "it": "respinto respinge",
    "pt": "rejeitou rejeita rejeitaram",
    "ro": "respins respinge",
    "hr": "odbacio odbacila odbacili odbacuje odbio odbila", "bs": "odbacio odbacila odbacili odbio odbila",
    "sr": "odbacio odbacila odbacili odbacuje odbio odbila одбацио одбацила одбацили одбио одбила",
    "sl": "zavrnil zavrnila zavrnili",
    "pl": "odrzucił odrzuciła odrzucili",
    "cs": "odmítl odmítla odmítli", "sk": "odmietol odmietla odmietli",
    "ru": "отверг отвергла отвергли отвергает",
    "uk": "відкинув відкинула відкинули відкидає",
    "bg": "отхвърли отхвърлиха",
    "el": "απέρριψε απέρριψαν απορρίπτει",
    "hu": "cáfolta cáfolják elutasította visszautasította",
    "sv": "avfärdade avfärdar tillbakavisade tillbakavisar", "da": "afviste afviser", "nb": "avviste avviser",
    "fi": "torjui torjuu", "id": "menolak menepis", "ms": "menolak",
}
_CLAIMS: dict[str, str] = {
    "en": "claim report allegation suggestion rumour rumor speculation accusation assertion",
    "de": "bericht behauptung vorwurf vorwürf spekulation gerücht",
    "nl": "bericht bewering beschuldiging gerucht speculatie",
    "fr": "information rumeur accusation allégation affirmation spéculation",
    "es": "acusaci informaci rumor versi afirmaci especulaci denuncia",
    "it": "accus voci notizi indiscrezion ipotes afferm",
    "pt": "alega acusa rumor informa notícia",
    "ro": "acuza informați zvon afirmați speculați",
    "hr": "tvrdnj navod optužb glasin spekulacij špekulacij informacij",
    "bs": "tvrdnj navod optužb glasin spekulacij informacij",
    "sr": "tvrdnj navod optužb glasin spekulacij informacij тврдњ навод оптужб гласин спекулациј",
    "sl": "trditv navedb obtožb govoric",
    "pl": "zarzut doniesie plotk twierdzeni informacj spekulacj oskarże",
    "cs": "tvrzení zpráv obvině spekulac", "sk": "tvrdeni správ obvinen špekulác",
    "ru": "обвинени сообщени слух утверждени информаци",
    "uk": "звинувачен повідомлен чутк твердженн інформаці",
    "bg": "обвинени твърдени слухове информаци",
    "el": "ισχυρισμ δημοσιεύματ κατηγορί φήμ πληροφορί",
    "hu": "vád értesülés hír állítás feltételezés",
    "sv": "uppgift påstående anklagelse rykte spekulation", "da": "påstand beskyldning rygte oplysning spekulation",
    "nb": "påstand beskyldning rykte opplysning spekulasjon", "fi": "väit tiedo syytö huhu spekula",
    "id": "pernyataan klaim laporan tuduhan kabar isu spekulasi", "ms": "kenyataan dakwaan laporan tuduhan khabar",
    "hy": "պնդում հաղորդում մեղադրանք լուր", "ka": "მტკიცება ბრალდება ცნობა ინფორმაცია ჭორ",
}
# Words that open a question inside a sentence, or a condition: a claim in such a clause
# is asked or supposed, not stated ("Peskov did not say whether Putin accepted the
# invitation", "Peskow sagte nicht, ob …", "Песков не уточнил, принял ли Путин …", "no
# dijo si …"). Compared as written, in lower case: Spanish "sí" (yes, indeed) is no "si".
# Not Portuguese "se", also a pronoun, Dutch "of", also "or", nor Swedish "om", also "about".
_ASKING: dict[str, str] = {
    "en": "whether if", "de": "ob", "fr": "si", "es": "si", "it": "se", "ca": "si", "ro": "dacă",
    "ru": "ли ль", "uk": "чи", "be": "ці", "pl": "czy", "cs": "zda zdali jestli", "sk": "či", "hr": "li",
    "bs": "li", "sr": "li ли", "sl": "če", "bg": "дали", "mk": "дали", "el": "αν εάν", "hu": "vajon",
    "id": "apakah", "ms": "apakah", "vi": "liệu",
}
# The same where it is also another word, only after a negated verb of saying, as "that" is
# (:data:`_TRUTH`): Portuguese "não confirmou se Lula aceitou" ("se" is also a pronoun), Dutch
# "zei niet of …" ("of" is also "or"), Swedish, Danish, Norwegian "om" (also "about").
_ASKING_AFTER_DENIAL: dict[str, str] = {"pt": "se", "nl": "of", "sv": "om", "da": "om", "nb": "om"}
# Words after a clause that make it asked: Vietnamese "có chấp nhận lời mời hay không"
# (whether he accepted the invitation or not), whose "không" denies nothing.
_ASKING_AFTER: dict[str, tuple[str, ...]] = {"vi": ("hay không", "hay chưa")}
# Scripts written without spaces: the letters that ask, before the verb or after it
# (Chinese "是否接受", Japanese "受け入れたかどうか", "受け入れたかは明らかでない", Korean
# "수락했는지").
_ASKING_LETTERS: dict[str, tuple[str, ...]] = {
    "zh": ("是否", "是不是"), "yue": ("是否",), "ja": ("かどうか", "か否か", "たかは", "るかは"),
    "ko": ("는지", "은지", "할지", "을지"),
}
# Words of truth, which a negation before "that" denies the clause with ("It is not true
# that the House passed …", "No es cierto que …", "Es ist nicht wahr, dass …"); before any
# other "that" a negation denies the saying, not the clause: "The Kremlin did not confirm
# that Putin accepted the invitation" states nothing of the invitation.
_TRUTH: dict[str, str] = {
    "en": "true correct accurate case", "de": "wahr richtig", "fr": "vrai exact", "es": "cierto verdad correcto",
    "it": "vero", "pt": "verdade", "ca": "cert veritat", "ro": "adevărat", "nl": "waar juist",
    "ru": "правда верно", "uk": "правда", "pl": "prawda", "cs": "pravda", "sk": "pravda",
    "hr": "istina točno", "bs": "istina", "sr": "istina истина", "sl": "res", "bg": "вярно истина",
    "el": "αλήθεια αληθεύει", "sv": "sant", "da": "sandt", "nb": "sant", "hu": "igaz",
    "id": "benar", "ms": "benar", "tr": "doğru", "ar": "صحيح", "fa": "درست", "sw": "kweli", "ha": "gaskiya",
}
# Words that set what follows against a negated clause before them: "Parliament did not
# approve the memorandum but approved the budget", "no aprobó el decreto pero aprobó el
# presupuesto", "n'a pas adopté la motion mais a adopté le budget".
_BUT: dict[str, str] = {
    "en": "but", "es": "pero sino", "pt": "mas senão", "fr": "mais", "it": "ma bensì", "ca": "però sinó",
    "ro": "dar ci", "de": "aber sondern", "nl": "maar", "sv": "men utan", "da": "men", "nb": "men",
    "ru": "но а", "uk": "але а", "be": "але а", "pl": "ale lecz", "cs": "ale nýbrž", "sk": "ale",
    "hr": "ali nego već", "bs": "ali nego već", "sr": "ali nego već али него већ", "sl": "ampak temveč",
    "bg": "но а", "el": "αλλά", "hu": "de hanem", "fi": "mutta vaan", "tr": "ama fakat", "id": "tetapi tapi namun",
    "ms": "tetapi tapi namun", "vi": "nhưng mà", "sw": "lakini bali",
    "tl": "pero ngunit subalit", "fil": "pero ngunit subalit", "hi": "लेकिन मगर किंतु", "ur": "لیکن مگر تاہم",
    "fa": "اما ولی", "ar": "لكن ولكن بل", "he": "אבל אלא", "bn": "কিন্তু", "ne": "तर", "ta": "ஆனால்",
    "am": "ግን", "ha": "amma", "yo": "ṣùgbọ́n", "so": "laakiin", "zu": "kodwa", "sq": "por", "mk": "но а",
    "et": "aga kuid", "lv": "bet", "lt": "bet tačiau", "ka": "მაგრამ", "hy": "բայց", "az": "amma lakin",
    "kk": "бірақ", "uz": "lekin ammo", "mn": "гэвч харин", "af": "maar", "mt": "imma", "eu": "baina",
    "gl": "pero", "ko": "하지만 그러나",
}
ASKING_REACH = 4  # words before a claim's first where such a word still opens its clause


@lru_cache(maxsize=128)
def asking_words(language: str | None) -> frozenset[str]:
    """The words of ``language``, lower case as written, that open an asked or supposed
    clause (:data:`_ASKING`)."""
    return frozenset(_ASKING.get(primary_language(language), "").split())


@lru_cache(maxsize=128)
def but_words(language: str | None) -> frozenset[str]:
    """The folded words of ``language`` that set what follows against a negated clause
    (:data:`_BUT`)."""
    return frozenset(fold(word) for word in _BUT.get(primary_language(language), "").split())


@lru_cache(maxsize=128)
def asking_after_denial(language: str | None) -> frozenset[str]:
    """The folded words of ``language`` that ask only after a negated verb of saying
    (:data:`_ASKING_AFTER_DENIAL`)."""
    return frozenset(fold(word) for word in _ASKING_AFTER_DENIAL.get(primary_language(language), "").split())


@lru_cache(maxsize=128)
def asking_after(language: str | None) -> tuple[tuple[str, ...], ...]:
    """The folded runs of words of ``language`` that make the clause before them asked
    (:data:`_ASKING_AFTER`)."""
    return tuple(tuple(fold_words(run)) for run in _ASKING_AFTER.get(primary_language(language), ()))


def asking_letters(language: str | None) -> tuple[str, ...]:
    """The letters that ask in ``language``, written without spaces (:data:`_ASKING_LETTERS`)."""
    return _ASKING_LETTERS.get(primary_language(language), ())


@lru_cache(maxsize=128)
def truth_words(language: str | None) -> frozenset[str]:
    """The folded words of truth of ``language`` (:data:`_TRUTH`)."""
    return frozenset(fold(word) for word in _TRUTH.get(primary_language(language), "").split())


# Words of a subject that may stand between a verb of denying and its "that", where the
# language writes the verb first: Arabic "نفى الوزير أن تكون السلطات قد تأخرت".
_SUBJECT_BEFORE_THAT: dict[str, int] = {"ar": 5, "ga": 4}  # "نفت وزيرة الطاقة كلارا مندل أن …"

# The light verbs and auxiliaries a noun of denying takes before its "that", in the languages
# that deny so: Hindi "इस बात से इनकार किया है कि …" (refused that), "खंडन किया कि …", Urdu
# "تردید کی کہ …", Bengali "অস্বীকার করেছে যে …".
_LIGHT_BEFORE_THAT: dict[str, str] = {
    "hi": "किया कीं की किए किये है हैं था थी थे करता करती करते करते हुए कर दिया दी दिए",
    "ur": "کیا کی کیں کیے ہے ہیں تھا تھی تھے کرتا کرتی کرتے",
    "bn": "করেছে করেছেন করে করেন করল করলেন করেছিল করেছিলেন",
    "pa": "ਕੀਤਾ ਕੀਤੀ ਕੀਤੇ ਹੈ ਹਨ ਸੀ ਕਰ ਦਿੱਤਾ",
    "gu": "કર્યો કરી કર્યું કર્યા છે હતો હતી",
    "mr": "केला केली केले आहे होता होती",
}


# Words of a script read a character at a time (or of syllables apart, joined by "_") that hold
# a cue but deny nothing: 不断
# "constantly", 非常 "very", 未来 "future", 南非 "South Africa", 无人机 "drone", 无异议
# "without objection" (passed unopposed), 非正式 "informal", 没收 "confiscate".
_NOT_DENIALS: dict[str, str] = {
    "zh": "不断 不仅 不但 不同 不少 不久 不过 不管 不论 不停 不时 不错 不得不 不幸 不料 不然 不如 不禁 不已 "
          "不法 不明 不安 不利 不良 不足 不满 不可避免 非常 非洲 非法 非正式 非政府 非军事 非营利 非盈利 非公开 "
          "南非 北非 东非 西非 中非 是非 莫非 无论 无数 无人机 无人驾驶 无疑 无奈 无异议 无线 无辜 无限 无条件 "
          "无偿 无党派 无家可归 未来 未成年 未婚 没收 "
          "不斷 不僅 無論 無數 無人機 無疑 無異議 無線 無辜 無限 無條件 無償 沒收",
    # and Vietnamese words of two syllables with "không" (not) in them ("_" joins the syllables):
    # "hàng không" (aviation), "không quân" (air force), "không khí" (air), "không gian" (space)
    "vi": "hàng_không không_quân không_khí không_gian không_phận không_kích không_lưu",
}
# The words before such a word that make its first part another's: "ngân hàng không trả" is "the bank
# (ngân hàng) did not pay", no aviation (hàng không); so after "cửa" (shop), "khách" (customer), "nhà" (restaurant).
_NOT_DENIALS_AFTER: dict[str, dict[str, str]] = {"vi": {"hàng_không": "ngân cửa mặt khách đơn nhà"}}


# A negation and the word after it that together deny nothing: "not only … but also",
# "no doubt", "nicht nur", "не только". Written out per language, compared folded.
_NOT_DENIAL_PAIRS: dict[str, str] = {
    # and the "no" of a vote: "36 no votes", "36 nem szavazattal" (with 36 votes against)
    # and the connector "nevertheless" that begins with a negation: "no obstante", "não
    # obstante", Catalan "no obstant"
    "en": "not only|no doubt|no votes|no vote", "es": "no solo|no sólo|no solamente|no obstante",
    "pt": "não só|não apenas|não somente|não obstante",
    "it": "non solo|non soltanto|non solamente", "de": "nicht nur|kein Zweifel|keinen Zweifel",
    "nl": "niet alleen|geen twijfel", "ru": "не только|нет сомнений", "uk": "не тільки|не лише|немає сумнівів",
    "pl": "nie tylko", "hr": "ne samo", "bs": "ne samo", "sr": "ne samo|не само", "sl": "ne samo",
    "ro": "nu numai|nu doar", "sv": "inte bara|inte enbart", "da": "ikke kun|ikke bare",
    "nb": "ikke bare", "id": "tidak hanya|bukan hanya|tak hanya|tidak saja",
    "ms": "tidak hanya|bukan hanya|tidak sahaja|bukan sahaja", "el": "όχι μόνο|όχι μόνον", "fi": "ei vain|ei ainoastaan",
    "hu": "nem csak|nem szavazattal|nem szavazat|nem szavazatot|nem szavazata", "ca": "no només|no obstant", "bg": "не само", "mk": "не само", "fr": "non seulement",
}
_NOT_DENIAL_PAIRS["nn"] = _NOT_DENIAL_PAIRS["nb"]


# Negating prefixes that take the place of another: Sorani's present denies with نا where
# it affirms with دە ("دابەش ناکات" for "دابەش دەکات"); Amharic's አል- meets a verb that
# begins with አ- as አላ- ("አላወጀም", did not declare, for "አወጀ"; "አላጸደቀም" for "አጸደቀ").
# (negating, affirming), folded.
_REPLACED_PREFIXES: dict[str, tuple[tuple[str, str], ...]] = {"ckb": (("نا", "دە"),), "am": (("አላ", "አ"),)}
_REPLACED_REST = 2  # letters the verb keeps after the prefix


# Negations in scripts read a character at a time, each a run of tokens. Japanese denies
# with an ending after the verb (受け入れなかった, 受け入れていない, 受け入れません: the
# verb may stand a few characters before it); Thai, Lao and Khmer with a word before it
# (ไม่ยอมรับ, ບໍ່ຍອມຮັບ, មិនទទួលយក).
_ENDINGS: dict[str, tuple[str, ...]] = {
    "ja": ("ない", "なかった", "なく", "ません", "否定", "ず"),
    "th": ("ไม่", "มิได้", "ไม่เคย"),
    "lo": ("ບໍ່", "ບໍ່ເຄີຍ"),
    "km": ("មិន", "ពុំ", "គ្មាន", "មិនដែល"),
}
_ENDING_REACH = 4  # tokens after the matched words where such an ending may begin
# and, where the verb comes last, where a verb of denying the clause may stand, past the
# noun of the claim and its modifier: "fidye ödendiği yönündeki haberleri yalanladı" (denied
# the reports to the effect that a ransom was paid), "කප්පමක් ගෙවූ බවට පළ වූ වාර්තා ප්‍රතික්ෂේප
# කළේය" (rejected the reports that came out that a ransom was paid); not a negation word so far
_DENYING_REACH = 5
# Endings that deny only after one of some tokens: the written negative -ず of Japanese
# headlines and clauses ("逮捕されず", "逮捕せずに", "認めず", "行かず", "出さず"), after the
# stems whose -ず no common word shares (not "わずか" only, "にもかかわらず" despite,
# "とりあえず" for now, "必ず" surely, "まず" first, "ずつ" each).
_ENDINGS_AFTER: dict[str, dict[str, str]] = {"ja": {"ず": "せれめかさわ"}}
# and not before some: the -ず after わ ("支払わず", "行わず": did not pay, did not hold) but for
# "わずか" (only)
_ENDINGS_NOT_BEFORE: dict[str, dict[str, str]] = {"ja": {"ず": "か"}}

# Contractions whose first part is a word of its own: "won't" and "don't" split into "won",
# "don" and "t", and "won" alone is a verb ("The opposition won a seat"), "don" a name.
# Each denies as a run of its two tokens.
_CONTRACTIONS: dict[str, tuple[str, ...]] = {"en": ("won't", "don't", "can't", "ain't")}

# Words that set one name against another and deny the one after them: "The deal was
# announced by Peskov rather than Lavrov", "à Genève et non à Vienne", "en lugar de Viena",
# "вместо Лаврова". Only before a name: after a claim they deny nothing of it ("approved
# the budget rather than the tax reform", "une manifestation non violente").
_INSTEAD: dict[str, tuple[str, ...]] = {
    "en": ("rather than", "instead of"),
    "fr": ("au lieu de", "au lieu d", "plutôt que", "plutôt qu", "non"),
    "es": ("en lugar de", "en vez de"),
    "it": ("invece di", "anziché"),
    "pt": ("em vez de", "ao invés de", "em lugar de"),
    "ru": ("вместо",), "uk": ("замість",), "pl": ("zamiast",),
}


@lru_cache(maxsize=128)
def instead_words(language: str | None) -> tuple[tuple[str, ...], ...]:
    """The folded runs of words of ``language`` that deny the name after them
    (:data:`_INSTEAD`)."""
    return tuple(tuple(fold_words(row)) for row in _INSTEAD.get(primary_language(language), ()))


# Negation written inside the verb, as a prefix: Czech "nepřijal", Lithuanian "nepriėmė",
# Persian "نپذیرفت" (and "نمی‌" before the present), Armenian "չընդունեց", Amharic
# "አልተቀበለም". A word so negated is read as the word without it (the phrase index
# finds "nepřijal" for "přijal"), and denies when the phrasing's word has no such prefix.
_PREFIXES: dict[str, str] = {
    "cs": "ne", "sk": "ne", "lt": "ne", "lv": "ne",
    "fa": "نمی ن", "hy": "չ", "am": "አል አይ", "ckb": "نە",
    # Kinyarwanda nti- before the subject prefix (yemeye "he accepted", ntiyemeye), nt- where
    # it meets a vowel (ntazaza), si- for "I"; Luganda te- (yakkiriza, teyakkiriza), t- where
    # it meets a vowel (takkiriza "he does not accept" for akkiriza)
    "rw": "nti nt si", "lg": "te t",
    "si": "නො",  # Sinhala නො- before the verb: "නොකළ" (did not do), "පත් නොකළ"
}

_ABJAD_PREFIX = re.compile("[\u0600-\u06ff]")
_AFFIRMED_STEM = 2  # letters of a verb read as the affirmed form of a phrasing's verb with a negating prefix ("kl")
_AFFIRMED_PREFIX = 2  # letters of such a prefix: a single one ("ن", n) begins too many words of its own  # a prefix of Persian or Sorani, whose alef folding drops

def written_stem(word: str, language: str | None) -> str | None:
    """``word`` as written without the ending that negates it in ``language``
    (:data:`_SUFFIXES`: "റദ്ദാക്കിയില്ല", did not cancel, is "റദ്ദാക്കിയ" denied); None when it
    has none. For no language, without such an ending of any."""
    word = unicodedata.normalize("NFC", word)
    tables = [_SUFFIXES.get(primary_language(language), "")] if language else list(_SUFFIXES.values())
    return next((word[:-len(suffix)] for table in tables for suffix in table.split()
                 if word.endswith(suffix) and len(word) > len(suffix) + 1), None)


# Words that begin with a negating prefix and are no verb negated from inside, as a
# pattern of the folded word: the Czech and Slovak superlative "nej-" ("největší", the
# largest; "nejen", not only) and adverbs in -o ("nedaleko Norcie", near Norcia;
# "nedávno", recently), where a verb's past ends in -lo ("nebylo", "nepřišlo").
_PREFIXED_OTHERWISE: dict[str, str] = {"cs": r"nej|ne\w*[^l]o$", "sk": r"nej|ne\w*[^l]o$",
                                        # Persian: a word in ن that does not end as a verb's past, its
                                        # participle or its present does ("نکرد", "نشده", "نکند"): "نزدیکی"
                                        # (near), "نایروبی" (Nairobi), "نمایندگان", "نتیجه", and "نخست" (first)
                                        "fa": r"n(?!\w*(?:[dt]|dh|th)$)|nkhst$"}

# As an ending that only negation has: Bengali "করেননি", "হয়নি"; Tamil "ஏற்கவில்லை";
# Malayalam "ചെയ്തില്ല"; Kannada "ಮಾಡಲಿಲ್ಲ"; Telugu "చేయలేదు". A word with such an ending
# denies wherever a cue would. (Bengali "-নি" after other vowels is also "তিনি", "জানি".)
_SUFFIXES: dict[str, str] = {
    "bn": "েনি েননি য়নি াননি োনি",
    # Nepali's negative past of the plural and the honorific: "गरेनन्", "गरिनन्" (did not); not
    # the singular "-ेन", as nouns end ("ट्रेन", train)
    "ne": "ेनन् िनन् ेनौं",
    "ta": "வில்லை",
    "ml": "ില്ല ില്ലെന്ന് ില്ലെന്നു",  # and with the quotative ("പൂട്ടിയിരുന്നില്ലെന്ന്", that they were not locked)
    "kn": "ಲಿಲ್ಲ ಲಿಲ್ಲವೆಂದು",
    "te": "లేదు లేదని లేదన్నారు",  # with the quotative ("చేపట్టలేదని", that it did not)
    # Mongolian -гүй after the verb: "эсэргүүцээгүй" (did not oppose), "баривчлаагүй",
    # "хүрээгүй", "болохгүй" (will not be)
    "mn": "гүй",
    "ig": "ghị ghi",
}

# As a syllable between the verb's stem and its tense, in Turkic languages (folded: ı
# is i, ü is u, ə is e): Turkish "onayla-ma-dı", "onayla-mı-yor", "onayla-ma-yacak",
# "onayla-maz", "onayla-ma-mış"; Azerbaijani "et-mə-di", "et-mir", the perfect
# "yoxlanıl-ma-yıb"; Uzbek "kel-ma-di", "kel-ma-ydi", "kel-ma-gan". Not "-mak" (the
# infinitive), "-ması" (the verbal noun), "-mış" (hearsay): those affirm. A word denies
# when it has the syllable after the stem it shares with the phrasing's word and that
# word has not. Turkish writes "could not" with a vowel before it ("unable"):
# "katıl-a-ma-dı", "kabul ed-e-me-di", "onayla-ya-ma-dı", "kabul ed-e-mez".
_INFIXES: dict[str, str] = {
    "tr": r"(?P<unable>y?[ae])?(?:m[ae](?:di|y[ae]c|y[ae]n|z|m[iu]s)|m[iu]yor)",
    "az": r"m[ae](?:di|y[ae]c|y[ae]n|z|m[iu]s|y[iu]b)|m[iu]r",
    "uz": r"ma(?:di|y|gan)",
    # Kazakh by vowel harmony, with b and p after some consonants: "мойында-ма-ды",
    # "көр-ме-ді", "жаз-ба-ды", "айт-па-ды", "кел-мей-ді", "бар-ма-ған", "бар-ма-с" (folded ы is y)
    "kk": r"[mbp][ae](?:d[yi]|[yi]d[yi]|gh?[ae]n|s)",  # ғ folds to gh
}
# Turkish writes the d of a past as t after a voiceless consonant ("etti", "gitti",
# "kaçtı"), and keeps it after the negating syllable ("etmedi"): folded (ç is c, ş s).
_DEVOICED: dict[str, str] = {"tr": "cfhkpst"}

# Cues that deny only between the matched words, where a letter of the phrasing's own
# words cannot be: Burmese writes မ inside the verb ("လက်ခံ" accept, "လက်မခံ" not accept),
# and elsewhere မ is a letter of many words.
_INSIDE: dict[str, str] = {"my": "မ"}
_INSIDE_WORDS = frozenset({"မနေ့"})  # words that begin with such a cue: Burmese "yesterday"

# Bantu languages deny with the verb's subject prefix and tense marker, not a word or a
# letter added to the affirmed verb: Swahili a-li-kubali "he accepted", ha-ku-kubali "he
# did not accept", a-me-kubali / ha-ja-kubali, a-na-kubali / ha-kubali, serikali
# i-li-idhinisha / ha-i-ku-idhinisha; Zulu w-a-mukela / aka-mukel-anga. A verb is read as its
# prefixes and a stem; the stem's core (without its final vowel or negative ending) is what
# the forms of one verb share. Each row is the fields of a verb's beginning, in order, each
# field's alternatives apart ("-" for none); the prefixes are the subject concords and tense
# markers of the grammars' tables (Swahili: Ashton, "Swahili Grammar"; Zulu and Xhosa: Doke,
# "Textbook of Zulu Grammar", and the Xhosa concord tables; Shona: Fortune, "Shona
# Grammatical Constructions"), which no library carries.
_SW_SUBJECT = "ni u a tu m mu wa i li ya ki vi zi ku pa na twa mwa"  # "na", "twa": ni-, tu- with -a-
_SW_RELATIVE = "ye o yo cho vyo lo zo po ko mo -"
_SW_OBJECT = "ni ku m mw tu wa i li ya ki vi zi u pa -"
_ZU_NEGATIVE = "angi awu aka asi ani aba ayi ali awa azi alu abu aku"  # a- before the concord
_XH_NEGATIVE = "andi awu aka asi ani aba ayi ali awa azi alu abu aku"
_SN_SUBJECT = "ndi u a ti mu va i ri chi zvi ru ka tu hu ku pa"
_Rows = tuple[tuple[str, ...], ...]
_VERB_PREFIXES: dict[str, tuple[_Rows, _Rows, str]] = {
    # (negated rows, affirmed rows, endings the core drops, longest first)
    "sw": ((
        # si- "I", hatu- "we", ham(u)- "you", ha- "he", hawa- "they", ha- before a noun
        # class's prefix; then -ku- past, -ja- perfect, -ta- future, none in the present (whose
        # final -a turns -i). Hu- "you do not" is left out: it is also the habitual hu-.
        ("si hatu ham hamu ha hawa hau hai hali haya haki havi hazi haku hapa", "ku ja ta -", _SW_OBJECT),
        ("kuto kutoku", _SW_OBJECT),  # the negated infinitive: kutokubali
        (_SW_SUBJECT, "si", _SW_RELATIVE, _SW_OBJECT),  # asiyekubali, asipokubali, asikubali
    ), (
        (_SW_SUBJECT, "li na ta me ki ka nge ngali -", _SW_RELATIVE, _SW_OBJECT),
        ("hu", _SW_OBJECT),  # the habitual, without a subject prefix: hukubali "usually accepts"
    ), "a i e u"),
    # the present negated ends in -i, the past in -anga (akamukelanga); -zuku- "will not"
    "zu": (((_ZU_NEGATIVE, "zuku zukw yiku yikw -"),),
           (("ngi u w si ni ba i y li a zi lu bu ku kw", "ya a zo zoku zokw yo yoku be -"),), "anga ile e i a"),
    "xh": (((_XH_NEGATIVE, "zuku zukw zoku zokw -"),),
           (("ndi u w si ni ba i y li a zi lu bu ku kw", "ya a za zaku zakw zo zoku zokw be -"),), "anga ile e i a"),
    # ha- before the subject prefix: havabvumi "they do not agree", havazobvuma "they will not"
    "sn": ((("ha", _SN_SUBJECT, "zo -"),),
           ((_SN_SUBJECT + " nda ta twa zva cha ra rwa", "no ka cha a -"),), "a i e"),
}
# Swahili words that begin as a negated verb (ha-) and are nouns, adverbs or pronouns:
# "waandishi wa habari" (journalists, writers of news) is no "did not …"
_NOT_VERBS = {"sw": "habari hali hatari hasa hapa hadi hata hapo hawa haraka halmashauri hazina hasara hatua "
                    "hakimu haki hasira harusi hati hafla hayo hizo hivyo huduma"}
_PASSIVE = ("iw", "ew", "w")  # what the passive adds to a Bantu verb's core: shind-w-a, kubal-iw-a
_VERB_CORE = 4  # letters a verb's core keeps: "kubal", "mukel", "bvum"; shorter ones ("kan", "vum") are other words
_VERB_STRETCH = 3  # letters one core may add to the other (the passive -w-, applied -i-)


def _zange(negative: str) -> str:
    """The negated auxiliary "did not, never" for each subject: akazange, abazange."""
    return " ".join(f"{concord}zange {concord}zanga" for concord in negative.split())


_CUES["zu"] += " " + _zange(_ZU_NEGATIVE)
_CUES["xh"] += " " + _zange(_XH_NEGATIVE)


@dataclass(frozen=True)
class Verbs:
    """The beginnings of a Bantu language's verbs, negated and affirmed, and the endings
    a stem's core drops: a verb's readings are its cores with whether it is negated."""

    negative: frozenset[str]
    affirmative: frozenset[str]
    endings: tuple[str, ...]
    others: frozenset[str] = frozenset()  # words that begin as a negated verb does and are none

    @classmethod
    def of(cls, negative: _Rows, affirmative: _Rows, endings: str, others: str = "") -> Verbs:
        return cls(_beginnings(negative), _beginnings(affirmative),
                   tuple(sorted(map(fold, endings.split()), key=len, reverse=True)),
                   frozenset(map(fold, others.split())))

    def readings(self, key: str) -> frozenset[tuple[str, bool]]:
        """(core, negated) for each way ``key`` splits into a verb's beginning and a stem;
        the word itself is a stem too ("kubali", the phrasing's bare verb); none for a word of
        ``others``."""
        return frozenset() if key in self.others else _readings(self, key)

    def negates(self, key: str, word: str) -> bool:
        """Whether ``key`` is the verb of ``word`` under a negated beginning that ``word``
        has not: "hakukubali", "hawajakubali" for "alikubali" or "kubali"."""
        found = self.readings(key)
        denied = {core for core, negated in found if negated} - {core for core, negated in found if not negated}
        if not denied:
            return False
        own = self.readings(word)
        plain = {core for core, negated in own if not negated} - {core for core, negated in own if negated}
        return any(_same_verb(a, b) for a in denied for b in plain)

    def passive_of(self, key: str, word: str) -> bool:
        """Whether ``key`` is the passive of the verb ``word`` is, its core the other's with
        the passive's -w- (or -iw-, -ew-) after it: "ilishindwa" (was beaten) of "ilishinda"
        (beat), "alikubaliwa" of "alikubali"."""
        own = {core for core, _ in self.readings(word) if not core.endswith(_PASSIVE)}
        return any(core.endswith(ending) and core[:-len(ending)] in own
                   for core, _ in self.readings(key) for ending in _PASSIVE)

    def cores(self, stem: str) -> list[str]:
        """``stem`` without the longest ending that leaves a core, and that core without
        its first vowel (Zulu amukela, w-a-mukela)."""
        core = next((stem[:-len(e)] for e in self.endings
                     if stem.endswith(e) and len(stem) - len(e) >= _VERB_CORE), stem)
        if len(core) < _VERB_CORE:
            return []
        found = [core]
        if core[0] in "aeiou" and len(core) > _VERB_CORE:
            found.append(core[1:])
        return found


def _beginnings(rows: _Rows) -> frozenset[str]:
    fields = [[[part.replace("-", "") for part in fold(field).split()] for field in row] for row in rows]
    return frozenset("".join(parts) for row in fields for parts in product(*row) if "".join(parts))


@lru_cache(maxsize=65536)
def _readings(verbs: Verbs, key: str) -> frozenset[tuple[str, bool]]:
    found = {(core, False) for core in verbs.cores(key)}
    for cut in range(1, len(key) - _VERB_CORE + 1):
        head = key[:cut]
        for negated, table in ((True, verbs.negative), (False, verbs.affirmative)):
            if head in table:
                found.update((core, negated) for core in verbs.cores(key[cut:]))
    return frozenset(found)


def _same_verb(a: str, b: str) -> bool:
    return a[:_VERB_CORE] == b[:_VERB_CORE] and abs(len(a) - len(b)) <= _VERB_STRETCH


# Words that deny whatever ending follows: Korean 않- after a verb's -지 form ("수락하지
# 않았다고", "승인하지 않은") and 못하- ("하지 못했다"), and 없다 (there is no) with the
# quotative or another ending ("승객은 없다고 밝혔다", "없었다고").
_STARTS: dict[str, str] = {"ko": "않았 않는 않을 않고 않아 않습 않다 않은 않겠 못했 못한 못할 못하 못해 "
                                  "부인했 부인한 부인하며 부인하고 부인해 없다 없었"}  # 부인했다: denied

# Verbs that deny the clause written after them in Chinese, which has no word for "that":
# "官员否认了大坝出现裂缝" (denied that the dam cracked), "李家超否認政府應變遲緩". Read a
# character at a time, as far as DENIED_REACH characters before the phrasing's words. And
# where a noun of the report and "that" may stand between: Thai "ปฏิเสธรายงานที่ว่า…",
# Lao "ປະຕິເສດລາຍງານທີ່ວ່າ …", Khmer "បដិសេធរបាយការណ៍ដែលថា…" (denied the reports that …),
# Vietnamese "bác bỏ thông tin cho rằng …", "phủ nhận việc đã …"; their letters and marks, or
# Vietnamese syllables, as far as _DENIED_REACH_OF tokens.
_DENYING_BEFORE: dict[str, tuple[str, ...]] = {
    "zh": ("否认", "否認", "驳斥", "駁斥"), "yue": ("否認", "駁斥"),
    "th": ("ปฏิเสธ",), "lo": ("ປະຕິເສດ",), "km": ("បដិសេធ",), "vi": ("bác bỏ", "phủ nhận", "bác tin"),
}
DENIED_REACH = 8
_DENIED_REACH_OF = {"th": 16, "lo": 16, "km": 18}
_PERFECTIVE = frozenset("了")  # "否认了": the verb's aspect written after it

_STEM = 3  # letters a stem keeps before a negating syllable
_INFIX_STEM = 2  # a verb's stem before its negating syllable: "et-me-di" (did not do), of "etmek"
_SYLLABLE = 2  # letters of that syllable: "me", "ma"
_INFIX_SHIFT = 2  # letters the shared beginning may run into the syllable ("onaylama-k", "onaylama-dı")


class Cues(frozenset):  # type: ignore[type-arg]
    """A language's folded negation cues, for scripts read a character at a time with:
    ``compounds``, two words that begin with a cue and deny nothing together ("not only");
    ``holding``, the words of a script read a character at a time that hold a cue and deny
    nothing (南非, South Africa); ``endings``,
    runs of tokens that deny; ``reach``, how far after the matched words one may begin
    (``denying_reach``, a verb of denying, where the verb comes last);
    ``starts``, beginnings of words that deny with any ending; ``inside``, tokens that deny
    only between the matched words; and for negation written inside a word, its
    ``prefixes``, ``suffixes`` and ``infix``, and in a Bantu language the ``verbs``
    whose subject prefix negates (:class:`Verbs`)."""

    compounds: frozenset[str] = frozenset()
    # the words of _NOT_DENIALS by each cue they hold: (its characters, the cue's place)
    holding: Mapping[str, tuple[tuple[tuple[str, ...], int], ...]] = MappingProxyType({})
    held_after: Mapping[tuple[str, ...], frozenset[str]] = MappingProxyType({})  # _NOT_DENIALS_AFTER
    endings: tuple[tuple[str, ...], ...] = ()
    ending_after: Mapping[tuple[str, ...], frozenset[str]] = MappingProxyType({})  # the tokens such an ending follows
    ending_not_before: Mapping[tuple[str, ...], frozenset[str]] = MappingProxyType({})  # and those it never precedes
    refusals: tuple[tuple[str, ...], ...] = ()  # of the endings, the verbs of refusing (:data:`_REFUSING`)
    reach: int | None = None
    denying_reach: int | None = None  # how far after them a verb of denying may stand
    prefixes: tuple[str, ...] = ()
    written_prefixes: tuple[str, ...] = ()  # those of a script folding loses letters of, as written
    suffixes: tuple[str, ...] = ()
    infix: re.Pattern[str] | None = None
    starts: tuple[str, ...] = ()
    inside: frozenset[str] = frozenset()
    verbs: Verbs | None = None
    denying: frozenset[str] = frozenset()  # verbs that deny the clause after "that", across a comma
    denying_before: tuple[tuple[str, ...], ...] = ()  # verbs that deny the clause right after them (Chinese)
    denied_reach: int = DENIED_REACH  # tokens before the clause where such a verb may end
    denying_words: tuple[tuple[str, ...], ...] = ()  # verbs of several words that deny after "that" (Vietnamese)
    that: frozenset[str] = frozenset()
    to: frozenset[str] = frozenset()  # the non-finite clause's first word after such a verb ("having")
    to_after: frozenset[str] = frozenset()  # or its particle after the clause's verb ("zu")
    rejecting: frozenset[str] = frozenset()  # verbs that deny a claim named before "that"
    claims: tuple[str, ...] = ()             # beginnings of the nouns of such claims
    subject: int = 0  # words of a subject between such a verb and its "that"
    light: frozenset[str] = frozenset()  # light verbs between such a noun and its "that"
    replaced: tuple[tuple[str, str], ...] = ()  # a negating prefix in place of an affirming one
    refusing: frozenset[str] = frozenset()  # verbs of refusing that deny the infinitive after them
    infinitive: tuple[str, ...] = ()        # and its endings
    denying_after: tuple[frozenset[str], tuple[str, ...], frozenset[str]] | None = None  # verbs, light verbs, "that"
    refusing_noun: frozenset[str] = frozenset()  # verbs of refusing that deny the verbal noun after them
    infinitive_start: tuple[str, ...] = ()  # the prefixes of an infinitive after a verb of refusing
    devoiced: str = ""  # consonants after which a negating syllable's verb writes t for d
    otherwise: re.Pattern[str] | None = None  # words with a negating prefix that are no negated verb

    def refusal_before(self, keys: Sequence[str], i: int, start: int) -> int | None:
        """The verb of refusing (:data:`_REFUSING_NOUN`) that governs the verbal noun at
        token ``i``: no more than _NOUN_REACH words before it, from token ``start`` on,
        the words of _CLITIC_LENGTH letters or fewer between them not counted."""
        taken, j = 0, i - 1
        while j >= start and taken < _NOUN_REACH:
            if keys[j] in self.refusing_noun:
                return j
            if len(keys[j]) > _CLITIC_LENGTH:
                taken += 1
            j -= 1
        return None

    @property
    def denies_before_that(self) -> bool:
        """Whether the language has verbs that deny the clause after "that", of one word or
        several (:attr:`denying`, :attr:`denying_words`)."""
        return bool(self.denying or self.denying_words)

    def at(self, keys: Sequence[str], i: int) -> bool:
        """Whether the token at ``i`` of ``keys`` is, or begins, a negation."""
        return self._length(keys, i) > 0

    def length_at(self, keys: Sequence[str], i: int) -> int:
        """How many tokens the negation at ``i`` of ``keys`` takes (a run of characters in a
        script read a character at a time: ไม่), 0 where none begins."""
        return self._length(keys, i)

    def within(self, keys: Sequence[str]) -> set[int]:
        """The positions of ``keys`` that belong to a negation (every token of an ending)."""
        found: set[int] = set()
        for i in range(len(keys)):
            found.update(range(i, i + self._length(keys, i)))
        return found

    def denies(self, key: str, word: str) -> bool:
        """Whether text word ``key``, matched for the phrasing's ``word``, is that word
        negated from inside: with a negating prefix, ending or syllable ``word`` has not,
        or in a Bantu language the same verb with a negated subject prefix; or a cue itself,
        taken for a word it begins as ("weren't", "haven't": "weren" for "were")."""
        if key in self and key != word and word not in self:
            return True
        if self.suffixes and self._suffixed(key) and not self._suffixed(word):
            return True
        for prefix in self.prefixes:
            if (key.startswith(prefix) and not word.startswith(prefix)
                    and key[len(prefix):len(prefix) + _STEM] == word[:_STEM]):
                return True
        if self.infix is not None:
            shared = len(commonprefix([key, word]))
            if self.devoiced and key[shared:shared + 1] == "d" and word[shared:shared + 1] == "t":
                shared += 1  # a stem's t is d before a vowel: "ed-e-me-di" of "et-ti"
            for start in range(shared, max(shared - _INFIX_SHIFT, _INFIX_STEM) - 1, -1):
                if self.infix.match(key, start) and not self.infix.match(word, start):
                    return True
        if any(key.startswith(neg) and word.startswith(aff)
               and key[len(neg):len(neg) + _STEM] == word[len(aff):len(aff) + _STEM]  # Amharic "-m" after
               for neg, aff in self.replaced):
            return True
        return self.verbs is not None and self.verbs.negates(key, word)

    def denied_from(self, keys: Sequence[str], i: int) -> int | None:
        """Where a verb of :data:`_DENYING_BEFORE` that ends right before token ``i`` (its
        perfective 了 between them or not) starts; None without one, or when it is itself
        negated ("不否认")."""
        if i > 0 and keys[i - 1] in _PERFECTIVE:
            i -= 1
        for verb in self.denying_before:
            start = i - len(verb)
            if start >= 0 and tuple(keys[start:i]) == verb:
                return None if start > 0 and keys[start - 1] in self else start
        return None

    def inside_at(self, keys: Sequence[str], t: int) -> bool:
        """Whether token ``t`` is a cue that denies inside the verb (:data:`_INSIDE`), as a
        syllable of its own: Burmese မ before a consonant ("မပြု", did not), not the first
        letter of a syllable with a vowel sign or a medial on it ("မဲ", vote; "မှ", from;
        "အမြန်", quickly), nor of "မနေ့" (yesterday)."""
        if keys[t] not in self.inside:
            return False
        following = keys[t + 1] if t + 1 < len(keys) else ""
        if not following or unicodedata.category(following[0]).startswith("M"):
            return False
        return "".join(keys[t:t + 4]) not in _INSIDE_WORDS

    def negated(self, key: str, written: str | None = None) -> bool:
        """Whether folded word ``key`` (``written`` as the text writes it, where known) is a
        verb negated from inside, whatever its verb: with a negating prefix before a stem
        (Czech "nepotvrdil"), or before a light verb (Persian "نکرد"), a negating ending
        (Bengali "করেননি"), syllable (Turkish "açıklamadı") or, in a Bantu language, subject
        prefix (Swahili "haikuthibitisha")."""
        if self.suffixes and self._suffixed(key):
            return True
        light = self.denying_after[1] if self.denying_after is not None else ()
        if self.otherwise is not None and self.otherwise.match(key):
            return False
        # a prefix in a script whose folding drops letters is looked for as written: Persian
        # "انتخابات" (elections) folds to "ntkhbt", as if it began with the negating "ن"
        unwritten = (written is not None and bool(self.written_prefixes)
                     and not written.startswith(self.written_prefixes))
        if not unwritten and any(key.startswith(p) and (len(key) - len(p) > _STEM or key[len(p):] in light)
                                 for p in self.prefixes):
            return True
        if self.infix is not None and any(self.infix.match(key, start) for start in range(_INFIX_STEM, len(key))):
            return True
        return self.verbs is not None and any(negated for _, negated in self.verbs.readings(key))

    def uninfixed(self, key: str) -> list[str]:
        """``key`` without a negating syllable after its stem (:data:`_INFIXES`), as the
        affirmed verb writes it: Turkish "etmedi" as "etti" (its past's d is t again after
        a voiceless consonant, :data:`_DEVOICED`), "onaylamadı" as "onayladı", Azerbaijani
        "etmədi" as "etdi"; with the vowel of "could not" before it too, and the stem's t
        that is d before that vowel: "katılamadı" as "katıldı", "edemedi" as "etti"."""
        if self.infix is None:
            return []
        found = []
        for start in range(_INFIX_STEM, len(key) - _SYLLABLE):
            match = self.infix.match(key, start)
            if match is None:
                continue
            unable = match.groupdict().get("unable")
            syllable = start + len(unable or "")
            if key[syllable + 1] in "ae":
                stem, rest = key[:start], key[syllable + _SYLLABLE:]
                if unable and stem.endswith("d") and self.devoiced:
                    stem = stem[:-1] + "t"
                if rest[:1] == "d" and stem[-1] in self.devoiced:
                    rest = "t" + rest[1:]
                found.append(stem + rest)
        return found

    def unprefixed(self, key: str) -> list[str]:
        """``key`` without each negating prefix it begins with, where a stem or a light verb
        is left (Persian "نکرد", "نکرده" for "کرد", "کرده"), and with the affirming prefix a
        negating one takes the place of."""
        light = self.denying_after[1] if self.denying_after is not None else ()
        return ([key[len(p):] for p in self.prefixes
                 if key.startswith(p) and (len(key) - len(p) > _STEM or key[len(p):] in light)]
                + [aff + key[len(neg):] for neg, aff in self.replaced
                   if key.startswith(neg) and len(key) - len(neg) >= _REPLACED_REST])

    def prefixed(self, key: str) -> list[str]:
        """``key`` with each negating prefix before it: the phrase words a text word in the
        affirmative may be the denial of ("kl" of Sinhala "nokl", "přijala" of "nepřijala")."""
        return [p + key for p in self.prefixes if len(p) >= _AFFIRMED_PREFIX and len(key) >= _AFFIRMED_STEM]

    def behind_prefix(self, key: str, word: str) -> bool:
        """Whether text word ``key`` is the phrasing's ``word`` as written behind a negating
        prefix: "nevydaly" for "vydaly", "nepaskelbė" for "paskelbė" (:meth:`affirms`, the other
        way round)."""
        return any(key == prefix + word for prefix in self.prefixes if not word.startswith(prefix))

    def affirms(self, key: str, word: str) -> bool:
        """Whether text word ``key``, matched for the phrasing's ``word``, is that word
        without the negating prefix the phrasing writes on it: the phrasing's denial is
        not stated but its contrary ("Vláda přijala návrh" for "Vláda nepřijala návrh")."""
        return any(word == p + key for p in self.prefixes if len(p) >= _AFFIRMED_PREFIX) and len(key) >= _AFFIRMED_STEM

    def _suffixed(self, key: str) -> bool:
        return any(key.endswith(suffix) and len(key) > len(suffix) + 1 for suffix in self.suffixes)

    def by_ending(self, key: str) -> bool:
        """Whether ``key`` denies only by an ending written on it (:data:`_SUFFIXES`), no cue of
        its own: the verb it ends, after what it denies (Mongolian "хугацаагүй", without a
        term, before a noun denies nothing of it)."""
        return bool(self.suffixes) and key not in self and self._suffixed(key)

    def _length(self, keys: Sequence[str], i: int) -> int:
        word = keys[i]
        if word in self:
            compound = self.compounds and i + 1 < len(keys) and word + keys[i + 1] in self.compounds
            held = any(0 <= i - at and tuple(keys[i - at:i - at + len(chars)]) == chars
                       and not (i - at > 0 and keys[i - at - 1] in self.held_after.get(chars, ()))
                       for chars, at in self.holding.get(word, ()))
            return 0 if compound or held else 1
        if (self.suffixes and self._suffixed(word)) or (self.starts and word.startswith(self.starts)):
            return 1
        if word in self.refusing and self._infinitive_after(keys, i):
            return 1
        return next((len(e) for e in self.endings if tuple(keys[i:i + len(e)]) == e
                     and (e not in self.ending_after or (i > 0 and keys[i - 1] in self.ending_after[e]))
                     and not (i + len(e) < len(keys) and keys[i + len(e)] in self.ending_not_before.get(e, ()))), 0)

    def refusal_ending_at(self, keys: Sequence[str], i: int) -> int | None:
        """Where a verb of refusing (:data:`_REFUSING`) that ends at token ``i`` begins:
        across the comma German sets before the infinitive it refuses ("weigert sich, das
        Lösegeld zu zahlen"). None without one."""
        for row in self.refusals:
            begin = i - len(row) + 1
            if begin >= 0 and tuple(keys[begin:i + 1]) == row:
                return begin
        return None

    def _infinitive_after(self, keys: Sequence[str], i: int) -> bool:
        """Whether an infinitive follows the verb of refusing at ``i``, past short words."""
        for j in range(i + 1, min(i + 1 + _INFINITIVE_REACH, len(keys))):
            if (keys[j].endswith(self.infinitive) or keys[j].startswith(self.infinitive_start)) and len(
                    keys[j]) > _CLITIC_LENGTH:
                return True
            if len(keys[j]) > _CLITIC_LENGTH:
                return False
        return False

    def denied_after(self, keys: Sequence[str], i: int) -> bool:
        """Whether token ``i`` is a verb of denying written after its clause, with its
        light verb after it (:data:`_DENYING_AFTER`)."""
        if self.denying_after is None or keys[i] not in self.denying_after[0] or i + 1 >= len(keys):
            return False
        return keys[i + 1] in self.denying_after[1]

    def _parts(self) -> tuple[object, ...]:
        return (frozenset(self), self.compounds, tuple(sorted(self.holding.items())), self.endings, self.prefixes,
                self.suffixes, self.starts, self.inside,
                self.infix.pattern if self.infix is not None else None, self.verbs, self.denying, self.denying_words, self.that,
                self.to, self.to_after,
                self.light, self.rejecting, self.claims, self.denying_before, self.denied_reach, self.subject, self.replaced, self.refusing,
                self.infinitive, self.denying_after, self.refusing_noun, self.infinitive_start, self.devoiced,
                tuple(sorted(self.ending_after.items())), tuple(sorted(self.ending_not_before.items())),
                tuple(sorted(self.held_after.items())), self.refusals, self.reach, self.denying_reach)

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
    if any(base in table for table in (_CUES, _ENDINGS, _PREFIXES, _SUFFIXES, _INFIXES, _STARTS, _INSIDE, _VERB_PREFIXES,
                                       _DENYING)):
        cues = Cues(fold(word) for word in _CUES.get(base, "").split())
        cues.denying = frozenset(fold(word) for word in _DENYING.get(base, "").split())
        cues.that = frozenset(fold(word) for word in _THAT.get(base, "").split())
        cues.to = frozenset(fold(word) for word in _DENYING_TO.get(base, "").split())
        cues.to_after = frozenset(fold(word) for word in _DENYING_TO_AFTER.get(base, "").split())
        cues.denying_words = tuple(tuple(fold_words(verb)) for verb in _DENYING_WORDS.get(base, ()))
        cues.rejecting = frozenset(fold(word) for word in _REJECTING.get(base, "").split())
        cues.claims = tuple(fold(stem) for stem in _CLAIMS.get(base, "").split())
        cues.subject = _SUBJECT_BEFORE_THAT.get(base, 0)
        cues.light = frozenset(fold(word) for word in _LIGHT_BEFORE_THAT.get(base, "").split())
        cues.replaced = tuple((fold(neg), fold(aff)) for neg, aff in _REPLACED_PREFIXES.get(base, ()))
        cues.compounds = frozenset("".join(fold_words(pair)) for pair in _NOT_DENIAL_PAIRS.get(base, "").split("|")
                                   if pair)
        holding: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for word in _NOT_DENIALS.get(base, "").split():
            chars = tuple(map(fold, word.split("_"))) if "_" in word else tuple(map(fold, word))
            for at, char in enumerate(chars):
                if char in cues:
                    holding.setdefault(char, []).append((chars, at))
        cues.holding = MappingProxyType({char: tuple(words) for char, words in holding.items()})
        cues.held_after = MappingProxyType({tuple(map(fold, word.split("_"))): frozenset(map(fold, before.split()))
                                            for word, before in _NOT_DENIALS_AFTER.get(base, {}).items()})
        cues.endings = tuple(tuple(ending) for ending in _ENDINGS.get(base, ()))
        cues.reach = _ENDING_REACH if cues.endings else None
        cues.denying_reach = _DENYING_REACH if verb_comes_last(base) else None
        cues.ending_after = MappingProxyType({tuple(ending): frozenset(after)
                                              for ending, after in _ENDINGS_AFTER.get(base, {}).items()})
        cues.ending_not_before = MappingProxyType({tuple(ending): frozenset(before)
                                                   for ending, before in _ENDINGS_NOT_BEFORE.get(base, {}).items()})
        cues.refusals = tuple(tuple(fold_words(row)) for row in _REFUSING.get(base, ()))
        cues.endings += cues.refusals + tuple(tuple(fold_words(row)) for row in _CONTRACTIONS.get(base, ()))
        cues.prefixes = tuple(fold(prefix) for prefix in _PREFIXES.get(base, "").split())
        cues.written_prefixes = tuple(prefix for prefix in _PREFIXES.get(base, "").split()
                                      if _ABJAD_PREFIX.match(prefix))
        cues.suffixes = tuple(fold(suffix) for suffix in _SUFFIXES.get(base, "").split())
        cues.infix = re.compile(_INFIXES[base]) if base in _INFIXES else None
        cues.devoiced = _DEVOICED.get(base, "")
        cues.otherwise = re.compile(_PREFIXED_OTHERWISE[base]) if base in _PREFIXED_OTHERWISE else None
        cues.starts = tuple(fold(start) for start in _STARTS.get(base, "").split())
        cues.inside = frozenset(fold(cue) for cue in _INSIDE.get(base, "").split())
        cues.verbs = Verbs.of(*_VERB_PREFIXES[base], _NOT_VERBS.get(base, "")) if base in _VERB_PREFIXES else None
        cues.denying_before = tuple(tuple(token_columns(verb)[2]) for verb in _DENYING_BEFORE.get(base, ()))
        cues.denied_reach = _DENIED_REACH_OF.get(base, DENIED_REACH)
        verbs, endings = _REFUSING_INFINITIVE.get(base, ("", ""))
        cues.refusing = frozenset(fold(verb) for verb in verbs.split())
        cues.infinitive = tuple(fold(ending) for ending in endings.split())
        cues.refusing_noun = frozenset(fold(verb) for verb in _REFUSING_NOUN.get(base, "").split())
        if base in _REFUSING_PREFIXED:
            verbs, starts = _REFUSING_PREFIXED[base]
            cues.refusing = cues.refusing | frozenset(fold(verb) for verb in verbs.split())
            cues.infinitive_start = tuple(fold(start) for start in starts.split())
        if base in _DENYING_AFTER:
            after, light, that = _DENYING_AFTER[base]
            cues.denying_after = (frozenset(map(fold, after.split())), tuple(map(fold, light.split())),
                                  frozenset(map(fold, that.split())))
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
