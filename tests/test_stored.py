"""Derived tables kept on disk between runs (checker/stored.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checker import stored as stored_module
from checker.facts import number_words
from checker.stored import folder, stored


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "factcheck"


class Builder:
    def __init__(self, table: object) -> None:
        self.table, self.calls = table, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.table


def test_a_table_is_built_once_and_read_back(cache_home: Path) -> None:
    build = Builder({"en": {"million": 1e6}})
    assert stored("words", build) == {"en": {"million": 1e6}}
    assert stored("words", build) == {"en": {"million": 1e6}}
    assert build.calls == 1
    assert [p.name.split("-")[0] for p in cache_home.iterdir()] == ["words"]


def test_a_damaged_file_is_built_again_and_replaced(cache_home: Path) -> None:
    stored("words", Builder([1, 2]))
    (kept,) = cache_home.iterdir()
    kept.write_bytes(b"\x80\x05not a pickle")
    build = Builder([1, 2])
    assert stored("words", build) == [1, 2]
    assert build.calls == 1
    assert stored("words", Builder(None)) == [1, 2]  # the replaced file is read again


def _written_as(monkeypatch: pytest.MonkeyPatch, identity: str, name: str, table: object,
                when: int) -> Builder:
    monkeypatch.setattr(stored_module, "_identity", lambda: identity)
    build = Builder(table)
    stored(name, build)
    kept = folder() / f"{name}-{identity}.pickle"
    if kept.exists():
        os.utime(kept, (when, when))
    return build


def test_other_code_or_library_versions_build_anew(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _written_as(monkeypatch, "0ld", "words", "old", 1_000)
    build = _written_as(monkeypatch, "1ew", "words", "new", 2_000)
    assert build.calls == 1
    assert stored("words", Builder(None)) == "new"


def test_two_installs_used_in_turn_keep_their_own_tables(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _written_as(monkeypatch, "aaa", "words", "first install", 1_000)
    _written_as(monkeypatch, "bbb", "words", "second install", 2_000)
    monkeypatch.setattr(stored_module, "_identity", lambda: "aaa")
    assert stored("words", Builder(None)) == "first install"  # read back, not built again


def test_only_the_most_recently_written_versions_are_kept(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for when, identity in enumerate(["a0", "b1", "c2", "d3", "e4", "f5"]):
        _written_as(monkeypatch, identity, "words", identity, 1_000 + when)
        _written_as(monkeypatch, identity, "index", identity, 1_000 + when)
    kept = sorted(p.name for p in cache_home.iterdir())
    assert len(kept) == 2 * stored_module.KEPT_IDENTITIES
    assert not any(name.endswith(("-a0.pickle", "-b1.pickle")) for name in kept)
    assert "index-f5.pickle" in kept and "words-c2.pickle" in kept


def test_a_folder_that_cannot_be_written_only_costs_the_building(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    build = Builder({"a": 1})
    assert stored("words", build) == {"a": 1}
    assert stored("words", build) == {"a": 1}
    assert build.calls == 2
    assert blocker.read_text() == "a file where the cache folder would be"


def test_the_folder_follows_xdg_cache_home_and_ignores_a_relative_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert folder() == tmp_path / "factcheck"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert folder() == tmp_path / "home" / ".cache" / "factcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert folder() == tmp_path / "home" / ".cache" / "factcheck"


def test_number_lexicons_are_read_back_as_built(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    number_words._supported_lexicons.cache_clear()
    number_words.lexicon.cache_clear()
    try:
        built = number_words._supported_lexicons()
        assert set(built) == set(number_words.SUPPORTED)
        number_words._supported_lexicons.cache_clear()
        number_words.lexicon.cache_clear()

        def no_building(language: str) -> number_words.Lexicon:
            raise AssertionError(f"{language} built again")

        monkeypatch.setattr(number_words, "_built_lexicon", no_building)
        assert number_words.lexicon("hr") == built["hr"]
        assert number_words.lexicon("en").multipliers["million"] == 1e6
    finally:
        number_words._supported_lexicons.cache_clear()
        number_words.lexicon.cache_clear()


def test_the_library_versions_are_those_of_the_installed_requirements_or_the_source_tree(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import PackageNotFoundError

    installed = dict(stored_module.dependency_versions())
    assert installed["babel"] and installed["sentencex"] and "pytest" not in installed  # no extra's
    stored_module.dependency_versions.cache_clear()

    def not_installed(name: str) -> list[str]:
        raise PackageNotFoundError(name)

    monkeypatch.setattr("importlib.metadata.requires", not_installed)
    try:
        assert dict(stored_module.dependency_versions()) == installed  # read from pyproject.toml
    finally:
        stored_module.dependency_versions.cache_clear()


def test_the_word_index_of_languages_without_a_model_is_read_back_as_built(
        cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.corpus import siblings

    candidates = ("uz", "oc", "lb")
    siblings._word_index.cache_clear()
    try:
        built = siblings._word_index(candidates)
        assert built["va"] & 1  # Uzbek "and"
        siblings._word_index.cache_clear()

        def no_reading(language: str) -> frozenset[str]:
            raise AssertionError(f"{language} read again")

        monkeypatch.setattr(siblings, "own_words", no_reading)
        assert siblings._word_index(candidates) == built
        assert siblings._word_index.cache_info().misses == 1
    finally:
        siblings._word_index.cache_clear()
