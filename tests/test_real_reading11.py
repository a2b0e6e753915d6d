"""Reports as the wire writes them: what reading news in more languages showed, a further round."""

from __future__ import annotations

import datetime as dt

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, verdict_on

from checker.facts.dates import find_dates

_AGE = ("età pensionabile", "edad de jubilación", "âge de départ", "vârsta de pensionare")


@pytest.mark.parametrize("language, body", [
    ("it", "Con la riforma l'età pensionabile passa da 62 a {} anni."),
    ("it", "Il governo alza l'età pensionabile da 62 a {} anni."),
    ("it", "La legge porta l'età pensionabile da 62 a {} anni."),
    ("es", "Con la reforma, la edad de jubilación pasa de 62 a {} años."),
    ("es", "La reforma retrasa la edad de jubilación de 62 a {} años."),
    ("fr", "La réforme repousse l'âge de départ de 62 à {} ans."),
    ("fr", "La réforme relève l'âge de départ de 62 à {} ans."),
    ("ro", "Vârsta de pensionare crește de la 62 la {} de ani."),
], ids=["it-passa", "it-alza", "it-porta", "es-pasa", "es-retrasa", "fr-repousse", "fr-releve", "ro-creste"])
@pytest.mark.parametrize("stated, verdict", [("64", "agrees"), ("65", "contradicts")])
def test_a_change_from_one_figure_to_another_states_the_second_not_a_range(
        language: str, body: str, stated: str, verdict: str) -> None:
    """"da 62 a 65" after a verb of change is where the age goes, not an age between 62 and
    65 (which would agree with 64)."""
    rules = number_rule("age", "64", *_AGE, unit="year")
    assert verdict_on("age", language, "2026-11-27", body.format(stated), rules) == verdict


def test_from_to_without_a_verb_of_change_stays_a_range() -> None:
    rules = number_rule("age", "64", *_AGE, unit="year")
    body = "L'età pensionabile sarà compresa da 62 a 66 anni, secondo la proposta."
    assert verdict_on("age", "it", "2026-11-27", body, rules) == "agrees"


@pytest.mark.parametrize("language, phrasing, body", [
    ("tl", "sobra ang sakay ng barko", "Sobra ang sakay ng barko at hindi pinansin ng kapitan ang babala."),
    ("tl", "sobra ang sakay ng barko", "Sobra ang sakay ng barko pero hindi ito napansin ng mga awtoridad."),
    ("en", "the vessel was overloaded", "The vessel was overloaded and not seaworthy, the coast guard said."),
    ("id", "kapal kelebihan muatan", "Kapal kelebihan muatan dan tidak dihiraukan oleh nakhoda."),
    ("it", "il traghetto era sovraccarico", "Il traghetto era sovraccarico e non è stato ispezionato."),
], ids=["tl-at", "tl-pero", "en-and", "id-dan", "it-e"])
def test_a_negation_past_and_or_but_after_a_claim_denies_what_follows_not_the_claim(
        language: str, phrasing: str, body: str) -> None:
    assert verdict_on("overloaded", language, "2026-11-27", body, phrase_rule("overloaded", phrasing)) == "agrees"


def test_a_negation_right_after_a_claim_still_denies_it() -> None:
    rules = phrase_rule("accepted", "Putin nahm die Einladung an")
    body = "Putin nahm die Einladung nicht an und reiste ab."
    assert verdict_on("accepted", "de", "2026-11-27", body, rules) == "contradicts"


@pytest.mark.parametrize("body, verdict", [
    ("フェリー沈没、船長は逮捕されず", "contradicts"),
    ("警察は船長を逮捕せずに釈放した。", "contradicts"),
    ("警察は船長を逮捕した。", "agrees"),
    # -ず in words that deny nothing
    ("警察は船長を逮捕したにもかかわらず、会社は謝罪した。", "agrees"),
    ("警察は船長を逮捕し、わずか2時間後に釈放した。", "agrees"),
], ids=["sarezu", "sezuni", "affirmed", "nimokakawarazu", "wazuka"])
def test_the_written_japanese_negative_zu_denies(body: str, verdict: str) -> None:
    rules = phrase_rule("arrested", "船長が逮捕された" if "され" in body else "船長を逮捕した")
    assert verdict_on("arrested", "ja", "2026-11-27", body, rules) == verdict


@pytest.mark.parametrize("language, body, day", [
    # "the day before" at its clause's end counts back from the date before it
    ("en", "The coast guard said on Wednesday that police had arrested the captain the day before.", "2026-11-24"),
    ("en", "Police said on Wednesday they had arrested the captain a day before, in Manila.", "2026-11-24"),
    # the day shifts of more languages, and the evening before
    ("nl", "De vulkaan barstte zondag uit. De autoriteiten hadden de avond ervoor al 12.400 mensen geëvacueerd.",
     "2026-11-21"),
    ("en", "The volcano erupted on Sunday. The authorities had evacuated 12,400 people the evening before.",
     "2026-11-21"),
    ("sv", "Vulkanen fick utbrott på söndagen. Dagen innan hade myndigheterna evakuerat byn.", "2026-11-21"),
    ("de", "Der Vulkan brach am Sonntag aus. Am Vorabend wurden 12.400 Menschen evakuiert.", "2026-11-21"),
], ids=["en-day-before", "en-a-day-before-comma", "nl-avond-ervoor", "en-evening-before", "sv-dagen-innan",
        "de-vorabend"])
