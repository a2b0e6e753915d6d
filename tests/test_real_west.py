"""End to end: news as the press of the languages of most news corpora writes it (English,
German, French, Spanish, Portuguese, Italian, Dutch, Russian, Ukrainian, Polish, Greek,
Hungarian, Romanian, Croatian and Serbian): datelines, weekdays, "yesterday", the night
to a day, a weekday in a clause about what is to come, vague quantities ("kilka tysięcy",
"Tausende", "tens of thousands"), local grouping, multipliers and currencies, unit words
that are common words ("4,4 ha colpito"), denials of a claim ("rejected claims that"),
each checked by rules of each built-in type, verdict and evidence sentence."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, stated

from checker.testing import article, run_rules

# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    "en": ("en", "2024-03-14", """Labour wins Wrexham by-election

WREXHAM, March 14 (Reuters) - The opposition Labour Party won Tuesday's by-election in Wrexham, taking 14,212 votes.

His office rejected claims that Sunak had cancelled a visit to the town.

Keir Starmer will visit Wrexham on Friday to thank campaigners.

Several thousand people attended a rally in the town centre.

The will of the late councillor Dafydd Evans was read on Monday.

The town council failed to approve the new budget.
""", date_rule("vote-date", "2024-03-12", "by-election")
        + date_rule("starmer-visit", "2024-03-15", "thank")
        + date_rule("will-read", "2024-03-11", "read")
        + number_rule("rally", ">= 1000", "rally")
        + phrase_rule("cancelled", "Sunak had cancelled a visit")
        + phrase_rule("budget", "council approved the new budget")
        + entity_rule("winner", "Labour", "Conservative", "won"), {
        "vote-date": ("agrees", ("The opposition Labour Party won Tuesday's by-election in Wrexham, taking 14,212 "
                                 "votes.")),
        "starmer-visit": ("agrees", "Keir Starmer will visit Wrexham on Friday to thank campaigners."),
        "will-read": ("agrees", "The will of the late councillor Dafydd Evans was read on Monday."),
        "rally": ("agrees", "Several thousand people attended a rally in the town centre."),
        "cancelled": ("contradicts", "His office rejected claims that Sunak had cancelled a visit to the town."),
        "budget": ("contradicts", "The town council failed to approve the new budget."),
        "winner": ("agrees", "Labour wins Wrexham by-election"),  # the headline's present tells the win
    }),
    "de": ("de", "2024-03-13", """GDL-Streik legt Bahnverkehr lahm

Berlin (dpa) - Die GDL hat die Deutsche Bahn am Dienstag, 12. März, erneut bestreikt.

Der Ausstand begann um 2 Uhr nachts und dauerte 24 Stunden.

Tausende Pendler mussten auf Busse ausweichen.

Personalvorstand Martin Seiler bestritt, dass die Bahn ein neues Angebot vorgelegt habe.

Die Gespräche sollen am Freitag fortgesetzt werden.
""", date_rule("strike-date", "2024-03-12", "bestreikt")
        + date_rule("talks", "2024-03-15", "Gespräche")
        + number_rule("hours", "24", "Ausstand", unit="hour")
        + number_rule("commuters", ">= 1000", "Pendler")
        + phrase_rule("offer", "die Bahn ein neues Angebot vorgelegt"), {
        "strike-date": ("agrees", ("Die GDL hat die Deutsche Bahn am Dienstag, 12. März, erneut "
                                   "bestreikt.")),
        "talks": ("agrees", "Die Gespräche sollen am Freitag fortgesetzt werden."),
        "hours": ("agrees", "Der Ausstand begann um 2 Uhr nachts und dauerte 24 Stunden."),
        "commuters": ("agrees", "Tausende Pendler mussten auf Busse ausweichen."),
        "offer": ("contradicts", ("Personalvorstand Martin Seiler bestritt, dass die Bahn ein neues Angebot "
                                  "vorgelegt habe.")),
    }),
    "fr": ("fr", "2024-07-01", """Législatives : le RN en tête du premier tour

Paris, le 1er juillet 2024 — Le RN est arrivé en tête du premier tour, dimanche 30 juin, avec 33,1 % des voix.

La participation a atteint 66,7 %.

Le Premier ministre a rejeté les accusations que le gouvernement avait retardé la publication des résultats.

Des milliers de manifestants se sont rassemblés place de la République.

