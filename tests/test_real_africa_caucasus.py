"""End to end: news written as the press of African, Caucasian and Central Asian languages
writes it (a weekday with "on" written on it, "yesterday", next and last after the weekday,
a year written first with a month in its case, digits grouped with spaces, multipliers
before the figure or with a case ending, "more than" and "about" before the noun or after
the figure, names across scripts with case endings, negation), checked by rules of each
built-in type, verdict and evidence."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, read_case, stated


SEPTEMBER = "2023-09-14"  # a Thursday: "yesterday" and "on Wednesday" are 13 September



# Each case: language, published date, the article and its rules (the expected values
# of some contradict it on purpose), then each rule's verdict and the sentence of its
# first evidence (EXPECTED).
CASES = {
    "sw": ("sw", SEPTEMBER, """Mafuriko yaua watu zaidi ya 120 mkoani Morogoro

Watu zaidi ya 120 wamefariki dunia baada ya mvua kubwa kunyesha Jumatano, Septemba 13, mkoani Morogoro.

Serikali imetenga shilingi bilioni 3.5 kwa ajili ya msaada wa dharura.

Asilimia 40 ya mashamba ya mpunga yameathirika.

Bodi ya wakurugenzi haikuidhinisha mgao wa ziada kwa wanahisa.

Mkutano mkuu wa wanahisa utafanyika Ijumaa ijayo jijini Nairobi.
""", date_rule("flood-date", "2023-09-13", "mvua") + number_rule("dead", ">= 100", "wamefariki")
        + number_rule("aid", "3000000000", "msaada", unit="KES") + number_rule("fields", "40", "mashamba", unit="percent")
        + phrase_rule("dividend", "bodi iliidhinisha mgao") + date_rule("meeting", "2023-09-15", "mkutano")),
    "ha": ("ha", SEPTEMBER, """Girgizar ƙasa ta kashe mutane fiye da 2,900 a Maroko

Girgizar ƙasa mai ƙarfin maki 6.8 ta auku a ranar Juma'a, 8 ga Satumba, 2023 a yankin Marrakesh.

Hukumomi sun ce kimanin mutane 5,500 suka jikkata.

Gwamnatin ƙasar ba ta amince da tayin taimako daga ƙasar Faransa ba.

Jiya ma'aikatan agaji sun ci gaba da aikin ceto.

Gwamnati ta ware Naira biliyan 3.5 domin agaji.
""", date_rule("quake-date", "2023-09-08", "girgizar") + number_rule("injured", "5000", "jikkata")
        + phrase_rule("aid-accepted", "gwamnati ta amince da tayin taimako") + date_rule("rescue", "2023-09-13", "ceto")
        + number_rule("fund", "3500000000", "agaji", unit="NGN")),
    "yo": ("yo", "2023-09-07", """Ilé-ẹjọ́ fọwọ́ sí ìjáwé olúborí Tinubu

Ilé-ẹjọ́ fọwọ́ sí ìjáwé olúborí Bola Tinubu ní Ọjọ́rú.

Tinubu gba ìbò mílíọ̀nù 8.8 nínú ìdìbò náà.

Atiku Abubakar kò gbà pé ilé-ẹjọ́ ṣe ìdájọ́ òdodo.

Ó lé ní 2,000 ọlọ́pàá tí wọ́n dúró sí àyíká ilé-ẹjọ́ náà lánàá.
""", date_rule("court-date", "2023-09-06", "ilé-ẹjọ́") + number_rule("votes", "8800000", "ìbò")
        + phrase_rule("atiku", "Atiku Abubakar gbà pé ilé-ẹjọ́ ṣe ìdájọ́") + number_rule("police", ">= 1500", "ọlọ́pàá")),
    "so": ("so", SEPTEMBER, """Daadad ka dhacday Beledweyne

Daadad xooggan ayaa Arbacadii ku dhuftay magaalada Beledweyne.

Ku dhawaad 250,000 qof ayaa ku barakacay daadadka.

In ka badan 30 qof ayaa ku dhintay.

Madaxweyne Xasan Sheekh Maxamuud ayaa shalay booqday magaalada.

