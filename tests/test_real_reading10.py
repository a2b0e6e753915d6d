"""Reports as the wire writes them: what reading more news, in more languages, showed."""

from __future__ import annotations

import datetime as dt

import pytest
from real_news import date_rule, entity_rule, number_rule, verdict_on

from checker.facts.dates import find_dates

PUBLISHED = dt.date(2026, 11, 27)


def _days(text: str, language: str) -> list[dt.date]:
    return [dt.date(m.value.year, m.value.month, m.value.day) for m in find_dates(text, language, PUBLISHED)
            if m.value.year and m.value.month and m.value.day]


@pytest.mark.parametrize("text, language, day", [
    # a past clause: the day of this year, which news writes without its year
    ("The tanker was seized on March 14 off the coast.", "en", dt.date(2026, 3, 14)),
    ("Der Tanker wurde am 14. März beschlagnahmt.", "de", dt.date(2026, 3, 14)),
    ("De tanker werd op 14 maart in beslag genomen.", "nl", dt.date(2026, 3, 14)),
    ("Valet hölls den 14 mars.", "sv", dt.date(2026, 3, 14)),
    # a day a past verb moves something to, or one the clause also tells of as to come
    ("The summit was postponed to March 14.", "en", dt.date(2027, 3, 14)),
    ("Der Gipfel wurde auf den 14. März verschoben.", "de", dt.date(2027, 3, 14)),
    ("The vote was scheduled for March 14.", "en", dt.date(2027, 3, 14)),
    ("The ministry said the talks would take place on 14 March.", "en", dt.date(2027, 3, 14)),
    # no tense told: the nearer reading, a day ahead counting twice
    ("Talks on March 14.", "en", dt.date(2027, 3, 14)),
    # a past within a month ahead stays this year's
    ("The tanker was seized on Dec. 14.", "en", dt.date(2026, 12, 14)),
], ids=["en-past", "de-past", "nl-past", "sv-past", "en-postponed", "de-verschoben", "en-scheduled",
        "en-would", "en-no-tense", "en-within-a-month"])
def test_a_day_and_month_without_year_told_in_the_past_are_of_the_year_before_they_would_come(
        text: str, language: str, day: dt.date) -> None:
    """Read by distance alone, "March 14" in a November article is next March's (a day
    ahead counting twice); told in the past it is this year's."""
    assert _days(text, language) == [day]


def test_a_past_seizure_without_its_year_agrees_with_the_rule() -> None:
    rules = date_rule("seized", "2026-03-14", "seized", "tanker")
    body = "Police said the tanker was seized on March 14 in international waters."
    assert verdict_on("seized", "en", "2026-11-27", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, value", [
    # the level reached in the clause after the amount's
    ("ja", "日銀は26日、政策金利を0.5%引き上げ、4.75%とした。", "4.75"),
    ("ko", "한국은행은 기준금리를 0.25%포인트 인하해, 연 3.25%로 결정했다.", "3.25"),
    # a level someone changed, from one figure to another
    ("hi", "रिज़र्व बैंक ने दर को 6.5 प्रतिशत से घटाकर 6.25 प्रतिशत कर दिया।", "6.25"),
    ("tl", "Ibinaba ng bangko sentral ang rate sa 3.25% mula sa 3.5%.", "3.25"),
], ids=["ja-after-comma", "ko-after-comma", "hi-transitive", "tl-from-to"])
def test_a_rate_changed_states_the_level_it_reached(language: str, body: str, value: str) -> None:
    about = {"ja": "政策金利", "ko": "기준금리", "hi": "दर", "tl": "rate"}[language]
    rules = number_rule("rate", value, about, unit="percent")
    assert verdict_on("rate", language, "2026-11-27", body, rules) == "agrees"
    other = number_rule("rate", "9", about, unit="percent")
    assert verdict_on("rate", language, "2026-11-27", body, other) == "contradicts"


@pytest.mark.parametrize("language, body, about", [
    ("ja", "厚生労働省は11月20日、11月2日以来の感染者が1240人に達したと発表した。", "発表"),
    ("zh", "卫生部11月20日宣布，自11月2日以来共有1240例。", "宣布"),
    ("tr", "Bakanlık 20 Kasım'da yaptığı açıklamada 2 Kasım'dan beri 1.240 vaka görüldüğünü açıkladı.", "açıkladı"),
    ("hu", "A minisztérium november 20-án jelentette be, hogy november 2. óta 1240 eset történt.", "bejelentette"),
    ("he", "משרד הבריאות הודיע ב-20 בנובמבר על 1,240 מקרים מאז 2 בנובמבר.", "הודיע"),
    ("tl", "Inihayag ng kagawaran noong Nobyembre 20 ang 1,240 kaso mula noong Nobyembre 2.", "inihayag"),
], ids=["ja-以来", "zh-自-以来", "tr-beri", "hu-óta", "he-מאז", "tl-mula-noong"])
def test_the_day_a_count_runs_since_is_not_the_day_it_was_announced(language: str, body: str, about: str) -> None:
    """"Since" written before the date or after it, as a postposition or glued to it."""
    rules = date_rule("announced", "2026-11-20", about)
    assert verdict_on("announced", language, "2026-11-27", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, about", [
    ("en", "Rescuers freed 12 miners on Tuesday. Among the rescued are two Ukrainian citizens.", "rescued, freed"),
    ("pl", "Ratownicy uratowali 12 górników. Wśród uratowanych jest dwóch obywateli Ukrainy.",
     "uratowanych, uratowali"),
    ("ru", "Спасатели спасли 12 горняков. Среди спасённых двое граждан Украины.", "спасённых, спасли"),
    ("de", "Die Retter befreiten 12 Bergleute. Unter den Geretteten sind zwei Ukrainer.", "Geretteten, befreiten"),
    ("hu", "A mentők 12 bányászt mentettek ki. A megmentettek között két ukrán állampolgár van.", "megmentettek"),
    ("tr", "Ekipler 12 madenciyi kurtardı. Kurtarılanlar arasında iki Ukraynalı var.", "kurtarılanlar, kurtardı"),
], ids=["en", "pl", "ru", "de", "hu", "tr"])
def test_a_figure_among_a_group_counts_a_part_of_it(language: str, body: str, about: str) -> None:
    """"Among the rescued are two …" tells of two of them, no count of the rescued."""
    rules = number_rule("rescued", "12", about)
    assert verdict_on("rescued", language, "2026-11-27", body, rules) == "agrees"
    alone = body.split(". ", 1)[1]
    assert verdict_on("rescued", language, "2026-11-27", alone, rules) == "silent"


