"""End to end: dates and tense as news writes them where they were misread — a plan or a
want of what is still to come ("quiere aprobar", "veut adopter", "are expected on Friday
to approve", "intends to"), a Kazakh, Uzbek, Bengali or Hindi future on the verb and a
Chinese one inside the match, which state no deed; the first verb after a Korean or
Japanese day, a reported one too; a dash for an unwritten "is" before a Russian day; a
score before a weekday, and the present of a fixture; a Hebrew weekday by its letter,
and days listed after the plural of "day"; an English simple past; a Mongolian range
opened by the ablative; the week named before the day in Dutch; Swahili's future; a
weekday with its day of the month and no month; a weekday named after "tomorrow"; a
law's entry into force and "slated for", which schedule, as the presents of taking place
do in Czech, Romanian, Russian and Persian — checked by rules of each built-in type,
verdict and the sentence of the first evidence."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, read_case, stated


SEPTEMBER = "2023-09-14"  # a Thursday: "on Friday" ahead is the 15th, behind the 8th


def range_rule(rule: str, first: str, last: str, *about: str) -> str:
    return f"- {{id: {rule}, check: date, expect: {{from: {first}, to: {last}}}, about: [{', '.join(about)}]}}\n"


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
        "minister": ("agrees", ("Le gouvernement veut adopter le projet de loi sur l'immigration avant la "
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
    # a simple past rules the day, no present that would schedule it ("for travel")
    "en-past": ("en", "2023-09-20", """Heating oil prices keep rising

LONDON (Reuters) - Since Sept. 13, prices for heating oil have climbed 8 percent, the energy regulator Ofgem said. On Monday the government approved new rules for travel to the Channel Islands. The transport secretary told MPs that 1,200 extra ferry crossings would run next year.
""", date_rule("rise-start", "2023-09-13", "prices")
        + date_rule("rules-date", "2023-09-18", "approved")
        + number_rule("crossings", "1200", "crossings"), {
        "rise-start": ("agrees", ("Since Sept. 13, prices for heating oil have climbed 8 percent, "
                                  "the energy regulator Ofgem said.")),
        "rules-date": ("agrees", "On Monday the government approved new rules for travel to the Channel Islands."),
        "crossings": ("agrees", "The transport secretary told MPs that 1,200 extra ferry crossings would run next year."),
    }),
    # a weekday right after a score, or after "2 a 1", is the match's; the fixture's present
    # schedules, after a day alone before a comma too
    "it-sports": ("it", "2023-09-18", """TORINO – La Juventus ha battuto la Lazio 3-1 sabato sera all'Allianz Stadium, con una doppietta di Dušan Vlahović. Mercoledì la squadra di Massimiliano Allegri ospita il Sassuolo. I bianconeri sono secondi in classifica con 10 punti.
""", date_rule("win-date", "2023-09-16", "battuto")
        + date_rule("next-date", "2023-09-20", "Sassuolo")
        + number_rule("points", "10", "punti"), {
        "win-date": ("agrees", ("La Juventus ha battuto la Lazio 3-1 sabato sera all'Allianz Stadium, con "
                                "una doppietta di Dušan Vlahović.")),
        "next-date": ("agrees", "Mercoledì la squadra di Massimiliano Allegri ospita il Sassuolo."),
        "points": ("agrees", "I bianconeri sono secondi in classifica con 10 punti."),
    }),
    "fr-sports": ("fr", "2023-09-18", """PARIS (AFP) - Le PSG s'est imposé 3-1 dimanche face à l'OM au Parc des Princes. Mercredi, les Parisiens reçoivent Dortmund en Ligue des champions. Kylian Mbappé a inscrit son huitième but de la saison.
""", date_rule("win-date", "2023-09-17", "imposé")
        + date_rule("next-date", "2023-09-20", "Dortmund"), {
        "win-date": ("agrees", "Le PSG s'est imposé 3-1 dimanche face à l'OM au Parc des Princes."),
        "next-date": ("agrees", "Mercredi, les Parisiens reçoivent Dortmund en Ligue des champions."),
    }),
    "pt-sports": ("pt", "2023-09-18", """RIO DE JANEIRO — O Flamengo venceu o Palmeiras por 2 a 1 no domingo, no Maracanã, diante de 62 mil torcedores. O time recebe o Santos na quarta-feira.
