"""Export the PDF report without freezing the window.

Charts are drawn on the GUI thread, one per event-loop turn; layout and writing run on a
thread-pool thread. Signals report progress, cancellation, success and failure.

Usage from the GUI (File > Export PDF)::

    exporter = ReportExporter(project, result, catalogs, path, page_size="A4", language="en",
                              parent=window)
    exporter.progress.connect(progress_dialog.setValue)        # int percent, str step
    exporter.finished.connect(lambda path: status_bar.showMessage(path))
    exporter.failed.connect(lambda message: QMessageBox.warning(window, title, message))
    progress_dialog.canceled.connect(exporter.cancel)
    exporter.start()

Charts are pyqtgraph widgets and must be drawn on the GUI thread; each one takes a fraction of a
second and the event loop runs between them, so the window stays responsive.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from llm_tco.engine.catalog import Catalogs
from llm_tco.engine.errors import ReportError
from llm_tco.engine.project_model import Project
from llm_tco.engine.results import EvaluationResult
from llm_tco.report.charts import chart_view, try_render_chart
from llm_tco.report.content import build_content
from llm_tco.report.fonts import register_fonts
from llm_tco.report.labels import Translate
from llm_tco.report.model import ChartSpec
from llm_tco.report.translation import translator_for


def _error_text(error: BaseException) -> str:
    """``error`` for the message box, in the application's language (not the report's)."""
    from llm_tco import i18n
    from llm_tco.engine.messages import error_text

    language = i18n.current_language()
    return error_text(error, translate=QCoreApplication.translate, language=language)


class ExportCancelled(ReportError):
    """The user cancelled the export; nothing was written."""


class _Task(QRunnable):
    """Lays out and writes the PDF on a pool thread; reports through the exporter's signals."""

    def __init__(self, exporter: ReportExporter) -> None:
        super().__init__()
        self.exporter = exporter
        self.setAutoDelete(False)  # the exporter keeps the Python object alive

    def run(self) -> None:
        self.exporter._run_in_thread()


class ReportExporter(QObject):
    """One PDF export off the GUI thread: create, connect, ``start()``; ``cancel()`` any time."""

    progress = Signal(int, str)  # percent 0-100, step name
    finished = Signal(str)  # the path written
    failed = Signal(str)  # a message for the user; nothing was left at the path
    cancelled = Signal()

    def __init__(
        self,
        project: Project,
        result: EvaluationResult,
        catalogs: Catalogs,
        path: str | Path,
        *,
        page_size: str = "A4",
        language: str = "en",
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self.result, self.catalogs = project, result, catalogs
        self.path = Path(path)
        self.page_size, self.language = page_size, language
        self._pool = pool or QThreadPool.globalInstance()
        self._cancel = threading.Event()
        self._charts: dict[str, bytes] = {}
        self._pending: list[ChartSpec] = []
        self._total = 0
        self._view: object = None
        self._translate: Translate | None = None
        self._task: _Task | None = None

    def cancel(self) -> None:
        """Stop as soon as possible; ``cancelled`` is emitted and nothing is written."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def start(self) -> None:
        """Begin the export (GUI thread); returns at once."""
        try:
            register_fonts()  # on the GUI thread, before the pool thread lays text out
            self._translate = translator_for(self.language)
            content = build_content(self.project, self.result, self.catalogs)
        except Exception as exc:
            self.failed.emit(_error_text(exc))
            return
        self._pending = list(content.charts())
        self._total = len(self._pending)
        try:
            self._view = chart_view(self.result)
        except Exception:  # charts are optional: the report says where one is missing
            self._pending, self._view = [], None
        self.progress.emit(2, "charts")
        QTimer.singleShot(0, self._next_chart)

    def _next_chart(self) -> None:
        if self._cancel.is_set():
            self.cancelled.emit()
            return
        if not self._pending or self._view is None:
            self._task = _Task(self)
            self._pool.start(self._task)
            return
        spec = self._pending.pop(0)
        png = try_render_chart(spec.key, self._view)
        if png is not None:
            self._charts[spec.key] = png
        done = self._total - len(self._pending)
        self.progress.emit(2 + int(50 * done / max(self._total, 1)), "charts")
        QTimer.singleShot(0, self._next_chart)

    def _step(self, percent: int, step: str) -> None:
        if self._cancel.is_set():
            raise ExportCancelled("export cancelled")
        self.progress.emit(max(52, percent), step)

    def _run_in_thread(self) -> None:
        from llm_tco.report.pdf import export_pdf

        try:
            export_pdf(
                self.project, self.result, self.catalogs, self.path, page_size=self.page_size,
                language=self.language, progress=self._step, charts=self._charts,
                translate=self._translate,
            )  # fmt: skip
        except ExportCancelled:
            self.cancelled.emit()
        except ReportError as exc:
            self.failed.emit(_error_text(exc))
        else:
            self.finished.emit(str(self.path))
