"""The date extractor on real phrasing, and the values rules compare."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.facts import date_patterns
from checker.facts import dates as dates_module
from checker.facts.date_patterns import classify, lexicon
from checker.facts.dates import DateRange, DateValue, find_dates, parse_expected_date
from checker.testing import article, run_rules, verdicts
from checker.text.normalise import token_columns

PUBLISHED = dt.date(2023, 9, 14)  # a Thursday, as the sample articles


def one_date(text: str, language: str | None) -> tuple[str, str | None]:
    """The one date found in ``text``, as written and as an ISO date."""
    [mention] = find_dates(text, language, PUBLISHED)
    return mention.text, mention.value.iso


MEETING = DateValue(2023, 9, 13, 3)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def values(text: str, language: str | None, published: dt.date | None = PUBLISHED) -> list:
    return [m.value for m in find_dates(text, language, published)]


def days(text: str, language: str | None, published: dt.date | None = PUBLISHED) -> list:
    return [m.value.iso for m in find_dates(text, language, published)]


# --- golden sentences -------------------------------------------------------------------

def test_croatian_weekday_resolves_to_the_day_before_publication() -> None:
    (mention,) = find_dates("U srijedu je glasnogovornik Kremlja rekao da ne postoji plan.",
                            "hr", PUBLISHED)
    assert mention.text == "srijedu" and mention.relative
    assert mention.value == MEETING


def test_romanian_misspelt_month_with_weekday() -> None:
    (mention,) = find_dates("Reamintim că miercuri, 13 septemrbie, liderul nord-coreean a sosit.",
                            "ro", PUBLISHED)
    assert mention.text == "miercuri, 13 septemrbie"
    assert mention.value == MEETING and not mention.relative


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("hr", "Sastali su se 13. rujna 2023. u Rusiji.", "13. rujna 2023"),
    ("ru", "Встреча прошла 13 сентября 2023 г. на космодроме.", "13 сентября 2023 г."),
    ("ro", "Întâlnirea din 13 septembrie dintre cei doi președinți.", "13 septembrie"),
    ("en", "They met on September 13, 2023, in Russia.", "September 13, 2023"),
    ("en", "They met on Sept. 13 in Russia.", "Sept. 13"),
    ("en", "They met on 13 Sep 2023 in Russia.", "13 Sep 2023"),
    ("en", "They met on the 13th of September.", "13th of September"),
    ("en", "Filed 9/13/23 in Moscow.", "9/13/23"),
    ("en_GB", "Filed 13/09/2023 in Moscow.", "13/09/2023"),
    ("hr", "Objavljeno 13.09.2023. u Zagrebu.", "13.09.2023"),
    ("de", "Am Mittwoch, 13. September 2023, trafen sie sich.", "Mittwoch, 13. September 2023"),
    ("fr", "Le mercredi 13 septembre 2023, ils se sont rencontrés.", "mercredi 13 septembre 2023"),
    ("es", "El 13 de septiembre de 2023 se reunieron.", "13 de septiembre de 2023"),
    ("pl", "Spotkanie odbyło się 13 września 2023 r.", "13 września 2023"),
    ("hu", "A találkozó 2023. szeptember 13-án volt.", "2023. szeptember 13-án"),
    ("hu", "Kelt: 2023. 09. 13.", "2023. 09. 13"),
    ("ja", "会談は2023年9月13日に行われた。", "2023年9月13日"),
    ("ko", "회담은 2023년 9월 13일에 열렸다.", "2023년 9월 13일에"),
    ("zh", "会谈于2023年9月13日举行。", "2023年9月13日"),
    (None, "Released 2023-09-13, see notes.", "2023-09-13"),
    ("ar", "التقى الزعيمان في ١٣ سبتمبر ٢٠٢٣ في روسيا.", "١٣ سبتمبر ٢٠٢٣"),
    ("hi", "बैठक १३ सितंबर २०२३ को हुई।", "१३ सितंबर २०२३"),
    ("th", "การประชุมเมื่อวันที่ 13 กันยายน 2566 ที่รัสเซีย", "13 กันยายน 2566"),
    ("th", "การประชุมเมื่อวันที่ 13 ก.ย. 2566 ที่รัสเซีย", "13 ก.ย. 2566"),
    ("ha", "An gudanar da taro a ranar 13 ga Satumba, 2023 a Rasha.", "13 ga Satumba, 2023"),
    ("km", "កិច្ចប្រជុំ ថ្ងៃទី១៣ ខែកញ្ញា ឆ្នាំ២០២៣ នៅរុស្ស៊ី", "១៣ ខែកញ្ញា ឆ្នាំ២០២៣"),
])
def test_written_dates(language: str | None, text: str, expected: str) -> None:
    mentions = find_dates(text, language, PUBLISHED)
    assert [m.text for m in mentions] == [expected]
    assert mentions[0].value.iso == "2023-09-13"


@pytest.mark.parametrize(("language", "text"), [
    ("ro", "Vrea mai mult decât atât, a spus el."),
    ("ro", "Mai mult, nu a fost comunicat nimic oficial."),
    ("ro", "Rusia este angajată de peste 18 luni într-un război."),
    ("ro", "După luni de negocieri, acordul a fost semnat."),
    ("hr", "Rezoluciju Vijeća sigurnosti UN-a prekršila bi Rusija."),
    ("hr", "Rusija je potrošila zalihe u više od 18 mjeseci rata."),
    ("en", "The war has lasted 18 months."),
    ("en", "Theresa May said she may come in May."),
    ("en", "Only 2 may enter; 13 march on the capital."),
    ("en", "In September the talks resumed; 13 delegates came in 2019."),
    ("en", "Version 1.2.3 and 192.168.0.1 and 3/4 of 12 are not dates."),
    ("de", "Heute Morgen und am Morgen danach."),
    ("es", "Por la mañana llegó el presidente."),
    ("ru", "Это вредит окружающую среду и окружающая среда страдает."),
    ("vi", "Cuộc họp có tỷ lệ 13/9 phiếu."),  # a day and a month in digits need a day word
    ("es", "El partido terminó 13/9 a favor."),
])
def test_ordinary_words_and_numbers_are_not_dates(language: str, text: str) -> None:
    found = [m for m in find_dates(text, language, PUBLISHED)
             if m.text.casefold() not in ("heute", "today")]
    assert found == []


def test_sample_articles() -> None:
    croatian = (SEEDS / "hr-kim-putin-invitation.txt").read_text(encoding="utf-8")
    found = find_dates(croatian, "hr", PUBLISHED)
    assert {m.text.casefold(): m.value.iso for m in found} == {
        "četvrtak": "2023-09-14", "srijedu": "2023-09-13"}
    romanian = (SEEDS / "ro-kim-putin-invitation.txt").read_text(encoding="utf-8")
    found = find_dates(romanian, "ro", PUBLISHED)
    assert {m.value.iso for m in found} == {"2023-09-13", "2023-09-14"}
    assert all(m.value.compatible(MEETING) for m in found if m.text != "joi")


# --- resolution against the published date ------------------------------------------------

@pytest.mark.parametrize(("language", "yesterday", "today", "tomorrow"), [
    ("en", "yesterday", "today", "tomorrow"),
    ("hr", "jučer", "danas", "sutra"),
    ("bs", "juče", "danas", "sutra"),
    ("sr", "juče", "danas", "sutra"),
    ("sr", "јуче", "данас", "сутра"),
    ("sr_Latn", "juče", "danas", "sutra"),
    ("ro", "ieri", "astăzi", "mâine"),
    ("de", "gestern", "heute", "morgen"),
    ("fr", "hier", "aujourd'hui", "demain"),
    ("es", "ayer", "hoy", "mañana"),
    ("it", "ieri", "oggi", "domani"),
    ("pt", "ontem", "hoje", "amanhã"),
    ("pl", "wczoraj", "dzisiaj", "jutro"),
    ("ru", "вчера", "сегодня", "завтра"),
    ("uk", "вчора", "сьогодні", "завтра"),
    ("fi", "eilen", "tänään", "huomenna"),
    ("sv", "i går", "i dag", "i morgon"),
    ("nb", "i går", "i dag", "i morgen"),
    ("el", "χθες", "σήμερα", "αύριο"),
    ("tr", "dün", "bugün", "yarın"),
    ("id", "kemarin", "hari ini", "besok"),
    ("vi", "hôm qua", "hôm nay", "ngày mai"),
    ("ar", "أمس", "اليوم", "غدا"),
    ("he", "אתמול", "היום", "מחר"),
    ("fa", "دیروز", "امروز", "فردا"),
    ("zh", "昨天", "今天", "明天"),
    ("ja", "昨日", "今日", "明日"),
    ("ko", "어제", "오늘", "내일"),
    ("th", "เมื่อวาน", "วันนี้", "พรุ่งนี้"),
])
def test_relative_days(language: str, yesterday: str, today: str, tomorrow: str) -> None:
    text = f"— {yesterday.capitalize()}, KCNA. — {today}, Kim. — {tomorrow}, Putin."
    mentions = find_dates(text, language, PUBLISHED)
    assert [m.value.iso for m in mentions] == ["2023-09-13", "2023-09-14", "2023-09-15"]
    assert all(m.relative for m in mentions)
    assert find_dates(text, language, None) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("دیدار در ۲۲ شهریور ۱۴۰۲ برگزار شد.", "2023-09-13"),
    ("دیدار روز چهارشنبه ۲۲ شهریور ۱۴۰۲", "2023-09-13"),
    ("دیدار در ۲۲ شهریور برگزار شد.", "2023-09-13"),     # the year nearest the publication
    ("۱ فروردین", "2023-03-21"),                          # Nowruz
    ("دیدار در ۱۳ سپتامبر ۲۰۲۳", "2023-09-13"),          # the common calendar, in Persian
])
def test_persian_dates_by_the_solar_hijri_calendar(text: str, expected: str) -> None:
    assert [m.value.iso for m in find_dates(text, "fa", PUBLISHED)] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "عقد الاجتماع في 13 أيلول 2023", "2023-09-13"),     # Levantine, in any Arabic article
    ("ar", "عقد الاجتماع في 13 سبتمبر 2023", "2023-09-13"),
    ("ar", "13 جانفي 2023", "2023-01-13"),                      # Maghrebi
    ("de", "am 13. Jänner 2023", "2023-01-13"),                 # Austrian
    ("es", "el 13 de setiembre de 2023", "2023-09-13"),         # Uruguayan, Peruvian
])
def test_month_names_of_every_region_of_a_language(language: str, text: str, expected: str) -> None:
    assert [m.value.iso for m in find_dates(text, language, PUBLISHED)] == [expected]


def test_reading_regional_month_names_leaves_babel_s_locales_whole() -> None:
    from babel import Locale
    from babel.dates import format_date

    find_dates("am 13. Jänner 2023", "de", PUBLISHED)
    assert format_date(dt.date(2023, 1, 13), "full", locale=Locale.parse("de_AT")) == "Freitag, 13. Jänner 2023"


def test_a_solar_hijri_range_and_a_day_it_lacks() -> None:
    assert [m.value.iso for m in find_dates("۲۰–۲۲ شهریور ۱۴۰۲", "fa", PUBLISHED)] == ["2023-09-11", "2023-09-13"]
    assert find_dates("۳۱ اسفند ۱۴۰۲", "fa", PUBLISHED) == []  # Esfand has 29 or 30 days
    assert find_dates("در شهریور ۱۴۰۲", "fa", PUBLISHED) == []  # a month that spans two of ours
    assert find_dates("۲۲ شهریور ۲۰۲۳", "fa", PUBLISHED) == []  # no Solar Hijri year


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ja", "プーチン大統領は13日、金正恩氏と会談した。", "2023-09-13"),
    ("zh", "普京13日与金正恩会晤。", "2023-09-13"),
    ("ko", "푸틴 대통령은 13일 김정은과 회담했다.", "2023-09-13"),
    ("ja", "会談は16日に行われる予定だ。", "2023-09-16"),   # the nearest: this month
    ("ja", "会談は31日に行われた。", "2023-08-31"),         # last month, nearer than October
])
def test_a_day_of_the_month_alone_in_chinese_japanese_korean(language: str, text: str, expected: str) -> None:
    [mention] = find_dates(text, language, PUBLISHED)
    assert (mention.value.iso, mention.relative) == (expected, True)
    assert find_dates(text, language, None) == []  # nothing to read it against


@pytest.mark.parametrize(("language", "text"), [
    ("ja", "13日間の訪問"), ("ja", "13日前に"), ("ko", "13일간 방문"), ("zh", "第13日"), ("ja", "1300日"),
])
def test_a_count_of_days_is_no_day_of_the_month(language: str, text: str) -> None:
    assert [m.text for m in find_dates(text, language, PUBLISHED) if m.relative] == []


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "في ذلك اليوم وصل الوفد."),  # "on that day", not today
    ("he", "באותו היום הגיעה המשלחת."),
    ("sv", "Vi går hem."),               # "går" alone is "walk"
])
def test_a_word_for_today_used_for_another_day_is_no_date(language: str, text: str) -> None:
    assert find_dates(text, language, PUBLISHED) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "They met on Wednesday.", "2023-09-13"),
    ("en", "They meet next Wednesday.", "2023-09-20"),
    ("en", "They met last Thursday.", "2023-09-07"),
    ("en", "They met on Thursday.", "2023-09-14"),
    ("de", "Sie trafen sich am Mittwoch.", "2023-09-13"),
    ("ru", "Они встретились в среду.", "2023-09-13"),
    ("ru", "Они встретятся в следующую среду.", "2023-09-20"),
    ("pl", "Spotkali się w środę.", "2023-09-13"),
    ("cs", "Setkali se ve středu.", "2023-09-13"),
    ("ro", "Se vor întâlni miercurea viitoare.", "2023-09-20"),
    ("hr", "Sastat će se sljedeće srijede.", "2023-09-20"),
    ("hr", "Sastali su se prošle srijede.", "2023-09-13"),
])
def test_weekdays(language: str, text: str, expected: str) -> None:
    assert days(text, language) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Frankfurt hatte bereits am Sonntagabend alle Flüge gestrichen.", "2023-09-10"),
    ("de", "Am Montagmorgen begann der Streik.", "2023-09-11"),
    ("nl", "Zondagavond werd de luchthaven gesloten.", "2023-09-10"),
    ("sv", "Flygplatsen stängdes på söndagskvällen.", "2023-09-10"),
    ("nb", "Flyplassen ble stengt mandagsmorgen.", "2023-09-11"),
])
def test_a_weekday_with_a_part_of_the_day_written_on_it(language: str, text: str, expected: str) -> None:
    assert days(text, language) == [expected]


@pytest.mark.parametrize(("language", "text", "said"), [
    ("en", "The leaders met on Wednesday, the Kremlin said on Thursday.", "said"),
    ("en", "Officials told Reuters on Thursday that the leaders met.", "told"),
    ("hr", "Čelnici su se sastali u srijedu, izvijestili su u četvrtak mediji.", "izvijestili"),
    ("hr", "Kremlj je u četvrtak izjavio da su se sastali.", "izjavio"),
    ("ru", "Об этом во вторник сообщило МВД.", "сообщило"),
    ("de", "Das Ministerium teilte am Donnerstag mit, die Gespräche seien beendet.", "teilte"),
    ("es", "según el comunicado difundido este jueves", "difundido"),
    ("fr", "selon un communiqué publié jeudi", "publié"),
    # Arabic: the verb first, its subject between it and the day
    ("ar", "وقال وزير الداخلية يوم الخميس إن الزلزال وقع فجرا.", "وقال"),
    ("ar", "وفق ما أعلنته إدارة الكوارث اليوم الخميس.", "أعلنته"),
    ("he", "שר האוצר אמר ביום חמישי כי ההסכם בוטל.", "אמר"),
    # the languages that put the verb last: after the day
    ("fa", "وزیر کشور روز پنجشنبه گفت زلزله بامداد رخ داد.", "گفت"),
    ("fa", "وزارت کشور روز پنجشنبه اعلام کرد که زلزله بامداد رخ داد.", "اعلام"),
    ("az", "Nazirlik cümə axşamı bildirib ki, zəlzələ səhər baş verib.", "bildirib"),
])
def test_a_date_of_saying_is_told_from_the_date_of_what_was_said(language: str, text: str, said: str) -> None:
    *_, mention = find_dates(text, language, PUBLISHED)
    span = dates_module.reported_on(text, mention.start, mention.end, language, token_columns(text))
    assert span is not None and text[span[0]:span[1]] == said


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The leaders met on Wednesday, the Kremlin said."),
    ("en", "The Kremlin said the leaders met in Moscow on Wednesday."),     # three words between
    ("en", "The Kremlin said: on Wednesday the leaders met."),              # not across a colon
    ("hr", "Čelnici su se sastali u srijedu."),
    ("ar", "وقال الوزير إن الزلزال ضرب جنوب البلاد فجر الأربعاء.", ),   # too far from the verb
    ("fa", "او گفت زلزله روز چهارشنبه رخ داد.", ),                    # the verb before the day: another clause's
    ("he", "ההסתדרות והאוצר ייפגשו ביום שני\n\nההסתדרות הודיעה על שביתה.", ),  # the next paragraph's verb
])
def test_a_date_not_next_to_a_verb_of_saying_is_no_date_of_saying(language: str, text: str) -> None:
    (mention,) = find_dates(text, language, PUBLISHED)
    assert dates_module.reported_on(text, mention.start, mention.end, language, token_columns(text)) is None


def test_a_date_rule_leaves_the_date_of_a_report_to_a_rule_about_the_report() -> None:
    rules = """
- id: meeting
  check: date
  expect: 2023-09-13
  about: [met, sastali]
- id: report
  check: date
  expect: 2023-09-14
  about: [said, izvijestili]