""", date_rule("win-date", "2023-09-17", "venceu")
        + date_rule("next-date", "2023-09-20", "Santos")
        + number_rule("fans", ">= 60000", "torcedores"), {
        "win-date": ("agrees", ("O Flamengo venceu o Palmeiras por 2 a 1 no domingo, no Maracanã, "
                                "diante de 62 mil torcedores.")),
        "next-date": ("agrees", "O time recebe o Santos na quarta-feira."),
        "fans": ("agrees", ("O Flamengo venceu o Palmeiras por 2 a 1 no domingo, no Maracanã, "
                            "diante de 62 mil torcedores.")),
    }),
    "de-sports": ("de", "2023-09-18", """MÜNCHEN (dpa) - Bayern München hat am Samstag 3:1 gegen Leverkusen gewonnen. Am Mittwoch empfängt der Rekordmeister Manchester United in der Champions League. Harry Kane erzielte bereits sein fünftes Saisontor.
""", date_rule("win-date", "2023-09-16", "gewonnen")
        + date_rule("next-date", "2023-09-20", "Manchester"), {
        "win-date": ("agrees", "Bayern München hat am Samstag 3:1 gegen Leverkusen gewonnen."),
        "next-date": ("agrees", "Am Mittwoch empfängt der Rekordmeister Manchester United in der Champions League."),
    }),
    # the first verb after a Japanese day without a comma is its own, a quoted one too
    "ja": ("ja", SEPTEMBER, """岸田首相は火曜日、来日したオーストラリアのアルバニージー首相と会談した。首相は金曜日に国連総会に出席するため訪米すると発表した。会談は約50分間行われた。
""", date_rule("talks-date", "2023-09-12", "会談した")
        + date_rule("trip-date", "2023-09-15", "訪米")
        + number_rule("minutes", "50", "会談は"), {
        "talks-date": ("agrees", "岸田首相は火曜日、来日したオーストラリアのアルバニージー首相と会談した。"),
        "trip-date": ("agrees", "首相は金曜日に国連総会に出席するため訪米すると発表した。"),
        "minutes": ("agrees", "会談は約50分間行われた。"),
    }),
    # "from the 2nd" in the ablative opens a range: its last day is read, and a range that
    # ends on the 6th is not all the source states
    "mn": ("mn", SEPTEMBER, """Улаанбаатар. Олон улсын номын наадам 10 дугаар сарын 2-ноос 9-ний хооронд Сүхбаатарын талбайд болно. Ерөнхийлөгч У.Хүрэлсүх 9 дүгээр сарын 12-нд Засгийн газрын гишүүдтэй уулзаж, 76 гишүүнтэй хуралдсан.
""", range_rule("fair-days", "2023-10-02", "2023-10-06", "наадам")
        + date_rule("meeting", "2023-09-12", "уулзаж")
        + number_rule("members", "76", "гишүүнтэй"), {
        "fair-days": ("unclear", ("Олон улсын номын наадам 10 дугаар сарын 2-ноос 9-ний хооронд Сүхбаатарын талбайд "
                                  "болно.")),
        "meeting": ("agrees", "Ерөнхийлөгч У.Хүрэлсүх 9 дүгээр сарын 12-нд Засгийн газрын гишүүдтэй уулзаж, 76 гишүүнтэй хуралдсан."),
        "members": ("agrees", "Ерөнхийлөгч У.Хүрэлсүх 9 дүгээр сарын 12-нд Засгийн газрын гишүүдтэй уулзаж, 76 гишүүнтэй хуралдсан."),
    }),
    # the week named before the day: "volgende week woensdag" is next week's Wednesday
    "nl-week": ("nl", SEPTEMBER, """DEN HAAG (ANP) - Het kabinet heeft dinsdag de Miljoenennota gepresenteerd. De Tweede Kamer debatteert volgende week woensdag over de begroting. De koopkracht stijgt volgend jaar met gemiddeld 2,5 procent.
