"""Shared pieces of the chart builders: axes with readable ticks, plot setup, hover read-outs."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyqtgraph as pg
from numpy.typing import ArrayLike
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QSizePolicy, QToolTip

from llm_tco.gui.charts.theme import ChartTheme, get_theme, style_plot_item
from llm_tco.gui.results.adapter import as_view
from llm_tco.gui.results.view_model import ResultsView

HOVER_RADIUS_PX = 14.0
LEGEND_ROW = 4  # PlotItem grid: 0 title, 1 top axis, 2 view box, 3 bottom axis, 4 the legend
LEGEND_LINE_CHARS = 84  # characters of legend text per line before another row is started


class BelowLegend(pg.LegendItem):  # type: ignore[misc]
    """A legend laid out under the plot (never over the data), in as many columns as fit."""

    def __init__(self) -> None:
        super().__init__(offset=None, frame=False, colCount=1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def updateSize(self) -> None:  # the base class moves itself to (0, 0): size the cell instead
        width = height = 0.0
        for row in range(self.layout.rowCount()):
            items = [self.layout.itemAt(row, c) for c in range(self.layout.columnCount())]
            items = [i for i in items if i is not None]
            width = max(width, sum(i.preferredWidth() + 3 for i in items))
            height += max((i.preferredHeight() for i in items), default=0.0)
        # only the height is imposed: a wide legend must never widen the plot (columns re-fit)
        self.setMinimumSize(0.0, height)
        self.setPreferredSize(width, height)
        self.setMaximumSize(width, height)
        self.updateGeometry()

    def fit_columns(self) -> None:
        """As many columns as fit the plot's width (before it is laid out: by character count)."""
        if not self.items:
            return
        plot = self.parentItem()
        available = float(plot.size().width()) - 24.0 if plot is not None else 0.0
        if available > 100.0:
            entries = [
                s.boundingRect().width() + lab.preferredWidth() + 14 for s, lab in self.items
            ]
            fit = next(
                (n for n in range(len(entries), 1, -1) if _grid_width(entries, n) <= available), 1
            )
        else:
            longest = max(len(label.text) for _s, label in self.items)
            fit = LEGEND_LINE_CHARS // max(longest, 1)
        self.setColumnCount(max(1, min(len(self.items), fit)))

    def mouseDragEvent(self, ev: Any) -> None:
        ev.ignore()


def _grid_width(entries: list[float], columns: int) -> float:
    """Width of ``entries`` laid out row by row in ``columns`` columns (each its widest entry)."""
    return sum(max(entries[c::columns]) for c in range(columns))


def add_legend_below(item: pg.PlotItem) -> BelowLegend:
    """Give ``item`` a :class:`BelowLegend` (it becomes ``item.legend``)."""
    legend = BelowLegend()
    # spans the three columns (left axis, plot, right axis): all the width under the plot
    item.layout.addItem(legend, LEGEND_ROW, 0, 1, 3, alignment=Qt.AlignmentFlag.AlignHCenter)
    item.layout.setRowStretchFactor(LEGEND_ROW, 0)
    item.legend = legend
    item.geometryChanged.connect(legend.fit_columns)  # wider plot, more columns
    return legend


def compact(value: float) -> str:
    """A number in a short readable form: 1.2k, 3.4M, 5B (no currency sign)."""
    if not math.isfinite(value):
        return "–"
    mag = abs(value)
    for threshold, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if mag >= threshold:
            return f"{value / threshold:.3g}{suffix}"
    if mag >= 100 or value == 0:
        return f"{value:.0f}"
    return f"{value:.3g}"


