"""Trade-off charts: cost vs quality with the Pareto front, latency vs throughput."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from llm_tco.gui.charts.common import (
    CompactAxis,
    HoverIndex,
    ItemCache,
    Log10Axis,
    compact,
    money_text,
    prepare_plot,
    view_of,
)
from llm_tco.gui.charts.theme import ChartTheme
from llm_tco.gui.results.formatting import route_label
from llm_tco.gui.results.view_model import Candidate, LatencyCurve, ResultsView


def pareto_front(points: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """Non-dominated points (lower cost, higher quality), sorted by cost."""
    front: list[tuple[float, float, str]] = []
    best_quality = -math.inf
    for cost, quality, key in sorted(points, key=lambda p: (p[0], -p[1])):
        if quality > best_quality:
            front.append((cost, quality, key))
            best_quality = quality
    return front


def _quality_points(view: ResultsView) -> list[Candidate]:
    return [c for c in view.candidates if c.quality is not None and c.monthly_usd > 0]


def build_cost_vs_quality(
    result: object, *, theme: str = "light", plot: pg.PlotWidget | None = None
) -> pg.PlotWidget:
    """Quality index vs monthly cost (display currency, log scale) with the Pareto front."""
    view = view_of(result)
    plot, th = prepare_plot(
        plot,
        theme=theme,
        title=QCoreApplication.translate("Charts", "Cost vs quality"),
        x_label=QCoreApplication.translate(
            "Charts", "Cost ({currency} per month, log scale)"
        ).format(currency=view.currency),
        y_label=QCoreApplication.translate("Charts", "Quality index (%)"),
        axes={"bottom": Log10Axis},
        legend_offset=(-10, -10),
    )
    ic, hover = ItemCache(plot), HoverIndex()
    cands = _quality_points(view)
    routes = sorted({c.route for c in cands})
    for i, route in enumerate(routes):
        members = [c for c in cands if c.route == route]
        xs = [math.log10(c.monthly_usd * view.rate) for c in members]
        ys = [float(c.quality or 0.0) for c in members]
        ic.scatter(
            f"route:{route}",
            xs,
            ys,
            size=9,
            brush=pg.mkBrush(th.colour(i)),
            pen=pg.mkPen(th.background),
            name=route_label(route),
        )
        for c, x, y in zip(members, xs, ys, strict=True):
            text = QCoreApplication.translate(
                "Charts", "#{rank} {name}\n{cost} per month · quality {q}"
            ).format(rank=c.rank, name=c.label, cost=money_text(view, c.monthly_usd), q=f"{y:.1f}")
            hover.add_point(x, y, text)
    front = pareto_front([(c.monthly_usd, float(c.quality or 0.0), c.key) for c in cands])
    if front:
        fx = [math.log10(f[0] * view.rate) for f in front]
        fy = [f[1] for f in front]
        pen = pg.mkPen(th.accent, width=2, style=Qt.PenStyle.DashLine)
        ic.curve(
            "pareto",
            fx,
            fy,
            pen=pen,
            symbol="o",
            symbolSize=15,
            symbolBrush=None,
            symbolPen=pg.mkPen(th.accent, width=2),
            name=QCoreApplication.translate("Charts", "Pareto front"),
        )
    return ic.finish(hover)


def _pick_curve(view: ResultsView, candidate_key: str | None) -> LatencyCurve | None:
    if candidate_key is not None:
        return view.latency_curves.get(candidate_key)
    for cand in sorted(view.candidates, key=lambda c: c.rank):
        if cand.key in view.latency_curves:
            return view.latency_curves[cand.key]
    return next(iter(view.latency_curves.values()), None)


def build_latency_throughput(
    result: object,
    *,
    theme: str = "light",
    plot: pg.PlotWidget | None = None,
    candidate_key: str | None = None,
) -> pg.PlotWidget:
    """Per-user output speed (tokens/s) vs replica throughput (tokens/s) as concurrency grows."""
    view = view_of(result)
    curve = _pick_curve(view, candidate_key)
    cand = view.candidate(curve.candidate_key) if curve else None
    title = QCoreApplication.translate("Charts", "Latency vs throughput")
    if cand is not None:
        title = QCoreApplication.translate("Charts", "Latency vs throughput: {name}").format(
            name=cand.label
        )
    plot, th = prepare_plot(
        plot,
        theme=theme,
        title=title,
        x_label=QCoreApplication.translate("Charts", "Replica throughput (output tokens/s)"),
        y_label=QCoreApplication.translate("Charts", "Speed per user (output tokens/s)"),
        axes={"bottom": CompactAxis},
    )
    ic, hover = ItemCache(plot), HoverIndex()
    if curve is None or not curve.concurrency:
        message = QCoreApplication.translate(
            "Charts", "Select a self-hosted option in the table to see its latency and throughput."
        )
        ic.text("empty", message, 0.5, 0.5, th.muted, (0.5, 0.5))
        plot.getPlotItem().setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
        return ic.finish(hover)
    _draw_latency(ic, hover, curve, th)
    return ic.finish(hover)


def _draw_latency(ic: ItemCache, hover: HoverIndex, curve: LatencyCurve, th: ChartTheme) -> None:
    x = np.asarray(curve.tokens_per_s_total, dtype=float)
    y = np.asarray(curve.tokens_per_s_per_user, dtype=float)
    name = QCoreApplication.translate("Charts", "speed per user")
    pen = pg.mkPen(th.colour(0), width=2.5)
    ic.curve("speed", x, y, pen=pen, symbol="o", symbolSize=6, symbolBrush=th.colour(0), name=name)
    hover.add_series(x, y, lambda i: _latency_tip(curve, i))
    if curve.target_tokens_per_s_per_user:
        target = curve.target_tokens_per_s_per_user
        ic.line("target", target, 0, pg.mkPen(th.accent, width=1.5, style=Qt.PenStyle.DashLine))
        label = QCoreApplication.translate("Charts", "target speed per user")
        ic.text("target_label", label, float(x.min()), target, th.foreground, (0.0, 1.0))
    if curve.operating_concurrency is not None:
        idx = int(np.argmin(np.abs(np.asarray(curve.concurrency) - curve.operating_concurrency)))
        ic.scatter(
            "operating",
            [x[idx]],
            [y[idx]],
            symbol="star",
            size=16,
            brush=pg.mkBrush(th.accent),
            name=QCoreApplication.translate("Charts", "operating point"),
        )


def _latency_tip(curve: LatencyCurve, i: int) -> str:
    return QCoreApplication.translate(
        "Charts",
        "{n} concurrent requests\n{tot} tokens/s total · {user} tokens/s per user\nTTFT {ttft} ms",
    ).format(
        n=compact(curve.concurrency[i]),
        tot=compact(curve.tokens_per_s_total[i]),
        user=f"{curve.tokens_per_s_per_user[i]:.1f}",
        ttft=compact(curve.ttft_ms[i]),
    )
