"""Chart builders: functions of an evaluation result that return pyqtgraph plot widgets.

The same builder feeds the screen (``theme="light"``/``"dark"``) and the PDF report
(``render_chart_png(builder, result, width_px=..., height_px=...)``, white ``"print"`` theme).
Every builder accepts an engine ``EvaluationResult`` or a :class:`ResultsView`, and
``plot=`` to redraw into an existing widget (cheap live updates).
"""

# Importing the charts imports llm_tco.gui.results, which applies the PySide6 6.12 refcount
# workaround (see llm_tco.gui.results.qt_workarounds) before any chart is drawn.
from llm_tco.gui.charts.common import hover_text_at, series_names
from llm_tco.gui.charts.cost_charts import (
    build_cost_breakdown,
    build_cost_vs_volume,
    build_cumulative_cost,
)
from llm_tco.gui.charts.export import render_chart_png
from llm_tco.gui.charts.quality_charts import (
    build_cost_vs_quality,
    build_latency_throughput,
    pareto_front,
)
from llm_tco.gui.charts.risk_charts import build_monte_carlo, build_prob_best, build_tornado
from llm_tco.gui.charts.theme import DARK, LIGHT, PRINT, ChartTheme, get_theme, theme_for_palette

ALL_BUILDERS = (
    build_cost_vs_volume,
    build_cost_breakdown,
    build_cumulative_cost,
    build_tornado,
    build_monte_carlo,
    build_prob_best,
    build_cost_vs_quality,
    build_latency_throughput,
)

__all__ = [
    "ALL_BUILDERS",
    "DARK",
    "LIGHT",
    "PRINT",
    "ChartTheme",
    "build_cost_breakdown",
    "build_cost_vs_quality",
    "build_cost_vs_volume",
    "build_cumulative_cost",
    "build_latency_throughput",
    "build_monte_carlo",
    "build_prob_best",
    "build_tornado",
    "get_theme",
    "hover_text_at",
    "pareto_front",
    "render_chart_png",
    "series_names",
    "theme_for_palette",
]
