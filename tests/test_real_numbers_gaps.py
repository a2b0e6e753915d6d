"""Figures as news in Arabic (Egypt), Hausa, Hindi, Swahili, Zulu, Indonesian, Persian,
French (Morocco), Nigerian English, Greek, Malayalam, Galician and Welsh writes them: times of day that are no
figures, the pounds, tomans, nairas, shillings, rands and dirhams of local news, per cent
in words, decimal commas, abbreviated multipliers and number words; the verdict of each
rule and the sentence it rests on."""

from __future__ import annotations

import pytest
from real_news import read_case, stated


ARABIC = """القاهرة - أعلنت شركة السويدي إليكتريك ارتفاع صافي أرباحها خلال الربع الثالث بنسبة 35 في المائة إلى 2.4 مليار جنيه.

وقال رئيس مجلس الإدارة أحمد السويدي في مؤتمر صحفي عقد في الساعة 11 صباحا إن المبيعات بلغت 18 مليار جنيه.

وتجاوز عدد الموظفين الذين انضموا إلى الشركة خلال العام الماضي 1500 موظف.

ونفى السويدي أن تكون الشركة تعتزم بيع حصتها في مصنع الكابلات.
"""

HAUSA = """ABUJA — Hukumar zabe ta kasa INEC ta bayyana a ranar Laraba cewa jam'iyyar APC ta samu kashi 52 cikin 100 na kuri'un da aka kada a zaben gwamna.

Shugaban hukumar, Farfesa Mahmood Yakubu, ya ce an bude rumfunan zabe da karfe 8 na safe, kuma sama da mutane miliyan 2.5 ne suka kada kuri'a.

Jam'iyyar PDP ba ta amince da sakamakon zaben ba.
"""

HINDI = """नई दिल्ली: उत्तराखंड के पिथौरागढ़ में मंगलवार रात 2 बजे भूकंप के तेज झटके महसूस किए गए।

राज्य आपदा प्रबंधन विभाग के अनुसार, भूकंप से 300 से ज्यादा मकान क्षतिग्रस्त हो गए और करीब 1.5 लाख लोग प्रभावित हुए।

मुख्यमंत्री पुष्कर सिंह धामी ने प्रभावित परिवारों के लिए 10 करोड़ रुपये की राहत राशि की घोषणा की।
"""

SWAHILI = """NAIROBI — Madaktari katika hospitali za umma walianza mgomo Jumatatu saa 3 asubuhi, wakidai nyongeza ya mishahara ya asilimia 40.

Katibu mkuu wa chama cha madaktari, Davji Atellah, alisema zaidi ya madaktari 4,000 wamejiunga na mgomo huo.

Serikali imetenga Sh3.5 bilioni kulipa malimbikizo, lakini chama hicho kilikataa ofa hiyo.
"""

ZULU = """UNgqongqoshe wezeziMali u-Enoch Godongwana uthe uhulumeni uzosebenzisa R3,5 billion ukulungisa imigwaqo eKwaZulu-Natal.

Lesi simemezelo senziwe ngoLwesithathu ePhalamende eKapa.

Uthe amaphesenti angu-60 emali azoya ezifundazweni.
"""

INDONESIAN = """JAKARTA - Persib Bandung menjuarai Liga 1 setelah mengalahkan Madura United pada laga final di Stadion Gelora Bandung Lautan Api, Minggu (26/5/2024) pukul 19.00 WIB.

Pertandingan disaksikan lebih dari tiga puluh ribu penonton. Sebanyak 60 persen tiket terjual dalam waktu dua jam.

Pelatih Bojan Hodak, yang pernah melatih di Lima, tidak menghadiri konferensi pers.

Klub menerima hadiah Rp5 miliar dari operator liga.
"""

PERSIAN = """تهران - قیمت هر کیلو گوشت گوسفندی در بازار تهران به ۶۵۰ هزار تومان رسید.

به گزارش خبرگزاری ایسنا، نرخ تورم نقطه‌ای در آبان‌ماه ۴۰ درصد اعلام شد.
"""

