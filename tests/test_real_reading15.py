"""Reports as the wire writes them: what reading news in more languages showed, a fifteenth round."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, verdict_on

VISIT = date_rule("visit", "2026-12-03", "posjet", "visit", "визит", "візит", "návštěva", "návšteva", "obisk",
                  "vizīte", "vizitas", "посета", "посещение", "посещението", "επίσκεψη", "visita", "besøk", "besøg",
                  "ziara")


@pytest.mark.parametrize("language, body", [
    ("hr", "Posjet Moskvi počinje u četvrtak."),
    ("hr", "U četvrtak počinje posjet Moskvi."),
    ("sr", "Посета Москви почиње у четвртак."),
    ("sl", "Obisk v Moskvi se začne v četrtek."),
    ("mk", "Посетата на Москва започнува во четврток."),
    ("bg", "Посещението в Москва започва в четвъртък."),
    ("ru", "Визит в Москву начинается в четверг."),
    ("ru", "Визит в Москву завершается в четверг."),
    ("uk", "Візит до Москви починається в четвер."),
    ("cs", "Návštěva Moskvy začíná ve čtvrtek."),
    ("sk", "Návšteva Moskvy sa končí vo štvrtok."),
    ("lt", "Vizitas Maskvoje prasideda ketvirtadienį."),
    ("lv", "Vizīte Maskavā sākas ceturtdien."),
    ("el", "Η επίσκεψη στη Μόσχα αρχίζει την Πέμπτη."),
    ("ca", "La visita a Moscou comença dijous."),
    ("gl", "A visita a Moscova comeza o xoves."),
    ("nb", "Besøket i Moskva begynner torsdag."),
    ("da", "Besøget i Moskva begynder torsdag."),
    ("sq", "Vizita në Moskë fillon të enjten."),
    ("sw", "Ziara ya Moscow inaanza Alhamisi."),
], ids=["hr", "hr-day-first", "sr-cyrl", "sl", "mk", "bg", "ru", "ru-ends", "uk", "cs", "sk", "lt", "lv", "el", "ca",
        "gl", "nb", "da", "sq", "sw"])
def test_a_present_of_beginning_or_ending_schedules_the_coming_weekday(language: str, body: str) -> None:
    """Published on Monday 30 November: "begins on Thursday" is 3 December, not the Thursday before."""
    assert verdict_on("visit", language, "2026-11-30", body, VISIT) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("hr", "Posjet Moskvi počeo je u četvrtak."),
    ("ru", "Визит в Москву начался в четверг."),
    ("sl", "Obisk v Moskvi se je začel v četrtek."),
    ("lt", "Vizitas Maskvoje prasidėjo ketvirtadienį."),
    ("el", "Η επίσκεψη στη Μόσχα άρχισε την Πέμπτη."),
    ("ca", "La visita a Moscou va començar dijous."),
    ("gl", "A visita a Moscova comezou o xoves."),
    ("nb", "Besøket i Moskva begynte torsdag."),
    ("sw", "Ziara ya Moscow ilianza Alhamisi."),
    ("sq", "Vizita në Moskë filloi të enjten."),
], ids=["hr", "ru", "sl", "lt", "el", "ca", "gl", "nb", "sw", "sq"])
def test_the_past_of_beginning_still_tells_the_weekday_before(language: str, body: str) -> None:
    """"began on Thursday", published on Monday 30 November, is 26 November."""
    assert verdict_on("visit", language, "2026-11-30", body, VISIT) == "contradicts"


FIRE = date_rule("fire", "2025-08-11", "incêndio", "incendio", "fire", "incendiu")


@pytest.mark.parametrize("language, body, verdict", [
    ("pt", "A proteção civil deu o incêndio como dominado.", "silent"),
    ("es", "El incendio fue controlado con un martillo hidráulico.", "silent"),
    ("pt", "O incêndio começou no domnigo.", "contradicts"),
    ("en", "The fire broke out on Wedensday.", "contradicts"),
    ("ro", "Incendiul a izbucnit miercurea trecută.", "contradicts"),
], ids=["pt-dominado", "es-martillo", "pt-typo", "en-typo", "ro-article"])
def test_a_word_that_changes_a_weekdays_ending_is_a_weekday_only_where_names_take_endings(
        language: str, body: str, verdict: str) -> None:
    """Portuguese "dominado" (under control) is no "domingo" (Sunday): Portuguese weekdays take
    no endings; a typo of one is still read, and Romanian "miercurea" (the Wednesday) is one."""
    assert verdict_on("fire", language, "2025-08-15", body, FIRE) == verdict


def _firefighters(expect: str) -> str:
    return (f"- {{id: crews, check: number, expect: '{expect}', unit: firefighter, "
            "units: [vigile del fuoco, رجل إطفاء, bazický bod], about: [vigili, firefighters, إطفاء]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("it", "Sul posto hanno operato 620 vigili del fuoco.", "agrees"),
    ("it", "Sul posto hanno operato 520 vigili del fuoco.", "contradicts"),
    ("it", "Sul posto hanno operato 620 vigili urbani e 80 vigili del fuoco.", "contradicts"),
    ("ar", "وشارك في عمليات الإطفاء 620 رجل إطفاء.", "agrees"),
    ("ar", "وشارك في عمليات الإطفاء 620 رجال إطفاء.", "agrees"),
], ids=["it", "it-wrong", "it-other-vigili", "ar", "ar-plural"])
def test_a_unit_of_several_words_is_read_word_by_word_in_its_inflections(language: str, body: str,
                                                                          verdict: str) -> None:
    """`units: [vigile del fuoco]` reads "620 vigili del fuoco"; "vigili urbani" (traffic wardens) are none."""
    assert verdict_on("crews", language, "2025-08-15", body, _firefighters("620")) == verdict


RISE = ("- {id: rise, check: number, expect: '150', unit: basis point, units: [bazický bod], "
        "about: [rate, sazbu]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The central bank raised the rate by 150 basis points.", "agrees"),
    ("en", "The central bank raised the rate by 50 basis points.", "contradicts"),
    ("cs", "Centrální banka zvýšila sazbu o 150 bazických bodů.", "agrees"),
    ("cs", "Centrální banka zvýšila sazbu o 150 bazických procent.", "silent"),
], ids=["en", "en-wrong", "cs", "cs-other-unit"])
def test_a_rule_in_a_unit_of_several_words_reads_it_after_the_figure(language: str, body: str, verdict: str) -> None:
    assert verdict_on("rise", language, "2025-10-15", body, RISE) == verdict


RATE = ("- {id: rate, check: number, expect: '9.75', unit: percent, "
        "about: [likme, likmi, palūkanų norma, kamatna stopa, obrestna mera, лихва]}\n")


@pytest.mark.parametrize("language, body", [
    ("lv", "Banka paaugstināja bāzes procentu likmi līdz 10,25%."),
    ("lt", "Bankas padidino bazinę palūkanų normą iki 10,25 proc."),
    ("hr", "Središnja banka podigla je kamatnu stopu do 10,25 posto."),
    ("sl", "Centralna banka je dvignila obrestno mero do 10,25 odstotka."),
    ("bg", "Централната банка повиши основната лихва до 10,25%."),
], ids=["lv", "lt", "hr", "sl", "bg"])
def test_to_after_a_verb_that_raises_a_figure_is_the_value_reached_not_a_bound(language: str, body: str) -> None:
    """"raised the rate to 10.25%" states 10.25%, not "up to 10.25%", which 9.75% would agree with."""
    assert verdict_on("rate", language, "2025-10-15", body, RATE) == "contradicts"
    assert verdict_on("rate", language, "2025-10-15", body.replace("10,25", "9,75"), RATE) == "agrees"


MEETING = date_rule("meeting", "2025-10-14", "meeting", "Sitzung", "заседание", "posiedzenie")


@pytest.mark.parametrize("language, body", [
    ("en", "The central bank raised its key rate at an unscheduled meeting on Tuesday. "
           "Analysts had expected a rise only at the next meeting on 4 December."),
    ("de", "Die Notenbank hob den Leitzins am Dienstag bei einer außerordentlichen Sitzung an. "
           "Volkswirte hatten eine Zinserhöhung erst bei der nächsten Sitzung am 4. Dezember erwartet."),
    ("ru", "Центробанк повысил ставку на внеочередном заседании во вторник. "
           "Аналитики ожидали повышения только на следующем заседании 4 декабря."),
    ("pl", "Bank podniósł stopy na nadzwyczajnym posiedzeniu we wtorek. "
           "Ekonomiści spodziewali się podwyżki dopiero na następnym posiedzeniu 4 grudnia."),
], ids=["en", "de", "ru", "pl"])
def test_the_next_meeting_beside_one_dated_this_week_is_another(language: str, body: str) -> None:
    """Published on 15 October: "the next meeting on 4 December" is no date of Tuesday's meeting."""
    assert verdict_on("meeting", language, "2025-10-15", body, MEETING) == "agrees"