class CompactAxis(pg.AxisItem):  # type: ignore[misc]
    """Axis whose tick labels read 1.2k, 3.4M instead of 1.2e+03."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [compact(v * scale) for v in values]


class Log10Axis(pg.AxisItem):  # type: ignore[misc]
    """Axis over log10 of a quantity, labelled with the quantity itself (1M, 10M, ...)."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        lo, hi = math.floor(minVal), math.ceil(maxVal)
        if hi - lo > 40 or not math.isfinite(minVal + maxVal):
            return list(super().tickValues(minVal, maxVal, size))
        if maxVal - minVal < 1.0:  # less than a decade: evenly spaced round values
            return [(1.0, _round_log_ticks(minVal, maxVal)), (1.0, [])]
        if hi - lo <= 2:  # one or two decades: 1, 2, 5 of each
            ticks = [e + math.log10(m) for e in range(lo, hi + 1) for m in (1, 2, 5)]
            return [(1.0, [t for t in ticks if minVal <= t <= maxVal]), (1.0, [])]
        step = max(1, math.ceil((hi - lo) / 8))
        major = [float(e) for e in range(lo, hi + 1, step)]
        minor: list[float] = []
        if step == 1 and hi - lo <= 4:
            minor = [e + math.log10(m) for e in range(lo, hi + 1) for m in (2, 5)]
        return [(float(step), major), (0.3, minor)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [compact(10.0 ** (v * scale)) for v in values]


def _round_log_ticks(lo: float, hi: float, *, count: int = 5) -> list[float]:
    """log10 positions of about ``count`` round values between 10**lo and 10**hi."""
    vmin, vmax = 10.0**lo, 10.0**hi
    raw = (vmax - vmin) / count
    if raw <= 0:
        return [lo]
    mag = 10.0 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(vmin / step) * step
    values = [first + i * step for i in range(count * 2 + 2) if first + i * step <= vmax]
    return [math.log10(v) for v in values if v > 0]


class CategoryAxis(pg.AxisItem):  # type: ignore[misc]
    """Axis with one text label per integer position."""

    def set_categories(self, labels: Sequence[str]) -> None:
        """Label positions 0..n-1 with ``labels``."""
        self.setTicks([[(float(i), text) for i, text in enumerate(labels)], []])


@dataclass
class HoverIndex:
    """What to say when the pointer is near a point or inside a rectangle (view coordinates).

    Texts of point series are formatted only when asked for (a chart has hundreds of points).
    """

    series: list[tuple[np.ndarray, np.ndarray, Callable[[int], str]]] = field(default_factory=list)
    rects: list[tuple[float, float, float, float, str]] = field(default_factory=list)

    def add_point(self, x: float, y: float, text: str) -> None:
        """Register a hover text at one data point."""
        self.series.append(
            (np.array([x], dtype=float), np.array([y], dtype=float), lambda _i: text)
        )

    def add_series(self, xs: ArrayLike, ys: ArrayLike, text_of: Callable[[int], str]) -> None:
        """Register points whose hover text is ``text_of(index)``."""
        self.series.append((np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), text_of))

    def add_rect(self, x0: float, y0: float, x1: float, y1: float, text: str) -> None:
        """Register a hover text inside a data-space rectangle."""
        self.rects.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), text))

    def nearest(self, x: float, y: float, px_w: float, px_h: float) -> tuple[float, str] | None:
        """Closest point as (distance in pixels, text), pixel sizes in view units per pixel."""
        best: tuple[float, Callable[[int], str], int] | None = None
        for xs, ys, text_of in self.series:
            if xs.size == 0:
                continue
            dist = np.hypot((xs - x) / px_w, (ys - y) / px_h)
            i = int(np.nanargmin(dist)) if np.isfinite(dist).any() else -1
            if i >= 0 and (best is None or dist[i] < best[0]):
                best = (float(dist[i]), text_of, i)
        return (best[0], best[1](best[2])) if best else None


def hover_text_at(widget: pg.PlotWidget, x: float, y: float) -> str | None:
    """The hover text shown at data coordinates (x, y), or None."""
    index: HoverIndex | None = getattr(widget, "_tco_hover", None)
    if index is None:
        return None
    for x0, y0, x1, y1, text in index.rects:
        if x0 <= x <= x1 and y0 <= y <= y1:
            return text
    vb = widget.getPlotItem().getViewBox()
    px_w, px_h = vb.viewPixelSize()
    if not (vb.width() > 0 and px_w > 0 and px_h > 0):  # not laid out: nearest in data units
        found = index.nearest(x, y, 1.0, 1.0)
        return found[1] if found else None
    found = index.nearest(x, y, px_w, px_h)
    return found[1] if found and found[0] <= HOVER_RADIUS_PX else None