def test_a_day_shift_counts_from_the_date_it_follows(language: str, body: str, day: str) -> None:
    about = ("arrested", "evacuated", "geëvacueerd", "evakuerat", "evakuiert", "석방")
    rules = date_rule("day", day, *about)
    assert verdict_on("day", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, text, days", [
    # before an event, "a day after" counts back from the date before it
    ("en", "On Thursday, a day after the leaders met in Geneva, talks resumed.", ["2026-11-26", "2026-11-25"]),
    # from a day written alone
    ("ko", "경찰은 23일 선장을 체포했고 다음날 선장을 석방했다.", ["2026-11-23", "2026-11-24"]),
], ids=["en-a-day-after-event", "ko-daeumnal"])
def test_the_days_a_shift_names(language: str, text: str, days: list[str]) -> None:
    found = [m.value.iso for m in find_dates(text, language, dt.date(2026, 11, 27))]
    assert found == days


@pytest.mark.parametrize("language, phrasing, body", [
    ("da", "koncernen betalte løsesummen", "Koncernen nægtede at betale løsesummen."),
    ("sv", "betalade lösensumman", "Koncernen vägrar betala lösensumman."),
    ("lt", "sumokėjo išpirką", "Grupė atsisakė sumokėti išpirką."),
    ("lv", "samaksāja izpirkuma maksu", "Grupa atteicās samaksāt izpirkuma maksu."),
    ("bg", "Ковач призна поражението си", "Ковач отказа да признае поражението си."),
    ("mk", "Ковач го призна поразот", "Ковач одби да го признае поразот."),
], ids=["da", "sv", "lt", "lv", "bg", "mk"])
def test_a_verb_of_refusing_denies_the_deed_it_refuses(language: str, phrasing: str, body: str) -> None:
    assert verdict_on("r", language, "2026-11-25", body, phrase_rule("r", phrasing)) == "contradicts"


def test_a_refusal_the_phrasing_itself_writes_agrees_across_the_comma_german_sets_before_the_infinitive() -> None:
    rules = phrase_rule("r", "weigert sich, das Lösegeld zu zahlen")
    body = "Der Spitalsverbund weigert sich, das Lösegeld zu zahlen."
    assert verdict_on("r", "de", "2026-11-25", body, rules) == "agrees"
    assert verdict_on("r", "de", "2026-11-25", "Der Verbund hat das Lösegeld gezahlt.", rules) == "contradicts"


@pytest.mark.parametrize("language, text", [
    ("en", "The emergency department should reopen on Wednesday."),
    ("cs", "Urgentní příjmy by měly být znovu otevřeny ve středu."),
    ("cs", "Urgentní příjmy mají být znovu otevřeny ve středu."),
    ("sk", "Urgentné príjmy by sa mali znovu otvoriť v stredu."),
    ("da", "Skadestuerne ventes at åbne igen onsdag."),
    ("sv", "Akutmottagningarna väntas öppna igen på onsdag."),
    ("de", "Die Notaufnahmen dürften am Mittwoch wieder öffnen."),
    ("pl", "Izby przyjęć mają zostać otwarte w środę."),
    ("pl", "Izby przyjęć powinny zostać otwarte w środę."),
    ("hr", "Hitni prijemi bi trebali ponovno biti otvoreni u srijedu."),
], ids=["en-should", "cs-by-mely", "cs-maji-byt", "sk-by-sa-mali", "da-ventes", "sv-vantas", "de-duerften",
        "pl-maja-zostac", "pl-powinny", "hr-bi-trebali"])
def test_a_weekday_of_what_should_or_is_expected_to_be_is_the_next(language: str, text: str) -> None:
    """Published on a Tuesday: the Wednesday after, not the one before."""
    assert [m.value.iso for m in find_dates(text, language, dt.date(2026, 11, 24))] == ["2026-11-25"]


@pytest.mark.parametrize("text", [
    "The hospital reopened on Wednesday, which could help.",
    "Police said on Wednesday the suspect could face charges.",
], ids=["past-then-could", "said-then-could"])
def test_a_past_weekday_stays_past_beside_a_later_could(text: str) -> None:
    assert [m.value.iso for m in find_dates(text, "en", dt.date(2026, 11, 24))] == ["2026-11-18"]


def test_last_written_after_a_weekday_is_the_days_not_another_event() -> None:
    """Swahili "Ijumaa iliyopita" (last Friday) after the anchor: not "the previous emergency"."""
    rules = date_rule("declared", "2026-11-20", "hali ya dharura")
    body = ("Rais Samuel Oduya alitangaza hali ya dharura Ijumaa iliyopita. Machi 3, 2019, serikali ilitangaza "
            "hali ya dharura baada ya ukame.")
    assert verdict_on("declared", "sw", "2026-11-25", body, rules) == "agrees"


_ERUPTION = ("eruption", "erupted", "éruption", "Ausbruch", "eruzione", "erupción", "噴火", "kitörés", "الثوران")


@pytest.mark.parametrize("language, body", [
    ("en", "Flights resumed on Tuesday after the eruption."),
    ("en", "Authorities evacuated the valley on Saturday night, hours before the eruption."),
    ("fr", "Avant l'éruption, samedi soir, les autorités avaient ordonné l'évacuation."),
    ("it", "Dopo l'eruzione, martedì l'aeroporto ha riaperto."),
    ("es", "Los vuelos se reanudaron el martes, tras la erupción."),
    ("ja", "当局は噴火前の21日夜、住民に避難を指示した。"),
    ("hu", "A kitörés után kedden újranyitották a repülőteret."),
    ("ar", "بعد الثوران، استؤنفت الرحلات يوم الثلاثاء."),  # past the Arabic comma
], ids=["en-after", "en-before", "fr-avant", "it-dopo", "es-tras", "ja-mae", "hu-utan", "ar-arabic-comma"])
def test_a_date_beside_after_or_before_the_event_is_another_things(language: str, body: str) -> None:
    """The eruption is the time the flights are told against: Tuesday is theirs, no date of it."""
    rules = date_rule("erupted", "2026-11-22", *_ERUPTION)
    assert verdict_on("erupted", language, "2026-11-25", body, rules) == "silent"


