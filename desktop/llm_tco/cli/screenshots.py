"""``llm-tco screenshots OUTDIR``: PNGs of the start page, wizard, results, charts and catalogs.

Runs offscreen. For each example project it saves every wizard page, the results view with each
chart tab selected, the excluded list, the detail pane and the catalog window; the start page is
saved once. ``--language zh_CN`` shows the interface in Chinese. A private, empty user data folder
is used so the pictures never show your own recent projects or catalog edits.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from llm_tco.cli import EXIT_FAILURE, EXIT_OK, error_line
from llm_tco.cli.language import current_language, tr

WINDOW_SIZE = (1400, 900)
WIZARD_SIZE = (760, 720)
CATALOG_SIZE = (1300, 760)
TIMEOUT_MS = 120_000


def add_parser(subparsers: Any) -> None:
    """Register ``screenshots``."""
    p = subparsers.add_parser(
        "screenshots",
        help=tr("save PNG screenshots of every view (offscreen)"),
        description=tr(
            "Open each example project offscreen and save PNGs of every view, with the "
            "interface in the language of --language."
        ),
    )
    p.add_argument("outdir", type=Path, help=tr("folder for the PNG files (created when missing)"))
    p.add_argument(
        "--example",
        action="append",
        default=None,
        help=tr("only this example (file name without .llmtco); repeat for several"),
    )
    p.add_argument(
        "--size",
        default=f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}",
        help=tr("main window size in pixels, WIDTHxHEIGHT"),
    )
    p.add_argument(
        "--readme",
        type=Path,
        default=None,
        metavar="DIR",
        help=tr("also write a small curated set, about 1200 px wide, to DIR (docs/screenshots)"),
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Save the screenshots; 0 on success, 1 when a view could not be shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    size = _parse_size(args.size)
    language = getattr(args, "language", None) or current_language()
    with tempfile.TemporaryDirectory(prefix="llm-tco-shots-") as data_dir:
        os.environ["LLM_TCO_DATA_DIR"] = data_dir  # no personal recent files or overrides
        try:
            saved = take_screenshots(
                Path(args.outdir), language=language, examples=args.example, size=size
            )
            if args.readme is not None:
                saved += curate(Path(args.outdir), args.readme, language=language)
        except ScreenshotError as exc:
            print(error_line("screenshots", exc), file=sys.stderr)
            return EXIT_FAILURE
    note = tr("saved {count} screenshots in {folder}")
    print(note.format(count=len(saved), folder=args.outdir))
    return EXIT_OK


class ScreenshotError(RuntimeError):
    """A view could not be shown or saved."""


def _parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text.strip())
    if not match:
        message = tr("--size must look like 1400x900, not {value}").format(value=repr(text))
        raise SystemExit(error_line("screenshots", message))
    return int(match.group(1)), int(match.group(2))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "view"


def take_screenshots(
    outdir: Path,
    *,
    language: str = "en",
    examples: list[str] | None = None,
    size: tuple[int, int] = WINDOW_SIZE,
) -> list[Path]:
    """Save every screenshot under ``outdir``; the paths written."""
    from llm_tco.gui.app import create_application, prepare_application, quiet_offscreen_warnings
    from llm_tco.gui.main_window import MainWindow, try_load_catalogs
    from llm_tco.gui.start_page import list_examples

    app = create_application([])
    quiet_offscreen_warnings()
    prepare_application(app, language=language)
    catalogs, error = try_load_catalogs()
    if catalogs is None:
        raise ScreenshotError(f"catalogs failed to load: {error}")
    found = [(t, Path(p)) for t, p in list_examples()]
    if examples:
        found = [(t, p) for t, p in found if p.stem in examples]
    if not found:
        raise ScreenshotError("no example projects to show")
    outdir.mkdir(parents=True, exist_ok=True)
    shooter = _Shooter(outdir, size=size)
    window = MainWindow(catalogs=catalogs)
    try:
        window.resize(*size)
        window.show()
        shooter.grab(window, "start-page")
        for _title, path in found:
            _shoot_example(shooter, window, path)
    finally:
        window.document.undo_stack.setClean()
        window.pdf.cancel()
        window.close()
        app.processEvents()
    return shooter.saved


class _Shooter:
    """Grabs widgets into PNG files and remembers them."""

    def __init__(self, outdir: Path, *, size: tuple[int, int]) -> None:
        self.outdir, self.size = outdir, size
        self.saved: list[Path] = []

    def grab(self, widget: Any, name: str, *, folder: str = "") -> Path:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            QApplication.processEvents()
        target = self.outdir / folder / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        pixmap = widget.grab()
        if pixmap.isNull() or not pixmap.save(str(target), "PNG"):
            raise ScreenshotError(f"could not save {target}")
        self.saved.append(target)
        return target


def _shoot_example(shooter: _Shooter, window: Any, path: Path) -> None:
    from llm_tco.gui.app import wait_for
    from llm_tco.gui.document import load_project

    folder = path.stem
    project = load_project(path)
    _shoot_wizard(shooter, window, project, folder)
    window.document.reset(project)
    panel = window._ensure_results()
    if not wait_for([panel.viewChanged], window.document_opened, timeout_ms=TIMEOUT_MS):
        raise ScreenshotError(f"{path.name}: the results view showed nothing")
    if not wait_for([panel.monteCarloFinished], panel.start_monte_carlo_now, timeout_ms=TIMEOUT_MS):
        raise ScreenshotError(f"{path.name}: the uncertainty analysis did not finish")
    _shoot_results(shooter, window, panel, folder)
    _shoot_catalogs(shooter, window, folder)


def _shoot_wizard(shooter: _Shooter, window: Any, project: Any, folder: str) -> None:
    from llm_tco.gui.wizard import PageId, ProjectWizard

    wizard = ProjectWizard(project, catalogs=window.catalogs, parent=window)
    wizard.resize(*WIZARD_SIZE)
    wizard.show()
    number = 1
    while True:
        page = PageId(wizard.currentId())
        shooter.grab(wizard, f"wizard-{number:02d}-{_slug(page.name)}", folder=folder)
        if wizard.nextId() < 0:
            break
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:  # an answer in the example blocks Next
            raise ScreenshotError(f"{folder}: the wizard stopped on page {page.name}")
        number += 1
    wizard.reject()
    wizard.deleteLater()


def _shoot_results(shooter: _Shooter, window: Any, panel: Any, folder: str) -> None:
    from PySide6.QtWidgets import QSplitter

    panel.info_tabs.setCurrentIndex(0)
    tabs = panel.charts
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        name = f"results-chart-{index + 1}-{_slug(_chart_key(tabs, index))}"
        shooter.grab(window, name, folder=folder)
    tabs.setCurrentIndex(0)
    splitter = panel.info_tabs.parentWidget()
    sizes = splitter.sizes() if isinstance(splitter, QSplitter) else None
    if sizes is not None:  # give the detail and excluded lists half of the width for a while
        splitter.setSizes([sum(sizes) // 2, sum(sizes) - sum(sizes) // 2])
    shooter.grab(window, "results-detail", folder=folder)
    shooter.grab(panel.detail, "detail-pane", folder=folder)
    panel.info_tabs.setCurrentIndex(1)
    tree = getattr(panel.excluded, "tree", None)
    if tree is not None and tree.topLevelItemCount():  # show the reasons of the closest one
        tree.topLevelItem(0).setExpanded(True)
    shooter.grab(window, "results-excluded", folder=folder)
    shooter.grab(panel.excluded, "excluded-list", folder=folder)
    panel.info_tabs.setCurrentIndex(0)
    if sizes is not None:
        splitter.setSizes(sizes)


def _chart_key(tabs: Any, index: int) -> str:
    """An English file-name key of chart tab ``index`` (the tab titles may be translated)."""
    for name, slot in getattr(tabs, "slots", {}).items():
        widget = getattr(slot, "widget", None)
        if widget is not None and tabs.indexOf(widget.parentWidget()) == index:
            return str(name)
    return str(index + 1)


def _shoot_catalogs(shooter: _Shooter, window: Any, folder: str) -> None:
    browser = window.catalog_window.show()
    if browser is None:
        raise ScreenshotError("the catalog window could not be opened")
    browser.resize(*CATALOG_SIZE)
    for number, (name, tab) in enumerate(browser.catalog_tabs.items(), start=1):
        browser.show_catalog(name)
        tab.view.clearSelection()  # nothing left selected from the previous example
        for entry_id in sorted(browser.driving_ids):
            if tab.select(entry_id):  # the entry behind the recommendation, in view
                break
        shooter.grab(browser, f"catalogs-{number}-{_slug(name)}", folder=folder)
    browser.tabs.setCurrentIndex(0)
    browser.hide()


# (source file under OUTDIR, README name): the set shown in the README
CURATED: tuple[tuple[str, str], ...] = (
    ("start-page.png", "start-page.png"),
    ("startup_chatbot/wizard-03-workload.png", "wizard-workload.png"),
    ("enterprise_rag_on_premises/results-chart-1-volume.png", "results-cost-vs-volume.png"),
    ("enterprise_rag_on_premises/results-detail.png", "results-detail.png"),
    ("startup_chatbot/catalogs-4-api-offers.png", "catalogs.png"),
)
# in another language: the main views (start, a wizard page, the results with details)
CURATED_TRANSLATED: tuple[tuple[str, str], ...] = (
    ("start-page.png", "start-page.png"),
    ("startup_chatbot/wizard-03-workload.png", "wizard-workload.png"),
    ("startup_chatbot/results-chart-1-volume.png", "results-cost-vs-volume.png"),
    ("enterprise_rag_on_premises/results-detail.png", "results-detail.png"),
)
README_WIDTH = 1200


def curate(outdir: Path, target: Path, *, language: str = "en") -> list[Path]:
    """Copy the README set from ``outdir`` to ``target``, scaled to 1200 px and compressed."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    target.mkdir(parents=True, exist_ok=True)
    written = []
    suffix = "" if language == "en" else f"-{language}"
    for source, name in CURATED if language == "en" else CURATED_TRANSLATED:
        image = QImage(str(outdir / source))
        if image.isNull():
            raise ScreenshotError(f"{outdir / source} is missing; run without --example")
        if image.width() > README_WIDTH:
            image = image.scaledToWidth(README_WIDTH, Qt.TransformationMode.SmoothTransformation)
        # 256 colours without dithering: sharp text, a fifth of the size
        flags = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
        small = image.convertToFormat(QImage.Format.Format_Indexed8, flags)
        path = target / name.replace(".png", f"{suffix}.png")
        saved = small.save(str(path), "PNG", 0)  # type: ignore[call-overload]  # 0: smallest
        if not saved:
            raise ScreenshotError(f"could not save {path}")
        written.append(path)
    return written
