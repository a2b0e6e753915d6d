"""Figures as real news writes them, end to end: times of day that are no counts of hours
("u 6 sati", "в 2 часа ночи", "lúc 19 giờ 15 phút", "a las 9", "at 14.30"), a mask's "N95"
that is no naira, the 元 of Taiwan news, the Egyptian pound's "ج.م", Indonesian "Seribu"
and "Liga 1", Basque endings and bounds after the noun, Kinyarwanda thousands with a comma,
a verb after a figure, a count after its anchor beside a magnitude, and the hours and bounds
of Luxembourgish, Maltese, Icelandic, Irish and Polish news, Swahili spans before the
figure, Korean quarters, Italian decimal dots, percentage points and Thai clauses written
without spaces; the verdict of each rule and the sentence it rests on."""

from __future__ import annotations

import pytest
from real_news import stated

from checker.testing import article, result, run_rules

HR = """SPLIT – Pomorci Jadrolinije stupili su u štrajk u ponedjeljak u 6 sati, a prekid rada trajao je 14 sati.

Prema podacima sindikata, u štrajku je sudjelovalo više od 1.200 radnika, a otkazano je 85 polazaka.

Ministar mora Oleg Butković nije prihvatio zahtjeve sindikata za povećanje plaća od 10 posto.
"""

RU = """Землетрясение магнитудой 7,0 произошло на Камчатке в 2 часа ночи по местному времени в среду.

Толчки продолжались около 40 секунд, пострадали 12 человек, сообщили в МЧС.

Заседание оперативного штаба началось в 14 часов и продлилось 3 часа.
"""

VI = """Trận chung kết Cúp Quốc gia giữa Hà Nội và Nam Định bắt đầu lúc 19 giờ 15 phút tối thứ Bảy trên sân Hàng Đẫy.

Khoảng 20.000 khán giả đã có mặt, ban tổ chức cho biết trận đấu kéo dài hơn 2 giờ.
"""

EN = """ANKARA, Feb 24 (Reuters) - A 6.2 earthquake killed 23 people in Malatya province on Monday, the disaster agency AFAD said.

Health workers asked for N95 masks, and the ministry sent 200,000 of them.

Parliament will debate the reconstruction bill at 14.30 on Thursday, in a session expected to last 6 hours.

President Tayyip Erdogan denied that the government had ignored building codes.
"""

ZH = """台積電昨日公布第三季財報，稅後純益達2,110億元，年減19.3%，每股盈餘8.14元。

董事長劉德音表示，公司將在高雄興建新廠，投資金額超過1兆元。
"""

AR = """القاهرة - حقق البنك الأهلي المصري أرباحا صافية بلغت 45 مليار ج.م خلال العام المالي الماضي، بزيادة 30 في المائة.

وقال رئيس البنك هشام عكاشة إن عدد العملاء تجاوز 20 مليون عميل.
"""

ID = """BANDUNG - Persib Bandung menjuarai Liga 1 setelah mengalahkan Madura United 3-1 pada leg kedua final, Jumat (31/5/2024).

Seribu polisi dikerahkan untuk mengamankan pertandingan yang disaksikan sekitar 30.000 penonton.

Pelatih Madura United, Mauricio Souza, tidak menghadiri konferensi pers usai laga.
"""

EU = """DONOSTIA. Langabezia %8,5ekoa izan zen iaz Gipuzkoan, Eustatek atzo jakinarazi zuenez.

Sindikatuen arabera, 5.000 langile baino gehiago batu ziren grebara, eta 1.200 lagun inguru bildu ziren manifestazioan.

Enpresak 25 milioi euroko irabaziak izan zituen 2023an.
"""

RW = """KIGALI – Komisiyo y'Igihugu y'Amatora yatangaje ko abantu barenga 9,000,000 biyandikishije ku rutonde rw'itora.

Abayobozi bavuze ko hazakoreshwa amafaranga miliyari 8,5 mu gutegura amatora.
"""

SK = """KOŠICE – Zemetrasenie s magnitúdou 5,2 zasiahlo v pondelok ráno východ krajiny. Zahynulo 12 ľudí a poškodených bolo viac ako 300 domov.

Zasadnutie krízového štábu sa začalo o 8. hodine a trvalo šesť hodín.
"""

