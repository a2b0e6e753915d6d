"""Reports as the wire writes them: what reading news in more languages showed, a twelfth round."""

from __future__ import annotations

import datetime as dt

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, verdict_on

from checker.facts.dates import find_dates
from checker.facts.numbers import find_numbers


@pytest.mark.parametrize("phrasing, body, verdict", [
    ("wykluczyli błąd pilota", "Śledczy nie wykluczyli błędu pilota.", "contradicts"),
    ("wykluczyli błąd pilota", "Śledczy wykluczyli błąd pilota.", "agrees"),
    ("odwiedził urząd miasta", "Premier nie odwiedził urzędu miasta.", "contradicts"),
    ("spotkał jej męża", "Prezydent nie spotkał jej męża.", "contradicts"),
], ids=["blad-bledu", "blad-affirmed", "urzad-urzedu", "maz-meza"])
def test_a_polish_stem_whose_a_nasal_turns_e_nasal_in_its_other_cases_is_the_same_word(
        phrasing: str, body: str, verdict: str) -> None:
    """Polish writes ą in a stem's last syllable as ę once an ending follows ("błąd",
    "nie wykluczyli błędu"): the genitive a negation wants is the rule's own noun."""
    assert verdict_on("ruled-out", "pl", "2026-11-27", body, phrase_rule("ruled-out", phrasing)) == verdict


@pytest.mark.parametrize("language, phrasing, body", [
    ("cs", "vydaly varování před tsunami", "Řecké úřady po zemětřesení varování před tsunami nevydaly."),
    ("cs", "vydaly varování před tsunami", "Varování před tsunami úřady nevydaly."),
    ("sk", "vydali varovanie pred cunami", "Úrady varovanie pred cunami nevydali."),
    ("lv", "izsludināja cunami brīdinājumu", "Varasiestādes cunami brīdinājumu neizsludināja."),
    ("lt", "paskelbė cunamio pavojų", "Valdžia cunamio pavojų nepaskelbė."),
    ("cs", "policie zadržela podezřelého", "Podezřelého policie nezadržela."),
], ids=["cs-last", "cs-object-first", "sk-last", "lv-last", "lt-last", "cs-subject-between"])
def test_a_verb_negated_by_its_prefix_after_its_object_denies_in_free_word_order(
        language: str, phrasing: str, body: str) -> None:
    """A Slavic or Baltic verb after its object, negated by its prefix ("varování …
    nevydaly"), is the phrasing's verb denied, as it is before the object."""
    assert verdict_on("w", language, "2026-11-27", body, phrase_rule("w", phrasing)) == "contradicts"


@pytest.mark.parametrize("language, phrasing, body", [
    ("cs", "vydaly varování před tsunami", "Varování před tsunami úřady zrušily."),
    ("sk", "vydali varovanie pred cunami", "Varovanie pred cunami úrady odvolali."),
], ids=["cs-zrusily", "sk-odvolali"])
def test_in_free_word_order_another_verb_in_the_clause_may_stand_for_the_one_left_out(
        language: str, phrasing: str, body: str) -> None:
    """"Varování před tsunami úřady zrušily" (the authorities cancelled the warning) does not
    state "vydaly varování před tsunami" (issued it) for the match of every word but the verb."""
    assert verdict_on("w", language, "2026-11-27", body, phrase_rule("w", phrasing)) == "silent"


@pytest.mark.parametrize("language, phrasing, body", [
    ("cs", "vydaly varování před tsunami", "Řecké úřady varování před tsunami vydaly."),
    ("cs", "policie zadržela podezřelého", "Podezřelého policie zadržela."),
    ("ru", "власти объявили тревогу", "Тревогу власти объявили."),
], ids=["cs-last", "cs-subject-between", "ru-object-first"])
def test_a_verb_after_its_object_still_states_the_phrasing(language: str, phrasing: str, body: str) -> None:
    assert verdict_on("w", language, "2026-11-27", body, phrase_rule("w", phrasing)) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("en", "The rocket exploded last Thursday, 19 November, after liftoff."),
    ("en", "The rocket exploded last Thursday, November 19."),
    ("bg", "Ракетата експлодира миналия четвъртък, 19 ноември."),
    ("sr", "Ракета је експлодирала прошлог четвртка, 19. новембра."),
    ("el", "Ο πύραυλος εξερράγη την περασμένη Πέμπτη, 19 Νοεμβρίου."),
    ("de", "Die Rakete explodierte am vergangenen Donnerstag, dem 19. November."),
], ids=["en", "en-month-first", "bg", "sr", "el", "de"])
def test_the_date_written_after_last_and_a_weekday_is_the_day(language: str, text: str) -> None:
    """"last Thursday, 19 November" in a Friday's paper is the 19th, whatever "last Thursday"
    alone would be."""
    found = [(m.value.month, m.value.day) for m in find_dates(text, language, dt.date(2026, 11, 27))]
    assert found == [(11, 19)]


@pytest.mark.parametrize("language, text", [
    ("he", "הטיל התפוצץ ביום חמישי שעבר."),
    ("he", "הטיל התפוצץ ביום חמישי האחרון."),
    ("ga", "Phléasc an roicéad Déardaoin seo caite."),
    ("ga", "Phléasc an roicéad Déardaoin seo a chuaigh thart."),
    ("cy", "Fe ffrwydrodd y roced ddydd Iau diwethaf."),
    ("mt", "Ir-rokit splodi nhar il-Ħamis li għadda."),
    ("sq", "Raketa shpërtheu të enjten e kaluar."),
    ("is", "Eldflaugin sprakk síðastliðinn fimmtudag."),
], ids=["he", "he-haaharon", "ga", "ga-chuaigh", "cy", "mt", "sq", "is"])
def test_last_and_a_weekday_in_a_paper_of_that_weekday_is_a_week_before(language: str, text: str) -> None:
    found = [(m.value.month, m.value.day) for m in find_dates(text, language, dt.date(2026, 11, 26))]
    assert found == [(11, 19)]


def test_greek_third_fourth_fifth_in_lower_case_are_no_weekdays() -> None:
    """Greek writes its weekdays with a capital: "την τρίτη αποτυχημένη εκτόξευση" is the
    third failed launch, "την Τρίτη" Tuesday."""
    published = dt.date(2026, 11, 27)
    assert find_dates("Ήταν η τρίτη αποτυχημένη εκτόξευση, η πέμπτη φέτος.", "el", published) == []
    assert [m.value.day for m in find_dates("Η εκτόξευση έγινε την Τρίτη.", "el", published)] == [24]
    assert [m.value.day for m in find_dates("Η τέταρτη προσπάθεια την Τετάρτη.", "el", published)] == [25]


@pytest.mark.parametrize("body, verdict", [
    ("Níor phléasc an roicéad, a dúirt an ghníomhaireacht.", "contradicts"),
    ("Deir an ghníomhaireacht nár phléasc an roicéad.", "contradicts"),
    ("Phléasc an roicéad 71 soicind tar éis dó éirí.", "agrees"),
], ids=["nior", "nar", "affirmed"])
def test_irish_denies_with_nior_and_nar_before_the_verb(body: str, verdict: str) -> None:
    assert verdict_on("exploded", "ga", "2026-11-27", body, phrase_rule("exploded", "phléasc an roicéad")) == verdict


@pytest.mark.parametrize("language, body", [
    ("ga", "D'éirigh an roicéad ón gcalafort spáis in Hallvik an 19 Samhain."),
    ("cy", "Cododd y roced o borth gofod Hallvik ddydd Iau."),
    ("cy", "Cododd y roced o'r porth gofod yn Hallvik ddydd Iau."),
], ids=["ga-eclipsis", "cy-soft", "cy-plain"])
def test_a_celtic_word_is_found_with_its_first_sound_mutated(language: str, body: str) -> None:
    """Irish and Welsh change a word's first sound after certain words ("ón gcalafort",
    "o borth"): the rule's "calafort spáis" and "porth gofod" are still there, and the
    older launch site in the next sentence no rival for them."""
    rules = entity_rule("spaceport", "Hallvik", "Tornby", "calafort spáis", "porth gofod")
    body += " Ar 4 Mehefin 2024, lansiwyd Vela-2 o Tornby." if language == "cy" else \
        " Ar an 4 Meitheamh 2024, seoladh Vela-2 ó Tornby."
    assert verdict_on("spaceport", language, "2026-11-27", body, rules) == "agrees"


