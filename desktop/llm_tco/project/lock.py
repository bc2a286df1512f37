"""Lock files that warn a second instance opening the same project.

``plan.llmtco`` is locked by ``plan.llmtco.lock`` next to it (or, when that folder is read-only,
by a file in the user data folder), holding who holds it: pid, host, user, session and times.
A lock is stale, and silently reclaimed, when its process has ended on this machine or when it was
not refreshed for ``stale_after_s`` seconds (call :meth:`ProjectLock.refresh` from a timer).
Locks are advisory: they tell people apart, they do not stop a determined user.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
from pathlib import Path
from types import TracebackType

from pydantic import BaseModel, ConfigDict, ValidationError

from llm_tco import __version__, paths
from llm_tco.engine.errors import ProjectFileError, TcoError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, msg
from llm_tco.engine.safe_json import read_json_guarded
from llm_tco.project import _host

DEFAULT_STALE_AFTER_S = 8 * 3600.0
REFRESH_EVERY_S = 600.0
# an unreadable lock younger than this may be one being written right now
UNREADABLE_GRACE_S = 10.0
MAX_LOCK_BYTES = 16_384
_FALLBACK_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


class LockInfo(BaseModel):
    """Who holds a lock; shown to the user of the second instance."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    pid: int
    hostname: str
    user: str
    session: str
    created_at: dt.datetime
    refreshed_at: dt.datetime
    app_version: str = ""

    def describe(self) -> str:
        """``alice on host-1 (process 1234) since 2026-11-30 10:00 UTC``."""
        return str(self.description())

    def description(self) -> Message:
        """:meth:`describe` as a translatable message."""
        since = self.created_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        template = QT_TRANSLATE_NOOP("EngineText", "{user} on {host} (process {pid}) since {since}")
        return msg(template, user=self.user, host=self.hostname, pid=str(self.pid), since=since)


class LockHeldError(ProjectFileError):
    """Another live instance holds the lock; ``info`` says who (None when it is unreadable)."""

    def __init__(self, message: str | Message, *, info: LockInfo | None, lock_path: Path) -> None:
        super().__init__(message)
        self.info = info
        self.lock_path = lock_path


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def fallback_lock_path(project_path: Path, data_dir: Path | None = None) -> Path:
    """Lock path in the user data folder, for projects in read-only folders."""
    digest = hashlib.sha256(str(project_path.resolve()).encode("utf-8")).hexdigest()[:32]
    return (data_dir or paths.user_data_dir()) / "locks" / f"{digest}.lock"


def read_lock(lock_path: Path) -> LockInfo | None:
    """The holder recorded in a lock file, or None when it is missing or unreadable."""
    try:
        lock_file = Message(QT_TRANSLATE_NOOP("EngineText", "lock file"))
        raw = read_json_guarded(lock_path, max_bytes=MAX_LOCK_BYTES, what=lock_file)
        return LockInfo.model_validate(raw)
    except (TcoError, ValidationError):
        return None


