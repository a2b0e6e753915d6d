"""Readings of real news copy, twentieth round: each test names the sentence a newsroom
writes and what the rule must make of it."""

from __future__ import annotations

import pytest
from real_news import verdict_on

OPENED = ("- {id: opened, check: date, expect: '1978', "
          "about: [opened, eröffnet, átadták, megnyílt, açıldı, avattiin, avati, otwarto]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("hu", "A felvonót 1978-ban adták át.", "agrees"),
    ("hu", "A felvonó 1979-ben megnyílt.", "contradicts"),
    ("tr", "Teleferik 1979'da açıldı.", "contradicts"),
    ("fi", "Köysirata avattiin vuonna 1979.", "contradicts"),
    ("et", "Köisraudtee avati 1979. aastal.", "contradicts"),
    ("pl", "Kolejkę otwarto w 1979 roku.", "contradicts"),
    ("de", "1979 wurde die Seilbahn eröffnet.", "contradicts"),
    ("en", "1978 was the year the cable car opened.", "agrees"),
    ("hu", "A felvonót átadták, a felvonó 1979 utast szállít naponta.", "silent"),
    ("de", "Die Seilbahn wurde eröffnet. 1979 Fahrgäste nutzten sie am ersten Tag.", "silent"),
], ids=["hu-ban", "hu-ben-wrong", "tr-da", "fi-vuonna", "et-aastal", "pl-roku", "de-opening",
        "en-opening", "hu-a-count", "de-a-count-opening"])
def test_a_year_alone_is_read_with_its_case_and_at_a_sentences_start(language: str, body: str,
                                                                   verdict: str) -> None:
    """A year written with its case ending ("1978-ban", "1979'da"), after the form of "year"
    it is dated in ("vuonna", CLDR's "viime vuonna"), or opening a sentence before an
    auxiliary ("1979 wurde …") dates a rule about a year; four figures that count a noun do not."""
    assert verdict_on("opened", language, "2025-02-15", body, OPENED) == verdict


CLEANUP = ("- {id: cleanup, check: date, expect: '2025-11-28', "
           "about: [čiščenje, čišćenje, cleanup, sprzątanie]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("sl", "Čiščenje naj bi se končalo do 28. novembra.", "agrees"),
    ("hr", "Čišćenje bi se završilo do 28. studenoga.", "agrees"),
    ("hr", "Čišćenje bi se trebalo završiti do 28. studenoga.", "agrees"),
    ("en", "The cleanup was due to end on November 28.", "agrees"),
    ("pl", "Sprzątanie miało się zakończyć 28 listopada.", "agrees"),
    ("en", "The cleanup was completed on November 20.", "contradicts"),
], ids=["sl-naj-bi", "hr-bi", "hr-bi-trebalo", "en-was-due-to", "pl-mialo-sie", "en-a-past-day"])
def test_a_day_ahead_in_the_conditional_or_as_then_expected_stays_ahead(language: str, body: str,
                                                                      verdict: str) -> None:
    """A day and month a month or more after the publication, in a clause in the past, are
    last year's; not where the clause is in the conditional ("naj bi se končalo", "bi se
    završilo") or tells what was then to come ("was due to end", "miało się zakończyć")."""
    assert verdict_on("cleanup", language, "2025-10-13", body, CLEANUP) == verdict


SPILLED = "- {id: oil, check: number, expect: 4300, unit: tonne, about: [lekket, leaked, läckt, läckte]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("nb", ("Rundt 4300 tonn råolje har lekket ut etter at tankskipet gikk på grunn søndag. Det er den største "
            "oljeforurensningen siden «Full City» gikk på grunn 31. juli 2009. Den gang lekket rundt 300 tonn "
            "bunkersolje ut."), "agrees"),
    ("sv", ("Omkring 4 300 ton olja har läckt ut sedan tankern gick på grund i söndags. Den värsta olyckan var när "
            "Tsesis gick på grund den 26 oktober 1977. Då läckte omkring 1 000 ton olja ut."), "agrees"),
    ("en", ("About 4,300 tonnes have leaked since the tanker ran aground on Sunday. The worst spill was in 2009. "
            "Back then, about 300 tonnes leaked."), "agrees"),
    ("en", ("About 4,300 tonnes have leaked since the tanker ran aground on Sunday, officials said. Back then, "
            "nobody expected it. About 300 tonnes leaked on Monday alone."), "unclear"),
], ids=["nb-den-gang", "sv-da", "en-back-then", "en-a-recent-sentence-before"])
def test_a_sentence_opening_with_back_then_is_dated_as_the_one_before(language: str, body: str,
                                                                     verdict: str) -> None:
    """"… since the Full City ran aground on 31 July 2009. Back then, about 300 tonnes leaked":
    the sentence that opens with "back then" ("Den gang", "Då") tells of the earlier spill the
    sentence before dated, not of this one."""
    assert verdict_on("oil", language, "2025-10-13", body, SPILLED) == verdict


