"""The ranked table's widgets: the table view with sized columns, and the eliding summary line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QWidget,
)

from llm_tco.gui.results.table_model import Column

TEXT_COLUMN_WIDTHS = {Column.ROUTE: 120, Column.MODEL: 140, Column.WHERE: 170}  # px, elided


def make_ranked_table(parent: QWidget, proxy: QSortFilterProxyModel) -> QTableView:
    """A sortable, single-row-selection table over ``proxy`` that scrolls sideways when narrow."""
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return table


def fit_ranked_columns(table: QTableView) -> None:
    """Numbers as wide as their contents, names at most :data:`TEXT_COLUMN_WIDTHS` (elided)."""
    header = table.horizontalHeader()
    for column in Column:
        if column in TEXT_COLUMN_WIDTHS:
            hint = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            table.setColumnWidth(column, min(hint + 8, TEXT_COLUMN_WIDTHS[column]))
        else:
            table.resizeColumnToContents(column)


class ElidingLabel(QLabel):
    """A one-line label that elides its text at the right when narrow (full text as tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a changing text must not re-layout the window (and resize every chart) on each edit
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def elided_text(self) -> str:
        """The text as drawn at the current width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(self.contentsRect(), flags, self.elided_text())
        painter.end()
