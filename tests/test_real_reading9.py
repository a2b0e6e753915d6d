"""Reports as the wire writes them, one sentence or a few at a time: Tagalog numbers in
words, the moment restated in universal time, months without their day, and what reading
more of the news showed."""

from __future__ import annotations

import datetime as dt

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, verdict_on

from checker.facts.dates import find_dates
from checker.facts.numbers import find_numbers

PUBLISHED = dt.date(2026, 11, 27)


@pytest.mark.parametrize("text, value", [
    ("Tatlumpu't pitong katao ang nasawi sa baha.", 37),  # "'t", the "at" (and) of tens and units
    ("Dalawampu't limang bahay ang nasira.", 25),
    ("Isang daan at dalawampu't lima ang nasawi.", 125),  # "isang daan": a hundred
    ("Limang daang katao ang lumikas.", 500),  # the linker on the hundreds before a noun
    ("Apat na raang pamilya ang lumikas.", 400),
    ("Apatnaraang pamilya ang lumikas.", 400),  # the hundreds as one word
    ("Isang libo't dalawang daan ang lumikas.", 1200),
], ids=["37", "25", "125", "500", "400", "400-one-word", "1200"])
def test_tagalog_numbers_in_words_are_read_whole(text: str, value: int) -> None:
    [number] = find_numbers(text, "tl")
    assert number.value.min == number.value.max == value


@pytest.mark.parametrize("text, values", [
    ("Nasa daan ang 5 sasakyan.", [5.0]),
    ("Isang bata ang nasawi sa baha.", []),
], ids=["daan-road", "isang-a"])
def test_tagalog_words_that_are_also_numbers_are_no_numbers_alone(text: str, values: list[float]) -> None:
    """"daan" is also "road", "isang" also "a": alone they count nothing."""
    assert [n.value.min for n in find_numbers(text, "tl")] == values


def test_a_tagalog_toll_in_words_agrees_and_contradicts() -> None:
    rules = number_rule("dead", "37", "nasawi")
    assert verdict_on("dead", "tl", "2026-11-27", "Tatlumpu't pitong katao ang nasawi sa baha.", rules) == "agrees"
    assert verdict_on("dead", "tl", "2026-11-27", "Tatlumpu't limang katao ang nasawi sa baha.",
                      rules) == "contradicts"


@pytest.mark.parametrize("text", [
    "The earthquake struck at 4:10 a.m. local time on Friday (2110 GMT on Thursday), officials said.",
    "The earthquake struck on Friday at 4:10 a.m. local time (2110 GMT Thursday).",
    "The earthquake struck at 4:10 a.m. on Friday (21:10 UTC on Thursday).",
], ids=["gmt-on", "gmt", "utc"])
def test_a_bracket_restating_the_moment_in_universal_time_gives_no_second_day(text: str) -> None:
    """The wire gives the local time and, in brackets, the same moment in GMT, often on the
    day before: one moment, on the local day."""
    rules = date_rule("quake", "2026-11-27", "earthquake", "struck")
    assert verdict_on("quake", "en", "2026-11-27", text, rules) == "agrees"
    assert [m.value.weekday for m in find_dates(text, "en", PUBLISHED)] == [5]


def test_a_weekday_in_other_brackets_is_still_read() -> None:
    [friday, thursday] = find_dates("The quake struck on Friday (a rehearsal was held on Thursday).", "en", PUBLISHED)
    assert (friday.value.weekday, thursday.value.weekday) == (5, 4)


@pytest.mark.parametrize("language, text, year, month, day", [
    ("lt", "Vyriausybė paskelbė sprendimą 2025 metų gruodį.", 2025, 12, None),  # "metų" (of the year) for "m."
    ("lt", "Sprendimas priimtas 2025 metų gruodžio 3 d.", 2025, 12, 3),  # was read as the coming 3 December
    ("el", "Η κυβέρνηση ανακοίνωσε τον Οκτώβριο του 2025 ότι θα αποσυρθεί.", 2025, 10, None),  # the accusative
    ("el", "Τον Μάιο του 2024 η κυβέρνηση ανακοίνωσε τις εκλογές.", 2024, 5, None),
], ids=["lt-month", "lt-day", "el-october", "el-may"])
def test_a_month_with_its_year_spelt_out(language: str, text: str, year: int, month: int, day: int | None) -> None:
    [mention] = find_dates(text, language, PUBLISHED)
    assert (mention.value.year, mention.value.month, mention.value.day) == (year, month, day)


def test_a_greek_month_in_the_accusative_takes_no_day_after_it() -> None:
    """"τον Οκτώβριο 13 άτομα": the month alone, then a count of people."""
    assert all(m.value.day is None for m in find_dates("Τον Οκτώβριο 13 άτομα τραυματίστηκαν.", "el", PUBLISHED))


@pytest.mark.parametrize("text, day", [
    ("Riigipead kohtuvad neljapäeval Tallinnas.", "2026-11-26"),  # the present: will meet
    ("Peaminister kohtub neljapäeval Tallinnas presidendiga.", "2026-11-26"),
    ("Valimised peetakse pühapäeval.", "2026-11-29"),  # the impersonal present: are held
    ("Valimised peeti pühapäeval.", "2026-11-22"),  # its past
    ("Riigipead kohtusid neljapäeval Tallinnas.", "2026-11-19"),
    ("Tugevad tuuled puhusid neljapäeval Tallinnas.", "2026-11-19"),  # "tugevad", an adjective
    ("Jakob Tamm kohtus neljapäeval Tallinnas.", "2026-11-19"),  # a name in -b
], ids=["3pl", "3sg", "impersonal", "impersonal-past", "past", "adjective", "name"])
def test_the_estonian_present_schedules_a_weekday(text: str, day: str) -> None:
    """Estonian has no future tense: a report of what is planned writes the present."""
    rules = date_rule("d", day, "kohtuvad", "kohtub", "kohtusid", "kohtus", "valimised", "tuuled")
    assert verdict_on("d", "et", "2026-11-24", text, rules) == "agrees"


