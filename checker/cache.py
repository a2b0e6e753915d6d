"""``.factcheck_cache/``: verdicts of unchanged corpus files, and what failed last time.

The verdicts of a run are kept in one file per rule set (``verdicts/<fingerprint>.pickle``),
keyed by everything that could change them: the rules as written, the factcheck and
plugin versions and the settings that shape extraction (the fingerprint), and per
corpus file its metadata and its signature — size, modification and change times,
inode — read with one ``stat``. An unchanged file is then neither read nor analysed
again; a file whose signature changed is read, and analysed only if its text changed
(its SHA-256 differs from the one kept): one changed article re-analyses only that
article. The file is written to a temporary name and renamed into place, so
concurrent runs never see half of it (the last run to finish wins), and the folder is
pruned to a size bound, the least recently written rule sets first.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import write_atomically
from .errors import OutputError
from .model import Article, Rule, SourceVerdict
from .stored import code_identity

CACHE_DIR = ".factcheck_cache"
MAX_BYTES = 512 * 1024 * 1024
# One file per rule set; verdict lists hold None for a plain silent verdict; each corpus
# file's entry pickled on its own and kept as bytes until it is needed.
FORMAT = 4


def fingerprint(rules: Sequence[Rule], plugins: Iterable[str], settings: Any) -> str:
    """A digest of what, besides an article, decides its verdicts."""
    digest = hashlib.sha256(f"factcheck {__version__} cache {FORMAT} {code_identity()}".encode())
    for rule in rules:
        digest.update(repr((rule.file, rule.id, rule.check, rule.threshold, _stable(rule.raw))).encode())
    for plugin in sorted(plugins):
        digest.update(plugin.encode())
    digest.update(repr(settings).encode())
    return digest.hexdigest()


def _stable(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((str(k), _stable(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_stable(v) for v in value)
    return value


def signature(path: Path | str) -> tuple[int, ...] | None:
    """What changes whenever a local file's content may have: size, modification and
    change times (the change time cannot be set back by a program), inode and device.
    None for a URL or a file that cannot be examined."""
    if isinstance(path, str):
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Kept:
    """One article of a corpus file as the cache keeps it: the article without its
    text, the text's digest, the rules it was checked against and their verdicts."""

    article: Article
    digest: str
    wanted: tuple[int, ...]
    verdicts: list[SourceVerdict | None]


@dataclass
class _Entry:
    signature: tuple[int, ...]
    metadata: str
    articles: list[Kept]