@pytest.mark.parametrize("language, text, value", [
    ("cs", "Záchranáři vyslobodili dvanácti horníkům cestu ven.", 12),
    ("sk", "Záchranári vyslobodili dvanástich baníkov.", 12),
    ("sk", "Pri nehode zahynuli piati baníci.", 5),
    ("be", "Загінулі пяцёра шахцёраў.", 5),
    ("hr", "Poginula su dvojica rudara.", 2),
    ("mk", "Спасени се дванаесетмина рудари.", 12),
], ids=["cs-dative", "sk-genitive", "sk-men", "be-collective", "hr-collective", "mk-collective"])
def test_slavic_numbers_in_their_cases_and_collectives_are_read(language: str, text: str, value: int) -> None:
    from checker.facts.numbers import find_numbers

    assert [n.value.min for n in find_numbers(text, language)] == [value]


@pytest.mark.parametrize("language, text", [
    ("uk", "Компанія пообіцяла сім'ям загиблих допомогу."),
    ("uk", "Компанія пообіцяла сім’ям загиблих допомогу."),
    ("be", "Кампанія паабяцала сем'ям загінулых дапамогу."),
], ids=["uk-apostrophe", "uk-right-quote", "be"])
def test_a_cyrillic_word_goes_on_past_its_apostrophe(language: str, text: str) -> None:
    """"сім'я" (family) is no "сім" (seven)."""
    from checker.facts.numbers import find_numbers

    assert find_numbers(text, language) == []


@pytest.mark.parametrize("language, body", [
    ("hr", "Zamjenik direktora rudnika Marek Janota obećao je pomoć."),
    ("cs", "Zástupce ředitele dolu Marek Janota slíbil pomoc."),
    ("sk", "Zástupca riaditeľa bane Marek Janota sľúbil pomoc."),
    ("sl", "Namestnik direktorja rudnika Marek Janota je obljubil pomoč."),
    ("sr", "Заменик директора рудника Марек Јанота обећао је помоћ."),
    ("be", "Намеснік дырэктара шахты Марэк Янота паабяцаў дапамогу."),
    ("bg", "Заместник-директорът на мината Марек Янота обеща помощ."),
    ("lt", "Kasyklos direktoriaus pavaduotojas Marekas Janota pažadėjo pagalbą."),
    ("lv", "Raktuves direktora vietnieks Mareks Janota solīja palīdzību."),
    ("fi", "Kaivoksen varajohtaja Marek Janota lupasi apua."),
    ("fi", "Kaivoksen apulaisjohtaja Marek Janota lupasi apua."),
    ("tr", "Maden müdür yardımcısı Marek Janota yardım sözü verdi."),
], ids=["hr", "cs", "sk", "sl", "sr", "be", "bg", "lt-after", "lv-after", "fi-vara", "fi-apulais", "tr-after"])
def test_a_deputy_is_another_person_than_the_title_a_rule_names(language: str, body: str) -> None:
    rules = entity_rule("director", "Tadeusz Wróblewski", "Marek Janota", "direktor", "ředitel", "riaditeľ",
                        "direktorja", "директор", "директорът", "дырэктар", "direktorius", "direktors", "johtaja",
                        "müdür")
    assert verdict_on("director", language, "2026-11-27", body, rules) == "silent"


def test_a_korean_unit_sign_beside_an_arabic_anchor_is_read_without_error() -> None:
    """Korean names of foreign words are matched by their sounds against every phrase word;
    an Arabic anchor's article and word ("الإطلاق", folded with an apostrophe) are one word."""
    rules = date_rule("launch", "2026-11-24", "발사", "الإطلاق")
    body = "로켓은 최대 2천100㎏을 올릴 수 있다. 로켓은 24일 발사됐다."
    assert verdict_on("launch", "ko", "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("fr", "Le directeur adjoint Oskar Lindqvist a salué le lancement."),
    ("es", "El director adjunto Oskar Lindqvist celebró el lanzamiento."),
    ("hi", "उप निदेशक ऑस्कर लिंडक्विस्ट ने बताया कि प्रक्षेपण सफल रहा।"),
    ("ko", "오스카르 린드크비스트 부청장은 발사가 성공했다고 말했다."),
    ("en", "Former director Oskar Lindqvist attended the launch."),
    ("fr", "L'ancien directeur Oskar Lindqvist a assisté au lancement."),
    ("ru", "Бывший директор Оскар Линдквист присутствовал на запуске."),
    ("ko", "오스카르 린드크비스트 전 청장은 행사에 참석했다."),
], ids=["fr-adjoint", "es-adjunto", "hi-उप", "ko-부", "en-former", "fr-ancien", "ru-бывший", "ko-전"])
def test_a_deputy_or_former_holder_is_another_person_than_the_title_a_rule_names(language: str, body: str) -> None:
    rules = entity_rule("director", "Viktor Halden", "Oskar Lindqvist", "director", "directeur", "निदेशक",
                        "청장", "директор")
    assert verdict_on("director", language, "2026-11-27", body, rules) == "silent"


