"""File > Export PDF: ask for a file, export off the GUI thread, report the outcome.

The result exported is the one the results panel shows (:class:`ResultTracker` keeps the panel's
latest evaluation of the open project). When none with the uncertainty analysis is at hand yet, the
project is evaluated once in a thread-pool worker before the report is written; the window never
computes costs itself.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

if TYPE_CHECKING:
    from llm_tco.gui.main_window import MainWindow

log = logging.getLogger(__name__)

PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")
# territories whose paper is US Letter (the rest of the world uses A4)
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
    }
)


def default_page_size(locale: QLocale | None = None) -> str:
    """'Letter' where the locale's paper is US Letter, else 'A4'."""
    locale = locale or QLocale.system()
    imperial = locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial or locale.territory() in LETTER_TERRITORIES else "A4"


def resolve_page_size(preference: str | None) -> str:
    """The page size to print on: the preference ('A4', 'Letter'), or the locale's default."""
    return preference if preference in PAGE_SIZES else default_page_size()


def report_language(preference: str | None) -> str:
    """The report language: the interface language preference ('system' follows the locale)."""
    try:
        from llm_tco.gui.i18n_qt import resolve_language
    except ImportError:  # translations not installed: English
        return "en"
    return resolve_language(preference or "system")


def pdf_file_name(name: str) -> Path:
    """``name`` with the ``.pdf`` suffix added when it has none."""
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class ResultTracker(QObject):
    """Remembers the results panel's latest evaluation (project, result), without computing any."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ranked: tuple[Any, Any] | None = None
        self._full: tuple[Any, Any] | None = None
        self._panel: Any = None

    def attach(self, panel: object) -> None:
        """Follow ``panel``'s evaluations (its ``current_result()`` when it offers one)."""
        self._panel = panel
        evaluator = getattr(panel, "evaluator", None)
        for name, slot in (("ranked", self._on_ranked), ("uncertain", self._on_full)):
            signal = getattr(evaluator, name, None)
            if signal is not None:
                signal.connect(slot)

    def _on_ranked(self, project: object, result: object) -> None:
        self._ranked = (project, result)
        self.changed.emit()

    def _on_full(self, project: object, result: object) -> None:
        self._full = (project, result)
        self.changed.emit()

    def clear(self) -> None:
        """Forget every result (the document was closed)."""
        self._ranked = self._full = None
        self.changed.emit()

    def result_for(self, project: object, *, analyses: bool = False) -> Any:
        """The latest result for ``project``; with ``analyses``, only one with the uncertainty."""
        getter = getattr(self._panel, "current_result", None)
        if callable(getter):
            result = getter()
            if _usable(result, analyses=analyses):
                return result
        for pair in (self._full, None if analyses else self._ranked):
            if pair is not None and pair[0] == project and _usable(pair[1], analyses=analyses):
                return pair[1]
        return None


def _usable(result: object, *, analyses: bool) -> bool:
    """An engine result; with ``analyses``, one that has the uncertainty analysis (if ranked)."""
    from llm_tco.engine.results import EvaluationResult

    if not isinstance(result, EvaluationResult):
        return False
    return not analyses or result.uncertainty is not None or not result.recommendations


def driving_ids(result: object) -> set[str]:
    """Catalog entry ids whose numbers drove the top recommendation of ``result``."""
    recommendations = getattr(result, "recommendations", ())
    if not recommendations:
        return set()
    top = min(recommendations, key=lambda r: r.rank)
    return {s.entry_id for s in top.price_sources} | {top.model_id}


class _EvaluationSignals(QObject):
    done = Signal(object)
    failed = Signal(str, str)


class _EvaluationJob(QRunnable):
    """Evaluates a project (with analyses) on a pool thread."""

    def __init__(self, project: object, catalogs: object) -> None:
        super().__init__()
        self.project, self.catalogs = project, catalogs
        self.signals = _EvaluationSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        from llm_tco.engine.evaluate import evaluate
        from llm_tco.gui.i18n_qt import error_text

        try:
            result = evaluate(self.project, self.catalogs)  # type: ignore[arg-type]
        except Exception as exc:  # reported to the user in a dialog with the traceback
            self.signals.failed.emit(error_text(exc), traceback.format_exc())
        else:
            self.signals.done.emit(result)