def test_what_an_arabic_agreement_stipulates_for_a_weekday_is_to_come() -> None:
    rules = date_rule("swap", "2026-11-28", "تبادل")
    assert verdict_on("swap", "ar", "2026-11-24", "ينص الاتفاق على تبادل الأسرى يوم السبت.", rules) == "agrees"


@pytest.mark.parametrize("text", ["ಮತದಾನ ಶೇ 61ರಷ್ಟು ದಾಖಲಾಗಿದೆ.", "ಮತದಾನ ಶೇ.61ರಷ್ಟು ದಾಖಲಾಗಿದೆ.", "ಶೇಕಡಾ 61ರಷ್ಟು ಮತದಾನ ದಾಖಲಾಗಿದೆ."],
                         ids=["she", "she-dot", "shekada"])
def test_kannada_writes_per_cent_before_the_figure(text: str) -> None:
    [number] = find_numbers(text, "kn")
    assert (number.value.min, number.value.unit) == (61.0, "percent")


@pytest.mark.parametrize("language, text, verdict", [
    ("en", "The central bank raised its key rate from 4.25% to 5% on Wednesday.", "contradicts"),
    ("en", "The central bank raised its key rate from 4.25% to 4.75% on Wednesday.", "agrees"),
    ("en", "The bank cut its key rate to 4.75% from 5%.", "agrees"),
    ("en", "The key rate will stay between 4.5% and 5%.", "agrees"),  # a range still
    ("sv", "Riksbanken höjde styrräntan från 4,25 till 5 procent.", "contradicts"),
    ("sv", "Riksbanken höjde styrräntan från 4,25 till 4,75 procent.", "agrees"),
    ("da", "Nationalbanken hævede renten fra 4,25 til 4,75 procent.", "agrees"),
    ("nb", "Norges Bank hevet renten fra 4,25 til 4,75 prosent.", "agrees"),
    ("de", "Die Notenbank hat den Leitzins von 4,25 auf 4,75 Prozent angehoben.", "agrees"),
], ids=["en-wrong", "en", "en-cut", "en-range", "sv-wrong", "sv", "da", "nb", "de"])
def test_from_and_to_of_a_change_made_are_no_range(language: str, text: str, verdict: str) -> None:
    """"raised the rate from 4.25% to 5%" sets the rate at 5%: read as a range of 4.25–5%
    it agreed with 4.75%."""
    rules = number_rule("rate", "4.75", "key rate", "styrräntan", "renten", "Leitzins", unit="percent")
    assert verdict_on("rate", language, "2026-11-26", text, rules) == verdict


@pytest.mark.parametrize("language, text, rules, rule", [
    # the Hebrew "גזר" (sentenced) of one rule for all languages, and the Persian "کشور" (country)
    ("fa", "این کشور روز دوشنبه عزای عمومی اعلام کرد.", date_rule("verdict", "2026-11-24", "גזר", "محکوم"),
     "verdict"),
    ("he", "במקום השלישי ביום שני הגיעה נבחרת צרפת.", date_rule("verdict", "2026-11-24", "גזר", "محکوم"), "verdict"),
    ("ar", "وقال رجال الأعمال يوم الاثنين إنهم سيستثمرون 410 ملايين يورو.",
     number_rule("embezzled", "37400000", "מעל", "اختلس", unit="EUR"), "embezzled"),
    # the Vietnamese "tù" (prison) and the Greek "του" (his)
    ("el", "Η θητεία του στο υπουργείο διήρκεσε 5 έτη.", number_rule("prison", "9", "tù", "φυλάκιση", unit="year"),
     "prison"),
    # the Arabic "الثاني" (the second) has the consonant classes of "الطعن" (the appeal), th as t
    ("ar", "عقدت الجلسة في 24 تشرين الثاني 2026.", date_rule("appeal", "2027-03-09", "الطعن"), "appeal"),
], ids=["fa-hebrew-anchor", "he-persian-anchor", "ar-hebrew-anchor", "el-vietnamese-anchor", "ar-th-t"])
def test_a_word_of_one_script_stands_for_no_common_word_of_another(language: str, text: str, rules: str,
                                                                   rule: str) -> None:
    """One `about` list holds every language's words; a word of another script shares the
    folded letters of one of them only by chance."""
    assert verdict_on(rule, language, "2026-11-25", text, rules) == "silent"


@pytest.mark.parametrize("language, text, rules", [
    ("ru", "Переговоры прошли на космодроме Байконур.", entity_rule("site", "Baikonur", "Plesetsk", "cosmodrome")),
    ("ru", "Путин прибыл на космодром.", entity_rule("who", "Putin", "Biden", "космодром")),
], ids=["loan", "name"])
def test_names_and_long_loans_are_still_read_across_scripts(language: str, text: str, rules: str) -> None:
    rule = rules.split("id: ")[1].split(",")[0]
    assert verdict_on(rule, language, "2026-11-25", text, rules) == "agrees"


def test_a_short_word_of_another_script_is_no_longer_latin_word() -> None:
    """The agency "ТАСС" folds to "tass", the first letters of the Italian "tassi" (rates)."""
    rules = number_rule("rate", "4.75", "tassi", "ставка", unit="percent")
    assert verdict_on("rate", "ru", "2026-11-25", "Об этом сообщает ТАСС, 6,1% в октябре.", rules) == "silent"


