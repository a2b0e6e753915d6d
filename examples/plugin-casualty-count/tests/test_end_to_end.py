"""The installed distribution, end to end: ``factcheck`` finds the plugin through its
entry point and runs the feed loader, the rule type and the Markdown report together."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

DATA = Path(__file__).parent / "data"
CONTRADICTING = "feeds/regional.atom#urn:example:regional:kolodvor"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of tests/data as the working folder, with entry points autoloaded."""
    assert any(ep.value == "factcheck_casualty_count.plugin" for ep in entry_points(group="factcheck")), \
        "install the distribution first: pip install -e examples/plugin-casualty-count"
    shutil.copytree(DATA, tmp_path / "data")
    monkeypatch.chdir(tmp_path / "data")
    monkeypatch.delenv("FACTCHECK_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    return tmp_path / "data"


def test_plugins_lists_the_entry_point_and_what_it_adds(project: Path) -> None:
    output = CliRunner().invoke(main, ["plugins"]).output
    assert ("casualty-count  [entry point (factcheck-casualty-count 0.1.0)]\n"
            "    rule type casualty-count\n"
            "    loader feed (.rss, .atom)\n"
            "    reporter markdown\n") in output


def test_run_with_the_markdown_report(project: Path) -> None:
    run = CliRunner().invoke(main, ["run", "rules.yaml", "--corpus", "feeds", "--format", "markdown"])
    assert run.exit_code == 1, run.output
    lines = run.stdout.splitlines()
    assert lines[0] == "## ❌ factcheck: 1 failed"
    assert lines[2].startswith("4 sources (en, hr, ro), 1 rule, ")
    assert ("| `rules.yaml::station-death-toll` At least 50 people died in the strike on the station | "
            "casualty-count | ❌ failed | 1 of 4 sources contradicts the expected value |") in lines
    assert f"- `{CONTRADICTING}` (hr) **contradicts**: 12" in lines
    assert "  > U raketnom napadu na kolodvor poginulo je **12 ljudi**, objavila je policija." in lines


def test_run_json_has_every_feed_entry_with_its_verdict(project: Path) -> None:
    run = CliRunner().invoke(main, ["run", "rules.yaml", "--corpus", "feeds", "--format", "json"])
    [rule] = json.loads(run.stdout)["results"]
    assert {s["source"]: (s["language"], s["verdict"], s["values"]) for s in rule["sources"]} == {
        CONTRADICTING: ("hr", "contradicts", ["12"]),
        "feeds/regional.atom#urn:example:regional:gara": ("ro", "agrees", ["≥ 50"]),
        "feeds/wire.rss#wire-station-1": ("en", "agrees", ["≥ 50"]),
        "feeds/wire.rss#wire-station-2": ("en", "agrees", ["> 40"]),
    }


def test_the_factcheck_command_writes_a_pull_request_comment(project: Path) -> None:
    command = Path(sys.executable).with_name("factcheck")
    assert command.exists(), "the factcheck console script is installed beside python"
    done = subprocess.run([str(command), "run", "rules.yaml", "--corpus", "feeds", "--report", "markdown:comment.md",
                           "-q"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("1 failed in ")
    comment = (project / "comment.md").read_text(encoding="utf-8")
    assert comment.startswith("## ❌ factcheck: 1 failed\n")
    assert "**12 ljudi**" in comment
