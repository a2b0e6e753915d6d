"""Reading a corpus: find the files, decode them, hand each to its loader, apply the
manifests, detect missing languages.

Everything is sorted, so the same corpus gives the same sources in the same order
whatever order the file system lists them in. Nothing is ever written: files are only
opened for reading.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import SourceReadError
from ..model import Article, SourceError
from ..text.normalise import replace_surrogates
from .base import ArticleLoader, CorpusLoad, LoadOptions
from .decode import decode_source, read_source
from .fields import fill_missing
from .language import detect_languages, undetectable_languages
from .manifest import MANIFEST_NAME, Manifest, read_manifest

if TYPE_CHECKING:
    from .remote import RemoteFile


@dataclass(frozen=True, slots=True)
class _File:
    """A corpus file as reached: its path as the user would write it, its absolute
    path, and the corpus folder whose manifests apply to it. Paths are strings: a
    corpus of 100,000 files is listed without a ``Path`` object per file."""

    path: str
    absolute: str
    corpus: Path
    real: str = ""  # the real path, when the walk knows it without asking the file system


@dataclass
class _Corpus:
    """The state of one load: its loaders and options, the manifests read so far and
    which of their entries were used, and what was loaded."""

    loaders: list[ArticleLoader]
    options: LoadOptions
    root: Path
    manifests: dict[Path, Manifest | None] = field(default_factory=dict)
    matched: set[tuple[Path, str]] = field(default_factory=set)
    walked: set[Path] = field(default_factory=set)
    chains: dict[tuple[str, Path], list[tuple[Path, Manifest]]] = field(default_factory=dict)
    errors: list[SourceError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def display(self, absolute: Path | str, path: Path | str) -> str:
        """The source name: relative to the root when inside it, else as given."""
        text, root = str(absolute), self._root_prefix
        if text.startswith(root):  # both are absolute and normalised: a string test will do
            return _posix(text[len(root):])
        if text == str(self.root):
            return "."
        return _posix(str(path))

    @property
    def _root_prefix(self) -> str:
        root = str(self.root)
        return root if root.endswith(os.sep) else root + os.sep

    def loader_for(self, name: str) -> ArticleLoader | None:
        return loader_for(self.loaders, name)


def loader_for(loaders: list[ArticleLoader], name: str) -> ArticleLoader | None:
    """The loader with the longest suffix that ``name`` ends with (``.rss.xml`` before
    ``.xml``), first registered winning a tie."""
    lower = name.lower()
    matches = [(len(s), -i, loader) for i, loader in enumerate(loaders) for s in loader.suffixes
               if lower.endswith(s.lower())]
    return max(matches, key=lambda match: match[:2])[2] if matches else None


@dataclass(frozen=True)
class FileJob:
    """One corpus file to read, with everything a worker process needs to read it: its
    path (a string for a URL: see :mod:`checker.corpus.remote`), its source name and the
    metadata its manifests give it."""

    path: Path | RemoteFile
    source: str
    metadata: dict[str, Any]


class CorpusReader:
    """Reads a corpus one file at a time, so a run holds one article's text at once.

    :meth:`jobs` lists the files to read (manifests are read here, once); each job is
    read by :func:`load_job`, in this process or another. Iterating the reader does
    both, yielding each :class:`Article` (or :class:`SourceError`) in the order of source
    names. ``errors`` holds what went wrong before any file was read; ``warnings`` about
    the corpus as a whole are complete once every job was listed. Raises
    :class:`checker.errors.CollectionError` for a malformed ``corpus.yaml``.
    """

    def __init__(self, paths: Sequence[Path | str], loaders: list[ArticleLoader], options: LoadOptions) -> None:
        corpus = _Corpus(loaders, options, _absolute(options.root))  # with the manifests: dropped once listed
        local = [path for path in paths if not isinstance(path, str)]
        found = _discover(local, corpus)  # (source, path, metadata, real path), in walking order
        found.sort(key=itemgetter(0))
        self._jobs: list[_Job] = []
        seen: set[str] = set()
        for source, path, metadata, real in found:
            if real not in seen:  # one file reached twice (a link, or named twice) is one source
                seen.add(real)
                self._jobs.append((source, path, metadata))
        del found, seen
        _warn_unmatched(corpus)
        urls = [path for path in paths if isinstance(path, str)]
        if urls:  # object storage and other fsspec file systems, imported only when named
            from .remote import discover

            remote = discover(urls, loaders, options.max_bytes)
            self._jobs += [(job.source, job.path, job.metadata) for job in remote.jobs]  # type: ignore[misc]
            self._jobs.sort(key=itemgetter(0))
            corpus.errors.extend(remote.errors)
            corpus.warnings.extend(remote.warnings)
        corpus.warnings.extend(undetectable_languages(options.languages))
        self.errors = corpus.errors
        self.warnings = corpus.warnings
        self.loaders = loaders
        self.options = options

    def listing(self) -> tuple[list[_Job], list[SourceError], list[str]]:
        """What listing found (the jobs, the errors, the warnings), to be sent to
        another process and made a reader again by :meth:`listed`."""
        return self._jobs, self.errors, self.warnings

    @classmethod
    def listed(cls, jobs: list[_Job], errors: list[SourceError], warnings: list[str], *,
               loaders: list[ArticleLoader], options: LoadOptions) -> CorpusReader:
        """A reader of what :meth:`listing` gave, without listing again."""
        reader = cls.__new__(cls)
        reader._jobs, reader.errors, reader.warnings = jobs, errors, warnings
        reader.loaders, reader.options = loaders, options
        return reader

    def __len__(self) -> int:
        """The number of files to read (a JSON Lines file may hold many sources)."""
        return len(self._jobs)

    def jobs(self) -> list[FileJob]:
        return [_file_job(job) for job in self._jobs]

    def take_jobs(self) -> JobQueue:
        """The listed jobs, handed over: the reader keeps none, and the queue lets each
        one go as it is taken, so that a run holds only the jobs still to check."""
        jobs, self._jobs = self._jobs, []
        return JobQueue(jobs)

    def __iter__(self) -> Iterator[Article | SourceError]:
        yield from self.errors
        for job in self.jobs():
            yield from load_job(job, self.loaders, self.options)


# A listed job as the reader keeps it: source name, path (a string for a local file, a
# RemoteFile for a URL) and metadata. A FileJob, with its Path, is made when handed over.
_Job = tuple[str, "str | RemoteFile", dict[str, Any]]


def _file_job(job: _Job) -> FileJob:
    source, path, metadata = job
    if type(path) is str:
        return FileJob(Path(path), source, metadata)
    return FileJob(path, source, metadata)  # type: ignore[arg-type] # a RemoteFile stays itself


class JobQueue:
    """The jobs of a corpus in the order of source names, each made when taken and let go
    from the queue: iterating it empties it."""

    def __init__(self, jobs: list[_Job]) -> None:
        jobs.reverse()
        self._jobs = jobs

    def __len__(self) -> int:
        return len(self._jobs)

    def __iter__(self) -> Iterator[FileJob]:
        jobs = self._jobs
        while jobs:
            yield _file_job(jobs.pop())


def load_job(job: FileJob, loaders: list[ArticleLoader], options: LoadOptions) -> list[Article | SourceError]:
    """Read one corpus file into its sources: decode, load, apply the manifest metadata
    and detect missing languages. Never raises for a bad file."""
    loaded = _load_file(job, loaders, options)
    for item in loaded:
        if isinstance(item, Article) and item.language is None:
            detect_languages([item], options.languages)
    return loaded


def load_corpus(paths: Sequence[Path | str], loaders: list[ArticleLoader], options: LoadOptions) -> CorpusLoad:
    """Read every source under ``paths`` (files, or folders read recursively) at once.

    Never raises for a bad source: it becomes a :class:`SourceError`. Raises
    :class:`checker.errors.CollectionError` for a malformed ``corpus.yaml``.
    """
    reader = CorpusReader(paths, loaders, options)
    items = list(reader)
    articles = [item for item in items if isinstance(item, Article)]
    errors = [item for item in items if isinstance(item, SourceError)]
    return CorpusLoad(articles, errors, reader.warnings)


def _posix(path: str) -> str:
    return path if os.sep == "/" else path.replace(os.sep, "/")


def _absolute(path: Path) -> Path:
    """Absolute and normalised, but with symbolic links kept, so names stay as written."""
    return Path(os.path.abspath(path))


def _discover(paths: list[Path], corpus: _Corpus) -> list[tuple[str, str, dict[str, Any], str]]:
    """Every file to read under ``paths``: its source name, its path as written, its
    manifest metadata and its real path (what tells one file reached twice)."""
    folders = [_absolute(p) for p in paths if _is_folder(p)]
    found: list[tuple[str, str, dict[str, Any], str]] = []
    for path in paths:
        absolute = _absolute(path)
        try:
            if path.is_dir():
                _walk(path, absolute, _outermost(absolute, folders), corpus, found, set())
            elif path.exists() or path.is_symlink():
                if path.name != MANIFEST_NAME:
                    outer = _outermost(absolute, folders)
                    _found(_File(str(path), str(absolute), outer if outer != absolute else absolute.parent),
                           corpus, found)
            else:
                corpus.errors.append(SourceError(corpus.display(absolute, path), "no such file or directory"))
        except OSError as exc:  # a path that cannot be looked at (a folder without permission on the way)
            corpus.errors.append(SourceError(corpus.display(absolute, path), f"cannot read: {exc.strerror or exc}"))
    return found


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # cannot be looked at: said when it is listed
        return False


def _found(file: _File, corpus: _Corpus, found: list[tuple[str, str, dict[str, Any], str]]) -> None:
    """Note a file to read, keeping only what the listing needs: a corpus of 100,000
    files holds four small fields per file while it is sorted."""
    found.append((corpus.display(file.absolute, file.path), file.path, _manifest_values(file, corpus),
                  file.real or os.path.realpath(file.absolute)))


def _outermost(absolute: Path, folders: list[Path]) -> Path:
    """The outermost given folder containing ``absolute`` (or itself): its corpus folder,
    the same whatever order the folders were given in."""
    containing = [folder for folder in folders if absolute.is_relative_to(folder)]
    return min(containing, key=lambda folder: len(folder.parts)) if containing else absolute


def _walk(path: Path, absolute: Path, corpus_folder: Path, corpus: _Corpus,
          found: list[tuple[str, str, dict[str, Any], str]], visited: set[str]) -> None:
    """Collect the loadable files under a folder, skipping hidden entries and the
    manifest, and refusing symbolic links that lead out of the corpus folder."""
    try:
        real = os.path.realpath(absolute)
    except OSError as exc:  # a link on the way that cannot be read (/proc/1/cwd)
        corpus.errors.append(SourceError(corpus.display(absolute, path), f"cannot read folder: {exc.strerror}"))
        return
    if real in visited:
        return  # a link back up the tree
    visited.add(real)
    corpus.walked.add(absolute)
    _manifest(absolute, corpus)  # checked even when no file of the folder needs it
    try:
        entries = sorted(os.scandir(absolute), key=lambda entry: entry.name)
    except OSError as exc:
        corpus.errors.append(SourceError(corpus.display(absolute, path), f"cannot read folder: {exc.strerror}"))
        return
    folder, folder_abs = str(path), str(absolute)
    folder = "" if folder == "." else folder  # Path("a") / "b" is "a/b", and Path(".") / "b" is "b"
    for entry in entries:
        name = entry.name
        if name.startswith(".") or name == MANIFEST_NAME:
            continue
        try:
            link = entry.is_symlink()
            if link or entry.is_dir():
                child, child_abs = path / name, absolute / name
                if link and not corpus.options.follow_symlinks and not _inside(child_abs, corpus_folder):
                    if child_abs.is_dir() or corpus.loader_for(name):
                        corpus.errors.append(SourceError(
                            corpus.display(child_abs, child),
                            "symbolic link leads out of the corpus folder; not followed (see follow_symlinks)",
                        ))
                    continue
                if entry.is_dir():
                    _walk(child, child_abs, corpus_folder, corpus, found, visited)
                    continue
            if corpus.loader_for(name):
                # Not a link, in a folder whose real path is known: so is the file's.
                _found(_File(os.path.join(folder, name), os.path.join(folder_abs, name), corpus_folder,
                             "" if link else os.path.join(real, name)), corpus, found)
        except OSError as exc:  # an entry that cannot be looked at, or a link that cannot be read
            corpus.errors.append(SourceError(corpus.display(absolute / name, path / name),
                                             f"cannot read: {exc.strerror or exc}"))


def _inside(link: Path, folder: Path) -> bool:
    return Path(os.path.realpath(link)).is_relative_to(os.path.realpath(folder))


def _load_file(job: FileJob, loaders: list[ArticleLoader], options: LoadOptions) -> list[Article | SourceError]:
    loader = loader_for(loaders, job.path.name)
    if loader is None:
        known = ", ".join(sorted({s for loader in loaders for s in loader.suffixes}))
        return [SourceError(job.source, f"no loader for this kind of file (known: {known})")]
    try:
        decoded = decode_source(read_source(job.path, options.max_bytes))
        # A RemoteFile answers name and parent as a path does: all a loader asks of it.
        loaded = loader.load(job.path, decoded.text, job.source, options)  # type: ignore[arg-type]
    except SourceReadError as exc:
        return [SourceError(job.source, str(exc))]
    except Exception as exc:  # a loader plugin's bug must not end the run
        return [SourceError(job.source, f"loader {loader.name!r} failed: {type(exc).__name__}: {exc}")]
    for item in loaded:
        if isinstance(item, Article):
            item.warnings[:0] = decoded.warnings
            if isinstance(job.path, str):
                item.path = None  # not a local file: rules scoped to a local folder do not read it
            elif item.path is None:
                item.path = job.path
            fill_missing(item, job.metadata)
            _replace_surrogates(item)
    return list(loaded)


def _replace_surrogates(article: Article) -> None:
    """Lone surrogates are no text: replaced at load, with a warning, so that every
    extractor and report can encode the article."""
    text = replace_surrogates(article.text)
    if text is not article.text:
        article.text = text
        article.warnings.append("lone surrogate characters replaced by U+FFFD")
    if article.title:
        article.title = replace_surrogates(article.title)


def _manifest_values(file: _File, corpus: _Corpus) -> dict[str, Any]:
    """The manifest metadata for a file: every ``corpus.yaml`` from its corpus folder
    down to its own folder may name it; the nearest one wins field by field."""
    entries = []
    for directory, manifest in _manifest_chain(os.path.dirname(file.absolute), file.corpus, corpus):
        entry = manifest.entry_for(file.absolute)
        if entry:
            corpus.matched.add((directory, entry.key))
            entries.append(entry.values)
    if len(entries) == 1:
        return entries[0]  # shared with the manifest, not copied: nothing writes to metadata
    return {name: value for values in entries for name, value in values.items()}


def _manifest_chain(folder: str, corpus_folder: Path, corpus: _Corpus) -> list[tuple[Path, Manifest]]:
    """The manifests from ``corpus_folder`` down to ``folder``, outermost first (the
    same for every file of a folder: found once)."""
    key = (folder, corpus_folder)
    chain = corpus.chains.get(key)
    if chain is None:
        here = Path(folder)
        folders = [here, *here.parents]
        folders = folders[: folders.index(corpus_folder) + 1] if corpus_folder in folders else [here]
        chain = corpus.chains[key] = [(d, m) for d in reversed(folders) if (m := _manifest(d, corpus)) is not None]
    return chain


def _manifest(directory: Path, corpus: _Corpus) -> Manifest | None:
    if directory not in corpus.manifests:
        path = directory / MANIFEST_NAME
        found = path.is_file()
        corpus.manifests[directory] = (
            read_manifest(path, corpus.display(path, path), corpus.options.max_bytes) if found else None
        )
    return corpus.manifests[directory]


def _warn_unmatched(corpus: _Corpus) -> None:
    """Name manifest entries that matched no file of a folder read in full: most often
    a typo, which would otherwise silently leave an article without its date."""
    for directory in sorted(corpus.walked):
        manifest = corpus.manifests.get(directory)
        for key, entry in manifest.entries.items() if manifest else ():
            if (directory, key) not in corpus.matched:
                corpus.warnings.append(f"{entry.location}: {key!r} names no file of the corpus")