def test_maltese_writes_an_i_before_two_consonants_after_the_article() -> None:
    rules = number_rule("cost", "312000000", "spiża", unit="EUR")
    body = "L-ispiża tal-programm kienet ta' €312-il miljun, qalet l-aġenzija."
    assert verdict_on("cost", "mt", "2026-11-27", body, rules) == "agrees"


def test_maltese_links_a_figure_to_its_multiplier_with_il() -> None:
    assert [m.value.min for m in find_numbers("L-ispiża kienet ta' €312-il miljun.", "mt")] == [312_000_000]
    assert [m.value.min for m in find_numbers("Ħadu sehem 12-il elf ruħ.", "mt")] == [12_000]


@pytest.mark.parametrize("language, body", [
    ("bg", "Следващият опит за изстрелване е насрочен за 18 март 2027 г."),
    ("mk", "Следниот обид за лансирање е закажан за 18 март 2027 година."),
    ("el", "Η επόμενη απόπειρα εκτόξευσης έχει προγραμματιστεί για τις 18 Μαρτίου 2027."),
    ("he", "ניסיון השיגור הבא נקבע ל-18 במרץ 2027."),
    ("ga", "Tá an chéad iarracht eile ar sheoladh socraithe don 18 Márta 2027."),
    ("cy", "Mae'r ymgais nesaf i lansio wedi'i threfnu ar gyfer 18 Mawrth 2027."),
    ("mt", "It-tentattiv li jmiss ta' tnedija ġie skedat għat-18 ta' Marzu 2027."),
    ("is", "Næsta tilraun til geimskots hefur verið ákveðin 18. mars 2027."),
], ids=["bg", "mk", "el", "he", "ga", "cy", "mt", "is"])
def test_a_launch_scheduled_for_a_later_day_is_no_date_of_the_launch_that_failed(language: str, body: str) -> None:
    about = ("изстрелване", "лансирање", "εκτόξευσης", "שיגור", "sheoladh", "lansio", "tnedija", "geimskots")
    rules = date_rule("launched", "2026-11-19", *about)
    assert verdict_on("launched", language, "2026-11-27", body, rules) == "silent"


@pytest.mark.parametrize("language, body, head", [
    ("ga", ("Labhair an stiúrthóir Tomas Berglund leis na meáin. Dúirt an t-iar-stiúrthóir Jonas Ekdahl go raibh "
           "riosca ann."), "stiúrthóir"),
    ("is", ("Forstjórinn Tomas Berglund ræddi við blaðamenn. Fyrrverandi forstjóri Jonas Ekdahl sagði að áhætta "
           "fylgdi fluginu."), "forstjóri"),
    ("mt", "Id-direttur Tomas Berglund kellem lill-istampa. L-eks direttur Jonas Ekdahl qal li hemm riskju.",
     "direttur"),
    ("sq", "Drejtori Tomas Berglund foli për shtyp. Ish-drejtori Jonas Ekdahl tha se fluturimi mbart rrezik.",
     "drejtori"),
    ("ja", "トーマス・ベルグルンド長官は記者会見で述べた。ヨナス・エクダール前長官は地元紙に語った。", "長官"),
    ("zh", "航天局局长托马斯·贝里隆德在新闻发布会上说。前局长约纳斯·埃克达尔对当地媒体表示。", "局长"),
], ids=["ga-iar", "is-fyrrverandi", "mt-eks", "sq-ish", "ja-mae", "zh-qian"])
def test_a_former_holder_of_the_title_is_another_person(language: str, body: str, head: str) -> None:
    rules = (f"- {{id: head, check: entity, expect: Tomas Berglund, aliases: [トーマス・ベルグルンド, 托马斯·贝里隆德], "
             f"alternatives: [Jonas Ekdahl, ヨナス・エクダール, 约纳斯·埃克达尔], about: [{head}]}}\n")
    assert verdict_on("head", language, "2026-11-27", body, rules) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("da", "Urenheden blev opdaget torsdag i sidste uge."),
    ("nb", "Urenheten ble oppdaget torsdag forrige uke."),
    ("sv", "Föroreningen upptäcktes torsdagen förra veckan."),
    ("hu", "A szennyeződést a múlt héten csütörtökön fedezték fel."),
    ("sk", "Nečistotu objavili minulý týždeň vo štvrtok."),
    ("cs", "Nečistotu objevili minulý týden ve čtvrtek."),
    ("hr", "Nečistoća je otkrivena u četvrtak prošlog tjedna."),
], ids=["da", "nb", "sv", "hu", "sk", "cs", "hr"])
def test_a_weekday_of_last_week_is_in_the_week_before_the_publications(language: str, text: str) -> None:
    """"Thursday of last week" in a Friday's paper is eight days before, not yesterday."""
    found = [(m.value.month, m.value.day) for m in find_dates(text, language, dt.date(2026, 11, 27))]
    assert found == [(11, 19)]


@pytest.mark.parametrize("language, body", [
    ("en", "Assistant director Stoyan Kalchev said everything was ready."),
    ("nb", "Assisterende direktør Stoyan Kalchev opplyser at alt er klart."),
    ("sv", "Biträdande generaldirektören Stoyan Kalchev uppger att allt är klart."),
    ("sv", "Ställföreträdande generaldirektör Stoyan Kalchev uppger att allt är klart."),
    ("et", "Peadirektori asetäitja Stoyan Kalchev lisas, et kõik on korras."),
], ids=["en-assistant", "nb-assisterende", "sv-bitradande", "sv-stallforetradande", "et-asetaitja"])
def test_an_assistant_or_deputy_director_is_not_the_director(language: str, body: str) -> None:
    rules = entity_rule("director", "Ralitsa Zhecheva", "Stoyan Kalchev",
                        "direktør", "generaldirektör", "peadirektor", "director")
    assert verdict_on("director", language, "2026-11-27", body, rules) == "silent"


@pytest.mark.parametrize("language, body, verdict", [
    ("lt", "Tai sakė agentūros direktorė Ralica Žečeva.", "agrees"),
    ("lv", "To sacīja aģentūras izpilddirektore Ralica Žečeva.", "agrees"),
    ("hu", "Ezt mondta az ügynökség igazgatója, Ralica Zsecseva.", "agrees"),
    ("sk", "Uviedla to riaditeľka agentúry Ralica Žečevová.", "agrees"),
    ("cs", "Uvedla to ředitelka agentury Ralica Žečevová.", "agrees"),
    ("lt", "Tai sakė agentūros direktorius Stojanas Kalčevas.", "contradicts"),
    ("lv", "To sacīja aģentūras direktors Stojans Kalčevs.", "contradicts"),
], ids=["lt-c", "lv-c", "hu-zs-cs", "sk-ova", "cs-ova", "lt-as", "lv-s"])
def test_a_foreign_name_as_each_language_spells_and_declines_it(language: str, body: str, verdict: str) -> None:
    """Baltic and Hungarian c is ts, Hungarian zs and cs are zh and ch; Czech and Slovak give a
    woman's surname -ová, Lithuanian and Latvian a man's -as and -s."""
    rules = entity_rule("director", "Ralitsa Zhecheva", "Stoyan Kalchev", "direktorė", "direktorius", "direktors",
                        "izpilddirektore", "igazgatója", "riaditeľka", "ředitelka")
    assert verdict_on("director", language, "2026-11-27", body, rules) == verdict


