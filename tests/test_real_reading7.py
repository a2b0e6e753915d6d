"""Whole articles as the wire writes them, end to end: an earthquake in central Italy
reported in sixteen languages (Italian, Czech, Korean, Hebrew...), each with the verdict
of its rules and the sentence it rests on, and what reading them showed."""

from __future__ import annotations

import datetime as dt

import pytest
from real_news import date_rule, number_rule, phrase_rule, read_case, stated, verdict_on

from checker.corpus.language import LanguageDetector
from checker.facts.dates import find_dates
from checker.facts.numbers import find_numbers
from checker.text.sentences import split_sentences


@pytest.mark.parametrize("language, text, days", [
    ("cs", "Zemětřesení o síle 6,1 stupně zasáhlo v úterý ráno střední Itálii.", [10]),
    ("cs", "Střední školy zůstanou ve středu zavřené.", [11]),
    ("sk", "Zemetrasenie zasiahlo v utorok stredné Taliansko, stredná škola je zatvorená.", [10]),
    ("uk", "Землетрус у вівторок сколихнув середню частину Італії, середній бал не змінився.", [10]),
    ("cs", "Úřady to oznámily ve středu a zopakovaly to ve středě večer i po středeční poradě.", [11, 11]),
], ids=["cs-central", "cs-school", "sk-central", "uk-middle", "cs-cases"])
def test_a_word_of_a_weekdays_stem_is_no_weekday(language: str, text: str, days: list[int]) -> None:
    """Czech "střední" (central) was read as "středa" (Wednesday), and a Czech report of an
    earthquake on Tuesday contradicted the rule with a Wednesday; the cases of the name
    ("ve středu", "ve středě") are still the day."""
    found = find_dates(text, language, dt.date(2026, 11, 11))
    assert [m.value.day for m in found if m.value.weekday] == days


QUAKE_RULES = (date_rule("quake", "2026-11-10", "earthquake", "землетрясение", "地震", "terremoto", "scossa", "deprem")
               + number_rule("dead", "12", "killed", "killing", "унесло жизни", "погибли", "死亡", "morti",
                             "vittime", "hayatını kaybetti"))

EARLIER_EVENT = {
    "en": ("en", """Earthquake kills 12 in central Italy

A magnitude 6.1 earthquake struck central Italy early on Tuesday, killing 12 people, officials said. In August 2016, an earthquake near Amatrice killed 299 people.
"""),
    "ru": ("ru", """Землетрясение в Италии унесло жизни 12 человек

Во вторник ночью в центральной части Италии произошло землетрясение магнитудой 6,1, погибли 12 человек. В 2016 году землетрясение в Аматриче унесло жизни 299 человек.
"""),
    "ja": ("ja", """イタリア中部で地震、12人死亡

イタリア中部で10日未明、マグニチュード6.1の地震があり、12人が死亡した。2016年8月にはアマトリーチェ付近の地震で299人が死亡している。
"""),
    "it": ("it", """Terremoto nel Centro Italia, 12 morti

Una scossa di magnitudo 6,1 ha colpito il Centro Italia martedì notte, causando 12 morti. Nel 2016 il terremoto di Amatrice causò 299 vittime.
"""),
    "tr": ("tr", """İtalya'da deprem: 12 kişi hayatını kaybetti

İtalya'nın orta kesiminde salı sabaha karşı 6,1 büyüklüğünde deprem meydana geldi, 12 kişi hayatını kaybetti. 2016 yılında Amatrice'deki depremde 299 kişi hayatını kaybetmişti.
"""),
}


@pytest.mark.parametrize("case", list(EARLIER_EVENT))
def test_a_sentence_dated_years_before_tells_of_an_earlier_event(case: str) -> None:
    """A report of Tuesday's earthquake recalls the one of 2016, with its date and its
    dead: both rules were unclear, the earlier event's date and figure being read as
    this one's. A date with its year ("August 2016", "2016年8月") or a year alone, written
    as a year is ("В 2016 году", "2016 yılında", "Nel 2016 il"), dates the sentence; the
    event of the rule is dated within the year, where the source names it too."""
    language, text = EARLIER_EVENT[case]
    report = read_case(case, language, "2026-11-11", text, QUAKE_RULES)
    verdicts = {rule: verdict for rule, (verdict, _) in stated(report, ["quake", "dead"]).items()}
    assert verdicts == {"quake": "agrees", "dead": "agrees"}