Le parti a reçu un don de 5 millions de nouveaux shekels.
""", date_rule("first-round", "2024-06-30", "premier tour")
        + number_rule("turnout", "67.5", "participation", unit="percent")
        + number_rule("protesters", ">= 1000", "manifestants")
        + number_rule("gift", "5000000", "don", unit="ILS")
        + phrase_rule("delayed", "le gouvernement avait retardé la publication"), {
        "first-round": ("agrees", "Le RN est arrivé en tête du premier tour, dimanche 30 juin, avec 33,1 % des voix."),
        "turnout": ("contradicts", "La participation a atteint 66,7 %."),
        "protesters": ("agrees", "Des milliers de manifestants se sont rassemblés place de la République."),
        "gift": ("agrees", "Le parti a reçu un don de 5 millions de nouveaux shekels."),
        "delayed": ("contradicts", ("Le Premier ministre a rejeté les accusations que le gouvernement avait "
                                    "retardé la publication des résultats.")),
    }),
    "es": ("es", "2024-06-27", """Un sismo sacude el sur del Perú

LIMA, 27 Jun. (EFE) – Un sismo de magnitud 6,2 ha sacudido este miércoles la región de Arequipa.

Cientos de familias pasaron la noche en la calle.

El Gobierno negó que haya fallecidos.

La presidenta visitará la zona el viernes.
""", date_rule("quake-date", "2024-06-26", "sismo")
        + date_rule("visit", "2024-06-28", "visitará")
        + number_rule("magnitude", "6.2", "magnitud")
        + number_rule("families", ">= 100", "familias")
        + phrase_rule("dead", "haya fallecidos"), {
        "quake-date": ("agrees", "Un sismo de magnitud 6,2 ha sacudido este miércoles la región de Arequipa."),
        "visit": ("agrees", "La presidenta visitará la zona el viernes."),
        "magnitude": ("agrees", "Un sismo de magnitud 6,2 ha sacudido este miércoles la región de Arequipa."),
        "families": ("agrees", "Cientos de familias pasaron la noche en la calle."),
        "dead": ("contradicts", "El Gobierno negó que haya fallecidos."),
    }),
    "pt": ("pt", "2024-05-04", """Cheias no Rio Grande do Sul

PORTO ALEGRE – As chuvas já deixaram 57 mortos, segundo o balanço divulgado neste sábado (4).

Cerca de 3 mil sem-abrigo foram levados para ginásios.

O governador Eduardo Leite não descartou que o número de mortos aumente.

Dezenas de cidades estão sem energia.
""", number_rule("dead", "57", "deixaram")
        + number_rule("shelters", "3000", "ginásios")
        + number_rule("towns", ">= 20", "cidades")
        + entity_rule("governor", "Eduardo Leite", "Sebastião Melo", "governador"), {
        "dead": ("agrees", ("As chuvas já deixaram 57 mortos, segundo o balanço divulgado neste "
                            "sábado (4).")),
        "shelters": ("agrees", "Cerca de 3 mil sem-abrigo foram levados para ginásios."),
        "towns": ("agrees", "Dezenas de cidades estão sem energia."),
        "governor": ("agrees", "O governador Eduardo Leite não descartou que o número de mortos aumente."),
    }),
    "it": ("it", "2024-05-21", """Terremoto ai Campi Flegrei

NAPOLI, 21 maggio 2024 – Un terremoto di magnitudo 4,4 ha colpito ieri sera alle 20.10 i Campi Flegrei.

Migliaia di persone hanno trascorso la notte in strada.

Il ministro ha smentito che sia in corso un piano di evacuazione.

Le scuole riapriranno mercoledì.
""", date_rule("quake-date", "2024-05-20", "terremoto")
        + date_rule("schools", "2024-05-22", "scuole")
        + number_rule("magnitude", "4.4", "magnitudo")
        + number_rule("outside", ">= 1000", "strada")
        + phrase_rule("evacuation", "sia in corso un piano di evacuazione"), {
        "quake-date": ("agrees", "Un terremoto di magnitudo 4,4 ha colpito ieri sera alle 20.10 i Campi Flegrei."),
        "schools": ("agrees", "Le scuole riapriranno mercoledì."),
        "magnitude": ("agrees", "Un terremoto di magnitudo 4,4 ha colpito ieri sera alle 20.10 i Campi Flegrei."),
        "outside": ("agrees", "Migliaia di persone hanno trascorso la notte in strada."),
        "evacuation": ("contradicts", "Il ministro ha smentito che sia in corso un piano di evacuazione."),
    }),
    "nl": ("nl", "2024-04-21", """Feyenoord wint KNVB-beker

