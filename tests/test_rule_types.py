"""The built-in entity, phrase and pattern rule types, end to end through the engine."""

from __future__ import annotations

import pytest

from checker.testing import article, result, run_rules, verdicts

ENTITY = """
- id: venue
  check: entity
  expect: Vostochny
  aliases: [Восточный]
  alternatives: [Baikonur]
  about: [cosmodrome, kozmodrom, cosmodromul, космодром]
"""


@pytest.mark.parametrize("text, language", [
    ("Kim je posjetio kozmodrom Vostočni.", "hr"),
    ("Liderii s-au întâlnit la cosmodromul Vostohnîi din Rusia.", "ro"),
    ("Встреча прошла на космодроме Восточный.", "ru"),
    ("They met at the Vostochny cosmodrome.", "en"),
])
def test_entity_names_agree_across_scripts_and_spellings(text: str, language: str) -> None:
    report = run_rules(ENTITY, [article(text, language)])
    assert verdicts(report, "venue") == {"article.txt": "agrees"}


@pytest.mark.parametrize("text, language", [
    ("Le sommet a eu lieu à Chtcholkovo.", "fr"),
    ("Summit je održan u mjestu Ščolkovo.", "hr"),
    ("Der Gipfel fand in Schtscholkowo statt.", "de"),
    ("Саммит прошёл в городе Щёлково.", "ru"),
    ("Toppmötet hölls i Sjtjolkovo.", "sv"),
    ("Toppmøtet ble holdt i Sjtsjolkovo.", "nb"),
])
def test_entity_names_written_in_each_language_s_romanisation(text: str, language: str) -> None:
    rules = ("- id: venue\n  check: entity\n  expect: Shchyolkovo\n"
             "  about: [summit, sommet, Gipfel, саммит, toppmötet, toppmøtet]\n")
    assert verdicts(run_rules(rules, [article(text, language)]), "venue") == {"article.txt": "agrees"}


ABJAD = """
- id: venue
  check: entity
  expect: Vostochny
  alternatives: [Baikonur]
  about: [Putin, cosmodrome]
"""


@pytest.mark.parametrize("text, language", [
    ("会談はボストーチヌイ宇宙基地で行われた。", "ja"),
    ("회담은 보스토치니 우주기지에서 열렸다.", "ko"),
])
def test_names_written_in_katakana_and_hangul_without_aliases(text: str, language: str) -> None:
    rules = "- id: venue\n  check: entity\n  expect: Vostochny\n  alternatives: [Baikonur]\n"
    assert verdicts(run_rules(rules, [article(text, language)]), "venue") == {"article.txt": "agrees"}
    baikonur = text.replace("ボストーチヌイ", "バイコヌール").replace("보스토치니", "바이코누르")
    assert verdicts(run_rules(rules, [article(baikonur, language)]), "venue") == {"article.txt": "contradicts"}


@pytest.mark.parametrize("text, language, verdict", [
    ("عقد الاجتماع مع بوتين في قاعدة فوستوشني الفضائية.", "ar", "agrees"),
    ("عقد الاجتماع مع بوتين في قاعدة بايكونور الفضائية.", "ar", "contradicts"),
    ("הפגישה עם פוטין התקיימה בקוסמודרום ווסטוצ'ני.", "he", "agrees"),
    ("הפגישה עם פוטין התקיימה בבייקונור.", "he", "contradicts"),
    ("دیدار با پوتین در فوستوچنی برگزار شد.", "fa", "agrees"),
    ("عقد الاجتماع في بطن الوادي.", "ar", "silent"),
])
def test_names_written_in_arabic_and_hebrew_letters_without_aliases(text: str, language: str, verdict: str) -> None:
    assert verdicts(run_rules(ABJAD, [article(text, language)]), "venue") == {"article.txt": verdict}


def test_entity_alternative_contradicts_and_names_the_sentence() -> None:
    report = run_rules(ENTITY, [article("Intro.\nThey met at the Baikonur cosmodrome.", "en", source="wire.txt")])
    res = result(report, "venue")
    assert res.outcome == "failed"
    [source] = res.sources
    assert source.verdict == "contradicts" and source.values == ["Baikonur"]
    evidence = source.evidence[0]
    assert (evidence.line, evidence.column, evidence.text) == (2, 17, "Baikonur")
    assert evidence.sentence == "They met at the Baikonur cosmodrome."


def test_entity_mention_far_from_any_anchor_is_silent() -> None:
    report = run_rules(ENTITY, [article("Vostochny is a town. The leaders met somewhere else.", "en")])
    assert verdicts(report, "venue") == {"article.txt": "silent"}
    assert result(report, "venue").outcome == "failed"  # require: any, and nobody states it