@pytest.mark.parametrize("body, verdict", [
    ("The next meeting of the board is on 4 December.", "contradicts"),
    ("The next meeting will be held on 14 October. The meeting will discuss rates.", "agrees"),
], ids=["alone", "beside-the-meeting-undated"])
def test_the_next_meeting_is_the_rules_where_nothing_dates_one_before_it(body: str, verdict: str) -> None:
    """A preview names the meeting it is about as "the next meeting": its date is read."""
    assert verdict_on("meeting", "en", "2025-10-15", body, MEETING) == verdict


RESCUED = ("- {id: rescued, check: number, expect: '147', unit: people, units: [জন, लोग, लोक, ဦး], "
           "about: [উদ্ধার, बचा, वाचवण्यात, ကယ်ဆယ်]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("bn", "১৪৭ জনকে জীবিত উদ্ধার করা হয়েছে।", "agrees"),
    ("bn", "১৩৭ জনকে জীবিত উদ্ধার করা হয়েছে।", "contradicts"),
    ("hi", "147 लोगों को बचा लिया गया।", "agrees"),
    ("hi", "137 लोगों को बचा लिया गया।", "contradicts"),
    ("mr", "137 लोकांना वाचवण्यात आले.", "contradicts"),
    ("my", "၁၃၇ ဦးကို ကယ်ဆယ်နိုင်ခဲ့သည်။", "contradicts"),
], ids=["bn", "bn-wrong", "hi", "hi-wrong", "mr-wrong", "my-wrong"])
def test_a_counted_noun_with_its_case_ending_is_the_unit(language: str, body: str, verdict: str) -> None:
    """"১৩৭ জনকে উদ্ধার" (137 persons rescued, the object), "137 लोगों को": the unit with its case."""
    assert verdict_on("rescued", language, "2025-03-18", body, RESCUED) == verdict