ROTTERDAM – Feyenoord heeft zondag 21 april de KNVB-beker gewonnen.

Ruim 45.000 toeschouwers zagen de finale, waaronder enkele duizenden supporters uit Nijmegen.

Trainer Arne Slot ontkende dat hij al een akkoord had met Liverpool.

De spelers worden maandag gehuldigd op de Coolsingel.
""", date_rule("final", "2024-04-21", "gewonnen")
        + date_rule("parade", "2024-04-22", "gehuldigd")
        + number_rule("spectators", ">= 45000", "finale", unit="toeschouwers")
        + phrase_rule("liverpool", "hij al een akkoord had met Liverpool"), {
        "final": ("agrees", "Feyenoord heeft zondag 21 april de KNVB-beker gewonnen."),
        "parade": ("agrees", "De spelers worden maandag gehuldigd op de Coolsingel."),
        "spectators": ("agrees", ("Ruim 45.000 toeschouwers zagen de finale, waaronder enkele duizenden "
                                  "supporters uit Nijmegen.")),
        "liverpool": ("contradicts", "Trainer Arne Slot ontkende dat hij al een akkoord had met Liverpool."),
    }),
    "ru": ("ru", "2024-03-16", """Беспилотники атаковали Белгородскую область

МОСКВА, 16 марта. /ТАСС/. В ночь на субботу силы ПВО уничтожили 16 беспилотников.

Несколько тысяч жителей остаются без электричества.

Кремль отверг сообщения о том, что Путин отменил поездку в регион.

Занятия в школах возобновятся в понедельник.

Выручка компании сократилась на 27% — до 8,5 трлн руб.
""", date_rule("attack-saturday", "2024-03-16", "уничтожили")
        + date_rule("attack-wednesday", "2024-03-13", "уничтожили")
        + date_rule("schools", "2024-03-18", "занятия")
        + number_rule("without-power", ">= 1000", "электричества")
        + number_rule("revenue", "8500000000000", "выручка", unit="RUB")
        + phrase_rule("trip", "Путин отменил поездку"), {
        "attack-saturday": ("unclear", "В ночь на субботу силы ПВО уничтожили 16 беспилотников."),
        "attack-wednesday": ("contradicts", "В ночь на субботу силы ПВО уничтожили 16 беспилотников."),
        "schools": ("agrees", "Занятия в школах возобновятся в понедельник."),
        "without-power": ("agrees", "Несколько тысяч жителей остаются без электричества."),
        "revenue": ("agrees", "Выручка компании сократилась на 27% — до 8,5 трлн руб."),
        "trip": ("contradicts", "Кремль отверг сообщения о том, что Путин отменил поездку в регион."),
    }),
    "uk": ("uk", "2024-03-16", """Росія атакувала Одесу

Київ, 16 березня 2024 — Кілька тисяч мешканців Одеси залишилися без світла.

Президент Володимир Зеленський у п'ятницю заявив, що Україні потрібні нові системи Patriot.

Спостерігачі відкинули звинувачення в тому, що на дільницях були масові порушення.

Нова міська рада збереться на перше засідання в понеділок.
""", date_rule("statement", "2024-03-15", "заявив")
        + date_rule("council", "2024-03-18", "засідання")
        + number_rule("without-power", ">= 1000", "світла")
        + phrase_rule("violations", "на дільницях були масові порушення"), {
        "statement": ("agrees", ("Президент Володимир Зеленський у п'ятницю заявив, що Україні потрібні нові "
                                 "системи Patriot.")),
        "council": ("agrees", "Нова міська рада збереться на перше засідання в понеділок."),
        "without-power": ("agrees", "Кілька тисяч мешканців Одеси залишилися без світла."),
        "violations": ("contradicts", ("Спостерігачі відкинули звинувачення в тому, що на дільницях були масові "
                                       "порушення.")),
    }),
    "pl": ("pl", "2024-03-07", """Rolnicy protestowali w Warszawie