@pytest.mark.parametrize("language, text, unit", [
    ("nb", "Pasientene får ny medisin innen ti dager.", "day"),
    ("hu", "A betegek tíz napon belül kapnak új gyógyszert.", "day"),
    ("hu", "A vizsgálat két hétig tart.", "week"),
    ("hu", "A gyógyszert hat hónapig szedték.", "month"),
], ids=["nb-dager", "hu-napon", "hu-hetig", "hu-honapig"])
def test_a_span_of_days_in_its_everyday_word_or_case_is_a_span(language: str, text: str, unit: str) -> None:
    assert [m.value.unit for m in find_numbers(text, language)] == [unit]


@pytest.mark.parametrize("phrasing, body", [
    ("政府批准了预算", "南非政府批准了预算。"),
    ("袭击了基地", "无人机袭击了基地。"),
    ("议会通过了法案", "议会最终无异议通过了法案。"),
    ("议会通过了法案", "议会在非正式会议上通过了法案。"),
    ("公司违反了安全规定", "两家公司分别违反了安全规定。"),
    ("发言人否认公司违反安全规定", "发言人达娜·阿别诺娃否认公司违反安全规定。"),
], ids=["nanfei", "wurenji", "wuyiyi", "feizhengshi", "fenbie", "name-bie"])
def test_a_chinese_word_that_holds_a_negation_character_denies_nothing(phrasing: str, body: str) -> None:
    """South Africa (南非), a drone (无人机), "without objection" (无异议), "informal" (非正式),
    "respectively" (分别) and a name written with 别 hold a negation's character and deny
    nothing."""
    assert verdict_on("w", "zh", "2026-11-27", body, phrase_rule("w", phrasing)) == "agrees"


@pytest.mark.parametrize("body", ["公司没有违反安全规定。", "公司并未违反安全规定。"], ids=["meiyou", "bingwei"])
def test_a_chinese_negation_still_denies(body: str) -> None:
    assert verdict_on("w", "zh", "2026-11-27", body, phrase_rule("w", "公司违反了安全规定")) == "contradicts"


@pytest.mark.parametrize("language, text, expected", [
    ("en", "The roof collapsed at a depth of 640 m.", [(640, "meter")]),
    ("vi", "Vụ sập hầm xảy ra ở độ sâu 640 m.", [(640, "meter")]),
    ("pl", "Do zawału doszło na głębokości 640 m.", [(640, "meter")]),
    ("zh", "高47m的火箭", [(47, "meter")]),
    ("ko", "높이 47m의 로켓", [(47, "meter")]),
    ("en", "Winds reached 20 m/s.", [(20, None)]),
    ("en", "It costs £12m.", [(12_000_000, "GBP")]),
], ids=["en", "vi", "pl", "zh-on-figure", "ko-on-figure", "en-per-second", "en-money"])
def test_m_after_a_figure_is_the_metre(language: str, text: str, expected: list[tuple[float, str | None]]) -> None:
    """CLDR's units leave out the one-letter sign; "m" written on an English figure is
    million ("3m people"), but not in Chinese, Japanese and Korean."""
    assert [(m.value.min, m.value.unit) for m in find_numbers(text, language)] == expected


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("ml", "മത്സരം റദ്ദാക്കിയില്ല", "ലീഗ് മത്സരങ്ങൾ രണ്ടാഴ്ചത്തേക്ക് നിർത്തിവച്ചതായി മന്ത്രി അറിയിച്ചു.", "silent"),
    ("ml", "മത്സരം റദ്ദാക്കിയില്ല", "മത്സരം റദ്ദാക്കിയില്ല.", "agrees"),
    ("ml", "മത്സരം റദ്ദാക്കിയില്ല", "മത്സരം റദ്ദാക്കി.", "contradicts"),
    ("bn", "মন্ত্রী পদত্যাগ করেননি", "মন্ত্রী সাংবাদিকদের সঙ্গে কথা বলেন।", "silent"),
    ("bn", "মন্ত্রী পদত্যাগ করেননি", "মন্ত্রী পদত্যাগ করেছেন।", "contradicts"),
    ("te", "మ్యాచ్ రద్దుకాలేదు", "మ్యాచ్ వాయిదా వేయాలని పోలీసులు సూచించారు.", "silent"),
    ("ta", "அமைச்சர் ராஜினாமா செய்யவில்லை", "அமைச்சர் ராஜினாமா செய்யவில்லை.", "agrees"),
], ids=["ml-noun-only", "ml-stated", "ml-denied", "bn-noun-only", "bn-denied", "te-noun-only", "ta-stated"])
def test_a_phrasing_negated_by_its_verbs_ending_needs_the_verb(
        language: str, phrasing: str, body: str, verdict: str) -> None:
    """"മത്സരം റദ്ദാക്കിയില്ല" (the match was not cancelled): the verb denied by its ending is
    part of the claim, so a sentence naming only the match states nothing."""
    assert verdict_on("w", language, "2026-11-27", body, phrase_rule("w", phrasing)) == verdict


def test_punjabi_news_writes_saturday_as_hindi_does() -> None:
    found = find_dates("ਸ਼ਨੀਵਾਰ ਨੂੰ ਸਟੇਡੀਅਮ ਵਿੱਚ ਹਾਦਸਾ ਹੋਇਆ।", "pa", dt.date(2026, 11, 23))
    assert [(m.value.month, m.value.day) for m in found] == [(11, 21)]


@pytest.mark.parametrize("language, body", [
    ("en", ("A crush at the stadium in Madiun killed 38 people. In a similar crush on 1 October 2022, 135 people "
           "died in Malang.")),
    ("es", ("Una avalancha en el estadio de Madiun mató a 38 personas. En una avalancha similar el 1 de octubre de "
           "2022 murieron 135 personas en Malang.")),
], ids=["en", "es-after"])
def test_a_similar_event_is_another_event(language: str, body: str) -> None:
    rules = date_rule("crush", "2026-11-21", "crush", "avalancha")
    assert verdict_on("crush", language, "2026-11-24", body, rules) == "silent"


@pytest.mark.parametrize("language, body", [
    ("kn", "‘ಇದು ರಾಷ್ಟ್ರೀಯ ದುರಂತ’ ಎಂದು ಗೃಹ ಸಚಿವ ಹೆಂಡ್ರಾ ವಿರತಾಮ ಭಾನುವಾರ ಸುದ್ದಿಗಾರರಿಗೆ ತಿಳಿಸಿದರು."),
    ("ml", '"ഇതൊരു ദേശീയ ദുരന്തമാണ്," ആഭ്യന്തര മന്ത്രി ഞായറാഴ്ച മാധ്യമങ്ങളോട് പറഞ്ഞു.'),
], ids=["kn", "ml"])
def test_the_day_a_minister_spoke_is_not_the_day_of_what_he_spoke_of(language: str, body: str) -> None:
    rules = date_rule("crush", "2026-11-21", "ದುರಂತ", "ദുരന്തം")
    assert verdict_on("crush", language, "2026-11-24", body, rules) == "silent"


