"""Rule files under pytest: opt-in collection, one item per rule × source, the text
report's evidence in failures, and pytest's own -k, --lf and --junitxml."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
import yaml  # noqa: F401  # before pytester's snapshot of sys.modules: see below

# pytester's in-process runs drop the modules a run imported and import them again in
# the next run. PyYAML's libyaml parser, a C extension, is initialised once and keeps the
# event and node classes of the first import, so a yaml package imported again would no
# longer recognise them. Importing it here, before any run, keeps one yaml for all.
pytest_plugins = ["pytester"]

VENUE = """\
tags: [summit]
rules:
  - id: venue
    title: The leaders met at the Vostochny cosmodrome
    check: entity
    expect: Vostochny
    alternatives: [Baikonur]
    about: [cosmodrome, kozmodrom]
"""

CORPUS = {
    "seeds/hr-a.txt": "Vijesti\n\nKim je posjetio kozmodrom Vostočni.\n",
    "seeds/en-b.txt": "News\n\nThey met at the Baikonur cosmodrome.\n",
    "seeds/corpus.yaml": "hr-a.txt: {language: hr}\nen-b.txt: {language: en}\n",
}

PAIRS = ["rules/venue.yaml::venue[seeds/en-b.txt]", "rules/venue.yaml::venue[seeds/hr-a.txt]"]


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project with a rule file and a two-article corpus, and no pytest option set."""
    pytester.makefile(".yaml", **{"rules/venue": VENUE})
    for name, text in CORPUS.items():
        path = pytester.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    pytester.makeini("[pytest]\n")
    return pytester


def test_yaml_is_never_collected_unless_asked(project: pytest.Pytester) -> None:
    assert project.runpytest("--collect-only", "-q").ret == pytest.ExitCode.NO_TESTS_COLLECTED
    named = project.runpytest("rules/", "rules/venue.yaml", "-q")
    assert named.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    assert "venue" not in named.stdout.str()


def test_the_option_collects_only_rule_paths(project: pytest.Pytester) -> None:
    project.makefile(".yaml", **{"config/workflow": "on: push\njobs: {}\n"})
    result = project.runpytest("--factcheck", "--collect-only", "-q")
    result.stdout.fnmatch_lines([*PAIRS, "", "2 tests collected*"])
    assert "workflow" not in result.stdout.str()


def test_ini_option_turns_collection_on_beside_testpaths(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\ntestpaths = tests\nfactcheck_rules = rules\nfactcheck_corpus = seeds\n")
    project.makepyfile(**{"tests/test_plain": "def test_plain():\n    pass\n"})
    result = project.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["tests/test_plain.py::test_plain", *PAIRS])
    result.stdout.no_fnmatch_line("*factcheck: rules*")  # the header is for runs, not -q listings
    assert project.runpytest("-q", "tests").parseoutcomes() == {"passed": 1}


def test_a_failure_shows_the_text_reports_evidence(project: pytest.Pytester) -> None:
    result = project.runpytest("--factcheck")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "factcheck: rules rules, corpus seeds",  # the header
        "*_ venue?seeds/en-b.txt? _*",
        "seeds/en-b.txt contradicts (Baikonur): 1 of 2 sources contradicts the expected value",
        "The leaders met at the Vostochny cosmodrome  (entity, severity: error, rules/venue.yaml:3)",
        "expected: Vostochny",
        "  seeds/en-b.txt [[]en[]]  contradicts (Baikonur)",
        "    3:17: They met at the »Baikonur« cosmodrome.",
        "FAILED rules/venue.yaml::venue?seeds/en-b.txt? - seeds/en-b.txt contradicts*",
    ])
    assert "Traceback" not in result.stdout.str()


@pytest.mark.parametrize("expression, selected", [
    ("hr", "hr-a.txt"),             # by source
    ("en-b", "en-b.txt"),
    ("summit and not hr", "en-b.txt"),  # by tag
    ("Vostochny and hr", "hr-a.txt"),   # by title
])
def test_k_selects_pairs(project: pytest.Pytester, expression: str, selected: str) -> None:
    result = project.runpytest("--factcheck", "-v", "-k", expression)
    result.stdout.fnmatch_lines([f"rules/venue.yaml::venue?seeds/{selected}? *"])
    assert result.parseoutcomes()["deselected"] == 1


def test_lf_reruns_only_the_failing_pair(project: pytest.Pytester) -> None:
    project.runpytest("--factcheck").assert_outcomes(passed=1, failed=1)
    result = project.runpytest("--factcheck", "--lf", "-v")
    result.stdout.fnmatch_lines(["collecting ... collected 1 item", "run-last-failure: rerun previous 1 failure",
                                 "rules/venue.yaml::venue?seeds/en-b.txt? FAILED*"])
    result.assert_outcomes(failed=1)