CATALAN = ("- {id: aground, check: date, expect: '2025-10-12', about: [encallar]}\n"
           "- {id: ends, check: date, expect: '2025-11-28', about: [acabar]}\n"
           "- {id: spilled, check: number, expect: 4300, unit: tonne, about: [vessar]}\n")


@pytest.mark.parametrize("rule, body, verdict", [
    ("aground", "Els treballs van començar després que el petrolier encallés diumenge 12 d'octubre.", "agrees"),
    ("aground", "Els treballs van començar després que el petrolier encallés dissabte 11 d'octubre.", "contradicts"),
    ("ends", "Les autoritats preveuen que les tasques acabin el 28 de novembre.", "agrees"),
    ("spilled", "Unes 4.300 tones de petroli cru s'han vessat al mar.", "agrees"),
], ids=["encalles", "encalles-wrong-day", "acabin", "vessat"])
def test_a_catalan_infinitive_finds_its_participle_and_subjunctives(rule: str, body: str, verdict: str) -> None:
    """"encallar", "acabar", "vessar", as an editor writes the anchors, find "encallés",
    "acabin", "vessat"."""
    assert verdict_on(rule, "ca", "2025-10-13", body, CATALAN) == verdict


ARRESTED = ("- id: arrested\n  check: phrase\n  expect:\n    en: [police arrested a suspect]\n"
            "    de: [Polizei hat einen Verdächtigen festgenommen]\n    fr: [la police a interpellé un suspect]\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "Police denied having arrested a suspect.", "contradicts"),
    ("en", "Police did not deny having arrested a suspect.", "agrees"),
    ("de", "Die Polizei bestritt am Montagabend, einen Verdächtigen festgenommen zu haben.", "contradicts"),
    ("de", "Die Polizei teilte mit, einen Verdächtigen festgenommen zu haben.", "agrees"),
    ("fr", "La police a démenti avoir interpellé un suspect.", "contradicts"),
], ids=["en-denied-having", "en-did-not-deny-having", "de-bestritt-zu-haben", "de-teilte-mit", "fr-dementi-avoir"])
def test_a_verb_of_denying_before_a_clause_without_that_denies_it(language: str, body: str, verdict: str) -> None:
    """"Police denied having arrested a suspect": the verb of denying between the phrasing's
    subject and its verb denies the non-finite clause after it ("having", "avoir", German
    "… zu haben"), as it does the clause after "that"; a verb of saying there does not."""
    assert verdict_on("arrested", language, "2025-03-11", body, ARRESTED) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("Het museum is dinsdag opengegaan.", "agrees"),
    ("Het museum is dinsdag weer dichtgegaan.", "agrees"),
    ("Het museum gaat dinsdag open.", "contradicts"),
], ids=["opengegaan", "dichtgegaan", "gaat-open"])
def test_a_dutch_separable_participle_in_aan_is_a_perfect(body: str, verdict: str) -> None:
    """"is dinsdag opengegaan" (opened on Tuesday) is the perfect of a separable verb whose
    participle ends in -aan (gegaan, gedaan), last Tuesday; "gaat dinsdag open" is next."""
    rule = "- {id: reopened, check: date, expect: '2025-03-11', about: [museum]}\n"
    assert verdict_on("reopened", "nl", "2025-03-12", body, rule) == verdict


PAINTINGS = "- {id: paintings, check: number, expect: 7, unit: painting, units: [dipinto], about: [stolen, rubati]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("it", "Rubati sette dipinti per 48 milioni.", "agrees"),
    ("en", "Seven paintings worth 48 million stolen.", "agrees"),
    ("en", "Nine paintings worth 48 million stolen.", "contradicts"),
], ids=["it-per-48-milioni", "en-worth-48-million", "en-wrong-count"])
def test_a_sum_without_its_currency_takes_no_noun_of_a_count(language: str, body: str, verdict: str) -> None:
    """"Seven paintings worth 48 million stolen": a figure written with its multiplier, a
    thousand times the count before it, is a sum whose currency is left out, not 48 million
    more paintings."""
    assert verdict_on("paintings", language, "2025-03-11", body, PAINTINGS) == verdict


def test_a_left_out_noun_of_millions_is_still_read() -> None:
    """"Two million people were displaced and three million affected": the noun is left out
    of a figure as large as the one before it."""
    rule = "- {id: affected, check: number, expect: 3000000, unit: person, about: [affected]}\n"
    body = "Two million people were displaced and three million affected."
    assert verdict_on("affected", "en", "2025-03-11", body, rule) == "agrees"


