"""``--executor dask``: the same report as a local run, computed on a Dask LocalCluster of
worker processes; plugins that travel, workers that die, and the usage errors."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")

LOCAL_PLUGIN = """\
import dataclasses
import os

from checker import Finding, hookimpl
from checker.model import Article
from checker.ruletypes.base import RuleType, as_str, option


class Mentions(RuleType):
    name = "mentions"

    @dataclasses.dataclass
    class Options:
        word: str = option(convert=as_str, doc="the word")

    def check(self, rule, ctx):
        start = ctx.text.find(rule.options.word)
        if start < 0:
            return []
        return [Finding(value=rule.options.word, evidence=ctx.evidence(start, start + len(rule.options.word)))]


class Wire:
    '''A wire dispatch: the text after a first line naming the agency.'''

    name = "wire"
    suffixes = (".wire",)

    def load(self, path, text, source, options):
        agency, _, body = text.partition("\\n")
        return [Article(source=source, text=body, outlet=agency.strip(), path=path)]


class Deadly:
    '''Kills the process reading a .die file: always, or once (while the marker file it
    names can be created).'''

    name = "deadly"
    suffixes = (".die",)

    def load(self, path, text, source, options):
        marker = text.strip()
        if marker == "always":
            os._exit(9)
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return [Article(source=source, text="They met at the Vostochny cosmodrome.", path=path)]
        os._exit(9)


@hookimpl
def factcheck_register_rule_types(register):
    register(Mentions())


@hookimpl
def factcheck_register_loaders(register):
    register(Wire())
    register(Deadly())
"""

RULES = """\
- id: venue
  check: entity
  expect: Vostochny
  alternatives: [Baikonur]
  about: [cosmodrome]
- id: wednesday
  check: mentions
  word: Wednesday