@pytest.mark.parametrize("language, body", [
    ("en", "Thousands fled after the eruption on Sunday."),
    ("en", "Flights stayed grounded after Sunday's eruption."),
    ("en", "The volcano erupted on Sunday."),
], ids=["en-after-the-eruption-on", "en-possessive", "en-plain"])
def test_a_date_of_the_event_itself_still_dates_it(language: str, body: str) -> None:
    rules = date_rule("erupted", "2026-11-22", *_ERUPTION)
    assert verdict_on("erupted", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("mk", "Теодор Васиќ победи во вториот круг."),
    ("mk", "Александар Вучиќ победи на изборите."),
    ("sq", "Teodor Vasiq fitoi balotazhin."),
    ("sq", "Aleksandar Vuçiq fitoi zgjedhjet."),
], ids=["mk-vasik", "mk-vucik", "sq-vasiq", "sq-vuciq"])
def test_macedonian_and_albanian_write_the_south_slavic_c_acute_of_a_name_their_own_way(
        language: str, body: str) -> None:
    """Macedonian ќ and Albanian q are the ć of "Vasić", "Vučić"."""
    name = "Aleksandar Vučić" if "uč" in body or "уч" in body or "uç" in body else "Teodor Vasić"
    rules = entity_rule("winner", name, "Andrej Kovač", "победи", "fitoi")
    assert verdict_on("winner", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, about", [
    ("lt", "Išpirkos reikalaujanti ataka paralyžiavo septynias ligonines.", "ligonines"),
    ("lv", "Uzbrukums paralizēja septiņas slimnīcas.", "slimnīcas"),
    ("lv", "Darbu pārtrauca septiņām slimnīcām piederošās sistēmas.", "slimnīcām"),
], ids=["lt-septynias", "lv-septinas", "lv-septinam"])
def test_baltic_numbers_in_the_feminine_and_their_cases(language: str, body: str, about: str) -> None:
    rules = number_rule("hospitals", "7", about)
    assert verdict_on("hospitals", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, about", [
    ("zu", "Uhulumeni uthe abantu abayizigidi ezingu-2.4 badinga usizo lokudla.", "usizo lokudla"),
    ("sw", "Serikali ilisema watu laki 24 wanahitaji msaada wa chakula.", "msaada wa chakula"),
    ("sw", "Serikali ilisema watu milioni 2.4 wanahitaji msaada wa chakula.", "msaada wa chakula"),
], ids=["zu-izigidi", "sw-laki", "sw-milioni"])
def test_a_multiplier_written_before_the_figure(language: str, body: str, about: str) -> None:
    """Zulu "million" past the concords on it and on the figure; Swahili "laki" (100,000)."""
    rules = number_rule("aid", "2400000", about)
    assert verdict_on("aid", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, about", [
    ("hi", "भारत 4,50,000 टन अनाज का आयात करेगा।", "आयात"),
    ("en", "The country will import 450,000 tonnes of grain.", "import"),
    ("ar", "ستستورد البلاد 450 ألف طن من الحبوب.", "ستستورد"),
    ("ta", "அரசு 4,50,000 டன் தானியத்தை இறக்குமதி செய்யும்.", "இறக்குமதி"),
    ("nl", "Het land importeert 450.000 ton graan.", "importeert"),
    ("ro", "Țara va importa 450.000 de tone de cereale.", "importa"),
    ("hu", "Az ország 450 ezer tonna gabonát importál.", "importál"),
    ("bg", "Страната ще внесе 450 000 тона зърно.", "внесе"),
], ids=["hi-tan", "en-tonnes", "ar-tun", "ta-tan", "nl-ton", "ro-tone", "hu-tonna", "bg-tona"])
def test_the_everyday_word_for_a_tonne_is_its_unit(language: str, body: str, about: str) -> None:
    rules = number_rule("imports", "450000", about, unit="tonne")
    assert verdict_on("imports", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, about", [
    ("hu", "143 beteget más kórházakba kellett szállítani.", "kórház"),
    ("fi", "143 potilasta siirrettiin muihin sairaaloihin.", "sairaala"),
    ("cs", "143 pacientů bylo převezeno do jiných nemocnic.", "nemocnic"),
    ("lt", "143 pacientai perkelti į kitas ligonines.", "ligonines"),
    ("sl", "143 bolnikov so premestili v druge bolnišnice.", "bolnišnic"),
], ids=["hu-mas", "fi-muihin", "cs-jinych", "lt-kitas", "sl-druge"])
def test_other_in_its_cases_makes_the_noun_another(language: str, body: str, about: str) -> None:
    """The hospitals patients were moved to are other hospitals: 143 counts none of the rule's."""
    rules = number_rule("hospitals", "7", about)
    assert verdict_on("hospitals", language, "2026-11-25", body, rules) == "silent"


