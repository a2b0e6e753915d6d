"""Errors that reach the user as one clear line, never as a traceback."""

from __future__ import annotations

from pathlib import Path

from .model import Location


def path_problem(path: Path) -> str | None:
    """Why a path the user named cannot be used, or None when it is there: "not found",
    or "cannot be read (Permission denied)" for one behind a folder or link that cannot
    be looked into."""
    try:
        return None if path.exists() else "not found"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"


class FactcheckError(Exception):
    """Base of the errors the command line turns into a message and an exit code."""

    exit_code = 3


class UsageError(FactcheckError):
    """A bad option or a path that does not exist (exit 4)."""

    exit_code = 4


class OutputError(FactcheckError):
    """A report or cache file that cannot be written (a full disk, no permission): exit 4,
    so that a gate never passes without its report."""

    exit_code = 4


class CollectionError(FactcheckError):
    """A rule file or local plugin that cannot be collected (exit 2).

    The message names the file, line and column: ``rules/x.yaml:3:5: unknown key ...``.
    """

    exit_code = 2

    def __init__(self, message: str, location: Location | None = None) -> None:
        self.location = location
        self.bare_message = message
        super().__init__(f"{location}: {message}" if location else message)


class RuleSchemaError(Exception):
    """Raised by a rule type's option parser: ``key`` names the offending key."""

    def __init__(self, message: str, key: str | None = None) -> None:
        self.key = key
        super().__init__(message)


class SourceReadError(Exception):
    """Raised by a loader for a source that cannot be read (binary, empty, too large)."""