ABOARD = ("- {id: aboard, check: number, expect: '212', unit: passenger, units: [乗客, 승객, 乘客, ผู้โดยสาร, ခရီးသည်], "
          "about: [乗客, 승객, 乘客, ผู้โดยสาร, ခရီးသည်]}\n")


@pytest.mark.parametrize("language, body", [
    ("ja", "フェリーには乗客312人が乗っていた。"),
    ("ko", "여객선에는 승객 312명이 타고 있었다."),
    ("zh", "船上共有312名乘客。"),
    ("th", "เรือลำนี้มีผู้โดยสาร 312 คน"),
    ("my", "ခရီးသည် ၃၁၂ ဦး ပါရှိခဲ့သည်။"),
], ids=["ja", "ko", "zh", "th", "my"])
def test_a_figure_with_a_counter_counts_the_noun_beside_it(language: str, body: str) -> None:
    """"乗客312人" (passengers, 312 persons), "312名乘客": a rule about passengers reads 312."""
    assert verdict_on("aboard", language, "2025-03-18", body, ABOARD) == "contradicts"
    assert verdict_on("aboard", language, "2025-03-18", body.replace("312", "212").replace("၃၁၂", "၂၁၂"),
                      ABOARD) == "agrees"


def test_a_burmese_verb_ending_in_and_then_parts_the_clauses_of_two_figures() -> None:
    rules = ("- {id: aboard, check: number, expect: '212', unit: passenger, units: [ခရီးသည်], about: [ခရီးသည်]}\n"
             + RESCUED)
    body = "ခရီးသည် ၂၁၂ ဦး ပါရှိခဲ့ပြီး ၁၃၇ ဦးကို ကယ်ဆယ်နိုင်ခဲ့သည်။"  # 212 were aboard and 137 were rescued
    assert verdict_on("rescued", "my", "2025-03-18", body, rules) == "contradicts"
    assert verdict_on("aboard", "my", "2025-03-18", body, rules) == "agrees"


