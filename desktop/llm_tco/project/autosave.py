"""Autosave to the user data folder, and recovery of what a crashed session left behind.

Each modified document has one autosave file per session,
``<digest of key>-<session>.llmtco-autosave`` in :func:`llm_tco.paths.autosave_dir`
(``$LLM_TCO_DATA_DIR/autosave`` in tests), written atomically. It wraps an ordinary project
document with who wrote it and for which file. A clean save or close discards it; whatever is left
from a session whose process has ended is offered for recovery.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llm_tco import paths
from llm_tco.engine.atomic_io import atomic_write_bytes
from llm_tco.engine.errors import ProjectFileError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, msg
from llm_tco.engine.project_model import Project
from llm_tco.engine.safe_json import read_json_guarded
from llm_tco.project import _host
from llm_tco.project.files import write_error
from llm_tco.project.format import (
    MAX_DEPTH,
    MAX_PROJECT_FILE_BYTES,
    ProjectDocument,
    document_from_object,
    document_object,
    encode_json,
)

AUTOSAVE_SUFFIX = ".llmtco-autosave"
AUTOSAVE_FORMAT = "llm-tco-autosave"
AUTOSAVE_INTERVAL_S = 120.0
STALE_TEMP_AGE_S = 3600.0
_untitled_counter = itertools.count(1)


@dataclass(frozen=True)
class RecoverableAutosave:
    """An autosave left by a session that ended without saving or closing its document."""

    path: Path
    key: str
    original_path: Path | None
    written_at: dt.datetime
    title: str
    pid: int
    hostname: str


_DISCARD = Message(QT_TRANSLATE_NOOP("EngineText", "Discard it."))


def new_untitled_key() -> str:
    """A document key for a project not yet saved: ``untitled-N`` (unique in this session)."""
    return f"untitled-{next(_untitled_counter)}"


def key_for_path(path: Path | str) -> str:
    """The document key of a project file: its absolute path."""
    return str(Path(path).resolve())


def _parse_time(raw: Any) -> dt.datetime:
    if not isinstance(raw, str):
        raise ValueError("written_at missing")
    return dt.datetime.fromisoformat(raw)


class AutosaveStore:
    """Autosave files of this session, and recovery of other sessions' leftovers."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else paths.autosave_dir()

    def path_for(self, key: str) -> Path:
        """The autosave file of ``key`` in this session."""
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
        return self.directory / f"{digest}-{_host.SESSION_ID}{AUTOSAVE_SUFFIX}"

    def write(
        self,
        key: str,
        project: Project,
        *,
        original_path: Path | None = None,
        catalog_as_of: dict[str, str] | None = None,
    ) -> Path:
        """Autosave ``project`` for document ``key`` atomically; returns the autosave file."""
        target = self.path_for(key)
        wrapper = {
            "format": AUTOSAVE_FORMAT,
            "key": key,
            "original_path": str(original_path) if original_path is not None else None,
            "pid": os.getpid(),
            "hostname": _host.hostname(),
            "user": _host.username(),
            "session": _host.SESSION_ID,
            "written_at": dt.datetime.now(dt.UTC).isoformat(),
            "document": document_object(project, catalog_as_of=catalog_as_of),
        }
        data = encode_json(wrapper)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
        except OSError as exc:
            raise write_error(target, exc) from None
        return target

    def discard(self, key: str) -> None:
        """Remove this session's autosave of ``key`` (after a clean save or close)."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(key).unlink()

    def _read(self, path: Path) -> dict[str, Any]:
        raw = read_json_guarded(
            path,
            max_bytes=MAX_PROJECT_FILE_BYTES + 65_536,
            what=Message(QT_TRANSLATE_NOOP("EngineText", "autosave file")),
            remedy=_DISCARD,
            error_type=ProjectFileError,
            max_depth=MAX_DEPTH + 1,
        )
        if not isinstance(raw, dict) or raw.get("format") != AUTOSAVE_FORMAT:
            template = QT_TRANSLATE_NOOP(
                "EngineText", "Cannot read autosave file {path}: wrong format. {remedy}"
            )
            raise ProjectFileError(msg(template, path=str(path), remedy=_DISCARD))
        return raw

    def _entry(self, path: Path) -> RecoverableAutosave | None:
        try:
            raw = self._read(path)
            pid, host = int(raw["pid"]), str(raw["hostname"])
            if not _host.owner_gone(pid=pid, host=host, session=str(raw["session"])):
                return None
            original = raw.get("original_path")
            project = raw.get("document", {}).get("project", {})
            title = project.get("info", {}).get("name", "") if isinstance(project, dict) else ""
            return RecoverableAutosave(
                path=path,
                key=str(raw["key"]),
                original_path=Path(original) if isinstance(original, str) else None,
                written_at=_parse_time(raw.get("written_at")),
                title=str(title)[:200],
                pid=pid,
                hostname=host,
            )
        except (ProjectFileError, KeyError, TypeError, ValueError, AttributeError):
            return None

    def list_recoverable(self) -> list[RecoverableAutosave]:
        """Autosaves left by sessions that have ended (crashed), newest first."""
        if not self.directory.is_dir():
            return []
        self._remove_stale_temps()
        found = (self._entry(p) for p in sorted(self.directory.glob(f"*{AUTOSAVE_SUFFIX}")))
        entries = [entry for entry in found if entry is not None]
        return sorted(entries, key=lambda e: e.written_at, reverse=True)

    def recover(self, entry: RecoverableAutosave) -> ProjectDocument:
        """Load the project of an autosave (the caller then treats it as modified)."""
        raw = self._read(entry.path)
        source = f"{entry.path} (autosave)"
        return document_from_object(raw.get("document"), source=source, path=entry.original_path)

    def remove(self, entry: RecoverableAutosave) -> None:
        """Delete an autosave once recovered or declined."""
        with contextlib.suppress(FileNotFoundError):
            entry.path.unlink()

    def _remove_stale_temps(self) -> None:
        """Temp files of autosaves interrupted by a crash (older than an hour)."""
        cutoff = time.time() - STALE_TEMP_AGE_S
        for temp in self.directory.glob(f".*{AUTOSAVE_SUFFIX}.*.tmp"):
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < cutoff:
                    temp.unlink()