@pytest.mark.parametrize("body, verdict", [
    ("Teodor Vasic venceu a segunda volta com 54,3% dos votos.", "agrees"),
    ("Teodor Vasic venceu a segunda volta com 52,3% dos votos.", "contradicts"),
    ("Teodor Vasic ganó la segunda vuelta con el 54,3 % de los votos.", "agrees"),
], ids=["pt", "pt-wrong", "es"])
def test_a_count_without_a_unit_leaves_a_share_beside_its_anchor_to_the_rule_in_per_cent(
        body: str, verdict: str) -> None:
    """"votos" beside "54,3%": the rule counting votes cannot read a share; the share's rule does."""
    rules = (number_rule("share", "54.3", "venceu", "ganó", unit="percent")
             + number_rule("votes", "1482316", "votos"))
    language = "es" if "ganó" in body else "pt"
    assert verdict_on("share", language, "2026-11-25", body, rules) == verdict


@pytest.mark.parametrize("language, body", [
    ("ms", "Kapten Rogelio Manansala, 54, ditahan semalam dan didakwa atas kecuaian yang menyebabkan kematian."),
    ("id", "Kapten Rogelio Manansala, 54, ditahan dan didakwa atas kelalaian yang menyebabkan kematian."),
], ids=["ms", "id"])
def test_an_age_between_commas_after_a_name_is_no_count(language: str, body: str) -> None:
    """Malay and Indonesian news write an age bare as English does: 54 is the captain's age, no deaths."""
    rules = number_rule("dead", "31", "kematian")
    assert verdict_on("dead", language, "2026-11-25", body, rules) == "silent"


@pytest.mark.parametrize("language, body", [
    ("es", "La policía detuvo ayer martes al capitán del ferry que se hundió el domingo."),
    ("en", "Police arrested yesterday, Tuesday, the captain of the ferry that sank on Sunday."),
    ("ar", "اعتقلت الشرطة أمس الثلاثاء قبطان العبارة التي غرقت مساء الأحد الماضي."),
], ids=["es-ayer-martes", "en-yesterday-tuesday", "ar-ams-althulatha"])
def test_one_day_named_twice_is_one_statement_a_rival_rule_takes_no_half_of(language: str, body: str) -> None:
    """"ayer martes" is one day: the arrest's; the sinking's Sunday is not made unclear by it."""
    rules = (date_rule("sank", "2026-11-22", "sank", "hundió", "غرقت")
             + date_rule("arrested", "2026-11-24", "arrested", "detuvo", "اعتقلت"))
    assert verdict_on("sank", language, "2026-11-25", body, rules) == "agrees"
    assert verdict_on("arrested", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("en", "The government did not request international aid on Monday."),
    ("es", "El gobierno no solicitó ayuda internacional el lunes."),
    ("ja", "政府は月曜日、国際援助を要請しなかった。"),
], ids=["en", "es", "ja"])
def test_a_date_beside_a_denied_anchor_dates_no_such_event(language: str, body: str) -> None:
    rules = date_rule("requested", "2026-11-24", "request", "solicitó", "要請")
    assert verdict_on("requested", language, "2026-11-25", body, rules) == "silent"


def test_a_date_beside_an_anchor_a_negation_before_its_clause_leaves_alone_still_dates_it() -> None:
    rules = date_rule("requested", "2026-11-24", "requested")
    body = "Officials did not say why, but the government requested international aid on Tuesday."
    assert verdict_on("requested", "en", "2026-11-25", body, rules) == "agrees"


def test_a_negation_ending_the_sentence_before_denies_no_anchor() -> None:
    rules = date_rule("audit", "2023-05-12", "Buchprüfung")
    body = "Katrin Wolf wollte sich dazu nicht äußern. Die Buchprüfung fand am 12.05.23 statt, sagten Beamte."
    assert verdict_on("audit", "de", "2023-05-20", body, rules) == "agrees"


@pytest.mark.parametrize("body, verdict", [
    ("The fire has burned 38,400 hectares since it broke out on Saturday, forcing some 12,500 people from their homes.",
     "agrees"),
    ("The fire has burned 38,500 hectares.", "contradicts"),
], ids=["stated", "other-figure"])
def test_a_rule_whose_anchor_is_a_unit_reads_the_figure_in_it(body: str, verdict: str) -> None:
    rules = number_rule("burned", "38400", "hectares")
    assert verdict_on("burned", "en", "2026-11-25", body, rules) == verdict


@pytest.mark.parametrize("language, body, about", [
    ("gl", "Detido un home de 34 anos polo incendio que queimou o monte.", "incendio"),
    ("ca", "Detingut un home de 34 anys per l'incendi del bosc.", "incendi"),
    ("eu", "34 urteko gizon bat atxilotu dute suteagatik.", "sute"),
    ("hr", "Još jedan vatrogasac ozlijeđen je u petak.", "vatrogasac"),
], ids=["gl-age", "ca-age", "eu-age", "hr-jos-jedan"])
def test_an_age_or_another_one_is_no_count_of_the_noun(language: str, body: str, about: str) -> None:
    rules = number_rule("count", "2300", about)
    assert verdict_on("count", language, "2026-11-25", body, rules) == "silent"


@pytest.mark.parametrize("language, body", [
    ("gl", "A Xunta confirmou o martes que o incendio foi intencionado."),
    ("ca", "La Generalitat va confirmar dimarts que l'incendi va ser intencionat."),
], ids=["gl", "ca"])
def test_the_day_something_was_confirmed_is_not_the_events(language: str, body: str) -> None:
    rules = date_rule("started", "2026-11-21", "incendio", "incendi", "yangın")
    assert verdict_on("started", language, "2026-11-25", body, rules) == "silent"


