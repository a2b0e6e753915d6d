"""The pre-commit hook definition, exercised with pre-commit's own ``try-repo``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=ci@example.org", "-c", "user.name=ci", *args], cwd=cwd, check=True,
                   capture_output=True)


def test_the_hook_runs_factcheck_and_fails_on_a_contradiction(tmp_path: Path, root: Path) -> None:
    pre_commit = [sys.executable, "-m", "pre_commit"]
    project = tmp_path / "desk"
    shutil.copytree(root / "seeds", project / "seeds")
    (project / "rules").mkdir()
    (project / "rules/venue.yaml").write_text(
        "- id: venue\n  check: entity\n  expect: Vostochny\n  alternatives: [Baikonur]\n"
        "  about: [cosmodrome, kozmodrom, cosmodromul]\n")
    _git(project, "init", "-q")
    _git(project, "add", ".")
    _git(project, "commit", "-qm", "desk")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "FACTCHECK_DISABLE_PLUGIN_AUTOLOAD": "1"}

    def try_repo() -> subprocess.CompletedProcess[str]:
        return subprocess.run([*pre_commit, "try-repo", str(root), "factcheck", "--all-files"], cwd=project,
                              env=env, capture_output=True, text=True, timeout=900)

    passing = try_repo()
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "factcheck" in passing.stdout and "Passed" in passing.stdout

    article = project / "seeds/ro-kim-putin-invitation.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("Vostohnîi", "Baikonur"), encoding="utf-8")
    failing = try_repo()
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "rules/venue.yaml::venue" in failing.stdout and "Baikonur" in failing.stdout