def test_a_name_nearer_another_entity_rule_s_anchor_stays_with_the_rule_that_names_it() -> None:
    # the president's name stands nearer "visited", the city rule's anchor, than "president"
    rules = ("- {id: president, check: entity, expect: Zelensky, alternatives: [Poroshenko], about: [president]}\n"
             "- {id: city, check: entity, expect: Kharkiv, alternatives: [Odesa], about: [visited]}\n")
    text = "Kyiv - Ukraine's president, Volodymyr Zelensky visited Kharkiv on Tuesday."
    report = run_rules(rules, [article(text, "en")])
    assert verdicts(report, "president") == {"article.txt": "agrees"}
    assert verdicts(report, "city") == {"article.txt": "agrees"}
    # two rules that name the same person: the nearer anchor's rule takes the mention
    rules = ("- {id: host, check: entity, expect: Zelensky, alternatives: [Poroshenko], about: [hosted]}\n"
             "- {id: guest, check: entity, expect: Zelensky, alternatives: [Poroshenko], about: [visited]}\n")
    report = run_rules(rules, [article("Macron hosted the talks. Later Zelensky visited Kharkiv.", "en")])
    assert verdicts(report, "guest") == {"article.txt": "agrees"}
    assert verdicts(report, "host") == {"article.txt": "silent"}


PHRASE = """
- id: accepted
  check: phrase
  expect:
    en: [Putin accepted the invitation]
    hr: [Putin prihvatio poziv]
    ro: [Putin a acceptat invitaţia]
  contradicted_by:
    en: [Putin declined the invitation]
"""


@pytest.mark.parametrize("text, language, verdict", [
    ("Vladimir Putin je sa zadovoljstvom prihvatio poziv.", "hr", "agrees"),
    ("Putin nije prihvatio poziv.", "hr", "contradicts"),
    ("Putin a acceptat cu plăcere invitaţia.", "ro", "agrees"),
    ("Putin nu a acceptat invitația.", "ro", "contradicts"),
    ("Putin did not accept the invitation.", "en", "contradicts"),
    ("Putin accepted an invitation to visit.", "en", "agrees"),
    ("Putin declined the invitation.", "en", "contradicts"),
    ("Putin never declined the invitation.", "en", "agrees"),
    ("Putin spoke about the weather.", "en", "silent"),
])
def test_phrase_negation_in_each_language(text: str, language: str, verdict: str) -> None:
    report = run_rules(PHRASE, [article(text, language)])
    assert verdicts(report, "accepted") == {"article.txt": verdict}


def test_a_negation_after_the_clause_is_not_a_denial() -> None:
    text = "Vladimir Putin je prihvatio poziv, objavila je agencija, ne navodeći kada."
    assert verdicts(run_rules(PHRASE, [article(text, "hr")]), "accepted") == {"article.txt": "agrees"}


FREE_ORDER = """
- id: accepted
  check: phrase
  expect:
    en: [Putin accepted the invitation]
    hr: [Putin je prihvatio poziv]
    ru: [Путин принял приглашение]
    pl: [Putin przyjął zaproszenie]
    de: [Putin nahm die Einladung an]
    bg: [Путин прие поканата]
    tr: [Putin daveti kabul etti]
"""


@pytest.mark.parametrize("text, language, verdict", [
    # where cases say who did what, the phrasing's words in any order within a clause
    ("Poziv je prihvatio i ruski predsjednik Putin.", "hr", "agrees"),
    ("Putin je poziv prihvatio bez oklijevanja.", "hr", "agrees"),
    ("Poziv Putin nije prihvatio.", "hr", "contradicts"),
    ("Приглашение Путин принял в четверг.", "ru", "agrees"),
    ("Приглашение Путин так и не принял.", "ru", "contradicts"),
    ("Zaproszenie przyjął także Putin.", "pl", "agrees"),
    ("Kabul etti Putin daveti.", "tr", "agrees"),
    # each word as the phrasing writes it: an inflected name has another role
    ("Ким принял приглашение Путина.", "ru", "silent"),
    ("Kim je prihvatio Putinov poziv.", "hr", "silent"),
    ("Kim przyjął zaproszenie Putina.", "pl", "silent"),
    # within one clause
    ("Putin je odbio poziv, koji je Kim prihvatio.", "hr", "silent"),
    ("Putin je poziv odbio, a Kim ga je prihvatio.", "hr", "silent"),
    # where order tells subject from object, or a name keeps its form, only in order
    ("Kim accepted Putin's invitation.", "en", "silent"),
    ("Kim nahm die Einladung von Putin an.", "de", "silent"),
    ("Ким прие поканата на Путин.", "bg", "silent"),
])
def test_phrase_words_in_any_order_where_cases_tell_the_roles(text: str, language: str, verdict: str) -> None:
    assert verdicts(run_rules(FREE_ORDER, [article(text, language)]), "accepted") == {"article.txt": verdict}


PASSIVE = """
- id: accepted
  check: phrase
  expect:
    en: [Putin accepted the invitation]
    es: [Putin aceptó la invitación]
    fr: [Poutine a accepté l'invitation]
    it: [Il Senato ha approvato la legge]
    de: [Putin hat die Einladung angenommen]
    pt: [O Senado aprovou a lei]
"""