@pytest.mark.parametrize("language, text", [
    ("ta", "வரும் திங்கள்கிழமை தேசிய துக்க தினம் அனுசரிக்கப்படும்."),
    ("kn", "ಸೋಮವಾರ ರಾಷ್ಟ್ರೀಯ ಶೋಕಾಚರಣೆ ನಡೆಯಲಿದೆ."),
    ("ml", "തിങ്കളാഴ്ച ദേശീയ ദുഃഖാചരണം നടത്തും."),
    ("te", "సోమవారం జాతీయ సంతాప దినంగా పాటిస్తారు."),
], ids=["ta", "kn", "ml", "te"])
def test_a_weekday_in_a_clause_about_what_will_be_is_the_next(language: str, text: str) -> None:
    rules = date_rule("mourning", "2026-11-23", "துக்க", "ಶೋಕಾಚರಣೆ", "ദുഃഖാചരണം", "సంతాప")
    assert verdict_on("mourning", language, "2026-11-21", text, rules) == "agrees"


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("cs", "popřela, že by firma porušila bezpečnostní předpisy",
     "Mluvčí Dana Abenovová popřela, že by firma porušila bezpečnostní předpisy.", "agrees"),
    ("pl", "zaprzeczyła, że spółka naruszyła przepisy bezpieczeństwa",
     "Rzeczniczka Dana Abenowa zaprzeczyła, że spółka naruszyła przepisy bezpieczeństwa.", "agrees"),
    ("cs", "popřela, že by firma porušila bezpečnostní předpisy",
     "Mluvčí nepopřela, že by firma porušila bezpečnostní předpisy.", "contradicts"),
], ids=["cs", "pl", "cs-not-denied"])
def test_a_phrasing_that_opens_its_own_that_clause_after_a_comma_is_matched_across_it(
        language: str, phrasing: str, body: str, verdict: str) -> None:
    """"popřela, že …": the short "že" after the comma is the phrasing's own, no other clause."""
    assert verdict_on("w", language, "2026-11-27", body, phrase_rule("w", phrasing)) == verdict


@pytest.mark.parametrize("language, phrasing, body", [
    ("cs", "popřela, že by firma porušila bezpečnostní předpisy", "Mluvčí uvedla, že firma porušila bezpečnostní předpisy."),
    ("en", "denied that the company had violated safety rules",
     "The spokeswoman admitted that the company had violated safety rules."),
    ("id", "membantah perusahaan telah melanggar aturan keselamatan",
     "Juru bicara mengakui perusahaan telah melanggar aturan keselamatan."),
    ("zh", "否认公司存在违反安全规定的行为", "发言人承认公司存在违反安全规定的行为。"),
], ids=["cs-uvedla", "en-admitted", "id-mengakui", "zh-chengren"])
def test_a_match_that_leaves_out_the_phrasings_verb_of_denying_states_nothing(
        language: str, phrasing: str, body: str) -> None:
    """"The spokeswoman admitted that the company had violated safety rules" states no
    "denied that the company had violated safety rules"."""
    assert verdict_on("w", language, "2026-11-27", body, phrase_rule("w", phrasing)) == "silent"


@pytest.mark.parametrize("text, day", [
    ("W niedzielę wieczorem zakończyła się akcja ratunkowa.", 22),
    ("W niedzielę rozpocznie się akcja ratunkowa.", 29),
    ("W niedzielę odbędzie się mecz.", 29),
], ids=["past-before-sie", "future-before-sie", "future-odbedzie"])
def test_a_polish_past_beside_sie_is_no_future_whatever_follows(text: str, day: int) -> None:
    """"zakończyła się akcja" (the rescue ended): the noun after "się" ends as a future would."""
    assert [m.value.day for m in find_dates(text, "pl", dt.date(2026, 11, 25))] == [day]


@pytest.mark.parametrize("body, verdict", [
    ("23 Bergleute waren unter Tage eingeschlossen.", "agrees"),
    ("23 Bergleute waren unter den Trümmern eingeschlossen.", "agrees"),
    ("Die Retter befreiten 19 Bergleute. Unter den Eingeschlossenen waren zwei Ukrainer.", "silent"),
], ids=["unter-tage", "unter-den-truemmern", "unter-den-eingeschlossenen"])
def test_german_unter_is_among_only_before_the_group_with_its_article(body: str, verdict: str) -> None:
    rules = number_rule("trapped", "23", "eingeschlossen", "Eingeschlossenen")
    assert verdict_on("trapped", "de", "2026-11-27", body, rules) == verdict


@pytest.mark.parametrize("language, body", [
    ("en", "The mine is run by Kazkomir, its operator. The then operator, ArcelorMittal, sold the mine."),
    ("de", "Betrieben wird das Bergwerk von Kazkomir. Der damalige Betreiber ArcelorMittal hatte die Grube verkauft."),
    ("pl", "Kopalnię eksploatuje spółka Kazkomir. Ówczesny operator ArcelorMittal sprzedał kopalnię."),
    ("ru", "Шахту эксплуатирует компания Казкомир. Тогдашний оператор ArcelorMittal продал шахту."),
], ids=["en", "de", "pl", "ru"])
def test_the_then_holder_of_a_title_is_another(language: str, body: str) -> None:
    rules = ("- {id: operator, check: entity, expect: Kazkomir, alternatives: [ArcelorMittal], "
             "about: [Betreiber, betrieben, operator, eksploatuje, оператор, эксплуатирует]}\n")
    assert verdict_on("operator", language, "2026-11-27", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("es", "El lunes, el ministerio informó que la operación de rescate concluyó el domingo."),
    ("vi", "Ngày 23/11, Bộ Tình trạng khẩn cấp cho biết chiến dịch cứu hộ đã kết thúc vào tối 22/11."),
    ("zh", "23日，紧急情况部说，救援行动已于22日晚结束。"),
    ("en", "On Monday, the ministry said the rescue ended on Sunday."),
], ids=["es", "vi", "zh", "en"])
def test_a_date_that_opens_the_sentence_before_the_speaker_dates_the_saying(language: str, body: str) -> None:
    """"El lunes, el ministerio informó que … concluyó el domingo": Monday is when the ministry
    spoke, Sunday when the rescue ended."""
    rules = date_rule("ended", "2026-11-22", "concluyó", "kết thúc", "结束", "ended")
    assert verdict_on("ended", language, "2026-11-25", body, rules) == "agrees"


def test_a_date_that_opens_the_sentence_of_the_deed_itself_still_dates_it() -> None:
    rules = date_rule("ended", "2026-11-22", "ended")
    body = "On Monday, the rescue operation ended, the ministry said."
    assert verdict_on("ended", "en", "2026-11-25", body, rules) == "contradicts"


@pytest.mark.parametrize("text", [
    "وقعت الكارثة في الأول من أكتوبر/تشرين الأول ٢٠٢٢ في ملعب كانجوروهان.",
    "وقعت الكارثة في الأول من تشرين الأول ٢٠٢٢ في ملعب كانجوروهان.",
], ids=["month-pair", "levantine-month"])
def test_an_arabic_spelt_day_of_a_month_of_two_words_or_two_names_keeps_its_year(text: str) -> None:
    found = [(m.value.year, m.value.month, m.value.day) for m in find_dates(text, "ar", dt.date(2026, 11, 24))]
    assert found == [(2022, 10, 1)]


def test_an_arabic_dateline_with_the_arabic_comma_is_the_filing_not_the_event() -> None:
    rules = date_rule("crush", "2026-11-21", "تدافع")
    body = "جاكرتا، ٢٢ نوفمبر (أ ش أ) – لقي ٣٨ شخصا مصرعهم في تدافع وقع مساء أمس السبت بملعب في مدينة ماديون."
    assert verdict_on("crush", "ar", "2026-11-22", body, rules) == "agrees"


def test_an_arabic_anchor_with_an_ayin_is_no_letter_of_an_agencys_initials() -> None:
    """"سعة" (capacity) folds to "s`h"; the "ش" of "(أ ش أ)" is "sh", a letter, no word."""
    rules = number_rule("capacity", "42000", "سعة")
    body = "القاهرة، ٢٢ نوفمبر (أ ش أ) – قتل 38 شخصا في الملعب."
    assert verdict_on("capacity", "ar", "2026-11-22", body, rules) == "silent"


@pytest.mark.parametrize("body, expect", [
    ("ইন্দোনেশিয়ার স্বরাষ্ট্রমন্ত্রী হেন্দ্রা উইরাতামা গতকাল সাংবাদিকদের বলেন।", "Hendra Wiratama"),
    ("কেনিয়ার প্রেসিডেন্ট উইলিয়াম রুটো গতকাল সাংবাদিকদের বলেন।", "William Ruto"),
], ids=["wiratama", "william"])
def test_bengali_writes_a_foreign_w_with_the_vowels_ui(body: str, expect: str) -> None:
    rules = f"- {{id: r, check: entity, expect: {expect}, about: [স্বরাষ্ট্রমন্ত্রী, প্রেসিডেন্ট]}}\n"
    assert verdict_on("r", "bn", "2026-11-24", body, rules) == "agrees"


def test_a_marathi_noun_is_found_with_its_postposition_written_on_it() -> None:
    rules = entity_rule("stadium", "Candrakirana", "Kanjuruhan", "स्टेडियम")
    body = "मदियुन येथील चंद्रकिरणा स्टेडियममध्ये शनिवारी रात्री चेंगराचेंगरी झाली."
    assert verdict_on("stadium", "mr", "2026-11-24", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("pa", "ਹਸਪਤਾਲ 'ਚ ਦੋ ਹੋਰ ਜ਼ਖ਼ਮੀਆਂ ਦੀ ਮੌਤ ਤੋਂ ਬਾਅਦ ਮ੍ਰਿਤਕਾਂ ਦੀ ਗਿਣਤੀ 36 ਤੋਂ ਵਧ ਕੇ 38 ਹੋ ਗਈ।"),
    ("ur", "ہلاکتوں کی تعداد 36 سے بڑھ کر 38 ہو گئی۔"),
], ids=["pa", "ur"])
def test_a_punjabi_or_urdu_change_written_in_two_words_states_the_value_reached(language: str, body: str) -> None:
    rules = number_rule("dead", "38", "ਮ੍ਰਿਤਕਾਂ", "ہلاکتوں")
    assert verdict_on("dead", language, "2026-11-24", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("en", "The rocket exploded 71 seconds after liftoff from the Hallvik spaceport, last Thursday, 19 November."),
    ("el", "Ο πύραυλος εξερράγη 71 δευτερόλεπτα μετά την απογείωσή του, την περασμένη Πέμπτη, 19 Νοεμβρίου."),
], ids=["en", "el"])
def test_a_date_past_an_anchor_after_after_is_the_other_anchors_of_the_rule(language: str, body: str) -> None:
    """A rule about both the liftoff and the explosion: the date of "exploded … after liftoff,
    last Thursday" is the explosion's, though "liftoff" is what the explosion is told against."""
    rules = date_rule("launch", "2026-11-19", "exploded", "liftoff", "εξερράγη", "απογείωση")
    assert verdict_on("launch", language, "2026-11-27", body, rules) == "agrees"


def test_hebrew_kilograms_with_the_quote_typed_for_gershayim() -> None:
    assert [(m.value.min, m.value.unit) for m in find_numbers('משקל של 1,200 ק"ג', "he")] == [(1200, "kilogram")]


def test_korean_that_day_dates_a_sentence_by_the_day_named_before() -> None:
    body = ("로켓이 19일 발사 직후 폭발했다고 우주청이 밝혔다. 로켓은 이날 오전 6시 42분 할비크 우주기지에서 발사됐다. "
            "2024년 6월 4일에는 토른비 발사장에서 위성을 궤도에 올리는 데 성공한 바 있다.")
    rules = ("- {id: spaceport, check: entity, expect: Hallvik, aliases: [할비크], alternatives: [토른비], "
             "about: [우주기지, 발사장]}\n")
    assert verdict_on("spaceport", "ko", "2026-11-20", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, rules", [
    ("lo", "ມີຜູ້ບາດເຈັບທັງໝົດ 214 ຄົນ. ເດັກນ້ອຍ 9 ຄົນໄດ້ເສຍຊີວິດ.", number_rule("r", "214", "ບາດເຈັບ")),
    ("km", "ពហុកីឡដ្ឋាននេះមានសមត្ថភាពផ្ទុកអ្នកទស្សនា ៤២.០០០នាក់ ប៉ុន្តែប៉ូលិសបាននិយាយថា នៅពេលនោះមានមនុស្សប្រមាណ ៥១.០០០នាក់។",
     number_rule("r", "42000", "សមត្ថភាព")),
], ids=["lo-full-stop", "km-but"])
def test_a_figure_of_the_next_sentence_or_clause_is_not_the_anchors(language: str, body: str, rules: str) -> None:
    """A Lao or Thai full stop after a word ends its sentence; Khmer "ប៉ុន្តែ" (but) parts two clauses."""
    assert verdict_on("r", language, "2026-11-24", body, rules) == "agrees"


def test_a_thai_abbreviation_with_full_stops_ends_no_sentence() -> None:
    from checker.text.sentences import Span, sentences_in

    text = "เมื่อ พ.ศ. 2566 มีผู้บาดเจ็บ 214 คน. เด็ก 9 คนเสียชีวิต."
    assert [text[s.start:s.end] for s in sentences_in(text, Span(0, len(text)), "th")] == [
        "เมื่อ พ.ศ. 2566 มีผู้บาดเจ็บ 214 คน.", "เด็ก 9 คนเสียชีวิต."]


@pytest.mark.parametrize("language, text", [
    ("kn", "ಸೋಮವಾರವನ್ನು ಶೋಕಾಚರಣೆ ದಿನವೆಂದು ಘೋಷಿಸಲಾಗಿದೆ."),
    ("ta", "திங்கள்கிழமையை துக்க தினமாக அறிவித்தார்."),
], ids=["kn", "ta"])
def test_a_weekday_as_the_object_of_a_verb_is_read_with_its_case_ending(language: str, text: str) -> None:
    assert [m.value.weekday for m in find_dates(text, language, dt.date(2026, 11, 24))] == [1]


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("si", "හදිසි තත්ත්වයක් ප්‍රකාශයට පත් කළ", "රජය හදිසි තත්ත්වයක් ප්‍රකාශයට පත් නොකළ බව අගමැති සඳහන් කළේය.", "contradicts"),
    ("si", "හදිසි තත්ත්වයක් ප්‍රකාශයට පත් කළ", "රජය හදිසි තත්ත්වයක් ප්‍රකාශයට පත් කර නැති බව අගමැති සඳහන් කළේය.",
     "contradicts"),
    ("si", "හදිසි තත්ත්වයක් ප්‍රකාශයට පත් නොකළ", "රජය හදිසි තත්ත්වයක් ප්‍රකාශයට පත් කළ බව අගමැති සඳහන් කළේය.", "contradicts"),
    ("si", "හදිසි තත්ත්වයක් ප්‍රකාශයට පත් නොකළ", "රජය හදිසි තත්ත්වයක් ප්‍රකාශයට පත් නොකළ බව අගමැති සඳහන් කළේය.", "agrees"),
    ("cs", "vláda nepřijala návrh", "Vláda přijala návrh.", "contradicts"),
    ("cs", "vláda nepřijala návrh", "Vláda nepřijala návrh.", "agrees"),
    ("lt", "vyriausybė nepatvirtino plano", "Vyriausybė patvirtino planą.", "contradicts"),
], ids=["si-nokala", "si-kara-nathi", "si-phrase-negated-text-affirmed", "si-both-negated", "cs-affirmed",
        "cs-negated", "lt-affirmed"])
def test_a_verb_negated_by_its_prefix_in_the_phrasing_or_the_text(
        language: str, phrasing: str, body: str, verdict: str) -> None:
    """Sinhala denies with නො- on the verb and නැති after it; a phrasing negated by such a
    prefix is denied by the verb written without it ("Vláda přijala návrh" for "Vláda
    nepřijala návrh")."""
    assert verdict_on("w", language, "2026-11-27", body, phrase_rule("w", phrasing)) == verdict


def test_a_day_and_a_full_stop_before_a_month_is_no_date_where_the_language_writes_none() -> None:
    """"dola milioni 15. Machi 2024, …": the Swahili figure ends its sentence, and the next
    one begins with March 2024; German writes "15. März 2024"."""
    published = dt.date(2026, 11, 27)
    swahili = find_dates("Walidai dola milioni 15. Machi 2024, kampuni nyingine ililipa.", "sw", published)
    assert [(m.value.month, m.value.day) for m in swahili] == [(3, None)]
    german = find_dates("Am 15. März 2024 zahlte eine Firma.", "de", published)
    assert [(m.value.month, m.value.day) for m in german] == [(3, 15)]
    assert [m.value.month for m in find_dates("Întâlnirea din 13.IX.2023.", "ro", published)] == [9]


