"""The corpus layer's contract: load options, the loader protocol and the load result.

Kept apart from the loading code so that a loader plugin can import these types
without pulling in the collector.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..model import Article, SourceError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class LoadOptions:
    """How a corpus is read.

    :param root: source names are shown relative to this folder when the file lies
        inside it (``seeds/hr-x.txt``), so that reports do not depend on where the
        command was started.
    :param languages: candidate languages for detection (the ``languages`` setting);
        ``None`` lets the detector choose from every language it has a model for.
    :param json_fields: field names of ``.json``/``.jsonl`` records, mapped from ours
        to theirs: ``{"text": "body", "published": "date"}``.
    :param max_bytes: a larger file is a source error, so a huge file cannot stall a run.
    :param follow_symlinks: follow symbolic links that lead out of the corpus folder.
    """

    root: Path = Path(".")
    languages: list[str] | None = None
    json_fields: dict[str, str] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES
    follow_symlinks: bool = False


@runtime_checkable
class ArticleLoader(Protocol):
    """Turns one corpus file into sources; registered with ``factcheck_register_loaders``.

    ``load`` receives the file's decoded text (newlines normalised to ``\\n``) and its
    display name, and returns its articles. It raises :class:`checker.errors.SourceReadError`
    when the whole file is unusable; when only a part is (one bad JSON Lines record), it
    returns a :class:`checker.model.SourceError` for that part among the articles.
    """

    name: str
    suffixes: tuple[str, ...]

    def load(
        self, path: Path, text: str, source: str, options: LoadOptions
    ) -> list[Article | SourceError]: ...


@dataclass
class CorpusLoad:
    """What reading a corpus produced: sources, sources that failed, and warnings
    about the corpus as a whole (unused manifest entries, undetectable languages)."""

    articles: list[Article]
    errors: list[SourceError]
    warnings: list[str] = field(default_factory=list)
