"""Reports as the wire writes them: what reading news in more languages showed, an eighteenth round."""

from __future__ import annotations

import pytest
from real_news import phrase_rule, verdict_on

STORM_ON_MONDAY = "- {id: storm, check: date, expect: '2026-11-23', about: [storm, Sturm, tempête, oluja]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("de", "Der Sturm traf die Küste in der Nacht von Sonntag auf Montag.", "unclear"),
    ("de", "Der Sturm traf die Küste in der Nacht von Samstag auf Sonntag.", "contradicts"),
    ("de", "Der Sturm traf die Küste in der Nacht auf Montag.", "unclear"),
    ("fr", "La tempête a frappé la côte dans la nuit de dimanche à lundi.", "unclear"),
], ids=["de-night-from-to", "de-night-a-day-early", "de-night-to", "fr-night-from-to"])
def test_the_night_from_one_weekday_to_the_next_names_both_days(language: str, body: str, verdict: str) -> None:
    """"Von Sonntag auf Montag" (from Sunday to Monday) is the Monday of the same week, not
    a day the storm was put off to: no contradiction of a rule on that Monday."""
    assert verdict_on("storm", language, "2026-11-24", body, STORM_ON_MONDAY) == verdict


RETIREMENT_AGE = ("- {id: age, check: number, expect: '67', unit: year, units: [vuosi, aasta, év], "
                  "about: [eläkeikä, pensioniiga, nyugdíjkorhatár]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("fi", "Laki nostaa eläkeikää 65 vuodesta 67 vuoteen.", "agrees"),
    ("fi", "Laki nostaa eläkeikää 65 vuodesta 68 vuoteen.", "contradicts"),
    ("fi", "Eläkeikä on nyt 65 vuotta.", "contradicts"),
    ("et", "Seadus tõstab pensioniiga 65 aastalt 67 aastale.", "agrees"),
    ("et", "Seadus tõstab pensioniiga 65 aastalt 66 aastale.", "contradicts"),
    ("hu", "A kormány emeli a nyugdíjkorhatárt 65 évről 67 évre.", "agrees"),
    ("hu", "A törvény 65 évről 67 évre emeli a nyugdíjkorhatárt.", "agrees"),
], ids=["fi-from-to", "fi-to-wrong", "fi-now", "et-from-to", "et-to-wrong", "hu-verb-first", "hu-verb-last"])
def test_a_change_told_by_the_cases_on_its_figures_after_the_verb(language: str, body: str, verdict: str) -> None:
    """Finnish and Estonian write "from" and "to" as cases on the figure's noun (elative
    "vuodesta", illative "vuoteen"; ablative "aastalt", allative "aastale"), the verb of
    change before them: the value the change started from is no statement of the age."""
    assert verdict_on("age", language, "2026-11-24", body, RETIREMENT_AGE) == verdict


JOBLESS_RATE = ("- {id: rate, check: number, expect: '4.1', unit: percent, units: [prosentti, protsent], "
                "about: [työttömyysaste, töötuse määr]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("fi", "Työttömyysaste nousi lokakuussa 3,9 prosentista 4,1 prosenttiin.", "agrees"),
    ("fi", "Työttömyysaste nousi lokakuussa 3,9 prosentista 4,3 prosenttiin.", "contradicts"),
    ("et", "Töötuse määr tõusis oktoobris 3,9 protsendilt 4,1 protsendile.", "agrees"),
], ids=["fi", "fi-wrong", "et"])
def test_a_rate_that_rose_from_one_figure_to_another_in_finnish_and_estonian(
        language: str, body: str, verdict: str) -> None:
    assert verdict_on("rate", language, "2026-11-24", body, JOBLESS_RATE) == verdict


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("pt", "a cocaína estava escondida entre as bananas",
     "Mărgineanu negou, no entanto, que a cocaína estivesse escondida entre as bananas.", "contradicts"),
    ("en", "the cocaine was hidden among bananas",
     "The customs chief denied, however, that the cocaine was hidden among bananas.", "contradicts"),
    ("es", "la cocaína estaba escondida entre las bananas",
     "Pérez negó, sin embargo, que la cocaína estuviera escondida entre las bananas.", "contradicts"),
    ("fr", "la cocaïne était cachée parmi les bananes",
     "Le douanier a démenti, toutefois, que la cocaïne était cachée parmi les bananes.", "contradicts"),
    ("it", "la cocaina era nascosta tra le banane",
     "Rossi ha negato, tuttavia, che la cocaina fosse nascosta tra le banane.", "contradicts"),
    # not denied: the aside's verb is not one of denying, nor is the denial itself
    ("en", "the cocaine was hidden among bananas",
     "The customs chief confirmed, however, that the cocaine was hidden among bananas.", "agrees"),
    ("en", "the cocaine was hidden among bananas",
     "The customs chief did not deny, however, that the cocaine was hidden among bananas.", "agrees"),
], ids=["pt", "en", "es", "fr", "it", "en-confirmed", "en-not-denied"])
def test_a_denial_with_an_aside_between_the_verb_and_its_that(
        language: str, phrasing: str, body: str, verdict: str) -> None:
    """"Negou, no entanto, que …" (denied, however, that …): an aside set off by commas
    after the verb of denying does not part it from the clause it denies."""
    assert verdict_on("hid", language, "2025-10-14", body, phrase_rule("hid", phrasing)) == verdict


