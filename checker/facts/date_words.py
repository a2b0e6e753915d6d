"""Relative-date words that CLDR (as packaged by Babel) does not carry.

Babel's CLDR tables have month, weekday and era names and the date patterns, but not
the relative-day words (*yesterday*, *tomorrow*), nor *the day after*, nor the
*next*/*last* modifiers of a weekday. These small tables supply them, per base language
code; Latin and Cyrillic spellings sit side by side where a language writes both.
Every entry is compared after :func:`~checker.text.normalise.fold`, so diacritics,
case and script variants need not be listed.
"""

from __future__ import annotations

_NB_DAYS = {"i går": -1, "i dag": 0, "i morgen": 1, "i forgårs": -2, "i overmorgen": 2, "i natt": 0, "i morges": 0,
            "i kveld": 0}

# Days from the published date: yesterday -1, today 0, tomorrow +1 ...
RELATIVE_DAYS: dict[str, dict[str, int]] = {
    "en": {"yesterday": -1, "today": 0, "tomorrow": 1,
           "the day before yesterday": -2, "the day after tomorrow": 2,
           # and the parts of those days news writes on their own
           "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0},
    "hr": {"jučer": -1, "jučerašnji": -1, "danas": 0, "sutra": 1, "prekjučer": -2, "prekosutra": 2,
           "sinoć": -1, "jutros": 0, "noćas": 0},
    "bs": {"jučer": -1, "juče": -1, "danas": 0, "sutra": 1, "prekjučer": -2, "prekosutra": 2,
           "sinoć": -1, "jutros": 0, "noćas": 0},
    "sr": {"juče": -1, "jučer": -1, "danas": 0, "sutra": 1, "prekjuče": -2, "prekosutra": 2,
           "јуче": -1, "данас": 0, "сутра": 1, "прекјуче": -2, "прекосутра": 2,
           "sinoć": -1, "jutros": 0, "noćas": 0, "синоћ": -1, "јутрос": 0, "ноћас": 0},
    "sl": {"včeraj": -1, "danes": 0, "jutri": 1, "predvčerajšnjim": -2, "pojutrišnjem": 2},
    "ro": {"ieri": -1, "azi": 0, "astăzi": 0, "mâine": 1, "alaltăieri": -2, "poimâine": 2,
           "aseară": -1, "azi-noapte": 0, "azi-dimineață": 0, "în această dimineață": 0},
    "de": {"gestern": -1, "heute": 0, "morgen": 1, "vorgestern": -2, "übermorgen": 2},
    # Dutch writes the part of the day on the day: "gisteravond" (last night), "vanochtend"
    "nl": {"gisteren": -1, "vandaag": 0, "morgen": 1, "eergisteren": -2, "overmorgen": 2,
           "gisteravond": -1, "gistermiddag": -1, "gisterochtend": -1, "gistermorgen": -1, "gisternacht": -1,
           "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0, "morgenochtend": 1, "morgenavond": 1},
    "fr": {"hier": -1, "aujourd'hui": 0, "demain": 1, "avant-hier": -2, "après-demain": 2,
           "ce matin": 0, "cet après-midi": 0, "ce soir": 0, "hier soir": -1},
    "es": {"ayer": -1, "hoy": 0, "mañana": 1, "anteayer": -2, "antier": -2, "pasado mañana": 2,
           "anoche": -1, "anteanoche": -2, "esta mañana": 0, "esta madrugada": 0, "esta tarde": 0, "esta noche": 0},
    "it": {"ieri": -1, "oggi": 0, "domani": 1, "l'altro ieri": -2, "ieri l'altro": -2, "dopodomani": 2,
           "stamattina": 0, "stamane": 0, "stanotte": 0, "stasera": 0, "stamani": 0, "questa mattina": 0,
           "questa sera": 0, "ieri sera": -1},
    "pt": {"ontem": -1, "hoje": 0, "amanhã": 1, "anteontem": -2, "depois de amanhã": 2,
           "nesta madrugada": 0, "esta madrugada": 0, "nesta manhã": 0, "esta manhã": 0, "nesta noite": 0},
    "pl": {"wczoraj": -1, "dzisiaj": 0, "dziś": 0, "jutro": 1, "przedwczoraj": -2, "pojutrze": 2},
    "cs": {"včera": -1, "dnes": 0, "zítra": 1, "předevčírem": -2, "pozítří": 2},
    "sk": {"včera": -1, "dnes": 0, "zajtra": 1, "predvčerom": -2, "pozajtra": 2},
    "ru": {"вчера": -1, "сегодня": 0, "завтра": 1, "позавчера": -2, "послезавтра": 2, "этой ночью": 0,
           "прошлой ночью": -1},
    "uk": {"вчора": -1, "учора": -1, "сьогодні": 0, "завтра": 1, "позавчора": -2, "післязавтра": 2},
    "bg": {"вчера": -1, "днес": 0, "утре": 1, "онзи ден": -2, "вдругиден": 2, "снощи": -1, "тази сутрин": 0},
    "mk": {"вчера": -1, "денес": 0, "денеска": 0, "утре": 1, "завчера": -2, "задутре": 2, "синоќа": -1, "утрово": 0},
    "hu": {"tegnap": -1, "ma": 0, "holnap": 1, "tegnapelőtt": -2, "holnapután": 2},
    "fi": {"eilen": -1, "tänään": 0, "huomenna": 1, "toissapäivänä": -2, "ylihuomenna": 2,
           "tänä aamuna": 0, "tänä iltana": 0, "eilen illalla": -1},
    "et": {"eile": -1, "täna": 0, "homme": 1, "üleeile": -2, "ülehomme": 2},
    "lv": {"vakar": -1, "šodien": 0, "rīt": 1, "aizvakar": -2, "parīt": 2, "šorīt": 0, "šovakar": 0},
    "lt": {"vakar": -1, "šiandien": 0, "rytoj": 1, "užvakar": -2, "poryt": 2, "šįryt": 0, "šįvakar": 0},
    "sq": {"dje": -1, "sot": 0, "nesër": 1, "pardje": -2, "pasnesër": 2},
    "sv": {"i går": -1, "igår": -1, "i dag": 0, "idag": 0, "i morgon": 1, "imorgon": 1,
           "i förrgår": -2, "i övermorgon": 2, "i natt": 0, "inatt": 0, "i morse": 0, "i kväll": 0, "ikväll": 0},
    "da": {"i går": -1, "igår": -1, "i dag": 0, "idag": 0, "i morgen": 1, "i forgårs": -2,
           "i overmorgen": 2, "i nat": 0, "i morges": 0, "i aftes": -1, "i aften": 0},
    "nb": _NB_DAYS, "nn": _NB_DAYS,
    "ca": {"ahir": -1, "avui": 0, "demà": 1, "abans-d'ahir": -2, "demà passat": 2},
    "gl": {"onte": -1, "hoxe": 0, "mañá": 1, "antonte": -2, "pasadomañá": 2},
    "eu": {"atzo": -1, "gaur": 0, "bihar": 1, "herenegun": -2, "etzi": 2},
    "is": {"í gær": -1, "í dag": 0, "á morgun": 1, "í fyrradag": -2,
           "í morgun": 0, "í gærmorgun": -1, "í gærkvöldi": -1, "í kvöld": 0, "í nótt": 0},
    "be": {"учора": -1, "ўчора": -1, "сёння": 0, "заўтра": 1, "пазаўчора": -2, "паслязаўтра": 2},
    # Welsh writes yesterday and today with their mutations as often as without
    "cy": {"ddoe": -1, "doe": -1, "heddiw": 0, "yfory": 1},
    "mt": {"il-bieraħ": -1, "l-bieraħ": -1, "lbieraħ": -1, "illum": 0, "għada": 1},  # "l-bieraħ" after a vowel
    "ga": {"inné": -1, "inniu": 0, "amárach": 1, "arú inné": -2, "arú amárach": 2},
    "el": {"χθες": -1, "χτες": -1, "σήμερα": 0, "αύριο": 1, "προχθές": -2, "προχτές": -2, "μεθαύριο": 2},
    "tr": {"dün": -1, "dünkü": -1, "bugün": 0, "yarın": 1, "evvelsi gün": -2, "öbür gün": 2, "bu sabah": 0,
           "bu gece": 0},
    "id": {"kemarin": -1, "hari ini": 0, "besok": 1, "kemarin lusa": -2, "lusa": 2},
    "ms": {"kelmarin": -1, "semalam": -1, "hari ini": 0, "esok": 1, "lusa": 2},
    "vi": {"hôm qua": -1, "hôm nay": 0, "ngày mai": 1, "hôm kia": -2, "ngày kia": 2,
           "sáng nay": 0, "trưa nay": 0, "chiều nay": 0, "tối nay": 0, "sáng qua": -1, "tối qua": -1, "đêm qua": -1},
    "ar": {"أمس": -1, "بالأمس": -1, "البارحة": -1, "اليوم": 0, "غدا": 1, "غداً": 1,
           "أول أمس": -2, "أول من أمس": -2, "بعد غد": 2},
    "he": {"אתמול": -1, "אמש": -1, "היום": 0, "מחר": 1, "שלשום": -2, "מחרתיים": 2,  # אמש: last night
           "הבוקר": 0, "הערב": 0},  # this morning, this evening (not "הבוקר של", the morning of)
    # Persian news writes yesterday as "the past day" and last night as often as دیروز
    "fa": {"دیروز": -1, "روز گذشته": -1, "دیشب": -1, "امروز": 0, "فردا": 1, "پریروز": -2, "پس‌فردا": 2},
    "ps": {"پرون": -1, "پرونۍ": -1, "نن": 0, "نن ورځ": 0, "سبا": 1, "بله ورځ": 1},
    "ckb": {"دوێنێ": -1, "ئەمڕۆ": 0, "سبەینێ": 1, "بەیانی": 1},
    "az": {"dünən": -1, "bu gün": 0, "bugün": 0, "sabah": 1, "srağagün": -2, "birigün": 2},
    # Hindi, Urdu and Punjabi "kal" is yesterday and tomorrow alike (read by its sentence's
    # tense, TENSED_DAYS below): "today" is listed, and the words that are only
    # "yesterday" (Urdu "گزشتہ روز", the past day).
    "hi": {"आज": 0}, "ur": {"آج": 0, "گزشتہ روز": -1, "گذشتہ روز": -1},
    "pa": {"ਅੱਜ": 0, "ਬੀਤੇ ਦਿਨ": -1},
    # Bengali, Gujarati and Marathi say yesterday with a word of its own beside "kal".
    "bn": {"গতকাল": -1, "গতকালের": -1, "আজ": 0, "আজকে": 0, "আগামীকাল": 1, "গত পরশু": -2, "আগামী পরশু": 2},
    "gu": {"ગઈકાલે": -1, "ગઈ કાલે": -1, "ગઈકાલ": -1, "આજે": 0, "આવતીકાલે": 1},
    "mr": {"काल": -1, "आज": 0, "उद्या": 1},
    "ne": {"हिजो": -1, "आज": 0, "भोलि": 1, "अस्ति": -2, "पर्सि": 2},
    "ta": {"நேற்று": -1, "இன்று": 0, "நாளை": 1, "நேற்று முன்தினம்": -2, "நாளை மறுநாள்": 2},
    "te": {"నిన్న": -1, "ఈ రోజు": 0, "ఈరోజు": 0, "నేడు": 0, "రేపు": 1, "మొన్న": -2, "ఎల్లుండి": 2},
    "si": {"ඊයේ": -1, "අද": 0, "හෙට": 1, "පෙරේදා": -2, "අනිද්දා": 2},
    # and the parts of those days news writes: 昨晚 (last night), 今晨 (this morning), 昨夜, 今夜
    "zh": {"昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1, "前天": -2, "后天": 2, "後天": 2,
           "昨晚": -1, "昨夜": -1, "昨晨": -1, "今晨": 0, "今早": 0, "今晚": 0, "明晚": 1, "前晚": -2},
    "ja": {"昨日": -1, "きのう": -1, "今日": 0, "きょう": 0, "明日": 1, "あした": 1, "一昨日": -2,
           "おととい": -2, "明後日": 2, "あさって": 2, "昨夜": -1, "昨晩": -1, "今朝": 0, "今夜": 0, "今晩": 0},
    "ko": {"어제": -1, "오늘": 0, "내일": 1, "그제": -2, "그저께": -2, "모레": 2, "어젯밤": -1, "간밤": -1,
           "오늘밤": 0},
    "th": {"เมื่อวาน": -1, "เมื่อวานนี้": -1, "วันนี้": 0, "พรุ่งนี้": 1, "เมื่อวานซืน": -2, "มะรืนนี้": 2},
    "lo": {"ມື້ວານ": -1, "ມື້ວານນີ້": -1, "ມື້ນີ້": 0, "ມື້ອື່ນ": 1, "ມື້ວານຊືນ": -2, "ມື້ຮື": 2},
    "km": {"ម្សិលមិញ": -1, "ថ្ងៃម្សិលមិញ": -1, "ថ្ងៃនេះ": 0, "ថ្ងៃស្អែក": 1, "ម្សិលម្ង៉ៃ": -2},
    "my": {"မနေ့က": -1, "မနေ့": -1, "ယမန်နေ့": -1, "ယမန်နေ့က": -1, "ယနေ့": 0, "ဒီနေ့": 0, "မနက်ဖြန်": 1, "တမြန်နေ့က": -2},
    # Tagalog "bukas" (tomorrow) is also "open", and "ngayon" (today) "now": left out.
    "fil": {"kahapon": -1, "kamakalawa": -2, "ngayong araw": 0},
    "ka": {"გუშინ": -1, "დღეს": 0, "ხვალ": 1, "გუშინწინ": -2, "ზეგ": 2},
    "hy": {"երեկ": -1, "այսօր": 0, "վաղը": 1, "վաղն": 1, "երեկ չէ առաջին օրը": -2},
    "mn": {"өчигдөр": -1, "өчигдрийн": -1, "өнөөдөр": 0, "өнөөдрийн": 0, "маргааш": 1, "маргаашийн": 1,
           "уржигдар": -2, "нөгөөдөр": 2},
    "sw": {"jana": -1, "leo": 0, "kesho": 1, "juzi": -2, "keshokutwa": 2},
    "ha": {"jiya": -1, "yau": 0, "gobe": 1, "shekaranjiya": -2, "jibi": 2},
    # Yoruba writes "on" (ní) into the word: "lánàá" (yesterday), "lónìí" (today).
    "yo": {"lánàá": -1, "lánà": -1, "lónìí": 0},
    "so": {"shalay": -1, "maanta": 0, "berri": 1, "dorraad": -2},
    "zu": {"izolo": -1, "namuhla": 0, "namhlanje": 0, "kusasa": 1},
    "af": {"gister": -1, "vandag": 0, "eergister": -2, "oormôre": 2},
    # Amharic also writes "yesterday's" with "in" on it: "በትናንትናው ዕለት" (on yesterday's day).
    "am": {"ትናንት": -1, "ትላንት": -1, "ትናንትና": -1, "ትላንትና": -1, "ትናንትናው": -1, "በትናንትናው": -1,
           "በትላንትናው": -1, "ዛሬ": 0, "ነገ": 1},
    "kk": {"кеше": -1, "кешегі": -1, "бүгін": 0, "ертең": 1},
    # Uzbek "kecha" is also "night": not after the words of "midnight", "every night" (NOT_AFTER).
    "uz": {"kecha": -1, "bugun": 0, "ertaga": 1, "кеча": -1, "бугун": 0, "эртага": 1},
}

# Hindi, Urdu and Punjabi "kal" is yesterday or tomorrow, as its clause's verb tells
# (checker.text.tense): a past tense makes it yesterday, a future tomorrow; a clause with
# both or neither leaves it unread. Urdu کل is also "total": not before a number nor a
# noun of counting (کل 500 افراد, کل آبادی, کل تعداد; NOT_BEFORE), and "the total was"
# has no tense of its own to make it a day.
BY_TENSE = 99  # the offset filed for such a word
TENSED_DAYS: dict[str, tuple[str, ...]] = {"hi": ("कल",), "pa": ("ਕੱਲ੍ਹ", "ਕੱਲ"), "ur": ("کل",)}
TOTAL_BEFORE_NUMBER = frozenset({"ur"})  # where that word before a number is "total"
# Likewise the day before yesterday or after tomorrow: Bengali পরশু ("গত পরশু", the last,
# and "আগামী পরশু", the coming, are RELATIVE_DAYS).
BY_TENSE_TWO = 98
TENSED_TWO_DAYS: dict[str, tuple[str, ...]] = {"bn": ("পরশু",)}


# "The day after" / "the day before": one day from a date stated in the same sentence.
DAY_SHIFTS: dict[str, dict[str, int]] = {
    "en": {"the day after": 1, "a day after": 1, "the next day": 1, "the following day": 1, "a day later": 1,
           "the day before": -1, "a day before": -1, "the previous day": -1, "a day earlier": -1},
    "hr": {"dan nakon": 1, "dan poslije": 1, "sutradan": 1, "dan prije": -1, "dan ranije": -1},
    "bs": {"dan nakon": 1, "dan poslije": 1, "sutradan": 1, "dan prije": -1, "dan ranije": -1},
    "sr": {"dan nakon": 1, "dan posle": 1, "sutradan": 1, "dan pre": -1, "dan ranije": -1,
           "дан након": 1, "дан после": 1, "сутрадан": 1, "дан пре": -1, "дан раније": -1},
    "ro": {"a doua zi": 1, "ziua următoare": 1, "o zi mai târziu": 1,
           "cu o zi înainte": -1, "ziua precedentă": -1, "o zi mai devreme": -1},
    "de": {"am tag danach": 1, "am nächsten tag": 1, "am folgetag": 1, "tags darauf": 1,
           "einen tag nach": 1, "am tag nach": 1,
           "am tag davor": -1, "am vortag": -1, "tags zuvor": -1, "einen tag vor": -1, "am tag vor": -1},
    "fr": {"le lendemain": 1, "le jour suivant": 1, "la veille": -1, "le jour précédent": -1},
    "es": {"al día siguiente": 1, "un día después": 1, "el día anterior": -1, "un día antes": -1},
    "it": {"il giorno dopo": 1, "l'indomani": 1, "il giorno prima": -1, "il giorno precedente": -1},
    "pt": {"no dia seguinte": 1, "um dia depois": 1, "no dia anterior": -1, "um dia antes": -1,
           "na véspera": -1},
    "pl": {"następnego dnia": 1, "dzień później": 1, "nazajutrz": 1,
           "dzień wcześniej": -1, "poprzedniego dnia": -1},
    "ru": {"на следующий день": 1, "днем позже": 1, "накануне": -1, "днем ранее": -1},
    "uk": {"наступного дня": 1, "напередодні": -1},
    "nl": {"de dag erna": 1, "de volgende dag": 1, "een dag later": 1, "daags erna": 1, "de dag ervoor": -1,
           "een dag eerder": -1, "daags ervoor": -1, "de avond ervoor": -1},
    "sv": {"dagen efter": 1, "dagen därpå": 1, "dagen innan": -1, "dagen före": -1, "kvällen innan": -1},
    "da": {"dagen efter": 1, "dagen før": -1, "dagen inden": -1, "aftenen før": -1},
    "nb": {"dagen etter": 1, "dagen før": -1, "kvelden før": -1},
    "cs": {"následující den": 1, "druhý den": 1, "o den později": 1, "den předtím": -1, "o den dříve": -1},
    "sk": {"nasledujúci deň": 1, "na druhý deň": 1, "o deň neskôr": 1, "deň predtým": -1, "o deň skôr": -1},
    "hu": {"másnap": 1, "egy nappal később": 1, "előző nap": -1, "egy nappal korábban": -1},
    "fi": {"seuraavana päivänä": 1, "edellisenä päivänä": -1},
    "el": {"την επόμενη μέρα": 1, "την προηγούμενη μέρα": -1},  # not "την επομένη" alone: "την προηγούμενη κινητοποίηση"
    "ca": {"l'endemà": 1, "el dia següent": 1, "el dia abans": -1, "el dia anterior": -1},
    "id": {"keesokan harinya": 1, "sehari kemudian": 1, "sehari sebelumnya": -1},
    "ms": {"keesokan harinya": 1, "sehari kemudian": 1, "sehari sebelumnya": -1},
    "tr": {"ertesi gün": 1, "bir gün sonra": 1}, "tl": {"kinabukasan": 1},
    # and "이날" (that day), which dates a sentence by the day the one before it named
    "ko": {"다음날": 1, "다음 날": 1, "이튿날": 1, "전날": -1, "이날": 0},
    # and "同日" (the same day), as Korean "이날" (not "当天", "that day" of a day named in any way,
    # "“黑色星期六”当天")
    "zh": {"次日": 1, "翌日": 1, "第二天": 1, "隔天": 1, "前一天": -1, "前一日": -1, "同日": 0},
    "yue": {"次日": 1, "翌日": 1, "第二天": 1, "隔天": 1, "前一天": -1, "前一日": -1, "同日": 0},
    "ja": {"翌日": 1, "次の日": 1, "前日": -1, "同日": 0},
}
# and the evening or night before the day a sentence dates ("had evacuated the town the
# evening before", "am Vorabend"), a day before it
for _language, _words in {"en": {"the evening before": -1, "the night before": -1}, "de": {"am vorabend": -1},
                          "fr": {"la veille au soir": -1}}.items():
    DAY_SHIFTS[_language].update(_words)

# "The night to Saturday": Russian "в ночь на субботу", "в ночь на 16 сентября", Ukrainian
# "в ніч на суботу", "вночі на суботу", "у ніч проти 16 березня", Czech and Slovak "v noci na
# sobotu", Polish "w nocy na sobotę", Croatian and Serbian "u noći na subotu", Bulgarian "в
# нощта срещу събота" name the night from the day before into the
# day: both days are read (as "the night from Friday to Saturday", which names both), so a
# rule on either is unclear about such a source, one on another day contradicted.
NIGHT_BEFORE: dict[str, tuple[str, ...]] = {
    "ru": ("ночь на", "ночи на"), "uk": ("ніч на", "вночі на", "ночі на", "ніч проти", "вночі проти", "ночі проти"),
    "be": ("ноч на", "ноччу на"), "cs": ("noci na", "noc na"), "sk": ("noci na", "noc na"), "pl": ("nocy na", "noc na"),
    "bg": ("нощта срещу", "нощ срещу"), "hr": ("noći na",), "bs": ("noći na",), "sr": ("noći na", "ноћи на"),
    "de": ("nacht zum", "nacht zu", "nacht auf"),  # "in der Nacht zum Mittwoch"
}

# The shifts above that take an event as complement ("Thursday, a day after the leaders
# met"): when the stated date comes first, the event is the date minus the shift.
# The others are adverbs ("they met on Wednesday and the next day ..."): date plus shift.
DAY_SHIFTS_BEFORE_EVENT: dict[str, tuple[str, ...]] = {
    "en": ("the day after", "a day after", "the day before", "a day before"),
    "hr": ("dan nakon", "dan poslije", "dan prije"),
    "bs": ("dan nakon", "dan poslije", "dan prije"),
    "sr": ("dan nakon", "dan posle", "dan pre", "дан након", "дан после", "дан пре"),
    "de": ("einen tag nach", "am tag nach", "einen tag vor", "am tag vor"),
    "es": ("un día después", "un día antes"),
    "pt": ("um dia depois", "um dia antes"),
    "it": ("il giorno dopo", "il giorno prima"),
}

# Words that make such a phrase point back instead ("the day after that", "dan nakon
# toga"): then it is an adverb again.
DAY_SHIFT_BACK_REFERENCES: dict[str, tuple[str, ...]] = {
    "en": ("that", "this", "it"),
    "hr": ("toga", "tog", "ovoga", "ovog"),
    "bs": ("toga", "tog", "ovoga", "ovog"),
    "sr": ("toga", "tog", "ovoga", "ovog", "того", "тог", "овога"),
    "de": ("dem", "diesem"),
    "es": ("eso", "esto", "ello"),
    "pt": ("isso", "disso", "isto"),
    "it": ("questo", "ciò", "quello"),
}

# Words before a weekday that open a time from it on, and only forward: the rule that
# applies "ab Montag", "à partir de lundi", "starting Monday" does so from the coming one;
# and English "by", Italian "entro", a deadline, but after a past ("By Friday 300 had died"). Not the words
# that are "since" as well (Polish "od", Italian "da", Russian "с").
FROM_ON: dict[str, tuple[str, ...]] = {
    "en": ("starting", "beginning", "effective", "by"), "de": ("ab",), "nl": ("vanaf",),
    "fr": ("à partir de", "dès", "d'ici"),
    "es": ("a partir del", "a partir de"), "pt": ("a partir de", "a partir da", "a partir do"),
    "ca": ("a partir de", "a partir del"), "it": ("a partire da", "a partire dal", "a partire dalla", "entro"),
    "ro": ("începând de", "începând cu"),
}

# Words before a weekday that end a span at it ("until Sunday", "hasta el domingo", "bis
# Sonntag"): after a present of lasting (checker.text.tense.lasts) the span still runs,
# and its end is the coming day ("A curfew remains in force until Sunday").
UNTIL: dict[str, tuple[str, ...]] = {
    "en": ("until", "till", "through"), "de": ("bis",), "nl": ("tot",),
    "fr": ("jusqu'à", "jusqu'au"), "es": ("hasta el", "hasta"), "pt": ("até", "até a", "até o", "até à", "até ao"),
    "it": ("fino a", "fino al", "fino alla", "sino a"), "ca": ("fins a", "fins al"),
    "ru": ("до",), "uk": ("до",), "pl": ("do",), "ar": ("حتى", "لغاية", "حتى يوم", "لغاية يوم"),
    "id": ("hingga", "sampai"),
    "ms": ("hingga", "sehingga", "sampai"),
    "zh": ("至", "直到", "到"), "vi": ("đến", "tới", "cho đến", "đến hết"), "fa": ("تا", "تا روز"), "sw": ("hadi", "mpaka"),
    "el": ("μέχρι", "μέχρι την", "μέχρι το", "έως", "έως την", "έως το", "ως την", "ως το"),
    "ro": ("până", "până pe", "până la"), "cs": ("do",), "sk": ("do",),
}
# And the words after the weekday where the language writes "until" after its noun: Turkish
# "pazar gününe kadar" (until Sunday), the weekday's "day" between; Hindi, Urdu and
# Bengali "रविवार तक"; and the case ending written on the weekday, Hungarian "vasárnapig".
UNTIL_AFTER: dict[str, tuple[str, ...]] = {"tr": ("kadar",), "az": ("qədər",), "hi": ("तक",), "ur": ("تک",),
                                          "bn": ("পর্যন্ত",)}
UNTIL_AFTER_REACH = 2  # words after the weekday where it may stand ("gününe kadar")
UNTIL_ENDINGS: dict[str, tuple[str, ...]] = {"hu": ("ig",)}

# Words that name an event still to come when what the sentence tells happened, a weekday
# at most AHEAD_REACH words after them ("ahead of Sunday's election", "de cara a las
# elecciones del domingo", "avant les législatives de dimanche", "in vista del voto di domenica"):
# the day after the sentence's other date ("held a rally on Tuesday ahead of Sunday's
# election" is the Sunday after that Tuesday); with no other date, either Sunday. Not the
# words that are "in front of" too ("before", "vor", "przed", "перед": "appeared before the
# court on Monday").
AHEAD_OF: dict[str, tuple[str, ...]] = {
    "en": ("ahead of", "in the run-up to"), "de": ("im vorfeld",),
    "fr": ("avant", "à la veille de", "en vue de"), "es": ("de cara a", "antes de", "antes del", "previo a"),
    "pt": ("antes de", "antes da", "antes das", "antes do", "antes dos", "na véspera de"),
    "it": ("in vista di", "in vista del", "in vista della", "prima di", "prima del", "prima della",
           "alla vigilia di", "alla vigilia del", "alla vigilia della"),
}
AHEAD_REACH = 3  # words between such a word and the weekday ("ahead of the election on Sunday")

# Words before a weekday that make it every such day, no date: "every Monday", "cada lunes",
# "ogni lunedì", "jeden Montag", "chaque lundi", "каждый понедельник"; and the article of
# the plural before a weekday that is the same in both numbers, Spanish "los lunes" (el
# lunes is one day), or Italian's and French singular one, "chiuso il lunedì" (on Mondays;
# lunedì alone is one day), "Le marché a lieu le samedi" (lundi alone, and "le lundi 11",
# are one day).
EVERY: dict[str, tuple[str, ...]] = {
    "en": ("every", "each"), "es": ("cada", "todos los", "los"), "pt": ("cada", "todas as", "todos os"),
    "fr": ("chaque", "tous les", "le"), "it": ("ogni", "tutti i", "il"), "ca": ("cada", "tots els", "els"),
    "de": ("jeden", "jedem", "jeder"), "nl": ("elke", "iedere"), "sv": ("varje",), "da": ("hver",),
    "nb": ("hver",), "ro": ("fiecare",), "ru": ("каждый", "каждую", "каждое", "каждого", "каждой"),
    "uk": ("кожен", "кожну", "кожного", "кожної", "кожний"), "pl": ("każdy", "każdą", "każdego", "każdej"),
    "cs": ("každý", "každou", "každé"), "sk": ("každý", "každú", "každé"), "tr": ("her",),
    "id": ("setiap", "tiap", "setiap hari", "tiap hari"), "ms": ("setiap", "tiap", "setiap hari", "tiap hari"),
    "he": ("בכל", "כל"), "ar": ("كل",), "zh": ("每",), "yue": ("每",), "ja": ("毎週",), "ko": ("매주",),
}

# Forms of a weekday that are the word for "week" as well, and mostly are: Serbian writes
# Sunday and week alike ("недеља", "nedelja"); its genitive tells of weeks ("пре две недеље",
# two weeks ago; "прошле недеље", last week; "након две недеље преговора"), while a Sunday is
# "у недељу" (on Sunday). With a date after it, the form is the day's still.
WEEK_FORMS: dict[str, tuple[str, ...]] = {"sr": ("недеље", "nedelje")}

# Words before a weekday or a date that it is moved to, put off to: the new day is a coming
# one, a past verb or not ("The vote was moved to Monday", "wurde auf Montag verschoben").
MOVED_TO: dict[str, tuple[str, ...]] = {
    "en": ("moved to", "postponed to", "postponed until", "rescheduled for", "delayed until", "pushed back to",
           "put off until"),
    "fr": ("reporté à", "reportée à", "reportés à", "reportées à", "repoussé à", "repoussée à"),
    "es": ("aplazó al", "aplazó hasta el", "aplazado al", "aplazada al", "pospuesto al", "pospuesta al",
           "pospuesta para el", "pospuesto para el", "trasladó al"),
    "pt": ("adiado para", "adiada para", "adiou para", "remarcado para", "remarcada para"),
    "it": ("rinviato a", "rinviata a", "slittato a", "slittata a", "spostato a", "spostata a"),
    "ru": ("перенесли на", "перенесено на", "перенесена на", "перенесен на", "перенесён на", "отложили до"),
    "uk": ("перенесли на", "перенесено на"), "pl": ("przełożono na", "przesunięto na"),
    # German and Dutch put the verb last: the preposition of the new day tells ("wurde auf
    # den 14. März verschoben", "werd verplaatst naar 14 maart")
    "de": ("auf", "auf den"), "nl": ("naar",),
}
# And the passive of declaring right after the weekday, the day declared: "Среда объявлена днем
# траура", "Der Mittwoch wurde zum Trauertag erklärt", "Mercredi a été décrété jour de deuil"
# (the words that follow the weekday, as folded; within SET_AFTER_REACH words).
SET_AFTER: dict[str, tuple[str, ...]] = {
    "ru": ("объявлена", "объявлен", "объявлено"), "uk": ("оголошена", "оголошений", "оголошено"),
    "pl": ("została ogłoszona", "ogłoszono"), "cs": ("byla vyhlášena", "byl vyhlášen", "bylo vyhlášeno"),
    "de": ("wurde zum", "wurde als"), "fr": ("a été décrété", "a été décrétée", "a été déclaré", "a été déclarée"),
    "it": ("è stato proclamato", "è stata proclamata"), "es": ("fue declarado", "fue declarada"),
    "pt": ("foi declarado", "foi declarada", "foi decretado", "foi decretada"),
    "ro": ("a fost declarată", "a fost declarat"), "el": ("κηρύχθηκε",),
    # Persian marks a definite object with را: a weekday so marked is the day declared, "دولت روز
    # پنجشنبه را عزای عمومی اعلام کرد" (the government declared Thursday a day of mourning)
    "fa": ("را",),
}
SET_AFTER_REACH = 4
# A verb of declaring with the weekday its object and a word for "day" after it, the day it is
# declared: "declared Thursday a day of national mourning", "declared Nov. 20 a national day
# of mourning", "menetapkan Jumat sebagai hari berkabung", "ha proclamato venerdì giornata di
# lutto", "κήρυξε την Παρασκευή ημέρα εθνικού πένθους", "cuma gününü ulusal yas günü ilan etti",
# "宣布星期五为全国哀悼日", "금요일을 국가 애도의 날로 선포했다", "პარასკევი ეროვნული გლოვის დღედ
# გამოაცხადა". The verb stands in the weekday's clause, before or after it (its words' beginnings,
# as folded); one of DECLARED_AS_DAY (the beginnings of words of more than three letters, or
# its words as written, and a phrase's words in a row) within DECLARED_REACH words after
# the weekday; where the language has DECLARED_AS_OPENS, one of them right after it (not
# "declared Thursday that …", said on Thursday). Turkish writes "on Friday" "cuma günü":
# its day is the day's name.
DECLARED_AS: dict[str, tuple[str, ...]] = {
    "en": ("declared", "proclaimed", "designated"),
    "id": ("menetapkan", "mengumumkan", "menyatakan", "mendeklarasikan"),
    "ms": ("mengisytiharkan", "menetapkan", "mengumumkan"),
    "tl": ("idineklara", "ideklara", "nagdeklara", "itinakda"),
    "fil": ("idineklara", "ideklara", "nagdeklara", "itinakda"),  # the locale of CLDR's Tagalog
    "it": ("proclam", "dichiar", "decret"), "es": ("declar", "decret", "proclam"),
    "fr": ("décrét", "déclar", "proclam"), "el": ("κήρυξ", "ανακήρυξ"), "tr": ("ilan",),
    "zh": ("宣布", "定为", "宣佈", "定為"), "ko": ("선포", "지정"), "ka": ("გამოაცხად",), "hy": ("հայտարար",),
}
DECLARED_AS_OPENS: dict[str, tuple[str, ...]] = {"en": ("a", "an", "as")}
DECLARED_AS_DAY: dict[str, tuple[str, ...]] = {
    "en": ("day", "holiday"), "id": ("hari",), "ms": ("hari",), "tl": ("araw",), "fil": ("araw",),
    "it": ("giornata", "giorno"),
    "es": ("día", "jornada"), "fr": ("jour", "journée"), "el": ("ημέρα", "μέρα"),
    "tr": ("yas günü", "matem günü", "tatil günü"), "zh": ("日",), "ko": ("날", "날로"), "ka": ("დღედ",),
    "hy": ("օր",),
}
DECLARED_REACH = 8  # words of the clause before and after the weekday where the verb and the day may stand

# Words before a weekday that make it the day set for something, a coming one even in a clause
# in the past: "declared a day of mourning for Wednesday", "rief für Mittwoch Staatstrauer aus",
# "a décrété … pour mercredi", "ha proclamato … per mercoledì" (not "for Monday's attack").
SET_FOR: dict[str, tuple[str, ...]] = {
    "en": ("for",), "de": ("für",), "fr": ("pour",), "it": ("per",), "es": ("para el",),
    # Portuguese writes "on Thursday" with "na" ("na quinta-feira"): a weekday right after the
    # verb is its object, "decretou quinta-feira dia de luto nacional"
    "pt": ("para", "decretou", "decretaram", "declarou", "declararam", "decreta", "declara"),
    # and a verb of declaring with the weekday its object, no preposition between: "vyhlásil čtvrtek
    # dnem státního smutku", "объявил четверг днём траура", "הכריז על יום חמישי כיום אבל"
    "cs": ("vyhlásil", "vyhlásila", "vyhlásilo", "vyhlásili", "vyhlásil na", "vyhlásila na"),
    "sk": ("vyhlásil", "vyhlásila", "vyhlásilo", "vyhlásili"),
    "pl": ("ogłosił", "ogłosiła", "ogłosiło", "ogłosili"),
    # (and its passive before it, "Днем траура объявлена среда"; not "на", "траур на среду", which is
    # also the night's, "в ночь на субботу")
    "ru": ("объявил", "объявила", "объявило", "объявили", "объявлена", "объявлен", "объявлено"),
    "uk": ("оголосив", "оголосила", "оголосило", "оголосили", "оголошена", "оголошено"),
    "he": ("הכריז על", "הכריזה על", "הכריזו על"),
}

# Modifiers that move a weekday off its default (the latest one on or before publication).
NEXT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("next", "coming"),
    "hr": ("sljedeći", "sljedeće", "sljedeću", "idući", "iduće", "iduću"),
    "bs": ("sljedeći", "sljedeće", "sljedeću", "idući", "iduće", "iduću"),
    "sr": ("sledeći", "sledeće", "sledeću", "sljedeće", "idući", "iduće", "iduću",
           "следећи", "следеће", "следећу", "идући", "идуће", "идућу"),
    "ro": ("viitoare", "viitor", "următoare", "următor"),
    "hu": ("jövő", "következő"),
    "de": ("nächsten", "nächster", "kommenden", "kommender"),
    "fr": ("prochain", "prochaine"),
    "es": ("próximo", "próxima"),
    "it": ("prossimo", "prossima"),
    "pt": ("próximo", "próxima"),
    "pl": ("przyszły", "przyszłą", "następny", "następną", "najbliższy", "najbliższą"),
    "ru": ("следующий", "следующую", "следующей", "будущий", "будущую", "ближайший", "ближайшую"),
    "uk": ("наступний", "наступну", "наступного", "найближчий", "найближчу"),
    "el": ("επόμενη", "ερχόμενη", "προσεχή"),
    "id": ("depan",),  # after the weekday: "Senin depan"
    "ms": ("depan", "hadapan"),
    "fil": ("susunod na",),  # "sa susunod na Lunes"
    "ka": ("მომავალ", "მომდევნო"),
    "hy": ("հաջորդ", "գալիք"),
    "cs": ("příští", "nadcházející"),
    "sk": ("budúci", "budúcu", "najbližší", "najbližšiu"),
    "sl": ("prihodnji", "prihodnjo", "naslednji", "naslednjo"),
    "nl": ("volgende", "aanstaande", "komende"),
    "sv": ("nästa", "kommande"),
    "da": ("næste", "kommende"),
    "nb": ("neste", "kommende"),
    "fi": ("ensi", "tulevana"),
    "et": ("järgmisel", "eelseisval", "tuleval"),
    "lv": ("nākamajā", "nākamo"),
    "lt": ("kitą", "ateinantį", "ateinančią"),
    "bg": ("следващия", "следващата", "идния", "идната"),
    "mk": ("следниот", "следната", "идниот", "идната"),
    "ko": ("오는",),  # "오는 15일", "오는 금요일": the coming
    "mn": ("ирэх",),
    # after the weekday: Swahili "Ijumaa ijayo", Hausa "ranar Juma'a mai zuwa", Zulu
    # "ngoLwesihlanu oluzayo", Somali "Jimcaha soo socda"
    "sw": ("ijayo", "inayokuja"), "ha": ("mai zuwa",), "zu": ("oluzayo", "ozayo"), "so": ("soo socda", "soo socota"),
    "af": ("volgende", "aanstaande", "komende"),
    "ca": ("vinent", "pròxim", "pròxima"),  # after the weekday: "dijous vinent"
    "gl": ("próximo", "próxima", "vindeiro", "vindeira"),
    "am": ("በሚቀጥለው", "የሚቀጥለው"),
    "kk": ("келесі", "алдағы"),
    "uz": ("kelasi", "kelgusi", "келаси", "келгуси"),
    # after the weekday: Arabic "الاثنين المقبل", Persian "دوشنبه آینده"; Urdu before it, "اگلے پیر"
    "ar": ("المقبل", "القادم", "المقبلة", "القادمة"), "fa": ("آینده",), "ur": ("اگلے", "آئندہ"),
    "th": ("หน้า",),
}
# Words that make a weekday this week's, before or after the publication, the nearer:
# Brazilian news dates by "nesta sexta-feira" (this Friday: published on a Thursday, the
# next day; on a Saturday, the day before).
# Malay and Indonesian write "this" after the weekday: "Isnin ini", "Senin ini". In a clause
# about the future it is the coming one ("akan diadakan Isnin ini").
# So is the Slavic demonstrative before the weekday in its case: "w ten piątek", "w tę
# środę", "у цю п'ятницю", "в эту пятницу", "tento pátek", "ovaj petak", "ove subote".
THIS_WORDS: dict[str, tuple[str, ...]] = {
    "pt": ("nesta", "neste", "nesse", "nessa"), "ms": ("ini",), "id": ("ini",),
    "pl": ("ten", "tę"), "ru": ("эту", "этот", "это"), "uk": ("цю", "цей", "це"), "be": ("гэтую", "гэты", "гэта"),
    "cs": ("tento", "tuto", "toto"), "sk": ("tento", "túto", "toto"),
    "hr": ("ovaj", "ovu", "ovo", "ovog", "ove"), "bs": ("ovaj", "ovu", "ovo", "ovog", "ove"),
    "sr": ("ovaj", "ovu", "ovo", "ovog", "ove", "овај", "ову", "ово", "овог", "ове"),
    "bg": ("този", "тази", "това"), "mk": ("овој", "оваа", "ова"),
}
THIS_WEEK = 2  # the modifier value of those words, beside next (1) and last (-1)

# Words that make a weekday a coming one only before its bare name: Swedish, Danish and
# Norwegian "på fredag" is next Friday, while "på tisdagen" tells what happened on Tuesday.
NEXT_BEFORE_BARE: dict[str, tuple[str, ...]] = {"sv": ("på",), "da": ("på",), "nb": ("på",),
                                               "nn": ("på",)}
# A weekday in the genitive after "i" is the last one, never the day of publication:
# Swedish, Danish and Norwegian "i torsdags", "i tirsdags" (last Thursday, Tuesday).
LAST_BY_GENITIVE: dict[str, tuple[str, str]] = {language: ("i", "s") for language in ("sv", "da", "nb", "nn")}
LAST_WORDS: dict[str, tuple[str, ...]] = {
    "th": ("ที่แล้ว", "ที่ผ่านมา", "แล้ว", "ผ่านมา"),
    "en": ("last", "past"),
    "hu": ("múlt", "elmúlt", "előző"),
    "hr": ("prošli", "prošle", "prošlu", "prošlog"),
    "bs": ("prošli", "prošle", "prošlu", "prošlog"),
    "sr": ("prošli", "prošle", "prošlu", "prošlog", "прошли", "прошле", "прошлу", "прошлог"),
    "ro": ("trecută", "trecut"),
    "de": ("letzten", "letzter", "vergangenen", "vergangener", "vorigen", "voriger"),
    "fr": ("dernier", "dernière"),
    "es": ("pasado", "pasada"),
    "it": ("scorso", "scorsa"),
    "pt": ("passado", "passada", "último", "última"),  # Brazilian "no último dia 2", "na última sexta-feira"
    "pl": ("zeszły", "zeszłą", "ubiegły", "ubiegłą", "ostatni", "ostatnią"),
    "ru": ("прошлый", "прошлую", "прошлой"),
    "uk": ("минулий", "минулу", "минулого"),
    # in every gender and the genitive: "το περασμένο Σάββατο", "του περασμένου Σαββάτου"
    "el": ("προηγούμενη", "περασμένη", "περασμένο", "περασμένου", "περασμένης", "προηγούμενο", "προηγούμενου",
           "προηγούμενης"),
    "tr": ("geçen", "geçtiğimiz"),  # "geçen cumartesi"
    "id": ("lalu", "kemarin"),  # after the weekday: "Selasa lalu", "Senin kemarin"
    "ms": ("lalu", "lepas"),
    "fil": ("nakaraang",),  # "noong nakaraang Lunes"
    "ka": ("გასულ", "წინა"),  # "გასულ ოთხშაბათს"
    "hy": ("անցած", "նախորդ"),
    "cs": ("minulý", "minulou", "minulé", "uplynulý", "uplynulou"),
    "sk": ("minulý", "minulú", "uplynulý", "uplynulú"),
    "sl": ("prejšnji", "prejšnjo", "minuli", "minulo"),
    "nl": ("afgelopen", "vorige"),
    "sv": ("förra",),
    "da": ("sidste", "forrige"),
    "nb": ("forrige", "sist"),
    "fi": ("viime",),
    "et": ("eelmisel", "möödunud"),
    "lv": ("pagājušajā", "pagājušo"),
    "lt": ("praėjusį", "praėjusią", "pereitą"),
    "bg": ("миналия", "миналата"),
    "mk": ("минатиот", "минатата"),
    "ko": ("지난",),  # "지난 13일", "지난 수요일"
    "mn": ("өнгөрсөн",),
    # after the weekday: "Jumanne iliyopita", "ranar Talata da ta gabata", "ngoLwesibili odlule"
    "sw": ("iliyopita",), "ha": ("da ta gabata", "da ya gabata"), "zu": ("odlule", "edlule"),
    "so": ("la soo dhaafay",),
    "af": ("verlede", "laas", "afgelope"),
    "ca": ("passat", "passada"), "gl": ("pasado", "pasada"),
    "am": ("ባለፈው", "ያለፈው"),
    "kk": ("өткен", "былтырғы"),
    "uz": ("oʻtgan", "o'tgan", "o‘tgan", "ўтган"),
    "ar": ("الماضي", "الماضية", "المنصرم"), "fa": ("گذشته",), "ur": ("گزشتہ", "گذشتہ", "پچھلے"),
    # after the weekday: "ביום חמישי שעבר", "ביום חמישי האחרון", "Déardaoin seo caite", "dydd Iau
    # diwethaf", "il-Ħamis li għadda", "të enjten e kaluar"; Icelandic before it:
    # "síðastliðinn fimmtudag", "síðasta fimmtudag"
    "he": ("שעבר", "האחרון"),
    "ga": ("seo caite", "seo a chuaigh thart", "seo chuaigh thart"),
    "cy": ("diwethaf", "dwetha"),
    "mt": ("li għadda", "li għaddiet", "li għaddew"),
    "sq": ("e kaluar", "të kaluar", "e shkuar", "të shkuar", "që shkoi"),
    "is": ("síðastliðinn", "síðastliðinni", "síðastliðnum", "síðasta", "síðastliðna"),
}

# Words before a weekday that name its calendar week (from Monday), before or after the
# publication's: Chinese "上周三" (Wednesday of last week), "下周一", Japanese "先週水曜日",
# "来週の月曜日", Korean "지난주 수요일", "다음 주 월요일", "이번 주 금요일". Chinese 本
# (本周五, this Friday) is left out: it ends 日本 (Japan), which news writes before a day.
WEEK_OF: dict[str, dict[str, int]] = {
    "zh": {"上": -1, "下": 1, "这": 0, "這": 0, "上个": -1, "下个": 1, "上個": -1, "下個": 1},
    "yue": {"上": -1, "下": 1, "呢個": 0, "上個": -1, "下個": 1},
    "ja": {"先週": -1, "来週": 1, "今週": 0, "先週の": -1, "来週の": 1, "今週の": 0},
    "ko": {"지난주": -1, "다음 주": 1, "다음주": 1, "이번 주": 0, "이번주": 0, "이번": 0},  # 이번 일요일: this Sunday
    # Turkish "geçen hafta çarşamba" (Wednesday last week), in lower case as compared
    "tr": {"geçen hafta": -1, "gelecek hafta": 1, "önümüzdeki hafta": 1, "bu hafta": 0},
    # Dutch and German name the week before the day as often as after it: "volgende week
    # woensdag", "vorige week dinsdag", "nächste Woche Mittwoch", "kommende Woche Dienstag"
    "nl": {"volgende week": 1, "komende week": 1, "vorige week": -1, "afgelopen week": -1, "deze week": 0},
    "de": {"nächste woche": 1, "kommende woche": 1, "letzte woche": -1, "vergangene woche": -1, "diese woche": 0},
    # "a múlt héten csütörtökön", "minulý týden ve čtvrtek", "minulý týždeň vo štvrtok",
    # "forrige uke torsdag", "förra veckan på torsdagen"
    "hu": {"a múlt héten": -1, "múlt héten": -1, "a jövő héten": 1, "jövő héten": 1, "ezen a héten": 0},
    "cs": {"minulý týden": -1, "minulý týden ve": -1, "minulý týden v": -1, "příští týden": 1, "příští týden ve": 1,
           "příští týden v": 1, "tento týden": 0},
    "sk": {"minulý týždeň": -1, "minulý týždeň vo": -1, "minulý týždeň v": -1, "budúci týždeň": 1,
           "budúci týždeň vo": 1, "budúci týždeň v": 1, "tento týždeň": 0},
    "nb": {"forrige uke": -1, "i forrige uke": -1, "neste uke": 1},
    "sv": {"förra veckan": -1, "i förra veckan": -1, "nästa vecka": 1},
    "da": {"i sidste uge": -1, "sidste uge": -1, "næste uge": 1},
}

# Phrases after a weekday that name its calendar week (from Monday), as WEEK_OF does before
# it: "Wednesday last week" (not the last Wednesday: the one of the week before the
# publication's), "Friday next week", "woensdag vorige week", "Mittwoch vergangener Woche",
# "Rabu pekan lalu", "el miércoles de la semana pasada", "в среду на прошлой неделе".
WEEK_AFTER: dict[str, dict[str, int]] = {
    "en": {"last week": -1, "next week": 1, "this week": 0},
    "nl": {"vorige week": -1, "afgelopen week": -1, "volgende week": 1, "komende week": 1, "deze week": 0},
    "de": {"vergangener woche": -1, "letzter woche": -1, "vorige woche": -1, "nächster woche": 1,
           "kommender woche": 1, "dieser woche": 0, "der vergangenen woche": -1, "der nächsten woche": 1},
    "id": {"pekan lalu": -1, "minggu lalu": -1, "pekan depan": 1, "minggu depan": 1, "pekan ini": 0, "minggu ini": 0},
    "ms": {"minggu lalu": -1, "minggu lepas": -1, "minggu depan": 1, "minggu hadapan": 1, "minggu ini": 0},
    "es": {"de la semana pasada": -1, "de la próxima semana": 1, "de la semana próxima": 1,
           "de la semana que viene": 1, "de esta semana": 0},
    "pt": {"da semana passada": -1, "da próxima semana": 1, "da semana que vem": 1, "desta semana": 0},
    "fr": {"de la semaine dernière": -1, "de la semaine passée": -1, "de la semaine prochaine": 1},
    "it": {"della scorsa settimana": -1, "della settimana scorsa": -1, "della prossima settimana": 1,
           "della settimana prossima": 1},
    "ru": {"на прошлой неделе": -1, "на следующей неделе": 1, "на этой неделе": 0},
    "uk": {"минулого тижня": -1, "наступного тижня": 1, "цього тижня": 0},
    "pl": {"w zeszłym tygodniu": -1, "w ubiegłym tygodniu": -1, "w przyszłym tygodniu": 1, "w tym tygodniu": 0},
    "vi": {"tuần trước": -1, "tuần qua": -1, "tuần tới": 1, "tuần sau": 1, "tuần này": 0},
    # "torsdag i sidste uge", "torsdag forrige uke", "torsdagen förra veckan", "u četvrtak
    # prošlog tjedna", "ve čtvrtek minulý týden", "vo štvrtok minulý týždeň"
    "da": {"i sidste uge": -1, "i forrige uge": -1, "i næste uge": 1, "i denne uge": 0},
    "nb": {"forrige uke": -1, "i forrige uke": -1, "sist uke": -1, "neste uke": 1, "i neste uke": 1, "denne uken": 0},
    "sv": {"förra veckan": -1, "i förra veckan": -1, "nästa vecka": 1, "i nästa vecka": 1, "denna vecka": 0},
    "hr": {"prošlog tjedna": -1, "prošli tjedan": -1, "idućeg tjedna": 1, "sljedećeg tjedna": 1, "ovog tjedna": 0},
    "bs": {"prošle sedmice": -1, "prošlog tjedna": -1, "iduće sedmice": 1, "sljedeće sedmice": 1, "ove sedmice": 0},
    "sr": {"prošle nedelje": -1, "prošle sedmice": -1, "sledeće nedelje": 1, "ove nedelje": 0,
           "прошле недеље": -1, "следеће недеље": 1, "ове недеље": 0},
    "cs": {"minulý týden": -1, "minulého týdne": -1, "příští týden": 1, "tento týden": 0},
    "sk": {"minulý týždeň": -1, "minulého týždňa": -1, "budúci týždeň": 1, "tento týždeň": 0},
    "sl": {"prejšnji teden": -1, "prejšnjega tedna": -1, "prihodnji teden": 1, "ta teden": 0},
    "ro": {"săptămâna trecută": -1, "din săptămâna trecută": -1, "săptămâna viitoare": 1, "săptămâna aceasta": 0},
}

# Words before a day of the month alone that name its month from the publication's:
# Chinese "上月13日" (the 13th of last month), "下月15日", Japanese "先月13日", "来月15日",
# Korean "지난달 13일", "다음 달 15일", "이달 13일".
MONTH_OF: dict[str, dict[str, int]] = {
    "zh": {"上月": -1, "上个月": -1, "上個月": -1, "下月": 1, "下个月": 1, "下個月": 1, "本月": 0, "这个月": 0,
           "這個月": 0},
    "yue": {"上月": -1, "上個月": -1, "下月": 1, "下個月": 1, "本月": 0},
    "ja": {"先月": -1, "来月": 1, "今月": 0},
    "ko": {"지난달": -1, "다음 달": 1, "다음달": 1, "이달": 0, "이번 달": 0, "이번달": 0},
}

# Short names that are a weekday only beside a date, being ordinary words alone:
# Brazilian "nesta quarta (13)", "na segunda (18)" ("segunda" is also "second").
WEEKDAY_SHORT: dict[str, dict[str, int]] = {
    "pt": {"segunda": 1, "terça": 2, "quarta": 3, "quinta": 4, "sexta": 5},
}

# Weekday forms CLDR gives neither as names nor in its relative-time patterns, as news
# writes them: the
# Albanian accusative with its article, "të mërkurën" (on Wednesday; CLDR writes "e
# mërkurë"), the Macedonian definite forms, "во средата", "во петокот", and the Estonian
# adessive of the one short name, "reedel".
WEEKDAY_INFLECTIONS: dict[str, dict[str, int]] = {
    "sq": {"hënën": 1, "martën": 2, "mërkurën": 3, "enjten": 4, "premten": 5, "shtunën": 6, "dielën": 7},
    "mk": {"понеделникот": 1, "вторникот": 2, "средата": 3, "четвртокот": 4, "петокот": 5,
           "саботата": 6, "неделата": 7},
    "et": {"reedel": 5, "reedeni": 5},  # "on Friday", "until Friday": the other names are long enough to inflect
    # Hungarian "on Monday", "on Tuesday" and "Monday's", "Tuesday's" ("a keddi ülés"),
    # whose short names do not take the endings the other names are read with
    "hu": {"hétfőn": 1, "hétfői": 1, "kedden": 2, "keddi": 2},
    # Romanian names the day with its article ("marțea trecută", last Tuesday), which
    # changes Monday's, Tuesday's and Thursday's names more than an ending
    "ro": {"lunea": 1, "marțea": 2, "marţea": 2, "joia": 4},
    # Afghan Pashto news names the weekdays as Dari does (CLDR gives يونۍ, دونۍ …), and
    # after "of" (د) in the oblique: "د چهارشنبې په ورځ" (on Wednesday).
    "ps": {"دوشنبه": 1, "دوشنبې": 1, "سه‌شنبه": 2, "سه‌شنبې": 2, "سې‌شنبه": 2, "درېشنبه": 2, "درېشنبې": 2,
           "چهارشنبه": 3, "چهارشنبې": 3, "چارشنبه": 3, "چارشنبې": 3, "پنجشنبه": 4, "پنجشنبې": 4,
           "پنځشنبه": 4, "پنځشنبې": 4, "جمعه": 5, "جمعې": 5, "شنبه": 6, "شنبې": 6, "یکشنبه": 7,
           "یکشنبې": 7, "اتوار": 7},
    # Somali writes the article on the name, -da (the) or -dii (the one past): "Arbacada",
    # "Arbacadii", "Isniintii" (on Monday).
    "so": {"isniinta": 1, "isniintii": 1, "talaadada": 2, "talaadadii": 2, "arbacada": 3, "arbacadii": 3,
           "khamiista": 4, "khamiistii": 4, "jimcaha": 5, "jimcihii": 5, "sabtida": 6, "sabtidii": 6,
           "axadda": 7, "axaddii": 7},
    # Zulu "on" (nga-) joins the name's prefix: "ngoLwesithathu" (uLwesithathu), "ngeSonto".
    "zu": {"ngomsombuluko": 1, "ngolwesibili": 2, "ngolwesithathu": 3, "ngolwesine": 4, "ngolwesihlanu": 5,
           "ngomgqibelo": 6, "ngesonto": 7},
    # Amharic writes "on" (በ) on the name: "በረቡዕ" (on Wednesday); Yoruba contracts "ní
    # Ọjọ́rú" to "lọ́jọ́rú".
    "am": {"በሰኞ": 1, "በማክሰኞ": 2, "በረቡዕ": 3, "በሐሙስ": 4, "በዓርብ": 5, "በአርብ": 5, "በቅዳሜ": 6, "በእሑድ": 7,
           "በእሁድ": 7},
    "yo": {"lọ́jọ́rú": 3, "lọ́jọ́bọ̀": 4, "lọ́jọ́bọ": 4},
    # Welsh "on Wednesday" mutates the word for "day": "ddydd Mercher" (CLDR: "Dydd Mercher")
    "cy": {"ddydd llun": 1, "ddydd mawrth": 2, "ddydd mercher": 3, "ddydd iau": 4, "ddydd gwener": 5,
           "ddydd sadwrn": 6, "ddydd sul": 7,
           # and the morning, afternoon and night of a day: "fore Mawrth" (mutated after a verb),
           # "bore Llun", "prynhawn Iau", "nos Lun", "nos Fawrth" (the name mutated after "nos")
           **{f"{part} {name}": day for part in ("bore", "fore", "prynhawn", "brynhawn")
              for day, name in enumerate(("llun", "mawrth", "mercher", "iau", "gwener", "sadwrn", "sul"), 1)},
           **{f"nos {name}": day for day, name in enumerate(("lun", "fawrth", "fercher", "iau", "wener", "sadwrn",
                                                               "sul"), 1)}},
    # Hausa news writes Friday with an apostrophe and one m, where CLDR has "Jummaʼa"
    "ha": {"Juma'a": 5, "Juma’a": 5, "Jumma'a": 5, "Jumaʼa": 5},
    # the locative of the short names, too short to inflect by guess: Kazakh "жұмада",
    # "сенбіде" (on Friday, Saturday), Uzbek "jumada"
    "kk": {"жұмада": 5, "сенбіде": 6},
    "uz": {"jumada": 5, "жумада": 5},
    # Azerbaijani's weekdays of two words in their cases: "cümə axşamını" (Thursday, accusative),
    # "çərşənbə axşamında" (on Tuesday), "bazar ertəsinin"
    "az": {f"{name}{ending}": day for day, name in ((1, "bazar ertəsi"), (2, "çərşənbə axşamı"), (4, "cümə axşamı"))
           for ending in ("nı", "ni", "nda", "ndə", "nın", "nin")},
    # Tamil names the day with கிழமை ("day") after CLDR's புதன், joined as spoken (வியாழன்
    # + கிழமை is வியாழக்கிழமை), and writes "on" (அன்று) on it (WEEKDAY_INFLECTION_ENDINGS).
    "ta": {"திங்கள்கிழமை": 1, "செவ்வாய்க்கிழமை": 2, "புதன்கிழமை": 3, "வியாழக்கிழமை": 4, "வெள்ளிக்கிழமை": 5,
           "சனிக்கிழமை": 6, "ஞாயிற்றுக்கிழமை": 7},
    # Punjabi news writes Saturday as Hindi does (CLDR: ਸ਼ਨਿੱਚਰਵਾਰ), and Wednesday with one ੁ
    "pa": {"ਸ਼ਨੀਵਾਰ": 6, "ਸ਼ਨਿਚਰਵਾਰ": 6, "ਬੁਧਵਾਰ": 3},
    # Kannada writes its cases on the name (WEEKDAY_INFLECTION_ENDINGS): "ಸೋಮವಾರವನ್ನು" (Monday, as an object)
    "kn": {"ಸೋಮವಾರ": 1, "ಮಂಗಳವಾರ": 2, "ಬುಧವಾರ": 3, "ಗುರುವಾರ": 4, "ಶುಕ್ರವಾರ": 5, "ಶನಿವಾರ": 6, "ಭಾನುವಾರ": 7},
    # Turkish writes its cases on the name, and the short names are too short for them to be
    # guessed: "salıya bağlayan gece" (the night into Tuesday), "cumadan" (from Friday), "pazarı"
    "tr": {f"{name}{ending}": day for day, name, endings in (
        (2, "salı", "ya yı da dan nın yla"), (5, "cuma", "ya yı da dan nın yla"),
        (7, "pazar", "a ı da dan ın la")) for ending in endings.split()},
    # Georgian "on" (-ზე) on the name without its nominative's -ი: "ორშაბათიდან სამშაბათზე
    # გადასულ ღამეს" (in the night from Monday to Tuesday)
    "ka": {f"{name}ზე": day for day, name in enumerate(("ორშაბათ", "სამშაბათ", "ოთხშაბათ", "ხუთშაბათ",
                                                         "პარასკევ", "შაბათ", "კვირა"), 1)},
    # Bangladeshi news writes Sunday as it is said, "রোববার" (CLDR: রবিবার), and Thursday
    # "বিষ্যুদবার" beside "বৃহস্পতিবার"
    "bn": {"রোববার": 7, "বিষ্যুদবার": 4},
}
# Particles written on a wide weekday name, as Korean writes them ("화요일에는", on Tuesday;
# "일요일까지", until Sunday; "월요일부터", from Monday; "금요일의", Friday's).
WEEKDAY_PARTICLES: dict[str, tuple[str, ...]] = {
    "ko": ("에", "에는", "엔", "은", "는", "까지", "부터", "에도", "도", "의", "께", "이", "에서"),
}
# Endings written on each of a language's WEEKDAY_INFLECTIONS.
WEEKDAY_INFLECTION_ENDINGS: dict[str, tuple[str, ...]] = {"ta": ("யன்று", "யான", "யில்", "யை"),
                                                          "kn": ("ವನ್ನು", "ದಂದು", "ದ", "ದಿಂದ")}

# Eras that count years in place of the common era, by the year before their first:
# Japanese 令和5年 is 2023 (元年, "first year", is 2019), Taiwanese 民國112年 is 2023.
ERAS: dict[str, dict[str, int]] = {
    "ja": {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018},
    "zh": {"民国": 1911, "民國": 1911},
}
FIRST_YEAR = "元"  # 令和元年

# Years named from the publication's, before a month: Chinese "去年9月" (September last
# year), "今年3月", Japanese "昨年9月", "来年1月", Korean "지난해 9월", "올해 3월". Filed
# as RELATIVE_YEAR plus the years from the publication's, and resolved against it.
# (Japanese 前年 is "the year before" the one told of, not the publication's: left out.)
# Years Thai news counts in the Buddhist era, 543 ahead of the common era ("มีนาคม 2566" is
# March 2023).
BUDDHIST_ERA: dict[str, int] = {"th": 543}
# And the years Iranian and Afghan news counts in the Solar Hijri era, 621 behind ("سال ۱۳۶۶"
# is 1987; a year of the common era is written from 1900 on): (first year, last, offset).
SOLAR_HIJRI_YEARS: dict[str, tuple[int, int, int]] = {"fa": (1300, 1499, 621), "ps": (1300, 1499, 621)}

RELATIVE_YEAR = -100
RELATIVE_YEARS: dict[str, dict[str, int]] = {
    "zh": {"去年": -1, "今年": 0, "明年": 1, "前年": -2},
    "yue": {"去年": -1, "今年": 0, "明年": 1, "前年": -2},
    "ja": {"昨年": -1, "去年": -1, "今年": 0, "来年": 1},
    "ko": {"지난해": -1, "작년": -1, "올해": 0, "금년": 0, "내년": 1, "재작년": -2},
}

# "Last year" in the languages whose news tells an earlier edition or statistic so ("Last year,
# 16,200 runners took part", "L'an dernier", "Mwaka jana"): a sentence that says it, and no date
# within the year before the publication, tells of an earlier time (CLDR has no such word; the
# Chinese, Japanese and Korean words are in RELATIVE_YEARS).
LAST_YEAR: dict[str, tuple[str, ...]] = {
    "en": ("last year",), "fr": ("l'an dernier", "l'année dernière", "l'an passé", "l'année passée"),
    "es": ("el año pasado", "el pasado año"), "pt": ("ano passado",), "it": ("l'anno scorso", "lo scorso anno"),
    "ca": ("l'any passat",), "gl": ("o ano pasado",), "ro": ("anul trecut",),
    "de": ("im vergangenen jahr", "letztes jahr", "letzten jahr", "vergangenes jahr", "im vorjahr"),
    "nl": ("vorig jaar",), "sv": ("förra året", "i fjol"), "da": ("sidste år", "sidste år"), "nb": ("i fjor",),
    "fi": ("viime vuonna",), "et": ("eelmisel aastal", "mullu"), "lv": ("pagājušajā gadā",),
    "lt": ("pernai", "praėjusiais metais"), "pl": ("w ubiegłym roku", "w zeszłym roku"),
    "cs": ("loni", "v loňském roce", "minulý rok"), "sk": ("vlani", "minulý rok", "v minulom roku"), "sl": ("lani",),
    "hr": ("prošle godine", "lani"), "bs": ("prošle godine", "lani"), "sr": ("prošle godine", "прошле године"),
    "bg": ("миналата година",), "mk": ("минатата година",), "ru": ("в прошлом году",), "uk": ("минулого року", "торік"),
    "hu": ("tavaly",), "el": ("πέρυσι",), "tr": ("geçen yıl", "geçen sene"), "az": ("keçən il", "ötən il"),
    "ar": ("العام الماضي", "السنة الماضية"), "fa": ("سال گذشته", "پارسال"), "ur": ("گزشتہ سال", "پچھلے سال"),
    "hi": ("पिछले साल", "पिछले वर्ष", "गत वर्ष"), "bn": ("গত বছর",), "ne": ("गत वर्ष",), "id": ("tahun lalu",),
    "ms": ("tahun lepas", "tahun lalu"), "vi": ("năm ngoái",), "th": ("ปีที่แล้ว",), "sw": ("mwaka jana", "mwaka uliopita"),
    "am": ("ባለፈው ዓመት",), "he": ("בשנה שעברה", "אשתקד"), "tl": ("noong nakaraang taon", "ng nakaraang taon"),  # and "Agosto ng nakaraang taon", August of last year
}

# "Back then", opening a sentence that tells more of the time the sentence before dated: "It
# is the worst spill since the Full City ran aground on 31 July 2009. Back then, about 300
# tonnes leaked" (Norwegian "Den gang", Swedish "Då", German "Damals"). Such a sentence is
# dated as the one before it, when that one dates what it tells a year or more back (a word
# that also means "next", Estonian "siis", goes on with that earlier story all the same).
BACK_THEN: dict[str, tuple[str, ...]] = {
    "en": ("back then", "at the time", "at that time"), "de": ("damals", "seinerzeit"),
    "nl": ("destijds", "toentertijd", "toen"), "fr": ("à l'époque", "à cette époque", "à l’époque"),
    "es": ("entonces", "en aquella ocasión", "en aquel momento", "en esa ocasión", "en aquella época"),
    "pt": ("na altura", "na época", "naquela ocasião", "naquela altura", "então"),
    "it": ("allora", "all'epoca", "all’epoca", "in quell'occasione", "in quella occasione"),
    "ca": ("aleshores", "llavors", "en aquella ocasió"), "gl": ("daquela", "naquela ocasión"),
    "ro": ("atunci", "la acea vreme", "la vremea respectivă", "la acel moment"),
    "sv": ("då", "den gången", "på den tiden"), "da": ("dengang", "den gang", "den gangen"),
    "nb": ("den gang", "dengang", "den gangen", "da"), "is": ("þá", "í það skiptið"),
    "fi": ("tuolloin", "silloin"), "et": ("toona", "tollal", "siis"), "lv": ("toreiz", "tolaik", "tad"),
    "lt": ("tuomet", "tada", "tąkart", "tuokart"), "hu": ("akkor", "akkoriban", "annak idején"),
    "pl": ("wtedy", "wówczas", "wówczas to"), "cs": ("tehdy", "tenkrát"), "sk": ("vtedy",),
    "sl": ("takrat", "tedaj"), "hr": ("tada", "tad", "tom prilikom", "tom zgodom"),
    "bs": ("tada", "tad", "tom prilikom"), "sr": ("tada", "tom prilikom", "тада", "том приликом"),
    "bg": ("тогава",), "mk": ("тогаш",), "ru": ("тогда", "в тот раз", "в то время"),
    "uk": ("тоді", "того разу", "в той час"), "be": ("тады",), "el": ("τότε",),
    "tr": ("o zaman", "o dönemde", "o sırada", "o tarihte"), "az": ("o zaman",),
    "ja": ("当時", "その際", "この時", "その時"), "zh": ("当时", "當時", "那次", "那时", "那時"),
    "ko": ("당시", "그때", "그 당시"), "ar": ("آنذاك", "حينها", "وقتها", "حينذاك"), "he": ("אז",),
    "fa": ("آن زمان", "در آن زمان"), "hi": ("तब", "उस समय"), "id": ("saat itu", "ketika itu", "kala itu"),
    "ms": ("ketika itu", "pada masa itu"), "vi": ("khi đó", "lúc đó", "vào thời điểm đó"),
}

# Words for "today" that are also "on the day" after a noun in the genitive, and the genitive's
# endings: Georgian "დღეს" (today) and "კენჭისყრის დღეს" (on the day of the vote).
DAY_OF_GENITIVE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {"ka": (("დღეს",), ("ის",))}

# The clitics the South Slavic languages write in the second place of their clause, which may
# split a phrase of LAST_YEAR after its first word: Croatian "Irski prijevoznik prošle je
# godine prevezao 31 milijun putnika" (last year the Irish carrier flew 31 million passengers;
# "je" the auxiliary), "prošle su godine", "prošle smo godine", "prošle se godine" (the
# reflexive), "prošle ga je godine" (the pronoun before the auxiliary), Serbian "прошле је
# године".
_CLITICS_LATIN = ("je", "su", "sam", "si", "smo", "ste", "se", "bi", "bih", "bismo", "biste", "će", "ću", "ćemo",
                  "ćete", "ćeš", "ga", "mu", "ih", "im", "joj", "ju", "me", "mi", "te", "ti", "nam", "vam", "nas",
                  "vas")
SECOND_PLACE_CLITICS: dict[str, tuple[str, ...]] = {
    "hr": _CLITICS_LATIN, "bs": _CLITICS_LATIN,
    "sr": (*_CLITICS_LATIN, "је", "су", "сам", "си", "смо", "сте", "се", "би", "бих", "бисмо", "бисте", "ће", "ћу",
           "ћемо", "ћете", "ћеш", "га", "му", "их", "им", "јој", "ју", "ме", "ми", "те", "ти", "нам", "вам", "нас",
           "вас"),
}

# "Next year" after a day and month: "on 1 April next year", "1 kwietnia przyszłego roku", "1
# квітня наступного року", "a 1 de abril do próximo ano" are the year after the publication's
# (and "last year", LAST_YEAR, the year before: "on 12 March last year").
NEXT_YEAR: dict[str, tuple[str, ...]] = {
    "en": ("next year",), "fr": ("de l'année prochaine", "l'année prochaine", "l'an prochain"),
    "es": ("del próximo año", "del año próximo", "del año que viene", "próximo año"),
    "pt": ("do próximo ano", "do ano que vem", "próximo ano"), "it": ("del prossimo anno", "dell'anno prossimo",
                                                                     "prossimo anno"),
    "ca": ("de l'any vinent", "de l'any que ve"), "gl": ("do próximo ano", "do ano que vén"),
    "ro": ("anul viitor", "anul următor", "a anului viitor"), "de": ("nächsten jahres", "kommenden jahres",
                                                                     "nächstes jahr", "kommendes jahr"),
    "nl": ("volgend jaar", "komend jaar"), "sv": ("nästa år",), "da": ("næste år",), "nb": ("neste år",),
    "fi": ("ensi vuonna",), "pl": ("przyszłego roku", "przyszłym roku"),
    "cs": ("příštího roku", "přístího roku"), "sk": ("budúceho roka", "budúceho roku"),
    "hr": ("iduće godine", "sljedeće godine"), "bs": ("iduće godine", "sljedeće godine"),
    "sr": ("sledeće godine", "iduće godine", "следеће године", "идуће године"), "sl": ("prihodnje leto",
                                                                                     "prihodnjega leta"),
    "ru": ("следующего года", "будущего года"), "uk": ("наступного року", "майбутнього року"),
    "bg": ("следващата година",), "el": ("του επόμενου έτους", "του επόμενου χρόνου", "του χρόνου"),
    "hu": ("jövőre", "jövő évben"), "tr": ("gelecek yıl", "önümüzdeki yıl"), "id": ("tahun depan",),
    "ms": ("tahun depan", "tahun hadapan"), "vi": ("năm sau", "năm tới"), "tl": ("sa susunod na taon",),
}

# Words joining two days of a month that neither the number reader's "and" and "to" nor
# the "and" of CLDR's list patterns and the "to" of its interval formats cover: Spanish
# and Italian "del 13 al 15", "dal 13 al 15", French "du 13 au 15 septembre", Russian and
# Ukrainian "с 13 по 15 сентября", "з 13 по 15 вересня", Turkish "13 ile 15 Eylül",
# Arabic "من 13 إلى 15 سبتمبر", Hebrew "מ-13 עד 15 בספטמבר" and "בין ה-13 ל-15 בספטמבר"
# ("between the 13th and the 15th"), American "September 13 through 15", Chinese
# "9月13日到15日" (CLDR writes 至), Japanese "9月13日から15日まで" (CLDR writes ～), Korean
# "9월 13일부터 15일까지" (CLDR writes ~; 부터 is written on the day's 일), and the
# particles that join two nouns where CLDR's list patterns write a comma: Japanese と,
# "9月13日と14日", Korean 과 (after a consonant, as the day's 일 ends) and 와, "9월 13일과
# 14일".
DAY_JOINERS: dict[str, tuple[str, ...]] = {"es": ("al",), "it": ("al",), "ca": ("al",), "fr": ("au",),
                                           "ru": ("по",), "uk": ("по",), "tr": ("ile",),
                                           "ar": ("إلى", "الى", "حتى"), "he": ("עד", "ל"),
                                           "en": ("through", "thru", "until"), "zh": ("到",),
                                           "ja": ("から", "と"), "ko": ("부터", "과", "와")}

# Case endings written on a day after a hyphen that make it the first of a range whose
# last day follows, where the language writes "from" so: Hungarian "szeptember 13-tól
# 15-ig", "13-ától 15-éig" (the ablative, on the number or on its ordinal, whose linking
# vowel the number's sound chooses).
DAY_RANGE_ENDINGS: dict[str, tuple[str, ...]] = {"hu": ("tól", "től", "ától", "étől", "jától", "jétől"),
                                                  # Mongolian "9 дүгээр сарын 13-наас 15-ны хооронд" (from the
                                                  # 13th to the 15th), the ablative by the number's sound
                                                  "mn": ("наас", "ноос", "нээс", "нөөс", "аас", "оос", "ээс",
                                                         "өөс")}

# Case forms of month names that CLDR does not give, as endings that replace the end of
# the wide name: Latvian says "13. septembrī", "13. martā" (in September, in March) where
# CLDR writes "septembris", "marts".
# Burmese writes the word for "month" on the name: "စက်တင်ဘာလ ၁၃ ရက်" (in September, the 13th).
# Greek news writes the spoken genitive as often as CLDR's: "13 Σεπτέμβρη", "Μάη", "Ιούλη"
# (the irregular "Γενάρη" and "Φλεβάρη" are in MONTH_NAMES).
# Serbian, Bosnian and Slovene news write a day's month in the genitive, which CLDR does not give:
# "12. marta", "1. maja", "15. juna", "13. septembra" (the a of -bar drops); Slovene
# "12. marca" (the e of marec drops), "1. januarja", "15. junija".
MONTH_CASES: dict[str, tuple[tuple[str, str], ...]] = {
    "lv": (("is", "ī"), ("s", "ā")), "my": (("", "လ"),), "el": (("ίου", "η"), ("ΐου", "η")),
    "sr": (("бар", "бра"), ("ар", "ара"), ("т", "та"), ("л", "ла"), ("ј", "ја"), ("н", "на")),
    # and Bosnian's, in Latin letters: "14. marta", "1. maja", "15. juna", "13. septembra", "20. augusta"
    "bs": (("bar", "bra"), ("ar", "ara"), ("t", "ta"), ("il", "ila"), ("aj", "aja"), ("i", "a")),
    "sl": (("ar", "arja"), ("ec", "ca"), ("il", "ila"), ("aj", "aja"), ("ij", "ija"), ("st", "sta"),
           ("er", "ra")),
    # Mongolian news shortens the stems of "зургаадугаар сар" and "долоодугаар сар" (June,
    # July): "зургадугаар сарын 28", "долдугаар сарын 1".
    "mn": (("аадугаар сар", "адугаар сар"), ("оодугаар сар", "дугаар сар")),
    # Georgian replaces the nominative -ი with its cases and postpositions: "სექტემბერს"
    # (dative, on a day), "სექტემბერში" (in September), "სექტემბრიდან" (from), "სექტემბრამდე"
    # (until), the genitive "სექტემბრის", "მარტის" (the e of -ერი and the a of -არი, -ალი drop:
    # "იანვრის", "თებერვლის"); "აგვისტო" adds them to its -ო.
    "ka": (("ი", "ს"), ("ი", "ში"), ("ი", "ის"), ("ი", "იდან"), ("ი", "ამდე"),
           ("ერი", "რის"), ("ერი", "რიდან"), ("ერი", "რამდე"), ("არი", "რის"), ("არი", "რიდან"),
           ("ალი", "ლის"), ("ალი", "ლიდან"), ("ო", "ოს"), ("ო", "ოში"), ("ო", "ოდან"), ("ო", "ომდე")),
    # Armenian news writes the month of a day in CLDR's genitive ("սեպտեմբերի 13-ին") and a
    # month alone in the dative or locative: "սեպտեմբերին", "սեպտեմբերում" (in September),
    # "սեպտեմբերից" (from September).
    "hy": (("ի", "ին"), ("ի", "ում"), ("ի", "ից")),
    # Kazakh and Uzbek add case endings by vowel harmony (every harmony's form is listed:
    # the others are never written): the locative "қыркүйекте", "қазанда", "sentabrda",
    # "сентябрда", the possessive with it after "айы" (month) left out ("қыркүйегінде",
    # "шілдесінде", "sentabrida"), the ablative "sentabrdan" and the genitive
    # "қыркүйектің", "sentabrning".
    "kk": (("", "да"), ("", "де"), ("", "та"), ("", "те"), ("", "ында"), ("", "інде"), ("а", "асында"),
           ("е", "есінде"), ("к", "гінде"), ("", "нан"), ("", "нен"), ("", "дан"), ("", "ден"), ("", "тан"),
           ("", "тен"), ("", "ның"), ("", "нің"), ("", "дың"), ("", "дің"), ("", "тың"), ("", "тің")),
    "uz": (("", "da"), ("", "ida"), ("", "dan"), ("", "idan"), ("", "ning"), ("", "gacha"),
           ("", "да"), ("", "ида"), ("", "дан"), ("", "идан"), ("", "нинг"), ("", "гача")),
    # Kyrgyz drops the soft sign of CLDR's names before its endings: "январда" (in January),
    # "ноябрда", "ноябрында", "январдан"
    "ky": (("ь", "да"), ("ь", "ында"), ("ь", "дан"), ("ь", "дын"), ("ь", "га"), ("", "да"), ("", "та"),
           ("", "ында"), ("", "дан"), ("", "тан"), ("", "дын"), ("", "тын")),
    # Marathi writes its postpositions on the month: "१५ डिसेंबरपर्यंत" (until 15 December),
    # "डिसेंबरपासून" (from December), "डिसेंबरमध्ये" (in December), "डिसेंबरच्या" (of December)
    "mr": (("", "पर्यंत"), ("", "पासून"), ("", "मध्ये"), ("", "च्या")),
    # Tamil's locative on a month, "ஆகஸ்டில்" (in August), "ஜனவரியில்", "ஜூலையில்", "மார்ச்சில்"
    "ta": (("ட்", "டில்"), ("ர்", "ரில்"), ("ல்", "லில்"), ("ன்", "னில்"), ("ச்", "ச்சில்"), ("ி", "ியில்"),
           ("ை", "ையில்"), ("ே", "ேயில்")),
}

# A month without its day is written in the locative ("in October"), which CLDR does not
# give: Russian "в октябре 2025 года", "в мае" (from CLDR's genitive "октября", "мая",
# "марта"), Ukrainian "у жовтні", "у лютому", "у листопаді", Polish "w październiku",
# "w lutym", "w listopadzie", Czech "v říjnu", "v červenci", Slovak "v októbri", "v auguste",
# Croatian "u listopadu", "u veljači", "u studenom", Serbian "у октобру", "u martu";
# Hungarian adds its case endings, with the possessive's ("októberben", "2025 októberében",
# "márciusában"); Lithuanian writes a month's accusative ("2025 m. spalį", "gruodį",
# "rugpjūtį", and "2023 m. kovą", in March 2023, though "kovą" is also a fight: see NOT_BEFORE);
# Estonian and Finnish their inessive ("oktoobris", "märtsis", not "mais", maize; "maaliskuussa
# 2019"), and Finnish its elative and illative ("lokakuusta", from October). Read only with a
# year, as a month of the Roman numerals is: a case of a month's name that takes no day, the
# numbers after it are none ("U rujnu 13 i 14 ljudi", in September 13 and 14 people).
MONTH_ALONE_CASES: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("я", "е"), ("а", "е")),
    "uk": (("я", "і"), ("ого", "ому"), ("а", "і")),
    "pl": (("a", "u"), ("da", "dzie"), ("ego", "ym")),
    "cs": (("a", "u"), ("ce", "ci")),
    "sk": (("ra", "ri"), ("ca", "ci"), ("la", "li"), ("ja", "ji"), ("na", "ni"), ("ta", "te")),
    "hr": (("a", "u"), ("e", "i"), ("oga", "om"), ("oga", "ome")),
    "sr": (("бар", "бру"), ("ар", "ару"), ("т", "ту"), ("л", "лу"), ("ј", "ју"), ("н", "ну"),
           ("bar", "bru"), ("ar", "aru"), ("t", "tu"), ("l", "lu"), ("j", "ju"), ("n", "nu")),
    "bs": (("bar", "bru"), ("ar", "aru"), ("t", "tu"), ("l", "lu"), ("j", "ju"), ("n", "nu")),
    "hu": (("", "ban"), ("", "ben"), ("", "ában"), ("", "ében"), ("", "jában"), ("", "jében")),
    "lt": (("džio", "dį"), ("čio", "tį"), ("io", "į"), ("jo", "jį"), ("os", "ą"), ("ės", "ę"), ("kovo", "kovą")),
    "et": (("uar", "uaris"), ("ts", "tsis"), ("ill", "illis"), ("uni", "unis"), ("uli", "ulis"),
           ("ust", "ustis"), ("ber", "bris")),
    "fi": (("kuuta", "kuussa"), ("kuuta", "kuusta"), ("kuuta", "kuuhun")),
}