@pytest.mark.parametrize("language, body", [
    ("bn", "ব্যাংক নীতি সুদহার বাড়িয়ে ৪ দশমিক ৫০ শতাংশ নির্ধারণ করেছে।"),
    ("hi", "बैंक ने नीतिगत दर 4 दशमलव 5 प्रतिशत कर दी।"),
    ("fa", "بانک مرکزی نرخ بهره را به ۴/۵ درصد افزایش داد."),
    ("fa", "بانک مرکزی نرخ بهره را به ۴ ممیز ۵ درصد افزایش داد."),
], ids=["bn-doshomik", "hi-dashamlav", "fa-slash", "fa-momayyez"])
def test_a_decimal_point_written_as_a_word_or_a_slash(language: str, body: str) -> None:
    rules = number_rule("rate", "4.5", "সুদহার", "दर", "نرخ بهره", unit="percent")
    assert verdict_on("rate", language, "2026-11-25", body, rules) == "agrees"


def test_a_persian_date_written_with_slashes_is_no_decimal() -> None:
    from checker.facts.numbers import find_numbers

    assert 1405.08 not in [m.value.min for m in find_numbers("در تاریخ ۱۴۰۵/۰۸/۲۱ منتشر شد.", "fa")]


@pytest.mark.parametrize("language, body, verdict", [
    ("uk", "Голова Нацбанку Вельданії Ларс Гальворсен на пресконференції заявив про підвищення ставки.", "agrees"),
    ("uk", "Заступниця голови Нацбанку Софія Брандт визнала, що іпотека подорожчала.", "silent"),
    ("ko", "소피아 브란트 총재는 기자회견에서 추가 인상 가능성을 배제하지 않았다.", "contradicts"),
    ("hi", "डिप्टी गवर्नर सोफिया ब्रांट ने कहा कि महंगाई ऊंची है।", "silent"),
], ids=["uk-h-as-g", "uk-deputy-feminine", "ko-b-name", "hi-deputy-loan"])
def test_the_governor_named_across_scripts(language: str, body: str, verdict: str) -> None:
    """Ukrainian г is h ("Гальворсен"); Korean keeps a name's b (브란트 is Brandt, no "Vrandt");
    a deputy, in the feminine or the English loan, is another person than the governor."""
    rules = entity_rule("governor", "Lars Halvorsen", "Sofia Brandt", "голова", "총재", "गवर्नर")
    assert verdict_on("governor", language, "2026-11-25", body, rules) == verdict


@pytest.mark.parametrize("language, text, day", [
    ("cs", "Poslední kontrola hasičů podle něj proběhla 12. března a neodhalila žádné nedostatky.", "2026-03-12"),
    ("ru", "Последняя проверка прошла 12 марта.", "2026-03-12"),
    ("pl", "Ostatnia kontrola odbyła się 12 marca.", "2026-03-12"),
    ("en", "The last inspection took place on 12 March.", "2026-03-12"),
    ("en", "The plant was last inspected on 12 March.", "2026-03-12"),
    # a clause about what is to come keeps it ahead
    ("ru", "Школа откроется 12 марта.", "2027-03-12"),
    ("en", "The company said the trial would begin on 12 March.", "2027-03-12"),
], ids=["cs-probehla", "ru-proshla", "pl-odbyla", "en-took", "en-inspected", "ru-future", "en-would"])
def test_a_day_and_month_in_a_past_clause_of_more_languages_are_this_years(language: str, text: str, day: str) -> None:
    """Published in November: a March told in the past is this March, no next one."""
    assert [m.value.iso for m in find_dates(text, language, dt.date(2026, 11, 25))] == [day]


@pytest.mark.parametrize("language, body", [
    ("sw", "Mshindi alipata zawadi ya dola za Kimarekani 50,000, pamoja na bonasi ya dola 20,000."),
    ("rw", "Uwatsinze yahawe igihembo cy'amadolari ya Amerika 50,000, hiyongereyeho amadolari 20,000."),
], ids=["sw-dola-za-kimarekani", "rw-amadolari-ya-amerika"])
def test_the_dollar_named_with_its_country_before_the_figure(language: str, body: str) -> None:
    rules = number_rule("prize", "50000", "zawadi", "igihembo", unit="USD")
    assert verdict_on("prize", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, about", [
    ("en", "The race on Sunday drew 18,500 runners. Last year, 16,200 runners took part.", "runners"),
    ("sw", "Jumla ya wakimbiaji 18,500 walishiriki Jumapili. Mwaka jana, wakimbiaji 16,200 walishiriki.", "wakimbiaji"),
    ("fr", "La course de dimanche a réuni 18 500 coureurs. L'an dernier, 16 200 coureurs avaient participé.",
     "coureurs"),
], ids=["en", "sw", "fr"])
def test_last_years_figure_gives_way_to_this_ones(language: str, body: str, about: str) -> None:
    """A sentence that says "last year" tells of an earlier edition beside one dated this week."""
    rules = number_rule("runners", "18500", about)
    assert verdict_on("runners", language, "2026-11-25", body, rules) == "agrees"


def test_swahili_last_year_is_no_yesterday() -> None:
    assert find_dates("Mwaka jana, wakimbiaji 16,200 walishiriki.", "sw", dt.date(2026, 11, 25)) == []


