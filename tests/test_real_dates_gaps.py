"""End to end: dates as news in many languages writes them where they were misread or not
read — a perfective present with a weekday, a part of a month, a day of the month alone,
a date at a sentence's end, a dateline, a day in brackets, "kal" and "parashu" by their
tense, "this Monday", a month by its number, other calendars — checked by rules of each
built-in type, verdict and the sentence of the first evidence."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, read_case, stated


SEPTEMBER = "2023-09-14"  # a Thursday: "yesterday" and "on Wednesday" are 13 September; "on Friday" ahead is the 15th

# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    "ru": ("ru", SEPTEMBER, """Россия и Казахстан подпишут соглашение о поставках газа

Москва. Министры энергетики двух стран подпишут соглашение в пятницу, сообщили в правительстве.

Переговоры прошли в среду в Астане. По данным министерства, объём поставок составит более 10 млрд кубометров в год.

Казахстан не согласился на снижение цены.
""", date_rule("signing-date", "2023-09-15", "подпишут", "соглашение")
        + date_rule("talks-date", "2023-09-13", "переговоры")
        + number_rule("volume", ">= 10000000000", "поставок")
        + phrase_rule("price-agreed", "Казахстан согласился на снижение цены"), {
        "signing-date": ("agrees", "Министры энергетики двух стран подпишут соглашение в пятницу, сообщили в "
                                   "правительстве."),
        "talks-date": ("agrees", "Переговоры прошли в среду в Астане."),
        "volume": ("agrees", "По данным министерства, объём поставок составит более 10 млрд кубометров в год."),
        "price-agreed": ("contradicts", "Казахстан не согласился на снижение цены."),
    }),
    "uk": ("uk", SEPTEMBER, """Верховна Рада ухвалить бюджет у п'ятницю

Київ. Депутати розглянуть проєкт бюджету у п'ятницю, повідомив спікер. Комітет схвалив документ у вівторок.
""", date_rule("budget-vote", "2023-09-15", "розглянуть", "бюджет")
        + date_rule("committee-date", "2023-09-13", "комітет"), {
        "budget-vote": ("agrees", "Верховна Рада ухвалить бюджет у п'ятницю"),
        "committee-date": ("contradicts", "Комітет схвалив документ у вівторок."),
    }),
    "cs": ("cs", SEPTEMBER, """Praha – Odboráři a vláda podepíšou dohodu o platech v pátek.

Stávka lékařů trvala od pondělí. Podle ministerstva se jí účastnilo přes 4 000 lékařů.
""", date_rule("agreement-date", "2023-09-15", "dohodu", "podepíšou")
        + number_rule("doctors", ">= 4000", "lékařů"), {
        "agreement-date": ("agrees", "Praha – Odboráři a vláda podepíšou dohodu o platech v pátek."),
        "doctors": ("agrees", "Podle ministerstva se jí účastnilo přes 4 000 lékařů."),
    }),
    "hu": ("hu", SEPTEMBER, """Budapest – A két ország vezetői pénteken írják alá a gázszerződést.

A tárgyalások szerdán zárultak le. A megállapodást a parlament még nem hagyta jóvá.
""", date_rule("signing-date", "2023-09-15", "gázszerződés", "aláír")
        + date_rule("talks-end", "2023-09-13", "tárgyalások"), {
        "signing-date": ("agrees", "Budapest – A két ország vezetői pénteken írják alá a gázszerződést."),
        "talks-end": ("agrees", "A tárgyalások szerdán zárultak le."),
    }),
    "pt": ("pt", SEPTEMBER, """Greve dos metroviários termina após acordo

A greve dos metroviários de São Paulo começou no dia 12. A paralisação terminou nesta quarta-feira (13).

A final da Copa do Brasil será no dia 24, no Morumbi. Mais de 60 mil torcedores são esperados.
""", date_rule("strike-start", "2023-09-12", "começou")
        + date_rule("final-date", "2023-09-24", "final")
        + number_rule("fans", ">= 50000", "torcedores"), {
        "strike-start": ("agrees", "A greve dos metroviários de São Paulo começou no dia 12."),
        "final-date": ("agrees", "A final da Copa do Brasil será no dia 24, no Morumbi."),
        "fans": ("agrees", "Mais de 60 mil torcedores são esperados."),
    }),
    "es": ("es", SEPTEMBER, """Un sismo de magnitud 6,1 sacude el sur de México

El temblor se registró el día 13 a las 10:15 horas, informó el Servicio Sismológico Nacional.

A mediados de marzo 15 personas murieron en otro sismo.
""", date_rule("quake-date", "2023-09-13", "temblor", "sismo")
        + number_rule("magnitude", "6.1", "magnitud"), {
        # mid-March is another quake's ("otro sismo"), no date of this one
        "quake-date": ("agrees", "El temblor se registró el día 13 a las 10:15 horas, informó el Servicio "
                                 "Sismológico Nacional."),
        "magnitude": ("agrees", "Un sismo de magnitud 6,1 sacude el sur de México"),
    }),
    "sw": ("sw", SEPTEMBER, """Mgomo wa walimu wamalizika

