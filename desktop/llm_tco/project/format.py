"""The ``*.llmtco`` document: a versioned UTF-8 JSON envelope around a :class:`Project`.

Pure data: a file is parsed with the guarded JSON reader and validated by pydantic in strict mode;
nothing in it is ever executed. Only :class:`ProjectFileError` escapes from this module.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from llm_tco import __version__
from llm_tco.engine.errors import ProjectFileError
from llm_tco.engine.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    msg,
    validation_problems,
)
from llm_tco.engine.project_model import Project
from llm_tco.engine.safe_json import parse_json_guarded
from llm_tco.project.migrations import FORMAT_ID, SCHEMA_VERSION, detect_version, migrate

FILE_SUFFIX = ".llmtco"
MAX_PROJECT_FILE_BYTES = 5_000_000
MAX_DEPTH = 32
WHAT = "project file"
PROJECT_FILE = Message(QT_TRANSLATE_NOOP("EngineText", "project file"))
"""``WHAT`` as a translatable message."""
REMEDY_OPEN_MESSAGE = msg(
    QT_TRANSLATE_NOOP(
        "EngineText",
        "Open another file, or restore the previous version from the backup next to it "
        "(same name ending in {suffix}).",
    ),
    suffix=f"{FILE_SUFFIX}.bak",
)
REMEDY_OPEN = str(REMEDY_OPEN_MESSAGE)
MORE_PROBLEMS = QT_TRANSLATE_NOOP("EngineText", "and {count} more problem(s)")


class ProjectFileModel(BaseModel):
    """Schema of a current-version ``*.llmtco`` file (the published JSON Schema is made from it)."""

    model_config = ConfigDict(extra="forbid", title="LLM TCO Advisor project file")

    format: Literal["llm-tco-project"] = Field(description="identifies the file kind")
    schema_version: Literal[1] = Field(description="version of this file format")
    app_version: str = Field(max_length=64, description="version of the app that saved the file")
    saved_at: AwareDatetime = Field(description="when the file was saved (ISO 8601, with offset)")
    catalog_as_of: dict[str, dt.date] = Field(
        default_factory=dict,
        max_length=64,
        description="newest as_of date of each catalog the project was last evaluated with",
    )
    project: Project


@dataclass(frozen=True)
class ProjectDocument:
    """A loaded file: the project plus its metadata."""

    project: Project
    app_version: str
    saved_at: dt.datetime
    catalog_as_of: dict[str, str] = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION
    migrated_from: int | None = None
    path: Path | None = None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def document_object(
    project: Project,
    *,
    catalog_as_of: dict[str, str] | None = None,
    saved_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """The JSON-ready object of a current-version file (not yet encoded)."""
    _reject_non_finite(project.catalog_overrides)
    try:
        content = project.model_dump(mode="json")
    except ValueError as exc:  # pydantic cannot serialise a value put into the overrides
        template = QT_TRANSLATE_NOOP(
            "EngineText",
            "Cannot save the project: it holds a value JSON cannot store ({detail}). "
            "Check the catalog overrides for non-JSON values.",
        )
        raise ProjectFileError(msg(template, detail=str(exc))) from None
    return {
        "format": FORMAT_ID,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "saved_at": (saved_at or _now()).isoformat(),
        "catalog_as_of": dict(sorted((catalog_as_of or {}).items())),
        "project": content,
    }


def dumps(
    project: Project,
    *,
    catalog_as_of: dict[str, str] | None = None,
    saved_at: dt.datetime | None = None,
) -> bytes:
    """Encode a project as the bytes of a ``*.llmtco`` file (UTF-8 JSON, 2-space indent)."""
    obj = document_object(project, catalog_as_of=catalog_as_of, saved_at=saved_at)
    data = encode_json(obj, indent=2)
    _check_readable(data)
    return data


def _reject_non_finite(value: object) -> None:
    """Pydantic would silently write NaN and infinity as null; refuse them instead."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            template = QT_TRANSLATE_NOOP(
                "EngineText",
                "Cannot save the project: a catalog override holds {value}, which JSON cannot "
                "store. Replace it with a number or remove it.",
            )
            raise ProjectFileError(msg(template, value=str(item)))
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)


