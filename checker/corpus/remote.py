"""Corpus files named by URL (``s3://bucket/seeds/``, ``gs://...``, ``file:///...``),
found and read through fsspec, so that a corpus can live in object storage that every
worker of a cluster reaches.

A URL corpus is read the way a local folder is: recursively, hidden entries skipped,
``corpus.yaml`` manifests applied (the nearest one wins field by field, unused entries
warned about), binary, empty and oversize files refused with the same reasons. Source
names are the URLs as given, extended by each file's path below them
(``s3://bucket/seeds/hr-x.txt``). Object storage has no symbolic links, so the link rules
do not apply.

fsspec and the file system's own package (s3fs for ``s3://``) are imported only when a
URL is used: a local run never loads them. Options for the file system (an endpoint,
credentials, a profile) come from the :data:`STORAGE_OPTIONS_ENV` environment variable,
a JSON object passed to it as keyword arguments, and travel with each file to whichever
process reads it, so workers need not be configured alike.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Self

from ..errors import SourceReadError, UsageError
from ..model import SourceError
from .base import ArticleLoader
from .collect import FileJob, loader_for
from .decode import _oversize
from .manifest import MANIFEST_NAME, Manifest, read_manifest

STORAGE_OPTIONS_ENV = "FACTCHECK_STORAGE_OPTIONS"
INSTALL_HINT = 'pip install "factcheck-desk[dask]"'
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: object) -> bool:
    """Is ``path`` a URL (``scheme://...``) rather than a local path?"""
    return isinstance(path, str) and _SCHEME.match(path) is not None


class RemoteFile(str):
    """A corpus file's URL, with the storage options to open it.

    A string, so that a :class:`FileJob` whose path is one says "not a local file" and
    the text is the source name as given. It answers ``name`` and ``parent`` as a path
    does, which is all that loaders and the manifest reader ask of a path.
    """

    storage_options: dict[str, Any]

    def __new__(cls, url: str, storage_options: dict[str, Any]) -> Self:
        self = super().__new__(cls, url)
        self.storage_options = storage_options
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return RemoteFile, (str(self), self.storage_options)

    @property
    def name(self) -> str:
        return self.rstrip("/").rsplit("/", 1)[-1]

    @property
    def parent(self) -> RemoteFile:
        return RemoteFile(self.rstrip("/").rsplit("/", 1)[0], self.storage_options)


@dataclass
class RemoteCorpus:
    """What listing the URLs found: files to read, URLs that failed, warnings."""

    jobs: list[FileJob] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def storage_options() -> dict[str, Any]:
    """The file system options of :data:`STORAGE_OPTIONS_ENV` (none when unset)."""
    text = os.environ.get(STORAGE_OPTIONS_ENV, "").strip()
    if not text:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{STORAGE_OPTIONS_ENV} is not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise UsageError(f"{STORAGE_OPTIONS_ENV} must be a JSON object of file system options")
    return value


def discover(urls: Sequence[str], loaders: list[ArticleLoader], max_bytes: int) -> RemoteCorpus:
    """List the files under each URL (a folder or prefix, read recursively, or one file),
    each once, with the metadata its manifests give it.

    Raises :class:`UsageError` when a URL cannot be opened at all (fsspec or the file
    system's package missing, an unknown scheme, bad options) and
    :class:`checker.errors.CollectionError` for a malformed ``corpus.yaml``.
    """
    options = storage_options()
    found = RemoteCorpus()
    seen: set[str] = set()
    for url in urls:
        fs, root = _filesystem(url, options)
        try:
            if fs.isdir(root):
                listing = sorted(fs.find(root))
            elif fs.isfile(root):
                listing = None
            else:
                found.errors.append(SourceError(url, "no such file or directory"))
                continue
        except Exception as exc:  # each file system raises its own kinds (botocore's, HTTP's)
            found.errors.append(SourceError(url, f"cannot read folder: {_reason(exc)}"))
            continue
        if listing is None:
            _add_file(fs, url, root, options, max_bytes, found, seen)
        else:
            _add_folder(fs, url, root, listing, options, loaders, max_bytes, found, seen)
    return found


def read_url(url: str, max_bytes: int) -> bytes:
    """A remote file's bytes (one ranged request), refusing oversize files and folders."""
    options = url.storage_options if isinstance(url, RemoteFile) else storage_options()
    try:
        from fsspec.core import url_to_fs  # type: ignore[import-untyped]  # fsspec ships no types

        fs, path = url_to_fs(url, **options)
        try:
            data = fs.cat_file(path, start=0, end=max_bytes + 1)
        except (FileNotFoundError, IsADirectoryError):
            raise
        except OSError:
            if fs.size(path) != 0:
                raise
            data = b""  # object storage refuses any range of an empty object
        if len(data) > max_bytes:
            raise SourceReadError(_oversize(fs.size(path), max_bytes))
    except SourceReadError:
        raise
    except FileNotFoundError:
        raise SourceReadError("no such file") from None
    except IsADirectoryError:
        raise SourceReadError("is a directory, not a file") from None
    except Exception as exc:  # each file system raises its own kinds (botocore's, HTTP's)
        raise SourceReadError(f"cannot read: {_reason(exc)}") from None
    return data


def _filesystem(url: str, options: dict[str, Any]) -> tuple[Any, str]:
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise UsageError(f"reading {url} needs fsspec: {INSTALL_HINT}") from None
    try:
        return url_to_fs(url, **options)
    except ImportError as exc:  # the file system's own package, s3fs say; fsspec names it
        raise UsageError(f"reading {url}: {_reason(exc)}") from None
    except Exception as exc:  # an unknown scheme, or options the file system refuses
        raise UsageError(f"cannot open {url}: {_reason(exc)}") from None


def _add_file(fs: Any, url: str, path: str, options: dict[str, Any], max_bytes: int, found: RemoteCorpus,
              seen: set[str]) -> None:
    """One file named by its URL: its own folder's manifest applies, as for a local file."""
    parent, _, name = path.rpartition("/")
    if name == MANIFEST_NAME or not _first_time(fs, path, seen):
        return
    try:
        beside = fs.isfile(f"{parent}/{MANIFEST_NAME}")
    except Exception:  # unreadable is as absent here: the file's own read will say why
        beside = False
    manifest = _manifest(url.rsplit("/", 1)[0], options, max_bytes) if beside else None
    entry = manifest.entries.get(name) if manifest else None
    found.jobs.append(FileJob(RemoteFile(url, options), url, dict(entry.values) if entry else {}))


def _add_folder(fs: Any, url: str, root: str, listing: list[str], options: dict[str, Any],
                loaders: list[ArticleLoader], max_bytes: int, found: RemoteCorpus, seen: set[str]) -> None:
    """Every loadable file under a folder, with its manifests' metadata; every manifest
    is checked, and its entries that name no file are warned about."""
    base, prefix = root.rstrip("/"), url.rstrip("/")
    files: list[str] = []
    manifests: dict[str, Manifest] = {}
    for path in listing:
        relative = path[len(base) + 1:] if path.startswith(base + "/") else ""
        parts = relative.split("/")
        if not relative or any(part.startswith(".") for part in parts):
            continue
        folder = "/".join(parts[:-1])
        if parts[-1] == MANIFEST_NAME:
            manifests[folder] = _manifest(_join(prefix, folder), options, max_bytes)
        elif loader_for(loaders, parts[-1]) and _first_time(fs, path, seen):
            files.append(relative)
    matched: set[tuple[str, str]] = set()
    for relative in files:
        parts = relative.split("/")
        values: dict[str, Any] = {}
        for depth in range(len(parts)):  # from the corpus folder down: the nearest wins
            folder = "/".join(parts[:depth])
            manifest = manifests.get(folder)
            entry = manifest.entries.get("/".join(parts[depth:])) if manifest else None
            if entry:
                matched.add((folder, entry.key))
                values.update(entry.values)
        source = _join(prefix, relative)
        found.jobs.append(FileJob(RemoteFile(source, options), source, values))
    for folder, manifest in sorted(manifests.items()):
        for key, entry in manifest.entries.items():
            if (folder, key) not in matched:
                found.warnings.append(f"{entry.location}: {key!r} names no file of the corpus")


def _manifest(folder_url: str, options: dict[str, Any], max_bytes: int) -> Manifest:
    """The ``corpus.yaml`` of a folder, read and checked as a local one is."""
    url = _join(folder_url, MANIFEST_NAME)
    return read_manifest(RemoteFile(url, options), url, max_bytes)  # type: ignore[arg-type]


def _first_time(fs: Any, path: str, seen: set[str]) -> bool:
    """Is this the first time the run reaches this file (a URL may be given twice, or
    inside another one given)?"""
    key = fs.unstrip_protocol(path)
    if key in seen:
        return False
    seen.add(key)
    return True


def _join(prefix: str, relative: str) -> str:
    return f"{prefix}/{relative}" if relative else prefix


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
