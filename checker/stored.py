"""Tables derived from CLDR, kept on disk between runs.

Some tables take far longer to derive than to read: the number words of every language
with hand tables, merged with CLDR's unit, currency and multiplier names, take a quarter
of a second to build, which is half of a small run, and a hundredth of that to unpickle.
Such a table is built once and kept in the user's cache folder
(``$XDG_CACHE_HOME/factcheck``, by default ``~/.cache/factcheck``), under a key made of
everything it is derived from: factcheck's version and its own files (an edited install
counts), the installed version of every library it needs (:func:`dependency_versions`:
Babel's CLDR, the segmenter, transliteration, ...), and Python's.

The folder is a convenience, never a requirement: a folder that cannot be written, a
file that cannot be read or a file that does not unpickle means the table is built as if
it had never been kept, and no error is reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import os
import pickle
import re
import sys
import types
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
    return _files_identity(Path(__file__).parent)


def source_identity(obj: object) -> str:
    """The same of the code that defines ``obj`` (a plugin: a module, a class or an
    instance): every file of its top-level package, or its one module. A plugin edited
    in place (an editable install, a module named with ``-p``) keeps its version; what
    its older code judged must not be served. Empty for code without files."""
    module = obj if isinstance(obj, types.ModuleType) else inspect.getmodule(obj)
    if module is None:
        return ""
    top = sys.modules.get(module.__name__.partition(".")[0], module)
    for candidate in (top, module):  # a namespace package has no file of its own
        if isinstance(where := getattr(candidate, "__file__", None), str):
            path = Path(where)
            return _files_identity(path.parent if path.name == "__init__.py" else path)
    return ""


def _files_identity(path: Path) -> str:
    try:
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        stats = [(str(p.relative_to(path)) if p != path else p.name, p.stat().st_size, p.stat().st_mtime_ns)
                 for p in files]
    except OSError:
        return ""
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
    parts = (__version__, code_identity(), dependency_versions(), sys.version, pickle.HIGHEST_PROTOCOL)
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:24]


DISTRIBUTION = "factcheck-desk"
_REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@lru_cache(maxsize=1)
def dependency_versions() -> tuple[tuple[str, str], ...]:
    """The installed version of each library factcheck needs to run (not its extras'):
    what it reads in an article depends on them (CLDR through Babel, the segmenter, the
    transliteration and fuzzy-matching tables, the calendars), so what was derived or
    judged with other versions is not served again. The requirements are the installed
    distribution's, or those of ``pyproject.toml`` for a source tree run uninstalled."""
    from importlib.metadata import PackageNotFoundError, requires

    try:
        required = requires(DISTRIBUTION) or []
    except PackageNotFoundError:
        required = _source_tree_requirements()
    names = sorted({found.group() for requirement in required if "extra ==" not in requirement
                    and (found := _REQUIREMENT_NAME.match(requirement))})
    return tuple((name, _version(name)) for name in names)


def _source_tree_requirements() -> list[str]:
    import tomllib

    try:
        with (Path(__file__).parent.parent / "pyproject.toml").open("rb") as handle:
            return list(tomllib.load(handle).get("project", {}).get("dependencies", []))
    except (OSError, tomllib.TOMLDecodeError):
        return []


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return ""


def stored(name: str, build: Callable[[], _T]) -> _T:
    """The table ``name`` as kept on disk for this code and these libraries, or built by
    ``build()`` and kept for the next run (:func:`_forget_old` bounds what is kept for
    other versions)."""
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


# Tables are kept for this many versions of the code and libraries, the most recently
# written: two installs used in turn (two virtual environments, a tree being edited)
# keep their own, and the folder stays bounded.
KEPT_IDENTITIES = 4


def _forget_old(place: Path) -> None:
    """Remove the tables of all but the :data:`KEPT_IDENTITIES` identities most
    recently written."""
    newest: dict[str, float] = {}
    files = []
    for kept in place.glob("*.pickle"):
        identity = kept.stem.rpartition("-")[2]
        with contextlib.suppress(OSError):
            written = kept.stat().st_mtime
            newest[identity] = max(newest.get(identity, 0.0), written)
            files.append((identity, kept))
    recent = set(sorted(newest, key=newest.__getitem__, reverse=True)[:KEPT_IDENTITIES])
    for identity, kept in files:
        if identity not in recent:
            kept.unlink(missing_ok=True)


def _keep(place: Path, path: Path, name: str, table: object) -> None:
    from .atomic import write_atomically
    from .errors import OutputError

    try:
        write_atomically(path, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
        _forget_old(place)
    except (OSError, OutputError, pickle.PicklingError):
        pass