CARRIAGES = ("- {id: carriages, check: number, expect: 4, unit: carriage, units: [vagon, vagoni, βαγόνι, вагон, "
             "ვაგონი, վագոն, קרון, واگن, vaunu, kocsi], about: [βγήκαν, dolën, გადავიდა, خارج, дерайлираха, ירדו, "
             "դուրս, çıktı, suistui, kisiklott]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("el", "Τέσσερα από τα έξι βαγόνια βγήκαν από τις ράγες.", "agrees"),
    ("sq", "Katër nga gjashtë vagonët dolën nga shinat.", "agrees"),
    ("he", "ארבעה מתוך שישה קרונות ירדו מהפסים.", "agrees"),
    ("fa", "چهار واگن از شش واگن از ریل خارج شدند.", "agrees"),
    ("bg", "Четири от шестте вагона дерайлираха.", "agrees"),
    ("ka", "ექვსი ვაგონიდან ოთხი რელსებიდან გადავიდა.", "agrees"),
    ("hy", "Վեց վագոններից չորսը դուրս են եկել ռելսերից:", "agrees"),
    ("tr", "Altı vagondan dördü raydan çıktı.", "agrees"),
    ("fi", "Kuudesta vaunusta neljä suistui raiteilta.", "agrees"),
    ("hu", "A hat kocsiból négy kisiklott.", "agrees"),
    ("hu", "A hat kocsiból három kisiklott.", "contradicts"),
    ("el", "Τρία από τα έξι βαγόνια βγήκαν από τις ράγες.", "contradicts"),
    ("tr", "Altı kentten 200 kişi raydan çıktı.", "silent"),
], ids=["el-apo-ta", "sq-nga", "he-mitoch", "fa-az", "bg-the-six", "ka-ablative", "hy-ablative-the-four",
        "tr-ablative-its-four", "fi-elative", "hu-elative", "hu-wrong-part", "el-wrong-part", "tr-another-noun"])
def test_a_part_of_a_whole_is_read_in_every_language(language: str, body: str, verdict: str) -> None:
    """"Four of the six carriages derailed" states four: the part, not the whole, with the
    partitive word between them ("από τα", "nga", "מתוך", "از") or the whole first in the
    case of "from" ("altı vagondan dördü", "kuudesta vaunusta neljä", "ექვსი ვაგონიდან ოთხი"),
    and the numbers with the article or the possessive a part takes ("шестте", "չորսը", "dördü")."""
    assert verdict_on("carriages", language, "2025-10-13", body, CARRIAGES) == verdict


INJURED = ("- {id: injured, check: number, expect: 38, unit: person, units: [особа, osoba, Menschen, نفر, জন], "
           "about: [injured, повређено, повређених, ozlijeđeno, ranjenih, verletzt, Verletzte, আহত, مجروح, مجروحان]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "38 people were injured. Eleven injured are in serious condition.", "agrees"),
    ("sr", "Повређено је 38 особа. Једанаест повређених је у тешком стању.", "agrees"),
    ("hr", "Ozlijeđeno je 38 osoba. Jedanaest ranjenih je u teškom stanju.", "agrees"),
    ("de", "38 Menschen wurden verletzt. Elf Verletzte sind in kritischem Zustand.", "agrees"),
    ("bn", "৩৮ জন আহত হয়েছেন। আহতদের মধ্যে ১১ জনের অবস্থা গুরুতর।", "agrees"),
    ("fa", "۳۸ نفر مجروح شدند. حال ۱۱ نفر از مجروحان وخیم است.", "agrees"),
    ("en", "Eleven people were injured, police said.", "contradicts"),
], ids=["en", "sr", "hr", "de", "bn", "fa", "en-a-wrong-count"])
def test_the_hurt_in_a_serious_condition_are_a_part_of_all_the_hurt(language: str, body: str, verdict: str) -> None:
    """"Eleven injured are in serious condition", "Једанаест повређених је у тешком стању",
    "حال ۱۱ نفر از مجروحان وخیم است": the hurt whose clause tells a serious or critical
    condition are a part of all the hurt, as the seriously injured are, no count of them all."""
    assert verdict_on("injured", language, "2025-10-13", body, INJURED) == verdict


@pytest.mark.parametrize("unit, body", [
    ("person", "38 people were injured."),
    ("people", "38 persons were injured."),
    ("person", "38 persons were injured."),
], ids=["person-people", "people-persons", "person-persons"])
def test_an_english_unit_meets_its_irregular_plural(unit: str, body: str) -> None:
    """`unit: person` counts "38 people", and `unit: people` "38 persons"."""
    rule = f"- {{id: injured, check: number, expect: 38, unit: {unit}, about: [injured]}}\n"
    assert verdict_on("injured", "en", "2025-10-13", body, rule) == "agrees"


