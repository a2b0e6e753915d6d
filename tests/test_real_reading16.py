"""Reports as the wire writes them: what reading news in more languages showed, a sixteenth round."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, verdict_on

RANSOM_TR = phrase_rule("ransom", "fidye ödendi")


@pytest.mark.parametrize("body, verdict", [
    ("İtalya ve Umman hükümetleri fidye ödendiği iddialarını reddetti.", "contradicts"),
    ("Hükümet fidye ödendiğini reddetti.", "contradicts"),
    ("Hükümet, fidye ödendiği yönündeki haberleri yalanladı.", "contradicts"),
    ("Hükümet, fidye ödendiği yönündeki iddiaları reddetti.", "contradicts"),
    ("Bakan, fidye ödendiğini doğruladı.", "agrees"),
    # a negation word that far after the clause is another clause's
    ("Fidye ödendikten sonra rehineler hiç vakit kaybetmeden serbest bırakıldı.", "agrees"),
], ids=["rejected-claims", "rejected", "denied-reports-to-the-effect", "rejected-claims-to-the-effect", "confirmed",
        "never-further-on"])
def test_a_turkish_verb_of_denying_after_the_claim_and_its_noun_denies_it(body: str, verdict: str) -> None:
    """The verb comes last: "reddetti" (rejected) and "yalanladı" (denied) after the clause, the
    noun of the claim and its modifier between them."""
    assert verdict_on("ransom", "tr", "2026-11-20", body, RANSOM_TR) == verdict


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("hi", "फिरौती दी गई", "सरकार ने इन खबरों का खंडन किया कि फिरौती दी गई थी।", "contradicts"),
    ("hi", "फिरौती दी गई", "सरकार ने इस बात से इनकार किया है कि फिरौती दी गई।", "contradicts"),
    ("hi", "फिरौती दी गई", "सरकार ने पुष्टि की कि फिरौती दी गई।", "agrees"),
    ("ur", "تاوان ادا کیا گیا", "حکومت نے اس بات کی تردید کی کہ تاوان ادا کیا گیا۔", "contradicts"),
    ("ur", "تاوان ادا کیا گیا", "حکومت نے تصدیق کی کہ تاوان ادا کیا گیا۔", "agrees"),
    ("bn", "মুক্তিপণ দেওয়া হয়েছে", "সরকার অস্বীকার করেছে যে মুক্তিপণ দেওয়া হয়েছে।", "contradicts"),
    ("bn", "মুক্তিপণ দেওয়া হয়েছে", "সরকার নিশ্চিত করেছে যে মুক্তিপণ দেওয়া হয়েছে।", "agrees"),
], ids=["hi-refuted", "hi-refused-has", "hi-confirmed", "ur-refuted", "ur-confirmed", "bn-denied", "bn-confirmed"])
def test_a_noun_of_denying_with_its_light_verb_before_that_denies_the_clause(
        language: str, phrasing: str, body: str, verdict: str) -> None:
    """Hindi, Urdu and Bengali deny with a noun and a light verb before "that": "खंडन किया कि …"."""
    assert verdict_on("ransom", language, "2026-11-20", body, phrase_rule("ransom", phrasing)) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("دولت ایتالیا باج پرداخت کرده است.", "agrees"),
    ("دولت ایتالیا باج پرداخت کرده بود.", "agrees"),
    ("دولت ایتالیا باج پرداخت کرد.", "agrees"),
    ("دولت ایتالیا باج پرداخت نکرد.", "contradicts"),
    ("دولت ایتالیا باج پرداخت نکرده است.", "contradicts"),
    ("دولت ایتالیا باج پرداخت خواهد کرد.", "silent"),
], ids=["perfect", "pluperfect", "past", "past-denied", "perfect-denied", "future"])
def test_a_persian_perfect_states_the_short_light_verb_of_a_phrasing(body: str, verdict: str) -> None:
    """Persian news tells past deeds in the perfect, "کرده است": the participle of "کرد",
    which a phrasing of one long word must find, and "نکرده" its denial."""
    assert verdict_on("ransom", "fa", "2026-11-20", body, phrase_rule("ransom", "باج پرداخت کرد")) == verdict


@pytest.mark.parametrize("phrasing, body, verdict", [
    ("중상을 입은 승객은 없다", "항공사 측은 중상을 입은 승객은 없다고 밝혔다.", "agrees"),
    ("중상을 입은 승객은 없다", "중상을 입은 승객은 없었다고 밝혔다.", "agrees"),
    ("중상을 입은 승객은 없다", "항공사 측은 중상을 입은 승객이 있다고 밝혔다.", "contradicts"),
    ("의회가 예산안을 승인했다", "의회가 예산안을 승인했다며 문제가 없다고 밝혔다.", "agrees"),
    ("의회가 예산안을 승인했다", "의회가 예산안을 승인하지 않았다고 밝혔다.", "contradicts"),
], ids=["there-is-no-quoted", "there-was-no-quoted", "there-is-quoted", "another-clause-after-myeo", "not-approved"])
def test_korean_there_is_no_with_its_endings_denies_only_in_its_clause(phrasing: str, body: str, verdict: str) -> None:
    """"없다" (there is no) with the quotative "-고" of reported speech is the phrasing's own
    negation; after a verb ending "-며" it is the next clause's."""
    assert verdict_on("ok", "ko", "2025-11-10", body, phrase_rule("ok", phrasing)) == verdict



