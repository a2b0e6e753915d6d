"""Work done beside the run by a forked copy of this process.

A run with ``--workers`` above one has cores to spare while it does what only one
process can do: listing the corpus while the rules are collected, writing half of a
large report while the other half is written. A :class:`Forked` child does such a piece
of work on its copy of everything the parent had (nothing is sent to it) and writes what
it produced to a temporary file, which the parent reads when it needs it. A child that
fails leaves nothing behind: the parent then does the work itself, so an error (a
malformed manifest, say) is raised exactly where and as it would be without the child.
"""

from __future__ import annotations

import os
import pickle
import signal
import tempfile
import threading
from collections.abc import Callable
from typing import IO, Any

_FAILED = 1


def available() -> bool:
    """Whether work can be forked off here: a system with ``fork`` and, as forking a
    process that runs threads may copy a lock some thread holds, no other thread."""
    return hasattr(os, "fork") and threading.active_count() == 1


class Forked:
    """``work`` run by a forked child, writing to the binary file it is given."""

    def __init__(self, work: Callable[[IO[bytes]], None]) -> None:
        self.file: IO[bytes] | None = None
        self.pid: int | None = None
        try:
            self.file = tempfile.TemporaryFile(prefix="factcheck-")  # noqa: SIM115 - outlives this call
            self.pid = os.fork()
        except OSError:  # no room for the file, or no process to spare: the parent does the work
            if self.file is not None:
                self.file.close()
            self.file = None
            return
        if self.pid == 0:  # the child: do the work, and never return into the run
            code = _FAILED
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
                work(self.file)
                self.file.flush()
                code = 0
            except BaseException:  # noqa: BLE001, S110 - the parent does the work itself
                pass
            finally:
                os._exit(code)

    def result(self) -> IO[bytes] | None:
        """What the child wrote, from its start, once it has finished; ``None`` if it
        failed or could not be started (the file is then closed). Read once."""
        if self.pid is None or self.file is None:
            return None
        _, status = os.waitpid(self.pid, 0)
        file, self.file = self.file, None
        if os.waitstatus_to_exitcode(status) != 0:
            file.close()
            return None
        file.seek(0)
        return file

    def cancel(self) -> None:
        """Stop the child, if it still runs, and drop what it wrote."""
        if self.pid is None or self.file is None:
            return
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        self.file.close()
        self.file = None


class ForkedValue:
    """A value computed by ``compute`` in a forked child and sent back pickled."""

    def __init__(self, compute: Callable[[], Any]) -> None:
        self.forked = Forked(lambda out: pickle.dump(compute(), out, protocol=pickle.HIGHEST_PROTOCOL))

    def get(self) -> tuple[bool, Any]:
        """``(True, value)`` once the child has finished, ``(False, None)`` if it failed."""
        file = self.forked.result()
        if file is None:
            return False, None
        with file:
            try:
                return True, pickle.load(file)  # written by our own child
            except Exception:  # noqa: BLE001 - the value could not be read: compute it here
                return False, None

    def cancel(self) -> None:
        self.forked.cancel()