Warszawa, 7 marca 2024 r. – Kilkadziesiąt tysięcy rolników protestowało w środę w stolicy.

Policja zatrzymała kilkanaście osób.

Minister zaprzeczył, że rząd zgodził się na otwarcie granicy.

Przedstawiciele rolników spotkają się z ministrem w piątek.
""", date_rule("protest", "2024-03-06", "protestowało")
        + date_rule("meeting", "2024-03-08", "spotkają")
        + number_rule("farmers", ">= 10000", "rolników")
        + number_rule("detained", "5", "zatrzymała")
        + phrase_rule("border", "rząd zgodził się na otwarcie granicy"), {
        "protest": ("agrees", "Kilkadziesiąt tysięcy rolników protestowało w środę w stolicy."),
        "meeting": ("agrees", "Przedstawiciele rolników spotkają się z ministrem w piątek."),
        "farmers": ("agrees", "Kilkadziesiąt tysięcy rolników protestowało w środę w stolicy."),
        "detained": ("contradicts", "Policja zatrzymała kilkanaście osób."),
        "border": ("contradicts", "Minister zaprzeczył, że rząd zgodził się na otwarcie granicy."),
    }),
    "el": ("el", "2024-02-28", """Γενική απεργία παρέλυσε τη χώρα

Αθήνα, 28 Φεβρουαρίου 2024 – Σε 24ωρη γενική απεργία προχώρησαν την Τετάρτη οι εργαζόμενοι.

Χιλιάδες άνθρωποι διαδήλωσαν στο Σύνταγμα.

Η ΓΣΕΕ είχε κηρύξει την προηγούμενη κινητοποίηση στις 16 Γενάρη.

Η Πυροσβεστική απέρριψε τους ισχυρισμούς ότι τα αεροσκάφη έφτασαν με καθυστέρηση.

Ο πρωθυπουργός συναντήθηκε με τον Ερντογάν στην Άγκυρα.
""", date_rule("strike", "2024-02-28", "απεργία")
        + date_rule("previous", "2024-01-16", "προηγούμενη")
        + number_rule("hours", "8", "απεργία")
        + number_rule("protesters", ">= 1000", "διαδήλωσαν")
        + phrase_rule("delay", "τα αεροσκάφη έφτασαν με καθυστέρηση")
        + entity_rule("met", "Erdogan", "Orbán", "συναντήθηκε"), {
        "strike": ("agrees", "Σε 24ωρη γενική απεργία προχώρησαν την Τετάρτη οι εργαζόμενοι."),
        "previous": ("agrees", "Η ΓΣΕΕ είχε κηρύξει την προηγούμενη κινητοποίηση στις 16 Γενάρη."),
        "hours": ("silent", None),
        "protesters": ("agrees", "Χιλιάδες άνθρωποι διαδήλωσαν στο Σύνταγμα."),
        "delay": ("contradicts", ("Η Πυροσβεστική απέρριψε τους ισχυρισμούς ότι τα αεροσκάφη έφτασαν με "
                                  "καθυστέρηση.")),
        "met": ("agrees", "Ο πρωθυπουργός συναντήθηκε με τον Ερντογάν στην Άγκυρα."),
    }),
    "hu": ("hu", "2024-03-01", """Rekordnyereséget ért el az OTP

Budapest, 2024. március 1. – Az OTP Bank 2023-ban 991 milliárd forint adózott eredményt ért el.

A mérlegfőösszeg meghaladta a 38 ezer milliárd forintot.

Csányi Sándor cáfolta, hogy a bank eladná orosz leánybankját.

Több ezer kisbefektető követte a bejelentést.

Kedden Orbán Viktor Putyinnal tárgyalt telefonon.
""", date_rule("call", "2024-02-27", "tárgyalt")
        + entity_rule("caller", "Putin", "Zelensky", "tárgyalt")
        + number_rule("profit", "991000000000", "eredményt", unit="HUF")
        + number_rule("assets", "38000000000000", "mérlegfőösszeg", unit="HUF")
        + number_rule("investors", ">= 1000", "kisbefektető")
        + phrase_rule("sale", "a bank eladná orosz leánybankját"), {
        "profit": ("agrees", "Az OTP Bank 2023-ban 991 milliárd forint adózott eredményt ért el."),
        "assets": ("agrees", "A mérlegfőösszeg meghaladta a 38 ezer milliárd forintot."),
        "investors": ("agrees", "Több ezer kisbefektető követte a bejelentést."),
        "sale": ("contradicts", "Csányi Sándor cáfolta, hogy a bank eladná orosz leánybankját."),
        "call": ("agrees", "Kedden Orbán Viktor Putyinnal tárgyalt telefonon."),
        "caller": ("agrees", "Kedden Orbán Viktor Putyinnal tárgyalt telefonon."),
    }),
    "ro": ("ro", "2024-06-10", """Nicușor Dan, reales primar al Capitalei

