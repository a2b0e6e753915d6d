"""Figures as real news writes them, end to end: Tagalog trillions after the peso's
letter ("P5.7 trilyon"), an Italian hour before a preposition ("alle 8 con 300
manifestanti"), the number of a name after a count ("Twenty Formula 1 drivers") and
Swahili hours past the clock's twelve ("saa 48"), and the multipliers British news
writes on a figure ("1.2tn dollars", "a 2.5bn-pound scheme"; "13.1m subscribers" may be
metres and is left unread), and scores, which count nothing ("menang 2-0 pada", "beat
Chelsea 5-0", "perdió 0-2 y"), Chinese percentage points ("上升0.2个百分点"), and the
length of a plan that is no count of it ("un plan de 10 ans pour rénover 500 000
logements", "a 10-year plan"), and the rate a change reached past the dots of an
abbreviation ("повысил ставку на 2 п.п., до 15%", "o 0,75 pkt proc., do 6 proc.") or
in Spanish and Portuguese ("bajó en 33.405 personas, hasta 2,76 millones", "caiu 0,4
ponto percentual, até 7,4%"), no bound "up to"; the verdict of each rule and the sentence it rests on."""

from __future__ import annotations

import pytest
from real_news import number_rule, read_case, stated

# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    "tl": ("tl", "2023-12-21", """MAYNILA – Nilagdaan ni Pangulong Ferdinand Marcos Jr. nitong Miyerkules ang P5.768 trilyong pambansang badyet para sa 2024.

Mas mataas ito nang 9.5 porsiyento kaysa sa P5.268 trilyon ngayong taon, ayon sa Department of Budget and Management.

Umabot sa 250 kongresista ang bumoto pabor sa panukala.
""", number_rule("budget", "5768000000000", "badyet", unit="PHP")
        + number_rule("this-year", "5268000000000", "ngayong taon", unit="PHP")
        + number_rule("votes", "250", "bumoto"), {
        # CLDR files Tagalog as Filipino ("fil"): its "trilyon" is a trillion
        "budget": ("agrees", "Nilagdaan ni Pangulong Ferdinand Marcos Jr. nitong Miyerkules ang P5.768 trilyong pambansang badyet para sa 2024."),
        "this-year": ("agrees", "Mas mataas ito nang 9.5 porsiyento kaysa sa P5.268 trilyon ngayong taon, ayon sa Department of Budget and Management."),
        "votes": ("agrees", "Umabot sa 250 kongresista ang bumoto pabor sa panukala."),
    }),
    "it": ("it", "2024-03-09", """ROMA – Il corteo è partito alle 8 con 300 manifestanti da piazza della Repubblica, secondo la Questura.

Nel pomeriggio i partecipanti erano saliti a 5.000, e lo sciopero dei trasporti durerà 24 ore.
""", number_rule("marchers", "300", "corteo") + number_rule("strike", "24", "sciopero", unit="hour"), {
        # "alle 8 con": at eight, with; no eight of anything
        "marchers": ("agrees", "Il corteo è partito alle 8 con 300 manifestanti da piazza della Repubblica, secondo la Questura."),
        "strike": ("agrees", "Nel pomeriggio i partecipanti erano saliti a 5.000, e lo sciopero dei trasporti durerà 24 ore."),
    }),
    "en-f1": ("en", "2024-03-01", """SAKHIR, Bahrain (AP) — Twenty Formula 1 drivers will line up on Saturday for the season opener under the floodlights.

Ten of them have already won a race. A Formula 1 team spends up to $135 million a year under the cost cap.

In Kyiv 23 people died. Max Verstappen won 19 races last season.
""", number_rule("drivers", "20", "drivers") + number_rule("cap", "135000000", "cost cap", unit="USD")
        + number_rule("dead", "23", "died") + number_rule("races", "19", "races"), {
        # a count before the name: the 1 is the name's, no one driver
        "drivers": ("agrees", "SAKHIR, Bahrain (AP) — Twenty Formula 1 drivers will line up on Saturday for the season opener under the floodlights."),
        "cap": ("agrees", "A Formula 1 team spends up to $135 million a year under the cost cap."),
        "dead": ("agrees", "In Kyiv 23 people died."),  # no count before the place: 23 people
        "races": ("agrees", "Max Verstappen won 19 races last season."),
    }),
    "sw": ("sw", "2024-03-14", """NAIROBI – Mgomo wa madaktari uliodumu saa 48 ulimalizika Jumanne saa 2 asubuhi, Chama cha Madaktari (KMPDU) kilisema.