@pytest.mark.parametrize("language, phrasing, body", [
    ("en", "had not been inspected since 2019", "The bridge had not been inspected since 2019."),
    ("de", "seit 2019 nicht mehr überprüft", "Die Brücke war seit 2019 nicht mehr überprüft worden."),
    ("ru", "не проверялся с 2019 года", "Он признал, что мост не проверялся с 2019 года."),
    ("he", "לא נבדק מאז 2019", "השר הודה כי הגשר לא נבדק מאז 2019."),
], ids=["en", "de", "ru", "he"])
def test_a_year_after_since_dates_the_start_of_a_state_not_an_old_deed(language: str, phrasing: str, body: str) -> None:
    assert verdict_on("w", language, "2026-11-24", body, phrase_rule("w", phrasing)) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("en", 'The new record even beat the heat of "Black Saturday" in Melbourne.'),
    ("ms", 'Rekod baharu mengatasi suhu ketika "Sabtu Hitam" di Melbourne.'),
    ("zh", "新纪录甚至超过了“黑色星期六”当天墨尔本的气温。"),
], ids=["en", "ms", "zh"])
def test_a_weekday_in_a_quoted_name_is_no_day(language: str, text: str) -> None:
    assert find_dates(text, language, dt.date(2026, 11, 27)) == []


def test_a_weekday_in_quoted_speech_is_still_a_day() -> None:
    found = find_dates('He said "we will meet on Monday" to reporters.', "en", dt.date(2026, 11, 27))
    assert [m.value.day for m in found] == [30]


@pytest.mark.parametrize("language, body", [
    ("hr", "Čelnik sindikata Ivo Marić najavio je štrajk. Tadašnji čelnik sindikata Edgars Liepiņš bio je protiv."),
    ("uz", "Kasaba uyushmasi rahbari Ivo Marić ish tashlashni e'lon qildi. Sobiq rahbari Edgars Liepiņš qarshi edi."),
    ("hy", "Արհմիության ղեկավար Իվո Մարիչը հայտարարեց գործադուլ։ Նախկին ղեկավար Էդգարս Լիեպինյշը դեմ էր։"),
], ids=["hr-tadasnji", "uz-sobiq", "hy-naxkin"])
def test_a_former_or_then_leader_in_more_languages_is_another_person(language: str, body: str) -> None:
    rules = ("- {id: leader, check: entity, expect: Ivo Marić, aliases: [Իվո Մարիչ], "
             "alternatives: [Edgars Liepiņš, Էդգարս Լիեպինյշ], about: [čelnik, rahbari, ղեկավար]}\n")
    assert verdict_on("leader", language, "2026-11-27", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("ha", "Mataimakiyar gwamnan babban bankin, Lidia Santerre, ta yi magana."),
    ("yo", "Igbákejì gómìnà ilé ìfowópamọ́, Lidia Santerre, sọ̀rọ̀."),
    ("am", "የባንኩ ምክትል ገዥ ሊዲያ ሳንቴር ተናገሩ።"),
], ids=["ha", "yo", "am"])
def test_a_deputy_governor_in_african_languages_is_not_the_governor(language: str, body: str) -> None:
    rules = ("- {id: governor, check: entity, expect: Teodor Mirkovich, alternatives: [Lidia Santerre, ሊዲያ ሳንቴር], "
             "about: [gwamnan, gómìnà, ገዥ]}\n")
    assert verdict_on("governor", language, "2026-11-27", body, rules) == "silent"


@pytest.mark.parametrize("language, body, published", [
    ("ms", "Perkhidmatan dalam talian dijangka pulih sepenuhnya pada Rabu.", "2026-11-23"),
    ("id", "Layanan daring diperkirakan pulih sepenuhnya pada Rabu.", "2026-11-23"),
    ("so", "Adeegyada bangiga ayaa dib u shaqeeyaan doona Arbacada.", "2026-11-23"),
    ("ig", "Ọrụ ụlọ akụ ga-alaghachi na Wenezde.", "2026-11-24"),
], ids=["ms-dijangka", "id-diperkirakan", "so-doona", "ig-ga"])
def test_a_weekday_of_what_is_expected_or_will_be_is_the_coming_one(language: str, body: str, published: str) -> None:
    rules = date_rule("restored", "2026-11-25", "pulih", "shaqeeyaan", "alaghachi")
    assert verdict_on("restored", language, published, body, rules) == "agrees"


def test_an_uzbek_apostrophe_typed_as_a_quote_opens_no_quotation() -> None:
    from checker.text.sentences import Span, sentences_in

    text = "Ekspertlarga ko‘ra, ish tashlash zarar keltirmoqda. Seshanba kuni yo‘lovchilar ma’lumot kutdi."
    assert [text[s.start:s.end] for s in sentences_in(text, Span(0, len(text)), "uz")] == [
        "Ekspertlarga ko‘ra, ish tashlash zarar keltirmoqda.", "Seshanba kuni yo‘lovchilar ma’lumot kutdi."]


@pytest.mark.parametrize("language, body", [
    ("bg", "Рига, 25 ноември /БТА/ Пилотите на авиокомпанията започнаха безсрочна стачка."),
    ("ro", "RIGA, 25 noiembrie /Agerpres/ Piloții au intrat în grevă."),
], ids=["bg-bta", "ro-agerpres"])
def test_a_dateline_with_the_agency_between_slashes_is_the_filing(language: str, body: str) -> None:
    rules = date_rule("strike", "2026-11-23", "стачка", "grevă")
    assert verdict_on("strike", language, "2026-11-25", body, rules) == "silent"


def test_tajik_months_in_lower_case_years_after_soli_and_per_cent_as_foiz() -> None:
    published = dt.date(2026, 11, 27)
    assert [(m.value.month, m.value.day) for m in find_dates("Корпартоӣ 19 ноябр оғоз шуд.", "tg", published)] == [
        (11, 19)]
    found = find_dates("Корпартоӣ аз 19 ноябри соли 2025 оғоз шуд.", "tg", published)
    assert [(m.value.year, m.value.month, m.value.day) for m in found] == [(2025, 11, 19)]
    assert [m.value.unit for m in find_numbers("Халабонон 25 фоиз зиёд талаб карданд.", "tg")] == ["percent"]


def test_a_mongolian_word_without_something_before_the_anchor_denies_nothing() -> None:
    """"хугацаагүй ажил хаялт" is a strike without a term, no strike denied."""
    rules = date_rule("strike", "2026-11-23", "ажил хаялт")
    body = "Нисгэгчид мягмар гарагт хугацаагүй ажил хаялт эхлүүлсэн."
    assert verdict_on("strike", "mn", "2026-11-25", body, rules) == "contradicts"


@pytest.mark.parametrize("language, text", [
    ("kk", "Ұшқыштар қарашада 25 пайызға өсім талап етті."),
    ("uz", "Uchuvchilar noyabrda 25 foizga oshirishni talab qilishdi."),
    ("tr", "Pilotlar kasımda 25 yüzde artış istedi."),
], ids=["kk", "uz", "tr"])
def test_a_month_in_the_locative_before_a_figure_is_no_date_in_a_language_that_writes_the_day_first(
        language: str, text: str) -> None:
    assert find_dates(text, language, dt.date(2026, 11, 27)) == []


def test_the_day_before_a_month_in_the_locative_is_still_its_date() -> None:
    found = find_dates("Ереуіл 24 қарашада басталды.", "kk", dt.date(2026, 11, 27))
    assert [(m.value.month, m.value.day) for m in found] == [(11, 24)]


