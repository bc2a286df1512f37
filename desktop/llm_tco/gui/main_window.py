"""The main window: start page, results, menus, title, recent projects and window state.

File operations (New/Open/Save/Save As/Close, recovery) are in
:class:`llm_tco.gui.actions.FileController`; the open document is
:class:`llm_tco.gui.document.Document`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from llm_tco import paths
from llm_tco.engine.catalog import Catalogs
from llm_tco.engine.errors import TcoError
from llm_tco.engine.project_model import Project
from llm_tco.gui.actions import AppActions, FileController, drop_missing, update_recent
from llm_tco.gui.catalog_window import CatalogWindowController
from llm_tco.gui.dialogs import (
    AboutDialog,
    HelpDialog,
    Preferences,
    PreferencesDialog,
    catalog_label,
    stale_prices,
)
from llm_tco.gui.document import AUTOSAVE_INTERVAL_MS, WHAT_IF_MERGE_ID, Document
from llm_tco.gui.i18n_qt import error_text, warning_text
from llm_tco.gui.pdf_export import PdfExportController, ResultTracker
from llm_tco.gui.start_page import StartPage, list_examples
from llm_tco.gui.theme import ThemeManager

log = logging.getLogger(__name__)

WINDOW_STATE_FILE = "window-state.ini"
RESULTS_GROUP = "results"  # splitters and table columns of the results panel


def app_icon() -> QIcon:
    """The application icon (SVG, crisp at any scale); empty when the file is missing."""
    try:
        path = paths.resources_dir() / "icons" / "app.svg"
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.is_file() else QIcon()


def default_window_size() -> QSize:
    """1400 x 900 pixels, or nine tenths of a smaller screen, for the first start."""
    screen = QGuiApplication.primaryScreen()
    available = screen.availableGeometry().size() if screen is not None else QSize(1400, 900)
    return QSize(min(1400, available.width() * 9 // 10), min(900, available.height() * 9 // 10))


def window_settings() -> QSettings:
    """Window geometry and state only (everything else is in the preferences file)."""
    folder = paths.user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / WINDOW_STATE_FILE), QSettings.Format.IniFormat)


def results_state() -> dict[str, object]:
    """The results panel's saved splitter positions and table columns (empty the first time)."""
    settings = window_settings()
    settings.beginGroup(RESULTS_GROUP)
    try:
        return {key: settings.value(key) for key in settings.childKeys()}
    finally:
        settings.endGroup()


def try_load_catalogs() -> tuple[Catalogs | None, str | None]:
    """The shipped catalogs with user overrides, or (None, reason) when they cannot be read."""
    from llm_tco.engine.catalog import load_catalogs

    try:
        return load_catalogs(), None
    except TcoError as exc:
        log.warning("catalogs not loaded: %s", exc)
        return None, error_text(exc)


