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


def test_an_article_whose_front_matter_alone_changed_is_checked_again(project: Path, analysed: list[str]) -> None:
    """"Yesterday" in a paper of the 25th is the 24th, in one of the 26th the 25th: a front
    matter whose date alone changed is no unchanged article."""
    (project / "rules/r.yaml").write_text("- {id: met, check: date, expect: '2026-11-24', about: [met]}\n")
    for name in ("a.txt", "b.txt", "c.txt"):
        (project / "seeds" / name).unlink()
    article = "---\nlanguage: en\npublished: {}\n---\nThe two leaders met yesterday in Tashkent.\n"
    (project / "seeds/a.md").write_text(article.format("2026-11-25"))
    _, first = run()
    assert verdicts(first, "met") == {"seeds/a.md": "agrees"}
    (project / "seeds/a.md").write_text(article.format("2026-11-26"))
    analysed.clear()
    _, second = run()
    assert analysed == ["seeds/a.md"] and verdicts(second, "met") == {"seeds/a.md": "contradicts"}
    (project / "seeds/a.md").write_text("\n" + article.format("2026-11-26"))  # the text one line lower
    _, third = run()
    _, fresh = run("--no-cache")
    assert third["results"] == fresh["results"]


def test_a_new_version_of_a_library_it_reads_with_checks_every_file_again(project: Path, analysed: list[str],
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # a new Babel brings other CLDR date forms: verdicts kept with the old one are not served
    from checker import stored

    run()
    analysed.clear()
    run()
    assert analysed == []
    versions = dict(stored.dependency_versions())
    assert {"babel", "rapidfuzz", "sentencex", "anyascii"} <= {name.lower() for name in versions}
    upgraded = tuple((name, "99.0" if name.lower() == "babel" else version) for name, version in versions.items())
    monkeypatch.setattr("checker.cache.dependency_versions", lambda: upgraded)
    run()
    assert sorted(analysed) == ["seeds/a.txt", "seeds/b.txt", "seeds/c.txt"]


def test_a_plugin_edited_in_place_checks_every_file_again(project: Path, analysed: list[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # a team's plugin named with -p, or installed editable: its version does not change
    # when its code does, and what the older code judged is not served
    import importlib
    import sys

    plugins = project / "team_plugins"
    plugins.mkdir()
    module = plugins / "desk_rules.py"
    module.write_text('"""The rules of the desk."""\n')
    monkeypatch.syspath_prepend(str(plugins))
    run("-p", "desk_rules")
    analysed.clear()
    run("-p", "desk_rules")
    assert analysed == []
    module.write_text('"""The rules of the desk, edited."""\n')
    sys.modules.pop("desk_rules", None)
    importlib.invalidate_caches()
    run("-p", "desk_rules")
    assert sorted(analysed) == ["seeds/a.txt", "seeds/b.txt", "seeds/c.txt"]


def test_an_edited_local_plugin_file_checks_every_file_again(project: Path, analysed: list[str]) -> None:
    plugin = project / "rules/factcheck_plugins.py"
    plugin.write_text('"""The rules of the desk."""\n')
    run()
    analysed.clear()
    run()
    assert analysed == []
    plugin.write_text('"""The rules of the desk, edited."""\n')
    run()
    assert sorted(analysed) == ["seeds/a.txt", "seeds/b.txt", "seeds/c.txt"]


def test_a_run_from_the_cache_recalls_each_file_as_its_turn_comes(project: Path, analysed: list[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A second run holds the verdicts of one recalled file at a time, not the corpus's:
    each file is recalled right before its verdicts are taken in."""
    from checker.runner import Checker
    from checker.verdicts import VerdictStore

    _, first = run()
    events: list[str] = []
    recall, add = Checker.recall, VerdictStore.add

    def recalling(self: Checker, job: Any) -> Any:
        events.append("recall")
        return recall(self, job)

    def adding(self: VerdictStore, *args: Any) -> Any:
        events.append("add")
        return add(self, *args)

    monkeypatch.setattr(Checker, "recall", recalling)
    monkeypatch.setattr(VerdictStore, "add", adding)
    analysed.clear()
    _, second = run()
    assert analysed == [] and second["results"] == first["results"]
    assert events == ["recall", "add"] * 3


def test_a_file_kept_for_fewer_rules_is_checked_again_for_all(project: Path, analysed: list[str]) -> None:
    _, full = run("--no-cache")
    run("-k", "venue")  # keeps each file's verdicts of one rule
    analysed.clear()
    _, second = run("--workers", "2")
    assert second["results"] == full["results"]
    analysed.clear()
    _, third = run()  # the second run kept them for both rules
    assert analysed == [] and third["results"] == full["results"]


def test_a_damaged_or_oversized_cache_costs_time_never_verdicts(project: Path, analysed: list[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import checker.cache

    _, first = run()
    database = project / ".factcheck_cache/verdicts.sqlite"
    database.write_bytes(database.read_bytes()[:40])  # cut short, as by a full disk or a crash
    analysed.clear()
    _, second = run()
    assert len(analysed) == 3 and second["results"] == first["results"]
    assert not any("cache" in w for w in second["warnings"])  # replaced without a word
    analysed.clear()
    _, third = run()
    assert analysed == [] and third["results"] == first["results"]  # the new database serves
    monkeypatch.setattr(checker.cache, "MAX_BYTES", 100)
    shutil.rmtree(project / ".factcheck_cache")
    _, fourth = run()
    assert fourth["results"] == first["results"]
    assert any("the verdict cache is bounded at 0 KiB: 3 of this run's corpus files did not fit" in w
               for w in fourth["warnings"])


def test_a_database_damaged_inside_is_replaced(tmp_path: Path) -> None:
    """Damage past the header shows only when a damaged page is read: the database is
    then removed, without a warning, and the run's later rows go to a new one."""
    from checker.cache import VerdictCache

    first = VerdictCache(tmp_path, "rules")
    _keep_files(first, tmp_path, [f"{n}.txt" for n in range(300)])
    first.save()
    database = tmp_path / ".factcheck_cache/verdicts.sqlite"
    data = bytearray(database.read_bytes())
    data[8192:40000] = b"\xff" * (40000 - 8192)  # pages overwritten, the header intact
    database.write_bytes(bytes(data))
    second = VerdictCache(tmp_path, "rules")
    files = [(f"{n}.txt", {}, tmp_path / f"{n}.txt") for n in range(300)]
    assert second.unchanged(files) == set() and not database.exists()
    _keep_files(second, tmp_path, ["0.txt"])
    second.save()
    assert second.warnings == []
    third = VerdictCache(tmp_path, "rules")
    assert third.unchanged(files) == {"0.txt"}


def test_a_cache_that_cannot_be_used_costs_time_never_verdicts(project: Path, analysed: list[str]) -> None:
    _, first = run("--no-cache")
    (project / ".factcheck_cache").write_text("a file where the folder should be\n")
    analysed.clear()
    code, second = run()
    assert code == 1 and len(analysed) == 3 and second["results"] == first["results"]
    warnings = [w for w in second["warnings"] if "verdict cache" in w]
    assert len(warnings) == 1 and "the run goes on without it" in warnings[0] and "\n" not in warnings[0]
    assert (project / ".factcheck_cache").read_text() == "a file where the folder should be\n"


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


def _keep_files(cache: Any, folder: Path, names: list[str], size: int = 400) -> None:
    from checker.cache import Kept
    from checker.model import Article, SourceVerdict

    for name in names:
        path = folder / name
        path.write_text("text\n")
        verdict = SourceVerdict(name, "en", "agrees", ["2023-09-13"], raw_values=["x" * size])
        cache.keep(name, {}, signature(path), [Kept(Article(name, ""), "digest", (0,), [verdict])])


def test_a_corpus_larger_than_the_cache_keeps_its_latest_files_and_holds_only_a_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows are written a batch at a time, so memory holds no more than a batch; past the
    size bound the least recently used rows go, and the run says how many of its own."""
    import checker.cache
    from checker.cache import VerdictCache

    monkeypatch.setattr(checker.cache, "BATCH_BYTES", 2_000)
    names = [f"{number:03}.txt" for number in range(300)]
    cache = VerdictCache(tmp_path, "rules", max_bytes=100_000)
    pending = []
    for name in names:
        _keep_files(cache, tmp_path, [name])
        pending.append(len(cache._pending))
    cache.save()
    assert max(pending) <= 4  # about 550 bytes a row: a batch of 2,000 bytes is four
    assert len(cache.warnings) == 1
    assert cache.warnings[0].startswith("the verdict cache is bounded at 97 KiB: ")
    again = VerdictCache(tmp_path, "rules", max_bytes=100_000)
    kept = [name for name in names if again.recall(name, {}, tmp_path / name, lambda article: [0]) is not None]
    assert 50 < len(kept) < 200 and kept == names[-len(kept):]  # the latest files, as many as fit
    dropped = int(cache.warnings[0].split(": ")[1].split()[0])
    assert dropped == len(names) - len(kept)
    assert (tmp_path / ".factcheck_cache/verdicts.sqlite").stat().st_size < 150_000


def test_the_cache_lets_other_rule_sets_go_before_this_runs_files(tmp_path: Path) -> None:
    from checker.cache import VerdictCache

    old = VerdictCache(tmp_path, "old rules", max_bytes=240_000)
    _keep_files(old, tmp_path, [f"old-{n}.txt" for n in range(100)])
    old.save()
    assert old.warnings == []
    new = VerdictCache(tmp_path, "new rules", max_bytes=240_000)
    _keep_files(new, tmp_path, [f"new-{n}.txt" for n in range(200)])
    new.save()
    assert new.warnings == []  # room was made from the other rule set's rows
    again = VerdictCache(tmp_path, "new rules")
    assert all(again.recall(f"new-{n}.txt", {}, tmp_path / f"new-{n}.txt", lambda article: [0]) is not None
               for n in range(200))
    before = VerdictCache(tmp_path, "old rules")
    assert before.recall("old-0.txt", {}, tmp_path / "old-0.txt", lambda article: [0]) is None


def test_a_file_served_from_the_cache_counts_as_recently_used(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Served rows are marked as used when they were last used more than a day ago (a
    run served within the day writes nothing), and go after the rows not used since."""
    import time

    import checker.cache
    from checker.cache import VerdictCache

    first = VerdictCache(tmp_path, "rules", max_bytes=150_000)
    _keep_files(first, tmp_path, [f"{n}.txt" for n in range(100)])
    first.save()
    database = tmp_path / ".factcheck_cache/verdicts.sqlite"
    written = database.stat().st_mtime_ns
    soon = VerdictCache(tmp_path, "rules", max_bytes=150_000)
    assert soon.recall("0.txt", {}, tmp_path / "0.txt", lambda article: [0]) is not None
    soon.save()
    assert database.stat().st_mtime_ns == written
    now = time.time_ns()
    monkeypatch.setattr(checker.cache.time, "time_ns", lambda: now + 2 * 24 * 3600 * 10**9)
    later = VerdictCache(tmp_path, "rules", max_bytes=150_000)
    assert later.recall("0.txt", {}, tmp_path / "0.txt", lambda article: [0]) is not None  # the oldest, served
    _keep_files(later, tmp_path, [f"more-{n}.txt" for n in range(100)])
    later.save()
    again = VerdictCache(tmp_path, "rules")
    assert again.recall("0.txt", {}, tmp_path / "0.txt", lambda article: [0]) is not None
    assert again.recall("1.txt", {}, tmp_path / "1.txt", lambda article: [0]) is None


def test_a_cache_of_an_earlier_version_is_replaced(tmp_path: Path) -> None:
    from checker.cache import VerdictCache

    legacy = tmp_path / ".factcheck_cache" / "verdicts"
    legacy.mkdir(parents=True)
    (legacy / "0123abcd.pickle").write_bytes(b"an earlier version's rule set")
    cache = VerdictCache(tmp_path, "rules")
    _keep_files(cache, tmp_path, ["a.txt"])
    cache.save()
    assert [p.name for p in (tmp_path / ".factcheck_cache").iterdir()] == ["verdicts.sqlite"]


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
    import sys

    env = {**os.environ, "FACTCHECK_DISABLE_PLUGIN_AUTOLOAD": "1"}
    command = [sys.executable, "-m", "checker", "run", "rules/", "--format", "json"]
    runs = [subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(4)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert all(run.returncode == 1 for run in runs), [err for _, err in outputs]
    import sqlite3

    assert sorted(p.name for p in (project / ".factcheck_cache").iterdir()) == ["lastfailed.json", "verdicts.sqlite"]
    with sqlite3.connect(project / ".factcheck_cache/verdicts.sqlite") as database:
        assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = database.execute("SELECT rules, source FROM entries ORDER BY source").fetchall()
    assert len({rules for rules, _ in rows}) == 1  # one rule set
    assert [source for _, source in rows] == ["seeds/a.txt", "seeds/b.txt", "seeds/c.txt"]
    _, cached = run()
    _, fresh = run("--no-cache")
    cached["summary"].pop("duration_s"), fresh["summary"].pop("duration_s")
    assert cached == fresh