Chama cha walimu kilisaini makubaliano na serikali tarehe 12 mwezi huu jijini Dodoma.
""", date_rule("deal-date", "2023-09-13", "makubaliano", "kilisaini"), {
        "deal-date": ("contradicts", "Chama cha walimu kilisaini makubaliano na serikali tarehe 12 mwezi huu jijini "
                                     "Dodoma."),
    }),
    "lt": ("lt", SEPTEMBER, """Seimo rinkimų antrasis turas

Antrasis rinkimų turas vyko rugsėjo 10 d. Rezultatai paskelbti rugsėjo 13 d.
""", date_rule("runoff-date", "2023-09-10", "turas")
        + date_rule("results-date", "2023-09-13", "rezultatai", "paskelbti"), {
        "runoff-date": ("agrees", "Antrasis rinkimų turas vyko rugsėjo 10 d."),
        "results-date": ("agrees", "Rezultatai paskelbti rugsėjo 13 d."),
    }),
    "ka": ("ka", SEPTEMBER, """თბილისი, 14 სექტემბერი. 2020 წლის არჩევნებში პარტიამ 48 პროცენტი მიიღო.

პარლამენტმა კანონი გუშინ მიიღო.
""", date_rule("dateline", "2023-09-14", "თბილისი")
        + date_rule("law-date", "2023-09-13", "კანონი"), {
        "dateline": ("agrees", "თბილისი, 14 სექტემბერი."),
        "law-date": ("agrees", "პარლამენტმა კანონი გუშინ მიიღო."),
    }),
    "he": ("he", SEPTEMBER, """אלפים הפגינו בתל אביב

ההפגנה נגד הרפורמה המשפטית התקיימה ביום רביעי (13.9) בכיכר הבימה. לפי המארגנים השתתפו בה יותר מ-50 אלף איש.
""", date_rule("protest-date", "2023-09-13", "ההפגנה")
        + number_rule("protesters", ">= 50000", "השתתפו"), {
        "protest-date": ("agrees", "ההפגנה נגד הרפורמה המשפטית התקיימה ביום רביעי (13.9) בכיכר הבימה."),
        "protesters": ("agrees", "לפי המארגנים השתתפו בה יותר מ-50 אלף איש."),
    }),
    "hi": ("hi", SEPTEMBER, """दि. 13 सितंबर को मुंबई में भारी बारिश हुई। मौसम विभाग ने अलर्ट जारी किया।
""", date_rule("rain-date", "2023-09-13", "बारिश"), {
        "rain-date": ("agrees", "दि. 13 सितंबर को मुंबई में भारी बारिश हुई।"),
    }),
    "ur": ("ur", SEPTEMBER, """وزیر اعظم نے کل کراچی میں نئے منصوبے کا افتتاح کیا۔

شہر کی کل آبادی 2 کروڑ سے زیادہ ہے۔
""", date_rule("opening-date", "2023-09-13", "افتتاح"), {
        "opening-date": ("agrees", "وزیر اعظم نے کل کراچی میں نئے منصوبے کا افتتاح کیا۔"),
    }),
    "bn": ("bn", SEPTEMBER, """পরশু ঢাকায় ভূমিকম্প হয়েছিল। আবহাওয়া অধিদপ্তর জানিয়েছে, এর মাত্রা ছিল ৫.৬।
""", date_rule("quake-date", "2023-09-13", "ভূমিকম্প"), {
        "quake-date": ("contradicts", "পরশু ঢাকায় ভূমিকম্প হয়েছিল।"),
    }),
    "ms": ("ms", SEPTEMBER, """Mesyuarat Kabinet akan diadakan Isnin ini di Putrajaya, kata Perdana Menteri.
""", date_rule("cabinet-date", "2023-09-18", "mesyuarat"), {
        "cabinet-date": ("agrees", "Mesyuarat Kabinet akan diadakan Isnin ini di Putrajaya, kata Perdana Menteri."),
    }),
    "km": ("km", SEPTEMBER, """កាលពីថ្ងៃទី១៣ ខែ៩ ឆ្នាំ២០២៣ ក្រសួងការងារបានប្រកាសដំឡើងប្រាក់ឈ្នួល។
""", date_rule("wage-date", "2023-09-13", "ប្រាក់ឈ្នួល"), {
        "wage-date": ("agrees", "កាលពីថ្ងៃទី១៣ ខែ៩ ឆ្នាំ២០២៣ ក្រសួងការងារបានប្រកាសដំឡើងប្រាក់ឈ្នួល។"),
    }),
    "yo": ("yo", SEPTEMBER, """Ìdìbò gómìnà wáyé ní ọjọ́ 9 Oṣù Kẹsàn-án, ọdún 2023 ní ìpínlẹ̀ Ọ̀yọ́.
