"""The sample rules over the sample corpus: the verdicts a careful reader agrees with,
and the failures a changed article must cause."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

HR = "seeds/hr-kim-putin-invitation.txt"
RO = "seeds/ro-kim-putin-invitation.txt"


def report(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["run", "rules/", "--format", "json", "--no-cache", *args])
    return result.exit_code, json.loads(result.stdout)


def verdicts(data: dict) -> dict[str, dict[str, str]]:
    return {r["rule"]: {s["source"]: s["verdict"] for s in r["sources"]} for r in data["results"]}


def test_the_sample_verdicts(project: Path) -> None:
    code, data = report()
    assert code == 0
    assert verdicts(data) == {
        "meeting-date": {HR: "agrees", RO: "agrees"},
        "report-date": {HR: "agrees", RO: "agrees"},
        "war-length": {HR: "agrees", RO: "agrees"},
        "previous-meeting-city": {HR: "silent", RO: "agrees"},
        "previous-meeting-year": {HR: "silent", RO: "agrees"},
        "venue": {HR: "agrees", RO: "agrees"},
        "invitation-reported-by-kcna": {HR: "agrees", RO: "agrees"},
        "putin-accepted-invitation": {HR: "agrees", RO: "agrees"},
        "us-will-not-hesitate-to-sanction": {HR: "agrees", RO: "agrees"},
        "putin-visit-planned": {HR: "contradicts", RO: "silent"},
    }
    outcomes = {r["rule"]: r["outcome"] for r in data["results"]}
    assert outcomes["putin-visit-planned"] == "failed"
    assert sum(o == "passed" for o in outcomes.values()) == 9


def test_the_meeting_date_is_read_in_each_language(project: Path) -> None:
    _, data = report("-k", "meeting-date")
    [rule] = data["results"]
    hr, ro = rule["sources"]
    assert hr["values"] == ["Wednesday 2023-09-13"]  # "u srijedu", published on Thursday 14 September
    assert "razgovaralo" in hr["evidence"][0]["sentence"]
    assert "2023-09-13" in ro["values"]  # "13 septembrie", and "miercuri, 13 septemrbie" with its typo
    assert any(e["text"] == "miercuri, 13 septemrbie" for e in ro["evidence"]) or len(ro["evidence"]) == 5


@pytest.mark.parametrize("old, new", [
    ("Putin je u srijedu dao", "Putin je u utorak dao"),
    ("Putin je u srijedu dao", "Putin je 12. rujna dao"),
])
def test_a_changed_meeting_date_fails_naming_the_croatian_source(project: Path, old: str, new: str) -> None:
    article = project / HR
    text = article.read_text(encoding="utf-8")
    assert old in text
    article.write_text(text.replace(old, new), encoding="utf-8")
    code, data = report()
    assert code == 1
    [rule] = [r for r in data["results"] if r["rule"] == "meeting-date"]
    assert rule["outcome"] == "failed"
    assert {s["source"]: s["verdict"] for s in rule["sources"]} == {HR: "contradicts", RO: "agrees"}
    assert "2023-09-12" in rule["sources"][0]["values"][0]


def test_a_source_that_names_another_venue_fails_the_venue_rule(project: Path) -> None:
    article = project / RO
    article.write_text(article.read_text(encoding="utf-8").replace("Vostohnîi", "Baikonur"), encoding="utf-8")
    code, data = report()
    assert code == 1
    [venue] = [r for r in data["results"] if r["rule"] == "venue"]
    ro = venue["sources"][1]
    assert ro["verdict"] == "contradicts" and ro["evidence"][0]["text"] == "Baikonur"