""", date_rule("budget-date", "2023-09-12", "gepresenteerd")
        + date_rule("debate-date", "2023-09-20", "debatteert")
        + number_rule("power", "2.5", "koopkracht", unit="percent"), {
        "budget-date": ("agrees", "Het kabinet heeft dinsdag de Miljoenennota gepresenteerd."),
        "debate-date": ("agrees", "De Tweede Kamer debatteert volgende week woensdag over de begroting."),
        "power": ("agrees", "De koopkracht stijgt volgend jaar met gemiddeld 2,5 procent."),
    }),
    # Swahili's future is -ta- after the subject's prefix: "atasafiri … Ijumaa" is the coming Friday
    "sw": ("sw", SEPTEMBER, """DAR ES SALAAM — Rais Samia Suluhu Hassan alikutana na Waziri Mkuu wa India Jumanne jijini Dar es Salaam. Rais atasafiri kwenda New York Ijumaa kuhudhuria Mkutano Mkuu wa Umoja wa Mataifa. Zaidi ya viongozi 140 wanatarajiwa kuhudhuria.
""", date_rule("meeting-date", "2023-09-12", "alikutana")
        + date_rule("trip-date", "2023-09-15", "atasafiri")
        + number_rule("leaders", ">= 140", "viongozi"), {
        "meeting-date": ("agrees", ("Rais Samia Suluhu Hassan alikutana na Waziri Mkuu wa India Jumanne "
                                    "jijini Dar es Salaam.")),
        "trip-date": ("agrees", "Rais atasafiri kwenda New York Ijumaa kuhudhuria Mkutano Mkuu wa Umoja wa Mataifa."),
        "leaders": ("agrees", "Zaidi ya viongozi 140 wanatarajiwa kuhudhuria."),
    }),
    # verbs of intending and planning state no deed and make the day ahead
    "it-plan": ("it", SEPTEMBER, """ROMA – Il governo intende approvare la manovra entro il 20 ottobre. Lo ha detto martedì il ministro dell'Economia Giancarlo Giorgetti. Il deficit salirà al 5,3 per cento del Pil.
""", phrase_rule("budget-passed", "Il governo ha approvato la manovra")
        + date_rule("remark-date", "2023-09-12", "detto")
        + entity_rule("minister", "Giancarlo Giorgetti", "Daniele Franco", "ministro"), {
        "budget-passed": ("silent", None),
        "remark-date": ("agrees", "Lo ha detto martedì il ministro dell'Economia Giancarlo Giorgetti."),
        "minister": ("agrees", "Lo ha detto martedì il ministro dell'Economia Giancarlo Giorgetti."),
    }),
    "pl-plan": ("pl", SEPTEMBER, """WARSZAWA (PAP) - Rząd zamierza przyjąć projekt budżetu na 2024 rok we wtorek, poinformował rzecznik rządu Piotr Müller. Deficyt ma wynieść 164,8 mld zł.
""", phrase_rule("budget-passed", "Rząd przyjął projekt budżetu")
        + date_rule("cabinet-date", "2023-09-19", "przyjąć")
        + number_rule("deficit", "164800000000", "Deficyt"), {
        "budget-passed": ("silent", None),
        "cabinet-date": ("agrees", ("Rząd zamierza przyjąć projekt budżetu na 2024 rok we wtorek, "
                                    "poinformował rzecznik rządu Piotr Müller.")),
        "deficit": ("agrees", "Deficyt ma wynieść 164,8 mld zł."),
    }),
    "en-plan2": ("en", SEPTEMBER, """LONDON (Reuters) - The Bank of England intends to raise interest rates again in November, Governor Andrew Bailey said on Tuesday. Inflation fell to 6.7 percent in August.
