"""End to end: dates and tense as news writes them where they were misread — a present that
speaks of what is to come where a phrasing has the past (Finnish "hyväksyy" for
"hyväksyi", Polish "uchwali" for "uchwalił"); the time left to do a thing ("tienen hasta
el viernes para", "têm até sexta-feira"), and a cue that ends on "that" ("tienen que
presentar … el viernes"); a present of lasting, or of what may still be done, before
"until" and a weekday, whose span still runs ("remains in force until Sunday", "gilt bis
Sonntag", "действует до воскресенья", "podem ser apresentadas até sexta-feira"); Italian
"entro", a deadline; a weekday after a word that names an event still to come ("ahead of
Sunday's election", "in vista del voto di domenica"); a day opening its clause after
function words alone ("An diesem Freitag stimmt der Bundesrat ab"); a Hebrew verb of
saying that the object marker after the date makes a deed ("אישרה ביום שני את החוק"); a
weekday in a plural CLDR does not write ("montags", "'s maandags", "по понедельникам",
"по понеділках", "w poniedziałki"), or after "every" ("every Monday", "cada domingo",
"il lunedì"), every such day; Korean particles written on a weekday ("일요일까지") and a
counter written on a number before it ("300채가 화요일") — checked by rules of each built-in
type, verdict and the sentence of the first evidence."""

from __future__ import annotations

import pytest
from real_news import date_rule, number_rule, phrase_rule, read_case, stated


SEPTEMBER = "2023-09-14"  # a Thursday: "on Friday" ahead is the 15th, behind the 8th


# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    # a present where the phrasing has the past: Finnish has no future tense, and the
    # Polish perfective's present is its future; a promise states no deed
    "fi-present": ("fi", SEPTEMBER, """HELSINKI (STT) - Eduskunta hyväksyy ensi vuoden budjetin ensi viikolla. Valtiovarainvaliokunta hyväksyi mietinnön tiistaina äänin 11-6. Valiokunnan puheenjohtaja Jussi Halla-aho kertoi asiasta keskiviikkona.
""", phrase_rule("budget-passed", "Eduskunta hyväksyi budjetin")
        + phrase_rule("report-passed", "Valtiovarainvaliokunta hyväksyi mietinnön")
        + date_rule("committee-date", "2023-09-12", "mietinnön"), {
        "budget-passed": ("silent", None),
        "report-passed": ("agrees", "Valtiovarainvaliokunta hyväksyi mietinnön tiistaina äänin 11-6."),
        "committee-date": ("agrees", "Valtiovarainvaliokunta hyväksyi mietinnön tiistaina äänin 11-6."),
    }),
    "pl-present": ("pl", SEPTEMBER, """WARSZAWA (PAP) - Sejm uchwali ustawę budżetową w przyszłym tygodniu. Posłowie zagłosują nad poprawkami opozycji w piątek. Komisja finansów publicznych przyjęła projekt we wtorek, za głosowało 27 posłów.
""", phrase_rule("budget-passed", "Sejm uchwalił ustawę budżetową")
        + phrase_rule("amendments-voted", "Posłowie zagłosowali nad poprawkami")
        + phrase_rule("draft-passed", "Komisja finansów przyjęła projekt")
        + date_rule("committee-date", "2023-09-12", "Komisja")
        + number_rule("votes", "27", "posłów"), {
        "budget-passed": ("silent", None),
        "amendments-voted": ("silent", None),
        "draft-passed": ("agrees", ("Komisja finansów publicznych przyjęła projekt we wtorek, za głosowało 27 "
                                    "posłów.")),
        "committee-date": ("agrees", ("Komisja finansów publicznych przyjęła projekt we wtorek, za głosowało 27 "
                                      "posłów.")),
        "votes": ("agrees", ("Komisja finansów publicznych przyjęła projekt we wtorek, za głosowało 27 "
                             "posłów.")),
    }),
    # the time left to do a thing is still to come: "tienen hasta el viernes para", "têm
    # até sexta-feira"; as is a duty a cue ending on "that" tells ("tienen que presentar")
    "es-deadline": ("es", SEPTEMBER, """MADRID (EFE) - Los grupos parlamentarios tienen hasta el viernes para presentar enmiendas a los Presupuestos. Las comunidades autónomas tienen que remitir sus planes el lunes. El Consejo de Ministros aprobó el proyecto el martes con un techo de gasto de 199.120 millones.
""", date_rule("amendments-date", "2023-09-15", "enmiendas")
        + date_rule("plans-date", "2023-09-18", "planes")
        + date_rule("cabinet-date", "2023-09-12", "Consejo"), {
        "amendments-date": ("agrees", ("Los grupos parlamentarios tienen hasta el viernes para "
                                       "presentar enmiendas a los Presupuestos.")),
        "plans-date": ("agrees", "Las comunidades autónomas tienen que remitir sus planes el lunes."),
        "cabinet-date": ("agrees", ("El Consejo de Ministros aprobó el proyecto el martes con un techo de gasto de "
                                    "199.120 millones.")),
    }),
    "pt-deadline": ("pt", SEPTEMBER, """LISBOA (Lusa) - Os partidos têm até sexta-feira para entregar propostas de alteração ao Orçamento. O Conselho de Ministros aprovou o documento na terça-feira, com um excedente de 0,8% do PIB.
""", date_rule("proposals-date", "2023-09-15", "propostas")
        + date_rule("cabinet-date", "2023-09-12", "Conselho")
        + number_rule("surplus", "0.8", "excedente", unit="percent"), {
        "proposals-date": ("agrees", ("Os partidos têm até sexta-feira para entregar propostas de "
                                      "alteração ao Orçamento.")),
        "cabinet-date": ("agrees", ("O Conselho de Ministros aprovou o documento na terça-feira, com um excedente "
                                    "de 0,8% do PIB.")),
        "surplus": ("agrees", ("O Conselho de Ministros aprovou o documento na terça-feira, com um excedente de "
                               "0,8% do PIB.")),
    }),
    # a present of lasting before "until" and a weekday: the span still runs, to the
    # coming day; after a past it ended on the last one
    "en-until": ("en", SEPTEMBER, """TRIPOLI (Reuters) - A curfew remains in force in the eastern city of Derna until Sunday, officials said on Wednesday. Storm Daniel hit the city on Sunday night, and at least 5,300 people were killed when two dams burst. Rescue teams worked until Tuesday to reach the worst-hit districts.
""", date_rule("curfew-end", "2023-09-17", "curfew")
        + date_rule("storm-date", "2023-09-10", "Storm Daniel")
        + date_rule("rescue-end", "2023-09-12", "Rescue")
        + number_rule("dead", "5300", "killed"), {
        "curfew-end": ("agrees", ("A curfew remains in force in the eastern city of Derna until "
                                  "Sunday, officials said on Wednesday.")),
        "storm-date": ("agrees", ("Storm Daniel hit the city on Sunday night, and at least 5,300 people were killed "
                                  "when two dams burst.")),
        "rescue-end": ("agrees", "Rescue teams worked until Tuesday to reach the worst-hit districts."),
        "dead": ("agrees", ("Storm Daniel hit the city on Sunday night, and at least 5,300 people were killed when "
                            "two dams burst.")),
    }),
    "es-until": ("es", SEPTEMBER, """MADRID (EFE) - La alerta roja por lluvias torrenciales se mantiene hasta el domingo en la Comunidad de Madrid. La DANA dejó el martes tres muertos en Toledo, según el 112.
""", date_rule("alert-end", "2023-09-17", "alerta")
        + date_rule("storm-date", "2023-09-12", "muertos"), {
        "alert-end": ("agrees", ("La alerta roja por lluvias torrenciales se mantiene hasta el "
                                 "domingo en la Comunidad de Madrid.")),
        "storm-date": ("agrees", "La DANA dejó el martes tres muertos en Toledo, según el 112."),
    }),
    "de-until": ("de", SEPTEMBER, """HAGEN (dpa) - Die Vollsperrung der A45 zwischen Lüdenscheid und Hagen gilt bis Sonntag. Am Dienstag war dort ein Lastwagen mit 40 Tonnen Ladung verunglückt.
""", date_rule("closure-end", "2023-09-17", "Vollsperrung")
        + date_rule("crash-date", "2023-09-12", "Lastwagen"), {
        "closure-end": ("agrees", ("Die Vollsperrung der A45 zwischen Lüdenscheid und Hagen gilt bis "
                                   "Sonntag.")),
        "crash-date": ("agrees", "Am Dienstag war dort ein Lastwagen mit 40 Tonnen Ladung verunglückt."),
    }),
    "fr-until": ("fr", SEPTEMBER, """MARSEILLE (AFP) - La vigilance orange aux orages reste en vigueur jusqu'à samedi dans les Bouches-du-Rhône, selon Météo-France. Mardi, 120 communes avaient été touchées par la grêle.
""", date_rule("alert-end", "2023-09-16", "vigilance")
        + date_rule("hail-date", "2023-09-12", "grêle"), {
        "alert-end": ("agrees", ("La vigilance orange aux orages reste en vigueur jusqu'à samedi "
                                 "dans les Bouches-du-Rhône, selon Météo-France.")),
        "hail-date": ("agrees", "Mardi, 120 communes avaient été touchées par la grêle."),
    }),
    "ru-until": ("ru", SEPTEMBER, """МАХАЧКАЛА, 14 сен - РИА Новости. Режим ЧС в Дагестане действует до воскресенья, сообщили в правительстве республики. Ливень во вторник затопил более 300 домов.
""", date_rule("emergency-end", "2023-09-17", "ЧС")
        + date_rule("flood-date", "2023-09-12", "домов"), {
        "emergency-end": ("agrees", ("Режим ЧС в Дагестане действует до воскресенья, сообщили в правительстве "
                                     "республики.")),
        "flood-date": ("agrees", "Ливень во вторник затопил более 300 домов."),
    }),
    "pl-until": ("pl", SEPTEMBER, """WARSZAWA (PAP) - Zakaz wstępu do lasów w województwie lubuskim obowiązuje do niedzieli. We wtorek strażacy gasili tam ponad 40 pożarów.
""", date_rule("ban-end", "2023-09-17", "Zakaz")
        + date_rule("fires-date", "2023-09-12", "pożarów"), {
        "ban-end": ("agrees", ("Zakaz wstępu do lasów w województwie lubuskim obowiązuje do "
                               "niedzieli.")),
        "fires-date": ("agrees", "We wtorek strażacy gasili tam ponad 40 pożarów."),
    }),
    "ar-until": ("ar", SEPTEMBER, """طرابلس (رويترز) - يستمر حظر التجول في مدينة درنة حتى يوم الأحد، بحسب ما أعلنت السلطات. وضربت العاصفة دانيال المدينة يوم الأحد الماضي.
""", date_rule("curfew-end", "2023-09-17", "التجول")
        + date_rule("storm-date", "2023-09-10", "العاصفة"), {
        "curfew-end": ("agrees", ("يستمر حظر التجول في مدينة درنة حتى يوم الأحد، بحسب ما أعلنت "
                                  "السلطات.")),
        "storm-date": ("agrees", "وضربت العاصفة دانيال المدينة يوم الأحد الماضي."),
    }),
    "id-until": ("id", SEPTEMBER, """JAKARTA (ANTARA) - Larangan pembakaran lahan di Kalimantan Tengah berlaku hingga Minggu. Polisi telah menangkap 12 orang pada Selasa.
""", date_rule("ban-end", "2023-09-17", "Larangan")
        + date_rule("arrest-date", "2023-09-12", "menangkap"), {
        "ban-end": ("agrees", ("Larangan pembakaran lahan di Kalimantan Tengah berlaku hingga "
                               "Minggu.")),
        "arrest-date": ("agrees", "Polisi telah menangkap 12 orang pada Selasa."),
    }),
    # a span of what may still be done: "podem ser apresentadas até sexta-feira"; Italian
    # "entro", a deadline
    "pt-until": ("pt", SEPTEMBER, """LISBOA (Lusa) - As candidaturas ao programa Porta 65 podem ser apresentadas até sexta-feira no portal da Habitação. O aviso foi publicado na segunda-feira em Diário da República e prevê 11 milhões de euros.
""", date_rule("applications-end", "2023-09-15", "candidaturas")
        + date_rule("notice-date", "2023-09-11", "aviso"), {
        "applications-end": ("agrees", ("As candidaturas ao programa Porta 65 podem ser apresentadas "
                                        "até sexta-feira no portal da Habitação.")),
        "notice-date": ("agrees", ("O aviso foi publicado na segunda-feira em Diário da República e prevê 11 milhões "
                                   "de euros.")),
    }),
    "it-deadline": ("it", SEPTEMBER, """ROMA (ANSA) - Le domande per il bonus trasporti vanno presentate entro venerdì sul portale del ministero. Il decreto attuativo era stato firmato lunedì dal ministro Adolfo Urso.
""", date_rule("applications-end", "2023-09-15", "domande")
        + date_rule("decree-date", "2023-09-11", "decreto"), {
        "applications-end": ("agrees", ("Le domande per il bonus trasporti vanno presentate entro "
                                        "venerdì sul portale del ministero.")),
        "decree-date": ("agrees", "Il decreto attuativo era stato firmato lunedì dal ministro Adolfo Urso."),
    }),
    # a day that opens its clause after function words alone takes the present that
    # schedules after it: "An diesem Freitag stimmt der Bundesrat ab"
    "de-this": ("de", SEPTEMBER, """BERLIN (dpa) - An diesem Freitag stimmt der Bundesrat über das Heizungsgesetz ab. Der Bundestag hatte das Gesetz am vergangenen Freitag mit 399 Stimmen beschlossen.
""", date_rule("bundesrat-date", "2023-09-15", "Bundesrat")
        + date_rule("bundestag-date", "2023-09-08", "Bundestag")
        + number_rule("votes", "399", "Stimmen"), {
        "bundesrat-date": ("agrees", ("An diesem Freitag stimmt der Bundesrat über das "
                                      "Heizungsgesetz ab.")),
        "bundestag-date": ("agrees", ("Der Bundestag hatte das Gesetz am vergangenen Freitag mit 399 Stimmen "
                                      "beschlossen.")),
        "votes": ("agrees", "Der Bundestag hatte das Gesetz am vergangenen Freitag mit 399 Stimmen beschlossen."),
    }),
    # a weekday after a word that names an event still to come is the first such day after
    # the other date its sentence tells: "held a rally on Tuesday ahead of Sunday's election"
    "en-ahead": ("en", SEPTEMBER, """WARSAW (Reuters) - Polish opposition leader Donald Tusk held a rally in Warsaw on Tuesday ahead of Sunday's parliamentary election. Polls show his Civic Coalition trailing the ruling party by 4 points.
""", date_rule("election-date", "2023-09-17", "election")
        + date_rule("rally-date", "2023-09-12", "rally"), {
        "election-date": ("agrees", ("Polish opposition leader Donald Tusk held a rally in Warsaw "
                                     "on Tuesday ahead of Sunday's parliamentary election.")),
        "rally-date": ("agrees", ("Polish opposition leader Donald Tusk held a rally in Warsaw on "
                                  "Tuesday ahead of Sunday's parliamentary election.")),
    }),
    "it-ahead": ("it", SEPTEMBER, """VARSAVIA (ANSA) - Il leader dell'opposizione Donald Tusk ha tenuto un comizio martedì a Varsavia in vista del voto di domenica. I sondaggi lo danno indietro di 4 punti.
""", date_rule("election-date", "2023-09-17", "voto")
        + date_rule("rally-date", "2023-09-12", "comizio"), {
        "election-date": ("agrees", ("Il leader dell'opposizione Donald Tusk ha tenuto un comizio "
                                     "martedì a Varsavia in vista del voto di domenica.")),
        "rally-date": ("agrees", ("Il leader dell'opposizione Donald Tusk ha tenuto un comizio "
                                  "martedì a Varsavia in vista del voto di domenica.")),
    }),
    # a verb of saying before the date with the object marker after it is a deed: Hebrew
    # "אישרה ביום שני את החוק" (approved the law on Monday), not "אישר כי" (confirmed that)
    "he-approved": ("he", SEPTEMBER, """ירושלים - הכנסת אישרה ביום שני את חוק התקציב בקריאה ראשונה, ברוב של 64 חברי כנסת. דובר הכנסת אישר ביום שלישי כי ההצבעה השנייה תתקיים בשבוע הבא.
""", date_rule("budget-date", "2023-09-11", "התקציב")
        + number_rule("majority", "64", "ברוב"), {
        "budget-date": ("agrees", "ירושלים - הכנסת אישרה ביום שני את חוק התקציב בקריאה ראשונה, ברוב של 64 חברי כנסת."),
        "majority": ("agrees", "ירושלים - הכנסת אישרה ביום שני את חוק התקציב בקריאה ראשונה, ברוב של 64 חברי כנסת."),
    }),
    # Korean particles written on the weekday ("화요일에는", "일요일까지"), and a counter
    # written on a number before it, which counts what it names, not weekdays ("주택 300채가
    # 화요일 침수됐다": 300 houses were flooded on Tuesday)
    "ko-particles": ("ko", SEPTEMBER, """기상청에 따르면 충남 지역 호우경보는 일요일까지 이어진다. 화요일에는 논산시 주택 300채가 침수됐다. 정부는 수요일 이 지역을 특별재난지역으로 선포했다.
""", date_rule("alert-end", "2023-09-17", "호우경보는")
        + date_rule("flood-date", "2023-09-12", "주택")
        + date_rule("disaster-date", "2023-09-13", "선포했다"), {
        "alert-end": ("agrees", "기상청에 따르면 충남 지역 호우경보는 일요일까지 이어진다."),
        "flood-date": ("agrees", "화요일에는 논산시 주택 300채가 침수됐다."),
        "disaster-date": ("agrees", "정부는 수요일 이 지역을 특별재난지역으로 선포했다."),
    }),
    "ko-counted": ("ko", SEPTEMBER, """서울 - 충남 논산시 주택 300채가 화요일 침수됐다. 이재민은 1200명에 이른다.
""", date_rule("flood-date", "2023-09-12", "주택"), {
        "flood-date": ("agrees", "서울 - 충남 논산시 주택 300채가 화요일 침수됐다."),
    }),
    # a weekday after "every", or after the article that makes it every such day, Spanish
    # "los lunes", Italian "il lunedì", is no date
    "es-every": ("es", SEPTEMBER, """MADRID (EFE) - El Museo del Prado, que cierra los lunes, reabrió el martes la sala de Velázquez tras una restauración de 14 meses. El mercado de San Miguel, que abre cada domingo, recibió 20.000 visitantes.
""", date_rule("reopening-date", "2023-09-12", "Prado"), {
        "reopening-date": ("agrees", ("El Museo del Prado, que cierra los lunes, reabrió el martes la "
                                      "sala de Velázquez tras una restauración de 14 meses.")),
    }),
    "it-every": ("it", SEPTEMBER, """ROMA (ANSA) - La Galleria Borghese, chiusa il lunedì, ha riaperto martedì la sala di Caravaggio. Il mercato di Porta Portese, aperto ogni domenica, è stato chiuso mercoledì dalla polizia.
""", date_rule("reopening-date", "2023-09-12", "Galleria")
        + date_rule("market-date", "2023-09-13", "mercato"), {
        "reopening-date": ("agrees", ("La Galleria Borghese, chiusa il lunedì, ha riaperto martedì la "
                                      "sala di Caravaggio.")),
        "market-date": ("agrees", ("Il mercato di Porta Portese, aperto ogni domenica, è stato chiuso mercoledì dalla "
                                   "polizia.")),
    }),
    "en-every": ("en", SEPTEMBER, """LONDON (Reuters) - Tate Modern, which closes every Monday for maintenance, reopened its Turbine Hall on Tuesday after a 3-month refit.
""", date_rule("reopening-date", "2023-09-12", "Tate"), {
        "reopening-date": ("agrees", ("Tate Modern, which closes every Monday for maintenance, "
                                      "reopened its Turbine Hall on Tuesday after a 3-month refit.")),
    }),
    "zh-every": ("zh", SEPTEMBER, """新华社北京9月14日电 故宫博物院每周一闭馆，周二重新开放了修缮后的太和殿，当天接待游客3万人次。
""", date_rule("reopening-date", "2023-09-12", "太和殿"), {
        "reopening-date": ("agrees", "故宫博物院每周一闭馆，周二重新开放了修缮后的太和殿，当天接待游客3万人次。"),
    }),
    "tr-every": ("tr", SEPTEMBER, """İSTANBUL (AA) - Pazartesileri kapalı olan Topkapı Sarayı Müzesi, salı günü restorasyonun ardından yeniden açıldı. Müzeyi ilk gün 12 bin kişi ziyaret etti.
""", date_rule("reopening-date", "2023-09-12", "Topkapı"), {
        "reopening-date": ("agrees", ("Pazartesileri kapalı olan Topkapı Sarayı Müzesi, salı günü "
                                      "restorasyonun ardından yeniden açıldı.")),
    }),
    # a weekday in a plural CLDR does not write is every such day, no date
    "de-habitual": ("de", SEPTEMBER, """BERLIN (dpa) - Das Pergamonmuseum, das künftig montags geschlossen bleibt, wurde am Dienstag nach 14 Jahren Sanierung wiedereröffnet. Die Bauarbeiten hatten 1,5 Milliarden Euro gekostet.
""", date_rule("reopening-date", "2023-09-12", "Pergamonmuseum"), {
        "reopening-date": ("agrees", ("Das Pergamonmuseum, das künftig montags geschlossen bleibt, "
                                      "wurde am Dienstag nach 14 Jahren Sanierung wiedereröffnet.")),
    }),
    "nl-habitual": ("nl", SEPTEMBER, """AMSTERDAM (ANP) - Het Rijksmuseum, dat voortaan 's maandags dicht is, heeft dinsdag de vernieuwde Gallery of Honour geopend. Er kwamen 3000 bezoekers.
""", date_rule("opening-date", "2023-09-12", "Rijksmuseum"), {
        "opening-date": ("agrees", ("Het Rijksmuseum, dat voortaan 's maandags dicht is, heeft "
                                    "dinsdag de vernieuwde Gallery of Honour geopend.")),
    }),
    "pl-habitual": ("pl", SEPTEMBER, """KRAKÓW (PAP) - Muzeum Narodowe, które jest zamknięte w poniedziałki, we wtorek otworzyło po remoncie Galerię Sztuki Polskiej. Pierwszego dnia wystawę obejrzało 3 tys. osób.
""", date_rule("opening-date", "2023-09-12", "Muzeum"), {
        "opening-date": ("agrees", ("Muzeum Narodowe, które jest zamknięte w poniedziałki, we wtorek "
                                    "otworzyło po remoncie Galerię Sztuki Polskiej.")),
    }),
    "ru-habitual": ("ru", SEPTEMBER, """МОСКВА - Третьяковская галерея, которая закрыта по понедельникам, во вторник открыла после реставрации зал Рублёва. Выставку за первый день посетили 4 тысячи человек.
""", date_rule("opening-date", "2023-09-12", "галерея"), {
        "opening-date": ("agrees", ("Третьяковская галерея, которая закрыта по понедельникам, во вторник "
                                    "открыла после реставрации зал Рублёва.")),
    }),
    "uk-habitual": ("uk", SEPTEMBER, """КИЇВ - Національний художній музей, який не працює по понеділках, у вівторок відкрив виставку Марії Примаченко. За перший день її відвідали 2 тисячі людей.
""", date_rule("opening-date", "2023-09-12", "музей"), {
        "opening-date": ("agrees", ("Національний художній музей, який не працює по понеділках, у вівторок "
                                    "відкрив виставку Марії Примаченко.")),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_dates_and_tense_of_a_news_article_in_its_own_language(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
