"""Work forked off beside a run with worker processes: the corpus listed while the rules
are collected, the second half of a large JSON report written while the first is. The
reports and errors are those of a run that does it all in one process, whether the
child succeeds or fails."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker import forked
from test_determinism import build, normalised, project_files

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system"),
    # The children below run a line of code each, whatever threads this test process has.
    pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning"),
]

# A factcheck run in a fresh process (no thread of the test process's in it), with the
# JSON report written compact and forked from the first source on, counting the children
# started.
RUN = """
import atexit, os, sys
from checker import forked, verdicts
from checker.reporters import json as json_report
json_report.FORK_ABOVE = json_report.COMPACT_ABOVE = 1
verdicts.HELD = int(os.environ.get("HELD", verdicts.HELD))
parent, started = os.getpid(), []
real_init = forked.Forked.__init__
def counting(self, work):
    real_init(self, work)
    started.append(self.pid)
forked.Forked.__init__ = counting
def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
for variable, in_child, error in (("FAIL_IN_CHILD", True, RuntimeError), ("INTERRUPT_IN_PARENT", False, KeyboardInterrupt)):
    failing = os.environ.get(variable)
    if not failing:
        continue
    module, attribute = failing.split(":")
    *path, name = attribute.split(".")
    owner = __import__(module, fromlist=["_"])
    for part in path:
        owner = getattr(owner, part)
    def fail(*args, real=getattr(owner, name), in_child=in_child, error=error, **kwargs):
        if (os.getpid() != parent) == in_child:
            raise error("stopped here")
        return real(*args, **kwargs)
    setattr(owner, name, fail)
atexit.register(lambda: sys.stderr.write(f"forked {len(started)} alive {sum(map(alive, started))}\\n"))
from checker.cli import main
sys.exit(main())
"""


def factcheck(folder: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-c", RUN, "run", "--format", "json", "--no-cache", "--color", "no",
                           *args], cwd=folder, env={**os.environ, "FACTCHECK_DISABLE_PLUGIN_AUTOLOAD": "1", **(env or {})},
                          capture_output=True, text=True, timeout=300, check=False)
    return done.returncode, normalised(done.stdout), done.stderr


def forks(stderr: str) -> int:
    """How many children the run forked (all of them gone by its end)."""
    counted, alive = stderr.rsplit("forked ", 1)[1].split(" alive ")
    assert int(alive.split()[0]) == 0, stderr
    return int(counted)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("project"), sorted(project_files()))


@pytest.fixture(scope="module")
def alone(project: Path) -> tuple[int, str, str]:
    """The run done in one process."""
    code, report, err = factcheck(project, "--workers", "1")
    assert code in (0, 1) and forks(err) == 0, err
    return code, report, err


def test_a_run_with_workers_lists_the_corpus_and_writes_half_the_report_in_children(
        project: Path, alone: tuple[int, str, str]) -> None:
    code, report, err = factcheck(project, "--workers", "2")
    assert forks(err) == 2, err  # the listing and the report's second half
    assert (code, report) == alone[:2]
    assert len(json.loads(report)["results"]) > 2


def test_verdicts_read_back_from_disk_by_two_processes_give_the_same_report(
        project: Path, alone: tuple[int, str, str]) -> None:
    """Past the verdicts held in memory, both halves read the run's temporary file of
    verdicts at once: each by offset, neither moving the other's position."""
    code, report, err = factcheck(project, "--workers", "2", env={"HELD": "1"})
    assert forks(err) == 2, err
    assert (code, report) == alone[:2]


@pytest.mark.parametrize("failing", ["checker.reporters.json:_write_results",
                                     "checker.corpus:CorpusReader.listing"])
def test_a_child_that_fails_leaves_its_work_to_the_run(project: Path, alone: tuple[int, str, str],
                                                       failing: str) -> None:
    code, report, err = factcheck(project, "--workers", "2", env={"FAIL_IN_CHILD": failing})
    assert forks(err) == 2 and "Traceback" not in err, err
    assert (code, report) == alone[:2]


def test_a_run_interrupted_while_it_writes_its_half_stops_the_child(project: Path) -> None:
    code, report, err = factcheck(project, "--workers", "2", "--output", "out/report.json",
                                  env={"INTERRUPT_IN_PARENT": "checker.reporters.json:_write_results"})
    assert code == 2 and "Traceback" not in err, err
    assert forks(err) == 2  # the report's child among them, stopped and waited for
    assert not (project / "out/report.json").exists()  # no half-written report


