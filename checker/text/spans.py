"""Questions about many character spans at once, answered in logarithmic time.

Readers ask, for each value they find, whether it falls inside something already found
(a date, a taken mention). Asked of a list, one by one, that is quadratic in a long
sentence of values: a scraped table or a page without full stops of thousands of them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate


class Covered:
    """Character spans ``(start, end)``, overlapping or not, in any order."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self._starts = [start for start, _ in pairs]
        # the furthest end among the first k spans (by start): whether any of them
        # reaches past a point is one comparison
        self._reach = list(accumulate((end for _, end in pairs), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def holds(self, at: int) -> bool:
        """Whether some span has ``start <= at < end``."""
        k = bisect.bisect_right(self._starts, at)
        return k > 0 and self._reach[k - 1] > at

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has ``span.start < end`` and ``start < span.end``."""
        k = bisect.bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start