@pytest.mark.parametrize("language, body, verdict", [
    ("si", "ඩැස්කල් සියයට 46.6ක් ද ලබා ගත්තාය.", "agrees"),
    ("bg", "Влакът с четири вагона дерайлира около 18:40 ч.", "agrees"),
    ("en", "The train with four carriages derailed at about 18:40.", "agrees"),
], ids=["si-da-after-per-cent", "bg-about-a-time", "en-about-a-time"])
def test_a_particle_after_a_per_cent_and_a_time_after_a_bound_are_no_figures(language: str, body: str,
                                                                           verdict: str) -> None:
    """Sinhala "සියයට 46.6ක් ද" (46.6 per cent, too) is no 46,600 per cent: the short
    "thousand" CLDR writes after money is no multiplier after a per cent; "около 18:40" (at
    about 18:40) is a time, no 18 of anything."""
    rules = ("- {id: share, check: number, expect: 46.6, unit: percent, about: [ලබා]}\n"
             "- {id: carriages, check: number, expect: 4, unit: carriage, units: [вагон], "
             "about: [дерайлира, derailed]}\n")
    rule = "share" if language == "si" else "carriages"
    assert verdict_on(rule, language, "2025-03-17", body, rules) == verdict


@pytest.mark.parametrize("language, body, verdict", [
    ("zh", "该馆10日闭馆，11日重新开放。", "agrees"),
    ("ja", "美術館は10日は休館し、11日に営業を再開した。", "agrees"),
    ("zh", "该馆10日闭馆，12日重新开放。", "contradicts"),
], ids=["zh", "ja", "zh-wrong-day"])
def test_a_chinese_or_japanese_day_in_another_clause_is_its_own_verbs(language: str, body: str,
                                                                    verdict: str) -> None:
    """"该馆10日闭馆，11日重新开放" (closed on the 10th, reopened on the 11th): the day past
    the comma and the other clause's verb is that verb's, as "closed on Monday and reopened
    on Tuesday" is read, though each letter is a word there."""
    rule = "- {id: reopened, check: date, expect: '2025-03-11', about: [重新开放, 再開]}\n"
    assert verdict_on("reopened", language, "2025-03-12", body, rule) == verdict


@pytest.mark.parametrize("language, body", [
    ("es", "Las obras sustraídas valen 48 millones de euros, explicó el lunes la directora."),
    ("en", "The stolen works are worth 48 million euros, the director explained on Monday."),
], ids=["es-explico", "en-explained"])
def test_explaining_is_saying(language: str, body: str) -> None:
    """The day of "explicó el lunes", "explained on Monday" is when it was said, no day of the theft."""
    rule = "- {id: theft, check: date, expect: '2025-03-09', about: [sustraídas, stolen]}\n"
    assert verdict_on("theft", language, "2025-03-11", body, rule) == "silent"


def test_a_word_of_a_language_is_no_syllables_of_another_script() -> None:
    """The Vietnamese anchor "thắng" (won) is no syllables of the Thai "เดินทาง" (travelled)
    nor of "เลือกตั้ง" (election), however they fold: a word of a language is read across
    scripts only between alphabets, as a loan; a name is read by its sounds in any."""
    rule = "- {id: winner, check: entity, expect: Andrei Petrovan, alternatives: [Dascal], about: [thắng]}\n"
    assert verdict_on("winner", "th", "2025-03-17", "นางดัสคาลเดินทางไปกรุงคัลเวนนา", rule) == "silent"
    named = "- {id: winner, check: entity, expect: Andrei Petrovan, alternatives: [Dascal], about: [Kalvenna]}\n"
    assert verdict_on("winner", "th", "2025-03-17", "นางดัสคาลเดินทางไปกรุงคัลเวนนา", named) == "contradicts"


PEOPLE = ("- {id: dead, check: number, expect: 17, unit: people, units: [inimene, žmogus, žmonės, гірник, рудар], "
          "about: [hukkus, žuvo, загинули, загинаа]}\n"
          "- {id: injured, check: number, expect: 143, unit: people, units: [inimene, žmogus, žmonės, гірник, рудар], "
          "about: [vigastada, sužeisti, врятувати, спасени]}\n")


@pytest.mark.parametrize("language, body", [
    ("et", "Rüsinas hukkus laupäeval, 12. juulil 17 inimest ja 143 sai vigastada."),
    ("lt", "Grūstyje žuvo 17 žmonių, dar 143 buvo sužeisti."),
    ("uk", "Загинули 17 гірників, ще 143 вдалося врятувати."),
    ("mk", "Загинаа 17 рудари, а 143 беа спасени."),
], ids=["et-sai", "lt-buvo", "uk-vdalosya", "mk-bea"])
def test_a_figure_before_an_auxiliary_and_the_anchor_leaves_its_noun_out(language: str, body: str) -> None:
    """"17 inimest ja 143 sai vigastada" (17 people died and 143 were injured): the word
    between a bare figure and the anchor is its auxiliary, no noun; the figure counts the
    people the figure before it counts."""
    assert verdict_on("injured", language, "2025-07-13", body, PEOPLE) == "agrees"
    assert verdict_on("dead", language, "2025-07-13", body, PEOPLE) == "agrees"


