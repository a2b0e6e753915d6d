"""Progress for long runs on a terminal: sources checked, rate and time left.

Shown on standard error, only when it is a terminal and ``CI`` is not set, so logs and
pipes stay clean; the line is erased before the report is written.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, TextIO

from . import hookimpl

INTERVAL_S = 0.25


class Progress:
    """Counts checked sources; redraws one line at most every :data:`INTERVAL_S`."""

    def __init__(self, stream: TextIO, clock: Any = time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.total = 0
        self.rules = 0
        self.done = 0
        self.started = 0.0
        self.shown_at = 0.0
        self.width = 0

    def start(self, rules: int, sources: int) -> None:
        self.total, self.rules, self.started = sources, rules, self.clock()

    def tick(self) -> None:
        self.done += 1
        now = self.clock()
        if now - self.shown_at >= INTERVAL_S:
            self.shown_at = now
            self.show(self.line(now))

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        text = f"checked {self.done}"
        if self.total and self.done <= self.total:
            text += f"/{self.total} files"
            left = (self.total - self.done) / rate if rate else 0
            text += f", {rate:.0f}/s, {int(left // 60)}:{int(left % 60):02d} left"
        else:
            text += f" sources, {rate:.0f}/s"
        return f"{text} ({self.rules} rules)"

    def show(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self.width))
        self.width = len(text)
        self.stream.flush()

    def clear(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def wanted(stream: TextIO) -> bool:
    return stream.isatty() and not os.environ.get("CI")


class ProgressPlugin:
    """The built-in progress display, as a plugin on the run's hooks."""

    def __init__(self) -> None:
        self.progress: Progress | None = None

    @hookimpl
    def factcheck_sessionstart(self, config: Any, rules: list, sources: int) -> None:
        quiet = getattr(config, "verbosity", 0) < 0
        self.progress = Progress(sys.stderr) if wanted(sys.stderr) and not quiet else None
        if self.progress:
            self.progress.start(len(rules), sources)

    @hookimpl
    def factcheck_article_checked(self) -> None:
        if self.progress:
            self.progress.tick()

    @hookimpl(tryfirst=True)
    def factcheck_sessionfinish(self) -> None:
        if self.progress:
            self.progress.clear()
            self.progress = None


def make_plugin() -> ProgressPlugin:
    """A fresh display for each plugin host (the host calls this for built-ins)."""
    return ProgressPlugin()