"""
    def sources() -> list:
        return [article("The leaders met on Wednesday, the Kremlin said on Thursday.", "en", source="en.txt",
                        published=PUBLISHED),
                article("Čelnici su se sastali u srijedu, izvijestili su u četvrtak mediji.", "hr",
                        source="hr.txt", published=PUBLISHED)]

    report = run_rules(rules, sources())
    assert verdicts(report, "meeting") == {"en.txt": "agrees", "hr.txt": "agrees"}
    assert verdicts(report, "report") == {"en.txt": "agrees", "hr.txt": "agrees"}
    alone = run_rules(rules.split("- id: report")[0], sources())  # no rule about the report: still its date
    assert verdicts(alone, "meeting") == {"en.txt": "agrees", "hr.txt": "agrees"}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "普京周三在东方航天发射场会见了金正恩。", ["2023-09-13"]),
    ("zh", "普京将于周五访问平壤。", ["2023-09-15"]),
    ("zh-Hant", "普京將於週五訪問平壤。", ["2023-09-15"]),
    ("zh", "9月13日（周三）双方举行会谈。", ["2023-09-13"]),
    ("zh", "每周五天工作制", []),     # five days a week
    ("zh", "每周三次会议", []),       # three times a week
])
def test_a_chinese_weekday_in_two_characters_is_read_alone(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("sv", "Mötet hölls i torsdags.", ["2023-09-07"]),   # published on a Thursday: the one before
    ("da", "Mødet blev holdt i torsdags.", ["2023-09-07"]),
    ("nb", "Møtet ble holdt i torsdags.", ["2023-09-07"]),
    ("sv", "Mötet hölls i onsdags.", ["2023-09-13"]),
    ("sv", "Mötet hölls på torsdagen.", ["2023-09-14"]),
])
def test_a_nordic_weekday_in_the_genitive_after_i_is_the_last_one(language: str, text: str,
                                                                   expected: list[str]) -> None:
    assert days(text, language) == expected


# Published on a Thursday: a Friday to come is the 15th, a past one the 8th; Monday the
# 18th or the 11th; Thursday itself is the day of publication either way.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The leaders will meet on Friday at the cosmodrome.", "2023-09-15"),
    ("en", "Putin won't travel on Friday.", "2023-09-15"),
    ("en", "They'll sign the deal on Monday.", "2023-09-18"),
    ("en", "Talks are scheduled for Friday.", "2023-09-15"),
    ("en", "An official said aid would arrive on Monday.", "2023-09-18"),  # reported: still to come
    ("en", "On Friday, the leaders will sign the deal.", "2023-09-15"),
    ("en", "On Friday the leaders will sign the deal.", "2023-09-15"),
    ("en", "The leaders will meet on Thursday.", "2023-09-14"),
    ("hr", "Čelnici će se sastati u petak.", "2023-09-15"),
    ("hr", "U petak će se čelnici sastati.", "2023-09-15"),
    ("sr", "Лидери ће се састати у петак.", "2023-09-15"),
    ("de", "Die Gespräche sollen am Freitag beginnen.", "2023-09-15"),
    ("de", "Am Freitag wird Putin abreisen.", "2023-09-15"),
    ("ro", "Liderii se vor întâlni vineri.", "2023-09-15"),
    ("ro", "Vineri va avea loc summitul.", "2023-09-15"),
    ("fr", "Les dirigeants se rencontreront vendredi.", "2023-09-15"),
    ("fr", "Le sommet aura lieu vendredi.", "2023-09-15"),
    ("es", "Los líderes se reunirán el viernes.", "2023-09-15"),
    ("it", "I leader si incontreranno venerdì.", "2023-09-15"),
    ("pt", "Os líderes vão se reunir na sexta-feira.", "2023-09-15"),
    ("ru", "Встреча состоится в пятницу.", "2023-09-15"),
    ("pl", "Spotkanie będzie w piątek.", "2023-09-15"),
    ("el", "Οι ηγέτες θα συναντηθούν την Παρασκευή.", "2023-09-15"),
    ("tr", "Liderler Cuma günü görüşecek.", "2023-09-15"),
    ("hi", "दोनों नेता शुक्रवार को मिलेंगे।", "2023-09-15"),
    ("id", "Kedua pemimpin akan bertemu pada hari Jumat.", "2023-09-15"),
    ("vi", "Hai nhà lãnh đạo sẽ gặp nhau vào thứ Sáu.", "2023-09-15"),
    ("zh", "普京将于星期五访问平壤。", "2023-09-15"),
    ("ja", "両首脳は金曜日に会談する予定だ。", "2023-09-15"),
    ("ko", "두 정상은 금요일에 회담할 예정이다.", "2023-09-15"),
    ("th", "ผู้นำทั้งสองจะพบกันในวันศุกร์", "2023-09-15"),
    ("ar", "وسيعقد اجتماع طارئ يوم الجمعة في الرباط.", "2023-09-15"),
    ("ar", "سيزور الرئيس باريس يوم الجمعة.", "2023-09-15"),
    ("ar", "ومن المقرر أن يزور الرئيس المنطقة يوم الجمعة.", "2023-09-15"),  # the cue's own "that"
    ("ar", "ومن المتوقع أن يصل الوفد يوم الجمعة.", "2023-09-15"),
    # Hebrew's future is a prefix on the verb: nif'al, hitpa'el, the plural, common verbs
    ("he", "נתניהו וביידן ייפגשו ביום שישי בניו יורק.", "2023-09-15"),
    ("he", "נתניהו וביידן יפגשו ביום שישי בניו יורק.", "2023-09-15"),
    ("he", "ביום שישי ייפגש נתניהו עם ביידן.", "2023-09-15"),
    ("he", "הפגישה תתקיים ביום שישי בירושלים.", "2023-09-15"),
    ("he", "הבחירות ייערכו ביום שישי.", "2023-09-15"),
    ("he", "ראש הממשלה יבקר בוושינגטון ביום שישי.", "2023-09-15"),
    ("he", "הם יהיו בירושלים ביום שישי.", "2023-09-15"),
    ("he", "ההסתדרות הכריזה על שביתה שתחל ביום שישי.", "2023-09-15"),   # "that" written on the verb
    ("ckb", "مانگرتنەکە تا ڕۆژی هەینی بەردەوام دەبێت.", "2023-09-15"),  # Sorani's present that schedules
    ("ps", "ولسمشر به د جمعې په ورځ له هرات څخه لیدنه وکړي.", "2023-09-15"),  # Pashto's future particle
])
def test_a_weekday_in_a_clause_about_the_future_is_the_next_one(language: str, text: str, expected: str) -> None:
    assert days(text, language) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The leaders met on Friday at the cosmodrome.", ["2023-09-08"]),
    # When it was said, not when it will be: the cue is in another clause
    ("en", "The Kremlin said on Monday that Putin will visit.", ["2023-09-11"]),
    ("en", "The Kremlin said on Monday Putin will visit.", ["2023-09-11"]),
    ("en", "Kim arrived on Monday and will leave on Friday.", ["2023-09-11", "2023-09-15"]),
    ("en", "Kim, who arrived on Monday, will leave soon.", ["2023-09-11"]),
    ("de", "Putin sagte am Montag, er werde reisen.", ["2023-09-11"]),
    ("hr", "Čelnici su se sastali u ponedjeljak.", ["2023-09-11"]),
    ("fr", "Les dirigeants se sont rencontrés lundi.", ["2023-09-11"]),
    ("fr", "La caméra a filmé lundi.", ["2023-09-11"]),
    ("es", "Los líderes se reunieron el lunes.", ["2023-09-11"]),
    ("ru", "Лидеры встретились в понедельник.", ["2023-09-11"]),
    ("tr", "Liderler Pazartesi günü görüştü.", ["2023-09-11"]),
    ("zh", "普京于星期一访问了平壤。", ["2023-09-11"]),
    ("ar", "عقد اجتماع طارئ يوم الاثنين في الرباط.", ["2023-09-11"]),
    ("ar", "ناقش الوزراء السياسة يوم الاثنين.", ["2023-09-11"]),  # سياسة: a noun, not a future verb
    ("ar", "وقال المتحدث يوم الاثنين إن الوفد سيصل قريبا.", ["2023-09-11"]),  # said on Monday
    # Hebrew nouns and past verbs that begin as a future does
    ("he", "ישראל תקפה ביום שני בעזה.", ["2023-09-11"]),
    ("he", "ישיבת הממשלה התקיימה ביום שני.", ["2023-09-11"]),
    ("he", "ידיעות אחרונות דיווחו ביום שני.", ["2023-09-11"]),
    ("he", "התושבים יצאו להפגין ביום שני.", ["2023-09-11"]),     # "went out": a past of four letters
    ("he", "ילדיו הגיעו ביום שני.", ["2023-09-11"]),             # "his children"
    ("he", "ייצור החשמל הופסק ביום שני.", ["2023-09-11"]),        # a noun: its ו after the root's first letter
    ("he", "שתיים מהן נפגעו ביום שני.", ["2023-09-11"]),           # "two", after ש
    ("ckb", "مامۆستایان ڕۆژی دووشەممە مانیان گرت.", ["2023-09-11"]),
    ("ps", "ولسمشر د دوشنبې په ورځ له هرات څخه لیدنه وکړه.", ["2023-09-11"]),
    # an explicit "last" wins over the tense
    ("en", "They will review what happened last Monday.", ["2023-09-11"]),
])
def test_a_weekday_without_a_future_cue_that_rules_it_is_the_last_one(language: str, text: str,
                                                                      expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the present of a perfective verb is its future; reflexive forms no noun has
    ("ru", "Лидеры встретятся в пятницу.", ["2023-09-15"]),
    ("ru", "Сессия откроется в пятницу.", ["2023-09-15"]),
    ("ru", "Решение ожидается в пятницу.", ["2023-09-15"]),
    ("uk", "Лідери зустрінуться в п'ятницю.", ["2023-09-15"]),
    ("pl", "Politycy spotkają się w piątek.", ["2023-09-15"]),
    ("pl", "Politycy w piątek się spotkają.", ["2023-09-15"]),
    # the past, and a statement of the present, stay the last one
    ("ru", "Лидеры встретились в пятницу.", ["2023-09-08"]),
    ("ru", "Об этом сообщается в пятницу.", ["2023-09-08"]),
    ("uk", "Лідери зустрілися в п'ятницю.", ["2023-09-08"]),
    ("pl", "Politycy spotkali się w piątek.", ["2023-09-08"]),
    ("pl", "Posłanki spotkały się w piątek.", ["2023-09-08"]),
    ("pl", "Mecz z Francją odbył się w piątek.", ["2023-09-08"]),
    # "is expected": Serbian and Croatian "očekuje se"
    ("sr", "Нове падавине се очекују у петак.", ["2023-09-15"]),
    ("hr", "Kiša se očekuje u petak.", ["2023-09-15"]),
])
def test_a_slavic_reflexive_present_with_a_weekday_speaks_of_the_next_one(language: str, text: str,
                                                                         expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a prefixed verb in the third person present, not reflexive: the perfective's future
    ("ru", "Стороны подпишут соглашение в пятницу.", ["2023-09-15"]),
    ("ru", "Президент подпишет указ в пятницу.", ["2023-09-15"]),
    ("ru", "Депутаты примут закон в пятницу.", ["2023-09-15"]),
    ("ru", "Сотрудники получат зарплату в пятницу.", ["2023-09-15"]),
    ("ru", "Участники проголосуют в пятницу.", ["2023-09-15"]),
    ("uk", "Сторони підпишуть угоду у п'ятницю.", ["2023-09-15"]),
    ("uk", "Рада ухвалить закон у п'ятницю.", ["2023-09-15"]),
    ("cs", "Strany podepíšou smlouvu v pátek.", ["2023-09-15"]),
    ("cs", "Poslanci schválí zákon v pátek.", ["2023-09-15"]),
    ("pl", "Strony podpiszą umowę w piątek.", ["2023-09-15"]),
    ("pl", "Prezydent podpisze ustawę w piątek.", ["2023-09-15"]),
    ("pl", "Banki obniżą stopy w piątek.", ["2023-09-15"]),
    ("pl", "Strony podpisały umowę w piątek.", ["2023-09-08"]),
    ("pl", "Z wyższą inflacją walczono w piątek.", ["2023-09-08"]),
    ("pl", "Posłowie podpisują ustawę w piątek.", ["2023-09-08"]),
    # the imperfective, prefixed too, and nouns that end like such a verb: the last one
    ("ru", "Министры обсуждают вопрос в пятницу.", ["2023-09-08"]),
    ("ru", "Министры подписывают соглашение в пятницу.", ["2023-09-08"]),
    ("ru", "Все выходят на работу в пятницу.", ["2023-09-08"]),
    ("ru", "Это зависит от решения, принятого в пятницу.", ["2023-09-08"]),
    ("ru", "Министерство опубликовало отчёт в пятницу.", ["2023-09-08"]),
    ("ru", "В пятницу выплат не было.", ["2023-09-08"]),
    ("uk", "Депутати розглядають законопроєкт у п'ятницю.", ["2023-09-08"]),
    ("cs", "Zasedání vlády se konalo v pátek.", ["2023-09-08"]),
    ("cs", "Předsednictví strany jednalo v pátek.", ["2023-09-08"]),
    ("cs", "Vláda v pondělí schválila rozpočet.", ["2023-09-11"]),
])
def test_a_slavic_perfective_present_with_a_weekday_speaks_of_the_next_one(language: str, text: str,
                                                                          expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a present that schedules, before the day or after a day that opens the clause
    ("en", "Voters go to the polls on Sunday.", ["2023-09-17"]),
    ("en", "The summit opens on Tuesday in Brussels.", ["2023-09-19"]),
    ("en", "On Sunday voters go to the polls.", ["2023-09-17"]),
    ("en", "The election is on Sunday, officials said.", ["2023-09-17"]),
    ("nl", "De verkiezingen zijn zondag.", ["2023-09-17"]),
    ("nl", "Zondag zijn de verkiezingen.", ["2023-09-17"]),
    ("de", "Die Wahl ist am Sonntag.", ["2023-09-17"]),
    ("de", "Am Sonntag ist die Wahl in Berlin.", ["2023-09-17"]),
    # the past, the perfect, a verb of saying, a headline, a copula that is not the day's
    ("en", "On Sunday, voters went to the polls.", ["2023-09-10"]),
    ("en", "He says on Monday the election is void.", ["2023-09-11"]),
    ("en", "The minister is in hospital after he collapsed on Monday.", ["2023-09-11"]),
    ("en", "The minister, who visited on Monday, is in Paris.", ["2023-09-11"]),
    ("nl", "De minister is maandag vertrokken.", ["2023-09-11"]),
    ("de", "Die Wahl ist am Sonntag gescheitert.", ["2023-09-10"]),
    ("de", "Der Minister ist am Montag nach Paris gereist.", ["2023-09-11"]),
    ("nl", "De premier is maandag vertrokken naar Brussel.", ["2023-09-11"]),
    # Romance and Nordic presents of taking place and voting; their pasts
    ("fr", "Les électeurs votent dimanche.", ["2023-09-17"]),
    ("fr", "Les électeurs ont voté dimanche.", ["2023-09-10"]),
    ("es", "Las elecciones se celebran el domingo.", ["2023-09-17"]),
    ("it", "Si vota domenica.", ["2023-09-17"]),
    ("ro", "Alegerile au loc duminică.", ["2023-09-17"]),
    ("ro", "Alegerile au avut loc duminică.", ["2023-09-10"]),
    ("da", "Valget afholdes søndag.", ["2023-09-17"]),
    ("nb", "Valget holdes søndag.", ["2023-09-17"]),
    ("sv", "Valet hålls söndag.", ["2023-09-17"]),
    ("sv", "Valet hölls söndag.", ["2023-09-10"]),
    # a copula next to its day, or before its preposition; not a perfect, nor a cleft
    ("pt", "A eleição é no domingo.", ["2023-09-17"]),
    ("es", "La elección es el domingo.", ["2023-09-17"]),
    ("it", "Le elezioni sono domenica.", ["2023-09-17"]),
    ("fr", "L'élection est dimanche.", ["2023-09-17"]),
    ("ro", "Alegerile sunt duminică.", ["2023-09-17"]),
    ("it", "Le elezioni sono state domenica.", ["2023-09-10"]),
    ("it", "È morto domenica.", ["2023-09-10"]),
    ("fr", "Il est arrivé dimanche.", ["2023-09-10"]),
    ("fr", "Dimanche est mort le chanteur.", ["2023-09-10"]),
    ("fr", "C'est dimanche que le drame s'est produit.", ["2023-09-10"]),
    # in a headline such a present may tell the past: no day rather than a wrong one
    ("en", "Voters go to the polls on Sunday", []),
    ("de", "Landtagswahl: Die Wahl ist am Sonntag", []),
    ("en", "Voters went to the polls on Sunday", ["2023-09-10"]),
    # a verb of the list after a determiner is a noun, and a past in the clause rules it
    ("en", "The vote was held on Sunday.", ["2023-09-10"]),
    ("en", "The vote was held this Sunday.", ["2023-09-10"]),
    ("en", "The visit ended on Sunday.", ["2023-09-10"]),
    ("en", "The summit was opened on Tuesday.", ["2023-09-12"]),
    ("en", "The visit ends on Friday.", ["2023-09-15"]),
    ("en", "The final vote is on Sunday.", ["2023-09-17"]),
])
def test_a_weekday_with_a_present_that_schedules_is_the_next_one(language: str, text: str,
                                                                 expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # presents that are futures: Uzbek and Kazakh, the Hungarian singular, the Polish
    # perfective singular, Russian perfectives without a prefix
    ("uz", "Prezident juma kuni farmonni imzolaydi.", ["2023-09-15"]),
    ("uz", "Saylov yakshanba kuni o'tkaziladi.", ["2023-09-17"]),
    ("kk", "Президент жұма күні заңға қол қояды.", ["2023-09-15"]),
    ("kk", "Сайлау жексенбі күні өтеді.", ["2023-09-17"]),
    ("hu", "A miniszter pénteken aláírja a szerződést.", ["2023-09-15"]),
    ("pl", "Premier ogłosi decyzję w piątek.", ["2023-09-15"]),
    ("pl", "Prezydent zatwierdzi budżet w piątek.", ["2023-09-15"]),
    ("pl", "Rząd zwolni ministra w piątek.", ["2023-09-15"]),
    ("ru", "Депутаты решат вопрос в пятницу.", ["2023-09-15"]),
    # their pasts, imperfectives and nouns that end alike: the last one
    ("uz", "Prezident juma kuni farmonga imzo qo'ydi.", ["2023-09-08"]),
    ("uz", "Xalq yakshanba kuni prezidentni sayladi.", ["2023-09-10"]),
    ("kk", "Президент жұма күні заңға қол қойды.", ["2023-09-08"]),
    ("kk", "Халық жексенбі күні президентті сайлады.", ["2023-09-10"]),
    ("hu", "A kormány pénteken elfogadta a tervet.", ["2023-09-08"]),
    ("hu", "Az elnöki hivatal pénteken közölte.", ["2023-09-08"]),
    ("pl", "Inflacja wynosi 10 proc. w piątek.", ["2023-09-08"]),
    ("pl", "Rząd prowadzi rozmowy w piątek.", ["2023-09-08"]),
    ("pl", "Zatrzymani zostali w piątek.", ["2023-09-08"]),
    ("pl", "Możliwości omówiono w piątek.", ["2023-09-08"]),
    ("ru", "Вопрос решили в пятницу.", ["2023-09-08"]),
    # Tagalog's repeated syllable, Basque's -ko, -go, Armenian's կ-, Georgian's preverb on
    # the passive, Irish "beidh" and -faidh; and their pasts
    ("tl", "Magpupulong ang Senado sa Biyernes.", ["2023-09-15"]),
    ("tl", "Gaganapin ang halalan sa Linggo.", ["2023-09-17"]),
    ("tl", "Nakatakda ang pulong sa Biyernes.", ["2023-09-15"]),
    ("tl", "Nagpulong ang Senado noong Biyernes.", ["2023-09-08"]),
    ("tl", "Dumalo ang mga mamamayan sa Biyernes.", ["2023-09-08"]),
    ("eu", "Bilera ostiralean egingo da.", ["2023-09-15"]),
    ("eu", "Bilera ostiralean egin zen.", ["2023-09-08"]),
    ("eu", "Sindikatuek deitutako greba ostiralean egingo da Bizkaiko metalgintzan.", ["2023-09-15"]),  # verb last
    ("hy", "Ընտրությունները տեղի կունենան կիրակի օրը։", ["2023-09-17"]),
    ("hy", "Ընտրությունները տեղի ունեցան կիրակի օրը։", ["2023-09-10"]),
    ("ka", "არჩევნები კვირას გაიმართება.", ["2023-09-17"]),
    ("ka", "არჩევნები კვირას გაიმართა.", ["2023-09-10"]),
    ("ga", "Beidh an toghchán ar siúl Dé hAoine.", ["2023-09-15"]),
    ("ga", "Bhí an toghchán ar siúl Dé hAoine.", ["2023-09-08"]),
    # Japanese and Korean: the non-past verb that ends the sentence, after the day
    ("ja", "選挙は日曜日に行われる。", ["2023-09-17"]),
    ("ja", "選挙は日曜日に行われます。", ["2023-09-17"]),
    ("ja", "選挙は日曜日に行われた。", ["2023-09-10"]),
    ("ja", "日曜日から抗議している。", ["2023-09-10"]),
    ("ja", "日曜日に会談したという。", ["2023-09-10"]),
    ("ja", "日曜日に会談が行われる", ["2023-09-10"]),  # a headline
    ("ja", "選挙は17日に行われる。", ["2023-09-17"]),
    ("ko", "선거는 일요일에 치러진다.", ["2023-09-17"]),
    ("ko", "회의는 일요일에 열릴 것이다.", ["2023-09-17"]),
    ("ko", "선거는 이번 일요일에 치러진다.", ["2023-09-17"]),
    ("ko", "선거는 일요일에 치러졌다.", ["2023-09-10"]),
    ("ko", "일요일에 회의가 있다.", ["2023-09-10"]),
])
def test_a_present_that_is_a_future_makes_a_weekday_the_next_one(language: str, text: str,
                                                                 expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize("text", [
    "The will was read on Monday.",
    "Her will was contested on Monday.",
    "There is no political will, he said on Monday.",
])
def test_the_noun_will_is_no_future(text: str) -> None:
    assert days(text, "en") == ["2023-09-11"]


@pytest.mark.parametrize(("text", "expected"), [
    ("De spelers worden maandag gehuldigd.", ["2023-09-18"]),
    ("De wedstrijd wordt zondag gespeeld.", ["2023-09-17"]),
    ("De spelers werden maandag gehuldigd.", ["2023-09-11"]),
])
def test_a_dutch_weekday_in_the_present_passive_is_the_next_one(text: str, expected: list[str]) -> None:
    assert days(text, "nl") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("hu", "Kedden a kormány bejelentette.", ["2023-09-12"]),
    ("hu", "Hétfőn a kormány bejelentette.", ["2023-09-11"]),
    ("hu", "A keddi ülésen döntöttek.", ["2023-09-12"]),
    ("hu", "Múlt kedden a kormány bejelentette.", ["2023-09-12"]),
    ("hu", "Jövő pénteken szavaznak.", ["2023-09-15"]),
    ("ro", "Marțea trecută guvernul a anunțat.", ["2023-09-12"]),
    ("ro", "Lunea viitoare începe școala.", ["2023-09-18"]),
    ("ro", "Joia trecută guvernul a anunțat.", ["2023-09-07"]),
])
def test_hungarian_and_romanian_weekdays_as_news_writes_them(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the definite present third person plural with its verbal prefix: what is scheduled
    ("A megállapodást pénteken írják alá.", ["2023-09-15"]),
    ("A két ország vezetői pénteken írják alá a megállapodást.", ["2023-09-15"]),
    ("Pénteken aláírják a megállapodást.", ["2023-09-15"]),
    ("Kedden bejelentik az eredményt.", ["2023-09-19"]),
    # and any present, in a sentence with no past: Hungarian news tells the past in the past
    ("A parlament pénteken szavaz.", ["2023-09-15"]),
    ("A kormány pénteken tartja meg ülését.", ["2023-09-15"]),
    # the past stays the last one
    ("A megállapodást pénteken aláírták.", ["2023-09-08"]),
    ("Pénteken írták alá a megállapodást.", ["2023-09-08"]),
    ("A legnagyobbik párt pénteken tüntetett.", ["2023-09-08"]),
    ("A parlament pénteken, 133 igen szavazattal, elfogadta a törvényt.", ["2023-09-08"]),
])
def test_a_hungarian_prefixed_present_with_a_weekday_speaks_of_the_next_one(text: str, expected: list[str]) -> None:
    assert days(text, "hu") == expected


@pytest.mark.parametrize("language, text", [("ro", "Luna trecută guvernul a anunțat."), ("hu", "A múlt héten döntöttek.")])
def test_a_month_or_a_week_is_no_weekday(language: str, text: str) -> None:
    assert days(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "В ночь на субботу произошёл взрыв.", ["2023-09-08", "2023-09-09"]),
    ("ru", "В ночь на 9 сентября произошёл взрыв.", ["2023-09-08", "2023-09-09"]),
    ("uk", "Вночі на суботу стався вибух.", ["2023-09-08", "2023-09-09"]),
    ("uk", "В ніч на суботу стався вибух.", ["2023-09-08", "2023-09-09"]),
    ("cs", "V noci na sobotu hořel sklad.", ["2023-09-08", "2023-09-09"]),
    ("uk", "У ніч проти 9 вересня росіяни атакували Одесу.", ["2023-09-08", "2023-09-09"]),
    ("hr", "U noći na subotu izbio je požar.", ["2023-09-08", "2023-09-09"]),
    # written out, "from Friday to Saturday" names both days already
    ("ru", "В ночь с пятницы на субботу произошёл взрыв.", ["2023-09-08", "2023-09-09"]),
    ("ru", "В субботу произошёл взрыв.", ["2023-09-09"]),
])
def test_the_night_to_a_day_is_the_day_before_and_the_day(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Gisteravond maakte de regering bekend dat", ["2023-09-13"]),   # the part of the day on the day
    ("nl", "Vanochtend maakte de regering bekend dat", ["2023-09-14"]),
    ("it", "Ieri l'altro il governo ha deciso.", ["2023-09-12"]),        # the day before yesterday
    ("es", "Antier el gobierno anunció", ["2023-09-12"]),
    # last night, this morning, tonight, as one word or phrase
    ("es", "Anoche se registró un sismo.", ["2023-09-13"]),
    ("es", "Esta madrugada se registró un sismo.", ["2023-09-14"]),
    ("it", "Stamattina il governo ha approvato.", ["2023-09-14"]),
    ("ro", "Aseară, guvernul a anunțat.", ["2023-09-13"]),
    ("hr", "Sinoć je potres pogodio Zagreb.", ["2023-09-13"]),
    ("sr", "Синоћ је земљотрес погодио.", ["2023-09-13"]),
    ("bg", "Снощи земетресение разлюля.", ["2023-09-13"]),
    ("tr", "Bu sabah deprem oldu.", ["2023-09-14"]),
    ("sv", "I natt skakade jorden.", ["2023-09-14"]),
    ("en", "Police said last night that three people died.", ["2023-09-13"]),
    ("en", "The last night of the festival was quiet.", []),
    # the night to a day in German: both days
    ("de", "In der Nacht zum Mittwoch bebte die Erde.", ["2023-09-12", "2023-09-13"]),
])
def test_relative_days_as_news_writes_them(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize("text", ["у пʼятницю", "у п'ятницю", "у п’ятницю"])
def test_a_ukrainian_weekday_with_its_apostrophe_however_typed(text: str) -> None:
    assert days(text, "uk") == ["2023-09-08"]


def test_the_night_to_a_day_makes_a_rule_on_either_day_unclear() -> None:
    text = "В ночь на субботу беспилотники атаковали Одессу."
    rules = ("- {id: saturday, check: date, expect: 2023-09-09, about: [атаковали]}\n"
             "- {id: thursday, check: date, expect: 2023-09-07, about: [атаковали]}\n")
    report = run_rules(rules, [article(text, "ru", "2023-09-10")])
    assert verdicts(report, "saturday") == {"article.txt": "unclear"}
    assert verdicts(report, "thursday") == {"article.txt": "contradicts"}


@pytest.mark.parametrize(("language", "text"), [
    ("ro", "Carantina a durat 36 de luni."),  # "luni": months, and Monday
    ("ro", "Proiectul a durat 18 luni."),
    ("en", "The rota covered 3 Mondays."),
])
def test_a_weekday_counted_by_a_number_is_no_day(language: str, text: str) -> None:
    assert days(text, language) == []


def test_a_weekday_after_other_words_is_still_a_day() -> None:
    assert days("Întâlnirea a avut loc luni.", "ro") == ["2023-09-11"]
    assert days("S-au văzut marți, 12 septembrie.", "ro") == ["2023-09-12"]


def test_weekday_without_publication_stays_a_weekday() -> None:
    assert values("U srijedu su se sastali.", "hr", None) == [DateValue(weekday=3)]


def test_lower_case_month_of_a_capitalising_language_needs_its_year() -> None:
    assert days("on 13 september 2023", "en") == ["2023-09-13"]
    assert days("on 13 september", "en") == []
    assert days("on 13 septembre", "fr") == ["2023-09-13"]


def test_missing_year_is_the_nearest_before_publication() -> None:
    assert days("on 20 December", "en", dt.date(2024, 1, 5)) == ["2023-12-20"]
    assert days("on 20 December", "en", dt.date(2023, 9, 14)) == ["2023-12-20"]
    assert days("on 13 September", "en", PUBLISHED) == ["2023-09-13"]
    assert values("on 13 September", "en", None) == [DateValue(None, 9, 13)]


def test_missing_year_follows_a_stated_weekday() -> None:
    assert values("Wednesday, 14 September", "en", dt.date(2023, 1, 10)) == [
        DateValue(2022, 9, 14, 3)]


def test_two_digit_years_are_read_near_publication() -> None:
    assert days("filed 9/13/98", "en", dt.date(2001, 1, 1)) == ["1998-09-13"]
    assert days("filed 9/13/23", "en", None) == ["2023-09-13"]


def test_day_shift_takes_the_date_of_its_sentence() -> None:
    text = "Sastali su se 13. rujna, a dan nakon toga Kim je otputovao."
    assert days(text, "hr") == ["2023-09-13", "2023-09-14"]
    assert days("Izjava je došla dan nakon što su se sastali.", "hr") == []
    assert days("Am 13. September trafen sie sich, am Tag danach reiste er ab.", "de") == [
        "2023-09-13", "2023-09-14"]


def test_day_range_gives_both_days() -> None:
    assert days("from 12–15 September 2023", "en") == ["2023-09-12", "2023-09-15"]


@pytest.mark.parametrize("published", [dt.date.min, dt.date.max])
def test_calendar_ends_do_not_break_resolution(published: dt.date) -> None:
    text = "Yesterday, Monday, next Friday, 13 May, 1/2/03, the day after 13 May, tomorrow."
    for mention in find_dates(text, "en", published):
        assert text[mention.start:mention.end] == mention.text
    long_number = "9" * 5000
    assert find_dates(f"{long_number} on 13 May 2023", "en")[0].value.iso == "2023-05-13"


def test_offsets_point_into_the_text() -> None:
    text = "Ref: Wed, 13 Sep 2023 and 2023-09-14; yesterday."
    for mention in find_dates(text, "en", PUBLISHED):
        assert text[mention.start:mention.end] == mention.text


def test_unknown_language_reads_english_and_numbers() -> None:
    text = "Meeting on 13 September 2023, report 2023-09-14."
    assert days(text, "xx-unknown") == days(text, None) == ["2023-09-13", "2023-09-14"]


@settings(max_examples=300, deadline=None)
@given(text=st.text(), language=st.sampled_from([None, "en", "hr", "ro", "ru", "ja", "th",
                                                 "he", "ar", "zz", ""]),
       published=st.one_of(st.none(), st.dates()))
def test_never_raises(text: str, language: str | None, published: dt.date | None) -> None:
    mentions = find_dates(text, language, published)
    assert mentions == sorted(mentions, key=lambda m: (m.start, m.end))
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["13", "2023", "09", ".", "/", "-", " ", "rujna",
                                       "srijedu", "jučer", "dan nakon", "sept.", "mai", "\n",
                                       "septembrie", "1", "31", ",", "2", "29", "02"]),
                      max_size=14),
       published=st.one_of(st.none(), st.dates()))
def test_never_raises_on_date_like_text(words: list[str], published: dt.date | None) -> None:
    text = " ".join(words)
    for language in ("hr", "en", "hu"):
        for mention in find_dates(text, language, published):
            assert text[mention.start:mention.end] == mention.text
            value = mention.value
            if value.iso:
                dt.date.fromisoformat(value.iso)


# --- reading chunk by chunk ----------------------------------------------------------------
# Texts are coded chunk by chunk between single spaces, with every chunk remembered; these
# pin down that the result is the one of reading the text as a whole.

SPACES = [" ", "  ", "\u00a0", "\t", " \u200b", "\u200b ", "\u2009", " \ufeff "]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["13", "2023", "09", ".", "/", "-", "rujna", "srijedu",
                                       "jučer", "dan", "nakon", "sept.", "13-go", "13.",
                                       "septembrie", "the", "day", "after", "1", "31", ","]),
                      max_size=12),
       spaces=st.lists(st.sampled_from(SPACES), min_size=13, max_size=13),
       ends=st.sampled_from(["", " ", "  ", "\u200b", " \n"]))
def test_white_space_between_words_reads_as_one_space(words: list[str], spaces: list[str],
                                                      ends: str) -> None:
    plain = " ".join(words)
    spaced = ends + "".join(word + space for word, space in zip(words, spaces)).rstrip() + ends
    for language in ("hr", "en", "ro"):
        expected = values(plain, language)
        found = find_dates(spaced, language, PUBLISHED)
        assert [m.value for m in found] == expected, (plain, spaced)
        for mention in found:
            assert spaced[mention.start:mention.end] == mention.text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "They met the day before yesterday.", ("the day before yesterday", "2023-09-12")),
    ("bg", "Срещата беше онзи ден.", ("онзи ден", "2023-09-12")),
    ("pt", "A reunião foi na quarta-feira.", ("quarta-feira", "2023-09-13")),
    ("es", "Se reunirán pasado mañana.", ("pasado mañana", "2023-09-16")),
    ("fr", "Ils se sont vus avant-hier.", ("avant-hier", "2023-09-12")),
    ("fr", "Il est arrivé aujourd'hui.", ("aujourd'hui", "2023-09-14")),
    ("vi", "Họ gặp nhau vào thứ hai.", ("thứ hai", "2023-09-11")),
])
def test_multi_word_days_without_a_number(language: str, text: str,
                                          expected: tuple[str, str]) -> None:
    assert [(m.text, m.value.iso) for m in find_dates(text, language, PUBLISHED)] == [expected]


def test_sentences_without_a_date_are_set_aside_before_the_grammar() -> None:
    english = lexicon("en")
    assert classify("Putin met Kim at the Vostochny cosmodrome.", english) is None
    assert classify("The war has lasted 18 months, and 2 more will come.", english) is None
    assert classify("They met on Wednesday.", english) is not None
    assert classify("They met on 13 Septmber.", english) is not None


def test_text_without_spaces_longer_than_a_remembered_chunk() -> None:
    text = ("据新华社报道，代表团参观了当地的工厂和学校，专家认为这一政策将对市场产生深远影响，"
            "双方同意进一步加强经济和贸易合作，会议于2023年9月13日在北京举行。")
    assert len(text) > date_patterns._CHUNK_LONGEST
    assert days(text, "zh") == days(text, "zh") == ["2023-09-13"]
    thai = "การประชุมจัดขึ้นเมื่อวันที่13กันยายน2566ที่กรุงเทพฯและคณะผู้แทนจะเดินทางถึงเชียงใหม่ในวันพุธ"
    assert len(thai) > date_patterns._CHUNK_LONGEST
    # "... and the delegation will (จะ) travel to Chiang Mai on Wednesday": the next one
    assert days(thai, "th") == days(thai, "th") == ["2023-09-13", "2023-09-20"]


def test_memos_that_start_afresh_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [(SEEDS / "hr-kim-putin-invitation.txt").read_text(encoding="utf-8"),
             "Sastali su se 13. rujna 2023. u srijedu, a dan nakon toga Kim je otputovao.",
             "Objavljeno 13.09.2023. u Zagrebu, jučer u 13-oj minuti."]
    expected = [find_dates(text, "hr", PUBLISHED) for text in texts]
    monkeypatch.setattr(date_patterns, "_MEMO_LIMIT", 3)
    monkeypatch.setattr(date_patterns, "_CHUNK_LIMIT", 2)
    small = date_patterns.lexicon.__wrapped__("hr")
    monkeypatch.setattr(dates_module, "lexicon", lambda language: small)
    for _ in range(2):
        assert [find_dates(text, "hr", PUBLISHED) for text in texts] == expected


# --- values ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "expected"), [
    (DateValue(2023, 9, 13), DateValue(2023, 9, 13), True),
    (DateValue(weekday=3), DateValue(2023, 9, 13), True),
    (DateValue(weekday=2), DateValue(2023, 9, 13), False),
    (DateValue(None, 9, 13), DateValue(2023, 9, 13), True),
    (DateValue(None, 9, 12), DateValue(2023, 9, 13), False),
    (DateValue(2023, 9), DateValue(2023, 9, 13), True),
    (DateValue(2022), DateValue(2023, 9, 13), False),
    (DateValue(None, 9, 13, 3), DateValue(2023), True),
    (DateValue(None, 9, 13, 4), DateValue(2023), False),
    (DateValue(None, 2, 29), DateValue(2023), False),
    (DateValue(None, 2, 29), DateValue(2024), True),
    (DateValue(weekday=3), DateValue(weekday=4), False),
    (DateValue(), DateValue(2023, 9, 13), True),
])
def test_compatibility(a: DateValue, b: DateValue, expected: bool) -> None:
    assert a.compatible(b) is expected
    assert b.compatible(a) is expected


def test_display_and_json() -> None:
    assert str(DateValue(2023, 9, 13)) == "2023-09-13"
    assert str(DateValue(None, 9, 13)) == "--09-13"
    assert str(DateValue(2023, 9)) == "2023-09"
    assert str(MEETING) == "Wednesday 2023-09-13"
    assert str(DateValue(weekday=3)) == "Wednesday"
    assert MEETING.to_json() == {"year": 2023, "month": 9, "day": 13, "weekday": 3,
                                 "iso": "2023-09-13"}
    assert DateValue(None, 9, 13).to_json() == {"year": None, "month": 9, "day": 13,
                                                "weekday": None}


@pytest.mark.parametrize(("raw", "expected"), [
    (dt.date(2023, 9, 13), DateValue(2023, 9, 13)),
    ("2023-09-13", DateValue(2023, 9, 13)),
    ("--09-13", DateValue(None, 9, 13)),
    ("--02-29", DateValue(None, 2, 29)),
    ("2023-09", DateValue(2023, 9)),
    ("2023", DateValue(2023)),
    (2023, DateValue(2023)),
    ("Wednesday", DateValue(weekday=3)),
    ({"from": "2023-09-01", "to": "2023-09-30"},
     DateRange(DateValue(2023, 9, 1), DateValue(2023, 9, 30))),
    ({"from": dt.date(2023, 9, 1)}, DateRange(DateValue(2023, 9, 1), DateValue())),
])
def test_parse_expected(raw: object, expected: object) -> None:
    assert parse_expected_date(raw) == expected


@pytest.mark.parametrize("raw", [
    "2023-02-30", "13.9.", "2023-13", "--13-01", "--02-30", "yesterday", "", "2023-9-13",
    None, True, 3.5, [2023], {"from": "2023-09-30", "to": "2023-09-01"},
    {"start": "2023-09-01"}, {}, {"from": "--09-01", "to": "2023-09-30"}, {"from": "Monday"},
])
def test_parse_expected_rejects(raw: object) -> None:
    with pytest.raises(ValueError) as info:
        parse_expected_date(raw)
    assert "\n" not in str(info.value)


def test_range_compatibility() -> None:
    september = parse_expected_date({"from": "2023-09-01", "to": "2023-09-30"})
    assert isinstance(september, DateRange)
    assert september.compatible(MEETING)
    assert september.compatible(DateValue(None, 9, 13))
    assert september.compatible(DateValue(weekday=3))
    assert not september.compatible(DateValue(2023, 10, 1))
    assert not september.compatible(DateValue(None, 9, 31))
    days_ = parse_expected_date({"from": "2023-09-13", "to": "2023-09-14"})
    assert days_.compatible(DateValue(weekday=4))
    assert not days_.compatible(DateValue(weekday=5))
    assert str(days_) == "2023-09-13..2023-09-14"


@pytest.mark.parametrize("text, language, expected", [
    ("KCNA said on Thursday, a day after the two leaders met.", "en",
     [("Thursday", "2023-09-14"), ("a day after", "2023-09-13")]),
    ("Izjava je došla u četvrtak, dan nakon što se Kim sastao s Putinom.", "hr",
     [("četvrtak", "2023-09-14"), ("dan nakon", "2023-09-13")]),
    ("Kim visited a factory the day after 13 September.", "en",
     [("the day after", "2023-09-14"), ("13 September", "2023-09-13")]),
    ("They met on Wednesday and the next day Kim left.", "en",
     [("Wednesday", "2023-09-13"), ("the next day", "2023-09-14")]),
])
def test_a_day_shift_after_a_date_dates_the_event_it_introduces(text: str, language: str,
                                                               expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, language, dt.date(2023, 9, 14))
    assert [(m.text, m.value.iso) for m in found] == expected


@pytest.mark.parametrize("language, text, expected, iso", [
    ("vi", "Cuộc họp diễn ra vào ngày 13/9 tại Nga.", "ngày 13/9", "2023-09-13"),
    ("id", "Pertemuan itu berlangsung pada tanggal 12/9 di Rusia.", "tanggal 12/9", "2023-09-12"),
    ("id", "Pertemuan itu berlangsung pada Rabu (13/9) di Rusia.", "Rabu (13/9", "2023-09-13"),
    ("en", "They met on Wednesday 9/13 in Russia.", "Wednesday 9/13", "2023-09-13"),  # the locale's order
    # with a full stop in brackets after the weekday, as Hebrew news writes it (was a figure)
    ("he", "ההפגנה התקיימה ביום רביעי (13.9) בתל אביב.", "ביום רביעי (13.9", "2023-09-13"),
    ("he", "הפגישה תתקיים ביום רביעי (20.9) בירושלים.", "ביום רביעי (20.9", "2023-09-20"),
])
def test_a_day_and_a_month_in_digits_after_a_day_word_or_a_weekday(language: str, text: str, expected: str,
                                                                    iso: str) -> None:
    assert one_date(text, language) == (expected, iso)


@pytest.mark.parametrize("language, text, expected, iso", [
    ("ja", "会談は令和5年9月13日に行われた。", "令和5年9月13日", "2023-09-13"),  # was read as 5 September
    ("ja", "令和元年5月1日に即位した。", "令和元年5月1日", "2019-05-01"),      # the era's first year
    ("zh", "会谈于民国112年9月13日举行。", "民国112年9月13日", "2023-09-13"),
    ("zh", "民國112年9月13日", "民國112年9月13日", "2023-09-13"),
])
def test_a_year_counted_by_an_era(language: str, text: str, expected: str, iso: str) -> None:
    assert one_date(text, language) == (expected, iso)


@pytest.mark.parametrize("language, text, first, second", [
    ("en", "The summit was held on 13 and 14 September.", "13", "14 September"),
    ("hr", "Summit je održan 13. i 14. rujna.", "13", "14. rujna"),
    ("hr", "Summit traje od 13. do 15. rujna.", "13", "15. rujna"),
    ("ro", "Summitul a avut loc pe 13 și 14 septembrie.", "13", "14 septembrie"),
    ("de", "Der Gipfel fand am 13. und 14. September statt.", "13", "14. September"),
    ("fr", "Le sommet a eu lieu les 13 et 14 septembre.", "13", "14 septembre"),
    ("es", "La cumbre fue del 13 al 15 de septiembre.", "13", "15 de septiembre"),
    ("ru", "Саммит прошёл 13 и 14 сентября.", "13", "14 сентября"),
    ("ar", "عقدت القمة يومي 13 و14 سبتمبر.", "13", "14 سبتمبر"),   # "and" written on the day
    ("ar", "تستمر القمة من 13 إلى 15 سبتمبر.", "13", "15 سبتمبر"),
    ("he", "הפסגה התקיימה ב-13 ו-14 בספטמבר.", "13", "14 בספטמבר"),
    ("he", "הפסגה תימשך מ-13 עד 15 בספטמבר.", "13", "15 בספטמבר"),
    ("he", "הפסגה התקיימה ב־13 ו־14 בספטמבר.", "13", "14 בספטמבר"),   # the Hebrew hyphen, maqaf
    ("he", "הפסגה תימשך מה-13 ועד ה-15 בספטמבר.", "13", "15 בספטמבר"),  # "from the 13th and until the 15th"
    ("he", "הפסגה תימשך מה-13 עד ה-15 בספטמבר.", "13", "15 בספטמבר"),
    ("he", "הפסגה תימשך בין ה-13 ל-15 בספטמבר.", "13", "15 בספטמבר"),  # "between the 13th and 15th"
    ("he", "הפסגה תימשך בין ה־13 ל־15 בספטמבר 2023.", "13", "15 בספטמבר 2023"),
    ("fr", "Le sommet a lieu du 13 au 15 septembre.", "13", "15 septembre"),  # au, "to the"
    ("ru", "Саммит пройдёт с 13 по 15 сентября.", "13", "15 сентября"),
    ("uk", "Саміт пройде з 13 по 15 вересня.", "13", "15 вересня"),
    ("tr", "Zirve 13 ile 15 Eylül tarihleri arasında yapılacak.", "13", "15 Eylül"),
    # "and" as CLDR's list patterns write it
    ("tr", "Zirve 13 ve 14 Eylül'de yapıldı.", "13", "14 Eylül"),
    ("fi", "Huippukokous pidettiin 13. ja 14. syyskuuta.", "13", "14. syyskuuta"),
    ("hi", "शिखर सम्मेलन 13 और 14 सितंबर को हुआ।", "13", "14 सितंबर"),
    ("sw", "Mkutano ulifanyika tarehe 13 na 14 Septemba.", "13", "14 Septemba"),
])
def test_two_days_of_a_month_joined_by_a_word_are_both_read(language: str, text: str, first: str,
                                                             second: str) -> None:
    """"13 and 14 September" was read as the 14th alone: a rule on the 13th saw a contradiction."""
    found = find_dates(text, language, PUBLISHED)
    assert [m.text for m in found] == [first, second]
    assert found[0].value.month == found[1].value.month == 9 and found[0].value.day == 13


THREE_DAYS = [("13", "2023-09-13"), ("14", "2023-09-14")]


@pytest.mark.parametrize("language, text, last", [
    ("en", "The summit was held on 13, 14 and 15 September.", "15 September"),
    ("en", "The summit was held on 13, 14, and 15 September.", "15 September"),
    ("hr", "Summit je održan 13., 14. i 15. rujna.", "15. rujna"),
    ("fr", "Le sommet a eu lieu les 13, 14 et 15 septembre.", "15 septembre"),
    ("ro", "Summitul a avut loc pe 13, 14 și 15 septembrie.", "15 septembrie"),
    ("de", "Der Gipfel fand am 13., 14. und 15. September statt.", "15. September"),
    ("es", "La cumbre fue el 13, 14 y 15 de septiembre.", "15 de septiembre"),
    ("ru", "Саммит прошёл 13, 14 и 15 сентября.", "15 сентября"),
    ("ar", "عقدت القمة أيام 13 و14 و15 سبتمبر.", "15 سبتمبر"),   # "and" before every day
    ("ar", "عقدت القمة أيام 13، 14 و15 سبتمبر.", "15 سبتمبر"),   # the Arabic comma
    ("he", "הפסגה התקיימה ב-13, 14 ו-15 בספטמבר.", "15 בספטמבר"),
    ("lv", "Tikšanās notika 13., 14. un 15. septembrī.", "15. septembrī"),
    ("tr", "Zirve 13, 14 ve 15 Eylül tarihlerinde yapıldı.", "15 Eylül"),
])
def test_every_day_of_a_list_before_a_month_is_read(language: str, text: str, last: str) -> None:
    """"13, 14 and 15 September" was read as the 14th and 15th: the first day was lost."""
    found = find_dates(text, language, PUBLISHED)
    assert [(m.text, m.value.iso) for m in found] == [*THREE_DAYS, (last, "2023-09-15")]


def test_a_list_of_four_days_and_a_list_out_of_order() -> None:
    assert days("Talks on 11, 12, 13 and 14 September.", "en") == [
        "2023-09-11", "2023-09-12", "2023-09-13", "2023-09-14"]
    assert days("Talks on 20, 13 and 14 September.", "en") == ["2023-09-13", "2023-09-14"]  # 20 is no day before 13


@pytest.mark.parametrize("language, text, expected", [
    ("en", "The summit was held 13–14 and 16 September.", ["2023-09-13", "2023-09-14", "2023-09-16"]),
    ("en", "The summit was held 13 to 15 and 20 September.", ["2023-09-13", "2023-09-15", "2023-09-20"]),
    ("hr", "Summit je održan 13.–14. i 16. rujna.", ["2023-09-13", "2023-09-14", "2023-09-16"]),
    ("de", "Der Gipfel fand am 13.–14. und 16. September statt.", ["2023-09-13", "2023-09-14", "2023-09-16"]),
    ("ru", "Саммит прошёл 13–14 и 16 сентября.", ["2023-09-13", "2023-09-14", "2023-09-16"]),
    ("fr", "Le sommet a lieu les 13-14 et 16 septembre.", ["2023-09-13", "2023-09-14", "2023-09-16"]),
    ("es", "La cumbre fue del 13 al 15 y 20 de septiembre.", ["2023-09-13", "2023-09-15", "2023-09-20"]),
    ("en", "The summit was held September 13-14 and 16.", ["2023-09-13", "2023-09-14", "2023-09-16"]),
    ("hu", "A csúcs szeptember 13–14. és 16. volt.", ["2023-09-13", "2023-09-14", "2023-09-16"]),
    # A dash whose first number is no earlier day opens no range: a score, then a date.
    ("en", "The team won 3-1 and 14 September was a holiday.", ["2023-09-14"]),
    ("en", "They met 15-16 and 14 September.", ["2023-09-14"]),
    ("en", "They met September 3-1 and 14.", ["2023-09-03"]),
])
def test_a_range_then_a_day_reads_both_ends_and_the_day(language: str, text: str, expected: list[str]) -> None:
    """"13–14 and 16 September" was read as the 14th and 16th: the range lost its first day."""
    assert days(text, language) == expected


@pytest.mark.parametrize("language, text", [
    ("fi", "Huippukokous pidettiin 13.–15.9.2023."),
    ("de", "Der Gipfel fand vom 13.–15.09.2023 statt."),
    ("de", "Der Gipfel fand vom 13. – 15.09.2023 statt."),
    ("hr", "Summit je održan 13.-15.9.2023."),
    ("cs", "Summit se konal 13.–15. 9. 2023."),
])
def test_the_first_day_of_a_range_before_a_numeric_date_is_read(language: str, text: str) -> None:
    """"13.–15.9.2023" was read as the 15th alone."""
    assert days(text, language) == ["2023-09-13", "2023-09-15"]


@pytest.mark.parametrize("language, text", [
    ("fi", "Huippukokous pidettiin 13.–15. syyskuuta."),        # the month in the partitive
    ("et", "Tippkohtumine toimub 13.–15. septembrini."),        # the month in the terminative
    ("et", "Tippkohtumine toimus 13.–15. septembril."),
    ("tr", "Zirve 13-15 Eylül'de yapıldı."),                    # the case ending on the month
    ("tr", "Zirve 13 Eylül'den 15 Eylül'e kadar sürdü."),       # two dates, each with its month
])
def test_a_range_whose_month_carries_a_case_ending(language: str, text: str) -> None:
    assert days(text, language) == ["2023-09-13", "2023-09-15"]


def test_numbers_before_a_numeric_date_that_open_no_range() -> None:
    assert days("Der Gipfel fand vom 15.–13.09.2023 statt.", "de") == ["2023-09-13"]  # no earlier day
    assert days("Version 1.2-3.4.2023 erschienen.", "de") == []
    assert days("They met on 9/13-15/2023.", "en") == []  # read month first, its day is not the last number


@pytest.mark.parametrize("language, text, expected", [
    ("en", "There were 13, 14 people.", []),
    ("en", "On 13 September, 14 ministers met.", ["2023-09-13"]),
    ("en", "In 2013, 2014 and 2015 they met.", []),
    ("en", "See page 13, 14.", []),
    ("en", "See page 13, 14 September.", ["2023-09-14"]),  # a comma alone joins no days
    ("hr", "Stopa je bila 1,5 i 14. rujna pala.", ["2023-09-14"]),  # a decimal comma
    ("he", "המחירים עלו מ-13 ל-15 אחוז ב-14 בספטמבר.", ["2023-09-14"]),  # "from 13 to 15 percent"
    ("en", "Prices rose 13–14 and 16 percent on 12 September.", ["2023-09-12"]),  # figures of a unit
    ("en", "Sizes 13–14 and 16 kg were sold on 12 September.", ["2023-09-12"]),
    ("de", "Am Mittwoch, 13. und 14 Minister kamen.", ["2023-09-13"]),  # the weekday alone
    ("he", "הפסגה תימשך בין ה-11 בספטמבר ל-15 באוקטובר.", ["2023-09-11", "2023-10-15"]),
])
def test_numbers_that_are_no_list_of_days_stay_as_they_were(language: str, text: str,
                                                               expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize("language, text, first, second", [
    ("he", "הפסגה התקיימה ב-13 וב-14 בספטמבר.", "13", "14 בספטמבר"),  # "in 13 and-in 14"
    ("he", "הפסגה התקיימה ב־13 וב־14 בספטמבר.", "13", "14 בספטמבר"),
    ("he", "הפסגה תימשך מ-13 ועד 15 בספטמבר.", "13", "15 בספטמבר"),   # "and until"
    ("ar", "عقدت القمة في 13 وفي 14 سبتمبر.", "13", "14 سبتمبر"),
    ("ar", "عقدت القمة في 13 و في 14 سبتمبر.", "13", "14 سبتمبر"),
    ("ar", "عقدت القمة يوم 13 ويوم 14 سبتمبر.", "13", "14 سبتمبر"),   # "day 13 and-day 14"
    ("ar", "تستمر القمة من 13 وحتى 15 سبتمبر.", "13", "15 سبتمبر"),  # "and until"
    ("fr", "Le sommet a eu lieu le 13 et le 14 septembre.", "13", "14 septembre"),
    ("de", "Der Gipfel fand am 13. und am 14. September statt.", "13", "14. September"),
    ("es", "La cumbre fue el 13 y el 14 de septiembre.", "13", "14 de septiembre"),
    ("vi", "Hội nghị diễn ra ngày 13 và ngày 14 tháng 9.", "13", "14 tháng 9"),  # a word for "day"
    ("id", "KTT berlangsung tanggal 13 dan tanggal 14 September.", "13", "14 September"),
])
def test_a_word_repeated_before_the_second_day_joins_the_two(language: str, text: str, first: str,
                                                             second: str) -> None:
    """The word before a day repeated before the next, alone or after an "and" written on
    it: the first day was lost."""
    found = find_dates(text, language, PUBLISHED)
    assert [m.text for m in found] == [first, second]
    assert found[0].value == DateValue(2023, 9, 13)


def test_a_repeated_word_in_a_list_of_three_days_and_words_that_are_not_repeated() -> None:
    assert days("הפסגה התקיימה ב-13, ב-14 וב-15 בספטמבר.", "he") == ["2023-09-13", "2023-09-14", "2023-09-15"]
    assert days("Le sommet a eu lieu le 13, le 14 et le 15 septembre.", "fr") == [
        "2023-09-13", "2023-09-14", "2023-09-15"]
    assert days("Record in 13 cities and in 14 September.", "en") == ["2023-09-14"]
    assert days("ב-13 ערים וב-14 בספטמבר", "he") == ["2023-09-14"]  # "in 13 cities and on 14 September"


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a range, then another day after "and" and the word for "on"
    ("de", "Die Messe findet vom 13. bis 15. und am 20. September statt.", ["2023-09-13", "2023-09-15", "2023-09-20"]),
    # a range before a day and month in digits without a year, in languages writing the day first
    ("cs", "Veletrh proběhne 13.–15. 9. v Brně.", ["2023-09-13", "2023-09-15"]),
    ("sk", "Festival sa konal 13.–15. 9. v Bratislave.", ["2023-09-13", "2023-09-15"]),
    ("bg", "Изложението ще се проведе 13-15.09. в София.", ["2023-09-13", "2023-09-15"]),
    ("de", "Die Tagung dauert vom 13. bis 15.9. in Berlin.", ["2023-09-13", "2023-09-15"]),
    ("cs", "Tým obsadil 13.–15. místo.", []),
    ("en", "He scored 3-1.5. Then he left.", []),
    # a weekday joined by an "and" written on it to the one before: that week's day
    ("he", "השביתה נמשכה ביום שני ושלישי.", ["2023-09-11", "2023-09-12"]),
    ("he", "הפגישות יתקיימו ביום שני ושלישי.", ["2023-09-18", "2023-09-19"]),
    ("ar", "استمر الإضراب يومي الاثنين والثلاثاء.", ["2023-09-11", "2023-09-12"]),
    ("ar", "ستعقد الاجتماعات يومي الاثنين والثلاثاء.", ["2023-09-18", "2023-09-19"]),
])
def test_days_listed_as_news_writes_them(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a day and a month with full stops alone, where the locale writes the day first and
    # decimals with a comma
    ("fi", "Ottelu pelattiin 13.9.", ["2023-09-13"]),
    ("pl", "Mecz odbył się 13.09.", ["2023-09-13"]),
    ("ru", "Матч прошел 13.09. в Москве.", ["2023-09-13"]),
    ("cs", "Veletrh proběhl 13. 9. v Brně.", ["2023-09-13"]),
    ("de", "Das Spiel fand 13.09. statt.", ["2023-09-13"]),
    # not a time, a section, nor in a locale whose decimals take a full stop
    ("fi", "Ottelu alkaa klo 13.05.", []),
    ("de", "Das Spiel beginnt um 13.05 Uhr.", []),
    ("de", "Kapitel 1.2. beschreibt das Verfahren.", []),
    ("en", "He scored 13.9. Then he left.", []),
])
def test_a_day_and_month_with_full_stops_alone(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a day and a month with a slash after the article or preposition before a date
    ("fr", "Le match a eu lieu le 13/09 à Paris.", ["2023-09-13"]),
    ("es", "El partido se jugó el 13/09 en Madrid.", ["2023-09-13"]),
    ("it", "La partita si è giocata il 13/9 a Roma.", ["2023-09-13"]),
    ("pt", "O jogo foi em 13/9.", ["2023-09-13"]),
    ("en", "The match was played on 13/09.", ["2023-09-13"]),
    # not a score, a fraction, nor the words of a range or of a year
    ("es", "El equipo remontó hasta el 3-1 final.", []),
    ("fr", "Le 3/4 des électeurs ont voté.", []),
    ("fr", "Le festival a lieu du 13 au 15 septembre.", ["2023-09-13", "2023-09-15"]),
    ("ca", "La vaga va ser el 13 de setembre del 2023.", ["2023-09-13"]),
    ("en", "The festival runs on 13-15 September.", ["2023-09-13", "2023-09-15"]),
])
def test_a_day_and_month_in_digits_after_the_article_of_a_date(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


WEDNESDAY_THURSDAY = [DateValue(2023, 9, 13, 3), DateValue(2023, 9, 14, 4)]


@pytest.mark.parametrize("language, text", [
    ("en", "The summit was held Wednesday 13 and Thursday 14 September."),
    ("en", "The summit was held on Wednesday, 13 and Thursday, 14 September."),
    ("en", "The summit was held Wed 13 and Thu 14 September."),
    ("fr", "Le sommet a eu lieu mercredi 13 et jeudi 14 septembre."),
    ("fr", "Le sommet a eu lieu le mercredi 13 et le jeudi 14 septembre."),  # "le" repeated
    ("hr", "Summit je održan u srijedu 13. i četvrtak 14. rujna."),
    ("hr", "Summit je održan u srijedu 13. i u četvrtak 14. rujna."),
    ("de", "Der Gipfel fand Mittwoch, 13. und Donnerstag, 14. September statt."),
    ("de", "Der Gipfel fand am Mittwoch, 13. und am Donnerstag, 14. September statt."),
    ("es", "La cumbre fue el miércoles 13 y el jueves 14 de septiembre."),
    ("ro", "Summitul a avut loc miercuri, 13 și joi, 14 septembrie."),
    ("ru", "Саммит прошёл в среду, 13-го и в четверг, 14 сентября."),
    ("en", "The summit was held on Wednesday the 13th and Thursday the 14th of September."),
    ("hu", "A csúcs szeptember 13-án, szerdán és 14-én, csütörtökön volt."),  # after each day, month first
    ("hu", "A csúcs szeptember 13-án szerdán és 14-én csütörtökön volt."),
])
def test_a_weekday_before_each_listed_day_is_read_with_its_day(language: str, text: str) -> None:
    """The first day and its weekday were read as the weekday alone, the latest Wednesday."""
    assert values(text, language) == WEDNESDAY_THURSDAY
    assert not any(m.relative for m in find_dates(text, language, PUBLISHED))


def test_the_weekday_of_each_listed_day_is_checked_against_it() -> None:
    """A weekday before a list is its first day's: "Wednesday 13 and 14 September" made
    the 14th a Wednesday, so a year in which it was one (2022)."""
    assert values("The summit was held Wednesday 13 and 14 September.", "en") == [
        DateValue(2023, 9, 13, 3), DateValue(2023, 9, 14)]
    assert values("Summit traje od srijede 13. do petka 15. rujna.", "hr") == [
        DateValue(2023, 9, 13, 3), DateValue(2023, 9, 15, 5)]
    tuesday, thursday = values("The summit was held Tuesday 13 and Thursday 14 September.", "en")
    assert tuesday == DateValue(2023, 9, 13, 2) and not tuesday.compatible(MEETING)
    assert thursday == DateValue(2023, 9, 14, 4)


def test_weekdays_after_a_range_are_no_weekday_of_its_days() -> None:
    """A weekday after the last day is its own only where the first day has one too;
    a range of weekdays in brackets is no weekday of one day."""
    assert values("The summit was held September 13-15, Wednesday to Friday.", "en")[:2] == [
        DateValue(2023, 9, 13), DateValue(2023, 9, 15)]
    assert values("会談は9月13日～15日（水～金）に行われた。", "ja") == [DateValue(2023, 9, 13), DateValue(2023, 9, 15)]


def test_a_weekday_and_a_day_before_a_count_are_the_weekday_alone() -> None:
    """Without a month after them, "Wednesday 13 and 14 ministers" lists no days: the
    weekday is read alone, as it was, and the numbers are left to the number reader."""
    found = find_dates("The summit was held on Wednesday 13 and 14 ministers met.", "en", PUBLISHED)
    assert [(m.text, m.value.iso, m.relative) for m in found] == [("Wednesday", "2023-09-13", True)]


NOVEMBER = dt.date(2023, 11, 20)


@pytest.mark.parametrize("language, text, first", [
    ("ja", "会談は9月13日、14日、15日に行われた。", "9月13日"),
    ("ja", "会談は2023年9月13日、14日、15日に行われた。", "2023年9月13日"),
    ("zh", "会谈于9月13日、14日和15日举行。", "9月13日"),
    ("ko", "회담은 9월 13일, 14일, 15일에 열렸다.", "9월 13일"),
    ("ja", "会談は9月13日と14日と15日に行われた。", "9月13日"),   # the particle と
    ("ja", "会談は9月13日、14日と15日に行われた。", "9月13日"),
    ("ko", "회담은 9월 13일, 14일과 15일에 열렸다.", "9월 13일"),  # 과 written on the day's 일
    ("ko", "회담은 9월 13일과 14일과 15일에 열렸다.", "9월 13"),
])
def test_days_listed_after_a_date_in_chinese_japanese_korean_are_of_its_month(language: str, text: str,
                                                                               first: str) -> None:
    """Read alone, "14日" was the 14th nearest the publication: 14 November in November."""
    found = find_dates(text, language, NOVEMBER)
    assert [(m.value.iso, m.relative) for m in found] == [
        ("2023-09-13", False), ("2023-09-14", False), ("2023-09-15", False)]
    assert found[0].text == first


@pytest.mark.parametrize("language, text, first", [
    ("zh", "会谈于9月13日至15日举行。", "9月13日"),          # 至, from CLDR's interval formats
    ("zh", "会谈于2023年9月13日至15日举行。", "2023年9月13日"),
    ("ja", "会談は9月13日～15日に行われた。", "9月13日"),    # a full-width tilde
    ("ja", "会談は9月13日〜15日に行われた。", "9月13日"),    # a wave dash
    ("ko", "회담은 9월 13일~15일에 열렸다.", "9월 13일"),
    ("ko", "회담은 9월 13일 ~ 15일에 열렸다.", "9월 13일"),
    ("zh", "会谈于9月13日到15日举行。", "9月13日"),            # the words newsrooms write beside
    ("ja", "会談は9月13日から15日まで行われた。", "9月13日"),  # CLDR's 至, ～ and ~
    ("ko", "회담은 9월 13일부터 15일까지 열렸다.", "9월 13"),   # 부터 written on the day's 일
    ("ko", "회담은 2023년 9월 13일부터 15일까지 열렸다.", "2023년 9월 13"),
])
def test_a_range_after_a_date_in_chinese_japanese_korean_reads_both_ends_in_its_month(
        language: str, text: str, first: str) -> None:
    """Read alone, "15日" was the 15th nearest the publication: 15 November in November."""
    found = find_dates(text, language, NOVEMBER)
    assert [(m.text, m.value.iso, m.relative) for m in found] == [
        (first, "2023-09-13", False), (found[1].text, "2023-09-15", False)]


@pytest.mark.parametrize("language, text", [
    ("ja", "会談は9月13日と14日に行われた。"),
    ("ja", "会談は2023年9月13日と14日に行われた。"),
    ("ko", "회담은 9월 13일과 14일에 열렸다."),
    ("ko", "회담은 2023년 9월 13일과 14일 열렸다."),
])
def test_two_days_after_a_date_joined_by_japanese_to_or_korean_gwa_are_of_its_month(language: str,
                                                                                   text: str) -> None:
    """Read alone, "14日" was the 14th nearest the publication (14 November), and "14일에"
    after 13일과 was not read at all."""
    found = find_dates(text, language, NOVEMBER)
    assert [(m.value.iso, m.relative) for m in found] == [("2023-09-13", False), ("2023-09-14", False)]


@pytest.mark.parametrize("language, text", [("ja", "9月13日と14人が参加した。"), ("ko", "9월 13일과 14명이 참석했다.")])
def test_a_count_after_a_date_and_a_particle_is_no_day(language: str, text: str) -> None:
    assert days(text, language, NOVEMBER) == ["2023-09-13"]


@pytest.mark.parametrize("language, text, last", [
    ("ja", "会談は9月13日（水）と14日（木）に行われた。", DateValue(2023, 9, 14, 4)),
    ("ja", "会談は9月13日(水)、14日(木)に行われた。", DateValue(2023, 9, 14, 4)),
    ("ja", "会談は9月13日(水)～15日(金)に行われた。", DateValue(2023, 9, 15, 5)),
    ("ko", "회담은 9월 13일(수)과 14일(목)에 열렸다.", DateValue(2023, 9, 14, 4)),
    ("ko", "회담은 9월 13일(수)~15일(금) 열렸다.", DateValue(2023, 9, 15, 5)),
    ("zh", "会谈于9月13日（周三）至15日（周五）举行。", DateValue(2023, 9, 15, 5)),
])
def test_a_weekday_in_brackets_after_each_day_in_chinese_japanese_korean(language: str, text: str,
                                                                          last: DateValue) -> None:
    """The bracketed weekday broke the list: "14日" was read alone, the 14th nearest the
    publication (14 November in November)."""
    assert values(text, language, NOVEMBER) == [DateValue(2023, 9, 13, 3), last]


def test_a_joining_word_after_a_date_in_japanese_or_korean_before_no_day_changes_nothing() -> None:
    assert [m.text for m in find_dates("会談は9月13日から始まった。", "ja", NOVEMBER)] == ["9月13日"]
    assert days("회담은 9월 13일부터 열렸다.", "ko", NOVEMBER) == ["2023-09-13"]


def test_a_tilde_joins_days_as_a_dash_does() -> None:
    assert days("Talks on 12~15 September 2023.", "en") == ["2023-09-12", "2023-09-15"]
    assert days("Prices rose ~15 percent on 13 September.", "en") == ["2023-09-13"]


def test_a_count_or_an_earlier_day_after_a_japanese_date_is_no_day_of_its_month() -> None:
    assert days("9月13日、14人が死亡した。", "ja", NOVEMBER) == ["2023-09-13"]
    assert days("会談は9月13日、12日に行われた。", "ja", NOVEMBER) == ["2023-09-13", "2023-11-12"]  # the 12th alone


SUMMIT_DAY = ("- id: summit-day\n  check: date\n  expect: 2023-09-13\n"
              "  about: [summit, Gipfel, sommet, саммит, summitul, הפסגה, القمة]\n")


@pytest.mark.parametrize("language, three_days, later_days", [
    ("en", "The summit was held on 13, 14 and 15 September.", "The summit was held on 14, 15 and 16 September."),
    ("hr", "Summit je održan 13., 14. i 15. rujna.", "Summit je održan 14., 15. i 16. rujna."),
    ("de", "Der Gipfel fand am 13., 14. und 15. September statt.",
     "Der Gipfel fand am 14., 15. und 16. September statt."),
    ("ru", "Саммит прошёл 13, 14 и 15 сентября.", "Саммит прошёл 14, 15 и 16 сентября."),
    ("he", "הפסגה התקיימה ב-13, ב-14 וב-15 בספטמבר.", "הפסגה התקיימה ב-14, ב-15 וב-16 בספטמבר."),
    ("ar", "عقدت القمة في 13 وفي 14 وفي 15 سبتمبر.", "عقدت القمة في 14 وفي 15 وفي 16 سبتمبر."),
])
def test_a_source_on_a_three_day_event_is_unclear_about_its_first_day(language: str, three_days: str,
                                                                       later_days: str) -> None:
    """Read as its last two days, a three-day event contradicted a rule on its first."""
    sources = [article(three_days, language, "2023-09-16", source="first.txt"),
               article(later_days, language, "2023-09-16", source="later.txt")]
    assert verdicts(run_rules(SUMMIT_DAY, sources), "summit-day") == {
        "first.txt": "unclear", "later.txt": "contradicts"}


@pytest.mark.parametrize("language, text, expected", [
    ("en", "The summit was held September 13-15.", [("September 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("en", "The summit was held September 13–15, 2023.", [("September 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("en", "The summit was held Sept. 13 to 15.", [("Sept. 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("en", "The summit was held September 13 and 14.", [("September 13", "2023-09-13"), ("14", "2023-09-14")]),
    ("en", "The summit was held September 13, 14 and 15.",
     [("September 13", "2023-09-13"), ("14", "2023-09-14"), ("15", "2023-09-15")]),
    ("en", "The summit was held September 13, 14, and 15, 2023.",
     [("September 13", "2023-09-13"), ("14", "2023-09-14"), ("15", "2023-09-15")]),
    ("en", "The summit ran from September 13 to 15.", [("September 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("en", "The summit ran between September 13 and 15.", [("September 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("en", "The summit ran from Sept. 13 through 15.", [("Sept. 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("en", "The summit ran September 13 until 15.", [("September 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("en", "The summit was held Wednesday, September 13-15.",
     [("Wednesday, September 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("en_GB", "The summit was held September 13-15.", [("September 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("hu", "A csúcs szeptember 13–15. között volt.", [("szeptember 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("hu", "A csúcs 2023. szeptember 13–15. között volt.",
     [("2023. szeptember 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("hu", "A csúcs szeptember 13. és 14. volt.", [("szeptember 13", "2023-09-13"), ("14", "2023-09-14")]),
    ("hu", "A csúcs szeptember 13-án és 14-én volt.", [("szeptember 13", "2023-09-13"), ("14", "2023-09-14")]),
    ("hu", "A csúcs szeptember 13-tól 15-ig tart.", [("szeptember 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("hu", "A csúcs szeptember 13-ától 15-éig tart.", [("szeptember 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("hu", "A csúcs szeptember 4-étől 6-áig tart.", [("szeptember 4", "2023-09-04"), ("6", "2023-09-06")]),
    ("hu", "A csúcs 2023. szeptember 1-jétől 3-áig tart.", [("2023. szeptember 1", "2023-09-01"), ("3", "2023-09-03")]),
    ("hu", "A csúcs szeptember 13., 14. és 15. volt.",
     [("szeptember 13", "2023-09-13"), ("14", "2023-09-14"), ("15", "2023-09-15")]),
    ("lt", "Susitikimas vyko rugsėjo 13–15 d.", [("rugsėjo 13", "2023-09-13"), ("15", "2023-09-15")]),
    ("lt", "Susitikimas vyko rugsėjo 13, 14 ir 15 d.",
     [("rugsėjo 13", "2023-09-13"), ("14", "2023-09-14"), ("15", "2023-09-15")]),
    ("zh", "会谈于9月13-15日举行。", [("9月13", "2023-09-13"), ("15日", "2023-09-15")]),
    ("ja", "会談は9月13～15日に行われた。", [("9月13", "2023-09-13"), ("15日", "2023-09-15")]),
    ("ko", "회담은 9월 13~15일에 열렸다.", [("9월 13", "2023-09-13"), ("15일에", "2023-09-15")]),
    ("ne", "बैठक भदौ २७–२९ गते बस्यो।", [("भदौ २७", "2023-09-13"), ("२९", "2023-09-15")]),  # Bikram Sambat
])
def test_the_later_days_of_a_range_or_list_after_its_month_are_read(language: str, text: str,
                                                                      expected: list[tuple[str, str]]) -> None:
    """Where the month comes first, "September 13-15" was read as the 13th alone: a rule on
    the 15th saw a contradiction. A range reads both ends, as "13-15 September" does, and a
    list every day."""
    found = find_dates(text, language, NOVEMBER)
    assert [(m.text, m.value.iso) for m in found] == expected
    assert not any(m.relative for m in found)


@pytest.mark.parametrize("language, text, expected", [
    ("en", "On September 13, 14 people were hurt.", ["2023-09-13"]),   # a comma, then a count
    ("en", "Arsenal won on September 3, 4-1 at home.", ["2023-09-03"]),  # a comma, then a score
    ("en", "They met on September 13, 2023.", ["2023-09-13"]),
    ("en", "Read pages 13-15 of the report.", []),
    ("en", "Rates moved September 13 to 15 percent.", ["2023-09-13"]),  # a unit the number reader knows
    ("en", "Bids rose September 13 to 15 million.", ["2023-09-13"]),
    ("en", "Hurt on Sept. 13 and 14-year-old girls too.", ["2023-09-13"]),
    ("en", "They met September 15 and 13.", ["2023-09-15"]),            # no later day
    ("en", "They met September 3, 4 and 1.", ["2023-09-03"]),
    ("en", "They met February 28-31.", ["2023-02-28"]),                 # no such day
    ("en", "They met February 27-29, 2023.", ["2023-02-27"]),
    ("en", "They met from September 13 to 14 October.", ["2023-09-13", "2023-10-14"]),
    ("en", "They met from September 30 to October 2.", ["2023-09-30", "2023-10-02"]),
    ("en", "They met on September 11 and 9/11 was remembered.", ["2023-09-11"]),
    ("en", "The summit opened September 13 and on the 15 delegates left.", ["2023-09-13"]),  # not close
    ("en", "They met on 13, 14 and 15 September.", ["2023-09-13", "2023-09-14", "2023-09-15"]),
    ("hu", "A csúcs szeptember 13. és 15 százalék.", ["2023-09-13"]),
    ("hu", "Az árak szeptember 13-tól 15 százalékkal nőttek.", ["2023-09-13"]),  # "from 13 September, by 15 percent"
    ("hu", "A csúcs szeptember 13-tól tart.", ["2023-09-13"]),
    ("hu", "A csúcs szeptember 15-től 13-ig tart.", ["2023-09-15"]),
    ("hu", "A csúcs szeptember 28-ától október 4-éig tart.", ["2023-09-28", "2023-10-04"]),
    ("ko", "9월 13~15명이 다쳤다.", ["2023-09-13"]),  # a counter, not the day's character
    ("zh", "9月13-15人受伤。", ["2023-09-13"]),
    ("hr", "U rujnu 13 i 14 ljudi.", []),  # a language that writes the day first
])
def test_numbers_after_a_month_that_are_no_later_days(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize("text", ["On September 13 and 14 ministers met.", "On September 13-14 people gathered."])
def test_a_noun_after_the_last_day_leaves_a_list_of_days(text: str) -> None:
    """The number reader takes any lower-case word after a number for a noun it may
    count ("14 ministers", and as well "14 during", "14 when"): only a rule naming the
    noun tells. A list of days followed by a word is read as days, as "September 13 and
    14 during the summit" must be; a count would have a comma before it."""
    assert days(text, "en") == ["2023-09-13", "2023-09-14"]