# The same from the stand-alone (nominative) names, where the case is made from those:
# Greek writes a month without its day in the accusative, "τον Οκτώβριο του 2025", "τον
# Μάιο του 2024" (CLDR's "Οκτώβριος", "Μάιος"), which shares no ending with the genitive
# of a day's month ("3 Οκτωβρίου").
MONTH_ALONE_NOMINATIVE_CASES: dict[str, tuple[tuple[str, str], ...]] = {
    "el": (("ος", "ο"), ("ης", "η")),
}

# The locative prefix Zulu and Xhosa write on a day's month ("mhla ziyi-17 kuMashi", on the 17th
# of March; "ngowe-17 kuMatshi").
MONTH_PREFIXES: dict[str, tuple[str, ...]] = {"zu": ("ku",), "xh": ("ku", "ka")}

# Month names news writes that are no case of CLDR's, by month, the name first: the spoken Greek names
# of January and February, whose genitive (and accusative) "13 Γενάρη", "τον Φλεβάρη"
# share no ending with "Ιανουαρίου", "Φεβρουαρίου".
MONTH_NAMES: dict[str, dict[int, tuple[str, ...]]] = {
    # Hindi news writes February without the dot under its f (CLDR: "फ़रवरी")
    "hi": {2: ("फरवरी",)},
    # Sorani news writes December's كانوون with two waws, as CLDR writes January's ("٥ی کانوونی یەکەم"),
    # and January's with one as often
    "ckb": {12: ("کانوونی یەکەم",), 1: ("کانونی دووەم",)},
    # Hausa news spells February and April as spoken ("5 ga watan Afrilu"; CLDR: "Faburairu", "Afirilu")
    "ha": {2: ("Fabrairu",), 4: ("Afrilu",)},
    "el": {1: ("Γενάρη", "Γενάρης"), 2: ("Φλεβάρη", "Φλεβάρης")},
    # Zulu news spells February with the bh of its speech ("Febhuwari"; CLDR: "Februwari")
    # and names the months by their own names as often as by CLDR's loans ("Disemba"):
    # "mhla ziyi-7 kuZibandlela" (on the 7th of December)
    "zu": {1: ("uMasingana", "Masingana"), 2: ("uNhlolanja", "Nhlolanja", "Febhuwari"), 3: ("uNdasa", "Ndasa"),
           4: ("uMbasa", "Mbasa"), 5: ("uNhlaba", "Nhlaba"), 6: ("uNhlangulana", "Nhlangulana"),
           7: ("uNtulikazi", "Ntulikazi"), 8: ("uNcwaba", "Ncwaba"), 9: ("uMandulo", "Mandulo"),
           10: ("uMfumfu", "Mfumfu"), 11: ("uLwezi", "Lwezi"), 12: ("uZibandlela", "Zibandlela")},
    # Yoruba news names a month by its ordinal as often as by CLDR's names ("Oṣù Owewe"):
    # "Oṣù Kẹsàn-án" (the ninth month, September), with or without the tone marks.
    "yo": {1: ("Oṣù Kìíní", "Oṣù Kínní"), 2: ("Oṣù Kejì",), 3: ("Oṣù Kẹta",), 4: ("Oṣù Kẹrin",),
           5: ("Oṣù Karùn-ún", "Oṣù Karùn"), 6: ("Oṣù Kẹfà",), 7: ("Oṣù Keje",), 8: ("Oṣù Kẹjọ",),
           9: ("Oṣù Kẹsàn-án", "Oṣù Kẹsàn"), 10: ("Oṣù Kẹwàá", "Oṣù Kẹwàá"), 11: ("Oṣù Kọkànlá",),
           12: ("Oṣù Kejìlá",)},
    # Sinhala news names the months as English does ("2023 සැප්තැම්බර් 13"), as CLDR did until
    # its version 47, which gives the Sinhala months (බිනර) in their place: the name, then
    # the abbreviation of CLDR 46.
    "si": {1: ("ජනවාරි", "ජන"), 2: ("පෙබරවාරි", "පෙබ"), 3: ("මාර්තු",), 4: ("අප්\u200dරේල්",), 5: ("මැයි",),
           6: ("ජූනි",), 7: ("ජූලි",), 8: ("අගෝස්තු", "අගෝ"), 9: ("සැප්තැම්බර්", "සැප්"), 10: ("ඔක්තෝබර්", "ඔක්"),
           11: ("නොවැම්බර්", "නොවැ"), 12: ("දෙසැම්බර්", "දෙසැ")},
}

