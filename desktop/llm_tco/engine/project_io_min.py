"""Read a ``*.llmtco`` project file for the CLI: the real loader if present, else a minimal one."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from llm_tco.engine.catalog import format_validation_error
from llm_tco.engine.errors import ProjectFileError
from llm_tco.engine.project_model import Project
from llm_tco.engine.safe_json import read_json_guarded

MAX_BYTES = 10_000_000


def load_project_file(path: Path | str) -> Project:
    """The Project in a ``*.llmtco`` file; raises ProjectFileError with a one-line message."""
    try:
        from llm_tco.project import load
    except ImportError:  # pragma: no cover - the project package ships with the engine
        return _load_minimal(Path(path))
    return load(path)


def _load_minimal(path: Path) -> Project:
    data = read_json_guarded(
        path, max_bytes=MAX_BYTES, what="project file", error_type=ProjectFileError
    )
    if not isinstance(data, dict) or not isinstance(data.get("project"), dict):
        raise ProjectFileError(f"{path}: not a project file (expected an object with 'project')")
    if data.get("schema_version") != 1:
        raise ProjectFileError(f"{path}: schema_version {data.get('schema_version')!r} unsupported")
    try:
        return Project.model_validate(data["project"])
    except ValidationError as exc:
        raise ProjectFileError(f"{path}: {format_validation_error(exc)}") from None
