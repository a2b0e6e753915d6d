"""End to end: dates and tense as news writes them where they were misread — a plan or a
want of what is still to come ("quiere aprobar", "veut adopter", "wil … verlagen", "are
expected on Friday to approve") and a Kazakh, Uzbek or Bengali future, which state no
deed; the first verb after a Korean day, a reported one too; a dash for an unwritten
"is" before a Russian day; a score before a Spanish weekday, and the present of a
fixture; a Hebrew weekday by its letter — checked by rules of each built-in type,
verdict and the sentence of the first evidence."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, read_case, stated


SEPTEMBER = "2023-09-14"  # a Thursday: "on Friday" ahead is the 15th, behind the 8th


# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    "es-plan": ("es", SEPTEMBER, """El Gobierno quiere aprobar los Presupuestos antes de Navidad

MADRID, 14 Sep. (EFE) - El Gobierno quiere aprobar los Presupuestos Generales del Estado de 2024 en el Consejo de Ministros, según fuentes del Ministerio de Hacienda. La ministra María Jesús Montero presentó el miércoles un techo de gasto de 199.120 millones de euros.
""", phrase_rule("budget-passed", "El Gobierno aprobó los Presupuestos")
        + date_rule("ceiling-date", "2023-09-13", "techo")
        + number_rule("ceiling", "199120000000", "techo", unit="euros"), {
        "budget-passed": ("silent", None),
        "ceiling-date": ("agrees", ("La ministra María Jesús Montero presentó el miércoles un techo de gasto de 199.120 "
                                    "millones de euros.")),
        "ceiling": ("agrees", ("La ministra María Jesús Montero presentó el miércoles un techo de gasto de 199.120 "
                               "millones de euros.")),
    }),
    "fr-plan": ("fr", SEPTEMBER, """PARIS (AFP) - Le gouvernement veut adopter le projet de loi sur l'immigration avant la fin de l'année, a annoncé mardi le ministre de l'Intérieur Gérald Darmanin. Le texte avait été présenté en Conseil des ministres le 1er février.
""", phrase_rule("bill-passed", "Le gouvernement a adopté le projet de loi")
        + date_rule("cabinet-date", "2023-02-01", "présenté")
        + entity_rule("minister", "Gérald Darmanin", "Élisabeth Borne", "ministre"), {
        "bill-passed": ("silent", None),
        "cabinet-date": ("agrees", "Le texte avait été présenté en Conseil des ministres le 1er février."),
        "minister": ("agrees", ("PARIS (AFP) - Le gouvernement veut adopter le projet de loi sur l'immigration avant la "
                                "fin de l'année, a annoncé mardi le ministre de l'Intérieur Gérald Darmanin.")),
    }),
    "nl-plan": ("nl", SEPTEMBER, """Den Haag – Het kabinet wil vrijdag een besluit nemen over de accijns op benzine. Minister Van Rij zei dinsdag dat de verlaging van 17,3 cent per liter niet zomaar kan worden verlengd.
""", date_rule("decision-date", "2023-09-15", "besluit")
        + date_rule("remark-date", "2023-09-12", "zei"), {
        "decision-date": ("agrees", "Den Haag – Het kabinet wil vrijdag een besluit nemen over de accijns op benzine."),
        "remark-date": ("agrees", ("Minister Van Rij zei dinsdag dat de verlaging van 17,3 cent per liter niet zomaar "
                                   "kan worden verlengd.")),
    }),
    "en-plan": ("en", SEPTEMBER, """WASHINGTON (AP) — House lawmakers are expected on Friday to approve the stopgap spending bill, averting a government shutdown. The Senate passed its version on Tuesday by a vote of 88-9.
""", phrase_rule("house-passed", "House lawmakers approved the stopgap spending bill")
        + phrase_rule("senate-passed", "The Senate passed its version")
        + date_rule("senate-vote", "2023-09-12", "Senate"), {
        "house-passed": ("silent", None),
        "senate-passed": ("agrees", "The Senate passed its version on Tuesday by a vote of 88-9."),
        "senate-vote": ("agrees", "The Senate passed its version on Tuesday by a vote of 88-9."),
    }),
    "kk-future": ("kk", SEPTEMBER, """Астана. Мәжіліс 2024 жылғы республикалық бюджетті қабылдайды. Үкімет құжатты 13 қыркүйекте мақұлдаған болатын.
""", phrase_rule("budget-passed", "Мәжіліс бюджетті қабылдады")
        + date_rule("cabinet-date", "2023-09-13", "Үкімет"), {
        "budget-passed": ("silent", None),
        "cabinet-date": ("agrees", "Үкімет құжатты 13 қыркүйекте мақұлдаған болатын."),
    }),
    "uz-future": ("uz", SEPTEMBER, """Toshkent. Prezident Shavkat Mirziyoyev soliq islohoti to'g'risidagi farmonni imzolaydi. Loyiha 12 sentabrda Oliy Majlisda muhokama qilingan edi.
""", phrase_rule("decree-signed", "Prezident farmonni imzoladi")
        + date_rule("debate-date", "2023-09-12", "muhokama"), {
        "decree-signed": ("silent", None),
        "debate-date": ("agrees", "Loyiha 12 sentabrda Oliy Majlisda muhokama qilingan edi."),
    }),
    "bn-future": ("bn", SEPTEMBER, """ঢাকা, ১৪ সেপ্টেম্বর — সরকার জাতীয় সংসদে বাজেট পাস করবে। অর্থমন্ত্রী ১৩ সেপ্টেম্বর বাজেট পেশ করেন।