SUMMIT_14 = ("- id: summit-14\n  check: date\n  expect: 2023-09-14\n"
             "  about: [summit, sommet, הפסגה, csúcs, 会談, 회담]\n")


@pytest.mark.parametrize("language, two_days, one_day", [
    ("en", "The summit was held Thursday 14 and Friday 15 September.", "The summit was held Friday 15 September."),
    ("fr", "Le sommet a eu lieu le jeudi 14 et le vendredi 15 septembre.",
     "Le sommet a eu lieu le vendredi 15 septembre."),
    ("hr", "Summit je održan u četvrtak 14. i petak 15. rujna.", "Summit je održan u petak 15. rujna."),
    ("en", "The summit was held 14–15 and 17 September.", "The summit was held 15 and 17 September."),
    ("he", "הפסגה התקיימה בין ה-14 ל-15 בספטמבר.", "הפסגה התקיימה ב-15 בספטמבר."),
    ("ja", "会談は9月13日と14日に行われた。", "会談は9月13日に行われた。"),
    ("ko", "회담은 9월 13일과 14일에 열렸다.", "회담은 9월 13일에 열렸다."),
    ("hu", "A csúcs szeptember 13-tól 14-ig tartott.", "A csúcs szeptember 13-án volt."),
])
def test_a_source_on_two_days_is_unclear_about_either(language: str, two_days: str, one_day: str) -> None:
    """Each of these forms lost one day (a weekday read alone is the latest before the
    publication, 14日 the 14th nearest it): read as the other day, the source
    contradicted a rule on the 14th, as a source on that other day alone does."""
    sources = [article(two_days, language, "2023-11-20", source="two.txt"),
               article(one_day, language, "2023-11-20", source="one.txt")]
    assert verdicts(run_rules(SUMMIT_14, sources), "summit-14") == {"two.txt": "unclear", "one.txt": "contradicts"}