@pytest.mark.parametrize("text, verdict", [
    # alone, the earlier event is the one the source tells of
    ("In August 2016, an earthquake near Amatrice killed 299 people.", "contradicts"),
    # so too beside sentences that date nothing: an article that looks back
    ("In August 2016, an earthquake near Amatrice killed 299 people. The earthquake killed people in three regions.",
     "contradicts"),
    # a sentence that also dates something within the year tells of it, whatever year it names
    ("The earthquake killed 12 people on Tuesday. On Tuesday, the deadliest day since 2016, the earthquake killed "
     "15 people.", "unclear"),
    # a count of four figures is no year
    ("The earthquake killed 12 people. Another 1995 people were hurt when the earthquake struck.", "agrees"),
], ids=["alone", "looking-back", "since", "count"])
def test_what_a_year_does_not_make_an_earlier_event(text: str, verdict: str) -> None:
    report = read_case("quake", "en", "2026-11-11", "Head\n\n" + text + "\n",
                       number_rule("dead", "12", "killed"))
    assert stated(report, ["dead"])["dead"][0] == verdict


@pytest.mark.parametrize("language, text", [
    ("cs", "Epicentrum leželo nedaleko městečka Norcia v hloubce deseti kilometrů."),
    ("cs", "Epicentrum otřesu leželo u největšího města Norcia."),
    ("sk", "Epicentrum sa nachádzalo nedaleko mesta Norcia."),
], ids=["cs-near", "cs-largest", "sk-near"])
def test_a_word_with_the_negating_prefix_that_is_no_verb_denies_no_name(language: str, text: str) -> None:
    """Czech and Slovak deny a verb with "ne-" written on it ("nesetkal se se Zelenským"),
    but "nedaleko" (near) and "největší" (the largest) are no verbs: the epicentre "near
    the town of Norcia" was read as not Norcia, and the source was silent."""
    report = read_case("quake", language, "2026-11-11", "Head\n\n" + text + "\n",
                       "- {id: epicentre, check: entity, expect: Norcia, about: [epicentrum]}\n")
    assert stated(report, ["epicentre"])["epicentre"] == ("agrees", text)


@pytest.mark.parametrize("language, phrasing, text", [
    ("he", "הממשלה הכריזה על מצב חירום", "ממשלת איטליה הכריזה על מצב חירום במחוזות אומבריה ומרקה."),
    ("he", "חברים בכנסת הצביעו בעד החוק", "חברי הכנסת הצביעו בעד החוק ביום שלישי."),
    ("ar", "أعلنت الحكومة حالة الطوارئ", "أعلنت حكومة إيطاليا حالة الطوارئ في منطقتي أومبريا وماركي."),
], ids=["he-government", "he-members", "ar-government"])
def test_a_noun_in_the_construct_state_is_the_phrasings_noun(language: str, phrasing: str, text: str) -> None:
    """A Hebrew or Arabic noun that belongs to the next one drops its article and writes
    Hebrew -ה as -ת, -ים as -י: "ממשלת איטליה" (Italy's government) states "הממשלה" (the
    government) of a phrasing; the source was silent."""
    report = read_case("quake", language, "2026-11-11", "Head\n\n" + text + "\n", phrase_rule("emergency", phrasing))
    assert stated(report, ["emergency"])["emergency"] == ("agrees", text)


@pytest.mark.parametrize("language, text, sentences", [
    ("es", "La ruta del maratón abarca 690 km. La edición anterior, en 2018, atrajo menos atención.", 2),
    ("ro", "Biletele s-au vândut în câteva ore. Gazda conferinței a fost orașul Skovorodino.", 2),
    ("es", "El presidente Juan M. Santos llegó a Bogotá.", 1),
    ("de", "Der Zug hatte 3 Std. Verspätung.", 1),
    # a full stop after a word, before a count: the segmenter of some languages does not cut there
    ("fi", "Silta surmasi seitsemän ihmistä, kertoi poliisi. 300 metriä pitkä silta rakennettiin vuonna 1976.", 2),
    ("de", "Das teilte die Polizei mit. 300 Menschen mussten ihre Wohnungen verlassen.", 2),
    ("da", "Det oplyser politiet. 300 personer blev evakueret.", 2),
    ("de", "Das Treffen findet am 13. November statt, ca. 300 Gäste kommen.", 1),
    ("de", "Die Strecke ist ca. 300 km lang.", 1),
    ("en", "Since Sept. 13 prices for heating oil have climbed 8 percent.", 1),
], ids=["es-km", "ro-hours", "es-initial", "de-noun", "fi-count", "de-count", "da-count", "de-ordinal",
        "de-about", "en-month"])
