"""The progress line for long runs on a terminal."""

from __future__ import annotations

import io

import pytest

from checker.progress import Progress, wanted


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_shows_count_rate_and_time_left_then_erases_itself() -> None:
    stream, clock = io.StringIO(), FakeClock()
    progress = Progress(stream, clock)
    progress.start(rules=50, sources=100)
    for _ in range(25):
        clock.now += 0.5
        progress.tick()
    assert stream.getvalue().rsplit("\r", 1)[-1] == "checked 25/100 files, 2/s, 0:37 left (50 rules)"
    progress.clear()
    assert stream.getvalue().endswith("\r")


def test_redraws_are_rate_limited() -> None:
    stream, clock = io.StringIO(), FakeClock()
    progress = Progress(stream, clock)
    progress.start(rules=1, sources=1000)
    clock.now = 1.0
    for _ in range(500):
        progress.tick()
    assert stream.getvalue().count("\r") == 1


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_only_on_a_terminal_and_never_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert wanted(Terminal()) and not wanted(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not wanted(Terminal())