@pytest.mark.parametrize("text, language, verdict", [
    # the passive states the active, its subject the agent after "by"
    ("The invitation was accepted by Putin on Tuesday.", "en", "agrees"),
    ("The invitation has been accepted by President Putin.", "en", "agrees"),
    ("The invitation was not accepted by Putin.", "en", "contradicts"),
    ("La invitación fue aceptada por Putin.", "es", "agrees"),
    ("L'invitation a été acceptée par Poutine.", "fr", "agrees"),
    ("La legge è stata approvata dal Senato.", "it", "agrees"),
    ("Die Einladung wurde von Putin angenommen.", "de", "agrees"),
    ("A lei foi aprovada pelo Senado.", "pt", "agrees"),
    # the subject must be the agent, after the auxiliary
    ("Putin's invitation was accepted by Kim.", "en", "silent"),
    ("Putin was invited by Kim, who accepted the proposal.", "en", "silent"),
    ("The invitation by Putin was accepted by Kim.", "en", "silent"),
    ("Die Einladung von Putin wurde von Kim angenommen.", "de", "silent"),
    ("Kim nahm die Einladung von Putin an.", "de", "silent"),
    # within one clause
    ("The invitation was accepted, a statement by Putin said.", "en", "silent"),
    # every word, the verb too
    ("The invitation to the summit was rejected by Putin.", "en", "silent"),
    ("La invitación fue rechazada por Putin.", "es", "silent"),
])
def test_a_passive_states_its_active_phrasing(text: str, language: str, verdict: str) -> None:
    assert verdicts(run_rules(PASSIVE, [article(text, language)]), "accepted") == {"article.txt": verdict}


def test_an_ordered_match_scores_above_an_unordered_one() -> None:
    ordered = result(run_rules(FREE_ORDER, [article("Putin je prihvatio poziv.", "hr")]), "accepted")
    unordered = result(run_rules(FREE_ORDER, [article("Poziv je prihvatio Putin.", "hr")]), "accepted")
    assert ordered.sources[0].evidence[0].score == 100.0
    assert unordered.sources[0].evidence[0].score == 95.0


CHINESE = """
- id: winner
  check: entity
  expect: 赖清德
  about: [当选]
- id: conceded
  check: phrase
  expect:
    zh: [侯友宜承认败选]
"""


@pytest.mark.parametrize("text, name", [
    ("民进党候选人赖清德当选总统。侯友宜承认败选。", "赖清德"),  # Simplified, as the mainland writes it
    ("民進黨候選人賴清德當選總統。侯友宜承認敗選。", "賴清德"),  # Traditional, as Taiwan and Hong Kong write it
])
def test_rules_in_simplified_chinese_read_traditional_sources(text: str, name: str) -> None:
    report = run_rules(CHINESE, [article(text, "zh")])
    assert verdicts(report, "winner") == {"article.txt": "agrees"}
    assert verdicts(report, "conceded") == {"article.txt": "agrees"}
    assert result(report, "winner").sources[0].evidence[0].text == name  # quoted as the source writes it


DENIED_NEGATION = """
- id: failed
  check: phrase
  expect:
    en: [the air defence did not work]
    uk: [ППО не спрацювала]
    hr: [Putin nije prihvatio poziv]
"""


@pytest.mark.parametrize("text, language, verdict", [
    ("The air defence did not work.", "en", "agrees"),
    ("The ministry denied that the air defence did not work.", "en", "contradicts"),
    ("The ministry denied that the air defence worked.", "en", "agrees"),
    ("Міноборони спростувало, що ППО не спрацювала.", "uk", "contradicts"),
    ("ППО не спрацювала, повідомили в штабі.", "uk", "agrees"),
    ("Kremlj je demantirao da Putin nije prihvatio poziv.", "hr", "contradicts"),
    ("Nije prihvatio poziv ni Putin.", "hr", "agrees"),  # the phrasing's own negation, not a denial
])
def test_a_denied_negation_contradicts_a_negated_phrasing(text: str, language: str, verdict: str) -> None:
    assert verdicts(run_rules(DENIED_NEGATION, [article(text, language)]), "failed") == {"article.txt": verdict}


NOT_DENIED = """
- id: accepted
  check: phrase
  expect:
    en: [Putin accepted the invitation]
    hr: [Putin je prihvatio poziv]
    zh: [大坝出现裂缝]
"""


@pytest.mark.parametrize("text, language, verdict", [
    ("The Kremlin did not deny that Putin accepted the invitation.", "en", "agrees"),
    ("The Kremlin denied that Putin accepted the invitation.", "en", "contradicts"),
    ("The Kremlin, not surprisingly, denied that Putin accepted the invitation.", "en", "contradicts"),
    ("Kremlj nije demantirao da je Putin prihvatio poziv.", "hr", "agrees"),
    ("Kremlj je demantirao da je Putin prihvatio poziv.", "hr", "contradicts"),
    ("当地官员不否认大坝出现裂缝。", "zh", "agrees"),
    ("当地官员否认大坝出现裂缝。", "zh", "contradicts"),
    ("大坝没有出现裂缝。", "zh", "contradicts"),
])
def test_a_verb_of_denying_that_is_itself_negated_denies_nothing(text: str, language: str, verdict: str) -> None:
    assert verdicts(run_rules(NOT_DENIED, [article(text, language)]), "accepted") == {"article.txt": verdict}


NEGATED_PHRASING = """
- id: sanctions
  check: phrase
  expect:
    en: [will not hesitate to impose sanctions]
    hr: [neće oklijevati uvesti sankcije]
    ro: [nu vor ezita să impună sancţiuni]
"""