_DENIED = ("- {id: denies, check: phrase, expect: [\"Novachem popřel porušení bezpečnostních předpisů\"], "
           "contradicted_by: [\"Novachem přiznal porušení bezpečnostních předpisů\"]}\n")


@pytest.mark.parametrize("body, verdict", [
    ("Společnost Novachem popřela porušení bezpečnostních předpisů.", "agrees"),
    ("Společnost Novachem přiznala porušení bezpečnostních předpisů.", "contradicts"),
    # the verb at the clause's end, which the in-order match leaves out: neither, not the other
    ("Společnost Novachem porušení bezpečnostních předpisů popřela.", "silent"),
    ("Společnost Novachem porušení bezpečnostních předpisů přiznala.", "silent"),
], ids=["denied", "admitted", "denied-verb-last", "admitted-verb-last"])
def test_a_match_that_leaves_out_the_word_telling_the_two_phrasings_apart_states_neither(
        body: str, verdict: str) -> None:
    assert verdict_on("denies", "cs", "2026-11-25", body, _DENIED) == verdict


def test_the_end_of_a_range_in_a_past_clause_goes_where_its_first_day_goes() -> None:
    found = [m.value.iso for m in find_dates("They met from September 13 to 14 October.", "en", dt.date(2023, 9, 14))]
    assert found == ["2023-09-13", "2023-10-14"]


@pytest.mark.parametrize("text, days", [
    ("Đây là lần tăng lãi suất thứ hai liên tiếp.", []),
    ("Đây là lần thứ hai ngân hàng tăng lãi suất.", []),
    ("Ngân hàng tăng lãi suất vào thứ Ba.", ["2026-11-24"]),
    ("Họ gặp nhau vào thứ Ba trong tuần này.", ["2026-11-24"]),
], ids=["second-in-a-row", "second-time", "tuesday", "tuesday-this-week"])
def test_a_vietnamese_ordinal_is_no_weekday(text: str, days: list[str]) -> None:
    """"thứ hai" is Monday and "the second"; after "lần" (time) or before "liên tiếp" (in a row), the second."""
    assert [m.value.iso for m in find_dates(text, "vi", dt.date(2026, 11, 25))] == days


def test_a_hindi_rate_raised_by_an_amount_to_a_level() -> None:
    rules = number_rule("rate", "4.5", "नीतिगत दर", unit="percent")
    body = "रिज़र्व बैंक ने नीतिगत दर को 0.25 प्रतिशत बढ़ाकर 4.5 प्रतिशत कर दिया।"
    assert verdict_on("rate", "hi", "2026-11-25", body, rules) == "agrees"


def test_the_day_an_agency_reported_is_not_the_events() -> None:
    rules = date_rule("blast", "2026-11-23", "Eksplozija")
    body = "Eksplozija se dogodila u kemijskoj tvornici, javila je u četvrtak agencija ANSA."
    assert verdict_on("blast", "hr", "2026-11-25", body, rules) == "silent"


@pytest.mark.parametrize("body, verdict", [
    ("Kazada 31 kişi öldü.", "agrees"),
    ("Feribotta 180 yolcu vardı ve kaza büyük bir felaket oldu.", "silent"),
    ("Kazada 31 kisi oldu.", "agrees"),  # typed without Turkish letters: read as it folds
], ids=["oldu-died", "oldu-was", "typed-plain"])
def test_turkish_letters_tell_words_apart_that_fold_alike(body: str, verdict: str) -> None:
    """"oldu" (was) is no "öldü" (died) where the text writes Turkish letters."""
    rules = number_rule("dead", "31", "öldü")
    assert verdict_on("dead", "tr", "2026-11-25", body, rules) == verdict


@pytest.mark.parametrize("language, text", [
    ("de", "Die Maschine hat am Montagnachmittag in Zagreb notlanden müssen."),
    ("nl", "Het toestel heeft maandag moeten noodlanden."),
], ids=["de-hat-muessen", "nl-heeft-moeten"])
def test_the_perfect_of_a_modal_is_past_not_future(language: str, text: str) -> None:
    """"hat … notlanden müssen" (had to land): last Monday, no coming one."""
    assert [m.value.iso for m in find_dates(text, language, dt.date(2026, 11, 25))] == ["2026-11-23"]


def test_an_arabic_number_word_with_and_written_on_it() -> None:
    rules = number_rule("crew", "6", "الطاقم")
    body = "كانت الطائرة تقل ١٦٣ راكبا وستة من أفراد الطاقم."
    assert verdict_on("crew", "ar", "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("text, day", [
    ("O avião pousou em Zagreb nesta terça.", "2026-11-24"),
    ("O Senado aprovou o projeto na última sexta.", "2026-11-20"),
], ids=["nesta-terca", "ultima-sexta"])
def test_a_brazilian_short_weekday_before_a_full_stop(text: str, day: str) -> None:
    """"terça." at a sentence's end is the word, no abbreviation like "ter."."""
    assert [m.value.iso for m in find_dates(text, "pt", dt.date(2026, 11, 25))] == [day]


_PASSED_VI = ("- {id: passed, check: phrase, expect: [\"Quốc hội thông qua dự luật\"], "
              "contradicted_by: [\"Quốc hội bác bỏ dự luật\"]}\n")


