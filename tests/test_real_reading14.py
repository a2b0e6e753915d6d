"""Reports as the wire writes them: what reading news in more languages showed, a fourteenth round."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, verdict_on

from checker.testing import article, run_rules, verdicts
from checker.text.sentences import split_paragraphs

STRIKERS = number_rule("strikers", "800", "strike", "workers")


@pytest.mark.parametrize("body, verdict", [
    ("The three-day strike by dock workers ended on Monday.", "silent"),
    ("The 3-day strike by dock workers ended on Monday.", "silent"),
    ("About 800 workers joined the three-day strike.", "agrees"),
    ("About 900 workers joined the three-day strike.", "contradicts"),
], ids=["three-day", "3-day", "three-day-beside-a-count", "three-day-beside-another-count"])
def test_a_span_of_time_written_on_a_noun_by_a_hyphen_counts_nothing(body: str, verdict: str) -> None:
    """"the three-day strike" states no 3 strikers, as "the 3-day strike" did not."""
    assert verdict_on("strikers", "en", "2026-11-20", body, STRIKERS) == verdict


def test_a_number_word_with_its_unit_by_a_hyphen_is_still_a_span_for_a_rule_about_it() -> None:
    rules = number_rule("length", "4", "strike", unit="day")
    assert verdict_on("length", "en", "2026-11-20", "The three-day strike ended on Monday.", rules) == "contradicts"


@pytest.mark.parametrize("body, verdict", [
    ("The strike, which lasted from 2010-2018, was the longest.", "silent"),
    ("The strikes of 2010 to 2018 were the longest.", "silent"),
    ("The strikes of 2010-2018 involved 800 workers.", "agrees"),
    ("Between 700-900 workers joined the strike.", "agrees"),
    ("Between 1100-1300 workers joined the strike.", "contradicts"),
], ids=["from-2010-2018", "of-2010-to-2018", "beside-a-count", "a-range-that-counts", "a-range-of-year-like-counts"])
def test_a_range_of_years_is_no_count(body: str, verdict: str) -> None:
    """"from 2010-2018" states no 2,010 to 2,018 strikers; "1100-1300 workers" counts them."""
    assert verdict_on("strikers", "en", "2026-11-20", body, STRIKERS) == verdict


AID = number_rule("aid", "5000000", "aid", "aide", "ayuda", "Hilfe", "pomoc", "помощи", "مساعدات", unit="EUR")


@pytest.mark.parametrize("language, body", [
    ("en", "The government announced aid of 1,000 euros per household."),
    ("en", "Families will receive aid of 1,000 euros each."),
    ("fr", "Le gouvernement a annoncé une aide de 1 000 euros par foyer."),
    ("de", "Die Regierung kündigte eine Hilfe von 1000 Euro pro Haushalt an."),
    ("es", "El Gobierno anunció una ayuda de 1.000 euros por hogar."),
    ("pl", "Rząd ogłosił pomoc w wysokości 1000 euro na osobę."),
    ("ru", "Правительство объявило о помощи в размере 1000 евро на человека."),
    ("ar", "أعلنت الحكومة عن مساعدات بقيمة 1000 يورو لكل أسرة."),
], ids=["en-per", "en-each", "fr-par", "de-pro", "es-por", "pl-na-osobe", "ru-na-cheloveka", "ar-likull"])
def test_an_amount_for_each_is_no_reading_of_a_total(language: str, body: str) -> None:
    """"1,000 euros per household" states no total of aid, which is 5 million."""
    assert verdict_on("aid", language, "2026-11-20", body, AID) == "silent"


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The government announced aid of 4 million euros, or 1,000 euros per household.", "contradicts"),
    ("es", "El Gobierno anunció una ayuda de 1.000 euros por el incendio.", "contradicts"),
    ("en", "The government announced aid of 1,000 euros for households.", "contradicts"),
], ids=["beside-a-total", "es-por-el-is-by", "no-per"])
def test_a_total_beside_an_amount_for_each_is_still_read(language: str, body: str, verdict: str) -> None:
    assert verdict_on("aid", language, "2026-11-20", body, AID) == verdict


def test_a_rate_near_the_expected_value_is_the_rules() -> None:
    """"$75 per barrel" is the price a rule expecting $80 a barrel reads: no total, a rate near it."""
    rules = number_rule("price", "80", "oil", unit="USD")
    assert verdict_on("price", "en", "2026-11-20", "Oil rose to $75 per barrel on Monday.", rules) == "contradicts"


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The disease caused 0.4 deaths per 100,000 inhabitants.", "silent"),
    ("de", "Die Krankheit verursachte 0,4 Todesfälle pro 100.000 Einwohner.", "silent"),
    ("en", "The disease caused 100,000 deaths in the region.", "agrees"),
], ids=["en-per", "de-pro", "a-count"])
def test_the_base_of_a_rate_is_no_figure(language: str, body: str, verdict: str) -> None:
    """"per 100,000 inhabitants" counts no deaths: its figure is the rate's base (it agreed
    with a rule expecting 100,000 deaths)."""
    rules = number_rule("dead", "100000", "deaths", "Todesfälle")
    assert verdict_on("dead", language, "2026-11-20", body, rules) == verdict


@pytest.mark.parametrize("language, text, unit", [
    ("zh", "23名矿工在11个小时后获救。", "hour"),
    ("zh", "救援持续了两个小时。", "hour"),
    ("zh", "谈判持续了3个星期。", "week"),
    ("tg", "Онҳо пас аз 11 соат наҷот дода шуданд.", "hour"),
], ids=["zh-ge-xiaoshi", "zh-liang-ge-xiaoshi", "zh-ge-xingqi", "tg-soat"])
def test_hours_and_weeks_as_chinese_and_tajik_news_write_them(language: str, text: str, unit: str) -> None:
    """"11个小时" (11 hours, with the measure word) was a bare 11 that counted the rescued."""
    from checker.facts.numbers import find_numbers

    assert [m.value.unit for m in find_numbers(text, language) if m.value.unit] == [unit]


def test_a_chinese_span_of_hours_is_no_count_of_the_rescued() -> None:
    rules = number_rule("rescued", "23", "获救")
    assert verdict_on("rescued", "zh", "2025-11-18", "23名矿工在11个小时后获救。", rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("mn", "Компани 10 сая тенгегийн нөхөн олговор олгоно."),
    ("uz", "Kompaniya har bir konchining oilasiga 10 million tengedan kompensatsiya toʻlashni vaʼda qildi."),
    ("ky", "Компания ар бир кенчинин үй-бүлөсүнө 10 миллион тенгеден компенсация төлөөгө убада берди."),
], ids=["mn-genitive", "uz-tengedan", "ky-tengeden"])
def test_the_tenge_in_mongolian_uzbek_and_kyrgyz_news(language: str, body: str) -> None:
    rules = number_rule("pay", "10000000", "компани", "Kompaniya", "Компания", unit="KZT")
    assert verdict_on("pay", language, "2025-11-19", body, rules) == "agrees"


def test_a_turkish_participle_of_remaining_is_no_rest() -> None:
    """"mahsur kalan 23 madenci" are the 23 trapped miners, not "the remaining 23"."""
    rules = number_rule("rescued", "23", "kurtarıldı")
    assert verdict_on("rescued", "tr", "2025-11-19", "Mahsur kalan 23 madenci kurtarıldı.", rules) == "agrees"


def test_tajik_year_and_of_them() -> None:
    rules = number_rule("dead", "9", "ҳалок") + number_rule("rescued", "23", "наҷот")
    body = ("18 ноябри соли 2025 9 нафар маъданчӣ ҳалок шуданд. Соли 2019 дар ҳамин кон 6 нафар маъданчӣ ҳалок "
            "гардида буданд. 23 маъданчие, ки дар зери замин банд монда буданд, наҷот дода шуданд; шаш нафари онҳо "
            "дар беморхона бистарӣ гардиданд.")
    assert verdict_on("dead", "tg", "2025-11-19", body, rules) == "agrees"
    assert verdict_on("rescued", "tg", "2025-11-19", body, rules) == "agrees"


@pytest.mark.parametrize("body", [
    "Tokayev declared Thursday, Nov. 20, a day of national mourning.",
    "Tokayev declared 20 November a day of mourning.",
    "Tokayev declared Thursday as a national day of mourning.",
], ids=["weekday-and-date", "date", "as"])
def test_the_day_an_english_verb_of_declaring_takes_as_its_object(body: str) -> None:
    """"declared Thursday a day of national mourning": the day declared, not the day it was said."""
    rules = date_rule("mourning", "2025-11-20", "mourning")
    assert verdict_on("mourning", "en", "2025-11-18", body, rules) == "agrees"


def test_an_english_verb_of_declaring_with_its_date_of_saying() -> None:
    rules = date_rule("said", "2025-11-17", "declared")
    body = "Tokayev declared Monday that the day of mourning would be held later."
    assert verdict_on("said", "en", "2025-11-20", body, rules) == "agrees"


def test_money_is_no_second_reading_of_a_stated_count() -> None:
    """"$19,000 to the family of each miner killed" beside "killed 9 miners" was unclear."""
    rules = number_rule("dead", "9", "killed")
    body = "The blast killed 9 miners. The company will pay $19,000 to the family of each miner killed."
    assert verdict_on("dead", "en", "2025-11-18", body, rules) == "agrees"


EFE = """Derrumbe de un viaducto en Amberes
Bruselas, 15 oct (EFE).- Once personas murieron en el derrumbe de un viaducto de la circunvalación de Amberes.

Más de 150 bomberos trabajaron durante la noche.
"""


def test_a_headline_only_a_newline_parts_from_the_lead_is_its_own_paragraph() -> None:
    """With blank lines between paragraphs, the headline was the lead's first sentence, and its
    dateline ("Bruselas, 15 oct (EFE).-") dated the collapse."""
    report = run_rules(date_rule("collapse", "2025-10-14", "derrumbe"), [article(EFE, "es", "2025-10-15")])
    assert verdicts(report, "collapse")["article.txt"] == "silent"
    assert [EFE[span.start:span.end].split("\n")[0] for span in split_paragraphs(EFE)][:2] == [
        "Derrumbe de un viaducto en Amberes", "Bruselas, 15 oct (EFE).- Once personas murieron en el derrumbe de un "
        "viaducto de la circunvalación de Amberes."]


def test_a_wrapped_first_line_stays_in_its_paragraph() -> None:
    text = "The bridge collapsed on\nTuesday morning, killing eleven people.\n\nRescuers worked all night.\n"
    assert len(split_paragraphs(text, "en")) == 2


@pytest.mark.parametrize("language, body", [
    ("ar", "بروكسل (أ ف ب) - قتل 11 شخصا إثر انهيار جزء من جسر على الطريق الدائري في شمال بلجيكا."),
    ("ja", "【ブリュッセル共同】ベルギー北部の環状高速道路で14日朝、高架橋の一部が崩落した。"),
], ids=["ar-afp", "ja-kyodo"])
def test_arabic_and_japanese_agency_datelines_are_no_place_of_the_story(language: str, body: str) -> None:
    rules = entity_rule("city", "Antwerp", "Brussels", "انهيار", "崩落")
    assert verdict_on("city", language, "2025-10-15", body, rules) == "silent"


@pytest.mark.parametrize("text, value", [
    ("Zevenentwintig mensen raakten gewond.", 27),
    ("Er raakten tweeëntwintig mensen gewond.", 22),
    ("Er vielen eenenveertig doden.", 41),
], ids=["zevenentwintig", "tweeentwintig", "eenenveertig"])
def test_dutch_numbers_of_one_word_from_21_to_99(text: str, value: int) -> None:
    from checker.facts.numbers import find_numbers

    assert [m.value.min for m in find_numbers(text, "nl")] == [value]


def test_a_dutch_part_of_a_group_in_words_beside_its_whole() -> None:
    rules = number_rule("injured", "27", "gewond")
    body = "Zevenentwintig mensen raakten gewond, zes van hen verkeren in levensgevaar."
    assert verdict_on("injured", "nl", "2025-10-15", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("fr", "Onze personnes ont été tuées et 27 autres blessées."),
    ("de", "Es gab elf Tote und 27 weitere Verletzte."),
], ids=["fr-autres", "de-weitere"])
def test_others_after_a_figure_are_its_not_another_event(language: str, body: str) -> None:
    """"27 autres blessées" (27 others injured) was "another" injured, and silent."""
    rules = number_rule("injured", "27", "blessées", "Verletzte")
    assert verdict_on("injured", language, "2025-10-15", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("de", "Der Chefingenieur Marc Claessens hat kein Risiko festgestellt."),
    ("nl", "Hoofdingenieur Marc Claessens heeft geen risico vastgesteld."),
], ids=["de-hat-kein", "nl-heeft-geen"])
def test_a_name_before_the_finite_verb_is_the_subject_not_denied(language: str, body: str) -> None:
    rules = entity_rule("engineer", "Marc Claessens", "Lien Verbeke")
    assert verdict_on("engineer", language, "2025-10-15", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("ru", "Отчет подписал главный инженер компании Марк Классенс."),
    ("uk", "Звіт підписав головний інженер компанії Марк Класенс."),
], ids=["ru", "uk"])
def test_a_french_final_c_is_the_cyrillic_k(language: str, body: str) -> None:
    rules = entity_rule("engineer", "Marc Claessens", "Lien Verbeke")
    assert verdict_on("engineer", language, "2025-10-15", body, rules) == "agrees"


def test_a_slavic_final_c_stays_ch() -> None:
    rules = entity_rule("minister", "Vučić", "Kovač")
    assert verdict_on("minister", "sr", "2025-10-15", "Састанку је присуствовао Ковач.", rules) == "contradicts"


@pytest.mark.parametrize("body", [
    "27 kişi yaralandı. Yetkililer, yaralılardan 6'sının durumunun ağır olduğunu bildirdi.",
    "Kazada 27 kişi yaralandı, 6'sı ağır.",
], ids=["yaralilardan-6-sinin", "6-si-agir"])
def test_a_turkish_figure_with_the_possessive_is_a_part(body: str) -> None:
    rules = number_rule("injured", "27", "yaralandı", "yaralılardan")
    assert verdict_on("injured", "tr", "2025-10-15", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("en", "India stayed out; fourteen other countries signed the agreement."),
    ("fr", "L'Inde est restée à l'écart ; le Japon a signé l'accord."),
], ids=["en", "fr"])
def test_a_semicolon_parts_the_words_of_a_phrasing(language: str, body: str) -> None:
    """"India stayed out; … signed the agreement" stated "India signed the agreement"."""
    rules = ("- {id: india, check: phrase, expect: ['India stayed out', \"L'Inde est restée à l'écart\"], "
             "contradicted_by: ['India signed the agreement', \"L'Inde a signé l'accord\"]}\n")
    assert verdict_on("india", language, "2026-11-19", body, rules) == "agrees"


def test_burmese_billions_and_trillions() -> None:
    from checker.facts.numbers import find_numbers

    text = "နှစ်စဉ်ကုန်သွယ်မှုပမာဏမှာ အမေရိကန်ဒေါ်လာ ၂ ဒသမ ၆ ထရီလီယံခန့် ရှိသည်။"
    assert [(m.value.min, m.value.unit) for m in find_numbers(text, "my")] == [(2.6e12, "USD")]


@pytest.mark.parametrize("language, text, value", [
    ("is", "Þjófarnir stálu þremur málverkum.", 3),
    ("is", "Þrjú málverk hurfu.", 3),
    ("fi", "Varkaat veivät kolmen maalauksen arvosta.", 3),
], ids=["is-thremur", "is-thrju", "fi-kolmen"])
def test_icelandic_and_finnish_numbers_in_their_cases(language: str, text: str, value: int) -> None:
    from checker.facts.numbers import find_numbers

    assert value in [m.value.min for m in find_numbers(text, language)]


@pytest.mark.parametrize("language, body", [
    ("en", "Police arrested a man aged 41 over the theft of the paintings."),
    ("sv", "Polisen grep en 41 år gammal man misstänkt för stölden av målningarna."),
    ("nb", "Politiet pågrep en 41 år gammel mann for tyveriet av maleriene."),
    ("is", "Lögreglan handtók 41 árs gamlan karlmann vegna þjófnaðar á málverkunum."),
    ("lv", "Policija aizturēja 41 gadu vecu vīrieti saistībā ar gleznu zādzību."),
], ids=["en-aged", "sv-gammal", "nb-gammel", "is-gamlan", "lv-vecu"])
def test_an_age_is_no_count_of_the_stolen(language: str, body: str) -> None:
    rules = number_rule("paintings", "3", "paintings", "målningarna", "maleriene", "málverkunum", "gleznu")
    assert verdict_on("paintings", language, "2025-10-13", body, rules) == "silent"


@pytest.mark.parametrize("language, text, code", [
    ("en", "The paintings are worth 230 million Norwegian crowns.", "NOK"),
    ("lv", "Gleznu vērtība ir 230 miljoni Norvēģijas kronu.", "NOK"),
    ("is", "Málverkin eru metin á 230 milljónir norskra króna.", "NOK"),
], ids=["en-crowns", "lv-kronu", "is-krona"])
def test_the_nordic_crowns_as_the_wires_name_them(language: str, text: str, code: str) -> None:
    from checker.facts.numbers import find_numbers

    assert [(m.value.min, m.value.unit) for m in find_numbers(text, language)] == [(230e6, code)]


def test_a_dutch_relative_clause_keeps_its_tense_to_itself() -> None:
    """"die wordt verdacht" (who is suspected) made the arrest on Sunday a future."""
    rules = date_rule("arrest", "2025-10-12", "aangehouden")
    body = "De politie heeft zondag een man aangehouden die wordt verdacht van de diefstal."
    assert verdict_on("arrest", "nl", "2025-10-13", body, rules) == "agrees"


@pytest.mark.parametrize("text, value, unit", [
    ("Tranga 1 284 no voarakitra tao amin'io faritra io.", 1284, None),
    ("Fatra 450 000 no tonga tao Kigoma ny alahady.", 450_000, None),
    ("Namoaka 1,2 tapitrisa dolara ny OMS.", 1_200_000, "USD"),
], ids=["space-grouped", "space-grouped-thousands", "tapitrisa"])
def test_malagasy_figures(text: str, value: int, unit: str | None) -> None:
    """"tranga 1 284" was 1 and 284, "1,2 tapitrisa dolara" $1.2."""
    from checker.facts.numbers import find_numbers

    assert [(m.value.min, m.value.unit) for m in find_numbers(text, "mg")] == [(value, unit)]


@pytest.mark.parametrize("text, day", [
    ("Izigameko zesifo sekubikwe kusukela mhla zingama-28 kuFebhuwari.", "2025-02-28"),
    ("Umkhankaso wokugoma uqala mhla ziyi-17 kuMashi.", "2025-03-17"),
], ids=["kuFebhuwari", "kuMashi"])
def test_zulu_months_with_the_locative(text: str, day: str) -> None:
    import datetime as dt

    from checker.facts.dates import find_dates

    assert [m.value.iso for m in find_dates(text, "zu", dt.date(2025, 3, 11))] == [day]


def test_a_zulu_day_is_no_count() -> None:
    rules = number_rule("cases", "1284", "Izigameko")
    body = "Izigameko zesifo sekubikwe kusukela mhla zingama-28 kuFebhuwari."
    assert verdict_on("cases", "zu", "2025-03-11", body, rules) == "silent"


@pytest.mark.parametrize("language, body, rules", [
    ("en", "The outbreak killed 19 people out of 1,050 cases.", number_rule("cases", "1050", "cases")),
    ("fr", "L'épidémie a fait 19 morts sur 1 050 cas.", number_rule("cases", "1050", "cas")),
    ("en", "The outbreak killed 19 people out of 1,050 cases.", number_rule("cases", "19", "killed")),
    ("en", "The party won 61 of the 151 seats.", number_rule("cases", "61", "seats")),
], ids=["en-cases", "fr-cas", "en-the-part-for-its-own-rule", "en-a-part-of-one-noun"])
def test_a_figure_out_of_another_counting_its_own_noun_is_no_part(language: str, body: str, rules: str) -> None:
    """"19 people out of 1,050 cases": the cases are the rule's, the 19 dead no part of them."""
    assert verdict_on("cases", language, "2025-03-10", body, rules) == "agrees"


