"""``llm-tco catalog ...`` end to end (in-process, private user data directory)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from llm_tco.cli import main
from llm_tco.engine.catalog import CATALOG_NAMES, load_catalog_file, load_catalogs
from llm_tco.engine.import_gpu_offers import REQUIRED_COLUMNS
from llm_tco.engine.overrides import OverrideStore

TABLE = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "litellm_model_prices_1.110.2.json"
)
needs_table = pytest.mark.skipif(not TABLE.exists(), reason=f"{TABLE} not present")


@pytest.fixture
def store(fresh_data_dir: Path) -> OverrideStore:
    return OverrideStore()


def _json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


def test_list_search_and_json(store, capsys) -> None:
    assert main(["catalog", "list", "api_offers", "--search", "gpt-4o", "--json"]) == 0
    data = _json(capsys)
    ids = {e["id"] for e in data}
    assert "openai-gpt-4o" in ids
    assert all("gpt-4o" in e["id"] or "gpt-4o" in e["model_id"] for e in data)
    assert not any(e["overridden"] for e in data)
    assert main(["catalog", "list", "gpus"]) == 0
    out = capsys.readouterr().out
    assert "h100-sxm" in out
    assert "as of" in out


def test_show_and_unknown(store, capsys) -> None:
    assert main(["catalog", "show", "h100-sxm"]) == 0
    data = _json(capsys)
    assert data["catalog"] == "gpus"
    assert data["entry"]["memory_gb"] == load_catalogs().gpus["h100-sxm"].memory_gb
    assert main(["catalog", "show", "no-such-thing"]) == 2
    assert "no entry with id" in capsys.readouterr().err


@needs_table
def test_import_litellm_dry_run_then_apply_then_reset(store, capsys) -> None:
    args = ["catalog", "import-litellm", str(TABLE), "--as-of", "2026-11-30", "--json"]
    assert main([*args, "--dry-run"]) == 0
    dry = _json(capsys)
    assert dry["dry_run"] is True
    assert dry["read"] == len(json.loads(TABLE.read_text(encoding="utf-8")))
    assert dry["imported"] == len(dry["added"]) + len(dry["changed"])
    assert dry["skipped"]["sample_spec"] == 1
    assert not store.path("api_offers").exists()
    assert main(args) == 0
    applied = _json(capsys)
    assert applied["imported"] == dry["imported"]
    merged = load_catalogs()
    assert set(dry["added"]) <= set(merged.api_offers)
    assert set(dry["added"]) <= merged.overridden["api_offers"]
    some = dry["added"][0]
    assert main(["catalog", "reset", some]) == 0
    assert some not in load_catalogs().api_offers
    assert main(["catalog", "reset", "--all"]) == 0
    assert not store.path("api_offers").exists()


@needs_table
def test_import_litellm_text_output(store, capsys) -> None:
    assert main(["catalog", "import-litellm", str(TABLE), "--dry-run"]) == 0
    out = capsys.readouterr().out
    for words in ("read 4", "matched to catalog models", "would import", "zero_priced", "not_chat"):
        assert words in out


def test_malformed_litellm_exits_2_and_writes_nothing(store, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "prices.json"
    bad.write_text('{"gpt-4o": {"mode": "chat", ', encoding="utf-8")
    assert main(["catalog", "import-litellm", str(bad)]) == 2
    assert "truncated" in capsys.readouterr().err
    assert not store.path("api_offers").exists()


def test_import_gpu_offers_csv(store, tmp_path: Path, capsys) -> None:
    base = next(iter(load_catalogs().gpu_offers.values()))
    path = tmp_path / "offers.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(REQUIRED_COLUMNS)
        writer.writerow(["Internal", "rack-1", base.gpu_id, base.gpu_count, base.usd_per_hour,
                         "on_demand", "global", base.as_of.isoformat()])  # fmt: skip
    assert main(["catalog", "import-gpu-offers", str(path), "--dry-run"]) == 2
    assert "line 2: no source URL" in capsys.readouterr().err
    source = ["--source", str(base.source)]
    assert main(["catalog", "import-gpu-offers", str(path), *source, "--json"]) == 0
    data = _json(capsys)
    assert data["added"] == ["internal-rack-1-global-on_demand"]
    assert load_catalogs().gpu_offers[data["added"][0]].usd_per_hour == base.usd_per_hour


def test_export_round_trip(store, tmp_path: Path, capsys) -> None:
    target = tmp_path / "export"
    assert main(["catalog", "export", str(target)]) == 0
    assert "wrote" in capsys.readouterr().out
    merged = load_catalogs()
    for name in CATALOG_NAMES:
        loaded_name, entries = load_catalog_file(target / f"{name}.json")
        assert loaded_name == name
        assert entries == dict(merged.table(name))
        schema = json.loads((target / "schema" / f"{name}.schema.json").read_text("utf-8"))
        assert "id" in schema["properties"]
        assert "source" in schema["required"]
    profiles = json.loads((target / "framework_profiles.json").read_text("utf-8"))
    assert profiles["profiles"]


def test_reset_errors(store, capsys) -> None:
    assert main(["catalog", "reset"]) == 2
    assert main(["catalog", "reset", "openai-gpt-4o"]) == 2
    assert "not overridden" in capsys.readouterr().err