@pytest.mark.parametrize("body, verdict", [
    ("Quốc hội đã thông qua dự luật vào thứ Ba.", "agrees"),
    ("Quốc hội đã bác bỏ dự luật vào thứ Ba.", "contradicts"),
    ("Quốc hội đã ủng hộ dự luật.", "silent"),  # supported: neither phrasing
    ("Chủ tịch Quốc hội khẳng định luật nhằm bảo vệ người dân.", "silent"),
], ids=["passed", "rejected", "supported", "other"])
def test_vietnamese_syllables_are_the_words_of_a_phrasing(body: str, verdict: str) -> None:
    assert verdict_on("passed", "vi", "2026-11-25", body, _PASSED_VI) == verdict


@pytest.mark.parametrize("language, body, about", [
    ("pl", "Trzęsienie ziemi zabiło w poniedziałek 37 osób. W 2020 r. trzęsienie ziemi zabiło 119 osób.", "zabiło"),
    ("cs", "Zemětřesení v pondělí zabilo 37 lidí. V roce 1953 zemětřesení zabilo 450 lidí.", "zabilo"),
    ("en", "The quake killed 37 people on Monday. In 2025, an earthquake killed 119 people.", "killed"),
], ids=["pl-r", "cs-v-roce", "en-last-calendar-year"])
def test_a_year_written_as_news_writes_it_sets_an_earlier_events_figure_aside(
        language: str, body: str, about: str) -> None:
    rules = number_rule("dead", "37", about)
    assert verdict_on("dead", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, about", [
    ("hr", "Broj poginulih porastao je do 45.", "poginulih"),
    ("lt", "Žuvusiųjų skaičius išaugo iki 45.", "Žuvusiųjų"),
    ("lv", "Bojāgājušo skaits pieaudzis līdz 45.", "Bojāgājušo"),
], ids=["hr-do", "lt-iki", "lv-lidz"])
def test_rose_to_a_figure_is_the_value_reached_not_a_bound(language: str, body: str, about: str) -> None:
    rules = number_rule("dead", "37", about)
    assert verdict_on("dead", language, "2026-11-25", body, rules) == "contradicts"


def test_a_sorani_date_ending_is_no_year() -> None:
    from checker.facts.numbers import find_numbers

    text = "ئاگربەست بۆ ماوەی دە ڕۆژی دیکە درێژکرایەوە و تا ٥ی کانوونی یەکەم بەردەوام دەبێت."
    assert [(m.value.min, m.value.unit) for m in find_numbers(text, "ckb")] == [(10.0, "day"), (5.0, None)]


@pytest.mark.parametrize("language, body", [
    ("uz", "Sulh 14-noyabrda uzaytirilmadi."),
    ("tr", "Ateşkes 14 Kasım'da uzatılmadı."),
], ids=["uz", "tr"])
def test_a_date_beside_an_anchor_negated_inside_its_word_dates_no_such_event(language: str, body: str) -> None:
    rules = date_rule("extended", "2026-11-24", "uzaytirildi", "uzatıldı")
    assert verdict_on("extended", language, "2026-11-25", body, rules) == "silent"


def test_a_future_in_the_clause_after_and_is_not_the_phrasings() -> None:
    rules = phrase_rule("extended", "atəşkəs uzadılıb")
    body = "Atəşkəs uzadılıb və dekabrın 5-dək qüvvədə qalacaq."
    assert verdict_on("extended", "az", "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("ur", "بل کے حق میں 86 اور مخالفت میں 57 ووٹ ڈالے گئے"),
    ("hi", "बिल के पक्ष में 86 और विरोध में 57 वोट पड़े।"),
], ids=["ur", "hi"])
def test_and_after_a_figure_is_no_noun_it_counts(language: str, body: str) -> None:
    rules = number_rule("against", "57", "مخالفت", "विरोध")
    assert verdict_on("against", language, "2026-11-25", body, rules) == "agrees"


def test_a_sinhala_word_with_a_joiner_in_its_conjunct_is_one_word() -> None:
    from checker.text.normalise import fold_words

    assert fold_words("නියෝජ\u0dca\u200dය කථානායක") == ["niyojy", "kthanayk"]


@pytest.mark.parametrize("body, verdict", [
    ("A halálos áldozatok száma 29-ről 37-re emelkedett.", "agrees"),
    ("A halálos áldozatok száma 37-ről 40-re emelkedett.", "contradicts"),
], ids=["29-to-37", "37-to-40"])
def test_a_hungarian_change_by_the_cases_on_its_figures(body: str, verdict: str) -> None:
    """"-ről" is where the toll started, "-re" where it went."""
    rules = number_rule("dead", "37", "halálos áldozatok")
    assert verdict_on("dead", "hu", "2026-11-25", body, rules) == verdict


def test_hungarian_was_after_a_figure_is_no_noun_it_counts() -> None:
    rules = number_rule("magnitude", "6.8", "magnitúdója")
    assert verdict_on("magnitude", "hu", "2026-11-25", "A rengés magnitúdója 6,8 volt.", rules) == "agrees"


@pytest.mark.parametrize("language, body, about", [
    ("he", "חמאס שחרר ביום שלישי 23 חטופים. עוד 40 חטופים נוספים מוחזקים ברצועה.", "חטופים"),
    ("ar", "أفرجت حماس يوم الثلاثاء عن 23 رهينة، ولا يزال 40 رهينة آخرين محتجزين.", "رهينة"),
], ids=["he-nosafim", "ar-akharin"])
def test_other_in_the_plural_after_the_noun(language: str, body: str, about: str) -> None:
    rules = number_rule("freed", "23", about)
    assert verdict_on("freed", language, "2026-11-25", body, rules) == "agrees"