# Month names written with the month's number, as news writes them where CLDR gives
# another form: Mongolian "6 дугаар сарын 28-нд", "9 дүгээр сарын 3" (the ordinal's
# suffix spelled out after the digits; CLDR writes "6-р сар"), either suffix on any
# number, as news is not consistent in the vowel harmony of digits.
NUMBERED_MONTHS: dict[str, tuple[str, ...]] = {"mn": ("{n} дугаар сар", "{n} дүгээр сар")}
# Khmer writes a month by its number after the word for "month", as often as by its name:
# "ថ្ងៃទី១៣ ខែ៩ ឆ្នាំ២០២៣" (the 13th, month 9, year 2023); read only with its year, as "៣ ខែ ៩
# ថ្ងៃ" is a span of three months and nine days.
NUMBERED_MONTHS_WITH_YEAR: dict[str, tuple[str, ...]] = {"km": ("ខែ{n}", "ខែ {n}")}

# Languages whose news writes the year first, as "the year's", though CLDR's full and
# long dates do not: Georgian "2023 წლის 13 სექტემბერს", Armenian "2022 թվականի
# սեպտեմբերին", Kazakh "2023 жылғы 13 қыркүйекте", Uzbek "2023-yil 13-sentabr", Estonian
# "2024. aasta 14. märtsil" (on 14 March 2024, the day's month in the adessive) and "2024.
# aasta märtsis" (in March 2024, in the inessive).
# Pashto "د ۲۰۲۳ کال د سپتمبر ۱۳مه": "of the year 2023, of September the 13th"; Tamil and Sinhala
# news write a year before its month ("2019 ஆகஸ்ட் மாதம்", "2023 සැප්තැම්බර්")
YEAR_FIRST = frozenset({"ka", "ps", "hy", "kk", "uz", "et", "ta", "si"})