LUNCH_DAY = "- {id: lunch, check: date, expect: '2025-03-11', about: [ручак, ručak]}\n"


@pytest.mark.parametrize("body, verdict", [
    ("После ручка хоспитализовано је 19 деце.", "silent"),
    ("Posle ručka hospitalizovano je 19 dece.", "silent"),
    ("Ручак је послужен 11. децембра.", "contradicts"),
    ("Ручак је послужен 19 дец. 2024.", "contradicts"),
], ids=["cyrillic-children", "latin-children", "december", "december-cut"])
def test_a_word_that_begins_as_a_month_and_ends_in_a_vowel_is_no_month(body: str, verdict: str) -> None:
    """Serbian "19 деце" (19 children) at a sentence's end is no "19 Dec.": a month is cut
    before a vowel, and the full stop is the sentence's."""
    assert verdict_on("lunch", "sr", "2025-03-13", body, LUNCH_DAY) == verdict


LICENCE_DAYS = "- {id: days, check: number, expect: '30', unit: day, units: [hari], about: [syarikat, lesen]}\n"


@pytest.mark.parametrize("body, verdict", [
    ("Syarikat itu membekalkan makanan kepada 22 sekolah dan tadika.", "silent"),
    ("Lesen syarikat itu digantung selama 30 hari.", "agrees"),
    ("Lesen syarikat itu digantung selama 20 hari.", "contradicts"),
], ids=["and-is-no-day", "days", "days-wrong"])
def test_the_word_for_and_after_a_count_is_no_unit_of_another_language(body: str, verdict: str) -> None:
    """Malay "dan" (and) after "22 sekolah" joins another noun: it is not Croatian "dan"
    (day), the noun a figure further before would count."""
    assert verdict_on("days", "ms", "2025-03-13", body, LICENCE_DAYS) == verdict


HOSPITALISED = ("- {id: hospital, check: number, expect: '19', unit: pupil, units: [pupil, učenik], "
                "about: [hospital, bolnica]}\n")
INJURED = "- {id: injured, check: number, expect: '37', unit: people, units: [человек], about: [injured, ранения]}\n"


@pytest.mark.parametrize("language, body, rule, verdict", [
    ("en", "213 pupils fell ill, and 19 of them were taken to hospital.", HOSPITALISED, "agrees"),
    ("en", "213 pupils fell ill, and 21 of them were taken to hospital.", HOSPITALISED, "contradicts"),
    ("hr", "Otrovalo se 213 učenika, a njih 19 je prevezeno u bolnicu.", HOSPITALISED, "agrees"),
    ("en", "Four people were killed and 37 injured.", INJURED, "agrees"),
    ("en", "Four people were killed and 39 injured.", INJURED, "contradicts"),
    ("ru", "Четыре человека погибли и 37 получили ранения.", INJURED, "agrees"),
    ("ru", "Четыре человека погибли и 39 получили ранения.", INJURED, "contradicts"),
    # a figure that counts a noun of its own is not in the unit of the one before
    ("en", "Four people were injured and 37 houses damaged.", INJURED, "contradicts"),
], ids=["en-of-them", "en-of-them-wrong", "hr-njih", "en-and", "en-and-wrong", "ru-and", "ru-and-wrong",
        "en-own-noun"])
def test_a_count_whose_noun_is_left_out_as_said_before(language: str, body: str, rule: str, verdict: str) -> None:
    """A count whose noun the sentence gave once before is in that noun: "19 of them were
    taken to hospital" are 19 pupils, "and 37 injured" 37 people, not the figure before."""
    rule_id = rule.split(",")[0].split()[-1]
    assert verdict_on(rule_id, language, "2025-03-13", body, rule) == verdict


DETAINED = "- {id: detained, check: number, expect: '11', about: [detained, festgenommen, detenidas]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "Eleven people, including three port employees and two Ecuadorean nationals, were detained.", "agrees"),
    ("en", "Twelve people, including three port employees and two Ecuadorean nationals, were detained.",
     "contradicts"),
    ("en", "Eleven people, including three port employees, were detained on Monday.", "agrees"),
    ("de", "Elf Personen, darunter drei Hafenarbeiter und zwei Ecuadorianer, wurden festgenommen.", "agrees"),
    ("es", "Once personas, entre ellas tres empleados del puerto y dos ecuatorianos, fueron detenidas.", "agrees"),
], ids=["en-list", "en-list-wrong", "en-one", "de-list", "es-list"])
def test_the_figures_of_an_including_aside_are_parts_of_the_group(language: str, body: str, verdict: str) -> None:
    """"Eleven people, including three port employees and two nationals, were detained": every
    figure of the list "including" opens counts a part of the eleven, and the aside closes
    before the verb, whose figure the eleven is."""
    assert verdict_on("detained", language, "2025-10-14", body, DETAINED) == verdict


