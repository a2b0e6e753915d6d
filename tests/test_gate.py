"""CI gate controls: --lf/--ff, the baseline, --changed-since, workers and the cache."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from checker.cache import signature
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


@pytest.mark.parametrize("require, remembered", [
    ("any", ["rules/r.yaml::venue[seeds/b.txt]"]),  # d.txt says nothing: the rule fails without it
    ("all", ["rules/r.yaml::venue[seeds/b.txt]", "rules/r.yaml::venue[seeds/d.txt]"]),  # d.txt fails it too
])
def test_last_failed_remembers_the_pairs_that_fail_not_every_silent_source(
        project: Path, require: str, remembered: list[str]) -> None:
    (project / "rules/r.yaml").write_text(RULES.replace("  about: [cosmodrome]\n",
                                                        f"  about: [cosmodrome]\n  require: {require}\n", 1))
    (project / "seeds/d.txt").write_text("D\nNothing about the meeting here.\n")
    run()
    failed = json.loads((project / ".factcheck_cache/lastfailed.json").read_text())
    assert failed == remembered


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


@pytest.fixture
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources the run analyses (rather than takes from the cache)."""
    from checker.runner import Checker

    sources: list[str] = []
    check = Checker.check

    def recording(self: Checker, article: Any, wanted: Any) -> Any:
        sources.append(article.source)
        return check(self, article, wanted)

    monkeypatch.setattr(Checker, "check", recording)
    return sources


def test_the_cache_serves_unchanged_articles(project: Path, analysed: list[str]) -> None:
    import os

    _, first = run()
    assert sorted(analysed) == ["seeds/a.txt", "seeds/b.txt", "seeds/c.txt"]
    analysed.clear()
    _, second = run()
    assert analysed == [] and second["results"] == first["results"]
    # A changed article is analysed again, alone; a file touched but unchanged is read, not analysed.
    (project / "seeds/c.txt").write_text("C\nThey met at the Vostochny cosmodrome, said the leader Kim Jong Un.\n")
    os.utime(project / "seeds/a.txt", ns=(1, 1))
    _, third = run()
    assert analysed == ["seeds/c.txt"]
    _, fresh = run("--no-cache")
    assert third["results"] == fresh["results"]


def test_a_damaged_or_oversized_cache_costs_time_never_verdicts(project: Path, analysed: list[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import checker.cache

    _, first = run()
    for entry in (project / ".factcheck_cache/verdicts").glob("*.pickle"):
        entry.write_bytes(entry.read_bytes()[:40])  # cut short, as by a full disk or a crash
    analysed.clear()
    _, second = run()
    assert len(analysed) == 3 and second["results"] == first["results"]
    monkeypatch.setattr(checker.cache, "MAX_BYTES", 100)
    shutil.rmtree(project / ".factcheck_cache")
    _, third = run()
    assert third["results"] == first["results"]
    assert any("more than its 0 MiB bound; not written" in w for w in third["warnings"])
    assert not list((project / ".factcheck_cache/verdicts").glob("*.pickle"))


def test_what_a_run_decides_is_not_kept_in_the_cache(project: Path, analysed: list[str]) -> None:
    CliRunner().invoke(main, ["run", "rules/", "-q", "--write-baseline", "baseline.json"])
    code, accepted = run("--baseline", "baseline.json")
    assert code == 0 and "accepted" in json.dumps(accepted)
    analysed.clear()
    code, plain = run()  # from the cache: the baseline's acceptance was this run's, not the article's
    assert analysed == [] and code == 1 and "accepted" not in json.dumps(plain)


def test_the_cache_keeps_each_file_on_its_own_and_skips_one_it_cannot_store(tmp_path: Path) -> None:
    """Each corpus file's entry is stored on its own: a file whose verdicts hold a value
    that cannot be stored (a plugin's) is read again next time; the others are served."""
    from checker.cache import Kept, VerdictCache
    from checker.model import Article, SourceVerdict

    files = {}
    for name in ("a.txt", "b.txt"):
        path = tmp_path / name
        path.write_text("text\n")
        files[name] = path
    cache = VerdictCache(tmp_path, "rules")
    for name, value in (("a.txt", "2023-09-13"), ("b.txt", lambda: None)):
        verdict = SourceVerdict(name, "en", "agrees", ["2023-09-13"], raw_values=[value])
        cache.keep(name, {}, signature(files[name]), [Kept(Article(name, ""), "digest", (0,), [verdict])])
    cache.save()
    again = VerdictCache(tmp_path, "rules")
    found = again.recall("a.txt", {}, files["a.txt"], lambda article: [0])
    assert found is not None and found[0][2][0].raw_values == ["2023-09-13"]
    assert again.recall("b.txt", {}, files["b.txt"], lambda article: [0]) is None
    assert again.recall("a.txt", {"language": "hr"}, files["a.txt"], lambda article: [0]) is None  # other metadata


def test_a_corpus_too_large_to_cache_stops_filling_memory_with_entries(tmp_path: Path) -> None:
    """Past the cache's size bound the file would not be written: the entries kept so
    far are let go and no more are kept, and the run says the cache was not written."""
    from checker.cache import Kept, VerdictCache
    from checker.model import Article, SourceVerdict

    cache = VerdictCache(tmp_path, "rules", max_bytes=4_000)
    for number in range(20):
        path = tmp_path / f"{number}.txt"
        path.write_text("text\n")
        verdict = SourceVerdict(path.name, "en", "agrees", ["2023-09-13"], raw_values=["x" * 400])
        cache.keep(path.name, {}, signature(path), [Kept(Article(path.name, ""), "digest", (0,), [verdict])])
        if number == 2:
            assert len(cache._new) == 3  # under the bound: kept
    assert cache._new == {}
    cache.save()
    assert cache.warnings == ["the verdict cache would take more than its 0 MiB bound; not written"]
    assert not (tmp_path / ".factcheck_cache").exists()


def test_a_file_written_by_a_function_that_fails_leaves_nothing_behind(tmp_path: Path) -> None:
    from checker.atomic import write_atomically

    target = tmp_path / "cache" / "verdicts.pickle"
    write_atomically(target, lambda stream: stream.write(b"first"))
    assert target.read_bytes() == b"first"

    def failing(stream: Any) -> None:
        stream.write(b"half")
        raise ValueError("cannot pickle")

    with pytest.raises(ValueError):
        write_atomically(target, failing)
    assert target.read_bytes() == b"first" and [p.name for p in target.parent.iterdir()] == ["verdicts.pickle"]


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
    entries = sorted((project / ".factcheck_cache/verdicts").glob("*"))
    assert len(entries) == 1 and entries[0].suffix == ".pickle"  # one rule set; no temporary file left
    with open(entries[0], "rb") as stream:
        fingerprint, files = pickle.load(stream)
    assert entries[0].stem == fingerprint and sorted(files) == ["seeds/a.txt", "seeds/b.txt", "seeds/c.txt"]
    _, cached = run()
    _, fresh = run("--no-cache")
    cached["summary"].pop("duration_s"), fresh["summary"].pop("duration_s")
    assert cached == fresh