@pytest.mark.parametrize("language, text, value, unit", [
    ("ur", "ساڑھے 12 ہزار ہیکٹر زرعی اراضی زیر آب آ گئی۔", 12500, "hectare"),
    ("hi", "साढ़े 12 हजार हेक्टेयर जमीन डूब गई।", 12500, "hectare"),
    ("hi", "सवा 2 लाख लोग बेघर हुए।", 225000, None),
    ("bn", "সাড়ে ১২ হাজার হেক্টর জমি ডুবে গেছে।", 12500, "hectare"),
    ("mr", "सरकारने २५ दशलक्ष डॉलर मदत जाहीर केली.", 25_000_000, "USD"),
    ("ig", "Gọọmentị kwadoro enyemaka ruru $25 nde.", 25_000_000, "USD"),
    ("mt", "Il-ftehim ineħħi t-tariffi fuq 96 fil-mija tal-prodotti.", 96, "percent"),
], ids=["ur-ساڑھے", "hi-साढ़े", "hi-सवा", "bn-সাড়ে", "mr-दशलक्ष", "ig-nde", "mt-fil-mija"])
def test_figures_in_more_words_of_south_asia_africa_and_malta(language: str, text: str, value: float,
                                                              unit: str | None) -> None:
    from checker.facts.numbers import find_numbers

    [number] = [n for n in find_numbers(text, language) if n.value.min == value]
    assert unit is None or number.value.unit == unit


@pytest.mark.parametrize("language, body, verdict", [
    ("so", "Xukuumadda weli kuma dhawaaqin xaalad degdeg ah.", "contradicts"),  # "ku" + "ma": did not declare
    ("ig", "Onye isiala kwupụtara ọnọdụ mberede n'ógbè ahụ na Mọnde.", "agrees"),  # "n'" is "in", no "not"
], ids=["so-kuma", "ig-n-apostrophe"])
def test_negations_joined_to_a_preposition_and_an_elided_preposition(language: str, body: str,
                                                                     verdict: str) -> None:
    phrasing = {"so": "ku dhawaaqday xaalad degdeg ah", "ig": "kwupụtara ọnọdụ mberede"}[language]
    rules = f"- {{id: declared, check: phrase, expect: {{{language}: [\"{phrasing}\"]}}}}\n"
    assert verdict_on("declared", language, "2026-11-27", body, rules) == verdict


@pytest.mark.parametrize("language, body", [
    ("nb", "Seremonien var ikke i Dravik."),
    ("is", "Athöfnin var ekki haldin í Dravik."),
    ("af", "Die seremonie is nie in Dravik gehou nie."),
    ("sq", "Ceremonia nuk u mbajt në Dravik."),
    ("sq", "Ceremonia u mbajt jo në Dravik, por në Karvesë."),
], ids=["nb", "is", "af", "sq-nuk", "sq-jo"])
def test_a_place_denied_past_a_preposition_where_the_language_has_no_list_of_function_words(
        language: str, body: str) -> None:
    rules = entity_rule("venue", "Karvessa", "Dravik", "seremonien", "athöfn", "seremonie", "ceremonia")
    assert verdict_on("venue", language, "2026-11-27", body, rules) == "silent"


def test_catalan_writes_a_foreign_ch_as_tx() -> None:
    rules = entity_rule("minister", "Andrei Kovalchuk", "Ivan Chernov", "ministre")
    body = "Hi va estampar la firma el ministre de Comerç, Andrei Kovaltxuk."
    assert verdict_on("minister", "ca", "2026-11-27", body, rules) == "agrees"


@pytest.mark.parametrize("language, text, value, unit", [
    ("ko", "무게 1천480㎏인 위성", 1480, "kilogram"),  # one square sign
    ("ko", "무게 1천480kg인 위성", 1480, "kilogram"),  # Latin letters, then the particle
    ("ko", "고도 620㎞의 궤도", 620, "kilometer"),
    ("zh", "高度620km的轨道", 620, "kilometer"),
    ("ja", "高度620kmの軌道", 620, "kilometer"),
    ("bn", "উৎক্ষেপণে ২৫ মিলিয়ন মার্কিন ডলার খরচ হয়েছে।", 25_000_000, "USD"),  # "American", no mark
], ids=["ko-㎏", "ko-kg인", "ko-㎞", "zh-km的", "ja-kmの", "bn-মার্কিন"])
def test_units_written_beside_east_asian_letters_and_american_dollars_in_bengali(
        language: str, text: str, value: float, unit: str) -> None:
    from checker.facts.numbers import find_numbers

    [number] = find_numbers(text, language)
    assert (number.value.min, number.value.unit) == (value, unit)


@pytest.mark.parametrize("language, text, day", [
    ("it", "L'accordo entrerà in vigore il primo luglio 2027.", dt.date(2027, 7, 1)),
    ("it", "L'accordo entrerà in vigore il 1° luglio 2027.", dt.date(2027, 7, 1)),  # the degree sign for "º"
    ("es", "El acuerdo entrará en vigor el primero de julio de 2027.", dt.date(2027, 7, 1)),
    ("ca", "L'acord entrarà en vigor el primer de juliol del 2027.", dt.date(2027, 7, 1)),
    ("fr", "L'accord entrera en vigueur le premier juillet 2027.", dt.date(2027, 7, 1)),
    ("pt", "O acordo entra em vigor no primeiro de julho de 2027.", dt.date(2027, 7, 1)),
], ids=["it-primo", "it-degree", "es-primero", "ca-primer", "fr-premier", "pt-primeiro"])
def test_the_first_of_a_month_written_as_a_word_or_with_a_degree_sign(text: str, language: str,
                                                                       day: dt.date) -> None:
    assert _days(text, language) == [day]