def test_a_sinhala_dateline_with_a_hyphen_is_its_own_sentence() -> None:
    """"නවදිල්ලි, මැයි 28 -": the Gregorian month Sinhala news writes (CLDR 47 gives the Sinhala
    months) dated the record."""
    rules = date_rule("record", "2025-05-27", "උෂ්ණත්වයක්")
    body = "නවදිල්ලි, මැයි 28 - ෆලෝඩි නගරයේ අඟහරුවාදා උෂ්ණත්වයක් වාර්තා විය."
    assert verdict_on("record", "si", "2025-05-28", body, rules) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("ml", "കുറഞ്ഞത് 143 പേർ മരിച്ചു."),
    ("te", "కనీసం 143 మంది మృతి చెందారు."),
    ("hi", "कम से कम 143 लोगों की मौत हो चुकी है।"),
], ids=["ml", "te", "hi"])
def test_the_south_asian_at_least_is_inclusive(language: str, text: str) -> None:
    from checker.facts.numbers import find_numbers

    [mention] = find_numbers(text, language)
    assert (mention.value.min, mention.value.max, mention.value.inclusive) == (143, None, True)


def test_a_vietnamese_syllable_is_a_particle_only_as_written() -> None:
    """"Độ" of "Ấn Độ" (India) folds as "đó" (that) does: taken for the particle, the phrasing
    lost its subject and any signing denied it."""
    rules = ("- {id: india, check: phrase, expect: ['Ấn Độ không ký hiệp định'], "
             "contradicted_by: ['Ấn Độ ký hiệp định']}\n")
    assert verdict_on("india", "vi", "2026-11-19", "Nhật Bản hôm thứ Tư đã ký hiệp định.", rules) == "silent"
    assert verdict_on("india", "vi", "2026-11-19", "Ấn Độ hôm thứ Tư đã ký hiệp định.", rules) == "contradicts"


