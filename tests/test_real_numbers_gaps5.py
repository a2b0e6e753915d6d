"""Figures as real news writes them, end to end: the level a change reached, not the
amount nor the value it started from ("rose to 4.0% in May from 3.9%", "a baissé de 37 000
…, à 2,8 millions", "calati di 12.000, fino a 1,88 milioni", "ist um 8.000 auf 2,81 Millionen
gestiegen", "上涨35点，报3047点", "744円63銭高の3万9910円82銭", "25.3포인트 오른 2,674.27로"),
Japanese and Korean points of per cent ("0.2%ポイント", "0.5%포인트"), a Russian rate with a
dot ("92.345 рубля", "99.9876 рубля"), a Ukrainian verb after a magnitude ("6,2 забрав"), a
count before a name and its number ("Twenty Formula 1 drivers"), Azerbaijani "yeni" (new),
and ages, which count nobody ("a 45-year-old man was arrested"); the verdict of each rule
and the sentence it rests on."""

from __future__ import annotations

import pytest
from real_news import number_rule, read_case, stated

# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    "en-jobs": ("en", "2024-06-07", """WASHINGTON (Reuters) - The U.S. unemployment rate rose to 4.0% in May from 3.9% in April, the Labor Department said on Friday.

Nonfarm payrolls increased by 272,000 jobs last month. Sales at U.S. retailers fell by 5,000 to 120,000 stores over the year, an industry group said.
""", number_rule("rate", "4", "unemployment rate", unit="percent")
        + number_rule("april", "3.9", "unemployment rate", unit="percent")
        + number_rule("stores", "118000", "stores"), {
        # the rate reached, not the one it rose from
        "rate": ("agrees", "The U.S. unemployment rate rose to 4.0% in May from 3.9% in April, the Labor Department said on Friday."),
        "april": ("contradicts", "The U.S. unemployment rate rose to 4.0% in May from 3.9% in April, the Labor Department said on Friday."),
        # "by 5,000 to 120,000": two values of a change, no range of 5,000 to 120,000
        "stores": ("contradicts", "Sales at U.S. retailers fell by 5,000 to 120,000 stores over the year, an industry group said."),
    }),
    "en-trade": ("en", "2024-04-12", """BEIJING (Reuters) - China's exports fell 3% in March, while imports rose to $200 billion, customs data showed.
""", number_rule("exports", "3", "exports"), {
        # two changes, each with its verb: the imports reached $200 billion, the exports did not
        "exports": ("unclear", "China's exports fell 3% in March, while imports rose to $200 billion, customs data showed."),
    }),
    "fr-jobs": ("fr", "2024-01-26", """PARIS – Le nombre de demandeurs d'emploi sans aucune activité a baissé de 37 000 au quatrième trimestre, à 2,8 millions, selon la Dares.

Sur un an, il recule de 1,2 %. Le taux de chômage est passé de 7,3 % à 7,5 %, selon l'Insee.
""", number_rule("jobless", "2800000", "demandeurs d'emploi") + number_rule("drop", "37000", "baissé")
        + number_rule("rate", "7.3", "taux de chômage", unit="percent"), {
        "jobless": ("agrees", "Le nombre de demandeurs d'emploi sans aucune activité a baissé de 37 000 au quatrième trimestre, à 2,8 millions, selon la Dares."),
        # a rule about the verb of the change reads its amount
        "drop": ("agrees", "Le nombre de demandeurs d'emploi sans aucune activité a baissé de 37 000 au quatrième trimestre, à 2,8 millions, selon la Dares."),
        # went from 7.3% to 7.5%: the rate is 7.5%, no range that 7.3% falls in
        "rate": ("contradicts", "Le taux de chômage est passé de 7,3 % à 7,5 %, selon l'Insee."),
    }),
    "it-jobs": ("it", "2024-01-31", """ROMA – I disoccupati sono calati di 12.000 unità a dicembre, fino a 1,88 milioni, secondo le stime dell'Istat.

Il tasso di disoccupazione giovanile è salito al 20,1%.
""", number_rule("jobless", "1800000", "disoccupati"), {
        # fell to 1.88 million, which 1.8 million is not ("fino a" after a change is no "up to")
        "jobless": ("contradicts", "I disoccupati sono calati di 12.000 unità a dicembre, fino a 1,88 milioni, secondo le stime dell'Istat."),
    }),
    "fr-deficit": ("fr", "2024-03-26", """PARIS – Le déficit public de la France a atteint 5,5 % du PIB en 2023, contre 4,8 % en 2022, a annoncé l'Insee mardi.

