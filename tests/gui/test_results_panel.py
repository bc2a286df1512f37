"""The results panel with a stand-in engine: what-if edits, selection, worker, errors, theme."""

from __future__ import annotations

import dataclasses
import itertools
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette

from llm_tco.engine.errors import ProjectError
from llm_tco.engine.project_model import Project
from llm_tco.gui import charts
from llm_tco.gui.results import ResultsPanel
from llm_tco.i18n import format_number

try:
    from test_results_support import fake_evaluate, fake_view
except ImportError:  # tests/gui became a package
    from .test_results_support import fake_evaluate, fake_view

CATALOGS = object()  # the stand-in engine ignores catalogs


def _panel(qtbot, evaluate=fake_evaluate) -> ResultsPanel:
    panel = ResultsPanel(evaluate=evaluate)
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.evaluator.monte_carlo_enabled = False
    return panel


def _show(qtbot, panel: ResultsPanel, project: Project) -> None:
    with qtbot.waitSignal(panel.viewChanged, timeout=10_000):
        panel.set_project(project, CATALOGS)


def _top_route(panel: ResultsPanel) -> str:
    view = panel.view()
    assert view is not None
    return min(view.candidates, key=lambda c: c.rank).route


def test_set_project_fills_table_detail_and_excluded(qtbot) -> None:
    panel = _panel(qtbot)
    _show(qtbot, panel, Project())
    assert panel.model.rowCount() == 3
    assert panel.selected_key() == panel.model.candidate(0).key
    html = panel.detail.html()
    assert "https://example.org/" in html  # clickable source URL
    assert "Sources" in html
    tree = panel.excluded.tree
    assert tree.topLevelItem(0).data(0, 256) == "x-near"  # closest first
    assert panel.excluded.reasons_of("x-far") == ["data leaves the region"]
    assert panel.info_tabs.tabText(1) == "Excluded (2)"
    assert "1 close option(s) excluded" in panel.summary.text()  # only x-near is close


def test_same_project_again_is_free(qtbot) -> None:
    calls = []

    def counting(project, catalogs, *, monte_carlo):
        calls.append(monte_carlo)
        return fake_evaluate(project, catalogs, monte_carlo=monte_carlo)

    panel = _panel(qtbot, counting)
    project = Project()
    _show(qtbot, panel, project)
    with qtbot.assertNotEmitted(panel.viewChanged, wait=200):
        panel.set_project(project.model_copy(), CATALOGS)
    assert calls == [False]


def test_volume_edit_changes_the_ranking_and_is_announced(qtbot) -> None:
    panel = _panel(qtbot)
    _show(qtbot, panel, Project())
    assert not _top_route(panel).startswith("self")
    with (
        qtbot.waitSignal(panel.projectEdited, timeout=5000) as edited,
        qtbot.waitSignal(panel.viewChanged, timeout=10_000),
    ):
        panel.whatif.set_value("volume_multiplier", 1000.0)
    new_project = edited.args[0]
    assert isinstance(new_project, Project)
    assert new_project.assumptions.volume_multiplier == 1000.0
    assert panel.project() == new_project
    assert _top_route(panel) == "self_hosted_rented"
    # the shell pushes the edit on its undo stack and calls set_project again: nothing happens
    with qtbot.assertNotEmitted(panel.viewChanged, wait=200):
        panel.set_project(new_project, CATALOGS)


def test_undo_restores_inputs_without_emitting(qtbot) -> None:
    panel = _panel(qtbot)
    original = Project()
    _show(qtbot, panel, original)
    with qtbot.waitSignal(panel.viewChanged, timeout=10_000):
        panel.whatif.set_value("api_price_multiplier", 3.0)
    with qtbot.assertNotEmitted(panel.projectEdited, wait=100):
        _show(qtbot, panel, original)  # the shell's undo
    assert panel.whatif.spins["api_price_multiplier"].value() == 1.0


def test_percent_inputs_are_stored_as_shares(qtbot) -> None:
    panel = _panel(qtbot)
    _show(qtbot, panel, Project())
    with qtbot.waitSignal(panel.projectEdited, timeout=5000) as edited:
        panel.whatif.set_value("cached_prompt_share", 40.0)
    assert edited.args[0].workload.cached_prompt_share == pytest.approx(0.4)