@pytest.mark.parametrize("text, days", [
    ("နိုင်ငံ ၁၄ နိုင်ငံ လက်မှတ်ရေးထိုးခဲ့သည်။", []),
    ("၁၈ နို ၂၀၂၆", ["2026-11-18"]),
    ("နိုဝင်ဘာ ၁၈ ရက်နေ့တွင် လက်မှတ်ရေးထိုးခဲ့သည်။", ["2026-11-18"]),
], ids=["country", "abbreviation", "full-name"])
def test_a_burmese_month_abbreviation_inside_a_word_is_no_month(text: str, days: list[str]) -> None:
    """"နို" (Nov.) begins "နိုင်ငံ" (country): "14 countries" was 14 November."""
    import datetime as dt

    from checker.facts.dates import find_dates

    assert [m.value.iso for m in find_dates(text, "my", dt.date(2026, 11, 19))] == days


SEATS = ("- {id: seats, check: number, expect: 40, unit: seats, units: [zetels, escaños, diputats, deputados, "
         "eserleku, eserlekuak], about: [seats, zetels, escaños, diputats, deputados, eserlekuak, PP]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The PP won 40 of the 75 seats.", "agrees"),
    ("en", "The PP won 41 of the 75 seats.", "contradicts"),
    ("nl", "De PP behaalde 40 van de 75 zetels.", "agrees"),
    ("es", "El PP obtuvo 40 de los 75 escaños.", "agrees"),
], ids=["en", "en-wrong-part", "nl", "es"])
def test_a_part_of_a_whole_in_the_rules_unit_is_read_in_it(language: str, body: str, verdict: str) -> None:
    """"40 of the 75 seats" was 75 seats for a rule with `unit: seats`: the 40 has no noun of its own."""
    assert verdict_on("seats", language, "2024-02-19", body, SEATS) == verdict