# Case forms of weekday names, as endings that replace the wide name's last letter, in
# languages whose other words begin like a weekday with other endings: Greek "της
# Πέμπτης", "τις Κυριακές", "του Σαββάτου" are weekdays, the name "Κυριάκος" (Κυριάκου,
# Κυριακίδης) is none. In these languages no other inflection of a weekday is guessed.
WEEKDAY_CASES: dict[str, dict[str, tuple[str, ...]]] = {
    "el": {"η": ("ης", "ες", "ών"), "ή": ("ής", "ές", "ών"), "α": ("ας", "ες", "ών"), "ο": ("ου", "α", "ων")},
    # Urdu's oblique before a postposition ("ہفتے کے روز", on Saturday; "جمعے کو"), Kurmanji's
    # ("Roja Şemiyê", "Înê")
    "ur": {"ہ": ("ے",)},
    "ku": {"î": ("ê", "iyê", "îyê")},
}

# Endings of a weekday in the plural that CLDR's "in {0} Mondays" does not write, on the
# name less its last letter or its mobile e: the Slavic oblique plural, every such day
# after "по" or "w" ("по понедельникам", "по понеділках", "w piątki", "przed niedzielami"),
# and the German and Dutch adverb in -s ("montags", "'s maandags"): no date.
WEEKDAY_PLURAL_ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": ("ам", "ям", "ами", "ями", "ах", "ях"),
    "uk": ("ам", "ям", "ами", "ями", "ах", "ях"),
    "be": ("ам", "ям", "амі", "ямі", "ах", "ях"),
    "pl": ("ami", "ach", "om", "ki"),
    "de": ("s",),
    "nl": ("s",),
    "tr": ("leri", "ları"),  # "pazartesileri kapalı" (closed on Mondays)
}