def encode_json(obj: Any, *, indent: int | None = None) -> bytes:
    """UTF-8 JSON of ``obj``; ProjectFileError for NaN, infinity, non-JSON values, surrogates."""
    try:
        text = json.dumps(obj, indent=indent, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        template = QT_TRANSLATE_NOOP(
            "EngineText",
            "Cannot save the project: it holds a value JSON cannot store ({detail}). "
            "Check the catalog overrides for NaN, infinity or non-JSON values.",
        )
        raise ProjectFileError(msg(template, detail=str(exc))) from None
    try:
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:
        template = QT_TRANSLATE_NOOP(
            "EngineText",
            "Cannot save the project: a text field holds a character UTF-8 cannot store "
            "(a lone surrogate). Retype the text that was pasted last.",
        )
        raise ProjectFileError(msg(template)) from None


def _check_readable(data: bytes) -> None:
    """Refuse to write what :func:`loads` would refuse (too large, too deep, huge integers)."""
    try:
        loads_document(data, source="(the file being saved)")
    except ProjectFileError as exc:
        template = QT_TRANSLATE_NOOP(
            "EngineText",
            "Cannot save the project: it could not be opened again ({detail}). "
            "Remove large or deeply nested catalog overrides; nothing was written.",
        )
        detail = exc.message if exc.message is not None else str(exc)
        raise ProjectFileError(msg(template, detail=detail)) from None


def format_errors(error: ValidationError, *, limit: int = 3) -> str:
    """One readable clause per problem: ``project.workload.requests_per_day: message``."""
    return str(validation_message(error, limit=limit))


def validation_message(error: ValidationError, *, limit: int = 3) -> Message:
    """:func:`format_errors` as a message (field paths kept, pydantic's sentences translated)."""
    return validation_problems(error.errors(), limit=limit, more=MORE_PROBLEMS)


def document_from_object(obj: Any, *, source: str, path: Path | None = None) -> ProjectDocument:
    """Migrate and validate a parsed JSON value; raises ProjectFileError naming ``source``."""
    version = detect_version(obj, source=source)
    current = migrate(obj, version=version, source=source)
    try:
        text = json.dumps(current, allow_nan=False)
        model = ProjectFileModel.model_validate_json(text, strict=True)
    except (TypeError, ValueError) as exc:
        detail = validation_message(exc) if isinstance(exc, ValidationError) else str(exc)
        template = QT_TRANSLATE_NOOP(
            "EngineText",
            "Cannot open project file {source}: it has invalid content ({detail}). "
            "Correct the named field in a text editor, or restore the backup ({backup}) next to "
            "the file.",
        )
        raise ProjectFileError(
            msg(template, source=source, detail=detail, backup=f"{FILE_SUFFIX}.bak")
        ) from None
    return ProjectDocument(
        project=model.project,
        app_version=model.app_version,
        saved_at=model.saved_at,
        catalog_as_of={k: v.isoformat() for k, v in model.catalog_as_of.items()},
        schema_version=version,
        migrated_from=version if version != SCHEMA_VERSION else None,
        path=path,
    )


def parse_bytes(data: bytes, *, source: str) -> Any:
    """Parse file bytes with every guard (size, UTF-8, depth, duplicates, NaN)."""
    return parse_json_guarded(
        data,
        source=source,
        max_bytes=MAX_PROJECT_FILE_BYTES,
        what=PROJECT_FILE,
        remedy=REMEDY_OPEN_MESSAGE,
        error_type=ProjectFileError,
        max_depth=MAX_DEPTH,
    )


def loads_document(data: bytes, *, source: str = "(in memory)") -> ProjectDocument:
    """Decode the bytes of a ``*.llmtco`` file into a project and its metadata."""
    return document_from_object(parse_bytes(data, source=source), source=source)


def loads(data: bytes, *, source: str = "(in memory)") -> Project:
    """Decode the bytes of a ``*.llmtco`` file into a project."""
    return loads_document(data, source=source).project