def test_a_short_common_word_in_latin_letters_is_not_read_by_its_sound_in_thai() -> None:
    """The Hausa "mutu" (die), of a rule for all languages, sounds as syllables of the Thai
    name of the meteorological department: only names and long words are read so."""
    rules = number_rule("dead", "143", "เสียชีวิต", "mutu")
    text = "เขื่อนแห่งนี้สร้างแล้วเสร็จเมื่อปี 2530 กรมอุตุนิยมวิทยาระบุว่ามีฝนตกสะสมถึง 312 มิลลิเมตร"
    assert verdict_on("dead", "th", "2026-11-22", text, rules) == "silent"
    assert verdict_on("dead", "th", "2026-11-22", "มีผู้เสียชีวิต 143 ราย", rules) == "agrees"


@pytest.mark.parametrize("language, text, value, unit", [
    ("tr", "Haldarov ihaleden 37,4 milyon avroyu zimmetine geçirdi.", 37_400_000, "EUR"),  # the accusative
    ("tr", "Projenin 410 milyon avronun üzerinde olduğu açıklandı.", 410_000_000, "EUR"),  # the genitive
    ("tr", "Hükümet 5 milyar dolara yakın bir paket açıkladı.", 5_000_000_000, "USD"),  # the dative
    ("he", "השר לשעבר נידון לתשע שנות מאסר.", 9, "year"),  # "to" (ל) on the number
    ("he", "על השר הוטל קנס של 1.5 מיליון יורו.", 1_500_000, "EUR"),  # the press's spelling of the euro
    ("el", "Ο πρώην υπουργός καταδικάστηκε σε κάθειρξη εννέα ετών.", 9, "year"),  # years in the genitive
    ("el", "Ο πρώην υπουργός καταδικάστηκε σε 9 χρόνια φυλάκιση.", 9, "year"),
    ("hu", "A bíróság tizenkét év börtönre ítélte.", 12, "year"),  # two before its noun
    ("hu", "A bíróság két év börtönre ítélte.", 2, "year"),
], ids=["tr-accusative", "tr-genitive", "tr-dative", "he-lamed", "he-euro", "el-eton", "el-chronia",
        "hu-tizenket", "hu-ket"])
def test_figures_with_the_endings_and_spellings_of_news(language: str, text: str, value: float, unit: str) -> None:
    [number] = [n for n in find_numbers(text, language) if n.value.unit == unit]
    assert number.value.min == number.value.max == value


def test_a_turkish_word_that_begins_with_a_currency_is_no_currency() -> None:
    assert [(n.value.min, n.value.unit) for n in find_numbers("27 Avrupa ülkesi katıldı.", "tr")] == [(27.0, None)]


@pytest.mark.parametrize("text, verdict", [
    ("Суд засудив колишнього міністра до 9 років позбавлення волі.", "agrees"),
    ("Суд засудив колишнього міністра до 12 років позбавлення волі.", "contradicts"),  # was "up to 12": agreed
], ids=["agrees", "contradicts"])
def test_ukrainian_sentenced_to_is_no_bound(text: str, verdict: str) -> None:
    rules = number_rule("prison", "9", "засудив", unit="year")
    assert verdict_on("prison", "uk", "2026-11-25", text, rules) == verdict


@pytest.mark.parametrize("language, text", [
    ("bg", "Съдът осъди бившия министър на 9 години затвор. Прокуратурата беше поискала 12 години."),
    ("he", "השר לשעבר נידון ל-9 שנות מאסר. התביעה ביקשה 12 שנות מאסר."),
    ("ro", "Fostul ministru a fost condamnat la 9 ani de închisoare. Procurorii ceruseră 12 ani."),
    ("sr", "Бивши министар осуђен је на 9 година затвора. Тужилаштво је тражило 12 година."),
], ids=["bg", "he", "ro", "sr"])
def test_what_the_prosecution_had_asked_for_is_no_sentence(language: str, text: str) -> None:
    rules = number_rule("prison", "9", "осъди", "נידון", "condamnat", "осуђен", "Прокуратурата", "התביעה",
                        "Procurorii", "Тужилаштво", unit="year")
    assert verdict_on("prison", language, "2026-11-25", text, rules) == "agrees"


@pytest.mark.parametrize("text, verdict", [
    ("De inflatie daalde in twintig maanden naar 3 procent; de rente werd woensdag verhoogd.", "agrees"),
    ("De rente werd op maandag verhoogd.", "contradicts"),
], ids=["maanden", "maandag"])
def test_dutch_months_are_no_monday(text: str, verdict: str) -> None:
    """"maanden" (months) shares all but two letters with "maandag": a Germanic weekday's
    "day" never changes."""
    rules = date_rule("hike", "2026-11-25", "rente", "inflatie")
    assert verdict_on("hike", "nl", "2026-11-26", text, rules) == verdict


@pytest.mark.parametrize("text, rules, verdict", [
    ("10월 소비자물가 상승률은 전년 동월 대비 6.1%로 집계됐다.", number_rule("old", "4.25", "종전", unit="percent"), "silent"),
    ("종전의 4.25%에서 인상했다.", number_rule("old", "4.25", "종전", unit="percent"), "agrees"),  # with a particle
    ("그는 인생의 목표를 밝혔다.", phrase_rule("old", "금리를 인상했다"), "silent"),
    ("한국은행은 금리를 인상했다.", phrase_rule("old", "금리를 인상했다"), "agrees"),
], ids=["jeonnyeon-jongjeon", "particle", "insaeng-insang", "insang"])
def test_a_korean_word_of_two_syllables_is_not_read_by_its_likeness(text: str, rules: str, verdict: str) -> None:
    """Two Hangul syllables romanise to as many letters as a long word, but a changed
    vowel makes another word: "전년" (the year before) is no "종전" (previous), "인생"
    (life) no "인상" (a rise)."""
    assert verdict_on("old", "ko", "2026-11-26", text, rules) == verdict


HIKE = "- {id: hike, check: phrase, expect: [\"the bank raised rates\"], contradicted_by: [\"the bank cut rates\"]}\n"