TA = """சென்னை: ஊதிய உயர்வு கோரி சென்னையில் நேற்று 5,000 ஆசிரியர்கள் கூடினர்.

போராட்டம் காலை 10 மணிக்கு தொடங்கியது.
"""

ES = """SANTIAGO DE COMPOSTELA. Los colegios electorales abrieron a las 9 y cerrarán a las 20 horas, según la Xunta.

La participación alcanzó el 58,3 % a las 18.00, casi cuatro puntos más que hace cuatro años.

El candidato socialista no reconoció la derrota.
"""

LB = """LËTZEBUERG – Méi wéi 2.000 Leit hunn e Samschdeg um 14 Auer an der Stad géint d'Reform demonstréiert.

D'Regierung wëll ronn 50 Milliounen Euro an d'Pensiounskeess investéieren.

De Premier Luc Frieden huet d'Fuerderunge vun de Gewerkschaften net ugeholl.
"""

MT = """IL-BELT VALLETTA – Aktar minn 2,000 ruħ ipparteċipaw fil-protesta kontra l-bini eċċessiv nhar is-Sibt.

Il-Gvern ħabbar investiment ta' €25 miljun fil-pjan.

Il-Prim Ministru Robert Abela ma aċċettax il-proposta tal-Oppożizzjoni.
"""

IS = """REYKJAVÍK – Um 3.000 manns mættu á mótmælin á Austurvelli klukkan 14 í gær.

Hagnaður Landsbankans nam 12,5 milljörðum króna á fyrri helmingi ársins.
"""

GA = """BAILE ÁTHA CLIATH – Bhí os cionn 2,000 duine ag an agóid ar a 3 a chlog Dé Sathairn.

Mhair an stailc 3 lá.
"""

PL = """WARSZAWA – Strajk w kopalniach rozpoczął się o 6 rano i trwał 12 godzin.

Wzięło w nim udział ponad 1,5 tys. górników, a spółka straciła 40 mln zł.
"""

SW = """DODOMA – Tetemeko la ardhi la ukubwa wa 5.8 liliua watu 23 saa 8 usiku wa kuamkia Jumatatu.

Serikali imetenga shilingi bilioni 3 kwa mpango wa ujenzi upya wa miaka 5.
"""

KO = """삼성전자의 3분기 영업이익은 2조4천억 원으로 집계됐다.

회사 측은 반도체 부문의 적자가 1조 원 이상 줄었다고 밝혔다.
"""

IT = """L'AQUILA – Un terremoto di magnitudo 6.1 ha colpito l'Abruzzo alle 3.36 di notte, causando 29 vittime.

Il governo ha stanziato 500 milioni di euro per la ricostruzione.
"""

EN_ECONOMY = """LONDON – Britain's unemployment rate rose 0.3 percentage points to 4.2% in the three months to March, the Office for National Statistics said.

Wage growth eased to 5.7%, and more than 1,200 firms reported cutting jobs.
"""

TH = """กรุงเทพฯ – แผ่นดินไหวขนาด 6.2 ทำให้มีผู้เสียชีวิตอย่างน้อย 300 คน ในภาคเหนือของประเทศ

รัฐบาลอนุมัติงบประมาณ 500 ล้านบาท เพื่อช่วยเหลือผู้ประสบภัย
"""

EN_COURT = """MANCHESTER – A 45-year-old man was sentenced to 12 years in prison on Tuesday for the arson attack that killed three people.

The judge said the 19-year-old accomplice would serve 4 years.
"""

