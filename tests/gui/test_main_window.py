"""The main window: title and modified marker, close with unsaved changes, recent projects,
window state, Save As suffix, start page, examples, recovery, second instance, theme, About/Help.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from llm_tco import __version__, paths
from llm_tco.engine.project_model import Project, ProjectInfo
from llm_tco.gui.dialogs import AboutDialog, HelpDialog, Preferences
from llm_tco.gui.main_window import MainWindow
from llm_tco.gui.theme import ThemeManager, ThemeMode, is_dark_palette
from llm_tco.project import load, save

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def _private_data_dir(fresh_data_dir):
    return fresh_data_dir


@pytest.fixture
def make_window(qtbot, message_boxes):
    made: list[MainWindow] = []

    def factory(**kwargs) -> MainWindow:
        kwargs.setdefault("load_catalogs", False)
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield factory
    for window in made:  # never leave a prompt for pytest-qt's teardown close
        window.document.undo_stack.setClean()
        window.has_document = False  # first: the empty project is not evaluated
        window.document.reset(Project())
        window.document.release()


@pytest.fixture
def window(make_window):
    return make_window()


def start_analysis(window: MainWindow, monkeypatch, name: str = "Alpha") -> Project:
    project = Project(info=ProjectInfo(name=name))
    monkeypatch.setattr(window.files, "run_wizard", lambda _p: project)
    window.acts.new.trigger()
    return project


def patch_save_dialog(monkeypatch, path: Path | str) -> list[str]:
    asked: list[str] = []

    def fake(_parent, _title, suggested, _filter, *_args, **_kwargs):
        asked.append(suggested)
        return str(path), "LLM TCO Advisor projects (*.llmtco)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_title_shows_name_and_modified_marker(window, monkeypatch, tmp_path):
    assert window.windowTitle() == "LLM TCO Advisor"
    assert not window.acts.save.isEnabled()
    start_analysis(window, monkeypatch, "Alpha")
    assert window.windowTitle() == "Alpha[*] — LLM TCO Advisor"
    assert window.isWindowModified()
    assert window.acts.save.isEnabled()
    patch_save_dialog(monkeypatch, tmp_path / "alpha.llmtco")
    window.acts.save.trigger()  # no file yet: Save asks where
    assert not window.isWindowModified()
    assert window.windowTitle() == "alpha.llmtco[*] — LLM TCO Advisor"
    assert load(tmp_path / "alpha.llmtco").info.name == "Alpha"


def test_edit_project_is_undoable_and_drives_the_title(window, monkeypatch, tmp_path):
    start_analysis(window, monkeypatch, "Alpha")
    patch_save_dialog(monkeypatch, tmp_path / "a.llmtco")
    window.acts.save.trigger()
    edited = Project(info=ProjectInfo(name="Beta"))
    monkeypatch.setattr(window.files, "run_wizard", lambda p: edited)
    window.acts.edit_project.trigger()
    assert window.document.project == edited
    assert window.isWindowModified()
    window.acts.undo.trigger()
    assert window.document.project.info.name == "Alpha"
    assert not window.isWindowModified()
    window.acts.redo.trigger()
    assert window.document.project == edited
    assert window.isWindowModified()


def test_close_with_unsaved_changes_cancel_vetoes(window, monkeypatch, message_boxes):
    start_analysis(window, monkeypatch)
    message_boxes.answers["warning"] = Button.Cancel
    assert not window.close()
    assert window.isVisible()
    assert message_boxes.kinds() == ["warning"]
    assert "Alpha" in message_boxes.calls[0][2]


def test_close_with_unsaved_changes_discard_closes(window, monkeypatch, message_boxes):
    start_analysis(window, monkeypatch)
    message_boxes.answers["warning"] = Button.Discard
    assert window.close()
    assert not window.isVisible()


def test_close_with_unsaved_changes_save_writes_then_closes(
    window, monkeypatch, message_boxes, tmp_path
):
    start_analysis(window, monkeypatch, "Saved on close")
    message_boxes.answers["warning"] = Button.Save
    patch_save_dialog(monkeypatch, tmp_path / "on-close")
    assert window.close()
    assert load(tmp_path / "on-close.llmtco").info.name == "Saved on close"


def test_close_save_cancelled_in_the_file_dialog_vetoes(window, monkeypatch, message_boxes):
    start_analysis(window, monkeypatch)
    message_boxes.answers["warning"] = Button.Save
    patch_save_dialog(monkeypatch, "")  # the user cancels the Save As dialog
    assert not window.close()
    assert window.isVisible()


def test_clean_window_closes_without_asking(window, message_boxes):
    assert window.close()
    assert message_boxes.calls == []


def test_save_as_adds_the_suffix(window, monkeypatch, tmp_path):
    start_analysis(window, monkeypatch, "Suffix")
    patch_save_dialog(monkeypatch, tmp_path / "x")
    window.acts.save_as.trigger()
    assert (tmp_path / "x.llmtco").is_file()
    assert not (tmp_path / "x").exists()
    assert window.document.path == tmp_path / "x.llmtco"


def write_projects(folder: Path, count: int) -> list[Path]:
    files = []
    for index in range(count):
        path = folder / f"p{index:02d}.llmtco"
        save(Project(info=ProjectInfo(name=f"Project {index}")), path)
        files.append(path)
    return files


def recent_menu_paths(window: MainWindow) -> list[str]:
    return [a.data() for a in window.acts.recent_menu.actions() if a.data()]


def test_recent_files_capped_newest_first_persisted_and_pruned(
    make_window, message_boxes, tmp_path
):
    window = make_window()
    files = write_projects(tmp_path, 12)
    for path in files:
        assert window.files.open_path(path)
    expected = [str(p.resolve()) for p in reversed(files)][:10]
    assert window.prefs.recent_files == expected
    assert recent_menu_paths(window) == expected
    assert Preferences.load().recent_files == expected  # persisted
    window.files.close_document()

    again = make_window()
    assert again.prefs.recent_files == expected
    files[-1].unlink()
    again.acts.recent_menu.aboutToShow.emit()  # the menu refreshes when opened
    assert str(files[-1].resolve()) not in recent_menu_paths(again)
    assert len(recent_menu_paths(again)) == 9
    assert "Removed 1 missing project" in again.statusBar().currentMessage()
    assert Preferences.load().recent_files == expected[1:]


def test_opening_a_vanished_recent_file_says_so(window, message_boxes, tmp_path):
    (path,) = write_projects(tmp_path, 1)
    window.files.open_path(path)
    window.files.close_document()
    path.unlink()
    window.acts.recentFileTriggered.emit(str(path.resolve()))
    assert message_boxes.kinds() == ["warning"]
    assert "no longer exists" in message_boxes.calls[0][2]
    assert window.prefs.recent_files == []
    assert not window.has_document


def test_window_geometry_restored(make_window):
    first = make_window()
    default = (first.width(), first.height())
    first.resize(640, 470)  # inside the offscreen platform's 800 x 600 screen
    assert (first.width(), first.height()) == (640, 470) != default
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (640, 470)


def test_start_page_with_no_examples(window, monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "examples_dir", lambda: tmp_path / "none")
    window.refresh_examples()
    examples = window.start_page.examples
    assert examples.count() == 1
    assert not (examples.item(0).flags() & Qt.ItemFlag.ItemIsEnabled)
    menu_actions = window.acts.examples_menu.actions()
    assert len(menu_actions) == 1
    assert not menu_actions[0].isEnabled()


def test_examples_listed_and_opened_as_untitled(window, monkeypatch, tmp_path, message_boxes):
    folder = tmp_path / "examples"
    folder.mkdir()
    save(Project(info=ProjectInfo(name="Startup chatbot")), folder / "startup-chatbot.llmtco")
    save(Project(info=ProjectInfo(name="Bank RAG")), folder / "bank_rag.llmtco")
    (folder / "broken-example.llmtco").write_text("{", encoding="utf-8")
    monkeypatch.setattr(paths, "examples_dir", lambda: folder)
    window.refresh_examples()
    titles = [window.start_page.examples.item(i).text() for i in range(3)]
    assert titles == ["Bank RAG", "Broken example", "Startup chatbot"]  # names from the files
    assert [a.text() for a in window.acts.examples_menu.actions()] == titles
    window.acts.examples_menu.actions()[1].trigger()  # unreadable: an error, nothing opened
    assert message_boxes.kinds() == ["critical"]
    assert not window.has_document
    window.acts.examples_menu.actions()[2].trigger()
    assert window.has_document
    assert window.document.project.info.name == "Startup chatbot"
    assert window.document.path is None  # Save asks for a new file; the example stays intact
    assert window.stack.currentWidget() is window.results


def test_results_placeholder_without_catalogs(window, monkeypatch):
    start_analysis(window, monkeypatch)
    assert window.results.objectName() == "resultsPlaceholder"
    window.acts.show_start.trigger()
    assert window.stack.currentWidget() is window.start_page
    window.acts.show_results.trigger()
    assert window.stack.currentWidget() is window.results


def test_export_pdf_is_disabled_without_a_result_and_asks_nothing(window, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append("?") or ("", ""))
    )
    assert not window.acts.export_pdf.isEnabled()
    window.acts.export_pdf.setEnabled(True)  # forced: without a document nothing happens
    with qtbot.waitSignal(window.exportPdfRequested):
        window.acts.export_pdf.trigger()
    assert asked == []
    assert window.pdf.progress is None


CRASHING_WINDOW = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from llm_tco.engine.project_model import Project, ProjectInfo
    from llm_tco.gui.main_window import MainWindow
    window = MainWindow(load_catalogs=False)
    window.document.reset(Project(info=ProjectInfo(name="Lost work")), modified=True)
    window.document_opened()
    assert window.document.autosave_now() is not None
    os._exit(3)
    """
)


