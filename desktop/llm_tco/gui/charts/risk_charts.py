"""Uncertainty charts: tornado, Monte Carlo cost distribution, probability of being best."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from llm_tco.gui.charts.common import (
    CategoryAxis,
    CompactAxis,
    HoverIndex,
    ItemCache,
    compact,
    prepare_plot,
    short_label,
    view_of,
)
from llm_tco.gui.charts.theme import ChartTheme
from llm_tco.gui.results.view_model import ResultsView, TornadoBar
from llm_tco.i18n import format_number

HIST_BINS = 40


def build_tornado(
    result: object, *, theme: str = "light", plot: pg.PlotWidget | None = None
) -> pg.PlotWidget:
    """Total cost (display currency) of the leader when each driver swings low and high."""
    view = view_of(result)
    tornado = view.tornado
    plot, th = prepare_plot(
        plot,
        theme=theme,
        title=_tornado_title(view),
        x_label=QCoreApplication.translate(
            "Charts", "Total cost over the horizon ({currency})"
        ).format(currency=view.currency),
        y_label="",
        axes={"left": CategoryAxis, "bottom": CompactAxis},
        legend_offset=(-10, -10),
    )
    ic, hover = ItemCache(plot), HoverIndex()
    if tornado is None or not tornado.bars:
        return ic.finish(hover)
    bars = sorted(tornado.bars, key=lambda b: abs(b.high_usd - b.low_usd))
    axis = plot.getPlotItem().getAxis("left")
    assert isinstance(axis, CategoryAxis)
    axis.set_categories([b.driver for b in bars])
    base = tornado.base_usd * view.rate
    low = np.array([b.low_usd for b in bars]) * view.rate
    high = np.array([b.high_usd for b in bars]) * view.rate
    _draw_tornado(ic, bars, base, low, high, th)
    for i, bar in enumerate(bars):
        lo, hi = min(low[i], high[i], base), max(low[i], high[i], base)
        hover.add_rect(lo, i - 0.3, hi, i + 0.3, _tornado_tip(view, bar, low[i], high[i]))
    return ic.finish(hover)


def _tornado_title(view: ResultsView) -> str:
    cand = view.candidate(view.tornado.candidate_key) if view.tornado else None
    if cand is None:
        return QCoreApplication.translate("Charts", "Sensitivity (tornado)")
    return QCoreApplication.translate("Charts", "Sensitivity of {name}").format(name=cand.label)


def _draw_tornado(
    ic: ItemCache,
    bars: list[TornadoBar],
    base: float,
    low: np.ndarray,
    high: np.ndarray,
    th: ChartTheme,
) -> None:
    y = np.arange(len(bars), dtype=float)
    for name, values, colour in (
        (QCoreApplication.translate("Charts", "driver low"), low, th.colour(0)),
        (QCoreApplication.translate("Charts", "driver high"), high, th.colour(1)),
    ):
        ic.bars(
            f"bars:{name}",
            x0=np.minimum(values, base),
            y=y,
            height=0.6,
            width=np.abs(values - base),
            brush=pg.mkBrush(colour),
            pen=pg.mkPen(th.background),
            name=name,
        )
    flips = [i for i, b in enumerate(bars) if b.winner_changes]
    if flips:
        ic.scatter(
            "flips",
            [max(low[i], high[i]) for i in flips],
            [y[i] for i in flips],
            symbol="star",
            size=14,
            brush=pg.mkBrush(th.accent),
            name=QCoreApplication.translate("Charts", "winner changes"),
        )
    ic.line("base", base, 90, pg.mkPen(th.foreground, width=1.5))


def _tornado_tip(view: ResultsView, bar: TornadoBar, low: float, high: float) -> str:
    text = QCoreApplication.translate("Charts", "{driver}\n{lo}: {lc}\n{hi}: {hc}").format(
        driver=bar.driver,
        lo=bar.low_label,
        lc=f"{compact(low)} {view.currency}",
        hi=bar.high_label,
        hc=f"{compact(high)} {view.currency}",
    )
    if bar.description:
        text += "\n" + bar.description
    if bar.winner_changes:
        text += "\n" + QCoreApplication.translate(
            "Charts", "the recommendation changes: {low} (low) / {high} (high)"
        ).format(low=bar.winner_low, high=bar.winner_high)
    return text


def build_monte_carlo(
    result: object, *, theme: str = "light", plot: pg.PlotWidget | None = None, top_n: int = 4
) -> pg.PlotWidget:
    """Distribution of the sampled total cost (display currency) of the leading candidates."""
    view = view_of(result)
    mc = view.monte_carlo
    title = QCoreApplication.translate("Charts", "Monte Carlo cost distribution")
    if mc is not None:
        title = QCoreApplication.translate(
            "Charts", "Monte Carlo cost distribution ({n} samples)"
        ).format(n=format_number(mc.n_samples))
    plot, th = prepare_plot(
        plot,
        theme=theme,
        title=title,
        x_label=QCoreApplication.translate(
            "Charts", "Total cost over the horizon ({currency})"
        ).format(currency=view.currency),
        y_label=QCoreApplication.translate("Charts", "Share of samples (%)"),
        axes={"bottom": CompactAxis},
        legend_offset=(-10, 10),
    )
    ic, hover = ItemCache(plot), HoverIndex()
    if mc is None or len(mc.edges_usd) < 2:
        return ic.finish(hover)
    edges = np.asarray(mc.edges_usd, dtype=float) * view.rate
    spans = [
        _draw_distribution(ic, hover, view, key, i, edges, th)
        for i, key in enumerate(_mc_keys(view, top_n))
    ]
    if spans:  # the shared bins can have long, empty tails: show the sampled spread
        lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
        pad = 0.6 * (hi - lo)
        if hi > lo:
            plot.getPlotItem().setXRange(
                max(float(edges[0]), lo - pad), min(float(edges[-1]), hi + pad)
            )
    return ic.finish(hover)


def _draw_distribution(
    ic: ItemCache,
    hover: HoverIndex,
    view: ResultsView,
    key: str,
    i: int,
    edges: np.ndarray,
    th: ChartTheme,
) -> tuple[float, float]:
    """One candidate's histogram and P10/P50/P90 lines; returns (P10, P90) in display money."""
    mc = view.monte_carlo
    assert mc is not None
    counts = np.asarray(mc.counts[key], dtype=float)
    share = 100.0 * counts / max(float(counts.sum()), 1.0)
    colour, fill = pg.mkColor(th.colour(i)), pg.mkColor(th.colour(i))
    fill.setAlpha(60)
    pen = pg.mkPen(colour, width=2)
    name = view.label(key)
    ic.curve(
        f"hist{i}", edges, share, stepMode="center", fillLevel=0, brush=fill, pen=pen, name=name
    )
    p10, p50, p90 = (
        mc.p10_usd[key] * view.rate,
        mc.p50_usd[key] * view.rate,
        mc.p90_usd[key] * view.rate,
    )
    styles = (Qt.PenStyle.DotLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
    for j, (value, style) in enumerate(zip((p10, p50, p90), styles, strict=True)):
        ic.line(f"p{i}.{j}", value, 90, pg.mkPen(colour, width=1.2, style=style))
    text = QCoreApplication.translate(
        "Charts", "{name}\nP10 {p10} · P50 {p50} · P90 {p90} {cur}"
    ).format(name=name, p10=compact(p10), p50=compact(p50), p90=compact(p90), cur=view.currency)
    hover.add_rect(p10, 0.0, p90, float(share.max()) if share.size else 0.0, text)
    return p10, p90


def _mc_keys(view: ResultsView, top_n: int) -> list[str]:
    mc = view.monte_carlo
    if mc is None:
        return []

    def rank_of(key: str) -> int:
        cand = view.candidate(key)
        return cand.rank if cand is not None else 10**9

    return sorted(mc.counts, key=rank_of)[:top_n]


def build_prob_best(
    result: object, *, theme: str = "light", plot: pg.PlotWidget | None = None, top_n: int = 6
) -> pg.PlotWidget:
    """Probability (%, axis 0-100) that each candidate is the best: horizontal bars, most on top."""
    view = view_of(result)
    plot, th = prepare_plot(
        plot,
        theme=theme,
        title=QCoreApplication.translate("Charts", "Probability of being the best choice"),
        x_label=QCoreApplication.translate("Charts", "Probability (%)"),
        y_label="",
        axes={"left": CategoryAxis, "bottom": PercentAxis},
        legend=False,
    )
    ic, hover = ItemCache(plot), HoverIndex()
    item = plot.getPlotItem()
    item.setXRange(0, 100, padding=0.04)  # 0 and 100 stay labelled
    mc = view.monte_carlo
    if mc is None or not mc.prob_best:
        return ic.finish(hover)
    ranked = sorted(mc.prob_best.items(), key=lambda kv: -kv[1])[:top_n]
    rows = np.arange(len(ranked), dtype=float)[::-1]  # most probable on the top row
    axis = item.getAxis("left")
    assert isinstance(axis, CategoryAxis)
    axis.set_categories([_prob_label(view, key) for key, _ in reversed(ranked)])
    widths = np.array([100.0 * p for _, p in ranked])
    ic.bars(
        "prob",
        x0=np.zeros(len(ranked)),
        y=rows,
        width=widths,
        height=0.6,
        brushes=[pg.mkBrush(th.colour(i)) for i in range(len(ranked))],
        name=QCoreApplication.translate("Charts", "probability of being best"),
    )
    item.setYRange(-0.5, len(ranked) - 0.5, padding=0.02)
    for i, (key, prob) in enumerate(ranked):
        text = QCoreApplication.translate("Charts", "{name}: best in {pct} % of samples").format(
            name=view.label(key), pct=f"{100.0 * prob:.1f}"
        )
        hover.add_rect(0.0, rows[i] - 0.3, max(widths[i], 2.0), rows[i] + 0.3, text)
    return ic.finish(hover)


def _prob_label(view: ResultsView, key: str) -> str:
    """'#2 gpt-oss-120b · Google Vertex AI' (no rank for options outside the weighted ranking)."""
    cand = view.candidate(key)
    rank = cand.rank if cand is not None and cand in view.candidates else 0
    return short_label(rank, view.label(key), width=34)


class PercentAxis(CompactAxis):
    """0-100 % axis with a tick every 20 (100 % always labelled)."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        return [
            (20.0, [float(v) for v in range(0, 101, 20)]),
            (10.0, [10.0, 30.0, 50.0, 70.0, 90.0]),
        ]
