"""``--format markdown``: a pull-request comment that an article cannot rewrite."""

from __future__ import annotations

from checker.testing import article, run_rules

from factcheck_casualty_count import plugin

RULES = """
- id: toll
  title: At least 50 died
  check: casualty-count
  expect: ">= 50"
- id: venue
  check: entity
  expect: Kyiv
  about: [station]
"""


def render(*sources) -> str:  # type: ignore[no-untyped-def]
    report = run_rules(RULES, list(sources), plugins=[plugin], fmt="markdown")
    return report.output  # type: ignore[attr-defined, no-any-return]


def test_a_table_of_rules_and_the_evidence_of_each_contradiction() -> None:
    output = render(article("At least 50 people were killed at the Kyiv station.", "en", source="wire.txt"),
                    article("U napadu je poginulo 12 ljudi na kolodvoru.", "hr", source="hr.txt"))
    lines = output.splitlines()
    assert lines[0] == "## ❌ factcheck: 1 failed, 1 passed"
    assert lines[2].startswith("2 sources (en, hr), 2 rules, ")
    assert "| `rules.yaml::toll` At least 50 died | casualty-count | ❌ failed | 1 of 2 sources contradicts " \
           "the expected value |" in lines
    assert "| `rules.yaml::venue` | entity | ✅ passed | 1 of 2 sources state it, none contradicts |" in lines
    assert "### ❌ `rules.yaml::toll`" in lines
    assert "- `hr.txt` (hr) **contradicts**: 12" in lines
    assert "  > U napadu je poginulo **12 ljudi** na kolodvoru." in lines
    assert "### ❌ `rules.yaml::venue`" not in output and "wire.txt" not in output.split("### ")[1]


def test_article_text_cannot_add_markup() -> None:
    text = "<img src=x onerror=alert(x)> [link](http://x) | cell | **bold** — only 12 were killed."
    output = render(article(text, "en", source="evil.txt"))
    quote = next(line for line in output.splitlines() if line.startswith("  > "))
    assert quote == ("  > \\<img src=x onerror=alert\\(x\\)\\> \\[link\\]\\(http://x\\) \\| cell \\| "
                     "\\*\\*bold\\*\\* — only **12 were** killed.")


def test_a_passing_run_has_a_green_headline_and_no_details() -> None:
    output = render(article("At least 50 were killed near the Kyiv station.", "en"))
    assert output.startswith("## ✅ factcheck: 2 passed\n")
    assert "###" not in output
