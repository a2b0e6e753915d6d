"""The benchmark's corpus generator (``bench/make_corpus.py``) is trustworthy.

The benchmark's numbers are only comparable across runs and machines if the generator
writes the same corpus for the same seed, if a 1k corpus is the first tenth of the 10k
one, and if its rules are valid rules whose planted contradictions a run reports. Kept
small (20 articles) so that it runs with the rest of the suite.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 20


def _generator() -> ModuleType:
    """``bench/make_corpus.py`` as a module (``bench/`` is not a package); registered in
    ``sys.modules`` first, as its dataclasses need."""
    spec = importlib.util.spec_from_file_location("bench_make_corpus", ROOT / "bench" / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _generator()


@pytest.fixture(scope="module")
def corpus(generator: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bench-corpus")
    generator.write_corpus(ARTICLES, folder, seed=1)
    return folder


def test_the_same_seed_writes_the_same_corpus(generator: ModuleType, corpus: Path, tmp_path: Path) -> None:
    generator.write_corpus(ARTICLES, tmp_path, seed=1)
    assert _files(tmp_path) == _files(corpus)


def test_another_seed_writes_another_corpus(generator: ModuleType, corpus: Path, tmp_path: Path) -> None:
    generator.write_corpus(ARTICLES, tmp_path, seed=2)
    assert _files(tmp_path)["articles/corpus.yaml"] != _files(corpus)["articles/corpus.yaml"]


def test_a_larger_corpus_begins_with_the_smaller_one(generator: ModuleType, corpus: Path, tmp_path: Path) -> None:
    generator.write_corpus(ARTICLES + 7, tmp_path, seed=1)
    small, large = _files(corpus), _files(tmp_path)
    for name, content in small.items():
        if name.startswith("articles/") and name.endswith(".txt") or name.startswith("rules/"):
            assert large[name] == content, name
    small_manifest = small["articles/corpus.yaml"].decode().splitlines()
    assert large["articles/corpus.yaml"].decode().splitlines()[: len(small_manifest)] == small_manifest
    small_truth, large_truth = (json.loads(files["truth.json"]) for files in (small, large))
    assert small_truth["rules"] == large_truth["rules"]
    assert all(large_truth["articles"][name] == entry for name, entry in small_truth["articles"].items())


def test_articles_are_two_to_six_kilobytes_with_their_manifest_entry(corpus: Path) -> None:
    manifest = yaml.safe_load((corpus / "articles" / "corpus.yaml").read_text(encoding="utf-8"))
    articles = sorted((corpus / "articles").glob("*.txt"))
    assert len(articles) == ARTICLES == len(manifest)
    for path in articles:
        assert 2000 <= path.stat().st_size <= 6000, path.name
        assert path.stem.endswith("-" + manifest[path.name]["language"])


def test_factcheck_reports_the_planted_contradictions(corpus: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules collect (exit 0 or 1, not 2), all 50 are evaluated, and every planted
    contradiction of a rule with ``expect`` is reported (rules without ``expect`` compare
    sources with each other, which 20 articles cannot settle)."""
    monkeypatch.chdir(tmp_path)
    report_path = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["run", str(corpus / "rules"), "--corpus", str(corpus / "articles"),
                                       "--format", "json", "--output", str(report_path), "--no-cache"])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert len(report["results"]) == 50
    assert not [r["rule"] for r in report["results"] if r["outcome"] == "error"]
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    planted = {(rule, name) for name, entry in truth["articles"].items() for rule in entry["contradicts"]
               if truth["rules"][rule]["expect"]}
    assert planted, "the first articles of seed 1 should plant at least one contradiction"
    reported = {(r["rule"], Path(s["source"]).name) for r in report["results"] for s in r["sources"]
                if s["verdict"] == "contradicts"}
    missed = {pair: truth["articles"][pair[1]]["statements"][pair[0]] for pair in planted - reported}
    assert not missed, missed


def _bench_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_more_rules_adds_rules_about_countries_that_leave_the_corpus_s_verdicts_alone(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``bench/more_rules.py`` writes N valid rules with distinct ids; the corpus's own
    rules keep their verdicts when the others join them."""
    _bench_module("more_rules").main([str(corpus), "120", str(tmp_path / "rules")])
    monkeypatch.chdir(tmp_path)
    reports = {}
    for name, rules in (("own", corpus / "rules"), ("more", tmp_path / "rules")):
        result = CliRunner().invoke(main, ["run", str(rules), "--corpus", str(corpus / "articles"), "--format",
                                           "json", "--output", str(tmp_path / f"{name}.json"), "--no-cache"])
        assert result.exit_code in (0, 1), result.output
        reports[name] = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))["results"]
    more = reports["more"]
    assert len(more) == 120 and len({r["id"] for r in more}) == 120
    assert not [r["rule"] for r in more if r["outcome"] == "error"]
    added = next(r for r in more if r["file"].endswith("more.yaml"))
    assert added["rule"].rsplit("-", 1)[1].isalpha() and "(" in added["title"]
    own = {r["id"].split("/")[-1]: r["sources"] for r in reports["own"]}
    assert {r["id"].split("/")[-1]: r["sources"] for r in more if not r["file"].endswith("more.yaml")} == own


def test_counting_instructions_says_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """``bench/instructions.py`` refuses, with one line, a folder that is no corpus and a
    machine without Valgrind."""
    counter = _bench_module("instructions")
    monkeypatch.setattr(counter.shutil, "which", lambda name: "/usr/bin/valgrind")
    with pytest.raises(SystemExit) as stopped:
        counter.main([str(tmp_path)])
    assert stopped.value.code == 2
    assert f"{tmp_path} holds no rules/ and articles/" in capsys.readouterr().err
    monkeypatch.setattr(counter.shutil, "which", lambda name: None)
    with pytest.raises(SystemExit):
        counter.main([str(tmp_path)])
    assert "valgrind is not installed" in capsys.readouterr().err