@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("en", "the outage was caused by a cyberattack",
     "The minister denied on Wednesday that the outage was caused by a cyberattack.", "contradicts"),
    ("en", "the outage was caused by a cyberattack",
     "The minister denied before parliament that the outage was caused by a cyberattack.", "contradicts"),
    ("en", "the outage was caused by a cyberattack",
     "The minister did not deny on Wednesday that the outage was caused by a cyberattack.", "agrees"),
    ("en", "the outage was caused by a cyberattack",
     "The director rejected claims on social media that the outage was caused by a cyberattack.", "contradicts"),
    ("en", "the outage was caused by a cyberattack",
     "The minister denied the reports and said that the outage was caused by a cyberattack.", "agrees"),
    ("es", "el apagón fue provocado por un ciberataque",
     "La ministra negó ayer que el apagón fuera provocado por un ciberataque.", "contradicts"),
    ("es", "el apagón fue provocado por un ciberataque",
     "La ministra negó ante el Parlamento que el apagón fuera provocado por un ciberataque.", "contradicts"),
    ("es", "el apagón fue provocado por un ciberataque",
     "La ministra descartó que el apagón fuera provocado por un ciberataque.", "contradicts"),
    ("es", "el apagón fue provocado por un ciberataque",
     "La ministra rechazó que el apagón fuera provocado por un ciberataque.", "contradicts"),
    ("ar", "كان الانقطاع ناجما عن هجوم إلكتروني",
     "نفت وزيرة الطاقة كلارا مندل أن يكون الانقطاع ناجما عن هجوم إلكتروني.", "contradicts"),
    ("fi", "rinne oli auki", "Johtaja kiisti väitteet, että rinne oli auki.", "contradicts"),
    ("ro", "pârtia a fost deschisă",
     "Directorul a respins afirmațiile potrivit cărora pârtia ar fi fost deschisă.", "contradicts"),
    ("sv", "backen var öppen", "Chefen avfärdar uppgifter om att backen var öppen.", "contradicts"),
    ("id", "maskapai mengandangkan pesawat",
     "Pihak bandara membantah pernyataan bahwa maskapai mengandangkan pesawat A321neo.", "contradicts"),
], ids=["en-day-between", "en-place-between", "en-not-denied", "en-claims-where", "en-and-said", "es-yesterday",
        "es-before-parliament", "es-ruled-out", "es-rejected-that", "ar-long-subject", "fi-claims", "ro-according-to-which",
        "sv-reports-about", "id-statement"])
def test_a_verb_of_denying_reaches_its_that_past_a_day_a_place_or_the_claims_noun(
        language: str, phrasing: str, body: str, verdict: str) -> None:
    """Wire style puts the day or the forum between the verb and its "that" ("denied on
    Wednesday that …"), and names the claim it rejects in each language's own words."""
    assert verdict_on("cyber", language, "2025-11-06", body, phrase_rule("cyber", phrasing)) == verdict


RESIGNATION = date_rule("resignation", "2025-11-06", "استقالة", "dymisja", "podać się do dymisji", "resignation")


@pytest.mark.parametrize("language, body, verdict", [
    ("ar", "أعلن هنريك ألدرسن استقالته يوم الخميس.", "agrees"),
    ("ar", "قدمت الوزيرة استقالتها يوم الأربعاء.", "contradicts"),
    ("ar", "أعلن عن زيارته يوم الأربعاء.", "silent"),
    ("pl", "Prezes podał się w czwartek do dymisji.", "agrees"),
    ("pl", "Prezes podał się w środę do dymisji.", "contradicts"),
], ids=["ar-his", "ar-her", "ar-another-noun", "pl-resigned", "pl-resigned-wrong-day"])
def test_the_resignation_is_found_under_a_pronoun_and_in_a_reflexive_verb(language: str, body: str,
                                                                          verdict: str) -> None:
    """Arabic writes "his resignation" on the noun, its ة a ت ("استقالته"); Polish "podał się
    do dymisji" (resigned) is no "podał" (reported), whose day would be the report's."""
    assert verdict_on("resignation", language, "2025-11-07", body, RESIGNATION) == verdict


def _counted(expect: str, unit: str, units: str, *about: str) -> str:
    return (f"- {{id: counted, check: number, expect: '{expect}', unit: {unit}, units: [{units}], "
            f"about: [{', '.join(about)}]}}\n")


