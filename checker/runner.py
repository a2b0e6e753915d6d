"""Checking the corpus: one file at a time, in this process or in a pool of worker
processes, with verdicts served from the cache when nothing changed.

The unit of work is a corpus file (:class:`~checker.corpus.FileJob`): whoever runs it
reads and decodes the file, checks each of its articles against every rule that reads
it, and returns the verdicts with the article's text released, so memory does not grow
with the corpus and reading is as parallel as checking. Results come back in corpus
order whatever the number of workers, so reports are identical for any ``--workers``.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from .cache import Kept, article_digest, signature
from .corpus import FileJob, LoadOptions, load_job
from .engine import Plan
from .facts.article import ArticleFacts
from .model import Article, Rule, SourceError, SourceVerdict
from .select import Selector, in_scope
from .text.fuzzy import PhraseIndex

CHUNK = 16  # files sent to a worker at once
IN_FLIGHT = 4  # chunks per worker waiting or running: bounds memory, keeps workers busy
WORKER_DIED = "the worker process reading this source died"


@dataclass
class Checked:
    """One article's verdicts, for the rules at positions ``wanted``. Most are silent:
    those travel between processes as ``None`` and are made again by :meth:`full`."""

    article: Article
    wanted: Sequence[int]
    verdicts: list[SourceVerdict | None]
    digest: str | None = None  # of the article (text and metadata), when the cache is on
    signature: tuple[int, ...] | None = None  # of the corpus file, when the cache is on

    def full(self) -> list[SourceVerdict]:
        """The verdicts for the run to judge, which marks them (grouping, a baseline):
        the cache has already pickled what it keeps. The plain silent ones are one
        object, shared: judging never marks a silent verdict, and a large run holds
        millions of them (with empty tuples, not three lists each)."""
        silent = SourceVerdict(self.article.source, self.article.language, "silent", (), (), raw_values=())
        return [v if v is not None else silent for v in self.verdicts]


Outcome = Checked | SourceError


@dataclass
class Checker:
    """Everything needed to read and check a corpus file, in any process."""

    rules: Sequence[Rule]
    rule_types: dict[str, Any]
    index: PhraseIndex
    selector: Selector
    loaders: list[Any]
    load_options: LoadOptions
    cache: Any = None
    on_loaded: Callable[[Article], None] | None = None
    rivals: Sequence[Rule] = ()
    digests: bool = False  # sign and digest corpus files for a cache elsewhere (a cluster's client)

    def __post_init__(self) -> None:
        self.plan = Plan(self.rules, self.rule_types, self.rivals)
        # Without article_loaded hooks, an unchanged file need not be read at all.
        self.recalls = self.cache is not None and self.on_loaded is None

    def unchanged(self, jobs: list[FileJob | Article]) -> list[bool]:
        """For each job, whether the cache has its corpus file as it is (decided in one
        pass, without any verdicts)."""
        if not self.recalls:
            return [False] * len(jobs)
        found = self.cache.unchanged((job.source, job.metadata, job.path) for job in jobs if isinstance(job, FileJob))
        return [isinstance(job, FileJob) and job.source in found for job in jobs]

    def recall(self, job: FileJob | Article) -> list[Outcome] | None:
        """The outcomes of an unchanged corpus file, from the cache, without reading it."""
        if not self.recalls or not isinstance(job, FileJob):
            return None
        found = self.cache.recall(job.source, job.metadata, job.path, self.selector.wanted)
        return None if found is None else [Checked(a, w, v) for a, w, v in found]

    def keep(self, job: FileJob | Article, outcomes: list[Outcome]) -> None:
        """Put a corpus file just checked into the cache."""
        if self.cache is None or not isinstance(job, FileJob) or not outcomes:
            return
        kept = []
        for outcome in outcomes:
            if not isinstance(outcome, Checked) or outcome.digest is None:
                return  # a file with a source error is read again next time
            kept.append(Kept(outcome.article, outcome.digest, tuple(outcome.wanted), outcome.verdicts))
        first = outcomes[0]
        assert isinstance(first, Checked)
        self.cache.keep(job.source, job.metadata, first.signature, kept)

    def check(self, article: Article, wanted: Sequence[int]) -> list[SourceVerdict | None]:
        """Verdicts of the rules at positions ``wanted`` on ``article`` (None for a plain
        silent one); every collected rule in scope competes for values, selected or not."""
        config = self.selector.config
        return self.plan.check(ArticleFacts(article, self.index), wanted, lambda rule: in_scope(rule, article, config))

    def process(self, job: FileJob | Article) -> list[Outcome]:
        """Read one corpus file (or take an article already read) and check each of its
        articles."""
        outcomes: list[Outcome] = []
        keeping = self.cache is not None or self.digests
        file_signature = signature(job.path) if keeping and isinstance(job, FileJob) else None
        items = [job] if isinstance(job, Article) else load_job(job, self.loaders, self.load_options)
        for index, item in enumerate(items):
            if isinstance(item, SourceError):
                outcomes.append(item)
                continue
            if self.on_loaded is not None:
                self.on_loaded(item)
            wanted = self.selector.wanted(item)
            # Only corpus files are kept in the cache (by their source name and signature).
            digest = article_digest(item) if file_signature is not None else None
            verdicts = (self.cache.lookup(job.source, index, digest, wanted)
                        if digest is not None and self.cache is not None else None)
            if verdicts is None:
                try:
                    verdicts = self.check(item, wanted) if wanted else []
                except Exception as exc:  # a bug in reading this article must not end the run
                    outcomes.append(SourceError(item.source, f"could not be analysed ({type(exc).__name__}: {exc}); "
                                                             "please report it"))
                    continue
            item.text = ""  # released: the verdicts keep what reports show
            outcomes.append(Checked(item, wanted, verdicts, digest, file_signature))
        return outcomes


def run_jobs(checker: Checker, jobs: Iterable[FileJob], workers: int = 1, executor: str = "local",
             scheduler: str | None = None) -> Iterator[list[Outcome]]:
    """Each job's outcomes, in job order: here, in ``workers`` forked processes, or with
    ``executor="dask"`` on the Dask cluster whose scheduler is at ``scheduler``."""
    def run(missed: Iterable[FileJob]) -> Iterator[list[Outcome]]:
        if executor == "dask":
            from .distributed import run_on_dask

            return run_on_dask(checker, missed, scheduler)
        return _locally(checker, missed, workers)

    return _through_cache(checker, list(jobs), run) if checker.cache is not None else run(jobs)


def _locally(checker: Checker, jobs: Iterable[FileJob], workers: int) -> Iterator[list[Outcome]]:
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return (checker.process(job) for job in jobs)
    return _in_pool(checker, jobs, workers)


def _through_cache(checker: Checker, jobs: list[Any],
                   run: Callable[[list[Any]], Iterator[list[Outcome]]]) -> Iterator[list[Outcome]]:
    """Unchanged files from the cache, the others checked by ``run`` (and kept); in
    job order. Which files are unchanged is decided first, without their verdicts; each
    is recalled as its turn comes, so a run holds no more of them than the one it yields
    (one that cannot be recalled after all, changed in between or kept for other rules,
    is checked here)."""
    unchanged = checker.unchanged(jobs)
    checked = run([job for job, same in zip(jobs, unchanged) if not same])
    for job, same in zip(jobs, unchanged):
        found = checker.recall(job) if same else None
        if found is None:
            found = checker.process(job) if same else next(checked)
            checker.keep(job, found)
        yield found


# The checker a forked worker inherits from its parent.
_WORKER_CHECKER: Checker | None = None


def _ignore_interrupts() -> None:
    """Ctrl-C reaches every process of the terminal's group: only the parent handles
    it (and stops the pool), so workers never print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _process_chunk(chunk: list[FileJob]) -> list[list[Outcome]]:
    assert _WORKER_CHECKER is not None
    return [_WORKER_CHECKER.process(job) for job in chunk]


