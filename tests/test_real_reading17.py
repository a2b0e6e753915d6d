"""Reports as the wire writes them: what reading news in more languages showed, a seventeenth round."""

from __future__ import annotations

import pytest
from real_news import phrase_rule, verdict_on

from checker.testing import load_rules


def _counted(expect: str, unit: str, units: str, *about: str) -> str:
    return (f"- {{id: counted, check: number, expect: '{expect}', unit: {unit}, units: [{units}], "
            f"about: [{', '.join(about)}]}}\n")


LOST_THEIR_LIVES = _counted("8", "skier", "síelő, skier", "életét veszti", "avalanche")


@pytest.mark.parametrize("body, verdict", [
    ("A lavinában kedden kilenc síelő életét vesztette.", "contradicts"),
    ("Kilenc síelő vesztette életét kedden a lavinában.", "contradicts"),
    ("Nyolc síelő vesztette életét kedden a lavinában.", "agrees"),
    # the two words apart, the other way round, are no anchor
    ("Kilenc síelő vesztette el kedden az életét a lavinában.", "silent"),
], ids=["in-order", "swapped", "swapped-agrees", "swapped-apart"])
def test_an_anchor_of_two_words_is_found_the_other_way_round(body: str, verdict: str) -> None:
    """Hungarian puts the verb first when the subject is in focus: "kilenc síelő vesztette
    életét" is the anchor "életét veszti" (lost their lives) the other way round."""
    assert verdict_on("counted", "hu", "2026-02-10", body, LOST_THEIR_LIVES) == verdict


HEAT_FA = _counted("51.4", "celsius", "درجه", "دما", "temperature")


@pytest.mark.parametrize("body, verdict", [
    ("دمای ۵۱٫۹ درجه سانتیگراد در اهواز ثبت شد.", "contradicts"),
    ("دمای ۵۱٫۴ درجه سانتی‌گراد در اهواز ثبت شد.", "agrees"),
    ("دما در اهواز به ۵۱٫۹ درجه سانتیگراد رسید.", "contradicts"),
], ids=["ezafe-wrong", "ezafe-right", "bare"])
def test_a_persian_temperature_with_the_ezafe_and_in_centigrade(body: str, verdict: str) -> None:
    """"دمای ۵۱٫۹ درجه سانتیگراد": the short noun "دما" (temperature) with the ezafe -ی, and the
    centigrade news writes for CLDR's "درجهٔ سلسیوس"."""
    assert verdict_on("counted", "fa", "2026-07-10", body, HEAT_FA) == verdict


def test_a_persian_magnitude_in_degrees_is_no_temperature() -> None:
    rule = "- {id: counted, check: number, expect: '6.1', about: [زلزله]}\n"
    body = "زلزله‌ای به بزرگی ۶٫۳ درجه ریشتر شهر را لرزاند."
    assert verdict_on("counted", "fa", "2026-07-10", body, rule) == "contradicts"


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("hr", "virus se prenio na ljude", "Ministarstvo je demantiralo da se virus prenio na ljude.", "contradicts"),
    ("sr", "вирус се пренео на људе", "Министарство је демантовало да се вирус пренео на људе.", "contradicts"),
    ("cs", "virus se přenesl na člověka", "Ministerstvo zemědělství popřelo, že by se virus přenesl na člověka.",
     "contradicts"),
    ("sk", "vírus sa preniesol na ľudí", "Ministerstvo pôdohospodárstva poprelo, že by sa vírus preniesol na ľudí.",
     "contradicts"),
    ("lt", "virusas persidavė žmonėms", "Ministerija paneigė, kad virusas persidavė žmonėms.", "contradicts"),
    ("lt", "virusas persidavė žmonėms", "Ministerija patvirtino, kad virusas persidavė žmonėms.", "agrees"),
    ("lv", "vīruss ir pārnests uz cilvēkiem", "Ministrija noliedza, ka vīruss ir pārnests uz cilvēkiem.",
     "contradicts"),
    ("et", "viirus levis inimestele", "Ministeerium eitas, et viirus levis inimestele.", "contradicts"),
    ("ca", "el virus ha passat als humans", "El ministeri ha negat que el virus hagi passat als humans.",
     "contradicts"),
    ("gl", "o virus pasou aos humanos", "O ministerio negou que o virus pasou aos humanos.", "contradicts"),
    ("gl", "o virus pasou aos humanos", "O ministerio dixo que o virus non pasou aos humanos.", "contradicts"),
], ids=["hr-neuter", "sr-neuter", "cs-neuter", "sk-neuter", "lt-denied", "lt-confirmed", "lv-denied", "et-denied",
        "ca-denied", "gl-denied", "gl-not"])
def test_a_ministry_denies_in_the_neuter_and_in_baltic_and_catalan(language: str, phrasing: str, body: str,
                                                                   verdict: str) -> None:
    """"Ministry" is neuter in the South and West Slavic languages, and so is the verb that
    denies after it ("Ministarstvo je demantiralo da …"); Lithuanian "paneigė, kad", Latvian
    "noliedza, ka", Estonian "eitas, et", Catalan "ha negat que", Galician "negou que" deny the
    clause after them."""
    assert verdict_on("ransom", language, "2025-11-19", body, phrase_rule("ransom", phrasing)) == verdict