"""


def _cluster(**config: object) -> Iterator[str]:
    """The address of a LocalCluster of two worker processes, one thread each, with dask
    ``config`` set; the cluster is closed when the generator is."""
    with dask.config.set(config), distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0",
            silence_logs=logging.CRITICAL) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """Two worker processes, as on a two-core machine."""
    yield from _cluster()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Rules whose folder has a local plugin file (a rule type and loaders), and a corpus
    of 41 articles: 40 plain-text ones and a wire dispatch read by the plugin's loader."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules/r.yaml").write_text(RULES)
    (tmp_path / "rules/factcheck_plugins.py").write_text(LOCAL_PLUGIN)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(40):
        place = "Baikonur" if number % 7 == 3 else "Vostochny"
        day = " on Wednesday" if number % 2 else ""
        (corpus / f"a{number:03d}.txt").write_text(f"Story {number}\nThey met at the {place} cosmodrome{day}.\n")
    (corpus / "z.wire").write_text("Reuters\nThey met at the Vostochny cosmodrome on Wednesday.\n")
    return tmp_path


def run(*args: str) -> tuple[int, dict, str]:
    result = CliRunner().invoke(main, ["run", "--format", "json", "--no-cache", *args])
    report = json.loads(result.stdout) if result.stdout.startswith("{") else {}
    report.get("summary", {}).pop("duration_s", None)
    return result.exit_code, report, result.stderr


def test_the_sample_report_is_the_local_one(scheduler: str, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    local_code, local, _ = run("rules/")
    code, report, err = run("rules/", "--executor", "dask", "--scheduler", scheduler)
    assert (code, err) == (local_code, "")
    assert report == local and report["summary"]["sources"] == 2


def test_local_plugin_files_travel_to_the_workers(scheduler: str, project: Path) -> None:
    local_code, local, _ = run("rules/", "--corpus", "corpus")
    code, report, err = run("rules/", "--corpus", "corpus", "--executor", "dask", "--scheduler", scheduler)
    assert (code, err) == (local_code, "") == (1, "")
    assert report == local
    verdicts = {r["rule"]: {s["source"]: s["verdict"] for s in r["sources"]} for r in report["results"]}
    assert verdicts["venue"]["corpus/a003.txt"] == "contradicts"
    assert verdicts["wednesday"]["corpus/z.wire"] == "agrees"


def test_the_configuration_chooses_the_executor(scheduler: str, project: Path) -> None:
    (project / "factcheck.yaml").write_text(f"corpus: corpus\nexecutor: dask\nscheduler: {scheduler}\n")
    result = CliRunner().invoke(main, ["run", "rules/", "-q", "--no-cache"])
    assert result.exit_code == 1 and result.stderr == ""
    assert "2 failed" not in result.stdout and "1 failed, 1 passed" in result.stdout
    (project / "factcheck.yaml").write_text("executor: cluster\n")
    result = CliRunner().invoke(main, ["run", "rules/"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "factcheck: error: factcheck.yaml:1:1: 'executor' must be one of local, dask"


def test_unchanged_files_are_served_here_and_only_the_others_are_sent(
        scheduler: str, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import checker.distributed

    sent: list[str] = []
    chunks = checker.distributed._chunks

    def recording(jobs, size):  # type: ignore[no-untyped-def]
        for batch in chunks(jobs, size):
            sent.extend(job.source for job in batch)
            yield batch

    monkeypatch.setattr(checker.distributed, "_chunks", recording)

    def on_cluster() -> tuple[int, dict]:
        result = CliRunner().invoke(main, ["run", "rules/", "--corpus", "corpus", "--format", "json",
                                           "--executor", "dask", "--scheduler", scheduler])
        report = json.loads(result.stdout)
        report["summary"].pop("duration_s")
        return result.exit_code, report

    code, first = on_cluster()
    assert len(sent) == 41 and (project / ".factcheck_cache/verdicts.sqlite").exists()
    sent.clear()
    code, second = on_cluster()
    assert sent == [] and second == first
    (project / "corpus/a005.txt").write_text("Story 5\nThey met at the Baikonur cosmodrome.\n")
    code, third = on_cluster()
    assert sent == ["corpus/a005.txt"]
    local_code, local, _ = run("rules/", "--corpus", "corpus")
    assert (code, third) == (local_code, local)


def test_a_worker_lost_once_is_replaced_and_nothing_is_lost(scheduler: str, project: Path) -> None:
    (project / "corpus/a010.die").write_text(str(project / "died-once"))
    code, report, _ = run("rules/", "--corpus", "corpus", "--executor", "dask", "--scheduler", scheduler)
    assert (project / "died-once").exists()  # a worker did die reading it
    assert code == 1 and "errors" not in report
    _, local, _ = run("rules/", "--corpus", "corpus")
    assert report == local and report["summary"]["sources"] == 42


def test_a_file_that_keeps_killing_workers_becomes_source_errors(project: Path) -> None:
    from checker.runner import CHUNK, WORKER_DIED

    (project / "corpus/a010.die").write_text("always")
    for address in _cluster(**{"distributed.scheduler.allowed-failures": 0}):
        code, report, _ = run("rules/", "--corpus", "corpus", "--executor", "dask", "--scheduler", address)
    died = {error["source"] for error in report["errors"]}
    assert "corpus/a010.die" in died and len(died) >= CHUNK
    assert {error["message"] for error in report["errors"]} == {WORKER_DIED}
    checked = {s["source"] for r in report["results"] for s in r["sources"]}
    assert len(checked | died) == report["summary"]["sources"] == 42 and not checked & died
    assert code == 1


def test_an_unreachable_scheduler_is_a_usage_error(project: Path) -> None:
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code, _, err = run("rules/", "--corpus", "corpus", "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert code == 4
    assert err.startswith("factcheck: error: cannot reach the dask scheduler at tcp://127.0.0.1:9: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize("args, message", [
    (["--executor", "dask"], "--executor dask needs --scheduler ADDRESS (or 'scheduler' in the configuration)"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler is for --executor dask"),
    (["--executor", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"],
     "--workers sets local processes; with --executor dask the cluster's workers check"),
    (["--executor", "dask", "--scheduler", "nonsense::"],
     "cannot reach the dask scheduler at nonsense::: invalid address 'nonsense::'; maybe: ipv6 needs brackets like [::1]"),
])
def test_executor_options_that_do_not_fit(project: Path, args: list[str], message: str) -> None:
    code, _, err = run("rules/", "--corpus", "corpus", *args)
    assert (code, err) == (4, f"factcheck: error: {message}\n")


def test_without_the_dask_extra_the_executor_says_how_to_install_it(project: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    result = CliRunner().invoke(main, ["run", "rules/", "--executor", "dask", "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 4 and result.stdout == ""
    assert result.stderr == ('factcheck: error: --executor dask needs the dask extra: '
                             'pip install "factcheck-desk[dask]"\n')


def test_neither_the_version_nor_a_local_run_imports_dask(root: Path) -> None:
    probe = ("import sys\nfrom checker.cli import main\n"
             "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'fsspec', 's3fs'}),"
             " file=sys.stderr)\n")
    env = {**os.environ, "FACTCHECK_DISABLE_PLUGIN_AUTOLOAD": "1"}
    for args in (["--version"], ["run", "rules/", "--no-cache", "-q"]):
        done = subprocess.run([sys.executable, "-c", probe, *args], cwd=root, env=env, capture_output=True,
                              text=True, timeout=60, check=False)
        assert done.stderr.strip().splitlines()[-1] == "[]", (args, done.stderr)


def test_workers_read_a_corpus_in_object_storage(scheduler: str, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The storage options travel with each file: the workers are not configured at all."""
    moto_server = pytest.importorskip("moto.server")
    s3fs = pytest.importorskip("s3fs")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        options = {"endpoint_url": f"http://{host}:{port}", "key": "testing", "secret": "testing"}
        s3fs.S3FileSystem(skip_instance_cache=True, **options).put(str(root / "seeds") + "/", "news/seeds/",
                                                                   recursive=True)
        monkeypatch.setenv("FACTCHECK_STORAGE_OPTIONS", json.dumps(options))
        monkeypatch.chdir(root)
        _, local, _ = run("rules/", "--corpus", "s3://news/seeds")
        code, report, err = run("rules/", "--corpus", "s3://news/seeds", "--executor", "dask", "--scheduler", scheduler)
    finally:
        server.stop()
    assert (code, err) == (0, "")
    assert report == local and report["summary"]["sources"] == 2