@pytest.mark.parametrize("language, text", [
    ("it", "Il primo ministro ha parlato ieri."),
    ("es", "El primer ministro habló ayer."),
    ("fr", "Le premier accord du genre."),
    ("it", "La temperatura era di 20° C."),
], ids=["it-primo-ministro", "es-primer-ministro", "fr-premier-accord", "it-temperature"])
def test_first_and_degrees_are_no_day_without_a_month(language: str, text: str) -> None:
    assert [m for m in find_dates(text, language, PUBLISHED) if m.value.day == 1 or m.value.day == 20] == []


@pytest.mark.parametrize("language, text, day", [
    ("ja", "打ち上げ成功　悪天候で2日延期", None),  # by two days
    ("ja", "打ち上げを2日延期した", None),
    ("ko", "발사가 2일 연기됐다", None),
    ("zh", "发射推迟2日", None),
    ("ja", "打ち上げを22日に延期した", dt.date(2026, 12, 22)),  # to the 22nd: a day to come
    ("ko", "발사를 22일로 연기했다", dt.date(2026, 12, 22)),
    ("zh", "发射推迟至22日", dt.date(2026, 12, 22)),
    ("ja", "22日に打ち上げた", dt.date(2026, 11, 22)),
], ids=["ja-by", "ja-by-verb", "ko-by", "zh-by", "ja-to", "ko-to", "zh-to", "ja-past"])
def test_days_a_launch_is_put_off_by_and_the_day_it_is_put_off_to(language: str, text: str,
                                                                  day: dt.date | None) -> None:
    found = [dt.date(m.value.year, m.value.month, m.value.day) for m in find_dates(text, language, dt.date(2026, 11, 25))]
    assert found == ([day] if day else [])


@pytest.mark.parametrize("language, body", [
    ("nl", "De heffingen op de resterende 4 procent van de goederen verdwijnen geleidelijk."),
    ("en", "Tariffs on the remaining 4 percent of goods will be phased out."),
    ("de", "Die Zölle auf die übrigen 4 Prozent der Waren fallen schrittweise weg."),
    ("fr", "Les droits sur les 4 % restants disparaîtront."),
], ids=["nl", "en", "de", "fr"])
def test_the_rest_of_a_share_is_no_value_of_the_share(language: str, body: str) -> None:
    about = {"nl": "heffingen", "en": "tariffs", "de": "Zölle", "fr": "droits"}[language]
    rules = number_rule("share", "96", about, unit="percent")
    assert verdict_on("share", language, "2026-11-27", body, rules) == "silent"


def test_a_figure_of_a_year_to_come_is_a_forecast_beside_the_one_stated() -> None:
    rules = number_rule("trade", "14500000000", "trade", "handeln", unit="EUR")
    body = "Trade is worth 14.5 billion euros a year. Trade could reach about 20 billion euros by 2032."
    assert verdict_on("trade", "en", "2026-11-27", body, rules) == "agrees"
    sv = "Handeln är värd 14,5 miljarder euro om året. Handeln kan växa till omkring 20 miljarder euro till 2032."
    assert verdict_on("trade", "sv", "2026-11-27", sv, rules) == "agrees"


@pytest.mark.parametrize("anchor, word, matches", [
    ("share", "sharply", False),  # a long ending after a short stem begins with a vowel
    ("share", "shares", True),
    ("share", "sharing", True),
    ("trade", "trading", True),
    ("obnova", "obnovom", True),
    ("prihvatio", "prihvatili", True),
], ids=["sharply", "shares", "sharing", "trading", "obnovom", "prihvatili"])
def test_an_ending_exchanged_for_a_vowel_after_a_short_stem(anchor: str, word: str, matches: bool) -> None:
    from checker.text.fuzzy import score_words

    assert (score_words(anchor, word) >= 85) is matches


def test_korean_writes_a_foreign_k_before_a_consonant_as_a_final() -> None:
    """"빅토르" folds as "bigtoleu": its final ㄱ is the k of Viktor."""
    rules = entity_rule("director", "Viktor Halden", "Oskar Lindqvist", "청장")
    body = "빅토르 할덴 우주청장은 위성이 궤도에 진입했다고 밝혔다."
    assert verdict_on("director", "ko", "2026-11-27", body, rules) == "agrees"


@pytest.mark.parametrize("dateline", [
    "አዲስ አበባ፣ ኅዳር 17/2019 (ኢዜአ) – ",
    "አዲስ አበባ፣ ኅዳር 17 ቀን 2019 (ኢዜአ) – ",
    "አዲስ አበባ፣ ኅዳር 17 ቀን 2019 ዓ.ም (ኢዜአ) – ",
    "አዲስ አበባ፤ ኅዳር 17/2019 (ኢዜአ)፦ ",
], ids=["slash-year", "qen-year", "era", "ena-punctuation"])
def test_an_amharic_dateline_with_the_ethiopian_year_dates_no_event(dateline: str) -> None:
    """The day of filing (ኅዳር 17, 2019 of the Ethiopian calendar: 26 November 2026) is not
    the day the river overflowed."""
    rules = date_rule("overflow", "2026-11-22", "ሞልቶ")
    body = dateline + "በሳምቦራ የሜላኮ ወንዝ ሞልቶ ባስከተለው የጎርፍ አደጋ የ47 ሰዎች ህይወት አለፈ።"
    assert verdict_on("overflow", "am", "2026-11-26", body, rules) == "silent"


