"""Corrupt, truncated, huge, deep or hostile files give ProjectFileError and nothing else."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llm_tco.engine.catalog import load_catalogs, read_catalog_document
from llm_tco.engine.errors import CatalogError
from llm_tco.engine.project_model import Project
from llm_tco.project import (
    MAX_PROJECT_FILE_BYTES,
    AutosaveStore,
    ProjectFileError,
    dumps,
    load,
    loads,
    save,
)

GOOD = dumps(Project())


def _document(project: dict[str, object]) -> bytes:
    envelope = json.loads(GOOD)
    envelope["project"] = project
    return json.dumps(envelope).encode()


def _refused(data: bytes, *, match: str) -> str:
    with pytest.raises(ProjectFileError, match=match) as caught:
        loads(data, source="hostile.llmtco")
    message = str(caught.value)
    assert "hostile.llmtco" in message
    return message


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.llmtco"
    path.write_bytes(b" " * 6_000_000)
    started = time.perf_counter()
    with pytest.raises(ProjectFileError, match="larger than the 5,000,000 byte limit") as caught:
        load(path)
    assert time.perf_counter() - started < 1.0
    assert str(path) in str(caught.value)


def test_oversized_bytes_are_refused() -> None:
    _refused(b" " * (MAX_PROJECT_FILE_BYTES + 1), match="byte limit")


@pytest.mark.parametrize("opener", ["[", '{"a":', '[{"b":'])
def test_deep_nesting_is_refused_without_recursion(opener: str) -> None:
    _refused((opener * 100_000).encode(), match="nested .* levels deep")


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    project = {"info": {"name": "[[[[{{{{" * 20, "description": '\\"]]]]' * 20}}
    assert loads(_document(project)).info.name.startswith("[[[[{{{{")


def test_every_truncation_of_a_real_file_is_refused(golden_dir: Path) -> None:
    data = (golden_dir / "project_v1.llmtco").read_bytes().rstrip()
    for end in range(len(data)):
        with pytest.raises(ProjectFileError):
            loads(data[:end], source="cut.llmtco")
    assert loads(data).info.name == "Contract extraction pipeline"


def test_truncation_is_reported_as_such(golden_dir: Path) -> None:
    data = (golden_dir / "project_v1.llmtco").read_bytes()
    _refused(data[: len(data) // 2], match="truncated")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2048))
def test_random_bytes_raise_only_project_file_error(data: bytes) -> None:
    with pytest.raises(ProjectFileError):  # random bytes never form a valid project
        loads(data)


@settings(max_examples=300, deadline=None)
@given(position=st.integers(0, len(GOOD) - 1), junk=st.binary(min_size=1, max_size=8))
def test_corrupted_real_files_raise_only_project_file_error(position: int, junk: bytes) -> None:
    try:
        project = loads(GOOD[:position] + junk + GOOD[position + len(junk) :])
    except ProjectFileError:
        return
    assert isinstance(project, Project)  # a harmless change (e.g. inside a string) may still load


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"\xff\xfe{\x00}\x00", "UTF-16"),
        (b'{"a": "\xc3\x28"}', r"not UTF-8 text \(invalid byte at offset 7\)"),
        (b'{"schema_version": 1, "schema_version": 1}', "'schema_version' appears twice"),
        (b'{"x": NaN}', "NaN"),
        (b'{"x": -Infinity}', "Infinity"),
        (b'{"x": 1e400}', "too large"),
        (b'{"x": ' + b"9" * 5000 + b"}", "5000 digits"),
        (b'{"x": 1\x00}', "NUL"),
        (b"[1, 2]", "top level is a JSON array"),
        (b'"text"', "top level is a JSON string"),
        (b'{"catalog": "models", "entries": []}', "not an LLM TCO Advisor project"),
        (b'{"format": "other", "schema_version": 1}', "'other' file, not a project"),
        (b"", "ends too early"),
    ],
)
def test_specific_messages(data: bytes, match: str) -> None:
    _refused(data, match=match)


@pytest.mark.parametrize(
    ("project", "field"),
    [
        ({"workload": {"requests_per_day": -10}}, "project.workload.requests_per_day"),
        ({"workload": {"input_tokens_per_request": 1e30}}, "input_tokens_per_request"),
        ({"workload": {"requests_per_day": "1000"}}, "requests_per_day: Input should be a valid"),
        ({"info": {"horizon_months": 24.5}}, "horizon_months"),
        ({"info": {"currency": "XYZ"}}, "currency"),
        ({"workload": {"daily_profile": [1, 2, 3]}}, "daily_profile"),
        ({"hardware": {"owned": [{"gpu_id": "l4", "count": 0}]}}, "owned.0.count"),
        (
            {
                "priorities": dict.fromkeys(("cost", "quality", "latency"), 0.0)
                | {"privacy": 0.0, "ops_simplicity": 0.0, "vendor_independence": 0.0}
            },
            "priorities",
        ),
        ({"workload": {"batch_tolerant": 1}}, "batch_tolerant"),
        ({"workload": {"cheese": 1}}, "workload.cheese: Extra inputs are not permitted"),
        ({"extra_section": {}}, "extra_section"),
        ({"info": []}, "project.info"),
    ],
)
def test_invalid_content_names_the_field(project: dict[str, object], field: str) -> None:
    message = _refused(_document(project), match="invalid content")
    assert field in message


def test_unknown_top_level_field_is_refused() -> None:
    envelope = json.loads(GOOD) | {"macro": "rm -rf /"}
    _refused(json.dumps(envelope).encode(), match="macro: Extra inputs are not permitted")


def test_bom_is_tolerated() -> None:
    assert loads(b"\xef\xbb\xbf" + GOOD) == Project()


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_unopenable_paths_give_project_file_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.llmtco"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(ProjectFileError, match=r"does not exist|folder"):
        load(path)


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 100_000,
        b'{"catalog": "models", "catalog": "gpus", "entries": []}',
        b'{"catalog": "models", "entries": [{"x": NaN}]}',
        b'{"catalog": "models", "entries": [\xff]}',
        b'{"catalog": "models", "entr',
    ],
)
def test_catalog_files_get_the_same_guards(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "models.json"
    path.write_bytes(content)
    with pytest.raises(CatalogError, match=r"models\.json"):
        read_catalog_document(path)


def test_invalid_override_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "broken.json").write_bytes(b"[" * 100_000)
    catalogs = load_catalogs(overrides_dir=overrides)
    assert any("broken.json" in str(w) and "nested" in str(w) for w in catalogs.warnings)
    assert catalogs.models  # the application still has its shipped catalogs


def test_saved_at_without_offset_is_refused() -> None:
    envelope = json.loads(GOOD) | {"saved_at": "2026-11-30T10:00:00"}
    _refused(json.dumps(envelope).encode(), match="saved_at")


def test_name_with_nul_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="name is invalid"):
        load(str(tmp_path / "a\x00b.llmtco"))
    with pytest.raises(ProjectFileError, match="name is invalid"):
        save(Project(), str(tmp_path / "a\x00b.llmtco"))


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), object(), "\udc80"])
def test_unstorable_override_values_are_refused_on_save_and_autosave(
    tmp_path: Path, fresh_data_dir: Path, bad: object
) -> None:
    project = Project(catalog_overrides={"models": [{"id": "x", "value": bad}]})
    with pytest.raises(ProjectFileError, match="Cannot save the project"):
        save(project, tmp_path / "x.llmtco")
    with pytest.raises(ProjectFileError, match="Cannot save the project"):
        AutosaveStore().write("untitled-1", project)
    assert not (tmp_path / "x.llmtco").exists()