FIRST_CASE = ("- {id: first, check: date, expect: '2025-11-14', "
              "about: [confermare, confirmar, confirm, confirmer, bestätigen]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("it", ("Il primo caso è stato confermato venerdì 14 novembre. Dall'inizio di ottobre sono stati confermati "
           "18 focolai."), "agrees"),
    ("it", ("Il primo caso è stato confermato venerdì 14 novembre. Dalla metà di ottobre sono stati confermati "
           "18 focolai."), "agrees"),
    ("es", "El primer caso se confirmó el 14 de noviembre. Desde principios de octubre se han confirmado 18 focos.",
     "agrees"),
    ("pt", "O primeiro caso foi confirmado a 14 de novembro. Desde o início de outubro foram confirmados 18 focos.",
     "agrees"),
    ("en", ("The first case was confirmed on 14 November. Since the beginning of October 18 outbreaks have been "
           "confirmed."), "agrees"),
    ("fr", ("Le premier cas a été confirmé le 14 novembre. Depuis le début du mois d'octobre, 18 foyers ont été "
           "confirmés."), "agrees"),
    # alone, a part of the month is the event's
    ("en", "The first case was confirmed in early October.", "contradicts"),
], ids=["it-from-the-beginning", "it-from-the-middle", "es-since-the-beginning", "pt-since-the-beginning",
        "en-since-the-beginning", "fr-since-the-beginning", "en-early-alone"])
def test_since_the_beginning_of_a_month_starts_a_span_where_another_date_is_read(language: str, body: str,
                                                                                  verdict: str) -> None:
    """"Since the beginning of October 18 outbreaks have been confirmed": the span's start, with
    a part of the month between "since" (or Italian "dall'", from the) and the month, is not
    the day the first case was confirmed, told in the sentence before."""
    assert verdict_on("first", language, "2025-11-19", body, FIRST_CASE) == verdict


ZONES = ("- {id: protection, check: number, expect: '3', unit: km, about: [zaštitni, захисний, zaščitni]}\n"
         "- {id: surveillance, check: number, expect: '10', unit: km, about: [nadzor, спостереження, nadzorni]}\n")


@pytest.mark.parametrize("language, body", [
    ("hr", "Oko farmi uspostavljena je zaštitna zona polumjera 3 kilometra te zona nadzora polumjera 10 kilometara."),
    ("uk", "Навколо ферм встановлено захисну зону радіусом 3 км та зону спостереження радіусом 10 км."),
    ("sl", "Okoli farm so vzpostavili zaščitni pas s polmerom 3 km ter nadzorni pas s polmerom 10 km."),
], ids=["hr-te", "uk-ta", "sl-ter"])
def test_the_other_words_for_and_part_two_figures_between_their_anchors(language: str, body: str) -> None:
    """Croatian "te", Ukrainian "та", Slovene "ter" join two clauses as "i", "і", "in" do, which
    CLDR's lists write: each radius is its own zone's."""
    assert verdict_on("protection", language, "2025-11-19", body, ZONES) == "agrees"
    assert verdict_on("surveillance", language, "2025-11-19", body, ZONES) == "agrees"


INJURED = "- {id: injured, check: number, expect: '37', about: [injured, xəsarət, ранен]}\n"


@pytest.mark.parametrize("body, verdict", [
    (("Two trams collided in Sofia on Tuesday morning. Local authorities said 37 passengers were injured. In March "
     "2021, a tram derailed on the same line and 12 people were injured."), "agrees"),
    (("Two trams collided in Sofia on Tuesday morning. Local authorities said 36 passengers were injured. In March "
     "2021, a tram derailed on the same line and 37 people were injured."), "contradicts"),
    # dated nowhere recently, the article may look back on the old event: both are read
    (("Local authorities said 37 passengers were injured. In March 2021, a tram derailed on the same line and 12 "
     "people were injured."), "unclear"),
], ids=["old-event-set-aside", "old-event-set-aside-wrong", "no-recent-date"])
def test_a_figure_of_a_sentence_dated_years_back_gives_way_in_a_report_of_a_recent_event(body: str,
                                                                                        verdict: str) -> None:
    """A background sentence dated years before the publication tells another event; in a
    report of Tuesday's, its figure gives way to the one of a sentence without a date."""
    assert verdict_on("injured", "en", "2025-10-15", body, INJURED) == verdict


def test_an_azerbaijani_background_sentence_of_another_year_gives_way() -> None:
    body = ("Bolqarıstanın paytaxtı Sofiyada oktyabrın 14-də səhər pik saatlarında iki tramvay toqquşub. Yerli "
            "hakimiyyətin məlumatına görə, 37 sərnişin xəsarət alıb.\n\n2021-ci ilin martında eyni xətdə tramvay "
            "relsdən çıxmış, 12 nəfər xəsarət almışdı.")
    assert verdict_on("injured", "az", "2025-10-15", body, INJURED) == "agrees"