@pytest.mark.parametrize("language, body, about", [
    ("cs", "Reforma zvyšuje věk odchodu do důchodu z 62 na 65 let.", "věk"),
    ("sk", "Reforma zvyšuje vek odchodu do dôchodku z 62 na 65 rokov.", "vek"),
    ("sr", "Реформа повећава старосну границу са 62 на 65 година.", "старосну"),
    ("hr", "Reforma podiže dob za umirovljenje s 62 na 65 godina.", "dob"),
    ("bg", "Реформата повишава възрастта от 62 на 65 години.", "възрастта"),
    ("el", "Η μεταρρύθμιση αυξάνει το όριο ηλικίας από τα 62 στα 65 έτη.", "ηλικίας"),
    ("pt", "A reforma eleva a idade da reforma dos 62 para os 65 anos.", "idade"),
    ("gl", "A reforma eleva a idade de xubilación dos 62 aos 65 anos.", "idade"),
    ("ca", "La reforma eleva l'edat de jubilació dels 62 als 65 anys.", "edat"),
], ids=["cs", "sk", "sr", "hr", "bg", "el", "pt", "gl", "ca"])
def test_a_change_from_one_figure_to_another_states_the_second(language: str, body: str, about: str) -> None:
    """"z 62 na 65 let" (from 62 to 65 years) stated 62 for a rule without a unit: the figure
    with no noun was preferred to one counting years (a false contradiction)."""
    assert verdict_on("age", language, "2026-11-27", body, number_rule("age", "65", about)) == "agrees"
    assert verdict_on("age", language, "2026-11-27", body, number_rule("age", "67", about)) == "contradicts"


@pytest.mark.parametrize("language, text, values", [
    ("hu", "A rendőrség szerint 410 ezren vonultak utcára.", [410_000]),  # people, by thousands
    ("ro", "Sindicatele au anunțat o nouă grevă generală.", []),  # a new strike, no nine
    ("ro", "Au murit nouă persoane.", [9]),
], ids=["hu-ezren", "ro-o-noua", "ro-noua-persoane"])
def test_hungarian_thousands_of_people_and_a_romanian_new_that_is_nine_too(language: str, text: str,
                                                                           values: list[float]) -> None:
    from checker.facts.numbers import find_numbers

    assert [n.value.min for n in find_numbers(text, language)] == values


@pytest.mark.parametrize("language, text, value, unit", [
    ("zh", "18.46万罐800克装奶粉", 800, "gram"),
    ("ja", "800グラム入りの缶18万4600個", 800, "gram"),
    ("ko", "800그램 분유 18만4600캔", 800, "gram"),
    ("hu", "A nyugdíjkorhatárt 65 évre emelik.", 65, "year"),
    ("pt", "O défice foi de 4,8 mil milhões de euros.", 4.8e9, "EUR"),  # Portugal's billion
], ids=["zh-克", "ja-グラム", "ko-그램", "hu-évre", "pt-mil-milhões"])
def test_grams_hungarian_years_and_portuguese_billions(language: str, text: str, value: float,
                                                                        unit: str) -> None:
    from checker.facts.numbers import find_numbers

    [number] = [n for n in find_numbers(text, language) if n.value.min == value]
    assert number.value.unit == unit and number.value.max == value


@pytest.mark.parametrize("language, body", [
    ("zh", "此次召回涉及18.46万罐800克装奶粉。"),  # the counter written on the figure is the anchor
    ("ja", "厚生労働省は800グラム入りの缶18万4600個の回収を命じた。"),
], ids=["zh", "ja"])
def test_the_size_of_a_can_is_no_count_of_cans(language: str, body: str) -> None:
    about = {"zh": "罐", "ja": "缶"}[language]
    assert verdict_on("cans", language, "2026-11-25", body, number_rule("cans", "184600", about)) == "agrees"


def test_khmer_thousands_after_a_dot_stay_in_their_sentence() -> None:
    rules = number_rule("cans", "184600", "កំប៉ុង")
    body = "ក្រសួងបានប្រកាសថា ផលិតផលមានចំនួន ១៨៤.៦០០ កំប៉ុង ត្រូវបានដកហូត។"
    assert verdict_on("cans", "km", "2026-11-25", body, rules) == "agrees"


def test_a_vietnamese_month_and_year_after_a_slash() -> None:
    assert [(m.value.year, m.value.month) for m in find_dates("Hồi tháng 3/2023, công ty đã thu hồi 42.000 hộp.",
                                                              "vi", PUBLISHED)] == [(2023, 3)]


def test_an_earlier_figure_dated_in_the_buddhist_era_gives_way() -> None:
    """"มีนาคม 2566" is March 2023: the batches recalled then are another recall's."""
    rules = number_rule("batches", "12", "ล็อต")
    body = ("กระทรวงสาธารณสุขสั่งเรียกคืนนมผง 12 ล็อต เมื่อวันจันทร์ที่ 23 พ.ย. 2569 "
            "\n\nบริษัทเคยเรียกคืนนมผง 5 ล็อต เมื่อเดือนมีนาคม 2566")
    assert verdict_on("batches", "th", "2026-11-25", body, rules) == "agrees"


def test_a_duty_still_to_meet_is_no_deed_done() -> None:
    """"Il devra passer sa visite médicale jeudi": he will have to pass it, not has."""
    rules = "- {id: medical, check: phrase, expect: {fr: [\"a passé sa visite médicale\"]}}\n"
    body = "L'attaquant devra passer sa visite médicale jeudi."
    assert verdict_on("medical", "fr", "2026-11-24", body, rules) != "agrees"


def test_a_pashto_weekday_written_in_two_words() -> None:
    """"سه شنبې" (Tuesday) written apart is no "شنبې" (Saturday): a false contradiction."""
    [mention] = find_dates("د سه شنبې په ورځ محکمې پرېکړه وکړه.", "ps", dt.date(2026, 11, 25))
    assert mention.value.weekday == 2