La dette publique s'élève à 3 101 milliards d'euros, soit 110,6 % du PIB.
""", number_rule("deficit", "5.5", "déficit", unit="percent"), {
        # "contre 4,8 %": the year it is compared with
        "deficit": ("agrees", "Le déficit public de la France a atteint 5,5 % du PIB en 2023, contre 4,8 % en 2022, a annoncé l'Insee mardi."),
    }),
    "it-inflation": ("it", "2024-03-01", """ROMA – L'inflazione in Italia è scesa allo 0,8% a febbraio dall'1,2% di gennaio, secondo l'Istat.

Il carrello della spesa è aumentato del 3,7% su base annua.
""", number_rule("inflation", "0.8", "inflazione", unit="percent"), {
        # "allo", "dall'": the prepositions with their articles
        "inflation": ("agrees", "L'inflazione in Italia è scesa allo 0,8% a febbraio dall'1,2% di gennaio, secondo l'Istat."),
    }),
    "ru-inflation": ("ru", "2024-03-13", """МОСКВА – Годовая инфляция в России в феврале ускорилась до 7,7% с 7,4% в январе, сообщил Росстат.

Ключевая ставка ЦБ остается на уровне 16% годовых.
""", number_rule("inflation", "7.7", "инфляция", unit="percent"), {
        "inflation": ("agrees", "Годовая инфляция в России в феврале ускорилась до 7,7% с 7,4% в январе, сообщил Росстат."),
    }),
    "de-jobs": ("de", "2024-01-31", """NÜRNBERG – Die Zahl der Arbeitslosen ist im Januar um 8.000 auf 2,81 Millionen gestiegen, teilte die Bundesagentur für Arbeit am Mittwoch mit.

Die Arbeitslosenquote stieg von 5,7 auf 5,8 Prozent.
""", number_rule("jobless", "2810000", "Arbeitslosen") + number_rule("quota", "5.8", "Arbeitslosenquote"), {
        # the participle closes the clause: the change is read all the same
        "jobless": ("agrees", "Die Zahl der Arbeitslosen ist im Januar um 8.000 auf 2,81 Millionen gestiegen, teilte die Bundesagentur für Arbeit am Mittwoch mit."),
        "quota": ("agrees", "Die Arbeitslosenquote stieg von 5,7 auf 5,8 Prozent."),
    }),
    "pt-jobs": ("pt", "2024-03-28", """SÃO PAULO – A taxa de desemprego no Brasil subiu para 7,8% no trimestre encerrado em fevereiro, segundo o IBGE.

O número de desocupados aumentou 5,2%, para 8,5 milhões de pessoas. A população ocupada somou 100,2 milhões.
""", number_rule("jobless", "8500000", "desocupados"), {
        # the amount right after the verb ("aumentou 5,2%"), the value reached after "para"
        "jobless": ("agrees", "O número de desocupados aumentou 5,2%, para 8,5 milhões de pessoas."),
    }),
    "tr-jobs": ("tr", "2024-03-11", """ANKARA – Türkiye'de işsizlik oranı ocak ayında yüzde 8,5 oldu, TÜİK açıkladı.

İşsiz sayısı 92 bin kişi azalarak 3 milyon 58 bin kişiye geriledi. Yıllık enflasyon yüzde 64,8'den yüzde 67,1'e yükseldi.
""", number_rule("jobless", "3058000", "İşsiz sayısı") + number_rule("inflation", "64.8", "enflasyon", unit="percent"), {
        # the case says the part: "azalarak" after the amount, the dative on the value reached
        "jobless": ("agrees", "İşsiz sayısı 92 bin kişi azalarak 3 milyon 58 bin kişiye geriledi."),
        # and the ablative on the value it started from
        "inflation": ("contradicts", "Yıllık enflasyon yüzde 64,8'den yüzde 67,1'e yükseldi."),
    }),
    "nl-jobs": ("nl", "2024-03-21", """DEN HAAG – De werkloosheid is in februari gestegen naar 3,7 procent, meldt het Centraal Bureau voor de Statistiek (CBS).

Het aantal werklozen steeg met 9.000 tot 370.000 mensen.
""", number_rule("jobless", "200000", "werklozen"), {
        # "met 9.000 tot 370.000": two values of a change, no range that 200,000 falls in
        "jobless": ("contradicts", "Het aantal werklozen steeg met 9.000 tot 370.000 mensen."),
    }),
    "id-jobs": ("id", "2024-05-06", """JAKARTA – Badan Pusat Statistik (BPS) mencatat tingkat pengangguran terbuka turun menjadi 4,82 persen pada Februari 2024 dari 5,45 persen setahun sebelumnya.