def _on_mouse_moved(widget: pg.PlotWidget, scene_pos: QPointF) -> None:
    vb = widget.getPlotItem().getViewBox()
    if not vb.sceneBoundingRect().contains(scene_pos):
        return
    pos = vb.mapSceneToView(scene_pos)
    text = hover_text_at(widget, pos.x(), pos.y())
    if text:
        global_pos = widget.mapToGlobal(widget.mapFromScene(scene_pos))
        QToolTip.showText(global_pos, text, widget)
    else:
        QToolTip.hideText()


def set_hover(widget: pg.PlotWidget, index: HoverIndex) -> None:
    """Attach (or replace) the hover read-out of a plot widget."""
    if getattr(widget, "_tco_hover", None) is None:
        widget.scene().sigMouseMoved.connect(lambda pos: _on_mouse_moved(widget, pos))
    widget._tco_hover = index


def prepare_plot(
    plot: pg.PlotWidget | None,
    *,
    theme: str | ChartTheme,
    title: str,
    x_label: str,
    y_label: str,
    axes: dict[str, type[pg.AxisItem]] | None = None,
    legend: bool = True,
    legend_offset: tuple[float, float] = (10, 10),
) -> tuple[pg.PlotWidget, ChartTheme]:
    """A new (or reused) plot widget with axes, labels, legend and theme applied.

    A reused widget keeps its items: builders draw through :class:`ItemCache`, which updates
    existing items in place (fast live updates) and removes the ones not drawn again.
    """
    chart_theme = get_theme(theme)
    axes = axes or {}
    if plot is None:
        plot = pg.PlotWidget(axisItems={name: cls(orientation=name) for name, cls in axes.items()})
        plot.getPlotItem().layout.setContentsMargins(8, 6, 12, 6)  # room for edge tick labels
    else:
        item = plot.getPlotItem()
        swap = {n: c(orientation=n) for n, c in axes.items() if type(item.getAxis(n)) is not c}
        if swap:
            item.setAxisItems(swap)
    item = plot.getPlotItem()
    if legend and item.legend is None:
        add_legend_below(item)  # legend_offset is kept for callers; the legend is never inside
    state = (chart_theme, title, x_label, y_label)
    if getattr(plot, "_tco_state", None) != state:
        item.setMenuEnabled(False)
        plot.setBackground(chart_theme.background)
        style_plot_item(item, chart_theme)
        fg = chart_theme.foreground
        item.setTitle(title, color=fg, size="11pt")
        item.setLabel("bottom", x_label, color=fg)
        item.setLabel("left", y_label, color=fg)
        for name in ("bottom", "left"):
            item.getAxis(name).enableAutoSIPrefix(False)
        plot._tco_state = state
    item.enableAutoRange()
    return plot, chart_theme