SUSPENDED = "- {id: days, check: number, expect: '5', unit: day, about: [menghentikan, suspended, laluan]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("id", "Operator menghentikan layanan jalur 20 selama lima hari.", "agrees"),
    ("ms", "Pengendali menghentikan perkhidmatan laluan 20 selama tiga hari.", "contradicts"),
    ("en", "The operator suspended line 20 for five days.", "agrees"),
], ids=["id-line-20-five-days", "ms-line-20-three-days", "en-line-20-five-days"])
def test_a_number_word_counts_its_own_noun_not_the_figure_before_it(language: str, body: str, verdict: str) -> None:
    """"jalur 20 selama lima hari" (line 20 for five days): the days are five, not the line's 20."""
    assert verdict_on("days", language, "2025-10-15", body, SUSPENDED) == verdict


MAYOR = ("- {id: mayor, check: entity, expect: Kalina Dimitrova, alternatives: [Viktor Marinov], "
         "about: [burgemeester]}\n")


@pytest.mark.parametrize("body, verdict", [
    ("Loco-burgemeester Viktor Marinov bezocht de plek van het ongeluk.", "silent"),
    ("Oud-burgemeester Viktor Marinov bezocht de plek van het ongeluk.", "silent"),
    ("Burgemeester Viktor Marinov bezocht de plek van het ongeluk.", "contradicts"),
], ids=["loco", "oud", "the-mayor"])
def test_a_dutch_deputy_or_former_mayor_is_not_the_mayor(body: str, verdict: str) -> None:
    """Dutch writes the deputy and the former with a hyphen before the title: "loco-burgemeester",
    "oud-burgemeester" are another person than the mayor a rule names."""
    assert verdict_on("mayor", "nl", "2025-10-15", body, MAYOR) == verdict


CEO = "- {id: boss, check: entity, expect: Zhivko Stanev, alternatives: [Petar Ivanov], about: [διευθύνων, CEO]}\n"


@pytest.mark.parametrize("body, verdict", [
    ("Ο διευθύνων σύμβουλος Ζίβκο Στάνεφ δήλωσε ότι η εταιρεία θα αποζημιώσει τα θύματα.", "agrees"),
    ("Ο διευθύνων σύμβουλος Πέταρ Ιβάνοφ δήλωσε ότι η εταιρεία θα αποζημιώσει τα θύματα.", "contradicts"),
], ids=["stanef", "ivanof"])
def test_a_greek_name_ending_in_phi_is_the_slavic_name_in_v(body: str, verdict: str) -> None:
    """Greek writes the last v of a Slavic name as φ: "Στάνεφ" is Stanev, "Ιβάνοφ" Ivanov."""
    assert verdict_on("boss", "el", "2025-10-15", body, CEO) == verdict


@pytest.mark.parametrize("rule, phrasings", [
    ('- {id: leak, check: phrase, expect: {pl: ["zaprzeczyła, że wyciekły dane pacjentów"]}}\n',
     {"pl": ["zaprzeczyła, że wyciekły dane pacjentów"]}),
    ("- {id: leak, check: phrase, expect: {sv: [att betala lösensumman, att förhandla]}}\n",
     {"sv": ["att betala lösensumman", "att förhandla"]}),
    ("- {id: leak, check: phrase, expect: [zaprzeczyła, że wyciekły dane pacjentów]}\n",
     {None: ["zaprzeczyła", "że wyciekły dane pacjentów"]}),
], ids=["quoted", "swedish-infinitives", "no-language"])
def test_phrasings_a_comma_does_not_split_are_read(rule: str, phrasings: dict[str | None, list[str]]) -> None:
    """A quoted phrasing keeps its comma; Swedish "att" is also the infinitive's; a list of no
    language is not checked (its "that" is no one language's)."""
    [loaded] = load_rules(rule)
    assert loaded.expected.expect == phrasings


@pytest.mark.parametrize("language, rule, body, verdict", [
    ("de", "- {id: day, check: date, expect: '2025-03-03', about: [Angriff]}\n",
     "Der Angriff erfolgte am frühen Morgen.", "silent"),
    ("de", "- {id: day, check: date, expect: '2025-03-03', about: [Angriff]}\n",
     "Der Angriff erfolgte am Montag am frühen Morgen.", "agrees"),
    ("de", "- {id: day, check: date, expect: '2025-03-03', about: [Angriff]}\n",
     "Der Angriff erfolgt morgen.", "contradicts"),
    ("ka", "- {id: day, check: date, expect: '2025-03-03', about: [გაფიცვა]}\n",
     "გაფიცვა სამ დღეს გაგრძელდა.", "silent"),
    ("ka", "- {id: day, check: date, expect: '2025-03-03', about: [გაფიცვა]}\n",
     "გაფიცვა დღეს დაიწყო.", "contradicts"),
], ids=["de-early-morning", "de-monday-early-morning", "de-tomorrow", "ka-three-days", "ka-today"])
def test_the_morning_and_the_days_are_no_relative_day(language: str, rule: str, body: str, verdict: str) -> None:
    """German "am frühen Morgen" is the early morning, no "morgen" (tomorrow); Georgian "სამ
    დღეს" (for three days) is the dative of "day", no "დღეს" (today)."""
    assert verdict_on("day", language, "2025-03-04", body, rule) == verdict