""", phrase_rule("rates-raised", "The Bank of England raised interest rates")
        + date_rule("remark-date", "2023-09-12", "said")
        + number_rule("inflation", "6.7", "Inflation", unit="percent"), {
        "rates-raised": ("silent", None),
        "remark-date": ("agrees", ("The Bank of England intends to raise interest rates again in "
                                   "November, Governor Andrew Bailey said on Tuesday.")),
        "inflation": ("agrees", "Inflation fell to 6.7 percent in August."),
    }),
    "tr-plan": ("tr", SEPTEMBER, """ANKARA - TBMM Genel Kurulu salı günü toplandı. Meclis bütçeyi ekim ayında onaylamayı planlıyor. Bütçe açığının 1,3 trilyon lira olması bekleniyor.
""", phrase_rule("budget-passed", "Meclis bütçeyi onayladı")
        + date_rule("session-date", "2023-09-12", "toplandı"), {
        "budget-passed": ("silent", None),
        "session-date": ("agrees", "TBMM Genel Kurulu salı günü toplandı."),
    }),
    "id-plan": ("id", SEPTEMBER, """JAKARTA - Pemerintah berencana menyetujui anggaran pendidikan sebesar Rp 660,8 triliun pada Oktober. DPR menggelar rapat paripurna pada Selasa (12/9).
""", phrase_rule("budget-approved", "Pemerintah menyetujui anggaran pendidikan")
        + date_rule("plenary-date", "2023-09-12", "paripurna"), {
        "budget-approved": ("silent", None),
        "plenary-date": ("agrees", "DPR menggelar rapat paripurna pada Selasa (12/9)."),
    }),
    # Hebrew lists days after the plural of "day", as CLDR writes it ("בעוד {0} ימים"); its
    # construct makes them every week's ("בימי שני וחמישי": on Mondays and Thursdays)
    "he-plural": ("he", SEPTEMBER, """תל אביב — ההסתדרות הודיעה כי השביתה בנמלים תתקיים בימים שני ושלישי. לפי ההערכות, ישתתפו בה כ-3,000 עובדים. בימי שני וחמישי נערכות בנמל אשדוד משמרות מקוצרות.
""", range_rule("strike-days", "2023-09-18", "2023-09-19", "השביתה")
        + number_rule("workers", "3000", "עובדים"), {
        "strike-days": ("agrees", "תל אביב — ההסתדרות הודיעה כי השביתה בנמלים תתקיים בימים שני ושלישי."),
        "workers": ("agrees", "לפי ההערכות, ישתתפו בה כ-3,000 עובדים."),
    }),
    # a future of a script without spaces inside the match ("将于"), a Hindi future on the verb
    "zh-plan": ("zh", SEPTEMBER, """新华社北京9月14日电 全国人大常委会将于下周审议预算调整方案。财政部部长蓝佛安12日表示，今年前8个月全国一般公共预算收入增长9.7%。
""", phrase_rule("budget-reviewed", "全国人大常委会审议预算调整方案")
        + date_rule("remark-date", "2023-09-12", "表示"), {
        "budget-reviewed": ("silent", None),
        "remark-date": ("agrees", "财政部部长蓝佛安12日表示，今年前8个月全国一般公共预算收入增长9.7%。"),
    }),
    "hi-plan": ("hi", SEPTEMBER, """नई दिल्ली: संसद अगले सप्ताह महिला आरक्षण विधेयक को मंजूरी देगी। केंद्रीय मंत्रिमंडल ने सोमवार को विधेयक को मंजूरी दी थी।
""", phrase_rule("bill-passed", "महिला आरक्षण विधेयक को मंजूरी")
        + date_rule("cabinet-date", "2023-09-11", "मंत्रिमंडल"), {
        "bill-passed": ("silent", None),
        "cabinet-date": ("agrees", "केंद्रीय मंत्रिमंडल ने सोमवार को विधेयक को मंजूरी दी थी।"),
    }),
    # a weekday with its day of the month after it, the month left to the reader: the day
    # of that number on that weekday; not a number that counts the noun after it
    "es-weekday-day": ("es", SEPTEMBER, """MADRID (EFE). — La cumbre de ministros de Defensa de la OTAN se celebrará el jueves 28 en Bruselas, según fuentes diplomáticas. Los ministros de Exteriores se reunieron el martes 5 en Madrid. El jueves 21 personas resultaron heridas en un accidente en la A-3. Los equipos de rescate llegaron el domingo 17 horas después del derrumbe.
