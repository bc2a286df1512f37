"""Every shipped catalog entry validates, has a source and a date, and the counts promised hold."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from llm_tco import paths
from llm_tco.engine.catalog import CATALOG_NAMES, load_catalogs, validate_entries
from llm_tco.engine.catalog_schema import ApiRoute, GpuPlan
from llm_tco.engine.errors import CatalogError, UnknownEntryError

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def shipped():
    return load_catalogs(use_user_overrides=False)


@pytest.mark.parametrize("name", CATALOG_NAMES)
def test_every_entry_validates_with_source_and_date(name: str) -> None:
    path = paths.catalogs_dir() / f"{name}.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["catalog"] == name
    entries = validate_entries(name, document["entries"], path=path)
    assert entries, f"{name} is empty"
    for entry in entries.values():
        assert str(entry.source).startswith(("http://", "https://"))
        assert dt.date(2019, 1, 1) <= entry.as_of <= TODAY + dt.timedelta(days=31)


def test_model_catalog_counts(shipped) -> None:
    models = shipped.models
    assert len(models) >= 30
    required = {
        "llama-2-7b-chat", "llama-2-13b-chat", "llama-2-70b-chat", "llama-3.1-8b-instruct",
        "llama-3.1-70b-instruct", "llama-3.1-405b-instruct", "llama-3.3-70b-instruct",
        "mistral-7b-instruct", "mixtral-8x7b-instruct", "mixtral-8x22b-instruct", "phi-1.5",
        "pythia-1b", "gpt-3.5-turbo", "gpt-4", "gpt-4-turbo", "gpt-4o", "gpt-4o-mini",
    }  # fmt: skip
    assert required <= set(models), sorted(required - set(models))
    assert any(m.open_weights and m.is_moe for m in models.values())
    assert sum(not m.open_weights for m in models.values()) >= 10
    assert all(m.benchmarks for m in models.values()), "every model needs a quality source"


def test_open_models_have_architecture(shipped) -> None:
    for model in shipped.models.values():
        if model.open_weights:
            assert model.params_active_b <= model.params_total_b
            assert model.kv_heads <= (model.attention_heads or model.kv_heads)


def test_gpu_catalog_counts(shipped) -> None:
    gpus = shipped.gpus
    assert len(gpus) >= 12
    for gpu_id in ("l4", "a10g", "l40s", "a100-80gb-sxm", "h100-sxm", "h100-pcie", "h200-sxm"):
        assert gpu_id in gpus
    h100 = gpus["h100-sxm"]
    # dense, not sparse: H100 SXM dense BF16 is about 989 TFLOPS (sparse 1979)
    assert 900 < h100.bf16_tflops < 1100


def test_gpu_offer_counts(shipped) -> None:
    offers = list(shipped.gpu_offers.values())
    assert len(offers) >= 40
    assert len({o.provider for o in offers}) >= 6
    plans = {o.plan for o in offers}
    assert GpuPlan.ON_DEMAND in plans
    assert plans & {GpuPlan.RESERVED_1Y, GpuPlan.RESERVED_3Y, GpuPlan.SPOT}


def test_api_offer_counts(shipped) -> None:
    offers = list(shipped.api_offers.values())
    assert len(offers) >= 60
    routes = {o.route for o in offers}
    assert routes == set(ApiRoute)
    for offer in offers:
        assert offer.usd_per_m_output > 0 or offer.usd_per_m_input > 0


def test_tuning_offers_present(shipped) -> None:
    assert len(shipped.tuning_offers) >= 3


def test_lookup_errors_name_the_id(shipped) -> None:
    with pytest.raises(UnknownEntryError, match="no-such-gpu"):
        shipped.gpu("no-such-gpu")


def _write(path: Path, document: object) -> None:
    path.write_text(json.dumps(document), encoding="utf-8")


def test_user_override_wins_and_invalid_file_is_skipped(shipped, tmp_path: Path) -> None:
    offer_id, offer = next(iter(shipped.gpu_offers.items()))
    changed = offer.model_dump(mode="json") | {"usd_per_hour": offer.usd_per_hour / 2}
    _write(tmp_path / "negotiated.json", {"catalog": "gpu_offers", "entries": [changed]})
    gpu = next(iter(shipped.gpus.values())).model_dump(mode="json")
    bad = {"catalog": "gpus", "entries": [gpu | {"id": "my-gpu", "memory_gb": -1}]}
    _write(tmp_path / "broken.json", bad)
    merged = load_catalogs(overrides_dir=tmp_path)
    assert merged.gpu_offers[offer_id].usd_per_hour == pytest.approx(offer.usd_per_hour / 2)
    assert offer_id in merged.overridden["gpu_offers"]
    assert len(merged.warnings) == 1
    warning = str(merged.warnings[0])
    assert "broken.json" in warning
    assert "memory_gb" in warning
    assert warning.count("broken.json") == 1
    assert len(merged.gpus) == len(shipped.gpus)


def test_malformed_shipped_file_raises_catalog_error(tmp_path: Path) -> None:
    for name in CATALOG_NAMES:
        (tmp_path / f"{name}.json").write_text(
            (paths.catalogs_dir() / f"{name}.json").read_text(encoding="utf-8"), encoding="utf-8"
        )
    (tmp_path / "gpus.json").write_text('{"catalog": "gpus", "entries": [', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"gpus\.json"):
        load_catalogs(shipped_dir=tmp_path, use_user_overrides=False)
