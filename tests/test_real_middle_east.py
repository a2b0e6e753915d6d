"""News as the press of the Middle East, Turkey, the Caucasus and Afghanistan writes it, read
end to end: Arabic, Hebrew, Persian, Dari, Turkish, Azerbaijani, Sorani Kurdish and
Pashto. Two outlets report each event, one with a figure, a date or a statement the other
contradicts; each rule's verdicts and the sentence its evidence quotes are what an editor
reading both would say."""

from __future__ import annotations

import pytest

from checker.testing import article, result, run_rules, verdicts

PUBLISHED = "2023-09-14"  # a Thursday; the events were on Wednesday 13 September 2023


class Case:
    """Rules, two articles (a.txt, b.txt) in one language and, per rule, each source's
    verdict and a piece of the sentence its first evidence quotes (None for a silent
    source). Dari is read as Persian, the language its sources state (fa-AF is fa)."""

    def __init__(self, label: str, language: str, rules: str, a: str, b: str,
                 expected: dict[str, tuple[tuple[str, str | None], tuple[str, str | None]]]) -> None:
        self.label, self.language, self.rules, self.a, self.b = label, language, rules, a, b
        self.expected = expected

    def run(self):  # type: ignore[no-untyped-def]
        sources = [article(self.a, self.language, PUBLISHED, source="a.txt"),
                   article(self.b, self.language, PUBLISHED, source="b.txt")]
        return run_rules(self.rules, sources)