""", date_rule("summit-date", "2023-09-28", "cumbre")
        + date_rule("meeting-date", "2023-09-05", "reunieron")
        + date_rule("crash-date", "2023-09-14", "accidente")
        + date_rule("rescue-date", "2023-09-10", "rescate")
        + number_rule("hurt", "21", "heridas"), {
        "summit-date": ("agrees", ("— La cumbre de ministros de Defensa de la OTAN se celebrará el jueves 28 en "
                                   "Bruselas, según fuentes diplomáticas.")),
        "meeting-date": ("agrees", "Los ministros de Exteriores se reunieron el martes 5 en Madrid."),
        "crash-date": ("agrees", "El jueves 21 personas resultaron heridas en un accidente en la A-3."),
        "rescue-date": ("agrees", "Los equipos de rescate llegaron el domingo 17 horas después del derrumbe."),
        "hurt": ("agrees", "El jueves 21 personas resultaron heridas en un accidente en la A-3."),
    }),
    "fr-weekday-day": ("fr", SEPTEMBER, """BRUXELLES (AFP) - Le Conseil européen se réunira le jeudi 26 octobre à Bruxelles. Les ministres des Finances s'étaient retrouvés le mardi 5 à Luxembourg. Le départ de la course cycliste sera donné samedi 9h devant le Parlement.
""", date_rule("council-date", "2023-10-26", "Conseil")
        + date_rule("finance-date", "2023-09-05", "retrouvés")
        + date_rule("race-date", "2023-09-16", "course"), {
        "council-date": ("agrees", "Le Conseil européen se réunira le jeudi 26 octobre à Bruxelles."),
        "finance-date": ("agrees", "Les ministres des Finances s'étaient retrouvés le mardi 5 à Luxembourg."),
        "race-date": ("agrees", "Le départ de la course cycliste sera donné samedi 9h devant le Parlement."),
    }),
    "en-weekday-day": ("en", SEPTEMBER, """LONDON (Reuters) - The summit will be held on Thursday the 28th in London, officials said. Ministers last met on Tuesday the 5th.
""", date_rule("summit-date", "2023-09-28", "summit")
        + date_rule("met-date", "2023-09-05", "met"), {
        "summit-date": ("agrees", ("The summit will be held on Thursday the 28th in London, "
                                   "officials said.")),
        "met-date": ("agrees", "Ministers last met on Tuesday the 5th."),
    }),
    # a weekday named after "tomorrow" or "yesterday" is that day: "غدا الجمعة" (tomorrow, Friday)
    "ar-tomorrow": ("ar", SEPTEMBER, """القاهرة (رويترز) - يعقد مجلس الأمن الدولي جلسة طارئة غدا الجمعة لبحث الأوضاع في ليبيا. وقال المتحدث باسم الأمم المتحدة إن أكثر من 5 آلاف شخص لقوا حتفهم في الفيضانات. وكان المجلس قد اجتمع يوم الاثنين الماضي.
""", date_rule("session-date", "2023-09-15", "جلسة")
        + date_rule("last-meeting", "2023-09-11", "اجتمع")
        + number_rule("dead", ">= 5000", "حتفهم"), {
        "session-date": ("agrees", "يعقد مجلس الأمن الدولي جلسة طارئة غدا الجمعة لبحث الأوضاع في ليبيا."),
        "last-meeting": ("agrees", "وكان المجلس قد اجتمع يوم الاثنين الماضي."),
        "dead": ("agrees", "وقال المتحدث باسم الأمم المتحدة إن أكثر من 5 آلاف شخص لقوا حتفهم في الفيضانات."),
    }),
    # entering into force is scheduled by its present, "slated for" by its participle
    "de-in-force": ("de", SEPTEMBER, """BERLIN (dpa) - Das neue Heizungsgesetz tritt am Freitag in Kraft. Der Bundestag hatte das Gesetz am vergangenen Freitag mit 399 Stimmen beschlossen.
