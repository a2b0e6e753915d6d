"""End to end: dates as news writes them where they were misread or not read — a
weekday with a present that schedules or with a present that is a future (Japanese and
Korean non-past verbs too), in a headline and in the body, a day and month with a slash
after "le", a figure after a month that counts a noun, an ordinal day alone, a part
of a month without a year, a month cut longer than CLDR's abbreviation, a date after a
place that opens a Lithuanian sentence, ranges and lists of days, weekdays joined by an
"and" written on the second — checked by rules of each built-in type, verdict and the
sentence of the first evidence."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, read_case, stated


SEPTEMBER = "2023-09-14"  # a Thursday: "on Sunday" ahead is the 17th, behind the 10th


def range_rule(rule: str, first: str, last: str, *about: str) -> str:
    return f"- {{id: {rule}, check: date, expect: {{from: {first}, to: {last}}}, about: [{', '.join(about)}]}}\n"


# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    "en": ("en", SEPTEMBER, """Voters go to the polls on Sunday

Voters go to the polls on Sunday in the first national election since the 2019 crisis. The electoral commission said on Tuesday that more than 4.2 million people had registered.

March 15 people were arrested during protests in the capital, the commission recalled. The results are due on the 20th.

Opposition leader Maria Santos did not accept the invitation to a televised debate.
""", date_rule("election-date", "2023-09-17", "polls", "election")
        + date_rule("results-date", "2023-09-20", "results")
        + date_rule("arrests-date", "2023-03-15", "arrested")
        + number_rule("voters", ">= 4000000", "registered")
        + phrase_rule("debate-accepted", "Maria Santos accepted the invitation")
        + entity_rule("leader", "Maria Santos", "Ana Costa", "opposition"), {
        # the headline's present may tell the past: the body's sentence dates the vote
        "election-date": ("agrees", ("Voters go to the polls on Sunday in the first national election since the 2019 "
                                     "crisis.")),
        "results-date": ("agrees", "The results are due on the 20th."),
        "arrests-date": ("silent", None),  # fifteen people, no 15 March
        "voters": ("agrees", ("The electoral commission said on Tuesday that more than 4.2 million people had "
                              "registered.")),
        "debate-accepted": ("contradicts", ("Opposition leader Maria Santos did not accept the invitation to a "
                                            "televised debate.")),
        "leader": ("agrees", "Opposition leader Maria Santos did not accept the invitation to a televised debate."),
    }),
    "de": ("de", SEPTEMBER, """Landtagswahl: Die Wahl ist am Sonntag

Die Wahl ist am Sonntag, rund 6,1 Millionen Menschen sind wahlberechtigt. Die Briefwahl lief vom 4. bis 15. und am 16. September in den Rathäusern.

Der Ministerpräsident ist am Montag nach Brüssel gereist.
""", date_rule("election-date", "2023-09-17", "Wahl")
        + range_rule("postal-vote", "2023-09-04", "2023-09-16", "Briefwahl")
        + date_rule("trip-date", "2023-09-11", "gereist")
        + number_rule("voters", ">= 6000000", "wahlberechtigt"), {
        "election-date": ("agrees", "Die Wahl ist am Sonntag, rund 6,1 Millionen Menschen sind wahlberechtigt."),
        "postal-vote": ("agrees", "Die Briefwahl lief vom 4. bis 15. und am 16. September in den Rathäusern."),
        "trip-date": ("agrees", "Der Ministerpräsident ist am Montag nach Brüssel gereist."),
        "voters": ("agrees", "Die Wahl ist am Sonntag, rund 6,1 Millionen Menschen sind wahlberechtigt."),
    }),
    "nl": ("nl", SEPTEMBER, """Amsterdam – De verkiezingen zijn zondag. Volgens het CBS mogen ruim 13 miljoen Nederlanders stemmen.