CASES = [
    Case("ar", "ar", """
- {id: quake-date, check: date, expect: 2023-09-13, about: [زلزال, الزلزال]}
- {id: deaths, check: number, expect: ">= 1200", unit: killed, units: [قتيل, قتيلا, شخص], about: [قتلى, قتيل, قتيلا]}
- {id: buildings, check: number, expect: ">= 2500", unit: building, units: [مبنى], about: [مبنى]}
- {id: aid-asked, check: phrase, expect: {ar: [طلبت مساعدة دولية]}}
- {id: visit, check: date, expect: 2023-09-16, about: [يزور, زيارة]}
- {id: province, check: entity, expect: Adiyaman, aliases: [أديامان], alternatives: [Malatya, ملاطية], about: [ولاية]}
- {id: visit-cancelled, check: phrase, expect: {ar: [أردوغان ألغى زيارته]}}
""", """زلزال بقوة 6.2 درجات يضرب جنوب تركيا ويخلف أكثر من ألف قتيل

أنقرة - الخميس 29 صفر 1445 هـ الموافق 14 سبتمبر/أيلول 2023

تجاوزت حصيلة قتلى الزلزال الذي ضرب ولاية أديامان فجر الأربعاء 1200 شخص، وفق ما أعلنته آفاد اليوم الخميس.

وقال وزير الداخلية علي يرلي كايا إن أكثر من 3 آلاف مبنى انهار أو تضرر بشدة.

وأعلنت الحكومة تخصيص 5 مليارات ليرة تركية لإعادة الإعمار.

ولم تطلب أنقرة حتى الآن مساعدة دولية، بحسب مصادر دبلوماسية.

ومن المقرر أن يزور الرئيس رجب طيب أردوغان المنطقة المنكوبة يوم السبت.
""", """ارتفاع حصيلة ضحايا زلزال أديامان إلى 1350 قتيلاً

الخميس - 29 صفر 1445 هـ - 14 سبتمبر 2023 مـ

ارتفعت حصيلة ضحايا الزلزال الذي ضرب جنوب تركيا يوم الثلاثاء إلى 1350 قتيلاً.

وقال وزير الداخلية التركي، في مؤتمر صحافي أمس، إن نحو 2800 مبنى انهار بالكامل.

وأكد الوزير أن السلطات طلبت مساعدة دولية من الاتحاد الأوروبي.

ومن جهته، نفى مكتب الرئاسة أن يكون أردوغان قد ألغى زيارته المقررة إلى المنطقة.
""", {
        "quake-date": (("agrees", 'الأربعاء'), ("contradicts", 'الثلاثاء')),
        "deaths": (("agrees", 'أكثر من ألف قتيل'), ("agrees", '1350 قتيلاً')),
        "buildings": (("agrees", 'أكثر من 3 آلاف مبنى'), ("agrees", 'نحو 2800 مبنى')),
        "aid-asked": (("contradicts", 'ولم تطلب أنقرة حتى الآن مساعدة دولية'), ("agrees", 'طلبت مساعدة دولية')),
        "visit": (("agrees", 'السبت'), ("silent", None)),
        "province": (("agrees", 'أديامان'), ("silent", None)),
        "visit-cancelled": (("silent", None), ("contradicts", 'نفى مكتب الرئاسة أن يكون أردوغان قد ألغى زيارته')),
    }),
    Case("he", "he", """
- {id: strike-start, check: date, expect: 2023-09-17, about: [שביתה]}
- {id: strikers, check: number, expect: ">= 400000", about: [עובדים]}
- {id: talks-date, check: date, about: [פגישה, ייפגשו]}
- {id: deal-approved, check: phrase, expect: {he: ["סמוטריץ' אישר את ההסכם"]}}
- {id: unemployment, check: number, expect: "<= 4", unit: percent, about: [אבטלה]}
""", """ההסתדרות הכריזה על שביתה כללית במשק

ההסתדרות הכריזה הלילה על שביתה כללית שתחל ביום ראשון בשעה 6:00 בבוקר.

לפי ההערכות, יותר מ־400 אלף עובדים במגזר הציבורי ישתתפו בשביתה.

שר האוצר בצלאל סמוטריץ' לא אישר את ההסכם שגובש בשבוע שעבר.

הפגישה בין הצדדים תתקיים ביום שישי במשרד האוצר בירושלים.
""", """השביתה הכללית: ההסתדרות והאוצר ייפגשו ביום שני

ההסתדרות הודיעה אתמול על שביתה כללית החל מיום ראשון, 17 בספטמבר.

על פי נתוני ההסתדרות, כ-350 אלף עובדים צפויים להשתתף בשביתה.

במשרד האוצר הכחישו כי סמוטריץ' אישר את ההסכם.

שיעור האבטלה ירד לפחות מ-4 אחוזים ברבעון האחרון, לפי נתוני הלמ"ס.
""", {
        "strike-start": (("agrees", 'ביום ראשון'), ("agrees", '17 בספטמבר')),
        "strikers": (("agrees", 'יותר מ־400 אלף עובדים'), ("contradicts", 'כ-350 אלף עובדים')),
        "talks-date": (("contradicts", 'ביום שישי'), ("contradicts", 'ביום שני')),
        "deal-approved": (("contradicts", "סמוטריץ' לא אישר את ההסכם"), ("contradicts", "הכחישו כי סמוטריץ' אישר את ההסכם")),
        "unemployment": (("silent", None), ("agrees", 'ירד לפחות מ-4 אחוזים')),
    }),
    Case("fa", "fa", """
- {id: quake-date, check: date, expect: 2023-09-13, about: [زلزله, زلزله‌ای]}
- {id: injured, check: number, expect: ">= 800", about: [مصدومان, مصدوم]}
- {id: homes, check: number, expect: ">= 2000", about: [واحد مسکونی]}
- {id: aid, check: phrase, expect: {fa: [ایران درخواست کمک بین‌المللی کرد]}}
- {id: fund, check: number, expect: 35000000000000, unit: IRR, about: [اعتبار]}
""", """زلزله ۵.۹ ریشتری خوی را لرزاند

تهران - ایرنا - پنجشنبه ۲۳ شهریور ۱۴۰۲

زلزله‌ای به بزرگی ۵.۹ ریشتر بامداد روز چهارشنبه ۲۲ شهریور شهرستان خوی در استان آذربایجان غربی را لرزاند.

به گفته رئیس سازمان مدیریت بحران کشور، شمار مصدومان این زلزله از ۸۰۰ نفر گذشت.

بیش از ۲ هزار واحد مسکونی در روستاهای اطراف خوی آسیب دیده است.

دولت برای بازسازی مناطق زلزله‌زده ۳۵ هزار میلیارد ریال اعتبار اختصاص داد.

سخنگوی دولت تکذیب کرد که ایران درخواست کمک بین‌المللی کرده است.
""", """افزایش شمار قربانیان زلزله خوی به ۱۵ نفر

زلزله ۵.۹ ریشتری که روز سه‌شنبه خوی را لرزاند، تاکنون جان ۱۵ نفر را گرفته است.

براساس اعلام هلال احمر، حدود ۹۰۰ نفر مصدوم شده‌اند.

دیروز وزیر کشور با حضور در خوی اعلام کرد که ایران درخواست کمک بین‌المللی کرد.

نزدیک به ۲۵۰۰ واحد مسکونی در این حادثه تخریب شده است.
""", {
        "quake-date": (("agrees", 'چهارشنبه ۲۲ شهریور'), ("contradicts", 'سه\u200cشنبه')),
        "injured": (("agrees", '۸۰۰ نفر'), ("agrees", 'حدود ۹۰۰ نفر')),
        "homes": (("agrees", 'بیش از ۲ هزار واحد'), ("agrees", 'نزدیک به ۲۵۰۰ واحد')),
        "aid": (("contradicts", 'تکذیب کرد که ایران درخواست کمک بین\u200cالمللی'), ("agrees", 'درخواست کمک بین\u200cالمللی')),
        "fund": (("agrees", '۳۵ هزار میلیارد ریال'), ("silent", None)),
    }),
    Case("fa-af", "fa", """
- {id: flood-date, check: date, expect: 2023-09-13, about: [سیلاب, سیلاب‌های, سیلاب‌هایی]}
- {id: dead, check: number, expect: 45, about: [جان]}
- {id: houses, check: number, expect: ">= 300", about: [خانه]}
- {id: aid, check: phrase, expect: {fa: [کمک‌های بشردوستانه به آسیب‌دیدگان رسیده است]}}
""", """سیلاب در بغلان جان ۴۵ تن را گرفت

کابل - طلوع‌نیوز - پنجشنبه ۲۳ سنبله ۱۴۰۲

سیلاب‌های شدید روز چهارشنبه در ولسوالی‌های پلخمری و دوشی ولایت بغلان جان ۴۵ تن را گرفت.

مقام‌های محلی می‌گویند که بیش از ۳۰۰ خانه مسکونی تخریب شده است.

والی بغلان گفت که تاکنون کمک‌های بشردوستانه به آسیب‌دیدگان نرسیده است.
""", """شمار قربانیان سیلاب بغلان به ۶۰ تن رسید

سیلاب‌هایی که در بغلان جاری شد، جان ۶۰ تن را گرفته است.

در این رویداد بیش از ۴۰۰ خانه ویران شده است.

والی بغلان اعلام کرد که کمک‌های بشردوستانه به آسیب‌دیدگان رسیده است.

این سیلاب در ۲۲ سنبله ۱۴۰۲ در پی بارندگی‌های شدید جاری شد.
""", {
        "flood-date": (("agrees", 'چهارشنبه'), ("agrees", '۲۲ سنبله ۱۴۰۲')),
        "dead": (("agrees", '۴۵'), ("contradicts", '۶۰')),
        "houses": (("agrees", 'بیش از ۳۰۰ خانه'), ("agrees", 'بیش از ۴۰۰ خانه')),
        "aid": (("contradicts", 'بشردوستانه به آسیب\u200cدیدگان نرسیده'), ("agrees", 'بشردوستانه به آسیب\u200cدیدگان رسیده')),
    }),
    Case("tr", "tr", """
- {id: profit, check: number, expect: 1200000000, unit: USD, about: [kâr]}
- {id: airbus-date, check: date, expect: 2023-09-13, about: [Airbus]}
- {id: contract, check: phrase, expect: {tr: [sendika sözleşmesini onayladı]}}
- {id: pilots, check: number, expect: ">= 1000", about: [pilot]}
- {id: results-day, check: date, expect: 2023-09-15, about: [yatırımcılara]}
- {id: merger, check: phrase, expect: {tr: [Pegasus ile birleşme kararı aldı]}}
""", """THY ilk yarıda 1,2 milyar dolar net kâr açıkladı

İSTANBUL (AA) - Türk Hava Yolları (THY), 2023 yılının ilk yarısında 1,2 milyar dolar net kâr elde ettiğini açıkladı.

Şirket, 13 Eylül 2023 Çarşamba günü Airbus ile 230 uçaklık sipariş için ön anlaşma imzaladı.

THY yönetimi, yeni sendika sözleşmesini henüz onaylamadı.

Bolat, şirketin Pegasus ile birleşme kararı aldığını yalanladı.

Şirket bu yıl 1.200 pilot alacak.

Sonuçlar Cuma günü yatırımcılara sunulacak.
""", """THY'den rekor kâr: 1,5 milyar dolar

Türk Hava Yolları, yılın ilk altı ayında 1,5 milyar dolar net kâr açıkladı.

Şirket, 1.000'den fazla pilot alımı yapacağını duyurdu.

THY, Salı günü Airbus ile 230 uçak için anlaşma imzaladı.

Ahmet Bolat, yeni sendika sözleşmesini onayladıklarını belirtti.
""", {
        "profit": (("agrees", '1,2 milyar dolar'), ("contradicts", '1,5 milyar dolar')),
        "airbus-date": (("agrees", '13 Eylül 2023 Çarşamba'), ("contradicts", 'Salı')),
        "contract": (("contradicts", 'sendika sözleşmesini henüz onaylamadı'), ("agrees", 'sendika sözleşmesini onayladıklarını')),
        "pilots": (("agrees", '1.200 pilot'), ("agrees", "1.000'den fazla pilot")),
        "results-day": (("agrees", 'Cuma'), ("silent", None)),
        "merger": (("contradicts", 'yalanladı'), ("silent", None)),
    }),
    Case("az", "az", """
- {id: passengers, check: number, expect: 1900000, tolerance: 3%, unit: sərnişin, about: [sərnişin]}
- {id: beijing-flight, check: date, expect: 2023-09-20, about: [Pekin]}
- {id: fares, check: phrase, expect: {az: [bilet qiymətlərinin artırılmasını təsdiqlədi]}}
- {id: revenue, check: number, expect: ">= 500000000", unit: USD, about: [gəlirləri]}
- {id: news-day, check: date, expect: 2023-09-13, about: [məlumat yayıb]}
""", """AZAL-ın sərnişin sayı 20 faiz artıb

Bakı, 14 sentyabr, APA. "Azərbaycan Hava Yolları" QSC (AZAL) 2023-cü ilin 8 ayında 1,9 milyon sərnişin daşıyıb.

Bu barədə şirkətin mətbuat xidməti dünən məlumat yayıb.

Şirkətin gəlirləri 500 milyon dollardan çox olub.

Yeni Bakı-Pekin reysi sentyabrın 20-də açılacaq.

Şirkət rəhbərliyi bilet qiymətlərinin artırılmasını təsdiqləmədi.
""", """AZAL 8 ayda 2,1 milyon sərnişin daşıyıb

Bakı, 13.09.2023. "Azərbaycan Hava Yolları" yanvar-avqust aylarında 2,1 milyon sərnişinə xidmət göstərib.

Şirkətin prezidenti Samir Rzayev mətbuat konfransında bilet qiymətlərinin artırılmasını təsdiqlədi.

Bakı-Pekin reysi sentyabrın 25-də fəaliyyətə başlayacaq.
""", {
        "passengers": (("agrees", '1,9 milyon sərnişin'), ("contradicts", '2,1 milyon sərnişin')),
        "beijing-flight": (("agrees", 'sentyabrın 20-də'), ("contradicts", 'sentyabrın 25-də')),
        "fares": (("contradicts", 'bilet qiymətlərinin artırılmasını təsdiqləmədi'), ("agrees", 'bilet qiymətlərinin artırılmasını təsdiqlədi')),
        "revenue": (("agrees", '500 milyon dollardan çox'), ("silent", None)),
        "news-day": (("agrees", 'dünən'), ("silent", None)),
    }),
    Case("ckb", "ckb", """
- {id: strike-date, check: date, expect: 2023-09-13, about: [مانیان گرت]}
- {id: teachers, check: number, expect: ">= 5000", about: [مامۆستا]}
- {id: schools, check: number, expect: ">= 300", about: [قوتابخانە]}
- {id: salary-paid, check: phrase, expect: {ckb: [مووچەی مانگی ئاب دابەش دەکات]}}
- {id: strike-end, check: date, expect: 2023-09-17, about: [بەردەوام]}
""", """مامۆستایانی سلێمانی مانیان گرت

سلێمانی - ڕووداو

بە هۆی دواکەوتنی مووچە، نزیکەی 5 هەزار مامۆستا لە سلێمانی و هەڵەبجە ڕۆژی چوارشەممە مانیان گرت.

زیاتر لە 300 قوتابخانە لە پارێزگای سلێمانی داخران.

وەزیری پەروەردە ڕایگەیاند کە حکومەت مووچەی مانگی ئاب دابەش ناکات.

مانگرتنەکە تا ڕۆژی یەکشەممە بەردەوام دەبێت.
""", """مانگرتنی مامۆستایان لە سلێمانی

هەولێر - کوردستان24

دوێنێ زیاتر لە 8 هەزار مامۆستا لە سنووری پارێزگای سلێمانی مانیان گرت.

حکومەتی هەرێمی کوردستان ڕایگەیاند کە مووچەی مانگی ئاب دابەش دەکات.

بەپێی ئامارەکان، 250 قوتابخانە داخران.
""", {
        "strike-date": (("agrees", 'چوارشەممە'), ("agrees", 'دوێنێ')),
        "teachers": (("agrees", 'نزیکەی 5 هەزار مامۆستا'), ("agrees", 'زیاتر لە 8 هەزار مامۆستا')),
        "schools": (("agrees", 'زیاتر لە 300 قوتابخانە'), ("contradicts", '250 قوتابخانە')),
        "salary-paid": (("contradicts", 'مووچەی مانگی ئاب دابەش ناکات'), ("agrees", 'مووچەی مانگی ئاب دابەش دەکات')),
        "strike-end": (("agrees", 'یەکشەممە'), ("silent", None)),
    }),
    Case("ps", "ps", """
- {id: quake-date, check: date, expect: 2023-09-13, about: [زلزله, زلزلې]}
- {id: dead, check: number, expect: ">= 2000", about: [مړو, ووژل]}
- {id: homes, check: number, expect: 1200, tolerance: 10%, about: [کورونه]}
- {id: access, check: phrase, expect: {ps: [مرستندویه ادارو ته لاسرسی ورکړل شوی]}}
- {id: magnitude, check: number, expect: 6.3, about: [درجې]}
- {id: dateline, check: date, expect: 2023-09-14, about: [کابل]}
""", """په هرات کې زلزلې له ۲ زره ډېر کسان ووژل

کابل، ۲۳ وږی ۱۴۰۲

د هرات ولایت په زنده جان ولسوالۍ کې د چهارشنبې په ورځ ۶.۳ درجې زلزله وشوه.

د پېښو د مدیریت وزارت وایي، د مړو شمېر له ۲ زره ډېر شوی دی.

نږدې ۱۲۰۰ کورونه په بشپړ ډول ویجاړ شوي دي.

د هرات والي وویل چې تر اوسه نړیوالو مرستندویه ادارو ته لاسرسی نه دی ورکړل شوی.
""", """د هرات زلزله: د مړو شمېر ۲۴۰۰ ته ورسېد

پرون د هرات په لوېدیځ کې ۶.۳ درجې زلزلې لږ تر لږه ۲۴۰۰ کسان ووژل.

د ۱۴۰۲ کال د وږي ۲۲مه زلزله د ځایي وخت له مخې د سهار په ۱۱ بجو وشوه.

د هرات والي وویل چې نړیوالو مرستندویه ادارو ته لاسرسی ورکړل شوی دی.
""", {
        "quake-date": (("agrees", 'چهارشنبې'), ("agrees", 'پرون')),
        "dead": (("agrees", '۲ زره ډېر کسان'), ("agrees", '۲۴۰۰ ته')),
        "homes": (("agrees", 'نږدې ۱۲۰۰ کورونه'), ("silent", None)),
        "access": (("contradicts", 'مرستندویه ادارو ته لاسرسی نه دی ورکړل شوی'), ("agrees", 'مرستندویه ادارو ته لاسرسی ورکړل شوی')),
        "magnitude": (("agrees", '۶.۳'), ("agrees", '۶.۳')),
        "dateline": (("agrees", '۲۳ وږی ۱۴۰۲'), ("silent", None)),
    }),
]


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_each_outlet_s_verdicts(case: Case) -> None:
    report = case.run()
    for rule, (a, b) in case.expected.items():
        assert verdicts(report, rule) == {"a.txt": a[0], "b.txt": b[0]}, rule


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_the_evidence_quotes_the_sentence_that_states_it(case: Case) -> None:
    report = case.run()
    for rule, expected in case.expected.items():
        found = {v.source: v for v in result(report, rule).sources}
        for source, (_verdict, quoted) in zip(("a.txt", "b.txt"), expected):
            if quoted is None:
                assert not found[source].evidence, (rule, source)
                continue
            sentences = [e.sentence for e in found[source].evidence]
            assert any(quoted in sentence for sentence in sentences), (rule, source, sentences)
