"""Checking the corpus on a Dask distributed cluster (``--executor dask --scheduler ADDRESS``).

The unit of work is the same as on one machine: a corpus file, read, decoded and checked
where it runs (:meth:`Checker.process`). The checker (rules, rule types, phrase index,
selector, loaders) reaches each worker once; batches of files follow, a bounded
number in flight, and their outcomes come back in corpus order, so the report is the one
a local run gives. Workers read the files themselves: local paths are sent absolute (a
folder every worker mounts at the same place) and URLs as they are (object storage,
see :mod:`checker.corpus.remote`).

What cannot travel stays behind: the verdict cache is a database on this machine, so
unchanged files are served here and only the others are sent (workers sign and digest
what they read, and the files' signatures are taken here before they are sent: a
worker may see another device number for a shared folder);
``factcheck_article_loaded`` hooks run in this process's plugins only, so not on workers
(``--workers`` processes are forked copies of this one and do run them). Rule types and loaders of local ``factcheck_plugins.py`` files,
which are not importable by name, travel by value with the checker (cloudpickle);
plugins from distributions and ``-p`` modules must be installed on the workers.

dask is imported only here, and only when this executor is chosen.
"""

from __future__ import annotations

import dataclasses
import os
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .cache import signature
from .corpus import FileJob
from .corpus.remote import INSTALL_HINT
from .errors import UsageError
from .model import Article, SourceError
from .runner import CHUNK, IN_FLIGHT, WORKER_DIED, Checked, Checker, Outcome, _chunks

Job = FileJob | Article


def require_dask() -> Any:
    """The ``distributed`` module, or a usage error saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise UsageError(f"--executor dask needs the dask extra: {INSTALL_HINT}") from None
    return distributed


def run_on_dask(checker: Checker, jobs: Iterable[Job], scheduler: str | None) -> Iterator[list[Outcome]]:
    """Each job's outcomes, in job order, computed on the cluster at ``scheduler``
    (default: dask's own ``scheduler-address`` setting). A batch whose worker keeps
    dying (dask retries it on others first) turns into source errors; the run goes on."""
    distributed = require_dask()
    client = _connect(distributed, scheduler)
    try:
        shipped = _ship(client, dataclasses.replace(checker, cache=None, on_loaded=None,
                                                    digests=checker.cache is not None))
        slots = max(sum(client.nthreads().values()), 1) * IN_FLIGHT
        queue: deque[tuple[list[Job], list[Any], Any]] = deque()
        for number, batch in enumerate(_chunks(jobs, CHUNK)):
            portable = [_portable(job) for job in batch]
            signatures = [signature(job.path) if checker.cache is not None and isinstance(job, FileJob) else None
                          for job in batch]
            queue.append((batch, signatures,
                          client.submit(_check_batch, shipped, portable, pure=False, priority=-number)))
            while len(queue) >= slots:
                yield from _collect(queue, distributed)
        while queue:
            yield from _collect(queue, distributed)
    finally:
        client.close()


def _check_batch(checker: Checker, batch: list[Job]) -> list[list[Outcome]]:
    """Run on a worker, with the copy of the checker it fetched once."""
    return [checker.process(job) for job in batch]


def _connect(distributed: Any, scheduler: str | None) -> Any:
    """A client of a scheduler that has at least one worker, waiting for either no
    longer than dask's connect timeout (``distributed.comm.timeouts.connect``)."""
    import dask
    from dask.utils import parse_timedelta

    address = scheduler or dask.config.get("scheduler-address", None)
    if not address:
        raise UsageError("--executor dask needs --scheduler ADDRESS (or 'scheduler' in the configuration)")
    timeout = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), default="s")
    try:
        _check_address(address)
        client = distributed.Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the dask scheduler at {address}: {_reason(exc)}") from None
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError:
        client.close()
        raise UsageError(f"the dask scheduler at {address} has no workers (waited {timeout:g} s)") from None
    return client


def _check_address(address: str) -> None:
    """Refuse a malformed host:port as the client would, but before a client exists: one
    that fails on it lingers, and delays the exit by twice the timeout."""
    from distributed.comm.addressing import parse_address, parse_host_port

    scheme, location = parse_address(address, strict=False)
    if scheme in ("tcp", "tls"):
        parse_host_port(location)


def _ship(client: Any, checker: Checker) -> Any:
    """The checker as the result of a task of its own, which tasks then name instead of
    carrying it: each worker fetches it once from one that holds it, and should every
    copy be lost with its worker, the scheduler computes it again (scattered data would
    be lost for good). Waiting for it makes a cluster that cannot load it an error now."""
    try:
        future = client.submit(_received, checker, pure=False)
        failure = future.exception()
    except Exception as exc:  # pickling here: a plugin object that no pickler can send (a lock)
        failure = exc
    if failure is not None:
        raise UsageError(f"the rules and plugins cannot be sent to the dask cluster: {_reason(failure)} (are "
                         "factcheck and the same plugins installed on the scheduler and every worker?)")
    return future


def _received(checker: Checker) -> Checker:
    return checker


def _portable(job: Job) -> Job:
    """The job as a worker elsewhere can read it: a local path made absolute."""
    if isinstance(job, FileJob) and not isinstance(job.path, str):
        return dataclasses.replace(job, path=Path(os.path.abspath(job.path)))
    return job


def _collect(queue: deque[tuple[list[Job], list[Any], Any]], distributed: Any) -> Iterator[list[Outcome]]:
    """The next batch's outcomes, with articles' paths as a local run gives them and
    the files' signatures as this machine took them before sending them."""
    batch, signatures, future = queue.popleft()
    try:
        results: list[list[Outcome]] = future.result()
    except distributed.KilledWorker:
        results = [[SourceError(job.source, WORKER_DIED)] for job in batch]
    for job, signed, outcomes in zip(batch, signatures, results):
        for outcome in outcomes:
            if isinstance(outcome, Checked) and outcome.signature is not None:
                outcome.signature = signed
        if isinstance(job, FileJob) and not isinstance(job.path, str):
            sent = Path(os.path.abspath(job.path))
            for outcome in outcomes:
                if isinstance(outcome, Checked) and outcome.article.path == sent:
                    outcome.article.path = job.path
    yield from results


def _reason(exc: BaseException) -> str:
    """The exception's message on one line."""
    return " ".join(str(exc).split()) or type(exc).__name__