@pytest.mark.parametrize("language, body, verdict", [
    ("bn", "পাঁচটি ক্লিনিকে সাইবার হামলা হয়েছিল।", "silent"),
    ("bn", "শনিবার ক্লিনিকে সাইবার হামলা হয়েছিল।", "agrees"),
    ("en", "The attack happened on Sundya.", "contradicts"),
], ids=["bn-cyber-is-no-saturday", "bn-saturday", "en-a-typo"])
def test_a_weekdays_typo_is_read_only_in_an_alphabet(language: str, body: str, verdict: str) -> None:
    """Bengali "সাইবার" (cyber) is no misspelt "শনিবার" (Saturday): the folded letters of an
    abugida are syllables; an English typo ("Sundya") is still read."""
    rule = "- {id: attack, check: date, expect: '2025-11-08', about: [হামলা, attack]}\n"
    assert verdict_on("attack", language, "2025-11-14", body, rule) == verdict


@pytest.mark.parametrize("language, body", [
    ("ko", "보건부는 공격과 관련해 몸값을 지불했다고 13일(현지시간) 밝혔다."),
    ("zh", "卫生部长13日举行记者会，证实已向攻击者支付赎金。"),
    ("th", "กระทรวงรายงานเมื่อวันที่ 14 พ.ย. ว่าแฮกเกอร์โจมตีโรงพยาบาล"),
], ids=["ko-local-time", "zh-press-conference", "th-reported-on-the-day-of"])
def test_the_day_of_a_statement_is_no_day_of_what_it_tells(language: str, body: str) -> None:
    """"13일(현지시간) 밝혔다" (said on the 13th, local time), "13日举行记者会" (held a press
    conference on the 13th), "รายงานเมื่อวันที่ 14 พ.ย." (reported on 14 November): the day
    is the statement's, no day of the attack."""
    rule = "- {id: attack, check: date, expect: '2025-11-09', about: [공격, 攻击, โจมตี]}\n"
    assert verdict_on("attack", language, "2025-11-14", body, rule) == "silent"


@pytest.mark.parametrize("language, body", [
    ("hr", "U eksploziji je poginulo 17 rudara."),
    ("sr", "У експлозији је погинуло 17 рудара."),
    ("hr", "U eksploziji je poginuo 1 rudar."),
], ids=["hr-poginulo", "sr-poginulo", "hr-poginuo"])
def test_a_south_slavic_verb_in_nuti_finds_its_past(language: str, body: str) -> None:
    """"poginuti" (to die), as an editor writes the anchor, finds "poginulo", "погинуло", "poginuo"."""
    rule = "- {id: dead, check: number, expect: 17, unit: miner, units: [rudar, рудар], about: [poginuti]}\n"
    verdict = "contradicts" if "1 rudar" in body else "agrees"
    assert verdict_on("dead", language, "2025-10-17", body, rule) == verdict


def test_a_south_slavic_participle_with_its_softened_consonant_finds_its_infinitive() -> None:
    """"uspostaviti", "prihvatiti" (restore, accept) find "uspostavljen", "prihvaćen"."""
    from checker.text.fuzzy import infinitives_of
    from checker.text.normalise import fold

    assert "uspostaviti" in infinitives_of(fold("успостављен"), "sr")
    assert "prihvatiti" in infinitives_of(fold("prihvaćen"), "hr")


BUILT = "- {id: built, check: date, expect: '1974', about: [built, build, gebouwd, bouw]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "A new bridge will be built in 2026.", "silent"),
    ("en", "On Wednesday the minister promised to build a new bridge.", "silent"),
    ("nl", "De bouw moet in 2026 beginnen.", "silent"),
    ("en", "The bridge was built in 1974. On Wednesday the minister said a new bridge would be built.", "agrees"),
    ("en", "The bridge was built in 1975. On Wednesday the minister said a new bridge would be built.", "contradicts"),
], ids=["a-year-to-come", "a-weekday", "nl-a-year-to-come", "the-old-year-beside-this-week", "a-wrong-year"])
def test_a_rule_about_a_year_long_ago_reads_the_years_written(language: str, body: str, verdict: str) -> None:
    """A rule about a year before the publication's ("expect: 1974") reads the years a source
    writes of that time, though another sentence is dated this week; not a weekday, whose year
    is the publication's, nor a year after the publication's, another event to come."""
    assert verdict_on("built", language, "2025-03-12", body, BUILT) == verdict


@pytest.mark.parametrize("language, published, body, verdict", [
    ("hu", "2025-03-12", "A híd kedden leszakadt.", "agrees"),
    ("hu", "2025-03-12", "Nőtt az összeomlás áldozatainak száma – közölték szerdán a hatóságok.", "silent"),
    ("pt", "2025-03-13", "O número de mortos no colapso da ponte subiu para 23, anunciaram hoje as autoridades.",
     "silent"),
], ids=["hu-past-in-dt", "hu-kozoltek", "pt-anunciaram"])
def test_more_pasts_and_verbs_of_saying(language: str, published: str, body: str, verdict: str) -> None:
    """Hungarian "leszakadt" (collapsed) is a past, its Tuesday last Tuesday; the plurals
    "közölték" and "anunciaram" (they announced) are verbs of saying, their day the statement's."""
    rule = "- {id: collapse, check: date, expect: '2025-03-11', about: [leszakadt, összeomlás, colapso]}\n"
    assert verdict_on("collapse", language, published, body, rule) == verdict