def test_a_unit_before_a_full_stop_and_a_capital_ends_a_sentence(language: str, text: str, sentences: int) -> None:
    """The segmenter takes "km" and Romanian "ore" (hours) for abbreviations and kept two
    sentences as one: "La edición anterior, en 2018" then dated the marathon's distance in
    2018, and the host city of a conference was read with another sentence's date."""
    from checker.text.sentences import Span, sentences_in

    assert len(sentences_in(text, Span(0, len(text)), language)) == sentences


@pytest.mark.parametrize("text, day", [
    ("据乌克兰媒体报道，基辅一家法院19日以贪污罪判处乌克兰前国防部副部长梅尔尼克12年有期徒刑。", 19),
    ("波兰央行4日以微弱多数决定维持利率不变。", 4),
], ids=["by-reason", "by-majority"])
def test_a_chinese_day_before_the_yi_of_by_is_a_date(text: str, day: int) -> None:
    """以 after a day begins "since" and "after" (以来, 以后: no day of the event), and is
    also "by", "for" (以贪污罪, for embezzlement): the court's sentence on the 19th was
    silent."""
    found = find_dates(text, "zh", dt.date(2026, 11, 20))
    assert [m.value.day for m in found] == [day]


def test_a_chinese_day_since_which_is_still_no_date() -> None:
    assert find_dates("自13日以来，已有500人撤离。", "zh", dt.date(2026, 11, 20)) == []


def test_an_arabic_verb_of_change_with_and_written_on_it_marks_the_value_it_started_from() -> None:
    """"وتراجع التضخم إلى 4.9 في المئة ... من 5.1 في المئة": and inflation fell to 4.9 per
    cent from 5.1; with "and" written on the verb, both figures were read as inflation's."""
    text = ("Head\n\nوتراجع التضخم إلى 4.9 في المئة على أساس سنوي في أكتوبر تشرين الأول من 5.1 في المئة في "
            "سبتمبر أيلول.\n")
    report = read_case("rate", "ar", "2026-11-05", text, number_rule("inflation", "4.9", "التضخم", unit="percent"))
    assert stated(report, ["inflation"])["inflation"][0] == "agrees"


@pytest.mark.parametrize("language, text", [
    ("lt", "Šeštadienį Vienoje sugriuvus tiltui per Dunojų žuvo septyni žmonės, pranešė policija."),
    ("lv", "Sestdien Vīnē sabrukušā tilta dēļ gāja bojā septiņi cilvēki, paziņoja policija."),
], ids=["lt-dative", "lv-genitive"])
def test_a_baltic_noun_of_a_short_stem_is_read_in_its_cases(language: str, text: str) -> None:
    """"tiltas" (bridge) has a stem of four letters, "tiltui", "tilto", "tilta" its cases: the
    Lithuanian report of a bridge that fell on Saturday was silent."""
    report = read_case("bridge", language, "2026-11-15", "Head\n\n" + text + "\n",
                       date_rule("collapse", "2026-11-14", "tiltas", "tilts"))
    assert stated(report, ["collapse"])["collapse"] == ("agrees", text)


def test_a_korean_verb_that_joins_the_next_clause_ends_its_own() -> None:
    """"12명이 숨지고 약 150명이 다쳤다": about 150 stands right after "숨지고" (died, and),
    and was read as the dead too, beside 12; the ending -고 parts two clauses as "and" does."""
    text = ("Head\n\n이탈리아 중부에서 10일 새벽 규모 6.1의 지진이 발생해 12명이 숨지고 약 150명이 다쳤다고 현지 당국이 "
            "밝혔다.\n")
    report = read_case("quake", "ko", "2026-11-11", text,
                       number_rule("dead", "12", "숨지고") + number_rule("injured", "~150", "다쳤다"))
    verdicts = stated(report, ["dead", "injured"])
    assert {rule: verdict for rule, (verdict, _) in verdicts.items()} == {"dead": "agrees", "injured": "agrees"}