@pytest.mark.parametrize("text, language, verdict", [
    ('Administracija "neće oklijevati" uvesti dodatne sankcije.', "hr", "agrees"),
    ("Statele Unite au avertizat că „nu vor ezita” să impună sancţiuni.", "ro", "agrees"),
    ("Washington will not hesitate to impose new sanctions.", "en", "agrees"),
])
def test_a_negation_inside_the_phrasing_is_not_a_denial(text: str, language: str, verdict: str) -> None:
    assert verdicts(run_rules(NEGATED_PHRASING, [article(text, language)]), "sanctions") == {"article.txt": verdict}


PATTERN = r"""
- id: year
  check: pattern
  regex: '(?i)vladivostok\D{0,20}(?P<value>(?:19|20)\d\d)'
"""


def test_pattern_values_are_grouped_without_expect() -> None:
    sources = [article("They met in Vladivostok in 2019.", "en", source=f"s{i}.txt") for i in range(2)]
    sources.append(article("The first summit, in Vladivostok in 2018, ...", "en", source="odd.txt"))
    res = result(run_rules(PATTERN, sources), "year")
    assert res.outcome == "failed"
    assert {s.source: s.verdict for s in res.sources} == {"s0.txt": "agrees", "s1.txt": "agrees",
                                                          "odd.txt": "contradicts"}
    assert res.expected == "majority: 2019"
    assert res.groups == [{"value": "2019", "sources": ["s0.txt", "s1.txt"]},
                          {"value": "2018", "sources": ["odd.txt"]}]


def test_catastrophic_pattern_runs_in_linear_time() -> None:
    rules = "- id: evil\n  check: pattern\n  regex: '(?P<value>(a+)+)$'\n"
    report = run_rules(rules, [article("a" * 100_000 + "b", "en")])
    assert verdicts(report, "evil") == {"article.txt": "silent"}


def test_require_all_fails_when_a_source_is_silent() -> None:
    rules = PHRASE.replace("  contradicted_by", "  require: all\n  contradicted_by")
    report = run_rules(rules, [article("Putin je prihvatio poziv.", "hr", source="a.txt"),
                               article("Nothing about it.", "en", source="b.txt")])
    res = result(report, "accepted")
    assert res.outcome == "failed" and "1 of 2 sources state it; require: all" in res.message


def test_xfail_and_skip() -> None:
    rules = ENTITY.replace("  about:", "  xfail: known wrong\n  about:") + """
- id: skipped
  check: entity
  expect: X
  skip: not yet
"""
    report = run_rules(rules, [article("They met at Baikonur cosmodrome.", "en")])
    assert result(report, "venue").outcome == "xfailed"
    assert result(report, "skipped").outcome == "skipped"
    assert report.exit_code == 0


def test_a_value_belongs_to_the_nearest_rule_anchor() -> None:
    rules = """
- id: meeting-place
  check: entity
  alternatives: [Moscow, Vladivostok]
  about: [met]
- id: training-place
  check: entity
  alternatives: [Moscow, Vladivostok]
  about: [trained]
"""
    text = "They met in Vladivostok after Kim trained in Moscow."
    report = run_rules(rules, [article(text, "en")])
    assert result(report, "meeting-place").sources[0].values == ["Vladivostok"]
    assert result(report, "training-place").sources[0].values == ["Moscow"]


def test_a_rule_type_that_raises_only_errors_its_own_rule() -> None:
    from checker import hookimpl
    from checker.ruletypes.base import RuleType

    class Broken(RuleType):
        name = "broken"

        def check(self, rule, ctx):  # type: ignore[no-untyped-def]
            raise RuntimeError("boom")

    class Plugin:
        @hookimpl
        def factcheck_register_rule_types(self, register):  # type: ignore[no-untyped-def]
            register(Broken())

    rules = ENTITY + "- id: bad\n  check: broken\n"
    report = run_rules(rules, [article("They met at the Vostochny cosmodrome.", "en")], plugins=[Plugin()])
    assert result(report, "venue").outcome == "passed"
    bad = result(report, "bad")
    assert bad.outcome == "error" and "RuntimeError: boom" in bad.traceback
    assert report.exit_code == 1


def test_a_rule_failing_its_own_examples_is_an_error_and_the_others_run() -> None:
    rules = PHRASE + """  examples:
    agrees: [{text: "Putin je prihvatio poziv.", language: hr}]
    contradicts: ["Putin accepted the invitation."]
""" + ENTITY
    report = run_rules(rules, [article("They met at the Vostochny cosmodrome.", "en")])
    res = result(report, "accepted")
    assert res.outcome == "error"
    assert res.message == "example contradicts #1 'Putin accepted the invitation.' is agrees"
    assert result(report, "venue").outcome == "passed"


def test_passing_examples_let_the_rule_run() -> None:
    rules = PHRASE + """  examples:
    agrees: [{text: "Putin je prihvatio poziv.", language: hr}]
    contradicts: ["Putin did not accept the invitation."]
    silent: ["The weather was fine."]
"""
    report = run_rules(rules, [article("Putin je prihvatio poziv.", "hr")])
    assert result(report, "accepted").outcome == "passed"