""", date_rule("in-force", "2023-09-15", "Heizungsgesetz")
        + date_rule("vote-date", "2023-09-08", "beschlossen")
        + number_rule("votes", "399", "Stimmen"), {
        "in-force": ("agrees", "Das neue Heizungsgesetz tritt am Freitag in Kraft."),
        "vote-date": ("agrees", "Der Bundestag hatte das Gesetz am vergangenen Freitag mit 399 Stimmen beschlossen."),
        "votes": ("agrees", "Der Bundestag hatte das Gesetz am vergangenen Freitag mit 399 Stimmen beschlossen."),
    }),
    "en-in-force": ("en", SEPTEMBER, """BRUSSELS (Reuters) - The EU ban on Russian diesel imports takes effect on Friday. Talks on a further package of sanctions are slated for Monday.
""", date_rule("ban-date", "2023-09-15", "ban")
        + date_rule("talks-date", "2023-09-18", "Talks"), {
        "ban-date": ("agrees", "The EU ban on Russian diesel imports takes effect on Friday."),
        "talks-date": ("agrees", "Talks on a further package of sanctions are slated for Monday."),
    }),
    # the presents that schedule where news writes them: "se koná", "are loc" (no English
    # "are"), "проходит", Persian "برگزار می‌شود"
    "cs-present": ("cs", SEPTEMBER, """PRAHA (ČTK) - Mimořádná schůze Sněmovny se koná v pátek. Vláda schválila konsolidační balíček v úterý, pro hlasovalo 108 poslanců.
""", date_rule("session-date", "2023-09-15", "schůze")
        + date_rule("vote-date", "2023-09-12", "schválila")
        + number_rule("mps", "108", "poslanců"), {
        "session-date": ("agrees", "Mimořádná schůze Sněmovny se koná v pátek."),
        "vote-date": ("agrees", "Vláda schválila konsolidační balíček v úterý, pro hlasovalo 108 poslanců."),
        "mps": ("agrees", "Vláda schválila konsolidační balíček v úterý, pro hlasovalo 108 poslanců."),
    }),
    "ro-present": ("ro", SEPTEMBER, """BUCUREȘTI - Ședința de guvern are loc vineri la Palatul Victoria. Premierul Marcel Ciolacu a anunțat marți noi măsuri fiscale.
""", date_rule("cabinet-date", "2023-09-15", "Ședința")
        + date_rule("announce-date", "2023-09-12", "anunțat"), {
        "cabinet-date": ("agrees", "Ședința de guvern are loc vineri la Palatul Victoria."),
        "announce-date": ("agrees", "Premierul Marcel Ciolacu a anunțat marți noi măsuri fiscale."),
    }),
    "fa-present": ("fa", SEPTEMBER, """تهران - دور بعدی مذاکرات روز جمعه در وین برگزار می\u200cشود. دور قبلی روز سه\u200cشنبه برگزار شد.
""", date_rule("next-round", "2023-09-15", "بعدی")
        + date_rule("last-round", "2023-09-12", "قبلی"), {
        "next-round": ("agrees", "تهران - دور بعدی مذاکرات روز جمعه در وین برگزار می\u200cشود."),
        "last-round": ("agrees", "دور قبلی روز سه\u200cشنبه برگزار شد."),
    }),
    "ru-present": ("ru", SEPTEMBER, """МОСКВА. Заседание Совета безопасности ООН по Украине проходит в пятницу в Нью-Йорке. Предыдущая встреча членов Совета состоялась во вторник.
""", date_rule("session-date", "2023-09-15", "Заседание")
        + date_rule("last-date", "2023-09-12", "встреча"), {
        "session-date": ("agrees", "Заседание Совета безопасности ООН по Украине проходит в пятницу в Нью-Йорке."),
        "last-date": ("agrees", "Предыдущая встреча членов Совета состоялась во вторник."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_dates_and_tense_of_a_news_article_in_its_own_language(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
