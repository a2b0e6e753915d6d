"""Tables derived from CLDR, kept on disk between runs.

Some tables take far longer to derive than to read: the number words of every language
with hand tables, merged with CLDR's unit, currency and multiplier names, take a quarter
of a second to build, which is half of a small run, and a hundredth of that to unpickle.
Such a table is built once and kept in the user's cache folder
(``$XDG_CACHE_HOME/factcheck``, by default ``~/.cache/factcheck``), under a key made of
everything it is derived from: factcheck's version and its own files (an edited install
counts), the versions of Babel (CLDR), anyascii and OpenCC, and Python's.

The folder is a convenience, never a requirement: a folder that cannot be written, a
file that cannot be read or a file that does not unpickle means the table is built as if
it had never been kept, and no error is reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from . import __version__

_T = TypeVar("_T")


@lru_cache(maxsize=1)
def code_identity() -> str:
    """The package's own files (size and modification time): an edited install, not
    only a new version, must not be served what older code derived."""
    package = Path(__file__).parent
    stats = sorted((str(p.relative_to(package)), p.stat().st_size, p.stat().st_mtime_ns)
                   for p in package.rglob("*.py"))
    return hashlib.sha256(repr(stats).encode()).hexdigest()


def folder() -> Path:
    """Where derived tables are kept: ``$XDG_CACHE_HOME/factcheck``, or
    ``~/.cache/factcheck`` when that variable is unset or not an absolute path (as the
    XDG base directory specification asks)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return root / "factcheck"


@lru_cache(maxsize=1)
def _identity() -> str:
    import anyascii
    import babel

    parts = (__version__, code_identity(), babel.__version__, getattr(anyascii, "__version__", ""),
             _version("opencc-python-reimplemented"), sys.version, pickle.HIGHEST_PROTOCOL)
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:24]


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return ""


def stored(name: str, build: Callable[[], _T]) -> _T:
    """The table ``name`` as kept on disk for this code and these libraries, or built by
    ``build()`` and kept for the next run (replacing any kept for other versions)."""
    try:
        place = folder()
        path = place / f"{name}-{_identity()}.pickle"
    except (OSError, RuntimeError):  # no home folder to be found
        return build()
    # Absent, unreadable or damaged (pickle raises almost anything): built as if never kept.
    with contextlib.suppress(Exception), path.open("rb") as stream:
        return pickle.load(stream)  # type: ignore[no-any-return]
    table = build()
    _keep(place, path, name, table)
    return table


def _keep(place: Path, path: Path, name: str, table: object) -> None:
    from .atomic import write_atomically
    from .errors import OutputError

    try:
        write_atomically(path, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
        for old in place.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, OutputError, pickle.PicklingError):
        pass
