"""End to end: news written as the press of each European language writes it (datelines,
dates in the genitive or with a case ending, weekdays in case forms, relative days,
local digit grouping, words for thousand and million with case endings, "more than" and
"about", negation), checked by rules of each built-in type, verdict and evidence."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, read_case, stated

from checker.testing import article, result, run_rules

SEPTEMBER = "2023-09-14"  # a Thursday: "yesterday" and "on Wednesday" are 13 September
MARCH = "2024-03-13"  # a Wednesday: "yesterday" and "on Tuesday" are 12 March



# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    "pl": ("pl", SEPTEMBER, """Strajk nauczycieli sparaliżował szkoły

Warszawa, 14 września 2023 r. – Ponad 12 tys. nauczycieli protestowało w środę przed ministerstwem.

Strajk rozpoczął się 13 września o godz. 8 i objął ok. 1 500 szkół w 16 województwach.

Minister edukacji nie zgodził się na podwyżki płac. Płace wzrosły w tym roku o 7,8 proc.
""", date_rule("strike-date", "2023-09-13", "strajk", "protestować")
        + number_rule("teachers", ">= 10000", "nauczyciel")
        + number_rule("schools", "1500", "strajk", unit="szkoła")
        + number_rule("raise", "12", "płace", unit="percent")
        + phrase_rule("minister-agreed", "minister zgodził się na podwyżki"), {
        "strike-date": ("agrees", "Ponad 12 tys. nauczycieli protestowało w środę przed ministerstwem."),
        "teachers": ("agrees", "Ponad 12 tys. nauczycieli protestowało w środę przed ministerstwem."),
        "schools": ("agrees", "Strajk rozpoczął się 13 września o godz. 8 i objął ok. 1 500 szkół w 16 województwach."),
        "raise": ("contradicts", "Płace wzrosły w tym roku o 7,8 proc."),
        "minister-agreed": ("contradicts", "Minister edukacji nie zgodził się na podwyżki płac."),
    }),
    "cs": ("cs", SEPTEMBER, """Praha 14. září 2023 – Hnutí ANO zvítězilo ve středu v doplňovacích volbách do Senátu.

Podle statistického úřadu odevzdalo hlas více než 180 tis. voličů. Druhé kolo se uskuteční v pátek 22. 9.

Předseda ODS Petr Fiala porážku včera večer nepřiznal.
""", date_rule("vote-date", "2023-09-13", "volby", "zvítězit")
        + date_rule("runoff-date", "2023-09-22", "kolo")
        + number_rule("voters", ">= 150000", "voliči")
        + phrase_rule("fiala-admitted", "Fiala porážku přiznal"), {
        "vote-date": ("agrees", "Hnutí ANO zvítězilo ve středu v doplňovacích volbách do Senátu."),
        "runoff-date": ("agrees", "Druhé kolo se uskuteční v pátek 22. 9."),
        "voters": ("agrees", "Podle statistického úřadu odevzdalo hlas více než 180 tis. voličů."),
        "fiala-admitted": ("contradicts", "Předseda ODS Petr Fiala porážku včera večer nepřiznal."),
    }),
    "sl": ("sl", MARCH, """Novo mesto – Farmacevtska družba Krka je v torek, 12. marca, objavila rezultate za leto 2023.

Družba zaposluje več kot 11.000 ljudi. Nadzorni svet predloga o izplačilu izredne dividende ni potrdil.
""", date_rule("results-date", "2024-03-12", "rezultati", "objavila")
        + number_rule("staff", ">= 11000", "zaposluje")
        + phrase_rule("board-confirmed", "nadzorni svet predlog potrdil"), {
        "results-date": ("agrees", ("Novo mesto – Farmacevtska družba Krka je v torek, 12. marca, objavila rezultate "
                                   "za leto 2023.")),
        "staff": ("agrees", "Družba zaposluje več kot 11.000 ljudi."),
        "board-confirmed": ("contradicts", "Nadzorni svet predloga o izplačilu izredne dividende ni potrdil."),
    }),
    "pt-BR": ("pt-BR", SEPTEMBER, """SÃO PAULO – Uma greve dos metroviários paralisou nesta quarta-feira (13) quatro \
linhas do Metrô.

Segundo o sindicato, mais de 8 mil trabalhadores aderiram ao movimento. Uma nova assembleia está marcada para \
segunda-feira (18).