""", phrase_rule("budget-passed", "সংসদে বাজেট পাস")
        + date_rule("budget-day", "2023-09-13", "পেশ"), {
        "budget-passed": ("silent", None),
        "budget-day": ("agrees", "অর্থমন্ত্রী ১৩ সেপ্টেম্বর বাজেট পেশ করেন।"),
    }),
    # the first verb after a Korean day is its own, a reported one too: "연다고" (will hold),
    # "열었다고" (held), whatever "예정" (scheduled) says before it
    "ko": ("ko", SEPTEMBER, """국토부, 금요일 주택 공급 대책 발표

국토교통부는 금요일 주택 공급 확대 방안을 발표한다고 14일 밝혔다. 원희룡 장관은 예정대로 화요일 건설업계 대표들과 간담회를 열었다고 덧붙였다. 한국부동산원에 따르면 지난달 전국 아파트 매매가격은 0.2% 올랐다.
""", date_rule("plan-date", "2023-09-15", "방안을")
        + date_rule("meeting-date", "2023-09-12", "간담회를")
        + number_rule("prices", "0.2", "매매가격은", unit="percent"), {
        "plan-date": ("agrees", "국토교통부는 금요일 주택 공급 확대 방안을 발표한다고 14일 밝혔다."),
        "meeting-date": ("agrees", "원희룡 장관은 예정대로 화요일 건설업계 대표들과 간담회를 열었다고 덧붙였다."),
        "prices": ("agrees", "한국부동산원에 따르면 지난달 전국 아파트 매매가격은 0.2% 올랐다."),
    }),
    # a dash for the unwritten "is": "— в пятницу" is the coming Friday
    "ru": ("ru", SEPTEMBER, """МОСКВА, 14 сентября. /ТАСС/. Следующий раунд переговоров по зерновой сделке — в пятницу в Стамбуле, сообщил источник в МИД России. Предыдущая встреча делегаций прошла во вторник и длилась более шести часов. Россия вышла из соглашения 17 июля.
""", date_rule("next-round", "2023-09-15", "раунд")
        + date_rule("last-meeting", "2023-09-12", "встреча")
        + date_rule("exit", "2023-07-17", "вышла")
        + number_rule("hours", ">= 6", "длилась", unit="hours"), {
        "next-round": ("agrees", ("Следующий раунд переговоров по зерновой сделке — в пятницу в Стамбуле, сообщил "
                                  "источник в МИД России.")),
        "last-meeting": ("agrees", "Предыдущая встреча делегаций прошла во вторник и длилась более шести часов."),
        "exit": ("agrees", "Россия вышла из соглашения 17 июля."),
        "hours": ("agrees", "Предыдущая встреча делегаций прошла во вторник и длилась более шести часов."),
    }),
    # a score counts no Sundays; a team "recibe" (hosts) on the day to come
    "es-sports": ("es", "2023-09-18", """El Real Madrid, líder tras el 3-1 del domingo

MADRID (EFE). — El Real Madrid sigue líder de LaLiga tras el 3-1 del domingo ante la Real Sociedad en el Santiago Bernabéu. Jude Bellingham marcó su quinto gol en cinco jornadas. El miércoles recibe a Las Palmas, y el equipo de Carlo Ancelotti visitará al Atlético el próximo domingo.
""", date_rule("match-date", "2023-09-17", "Real Sociedad")
        + date_rule("home-date", "2023-09-20", "Las Palmas")
        + date_rule("derby-date", "2023-09-24", "Atlético")
        + entity_rule("coach", "Carlo Ancelotti", "Xavi Hernández", "equipo"), {
        "match-date": ("agrees", ("— El Real Madrid sigue líder de LaLiga tras el 3-1 del domingo ante la Real "
                                  "Sociedad en el Santiago Bernabéu.")),
        "home-date": ("agrees", ("El miércoles recibe a Las Palmas, y el equipo de Carlo Ancelotti visitará al "
                                 "Atlético el próximo domingo.")),
        "derby-date": ("agrees", ("El miércoles recibe a Las Palmas, y el equipo de Carlo Ancelotti visitará al "
                                  "Atlético el próximo domingo.")),
        "coach": ("agrees", ("El miércoles recibe a Las Palmas, y el equipo de Carlo Ancelotti visitará al Atlético "
                             "el próximo domingo.")),
    }),
    # the day by its letter, "ביום ג'", and Saturday without the word for "day", "בשבת"
    "he": ("he", SEPTEMBER, """ירושלים — הממשלה התכנסה ביום ג' לישיבה מיוחדת על התקציב, ואישרה תוספת של 1.5 מיליארד שקל למערכת הבריאות. בשבת הפגינו אלפים בתל אביב נגד התוכנית. ההצבעה במליאת הכנסת תתקיים ביום ב' הבא.
""", date_rule("cabinet-date", "2023-09-12", "התכנסה")
        + date_rule("protest-date", "2023-09-09", "הפגינו")
        + date_rule("vote-date", "2023-09-18", "ההצבעה")
        + number_rule("health", "1500000000", "תוספת"), {
        "cabinet-date": ("agrees", ("ירושלים — הממשלה התכנסה ביום ג' לישיבה מיוחדת על התקציב, ואישרה תוספת של 1.5 "
                                    "מיליארד שקל למערכת הבריאות.")),
        "protest-date": ("agrees", "בשבת הפגינו אלפים בתל אביב נגד התוכנית."),
        "vote-date": ("agrees", "ההצבעה במליאת הכנסת תתקיים ביום ב' הבא."),
        "health": ("agrees", ("ירושלים — הממשלה התכנסה ביום ג' לישיבה מיוחדת על התקציב, ואישרה תוספת של 1.5 "
                              "מיליארד שקל למערכת הבריאות.")),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_dates_and_tense_of_a_news_article_in_its_own_language(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