@pytest.mark.parametrize("language, body", [
    ("ca", "El PP ha obtingut 40 diputats, dos més dels 38 diputats que marca la majoria absoluta."),
    ("gl", "O PP obtivo 40 deputados, dous máis dos 38 deputados que marcan a maioría absoluta."),
    ("eu", "PPk 40 eserleku lortu ditu, gehiengo osorako behar diren 38 eserlekuak baino bi gehiago."),
], ids=["ca", "gl", "eu"])
def test_the_seats_a_majority_needs_are_no_seats_won(language: str, body: str) -> None:
    assert verdict_on("seats", language, "2024-02-19", body, SEATS) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("da", "Valgdeltagelsen var 67,3 procent mod 58,88 procent sidste gang."),
    ("nb", "Valgdeltakelsen var 67,3 prosent mot 58,88 prosent sist."),
], ids=["da-mod", "nb-mot"])
def test_nordic_compared_with(language: str, body: str) -> None:
    rules = number_rule("turnout", "67.3", "Valgdeltagelsen", "Valgdeltakelsen", unit="percent")
    assert verdict_on("turnout", language, "2024-02-19", body, rules) == "agrees"


def test_the_romanian_second_day_of_an_event_is_no_next_day() -> None:
    """"a doua zi de grevă" (the second day of the strike) shifted Tuesday, 18 November, to the 19th."""
    rules = date_rule("cancelled", "2025-11-18", "anulate")
    body = "Marți, 18 noiembrie, a doua zi de grevă, 40 de zboruri au fost anulate."
    assert verdict_on("cancelled", "ro", "2025-11-19", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("pl", "Rozmowy zostaną wznowione w czwartek."),
    ("lv", "Sarunas tiks atsāktas ceturtdien."),
], ids=["pl-zostana", "lv-tiks"])
def test_the_future_of_a_passive_names_the_coming_weekday(language: str, body: str) -> None:
    """"zostaną wznowione w czwartek" (will be resumed on Thursday) was last Thursday."""
    rules = date_rule("talks", "2025-11-20", "Rozmowy", "Sarunas")
    assert verdict_on("talks", language, "2025-11-18", body, rules) == "agrees"