ANNOUNCED = "- {id: announced, check: date, expect: '2025-10-14', about: [announced, a annoncé]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The arrests were made in raids on Monday, prosecutors announced.", "silent"),
    ("fr", "Les arrestations ont eu lieu lundi lors de perquisitions, a annoncé le parquet.", "silent"),
    # the saying's own date, after it or in an adverbial before it
    ("en", "The arrests were made in raids, prosecutors announced on Monday.", "contradicts"),
    ("en", "On Monday, prosecutors announced the arrests.", "contradicts"),
    ("en", "In a statement issued late on Monday, the prosecutors announced the arrests.", "contradicts"),
], ids=["en-said-last", "fr-said-last", "en-saying-dated", "en-adverbial", "en-long-adverbial"])
def test_a_date_in_what_a_closing_verb_of_saying_reports_is_not_the_sayings(
        language: str, body: str, verdict: str) -> None:
    """"The arrests were made in raids on Monday, prosecutors announced": Monday dates the
    raids; a rule on the day of the announcement finds no date of it there."""
    assert verdict_on("announced", language, "2025-10-14", body, ANNOUNCED) == verdict


INJURED_EAST = ("- {id: injured, check: number, expect: '37', unit: people, units: [人, 명], "
                "about: [負傷者, 負傷, 부상자]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("ja", "負傷者のうち6人が重体という。", "silent"),
    ("ja", "37人が負傷し、負傷者のうち6人が重体という。", "agrees"),
    ("ko", "부상자 가운데 6명은 중상이다.", "silent"),
    ("ko", "부상자 중에는 6명이 위독한 상태다.", "silent"),
    ("ko", "부상자는 37명으로 집계됐다.", "agrees"),
], ids=["ja-of-the-injured", "ja-with-the-whole", "ko-gaunde", "ko-jung", "ko-whole"])
def test_a_figure_of_the_injured_among_them_is_a_part_in_japanese_and_korean(
        language: str, body: str, verdict: str) -> None:
    """Japanese "負傷者のうち6人" and Korean "부상자 가운데 6명" (six of the injured) count a part of
    the injured, not all of them: written after the noun, as Hungarian "között" is."""
    assert verdict_on("injured", language, "2026-11-23", body, INJURED_EAST) == verdict


SCHOOLS = ("- {id: schools, check: number, expect: '3', unit: school, units: [koulu, kool, šola], "
           "about: [koulu, kool, šola]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("fi", "Ruokamyrkytykseen sairastui 213 oppilasta kolmesta koulusta.", "agrees"),
    ("fi", "Oppilaat sairastuivat kolmessa koulussa.", "agrees"),
    ("fi", "Oppilaat sairastuivat neljässä koulussa.", "contradicts"),
    ("et", "Haigestus 213 õpilast kolmest koolist.", "agrees"),
    ("et", "Õpilased haigestusid kolmes koolis.", "agrees"),
    ("et", "Õpilased haigestusid kahes koolis.", "contradicts"),
    ("sl", "Zastrupili so se učenci iz 3 šol.", "agrees"),
    ("sl", "Zastrupili so se učenci iz treh šol.", "agrees"),
    ("sl", "Zastrupili so se učenci v petih šolah.", "contradicts"),
], ids=["fi-elative", "fi-inessive", "fi-wrong", "et-elative", "et-inessive", "et-wrong", "sl-digits",
        "sl-genitive", "sl-locative-wrong"])
def test_numbers_and_nouns_in_the_cases_a_count_of_places_takes(language: str, body: str, verdict: str) -> None:
    """"Kolmesta koulusta" (from three schools), Estonian "kolmest koolist", Slovene "iz treh
    šol": the number word in its case is three, and the Slovene genitive plural "šol" (no
    ending) is "šola"; the count of pupils before it counts no schools."""
    assert verdict_on("schools", language, "2025-03-13", body, SCHOOLS) == verdict