class VerdictCache:
    """The verdicts of one rule set under ``root/.factcheck_cache/verdicts``."""

    def __init__(self, root: Path, rules_fingerprint: str, max_bytes: int | None = None) -> None:
        self.folder = root / CACHE_DIR / "verdicts"
        self.fingerprint = rules_fingerprint
        self.path = self.folder / f"{rules_fingerprint}.pickle"
        self.max_bytes = MAX_BYTES if max_bytes is None else max_bytes
        self.hits = 0
        self.misses = 0
        self.warnings: list[str] = []
        # Each corpus file's entry, pickled: a corpus of 100,000 files keeps about 2 KB per
        # file here instead of every kept verdict and article as objects.
        self._old: dict[str, bytes] = self._read()
        self._new: dict[str, bytes] = {}
        self._new_size = 0  # about the bytes of _new in the file
        self._too_big = False  # this run's entries passed the bound: none is kept any more
        self._changed = False  # a file was read and kept: the cache must be written
        self._last: tuple[str, _Entry | None] | None = None  # the entry unpickled last

    def _read(self) -> dict[str, bytes]:
        try:
            with open(self.path, "rb") as stream:
                stored_fingerprint, entries = pickle.load(stream)
        except FileNotFoundError:
            return {}
        except Exception:  # a damaged cache is an empty one, and is overwritten
            return {}
        return entries if stored_fingerprint == self.fingerprint and isinstance(entries, dict) else {}

    def _entry(self, source: str) -> _Entry | None:
        """The kept entry of a corpus file, unpickled (the last one is remembered: a
        JSON Lines file's articles are looked up one after the other)."""
        if self._last is not None and self._last[0] == source:
            return self._last[1]
        data = self._old.get(source)
        entry = None
        if data is not None:
            try:
                entry = pickle.loads(data)
            except Exception:  # a damaged entry is a missing one
                entry = None
        entry = entry if isinstance(entry, _Entry) else None
        self._last = (source, entry)
        return entry

    # -- a corpus file, before it is read ------------------------------------------------
    def recall(self, source: str, metadata: dict[str, Any], path: Path | str,
               wanted: Any) -> list[tuple[Article, tuple[int, ...], list[SourceVerdict | None]]] | None:
        """The articles of an unchanged corpus file with their verdicts, if every one is
        kept for the rules ``wanted(article)`` selects; else None (the file is read)."""
        entry = self._entry(source)
        if entry is None or entry.metadata != repr(metadata) or entry.signature != signature(path):
            return None
        found = []
        for kept in entry.articles:
            rules = tuple(wanted(kept.article))
            verdicts = _select(kept, rules)
            if verdicts is None:
                return None
            found.append((kept.article, rules, verdicts))
        self.hits += len(found)
        self._add(source, self._old[source])
        return found

    # -- a corpus file, once read --------------------------------------------------------
    def lookup(self, source: str, index: int, digest: str, wanted: Sequence[int]) -> list[SourceVerdict | None] | None:
        """The verdicts kept for article ``index`` of a corpus file whose signature
        changed but whose text (``digest``) did not."""
        entry = self._entry(source)
        kept = entry.articles[index] if entry is not None and index < len(entry.articles) else None
        verdicts = _select(kept, tuple(wanted)) if kept is not None and kept.digest == digest else None
        if verdicts is None:
            self.misses += 1
        else:
            self.hits += 1
        return verdicts

    def keep(self, source: str, metadata: dict[str, Any], file_signature: tuple[int, ...] | None,
             articles: list[Kept]) -> None:
        """Remember a corpus file read in this run (a file that could not be examined, or
        a URL, is not kept)."""
        if file_signature is None or self._too_big:
            return
        try:
            data = pickle.dumps(_Entry(file_signature, repr(metadata), articles), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # a plugin's value that cannot be pickled: the file is read again next time
            return
        self._add(source, data)
        self._changed = True

    def _add(self, source: str, data: bytes) -> None:
        """Keep a file's entry for the file this run writes, while the entries fit the
        size bound; past it none is kept (the file would not be written), so that a
        corpus too large to cache does not fill memory with its entries."""
        if self._too_big:
            return
        self._new[source] = data
        self._new_size += _size({source: data})
        if self._new_size > self.max_bytes:
            self._too_big = True
            self._new.clear()

    def save(self) -> None:
        """Write this run's entries (and the earlier ones of files this run did not
        read, while they fit the size bound), then prune other rule sets' files."""
        if self._too_big:
            self.warnings.append(f"the verdict cache would take more than its {self.max_bytes // 2**20} MiB "
                                 "bound; not written")
            return
        if not self._changed:
            return  # every file came from the cache as it is
        entries = dict(self._new)  # within the bound: _add saw to it
        others = {k: v for k, v in self._old.items() if k not in entries}
        if others and self._new_size + _size(others) <= self.max_bytes:
            entries.update(others)  # earlier files this run did not read, while they fit
        try:  # pickled straight into the file: the entries are not copied into one more buffer
            write_atomically(self.path, lambda stream: pickle.dump((self.fingerprint, entries), stream,
                                                                   protocol=pickle.HIGHEST_PROTOCOL))
        except OutputError as exc:
            self.warnings.append(f"{exc}; the run goes on without the cache")
            return
        self.prune()

    def prune(self) -> None:
        """Remove the least recently written rule sets while the folder is larger than
        its bound."""
        entries = []
        total = 0
        for path in self.folder.glob("*.pickle"):
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((stat.st_mtime, stat.st_size, path))
            total += stat.st_size
        for _, size, path in sorted(entries):
            if total <= self.max_bytes or path == self.path:
                continue
            path.unlink(missing_ok=True)
            total -= size


def _size(entries: dict[str, bytes]) -> int:
    """About the bytes ``entries`` take in the cache file."""
    return sum(map(len, entries.values())) + sum(map(len, entries)) + 16 * len(entries)


def _select(kept: Kept, wanted: tuple[int, ...]) -> list[SourceVerdict | None] | None:
    """The kept verdicts for ``wanted`` rules: all of them, or a subset (a ``-k`` run
    after a full one); None when a wanted rule was not checked then."""
    if kept.wanted == wanted:
        return kept.verdicts
    positions = {rule: i for i, rule in enumerate(kept.wanted)}
    if not all(rule in positions for rule in wanted):
        return None
    return [kept.verdicts[positions[rule]] for rule in wanted]


class LastFailed:
    """The rule × source pairs that failed in the last run (``--lf``, ``--ff``)."""

    def __init__(self, root: Path) -> None:
        self.path = root / CACHE_DIR / "lastfailed.json"

    def read(self) -> set[str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return set()
        return {str(item) for item in data} if isinstance(data, list) else set()

    def write(self, failed: Iterable[str]) -> None:
        write_atomically(self.path, json.dumps(sorted(set(failed)), indent=1).encode())