@pytest.mark.parametrize("text, verdict", [
    ("The bank cut rates three times in 2023.", "silent"),
    ("The bank raised rates on Wednesday. The bank cut rates three times in 2023.", "agrees"),
    ("The bank, which cut rates in 2023, raised rates on Wednesday.", "agrees"),
    ("The bank cut rates on Wednesday.", "contradicts"),
], ids=["old-alone", "old-beside", "old-and-recent", "recent"])
def test_a_phrasing_stated_of_a_year_long_before_is_another_times(text: str, verdict: str) -> None:
    assert verdict_on("hike", "en", "2026-11-26", text, HIKE) == verdict


@pytest.mark.parametrize("language, text, value", [
    ("am", "38 ሺህ 500 ሰዎች ደግሞ ከቀያቸው ተፈናቅለዋል።", 38_500),  # was 500: the last part counts the noun
    ("am", "መንግሥት 2 ሚሊዮን 500 ሺህ ብር መድቧል።", 2_500_000),
    ("ru", "Ущерб составил 1 млн 200 тыс. рублей.", 1_200_000),
    ("uk", "Евакуювали 38 тисяч 500 осіб.", 38_500),
], ids=["am", "am-million", "ru", "uk"])
def test_a_figure_written_in_parts_is_one_figure(language: str, text: str, value: int) -> None:
    [number] = find_numbers(text, language)
    assert number.value.min == number.value.max == value


def test_parts_apart_by_a_comma_are_two_figures() -> None:
    assert [n.value.min for n in find_numbers("38 тысяч, 500 человек", "ru")] == [38_000, 500]


@pytest.mark.parametrize("text, verdict", [
    ("መንግሥት የአስቸኳይ ጊዜ አዋጅ አወጀ።", "agrees"),
    ("መንግሥት የአስቸኳይ ጊዜ አዋጅ አላወጀም።", "contradicts"),  # አል- on አወጀ is አላ-: was read as stated
    ("መንግሥት እስካሁን የአስቸኳይ ጊዜ አዋጅ አላወጀም።", "contradicts"),
], ids=["stated", "denied", "not-yet"])
def test_amharic_negation_fused_with_the_verbs_first_vowel(text: str, verdict: str) -> None:
    rules = phrase_rule("declared", "መንግሥት የአስቸኳይ ጊዜ አዋጅ አወጀ")
    assert verdict_on("declared", "am", "2026-11-24", text, rules) == verdict


@pytest.mark.parametrize("text, day", [
    ("ڈیم ہفتے کی صبح سویرے ٹوٹ گیا۔", "2026-11-21"),  # "گیا" (went) folds as the future's "گی"
    ("کابینہ ہفتے کو اجلاس کرے گی۔", "2026-11-28"),
    ("اجلاس ہفتے کو ہو گا۔", "2026-11-28"),
], ids=["gaya-past", "gi-future", "ga-future"])
def test_urdu_past_auxiliary_is_no_future(text: str, day: str) -> None:
    rules = date_rule("d", day, "اجلاس", "ٹوٹ")
    assert verdict_on("d", "ur", "2026-11-25", text, rules) == "agrees"


GOVERNOR = entity_rule("gov", "Stefan Halvorsen", "Marta Lindqvist", "governor", "gouverneur", "Gouverneur")


@pytest.mark.parametrize("language, text, verdict", [
    ("en", "Governor Stefan Halvorsen defended the rise. Deputy Governor Marta Lindqvist voted against.", "agrees"),
    ("fr", "Le gouverneur Stefan Halvorsen a défendu la hausse. La vice-gouverneure Marta Lindqvist a voté contre.",
     "agrees"),
    ("de", "Gouverneur Stefan Halvorsen verteidigte den Schritt. Die stellvertretende Gouverneurin Marta Lindqvist "
           "stimmte dagegen.", "agrees"),
    ("en", "Deputy Governor Marta Lindqvist voted against.", "silent"),
    ("en", "Governor Marta Lindqvist defended the rise.", "contradicts"),
], ids=["en", "fr-hyphen", "de", "deputy-alone", "governor"])
def test_a_deputy_is_another_person_than_the_title_names(language: str, text: str, verdict: str) -> None:
    assert verdict_on("gov", language, "2026-11-26", text, GOVERNOR) == verdict


@pytest.mark.parametrize("language, text", [
    ("de", "Die Notenbank hob den Leitzins auf 4,75 Prozent an. Der bisherige Leitzins lag bei 4,25 Prozent."),
    ("ru", "Банк повысил ставку до 4,75%. Прежняя ставка составляла 4,25%."),
    ("sv", "Riksbanken höjde styrräntan till 4,75 procent. Den tidigare styrräntan var 4,25 procent."),
], ids=["de-bisherige", "ru-prezhnyaya", "sv-tidigare"])
def test_a_previous_rate_is_no_rate_of_now(language: str, text: str) -> None:
    rules = number_rule("rate", "4.75", "Leitzins", "ставку", "ставка", "styrräntan", unit="percent")
    assert verdict_on("rate", language, "2026-11-26", text, rules) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("ta", "நேற்று அணை உடைந்ததில் 143 பேர் உயிரிழந்தனர். 2019-இல் நடந்த வெள்ளத்தில் 97 பேர் உயிரிழந்தனர்."),
    ("te", "శనివారం ఆనకట్ట తెగిపోవడంతో 143 మంది మృతి చెందారు. 2019లో వచ్చిన వరదల్లో 97 మంది మృతి చెందారు."),
    ("ne", "शनिबार बाँध फुटेर 143 जनाको मृत्यु भयो। सन् २०१९ मा आएको बाढीमा 97 जनाको मृत्यु भएको थियो।"),
], ids=["ta", "te", "ne"])
def test_an_earlier_flood_dated_by_its_year_in_the_languages_of_india(language: str, text: str) -> None:
    """"In 2019" with "in" written on the year or after it: that flood's dead are not this one's."""
    rules = number_rule("dead", "143", "உயிரிழந்தனர்", "మృతి", "मृत्यु")
    assert verdict_on("dead", language, "2026-11-23", text, rules) == "agrees"


