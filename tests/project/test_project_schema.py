"""The published JSON Schema is current and describes the file format."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from llm_tco.engine.project_model import Project
from llm_tco.project.schema import schema_text, shipped_schema_path

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_schema_is_current() -> None:
    shipped = shipped_schema_path().read_text(encoding="utf-8")
    assert shipped == schema_text(), "run python scripts/export_project_schema.py"


def test_export_script_check_mode_agrees() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "export_project_schema.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_schema_describes_the_envelope_and_every_project_field(golden_dir: Path) -> None:
    schema = json.loads(shipped_schema_path().read_text(encoding="utf-8"))
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {
        "format",
        "schema_version",
        "app_version",
        "saved_at",
        "project",
    }
    assert schema["properties"]["schema_version"]["const"] == 1
    project_props = schema["$defs"]["Project"]["properties"]
    assert set(project_props) == set(Project.model_fields)
    golden = json.loads((golden_dir / "project_v1.llmtco").read_text(encoding="utf-8"))
    assert set(golden) <= set(schema["properties"])
    for section, values in golden["project"].items():
        ref = project_props[section].get("$ref", "")
        if ref:
            allowed = schema["$defs"][ref.rsplit("/", 1)[-1]]["properties"]
            assert set(values) <= set(allowed), section
