"""The ranked table's widgets: the table view with sized columns, and the eliding summary line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QTableView,
    QWidget,
)

from llm_tco.gui.results.table_model import Column

TEXT_COLUMN_WIDTHS = {Column.ROUTE: 120, Column.MODEL: 140, Column.WHERE: 170}  # px, elided
ALWAYS_SHOWN = (Column.RANK, Column.MODEL)
"""Columns the header menu cannot hide (a row must say what it is)."""


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
    header.setSectionsMovable(True)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda pos: column_menu(table).popup(header.viewport().mapToGlobal(QPoint(pos)))
    )
    return table


def column_menu(table: QTableView) -> QMenu:
    """The header's context menu: a checkable entry per column, and 'Show all columns'."""
    header = table.horizontalHeader()
    model = table.model()
    menu = QMenu(table)
    menu.setObjectName("rankedColumnsMenu")
    for column in Column:
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        action = menu.addAction(title)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(column not in ALWAYS_SHOWN)
        action.toggled.connect(lambda shown, c=column: set_column_shown(table, c, shown=shown))
    menu.addSeparator()
    show_all = menu.addAction(QCoreApplication.translate("Results", "Show all columns"))
    show_all.triggered.connect(lambda: show_all_columns(table))
    return menu


def set_column_shown(table: QTableView, column: Column, *, shown: bool) -> None:
    """Show or hide one column of the ranked table (Rank and Model always stay)."""
    if column in ALWAYS_SHOWN and not shown:
        return
    header = table.horizontalHeader()
    header.setSectionHidden(column, not shown)
    if shown and header.sectionSize(column) < header.minimumSectionSize() + 1:
        table.resizeColumnToContents(column)


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


def show_all_columns(table: QTableView) -> None:
    """Show every column of the ranked table."""
    for column in Column:
        set_column_shown(table, column, shown=True)