@pytest.mark.parametrize("name, text", [
    ("Cagayan", "พายุไต้ฝุ่นบัวลอยขึ้นฝั่งที่จังหวัดคากายันทางตอนเหนือของฟิลิปปินส์เมื่อวันอาทิตย์"),
    ("Gaza", "เครื่องบินรบโจมตีฉนวนกาซาเมื่อวันอาทิตย์"),
], ids=["cagayan", "gaza"])
def test_a_thai_name_is_read_by_its_sound_without_aspiration_and_with_k_for_g(name: str, text: str) -> None:
    """Thai writes a foreign k with its aspirated ค and a foreign g with ก (k): "คากายัน"
    was read "hakayan" and was no Cagayan."""
    report = read_case("typhoon", "th", "2026-10-05", "Head\n\n" + text + "\n",
                       f"- {{id: place, check: entity, expect: {name}}}\n")
    assert stated(report, ["place"])["place"][0] == "agrees"


def test_earlier_in_another_clause_says_nothing_of_a_figure() -> None:
    """"up 12% from a year earlier, as it delivered 560 aircraft": "earlier" compares the
    12%, and the 560 was dropped as a figure stated before, leaving the profit, the 12% and
    "a year" as the deliveries (a false contradiction)."""
    text = ("Head\n\nAirbus reported on Thursday a net profit of 4.2 billion euros for the first nine months of 2026, "
            "up 12% from a year earlier, as it delivered 560 aircraft.\n")
    report = read_case("airbus", "en", "2026-10-30", text, number_rule("deliveries", "560", "delivered"))
    assert stated(report, ["deliveries"])["deliveries"][0] == "agrees"


@pytest.mark.parametrize("language, text", [
    ("es", "Airbus entregó 560 aviones en el periodo. Faury mantuvo el objetivo de unas 820 entregas en el año."),
    ("de", "Ausgeliefert wurden 560 Flugzeuge. Konzernchef Faury bestätigte das Ziel von rund 820 Auslieferungen."),
    ("en", "Airbus delivered 560 aircraft. Faury said it was on track to meet its target of around 820 deliveries."),
], ids=["es", "de", "en"])
def test_a_target_gives_way_to_the_figure_reached(language: str, text: str) -> None:
    """The target of about 820 deliveries for the year made every report of the 560
    delivered unclear."""
    report = read_case("airbus", language, "2026-10-30", "Head\n\n" + text + "\n",
                       number_rule("deliveries", "560", "entregó", "entregas", "Ausgeliefert", "Auslieferungen",
                                   "delivered", "deliveries"))
    assert stated(report, ["deliveries"])["deliveries"][0] == "agrees"


@pytest.mark.parametrize("language, text", [
    ("en", "A Kyiv court on Thursday sentenced Melnyk to 12 years in prison. Prosecutors had sought 15 years in prison."),
    ("fa", "دادگاه روز پنجشنبه ملنیک را به ۱۲ سال زندان محکوم کرد. دادستانی خواستار ۱۵ سال زندان شده بود."),
    ("ja", "裁判所は19日、メルニク被告に禁錮12年の判決を言い渡した。検察側は禁錮15年を求刑していた。"),
    ("ko", "법원은 19일 멜니크 전 차관에게 징역 12년을 선고했다. 검찰은 징역 15년을 구형했었다."),
    ("tr", "Mahkeme perşembe günü Melnyk'e 12 yıl hapis cezası verdi. Savcılık 15 yıl hapis talep etmişti."),
], ids=["en", "fa", "ja", "ko", "tr"])
def test_a_sentence_asked_for_gives_way_to_the_one_passed(language: str, text: str) -> None:
    """The 15 years the prosecution asked for made the reports of the 12 years unclear."""
    report = read_case("court", language, "2026-11-20", "Head\n\n" + text + "\n",
                       number_rule("years", "12", "prison", "زندان", "禁錮", "징역", "hapis", unit="year"))
    assert stated(report, ["years"])["years"][0] == "agrees"