@pytest.mark.parametrize("word", ["نایروبی", "نزدیکی", "نیویورک", "نمایندگان", "نتیجه", "نخست"])
def test_a_persian_word_in_nun_that_ends_as_no_verb_is_not_negated(word: str) -> None:
    """"نایروبی" (Nairobi) after a name was read as a negated verb, and the name denied."""
    from checker.text.negation import negation_cues
    from checker.text.normalise import fold

    assert not negation_cues("fa").negated(fold(word), word)


@pytest.mark.parametrize("word", ["نکرد", "نشده", "نکرده", "نپذیرفت", "نداشت", "نکند", "نشود"])
def test_a_persian_verb_in_nun_is_negated(word: str) -> None:
    from checker.text.negation import negation_cues
    from checker.text.normalise import fold

    assert negation_cues("fa").negated(fold(word), word)


def test_a_persian_name_before_a_place_in_nun_is_not_denied() -> None:
    rules = "- {id: minister, check: entity, expect: Ngetich, aliases: [نگتیچ], alternatives: [Achieng, آچینگ]}\n"
    body = "وزیر کشور نگتیچ در نایروبی همراه با وزیر ورزش آچینگ از محل بازدید کرد."
    assert verdict_on("minister", "fa", "2026-11-23", body, rules) != "contradicts"


