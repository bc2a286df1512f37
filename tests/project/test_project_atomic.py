"""Saving is atomic and durable: the old file survives every failure, a backup is kept."""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

import pytest
from project_helpers import leftover_temps

from llm_tco.engine import atomic_io as atomic_module
from llm_tco.engine.project_model import Project
from llm_tco.project import ProjectFileError, backup_path, load, save


def _named(name: str) -> Project:
    return Project.model_validate({"info": {"name": name}})


def test_after_two_saves_the_backup_equals_the_first_content(tmp_path: Path) -> None:
    path = tmp_path / "plan.llmtco"
    save(_named("first"), path)
    first = path.read_bytes()
    assert not backup_path(path).exists()
    save(_named("second"), path)
    assert backup_path(path).name == "plan.llmtco.bak"
    assert backup_path(path).read_bytes() == first
    assert load(path).info.name == "second"
    assert leftover_temps(tmp_path) == []


def test_keep_backup_false_writes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "plan.llmtco"
    save(_named("first"), path)
    save(_named("second"), path, keep_backup=False)
    assert not backup_path(path).exists()


@pytest.mark.parametrize("fail_on", ["any", "target"])
def test_enospc_on_rename_keeps_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_on: str
) -> None:
    path = tmp_path / "plan.llmtco"
    save(_named("old"), path)
    old = path.read_bytes()
    real_replace = os.replace

    def full_disk(src: object, dst: object) -> None:
        if fail_on == "any" or Path(str(dst)) == path:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ProjectFileError) as caught:
        save(_named("new"), path)
    message = str(caught.value)
    assert str(path) in message
    assert "disk is full" in message
    assert "previous version is unchanged" in message
    assert path.read_bytes() == old
    assert leftover_temps(tmp_path) == []


def test_failure_while_writing_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.llmtco"
    save(_named("old"), path)

    def broken_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(ProjectFileError, match="I/O error"):
        save(_named("new"), path)
    assert load(path).info.name == "old"
    assert leftover_temps(tmp_path) == []


def test_interrupt_during_save_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.llmtco"

    def interrupted(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save(_named("new"), path)
    assert list(tmp_path.iterdir()) == []


def test_windows_sharing_violation_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.llmtco"
    real_replace = os.replace
    calls: list[str] = []

    def busy_twice(src: object, dst: object) -> None:
        calls.append(str(dst))
        if len(calls) <= 2:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic_module, "RETRY_SHARING_ERRORS", True)
    monkeypatch.setattr(atomic_module, "REPLACE_FIRST_DELAY_S", 0.001)
    monkeypatch.setattr(os, "replace", busy_twice)
    save(_named("saved"), path)
    assert len(calls) == 3
    assert load(path).info.name == "saved"


def test_windows_retry_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.llmtco"
    calls: list[str] = []

    def always_busy(src: object, dst: object) -> None:
        calls.append(str(dst))
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(atomic_module, "RETRY_SHARING_ERRORS", True)
    monkeypatch.setattr(atomic_module, "REPLACE_FIRST_DELAY_S", 0.001)
    monkeypatch.setattr(os, "replace", always_busy)
    with pytest.raises(ProjectFileError, match="permission denied"):
        save(_named("saved"), path)
    assert len(calls) == atomic_module.REPLACE_ATTEMPTS
    assert list(tmp_path.iterdir()) == []


def test_posix_permission_error_is_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def denied(src: object, dst: object) -> None:
        calls.append(str(dst))
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_module, "RETRY_SHARING_ERRORS", False)
    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(ProjectFileError, match="Save As"):
        save(_named("saved"), tmp_path / "plan.llmtco")
    assert len(calls) == 1


def test_directory_is_fsynced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(atomic_module, "fsync_directory", synced.append)
    save(_named("x"), tmp_path / "plan.llmtco")
    assert synced == [tmp_path]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_existing_permissions_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "plan.llmtco"
    save(_named("first"), path)
    path.chmod(0o640)
    save(_named("second"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_saving_through_a_symlink_updates_the_real_file(tmp_path: Path) -> None:
    real = tmp_path / "real.llmtco"
    link = tmp_path / "link.llmtco"
    save(_named("first"), real)
    link.symlink_to(real)
    save(_named("second"), link)
    assert link.is_symlink()
    assert load(real).info.name == "second"


def test_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="folder does not exist"):
        save(Project(), tmp_path / "nowhere" / "plan.llmtco")


def test_abandoned_temp_files_are_cleaned_by_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "plan [draft].llmtco"
    abandoned = tmp_path / ".plan [draft].llmtco.0123456789ab.tmp"
    abandoned_backup = tmp_path / ".plan [draft].llmtco.bak.0123456789ab.tmp"
    recent = tmp_path / ".plan [draft].llmtco.ba9876543210.tmp"
    other = tmp_path / ".other.llmtco.0123456789ab.tmp"
    for temp in (abandoned, abandoned_backup, recent, other):
        temp.write_bytes(b"partial")
    two_hours_ago = time.time() - 7200
    for temp in (abandoned, abandoned_backup, other):
        os.utime(temp, (two_hours_ago, two_hours_ago))
    save(_named("x"), path)
    assert leftover_temps(tmp_path) == sorted([recent.name, other.name])
