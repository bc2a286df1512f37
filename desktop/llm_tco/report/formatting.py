"""Number formatting for the report: one interface and its implementation on ``llm_tco.i18n``.

:class:`ReportFormatter` writes money, numbers and shares in the *report's* language (which may
differ from the interface's) with the same pure functions the results view uses
(``llm_tco.i18n``: '$12,345', '¥8,888', '1,234.5', '42%'), so the report prints an amount exactly
as the app shows it in that language. No Qt here.
"""

from __future__ import annotations

from typing import Protocol

from llm_tco import i18n


class Formatter(Protocol):
    """How the report writes money, plain numbers and shares."""

    def money(self, value: float | None, currency: str, *, decimals: int | None = None) -> str:
        """Money already converted to ``currency``: '$12,345'."""
        ...

    def number(self, value: float | None, *, decimals: int = 0) -> str:
        """A plain number with grouping: '1,234.5'."""
        ...

    def percent(self, share: float | None, *, decimals: int = 0) -> str:
        """A 0..1 share as a percentage: '42%'."""
        ...


DASH = i18n.DASH


class ReportFormatter:
    """Money, numbers and shares in one language ('en' or 'zh_CN'), CLDR style."""

    def __init__(self, language: str = i18n.DEFAULT_LANGUAGE) -> None:
        self.language = i18n.normalise_language(language)

    def money(self, value: float | None, currency: str, *, decimals: int | None = None) -> str:
        """Money already in ``currency``: none from 1,000 up, cents below; an unknown code last."""
        return i18n.format_amount_or_code(
            value, currency=currency, language=self.language, decimals=decimals
        )

    def number(self, value: float | None, *, decimals: int = 0) -> str:
        """A plain number with thousands separators, or a dash."""
        return i18n.format_number(value, language=self.language, decimals=decimals)

    def percent(self, share: float | None, *, decimals: int = 0) -> str:
        """A 0..1 share as a percentage, or a dash."""
        return i18n.format_percent(share, language=self.language, decimals=decimals)