FRENCH = """RABAT – Un séisme de magnitude 6,8 a frappé le Maroc vendredi à 23h11, heure locale, selon l'institut géophysique américain USGS.

Le bilan s'élève à plus de 2 900 morts, a indiqué le ministère de l'Intérieur dimanche à 14 h 30.

Le gouvernement a débloqué une enveloppe de 2,5 milliards de dirhams pour la reconstruction.

Le roi Mohammed VI n'a pas accepté l'aide de la France.
"""

NIGERIAN = """LAGOS — The Lagos State Government on Tuesday presented a N2.2 trillion budget for 2024, Governor Babajide Sanwo-Olu said.

Lawmakers approved N1.2 trillion for capital projects after a debate that ended at 6.45pm.

The governor denied that the state would borrow more than N500 billion.
"""

GREEK = """ΑΘΗΝΑ – Το υπουργείο Υποδομών ανακοίνωσε χθες ότι το έργο της νέας γέφυρας θα κοστίσει τρία εκ. ευρώ.

Η σύμβαση υπογράφηκε στις 11:30 π.μ. παρουσία του υπουργού Χρήστου Σταϊκούρα.

Πάνω από 1.200 εργαζόμενοι θα απασχοληθούν στο έργο.
"""

MALAYALAM = """തിരുവനന്തപുരം: സംസ്ഥാനത്ത് ചൊവ്വാഴ്ച രാവിലെ 10 മണിക്ക് ആരംഭിച്ച പണിമുടക്കിൽ 2,000-ലധികം ബസ് ജീവനക്കാർ പങ്കെടുത്തു.

ശമ്പള പരിഷ്കരണത്തിനായി സർക്കാർ 500 കോടി രൂപ അനുവദിച്ചു.

ഗതാഗത മന്ത്രി ചർച്ചയ്ക്ക് തയ്യാറായില്ല.
"""

GALICIAN = """SANTIAGO. Máis de 12.000 persoas manifestáronse onte en Compostela contra o peche da planta, segundo a Policía Local.

A Xunta destinará 3,5 millóns de euros ao plan de emerxencia, e o paro na comarca subiu ata o 14 %.

O conselleiro non asistiu á xuntanza cos sindicatos.
"""

WELSH = """CAERDYDD – Roedd dros 2,000 o bobl yn bresennol yn y rali ddydd Sadwrn, yn ôl yr heddlu.

Bydd Llywodraeth Cymru yn gwario £3.5 miliwn ar y cynllun dros 3 blynedd.
"""