# language tag as a source states it: (language, published, text, rules, metadata)
CASES = {
    "hr": ("hr", "2024-02-06", HR, """
- {id: hr-start-hour, check: number, expect: 6, unit: hour, about: [štrajk]}
- {id: hr-duration, check: number, expect: 14, unit: hour, about: [prekid]}
- {id: hr-workers, check: number, expect: 1000, about: [radnika]}
- {id: hr-minister, check: entity, expect: Oleg Butković, alternatives: [Tomislav Ćorić], about: [Ministar]}
- {id: hr-demands, check: phrase, expect: ["Butković prihvatio zahtjeve sindikata"]}
""", {}),
    "ru": ("ru", "2024-08-21", RU, """
- {id: ru-magnitude, check: number, expect: 7.0, about: [магнитудой]}
- {id: ru-hour, check: number, expect: 2, unit: hour, about: [Камчатке]}
- {id: ru-injured, check: number, expect: 12, about: [пострадали]}
- {id: ru-meeting, check: number, expect: 3, unit: hour, about: [заседание]}
- {id: ru-date, check: date, expect: 2024-08-21, about: [землетрясение]}
""", {}),
    "vi": ("vi", "2024-06-30", VI, """
- {id: vi-kickoff, check: number, expect: 19, unit: hour, about: [chung kết]}
- {id: vi-crowd, check: number, expect: 20000, about: [khán giả]}
- {id: vi-length, check: number, expect: 2, unit: hour, about: [kéo dài]}
""", {}),
    "en": ("en", "2023-02-24", EN, """
- {id: en-dead, check: number, expect: 23, about: [killed]}
- {id: en-masks, check: number, expect: 200000, about: [masks]}
- {id: en-naira, check: number, expect: 95, unit: NGN, about: [masks]}
- {id: en-session, check: number, expect: 6, unit: hour, about: [session, debate]}
- {id: en-codes, check: phrase, expect: ["the government had ignored building codes"]}
""", {}),
    "zh-TW": ("zh", "2023-10-20", ZH, """
- {id: zh-profit, check: number, expect: 211000000000, unit: TWD, about: [純益]}
- {id: zh-eps, check: number, expect: 8.14, unit: TWD, about: [每股盈餘]}
- {id: zh-invest, check: number, expect: 1000000000000, unit: TWD, about: [投資金額]}
""", {"locale": "zh_TW"}),
    "ar-EG": ("ar", "2024-07-15", AR, """
- {id: ar-profit, check: number, expect: 45000000000, unit: EGP, about: [أرباحا]}
- {id: ar-customers, check: number, expect: 20000000, about: [العملاء]}
""", {"locale": "ar_EG"}),
    "id": ("id", "2024-06-01", ID, """
- {id: id-police, check: number, expect: 1000, about: [polisi]}
- {id: id-crowd, check: number, expect: 30000, about: [penonton]}
- {id: id-press, check: phrase, expect: ["Mauricio Souza menghadiri konferensi pers"]}
""", {}),
    "eu": ("eu", "2024-03-08", EU, """
- {id: eu-unemployment, check: number, expect: 8.5, unit: percent, about: [Langabezia]}
- {id: eu-strikers, check: number, expect: 4000, about: [grebara]}
- {id: eu-rally, check: number, expect: 1200, about: [manifestazioan]}
- {id: eu-profit, check: number, expect: 25000000, unit: EUR, about: [irabaziak]}
""", {}),
    "rw": ("rw", "2024-07-10", RW, """
- {id: rw-voters, check: number, expect: 9500000, about: [biyandikishije]}
- {id: rw-budget, check: number, expect: 8500000000, about: [amatora]}
""", {}),
    "sk": ("sk", "2024-03-12", SK, """
- {id: sk-magnitude, check: number, expect: 5.2, about: [magnitúdou]}
- {id: sk-dead, check: number, expect: 12, about: [zahynulo]}
- {id: sk-meeting, check: number, expect: 6, unit: hour, units: [hodín], about: [zasadnutie]}
""", {}),
    "ta": ("ta", "2024-02-20", TA, """
- {id: ta-teachers, check: number, expect: 5000, about: [ஆசிரியர்கள்]}
- {id: ta-hour, check: number, expect: 10, about: [போராட்டம்]}
""", {}),
    "es": ("es", "2024-02-18", ES, """
- {id: es-open, check: number, expect: 9, about: [abrieron]}
- {id: es-turnout, check: number, expect: 58.3, unit: percent, about: [participación]}
- {id: es-defeat, check: phrase, expect: ["El candidato socialista reconoció la derrota"]}
""", {}),
    "lb": ("lb", "2024-03-10", LB, """
- {id: lb-crowd, check: number, expect: 2500, about: [Leit]}
- {id: lb-hour, check: number, expect: 14, about: [Auer]}
- {id: lb-fund, check: number, expect: 50000000, unit: EUR, about: [Pensiounskeess]}
- {id: lb-pm, check: entity, expect: Luc Frieden, alternatives: [Xavier Bettel], about: [Premier]}
- {id: lb-demands, check: phrase, expect: ["Luc Frieden huet d'Fuerderunge vun de Gewerkschaften ugeholl"]}
""", {}),
    "mt": ("mt", "2024-05-20", MT, """
- {id: mt-crowd, check: number, expect: 1500, about: [protesta]}
- {id: mt-plan, check: number, expect: 25000000, unit: EUR, about: [investiment]}
- {id: mt-proposal, check: phrase, expect: ["Robert Abela aċċetta il-proposta tal-Oppożizzjoni"]}
""", {}),
    "is": ("is", "2024-01-21", IS, """
- {id: is-crowd, check: number, expect: 3000, about: [mótmælin]}
- {id: is-hour, check: number, expect: 14, about: [Austurvelli]}
- {id: is-profit, check: number, expect: 12500000000, unit: ISK, about: [Hagnaður]}
""", {}),
    "ga": ("ga", "2024-04-15", GA, """
- {id: ga-crowd, check: number, expect: 2000, about: [agóid]}
- {id: ga-hour, check: number, expect: 3, about: [chlog]}
- {id: ga-strike, check: number, expect: 3, unit: day, about: [stailc]}
""", {}),
    "pl": ("pl", "2024-02-14", PL, """
- {id: pl-start, check: number, expect: 6, about: [rozpoczął]}
- {id: pl-length, check: number, expect: 12, unit: hour, about: [trwał]}
- {id: pl-miners, check: number, expect: 1500, about: [górników]}
""", {}),
    "sw": ("sw", "2024-03-18", SW, """
- {id: sw-dead, check: number, expect: 23, about: [liliua]}
- {id: sw-dead-hours, check: number, expect: 23, unit: hour, about: [liliua]}
- {id: sw-plan, check: number, expect: 5, unit: year, about: [mpango]}
- {id: sw-funds, check: number, expect: 3000000000, unit: KES, about: [imetenga]}
""", {}),
    "ko": ("ko", "2024-10-31", KO, """
- {id: ko-profit, check: number, expect: 2400000000000, unit: KRW, about: [영업이익은]}
- {id: ko-minutes, check: number, expect: 3, unit: minute, about: [영업이익은]}
- {id: ko-loss, check: number, expect: 1000000000000, unit: KRW, about: [적자가]}
""", {}),
    "it": ("it", "2024-04-07", IT, """
- {id: it-magnitude, check: number, expect: 6.1, about: [magnitudo]}
- {id: it-victims, check: number, expect: 29, about: [vittime]}
- {id: it-funds, check: number, expect: 500000000, unit: EUR, about: [ricostruzione]}
""", {}),
    "en-GB": ("en", "2024-05-14", EN_ECONOMY, """
- {id: gb-unemployment, check: number, expect: 4.2, unit: percent, about: [unemployment]}
- {id: gb-wages, check: number, expect: 6, unit: percent, about: [wage]}
- {id: gb-firms, check: number, expect: 1000, about: [firms]}
""", {}),
    "th": ("th", "2024-03-22", TH, """
- {id: th-magnitude, check: number, expect: 6.2, about: [ขนาด]}
- {id: th-dead, check: number, expect: 300, about: [ผู้เสียชีวิต]}
- {id: th-budget, check: number, expect: 500000000, unit: THB, about: [งบประมาณ]}
""", {}),
    "en-court": ("en", "2024-06-12", EN_COURT, """
- {id: court-sentence, check: number, expect: 12, unit: year, about: [sentenced]}
- {id: court-accomplice, check: number, expect: 5, unit: year, about: [serve]}
""", {}),
}