def test_recovery_offered_after_a_crash(make_window, message_boxes, fresh_data_dir):
    env = {**os.environ, "LLM_TCO_DATA_DIR": str(fresh_data_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_WINDOW, str(DESKTOP)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    window = make_window()
    message_boxes.answers["question"] = Button.Yes
    assert window.files.offer_recovery()
    assert message_boxes.kinds() == ["question"]
    assert "Lost work" in message_boxes.calls[0][2]
    assert window.document.project.info.name == "Lost work"
    assert window.isWindowModified()
    assert window.files.offer_recovery() is False  # offered once only


def test_second_window_on_the_same_file_offers_read_only(make_window, message_boxes, tmp_path):
    (path,) = write_projects(tmp_path, 1)
    first = make_window()
    assert first.files.open_path(path)
    second = make_window()
    message_boxes.answers["question"] = Button.No
    assert not second.files.open_path(path)
    assert "already open" in message_boxes.calls[-1][2]
    message_boxes.answers["question"] = Button.Yes
    assert second.files.open_path(path)
    assert second.document.read_only
    assert "(read-only)" in second.windowTitle()


def test_dark_mode_slot_changes_the_palette(qtbot):
    app = QApplication.instance()
    before = app.palette()
    manager = ThemeManager(app, mode=ThemeMode.SYSTEM)
    try:
        with qtbot.waitSignal(manager.themeChanged) as changed:
            manager.colorSchemeChanged(Qt.ColorScheme.Dark)
        assert changed.args == [True]
        assert is_dark_palette(app.palette())
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 100
        with qtbot.waitSignal(manager.themeChanged) as changed:
            manager.colorSchemeChanged(Qt.ColorScheme.Light)
        assert changed.args == [False]
        assert not is_dark_palette(app.palette())
        manager.set_mode(ThemeMode.DARK)  # an explicit choice ignores the system
        manager.colorSchemeChanged(Qt.ColorScheme.Light)
        assert is_dark_palette(app.palette())
    finally:
        manager.deleteLater()
        app.setPalette(before)


def test_view_theme_menu_switches_and_remembers(window):
    app = QApplication.instance()
    before = app.palette()
    try:
        window.acts.theme_actions["dark"].trigger()
        assert is_dark_palette(app.palette())
        assert Preferences.load().theme == "dark"
        assert window.acts.theme_actions["dark"].isChecked()
    finally:
        app.setPalette(before)


def test_about_shows_version_licence_and_catalog_dates(window, qtbot):
    dialog = AboutDialog(catalog_dates={"models": "2026-11-30", "gpu_offers": "2026-10-01"})
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert __version__ in text
    assert "Apache-2.0" in text
    assert "Models: 2026-11-30" in text
    assert "GPU rental prices: 2026-10-01" in text
    window.catalogs = SimpleNamespace(as_of_summary=lambda: {"api_offers": "2026-09-15"})
    from_window = window.about_dialog()
    qtbot.addWidget(from_window)
    assert "API prices: 2026-09-15" in from_window.text()


def test_about_without_catalogs_says_why(window, qtbot):
    window.catalog_error = "shipped catalog models.json is missing"
    dialog = window.about_dialog()
    qtbot.addWidget(dialog)
    assert "models.json is missing" in dialog.text()


def test_help_opens_on_f1_action(window, qtbot):
    window.acts.help.trigger()
    dialogs = [d for d in window.findChildren(HelpDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert "wizard" in dialogs[0].browser.toPlainText()
    dialogs[0].close()


class FakeResultsPanel(QWidget):
    """Stands in for the results view: records what it is shown, emits what-if edits."""

    projectEdited = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.shown: list[tuple[Project, object]] = []

    def set_project(self, project, catalogs) -> None:
        self.shown.append((project, catalogs))


def test_what_if_edits_from_the_results_view_are_undoable(make_window, monkeypatch):
    import llm_tco.gui.results as results_package

    monkeypatch.setattr(results_package, "ResultsPanel", FakeResultsPanel, raising=False)
    catalogs = SimpleNamespace(as_of_summary=dict, warnings=())
    window = make_window(catalogs=catalogs)
    start_analysis(window, monkeypatch, "What if")
    panel = window.results
    assert isinstance(panel, FakeResultsPanel)
    assert panel.shown[-1] == (window.document.project, catalogs)
    before = window.document.project
    doubled = before.model_copy(
        update={"assumptions": before.assumptions.model_copy(update={"volume_multiplier": 2.0})}
    )
    panel.projectEdited.emit(doubled)
    assert window.document.project == doubled
    assert panel.shown[-1][0] == doubled
    assert window.acts.undo.text() == "&Undo Change assumptions"
    window.acts.undo.trigger()
    assert window.document.project == before
    assert panel.shown[-1][0] == before


def test_preferences_dialog_edits_and_persists(window, monkeypatch):
    from llm_tco.gui.dialogs import PreferencesDialog

    app = QApplication.instance()
    before = app.palette()

    def accept_with_changes(dialog: PreferencesDialog) -> int:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.stale_days.setValue(90)
        assert dialog.stale_days.suffix() == " days"
        assert dialog.page_size.currentData() == "auto"  # by default: what the locale uses
        dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
        for widget in (dialog.theme, dialog.language, dialog.stale_days, dialog.page_size):
            assert widget.accessibleName()
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept_with_changes)
    try:
        window.acts.preferences.trigger()
        stored = Preferences.load()
        assert (stored.theme, stored.language, stored.stale_after_days) == ("dark", "zh_CN", 90)
        assert stored.page_size == "Letter"
        assert window.prefs.page_size == "Letter"
        assert is_dark_palette(app.palette())
        assert window.acts.theme_actions["dark"].isChecked()
    finally:
        app.setPalette(before)


def test_unreadable_preferences_fall_back_to_defaults(fresh_data_dir):
    (fresh_data_dir / "preferences.json").write_text("{not json", encoding="utf-8")
    assert Preferences.load() == Preferences()


def test_window_icon_is_a_scalable_svg(window):
    from llm_tco.gui.main_window import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert not window.windowIcon().isNull()
    assert icon.availableSizes() == []  # a vector icon: no fixed bitmap sizes
    big = icon.pixmap(512, 512)
    assert big.width() == 512
    top_centre = big.toImage().pixelColor(256, 40)
    assert top_centre.blue() > top_centre.red()  # the blue tile was drawn, not a blank pixmap


def test_stale_prices_and_skipped_files_are_reported(make_window, qtbot):
    import datetime as dt

    today = dt.date.today()
    old = SimpleNamespace(as_of=today - dt.timedelta(days=400))
    fresh = SimpleNamespace(as_of=today - dt.timedelta(days=10))
    tables = {
        "gpu_offers": {"a": old, "b": old, "c": fresh},
        "api_offers": {"d": fresh},
        "tuning_offers": {},
        "models": {"m": old},  # specifications, not prices: never called stale
    }
    catalogs = SimpleNamespace(
        as_of_summary=lambda: {"gpu_offers": fresh.as_of.isoformat()},
        table=tables.__getitem__,
        warnings=("overrides/bad.json: skipped: entry x: usd_per_hour must be > 0",),
    )
    window = make_window(catalogs=catalogs)
    assert "bad.json" in window.statusBar().currentMessage()
    about = window.about_dialog()
    qtbot.addWidget(about)
    text = about.text()
    assert "Prices older than 180 day(s) (GPU rental prices: 2)." in text  # plural: an en .qm
    assert "bad.json" in text


HIDPI_GRAB = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from llm_tco.gui.main_window import MainWindow
    window = MainWindow(load_catalogs=False)
    window.resize(600, 400)
    window.show()
    app.processEvents()
    image = window.grab()
    icon = window.windowIcon().pixmap(32, 32)
    print(image.devicePixelRatio(), image.width(), icon.devicePixelRatio(), icon.width())
    """
)


def test_crisp_at_scale_factor_two(fresh_data_dir):
    env = {
        **os.environ,
        "LLM_TCO_DATA_DIR": str(fresh_data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": "2",
    }
    done = subprocess.run(
        [sys.executable, "-c", HIDPI_GRAB, str(DESKTOP)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    ratio, width, icon_ratio, icon_width = done.stdout.split()
    assert float(ratio) == 2.0
    assert int(width) == 1200  # device pixels: drawn at full resolution, not upscaled
    assert float(icon_ratio) == 2.0
    assert int(icon_width) == 64  # the SVG icon renders at 64 device pixels for 32 logical


def test_open_dialog_and_start_page_recent_list(window, monkeypatch, tmp_path):
    (first,) = write_projects(tmp_path, 1)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(first), ""))
    )
    window.acts.open.trigger()
    assert window.document.path == first
    assert window.windowTitle() == "p00.llmtco[*] — LLM TCO Advisor"
    window.files.close_document()
    assert window.stack.currentWidget() is window.start_page
    recent = window.start_page.recent
    assert recent.count() == 1
    assert recent.item(0).text() == "p00.llmtco"
    recent.itemActivated.emit(recent.item(0))
    assert window.document.path == first.resolve()
    assert window.has_document


def test_clear_recent_projects(window, tmp_path):
    for path in write_projects(tmp_path, 3):
        window.files.open_path(path)
    clear = [a for a in window.acts.recent_menu.actions() if a.text() == "&Clear Recent Projects"]
    clear[0].trigger()
    assert window.prefs.recent_files == []
    assert Preferences.load().recent_files == []
    assert recent_menu_paths(window) == []


def test_toolbar_visibility_is_part_of_the_restored_state(make_window):
    first = make_window()
    assert first.toolbar.isVisible()
    first.toolbar.hide()
    first.close()
    second = make_window()
    assert not second.toolbar.isVisible()


def test_window_state_saved_on_a_first_run_without_a_data_folder(
    make_window, monkeypatch, tmp_path
):
    folder = tmp_path / "not-yet" / "created"
    monkeypatch.setenv("LLM_TCO_DATA_DIR", str(folder))
    window = make_window()
    window.close()
    assert (folder / "window-state.ini").is_file()


def test_tools_catalogs_opens_the_browser_marks_drivers_and_reevaluates_on_change(
    make_window, qtbot, fresh_data_dir
):
    from llm_tco.engine.catalog import load_catalogs
    from llm_tco.gui.catalog_browser import CatalogBrowser
    from llm_tco.gui.pdf_export import driving_ids
    from llm_tco.paths import examples_dir

    catalogs = load_catalogs()
    window = make_window(catalogs=catalogs)
    assert window.acts.catalogs.isEnabled()
    window.document.reset(load(examples_dir() / "startup_chatbot.llmtco"))
    panel = window._ensure_results()
    with qtbot.waitSignal(panel.viewChanged, timeout=60_000):
        window.document_opened()
    window.acts.catalogs.trigger()
    browser = window.catalog_window.browser
    assert isinstance(browser, CatalogBrowser)
    assert browser.isVisible()
    assert browser.isWindow()
    result = window.tracker.result_for(window.document.project)
    expected = driving_ids(result)
    assert expected
    assert browser.driving_ids == expected
    assert result.recommendations[0].model_id in browser.driving_ids
    assert browser.stale_days.value() == window.prefs.stale_after_days
    models = browser.catalog_tabs["models"].view
    assert models.columnWidth(0) >= models.sizeHintForColumn(0)  # the bold badge is not cut
    window.acts.catalogs.trigger()  # a second time: the same window is raised
    assert window.catalog_window.browser is browser
    with qtbot.waitSignal(panel.viewChanged, timeout=60_000):
        browser.catalogsChanged.emit()
    assert window.catalogs is not catalogs  # loaded again
    assert "Catalogs changed" in window.statusBar().currentMessage()
    panel.evaluator.cancel_monte_carlo()
    panel.evaluator.wait()


def test_catalogs_action_disabled_without_catalogs(window):
    assert not window.acts.catalogs.isEnabled()


def test_start_page_describes_the_selected_example_and_opens_it(window, monkeypatch, tmp_path):
    folder = tmp_path / "examples"
    folder.mkdir()
    for name, text in (("Alpha", "First example."), ("Beta", "Second example.")):
        save(Project(info=ProjectInfo(name=name, description=text)), folder / f"{name}.llmtco")
    monkeypatch.setattr(paths, "examples_dir", lambda: folder)
    window.refresh_examples()
    page = window.start_page
    assert page.examples.currentRow() == 0
    row = page.examples.sizeHintForRow(0)
    assert page.examples.maximumHeight() <= 10 * row + 40  # as tall as a few entries
    assert page.example_text.text() == "First example."
    assert page.examples.item(1).toolTip() == "Second example."
    page.examples.setCurrentRow(1)
    assert page.example_text.text() == "Second example."
    assert page.example_button.isEnabled()
    page.example_button.click()
    assert window.has_document
    assert window.document.project.info.name == "Beta"


def test_first_start_window_size_fits_the_screen(make_window):
    from PySide6.QtGui import QGuiApplication

    from llm_tco.gui.main_window import default_window_size

    size = default_window_size()
    available = QGuiApplication.primaryScreen().availableGeometry().size()
    assert size.width() <= 1400
    assert size.height() <= 900
    assert size.width() <= available.width()
    assert size.height() <= available.height()
    window = make_window()
    assert window.size() == size  # no saved state yet


def test_closing_does_not_evaluate_the_empty_project(make_window, monkeypatch):
    import llm_tco.gui.results as results_package

    monkeypatch.setattr(results_package, "ResultsPanel", FakeResultsPanel, raising=False)
    window = make_window(catalogs=SimpleNamespace(as_of_summary=dict, warnings=()))
    project = start_analysis(window, monkeypatch, "Closing")
    panel = window.results
    shown = len(panel.shown)
    assert panel.shown[-1][0] == project
    window.document.undo_stack.setClean()
    assert window.files.close_document()
    assert len(panel.shown) == shown  # nothing new was sent to the results view
    assert window.stack.currentWidget() is window.start_page
