"""Figures as real news writes them, end to end: ordinals in digits, which rank and count
nothing but the noun right after them ("for the 4th time", "voor de 1e keer"), Tagalog teens
("labing-apat"), a thousand millions ("mil millones", "dois mil milhões", "trois mille
milliards"), fractions that write the denominator first ("üçte iki", "மூன்றில் இரண்டு") and
a fraction of a million, the noun of a figure made an adjective of having ("50 sandalyeli
meclis", "199 mandátumos Országgyűlés") or an attribute by a particle ("300석의 국회",
"113席的立法院"), a unit word that is another word (Swedish "mandat" is no "månad"), Hindi ages
("17 साल के एक लड़के"), the year beside a figure ("grew 0.1% in 2023 after expanding 4.3% in
2022"), "at least" shown as "≥", ordinals after the word that makes them ("lần thứ 3") or
with the abbreviation's dot ("pela 3.ª vez"), the subject before a verb that comes last
("3명이 숨지고 12명이 다쳤다"), Urdu and Hausa number words ("تین افراد", "mutane uku"), English
"slowed to … from …", and the verdict of each rule and the sentence it rests on."""

from __future__ import annotations

import pytest
from real_news import number_rule, read_case, stated

from checker.testing import article, result, run_rules

# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    "en-vote": ("en", "2024-07-05", """LONDON – Britons voted for the 4th time on Thursday, and 46 million people were registered to vote. Labour won 412 seats.
""", number_rule("voters", "46000000", "voted"), {
        # "the 4th time": a rank, no count of anything
        "voters": ("agrees", "Britons voted for the 4th time on Thursday, and 46 million people were registered to vote."),
    }),
    "nl-seats": ("nl", "2023-11-23", """DEN HAAG – De PVV van Geert Wilders is voor de 1e keer de grootste partij geworden, met 37 zetels in de Tweede Kamer. De VVD zakte naar 24 zetels.
""", number_rule("seats", "37", "grootste partij"), {
        # "de 1e keer": the first time; "the 13th meeting" stays 13 of the meetings
        "seats": ("agrees", "De PVV van Geert Wilders is voor de 1e keer de grootste partij geworden, met 37 zetels in de Tweede Kamer."),
    }),
    "tl-landslide": ("tl", "2024-07-25", """BAGUIO – Labing-apat na katao ang nasawi sa pagguho ng lupa sa Benguet, ayon sa pulisya nitong Miyerkules. Dalawampu ang nawawala pa rin at 312 pamilya ang inilikas.
""", number_rule("dead", "14", "nasawi") + number_rule("missing", "20", "nawawala"), {
        # "labing-apat": over ten, four
        "dead": ("agrees", "Labing-apat na katao ang nasawi sa pagguho ng lupa sa Benguet, ayon sa pulisya nitong Miyerkules."),
        "missing": ("agrees", "Dalawampu ang nawawala pa rin at 312 pamilya ang inilikas."),
    }),
    "es-housing": ("es", "2024-06-04", """MADRID – El Consejo de Ministros aprobó este martes un plan de vivienda dotado con mil millones de euros, según anunció la ministra Isabel Rodríguez. El programa llegará a 40.000 familias.
""", number_rule("plan", "1000000000", "plan de vivienda", unit="EUR"), {
        # "mil millones": a thousand million
        "plan": ("agrees", "El Consejo de Ministros aprobó este martes un plan de vivienda dotado con mil millones de euros, según anunció la ministra Isabel Rodríguez."),
    }),
    "pt-housing": ("pt", "2024-06-04", """LISBOA – O Governo vai investir dois mil milhões de euros na habitação até 2026, anunciou o primeiro-ministro. O programa abrange 26 mil famílias.
""", number_rule("invest", "2000000000", "investir", unit="EUR"), {
        "invest": ("agrees", "O Governo vai investir dois mil milhões de euros na habitação até 2026, anunciou o primeiro-ministro."),
    }),
    "fr-debt": ("fr", "2024-03-26", """PARIS – La dette publique de la France a dépassé les trois mille milliards d'euros fin 2023, a annoncé l'Insee mardi. Le déficit a atteint 5,5 % du PIB.