# Each rule's verdict and the sentence its first evidence quotes (None when silent).
EXPECTED = {
    "hr": {
        "hr-start-hour": ("silent", None),  # "u 6 sati": at six o'clock, no six hours
        "hr-duration": ("agrees", 'Pomorci Jadrolinije stupili su u štrajk u ponedjeljak u 6 sati, a prekid rada trajao je 14 sati.'),
        "hr-workers": ("contradicts", 'Prema podacima sindikata, u štrajku je sudjelovalo više od 1.200 radnika, a otkazano je 85 polazaka.'),
        "hr-minister": ("agrees", 'Ministar mora Oleg Butković nije prihvatio zahtjeve sindikata za povećanje plaća od 10 posto.'),
        "hr-demands": ("contradicts", 'Ministar mora Oleg Butković nije prihvatio zahtjeve sindikata za povećanje plaća od 10 posto.'),
    },
    "ru": {
        "ru-magnitude": ("agrees", 'Землетрясение магнитудой 7,0 произошло на Камчатке в 2 часа ночи по местному времени в среду.'),
        "ru-hour": ("silent", None),  # "в 2 часа ночи": at two at night
        "ru-injured": ("agrees", 'Толчки продолжались около 40 секунд, пострадали 12 человек, сообщили в МЧС.'),
        "ru-meeting": ("agrees", 'Заседание оперативного штаба началось в 14 часов и продлилось 3 часа.'),
        "ru-date": ("agrees", 'Землетрясение магнитудой 7,0 произошло на Камчатке в 2 часа ночи по местному времени в среду.'),
    },
    "vi": {
        "vi-kickoff": ("silent", None),  # "lúc 19 giờ 15 phút": a kick-off time
        "vi-crowd": ("agrees", 'Khoảng 20.000 khán giả đã có mặt, ban tổ chức cho biết trận đấu kéo dài hơn 2 giờ.'),
        "vi-length": ("agrees", 'Khoảng 20.000 khán giả đã có mặt, ban tổ chức cho biết trận đấu kéo dài hơn 2 giờ.'),
    },
    "en": {
        "en-dead": ("agrees", 'A 6.2 earthquake killed 23 people in Malatya province on Monday, the disaster agency AFAD said.'),
        "en-masks": ("agrees", 'Health workers asked for N95 masks, and the ministry sent 200,000 of them.'),
        "en-naira": ("silent", None),  # "N95 masks": no 95 naira
        "en-session": ("agrees", 'Parliament will debate the reconstruction bill at 14.30 on Thursday, in a session expected to last 6 hours.'),
        "en-codes": ("contradicts", 'President Tayyip Erdogan denied that the government had ignored building codes.'),
    },
    "zh-TW": {
        "zh-profit": ("agrees", '台積電昨日公布第三季財報，稅後純益達2,110億元，年減19.3%，每股盈餘8.14元。'),
        "zh-eps": ("agrees", '台積電昨日公布第三季財報，稅後純益達2,110億元，年減19.3%，每股盈餘8.14元。'),
        "zh-invest": ("agrees", '董事長劉德音表示，公司將在高雄興建新廠，投資金額超過1兆元。'),  # Taiwan's 兆: a trillion
    },
    "ar-EG": {
        "ar-profit": ("agrees", 'القاهرة - حقق البنك الأهلي المصري أرباحا صافية بلغت 45 مليار ج.م خلال العام المالي الماضي، بزيادة 30 في المائة.'),
        "ar-customers": ("agrees", 'وقال رئيس البنك هشام عكاشة إن عدد العملاء تجاوز 20 مليون عميل.'),
    },
    "id": {
        "id-police": ("agrees", 'Seribu polisi dikerahkan untuk mengamankan pertandingan yang disaksikan sekitar 30.000 penonton.'),
        "id-crowd": ("agrees", 'Seribu polisi dikerahkan untuk mengamankan pertandingan yang disaksikan sekitar 30.000 penonton.'),
        "id-press": ("contradicts", 'Pelatih Madura United, Mauricio Souza, tidak menghadiri konferensi pers usai laga.'),
    },
    "eu": {
        "eu-unemployment": ("agrees", 'Langabezia %8,5ekoa izan zen iaz Gipuzkoan, Eustatek atzo jakinarazi zuenez.'),
        "eu-strikers": ("contradicts", 'Sindikatuen arabera, 5.000 langile baino gehiago batu ziren grebara, eta 1.200 lagun inguru bildu ziren manifestazioan.'),
        "eu-rally": ("agrees", 'Sindikatuen arabera, 5.000 langile baino gehiago batu ziren grebara, eta 1.200 lagun inguru bildu ziren manifestazioan.'),
        "eu-profit": ("agrees", 'Enpresak 25 milioi euroko irabaziak izan zituen 2023an.'),
    },
    "rw": {
        "rw-voters": ("agrees", "Komisiyo y'Igihugu y'Amatora yatangaje ko abantu barenga 9,000,000 biyandikishije ku rutonde rw'itora."),
        "rw-budget": ("agrees", 'Abayobozi bavuze ko hazakoreshwa amafaranga miliyari 8,5 mu gutegura amatora.'),
    },
    "sk": {
        "sk-magnitude": ("agrees", 'Zemetrasenie s magnitúdou 5,2 zasiahlo v pondelok ráno východ krajiny.'),
        "sk-dead": ("agrees", 'Zahynulo 12 ľudí a poškodených bolo viac ako 300 domov.'),
        "sk-meeting": ("agrees", 'Zasadnutie krízového štábu sa začalo o 8. hodine a trvalo šesť hodín.'),
    },
    "ta": {
        "ta-teachers": ("agrees", 'சென்னை: ஊதிய உயர்வு கோரி சென்னையில் நேற்று 5,000 ஆசிரியர்கள் கூடினர்.'),
        "ta-hour": ("silent", None),  # "காலை 10 மணிக்கு": at ten in the morning
    },
    "es": {
        "es-open": ("silent", None),  # "a las 9": at nine
        "es-turnout": ("agrees", 'La participación alcanzó el 58,3 % a las 18.00, casi cuatro puntos más que hace cuatro años.'),
        "es-defeat": ("contradicts", 'El candidato socialista no reconoció la derrota.'),
    },
    "lb": {
        "lb-crowd": ("agrees", "Méi wéi 2.000 Leit hunn e Samschdeg um 14 Auer an der Stad géint d'Reform demonstréiert."),
        "lb-hour": ("silent", None),  # "um 14 Auer": at two in the afternoon
        "lb-fund": ("agrees", "D'Regierung wëll ronn 50 Milliounen Euro an d'Pensiounskeess investéieren."),
        "lb-pm": ("agrees", "De Premier Luc Frieden huet d'Fuerderunge vun de Gewerkschaften net ugeholl."),
        "lb-demands": ("contradicts", "De Premier Luc Frieden huet d'Fuerderunge vun de Gewerkschaften net ugeholl."),
    },
    "mt": {
        # more than 2,000 is no 1,500
        "mt-crowd": ("contradicts", 'Aktar minn 2,000 ruħ ipparteċipaw fil-protesta kontra l-bini eċċessiv nhar is-Sibt.'),
        "mt-plan": ("agrees", "Il-Gvern ħabbar investiment ta' €25 miljun fil-pjan."),
        "mt-proposal": ("contradicts", 'Il-Prim Ministru Robert Abela ma aċċettax il-proposta tal-Oppożizzjoni.'),
    },
    "is": {
        "is-crowd": ("agrees", 'Um 3.000 manns mættu á mótmælin á Austurvelli klukkan 14 í gær.'),
        "is-hour": ("silent", None),  # "klukkan 14": at two o'clock
        "is-profit": ("agrees", 'Hagnaður Landsbankans nam 12,5 milljörðum króna á fyrri helmingi ársins.'),
    },
    "ga": {
        "ga-crowd": ("agrees", 'Bhí os cionn 2,000 duine ag an agóid ar a 3 a chlog Dé Sathairn.'),
        "ga-hour": ("silent", None),  # "ar a 3 a chlog": at three o'clock
        "ga-strike": ("agrees", 'Mhair an stailc 3 lá.'),
    },
    "pl": {
        "pl-start": ("silent", None),  # "o 6 rano": at six in the morning
        "pl-length": ("agrees", 'Strajk w kopalniach rozpoczął się o 6 rano i trwał 12 godzin.'),
        "pl-miners": ("agrees", 'Wzięło w nim udział ponad 1,5 tys. górników, a spółka straciła 40 mln zł.'),
    },
    "sw": {
        "sw-dead": ("agrees", 'Tetemeko la ardhi la ukubwa wa 5.8 liliua watu 23 saa 8 usiku wa kuamkia Jumatatu.'),
        "sw-dead-hours": ("silent", None),  # "saa 8 usiku" is the next figure's: at two at night
        "sw-plan": ("agrees", 'Serikali imetenga shilingi bilioni 3 kwa mpango wa ujenzi upya wa miaka 5.'),
        "sw-funds": ("agrees", 'Serikali imetenga shilingi bilioni 3 kwa mpango wa ujenzi upya wa miaka 5.'),
    },
    "ko": {
        "ko-profit": ("agrees", '삼성전자의 3분기 영업이익은 2조4천억 원으로 집계됐다.'),
        "ko-minutes": ("silent", None),  # "3분기": the third quarter
        "ko-loss": ("agrees", '회사 측은 반도체 부문의 적자가 1조 원 이상 줄었다고 밝혔다.'),
    },
    "it": {
        "it-magnitude": ("agrees", "Un terremoto di magnitudo 6.1 ha colpito l'Abruzzo alle 3.36 di notte, causando 29 vittime."),
        "it-victims": ("agrees", "Un terremoto di magnitudo 6.1 ha colpito l'Abruzzo alle 3.36 di notte, causando 29 vittime."),
        "it-funds": ("agrees", 'Il governo ha stanziato 500 milioni di euro per la ricostruzione.'),
    },
    "en-GB": {
        "gb-unemployment": ("agrees", "Britain's unemployment rate rose 0.3 percentage points to 4.2% in the three months to March, the Office for National Statistics said."),
        # 5.7% is no 6%; more than 1,200 firms is no 1,000
        "gb-wages": ("contradicts", 'Wage growth eased to 5.7%, and more than 1,200 firms reported cutting jobs.'),
        "gb-firms": ("contradicts", 'Wage growth eased to 5.7%, and more than 1,200 firms reported cutting jobs.'),
    },
    "th": {
        "th-magnitude": ("agrees", 'กรุงเทพฯ – แผ่นดินไหวขนาด 6.2 ทำให้มีผู้เสียชีวิตอย่างน้อย 300 คน ในภาคเหนือของประเทศ'),
        "th-dead": ("agrees", 'กรุงเทพฯ – แผ่นดินไหวขนาด 6.2 ทำให้มีผู้เสียชีวิตอย่างน้อย 300 คน ในภาคเหนือของประเทศ'),
        "th-budget": ("agrees", 'รัฐบาลอนุมัติงบประมาณ 500 ล้านบาท เพื่อช่วยเหลือผู้ประสบภัย'),
    },
    "en-court": {
        # the man's age, "45-year-old", is no span of years beside the sentence
        "court-sentence": ("agrees", 'A 45-year-old man was sentenced to 12 years in prison on Tuesday for the arson attack that killed three people.'),
        "court-accomplice": ("contradicts", 'The judge said the 19-year-old accomplice would serve 4 years.'),
    },
}

