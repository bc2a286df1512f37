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


def run_smoke_test(app: QApplication, *, timeout_ms: int = 60_000) -> int:
    """Open the first example in a window, evaluate it, show the results; 0 on success, else 1.

    PDF export is added to this check when the report module exists.
    """
    from llm_tco.engine.errors import TcoError
    from llm_tco.gui.document import load_project
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
    try:
        project = load_project(Path(path))
        from llm_tco.engine.evaluate import evaluate

        ranked = len(evaluate(project, catalogs, monte_carlo=False).ranking)
    except TcoError as exc:
        print(f"smoke test: {title}: {exc}", file=sys.stderr)
        return 1
    except Exception:  # a smoke test reports any failure as exit code 1, with the traceback
        traceback.print_exc()
        return 1
    window = MainWindow(catalogs=catalogs)
    window.show()
    shown = _show_results(app, window, project, timeout_ms=timeout_ms)
    window.close()
    elapsed = time.perf_counter() - started
    print(
        f"smoke test: {title}: {ranked} feasible candidate(s); results view "
        f"{'shown' if shown else 'NOT shown'}; {elapsed:.2f} s"
    )
    return 0 if ranked > 0 and shown else 1


def _show_results(app: QApplication, window: object, project: object, *, timeout_ms: int) -> bool:
    """Open ``project`` in ``window`` and wait until the results view reports it is drawn."""
    from PySide6.QtCore import QEventLoop, QTimer

    from llm_tco.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    loop = QEventLoop()
    done: list[bool] = []
    window.document.reset(project)  # type: ignore[arg-type]
    panel = window._ensure_results()
    changed = getattr(panel, "viewChanged", None)
    if changed is None:  # the placeholder: nothing to wait for
        window.document_opened()
        app.processEvents()
        return False

    def drawn() -> None:
        done.append(True)
        loop.quit()

    changed.connect(drawn)
    QTimer.singleShot(timeout_ms, loop.quit)
    window.document_opened()
    if not done:
        loop.exec()
    return bool(done)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``llm-tco-advisor``; returns the process exit code."""
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application([])
    if args.smoke_test:
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