@pytest.mark.parametrize("language, text", [
    ("en", "Vinícius double sends Real Madrid into final\n\nMADRID (Reuters) - Vinícius Júnior scored twice as Real "
           "Madrid beat Bayern Munich 2-1 at the Bernabéu on Wednesday to reach the Champions League final. Harry Kane "
           "had given Bayern the lead in the 23rd minute before Vinícius struck in the 61st and 78th minutes in front "
           "of 78,000 fans. Madrid will face Arsenal in the final in Budapest on 30 May."),
    ("id", "Presiden Prabowo Subianto bertemu Presiden Turki Recep Tayyip Erdoğan di Ankara pada hari Rabu. Kedua "
           "pemimpin membahas kerja sama pertahanan dan perdagangan, kata juru bicara kepresidenan. Erdoğan menyambut "
           "Prabowo di Istana Kepresidenan, sementara para menteri menandatangani tujuh nota kesepahaman."),
], ids=["en-football", "id-visit"])
def test_names_spelt_with_marks_leave_an_article_in_its_language(language: str, text: str) -> None:
    """The detector's models restrict a text to the languages that write its marked letters:
    an English match report naming "Vinícius Júnior" at the "Bernabéu" was Tagalog. Names
    with marks are left out of what the models read where the text's words in lower case
    write none."""
    found = LanguageDetector(None).detect([text])[0]
    assert found.language == language


def test_a_weekday_after_a_clock_time_is_a_day() -> None:
    """"alle 3:42 di martedì notte" (at 3:42 on Tuesday night): the minutes and "di" before
    the weekday were read as "42 Tuesdays", and the Italian report of the earthquake had no
    date."""
    found = find_dates("Una scossa di magnitudo 6,1 ha colpito il Centro Italia alle 3:42 di martedì notte.", "it",
                       dt.date(2026, 11, 11))
    assert [m.value.day for m in found] == [10]


@pytest.mark.parametrize("language, text", [
    ("nb", "Sju personer ble drept og 31 skadet da en bro over Donau kollapset i Wien lørdag."),
    ("nn", "Sju personar vart drepne då ei bru over Donau rasa saman i Wien laurdag."),
], ids=["nb", "nn"])
def test_norwegian_seven_as_news_writes_it(language: str, text: str) -> None:
    """Norwegian news writes seven "sju" (num2words gives "syv" only): the dead were silent."""
    report = read_case("bridge", language, "2026-11-15", "Head\n\n" + text + "\n",
                       number_rule("dead", "7", "drept", "drepne"))
    assert stated(report, ["dead"])["dead"] == ("agrees", text)


@pytest.mark.parametrize("text, unit", [
    ("检方称，他挪用了用于军队食品供应的3500万格里夫纳。", "UAH"),
    ("土耳其央行上周花费50亿里拉干预汇市。", "TRY"),
], ids=["hryvnia", "lira"])
def test_a_chinese_currency_is_read_without_its_country(text: str, unit: str) -> None:
    """CLDR writes "乌克兰格里夫纳" (Ukraine's hryvnia) as one word; news writes "格里夫纳"
    alone, and "3500万格里夫纳" was a figure without a currency."""
    from checker.facts.numbers import find_numbers

    assert [m.value.unit for m in find_numbers(text, "zh")] == [unit]


@pytest.mark.parametrize("language, text", [
    ("ro", "Cel puțin 50 de oameni au murit în atacul asupra gării."),
    ("hr", "U napadu na kolodvor poginulo je najmanje 50 ljudi."),
], ids=["ro", "hr"])
def test_at_least_is_shown_as_taking_the_figure_in(language: str, text: str) -> None:
    """"at least 50" is shown "≥ 50" in Romanian and Croatian as in English ("> 50" before)."""
    report = read_case("toll", language, "2026-11-15", "Head\n\n" + text + "\n",
                       number_rule("toll", ">= 50", "murit", "poginulo"))
    [source] = report.results[0].sources
    assert [value.split()[0:2] for value in source.values] == [["≥", "50"]]


@pytest.mark.parametrize("language, text, sentences", [
    ("de", "Der Rat tagte zum 4. Mal in Berlin. Dabei wurden 12 Abkommen unterzeichnet.", 2),
    ("de", "Die Mannschaft belegte den 3. Platz. Am Montag folgt das Finale.", 2),
    ("de", "Im 2. Quartal sank der Umsatz. Zum 3. Mal in Folge.", 2),
    ("lb", "Si hunn zum 4. Mol gewonnen. Dat war e Rekord.", 2),
    # after a bare preposition a figure with a full stop still ends a sentence
    ("de", "Die Zahl der Toten stieg auf 12. Experten warnen vor weiteren Opfern.", 2),
], ids=["zum-Mal", "den-Platz", "im-Quartal", "lb-zum-Mol", "auf-12"])
def test_an_ordinal_before_its_noun_ends_no_sentence(language: str, text: str, sentences: int) -> None:
    """German writes an ordinal as a figure with a full stop and capitalises the noun
    after it: "zum 4. Mal" was split after "4.", leaving the rest of the sentence,
    its day and its figures, apart from the words before."""
    found = split_sentences(text, language)
    assert len(found) == sentences
    assert all(not text[s.start:s.end].startswith(("Mal", "Platz", "Quartal", "Mol")) for s in found)