@pytest.mark.parametrize("language, body", [
    ("en", "Workers have been on strike since Monday. The last strike took place in October 2019."),
    ("id", "Para pekerja mulai mogok sejak Senin (3/3). Mogok besar terakhir terjadi pada Oktober 2019."),
], ids=["en", "id"])
def test_a_state_since_a_recent_day_is_the_report_and_the_old_event_gives_way(language: str, body: str) -> None:
    """"On strike since Monday" tells what holds now: the sentence dated years back ("The last
    strike took place in October 2019") is another strike's."""
    rule = "- {id: day, check: date, expect: '2025-03-03', about: [strike, mogok]}\n"
    assert verdict_on("day", language, "2025-03-04", body, rule) == "agrees"


def test_a_state_since_a_recent_day_sets_aside_the_old_events_figures() -> None:
    body = ("Para pekerja mulai mogok sejak Senin (3/3). Mogok direncanakan berlangsung selama lima hari. Mogok besar "
            "terakhir terjadi pada Oktober 2019 dan berlangsung tiga hari.")
    rule = "- {id: days, check: number, expect: '5', unit: day, about: [mogok]}\n"
    assert verdict_on("days", "id", "2025-03-04", body, rule) == "agrees"


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("id", "muatan yang mudah rusak terbuang", "Muatan yang mudah rusak terbuang karena tidak dapat dibongkar.",
     "agrees"),
    ("id", "muatan yang mudah rusak terbuang", "Muatan yang mudah rusak tidak terbuang.", "contradicts"),
    ("en", "the cargo was lost", "The cargo was lost because the cranes did not work.", "agrees"),
    ("es", "la carga se perdió", "La carga se perdió porque las grúas no funcionaron.", "agrees"),
], ids=["id-because", "id-not", "en-because", "es-because"])
def test_a_negation_in_a_clause_opened_after_the_match_is_that_clauses(language: str, phrasing: str, body: str,
                                                                       verdict: str) -> None:
    """"Muatan … terbuang karena tidak dapat dibongkar" (the cargo was lost because it could not
    be unloaded): the "not" is the because-clause's, the loss is stated."""
    assert verdict_on("lost", language, "2025-03-04", body, phrase_rule("lost", phrasing)) == verdict


@pytest.mark.parametrize("language, body", [
    ("en", ("The bus plunged into a gorge on Tuesday night and 27 people died. In 2023-24, 2,386 people died in road "
           "accidents.")),
    ("en", ("The bus plunged into a gorge on Tuesday night and 27 people died. In the fiscal year 2023/24, 2,386 "
           "people died in road accidents.")),
    ("uk", ("Автобус зірвався в ущелину у вівторок уночі, загинули 27 людей. У 2023/24 фінансовому році в ДТП "
           "загинули 2386 людей.")),
], ids=["en-hyphen", "en-slash", "uk-slash"])
def test_a_fiscal_year_of_two_years_dates_its_sentence_years_back(language: str, body: str) -> None:
    """"2023-24", "2023/24": a fiscal year or a season, as long before the publication as its
    first year; its road deaths are no count of Tuesday's dead."""
    rule = "- {id: dead, check: number, expect: '27', about: [died, загинули]}\n"
    assert verdict_on("dead", language, "2025-09-17", body, rule) == "agrees"


PLACE = "- {id: place, check: entity, expect: Kalikot, alternatives: [Surkhet, Jumla], about: [حادثه, حادثے]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("fa", "وزارت راه حادثه را تایید کرد.", "silent"),
    ("ur", "وزارت مواصلات نے حادثے کی تصدیق کی۔", "silent"),
    ("fa", "حادثه در سورخت رخ داد.", "contradicts"),
    ("fa", "حادثه در کالیکوت رخ داد.", "agrees"),
], ids=["fa-ministry", "ur-ministry", "fa-surkhet", "fa-kalikot"])
def test_a_word_of_three_consonants_is_no_name_whose_kh_it_lacks(language: str, body: str, verdict: str) -> None:
    """"وزارت" (ministry) shares Surkhet's key of three consonants only because the name's kh
    merges into an h that keys leave out: it is no Surkhet; "سورخت", which writes the kh, is."""
    assert verdict_on("place", language, "2025-09-17", body, PLACE) == verdict