""", number_rule("debt", "2500000000000", "dette", unit="EUR"), {
        # more than three thousand billion, no "more than 3,000"
        "debt": ("contradicts", "La dette publique de la France a dépassé les trois mille milliards d'euros fin 2023, a annoncé l'Insee mardi."),
    }),
    "tr-majority": ("tr", "2024-06-02", """ANKARA – Anayasa değişikliği için Meclis'te üçte iki çoğunluk, yani 400 milletvekilinin oyu gerekiyor. AK Parti'nin 268 milletvekili var.
""", number_rule("needed", "400", "çoğunluk"), {
        # "üçte iki": two in three, a fraction, no two of anything
        "needed": ("agrees", "Anayasa değişikliği için Meclis'te üçte iki çoğunluk, yani 400 milletvekilinin oyu gerekiyor."),
    }),
    "ta-majority": ("ta", "2024-06-02", """சென்னை – சட்டப்பேரவையில் மூன்றில் இரண்டு பங்கு உறுப்பினர்கள் மசோதாவை ஆதரித்தனர் என்று சபாநாயகர் தெரிவித்தார். பேரவையில் 234 உறுப்பினர்கள் உள்ளனர்.
""", number_rule("backed", "3", "ஆதரித்தனர்"), {
        "backed": ("silent", None),
    }),
    "en-refugees": ("en", "2024-03-12", """GENEVA – One quarter of a million people have fled the fighting in the past month, the UN refugee agency said on Tuesday. Some 1,200 arrive every day.
""", number_rule("fled", "250000", "fled"), {
        # "a quarter of a million": a fraction of a million, no million
        "fled": ("silent", None),
    }),
    "tr-seats": ("tr", "2022-01-24", """LEFKOŞA – Kuzey Kıbrıs'ta pazar günü yapılan erken genel seçimde Ulusal Birlik Partisi (UBP), 50 sandalyeli Cumhuriyet Meclisi'nde 24 sandalye kazandı. Cumhuriyetçi Türk Partisi (CTP) ise 18 milletvekili çıkardı. Seçime katılım yüzde 58 oldu.
""", number_rule("seats", "24", "sandalye"), {
        # "50 sandalyeli": of 50 seats, the parliament's, no seats won
        "seats": ("agrees", "Kuzey Kıbrıs'ta pazar günü yapılan erken genel seçimde Ulusal Birlik Partisi (UBP), 50 sandalyeli Cumhuriyet Meclisi'nde 24 sandalye kazandı."),
    }),
    "hu-seats": ("hu", "2022-04-04", """BUDAPEST – A Fidesz–KDNP a 199 mandátumos Országgyűlésben 135 mandátumot szerzett a vasárnapi választáson, közölte a Nemzeti Választási Iroda. Az ellenzéki összefogás 57 képviselőt juttatott be. A részvétel 69 százalékos volt.
""", number_rule("seats", "135", "mandátum"), {
        "seats": ("agrees", "A Fidesz–KDNP a 199 mandátumos Országgyűlésben 135 mandátumot szerzett a vasárnapi választáson, közölte a Nemzeti Választási Iroda."),
    }),
    "sv-talks": ("sv", "2022-10-15", """STOCKHOLM – Efter fyra månaders förhandlingar presenterade Ulf Kristersson en regering med stöd av partier som har 176 mandat i riksdagen. Socialdemokraterna fick 107 mandat i valet den 11 september.
""", number_rule("talks", "4", "förhandlingar", unit="month"), {
        # "176 mandat": seats, no months
        "talks": ("agrees", "Efter fyra månaders förhandlingar presenterade Ulf Kristersson en regering med stöd av partier som har 176 mandat i riksdagen."),
    }),
    "hi-boy": ("hi", "2024-05-04", """नई दिल्ली – पुलिस ने चाकूबाजी के मामले में 17 साल के एक लड़के को गिरफ्तार किया है, अधिकारियों ने शनिवार को बताया। घटना में 2 लोग घायल हुए।
