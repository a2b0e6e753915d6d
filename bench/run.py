"""Measure factcheck on a generated corpus: speed against the floor, accuracy against the truth.

    python bench/run.py CORPUS_DIR [--runs 3] [--skip-baseline] [--workers N] [--misses K]
                        [--rules DIR] [--cache]

CORPUS_DIR is a folder written by ``bench/make_corpus.py``. Three things run on the same
articles, each as a child process (so interpreter start-up and imports count, as they do
for a user):

* the floor: read, decode, NFKC-normalise, case-fold and transliterate (anyascii) every
  article and nothing else — no program that reads the articles can be faster;
* the baseline, ``bench/baseline.py`` (the competent user's script), run once: it is slow;
* ``factcheck run CORPUS_DIR/rules --corpus CORPUS_DIR/articles --format json``, with
  ``--no-cache`` when factcheck has that option, so that every run does the full work.

The floor and factcheck run ``--runs`` times and the medians are reported. With
``--cache``, factcheck also runs without ``--no-cache``: a first run filling the cache in a
fresh folder, then a second over the unchanged corpus, ``--runs`` times each, and their
ratio is printed. ``--rules DIR`` runs factcheck with other rules (``bench/more_rules.py``
writes the corpus's 50 plus any number more). Wall time is
what a user waits; CPU time (user + system, from ``os.wait4``'s resource usage of that
child) is printed beside it because it barely moves when other processes share the
machine, and the load average before and after says whether they did. Peak memory is the
child's maximum resident set size, from the same resource usage (factcheck's is the
largest over its runs). Throughput is megabytes (10^6 bytes) of article files per second
of wall time.

Accuracy: a positive is a rule × article pair reported as ``contradicts``; precision and
recall are against the contradictions planted in ``truth.json``, overall, per language
and per check type. "Found" is the share of the (rule, article) statements in the truth
for which the system reported anything other than silence.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


@dataclass
class Measurement:
    name: str
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    peak_mb: float = 0.0

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


@dataclass
class Verdicts:
    """What one system says: the pairs it reports as contradicting, and those it read."""

    name: str
    contradicts: set[tuple[str, str]]
    stated: set[tuple[str, str]]


@dataclass(frozen=True)
class ChildRun:
    seconds: float
    cpu_seconds: float  # user + system
    peak_mb: float
    exit_code: int


def run_child(command: Sequence[str], stdout: Path, cwd: Path) -> ChildRun:
    """Run ``command`` with its output in ``stdout``: wall and CPU time, peak memory.

    The command is started by ``bench/rusage.py``, a small process that measures it with
    ``os.wait4``: the resource usage of exactly that child. Started from here, the
    child's peak memory would count this process's, since Linux counts the memory a
    child has before ``exec`` (a copy of its parent's) in its peak.
    """
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as work:
        usage_file = Path(work) / "usage.json"
        with open(stdout, "wb") as out:
            child = subprocess.run([sys.executable, str(RUSAGE), str(usage_file), *command], stdout=out,
                                   stderr=subprocess.PIPE, cwd=cwd, check=False)
        errors, code = child.stderr, child.returncode
        usage = json.loads(usage_file.read_text(encoding="utf-8"))
    if errors.strip() and code not in (0, 1):
        sys.stderr.write(errors.decode(errors="replace"))
    return ChildRun(usage["seconds"], usage["cpu_seconds"], usage["peak_mb"], code)


RUSAGE = Path(__file__).resolve().parent / "rusage.py"


def measure(name: str, command: Sequence[str], runs: int, output: Path, cwd: Path,
            accepted: tuple[int, ...] = (0,)) -> Measurement:
    result = Measurement(name)
    for _ in range(runs):
        run = run_child(command, output, cwd)
        if run.exit_code not in accepted:
            raise SystemExit(f"{name} exited {run.exit_code}: {' '.join(map(str, command))}")
        result.seconds.append(run.seconds)
        result.cpu_seconds.append(run.cpu_seconds)
        result.peak_mb = max(result.peak_mb, run.peak_mb)
    return result


def floor(articles: Path) -> None:
    """The floor's own work, run in a child process: read, decode, NFKC, case fold and
    transliterate every article."""
    from anyascii import anyascii

    total = 0
    for path in sorted(articles.glob("*.txt")):
        raw = path.read_bytes()
        total += len(raw)
        anyascii(unicodedata.normalize("NFKC", raw.decode("utf-8")).casefold())
    print(json.dumps({"bytes": total}))


def compiled_bytecode(prefix: Path) -> None:
    """Let every child use compiled bytecode, as an installed program does (pip compiles
    it at install; an editable install writes it on first use): where the environment says
    not to write it (``PYTHONDONTWRITEBYTECODE``), each run would compile factcheck's
    modules from source again, 0.2 s of every run. The bytecode goes to ``prefix``, not
    beside the sources, and factcheck's package is compiled there before any run."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(prefix)
    import checker

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(checker.__file__).parent)], check=True)