COLLAPSE_DAY = "- {id: collapse, check: date, expect: '2026-11-22', about: [崩落, 붕괴, ধসে, 屋根]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("ja", "スタジアムで22日夕、屋根の一部が崩落し、当局によると4人が死亡した。", "agrees"),
    ("ja", "スタジアムで21日夕、屋根の一部が崩落し、当局によると4人が死亡した。", "contradicts"),
    ("ja", "ブラジル南部のスタジアムで22日（日本時間23日朝）、屋根の一部が崩落した。", "agrees"),
    ("ko", "브라질 경기장 지붕이 22일(한국시간 23일 오전) 붕괴했다.", "agrees"),
    ("bn", "রোববার সন্ধ্যায় স্টেডিয়ামের ছাদ ধসে পড়ে।", "agrees"),
    ("bn", "শনিবার সন্ধ্যায় স্টেডিয়ামের ছাদ ধসে পড়ে।", "contradicts"),
], ids=["ja-according-to", "ja-according-to-wrong", "ja-japan-time", "ko-korea-time", "bn-robbar", "bn-saturday"])
def test_days_as_the_asian_press_writes_them(language: str, body: str, verdict: str) -> None:
    """"当局によると" (according to the authorities) is no verb of what is to come; "（日本時間
    23日朝）" restates the moment in the readers' own time; Bangladeshi "রোববার" is Sunday."""
    assert verdict_on("collapse", language, "2026-11-23", body, COLLAPSE_DAY) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("এতে চারজন নিহত হয়েছেন।", "agrees"),
    ("এতে পাঁচজন নিহত হয়েছেন।", "contradicts"),
    ("এতে দুজন নিহত হয়েছেন।", "contradicts"),
], ids=["four", "five", "two"])
def test_a_bengali_number_word_with_its_counter_written_on_it(body: str, verdict: str) -> None:
    """Bengali writes the counter of persons on the number word: "চারজন" (four persons)."""
    assert verdict_on("dead", "bn", "2026-11-23", body, "- {id: dead, check: number, expect: '4', about: [নিহত]}\n") \
        == verdict


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("fi", "Volantis valittaa päätöksestä", "Volantis kertoi, että se valittaa päätöksestä.", "agrees"),
    ("fi", "Volantis valittaa päätöksestä", "Volantis kertoi, ettei se valita päätöksestä.", "contradicts"),
    ("fi", "Volantis valittaa päätöksestä", "Volantis kertoi, että se ei valita päätöksestä.", "contradicts"),
    ("lt", "Volantis apskųs sprendimą", "Volantis pranešė, kad apskųs sprendimą.", "agrees"),
    ("lt", "Volantis apskųs sprendimą", "Volantis pranešė, kad neapskųs sprendimo.", "contradicts"),
    ("lv", "Volantis pārsūdzēs lēmumu", "Volantis paziņoja, ka pārsūdzēs lēmumu.", "agrees"),
    # another subject in the clause said: no statement of the saying's subject
    ("fi", "Volantis valittaa päätöksestä", "Volantis kertoi, että sääntelijä valittaa päätöksestä.", "silent"),
    ("lt", "Volantis apskųs sprendimą", "Volantis pranešė, kad reguliuotojas apskųs sprendimą.", "silent"),
], ids=["fi-said-it", "fi-ettei", "fi-ei", "lt-said", "lt-not", "lv-said", "fi-another-subject",
        "lt-another-subject"])
def test_what_a_subject_says_of_itself_after_a_comma_and_that(
        language: str, phrasing: str, body: str, verdict: str) -> None:
    """"Volantis kertoi, että se valittaa päätöksestä" (Volantis said it will appeal): the
    clause "that" opens after a verb of saying, with no subject but a pronoun, tells of the
    saying's subject; Finnish writes "that … not" in one word, "ettei"."""
    assert verdict_on("appeal", language, "2025-10-15", body, phrase_rule("appeal", phrasing)) == verdict


EVACUATED = ("- {id: evacuated, check: date, expect: '2026-07-05', "
             "about: [evacuation, évacuation, Evakuierung, evakuacija, evacuazione, evacuación, ewakuacja]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("fr", "Sans cette évacuation, nous parlerions aujourd'hui de dizaines de morts.", "silent"),
    ("de", "Ohne die Evakuierung würden wir heute über Dutzende Tote sprechen.", "silent"),
    ("sl", "Brez evakuacije bi danes šteli desetine mrtvih.", "silent"),
    ("it", "Senza l'evacuazione oggi parleremmo di decine di morti.", "silent"),
    ("es", "Sin la evacuación, hoy estaríamos hablando de decenas de muertos.", "silent"),
    ("pl", "Bez ewakuacji mówilibyśmy dziś o dziesiątkach ofiar.", "silent"),
    # today stated as the day of the deed still is
    ("fr", "L'évacuation a eu lieu aujourd'hui.", "contradicts"),
    ("de", "Die Evakuierung begann heute.", "contradicts"),
], ids=["fr", "de", "sl", "it", "es", "pl", "fr-indicative", "de-indicative"])
def test_today_in_a_clause_of_what_would_be_dates_nothing(language: str, body: str, verdict: str) -> None:
    """"Sans cette évacuation, nous parlerions aujourd'hui de dizaines de morts" (without the
    evacuation we would be speaking of dozens of dead today): today, in the conditional, is
    no day of the evacuation."""
    assert verdict_on("evacuated", language, "2026-07-08", body, EVACUATED) == verdict