@pytest.mark.parametrize("language, text, value, unit", [
    ("ms", "Kerajaan menjanjikan AS$45 juta untuk mangsa banjir.", 45_000_000, "USD"),  # Amerika Syarikat
    ("so", "Dowladdu waxay ballanqaaday 45 milyan oo doollar.", 45_000_000, "USD"),  # "oo" joins noun to figure
], ids=["ms-AS$", "so-oo"])
def test_money_as_the_local_press_writes_it(language: str, text: str, value: float, unit: str) -> None:
    [number] = find_numbers(text, language)
    assert (number.value.min, number.value.unit) == (value, unit)


def test_khmer_while_parts_two_figures_clauses() -> None:
    rules = number_rule("pledge", "45000000", "សន្យា", unit="USD")
    text = ("ធនាគារពិភពលោកបានសន្យាផ្ដល់ជំនួយចំនួន ៤៥ លានដុល្លារ ខណៈមូលនិធិរបស់អង្គការសហប្រជាជាតិបានបញ្ចេញថវិកា"
            " ៣ លានដុល្លារ។")
    assert verdict_on("pledge", "km", "2026-11-23", text, rules) == "agrees"


@pytest.mark.parametrize("text, verdict", [
    ("มีผู้เสียชีวิต 143 ราย และสูญหายอีก 61 ราย", "agrees"),  # "and" between the dead and the missing
    ("เขื่อนแตกในเซมบารา ดับแล้ว 143 ราย สูญหายอีก 61", "agrees"),  # a space between Thai words parts clauses
    ("ยังมีผู้สูญหายอีก 61 ราย", "agrees"),
    ("มีผู้เสียชีวิต 143 ราย และสูญหายอีก 16 ราย", "contradicts"),
], ids=["and", "space", "alone", "wrong"])
def test_a_thai_count_before_and_or_a_space_is_another_clauses(text: str, verdict: str) -> None:
    rules = number_rule("missing", "61", "สูญหาย")
    assert verdict_on("missing", "th", "2026-11-23", text, rules) == verdict


@pytest.mark.parametrize("language, text", [
    ("bg", "Във вторник съдът осъди бившия министър на 9 години затвор. През 2019 г. бившата министърка Дана Ивел "
           "беше осъдена на 5 години затвор."),
    ("hu", "Kedden kilenc év börtönre ítélték a volt minisztert. 2019-ben Dana Ivel volt minisztert öt év börtönre "
           "ítélték."),
], ids=["bg-prez-g", "hu-ben"])
def test_an_earlier_sentence_dated_by_its_year_in_bulgarian_and_hungarian(language: str, text: str) -> None:
    rules = number_rule("prison", "9", "затвор", "börtönre", unit="year")
    assert verdict_on("prison", language, "2026-11-25", text, rules) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("en", "Inflation rose to 6.1% in October. The bank expects inflation to average 5.2% next year."),
    ("de", "Die Inflation stieg im Oktober auf 6,1 Prozent. Die Notenbank erwartet eine Inflation von 5,2 Prozent."),
    ("ko", "10월 물가 상승률은 6.1%였다. 중앙은행은 내년 평균 물가 상승률을 5.2%로 예상했다."),
], ids=["en", "de", "ko"])
def test_a_figure_foreseen_gives_way_to_the_one_stated(language: str, text: str) -> None:
    rules = number_rule("inflation", "6.1", "inflation", "Inflation", "물가 상승률", unit="percent")
    assert verdict_on("inflation", language, "2026-11-25", text, rules) == "agrees"


@pytest.mark.parametrize("language, text, rules", [
    # "नदी" (river) in "नदीमा" (in the river): its short key "ndi" met it only exactly
    ("ne", "बाँध सेल्वानी नदीमा भत्कियो।", entity_rule("named", "Selvani", "Kalvari", "नदी")),
    # names with the vowel their consonants carry: "tmporo", "tmboro" met no "Tamboro"
    ("ta", "தம்போரோ அணை உடைந்தது.", entity_rule("named", "Tamboro", "Kalvari", "அணை")),
    ("hi", "तम्बोरो बांध टूट गया।", entity_rule("named", "Tamboro", "Kalvari", "बांध")),
], ids=["ne-river", "ta-name", "hi-name"])
def test_names_and_short_words_in_the_scripts_of_india(language: str, text: str, rules: str) -> None:
    assert verdict_on("named", language, "2026-11-23", text, rules) == "agrees"


@pytest.mark.parametrize("language, text, phrasing", [
    ("de", "Die Regierungspartei verlor damit ihre absolute Mehrheit, die sie im Oktober 2022 errungen hatte.",
     "Die Regierungspartei verlor ihre absolute Mehrheit"),
    ("el", "Το κυβερνών κόμμα, που βρίσκεται στην εξουσία από το 2018, έχασε την απόλυτη πλειοψηφία.",
     "Το κυβερνών κόμμα έχασε την απόλυτη πλειοψηφία"),
    ("it", "Il partito di governo ha perso la maggioranza assoluta che deteneva dal voto del 9 ottobre 2022.",
     "Il partito di governo ha perso la maggioranza assoluta"),
], ids=["de-relative", "el-since", "it-che"])
def test_an_old_year_in_another_clause_dates_no_deed(language: str, text: str, phrasing: str) -> None:
    """The year of a relative clause or of "since" is not the time of the deed the main
    clause tells."""
    assert verdict_on("p", language, "2026-11-25", text, phrase_rule("p", phrasing)) == "agrees"


@pytest.mark.parametrize("text", ["In 2023, the bank cut rates three times.", "In March 2023, the bank cut rates."],
                         ids=["year", "month-year"])