Zaidi ya madaktari 5,000 walishiriki katika mgomo huo, na serikali iliahidi kulipa malimbikizo ndani ya siku 30.
""", number_rule("strike", "48", "mgomo", unit="hour") + number_rule("doctors", ">= 5000", "walishiriki")
        + number_rule("arrears", "30", "malimbikizo", unit="day"), {
        # "saa 48": no hour of a clock that counts to twelve; "saa 2 asubuhi" is one
        "strike": ("agrees", "Mgomo wa madaktari uliodumu saa 48 ulimalizika Jumanne saa 2 asubuhi, Chama cha Madaktari (KMPDU) kilisema."),
        "doctors": ("agrees", "Zaidi ya madaktari 5,000 walishiriki katika mgomo huo, na serikali iliahidi kulipa malimbikizo ndani ya siku 30."),
        "arrears": ("agrees", "Zaidi ya madaktari 5,000 walishiriki katika mgomo huo, na serikali iliahidi kulipa malimbikizo ndani ya siku 30."),
    }),
    "en-gb": ("en", "2024-01-24", """LONDON – Netflix added 13.1m subscribers in the last quarter, taking its total to 260m, the company said on Tuesday.

Its revenue rose to $8.8bn, and analysts expect the streaming market to be worth 1.2tn dollars within a decade.

Britain's 2.5bn-pound scheme will help 300,000 households, the Treasury said.
""", number_rule("subscribers", "13100000", "subscribers") + number_rule("total", "260000000", "total")
        + number_rule("revenue", "8800000000", "revenue", unit="USD")
        + number_rule("market", "1200000000000", "market", unit="USD")
        + number_rule("scheme", "2500000000", "scheme", unit="GBP") + number_rule("homes", "300000", "households"), {
        # "13.1m", "260m" without a currency: millions or metres, no 13.1 nor 260 of anything
        "subscribers": ("silent", None),
        "total": ("silent", None),
        "revenue": ("agrees", "Its revenue rose to $8.8bn, and analysts expect the streaming market to be worth 1.2tn dollars within a decade."),
        "market": ("agrees", "Its revenue rose to $8.8bn, and analysts expect the streaming market to be worth 1.2tn dollars within a decade."),
        "scheme": ("agrees", "Britain's 2.5bn-pound scheme will help 300,000 households, the Treasury said."),
        "homes": ("agrees", "Britain's 2.5bn-pound scheme will help 300,000 households, the Treasury said."),
    }),
    "id-football": ("id", "2024-06-12", """JAKARTA – Timnas Indonesia menang 2-0 pada laga terakhir kualifikasi Piala Dunia melawan Filipina di Stadion Utama Gelora Bung Karno.

Laga itu disaksikan 60.000 penonton. Di Bandung, Persib kalah 1-3 dari Persija.
""", number_rule("win", "2", "menang") + number_rule("crowd", "60000", "disaksikan") + number_rule("persib", "3", "kalah"), {
        # a score is no figure of anything: neither 2 nor "0 pada", nor a range of 1 to 3
        "win": ("silent", None),
        "crowd": ("agrees", "Laga itu disaksikan 60.000 penonton."),
        "persib": ("silent", None),
    }),
    "en-football": ("en", "2024-03-06", """LONDON (Reuters) - Arsenal beat Chelsea 5-0 at the Emirates on Tuesday, with Kai Havertz scoring twice.

Tottenham lost 2-4 at home, and 3-5 players are expected to miss the next game.
""", number_rule("arsenal", "50000", "beat") + number_rule("tottenham", "4", "lost")
        + number_rule("injured", "4", "players"), {
        "arsenal": ("silent", None),
        "tottenham": ("silent", None),
        # a range of players stays one
        "injured": ("agrees", "Tottenham lost 2-4 at home, and 3-5 players are expected to miss the next game."),
    }),
    "es-football": ("es", "2024-03-06", """MADRID – El Atlético de Madrid perdió 0-2 en casa y tiene 12 lesionados, informó el club.
""", number_rule("injured", "12", "perdió"), {
        # not the range of 0 to 2 just after the anchor
        "injured": ("agrees", "El Atlético de Madrid perdió 0-2 en casa y tiene 12 lesionados, informó el club."),
    }),
    "zh": ("zh", "2024-03-18", """国家统计局周一公布，2月份全国城镇调查失业率为5.3%，比上月上升0.2个百分点。

上证指数收盘上涨35点，两市成交额达1.2万亿元。
""", number_rule("jobless-change", "0.2", "上升", unit="percentage point")
        + number_rule("jobless", "5.3", "失业率", unit="percent")
        + number_rule("turnover", "1200000000000", "成交额", unit="CNY"), {
        "jobless-change": ("agrees", "国家统计局周一公布，2月份全国城镇调查失业率为5.3%，比上月上升0.2个百分点。"),
        "jobless": ("agrees", "国家统计局周一公布，2月份全国城镇调查失业率为5.3%，比上月上升0.2个百分点。"),
        "turnover": ("agrees", "上证指数收盘上涨35点，两市成交额达1.2万亿元。"),
    }),
    "fr-plan": ("fr", "2024-03-05", """PARIS – Le gouvernement a présenté mardi un plan de 10 ans pour rénover 500 000 logements, a annoncé le ministre Christophe Béchu.