def test_slovene_flights_are_no_years() -> None:
    assert [m.value.unit for m in find_numbers("Družba je odpovedala 412 letov.", "sl")] == ["letov"]
    assert [m.value.unit for m in find_numbers("Star je 40 let.", "sl")] == ["year"]


def test_a_kyrgyz_year_with_its_word_on_it_and_a_month_in_the_locative() -> None:
    found = find_dates("2025-жылы январда учкучтар иш таштаган.", "ky", dt.date(2026, 11, 27))
    assert [(m.value.year, m.value.month) for m in found] == [(2025, 1)]


@pytest.mark.parametrize("language, text", [
    ("ru", "Мост рухнул вместе с девятью автомобилями."),
    ("uk", "Міст обвалився разом із дев'ятьма автомобілями."),
    ("pl", "Most runął z dziewięcioma samochodami."),
], ids=["ru", "uk", "pl"])
def test_a_slavic_number_word_in_the_instrumental(language: str, text: str) -> None:
    assert [m.value.min for m in find_numbers(text, language)] == [9]


@pytest.mark.parametrize("language, body", [
    ("en", "The government declared a day of national mourning for Wednesday."),
    ("de", "Die Regierung rief für Mittwoch Staatstrauer aus."),
    ("fr", "Le gouvernement a décrété une journée de deuil national pour mercredi."),
    ("it", "Il governo ha proclamato una giornata di lutto nazionale per mercoledì."),
], ids=["en", "de", "fr", "it"])
def test_a_weekday_a_past_act_sets_for_is_the_coming_one(language: str, body: str) -> None:
    rules = date_rule("mourning", "2026-11-25", "mourning", "Staatstrauer", "deuil", "lutto")
    assert verdict_on("mourning", language, "2026-11-24", body, rules) == "agrees"


def test_a_weekday_with_its_possessive_after_for_is_no_day_set() -> None:
    """"arrested for Monday's attack": the attack's day, last Monday."""
    found = find_dates("Police arrested a man for Monday's attack.", "en", dt.date(2026, 11, 25))
    assert [m.value.day for m in found] == [23]


@pytest.mark.parametrize("language, body", [
    ("hi", "मौसम विभाग की निदेशक डॉ. सारा कोरिगन ने कहा कि तापमान बढ़ा।"),
    ("bn", "আবহাওয়া অফিসের পরিচালক ড. সারা কোরিগান বলেন।"),
], ids=["hi", "bn"])
def test_a_title_abbreviated_before_a_name_ends_no_sentence_in_a_script_without_case(language: str, body: str) -> None:
    from checker.text.sentences import Span, sentences_in

    assert len(sentences_in(body, Span(0, len(body)), language)) == 1


@pytest.mark.parametrize("language, body", [
    ("zh", "气象局25日证实，星期二下午测得51.2摄氏度的全国新纪录。"),
    ("zh", "气象局25日确认，星期二下午测得51.2摄氏度的全国新纪录。"),
    ("ta", "வானிலை ஆய்வு மையம் புதன்கிழமை உறுதிப்படுத்தியது: செவ்வாய்க்கிழமை 51.2 டிகிரி வெப்பநிலை பதிவானது."),
], ids=["zh-zhengshi", "zh-queren", "ta"])
def test_the_day_of_confirming_is_no_day_of_what_was_confirmed(language: str, body: str) -> None:
    rules = date_rule("record", "2026-11-24", "测得", "பதிவானது")
    assert verdict_on("record", language, "2026-11-26", body, rules) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("ko", "섭씨 51.2도를 기록했다."),
    ("ur", "درجہ حرارت 51.2 ڈگری سینٹی گریڈ تک پہنچ گیا۔"),
    ("bn", "তাপমাত্রা ৫১ দশমিক ২ ডিগ্রি সেলসিয়াস ছুঁয়েছে।"),
], ids=["ko", "ur", "bn"])
def test_degrees_as_the_press_writes_them(language: str, text: str) -> None:
    assert [(m.value.min, m.value.unit) for m in find_numbers(text, language)] == [(51.2, "celsius")]


def test_a_japanese_count_of_times_is_no_temperature() -> None:
    assert [m.value.unit for m in find_numbers("3度目の優勝", "ja")] == [None]


def test_an_arabic_month_with_its_other_name_in_brackets() -> None:
    found = find_dates("في 14 أغسطس (آب) 2018 انهار جسر في جنوة.", "ar", dt.date(2026, 11, 27))
    assert [(m.value.year, m.value.month, m.value.day) for m in found] == [(2018, 8, 14)]


@pytest.mark.parametrize("language, text", [
    ("pt", "O ataque começou por volta das 4h de domingo."),
    ("fr", "L'attaque a commencé vers 4h du matin."),
], ids=["pt", "fr"])
def test_an_hour_written_with_its_h_is_a_time_of_day_no_count(language: str, text: str) -> None:
    assert find_numbers(text, language) == []


@pytest.mark.parametrize("language, body", [
    ("hi", "ब्यूरो के निदेशक ग्रेम होल्ट ने कहा कि यह ऐतिहासिक दिन है।"),
    ("ta", "வானிலை ஆய்வு மையத்தின் இயக்குநர் கிரேம் ஹோல்ட் செய்தியாளர்களிடம் கூறினார்."),
    ("bn", "আবহাওয়া ব্যুরোর পরিচালক গ্রেম হোল্ট বলেন, দিনটি ঐতিহাসিক।"),
], ids=["hi", "ta", "bn"])
def test_an_english_first_name_spelt_as_it_sounds_in_an_indic_script(language: str, body: str) -> None:
    """"ग्रेम होल्ट" is Graeme Holt: the first name is read by its consonants, the surname as written."""
    rules = entity_rule("director", "Sarah Corrigan", "Graeme Holt", "निदेशक", "இயக்குநர்", "পরিচালক")
    assert verdict_on("director", language, "2026-11-27", body, rules) == "contradicts"


def test_a_first_name_read_by_its_consonants_is_no_name_alone() -> None:
    """Hindi "सारा" (whole) has the consonants of Sarah: without the surname it names no one."""
    rules = entity_rule("director", "Sarah Corrigan", "Graeme Holt", "निदेशक")
    body = "ब्यूरो के निदेशक ने कहा कि सारा देश गर्मी से परेशान है।"
    assert verdict_on("director", "hi", "2026-11-27", body, rules) == "silent"


@pytest.mark.parametrize("phrasing, body, verdict", [
    ("นักบินไม่ได้รายงานปัญหาทางเทคนิค", 'เขากล่าวว่า "นักบินไม่ได้รายงานปัญหาทางเทคนิคใด ๆ ก่อนลงจอด"', "agrees"),
    ("นักบินไม่ได้รายงานปัญหาทางเทคนิค", "นักบินได้รายงานปัญหาทางเทคนิคก่อนลงจอด", "contradicts"),
    ("นักบินรายงานปัญหาทางเทคนิค", "นักบินไม่ได้รายงานปัญหาทางเทคนิค", "contradicts"),
], ids=["negated-both", "negated-phrasing-affirmed-text", "affirmed-phrasing-negated-text"])
def test_a_thai_negation_whose_letters_the_phrasing_shares_still_denies(phrasing: str, body: str, verdict: str) -> None:
    """Thai is read a character at a time: the ไ of "ไม่" is not the ไ of "ได้" after it."""
    assert verdict_on("w", "th", "2026-11-27", body, phrase_rule("w", phrasing)) == verdict


def test_vietnamese_aviation_holds_the_word_for_not_and_denies_nothing() -> None:
    rules = entity_rule("airline", "Zenara Air", "Solavia", "hãng")
    body = "Chiếc máy bay của hãng hàng không Solavia gặp nạn khi hạ cánh."
    assert verdict_on("airline", "vi", "2026-11-27", body, rules) == "contradicts"