PEOPLE = "ihminen, inimene, cilvēks, person"
SKIERS = "slēpotājs, skier"


@pytest.mark.parametrize("language, body, rule, verdict", [
    ("fi", "Lumivyöryn alta pelastettiin elossa 12 ihmistä.", _counted("12", "people", PEOPLE, "lumivyöry"), "agrees"),
    ("fi", "Lumivyöryn alta pelastettiin elossa 14 ihmistä.", _counted("12", "people", PEOPLE, "lumivyöry"),
     "contradicts"),
    ("et", "Laviini alt toodi elusalt välja 12 inimest.", _counted("12", "people", PEOPLE, "laviin"), "agrees"),
    ("lv", "Lavīna nogalināja septiņus slēpotājus.", _counted("7", "skier", SKIERS, "lavīna"), "agrees"),
    ("lv", "Lavīna nogalināja deviņus slēpotājus.", _counted("7", "skier", SKIERS, "lavīna"), "contradicts"),
    ("hi", "विमान पांच दिन तक खड़े रहेंगे।", number_rule("counted", "5", "विमान", unit="day"), "agrees"),
    ("hi", "विमान पाँच दिन तक खड़े रहेंगे।", number_rule("counted", "5", "विमान", unit="day"), "agrees"),
    ("hi", "विमान सात दिन तक खड़े रहेंगे।", number_rule("counted", "5", "विमान", unit="day"), "contradicts"),
    # "päästjat" (rescuers) is no typo of "aastat" (years): a figure of rescuers, no span of time
    ("et", "Operatsioonis osales ligikaudu 90 päästjat.", number_rule("counted", "90", "operatsioon"), "agrees"),
], ids=["fi-partitive", "fi-partitive-wrong", "et-partitive", "lv-accusative", "lv-accusative-wrong",
        "hi-anusvara", "hi-chandrabindu", "hi-wrong", "et-rescuers-no-years"])
def test_counted_nouns_and_number_words_in_the_forms_news_writes(language: str, body: str, rule: str,
                                                                 verdict: str) -> None:
    """Finnish and Estonian count in the partitive on the stem in -s ("12 ihmistä" of
    "ihminen"), Latvian in the masculine accusative ("septiņus"), Hindi writes five with the
    anusvara as often as with the chandrabindu ("पांच", "पाँच")."""
    assert verdict_on("counted", language, "2026-02-11", body, rule) == verdict


@pytest.mark.parametrize("language, body", [
    ("tr", "Jandarma 2016 yılında firarileri yakalamıştı."),
    ("tr", "Jandarma 2016'da firarileri yakalamıştı."),
    ("az", "Polis 2016-cı ildə qaçaqları tutmuşdu."),
], ids=["tr-in-the-year", "tr-locative", "az-ordinal-year"])
def test_a_turkic_year_with_its_case_is_no_count(language: str, body: str) -> None:
    """"2016 yılında", "2016'da", "2016-cı ildə" (in 2016) state no 2,016 fugitives."""
    rule = number_rule("caught", "9", "firari", "qaçaq", "yakalamak")
    assert verdict_on("caught", language, "2025-03-12", body, rule) == "silent"


def test_a_turkish_count_is_still_read() -> None:
    rule = number_rule("caught", "9", "firari")
    assert verdict_on("caught", "tr", "2025-03-12", "Jandarma dokuz firariyi yakaladı.", rule) == "agrees"


FIRST_CASE = date_rule("first", "2026-01-14", "first case", "premier cas", "primer caso")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The first case was confirmed on January 14.", "agrees"),
    ("fr", "Le premier cas avait été confirmé le 14 janvier.", "agrees"),
    ("en", "The first case was confirmed on January 15.", "contradicts"),
    ("en", "The ministry confirmed on January 12 that the first case had been found.", "silent"),
], ids=["en-passive", "fr-passive", "en-passive-wrong", "en-active-says"])
def test_a_passive_verb_of_saying_dates_its_subject(language: str, body: str, verdict: str) -> None:
    """"was confirmed on January 14" is when the case was confirmed; "confirmed on January 12
    that …" when the ministry said so."""
    assert verdict_on("first", language, "2026-04-23", body, FIRST_CASE) == verdict


@pytest.mark.parametrize("language, body, rule, verdict", [
    ("mn", "Цагдаа гурван хоногийн дотор 9 хоригдлыг баривчилсан.",
     number_rule("days", "3", "баривчилсан", unit="day"), "agrees"),
    ("mn", "Цагдаа хоёр долоо хоногийн дотор хоригдлуудыг баривчилсан.",
     number_rule("days", "14", "баривчилсан", unit="day"), "agrees"),
    ("ar", "وقع الفرار يوم السبت 8 مارس.", date_rule("days", "2025-03-08", "فرار"), "agrees"),
    ("fi", "Nyt on kulunut 42 päivää, sanoi epidemiologi Marta Lindqvist.",
     number_rule("days", "14", "epidemia", unit="week"), "silent"),
    ("hu", "Eltelt 42 nap - mondta Marta Lindqvist, a régió vezető epidemiológusa.",
     number_rule("days", "14", "epidémia", unit="week"), "silent"),
    ("fi", "Epidemia kesti 98 päivää.", number_rule("days", "14", "epidemia", unit="week"), "agrees"),
], ids=["mn-of-days", "mn-of-weeks", "ar-article-on-three-letters", "fi-epidemiologist", "hu-epidemiologist",
        "fi-epidemic"])