class ItemCache:
    """Draws a chart's items by key, reusing the items of the previous draw of the same widget."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        self.plot = plot
        self.item = plot.getPlotItem()
        self._items: dict[str, Any] = plot.__dict__.setdefault("_tco_items", {})
        self._used: list[str] = []

    def _reuse(self, key: str, cls: type) -> Any:
        self._used.append(key)
        found = self._items.get(key)
        return found if type(found) is cls else None

    def _add(self, key: str, obj: Any) -> Any:
        old = self._items.pop(key, None)
        if old is not None:
            self.item.removeItem(old)
        self._items[key] = obj
        self.item.addItem(obj)
        return obj

    def curve(self, key: str, x: Any, y: Any, **opts: Any) -> pg.PlotDataItem:
        """A line (PlotDataItem) with ``opts`` as for ``PlotDataItem.setData``."""
        found = self._reuse(key, pg.PlotDataItem)
        if found is None:
            return self._add(key, pg.PlotDataItem(x, y, **opts))
        found.setData(x, y, **opts)
        return found

    def scatter(self, key: str, x: Any, y: Any, **opts: Any) -> pg.ScatterPlotItem:
        """Markers (ScatterPlotItem)."""
        found = self._reuse(key, pg.ScatterPlotItem)
        if found is None:
            return self._add(key, pg.ScatterPlotItem(x=x, y=y, **opts))
        found.setData(x=x, y=y, **opts)
        if "name" in opts:
            found.opts["name"] = opts["name"]
        return found

    def bars(self, key: str, **opts: Any) -> pg.BarGraphItem:
        """Bars (BarGraphItem)."""
        found = self._reuse(key, pg.BarGraphItem)
        if found is None:
            return self._add(key, pg.BarGraphItem(**opts))
        found.setOpts(**opts)
        return found

    def line(self, key: str, pos: float, angle: float, pen: Any) -> pg.InfiniteLine:
        """A vertical (angle 90) or horizontal (0) line without a label."""
        found = self._reuse(key, pg.InfiniteLine)
        if found is None:
            return self._add(key, pg.InfiniteLine(pos=pos, angle=angle, pen=pen))
        found.setPen(pen)
        found.setValue(pos)
        return found

    def text(
        self, key: str, text: str, x: float, y: float, color: str, anchor: tuple[float, float]
    ) -> pg.TextItem:
        """A text label at data coordinates."""
        found = self._reuse(key, pg.TextItem)
        if found is None:
            found = self._add(key, pg.TextItem(text, color=color, anchor=anchor))
        else:
            found.setText(text, color=color)
        found.setPos(x, y)
        return found

    def finish(self, hover: HoverIndex) -> pg.PlotWidget:
        """Remove items not drawn this time, sync the legend, attach the hover read-out."""
        for key in [k for k in self._items if k not in self._used]:
            self.item.removeItem(self._items.pop(key))
        legend = self.item.legend
        if legend is not None:
            wanted = [(self._items[k], _item_name(self._items[k])) for k in self._used]
            wanted = [(obj, name) for obj, name in wanted if name]
            shown = [(sample.item, label.text) for sample, label in legend.items]
            if [(id(o), n) for o, n in wanted] != [(id(o), n) for o, n in shown]:
                legend.clear()
                for obj, name in wanted:
                    legend.addItem(obj, name)
            if isinstance(legend, BelowLegend):
                legend.fit_columns()
            legend.setVisible(bool(wanted))
        set_hover(self.plot, hover)
        return self.plot


def _item_name(obj: Any) -> str | None:
    if isinstance(obj, pg.ScatterPlotItem):
        found = obj.opts.get("name")
        return str(found) if found else None
    name = obj.name() if hasattr(obj, "name") else None
    return str(name) if name else None


def short_label(rank: int, name: str, *, width: int = 14) -> str:
    """'#3 Qwen3 32B' shortened to ``width`` characters; no '#' for unranked (rank < 1)."""
    text = f"#{rank} {name}" if rank >= 1 else name
    return text if len(text) <= width else text[: width - 1] + "…"


def view_of(result: object) -> ResultsView:
    """The results view of an engine result (or the view itself)."""
    return as_view(result)


def series_names(widget: pg.PlotWidget) -> list[str]:
    """Names of the named items of a chart, in drawing order (used by tests and the report)."""
    names: list[str] = []
    for item in widget.getPlotItem().items:
        name = item.name() if hasattr(item, "name") else None
        if name:
            names.append(str(name))
    return names


def money_label(view: ResultsView, per: str) -> str:
    """Axis label for money in the display currency, e.g. 'Cost (EUR per month)'."""
    if per == "month":
        return QCoreApplication.translate("Charts", "Cost ({currency} per month)").format(
            currency=view.currency
        )
    return QCoreApplication.translate("Charts", "Cost ({currency})").format(currency=view.currency)


def money_text(view: ResultsView, usd: float) -> str:
    """Money (given in USD) as text in the display currency."""
    return f"{compact(view.to_display(usd))} {view.currency}"