""", number_rule("arrested", "2", "गिरफ्तार"), {
        # "17 साल के एक लड़के": a boy of 17 years, no 17 arrested
        "arrested": ("silent", None),
    }),
    "ko-seats": ("ko", "2024-04-11", """서울 – 더불어민주당은 300석의 국회에서 175석을 차지했다고 중앙선거관리위원회가 11일 밝혔다. 국민의힘은 108석을 얻는 데 그쳤다. 투표율은 67.0%였다.
""", number_rule("seats", "175", "더불어민주당"), {
        # "300석의 국회": the parliament of 300 seats, beside the party's count
        "seats": ("agrees", "서울 – 더불어민주당은 300석의 국회에서 175석을 차지했다고 중앙선거관리위원회가 11일 밝혔다."),
    }),
    "zh-seats": ("zh", "2024-01-14", """台北 – 中央选举委员会周日公布，民进党在113席的立法院中获得51席。国民党获得52席，成为第一大党。
""", number_rule("seats", "51", "民进党"), {
        "seats": ("agrees", "台北 – 中央选举委员会周日公布，民进党在113席的立法院中获得51席。"),
    }),
    "en-growth": ("en", "2024-02-15", """LONDON – Britain's economy grew 0.1% in 2023 after expanding 4.3% in 2022, the Office for National Statistics said on Thursday. Output shrank 0.3% in the fourth quarter.
""", number_rule("growth", "0.1", "economy grew", "2023"), {
        # the year beside each figure tells which year it is of
        "growth": ("agrees", "Britain's economy grew 0.1% in 2023 after expanding 4.3% in 2022, the Office for National Statistics said on Thursday."),
    }),
    "es-growth": ("es", "2024-01-30", """MADRID – La economía española creció un 2,5% en 2023, frente al 5,8% de 2022, según el Instituto Nacional de Estadística. El PIB avanzó un 0,6% en el cuarto trimestre.
""", number_rule("growth", "5.8", "economía española", "2022", unit="percent"), {
        # the value compared with is 2022's, which the rule names
        "growth": ("agrees", "La economía española creció un 2,5% en 2023, frente al 5,8% de 2022, según el Instituto Nacional de Estadística."),
    }),
    "de-growth": ("de", "2024-01-15", """WIESBADEN – Die deutsche Wirtschaft ist 2023 um 0,3 Prozent geschrumpft, nachdem sie 2022 um 1,8 Prozent gewachsen war, teilte das Statistische Bundesamt mit.
""", number_rule("growth", "1.8", "Wirtschaft", "2022", unit="percent"), {
        "growth": ("agrees", "Die deutsche Wirtschaft ist 2023 um 0,3 Prozent geschrumpft, nachdem sie 2022 um 1,8 Prozent gewachsen war, teilte das Statistische Bundesamt mit."),
    }),
    "vi-party": ("vi", "2021-01-31", """HÀ NỘI – Ông Nguyễn Phú Trọng được bầu lần thứ 3 làm Tổng Bí thư với 100% số phiếu, Ban Tổ chức Trung ương cho biết hôm Chủ nhật. Ban Chấp hành Trung ương có 180 ủy viên.
""", number_rule("votes", "100", "được bầu"), {
        # "lần thứ 3": the third time, as CLDR writes Vietnamese ordinals ("thứ ba")
        "votes": ("agrees", "Ông Nguyễn Phú Trọng được bầu lần thứ 3 làm Tổng Bí thư với 100% số phiếu, Ban Tổ chức Trung ương cho biết hôm Chủ nhật."),
    }),
    "pt-inauguration": ("pt", "2023-01-02", """BRASÍLIA – Lula tomou posse pela 3.ª vez como presidente do Brasil, diante de 300 mil pessoas, informou a Polícia Militar. A cerimónia durou quatro horas.
""", number_rule("crowd", "300000", "posse"), {
        # "3.ª": the ordinal's letter after the abbreviation's dot
        "crowd": ("agrees", "Lula tomou posse pela 3.ª vez como presidente do Brasil, diante de 300 mil pessoas, informou a Polícia Militar."),
    }),
    "fr-censure": ("fr", "2024-02-15", """PARIS – Le gouvernement a survécu mercredi à une 5e motion de censure, qui n'a recueilli que 243 voix. La majorité absolue est de 289 députés.
