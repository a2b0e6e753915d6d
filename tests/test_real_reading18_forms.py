"""Anchors and unit words as editors write them, in the dictionary's form, found in the forms
the wire writes: a Slovene past in the feminine plural, a Czech or Slovak present, a Slavic noun
with a fleeting vowel, a South Slavic plural that softens its stem's k, g, h, a Latvian noun of
a short stem in its other cases."""

from __future__ import annotations

import pytest
from real_news import verdict_on


def _counted(expect: str, *about: str, units: str = "") -> str:
    unit = f", unit: people, units: [{units}]" if units else ""
    return f"- {{id: counted, check: number, expect: '{expect}'{unit}, about: [{', '.join(about)}]}}\n"


@pytest.mark.parametrize("anchor, body, verdict", [
    ("evakuirati", "Oblasti so v nedeljo evakuirale 11 vasi.", "agrees"),
    ("evakuirati", "Oblasti so v nedeljo evakuirale 12 vasi.", "contradicts"),
    ("rešiti", "Gasilke so rešile 11 ljudi.", "agrees"),
    ("sprejeti", "Bolnišnice so sprejele 12 ranjenih.", "contradicts"),
    ("zapreti", "Oblasti so zaprle 12 šol.", "contradicts"),
    ("evakuirati", "Evakuirane so bile 12 vasi.", "contradicts"),
    # another verb whose stem begins as the anchor's: "prodajale" is "prodajati" (be selling), no "prodati"
    ("prodati", "Prodajale so 12 hiš.", "silent"),
], ids=["evakuirale", "evakuirale-wrong", "resile", "sprejele", "zaprle", "evakuirane", "another-verb"])
def test_a_slovene_verb_finds_its_feminine_and_neuter_plural(anchor: str, body: str, verdict: str) -> None:
    """Slovene writes the past and the passive participle in the plural of feminine and neuter
    nouns with -le, -ne: "oblasti so evakuirale vas" (the authorities evacuated the village),
    "bolnišnice so sprejele", "vasi so bile evakuirane"; and verbs in -reti write their past
    in -rl- ("zapreti", "so zaprle"). An editor writes the infinitive "evakuirati" and relies on
    it finding the past whatever the gender of its subject."""
    assert verdict_on("counted", "sl", "2026-02-10", body, _counted("11", anchor)) == verdict


@pytest.mark.parametrize("language, anchor, body, verdict", [
    ("cs", "pohřešovat", "Po sesuvu se pohřešuje 11 lidí.", "agrees"),
    ("cs", "pohřešovat", "Tři lidé se pohřešují, dalších 12 je zraněno.", "contradicts"),
    ("sk", "pohrešovať", "Po zosuve sa pohrešuje 11 ľudí.", "agrees"),
    ("sk", "evakuovať", "Hasiči evakuujú 12 ľudí.", "contradicts"),
    ("cs", "hledat", "Záchranáři hledají 12 lidí.", "contradicts"),
    # a verb with another prefix is another verb: "zpracují" (will process) is no "pracovat" (work)
    ("cs", "pracovat", "Úřady zpracují 12 žádostí.", "silent"),
], ids=["cs-pohresuje", "cs-pohresuji", "sk-pohresuje", "sk-evakuuju", "cs-hledaji", "cs-another-prefix"])
def test_a_czech_or_slovak_verb_finds_its_present(language: str, anchor: str, body: str, verdict: str) -> None:
    """Czech and Slovak news tell what goes on in the present: a verb in -ovat (Slovak -ovať)
    writes -uje, -ují (Slovak -ujú) on its stem, "tři lidé se pohřešují" (three people are
    missing) of "pohřešovat", "evakuujú" of "evakuovať"; a verb in -at writes -ají (Slovak
    -ajú), "hledají" of "hledat" (search). The editor's infinitive finds them."""
    assert verdict_on("counted", language, "2026-02-10", body, _counted("11", anchor)) == verdict


@pytest.mark.parametrize("language, expect, anchor, units, body, verdict", [
    ("pl", "300", "ewakuować", "mieszkaniec", "Policja ewakuowała 300 mieszkańców.", "agrees"),
    ("pl", "300", "ewakuować", "mieszkaniec", "Policja ewakuowała 301 mieszkańców.", "contradicts"),
    ("pl", "12", "zatrzymać", "cudzoziemiec", "Zatrzymano 12 cudzoziemców.", "agrees"),
    ("pl", "11", "cudzoziemiec", "", "Straż Graniczna zatrzymała 12 cudzoziemców.", "contradicts"),
    ("pl", "11", "mieszkaniec", "", "Ewakuowano 12 mieszkańców bloku.", "contradicts"),
    ("ru", "12", "задержать", "купец", "Задержали 11 купцов.", "contradicts"),
    # the flats ("300 mieszkań") are no residents
    ("pl", "300", "ewakuować", "mieszkaniec", "Policja ewakuowała 300 mieszkań.", "silent"),
], ids=["pl-mieszkancow", "pl-mieszkancow-wrong", "pl-cudzoziemcow", "pl-anchor-cudzoziemcow",
        "pl-anchor-mieszkancow", "ru-kuptsov", "pl-flats"])
