"""User overrides: round trip through load_catalogs, reset one or all, shipped-data validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llm_tco.engine.catalog import load_catalogs
from llm_tco.engine.errors import CatalogError
from llm_tco.engine.overrides import (
    OverrideStore,
    entry_to_json,
    load_user_profiles,
    remove_user_profile,
    save_user_profile,
)
from llm_tco.engine.profiles import load_profiles


@pytest.fixture
def store(fresh_data_dir: Path) -> OverrideStore:
    return OverrideStore()


@pytest.fixture(scope="module")
def shipped():
    return load_catalogs(use_user_overrides=False)


def _negotiated(shipped, price: float) -> dict:
    data = entry_to_json(shipped.api_offers["openai-gpt-4o"])
    data["usd_per_m_input"] = price
    data["notes"] = "negotiated enterprise price"
    return data


def test_store_uses_user_data_dir(fresh_data_dir: Path, store: OverrideStore) -> None:
    assert store.path("gpus") == fresh_data_dir / "catalog-overrides" / "gpus.json"


def test_replace_round_trip_and_reset_one(store: OverrideStore, shipped) -> None:
    shipped_price = shipped.api_offers["openai-gpt-4o"].usd_per_m_input
    store.put("api_offers", _negotiated(shipped, 1.75), catalogs=shipped)
    merged = load_catalogs()
    assert merged.api_offers["openai-gpt-4o"].usd_per_m_input == 1.75
    assert "openai-gpt-4o" in merged.overridden["api_offers"]
    assert not merged.warnings
    # the file has the shipped format
    document = json.loads(store.path("api_offers").read_text(encoding="utf-8"))
    assert document["catalog"] == "api_offers"
    assert [e["id"] for e in document["entries"]] == ["openai-gpt-4o"]
    assert store.remove("api_offers", "openai-gpt-4o") is True
    restored = load_catalogs()
    assert restored.api_offers["openai-gpt-4o"].usd_per_m_input == shipped_price
    assert "openai-gpt-4o" not in restored.overridden["api_offers"]
    assert not store.path("api_offers").exists()
    assert store.remove("api_offers", "openai-gpt-4o") is False


def test_add_new_gpu_offer_then_reset_all(store: OverrideStore, shipped) -> None:
    offer = entry_to_json(next(iter(shipped.gpu_offers.values())))
    offer.update(id="internal-cluster-h100", provider="Internal", usd_per_hour=20.0)
    store.put("gpu_offers", offer, catalogs=shipped)
    store.put("api_offers", _negotiated(shipped, 2.0), catalogs=shipped)
    merged = load_catalogs()
    assert merged.gpu_offers["internal-cluster-h100"].usd_per_hour == 20.0
    assert len(merged.gpu_offers) == len(shipped.gpu_offers) + 1
    assert store.find("internal-cluster-h100") == ["gpu_offers"]
    assert store.reset_all() == 2
    after = load_catalogs()
    assert "internal-cluster-h100" not in after.gpu_offers
    assert after.api_offers["openai-gpt-4o"] == shipped.api_offers["openai-gpt-4o"]


def test_invalid_entry_is_refused_with_field_and_nothing_changes(
    store: OverrideStore, shipped
) -> None:
    store.put("api_offers", _negotiated(shipped, 2.0), catalogs=shipped)
    before = store.path("api_offers").read_bytes()
    bad = _negotiated(shipped, -1.0)
    with pytest.raises(CatalogError, match="usd_per_m_input"):
        store.put("api_offers", bad)
    unknown_field = {**_negotiated(shipped, 1.0), "discount": 0.5}
    with pytest.raises(CatalogError, match="discount"):
        store.put("api_offers", unknown_field)
    dangling = {**_negotiated(shipped, 1.0), "model_id": "no-such-model"}
    with pytest.raises(CatalogError, match="no-such-model"):
        store.put("api_offers", dangling, catalogs=shipped)
    # a batch with one bad entry writes nothing
    with pytest.raises(CatalogError):
        store.put_many("api_offers", [_negotiated(shipped, 3.0), bad])
    assert store.path("api_offers").read_bytes() == before


def test_unknown_catalog_is_an_error(store: OverrideStore) -> None:
    with pytest.raises(CatalogError, match="no catalog named"):
        store.put("pizzas", {"id": "x"})


def test_user_profile_layers_over_shipped(fresh_data_dir: Path) -> None:
    shipped = load_profiles()
    base = next(iter(shipped.values()))
    calibrated = base.model_copy(update={"id": "my-vllm", "name": "my vLLM", "eta_mem": 0.5})
    path = save_user_profile(calibrated)
    assert path.is_relative_to(fresh_data_dir)
    assert load_user_profiles()["my-vllm"].eta_mem == 0.5
    merged = load_profiles()
    assert merged["my-vllm"].eta_mem == 0.5
    assert set(shipped) < set(merged)
    assert remove_user_profile("my-vllm") is True
    assert "my-vllm" not in load_profiles()
