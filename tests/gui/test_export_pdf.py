"""File > Export PDF from the window: file name, page size, language, progress, Cancel, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from llm_tco.engine.catalog import load_catalogs
from llm_tco.engine.errors import ReportError
from llm_tco.engine.project_model import Project
from llm_tco.gui import pdf_export
from llm_tco.gui.dialogs import Preferences
from llm_tco.gui.main_window import MainWindow
from llm_tco.gui.pdf_export import (
    default_page_size,
    driving_ids,
    pdf_file_name,
    resolve_page_size,
)
from llm_tco.paths import examples_dir
from llm_tco.project import load

EXAMPLE = "startup_chatbot.llmtco"


@pytest.fixture(autouse=True)
def _private_data_dir(fresh_data_dir):
    return fresh_data_dir


@pytest.fixture(scope="module")
def catalogs():
    return load_catalogs(use_user_overrides=False)


@pytest.fixture
def window(qtbot, message_boxes, catalogs):
    made = MainWindow(catalogs=catalogs)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.pdf.cancel()
    if made.results is not None:
        made.results.evaluator.cancel_monte_carlo()
        made.results.evaluator.wait()
    made.document.undo_stack.setClean()
    made.has_document = False  # first: the empty project is not evaluated
    made.document.reset(Project())
    made.document.release()


def open_example(qtbot, window: MainWindow, name: str = EXAMPLE) -> Project:
    project = load(examples_dir() / name)
    window.document.reset(project)
    panel = window._ensure_results()
    with qtbot.waitSignal(panel.viewChanged, timeout=60_000):
        window.document_opened()
    return project


def patch_save_dialog(monkeypatch, answer: str) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def fake(_parent, _title, suggested, file_filter, *_args, **_kwargs):
        asked.append((suggested, file_filter))
        return answer, file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def leftovers(folder: Path) -> list[Path]:
    """Files in ``folder`` other than the private user data folder."""
    return [p for p in folder.iterdir() if p.name != "user-data"]


def recording_factory(calls: list[dict]):
    """An exporter factory that records its arguments and then builds the real exporter."""
    from llm_tco.report.worker import ReportExporter

    def factory(project, result, catalogs, path, **kwargs):
        calls.append({"project": project, "result": result, "path": path, **kwargs})
        return ReportExporter(project, result, catalogs, path, **kwargs)

    return factory


def test_pdf_file_name_adds_the_suffix_once():
    assert pdf_file_name("/tmp/report") == Path("/tmp/report.pdf")
    assert pdf_file_name("/tmp/report.PDF") == Path("/tmp/report.PDF")
    assert pdf_file_name("/tmp/q3.plan") == Path("/tmp/q3.plan.pdf")


def test_default_page_size_follows_the_locale():
    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == (
        "Letter"
    )
    assert default_page_size(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "A4"
    assert default_page_size(QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "A4"
    assert resolve_page_size("Letter") == "Letter"
    assert resolve_page_size("A4") == "A4"
    assert resolve_page_size("auto") in ("A4", "Letter")


def test_export_is_disabled_until_a_result_exists(qtbot, window):
    assert not window.acts.export_pdf.isEnabled()
    assert window.acts.export_pdf in window.toolbar.actions()  # also on the toolbar
    assert window.acts.export_pdf.iconText() == "Export PDF"
    open_example(qtbot, window)
    assert window.acts.export_pdf.isEnabled()
    window.files.close_document()
    assert not window.acts.export_pdf.isEnabled()


def test_export_writes_the_pdf_with_suffix_page_size_and_language(
    qtbot, window, monkeypatch, tmp_path
):
    open_example(qtbot, window)
    window.prefs = window.prefs.model_copy(update={"page_size": "Letter", "language": "en"})
    asked = patch_save_dialog(monkeypatch, str(tmp_path / "board-report"))
    calls: list[dict] = []
    window.pdf.exporter_factory = recording_factory(calls)
    with qtbot.waitSignal(window.pdf.finished, timeout=60_000) as done:
        window.acts.export_pdf.trigger()
        assert window.pdf.progress is not None
        assert window.pdf.progress.isVisible()
        assert not window.acts.export_pdf.isEnabled()  # no second export meanwhile
    target = tmp_path / "board-report.pdf"
    assert done.args == [str(target)]
    assert Path(asked[0][0]).name == "Startup support chatbot.pdf"  # named after the project
    assert "*.pdf" in asked[0][1]
    assert calls[0]["page_size"] == "Letter"
    assert calls[0]["language"] == "en"
    assert calls[0]["project"] == window.document.project
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 10_000
    assert str(target) in window.statusBar().currentMessage()
    assert window.pdf.progress is None
    assert window.acts.export_pdf.isEnabled()
    assert window.pdf.suggested_folder() == tmp_path  # the next export is offered there


def test_export_uses_the_result_the_panel_shows(qtbot, window, monkeypatch, tmp_path):
    open_example(qtbot, window)
    panel = window.results
    with qtbot.waitSignal(panel.monteCarloFinished, timeout=60_000):
        panel.start_monte_carlo_now()
    shown = window.tracker.result_for(window.document.project, analyses=True)
    assert shown is not None
    assert shown.uncertainty is not None
    patch_save_dialog(monkeypatch, str(tmp_path / "same.pdf"))
    calls: list[dict] = []
    window.pdf.exporter_factory = recording_factory(calls)
    with qtbot.waitSignal(window.pdf.finished, timeout=60_000):
        window.acts.export_pdf.trigger()
    assert calls[0]["result"] is shown  # not evaluated again


def test_cancelled_file_dialog_starts_nothing(qtbot, window, monkeypatch, tmp_path):
    open_example(qtbot, window)
    patch_save_dialog(monkeypatch, "")
    assert window.pdf.export() is False
    assert window.pdf.progress is None
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("while_", ["evaluating", "writing"])
def test_cancel_stops_the_export_and_reenables_the_ui(qtbot, window, monkeypatch, tmp_path, while_):
    open_example(qtbot, window)
    if while_ == "writing":  # the panel's full result is used: the exporter itself is cancelled
        with qtbot.waitSignal(window.results.monteCarloFinished, timeout=60_000):
            window.results.start_monte_carlo_now()
    else:
        window.results.cancel_monte_carlo()
        monkeypatch.setattr(window.tracker, "_full", None)
    patch_save_dialog(monkeypatch, str(tmp_path / "cancelled.pdf"))
    with qtbot.waitSignal(window.pdf.cancelled, timeout=60_000):
        window.acts.export_pdf.trigger()
        assert (window.pdf.exporter is not None) == (while_ == "writing")
        window.pdf.progress.findChild(QPushButton).click()  # the dialog's Cancel button
    assert not (tmp_path / "cancelled.pdf").exists()
    assert leftovers(tmp_path) == []
    assert window.acts.export_pdf.isEnabled()
    assert not window.pdf.is_running()
    assert "cancelled" in window.statusBar().currentMessage().lower()


def test_failure_shows_a_dialog_with_details_and_leaves_no_file(
    qtbot, window, monkeypatch, tmp_path, caplog
):
    open_example(qtbot, window)
    import llm_tco.report.pdf as pdf_module

    def broken(*_args, **_kwargs):
        raise ReportError("disk full while writing the report")

    monkeypatch.setattr(pdf_module, "export_pdf", broken)
    patch_save_dialog(monkeypatch, str(tmp_path / "broken.pdf"))
    with qtbot.waitSignal(window.pdf.failed, timeout=60_000) as failed:
        window.acts.export_pdf.trigger()
    assert "disk full" in failed.args[0]
    box = window.pdf.error_box
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert "disk full" in box.text()
    assert str(tmp_path / "broken.pdf") in box.detailedText()
    assert "disk full" in caplog.text  # the detail is logged too
    box.close()
    assert not (tmp_path / "broken.pdf").exists()
    assert window.acts.export_pdf.isEnabled()


def test_evaluates_off_the_gui_thread_when_no_full_result_is_at_hand(
    qtbot, window, monkeypatch, tmp_path
):
    open_example(qtbot, window)
    panel = window.results
    panel.cancel_monte_carlo()
    monkeypatch.setattr(window.tracker, "_full", None)
    patch_save_dialog(monkeypatch, str(tmp_path / "evaluated.pdf"))
    calls: list[dict] = []
    window.pdf.exporter_factory = recording_factory(calls)
    with qtbot.waitSignal(window.pdf.finished, timeout=60_000):
        window.acts.export_pdf.trigger()
    assert calls[0]["result"].uncertainty is not None
    assert (tmp_path / "evaluated.pdf").read_bytes().startswith(b"%PDF")


def test_evaluation_error_is_reported(qtbot, window, monkeypatch, tmp_path):
    open_example(qtbot, window)
    monkeypatch.setattr(window.tracker, "_full", None)
    import llm_tco.engine.evaluate as evaluate_module

    def broken(*_args, **_kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(evaluate_module, "evaluate", broken)
    patch_save_dialog(monkeypatch, str(tmp_path / "x.pdf"))
    with qtbot.waitSignal(window.pdf.failed, timeout=60_000):
        window.acts.export_pdf.trigger()
    assert "RuntimeError" in window.pdf.error_box.detailedText()
    window.pdf.error_box.close()
    assert not (tmp_path / "x.pdf").exists()


def test_report_language_follows_the_ui_preference(monkeypatch):
    assert pdf_export.report_language("zh_CN") == "zh_CN"
    assert pdf_export.report_language("en") == "en"


def test_page_size_preference_round_trips(fresh_data_dir):
    prefs = Preferences.load().model_copy(update={"page_size": "A4"})
    assert prefs.save()
    assert Preferences.load().page_size == "A4"


def test_driving_ids_name_the_top_recommendations_catalog_entries(catalogs):
    from llm_tco.engine.evaluate import evaluate

    result = evaluate(load(examples_dir() / EXAMPLE), catalogs, monte_carlo=False)
    ids = driving_ids(result)
    top = result.recommendations[0]
    assert top.model_id in ids
    assert {s.entry_id for s in top.price_sources} <= ids
    assert all(
        any(
            i in catalogs.table(name)
            for name in ("models", "gpus", "gpu_offers", "api_offers", "tuning_offers")
        )
        for i in ids
    )


def test_closing_the_window_during_an_export_cancels_it(qtbot, window, monkeypatch, tmp_path):
    open_example(qtbot, window)
    patch_save_dialog(monkeypatch, str(tmp_path / "closing.pdf"))
    window.acts.export_pdf.trigger()
    assert window.pdf.is_running()
    window.document.undo_stack.setClean()
    with qtbot.waitSignal(window.pdf.cancelled, timeout=60_000):
        assert window.close()
    assert not window.pdf.is_running()
    assert not (tmp_path / "closing.pdf").exists()


def test_a_cancelled_evaluation_does_not_feed_the_next_export(qtbot, window, monkeypatch, tmp_path):
    open_example(qtbot, window)
    window.results.cancel_monte_carlo()
    monkeypatch.setattr(window.tracker, "_full", None)
    patch_save_dialog(monkeypatch, str(tmp_path / "first.pdf"))
    window.acts.export_pdf.trigger()
    first = window.pdf._job
    window.pdf.progress.findChild(QPushButton).click()  # cancel while evaluating
    patch_save_dialog(monkeypatch, str(tmp_path / "second.pdf"))
    calls: list[dict] = []
    window.pdf.exporter_factory = recording_factory(calls)
    with qtbot.waitSignal(window.pdf.finished, timeout=60_000):
        window.acts.export_pdf.trigger()
        assert window.pdf._job is not first
    assert len(calls) == 1  # only the second export wrote a report
    assert calls[0]["path"] == tmp_path / "second.pdf"
    assert not (tmp_path / "first.pdf").exists()


def test_export_enabled_by_a_shown_result_even_without_the_panels_signals(
    qtbot, window, monkeypatch
):
    open_example(qtbot, window)
    monkeypatch.setattr(window.tracker, "result_for", lambda *_a, **_k: None)
    window.update_actions()
    assert window.results.view() is not None
    assert window.acts.export_pdf.isEnabled()  # the export then evaluates in the background