def test_a_slavic_noun_in_ec_finds_the_forms_without_its_vowel(language: str, expect: str, anchor: str, units: str,
                                                                body: str, verdict: str) -> None:
    """Slavic nouns in -ec drop its e before an ending: Polish "mieszkaniec" (resident),
    "300 mieszkańców", "mieszkańcy", whose soft n Polish writes "ni" before the vowel and "ń"
    without it; "cudzoziemiec" (foreigner), "cudzoziemców"; Russian "купец" (merchant),
    "купцов". A number rule's unit word and an anchor, written in the nominative, find them."""
    rule = _counted(expect, anchor, units=units)
    assert verdict_on("counted", language, "2026-02-10", body, rule) == verdict


@pytest.mark.parametrize("language, expect, anchor, body, verdict", [
    ("bg", "1200000", "пътник", "Засегнати са около 1,2 милиона пътници.", "agrees"),
    ("bg", "2000000", "пътник", "Засегнати са около 1,2 милиона пътници.", "contradicts"),
    ("bg", "11", "монах", "В манастира живеят 12 монаси.", "contradicts"),
    ("mk", "11", "патник", "Повредени се 12 патници.", "contradicts"),
    ("sr", "11", "путник", "Повређено је 12 путници.", "contradicts"),
    ("hr", "11", "putnik", "Ozlijeđeni su putnici, njih 12.", "contradicts"),
    ("uk", "11", "Прага", "У Празі затримали 12 осіб.", "contradicts"),
    # the adjective of the same stem is no passenger: "пътнически" (of passengers)
    ("bg", "11", "пътник", "Отменени са 12 пътнически влака.", "silent"),
], ids=["bg-putnitsi", "bg-putnitsi-wrong", "bg-monasi", "mk-patnitsi", "sr-putnitsi", "hr-putnici", "uk-prazi",
        "bg-an-adjective"])
def test_a_south_slavic_plural_with_a_softened_stem_finds_its_noun(language: str, expect: str, anchor: str,
                                                                   body: str, verdict: str) -> None:
    """The k, g and h of a South Slavic noun soften to c, z and s before the -i of its plural:
    Bulgarian "пътник" (passenger), "1,2 милиона пътници"; "монах", "монаси"; Macedonian
    "патник", "патници"; Serbian "путник", "путници", Croatian "putnik", "putnici"; and the
    Ukrainian dative and locative before -і ("Прага", "у Празі"). The anchor in the nominative
    finds them."""
    assert verdict_on("counted", language, "2026-02-10", body, _counted(expect, anchor)) == verdict


@pytest.mark.parametrize("expect, anchor, body, verdict", [
    ("48000000", "sods", "Uzraugs otrdien piemēroja aviokompānijai 48 miljonu eiro sodu.", "agrees"),
    ("49000000", "sods", "Uzraugs otrdien piemēroja aviokompānijai 48 miljonu eiro sodu.", "contradicts"),
    ("11", "kuģis", "Ostā ienāca 12 kuģu.", "contradicts"),
    ("11", "mežs", "Mežā pazuda 12 tūristi.", "contradicts"),
    # the verb of the same stem is no fine: "sodīt" (punish)
    ("11", "sods", "Tiesa nolēma sodīt 12 cilvēkus.", "silent"),
], ids=["sodu", "sodu-wrong", "kugu", "meza", "sodit"])
def test_a_latvian_noun_of_a_short_stem_finds_its_cases(expect: str, anchor: str, body: str, verdict: str) -> None:
    """A Latvian noun of a stem of three letters is read in its other cases as a longer one
    is: "sods" (fine), "piemēroja … sodu" (imposed a fine), "soda", "sodā"; "kuģis" (ship),
    "kuģu"; "mežs" (forest), "mežā". Another word of the stem with an ending the nouns do
    not take ("sodīt", to punish) is none of them."""
    assert verdict_on("counted", "lv", "2026-02-10", body, _counted(expect, anchor)) == verdict
