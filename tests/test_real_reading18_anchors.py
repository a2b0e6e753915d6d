"""Anchors as editors write them, in the dictionary's form, found in the inflected forms the
wire writes: a verb's infinitive in its pasts and participles, a noun's nominative in a compound
with a long case ending, a verb a language's list of function words holds."""

from __future__ import annotations

import pytest
from real_news import verdict_on


def _counted(expect: str, *about: str) -> str:
    return f"- {{id: counted, check: number, expect: '{expect}', about: [{', '.join(about)}]}}\n"


@pytest.mark.parametrize("language, anchor, body, verdict", [
    ("cs", "zadržet", "Policie zadržela 11 lidí.", "agrees"),
    ("cs", "zadržet", "Policie zadržela 12 lidí.", "contradicts"),
    ("cs", "zadržet", "Policisté zadrželi při zásahu 11 lidí.", "agrees"),
    ("cs", "zadržet", "Při zásahu bylo zadrženo 12 lidí.", "contradicts"),
    ("cs", "vidět", "Svědci viděli 11 ozbrojenců.", "agrees"),
    ("cs", "vidět", "Svědkyně viděla 12 ozbrojenců.", "contradicts"),
    ("sk", "vidieť", "Svedkovia videli 12 ozbrojencov.", "contradicts"),
    # a verb with another prefix is another verb: "držet" (hold) is no "zadržet" (detain)
    ("cs", "držet", "Policie zadržela 12 lidí.", "silent"),
    # nor is a noun that begins as the verb does: "video" is no "vidět"
    ("cs", "vidět", "Na videu je 12 ozbrojenců.", "silent"),
], ids=["cs-zadrzela", "cs-zadrzela-wrong", "cs-zadrzeli", "cs-zadrzeno", "cs-videli", "cs-videla",
        "sk-videli", "cs-another-prefix", "cs-a-noun"])
def test_a_czech_verb_in_et_finds_its_past_in_el(language: str, anchor: str, body: str, verdict: str) -> None:
    """Czech verbs in -et, -ět (Slovak -ieť) make their past in -el, -ěl and their participle
    in -en, -ěn: "zadržet" (detain), "policie zadržela", "bylo zadrženo"; "vidět" (see),
    "viděli"; Slovak "vidieť", "videli". An editor writes the infinitive and relies on it
    finding the past a report tells the deed in."""
    assert verdict_on("counted", language, "2026-02-10", body, _counted("11", anchor)) == verdict


@pytest.mark.parametrize("anchor, body, verdict", [
    ("zabezpieczyć", "Narkotyk zabezpieczono w sobotę w 11 magazynach.", "agrees"),
    ("zabezpieczyć", "Zabezpieczono 12 pistoletów.", "contradicts"),
    ("przechwycić", "W nocy przechwycono 11 dronów.", "agrees"),
    ("zabić", "W ataku zabito 12 osób.", "contradicts"),
    ("odkryć", "W piwnicy odkryto 11 ciał.", "agrees"),
    ("zamknąć", "Zamknięto 12 szkół.", "contradicts"),
    # another verb of the same beginning: "zabrano" (were taken) is "zabrać", no "zabić" (kill)
    ("zabić", "Zabrano 12 osób do szpitala.", "silent"),
], ids=["zabezpieczono", "zabezpieczono-wrong", "przechwycono", "zabito", "odkryto", "zamknieto", "zabrano"])
def test_a_polish_verb_finds_its_impersonal_past(anchor: str, body: str, verdict: str) -> None:
    """Polish tells a deed without its doer in the impersonal past, -no after the stem of a
    verb in -ić, -yć ("zabezpieczyć", "zabezpieczono"; "przechwycić", "przechwycono"), -to after
    one in -ić, -yć, -nąć that keeps its vowel ("zabić", "zabito"; "odkryć", "odkryto";
    "zamknąć", "zamknięto"): the police report's "narkotyk zabezpieczono" is the anchor's
    "zabezpieczyć" (seize)."""
    assert verdict_on("counted", "pl", "2026-02-10", body, _counted("11", anchor)) == verdict


@pytest.mark.parametrize("anchor, body, verdict", [
    ("saindēties", "Kauņā saindējās 11 skolēni.", "agrees"),
    ("saindēties", "Kauņā saindējās 12 skolēni.", "contradicts"),
    ("saindēties", "Kauņā ir saindējušies 11 skolēni.", "agrees"),
    ("aizturēt", "Policija aizturēja 12 cilvēkus.", "contradicts"),
    ("nogalināt", "Uzbrukumā nogalināja 11 cilvēkus.", "agrees"),
    # a noun of the verb's stem without its endings is none of its forms: "ziņas" (news) is no "ziņot" (report)
    ("ziņot", "Ziņās minēti 12 cilvēki.", "silent"),
], ids=["saindejas", "saindejas-wrong", "saindejusies", "aizttureja", "nogalinaja", "zinas"])
def test_a_latvian_verb_finds_its_past_and_participles(anchor: str, body: str, verdict: str) -> None:
    """A Latvian verb whose stem ends in a vowel writes -j- before the endings of its past and
    its active participle: "saindēties" (be poisoned), "saindējās", "ir saindējušies";
    "aizturēt" (detain), "aizturēja"; "nogalināt" (kill), "nogalināja"."""
    assert verdict_on("counted", "lv", "2026-02-10", body, _counted("11", anchor)) == verdict


