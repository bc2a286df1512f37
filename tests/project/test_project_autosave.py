"""Autosave to the user data folder, and recovery after a crash (pure API level)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from llm_tco import paths
from llm_tco.engine.project_model import Project
from llm_tco.project import (
    AutosaveStore,
    ProjectFileError,
    key_for_path,
    load,
    new_untitled_key,
    save,
)
from llm_tco.project import _host as host_module

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
CRASHER = """
import os, sys
from pathlib import Path
from llm_tco.engine.project_model import Project
from llm_tco.project import AutosaveStore, key_for_path
store = AutosaveStore()
store.write(key_for_path(sys.argv[1]), Project(info={"name": "unsaved edits"}),
            original_path=Path(sys.argv[1]))
store.write("untitled-1", Project(info={"name": "never saved"}))
print(store.directory, flush=True)
os.kill(os.getpid(), 9)  # crash: no discard, no clean-up
"""


def _named(name: str) -> Project:
    return Project.model_validate({"info": {"name": name}})


def test_autosave_goes_to_the_user_data_dir(fresh_data_dir: Path) -> None:
    store = AutosaveStore()
    written = store.write(new_untitled_key(), _named("draft"))
    assert store.directory == paths.autosave_dir() == fresh_data_dir / "autosave"
    assert written.parent == fresh_data_dir / "autosave"
    assert written.name.endswith(".llmtco-autosave")


def test_own_live_autosaves_are_not_offered(fresh_data_dir: Path) -> None:
    store = AutosaveStore()
    store.write("untitled-7", _named("draft"))
    assert store.list_recoverable() == []


def test_discard_removes_the_autosave(fresh_data_dir: Path, tmp_path: Path) -> None:
    store = AutosaveStore()
    path = tmp_path / "plan.llmtco"
    key = key_for_path(path)
    autosave = store.write(key, _named("draft"), original_path=path)
    assert autosave.exists()
    save(_named("draft"), path)
    store.discard(key)
    assert not autosave.exists()
    store.discard(key)  # idempotent


def test_new_untitled_keys_are_unique() -> None:
    keys = {new_untitled_key() for _ in range(5)}
    assert len(keys) == 5
    assert all(k.startswith("untitled-") for k in keys)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_autosaves_of_a_crashed_process_are_offered(fresh_data_dir: Path, tmp_path: Path) -> None:
    original = tmp_path / "plan.llmtco"
    save(_named("last clean save"), original)
    env = {**os.environ, "PYTHONPATH": str(DESKTOP), "LLM_TCO_DATA_DIR": str(fresh_data_dir)}
    done = subprocess.run(
        [sys.executable, "-c", CRASHER, str(original)], env=env, capture_output=True, check=False
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    store = AutosaveStore()
    entries = store.list_recoverable()
    assert {e.title for e in entries} == {"unsaved edits", "never saved"}
    assert entries[0].written_at >= entries[1].written_at  # newest first
    by_title = {e.title: e for e in entries}
    crashed = by_title["unsaved edits"]
    assert crashed.original_path == original
    assert crashed.hostname == host_module.hostname()
    assert crashed.pid != os.getpid()
    assert by_title["never saved"].original_path is None
    recovered = store.recover(crashed)
    assert recovered.project.info.name == "unsaved edits"
    assert recovered.path == original
    assert load(original).info.name == "last clean save"  # recovery never touches the file
    for entry in entries:
        store.remove(entry)
    assert store.list_recoverable() == []


def test_earlier_run_with_the_same_pid_is_recognised(
    fresh_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = AutosaveStore()
    monkeypatch.setattr(host_module, "SESSION_ID", "crashed-session")
    store.write("untitled-1", _named("from the crashed run"))
    monkeypatch.setattr(host_module, "SESSION_ID", "this-session")
    assert [e.title for e in store.list_recoverable()] == ["from the crashed run"]


def test_live_autosave_of_another_host_is_not_offered(
    fresh_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = AutosaveStore()
    monkeypatch.setattr(host_module, "hostname", lambda: "other-host")
    store.write("untitled-1", _named("elsewhere"))
    monkeypatch.undo()
    assert store.list_recoverable() == []


def test_corrupt_autosave_is_ignored(fresh_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = AutosaveStore()
    monkeypatch.setattr(host_module, "SESSION_ID", "crashed-session")
    good = store.write("untitled-1", _named("good"))
    monkeypatch.undo()
    (good.parent / f"broken{good.suffix}").write_bytes(b"[" * 100_000)
    (good.parent / f"other{good.suffix}").write_bytes(b'{"format": "llm-tco-autosave"}')
    assert [e.title for e in store.list_recoverable()] == ["good"]


def test_autosave_write_failure_is_a_project_file_error(
    fresh_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = AutosaveStore()
    store.directory.mkdir(parents=True)

    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ProjectFileError, match="disk is full"):
        store.write("untitled-1", _named("x"))
    assert list(store.directory.iterdir()) == []