def test_a_day_after_an_ordinal_is_the_sentences_event() -> None:
    rules = date_rule("summit", "2026-11-11", "Gipfel", "summit")
    text = "Gipfel in Berlin\n\nDer Gipfel der Regierungschefs fand zum 4. Mal am Mittwoch in Berlin statt.\n"
    report = read_case("summit", "de", "2026-11-12", text, rules)
    assert stated(report, ["summit"])["summit"] == (
        "agrees", "Der Gipfel der Regierungschefs fand zum 4. Mal am Mittwoch in Berlin statt.")


@pytest.mark.parametrize("language, text, day", [
    ("pl", "Sojusz wygrał niedzielne wybory.", 22),
    ("pl", "Sojusz wygrał sobotnie przedterminowe wybory.", 21),
    ("pl", "Poniedziałkowe posiedzenie rządu przełożono.", 23),
    ("pl", "Czwartkowa sesja giełdy zakończyła się spadkami.", 19),
    ("ru", "Альянс победил на воскресных выборах.", 22),
    ("ru", "Пятничное заседание перенесли.", 20),
    ("ru", "Понедельничное заседание перенесли.", 23),
    ("cs", "Aliance vyhrála nedělní volby.", 22),
    ("cs", "Čtvrteční jednání vlády skončilo.", 19),
    ("uk", "Альянс переміг на недільних виборах.", 22),
    ("bg", "Алиансът спечели неделните избори.", 22),
    ("hr", "Savez je pobijedio na nedjeljnim izborima.", 22),
    ("uk", "Засідання перенесли до четверга.", 19),
], ids=["pl-sunday", "pl-saturday", "pl-monday", "pl-thursday", "ru-sunday", "ru-friday", "ru-monday", "cs-sunday",
        "cs-thursday", "uk-sunday", "bg-sunday", "hr-sunday", "uk-genitive"])
def test_a_weekdays_adjective_is_the_day(language: str, text: str, day: int) -> None:
    """Slavic news dates an event with the weekday's adjective ("niedzielne wybory",
    "воскресные выборы", Sunday's election): a Polish report that the vote was on
    Saturday was silent beside a rule of Sunday."""
    found = [m.value.day for m in find_dates(text, language, dt.date(2026, 11, 23)) if m.value.weekday]
    assert found == [day]


@pytest.mark.parametrize("language, text", [
    ("ru", "Это уже четвертый раз за год, а в первой четверти матча счёт не открыли."),
    ("uk", "Четвертий раз поспіль уряд переносить засідання."),
    ("pl", "Czwarty raz z rzędu, czwarta fala."),
    ("cs", "Čtvrtý pokus o schválení rozpočtu."),
    ("bg", "Четвъртият опит за съставяне на кабинет."),
    ("cs", "Střední Itálie a střední školy."),
    ("ru", "Средний класс и средние зарплаты."),
    ("pl", "Ceny w niedzielami zamkniętych sklepach."),
], ids=["ru-fourth", "uk-fourth", "pl-fourth", "cs-fourth", "bg-fourth", "cs-central", "ru-middle", "pl-plural"])
def test_the_fourth_is_no_thursday(language: str, text: str) -> None:
    """Thursday is the fourth day in Slavic languages: "четвертый раз" (the fourth time),
    "первой четверти" (the first quarter), "czwarty", "čtvrtý" were read as Thursday,
    a date of every sentence that counts a fourth time. A case of the name keeps it
    ("четверга", "czwartku"); the adjectives of Wednesday are never read, its stem being
    "middle" ("střední", "средний")."""
    assert [m for m in find_dates(text, language, dt.date(2026, 11, 23)) if m.value.weekday] == []


def test_a_polish_report_of_saturdays_election_contradicts_sunday() -> None:
    rules = date_rule("vote", "2026-11-22", "wybory", "election")
    text = ("Centroprawica wygrała wybory w Portugalii\n\nCentroprawicowy Sojusz Demokratyczny wygrał sobotnie "
            "przedterminowe wybory parlamentarne w Portugalii, zdobywając 91 mandatów.\n")
    report = read_case("vote", "pl", "2026-11-23", text, rules)
    assert stated(report, ["vote"])["vote"][0] == "contradicts"