class _Pool:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_ignore_interrupts)

    def submit(self, chunk: list[FileJob]) -> Future:
        try:
            return self.executor.submit(_process_chunk, chunk)
        except BrokenProcessPool:
            self.restart()
            return self.executor.submit(_process_chunk, chunk)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _in_pool(checker: Checker, jobs: Iterable[FileJob], workers: int) -> Iterator[list[Outcome]]:
    """A pool of forked workers, fed in chunks with a bounded number in flight. A worker
    that dies turns the files it held into source errors; the run goes on."""
    global _WORKER_CHECKER
    _WORKER_CHECKER = checker  # with its article_loaded hooks: each worker runs its copy of the plugins
    pool = _Pool(workers)
    queue: deque[tuple[list[FileJob], Future]] = deque()
    try:
        for chunk in _chunks(jobs, CHUNK):
            queue.append((chunk, pool.submit(chunk)))
            while len(queue) >= workers * IN_FLIGHT:
                yield from _collect(queue, pool)
        while queue:
            yield from _collect(queue, pool)
    finally:
        pool.close()
        _WORKER_CHECKER = None


def _collect(queue: deque[tuple[list[FileJob], Future]], pool: _Pool) -> Iterator[list[Outcome]]:
    """The next chunk's outcomes. A broken pool fails every task it held: the chunk is
    tried once more, alone in a fresh pool, and turns into source errors only if it
    breaks that one too; the chunks behind it that had not finished are sent again."""
    chunk, future = queue.popleft()
    try:
        yield from future.result()
        return
    except BrokenProcessPool:
        pool.restart()
    try:
        results = pool.submit(chunk).result()
    except BrokenProcessPool:
        pool.restart()
        results = [[SourceError(job.source, WORKER_DIED)] for job in chunk]
    for index, (waiting, pending) in enumerate(queue):
        if not (pending.done() and pending.exception() is None):
            queue[index] = (waiting, pool.submit(waiting))
    yield from results


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