def test_words_read_as_what_they_are(language: str, body: str, rule: str, verdict: str) -> None:
    """Mongolian "хоногийн" is of days, "долоо хоногийн" of weeks; Arabic's article on a noun of
    three letters ("الفرار"); an epidemiologist is no epidemic."""
    assert verdict_on("days", language, "2025-03-12", body, rule) == verdict



INSPECTED = phrase_rule("inspected", "the dam had been inspected last year")


@pytest.mark.parametrize("body, verdict", [
    ("The dam had been inspected last year.", "agrees"),
    ("The ministry denied that the dam had been inspected last year.", "contradicts"),
    # another deed of last year, where the phrasing dates none
], ids=["stated", "denied"])
def test_a_phrasing_that_says_last_year_is_stated_by_a_sentence_that_does(body: str, verdict: str) -> None:
    """A sentence dated a year back tells another time's deed, unless the phrasing dates its
    deed so itself."""
    assert verdict_on("inspected", "en", "2026-03-17", body, INSPECTED) == verdict


def test_a_sentence_of_last_year_still_states_no_phrasing_of_this_year() -> None:
    rule = phrase_rule("inspected", "the dam was inspected")
    body = "The dam was inspected last year."
    assert verdict_on("inspected", "en", "2026-03-17", body, rule) == "silent"


@pytest.mark.parametrize("language, phrasing, body", [
    ("en", "the dam had been inspected", "The ministry denied that the dam had been inspected."),
    ("en", "the dam had never been inspected",
     "The authority rejected claims that the dam had never been inspected."),
    ("fr", "le barrage n'avait jamais été inspecté",
     "Elle a démenti les rumeurs selon lesquelles le barrage n'avait jamais été inspecté."),
    ("it", "la diga non era mai stata ispezionata",
     "L'autorità ha smentito le voci secondo cui la diga non era mai stata ispezionata."),
    ("ru", "плотину никогда не проверяли",
     "Там опровергли утверждения местных жителей о том, что плотину никогда не проверяли."),
    ("hy", "ամբարտակը երբեք չի ստուգվել",
     "Գործակալությունը հերքել է տեղի բնակիչների պնդումները, թե ամբարտակը երբեք չի ստուգվել:"),
    ("ka", "კაშხალი არასოდეს შემოწმებულა",
     "სააგენტომ უარყო ადგილობრივი მცხოვრებლების მტკიცება, თითქოს კაშხალი არასოდეს შემოწმებულა."),
], ids=["en-short-subject", "en-short-subject-claims", "fr-according-to-which", "it-according-to-which",
        "ru-claims-of-residents", "hy-claims", "ka-claims"])
def test_a_claim_denied_with_its_short_subject_or_according_to_which(language: str, phrasing: str,
                                                                    body: str) -> None:
    """The phrasing's own short words before the match ("the dam had") are no verb and object
    that would stop a denial further back; "selon lesquelles", "secondo cui", Armenian "թե",
    Georgian "თითქოս" link a claim's noun to the clause as "that" does."""
    assert verdict_on("claim", language, "2026-03-17", body, phrase_rule("claim", phrasing)) == "contradicts"


BLACKOUT = date_rule("blackout", "2025-11-04", "kesinti", "انقطاع", "blackout")


@pytest.mark.parametrize("language, body, verdict", [
    ("tr", "Aldersen, kesintiden iki gün sonra perşembe günü görevini bıraktı.", "silent"),
    ("ar", "غادر ألدرسن منصبه يوم الخميس، بعد يومين من الانقطاع.", "silent"),
    ("en", "Aldersen resigned on Thursday, two days after the blackout.", "silent"),
    ("tr", "Kesinti 4 Kasım'da yaşandı.", "agrees"),
    ("ar", "وقع الانقطاع يوم الثلاثاء 4 نوفمبر.", "agrees"),
], ids=["tr-two-days-after", "ar-two-days-after", "en-two-days-after", "tr-own-date", "ar-own-date"])
def test_a_day_told_a_span_after_the_event_is_not_its_date(language: str, body: str, verdict: str) -> None:
    """"two days after the blackout" (Turkish "kesintiden iki gün sonra", Arabic "بعد يومين من
    الانقطاع", its dual a span of its own): Thursday is the resignation's, not the blackout's."""
    assert verdict_on("blackout", language, "2025-11-07", body, BLACKOUT) == verdict