Madaxweynaha ma uusan aqbalin gargaarka dalka Itoobiya.
""", date_rule("flood-date", "2023-09-13", "daadad") + number_rule("displaced", "250000", "barakacay")
        + number_rule("dead", ">= 25", "dhintay") + date_rule("visit", "2023-09-13", "booqday")
        + entity_rule("president", "Hassan Sheikh Mohamud", "Farmaajo", "madaxweyne")
        + phrase_rule("aid", "madaxweynaha aqbalay gargaarka")),
    "zu": ("zu", SEPTEMBER, """Isiteleka sabasebenzi bakamasipala

Abasebenzi abangaphezu kuka-15 000 bateleke ngoLwesithathu befuna amaholo amasha.

Umphathi wedolobha uKapa Mashaba akazange avume izimfuno zabasebenzi.

Izolo amaphoyisa abophe ababhikishi.

Izingxoxo zizoqhubeka ngoLwesihlanu oluzayo.
""", date_rule("strike-date", "2023-09-13", "bateleke") + number_rule("strikers", ">= 10000", "abasebenzi")
        + phrase_rule("demands", "Mashaba uvume izimfuno") + date_rule("arrests", "2023-09-13", "abophe")
        + date_rule("talks", "2023-09-15", "izingxoxo")),
    "af": ("af", SEPTEMBER, """Naspers se wins styg

KAAPSTAD – Die mediagroep Naspers het Woensdag 13 September 2023 sy jaarresultate bekend gemaak.

Die groep se bedryfswins het met 12% gestyg tot R3,5 miljard.

Meer as 28 000 mense werk vir die groep.

Die raad het nie 'n spesiale dividend goedgekeur nie.

Die aandeel het gister byna 4% gestyg.
""", date_rule("results-date", "2023-09-13", "jaarresultate") + number_rule("profit", "3500000000", "bedryfswins", unit="ZAR")
        + number_rule("staff", ">= 25000", "werk") + phrase_rule("dividend", "die raad het 'n spesiale dividend goedgekeur")
        + date_rule("shares", "2023-09-13", "aandeel")),
    "am": ("am", SEPTEMBER, """የኢትዮጵያ አየር መንገድ ዓመታዊ ውጤት

የኢትዮጵያ አየር መንገድ በትናንትናው ዕለት የሥራ ውጤቱን ይፋ አድርጓል።

ዋና ሥራ አስፈጻሚው መስፍን ጣሰው ድርጅቱ ከ17 ሺህ በላይ ሠራተኞች እንዳሉት ተናግረዋል።

የትርፍ መጠኑ በ40 በመቶ ጨምሯል።

የመሬት መንቀጥቀጡ ረቡዕ መስከረም 2 ቀን 2016 ዓ.ም. ተከስቷል።

ወደ 3,000 የሚጠጉ ሰዎች ከቤታቸው ተፈናቅለዋል።
""", date_rule("results-date", "2023-09-13", "ውጤቱን") + number_rule("staff", ">= 15000", "ሠራተኞች")
        + number_rule("profit", "40", "ትርፍ", unit="percent") + date_rule("quake-date", "2023-09-13", "መንቀጥቀጥ")
        + number_rule("displaced", "3000", "ተፈናቅለዋል") + entity_rule("ceo", "Mesfin Tasew", "Tewolde GebreMariam")),
    "ka": ("ka", SEPTEMBER, """საპრეზიდენტო არჩევნები

ცენტრალურმა საარჩევნო კომისიამ ოთხშაბათს, 13 სექტემბერს, არჩევნების შედეგები გამოაცხადა.

არჩევნებში მონაწილეობა 1,5 მილიონზე მეტმა ამომრჩეველმა მიიღო.

პრეზიდენტმა სალომე ზურაბიშვილმა შედეგები არ აღიარა.

2022 წლის სექტემბერში ოპოზიციამ ანალოგიური პროტესტი მოაწყო.