def test_an_old_time_fronted_before_a_comma_dates_the_deed(text: str) -> None:
    assert verdict_on("hike", "en", "2026-11-26", text, HIKE) == "silent"


@pytest.mark.parametrize("language, text, year", [
    ("sv", "Presidentvalet 2024 avgjordes först i en andra omgång den 14 april.", 2024),
    ("cs", "V prezidentských volbách v roce 2024 rozhodlo až druhé kolo 14. dubna.", 2024),
    ("en", "In 2024, the vote took place on April 14.", 2024),
    ("en", "The 2000 people were evacuated on October 14.", 2026),  # a count, no year
    ("en", "Since 2020 the ceasefire held; on October 14 fighting resumed.", 2026),  # a start
    ("ro", "Întâlnirea din 13 septembrie este prima de la o călătorie la Vladivostok în 2019.", 2026),  # after it
], ids=["sv", "cs", "en", "count", "since", "after"])
def test_a_day_and_month_without_their_year(language: str, text: str, year: int) -> None:
    """Read in the one earlier year the sentence names before them, else the nearest."""
    [mention] = find_dates(text, language, dt.date(2026, 11, 25))
    assert mention.value.year == year


def test_a_promise_of_a_day_to_come_is_another_event() -> None:
    rules = date_rule("rel", "2026-11-24", "freed", "free")
    text = "The group freed 11 sailors on Tuesday. It has promised to free the remaining four on December 8."
    assert verdict_on("rel", "en", "2026-11-25", text, rules) == "agrees"


@pytest.mark.parametrize("language, text, value, unit", [
    ("ja", "組織に2000万ドルの身代金が支払われたと報じた。", 20_000_000, "USD"),  # the press's plain ドル
    ("so", "Tallaalku wuxuu leeyahay boqolkiiba 78 waxtar.", 78, "percent"),
    ("rw", "Urukingo rukora ku kigero cya 78 ku ijana.", 78, "percent"),
    ("sw", "Kila dozi itauzwa kwa Dola 4.", 4, "USD"),  # the dollar named before the figure
    ("ha", "Za a sayar da kowace allura kan dala 4.", 4, "USD"),
], ids=["ja-doru", "so-boqolkiiba", "rw-ku-ijana", "sw-dola", "ha-dala"])
def test_money_and_per_cent_of_more_newsrooms(language: str, text: str, value: float, unit: str) -> None:
    [number] = find_numbers(text, language)
    assert (number.value.min, number.value.unit) == (value, unit)


@pytest.mark.parametrize("language, text, month, day", [
    ("ha", "Hukumar ta amince da allurar ranar 20 ga watan Nuwamba 2026.", 11, 20),  # "of the month of"
    ("hi", "टीकाकरण 1 फरवरी 2027 से शुरू होगा।", 2, 1),  # February without the dot under its f
], ids=["ha-watan", "hi-farvari"])
def test_dates_as_more_newsrooms_write_them(language: str, text: str, month: int, day: int) -> None:
    [mention] = find_dates(text, language, dt.date(2026, 11, 25))
    assert (mention.value.month, mention.value.day) == (month, day)


@pytest.mark.parametrize("language, text, phrasing", [
    ("ha", "Hukumar za ta amince da allurar a mako mai zuwa.", "hukumar ta amince da allurar"),
    ("yo", "Ajọ náà yóò fọwọ́ sí abẹ́rẹ́ àjẹsára náà lọ́sẹ̀ tó ń bọ̀.", "ajọ náà fọwọ́ sí abẹ́rẹ́ àjẹsára náà"),
], ids=["ha-za", "yo-yoo"])
def test_a_deed_still_to_come_is_no_deed_in_hausa_and_yoruba(language: str, text: str, phrasing: str) -> None:
    assert verdict_on("p", language, "2026-11-25", text, phrase_rule("p", phrasing)) == "silent"


@pytest.mark.parametrize("language, text", [
    ("he", "הקבוצה שחררה ביום שלישי 11 ימאים. קודם לכן, ב-9 ביולי, שוחררו שלושה."),
    ("ka", "ჯგუფმა სამშაბათს 11 მეზღვაური გაათავისუფლა. მანამდე, 9 ივლისს, სამი გაათავისუფლეს."),
    ("kk", "Топ сейсенбіде 11 теңізшіні босатты. Бұған дейін, 9 шілдеде, үшеуі босатылған."),
], ids=["he", "ka", "kk"])
def test_an_earlier_release_gives_way_to_the_one_reported(language: str, text: str) -> None:
    rules = date_rule("rel", "2026-11-24", "שחררה", "שוחררו", "გაათავისუფლა", "გაათავისუფლეს", "босатты", "босатылған")
    assert verdict_on("rel", language, "2026-11-25", text, rules) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("ko", "석방된 선원 중에는 한국인 선장 박모(56)씨도 포함됐다."),
    ("de", "Unter den Freigelassenen ist auch Kapitän Thomas Müller (56)."),
    ("ja", "解放された船員には山田太郎さん(45)も含まれる。"),
], ids=["ko", "de", "ja"])
def test_an_age_in_brackets_after_a_name_is_no_count(language: str, text: str) -> None:
    rules = number_rule("freed", "11", "석방된", "Freigelassenen", "解放")
    assert verdict_on("freed", language, "2026-11-25", text, rules) == "silent"


@pytest.mark.parametrize("language, text", [
    ("de", "Das neue Parlament tritt am Montag, den 14. Dezember, zum ersten Mal zusammen."),
    ("sv", "Den nya riksdagen samlas måndagen den 14 december."),
], ids=["de", "sv"])
def test_a_weekday_and_its_date_joined_by_an_article_are_one_day(language: str, text: str) -> None:
    rules = date_rule("convene", "2026-12-14", "Parlament", "riksdagen")
    assert verdict_on("convene", language, "2026-11-25", text, rules) == "agrees"