De premier is maandag vertrokken naar Brussel.
""", date_rule("election-date", "2023-09-17", "verkiezingen")
        + date_rule("trip-date", "2023-09-11", "vertrokken")
        + number_rule("voters", ">= 13000000", "stemmen"), {
        "election-date": ("agrees", "Amsterdam – De verkiezingen zijn zondag."),
        "trip-date": ("agrees", "De premier is maandag vertrokken naar Brussel."),
        "voters": ("agrees", "Volgens het CBS mogen ruim 13 miljoen Nederlanders stemmen."),
    }),
    "uz": ("uz", SEPTEMBER, """Toshkent. Prezident juma kuni soliq islohoti to'g'risidagi farmonni imzolaydi. Hujjat loyihasi seshanba kuni parlamentda muhokama qilindi.
""", date_rule("signing-date", "2023-09-15", "farmonni")
        + date_rule("debate-date", "2023-09-12", "muhokama"), {
        "signing-date": ("agrees", "Prezident juma kuni soliq islohoti to'g'risidagi farmonni imzolaydi."),
        "debate-date": ("agrees", "Hujjat loyihasi seshanba kuni parlamentda muhokama qilindi."),
    }),
    "kk": ("kk", SEPTEMBER, """Астана. Президент жұма күні салық туралы заңға қол қояды. Заң жобасын Мәжіліс сейсенбі күні қабылдады.
""", date_rule("signing-date", "2023-09-15", "қол")
        + date_rule("vote-date", "2023-09-12", "қабылдады"), {
        "signing-date": ("agrees", "Президент жұма күні салық туралы заңға қол қояды."),
        "vote-date": ("agrees", "Заң жобасын Мәжіліс сейсенбі күні қабылдады."),
    }),
    "hu": ("hu", SEPTEMBER, """Budapest – A miniszter pénteken aláírja a gázszerződést. A tárgyalások kedden zárultak le.
""", date_rule("signing-date", "2023-09-15", "aláírja")
        + date_rule("talks-end", "2023-09-12", "tárgyalások"), {
        "signing-date": ("agrees", "Budapest – A miniszter pénteken aláírja a gázszerződést."),
        "talks-end": ("agrees", "A tárgyalások kedden zárultak le."),
    }),
    "pl": ("pl", SEPTEMBER, """Warszawa – Premier ogłosi decyzję w sprawie podwyżek w piątek. Rozmowy ze związkowcami odbyły się we wtorek.
""", date_rule("decision-date", "2023-09-15", "decyzję")
        + date_rule("talks-date", "2023-09-12", "rozmowy"), {
        "decision-date": ("agrees", "Warszawa – Premier ogłosi decyzję w sprawie podwyżek w piątek."),
        "talks-date": ("agrees", "Rozmowy ze związkowcami odbyły się we wtorek."),
    }),
    "ru": ("ru", SEPTEMBER, """Москва. Депутаты решат вопрос о переносе выборов в пятницу, сообщили в Госдуме. Голосование назначено на 20-го числа.

Переговоры начались в середине марта.
""", date_rule("decision-date", "2023-09-15", "решат")
        + date_rule("vote-date", "2023-09-20", "голосование")
        + date_rule("talks-start", "2023-03", "переговоры"), {
        "decision-date": ("agrees", "Депутаты решат вопрос о переносе выборов в пятницу, сообщили в Госдуме."),
        "vote-date": ("agrees", "Голосование назначено на 20-го числа."),
        "talks-start": ("agrees", "Переговоры начались в середине марта."),
    }),
    "ms": ("ms", SEPTEMBER, """Mesyuarat Kabinet pada 13 Sept lalu memutuskan kenaikan gaji minimum kepada RM1,500.