LIFTED = date_rule("lifted", "2025-08-14", "إخلاء", "פינוי", "تخلیه")


@pytest.mark.parametrize("language, body", [
    ("ar", "مارينزا - 15 أغسطس/آب 2025 - رفعت السلطات أمر الإخلاء."),
    ("ar", "مارينزا، 15 أغسطس 2025 - رفعت السلطات أمر الإخلاء."),
    ("he", "מרנזה - 15 באוגוסט 2025 - הרשויות ביטלו את צו הפינוי."),
    ("fa", "مارنزا - ۲۴ مرداد ۱۴۰۴ - مقامات دستور تخلیه را لغو کردند."),
], ids=["ar", "ar-comma", "he", "fa"])
def test_a_place_and_a_dated_year_between_dashes_is_a_dateline_in_scripts_without_capitals(language: str,
                                                                                            body: str) -> None:
    """The day of filing dates nothing the lead tells."""
    assert verdict_on("lifted", language, "2025-08-15", body, LIFTED) == "silent"


def test_a_date_with_its_year_in_the_lead_before_a_dash_is_still_read() -> None:
    body = "رفعت السلطات أمر الإخلاء في 15 أغسطس 2025 - بحسب البيان."
    assert verdict_on("lifted", "ar", "2025-08-15", body, LIFTED) == "contradicts"


@pytest.mark.parametrize("language, about, body", [
    ("es", "evacuar", "Unas 4.300 personas fueron evacuadas el martes."),
    ("pt", "evacuar", "Os moradores foram evacuados na terça-feira."),
    ("fr", "évacuer", "Quelque 4.300 personnes ont été évacuées mardi."),
    ("it", "sequestrare", "I sette ingegneri furono sequestrati martedì."),
    ("hr", "prihvatiti", "Sabor je u utorak prihvatio ostavku."),
    ("sl", "potrditi", "Državni zbor je v torek potrdil odstop."),
    ("pl", "porwać", "Inżynierowie zostali porwani we wtorek."),
    ("ru", "закрыть", "Аэропорт закрыли во вторник."),
    ("tr", "kaçırmak", "Mühendisler salı günü kaçırıldı."),
    ("cs", "uzavřít", "Letiště bylo uzavřeno v úterý."),
], ids=["es", "pt", "fr", "it", "hr", "sl", "pl", "ru", "tr", "cs"])
def test_a_verb_written_in_about_as_its_infinitive_finds_its_participles_and_pasts(language: str, about: str,
                                                                                 body: str) -> None:
    """An editor writes the dictionary form ("evacuar"); the wire writes "fueron evacuadas"."""
    rules = date_rule("done", "2025-10-14", about)
    assert verdict_on("done", language, "2025-10-16", body, rules) == "agrees"


def test_a_guessed_infinitive_meets_only_itself() -> None:
    """Spanish "aprovada" read as "aprovar" is no Catalan "aprovat", a letter off."""
    rules = date_rule("done", "2025-10-14", "aprovat")
    assert verdict_on("done", "es", "2025-10-16", "La llei va ser aprovada el martes.", rules) == "silent"


NO_RANSOM = ("- {id: ransom, check: phrase, expect: {es: [no se ha pagado ningún rescate], "
             "pt: [não foi pago nenhum resgate], fr: [aucune rançon n'a été versée], it: [nessun riscatto è stato pagato], "
             "en: [no ransom was paid], nl: [er is geen losgeld betaald], pl: [nie zapłacono żadnego okupu]}, "
             "contradicted_by: {es: [se pagó un rescate], pt: [foi pago um resgate], fr: [a versé une rançon], "
             "it: [ha pagato un riscatto], en: [paid a ransom], nl: [losgeld werd betaald], pl: [zapłacono okup]}}\n")


@pytest.mark.parametrize("language, body", [
    ("es", "Los Gobiernos de Roma y Mascate negaron haber pagado un rescate."),
    ("pt", "Os governos de Roma e Mascate negaram ter pago qualquer resgate."),
    ("fr", "Rome a nié avoir versé une rançon."),
    ("it", "Il governo ha negato di aver pagato un riscatto."),
    ("en", "Rome denied having paid a ransom."),
    ("nl", "Italië en Oman ontkennen dat er losgeld is betaald."),
    ("pl", "Rzym i Maskat zaprzeczyły, jakoby zapłacono okup."),
], ids=["es-haber", "pt-ter", "fr-avoir", "it-di-aver", "en-having", "nl-ontkennen", "pl-jakoby"])
def test_a_verb_of_denying_before_the_deed_denies_it(language: str, body: str) -> None:
    """"negaron haber pagado un rescate" (denied having paid a ransom) states no ransom was paid."""
    assert verdict_on("ransom", language, "2025-10-16", body, NO_RANSOM) == "agrees"


