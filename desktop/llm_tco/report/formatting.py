"""Number formatting for the report: one interface, a pure default and the app's locale-aware one.

The PDF renderer passes :class:`LocaleFormatter`, which calls the very functions the results view
uses (``llm_tco.gui.results.formatting``), so the report prints a cost exactly as the app shows it.
:class:`PlainFormatter` (no Qt) formats the same way in an English locale; tests and the pure
content builder use it.
"""

from __future__ import annotations

import math
from typing import Protocol


class Formatter(Protocol):
    """How the report writes money, plain numbers and shares."""

    def money(self, value: float | None, currency: str, *, decimals: int | None = None) -> str:
        """Money already converted to ``currency``: '12,345 USD'."""
        ...

    def number(self, value: float | None, *, decimals: int = 0) -> str:
        """A plain number with grouping: '1,234.5'."""
        ...

    def percent(self, share: float | None, *, decimals: int = 0) -> str:
        """A 0..1 share as a percentage: '42 %'."""
        ...


DASH = "-"


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


class PlainFormatter:
    """English-style grouping (1,234.5) without Qt; same rules as the results view."""

    def money(self, value: float | None, currency: str, *, decimals: int | None = None) -> str:
        """Money already converted to ``currency``; 0 decimals from 100 upwards, else 2."""
        if value is None or not math.isfinite(value):
            return DASH
        if decimals is None:
            decimals = 0 if abs(value) >= 100 else 2
        return f"{value:,.{decimals}f} {currency}"

    def number(self, value: float | None, *, decimals: int = 0) -> str:
        """A plain number with thousands separators."""
        if value is None or not math.isfinite(value):
            return DASH
        return f"{value:,.{decimals}f}"

    def percent(self, share: float | None, *, decimals: int = 0) -> str:
        """A 0..1 share as a percentage."""
        if share is None or not math.isfinite(share):
            return DASH
        return f"{100.0 * share:,.{decimals}f} %"


class LocaleFormatter:
    """The results view's own formatting functions (Qt's default ``QLocale``)."""

    def money(self, value: float | None, currency: str, *, decimals: int | None = None) -> str:
        """Money as the results table shows it."""
        from llm_tco.gui.results import formatting

        if not _finite(value):
            return DASH
        return formatting.money(value, currency, decimals=decimals)

    def number(self, value: float | None, *, decimals: int = 0) -> str:
        """A plain number as the results view shows it."""
        from llm_tco.gui.results import formatting

        return formatting.number(value, decimals=decimals) if _finite(value) else DASH

    def percent(self, share: float | None, *, decimals: int = 0) -> str:
        """A share as the results view shows it."""
        from llm_tco.gui.results import formatting

        return formatting.percent(share, decimals=decimals) if _finite(share) else DASH