# Languages that make an adjective of a weekday with a suffix in -n-, -ow-, -ov- on its
# stem, which news writes for the day of an event: Polish "niedzielne wybory", "sobotni
# mecz", "poniedziałkowe posiedzenie", Russian "воскресные выборы", "субботний матч",
# Czech "nedělní volby", "čtvrteční jednání", Ukrainian "недільні вибори", Slovene
# "sobotna seja", Bulgarian "неделните избори". Not Serbian, Bosnian or Macedonian, where "недељни", "недела" is
# also the week's; and never Wednesday, whose stem is "middle" in every one of them
# ("střední", "средний": central, middle).
WEEKDAY_ADJECTIVES = frozenset({"pl", "cs", "sk", "ru", "uk", "be", "bg", "hr", "sl"})
# and those that name Thursday "the fourth" alike, its changed end no case of it: Serbian,
# Bosnian, Macedonian "četvrti", "четврти", "четвртиот" (the fourth) are no "četvrtak"
FOURTH_DAY_ONLY = frozenset({"sr", "bs", "mk"})
# and those whose weekday names take no case ending or article on them, only a plural's
# letters after the whole name ("domingos", "mercredis"): there a word that changes a
# name's ending is another word of its stem (Portuguese "dominado", controlled, is no
# "domingo"; Spanish "martillo" no "martes"), read as the weekday only when a typo of it.
UNINFLECTED_WEEKDAYS = frozenset({"en", "es", "pt", "fr", "it", "ca", "gl", "oc", "ast"})

