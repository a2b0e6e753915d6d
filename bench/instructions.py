"""Count the instructions one `factcheck run` executes on a corpus: a measure of the work a
change adds or saves that the machine's load does not move, where wall and CPU times
between two identical runs differ by a sixth on a shared machine.

``python bench/instructions.py CORPUS_DIR [TREE ...]`` runs factcheck from each source
TREE (a checkout or a ``git worktree``; the repository by default) over CORPUS_DIR's
articles with its rules, under Valgrind's cachegrind without its cache simulation, and
prints the instructions each run executed. Each tree runs once first outside Valgrind,
so that the tables it keeps on disk (``checker/stored.py``) are built before it is
counted, and with ``PYTHONHASHSEED=0``, so that two counts of one tree agree to a
hundredth of a per cent. Trees run one after the other: Valgrind serialises a process's
threads, and a run beside another waits, which counts as work.

The 1k corpus takes about a minute and a half per tree (Valgrind runs Python some
fifty times slower); start-up alone is counted on a corpus of one article.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_COUNT = re.compile(r"I\s+refs:\s+([\d,]+)")


def command(corpus: Path, output: Path) -> list[str]:
    return [sys.executable, "-m", "checker", "run", str(corpus / "rules"), "--corpus", str(corpus / "articles"),
            "--format", "json", "--no-cache", "--output", str(output)]


def count(tree: Path, corpus: Path) -> int:
    """The instructions of one run of factcheck from ``tree`` over ``corpus``."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "report.json"
        # run from the scratch folder: "python -m" puts the working folder first on the path
        subprocess.run(command(corpus, output), env=env, cwd=scratch, check=False, capture_output=True)  # its tables
        found = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                                f"--cachegrind-out-file={Path(scratch) / 'cachegrind.out'}",
                                *command(corpus, output)], env=env, cwd=scratch, check=False,
                               capture_output=True, text=True)
    match = _COUNT.search(found.stderr)
    if match is None:
        raise SystemExit(f"instructions.py: no count from Valgrind for {tree}:\n{found.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("trees", type=Path, nargs="*", metavar="TREE", help="source trees to count (default: this one)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed (Debian: apt-get install valgrind)")
    if not (args.corpus / "rules").is_dir() or not (args.corpus / "articles").is_dir():
        parser.error(f"{args.corpus} holds no rules/ and articles/ (write one with bench/make_corpus.py)")
    args.corpus = args.corpus.resolve()
    trees = [tree.resolve() for tree in args.trees] or [ROOT]
    counts = {tree: count(tree, args.corpus) for tree in trees}
    first = counts[trees[0]]
    for tree, found in counts.items():
        print(f"{found:>16,}  {found / first:6.3f}  {tree}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
