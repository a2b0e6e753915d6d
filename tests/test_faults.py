"""Faults during a run: signals, a dying worker, a full disk."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main


def _corpus(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for number in range(count):
        (folder / f"a{number:05d}.txt").write_text(
            f"Story {number}\nThey met at the Vostochny cosmodrome on Wednesday. " * 20, encoding="utf-8")


def _dying_on_article_20(chunk):  # type: ignore[no-untyped-def]
    """A worker task that kills its process on one file (module-level: pickled by name)."""
    from checker import runner

    if any(job.source.endswith("a00020.txt") for job in chunk):
        os._exit(9)
    return [runner._WORKER_CHECKER.process(job) for job in chunk]


RULE = "- id: venue\n  check: entity\n  expect: Vostochny\n  about: [cosmodrome]\n"


# A plugin that makes each article take a few milliseconds: the run lasts seconds whatever the
# machine, so a signal half a second in finds it going (on a busy machine the test process may
# wake late from its sleep, and a run of bare articles could be over by then)
_SLOW_PLUGIN = """import time
from checker import hookimpl

@hookimpl
def factcheck_article_checked(article, verdicts):
    time.sleep(0.004)
"""


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_stops_the_run_with_the_partial_summary_and_exit_2(tmp_path: Path, sig: int) -> None:
    _corpus(tmp_path / "corpus", 3000)
    (tmp_path / "rules.yaml").write_text(RULE)
    (tmp_path / "slow_articles.py").write_text(_SLOW_PLUGIN)
    env = {**os.environ, "FACTCHECK_DISABLE_PLUGIN_AUTOLOAD": "1", "CI": "1", "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": os.pathsep.join([str(tmp_path), *filter(None, [os.environ.get("PYTHONPATH")])])}
    process = subprocess.Popen([sys.executable, "-m", "checker", "run", "rules.yaml", "--corpus", "corpus",
                                "--no-cache", "--color", "no", "--workers", "1", "-p", "slow_articles"],
                               cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    header = [process.stdout.readline() for _ in range(3)]  # the run has started
    assert "session starts" in header[0]
    time.sleep(0.5)
    process.send_signal(sig)
    rest, err = process.communicate(timeout=120)
    out = "".join(header) + rest
    assert process.returncode == 2, (out, err)
    assert "interrupted" in out and "Traceback" not in out + err
    assert "rules.yaml::venue" in out or "passed" in out


def test_a_worker_killed_mid_run_turns_its_articles_into_source_errors(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from checker import runner

    _corpus(tmp_path / "corpus", 60)
    (tmp_path / "rules.yaml").write_text(RULE)
    monkeypatch.setattr(runner, "_process_chunk", _dying_on_article_20)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["run", "rules.yaml", "--corpus", "corpus", "--workers", "2", "--no-cache",
                                       "--format", "json"])
    assert result.stdout.startswith("{"), (result.stdout, result.stderr, result.exception)
    report = json.loads(result.stdout)
    died = {error["source"] for error in report["errors"]}
    assert "corpus/a00020.txt" in died and len(died) == runner.CHUNK
    assert report["summary"]["sources"] == 60 and result.exit_code == 1
    [venue] = report["results"]
    assert len(venue["sources"]) == 60 - runner.CHUNK and venue["outcome"] == "passed"


def test_a_report_that_cannot_be_written_is_a_clear_error(tmp_path: Path, root: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    target = tmp_path / "full"
    target.mkdir()
    target.chmod(0o500)
    if os.access(target, os.W_OK):
        pytest.skip("running as a user who may write anywhere")
    result = CliRunner().invoke(main, ["run", "rules/", "--no-cache", "--report", f"json:{target}/r.json"])
    assert result.exit_code == 4
    assert result.stderr.startswith(f"factcheck: error: cannot write {target}/r.json")


def test_a_full_disk_while_writing_a_report_is_a_clear_error(tmp_path: Path, root: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from checker import atomic

    class FullDisk(io.TextIOWrapper):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def full(handle: int) -> io.TextIOBase:
        return FullDisk(io.FileIO(handle, "w"), encoding="utf-8")

    monkeypatch.chdir(root)
    monkeypatch.setattr(atomic, "_text_stream", full)
    result = CliRunner().invoke(main, ["run", "rules/", "--no-cache", "--report", f"json:{tmp_path}/r.json"])
    assert result.exit_code == 4
    assert result.stderr.strip() == f"factcheck: error: cannot write {tmp_path}/r.json: No space left on device"
    assert list(tmp_path.iterdir()) == []


def test_report_files_get_the_permissions_of_any_new_file(tmp_path: Path, root: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    previous = os.umask(0o022)
    try:
        result = CliRunner().invoke(main, ["run", "rules/", "--no-cache", "--report", f"json:{tmp_path}/r.json",
                                           "--report", f"junit:{tmp_path}/r.xml"])
    finally:
        os.umask(previous)
    assert result.exit_code in (0, 1), result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json", "r.xml"]  # no temporary file left
    assert {(p.stat().st_mode & 0o777) for p in tmp_path.iterdir()} == {0o644}
