"""The CI report formats: JUnit XML, SARIF 2.1.0 and GitHub Actions annotations."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from checker import __version__
from checker.model import (
    Article,
    Evidence,
    Rule,
    RuleResult,
    RunReport,
    SourceError,
    SourceVerdict,
)
from checker.reporters.github import (
    GitHubReporter,
    annotation,
    escape_data,
    escape_property,
)
from checker.reporters.junit import JUnitReporter
from checker.reporters.sarif import SarifReporter, artifact_uri

SARIF_SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"

HR = "seeds/hr-summit.txt"
RO = "seeds/ro-summit.txt"
WIRE = "corpus/wire.jsonl#17"
TITLE = "All sources agree the meeting was 13 September"
TRACEBACK = (
    'Traceback (most recent call last):\n  File "plugin.py", line 3, in check\nValueError: boom'
)
# An article sentence with markup, a percent sign, a line break and a terminal colour code.
RO_SENTENCE = "Întâlnirea din 14 septembrie, 100% sigur\n<script>alert(1)</script> \x1b[31mroșu"


def _evidence(
    source: str, line: int, column: int, sentence: str, matched: str, value: str
) -> Evidence:
    start = sentence.index(matched)
    return Evidence(
        source=source,
        line=line,
        column=column,
        start=100 + start,
        end=100 + start + len(matched),
        sentence=sentence,
        text=matched,
        value=value,
        sentence_start=100,
    )


def _verdict(
    source: str, language: str, verdict: str, value: str, evidence: Evidence
) -> SourceVerdict:
    return SourceVerdict(
        source=source, language=language, verdict=verdict, values=[value], evidence=[evidence]
    )


def make_report() -> RunReport:
    """Four rules over three sources: passed, failed, errored and skipped; one unreadable file."""
    place = Rule(
        id="meeting-place",
        check="entity",
        file="rules/summit.yaml",
        line=3,
        title="Vostochny",
        expect="Vostochny",
    )
    date = Rule(
        id="meeting-date",
        check="date",
        file="rules/summit.yaml",
        line=12,
        column=3,
        title=TITLE,
        expect="2023-09-13",
        tags=["summit", "dates"],
    )
    toll = Rule(
        id="casualties",
        check="number",
        file="rules/other.yaml",
        line=5,
        column=3,
        severity="warning",
    )
    visit = Rule(
        id="visit-plan",
        check="phrase",
        file="rules/other.yaml",
        line=20,
        severity="info",
        skip="not yet",
    )
    hr_date = _evidence(HR, 8, 1, "U srijedu, 13. rujna, sastali su se.", "13. rujna", "2023-09-13")
    ro_date = _evidence(RO, 9, 16, RO_SENTENCE, "14 septembrie", "2023-09-14")
    wire_date = _evidence(WIRE, 17, 40, "They met on September 12.", "September 12", "2023-09-12")
    results = [
        RuleResult(
            place,
            "passed",
            expected="Vostochny",
            sources=[
                _verdict(
                    HR,
                    "hr",
                    "agrees",
                    "Vostochny",
                    _evidence(HR, 4, 1, "Vostočni", "Vostočni", "Vostochny"),
                )
            ],
            duration_s=0.0021,
        ),
        RuleResult(
            date,
            "failed",
            expected="2023-09-13",
            message="2 of 3 sources contradict",
            sources=[
                _verdict(HR, "hr", "agrees", "2023-09-13", hr_date),
                _verdict(RO, "ro", "contradicts", "2023-09-14", ro_date),
                _verdict(WIRE, "en", "contradicts", "2023-09-12", wire_date),
            ],
            duration_s=0.0105,
        ),
        RuleResult(toll, "error", message="plugin raised ValueError: boom", traceback=TRACEBACK),
        RuleResult(visit, "skipped", message="not yet"),
    ]
    articles = [
        Article(source=HR, text="…", language="hr"),
        Article(source=RO, text="…", language="ro"),
        Article(source=WIRE, text="…", language="en"),
    ]
    return RunReport(
        results=results,
        articles=articles,
        source_errors=[SourceError("seeds/broken.bin", "binary file, not text")],
        exit_code=1,
        duration_s=0.4242,
        rule_files=["rules/summit.yaml", "rules/other.yaml"],
    )


def _render(reporter_class, report: RunReport) -> str:
    stream = io.StringIO()
    reporter_class(None, stream).factcheck_sessionfinish(report)
    return stream.getvalue()


# JUnit XML


@pytest.fixture
def junit() -> ET.Element:
    return ET.fromstring(_render(JUnitReporter, make_report()).encode("utf-8"))


def test_junit_counts_suites_and_cases(junit):
    assert junit.tag == "testsuites"
    assert (
        junit.get("tests"),
        junit.get("failures"),
        junit.get("errors"),
        junit.get("skipped"),
    ) == ("5", "1", "2", "1")
    assert junit.get("time") == "0.424"
    suites = {suite.get("name"): suite for suite in junit.iter("testsuite")}
    assert list(suites) == ["rules/summit.yaml", "rules/other.yaml", "sources"]
    summit = suites["rules/summit.yaml"]
    assert (
        summit.get("tests"),
        summit.get("failures"),
        summit.get("errors"),
        summit.get("time"),
    ) == ("2", "1", "0", "0.013")
    cases = [(case.get("classname"), case.get("name")) for case in summit.iter("testcase")]
    assert cases == [("rules/summit.yaml", "meeting-place"), ("rules/summit.yaml", "meeting-date")]


def test_junit_failure_names_each_contradicting_source_with_evidence(junit):
    failure = junit.find(".//testcase[@name='meeting-date']/failure")
    assert failure.get("message") == f"meeting-date: contradicted by {RO}, {WIRE}"
    body = failure.text
    assert body.startswith("expected: 2023-09-13\n2 of 3 sources contradict\n")
    assert f"{RO} [ro] contradicts: 2023-09-14" in body
    assert (
        f"{RO}:9:16: Întâlnirea din 14 septembrie, 100% sigur <script>alert(1)</script> [31mroșu\n"
        in body
    )
    assert "matched '14 septembrie' (score 100)" in body
    assert f"{WIRE}:17:40: They met on September 12." in body
    assert HR not in body


def test_junit_error_skip_and_source_error(junit):
    error = junit.find(".//testcase[@name='casualties']/error")
    assert error.get("message") == "plugin raised ValueError: boom"
    assert error.text == TRACEBACK
    assert junit.find(".//testcase[@name='visit-plan']/skipped").get("message") == "not yet"
    assert junit.find(".//testcase[@name='meeting-place']/*") is None
    source = junit.find(".//testsuite[@name='sources']/testcase[@name='seeds/broken.bin']/error")
    assert source.get("message") == "binary file, not text"


def test_junit_strips_characters_xml_forbids():
    xml = _render(JUnitReporter, make_report())
    assert "\x1b" not in xml
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in xml
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')


# SARIF


@pytest.fixture
def sarif() -> dict:
    return json.loads(_render(SarifReporter, make_report()))


def test_sarif_is_valid_against_the_schema(sarif):
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(sarif), key=str)
    assert not errors, "\n".join(error.message for error in errors)


def test_sarif_describes_every_rule_that_ran(sarif):
    (run,) = sarif["runs"]
    assert sarif["version"] == "2.1.0"
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("factcheck", __version__)
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert list(rules) == [
        "rules/summit.yaml::meeting-place",
        "rules/summit.yaml::meeting-date",
        "rules/other.yaml::casualties",
    ]
    date = rules["rules/summit.yaml::meeting-date"]
    assert date["shortDescription"]["text"] == TITLE
    assert date["defaultConfiguration"]["level"] == "error"
    assert date["properties"]["tags"] == ["summit", "dates"]
    assert rules["rules/other.yaml::casualties"]["defaultConfiguration"]["level"] == "warning"


def test_sarif_result_per_contradicting_source_located_in_the_article(sarif):
    (run,) = sarif["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    ro, wire = run["results"]
    assert (ro["ruleId"], ro["ruleIndex"], ro["level"]) == (
        "rules/summit.yaml::meeting-date",
        1,
        "error",
    )
    assert ro["message"]["text"] == (
        f"{RO} contradicts '{TITLE}': states 2023-09-14; expected 2023-09-13."
    )
    location = ro["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == RO
    assert location["region"] == {
        "startLine": 9,
        "startColumn": 16,
        "endLine": 9,
        "endColumn": 29,
        "snippet": {"text": RO_SENTENCE},
    }
    related = ro["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "rules/summit.yaml"
    assert related["region"] == {"startLine": 12, "startColumn": 3}
    assert (
        wire["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "corpus/wire.jsonl"
    )
    assert ro["partialFingerprints"] != wire["partialFingerprints"]


def test_sarif_reports_errors_as_notifications(sarif):
    (invocation,) = sarif["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
    assert invocation["exitCode"] == 1
    rule_error, source_error = invocation["toolExecutionNotifications"]
    assert rule_error["associatedRule"] == {"id": "rules/other.yaml::casualties", "index": 2}
    assert rule_error["properties"]["traceback"] == TRACEBACK
    assert (
        source_error["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        == "seeds/broken.bin"
    )


def test_sarif_output_is_stable():
    assert _render(SarifReporter, make_report()) == _render(SarifReporter, make_report())


def test_sarif_failed_rule_without_contradiction_points_at_the_rule():
    report = make_report()
    date = report.results[1]
    date.sources = [date.sources[0]]
    date.message = "2 sources state the fact; require: all asks for 3"
    (result,) = json.loads(_render(SarifReporter, report))["runs"][0]["results"]
    assert result["message"]["text"] == date.message
    assert (
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "rules/summit.yaml"
    )


@pytest.mark.parametrize(
    ("source", "uri"),
    [
        ("seeds/a b.txt", "seeds/a%20b.txt"),
        ("./seeds/hr.txt", "seeds/hr.txt"),
        ("seeds\\hr.txt", "seeds/hr.txt"),
        ("feed.jsonl#id-3", "feed.jsonl"),
        ("/data/hr.txt", "file:///data/hr.txt"),
    ],
)
def test_artifact_uri(source, uri):
    assert artifact_uri(source) == uri


# GitHub Actions annotations


def test_github_annotations_exact_lines():
    lines = _render(GitHubReporter, make_report()).splitlines()
    message = (
        f"{RO} contradicts {TITLE}; states 2023-09-14; expected 2023-09-13"
        "%0AÎntâlnirea din 14 septembrie, 100%25 sigur%0A<script>alert(1)</script> roșu"  # the terminal escape dropped
    )
    assert lines == [
        f"::error file=seeds/ro-summit.txt,line=9,col=16,title=meeting-date::{message}",
        "::error file=corpus/wire.jsonl,line=17,col=40,title=meeting-date::"
        f"{WIRE} contradicts {TITLE}; states 2023-09-12; expected 2023-09-13"
        "%0AThey met on September 12.",
        "::warning file=rules/other.yaml,line=5,col=3,title=casualties::"
        "plugin raised ValueError: boom",
        "::error file=seeds/broken.bin,title=unreadable source::binary file, not text",
    ]


def test_github_severity_picks_the_command():
    report = make_report()
    report.results[1].rule.severity = "info"
    assert _render(GitHubReporter, report).startswith("::notice file=seeds/ro-summit.txt,")


def test_github_article_text_cannot_start_a_new_command():
    line = annotation("error", "ok\n::error file=x::injected\r", file="a,b:c%.txt", line=1)
    assert line == "::error file=a%2Cb%3Ac%25.txt,line=1::ok%0A::error file=x::injected%0D"
    assert "\n" not in line


def test_github_escaping():
    assert escape_data("50% \r\n: ,") == "50%25 %0D%0A: ,"
    assert escape_property("50% \r\n: ,") == "50%25 %0D%0A%3A %2C"


def test_github_messages_drop_terminal_escapes_and_bidi_overrides():
    assert escape_data("\x1b[31mred\x1b[0m \u202egnirts\u202c\tend\x07\n") == "red gnirts end%0A"


def test_github_silent_on_a_clean_run():
    report = make_report()
    report.results = [report.results[0]]
    report.source_errors = []
    assert _render(GitHubReporter, report) == ""


@pytest.mark.parametrize("reporter_class", [GitHubReporter, JUnitReporter])
def test_a_very_long_evidence_sentence_is_cut_around_its_matched_words(reporter_class) -> None:
    # a page without full stops is read as one sentence: an annotation or a failure
    # text shows the words around the value, not all of it
    long = " ".join(f"row {n} counted {n * 7}," for n in range(400))
    sentence = f"{long} and they met on September 12 {long}."
    report = make_report()
    failed = report.results[1]
    failed.sources[2].evidence = [_evidence(WIRE, 17, 40, sentence, "September 12", "2023-09-12")]
    out = _render(reporter_class, report)
    assert "row 399 counted 2793, and they met on September 12 row 0 counted 0, row 1" in out
    assert "…row 3" in out and "row 12 counted 84, row…" in out
    assert "row 200 counted" not in out
    assert len(out) < 12_000
