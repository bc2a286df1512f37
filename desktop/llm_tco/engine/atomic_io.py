"""Atomic, durable file replacement: the target always holds either the old or the new bytes.

Steps: write a temp file in the target's folder, flush and fsync it, copy the current target into
each backup path (each backup itself written atomically), ``os.replace`` the temp file over the
target (retried a few times on Windows sharing violations, which antivirus and sync tools cause),
then fsync the folder on POSIX so the rename itself survives a power cut. On any failure the temp
files are removed and the target is untouched. Raises ``OSError``; callers turn it into a message.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import stat
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPLACE_ATTEMPTS = 6
STALE_TEMP_AGE_S = 3600.0
REPLACE_FIRST_DELAY_S = 0.05
# Windows reports a file held open by another process (antivirus, OneDrive) as PermissionError;
# POSIX uses it for real permission problems, which a retry would not fix.
RETRY_SHARING_ERRORS = sys.platform == "win32"
_BINARY = getattr(os, "O_BINARY", 0)


def _open_temp(directory: Path, name: str) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY
    while True:
        temp = directory / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:  # pragma: no cover - 48 random bits collided
            continue


def _write_temp(directory: Path, name: str, fill: Callable[[int], None]) -> Path:
    """Create a temp file, let ``fill`` write into its descriptor, fsync it; returns its path."""
    fd, temp = _open_temp(directory, name)
    try:
        try:
            fill(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def _fill_bytes(data: bytes) -> Callable[[int], None]:
    def fill(fd: int) -> None:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]

    return fill


def _fill_copy(source: Path) -> Callable[[int], None]:
    def fill(fd: int) -> None:
        with source.open("rb") as src, open(fd, "wb", closefd=False) as dst:
            shutil.copyfileobj(src, dst)

    return fill


def replace_with_retry(source: Path, target: Path) -> None:
    """``os.replace`` with a bounded retry on Windows sharing violations (about 1.5 s in all)."""
    delay = REPLACE_FIRST_DELAY_S
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if not RETRY_SHARING_ERRORS or attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(delay)
            delay *= 2


def fsync_directory(directory: Path) -> None:
    """Best-effort fsync of a folder so a rename inside it is durable (POSIX only)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems (network, FUSE) refuse; the data itself is already synced
    finally:
        os.close(fd)


def _copy_mode(reference: Path, temp: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(temp, stat.S_IMODE(reference.stat().st_mode))


def _install(temp: Path, target: Path) -> None:
    try:
        replace_with_retry(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def atomic_write_bytes(path: Path, data: bytes, *, backups: Sequence[Path] = ()) -> None:
    """Replace ``path`` with ``data`` atomically; first copy the current file to each backup."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    directory = target.parent
    temp = _write_temp(directory, target.name, _fill_bytes(data))
    try:
        existing = target.is_file()
        if existing:
            _copy_mode(target, temp)
            for backup in backups:
                copy = _write_temp(backup.parent, backup.name, _fill_copy(target))
                _install(copy, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _install(temp, target)
    fsync_directory(directory)
    remove_stale_temps(directory, target.name)


def remove_stale_temps(
    directory: Path, name: str, *, older_than_s: float = STALE_TEMP_AGE_S
) -> int:
    """Delete temp files of ``name`` left by a killed process (old enough to be abandoned)."""
    cutoff = time.time() - older_than_s
    removed = 0
    for temp in directory.glob(f".{glob.escape(name)}.*.tmp"):  # also the backups' temps
        with contextlib.suppress(OSError):
            if temp.stat().st_mtime < cutoff:
                temp.unlink()
                removed += 1
    return removed