@pytest.mark.parametrize("language, body", [
    ("cs", "Prezident vyhlásil čtvrtek dnem státního smutku."),
    ("he", "נשיא המדינה הכריז על יום חמישי כיום אבל לאומי."),
    ("ru", "Президент объявил четверг днём общенационального траура."),
], ids=["cs", "he", "ru"])
def test_a_weekday_a_past_verb_declares_something_for_is_the_coming_one(language: str, body: str) -> None:
    rules = date_rule("mourning", "2026-11-26", "smutku", "אבל", "траура")
    assert verdict_on("mourning", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("en", "Civic Renewal won 112 seats. Three smaller parties cleared the threshold, sharing the remaining 27 seats."),
    ("de", "Die Bürgerliche Erneuerung gewann 112 Sitze. Drei weitere Parteien teilen sich die übrigen 27 Sitze."),
    ("ja", "市民刷新は112議席を獲得した。他の3党が残る27議席を分け合った。"),
    ("zh", "公民复兴党赢得112个议席。另有三个政党分享其余27个议席。"),
], ids=["en", "de", "ja", "zh"])
def test_a_sentence_of_the_rest_holds_no_other_figure_of_the_anchor(language: str, body: str) -> None:
    """"sharing the remaining 27 seats": neither the 27 nor the three parties are the seats won."""
    rules = number_rule("seats", "112", "seats", "Sitze", "議席", "议席")
    assert verdict_on("seats", language, "2026-11-26", body, rules) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("sv", "Han dömdes till åtta års fängelse."),
    ("da", "Han blev idømt otte års fængsel."),
    ("nb", "Han ble dømt til åtte års fengsel."),
], ids=["sv", "da", "nb"])
def test_nordic_years_in_the_genitive_before_their_noun(language: str, text: str) -> None:
    assert [(m.value.min, m.value.unit) for m in find_numbers(text, language)] == [(8, "year")]


@pytest.mark.parametrize("language, text", [
    ("fi", "Valitusaika päättyy keskiviikkona."),
    ("da", "Ankefristen udløber onsdag."),
    ("sv", "Överklagandetiden löper ut på onsdag."),
], ids=["fi", "da", "sv"])
def test_a_deadline_that_runs_out_on_a_weekday_is_a_coming_one(language: str, text: str) -> None:
    assert [m.value.day for m in find_dates(text, language, dt.date(2026, 11, 24))] == [25]


@pytest.mark.parametrize("language, body", [
    ("de", ("Am Sonntag kam die Partei auf 52,4 Prozent der Stimmen. Vor vier Jahren hatte sie nur 41,2 Prozent der "
           "Stimmen erhalten.")),
    ("en", "On Sunday the party won 52.4% of the vote. Four years ago it won only 41.2% of the vote."),
    ("es", "El domingo el partido obtuvo el 52,4 % de los votos. Hace cuatro años obtuvo el 41,2 % de los votos."),
    ("ru", "В воскресенье партия получила 52,4% голосов. Четыре года назад она получила 41,2% голосов."),
], ids=["de", "en", "es", "ru"])
def test_years_ago_dates_a_sentence_years_back(language: str, body: str) -> None:
    rules = number_rule("share", "52.4", "Stimmen", "vote", "votos", "голосов", unit="percent")
    assert verdict_on("share", language, "2026-11-26", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("sl", "Sodišče ga je obsodilo na osem let zapora, tožilstvo je zahtevalo deset let zapora."),
    ("fi", "Oikeus tuomitsi hänet kahdeksan vuoden vankeuteen. Syyttäjä vaati kymmenen vuoden vankeutta."),
], ids=["sl", "fi"])
def test_what_the_prosecution_demanded_is_no_sentence_in_more_languages(language: str, body: str) -> None:
    rules = number_rule("sentence", "8", "zapora", "vankeuteen", "vankeutta", unit="year")
    assert verdict_on("sentence", language, "2026-11-27", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, published", [
    ("ru", "Среда объявлена в провинции днем траура.", "2026-11-24"),
    ("ru", "Днем траура в провинции объявлена среда.", "2026-11-24"),
    ("de", "Der Mittwoch wurde zum Trauertag erklärt.", "2026-11-24"),
    ("fr", "Mercredi a été décrété jour de deuil national.", "2026-11-24"),
    ("ru", "Среда была объявлена днем траура.", "2026-11-26"),
    ("en", "The government had declared a day of mourning for Wednesday.", "2026-11-27"),
], ids=["ru-after", "ru-before", "de", "fr", "ru-report-after-the-day", "en-report-after-the-day"])
def test_a_weekday_declared_is_the_nearer_such_day(language: str, body: str, published: str) -> None:
    rules = date_rule("mourning", "2026-11-25", "траура", "траур", "Trauertag", "deuil", "mourning")
    assert verdict_on("mourning", language, published, body, rules) == "agrees"


def test_a_weekday_a_meeting_is_moved_to_is_still_the_coming_one() -> None:
    found = find_dates("Заседание перенесли на среду.", "ru", dt.date(2026, 11, 26))
    assert [(m.value.month, m.value.day) for m in found] == [(12, 2)]


def test_a_turkish_name_as_greek_writes_it() -> None:
    rules = ("- {id: governor, check: entity, expect: Murat Çağlayan, alternatives: [Ertuğrul Kaya], "
             "about: [κυβερνήτης]}\n")
    body = "Ο κυβερνήτης της επαρχίας, Μουράτ Τσαγλαγιάν, δήλωσε ότι οι έρευνες συνεχίζονται."
    assert verdict_on("governor", "el", "2026-11-27", body, rules) == "agrees"


def test_the_governor_of_that_time_in_turkish_is_another_person() -> None:
    rules = ("- {id: governor, check: entity, expect: Murat Çağlayan, alternatives: [Ertuğrul Kaya], "
             "about: [Valisi, Vali]}\n")
    body = "Kastamonu Valisi Murat Çağlayan açıklama yaptı. Dönemin Valisi Ertuğrul Kaya uyarı sistemi sözü vermişti."
    assert verdict_on("governor", "tr", "2026-11-27", body, rules) == "agrees"


def test_a_swedish_verb_of_saying_in_the_present_dates_the_saying() -> None:
    rules = date_rule("overflow", "2026-11-23", "svämmade")
    body = "En damm svämmade över i norra Turkiet, uppger myndigheten på tisdagen."
    assert verdict_on("overflow", "sv", "2026-11-25", body, rules) == "silent"


def test_georgian_on_the_third_day_is_no_today() -> None:
    text = "მაშველებმა გუშინ, სამძებრო ოპერაციის მესამე დღეს, ალპინისტები გადაარჩინეს."
    assert [m.value.day for m in find_dates(text, "ka", dt.date(2026, 11, 25))] == [24]


def test_indonesian_minggu_in_lower_case_is_a_week_not_sunday() -> None:
    published = dt.date(2026, 11, 25)
    assert find_dates("Perusahaan tidak memberi tahu pengguna selama dua minggu.", "id", published) == []
    assert [m.value.day for m in find_dates("Pada hari Minggu (22/11).", "id", published)] == [22]


@pytest.mark.parametrize("language, body, about", [
    ("fi", "Opetusministeri Liisa Mäki kommentoi lakkoa. Silloinen opetusministeri Anna Korpi tuki opettajia.",
     "opetusministeri"),
    ("hu", "Liisa Mäki oktatási miniszter nyilatkozott. Az akkori oktatási miniszter, Anna Korpi támogatta őket.",
     "oktatási miniszter"),
    ("af", ("Die minister van onderwys, Liisa Mäki, het gepraat. Die destydse minister van onderwys, Anna Korpi, het "
           "die onderwysers gesteun."), "minister"),
], ids=["fi-silloinen", "hu-akkori", "af-destydse"])
def test_the_minister_of_that_time_is_another_person(language: str, body: str, about: str) -> None:
    rules = entity_rule("minister", "Liisa Mäki", "Anna Korpi", about)
    assert verdict_on("minister", language, "2026-11-27", body, rules) == "agrees"