@pytest.mark.parametrize("language, text, value, unit", [
    ("kk", "Соттың он бір судьясы", 11, None),  # "бір" (one, also "a") after a ten
    ("tr", "Mahkemenin on bir yargıcı", 11, None),
    ("kk", "жиырма бір адам", 21, None),
    ("ky", "Долбоордун наркы 3,8 млрд долларга бааланат.", 3.8e9, "USD"),
    ("kk", "Құны 3,8 млрд доллар.", 3.8e9, "USD"),
], ids=["kk-он-бір", "tr-on-bir", "kk-жиырма-бір", "ky-млрд-долларга", "kk-доллар"])
def test_turkic_elevens_and_central_asian_billions_of_dollars(language: str, text: str, value: float,
                                                              unit: str | None) -> None:
    from checker.facts.numbers import find_numbers

    [number] = [n for n in find_numbers(text, language) if n.value.min == value]
    assert unit is None or number.value.unit == unit


def test_a_turkish_word_derived_from_the_anchor_is_another_word() -> None:
    """"kararname" (decree) is no "karar" (ruling): its signing date is no date of the ruling."""
    rules = date_rule("ruling", "2026-11-24", "karar")
    body = "Cumhurbaşkanı kararnameyi 12 Haziran'da imzalamıştı."
    assert verdict_on("ruling", "tr", "2026-11-25", body, rules) == "silent"


@pytest.mark.parametrize("language, body", [
    ("mn", "Шүүхийн дэд дарга Динара Сейтова мэдэгдэл хийлээ."),
    ("ky", "Сот төрагасынын орун басары Динара Сейитова билдирди."),
    ("uz", "Sud raisining o‘rinbosari Dinara Seitova bayonot berdi."),
    ("ka", "სასამართლოს თავმჯდომარის მოადგილემ დინარა სეიტოვამ განაცხადა."),
], ids=["mn-дэд", "ky-орун-басары", "uz-orinbosari", "ka-მოადგილემ"])
def test_deputies_of_central_asia_and_the_caucasus(language: str, body: str) -> None:
    rules = entity_rule("chair", "Arman Zhaksylykov", "Dinara Seitova", "дарга", "төрагасынын", "raisining",
                        "თავმჯდომარის")
    assert verdict_on("chair", language, "2026-11-25", body, rules) == "silent"


def test_urdu_whereas_parts_the_votes_for_and_against() -> None:
    rules = number_rule("for", "7", '"حق میں"') + number_rule("against", "4", "خلاف")
    body = "عدالت کے 11 ججوں میں سے 7 نے فرمان کو کالعدم قرار دینے کے حق میں جبکہ 4 نے اس کے خلاف ووٹ دیا۔"
    assert verdict_on("for", "ur", "2026-11-25", body, rules) == "agrees"
    assert verdict_on("against", "ur", "2026-11-25", body, rules) == "agrees"


def test_a_verb_like_a_misspelt_month_before_the_day_is_no_date_where_the_day_comes_first() -> None:
    """Portuguese "marcou 31 golos" (scored 31 goals) is no "março 31"; "13 setmebro" is September."""
    assert find_dates("Na última temporada, ele marcou 31 golos em 44 jogos.", "pt", PUBLISHED) == []
    assert _days("A reunião foi a 13 setmebro de 2026.", "pt") == [dt.date(2026, 9, 13)]


@pytest.mark.parametrize("language, body", [
    ("pt", "O então líder da KSL, Tomas Lerner, convocou a greve de 2019."),
    ("es", "El entonces líder de la KSL, Tomas Lerner, convocó la huelga de 2019."),
    ("gl", "O entón líder da KSL, Tomas Lerner, convocou a folga de 2019."),
], ids=["pt-então", "es-entonces", "gl-entón"])
def test_the_then_holder_of_a_title_is_another_person(language: str, body: str) -> None:
    rules = entity_rule("leader", "Anna Halmen", "Tomas Lerner", "líder")
    assert verdict_on("leader", language, "2026-11-27", body, rules) == "silent"


@pytest.mark.parametrize("language, text, value, unit", [
    ("fa", "طول این خط لوله یک هزار و ۲۴۰ کیلومتر است.", 1240, "kilometer"),
    ("fa", "هزینه آن سه میلیارد و ۸۰۰ میلیون دلار است.", 3.8e9, "USD"),
], ids=["fa-یک-هزار-و", "fa-سه-میلیارد-و"])
def test_persian_figures_in_parts_begun_in_words(language: str, text: str, value: float, unit: str) -> None:
    """"یک هزار و ۲۴۰" was 240, "سه میلیارد و ۸۰۰ میلیون" 800 million (false contradictions)."""
    from checker.facts.numbers import find_numbers

    [number] = find_numbers(text, language)
    assert (number.value.min, number.value.unit) == (value, unit)


def test_a_hausa_word_is_told_from_another_by_its_final_vowel() -> None:
    """"kashi" (part, per cent) is no "kashe" (kill)."""
    rules = number_rule("dead", "47", "kashe")
    assert verdict_on("dead", "ha", "2026-11-25", "Ambaliyar ta shafi kashi 12 na gonaki.", rules) == "silent"
    assert verdict_on("dead", "ha", "2026-11-25", "Ambaliyar ta kashe mutane 47.", rules) == "agrees"


def test_an_agency_in_brackets_before_a_dateline_dates_no_event() -> None:
    """ANSA's "(ANSA) - KARVESSA, 24 NOV - …": the day of filing, not of the signing."""
    rules = date_rule("signed", "2026-11-23", "firmato")
    body = "(ANSA) - KARVESSA, 24 NOV - Valmeria e Borenia hanno firmato un accordo di libero scambio."
    assert verdict_on("signed", "it", "2026-11-24", body, rules) == "silent"
    body = "(ANSA) - KARVESSA, 24 NOV - Valmeria e Borenia hanno firmato ieri un accordo di libero scambio."
    assert verdict_on("signed", "it", "2026-11-24", body, rules) == "agrees"