@pytest.mark.parametrize("language, text, verdict", [
    ("en", "In 2023 the disease killed many children.", "silent"),  # a year, not 2,023 children
    ("bn", "২০২৩ সালে রোগটি অনেক শিশুর মৃত্যু ঘটায়।", "silent"),
    ("en", "The disease killed 2000 children.", "contradicts"),  # a count
], ids=["en-in-year", "bn-sale", "en-count"])
def test_a_year_that_opens_its_clause_is_no_count(language: str, text: str, verdict: str) -> None:
    rules = number_rule("kids", "12400", "children", "শিশুর")
    assert verdict_on("kids", language, "2026-11-25", text, rules) == verdict


def test_an_arabic_preposition_is_no_name_an_ayin_begins() -> None:
    """"من" (from) folds to "mn", "عمان" (Oman) to "`mn": the ayin is a letter, not a mark."""
    rules = entity_rule("mediator", "Oman", "Qatar", "بوساطة")
    text = "أفرجت الجماعة عن 11 رهينة من طاقم السفينة بوساطة قطر."
    assert verdict_on("mediator", "ar", "2026-11-25", text, rules) == "contradicts"


@pytest.mark.parametrize("language, text", [
    ("de", "Die Partei gewann 87 Sitze. Für die absolute Mehrheit wären 101 Sitze nötig gewesen."),
    ("hu", "A párt 87 mandátumot szerzett. A többséghez 101 mandátum szükséges."),
    ("en", "The party won 87 seats, 14 short of the 101 needed for a majority."),
], ids=["de", "hu", "en"])
def test_a_threshold_needed_is_no_count_of_the_seats_won(language: str, text: str) -> None:
    rules = number_rule("seats", "87", "seats", "Sitze", "mandátumot", "mandátum")
    assert verdict_on("seats", language, "2026-11-25", text, rules) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("es", "Con el 99,8 % de los votos escrutados, el partido obtuvo el 36,2 % de los votos."),
    ("en", "With 99.8% of votes counted, the party won 36.2% of the votes."),
], ids=["es", "en"])
def test_the_share_of_votes_counted_is_no_share_won(language: str, text: str) -> None:
    rules = number_rule("share", "36.2", "votos", "votes", unit="percent")
    assert verdict_on("share", language, "2026-11-25", text, rules) == "agrees"


@pytest.mark.parametrize("text, rules", [
    ("스테판 할보르센 총재는 기자회견에서 결정을 설명했다.", entity_rule("named", "Stefan Halvorsen", "Marta Lindqvist", "총재")),
    ("블라디미르 푸틴 대통령은 회담에 참석했다.", entity_rule("named", "Vladimir Putin", "Joe Biden", "대통령")),
], ids=["f-as-p", "v-as-b"])
def test_a_korean_loan_writes_f_as_p_and_v_as_b(text: str, rules: str) -> None:
    assert verdict_on("named", "ko", "2026-11-26", text, rules) == "agrees"


def test_a_german_verb_of_saying_at_the_end_of_its_clause_dates_the_saying() -> None:
    rules = date_rule("vote", "2026-11-22", "Wahl")
    text = "Die Wahl am Sonntag gewann die Opposition, wie die Wahlkommission am Montag mitteilte."
    assert verdict_on("vote", "de", "2026-11-25", text, rules) == "agrees"


@pytest.mark.parametrize("language, text, value", [
    ("fa", "۱۲ هزار و ۴۰۰ هکتار از جنگل‌ها سوخت.", 12_400),  # was 400: the "and" between the parts
    ("fa", "۳ هزار و ۸۰۰ نفر تخلیه شدند.", 3_800),
    ("ar", "أقيمت المباراة أمام 48 ألفا و372 متفرجا.", 48_372),
    ("ar", "خصصت الحكومة 2 مليون و500 ألف دولار.", 2_500_000),
    ("ku", "3 hezar û 800 kes hatin valakirin.", 3_800),
    ("ps", "۳ زره او ۸۰۰ تنه وایستل شول.", 3_800),
    ("ckb", "۳ هەزار و ۸۰۰ کەس گوازرانەوە.", 3_800),
], ids=["fa-hectares", "fa-people", "ar-glued", "ar-million", "ku", "ps", "ckb"])
def test_the_parts_of_a_figure_joined_by_and(language: str, text: str, value: int) -> None:
    [number] = find_numbers(text, language)
    assert number.value.min == number.value.max == value


def test_a_second_figure_after_and_stays_apart() -> None:
    assert [n.value.min for n in find_numbers("قتل 12 شخصا و300 جريح", "ar")] == [12, 300]


@pytest.mark.parametrize("language, text", [
    ("el", "Η φωτιά ξέσπασε το απόγευμα του περασμένου Σαββάτου στο χωριό."),
    ("el", "Η φωτιά ξέσπασε το περασμένο Σάββατο."),
    ("tr", "Yangın geçen cumartesi öğleden sonra başladı."),
], ids=["el-genitive", "el-neuter", "tr-gecen"])
def test_last_saturday_published_on_a_saturday_is_a_week_back(language: str, text: str) -> None:
    [mention] = find_dates(text, language, dt.date(2026, 11, 21))
    assert mention.value.day == 14


