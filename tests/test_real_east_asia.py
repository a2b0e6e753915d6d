"""News as the press of mainland China, Taiwan, Hong Kong, Japan, Korea and Mongolia
writes it: the verdicts of rules of each type on a few paragraphs in each language, and
the sentence each verdict rests on."""

from __future__ import annotations

from real_news import checked, sentence

XINHUA = """四川泸定发生6.2级地震 已致23人遇难

新华社成都9月14日电（记者王磊、李娜）据中国地震台网正式测定，9月13日（星期三）凌晨3时42分，四川省甘孜州泸定县发生6.2级地震，震源深度15公里。

截至14日上午10时，地震已造成23人遇难。据初步统计，地震造成直接经济损失超过12亿元，共有1万2千余间房屋受损。

当地官员否认了水库大坝出现裂缝的说法。泸定县政府尚未宣布全县停课。

去年9月，泸定县曾发生6.8级地震，造成93人死亡。
"""


def test_xinhua_earthquake() -> None:
    rules = """
- id: quake-date
  check: date
  expect: 2023-09-13
  about: [地震]
- id: dead
  check: number
  expect: 23
  unit: people
  units: [人]
  about: [遇难]
- id: loss
  check: number
  expect: ">= 1000000000"
  unit: CNY
  about: [经济损失]
- id: houses
  check: number
  expect: 12000
  about: [房屋]
- id: dam
  check: phrase
  expect: [大坝出现裂缝]
- id: schools
  check: phrase
  expect: [宣布全县停课]
- id: last-quake
  check: date
  expect: 2022-09
  about: [6.8级地震]
"""
    found, quoted, report = checked(rules, XINHUA, "zh", "2023-09-14")
    assert found == {"quake-date": "agrees", "dead": "agrees", "loss": "agrees", "houses": "agrees",
                     "dam": "contradicts", "schools": "contradicts", "last-quake": "agrees"}
    # the dateline's day of filing is a sentence of its own: not the quake's
    assert quoted["quake-date"] == "9月13日（星期三"
    assert sentence(report, "quake-date").startswith("据中国地震台网")
    assert quoted["dead"] == "23人"  # neither the hour of 上午10时 nor the magnitude
    assert quoted["loss"] == "超过12亿元"
    assert quoted["houses"] == "1万2千余"
    assert quoted["dam"] == "否认了水库大坝出现裂缝"  # the officials denied it
    assert quoted["schools"] == "未宣布全县停课"
    assert quoted["last-quake"] == "去年9月"


CNA = """賴清德當選總統 得票率40.05%

（中央社記者劉冠廷台北14日電）第16任總統副總統選舉於民國113年1月13日（星期六）舉行，民進黨候選人賴清德以558萬6019票、得票率40.05%當選，將於5月20日就職。

中央選舉委員會昨晚公布開票結果。本屆總統大選投票率為71.86%，較上屆下滑約3個百分點。

侯友宜昨晚發表敗選感言，並未質疑選舉結果。
"""


def test_cna_presidential_election() -> None:
    rules = """
- id: election-date
  check: date
  expect: 2024-01-13
  about: [選舉]
- id: inauguration
  check: date
  expect: 2024-05-20
  about: [就職]
- id: results-published
  check: date
  expect: 2024-01-13
  about: [開票結果]
- id: votes
  check: number
  expect: 5586019
  unit: votes
  units: [票]
  about: [賴清德]
- id: turnout
  check: number
  expect: 70
  unit: percent
  about: [投票率]
- id: disputed
  check: phrase
  expect: [質疑選舉結果]
"""
    found, quoted, report = checked(rules, CNA, "zh-Hant", "2024-01-14")
    assert found == {"election-date": "agrees", "inauguration": "agrees", "results-published": "agrees",
                     "votes": "agrees", "turnout": "contradicts", "disputed": "contradicts"}
    assert quoted["election-date"] == "民國113年1月13日（星期六"
    assert quoted["inauguration"] == "5月20日"  # 將: the coming May, not the last
    assert quoted["results-published"] == "昨晚"
    assert quoted["votes"] == "558萬6019票"  # not the 16 of 第16任
    assert quoted["turnout"] == "71.86%"
    assert quoted["disputed"] == "未質疑選舉結果"


MING_PAO = """【明報專訊】天文台於周四（9月7日）晚上11時05分發出黑色暴雨警告信號，持續逾16小時。

天文台總部在一小時內錄得158.1毫米雨量。暴雨期間，另有最少140人受傷送院。

政府昨日宣布，全港學校停課一天。行政長官李家超否認政府應變遲緩。

保險業界估計，今次暴雨造成的保險索償或達20億港元。
"""