# The locative endings of a month's name in languages that write the day first: a month so
# written before a figure is the time of what the figure tells, no date with it ("қарашада 25
# пайызға", in November, 25 per cent; "noyabrda 25 foizga"; "kasımda 25"), folded.
MONTH_IN_ITS_CASE_FIRST: dict[str, tuple[str, ...]] = {
    "kk": ("da", "de", "ta", "te"), "ky": ("da", "de", "ta", "te", "do", "to"), "uz": ("da",),
    "az": ("da", "de"), "tr": ("da", "de", "ta", "te"), "tk": ("da", "de"), "tt": ("da", "de", "ta", "te"),
}

# Languages whose press writes the months in lower case where CLDR capitalises them (Tajik
# "19 ноябр"): a month so written is one, not a word that is a date only with its year, as
# English "may" is.
LOWER_CASE_MONTHS = frozenset({"tg"})

# Weekday names that are a common noun too when written in lower case: Tagalog "Linggo"
# is Sunday, "linggo" a week ("isang linggong tigil-pasada", a week-long strike); Greek
# "Τρίτη", "Τετάρτη", "Πέμπτη" are Tuesday, Wednesday, Thursday, "τρίτη", "τέταρτη", "πέμπτη"
# third, fourth, fifth ("την τρίτη αποτυχημένη εκτόξευση", the third failed launch); Indonesian
# "Minggu" is Sunday, "minggu" a week ("dua minggu", "minggu lalu").
CAPITALISED_WEEKDAYS: dict[str, tuple[str, ...]] = {"fil": ("linggo",), "el": ("τρίτη", "τέταρτη", "πέμπτη"),
                                                   "id": ("minggu",)}  # Indonesian "dua minggu", two weeks

# The genitive of "year" after a year that makes it a noun's, not a date's: Estonian
# "avalikustas 12. märtsil 2023. aasta tulemused" (on 12 March, the 2023 results); a
# date's own year takes the adessive, "12. märtsil 2024. aastal".
YEAR_OF_A_NOUN: dict[str, tuple[str, ...]] = {"et": ("aasta",)}

# Four figures standing alone, as a year is written: not part of a longer number or a decimal.
YEAR_FIGURES = r"(?<![\d.,])\d{4}(?![\d]|[.,]\d)"

# Words that make four figures after them a year, where CLDR's words for "year" are not
# them: Finnish writes "in the year" in the essive ("Vuonna 2009"), Hebrew "in the year of"
# in the construct state or as a prefix with a hyphen or maqaf ("בשנת 2009", "ב-2009",
# "ב־2009"), Greek "in 2009" with the article ("Το 2009 ένα αεροσκάφος συνετρίβη"), case-folded.
YEAR_BEFORE: dict[str, tuple[str, ...]] = {
    "fi": ("vuonna", "vuodesta", "vuoteen", "vuoden"),
    "he": ("בשנת", "שנת", "ב-", "ב־", "מ-", "מ־", "עד-", "עד־"),
    "el": ("το", "του", "έτος"),
    # Arabic "عام 2019", "في عام 2019", "في 2019"; Urdu "سن 2019"; Amharic "በ2019" (in)
    "ar": ("عام", "العام", "سنة", "في"), "ur": ("سن",), "am": ("በ",),
    "ne": ("सन्",),  # "सन् २०१९ मा" (in the year 2019)
    "bg": ("през",), "mk": ("во",),  # "През 2019 г.", "Во 2019 година"
    # "in", which the verb follows where the year opens the sentence, no comma between: Swedish,
    # Danish, Norwegian "I 2010 omkom två personer", Dutch "In 2010 kwamen", Icelandic "Árið 2010"
    "sv": ("i",), "da": ("i",), "nb": ("i",), "nl": ("in",), "is": ("árið",),
    "ha": ("shekarar", "shekara"), "sw": ("mwaka",),  # "a shekarar 2025", "mwaka 2019" (in the year)
    # "V roce 1953", "V roku 2020", "Leta 2020" (in the year)
    "cs": ("roce", "roku"), "sk": ("roku",), "sl": ("leta", "letu"),
    # Tajik "year of" before it: "соли 2019", "дар соли 2019"
    "tg": ("соли",),
    # Albanian "në vitin 2019" (in the year 2019), Romanian "în anul 2019"
    "sq": ("vitin", "viti"), "ro": ("anul",),
}
# And after them, where CLDR's words for "year" are other cases: Ukrainian "у 2019 році",
# Mongolian "2019 онд", Armenian "2019 թվականին", Georgian "2019 წელს", Bengali "২০১৯
# সালে", Urdu and Hindi with their "in" ("۲۰۱۹ میں", "2019 में"), and the suffixes Uzbek and
# Azerbaijani write after a hyphen ("2019-yilda", "2019-cu ildə").
YEAR_AFTER: dict[str, tuple[str, ...]] = {
    "uk": ("році",), "mn": ("онд", "оны"), "hy": ("թվականին", "թվականի", "թ."), "ka": ("წელს", "წლის"),
    "bn": ("সালে", "সালের"), "ur": ("میں",), "hi": ("में",), "uz": ("-yil", "-йил"),
    "az": ("-ci il", "-cı il", "-cu il", "-cü il", "ildə", "ili", "ilin"),  # and the noun past "2016-cı"
    "tr": ("yılı", "yılın", "yılda"),  # "2016 yılında" (in the year 2016)
    "lt": ("m.", "metais", "metų"),  # "2010 m." (metais, in the year)
    "pl": ("r.", "roku"), "cs": ("r.",), "sk": ("r.",),  # "W 2020 r." (roku, in the year)
    "bg": ("г.", "година"), "mk": ("г.", "година"),
    # Hungarian's case written on the year after a hyphen: "2019-ben" (in 2019), "2019-es"
    "hu": ("-ben", "-ban", "-es", "-as", "-ös"),
    # the languages of India with "in" after the year, written on it or apart: "2019-இல்",
    # "2019இல்", "2019లో", "२०१९ मा", "2019 मध्ये", "2019માં", "2019 ਵਿੱਚ", "2019ರಲ್ಲಿ", "2019ൽ"
    "ta": ("-இல்", "இல்", "ஆம் ஆண்டு"), "te": ("లో", "-లో"), "ne": ("मा",), "mr": ("मध्ये", "साली"),
    "gu": ("માં",), "pa": ("ਵਿੱਚ", "ਵਿਚ"), "kn": ("ರಲ್ಲಿ", "ರಲ್ಲೂ"), "ml": ("ൽ", "-ൽ"),
    "si": ("දී", "වසරේ", "වර්ෂයේ"),  # "2017 දී" (in 2017), "2017 වසරේ"
}

# Relative pronouns: a clause they open past another noun than a date rule's anchor dates that
# noun's deed ("called off the search for 11 sailors who have been missing since the ships
# crashed on Sunday": Sunday is no day of the search), and set off by commas they part nothing of
# the clause around them ("freed the crew, which pirates had seized, on Thursday"). Only words
# that are nothing else.
RELATIVE_PRONOUNS: dict[str, str] = {
    "en": "who whom whose which", "fr": "qui lequel laquelle lesquels lesquelles", "es": "quien quienes cual cuales",
    "pt": "quem qual quais", "it": "cui quale quali", "de": "welcher welche welches", "nl": "welke",
    "ru": "который которая которое которые которого которой которых которым", "uk": "який яка яке які якого якої яких",
    "pl": "który która które którzy którego której których", "cs": "který která které kteří kterého", "sk": "ktorý ktorá ktoré ktorí",
    "hr": "koji koja koje kojeg kojem kojima", "bs": "koji koja koje kojeg kojem kojima", "sr": "koji koja koje који која које",
    "sl": "ki", "bg": "който която което които", "ro": "care", "el": "οποίος οποία οποίο οποίοι οποίες οποίου οποίας οποίων που",
    "hu": "aki akik amely amelyek", "fi": "joka jotka", "et": "kes", "lv": "kurš kura kuri", "lt": "kuris kuri kurie",
    "sv": "vilka vilken", "da": "hvilke hvilken", "nb": "hvilke hvilken", "is": "sem",
    "ar": "الذي التي الذين اللذين اللتين اللواتي اللاتي", "he": "אשר",
    "ha": "wanda wadda waɗanda wadanda", "sw": "ambao ambayo ambaye ambalo ambazo ambacho ambavyo ambapo ambako",
    "id": "yang", "ms": "yang",
}

# The case endings written on a year after an apostrophe that make it one: Turkish "2016'da"
# (in 2016; not "1500'den fazla", more than 1500).
YEAR_SUFFIXES: dict[str, tuple[str, ...]] = {"tr": ("da", "de", "ta", "te")}

# Languages that write a month in Roman numerals: "13 IX 2023", "13. IX. 2023.",
# "2023. IX. 13." (upper case only: "i" is "and" in Croatian, "v" "in" in Czech; and only
# with a year: "rozdział IX 13" is a chapter).
ROMAN_MONTHS = frozenset({"pl", "cs", "sk", "hu", "ro", "hr", "sr", "bs", "sl", "mk", "bg", "ru", "uk",
                          "be", "lt", "lv", "it"})

# Calendars other than the common one: their months are filed as the calendar's number
# plus the month's (SOLAR_HIJRI + 6 is Shahrivar), and dates.py converts them.
SOLAR_HIJRI = 100
ETHIOPIAN = 200
BIKRAM_SAMBAT = 300
LUNAR_HIJRI = 400
CALENDAR_STEP = 100  # a month's value from this on is another calendar's: value // step * step

# Month names of those calendars, per language: (calendar, names of months 1, 2, …, each
# with its other spellings, item code). Persian's own Solar Hijri names come from
# jdatetime. Afghan (Dari and Pashto) news names the Solar Hijri months by the zodiac;
# those names are common words too, so they are months only with a year ("a").
# Ethiopian news dates by the Ethiopian calendar, thirteen months (the last of five or
# six days), in Amharic (Tigrinya is Eritrea's too, whose news names the common months
# with these names, as CLDR does).
_DARI_MONTHS = ("حمل", "ثور", "جوزا جوزا", "سرطان", "اسد", "سنبله سنبلە", "میزان", "عقرب", "قوس", "جدی",
                "دلو", "حوت")
_ETHIOPIAN_MONTHS = ("መስከረም", "ጥቅምት", "ኅዳር ህዳር", "ታኅሣሥ ታህሳስ", "ጥር", "የካቲት", "መጋቢት",
                     "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ ሀምሌ", "ነሐሴ ነሃሴ", "ጳጉሜ ጳጉሜን")
# Nepali news dates by the Bikram Sambat ("२०८० भदौ २७" is 13 September 2023), its months
# named as spoken as often as in their Sanskrit spelling.
_BIKRAM_SAMBAT_MONTHS = ("बैशाख वैशाख", "जेठ जेष्ठ ज्येष्ठ", "असार आषाढ", "साउन श्रावण", "भदौ भाद्र",
                         "असोज आश्विन", "कात्तिक कार्तिक", "मंसिर मङ्सिर मार्ग", "पुस पौष", "माघ",
                         "फागुन फाल्गुन फाल्गुण", "चैत चैत्र")
# Pashto's own names of the same months (CLDR has none), beside the zodiac's Dari ones:
# "د ۱۴۰۲ کال د وږي ۲۲مه" (22 Sunbula 1402, 13 September 2023); the oblique after "of"
# (د) too, and "lamb", "lion", "scale", "fish" as words, so with a year only.
_PASHTO_MONTHS = ("وری وري", "غویی غويی غوایی غويي غوايي", "غبرګولی غبرګولي غبرگولی", "چنګاښ چنگاښ",
                  "زمری زمري", "وږی وږي", "تله تلې", "لړم", "لیندۍ ليندۍ", "مرغومی مرغومي",
                  "سلواغه سلواغې", "کب")
# The lunar Hijri calendar's months, which Arabic and Persian news writes beside the common
# date ("الأربعاء 28 صفر 1445 هـ الموافق 13 سبتمبر 2023"), converted by the Umm al-Qura
# calendar (hijridate); Babel gives only the common calendar's names. With a year only:
# صفر is "zero", رمضان the month of fasting told of. Names of more than one word are parted
# from their other spellings by "|".
_LUNAR_HIJRI_MONTHS_AR = ("محرم", "صفر", "ربيع الأول|ربيع الاول", "ربيع الآخر|ربيع الثاني|ربيع الاخر",
                          "جمادى الأولى|جمادى الاولى", "جمادى الآخرة|جمادى الثانية|جمادى الاخرة", "رجب", "شعبان",
                          "رمضان", "شوال", "ذو القعدة|ذي القعدة", "ذو الحجة|ذي الحجة")
_LUNAR_HIJRI_MONTHS_FA = ("محرم", "صفر", "ربیع‌الاول ربیع‌الاوّل", "ربیع‌الثانی", "جمادی‌الاول جمادی‌الاولی",
                          "جمادی‌الثانی جمادی‌الثانیه", "رجب", "شعبان", "رمضان", "شوال", "ذی‌القعده", "ذی‌الحجه")
CALENDAR_MONTHS: dict[str, tuple[tuple[int, tuple[str, ...], str], ...]] = {
    "ar": ((LUNAR_HIJRI, _LUNAR_HIJRI_MONTHS_AR, "a"),),
    "fa": ((SOLAR_HIJRI, _DARI_MONTHS, "a"), (LUNAR_HIJRI, _LUNAR_HIJRI_MONTHS_FA, "a")),
    "ps": ((SOLAR_HIJRI, _DARI_MONTHS, "a"), (SOLAR_HIJRI, _PASHTO_MONTHS, "a")),
    "am": ((ETHIOPIAN, _ETHIOPIAN_MONTHS, "M"),),
    "ne": ((BIKRAM_SAMBAT, _BIKRAM_SAMBAT_MONTHS, "M"),),
}

# Words that say a day of the month follows, before which a day and a month in digits
# are a date without a year: Vietnamese "ngày 13/9", Indonesian "tanggal 13/9".
# Words for "first" that write the first day of a month, as Romance news often does: "il
# primo luglio", "el primero de julio", "el primer de juliol", "le premier juillet", "o
# primeiro de julho" (a day, beside a month only).
FIRST_DAY: dict[str, tuple[str, ...]] = {
    "it": ("primo",), "es": ("primero",), "ca": ("primer",), "fr": ("premier",), "pt": ("primeiro",),
    "gl": ("primeiro",),
}
DAY_WORDS: dict[str, tuple[str, ...]] = {
    # and the part of the day, which news writes for it: "sáng 13/9" (on the morning of 13/9)
    "vi": ("ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm"),
    "id": ("tanggal", "tgl"),
    "ms": ("tarikh", "tanggal"),
    "sw": ("tarehe",),
    "th": ("วันที่",),
    "el": ("στις", "τις"),  # "στις 22/9", "έως τις 30/9"
    "km": ("ថ្ងៃទី", "ទី"),  # "ថ្ងៃពុធ ទី១៣ ខែកញ្ញា": the ordinal's word alone after a weekday
    "lo": ("ວັນທີ", "ທີ"),  # "ວັນພຸດ ທີ 13 ກັນຍາ"
    "pt": ("dia",), "es": ("día",), "it": ("giorno",),  # "no dia 13/9", and a day alone (DAY_OF_MONTH)
    # before a day and month with full stops, as German, Czech and Slovak news dates what
    # comes this year: "am 20.9.", "dne 20. 9.", "dňa 20. 9."
    "de": ("am",), "cs": ("dne",), "sk": ("dňa",),
    "ar": ("يوم",),  # "يوم 13 من الشهر الجاري", the 13th of this month (DAY_OF_MONTH)
    "zu": ("mhla", "ngomhla"),  # "ngoMsombuluko mhla ziyi-7 kuZibandlela" (on Monday, the 7th of December)
}
# The article or preposition before a date, before which a day and a month in digits with
# a slash or full stops are a date as well: French "le 13/09", Spanish "el 13/9",
# Italian "il 13/9", Portuguese "em 13/9", English "on 13/09". Not with a hyphen, which
# writes a score ("le 3-1", "el 2-0"), nor before "of" ("le 3/4 des électeurs": a
# fraction); not "au", "al", which join the days of a range ("du 13 au 15"), nor "du",
# "del", which CLDR writes before a year ("13 de setembre del 2023"). The repeated article
# of a list stays one ("le 13 et le 14").
DATE_ARTICLES: dict[str, tuple[str, ...]] = {
    "fr": ("le",), "es": ("el",), "it": ("il",), "pt": ("em",), "ca": ("el",), "en": ("on",),
}
# Words of "of" after which a day and a month in digits after an article are a fraction.
FRACTION_OF: dict[str, tuple[str, ...]] = {
    "fr": ("de", "des", "du", "d"), "es": ("de", "del", "de los", "de las"), "it": ("di", "dei", "degli", "delle", "del"),
    "pt": ("de", "dos", "das", "do", "da"), "ca": ("de", "dels", "del"), "en": ("of",),
}