def factcheck_command(corpus: Path, workers: int | None, rules: Path | None = None,
                      cache: bool = False) -> tuple[list[str], list[str]]:
    """The command line, and notes on the options it uses (they depend on the version)."""
    executable = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or shutil.which("factcheck")
    if executable is None:
        raise SystemExit("factcheck is not installed in this environment")
    helptext = subprocess.run([executable, "run", "--help"], capture_output=True, text=True, check=False).stdout
    command = [executable, "run", str(rules or corpus / "rules"), "--corpus", str(corpus / "articles"),
               "--format", "json"]
    notes = []
    if "--no-cache" in helptext and not cache:
        command.append("--no-cache")
        notes.append("--no-cache")
    if workers is not None:
        command += ["--workers", str(workers)]
        notes.append(f"--workers {workers}")
    return command, notes


def measure_cache(command: Sequence[str], runs: int, work: Path) -> tuple[Measurement, Measurement]:
    """factcheck with its cache: a first run that fills it (in a fresh working folder
    each time) and a second over the unchanged corpus, back to back."""
    first, second = Measurement("factcheck, first run filling the cache"), Measurement("factcheck, second run (cache)")
    for index in range(runs):
        folder = work / f"cache-{index}"
        folder.mkdir()
        for measurement in (first, second):
            run = run_child(command, folder / "report.json", folder)
            if run.exit_code not in (0, 1):
                raise SystemExit(f"factcheck exited {run.exit_code}: {' '.join(map(str, command))}")
            measurement.seconds.append(run.seconds)
            measurement.cpu_seconds.append(run.cpu_seconds)
            measurement.peak_mb = max(measurement.peak_mb, run.peak_mb)
    return first, second


def read_factcheck(report_path: Path, rules: set[str] | None = None) -> Verdicts:
    """factcheck's verdicts from its JSON report, for the rules in ``rules`` (all by default)."""
    report = json.loads(report_path.read_text(encoding="utf-8"))
    contradicts, stated = set(), set()
    for result in report["results"]:
        if rules is not None and result["rule"] not in rules:
            continue
        for source in result["sources"]:
            pair = (result["rule"], Path(source["source"]).name)
            if source["verdict"] == "contradicts":
                contradicts.add(pair)
            if source["verdict"] != "silent":
                stated.add(pair)
    return Verdicts("factcheck", contradicts, stated)


def read_truth_shaped(name: str, data: dict[str, Any]) -> Verdicts:
    contradicts = {(rule, article) for article, entry in data["articles"].items() for rule in entry["contradicts"]}
    stated = {(rule, article) for article, entry in data["articles"].items() for rule in entry["states"]}
    return Verdicts(name, contradicts, stated)


def scores(system: Verdicts, truth: Verdicts, keep: set[tuple[str, str]] | None) -> tuple[str, str, str]:
    """Precision, recall and found (as percentages, with counts) over the pairs in ``keep``."""
    def within(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
        return pairs if keep is None else pairs & keep

    predicted, planted, statements = within(system.contradicts), within(truth.contradicts), within(truth.stated)
    hits = len(predicted & planted)
    found = len(statements & system.stated)
    return (_share(hits, len(predicted)), _share(hits, len(planted)), _share(found, len(statements)))


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} % ({part}/{whole})" if whole else "–"


def accuracy_tables(truth_data: dict[str, Any], truth: Verdicts, systems: Sequence[Verdicts]) -> str:
    articles = truth_data["articles"]
    checks = {rule: meta["check"] for rule, meta in truth_data["rules"].items()}
    every = {(rule, article) for rule in checks for article in articles}
    groups: list[tuple[str, set[tuple[str, str]] | None]] = [("all", None)]
    for language in sorted({entry["language"] for entry in articles.values()}):
        groups.append((language, {p for p in every if articles[p[1]]["language"] == language}))
    for check in ("date", "entity", "number", "phrase"):
        groups.append((f"{check} rules", {p for p in every if checks[p[0]] == check}))
    header = " | ".join(f"{s.name} precision | {s.name} recall | {s.name} found" for s in systems)
    lines = [f"| subset | {header} |", "|---|" + "---|---|---|" * len(systems)]
    for label, keep in groups:
        cells = [cell for system in systems for cell in scores(system, truth, keep)]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def misses(system: Verdicts, truth: Verdicts, truth_data: dict[str, Any], count: int) -> str:
    """Up to ``count`` missed and ``count`` false contradictions, with the truth's sentence."""
    articles = truth_data["articles"]
    lines = []
    for label, pairs in (("missed", sorted(truth.contradicts - system.contradicts)),
                         ("false", sorted(system.contradicts - truth.contradicts))):
        for rule, article in pairs[:count]:
            sentence = articles[article]["statements"].get(rule, "(the article states nothing about it)")
            read = "read" if (rule, article) in system.stated else "silent"
            lines.append(f"- {system.name} {label}: {rule} in {article} [{read}]: {sentence}")
    return "\n".join(lines)


