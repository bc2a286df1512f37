"""Cost charts: monthly cost vs volume with break-evens, stacked breakdown, cumulative cost."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from llm_tco.gui.charts.common import (
    CategoryAxis,
    CompactAxis,
    HoverIndex,
    ItemCache,
    Log10Axis,
    compact,
    money_label,
    money_text,
    prepare_plot,
    short_label,
    view_of,
)
from llm_tco.gui.charts.theme import ChartTheme
from llm_tco.gui.results.view_model import Candidate, ResultsView

DEFAULT_TOP_N = 5


def _log(values: np.ndarray) -> np.ndarray:
    """log10 of costs, with zero and negative costs clamped to 0.01 so they stay on the chart."""
    logs: np.ndarray = np.log10(np.clip(np.nan_to_num(values, nan=0.01), 0.01, None))
    return logs


def build_cost_vs_volume(
    result: object, *, theme: str = "light", plot: pg.PlotWidget | None = None
) -> pg.PlotWidget:
    """Monthly cost (display currency, log) vs volume (requests/day, log), break-evens marked."""
    view = view_of(result)
    plot, th = prepare_plot(
        plot,
        theme=theme,
        title=QCoreApplication.translate("Charts", "Monthly cost vs volume"),
        x_label=QCoreApplication.translate("Charts", "Volume (requests per day, log scale)"),
        y_label=QCoreApplication.translate(
            "Charts", "Cost ({currency} per month, log scale)"
        ).format(currency=view.currency),
        axes={"bottom": Log10Axis, "left": Log10Axis},
    )
    ic, hover = ItemCache(plot), HoverIndex()
    curves = view.volume_curves
    if curves is None or not curves.requests_per_day:
        return ic.finish(hover)
    volumes = np.asarray(curves.requests_per_day, dtype=float)
    lx = np.log10(volumes)
    lowest = math.inf
    for i, (key, costs) in enumerate(curves.usd_per_month.items()):
        y = np.asarray(costs, dtype=float) * view.rate
        ly = _log(y)
        lowest = min(lowest, float(ly.min()))
        name = view.label(key)
        ic.curve(f"curve{i}", lx, ly, pen=pg.mkPen(th.colour(i), width=2.5), name=name)
        hover.add_series(lx, ly, _volume_tip(name, volumes, y, view.currency))
    _mark_break_evens(ic, view, hover, th)
    if curves.current_requests_per_day:
        x_now = math.log10(curves.current_requests_per_day)
        pen = pg.mkPen(th.muted, width=1.5, style=Qt.PenStyle.DashLine)
        # InfiniteLine(label=...) is avoided: a separate TextItem is cheaper to update in place.
        ic.line("today", x_now, 90, pen)
        ic.text(
            "today_label",
            QCoreApplication.translate("Charts", "today"),
            x_now,
            lowest,
            th.foreground,
            (0.0, 1.0),
        )
    return ic.finish(hover)


def _volume_tip(
    name: str, volumes: np.ndarray, costs: np.ndarray, currency: str
) -> Callable[[int], str]:
    def text(i: int) -> str:
        return QCoreApplication.translate("Charts", "{name}\n{volume} requests/day: {cost}").format(
            name=name, volume=compact(volumes[i]), cost=f"{compact(costs[i])} {currency}"
        )

    return text


def _month_tip(name: str, costs: np.ndarray, currency: str) -> Callable[[int], str]:
    def text(i: int) -> str:
        return QCoreApplication.translate("Charts", "{name}\nafter month {month}: {cost}").format(
            name=name, month=i, cost=f"{compact(costs[i])} {currency}"
        )

    return text


def _mark_break_evens(ic: ItemCache, view: ResultsView, hover: HoverIndex, th: ChartTheme) -> None:
    curves = view.volume_curves
    points = [b for b in curves.break_evens if b.requests_per_day > 0] if curves else []
    if not points:
        return
    xs = [math.log10(b.requests_per_day) for b in points]
    ys = [float(_log(np.array([b.usd_per_month * view.rate]))[0]) for b in points]
    for be, x, y in zip(points, xs, ys, strict=True):
        text = QCoreApplication.translate(
            "Charts",
            "Break-even at {volume} requests/day ({tokens} tokens/month, {cost} per month):\n"
            "{a} is cheaper below, {b} above",
        ).format(
            volume=compact(be.requests_per_day),
            tokens=compact(be.tokens_per_month),
            cost=money_text(view, be.usd_per_month),
            a=view.label(be.cheaper_below),
            b=view.label(be.cheaper_above),
        )
        hover.add_point(x, y, text)
    brush, pen = pg.mkBrush(th.accent), pg.mkPen(th.background)
    ic.scatter(
        "break_even",
        xs,
        ys,
        symbol="d",
        size=13,
        brush=brush,
        pen=pen,
        name=QCoreApplication.translate("Charts", "break-even"),
    )


def bar_label(cand: Candidate, *, width: int = 34) -> str:
    """'#3 Qwen3 32B · AWS Bedrock' (rank only for ranked candidates) for a category axis."""
    return short_label(cand.rank, cand.label, width=width)


def build_cost_breakdown(
    result: object, *, theme: str = "light", plot: pg.PlotWidget | None = None, top_n: int = 6
) -> pg.PlotWidget:
    """Stacked monthly cost by component (display currency per month): horizontal, #1 on top."""
    view = view_of(result)
    plot, th = prepare_plot(
        plot,
        theme=theme,
        title=QCoreApplication.translate("Charts", "Cost breakdown (average month)"),
        x_label=money_label(view, "month"),
        y_label="",
        axes={"left": CategoryAxis, "bottom": CompactAxis},
    )
    ic, hover = ItemCache(plot), HoverIndex()
    top = view.top(top_n)
    rows = np.arange(len(top), dtype=float)[::-1]  # rank 1 on the top row
    axis = plot.getPlotItem().getAxis("left")
    assert isinstance(axis, CategoryAxis)
    axis.set_categories([bar_label(c) for c in reversed(top)])
    components: list[tuple[str, str]] = []
    for cand in top:
        for part in cand.breakdown:
            if (part.key, part.label) not in components:
                components.append((part.key, part.label))
    lefts = np.zeros(len(top))
    for i, (key, label) in enumerate(components):
        widths = view.rate * np.array(
            [sum(p.usd_per_month for p in c.breakdown if p.key == key) for c in top], dtype=float
        )
        ic.bars(
            f"bars:{key}",
            x0=lefts.copy(),
            y=rows,
            width=widths,
            height=0.6,
            brush=pg.mkBrush(th.colour(i)),
            pen=pg.mkPen(th.background),
            name=label,
        )
        for j, cand in enumerate(top):
            if widths[j] > 0:
                text = f"{cand.label}\n{label}: {compact(widths[j])} {view.currency}"
                hover.add_rect(lefts[j], rows[j] - 0.3, lefts[j] + widths[j], rows[j] + 0.3, text)
        lefts += widths
    if len(top):
        plot.getPlotItem().setYRange(-0.5, len(top) - 0.5, padding=0.02)
    return ic.finish(hover)