FLOOD_DEAD = ("- {id: dead, check: number, expect: '27', unit: people, units: [người], "
              "about: [died, killed, thiệt mạng]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", ("The floods have killed 27 people. On Monday the prime minister visited the camps. "
           "In August 2024, more than 70 people died in similar floods."), "agrees"),
    ("vi", ("Lũ lụt đã khiến 27 người thiệt mạng. Ngày 19/8, thủ tướng thăm các trại. "
           "Tháng 8/2024, hơn 70 người thiệt mạng vì lũ."), "agrees"),
    # a month of this year is no background
    ("en", ("The floods have killed 27 people. On Monday the prime minister visited the camps. "
           "In July 2025, more than 70 people died in similar floods."), "unclear"),
], ids=["en-last-august", "vi-last-august", "en-last-month"])
def test_a_figure_of_the_same_month_a_year_before_is_background(language: str, body: str, verdict: str) -> None:
    """"In August 2024, more than 70 people died" in a report of August 2025 tells of last
    year's floods: a month a year back is long before, however near its last days come."""
    assert verdict_on("dead", language, "2025-08-20", body, FLOOD_DEAD) == verdict


@pytest.mark.parametrize("language, rule, body, verdict", [
    ("id", "- {id: n, check: number, expect: '27', about: [tewas]}\n", "Banjir di Bangladesh menewaskan 27 orang.",
     "agrees"),
    ("id", "- {id: n, check: number, expect: '27', about: [tewas]}\n", "Banjir di Bangladesh menewaskan 29 orang.",
     "contradicts"),
    ("id", "- {id: n, check: date, expect: '2025-08-19', about: [kunjung]}\n",
     "Perdana menteri mengunjungi kamp pengungsian pada Senin.", "contradicts"),
    ("id", "- {id: n, check: date, expect: '2025-08-19', about: [kunjung]}\n",
     "Kamp itu dikunjungi perdana menteri pada Selasa.", "agrees"),
    ("ms", "- {id: n, check: date, expect: '2025-08-19', about: [lawat]}\n",
     "Perdana menteri melawat kem pemindahan pada Selasa.", "agrees"),
    # a word that only begins as a prefix is none
    ("id", "- {id: n, check: number, expect: '27', about: [tewas]}\n", "Dinas kesehatan mencatat 29 pasien.",
     "silent"),
], ids=["id-menewaskan", "id-menewaskan-wrong", "id-mengunjungi", "id-dikunjungi", "ms-melawat", "id-unrelated"])
def test_an_indonesian_or_malay_root_under_its_affixes(language: str, rule: str, body: str, verdict: str) -> None:
    """A rule writes the root ("tewas", died; "kunjung", visit): news writes it with meN-,
    whose nasal takes the root's first letter ("menewaskan", killed), di-, and -kan, -i."""
    assert verdict_on("n", language, "2025-08-20", body, rule) == verdict


FLOOD_AID = "- {id: aid, check: number, expect: '2000000000', unit: BDT, about: [सहायता, امداد]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("hi", "प्रधानमंत्री ने 200 करोड़ टका (करीब 144 करोड़ भारतीय रुपये) की सहायता की घोषणा की।", "agrees"),
    ("hi", "प्रधानमंत्री ने 300 करोड़ टका (करीब 216 करोड़ भारतीय रुपये) की सहायता की घोषणा की।", "contradicts"),
    ("ur", "وزیراعظم نے 2 ارب ٹکا (تقریباً 4 ارب 60 کروڑ پاکستانی روپے) امداد کا اعلان کیا۔", "agrees"),
], ids=["hi-indian-rupees", "hi-wrong", "ur-pakistani-rupees"])
def test_a_currency_named_with_its_country_in_the_plural_news_writes(language: str, body: str, verdict: str) -> None:
    """CLDR names the rupee "भारतीय रुपया" (Indian rupee); news writes "भारतीय रुपये": the
    amount in brackets is in rupees, no second amount in taka."""
    assert verdict_on("aid", language, "2025-08-20", body, FLOOD_AID) == verdict


TOLL = ("- {id: dead, check: number, expect: '27', unit: people, units: [personas, katao, orang], "
        "about: [dead, muertos, nasawi, maut]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The toll rose to 27 dead on Tuesday.", "agrees"),
    ("es", "El balance asciende a 29 muertos.", "contradicts"),
    ("tl", "Umakyat na sa 27 ang nasawi sa baha.", "agrees"),
    ("tl", "27 ang nasawi habang 140,000 katao ang lumikas.", "agrees"),
    ("ms", "Banjir: 29 maut.", "contradicts"),
], ids=["en-dead", "es-muertos", "tl-ang-nasawi", "tl-while", "ms-maut"])
def test_a_figure_whose_noun_is_the_anchor_counts_in_the_rules_unit(language: str, body: str, verdict: str) -> None:
    """"27 dead", "27 muertos", Tagalog "27 ang nasawi" (27, the dead): the figure counts the
    dead a rule counts in people, not a figure of another clause."""
    assert verdict_on("dead", language, "2025-08-20", body, TOLL) == verdict