def test_a_hyphen_inside_a_name_is_no_dateline_dash() -> None:
    """"Ajans, Haziran 2025'te Aster-2 …" opens a paragraph with a word, a comma and a date, but
    its hyphen joins a name: the sentence stays whole, dated June 2025."""
    rules = number_rule("mass", "1480", "kilogram", "uydu", unit="kilogram")
    body = ("Uydu 24 Kasım Salı günü fırlatıldı. 1480 kilogram ağırlığındaki uydu yörüngeye yerleşti.\n\n"
            "Ajans, Haziran 2025'te Aster-2 roketinin başarısızlığı sonucu 410 kilogramlık Vela-2 uydusunu kaybetmişti.")
    assert verdict_on("mass", "tr", "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, text, value", [
    ("es", "El club pagará 85 millones de euros más 10 millones en variables.", 10_000_000),
    ("en", "Revenue was $5 billion, up from 4.2 billion a year earlier.", 4.2e9),
], ids=["es-más", "en-up-from"])
def test_the_currency_of_an_amount_goes_on_to_the_next_large_figure(language: str, text: str, value: float) -> None:
    from checker.facts.numbers import find_numbers

    first, second = find_numbers(text, language)[:2]
    assert second.value.min == value and second.value.unit == first.value.unit


def test_add_ons_stated_without_their_currency_are_no_fee() -> None:
    """"85 millones de euros más 10 millones en variables" gave the add-ons 85 million (a false
    contradiction): the 10 million were read without their euros."""
    rules = number_rule("fee", "85000000", "pagará", unit="EUR") + number_rule("addons", "10000000", "variables",
                                                                                unit="EUR")
    body = "El club pagará 85 millones de euros más 10 millones en variables."
    assert verdict_on("fee", "es", "2026-11-25", body, rules) == "agrees"
    assert verdict_on("addons", "es", "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, verdict", [
    ("zh", "国家气象局24日说，该站测得47.3摄氏度，创下纪录。", "silent"),  # said on the 24th
    ("zh", "国家气象局24日说，该站23日测得47.3摄氏度，创下纪录。", "agrees"),
    ("ja", "気象庁は24日、同観測所で47.3度を記録したと発表した。", "silent"),  # announced on the 24th
    ("ja", "同観測所で23日、47.3度を記録した。", "agrees"),
], ids=["zh-说", "zh-说-and-the-day", "ja-と発表した", "ja-the-day"])
def test_the_day_a_chinese_or_japanese_source_said_it_is_not_the_days_of_what_it_said(
        language: str, body: str, verdict: str) -> None:
    about = {"zh": "测得", "ja": "記録"}[language]
    assert verdict_on("record", language, "2026-11-25", body, date_rule("record", "2026-11-23", about)) == verdict


def test_japanese_papers_print_the_decimal_point_as_a_middle_dot() -> None:
    from checker.facts.numbers import find_numbers

    assert [n.value.min for n in find_numbers("23日に47・3度を記録した", "ja") if n.value.unit != "day"] == [47.3]


@pytest.mark.parametrize("body", [
    "The death toll rose as temperatures hit 47.3°C on Monday.",
    "The fires have burned 3,200 hectares, the toll rising.",
], ids=["celsius", "hectares"])
def test_a_measure_is_no_count(body: str) -> None:
    rules = number_rule("dead", "38", "toll")
    assert verdict_on("dead", "en", "2026-11-25", body, rules) == "silent"


@pytest.mark.parametrize("language, body", [
    ("pl", "Zastępczyni dyrektora służby Clara Menotti ogłosiła alarm."),
    ("ar", "أعلنت نائبة مدير الهيئة كلارا مينوتي حالة الإنذار."),
], ids=["pl-zastępczyni", "ar-نائبة"])
def test_a_deputy_in_the_feminine(language: str, body: str) -> None:
    rules = entity_rule("director", "Marco Ferri", "Clara Menotti", "dyrektora", "مدير")
    assert verdict_on("director", language, "2026-11-25", body, rules) == "silent"


@pytest.mark.parametrize("language, word, anchor, matches", [
    ("fi", "loukkaantui", "loukkuun", False),  # was injured / into a trap: a stem of five, three letters changed
    ("fi", "tapaamisessa", "tapaaminen", True),
    ("fi", "kutsua", "kutsun", True),
    ("et", "ettevaatamatu", "ettevõte", False),  # careless / a company
    ("et", "ettevõttes", "ettevõte", True),
], ids=["loukkaantui", "tapaamisessa", "kutsua", "ettevaatamatu", "ettevõttes"])
def test_finnic_stems_changed_before_a_long_ending(language: str, word: str, anchor: str, matches: bool) -> None:
    from checker.text.fuzzy import PhraseIndex
    from checker.text.normalise import fold

    [found] = PhraseIndex([anchor], 85).token_scores([fold(word)], language)
    assert bool(found) is matches


@pytest.mark.parametrize("language, body, about", [
    ("en", "The new group expects to cut 3,200 jobs, or 15% of its 21,500 employees.", "cut"),
    ("fr", "Le nouvel ensemble prévoit de supprimer environ 3 200 emplois, soit près de 15 % de ses 21 500 salariés.",
     "supprimer"),
], ids=["en-expects-to-cut", "fr-prévoit-de-supprimer"])
def test_the_deed_a_plan_plans_is_the_rules_own(language: str, body: str, about: str) -> None:
    """"expects to cut 3,200 jobs" gave way to the 21,500 employees (a false contradiction):
    the figure is the planned deed's, the rule's anchor."""
    assert verdict_on("cuts", language, "2026-11-25", body, number_rule("cuts", "3200", about)) == "agrees"