@pytest.mark.parametrize("language, anchor, body, verdict", [
    ("ru", "погибнуть", "В результате аварии погибли 11 человек.", "agrees"),
    ("ru", "погибнуть", "В результате аварии погибли 12 человек.", "contradicts"),
    ("ru", "погибнуть", "Под завалами погиб 12-й пострадавший, всего 11 погибших.", "agrees"),
    ("ru", "исчезнуть", "Бесследно исчезли 12 туристов.", "contradicts"),
    ("ru", "обрушиться", "В городе обрушились 11 домов.", "agrees"),
    ("uk", "обвалитися", "Унаслідок вибуху обвалилася будівля, під завалами 11 людей.", "agrees"),
    ("uk", "обвалитися", "Після обстрілу обвалилися 12 будинків.", "contradicts"),
    ("uk", "зникнути", "Безвісти зникли 11 рибалок.", "agrees"),
    # the verb without its prefix is another: "гибнуть" (be perishing) is no "погибли"
    ("ru", "гибнуть", "В результате аварии погибли 12 человек.", "silent"),
    # nor the verb without its particle: "обвалили" (brought down) is no "обвалитися" (collapse)
    ("uk", "обвалитися", "Робітники обвалили 12 будинків.", "silent"),
], ids=["ru-pogibli", "ru-pogibli-wrong", "ru-pogibshikh", "ru-ischezli", "ru-obrushilis", "uk-obvalilasya",
        "uk-obvalilisya", "uk-znykly", "ru-another-prefix", "uk-no-particle"])
def test_an_east_slavic_verb_in_nut_or_reflexive_finds_its_past(language: str, anchor: str, body: str,
                                                                verdict: str) -> None:
    """Russian and Ukrainian verbs in -нуть, -нути leave -ну- out of the past when it follows a
    consonant of the stem ("погибнуть", "погиб", "погибли", "погибших"; "зникнути", "зникли");
    a reflexive verb writes its particle after each form, -ся after a consonant, and after a
    vowel Russian -сь, Ukrainian -ся or -сь ("обрушиться", "обрушились"; "обвалитися",
    "обвалилася", "обвалилися")."""
    assert verdict_on("counted", language, "2026-02-10", body, _counted("11", anchor)) == verdict


INFORMED = "- {id: day, check: date, expect: '2026-02-10', about: [ANCHOR]}\n"


@pytest.mark.parametrize("anchor, body, verdict", [
    ("informar", "El jefe de Aduanas informó el martes de la incautación.", "agrees"),
    ("informar", "El jefe de Aduanas informó el lunes de la incautación.", "contradicts"),
    ("explicar", "El portavoz explicó el martes que la mercancía venía de Panamá.", "agrees"),
    # the function word itself is no anchor's form: "de" is no "dar" (give), "la" no "lar"
    ("dar", "El jefe de Aduanas habló el martes de la incautación.", "silent"),
], ids=["informo", "informo-wrong", "explico", "de"])
def test_a_spanish_verb_its_list_of_function_words_holds_is_still_the_anchor(anchor: str, body: str,
                                                                             verdict: str) -> None:
    """The Spanish list of function words holds pasts a report tells its news with ("informó",
    "explicó", "señaló", "aseguró"): a hit on one is no mere likeness, but the anchor's own
    verb ("informar", inform), which the editor wrote."""
    rule = INFORMED.replace("ANCHOR", anchor)
    assert verdict_on("day", "es", "2026-02-12", body, rule) == verdict


@pytest.mark.parametrize("language, anchor, body, verdict", [
    ("hu", "konténer", "A hűtőkonténerben 11 holttestet találtak.", "agrees"),
    ("hu", "konténer", "A hűtőkonténerben 12 holttestet találtak.", "contradicts"),
    ("hu", "konténer", "A hűtőkonténerekből 11 holttestet emeltek ki.", "agrees"),
    ("fi", "sairaala", "Aluesairaalassa hoidetaan 12 loukkaantunutta.", "contradicts"),
    ("et", "haigla", "Lastehaiglasse viidi 11 last.", "agrees"),
    # the word first in a compound is no head: a container ship ("konténerszállító") is no container
    ("hu", "konténer", "A konténerszállítóban 12 holttestet találtak.", "silent"),
], ids=["hu-ben", "hu-ben-wrong", "hu-ekbol", "fi-ssa", "et-sse", "hu-modifier"])
def test_a_compound_head_with_a_long_case_ending(language: str, anchor: str, body: str, verdict: str) -> None:
    """Hungarian, Finnish and Estonian case endings run to three letters and more (-ben,
    -ből, -nak; -ssa, -sta; -sse), and a compound's head takes them as the word alone does:
    "hűtőkonténerben" (in the refrigerated container) is "konténer" as "konténerben" is."""
    assert verdict_on("counted", language, "2026-02-10", body, _counted("11", anchor)) == verdict