București, 10 iunie 2024 – Nicușor Dan a câștigat duminică, 9 iunie, un nou mandat, cu 47,9% din voturi.

Premierul a respins acuzațiile că guvernul ar fi influențat numărătoarea voturilor.

Noul Consiliu General se va întruni vineri.

Câteva mii de susținători au sărbătorit în Piața Victoriei.
""", date_rule("vote", "2024-06-09", "câștigat")
        + date_rule("council", "2024-06-14", "Consiliu")
        + number_rule("share", "47.9", "câștigat", unit="percent")
        + number_rule("supporters", ">= 1000", "susținători")
        + phrase_rule("counting", "guvernul ar fi influențat numărătoarea"), {
        "vote": ("agrees", "Nicușor Dan a câștigat duminică, 9 iunie, un nou mandat, cu 47,9% din voturi."),
        "council": ("agrees", "Noul Consiliu General se va întruni vineri."),
        "share": ("agrees", "Nicușor Dan a câștigat duminică, 9 iunie, un nou mandat, cu 47,9% din voturi."),
        "supporters": ("agrees", "Câteva mii de susținători au sărbătorit în Piața Victoriei."),
        "counting": ("contradicts", ("Premierul a respins acuzațiile că guvernul ar fi influențat numărătoarea "
                                     "voturilor.")),
    }),
    "hr": ("hr", "2022-04-23", """Potres magnitude 5,7 pogodio BiH

Sarajevo, 22. travnja 2022. – Potres magnitude 5,7 pogodio je u petak navečer područje Stoca.

Oštećeno je nekoliko stotina kuća.

Vlada je odbacila tvrdnje da je pomoć stigla sa zakašnjenjem.

Vlada će u ponedjeljak izdvojiti 2 milijuna KM za obnovu.
""", date_rule("quake", "2022-04-22", "potres")
        + number_rule("houses", ">= 100", "kuća")
        + number_rule("aid", "2000000", "obnovu", unit="BAM")
        + phrase_rule("late", "pomoć stigla sa zakašnjenjem"), {
        "quake": ("agrees", "Potres magnitude 5,7 pogodio je u petak navečer područje Stoca."),
        "houses": ("agrees", "Oštećeno je nekoliko stotina kuća."),
        "aid": ("agrees", "Vlada će u ponedjeljak izdvojiti 2 milijuna KM za obnovu."),
        "late": ("contradicts", "Vlada je odbacila tvrdnje da je pomoć stigla sa zakašnjenjem."),
    }),
    "sr": ("sr", "2023-09-14", """Поплаве у западној Србији

Београд, 14. септембар 2023. – Обилне падавине у среду, 13. септембра, изазвале су поплаве у Љубовији.

Неколико хиљада домаћинстава остало је без струје.

Председник општине одбацио је тврдње да је брана попустила.

Нове падавине се очекују у петак.
""", date_rule("flood", "2023-09-13", "поплаве")
        + date_rule("rain", "2023-09-15", "очекују")
        + number_rule("homes", ">= 1000", "домаћинстава")
        + phrase_rule("dam", "брана попустила"), {
        "flood": ("agrees", "Обилне падавине у среду, 13. септембра, изазвале су поплаве у Љубовији."),
        "rain": ("agrees", "Нове падавине се очекују у петак."),
        "homes": ("agrees", "Неколико хиљада домаћинстава остало је без струје."),
        "dam": ("contradicts", "Председник општине одбацио је тврдње да је брана попустила."),
    }),
}


@pytest.mark.parametrize("case", CASES)
def test_a_news_article_in_its_own_language(case: str) -> None:
    language, published, text, rules, expected = CASES[case]
    report = run_rules(rules, [article(text, language, published, source=f"{case}.txt")])
    assert stated(report, expected) == expected