TOLL = ("- {id: dead, check: number, expect: 23, unit: people, units: [muertos, morts, Tote], "
        "about: [dead, death toll, killed, Zahl der Toten]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The death toll has risen to 23, as divers searched for four people still missing.", "agrees"),
    ("en", "The death toll rose to 21, officials said.", "contradicts"),
    ("de", "Die Zahl der Toten stieg auf 23.", "agrees"),
    ("en", "At least 23 dead in bridge collapse.", "agrees"),
    ("en", "The collapse left at least 25 dead.", "contradicts"),
], ids=["en-toll-rose-to", "en-toll-wrong", "de-stieg-auf", "en-at-least-dead", "en-at-least-wrong"])
def test_the_figure_a_count_came_to_is_read_in_the_rules_unit(language: str, body: str, verdict: str) -> None:
    """"The death toll has risen to 23": the bare figure a few words after the anchor, past a
    verb, is the count of the rule's unit (not the "four people still missing" of another
    clause); "At least 23 dead" counts the dead past its bound."""
    assert verdict_on("dead", language, "2025-03-12", body, TOLL) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("Ministr návrh navrhl v pondělí.", "agrees"),
    ("Ministryně navrhla most v úterý.", "contradicts"),
], ids=["navrhl", "navrhla"])
def test_a_czech_verb_in_hnout_finds_its_past_without_nu(body: str, verdict: str) -> None:
    """"navrhnout" (propose), as an editor writes the anchor, finds "navrhl", "navrhla"."""
    rule = "- {id: proposed, check: date, expect: '2025-03-10', about: [navrhnout]}\n"
    assert verdict_on("proposed", "cs", "2025-03-12", body, rule) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("दास्कलले पराजय स्वीकार गरिनन्।", "contradicts"),
    ("दास्कलले पराजय स्वीकार गरेनन्।", "contradicts"),
    ("दास्कलले पराजय स्वीकार गरिन्।", "agrees"),
], ids=["garinan", "garenan", "garin"])
def test_a_nepali_negative_past_denies(body: str, verdict: str) -> None:
    """Nepali "स्वीकार गरिनन्", "गरेनन्" (did not accept) deny "स्वीकार गरिन्" (accepted)."""
    rule = "- id: conceded\n  check: phrase\n  expect:\n    ne: [दास्कलले पराजय स्वीकार गरिन्]\n"
    assert verdict_on("conceded", "ne", "2025-03-17", body, rule) == verdict


@pytest.mark.parametrize("language, body", [
    ("ha", "Za a rantsar da Petrovan a ranar 5 ga watan Afrilu."),
    ("zu", "UPetrovan uzofungiswa njengomongameli mhla zi-5 ku-Ephreli."),
], ids=["ha-afrilu", "zu-ku-ephreli"])
def test_months_as_the_press_writes_them(language: str, body: str) -> None:
    """Hausa "Afrilu" (CLDR: "Afirilu") and Zulu "ku-Ephreli", its locative prefix hyphenated, are April."""
    rule = "- {id: sworn, check: date, expect: '2025-04-05', about: [rantsar, fungiswa]}\n"
    assert verdict_on("sworn", language, "2025-03-17", body, rule) == "agrees"


@pytest.mark.parametrize("body, verdict", [
    ("攻撃で37の病院が被害を受けた。", "agrees"),
    ("攻撃で47の病院が被害を受けた。", "contradicts"),
], ids=["37-no-byoin", "47-no-byoin"])
def test_a_japanese_figure_counts_its_noun_past_no(body: str, verdict: str) -> None:
    """"37の病院" (37 hospitals): the noun past the particle の is the figure's, as "37病院" is."""
    rule = "- {id: hospitals, check: number, expect: 37, unit: hospital, units: [病院], about: [攻撃]}\n"
    assert verdict_on("hospitals", "ja", "2025-11-14", body, rule) == verdict


@pytest.mark.parametrize("language, body, rule, verdict", [
    ("ro", "Aeroportul a fost închis timp de șapte ore duminică.",
     "- {id: shut, check: date, expect: '2025-11-16', about: [închis]}\n", "agrees"),
    ("cs", "Policie v pondělí potvrdila, že drony byly vojenské.",
     "- {id: shut, check: date, expect: '2025-11-15', about: [drony]}\n", "silent"),
    ("da", "Politiet udelukkede mandag, at dronerne var militære.",
     "- {id: shut, check: date, expect: '2025-11-15', about: [dronerne]}\n", "silent"),
    ("en", "Police denied on Monday that the drones were military.",
     "- {id: shut, check: date, expect: '2025-11-15', about: [drones]}\n", "silent"),
    ("fi", "Lentoasema suljettiin seitsemäksi tunniksi.",
     "- {id: shut, check: number, expect: 7, unit: hour, about: [suljettiin]}\n", "agrees"),
    ("hu", "Hét órára lezárták a repülőteret.",
     "- {id: shut, check: number, expect: 7, unit: hour, about: [lezárták]}\n", "agrees"),
    ("hu", "Két hétre lezárták a repülőteret.",
     "- {id: shut, check: number, expect: 7, unit: hour, about: [lezárták]}\n", "silent"),
], ids=["ro-hours-then-a-weekday", "cs-potvrdila", "da-udelukkede", "en-denied-on", "fi-tunniksi", "hu-het-seven",
        "hu-het-a-week"])
