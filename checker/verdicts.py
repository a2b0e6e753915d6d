"""Every rule's verdicts over the sources it read, held until the reports are written.

A run judges each rule over all its sources, and reporters list every rule × source
pair, so the verdicts must outlive the articles. Most pairs are silent: each article
has one shared silent verdict, and which rules read which articles is kept as runs of
consecutive articles read by the same rules. The verdicts of sources that state
something carry their evidence sentences (about 1 KB each); up to :data:`HELD` of them
stay in memory, and past that they are written in blocks to an anonymous temporary file
and read back, one rule at a time, when the rule is judged and whenever a reporter goes
through its sources. A run that is bound to pass the limit (its first articles say so,
given how many it has) starts writing early, and once writing, a run holds at most
:data:`BETWEEN_WRITES` between writes. A small run never touches the disk; a large one
keeps its memory bounded whatever the number of articles.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import weakref
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import compress
from typing import IO, Any, overload

from .model import SourceVerdict

HELD = 60_000  # stating verdicts kept in memory before they go to disk (about 60 MB)
# Stating verdicts kept between writes once a run writes them, or once it is bound to
# (its first articles, times the articles it has, pass HELD): everything then goes
# through the file anyway, and holding more would only cost memory.
BETWEEN_WRITES = 15_000
# What judging a rule changes in its verdicts (:func:`checker.engine.finish_rule`): the
# verdicts on disk were written before judging, so these are kept in memory where changed.
MARKS = ("verdict", "message", "accepted")


class VerdictStore:
    """The verdicts of ``rules`` rules (by position), added one article at a time."""

    def __init__(self, rules: int, held: int | None = None, sources: int | None = None) -> None:
        self.held = HELD if held is None else held
        self.limit = self.held  # stating verdicts held before the next write
        self.sources = sources  # how many articles the run will add, when known
        self.silent: list[SourceVerdict | None] = []  # each article's shared silent verdict
        # Which rules read which articles: runs of consecutive articles read by the same
        # rules, as [first, past the last, the rules' positions]. Usually one run.
        self.runs: list[list[Any]] = []
        self._last: tuple[int, ...] | None = None
        self._sets: dict[tuple[int, ...], frozenset[int]] = {}  # one set per combination of rules
        self.buffers: list[list[tuple[int, SourceVerdict]]] = [[] for _ in range(rules)]
        self.blocks: list[list[Any]] = [[] for _ in range(rules)]  # written (offset, size), or kept lists
        self.in_buffers = 0
        self.file: IO[bytes] | None = None
        self._judging: int | None = None  # the rule whose verdicts were handed out for judging
        self._before: dict[int, tuple[Any, ...]] = {}  # their marks as written to disk

    @property
    def spilled(self) -> bool:
        return self.file is not None

    def add(self, wanted: Sequence[int], raw: Sequence[SourceVerdict | None],
            verdicts: Sequence[SourceVerdict]) -> None:
        """One article's verdicts for the rules at positions ``wanted``: ``raw`` has
        ``None`` where the article is plainly silent, ``verdicts`` the shared silent
        verdict there."""
        number = len(self.silent)
        runs, key = self.runs, tuple(wanted)
        if runs and runs[-1][1] == number and key == self._last:
            runs[-1][1] = number + 1
        else:
            rules = self._sets.get(key)
            if rules is None:
                rules = self._sets[key] = frozenset(key)
            runs.append([number, number + 1, rules])
            self._last = key
        self.silent.append(verdicts[raw.index(None)] if None in raw else None)
        buffers = self.buffers
        for position, verdict in compress(zip(wanted, verdicts), raw):  # the stating ones
            buffers[position].append((number, verdict))
            self.in_buffers += 1
        if self.in_buffers > self.limit or (
                self.in_buffers > BETWEEN_WRITES and self.sources
                and self.in_buffers * self.sources > self.held * (number + 1)):  # bound to pass HELD
            self._spill()

    def count(self, position: int) -> int:
        """How many sources the rule at ``position`` read."""
        return sum(stop - start for start, stop, rules in self.runs if position in rules)

    def verdicts(self, position: int) -> list[SourceVerdict]:
        """The rule's verdicts, in corpus order, for judging; hand them back marked to
        :meth:`judged` before asking for another rule's."""
        stating: dict[int, SourceVerdict] = {}
        for block in self.blocks[position]:
            stating.update(self._read(block))
        self._judging, self._before = position, {number: _marks(v) for number, v in stating.items()}
        stating.update(self.buffers[position])
        return self._list(position, stating)

    def judged(self, position: int, verdicts: list[SourceVerdict]) -> Sequence[SourceVerdict]:
        """The rule's sources once judged (``verdicts`` as :meth:`verdicts` gave them,
        then marked): the list itself when nothing went to disk, else a sequence that
        reads the stating ones back whenever it is gone through and applies again the
        marks judging made (:data:`MARKS`)."""
        if position != self._judging:
            raise ValueError(f"rule {position} was not handed out for judging by verdicts()")
        blocks = self.blocks[position] + [self.buffers[position]]
        self.blocks[position], self.buffers[position] = [], []
        before, self._before, self._judging = self._before, {}, None
        if not self.spilled:
            return verdicts
        where = self._layout(position)
        marks = {number: now for number, was in before.items()
                 if (now := _marks(verdicts[where.index(number)])) != was}
        return StoredSources(self, position, blocks, marks)

    # -- inside --------------------------------------------------------------------------
    def _stated(self, position: int, blocks: list[Any],
                marks: dict[int, tuple[Any, ...]]) -> list[SourceVerdict]:
        stating: dict[int, SourceVerdict] = {}
        for block in blocks:
            stating.update(self._read(block))
        for number, values in marks.items():
            for mark, value in zip(MARKS, values):
                setattr(stating[number], mark, value)
        return self._list(position, stating)

    def _layout(self, position: int) -> _Layout:
        layout = _Layout()
        for start, stop, rules in self.runs:
            if position in rules:
                layout.add(start, stop)
        return layout

    def _list(self, position: int, stating: dict[int, SourceVerdict]) -> list[SourceVerdict]:
        """The rule's verdicts in corpus order: each article's silent one, and the
        ``stating`` ones (by article number) in their places."""
        layout = self._layout(position)
        silent = self.silent
        verdicts: list[SourceVerdict] = []
        for start, stop in layout.spans:
            verdicts.extend(silent[start:stop])  # type: ignore[arg-type]
        for number, verdict in stating.items():
            verdicts[layout.index(number)] = verdict
        return verdicts

    def _spill(self) -> None:
        for position, buffer in enumerate(self.buffers):
            if buffer:
                self.blocks[position].append(self._write(buffer))
                self.buffers[position] = []
        self.in_buffers = 0
        self.limit = min(self.held, BETWEEN_WRITES)

    def _write(self, items: list[tuple[int, SourceVerdict]]) -> Any:
        try:
            data = pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return items  # a plugin's value that cannot be pickled: kept in memory
        if self.file is None:
            self.file = tempfile.TemporaryFile(prefix="factcheck-verdicts-")  # noqa: SIM115 - outlives this call
            weakref.finalize(self, self.file.close)  # once no result reads from it
        offset = self.file.seek(0, 2)
        self.file.write(data)
        self.file.flush()  # read back by offset, not through this buffer
        return (offset, len(data))

    def _read(self, block: Any) -> list[tuple[int, SourceVerdict]]:
        if isinstance(block, list):
            return block
        assert self.file is not None
        offset, size = block
        # By offset, without moving the file's position: a forked child writing half of a
        # report reads from the same open file as this process.
        return pickle.loads(_read_at(self.file, offset, size))  # our own file, written by this run