SUMMIT_LAST_DAY = "- id: summit-last-day\n  check: date\n  expect: 2023-09-15\n  about: [summit]\n"


def test_a_source_on_a_range_after_its_month_is_unclear_about_its_last_day() -> None:
    """Read as its first day alone, "September 13-15" contradicted a rule on the 15th."""
    def sources() -> list:
        return [article("The summit was held September 13-15.", "en", "2023-09-16", source="range.txt"),
                article("The summit was held September 13.", "en", "2023-09-16", source="one.txt")]

    assert verdicts(run_rules(SUMMIT_LAST_DAY, sources()), "summit-last-day") == {
        "range.txt": "unclear", "one.txt": "contradicts"}
    assert verdicts(run_rules(SUMMIT_DAY, sources()), "summit-day") == {
        "range.txt": "unclear", "one.txt": "agrees"}


@pytest.mark.parametrize("language, text, expected, iso", [
    ("pl", "Spotkanie odbyło się 13 IX 2023 r.", "13 IX 2023", "2023-09-13"),
    ("cs", "Schůzka 13. IX. 2023 v Moskvě.", "13. IX. 2023", "2023-09-13"),
    ("hu", "Kelt: 2023. IX. 13.", "2023. IX. 13", "2023-09-13"),
    ("ro", "Întâlnirea din 13.IX.2023.", "13.IX.2023", "2023-09-13"),
    ("lv", "Tikšanās notika 13. septembrī.", "13. septembrī", "2023-09-13"),  # a case CLDR lacks
    ("lv", "Tikšanās notika 2023. gada 13. martā.", "2023. gada 13. martā", "2023-03-13"),
])
def test_roman_months_and_case_forms_of_month_names(language: str, text: str, expected: str, iso: str) -> None:
    assert one_date(text, language) == (expected, iso)