O governador não aceitou negociar com os grevistas.
""", date_rule("strike-date", "2023-09-13", "greve", "paralisou")
        + date_rule("assembly-date", "2023-09-18", "assembleia")
        + number_rule("workers", ">= 8000", "sindicato", "aderiram")
        + phrase_rule("governor-accepted", "governador aceitou negociar"), {
        "strike-date": ("agrees", ("Uma greve dos metroviários paralisou nesta quarta-feira (13) quatro "
                                  "linhas do Metrô.")),
        "assembly-date": ("agrees", "Uma nova assembleia está marcada para segunda-feira (18)."),
        "workers": ("agrees", "Segundo o sindicato, mais de 8 mil trabalhadores aderiram ao movimento."),
        "governor-accepted": ("contradicts", "O governador não aceitou negociar com os grevistas."),
    }),
    "pt-PT": ("pt-PT", MARCH, """Lisboa – A Aliança Democrática venceu as eleições legislativas de domingo, 10 de \
março, com 28,8% dos votos.

Votaram mais de 6,2 milhões de eleitores. Pedro Nuno Santos não reconheceu a derrota.
""", date_rule("election-date", "2024-03-10", "eleições")
        + number_rule("voters", ">= 6000000", "votaram")
        + phrase_rule("conceded", "Pedro Nuno Santos reconheceu a derrota"), {
        "election-date": ("agrees", ("Lisboa – A Aliança Democrática venceu as eleições legislativas de domingo, 10 "
                                    "de março, com 28,8% dos votos.")),
        "voters": ("agrees", "Votaram mais de 6,2 milhões de eleitores."),
        "conceded": ("contradicts", "Pedro Nuno Santos não reconheceu a derrota."),
    }),
    "it": ("it", SEPTEMBER, """Napoli, 14 settembre 2023 – Una scossa di magnitudo 4,2 ha colpito ieri sera i \
Campi Flegrei.

Secondo la Protezione civile oltre 2.000 persone hanno trascorso la notte in strada. I danni sono stimati in \
circa 1,5 milioni di euro.

Il governo non ha ancora approvato lo stato di emergenza.
""", date_rule("quake-date", "2023-09-13", "scossa", "terremoto")
        + number_rule("damage", "1500000", "danni", unit="EUR")
        + phrase_rule("emergency", "il governo ha approvato lo stato di emergenza"), {
        "quake-date": ("agrees", "Una scossa di magnitudo 4,2 ha colpito ieri sera i Campi Flegrei."),
        "damage": ("agrees", "I danni sono stimati in circa 1,5 milioni di euro."),
        "emergency": ("contradicts", "Il governo non ha ancora approvato lo stato di emergenza."),
    }),
    "sv": ("sv", MARCH, """Göteborg – Volvo Cars redovisade på tisdagen den 12 mars ett rörelseresultat för 2023.

Omsättningen ökade till 399,3 mdr kr. Styrelsen har inte godkänt någon extra utdelning.
""", date_rule("results-date", "2024-03-12", "redovisade")
        + number_rule("turnover", "399300000000", "omsättning", unit="SEK")
        + phrase_rule("dividend", "styrelsen godkände utdelning"), {
        "results-date": ("agrees", ("Göteborg – Volvo Cars redovisade på tisdagen den 12 mars ett rörelseresultat "
                                   "för 2023.")),
        "turnover": ("agrees", "Omsättningen ökade till 399,3 mdr kr."),
        "dividend": ("contradicts", "Styrelsen har inte godkänt någon extra utdelning."),
    }),
    "nb": ("nb", SEPTEMBER, """Oslo, 14. september 2023 – Over 2000 bussjåfører gikk ut i streik onsdag 13. september.

NHO godtok ikke kravet i mekling i går. Riksmekleren har innkalt partene til nye forhandlinger fredag 15.9.
""", date_rule("strike-date", "2023-09-13", "streik")
        + date_rule("talks-date", "2023-09-15", "forhandlinger")
        + phrase_rule("nho-accepted", "NHO godtok kravet"), {
        "strike-date": ("agrees", "Over 2000 bussjåfører gikk ut i streik onsdag 13. september."),
        "talks-date": ("agrees", "Riksmekleren har innkalt partene til nye forhandlinger fredag 15.9."),
        "nho-accepted": ("contradicts", "NHO godtok ikke kravet i mekling i går."),
    }),
    "fi": ("fi", SEPTEMBER, """Helsinki 14.9.2023 – Ahtaajien lakko pysäytti keskiviikkona tavaraliikenteen satamissa.

Lakko alkoi kello 6, ja siihen osallistui yli 2 000 ahtaajaa. Yhtiön liikevaihto laski 22,3 miljardiin euroon.

