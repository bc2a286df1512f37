"""The open document: undo/redo and the modified flag, save/open, autosave, recovery, locks."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from llm_tco.engine.errors import ProjectFileError
from llm_tco.engine.project_model import Project, ProjectInfo, Workload
from llm_tco.gui.document import (
    Document,
    discard_autosave,
    load_project,
    lock_holder,
    recover_autosave,
    recoverable_autosaves,
)
from llm_tco.project import LockHeldError

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


@pytest.fixture(autouse=True)
def _private_data_dir(fresh_data_dir):
    return fresh_data_dir


@pytest.fixture
def doc(qtbot):
    document = Document()
    yield document
    document.release()


def renamed(project: Project, name: str) -> Project:
    return project.model_copy(update={"info": ProjectInfo(name=name)})


def test_edits_are_undoable_and_drive_the_modified_flag(qtbot, doc):
    original = doc.project
    assert not doc.modified
    with qtbot.waitSignal(doc.modifiedChanged) as changed:
        assert doc.apply(renamed(original, "Edited"), "Rename")
    assert changed.args == [True]
    assert doc.project.info.name == "Edited"
    assert doc.undo_stack.undoText() == "Rename"
    with qtbot.waitSignal(doc.modifiedChanged) as changed:
        doc.undo_stack.undo()
    assert changed.args == [False]
    assert doc.project == original
    assert not doc.modified
    doc.undo_stack.redo()
    assert doc.project.info.name == "Edited"
    assert doc.modified


def test_unchanged_apply_is_not_an_edit(doc):
    assert not doc.apply(doc.project, "Nothing")
    assert doc.undo_stack.count() == 0


def test_save_clears_modified_and_round_trips(qtbot, doc, tmp_path):
    project = Project(
        info=ProjectInfo(name="Round trip", currency="EUR", usd_exchange_rate=0.92),
        workload=Workload(requests_per_day=42_000, growth_per_month=0.03),
    )
    doc.reset(project, modified=True)
    assert doc.modified
    saved = doc.save(tmp_path / "plan")  # the suffix is added
    assert saved == tmp_path / "plan.llmtco"
    assert saved.is_file()
    assert not doc.modified
    assert doc.path == saved
    assert doc.display_name() == "plan.llmtco"
    assert load_project(saved) == project
    other = Document()
    other_path = tmp_path / "copy.llmtco"
    saved.rename(other_path)
    other.open(other_path)
    assert other.project == project
    assert not other.modified
    other.release()


def test_save_without_a_file_asks_for_one(doc):
    with pytest.raises(ProjectFileError, match="Save As"):
        doc.save()


def test_failed_save_keeps_the_document_modified(doc, tmp_path):
    doc.reset(Project(), modified=True)
    with pytest.raises(ProjectFileError):
        doc.save(tmp_path / "missing-folder" / "x.llmtco")
    assert doc.modified


def test_autosave_only_while_modified_and_removed_by_save(qtbot, tmp_path, fresh_data_dir):
    doc = Document(autosave_interval_ms=30)
    doc.reset(Project())
    assert doc.autosave_now() is None  # clean: nothing to write
    doc.apply(renamed(doc.project, "Dirty"), "Rename")
    with qtbot.waitSignal(doc.autosaved, timeout=3000) as autosaved:
        pass  # the timer fires by itself
    written = Path(autosaved.args[0])
    assert written.is_file()
    assert fresh_data_dir in written.parents
    doc.save(tmp_path / "clean.llmtco")
    assert not written.exists()
    assert not doc.autosave_path().exists()
    doc.release()


def test_close_removes_the_autosave(doc):
    doc.apply(renamed(doc.project, "Dirty"), "Rename")
    written = doc.autosave_now()
    assert written is not None
    assert written.is_file()
    doc.release()
    assert not written.exists()


CRASHING_SESSION = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication([])
    from llm_tco.engine.project_model import Project, ProjectInfo
    from llm_tco.gui.document import Document
    doc = Document()
    original = Path(sys.argv[2])
    doc.open(original)
    doc.apply(Project(info=ProjectInfo(name="Unsaved work")), "Rename")
    assert doc.autosave_now() is not None
    assert doc.locked
    os._exit(3)  # crash: no clean close, the lock and the autosave stay behind
    """
)