@pytest.mark.parametrize("language, text", [
    ("pl", "Zobacz rozdział IX 13 tej ustawy."),  # a Roman month only with its year
    ("pl", "Papież Jan Paweł II 2005 roku."),
    ("hr", "Ivan i 13 drugih je došlo."),         # a lower-case "i" is "and", not January
])
def test_roman_numerals_that_are_no_months(language: str, text: str) -> None:
    assert find_dates(text, language, PUBLISHED) == []


def test_a_lunar_hijri_date_beside_the_common_one_names_the_same_day() -> None:
    found = find_dates("الأربعاء 28 صفر 1445 هـ الموافق 13 سبتمبر 2023", "ar", PUBLISHED)
    assert [m.value.iso for m in found] == ["2023-09-13", "2023-09-13"]


@pytest.mark.parametrize("text", ["ارتفع العدد إلى صفر 2023", "في 10 رمضان قتل 5 أشخاص", "في 15 ذو الحجة 1200"])
def test_a_lunar_hijri_month_without_its_year_or_out_of_range_is_no_date(text: str) -> None:
    # صفر is "zero"; Ramadan without a year is the month told of; 1200 is before the calendar's range
    assert find_dates(text, "ar", PUBLISHED) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    # relative days, next and last, and the future, in languages whose news was not yet read
    ("gl", "Onte o goberno anunciou a folga.", ["2023-09-13"]),
    ("gl", "A votación será o venres.", ["2023-09-15"]),
    ("eu", "Atzo gobernuak greba iragarri zuen.", ["2023-09-13"]),
    ("is", "Í gær tilkynnti ríkisstjórnin verkfall.", ["2023-09-13"]),
    ("is", "Fundurinn verður á föstudag.", ["2023-09-15"]),
    ("be", "Учора ўрад абвясціў забастоўку.", ["2023-09-13"]),
    ("cy", "Ddoe cyhoeddodd y llywodraeth streic.", ["2023-09-13"]),
    ("cy", "Pleidleisiodd y Senedd ddydd Mercher.", ["2023-09-13"]),
    ("mt", "Il-bieraħ il-gvern ħabbar strajk.", ["2023-09-13"]),
    ("ca", "Els dirigents es reuniran dijous vinent.", ["2023-09-21"]),
    ("ca", "Els dirigents es reuniran divendres.", ["2023-09-15"]),
    ("az", "Saziş cümə günü imzalanacaq.", ["2023-09-15"]),
    # the perfective present in Slovak and Belarusian
    ("sk", "Vláda schváli rozpočet v piatok.", ["2023-09-15"]),
    ("sk", "Strany podpíšu zmluvu v piatok.", ["2023-09-15"]),
    ("sk", "Poslanci schválili zákon v piatok.", ["2023-09-08"]),
    ("be", "Бакі падпішуць пагадненне ў пятніцу.", ["2023-09-15"]),
    ("be", "Бакі падпісваюць пагадненне ў пятніцу.", ["2023-09-08"]),
    # Luxembourgish "den" (the) is no "Dën" (Tuesday), whose weekday would not fit the 13th
    ("lb", "De Parlament huet e Mëttwoch, den 13. September 2023, d'Gesetz gestëmmt.",
     ["2023-09-13", "2023-09-13"]),
])
def test_dates_in_news_of_more_languages(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a day and month with full stops after "on the day", as news dates what comes this year
    ("de", "Die Gespräche werden am 20.9. fortgesetzt.", ["2023-09-20"]),
    ("cs", "Schůze se konala dne 13. 9.", ["2023-09-13"]),
    ("de", "Der Zug fährt am 15.30 Uhr ab.", []),  # a time
    ("de", "Der Gipfel fand am 13. und 14. September statt.", ["2023-09-13", "2023-09-14"]),
    # the present that schedules: German "findet … statt", Russian "назначены на"
    ("de", "Die Wahl findet am Sonntag statt.", ["2023-09-17"]),
    ("de", "Die Wahl fand am Sonntag statt.", ["2023-09-10"]),
    ("ru", "Выборы назначены на воскресенье.", ["2023-09-17"]),
    ("uk", "Вибори призначено на неділю.", ["2023-09-17"]),
])
def test_scheduled_days_as_news_writes_them(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


def test_a_khmer_span_of_months_and_days_is_no_date() -> None:
    # three months and nine days in prison: a numbered month is read only with its year
    assert find_dates("ជាប់ពន្ធនាគារ ៣ ខែ ៩ ថ្ងៃ", "km", PUBLISHED) == []


@pytest.mark.parametrize("language, text, expected, iso", [
    ("am", "ስብሰባው መስከረም 2 ቀን 2016 ዓ.ም. ተካሄደ።", "መስከረም 2 ቀን 2016 ዓ.ም.", "2023-09-13"),  # Ethiopian
    ("am", "ስብሰባው መስከረም 2 ቀን ተካሄደ።", "መስከረም 2", "2023-09-13"),       # its year nearest publication
    ("am", "ጳጉሜ 6 ቀን 2015 ዓ.ም.", "ጳጉሜ 6 ቀን 2015 ዓ.ም.", "2023-09-11"),  # the sixth day of a leap Pagume
    ("fa", "نشست در ۲۲ اسد ۱۴۰۲ برگزار شد.", "۲۲ اسد ۱۴۰۲", "2023-08-13"),  # Afghan names of Solar Hijri months
    # Pashto: the year first ("of the year 1402, of Sunbula the 22nd"), the months' own Pashto
    # names, the common months too
    ("ps", "غونډه د ۱۴۰۲ کال د سنبلې ۲۲مه وشوه.", "۱۴۰۲ کال د سنبلې ۲۲مه", "2023-09-13"),
    ("ps", "غونډه د ۱۴۰۲ کال د وږي ۲۲مه وشوه.", "۱۴۰۲ کال د وږي ۲۲مه", "2023-09-13"),
    ("ps", "کابل، ۲۲ وږی ۱۴۰۲", "۲۲ وږی ۱۴۰۲", "2023-09-13"),
    ("ps", "د ۲۰۲۳ کال د سپتمبر په ۱۳مه", "۲۰۲۳ کال د سپتمبر په ۱۳مه", "2023-09-13"),
    ("ne", "२०८० भदौ २७ गते बैठक बस्यो।", "२०८० भदौ २७", "2023-09-13"),  # Nepal's Bikram Sambat
    ("ne", "बैठक भदौ २७ गते बस्यो।", "भदौ २७", "2023-09-13"),
    ("ne", "२०८० साल भाद्र २७ गते", "२०८० साल भाद्र २७", "2023-09-13"),  # the Sanskrit spelling
    # the Ethiopian year after a slash: a year before the nearest one's
    ("am", "ምርጫው መስከረም 2/2015 ተካሄደ።", "መስከረም 2/2015", "2022-09-12"),
    # Khmer months by number after "month", with their year; Yoruba months by their ordinal
    ("km", "កាលពីថ្ងៃទី១៣ ខែ៩ ឆ្នាំ២០២៣ ក្រសួងបានប្រកាស។", "១៣ ខែ៩ ឆ្នាំ២០២៣", "2023-09-13"),
    ("km", "ថ្ងៃទី13 ខែ 9 ឆ្នាំ2022", "13 ខែ 9 ឆ្នាំ2022", "2022-09-13"),
    ("yo", "Ìdìbò náà wáyé ní ọjọ́ 13 Oṣù Kẹsàn-án, ọdún 2022.", "13 Oṣù Kẹsàn-án, ọdún 2022", "2022-09-13"),
    ("yo", "ní ọjọ́ 13 oṣù kesan-an", "13 oṣù kesan-an", "2023-09-13"),
    # the lunar Hijri calendar (Umm al-Qura), with its year
    ("ar", "عقدت القمة في 15 ربيع الأول 1445 هـ في الرياض.", "15 ربيع الأول 1445", "2023-09-30"),
    ("ar", "يوافق عيد الفطر 1 شوال 1444 هـ.", "1 شوال 1444", "2023-04-21"),
    ("fa", "نشست در ۱۵ ربیع‌الاول ۱۴۴۵ برگزار شد.", "۱۵ ربیع‌الاول ۱۴۴۵", "2023-09-30"),
])
def test_dates_of_the_ethiopian_calendar_and_afghan_month_names(language: str, text: str, expected: str,
                                                                 iso: str) -> None:
    assert one_date(text, language) == (expected, iso)


@pytest.mark.parametrize("language, text", [
    ("am", "ጳጉሜ 6 ቀን 2016 ዓ.ም."),   # 2016 is no leap year: Pagume has five days
    ("ne", "२०८० भदौ ३३ गते"),        # Bhadra 2080 has 31 days
    ("fa", "میزان ۲۰ درصد افزایش یافت."),  # میزان is "level" too: a month only with a year
    ("ps", "زمری ۲۰ ورځې په ځنګل کې و."),  # a lion, not the month, without a year
])
def test_days_those_calendars_lack_and_words_that_are_no_months(language: str, text: str) -> None:
    assert find_dates(text, language, PUBLISHED) == []


def test_a_persian_range_joined_by_a_word() -> None:
    assert [m.value.iso for m in find_dates("۲۰ تا ۲۲ شهریور ۱۴۰۲", "fa", PUBLISHED)] == ["2023-09-11", "2023-09-13"]
    assert [m.value.iso for m in find_dates("۲۰ و ۲۲ شهریور ۱۴۰۲", "fa", PUBLISHED)] == ["2023-09-11", "2023-09-13"]


def test_a_thai_weekday_letter_that_ends_the_word_before_a_date_is_no_weekday() -> None:
    """อ is Tuesday's abbreviation and the last letter of เมื่อ ("when"): read as a weekday,
    it made 14 September 2023 a Tuesday, which no source can state, and contradicted."""
    [mention] = find_dates("การประชุมจัดขึ้นเมื่อ 14 ก.ย. 2566", "th", PUBLISHED)
    assert (mention.text, mention.value) == ("14 ก.ย. 2566", DateValue(2023, 9, 14))
    [mention] = find_dates("ประชุม (พฤ.) 14 ก.ย. 2566", "th", PUBLISHED)  # apart from a word, it is one
    assert mention.value == DateValue(2023, 9, 14, 4)


def test_a_lao_weekday_cut_to_its_first_letters_goes_with_its_date() -> None:
    [mention] = find_dates("ກອງປະຊຸມ (ພຫ.) 14 ກັນຍາ 2023", "lo", PUBLISHED)
    assert mention.value == DateValue(2023, 9, 14, 4)


@pytest.mark.parametrize("language, text, written, iso", [
    ("zh", "会议于二〇二三年九月十三日举行。", "二〇二三年九月十三日", "2023-09-13"),  # digit by digit, with 〇
    ("zh", "二零二三年九月十三日", "二零二三年九月十三日", "2023-09-13"),
    ("zh", "九月十三日举行", "九月十三日", "2023-09-13"),
    ("zh", "十三日举行", "十三日", "2023-09-13"),                                    # a day alone
    ("zh", "十月一日", "十月一日", "2023-10-01"),
    ("ja", "九月十三日に開かれた", "九月十三日", "2023-09-13"),
    ("ja", "十三日に開かれた", "十三日", "2023-09-13"),
    ("ja", "令和五年九月十三日", "令和五年九月十三日", "2023-09-13"),
])
def test_a_date_in_chinese_numerals_is_read_as_in_digits(language, text, written, iso):
    [mention] = find_dates(text, language, dt.date(2023, 9, 14))
    assert (mention.text, mention.value.iso) == (written, iso)
    assert text[mention.start:mention.end] == written


@pytest.mark.parametrize("language, text", [
    ("zh", "一日三餐"),   # a day: 一 before 日 is a day of the month only after its month
    ("zh", "第三日"),     # the third day
    ("zh", "两年"),
    ("zh", "三月"),       # March alone, as 3月
])
def test_numerals_before_a_date_character_that_say_no_date(language, text):
    assert find_dates(text, language, dt.date(2023, 9, 14)) == []


# --- Southeast Asian, Greek, Georgian and Armenian news -----------------------------------

@pytest.mark.parametrize("language, text, expected, iso", [
    # Burmese writes the year with ခုနှစ်, "month" on the month's name and "day" after the day
    ("my", "၂၀၂၃ ခုနှစ် စက်တင်ဘာလ ၁၃ ရက် ဗုဒ္ဓဟူးနေ့ နံနက်", "၂၀၂၃ ခုနှစ် စက်တင်ဘာလ ၁၃ ရက် ဗုဒ္ဓဟူး", "2023-09-13"),
    ("my", "စက်တင်ဘာလ ၁၃ ရက်နေ့တွင်", "စက်တင်ဘာလ ၁၃", "2023-09-13"),
    # a weekday, then the word for "day" before the date
    ("vi", "diễn ra vào thứ Sáu, ngày 22 tháng 9 năm 2023 tại", "thứ Sáu, ngày 22 tháng 9 năm 2023", "2023-09-22"),
    ("lo", "ໃນວັນພຸດ ທີ 13 ກັນຍາ 2023 ໄດ້ເກີດນ້ຳຖ້ວມ", "ວັນພຸດ ທີ 13 ກັນຍາ 2023", "2023-09-13"),
    ("km", "កាលពីថ្ងៃពុធ ទី១៣ ខែកញ្ញា ឆ្នាំ២០២៣ ដើម្បី", "ពុធ ទី១៣ ខែកញ្ញា ឆ្នាំ២០២៣", "2023-09-13"),
    # Tagalog "ika-13 ng Setyembre", the 13th of September
    ("tl", "Noong ika-13 ng Setyembre, inanunsyo", "13 ng Setyembre", "2023-09-13"),
    ("el", "Η ψηφοφορία αναμένεται στις 13/9.", "στις 13/9", "2023-09-13"),
])
def test_southeast_asian_and_greek_date_forms(language: str, text: str, expected: str, iso: str) -> None:
    assert one_date(text, language) == (expected, iso)


@pytest.mark.parametrize("text, expected, iso", [
    ("Οι εκλογές έγιναν στις 13 Γενάρη 2023.", "13 Γενάρη 2023", "2023-01-13"),
    ("Η απεργία ξεκίνησε στις 4 Φλεβάρη 2023.", "4 Φλεβάρη 2023", "2023-02-04"),
    ("Η σύνοδος έγινε στις 13 Σεπτέμβρη 2023.", "13 Σεπτέμβρη 2023", "2023-09-13"),
])
def test_greek_months_by_their_spoken_names(text: str, expected: str, iso: str) -> None:
    assert one_date(text, "el") == (expected, iso)


@pytest.mark.parametrize("language, text", [
    ("el", "Ο Κυριάκος Μητσοτάκης ορκίστηκε πρωθυπουργός."),  # a name, not Κυριακή (Sunday)
    ("el", "δήλωσε ο Κυριακίδης για τον Κυριάκο"),
    ("tl", "isang linggong tigil-pasada"),  # linggo is a week; Linggo, Sunday
    ("tl", "sa susunod na linggo"),
    ("km", "ការបោះឆ្នោតនីតិកាលទី៧"),  # the ordinal's word alone is no day
    ("el", "στις 10:30 το πρωί"),
])
def test_southeast_asian_and_greek_words_that_are_no_dates(language: str, text: str) -> None:
    assert find_dates(text, language, PUBLISHED) == []


@pytest.mark.parametrize("language, text, expected", [
    ("el", "της Κυριακής", "Sunday 2023-09-10"),
    ("el", "του Σαββάτου", "Saturday 2023-09-09"),
    ("el", "την Πέμπτη", "Thursday 2023-09-14"),
    ("tl", "noong Linggo", "Sunday 2023-09-10"),
    ("tl", "noong nakaraang Huwebes", "Thursday 2023-09-07"),
    ("ms", "pada Isnin depan", "Monday 2023-09-18"),
    ("ms", "pada Rabu lalu", "Wednesday 2023-09-13"),
    ("id", "pada Kamis lalu", "Thursday 2023-09-07"),
])
def test_weekdays_in_their_cases_and_with_next_or_last(language: str, text: str, expected: str) -> None:
    assert [str(v) for v in values(text, language)] == [expected]


@pytest.mark.parametrize("language, yesterday, today", [
    ("lo", "ມື້ວານນີ້", "ມື້ນີ້"),
    ("km", "ម្សិលមិញ", "ថ្ងៃនេះ"),
    ("my", "မနေ့က", "ယနေ့"),
    ("tl", "kahapon", "ngayong araw"),
    ("ka", "გუშინ", "დღეს"),
    ("hy", "երեկ", "այսօր"),
])
def test_yesterday_and_today_in_southeast_asian_georgian_and_armenian(language: str, yesterday: str,
                                                                      today: str) -> None:
    assert days(f"{yesterday} , {today} .", language) == ["2023-09-13", "2023-09-14"]


@pytest.mark.parametrize("language, text, expected, iso", [
    ("el", "Η συνάντηση έγινε στις 13 Σεπτέμβρη.", "13 Σεπτέμβρη", "2023-09-13"),  # the spoken genitive
    ("el", "στις 15 Μάη 2022", "15 Μάη 2022", "2022-05-15"),
    ("vi", "Vụ cháy xảy ra vào tối 12/9 tại Hà Nội.", "tối 12/9", "2023-09-12"),  # the evening of 12/9
    ("vi", "Thủ tướng đến hiện trường sáng nay.", "sáng nay", "2023-09-14"),  # this morning
    ("th", "วันที่ 13 กันยายน พ.ศ. 2565", "13 กันยายน พ.ศ. 2565", "2022-09-13"),  # พ of พ.ศ. is no Wednesday
    ("ka", "2022 წლის 13 სექტემბერს", "2022 წლის 13 სექტემბერს", "2022-09-13"),  # the year's, first
    ("hy", "2022 թվականի սեպտեմբերի 13-ին", "2022 թվականի սեպտեմբերի 13-ին", "2022-09-13"),
    ("my", "ယမန်နေ့က ရောက်ရှိခဲ့သည်", "ယမန်နေ့က", "2023-09-13"),
])
def test_years_written_first_spoken_month_cases_and_parts_of_the_day(language: str, text: str, expected: str,
                                                                     iso: str) -> None:
    assert one_date(text, language) == (expected, iso)


@pytest.mark.parametrize("language, text, expected", [
    ("ka", "გასულ სამშაბათს", "Tuesday 2023-09-12"),
    ("hy", "անցած երկուշաբթի", "Monday 2023-09-11"),
])
def test_last_weekday_in_georgian_and_armenian(language: str, text: str, expected: str) -> None:
    assert [str(v) for v in values(text, language)] == [expected]


@pytest.mark.parametrize("language, text, written, iso", [
    ("bn", "গতকাল শ্রমমন্ত্রী বৈঠক করেন।", "গতকাল", "2023-09-13"),
    ("bn", "ধর্মঘট আজ দ্বিতীয় দিনে গড়িয়েছে।", "আজ", "2023-09-14"),
    ("ta", "நேற்று நடைபெற்ற இறுதிப் போட்டியில்", "நேற்று", "2023-09-13"),
    ("ta", "போட்டி நாளை நடைபெறும்", "நாளை", "2023-09-15"),
    ("te", "నిన్న ప్రకటించిన ఫలితాల్లో", "నిన్న", "2023-09-13"),
    ("mr", "संघटनेने काल आंदोलन केले", "काल", "2023-09-13"),
    ("gu", "ગઈકાલે નર્મદા નદીમાં પૂર આવ્યું", "ગઈકાલે", "2023-09-13"),
    ("ne", "प्रधानमन्त्रीले हिजो निरीक्षण गर्नुभयो", "हिजो", "2023-09-13"),
    ("si", "අමාත්‍යවරයා ඊයේ සාකච්ඡා කළේය", "ඊයේ", "2023-09-13"),
    ("ur", "تاجروں نے گزشتہ روز ہڑتال کی", "گزشتہ روز", "2023-09-13"),
    ("pa", "ਅੱਜ ਕਿਸਾਨਾਂ ਨੇ ਧਰਨਾ ਲਾਇਆ", "ਅੱਜ", "2023-09-14"),
])
def test_south_asian_news_says_yesterday_and_today(language, text, written, iso):
    assert one_date(text, language) == (written, iso)


@pytest.mark.parametrize("text, written, iso", [
    ("புதன்கிழமை (செப்டம்பர் 13) நடைபெற்ற போட்டியில்", "புதன்கிழமை (செப்டம்பர் 13", "2023-09-13"),
    ("வீரர்கள் வியாழக்கிழமை மாலை வந்தனர்", "வியாழக்கிழமை", "2023-09-14"),
    ("செவ்வாய்க்கிழமையன்று கூட்டம் நடந்தது", "செவ்வாய்க்கிழமையன்று", "2023-09-12"),
    ("ஞாயிற்றுக்கிழமை", "ஞாயிற்றுக்கிழமை", "2023-09-10"),
])
def test_tamil_weekdays_are_read_with_kizhamai(text, written, iso):
    assert one_date(text, "ta") == (written, iso)


@pytest.mark.parametrize("language, text, expected", [
    # "the third" folds as Tuesday does; a Tuesday without its hamza stays one ("the
    # thirteenth of September" is that day, no Tuesday)
    ("ar", "عقدت الجولة في الثالث عشر من سبتمبر.", ["2023-09-13"]),
    ("ar", "فاز الفريق للمرة الثالثة.", []),
    ("ar", "اجتمع الوزراء الثلاثا الماضي.", ["2023-09-12"]),
    # the alef written without its hamza, and a Persian weekday in two words (was Saturday)
    ("ar", "اجتمع الوزراء يوم الاربعاء.", ["2023-09-13"]),
    ("ar", "وقع الاتفاق في 13 ابريل 2023.", ["2023-04-13"]),
    ("fa", "جلسه روز سه شنبه برگزار شد.", ["2023-09-12"]),
])
def test_arabic_script_weekdays_as_news_spells_them(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    # a day and month with a hyphen after a word for "day" or a part of it
    ("Ngày 13-9, Quốc hội họp.", ["2023-09-13"]),
    ("Tối 12-9, cháy lớn xảy ra.", ["2023-09-12"]),
    # "thắng" (won) folds as "tháng" (month): a score is no date
    ("Đội tuyển thắng 3-1 tối qua.", ["2023-09-13"]),
    ("ngay 13 thang 9 nam 2023", ["2023-09-13"]),  # typed without its marks, still a date
])
def test_vietnamese_dates_as_news_writes_them(text: str, expected: list[str]) -> None:
    assert days(text, "vi") == expected


