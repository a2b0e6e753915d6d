"""The number extractor: locale digits, words, multipliers, ranges, bounds and units."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.facts.number_words import BOUNDS, RANGES, key, lexicon
from checker.facts.numbers import (
    NumberMention,
    NumberValue,
    canonical_unit,
    find_numbers,
    parse_expected_number,
    unit_matches,
)
from checker.testing import article, evidence, run_rules, verdicts

OPEN = None  # the unbounded end of an interval


def only(text: str, language: str | None) -> NumberMention:
    """The single number found in ``text``."""
    found = find_numbers(text, language)
    assert len(found) == 1, [(m.text, str(m.value)) for m in found]
    return found[0]


def values(text: str, language: str | None) -> list[tuple[float | None, float | None, str | None]]:
    return [(m.value.min, m.value.max, m.value.unit) for m in find_numbers(text, language)]


# --- digits in each locale's marks -------------------------------------------------

@pytest.mark.parametrize("language, text, value", [
    ("hr", "1.000,5", 1000.5),
    ("de", "1.000,5", 1000.5),
    ("ro", "2.500.000", 2_500_000),
    ("en", "1,000.5", 1000.5),
    ("en", "12,345,678", 12_345_678),
    ("fr", "1\u202f000,5", 1000.5),
    ("fr", "1 000,5", 1000.5),
    ("ru", "1\u00a0000,5", 1000.5),
    ("pl", "2 500", 2500),
    ("de-CH", "1'000.5", 1000.5),
    ("de-CH", "1’000", 1000),
    ("de", "1'500", 1500),     # a source's language comes without its region: Swiss grouping
    ("it", "1’500", 1500),     # is read wherever a region of the language writes it
    ("en", "12'500", 12500),
    ("hr", "1.000", 1000),     # a grouping mark in Croatian ...
    ("de", "1.000", 1000),
    ("en", "1.000", 1.0),      # ... a decimal mark in English
    ("en", "3.14", 3.14),
    ("hr", "2,5", 2.5),
    ("ar", "١٢٫٥", 12.5),      # Arabic-Indic digits and decimal mark
    ("hi", "१२३", 123),        # Devanagari digits
    ("ja", "１，５００", 1500),            # full-width digits and comma
    ("zh", "３．５", 3.5),
    ("en", "1,50,000", 150_000),          # Indian grouping: a lakh
    ("hi", "1,50,00,000", 15_000_000),    # a crore and a half
    ("en", "12,34,567", 1_234_567),
    ("en", "−5", -5),
    ("hr", "-12,5", -12.5),
])
def test_digits_follow_the_language(language, text, value):
    mention = only(text, language)
    assert (mention.value.min, mention.value.max) == (value, value)
    assert mention.text == text


def test_lists_and_dates_are_not_merged_into_one_number():
    assert values("13. rujna 2023.", "hr") == [(13, 13, None), (2023, 2023, None)]
    assert [m.text for m in find_numbers("in 2019 200 people", "fr")] == ["2019", "200 people"]


@pytest.mark.parametrize("text", ["UN-a", "COVID-19", "Su-57", "F16", "abc", "", "—", "%"])
def test_letters_and_names_with_digits_are_not_numbers(text):
    assert find_numbers(text, "hr") == []


def test_a_year_is_a_number_without_unit():
    assert values("u 2019 godine", "hr") == [(2019, 2019, None)]
    assert values("in 2019 the meeting", "en") == [(2019, 2019, None)]


@pytest.mark.parametrize("language, text, word, counted", [
    ("hr", "Sudjelovalo je 1500 ljudi.", "ljudi", "ljudi"),
    ("de", "Daran nahmen 1500 Menschen teil.", "Menschen", "menschen"),
    ("ru", "В переговорах участвовали 1500 человек.", "человек", "chelovek"),
    ("en", "in 2019 the meeting", "the", "the"),
])
def test_a_number_that_may_be_a_year_keeps_the_word_after_it(language, text, word, counted):
    mention = only(text, language)
    assert mention.value.unit is None  # a year or a count: the rule decides
    assert mention.counted == counted
    assert text[mention.start:mention.counted_end] == f"{mention.text} {word}"


@pytest.mark.parametrize("language, text, written, value, unit, counted", [
    ("ja", "1万5000人が参加した", "1万5000", 15_000, None, "人が参加した"),
    ("zh", "1万5千人参加", "1万5千", 15_000, None, "人参加"),
    ("ko", "1천500명이 참가했다", "1천500", 1_500, None, "명이"),
    ("ko", "1만5천 명이 모였다", "1만5천", 15_000, None, "명이"),
    ("ja", "2億3000万円の予算", "2億3000万円", 230_000_000, "JPY", None),
    ("zh", "3亿5000万美元", "3亿5000万美元", 350_000_000, "USD", None),
    ("ko", "3억5천만 달러", "3억5천만 달러", 350_000_000, "USD", None),
    ("zh", "5千万美元", "5千万美元", 50_000_000, "USD", None),   # a place before a larger one
    ("ja", "3百万円", "3百万円", 3_000_000, "JPY", None),
    # the parts below a myriad are multiplied by it as one: 1,500 ten-thousands
    ("ko", "1천500만 원을 지원했다", "1천500만 원", 15_000_000, "KRW", None),
    ("ko", "당기순손실이 6천420억 원에 달했다", "6천420억 원", 642_000_000_000, "KRW", None),
    ("ko", "1억6천420만 원", "1억6천420만 원", 164_200_000, "KRW", None),
    ("ja", "1千500万円", "1千500万円", 15_000_000, "JPY", None),
    ("ko", "1만2천명이 모였다", "1만2천", 12_000, None, "명이"),   # a myriad first: added as before
])
def test_a_figure_written_in_parts_each_with_its_multiplier(language, text, written, value, unit, counted):
    """Japanese, Chinese and Korean news write 15,000 as 1万5000: one figure, not 10,000
    and 5,000 (which counted the people)."""
    mention = only(text, language)
    assert (mention.text, mention.value.min, mention.value.max) == (written, value, value)
    assert (mention.value.unit, mention.counted) == (unit, counted)


@pytest.mark.parametrize("language, text, written, low, high, unit, counted", [
    ("zh", "事故造成三人死亡。", "三", 3, 3, None, "人死亡"),
    ("zh", "一千五百人参加了会谈。", "一千五百", 1500, 1500, None, "人参加了会谈"),
    ("zh", "二十三名记者", "二十三", 23, 23, None, "名记者"),
    ("zh", "一万五千人参加", "一万五千", 15_000, 15_000, None, "人参加"),
    ("zh", "一万零五百人", "一万零五百", 10_500, 10_500, None, "人"),
    ("zh", "一万五人", "一万五", 15_000, 15_000, None, "人"),                 # the last place left out
    ("zh", "两千人参加", "两千", 2000, 2000, None, "人参加"),                  # 两: two before a measure
    ("zh", "兩千人參加", "兩千", 2000, 2000, None, "人參加"),
    ("zh", "两人受伤", "两", 2, 2, None, "人受伤"),
    ("zh", "投资五千万美元。", "五千万美元", 5e7, 5e7, "USD", None),
    ("zh", "损失三亿五千万。", "三亿五千万", 3.5e8, 3.5e8, None, None),
    ("zh", "百分之五十的人", "百分之五十", 50, 50, "percent", None),
    ("zh", "增长百分之一", "百分之一", 1, 1, "percent", None),
    ("zh", "超过一千五百人参加", "超过一千五百", 1500, None, None, "人参加"),
    ("zh", "一千五百多人参加", "一千五百多", 1500, None, None, "人参加"),
    ("zh", "持续了三年", "三年", 3, 3, "year", None),
    ("zh", "五十公里", "五十公里", 50, 50, "kilometer", None),
    ("ja", "千五百人が参加した", "千五百", 1500, 1500, None, "人が参加した"),  # the leading 一 left out
    ("ja", "十五億円の予算", "十五億円", 1.5e9, 1.5e9, "JPY", None),
    ("ja", "三人が死亡した", "三", 3, 3, None, "人が死亡した"),
    ("ja", "十三日間", "十三日", 13, 13, "day", None),                      # as 13日 is read
])
def test_a_figure_in_chinese_numerals_is_read_as_its_digits_are(language, text, written, low, high, unit, counted):
    mention = only(text, language)
    assert (mention.text, mention.value.min, mention.value.max) == (written, low, high)
    assert (mention.value.unit, mention.counted) == (unit, counted)


@pytest.mark.parametrize("language, text", [
    ("zh", "一些人认为"),        # some
    ("zh", "国家统一"),          # unify
    ("zh", "統一"),
    ("zh", "一起参加"),          # together
    ("zh", "十分重要"),          # very
    ("ja", "十分な人数"),        # enough
    ("zh", "万一出事"),          # in case
    ("zh", "一般人"),            # general
    ("zh", "一直"),
    ("zh", "三思而行"),
    ("zh", "千万不要去"),        # by all means
    ("zh", "百姓"),              # common people
    ("zh", "万岁"),
    ("zh", "第一人"),            # first: an ordinal
    ("zh", "第三名"),
    ("zh", "星期三"),            # Wednesday
    ("zh", "周三"),
    ("zh", "三月"),              # March: for the dates
    ("zh", "一个问题"),          # a lone 一: "a" as often as "one"
    ("zh", "一名记者说"),
    ("ja", "一人で"),
    ("zh", "三四人"),            # three or four, not thirty-four
    ("zh", "四周"),              # all around
    ("zh", "三年级"),            # the third school year
    ("ja", "六本木"),
])
def test_numerals_in_ordinary_words_are_no_figure(language, text):
    assert values(text, language) == []


def test_a_rule_on_people_agrees_with_a_figure_in_chinese_numerals():
    rules = "- id: crowd\n  check: number\n  unit: people\n  units: [人]\n  expect: 1500\n  about: [会谈, 会談]\n"
    sources = [("zh", "一千五百人参加了会谈。"), ("zh", "一千二百人参加了会谈。"), ("ja", "会談には千五百人が参加した。"),
               ("zh", "会谈中一些人表示统一十分重要。")]
    report = run_rules(rules, [article(text, language, source=f"{n}.txt") for n, (language, text) in enumerate(sources)])
    assert verdicts(report, "crowd") == {"0.txt": "agrees", "1.txt": "contradicts", "2.txt": "agrees",
                                         "3.txt": "silent"}
    assert evidence(report, "crowd") == {"0.txt": "一千五百人", "1.txt": "一千二百人", "2.txt": "千五百人"}


@pytest.mark.parametrize("language, text, value, unit", [
    ("es", "mil quinientas personas", 1500, "personas"),
    ("pt", "mil e quinhentas pessoas", 1500, "pessoas"),
    ("fr", "mille cinq cents personnes", 1500, "personnes"),
    ("hr", "tisuću i petsto ljudi", 1500, "ljudi"),
    ("tr", "bin beş yüz kişi katıldı", 1500, "kisi"),
    ("es", "dos mil quinientas personas", 2500, "personas"),
    ("en", "fifteen hundred people", 1500, "people"),
    ("es", "mil euros", 1000, "EUR"),  # a thousand alone, before a unit
    ("ar", "ألف وخمسمائة شخص", 1500, "shkhs"),          # Arabic hundreds, with "and" on them
    ("ar", "ثلاثة آلاف وخمسمائة شخص", 3500, "shkhs"),
    ("ar", "مئة شخص", 100, "shkhs"),                    # the other spelling of "hundred"
])
def test_a_thousand_said_by_itself_begins_a_figure(language, text, value, unit):
    assert values(text, language) == [(value, value, unit)]


@pytest.mark.parametrize("language, text, value, unit", [
    ("hi", "डेढ़ हज़ार लोग", 1500, "log"),       # one and a half, a word of its own
    ("hi", "डेढ़ हजार लोग", 1500, "log"),        # the thousand typed without its nukta
    ("hi", "ढाई लाख लोग", 250_000, "log"),
    ("bn", "দেড় হাজার মানুষ", 1500, "manus"),
    ("ur", "ڈیڑھ ہزار افراد", 1500, "frd"),
    ("hi", "डेढ़ साल", 1.5, "year"),             # साल, the year of Hindi news
])
def test_south_asian_halves_and_spellings(language, text, value, unit):
    assert values(text, language) == [(value, value, unit)]


@pytest.mark.parametrize("language, text, written, value", [
    ("tr", "İşsizlik oranı %50 arttı.", "%50", 50),        # the sign before the number
    ("tr", "İşsizlik yüzde 50 arttı.", "yüzde 50", 50),
    ("tr", "%50,5 oranında", "%50,5", 50.5),
    ("sw", "Bei zilipanda kwa asilimia 50.", "asilimia 50", 50),
    ("hi", "कीमतें 50 फीसदी बढ़ीं।", "50 फीसदी", 50),
    ("en", "Prices rose 50pc last year.", "50pc", 50),
])
def test_per_cent_as_each_language_writes_it(language, text, written, value):
    mention = only(text, language)
    assert (mention.text, mention.value.min, mention.value.unit) == (written, value, "percent")


@pytest.mark.parametrize("language, text, value, unit", [
    ("ko", "3억 원", 300_000_000, "KRW"),
    ("ko", "1천500원", 1_500, "KRW"),
    ("th", "500 บาท", 500, "THB"),
    ("vi", "500 đồng", 500, "VND"),
    ("id", "5 juta rupiah", 5_000_000, "IDR"),
    ("he", "500 שקל", 500, "ILS"),
    ("bn", "500 টাকা", 500, "BDT"),
    ("en", "500 dollars", 500, "USD"),   # still the dollar: no currency added shares its name
    ("hi", "500 रुपये", 500, "INR"),
    # the yuan by its unit, the Hong Kong and Taiwan dollars as their press writes them
    ("zh", "直接经济损失12亿元", 1_200_000_000, "CNY"),
    ("zh", "股价收于每股247.5港元", 247.5, "HKD"),
    ("zh", "預算30億新台幣", 3_000_000_000, "TWD"),
    ("ja", "投資額は1000億元", 100_000_000_000, "CNY"),
    ("ko", "150억 위안 규모", 15_000_000_000, "CNY"),
    ("mn", "3 тэрбум төгрөгийн хөрөнгө", 3_000_000_000, "MNT"),
    ("zh", "雨量158.1毫米", 158.1, "millimeter"),
    ("en", "rainfall of 158 mm", 158, "millimeter"),
    ("tr", "1,2 milyar dolar", 1.2e9, "USD"),            # the bare name; CLDR has "ABD doları"
    ("tr", "3,5 milyar liralık yatırım", 3.5e9, "TRY"),
    ("tr", "500 milyon avro", 5e8, "EUR"),
    ("az", "500 milyon dollar", 5e8, "USD"),
    ("az", "20 manat", 20, "AZN"),
    ("ckb", "٢ ملیار دۆلار", 2e9, "USD"),
    ("ar", "5 مليارات دولار", 5e9, "USD"),               # the plural of the billion
    ("ar", "3 بلايين دولار", 3e9, "USD"),                # the billion as Asharq Al-Awsat writes it
    ("fa", "۳۵ هزار میلیارد ریال", 35e12, "IRR"),         # a thousand billions
])
def test_the_currencies_of_more_newsrooms(language, text, value, unit):
    assert values(text, language) == [(value, value, unit)]


@pytest.mark.parametrize("language, text, written, value", [
    ("fr", "un contrat de 5 millions de nouveaux shekels", "5 millions de nouveaux shekels", 5_000_000),
    ("en", "a 5 million new shekel fine", "5 million new shekel", 5_000_000),
    ("es", "una multa de 5 millones de shekels", "5 millones de shekels", 5_000_000),
    ("es", "5 millones de nuevos séqueles", "5 millones de nuevos séqueles", 5_000_000),
    ("it", "5 milioni di shekel", "5 milioni di shekel", 5_000_000),
])
def test_a_currency_named_without_its_country(language, text, written, value):
    mention = only(text, language)
    assert (mention.text, mention.value.min, mention.value.unit) == (written, value, "ILS")


@pytest.mark.parametrize("language, text, written, unit", [
    # a unit word that is also a common word is not read before the rest of a clause ...
    ("it", "Un terremoto di magnitudo 4,2 ha colpito la zona.", "4,2", None),
    ("es", "Un sismo de magnitud 5,1 ha sacudido la región.", "5,1", None),
    ("pt", "Há 3 sem-abrigo na rua.", "3", None),
    ("en", "The index passed the 1,000 mark.", "1,000 mark", "mark"),  # a noun, no currency
    # ... but at its end, or before a linking word, it is the unit
    ("it", "L'incendio ha distrutto 500 ha di bosco.", "500 ha", "hectare"),
    ("es", "El fuego arrasó 300 ha.", "300 ha", "hectare"),
    ("en", "They paid 500 marks.", "500 marks", "BAM"),
    # Croatian news from Bosnia writes the mark as Bosnian does; km stays kilometres
    ("hr", "Vlada će izdvojiti 2 milijuna KM za obnovu.", "2 milijuna KM", "BAM"),
    ("hr", "Cesta je duga 500 km.", "500 km", "kilometer"),
    ("hr", "Proračun iznosi 5 mlrd. eura.", "5 mlrd. eura", "EUR"),   # milijarda abbreviated
    ("sr", "Budžet je 5 mlrd. dinara.", "5 mlrd. dinara", "RSD"),
    ("el", "Δύο εκ των τραυματιών νοσηλεύονται.", "Δύο", None),       # "of the", not million
    ("el", "Η κυβέρνηση διέθεσε 5 εκ. ευρώ.", "5 εκ. ευρώ", "EUR"),
    # Spanish and Portuguese pesos are no Philippine currency: a noun the figure counts
    ("es", "Se invirtieron 5.000 millones de pesos.", "5.000 millones de pesos", "pesos"),
    ("es", "Costó 5 pesos filipinos.", "5 pesos filipinos", "PHP"),
])
def test_a_unit_word_that_is_a_common_word_of_the_language(language, text, written, unit):
    mention = only(text, language)
    assert (mention.text, mention.value.unit) == (written, unit)


@pytest.mark.parametrize("language, text, written, value", [
    ("it", "Sono arrivate tremila persone.", "tremila persone", 3000),
    ("it", "Protestavano diecimila persone.", "diecimila persone", 10_000),
    ("de", "Zweitausend Menschen demonstrierten.", "Zweitausend Menschen", 2000),
    ("nl", "Er waren tweeduizend mensen.", "tweeduizend mensen", 2000),
    ("hu", "Kétezer ember tüntetett.", "Kétezer ember", 2000),
])
def test_thousands_written_as_one_word_with_their_number(language, text, written, value):
    mention = only(text, language)
    assert (mention.text, mention.value.min) == (written, value)


@pytest.mark.parametrize("language, text, written, low, high, unit", [
    ("pl", "Na ulice wyszło kilka tysięcy osób.", "kilka tysięcy osób", 2000, 9999, "osob"),
    ("pl", "Protestowało kilkaset osób.", "kilkaset osób", 200, 999, "osob"),
    ("pl", "Zatrzymano kilkanaście osób.", "kilkanaście osób", 11, 19, "osob"),
    ("pl", "Przyszło kilkadziesiąt tysięcy kibiców.", "kilkadziesiąt tysięcy kibiców", 20_000, 99_999, "kibicow"),
    ("pl", "Strata wyniosła kilka milionów złotych.", "kilka milionów złotych", 2_000_000, 9_999_999, "PLN"),
    ("ru", "На акцию вышли несколько тысяч человек.", "несколько тысяч человек", 2000, 9999, "chelovek"),
    ("ru", "Эвакуированы десятки тысяч человек.", "десятки тысяч человек", 20_000, 99_999, "chelovek"),
    ("uk", "Евакуювали кілька тисяч людей.", "кілька тисяч людей", 2000, 9999, "lyudey"),
    ("cs", "Zemřelo několik set lidí.", "několik set lidí", 200, 999, "lidi"),
    ("hr", "Prosvjedovalo je nekoliko tisuća ljudi.", "nekoliko tisuća ljudi", 2000, 9999, "ljudi"),
    ("en", "Several thousand people protested.", "Several thousand people", 2000, 9999, "people"),
    ("en", "Tens of thousands of people marched.", "Tens of thousands of people", 20_000, 99_999, "people"),
    ("en", "several hundred workers", "several hundred workers", 200, 999, "workers"),
    ("de", "Tausende Menschen demonstrierten.", "Tausende Menschen", 2000, 9999, "menschen"),
    ("fr", "des milliers de personnes", "milliers de personnes", 2000, 9999, "personnes"),
    ("es", "decenas de miles de personas", "decenas de miles de personas", 20_000, 99_999, "personas"),
    ("hu", "több ezer ember tüntetett", "több ezer ember", 2000, 9999, "ember"),
    ("ro", "câteva mii de oameni", "câteva mii de oameni", 2000, 9999, "oameni"),
    ("el", "χιλιάδες άνθρωποι διαδήλωσαν", "χιλιάδες άνθρωποι", 2000, 9999, "anthropoi"),
    # bound words before them bound them as they bound a figure
    ("ru", "более нескольких тысяч человек", "более нескольких тысяч человек", 2000, OPEN, "chelovek"),
    # where the plural is also the genitive singular, a bound word before it governs one
    ("ru", "Погибли более тысячи человек.", "более тысячи человек", 1000, OPEN, "chelovek"),
    ("ru", "около сотни человек", "около сотни человек", 100, 100, "chelovek"),
    ("hr", "više od tisuće ljudi", "više od tisuće ljudi", 1000, OPEN, "ljudi"),
    ("hr", "Tisuće ljudi prosvjedovale su.", "Tisuće ljudi", 2000, 9999, "ljudi"),
])
def test_a_vague_quantity_is_the_range_it_names(language, text, written, low, high, unit):
    mention = only(text, language)
    assert (mention.text, mention.value.min, mention.value.max, mention.value.unit) == (written, low, high, unit)


@pytest.mark.parametrize("language, text", [
    ("en", "Several people died."),        # "several" counts only before a multiplier
    ("pl", "w ciągu kilku dni"),
    ("hu", "több mint"),
])
def test_several_alone_is_no_figure(language, text):
    assert find_numbers(text, language) == []


@pytest.mark.parametrize("language, text", [
    ("it", "Un terremoto alle 20.10 di ieri sera."),   # where the dot groups thousands: a time
    ("de", "Der Zug fuhr um 20.10 Uhr ab."),
    ("el", "Σε 24ωρη γενική απεργία προχώρησαν οι εργαζόμενοι."),  # a 24-hour strike: a compound
])
def test_a_time_with_a_dot_and_a_compound_on_a_number_are_no_figures(language, text):
    assert find_numbers(text, language) == []


def test_a_german_hour_before_uhr_is_a_time_of_day():
    assert values("Der Ausstand begann um 2 Uhr nachts und dauerte 24 Stunden.", "de") == [(24, 24, "hour")]


@pytest.mark.parametrize("language, text, low, high, unit", [
    # "to" after a verb of change is the value reached
    ("ru", "Выручка сократилась на 27% — до 8,5 трлн руб.", 8.5e12, 8.5e12, "RUB"),
    ("ru", "Экспорт упал до 69 млрд рублей.", 69e9, 69e9, "RUB"),
    ("pl", "Inflacja wzrosła do 5,2 proc.", 5.2, 5.2, "percent"),
    ("uk", "Ціни зросли до 20%.", 20, 20, "percent"),
    # ... elsewhere it is "up to"
    ("ru", "Погибли до 100 человек.", OPEN, 100, "chelovek"),
    ("pl", "Zginęło do 100 osób.", OPEN, 100, "osob"),
])
def test_to_after_a_verb_of_change_is_the_value_reached(language, text, low, high, unit):
    assert values(text, language)[-1] == (low, high, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("A mérlegfőösszeg meghaladta a 38 ezer milliárd forintot.", 38e12, "HUF"),  # thousands of billions
    ("500 millió eurót költöttek.", 500e6, "EUR"),                               # the accusative
    ("5 milliárd dollárt", 5e9, "USD"),
])
def test_hungarian_amounts_of_money(text, value, unit):
    assert values(text, "hu") == [(value, value, unit)]


@pytest.mark.parametrize("language, text, value", [
    ("en", "It cost 20.10 dollars.", 20.1),    # a decimal where the dot is the decimal mark
    ("en", "the 13th meeting", 13),            # an ordinal's letters stay the number's
    ("el", "της 28ης Φεβρουαρίου", 28),
])
def test_a_dot_or_letters_after_a_number_that_stay_a_figure(language, text, value):
    assert [m.value.min for m in find_numbers(text, language)] == [value]


def test_a_vague_quantity_agrees_with_a_bound_and_contradicts_another_order() -> None:
    rules = ("- {id: many, check: number, expect: '>= 1000', about: [protestowało]}\n"
             "- {id: few, check: number, expect: 500, about: [protestowało]}\n")
    report = run_rules(rules, [article("Protestowało kilka tysięcy osób.", "pl")])
    assert verdicts(report, "many") == {"article.txt": "agrees"}
    assert verdicts(report, "few") == {"article.txt": "contradicts"}


@pytest.mark.parametrize("language, text, written, value, unit, counted", [
    ("th", "ผู้ชุมนุม 5 หมื่นคน", "5 หมื่น", 50_000, None, "คน"),   # ten thousand, CLDR lacks it
    ("km", "មនុស្ស 5 ម៉ឺននាក់", "5 ម៉ឺន", 50_000, None, "នាក់"),
    ("tl", "1.5 milyong tao", "1.5 milyong tao", 1_500_000, "tao", None),  # with the linker -ng
    ("id", "anggaran Rp1,5 triliun", "Rp1,5 triliun", 1.5e12, "IDR", None),  # a sign ending in a letter
    ("en", "a Rs 500 crore project", "Rs 500 crore", 5e9, "INR", None),        # Indian English
    ("hi", "रु. 500 करोड़ की परियोजना", "रु. 500 करोड़", 5e9, "INR", None),
])
def test_multipliers_and_signs_cldr_lacks(language, text, written, value, unit, counted):
    mention = only(text, language)
    assert (mention.text, mention.value.min, mention.value.unit, mention.counted) == (written, value, unit, counted)


@pytest.mark.parametrize("language, text", [
    ("tr", "Muhammed bin Selman geldi."),  # "bin" of a name
    ("es", "Lo dijo mil veces."),          # a thousand alone counts only before a unit
    ("ar", "ألف كتابا عن الحرب."),          # "he wrote": the same letters
])
def test_a_thousand_alone_without_a_unit_is_no_figure(language, text):
    assert values(text, language) == []


@pytest.mark.parametrize("language, text, low, high, unit", [
    ("ar", "زلزال يخلف أكثر من ألف قتيل", 1000, None, "qtyl"),
    ("ar", "نحو ألف شخص", 1000, 1000, "shkhs"),
    ("es", "más de mil personas", 1000, None, "personas"),
    ("fa", "بیش از هزار نفر", 1000, None, "nfr"),
])
def test_a_thousand_alone_after_a_bound_word_is_a_figure(language, text, low, high, unit):
    (mention,) = find_numbers(text, language)
    assert (mention.value.min, mention.value.max, mention.value.unit) == (low, high, unit)


@pytest.mark.parametrize("language, text, noun, low, high", [
    ("sw", "Mkutano ulihudhuriwa na watu 1,500 kutoka nchi kadhaa.", "watu", 1500, 1500),
    ("sw", "Mkutano ulihudhuriwa na watu zaidi ya 1,500.", "watu", 1500, None),
    ("ha", "Mutane 1,500 ne suka halarci taron.", "Mutane", 1500, 1500),  # opening the sentence
])
def test_a_noun_before_the_figure_in_a_language_that_puts_it_first(language, text, noun, low, high):
    mention = only(text, language)
    assert (mention.value.min, mention.value.max, mention.value.unit) == (low, high, None)  # not "kutoka"
    assert mention.counted == noun.lower() and mention.counted_end == mention.end
    assert text[mention.counted_start:mention.start].strip() == noun == mention.counted_words(text)


# A rule on people, with the words for them in the sources' languages: (units, expect,
# about, sources as (language, text, verdict, evidence)).
CROWDS = {
    "a four-digit figure, not a year": ("[ljudi, Menschen, человек]", "1500", "[prosvjed, Protest, протест, protest]", [
        ("hr", "Na prosvjedu je bilo 1500 ljudi.", "agrees", "1500 ljudi"),
        ("de", "Berlin.\nEs war kalt. Am Protest nahmen 1700 Menschen teil.", "contradicts", "1700 Menschen"),
        ("ru", "В протесте участвовали 1500 человек.", "agrees", "1500 человек"),
        ("en", "The protest began in 2019 in the capital.", "silent", None),
    ]),
    "the noun before the figure": ("[watu, mutane]", "1500", "[mkutano, taro]", [
        ("sw", "Mkutano ulihudhuriwa na watu 1,500.", "agrees", "watu 1,500"),
        ("sw", "Mkutano ulihudhuriwa na watu 2,000.", "contradicts", "watu 2,000"),
        ("ha", "Mutane 1,500 ne suka halarci taron.", "agrees", "Mutane 1,500"),
    ]),
    "a counter written on the figure": ("[人, 명]", "'>= 1500'", "[会谈, 会談, 회담]", [
        ("zh", "北京。\n天气很冷。超过1.5万人参加了会谈。", "agrees", "超过1.5万人"),
        ("ja", "会談には1200人が参加した。", "contradicts", "1200人"),
        ("ko", "회담에 1500명이 참석했다.", "agrees", "1500명"),
    ]),
}


@pytest.mark.parametrize("units, expect, about, cases", CROWDS.values(), ids=CROWDS)
def test_a_rule_on_people_counts_the_noun_each_language_writes(units, expect, about, cases):
    rules = (f"- id: crowd\n  check: number\n  unit: people\n  units: {units}\n  expect: {expect}\n"
             f"  about: {about}\n")
    report = run_rules(rules, [article(text, language, source=f"{n}.txt")
                               for n, (language, text, _, _) in enumerate(cases)])
    assert verdicts(report, "crowd") == {f"{n}.txt": verdict for n, (_, _, verdict, _) in enumerate(cases)}
    assert evidence(report, "crowd") == {f"{n}.txt": quoted for n, (_, _, _, quoted) in enumerate(cases) if quoted}


@pytest.mark.parametrize("language, text, value, unit", [
    ("ar", "وشارك في المحادثات 250 شخصا.", 250, "shkhs"),
    ("he", "בשיחות השתתפו 250 איש.", 250, "'ys"),
    ("hi", "वार्ता में 250 लोगों ने भाग लिया।", 250, "log"),
    ("bn", "আলোচনায় ১,৫০০ জন অংশ নেন।", 1500, "jan"),  # a counter of two letters
])
def test_a_noun_in_a_script_without_capitals_is_counted(language, text, value, unit):
    assert only(text, language).value == NumberValue(value, value, unit)


def test_a_hebrew_prefix_is_written_on_the_number_with_a_hyphen():
    assert values("בשיחות השתתפו ב-1,500 מקומות.", "he") == [(1500, 1500, "mkvmvt")]
    assert values("the B-52 and A-320", "en") == []  # a letter and a hyphen make a name elsewhere


@pytest.mark.parametrize("language, text, value, counted", [
    ("zh", "超过1.5万人参加了会谈。", 15000, "人参加了会谈"),
    ("ja", "会談には1500人以上が参加した。", 1500, "人以上が参加した"),
    ("ko", "회담에는 1500명 이상이 참석했다.", 1500, "명"),
    ("th", "มีผู้เข้าร่วม 250 คน", 250, "คน"),                 # a space before the counter
    ("ko", "1500 명이 참석했다.", 1500, "명이"),
])
def test_a_number_right_after_a_word_without_spaces_and_its_counter(language, text, value, counted):
    mention = only(text, language)
    assert (mention.value.min, mention.value.unit, mention.counted) == (value, None, counted)


@pytest.mark.parametrize("language, text, low, high, approximate, counted", [
    ("zh", "超过1500人参加了会谈。", 1500, OPEN, False, "人参加了会谈"),
    ("zh", "1500多人参加了会谈。", 1500, OPEN, False, "人参加了会谈"),
    ("zh", "约300人", 300, 300, True, "人"),
    ("ja", "会談には1500人以上が参加した。", 1500, OPEN, False, "人以上が参加した"),
    ("ja", "会談には約300人が参加", 300, 300, True, "人が参加"),
    ("ko", "회담에는 1500명 이상이 참석했다.", 1500, OPEN, False, "명"),
    ("ko", "1500여 명이 참석했다.", 1500, OPEN, False, "명이"),
    ("ko", "약 1500명이 참석했다.", 1500, 1500, True, "명이"),
])
def test_bound_words_before_and_after_a_chinese_japanese_korean_figure(language, text, low, high, approximate,
                                                                        counted):
    mention = only(text, language)
    assert mention.value == NumberValue(low, high, None, approximate)
    assert mention.counted == counted


def test_a_year_with_a_turkish_case_ending_is_a_year():
    assert values("2023'te yapılan görüşme", "tr") == [(2023, 2023, None)]


@pytest.mark.parametrize("language, text, value, unit", [
    ("tr", "Saldırıda üç kişi öldü.", 3, "kisi"),
    ("tr", "yirmi üç kişi", 23, "kisi"),
    ("nl", "Er kwamen drie mensen om.", 3, "mensen"),
    ("fi", "kolme ihmistä kuoli", 3, "ihmista"),
    ("cs", "dvacet tři lidí", 23, "lidi"),
    ("sv", "tre personer dog", 3, "personer"),
    ("nb", "tre personer døde", 3, "personer"),
    ("ar", "قتل ثلاثة أشخاص", 3, "'shkhs"),
    ("id", "tiga orang tewas", 3, "orang"),
    ("el", "είκοσι τρεις άνθρωποι", 23, "anthropoi"),    # a table of ours: num2words has no Greek
    ("ar", "ثلاث سنوات", 3, "year"),                       # Arabic's other form, which num2words lacks
    ("ar", "قتل ثلاثة وعشرون شخصا", 23, "shkhs"),          # the unit, then "and" on the tens
    ("ar", "ثلاثة وعشرين شخصا", 23, "shkhs"),              # the tens in the oblique case
    ("fa", "بیست و سه نفر", 23, "nfr"),                    # Persian joins with a separate "and"
    ("he", "שלושה אנשים נהרגו", 3, "'nsym"),               # the masculine, which num2words lacks
    ("he", "עשרים ושלושה אנשים", 23, "'nsym"),            # "and" written on the unit
    ("el", "δύο εκατομμύρια ευρώ", 2e6, "EUR"),
])
def test_number_words_of_languages_without_a_table_of_their_own(language, text, value, unit):
    assert values(text, language) == [(value, value, unit)]


@pytest.mark.parametrize("language, text", [
    ("hu", "egy hét"),      # "hét" is seven, and the week that is meant here
    ("tr", "bir toplantı"),  # "bir" is one, and the article "a"
])
def test_a_number_word_that_is_also_a_unit_or_an_article_is_left_alone(language, text):
    assert values(text, language) == []


def test_the_words_a_figure_may_count_stop_after_a_few_characters():
    [mention] = find_numbers("1500" + "人参加了会谈" * 1000, "zh")
    assert mention.counted == "人参加了会谈人参" and mention.counted_end == 12


def test_a_chinese_word_after_a_counter_is_no_bound():
    assert values("乌克兰战争已经持续了18个月以来", "zh") == [(18, 18, "month")]


def test_ordinals_read_as_plain_numbers():
    assert values("the 13th meeting", "en") == [(13, 13, None)]


# --- percentages, multipliers, words -----------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "50%"), ("en", "50 percent"), ("en", "50 per cent"), ("fr", "50\u202f%"),
    ("hr", "50 posto"), ("pl", "50 procent"), ("ro", "50 la sută"), ("ro", "50 de procente"),
    ("ru", "50 процентов"), ("fr", "50 pour cent"), ("es", "50 por ciento"), ("de", "50 Prozent"),
    ("en", "50 pct"), ("en", "50 ％"), ("ja", "50％"), ("ar", "50 ٪"), ("sr", "50 posto"),
    ("bs", "50 odsto"), ("cs", "50 procent"), ("sv", "50 procent"), ("da", "50 pct."),
    ("it", "50 per cento"), ("pt", "50 por cento"), ("uk", "50 відсотків"),
])
def test_percentages(language, text):
    mention = only(text, language)
    assert mention.value == NumberValue(50, 50, "percent")
    assert mention.text == text


@pytest.mark.parametrize("language, text, value, unit", [
    ("en", "2 million people", 2_000_000, "people"),
    ("hr", "2,5 milijuna ljudi", 2_500_000, "ljudi"),
    ("ru", "3 млн человек", 3_000_000, "chelovek"),
    ("de", "5 Mio. Menschen", 5_000_000, "menschen"),
    ("ro", "20 de milioane de oameni", 20_000_000, "oameni"),
    ("es", "2 mil millones", 2_000_000_000, None),
    ("en", "a million", 1_000_000, None),
    ("hr", "dvije tisuće", 2000, None),
])
def test_multipliers(language, text, value, unit):
    mention = only(text, language)
    assert mention.value == NumberValue(value, value, unit)
    assert mention.text == text


@pytest.mark.parametrize("language, text, value", [
    ("en", "twenty-five", 25), ("en", "two hundred fifty five", 255), ("en", "eighteen", 18),
    ("hr", "dvadeset pet", 25), ("hr", "dvije", 2), ("hr", "dvoje", 2), ("hr", "osamnaest", 18),
    ("sr", "двије", 2), ("ro", "două", 2), ("ro", "doua", 2), ("ro", "douăzeci și cinci", 25),
    ("de", "zwei", 2), ("de", "fünfundzwanzig", 25), ("de", "dreißig", 30),
    ("fr", "deux", 2), ("fr", "soixante-douze", 72), ("fr", "vingt et un", 21),
    ("es", "veinticinco", 25), ("es", "treinta y dos", 32), ("it", "ventitré", 23),
    ("pt", "duas", 2), ("pl", "dwie", 2), ("ru", "две", 2), ("ru", "двадцать пять", 25),
    ("uk", "п'ять", 5), ("uk", "п’ять", 5),
])
def test_number_words(language, text, value):
    assert only(text, language).value == NumberValue(value, value)


def test_words_that_are_not_number_words_stay_words():
    assert find_numbers("Što je rekao?", "hr") == []          # "što" is not "sto" (100)
    assert find_numbers("a meeting of one kind", "en")[0].text == "one kind"
    assert find_numbers("a meeting", "en") == []              # an article is one only before a unit


def test_articles_count_as_one_before_a_unit():
    assert only("for a year", "en").value == NumberValue(1, 1, "year")
    assert only("o lună", "ro").value == NumberValue(1, 1, "month")


# --- money -------------------------------------------------------------------------

@pytest.mark.parametrize("language, text, low, high, unit", [
    ("en", "over €59.5 million", 59_500_000, OPEN, "EUR"),         # a sign between bound and number
    ("en", "$3 billion", 3e9, 3e9, "USD"),
    ("en", "£12m", 12e6, 12e6, "GBP"),                              # CLDR's short "M", only after a sign
    ("en", "about $3bn", 3e9, 3e9, "USD"),
    ("en", "US$ 4", 4, 4, "USD"),
    ("en", "EUR 5 million", 5e6, 5e6, "EUR"),
    ("en", "5 million euros", 5e6, 5e6, "EUR"),
    ("en", "less than 300 Swiss francs", OPEN, 300, "CHF"),
    ("ru", "₽500", 500, 500, "RUB"),
    ("ru", "3 млн руб.", 3e6, 3e6, "RUB"),
    ("ru", "более 5 млрд долларов США", 5e9, OPEN, "USD"),
    ("ru", "30 миллионов долларов", 30e6, 30e6, "USD"),
    ("ru", "около 2 млн евро", 2e6, 2e6, "EUR"),
    ("uk", "100 млн грн", 100e6, 100e6, "UAH"),
    ("de", "59,5 €", 59.5, 59.5, "EUR"),
    ("de", "€ 3,5 Mio.", 3.5e6, 3.5e6, "EUR"),
    ("de", "2 Millionen Euro", 2e6, 2e6, "EUR"),
    ("de", "5 Mio. US-Dollar", 5e6, 5e6, "USD"),
    ("de", "CHF 22 Mio.", 22e6, 22e6, "CHF"),
    ("de", "22 Millionen Schweizer Franken", 22e6, 22e6, "CHF"),
    ("fr", "23,9 millions d'euros", 23.9e6, 23.9e6, "EUR"),
    ("fr", "plus de 5 millions d’euros", 5e6, OPEN, "EUR"),
    ("fr", "environ 5\u202f000 €", 5000, 5000, "EUR"),
    ("fr", "23,9 M€", 23.9e6, 23.9e6, "EUR"),                         # multiplier written on the sign
    ("fr", "5 millions de dollars des États-Unis", 5e6, 5e6, "USD"),   # CLDR's full name
    ("hr", "40 milijuna eura", 40e6, 40e6, "EUR"),
    ("hr", "više od 5 milijardi dolara", 5e9, OPEN, "USD"),
    ("hr", "5 britanskih funti", 5, 5, "GBP"),
    ("hr", "5,5 milijuna kuna", 5.5e6, 5.5e6, "HRK"),
    ("bs", "5 miliona KM", 5e6, 5e6, "BAM"),
    ("sr", "1.000 dinara", 1000, 1000, "RSD"),
    ("sr", "1000 дин.", 1000, 1000, "RSD"),
    ("ro", "10 milioane de euro", 10e6, 10e6, "EUR"),
    ("ro", "peste 20 de milioane de dolari", 20e6, OPEN, "USD"),
    ("ro", "2 miliarde de lei", 2e9, 2e9, "RON"),
    ("es", "5 millones de euros", 5e6, 5e6, "EUR"),
    ("es", "5 mil millones de dólares", 5e9, 5e9, "USD"),
    ("it", "1,5 milioni d'euro", 1.5e6, 1.5e6, "EUR"),
    ("it", "1,5 milioni di euro", 1.5e6, 1.5e6, "EUR"),
    ("ca", "23 milions d'euros", 23e6, 23e6, "EUR"),
    ("pt", "R$ 5 milhões", 5e6, 5e6, "BRL"),
    ("pt", "5 milhões de reais", 5e6, 5e6, "BRL"),
    ("pl", "12 mln zł", 12e6, 12e6, "PLN"),
    ("pl", "ponad 3 mln dolarów", 3e6, OPEN, "USD"),
    ("cs", "5 mld Kč", 5e9, 5e9, "CZK"),
    ("sv", "100 kr", 100, 100, "SEK"),         # "kr" is the krona where Swedish is written ...
    ("da", "5 kr.", 5, 5, "DKK"),              # ... and the krone in Danish
    ("ja", "¥500", 500, 500, "JPY"),
    ("zh", "500 ¥", 500, 500, "CNY"),          # the yuan in Chinese
    ("ja", "500円", 500, 500, "JPY"),
])
def test_money(language, text, low, high, unit):
    mention = only(text, language)
    assert (mention.value.min, mention.value.max, mention.value.unit) == (low, high, unit)
    assert mention.text == text


@pytest.mark.parametrize("language, text, low, high", [
    ("en", "€5-10 million", 5e6, 10e6),                 # the multiplier said once counts for both
    ("en", "between $5 and $10 million", 5e6, 10e6),
    ("en", "€5-€10 million", 5e6, 10e6),
    ("hr", "od 2 do 3 milijuna eura", 2e6, 3e6),
    ("en", "between 500 and 1 million euros", 500, 1e6),  # unless the first is the larger figure
])
def test_ranges_of_money(language, text, low, high):
    mention = only(text, language)
    assert (mention.value.min, mention.value.max) == (low, high)
    assert mention.text == text


@pytest.mark.parametrize("language, text, unit", [
    ("bs", "5 km", "kilometer"),      # kilometres; "KM" is the mark
    ("en", "100 kr", None),           # Swedish, Norwegian or Danish: none said
    ("en", "5 ft", None),             # feet, not the forint ("Ft")
    ("en", "5 markets", "markets"),   # currency names match as CLDR writes them, not inflected
])
def test_money_signs_and_names_are_not_guessed(language, text, unit):
    assert only(text, language).value.unit == unit


@pytest.mark.parametrize("word", ["EUR", "eur", "€", "euro", "Euro", "euros", "eura", "евро", "evro", "EUR "])
def test_every_name_of_a_currency_is_one_unit(word):
    assert canonical_unit(word) == "EUR"
    stated = only("over €59.5 million", "en").value.unit
    assert unit_matches(stated, word)


@pytest.mark.parametrize("word, code", [
    ("$", "USD"), ("US$", "USD"), ("dollars", "USD"), ("долларов", "USD"), ("dolara", "USD"),
    ("£", "GBP"), ("₽", "RUB"), ("рублей", "RUB"), ("KM", "BAM"), ("km", "kilometer"), ("zł", "PLN"),
    ("kuna", "HRK"), ("CHF", "CHF"),
])
def test_canonical_currencies(word, code):
    assert canonical_unit(word) == code


@pytest.mark.parametrize("language, text", [
    ("fr", "selon un nouveau communiqué du ministère"),   # "nouveau shekel israélien" is named by shekel
    ("es", "un nuevo informe del gobierno"),
    ("hr", "objavljena su dva nova izvještaja"),
    ("ro", "doi din Bangladesh"),                          # "taka din Bangladesh" is named by taka
])
def test_the_words_of_a_currency_name_that_describe_it_are_no_currency(language, text):
    assert [m.value.unit for m in find_numbers(text, language) if m.value.unit in ("ILS", "BDT")] == []


@pytest.mark.parametrize("language, word", [
    ("fr", "shekels"), ("es", "séqueles"), ("hr", "šekela"), ("ru", "шекелей"), ("de", "Schekel"), ("ro", "taka"),
])
def test_a_currency_is_named_by_its_noun_where_its_name_has_a_shared_word(language, word):
    code = "BDT" if word == "taka" else "ILS"
    assert lexicon(language).units[key(word)] == code


def test_amounts_agree_in_any_writing():
    english = only("The auction cost over €59.5 million.", "en").value
    french = only("La vente a coûté 59,5 millions d'euros.", "fr").value
    russian = only("Аукцион обошёлся в 59,5 млн евро.", "ru").value
    assert english.compatible(french) and french.compatible(russian)
    assert not french.compatible(only("59,5 millions de dollars", "fr").value)
    assert french.to_unit("euro") == NumberValue(59.5e6, 59.5e6, "EUR")
    assert parse_expected_number(59_500_000, "euros") == NumberValue(59.5e6, 59.5e6, "EUR")


@pytest.mark.parametrize("language, text, value, unit", [
    ("en", "1.5 lakh people", 150_000, "people"),
    ("en", "₹500 crore", 5e9, "INR"),
    ("en", "500 crore rupees", 5e9, "INR"),
    ("hi", "500 करोड़ रुपये", 5e9, "INR"),
    ("he", "1.5 מיליון איש", 1.5e6, "'ys"),  # CLDR writes a direction mark before the number
    ("ar", "1.5 مليون شخص", 1.5e6, "shkhs"),
    # written on the number, in Chinese, Japanese and Korean
    ("zh", "乌克兰战争已经持续了18个月。", 18, "month"),
    ("ja", "ウクライナでの戦争は18か月続いている。", 18, "month"),
    ("ko", "우크라이나 전쟁은 18개월째 계속되고 있다.", 18, "month"),
    ("zh", "预算为3亿美元。", 3e8, "USD"),
    ("ja", "予算は300億円だった。", 3e10, "JPY"),
])
def test_multipliers_and_currencies_of_more_languages(language, text, value, unit):
    assert only(text, language).value == NumberValue(value, value, unit)


def test_a_rule_in_euros_reads_amounts_in_every_language():
    rules = "- id: auction\n  check: number\n  unit: euro\n  expect: 41000000\n  tolerance: 5%\n  about: [auction, vente]\n"
    sources = [article("Selon le ministère, la vente a coûté 23,9 millions d'euros.", "fr", source="fr.txt"),
               article("The auction cost over €40 million.", "en", source="en.txt"),
               article("The auction cost over $40 million.", "en", source="usd.txt")]
    assert verdicts(run_rules(rules, sources), "auction") == {
        "fr.txt": "contradicts", "en.txt": "agrees", "usd.txt": "silent"}


# --- elision, umlauts written out, temperatures --------------------------------------

@pytest.mark.parametrize("language, text, value, unit", [
    ("fr", "2 millions d'habitants", 2e6, "habitants"),
    ("fr", "3 milliards d’euros", 3e9, "EUR"),
    ("it", "2 milioni d'abitanti", 2e6, "abitanti"),
    ("ca", "3 milions d’euros", 3e6, "EUR"),
])
def test_elided_linking_words(language, text, value, unit):
    mention = only(text, language)
    assert mention.value == NumberValue(value, value, unit)
    assert mention.text == text


def test_an_elided_word_that_links_nothing_ends_the_number():
    assert values("at 5 o'clock", "en") == [(5, 5, None)]


@pytest.mark.parametrize("text, low, high, unit, approximate", [
    ("ueber 27.000 Menschen", 27000, OPEN, "menschen", False),
    ("Ueber 27.000 Euro", 27000, OPEN, "EUR", False),
    ("hoechstens 5 Jahre", OPEN, 5, "year", False),
    ("ungefaehr 5 Jahre", 5, 5, "year", True),
    ("annaehernd 5 Jahre", 5, 5, "year", True),
    ("fuenfundzwanzig Jahre", 25, 25, "year", False),
    ("zwoelf Monate", 12, 12, "month", False),
])
def test_umlauts_written_out(text, low, high, unit, approximate):
    mention = only(text, "de")
    assert mention.value == NumberValue(low, high, unit, approximate)
    assert mention.text == text


@pytest.mark.parametrize("language, text, value, unit", [
    ("en", "20 °C", 20, "celsius"), ("en", "20°C", 20, "celsius"), ("de", "-5 °C", -5, "celsius"),
    ("ja", "-5 ℃", -5, "celsius"), ("hr", "30 °C", 30, "celsius"), ("en", "50 °F", 50, "fahrenheit"),
    ("ru", "30 градусов Цельсия", 30, "celsius"), ("en", "30 degrees Celsius", 30, "celsius"),
])
def test_temperatures(language, text, value, unit):
    mention = only(text, language)
    assert mention.value == NumberValue(value, value, unit)
    assert mention.text == text


def test_a_bare_degree_is_no_unit():
    assert values("a 90° turn", "en") == [(90, 90, None)]


# --- ranges and bounds -------------------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "18-24 months"), ("en", "18–24 months"), ("en", "18 – 24 months"),
    ("en", "between 18 and 24 months"), ("en", "from 18 to 24 months"), ("en", "18 to 24 months"),
    ("hr", "od 18 do 24 mjeseca"), ("hr", "između 18 i 24 mjeseca"), ("ro", "între 18 și 24 de luni"),
    ("de", "zwischen 18 und 24 Monaten"), ("fr", "entre 18 et 24 mois"), ("ru", "от 18 до 24 месяцев"),
    ("en", "18 months to 2 years"),
    ("nl", "tussen 18 en 24 maanden"), ("nl", "18 tot 24 maanden"), ("sv", "mellan 18 och 24 månader"),
    ("da", "mellem 18 og 24 måneder"), ("nb", "fra 18 til 24 måneder"), ("cs", "18 až 24 měsíců"),
    ("cs", "mezi 18 a 24 měsíci"), ("sl", "od 18 do 24 mesecev"), ("bg", "между 18 и 24 месеца"),
    ("el", "από 18 έως 24 μήνες"), ("ca", "entre 18 i 24 mesos"), ("id", "antara 18 dan 24 bulan"),
    ("vi", "từ 18 đến 24 tháng"),
])
def test_ranges(language, text):
    mention = only(text, language)
    assert mention.value == NumberValue(18, 24, "month")
    assert mention.text == text


def test_a_falling_pair_is_not_a_range():
    assert values("from 10 to 5", "en") == [(10, 10, None), (5, 5, None)]


def test_a_range_of_percentages():
    assert only("5-10%", "en").value == NumberValue(5, 10, "percent")


@pytest.mark.parametrize("language, text, low, high, approximate", [
    ("en", "more than 18 months", 18, OPEN, False),
    ("en", "at least 18 months", 18, OPEN, False),
    ("en", "less than 18 months", OPEN, 18, False),
    ("en", "up to 18 months", OPEN, 18, False),
    ("en", "about 18 months", 18, 18, True),
    ("en", "nearly 18 months", 18, 18, True),
    ("hr", "više od 18 mjeseci", 18, OPEN, False),
    ("hr", "preko 18 mjeseci", 18, OPEN, False),
    ("hr", "najmanje 18 mjeseci", 18, OPEN, False),
    ("hr", "manje od 18 mjeseci", OPEN, 18, False),
    ("hr", "oko 18 mjeseci", 18, 18, True),
    ("hr", "gotovo 18 mjeseci", 18, 18, True),
    ("sr", "више од 18 месеци", 18, OPEN, False),
    ("sr", "više od 18 meseci", 18, OPEN, False),
    ("bs", "oko 18 mjeseci", 18, 18, True),
    ("ro", "peste 18 luni", 18, OPEN, False),
    ("ro", "mai mult de 18 luni", 18, OPEN, False),
    ("ro", "cel puțin 18 luni", 18, OPEN, False),
    ("ro", "cel putin 18 luni", 18, OPEN, False),
    ("ro", "sub 18 luni", OPEN, 18, False),
    ("ro", "aproape 18 luni", 18, 18, True),
    ("ro", "circa 18 luni", 18, 18, True),
    ("de", "über 18 Monate", 18, OPEN, False),
    ("de", "mehr als 18 Monate", 18, OPEN, False),
    ("de", "mindestens 18 Monate", 18, OPEN, False),
    ("de", "etwa 18 Monate", 18, 18, True),
    ("de", "rund 18 Monate", 18, 18, True),
    ("de", "fast 18 Monate", 18, 18, True),
    ("fr", "plus de 18 mois", 18, OPEN, False),
    ("fr", "au moins 18 mois", 18, OPEN, False),
    ("fr", "environ 18 mois", 18, 18, True),
    ("fr", "près de 18 mois", 18, 18, True),
    ("es", "más de 18 meses", 18, OPEN, False),
    ("es", "al menos 18 meses", 18, OPEN, False),
    ("es", "cerca de 18 meses", 18, 18, True),
    ("es", "unos 18 meses", 18, 18, True),
    ("it", "più di 18 mesi", 18, OPEN, False),
    ("it", "almeno 18 mesi", 18, OPEN, False),
    ("it", "circa 18 mesi", 18, 18, True),
    ("pt", "mais de 18 meses", 18, OPEN, False),
    ("pt", "pelo menos 18 meses", 18, OPEN, False),
    ("pt", "cerca de 18 meses", 18, 18, True),
    ("pl", "ponad 18 miesięcy", 18, OPEN, False),
    ("pl", "co najmniej 18 miesięcy", 18, OPEN, False),
    ("pl", "około 18 miesięcy", 18, 18, True),
    ("pl", "prawie 18 miesięcy", 18, 18, True),
    ("ru", "более 18 месяцев", 18, OPEN, False),
    ("ru", "больше 18 месяцев", 18, OPEN, False),
    ("ru", "свыше 18 месяцев", 18, OPEN, False),
    ("ru", "не менее 18 месяцев", 18, OPEN, False),
    ("ru", "около 18 месяцев", 18, 18, True),
    ("ru", "почти 18 месяцев", 18, 18, True),
    ("uk", "понад 18 місяців", 18, OPEN, False),
    ("uk", "більше 18 місяців", 18, OPEN, False),
    ("uk", "близько 18 місяців", 18, 18, True),
    ("uk", "майже 18 місяців", 18, 18, True),
])
def test_bound_words_in_each_language(language, text, low, high, approximate):
    mention = only(text, language)
    assert mention.value == NumberValue(low, high, "month", approximate)
    assert mention.text == text


@pytest.mark.parametrize("language, text, value, unit", [
    ("tr", "Ölü sayısı 2 bin 946'ya yükseldi.", 2946, None),
    ("tr", "5 bin 674 kişi yaralandı.", 5674, "kisi"),
    ("tr", "Yaklaşık 1 milyon 200 bin kişi etkilendi.", 1_200_000, "kisi"),
    ("az", "2 min 946 nəfər həlak olub.", 2946, "nefer"),
])
def test_a_figure_written_in_spaced_parts(language, text, value, unit):
    (mention,) = find_numbers(text, language)
    assert (mention.value.min, mention.value.unit) == (value, unit)


@pytest.mark.parametrize("text, low, high, unit", [
    ("מספר ההרוגים עלה ליותר מ-2,900", 2900, None, None),   # "to more than", with "to" written on it
    ("נהרגו יותר מ־2,900 בני אדם", 2900, None, "vny"),     # the Hebrew hyphen, maqaf
    ("כ־2,900 איש נעצרו", 2900, 2900, "'ys"),
    ("מספר המפגינים ירד לפחות מ-2,900", None, 2900, None),   # fell "to less than"
    ("שיעור האבטלה ירד לפחות מ־4 אחוזים", None, 4, "percent"),
    ("משלחות הגיעו לפחות מ-10 מדינות", 10, None, "mdynvt"),   # "from at least"
    ("הכריז על שלושה ימי אבל לאומי", 3, 3, "day"),          # the construct plural: "days of"
    ("במשך שלוש שנות מלחמה", 3, 3, "year"),
])
def test_hebrew_bounds_and_units_with_words_written_on_them(text, low, high, unit):
    (mention,) = find_numbers(text, "he")
    assert (mention.value.min, mention.value.max, mention.value.unit) == (low, high, unit)


def test_a_turkish_multiplier_with_its_case_ending():
    assert [m.value.min for m in find_numbers("Nüfus 1 milyonu geçti.", "tr")] == [1_000_000]


@pytest.mark.parametrize("text, low", [
    ("Ölü sayısı 2 bini aştı.", 2000),
    ("Ölü sayısı 2 bin 946'yı aştı.", 2946),
    ("Ölü sayısı 2.900'ü aştı.", 2900),
])
def test_a_turkish_verb_of_passing_a_figure_after_it_is_its_lower_bound(text, low):
    (mention,) = find_numbers(text, "tr")
    assert (mention.value.min, mention.value.max) == (low, None)


def test_a_spaced_part_is_no_part_when_it_is_not_less_than_the_multiplier_before_it():
    assert [m.value.min for m in find_numbers("2 bin 2023 yılında", "tr")] == [2000, 2023]


@pytest.mark.parametrize("language, text", [
    ("en", "The death toll topped 2,000 on Sunday."),
    ("en", "The death toll exceeded 2,000."),
    ("fr", "Le bilan dépasse les 2 000 morts."),
    ("es", "El balance supera los 2.000 muertos."),
    ("it", "Il bilancio supera i 2.000 morti."),
    ("pt", "O número de mortos ultrapassa os 2.000."),
    ("de", "Die Zahl der Toten übersteigt 2000."),
    ("hr", "Broj mrtvih premašio je 2000."),
    ("ro", "Bilanțul a depășit 2.000 de morți."),
    ("pl", "Liczba ofiar przekroczyła 2000."),
    ("ru", "Число погибших превысило 2000 человек."),
    ("uk", "Кількість загиблих перевищила 2000."),
    ("ar", "الحصيلة تجاوزت 2000 قتيل."),
    ("ar", "عدد القتلى يتخطى 2000."),
    ("ar", "ارتفعت الحصيلة لأكثر من 2000."),            # "to" written on the bound word
])
def test_a_verb_of_passing_a_figure_is_its_lower_bound(language, text):
    (mention,) = find_numbers(text, language)
    assert (mention.value.min, mention.value.max) == (2000, None)


@pytest.mark.parametrize("language, text", [
    # Arabic writes the verb first, the figure after its subject
    ("ar", "تجاوزت حصيلة القتلى 2000 شخص."),
    ("ar", "وتجاوزت حصيلة ضحايا الزلزال 2000 قتيل."),
    ("ar", "فاق عدد المعتقلين 2000."),
    # Persian, Sorani and Pashto: "from" the figure, its noun, then the verb
    ("fa", "شمار کشته‌شدگان از ۲۰۰۰ نفر گذشت."),
    ("fa", "شمار کشته‌شدگان از مرز ۲ هزار نفر گذشت."),
    ("fa", "تعداد قربانیان از ۲۰۰۰ تن فراتر رفت."),
    ("ckb", "ژمارەی کوژراوان لە ٢٠٠٠ کەس تێپەڕی."),
    ("ps", "د مړو شمېر له ۲۰۰۰ تنو واوښت."),
])
def test_a_verb_of_passing_a_figure_apart_from_it_is_its_lower_bound(language, text):
    (mention,) = find_numbers(text, language)
    assert (mention.value.min, mention.value.max) == (2000, None)


@pytest.mark.parametrize("language, text", [
    ("ar", "بلغت حصيلة القتلى 2000 شخص."),                      # reached: the figure itself
    ("ar", "تجاوز الرئيس الأزمة وأعلن عن خطة جديدة في 2000 صفحة."),  # too far from the figure
    ("fa", "شمار کشته‌شدگان به ۲۰۰۰ نفر رسید."),
    ("fa", "او از ۲۰۰۰ نفر دیدار کرد."),                         # "from" without a verb of passing
])
def test_a_figure_without_a_verb_of_passing_it_is_exact(language, text):
    (mention,) = find_numbers(text, language)
    assert (mention.value.min, mention.value.max) == (2000, 2000)


@pytest.mark.parametrize("language, text, low, high, approximate, unit", [
    ("nl", "meer dan 1.500 mensen", 1500, OPEN, False, "mensen"),
    ("sv", "Över 1 500 personer", 1500, OPEN, False, "personer"),
    ("da", "mindre end 40 personer", OPEN, 40, False, "personer"),
    ("nb", "omkring 300 personer", 300, 300, True, "personer"),
    ("fi", "yli 1 500 ihmistä", 1500, OPEN, False, "ihmista"),
    ("cs", "přes 1 500 lidí", 1500, OPEN, False, "lidi"),
    ("sk", "približne 200 ľudí", 200, 200, True, "ludi"),
    ("sl", "več kot 1500 ljudi", 1500, OPEN, False, "ljudi"),
    ("bg", "над 1500 души", 1500, OPEN, False, "dushi"),
    ("el", "περισσότερα από 1.500 άτομα", 1500, OPEN, False, "atoma"),
    ("hu", "több mint 1500 ember", 1500, OPEN, False, "ember"),
    ("tr", "yaklaşık 1.500 kişi", 1500, 1500, True, "kisi"),
    ("ca", "més de 300 persones", 300, OPEN, False, "persones"),
    ("id", "lebih dari 1.500 orang", 1500, OPEN, False, "orang"),
    ("vi", "hơn 1.500 người", 1500, OPEN, False, "nguoi"),
    ("ar", "أكثر من 1500 شخص", 1500, OPEN, False, "shkhs"),
    ("he", "יותר מ-1,500 איש", 1500, OPEN, False, "'ys"),
    ("he", "כ-50 איש", 50, 50, True, "'ys"),
    ("fa", "بیش از ۱۵۰۰ نفر", 1500, OPEN, False, "nfr"),
    ("fa", "حدود ۱٬۵۰۰ نفر", 1500, 1500, True, "nfr"),
    ("sw", "watu zaidi ya 1,500", 1500, OPEN, False, None),  # the noun before: counted, no unit
    ("ha", "mutane fiye da 1,500", 1500, OPEN, False, None),
    ("ha", "kimanin mutane 5,500", 5500, 5500, True, None),  # the bound before the noun that comes first
    ("sw", "zaidi ya watu 1,500", 1500, OPEN, False, None),
    ("af", "meer as 1 500 mense", 1500, OPEN, False, "mense"),
    ("af", "ongeveer 2 000 mense", 2000, 2000, True, "mense"),
    ("so", "in ka badan 1,500 qof", 1500, OPEN, False, "qof"),
    ("so", "ku dhawaad 300 qof", 300, 300, True, "qof"),
    ("yo", "ó lé ní 1,500", 1500, OPEN, False, None),
    ("yo", "nǹkan bí 2,000", 2000, 2000, True, None),
    ("zu", "ngaphezu kuka-1 500", 1500, OPEN, False, None),  # the agreement on the number, grouped by a space
    ("zu", "cishe 300", 300, 300, True, None),
    ("zu", "amaphesenti angu-60", 60, 60, False, "percent"),  # per cent before the agreement
    ("zu", "ngamaphesenti ayi-12", 12, 12, False, "percent"),
    ("zu", "R50 million", 50e6, 50e6, False, "ZAR"),
    ("kk", "шамамен 2000 адам", 2000, 2000, True, "adam"),
    ("kk", "1500-ден астам адам", 1500, OPEN, False, "adam"),  # "than" as the ablative ending
    ("kk", "2000-ға жуық адам", 2000, 2000, True, "adam"),
    ("uz", "1500 dan ortiq odam", 1500, OPEN, False, "odam"),
    ("uz", "taxminan 2000 kishi", 2000, 2000, True, "kishi"),
    ("am", "ከ1,500 በላይ", 1500, OPEN, False, None),  # "from" written on the number, "above" after it
    ("am", "2,000 ገደማ", 2000, 2000, True, None),
    ("am", "60 በመቶ", 60, 60, False, "percent"),
    # a case ending on the multiplier, and "than" after it
    ("ka", "1,5 მილიონზე მეტმა ამომრჩეველმა", 1.5e6, OPEN, False, "amomrchevelma"),
    ("hy", "300 հազարից ավելի ընտրող", 300_000, OPEN, False, "yntrogh"),
    ("kk", "6 миллионнан астам сайлаушы", 6e6, OPEN, False, "saylaushy"),
    ("kk", "5 мыңнан астам адам", 5000, OPEN, False, "adam"),
    ("uz", "12 milliondan ortiq saylovchi", 12e6, OPEN, False, "saylovchi"),
    ("uz", "1,5 mingdan ortiq kishi", 1500, OPEN, False, "kishi"),
    ("uz", "2 mingga yaqin kishi", 2000, 2000, True, "kishi"),  # the dative and "near"
    ("kk", "2 млрд теңге", 2e9, 2e9, False, "KZT"),
    ("am", "3.5 ቢሊዮን ብር", 3.5e9, 3.5e9, False, "ETB"),
    ("am", "5 ሺህ ሰዎች", 5000, 5000, False, "sewoch"),
    # a case ending, and a bound word between number and noun
    ("tr", "1.500'den fazla kişi", 1500, OPEN, False, "kisi"),
    ("tr", "1.500'ü aşkın kişi", 1500, OPEN, False, "kisi"),
    ("tr", "500'den az kişi", OPEN, 500, False, "kisi"),
    ("hi", "1,500 से अधिक लोगों", 1500, OPEN, False, "log"),
    ("hi", "लगभग 300 लोग", 300, 300, True, "log"),
    ("tr", "18 aydır", 18, 18, False, "month"),
    ("tr", "18 aylık", 18, 18, False, "month"),
    ("hi", "18 महीनों", 18, 18, False, "month"),             # an oblique plural, vowel signs and all
])
def test_bound_words_in_more_languages(language, text, low, high, approximate, unit):
    mention = only(text, language)
    assert mention.value == NumberValue(low, high, unit, approximate)
    assert mention.text == text if unit else text.endswith(mention.text)


def test_every_language_has_each_kind_of_bound_and_ranges():
    languages = {"en", "hr", "sr", "bs", "ro", "de", "fr", "es", "it", "pt", "pl", "ru", "uk"}
    assert languages <= set(BOUNDS) and languages <= set(RANGES)
    for language in languages:
        lex = lexicon(language)
        assert set(lex.bounds.values()) == {"min", "max", "approx"}
        assert not set(lex.bounds) & set(lex.openers), language


# --- time spans --------------------------------------------------------------------

@pytest.mark.parametrize("language, text, value, unit", [
    ("en", "a year and a half", 1.5, "year"),
    ("en", "two and a half years", 2.5, "year"),
    ("hr", "godinu i pol", 1.5, "year"),
    ("hr", "godinu i po", 1.5, "year"),
    ("hr", "dvije i pol godine", 2.5, "year"),
    ("ro", "un an şi jumătate", 1.5, "year"),
    ("ro", "un an și jumătate", 1.5, "year"),
    ("de", "anderthalb Jahre", 1.5, "year"),
    ("de", "eineinhalb Jahre", 1.5, "year"),
    ("de", "zweieinhalb Jahre", 2.5, "year"),
    ("ru", "полтора года", 1.5, "year"),
    ("ru", "два с половиной года", 2.5, "year"),
    ("pl", "półtora roku", 1.5, "year"),
    ("uk", "півтора року", 1.5, "year"),
    ("fr", "un an et demi", 1.5, "year"),
    ("es", "un año y medio", 1.5, "year"),
    ("it", "un anno e mezzo", 1.5, "year"),
    ("pt", "um ano e meio", 1.5, "year"),
    ("en", "half a year", 0.5, "year"),
    ("hr", "pola godine", 0.5, "year"),
    ("en", "an 18-month war", 18, "month"),
])
def test_time_spans(language, text, value, unit):
    mention = only(text, language)
    assert mention.value == NumberValue(value, value, unit)
    assert mention.value.compatible(NumberValue(value * 12, value * 12, "month")) == (unit == "year")


@pytest.mark.parametrize("language, text, unit", [
    ("hr", "18 mjesec", "month"), ("hr", "18 mjeseca", "month"), ("hr", "18 mjeseci", "month"),
    ("hr", "u 18 mjesecima", "month"), ("hr", "5 godina", "year"), ("hr", "5 tjedana", "week"),
    ("hr", "5 dana", "day"), ("ro", "18 luni", "month"), ("ro", "18 de luni", "month"),
    ("ro", "5 săptămâni", "week"), ("ro", "5 zile", "day"), ("ru", "18 месяцев", "month"),
    ("ru", "2 месяца", "month"), ("ru", "5 лет", "year"), ("pl", "18 miesięcy", "month"),
    ("pl", "2 miesiące", "month"), ("pl", "5 lat", "year"), ("de", "18 Monaten", "month"),
    ("fr", "5 ans", "year"), ("es", "5 días", "day"), ("it", "5 anni", "year"),
    ("pt", "5 semanas", "week"), ("uk", "5 років", "year"), ("sr", "5 недеља", "week"),
    ("en", "5 weeks", "week"),
])
def test_inflected_unit_words(language, text, unit):
    assert find_numbers(text, language)[-1].value.unit == unit


def test_bound_and_bare_unit_means_one():
    assert only("više od godinu dana", "hr").value == NumberValue(1, None, "year")
    assert only("более года", "ru").value == NumberValue(1, None, "year")
    assert only("more than a year", "en").value == NumberValue(1, None, "year")


def test_sample_sentences():
    hr = "koja je potrošila ogromne zalihe u više od 18 mjeseci rata u Ukrajini."
    ro = "Rusia fiind angajată într-un război în Ucraina de peste un an şi jumătate."
    war_hr, war_ro = only(hr, "hr"), only(ro, "ro")
    assert (war_hr.text, war_hr.value) == ("više od 18 mjeseci", NumberValue(18, None, "month"))
    assert (war_ro.text, war_ro.value) == ("peste un an şi jumătate", NumberValue(1.5, None, "year"))
    assert war_hr.value.compatible(war_ro.value) and war_ro.value.compatible(war_hr.value)
    assert war_ro.value.compatible(NumberValue(18, 18, "month"))


# --- values ------------------------------------------------------------------------

def v(low, high=..., unit=None, approximate=False) -> NumberValue:
    return NumberValue(low, low if high is ... else high, unit, approximate)


@pytest.mark.parametrize("a, b, agree", [
    (v(50, None), v(40, None), True),                      # at least 50 / more than 40
    (v(12), v(50), False),
    (v(18, None, "month"), v(19, unit="month"), True),
    (v(18, None, "month"), v(18, unit="month"), True),     # bounds are inclusive
    (v(18, None, "month"), v(1.5, unit="year"), True),
    (v(18, unit="month"), v(1.5, unit="year"), True),
    (v(18, unit="month"), v(2, unit="year"), False),
    (v(None, 5), v(4), True),
    (v(None, 5), v(6), False),
    (v(50, approximate=True), v(54), True),                # about 50: ±10%
    (v(50, approximate=True), v(60), False),
    (v(18, 24, "month"), v(2, unit="year"), True),
    (v(18, 24, "month"), v(3, unit="year"), False),
    (v(50, unit="percent"), v(50, unit="month"), False),
    (v(50, unit="people"), v(50, unit="ljudi"), True),     # nouns a figure counts: no unit tells them apart
    (v(50, unit="people"), v(60, unit="victims"), False),
    (v(50, unit="people"), v(50, unit="month"), False),    # a unit the tables know does
    (v(50, unit="people"), v(50, unit="EUR"), False),
    (v(50, unit="ljudi"), v(50, unit="ljudima"), True),    # inflection of one word
    (v(50, unit="people"), v(50), True),                   # an unstated unit matches any
])
def test_compatibility(a, b, agree):
    assert a.compatible(b) is agree
    assert b.compatible(a) is agree


def test_tolerance_is_relative():
    assert not v(100).compatible(v(104))
    assert v(100).compatible(v(104), tolerance=0.05)


def test_to_unit():
    assert v(1.5, unit="year").to_unit("month") == v(18, unit="month")
    assert v(18, unit="month").to_unit("year") == v(1.5, unit="year")
    assert v(2, unit="week").to_unit("days") == v(14, unit="day")
    assert v(18, None, "month").to_unit("year") == v(1.5, None, "year")
    assert v(50, unit="percent").to_unit("month") is None
    assert v(50).to_unit("month") is None
    assert v(5, unit="ljudima").to_unit("ljudi") == v(5, unit="ljudi")


def test_json_and_text():
    assert v(18, None, "month").to_json() == {"min": 18, "max": None, "unit": "month"}
    assert v(2.5).to_json() == {"min": 2.5, "max": 2.5, "unit": None}
    assert isinstance(v(2_500_000.0).to_json()["min"], int)
    assert str(v(18)) == "18"
    assert str(v(18, None, "month")) == "> 18 month"
    assert str(v(None, 5)) == "< 5"
    assert str(v(18, 24)) == "18–24"
    assert str(v(50, unit="people", approximate=True)) == "≈ 50 people"
    assert str(v(1.5, unit="year")) == "1.5 year"


@pytest.mark.parametrize("raw, shown", [
    (">= 1500", "≥ 1500"), ("≥ 1500", "≥ 1500"), ("> 1500", "> 1500"), ("<= 5", "≤ 5"), ("< 5", "< 5"),
    ({"min": 18}, "≥ 18"), ({"max": 24}, "≤ 24"), ({"min": 18, "max": 24}, "18–24"),
])
def test_expected_bounds_are_shown_as_written(raw, shown):
    assert str(parse_expected_number(raw)) == shown


@pytest.mark.parametrize("word, unit", [
    ("months", "month"), ("mjeseci", "month"), ("mjesecima", "month"), ("месяцев", "month"),
    ("luni", "month"), ("Jahren", "year"), ("años", "year"), ("%", "percent"), ("per cent", "percent"),
    ("People", "people"),
])
def test_canonical_units(word, unit):
    assert canonical_unit(word) == unit


def test_unit_matches():
    assert unit_matches("month", "months")
    assert unit_matches("month", "mjeseci")
    assert unit_matches("mjeseci", "mjeseca")
    assert unit_matches("ljudima", "people", ["ljudi", "oameni"])
    assert unit_matches("oameni", "people", ["ljudi", "oameni"])
    assert not unit_matches("osoba", "people", ["ljudi"])
    assert not unit_matches("year", "month")
    assert not unit_matches(None, "month")


# --- expected values ---------------------------------------------------------------

@pytest.mark.parametrize("raw, unit, expected", [
    (18, None, v(18)),
    (2.5, "years", v(2.5, unit="year")),
    ("18", None, v(18)),
    (">= 18", "month", v(18, None, "month")),
    ("> 18", None, v(18, None)),
    ("≥ 18", None, v(18, None)),
    ("< 5", None, v(None, 5)),
    ("<= 5", None, v(None, 5)),
    ("18-24", None, v(18, 24)),
    ("18 – 24", None, v(18, 24)),
    ("-5", None, v(-5)),
    ("~50", "people", v(50, unit="people", approximate=True)),
    ("> 18 months", None, v(18, None, "month")),
    ({"min": 18, "max": 24}, None, v(18, 24)),
    ({"min": 18}, "mjeseci", v(18, None, "month")),
    ({"max": 24, "min": None}, None, v(None, 24)),
])
def test_parse_expected_number(raw, unit, expected):
    assert parse_expected_number(raw, unit) == expected


@pytest.mark.parametrize("raw", [
    "", "abc", "18-", "24-18", ">= 18-24", "1,5", "inf", "nan", float("nan"), float("inf"), True, None,
    [18], {"min": 24, "max": 18}, {"low": 1}, {}, {"min": None}, {"min": "x"}, {"min": True},
])
def test_parse_expected_number_rejects(raw):
    with pytest.raises(ValueError) as error:
        parse_expected_number(raw)
    assert "\n" not in str(error.value)


# --- robustness --------------------------------------------------------------------

LANGUAGES = [None, "", "en", "hr", "sr", "sr-Latn", "bs", "ro", "de", "de-CH", "fr", "es", "it", "pt",
             "pl", "ru", "uk", "ar", "ja", "zh", "ko", "tr", "hi", "he", "sw", "xx", "not a language"]
PIECES = ["18", "1.000,5", "1,000.5", "-", "–", "%", " ", "\u202f", "više od", "more than", "a", "year",
          "and", "half", "godinu", "i", "pol", "watu", "zaidi ya", "un", "an", "şi", "jumătate", "between", "od", "do",
          "million", "milijuna", "de", "la", "полтора", "года", "более", "٣", "COVID-", "two", ".", "'",
          "€", "$", "US$", "M€", "d'", "euros", "°C", "KM", "kr.", "ueber", "m", "bn", "dollars des États-Unis",
          "1500", "人", "以上", "超过", "万", "多", "명", "이상", "여", "'den", "fazla", "kişi", "מ-", "से अधिक",
          "लोग", "日", "个月", "一千五百", "两", "〇", "百分之", "十", "万", "零"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join),
                 st.lists(st.sampled_from(PIECES), max_size=12).map("".join)),
       st.sampled_from(LANGUAGES))
def test_never_raises_and_spans_point_into_the_text(text, language):
    found = find_numbers(text, language)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
        assert mention.start < mention.end
        if mention.counted_start is not None:  # the noun it may count comes first ("watu 1,500")
            assert 0 <= mention.counted_start < mention.start and mention.counted_end == mention.end
            assert mention.counted and mention.counted_words(text)
        elif mention.counted_end is not None:  # the noun it may count follows it, inside the text
            assert mention.end < mention.counted_end <= len(text) and mention.counted


@pytest.mark.parametrize("language, text", [
    ("en", "The talks lasted more than four hours."),
    ("de", "Die Gespräche dauerten mehr als vier Stunden."),
    ("hr", "Razgovori su trajali više od četiri sata."),
    ("ro", "Discuțiile au durat peste patru ore."),
    ("ru", "Переговоры длились более четырёх часов."),
])
def test_hours_are_one_unit_in_every_language(language: str, text: str) -> None:
    [mention] = find_numbers(text, language)
    assert (mention.value.min, mention.value.max, mention.value.unit) == (4, None, "hour")


def test_minutes_are_a_unit() -> None:
    assert [m.value.unit for m in find_numbers("It took 45 minutes, not 45 Minuten.", "en")] == ["minute", "minute"]


# --- Southeast Asian, Greek, Georgian and Armenian news -----------------------------------

APPROX = "approximately"  # the figure is "about" the low one


@pytest.mark.parametrize("language, text, written, low, high, unit", [
    # bound words before the number, written on the word before it in Thai, Lao and Khmer
    ("th", "ผู้บาดเจ็บกว่า 250 คน", "กว่า 250", 250, OPEN, None),
    ("th", "ราว 14.4 ล้านเสียง", "ราว 14.4 ล้าน", 14_400_000, APPROX, None),
    ("lo", "ໄດ້ຮັບຜົນກະທົບກວ່າ 3.200 ຄອບຄົວ", "ກວ່າ 3.200 ຄອບຄົວ", 3200, OPEN, "khbkhov"),
    ("km", "កម្មករជាង ៣,២០០ នាក់", "ជាង ៣,២០០ នាក់", 3200, OPEN, "naka"),
    ("km", "ជាង១៣ម៉ឺននាក់", "ជាង១៣ម៉ឺន", 130_000, OPEN, None),
    ("tl", "mahigit 40,000 jeepney", "mahigit 40,000 jeepney", 40_000, OPEN, "jeepney"),
    ("tl", "halos 90 porsiyento", "halos 90 porsiyento", 90, APPROX, "percent"),
    ("ms", "lebih 40,000 mangsa", "lebih 40,000 mangsa", 40_000, OPEN, "mangsa"),
    ("ms", "lebih kurang 70 peratus", "lebih kurang 70 peratus", 70, APPROX, "percent"),
    ("hy", "ավելի քան 100 հազար մարդ", "ավելի քան 100 հազար մարդ", 100_000, OPEN, "mard"),
    ("hy", "առնվազն 170 մարդ", "առնվազն 170 մարդ", 170, OPEN, "mard"),
    ("ka", "დაახლოებით 5 მილიონი ლარი", "დაახლოებით 5 მილიონი ლარი", 5_000_000, APPROX, "GEL"),
    # "than" as a case ending on the number: more than 400 rescuers, 100 people
    ("ka", "400-ზე მეტი მაშველი", "400-ზე მეტი მაშველი", 400, OPEN, "mashveli"),
    ("hy", "100-ից ավելի մարդ", "100-ից ավելի մարդ", 100, OPEN, "mard"),
    # bound words after the number
    ("my", "၁၅၀ ကျော် ဒဏ်ရာရ", "၁၅၀ ကျော်", 150, OPEN, None),
    ("my", "နေအိမ် ၁,၂၀၀ ကျော်နှင့်", "၁,၂၀၀ ကျော်", 1200, OPEN, None),
    ("th", "1,200 กว่าหลัง", "1,200 กว่า", 1200, OPEN, None),
    # per cent before the number, multipliers and currencies
    ("th", "คิดเป็นร้อยละ 75.22 ซึ่ง", "ร้อยละ 75.22", 75.22, 75.22, "percent"),
    ("el", "περίπου 5,2 εκατ. πολίτες", "περίπου 5,2 εκατ. πολίτες", 5_200_000, APPROX, "polites"),
    ("el", "3 δισ. ευρώ", "3 δισ. ευρώ", 3e9, 3e9, "EUR"),
    ("km", "៤.៥ ពាន់លានដុល្លារ ។", "៤.៥ ពាន់លានដុល្លារ", 4.5e9, 4.5e9, "USD"),
    ("km", "២០,០០០ រៀល", "២០,០០០ រៀល", 20_000, 20_000, "KHR"),
    ("lo", "ປະມານ 12 ຕື້ກີບ", "ປະມານ 12 ຕື້ກີບ", 12e9, APPROX, "LAK"),
    ("tl", "Naglaan ng P2.5 bilyon para", "P2.5 bilyon", 2.5e9, 2.5e9, "PHP"),
])
def test_southeast_asian_greek_georgian_armenian_figures(language, text, written, low, high, unit):
    mention = only(text, language)
    assert mention.text == written
    assert mention.value.unit == unit
    assert mention.value.min == pytest.approx(low)
    if high == APPROX:
        assert mention.value.approximate and mention.value.max == pytest.approx(low)
    else:
        assert not mention.value.approximate
        assert mention.value.max == (OPEN if high is OPEN else pytest.approx(high))


@pytest.mark.parametrize("text, unit", [
    ("Tòa nhà cao 9 tầng", "tang"),  # a floor, one letter from tháng (month) when folded
    ("doanh thu 9 tăng", "tang"),
    ("kéo dài 9 tháng", "month"),
    ("kéo dài 9 thang", "month"),  # typed without diacritics
])
def test_vietnamese_words_one_letter_from_a_unit_are_other_words(text: str, unit: str) -> None:
    assert only(text, "vi").value.unit == unit


def test_a_thai_year_of_the_buddhist_era_counts_no_words_after_it() -> None:
    # "2566" took the run after it for its noun, up to the per cent of the next figure
    found = find_numbers("การเลือกตั้งเมื่อ 14 พฤษภาคม 2566 มีผู้มาใช้สิทธิคิดเป็นร้อยละ 75.22", "th")
    assert [(m.text, m.value.unit) for m in found] == [("14", None), ("2566", None), ("ร้อยละ 75.22", "percent")]


@pytest.mark.parametrize("language, text, written, value, unit", [
    ("th", "งบประมาณ 2.5 หมื่นล้านบาท", "2.5 หมื่นล้านบาท", 25e9, "THB"),  # ten thousand millions; a budget (งบประมาณ), not "about" (ประมาณ)
    ("th", "กว่า 5 พันล้านบาท", "กว่า 5 พันล้านบาท", 5e9, "THB"),
    ("lo", "5 ພັນລ້ານກີບ", "5 ພັນລ້ານກີບ", 5e9, "LAK"),
    ("my", "ဒေါ်လာ ၅ သန်း", "ဒေါ်လာ ၅ သန်း", 5e6, "USD"),  # the currency before the figure
    ("my", "ကျပ် ၅ သိန်း ထောက်ပံ့", "ကျပ် ၅ သိန်း", 5e5, "MMK"),
    ("hy", "15 հազ. մարդ", "15 հազ. մարդ", 15_000, "mard"),
    ("vi", "5 ngàn người", "5 ngàn người", 5_000, "nguoi"),  # the South's "nghìn"
])
def test_larger_multipliers_and_currencies_before_the_figure(language, text, written, value, unit):
    mention = only(text, language)
    assert (mention.text, mention.value.min, mention.value.unit) == (written, value, unit)


@pytest.mark.parametrize("language, text, written, value, unit", [
    ("ms", "tiga orang mati lemas", "tiga orang", 3, "orang"),
    ("tl", "tatlong katao ang nasawi", "tatlong katao", 3, "katao"),  # the linker written on the number
    ("tl", "apat na katao ang sugatan", "apat na katao", 4, "katao"),  # and apart
    ("tl", "dalawang libong pamilya", "dalawang libong pamilya", 2000, "pamilya"),
    ("ka", "ექვსი ადამიანი დაიღუპა", "ექვსი ადამიანი", 6, "adamiani"),
    ("ka", "ორი ათასი მაშველი", "ორი ათასი მაშველი", 2000, "mashveli"),
    ("hy", "զոհվել է վեց մարդ", "վեց մարդ", 6, "mard"),
    ("hy", "երկու հազար մարդ", "երկու հազար մարդ", 2000, "mard"),
])
def test_number_words_of_malay_tagalog_georgian_armenian(language, text, written, value, unit):
    mention = only(text, language)
    assert (mention.text, mention.value.min, mention.value.unit) == (written, value, unit)


@pytest.mark.parametrize("text, written, value", [
    ("ကျပ်သိန်း ၅,၀၀၀ ထောက်ပံ့မည်", "ကျပ်သိန်း ၅,၀၀၀", 5e8),  # 5,000 lakh kyat
    ("ကျပ် သိန်း ၁,၀၀၀ ချီးမြှင့်", "ကျပ် သိန်း ၁,၀၀၀", 1e8),
    ("ကျပ်သန်း ၂၀", "ကျပ်သန်း ၂၀", 2e7),
    ("ကျပ် ၅,၀၀၀", "ကျပ် ၅,၀၀၀", 5e3),
])
def test_burmese_sums_in_lakhs_and_millions_of_kyat(text: str, written: str, value: float) -> None:
    mention = only(text, "my")
    assert (mention.text, mention.value.min, mention.value.unit) == (written, value, "MMK")


@pytest.mark.parametrize("text, value, unit", [
    ("ရစ်ချ်တာစကေး ၆ ဒသမ ၁ အဆင့်ရှိ ငလျင်", 6.1, "'chnrhi"),  # a magnitude of 6.1; it was 6 and 1
    ("၃ ဒသမ ၅ ရာခိုင်နှုန်း", 3.5, "percent"),
])
def test_a_burmese_decimal_point_written_as_a_word(text: str, value: float, unit: str) -> None:
    mention = only(text, "my")
    assert (mention.value.min, mention.value.unit) == (value, unit)


# --- South Asian figures -------------------------------------------------------------

@pytest.mark.parametrize("language, text, low, high, approximate, unit", [
    # "than" after a multiplier or a unit, and the noun it counts after it
    ("hi", "20 हजार से ज्यादा लोग", 20_000, OPEN, False, "log"),
    ("hi", "5 करोड़ रुपये से अधिक", 5e7, OPEN, False, "INR"),
    ("hi", "कम से कम 12 लोगों", 12, OPEN, False, "log"),
    ("ur", "20 لاکھ سے زائد دکانداروں", 2e6, OPEN, False, "dkndrwn"),
    ("pa", "10 ਹਜ਼ਾਰ ਤੋਂ ਵੱਧ ਕਿਸਾਨ", 10_000, OPEN, False, "kisan"),
    ("pa", "60 ਤੋਂ ਵੱਧ ਗੱਡੀਆਂ", 60, OPEN, False, "g'diam"),
    # the ending written on a multiplier, a currency or the number itself
    ("bn", "দুই লাখের বেশি শ্রমিক", 200_000, OPEN, False, "sramik"),
    ("bn", "৩৫০টির বেশি কারখানার", 350, OPEN, False, "karkhanar"),
    ("bn", "৩০০টি কারখানা", 300, 300, False, "karkhana"),      # the counter written on the number
    ("bn", "প্রায় ৩০০টি কারখানা", 300, 300, True, "karkhana"),
    ("bn", "অন্তত ২৫ জন", 25, OPEN, False, "jan"),
    ("mr", "२० हजारांहून अधिक शेतकरी", 20_000, OPEN, False, "setakri"),
    ("mr", "६०० हून अधिक कार्यकर्त्यांना", 600, OPEN, False, "karyakarty"),
    ("mr", "३,१०० रुपयांपेक्षा जास्त", 3100, OPEN, False, "INR"),
    ("mr", "सुमारे १५ हजार शेतकरी", 15_000, 15_000, True, "setakri"),
    ("gu", "5,000થી વધુ લોકોનું", 5000, OPEN, False, "lokonum"),
    ("ta", "30,000-க்கும் மேற்பட்ட ரசிகர்கள்", 30_000, OPEN, False, "racikarkal"),
    ("ta", "சுமார் 25 ஆயிரம் ரசிகர்கள்", 25_000, 25_000, True, "racikarkal"),
    ("te", "1,500 మందికి పైగా", 1500, OPEN, False, "mandiki"),
    ("si", "150කට වැඩි ප්‍රමාණයක්", 150, OPEN, False, "prmanyk"),  # a word with a joiner (ප්‍ර) is one
    ("ne", "कम्तीमा १२ जनाको", 12, OPEN, False, "janako"),
])
def test_south_asian_bounds_and_endings(language, text, low, high, approximate, unit):
    mention = only(text, language)
    assert mention.value == NumberValue(low, high, unit, approximate)
    assert mention.text == text


@pytest.mark.parametrize("language, text, value, unit", [
    ("ta", "ரூ.50 லட்சம் பரிசு", 5e6, "INR"),                  # lakh and crore, which CLDR's Tamil lacks
    ("ta", "ரூ. 1 கோடி", 1e7, "INR"),
    ("te", "రూ.412 కోట్లకు చేరింది", 4.12e9, "INR"),            # the dative written on the crore
    ("te", "2 లక్షల మంది", 2e5, "mandi"),
    ("gu", "રૂ. 10 કરોડની સહાય", 1e8, "INR"),
    ("bn", "৫০০ কোটি টাকার ক্ষতি", 5e9, "BDT"),
    ("mr", "३५०० रुपयांची पहिली उचल", 3500, "INR"),
    ("si", "රු. 5000", 5000, "LKR"),
    ("ur", "30 ارب روپے کا نقصان", 3e10, "PKR"),                # Pakistan's rupee in Urdu
    ("ne", "२ लाख रुपैयाँ राहत", 2e5, "NPR"),                    # Nepal's in Nepali
    ("hi", "2 लाख रुपये", 2e5, "INR"),                           # India's in Hindi
    ("en", "500 rupees", 500, "INR"),                            # and in English
    # a figure in parts, each with its multiplier
    ("bn", "৮ হাজার ৩০০ টাকা", 8300, "BDT"),
    ("ne", "१२ सय घर", 1200, "ghar"),
    ("ne", "१ हजार २ सय घर", 1200, "ghar"),
    ("mr", "२ कोटी ३० लाख", 2.3e7, None),
    ("hi", "८ हजार ३०० लोग", 8300, "log"),
])
def test_south_asian_multipliers_currencies_and_parts(language, text, value, unit):
    mention = find_numbers(text, language)[0]
    assert (mention.value.min, mention.value.max, mention.value.unit) == (value, value, unit)


@pytest.mark.parametrize("language, text, expected", [
    ("hi", "2 करोड़ 2023 में", [(2e7, 2e7, None), (2023, 2023, None)]),  # a year is no last part
    ("bn", "১০টি বেশি আসন", [(10, 10, None)]),                          # ten more seats: no genitive, no bound
    ("te", "5 వేలం", [(5, 5, "velam")]),                                 # an auction, not thousands
])
def test_south_asian_figures_that_stay_apart(language, text, expected):
    assert values(text, language) == expected


@pytest.mark.parametrize("text, low, high, approximate, unit, written", [
    ("දිනකට රුපියල් මිලියන 15ක පමණ පාඩුවක්", 15e6, 15e6, True, "LKR", "රුපියල් මිලියන 15ක පමණ"),
    ("රුපියල් බිලියන 2ක් වෙන් කළේය", 2e9, 2e9, False, "LKR", "රුපියල් බිලියන 2"),
    ("ලක්ෂ 2කට අධික මගීන්", 2e5, OPEN, False, "mgin", "ලක්ෂ 2කට අධික මගීන්"),
])
def test_sinhala_writes_the_multiplier_before_the_figure(text, low, high, approximate, unit, written):
    mention = only(text, "si")
    assert mention.value == NumberValue(low, high, unit, approximate)
    assert mention.text == written


@pytest.mark.parametrize("language, text, value, unit", [
    ("hi", "रु. 5.5 लाख करोड़", 5.5e12, "INR"),       # a multiplier before a larger one multiplies it
    ("hi", "5 हजार करोड़ रुपये", 5e10, "INR"),
    ("bn", "৫ হাজার কোটি টাকা", 5e10, "BDT"),
    ("te", "2 లక్షల కోట్లు", 2e12, None),
    ("en", "Rs 1.5 lakh crore", 1.5e12, "INR"),
    ("ne", "रु. ५ अर्ब", 5e9, "NPR"),                   # अर्ब, as Nepali news spells CLDR's अरब
    ("pa", "62.5 ਫੀਸਦੀ ਵੋਟਿੰਗ", 62.5, "percent"),
    ("si", "සියයට 62.5ක ඡන්ද", 62.5, "percent"),      # "per hundred" before the figure
])
def test_south_asian_stacked_multipliers_and_per_cent(language, text, value, unit):
    mention = find_numbers(text, language)[0]
    assert (mention.value.min, mention.value.max, mention.value.unit) == (value, value, unit)


def test_a_sinhala_ending_on_a_number_is_no_unit():
    # CLDR's "දින {0}න්" (in {0} days) writes the day before the number and an ending on it
    first = find_numbers("ආසන 225න් 145ක්", "si")[0]
    assert (first.text, first.value.unit) == ("225", None)  # was 225 days


# --- Baltic, Albanian, Nordic and Slavic newsroom forms ---------------------------------

@pytest.mark.parametrize("language, text, expected", [
    ("et", "Linna eelarve on üle 1,1 miljardi euro.", (1.1e9, OPEN, "EUR")),
    ("et", "Valimistel osales ligi 600 000 valijat.", (600_000, 600_000, "valijat")),
    ("lv", "Streikoja vairāk nekā 15 tūkstoši skolotāju.", (15_000, OPEN, "skolotaju")),
    ("lv", "Aviokompānija pārvadāja vairāk nekā 4,5 miljonus pasažieru.", (4.5e6, OPEN, "pasazieru")),
    ("lt", "Streikavo daugiau nei 3 tūkst. mokytojų.", (3000, OPEN, "mokytoju")),
    ("lt", "Akcijos pabrango 3 proc.", (3, 3, "percent")),
    ("sq", "Mbi 2 mijë banorë e kaluan natën jashtë.", (2000, OPEN, "banore")),
    ("sq", "Dëmet vlerësohen në rreth 1,5 milionë euro.", (1.5e6, 1.5e6, "EUR")),
    ("sq", "Partizani përfiton një shpërblim prej 100 mijë eurosh.", (100_000, 100_000, "EUR")),
    ("sq", "Partia mori 28 për qind të votave.", (28, 28, "percent")),
    ("fi", "Liikevaihto laski 22,3 miljardiin euroon.", (22.3e9, 22.3e9, "EUR")),
    ("sv", "Omsättningen ökade till 399,3 mdr kr.", (399.3e9, 399.3e9, "SEK")),
    ("pl", "Zysk netto spadł o ponad 70 proc.", (70, OPEN, "percent")),
    ("bg", "Избирателната активност е около 29 на сто.", (29, 29, "percent")),
    ("mk", "Синдикатот бара зголемување на платите за 20 отсто.", (20, 20, "percent")),
])
def test_bound_words_multipliers_and_units_of_european_newsrooms(language, text, expected) -> None:
    assert values(text, language) == [expected]


@pytest.mark.parametrize("language, text, expected", [
    ("fi", "Lakko alkoi kello 6 ja siihen osallistui yli 2 000 ahtaajaa.", [(2000, OPEN, "ahtaajaa")]),
    ("pl", "Strajk rozpoczął się o godz. 8 i objął 1 500 szkół.", [(1500, 1500, "szkol")]),
    ("sv", "Stormen nådde kusten klockan 21 och 400 larm kom in.", [(400, 400, "larm")]),
    ("mk", "Земјотресот се случи во 19:05 часот.", []),
    ("sq", "Lëkundja u regjistrua në orën 20:47.", []),
    ("lt", "Streikas prasidėjo 8 val. ryto.", []),  # "val." after the hour: a time
    ("lt", "Posėdis truko 8 valandas.", [(8, 8, "hour")]),  # written out: a duration
    # the hour's character on the number, and the minutes after it
    ("zh", "截至14日上午10时，已造成23人遇难", [(14, 14, None), (23, 23, None)]),
    ("zh", "凌晨3时42分发生6.2级地震", [(6.2, 6.2, None)]),
    ("ja", "午後4時10分ごろ、地震があった", []),
    ("ko", "오전 9시 30분부터 파업에 들어갔다", []),
    ("ja", "会談は10時間続いた", [(10, 10, "hour")]),  # 時間: a span
    ("ko", "회담은 5시간 동안 진행됐다", [(5, 5, "hour")]),
    # the words for "at the hour" of Turkish, Azerbaijani, Arabic, Hebrew, Persian and
    # Sorani, with the part of the day after the hour too
    ("tr", "Kaza dün akşam saat 21.30'da meydana geldi.", []),
    ("az", "Zəlzələ saat 10-da baş verib.", []),
    ("ar", "وقع الزلزال الساعة 4 فجرا.", []),
    ("he", "הפיצוץ אירע בשעה 6 בבוקר.", []),
    ("fa", "حادثه ساعت ۱۰ صبح رخ داد.", []),
    ("fa", "۱۰ ساعت طول کشید.", [(10, 10, "hour")]),   # hours after the figure: a duration
    # not times: a score (no figure either, as "2-1" is none), and a result no clock shows
    ("sk", "Slovan vyhral 2:1.", []),
    ("sk", "Slovan vyhral 98:87.", [(98, 98, None), (87, 87, None)]),
])
def test_a_time_of_day_is_no_figure(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # "and a half" after a multiplier in words is half of that multiplier
    ("pt", "Votaram um milhão e meio de pessoas.", (1.5e6, 1.5e6, "pessoas")),
    ("pt", "Foram dois milhões e meio de passageiros.", (2.5e6, 2.5e6, "passageiros")),
    ("it", "Servono un miliardo e mezzo di euro.", (1.5e9, 1.5e9, "EUR")),
    ("es", "Llegaron un millón y medio de personas.", (1.5e6, 1.5e6, "personas")),
    ("pt", "A greve durou dois anos e meio.", (2.5, 2.5, "year")),  # after a unit, still half a unit
    # one word for one and a half
    ("nl", "Er werden anderhalf miljoen mensen getroffen.", (1.5e6, 1.5e6, "mensen")),
    ("fi", "Lakko maksaa puolitoista miljoonaa euroa.", (1.5e6, 1.5e6, "EUR")),
    ("da", "Klubben får halvanden million kroner.", (1.5e6, 1.5e6, "DKK")),
    # the Macedonian denar and the Albanian lek, no longer days or a noun
    ("mk", "Буџетот е 1,2 милиони денари.", (1.2e6, 1.2e6, "MKD")),
    ("sq", "Dëmet arrijnë 1,2 miliardë lekë.", (1.2e9, 1.2e9, "ALL")),
    # newsroom abbreviations: Lithuanian "Eur", Polish "mln." with a dot
    ("lt", "Biudžetas siekia 1,2 mln. Eur.", (1.2e6, 1.2e6, "EUR")),
    ("pl", "Spółka zarobiła 1,2 mln. zł.", (1.2e6, 1.2e6, "PLN")),
    # a multiplier joined to the number by a hyphen
    ("sk", "Víťaz získa odmenu 200-tisíc eur.", (200_000, 200_000, "EUR")),
    ("en", "They signed a $5-billion deal.", (5e9, 5e9, "USD")),
])
def test_halves_currencies_and_abbreviations_of_european_newsrooms(language, text, expected) -> None:
    assert values(text, language) == [expected]


@pytest.mark.parametrize("language, text, expected", [
    ("sl", "Stavka je stala dva milijona evrov.", (2e6, 2e6, "EUR")),
    ("et", "Eelarve kasvas kaks miljonit eurot.", (2e6, 2e6, "EUR")),
    ("bg", "При катастрофата загинаха трима души.", (3, 3, "dushi")),
    ("mk", "Штрајкуваа три илјади луѓе.", (3000, 3000, "ludje")),
    ("sq", "Protestuan tre mijë njerëz.", (3000, 3000, "njerez")),
])
def test_number_words_of_languages_num2words_lacks(language, text, expected) -> None:
    assert values(text, language) == [expected]


def test_an_estonian_verb_that_is_spelled_as_five_is_no_number() -> None:
    assert values("Ta viis lapse kooli.", "et") == []


@pytest.mark.parametrize("language, text, expected", [
    # a year of the calendar by the year's character, or by its era: no figure
    ("zh", "公司计划到2026年裁员2212人。", [(2212, 2212, None)]),
    ("ko", "2026년까지 인력 2천212명을 감축한다", [(2212, 2212, None)]),
    ("ja", "令和6年能登半島地震", []),
    ("ja", "6年ぶりの優勝", [(6, 6, "year")]),  # a count of years stays one
    # an ordinal is no figure
    ("zh", "第16任總統副總統選舉", []),
    ("ko", "제22대 국회의원 선거", []),
])
def test_years_and_ordinals_in_east_asian_scripts_are_no_figures(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("zh", "最少140人受傷", (140, OPEN, None)),  # Hong Kong's "at least"
    ("zh", "不少於500人", (500, OPEN, None)),
    # Mongolian writes a figure in parts, and "more than", "about" after it
    ("mn", "нийт 2 сая 90 мянга гаруй сонгогч", (2_090_000, OPEN, None)),
    ("mn", "1 мянга 300 орчим нэр дэвшигч", (1300, 1300, None)),
    ("mn", "10 гаруй баримт бичигт", (10, OPEN, None)),
    ("mn", "300 мянган хүн", (300_000, 300_000, "khun")),  # the multiplier before a noun
])
def test_bounds_and_parts_of_east_asian_and_mongolian_figures(language, text, expected) -> None:
    assert values(text, language) == [expected]


@pytest.mark.parametrize("language, text", [("zh", "数百人受伤"), ("zh", "几千人参加"), ("ja", "数千人が避難した"),
                                            ("zh", "数十万人")])
def test_several_hundreds_or_thousands_are_no_figure(language: str, text: str) -> None:
    assert values(text, language) == []  # not a hundred, nor a thousand


@pytest.mark.parametrize("language, text, low, high, unit", [
    # Sorani and Pashto multipliers and bound words, which CLDR lacks
    ("ckb", "٥٠٠ هەزار کەس", 500_000, 500_000, "kes"),
    ("ckb", "زیاتر لە ٢٠٠٠ کەس", 2000, None, "kes"),
    ("ckb", "نزیکەی ٥٠٠ مامۆستا", 500, 500, "mmost"),
    ("ps", "نږدې ۵۰۰ کسان", 500, 500, "ksn"),
    ("ps", "له ۲ زره ډېر کسان", 2000, None, "ksn"),       # "from 2 thousand more": more than
    ("ps", "تر ۵۰۰ زیات کورونه ویجاړ شول", 500, None, "kwrwnh"),
    ("ps", "۵ میلیونه ډالره", 5e6, 5e6, "USD"),
])
def test_sorani_and_pashto_figures(language, text, low, high, unit):
    (mention,) = find_numbers(text, language)
    assert (mention.value.min, mention.value.max, mention.value.unit) == (low, high, unit)


@pytest.mark.parametrize("text, low, high, unit", [
    # Azerbaijani writes a case ending on a figure after a hyphen, "than" as the ablative
    ("Zəlzələdə 1500-dən çox nəfər həlak olub.", 1500, None, "nefer"),
    ("Şirkətin gəlirləri 500 milyon dollardan çox olub.", 5e8, None, "USD"),
    ("Təxminən 300 nəfər yaralanıb.", 300, 300, "nefer"),
    ("Ən azı 12 nəfər həlak olub.", 12, None, "nefer"),
    ("20-25 nəfər yaralanıb.", 20, 25, "nefer"),              # a range, not an ending
])
def test_azerbaijani_bounds_and_endings(text, low, high, unit):
    (mention,) = find_numbers(text, "az")
    assert (mention.value.min, mention.value.max, mention.value.unit) == (low, high, unit)


@pytest.mark.parametrize("language, text, value, unit", [
    ("ckb", "داوای مووچەی 3 مانگ دەکەن", 3, "month"),     # Sorani and Pashto durations CLDR lacks
    ("ckb", "ماوەی 2 ساڵ", 2, "year"),
    ("ps", "دا کار به ۶ میاشتې وخت ونیسي", 6, "month"),
    ("ps", "د ۳ ورځو لپاره", 3, "day"),
])
def test_sorani_and_pashto_durations(language, text, value, unit):
    assert values(text, language) == [(value, value, unit)]


@pytest.mark.parametrize("text, value", [
    ("۶.۳ درجې زلزله", 6.3),          # Afghan news writes figures as Persian news does,
    ("۱,۲۰۰ کورونه", 1200),            # not with CLDR's European marks for Pashto
    ("۶٫۳ درجې", 6.3),                 # and the Arabic decimal mark
])
def test_pashto_decimal_and_group_marks(text, value):
    assert find_numbers(text, "ps")[0].value.min == value


@pytest.mark.parametrize("language, text, figures", [
    # the day and year of a lunar Hijri date beside the common one are no figures
    ("ar", "أعلنت الوزارة يوم الأربعاء 28 صفر 1445هـ تسجيل 1200 حالة", [1200]),
    ("ar", "الخميس - 29 صفر 1445 هـ - 14 سبتمبر 2023 مـ", [14, 2023]),
    ("fa", "چهارشنبه ۲۸ صفر ۱۴۴۵ ه.ق", []),
    ("ar", "مساحة 1200 هكتار", [1200]),          # هكتار is no era
])
def test_a_hijri_date_holds_no_figure(language, text, figures):
    assert [m.value.min for m in find_numbers(text, language)] == figures


@pytest.mark.parametrize("language, text, value, unit", [
    # the multiplier written before the figure, after the noun or the currency
    ("sw", "watu milioni 2", 2_000_000, None),
    ("sw", "watu elfu 5", 5000, None),
    ("sw", "shilingi bilioni 3.5", 3_500_000_000, "KES"),
    ("ha", "Naira biliyan 3.5", 3_500_000_000, "NGN"),
    ("ha", "mutane miliyan 2", 2_000_000, None),
    ("yo", "ènìyàn mílíọ̀nù 2", 2_000_000, None),
    ("yo", "Naira bílíọ̀nù 3.5", 3_500_000_000, "NGN"),
])
def test_a_multiplier_before_the_figure_in_swahili_hausa_and_yoruba(language, text, value, unit) -> None:
    mention = only(text, language)
    assert (mention.value.min, mention.value.max, mention.value.unit) == (value, value, unit)


def test_swahili_words_for_thousand_and_million_are_not_hundreds() -> None:
    # CLDR writes Swahili's compact forms with a negative pattern ("elfu 0;elfu -0"); "laki" (100,000) is ours
    assert lexicon("sw").multipliers == {"elfu": 1e3, "laki": 1e5, "milioni": 1e6, "bilioni": 1e9, "trilioni": 1e12}


@pytest.mark.parametrize("language, text", [
    ("sw", "Asilimia 60 ya kura."),  # a word for per cent before the number, at a sentence's start
    ("sw", "Chama kilipata asilimia 60 ya kura."),
])
def test_per_cent_before_the_number_also_begins_a_sentence(language, text) -> None:
    [mention] = find_numbers(text, language)
    assert (mention.value.min, mention.value.unit) == (60, "percent")


@pytest.mark.parametrize("text", ["Miaka 5 iliyopita.", "Siku 3 zilizopita."])
def test_swahili_ago_after_a_figure_is_no_unit(text) -> None:
    # CLDR's "siku {0} zilizopita" (3 days ago) has its unit before the number
    [mention] = find_numbers(text, "sw")
    assert mention.value.unit is None


def test_a_case_ending_on_a_multiplier_is_no_unit() -> None:
    # Uzbek "ga" is the dative ending on "ming" here, and a hectare only as a word of its own
    assert values("Narx 5 mingga oshdi.", "uz") == [(5000, 5000, None)]
    assert values("100 ga yer.", "uz") == [(100, 100, "hectare")]


@pytest.mark.parametrize("text, value", [("Sh3.5 bilioni", 3.5e9), ("KSh 2 bilioni", 2e9)])
def test_the_shilling_s_sign_in_swahili_news(text, value) -> None:
    mention = only(text, "sw")
    assert (mention.value.min, mention.value.unit, mention.text) == (value, "KES", text)


# --- times of day, currencies, decimal marks and per cent of more newsrooms ----------

@pytest.mark.parametrize("language, text, expected", [
    ("hr", "Potres je pogodio grad u 23.11 sati, a ozlijeđeno je 15 ljudi.", [(15, 15, "ljudi")]),
    ("hi", "भूकंप रात 2:35 बजे आया।", []),
    ("hi", "भूकंप रात 2 बजे आया और 300 घर गिर गए।", [(300, 300, "ghar")]),  # बजे: o'clock
    ("ur", "زلزلہ رات 2 بجے آیا۔", []),
    ("en", "The quake struck at 2.35pm local time.", []),
    ("en", "Polls open at 7 a.m. and close at 8 p.m.", []),
    ("en", "The strike began at 0600 GMT and 300 flights were cancelled.", [(300, 300, "flights")]),
    ("en", "The strike began at 06:00 GMT.", []),
    ("fr", "La réunion a commencé à 14h30.", []),
    ("fr", "Le séisme a eu lieu à 14 h 30, heure locale, et a fait 30 morts.", [(30, 30, "morts")]),
    ("pt", "O jogo começa às 16h30.", []),
    ("vi", "Trận động đất xảy ra lúc 14h30.", []),
    ("ru", "Заседание началось в 14:30.", []),
    ("sw", "Tetemeko lilitokea saa 3 asubuhi.", []),
    ("sw", "Alishikiliwa kwa saa 48 na polisi.", [(48, 48, "hour")]),  # saa without a part of the day: hours
    ("ha", "Girgizar ta faru da karfe 3 na dare.", []),
    ("id", "Gempa terjadi pukul 14.30 WIB, 5 orang tewas.", [(5, 5, "orang")]),
    ("ms", "Gempa berlaku pada jam 3 pagi.", []),
    # no times: a figure before "a" that is no "a.m.", an hour of more than twelve before "pm"
    ("en", "He won 3 a majority.", [(3, 3, None)]),
    ("en", "Shares rose 14 PM.", [(14, 14, None)]),
])
def test_times_of_day_of_more_newsrooms_are_no_figures(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, value, unit", [
    ("ar", "بلغت قيمة الصفقة 500 مليون جنيه.", 5e8, "EGP"),     # the pound of Egyptian news
    ("ar", "بلغت قيمتها 3 ملايين جنيه إسترليني.", 3e6, "GBP"),  # the pound sterling by its full name
    ("en", "The deal was worth EGP 500 million.", 5e8, "EGP"),
    ("en", "The pound fell and the bank sold 3 million pounds.", 3e6, "GBP"),  # English pounds stay sterling
    ("fa", "قیمت به ۵۰ هزار تومان رسید.", 5e4, "IRT"),
    ("en", "The budget is GH₵2.5 billion.", 2.5e9, "GHS"),
    ("en", "The budget is 2.5 billion cedis.", 2.5e9, "GHS"),
    ("en", "Traders lost KSh 2 billion.", 2e9, "KES"),
    ("en", "The tender was worth R3.5 billion.", 3.5e9, "ZAR"),
    ("en", "The loss was Tk 500 crore.", 5e9, "BDT"),
    ("en", "He paid ₹2.5 crore for the flat.", 2.5e7, "INR"),
    ("en", "Lagos presented a N2.2 trillion budget.", 2.2e12, "NGN"),  # the naira as Nigerian news types it
    ("fr", "Le gouvernement a débloqué 2,5 milliards de dirhams.", 2.5e9, "MAD"),  # French dirhams: Morocco's
    ("en", "Dubai approved a budget of 80 billion dirhams.", 8e10, "AED"),
])
def test_currencies_of_african_and_asian_news(language, text, value, unit) -> None:
    assert only(text, language).value == NumberValue(value, value, unit)


@pytest.mark.parametrize("language, text, expected", [
    # a letter on plain digits is a code: a mask, a road, the Security Council's five
    ("en", "Nurses asked for N95 masks.", []),
    ("en", "The crash closed the R21 near Pretoria.", []),
    ("tl", "Tinalakay ito ng P5 sa UN.", []),
    # an amount has decimals, groups or a multiplier
    ("en", "Farmers pay a N5,000 levy.", [(5000, 5000, "NGN")]),
    ("en", "The state set aside N500 billion.", [(5e11, 5e11, "NGN")]),
    # the letter the locale's own CLDR writes for its currency: the South African rand
    ("en-ZA", "The fine is R500.", [(500, 500, "ZAR")]),
    ("zu", "Inhlawulo ingu-R500.", [(500, 500, "ZAR")]),
])
def test_a_letter_before_digits_is_a_code_unless_the_locale_writes_its_currency_so(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("zh", "公司净利润达到120亿元。", [(1.2e10, 1.2e10, "CNY")]),
    ("zh-TW", "台積電第三季淨利達2,000億元。", [(2e11, 2e11, "TWD")]),
    ("zh_Hant", "每股盈餘7.5元。", [(7.5, 7.5, "TWD")]),       # Traditional script: Taiwan's by CLDR
    ("zh-HK", "港府撥款50億元。", [(5e9, 5e9, "HKD")]),
    ("yue", "港府撥款50億元。", [(5e9, 5e9, "HKD")]),
    ("zh-TW", "當局撥款3億美元。", [(3e8, 3e8, "USD")]),       # a named currency stays itself
    ("zh-SG", "政府拨款50亿元。", [(5e9, 5e9, None)]),            # Singapore's dollar, which is not read
])
def test_yuan_is_the_local_dollar_where_the_language_tag_names_its_territory(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    ("بلغت الأرباح 500 مليون ج.م خلال العام.", [(5e8, 5e8, "EGP")]),  # the Egyptian pound, CLDR's "ج.م."
    ("سعر الكيلو 250 ج.م. في الأسواق.", [(250, 250, "EGP")]),
    ("بلغ السعر 250 ر.س في المتاجر.", [(250, 250, "SAR")]),
    ("بلغت قيمة الصفقة 3 مليارات د.إ.", [(3e9, 3e9, "AED")]),
])
def test_arab_currencies_abbreviated_with_a_dot_between_their_letters(text, expected) -> None:
    assert values(text, "ar") == expected


@pytest.mark.parametrize("language, text, expected", [
    ("id", "Seribu orang turun ke jalan di Jakarta.", [(1000, 1000, "orang")]),  # "one thousand", alone
    ("ms", "Seribu orang berhimpun di Kuala Lumpur.", [(1000, 1000, "orang")]),
    ("es", "Mil veces lo dijo.", []),                                         # "mil" alone stays a multiplier
])
def test_one_thousand_in_one_word_is_a_figure_by_itself(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # a small number after a capitalised word inside a sentence: part of a name
    ("id", "Persib Bandung menjuarai Liga 1 setelah mengalahkan Madura United.", []),
    ("en", "Paris Saint-Germain won Ligue 1 after beating Lyon.", []),
    ("en", "NASA launched Apollo 11 in July.", []),
    # not before a noun it counts (a name's number before a noun reads alike: the count wins)
    ("en", "In Kyiv 23 people died.", [(23, 23, "people")]),
    ("es", "En Madrid 23 personas murieron.", [(23, 23, "personas")]),
    ("ro", "În București 23 de persoane au murit.", [(23, 23, "persoane")]),
    ("en", "The team met Formula 1 drivers.", [(1, 1, "drivers")]),
    # not after a weekday, nor before a known unit, nor in German, nor at a sentence's start
    ("en", "On Monday 500 workers walked out.", [(500, 500, "workers")]),
    ("id", "Saham BBCA naik 2 persen.", [(2, 2, "percent")]),
    ("de", "Der Verein landete auf Platz 3 der Tabelle.", [(3, 3, None)]),
    ("id", "Sebanyak 60 orang tewas.", [(60, 60, "orang")]),
])
def test_a_number_in_a_name_is_no_figure(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    # a case ending written on the figure, after "%" too
    ("Langabezia %8,5ekoa izan zen iaz.", [(8.5, 8.5, "percent")]),
    ("Inflazioa %3,2ra jaitsi zen.", [(3.2, 3.2, "percent")]),
    ("Enpresak 25 milioi euroko irabaziak izan zituen.", [(2.5e7, 2.5e7, "EUR")]),
    # bounds: before the figure, after it or after its noun
    ("500 pertsona baino gehiago hil ziren.", [(500, OPEN, "pertsona")]),
    ("500 baino gehiago hil ziren.", [(500, OPEN, None)]),
    ("Gutxienez 30 pertsona zauritu ziren.", [(30, OPEN, "pertsona")]),
    ("2.000tik gora langile greban daude.", [(2000, OPEN, None)]),
    # no ending read off a unit written on the figure
    ("Lasterketak 10km ditu.", [(10, 10, "kilometer")]),
])
def test_basque_endings_on_a_figure_and_its_bounds_after_the_noun(text, expected) -> None:
    assert values(text, "eu") == expected


def test_basque_about_after_the_noun() -> None:
    assert only("1.500 lagun inguru bildu ziren Bilbon.", "eu").value == NumberValue(1500, 1500, "lagun", approximate=True)


@pytest.mark.parametrize("text, low, high", [
    ("Abantu barenga 2,000 bitabiriye inama.", 2000, OPEN),   # a comma before three digits groups them
    ("Abantu 1,250,000 batoye.", 1_250_000, 1_250_000),
    ("Ubukungu bwazamutseho 8,2 ku ijana.", 8.2, 8.2),          # before other than three: decimal
    ("Amafaranga miliyari 1,5 yakoreshejwe.", 1.5e9, 1.5e9),   # the multiplier before the figure
])
def test_kinyarwanda_groups_thousands_with_a_comma_and_writes_the_multiplier_first(text, low, high) -> None:
    value = find_numbers(text, "rw")[0].value
    assert (value.min, value.max) == (low, high)


@pytest.mark.parametrize("language, text, expected", [
    ("sk", "Zemetrasenie s magnitúdou 5,2 zasiahlo východ krajiny.", [(5.2, 5.2, None)]),
    ("pl", "Trzęsienie o sile 5,2 nawiedziło region.", [(5.2, 5.2, None)]),
    ("hr", "Potres magnitude 5,2 pogodio je Zagreb.", [(5.2, 5.2, None)]),
    ("ta", "போராட்டத்தில் 5,000 கூடினர்.", [(5000, 5000, None)]),
    # the nouns a figure counts stay its unit
    ("sk", "Zahynulo 12 ľudí.", [(12, 12, "ludi")]),
    ("ta", "இதில் 300 நாட்டினர் பங்கேற்றனர்.", [(300, 300, "nattinar")]),
])
def test_a_verb_after_a_figure_is_no_noun_it_counts(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("ar-SA", "بلغت الأرباح 5 مليارات ريال.", [(5e9, 5e9, "SAR")]),   # the riyal of Saudi news
    ("ar-AE", "بلغت الأرباح 5 مليارات درهم.", [(5e9, 5e9, "AED")]),
    ("ar-MA", "بلغت الأرباح 5 مليارات درهم.", [(5e9, 5e9, "MAD")]),
    ("ar", "بلغت الأرباح 5 مليارات ريال.", [(5e9, 5e9, None)]),        # whose riyal, the language alone does not say
])
def test_an_arabic_riyal_or_dirham_is_the_local_one_where_the_tag_names_the_country(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    ("تجاوز عدد العملاء 20 مليون عميل.", [(2e7, OPEN, "`myl")]),   # customers, with an ayin: no miles
    ("تبعد المدينة 30 ميلا عن الساحل.", [(30, 30, "mile")]),
])
def test_an_arabic_word_with_an_ayin_more_is_no_unit_word(text, expected) -> None:
    assert values(text, "ar") == expected
    assert not unit_matches("عميل", "mile")


def test_a_bare_dirham_in_arabic_names_no_currency() -> None:
    assert only("خصصت الحكومة 500 مليون درهم.", "ar").value.unit is None  # Morocco's or the UAE's


def test_a_figure_in_tomans_is_none_in_rials() -> None:
    assert not only("۵۰ هزار تومان", "fa").value.compatible(NumberValue(5e4, 5e4, "IRR"))


@pytest.mark.parametrize("language, text, value", [
    ("zu", "Uhulumeni uzosebenzisa R3,5 billion.", 3.5e9),  # the decimal comma of South African news
    ("zu", "Uhulumeni uzosebenzisa R1,500.", 1500),         # three digits after it: grouped
    ("xh", "Urhulumente uza kuchitha R2,75.", 2.75),
    ("ps", "د زلزلې شدت ۶,۳ درجې و.", 6.3),
    ("ps", "۱,۲۰۰ کورونه ویجاړ شول.", 1200),
    ("km", "មនុស្ស ៣.២០០ នាក់ បានភៀសខ្លួន។", 3200),       # Khmer news groups thousands with a dot
    ("km", "រញ្ជួយដី ៤.៥ រ៉ិចទ័រ", 4.5),
    ("en", "It cost R3,5 billion, or R1,500 a head.", 3.5e9),
    ("en", "Articles 1,2,3 apply.", 1),                    # a list stays numbers apart
    ("en", "It cost $1,500,000.", 1.5e6),
    ("en", "It cost Rs 1,50,000.", 1.5e5),
])
def test_a_decimal_mark_written_both_ways(language, text, value) -> None:
    assert find_numbers(text, language)[0].value.min == value


@pytest.mark.parametrize("language, text", [
    ("ha", "Jam'iyyar ta samu kashi 60 cikin 100 na kuri'un da aka kada."),
    ("ha", "Farashin ya tashi da kaso 60 cikin ɗari."),
    ("sw", "Chama kilipata asilimia 60 ya kura."),
    ("id", "Partai itu meraih 60 persen suara."),
    ("tr", "Parti oyların yüzde 60'ını aldı."),
    ("ar", "شارك 60 في المئة من الناخبين."),
    ("ar", "شارك 60 في المائة من الناخبين."),
    ("ar", "شارك 60 بالمئة من الناخبين."),
    ("fa", "۶۰ درصد واجدان شرایط رای دادند."),
])
def test_per_cent_in_words_of_more_languages(language, text) -> None:
    assert only(text, language).value == NumberValue(60, 60, "percent")


def test_a_hausa_bound_before_per_cent_in_words() -> None:
    mention = only("Kusan kashi 45 cikin 100 na ma'aikata sun shiga yajin aiki.", "ha")
    assert (mention.text, mention.value) == ("Kusan kashi 45 cikin 100", NumberValue(45, 45, "percent", True))


@pytest.mark.parametrize("language, text, value, unit", [
    ("el", "Το έργο κόστισε τρία εκ. ευρώ.", 3e6, "EUR"),   # the abbreviation's dot after a number word
    ("el", "Το έργο κόστισε 3 δισ. ευρώ.", 3e9, "EUR"),
    ("pl", "Budowa kosztowała 3 mln zł.", 3e6, "PLN"),
    ("ru", "Ущерб составил 5 млрд рублей.", 5e9, "RUB"),
    ("de", "Der Bau kostete 5 Mrd. Euro.", 5e9, "EUR"),
    ("en", "It was a £3m deal.", 3e6, "GBP"),
    ("en", "It was a $2bn deal.", 2e9, "USD"),
])
def test_abbreviated_multipliers(language, text, value, unit) -> None:
    assert only(text, language).value == NumberValue(value, value, unit)


@pytest.mark.parametrize("language, text, expected", [
    ("id", "Lima ratus orang hadir.", [(500, 500, "orang")]),
    ("id", "Sebanyak lima ratus ribu orang hadir.", [(5e5, 5e5, "orang")]),
    ("id", "Lebih dari seribu orang mengungsi.", [(1000, OPEN, "orang")]),
    ("id", "Sejuta warga terdampak.", [(1e6, 1e6, "warga")]),
    ("id", "Pertandingan disaksikan lebih dari tiga puluh ribu penonton.", [(30000, OPEN, "penonton")]),
    ("id", "Dua ratus lima puluh ribu warga mengungsi dan dua belas orang tewas.",
     [(250000, 250000, "warga"), (12, 12, "orang")]),
    ("ms", "Seramai tujuh belas ribu peserta hadir.", [(17000, 17000, "peserta")]),
    ("ms", "Lebih seribu penduduk dipindahkan dan lima ratus rumah musnah.",
     [(1000, OPEN, "penduduk"), (500, 500, "rumah")]),
    # a number word with a capital inside a sentence is a name: Lima, the capital of Peru
    ("id", "Presiden tiba di Lima kemarin.", []),
    ("en", "The Big Four banks reported profits.", []),
    ("id", "Lima orang tewas, kata polisi.", [(5, 5, "orang")]),  # at a sentence's start it counts
])
def test_indonesian_and_malay_number_words(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("text", [
    "تجاوز عدد القتلى الذين سقطوا في الزلزال المدمر 2000 شخص.",
    "تجاوز عدد القتلى، الذين سقطوا في الزلزال، 2000 شخص.",
])
def test_an_arabic_verb_of_passing_past_a_relative_clause(text) -> None:
    assert find_numbers(text, "ar")[0].value.min == 2000 and find_numbers(text, "ar")[0].value.max is None


def test_a_relative_clause_without_a_verb_of_passing_bounds_nothing() -> None:
    mention = find_numbers("قال الوزير الذي زار المنطقة إن 300 شخص أصيبوا.", "ar")[0]
    assert (mention.value.min, mention.value.max) == (300, 300)


@pytest.mark.parametrize("stated, agrees", [(105, True), (95, True), (106, False), (94, False), (104.9, True)])
def test_a_percentage_tolerance_is_taken_about_the_expected_value(stated, agrees) -> None:
    rules = "- {id: fare, check: number, expect: 100, tolerance: 5%, about: [fare]}\n"
    source = article(f"The fare is now {stated} dollars.", "en", source="a.txt")
    assert verdicts(run_rules(rules, [source]), "fare") == {"a.txt": "agrees" if agrees else "contradicts"}


@pytest.mark.parametrize("language, text, expected", [
    ("bn", "সোমবার সকাল ১০টায় ৩ হাজারের বেশি মানুষ জড়ো হন।", [(3000, OPEN, "manus")]),  # "at ten o'clock"
    ("bn", "৩০০টা বাড়ি ভেঙে গেছে।", [(300, 300, "bad'i")]),                             # the counter alone counts
    ("ta", "காலை 10 மணிக்கு நிலநடுக்கம் ஏற்பட்டது.", []),
    ("te", "ఉదయం 10 గంటలకు భూకంపం సంభవించింది.", []),
    ("gu", "સવારે 10 વાગ્યે ભૂકંપ આવ્યો.", []),
    ("kn", "ಬೆಳಿಗ್ಗೆ 10 ಗಂಟೆಗೆ ಭೂಕಂಪ ಸಂಭವಿಸಿದೆ.", []),
    ("ml", "രാവിലെ 10 മണിക്ക് ഭൂചലനം ഉണ്ടായി.", []),
])
def test_o_clock_after_the_hour_in_south_asian_languages(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, value, unit", [
    ("ml", "സർക്കാർ 500 കോടി രൂപ അനുവദിച്ചു.", 5e9, "INR"),
    ("kn", "ಸರ್ಕಾರ 500 ಕೋಟಿ ರೂಪಾಯಿ ಬಿಡುಗಡೆ ಮಾಡಿದೆ.", 5e9, "INR"),
    ("ml", "3 ലക്ഷം രൂപ നഷ്ടപരിഹാരം.", 3e5, "INR"),
])
def test_lakh_and_crore_in_malayalam_and_kannada(language, text, value, unit) -> None:
    assert find_numbers(text, language)[0].value == NumberValue(value, value, unit)


@pytest.mark.parametrize("language, text", [
    ("gl", "Máis de 2.000 persoas participaron na manifestación."),
    ("cy", "Roedd dros 2,000 o bobl yn bresennol."),
    ("ga", "Bhí os cionn 2,000 duine i láthair."),
    ("be", "Больш за 2 тысячы чалавек выйшлі на акцыю."),
    ("is", "Yfir 2.000 manns tóku þátt í mótmælunum."),
])
def test_more_than_in_galician_welsh_irish_belarusian_and_icelandic(language, text) -> None:
    value = find_numbers(text, language)[0].value
    assert (value.min, value.max) == (2000, OPEN)


@pytest.mark.parametrize("language, text, value", [
    ("fr", "Plus de 1.500 personnes ont manifesté.", 1500),
    ("ru", "Более 2.000 человек вышли на улицы.", 2000),
    ("pl", "Ponad 1.500.000 osób straciło prąd.", 1500000),
    ("fr", "Un séisme de magnitude 6.1 a frappé la région.", 6.1),  # one digit after the dot: a decimal
])
def test_a_dot_groups_thousands_where_a_space_does_and_the_comma_is_decimal(language, text, value) -> None:
    """News in the languages that group digits with a space writes the dot as often; a
    dot before three digits is no decimal there."""
    assert find_numbers(text, language)[0].value.min == value


def test_a_welsh_of_is_no_year() -> None:
    assert find_numbers("Roedd 2,000 o bobl yn bresennol am 3 blynedd.", "cy")[0].value.unit != "year"


@pytest.mark.parametrize("language, text, low", [
    ("ml", "2,000-ലധികം പേർ പങ്കെടുത്തു.", 2000),
    ("ml", "2,000ത്തിലധികം പേർ പങ്കെടുത്തു.", 2000),
    ("kn", "2,000ಕ್ಕೂ ಹೆಚ್ಚು ಜನರು ಭಾಗವಹಿಸಿದರು.", 2000),
    ("ta", "2,000-க்கும் மேற்பட்டோர் கூடினர்.", 2000),  # "more than ... people" in one word
])
def test_more_than_written_on_the_figure_in_malayalam_kannada_and_tamil(language, text, low) -> None:
    value = find_numbers(text, language)[0].value
    assert (value.min, value.max) == (low, OPEN)


@pytest.mark.parametrize("text, value", [("Ríkið leggur til 3,5 milljarða króna.", 3.5e9),
                                         ("Tjónið nemur 12 milljónum króna.", 1.2e7),
                                         ("Gjaldið er 500 kr. á mann.", 500)])
def test_icelandic_multipliers_in_their_cases_and_the_krona(text, value) -> None:
    assert find_numbers(text, "is")[0].value == NumberValue(value, value, "ISK")


@pytest.mark.parametrize("language, text, unit", [("sv", "Regeringen satsar 3,5 miljarder kronor.", "SEK"),
                                                  ("en", "Sweden spent 3 billion kronor.", "SEK"),
                                                  ("da", "Regeringen afsætter 3,5 mia. kr.", "DKK")])
def test_the_nordic_crowns_stay_their_countries(language, text, unit) -> None:
    assert find_numbers(text, language)[0].value.unit == unit


def test_galician_links_a_multiplier_to_its_currency_with_de() -> None:
    assert only("A Xunta destinará 3,5 millóns de euros.", "gl").value == NumberValue(3.5e6, 3.5e6, "EUR")


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Le match commence à 20h au Stade de France.", []),
    ("fr", "Vers 14h, plus de 300 manifestants étaient rassemblés.", [(300, OPEN, "manifestants")]),
    ("fr", "Le séisme s'est produit vers 14 heures.", []),
    ("fr", "La grève durera 24h.", [(24, 24, None)]),                       # no "at": a span
    ("fr", "Il a été condamné à 20 ans de prison.", [(20, 20, "year")]),
    ("es", "El partido empieza a las 20 horas.", []),
    ("es", "El sismo ocurrió a las 8 de la mañana y dejó 30 muertos.", [(30, 30, "muertos")]),
    ("es", "La reunión duró 20 horas.", [(20, 20, "hour")]),
    ("es", "La ayuda llegó a las 300 familias afectadas.", [(300, 300, "familias")]),
    ("it", "La scossa è avvenuta alle 3 di notte.", []),
    ("ro", "Cutremurul a avut loc la ora 3.", []),
])
def test_at_an_hour_in_french_spanish_italian_and_romanian(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # "at" before the hour, "o'clock" after it: a time of day; without "at", hours
    ("hr", "Sastanak je počeo u 8 sati u Zagrebu.", []),
    ("hr", "Štrajk je trajao 8 sati.", [(8, 8, "hour")]),
    ("sr", "Састанак је почео у 8 часова.", []),
    ("sr", "Преговори су трајали 8 часова.", [(8, 8, "hour")]),
    ("ru", "Толчки ощущались в 2 часа ночи, погибли 12 человек.", [(12, 12, "chelovek")]),
    ("ru", "Заседание началось в 14 часов 30 минут.", []),      # and the minutes of the time
    ("ru", "Переговоры длились 14 часов 30 минут.", [(870, 870, "minute")]),      # a span in parts: their sum
    ("uk", "Засідання почалося о 14 годині.", []),
    ("cs", "Zasedání začalo v 8 hodin a trvalo 6 hodin.", [(6, 6, "hour")]),
    ("sk", "Stretnutie sa začalo o 8. hodine.", []),
    ("sk", "Výsledky budú o 8 hodín.", [(8, 8, "hour")]),          # eight hours later
    ("sl", "Seja se je začela ob 8. uri.", []),
    ("vi", "Trận đấu bắt đầu lúc 14 giờ 30 phút.", []),
    ("vi", "Cuộc họp kéo dài 14 giờ 30 phút.", [(870, 870, "minute")]),
    ("vi", "Cuộc họp kéo dài 3 tiếng.", [(3, 3, "hour")]),  # hours in the other word, as CLDR 47 writes them
    # "at" and the hour alone
    ("es", "El partido comenzará a las 8 en el estadio.", []),
    ("en", "The vote will be held at 14.30.", []),
    ("en", "The euro traded at 1.08 against the dollar.", [(1.08, 1.08, "against")]),
    ("en", "Inflation stood at 8 in March.", [(8, 8, None)]),
])
def test_at_an_hour_with_o_clock_after_it_and_an_hour_alone(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("is", "Um 3.000 manns mættu á mótmælin klukkan 14 í gær.", [(3000, 3000, "manns")]),
    ("ga", "Bhí os cionn 2,000 duine ag an agóid ar a 3 a chlog.", [(2000, OPEN, "duine")]),
    ("ga", "Mhair an stailc 3 lá.", [(3, 3, "day")]),
    ("lb", "Méi wéi 2.000 Leit hunn um 14 Auer demonstréiert.", [(2000, OPEN, "leit")]),
    ("lb", "D'Regierung gëtt ronn 50 Milliounen Euro aus.", [(5e7, 5e7, "EUR")]),
    ("mt", "Aktar minn 2,000 ruħ ipparteċipaw fil-protesta.", [(2000, OPEN, "ruh")]),
    ("mt", "Il-Gvern ħabbar investiment ta' €25 miljun.", [(2.5e7, 2.5e7, "EUR")]),
])
def test_icelandic_irish_luxembourgish_and_maltese_hours_and_bounds(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("pl", "Strajk rozpoczął się o 6 rano.", []),                  # at six in the morning
    ("pl", "Wybuch nastąpił o 2 w nocy.", []),
    ("pl", "Ceny wzrosły o 6 procent.", [(6, 6, "percent")]),
    ("en", "The blaze forced 5,000-plus residents to flee.", [(5000, OPEN, None)]),
    ("en", "The sum is 300 plus 20 more.", [(300, 300, "plus"), (20, 20, None)]),
])
def test_a_polish_hour_of_the_morning_and_an_english_figure_plus(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("nl", "De staking begon om 8 uur en duurde 12 uur.", [(12, 12, "hour")]),
    ("ca", "La vaga va començar a les 8 hores i va durar 12 hores.", [(12, 12, "hour")]),
    ("el", "Η απεργία ξεκίνησε στις 8 το πρωί και διήρκεσε 12 ώρες.", [(12, 12, "hour")]),
])
def test_at_an_hour_in_dutch_catalan_and_greek(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Unemployment rose 0.3 percentage points to 4.2% in March.",
     [(0.3, 0.3, "percentage point"), (4.2, 4.2, "percent")]),
    ("de", "Die Quote stieg um 0,3 Prozentpunkte auf 6,1 Prozent.", [(0.3, 0.3, "percentage point"), (6.1, 6.1, "percent")]),
    ("fr", "Le chômage a augmenté de 0,3 point de pourcentage, à 7,5 %.",
     [(0.3, 0.3, "percentage point"), (7.5, 7.5, "percent")]),
    ("es", "El paro subió 0,3 puntos porcentuales hasta el 12 %.", [(0.3, 0.3, "percentage point"), (12, 12, "percent")]),
    # and "to" after the amount of a change is the value reached, past a comma too
    ("ru", "Безработица выросла на 0,3 процентного пункта, до 3,1%.",
     [(0.3, 0.3, "percentage point"), (3.1, 3.1, "percent")]),
    ("pl", "Bezrobocie wzrosło o 0,3 punktu procentowego do 5,1 proc.",
     [(0.3, 0.3, "percentage point"), (5.1, 5.1, "percent")]),
    ("ru", "Цены выросли, и до 100 человек потеряли работу.", [(OPEN, 100, "chelovek")]),  # no amount: "up to"
])
def test_percentage_points_are_no_per_cent(language, text, expected) -> None:
    assert values(text, language) == expected


def test_a_change_in_percentage_points_does_not_state_the_rate() -> None:
    change = find_numbers("Unemployment rose 0.3 percentage points.", "en")[0].value
    assert not change.compatible(NumberValue(0.3, 0.3, "percent"))
    assert not unit_matches("percentage point", "percent")


@pytest.mark.parametrize("language, text, expected", [
    # a clause written without spaces after a figure is not what it counts, and the next
    # figure keeps its bound
    ("th", "แผ่นดินไหวขนาด 6.2 ทำให้มีผู้เสียชีวิตอย่างน้อย 300 คน", [(6.2, 6.2, None), (300, OPEN, None)]),
    ("km", "រញ្ជួយដី ៦,២ បណ្តាលឱ្យមនុស្សស្លាប់យ៉ាងតិច ៣០០ នាក់", [(6.2, 6.2, None), (300, OPEN, "naka")]),
    # Lao ໜ and ໝ, one letter each, as the bound is written
    ("lo", "ມີຜູ້ເສຍຊີວິດຢ່າງໜ້ອຍ 300 ຄົນ", [(300, OPEN, "khon")]),
    ("th", "มีผู้ชุมนุม 5,000 ครอบครัว", [(5000, 5000, "khrobkhraw")]),
])
def test_a_clause_without_spaces_after_a_figure_is_no_noun_it_counts(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    ("A sztrájk 8 órán át tartott és 8 órakor kezdődött.", [(8, 8, "hour")]),  # for eight hours; at eight
    ("A tárgyalás 12 órás volt.", [(12, 12, "hour")]),
])
def test_hungarian_hours_with_their_endings(text, expected) -> None:
    assert values(text, "hu") == expected


@pytest.mark.parametrize("language, text, expected", [
    # the time span before the figure where the noun comes first
    ("sw", "Serikali imetenga fedha kwa mradi wa miaka 5.", [(5, 5, "year")]),
    ("sw", "Mgomo huo umedumu kwa zaidi ya siku 40.", [(40, OPEN, "day")]),
    ("ha", "An yanke masa hukuncin shekaru 5 a gidan yari.", [(5, 5, "year")]),
    # a year of the calendar stays one, and hours stay apart ("saa 3" is as often three
    # o'clock) up to the clock's twelve: "saa 48" is hours
    ("sw", "Mwaka 2023 ulikuwa mgumu.", [(2023, 2023, None)]),
    ("sw", "Mgomo ulidumu saa 3.", [(3, 3, None)]),
    ("sw", "Mgomo ulidumu saa 48.", [(48, 48, "hour")]),
    # a unit before the next figure is that figure's: "watu 23 saa 8 usiku" (23 people, at two at night)
    ("sw", "Tetemeko hilo liliua watu 23 saa 8 usiku.", [(23, 23, None)]),
])
def test_the_noun_before_the_figure_in_swahili_hausa_and_yoruba(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # where the comma is the decimal mark, a dot before one digit is a decimal point too
    ("it", "Il terremoto di magnitudo 6.1 ha causato 29 vittime.", [(6.1, 6.1, None), (29, 29, "vittime")]),
    ("es", "El sismo de 7.1 grados dejó 12.345 damnificados.", [(7.1, 7.1, None), (12345, 12345, "damnificados")]),
    ("it", "La scossa è arrivata alle 3.36 di notte.", []),             # two digits: the minutes of a time
    # Turkish "TL" with its ending
    ("tr", "Şirketin net kârı 3,4 milyar TL'ye yükseldi.", [(3.4e9, 3.4e9, "TRY")]),
    # a Korean unit with another syllable on it is another word; with a particle, the unit
    ("ko", "삼성전자의 3분기 영업이익은 2조4천억 원으로 집계됐다.", [(3, 3, None), (2.4e12, 2.4e12, "KRW")]),
    ("ko", "회의는 30분간 진행됐다.", [(30, 30, "minute")]),
    # Hindi "was" after a figure is no noun it counts
    ("hi", "मतदान प्रतिशत 65.5 रहा।", [(65.5, 65.5, None)]),
])
def test_decimal_points_currencies_and_words_written_on_figures(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # an age is no span of years: only the sentence is
    ("en", "A 45-year-old man was sentenced to 12 years in prison.", [(45, 45, None), (12, 12, "year")]),
    ("en", "Her 3-month-old brother was rescued.", [(3, 3, None)]),
    ("en", "The victim was 45 years old.", [(45, 45, None)]),
    ("en", "She is 45 years older than him.", [(45, 45, "year")]),
    ("es", "Un hombre de 45 años de edad fue condenado a 12 años.", [(45, 45, None), (12, 12, "year")]),
    # the words before the years: a person of so many years, or a name and a comma
    ("fr", "Un homme de 45 ans a été condamné à 12 ans de prison.", [(45, 45, None), (12, 12, "year")]),
    ("fr", "Jean Dupont, 45 ans, a été condamné à 12 ans de prison.", [(45, 45, None), (12, 12, "year")]),
    ("fr", "Une femme âgée de 83 ans est morte.", [(83, 83, None)]),
    ("es", "Una mujer de 45 años fue condenada a 12 años de prisión.", [(45, 45, None), (12, 12, "year")]),
    ("it", "Un uomo di 45 anni è stato condannato a 12 anni.", [(45, 45, None), (12, 12, "year")]),
    ("pt", "Um homem de 45 anos foi condenado a 12 anos de prisão.", [(45, 45, None), (12, 12, "year")]),
    ("fr", "Le gouvernement a lancé un plan de 10 ans.", [(10, 10, "year")]),       # a plan's years are a span
    # a German noun of so many years is a person's age; the adjective may be a span's
    ("de", "Ein 45-Jähriger wurde zu 12 Jahren Haft verurteilt.", [(45, 45, None), (12, 12, "year")]),
    ("de", "Die 10-jährige Amtszeit endet.", [(10, 10, "year")]),
])
def test_an_age_is_no_span_of_years(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # the multipliers of the locale a source's tag names: Taiwan's 兆 is a trillion
    ("zh-TW", "投資金額超過1兆元。", [(1e12, OPEN, "TWD")]),
    ("zh_Hant", "投資金額達3.5兆元。", [(3.5e12, 3.5e12, "TWD")]),
    # in Beijing's news 兆 is the prefix of a unit: megawatts
    ("zh", "新建电站装机容量100兆瓦，投资超过1万亿元。", [(100, 100, "megawatt"), (1e12, OPEN, "CNY")]),
])
def test_the_multipliers_of_a_region_s_locale(language, text, expected) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    ("أكثر من 1500 قتيل و35 في المئة من المباني دمرت.", [(1500, OPEN, "qtyl"), (35, 35, "percent")]),
    ("قتل 20 شخصا و3 آلاف جريح.", [(20, 20, "shkhs"), (3000, 3000, "jryh")]),
    ("خصصت الحكومة بـ20 مليون دولار.", [(2e7, 2e7, "USD")]),
])
def test_arabic_and_and_with_written_on_the_figure(text, expected) -> None:
    assert values(text, "ar") == expected


@pytest.mark.parametrize("text", ["Farashin man fetur ya tashi zuwa Naira 617 kan kowace lita.",
                                  "Farashin ya kai naira 617."])
def test_the_naira_before_the_figure_in_hausa(text) -> None:
    assert only(text, "ha").value == NumberValue(617, 617, "NGN")
