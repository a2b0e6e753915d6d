"""``.factcheck_cache/``: verdicts of unchanged articles, and what failed last time.

Verdicts are kept per article, keyed by everything that could change them: the
article's text and metadata, the selected rules as written, the factcheck and plugin
versions and the settings that shape extraction. An unchanged corpus is then read, but
not analysed, again; one changed article is analysed alone. Files are written to a
temporary name and renamed into place, so concurrent runs never see half a file, and
the cache is pruned to a size bound, oldest first.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from functools import lru_cache
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import write_atomically
from .errors import OutputError
from .model import Article, Rule, SourceVerdict

CACHE_DIR = ".factcheck_cache"
MAX_BYTES = 512 * 1024 * 1024
FORMAT = 2  # verdict lists hold None for a plain silent verdict


@lru_cache(maxsize=1)
def _code_identity() -> str:
    """The package's own files (size and modification time): an edited install, not
    only a new version, must not be served old verdicts."""
    package = Path(__file__).parent
    stats = sorted((str(p.relative_to(package)), p.stat().st_size, p.stat().st_mtime_ns)
                   for p in package.rglob("*.py"))
    return hashlib.sha256(repr(stats).encode()).hexdigest()


def fingerprint(rules: Sequence[Rule], plugins: Iterable[str], settings: Any) -> str:
    """A digest of what, besides an article, decides its verdicts."""
    digest = hashlib.sha256(f"factcheck {__version__} cache {FORMAT} {_code_identity()}".encode())
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


class VerdictCache:
    """Verdicts by article content under ``root/.factcheck_cache/verdicts``."""

    def __init__(self, root: Path, rules_fingerprint: str, max_bytes: int = MAX_BYTES) -> None:
        self.folder = root / CACHE_DIR / "verdicts"
        self.fingerprint = rules_fingerprint
        self.max_bytes = max_bytes
        self.hits = 0
        self.misses = 0
        self.warnings: list[str] = []
        self._writable = True

    def _key(self, article: Article, wanted: Sequence[int]) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(repr((article.source, article.language, article.published, article.line_base,
                            tuple(wanted))).encode())
        digest.update(article.text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def lookup(self, article: Article, wanted: Sequence[int]) -> list[SourceVerdict | None] | None:
        key = self._key(article, wanted)
        try:
            with open(self._path(key), "rb") as stream:
                stored_key, verdicts = pickle.load(stream)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # a damaged entry is a miss, and is overwritten
            self.misses += 1
            return None
        if stored_key != key:
            self.misses += 1
            return None
        self.hits += 1
        return verdicts

    def store(self, article: Article, wanted: Sequence[int], verdicts: list[SourceVerdict | None]) -> None:
        if not self._writable or not article.text:
            return
        key = self._key(article, wanted)
        path = self._path(key)
        if path.exists():
            return
        try:
            write_atomically(path, pickle.dumps((key, verdicts), protocol=pickle.HIGHEST_PROTOCOL))
        except OutputError as exc:
            self._writable = False
            self.warnings.append(f"{exc}; the run goes on without the cache")

    def prune(self) -> None:
        """Remove the oldest entries while the cache is larger than its bound."""
        if not self.folder.is_dir():
            return
        entries = []
        total = 0
        for path in self.folder.glob("*/*.pickle"):
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((stat.st_mtime, stat.st_size, path))
            total += stat.st_size
        if total <= self.max_bytes:
            return
        for _, size, path in sorted(entries):
            path.unlink(missing_ok=True)
            total -= size
            if total <= self.max_bytes * 0.8:
                break


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