def test_a_verb_of_denying_itself_negated_denies_nothing() -> None:
    """"no negó haber pagado un rescate" (did not deny having paid) states no denial."""
    body = "El Gobierno no negó haber pagado un rescate."
    assert verdict_on("ransom", "es", "2025-10-16", body, NO_RANSOM) != "agrees"


RESIGNED = "- {id: resigned, check: phrase, expect: {sr: [premijer je podneo ostavku], hr: [premijer je podnio ostavku]}}\n"


@pytest.mark.parametrize("language, body", [
    ("sr", "Premijer odbio je da podnese ostavku."),
    ("sr", "Премијер одбио је да поднесе оставку."),
    ("hr", "Premijer je odbio da podnese ostavku."),
], ids=["sr-aux-after", "sr-cyrl", "hr-da"])
def test_a_refusal_past_its_auxiliary_denies_the_deed(language: str, body: str) -> None:
    """"Premijer odbio je da podnese ostavku" (refused to resign) states no resignation."""
    assert verdict_on("resigned", language, "2025-11-18", body, RESIGNED) == "contradicts"


CLOSED = ("- {id: closed, check: phrase, expect: {de: [der Flughafen wurde geschlossen], nl: [de luchthaven werd gesloten], "
          "sv: [regeringen godkände budgeten]}}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("de", "Am Sonntag wurde der Flughafen geschlossen.", "agrees"),
    ("de", "Wegen der Asche wurde der Flughafen am Sonntag geschlossen.", "agrees"),
    ("de", "Am Sonntag wurde der Flughafen nicht geschlossen.", "contradicts"),
    ("nl", "Op zondag werd de luchthaven gesloten.", "agrees"),
    ("sv", "I söndags godkände regeringen budgeten.", "agrees"),
], ids=["de", "de-after-a-cause", "de-negated", "nl", "sv"])
def test_the_verb_second_before_its_subject_states_the_phrasing(language: str, body: str, verdict: str) -> None:
    """"Am Sonntag wurde der Flughafen geschlossen" states "Der Flughafen wurde geschlossen"."""
    assert verdict_on("closed", language, "2025-10-16", body, CLOSED) == verdict


def test_a_question_that_opens_with_the_verb_states_nothing() -> None:
    assert verdict_on("closed", "de", "2025-10-16", "Wurde der Flughafen geschlossen?", CLOSED) == "silent"


def test_inverted_subject_and_object_state_nothing_of_the_other_order() -> None:
    rules = "- {id: won, check: phrase, expect: {de: [Russland besiegte die Ukraine im Finale]}}\n"
    body = "Am Sonntag besiegte die Ukraine im Finale Russland."
    assert verdict_on("won", "de", "2025-10-16", body, rules) == "silent"


def test_a_noun_of_the_phrasing_before_its_subject_is_no_inverted_verb() -> None:
    """"Die Einladung von Putin wurde von Kim angenommen" (Kim accepted Putin's invitation)
    states no "Putin hat die Einladung angenommen": "Einladung" is a noun, no verb put first."""
    rules = "- {id: accepted, check: phrase, expect: {de: [Putin hat die Einladung angenommen]}}\n"
    body = "Die Einladung von Putin wurde von Kim angenommen."
    assert verdict_on("accepted", "de", "2025-10-16", body, rules) == "silent"


