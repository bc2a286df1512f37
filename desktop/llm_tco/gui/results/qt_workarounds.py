"""Work around a reference-count bug of PySide6 6.12 (abi3 wheel) on Python older than 3.12.

Measured here: every call of a PySide6 method that returns ``void`` (``widget.update()``,
``processEvents()``, ``setText()``) drops one reference to ``None`` without taking one, and
``Signal.emit`` does the same to ``True``. Python 3.12+ makes these singletons immortal, so nothing
happens there; on 3.11 the count reaches zero after a few thousand calls and the interpreter aborts
with "Fatal Python error: none_dealloc" (or "bool_dealloc"). Giving the three singletons a huge
reference count makes them effectively immortal, as on 3.12.

Measured in the results panel: one what-if edit (ranking + full analysis) drops about 970
references to None and 110 to True; None starts near 34,000 in the running app, so without this
the app aborts after roughly 35 edits.
"""

from __future__ import annotations

import ctypes
import os
import sys

_RESERVE = 1 << 40
_done = False


def needs_workaround() -> bool:
    """True on CPython < 3.12 (None/True/False not immortal), unless LLM_TCO_NO_REFCOUNT_FIX=1."""
    if os.environ.get("LLM_TCO_NO_REFCOUNT_FIX") == "1":  # to reproduce the crash
        return False
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def immortalise_singletons() -> bool:
    """Add a large reserve to the reference counts of None, True and False (once per process)."""
    global _done
    if _done or not needs_workaround():
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE
    _done = True
    return True