def test_an_airport_closed_for_hours(language: str, body: str, rule: str, verdict: str) -> None:
    """"închis timp de șapte ore duminică" (closed for seven hours on Sunday): the weekday after
    "hours" is a day, not counted; "confirmed", "ruled out" and "denied" on a day date the
    statement; Finnish "tunniksi" and Hungarian "hét" (seven, also a week) before "órára"
    count hours, "két hét" two weeks."""
    rule_id = "shut"
    assert verdict_on(rule_id, language, "2025-11-18", body, rule) == verdict


@pytest.mark.parametrize("language, body, verdict", [
    ("hi", "आयोग ने बुधवार 12 अक्टूबर को हुए जनमतसंग्रह के नतीजों को प्रमाणित किया।", "agrees"),
    ("ne", "आयोगले बुधबार असोज २६ गते भएको जनमतसंग्रहको नतिजा प्रमाणित गर्‍यो।", "agrees"),
    ("hi", "आयोग ने बुधवार 11 अक्टूबर को हुए जनमतसंग्रह के नतीजों को प्रमाणित किया।", "contradicts"),
    ("en", "The referendum was held on Wednesday 12 October.", "contradicts"),
], ids=["hi", "ne", "hi-wrong-day", "en-one-date"])
def test_a_weekday_before_a_day_it_is_not_is_the_final_verbs(language: str, body: str, verdict: str) -> None:
    """Where the verb comes last, "बुधवार 12 अक्टूबर को हुए जनमतसंग्रह … प्रमाणित किया" (on
    Wednesday certified the referendum held on 12 October): a weekday before a day that falls on
    another is the final verb's, the day the noun's; in English "on Wednesday 12 October" is one
    date, which a wrong weekday makes wrong."""
    rule = "- {id: vote, check: date, expect: '2025-10-12', about: [जनमतसंग्रह, referendum]}\n"
    assert verdict_on("vote", language, "2025-10-16", body, rule) == verdict


def test_the_georgian_day_of_a_noun_is_no_today() -> None:
    """"კენჭისყრის დღეს" is "on the day of the vote", no "today" (დღეს)."""
    rule = "- {id: vote, check: date, expect: '2025-10-12', about: [ამომრჩეველი]}\n"
    body = "კენჭისყრის დღეს ბევრი ამომრჩეველი მოვიდა."
    assert verdict_on("vote", "ka", "2025-10-16", body, rule) == "silent"
    assert verdict_on("vote", "ka", "2025-10-16", "დღეს ბევრი ამომრჩეველი მოვიდა.", rule) == "contradicts"


@pytest.mark.parametrize("language, body, rule", [
    ("az", "Tarvik, 16 oktyabr, AZƏRTAC\nKaldoriya Mərkəzi Seçki Komissiyası referendumun yekun nəticələrini təsdiqləyib.",
     "- {id: event, check: date, expect: '2025-10-15', about: [təsdiqləyib]}\n"),
    ("my", "ဟာမွန်ဘေး၊ မတ် ၁၂\nမီးလောင်မှုကြောင့် နေထိုင်သူများကို ရုပ်သိမ်းလိုက်သည်။",
     "- {id: event, check: date, expect: '2025-03-10', about: [မီးလောင်မှု]}\n"),
], ids=["az-azertac", "my"])
def test_a_dateline_on_a_line_of_its_own_dates_no_event(language: str, body: str, rule: str) -> None:
    """"Tarvik, 16 oktyabr, AZƏRTAC" on a line above the lead is when the report was filed,
    no date of what the lead tells."""
    assert verdict_on("event", language, "2025-10-16" if language == "az" else "2025-03-13", body, rule) == "silent"


