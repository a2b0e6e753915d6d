"""Configuration from factcheck.yaml or [tool.factcheck], overridden by the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.config import load_config
from checker.errors import CollectionError


def test_factcheck_yaml_sets_the_run(tmp_path: Path) -> None:
    (tmp_path / "factcheck.yaml").write_text("rules: checks/\ncorpus: [articles/]\nlanguages: [hr, ro]\n"
                                             "threshold: 90\nfail_on: warning\nworkers: 2\n"
                                             "reports: ['json:out/report.json']\n")
    config = load_config(tmp_path)
    assert config.rule_paths == [tmp_path / "checks/"] and config.corpus == [tmp_path / "articles/"]
    assert (config.languages, config.threshold, config.fail_on, config.workers) == (["hr", "ro"], 90.0, "warning", 2)
    assert config.reports == [("json", "out/report.json")]


def test_pyproject_tool_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "desk"\n\n[tool.factcheck]\nrules = "checks"\n'
                                             'fail_on = "info"\n')
    config = load_config(tmp_path)
    assert config.rule_paths == [tmp_path / "checks"] and config.fail_on == "info"
    assert config.source_file == "pyproject.toml"


@pytest.mark.parametrize("text, message", [
    ("rulez: rules/\n", "factcheck.yaml:1:1: unknown configuration key 'rulez' (did you mean 'rules'?)"),
    ("threshold: 900\n", "factcheck.yaml:1:1: 'threshold' must be a number from 0 to 100"),
    ("fail_on: never\n", "factcheck.yaml:1:1: 'fail_on' must be one of info, warning, error"),
    ("rules: rules/\nworkers: -1\n", "factcheck.yaml:2:1: 'workers' must be 'auto' or a positive integer"),
    ("- a list\n", "factcheck.yaml:1:1: configuration must be a mapping"),
])
def test_configuration_mistakes_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "factcheck.yaml").write_text(text)
    with pytest.raises(CollectionError) as info:
        load_config(tmp_path)
    assert str(info.value) == message


def test_a_pyproject_mistake_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nrules = "r"\ntreshold = 3\n')
    with pytest.raises(CollectionError, match=r"^pyproject.toml:3:1: unknown configuration key 'treshold' "
                                              r"\(did you mean 'threshold'\?\)$"):
        load_config(tmp_path)


def test_the_command_line_wins_over_configuration(tmp_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(root / "rules", tmp_path / "rules")
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    (tmp_path / "factcheck.yaml").write_text("fail_on: warning\ncorpus: nowhere/\n")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    broken = runner.invoke(main, ["run", "rules/", "-q"])
    assert broken.exit_code == 4 and "corpus path not found: nowhere" in broken.stderr
    result = runner.invoke(main, ["run", "rules/", "--corpus", "seeds", "--format", "json", "--no-cache"])
    assert result.exit_code == 1  # fail_on: warning from the file, corpus from the command line
    assert json.loads(result.stdout)["summary"]["sources"] == 2
    result = runner.invoke(main, ["run", "rules/", "--corpus", "seeds", "--fail-on", "error", "-q", "--no-cache"])
    assert result.exit_code == 0


def test_a_broken_config_file_exits_2_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "factcheck.yaml").write_text("rules: [unclosed\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: factcheck.yaml:2:1: YAML syntax error")


def test_symbolic_links_out_of_the_corpus_are_followed_only_when_asked(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "wire.txt").write_text("Wire\nThey met at the Vostochny cosmodrome.\n")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "linked").symlink_to(outside, target_is_directory=True)
    (tmp_path / "rules.yaml").write_text("- id: venue\n  check: entity\n  expect: Vostochny\n  about: [cosmodrome]\n")
    monkeypatch.chdir(tmp_path)
    args = ["run", "rules.yaml", "--corpus", "corpus", "--format", "json", "--no-cache"]
    refused = json.loads(CliRunner().invoke(main, args).stdout)
    assert "not followed" in refused["errors"][0]["message"]
    followed = CliRunner().invoke(main, [*args, "--follow-symlinks"])
    assert followed.exit_code == 0 and json.loads(followed.stdout)["summary"]["sources"] == 1
    (tmp_path / "factcheck.yaml").write_text("follow_symlinks: true\n")
    assert CliRunner().invoke(main, args).exit_code == 0