@pytest.mark.parametrize("language, text, rules, verdict", [
    # a word of Tamil script is no word of a Devanagari anchor (a word with its marks is one word)
    ("ta", "மும்பை பங்குச் சந்தை குறியீடு புதன்கிழமை 300 புள்ளிகள் சரிந்தது.",
     number_rule("cuts", "4500", "छंटनी", "பணிநீக்கம்"), "silent"),
    # "출신" (origin) romanises as "출시" (launch) and a final consonant
    ("ko", "반도체 부문 출신인 미즈시마 사장은 2024년 4월 취임했다.", date_rule("cuts", "2026-12-10", "출시"), "silent"),
    ("ko", "신제품 출시는 12월 10일이다.", date_rule("cuts", "2026-12-10", "출시"), "agrees"),  # a particle after it
    ("ko", "순이익이 40% 가까이 줄었다.", number_rule("cuts", "38", "순이익이", unit="percent"), "agrees"),  # nearly
    ("en", "The company announced job cuts affecting about 7% of its global workforce.",
     number_rule("cuts", "4500", "job cuts"), "silent"),  # a share is no count of thousands
    ("bn", "কোম্পানির আয় ১.৮৪২ বিলিয়ন ডলার।", number_rule("cuts", "1842000000", "আয়", unit="USD"), "agrees"),
], ids=["ta-hi", "ko-chulsin", "ko-particle", "ko-gakkai", "en-share", "bn-billion"])
def test_results_as_the_business_press_writes_them(language: str, text: str, rules: str, verdict: str) -> None:
    assert verdict_on("cuts", language, "2026-11-25", text, rules) == verdict


@pytest.mark.parametrize("text, verdict", [
    ("윤 대통령은 수요일 바이든 대통령을 만났다.", "agrees"),  # the past's ㅆ on the stem's last syllable
    ("윤 대통령은 수요일 바이든 대통령을 만날 예정이다.", "agrees"),  # the future's ㄹ
], ids=["past", "future"])
def test_a_korean_verb_writes_its_ending_on_the_stem(text: str, verdict: str) -> None:
    rules = entity_rule("met", "바이든", "기시다", "만나")
    assert verdict_on("met", "ko", "2026-11-25", text, rules) == verdict


GOALS = number_rule("goals", "3", "gol", "goles", "Tor", "golü")
MINUTE = number_rule("minute", "87", "minuto", "Minute", "minuti", "dakikada")


@pytest.mark.parametrize("language, text", [
    ("es", "El Dravena ganó la final con un gol de Ferrante en el minuto 87."),
    ("de", "Ferrante traf in der 87. Minute zum 3:1."),  # and a score with a colon
    ("hr", "Ferrante je zabio pobjednički gol u 87. minuti."),
    ("tr", "Ferrante 87. dakikada golü attı."),
], ids=["es", "de", "hr", "tr"])
def test_the_minute_of_a_goal_is_no_count_of_goals(language: str, text: str) -> None:
    """A match report numbers the minute of a goal ("minuto 87", "87. Minute"): a rank, which
    a rule about the minute reads and a rule counting goals does not."""
    assert verdict_on("goals", language, "2026-11-22", text, GOALS) == "silent"
    assert verdict_on("minute", language, "2026-11-22", text, MINUTE) == "agrees"


def test_a_time_of_day_is_no_score() -> None:
    assert [n.value.min for n in find_numbers("Um 19:05 Uhr kamen 300 Menschen.", "de")] == [300]


@pytest.mark.parametrize("language, text", [
    ("sr", "Dravena je osvojila četvrti trofej u istoriji kluba."),
    ("sr", "Освојила је четврти трофеј."),
    ("bs", "Osvojila je četvrti trofej."),
    ("mk", "Го освои четвртиот трофеј."),
], ids=["sr", "sr-cyrl", "bs", "mk"])
def test_the_fourth_is_no_thursday_in_serbian_bosnian_macedonian(language: str, text: str) -> None:
    assert find_dates(text, language, dt.date(2026, 11, 22)) == []


@pytest.mark.parametrize("language, text, day", [
    ("sr", "Od četvrtka važi nova mera.", 19), ("mk", "Од четвртокот важи мерката.", 19),
], ids=["sr-genitive", "mk-definite"])
def test_thursday_in_its_cases_is_still_thursday(language: str, text: str, day: int) -> None:
    [mention] = find_dates(text, language, dt.date(2026, 11, 22))
    assert mention.value.day == day


@pytest.mark.parametrize("language, text", [
    ("pt", "A nova temporada começa em 13 de agosto de 2027, uma sexta-feira."),
    ("es", "La temporada empieza el 13 de agosto de 2027, un viernes."),
    ("en", "The season opens on August 13, 2027, a Friday."),
], ids=["pt", "es", "en"])
def test_a_weekday_set_after_a_date_is_that_dates(language: str, text: str) -> None:
    """"…, a Friday" names the date's weekday: no other Friday."""
    [mention] = find_dates(text, language, dt.date(2026, 11, 22))
    assert (mention.value.iso, mention.value.weekday) == ("2027-08-13", 5)


def test_a_weekday_after_and_is_another_day() -> None:
    found = find_dates("The season opens on August 13, 2027, and the draw is on Friday.", "en", dt.date(2026, 11, 22))
    assert len(found) == 2


FINAL = date_rule("final", "2026-11-21", "final", "Finale", "finale")


@pytest.mark.parametrize("language, text, verdict", [
    ("en", "Dravena won the final on Saturday. It had beaten Rivera in the semi-final on November 4.", "agrees"),
    ("fr", "Dravena a remporté la finale samedi. Elle avait battu Rivera en demi-finale le 4 novembre.", "agrees"),
    ("de", "Dravena gewann das Finale am Samstag. Im Halbfinale am 4. November hatte sie Rivera geschlagen.", "agrees"),
    ("tr", "Dravena finali cumartesi kazandı. Yarı finalde 4 Kasım'da Rivera'yı yenmişti.", "agrees"),
    ("nl", "Dravena won de finale op zaterdag. In de halve finale op 4 november versloeg het Rivera.", "agrees"),
    ("en", "Dravena won the semi-final on November 4.", "silent"),
], ids=["en", "fr", "de-compound", "tr", "nl", "alone"])
def test_a_semi_final_is_no_final(language: str, text: str, verdict: str) -> None:
    assert verdict_on("final", language, "2026-11-22", text, FINAL) == verdict