Työministeri ei hyväksynyt liiton vaatimuksia. Lakon aikana hallitus ei hyväksynyt sopimusta.
""", date_rule("strike-date", "2023-09-13", "lakko")
        + number_rule("strikers", ">= 2000", "lakko")
        + number_rule("revenue", "22300000000", "liikevaihto", unit="EUR")
        + phrase_rule("minister", "työministeri hyväksyi vaatimukset")
        + phrase_rule("agreement", "hallitus hyväksyi sopimuksen"), {
        "strike-date": ("agrees", "Ahtaajien lakko pysäytti keskiviikkona tavaraliikenteen satamissa."),
        "strikers": ("agrees", "Lakko alkoi kello 6, ja siihen osallistui yli 2 000 ahtaajaa."),
        "revenue": ("agrees", "Yhtiön liikevaihto laski 22,3 miljardiin euroon."),
        "minister": ("contradicts", "Työministeri ei hyväksynyt liiton vaatimuksia."),
        "agreement": ("contradicts", "Lakon aikana hallitus ei hyväksynyt sopimusta."),
    }),
    "et": ("et", SEPTEMBER, """Tallinn, 14. september 2023 – Linnavolikogu valis kolmapäeval, 13. septembril uueks \
linnapeaks Jevgeni Ossinovski.

Linna eelarve on üle 1,1 miljardi euro. Reformierakond ei toetanud Ossinovski kandidatuuri.
""", date_rule("vote-date", "2023-09-13", "valis")
        + number_rule("budget", ">= 1000000000", "eelarve", unit="EUR")
        + phrase_rule("reform", "Reformierakond toetas kandidatuuri"), {
        "vote-date": ("agrees", ("Linnavolikogu valis kolmapäeval, 13. septembril uueks linnapeaks Jevgeni "
                                "Ossinovski.")),
        "budget": ("agrees", "Linna eelarve on üle 1,1 miljardi euro."),
        "reform": ("contradicts", "Reformierakond ei toetanud Ossinovski kandidatuuri."),
    }),
    "lv": ("lv", SEPTEMBER, """Rīga, 2023. gada 14. septembrī – Trešdien, 13. septembrī, visā Latvijā streikoja vairāk \
nekā 15 tūkstoši skolotāju.

Aviokompānija pārvadāja vairāk nekā 4,5 miljonus pasažieru. Valdība neapstiprināja papildu finansējumu.
""", date_rule("strike-date", "2023-09-13", "streikoja")
        + number_rule("teachers", ">= 15000", "skolotāji")
        + number_rule("passengers", "4000000", "pārvadāja")
        + phrase_rule("funding", "valdība apstiprināja finansējumu"), {
        "strike-date": ("agrees", ("Trešdien, 13. septembrī, visā Latvijā streikoja vairāk nekā 15 tūkstoši "
                                  "skolotāju.")),
        "teachers": ("agrees", ("Trešdien, 13. septembrī, visā Latvijā streikoja vairāk nekā 15 tūkstoši "
                               "skolotāju.")),
        "passengers": ("contradicts", "Aviokompānija pārvadāja vairāk nekā 4,5 miljonus pasažieru."),
        "funding": ("contradicts", "Valdība neapstiprināja papildu finansējumu."),
    }),
    "lt": ("lt", MARCH, """Kaunas – Antradienį, kovo 12 d., Kaune streikavo daugiau nei 3 tūkst. mokytojų.

Akcijos vakar pabrango 3 proc. Vyriausybė profsąjungos reikalavimų nepatvirtino.
""", date_rule("strike-date", "2024-03-12", "streikavo")
        + number_rule("teachers", ">= 3000", "streikavo")
        + number_rule("shares", "3", "akcijos", unit="percent")
        + phrase_rule("demands", "vyriausybė reikalavimus patvirtino"), {
        "strike-date": ("agrees", ("Kaunas – Antradienį, kovo 12 d., Kaune streikavo daugiau nei 3 tūkst. "
                                  "mokytojų.")),
        "teachers": ("agrees", "Kaunas – Antradienį, kovo 12 d., Kaune streikavo daugiau nei 3 tūkst. mokytojų."),
        "shares": ("agrees", "Akcijos vakar pabrango 3 proc."),
        "demands": ("contradicts", "Vyriausybė profsąjungos reikalavimų nepatvirtino."),
    }),
    "mk": ("mk", SEPTEMBER, """Скопје, 14 септември 2023 – Земјотрес ја погоди охридската област во средата во 19:05 \
часот.

Синдикатот бара зголемување на платите за 20 отсто. Владата сè уште не ја одобри помошта.
""", date_rule("quake-date", "2023-09-13", "земјотрес")
        + number_rule("raise", "20", "зголемување", unit="percent")
        + phrase_rule("aid", "Владата ја одобри помошта"), {
        "quake-date": ("agrees", "Земјотрес ја погоди охридската област во средата во 19:05 часот."),
        "raise": ("agrees", "Синдикатот бара зголемување на платите за 20 отсто."),
        "aid": ("contradicts", "Владата сè уште не ја одобри помошта."),
    }),
    "bg": ("bg", SEPTEMBER, """София – ГЕРБ спечели в сряда частичните избори за кмет в три общини.