def test_an_urdu_word_that_folds_as_a_weekday_is_no_date():
    # طور ("manner", in طور پر: "completely") folds as اتوار, Sunday, with fewer letters.
    assert days("بازار مکمل طور پر بند رہے۔", "ur") == []
    assert days("اتوار کو بازار بند رہے۔", "ur") == ["2023-09-10"]
    assert days("بدھ 13 ستمبر کو ہڑتال کی۔", "ur") == ["2023-09-13"]


@pytest.mark.parametrize("language, text, iso", [
    ("hi", "मुख्यमंत्री धामी ने कल देर शाम प्रभावित इलाकों का हवाई सर्वेक्षण किया।", "2023-09-13"),
    ("hi", "मुख्यमंत्री कल प्रभावित इलाकों का दौरा करेंगे।", "2023-09-15"),
    ("hi", "कल होने वाली बैठक में फैसला होगा।", "2023-09-15"),
    ("hi", "पिछला वाक्य था। मंत्री कल दौरा करेंगे।", "2023-09-15"),   # the tense of its own sentence
    ("pa", "ਕਿਸਾਨਾਂ ਦੇ ਕੱਲ੍ਹ ਦੇ ਅੰਦੋਲਨ ਕਾਰਨ 60 ਗੱਡੀਆਂ ਰੱਦ ਕਰਨੀਆਂ ਪਈਆਂ।", "2023-09-13"),
    ("pa", "ਮੁੱਖ ਮੰਤਰੀ ਕੱਲ੍ਹ ਕਿਸਾਨਾਂ ਨਾਲ ਮੀਟਿੰਗ ਕਰਨਗੇ।", "2023-09-15"),
    # the future after कि is another clause's: yesterday's meeting decided they would meet
    ("hi", "कल हुई बैठक में तय हुआ कि वे फिर मिलेंगे।", "2023-09-13"),
    # Urdu کل, and Bengali পরশু: the day before yesterday or after tomorrow
    ("ur", "وزیر اعظم نے کل اعلان کیا۔", "2023-09-13"),
    ("ur", "کل رات زلزلہ آیا تھا۔", "2023-09-13"),
    ("ur", "وزیر اعظم کل اعلان کریں گے۔", "2023-09-15"),
    ("bn", "পরশু ঢাকায় ভূমিকম্প হয়েছিল।", "2023-09-12"),
    ("bn", "পরশু নির্বাচন হবে।", "2023-09-16"),
    ("bn", "আগামী পরশু নির্বাচন হবে।", "2023-09-16"),
])
def test_kal_is_yesterday_or_tomorrow_by_its_sentence_s_tense(language, text, iso):
    assert days(text, language) == [iso]