""", number_rule("rate", "4.82", "pengangguran", unit="percent"), {
        "rate": ("agrees", "Badan Pusat Statistik (BPS) mencatat tingkat pengangguran terbuka turun menjadi 4,82 persen pada Februari 2024 dari 5,45 persen setahun sebelumnya."),
    }),
    "de-inflation": ("de", "2024-04-02", """WIESBADEN – Die Inflationsrate in Deutschland ist im März auf 2,2 Prozent gesunken, nach 2,5 Prozent im Februar, teilte das Statistische Bundesamt mit.
""", number_rule("inflation", "2.2", "Inflationsrate", unit="percent"), {
        # "nach 2,5 Prozent": the rate it fell from
        "inflation": ("agrees", "Die Inflationsrate in Deutschland ist im März auf 2,2 Prozent gesunken, nach 2,5 Prozent im Februar, teilte das Statistische Bundesamt mit."),
    }),
    "hi-reserves": ("hi", "2024-03-09", """नई दिल्ली – देश का विदेशी मुद्रा भंडार 6.55 अरब डॉलर बढ़कर 625.6 अरब डॉलर पर पहुंच गया, रिज़र्व बैंक ने बताया।
""", number_rule("reserves", "625600000000", "विदेशी मुद्रा भंडार", unit="USD"), {
        # the amount before "बढ़कर" (having risen), the value reached with "पर"
        "reserves": ("agrees", "नई दिल्ली – देश का विदेशी मुद्रा भंडार 6.55 अरब डॉलर बढ़कर 625.6 अरब डॉलर पर पहुंच गया, रिज़र्व बैंक ने बताया।"),
    }),
    "fr-markets": ("fr", "2024-03-26", """PARIS – Le CAC 40 a terminé en hausse de 0,8 %, à 8 204 points, porté par le luxe.
""", number_rule("index", "8204", "CAC 40"), {
        # the 40 of the index's name is no figure of it, nor is the rise
        "index": ("agrees", "Le CAC 40 a terminé en hausse de 0,8 %, à 8 204 points, porté par le luxe."),
    }),
    "en-markets": ("en", "2024-03-26", """LONDON (Reuters) - Britain's FTSE 100 closed up 0.8% at 7,931 points on Tuesday, led by mining stocks.
""", number_rule("index", "7931", "FTSE 100"), {
        "index": ("agrees", "Britain's FTSE 100 closed up 0.8% at 7,931 points on Tuesday, led by mining stocks."),
    }),
    "es-markets": ("es", "2024-03-26", """MADRID – El Ibex 35 cerró con una subida del 1,2%, hasta los 10.923 puntos.

El IPC se moderó al 2,8% en febrero desde el 3,4% de enero.
""", number_rule("index", "10923", "Ibex 35") + number_rule("inflation", "2.8", "IPC", unit="percent"), {
        "index": ("agrees", "El Ibex 35 cerró con una subida del 1,2%, hasta los 10.923 puntos."),
        "inflation": ("agrees", "El IPC se moderó al 2,8% en febrero desde el 3,4% de enero."),
    }),
    "vi-prices": ("vi", "2024-04-06", """HÀ NỘI – Tỷ lệ lạm phát của Việt Nam trong tháng 3 tăng từ 3,98% lên 4,2%, theo Tổng cục Thống kê.

Giá xăng giảm 500 đồng xuống còn 24.000 đồng mỗi lít.
""", number_rule("inflation", "4.2", "lạm phát", unit="percent") + number_rule("fuel", "24000", "Giá xăng"), {
        "inflation": ("agrees", "Tỷ lệ lạm phát của Việt Nam trong tháng 3 tăng từ 3,98% lên 4,2%, theo Tổng cục Thống kê."),
        "fuel": ("agrees", "Giá xăng giảm 500 đồng xuống còn 24.000 đồng mỗi lít."),
    }),
    "zh-stocks": ("zh", "2024-03-01", """新华社上海3月1日电 周五，上证指数上涨35点，报3047点，涨幅1.16%。

沪深两市成交额达8500亿元。
""", number_rule("index", "3047", "上证指数") + number_rule("rise", "35", "上涨"), {
        # rose 35 points, to 3,047: the index's level, and the rise's amount
        "index": ("agrees", "周五，上证指数上涨35点，报3047点，涨幅1.16%。"),
        "rise": ("agrees", "周五，上证指数上涨35点，报3047点，涨幅1.16%。"),
    }),
    "ja-nikkei": ("ja", "2024-03-01", """東京 – 1日の東京株式市場で日経平均株価は大幅続伸し、前日比744円63銭高の3万9910円82銭で取引を終えた。