class MainWindow(QMainWindow):
    """One window, one document."""

    exportPdfRequested = Signal()

    def __init__(
        self,
        *,
        catalogs: Catalogs | None = None,
        catalog_error: str | None = None,
        load_catalogs: bool = True,
        theme: ThemeManager | None = None,
        autosave_interval_ms: int = AUTOSAVE_INTERVAL_MS,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        if catalogs is None and load_catalogs:
            catalogs, catalog_error = try_load_catalogs()
        self.catalogs = catalogs
        self.catalog_error = catalog_error
        self.prefs = Preferences.load()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.theme = theme or ThemeManager(app, mode=self.prefs.theme, parent=self)
        self.has_document = False
        self.document = Document(self, autosave_interval_ms=autosave_interval_ms)
        if catalogs is not None:
            self.document.catalog_as_of = catalogs.as_of_summary()
        self._build()
        self._connect()
        self.refresh_examples()
        self.refresh_recent()
        self._sync_theme_actions()
        self.update_title()
        self.update_actions()
        self.resize(default_window_size())
        self.restore_window_state()
        notes = self.catalog_notes()
        if notes:
            self.statusBar().showMessage(notes[0])

    def _build(self) -> None:
        self.acts = AppActions(self)
        self.acts.set_undo_actions(
            self.document.undo_stack.createUndoAction(self, self.tr("&Undo")),
            self.document.undo_stack.createRedoAction(self, self.tr("&Redo")),
        )
        self.acts.build_menus(self.menuBar())
        self.toolbar = self.addToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolBar")  # saveState/restoreState need a name
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions(
            [self.acts.new, self.acts.open, self.acts.save, self.acts.export_pdf]
        )
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.acts.edit_project, self.acts.show_results])
        self.files = FileController(self)
        self.tracker = ResultTracker(self)
        self.pdf = PdfExportController(self, self.tracker)
        self.catalog_window = CatalogWindowController(self, self.tracker)
        self.start_page = StartPage()
        self.results: QWidget | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self.statusBar().showMessage(self.tr("Ready"))

    def catalog_notes(self) -> list[str]:
        """Skipped user catalog files and stale prices, in words (status bar and About)."""
        if self.catalogs is None:
            return []
        notes = [
            self.tr("Catalog file skipped: {warning}").format(warning=warning_text(w))
            for w in getattr(self.catalogs, "warnings", ())
        ]
        stale = stale_prices(self.catalogs, days=self.prefs.stale_after_days)
        if stale:
            counts = ", ".join(f"{catalog_label(n)}: {k}" for n, k in stale.items())
            notes.append(
                self.tr(
                    "Prices older than %n day(s) ({counts}).", "", self.prefs.stale_after_days
                ).format(counts=counts)
            )
        return notes

    # ---- wiring
    def _connect(self) -> None:
        a, f = self.acts, self.files
        a.new.triggered.connect(f.new_analysis)
        a.open.triggered.connect(f.open_dialog)
        a.save.triggered.connect(f.save)
        a.save_as.triggered.connect(f.save_as)
        a.close.triggered.connect(f.close_document)
        a.quit.triggered.connect(self.close)
        a.export_pdf.triggered.connect(self.exportPdfRequested)
        a.export_pdf.triggered.connect(self.pdf.export)
        a.catalogs.triggered.connect(self.catalog_window.show)
        self.tracker.changed.connect(self.update_actions)
        a.edit_project.triggered.connect(f.edit_project)
        a.preferences.triggered.connect(self.show_preferences)
        a.show_start.triggered.connect(self.show_start_page)
        a.show_results.triggered.connect(self.show_results)
        a.help.triggered.connect(self.show_help)
        a.about.triggered.connect(self.show_about)
        a.recentFileTriggered.connect(f.open_recent)
        a.exampleTriggered.connect(f.open_example)
        a.theme_group.triggered.connect(lambda action: self.set_theme(action.data()))
        if a.recent_menu is not None:
            a.recent_menu.aboutToShow.connect(self.refresh_recent)
        s = self.start_page
        s.newRequested.connect(f.new_analysis)
        s.openRequested.connect(f.open_dialog)
        s.exampleRequested.connect(f.open_example)
        s.recentRequested.connect(f.open_recent)
        d = self.document
        d.modifiedChanged.connect(lambda _m: self.update_title())
        d.pathChanged.connect(lambda _p: self.update_title())
        d.projectChanged.connect(self._project_changed)
        d.autosaved.connect(lambda _p: self.statusBar().showMessage(self.tr("Autosaved"), 3000))
        d.lockLost.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Another program took over this project's lock; save under a new name.")
            )
        )

    # ---- title and actions
    def update_title(self) -> None:
        """``<name>[*] — LLM TCO Advisor``; the ``*`` shows while modified."""
        if not self.has_document:
            self.setWindowTitle(self.tr("LLM TCO Advisor"))
            self.setWindowModified(False)
            return
        name = self.document.display_name()
        if self.document.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        self.setWindowTitle(self.tr("{name}[*] — LLM TCO Advisor").format(name=name))
        self.setWindowModified(self.document.modified)

    def update_actions(self) -> None:
        """Enable what applies to an open document."""
        for action in (self.acts.save, self.acts.save_as, self.acts.close):
            action.setEnabled(self.has_document)
        self.acts.edit_project.setEnabled(self.has_document)
        self.acts.show_results.setEnabled(self.has_document)
        self.acts.catalogs.setEnabled(self.catalogs is not None)
        self.acts.export_pdf.setEnabled(self.can_export_pdf())

    def can_export_pdf(self) -> bool:
        """True when the open project has a result to report and no export is running."""
        if not self.has_document or self.catalogs is None or self.pdf.is_running():
            return False
        if self.tracker.result_for(self.document.project) is not None:
            return True
        shown = getattr(self.results, "view", None)  # the panel shows a result (evaluated anew)
        return callable(shown) and shown() is not None

    # ---- views
    def _project_changed(self, project: Project) -> None:
        self.update_title()
        if self.has_document and self.results is not None:
            self._feed_results(project)

    def _feed_results(self, project: Project) -> None:
        setter = getattr(self.results, "set_project", None)
        if setter is None or self.catalogs is None:
            return
        try:
            setter(project, self.catalogs)
        except TcoError as exc:
            self.statusBar().showMessage(error_text(exc))

    def _ensure_results(self) -> QWidget:
        if self.results is not None:
            return self.results
        self.results = self._make_results_widget()
        self.stack.addWidget(self.results)
        return self.results

    def _make_results_widget(self) -> QWidget:
        reason = self.catalog_error
        if self.catalogs is not None:
            try:
                from llm_tco.gui.results import ResultsPanel
            except ImportError as exc:
                reason = str(exc)
            else:
                panel: QWidget = ResultsPanel()
                restore = getattr(panel, "restore_state", None)
                if restore is not None:
                    restore(results_state())
                edited = getattr(panel, "projectEdited", None)
                if edited is not None:
                    edited.connect(self._what_if_edit)
                self.tracker.attach(panel)
                changed = getattr(panel, "viewChanged", None)
                if changed is not None:
                    changed.connect(self.update_actions)
                return panel
        label = QLabel(
            self.tr("The results view is not available: {reason}").format(
                reason=reason or self.tr("no catalogs")
            )
        )
        label.setWordWrap(True)
        label.setObjectName("resultsPlaceholder")
        return label

    def _what_if_edit(self, project: Project) -> None:
        self.document.apply(project, self.tr("Change assumptions"), merge_id=WHAT_IF_MERGE_ID)

    def show_start_page(self) -> None:
        """Show the start page."""
        self.refresh_recent()
        self.stack.setCurrentWidget(self.start_page)

    def show_results(self) -> None:
        """Show (and refresh) the results of the open project."""
        if not self.has_document:
            return
        widget = self._ensure_results()
        self._feed_results(self.document.project)
        self.stack.setCurrentWidget(widget)

    def document_opened(self) -> None:
        """Called by the file controller after New/Open/Recover."""
        self.has_document = True
        self.update_title()
        self.update_actions()
        self.show_results()

    def document_closed(self) -> None:
        """Called by the file controller after Close."""
        self.has_document = False
        self.tracker.clear()
        self.update_title()
        self.update_actions()
        self.show_start_page()

    def set_catalogs(self, catalogs: Catalogs) -> None:
        """Use ``catalogs`` from now on (after an edit) and re-evaluate the open project."""
        self.catalogs, self.catalog_error = catalogs, None
        self.document.catalog_as_of = catalogs.as_of_summary()
        if self.has_document and self.results is not None:
            self._feed_results(self.document.project)
        self.update_actions()

    # ---- recent projects and examples
    def refresh_examples(self) -> None:
        """List the shipped examples in the start page and the File menu."""
        examples = list_examples()
        self.start_page.set_examples(examples)
        self.acts.fill_examples_menu(examples)

    def refresh_recent(self) -> None:
        """Drop recent entries whose files are gone (with a message) and show the rest."""
        kept, missing = drop_missing(self.prefs.recent_files)
        if missing:
            self._set_recent(kept)
            self.statusBar().showMessage(
                self.tr("Removed %n missing project(s) from the recent list.", "", len(missing))
            )
        self.acts.fill_recent_menu(self.prefs.recent_files, on_clear=lambda: self._set_recent([]))
        self.start_page.set_recent(self.prefs.recent_files)

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent list (capped)."""
        self._set_recent(update_recent(self.prefs.recent_files, str(path)))

    def forget_recent(self, path: Path) -> None:
        """Remove ``path`` from the recent list."""
        self._set_recent([p for p in self.prefs.recent_files if Path(p) != path])

    def _set_recent(self, recent: list[str]) -> None:
        self.prefs = self.prefs.model_copy(update={"recent_files": recent})
        self.prefs.save()
        self.acts.fill_recent_menu(recent, on_clear=lambda: self._set_recent([]))
        self.start_page.set_recent(recent)

    # ---- theme, dialogs
    def set_theme(self, mode: str) -> None:
        """Switch theme and remember it."""
        self.theme.set_mode(mode)
        self.prefs = self.prefs.model_copy(update={"theme": mode})
        self.prefs.save()
        self._sync_theme_actions()

    def _sync_theme_actions(self) -> None:
        action = self.acts.theme_actions.get(self.theme.mode.value)
        if action is not None:
            action.setChecked(True)

    def about_dialog(self) -> AboutDialog:
        """The About dialog for the loaded catalogs."""
        dates = self.catalogs.as_of_summary() if self.catalogs is not None else None
        return AboutDialog(
            self, catalog_dates=dates, catalog_error=self.catalog_error, notes=self.catalog_notes()
        )

    def show_about(self) -> None:
        """Help > About."""
        self.about_dialog().exec()

    def show_help(self) -> None:
        """Help > Help (F1)."""
        dialog = HelpDialog(self)
        dialog.setModal(False)
        dialog.show()

    def show_preferences(self) -> None:
        """Edit > Preferences."""
        dialog = PreferencesDialog(self.prefs, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.prefs = dialog.apply_to(self.prefs)
            self.prefs.save()
            self.theme.set_mode(self.prefs.theme)
            self._sync_theme_actions()

    # ---- window state
    def restore_window_state(self) -> None:
        """Restore size, position and dock/toolbar state from the last session."""
        settings = window_settings()
        geometry = settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("state")
        if state is not None:
            self.restoreState(state)

    def save_window_state(self) -> None:
        """Remember size, position and dock/toolbar state."""
        settings = window_settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        save_state = getattr(self.results, "save_state", None)
        if save_state is not None:
            for key, value in save_state().items():
                settings.setValue(f"{RESULTS_GROUP}/{key}", value)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_window_state()
        self.pdf.shutdown()
        self.catalog_window.close()
        self.document.release()
        if self.results is not None:
            self.results.close()  # lets the results view stop its background work
        event.accept()
