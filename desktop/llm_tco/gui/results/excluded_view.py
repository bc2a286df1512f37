"""Excluded candidates with the reasons they were removed, closest to feasible first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from llm_tco.gui.results.formatting import money, route_label
from llm_tco.gui.results.view_model import Excluded, ResultsView

CLOSE_THRESHOLD = 2.0  # would have ranked in the top three
MAX_SHOWN = 500
MAX_NAME_PX = 640


class ExcludedView(QWidget):
    """A tree: one row per excluded candidate, its reasons as child rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = QLabel(self)
        self._summary.setWordWrap(True)
        self._tree = QTreeWidget(self)
        self._tree.setColumnCount(3)
        self._tree.setHeaderLabels(
            [self.tr("Candidate"), self.tr("Monthly cost if allowed"), self.tr("Route")]
        )
        self._tree.setAccessibleName(self.tr("Excluded candidates"))
        self._tree.setUniformRowHeights(True)
        self._tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self._tree.header()
        header.setStretchLastSection(True)  # the route, last, takes what is left
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._summary)
        layout.addWidget(self._tree)
        self._shown: tuple[str, ...] = ()
        self._pending: tuple[ResultsView | None] | None = None

    @property
    def tree(self) -> QTreeWidget:
        """The tree of excluded candidates (brought up to date first)."""
        self._flush()
        return self._tree

    def set_view(self, view: ResultsView | None) -> None:
        """Show the excluded candidates of ``view``, closest first.

        While the list is hidden (another tab in front) the tree is filled when it is next shown
        or read: a what-if edit does not pay for a list nobody sees.
        """
        self._pending = (view,)
        if self.isVisible():
            self._flush()

    def showEvent(self, event: QShowEvent) -> None:
        self._flush()
        super().showEvent(event)

    def _flush(self) -> None:
        if self._pending is None:
            return
        (view,), self._pending = self._pending, None
        self._fill(view)

    def _fill(self, view: ResultsView | None) -> None:
        excluded = ordered(view.excluded) if view else []
        keys = tuple(e.key for e in excluded[:MAX_SHOWN])
        if keys == self._shown and view is not None:
            return
        self._shown = keys
        self._tree.setUpdatesEnabled(False)
        self._tree.clear()
        currency, rate = (view.currency, view.rate) if view else ("USD", 1.0)
        for ex in excluded[:MAX_SHOWN]:
            item = _item(ex, currency, rate)
            self._tree.addTopLevelItem(item)
            for j in range(item.childCount()):
                child = item.child(j)
                if child is not None:
                    child.setFirstColumnSpanned(True)
        self._fit_columns()
        self._tree.setUpdatesEnabled(True)
        self._summary.setText(self._summary_text(excluded))

    def _fit_columns(self) -> None:
        """Candidate and cost as wide as their texts (scrolls sideways when narrow); route last."""
        self._tree.resizeColumnToContents(1)
        names = [self._tree.topLevelItem(i) for i in range(self._tree.topLevelItemCount())]
        metrics = self._tree.fontMetrics()
        text = max((metrics.horizontalAdvance(i.text(0)) for i in names if i), default=0)
        hint = max(text + self._tree.indentation() + 16, self._tree.header().sectionSizeHint(0))
        self._tree.setColumnWidth(0, min(hint, MAX_NAME_PX))

    def _summary_text(self, excluded: list[Excluded]) -> str:
        if not excluded:
            return self.tr("No candidate was excluded.")
        close = sum(1 for e in excluded if e.closeness <= CLOSE_THRESHOLD)
        text = self.tr("%n candidate(s) excluded by hard constraints.", "", len(excluded))
        if close:
            text += " " + self.tr("%n of them only narrowly (marked ●).", "", close)
        if len(excluded) > MAX_SHOWN:
            text += " " + self.tr("Showing the closest {n}.").format(n=MAX_SHOWN)
        return text

    def reasons_of(self, key: str) -> list[str]:
        """The reasons shown for the excluded candidate ``key`` (empty if not shown)."""
        self._flush()
        for i in range(self._tree.topLevelItemCount()):
            item = self._tree.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == key:
                children = (item.child(j) for j in range(item.childCount()))
                return [child.text(0) for child in children if child is not None]
        return []


def ordered(excluded: tuple[Excluded, ...]) -> list[Excluded]:
    """Excluded candidates, closest to feasible first, then cheapest."""
    return sorted(
        excluded,
        key=lambda e: (e.closeness, e.monthly_usd if e.monthly_usd is not None else float("inf")),
    )


def _item(ex: Excluded, currency: str, rate: float) -> QTreeWidgetItem:
    badge = "● " if ex.closeness <= CLOSE_THRESHOLD else ""
    name = f"{badge}{ex.model_name} · {ex.provider}" if ex.provider else f"{badge}{ex.model_name}"
    cost = money(ex.monthly_usd * rate, currency) if ex.monthly_usd is not None else "–"
    item = QTreeWidgetItem([name, cost, route_label(ex.route)])
    item.setData(0, Qt.ItemDataRole.UserRole, ex.key)
    item.setToolTip(0, "\n".join((ex.detail or name, *ex.reasons)))
    item.setToolTip(2, route_label(ex.route))
    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for reason in ex.reasons:
        item.addChild(QTreeWidgetItem([reason]))
    return item
