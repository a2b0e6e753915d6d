"""Checking articles: one article at a time, in this process or in a pool of worker
processes, with verdicts served from the cache when nothing changed.

Each article is read once and checked against every rule that reads it; its text is
released as soon as its verdicts are known, so memory does not grow with the corpus.
Results come back in the corpus order whatever the number of workers, so reports are
identical for any ``--workers``.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from .engine import check_article
from .facts.article import ArticleFacts
from .model import Article, Rule, SourceVerdict
from .text.fuzzy import PhraseIndex

CHUNK = 16  # articles sent to a worker at once
IN_FLIGHT = 4  # chunks per worker waiting or running: bounds memory, keeps workers busy


@dataclass
class Checker:
    """Everything needed to check one article: the rules, their types and the index."""

    rules: Sequence[Rule]
    rule_types: dict[str, Any]
    index: PhraseIndex

    def check(self, article: Article, wanted: Sequence[int]) -> list[SourceVerdict]:
        """Verdicts of the rules at positions ``wanted`` on ``article``."""
        rules = [self.rules[i] for i in wanted]
        return check_article(ArticleFacts(article, self.index), rules, self.rule_types)


@dataclass
class Checked:
    """One article's verdicts (``error`` set when its worker process died)."""

    article: Article
    wanted: Sequence[int]
    verdicts: list[SourceVerdict]
    error: str | None = None


# The checker a forked worker inherits from its parent.
_WORKER_CHECKER: Checker | None = None


def _ignore_interrupts() -> None:
    """Ctrl-C reaches every process of the terminal's group: only the parent handles
    it (and stops the pool), so workers never print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _check_chunk(chunk: list[tuple[Article, Sequence[int]]]) -> list[list[SourceVerdict]]:
    assert _WORKER_CHECKER is not None
    return [_WORKER_CHECKER.check(article, wanted) for article, wanted in chunk]


def check_all(checker: Checker, items: Iterable[tuple[Article, Sequence[int]]], workers: int = 1,
              cache: Any = None) -> Iterator[Checked]:
    """Check each ``(article, wanted rules)`` in order; ``cache`` (optional) serves and
    keeps verdicts by article content and rule set."""
    pending = _from_cache(items, cache)
    if workers <= 1 or multiprocessing.get_start_method(allow_none=True) not in (None, "fork"):
        results = (_checked_here(checker, article, wanted, hit) for article, wanted, hit in pending)
    else:
        results = _checked_in_pool(checker, pending, workers)
    for checked in results:
        if cache is not None and checked.error is None:
            cache.store(checked.article, checked.wanted, checked.verdicts)
        checked.article.text = ""  # released: the verdicts keep what reports show
        yield checked


def _from_cache(items: Iterable[tuple[Article, Sequence[int]]],
                cache: Any) -> Iterator[tuple[Article, Sequence[int], list[SourceVerdict] | None]]:
    for article, wanted in items:
        yield article, wanted, (cache.lookup(article, wanted) if cache is not None else None)


def _checked_here(checker: Checker, article: Article, wanted: Sequence[int],
                  hit: list[SourceVerdict] | None) -> Checked:
    return Checked(article, wanted, hit if hit is not None else checker.check(article, wanted))


def _checked_in_pool(checker: Checker, pending: Iterator[tuple[Article, Sequence[int], Any]],
                     workers: int) -> Iterator[Checked]:
    """A pool of forked workers, fed in chunks with a bounded number in flight. A worker
    that dies turns the articles it held into errors; the chunks queued behind it go to
    a fresh pool, and the run goes on."""
    global _WORKER_CHECKER
    _WORKER_CHECKER = checker
    pool = _Pool(workers)
    queue: deque[tuple[list[tuple[Article, Sequence[int], Any]], Future | None]] = deque()
    try:
        for chunk in _chunks(pending, CHUNK):
            queue.append((chunk, pool.submit(chunk)))
            while len(queue) >= workers * IN_FLIGHT:
                yield from _collect(queue, pool)
        while queue:
            yield from _collect(queue, pool)
    finally:
        pool.close()
        _WORKER_CHECKER = None


class _Pool:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_ignore_interrupts)

    def submit(self, chunk: list[tuple[Article, Sequence[int], Any]]) -> Future | None:
        work = [(article, wanted) for article, wanted, hit in chunk if hit is None]
        if not work:
            return None
        try:
            return self.executor.submit(_check_chunk, work)
        except BrokenProcessPool:
            self.restart()
            return self.executor.submit(_check_chunk, work)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _collect(queue: deque, pool: _Pool) -> Iterator[Checked]:
    """The next chunk's results. A broken pool fails every task it held: the chunk is
    tried once more, alone in a fresh pool, and turns into errors only if it breaks that
    one too; the chunks behind it that had not finished are submitted again."""
    chunk, future = queue.popleft()
    computed: Iterator[list[SourceVerdict]] = iter(())
    error = None
    if future is not None:
        try:
            computed = iter(future.result())
        except BrokenProcessPool:
            pool.restart()
            try:
                computed = iter(pool.submit(chunk).result())  # type: ignore[union-attr]
            except BrokenProcessPool:
                pool.restart()
                error = "the worker process checking this source died"
            for index, (waiting, pending) in enumerate(queue):
                if pending is not None and not (pending.done() and pending.exception() is None):
                    queue[index] = (waiting, pool.submit(waiting))
    for article, wanted, hit in chunk:
        if hit is not None:
            yield Checked(article, wanted, hit)
        elif error is not None:
            yield Checked(article, wanted, [], error=error)
        else:
            yield Checked(article, wanted, next(computed))


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