class PdfExportController(QObject):
    """What File > Export PDF does; signals say how an export ended (for the window and tests)."""

    started = Signal(str)  # target path
    finished = Signal(str)  # path written
    failed = Signal(str)  # message shown
    cancelled = Signal()

    def __init__(self, window: MainWindow, tracker: ResultTracker) -> None:
        super().__init__(window)
        self.window, self.tracker = window, tracker
        self.exporter: Any = None
        self.progress: QProgressDialog | None = None
        self.error_box: QMessageBox | None = None
        self._job: _EvaluationJob | None = None
        self._alive: list[_EvaluationJob] = []
        self._path: Path | None = None
        self._cancelled = False
        self.exporter_factory: Callable[..., Any] | None = None  # tests may replace it
        self.last_folder: Path | None = None

    def is_running(self) -> bool:
        """True while an export (or its evaluation) is in progress."""
        return self._path is not None

    # ---- the action
    def export(self) -> bool:
        """Ask for a file name and start the export; False when nothing was started."""
        window = self.window
        if self.is_running() or not window.has_document or window.catalogs is None:
            return False
        name = window.document.project.info.name or "report"
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            self.tr("Export PDF Report"),
            str(self.suggested_folder() / f"{_safe_name(name)}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return False
        return self.export_to(pdf_file_name(chosen))

    def suggested_folder(self) -> Path:
        """Where to offer saving: the last export's folder, the project's, or the home folder."""
        if self.last_folder is not None and self.last_folder.is_dir():
            return self.last_folder
        path = self.window.document.path
        if path is not None and path.parent.is_dir():
            return path.parent
        return Path.home()

    def export_to(self, path: Path) -> bool:
        """Export the open project's report to ``path`` (no questions asked)."""
        window = self.window
        if self.is_running() or not window.has_document or window.catalogs is None:
            return False
        self._path, self._cancelled = path, False
        project = window.document.project
        self._open_progress()
        self.started.emit(str(path))
        result = self.tracker.result_for(project, analyses=True)
        if result is not None:
            self._start_exporter(project, result)
        else:
            self._evaluate(project)
        return True

    # ---- steps
    def _open_progress(self) -> None:
        dialog = QProgressDialog(
            self.tr("Writing the report…"), self.tr("Cancel"), 0, 100, self.window
        )
        dialog.setWindowTitle(self.tr("Export PDF Report"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel)
        self.progress = dialog
        self.window.acts.export_pdf.setEnabled(False)
        dialog.show()

    def _evaluate(self, project: object) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Evaluating the project…"))
        job = _EvaluationJob(project, self.window.catalogs)
        job.signals.done.connect(self._evaluated)  # slots of this object: run on its thread
        job.signals.failed.connect(self._evaluation_failed)
        self._job = job
        self._alive.append(job)  # kept until it reports, even if a newer export replaces it
        QThreadPool.globalInstance().start(job)

    def _current_job(self) -> _EvaluationJob | None:
        """The evaluation job whose signal is being handled, if it is the one still wanted."""
        sender = self.sender()
        self._alive = [j for j in self._alive if j.signals is not sender]
        job = self._job
        if job is None or sender is not job.signals or self._cancelled:
            return None  # cancelled, or a job an earlier (cancelled) export started
        self._job = None
        return job

    def _evaluated(self, result: object) -> None:
        job = self._current_job()
        if job is not None and self._path is not None:
            self._start_exporter(job.project, result)

    def _evaluation_failed(self, message: str, details: str) -> None:
        if self._current_job() is not None and self._path is not None:
            self._fail(message, details)

    def _start_exporter(self, project: object, result: object) -> None:
        from llm_tco.report.worker import ReportExporter

        assert self._path is not None
        factory: Callable[..., Any] = self.exporter_factory or ReportExporter
        prefs = self.window.prefs
        exporter = factory(
            project,
            result,
            self.window.catalogs,
            self._path,
            page_size=resolve_page_size(getattr(prefs, "page_size", None)),
            language=report_language(prefs.language),
            parent=self,
        )
        exporter.progress.connect(self._on_progress)
        exporter.finished.connect(self._done)
        exporter.failed.connect(lambda message: self._fail(message, ""))
        exporter.cancelled.connect(self._on_cancelled)
        self.exporter = exporter
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Writing the report…"))
        exporter.start()

    def _on_progress(self, percent: int, _step: str = "") -> None:
        if self.progress is not None and not self._cancelled:
            self.progress.setValue(max(0, min(99, int(percent))))

    # ---- endings
    def shutdown(self, *, timeout_ms: int = 10_000) -> None:
        """Cancel any export and wait for its background work (the window is closing)."""
        running = self.is_running()
        self.cancel()
        if running:
            QThreadPool.globalInstance().waitForDone(timeout_ms)

    def cancel(self) -> None:
        """Stop the export; nothing is written and the window is usable again."""
        if not self.is_running() or self._cancelled:
            return
        self._cancelled = True
        if self.exporter is not None:
            self.exporter.cancel()
        else:  # still evaluating: drop its result when it arrives
            self._on_cancelled()

    def _on_cancelled(self) -> None:
        path = self._path
        self._finish()
        self.window.statusBar().showMessage(self.tr("Export cancelled."), 5000)
        log.info("PDF export to %s cancelled", path)
        self.cancelled.emit()

    def _done(self, path: str) -> None:
        self._finish()
        self.last_folder = Path(path).parent
        self.window.statusBar().showMessage(
            self.tr("Report exported to {path}").format(path=path), 10_000
        )
        self.finished.emit(path)

    def _fail(self, message: str, details: str) -> None:
        path = self._path
        self._finish()
        detail = "\n".join(
            [self.tr("File: {path}").format(path=path), message, details.strip()]
        ).strip()
        log.error("PDF export failed: %s\n%s", message, detail)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export PDF Report"),
            self.tr("The report could not be exported: {message}").format(message=message),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setDetailedText(detail)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.error_box = box
        box.open()
        self.window.statusBar().showMessage(self.tr("Export failed."), 5000)
        self.failed.emit(message)

    def _finish(self) -> None:
        self._path = None
        exporter, self.exporter = self.exporter, None
        if isinstance(exporter, QObject):
            exporter.deleteLater()  # it has reported: its background work is over
        dialog, self.progress = self.progress, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        self.window.update_actions()


def _safe_name(name: str) -> str:
    """A file name from a project name (no path separators or reserved characters)."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return cleaned or "report"


def show_modeless(widget: QWidget) -> None:
    """Show ``widget`` as its own window, raised and focused."""
    from PySide6.QtGui import QGuiApplication

    widget.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # they cannot raise
        widget.raise_()
    widget.activateWindow()