GROUNDING = date_rule("grounding", "2025-11-10", "ground", "mengandangkan")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "On Sunday, the airline announced it would ground the jets from Monday, 10 November.", "agrees"),
    ("en", "In a statement issued on Sunday, the airline said it would ground the jets from Monday, 10 November.",
     "agrees"),
    ("id", "Pada Minggu, maskapai mengumumkan akan mengandangkan pesawat mulai Senin, 10 November.", "agrees"),
    ("en", "On Sunday, the airline announced it would ground the jets from Tuesday, 11 November.", "contradicts"),
    ("en", "On Sunday, the airline grounded the jets.", "contradicts"),
], ids=["en-fronted", "en-statement-issued", "id-fronted", "en-wrong-day", "en-own-day"])
def test_a_date_before_the_verb_of_saying_is_the_sayings_where_the_deed_has_its_own(
        language: str, body: str, verdict: str) -> None:
    """"On Sunday, the airline announced it would ground the jets from Monday": the grounding
    is Monday's; Sunday the announcement's."""
    assert verdict_on("grounding", language, "2025-11-09", body, GROUNDING) == verdict


@pytest.mark.parametrize("language, anchor, body", [
    ("es", "inaugurar", "El alcalde inauguró el jueves la nueva línea 4 del metro."),
    ("it", "inaugurare", "Il sindaco inaugurò giovedì la linea."),
    ("cs", "otevřít", "Primátor ve čtvrtek otevřel novou linku metra."),
    ("tr", "açmak", "Başkan hattı perşembe günü açtı."),
], ids=["es-preterite", "it-passato-remoto", "cs-rit", "tr-short-stem"])
def test_an_infinitive_anchor_finds_more_pasts(language: str, anchor: str, body: str) -> None:
    """The Spanish and Italian preterite's third person, the Czech past of a verb in -řít,
    and a Turkish past on a stem of two letters."""
    rule = date_rule("opened", "2026-03-12", anchor)
    assert verdict_on("opened", language, "2026-03-13", body, rule) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("cs", "Při nehodě zahynuli tři lidé."),
    ("cs", "Tři lidé zemřeli."),
    ("sk", "Traja ľudia zomreli."),
], ids=["cs-nout", "cs-rit", "sk-riet"])
def test_czech_and_slovak_verbs_in_nout_and_rit_find_their_pasts(language: str, body: str) -> None:
    rule = number_rule("dead", "3", "zahynout", "zemřít", "zomrieť")
    assert verdict_on("dead", language, "2026-03-13", body, rule) == "agrees"


@pytest.mark.parametrize("language, body, rule, verdict", [
    ("de", "Tarus unterbot den Rekord um 23 Sekunden.", number_rule("span", "23", "Rekord", unit="second"), "agrees"),
    ("ru", "Тарус улучшил рекорд на 32 секунды.", number_rule("span", "23", "рекорд", unit="second"), "contradicts"),
    ("fr", "Il a battu le record de 23 secondes.", number_rule("span", "23", "record", unit="second"), "agrees"),
    ("en", "The outage lasted 2 hours.", number_rule("span", "120", "outage", unit="minute"), "agrees"),
    ("en", "The outage lasted 90 minutes.", number_rule("span", "2", "outage", unit="hour"), "contradicts"),
], ids=["de-seconds", "ru-seconds-wrong", "fr-seconds", "hours-as-minutes", "minutes-as-hours"])
def test_seconds_minutes_and_hours_are_spans_of_one_kind(language: str, body: str, rule: str, verdict: str) -> None:
    """CLDR's seconds in every language, and the clock's spans convert among themselves."""
    assert verdict_on("span", language, "2025-10-22", body, rule) == verdict


ARRESTED = entity_rule("arrested", "Dinesh Rawal", "Kavita Joshi", "arrested", "गिरफ्तार")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "District police chief Kavita Joshi said Dinesh Rawal was arrested on charges of negligence.", "agrees"),
    ("hi", "पुलिस अधीक्षक कविता जोशी ने बताया कि दिनेश रावल को 16 अप्रैल को गिरफ्तार किया गया।", "agrees"),
    ("en", "District police chief Dinesh Rawal said Kavita Joshi was arrested on charges of negligence.", "contradicts"),
    ("en", "Kavita Joshi said she had arrested the manager.", "contradicts"),
], ids=["en-speaker", "hi-speaker", "en-speaker-swapped", "en-speaker-alone"])
def test_the_speaker_is_not_the_one_the_reported_clause_names(language: str, body: str, verdict: str) -> None:
    """"Kavita Joshi said Dinesh Rawal was arrested": the one arrested is Rawal; a speaker
    with no other name in what she says is still read."""
    assert verdict_on("arrested", language, "2026-04-17", body, ARRESTED) == verdict


