"""Actions, menus and File operations: standard shortcuts, fallbacks, macOS menu roles.

Every standard action takes the platform's ``QKeySequence.StandardKey`` binding. Where the platform
has none (Quit on Windows and the offscreen/generic platforms, Preferences outside macOS) a
conventional fallback is set, so Quit always has ``Ctrl+Q`` and Preferences ``Ctrl+,``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMenuBar, QMessageBox

from llm_tco.engine.errors import TcoError
from llm_tco.engine.project_model import Project
from llm_tco.gui.i18n_qt import error_text

if TYPE_CHECKING:
    from llm_tco.gui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey
Role = QAction.MenuRole

MAX_RECENT_FILES = 10

# standard key -> fallback used when the platform binds nothing to it
FALLBACKS: dict[StandardKey, str] = {
    StandardKey.Quit: "Ctrl+Q",
    StandardKey.Preferences: "Ctrl+,",
    StandardKey.HelpContents: "F1",
}


def standard_shortcuts(key: StandardKey) -> list[QKeySequence]:
    """The platform's bindings for ``key``, or the fallback when the platform has none."""
    bindings = QKeySequence.keyBindings(key)
    if bindings:
        return list(bindings)
    fallback = FALLBACKS.get(key)
    return [QKeySequence(fallback)] if fallback else []


class AppActions(QObject):
    """All actions of the main window; ``build_menus`` puts them into a menu bar."""

    recentFileTriggered = Signal(str)
    exampleTriggered = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._parent = parent
        self.new = self._make(self.tr("&New Analysis…"), StandardKey.New, "document-new")
        self.open = self._make(self.tr("&Open…"), StandardKey.Open, "document-open")
        self.save = self._make(self.tr("&Save"), StandardKey.Save, "document-save")
        self.save_as = self._make(self.tr("Save &As…"), StandardKey.SaveAs, "document-save-as")
        self.close = self._make(self.tr("&Close"), StandardKey.Close, "document-close")
        self.export_pdf = self._make(self.tr("Export &PDF Report…"), None, "document-export")
        self.export_pdf.setIconText(self.tr("Export PDF"))  # the toolbar's shorter label
        self.export_pdf.setEnabled(False)
        self.export_pdf.setStatusTip(self.tr("Write the recommendation report as a PDF file"))
        self.quit = self._make(
            self.tr("&Quit"), StandardKey.Quit, "application-exit", Role.QuitRole
        )
        self.edit_project = self._make(self.tr("Edit &Project…"), None, "document-properties")
        self.edit_project.setShortcut(QKeySequence("Ctrl+E"))
        self.preferences = self._make(
            self.tr("Pr&eferences…"),
            StandardKey.Preferences,
            "preferences-system",
            Role.PreferencesRole,
        )
        self._make_view_actions()
        self.help = self._make(
            self.tr("LLM TCO Advisor &Help"), StandardKey.HelpContents, "help-contents"
        )
        self.about = self._make(
            self.tr("&About LLM TCO Advisor"), None, "help-about", Role.AboutRole
        )
        self._make_theme_actions()
        self.undo: QAction | None = None
        self.redo: QAction | None = None
        self.recent_menu: QMenu | None = None
        self.examples_menu: QMenu | None = None

    def _make_view_actions(self) -> None:
        self.show_start = self._make(self.tr("&Start Page"), None, "go-home")
        self.show_start.setShortcut(QKeySequence("Ctrl+1"))
        self.show_results = self._make(self.tr("&Results"), None, "view-list-details")
        self.show_results.setShortcut(QKeySequence("Ctrl+2"))
        self.catalogs = self._make(self.tr("&Catalogs…"), None, "x-office-spreadsheet")
        self.catalogs.setShortcut(QKeySequence("Ctrl+3"))
        self.catalogs.setStatusTip(
            self.tr("Where every price comes from; edit, import and calibrate the catalogs")
        )

    def _make_theme_actions(self) -> None:
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for mode, label in (
            ("system", self.tr("Follow &System")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            action = self._make(label, None, "")
            action.setCheckable(True)
            action.setData(mode)
            self.theme_group.addAction(action)
            self.theme_actions[mode] = action

    def _make(
        self, text: str, key: StandardKey | None, icon: str, role: Role = Role.NoRole
    ) -> QAction:
        action = QAction(text, self._parent)
        if icon:
            from PySide6.QtGui import QIcon

            action.setIcon(QIcon.fromTheme(icon))
        if key is not None:
            action.setShortcuts(standard_shortcuts(key))
        action.setMenuRole(role)
        return action

    def set_undo_actions(self, undo: QAction, redo: QAction) -> None:
        """Use the undo stack's own actions, with the standard shortcuts."""
        undo.setShortcuts(standard_shortcuts(StandardKey.Undo))
        redo.setShortcuts(standard_shortcuts(StandardKey.Redo))
        undo.setMenuRole(Role.NoRole)
        redo.setMenuRole(Role.NoRole)
        self.undo, self.redo = undo, redo

    def all_actions(self) -> list[QAction]:
        """Every action with a shortcut or a menu entry (for audits)."""
        found = [a for a in vars(self).values() if isinstance(a, QAction)]
        return found + list(self.theme_actions.values())

    def build_menus(self, bar: QMenuBar) -> None:
        """Fill the menu bar: File, Edit, View, Tools, Help."""
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new, self.open])
        self.examples_menu = file_menu.addMenu(self.tr("Open &Example"))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.export_pdf])
        file_menu.addSeparator()
        file_menu.addActions([self.close, self.quit])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        if self.undo is not None and self.redo is not None:
            edit_menu.addActions([self.undo, self.redo])
            edit_menu.addSeparator()
        edit_menu.addActions([self.edit_project, self.preferences])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.show_start, self.show_results])
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        theme_menu.addActions(list(self.theme_actions.values()))
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.catalogs)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.help, self.about])

    def fill_recent_menu(self, paths: list[str], *, on_clear: Callable[[], None]) -> None:
        """Rebuild the Recent submenu: newest first, numbered, with a Clear entry."""
        menu = self.recent_menu
        if menu is None:
            return
        menu.clear()
        for number, path in enumerate(paths, start=1):
            label = self.tr("&%1 %2").replace("%1", str(number % 10)).replace("%2", Path(path).name)
            action = menu.addAction(label)
            action.setMenuRole(Role.NoRole)
            action.setData(path)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.recentFileTriggered.emit(p))
        if not paths:
            empty = menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)
            empty.setMenuRole(Role.NoRole)
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear Recent Projects"))
        clear.setMenuRole(Role.NoRole)
        clear.setEnabled(bool(paths))
        clear.triggered.connect(on_clear)

    def fill_examples_menu(self, examples: list[tuple[str, str]]) -> None:
        """Rebuild the Open Example submenu from (title, path) pairs."""
        menu = self.examples_menu
        if menu is None:
            return
        menu.clear()
        for title, path in examples:
            action = menu.addAction(title)
            action.setMenuRole(Role.NoRole)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.exampleTriggered.emit(p))
        if not examples:
            empty = menu.addAction(self.tr("No examples installed"))
            empty.setEnabled(False)
            empty.setMenuRole(Role.NoRole)