def speed_table(measurements: Sequence[Measurement], megabytes: float, floor: Measurement) -> str:
    columns = ("run", "wall time (s)", "throughput (MB/s)", "× floor", "CPU time (s)", "CPU × floor",
               "peak RSS (MB)", "runs")
    lines = ["| " + " | ".join(columns) + " |", "|---" * len(columns) + "|"]
    floor_cpu = statistics.median(floor.cpu_seconds)
    for m in measurements:
        cpu = statistics.median(m.cpu_seconds)
        lines.append(f"| {m.name} | {m.median:.2f} | {megabytes / m.median:.2f} | {m.median / floor.median:.1f} "
                     f"| {cpu:.2f} | {cpu / floor_cpu:.1f} | {m.peak_mb:.0f} | {len(m.seconds)} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("--runs", type=int, default=3, help="runs of the floor and of factcheck (median)")
    parser.add_argument("--skip-baseline", action="store_true", help="do not run the slow baseline")
    parser.add_argument("--workers", type=int, help="passed to factcheck --workers and to the baseline")
    parser.add_argument("--misses", type=int, default=0, metavar="K",
                        help="also list K missed and K false contradictions per system")
    parser.add_argument("--rules", type=Path, metavar="DIR",
                        help="factcheck's rules (default CORPUS_DIR/rules; see bench/more_rules.py); accuracy "
                             "counts the corpus's own rules only")
    parser.add_argument("--cache", action="store_true",
                        help="also time a first run that fills factcheck's cache and a second one served by it")
    parser.add_argument("--floor", action="store_true", help=argparse.SUPPRESS)  # the floor's child process
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    if args.floor:
        floor(corpus / "articles")
        return
    truth_data = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    truth = read_truth_shaped("truth", truth_data)
    corpus_bytes = sum(p.stat().st_size for p in (corpus / "articles").glob("*.txt"))
    megabytes = corpus_bytes / 1e6

    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as scratch:
        work = Path(scratch)  # the children's working directory: no config, caches land here
        compiled_bytecode(work / "pycache")
        floor_run = measure("floor", [sys.executable, str(Path(__file__).resolve()), str(corpus), "--floor"],
                            args.runs, work / "floor.json", work)
        floor_bytes = json.loads((work / "floor.json").read_text(encoding="utf-8"))["bytes"]
        if floor_bytes != corpus_bytes:  # the floor must have done the work it is credited with
            raise SystemExit(f"the floor read {floor_bytes} bytes, the corpus has {corpus_bytes}")
        measurements = [floor_run]
        systems = []
        if not args.skip_baseline:
            command = [sys.executable, str(HERE / "baseline.py"), str(corpus), "--output", str(work / "baseline.json"),
                       "--workers", str(args.workers or 1)]
            measurements.append(measure("baseline", command, 1, work / "baseline.out", work))
            baseline = read_truth_shaped("baseline", json.loads((work / "baseline.json").read_text(encoding="utf-8")))
        command, notes = factcheck_command(corpus, args.workers, args.rules)
        measurements.append(measure("factcheck", command, args.runs, work / "factcheck.json", work, accepted=(0, 1)))
        systems.append(read_factcheck(work / "factcheck.json", set(truth_data["rules"])))
        if args.cache:
            cached, _ = factcheck_command(corpus, args.workers, args.rules, cache=True)
            first, second = measure_cache(cached, args.runs, work)
            measurements += [first, second]
            ratio = f"{second.median / first.median:.2f}"
        if not args.skip_baseline:
            systems.append(baseline)

    articles = len(truth_data["articles"])
    print(f"corpus: {corpus} — {articles} articles, {megabytes:.1f} MB, "
          f"{len(truth_data['rules'])} rules, {len(truth.contradicts)} planted contradictions")
    print(f"factcheck: {' '.join(Path(c).name if i == 0 else c for i, c in enumerate(command))}"
          f"{'  (options used: ' + ', '.join(notes) + ')' if notes else ''}\n")
    print(f"load average before the runs: {load_before}, after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print(speed_table(measurements, megabytes, floor_run))
    if args.cache:
        print(f"\nsecond run / first run with the cache: {ratio}")
    print()
    print(accuracy_tables(truth_data, truth, systems))
    if args.misses:
        for system in systems:
            print()
            print(misses(system, truth, truth_data, args.misses))


if __name__ == "__main__":
    main()