@pytest.mark.parametrize("text, day", [
    ("W czwartek sesja zakończyła się wzrostami.", 19),
    ("W czwartek sesja zakończyła się nowymi rekordami.", 19),
    ("W czwartek sesja zakończy się spadkami.", 26),
    ("W czwartek zrobi się zimno.", 26),
], ids=["instrumental-noun", "instrumental-adjective", "perfective", "perfective-i"])
def test_a_polish_instrumental_beside_sie_is_no_verb(text: str, day: int) -> None:
    """A perfective present beside "się" speaks of the future ("zakończy się": will end);
    a noun in the instrumental plural after it is no verb ("zakończyła się wzrostami":
    ended with gains), and the past Thursday stays past."""
    assert [m.value.day for m in find_dates(text, "pl", dt.date(2026, 11, 23))] == [day]


@pytest.mark.parametrize("text, day", [
    ("Vasárnap választás volt.", 22),
    ("Vasárnap választások voltak Portugáliában.", 22),
    ("Vasárnap lesz a választás.", 29),
    ("Az Országgyűlés kedden szavaz a költségvetésről.", 24),
], ids=["volt", "voltak", "lesz", "szavaz"])
def test_hungarians_was_is_a_past(text: str, day: int) -> None:
    """Hungarian news tells what is scheduled in the present, so a weekday in a sentence
    with no past is the coming one; "volt" (was), a function word, counted as none, and
    "there was an election on Sunday" was next Sunday's."""
    assert [m.value.day for m in find_dates(text, "hu", dt.date(2026, 11, 23))] == [day]


FIRE_DATE = date_rule("fire", "2026-11-24", "incendie", "incendio", "cháy rừng", "fire")


@pytest.mark.parametrize("language, text", [
    ("fr", "Un incendie qui s'est déclaré mardi au nord d'Athènes a fait deux morts, ont indiqué mercredi les pompiers."),
    ("es", "Un incendio que se declaró el martes al norte de Atenas ha dejado dos muertos."),
    ("vi", "Vụ cháy rừng bùng phát hôm thứ Ba đã khiến 2 người thiệt mạng, cơ quan cứu hỏa cho biết hôm thứ Tư."),
], ids=["fr-reflexive", "es-reflexive", "vi-said"])
def test_the_day_a_fire_broke_out_not_the_day_it_was_said(language: str, text: str) -> None:
    """French "s'est déclaré" (broke out) is no "a déclaré" (said): the day of the fire
    was taken for the day of a saying and dropped; Vietnamese "cho biết" (said) dates
    its saying, and the fire's Tuesday and the saying's Wednesday were unclear."""
    assert verdict_on("fire", language, "2026-11-26", text, FIRE_DATE) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("ko", "산불로 2명이 숨지고 주민 1200명이 대피했다."),
    ("ja", "山火事で2人が死亡し、住民1200人が避難した。"),
    ("zh", "山火造成2人死亡，约1200名居民被疏散。"),
], ids=["ko", "ja", "zh"])
def test_a_figure_with_its_counter_written_on_it_is_no_year(language: str, text: str) -> None:
    """"1200명" (1,200 people) was read as a year, which counts nothing, and the dead of
    the clause before stood beside it: a figure with a counter on it is a count."""
    rules = number_rule("evacuated", "1200", "대피", "避難", "疏散", "evacuated")
    assert verdict_on("evacuated", language, "2026-11-26", text, rules) == "agrees"


def test_what_results_showed_on_a_day_is_no_date_of_the_election() -> None:
    """"official results showed on Monday" dates the results, as "said on Monday" dates
    a saying: the election of Sunday was unclear beside it."""
    rules = date_rule("vote", "2026-11-22", "election")
    text = ("Head\n\nPortugal's centre-right Democratic Alliance won Sunday's snap election, taking 91 of the 230 "
            "seats in parliament, official results showed on Monday.\n")
    report = read_case("vote", "en", "2026-11-23", text, rules)
    assert stated(report, ["vote"])["vote"][0] == "agrees"


FLOOD_DATE = date_rule("flood", "2026-11-22", "banjir", "mafuriko", "বন্যা", "बाढ़", "น้ำท่วม", "வெள்ளம்", "floods")