東証プライムの売買代金は5兆円を超えた。
""", number_rule("nikkei", "39910.82", "日経平均株価"), {
        # the sen after the yen are hundredths of it, and the amount of the rise is no level
        "nikkei": ("agrees", "東京 – 1日の東京株式市場で日経平均株価は大幅続伸し、前日比744円63銭高の3万9910円82銭で取引を終えた。"),
    }),
    "ko-kospi": ("ko", "2024-03-06", """서울 – 코스피는 전날보다 25.3포인트 오른 2,674.27로 마감했다.

외국인은 4천억 원어치를 순매수했다.
""", number_rule("kospi", "2674.27", "코스피"), {
        # the points of an index are no points of per cent
        "kospi": ("agrees", "서울 – 코스피는 전날보다 25.3포인트 오른 2,674.27로 마감했다."),
    }),
    "ar-inflation": ("ar", "2024-03-10", """القاهرة – ارتفع معدل التضخم السنوي في مصر إلى 35.7% في فبراير من 29.8% في يناير، بحسب الجهاز المركزي للتعبئة العامة والإحصاء.

ويبلغ عدد سكان مصر نحو 106 ملايين نسمة.
""", number_rule("inflation", "35.7", "التضخم", unit="percent"), {
        "inflation": ("agrees", "القاهرة – ارتفع معدل التضخم السنوي في مصر إلى 35.7% في فبراير من 29.8% في يناير، بحسب الجهاز المركزي للتعبئة العامة والإحصاء."),
    }),
    "sw-inflation": ("sw", "2024-03-10", """NAIROBI – Mfumuko wa bei nchini Kenya ulipungua hadi asilimia 6.3 mwezi Februari kutoka asilimia 6.9 mwezi Januari, Ofisi ya Takwimu ilisema.
""", number_rule("inflation", "6.3", "Mfumuko wa bei", unit="percent"), {
        "inflation": ("agrees", "Mfumuko wa bei nchini Kenya ulipungua hadi asilimia 6.3 mwezi Februari kutoka asilimia 6.9 mwezi Januari, Ofisi ya Takwimu ilisema."),
    }),
    "ja-points": ("ja", "2024-03-29", """東京 – 総務省が29日発表した2月の完全失業率は2.6%で、前月から0.2%ポイント上昇した。

就業者数は6700万人だった。
""", number_rule("rise", "0.2", "上昇", unit="percentage point") + number_rule("rise-pct", "0.2", "上昇", unit="percent")
        + number_rule("rate", "2.6", "失業率", unit="percent"), {
        "rise": ("agrees", "東京 – 総務省が29日発表した2月の完全失業率は2.6%で、前月から0.2%ポイント上昇した。"),
        "rise-pct": ("silent", None),  # points of per cent, no per cent
        "rate": ("agrees", "東京 – 総務省が29日発表した2月の完全失業率は2.6%で、前月から0.2%ポイント上昇した。"),
    }),
    "ko-points": ("ko", "2024-03-13", """서울 – 통계청이 13일 발표한 고용동향에 따르면 2월 실업률은 3.2%로 전년 동월보다 0.5%포인트 상승했다.

청년층 실업률은 0.3%p 하락했다.
""", number_rule("rise", "0.5", "상승", unit="percentage point")
        + number_rule("youth", "0.3", "하락", unit="percentage point"), {
        "rise": ("agrees", "서울 – 통계청이 13일 발표한 고용동향에 따르면 2월 실업률은 3.2%로 전년 동월보다 0.5%포인트 상승했다."),
        "youth": ("agrees", "청년층 실업률은 0.3%p 하락했다."),
    }),
    "ru-rate": ("ru", "2024-03-01", """МОСКВА – Банк России установил официальный курс доллара на 2 марта в размере 92.345 рубля, евро – 99.9876 рубля.

Более 2.000 человек пришли на биржевой форум в Москве.
""", number_rule("usd", "92.345", "курс доллара", unit="RUB") + number_rule("eur", "100", "евро", unit="RUB")
        + number_rule("visitors", "2000", "человек"), {
        # three digits after the dot: a rate's decimals as often as a count's thousands, and the
        # plural of the rouble says which (92,345 would be "рублей")
        "usd": ("agrees", "Банк России установил официальный курс доллара на 2 марта в размере 92.345 рубля, евро – 99.9876 рубля."),
        # four are decimals: 99.9876 roubles, not 99
        "eur": ("contradicts", "Банк России установил официальный курс доллара на 2 марта в размере 92.345 рубля, евро – 99.9876 рубля."),
        "visitors": ("agrees", "Более 2.000 человек пришли на биржевой форум в Москве."),
    }),
    "uk-quake": ("uk", "2024-03-01", """КИЇВ – Землетрус магнітудою 6,2 забрав життя 12 людей на сході Туреччини, повідомили рятувальники.
