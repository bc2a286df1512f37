"""Start the desktop application: ``llm-tco-advisor [PROJECT] [--smoke-test]``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from llm_tco import APP_ID, APP_NAME, ORG_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """Command-line options of the GUI."""
    parser = argparse.ArgumentParser(prog="llm-tco-advisor", description=APP_NAME)
    parser.add_argument("project", nargs="?", help="project file (*.llmtco) to open")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start offscreen, open an example, evaluate it, exit 0 on success",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with names, desktop file name and icon set (reused when one exists)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    from llm_tco.gui.main_window import app_icon

    QApplication.setWindowIcon(app_icon())
    return app


def quiet_offscreen_warnings() -> None:
    """Drop the offscreen plugin's 'propagateSizeHints' notice; print every other Qt message."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(_kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(f"qt: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)


def prepare_application(app: QApplication, *, language: str | None = None) -> None:
    """Translations for the preferred language (``language`` overrides it), fonts, Qt guard."""
    from llm_tco.gui.results.qt_workarounds import immortalise_singletons

    immortalise_singletons()  # PySide6 6.12 on Python 3.11: see docs/results_view.md
    try:
        from llm_tco.gui import i18n_qt
    except ImportError:  # translations not built: English
        return
    try:
        i18n_qt.register_fonts(app)
        i18n_qt.install_translators(app, language)
    except Exception as exc:  # a missing translation must never stop the application
        log.warning("translations not installed: %s", exc)


def run_smoke_test(app: QApplication, *, timeout_ms: int = 120_000) -> int:
    """Open the first example, evaluate it, show the results, export a PDF; 0 on success, else 1."""
    from llm_tco.gui.main_window import MainWindow, try_load_catalogs
    from llm_tco.gui.start_page import list_examples

    started = time.perf_counter()
    catalogs, error = try_load_catalogs()
    if catalogs is None:
        print(f"smoke test: catalogs failed to load: {error}", file=sys.stderr)
        return 1
    examples = list_examples()
    if not examples:
        print("smoke test: no example projects found", file=sys.stderr)
        return 1
    title, path = examples[0]
    window = MainWindow(catalogs=catalogs)
    window.show()
    try:
        problem = _smoke_steps(app, window, Path(path), timeout_ms=timeout_ms)
    except Exception:  # a smoke test reports any failure as exit code 1, with the traceback
        traceback.print_exc()
        problem = "unexpected error (traceback above)"
    finally:
        window.document.undo_stack.setClean()  # never ask about saving the example
        window.close()
    elapsed = time.perf_counter() - started
    if problem:
        print(f"smoke test: {title}: FAILED: {problem}", file=sys.stderr)
        return 1
    print(f"smoke test: {title}: results view shown; PDF report exported; {elapsed:.2f} s")
    return 0


def _smoke_steps(app: QApplication, window: object, path: Path, *, timeout_ms: int) -> str:
    """Open, evaluate, show and export; an empty string on success, else what went wrong."""
    import tempfile

    from llm_tco.engine.errors import TcoError
    from llm_tco.gui.document import load_project
    from llm_tco.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    try:
        project = load_project(path)
    except TcoError as exc:
        return f"cannot open the example: {exc}"
    if not _show_results(app, window, project, timeout_ms=timeout_ms):
        return "the results view did not show a result"
    view = getattr(window.results, "view", lambda: None)()
    if view is None or not view.candidates:
        return "no feasible candidate was ranked"
    with tempfile.TemporaryDirectory(prefix="llm-tco-smoke-") as folder:
        target = Path(folder) / "smoke-report.pdf"
        outcome = _export(window, target, timeout_ms=timeout_ms)
        if outcome:
            return outcome
        data = target.read_bytes() if target.is_file() else b""
        if not data.startswith(b"%PDF") or len(data) <= 10_000:
            return f"the PDF is not valid ({len(data)} bytes)"
    return ""


def wait_for(signals: Sequence[object], start: object, *, timeout_ms: int) -> list[object]:
    """Connect to ``signals``, call ``start()``, run the event loop until one fires; its args.

    Empty when none fired within ``timeout_ms``.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    fired: list[object] = []

    def on_signal(*args: object) -> None:
        if not fired:
            fired.append(args)
        loop.quit()

    for signal in signals:
        signal.connect(on_signal)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    start()  # type: ignore[operator]
    if not fired:
        loop.exec()
    for signal in signals:
        signal.disconnect(on_signal)  # type: ignore[attr-defined]
    return fired


def _show_results(app: QApplication, window: object, project: object, *, timeout_ms: int) -> bool:
    """Open ``project`` in ``window`` and wait until the results view reports it is drawn."""
    from llm_tco.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.document.reset(project)  # type: ignore[arg-type]
    panel = window._ensure_results()
    changed = getattr(panel, "viewChanged", None)
    if changed is None:  # the placeholder: nothing to wait for
        window.document_opened()
        app.processEvents()
        return False
    return bool(wait_for([changed], window.document_opened, timeout_ms=timeout_ms))


def _export(window: object, target: Path, *, timeout_ms: int) -> str:
    """Export the open project's PDF report with the window's own exporter; '' when written."""
    from llm_tco.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    pdf = window.pdf
    started: list[bool] = []
    fired = wait_for(
        [pdf.finished, pdf.failed, pdf.cancelled],
        lambda: started.append(pdf.export_to(target)),
        timeout_ms=timeout_ms,
    )
    if not started or not started[0]:
        return "the PDF export could not start"
    if not fired:
        pdf.cancel()
        return "the PDF export did not finish in time"
    if not target.is_file():
        box = pdf.error_box
        return f"the PDF export failed: {box.text() if box is not None else fired[0]}"
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``llm-tco-advisor``; returns the process exit code."""
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application([])
    prepare_application(app)
    if args.smoke_test:
        quiet_offscreen_warnings()
        return run_smoke_test(app)
    from PySide6.QtCore import QTimer

    from llm_tco.gui.dialogs import Preferences
    from llm_tco.gui.main_window import MainWindow
    from llm_tco.gui.theme import ThemeManager

    theme = ThemeManager(app, mode=Preferences.load().theme)
    window = MainWindow(theme=theme)
    window.show()
    if args.project:
        QTimer.singleShot(0, lambda: window.files.open_path(Path(args.project)))
    else:
        QTimer.singleShot(0, window.files.offer_recovery)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