def _read_at(file: IO[bytes], offset: int, size: int) -> bytes:
    if hasattr(os, "pread"):
        data = os.pread(file.fileno(), size, offset)
        if len(data) == size:
            return data
    file.seek(offset)  # where there is no pread, there is no fork either
    return file.read(size)


class _Layout:
    """Where a rule's verdicts stand in its list: the runs of articles it read."""

    __slots__ = ("firsts", "offsets", "size", "spans")

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self.firsts: list[int] = []
        self.offsets: list[int] = []  # list index minus article number, per run
        self.size = 0

    def add(self, start: int, stop: int) -> None:
        self.spans.append((start, stop))
        self.firsts.append(start)
        self.offsets.append(self.size - start)
        self.size += stop - start

    def index(self, number: int) -> int:
        """The list index of article ``number``."""
        if len(self.firsts) == 1:
            return self.offsets[0] + number
        return self.offsets[bisect_right(self.firsts, number) - 1] + number


def _marks(verdict: SourceVerdict) -> tuple[Any, ...]:
    return tuple(getattr(verdict, mark) for mark in MARKS)


class StoredSources(Sequence[SourceVerdict]):
    """A judged rule's sources whose stating verdicts are on disk: read back each time
    the sequence is gone through, so that reporters hold one rule's at a time."""

    def __init__(self, store: VerdictStore, position: int, blocks: list[Any], marks: dict[int, tuple[Any, ...]]) -> None:
        self.store = store
        self.position = position
        self.blocks = blocks
        self.marks = marks

    def __len__(self) -> int:
        return self.store.count(self.position)

    def __iter__(self) -> Iterator[SourceVerdict]:
        return iter(self.store._stated(self.position, self.blocks, self.marks))

    @overload
    def __getitem__(self, index: int) -> SourceVerdict: ...
    @overload
    def __getitem__(self, index: slice) -> list[SourceVerdict]: ...
    def __getitem__(self, index: int | slice) -> SourceVerdict | list[SourceVerdict]:
        return list(self)[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, StoredSources)):
            return list(self) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"<{len(self)} sources, stating ones on disk>"
