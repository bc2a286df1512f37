"""The ranked table's header menu (show/hide columns) and the results panel's saved layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt

from llm_tco.engine.project_model import Project
from llm_tco.gui.main_window import results_state, window_settings
from llm_tco.gui.results import ResultsPanel
from llm_tco.gui.results.ranked_table import ALWAYS_SHOWN, column_menu
from llm_tco.gui.results.table_model import Column

try:
    from test_results_support import fake_evaluate
except ImportError:  # tests/gui became a package
    from .test_results_support import fake_evaluate

CATALOGS = object()


def _panel(qtbot) -> ResultsPanel:
    panel = ResultsPanel(evaluate=fake_evaluate)
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.evaluator.monte_carlo_enabled = False
    panel.show()
    with qtbot.waitSignal(panel.viewChanged, timeout=10_000):
        panel.set_project(Project(), CATALOGS)
    return panel


def _action(menu, column: Column):
    title = menu.parent().model().headerData(column, Qt.Orientation.Horizontal)
    return next(a for a in menu.actions() if a.text() == title)


def test_header_menu_hides_and_shows_columns(qtbot) -> None:
    panel = _panel(qtbot)
    header = panel.table.horizontalHeader()
    menu = column_menu(panel.table)
    checkable = [a for a in menu.actions() if a.isCheckable()]
    assert len(checkable) == len(Column)
    assert all(a.isChecked() for a in checkable)
    _action(menu, Column.ROUTE).setChecked(False)
    assert header.isSectionHidden(Column.ROUTE)
    assert not _action(column_menu(panel.table), Column.ROUTE).isChecked()
    for column in ALWAYS_SHOWN:
        assert not _action(menu, column).isEnabled()  # rank and model cannot be hidden
    show_all = next(a for a in menu.actions() if a.text() == "Show all columns")
    show_all.trigger()
    assert not any(header.isSectionHidden(c) for c in Column)
    assert header.sectionSize(Column.ROUTE) > 20


def test_hidden_columns_widths_and_splitters_survive_a_new_panel(qtbot) -> None:
    first = _panel(qtbot)
    first.table.horizontalHeader().setSectionHidden(Column.UTILISATION, True)
    first.table.setColumnWidth(Column.WHERE, 222)
    main = first.splitters[0]
    main.setSizes([300, 1100])
    wanted = main.sizes()
    state = first.save_state()
    assert all(isinstance(v, QByteArray) for v in state.values())

    second = _panel_unshown(qtbot)
    second.restore_state(state)
    second.show()
    with qtbot.waitSignal(second.viewChanged, timeout=10_000):
        second.set_project(Project(), CATALOGS)
    header = second.table.horizontalHeader()
    assert header.isSectionHidden(Column.UTILISATION)
    assert header.sectionSize(Column.WHERE) == 222  # not re-fitted on the first result
    assert second.splitters[0].sizes() == wanted


def _panel_unshown(qtbot) -> ResultsPanel:
    panel = ResultsPanel(evaluate=fake_evaluate)
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.evaluator.monte_carlo_enabled = False
    return panel


def test_broken_saved_state_is_ignored(qtbot) -> None:
    panel = _panel_unshown(qtbot)
    hidden_rank = panel.save_state()["columns"]
    panel.restore_state({"columns": QByteArray(b"garbage"), "splitter0": "not bytes"})
    panel.restore_state({"columns": hidden_rank})
    panel.show()
    with qtbot.waitSignal(panel.viewChanged, timeout=10_000):
        panel.set_project(Project(), CATALOGS)
    assert not any(panel.table.horizontalHeader().isSectionHidden(c) for c in ALWAYS_SHOWN)


def test_main_window_keeps_the_results_layout(qtbot, fresh_data_dir) -> None:
    panel = _panel(qtbot)
    panel.table.horizontalHeader().setSectionHidden(Column.LATENCY, True)
    settings = window_settings()
    for key, value in panel.save_state().items():
        settings.setValue(f"results/{key}", value)
    settings.sync()
    restored = results_state()
    assert set(restored) == {"splitter0", "splitter1", "splitter2", "columns"}
    again = _panel_unshown(qtbot)
    again.restore_state(restored)
    assert again.table.horizontalHeader().isSectionHidden(Column.LATENCY)
