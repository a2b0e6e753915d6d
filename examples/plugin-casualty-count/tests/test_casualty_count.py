"""``check: casualty-count`` through factcheck's engine, with checker.testing."""

from __future__ import annotations

import pytest

from checker.errors import CollectionError
from checker.testing import article, load_rules, result, run_rules, verdicts

from factcheck_casualty_count import plugin

TOLL = """
- id: toll
  check: casualty-count
"""
AT_LEAST_50 = TOLL + '  expect: ">= 50"\n'


def run(rules: str, *texts: tuple[str, str]):  # type: ignore[no-untyped-def]
    sources = [article(text, language, source=f"s{index}.txt") for index, (text, language) in enumerate(texts)]
    return run_rules(rules, sources, plugins=[plugin])


def test_at_least_50_and_more_than_40_agree() -> None:
    report = run(TOLL, ("At least 50 people were killed in the strike.", "en"), ("More than 40 dead.", "en"))
    res = result(report, "toll")
    assert res.outcome == "passed"
    assert [v.values for v in res.sources] == [["≥ 50"], ["> 40"]]  # "at least" takes 50 in


def test_12_against_50_contradicts() -> None:
    report = run(AT_LEAST_50, ("U napadu je poginulo 12 ljudi.", "hr"), ("Cel puțin 50 de morți.", "ro"))
    assert verdicts(report, "toll") == {"s0.txt": "contradicts", "s1.txt": "agrees"}
    evidence = result(report, "toll").sources[0].evidence[0]
    assert (evidence.text, evidence.sentence) == ("12 ljudi", "U napadu je poginulo 12 ljudi.")


def test_without_expect_the_minority_contradicts() -> None:
    report = run(TOLL, ("Police said 12 were killed.", "en"), ("В результате атаки погибли 12 человек.", "ru"),
                 ("Au murit 50 de oameni.", "ro"))
    res = result(report, "toll")
    assert res.outcome == "failed" and res.expected == "majority: 12"
    assert verdicts(report, "toll") == {"s0.txt": "agrees", "s1.txt": "agrees", "s2.txt": "contradicts"}
    assert res.groups == [{"value": "12", "sources": ["s0.txt", "s1.txt"]}, {"value": "50", "sources": ["s2.txt"]}]


@pytest.mark.parametrize("text", [
    "Twelve were killed and 30 injured.",       # the injured are another count
    "The blast killed 12; 40 people are missing.",
    "In 2023, 12 people died in the blast.",    # a bare year is not a toll
    "Officials said 12 died, a 40% rise.",
])
def test_other_counts_are_not_tolls(text: str) -> None:
    report = run(TOLL + "  expect: 12\n", (text, "en"))
    assert verdicts(report, "toll") == {"s0.txt": "agrees"}


def test_tolerance_as_a_percentage_or_a_margin() -> None:
    texts = (("The death toll rose to 48.", "en"),)
    assert verdicts(run(AT_LEAST_50, *texts), "toll") == {"s0.txt": "contradicts"}
    assert verdicts(run(AT_LEAST_50 + "  tolerance: 5%\n", *texts), "toll") == {"s0.txt": "agrees"}
    assert verdicts(run(AT_LEAST_50 + "  tolerance: 2\n", *texts), "toll") == {"s0.txt": "agrees"}


def test_own_anchors_and_excluded_words() -> None:
    rules = TOLL + "  expect: 3\n  about: [drowned]\n  excluding: [rescued]\n"
    report = run(rules, ("Three drowned and 20 were rescued. Elsewhere, 40 were killed.", "en"))
    assert verdicts(report, "toll") == {"s0.txt": "agrees"}


def test_expect_may_name_people() -> None:
    assert verdicts(run(TOLL + "  expect: 50 people\n", ("50 killed.", "en")), "toll") == {"s0.txt": "agrees"}


@pytest.mark.parametrize("extra, message", [
    ("  tolerence: 5\n", r"rules.yaml:3:3: unknown key 'tolerence' for a 'casualty-count' rule "
                         r"\(did you mean 'tolerance'\?\)"),
    ("  tolerance: ten\n", r"rules.yaml:3:3: 'tolerance' must be a non-negative number or a percentage"),
    ("  expect: many\n", r"rules.yaml:3:3: invalid 'expect': invalid number 'many'"),
])
def test_options_are_strict(extra: str, message: str) -> None:
    with pytest.raises(CollectionError, match=message):
        load_rules(TOLL.lstrip("\n") + extra, plugins=[plugin])


def test_articles_without_an_anchor_are_not_read() -> None:
    from factcheck_casualty_count.casualty import CasualtyCountRuleType

    [rule] = load_rules(AT_LEAST_50, plugins=[plugin])
    assert CasualtyCountRuleType().silent_without(rule) == rule.about and "killed" in rule.about
    report = run(AT_LEAST_50, ("The parade drew 12 bands.", "en"), ("At least 50 people were killed.", "en"))
    assert verdicts(report, "toll") == {"s0.txt": "silent", "s1.txt": "agrees"}