def crash_a_session(tmp_path: Path, data_dir: Path) -> Path:
    original = tmp_path / "crashed.llmtco"
    from llm_tco.project import save

    save(Project(info=ProjectInfo(name="Saved state")), original)
    env = {**os.environ, "LLM_TCO_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_SESSION, str(DESKTOP), str(original)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    return original


def test_crash_leaves_a_recoverable_autosave_and_a_stale_lock(tmp_path, fresh_data_dir, doc):
    original = crash_a_session(tmp_path, fresh_data_dir)
    entries = recoverable_autosaves()
    assert len(entries) == 1
    entry = entries[0]
    assert entry.original_path == original
    assert entry.title == "Unsaved work"
    assert recover_autosave(entry).info.name == "Unsaved work"
    # the crashed session's lock is stale: opening reclaims it without a warning
    assert lock_holder(original) is None
    doc.open(original)
    assert doc.locked
    assert doc.project.info.name == "Saved state"
    discard_autosave(entry)
    assert recoverable_autosaves() == []


def test_second_open_of_the_same_file_is_warned(doc, tmp_path):
    path = tmp_path / "shared.llmtco"
    doc.reset(Project(), modified=True)
    doc.save(path)
    assert doc.locked
    assert lock_holder(path) is not None  # seen from another document in this process too
    second = Document()
    with pytest.raises(LockHeldError):
        second.open(path)
    second.open(path, read_only=True)
    assert second.read_only
    assert not second.locked
    doc.release()
    assert lock_holder(path) is None
    second.release()


def test_failed_write_keeps_the_old_file_and_state(doc, tmp_path):
    doc.reset(Project(info=ProjectInfo(name="Kept")), modified=True)
    first = doc.save(tmp_path / "first.llmtco")
    doc.apply(renamed(doc.project, "Changed"), "Rename")
    blocked = tmp_path / "blocked.llmtco"
    blocked.mkdir()  # a folder where the file should go: the write fails
    with pytest.raises(ProjectFileError):
        doc.save(blocked)
    assert doc.path == first
    assert doc.modified
    assert doc.locked
    assert lock_holder(blocked) is None  # the lock taken for the failed target was given back


def test_save_as_onto_a_file_open_elsewhere_is_refused(doc, tmp_path):
    busy = tmp_path / "busy.llmtco"
    holder = Document()
    holder.reset(Project(info=ProjectInfo(name="Theirs")), modified=True)
    holder.save(busy)
    doc.reset(Project(info=ProjectInfo(name="Mine")), modified=True)
    with pytest.raises(LockHeldError):
        doc.save(busy)
    assert load_project(busy).info.name == "Theirs"
    holder.release()


def test_rapid_what_if_edits_merge_into_one_undo_step(doc):
    from llm_tco.gui.document import WHAT_IF_MERGE_ID

    start = doc.project

    def volume(x: float) -> Project:
        return start.model_copy(
            update={"assumptions": start.assumptions.model_copy(update={"volume_multiplier": x})}
        )

    for x in (1.5, 2.0, 2.5):
        doc.apply(volume(x), "Change assumptions", merge_id=WHAT_IF_MERGE_ID)
    assert doc.undo_stack.count() == 1
    assert doc.project == volume(2.5)
    doc.apply(renamed(doc.project, "Other edit"), "Rename")  # a different kind: its own step
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.project == start
    assert not doc.modified


def test_what_if_edits_back_to_the_start_leave_nothing_to_undo(doc):
    from llm_tco.gui.document import WHAT_IF_MERGE_ID

    start = doc.project
    changed = start.model_copy(
        update={"assumptions": start.assumptions.model_copy(update={"gpu_price_multiplier": 0.5})}
    )
    doc.apply(changed, "Change assumptions", merge_id=WHAT_IF_MERGE_ID)
    doc.apply(start, "Change assumptions", merge_id=WHAT_IF_MERGE_ID)
    assert doc.undo_stack.count() == 0
    assert not doc.modified