NUMBER = """
- id: toll
  check: number
  expect: ">= 40"
  unit: people
  units: [ljudi, oameni]
  about: [killed, poginulo, poginuli, uciși]
"""


@pytest.mark.parametrize("text, language, verdict", [
    ("Više od 50 ljudi je poginulo.", "hr", "agrees"),
    ("In the attack, 12 people were killed.", "en", "contradicts"),
    ("Cel puțin 45 de oameni au fost uciși.", "ro", "agrees"),
    ("Sirens sounded for 40 minutes; nobody was killed.", "en", "silent"),
])
def test_number_units_with_synonyms(text: str, language: str, verdict: str) -> None:
    assert verdicts(run_rules(NUMBER, [article(text, language)]), "toll") == {"article.txt": verdict}


@pytest.mark.parametrize("text, language, verdict, evidence", [
    ("In the attack, 12 civilian people were killed.", "en", "contradicts", "12 civilian people"),
    ("Više od 50 mladih ljudi je poginulo.", "hr", "agrees", "Više od 50 mladih ljudi"),
    ("Poginulo je 12 mladih ljudi.", "hr", "contradicts", "12 mladih ljudi"),
    ("In the attack, 12 very young local people were killed.", "en", "silent", None),  # three words between
    ("In the attack, 12 soldiers, people said, were killed.", "en", "silent", None),  # not the same phrase
])
def test_a_count_reaches_its_noun_past_a_word_or_two_that_describe_it(text: str, language: str, verdict: str,
                                                                      evidence: str | None) -> None:
    report = run_rules(NUMBER, [article(text, language)])
    assert verdicts(report, "toll") == {"article.txt": verdict}
    if evidence is not None:
        (source,) = result(report, "toll").sources
        assert source.evidence[0].text == evidence


def test_sources_agree_on_a_figure_whatever_noun_each_counts_it_with() -> None:
    rules = "- id: toll\n  check: number\n  about: [killed, toll, poginulo]\n"
    sources = [article("The quake killed 2,000 people.", "en", source="a.txt"),
               article("The toll stands at 2,000 victims.", "en", source="b.txt"),
               article("U potresu je poginulo 2000 ljudi.", "hr", source="c.txt"),
               article("The quake killed 1,500 people.", "en", source="d.txt")]
    res = result(run_rules(rules, sources), "toll")
    assert {s.source: s.verdict for s in res.sources} == {
        "a.txt": "agrees", "b.txt": "agrees", "c.txt": "agrees", "d.txt": "contradicts"}


def test_a_figure_in_another_unit_is_not_left_to_a_nearer_rule_that_cannot_take_it() -> None:
    rules = """
- id: share
  check: number
  unit: percent
  expect: 40.56
  about: [party]
- id: seats
  check: number
  unit: seats
  expect: 158
  about: [majority]
"""
    report = run_rules(rules, [article("The party won a majority with 40.56% of the vote and 158 seats.", "en")])
    assert verdicts(report, "share") == {"article.txt": "agrees"}  # "majority" is nearer, but counts seats
    assert verdicts(report, "seats") == {"article.txt": "agrees"}
    wrong = run_rules(rules, [article("The party won a majority with 38% of the vote and 158 seats.", "en")])
    assert verdicts(wrong, "share") == {"article.txt": "contradicts"}


def test_time_spans_agree_across_forms() -> None:
    rules = "- id: war\n  check: number\n  unit: month\n  about: [war, rat, război]\n"
    sources = [article("Rat traje više od 18 mjeseci.", "hr", source="hr.txt"),
               article("Războiul durează de peste un an şi jumătate.", "ro", source="ro.txt"),
               article("The war has lasted 18 months.", "en", source="en.txt")]
    res = result(run_rules(rules, sources), "war")
    assert res.outcome == "passed", res.sources
    assert {s.verdict for s in res.sources} == {"agrees"}


SUBSTITUTED = """
- id: budget
  check: phrase
  expect: [the parliament approved the budget bill]
  contradicted_by: [the parliament rejected the budget bill]
- id: motion
  check: phrase
  expect: [le Parlement a adopté la motion de censure]
- id: funding
  check: phrase
  expect: [the government approved the funding for the summit]
- id: proracun
  check: phrase
  expect: [Sabor je usvojio proračun za sljedeću godinu]
"""