""", date_rule("cabinet-date", "2023-09-13", "mesyuarat")
        + number_rule("wage", "1500", "gaji"), {
        "cabinet-date": ("agrees", ("Mesyuarat Kabinet pada 13 Sept lalu memutuskan kenaikan gaji minimum kepada "
                                    "RM1,500.")),
        "wage": ("agrees", "Mesyuarat Kabinet pada 13 Sept lalu memutuskan kenaikan gaji minimum kepada RM1,500."),
    }),
    "lt": ("lt", SEPTEMBER, """Vilniuje rugsėjo 13 d. Seimas priėmė biudžeto įstatymą. Už jį balsavo 78 Seimo nariai.
""", date_rule("budget-date", "2023-09-13", "Seimas", "priėmė")
        + number_rule("mps", "78", "balsavo"), {
        "budget-date": ("agrees", "Vilniuje rugsėjo 13 d. Seimas priėmė biudžeto įstatymą."),
        "mps": ("agrees", "Už jį balsavo 78 Seimo nariai."),
    }),
    "cs": ("cs", SEPTEMBER, """Brno – Mezinárodní strojírenský veletrh proběhne 13.–15. 9. na brněnském výstavišti. Organizátoři očekávají přes 40 tisíc návštěvníků.
""", range_rule("fair-dates", "2023-09-13", "2023-09-15", "veletrh")
        + number_rule("visitors", ">= 40000", "návštěvníků"), {
        "fair-dates": ("agrees", ("Brno – Mezinárodní strojírenský veletrh proběhne 13.–15. 9. na brněnském "
                                  "výstavišti.")),
        "visitors": ("agrees", "Organizátoři očekávají přes 40 tisíc návštěvníků."),
    }),
    "he": ("he", SEPTEMBER, """השביתה בנמלים נמשכה ביום שני ושלישי. לפי ההסתדרות השתתפו בה כ-3,000 עובדים.
""", range_rule("strike-days", "2023-09-11", "2023-09-12", "השביתה")
        + number_rule("workers", "3000", "עובדים"), {
        "strike-days": ("agrees", "השביתה בנמלים נמשכה ביום שני ושלישי."),
        "workers": ("agrees", "לפי ההסתדרות השתתפו בה כ-3,000 עובדים."),
    }),
    "ar": ("ar", SEPTEMBER, """استمر إضراب المعلمين يومي الاثنين والثلاثاء في عمان بمشاركة أكثر من 5 آلاف معلم.
""", range_rule("strike-days", "2023-09-11", "2023-09-12", "إضراب")
        + number_rule("teachers", ">= 5000", "معلم"), {
        "strike-days": ("agrees", "استمر إضراب المعلمين يومي الاثنين والثلاثاء في عمان بمشاركة أكثر من 5 آلاف معلم."),
        "teachers": ("agrees", "استمر إضراب المعلمين يومي الاثنين والثلاثاء في عمان بمشاركة أكثر من 5 آلاف معلم."),
    }),
    "tl": ("tl", SEPTEMBER, """Magpupulong ang Senado sa Biyernes para sa badyet

MAYNILA — Magpupulong ang Senado sa Biyernes upang talakayin ang panukalang badyet, ayon kay Senate President Juan Miguel Zubiri.

Nagpulong kahapon ang komite ng pananalapi. Hindi inaprubahan ng komite ang dagdag na pondo para sa Kongreso.
""", date_rule("session-date", "2023-09-15", "Magpupulong", "Senado")
        + date_rule("committee-date", "2023-09-13", "komite")
        + entity_rule("senate-head", "Juan Miguel Zubiri", "Koko Pimentel", "Senate President")
        + phrase_rule("funds-approved", "inaprubahan ng komite ang dagdag na pondo"), {
        "session-date": ("agrees", "Magpupulong ang Senado sa Biyernes para sa badyet"),
        "committee-date": ("agrees", "Nagpulong kahapon ang komite ng pananalapi."),
        "senate-head": ("agrees", ("Magpupulong ang Senado sa Biyernes upang talakayin ang panukalang badyet, "
                                   "ayon kay Senate President Juan Miguel Zubiri.")),
        "funds-approved": ("contradicts", "Hindi inaprubahan ng komite ang dagdag na pondo para sa Kongreso."),
    }),
    "eu": ("eu", SEPTEMBER, """Metalaren greba ostiralean egingo da

