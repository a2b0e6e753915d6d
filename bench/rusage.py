"""Run a command and write its wall time and resource usage as JSON: the measuring end
of ``bench/run.py``.

``python bench/rusage.py OUT.json COMMAND ...`` runs COMMAND (its output and exit code
pass through) and writes ``{"seconds", "cpu_seconds", "peak_mb"}`` to OUT.json. It
exists because Linux counts a process's memory before ``exec`` in its peak resident set
size: a child started by the benchmark itself, which holds a 100,000-article truth file,
would report the benchmark's memory as its own. Started from this small process, a
command's peak is its own (plus this launcher's few megabytes).
"""

from __future__ import annotations

import json
import os
import sys
import time


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        sys.stderr.write("usage: rusage.py OUT.json COMMAND [ARG ...]\n")
        return 2
    output, command = argv[0], argv[1:]
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: becomes the command
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    with open(output, "w", encoding="utf-8") as out:
        json.dump({"seconds": elapsed, "cpu_seconds": usage.ru_utime + usage.ru_stime,
                   "peak_mb": usage.ru_maxrss / 1024}, out)
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
