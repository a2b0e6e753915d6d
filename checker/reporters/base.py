"""What every reporter shares: a stream to write to and the run's configuration.

A reporter is created per run by the factory it registered, then registered as a
plugin for that run, so it can implement any hook; most only need
``factcheck_sessionfinish``, which :class:`Reporter` implements by writing
:meth:`Reporter.render` to the stream.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from .. import hookimpl

if TYPE_CHECKING:
    from ..model import RunReport


class Reporter:
    """Base of the built-in reporters; plugins may use it or write their own."""

    name = "reporter"

    def __init__(self, config: Any, stream: TextIO) -> None:
        self.config = config
        self.stream = stream

    def render(self, report: RunReport) -> str:
        """The whole report as text."""
        raise NotImplementedError

    @hookimpl
    def factcheck_sessionfinish(self, report: RunReport) -> None:
        self.stream.write(self.render(report))
        self.stream.flush()