# Of those, the words before which a day of the month is written alone, its month left to
# the reader: Portuguese "no dia 13", Spanish "el día 13", Italian "il giorno 13", Swahili
# "tarehe 13", Indonesian "tanggal 13", Vietnamese "ngày 13". The month is one named
# earlier in the sentence ("En marzo … el día 13"), the one a phrase after the day names
# (MONTH_AFTER_DAY), or the publication's, the one before or the one after, whichever puts
# the day nearest it (a day ahead where the clause speaks of the future). Not Greek "στις
# 13", which is as often "at 13:00".
DAY_OF_MONTH: dict[str, tuple[str, ...]] = {
    "pt": ("dia",), "es": ("día",), "it": ("giorno",), "sw": ("tarehe",), "id": ("tanggal", "tgl"),
    "ms": ("tarikh", "tanggal"), "vi": ("ngày",), "ar": ("يوم",),
}
# A day of the month written alone as an ordinal, the month left to the reader as above:
# English "on the 20th" (after a preposition, and before no noun: "the 20th anniversary",
# "on the 20th floor" are no day), Russian and Ukrainian "13-го числа", "13 числа" ("of
# the date"). A pattern per language with the day's digits in the group "day".
DAY_ORDINAL_ALONE: dict[str, str] = {
    "en": r"(?i:\b(?:on|by|until|till|since|from|before|after|for) the )(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
          r"(?=\s*(?:[.,;:!?)]|$|(?:at|in|and|when|to|until|or)\b))",
    "ru": r"(?<![\d.,])(?P<day>\d{1,2})(?:-?го)?\s+числа\b",
    "uk": r"(?<![\d.,])(?P<day>\d{1,2})(?:-?го)?\s+числа\b",
}
# Days of the month spelt as ordinals before "of" and a month, as Arabic news writes them
# ("في الثالث من أغسطس", "الخامس عشر من سبتمبر", "الحادي والعشرين من مارس"): the ordinals
# are num2words' (see checker.facts.dates._spelt_day_pattern); here the article written on
# them, the "and" written on the tens, "of", and the ending that puts the tens in the case
# after "of" (num2words' "عشرون" is "العشرين" there).
SPELT_ORDINAL_DAYS: dict[str, tuple[str, str, str, tuple[str, str]]] = {"ar": ("ال", "و", "من", ("ون", "ين"))}
# Where such a day is read only with the phrase that names its month: Arabic "يوم 2" is as
# often the second day of an event ("يوم 2 من المؤتمر").
DAY_OF_MONTH_WITH_MONTH = frozenset({"ar"})
# Words before a month that name a part of it, not a day: "mid-March", "early March",
# "Mitte März", "a mediados de marzo", "à la mi-mars", "в середине марта", "на початку
# березня". The month is read as a month ("mid-March 2024" is 2024-03, which a rule on any
# day of March finds compatible); a number after it is not its day ("In mid-March 15
# people died" states no 15 March).
# Words for "since" that only look back, before a date (the article after them too): a day
# and month after one are never to come ("Since Jan. 6 prosecutors have charged …" in
# September is last January). Not the words that are "from" as well (Spanish "desde",
# Italian "dal", Russian "с"), which open what is to come too.
SINCE: dict[str, tuple[str, ...]] = {
    "en": ("since",), "de": ("seit", "seitdem"), "nl": ("sinds", "sedert"), "fr": ("depuis",),
    "sv": ("sedan",), "da": ("siden",), "nb": ("siden",),
    "es": ("desde",), "pt": ("desde",), "ar": ("منذ",), "sw": ("tangu",), "id": ("sejak",), "ms": ("sejak",),
    "he": ("מאז",), "tl": ("mula noong",), "fil": ("mula noong",), "zh": ("自从", "自從"),
}
# "N years ago", which dates a sentence a year or more before the publication as "last year"
# does ("Vor vier Jahren hatten nur 61,2 Prozent …"): patterns, a count in figures or words.
YEARS_AGO: dict[str, str] = {
    "en": r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) years ago",
    "de": r"vor (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehreren|vielen) Jahren",
    "nl": r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) jaar geleden",
    "fr": r"il y a (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs) ans",
    "es": r"hace (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios) años",
    "pt": r"há (?:\d+|dois|três|quatro|cinco|seis|sete|oito|nove|dez|vários) anos",
    "it": r"(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci) anni fa",
    "ru": r"(?:\d+|два|три|четыре|пять|шесть|семь|восемь|девять|десять|несколько) (?:года|лет) назад",
    "uk": r"(?:\d+|два|три|чотири|п'ять|шість|сім|вісім|дев'ять|десять|кілька) (?:роки|років) тому",
    "pl": r"(?:\d+|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|kilka) lat(?:a)? temu",
}

# Words for "from" that are "since" before a year alone ("не проверялся с 2019 года", "od
# 2019 r.", "dal 2019"): before a day they open a range as often ("с 13 по 15 сентября").
SINCE_YEAR: dict[str, tuple[str, ...]] = {
    "ru": ("с", "со"), "uk": ("з", "із", "від"), "be": ("з", "ад"), "pl": ("od",), "cs": ("od",), "sk": ("od",),
    "hr": ("od",), "bs": ("od",), "sr": ("od", "од"), "sl": ("od",), "bg": ("от",), "mk": ("од",), "it": ("dal",),
}
# And words for "from" that are "since" before a part of the month ("dall'inizio di ottobre",
# from the beginning of October), with those of SINCE_YEAR ("с начала октября"): the start of a
# span, not an event of its own, where another date is read.
FROM_THE_PART: dict[str, tuple[str, ...]] = {
    "it": ("da", "dal", "dall", "dalla"), "ro": ("de la",), "ca": ("des de",), "gl": ("desde",),
}
# And the words for "since" written after the date, as a postposition or glued to it:
# Turkish "13 Eylül'den beri", Hungarian "november 2. óta", Japanese and Chinese "9月13日以来",
# Korean "9월 13일 이래", Hindi and Urdu "13 सितंबर के बाद से".
SINCE_AFTER: dict[str, tuple[str, ...]] = {
    "tr": ("beri",), "az": ("bəri",), "hu": ("óta",), "ja": ("以来",), "zh": ("以来", "以來"), "ko": ("이래",),
    "hi": ("के बाद से",), "ur": ("کے بعد سے",),
}


MONTH_PARTS: dict[str, tuple[str, ...]] = {
    "en": ("mid", "early", "late", "end", "beginning", "middle", "start"),
    "de": ("mitte", "anfang", "ende"),
    "nl": ("half", "medio", "begin", "eind", "eind"),
    "fr": ("mi", "fin", "début", "courant"),
    "es": ("mediados", "finales", "fines", "principios", "inicios", "comienzos"),
    "pt": ("meados", "fim", "final", "início", "princípio"),
    "it": ("metà", "fine", "inizio"),
    "ru": ("середине", "середины", "конце", "конца", "начале", "начала"),
    "uk": ("середині", "середини", "кінці", "кінця", "початку", "наприкінці"),
    "pl": ("połowie", "połowy", "końcu", "koniec", "końca", "początku"),
    "hr": ("sredinom", "krajem", "početkom", "sredina", "kraj", "početak"),
}

# Plural nouns a figure right after an English month counts, so that it is no day
# ("March 15 people joined", "In May 300 workers protested"): a lower-case word in -s, or
# one of these irregular plurals; not a word in -s that is no plural noun (below), nor
# a verb in -s before a determiner ("March 15 marks the anniversary"). After "the" the
# month and day are a date before a noun ("the March 15 elections"), and after a
# preposition that takes a day, not a month ("On March 15 police arrested …": one is
# "in March", never "on March").
COUNTED_AFTER_MONTH: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]] = {
    "en": (frozenset({"people", "children", "men", "women", "police", "staff", "cattle", "personnel"}),
           frozenset({"as", "is", "was", "has", "this", "its", "his", "hers", "theirs", "ours", "yours", "thus",
                      "plus", "versus", "whereas", "unless", "across", "always", "afterwards", "towards",
                      "besides", "perhaps", "sometimes", "nevertheless", "less", "yes"}),
           frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our"}),
           frozenset({"on", "upon"})),
}

# Phrases after such a day that name its month from the publication's: this month (0),
# the last (-1), the next (1): "tarehe 13 mwezi huu", "no dia 13 deste mês", "el día 13
# del mes pasado", "il giorno 13 del mese prossimo".
MONTH_AFTER_DAY: dict[str, dict[str, int]] = {
    "sw": {"mwezi huu": 0, "mwezi uliopita": -1, "mwezi ujao": 1},
    "pt": {"deste mês": 0, "do mês passado": -1, "do próximo mês": 1, "do mês que vem": 1},
    "es": {"de este mes": 0, "del mes pasado": -1, "del próximo mes": 1, "del mes que viene": 1},
    "it": {"di questo mese": 0, "del mese scorso": -1, "del mese prossimo": 1, "del prossimo mese": 1},
    "id": {"bulan ini": 0, "bulan lalu": -1, "bulan depan": 1},
    "ms": {"bulan ini": 0, "bulan lalu": -1, "bulan depan": 1, "bulan hadapan": 1},
    "vi": {"tháng này": 0, "tháng trước": -1, "tháng sau": 1, "tháng tới": 1},
    "ar": {"من الشهر الجاري": 0, "من الشهر الحالي": 0, "الشهر الجاري": 0, "من الشهر الماضي": -1,
           "الشهر الماضي": -1, "من الشهر المقبل": 1, "الشهر المقبل": 1},
}

# Parts of the day written on a weekday's name, after a joining letter: German
# "Sonntagabend", Dutch "zondagavond", Swedish "söndagskvällen", Norwegian
# "mandagsmorgen". The compound names the weekday as the name alone does.
WEEKDAY_PARTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "de": ("", ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")),
    "nl": ("", ("ochtend", "morgen", "middag", "namiddag", "avond", "nacht")),
    "sv": ("s", ("morgon", "morgonen", "förmiddag", "förmiddagen", "eftermiddag", "eftermiddagen", "kväll",
                 "kvällen", "natt", "natten")),
    "nb": ("s", ("morgen", "morgenen", "formiddag", "formiddagen", "ettermiddag", "ettermiddagen", "kveld",
                 "kvelden", "natt", "natten")),
    "da": ("", ("morgen", "formiddag", "eftermiddag", "aften", "nat")),
    "fi": ("", ("aamuna", "aamupäivänä", "iltapäivänä", "iltana", "yönä")),  # "maanantaiaamuna"
    "af": ("", ("oggend", "middag", "aand", "nag")),  # "Dinsdagoggend"
    # Icelandic on the genitive: "á þriðjudagskvöld" (on Tuesday evening), "þriðjudagsmorgun"
    "is": ("s", ("morgun", "morguninn", "kvöld", "kvöldið", "nótt", "nóttina", "eftirmiðdag")),
}
# The ending of the name's nominative that its compounds drop: Icelandic "þriðjudagur".
WEEKDAY_PART_STEMS: dict[str, str] = {"is": "ur"}

# Words of a date that the locale's CLDR patterns do not spell: "the 13th of September".
EXTRA_CONNECTORS: dict[str, tuple[str, ...]] = {
    "en": ("of", "the"),
    # the article between a weekday and its day: "Montag, den 14. Dezember", "måndagen den 14 december"
    "de": ("den", "dem"), "sv": ("den",), "da": ("den",), "nb": ("den",), "nn": ("den",),
    "hr": ("godine",),
    # Tajik "year" before the year, in the construct state: "19 ноябри соли 2025"; Kyrgyz "year" after
    # it, on it with a hyphen: "2025-жылы январда" (in January 2025)
    "tg": ("соли",), "ky": ("жылы", "жылдын"),
    "bs": ("godine",),
    "sr": ("godine", "године"),
    "ro": ("anul",),
    "ha": ("ga", "watan"),  # "13 ga Satumba, 2023", "20 ga watan Nuwamba 2026" (of the month of)
    "yo": ("ọdún",),  # "13 Oṣù Kẹsàn-án, ọdún 2023": "year"
    "sq": ("më",),  # "të martën, më 12 mars": "on" before a day
    "am": ("ቀን", "ዓ.ም", "ዓ/ም"),  # "መስከረም 2 ቀን 2016 ዓ.ም.": "day", "year of mercy"
    "ne": ("गते", "साल"),  # "२०८० साल भदौ २७ गते"
    "si": ("වැනි", "වෙනි", "වන", "වැනිදා", "වෙනිදා"),
    "hi": ("दिनांक", "तारीख"),  # "बुधवार, दिनांक 13 सितंबर": "date" (dotted दि., ता.: see checker.text.sentences)
    "mr": ("दिनांक", "तारीख"),
    "gu": ("તારીખ",),  # "සැප්තැම්බර් 15 වැනි සිකුරාදා": the 15th, Friday
    "km": ("ខែ", "ឆ្នាំ"),  # "ថ្ងៃទី១៣ ខែកញ្ញា ឆ្នាំ២០២៣": "month", "year" before them
    "fil": ("ng",),  # "ika-13 ng Setyembre": the 13th of September
    "th": ("พ.ศ.", "ค.ศ."),  # "13 กันยายน พ.ศ. 2566": the era before the year
    "ka": ("წლის",),  # "2023 წლის 13 სექტემბერს": "of the year"
    "et": ("aasta",),  # "2024. aasta märtsis": "of the year"
    "lt": ("metų",),  # "2025 metų gruodžio 3 d.", "2025 metų gruodį": CLDR's "m." spelt out
    "el": ("του",),  # "τον Οκτώβριο του 2025": "of the" before the year
    "ps": ("کال", "د", "په"),  # "د ۲۰۲۳ کال د سپتمبر په ۱۳مه": "year", "of", "on"
    "hy": ("թվականի", "թվականին", "թվին"),  # "2023 թվականի սեպտեմբերի 13-ին"
    "kk": ("жылғы", "жылы", "жылдың", "ж."),  # "2023 жылғы 13 қыркүйекте", "2022 жылдың қыркүйегінде"
    "uz": ("yil", "yili", "yilning", "yilgi", "йил", "йили", "йилнинг", "йилги"),  # "2023-yil 13-sentabr"
    "my": ("ခုနှစ်", "ရက်နေ့", "ရက်", "နေ့"),  # "၂၀၂၃ ခုနှစ် စက်တင်ဘာလ ၁၃ ရက်": "year", "day" after them
    "lo": ("ປີ", "ເດືອນ"),  # "ວັນທີ 13 ເດືອນກັນຍາ ປີ 2023": "month", "year" before them
}

# Words that are also ordinary words, and the neighbouring words that tell. A word is
# not a date when a NOT_AFTER word directly precedes it ("la mañana" is "the morning",
# "am Morgen" "in the morning") or a NOT_BEFORE word directly follows it ("luni de zile"
# is "months on end"); with an ONLY_AFTER entry it is a date only right after one of
# those words ("в среду" is "on Wednesday", "окружающую среду" "the environment";
# Russian "среда" is both Wednesday and environment).
NOT_AFTER: dict[str, dict[str, tuple[str, ...]]] = {
    # "една неделя по-късно", "една недела подоцна", "jednu nedjelju": a week, where Sunday is also "week"
    "bg": {"неделя": ("една", "цяла")}, "mk": {"недела": ("една", "цела")},
    "sr": {"недељу": ("једну", "целу", "читаву"), "nedelju": ("jednu", "celu", "čitavu")},
    "hr": {"nedjelju": ("jednu", "cijelu", "čitavu")}, "bs": {"nedjelju": ("jednu", "cijelu", "čitavu")},
    "sw": {"jana": ("mwaka",)},  # "mwaka jana" is last year, no yesterday
    # Georgian "დღეს" is today and the dative of "day": "მესამე დღეს" (on the third day), "იმავე დღეს"
    # (the same day), "მეორე დღეს" (the next day)
    # and after a number, its days: "სამ დღეს" (for three days)
    "ka": {"დღეს": ("მეორე", "მესამე", "მეოთხე", "მეხუთე", "პირველ", "იმავე", "ამავე", "იმ", "ამ", "ერთ", "ყოველ",
                    "ორ", "სამ", "ოთხ", "ხუთ", "ექვს", "შვიდ", "რვა", "ცხრა", "ათ", "რამდენიმე")},
    # "lần thứ hai" (the second time), "vòng thứ ba" (the third round): ordinals, no weekdays
    "vi": {f"thứ {number}": ("lần", "đợt", "vòng", "kỳ", "phiên", "lượt", "hạng", "người", "giải", "khóa", "nhiệm")
           for number in ("hai", "ba", "tư", "năm", "sáu", "bảy")},
    "es": {"mañana": ("la", "esta", "por", "de", "cada", "una", "media", "toda")},
    "en": {"last night": ("the", "a", "every", "that", "this", "his", "her", "their", "its", "our", "my", "s")},
    # (and past an adjective: "am frühen Morgen", in the early morning)
    "de": {"morgen": ("am", "den", "jeden", "einen", "der", "des", "heute", "gestern",
                      "guten", "vom", "zum", "bis", "morgen", "frühen", "späten", "selben", "gleichen", "nächsten",
                      "folgenden", "diesem", "jenem", "dem", "einem", "ganzen")},
    "nl": {"morgen": ("de", "die", "deze", "elke", "goede", "van")},
    "ar": {"اليوم": ("ذلك", "هذا", "نفس", "ذات", "كل", "طوال")},  # that, this, the same, every, all day
    "uz": {"kecha": ("yarim", "har", "butun", "bir", "shu", "oʻsha", "o'sha"),  # midnight, every night, all night
           "кеча": ("ярим", "ҳар", "бутун", "бир", "шу", "ўша")},
    # (and "בשעות הבוקר" (in the morning hours), "בשעות הערב", which name a part of the day told of,
    # "בשעות הבוקר המוקדמות של יום שני", in the early morning of Monday)
    "he": {"היום": ("באותו", "אותו", "כל", "במשך"), "הבוקר": ("בשעות", "שעות"), "הערב": ("בשעות", "שעות")},
    "tr": {"bugün": ("bir",)},
    "ru": {"среда": ("окружающая", "социальная", "городская", "информационная", "деловая",
                     "языковая", "культурная", "природная", "среда")},
    # Urdu "ہفتہ" is Saturday and "week": "رواں ہفتے", "گزشتہ ہفتے" (this week, last week)
    "ur": {"ہفتے": ("رواں", "اس", "گزشتہ", "اگلے", "پچھلے", "آئندہ", "ایک", "دو", "تین", "کئی"),
           "ہفتہ": ("رواں", "اس", "گزشتہ", "اگلا", "پچھلا", "آئندہ", "ایک", "دو", "تین", "کئی")},
}
NOT_BEFORE: dict[str, dict[str, tuple[str, ...]]] = {
    # (and "a doua zi de grevă", the second day of the strike, is no next day)
    "ro": {"luni": ("de", "la", "întregi"), "a doua zi": ("de", "a")},
    "ur": {"کل": ("تعداد", "آبادی", "رقم", "جماعتی", "مالیت", "لاگت", "حجم", "ملا", "ملاکر", "اخراجات", "نشستوں",
                  "ووٹوں", "آمدنی", "پیداوار")},
    "ru": {"среда": ("обитания",)},
    "he": {"הבוקר": ("של",), "הערב": ("של",)},
    # Vietnamese weekdays are "thứ" and a number, as ordinals are: "lần tăng thứ hai liên tiếp"
    # (the second in a row), "thứ ba của" (the third of) are no Monday, Tuesday
    "vi": {f"thứ {number}": ("liên", "của", "kể") for number in ("hai", "ba", "tư", "năm", "sáu", "bảy")},
    "ja": {"前日": ("比",)},  # "前日比3%高" (3 % up on the day before) dates nothing
    # Lithuanian "kovą" is March's accusative and a fight's: "2023 m. kovą su korupcija" (in 2023,
    # the fight against corruption), "kovą prieš", "kovą už", "kovą dėl" (for, over)
    "lt": {"kovą": ("su", "prieš", "už", "dėl")},
    # the South Slavic Sunday is also "week": "nedjelju dana kasnije", "недељу дана касније" (a week later)
    **{language: {"nedjelju": ("dana",), "nedelju": ("dana",), "недељу": ("дана",), "недјељу": ("дана",)}
       for language in ("hr", "bs", "sr")},
}
_RU_WEDNESDAY = ("в", "во", "на", "эту", "ту", "до", "к", "ко", "с", "со", "по", "прошлую",
                 "следующую", "прошлой", "следующей", "каждую", "ближайшую")
ONLY_AFTER: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {"среду": _RU_WEDNESDAY, "среды": _RU_WEDNESDAY, "среде": _RU_WEDNESDAY},
}

# A word that marks the definite object of a verb, right after the date: the verb before the
# date is then a deed done to it, not a saying ("הממשלה אישרה ביום ראשון את התקציב": approved
# the budget; "אישר ביום ראשון כי": confirmed that).
OBJECT_MARKERS: dict[str, tuple[str, ...]] = {"he": ("את",)}

# Reflexive pronouns that make a verb of saying another verb, one or two words before it:
# French "l'incendie s'est déclaré mardi" (broke out), Spanish "se declaró", Italian "si è
# dichiarato".
REFLEXIVE_BEFORE: dict[str, str] = {"fr": "s se", "es": "se", "it": "si", "pt": "se", "ca": "s es"}
# and right after it: Polish "podał się do dymisji" (resigned; "podał", reported).
REFLEXIVE_AFTER: dict[str, str] = {"pl": "się"}
# The auxiliaries of the passive, right before a verb of saying: the date is then
# the deed's, what was confirmed or announced is its subject ("The first case was confirmed on
# January 14", "Le premier cas avait été confirmé le 14 janvier").
PASSIVE_BEFORE: dict[str, str] = {
    "en": "was were been is are", "fr": "été", "es": "fue fueron sido", "it": "stato stata stati state",
    "pt": "foi foram sido", "ro": "fost", "ca": "estat", "nl": "werd werden", "de": "wurde wurden worden",
}

# Verbs of saying that date their own act: "the ministry said on Tuesday", "сообщило во
# вторник", "teilte am Dienstag mit", "u utorak je izjavio". A date written right before
# or after one of them (at most two words between) is when it was said, not when what
# was said happened; a date rule keeps it only if its own anchor is that verb.
REPORTING_VERBS: dict[str, str] = {
    "en": "said says told announced reported stated added confirmed declared wrote tweeted posted showed "
          "explained noted denied",
    "de": "sagte sagten erklärte erklärten teilte teilten berichtete berichteten meldete meldeten "
          "kündigte kündigten bestätigte bestätigten mitteilte mitteilten bekanntgab bekanntgaben",
    "nl": "zei zeiden meldde meldden verklaarde verklaarden kondigde kondigden bevestigde",
    "fr": "déclaré annoncé indiqué précisé affirmé rapporté publié dit confirmé expliqué souligné",
    "es": "dijo dijeron declaró anunció anunciaron informó informaron señaló afirmó aseguró difundido "
          "publicado indicó confirmó explicó explicaron precisó precisaron detalló detallaron",
    # (and "noto" of "ha reso noto", made known)
    "it": "detto dichiarato annunciato riferito comunicato affermato confermato noto spiegato precisato",
    "pt": "disse disseram afirmou afirmaram anunciou anunciaram informou informaram declarou declararam divulgou "
          "divulgaram confirmou confirmaram explicou explicaram detalhou adiantou adiantaram",
    "ro": "declarat anunțat spus transmis informat precizat afirmat relatat confirmat",
    # (and the neuter of a ministry's, a government's: "priopćilo je Ministarstvo", "саопштило је")
    "hr": "rekao rekla rekli izjavio izjavila izjavili objavio objavila objavili priopćio priopćila "
          "priopćili izvijestio izvijestila izvijestili potvrdio potvrdila potvrdili javio javila javili javlja "
          "izjavilo objavilo priopćilo izvijestilo potvrdilo javilo",
    "bs": "rekao rekla rekli izjavio izjavila izjavili objavio objavila objavili saopćio saopćila "
          "saopštio saopštila potvrdio potvrdila javio javila javili javlja izjavilo objavilo saopćilo saopštilo "
          "potvrdilo javilo",
    "sr": "rekao rekla rekli izjavio izjavila izjavili objavio objavila saopštio saopštila saopštili javio javila javlja "
          "potvrdio potvrdila рекао рекла рекли изјавио изјавила изјавили објавио објавила саопштио "
          "саопштила саопштили потврдио потврдила izjavilo objavilo saopštilo potvrdilo javilo изјавило "
          "објавило саопштило потврдило јавило јавио јавила",
    "sl": "dejal dejala dejali povedal povedala povedali sporočil sporočila sporočili izjavil izjavila izjavili "
          "poročal poročala poročali",
    "ru": "сообщил сообщила сообщило сообщили заявил заявила заявило заявили рассказал рассказала "
          "объявил объявила объявили подтвердил подтвердила подтвердили сказал сказала сказали",
    "uk": "повідомив повідомила повідомило повідомили заявив заявила заявили розповів розповіла "
          "підтвердив підтвердила сказав сказала сказали",
    "bg": "каза казаха заяви заявиха съобщи съобщиха обяви обявиха потвърди потвърдиха",
    "mk": "изјави изјавија рече рекоа соопшти соопштија објави објавија потврди",
    "el": "δήλωσε δήλωσαν ανακοίνωσε ανακοίνωσαν είπε είπαν ανέφερε ανέφεραν επιβεβαίωσε",
    "sq": "tha thanë deklaroi deklaruan njoftoi njoftuan konfirmoi",
    "hu": "mondta közölte jelentette bejelentette nyilatkozta megerősítette mondták közölték jelentették "
          "bejelentették nyilatkozták megerősítették",
    "fi": "sanoi sanoivat kertoi kertoivat ilmoitti ilmoittivat tiedotti tiedottivat vahvisti vahvistivat",
    "et": "teatas teatasid ütles ütlesid kinnitas kinnitasid",
    "lt": "sakė pranešė paskelbė pareiškė patvirtino",
    "lv": "sacīja paziņoja pavēstīja apstiprināja",
    "pl": "powiedział powiedziała powiedzieli powiedziały poinformował poinformowała poinformowało poinformowali "
          "poinformowały oświadczył oświadczyła oświadczyli oświadczyły ogłosił ogłosiła ogłosili ogłosiły przekazał "
          "przekazała przekazali przekazały podał podała podali podały potwierdził potwierdziła potwierdzili "
          "potwierdziło zaprzeczył zaprzeczyła zaprzeczyli",
    "cs": "řekl řekla uvedl uvedla uvedlo oznámil oznámila oznámilo informoval informovala sdělil sdělila potvrdil "
          "potvrdila potvrdilo potvrdili popřel popřela vyloučil vyloučila",
    "sk": "povedal povedala uviedol uviedla oznámil oznámila informoval informovala potvrdil potvrdila potvrdili",
    "sv": "sade sa meddelade uppgav uppger säger meddelar bekräftade förnekade avfärdade",
    "da": "sagde siger meddelte meddeler oplyste oplyser bekræftede afviste udelukkede benægtede",
    "nb": "sa sier meldte melder opplyste opplyser bekreftet avviste utelukket benektet",
    "tr": "açıkladı söyledi bildirdi duyurdu doğruladı belirtti ifade",
    # Catalan, Galician and Basque: "va confirmar dimarts que", "confirmou o martes que", "esan zuen astelehenean";
    # Catalan's by the infinitive or participle after "va", "ha", which tell every past ("La policia ha
    # detingut aquest dijous", "va tenir lloc dimarts")
    "ca": "dir digué afirmar confirmar anunciar informar explicar dit afirmat confirmat anunciat informat explicat",
    "gl": "dixo dixeron afirmou confirmou anunciou informou explicou sinalou",
    "eu": "esan adierazi baieztatu jakinarazi iragarri azaldu",
    # Indonesian and Malay close a report with the verb, its subject and the day after a
    # comma: "…, kata BNPB, Senin" (REPORT_COMMA)
    "id": "mengatakan menyatakan mengumumkan kata katanya ujar ujarnya tutur tuturnya ungkap ungkapnya",
    # Vietnamese writes a word a syllable: "cho biết" (said), "nói" (say)
    "vi": "biết nói báo",
    "ms": "berkata menyatakan mengumumkan kata katanya",
    # Swahili writes the subject's class on the verb: "shirika la maafa lilisema Jumatatu"
    # Somali "sheegay" (said), Yoruba "sọ" (said), Igbo "kwuru", Kinyarwanda "yavuze", "yatangaje"
    # (said, announced); not Hausa "ce", also the copula ("Litinin ce ranar …")
    "so": "sheegay", "yo": "sọ", "ig": "kwuru", "rw": "yavuze yatangaje",
    "sw": "alisema walisema lilisema ilisema yalisema ulisema amesema wamesema limesema imesema "
          "alitangaza walitangaza lilitangaza ilitangaza",
    # Thai writes no spaces: read from the text, with "เมื่อ" (on) before the day or not
    "th": "เปิดเผยเมื่อ แถลงเมื่อ กล่าวเมื่อ ระบุเมื่อ รายงานเมื่อ เผยเมื่อ ประกาศเมื่อ "
          "เปิดเผย แถลง กล่าว ระบุ รายงาน เผย ประกาศ",
    # South Asian languages put the verb after the date (REPORTED_AFTER)
    "hi": "कहा बताया घोषणा",
    "ur": "کہا بتایا اعلان",
    "pa": "ਕਿਹਾ ਦੱਸਿਆ ਐਲਾਨ",
    "bn": "বলেন বলেছেন জানান জানিয়েছেন জানিয়েছে ঘোষণা",
    "mr": "सांगितले म्हणाले जाहीर",
    "gu": "કહ્યું જણાવ્યું જાહેરાત",
    "ne": "बताए बताउनुभयो बताएका",
    "ta": "தெரிவித்தார் கூறினார் தெரிவித்தது அறிவித்தார் அறிவித்தது உறுதிப்படுத்தியது உறுதிப்படுத்தினார்",
    "te": "తెలిపారు చెప్పారు ప్రకటించారు ప్రకటించింది తెలిపింది",
    "si": "පැවසීය පැවසූහ",
    "kn": "ಹೇಳಿದರು ಹೇಳಿದ್ದಾರೆ ತಿಳಿಸಿದರು ತಿಳಿಸಿದ್ದಾರೆ ಘೋಷಿಸಿದರು ಘೋಷಿಸಿದೆ",
    "ml": "പറഞ്ഞു അറിയിച്ചു വ്യക്തമാക്കി പ്രഖ്യാപിച്ചു",
    # Chinese dates a count by "as of" written right before the day: "截至14日上午10时，地震已
    # 造成23人遇难" is the count's day, not the earthquake's
    "zh": "截至 截止", "yue": "截至 截止",
    # (and those written right after the day, REPORTED_AFTER_DAY)
    # Arabic writes the verb first, "and" on it, its subject between it and the date
    # (REPORT_REACH): "وقال وزير الداخلية يوم الأربعاء"; Hebrew "אמר ביום שלישי"
    "ar": "قال قالت قالوا أعلن أعلنت أعلنوا أكد أكدت أفاد أفادت ذكر ذكرت صرح صرحت أوضح أوضحت أعلنته "
          "وقال وقالت وقالوا وأعلن وأعلنت وأكد وأكدت وأفاد وأفادت وذكر وذكرت وصرح وأوضح وأوضحت",
    "he": "אמר אמרה אמרו הודיע הודיעה הודיעו מסר מסרה מסרו דיווח דיווחה דיווחו פרסם פרסמה אישר אישרה",
    # and the languages that put the verb last, after the date (REPORTED_AFTER)
    "fa": "گفت گفته اعلام افزود اظهار خبر گزارش",
    "ps": "وویل ویلي اعلان اعلام",
    "ckb": "ڕایگەیاند گوتی وتی",
    "az": "bildirib bildirdi deyib dedi açıqlayıb açıqladı məlumat",
    # Korean writes the day of saying right before its verb: "…발표한다고 14일 밝혔다"
    "ko": "밝혔다 말했다 전했다 덧붙였다 설명했다 발표했다 알렸다 보도했다 보도했습니다 밝혔습니다 전했습니다",
    # Zulu writes the subject's prefix on "said": "uthe ngoLwesibili" (he said on Tuesday)
    "zu": "uthe bathe ithe sithe lithe ushilo bashilo ishilo kusho",
    # Amharic, whose verb comes last: "ኮሚሽኑ ማክሰኞ አስታውቋል" (the commission announced on Tuesday)
    "am": "አስታውቋል አስታውቀዋል ገልጿል ገልጸዋል ተናግረዋል ተናግሯል",
}
# Verbs of saying written right after the day in Chinese ("国家气象局24日说，…", said on the
# 24th), and in Japanese the quotative and verb that end the sentence of a day set off by a
# comma ("気象庁は24日、…と発表した"): the day is the saying's. Not "issued", "announced"
# (发布, 宣布), which are the deed of an alert or a decision as often.
REPORTED_AFTER_DAY: dict[str, tuple[str, ...]] = {
    # (not 宣布, announced, whose day is often what it announces: "政府昨日宣布，全港學校停課一天")
    "zh": ("说", "說", "表示", "称", "稱", "指出", "透露", "介绍", "介紹", "通报", "通報", "证实", "證實", "确认", "確認",
           # and the press conference a day dates: "卫生部长13日举行记者会，证实…"
           "举行记者会", "舉行記者會", "召开记者会", "召開記者會", "举行新闻发布会", "舉行新聞發布會",
           "召开新闻发布会", "召開新聞發布會"),
    "ja": ("と発表した", "と述べた", "と明らかにした", "と話した", "と説明した", "と語った", "と発表しました"),
}

# Of those, the verbs that say what follows without a "that" and take no object of their own
# ("On Monday, the ministry said the rescue ended"; "announced the strike" tells a deed).
SAID: dict[str, str] = {"en": "said says told stated added"}

# Words of a subject that may stand between a verb of saying and the date of its act,
# besides the word for "day" before a weekday, where the verb comes first (Arabic
# "قال وزير الداخلية يوم الأربعاء").
REPORT_REACH: dict[str, int] = {"ar": 3, "id": 4, "ms": 4,
                                # where the verb comes after the date, its subject and a
                                # postposition between: "সোমবার দুর্যোগ সংস্থা জানিয়েছে",
                                # "सोमवार को आपदा एजेंसी ने बताया"
                                "hi": 3, "ur": 3, "pa": 3, "bn": 3, "mr": 3, "gu": 3, "ne": 3}
# Words for a part of the day that may stand between a verb of saying and the date of its
# act, not counted in its reach: "the governor told reporters late on Tuesday", "early on
# Tuesday", "in the early hours of Tuesday", "on the evening of Tuesday", French "a déclaré
# le gouverneur tard mardi", "dans la soirée de mardi", Spanish "dijo el gobernador la noche
# del martes", "a última hora del martes", Portuguese "disse o governador na noite de
# terça-feira", Italian "ha detto il governatore in tarda serata martedì", Dutch "zei de
# gouverneur laat op dinsdag", German "sagte er am späten Dienstag".
REPORT_DAY_PARTS: dict[str, str] = {
    "en": "late early later earlier morning afternoon evening night hours midday",
    "fr": "tard tôt matin matinée après-midi soir soirée nuit journée",
    "es": "mañana tarde noche madrugada última hora",
    "pt": "manhã tarde noite madrugada",
    "it": "mattina mattinata pomeriggio sera serata notte nottata tarda tardo",
    "ca": "matí tarda vespre nit",
    "de": "späten frühen morgens abends nachts",
    "nl": "laat vroeg ochtend middag avond nacht",
}
# Languages that write a comma between the subject of a verb of saying and the date of its
# act, which closes the sentence: Indonesian "…, kata BNPB, Senin (23/11)."
REPORT_COMMA = frozenset({"id", "ms"})
# Languages whose verb of saying follows the date of its act ("मंत्रालय ने गुरुवार को
# बताया"): one before a date is another clause's ("बताया कि भूकंप बुधवार को आया").
REPORTED_AFTER = frozenset({"hi", "ur", "pa", "bn", "mr", "gu", "ne", "ta", "te", "si", "kn", "ml", "fa", "ps",
                            "ckb", "az", "ko", "am"})