CASES = {
    "ar": ("ar", "2023-11-16", ARABIC, """
- {id: profit, check: number, expect: 2400000000, unit: EGP, about: [أرباح]}
- {id: growth, check: number, expect: 35, unit: percent, about: [أرباح]}
- {id: staff, check: number, expect: 1600, about: [الموظفين]}
- {id: sale, check: phrase, expect: ["الشركة تعتزم بيع حصتها"]}
"""),
    "ha": ("ha", "2023-03-23", HAUSA, """
- {id: share, check: number, expect: 52, unit: percent, about: ["kuri'un"]}
- {id: voters, check: number, expect: 3000000, about: [kada]}
- {id: opened, check: number, expect: 8, about: [rumfunan]}
- {id: chief, check: entity, expect: Mahmood Yakubu, alternatives: [Attahiru Jega], about: [Shugaban]}
"""),
    "hi": ("hi", "2023-10-04", HINDI, """
- {id: quake-hour, check: number, expect: 5, about: [भूकंप]}
- {id: houses, check: number, expect: 250, about: [मकान]}
- {id: affected, check: number, expect: 150000, about: [प्रभावित]}
- {id: relief, check: number, expect: 100000000, unit: INR, about: [राहत]}
"""),
    "sw": ("sw", "2024-03-19", SWAHILI, """
- {id: raise, check: number, expect: 40, unit: percent, about: [mishahara]}
- {id: start-hour, check: number, expect: 9, about: [asubuhi]}
- {id: arrears, check: number, expect: 3500000000, unit: KES, about: [malimbikizo]}
- {id: start-date, check: date, expect: 2024-03-18, about: [mgomo]}
"""),
    "zu": ("zu", "2024-02-22", ZULU, """
- {id: roads, check: number, expect: 3500000000, unit: ZAR, about: [imigwaqo]}
- {id: provinces, check: number, expect: 60, unit: percent, about: [ezifundazweni]}
- {id: announced, check: date, expect: 2024-02-21, about: [simemezelo]}
"""),
    "id": ("id", "2024-05-27", INDONESIAN, """
- {id: crowd, check: number, expect: 30000, about: [penonton]}
- {id: tickets, check: number, expect: 60, unit: percent, about: [tiket]}
- {id: prize, check: number, expect: 5000000000, unit: IDR, about: [hadiah]}
- {id: lima, check: number, expect: 5, about: [Lima]}
- {id: coach, check: phrase, expect: ["Bojan Hodak menghadiri konferensi pers"]}
"""),
    "fa": ("fa", "2023-11-22", PERSIAN, """
- {id: price, check: number, expect: 650000, unit: IRT, about: [گوشت]}
- {id: price-in-rials, check: number, expect: 6500000, unit: IRR, about: [گوشت]}
- {id: inflation, check: number, expect: 45, unit: percent, about: [تورم]}
"""),
    "fr": ("fr", "2023-09-11", FRENCH, """
- {id: magnitude, check: number, expect: 6.8, about: [séisme]}
- {id: dead, check: number, expect: 2900, about: [bilan]}
- {id: funds, check: number, expect: 2500000000, unit: MAD, about: [reconstruction]}
- {id: aid, check: phrase, expect: ["Mohammed VI a accepté l'aide de la France"]}
"""),
    "en-NG": ("en", "2023-11-22", NIGERIAN, """
- {id: budget, check: number, expect: 2200000000000, unit: NGN, about: [budget]}
- {id: capital, check: number, expect: 1300000000000, unit: NGN, tolerance: 5%, about: [capital]}
- {id: debate-end, check: number, expect: 6, about: [debate]}
- {id: borrowing, check: phrase, expect: ["the state would borrow"]}
"""),
    "el": ("el", "2024-03-06", GREEK, """
- {id: cost, check: number, expect: 3000000, unit: EUR, about: [γέφυρας]}
- {id: workers, check: number, expect: 1000, about: [εργαζόμενοι]}
- {id: signed-hour, check: number, expect: 11, about: [σύμβαση]}
- {id: minister, check: entity, expect: Christos Staikouras, alternatives: [Kostas Karamanlis], about: [υπουργού]}
"""),
    "ml": ("ml", "2024-01-17", MALAYALAM, """
- {id: strikers, check: number, expect: 2500, about: [പണിമുടക്കിൽ]}
- {id: start-hour, check: number, expect: 10, about: [രാവിലെ]}
- {id: pay, check: number, expect: 5000000000, unit: INR, about: [ശമ്പള]}
- {id: strike-day, check: date, expect: 2024-01-16, about: [പണിമുടക്കിൽ]}
"""),
    "gl": ("gl", "2024-02-09", GALICIAN, """
- {id: marchers, check: number, expect: 10000, about: [manifestáronse]}
- {id: plan, check: number, expect: 3500000, unit: EUR, about: [emerxencia]}
- {id: unemployment, check: number, expect: 12, unit: percent, about: [paro]}
- {id: meeting, check: phrase, expect: ["O conselleiro asistiu á xuntanza"]}
"""),
    "cy": ("cy", "2024-05-13", WELSH, """
- {id: rally, check: number, expect: 2500, about: [rali]}
- {id: plan, check: number, expect: 3500000, unit: GBP, about: [cynllun]}
- {id: years, check: number, expect: 3, unit: year, about: [cynllun]}
"""),
}

