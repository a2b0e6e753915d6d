"""Determinism: the same inputs give a byte-identical JSON report (apart from
``summary.duration_s``) across runs, across ``PYTHONHASHSEED`` values, whatever order the
files were created in or the file system lists them in, and whatever ``--workers``.

The corpus is the sample plus sources that exercise every loader and the paths that
could depend on order: a JSON Lines file of several records, Markdown with front matter,
HTML, a nested folder with its own manifest, sources without a language (detected), and
rules without ``expect`` (sources grouped by value, majority decided across sources).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Self

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
DURATION = re.compile(r'("duration_s":\s*)[0-9.eE+-]+')
TIMES = re.compile(r"[0-9.]+ ?m?s\b|\d{4}-\d\d-\d\d[ T][0-9:.]+\S*")

EXTRA_FILES: dict[str, str] = {
    "seeds/en-summit.txt": "Kim and Putin meet in Russia\nThe leaders met at the Vostochny cosmodrome on "
                           "Wednesday, 13 September 2023. Putin accepted the invitation, KCNA reported. The war "
                           "in Ukraine had lasted more than 18 months.\n",
    "seeds/ru-summit.txt": "Встреча Путина и Ким Чен Ына\nЛидеры встретились на космодроме Восточный в среду, "
                           "13 сентября 2023 года. Путин принял приглашение, сообщило ЦТАК. Война длится "
                           "более полутора лет.\n",
    "seeds/wire.jsonl": "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in [
        {"id": "w3", "language": "en", "text": "The summit was held at the Baikonur cosmodrome on 12 September."},
        {"id": "w1", "language": "en", "published": "2023-09-14",
         "text": "The leaders met on Wednesday at the Vostochny space centre. The war had lasted 19 months."},
        {"id": "w2", "text": "Putin declined the invitation, the agency Yonhap reported on Thursday."},
    ]),
    "seeds/notes.md": "---\ntitle: Notes\nlanguage: hr\npublished: 2023-09-14\n---\n# Bilješke\n\n"
                      "Sastanak je održan 13. rujna 2023. na kozmodromu Vostočni. Rat traje 18 mjeseci.\n",
    "seeds/page.html": "<html lang='ro'><head><title>Summit</title></head><body><article><p>Liderii s-au "
                       "întâlnit miercuri, 13 septembrie 2023, la cosmodromul Vostocinîi.</p><p>Războiul "
                       "durează de peste 18 luni.</p></article></body></html>",
    "seeds/regional/corpus.yaml": "b.txt:\n  language: hr\n  published: 2023-09-15\n",
    "seeds/regional/a.txt": "Vijesti\nKim i Putin sastali su se u srijedu na kozmodromu Bajkonur.\n",
    "seeds/regional/b.txt": "Vijesti\nSastanak je bio jučer, u kozmodromu Vostočni. Rat traje 20 mjeseci.\n",
    "rules/agreement.yaml": "- id: venue-agreed\n  check: entity\n  expect: Vostochny\n  about: [cosmodrome, "
                            "kozmodrom, cosmodromul, космодром]\n  alternatives: [Baikonur, Bajkonur]\n"
                            "- id: war-months\n  check: number\n  unit: month\n  about: [war, rat, război, "
                            "война]\n- id: summit-day\n  check: date\n  about: [met, sastali, sastanak, "
                            "întâlnit, встретились, summit]\n",
}


def project_files() -> dict[str, bytes]:
    files = {f"rules/{p.name}": p.read_bytes() for p in sorted((ROOT / "rules").glob("*.yaml"))}
    files.update({f"seeds/{p.name}": p.read_bytes() for p in sorted((ROOT / "seeds").iterdir()) if p.is_file()})
    files.update({name: text.encode("utf-8") for name, text in EXTRA_FILES.items()})
    return files


def build(folder: Path, order: list[str]) -> Path:
    """The project in ``folder``, its files created in ``order``."""
    files = project_files()
    assert sorted(order) == sorted(files)
    for name in order:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[name])
    return folder


def normalised(report: str) -> str:
    return DURATION.sub(r"\g<1>0", report)


@pytest.fixture(autouse=True)
def _restore_cwd() -> Iterator[None]:
    cwd = os.getcwd()
    yield
    os.chdir(cwd)


def run_in(folder: Path, *args: str) -> str:
    os.chdir(folder)
    result = CliRunner().invoke(main, ["run", "--format", "json", "--no-cache", "--color", "no", *args])
    assert result.exit_code in (0, 1), result.stderr[-3000:]
    return normalised(result.stdout)


def test_the_corpus_exercises_what_order_could_change(tmp_path: Path) -> None:
    report = json.loads(run_in(build(tmp_path, sorted(project_files()))))
    sources = {s["source"] for r in report["results"] for s in r["sources"]}
    assert {"seeds/wire.jsonl#w1", "seeds/wire.jsonl#w2", "seeds/wire.jsonl#w3", "seeds/regional/b.txt",
            "seeds/notes.md", "seeds/page.html"} <= sources
    assert any(r["groups"] for r in report["results"] if "groups" in r)  # sources grouped by value
    assert "errors" not in report


def test_two_runs_give_the_same_report(tmp_path: Path) -> None:
    folder = build(tmp_path, sorted(project_files()))
    assert run_in(folder) == run_in(folder)


def test_the_order_files_were_created_in_does_not_matter(tmp_path: Path) -> None:
    names = sorted(project_files())
    shuffled = names[:]
    random.Random(3).shuffle(shuffled)
    first = run_in(build(tmp_path / "one", names))
    second = run_in(build(tmp_path / "two", list(reversed(names))))
    third = run_in(build(tmp_path / "three", shuffled))
    assert first == second == third


class _ReversedScandir:
    """``os.scandir`` listing entries in reverse: the file system's order is not ours."""

    def __init__(self, entries: list[os.DirEntry[str]]) -> None:
        self.entries = entries

    def __iter__(self) -> Iterator[os.DirEntry[str]]:
        return iter(self.entries)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def close(self) -> None:
        return None