def test_ming_pao_rainstorm() -> None:
    rules = """
- id: warning
  check: date
  expect: 2023-09-07
  about: [黑色暴雨警告]
- id: rainfall
  check: number
  expect: 158.1
  unit: millimeter
  about: [雨量]
- id: injured
  check: number
  expect: 150
  about: [受傷]
- id: schools
  check: date
  expect: 2023-09-08
  about: [停課]
- id: slow
  check: phrase
  expect: [政府應變遲緩]
- id: claims
  check: number
  expect: 2000000000
  unit: HKD
  about: [索償]
"""
    found, quoted, _ = checked(rules, MING_PAO, "zh-Hant", "2023-09-09")
    assert found == {"warning": "agrees", "rainfall": "agrees", "injured": "agrees", "schools": "agrees",
                     "slow": "contradicts", "claims": "agrees"}
    assert quoted["warning"] == "周四（9月7日"
    assert quoted["rainfall"] == "158.1毫米"
    assert quoted["injured"] == "最少140"  # at least 140: agrees with 150
    assert quoted["schools"] == "昨日"
    assert quoted["slow"] == "否認政府應變遲緩"
    assert quoted["claims"] == "20億港元"


NHK = """元日の1日午後4時10分ごろ、石川県能登地方を震源とするマグニチュード7.6の地震があった。

石川県によると、2日午後2時の時点で、県内で少なくとも48人の死亡が確認された。

岸田文雄首相は昨日、被災地に自衛隊員約1000人を派遣したと明らかにした。首相は、激甚災害の指定は決めていないと述べた。

政府は令和6年1月1日に発生した地震を「令和6年能登半島地震」と命名した。
"""


def test_japanese_earthquake() -> None:
    rules = """
- id: dead
  check: number
  expect: 48
  about: [死亡]
- id: troops
  check: number
  expect: 1000
  about: [自衛隊員]
- id: sent
  check: date
  expect: 2024-01-02
  about: [派遣]
- id: named
  check: date
  expect: 2024-01-01
  about: [命名]
- id: designated
  check: phrase
  expect: [激甚災害の指定を決めた]
"""
    found, quoted, _ = checked(rules, NHK, "ja", "2024-01-03")
    # "首相は昨日、…派遣したと明らかにした": yesterday is when the prime minister made it known,
    # as "said on Tuesday he had sent" dates the saying, not the sending
    assert found == {"dead": "agrees", "troops": "agrees", "sent": "silent", "named": "agrees",
                     "designated": "contradicts"}
    assert quoted["dead"] == "少なくとも48"  # not the 2 of 午後2時
    assert quoted["troops"] == "約1000"
    assert quoted["named"] == "令和6年1月1日"


NIKKEI = """トヨタ自動車は1日、2023年4～9月期の連結決算を発表した。営業利益は前年同期比2.6倍の2兆5592億円となった。

同社は、24年3月期の営業利益の見通しを4兆5000億円に引き上げた。

宮崎洋一副社長は記者会見で、部品メーカーへの値下げ要請はしなかったと説明した。
"""


def test_japanese_company_results() -> None:
    rules = """
- id: results-day
  check: date
  expect: 2023-11-01
  about: [決算]
- id: forecast-year
  check: date
  expect: 2024-03
  about: [見通し]
- id: forecast
  check: number
  expect: 4500000000000
  unit: JPY
  about: [見通し]
- id: price-cut
  check: phrase
  expect: [値下げ要請をした]
"""
    found, quoted, _ = checked(rules, NIKKEI, "ja", "2023-11-02")
    assert found == {"results-day": "agrees", "forecast-year": "agrees", "forecast": "agrees",
                     "price-cut": "contradicts"}
    assert quoted["results-day"] == "1日"
    assert quoted["forecast-year"] == "24年3月"  # the fiscal year to March 2024, not 24 March
    assert quoted["forecast"] == "4兆5000億円"


YONHAP_SUMMIT = """(서울=연합뉴스) 김정은 북한 국무위원장과 블라디미르 푸틴 러시아 대통령이 지난 13일 러시아 아무르주 보스토치니 우주기지에서 정상회담을 했다.

크렘린궁은 이번 회담에서 군사 협력에 관한 어떤 협정도 체결하지 않았다고 밝혔다. 러시아 측은 무기 거래 의혹을 부인했다.

김 위원장은 오는 17일까지 러시아 극동 지역에 머물 예정이다.
"""


