"""CI gate controls: --lf/--ff, the baseline, --changed-since, workers and the cache."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

RULES = """\
- id: venue
  check: entity
  expect: Vostochny
  alternatives: [Baikonur]
  about: [cosmodrome]
- id: leader
  check: entity
  expect: Kim Jong Un
  alternatives: [Kim Jong Il]
  about: [leader]
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules/r.yaml").write_text(RULES)
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    (corpus / "a.txt").write_text("A\nThey met at the Vostochny cosmodrome. The leader Kim Jong Un came.\n")
    (corpus / "b.txt").write_text("B\nThey met at the Baikonur cosmodrome. The leader Kim Jong Un came.\n")
    (corpus / "c.txt").write_text("C\nThey met at the Vostochny cosmodrome. The leader Kim Jong Un came.\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["run", "rules/", "--format", "json", *args], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip().startswith("{") else {}


def verdicts(report: dict, rule: str) -> dict[str, str]:
    found = next(r for r in report["results"] if r["rule"] == rule)
    return {s["source"]: s["verdict"] for s in found["sources"]}


def test_last_failed_reruns_only_failing_pairs(project: Path) -> None:
    code, first = run()
    assert code == 1 and verdicts(first, "venue")["seeds/b.txt"] == "contradicts"
    code, again = run("--lf")
    assert code == 1
    assert [r["rule"] for r in again["results"]] == ["venue"]
    assert list(verdicts(again, "venue")) == ["seeds/b.txt"]


def test_failed_first_orders_failing_rules_first(project: Path) -> None:
    (project / "seeds/b.txt").write_text("B\nThey met at the Vostochny cosmodrome. The leader Kim Jong Il came.\n")
    _, first = run()
    assert [r["outcome"] for r in first["results"]] == ["passed", "failed"]
    code, report = run("--ff")
    assert [r["rule"] for r in report["results"]] == ["leader", "venue"]


def test_baseline_accepts_known_contradictions_and_reports_stale_ones(project: Path) -> None:
    result = CliRunner().invoke(main, ["run", "rules/", "-q", "--write-baseline", "baseline.json"])
    assert result.exit_code == 0 and "wrote 1 accepted contradiction" in result.stderr
    code, report = run("--baseline", "baseline.json")
    assert code == 0
    venue = next(r for r in report["results"] if r["rule"] == "venue")
    assert venue["outcome"] == "passed"
    assert next(s for s in venue["sources"] if s["source"] == "seeds/b.txt")["accepted"] == "baseline"
    # a new contradiction still fails; the old entry, no longer seen, is stale
    (project / "seeds/b.txt").write_text("B\nThey met at the Vostochny cosmodrome. The leader Kim Jong Il came.\n")
    code, report = run("--baseline", "baseline.json")
    assert code == 1
    assert report["stale"] == [{"rule": "rules/r.yaml::venue", "source": "seeds/b.txt", "values": ["Baikonur"]}]


def test_a_broken_baseline_is_a_usage_error(project: Path) -> None:
    (project / "baseline.json").write_text("{not json")
    result = CliRunner().invoke(main, ["run", "rules/", "--baseline", "baseline.json"])
    assert result.exit_code == 4 and "is not valid JSON" in result.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_changed_since_fails_only_on_contradictions_in_changed_articles(project: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "add", ".")
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "corpus")
    code, report = run("--changed-since", "HEAD")
    assert code == 0  # b.txt contradicts, but it has not changed
    (project / "seeds/c.txt").write_text("C\nThey met at the Plesetsk cosmodrome. The leader Kim Jong Il came.\n")
    code, report = run("--changed-since", "HEAD")
    assert code == 1
    assert verdicts(report, "leader") == {"seeds/c.txt": "contradicts"}
    code, _ = run("--changed-since", "no-such-revision")
    assert code == 4


def test_reports_are_identical_for_any_worker_count_and_cache_state(project: Path) -> None:
    def stable(report: dict) -> dict:
        report["summary"].pop("duration_s")
        return report

    _, serial = run("--workers", "1", "--no-cache")
    _, pooled = run("--workers", "2", "--no-cache")
    _, cold = run("--workers", "2")
    _, warm = run("--workers", "1")
    assert stable(serial) == stable(pooled) == stable(cold) == stable(warm)


def test_the_cache_serves_unchanged_articles(project: Path) -> None:
    run()
    entries = sorted((project / ".factcheck_cache/verdicts").glob("*/*.pickle"))
    assert len(entries) == 3
    mtimes = {p: p.stat().st_mtime_ns for p in entries}
    (project / "seeds/c.txt").write_text("C\nThey met at the Vostochny cosmodrome, said the leader Kim Jong Un.\n")
    run()
    after = sorted((project / ".factcheck_cache/verdicts").glob("*/*.pickle"))
    assert len(after) == 4  # one new entry for the one changed article
    assert all(p.stat().st_mtime_ns == mtimes[p] for p in entries)


def test_no_cache_writes_nothing(project: Path) -> None:
    run("--no-cache")
    assert not (project / ".factcheck_cache").exists()


def test_four_runs_at_once_leave_a_valid_cache(project: Path) -> None:
    import os
    import pickle
    import sys

    env = {**os.environ, "FACTCHECK_DISABLE_PLUGIN_AUTOLOAD": "1"}
    command = [sys.executable, "-m", "checker", "run", "rules/", "--format", "json"]
    runs = [subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(4)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert all(run.returncode == 1 for run in runs), [err for _, err in outputs]
    entries = sorted((project / ".factcheck_cache/verdicts").glob("*/*"))
    assert entries and all(entry.suffix == ".pickle" for entry in entries)  # no temporary file left
    for entry in entries:
        with open(entry, "rb") as stream:
            key, verdicts = pickle.load(stream)
        assert entry.stem == key and isinstance(verdicts, list)
    _, cached = run()
    _, fresh = run("--no-cache")
    cached["summary"].pop("duration_s"), fresh["summary"].pop("duration_s")
    assert cached == fresh