@pytest.mark.parametrize("language, text", [
    ("hi", "कल की बैठक अहम है।"),                         # neither
    ("ur", "ملک کی کل آبادی 24 کروڑ ہو گئی۔"),            # Urdu کل is also "total"
    ("ur", "زلزلے میں کل 500 افراد ہلاک ہوئے۔"),          # before a number
    ("ur", "کل جماعتی کانفرنس منعقد ہوئی۔"),               # all-party
    ("bn", "পরশু থেকে ধর্মঘট।"),                          # no tense
])
def test_kal_that_its_sentence_does_not_tell_is_unread(language, text):
    assert days(text, language) == []


@pytest.mark.parametrize("text, written, iso, weekday", [
    ("ඊළඟ සාකච්ඡාව සැප්තැම්බර් 15 වැනි සිකුරාදා පැවැත්වේ.", "සැප්තැම්බර් 15 වැනි සිකුරාදා", "2023-09-15", 5),
    ("සැප්තැම්බර් 13 වැනි බදාදා ආරම්භ කළ වර්ජනය", "සැප්තැම්බර් 13 වැනි බදාදා", "2023-09-13", 3),
])
def test_a_sinhala_weekday_after_the_ordinal_day_is_that_day_s(text, written, iso, weekday):
    # the Friday was read alone, as the last Friday before publication (8 September)
    [mention] = find_dates(text, "si", PUBLISHED)
    assert (mention.text, mention.value.iso, mention.value.weekday) == (written, iso, weekday)


@pytest.mark.parametrize("language, text, iso", [
    ("hi", "सहयोगी दल ने शुक्रवार को समर्थन दिया।", "2023-09-08"),   # सहयोगी, "ally", is no future -ोगी
    ("hi", "उपयोगी बैठक शुक्रवार को हुई।", "2023-09-08"),
    ("hi", "बैठक शुक्रवार को होगी।", "2023-09-15"),
    ("hi", "पिछली बैठक हुई थी। अगली बैठक शुक्रवार को होगी।", "2023-09-15"),  # the danda ends a clause
    ("pa", "ਮੁੱਖ ਮੰਤਰੀ ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਮੀਟਿੰਗ ਕਰਨਗੇ।", "2023-09-15"),
])
def test_hindi_and_punjabi_future_cues(language, text, iso):
    assert days(text, language) == [iso]


@pytest.mark.parametrize("language, text, iso", [
    ("bn", "মন্ত্রী শুক্রবার বৈঠক করবেন।", "2023-09-15"),
    ("bn", "শুক্রবার বৈঠক হবে।", "2023-09-15"),
    ("bn", "সম্পূর্ণভাবে শুক্রবার বৈঠক হয়েছিল হিসেবে জানা গেছে।", "2023-09-08"),  # -ভাবে, হিসেবে: no future
    ("mr", "बैठक शुक्रवारी होणार आहे.", "2023-09-15"),
    ("mr", "जिल्ह्यातील बैठक शुक्रवारी झाली.", "2023-09-08"),                  # -तील is "in the"
    ("gu", "બેઠક શુક્રવારે મળશે.", "2023-09-15"),
    ("gu", "બેઠક શુક્રવારે મળી હતી.", "2023-09-08"),
    ("ta", "கூட்டம் வெள்ளிக்கிழமை நடைபெறவுள்ளது.", "2023-09-15"),
    ("ta", "கூட்டம் வெள்ளிக்கிழமை நடைபெற்றது.", "2023-09-08"),
    ("te", "సమావేశం శుక్రవారం జరగనుంది.", "2023-09-15"),
    ("te", "సమావేశం శుక్రవారం జరిగింది.", "2023-09-08"),
])
def test_a_weekday_in_a_future_clause_of_south_asian_news(language, text, iso):
    assert days(text, language) == [iso]


@pytest.mark.parametrize("language, text, written", [
    ("hi", "बुधवार, दिनांक 13 सितंबर को बैठक हुई।", "बुधवार, दिनांक 13 सितंबर"),
    ("mr", "बुधवार, दिनांक १३ सप्टेंबर रोजी", "बुधवार, दिनांक १३ सप्टेंबर"),
    ("gu", "બુધવાર, તારીખ 13 સપ્ટેમ્બર", "બુધવાર, તારીખ 13 સપ્ટેમ્બર"),
])
def test_the_word_for_date_between_a_weekday_and_its_day(language, text, written):
    [mention] = find_dates(text, language, PUBLISHED)
    assert (mention.text, mention.value.iso, mention.value.weekday) == (written, "2023-09-13", 3)


SAID = """
- {id: quake, check: date, expect: 2023-09-13, about: [भूकंप, ভূমিকম্প, நிலநடுக்கம்]}
"""


@pytest.mark.parametrize("language, text, verdict", [
    # the day before a verb of saying is when it was said, not when the quake struck
    ("hi", "भूकंप के बारे में मंत्रालय ने गुरुवार को बताया।", "silent"),
    ("bn", "ভূমিকম্পের বিষয়ে মন্ত্রণালয় বৃহস্পতিবার জানিয়েছে।", "silent"),
    ("ta", "நிலநடுக்கம் குறித்து அமைச்சர் வியாழக்கிழமை தெரிவித்தார்.", "silent"),
    # a verb of saying before the day is another clause's, in a language that puts it last
    ("hi", "मंत्रालय ने गुरुवार को बताया कि भूकंप बुधवार को आया था।", "agrees"),
    ("bn", "মন্ত্রণালয় বৃহস্পতিবার জানিয়েছে, বুধবার ভূমিকম্প হয়েছে।", "agrees"),
])
def test_a_south_asian_verb_of_saying_dates_its_own_act(language, text, verdict):
    report = run_rules(SAID, [article(text, language, PUBLISHED)])
    assert verdicts(report, "quake") == {"article.txt": verdict}


# --- Serbian, Slovene, Albanian, Macedonian, Portuguese and Nordic news forms ----------

@pytest.mark.parametrize("language, text, expected", [
    # the genitive of a month CLDR writes in the nominative only
    ("sr", "NIS je objavio rezultate u utorak, 12. marta, u Novom Sadu.", [("utorak, 12. marta", "2024-03-12")]),
    ("sr", "Резултати су објављени у уторак, 12. марта.", [("уторак, 12. марта", "2024-03-12")]),
    ("sr", "Od 1. maja do 15. juna.", [("1. maja", "2024-05-01"), ("15. juna", "2024-06-15")]),
    ("sr", "Poplave su počele 13. septembra 2023.", [("13. septembra 2023", "2023-09-13")]),
    ("sl", "Krka je v torek, 12. marca, objavila rezultate.", [("torek, 12. marca", "2024-03-12")]),
    ("sl", "Od 1. januarja do 15. junija.", [("1. januarja", "2024-01-01"), ("15. junija", "2024-06-15")]),
    # an Albanian weekday in the accusative, and "on" before its day
    ("sq", "Partizani fitoi të martën, më 12 mars, finalen.", [("martën, më 12 mars", "2024-03-12")]),
    ("sq", "Skuadra u prit dje në Tiranë.", [("dje", "2024-03-12")]),
    # a Macedonian weekday with its article
    ("mk", "Штрајкот почна во средата.", [("средата", "2024-03-13")]),
    # a Brazilian weekday with its day in brackets, in the future too
    ("pt", "Uma nova assembleia está marcada para segunda-feira (18).", [("segunda-feira (18)", "2024-03-18")]),
    ("pt", "A greve paralisou nesta terça (12) quatro linhas.", [("nesta terça (12)", "2024-03-12")]),
    # a weekday with a day and month in digits and full stops
    ("fi", "Neuvottelut käydään perjantaina 15.3. Helsingissä.", [("perjantaina 15.3.", "2024-03-15")]),
    ("nb", "Partene møtes til nye forhandlinger fredag 15.3.", [("fredag 15.3.", "2024-03-15")]),
    ("cs", "Druhé kolo bude v pátek 22. 3.", [("pátek 22. 3.", "2024-03-22")]),
    # next and last before a weekday
    ("fi", "Viime maanantaina ja ensi perjantaina.", [("Viime maanantaina", "2024-03-11"),
                                                     ("ensi perjantaina", "2024-03-15")]),
    ("cs", "Jednání bude příští středu.", [("příští středu", "2024-03-20")]),
    ("lt", "Kitas susitikimas kitą trečiadienį.", [("kitą trečiadienį", "2024-03-20")]),
])
def test_european_news_forms_of_a_date(language: str, text: str, expected: list) -> None:
    published = dt.date(2024, 3, 13)  # a Wednesday
    assert [(m.text, m.value.iso) for m in find_dates(text, language, published)] == expected


@pytest.mark.parametrize("language, text, expected", [
    ("pt", "Ele venceu pela segunda vez, e a quarta colocada ficou de fora.", []),  # "second", "fourth"
    ("sr", "Marta je rekla da neće doći.", []),  # a name, not "of March"
    ("fi", "Kokous alkaa perjantaina 15.30 ja kestää tunnin.", ["perjantaina"]),  # a time, not a day
])
def test_words_and_numbers_that_are_no_such_dates(language: str, text: str, expected: list[str]) -> None:
    assert [m.text for m in find_dates(text, language, dt.date(2024, 3, 13))] == expected


def test_a_bracketed_day_that_is_not_the_weekday_s_is_read_as_written() -> None:
    [mention] = find_dates("A reunião foi na terça-feira (14).", "pt", dt.date(2024, 3, 13))
    assert mention.value == DateValue(day=14, weekday=2)


@pytest.mark.parametrize("language, text, expected", [
    ("fi", "Kokous pidetään ke 13.9. Helsingissä.", [("ke 13.9.", "2023-09-13")]),  # an abbreviated weekday
    ("sv", "Nästa möte hålls på fredag.", [("på fredag", "2023-09-15")]),  # "på" before the bare name: next
    ("da", "Finalen spilles på søndag.", [("på søndag", "2023-09-17")]),
    ("sv", "Volvo redovisade på tisdagen resultatet.", [("på tisdagen", "2023-09-12")]),  # the Tuesday told of
])
def test_nordic_and_finnish_weekdays_with_a_day_or_a_preposition(language: str, text: str, expected: list) -> None:
    assert [(m.text, m.value.iso) for m in find_dates(text, language, PUBLISHED)] == expected


@pytest.mark.parametrize("text, expected", [
    # the year before the genitive of "year" is the results', not the date's
    ("Elering avalikustas teisipäeval, 12. märtsil 2023. aasta majandustulemused.",
     [("teisipäeval, 12. märtsil", "2024-03-12")]),
    ("Leping sõlmiti 12. märtsil 2023. aastal.", [("12. märtsil 2023", "2023-03-12")]),
])
def test_an_estonian_year_that_belongs_to_the_noun_after_it(text: str, expected: list) -> None:
    assert [(m.text, m.value.iso) for m in find_dates(text, "et", dt.date(2024, 3, 13))] == expected


@pytest.mark.parametrize("text, expected", [
    ("A reunião será nesta sexta-feira.", [("nesta sexta-feira", "2023-09-15")]),  # the next day
    ("A greve começou nesta segunda-feira.", [("nesta segunda-feira", "2023-09-11")]),  # this week's, past
    ("Uma greve paralisou nesta quarta-feira (13) quatro linhas.", [("nesta quarta-feira (13)", "2023-09-13")]),
])
def test_a_brazilian_weekday_of_this_week_is_the_nearer_one(text: str, expected: list) -> None:
    assert [(m.text, m.value.iso) for m in find_dates(text, "pt", PUBLISHED)] == expected


@pytest.mark.parametrize("language, text, expected", [
    # "this" after the weekday: the nearer, or the coming one in a clause about the future
    ("ms", "Mesyuarat diadakan Isnin ini.", [("Isnin ini", "2023-09-11")]),
    ("ms", "Mesyuarat akan diadakan Isnin ini.", [("Isnin ini", "2023-09-18")]),
    ("id", "Rapat akan digelar Senin ini.", [("Senin ini", "2023-09-18")]),
    ("id", "Rapat digelar Jumat ini.", [("Jumat ini", "2023-09-15")]),
    ("pt", "A reunião vai acontecer nesta segunda-feira.", [("nesta segunda-feira", "2023-09-18")]),
])
def test_a_malay_or_indonesian_weekday_of_this_week(language: str, text: str, expected: list) -> None:
    assert [(m.text, m.value.iso) for m in find_dates(text, language, PUBLISHED)] == expected


@pytest.mark.parametrize("language, text, expected", [
    # a weekday of the calendar week a phrase after it names (weeks from Monday)
    ("en", "The vote took place Wednesday last week.", ["2023-09-06"]),
    ("en", "They will meet Friday next week.", ["2023-09-22"]),
    ("en", "The vote took place last Wednesday.", ["2023-09-13"]),
    ("nl", "De stemming was woensdag vorige week.", ["2023-09-06"]),
    ("de", "Die Wahl war am Mittwoch vergangener Woche.", ["2023-09-06"]),
    ("id", "Rapat digelar Rabu pekan lalu.", ["2023-09-06"]),
    ("es", "La votación fue el miércoles de la semana pasada.", ["2023-09-06"]),
    ("ru", "Голосование прошло в среду на прошлой неделе.", ["2023-09-06"]),
    ("pl", "Głosowanie odbyło się w środę w zeszłym tygodniu.", ["2023-09-06"]),
    ("en", "They met on Wednesday. Next week the vote follows.", ["2023-09-13"]),  # another sentence's week
    ("vi", "Thứ Hai tuần trước, động đất xảy ra.", ["2023-09-04"]),
    ("vi", "Thứ Hai tuần tới, hội nghị sẽ diễn ra.", ["2023-09-18"]),
    # and before it, in Turkish
    ("tr", "Oylama geçen hafta çarşamba günü yapıldı.", ["2023-09-06"]),
    ("tr", "Önümüzdeki hafta cuma günü görüşecekler.", ["2023-09-22"]),
])
def test_a_weekday_of_a_week_named_after_it(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # "next" and "last" of Arabic, Persian and Urdu news
    ("ar", "الاثنين المقبل تعقد القمة.", ["2023-09-18"]),
    ("ar", "الاثنين الماضي وقع زلزال.", ["2023-09-11"]),
    ("fa", "دوشنبه آینده نشست برگزار می‌شود.", ["2023-09-18"]),
    ("ur", "اگلے پیر کو اجلاس ہوگا۔", ["2023-09-18"]),
    ("ur", "گزشتہ روز زلزلہ آیا۔", ["2023-09-13"]),
])
def test_next_and_last_weekdays_in_arabic_script(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # the present that speaks of what is to come, where there is no future tense
    ("fi", "Seuraavat neuvottelut käydään toimistossa perjantaina.", "2023-09-15"),
    ("fi", "Neuvottelut käytiin toimistossa perjantaina.", "2023-09-08"),
    ("et", "Järgmine koosolek toimub reedel.", "2023-09-15"),
    ("et", "Koosolek toimus reedel.", "2023-09-08"),
    ("lv", "Sarunas notiks piektdien.", "2023-09-15"),
    ("lt", "Susitikimas vyks penktadienį.", "2023-09-15"),
    ("sq", "Takimi do të mbahet të premten.", "2023-09-15"),
    ("sq", "Takimi u mbajt të premten.", "2023-09-08"),
])
def test_a_weekday_in_a_clause_about_the_future_in_finnic_baltic_and_albanian(language, text, expected) -> None:
    assert days(text, language) == [expected]


def test_a_date_of_saying_counts_for_a_rule_that_has_that_verb_among_its_anchors() -> None:
    """"NIS je objavila u utorak rezultate": the results were published on Tuesday; the
    rule names the verb among its anchors, so the date is its own, although another of
    its anchors ("rezultate") stands nearer."""
    rules = "- {id: results, check: date, expect: 2024-03-12, about: [rezultati, objavila]}\n"
    text = "NIS je objavila u utorak, 12. marta, rezultate poslovanja za 2023. godinu."
    report = run_rules(rules, [article(text, "sr", "2024-03-13", source="a.txt")])
    assert verdicts(report, "results") == {"a.txt": "agrees"}
    without_the_verb = rules.replace("rezultati, objavila", "rezultati")
    assert verdicts(run_rules(without_the_verb, [article(text, "sr", "2024-03-13", source="a.txt")]),
                    "results") == {"a.txt": "silent"}