@pytest.mark.parametrize("body", [
    "Yetkililere göre kapılar kilitli değildi.",
    "Bakan, kapıların kilitli olmadığını söyledi.",
], ids=["degildi", "olmadigini"])
def test_turkish_was_not_and_not_being_deny(body: str) -> None:
    """"kilitli değildi" (was not locked) and "kilitli olmadığını" (that it was not locked) agreed."""
    rules = "- {id: locked, check: phrase, expect: ['kapılar kilitliydi']}\n"
    assert verdict_on("locked", "tr", "2026-11-23", body, rules) == "contradicts"


@pytest.mark.parametrize("language, body", [
    ("en", "NAIROBI, Monday — At least 37 people died in a stampede at Nyayo stadium on Sunday."),
    ("sw", "NAIROBI, Jumatatu — Watu 37 walifariki katika mkanyagano uwanjani Jumapili."),
], ids=["en", "sw"])
def test_a_dateline_of_a_weekday_is_its_own_sentence(language: str, body: str) -> None:
    """"NAIROBI, Monday —": the day the report was filed, no day of the stampede."""
    rules = date_rule("stampede", "2026-11-22", "stampede", "mkanyagano")
    assert verdict_on("stampede", language, "2026-11-23", body, rules) == "agrees"


def test_the_slovene_adjective_of_per_cent() -> None:
    from checker.facts.numbers import find_numbers

    assert [(m.value.min, m.value.unit) for m in find_numbers("Sindikat zahteva 15-odstotno povišanje plač.", "sl")] \
        == [(15, "percent")]


@pytest.mark.parametrize("rules, body, verdict", [
    ("- {id: paid, check: phrase, expect: ['không trả tiền chuộc']}\n", "Ngân hàng không trả tiền chuộc.", "agrees"),
    ("- {id: paid, check: phrase, expect: ['ngân hàng không trả tiền chuộc']}\n", "Ngân hàng đã trả tiền chuộc.",
     "contradicts"),
    ("- {id: paid, check: phrase, expect: ['hãng hàng không hủy chuyến bay']}\n", "Hãng hàng không đã hủy chuyến bay.",
     "agrees"),
], ids=["bank-did-not-pay", "bank-paid", "airline"])
def test_vietnamese_bank_not_is_no_aviation(rules: str, body: str, verdict: str) -> None:
    """"Ngân hàng không trả" (the bank did not pay) was read as "hàng không" (aviation), and the
    negation lost."""
    assert verdict_on("paid", "vi", "2026-11-07", body, rules) == verdict


