"""Rule files: every mistake is one line naming file, line and column (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.collect import collect
from checker.config import Config
from checker.errors import CollectionError
from checker.testing import load_rules, make_host

GOOD = """\
- id: venue
  check: entity
  expect: Vostochny
  about: [cosmodrome]
"""


def error_of(text: str) -> str:
    with pytest.raises(CollectionError) as info:
        load_rules(text)
    return str(info.value)


def test_a_valid_rule_is_collected_with_its_position() -> None:
    [rule] = load_rules("# comment\n" + GOOD)
    assert (rule.id, rule.check, rule.line, rule.expected) == ("venue", "entity", 2, "Vostochny")
    assert rule.threshold == 85 and rule.require == "any" and rule.severity == "error"


def test_yes_no_on_and_off_are_words_not_booleans() -> None:
    """Only true and false are booleans (YAML 1.2): a rule named "yes" was refused as a bad
    id, and an entity rule about Norway (NO) or Norwegian ("no") expected false."""
    [named, norway] = load_rules(
        "rules:\n"
        "  - {id: yes, check: number, expect: 135, about: [igen]}\n"
        "  - {id: country, check: entity, expect: NO, alternatives: [SE, on], about: [country]}\n")
    assert named.id == "yes"
    assert (norway.expected, norway.options.alternatives) == ("NO", ["SE", "on"])


def test_file_level_defaults_and_tags_apply_to_every_rule() -> None:
    rules = load_rules("defaults: {severity: warning, threshold: 90}\ntags: [summit]\nrules:\n"
                       + "\n".join("  " + line for line in GOOD.splitlines()))
    assert rules[0].severity == "warning" and rules[0].threshold == 90 and rules[0].tags == ["summit"]


@pytest.mark.parametrize("text, expected", [
    ("- id: a\n  check: entity\n  expect: X\n  abuot: [x]\n",
     "rules.yaml:4:3: unknown key 'abuot' for a 'entity' rule (did you mean 'about'?)"),
    ("- id: a\n  check: datee\n  expect: 2023-09-13\n",
     "rules.yaml:2:3: unknown check type 'datee' (did you mean 'date'? known: date, entity, number, pattern, phrase)"),
    ("- id: a\n  check: [date]\n",
     "rules.yaml:2:3: 'check' must be a rule type name (known: date, entity, number, pattern, phrase)"),
    ("- id: a\n  check: entity\n  expect: X\n- id: a\n  check: entity\n  expect: Y\n",
     "rules.yaml:4:3: duplicate rule id 'a' (first defined at line 1)"),
    ("- id: a\n  check: entity\n  expect: X\n  threshold: high\n",
     "rules.yaml:4:3: 'threshold' must be a number from 0 to 100"),
    ("- id: a\n  check: entity\n  expect: X\n  severity: fatal\n",
     "rules.yaml:4:3: 'severity' must be one of error, warning, info"),
    ("- id: a\n  check: entity\n  expect: X\n  within: page\n",
     "rules.yaml:4:3: 'within' must be 'sentence', 'paragraph' or a positive number of characters"),
    ("- id: a\n  check: date\n  about: [met]\n  expect: 2023-02-30\n", "rules.yaml:4:11: invalid date '2023-02-30': day is out of range for month"),
    ("- id: a\n  check: date\n  about: [met]\n  expect: 13.9.\n", "rules.yaml:4:3: invalid 'expect'"),
    ("- id: a\n  check: pattern\n  regex: '(a)\\1(?P<value>x)'\n",
     "rules.yaml:3:3: 'regex' is not a valid RE2 pattern"),
    ("- id: a\n  check: pattern\n  regex: 'no group'\n",
     "rules.yaml:3:3: 'regex' needs a named group 'value'"),
    ("- id: a\n  check: entity\n  expect: X\n  tags: {a: 1}\n",
     "rules.yaml:4:3: 'tags' must be a string or a non-empty list of strings"),
    ("- id: a\n  check: entity\n  expect: X\n  require: most\n", "rules.yaml:4:3: 'require' must be"),
    ("- id: a\n  check: entity\n  expect: X\n  sources: {lang: hr}\n",
     "rules.yaml:4:3: unknown key 'lang' in 'sources' (did you mean 'language'?)"),
    ("- id: a\n  check: entity\n  expect: X\n  sources: {paths: ../secret/*}\n",
     "rules.yaml:4:3: 'sources.paths' pattern '../secret/*' points outside the corpus"),
    ("- id: a\n  check: entity\n", "rules.yaml:1:3: an 'entity' rule needs 'expect'"),
    ("- id: a\n  check: date\n  expect: 2023-09-13\n", "rules.yaml:1:3: a 'date' rule needs 'about'"),
    ("- check: entity\n  expect: X\n", "rules.yaml:1:3: rule has no 'id'"),
    ("- id: a\n  expect: X\n", "rules.yaml:1:3: rule 'a' has no 'check'"),
    ("- just a string\n", "rules.yaml:1:3: a rule must be a mapping"),
    ("rulez: []\n", "rules.yaml:1:1: unknown rule file key 'rulez' (did you mean 'rules'?)"),
    ("42\n", "rules.yaml:1:1: a rule file must hold a list of rules"),
    ("- id: a\n  check: entity\n  expect: [X\n", "rules.yaml:4:1: YAML syntax error"),
    ("- id: a\n  check: !!python/object/apply:os.system [echo]\n",
     "rules.yaml:2:10: unsafe or unknown YAML tag !!python/object/apply:os.system"),
    ("- id: a\n  check: entity\n  expect: X\n  expect: Y\n", "rules.yaml:4:3: duplicate key 'expect'"),
    ("- id: a\n  check: phrase\n  expect: {hr: []}\n", "rules.yaml:3:3: invalid 'expect'"),
    ("- id: a\n  check: phrase\n", "rules.yaml:1:3: a 'phrase' rule needs 'expect' or 'contradicted_by'"),
    ("- id: a\n  check: phrase\n  expect: {pl: [zaprzeczyła, że wyciekły dane]}\n",
     "rules.yaml:3:3: phrasing 'że wyciekły dane' (pl) begins with 'że' (that): a comma in a YAML list [a, b] parts it"),
    ("- id: a\n  check: entity\n  expect: X\n  examples: {agree: [x]}\n",
     "rules.yaml:4:3: unknown example kind 'agree' (did you mean 'agrees'?)"),
])
def test_every_mistake_names_file_line_and_column(text: str, expected: str) -> None:
    message = error_of(text)
    assert message.startswith(expected), message
    assert "\n" not in message


def test_alias_bombs_are_refused() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    assert "refused (alias expansion)" in error_of("\n".join(lines))


def test_deep_nesting_is_refused() -> None:
    assert "nested deeper" in error_of("- " + "[" * 200 + "]" * 200)


def test_an_empty_file_holds_no_rules() -> None:
    assert load_rules("") == [] and load_rules("rules: []\n") == []


def test_missing_rule_path_is_a_usage_error(tmp_path: Path) -> None:
    from checker.errors import UsageError

    with pytest.raises(UsageError, match="rule path not found"):
        collect([tmp_path / "nope"], make_host(), Config(root=tmp_path))


def test_rule_files_are_never_written(tmp_path: Path) -> None:
    rule_file = tmp_path / "rules.yaml"
    rule_file.write_text(GOOD)
    before = (rule_file.read_bytes(), rule_file.stat().st_mtime_ns)
    collect([tmp_path], make_host(), Config(root=tmp_path))
    assert (rule_file.read_bytes(), rule_file.stat().st_mtime_ns) == before