""", number_rule("magnitude", "6.2", "магнітудою") + number_rule("dead", "12", "забрав"), {
        # "6,2 забрав": a verb, no noun the magnitude counts
        "magnitude": ("agrees", "Землетрус магнітудою 6,2 забрав життя 12 людей на сході Туреччини, повідомили рятувальники."),
        "dead": ("agrees", "Землетрус магнітудою 6,2 забрав життя 12 людей на сході Туреччини, повідомили рятувальники."),
    }),
    "en-f1": ("en", "2024-03-01", """SAKHIR, Bahrain (AP) — Twenty Formula 1 drivers will line up on Saturday for the season opener, the first of 24 races this year.
""", number_rule("drivers", "20", "line up", unit="drivers") + number_rule("races", "24", "races"), {
        "drivers": ("agrees", "SAKHIR, Bahrain (AP) — Twenty Formula 1 drivers will line up on Saturday for the season opener, the first of 24 races this year."),
        "races": ("agrees", "SAKHIR, Bahrain (AP) — Twenty Formula 1 drivers will line up on Saturday for the season opener, the first of 24 races this year."),
    }),
    "az-schools": ("az", "2024-09-02", """BAKI – Təhsil Nazirliyi bu il 12 yeni məktəb açıldığını bildirib.
""", number_rule("schools", "12", "məktəb") + number_rule("yen", "12", "məktəb", unit="JPY"), {
        "schools": ("agrees", "Təhsil Nazirliyi bu il 12 yeni məktəb açıldığını bildirib."),
        "yen": ("silent", None),  # "yeni": new, no yen
    }),
    "en-age": ("en", "2024-03-02", """LONDON – A 45-year-old man was arrested on Saturday after a car hit a crowd outside a stadium, police said.
""", number_rule("arrested", "3", "arrested"), {
        # an age counts nobody
        "arrested": ("silent", None),
    }),
    "fr-age": ("fr", "2024-03-02", """LYON – Un homme de 45 ans a été interpellé samedi après une course-poursuite, selon la préfecture.
""", number_rule("arrested", "3", "interpellé"), {
        "arrested": ("silent", None),
    }),
    "de-age": ("de", "2024-03-02", """MÜNCHEN – Ein 45-jähriger Mann wurde am Samstag festgenommen, teilte die Polizei mit.

Der Bürgermeister tritt nach seiner 10-jährigen Amtszeit zurück.
""", number_rule("arrested", "3", "festgenommen") + number_rule("term", "10", "Amtszeit", unit="year"), {
        # the years written on the man are his, no count of the arrested
        "arrested": ("silent", None),
        "term": ("agrees", "Der Bürgermeister tritt nach seiner 10-jährigen Amtszeit zurück."),
    }),
    "pl-age": ("pl", "2024-03-02", """WARSZAWA – Policja zatrzymała 45-letniego mężczyznę podejrzanego o podpalenie, podała rzeczniczka.
""", number_rule("arrested", "3", "zatrzymała"), {
        # a figure joined by a hyphen to the word it makes an adjective of counts nobody
        "arrested": ("silent", None),
    }),
    "ru-age": ("ru", "2024-03-02", """МОСКВА – Полиция задержала 45-летнего мужчину по подозрению в поджоге, сообщили в МВД.
""", number_rule("arrested", "3", "задержала"), {
        "arrested": ("silent", None),
    }),
    "tr-age": ("tr", "2024-03-02", """İSTANBUL – Polis, kundaklama şüphesiyle 45 yaşındaki bir adamı gözaltına aldı.
""", number_rule("arrested", "3", "gözaltına"), {
        "arrested": ("silent", None),  # "45 yaşındaki": at the age of 45
    }),
    "ja-age": ("ja", "2024-03-02", """東京 – 警視庁は放火の疑いで45歳の男を逮捕した。
""", number_rule("arrested", "3", "逮捕"), {
        "arrested": ("silent", None),
    }),
    "id-age": ("id", "2024-03-02", """JAKARTA – Polisi menangkap seorang pria berusia 45 tahun atas dugaan pembakaran.
""", number_rule("arrested", "3", "menangkap"), {
        "arrested": ("silent", None),
    }),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_of_real_news_are_read_as_they_are_meant(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