def test_the_day_slovenes_reported_is_not_the_events() -> None:
    rules = date_rule("quake", "2026-11-23", "Potres")
    body = "Potres je prizadel Grčijo, so danes sporočili z inštituta."
    assert verdict_on("quake", "sl", "2026-11-26", body, rules) == "silent"


@pytest.mark.parametrize("language, body, about", [
    ("el", "Ο σεισμός σκότωσε 37 ανθρώπους. Νωρίτερα, οι αρχές είχαν αναφέρει 29 νεκρούς.", "νεκρούς"),
    ("ro", "Cutremurul a ucis 37 de oameni. Anterior, autoritățile raportaseră 29 de morți.", "morți"),
    ("cs", "Zemětřesení zabilo 37 lidí. Dříve úřady hlásily 29 mrtvých.", "mrtvých"),
], ids=["el-noritera", "ro-anterior", "cs-drive"])
def test_a_figure_told_as_earlier_gives_way_in_more_languages(language: str, body: str, about: str) -> None:
    rules = number_rule("dead", "37", "σκότωσε", "ucis", "zabilo", about)
    assert verdict_on("dead", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("text, days", [
    ("הבוקר נחת המטוס בזאגרב.", ["2026-11-25"]),
    ("הבוקר של יום שני היה קר.", ["2026-11-23"]),  # the morning of Monday
], ids=["this-morning", "the-morning-of"])
def test_hebrew_this_morning_is_today(text: str, days: list[str]) -> None:
    assert [m.value.iso for m in find_dates(text, "he", dt.date(2026, 11, 25))] == days


def test_sorani_december_with_two_waws() -> None:
    found = find_dates("ئاگربەست تا ٥ی کانوونی یەکەم بەردەوام دەبێت.", "ckb", dt.date(2026, 11, 25))
    assert [m.value.iso for m in found] == ["2026-12-05"]


@pytest.mark.parametrize("language, body, about", [
    ("ckb", "ئاگربەست بۆ ماوەی دە ڕۆژی دیکە درێژکرایەوە.", "ئاگربەست"),
    ("ps", "اوربند د لس ورځو لپاره وغځول شو.", "اوربند"),
], ids=["ckb-de", "ps-las"])
def test_sorani_and_pashto_number_words(language: str, body: str, about: str) -> None:
    rules = number_rule("days", "10", about, unit="day")
    assert verdict_on("days", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, about", [
    ("hy", "Հրադադարը երկարաձգվել է ևս 10 օրով։", "Հրադադարը"),
    ("ka", "ცეცხლის შეწყვეტა კიდევ 10 დღით გახანგრძლივდა.", "ცეცხლის"),
    ("kk", "Атысты тоқтату тағы 10 күнге ұзартылды.", "Атысты"),
], ids=["hy-orov", "ka-dghit", "kk-kunge"])
def test_days_in_the_cases_of_a_span(language: str, body: str, about: str) -> None:
    rules = number_rule("days", "10", about, unit="day")
    assert verdict_on("days", language, "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, about", [
    ("en", "Eleven people were injured. Most of the injured were bruised, and two of them remain in hospital.",
     "injured"),
    ("es", "Once personas resultaron heridas. La mayoría de los heridos sufrieron contusiones y dos de ellos "
           "permanecen ingresados.", "heridos"),
    ("ar", "أسفر الحادث عن إصابة ١١ شخصا. وأصيب معظم الجرحى أثناء الإخلاء، ونقل اثنان منهم إلى المستشفى.",
     "إصابة، الجرحى"),
    ("fa", "در این حادثه ۱۱ نفر مجروح شدند. بیشتر مجروحان هنگام تخلیه آسیب دیدند و دو نفر از آنان به بیمارستان "
           "منتقل شدند.", "مجروح"),
], ids=["en-of-them", "es-de-ellos", "ar-minhum", "fa-az-anan"])
def test_a_figure_of_them_counts_a_part_of_the_group(language: str, body: str, about: str) -> None:
    rules = number_rule("injured", "11", *about.split("، "))
    assert verdict_on("injured", language, "2026-11-25", body, rules) == "agrees"


def test_a_rule_about_the_part_still_reads_it() -> None:
    rules = number_rule("serious", "2", "seriously injured")
    body = "Eleven people were hurt; two of them seriously injured, officials said."
    assert verdict_on("serious", "en", "2026-11-25", body, rules) == "agrees"


@pytest.mark.parametrize("language, body, about", [
    ("es", "Tres personas han muerto, entre ellas un brigadista.", "brigadista"),
    ("en", "Three people died, among them a firefighter.", "firefighter"),
    ("fr", "Trois morts, dont un pompier.", "pompier"),
], ids=["es-entre-ellas", "en-among-them", "fr-dont"])
def test_a_noun_among_the_group_a_figure_counts_is_not_counted_by_it(language: str, body: str, about: str) -> None:
    rules = number_rule("firefighters", "2300", about)
    assert verdict_on("firefighters", language, "2026-11-25", body, rules) == "silent"


def test_a_japanese_threshold_needed_gives_way_to_the_votes_cast() -> None:
    rules = number_rule("votes", "86", "賛成", "票")
    body = "法案は賛成86票で可決された。可決には少なくとも91票が必要となる。"
    assert verdict_on("votes", "ja", "2026-11-25", body, rules) == "agrees"


def test_plus_parts_two_amounts_as_and_does() -> None:
    rules = number_rule("prize", "50000", "prize money", unit="USD")
    body = "The winner received $50,000 in prize money plus a $20,000 bonus for the course record."
    assert verdict_on("prize", "en", "2026-11-25", body, rules) == "agrees"
