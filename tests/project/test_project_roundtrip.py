"""Saving and loading give back exactly the project that was saved."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from project_strategies import projects

from llm_tco import __version__
from llm_tco.engine.project_model import OwnedGpus, Project
from llm_tco.project import (
    FILE_SUFFIX,
    SCHEMA_VERSION,
    ProjectFileError,
    dumps,
    load,
    load_document,
    loads,
    loads_document,
    save,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects())
def test_bytes_round_trip_is_exact(project: Project) -> None:
    assert loads(dumps(project)) == project


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(project=projects())
def test_file_round_trip_is_exact(project: Project, tmp_path: Path) -> None:
    path = tmp_path / f"generated{FILE_SUFFIX}"
    save(project, path)
    assert load(path) == project


def test_document_keeps_metadata(tmp_path: Path) -> None:
    path = tmp_path / "meta.llmtco"
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    save(Project(), path, catalog_as_of={"models": "2026-11-30", "gpus": "2026-10-01"})
    doc = load_document(path)
    assert doc.catalog_as_of == {"gpus": "2026-10-01", "models": "2026-11-30"}
    assert doc.app_version == __version__
    assert doc.schema_version == SCHEMA_VERSION
    assert doc.migrated_from is None
    assert doc.path == path
    assert before <= doc.saved_at <= dt.datetime.now(dt.UTC)


def test_file_is_readable_utf8_json_with_the_documented_keys(tmp_path: Path) -> None:
    project = Project.model_validate({"info": {"name": "成本分析 – Ünïcode"}})
    path = tmp_path / "plan.llmtco"
    save(project, path)
    raw = path.read_bytes()
    assert "成本分析".encode() in raw  # stored as UTF-8, not \u escapes
    document = json.loads(raw)
    assert list(document) == [
        "format",
        "schema_version",
        "app_version",
        "saved_at",
        "catalog_as_of",
        "project",
    ]
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["project"]["info"]["name"] == "成本分析 – Ünïcode"


def test_golden_v1_loads_with_its_values(golden_dir: Path) -> None:
    doc = load_document(golden_dir / "project_v1.llmtco")
    project = doc.project
    assert doc.migrated_from is None
    assert project.info.name == "Contract extraction pipeline"
    assert project.info.currency == "CNY"
    assert project.workload.requests_per_day == 150000.0
    assert project.workload.daily_profile is not None
    assert len(project.workload.daily_profile) == 24
    assert project.workload.ttft_target_ms is None
    assert project.hardware.owned[0] == OwnedGpus(gpu_id="h100-sxm", count=16)
    assert project.tuning.method == "lora"
    assert project.priorities.privacy == 10.0
    assert doc.catalog_as_of["gpu_offers"] == "2026-11-28"


def test_golden_v1_survives_a_save(golden_dir: Path, tmp_path: Path) -> None:
    original = load(golden_dir / "project_v1.llmtco")
    save(original, tmp_path / "again.llmtco")
    assert load(tmp_path / "again.llmtco") == original


def test_minimal_file_takes_defaults(golden_dir: Path) -> None:
    project = load(golden_dir / "project_v1_minimal.llmtco")
    assert project.info.name == "Defaults only"
    assert project.workload == Project().workload


def test_lone_surrogate_is_refused_on_save(tmp_path: Path) -> None:
    project = Project(catalog_overrides={"models": [{"id": "bad \ud800 text"}]})
    with pytest.raises(ProjectFileError, match="surrogate"):
        save(project, tmp_path / "x.llmtco")
    assert not (tmp_path / "x.llmtco").exists()


def test_unreadable_override_is_refused_on_save(tmp_path: Path) -> None:
    deep: object = 1
    for _ in range(40):
        deep = [deep]
    project = Project(catalog_overrides={"models": [{"id": "x", "nested": deep}]})
    with pytest.raises(ProjectFileError, match="could not be opened again"):
        save(project, tmp_path / "deep.llmtco")
    assert list(tmp_path.iterdir()) == []


def test_loads_document_names_its_source() -> None:
    with pytest.raises(ProjectFileError, match="clipboard"):
        loads_document(b"{", source="clipboard")


def _shipped_examples() -> list[Path]:
    from llm_tco import paths

    folder = paths.examples_dir()
    return sorted(folder.glob("*.llmtco")) if folder.is_dir() else []


@pytest.mark.parametrize("example", _shipped_examples(), ids=lambda p: p.name)
def test_shipped_examples_open_in_the_current_format(example: Path) -> None:
    doc = load_document(example)
    assert doc.migrated_from is None, "re-save shipped examples in the current format"
    assert doc.project.info.name