def cumulative_usd(cand: Candidate, horizon_months: int) -> np.ndarray:
    """Cumulative spend in USD at the end of months 0..H (month 0: upfront capital only)."""
    series = np.asarray(cand.monthly_series_usd, dtype=float)
    if series.size == 0:
        series = np.full(horizon_months, cand.monthly_usd)
    return np.concatenate(([cand.upfront_usd], cand.upfront_usd + np.cumsum(series)))


def build_cumulative_cost(
    result: object,
    *,
    theme: str = "light",
    plot: pg.PlotWidget | None = None,
    top_n: int = DEFAULT_TOP_N,
) -> pg.PlotWidget:
    """Cumulative spend (display currency) over the horizon; upfront capital shows at month 0."""
    view = view_of(result)
    plot, th = prepare_plot(
        plot,
        theme=theme,
        title=QCoreApplication.translate("Charts", "Cumulative cost over the horizon"),
        x_label=QCoreApplication.translate("Charts", "Month"),
        y_label=money_label(view, "total"),
        axes={"left": CompactAxis},
    )
    ic, hover = ItemCache(plot), HoverIndex()
    for i, cand in enumerate(view.top(top_n)):
        y = cumulative_usd(cand, view.horizon_months) * view.rate
        x = np.arange(y.size, dtype=float)
        ic.curve(f"curve{i}", x, y, pen=pg.mkPen(th.colour(i), width=2.5), name=cand.label)
        hover.add_series(x, y, _month_tip(cand.label, y, view.currency))
        if cand.upfront_usd > 0:
            brush, pen = pg.mkBrush(th.colour(i)), pg.mkPen(th.foreground)
            ic.scatter(
                f"capital{i}", [0.0], [float(y[0])], symbol="s", size=11, brush=brush, pen=pen
            )
            text = QCoreApplication.translate("Charts", "{name}\nupfront capital: {cost}").format(
                name=cand.label, cost=money_text(view, cand.upfront_usd)
            )
            hover.add_point(0.0, float(y[0]), text)
    plot.getPlotItem().setXRange(0, max(view.horizon_months, 1), padding=0.02)
    return ic.finish(hover)
