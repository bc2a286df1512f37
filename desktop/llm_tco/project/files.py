"""Load and save ``*.llmtco`` files; only :class:`ProjectFileError` escapes."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from llm_tco.engine.atomic_io import atomic_write_bytes
from llm_tco.engine.errors import ProjectFileError
from llm_tco.engine.project_model import Project
from llm_tco.engine.safe_json import read_file_capped
from llm_tco.project.format import (
    MAX_PROJECT_FILE_BYTES,
    REMEDY_OPEN,
    WHAT,
    ProjectDocument,
    document_from_object,
    dumps,
    parse_bytes,
)
from llm_tco.project.migrations import SCHEMA_VERSION, detect_version

_READ_PROBLEMS = {
    errno.ENOENT: ("it does not exist", "Check the name, or remove it from the recent files."),
    errno.EACCES: ("permission denied", "Ask the owner for read access, or copy it elsewhere."),
    errno.EISDIR: ("it is a folder, not a file", "Choose a .llmtco file."),
}
_WRITE_PROBLEMS = {
    errno.ENOSPC: ("the disk is full", "Free some space or save to another drive."),
    errno.EDQUOT: ("the disk quota is used up", "Free some space or save to another drive."),
    errno.EACCES: ("permission denied", "Use Save As to choose a folder you can write to."),
    errno.EPERM: ("permission denied", "Use Save As to choose a folder you can write to."),
    errno.EROFS: ("the drive is read-only", "Use Save As to choose another drive."),
    errno.ENOENT: ("the folder does not exist", "Use Save As to choose an existing folder."),
    errno.EISDIR: ("a folder has that name", "Use Save As to choose another name."),
}


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``<name>.llmtco.bak``."""
    return path.with_name(path.name + ".bak")


def migration_backup_path(path: Path, version: int) -> Path:
    """Where the untouched original of a migrated file is kept: ``<name>.llmtco.v0.bak``."""
    return path.with_name(f"{path.name}.v{version}.bak")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PROJECT_FILE_BYTES:
            raise ProjectFileError(
                f"Cannot open {WHAT} {path}: it is {size:,} bytes, larger than the "
                f"{MAX_PROJECT_FILE_BYTES:,} byte limit for project files. {REMEDY_OPEN}"
            )
        return read_file_capped(path, max_bytes=MAX_PROJECT_FILE_BYTES)
    except OSError as exc:
        problem, remedy = _READ_PROBLEMS.get(exc.errno or 0, (exc.strerror or str(exc), ""))
        raise ProjectFileError(f"Cannot open {WHAT} {path}: {problem}. {remedy}".strip()) from None
    except ValueError:  # e.g. a NUL character in the name
        raise ProjectFileError(f"Cannot open {WHAT} {path!r}: the name is invalid.") from None


def _parse_file(path: Path) -> Any:
    return parse_bytes(_read_bytes(path), source=str(path))


def load_document(path: Path | str) -> ProjectDocument:
    """Read a ``*.llmtco`` file (migrating older formats) into the project and its metadata."""
    file = Path(path)
    return document_from_object(_parse_file(file), source=str(file), path=file)


def load(path: Path | str) -> Project:
    """Read a ``*.llmtco`` file into a :class:`Project`."""
    return load_document(path).project


def file_schema_version(path: Path) -> int | None:
    """Schema version of an existing file, or None when it is missing or unreadable."""
    try:
        return detect_version(_parse_file(path), source=str(path))
    except ProjectFileError:
        return None


def write_error(path: Path, exc: OSError) -> ProjectFileError:
    """A user-readable error for a failed write of ``path``."""
    problem, remedy = _WRITE_PROBLEMS.get(exc.errno or 0, (exc.strerror or str(exc), ""))
    parts = (f"Cannot save {WHAT} {path}: {problem}.", remedy, "Any previous version is unchanged.")
    return ProjectFileError(" ".join(part for part in parts if part))


def save(
    project: Project,
    path: Path | str,
    *,
    catalog_as_of: dict[str, str] | None = None,
    keep_backup: bool = True,
) -> None:
    """Write ``project`` to ``path`` atomically and durably, keeping the previous file as a backup.

    The previous file is kept as ``<name>.llmtco.bak``; when it was written in an older format,
    its original is also kept, once, as ``<name>.llmtco.v<N>.bak``.
    """
    file = Path(path)
    if "\x00" in str(file):
        raise ProjectFileError(f"Cannot save {WHAT} {file!r}: the name is invalid. Choose another.")
    data = dumps(project, catalog_as_of=catalog_as_of)
    backups = [backup_path(file)] if keep_backup else []
    old_version = file_schema_version(file) if file.is_file() else None
    if old_version is not None and old_version < SCHEMA_VERSION:
        original = migration_backup_path(file, old_version)
        if not original.exists():
            backups.append(original)
    try:
        atomic_write_bytes(file, data, backups=backups)
    except OSError as exc:
        raise write_error(file, exc) from None
