"""Chart builders: expected series, values, in-place redraw, themes, hover read-outs, PNG export."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtGui import QImage

from llm_tco.engine.project_model import Project, ProjectInfo
from llm_tco.gui import charts
from llm_tco.gui.charts.common import series_names
from llm_tco.gui.charts.cost_charts import cumulative_usd
from llm_tco.gui.results.view_model import ResultsView

try:
    from test_results_support import fake_view
except ImportError:  # tests/gui became a package
    from .test_results_support import fake_view


@pytest.fixture
def view() -> ResultsView:
    return fake_view(Project(), monte_carlo=True)


def _build(qtbot, builder, result, **kwargs):
    widget = builder(result, **kwargs)
    qtbot.addWidget(widget)
    return widget


def _data_items(widget):
    return [i for i in widget.getPlotItem().items if hasattr(i, "getData")]


def test_cost_vs_volume_has_a_curve_per_leader_and_break_evens(qtbot, view) -> None:
    widget = _build(qtbot, charts.build_cost_vs_volume, view)
    names = series_names(widget)
    for key in view.volume_curves.usd_per_month:
        assert view.label(key) in names
    assert "break-even" in names
    curve = next(i for i in _data_items(widget) if i.name() == view.label("self"))
    x, y = curve.getData()
    expected = np.log10(np.asarray(view.volume_curves.usd_per_month["self"]) * view.rate)
    np.testing.assert_allclose(y, expected)
    np.testing.assert_allclose(10**x, view.volume_curves.requests_per_day)


def test_break_even_marker_sits_at_the_crossing(qtbot, view) -> None:
    widget = _build(qtbot, charts.build_cost_vs_volume, view)
    marker = next(i for i in widget.getPlotItem().items if series_names_of(i) == "break-even")
    xs, _ys = marker.getData()
    be = view.volume_curves.break_evens[0]
    assert xs[0] == pytest.approx(math.log10(be.requests_per_day))
    text = charts.hover_text_at(widget, xs[0], _ys[0])
    assert text is not None
    assert "Break-even" in text


def series_names_of(item) -> str | None:
    if hasattr(item, "opts") and isinstance(item.opts, dict) and item.opts.get("name"):
        return str(item.opts["name"])
    return item.name() if hasattr(item, "name") else None


def test_breakdown_stacks_every_component(qtbot, view) -> None:
    widget = _build(qtbot, charts.build_cost_breakdown, view)
    expected = {p.label for c in view.candidates for p in c.breakdown}
    assert set(series_names(widget)) == expected
    bars = {b.name(): b for b in widget.getPlotItem().items if hasattr(b, "setOpts")}
    ranked = view.top(6)
    self_index = [c.key for c in ranked].index("self")
    staff, gpu = bars["Staff"].opts, bars["GPU rental"].opts
    # horizontal bars: staff starts where the GPU rental of the self-hosted candidate ends
    assert staff["x0"][self_index] == pytest.approx(gpu["width"][self_index])
    # rank 1 on the top row, every category labelled with rank and short label
    assert staff["y"][0] == len(ranked) - 1
    ticks = [text for _pos, text in widget.getPlotItem().getAxis("left")._tickLevels[0]]
    assert ticks[-1].startswith("#1 ")
    assert all(not t.startswith("#0") for t in ticks)


def test_cumulative_cost_ends_at_the_horizon_total(qtbot, view) -> None:
    widget = _build(qtbot, charts.build_cumulative_cost, view)
    assert series_names(widget) == [c.label for c in view.top(5)]
    first = view.top(1)[0]
    curve = next(i for i in _data_items(widget) if i.name() == first.label)
    x, y = curve.getData()
    assert len(x) == view.horizon_months + 1
    assert y[-1] == pytest.approx(first.upfront_usd + sum(first.monthly_series_usd))
    assert cumulative_usd(first, view.horizon_months)[0] == first.upfront_usd


def test_tornado_bars_span_low_to_high(qtbot, view) -> None:
    widget = _build(qtbot, charts.build_tornado, view)
    assert series_names(widget) == ["driver low", "driver high", "winner changes"]
    low = next(
        i for i in widget.getPlotItem().items if getattr(i, "name", lambda: None)() == "driver low"
    )
    widest = max(view.tornado.bars, key=lambda b: abs(b.high_usd - b.low_usd))
    # sorted by swing, the widest bar is drawn last (top of the chart)
    assert low.opts["width"][-1] == pytest.approx(abs(widest.low_usd - view.tornado.base_usd))


def test_monte_carlo_and_probability_of_best(qtbot, view) -> None:
    dist = _build(qtbot, charts.build_monte_carlo, view)
    assert set(series_names(dist)) == {view.label(k) for k in view.monte_carlo.counts}
    prob = _build(qtbot, charts.build_prob_best, view)
    bars = next(i for i in prob.getPlotItem().items if hasattr(i, "setOpts"))
    assert sum(bars.opts["width"]) == pytest.approx(100.0)
    best = max(view.monte_carlo.prob_best, key=view.monte_carlo.prob_best.get)
    assert bars.opts["width"][0] == pytest.approx(100.0 * view.monte_carlo.prob_best[best])
    assert bars.opts["y"][0] == len(bars.opts["width"]) - 1  # the most probable on top


def test_cost_vs_quality_marks_the_pareto_front(qtbot, view) -> None:
    widget = _build(qtbot, charts.build_cost_vs_quality, view)
    names = series_names(widget)
    assert "Pareto front" in names
    assert "Closed API" in names
    front = charts.pareto_front([(c.monthly_usd, c.quality, c.key) for c in view.candidates])
    curve = next(i for i in _data_items(widget) if i.name() == "Pareto front")
    assert len(curve.getData()[0]) == len(front)


def test_pareto_front_keeps_only_undominated_points() -> None:
    points = [
        (1.0, 50.0, "a"),
        (2.0, 40.0, "b"),
        (3.0, 80.0, "c"),
        (4.0, 70.0, "d"),
        (5.0, 90.0, "e"),
    ]
    assert [p[2] for p in charts.pareto_front(points)] == ["a", "c", "e"]


def test_latency_vs_throughput(qtbot, view) -> None:
    widget = _build(qtbot, charts.build_latency_throughput, view, candidate_key="self")
    assert series_names(widget) == ["speed per user", "operating point"]
    curve = next(i for i in _data_items(widget) if i.name() == "speed per user")
    x, y = curve.getData()
    assert list(x) == list(view.latency_curves["self"].tokens_per_s_total)
    assert list(y) == list(view.latency_curves["self"].tokens_per_s_per_user)


@pytest.mark.parametrize("builder", charts.ALL_BUILDERS, ids=lambda b: b.__name__)
def test_every_builder_handles_empty_results(qtbot, builder) -> None:
    empty = ResultsView(
        project_name="x", currency="USD", rate=1.0, horizon_months=12, candidates=()
    )
    widget = _build(qtbot, builder, empty)
    assert series_names(widget) == []


@pytest.mark.parametrize("builder", charts.ALL_BUILDERS, ids=lambda b: b.__name__)
def test_redraw_reuses_items_and_keeps_one_legend_entry_each(qtbot, view, builder) -> None:
    widget = _build(qtbot, builder, view)
    items_before = list(widget.getPlotItem().items)
    for _ in range(3):
        builder(view, plot=widget)
    assert widget.getPlotItem().items == items_before
    legend = widget.getPlotItem().legend
    if legend is not None:
        labels = [label.text for _, label in legend.items]
        assert len(labels) == len(set(labels))


def test_redraw_follows_new_data(qtbot) -> None:
    small = fake_view(Project())
    widget = _build(qtbot, charts.build_cumulative_cost, small)
    bigger = fake_view(Project(info=ProjectInfo(horizon_months=36)))
    charts.build_cumulative_cost(bigger, plot=widget)
    curve = _data_items(widget)[0]
    assert len(curve.getData()[0]) == 37


def test_display_currency_is_applied(qtbot) -> None:
    project = Project(info=ProjectInfo(currency="EUR", usd_exchange_rate=0.5))
    view = fake_view(project)
    widget = _build(qtbot, charts.build_cumulative_cost, view)
    first = view.top(1)[0]
    curve = next(i for i in _data_items(widget) if i.name() == first.label)
    assert curve.getData()[1][-1] == pytest.approx(0.5 * sum(first.monthly_series_usd))
    assert "EUR" in widget.getPlotItem().getAxis("left").labelText


@pytest.mark.parametrize("theme", ["light", "dark", "print"])
def test_themes_set_background_and_axis_colours(qtbot, view, theme) -> None:
    widget = _build(qtbot, charts.build_cost_vs_volume, view, theme=theme)
    expected = charts.get_theme(theme)
    assert widget.backgroundBrush().color().name() == expected.background
    axis = widget.getPlotItem().getAxis("left")
    assert axis.textPen().color().name() == expected.foreground


def test_theme_switch_redraws_in_place(qtbot, view) -> None:
    widget = _build(qtbot, charts.build_tornado, view, theme="light")
    charts.build_tornado(view, plot=widget, theme="dark")
    assert widget.backgroundBrush().color().name() == charts.DARK.background


def test_hover_read_out_names_the_point(qtbot, view) -> None:
    widget = _build(qtbot, charts.build_cumulative_cost, view)
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    first = view.top(1)[0]
    y_end = first.upfront_usd + sum(first.monthly_series_usd)
    text = charts.hover_text_at(widget, float(view.horizon_months), y_end)
    assert text is not None
    assert first.label in text


@pytest.mark.parametrize("builder", charts.ALL_BUILDERS, ids=lambda b: b.__name__)
def test_render_chart_png_for_print(qtbot, view, builder) -> None:
    png = charts.render_chart_png(builder, view, width_px=1200, height_px=700)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage.fromData(png)
    assert (image.width(), image.height()) == (1200, 700)
    assert image.pixelColor(2, 2).name() == "#ffffff"
    colours = {image.pixelColor(x, y).name() for x in range(0, 1200, 37) for y in range(0, 700, 29)}
    assert len(colours) > 2  # something was drawn besides the background


def test_render_chart_png_scales_for_print(qtbot, view) -> None:
    png = charts.render_chart_png(
        charts.build_cost_vs_volume, view, width_px=600, height_px=350, scale=2.0
    )
    image = QImage.fromData(png)
    assert (image.width(), image.height()) == (1200, 700)
    dark = sum(
        1
        for x in range(0, 1200, 7)
        for y in range(0, 700, 7)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 50  # axes, labels and curves were drawn at the larger size


def test_render_chart_png_rejects_tiny_sizes(qtbot, view) -> None:
    with pytest.raises(ValueError, match="too small"):
        charts.render_chart_png(charts.build_tornado, view, width_px=10, height_px=700)