def test_the_order_the_file_system_lists_files_in_does_not_matter(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = build(tmp_path, sorted(project_files()))
    expected = run_in(folder)
    real_scandir, real_listdir = os.scandir, os.listdir
    calls: list[object] = []

    def reversed_scandir(path: object = ".") -> _ReversedScandir:
        calls.append(path)
        with real_scandir(path) as entries:  # type: ignore[arg-type]
            return _ReversedScandir(sorted(entries, key=lambda e: e.name, reverse=True))

    monkeypatch.setattr(os, "scandir", reversed_scandir)
    monkeypatch.setattr(os, "listdir", lambda path=".": sorted(real_listdir(path), reverse=True))
    assert run_in(folder) == expected
    assert calls  # the corpus was listed through the reversed listing


def test_the_number_of_workers_does_not_matter(tmp_path: Path) -> None:
    folder = build(tmp_path, sorted(project_files()))
    assert run_in(folder, "--workers", "1") == run_in(folder, "--workers", "2")


def test_the_hash_seed_does_not_matter(tmp_path: Path) -> None:
    folder = build(tmp_path, sorted(project_files()))
    env = {**os.environ, "FACTCHECK_DISABLE_PLUGIN_AUTOLOAD": "1"}
    reports = []
    for seed in ("0", "1", "4242"):
        completed = subprocess.run(
            [sys.executable, "-c", "import sys; from checker.cli import main; sys.exit(main())",
             "run", "--format", "json", "--no-cache", "--color", "no"],
            cwd=folder, env={**env, "PYTHONHASHSEED": seed}, capture_output=True, text=True, timeout=120, check=False)
        assert completed.returncode in (0, 1), completed.stderr[-3000:]
        reports.append(normalised(completed.stdout))
    assert reports[0] == reports[1] == reports[2]
    assert reports[0] == run_in(folder)  # and the same as in-process


def test_other_formats_are_stable_too(tmp_path: Path) -> None:
    folder = build(tmp_path, sorted(project_files()))
    os.chdir(folder)
    outputs = []
    for _ in range(2):
        result = CliRunner().invoke(main, ["run", "--no-cache", "--color", "no", "-v",
                                           "--report", "sarif:out/r.sarif", "--report", "github:out/r.github"])
        assert result.exit_code in (0, 1)
        text = re.sub(r" in \d+\.\d+s", " in 0s", result.stdout)
        outputs.append((text, (folder / "out/r.sarif").read_text(), (folder / "out/r.github").read_text()))
    assert outputs[0] == outputs[1]
    shutil.rmtree(folder / "out")


def test_verdicts_kept_on_disk_give_the_same_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large run writes the verdicts of stating sources to a temporary file and reads
    them back to judge each rule and to write each report: every report is the one a
    run holding them in memory writes, majority groups and baseline acceptances all."""
    from checker import verdicts

    folder = build(tmp_path, sorted(project_files()))
    (folder / "seeds/late.txt").write_text("Late\nThe leaders met at the Baikonur cosmodrome.\n")
    run_in(folder, "--write-baseline", "baseline.json")
    (folder / "seeds/later.txt").write_text("Later\nThe leaders met at the Baikonur cosmodrome.\n")

    def reports() -> tuple[str, ...]:
        json_report = run_in(folder, "--baseline", "baseline.json", "--report", "sarif:out.sarif",
                             "--report", "html:out.html")
        text = CliRunner().invoke(main, ["run", "--no-cache", "--color", "no", "-v", "--baseline",
                                         "baseline.json"]).stdout
        return (json_report, TIMES.sub("", text), (folder / "out.sarif").read_text(),
                TIMES.sub("", (folder / "out.html").read_text()))

    in_memory = reports()
    assert '"accepted":"baseline"' in in_memory[0].replace(" ", "") and '"groups"' in in_memory[0]
    written: list[int] = []
    real_write = verdicts.VerdictStore._write

    def counting_write(store: verdicts.VerdictStore, items: list) -> object:  # type: ignore[type-arg]
        written.append(len(items))
        return real_write(store, items)

    monkeypatch.setattr(verdicts, "HELD", 1)
    monkeypatch.setattr(verdicts.VerdictStore, "_write", counting_write)
    assert reports() == in_memory
    assert sum(written) > 10  # the stating verdicts did go to disk
