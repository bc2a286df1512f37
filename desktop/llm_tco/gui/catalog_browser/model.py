"""Table model of one catalog and the search/sort proxy over it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from llm_tco import i18n
from llm_tco.engine.catalog_export import entry_label, entry_summary_message, is_stale
from llm_tco.engine.catalog_schema import Sourced
from llm_tco.engine.messages import render

Index = QModelIndex | QPersistentModelIndex


def summary_text(entry: Sourced) -> str:
    """The entry's key numbers in one line, in the UI's language (catalog prices are USD)."""
    return render(
        entry_summary_message(entry),
        translate=QCoreApplication.translate,
        currency="USD",
        usd_exchange_rate=1.0,
        language=i18n.current_language(),
    )


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
URL_ROLE = Qt.ItemDataRole.UserRole + 3
STALE_COLOUR = QColor(191, 96, 0)
DRIVING_COLOUR = QColor(0, 122, 61)


class Column(IntEnum):
    STATUS = 0
    ID = 1
    NAME = 2
    SUMMARY = 3
    AS_OF = 4
    SOURCE = 5


def _headers() -> list[str]:
    t = QCoreApplication.translate
    return [
        t("CatalogBrowser", "Status"),
        t("CatalogBrowser", "Id"),
        t("CatalogBrowser", "Name / provider"),
        t("CatalogBrowser", "Key numbers"),
        t("CatalogBrowser", "As of"),
        t("CatalogBrowser", "Source"),
    ]


class CatalogTableModel(QAbstractTableModel):
    """Rows are the entries of one catalog; badges mark overridden, stale and driving entries."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Sourced] = []
        self._overridden: frozenset[str] = frozenset()
        self._driving: frozenset[str] = frozenset()
        self._stale_days = 365
        self._today = dt.date.today()

    # ------------------------------------------------------------------ state

    def set_entries(self, entries: Mapping[str, Sourced], overridden: frozenset[str]) -> None:
        """Replace the rows (entries by id) and which of them the user overrode."""
        self.beginResetModel()
        self._entries = [entries[k] for k in sorted(entries)]
        self._overridden = frozenset(overridden)
        self.endResetModel()

    def set_driving_ids(self, ids: set[str] | frozenset[str]) -> None:
        """Mark the entries that drive the current recommendation."""
        self._driving = frozenset(ids)
        self._refresh_column(Column.STATUS)

    def set_stale_days(self, days: int, *, today: dt.date | None = None) -> None:
        """Flag entries whose as-of date is more than ``days`` days old."""
        self._stale_days = int(days)
        self._today = today or dt.date.today()
        self._refresh_column(Column.STATUS)

    def _refresh_column(self, column: Column) -> None:
        if self._entries:
            first, last = self.index(0, column), self.index(len(self._entries) - 1, column)
            self.dataChanged.emit(first, last)

    def entry_at(self, row: int) -> Sourced:
        """The entry shown in ``row`` (source-model row)."""
        return self._entries[row]

    def entry_id(self, row: int) -> str:
        """The id of the entry in ``row``."""
        value: str = getattr(self._entries[row], "id")  # noqa: B009
        return value

    def row_of(self, entry_id: str) -> int:
        """The row of an id, or -1."""
        return next((r for r in range(len(self._entries)) if self.entry_id(r) == entry_id), -1)

    def badges(self, row: int) -> list[str]:
        """The status words of a row (translated)."""
        entry_id, entry = self.entry_id(row), self._entries[row]
        t = QCoreApplication.translate
        words = []
        if entry_id in self._driving:
            words.append(t("CatalogBrowser", "drives recommendation"))
        if entry_id in self._overridden:
            words.append(t("CatalogBrowser", "overridden"))
        if is_stale(entry, today=self._today, max_age_days=self._stale_days):
            words.append(t("CatalogBrowser", "stale"))
        return words

    def is_stale_row(self, row: int) -> bool:
        """True when the row is older than the staleness age."""
        return is_stale(self._entries[row], today=self._today, max_age_days=self._stale_days)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def _text(self, row: int, column: Column) -> str:
        entry = self._entries[row]
        if column == Column.STATUS:
            return ", ".join(self.badges(row))
        if column == Column.ID:
            return self.entry_id(row)
        if column == Column.NAME:
            return entry_label(entry)
        if column == Column.SUMMARY:
            return summary_text(entry)
        if column == Column.AS_OF:
            return entry.as_of.isoformat()
        return str(entry.source)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.SOURCE:
                return QCoreApplication.translate("CatalogBrowser", "Open {url}").format(
                    url=self._entries[row].source
                )
            return self._entries[row].notes or None
        if role == ID_ROLE:
            return self.entry_id(row)
        if role == URL_ROLE:
            return str(self._entries[row].source)
        return self._style(row, column, role)

    def _style(self, row: int, column: Column, role: int) -> Any:
        entry_id = self.entry_id(row)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(entry_id in self._driving)
            font.setItalic(entry_id in self._overridden)
            font.setUnderline(column == Column.SOURCE)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.SOURCE:
                return QApplication.palette().brush(QPalette.ColorRole.Link)
            if column == Column.STATUS and entry_id in self._driving:
                return QBrush(DRIVING_COLOUR)
            if column in (Column.STATUS, Column.AS_OF) and self.is_stale_row(row):
                return QBrush(STALE_COLOUR)
        return None


class CatalogFilterProxy(QSortFilterProxyModel):
    """Case-insensitive search over every column; sorts on the display text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)
