"""What the property-based and hostile-input tests share: the example budget, a hang
detector, and the command line run in-process under it."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator

from click.testing import CliRunner
from hypothesis import HealthCheck, settings

from checker.cli import main

HANG_SECONDS = 10


def budget(ci: int) -> int:
    """Examples for a property that runs ``ci`` examples in CI, scaled by
    ``FACTCHECK_FUZZ_EXAMPLES`` (the count the main properties run; CI's is 100)."""
    scale = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES") or 100)
    return max(1, ci * scale // 100)


def fuzz_settings(ci: int) -> settings:
    return settings(max_examples=budget(ci), deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large, HealthCheck.large_base_example])


class Hang(BaseException):
    """Raised by the hang detector; a BaseException, so no ``except Exception`` in the
    product can swallow it."""


@contextlib.contextmanager
def hang_detector(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Fail with :class:`Hang` if the block is still running after ``seconds`` (a hang
    detector, never a speed assertion)."""
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds}s: a hang")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def invoke(*args: str) -> tuple[int, str, str]:
    """``factcheck ARGS`` in-process, under the hang detector."""
    with hang_detector():
        result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr
