"""The chart tabs of the results view; only the visible chart is redrawn on each change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from llm_tco.gui import charts
from llm_tco.gui.results.view_model import ResultsView


@dataclass
class ChartSlot:
    """One chart on screen: its builder and the widget it redraws into."""

    name: str
    builder: Callable[..., pg.PlotWidget]
    widget: pg.PlotWidget | None = None
    dirty: bool = True
    uses_monte_carlo: bool = False
    takes_candidate: bool = False


def _slots() -> list[tuple[str, list[ChartSlot]]]:
    return [
        (
            QCoreApplication.translate("Results", "Cost vs volume"),
            [ChartSlot("volume", charts.build_cost_vs_volume)],
        ),
        (
            QCoreApplication.translate("Results", "Breakdown"),
            [ChartSlot("breakdown", charts.build_cost_breakdown)],
        ),
        (
            QCoreApplication.translate("Results", "Cumulative"),
            [ChartSlot("cumulative", charts.build_cumulative_cost)],
        ),
        (
            QCoreApplication.translate("Results", "Sensitivity"),
            [ChartSlot("tornado", charts.build_tornado)],
        ),
        (
            QCoreApplication.translate("Results", "Uncertainty"),
            [
                ChartSlot("monte_carlo", charts.build_monte_carlo, uses_monte_carlo=True),
                ChartSlot("prob_best", charts.build_prob_best, uses_monte_carlo=True),
            ],
        ),
        (
            QCoreApplication.translate("Results", "Cost vs quality"),
            [ChartSlot("quality", charts.build_cost_vs_quality)],
        ),
        (
            QCoreApplication.translate("Results", "Latency vs throughput"),
            [ChartSlot("latency", charts.build_latency_throughput, takes_candidate=True)],
        ),
    ]


class ChartTabs(QTabWidget):
    """A tab per chart (the uncertainty tab holds two); charts are built lazily when shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: ResultsView | None = None
        self._theme = "light"
        self._candidate: str | None = None
        self.slots: dict[str, ChartSlot] = {}
        self._tab_slots: list[list[ChartSlot]] = []
        for title, slots in _slots():
            holder = QSplitter(Qt.Orientation.Vertical, self)
            holder.setChildrenCollapsible(False)
            for slot in slots:
                slot.widget = slot.builder(_EMPTY, theme=self._theme)
                slot.widget.setParent(holder)
                slot.widget.setAccessibleName(title)
                holder.addWidget(slot.widget)
                self.slots[slot.name] = slot
            self._tab_slots.append(slots)
            self.addTab(holder, title)
        self.currentChanged.connect(lambda _index: self._draw_visible())

    def set_view(self, view: ResultsView | None, *, monte_carlo_only: bool = False) -> None:
        """New results: mark charts dirty and redraw the visible ones."""
        self._view = view
        for slot in self.slots.values():
            if not monte_carlo_only or slot.uses_monte_carlo:
                slot.dirty = True
        self._draw_visible()

    def set_candidate(self, key: str | None) -> None:
        """The candidate whose latency curve is shown (None: the best self-hosted one)."""
        if key != self._candidate:
            self._candidate = key
            self.slots["latency"].dirty = True
            self._draw_visible()

    def set_theme(self, theme: str) -> None:
        """Redraw every chart in ``theme`` ('light' or 'dark') when next shown."""
        if theme != self._theme:
            self._theme = theme
            for slot in self.slots.values():
                slot.dirty = True
            self._draw_visible()

    def theme(self) -> str:
        """The current chart theme name."""
        return self._theme

    def redraw_all(self) -> None:
        """Draw every dirty chart now, visible or not (benchmarks, screenshots)."""
        for slot in self.slots.values():
            self._draw(slot)

    def _draw_visible(self) -> None:
        index = self.currentIndex()
        if 0 <= index < len(self._tab_slots):
            for slot in self._tab_slots[index]:
                self._draw(slot)

    def _draw(self, slot: ChartSlot) -> None:
        if not slot.dirty:
            return
        view = self._view or _EMPTY
        options = {"candidate_key": self._candidate} if slot.takes_candidate else {}
        if slot.takes_candidate and self._candidate not in view.latency_curves:
            options = {}
        slot.builder(view, theme=self._theme, plot=slot.widget, **options)
        slot.dirty = False


_EMPTY = ResultsView(project_name="", currency="USD", rate=1.0, horizon_months=1, candidates=())