def test_reset_multipliers(qtbot) -> None:
    panel = _panel(qtbot)
    project = Project()
    project = project.model_copy(
        update={"assumptions": project.assumptions.model_copy(update={"gpu_price_multiplier": 2.0})}
    )
    _show(qtbot, panel, project)
    with qtbot.waitSignal(panel.projectEdited, timeout=5000) as edited:
        panel.whatif.reset_button.click()
    assert edited.args[0].assumptions.gpu_price_multiplier == 1.0


def test_route_filter_and_selection_follow_the_table(qtbot) -> None:
    panel = _panel(qtbot)
    _show(qtbot, panel, Project())
    panel.set_route_filter("self_hosted_rented")
    assert panel.proxy.rowCount() == 1
    assert panel.selected_key() == "self"
    assert "Model C" in panel.detail.html()
    panel.set_route_filter(None)
    assert panel.proxy.rowCount() == 3


def test_charts_redraw_after_an_edit(qtbot) -> None:
    panel = _panel(qtbot)
    _show(qtbot, panel, Project())
    widget = panel.charts.slots["volume"].widget
    before = charts.series_names(widget)
    assert len(before) == 4  # three curves and the break-even markers
    with qtbot.waitSignal(panel.viewChanged, timeout=10_000):
        panel.whatif.set_value("gpu_price_multiplier", 2.0)
    curve = next(
        i
        for i in widget.getPlotItem().items
        if getattr(i, "name", lambda: "")() == "Model C · 1 x gpu bf16 (vllm), on demand"
    )
    expected = fake_view(panel.project()).volume_curves.usd_per_month["self"][0]
    assert 10 ** curve.getData()[1][0] == pytest.approx(expected)
    assert charts.series_names(widget) == before


def test_every_chart_tab_draws(qtbot) -> None:
    panel = _panel(qtbot)
    _show(qtbot, panel, Project())
    for index in range(panel.charts.count()):
        panel.charts.setCurrentIndex(index)
    assert all(not slot.dirty for slot in panel.charts.slots.values() if not slot.uses_monte_carlo)


def _slow_mc(delay_s: float, started: threading.Event):
    def evaluate(project, catalogs, *, monte_carlo):
        if monte_carlo:
            started.set()
            time.sleep(delay_s)  # stands in for a long Monte Carlo (releases the GIL like numpy)
        return fake_evaluate(project, catalogs, monte_carlo=monte_carlo)

    return evaluate


def test_window_stays_responsive_during_monte_carlo(qtbot) -> None:
    started = threading.Event()
    panel = _panel(qtbot, _slow_mc(1.0, started))
    _show(qtbot, panel, Project())
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    with qtbot.waitSignal(panel.monteCarloFinished, timeout=15_000):
        panel.start_monte_carlo_now()
        qtbot.waitUntil(lambda: panel.progress.isVisible() or started.is_set(), timeout=5000)
        assert panel.whatif.isEnabled()
    timer.stop()
    assert len(ticks) >= 15  # the event loop kept running for the whole second
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.5
    assert panel.view().monte_carlo is not None
    assert not panel.progress.isVisible()
    n = panel.view().monte_carlo.n_samples
    assert format_number(n) in panel.status.text()  # grouped: '2,000', not '2000'
    assert f"{n} " not in panel.status.text()


def test_cancel_monte_carlo_reenables_the_ui(qtbot) -> None:
    started = threading.Event()
    panel = _panel(qtbot, _slow_mc(0.8, started))
    _show(qtbot, panel, Project())
    panel.show()
    panel.start_monte_carlo_now()
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert panel.cancel_button.isVisible()
    with qtbot.assertNotEmitted(panel.monteCarloFinished, wait=1500):
        panel.cancel_button.click()
    assert not panel.cancel_button.isVisible()
    assert not panel.is_monte_carlo_running()
    assert "cancelled" in panel.status.text()
    assert panel.whatif.isEnabled()
    panel.evaluator.wait()


def test_worker_error_is_shown_in_a_dialog_with_details(qtbot) -> None:
    def failing(project, catalogs, *, monte_carlo):
        if monte_carlo:
            raise RuntimeError("sampler exploded")
        return fake_evaluate(project, catalogs, monte_carlo=False)

    panel = _panel(qtbot, failing)
    _show(qtbot, panel, Project())
    panel.start_monte_carlo_now()
    qtbot.waitUntil(lambda: panel.error_dialog is not None, timeout=5000)
    box = panel.error_dialog
    assert "sampler exploded" in box.informativeText()
    assert "RuntimeError" in box.detailedText()
    assert "Traceback" in box.detailedText()
    box.close()
    assert panel.model.rowCount() == 3  # the ranking stays usable