@pytest.mark.parametrize("phrasing, body, verdict", [
    ("hàng hóa dễ hỏng bị mất", "Cảng vụ phủ nhận rằng hàng hóa dễ hỏng bị mất.", "contradicts"),
    ("hàng hóa dễ hỏng bị mất", "Cảng vụ bác bỏ rằng hàng hóa dễ hỏng bị mất.", "contradicts"),
    ("hàng hóa dễ hỏng bị mất", "Cảng vụ xác nhận rằng hàng hóa dễ hỏng bị mất.", "agrees"),
    ("chính phủ trả tiền chuộc", "Chính phủ trả tiền chuộc cho nhóm bắt cóc.", "agrees"),
], ids=["denied", "rejected", "confirmed", "government-is-no-denial"])
def test_a_vietnamese_verb_of_denying_of_two_syllables_denies_the_clause(phrasing: str, body: str,
                                                                         verdict: str) -> None:
    """"phủ nhận rằng" (denied that) is two syllables; "nhận" alone is "received" ("xác nhận
    rằng", confirmed that) and "phủ" is in "chính phủ" (government)."""
    assert verdict_on("lost", "vi", "2025-03-04", body, phrase_rule("lost", phrasing)) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("Đàm phán sẽ được nối lại vào ngày 7/3.", "contradicts"),
    ("Đàm phán sẽ được nối lại vào ngày 6/3.", "agrees"),
], ids=["resumed-wrong-day", "resumed"])
def test_a_vietnamese_verb_that_folds_as_said_is_no_saying(body: str, verdict: str) -> None:
    """"nối lại" (resumed) folds as "nói" (said) does: compared as written, its date is the talks'."""
    rule = "- {id: talks, check: date, expect: '2025-03-06', about: [đàm phán]}\n"
    assert verdict_on("talks", "vi", "2025-03-04", body, rule) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("পুলিশ সুপার বলেন, বাসটিতে অতিরিক্ত যাত্রী ছিল না।", "contradicts"),
    ("পুলিশ সুপার বলেন, বাসটিতে অতিরিক্ত যাত্রী ছিল।", "agrees"),
    ("পুলিশ সুপার বলেন, বাসে অতিরিক্ত যাত্রী ছিল।", "agrees"),
], ids=["classified-denied", "classified", "bare"])
def test_a_bengali_noun_with_its_classifier_is_the_noun_in_its_case(body: str, verdict: str) -> None:
    """"বাসটিতে" (in the bus) is "বাসে" (in a bus) with the classifier "-টি" before its case ending."""
    rule = phrase_rule("overloaded", "বাসে অতিরিক্ত যাত্রী ছিল")
    assert verdict_on("overloaded", "bn", "2025-09-17", body, rule) == verdict


HURT = "- {id: hurt, check: number, expect: '38', about: [injured, yaralı, verletzt, blessés, heridos]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "38 people were injured in the crash. Seven seriously injured passengers were flown to hospital.", "agrees"),
    ("en", "Seven seriously injured passengers were flown to hospital.", "silent"),
    ("tr", "Kazada 38 kişi yaralandı. Ağır yaralı 7 kişi helikopterle hastaneye kaldırıldı.", "agrees"),
    ("de", ("Bei dem Unfall wurden 38 Menschen verletzt. Sieben schwer verletzte Fahrgäste wurden ins Krankenhaus "
           "geflogen."), "agrees"),
    ("fr", "L'accident a fait 38 blessés. Sept blessés graves ont été héliportés.", "agrees"),
    ("es", "En el accidente resultaron heridas 38 personas. Siete heridos graves fueron trasladados en helicóptero.",
     "agrees"),
], ids=["en", "en-alone", "tr", "de", "fr", "es"])
def test_the_seriously_injured_are_no_count_of_the_injured(language: str, body: str, verdict: str) -> None:
    """"Seven seriously injured passengers", "Ağır yaralı 7 kişi", "sept blessés graves" count a
    part of the injured, not all of them."""
    assert verdict_on("hurt", language, "2025-09-17", body, HURT) == verdict


def test_a_severe_flood_is_still_the_flood() -> None:
    rule = "- {id: dead, check: number, expect: '12', about: [flood]}\n"
    body = "A severe flood killed 12 people on Tuesday."
    assert verdict_on("dead", "en", "2025-09-17", body, rule) == "agrees"


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("es", "los rociadores estaban desconectados",
     "El jefe de bomberos ha negado que los rociadores estaban desconectados.", "contradicts"),
    ("mk", "договорот содржи откупна клаузула", "Од клубот демантираа дека договорот содржи откупна клаузула.",
     "contradicts"),
    ("be", "кантракт утрымлівае пункт пра адступныя", "Клуб абверг, што кантракт утрымлівае пункт пра адступныя.",
     "contradicts"),
    ("sq", "sprinklerët ishin fikur", "Tomás Requena mohoi se sprinklerët ishin fikur.", "contradicts"),
    ("sq", "sprinklerët ishin fikur", "Tomás Requena konfirmoi se sprinklerët ishin fikur.", "agrees"),
    ("mt", "l-isprinklers kienu mitfija", "Tomás Requena ċaħad li l-isprinklers kienu mitfija.", "contradicts"),
    ("ga", "raibh na spréiteoirí múchta", "Shéan Tomás Requena go raibh na spréiteoirí múchta.", "contradicts"),
    ("is", "úðararnir voru óvirkir", "Slökkviliðsstjórinn neitar því að úðararnir voru óvirkir.", "contradicts"),
    ("cy", "roedd y chwistrellwyr wedi eu diffodd",
     "Mae'r gwasanaeth tân wedi gwadu bod y chwistrellwyr wedi eu diffodd.", "contradicts"),
], ids=["es-perfect", "mk-plural", "be", "sq-denied", "sq-confirmed", "mt", "ga-verb-first", "is", "cy"])
def test_more_languages_deny_the_clause_after_that(language: str, phrasing: str, body: str, verdict: str) -> None:
    """Spanish "ha negado que", Macedonian "демантираа дека", Belarusian "абверг, што", Albanian
    "mohoi se", Maltese "ċaħad li", Irish "Shéan … go" (the verb first, its subject before
    "that"), Icelandic "neitar því að", Welsh "wedi gwadu bod"."""
    assert verdict_on("p", language, "2025-11-18", body, phrase_rule("p", phrasing)) == verdict


