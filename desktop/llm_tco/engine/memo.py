"""The engine's memo tables: the last few results of a costly step, found again by a token.

A what-if edit changes one input; the steps that do not depend on it (the enumeration, the
performance grid, the row groupings, the GPU-hours for a price edit...) reuse their last results.
Every such table is a :class:`RecentResults`, so they share one rule for keys, one eviction and one
lock, and :func:`clear_all` forgets them all (tests compare a warm engine with a cold one).
"""

from __future__ import annotations

import numbers
import threading
import weakref
from collections import OrderedDict
from typing import Generic, TypeVar

V = TypeVar("V")

_BY_VALUE = (str, bytes, bool, numbers.Number, tuple, frozenset, type(None))
_TABLES: weakref.WeakSet[RecentResults[object]] = weakref.WeakSet()


class RecentResults(Generic[V]):
    """The last ``size`` results of a computation, each found by the token it was stored with.

    Token parts of plain types (strings, bytes, numbers, tuples of those, None) are compared by
    value; any other object (a catalog table, an array, an enumeration) by identity. The table
    holds the token with the result, so those objects stay alive and their ids cannot be taken
    by new objects while the entry lives. Safe to use from several threads.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[object, ...], tuple[tuple[object, ...], V]] = OrderedDict()
        self._lock = threading.Lock()
        _TABLES.add(self)  # type: ignore[arg-type]

    def get(self, token: tuple[object, ...]) -> V | None:
        """The result stored with ``token``, or None."""
        with self._lock:
            entry = self._entries.get(_key(token))
        return None if entry is None else entry[1]

    def put(self, token: tuple[object, ...], value: V) -> V:
        """Store ``value`` for ``token`` (the oldest entry leaves when full); returns ``value``."""
        with self._lock:
            self._entries[_key(token)] = (token, value)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget every result."""
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


def clear_all() -> None:
    """Forget the results of every memo table (a cold engine)."""
    for table in list(_TABLES):
        table.clear()


def _key(token: tuple[object, ...]) -> tuple[object, ...]:
    return tuple(part if isinstance(part, _BY_VALUE) else (id, id(part)) for part in token)
