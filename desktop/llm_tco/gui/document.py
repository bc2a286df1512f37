"""The open document: a ``Project``, its file, its undo history, its lock and its autosave.

Edits are undoable commands that replace the whole (immutable) ``Project``; the undo stack's clean
state drives the modified flag. Files are read and written through ``llm_tco.project`` (atomic,
durable, with a backup). While modified, a copy is autosaved every few minutes into the user data
directory; a clean save or close removes it, and the next start after a crash offers it back.
A lock file next to the project warns a second instance that opens the same file.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

import llm_tco.project as project_files
from llm_tco.engine.errors import ProjectFileError
from llm_tco.engine.project_model import Project, ProjectInfo
from llm_tco.project import (
    AutosaveStore,
    LockHeldError,
    ProjectLock,
    RecoverableAutosave,
    key_for_path,
    new_untitled_key,
)

log = logging.getLogger(__name__)

FILE_SUFFIX = project_files.FILE_SUFFIX
AUTOSAVE_INTERVAL_MS = int(project_files.AUTOSAVE_INTERVAL_S * 1000)
LOCK_REFRESH_MS = 10 * 60 * 1000
MERGE_WINDOW_S = 2.0
WHAT_IF_MERGE_ID = 1


# --------------------------------------------------------------------------- file I/O


def load_project(path: Path, *, localise_example: bool = True) -> Project:
    """Read a project file (guarded, migrated); raises ProjectFileError.

    A shipped example (opened as a new, untitled analysis) gets its name and description in the
    interface language; the example files themselves store the English texts. ``Document.open``,
    which keeps the file and saves back to it, reads every file as stored.
    """
    project = project_files.load(path)
    if not localise_example:
        return project
    from llm_tco.gui.start_page import localised_example

    info = project.info
    name, description = localised_example(path, info.name, info.description)
    if (name, description) == (info.name, info.description):
        return project
    info = info.model_copy(update={"name": name, "description": description})
    return project.model_copy(update={"info": info})


DEFAULT_NAME = str(ProjectInfo.model_fields["name"].default)
"""The name a project file gets when none is given (English, as every stored text)."""


def default_project_name() -> str:
    """The default name of a new analysis in the interface language ("Untitled analysis")."""
    return QCoreApplication.translate("Document", "Untitled analysis")


def new_project() -> Project:
    """A new analysis with its default answers and the default name in the interface language.

    The name is what the user sees (and may edit) on the wizard's first page and saves with the
    project; no language is stored in the file.
    """
    project = Project()
    info = project.info.model_copy(update={"name": default_project_name()})
    return project.model_copy(update={"info": info})


def recoverable_autosaves() -> list[RecoverableAutosave]:
    """Autosaves left behind by sessions that ended without saving, newest first."""
    return AutosaveStore().list_recoverable()


def recover_autosave(entry: RecoverableAutosave) -> Project:
    """The project of an autosave; raises ProjectFileError."""
    return AutosaveStore().recover(entry).project


def discard_autosave(entry: RecoverableAutosave) -> None:
    """Delete an autosave once recovered or declined."""
    AutosaveStore().remove(entry)


def lock_holder(path: Path) -> str | None:
    """Who holds a live lock on ``path`` ("alice on host-1 (process 1234) since ..."), or None."""
    info = ProjectLock(path).holder()
    if info is None:
        return None
    return info.describe()


# --------------------------------------------------------------------------- the document


class ReplaceProjectCommand(QUndoCommand):
    """One edit: the project before and after.

    Edits with the same ``merge_id`` (a what-if spin box being stepped) pushed within
    ``MERGE_WINDOW_S`` of each other merge into one undo step.
    """

    def __init__(
        self,
        document: Document,
        before: Project,
        after: Project,
        text: str,
        *,
        merge_id: int = -1,
    ) -> None:
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after
        self._merge_id = merge_id
        self._pushed_at = time.monotonic()

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReplaceProjectCommand) or other.id() != self._merge_id:
            return False
        if other._pushed_at - self._pushed_at > MERGE_WINDOW_S:
            return False
        self._after = other._after
        self._pushed_at = other._pushed_at
        self.setObsolete(self._after == self._before)  # edited back to where it started
        return True

    def redo(self) -> None:
        self._document._set_project(self._after)

    def undo(self) -> None:
        self._document._set_project(self._before)


class Document(QObject):
    """The project being worked on, its file, undo history, lock and autosave."""

    projectChanged = Signal(object)  # Project
    modifiedChanged = Signal(bool)
    pathChanged = Signal(object)  # Path | None
    autosaved = Signal(str)
    lockLost = Signal()

    def __init__(
        self, parent: QObject | None = None, *, autosave_interval_ms: int = AUTOSAVE_INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self._project = Project()
        self._path: Path | None = None
        self._dirty_without_undo = False
        self._lock: ProjectLock | None = None
        self._store = AutosaveStore()
        self._key = new_untitled_key()
        self.read_only = False
        self.catalog_as_of: dict[str, str] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._emit_modified)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_interval_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(LOCK_REFRESH_MS)
        self.lock_timer.timeout.connect(self._refresh_lock)
        self.lock_timer.start()

    # ---- state
    @property
    def project(self) -> Project:
        """The current project (immutable snapshot; edit through :meth:`apply`)."""
        return self._project

    @property
    def path(self) -> Path | None:
        """The file, or None for an unsaved analysis."""
        return self._path

    @property
    def modified(self) -> bool:
        """True when there are changes not yet saved."""
        return self._dirty_without_undo or not self.undo_stack.isClean()

    @property
    def locked(self) -> bool:
        """True while this document holds its file's lock."""
        return self._lock is not None and self._lock.held

    def display_name(self) -> str:
        """The name shown in the title bar."""
        if self._path:
            return self._path.name
        name = self._project.info.name
        return default_project_name() if name == DEFAULT_NAME else name

    def _set_project(self, project: Project) -> None:
        self._project = project
        self.projectChanged.emit(project)

    def _emit_modified(self, *_: object) -> None:
        self.modifiedChanged.emit(self.modified)

    # ---- edits
    def apply(self, project: Project, text: str, *, merge_id: int = -1) -> bool:
        """Replace the project as one undoable edit named ``text``; False when nothing changed.

        Consecutive edits with the same ``merge_id`` (>= 0) merge into one undo step.
        """
        if project == self._project:
            return False
        command = ReplaceProjectCommand(self, self._project, project, text, merge_id=merge_id)
        self.undo_stack.push(command)
        return True

    def reset(
        self,
        project: Project,
        *,
        path: Path | None = None,
        modified: bool = False,
        read_only: bool = False,
        lock: bool = False,
    ) -> None:
        """Start over with ``project`` (new, opened or recovered): empty history.

        With ``lock`` the file's lock is taken first; LockHeldError when another instance has it.
        """
        new_lock = ProjectLock(path) if lock and path is not None and not read_only else None
        if new_lock is not None:
            new_lock.acquire()
        self.release()
        self._lock = new_lock
        self._path = path
        self._key = key_for_path(path) if path is not None else new_untitled_key()
        self.read_only = read_only
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._dirty_without_undo = modified
        self._set_project(project)
        self.pathChanged.emit(path)
        self._emit_modified()

    # ---- files
    def open(self, path: Path, *, read_only: bool = False) -> None:
        """Load ``path`` and lock it unless read-only; raises ProjectFileError (LockHeldError)."""
        project = load_project(path, localise_example=False)
        self.reset(project, path=path, read_only=read_only, lock=True)

    def save(self, path: Path | None = None) -> Path:
        """Save to ``path`` (or the current file); raises ProjectFileError."""
        target = path or self._path
        if target is None:
            raise ProjectFileError("The analysis has no file yet; choose Save As.")
        if target.suffix.lower() != FILE_SUFFIX:
            target = target.with_name(target.name + FILE_SUFFIX)
        if not target.parent.is_dir():
            raise ProjectFileError(
                f"Cannot save project file {target}: the folder does not exist. "
                "Choose another folder."
            )
        switching = target != self._path
        new_lock = self._lock_for(target) if switching else None
        try:
            project_files.save(self._project, target, catalog_as_of=self.catalog_as_of)
        except ProjectFileError:
            if new_lock is not None:
                new_lock.release()
            raise
        if switching:
            self._store.discard(self._key)
            if self._lock is not None:
                self._lock.release()
            self._lock, self._path, self._key = new_lock, target, key_for_path(target)
            self.pathChanged.emit(target)
        self.read_only = False
        self._store.discard(self._key)
        self._dirty_without_undo = False
        self.undo_stack.setClean()
        self._emit_modified()
        return target

    @staticmethod
    def _lock_for(target: Path) -> ProjectLock | None:
        """The lock of a file about to be saved; LockHeldError when open elsewhere."""
        lock = ProjectLock(target)
        try:
            lock.acquire()
        except LockHeldError:
            raise
        except ProjectFileError as exc:  # unwritable lock folder: save anyway, unlocked
            log.warning("saving %s without a lock: %s", target, exc)
            return None
        return lock

    def _refresh_lock(self) -> None:
        if self._lock is not None and self._lock.held and not self._lock.refresh():
            self.lockLost.emit()

    def release(self) -> None:
        """Drop the lock and this session's autosave (clean close)."""
        self._store.discard(self._key)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # ---- autosave
    def autosave_now(self) -> Path | None:
        """Autosave if modified; returns the autosave file, or None when nothing was written."""
        if not self.modified:
            return None
        try:
            written = self._store.write(
                self._key, self._project, original_path=self._path, catalog_as_of=self.catalog_as_of
            )
        except ProjectFileError as exc:
            log.warning("autosave failed: %s", exc)
            return None
        self.autosaved.emit(str(written))
        return written

    def autosave_path(self) -> Path:
        """Where this document's autosave goes."""
        return self._store.path_for(self._key)