RESIGNATION = date_rule("resignation", "2025-11-16", "resignation", "оставка", "оставката", "dorëheqje", "demisia",
                        "quake")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "Halden announced his resignation on Sunday.", "agrees"),
    ("bg", "Халден обяви оставката си в неделя.", "agrees"),
    ("sq", "Halden njoftoi dorëheqjen të dielën.", "agrees"),
    ("ro", "Halden și-a anunțat demisia duminică.", "agrees"),
    ("en", "The ministry said on Saturday the quake killed nine people.", "silent"),
], ids=["en", "bg", "sq", "ro", "said-on-a-day-before-the-anchor"])
def test_a_date_after_the_anchor_a_verb_of_saying_announces_is_the_anchors(language: str, body: str,
                                                                          verdict: str) -> None:
    """"announced his resignation on Sunday": Sunday is the resignation's, what was announced;
    "said on Saturday the quake …" still dates the saying."""
    assert verdict_on("resignation", language, "2025-11-18", body, RESIGNATION) == verdict


HOSTAGES = number_rule("hostages", "7", "hostages", "gijzelaars", unit="hostage")


@pytest.mark.parametrize("body, verdict", [
    ("Seven Italian hostages were freed in the Sahel on Tuesday.", "agrees"),
    ("Six Italian hostages were freed in the Sahel on Tuesday.", "contradicts"),
    ("In 2019 Italian hostages were freed in the Sahel.", "silent"),
], ids=["seven", "six", "a-year"])
def test_a_capitalised_word_between_a_figure_and_its_noun_describes_the_noun(body: str, verdict: str) -> None:
    assert verdict_on("hostages", "en", "2025-10-16", body, HOSTAGES) == verdict


def test_a_portuguese_plural_in_ns_is_its_noun_in_m() -> None:
    """"os sete reféns" are the rule's "refém" (hostage)."""
    rules = date_rule("freed", "2025-10-14", "refém")
    body = "Os sete reféns foram libertados na terça-feira."
    assert verdict_on("freed", "pt", "2025-10-16", body, rules) == "agrees"


def test_a_compound_with_a_case_ending_on_its_head_stands_for_the_head() -> None:
    """"die Chefin des Vulkanobservatoriums" names the rule's "Observatorium" (its genitive)."""
    rules = entity_rule("director", "Ingrid Hallberg", "Paul Ostrand", "Observatorium")
    body = "Das sagte die Chefin des Vulkanobservatoriums, Ingrid Hallberg."
    assert verdict_on("director", "de", "2025-10-16", body, rules) == "agrees"


@pytest.mark.parametrize("body, value", [
    ("Сімох заручників звільнили у вівторок.", 7),
    ("П'ятьох людей госпіталізували.", 5),
    ("Десятьох рятувальників нагородили.", 10),
], ids=["simokh", "pyatokh", "desyatokh"])
def test_ukrainian_collective_numerals_in_the_accusative_count(body: str, value: int) -> None:
    from checker.facts.numbers import find_numbers

    assert [m.value.min for m in find_numbers(body, "uk")] == [value]


CEO = entity_rule("ceo", "Helena Marquardt", "Markus Ritter", "Vorstandsvorsitz", "chief executive", "Vorstandschefin",
                  "directrice", "consejera")


@pytest.mark.parametrize("language, body, verdict", [
    ("de", "Vorstandschefin Helena Marquardt ist Nachfolgerin von Markus Ritter.", "agrees"),
    ("en", "Helena Marquardt, who replaced Markus Ritter as chief executive in 2023, spoke.", "agrees"),
    ("en", "Marquardt succeeded Markus Ritter as chief executive in 2023.", "silent"),
    ("de", "Marquardt hatte den Vorstandsvorsitz 2023 von Markus Ritter übernommen.", "silent"),
    ("en", "Markus Ritter succeeded Helena Marquardt as chief executive in 2023.", "contradicts"),
], ids=["de-nachfolgerin", "en-replaced", "en-succeeded", "de-von-uebernommen", "the-other-way"])
def test_the_one_succeeded_is_a_former_holder(language: str, body: str, verdict: str) -> None:
    """"Helena Marquardt, who replaced Markus Ritter" states Marquardt, not Ritter, as chief executive."""
    assert verdict_on("ceo", language, "2025-10-24", body, CEO) == verdict


