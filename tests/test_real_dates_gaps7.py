"""End to end: dates and tense as news writes them where they were misread, each case with
what the engine now reads in it — checked by rules of each built-in type, verdict and the
sentence of the first evidence."""

from __future__ import annotations

import pytest
from real_news import date_rule, number_rule, read_case, stated

NOVEMBER = "2023-11-16"  # a Thursday: "on Wednesday" is the 15th
SEPTEMBER = "2023-09-14"  # a Thursday: "on Friday" ahead is the 15th, behind the 8th


# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    # a date after a word for "earlier" is another event's, one before the event the
    # article tells of: the resolution's date is Wednesday, not 18 October
    "en-earlier": ("en", NOVEMBER, """UNITED NATIONS (Reuters) - The UN Security Council on Wednesday adopted a resolution calling for urgent humanitarian pauses in Gaza, with 12 votes in favour and 3 abstentions. Earlier, on 18 October, the United States vetoed a Brazilian draft resolution.
""", date_rule("adopted", "2023-11-15", "resolution")
        + number_rule("votes", "12", "votes"), {
        "adopted": ("agrees", ("The UN Security Council on Wednesday adopted a resolution "
                               "calling for urgent humanitarian pauses in Gaza, with 12 votes in favour and 3 "
                               "abstentions.")),
        "votes": ("agrees", ("The UN Security Council on Wednesday adopted a resolution "
                             "calling for urgent humanitarian pauses in Gaza, with 12 votes in favour and 3 "
                             "abstentions.")),
    }),
    "es-earlier": ("es", NOVEMBER, """NACIONES UNIDAS (EFE) - El Consejo de Seguridad de la ONU aprobó el miércoles una resolución que pide pausas humanitarias urgentes en Gaza, con 12 votos a favor y 3 abstenciones. Anteriormente, el 18 de octubre, Estados Unidos vetó un proyecto de resolución presentado por Brasil.
""", date_rule("adopted", "2023-11-15", "resolución"), {
        "adopted": ("agrees", ("El Consejo de Seguridad de la ONU aprobó el miércoles una "
                               "resolución que pide pausas humanitarias urgentes en Gaza, con 12 votos a favor y 3 "
                               "abstenciones.")),
    }),
    "bn-earlier": ("bn", NOVEMBER, """জাতিসংঘ, ১৬ নভেম্বর - জাতিসংঘ নিরাপত্তা পরিষদ বুধবার গাজায় জরুরি মানবিক বিরতির আহ্বান জানিয়ে একটি প্রস্তাব পাস করেছে। প্রস্তাবের পক্ষে ১২টি ভোট পড়ে। এর আগে ১৮ অক্টোবর যুক্তরাষ্ট্র ব্রাজিলের একটি খসড়া প্রস্তাবে ভেটো দেয়।
""", date_rule("adopted", "2023-11-15", "প্রস্তাব"), {
        "adopted": ("agrees", "জাতিসংঘ নিরাপত্তা পরিষদ বুধবার গাজায় জরুরি মানবিক বিরতির আহ্বান জানিয়ে একটি প্রস্তাব পাস করেছে।"),
    }),
    "ta-earlier": ("ta", NOVEMBER, """ஐக்கிய நாடுகள் - ஐ.நா. பாதுகாப்பு சபை புதன்கிழமை காசாவில் அவசர மனிதாபிமான இடைநிறுத்தங்களைக் கோரும் தீர்மானத்தை நிறைவேற்றியது. முன்னதாக, அக்டோபர் 18 அன்று பிரேசில் கொண்டுவந்த வரைவுத் தீர்மானத்தை அமெரிக்கா வீட்டோ செய்தது.
""", date_rule("adopted", "2023-11-15", "தீர்மானத்தை"), {
        "adopted": ("agrees", ("ஐக்கிய நாடுகள் - ஐ.நா. பாதுகாப்பு சபை புதன்கிழமை காசாவில் அவசர மனிதாபிமான "
                               "இடைநிறுத்தங்களைக் கோரும் தீர்மானத்தை நிறைவேற்றியது.")),
    }),
    "ur-earlier": ("ur", NOVEMBER, """اقوام متحدہ - سلامتی کونسل نے بدھ کو غزہ میں فوری انسانی وقفوں کی قرارداد منظور کر لی، جس کے حق میں 12 ووٹ آئے۔ اس سے قبل 18 اکتوبر کو امریکہ نے برازیل کی پیش کردہ قرارداد کا مسودہ ویٹو کر دیا تھا۔
""", date_rule("adopted", "2023-11-15", "قرارداد"), {
        "adopted": ("agrees", ("اقوام متحدہ - سلامتی کونسل نے بدھ کو غزہ میں فوری انسانی وقفوں کی قرارداد منظور کر لی، "
                               "جس کے حق میں 12 ووٹ آئے۔")),
    }),
    "th-earlier": ("th", NOVEMBER, """นิวยอร์ก - คณะมนตรีความมั่นคงแห่งสหประชาชาติมีมติรับรองข้อมติเรียกร้องให้หยุดการสู้รบเพื่อมนุษยธรรมในกาซาเมื่อวันพุธ ด้วยคะแนนเสียงเห็นชอบ 12 เสียง ก่อนหน้านี้ เมื่อวันที่ 18 ตุลาคม สหรัฐฯ ใช้สิทธิยับยั้งร่างข้อมติของบราซิล
""", date_rule("adopted", "2023-11-15", "ข้อมติ"), {
        "adopted": ("agrees", ("นิวยอร์ก - คณะมนตรีความมั่นคงแห่งสหประชาชาติมีมติรับรองข้อมติเรียกร้องให้หยุดการสู้รบเพื่อมนุษยธรรมในกาซาเมื่อวันพุธ "
                               "ด้วยคะแนนเสียงเห็นชอบ 12 เสียง ก่อนหน้านี้ เมื่อวันที่ 18 ตุลาคม สหรัฐฯ "
                               "ใช้สิทธิยับยั้งร่างข้อมติของบราซิล")),
    }),
    # Swedish, Danish and Norwegian "på" before a bare weekday makes it the coming one, but
    # with a past it is the last: "Riksdagen röstade på onsdag"
    "sv-past": ("sv", SEPTEMBER, """STOCKHOLM (TT) - Riksdagen röstade på onsdag igenom regeringens budget med 175 röster mot 174. Finansminister Elisabeth Svantesson presenterar höstbudgeten på måndag. På tisdagen höjde Riksbanken styrräntan till 4 procent.
""", date_rule("vote-date", "2023-09-13", "Riksdagen")
        + date_rule("budget-date", "2023-09-18", "höstbudgeten")
        + date_rule("rate-date", "2023-09-12", "Riksbanken")
        + number_rule("votes", "175", "röster"), {
        "vote-date": ("agrees", ("Riksdagen röstade på onsdag igenom regeringens budget med 175 röster "
                                 "mot 174.")),
        "budget-date": ("agrees", "Finansminister Elisabeth Svantesson presenterar höstbudgeten på måndag."),
        "rate-date": ("agrees", "På tisdagen höjde Riksbanken styrräntan till 4 procent."),
        "votes": ("agrees", "Riksdagen röstade på onsdag igenom regeringens budget med 175 röster mot 174."),
    }),
    "da-past": ("da", SEPTEMBER, """KØBENHAVN (Ritzau) - Folketinget vedtog på onsdag lovforslaget om store bededag med 95 stemmer mod 68. Regeringen præsenterer sit finanslovsudspil på mandag.
""", date_rule("vote-date", "2023-09-13", "Folketinget")
        + date_rule("budget-date", "2023-09-18", "finanslovsudspil")
        + number_rule("votes", "95", "stemmer"), {
        "vote-date": ("agrees", ("Folketinget vedtog på onsdag lovforslaget om store bededag med 95 "
                                 "stemmer mod 68.")),
        "budget-date": ("agrees", "Regeringen præsenterer sit finanslovsudspil på mandag."),
        "votes": ("agrees", ("Folketinget vedtog på onsdag lovforslaget om store bededag med 95 "
                             "stemmer mod 68.")),
    }),
    "nb-past": ("nb", SEPTEMBER, """OSLO (NTB) - Stortinget vedtok på onsdag å innføre en ny grunnrenteskatt på havbruk. Regjeringen legger fram statsbudsjettet på mandag, opplyser Finansdepartementet.
""", date_rule("vote-date", "2023-09-13", "Stortinget")
        + date_rule("budget-date", "2023-09-18", "statsbudsjettet"), {
        "vote-date": ("agrees", "Stortinget vedtok på onsdag å innføre en ny grunnrenteskatt på havbruk."),
        "budget-date": ("agrees", "Regjeringen legger fram statsbudsjettet på mandag, opplyser Finansdepartementet."),
    }),
    # German and Dutch news tells the past in the perfect or the preterite and what is
    # scheduled in the present: "beschließt am Mittwoch" is the coming Wednesday
    "de-present": ("de", SEPTEMBER, """BERLIN (dpa) - Das Bundeskabinett beschließt am Mittwoch den Haushaltsentwurf für 2024 mit Ausgaben von 445,7 Milliarden Euro. Der Bundestag hat am Dienstag über das Heizungsgesetz debattiert. Am Freitag stimmte der Bundesrat insgesamt 12 Gesetzen zu.
""", date_rule("cabinet-date", "2023-09-20", "Bundeskabinett")
        + date_rule("debate-date", "2023-09-12", "Heizungsgesetz")
        + date_rule("bundesrat-date", "2023-09-08", "Bundesrat"), {
        "cabinet-date": ("agrees", ("Das Bundeskabinett beschließt am Mittwoch den Haushaltsentwurf für "
                                    "2024 mit Ausgaben von 445,7 Milliarden Euro.")),
        "debate-date": ("agrees", "Der Bundestag hat am Dienstag über das Heizungsgesetz debattiert."),
        "bundesrat-date": ("agrees", "Am Freitag stimmte der Bundesrat insgesamt 12 Gesetzen zu."),
    }),
    "nl-present": ("nl", SEPTEMBER, """DEN HAAG (ANP) - De Tweede Kamer debatteert dinsdag over de Miljoenennota. Het kabinet presenteerde maandag de plannen voor 2024, met een tekort van 2,9 procent. Minister Kuipers bezoekt vrijdag het ziekenhuis in Zwolle.
""", date_rule("debate-date", "2023-09-19", "Kamer")
        + date_rule("plans-date", "2023-09-11", "kabinet")
        + date_rule("visit-date", "2023-09-15", "Kuipers")
        + number_rule("deficit", "2.9", "tekort", unit="percent"), {
        "debate-date": ("agrees", "De Tweede Kamer debatteert dinsdag over de Miljoenennota."),
        "plans-date": ("agrees", "Het kabinet presenteerde maandag de plannen voor 2024, met een tekort van 2,9 procent."),
        "visit-date": ("agrees", "Minister Kuipers bezoekt vrijdag het ziekenhuis in Zwolle."),
        "deficit": ("agrees", "Het kabinet presenteerde maandag de plannen voor 2024, met een tekort van 2,9 procent."),
    }),
    # French "le" before a weekday without its day of the month is every such day, as
    # Italian "il lunedì": "a lieu le samedi" (but "Le lundi 11 septembre" is one day)
    "fr-every": ("fr", SEPTEMBER, """RENNES (AFP) - Le marché des Lices, qui a lieu le samedi depuis 1622, a été fermé mardi par arrêté préfectoral. Le lundi 11 septembre, 300 commerçants avaient manifesté devant la mairie.
""", date_rule("closure-date", "2023-09-12", "fermé")
        + date_rule("protest-date", "2023-09-11", "manifesté")
        + number_rule("traders", "300", "commerçants"), {
        "closure-date": ("agrees", ("Le marché des Lices, qui a lieu le samedi depuis 1622, a été fermé "
                                    "mardi par arrêté préfectoral.")),
        "protest-date": ("agrees", "Le lundi 11 septembre, 300 commerçants avaient manifesté devant la mairie."),
        "traders": ("agrees", "Le lundi 11 septembre, 300 commerçants avaient manifesté devant la mairie."),
    }),
    # Thai writes "next" and "last" after the weekday: "วันอังคารหน้า" (next Tuesday),
    # "วันพุธที่แล้ว" (last Wednesday)
    "th-next": ("th", SEPTEMBER, """กรุงเทพฯ - นายเศรษฐา ทวีสิน นายกรัฐมนตรี เดินทางเยือนจีนเมื่อวันพุธที่แล้ว ส่วนคณะรัฐมนตรีนัดประชุมวันอังคารหน้า เพื่อพิจารณางบประมาณ 3.48 ล้านล้านบาท
""", date_rule("visit-date", "2023-09-13", "เยือนจีน")
        + date_rule("cabinet-date", "2023-09-19", "ประชุม"), {
        "visit-date": ("agrees", ("กรุงเทพฯ - นายเศรษฐา ทวีสิน นายกรัฐมนตรี เดินทางเยือนจีนเมื่อวันพุธที่แล้ว "
                                  "ส่วนคณะรัฐมนตรีนัดประชุมวันอังคารหน้า เพื่อพิจารณางบประมาณ 3.48 ล้านล้านบาท")),
        "cabinet-date": ("agrees", ("กรุงเทพฯ - นายเศรษฐา ทวีสิน นายกรัฐมนตรี เดินทางเยือนจีนเมื่อวันพุธที่แล้ว "
                                    "ส่วนคณะรัฐมนตรีนัดประชุมวันอังคารหน้า เพื่อพิจารณางบประมาณ 3.48 ล้านล้านบาท")),
    }),
    # the Polish present in -uje, -ują after a prefix is the perfective's future, or a present
    # that schedules: "Posłowie zagłosują … w piątek" is the coming Friday
    "pl-future": ("pl", SEPTEMBER, """WARSZAWA (PAP) - Posłowie zagłosują nad projektem ustawy budżetowej w piątek. Komisja finansów publicznych przyjęła projekt we wtorek, za głosowało 27 posłów.
""", date_rule("vote-date", "2023-09-15", "Posłowie")
        + date_rule("committee-date", "2023-09-12", "Komisja")
        + number_rule("votes", "27", "posłów"), {
        "vote-date": ("agrees", "Posłowie zagłosują nad projektem ustawy budżetowej w piątek."),
        "committee-date": ("agrees", "Komisja finansów publicznych przyjęła projekt we wtorek, za głosowało 27 posłów."),
        "votes": ("agrees", "Komisja finansów publicznych przyjęła projekt we wtorek, za głosowało 27 posłów."),
    }),
    # "the following day" in a sentence with no date of its own counts from the date the
    # sentence before ends on
    "en-following": ("en", SEPTEMBER, """GENEVA (Reuters) - Talks on a prisoner exchange began on 12 September in Geneva with 14 delegates. The following day, the delegations signed a draft accord.
""", date_rule("signing-date", "2023-09-13", "signed")
        + date_rule("talks-date", "2023-09-12", "Talks"), {
        "signing-date": ("agrees", "The following day, the delegations signed a draft accord."),
        "talks-date": ("agrees", ("Talks on a prisoner exchange began on 12 September in Geneva with "
                                  "14 delegates.")),
    }),
    "es-following": ("es", SEPTEMBER, """GINEBRA (EFE) - Las negociaciones sobre el canje de prisioneros comenzaron el 12 de septiembre en Ginebra. Al día siguiente, las delegaciones firmaron un borrador de acuerdo.
""", date_rule("signing-date", "2023-09-13", "firmaron"), {
        "signing-date": ("agrees", "Al día siguiente, las delegaciones firmaron un borrador de acuerdo."),
    }),
    "ru-following": ("ru", SEPTEMBER, """ЖЕНЕВА, 14 сен - РИА Новости. Переговоры об обмене пленными начались 12 сентября в Женеве. На следующий день делегации подписали проект соглашения.
""", date_rule("signing-date", "2023-09-13", "подписали"), {
        "signing-date": ("agrees", "На следующий день делегации подписали проект соглашения."),
    }),
    # "until" and a weekday after a present of lasting: Chinese "至", "直到" (verbs take no
    # tense), Turkish "-e kadar" after the day, the verb after it
    "zh-until": ("zh", SEPTEMBER, """新华社北京9月14日电 北京市气象台发布的暴雨橙色预警持续至周日。周二，暴雨导致300多户房屋受损。
""", date_rule("alert-end", "2023-09-17", "预警")
        + date_rule("flood-date", "2023-09-12", "房屋"), {
        "alert-end": ("agrees", "北京市气象台发布的暴雨橙色预警持续至周日。"),
        "flood-date": ("agrees", "周二，暴雨导致300多户房屋受损。"),
    }),
    "tr-until": ("tr", SEPTEMBER, """İSTANBUL (AA) - Valilik tarafından ormanlara giriş için ilan edilen yasak pazar gününe kadar sürüyor. Salı günü 40 orman yangını çıktı. Kurtarma ekipleri çarşamba gününe kadar çalıştı.
""", date_rule("ban-end", "2023-09-17", "yasak")
        + date_rule("fires-date", "2023-09-12", "yangını")
        + date_rule("rescue-end", "2023-09-13", "ekipleri"), {
        "ban-end": ("agrees", ("Valilik tarafından ormanlara giriş için ilan edilen yasak pazar gününe "
                               "kadar sürüyor.")),
        "fires-date": ("agrees", "Salı günü 40 orman yangını çıktı."),
        "rescue-end": ("agrees", "Kurtarma ekipleri çarşamba gününe kadar çalıştı."),
    }),
    # the present of a body's business before a weekday schedules it, as news writes the
    # timetable: "sanciona na sexta-feira", "approva venerdì", "debate el martes",
    # "examine mardi" (not "a examiné"), "debates the bill on Tuesday"
    "pt-present": ("pt", SEPTEMBER, """BRASÍLIA (Reuters) - A Câmara dos Deputados aprovou na terça-feira o novo arcabouço fiscal por 379 votos a 64. O presidente Lula sanciona a lei na sexta-feira, no Palácio do Planalto.
""", date_rule("vote-date", "2023-09-12", "Câmara")
        + date_rule("signing-date", "2023-09-15", "sanciona")
        + number_rule("votes", "379", "votos"), {
        "vote-date": ("agrees", ("A Câmara dos Deputados aprovou na terça-feira o novo arcabouço "
                                 "fiscal por 379 votos a 64.")),
        "signing-date": ("agrees", "O presidente Lula sanciona a lei na sexta-feira, no Palácio do Planalto."),
        "votes": ("agrees", ("A Câmara dos Deputados aprovou na terça-feira o novo arcabouço "
                             "fiscal por 379 votos a 64.")),
    }),
    "it-present": ("it", SEPTEMBER, """ROMA (ANSA) - Il Consiglio dei ministri approva venerdì la manovra da 24 miliardi. Martedì il governo ha incontrato i sindacati a Palazzo Chigi.
""", date_rule("cabinet-date", "2023-09-15", "Consiglio")
        + date_rule("unions-date", "2023-09-12", "sindacati"), {
        "cabinet-date": ("agrees", "Il Consiglio dei ministri approva venerdì la manovra da 24 miliardi."),
        "unions-date": ("agrees", "Martedì il governo ha incontrato i sindacati a Palazzo Chigi."),
    }),
    "es-present": ("es", SEPTEMBER, """MADRID (EFE) - El Congreso debate el martes la proposición de ley de amnistía. El Gobierno aprobó el lunes el anteproyecto con el apoyo de 12 ministros.
""", date_rule("debate-date", "2023-09-19", "Congreso")
        + date_rule("cabinet-date", "2023-09-11", "Gobierno"), {
        "debate-date": ("agrees", "El Congreso debate el martes la proposición de ley de amnistía."),
        "cabinet-date": ("agrees", "El Gobierno aprobó el lunes el anteproyecto con el apoyo de 12 ministros."),
    }),
    "fr-present": ("fr", SEPTEMBER, """PARIS (AFP) - L'Assemblée nationale examine mardi le projet de loi immigration. Le Sénat l'avait adopté lundi par 210 voix contre 115. La commission des lois a examiné mercredi 300 amendements.
""", date_rule("assembly-date", "2023-09-19", "Assemblée")
        + date_rule("senate-date", "2023-09-11", "Sénat")
        + date_rule("committee-date", "2023-09-13", "commission"), {
        "assembly-date": ("agrees", "L'Assemblée nationale examine mardi le projet de loi immigration."),
        "senate-date": ("agrees", "Le Sénat l'avait adopté lundi par 210 voix contre 115."),
        "committee-date": ("agrees", "La commission des lois a examiné mercredi 300 amendements."),
    }),
    "en-present": ("en", SEPTEMBER, """LONDON (Reuters) - Britain's parliament debates the Online Safety Bill on Tuesday. The cabinet approved the final text on Monday after 18 months of talks.
""", date_rule("debate-date", "2023-09-19", "parliament")
        + date_rule("cabinet-date", "2023-09-11", "cabinet"), {
        "debate-date": ("agrees", "Britain's parliament debates the Online Safety Bill on Tuesday."),
        "cabinet-date": ("agrees", "The cabinet approved the final text on Monday after 18 months of talks."),
    }),
    # Swahili's future on a loan verb in -i, after a class prefix: "litajadili" (will discuss)
    "sw-future": ("sw", SEPTEMBER, """DODOMA - Bunge litajadili muswada wa sheria ya fedha Jumanne. Serikali iliidhinisha muswada huo Jumatatu baada ya mawaziri 20 kukutana.
""", date_rule("debate-date", "2023-09-19", "Bunge")
        + date_rule("cabinet-date", "2023-09-11", "Serikali"), {
        "debate-date": ("agrees", "Bunge litajadili muswada wa sheria ya fedha Jumanne."),
        "cabinet-date": ("agrees", "Serikali iliidhinisha muswada huo Jumatatu baada ya mawaziri 20 kukutana."),
    }),
    # Arabic news tells what is scheduled in the imperfect, the verb first: "يناقش مجلس
    # النواب مشروع القانون يوم الثلاثاء" is the coming Tuesday; the perfect, "وافقت", the last
    "ar-present": ("ar", SEPTEMBER, """القاهرة (رويترز) - يناقش مجلس النواب المصري مشروع قانون الإيجار القديم يوم الثلاثاء. ووافقت الحكومة على المشروع يوم الاثنين بعد اجتماع استمر 3 ساعات.
""", date_rule("debate-date", "2023-09-19", "النواب")
        + date_rule("cabinet-date", "2023-09-11", "الحكومة"), {
        "debate-date": ("agrees", "يناقش مجلس النواب المصري مشروع قانون الإيجار القديم يوم الثلاثاء."),
        "cabinet-date": ("agrees", "ووافقت الحكومة على المشروع يوم الاثنين بعد اجتماع استمر 3 ساعات."),
    }),
    # the Ukrainian perfective's singular in -е, a future: "розгляне у вівторок"
    "uk-future": ("uk", SEPTEMBER, """КИЇВ - Верховна Рада розгляне законопроєкт про держбюджет-2024 у вівторок. Уряд схвалив документ у понеділок, видатки становлять 3,3 трлн гривень.
""", date_rule("debate-date", "2023-09-19", "Рада")
        + date_rule("cabinet-date", "2023-09-11", "Уряд"), {
        "debate-date": ("agrees", "Верховна Рада розгляне законопроєкт про держбюджет-2024 у вівторок."),
        "cabinet-date": ("agrees", "Уряд схвалив документ у понеділок, видатки становлять 3,3 трлн гривень."),
    }),
    # a German participle of scheduling closes its clause after the day: "ist für Freitag geplant"
    "de-planned": ("de", SEPTEMBER, """BERLIN (dpa) - Am Montag hatte die Ampel-Koalition den Kompromiss zum Heizungsgesetz verkündet. Die Abstimmung im Bundestag ist für Freitag geplant, 368 Abgeordnete haben ihre Zustimmung signalisiert.
""", date_rule("deal-date", "2023-09-11", "Kompromiss")
        + date_rule("vote-date", "2023-09-15", "Abstimmung"), {
        "deal-date": ("agrees", "Am Montag hatte die Ampel-Koalition den Kompromiss zum Heizungsgesetz verkündet."),
        "vote-date": ("agrees", ("Die Abstimmung im Bundestag ist für Freitag geplant, 368 Abgeordnete haben ihre "
                                 "Zustimmung signalisiert.")),
    }),
    # "until" and a weekday after a present of lasting, in more languages: the span still
    # runs to the coming day
    "vi-until": ("vi", SEPTEMBER, """HÀ NỘI - Lệnh cấm đốt rơm rạ có hiệu lực đến Chủ nhật, theo UBND thành phố. Hôm thứ Ba, 120 hộ dân đã bị xử phạt.
""", date_rule("ban-end", "2023-09-17", "Lệnh cấm")
        + date_rule("fines-date", "2023-09-12", "xử phạt"), {
        "ban-end": ("agrees", "Lệnh cấm đốt rơm rạ có hiệu lực đến Chủ nhật, theo UBND thành phố."),
        "fines-date": ("agrees", "Hôm thứ Ba, 120 hộ dân đã bị xử phạt."),
    }),
    "hi-until": ("hi", SEPTEMBER, """नई दिल्ली - दिल्ली में निर्माण कार्यों पर प्रतिबंध रविवार तक लागू है। मंगलवार को 300 से अधिक स्थलों पर जुर्माना लगाया गया।
""", date_rule("ban-end", "2023-09-17", "प्रतिबंध"), {
        "ban-end": ("agrees", "नई दिल्ली - दिल्ली में निर्माण कार्यों पर प्रतिबंध रविवार तक लागू है।"),
    }),
    "fa-until": ("fa", SEPTEMBER, """تهران - ممنوعیت تردد کامیون‌ها در جاده چالوس تا روز یکشنبه ادامه دارد. روز سه‌شنبه ۴۰ خودرو در این جاده متوقف شدند.
""", date_rule("ban-end", "2023-09-17", "ممنوعیت"), {
        "ban-end": ("agrees", "تهران - ممنوعیت تردد کامیون‌ها در جاده چالوس تا روز یکشنبه ادامه دارد."),
    }),
    "sw-until": ("sw", SEPTEMBER, """NAIROBI - Marufuku ya kusafirisha mahindi inaendelea hadi Jumapili, kwa mujibu wa Wizara ya Kilimo. Jumanne, malori 40 yalizuiliwa mpakani.
""", date_rule("ban-end", "2023-09-17", "Marufuku"), {
        "ban-end": ("agrees", ("Marufuku ya kusafirisha mahindi inaendelea hadi Jumapili, kwa mujibu wa "
                               "Wizara ya Kilimo.")),
    }),
    "el-until": ("el", SEPTEMBER, """ΑΘΗΝΑ - Η απαγόρευση κυκλοφορίας στα δάση της Αττικής ισχύει μέχρι την Κυριακή. Την Τρίτη εκδηλώθηκαν 40 πυρκαγιές.
""", date_rule("ban-end", "2023-09-17", "απαγόρευση"), {
        "ban-end": ("agrees", "Η απαγόρευση κυκλοφορίας στα δάση της Αττικής ισχύει μέχρι την Κυριακή."),
    }),
    "ro-until": ("ro", SEPTEMBER, """BUCUREȘTI - Codul portocaliu de caniculă rămâne în vigoare până duminică în 20 de județe. Marți, temperaturile au depășit 38 de grade.
""", date_rule("alert-end", "2023-09-17", "Codul"), {
        "alert-end": ("agrees", "Codul portocaliu de caniculă rămâne în vigoare până duminică în 20 de județe."),
    }),
    "cs-until": ("cs", SEPTEMBER, """PRAHA - Zákaz vstupu do lesů v Českém Švýcarsku platí do neděle. V úterý tam hasiči likvidovali 40 ohnisek.
""", date_rule("ban-end", "2023-09-17", "Zákaz"), {
        "ban-end": ("agrees", "Zákaz vstupu do lesů v Českém Švýcarsku platí do neděle."),
    }),
    "hu-until": ("hu", SEPTEMBER, """BUDAPEST (MTI) - Az országos tűzgyújtási tilalom vasárnapig érvényes. Kedden 40 helyen keletkezett tűz.
""", date_rule("ban-end", "2023-09-17", "tilalom"), {
        "ban-end": ("agrees", "Az országos tűzgyújtási tilalom vasárnapig érvényes."),
    }),
    # a year before a weekday counts no weekdays: "бюджет-2024 во вторник" is Tuesday
    "ru-year": ("ru", SEPTEMBER, """МОСКВА (ТАСС) - Госдума приняла бюджет-2024 во вторник в первом чтении, за проголосовали 320 депутатов.
""", date_rule("vote-date", "2023-09-12", "Госдума")
        + number_rule("votes", "320", "депутатов"), {
        "vote-date": ("agrees", ("Госдума приняла бюджет-2024 во вторник в первом чтении, за "
                                 "проголосовали 320 депутатов.")),
        "votes": ("agrees", ("Госдума приняла бюджет-2024 во вторник в первом чтении, за "
                             "проголосовали 320 депутатов.")),
    }),
    # "is set for", as "is set to", schedules: "The Senate vote is set for this Tuesday"
    "en-this": ("en", SEPTEMBER, """WASHINGTON (AP) - The Senate vote on the stopgap spending bill is set for this Tuesday. House Republicans voted this Tuesday to open an impeachment inquiry, 221 to 212.
""", date_rule("senate-date", "2023-09-19", "Senate")
        + date_rule("house-date", "2023-09-12", "impeachment"), {
        "senate-date": ("agrees", ("The Senate vote on the stopgap spending bill is set for this "
                                   "Tuesday.")),
        "house-date": ("agrees", ("House Republicans voted this Tuesday to open an impeachment inquiry, 221 to "
                                  "212.")),
    }),
    # Hungarian news tells the past with -t on the verb and what is scheduled in the
    # present: "kedden szavaz" is the coming Tuesday, "szerdán … tárgyalt" the last Wednesday
    "hu-present": ("hu", SEPTEMBER, """BUDAPEST (MTI) - Az Országgyűlés kedden szavaz a jövő évi költségvetésről. A kormány hétfőn benyújtotta a javaslatot, amely 3,9 százalékos hiánnyal számol. Orbán Viktor szerdán Brüsszelben tárgyalt.
""", date_rule("vote-date", "2023-09-19", "Országgyűlés")
        + date_rule("bill-date", "2023-09-11", "kormány")
        + date_rule("talks-date", "2023-09-13", "Brüsszelben"), {
        "vote-date": ("agrees", "Az Országgyűlés kedden szavaz a jövő évi költségvetésről."),
        "bill-date": ("agrees", "A kormány hétfőn benyújtotta a javaslatot, amely 3,9 százalékos hiánnyal számol."),
        "talks-date": ("agrees", "Orbán Viktor szerdán Brüsszelben tárgyalt."),
    }),
    # a day shift with a date set after it by a comma names that date, no other day
    "en-apposed": ("en", SEPTEMBER, """GENEVA (Reuters) - The delegations signed the prisoner exchange accord on 13 September. The day before, on 12 September, the foreign ministers met for 6 hours.
""", date_rule("meeting-date", "2023-09-12", "ministers"), {
        "meeting-date": ("agrees", "The day before, on 12 September, the foreign ministers met for 6 hours."),
    }),
    "it-apposed": ("it", SEPTEMBER, """GINEVRA (ANSA) - I ministri degli Esteri si sono incontrati il 12 settembre. Il giorno dopo, 13 settembre, le delegazioni hanno firmato l'accordo sullo scambio di 60 prigionieri.
""", date_rule("signing-date", "2023-09-13", "firmato"), {
        "signing-date": ("agrees", ("Il giorno dopo, 13 settembre, le delegazioni hanno firmato l'accordo sullo "
                                    "scambio di 60 prigionieri.")),
    }),
    # a word for "earlier" that opens the sentence before a comma, which parts clauses in a
    # script without spaces: "これに先立ち、米国は10月18日"
    "ja-earlier": ("ja", NOVEMBER, """【ニューヨーク共同】国連安全保障理事会は水曜日、ガザに関する決議を採択した。賛成は12カ国だった。これに先立ち、米国は10月18日、ブラジルが提出した決議案に拒否権を行使した。
""", date_rule("adopted", "2023-11-15", "決議"), {
        "adopted": ("agrees", "国連安全保障理事会は水曜日、ガザに関する決議を採択した。"),
    }),
    # the present of ending schedules too: "se termine vendredi", "si conclude venerdì",
    # "termina el viernes", "se încheie vineri"; Indonesian "berakhir", without tense, is
    # either Friday, and left unread
    "fr-ends": ("fr", SEPTEMBER, """ADDIS-ABEBA (AFP) - Le sommet de l'Union africaine sur le climat se termine vendredi à Addis-Abeba. Mardi, 40 chefs d'État étaient arrivés dans la capitale éthiopienne.
""", date_rule("end-date", "2023-09-15", "sommet")
        + date_rule("arrival-date", "2023-09-12", "arrivés"), {
        "end-date": ("agrees", ("Le sommet de l'Union africaine sur le climat se termine vendredi à "
                                "Addis-Abeba.")),
        "arrival-date": ("agrees", "Mardi, 40 chefs d'État étaient arrivés dans la capitale éthiopienne."),
    }),
    "it-ends": ("it", SEPTEMBER, """NUOVA DELHI (ANSA) - Il vertice dei ministri del G20 si conclude venerdì a Nuova Delhi. Martedì erano arrivati 30 capi delegazione.
""", date_rule("end-date", "2023-09-15", "vertice")
        + date_rule("arrival-date", "2023-09-12", "arrivati"), {
        "end-date": ("agrees", "Il vertice dei ministri del G20 si conclude venerdì a Nuova Delhi."),
        "arrival-date": ("agrees", "Martedì erano arrivati 30 capi delegazione."),
    }),
    "es-ends": ("es", SEPTEMBER, """ASUNCIÓN (EFE) - La cumbre del Mercosur termina el viernes en Asunción. El martes llegaron 12 presidentes a la capital paraguaya.
""", date_rule("end-date", "2023-09-15", "cumbre")
        + date_rule("arrival-date", "2023-09-12", "llegaron"), {
        "end-date": ("agrees", "La cumbre del Mercosur termina el viernes en Asunción."),
        "arrival-date": ("agrees", "El martes llegaron 12 presidentes a la capital paraguaya."),
    }),
    "ro-ends": ("ro", SEPTEMBER, """VILNIUS (Agerpres) - Summitul NATO se încheie vineri la Vilnius. Marți, 31 de lideri au sosit în capitala Lituaniei.
""", date_rule("end-date", "2023-09-15", "Summitul")
        + date_rule("arrival-date", "2023-09-12", "sosit"), {
        "end-date": ("agrees", "Summitul NATO se încheie vineri la Vilnius."),
        "arrival-date": ("agrees", "Marți, 31 de lideri au sosit în capitala Lituaniei."),
    }),
    "id-ends": ("id", SEPTEMBER, """JAKARTA (ANTARA) - KTT ASEAN ke-43 berakhir pada Jumat di Jakarta. Sebanyak 18 kepala negara telah tiba pada Selasa.
""", date_rule("end-date", "2023-09-15", "KTT")
        + date_rule("arrival-date", "2023-09-12", "tiba"), {
        "end-date": ("silent", None),
        "arrival-date": ("agrees", "Sebanyak 18 kepala negara telah tiba pada Selasa."),
    }),
    # the imperfective present of a body's business schedules in Czech, Croatian and Greek
    # news, which tells the past in the perfect or the aorist
    "cs-present": ("cs", SEPTEMBER, """PRAHA (ČTK) - Vláda v úterý schválila návrh rozpočtu se schodkem 252 miliard korun. Sněmovna o něm jedná v pátek.
""", date_rule("cabinet-date", "2023-09-12", "Vláda")
        + date_rule("debate-date", "2023-09-15", "Sněmovna"), {
        "cabinet-date": ("agrees", "Vláda v úterý schválila návrh rozpočtu se schodkem 252 miliard korun."),
        "debate-date": ("agrees", "Sněmovna o něm jedná v pátek."),
    }),
    "hr-present": ("hr", SEPTEMBER, """ZAGREB (Hina) - Vlada je u utorak prihvatila prijedlog proračuna od 30 milijardi eura. Sabor o njemu raspravlja u petak.
""", date_rule("cabinet-date", "2023-09-12", "Vlada")
        + date_rule("debate-date", "2023-09-15", "Sabor"), {
        "cabinet-date": ("agrees", "Vlada je u utorak prihvatila prijedlog proračuna od 30 milijardi eura."),
        "debate-date": ("agrees", "Sabor o njemu raspravlja u petak."),
    }),
    "el-present": ("el", SEPTEMBER, """ΑΘΗΝΑ (ΑΠΕ) - Η Βουλή ψήφισε την Τρίτη τον προϋπολογισμό με 158 ψήφους. Το υπουργικό συμβούλιο συνεδριάζει την Παρασκευή.
""", date_rule("vote-date", "2023-09-12", "Βουλή")
        + date_rule("cabinet-date", "2023-09-15", "συμβούλιο"), {
        "vote-date": ("agrees", "Η Βουλή ψήφισε την Τρίτη τον προϋπολογισμό με 158 ψήφους."),
        "cabinet-date": ("agrees", "Το υπουργικό συμβούλιο συνεδριάζει την Παρασκευή."),
    }),
    # Tamil news writes what is scheduled in the present: "வெள்ளிக்கிழமை கூடுகிறது"
    "ta-present": ("ta", SEPTEMBER, """சென்னை - தமிழக அமைச்சரவை செவ்வாய்க்கிழமை ரூ.3.65 லட்சம் கோடி பட்ஜெட்டுக்கு ஒப்புதல் அளித்தது. சட்டப்பேரவை வெள்ளிக்கிழமை கூடுகிறது.
""", date_rule("cabinet-date", "2023-09-12", "அமைச்சரவை")
        + date_rule("assembly-date", "2023-09-15", "சட்டப்பேரவை"), {
        "cabinet-date": ("agrees", "சென்னை - தமிழக அமைச்சரவை செவ்வாய்க்கிழமை ரூ.3.65 லட்சம் கோடி பட்ஜெட்டுக்கு ஒப்புதல் அளித்தது."),
        "assembly-date": ("agrees", "சட்டப்பேரவை வெள்ளிக்கிழமை கூடுகிறது."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_dates_and_tense_of_a_news_article_in_its_own_language(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