# --- East Asian and Mongolian news ----------------------------------------------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    # a particle on the day's character: still a day of the month
    ("ko", "회의는 13일에 열렸다.", "2023-09-13"),
    ("ko", "김 위원장은 17일까지 러시아에 머문다.", "2023-09-17"),
    # "the coming": on or after the publication, though the past one is nearer
    ("ko", "노조는 오는 2일 파업 여부를 결정한다.", "2023-10-02"),
    ("ko", "노조는 지난 2일 파업에 들어갔다.", "2023-09-02"),
    # a clause about the future takes the coming day too
    ("ko", "노조는 2일 2차 파업 여부를 결정할 예정이다.", "2023-10-02"),
])
def test_a_korean_day_of_the_month_with_its_particle_and_its_direction(language: str, text: str,
                                                                       expected: str) -> None:
    assert days(text, language) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # published on a Sunday: last week's, this week's and next week's days, weeks from Monday
    ("zh", "上周三举行会谈", "2024-01-03"),
    ("zh", "上星期五", "2024-01-05"),
    ("zh", "下周一将举行会谈", "2024-01-15"),
    ("ja", "先週水曜日に会談した", "2024-01-03"),
    ("ja", "来週の月曜日", "2024-01-15"),
    ("ko", "지난주 수요일 회담이 열렸다", "2024-01-03"),
    ("ko", "다음 주 월요일", "2024-01-15"),
    ("ko", "지난 수요일", "2024-01-10"),  # "last Wednesday": the last one, not last week's
])
def test_a_weekday_of_a_named_calendar_week(language: str, text: str, expected: str) -> None:
    assert days(text, language, dt.date(2024, 1, 14)) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "去年9月，泸定县曾发生6.8级地震。", "2022-09"),
    ("zh", "该法将于明年1月1日起实施。", "2024-01-01"),
    ("zh", "前年9月", "2021-09"),
    ("ja", "昨年9月に発表した。", "2022-09"),
    ("ja", "来年1月に開業する。", "2024-01"),
    ("ko", "지난해 9월 13일 회담이 열렸다.", "2022-09-13"),
    ("ko", "올해 3월", "2023-03"),
    # a year of two digits, as Japanese business news writes a fiscal year: no day
    ("ja", "24年3月期の営業利益", "2024-03"),
    ("zh", "23年9月", "2023-09"),
])
def test_a_year_named_from_the_publication_or_in_two_digits(language: str, text: str, expected: str) -> None:
    assert [str(value) for value in values(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the publication's month, or the one before or after, whichever is nearest
    ("pt", "O acordo foi assinado no dia 13.", ["2023-09-13"]),
    ("pt", "O acordo foi assinado no dia 28.", ["2023-08-28"]),
    ("es", "El acuerdo se firmó el día 13.", ["2023-09-13"]),
    ("es", "El temblor se registró el día 13 a las 10:15 horas.", ["2023-09-13"]),  # "a", "to", before a time
    ("it", "L'accordo è stato firmato il giorno 13.", ["2023-09-13"]),
    ("id", "Rapat digelar tanggal 13.", ["2023-09-13"]),
    ("vi", "Cuộc họp diễn ra ngày 13.", ["2023-09-13"]),
    # a coming one in a clause about the future
    ("pt", "O jogo será no dia 13, às 16h.", ["2023-10-13"]),
    ("sw", "Uchaguzi utafanyika tarehe 20.", ["2023-09-20"]),
    # the month a phrase after it names, or one named before it in its sentence
    ("sw", "Mkataba ulisainiwa tarehe 13 mwezi huu.", ["2023-09-13"]),
    ("sw", "Mkataba ulisainiwa tarehe 13 mwezi uliopita.", ["2023-08-13"]),
    ("es", "El día 13 del mes pasado hubo un sismo.", ["2023-08-13"]),
    ("ar", "وقع الزلزال يوم 13 من الشهر الجاري.", ["2023-09-13"]),
    ("ar", "وقع الاتفاق يوم 28 من الشهر الماضي.", ["2023-08-28"]),
    ("ar", "خلال يوم 2 من المؤتمر", []),  # in Arabic only with its month named: the second day of an event
    ("pt", "Em agosto, a greve começou no dia 20.", ["2023-08-20"]),
    ("pt", "O dia 13 foi tenso. Em outubro, no dia 2, houve greve.", ["2023-09-13", "2023-10-02"]),
    # with its month the date is read as ever; a time and Greek "στις 13" are no day
    ("pt", "A greve começou no dia 1º de setembro.", ["2023-09-01"]),
    ("es", "El acuerdo se firmó el día 13 de septiembre.", ["2023-09-13"]),
    ("vi", "Cuộc họp lúc 13:00.", []),
    ("el", "Η συνάντηση στις 13.", []),
])
def test_a_day_of_the_month_alone_after_a_word_for_day(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # an ordinal day alone after a preposition, before no noun; Russian "13-го числа"
    ("en", "The vote is due on the 20th.", ["2023-09-20"]),
    ("en", "The vote was held on the 10th.", ["2023-09-10"]),
    ("en", "The vote will be held on the 10th.", ["2023-10-10"]),
    ("en", "They met on the 20th anniversary of the treaty.", []),
    ("en", "They met on the 13th of September.", ["2023-09-13"]),
    ("ru", "Это случилось 13 числа.", ["2023-09-13"]),
    ("ru", "Голосование пройдет 20-го числа.", ["2023-09-20"]),
    # a month abbreviated longer than CLDR's abbreviation, without its dot
    ("ms", "Mesyuarat itu diadakan pada 13 Sept lalu.", ["2023-09-13"]),
    ("id", "Rapat digelar pada 13 Sept lalu.", ["2023-09-13"]),
])
def test_a_day_written_alone_as_news_writes_it(language: str, text: str, expected: list[str]) -> None:
    assert days(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a part of a month is its month, never a day of it
    ("en", "In mid-March 2024 the talks resumed.", ["2024-03"]),
    ("en", "In mid-March 15 people died.", ["2024-03"]),
    ("en", "In late March 15 people died.", ["2024-03"]),
    ("en", "At the end of March 15 people died.", ["2024-03"]),
    ("de", "Mitte März 15 Menschen starben.", ["2024-03"]),
    ("es", "A mediados de marzo 15 personas murieron.", ["2024-03"]),
    # without a year, the month nearest the publication, the next one in a future clause
    ("en", "The talks began in mid-March.", ["2024-03"]),
    ("en", "Elections will be held in late October.", ["2024-10"]),
    ("en", "The strike ended in late October.", ["2023-10"]),
    ("ru", "Переговоры начались в середине марта.", ["2024-03"]),
    ("fr", "Le vote a eu lieu à la mi-mars.", ["2024-03"]),
    ("fr", "À la mi-mars 2024, le vote a eu lieu.", ["2024-03"]),
    ("ru", "В середине марта 2024 года прошли выборы.", ["2024-03"]),
    ("zh", "2024年3月中旬", ["2024-03"]),
    # without the word before the month the day is read as ever, but not before a plural
    # noun it counts, unless "the" makes the date the noun's, or "on" (which takes a day,
    # never a month) the day's
    ("en", "On March 15 the talks resumed.", ["2024-03-15"]),
    ("en", "March 15 people joined the protest.", []),
    ("en", "Since March 15 people have died.", []),
    ("en", "On March 15 protesters gathered.", ["2024-03-15"]),
    ("en", "Police said on March 15 police officers had been hurt.", ["2024-03-15"]),
    ("en", "On March 15, protesters gathered.", ["2024-03-15"]),
    ("en", "The March 15 elections were won by the opposition.", ["2024-03-15"]),
    ("en", "March 15 marks the anniversary.", ["2024-03-15"]),
    # a figure's thousands after a month are no day
    ("en", "In May 2,000 people protested.", []),
    ("it", "A maggio 2.000 persone hanno protestato.", []),
    ("fr", "En mai 2\u202f000 personnes ont manifesté.", []),
    ("en", "On May 2, 100 people died.", ["2024-05-02"]),
])
def test_a_part_of_a_month_is_no_day(language: str, text: str, expected: list[str]) -> None:
    assert [str(value) for value in values(text, language, dt.date(2024, 4, 14))] == expected


def test_a_year_after_a_full_stop_after_a_month_s_full_name_is_the_next_sentence_s() -> None:
    # the Georgian dateline, then "the elections of 2022"
    assert days("თბილისი, 14 სექტემბერი. 2022 წლის არჩევნებში პარტიამ გაიმარჯვა.", "ka") == ["2023-09-14"]
    assert days("le 21 févr. 2023 à Paris", "fr") == ["2023-02-21"]  # an abbreviation's full stop
    assert [str(v) for v in values("Sept. 2023", "en")] == ["2023-09"]


def test_a_day_and_month_of_a_clause_about_the_future_are_the_coming_ones() -> None:
    published = dt.date(2024, 1, 14)
    assert days("賴清德當選總統，將於5月20日就職。", "zh", published) == ["2024-05-20"]
    assert days("賴清德於5月20日就職。", "zh", published) == ["2023-05-20"]  # no future: the past one
    assert days("原计划于1月10日举行", "zh", published) == ["2024-01-10"]  # a few days back stays


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "中央選舉委員會昨晚公布開票結果", "2024-01-13"),
    ("zh", "今晨发生地震", "2024-01-14"),
    ("ja", "昨夜、地震があった", "2024-01-13"),
    ("ja", "今朝の会見で", "2024-01-14"),
    ("ko", "어젯밤 지진이 발생했다", "2024-01-13"),
    ("mn", "Сонгууль өчигдөр болов.", "2024-01-13"),
])
def test_yesterday_evening_and_this_morning(language: str, text: str, expected: str) -> None:
    assert days(text, language, dt.date(2024, 1, 14)) == [expected]


@pytest.mark.parametrize(("text", "written", "expected"), [
    ("Сонгууль 2024 оны 6 дугаар сарын 28-нд болов.", "2024 оны 6 дугаар сарын 28-нд", "2024-06-28"),
    ("Путин 2024 оны 9 дүгээр сарын 3-нд айлчилсан.", "2024 оны 9 дүгээр сарын 3-нд", "2024-09-03"),
    ("Сонгууль 2024 оны зургадугаар сарын 28-нд болов.", "2024 оны зургадугаар сарын 28-нд", "2024-06-28"),
    ("Эцсийн дүнг долдугаар сарын 1-ний өдөр гаргана.", "долдугаар сарын 1-ний", "2024-07-01"),
    ("Сонгууль 2024 оны 6-р сарын 28-нд болов.", "2024 оны 6-р сарын 28-нд", "2024-06-28"),  # CLDR's form
])
def test_mongolian_months_as_news_writes_them(text: str, written: str, expected: str) -> None:
    [mention] = find_dates(text, "mn", dt.date(2024, 6, 29))
    assert (mention.text, mention.value.iso) == (written, expected)


def test_a_mongolian_count_of_months_is_no_month() -> None:
    assert find_dates("6 дугаар сарын хугацаанд", "mn", dt.date(2024, 6, 29)) == []
    assert find_dates("6 сарын хугацаанд", "mn", dt.date(2024, 6, 29)) == []


def test_a_chinese_day_after_as_of_dates_the_count_not_the_event() -> None:
    rules = "- id: quake\n  check: date\n  expect: 2023-09-13\n  about: [地震]\n"
    counted = article("截至14日上午10时，地震已造成23人遇难。", "zh", "2023-09-14")
    assert verdicts(run_rules(rules, [counted]), "quake") == {"article.txt": "silent"}
    struck = article("14日上午10时，泸定县发生地震。", "zh", "2023-09-14")
    assert verdicts(run_rules(rules, [struck]), "quake") == {"article.txt": "contradicts"}


@pytest.mark.parametrize(("language", "text", "expected"), [
    # published 14 January: last month's day is December's, next month's February's
    ("zh", "上月13日举行会谈", "2022-12-13"),
    ("zh", "上个月31日", "2022-12-31"),
    ("zh", "该法下月15日起实施", "2023-02-15"),
    ("ja", "先月13日に会談した", "2022-12-13"),
    ("ja", "来月15日に開業する", "2023-02-15"),
    ("ko", "지난달 13일 회담이 열렸다", "2022-12-13"),
    ("ko", "다음 달 15일에 개통한다", "2023-02-15"),
    ("ko", "이달 13일", "2023-01-13"),
])
def test_a_day_of_a_named_month(language: str, text: str, expected: str) -> None:
    assert days(text, language, dt.date(2023, 1, 14)) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ko", "개정안은 오는 3월 1일 시행된다.", "2024-03-01"),  # "the coming": next year's March
    ("ko", "개정안은 지난 3월 1일 시행됐다.", "2023-03-01"),
    ("ko", "오는 10월 3일", "2023-10-03"),  # still ahead this year
    ("mn", "ирэх 3 дугаар сарын 1-нд", "2024-03-01"),
    ("pt", "O feriado de neste 7 de setembro", "2023-09-07"),  # "this": the past one stays
])
def test_a_day_and_month_after_the_coming_are_ahead(language: str, text: str, expected: str) -> None:
    assert days(text, language) == [expected]


@pytest.mark.parametrize("language, text, iso", [
    ("ps", "د چهارشنبې په ورځ غونډه وشوه.", "2023-09-13"),   # the Dari name, oblique after "of"
    ("ps", "غونډه چهارشنبه وشوه.", "2023-09-13"),
    ("ps", "پرون په کابل کې غونډه وشوه.", "2023-09-13"),     # yesterday
    ("ckb", "دوێنێ لە هەولێر کۆبوونەوە کرا.", "2023-09-13"),
    ("az", "Dünən Bakıda görüş keçirildi.", "2023-09-13"),
])
def test_pashto_weekdays_and_yesterday_in_pashto_sorani_and_azerbaijani(language: str, text: str,
                                                                         iso: str) -> None:
    assert days(text, language) == [iso]


@pytest.mark.parametrize("text, written, iso", [
    # Al Jazeera writes a month by both its Arabic names: one month, the year its own
    ("الخميس 14 سبتمبر/أيلول 2023", "الخميس 14 سبتمبر/أيلول 2023", "2023-09-14"),
    ("ضرب الزلزال المنطقة في 6 فبراير/شباط 2021", "6 فبراير/شباط 2021", "2021-02-06"),
    ("في 13 سبتمبر/ أيلول الجاري", "13 سبتمبر/ أيلول", "2023-09-13"),
    ("يوم 13 أيلول/سبتمبر 2023", "13 أيلول/سبتمبر 2023", "2023-09-13"),
])
def test_an_arabic_month_by_both_its_names(text: str, written: str, iso: str) -> None:
    assert one_date(text, "ar") == (written, iso)


def test_two_months_apart_by_a_slash_stay_two() -> None:
    assert [m.text for m in find_dates("13 سبتمبر/أكتوبر", "ar", PUBLISHED)] == ["13 سبتمبر"]


@pytest.mark.parametrize("language, text, iso", [
    ("fa", "زلزله روز گذشته خوی را لرزاند.", "2023-09-13"),      # "the past day"
    ("fa", "دیشب زلزله خوی را لرزاند.", "2023-09-13"),            # last night
    ("fa", "این حادثه ۲۲ شهریورماه ۱۴۰۲ رخ داد.", "2023-09-13"),   # the month with "month" written on it
    ("fa", "این حادثه ۲۲ شهریور‌ماه رخ داد.", "2023-09-13"),
    ("he", "הפיצוץ אירע אמש בתל אביב.", "2023-09-13"),            # last night
])
def test_persian_and_hebrew_days_as_their_news_writes_them(language: str, text: str, iso: str) -> None:
    assert days(text, language) == [iso]


@pytest.mark.parametrize("language, text, iso", [
    # a day and month months before publication, in a clause about the future: next year's
    ("tr", "Seçimler 14 Mayıs'ta yapılacak.", "2024-05-14"),
    ("en", "Elections will be held on 14 May.", "2024-05-14"),
    ("ar", "وستجرى الانتخابات في 14 مايو.", "2024-05-14"),
    # in the past, or days before publication, it stays this year's
    ("tr", "Seçimler 14 Mayıs'ta yapıldı.", "2023-05-14"),
    ("tr", "Liderler 13 Eylül'de görüşecek.", "2023-09-13"),
    ("en", "Elections will be held on 14 May 2023, the law said.", "2023-05-14"),  # a year of its own
    # a question word opens a clause of its own, which the future before it does not rule
    ("en", "The committee will investigate what happened on 2 May.", "2023-05-02"),
    ("en", "The inquiry will establish how the fire started on 2 May.", "2023-05-02"),
    ("de", "Der Ausschuss wird untersuchen, was am 2. Mai geschah.", "2023-05-02"),
    ("en", "What will happen on 2 May is unclear.", "2024-05-02"),
])
def test_a_yearless_date_in_a_future_clause_is_the_coming_one(language: str, text: str, iso: str) -> None:
    assert days(text, language)[0] == iso


@pytest.mark.parametrize("language, text, iso", [
    # "last" before or after a day and month that would be read as to come: the year before's
    ("es", "El pasado 2 de mayo se firmó el acuerdo.", "2023-05-02"),
    ("es", "El 2 de mayo pasado se firmó.", "2023-05-02"),
    ("pt", "No último dia 2 de maio houve greve.", "2023-05-02"),
    ("it", "Lo scorso 2 maggio si è votato.", "2023-05-02"),
    ("fr", "Le 2 mai dernier, les électeurs ont voté.", "2023-05-02"),
    ("en", "Last May 2, voters went to the polls.", "2023-05-02"),
    ("de", "Am vergangenen 2. Mai wurde gewählt.", "2023-05-02"),
    # "next" before it, past a word for "day" too: the coming one
    ("pt", "No próximo dia 20 de maio haverá eleições.", "2024-05-20"),
    ("fr", "Le 2 mai prochain, les électeurs voteront.", "2024-05-02"),
])
def test_last_or_next_beside_a_day_and_month(language: str, text: str, iso: str) -> None:
    assert days(text, language, dt.date(2024, 1, 14))[0] == iso


# --- African and Caucasian news ---------------------------------------------------------

@pytest.mark.parametrize("language, text, expected, iso", [
    # a month with its case ending after "the year's", as the press dates a month
    ("ka", "2022 წლის სექტემბერში ქვეყანაში მიწისძვრა მოხდა.", "2022 წლის სექტემბერში", "2022-09"),
    ("ka", "2023 წლის იანვრიდან ფასები გაიზარდა.", "2023 წლის იანვრიდან", "2023-01"),
    ("ka", "2023 წლის აგვისტოში.", "2023 წლის აგვისტოში", "2023-08"),
    ("hy", "2022 թվականի սեպտեմբերին երկրաշարժ եղավ։", "2022 թվականի սեպտեմբերին", "2022-09"),
    ("kk", "2022 жылдың қыркүйегінде жер сілкінісі болды.", "2022 жылдың қыркүйегінде", "2022-09"),
    ("kk", "2022 жылғы шілдеде сайлау өтті.", "2022 жылғы шілдеде", "2022-07"),
    ("uz", "2022 yil sentabrda zilzila boʻldi.", "2022 yil sentabrda", "2022-09"),
    ("uz", "2022 йил сентябрда зилзила бўлди.", "2022 йил сентябрда", "2022-09"),
    # and a day with its year written first, as "the year's" or "year-"
    ("kk", "2023 жылғы 13 қыркүйекте кездесу өтті.", "2023 жылғы 13 қыркүйекте", "2023-09-13"),
    ("uz", "2023-yil 13-sentabr kuni uchrashuv boʻldi.", "2023-yil 13-sentabr", "2023-09-13"),
    ("uz", "2023 йил 13 сентябрь куни учрашув бўлди.", "2023 йил 13 сентябрь", "2023-09-13"),
])
def test_a_month_with_a_case_ending_after_a_year_written_first(language: str, text: str, expected: str,
                                                               iso: str) -> None:
    [mention] = find_dates(text, language, PUBLISHED)
    value = mention.value
    written = value.iso or f"{value.year}-{value.month:02d}"  # a month without its day has no ISO date
    assert (mention.text, written) == (expected, iso)


@pytest.mark.parametrize("language, text, expected", [
    ("sw", "Jana Rais alikutana na mawaziri.", "Jana"),
    ("ha", "Jiya shugaban ya gana da ministoci.", "Jiya"),
    ("yo", "Ààrẹ pàdé àwọn mínísítà lánàá.", "lánàá"),
    ("so", "Madaxweynaha ayaa shalay la kulmay wasiirada.", "shalay"),
    ("zu", "Izolo umongameli uhlangane nongqongqoshe.", "Izolo"),
    ("af", "Die president het gister die ministers ontmoet.", "gister"),
    ("am", "ፕሬዚዳንቱ ትናንት ከሚኒስትሮች ጋር ተገናኙ።", "ትናንት"),
    ("am", "ፕሬዚዳንቱ በትናንትናው ዕለት ከሚኒስትሮች ጋር ተገናኙ።", "በትናንትናው"),
    ("kk", "Президент кеше министрлермен кездесті.", "кеше"),
    ("uz", "Prezident kecha vazirlar bilan uchrashdi.", "kecha"),
    ("uz", "Президент кеча вазирлар билан учрашди.", "кеча"),
])
def test_yesterday_in_african_and_central_asian_news(language: str, text: str, expected: str) -> None:
    assert [(m.text, m.value.iso) for m in find_dates(text, language, PUBLISHED)] == [(expected, "2023-09-13")]


def test_uzbek_midnight_is_no_yesterday() -> None:
    assert find_dates("Yarim kecha zilzila boʻldi.", "uz", PUBLISHED) == []


@pytest.mark.parametrize("language, text, expected", [
    ("sw", "Mkutano utafanyika Ijumaa ijayo.", "2023-09-15"),
    ("ha", "An yi taron a ranar Talata da ta gabata.", "2023-09-12"),
    ("ha", "An yi taron ranar Juma'a.", "2023-09-08"),  # with an apostrophe, where CLDR has "Jummaʼa"
    ("ha", "Za a yi taron ranar Juma'a mai zuwa.", "2023-09-15"),
    ("so", "Kulanka waxa uu dhacay Arbacadii.", "2023-09-13"),
    ("zu", "Umhlangano ubuse ngoLwesithathu.", "2023-09-13"),
    ("zu", "Umhlangano uzoba ngoLwesihlanu oluzayo.", "2023-09-15"),
    ("am", "ስብሰባው በረቡዕ ዕለት ተካሄደ።", "2023-09-13"),
    ("yo", "Ìpàdé náà wáyé lọ́jọ́rú.", "2023-09-13"),
    ("af", "Die vergadering word volgende Vrydag gehou.", "2023-09-15"),
    ("kk", "Кездесу келесі жұма күні өтеді.", "2023-09-15"),
    ("kk", "Кездесу жұмада өтті.", "2023-09-08"),
    ("kk", "Кездесу сенбіде өтті.", "2023-09-09"),
    ("uz", "Uchrashuv jumada boʻldi.", "2023-09-08"),
])
def test_weekdays_with_on_next_and_last_as_african_and_central_asian_news_writes_them(
        language: str, text: str, expected: str) -> None:
    assert days(text, language) == [expected]