CUP = ("- {id: cup, check: phrase, expect: {en: [Varossa won the cup], de: [Varossa gewann den Pokal], "
       "es: [Varossa ganó la copa]}, contradicted_by: {en: [Varossa lost the final], de: [Varossa verlor das Finale], "
       "es: [Varossa perdió la final]}}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "Varossa did not concede again and won the cup.", "agrees"),
    ("en", "Varossa did not play well and lost the final.", "contradicts"),
    ("de", "Varossa spielte nicht gut und verlor das Finale.", "contradicts"),
    ("es", "Varossa no jugó bien y perdió la final.", "contradicts"),
    ("en", "Varossa did not win the cup.", "contradicts"),
], ids=["en-won", "en-lost", "de-lost", "es-lost", "en-not-won"])
def test_a_negation_before_and_denies_the_predicate_before_it_not_the_next(language: str, body: str,
                                                                          verdict: str) -> None:
    """"did not concede again and won the cup" states the win; "did not win the cup" denies it."""
    assert verdict_on("cup", language, "2026-05-31", body, CUP) == verdict


def _goals(unit: str) -> str:
    return f"- {{id: goals, check: number, expect: '3', unit: goal, units: [{unit}], about: [Varossa]}}\n"


@pytest.mark.parametrize("language, unit, body, verdict", [
    ("de", "Tor", "Varossa gewann mit drei Toren.", "agrees"),
    ("de", "Tor", "Varossa gewann mit zwei Toren.", "contradicts"),
    ("es", "gol", "Varossa ganó con tres goles.", "agrees"),
    ("ru", "гол", "Варосса победила, забив три гола.", "agrees"),
    ("fr", "but", "Varossa a gagné avec trois buts.", "agrees"),
], ids=["de", "de-wrong", "es", "ru", "fr"])
def test_a_unit_of_three_letters_is_read_with_its_ending(language: str, unit: str, body: str, verdict: str) -> None:
    assert verdict_on("goals", language, "2026-05-31", body, _goals(unit)) == verdict


@pytest.mark.parametrize("language, body", [
    ("el", "Τουλάχιστον 23 άνθρωποι αγνοούνται."),
    ("sq", "Të paktën 23 persona mungojnë."),
    ("mt", "Mill-inqas 23 persuna għadhom neqsin."),
    ("fi", "Vähintään 23 ihmistä on kadoksissa."),
    ("da", "Mindst 23 personer er savnet."),
], ids=["el", "sq", "mt", "fi", "da"])
def test_at_least_takes_its_figure_in(language: str, body: str) -> None:
    from checker.facts.numbers import find_numbers

    [mention] = find_numbers(body, language)
    assert (mention.value.min, mention.value.max, mention.value.inclusive) == (23, None, True)


SCORER = entity_rule("scorer", "Marek Davoli", "Luca Ferrante", "winner", "vincente")


@pytest.mark.parametrize("language, body", [
    ("en", "Luca Ferrante levelled after the break and Marek Davoli scored the winner."),
    ("it", "Luca Ferrante ha pareggiato dopo l'intervallo e Marek Davoli ha segnato il gol vincente."),
], ids=["en", "it"])
def test_a_name_in_another_clause_joined_by_and_is_not_the_anchors(language: str, body: str) -> None:
    """"Luca Ferrante levelled … and Marek Davoli scored the winner" names the scorer of the winner."""
    assert verdict_on("scorer", language, "2026-05-31", body, SCORER) == "agrees"


def test_names_listed_with_and_are_both_the_anchors() -> None:
    rules = entity_rule("guests", "Marek Davoli", "Luca Ferrante", "attended")
    assert verdict_on("guests", "en", "2026-05-31", "Luca Ferrante and Marek Davoli attended the ceremony.",
                      rules) == "unclear"


def test_the_night_to_a_weekday_moves_nothing_to_the_coming_one() -> None:
    """"kenterte in der Nacht auf Dienstag" (capsized in the night to Tuesday) is this week's
    night, not a day the capsizing was moved to; "auf Dienstag verschoben" still is."""
    rules = date_rule("capsized", "2025-10-14", "Boot", "Abstimmung")
    body = "Das Boot kenterte in der Nacht auf Dienstag."
    assert verdict_on("capsized", "de", "2025-10-16", body, rules) == "unclear"  # Monday night into Tuesday
    moved = "Die Abstimmung wurde auf Dienstag verschoben."
    assert verdict_on("capsized", "de", "2025-10-16", moved, rules) == "contradicts"  # the coming Tuesday, the 21st


MISSING = ("- {id: missing, check: number, expect: '23', unit: person, units: [dispersi, persone, migranti], "
           "about: [dispersi]}\n")


