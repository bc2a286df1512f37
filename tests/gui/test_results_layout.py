"""Layout of the results view and its charts: columns, summary, excluded list, legends, labels."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from llm_tco.engine.catalog import load_catalogs
from llm_tco.engine.evaluate import evaluate
from llm_tco.engine.project_model import Project, Workload
from llm_tco.gui import charts
from llm_tco.gui.results import ResultsPanel
from llm_tco.gui.results.adapter import from_evaluation, short_label
from llm_tco.gui.results.excluded_view import ExcludedView
from llm_tco.gui.results.ranked_table import TEXT_COLUMN_WIDTHS, ElidingLabel
from llm_tco.gui.results.table_model import Column
from llm_tco.gui.results.view_model import candidate_label, gpu_display_name
from llm_tco.i18n import format_number

try:
    from test_results_support import fake_evaluate, fake_view
except ImportError:  # tests/gui became a package
    from .test_results_support import fake_evaluate, fake_view


@pytest.fixture(scope="module")
def engine_results():
    catalogs = load_catalogs(use_user_overrides=False)
    project = Project(workload=Workload(requests_per_day=20_000.0))
    ranked = evaluate(project, catalogs, monte_carlo=False, analyses=False)
    full = evaluate(project, catalogs, monte_carlo=True)
    return project, ranked, full


def _shown_panel(qtbot, evaluate=fake_evaluate) -> ResultsPanel:
    panel = ResultsPanel(evaluate=evaluate)
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_current_result_follows_the_ranking_then_the_uncertainty(qtbot, engine_results) -> None:
    project, ranked, full = engine_results

    def stand_in(_project, _catalogs, *, monte_carlo):
        return full if monte_carlo else ranked

    panel = _shown_panel(qtbot, stand_in)
    assert panel.current_result() is None
    with qtbot.waitSignal(panel.viewChanged, timeout=20_000):
        panel.set_project(project, object())
    assert panel.current_result() is ranked
    with qtbot.waitSignal(panel.monteCarloFinished, timeout=20_000):
        panel.start_monte_carlo_now()
    assert panel.current_result() is full
    assert panel.current_result().uncertainty is not None
    edited = project.model_copy(update={"name": "edited"})
    panel.evaluator.monte_carlo_enabled = False
    panel.set_project(edited, object())
    assert panel.current_result() is None  # never the result of the previous project
    qtbot.waitSignal(panel.viewChanged, timeout=20_000).wait()
    panel.evaluator.wait()


def test_table_columns_fit_numbers_and_elide_names(qtbot) -> None:
    panel = _shown_panel(qtbot)
    panel.evaluator.monte_carlo_enabled = False
    with qtbot.waitSignal(panel.viewChanged, timeout=10_000):
        panel.set_project(Project(), object())
    table = panel.table
    header = table.horizontalHeader()
    for column in Column:
        width = table.columnWidth(column)
        if column in TEXT_COLUMN_WIDTHS:
            assert width <= TEXT_COLUMN_WIDTHS[column]
        else:  # numbers are never cut
            assert width >= table.sizeHintForColumn(column)
            assert width >= header.sectionSizeHint(column)
    assert not header.stretchLastSection()
    # the score column can be scrolled into view
    table.scrollTo(panel.proxy.index(0, int(Column.SCORE)))
    right = table.columnViewportPosition(Column.SCORE) + table.columnWidth(Column.SCORE)
    assert 0 < right <= table.viewport().width()


def test_detail_pane_gets_room_by_default(qtbot) -> None:
    panel = _shown_panel(qtbot)
    _main, _right, bottom = panel.splitters
    details, chart_area = bottom.sizes()
    assert details >= 350  # was about 250 px at 1400 px wide
    assert chart_area > details


def test_summary_elides_with_the_full_text_as_tooltip(qtbot) -> None:
    label = ElidingLabel()
    qtbot.addWidget(label)
    text = "Recommended: a very long model name at 1,234 USD per month. ● 2 close options excluded"
    label.setText(text)
    label.resize(200, 30)
    label.show()
    qtbot.waitExposed(label)
    assert label.elided_text().endswith("…")
    assert len(label.elided_text()) < len(text)
    assert label.toolTip() == text
    label.resize(label.fontMetrics().horizontalAdvance(text) + 20, 30)
    assert label.elided_text() == text
    assert label.minimumSizeHint().width() < 200  # never pushes the Rank by control away


def test_summary_does_not_overlap_the_rank_by_control(qtbot) -> None:
    panel = _shown_panel(qtbot)
    panel.evaluator.monte_carlo_enabled = False
    with qtbot.waitSignal(panel.viewChanged, timeout=10_000):
        panel.set_project(Project(), object())
    summary, ranking = panel.summary.geometry(), panel.ranking.geometry()
    assert summary.right() < ranking.left()
    drawn = panel.summary.fontMetrics().horizontalAdvance(panel.summary.elided_text())
    assert drawn <= panel.summary.contentsRect().width()


def test_excluded_names_are_not_cut_when_there_is_room(qtbot) -> None:
    view = fake_view(Project(), monte_carlo=False)
    long_name = "gpt-oss-20b · own GPUs · 4× A100 80GB SXM"
    excluded = tuple(dataclasses.replace(e, model_name=long_name) for e in view.excluded)
    view = dataclasses.replace(view, excluded=excluded)
    pane = ExcludedView()
    qtbot.addWidget(pane)
    pane.resize(700, 300)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_view(view)
    tree = pane.tree
    item = tree.topLevelItem(0)
    needed = tree.fontMetrics().horizontalAdvance(item.text(0)) + tree.indentation()
    assert tree.columnWidth(0) >= needed  # the candidate's name is shown whole
    assert tree.columnWidth(1) >= tree.sizeHintForColumn(1)  # and its cost
    assert tree.columnWidth(0) + tree.columnWidth(1) < tree.viewport().width()
    pane.resize(360, 300)  # narrow: the names stay whole, the tree scrolls sideways
    pane.set_view(dataclasses.replace(view, excluded=excluded[::-1]))
    assert tree.columnWidth(0) >= needed
    assert item.toolTip(0).startswith(long_name) or excluded[0].detail in item.toolTip(0)


def test_short_labels_are_readable() -> None:
    assert gpu_display_name("rtx-4090") == "RTX 4090"
    assert gpu_display_name("h100-sxm") == "H100 SXM"
    label = candidate_label("Llama 3.1 8B Instruct", provider="RunPod", gpu_id="rtx-4090", gpus=1)
    assert label == "Llama 3.1 8B Instruct · RunPod · 1× RTX 4090"
    assert candidate_label("gpt-4.1-nano", provider="OpenAI") == "gpt-4.1-nano · OpenAI"
    owned = candidate_label("Qwen3 32B", gpu_id="l40s", gpus=2, owned="own GPUs")
    assert owned == "Qwen3 32B · own GPUs · 2× L40S"


def test_engine_labels_are_shortened_everywhere(engine_results) -> None:
    project, _ranked, full = engine_results
    view = from_evaluation(full, project=project)
    table = full.candidates
    for cand in view.candidates:
        assert cand.label == short_label(
            table, next(r.index for r in full.recommendations if r.candidate_id == cand.key)
        )
    raw = [table.label(i) for i in range(len(table))]
    shown = [*view.labels.values(), *(e.model_name for e in view.excluded)]
    assert shown
    for text in shown:
        assert text not in raw or " on " not in text  # never the engine's long description
        assert "always_on" not in text
        assert "(vllm)" not in text
        assert "(trtllm)" not in text


def test_legends_sit_outside_the_data_area(qtbot) -> None:
    view = fake_view(Project(), monte_carlo=True)
    for builder in (
        charts.build_cost_vs_volume,
        charts.build_monte_carlo,
        charts.build_cost_breakdown,
        charts.build_cumulative_cost,
    ):
        widget = builder(view)
        qtbot.addWidget(widget)
        widget.resize(700, 420)
        widget.show()
        qtbot.waitExposed(widget)
        QCoreApplication.processEvents()
        item = widget.getPlotItem()
        legend = item.legend
        assert legend is not None
        assert legend.isVisible()
        assert legend.items
        box = legend.sceneBoundingRect()
        data = item.getViewBox().sceneBoundingRect()
        assert box.height() > 0
        assert not box.intersects(data), builder.__name__
        assert box.top() >= data.bottom()
        assert widget.rect().contains(box.toRect()), builder.__name__


def test_tornado_names_every_driver(qtbot) -> None:
    view = fake_view(Project(), monte_carlo=True)
    widget = charts.build_tornado(view)
    qtbot.addWidget(widget)
    ticks = [text for _pos, text in widget.getPlotItem().getAxis("left")._tickLevels[0]]
    assert sorted(ticks) == sorted(bar.driver for bar in view.tornado.bars)


def test_probability_axis_runs_to_100_percent(qtbot) -> None:
    view = fake_view(Project(), monte_carlo=True)
    widget = charts.build_prob_best(view)
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    qtbot.waitExposed(widget)
    lo, hi = widget.getPlotItem().getViewBox().viewRange()[0]
    assert lo <= 0.0
    assert hi >= 100.0
    axis = widget.getPlotItem().getAxis("bottom")
    values = [v for _spacing, level in axis.tickValues(lo, hi, 500) for v in level]
    assert 100.0 in values
    assert "100" in axis.tickStrings([100.0], 1.0, 20.0)


def test_sample_count_is_grouped(qtbot) -> None:
    view = fake_view(Project(), monte_carlo=True)
    widget = charts.build_monte_carlo(view)
    qtbot.addWidget(widget)
    n = view.monte_carlo.n_samples
    assert n >= 1000
    title = widget.getPlotItem().titleLabel.text
    assert format_number(n) in title
    assert str(n) not in title


def _ink_rows(png: bytes) -> np.ndarray:
    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(h, stride)[:, :w]
    return (pixels < 128).sum(axis=1)


def test_exported_legend_scales_with_the_image(qtbot) -> None:
    assert QApplication.instance() is not None
    view = fake_view(Project(), monte_carlo=True)
    small = _ink_rows(
        charts.render_chart_png(
            charts.build_cost_vs_volume, view, width_px=640, height_px=320, scale=1.0
        )
    )
    large = _ink_rows(
        charts.render_chart_png(
            charts.build_cost_vs_volume, view, width_px=640, height_px=320, scale=2.0
        )
    )
    assert large.size == 2 * small.size
    # the legend is the bottom band: its ink grows with the area (x4) when everything scales
    band_small = small[int(0.85 * small.size) :].sum()
    band_large = large[int(0.85 * large.size) :].sum()
    assert band_small > 0
    assert 2.5 < band_large / band_small < 6.0
    assert 2.5 < large.sum() / small.sum() < 6.0


def test_what_would_change_names_options_by_their_short_labels(engine_results) -> None:
    project, _ranked, full = engine_results
    view = from_evaluation(full, project=project)
    table = full.candidates
    raw = {table.label(r.index) for r in (*full.recommendations, *full.cost_only)}
    lines = [line for c in view.candidates for line in c.what_would_change]
    winners = [
        w
        for b in (view.tornado.bars if view.tornado else ())
        for w in (b.winner_low, b.winner_high)
    ]
    for text in [*lines, *winners]:
        assert not any(label in text for label in raw), text


@pytest.mark.parametrize(
    "builder",
    [charts.build_cost_breakdown, charts.build_cost_vs_volume, charts.build_prob_best],
    ids=lambda b: b.__name__,
)
def test_long_labels_never_widen_a_chart_past_its_widget(qtbot, engine_results, builder) -> None:
    project, _ranked, full = engine_results
    view = from_evaluation(full, project=project)
    widget = builder(view)
    qtbot.addWidget(widget)
    widget.resize(520, 420)
    widget.show()
    qtbot.waitExposed(widget)
    QCoreApplication.processEvents()
    item = widget.getPlotItem()
    assert item.sceneBoundingRect().width() <= widget.width() + 1
    if item.legend is not None and item.legend.isVisible():
        assert item.legend.sceneBoundingRect().right() <= widget.width() + 1