Bilbo — ELA eta LAB sindikatuek deitutako greba ostiralean egingo da Bizkaiko metalgintzan. Sindikatuen arabera, 50.000 langile baino gehiagori eragingo die.
""", date_rule("strike-date", "2023-09-15", "greba")
        + number_rule("workers", ">= 50000", "langile"), {
        "strike-date": ("agrees", "Metalaren greba ostiralean egingo da"),
        "workers": ("agrees", "Sindikatuen arabera, 50.000 langile baino gehiagori eragingo die."),
    }),
    "ga": ("ga", SEPTEMBER, """Beidh an toghchán ar siúl Dé hAoine i nDún na nGall. Dúirt an Coimisiún Toghcháin go bhfuil níos mó ná 120,000 vótálaí cláraithe.
""", date_rule("vote-date", "2023-09-15", "toghchán")
        + number_rule("voters", ">= 120000", "vótálaí"), {
        "vote-date": ("agrees", "Beidh an toghchán ar siúl Dé hAoine i nDún na nGall."),
        "voters": ("agrees", "Dúirt an Coimisiún Toghcháin go bhfuil níos mó ná 120,000 vótálaí cláraithe."),
    }),
    "hy": ("hy", SEPTEMBER, """Երևան, 14 սեպտեմբերի։ Ավագանու ընտրությունները տեղի կունենան կիրակի օրը։ Կենտրոնական ընտրական հանձնաժողովի տվյալներով՝ գրանցված է ավելի քան 800 հազար ընտրող։
""", date_rule("vote-date", "2023-09-17", "ընտրությունները")
        + number_rule("voters", ">= 800000", "ընտրող"), {
        "vote-date": ("agrees", "Ավագանու ընտրությունները տեղի կունենան կիրակի օրը։"),
        "voters": ("agrees", "Կենտրոնական ընտրական հանձնաժողովի տվյալներով՝ գրանցված է ավելի քան 800 հազար ընտրող։"),
    }),
    "ja": ("ja", SEPTEMBER, """東京都知事選は日曜日に行われる。

選挙管理委員会によると、有権者は約1100万人。現職の小池百合子知事は出馬しないと表明した。
""", date_rule("vote-date", "2023-09-17", "都知事選")
        + number_rule("voters", ">= 10000000", "有権者"), {
        "vote-date": ("agrees", "東京都知事選は日曜日に行われる。"),
        "voters": ("agrees", "選挙管理委員会によると、有権者は約1100万人。"),
    }),
    "ko": ("ko", SEPTEMBER, """서울시장 보궐선거는 이번 일요일에 치러진다. 선거관리위원회는 지난 수요일 후보 등록을 마감했다.
""", date_rule("vote-date", "2023-09-17", "보궐선거")
        + date_rule("registration-end", "2023-09-13", "마감했다"), {
        "vote-date": ("agrees", "서울시장 보궐선거는 이번 일요일에 치러진다."),
        "registration-end": ("agrees", "선거관리위원회는 지난 수요일 후보 등록을 마감했다."),
    }),
    "fr": ("fr", SEPTEMBER, """Grève à la SNCF : les électeurs du référendum votent dimanche

Les cheminots avaient cessé le travail le 13/09 à Paris, Lyon et Marseille. Les syndicats votent dimanche sur l'accord.

Plus de 3/4 des trains ont été annulés selon la direction.
""", date_rule("strike-date", "2023-09-13", "cessé", "travail")
        + date_rule("vote-date", "2023-09-17", "syndicats"), {
        "strike-date": ("agrees", "Les cheminots avaient cessé le travail le 13/09 à Paris, Lyon et Marseille."),
        "vote-date": ("agrees", "Les syndicats votent dimanche sur l'accord."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_dates_of_a_news_article_in_its_own_language(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
