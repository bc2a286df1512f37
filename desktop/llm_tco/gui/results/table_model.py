"""Table model over the ranked recommendations, and a sort/filter proxy with a route filter."""

from __future__ import annotations

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

from llm_tco.gui.results.formatting import money, number, percent, route_label
from llm_tco.gui.results.view_model import Candidate, ResultsView

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
ROUTE_ROLE = Qt.ItemDataRole.UserRole + 3


class Column(IntEnum):
    RANK = 0
    ROUTE = 1
    MODEL = 2
    WHERE = 3
    MONTHLY = 4
    TOTAL = 5
    PER_M_TOKENS = 6
    UTILISATION = 7
    QUALITY = 8
    LATENCY = 9
    SCORE = 10


COLUMNS: tuple[Column, ...] = tuple(Column)  # by position: no Enum lookup per cell (hot path)
N_COLUMNS = len(COLUMNS)


def _headers() -> dict[Column, str]:
    return {
        Column.RANK: QCoreApplication.translate("Results", "Rank"),
        Column.ROUTE: QCoreApplication.translate("Results", "Route"),
        Column.MODEL: QCoreApplication.translate("Results", "Model"),
        Column.WHERE: QCoreApplication.translate("Results", "Provider / hardware"),
        Column.MONTHLY: QCoreApplication.translate("Results", "Monthly cost"),
        Column.TOTAL: QCoreApplication.translate("Results", "Total over horizon"),
        Column.PER_M_TOKENS: QCoreApplication.translate("Results", "Cost per M tokens"),
        Column.UTILISATION: QCoreApplication.translate("Results", "Utilisation"),
        Column.QUALITY: QCoreApplication.translate("Results", "Quality"),
        Column.LATENCY: QCoreApplication.translate("Results", "TTFT (ms)"),
        Column.SCORE: QCoreApplication.translate("Results", "Score"),
    }


def _sort_value(c: Candidate, column: Column, rate: float) -> object:
    values: dict[Column, object] = {
        Column.RANK: c.rank,
        Column.ROUTE: route_label(c.route),
        Column.MODEL: c.model_name.casefold(),
        Column.WHERE: (c.hardware if c.self_hosted else c.provider).casefold(),
        Column.MONTHLY: c.monthly_usd * rate,
        Column.TOTAL: c.total_usd * rate,
        Column.PER_M_TOKENS: c.usd_per_m_tokens * rate,
        Column.UTILISATION: -1.0 if c.utilisation is None else c.utilisation,
        Column.QUALITY: -1.0 if c.quality is None else c.quality,
        Column.LATENCY: float("inf") if c.latency_ms is None else c.latency_ms,
        Column.SCORE: c.score,
    }
    return values[column]


def _display(c: Candidate, column: Column, currency: str, rate: float) -> str:
    if column is Column.MONTHLY:
        return money(c.monthly_usd * rate, currency)
    if column is Column.TOTAL:
        return money(c.total_usd * rate, currency)
    if column is Column.PER_M_TOKENS:
        return money(c.usd_per_m_tokens * rate, currency, decimals=2)
    if column is Column.UTILISATION:
        return percent(c.utilisation) if c.utilisation is not None else "–"
    if column is Column.QUALITY:
        return number(c.quality, decimals=1)
    if column is Column.LATENCY:
        return number(c.latency_ms)
    if column is Column.SCORE:
        return number(c.score, decimals=1)
    if column is Column.ROUTE:
        return route_label(c.route)
    if column is Column.WHERE:
        if c.where:
            return c.where
        return c.hardware if c.self_hosted and c.hardware else c.provider
    if column is Column.MODEL:
        return c.model_name
    return str(c.rank)


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        SORT_ROLE,
        KEY_ROLE,
        ROUTE_ROLE,
    }
)


class RecommendationModel(QAbstractTableModel):
    """One row per feasible candidate, in the engine's ranking order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Candidate, ...] = ()
        self._currency = "USD"
        self._rate = 1.0
        self._headers = _headers()
        self._cost_only = False

    def set_view(self, view: ResultsView | None, *, cost_only: bool = False) -> None:
        """Show the candidates of ``view`` (None: empty); cheap when only values change.

        ``cost_only``: the engine's cost-only ranking (cheapest total first) instead of the
        weighted score; the Rank column then shows the cost rank.
        """
        self._cost_only = cost_only
        if view is None:
            rows: tuple[Candidate, ...] = ()
        elif cost_only and view.cost_only:
            rows = tuple(sorted(view.cost_only, key=lambda c: c.cost_rank))
        else:
            rows = tuple(sorted(view.candidates, key=lambda c: c.rank))
        currency, rate = (view.currency, view.rate) if view else ("USD", 1.0)
        same_keys = [c.key for c in rows] == [c.key for c in self._rows]
        if same_keys and rows:
            self._rows, self._currency, self._rate = rows, currency, rate
            last = self.index(len(rows) - 1, N_COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows, self._currency, self._rate = rows, currency, rate
        self.endResetModel()

    def candidate(self, row: int) -> Candidate | None:
        """The candidate shown in ``row`` (source model row)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        """Source row of the candidate ``key``, or -1."""
        return next((i for i, c in enumerate(self._rows) if c.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else N_COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < N_COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.ToolTipRole and section in (Column.MONTHLY, Column.TOTAL):
            return QCoreApplication.translate("Results", "in {currency}").format(
                currency=self._currency
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None  # the view asks for a dozen roles per cell while painting
        col = index.column()
        if not 0 <= col < N_COLUMNS:
            return None
        cand, column = self._rows[index.row()], COLUMNS[col]
        if column is Column.RANK and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            rank = cand.cost_rank if self._cost_only else cand.rank
            return str(rank) if role == Qt.ItemDataRole.DisplayRole else rank
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(cand, column, self._currency, self._rate)
        if role == SORT_ROLE:
            return _sort_value(cand, column, self._rate)
        if role == KEY_ROLE:
            return cand.key
        if role == ROUTE_ROLE:
            return cand.route
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.MONTHLY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.WHERE and cand.hardware:
                return f"{cand.label}\n{cand.hardware}"
            return cand.label
        return None


class RecommendationProxy(QSortFilterProxyModel):
    """Sorts by the numeric sort role and filters by route (None: all routes)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._route: str | None = None
        self.setSortRole(SORT_ROLE)

    def route_filter(self) -> str | None:
        """The route shown, or None for all."""
        return self._route

    def set_route_filter(self, route: str | None) -> None:
        """Show only candidates of ``route`` (None: all)."""
        if route == self._route:
            return
        self.beginFilterChange()
        self._route = route
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._route is None:
            return True
        source = self.sourceModel()
        return bool(
            source.data(source.index(source_row, 0, source_parent), ROUTE_ROLE) == self._route
        )

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