def test_junitxml_has_a_testcase_per_pair_with_the_evidence(project: pytest.Pytester) -> None:
    project.runpytest("--factcheck", "--junitxml=report.xml")
    cases = ET.parse(project.path / "report.xml").getroot().iter("testcase")
    by_name = {case.get("name"): case for case in cases}
    assert set(by_name) == {"venue[seeds/en-b.txt]", "venue[seeds/hr-a.txt]"}
    failure = by_name["venue[seeds/en-b.txt]"].find("failure")
    assert failure is not None and "3:17: They met at the »Baikonur« cosmodrome." in (failure.text or "")
    assert by_name["venue[seeds/hr-a.txt]"].find("failure") is None


def test_a_rule_file_error_is_a_collection_error_without_traceback(project: pytest.Pytester) -> None:
    project.makefile(".yaml", **{"rules/bad": "- id: bad\n  check: entity\n  expect: X\n  colour: red\n"})
    result = project.runpytest("--factcheck")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*ERROR collecting rules/bad.yaml*",
                                 "rules/bad.yaml:4:3: unknown key 'colour' for a 'entity' rule*"])
    assert "Traceback" not in result.stdout.str()


def test_a_local_plugin_that_fails_to_import_names_its_line(project: pytest.Pytester) -> None:
    project.makepyfile(**{"rules/factcheck_plugins": "import os\nraise RuntimeError('no config')\n"})
    result = project.runpytest("--factcheck")
    result.stdout.fnmatch_lines(
        ["rules/factcheck_plugins.py:2:1: plugin file failed to import: RuntimeError: no config"])
    assert result.ret == pytest.ExitCode.INTERRUPTED


LOGGING_PLUGIN = """\
from pathlib import Path

def factcheck_sessionstart(rules, sources):
    with open(Path(__file__).parent.parent / "runs.log", "a") as log:
        log.write(f"{len(rules)} rules, {sources} sources\\n")

def factcheck_collection_modifyitems(rules):
    rules[:] = [rule for rule in rules if "draft" not in rule.tags]
"""


def test_rules_are_evaluated_once_and_the_factcheck_hooks_apply(project: pytest.Pytester) -> None:
    project.makepyfile(**{"rules/factcheck_plugins": LOGGING_PLUGIN})
    project.makefile(".yaml", **{"rules/more": """\
- id: draft-venue
  check: entity
  expect: Baikonur
  tags: [draft]
- id: site
  check: entity
  expect: Vostochny
  about: [cosmodrome, kozmodrom]
"""})
    result = project.runpytest("--factcheck", "-q")
    result.assert_outcomes(passed=3, failed=1, deselected=2)
    assert (project.path / "runs.log").read_text() == "2 rules, 2 sources\n"


def test_skip_xfail_require_and_unreadable_sources(project: pytest.Pytester) -> None:
    rules = VENUE.replace("    about:", "    xfail: the wire still has it wrong\n    about:") + """\
  - id: later
    check: entity
    expect: Vostochny
    skip: not checked yet
  - id: everyone-names-kim
    check: entity
    expect: Kim
    require: all
"""
    project.makefile(".yaml", **{"rules/venue": rules})
    (project.path / "seeds/empty.txt").write_text("")
    result = project.runpytest("--factcheck", "-v", "-rxs")
    result.stdout.fnmatch_lines([
        "rules/venue.yaml::venue?seeds/empty.txt? FAILED*",
        "rules/venue.yaml::venue?seeds/en-b.txt? XFAIL*",
        "rules/venue.yaml::venue?seeds/hr-a.txt? PASSED*",
        "rules/venue.yaml::later?seeds/*? SKIPPED*",
        "rules/venue.yaml::everyone-names-kim?seeds/en-b.txt? FAILED*",
        "rules/venue.yaml::everyone-names-kim?seeds/hr-a.txt? PASSED*",
    ])
    result.stdout.fnmatch_lines(["seeds/empty.txt could not be read: *",
                                 "seeds/en-b.txt silent: 1 of 2 sources state it; require: all"])
    plain = project.runpytest("--factcheck")  # without -v: the item's own source is shown, even silent
    plain.stdout.fnmatch_lines(["seeds/en-b.txt silent: 1 of 2 sources state it; require: all", "",
                                "*expected: Kim", "", "  seeds/en-b.txt ?en?  silent"])


def test_a_bad_factcheck_configuration_is_a_usage_error(project: pytest.Pytester) -> None:
    (project.path / "pyproject.toml").write_text("[tool.factcheck]\ncorpse = 'seeds'\n")
    result = project.runpytest("--factcheck")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: factcheck configuration: pyproject.toml:2:1: unknown configuration key "
                                 "'corpse' (did you mean 'corpus'?)"])


def test_a_corpus_url_in_the_configuration_is_a_usage_error(project: pytest.Pytester) -> None:
    (project.path / "factcheck.yaml").write_text(f"corpus: ['{(project.path / 'seeds').as_uri()}']\n")
    result = project.runpytest("--factcheck")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: factcheck configuration: a corpus URL is read by 'factcheck run' only, "
                                 "not under pytest: file://*/seeds (name local folders in factcheck_corpus)"])