მთავრობამ დაზარალებულებისთვის 10 მილიონი ლარი გამოყო.
""", date_rule("results-date", "2023-09-13", "შედეგები") + number_rule("voters", ">= 1000000", "ამომრჩეველი")
        + entity_rule("president", "Zourabichvili", "Margvelashvili") + phrase_rule("recognised", "ზურაბიშვილმა შედეგები აღიარა")
        + date_rule("protest", "2022-09", "პროტესტი") + number_rule("aid", "10000000", "მთავრობამ", unit="GEL")),
    "hy": ("hy", SEPTEMBER, """Երևանի ավագանու ընտրություններ

Կենտրոնական ընտրական հանձնաժողովը չորեքշաբթի՝ սեպտեմբերի 13-ին, ամփոփեց արդյունքները։

Ընտրություններին մասնակցել է 300 հազարից ավելի ընտրող։

Վարչապետ Նիկոլ Փաշինյանը չընդունեց ընդդիմության պահանջը։

Նախորդ ընտրությունները տեղի են ունեցել 2018 թվականի սեպտեմբերին։
""", date_rule("results-date", "2023-09-13", "ամփոփեց") + number_rule("voters", ">= 250000", "ընտրող")
        + entity_rule("pm", "Pashinyan", "Kocharyan") + phrase_rule("demand", "Փաշինյանը ընդունեց ընդդիմության պահանջը")
        + date_rule("previous", "2018-09", "նախորդ")),
    "kk": ("kk", SEPTEMBER, """Мәжіліс сайлауының қорытындысы

Орталық сайлау комиссиясы 2023 жылғы 13 қыркүйекте қорытындыны жариялады.

Сайлауға 6 миллионнан астам сайлаушы қатысты.

Президент Қасым-Жомарт Тоқаев кеше жаңа депутаттармен кездесті.

Оппозиция сайлау нәтижелерін мойындамады.

Өткен сайлау 2021 жылдың қаңтарында өтті.
""", date_rule("results-date", "2023-09-13", "жариялады") + number_rule("voters", ">= 5000000", "сайлаушы")
        + entity_rule("president", "Tokayev", "Nazarbayev") + date_rule("meeting", "2023-09-13", "кездесті")
        + phrase_rule("recognised", "оппозиция сайлау нәтижелерін мойындады") + date_rule("previous", "2021-01", "өткен")),
    "uz": ("uz", SEPTEMBER, """Saylov natijalari eʼlon qilindi

Markaziy saylov komissiyasi 2023-yil 13-sentabrda yakunlarni eʼlon qildi.

Saylovda 12 milliondan ortiq saylovchi ishtirok etdi.

Prezident Shavkat Mirziyoyev kecha yangi hukumat aʼzolari bilan uchrashdi.

Muxolifat natijalarni tasdiqlamadi.
""", date_rule("results-date", "2023-09-13", "yakunlarni") + number_rule("voters", ">= 10000000", "saylovchi")
        + entity_rule("president", "Mirziyoyev", "Karimov") + date_rule("meeting", "2023-09-13", "uchrashdi")
        + phrase_rule("confirmed", "muxolifat natijalarni tasdiqladi")),
    "uz-Cyrl": ("uz-Cyrl", SEPTEMBER, """Фарғонада зилзила

Кеча Фарғона вилоятида зилзила содир бўлди.

1500 дан ортиқ уй шикастланди.

Ҳукумат жабрланганларга 20 миллиард сўм ажратди.

