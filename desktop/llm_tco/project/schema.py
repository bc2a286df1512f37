"""The published JSON Schema of ``*.llmtco`` files, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from llm_tco import paths
from llm_tco.project.format import ProjectFileModel

SCHEMA_ID = "https://github.com/llm-tco-advisor/llm-tco-advisor/schema/project.schema.json"
SCHEMA_FILE_NAME = "project.schema.json"


def project_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the current file format."""
    schema = ProjectFileModel.model_json_schema(mode="validation")
    header = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "description": (
            "A project of LLM TCO Advisor (*.llmtco). Older formats are migrated when opened; "
            "see docs/project_files.md."
        ),
    }
    return {**header, **schema}


def schema_text() -> str:
    """The schema as written to ``resources/schema/project.schema.json``."""
    return json.dumps(project_json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def shipped_schema_path() -> Path:
    """Where the shipped schema file lives."""
    return paths.resources_dir() / "schema" / SCHEMA_FILE_NAME