@pytest.mark.parametrize("rule, text, language, verdict", [
    # a word of the phrasing replaced by another: another statement, never the claim
    ("budget", "On Tuesday the parliament rejected the budget bill.", "en", "contradicts"),
    ("budget", "The parliament approved the budget bill.", "en", "agrees"),
    ("budget", "The parliament postponed the budget bill.", "en", "silent"),
    ("motion", "Le Parlement a rejeté la motion de censure mardi soir.", "fr", "silent"),
    ("motion", "Le Parlement a adopté la motion de censure mardi soir.", "fr", "agrees"),
    ("funding", "The government approved the money for the summit.", "en", "silent"),
    ("funding", "The opposition approved the funding for the summit.", "en", "silent"),
    # a word left out is a paraphrase, at a lower score; a negation in its place decides
    ("funding", "The government approved funding for the summit.", "en", "agrees"),
    ("funding", "The government approved the summit.", "en", "agrees"),
    ("funding", "The government refused to approve the funding for the summit.", "en", "contradicts"),
    # in free word order too: a word missing, another in its clause
    ("proracun", "Sabor je odbacio proračun za sljedeću godinu.", "hr", "silent"),
    ("proracun", "Proračun za sljedeću godinu Sabor je odbacio.", "hr", "silent"),
    ("proracun", "Proračun za sljedeću godinu Sabor je usvojio.", "hr", "agrees"),
    ("proracun", "Proračun za sljedeću godinu Sabor nije usvojio.", "hr", "contradicts"),
])
def test_a_phrasing_with_a_word_replaced_is_another_statement(rule: str, text: str, language: str,
                                                              verdict: str) -> None:
    assert verdicts(run_rules(SUBSTITUTED, [article(text, language)]), rule) == {"article.txt": verdict}


SHORT_WORDS = """
- id: tax
  check: phrase
  expect: [the government cut taxes]
- id: war
  check: phrase
  expect: [parliament declared war on the rebels]
- id: nalog
  check: phrase
  expect:
    ru: [суд отменил налог на роскошь]
- id: vlada
  check: phrase
  expect:
    ru: [правительство отменило налог на роскошь]
- id: senado
  check: phrase
  expect:
    tl: [Inaprubahan ng Senado ang panukalang batas]
- id: parliament
  check: phrase
  expect: [Parliament approved the budget]
- id: record
  check: phrase
  expect: [prices hit a record low]
- id: budget
  check: phrase
  expect: [the government approved the new budget]
"""


@pytest.mark.parametrize("rule, text, language, verdict", [
    # a short content word counts: another word in its place is another statement
    ("tax", "The government raised taxes on Tuesday.", "en", "silent"),
    ("tax", "The government on Tuesday raised the taxes.", "en", "silent"),
    ("tax", "The government has cut taxes.", "en", "agrees"),
    ("tax", "The government cuts taxes again.", "en", "agrees"),
    ("tax", "Taxes were cut by the government.", "en", "agrees"),
    ("tax", "The government did not cut taxes.", "en", "contradicts"),
    ("war", "The parliament declared a truce with the rebels.", "en", "silent"),
    ("war", "The parliament declared war on the rebels on Monday.", "en", "agrees"),
    # short function words ("the", "on", "на") may still be missing or other
    ("war", "Parliament declared war against rebels.", "en", "agrees"),
    ("nalog", "Правительство отменило налог на роскошь.", "ru", "silent"),
    ("nalog", "Суд отменил налог на роскошь в пятницу.", "ru", "agrees"),
    ("nalog", "Суд в пятницу отменил налог на роскошь.", "ru", "agrees"),
    # a short content word in the place of a longer one the match misses is another word
    ("vlada", "Суд отменил налог на роскошь.", "ru", "silent"),
    ("vlada", "Правительство отменило налог на роскошь.", "ru", "agrees"),
    # a missed first word's place is the word before the function words before the match
    ("senado", "Tinanggihan ng Senado ang panukalang batas.", "tl", "silent"),
    ("senado", "Hindi inaprubahan ng Senado ang panukalang batas.", "tl", "contradicts"),
    ("parliament", "On Tuesday the lawmakers approved the budget.", "en", "silent"),
    ("parliament", "The parliament approved the budget.", "en", "agrees"),
    # words the lists of function words hold that are content words: another such word in
    # the place of one, before the noun or right after the last required word, replaces it
    ("record", "Prices hit a record high on Monday.", "en", "silent"),
    ("record", "Prices hit a record low on Monday.", "en", "agrees"),
    ("record", "Prices hit a record.", "en", "agrees"),
    ("budget", "The government approved the old budget.", "en", "silent"),
    ("budget", "The government approved the new budget.", "en", "agrees"),
    ("budget", "The government approved the budget.", "en", "agrees"),  # "the" is the phrasing's own
    ("parliament", "Parliament approved its budget on Friday.", "en", "agrees"),  # a determiner for another
])
def test_a_short_content_word_of_a_phrasing_counts(rule: str, text: str, language: str, verdict: str) -> None:
    assert verdicts(run_rules(SHORT_WORDS, [article(text, language)]), rule) == {"article.txt": verdict}


BRACKET = """
- id: law
  check: phrase
  expect:
    de: [Der Bundestag billigte das Gesetz]
    nl: [De Tweede Kamer verwierp het wetsvoorstel]
"""