""", date_rule("vote-date", "2023-09-09", "ìdìbò"), {
        "vote-date": ("agrees", "Ìdìbò gómìnà wáyé ní ọjọ́ 9 Oṣù Kẹsàn-án, ọdún 2023 ní ìpínlẹ̀ Ọ̀yọ́."),
    }),
    "am": ("am", SEPTEMBER, """ምርጫው መስከረም 2/2015 ተካሄደ።
""", date_rule("vote-date", "2022-09-12", "ምርጫው"), {
        "vote-date": ("agrees", "ምርጫው መስከረም 2/2015 ተካሄደ።"),
    }),
    "ar": ("ar", SEPTEMBER, """عقدت القمة العربية في 15 ربيع الأول 1445 هـ في الرياض بمشاركة 22 دولة.
""", date_rule("summit-date", "2023-09-30", "القمة")
        + entity_rule("summit-city", "الرياض", "جدة", "القمة"), {
        "summit-date": ("agrees", "عقدت القمة العربية في 15 ربيع الأول 1445 هـ في الرياض بمشاركة 22 دولة."),
        "summit-city": ("agrees", "عقدت القمة العربية في 15 ربيع الأول 1445 هـ في الرياض بمشاركة 22 دولة."),
    }),
    "en": ("en", SEPTEMBER, """Inquiry into the refinery fire

The commission will investigate what happened on 2 May at the refinery, the minister said.

In mid-March 15 workers were injured in a smaller blaze. In May 2,000 workers protested at the gates.
""", date_rule("fire-date", "2023-05-02", "happened", "fire")
        + number_rule("protesters", "2000", "protested"), {
        "fire-date": ("agrees", "The commission will investigate what happened on 2 May at the refinery, the "
                                "minister said."),
        "protesters": ("agrees", "In May 2,000 workers protested at the gates."),
    }),
    "gl": ("gl", SEPTEMBER, """Onte o Goberno galego anunciou a folga do persoal sanitario. A votación será o venres.
""", date_rule("announcement", "2023-09-13", "anunciou")
        + date_rule("vote", "2023-09-15", "votación"), {
        "announcement": ("agrees", "Onte o Goberno galego anunciou a folga do persoal sanitario."),
        "vote": ("agrees", "A votación será o venres."),
    }),
    "de": ("de", SEPTEMBER, """Tarifstreit bei der Bahn

Die Gespräche zwischen der GDL und der Deutschen Bahn werden am 20.9. in Berlin fortgesetzt.

Die Urabstimmung findet am Sonntag statt. In der Nacht zum Mittwoch legten mehr als 5.000 Lokführer die Arbeit nieder.
""", date_rule("talks-date", "2023-09-20", "Gespräche")
        + date_rule("ballot-date", "2023-09-17", "Urabstimmung")
        + number_rule("drivers", ">= 5000", "Lokführer"), {
        "talks-date": ("agrees", "Die Gespräche zwischen der GDL und der Deutschen Bahn werden am 20.9. in Berlin "
                                 "fortgesetzt."),
        "ballot-date": ("agrees", "Die Urabstimmung findet am Sonntag statt."),
        "drivers": ("agrees", "In der Nacht zum Mittwoch legten mehr als 5.000 Lokführer die Arbeit nieder."),
    }),
    "pl": ("pl", SEPTEMBER, """Warszawa – Przedstawiciele rządu i związkowcy podpiszą porozumienie w piątek.

Strajk górników trwał od poniedziałku. Rząd nie zgodził się na podwyżki.
""", date_rule("deal-date", "2023-09-15", "porozumienie", "podpiszą")
        + phrase_rule("raise-agreed", "rząd zgodził się na podwyżki"), {
        "deal-date": ("agrees", "Warszawa – Przedstawiciele rządu i związkowcy podpiszą porozumienie w piątek."),
        "raise-agreed": ("contradicts", "Rząd nie zgodził się na podwyżki."),
    }),
    "vi": ("vi", SEPTEMBER, """Đội tuyển Việt Nam thắng 3-1 trong trận giao hữu.

Ngày 13-9, Quốc hội họp phiên bất thường để bàn về ngân sách.
""", date_rule("session-date", "2023-09-13", "Quốc hội"), {
        "session-date": ("agrees", "Ngày 13-9, Quốc hội họp phiên bất thường để bàn về ngân sách."),
    }),
    "es-last": ("es", "2024-01-14", """Un año del acuerdo de paz

El pasado 2 de mayo el Gobierno y la guerrilla firmaron el acuerdo en La Habana.
""", date_rule("accord-date", "2023-05-02", "acuerdo", "firmaron"), {
        "accord-date": ("agrees", "El pasado 2 de mayo el Gobierno y la guerrilla firmaron el acuerdo en La Habana."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_dates_of_a_news_article_in_its_own_language(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