class ProjectLock:
    """An advisory lock on one project file; use as a context manager or acquire/release."""

    def __init__(
        self,
        project_path: Path | str,
        *,
        stale_after_s: float = DEFAULT_STALE_AFTER_S,
        data_dir: Path | None = None,
    ) -> None:
        self.project_path = Path(project_path)
        self.stale_after_s = stale_after_s
        self._candidates = (
            self.project_path.with_name(self.project_path.name + ".lock"),
            fallback_lock_path(self.project_path, data_dir),
        )
        self._info: LockInfo | None = None
        self._held_at: Path | None = None

    @property
    def lock_path(self) -> Path:
        """Where the lock is (or would be) written."""
        return self._held_at or self._candidates[0]

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._held_at is not None

    def is_stale(self, info: LockInfo | None, lock_path: Path) -> bool:
        """Whether a lock may be reclaimed: owner ended here, or not refreshed for too long."""
        if info is None:
            try:
                age = _now().timestamp() - lock_path.stat().st_mtime
            except OSError:
                return True
            return age > UNREADABLE_GRACE_S
        if _host.owner_gone(pid=info.pid, host=info.hostname, session=info.session):
            return True
        return (_now() - info.refreshed_at).total_seconds() > self.stale_after_s

    def holder(self) -> LockInfo | None:
        """Info of a live lock held by someone else (another process or another object)."""
        for path in self._candidates:
            if path == self._held_at or not path.exists():
                continue
            info = read_lock(path)
            if not self.is_stale(info, path):
                return info
        return None

    def _new_info(self) -> LockInfo:
        now = _now()
        return LockInfo(
            pid=os.getpid(),
            hostname=_host.hostname(),
            user=_host.username(),
            session=_host.SESSION_ID,
            created_at=now,
            refreshed_at=now,
            app_version=__version__,
        )

    def _write(self, path: Path, info: LockInfo, *, exclusive: bool) -> None:
        flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
        flags |= os.O_EXCL if exclusive else os.O_TRUNC
        fd = os.open(path, flags, 0o644)
        try:
            os.write(fd, json.dumps(info.model_dump(mode="json")).encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)

    def _try_at(self, path: Path, info: LockInfo) -> bool:
        """Create the lock at ``path``; reclaims a stale one. False when a live one is there."""
        for _ in range(3):
            try:
                self._write(path, info, exclusive=True)
            except FileExistsError:
                existing = read_lock(path)
                if not self.is_stale(existing, path):
                    return False
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                continue
            return read_lock(path) == info  # lost a race with another reclaimer otherwise
        return False

    def _held_error(self, path: Path) -> LockHeldError:
        info = read_lock(path)
        unreadable = QT_TRANSLATE_NOOP(
            "EngineText", "another program (the lock file is unreadable)"
        )
        who = info.description() if info else Message(unreadable)
        template = QT_TRANSLATE_NOOP(
            "EngineText",
            "{project} is already open: {who}. Open it read-only, or close it there first (if "
            "that program has crashed, delete {lock}).",
        )
        return LockHeldError(
            msg(template, project=str(self.project_path), who=who, lock=str(path)),
            info=info,
            lock_path=path,
        )

    def acquire(self) -> None:
        """Take the lock; raises LockHeldError naming the holder when a live lock exists."""
        if self.held:
            return
        for path in self._candidates:
            if path.exists() and not self.is_stale(read_lock(path), path):
                raise self._held_error(path)
        info = self._new_info()
        for index, path in enumerate(self._candidates):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if not self._try_at(path, info):
                    raise self._held_error(path)
            except OSError as exc:
                if exc.errno in _FALLBACK_ERRNOS and index == 0:
                    continue
                template = QT_TRANSLATE_NOOP(
                    "EngineText",
                    "Cannot create the lock file {path}: {problem}. Check that the folder is "
                    "writable; the project can still be opened read-only.",
                )
                problem = exc.strerror or str(exc)
                raise ProjectFileError(msg(template, path=str(path), problem=problem)) from None
            self._info, self._held_at = info, path
            return

    def take_over(self) -> None:
        """Remove a lock held elsewhere and take it (the user chose to edit anyway)."""
        for path in self._candidates:
            if path != self._held_at:
                with contextlib.suppress(OSError):
                    path.unlink()
        self.acquire()

    def refresh(self) -> bool:
        """Rewrite the held lock with the current time; False when another one took it over."""
        if self._held_at is None or self._info is None:
            return False
        if read_lock(self._held_at) != self._info:
            self._held_at = self._info = None
            return False
        self._info = self._info.model_copy(update={"refreshed_at": _now()})
        with contextlib.suppress(OSError):
            self._write(self._held_at, self._info, exclusive=False)
        return True

    def release(self) -> None:
        """Remove the lock if it is still ours (someone may have reclaimed it meanwhile)."""
        path, info = self._held_at, self._info
        self._held_at = self._info = None
        if path is not None and info is not None and read_lock(path) == info:
            with contextlib.suppress(OSError):
                path.unlink()

    def __enter__(self) -> ProjectLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