def test_a_broken_manifest_is_the_same_error_with_workers(tmp_path: Path) -> None:
    folder = build(tmp_path, sorted(project_files()))
    (folder / "seeds/regional/corpus.yaml").write_text("b.txt:\n  language: hr\n  publishd: 2023-09-15\n")
    errors = [factcheck(folder, "--workers", workers) for workers in ("1", "2")]
    for code, report, err in errors:
        assert code == 2 and report == "", err
        assert err.startswith("factcheck: error: seeds/regional/corpus.yaml:3:3: unknown key 'publishd'"), err
        assert "Traceback" not in err
    assert errors[0][2].splitlines()[0] == errors[1][2].splitlines()[0]


def test_a_rule_file_that_names_its_own_corpus_is_read_with_workers(tmp_path: Path) -> None:
    """The corpus listed beside the run is the configured one; a rule file that adds a
    folder to it is read all the same."""
    folder = build(tmp_path, sorted(project_files()))
    (folder / "extra").mkdir()
    (folder / "extra/late.txt").write_text("Late\nThe leaders met at the Baikonur cosmodrome.\n")
    (folder / "rules/extra.yaml").write_text("corpus: [../extra]\nrules:\n  - id: venue-extra\n    check: entity\n"
                                              "    expect: Vostochny\n    about: [cosmodrome]\n"
                                              "    alternatives: [Baikonur]\n")
    reports = [factcheck(folder, "--workers", workers) for workers in ("1", "2")]
    assert reports[0][:2] == reports[1][:2], reports[1][2]
    venue = next(r for r in json.loads(reports[1][1])["results"] if r["rule"] == "venue-extra")
    assert [(s["source"], s["verdict"]) for s in venue["sources"]] == [("extra/late.txt", "contradicts")]


def test_a_forked_value_comes_back() -> None:
    assert forked.ForkedValue(lambda: {"jobs": [("a.txt", 1)], "errors": []}).get() == (
        True, {"jobs": [("a.txt", 1)], "errors": []})


def test_a_forked_value_that_raises_is_none() -> None:
    assert forked.ForkedValue(lambda: 1 / 0).get() == (False, None)


def test_a_forked_child_writes_a_file_the_parent_reads() -> None:
    child = forked.Forked(lambda out: out.write("čćž\n".encode() * 1000))
    written = child.result()
    assert written is not None
    with written:
        assert written.read() == "čćž\n".encode() * 1000


def test_a_cancelled_child_is_stopped_and_gone() -> None:
    child = forked.Forked(lambda out: time.sleep(600))
    child.cancel()
    child.cancel()  # twice is harmless
    with pytest.raises(ProcessLookupError):
        os.kill(child.pid, 0)  # stopped and waited for: no such process any more


def test_a_child_that_cannot_be_started_leaves_the_work_to_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    assert forked.ForkedValue(lambda: 1).get() == (False, None)
    child = forked.Forked(lambda out: out.write(b"x"))
    assert child.result() is None
    child.cancel()  # harmless


def test_a_report_file_gets_the_childs_half_as_written(project: Path, alone: tuple[int, str, str]) -> None:
    """``--output``: the child's half is appended to the report file as bytes."""
    code, report, err = factcheck(project, "--workers", "2", "--output", "out/forked.json")
    assert forks(err) == 2  # (the text report goes to standard output)
    assert (code, normalised((project / "out/forked.json").read_text(encoding="utf-8"))) == alone[:2]


@pytest.mark.parametrize("stream", [io.StringIO(), io.TextIOWrapper(io.BytesIO(), encoding="utf-16")])
def test_a_half_is_copied_to_a_stream_that_takes_no_utf8_bytes(stream: io.TextIOBase) -> None:
    """A stream without a byte buffer (a plugin's or a test's StringIO), or one in another
    encoding, gets the child's UTF-8 text decoded."""
    from checker.reporters.json import _append

    text = '{"sentence":"Sastanak je održan 13. rujna na kozmodromu Vostočni."}\n' * 3000
    _append(stream, io.BytesIO(text.encode()))
    stream.seek(0)
    assert stream.read() == text