def test_a_unit_word_of_another_script_is_no_unit_and_a_sinhala_year_no_count() -> None:
    """The Telugu "కార్మికుడు" (worker) in a rule's units folds like the Sinhala "කාර්මික"
    (industrial), and "2017 දී" (in 2017) is a year."""
    rule = ("- {id: workers, check: number, expect: '37', unit: worker, units: [కార్మికుడు, කම්කරු, workers], "
            "about: [රෝහල්ගත, hospitalised]}\n")
    body = "2017 දී එම කාර්මික කලාපයේම 14 දෙනෙකු රෝහල්ගත විය."
    assert verdict_on("workers", "si", "2026-04-17", body, rule) == "silent"


LEAK = date_rule("leak", "2026-04-14", "leak")


@pytest.mark.parametrize("body, verdict", [
    ("The plant reopened on Thursday, April 16, after the gas leak.", "silent"),
    ("The plant reopened on Thursday after a gas leak.", "silent"),
    ("Residents fled after Tuesday's leak.", "agrees"),
    ("The gas leak began on Tuesday.", "agrees"),
], ids=["after-the-gas-leak", "after-a-gas-leak", "after-tuesdays-leak", "own-day"])
def test_an_event_after_after_with_a_word_describing_it_is_still_the_reference(body: str, verdict: str) -> None:
    """"reopened on Thursday after the gas leak": Thursday is the reopening's."""
    assert verdict_on("leak", "en", "2026-04-17", body, LEAK) == verdict


def test_a_hindi_rejection_with_its_light_verb_and_auxiliary_denies_the_claim() -> None:
    rule = phrase_rule("licence", "संयंत्र का लाइसेंस समाप्त हो चुका था")
    body = "निरीक्षणालय ने उन दावों को खारिज कर दिया कि संयंत्र का लाइसेंस समाप्त हो चुका था।"
    assert verdict_on("licence", "hi", "2026-04-17", body, rule) == "contradicts"


@pytest.mark.parametrize("language, body, rule, verdict", [
    ("en", "Tarus won the marathon in 2 hours, 0 minutes and 12 seconds.",
     number_rule("time", "7212", "marathon", unit="second"), "agrees"),
    ("ru", "Тарус выиграл марафон за 2 часа 0 минут 12 секунд.",
     number_rule("time", "7212", "марафон", unit="second"), "agrees"),
    ("en", "Tarus won the marathon in 2 hours, 0 minutes and 52 seconds.",
     number_rule("time", "7212", "marathon", unit="second"), "contradicts"),
    ("en", "The strike lasted 1 year and 6 months.", number_rule("time", "18", "strike", unit="month"), "agrees"),
], ids=["en-h-m-s", "ru-h-m-s", "en-h-m-s-wrong", "en-year-and-months"])
def test_a_span_of_time_written_in_parts_is_their_sum(language: str, body: str, rule: str, verdict: str) -> None:
    """"2 hours, 0 minutes and 12 seconds" is 7,212 seconds, not 12."""
    assert verdict_on("time", language, "2025-10-22", body, rule) == verdict


@pytest.mark.parametrize("language, body, rule", [
    ("uk", "Слідчі провели обшуки на 17 об'єктах.", _counted("17", "property", "об'єкт", "обшук")),
    ("uk", "Слідчі провели обшуки на 17 об’єктах.", _counted("17", "property", "об'єкт", "обшук")),
    ("pt", "Foram realizadas buscas a 17 imóveis.", _counted("17", "property", "imóvel", "buscas")),
], ids=["uk-apostrophe", "uk-right-quote", "pt-plural-in-is"])
def test_counted_nouns_with_an_apostrophe_or_a_plural_in_is(language: str, body: str, rule: str) -> None:
    """The Ukrainian apostrophe inside a word, typed as either quote, and the Portuguese
    plural of a noun in -l ("imóveis")."""
    assert verdict_on("counted", language, "2026-02-13", body, rule) == "agrees"


def test_a_serbian_deputy_in_the_feminine_is_another_holder() -> None:
    rule = entity_rule("mayor", "Emil Varda", "Lidia Marek", "градоначелник")
    body = "Заменица градоначелника Лидија Марек обратила се новинарима."
    assert verdict_on("mayor", "sr", "2026-02-13", body, rule) == "silent"


SEARCH = date_rule("search", "2025-03-11", "search")


@pytest.mark.parametrize("body, verdict", [
    (("The coast guard has called off the search for 11 sailors who have been missing since two cargo ships "
      "crashed in the strait early on Sunday."), "silent"),
    ("The search, which began on Tuesday, was called off.", "agrees"),
    ("The search for the sailors was called off on Sunday.", "contradicts"),
], ids=["another-nouns-relative-clause", "the-anchors-relative-clause", "own-clause"])
def test_a_date_in_a_relative_clause_of_another_noun_is_not_the_anchors(body: str, verdict: str) -> None:
    """"the search for 11 sailors who have been missing since … on Sunday": Sunday is the
    sailors' clause's; "the search, which began on Tuesday" dates the search."""
    assert verdict_on("search", "en", "2025-03-12", body, SEARCH) == verdict