@pytest.mark.parametrize("text, language, verdict", [
    # German and Dutch put the verb at the clause's end in the perfect, after a modal
    # and in a subordinate clause, where a phrasing in the past has it second
    ("Der Bundestag hat das Gesetz am Freitag gebilligt.", "de", "agrees"),
    ("Scholz sagte, dass der Bundestag das Gesetz gebilligt habe.", "de", "agrees"),
    ("Wie berichtet, hat der Bundestag das Gesetz nicht gebilligt.", "de", "contradicts"),
    ("De Tweede Kamer heeft het wetsvoorstel dinsdag verworpen.", "nl", "agrees"),  # a strong verb's participle
    ("De Tweede Kamer heeft het wetsvoorstel niet verworpen.", "nl", "contradicts"),
    # the other words in order, the verb in the same clause
    ("Der Bundesrat hat das Gesetz gebilligt, der Bundestag noch nicht.", "de", "silent"),
    ("Der Bundestag hat das Gesetz abgelehnt, sagte Scholz, der es gebilligt hatte.", "de", "silent"),
    ("Das Gesetz hat der Bundestag gebilligt.", "de", "silent"),
])
def test_a_verb_at_the_clause_end_meets_the_phrasing_s_verb_in_second_place(text: str, language: str,
                                                                             verdict: str) -> None:
    assert verdicts(run_rules(BRACKET, [article(text, language)]), "law") == {"article.txt": verdict}


SEPARABLE = """
- id: law
  check: phrase
  expect:
    de: [Der Bundestag nahm das Gesetz an]
    nl: [De regering keurde het plan goed]
- id: reform
  check: phrase
  expect:
    de: [die Regierung schlug eine Reform vor]
"""


@pytest.mark.parametrize("rule, text, language, verdict", [
    # a strong verb's participle, its particle written on it, at the clause's end
    ("law", "Der Bundestag hat das Gesetz am Freitag angenommen.", "de", "agrees"),
    ("law", "Der Bundestag hat das Gesetz nicht angenommen.", "de", "contradicts"),
    ("law", "Der Bundestag hat das Gesetz am Freitag abgelehnt.", "de", "silent"),
    ("law", "Der Bundestag hat das Gesetz abgenommen.", "de", "silent"),  # another particle: another verb
    ("reform", "Die Regierung hat eine Reform vorgeschlagen.", "de", "agrees"),
    ("law", "De regering heeft het plan dinsdag goedgekeurd.", "nl", "agrees"),
    ("law", "De regering heeft het plan niet goedgekeurd.", "nl", "contradicts"),
    ("law", "De regering heeft het plan dinsdag afgekeurd.", "nl", "silent"),
    ("law", "De regering keurde het plan goed.", "nl", "agrees"),
])
def test_a_separable_or_strong_verb_s_participle_meets_its_past(rule: str, text: str, language: str,
                                                                verdict: str) -> None:
    assert verdicts(run_rules(SEPARABLE, [article(text, language)]), rule) == {"article.txt": verdict}


COUNTED = """
- id: votes
  check: number
  about: [votes, glasova]
  expect: 81
- id: killed
  check: number
  about: [killed]
  expect: 23
- id: budget
  check: number
  about: [budget]
  expect: 3000000000
"""


@pytest.mark.parametrize("rule, text, language, verdict", [
    # without a unit, a figure that counts the anchor goes before the others in its sentence
    ("votes", "The bill passed after a 14-hour debate, with 81 votes in favour.", "en", "agrees"),
    ("votes", "In the parliament of 120 seats the bill got 81 votes.", "en", "agrees"),
    ("votes", "Zakon je nakon 14 sati rasprave dobio 81 glasova.", "hr", "agrees"),
    ("votes", "The bill passed with 79 votes after a 14-hour debate.", "en", "contradicts"),
    ("killed", "The attack in 2023 killed 23 people, 5 of them children.", "en", "agrees"),
    # a magnitude before its noun counts no dead; a bound of a count counts them
    ("killed", "A 6.2 earthquake killed 23 people.", "en", "agrees"),
    ("killed", "The 7.8 earthquake killed more than 20 people.", "en", "agrees"),
    ("killed", "The 7.8 earthquake killed up to 20 people.", "en", "contradicts"),
    # where none stands after it, the figure whose noun is the anchor's subject
    ("killed", "23 people were killed in the 6.2 earthquake.", "en", "agrees"),
    ("killed", "In the 6.2 earthquake, 23 people were killed.", "en", "agrees"),
    # figures that all count it, or none, stay as they are
    ("votes", "The bill got 81 votes in favour and 20 votes against.", "en", "unclear"),
    ("votes", "The debate on the votes lasted 81 minutes, with 3 breaks.", "en", "unclear"),
    # a year before its noun describes it, and counts nothing
    ("budget", "The 2024 budget of 3 billion euros was approved.", "en", "unclear"),
])
def test_a_figure_that_counts_the_anchor_goes_before_the_others(rule: str, text: str, language: str,
                                                                 verdict: str) -> None:
    assert verdicts(run_rules(COUNTED, [article(text, language)]), rule) == {"article.txt": verdict}


def test_a_figure_counts_the_anchor_past_the_noun_that_comes_first() -> None:
    # Swahili "liliua watu 23" (killed 23 people): the magnitude before is no count of the dead
    rules = "- {id: killed, check: number, expect: 23, about: [liliua]}\n"
    text = "Tetemeko la ardhi la ukubwa wa 5.8 liliua watu 23 usiku wa kuamkia Jumatatu."
    assert verdicts(run_rules(rules, [article(text, "sw")]), "killed") == {"article.txt": "agrees"}