def test_input_error_goes_to_the_status_line_not_a_dialog(qtbot) -> None:
    def invalid(project, catalogs, *, monte_carlo):
        raise ProjectError("horizon_months: must be at least 1")

    panel = _panel(qtbot, invalid)
    with qtbot.waitSignal(panel.evaluator.failed, timeout=5000):
        panel.set_project(Project(), CATALOGS)
    assert "horizon_months" in panel.status.text()
    assert panel.error_dialog is None


def test_dark_palette_switches_chart_theme(qtbot) -> None:
    panel = _panel(qtbot)
    _show(qtbot, panel, Project())
    palette = panel.palette()
    palette.setColor(QPalette.ColorRole.Window, "#202020")
    palette.setColor(QPalette.ColorRole.WindowText, "#f0f0f0")
    panel.setPalette(palette)
    assert panel.charts.theme() == "dark"
    widget = panel.charts.slots["volume"].widget
    assert widget.backgroundBrush().color().name() == charts.DARK.background
    panel.set_chart_theme("light")
    assert widget.backgroundBrush().color().name() == charts.LIGHT.background


def test_ranking_first_then_the_full_analysis(qtbot) -> None:
    calls = []

    def engine(project, catalogs, *, monte_carlo, analyses=True):
        calls.append((monte_carlo, analyses))
        view = fake_view(project, monte_carlo=monte_carlo)
        if not analyses:
            view = dataclasses.replace(view, volume_curves=None, tornado=None)
        return view

    panel = ResultsPanel(evaluate=engine)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.viewChanged, timeout=10_000):
        panel.set_project(Project(), CATALOGS)
    assert calls == [(False, False)]  # the ranking alone, fast
    assert panel.view().volume_curves is None
    with qtbot.waitSignal(panel.monteCarloFinished, timeout=10_000):
        pass
    assert calls[-1] == (True, True)
    assert panel.view().volume_curves is not None
    assert panel.view().monte_carlo is not None
    with qtbot.waitSignal(panel.viewChanged, timeout=10_000):
        panel.whatif.set_value("gpu_price_multiplier", 2.0)
    # until the new analysis arrives the previous break-even curves stay on screen (no flicker)
    assert panel.view().volume_curves is not None
    with qtbot.waitSignal(panel.monteCarloFinished, timeout=10_000):
        pass
    expected = fake_view(panel.project()).volume_curves.usd_per_month["self"]
    assert panel.view().volume_curves.usd_per_month["self"] == expected
    panel.evaluator.wait()


def test_edit_while_a_finished_result_is_still_queued(qtbot) -> None:
    """A job that ran (and was deleted by Qt) before its result was delivered is not touched."""
    panel = _panel(qtbot)
    _show(qtbot, panel, Project())
    errors: list[BaseException] = []
    original = panel.evaluator._drop

    def recording_drop(which):
        try:
            return original(which)
        except RuntimeError as exc:  # 'Internal C++ object (EvaluationJob) already deleted'
            errors.append(exc)
            raise

    panel.evaluator._drop = recording_drop
    panel.whatif.set_value("volume_multiplier", 2.0)
    assert panel.evaluator.wait()  # ranked in the worker; the result waits in the event queue
    with qtbot.waitSignal(panel.viewChanged, timeout=10_000):
        panel.whatif.set_value("volume_multiplier", 3.0)
    assert errors == []
    assert panel.whatif.spins["volume_multiplier"].value() == pytest.approx(3.0)
    assert panel.project().assumptions.volume_multiplier == pytest.approx(3.0)


def test_hidden_excluded_list_is_filled_when_shown(qtbot) -> None:
    panel = _panel(qtbot)
    panel.show()
    fills: list[object] = []
    original = panel.excluded._fill
    panel.excluded._fill = lambda view: (fills.append(view), original(view))
    _show(qtbot, panel, Project())
    assert panel.info_tabs.currentIndex() == 0  # details in front: the edit skips the list
    assert fills == []
    panel.info_tabs.setCurrentIndex(1)
    assert len(fills) == 1
    assert panel.excluded._tree.topLevelItemCount() == 2
    with qtbot.waitSignal(panel.viewChanged, timeout=10_000):
        panel.whatif.set_value("volume_multiplier", 2.0)
    assert len(fills) == 2  # shown: updated with the edit