def test_a_korean_day_before_the_verb_of_reporting_is_the_reports() -> None:
    rule = date_rule("confirmed", "2025-07-22", "확인")
    body = "기상청은 이 기록을 공식 확인했다고 AFP 통신 등이 23일 보도했다."
    assert verdict_on("confirmed", "ko", "2025-07-23", body, rule) == "silent"


@pytest.mark.parametrize("language, body", [
    ("ta", "இந்த வெப்பநிலை ஜூலை 14-ஆம் தேதி திங்கள்கிழமை பதிவானது."),
    ("vi", "Nhiệt độ này được ghi nhận vào chiều thứ Hai, ngày 14/7."),
], ids=["ta-weekday-after", "vi-weekday-before"])
def test_a_weekday_beside_its_own_date_is_that_date(language: str, body: str) -> None:
    """"ஜூலை 14-ஆம் தேதி திங்கள்கிழமை", "thứ Hai, ngày 14/7": Monday 14 July, no Monday after it."""
    rule = date_rule("reading", "2025-07-14", "வெப்பநிலை", "nhiệt độ")
    assert verdict_on("reading", language, "2025-07-23", body, rule) == "agrees"


@pytest.mark.parametrize("body", ["ගෑස් කාන්දුව හේතුවෙන් 3 කි.මී. සීමාවේ පදිංචිකරුවන්ට නිවෙස් තුළ රැඳී සිටින ලෙස දන්වා ඇත.",
                                  "ගෑස් කාන්දුව හේතුවෙන් 3 km සීමාවේ පදිංචිකරුවන්ට නිවෙස් තුළ රැඳී සිටින ලෙස දන්වා ඇත."],
                         ids=["si-abbreviation-with-marks", "si-latin-km"])
def test_kilometres_abbreviated_in_a_script_with_vowel_signs_or_in_latin(body: str) -> None:
    """"3 කි.මී." (its letters carry vowel signs) and "3 km", as Sinhala news writes both."""
    rule = number_rule("radius", "3", "කාන්දුව", unit="kilometer")
    assert verdict_on("radius", "si", "2026-04-17", body, rule) == "agrees"


def test_a_negation_in_another_sentence_of_one_quotation_denies_nothing() -> None:
    """A quotation keeps its sentences in one with its attribution; the danda still ends the
    first: its "नहीं" (not) is no denial of the confirmation after it."""
    rule = phrase_rule("confirmed", "मौसम विभाग ने इस रीडिंग की पुष्टि की")
    body = 'उन्होंने कहा, "समिति को कोई खराबी नहीं मिली। मौसम विभाग ने इस रीडिंग की पुष्टि कर दी है।"'
    assert verdict_on("confirmed", "hi", "2025-07-23", body, rule) == "agrees"


@pytest.mark.parametrize("body, verdict", [
    ("விமானத்தில் 178 பயணிகளும் 8 பணியாளர்களும் இருந்தனர்.", "agrees"),
    ("விமானத்தில் 187 பயணிகளும் 8 பணியாளர்களும் இருந்தனர்.", "contradicts"),
], ids=["and-on-the-noun", "and-on-the-noun-wrong"])
def test_a_tamil_counted_noun_with_and_written_on_it(body: str, verdict: str) -> None:
    """"178 பயணிகளும் 8 பணியாளர்களும்" (178 passengers and 8 crew): "-உம்" is "and", the noun the passengers."""
    rule = _counted("178", "passenger", "பயணி, passengers", "விமானம்")
    assert verdict_on("counted", "ta", "2025-11-09", body, rule) == verdict


@pytest.mark.parametrize("language, anchor, body", [
    ("cs", "potopit se", "Loď se potopila v neděli 9. března."),
    ("sk", "zraziť sa", "Lode sa zrazili v nedeľu 9. marca."),
    ("pl", "zderzyć się", "Statki zderzyły się w niedzielę 9 marca."),
], ids=["cs-se-before", "sk-sa-before", "pl-sie-after"])
def test_an_anchor_with_a_reflexive_pronoun_finds_its_verb_wherever_the_pronoun_stands(
        language: str, anchor: str, body: str) -> None:
    """Czech "se", Slovak "sa" stand in second place, before the verb: "potopit se" finds
    "loď se potopila"."""
    assert verdict_on("sank", language, "2025-03-12", body, date_rule("sank", "2025-03-09", anchor)) == "agrees"