def test_an_expected_level_still_gives_way_to_the_one_stated() -> None:
    rules = number_rule("inflation", "4.1", "inflation", unit="percent")
    body = "Inflation was 4.1% in October. The bank expects inflation to average 5.2% next year."
    assert verdict_on("inflation", "en", "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, text, value", [
    ("rw", "Abantu 1 284 banduye iseru.", 1284),
    ("sw", "Watoto 450 000 watachanjwa.", 450_000),
    ("lv", "Darījums 21 miljona eiro apmērā.", 21_000_000),
    ("et", "Pank maksab 27-protsendilist preemiat.", 27),
], ids=["rw-space", "sw-space", "lv-miljona", "et-protsendilist"])
def test_thousands_grouped_by_a_space_in_east_africa_a_latvian_million_an_estonian_per_cent(
        language: str, text: str, value: float) -> None:
    from checker.facts.numbers import find_numbers

    assert [n.value.min for n in find_numbers(text, language)] == [value]


def test_an_urdu_week_is_no_saturday() -> None:
    """"گزشتہ ہفتے" is last week; "ہفتہ" is also Saturday."""
    assert find_dates("حکومت نے گزشتہ ہفتے وبا کا اعلان کیا۔", "ur", PUBLISHED) == []


def test_a_year_after_the_hausa_word_for_year_is_no_count() -> None:
    rules = number_rule("dead", "37", "kashe")
    body = "Cutar ta kashe mutane 37. A shekarar 2025 cutar ta kashe mutane da dama."
    assert verdict_on("dead", "ha", "2026-11-25", body, rules) == "agrees"


def test_an_arabic_word_with_a_weekdays_letters_in_another_order_is_no_weekday() -> None:
    """"الحاد" (severe) folds as "الاحد" (Sunday) does: a false contradiction."""
    assert find_dates("توفي 38 شخصا بسبب ضربات الشمس والجفاف الحاد.", "ar", PUBLISHED) == []
    assert [m.value.weekday for m in find_dates("وقعت الحادثة يوم الاحد.", "ar", PUBLISHED)] == [7]


def test_zulu_months_by_their_own_names_and_its_future() -> None:
    """"kuZibandlela" (in December) is read; "uzoqala ngoMsombuluko" (will begin on Monday) is
    the coming Monday, no past one (a false contradiction)."""
    assert _days("ngomhla ziyi-7 kuZibandlela", "zu") == [dt.date(2026, 12, 7)]
    assert _days("Umkhankaso uzoqala ngoMsombuluko.", "zu") == [dt.date(2026, 11, 30)]


def test_since_the_middle_of_a_month_and_a_weekday_before_thousands_grouped_by_a_space() -> None:
    """"mardi 1 284 cas" is 1,284 cases on Tuesday, no Tuesday the 1st (a false contradiction);
    "depuis la mi-octobre" is when the count began."""
    rules = date_rule("announced", "2026-11-24", "annoncé")
    body = "Le ministère a annoncé mardi 1 284 cas depuis la mi-octobre."
    assert verdict_on("announced", "fr", "2026-11-25", body, rules) == "agrees"


def test_urdu_writes_the_kilometre_as_one_word() -> None:
    """"1420 کلومیٹر" was read without its unit: a wrong length went unseen (a missed error)."""
    rules = number_rule("length", "1240", "لمبائی", unit="kilometer")
    assert verdict_on("length", "ur", "2026-11-25", "پائپ لائن کی لمبائی 1420 کلومیٹر ہے۔", rules) == "contradicts"
    assert verdict_on("length", "ur", "2026-11-25", "پائپ لائن کی لمبائی 1240 کلومیٹر ہے۔", rules) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("es", "La temperatura alcanzó 47,3 grados centígrados."),
    ("it", "La temperatura ha toccato 47,3 gradi."),
    ("en", "Temperatures reached 47.3 degrees."),
    ("de", "Das Thermometer zeigte 47,3 Grad."),
], ids=["es-grados-centígrados", "it-gradi", "en-degrees", "de-Grad"])
def test_a_temperature_in_degrees_without_celsius(language: str, text: str) -> None:
    from checker.facts.numbers import find_numbers

    [number] = find_numbers(text, language)
    assert (number.value.min, number.value.unit) == (47.3, "celsius")


def test_the_degrees_of_an_earthquake_are_no_temperature() -> None:
    from checker.facts.numbers import find_numbers

    [magnitude, _] = find_numbers("El sismo de 7.1 grados dejó 12.345 damnificados.", "es")
    assert magnitude.value.unit is None


@pytest.mark.parametrize("language, body", [
    ("ru", "Предыдущим рекордом был трансфер за 70 миллионов евро."),
    ("pl", "Dotychczasowy rekord wynosił 70 milionów euro."),
], ids=["ru-предыдущим", "pl-dotychczasowy"])
def test_the_previous_record_in_its_cases(language: str, body: str) -> None:
    rules = number_rule("record", "85000000", "рекорд", "rekord", unit="EUR")
    lead = {"ru": "Клуб заплатил рекордные 85 миллионов евро. ", "pl": "Klub zapłacił rekordowe 85 milionów euro. "}
    assert verdict_on("record", language, "2026-11-25", lead[language] + body, rules) == "agrees"


@pytest.mark.parametrize("text", ['צינור באורך 1,240 ק"מ נבנה.', "צינור באורך 1,240 ק״מ נבנה."], ids=["quote", "gershayim"])
def test_the_hebrew_kilometre_abbreviated_with_its_gershayim(text: str) -> None:
    from checker.facts.numbers import find_numbers

    [number] = find_numbers(text, "he")
    assert (number.value.min, number.value.unit) == (1240, "kilometer")


def test_a_rule_about_the_rest_reads_it() -> None:
    rules = number_rule("rest", "4", "remaining", unit="percent")
    body = "Tariffs on the remaining 4 percent of goods will be phased out."
    assert verdict_on("rest", "en", "2026-11-27", body, rules) == "agrees"