def update_recent(paths: list[str], opened: str, *, limit: int = MAX_RECENT_FILES) -> list[str]:
    """The recent list after opening ``opened``: newest first, no duplicates, at most ``limit``."""
    key = str(Path(opened).resolve())
    rest = [p for p in paths if str(Path(p).resolve()) != key]
    return [key, *rest][:limit]


def drop_missing(paths: list[str]) -> tuple[list[str], list[str]]:
    """Split the recent list into (existing files, missing files)."""
    kept = [p for p in paths if Path(p).is_file()]
    return kept, [p for p in paths if p not in kept]


class FileController(QObject):
    """What File > New/Open/Save/Save As/Close and recovery do, with their questions and errors.

    Dialogs go through ``QFileDialog``/``QMessageBox`` static functions (tests patch them) and the
    wizard through :meth:`run_wizard`.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document

    # ---- questions
    def maybe_save(self) -> bool:
        """Ask Save/Discard/Cancel when modified; False means the caller must stop."""
        if not (self.window.has_document and self.document.modified):
            return True
        answer = QMessageBox.warning(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{name}” before closing?").format(
                name=self.document.display_name()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def run_wizard(self, project: Project | None) -> Project | None:
        """Show the wizard modally; the resulting project, or None when cancelled."""
        from llm_tco.gui.wizard import ProjectWizard

        wizard = ProjectWizard(project, catalogs=self.window.catalogs, parent=self.window)
        if wizard.exec() != ProjectWizard.DialogCode.Accepted:
            return None
        return wizard.result_project()

    def _error(self, title: str, error: Exception) -> None:
        QMessageBox.critical(self.window, title, error_text(error))

    def _file_filter(self) -> str:
        return self.tr("LLM TCO Advisor projects (*.llmtco);;All files (*)")

    # ---- New, Edit
    def new_analysis(self) -> None:
        """File > New Analysis: the wizard on a fresh project."""
        if not self.maybe_save():
            return
        project = self.run_wizard(None)
        if project is None:
            return
        self.document.reset(project, modified=True)
        self.window.document_opened()

    def edit_project(self) -> None:
        """Edit > Edit Project: the wizard on the open project, as one undoable edit."""
        if not self.window.has_document:
            return
        project = self.run_wizard(self.document.project)
        if project is not None:
            self.document.apply(project, self.tr("Edit project"))
            self.window.show_results()

    # ---- Open
    def open_dialog(self) -> None:
        """File > Open."""
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Project"), str(self._start_dir()), self._file_filter()
        )
        if name:
            self.open_path(Path(name), asked=True)

    def open_recent(self, path: str) -> None:
        """File > Open Recent > entry."""
        if self.maybe_save():
            self.open_path(Path(path), asked=True)

    def open_path(self, path: Path, *, asked: bool = False) -> bool:
        """Open a project file (after ``maybe_save`` unless ``asked``); False when not opened."""
        if not asked and not self.maybe_save():
            return False
        if not path.is_file():
            self.window.forget_recent(path)
            QMessageBox.warning(
                self.window,
                self.tr("File not found"),
                self.tr("“{path}” no longer exists; it was removed from the recent list.").format(
                    path=path
                ),
            )
            return False
        from llm_tco.gui.document import lock_holder

        read_only = False
        holder = lock_holder(path)
        if holder is not None:
            answer = QMessageBox.question(
                self.window,
                self.tr("Project in use"),
                self.tr("“{name}” is already open: {holder}. Open a read-only copy?").format(
                    name=path.name, holder=holder
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            read_only = True
        try:
            self.document.open(path, read_only=read_only)
        except TcoError as exc:
            self._error(self.tr("Cannot open project"), exc)
            return False
        self.window.add_recent(path)
        self.window.document_opened()
        self.window.statusBar().showMessage(self.tr("Opened {name}").format(name=path.name), 5000)
        return True

    def open_example(self, path: str) -> None:
        """Open a shipped example as a new, untitled analysis (Save asks for a file)."""
        if not self.maybe_save():
            return
        from llm_tco.gui.document import load_project

        try:
            project = load_project(Path(path))
        except TcoError as exc:
            self._error(self.tr("Cannot open example"), exc)
            return
        self.document.reset(project)
        self.window.document_opened()

    # ---- Save
    def save(self) -> bool:
        """File > Save; Save As when the analysis has no file or is read-only."""
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """File > Save As; adds ``.llmtco`` when the name has no suffix."""
        current = self.document.path
        suggested = current or self._start_dir() / f"{self.document.project.info.name}.llmtco"
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save Project As"), str(suggested), self._file_filter()
        )
        if not name:
            return False
        return self._save_to(Path(name))

    def _save_to(self, path: Path) -> bool:
        try:
            saved = self.document.save(path)
        except TcoError as exc:
            self._error(self.tr("Cannot save project"), exc)
            return False
        self.window.add_recent(saved)
        self.window.update_title()
        self.window.statusBar().showMessage(self.tr("Saved {name}").format(name=saved.name), 5000)
        return True

    def _start_dir(self) -> Path:
        recent = self.window.prefs.recent_files
        return Path(recent[0]).parent if recent else Path.home()

    # ---- Close, recovery
    def close_document(self) -> bool:
        """File > Close: back to the start page (asks about unsaved changes)."""
        if not self.maybe_save():
            return False
        self.document.release()
        self.window.document_closed()  # first: the empty project must not be evaluated
        self.document.reset(Project())
        return True

    def offer_recovery(self) -> bool:
        """After a crash, offer each autosaved project; True when one was recovered."""
        from llm_tco.gui.document import discard_autosave, recover_autosave, recoverable_autosaves

        for entry in recoverable_autosaves():
            answer = QMessageBox.question(
                self.window,
                self.tr("Recover unsaved work"),
                self.tr(
                    "LLM TCO Advisor did not close properly. Recover the unsaved changes to "
                    "“{name}” autosaved at {time}?"
                ).format(
                    name=entry.title or entry.path.name,
                    time=entry.written_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                discard_autosave(entry)
                continue
            try:
                project = recover_autosave(entry)
            except TcoError as exc:
                self._error(self.tr("Cannot recover project"), exc)
                continue
            try:
                self.document.reset(project, path=entry.original_path, modified=True, lock=True)
            except TcoError:  # the file is open elsewhere now: recover as an untitled copy
                self.document.reset(project, modified=True)
            self.document.autosave_now()
            discard_autosave(entry)
            self.window.document_opened()
            return True
        return False