@pytest.mark.parametrize("body, verdict", [
    ("Sono 23 i dispersi.", "agrees"),
    ("Sono 32 i dispersi.", "contradicts"),
    ("Sono 23 i dispersi dopo che un barchino con 72 migranti a bordo si è capovolto.", "unclear"),
], ids=["23", "32", "beside-those-aboard"])
def test_a_figure_before_the_article_of_its_noun_counts_it(body: str, verdict: str) -> None:
    """"Sono 23 i dispersi" (23 are the missing) states 23 for a rule in the unit of "dispersi"."""
    assert verdict_on("missing", "it", "2025-10-16", body, MISSING) == verdict


MEETING_HU = date_rule("meeting", "2025-10-14", "ülés", "ülésén", "Sitzung")


@pytest.mark.parametrize("language, body, verdict", [
    ("hu", "Budapest, 2025. október 15., szerda (MTI) – 150 bázisponttal emelte az alapkamatot rendkívüli ülésén "
           "a jegybank.", "silent"),
    ("de", "Berlin, 15. Oktober 2025 (dpa) - 150 Abgeordnete kamen zur Sitzung am Montag.", "contradicts"),
    ("hu", "A jegybank 2025. október 14-én (kedden) - 150 bázisponttal emelte az alapkamatot rendkívüli ülésén.",
     "agrees"),
], ids=["hu-mti", "de-dpa", "hu-a-word-in-brackets"])
def test_a_dateline_with_its_agency_may_precede_a_lead_that_opens_with_a_figure(language: str, body: str,
                                                                                verdict: str) -> None:
    """The day of filing, "2025. október 15., szerda (MTI) –", dates no meeting of the lead."""
    assert verdict_on("meeting", language, "2025-10-15", body, MEETING_HU) == verdict


@pytest.mark.parametrize("anchor, text, language", [
    ("tiltas", "ant tilto", "lt"),
    ("tiltas", "tiltui", "lt"),
    ("posėdis", "bankas posėdyje", "lt"),
    ("posėdis", "po posėdžio", "lt"),
    ("tilts", "tilta", "lv"),
], ids=["tilto", "tiltui", "posedyje", "posedzio", "lv-tilta"])
def test_a_short_baltic_stem_takes_another_case_ending(anchor: str, text: str, language: str) -> None:
    """"posėdyje" (at the meeting) is "posėdis": the nominative's -is replaced by the locative's -yje."""
    from checker.text.fuzzy import PhraseIndex
    from checker.text.normalise import fold_words

    index = PhraseIndex([anchor], min_score=85)
    assert anchor in index.find(index.token_scores(fold_words(text), language))


@pytest.mark.parametrize("language, body", [
    ("sq", "Të dielën protestat përfunduan pas 23 ditësh. Në vitin 2019 protestat zgjatën 11 ditë."),
    ("ro", "Duminică, protestele s-au încheiat după 23 de zile. În anul 2019 protestele au durat 11 zile."),
], ids=["sq-ne-vitin", "ro-in-anul"])
def test_in_the_year_dates_an_earlier_event(language: str, body: str) -> None:
    """"Në vitin 2019" (in the year 2019), with no comma after it, dates the protests of 2019."""
    rules = number_rule("days", "23", "protesta", "protestat", "protestele", unit="day")
    assert verdict_on("days", language, "2025-11-18", body, rules) == "agrees"


@pytest.mark.parametrize("text, unit", [
    ("po 23 dneh protestov", "day"),
    ("po 6 mesecih", "month"),
], ids=["dneh", "mesecih"])
def test_a_slovene_span_in_the_locative_is_read_in_its_unit(text: str, unit: str) -> None:
    from checker.facts.numbers import find_numbers

    [mention] = find_numbers(text, "sl")
    assert mention.value.unit == unit


@pytest.mark.parametrize("body", [
    "« Ce trimestre est solide », a déclaré la directrice générale, Helena Marquardt.",
    "L'ambassadrice Helena Marquardt est arrivée.",
], ids=["directrice", "ambassadrice"])
def test_a_french_title_in_the_feminine_is_its_masculine(body: str) -> None:
    rules = entity_rule("head", "Helena Marquardt", "Markus Ritter", "directeur général", "ambassadeur")
    assert verdict_on("head", "fr", "2025-10-24", body, rules) == "agrees"
