"""Load and save ``*.llmtco`` files; only :class:`ProjectFileError` escapes."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from llm_tco.engine.atomic_io import atomic_write_bytes
from llm_tco.engine.errors import ProjectFileError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, Number, Text, msg
from llm_tco.engine.project_model import Project
from llm_tco.engine.safe_json import read_file_capped
from llm_tco.project.format import (
    MAX_PROJECT_FILE_BYTES,
    REMEDY_OPEN_MESSAGE,
    ProjectDocument,
    document_from_object,
    dumps,
    parse_bytes,
)
from llm_tco.project.migrations import SCHEMA_VERSION, detect_version

_NO_REMEDY = Message("")
_FREE_SPACE = Message(QT_TRANSLATE_NOOP("EngineText", "Free some space or save to another drive."))
_WRITABLE_FOLDER = Message(
    QT_TRANSLATE_NOOP("EngineText", "Use Save As to choose a folder you can write to.")
)
_PERMISSION_DENIED = Message(QT_TRANSLATE_NOOP("EngineText", "permission denied"))
_READ_PROBLEMS = {
    errno.ENOENT: (
        Message(QT_TRANSLATE_NOOP("EngineText", "it does not exist")),
        Message(
            QT_TRANSLATE_NOOP("EngineText", "Check the name, or remove it from the recent files.")
        ),
    ),
    errno.EACCES: (
        _PERMISSION_DENIED,
        Message(
            QT_TRANSLATE_NOOP("EngineText", "Ask the owner for read access, or copy it elsewhere.")
        ),
    ),
    errno.EISDIR: (
        Message(QT_TRANSLATE_NOOP("EngineText", "it is a folder, not a file")),
        Message(QT_TRANSLATE_NOOP("EngineText", "Choose a .llmtco file.")),
    ),
}
_WRITE_PROBLEMS = {
    errno.ENOSPC: (Message(QT_TRANSLATE_NOOP("EngineText", "the disk is full")), _FREE_SPACE),
    errno.EDQUOT: (
        Message(QT_TRANSLATE_NOOP("EngineText", "the disk quota is used up")),
        _FREE_SPACE,
    ),
    errno.EACCES: (_PERMISSION_DENIED, _WRITABLE_FOLDER),
    errno.EPERM: (_PERMISSION_DENIED, _WRITABLE_FOLDER),
    errno.EROFS: (
        Message(QT_TRANSLATE_NOOP("EngineText", "the drive is read-only")),
        Message(QT_TRANSLATE_NOOP("EngineText", "Use Save As to choose another drive.")),
    ),
    errno.ENOENT: (
        Message(QT_TRANSLATE_NOOP("EngineText", "the folder does not exist")),
        Message(QT_TRANSLATE_NOOP("EngineText", "Use Save As to choose an existing folder.")),
    ),
    errno.EISDIR: (
        Message(QT_TRANSLATE_NOOP("EngineText", "a folder has that name")),
        Message(QT_TRANSLATE_NOOP("EngineText", "Use Save As to choose another name.")),
    ),
}


def _os_problem(
    table: dict[int, tuple[Message, Message]], exc: OSError
) -> tuple[Message | Text, Message]:
    found = table.get(exc.errno or 0)
    return found if found is not None else (Text(exc.strerror or str(exc)), _NO_REMEDY)


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
            template = QT_TRANSLATE_NOOP(
                "EngineText",
                "Cannot open project file {path}: it is {size} bytes, larger than the {limit} "
                "byte limit for project files. {remedy}",
            )
            size_n = Number(size, grouped=True)
            limit = Number(MAX_PROJECT_FILE_BYTES, grouped=True)
            raise ProjectFileError(
                msg(template, path=str(path), size=size_n, limit=limit, remedy=REMEDY_OPEN_MESSAGE)
            )
        return read_file_capped(path, max_bytes=MAX_PROJECT_FILE_BYTES)
    except OSError as exc:
        problem, remedy = _os_problem(_READ_PROBLEMS, exc)
        if remedy is _NO_REMEDY:
            template = QT_TRANSLATE_NOOP(
                "EngineText", "Cannot open project file {path}: {problem}."
            )
            raise ProjectFileError(msg(template, path=str(path), problem=problem)) from None
        template = QT_TRANSLATE_NOOP(
            "EngineText", "Cannot open project file {path}: {problem}. {remedy}"
        )
        raise ProjectFileError(
            msg(template, path=str(path), problem=problem, remedy=remedy)
        ) from None
    except ValueError:  # e.g. a NUL character in the name
        template = QT_TRANSLATE_NOOP(
            "EngineText", "Cannot open project file {path}: the name is invalid."
        )
        raise ProjectFileError(msg(template, path=repr(path))) from None


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
    problem, remedy = _os_problem(_WRITE_PROBLEMS, exc)
    if remedy is _NO_REMEDY:
        template = QT_TRANSLATE_NOOP(
            "EngineText",
            "Cannot save project file {path}: {problem}. Any previous version is unchanged.",
        )
        return ProjectFileError(msg(template, path=str(path), problem=problem))
    template = QT_TRANSLATE_NOOP(
        "EngineText",
        "Cannot save project file {path}: {problem}. {remedy} Any previous version is unchanged.",
    )
    return ProjectFileError(msg(template, path=str(path), problem=problem, remedy=remedy))


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
        template = QT_TRANSLATE_NOOP(
            "EngineText", "Cannot save project file {path}: the name is invalid. Choose another."
        )
        raise ProjectFileError(msg(template, path=repr(file)))
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
