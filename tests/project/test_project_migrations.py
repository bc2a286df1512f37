"""Every older format opens forever; newer formats are refused with a clear message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llm_tco.engine.catalog_schema import DataLocation
from llm_tco.project import (
    MIGRATIONS,
    SCHEMA_VERSION,
    ProjectFileError,
    load,
    load_document,
    loads,
    migration_backup_path,
    save,
)


def test_every_older_version_has_a_migration_and_a_golden_file(golden_dir: Path) -> None:
    assert set(MIGRATIONS) == set(range(SCHEMA_VERSION))
    for version in range(SCHEMA_VERSION + 1):
        assert (golden_dir / f"project_v{version}.llmtco").is_file(), version


def test_golden_v0_prototype_file_migrates_field_by_field(golden_dir: Path) -> None:
    doc = load_document(golden_dir / "project_v0.llmtco")
    p = doc.project
    assert doc.migrated_from == 0
    assert doc.schema_version == 0
    assert doc.app_version == "llm-cost-prototype 0.0.3"
    assert doc.saved_at.isoformat() == "2026-06-12T14:03:00+00:00"
    assert (p.info.name, p.info.currency, p.info.usd_exchange_rate) == (
        "Support chatbot (EU)",
        "EUR",
        0.92,
    )
    assert (p.info.horizon_months, p.info.region) == (36, "eu")
    assert p.use_case.use_case == "rag_assistant"
    assert (p.use_case.quality_floor, p.use_case.min_context_tokens) == (65, 16384)
    assert p.workload.requests_per_day == 20000
    assert (p.workload.input_tokens_per_request, p.workload.output_tokens_per_request) == (800, 300)
    assert p.workload.growth_per_month == pytest.approx(0.05)  # stored as 5 percent
    assert (p.workload.ttft_target_ms, p.workload.min_output_tokens_per_s_per_user) == (1500, 25)
    assert p.privacy.data_location is DataLocation.OWN_CLOUD_TENANCY
    owned = p.hardware.owned[0]
    assert (owned.gpu_id, owned.count, owned.already_paid) == ("a100-80gb-sxm", 8, False)
    assert (p.hardware.power_usd_per_kwh, p.hardware.pue) == (0.15, 1.3)
    assert (p.staff.fte_cost_usd_per_year, p.staff.ops_fte_self_hosted) == (180000, 0.75)
    assert (
        p.priorities.privacy,
        p.priorities.ops_simplicity,
        p.priorities.vendor_independence,
    ) == (
        7,
        4,
        2,
    )
    assert (p.scenario.monte_carlo_samples, p.scenario.seed) == (5000, 42)


def test_golden_v0_minimal_file_takes_defaults(golden_dir: Path) -> None:
    project = load(golden_dir / "project_v0_minimal.llmtco")
    assert project.info.name == "Quick check"
    assert project.workload.requests_per_day == 500
    assert project.hardware.pue == 1.4  # the version-1 default


def test_saving_a_migrated_file_keeps_the_original_once(golden_dir: Path, tmp_path: Path) -> None:
    original = (golden_dir / "project_v0.llmtco").read_bytes()
    path = tmp_path / "old.llmtco"
    path.write_bytes(original)
    project = load(path)
    save(project, path)
    kept = migration_backup_path(path, 0)
    assert kept.name == "old.llmtco.v0.bak"
    assert kept.read_bytes() == original
    assert load(path) == project
    save(project.model_copy(update={"info": project.info.model_copy(update={"name": "2"})}), path)
    assert kept.read_bytes() == original  # not overwritten by the second save
    assert json.loads(path.with_name("old.llmtco.bak").read_bytes())["schema_version"] == 1


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, 99])
def test_newer_version_is_refused_with_update_advice(tmp_path: Path, version: int) -> None:
    path = tmp_path / "future.llmtco"
    document = {"format": "llm-tco-project", "schema_version": version, "app_version": "9.1.0"}
    path.write_text(json.dumps({**document, "project": {"new_thing": {}}}), encoding="utf-8")
    with pytest.raises(ProjectFileError) as caught:
        load(path)
    message = str(caught.value)
    assert str(path) in message
    assert "newer version 9.1.0" in message
    assert f"file format {version}" in message
    assert "Update the app" in message


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        ({"data_policy": "cloud"}, "inputs.data_policy"),
        ({"usecase": 3}, "inputs.usecase"),
        ({"colour": "blue"}, "inputs.colour"),
        ({"monthly_growth_pct": "5%"}, "monthly_growth_pct"),
        ({"owned_gpus": [{"gpu": "l4", "n": 1, "rack": 2}]}, "owned_gpus"),
        ({"daily_requests": -5}, "workload.requests_per_day"),
    ],
)
def test_bad_v0_content_names_the_field(inputs: dict[str, object], expected: str) -> None:
    data = json.dumps({"version": 0, "saved": "2026-01-01 10:00", "inputs": inputs}).encode()
    with pytest.raises(ProjectFileError, match=expected.replace(".", r"\.")):
        loads(data, source="proto.llmtco")


def test_v0_without_saved_stamp_is_refused() -> None:
    with pytest.raises(ProjectFileError, match="saved"):
        loads(b'{"version": 0, "inputs": {}}')


@pytest.mark.parametrize("version", ["1", 1.0, True, -1, None])
def test_non_integer_schema_version_is_refused(version: object) -> None:
    data = json.dumps({"schema_version": version, "project": {}}).encode()
    with pytest.raises(ProjectFileError, match=r"schema_version|version"):
        loads(data)


def test_false_is_not_version_zero() -> None:
    with pytest.raises(ProjectFileError, match="not an LLM TCO Advisor project"):
        loads(b'{"version": false, "saved": "2026-01-01 10:00", "inputs": {}}')


def test_a_migration_that_does_not_advance_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(MIGRATIONS, 0, lambda doc: doc | {"schema_version": 0})
    with pytest.raises(ProjectFileError, match="upgrade from format 0 failed"):
        loads(b'{"version": 0, "saved": "2026-01-01 10:00", "inputs": {}}')