# Each rule's verdict and the sentence its first evidence quotes (None when silent).
EXPECTED = {
    "ar": {
        # "2.4 مليار جنيه": the Egyptian pound of Egyptian news; "35 في المائة": per cent in words
        "profit": ("agrees", "القاهرة - أعلنت شركة السويدي إليكتريك ارتفاع صافي أرباحها خلال الربع الثالث بنسبة 35 في المائة إلى 2.4 مليار جنيه."),
        "growth": ("agrees", "القاهرة - أعلنت شركة السويدي إليكتريك ارتفاع صافي أرباحها خلال الربع الثالث بنسبة 35 في المائة إلى 2.4 مليار جنيه."),
        # "passed 1500", past the relative clause on its subject: more than 1,500 agrees with 1,600
        "staff": ("agrees", "وتجاوز عدد الموظفين الذين انضموا إلى الشركة خلال العام الماضي 1500 موظف."),
        "sale": ("contradicts", "ونفى السويدي أن تكون الشركة تعتزم بيع حصتها في مصنع الكابلات."),
    },
    "ha": {
        "share": ("agrees", "Hukumar zabe ta kasa INEC ta bayyana a ranar Laraba cewa jam'iyyar APC ta samu kashi 52 cikin 100 na kuri'un da aka kada a zaben gwamna."),
        "voters": ("agrees", "Shugaban hukumar, Farfesa Mahmood Yakubu, ya ce an bude rumfunan zabe da karfe 8 na safe, kuma sama da mutane miliyan 2.5 ne suka kada kuri'a."),
        "opened": ("silent", None),  # "da karfe 8": at eight o'clock, no figure
        "chief": ("agrees", "Shugaban hukumar, Farfesa Mahmood Yakubu, ya ce an bude rumfunan zabe da karfe 8 na safe, kuma sama da mutane miliyan 2.5 ne suka kada kuri'a."),
    },
    "hi": {
        "quake-hour": ("silent", None),  # "रात 2 बजे": at two at night
        "houses": ("contradicts", "राज्य आपदा प्रबंधन विभाग के अनुसार, भूकंप से 300 से ज्यादा मकान क्षतिग्रस्त हो गए और करीब 1.5 लाख लोग प्रभावित हुए।"),
        "affected": ("agrees", "राज्य आपदा प्रबंधन विभाग के अनुसार, भूकंप से 300 से ज्यादा मकान क्षतिग्रस्त हो गए और करीब 1.5 लाख लोग प्रभावित हुए।"),
        "relief": ("agrees", "मुख्यमंत्री पुष्कर सिंह धामी ने प्रभावित परिवारों के लिए 10 करोड़ रुपये की राहत राशि की घोषणा की।"),
    },
    "sw": {
        "raise": ("agrees", "Madaktari katika hospitali za umma walianza mgomo Jumatatu saa 3 asubuhi, wakidai nyongeza ya mishahara ya asilimia 40."),
        "start-hour": ("silent", None),  # "saa 3 asubuhi": a time of day
        "arrears": ("agrees", "Serikali imetenga Sh3.5 bilioni kulipa malimbikizo, lakini chama hicho kilikataa ofa hiyo."),
        "start-date": ("agrees", "Madaktari katika hospitali za umma walianza mgomo Jumatatu saa 3 asubuhi, wakidai nyongeza ya mishahara ya asilimia 40."),
    },
    "zu": {
        "roads": ("agrees", "UNgqongqoshe wezeziMali u-Enoch Godongwana uthe uhulumeni uzosebenzisa R3,5 billion ukulungisa imigwaqo eKwaZulu-Natal."),
        "provinces": ("agrees", "Uthe amaphesenti angu-60 emali azoya ezifundazweni."),
        "announced": ("agrees", "Lesi simemezelo senziwe ngoLwesithathu ePhalamende eKapa."),
    },
    "id": {
        "crowd": ("agrees", "Pertandingan disaksikan lebih dari tiga puluh ribu penonton."),
        "tickets": ("agrees", "Sebanyak 60 persen tiket terjual dalam waktu dua jam."),
        "prize": ("agrees", "Klub menerima hadiah Rp5 miliar dari operator liga."),
        "lima": ("silent", None),  # "di Lima": the city, not five
        "coach": ("contradicts", "Pelatih Bojan Hodak, yang pernah melatih di Lima, tidak menghadiri konferensi pers."),
    },
    "fa": {
        "price": ("agrees", "تهران - قیمت هر کیلو گوشت گوسفندی در بازار تهران به ۶۵۰ هزار تومان رسید."),
        "price-in-rials": ("silent", None),  # tomans are no rials
        "inflation": ("contradicts", "به گزارش خبرگزاری ایسنا، نرخ تورم نقطه\u200cای در آبان\u200cماه ۴۰ درصد اعلام شد."),
    },
    "fr": {
        "magnitude": ("agrees", "Un séisme de magnitude 6,8 a frappé le Maroc vendredi à 23h11, heure locale, selon l'institut géophysique américain USGS."),
        "dead": ("agrees", "Le bilan s'élève à plus de 2 900 morts, a indiqué le ministère de l'Intérieur dimanche à 14 h 30."),
        "funds": ("agrees", "Le gouvernement a débloqué une enveloppe de 2,5 milliards de dirhams pour la reconstruction."),
        "aid": ("contradicts", "Le roi Mohammed VI n'a pas accepté l'aide de la France."),
    },
    "en-NG": {
        "budget": ("agrees", "The Lagos State Government on Tuesday presented a N2.2 trillion budget for 2024, Governor Babajide Sanwo-Olu said."),
        # 1.2 trillion is more than 5 % below 1.3 trillion
        "capital": ("contradicts", "Lawmakers approved N1.2 trillion for capital projects after a debate that ended at 6.45pm."),
        "debate-end": ("silent", None),  # "6.45pm"
        "borrowing": ("contradicts", "The governor denied that the state would borrow more than N500 billion."),
    },
    "el": {
        "cost": ("agrees", "Το υπουργείο Υποδομών ανακοίνωσε χθες ότι το έργο της νέας γέφυρας θα κοστίσει τρία εκ. ευρώ."),
        "workers": ("contradicts", "Πάνω από 1.200 εργαζόμενοι θα απασχοληθούν στο έργο."),
        "signed-hour": ("silent", None),  # "στις 11:30 π.μ."
        "minister": ("agrees", "Η σύμβαση υπογράφηκε στις 11:30 π.μ. παρουσία του υπουργού Χρήστου Σταϊκούρα."),
    },
    "ml": {
        # "2,000-ലധികം": more than 2,000; "രാവിലെ 10 മണിക്ക്": at ten in the morning, no figure
        "strikers": ("agrees", "തിരുവനന്തപുരം: സംസ്ഥാനത്ത് ചൊവ്വാഴ്ച രാവിലെ 10 മണിക്ക് ആരംഭിച്ച പണിമുടക്കിൽ 2,000-ലധികം ബസ് ജീവനക്കാർ പങ്കെടുത്തു."),
        "start-hour": ("silent", None),
        "pay": ("agrees", "ശമ്പള പരിഷ്കരണത്തിനായി സർക്കാർ 500 കോടി രൂപ അനുവദിച്ചു."),
        "strike-day": ("agrees", "തിരുവനന്തപുരം: സംസ്ഥാനത്ത് ചൊവ്വാഴ്ച രാവിലെ 10 മണിക്ക് ആരംഭിച്ച പണിമുടക്കിൽ 2,000-ലധികം ബസ് ജീവനക്കാർ പങ്കെടുത്തു."),
    },
    "gl": {
        # more than 12,000 is no 10,000
        "marchers": ("contradicts", "Máis de 12.000 persoas manifestáronse onte en Compostela contra o peche da planta, segundo a Policía Local."),
        "plan": ("agrees", "A Xunta destinará 3,5 millóns de euros ao plan de emerxencia, e o paro na comarca subiu ata o 14 %."),
        "unemployment": ("contradicts", "A Xunta destinará 3,5 millóns de euros ao plan de emerxencia, e o paro na comarca subiu ata o 14 %."),
        "meeting": ("contradicts", "O conselleiro non asistiu á xuntanza cos sindicatos."),
    },
    "cy": {
        "rally": ("agrees", "Roedd dros 2,000 o bobl yn bresennol yn y rali ddydd Sadwrn, yn ôl yr heddlu."),
        "plan": ("agrees", "Bydd Llywodraeth Cymru yn gwario £3.5 miliwn ar y cynllun dros 3 blynedd."),
        "years": ("agrees", "Bydd Llywodraeth Cymru yn gwario £3.5 miliwn ar y cynllun dros 3 blynedd."),
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_are_read_as_local_news_writes_them(case: str) -> None:
    assert stated(read_case(case, *CASES[case]), EXPECTED[case]) == EXPECTED[case]