def test_a_rule_about_the_seriously_injured_names_them() -> None:
    rule = "- {id: hurt, check: number, expect: '7', about: [seriously injured]}\n"
    body = "38 people were injured in the crash. Seven seriously injured passengers were flown to hospital."
    assert verdict_on("hurt", "en", "2025-09-17", body, rule) == "agrees"


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("es", "los rociadores estaban desconectados",
     "El jefe de bomberos negó que los rociadores estuvieran desconectados.", "contradicts"),
    ("pt", "os aspersores estavam desligados",
     "O comandante desmentiu que os aspersores estivessem desligados.", "contradicts"),
    ("it", "gli sprinkler erano spenti", "Il comandante ha negato che gli sprinkler fossero spenti.", "contradicts"),
    ("fr", "les sprinklers avaient été coupés", "Le commandant a démenti que les sprinklers aient été coupés.",
     "contradicts"),
    ("ca", "els aspersors estaven desconnectats",
     "El cap de bombers ha negat que els aspersors estiguessin desconnectats.", "contradicts"),
    ("es", "los rociadores estaban desconectados", "Los rociadores estaban desconectados.", "agrees"),
], ids=["es", "pt", "it", "fr", "ca", "es-indicative"])
def test_the_subjunctive_after_a_verb_of_denying_is_the_phrasings_indicative(language: str, phrasing: str,
                                                                             body: str, verdict: str) -> None:
    """"negó que los rociadores estuvieran desconectados": the clause a verb of denying governs
    takes the subjunctive of the auxiliary the phrasing writes in the indicative ("estaban")."""
    assert verdict_on("p", language, "2025-11-18", body, phrase_rule("p", phrasing)) == verdict


SWARMS = ("- {id: invasion, check: date, expect: '2025-03-09', about: [टिड्डी दल, sürü]}\n"
          "- {id: detected, check: date, expect: '2025-02-24', about: [पता, aşkar]}\n")


@pytest.mark.parametrize("language, body", [
    ("hi", "एफएओ ने बताया कि टिड्डी दलों का पहली बार 24 फरवरी को थार रेगिस्तान में पता चला था।"),
    ("az", "FAO bildirib ki, sürülər ilk dəfə fevralın 24-də Thar səhrasında aşkar edilib."),
], ids=["hi", "az"])
def test_where_the_verb_comes_last_a_date_is_the_verbs_after_it(language: str, body: str) -> None:
    """"टिड्डी दलों का पहली बार 24 फरवरी को … पता चला" (the swarms were first detected on 24
    February): the date is the detection's, the verb that closes its clause, though the swarms
    stand nearer before it."""
    assert verdict_on("detected", language, "2025-03-11", body, SWARMS) == "agrees"
    assert verdict_on("invasion", language, "2025-03-11", body, SWARMS) == "silent"


@pytest.mark.parametrize("language, rule, body, verdict", [
    ("mt", "- {id: n, check: number, expect: '7', unit: hour, about: [pompieri]}\n",
     "Il-pompieri ħadmu għal 7 sigħat.", "agrees"),
    ("mt", "- {id: n, check: number, expect: '7', unit: hour, about: [pompieri]}\n",
     "Il-pompieri ħadmu għal 9 sigħat.", "contradicts"),
    ("cy", "- {id: n, check: number, expect: '312', unit: manuscript, units: [llawysgrif], about: [tân]}\n",
     "Cafodd 312 o lawysgrifau eu dinistrio gan y tân.", "agrees"),
], ids=["mt-hours", "mt-hours-wrong", "cy-of"])
def test_maltese_spans_and_the_welsh_of_after_a_figure(language: str, rule: str, body: str, verdict: str) -> None:
    """Maltese "7 sigħat" are hours (CLDR lends Maltese only the root's "7 h"); Welsh joins a
    figure to its noun with "o": "312 o lawysgrifau" (312 manuscripts)."""
    assert verdict_on("n", language, "2025-11-18", body, rule) == verdict


@pytest.mark.parametrize("language, body", [
    ("de", "Die Systeme seien am Dienstag wiederhergestellt worden, sagte ein Sprecher am Mittwoch."),
    ("pl", "Systemy zostały przywrócone we wtorek, poinformowały w środę władze."),
], ids=["de-passive-before-the-comma", "pl-plural"])
def test_the_day_of_the_saying_after_a_reported_passive(language: str, body: str) -> None:
    """"… wiederhergestellt worden, sagte ein Sprecher am Mittwoch": the passive's auxiliary
    before the comma is no passive of "sagte"; Polish "poinformowały" (they reported, feminine
    plural) says as "poinformował" does. Wednesday is the saying's."""
    rule = "- {id: restored, check: date, expect: '2025-03-11', about: [wiederhergestellt, przywrócone]}\n"
    assert verdict_on("restored", language, "2025-03-12", body, rule) == "agrees"


@pytest.mark.parametrize("body, verdict", [
    ("The systems were back on Tuesday, March 11, eight days after the network was hit by a ransomware attack.",
     "silent"),
    ("The network was hit by a ransomware attack on Monday, March 3.", "agrees"),
], ids=["days-after-a-clause", "its-own-date"])
def test_the_event_of_a_clause_after_a_span_of_time_is_the_reference(body: str, verdict: str) -> None:
    """"eight days after the network was hit by a ransomware attack": the attack is the time
    Tuesday is told against, not Tuesday's event."""
    rule = "- {id: attack, check: date, expect: '2025-03-03', about: [attack]}\n"
    assert verdict_on("attack", "en", "2025-03-12", body, rule) == verdict