Избирателната активност е около 29 на сто. Прокуратурата не потвърди сигналите за нарушения.
""", date_rule("vote-date", "2023-09-13", "избори")
        + number_rule("turnout", "35", "активност", unit="percent")
        + phrase_rule("prosecutor", "Прокуратурата потвърди сигналите"), {
        "vote-date": ("agrees", "София – ГЕРБ спечели в сряда частичните избори за кмет в три общини."),
        "turnout": ("contradicts", "Избирателната активност е около 29 на сто."),
        "prosecutor": ("contradicts", "Прокуратурата не потвърди сигналите за нарушения."),
    }),
    "sq": ("sq", MARCH, """Elbasan – Partizani fitoi të martën, më 12 mars, finalen e Kupës së Shqipërisë.

Skuadra u prit dje nga rreth 5 mijë tifozë. Klubi përfiton një shpërblim prej 100 mijë eurosh.

Dëmet në stadium vlerësohen në rreth 1,5 milionë euro. Qeveria nuk e miratoi ende fondin.
""", date_rule("final-date", "2024-03-12", "finale", "fitoi")
        + date_rule("welcome-date", "2024-03-12", "prit")
        + number_rule("prize", "100000", "shpërblim", unit="EUR")
        + number_rule("damage", "1500000", "dëmet", unit="EUR")
        + phrase_rule("fund", "Qeveria e miratoi fondin"), {
        "final-date": ("agrees", "Elbasan – Partizani fitoi të martën, më 12 mars, finalen e Kupës së Shqipërisë."),
        "welcome-date": ("agrees", "Skuadra u prit dje nga rreth 5 mijë tifozë."),
        "prize": ("agrees", "Klubi përfiton një shpërblim prej 100 mijë eurosh."),
        "damage": ("agrees", "Dëmet në stadium vlerësohen në rreth 1,5 milionë euro."),
        "fund": ("contradicts", "Qeveria nuk e miratoi ende fondin."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_news_article_in_its_own_language(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected


SERBIAN_RULES = (date_rule("flood-date", "2023-09-13", "poplava", "padavine")
                 + date_rule("results-date", "2024-03-12", "rezultati", "objavila")
                 + number_rule("evacuated", ">= 300", "evakuisano")
                 + phrase_rule("aid", "Vlada je odobrila pomoć")
                 + entity_rule("mayor", "Milan Jovanović", "Zoran Jovanović", "predsednik opštine")
                 + entity_rule("president", "Vučić", "Nikolić", "predsednik"))
CYRILLIC = """Београд, 14. септембар 2023. – Обилне падавине у среду, 13. септембра, изазвале су поплаве у Љубовији.

Евакуисано је више од 300 људи. Председник општине Милан Јовановић јуче је негирао да је брана попустила.

Председнику Вучићу су мештани предали захтев за помоћ.

Влада још није одобрила помоћ угроженим породицама.
"""
LATIN = """Novi Sad – NIS je objavila u utorak, 12. marta, rezultate poslovanja za 2023. godinu.

U poplavama u zapadnoj Srbiji 13. septembra 2023. evakuisano je više od 300 ljudi.
"""


def test_serbian_in_cyrillic_and_latin_meets_the_same_anchors() -> None:
    report = run_rules(SERBIAN_RULES, [article(CYRILLIC, "sr", SEPTEMBER, source="cyrl.txt"),
                                       article(LATIN, "sr", MARCH, source="latn.txt")])

    def read(rule_id: str) -> dict[str, tuple[str, str | None]]:
        return {v.source: (v.verdict, v.evidence[0].sentence if v.evidence else None)
                for v in result(report, rule_id).sources}

    assert read("flood-date") == {
        "cyrl.txt": ("agrees", "Обилне падавине у среду, 13. септембра, изазвале су поплаве у Љубовији."),
        "latn.txt": ("agrees", "U poplavama u zapadnoj Srbiji 13. septembra 2023. evakuisano je više od 300 ljudi."),
    }
    assert read("results-date") == {
        "cyrl.txt": ("silent", None),
        "latn.txt": ("agrees", "Novi Sad – NIS je objavila u utorak, 12. marta, rezultate poslovanja za 2023. godinu."),
    }
    assert read("evacuated") == {
        "cyrl.txt": ("agrees", "Евакуисано је више од 300 људи."),
        "latn.txt": ("agrees", "U poplavama u zapadnoj Srbiji 13. septembra 2023. evakuisano je više od 300 ljudi."),
    }
    assert read("aid")["cyrl.txt"] == ("contradicts", "Влада још није одобрила помоћ угроженим породицама.")
    assert read("mayor")["cyrl.txt"] == (
        "agrees", "Председник општине Милан Јовановић јуче је негирао да је брана попустила.")
    assert read("president")["cyrl.txt"] == ("agrees", "Председнику Вучићу су мештани предали захтев за помоћ.")