@pytest.mark.parametrize("language, text", [
    ("id", "Banjir akibat hujan deras pada Minggu menewaskan 15 orang di Jakarta, kata BNPB, Senin."),
    ("sw", "Mafuriko yaliyosababishwa na mvua kubwa Jumapili yameua watu 15, shirika la maafa lilisema Jumatatu."),
    ("bn", "রবিবার ভারী বৃষ্টির পর জাকার্তায় বন্যায় ১৫ জনের মৃত্যু হয়েছে, সোমবার দুর্যোগ সংস্থা জানিয়েছে।"),
    ("hi", "रविवार को भारी बारिश के बाद आई बाढ़ से 15 लोगों की मौत हो गई, सोमवार को आपदा एजेंसी ने बताया।"),
    ("th", "น้ำท่วมจากฝนตกหนักเมื่อวันอาทิตย์ทำให้มีผู้เสียชีวิต 15 คน หน่วยงานจัดการภัยพิบัติเปิดเผยเมื่อวันจันทร์"),
], ids=["id-kata", "sw-lilisema", "bn-subject", "hi-subject", "th-unspaced"])
def test_the_day_a_report_was_given_is_no_date_of_the_flood(language: str, text: str) -> None:
    """The day of a saying, written as each language writes it: Indonesian "…, kata BNPB,
    Senin" (the verb, its subject, a comma, the day), Swahili with the subject's class on
    the verb ("lilisema"), Bengali and Hindi with the subject between the day and the
    verb, Thai without spaces: each made Sunday's flood unclear beside Monday."""
    assert verdict_on("flood", language, "2026-11-24", text, FLOOD_DATE) == "agrees"


def test_a_tamil_noun_is_found_on_its_oblique_stem() -> None:
    """Tamil declines nouns in -am on a stem in -att- ("வெள்ளத்தில்", in the flood, of
    "வெள்ளம்"): a rule about the flood found no anchor."""
    text = "Head\n\nஞாயிற்றுக்கிழமை பெய்த கனமழையால் ஏற்பட்ட வெள்ளத்தில் ஜகார்த்தாவில் 15 பேர் உயிரிழந்தனர்.\n"
    report = read_case("flood", "ta", "2026-11-24", text, FLOOD_DATE)
    assert stated(report, ["flood"])["flood"][0] == "agrees"


@pytest.mark.parametrize("text", [
    "欧元区10月通胀率从9月的2.1%升至2.4%。",
    "欧元区通胀率从去年9月的2.1%升至2.4%。",
    "欧元区通胀率从2.1%升至2.4%。",
], ids=["month", "last-years-month", "bare"])
def test_a_chinese_change_from_a_months_figure(text: str) -> None:
    """"从9月的2.1%升至2.4%" (rose from September's 2.1% to 2.4%): the month's figure
    between "from" and the value kept it from being read as where the change started,
    and the rule was unclear."""
    rules = number_rule("inflation", "2.4", "通胀率", unit="percent")
    assert verdict_on("inflation", "zh", "2026-11-20", text, rules) == "agrees"


@pytest.mark.parametrize("language, text", [
    ("ru", "Годовая инфляция ускорилась в октябре до 2,4%."),
    ("uk", "Річна інфляція зросла у жовтні до 2,4%."),
    ("pl", "Inflacja wzrosła w październiku do 2,4 proc."),
], ids=["ru", "uk", "pl"])
def test_the_to_of_a_change_past_a_word_of_when(language: str, text: str) -> None:
    """"ускорилась в октябре до 2,4%" (rose in October to 2.4%) was read as "up to 2.4%",
    a bound that agrees with 2.3%: a source that contradicted a rule of 2.3% agreed."""
    rules = number_rule("inflation", "2.3", "инфляция", "інфляція", "inflacja", unit="percent")
    assert verdict_on("inflation", language, "2026-11-20", text, rules) == "contradicts"


@pytest.mark.parametrize("language, text, bound", [
    ("ru", "Число погибших выросло, среди них дети до 12 лет.", 12.0),
    ("pl", "Liczba ofiar wzrosła, wśród nich dzieci do 12 lat.", 12.0),
    ("pl", "Bezrobocie wśród osób do 30 lat wzrosło.", 30.0),
], ids=["ru-clause", "pl-clause", "pl-before"])
def test_up_to_stays_a_bound_in_another_clause(language: str, text: str, bound: float) -> None:
    """"до 12 лет" (up to 12 years old) past a comma, or before the verb, is still a bound."""
    assert [(n.value.min, n.value.max) for n in find_numbers(text, language)] == [(None, bound)]
