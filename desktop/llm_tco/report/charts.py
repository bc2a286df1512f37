"""Draw the report's charts with the GUI's own chart builders (same code as the screen).

Charts are pyqtgraph widgets, so they must be drawn on the GUI thread; the PDF itself can then be
laid out and written on a worker thread (see :mod:`llm_tco.report.worker`). Each chart is rendered
to PNG with the white print theme via ``llm_tco.gui.charts.render_chart_png``. A chart that cannot
be drawn is left out (the report says so in its place) and logged; it never stops the export.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable, Iterable

from llm_tco.report.html import CHART_HEIGHT_CSS_PX, CHART_WIDTH_CSS_PX
from llm_tco.report.model import ChartSpec

log = logging.getLogger(__name__)

BUILDER_NAMES: dict[str, str] = {
    "cost_vs_volume": "build_cost_vs_volume",
    "cost_breakdown": "build_cost_breakdown",
    "cumulative_cost": "build_cumulative_cost",
    "tornado": "build_tornado",
    "monte_carlo": "build_monte_carlo",
    "prob_best": "build_prob_best",
    "cost_vs_quality": "build_cost_vs_quality",
    "latency_throughput": "build_latency_throughput",
}
PRINT_SCALE = 2.0
"""Image pixels per CSS pixel when the exporter can scale the drawing: 2 x 96 = 192 dpi on paper
(sharp in print, and keeps the export of a report under 3 s)."""

ChartProgress = Callable[[int, int], None]


def chart_view(result: object) -> object:
    """The results view the chart builders draw (converted once for all charts)."""
    from llm_tco.gui.results.adapter import as_view

    return as_view(result)


def render_chart(key: str, view: object) -> bytes:
    """PNG bytes of chart ``key`` for a results view (GUI thread only)."""
    from llm_tco.gui import charts

    builder = getattr(charts, BUILDER_NAMES[key])
    render = charts.render_chart_png
    params = inspect.signature(render).parameters
    if "scale" in params:  # draw at screen size, export at print resolution (fonts scale too)
        return render(
            builder, view, width_px=CHART_WIDTH_CSS_PX, height_px=CHART_HEIGHT_CSS_PX,
            scale=PRINT_SCALE,
        )  # fmt: skip
    return render(builder, view, width_px=CHART_WIDTH_CSS_PX, height_px=CHART_HEIGHT_CSS_PX)


def try_render_chart(key: str, view: object) -> bytes | None:
    """:func:`render_chart`, or None (logged) when the chart cannot be drawn."""
    try:
        return render_chart(key, view)
    except Exception as exc:  # a missing chart must not lose the whole report
        log.warning("report chart %s not drawn: %s: %s", key, type(exc).__name__, exc)
        return None


def render_charts(
    specs: Iterable[ChartSpec], result: object, *, progress: ChartProgress | None = None
) -> dict[str, bytes]:
    """PNG bytes per chart key (GUI thread only); charts that fail are left out and logged."""
    wanted = [s for s in specs if s.key in BUILDER_NAMES]
    images: dict[str, bytes] = {}
    try:
        view = chart_view(result)
    except Exception as exc:
        log.warning("report charts not drawn: %s: %s", type(exc).__name__, exc)
        return images
    for done, spec in enumerate(wanted, start=1):
        png = try_render_chart(spec.key, view)
        if png is not None:
            images[spec.key] = png
        if progress is not None:
            progress(done, len(wanted))
    return images