@pytest.mark.parametrize("language, text", [
    ("en", "The earthquake struck on Wednesday, 13 September. Another earthquake hit the region on 15 March."),
    ("en", "The earthquake struck on 13 September. Other earthquakes hit the region on 15 March."),
    # past one word that is no function word
    ("en", "The earthquake struck on 13 September. Another strong earthquake hit the region on 15 March."),
    ("fr", "Le séisme a eu lieu le 13 septembre. Un autre fort séisme a frappé la région le 15 mars."),
    # in one sentence, what stands nearer to the other quake is the other quake's
    ("en", "The earthquake struck on 13 September; other earthquakes hit the region on 15 March."),
    ("es", "El sismo del 13 de septiembre fue más fuerte que otro sismo registrado el 15 de marzo."),
    ("es", "El sismo ocurrió el 13 de septiembre. Otro sismo sacudió la región el 15 de marzo."),
    ("fr", "Le séisme a eu lieu le 13 septembre. Un autre séisme a frappé la région le 15 mars."),
    ("de", "Das Erdbeben ereignete sich am 13. September. Ein weiteres Erdbeben traf die Region am 15. März."),
    ("ro", "Cutremurul a avut loc pe 13 septembrie. Un alt cutremur a lovit regiunea pe 15 martie."),
    ("ru", "Землетрясение произошло 13 сентября. Другое землетрясение случилось 15 марта."),
    ("pl", "Trzęsienie ziemi nastąpiło 13 września. Kolejne trzęsienie nawiedziło region 15 marca."),
    ("ar", "وقع الزلزال في 13 سبتمبر. وضرب زلزال آخر المنطقة في 15 مارس."),
])
def test_an_anchor_written_as_another_one_is_another_event(language: str, text: str) -> None:
    """"Another earthquake" names another quake: its date is no date of the rule's."""
    rules = ("- id: quake\n  title: The quake was on 13 September 2023\n  check: date\n"
             "  about: [earthquake, sismo, séisme, Erdbeben, cutremur, землетрясение, trzęsienie, زلزال]\n"
             "  expect: 2023-09-13\n")
    report = run_rules(rules, [article(text, language=language, published="2023-09-14")])
    [source] = report.results[0].sources
    assert source.verdict == "agrees" and [v[-10:] for v in source.values] == ["2023-09-13"], source


@pytest.mark.parametrize("text, verdict", [
    ("The earthquake struck on 13 September. The earthquake of 15 March was weaker.", "unclear"),
    ("They helped each other. The earthquake struck on 15 March.", "contradicts"),  # "other" in another sentence
])
def test_an_anchor_without_another_still_takes_its_date(text: str, verdict: str) -> None:
    rules = ("- id: quake\n  title: The quake was on 13 September 2023\n  check: date\n"
             "  about: [earthquake]\n  expect: 2023-09-13\n")
    report = run_rules(rules, [article(text, language="en", published="2023-09-14")])
    assert report.results[0].sources[0].verdict == verdict


PASSED_BUDGET = """
- id: budget
  title: Parliament passed the budget
  check: phrase
  expect:
    en: [Parliament approved the budget]
    de: [Der Bundestag billigte den Haushalt]
    fr: [Le Parlement a adopté le budget]
    es: [El Congreso aprobó el presupuesto]
- id: sanctions
  title: the EU will impose sanctions
  check: phrase
  expect: {en: [the EU will impose sanctions]}
"""


@pytest.mark.parametrize("language, text, verdict", [
    # a future or a plan states no deed
    ("en", "Parliament will approve the budget next week.", "silent"),
    ("en", "Parliament is expected to approve the budget.", "silent"),
    ("en", "Parliament plans to approve the budget.", "silent"),
    ("en", "Parliament will not approve the budget, the minister warned.", "silent"),
    ("de", "Der Bundestag soll den Haushalt am Freitag billigen.", "silent"),
    ("de", "Der Bundestag will den Haushalt nächste Woche billigen.", "silent"),
    ("fr", "Le Parlement va adopter le budget mardi.", "silent"),
    ("es", "El Congreso va a aprobar el presupuesto.", "silent"),
    ("es", "El Congreso aprobará el presupuesto.", "silent"),  # a future written on the verb
    ("fr", "Le Parlement adoptera le budget.", "silent"),
    # the deed itself, stated or denied
    ("en", "Parliament approved the budget on Tuesday.", "agrees"),
    ("en", "Parliament did not approve the budget.", "contradicts"),
    ("de", "Der Bundestag billigte den Haushalt.", "agrees"),
    ("fr", "Le Parlement a adopté le budget mardi.", "agrees"),
    ("es", "El Congreso aprobó el presupuesto.", "agrees"),
])
def test_a_future_or_a_plan_states_no_deed(language: str, text: str, verdict: str) -> None:
    report = run_rules(PASSED_BUDGET, [article(text, language=language)])
    assert report.results[0].sources[0].verdict == verdict


def test_a_phrasing_in_the_future_is_stated_by_the_future() -> None:
    text = "The EU will impose sanctions if the talks fail."
    report = run_rules(PASSED_BUDGET, [article(text, language="en")])
    assert report.results[1].sources[0].verdict == "agrees"