Le plan coûtera 5 milliards d'euros.
""", number_rule("homes", "500000", "plan") + number_rule("length", "10", "plan", unit="year")
        + number_rule("cost", "5000000000", "coûtera", unit="EUR"), {
        # "un plan de 10 ans": the plan's length, no count of what it was presented with
        "homes": ("agrees", "Le gouvernement a présenté mardi un plan de 10 ans pour rénover 500 000 logements, a annoncé le ministre Christophe Béchu."),
        "length": ("agrees", "Le gouvernement a présenté mardi un plan de 10 ans pour rénover 500 000 logements, a annoncé le ministre Christophe Béchu."),
        "cost": ("agrees", "Le plan coûtera 5 milliards d'euros."),
    }),
    "en-plan": ("en", "2024-03-05", """LONDON – The government unveiled a 10-year plan to build 300,000 homes on Tuesday, housing secretary Angela Rayner said.

After a 14-hour debate, the bill passed with 81 votes in favour.
""", number_rule("homes", "300000", "plan") + number_rule("votes", "81", "debate"), {
        "homes": ("agrees", "The government unveiled a 10-year plan to build 300,000 homes on Tuesday, housing secretary Angela Rayner said."),
        "votes": ("agrees", "After a 14-hour debate, the bill passed with 81 votes in favour."),
    }),
    "it-plan": ("it", "2024-03-05", """ROMA – Il governo ha varato un piano di 10 anni per assumere 30.000 medici, ha annunciato il ministro Orazio Schillaci.
""", number_rule("doctors", "30000", "piano"), {
        "doctors": ("agrees", "Il governo ha varato un piano di 10 anni per assumere 30.000 medici, ha annunciato il ministro Orazio Schillaci."),
    }),
    "ru-rate": ("ru", "2023-12-15", """МОСКВА – Банк России повысил ключевую ставку на 2 п.п., до 15% годовых, сообщил регулятор в пятницу.

Инфляция в ноябре составила 7,5% в годовом выражении.
""", number_rule("rate", "14", "ставку", unit="percent") + number_rule("step", "2", "повысил", unit="percentage point"), {
        # raised to 15%, not "up to 15%", which 14% would agree with
        "rate": ("contradicts", "Банк России повысил ключевую ставку на 2 п.п., до 15% годовых, сообщил регулятор в пятницу."),
        "step": ("agrees", "Банк России повысил ключевую ставку на 2 п.п., до 15% годовых, сообщил регулятор в пятницу."),
    }),
    "uk-rate": ("uk", "2024-03-14", """КИЇВ – Національний банк знизив облікову ставку на 1 в.п., до 14,5% річних, повідомили в НБУ в четвер.
""", number_rule("rate", "14", "ставку", unit="percent"), {
        "rate": ("contradicts", "Національний банк знизив облікову ставку на 1 в.п., до 14,5% річних, повідомили в НБУ в четвер."),
    }),
    "pl-rate": ("pl", "2023-09-07", """WARSZAWA – Rada Polityki Pieniężnej obniżyła stopy procentowe o 0,75 pkt proc., do 6 proc., poinformował NBP w środę.
""", number_rule("rate", "5.75", "stopy", unit="percent"), {
        "rate": ("contradicts", "Rada Polityki Pieniężnej obniżyła stopy procentowe o 0,75 pkt proc., do 6 proc., poinformował NBP w środę."),
    }),
    "es-jobs": ("es", "2024-03-04", """MADRID – El paro registrado bajó en 33.405 personas en febrero, hasta 2,76 millones de desempleados, informó el Ministerio de Trabajo.

El Gobierno prevé que hasta 500.000 personas encuentren empleo este año.
""", number_rule("jobless", "2700000", "desempleados") + number_rule("hires", "600000", "empleo"), {
        # fell to 2.76 million, which 2.7 million is not
        "jobless": ("contradicts", "El paro registrado bajó en 33.405 personas en febrero, hasta 2,76 millones de desempleados, informó el Ministerio de Trabajo."),
        # "hasta 500.000 personas" with no change before it: up to 500,000
        "hires": ("contradicts", "El Gobierno prevé que hasta 500.000 personas encuentren empleo este año."),
    }),
    "pt-jobs": ("pt", "2024-03-28", """BRASÍLIA – O desemprego caiu 0,4 ponto percentual, até 7,4% no trimestre encerrado em fevereiro, informou o IBGE.

O governo quer criar até 2 milhões de vagas neste ano.
""", number_rule("jobless", "7", "desemprego", unit="percent") + number_rule("vacancies", "2000000", "vagas"), {
        # fell to 7.4%, which 7% is not
        "jobless": ("contradicts", "O desemprego caiu 0,4 ponto percentual, até 7,4% no trimestre encerrado em fevereiro, informou o IBGE."),
        "vacancies": ("agrees", "O governo quer criar até 2 milhões de vagas neste ano."),  # up to 2 million
    }),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_of_real_news_are_read_as_they_are_meant(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