LANDED = "- {id: landed, check: date, expect: '2026-02-12', about: [landing, slijetanje]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("en", '"Today Turkey made its first successful landing on the Moon," Aktas said.', "silent"),
    ("hr", "„Danas je Turska ostvarila svoje prvo uspješno slijetanje na Mjesec”, rekao je Aktaş.", "silent"),
    # the paper's own today still dates what it tells
    ("en", "The lander made its landing today, the agency said.", "contradicts"),
    ("en", '"It worked," Aktas said of the landing on Wednesday.', "contradicts"),
], ids=["en-quoted", "hr-quoted", "en-unquoted", "en-weekday-outside"])
def test_today_inside_a_quotation_is_the_speakers_not_the_papers(language: str, body: str, verdict: str) -> None:
    """"'Today Turkey made its first landing,' Aktas said" in the next day's paper: the
    speaker's today, which the quotation does not date, is no day of the landing to judge."""
    assert verdict_on("landed", language, "2026-02-13", body, LANDED) == verdict


MOURNING = "- {id: mourning, check: date, expect: '2025-03-13', about: [luto, عزای عمومی]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("pt", "O Governo decretou quinta-feira dia de luto nacional.", "agrees"),
    ("pt", "O Governo decretou sexta-feira dia de luto nacional.", "contradicts"),
    ("fa", "دولت رومانی روز پنجشنبه را عزای عمومی اعلام کرد.", "agrees"),
], ids=["pt-decreed", "pt-another-day", "fa-object"])
def test_a_weekday_declared_a_day_of_mourning_is_a_coming_one(language: str, body: str, verdict: str) -> None:
    """"Decretou quinta-feira dia de luto" (decreed Thursday a day of mourning), Persian
    "روز پنجشنبه را … اعلام کرد" (the weekday as the object declared): the day set, this
    week's coming Thursday, though the verb is in the past."""
    assert verdict_on("mourning", language, "2025-03-12", body, MOURNING) == verdict


EVACUATED_PATIENTS = ("- {id: moved, check: number, expect: '62', unit: patient, units: [pacjent], "
                      "about: [ewakuowano, evacuation]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("pl", "Zginęło dziewięciu pacjentów, a 52 innych ewakuowano.", "contradicts"),
    ("pl", "Zginęło dziewięciu pacjentów, a 62 innych ewakuowano.", "agrees"),
    ("en", "A fire killed nine patients and forced the evacuation of 62 others.", "agrees"),
], ids=["pl-others-wrong", "pl-others", "en-others"])
def test_others_after_a_count_stand_for_its_noun(language: str, body: str, verdict: str) -> None:
    """"Nine patients died, and 52 others were evacuated": "others" leaves out the noun said
    before, and the 52 are patients, not the nine."""
    assert verdict_on("moved", language, "2025-03-12", body, EVACUATED_PATIENTS) == verdict


@pytest.mark.parametrize("language, rule, body, verdict", [
    ("es", phrase_rule("first", "es el primer alunizaje exitoso del país"),
     "Aktaş precisó, no obstante, que no se trata del primer alunizaje exitoso del país.", "contradicts"),
    ("es", phrase_rule("first", "es el primer alunizaje exitoso del país"),
     "Aktaş precisó, no obstante, que es el primer alunizaje exitoso del país.", "agrees"),
    ("sk", "- {id: first, check: number, expect: '790000000', unit: USD, about: [stáť]}\n",
     "Misia stála 970 miliónov dolárov.", "contradicts"),
    ("cs", "- {id: first, check: number, expect: '790000000', unit: USD, about: [stát]}\n",
     "Mise stála 790 milionů dolarů.", "agrees"),
], ids=["es-no-obstante-denied", "es-no-obstante", "sk-one-syllable-verb", "cs-one-syllable-verb"])
def test_nevertheless_is_no_negation_and_a_verb_of_one_syllable_finds_its_past(
        language: str, rule: str, body: str, verdict: str) -> None:
    """Spanish "no obstante" (nevertheless) denies nothing; Czech and Slovak "stát", "stáť"
    (to cost) find "stála", their stem of two letters."""
    assert verdict_on("first", language, "2026-02-13", body, rule) == verdict