Вазир қурбонлар борлигини тасдиқламади.
""", date_rule("quake-date", "2023-09-13", "зилзила") + number_rule("houses", ">= 1000", "уй")
        + number_rule("aid", "20000000000", "ажратди", unit="UZS") + phrase_rule("victims", "вазир қурбонлар борлигини тасдиқлади")),
}

EXPECTED = {
    "sw": {
        "flood-date": ("agrees", "Watu zaidi ya 120 wamefariki dunia baada ya mvua kubwa kunyesha Jumatano, Septemba 13, mkoani Morogoro."),
        "dead": ("agrees", "Watu zaidi ya 120 wamefariki dunia baada ya mvua kubwa kunyesha Jumatano, Septemba 13, mkoani Morogoro."),
        "aid": ("contradicts", "Serikali imetenga shilingi bilioni 3.5 kwa ajili ya msaada wa dharura."),
        "fields": ("agrees", "Asilimia 40 ya mashamba ya mpunga yameathirika."),
        "dividend": ("contradicts", "Bodi ya wakurugenzi haikuidhinisha mgao wa ziada kwa wanahisa."),
        "meeting": ("agrees", "Mkutano mkuu wa wanahisa utafanyika Ijumaa ijayo jijini Nairobi."),
    },
    "ha": {
        "quake-date": ("agrees", "Girgizar ƙasa mai ƙarfin maki 6.8 ta auku a ranar Juma'a, 8 ga Satumba, 2023 a yankin Marrakesh."),
        "injured": ("agrees", "Hukumomi sun ce kimanin mutane 5,500 suka jikkata."),
        "aid-accepted": ("contradicts", "Gwamnatin ƙasar ba ta amince da tayin taimako daga ƙasar Faransa ba."),
        "rescue": ("agrees", "Jiya ma'aikatan agaji sun ci gaba da aikin ceto."),
        "fund": ("agrees", "Gwamnati ta ware Naira biliyan 3.5 domin agaji."),
    },
    "yo": {
        "court-date": ("agrees", "Ilé-ẹjọ́ fọwọ́ sí ìjáwé olúborí Bola Tinubu ní Ọjọ́rú."),
        "votes": ("agrees", "Tinubu gba ìbò mílíọ̀nù 8.8 nínú ìdìbò náà."),
        "atiku": ("contradicts", "Atiku Abubakar kò gbà pé ilé-ẹjọ́ ṣe ìdájọ́ òdodo."),
        "police": ("agrees", "Ó lé ní 2,000 ọlọ́pàá tí wọ́n dúró sí àyíká ilé-ẹjọ́ náà lánàá."),
    },
    "so": {
        "flood-date": ("agrees", "Daadad xooggan ayaa Arbacadii ku dhuftay magaalada Beledweyne."),
        "displaced": ("agrees", "Ku dhawaad 250,000 qof ayaa ku barakacay daadadka."),
        "dead": ("agrees", "In ka badan 30 qof ayaa ku dhintay."),
        "visit": ("agrees", "Madaxweyne Xasan Sheekh Maxamuud ayaa shalay booqday magaalada."),
        "president": ("agrees", "Madaxweyne Xasan Sheekh Maxamuud ayaa shalay booqday magaalada."),
        "aid": ("contradicts", "Madaxweynaha ma uusan aqbalin gargaarka dalka Itoobiya."),
    },
    "zu": {
        "strike-date": ("agrees", "Abasebenzi abangaphezu kuka-15 000 bateleke ngoLwesithathu befuna amaholo amasha."),
        "strikers": ("agrees", "Abasebenzi abangaphezu kuka-15 000 bateleke ngoLwesithathu befuna amaholo amasha."),
        "demands": ("contradicts", "Umphathi wedolobha uKapa Mashaba akazange avume izimfuno zabasebenzi."),
        "arrests": ("agrees", "Izolo amaphoyisa abophe ababhikishi."),
        "talks": ("agrees", "Izingxoxo zizoqhubeka ngoLwesihlanu oluzayo."),
    },
    "af": {
        "results-date": ("agrees", "Die mediagroep Naspers het Woensdag 13 September 2023 sy jaarresultate bekend gemaak."),
        "profit": ("agrees", "Die groep se bedryfswins het met 12% gestyg tot R3,5 miljard."),
        "staff": ("agrees", "Meer as 28 000 mense werk vir die groep."),
        "dividend": ("contradicts", "Die raad het nie 'n spesiale dividend goedgekeur nie."),
        "shares": ("agrees", "Die aandeel het gister byna 4% gestyg."),
    },
    "am": {
        "results-date": ("agrees", "የኢትዮጵያ አየር መንገድ በትናንትናው ዕለት የሥራ ውጤቱን ይፋ አድርጓል።"),
        "staff": ("agrees", "ዋና ሥራ አስፈጻሚው መስፍን ጣሰው ድርጅቱ ከ17 ሺህ በላይ ሠራተኞች እንዳሉት ተናግረዋል።"),
        "profit": ("agrees", "የትርፍ መጠኑ በ40 በመቶ ጨምሯል።"),
        "quake-date": ("agrees", "የመሬት መንቀጥቀጡ ረቡዕ መስከረም 2 ቀን 2016 ዓ.ም. ተከስቷል።"),
        "displaced": ("agrees", "ወደ 3,000 የሚጠጉ ሰዎች ከቤታቸው ተፈናቅለዋል።"),
        "ceo": ("agrees", "ዋና ሥራ አስፈጻሚው መስፍን ጣሰው ድርጅቱ ከ17 ሺህ በላይ ሠራተኞች እንዳሉት ተናግረዋል።"),
    },
    "ka": {
        "results-date": ("agrees", "ცენტრალურმა საარჩევნო კომისიამ ოთხშაბათს, 13 სექტემბერს, არჩევნების შედეგები გამოაცხადა."),
        "voters": ("agrees", "არჩევნებში მონაწილეობა 1,5 მილიონზე მეტმა ამომრჩეველმა მიიღო."),
        "president": ("agrees", "პრეზიდენტმა სალომე ზურაბიშვილმა შედეგები არ აღიარა."),
        "recognised": ("contradicts", "პრეზიდენტმა სალომე ზურაბიშვილმა შედეგები არ აღიარა."),
        "protest": ("agrees", "2022 წლის სექტემბერში ოპოზიციამ ანალოგიური პროტესტი მოაწყო."),
        "aid": ("agrees", "მთავრობამ დაზარალებულებისთვის 10 მილიონი ლარი გამოყო."),
    },
    "hy": {
        "results-date": ("agrees", "Կենտրոնական ընտրական հանձնաժողովը չորեքշաբթի՝ սեպտեմբերի 13-ին, ամփոփեց արդյունքները։"),
        "voters": ("agrees", "Ընտրություններին մասնակցել է 300 հազարից ավելի ընտրող։"),
        "pm": ("agrees", "Վարչապետ Նիկոլ Փաշինյանը չընդունեց ընդդիմության պահանջը։"),
        "demand": ("contradicts", "Վարչապետ Նիկոլ Փաշինյանը չընդունեց ընդդիմության պահանջը։"),
        "previous": ("agrees", "Նախորդ ընտրությունները տեղի են ունեցել 2018 թվականի սեպտեմբերին։"),
    },
    "kk": {
        "results-date": ("agrees", "Орталық сайлау комиссиясы 2023 жылғы 13 қыркүйекте қорытындыны жариялады."),
        "voters": ("agrees", "Сайлауға 6 миллионнан астам сайлаушы қатысты."),
        "president": ("agrees", "Президент Қасым-Жомарт Тоқаев кеше жаңа депутаттармен кездесті."),
        "meeting": ("agrees", "Президент Қасым-Жомарт Тоқаев кеше жаңа депутаттармен кездесті."),
        "recognised": ("contradicts", "Оппозиция сайлау нәтижелерін мойындамады."),
        "previous": ("agrees", "Өткен сайлау 2021 жылдың қаңтарында өтті."),
    },
    "uz": {
        "results-date": ("agrees", "Markaziy saylov komissiyasi 2023-yil 13-sentabrda yakunlarni eʼlon qildi."),
        "voters": ("agrees", "Saylovda 12 milliondan ortiq saylovchi ishtirok etdi."),
        "president": ("agrees", "Prezident Shavkat Mirziyoyev kecha yangi hukumat aʼzolari bilan uchrashdi."),
        "meeting": ("agrees", "Prezident Shavkat Mirziyoyev kecha yangi hukumat aʼzolari bilan uchrashdi."),
        "confirmed": ("contradicts", "Muxolifat natijalarni tasdiqlamadi."),
    },
    "uz-Cyrl": {
        "quake-date": ("agrees", "Кеча Фарғона вилоятида зилзила содир бўлди."),
        "houses": ("agrees", "1500 дан ортиқ уй шикастланди."),
        "aid": ("agrees", "Ҳукумат жабрланганларга 20 миллиард сўм ажратди."),
        "victims": ("contradicts", "Вазир қурбонлар борлигини тасдиқламади."),
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_news_of_the_language_is_read_as_its_press_writes_it(case: str) -> None:
    assert stated(read_case(case, *CASES[case]), EXPECTED[case]) == EXPECTED[case]
