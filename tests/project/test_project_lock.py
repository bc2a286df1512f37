"""A second instance opening the same project is warned; stale locks are reclaimed."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from llm_tco.project import LockHeldError, ProjectLock
from llm_tco.project import _host as host_module
from llm_tco.project import lock as lock_module

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
HOLDER = """
import sys, time
from pathlib import Path
from llm_tco.project import ProjectLock
lock = ProjectLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def _fake_lock(path: Path, **changes: object) -> None:
    now = dt.datetime.now(dt.UTC)
    info = {
        "pid": os.getpid(),
        "hostname": host_module.hostname(),
        "user": "bob",
        "session": host_module.SESSION_ID,
        "created_at": now.isoformat(),
        "refreshed_at": now.isoformat(),
    }
    info.update(changes)
    path.write_text(json.dumps(info), encoding="utf-8")


def test_lock_file_names_the_holder(tmp_path: Path) -> None:
    project = tmp_path / "plan.llmtco"
    with ProjectLock(project) as lock:
        assert lock.lock_path == tmp_path / "plan.llmtco.lock"
        recorded = json.loads(lock.lock_path.read_text(encoding="utf-8"))
        assert recorded["pid"] == os.getpid()
        assert recorded["hostname"] == host_module.hostname()
        assert recorded["user"] == host_module.username()
        assert dt.datetime.fromisoformat(recorded["created_at"]) <= dt.datetime.now(dt.UTC)
    assert not (tmp_path / "plan.llmtco.lock").exists()


def test_second_holder_in_the_same_process_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "plan.llmtco"
    with ProjectLock(project), pytest.raises(LockHeldError) as caught:
        ProjectLock(project).acquire()
    assert caught.value.info is not None
    assert caught.value.info.pid == os.getpid()
    assert str(project) in str(caught.value)
    assert "read-only" in str(caught.value)


def test_lock_of_a_live_process_is_held_then_reclaimed_after_it_dies(tmp_path: Path) -> None:
    project = tmp_path / "plan.llmtco"
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(project)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        lock = ProjectLock(project)
        with pytest.raises(LockHeldError) as caught:
            lock.acquire()
        info = caught.value.info
        assert info is not None
        assert info.pid == child.pid
        assert f"(process {child.pid})" in info.describe()
        assert lock.holder() == info
    finally:
        child.kill()
        child.wait()
    lock.acquire()  # the holder is gone: the stale lock is reclaimed
    assert lock.held
    assert json.loads(lock.lock_path.read_text(encoding="utf-8"))["pid"] == os.getpid()
    lock.release()


def test_old_lock_from_another_host_is_stale(tmp_path: Path) -> None:
    project = tmp_path / "plan.llmtco"
    long_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=2)).isoformat()
    _fake_lock(tmp_path / "plan.llmtco.lock", hostname="laptop-2", refreshed_at=long_ago)
    lock = ProjectLock(project)
    assert lock.holder() is None
    lock.acquire()
    assert lock.held
    lock.release()


def test_fresh_lock_from_another_host_is_held(tmp_path: Path) -> None:
    project = tmp_path / "plan.llmtco"
    _fake_lock(tmp_path / "plan.llmtco.lock", hostname="laptop-2", pid=1)
    with pytest.raises(LockHeldError, match="bob on laptop-2"):
        ProjectLock(project).acquire()


def test_dead_pid_on_this_host_is_stale(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    _fake_lock(tmp_path / "plan.llmtco.lock", pid=int(done.stdout), session="gone")
    with ProjectLock(tmp_path / "plan.llmtco") as lock:
        assert lock.held


def test_unreadable_lock_is_held_briefly_then_stale(tmp_path: Path) -> None:
    lock_file = tmp_path / "plan.llmtco.lock"
    lock_file.write_bytes(b"")
    with pytest.raises(LockHeldError, match="unreadable"):
        ProjectLock(tmp_path / "plan.llmtco").acquire()
    old = time.time() - 60
    os.utime(lock_file, (old, old))
    with ProjectLock(tmp_path / "plan.llmtco") as lock:
        assert lock.held


def test_read_only_folder_falls_back_to_the_data_dir(
    tmp_path: Path, fresh_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "plan.llmtco"
    real_open = os.open

    def read_only_folder(path: object, flags: int, mode: int = 0o777) -> int:
        if Path(str(path)).parent == tmp_path and flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only_folder)
    with ProjectLock(project) as lock:
        assert lock.lock_path.parent == fresh_data_dir / "locks"
        with pytest.raises(LockHeldError):
            ProjectLock(project).acquire()
    assert not lock.lock_path.exists()


def test_release_keeps_a_lock_someone_took_over(tmp_path: Path) -> None:
    project = tmp_path / "plan.llmtco"
    first = ProjectLock(project)
    first.acquire()
    second = ProjectLock(project)
    second.take_over()
    assert first.refresh() is False  # first learns it lost the lock
    first.release()
    assert second.lock_path.exists()
    assert second.refresh() is True
    second.release()
    assert not second.lock_path.exists()


def test_refresh_moves_the_timestamp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with ProjectLock(tmp_path / "plan.llmtco") as lock:
        before = json.loads(lock.lock_path.read_text(encoding="utf-8"))["refreshed_at"]
        later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
        monkeypatch.setattr(lock_module, "_now", lambda: later)
        assert lock.refresh()
        after = json.loads(lock.lock_path.read_text(encoding="utf-8"))["refreshed_at"]
        assert dt.datetime.fromisoformat(after) > dt.datetime.fromisoformat(before)