@pytest.mark.parametrize("language, body", [
    ("fr", "37 patients, dont six en soins intensifs, ont été transférés."),
    ("en", "37 patients, including six in intensive care, were transferred."),
], ids=["fr-dont", "en-including"])
def test_a_figure_after_including_in_an_aside_is_a_part_no_count(language: str, body: str) -> None:
    """"dont six en soins intensifs", "including six in intensive care": the six are a part of the
    37; they state no count of the transferred (whose 37 stands past the aside's comma)."""
    rule = "- {id: moved, check: number, expect: '37', about: [transférés, transferred]}\n"
    assert verdict_on("moved", language, "2025-03-12", body, rule) != "contradicts"


@pytest.mark.parametrize("phrasing, body, verdict", [
    ("نفت الوزارة أن التفتيش ألغي", "نفت الوزارة أن التفتيش ألغي.", "agrees"),
    ("الوزارة نفت أن التفتيش ألغي", "الوزارة نفت أن التفتيش ألغي.", "agrees"),
    ("التفتيش ألغي", "نفت الوزارة أن التفتيش ألغي.", "contradicts"),
], ids=["verb-first", "subject-first", "the-claim-alone"])
def test_a_phrasings_own_short_verb_of_denying_denies_nothing_of_it(phrasing: str, body: str, verdict: str) -> None:
    """"نفت" (denied) is a word short enough for a match to leave out: where the phrasing writes it
    itself, the text's "نفت" is the phrasing's, no denial of what it states."""
    assert verdict_on("p", "ar", "2025-03-14", body, phrase_rule("p", phrasing)) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("광부들은 9일 만에 모두 지상으로 나왔다.", "silent"),
    ("광부들은 9일 동안 갇혀 있었다.", "silent"),
    ("광부들은 13일 모두 지상으로 나왔다.", "agrees"),
    ("광부들은 9일 모두 지상으로 나왔다.", "contradicts"),
], ids=["after-nine-days", "for-nine-days", "the-13th", "the-9th"])
def test_korean_days_of_a_span_written_apart_are_no_date(body: str, verdict: str) -> None:
    """"9일 만에" (after nine days), "9일 동안" (for nine days) count days; "13일" alone is the 13th."""
    rule = "- {id: out, check: date, expect: '2025-03-13', about: [광부]}\n"
    assert verdict_on("out", "ko", "2025-03-14", body, rule) == verdict


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("pa", "ਫੈਰੀ ਨੂੰ ਰਵਾਨਾ ਹੋਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੱਤੀ ਗਈ ਸੀ",
     "ਅਥਾਰਟੀ ਨੇ ਇਸ ਗੱਲ ਤੋਂ ਇਨਕਾਰ ਕੀਤਾ ਹੈ ਕਿ ਫੈਰੀ ਨੂੰ ਰਵਾਨਾ ਹੋਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੱਤੀ ਗਈ ਸੀ।", "contradicts"),
    ("pa", "ਫੈਰੀ ਨੂੰ ਰਵਾਨਾ ਹੋਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੱਤੀ ਗਈ ਸੀ",
     "ਅਥਾਰਟੀ ਨੇ ਪੁਸ਼ਟੀ ਕੀਤੀ ਕਿ ਫੈਰੀ ਨੂੰ ਰਵਾਨਾ ਹੋਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੱਤੀ ਗਈ ਸੀ।", "agrees"),
    ("gu", "ફેરીને રવાના થવાની પરવાનગી આપવામાં આવી હતી",
     "સત્તામંડળે ઇનકાર કર્યો છે કે ફેરીને રવાના થવાની પરવાનગી આપવામાં આવી હતી.", "contradicts"),
    ("mr", "फेरीला निघण्याची परवानगी देण्यात आली होती",
     "प्राधिकरणाने नाकारले की फेरीला निघण्याची परवानगी देण्यात आली होती.", "contradicts"),
], ids=["pa-refused", "pa-confirmed", "gu-refused", "mr-denied"])
def test_punjabi_gujarati_marathi_deny_the_clause_after_that(language: str, phrasing: str, body: str,
                                                            verdict: str) -> None:
    """Punjabi "ਇਨਕਾਰ ਕੀਤਾ ਹੈ ਕਿ", Gujarati "ઇનકાર કર્યો છે કે" (a noun of denying, its light verb and
    auxiliary, then "that"), Marathi "नाकारले की"."""
    assert verdict_on("p", language, "2025-08-17", body, phrase_rule("p", phrasing)) == verdict