""", number_rule("votes", "243", "motion de censure"), {
        # the rank of the motion gives way to the count beside it
        "votes": ("agrees", "Le gouvernement a survécu mercredi à une 5e motion de censure, qui n'a recueilli que 243 voix."),
    }),
    "ko-fire": ("ko", "2024-06-24", """화성 – 경기 화성시의 리튬 배터리 공장에서 불이 나 3명이 숨지고 12명이 다쳤다고 소방당국이 24일 밝혔다. 소방관 150명이 투입됐다.
""", number_rule("dead", "3", "숨지고"), {
        # the figure before a verb that comes last is its subject; "12명이" is the next verb's
        "dead": ("agrees", "화성 – 경기 화성시의 리튬 배터리 공장에서 불이 나 3명이 숨지고 12명이 다쳤다고 소방당국이 24일 밝혔다."),
    }),
    "ur-crash": ("ur", "2024-06-24", """اسلام آباد – موٹر وے پر بس حادثے میں تین افراد ہلاک اور 12 زخمی ہو گئے، پولیس نے پیر کو بتایا۔ بس میں 45 مسافر سوار تھے۔
""", number_rule("dead", "3", "ہلاک"), {
        # "تین": three, which no shipped table spells in Urdu
        "dead": ("agrees", "اسلام آباد – موٹر وے پر بس حادثے میں تین افراد ہلاک اور 12 زخمی ہو گئے، پولیس نے پیر کو بتایا۔"),
    }),
    "ha-crash": ("ha", "2024-06-24", """KANO – Mutane uku sun mutu, wasu 12 sun jikkata a wani hatsarin mota a kan hanyar Kano zuwa Zariya, in ji 'yan sanda ranar Litinin.
""", number_rule("dead", "3", "mutu"), {
        "dead": ("agrees", "Mutane uku sun mutu, wasu 12 sun jikkata a wani hatsarin mota a kan hanyar Kano zuwa Zariya, in ji 'yan sanda ranar Litinin."),
    }),
    "en-inflation": ("en", "2024-02-13", """WASHINGTON – U.S. inflation slowed to 3.1% in January from 3.4% in December, the Labor Department said on Tuesday. Core prices rose 0.4% on the month.
""", number_rule("cpi", "3.1", "inflation", unit="percent"), {
        # "slowed to … from …": the value reached, not where it started
        "cpi": ("agrees", "U.S. inflation slowed to 3.1% in January from 3.4% in December, the Labor Department said on Tuesday."),
    }),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_of_real_news_are_read_as_they_are_meant(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected


@pytest.mark.parametrize("language, text, about, shown", [
    ("en", "LONDON – At least 7 people were killed in the storm, police said.", "killed", "≥ 7 people"),
    ("en", "LONDON – More than 7 people were killed in the storm, police said.", "killed", "> 7 people"),
    ("de", "BERLIN – Mindestens 7 Menschen kamen bei dem Sturm ums Leben.", "Leben", "≥ 7 menschen"),
    ("fr", "PARIS – Au moins 7 personnes ont été tuées dans la tempête.", "tuées", "≥ 7 personnes"),
    ("ru", "МОСКВА – Не менее 7 человек погибли во время шторма.", "погибли", "≥ 7 chelovek"),
])
def test_a_bound_that_takes_the_figure_in_is_shown_as_one(language: str, text: str, about: str, shown: str) -> None:
    """"At least 7" may be 7, "more than 7" not: the report shows "≥ 7" and "> 7", as it
    shows a rule's ">= 7" (both are compared as closed intervals)."""
    report = run_rules(f"- {{id: dead, check: number, expect: 7, about: [{about}]}}\n",
                       [article(text, language, "2024-01-10")], fmt="html")
    [source] = result(report, "dead").sources
    assert (source.verdict, source.evidence[0].value) == ("agrees", shown)
    assert shown.replace(">", "&gt;") in report.output