@pytest.mark.parametrize("body, verdict", [
    ("Leitinni var hætt á þriðjudagskvöld.", "agrees"),
    ("Leitinni var hætt á mánudagskvöld.", "contradicts"),
], ids=["tuesday-evening", "monday-evening"])
def test_an_icelandic_weekday_with_a_part_of_the_day_on_its_genitive(body: str, verdict: str) -> None:
    """"á þriðjudagskvöld" (on Tuesday evening): the name's stem, "s", the part of the day."""
    rule = date_rule("search", "2025-03-11", "leit")
    assert verdict_on("search", "is", "2025-03-12", body, rule) == verdict


@pytest.mark.parametrize("language, rule, body, verdict", [
    ("pl", number_rule("zoo", "23", "zamknąć"), "Władze zamknęły 32 szkoły.", "contradicts"),
    ("ru", date_rule("zoo", "2026-04-13", "сбежать"), "Тигр, сбежавший в понедельник, 13 апреля, из зоопарка, найден.",
     "agrees"),
    ("nl", _counted("23", "school", "school", "dicht").replace("id: counted", "id: zoo"), "Er bleven 23 scholen dicht.",
     "agrees"),
    ("it", number_rule("zoo", "180", "tigre", unit="kilogram"), "La tigre pesa 180 chili.", "agrees"),
    ("pt", number_rule("zoo", "180", "tigre", unit="kilogram"), "O tigre pesa 180 quilos.", "agrees"),
], ids=["pl-nac-past", "ru-past-participle", "nl-long-vowel-plural", "it-kilos", "pt-kilos"])
def test_more_forms_of_verbs_and_units(language: str, rule: str, body: str, verdict: str) -> None:
    """Polish "zamknąć" finds "zamknęły", Russian "сбежать" its participle "сбежавший", a Dutch
    unit its plural with the long vowel written once ("scholen"), and the kilo of speech."""
    assert verdict_on("zoo", language, "2026-04-15", body, rule) == verdict


@pytest.mark.parametrize("language, anchor, body", [
    ("gl", "provincia", "O Goberno declarou a emerxencia en nove das 14 provincias do país."),
    ("ro", "provincie", "Guvernul a declarat stare de urgență în nouă din cele 14 provincii ale țării."),
    ("af", "provinsie", "Die regering het ’n noodtoestand in nege van die 14 provinsies verklaar."),
], ids=["gl-das", "ro-din-cele", "af-van-die"])
def test_a_part_of_a_whole_in_more_languages(language: str, anchor: str, body: str) -> None:
    """"nine of the 14 provinces": nine, the 14 being the whole."""
    assert verdict_on("part", language, "2025-08-05", body, number_rule("part", "9", anchor)) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("ru", "Суд приговорил Колмера к 14 годам лишения свободы. Обвинение просило 18 лет лишения свободы."),
    ("hy", "Դատարանը Կոլմերին դատապարտել է 14 տարվա ազատազրկում։ Մեղադրող կողմը պահանջել էր 18 տարվա ազատազրկում։"),
], ids=["ru-asked-for", "hy-had-demanded"])
def test_what_the_prosecution_asked_for_is_no_sentence(language: str, body: str) -> None:
    """"Обвинение просило 18 лет", "պահանջել էր 18 տարվա": the demand, not the sentence of 14 years."""
    rule = number_rule("term", "14", "лишения свободы", "ազատազրկում", unit="year")
    assert verdict_on("term", language, "2025-10-15", body, rule) == "agrees"


def test_a_ukrainian_sentence_to_years_past_a_long_object_is_no_bound() -> None:
    """"засудив колишнього керівника … Арвіда Колмера до 16 років": sentenced to 16 years, not up to 16."""
    rule = number_rule("term", "14", "позбавлення волі", unit="year")
    body = ("Суд засудив колишнього керівника департаменту закупівель міністерства оборони Арвіда Колмера "
            "до 16 років позбавлення волі.")
    assert verdict_on("term", "uk", "2025-10-15", body, rule) == "contradicts"


def test_mongolian_thousands_grouped_with_a_space() -> None:
    """"150 000 евро" is 150,000 euros, as Mongolian news groups them, no 0."""
    rule = number_rule("fine", "150000", "торгууль", unit="EUR")
    body = "Шүүх Колмерт 150 000 евро торгууль ногдуулсан."
    assert verdict_on("fine", "mn", "2025-10-15", body, rule) == "agrees"


@pytest.mark.parametrize("body, verdict", [
    ("Lo zoo ha smentito che un custode sia rimasto ferito.", "agrees"),
    ("Un custode è rimasto ferito.", "contradicts"),
], ids=["denied-with-subject-and-auxiliary", "stated"])
def test_a_denial_reaches_past_the_subject_and_auxiliary_of_its_clause(body: str, verdict: str) -> None:
    """"ha smentito che un custode sia rimasto ferito" (denied that a keeper was hurt) states
    that nobody was hurt; the subject and its auxiliary between "che" and the match do not stop it."""
    rule = phrase_rule("hurt", "nessuno è rimasto ferito")
    assert verdict_on("hurt", "it", "2026-04-15", body, rule) == verdict
