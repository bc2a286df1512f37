"""The results panel: ranked table, detail, excluded candidates, charts and the live what-if panel.

The shell embeds it and calls ``set_project(project, catalogs)``; edits in the what-if panel are
applied at once and announced with ``projectEdited(Project)`` so the shell can push them onto its
undo stack. Calling ``set_project`` again with the same project is free (nothing is recomputed).
The deterministic evaluation runs in the GUI thread (milliseconds); Monte Carlo runs in a worker.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from llm_tco.gui.charts.theme import theme_for_palette
from llm_tco.gui.results.adapter import from_evaluation
from llm_tco.gui.results.chart_tabs import ChartTabs
from llm_tco.gui.results.detail_pane import DetailPane, error_dialog
from llm_tco.gui.results.evaluator import Evaluator, default_evaluate, keep_analyses
from llm_tco.gui.results.excluded_view import CLOSE_THRESHOLD, ExcludedView
from llm_tco.gui.results.formatting import money, route_label
from llm_tco.gui.results.latency import latency_curve
from llm_tco.gui.results.ranked_table import (
    ALWAYS_SHOWN,
    ElidingLabel,
    fit_ranked_columns,
    make_ranked_table,
    set_column_shown,
)
from llm_tco.gui.results.table_model import KEY_ROLE, RecommendationModel, RecommendationProxy
from llm_tco.gui.results.view_model import ResultsView
from llm_tco.gui.results.whatif_panel import WhatIfPanel
from llm_tco.i18n import format_number

log = logging.getLogger(__name__)

SPLIT_MAIN = (375, 1025)  # what-if panel | table and charts (px; kept in proportion)
SPLIT_RIGHT = (260, 520)  # table | details and charts
SPLIT_BOTTOM = (380, 670)  # details / excluded | charts


def freeze_long_lived_objects() -> bool:
    """Once per process, after the first full analysis: ``gc.freeze()``.

    The catalogs, the engine's caches and Qt's wrappers then stay out of the cyclic garbage
    collector's full passes, which otherwise scan ~100,000 objects (60-110 ms, measured) at
    moments Python chooses, such as in the middle of a what-if edit. True when it froze now.
    """
    if gc.get_freeze_count():  # frozen already
        return False
    gc.collect()  # what is garbage now is freed, not kept for ever
    gc.freeze()
    return True


class ResultsPanel(QWidget):
    """Everything the user sees after the wizard; see the module docstring for the contract."""

    projectEdited = Signal(object)
    viewChanged = Signal()
    monteCarloFinished = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, evaluate: Callable[..., Any] | None = None
    ) -> None:
        super().__init__(parent)
        self._project: Any = None
        self._catalogs: Any = None
        self._view: ResultsView | None = None
        self._selected: str | None = None
        self._edit_started: float | None = None
        self.error_dialog: QMessageBox | None = None
        self.last_update_ms = 0.0
        self.last_apply_ms = 0.0
        self.evaluator = Evaluator(evaluate or default_evaluate, self)
        self.evaluator.ranked.connect(self._on_ranked)
        self.evaluator.uncertain.connect(self._on_uncertain)
        self.evaluator.failed.connect(self._on_failed)
        self.evaluator.progress.connect(lambda pct: self.progress.setValue(pct))
        self.evaluator.monteCarloStarted.connect(self._on_mc_started)
        self.evaluator.monteCarloEnded.connect(self._end_progress)
        self._result: Any = None
        self._columns_restored = False
        self._build()

    # ------------------------------------------------------------------ construction
    def _build(self) -> None:
        self.whatif = WhatIfPanel(self)
        self.whatif.edited.connect(self._on_whatif_edited)
        scroll = QScrollArea(self)
        scroll.setWidget(self.whatif)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(260)
        self.model = RecommendationModel(self)
        self.proxy = RecommendationProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        header = self._make_header()
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(header)
        top_layout.addWidget(self.table)
        self.detail = DetailPane(self)
        self.excluded = ExcludedView(self)
        self.info_tabs = QTabWidget(self)
        self.info_tabs.addTab(self.detail, self.tr("Details"))
        self.info_tabs.addTab(self.excluded, self.tr("Excluded"))
        self.charts = ChartTabs(self)
        self.charts.set_theme(theme_for_palette(self.palette()).name)
        self.charts.currentChanged.connect(lambda _i: self._ensure_latency_curve())
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.info_tabs)
        bottom.addWidget(self.charts)
        bottom.setStretchFactor(1, 2)
        bottom.setSizes(list(SPLIT_BOTTOM))
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(top)
        right.addWidget(bottom)
        right.setStretchFactor(1, 2)
        right.setSizes(list(SPLIT_RIGHT))
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(scroll)
        main.addWidget(right)
        main.setStretchFactor(1, 4)
        main.setSizes(list(SPLIT_MAIN))
        self.splitters = (main, right, bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(main, 1)
        layout.addLayout(self._make_status_row())

    def _make_header(self) -> QHBoxLayout:
        self.summary = ElidingLabel(self)
        self.route_filter = QComboBox(self)
        self.route_filter.setAccessibleName(self.tr("Filter by route"))
        self.route_filter.addItem(self.tr("All routes"), None)
        self.route_filter.currentIndexChanged.connect(self._on_route_filter)
        filter_label = QLabel(self.tr("&Route:"), self)
        filter_label.setBuddy(self.route_filter)
        self.ranking = QComboBox(self)
        self.ranking.addItem(self.tr("Weighted score"), False)
        self.ranking.addItem(self.tr("Total cost only"), True)
        self.ranking.setAccessibleName(self.tr("Ranking"))
        self.ranking.currentIndexChanged.connect(self._on_ranking_changed)
        ranking_label = QLabel(self.tr("Rank &by:"), self)
        ranking_label.setBuddy(self.ranking)
        header = QHBoxLayout()
        header.addWidget(self.summary, 1)
        header.addWidget(ranking_label)
        header.addWidget(self.ranking)
        header.addWidget(filter_label)
        header.addWidget(self.route_filter)
        return header

    def _make_table(self) -> QTableView:
        table = make_ranked_table(self, self.proxy)
        table.setAccessibleName(self.tr("Ranked recommendations"))
        table.selectionModel().currentRowChanged.connect(self._on_current_row)
        return table

    def _make_status_row(self) -> QHBoxLayout:
        self.status = QLabel(self)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Monte Carlo progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop the Monte Carlo run"))
        self.cancel_button.clicked.connect(self.cancel_monte_carlo)
        self.cancel_button.hide()
        for widget in (self.progress, self.cancel_button):
            # hidden, they keep their room: showing them does not re-lay out (and repaint) the panel
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        return row

    # ------------------------------------------------------------------ public API
    def save_state(self) -> dict[str, QByteArray]:
        """Splitter positions and the ranked table's columns (order, widths, hidden ones)."""
        state = {f"splitter{i}": s.saveState() for i, s in enumerate(self.splitters)}
        state["columns"] = self.table.horizontalHeader().saveState()
        return state

    def restore_state(self, state: Mapping[str, object]) -> None:
        """Restore what :meth:`save_state` returned; unknown or broken values are ignored."""
        for i, splitter in enumerate(self.splitters):
            value = state.get(f"splitter{i}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)
        value = state.get("columns")
        header = self.table.horizontalHeader()
        if isinstance(value, QByteArray) and header.restoreState(value):
            self._columns_restored = True
            for column in ALWAYS_SHOWN:
                set_column_shown(self.table, column, shown=True)

    def set_project(self, project: Any, catalogs: Any) -> None:
        """Show ``project`` evaluated with ``catalogs`` (no-op when nothing changed).

        Evaluation runs in a worker; ``viewChanged`` is emitted when the table and charts show it.
        """
        if project == self._project and catalogs is self._catalogs:
            return
        self._project, self._catalogs = project, catalogs
        self._result = None
        self.whatif.set_project(project)
        self._edit_started = time.perf_counter()
        self.status.setText(self.tr("Evaluating…"))
        self.evaluator.submit(project, catalogs)

    def project(self) -> Any:
        """The project currently shown."""
        return self._project

    def current_result(self) -> Any:
        """The engine result shown now (with the uncertainty analysis once it has arrived).

        None before the first evaluation. A result of an older project is never returned: after
        an edit this is None until the new ranking is shown.
        """
        return self._result

    def view(self) -> ResultsView | None:
        """The results currently shown (None before the first successful evaluation)."""
        return self._view

    def selected_key(self) -> str | None:
        """The candidate selected in the table."""
        return self._selected

    def set_chart_theme(self, theme: str) -> None:
        """Draw charts in 'light' or 'dark' (called on colour-scheme changes)."""
        self.charts.set_theme(theme)

    def is_monte_carlo_running(self) -> bool:
        """True while a Monte Carlo run is pending or running."""
        return self.evaluator.is_monte_carlo_running()

    def start_monte_carlo_now(self) -> None:
        """Start the Monte Carlo run for the current project immediately."""
        self.evaluator.start_monte_carlo()

    def cancel_monte_carlo(self) -> None:
        """Stop the running Monte Carlo (its result, if any, is discarded)."""
        if self.evaluator.cancel_monte_carlo():
            self.status.setText(self.tr("Monte Carlo cancelled."))
        self._end_progress()

    # ------------------------------------------------------------------ evaluation results
    def _to_view(self, project: Any, result: Any) -> ResultsView:
        if isinstance(result, ResultsView):
            return result
        return from_evaluation(result, project=project)

    def _on_ranked(self, project: Any, result: Any) -> None:
        start = time.perf_counter()
        view = keep_analyses(self._to_view(project, result), self._view)
        self._result = None if isinstance(result, ResultsView) else result
        self._apply_view(view)
        now = time.perf_counter()
        self.last_apply_ms = 1000.0 * (now - start)
        if self._edit_started is not None:
            self.last_update_ms = 1000.0 * (now - self._edit_started)
        self.status.setText(self.tr("Updated; uncertainty analysis follows…"))
        self.viewChanged.emit()

    def _on_uncertain(self, project: Any, result: Any) -> None:
        if self._view is None:
            return
        full = self._to_view(project, result)
        if self._view.latency_curves:
            full = dataclasses.replace(full, latency_curves=self._view.latency_curves)
        self._result = None if isinstance(result, ResultsView) else result
        self._apply_view(full)
        freeze_long_lived_objects()
        n = full.monte_carlo.n_samples if full.monte_carlo else 0
        text = self.tr("Uncertainty: %n Monte Carlo sample(s).", "", n)
        self.status.setText(text.replace(str(n), format_number(n), 1))  # %n is not grouped
        self.monteCarloFinished.emit()

    def _on_failed(self, monte_carlo: bool, user_error: bool, message: str, details: str) -> None:
        what = self.tr("Monte Carlo failed") if monte_carlo else self.tr("Could not evaluate")
        self.status.setText(f"{what}: {message}")
        if user_error and not monte_carlo:
            return  # a problem with the inputs: the status line says which, no dialog per edit
        self.error_dialog = error_dialog(self, what, message, details)

    def _apply_view(self, view: ResultsView) -> None:
        self._view = view
        first = self.model.rowCount() == 0
        self.model.set_view(view, cost_only=bool(self.ranking.currentData()))
        if first and not self._columns_restored:
            self.fit_columns()
        self._update_route_filter(view)
        self.excluded.set_view(view)
        self.summary.setText(self._summary_text(view))
        self.info_tabs.setTabText(1, self.tr("Excluded (%n)", "", len(view.excluded)))
        self._restore_selection()
        self._ensure_latency_curve()
        self.charts.set_view(self._view)

    def fit_columns(self) -> None:
        """Numbers as wide as their contents, names at a fixed width (elided, full in tooltips)."""
        fit_ranked_columns(self.table)

    def _summary_text(self, view: ResultsView) -> str:
        if not view.candidates:
            return self.tr("No candidate meets the constraints; see Excluded for the reasons.")
        best = min(view.candidates, key=lambda c: c.rank)
        text = self.tr("Recommended: {name} at {cost} per month ({n} options shown).").format(
            name=best.label,
            cost=money(view.to_display(best.monthly_usd), view.currency),
            n=len(view.candidates),
        )
        close = sum(1 for e in view.excluded if e.closeness <= CLOSE_THRESHOLD)
        if close:
            text += " " + self.tr("● %n close option(s) excluded: see Excluded.", "", close)
        return text

    def _on_whatif_edited(self, project: Any) -> None:
        self.set_project(project, self._catalogs)
        self.projectEdited.emit(project)

    # ------------------------------------------------------------------ table and filter
    def _update_route_filter(self, view: ResultsView) -> None:
        routes = sorted({c.route for c in (*view.candidates, *view.cost_only)})
        shown = [self.route_filter.itemData(i) for i in range(1, self.route_filter.count())]
        if routes == shown:
            return
        current = self.proxy.route_filter()
        self.route_filter.blockSignals(True)
        while self.route_filter.count() > 1:
            self.route_filter.removeItem(1)
        for route in routes:
            self.route_filter.addItem(route_label(route), route)
        index = self.route_filter.findData(current) if current in routes else 0
        self.route_filter.setCurrentIndex(max(index, 0))
        self.route_filter.blockSignals(False)
        self.proxy.set_route_filter(self.route_filter.currentData())

    def _on_ranking_changed(self, _index: int) -> None:
        if self._view is not None:
            self.model.set_view(self._view, cost_only=bool(self.ranking.currentData()))
            self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            self._restore_selection()

    def set_cost_only_ranking(self, cost_only: bool) -> None:
        """Rank the table by total cost only (True) or by the weighted score (False)."""
        self.ranking.setCurrentIndex(1 if cost_only else 0)

    def _on_route_filter(self, _index: int) -> None:
        self.proxy.set_route_filter(self.route_filter.currentData())
        self._restore_selection()

    def set_route_filter(self, route: str | None) -> None:
        """Show only ``route`` in the table (None: all routes)."""
        index = self.route_filter.findData(route) if route else 0
        self.route_filter.setCurrentIndex(max(index, 0))

    def _restore_selection(self) -> None:
        row = self.model.row_of(self._selected) if self._selected else -1
        proxy_index = (
            self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        )
        if not proxy_index.isValid() and self.proxy.rowCount() > 0:
            proxy_index = self.proxy.index(0, 0)
        selection = self.table.selectionModel()
        if proxy_index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            if selection.currentIndex().row() != proxy_index.row():
                selection.setCurrentIndex(proxy_index, flags)  # shows it via _on_current_row
                return
            selection.select(proxy_index, flags)
        self._show_selected(proxy_index.data(KEY_ROLE) if proxy_index.isValid() else None)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected(current.data(KEY_ROLE) if current.isValid() else None)

    def _show_selected(self, key: str | None) -> None:
        self._selected = key
        self.detail.show_candidate(self._view, key)
        cand = self._view.candidate(key) if self._view and key else None
        if cand is not None and cand.self_hosted:
            self._ensure_latency_curve()
            self.charts.set_candidate(key)

    def _ensure_latency_curve(self) -> None:
        view = self._view
        if view is None or self.charts.slots["latency"].widget is None:
            return
        if self.charts.currentIndex() != self.charts.count() - 1:
            return
        key = self._selected
        cand = view.candidate(key) if key else None
        if cand is None or not cand.self_hosted:
            ordered = [*sorted(view.candidates, key=lambda c: c.rank), *view.cost_only]
            cand = next((c for c in ordered if c.self_hosted), None)
        if cand is None or cand.key in view.latency_curves:
            return
        try:
            curve = latency_curve(view, cand.key, project=self._project, catalogs=self._catalogs)
        except Exception:
            log.exception("latency curve failed")
            return
        if curve is not None:
            curves = {**view.latency_curves, cand.key: curve}
            self._view = dataclasses.replace(view, latency_curves=curves)
            self.charts.set_view(self._view)

    # ------------------------------------------------------------------ Monte Carlo progress
    def _on_mc_started(self) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(self.tr("Updating break-evens, sensitivity and Monte Carlo…"))

    def _end_progress(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    # ------------------------------------------------------------------ Qt events
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.charts.set_theme(theme_for_palette(self.palette()).name)
        super().changeEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.cancel_monte_carlo()
        self.evaluator.wait(5000)
        super().closeEvent(event)