WORKERS = ("- {id: injured, check: number, expect: 17, unit: worker, units: [công nhân, người, 人, នាក់], "
           "about: [bị thương, 負傷, របួស, injured]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("ja", "工場の火災で従業員17人が負傷した。負傷者のうち4人が重傷という。", "agrees"),
    ("vi", "Vụ cháy làm 17 công nhân bị thương, trong đó 4 người bị thương nặng.", "agrees"),
    ("km", "កម្មករចំនួន ១៧ នាក់ បានរងរបួស ក្នុងនោះ ៤ នាក់រងរបួសធ្ងន់។", "agrees"),
    ("en", "The fire injured 17 workers, of whom four were seriously injured.", "agrees"),
    ("vi", "Vụ cháy làm 4 người bị thương.", "contradicts"),
], ids=["ja-no-uchi", "vi-trong-do", "km", "en-of-whom", "vi-a-wrong-count"])
def test_a_part_of_the_hurt_told_after_them_is_no_count_of_all(language: str, body: str, verdict: str) -> None:
    """"負傷者のうち4人が重傷" (of the injured, four seriously), "trong đó 4 người" (of whom four),
    "ក្នុងនោះ ៤ នាក់": a figure after "of whom" counts a part of the group named before it."""
    assert verdict_on("injured", language, "2025-03-13", body, WORKERS) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("Itinanggi ng Velstrand Chemicals na nagkaroon ng tagas ng kemikal.", "contradicts"),
    ("Itinanggi ng kompanya na nagkaroon ng tagas ng kemikal.", "contradicts"),
    ("Inamin ng Velstrand Chemicals na nagkaroon ng tagas ng kemikal.", "agrees"),
], ids=["a-name-of-two-words", "one-word", "admitted"])
def test_a_tagalog_denial_reaches_past_a_name_of_several_words(body: str, verdict: str) -> None:
    """"Itinanggi ng Velstrand Chemicals na …" (Velstrand Chemicals denied that …): a name of
    several capitalised words counts once in the reach of the denial before the clause."""
    rule = "- id: leak\n  check: phrase\n  expect:\n    tl: [nagkaroon ng tagas ng kemikal]\n"
    assert verdict_on("leak", "tl", "2025-03-13", body, rule) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("Khoảng 12.400 cư dân đã được sơ tán.", "agrees"),
    ("Khoảng 14.200 cư dân đã được sơ tán.", "contradicts"),
], ids=["cu-dan", "cu-dan-wrong"])
def test_a_vietnamese_noun_of_two_letters_is_counted(body: str, verdict: str) -> None:
    """"12.400 cư dân" (residents): a Vietnamese noun of two letters is what a figure counts,
    told by its tone from the function word "cứ"."""
    rule = "- {id: evacuated, check: number, expect: 12400, unit: resident, units: [cư dân], about: [sơ tán]}\n"
    assert verdict_on("evacuated", "vi", "2025-03-13", body, rule) == verdict


@pytest.mark.parametrize("body", [
    ("திங்கள்கிழமை ஏற்பட்ட தீ விபத்தில் 17 தொழிலாளர்கள் காயமடைந்தனர். 2019 ஆகஸ்ட் மாதம் இதே ஆலையில் ஏற்பட்ட "
     "தீ விபத்தில் 3 தொழிலாளர்கள் காயமடைந்தனர்."),
    ("திங்கள்கிழமை ஏற்பட்ட தீ விபத்தில் 17 தொழிலாளர்கள் காயமடைந்தனர். 2019 ஆகஸ்டில் இதே ஆலையில் ஏற்பட்ட "
     "தீ விபத்தில் 3 தொழிலாளர்கள் காயமடைந்தனர்."),
], ids=["year-month", "year-month-in"])
def test_a_tamil_year_before_its_month_dates_an_earlier_fire(body: str) -> None:
    """"2019 ஆகஸ்ட் மாதம்", "2019 ஆகஸ்டில்" (in August 2019): Tamil news writes the year before
    the month, in its locative too; the sentence tells of an earlier fire, whose 3 injured are
    no count of this one's 17."""
    rule = "- {id: injured, check: number, expect: 17, unit: worker, units: [தொழிலாளர்], about: [காயமடைந்தனர்]}\n"
    assert verdict_on("injured", "ta", "2025-03-13", body, rule) == "agrees"


@pytest.mark.parametrize("body, rule, verdict", [
    ("근로자 17명이 다쳤다.", "- {id: r, check: number, expect: 17, unit: worker, units: [명], about: [다치다]}\n", "agrees"),
    ("근로자 15명이 다쳤다.", "- {id: r, check: number, expect: 17, unit: worker, units: [명], about: [다치다]}\n",
     "contradicts"),
    ("용의자는 11일 체포됐다.", "- {id: r, check: date, expect: '2025-03-10', about: [체포되다]}\n", "contradicts"),
    ("화재는 10일 발생했다.", "- {id: r, check: date, expect: '2025-03-10', about: [발생하다]}\n", "agrees"),
], ids=["dachyeotda", "dachyeotda-wrong", "chepodwaetda", "balsaenghaetda"])
def test_a_korean_dictionary_form_finds_its_past(body: str, rule: str, verdict: str) -> None:
    """"다치다", "체포되다", "발생하다", as an editor writes the anchors, find "다쳤다", "체포됐다",
    "발생했다", whose past joins the stem's last vowel in one syllable."""
    assert verdict_on("r", "ko", "2025-03-13", body, rule) == verdict