@pytest.mark.parametrize("language, rule, body, verdict", [
    ("hr", "- {id: moon, check: number, expect: '41', unit: day, about: [putovanja]}\n",
     "Lender je sletio blizu južnog pola Mjeseca nakon putovanja.", "silent"),
    ("hr", "- {id: moon, check: number, expect: '41', unit: day, about: [putovanje]}\n",
     "Putovanje je trajalo pola mjeseca.", "contradicts"),
    ("hr", "- {id: moon, check: date, expect: '2026-02-12', about: [sletjeti]}\n",
     "Lender je u četvrtak sletio na Mjesec.", "agrees"),
    ("hr", "- {id: moon, check: date, expect: '2026-02-12', about: [sletjeti]}\n",
     "Letjelica je u srijedu sletjela na Mjesec.", "contradicts"),
    ("sr", "- {id: moon, check: date, expect: '2026-02-12', about: [слетети]}\n",
     "Лендер је у четвртак слетео на Месец.", "agrees"),
], ids=["hr-pole", "hr-half-a-month", "hr-sletio", "hr-sletjela", "sr-sleteo"])
def test_south_slavic_pole_and_verbs_in_jeti(language: str, rule: str, body: str, verdict: str) -> None:
    """"Južnog pola Mjeseca" is the Moon's south pole, no half a month; "sletjeti",
    "слетети" (to land) find their pasts "sletio", "sletjela", "слетео"."""
    assert verdict_on("moon", language, "2026-02-13", body, rule) == verdict


FIRE_NIGHT = "- {id: fire, check: date, expect: '2025-03-11', about: [yangın, ხანძარი]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("tr", "Yangın pazartesiyi salıya bağlayan gece çıktı.", "unclear"),
    ("tr", "Yangın cumayı cumartesiye bağlayan gece çıktı.", "contradicts"),
    ("ka", "ხანძარი ორშაბათიდან სამშაბათზე გადასულ ღამეს გაჩნდა.", "unclear"),
], ids=["tr-monday-to-tuesday", "tr-friday-to-saturday", "ka-monday-to-tuesday"])
def test_the_short_weekday_names_in_their_cases(language: str, body: str, verdict: str) -> None:
    """Turkish "salıya" (into Tuesday), "cumayı", Georgian "სამშაბათზე" (on Tuesday): the
    night from Monday to Tuesday names both days, as it does in the other languages."""
    assert verdict_on("fire", language, "2025-03-12", body, FIRE_NIGHT) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("トルコ宇宙庁（TUA）は12日、無人月着陸機「ヒラル」が日本時間同日午後5時42分ごろ、月の南極付近に着陸したと発表した。",
     "agrees"),
    ("トルコ宇宙庁（TUA）は11日、無人月着陸機「ヒラル」が日本時間同日午後5時42分ごろ、月の南極付近に着陸したと発表した。",
     "contradicts"),
], ids=["same-day", "same-day-wrong"])
def test_the_same_day_in_japanese_is_the_day_named_before(body: str, verdict: str) -> None:
    """"12日、… 同日 … 着陸したと発表した" (announced on the 12th that it landed that same day):
    同日 dates the landing by the day named before it, the announcement's."""
    rule = "- {id: landed, check: date, expect: '2026-02-12', about: [着陸]}\n"
    assert verdict_on("landed", "ja", "2026-02-13", body, rule) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("Ще 62 пацієнти були евакуйовані.", "agrees"),
    ("Ще 52 пацієнти були евакуйовані.", "contradicts"),
], ids=["participle", "participle-wrong"])
def test_a_ukrainian_verb_in_uvaty_finds_its_passive_participle(body: str, verdict: str) -> None:
    """"Евакуювати" (to evacuate) finds "евакуйовані" (evacuated), its participle in -ований."""
    rule = "- {id: moved, check: number, expect: '62', unit: patient, units: [пацієнт], about: [евакуювати]}\n"
    assert verdict_on("moved", "uk", "2025-03-12", body, rule) == verdict


@pytest.mark.parametrize("language, rule, body, verdict", [
    ("en", "- {id: it, check: number, expect: '48', unit: hour, about: [strike]}\n",
     "Four strikes were held last year.", "silent"),
    ("fr", "- {id: it, check: number, expect: '5', unit: day, about: [mer]}\n",
     "Ils sont arrivés par la mer, contre 21 000 sur la même période.", "silent"),
    ("el", "- {id: it, check: date, expect: '2025-03-12', about: [απεργία]}\n",
     "Η απεργία, η οποία ξεκίνησε την Τετάρτη, παρέλυσε τη χώρα.", "agrees"),
    ("el", "- {id: it, check: date, expect: '2025-03-12', about: [απεργία]}\n",
     "Η απεργία, η οποία ξεκίνησε την Τρίτη, παρέλυσε τη χώρα.", "contradicts"),
    ("fi", "- {id: it, check: date, expect: '2025-03-17', about: [neuvottelut]}\n",
     "Neuvottelut jatkuvat maanantaina.", "agrees"),
], ids=["en-count-no-hours", "fr-article-no-day", "el-which-its-own", "el-which-wrong", "fi-continue"])
def test_more_readings_of_the_strike_and_the_crossing(language: str, rule: str, body: str, verdict: str) -> None:
    """A count of strikes is no length in hours; French "la" after a figure is no day; the
    Greek "η οποία" (which) right after the anchor opens the anchor's own clause; Finnish
    "jatkuvat maanantaina" (continue on Monday) is the coming Monday."""
    assert verdict_on("it", language, "2025-03-13", body, rule) == verdict