def test_the_japanese_written_negative_after_wa() -> None:
    """"身代金を支払わず" (did not pay the ransom) denied "did not pay"; "わずか" (only) stays no negation."""
    rules = "- {id: paid, check: phrase, expect: ['身代金を支払わなかった'], contradicted_by: ['身代金を支払った']}\n"
    assert verdict_on("paid", "ja", "2026-11-07", "同行は身代金を支払わず、システムを復旧させた。", rules) == "agrees"
    assert verdict_on("paid", "ja", "2026-11-07", "同行はわずか3時間で身代金を支払った。", rules) == "contradicts"


def test_polish_secondary_is_no_tuesday() -> None:
    """"falę wtórną" (a secondary wave) shares its first letters with "wtorek" (Tuesday)."""
    rules = date_rule("quake", "2025-10-13", "Trzęsienie")
    assert verdict_on("quake", "pl", "2025-10-14", "Trzęsienie ziemi wywołało falę wtórną.", rules) == "silent"


@pytest.mark.parametrize("language, text", [
    ("ka", "სასამართლომ მას 9 წლით თავისუფლების აღკვეთა მიუსაჯა."),
    ("hy", "Դատարանը նրան դատապարտեց 9 տարվա ազատազրկման։"),
], ids=["ka-tslit", "hy-tarva"])
def test_georgian_and_armenian_terms_in_years(language: str, text: str) -> None:
    from checker.facts.numbers import find_numbers

    assert [(m.value.min, m.value.unit) for m in find_numbers(text, language)] == [(9, "year")]


def test_a_synonym_of_the_rules_unit_is_no_other_unit_of_another_language() -> None:
    """`units: [година]` (a year in Serbian, an hour in Ukrainian) made "tri sata" (three hours) three years."""
    rules = ("- {id: term, check: number, expect: 9, unit: year, units: [godina, година], "
             "about: [zatvor, zatvora]}\n")
    body = "Ročište je trajalo tri sata, a sud ga je osudio na zatvor."
    assert verdict_on("term", "hr", "2025-06-13", body, rules) == "silent"
    assert verdict_on("term", "hr", "2025-06-13", "Sud ga je osudio na devet godina zatvora.", rules) == "agrees"


def test_a_ukrainian_sentence_to_years_past_a_long_object_is_no_bound() -> None:
    """"засудив колишнього міністра оборони Петровського до дев'яти років" was "up to nine years",
    which agreed with seven."""
    rules = number_rule("term", "7", "засудив", unit="year")
    body = "Суд засудив колишнього міністра оборони Петровського до дев'яти років позбавлення волі."
    assert verdict_on("term", "uk", "2025-06-13", body, rules) == "contradicts"


def test_a_thai_dateline_with_its_agency_is_its_own_sentence() -> None:
    """"โซล 6 พ.ย. (รอยเตอร์) –": the day the report was filed, no day of the restoration."""
    rules = date_rule("restored", "2025-11-05", "กลับมาให้บริการ")
    body = "โซล 6 พ.ย. (รอยเตอร์) – ธนาคารกลับมาให้บริการได้ตามปกติเมื่อวันพุธ"
    assert verdict_on("restored", "th", "2025-11-06", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The magnitude 6.9 quake injured 14 people.", "agrees"),
    ("nl", "Bij de beving met een kracht van 6,9 raakten 14 mensen gewond.", "agrees"),
    ("en", "The magnitude 7.2 quake injured 14 people.", "contradicts"),
], ids=["en", "nl", "en-another-magnitude"])
def test_a_rule_expecting_decimals_reads_the_figure_with_decimals_beside_a_count(
        language: str, body: str, verdict: str) -> None:
    """"The magnitude 6.9 quake injured 14 people" was 14 for a rule about the magnitude."""
    rules = number_rule("magnitude", "6.9", "magnitude", "quake", "kracht")
    assert verdict_on("magnitude", language, "2025-10-14", body, rules) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("LOT:n johto hylkäsi vaatimukset maanantaina.", "agrees"),
    ("LOT:n johto ei hylännyt vaatimuksia.", "contradicts"),
], ids=["stated", "denied"])
def test_a_finnish_case_ending_after_a_colon_on_an_abbreviation(body: str, verdict: str) -> None:
    """"LOT:n johto" (LOT's management): the colon inside the word parted the phrasing's words."""
    rules = ("- {id: demands, check: phrase, expect: ['LOT:n johto hylkäsi vaatimukset'], "
             "contradicted_by: ['LOT:n johto ei hylännyt vaatimuksia']}\n")
    assert verdict_on("demands", "fi", "2025-11-18", body, rules) == verdict