@pytest.mark.parametrize("language, rule, body, verdict", [
    ("uk", "- {id: n, check: number, expect: '9', unit: day, about: [гірники]}\n",
     "Гірники провели під землею 9 діб.", "agrees"),
    ("uk", "- {id: n, check: number, expect: '9', unit: day, about: [гірники]}\n",
     "Гірники провели під землею 8 діб.", "contradicts"),
    ("ja", "- {id: n, check: number, expect: '30', unit: centimeter, about: [穴]}\n",
     "救助隊が直径30センチの穴を掘削した。", "agrees"),
    ("fi", "- {id: n, check: number, expect: '67', unit: year, about: [eläkeikä]}\n",
     "Uudistus nostaa eläkeiän 65 vuodesta 68 vuoteen.", "contradicts"),
], ids=["uk-doba", "uk-doba-wrong", "ja-senchi", "fi-to-68-years"])
def test_days_of_24_hours_the_short_centimetre_and_years_in_the_cases_of_a_change(language: str, rule: str,
                                                                                  body: str, verdict: str) -> None:
    """Ukrainian "9 діб" (days of 24 hours), Japanese "30センチ" (centimetres), Finnish "68 vuoteen"
    (to 68 years)."""
    assert verdict_on("n", language, "2025-03-14", body, rule) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("A parlament kedden 36 nem szavazattal elfogadta a reformot.", "agrees"),
    ("A parlament kedden 51 igen és 36 nem szavazattal elfogadta a reformot.", "agrees"),
    ("A parlament kedden nem fogadta el a reformot.", "silent"),
], ids=["no-votes", "yes-and-no-votes", "not-adopted"])
def test_the_no_of_a_vote_denies_nothing(body: str, verdict: str) -> None:
    """"36 nem szavazattal" (with 36 votes against): the "nem" is the vote's, the reform was adopted."""
    rule = "- {id: vote, check: date, expect: '2025-11-18', about: [elfogadta]}\n"
    assert verdict_on("vote", "hu", "2025-11-19", body, rule) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("Državni zbor je v torek sprejel pokojninsko reformo.", "agrees"),
    ("Pokojninska reforma je bila sprejeta v torek.", "agrees"),
    ("Državni zbor je v sredo sprejel pokojninsko reformo.", "contradicts"),
], ids=["past", "participle", "wrong-day"])
def test_a_slovene_infinitive_in_eti_finds_its_past(body: str, verdict: str) -> None:
    """"sprejeti" (to adopt): "sprejel", "sprejeta"."""
    rule = "- {id: vote, check: date, expect: '2025-11-18', about: [sprejeti]}\n"
    assert verdict_on("vote", "sl", "2025-11-19", body, rule) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("යාත්‍රාවේ ධාරිතාව මගීන් 110 දෙනෙකු පමණක් විය.", "contradicts"),
    ("යාත්‍රාවේ ධාරිතාව මගීන් 118 දෙනෙකු පමණ විය.", "agrees"),
], ids=["only", "about"])
def test_sinhala_only_is_no_about(body: str, verdict: str) -> None:
    """"110 දෙනෙකු පමණක්" is only 110, no "about 110" ("පමණ") that would agree with 120."""
    rule = "- {id: cap, check: number, expect: '120', about: [ධාරිතාව]}\n"
    assert verdict_on("cap", "si", "2025-08-17", body, rule) == verdict


@pytest.mark.parametrize("language, body, verdict", [
    ("ml", "ഇന്നലെ ബോട്ട് മുങ്ങി.", "agrees"),
    ("ml", "ഇന്ന് ബോട്ട് മുങ്ങി.", "contradicts"),
    ("kn", "ನಿನ್ನೆ ದೋಣಿ ಮುಳುಗಿತು.", "agrees"),
], ids=["ml-yesterday", "ml-today", "kn-yesterday"])
def test_yesterday_and_today_from_cldr_where_no_table_has_them(language: str, body: str, verdict: str) -> None:
    """Malayalam "ഇന്നലെ", Kannada "ನಿನ್ನೆ" (yesterday): CLDR's relative days of the language."""
    rule = "- {id: d, check: date, expect: '2025-08-16', about: [ബോട്ട്, ದೋಣಿ]}\n"
    assert verdict_on("d", language, "2025-08-17", body, rule) == verdict


def test_a_thai_dateline_without_a_year_dates_nothing_of_the_lead() -> None:
    """"ดัลโมรา 4 มี.ค. – …" (Dalmora, 4 March –): the day the report was filed, no day of the strike."""
    rule = "- {id: d, check: date, expect: '2025-03-03', about: [นัดหยุดงาน]}\n"
    body = "ดัลโมรา 4 มี.ค. – แรงงานท่าเรือเริ่มนัดหยุดงานตั้งแต่วันจันทร์"
    assert verdict_on("d", "th", "2025-03-04", body, rule) == "agrees"


def test_an_amharic_dateline_ended_by_its_agency_alone_dates_nothing_of_the_lead() -> None:
    """"አዲስ አበባ፣ መጋቢት 2 ቀን 2017 (ኢዜአ) …" (Addis Ababa, Megabit 2, 2017 (ENA)): the filing's day,
    its agency in brackets and no mark after it."""
    rule = "- {id: d, check: date, expect: '2025-03-09', about: [አንበጣ]}\n"
    body = "አዲስ አበባ፣ መጋቢት 2 ቀን 2017 (ኢዜአ) የአንበጣ መንጋ የእርሻ መሬቶችን ወረረ።"
    assert verdict_on("d", "am", "2025-03-11", body, rule) == "silent"
