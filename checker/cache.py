"""``.factcheck_cache/``: verdicts of unchanged corpus files, and what failed last time.

The verdicts of a run are kept in one SQLite database (``verdicts.sqlite``), one row per
rule set and corpus file, keyed by everything that could change them: the rules as
written, the factcheck and plugin versions and the settings that shape extraction (the
rule set's fingerprint), and per corpus file its metadata and its signature — size,
modification and change times, inode — read with one ``stat``. An unchanged file is then
neither read nor analysed again; a file whose signature changed is read, and analysed
only if its text changed (its SHA-256 differs from the one kept): one changed article
re-analyses only that article.

Rows are written as the run goes, a few thousand at a time, each batch one transaction:
a run holds no more than a batch in memory whatever the corpus's size, concurrent runs
each add their own rows (SQLite locks the file while one writes), and a run that is
interrupted keeps what it wrote. The database has a size bound: past it, the rows
least recently written or served go first, other rule sets' before this run's.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import write_atomically
from .model import Article, Rule, SourceVerdict
from .stored import code_identity, dependency_versions

CACHE_DIR = ".factcheck_cache"
DATABASE = "verdicts.sqlite"
MAX_BYTES = 512 * 1024 * 1024
# Verdict lists hold None for a plain silent verdict; each corpus file's entry pickled
# on its own, one row per rule set and file.
FORMAT = 5
BATCH_BYTES = 4 * 1024 * 1024  # rows written at once
BUSY_SECONDS = 60.0  # how long to wait while another run writes
RECENT_NS = 24 * 3600 * 10**9  # a row served again within a day is not marked as used again
# Connections a forked worker inherited from its parent: SQLite forbids using one in
# the child, and closing it there could release the locks of the child's own.
_INHERITED: list[Any] = []


def fingerprint(rules: Sequence[Rule], plugins: Iterable[str], settings: Any) -> str:
    """A digest of what, besides an article, decides its verdicts."""
    digest = hashlib.sha256(f"factcheck {__version__} cache {FORMAT} {code_identity()}".encode())
    digest.update(repr(dependency_versions()).encode())  # a new Babel reads other dates
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


def article_digest(article: Article) -> str:
    """A digest of an article's text and of what its file says about it beside the text:
    its language and publication date (which date "yesterday" and choose a year), where
    the text begins in the file (evidence points at lines), its title, outlet and address,
    and the metadata a loader gave. A front matter whose date alone changed is read again."""
    digest = hashlib.sha256(article.text.encode("utf-8", "surrogatepass"))
    digest.update(repr((article.language, article.language_detected,
                        article.published.isoformat() if article.published else None, article.line_base,
                        article.title, article.outlet, article.url,
                        sorted((str(k), repr(v)) for k, v in article.meta.items()))).encode())
    return digest.hexdigest()


@dataclass
class Kept:
    """One article of a corpus file as the cache keeps it: the article without its
    text, its digest (:func:`article_digest`), the rules it was checked against and their verdicts."""

    article: Article
    digest: str
    wanted: tuple[int, ...]
    verdicts: list[SourceVerdict | None]


@dataclass
class _Row:
    """A corpus file's row: its signature and metadata (as text, compared without
    unpickling anything), per article the article (without its text), the text's
    digest and the rules it was checked against, the pickled verdicts (unpickled only
    when served) and when the row was last written or served."""

    signature: str
    metadata: str
    articles: list[tuple[Article, str, tuple[int, ...]]]
    verdicts: bytes
    used: int

    def verdict_lists(self) -> list[list[SourceVerdict | None]] | None:
        try:
            found = pickle.loads(self.verdicts)
        except Exception:  # a damaged row is a missing one
            return None
        return found if isinstance(found, list) and len(found) == len(self.articles) else None


class VerdictCache:
    """The verdicts of one rule set in ``root/.factcheck_cache/verdicts.sqlite``.

    Anything that goes wrong with the database (a damaged file, a full disk, no
    permission) costs time, never verdicts: a damaged database is replaced (a file that
    is not one at once, one with a malformed page when the page is read), and otherwise
    the run goes on without the cache and says so once.
    """

    def __init__(self, root: Path, rules_fingerprint: str, max_bytes: int | None = None) -> None:
        self.folder = root / CACHE_DIR
        self.path = self.folder / DATABASE
        self.fingerprint = rules_fingerprint
        self.max_bytes = MAX_BYTES if max_bytes is None else max_bytes
        self.warnings: list[str] = []
        self._stamp = time.time_ns()  # this run's rows are written and served at this time
        self._connection: Any = None  # opened on first use, in each process
        self._pid = 0  # the process that opened it: a forked worker opens its own
        self._broken = False  # the database cannot be used: the run goes on without it
        self._replaced = False  # a damaged database was removed
        # rows to write: source, signature, metadata, pickled articles and verdicts
        self._pending: list[tuple[str, str, str, bytes, bytes]] = []
        self._pending_bytes = 0
        self._served: list[str] = []  # sources served from the cache, to mark as used now
        self._dropped = 0  # this run's rows pruned for the size bound
        self._last: tuple[str, _Row | None] | None = None  # the row read last

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_connection": None, "_pid": 0}

    # -- the database ----------------------------------------------------------------------
    def _database(self, create: bool = False) -> Any:
        """The open database (None without one: it does not exist and ``create`` is
        false, or it cannot be used)."""
        if self._broken:
            return None
        if self._connection is not None:
            if self._pid == os.getpid():
                return self._connection
            _INHERITED.append(self._connection)  # a forked worker's copy: never used, never closed
            self._connection = None
        if not create and not self.path.exists():
            return None
        import sqlite3

        try:
            try:
                connection = self._open(sqlite3)
            except sqlite3.DatabaseError as exc:
                if type(exc) is not sqlite3.DatabaseError:  # locked, read-only, ...: not damaged
                    raise
                self.path.unlink(missing_ok=True)  # not a database, or a damaged one: only a cache
                connection = self._open(sqlite3)
        except (OSError, sqlite3.Error) as exc:
            self._fail(exc)
            return None
        self._connection, self._pid = connection, os.getpid()
        return connection

    def _open(self, sqlite3: Any) -> Any:
        self.folder.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        try:
            if connection.execute("PRAGMA user_version").fetchone()[0] != FORMAT:
                connection.execute("PRAGMA auto_vacuum = INCREMENTAL")  # takes effect on a new database only
                connection.execute("BEGIN IMMEDIATE")
                if connection.execute("PRAGMA user_version").fetchone()[0] != FORMAT:  # no other run did it
                    connection.execute("DROP TABLE IF EXISTS entries")
                    connection.execute("CREATE TABLE entries (rules TEXT NOT NULL, source TEXT NOT NULL, "
                                       "signature TEXT NOT NULL, metadata TEXT NOT NULL, used INTEGER NOT NULL, "
                                       "articles BLOB NOT NULL, verdicts BLOB NOT NULL, "
                                       "PRIMARY KEY (rules, source))")
                    connection.execute("CREATE INDEX entries_used ON entries (used)")
                    connection.execute(f"PRAGMA user_version = {FORMAT}")
                connection.execute("COMMIT")
                _remove_pickled(self.folder / "verdicts")
        except BaseException:
            connection.close()
            raise
        return connection

    def _fail(self, exc: Exception) -> None:
        """Go on without the cache, and say why; a damaged database (one that SQLite
        finds malformed, found only when a damaged page is read) is removed instead, once,
        and the next write makes a new one."""
        import sqlite3

        if type(exc) is sqlite3.DatabaseError and not self._replaced:
            self._replaced = True
            if self._connection is not None and self._pid == os.getpid():
                self._connection.close()
            self._connection, self._last = None, None
            try:
                self.path.unlink(missing_ok=True)
                return
            except OSError:
                pass
        if not self._broken:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.warnings.append(f"cannot use the verdict cache {self.path}: {reason}; the run goes on without it")
        self._broken = True
        self._pending.clear()
        self._served.clear()

    def _query(self, sql: str, *parameters: Any) -> Any:
        """The cursor of a query on the database (None without one)."""
        database = self._database()
        if database is None:
            return None
        import sqlite3

        try:
            return database.execute(sql, parameters)
        except sqlite3.Error as exc:
            self._fail(exc)
            return None

    def _row(self, source: str) -> _Row | None:
        """A corpus file's row (the last one is remembered: a JSON Lines file's articles
        are looked up one after the other)."""
        if self._last is not None and self._last[0] == source:
            return self._last[1]
        cursor = self._query("SELECT signature, metadata, articles, verdicts, used FROM entries "
                             "WHERE rules = ? AND source = ?", self.fingerprint, source)
        found = cursor.fetchone() if cursor is not None else None
        row = None
        if found is not None:
            try:
                row = _Row(found[0], found[1], pickle.loads(found[2]), found[3], found[4])
            except Exception:  # a damaged row is a missing one
                row = None
        self._last = (source, row)
        return row

    # -- corpus files, before they are read ----------------------------------------------
    def unchanged(self, files: Iterable[tuple[str, dict[str, Any], Path | str]]) -> set[str]:
        """The sources of the corpus files (source, metadata, path) whose rows were
        written for the same file and metadata, found in one pass over this rule set's
        rows without unpickling any: a run sorts its files by this first, and recalls
        each as its turn comes, so that it holds the verdicts of one at a time."""
        wanted = {source: (metadata, path) for source, metadata, path in files}
        cursor = self._query("SELECT source, signature, metadata FROM entries WHERE rules = ?", self.fingerprint)
        if not wanted or cursor is None:
            return set()
        found = set()
        for source, kept_signature, kept_metadata in cursor:
            file = wanted.get(source)
            if file is not None and kept_metadata == repr(file[0]) and kept_signature == repr(signature(file[1])):
                found.add(source)
        return found

    def recall(self, source: str, metadata: dict[str, Any], path: Path | str,
               wanted: Any) -> list[tuple[Article, tuple[int, ...], list[SourceVerdict | None]]] | None:
        """The articles of an unchanged corpus file with their verdicts, if every one is
        kept for the rules ``wanted(article)`` selects; else None (the file is read)."""
        row = self._row(source)
        if row is None or row.metadata != repr(metadata) or row.signature != repr(signature(path)):
            return None
        chosen = []
        for article, _, kept in row.articles:
            rules = tuple(wanted(article))
            positions = _positions(kept, rules)
            if positions is None:
                return None
            chosen.append((article, rules, positions))
        verdicts = row.verdict_lists()
        if verdicts is None:
            return None
        if row.used < self._stamp - RECENT_NS:  # rows served again within a day keep their time
            self._served.append(source)
            if len(self._served) >= BATCH_BYTES // 256:
                self._write()
        return [(article, rules, _pick(kept, positions)) for (article, rules, positions), kept in zip(chosen, verdicts)]

    # -- a corpus file, once read --------------------------------------------------------
    def lookup(self, source: str, index: int, digest: str, wanted: Sequence[int]) -> list[SourceVerdict | None] | None:
        """The verdicts kept for article ``index`` of a corpus file whose signature
        changed but whose text (``digest``) did not."""
        row = self._row(source)
        if row is None or index >= len(row.articles) or row.articles[index][1] != digest:
            return None
        positions = _positions(row.articles[index][2], tuple(wanted))
        verdicts = row.verdict_lists() if positions is not None else None
        return _pick(verdicts[index], positions) if verdicts is not None and positions is not None else None

    def keep(self, source: str, metadata: dict[str, Any], file_signature: tuple[int, ...] | None,
             articles: list[Kept]) -> None:
        """Remember a corpus file read in this run (a file that could not be examined, or
        a URL, is not kept); rows are written a batch at a time."""
        if file_signature is None or self._broken:
            return
        try:
            data = (pickle.dumps([(kept.article, kept.digest, kept.wanted) for kept in articles],
                                 protocol=pickle.HIGHEST_PROTOCOL),
                    pickle.dumps([kept.verdicts for kept in articles], protocol=pickle.HIGHEST_PROTOCOL))
        except Exception:  # a plugin's value that cannot be pickled: the file is read again next time
            return
        self._pending.append((source, repr(file_signature), repr(metadata), *data))
        self._pending_bytes += len(data[0]) + len(data[1])
        if self._pending_bytes >= BATCH_BYTES:
            self._write()

    def save(self) -> None:
        """Write what is left of this run's rows, and say whether the size bound let
        some of them go."""
        self._write()
        if self._dropped:
            bound = f"{self.max_bytes / 2**20:g} MiB" if self.max_bytes >= 2**20 else f"{self.max_bytes // 1024} KiB"
            self.warnings.append(f"the verdict cache is bounded at {bound}: "
                                 f"{self._dropped} of this run's corpus files did not fit and will be read again")
        if self._connection is not None and self._pid == os.getpid():
            self._connection.close()
        self._connection = None

    def _write(self) -> None:
        """One transaction: the pending rows written, the served ones marked as used
        now, and the least recently used rows removed while the database is larger
        than its bound."""
        if not self._pending and not self._served:
            return
        database = self._database(create=bool(self._pending))
        if database is None:
            self._pending.clear()
            self._served.clear()
            return
        import sqlite3

        try:
            database.execute("BEGIN IMMEDIATE")
            database.executemany("UPDATE entries SET used = ? WHERE rules = ? AND source = ?",
                                 ((self._stamp, self.fingerprint, source) for source in self._served))
            database.executemany("INSERT OR REPLACE INTO entries (rules, source, signature, metadata, articles, "
                                 "verdicts, used) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                 ((self.fingerprint, *row, self._stamp) for row in self._pending))
            self._prune(database)
            database.execute("COMMIT")
        except sqlite3.Error as exc:
            if database.in_transaction:
                database.rollback()
            self._fail(exc)
        self._pending.clear()
        self._pending_bytes = 0
        self._served.clear()

    def _prune(self, database: Any) -> None:
        """Remove the least recently used rows (other rule sets' and earlier runs'
        first, then this run's earliest) until the database is a tenth under its bound."""
        page_size, pages, free = (database.execute(f"PRAGMA {name}").fetchone()[0]
                                  for name in ("page_size", "page_count", "freelist_count"))
        excess = (pages - free) * page_size - self.max_bytes
        if excess <= 0:
            return
        excess += self.max_bytes // 10
        doomed, freed = [], 0
        rows = database.execute("SELECT rowid, used, length(articles) + length(verdicts) + length(source) "
                                "+ length(rules) + length(signature) + length(metadata) + 32 "
                                "FROM entries ORDER BY used, rowid")
        for rowid, used, size in rows:
            if freed >= excess:
                break
            doomed.append((rowid,))
            freed += size
            self._dropped += used == self._stamp
        rows.close()
        database.executemany("DELETE FROM entries WHERE rowid = ?", doomed)
        database.execute("PRAGMA incremental_vacuum")


def _remove_pickled(folder: Path) -> None:
    """The one-file-per-rule-set cache of earlier versions, which this database replaces."""
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if path.suffix in (".pickle", ".tmp"):
            path.unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        pass


def _positions(kept: tuple[int, ...], wanted: tuple[int, ...]) -> Sequence[int] | None:
    """Where the verdicts of ``wanted`` rules stand among those ``kept``: all of them in
    order (a range, the usual case), or a subset (a ``-k`` run after a full one); None
    when a wanted rule was not checked then."""
    if kept == wanted:
        return range(len(kept))
    where = {rule: i for i, rule in enumerate(kept)}
    if not all(rule in where for rule in wanted):
        return None
    return [where[rule] for rule in wanted]


def _pick(verdicts: list[SourceVerdict | None], positions: Sequence[int]) -> list[SourceVerdict | None]:
    return verdicts if isinstance(positions, range) else [verdicts[i] for i in positions]


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