def test_korean_summit() -> None:
    rules = """
- id: summit-date
  check: date
  expect: 2023-09-13
  about: [정상회담]
- id: venue
  check: entity
  expect: Vostochny
  alternatives: [Vladivostok]
  about: [우주기지]
- id: agreement
  check: phrase
  expect: [군사 협력에 관한 협정 체결했다]
- id: arms
  check: phrase
  expect: [러시아 무기 거래]
- id: stay
  check: date
  expect: 2023-09-17
  about: [머물]
"""
    found, quoted, _ = checked(rules, YONHAP_SUMMIT, "ko", "2023-09-14")
    assert found == {"summit-date": "agrees", "venue": "agrees", "agreement": "contradicts",
                     "arms": "contradicts", "stay": "agrees"}
    assert quoted["summit-date"] == "13일"
    assert quoted["venue"] == "보스토치니"
    assert quoted["arms"] == "러시아 측은 무기 거래 의혹을 부인했다"
    assert quoted["stay"] == "17일"  # 까지 written on it


YONHAP_STRIKE = """서울교통공사 노동조합이 9일 오전 9시부터 10일 오후 6시까지 경고 파업에 들어갔다.

노조는 사측이 2026년까지 인력 2천212명을 감축하겠다는 계획을 철회하지 않았다고 주장했다.

시는 지난해 공사의 당기순손실이 6천420억 원에 달했다고 설명했다.

노조는 오는 22일 이후 2차 전면 파업 여부를 결정할 예정이다.
"""


def test_korean_subway_strike() -> None:
    rules = """
- id: cut
  check: number
  expect: 2212
  about: [감축]
- id: loss
  check: number
  expect: 642000000000
  unit: KRW
  about: [당기순손실]
- id: second
  check: date
  expect: 2023-11-22
  about: [2차]
"""
    found, quoted, _ = checked(rules, YONHAP_STRIKE, "ko", "2023-11-09")
    assert found == {"cut": "agrees", "loss": "agrees", "second": "agrees"}
    assert quoted["cut"] == "2천212"  # not the year 2026
    assert quoted["loss"] == "6천420억 원"  # 6,420 hundred-millions of won
    assert quoted["second"] == "22일"  # the coming 22nd, not last month's


MONTSAME = """Улсын Их Хурлын ээлжит сонгууль 2024 оны зургадугаар сарын 28-нд болов.

Сонгуульд нийт 2 сая 90 мянга гаруй сонгогч оролцох эрхтэй байв.

Ардчилсан намын дарга Л.Гантөмөр сонгуулийн дүнг эсэргүүцээгүй.

Энэ удаагийн сонгуульд 1 мянга 300 орчим нэр дэвшигч өрсөлдсөн юм.
"""


def test_mongolian_election() -> None:
    rules = """
- id: election-date
  check: date
  expect: 2024-06-28
  about: [сонгууль]
- id: voters
  check: number
  expect: ">= 2000000"
  about: [сонгогч]
- id: candidates
  check: number
  expect: 1300
  about: [нэр дэвшигч]
- id: protest
  check: phrase
  expect: [сонгуулийн дүнг эсэргүүцсэн]
"""
    found, quoted, _ = checked(rules, MONTSAME, "mn", "2024-06-29")
    assert found == {"election-date": "agrees", "voters": "agrees", "candidates": "agrees",
                     "protest": "contradicts"}
    assert quoted["election-date"] == "2024 оны зургадугаар сарын 28-нд"
    assert quoted["voters"] == "2 сая 90 мянга гаруй"  # more than 2,090,000
    assert quoted["candidates"] == "1 мянга 300 орчим"
    assert quoted["protest"] == "сонгуулийн дүнг эсэргүүцээгүй"


MONTSAME_VISIT = """ОХУ-ын Ерөнхийлөгч Владимир Путин 2024 оны 9 дүгээр сарын 3-нд Монгол Улсад албан ёсны айлчлал хийлээ.

Айлчлалын үеэр хоёр тал 10 гаруй баримт бичигт гарын үсэг зурлаа.

Путин өнгөрсөн мягмар гарагт Улаанбаатарт хүрэлцэн ирсэн.
"""


def test_mongolian_state_visit() -> None:
    rules = """
- id: visit
  check: date
  expect: 2024-09-03
  about: [айлчлал]
- id: documents
  check: number
  expect: ">= 10"
  about: [баримт бичиг]
- id: arrival
  check: date
  expect: 2024-09-03
  about: [хүрэлцэн ирсэн]
- id: guest
  check: entity
  expect: Putin
  alternatives: [Medvedev]
  about: [Ерөнхийлөгч]
"""
    found, quoted, _ = checked(rules, MONTSAME_VISIT, "mn", "2024-09-04")
    assert found == {"visit": "agrees", "documents": "agrees", "arrival": "agrees", "guest": "agrees"}
    assert quoted["visit"] == "2024 оны 9 дүгээр сарын 3-нд"
    assert quoted["documents"] == "10 гаруй"
    assert quoted["arrival"] == "өнгөрсөн мягмар"