@pytest.mark.parametrize("language, rule, body, verdict", [
    ("pl", "- {id: it, check: date, expect: '2025-03-14', about: [strajk]}\n", "Strajk potrwa do piątku.", "agrees"),
    ("en", "- {id: it, check: date, expect: '2025-03-10', about: [rescue]}\n",
     "The charity said it alerted the authorities on Monday evening, but the minister denied any delay in the rescue.",
     "silent"),
    ("ur", "- {id: it, check: date, expect: '2025-03-10', about: [ریسکیو]}\n",
     "تنظیم نے پیر کی شام حکام کو اطلاع دی، تاہم وزیر نے ریسکیو میں تاخیر کی تردید کی۔", "silent"),
    ("en", "- {id: it, check: date, expect: '2025-03-11', about: [rescue]}\n",
     "The rescue began on Monday evening, but the minister denied any delay.", "contradicts"),
    ("ur", "- {id: it, check: number, expect: '5', unit: day, about: [روانہ]}\n",
     "کشتی 5 روز قبل لیبیا سے روانہ ہوئی تھی۔", "agrees"),
    ("mt", "- {id: it, check: number, expect: '5', unit: day, about: [telqet]}\n",
     "Id-dgħajsa kienet telqet mil-Libja ħamest ijiem qabel.", "agrees"),
], ids=["pl-will-last-until", "en-before-but", "ur-before-however", "en-after-but", "ur-roz", "mt-hamest-ijiem"])
def test_more_readings_of_the_crossing_and_the_strike(language: str, rule: str, body: str, verdict: str) -> None:
    """Polish "potrwa do piątku" (will last until Friday) is the coming Friday; a date in the
    clause before ", but …" is not the anchor's after it; Urdu "روز" and Maltese "ijiem"
    after "ħamest" are days."""
    assert verdict_on("it", language, "2025-03-13", body, rule) == verdict


@pytest.mark.parametrize("rule, body, verdict", [
    ("- {id: it, check: number, expect: '9', about: [νεκρός]}\n", "Εννέα νεκροί από πυρκαγιά σε νοσοκομείο.", "agrees"),
    ("- {id: it, check: number, expect: '14', about: [σορός]}\n", "Το λιμενικό ανέσυρε επίσης 15 σορούς.",
     "contradicts"),
    ("- {id: it, check: number, expect: '318', about: [μετανάστης]}\n", "Η διάσωση 318 μεταναστών ολοκληρώθηκε.",
     "agrees"),
], ids=["nekroi", "sorous", "metanaston"])
def test_a_greek_noun_in_its_cases_and_plural(rule: str, body: str, verdict: str) -> None:
    """A rule writes the Greek nominative ("νεκρός", "σορός", "μετανάστης"); news writes its
    plural and cases ("νεκροί", "σορούς", "μεταναστών")."""
    assert verdict_on("it", "el", "2025-06-11", body, rule) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("A vasárnapi kitelepítés nélkül több tucat halottról beszélnénk.", "agrees"),
    ("A szombati kitelepítés nélkül több tucat halottról beszélnénk.", "contradicts"),
], ids=["conditional", "conditional-another-day"])
def test_a_hungarian_sentence_in_the_conditional_schedules_nothing(body: str, verdict: str) -> None:
    """"A vasárnapi kitelepítés nélkül … beszélnénk" (without Sunday's evacuation we would be
    speaking of …): a sentence in the conditional, with no past, schedules no coming Sunday."""
    rule = "- {id: it, check: date, expect: '2026-07-05', about: [kitelepítés]}\n"
    assert verdict_on("it", "hu", "2026-07-08", body, rule) == verdict


@pytest.mark.parametrize("language, body, verdict", [
    ("hr", "Lender je sletio nakon 41-dnevnog putovanja.", "agrees"),
    ("bg", "Апаратът кацна след 40-дневно пътуване.", "contradicts"),
    ("de", "Die Sonde landete nach einer 41-tägigen Reise.", "agrees"),
], ids=["hr-dnevnog", "bg-dnevno", "de-taegigen"])
def test_the_adjective_of_a_span_of_days_after_its_figure(language: str, body: str, verdict: str) -> None:
    """"Nakon 41-dnevnog putovanja" (after a 41-day journey), "41-дневно", "41-tägigen": the
    adjective of days written after the figure and a hyphen is a span of days."""
    rule = "- {id: trip, check: number, expect: '41', unit: day, about: [putovanja, пътуване, Reise]}\n"
    assert verdict_on("trip", language, "2026-02-13", body, rule) == verdict


def test_a_weekday_set_for_with_para_is_still_a_coming_one() -> None:
    """"Decretou luto nacional para quinta-feira" (decreed mourning for Thursday): the
    Portuguese "para" before the weekday still sets the day, beside the verbs of decreeing."""
    assert verdict_on("mourning", "pt", "2025-03-12", "O Governo decretou luto nacional para quinta-feira.",
                      MOURNING) == "agrees"