# The words each rule's first evidence quotes: the figure with what it was read with.
QUOTED = {
    ("en", "en-session"): "6 hours",                 # not "14.30", a time
    ("en", "en-dead"): "23 people",                  # not the magnitude before "earthquake"
    ("zh-TW", "zh-profit"): "2,110億元",
    ("ar-EG", "ar-profit"): "45 مليار ج.م",
    ("id", "id-police"): "Seribu polisi",
    ("eu", "eu-unemployment"): "%8,5ekoa",
    ("eu", "eu-strikers"): "5.000 langile baino gehiago",
    ("rw", "rw-voters"): "barenga 9,000,000",
    ("sk", "sk-magnitude"): "5,2",                   # "zasiahlo", has struck, is no noun it counts
    ("ta", "ta-teachers"): "5,000 ஆசிரியர்கள்",
    ("lb", "lb-crowd"): "Méi wéi 2.000 Leit",
    ("mt", "mt-plan"): "€25 miljun",
    ("sw", "sw-plan"): "miaka 5",
    ("it", "it-magnitude"): "6.1",
    ("en-GB", "gb-unemployment"): "4.2%",           # not "0.3 percentage points"
    ("th", "th-dead"): "อย่างน้อย 300",
    ("ko", "ko-profit"): "2조4천억 원",
}


def _report(case: str):  # type: ignore[no-untyped-def]
    language, published, text, rules, meta = CASES[case]
    return run_rules(rules, [article(text, language, published, source=f"{case}.txt", **meta)])


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_of_real_news_are_read_as_they_are_meant(case: str) -> None:
    assert stated(_report(case), EXPECTED[case]) == EXPECTED[case]


@pytest.mark.parametrize("case, rule", sorted(QUOTED))
def test_the_evidence_quotes_the_figure_with_its_words(case: str, rule: str) -> None:
    [verdict] = result(_report(case), rule).sources
    assert verdict.evidence[0].text == QUOTED[case, rule]
