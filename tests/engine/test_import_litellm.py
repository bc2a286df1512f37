"""LiteLLM price import against the real table in ../shared/data (read there, never copied)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from llm_tco.engine.catalog import load_catalogs
from llm_tco.engine.errors import ImportFileError
from llm_tco.engine.import_litellm import match_model, parse_key, plan_import
from llm_tco.engine.overrides import OverrideStore

TABLE = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "litellm_model_prices_1.110.2.json"
)
AS_OF = dt.date(2026, 11, 30)

pytestmark = pytest.mark.skipif(not TABLE.exists(), reason=f"{TABLE} not present")


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(TABLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def shipped():
    return load_catalogs(use_user_overrides=False)


@pytest.fixture(scope="module")
def plan(shipped):
    return plan_import(TABLE, catalogs=shipped, as_of=AS_OF)


def _offer(plan, shipped, offer_id):
    for _, offer in plan.added:
        if offer.id == offer_id:
            return offer
    for change in plan.changed:
        if change.new.id == offer_id:
            return change.new
    assert offer_id in plan.unchanged, f"{offer_id} not produced by the import"
    return shipped.api_offers[offer_id]


def _per_million(raw: dict, key: str, field: str) -> float:
    return raw[key][field] * 1e6


def test_skip_counts_by_simple_rules(plan, raw) -> None:
    # computed here from the raw JSON with the documented rules, not by the importer
    chat = {k: v for k, v in raw.items() if k != "sample_spec" and v.get("mode") == "chat"}
    missing = {k for k, v in chat.items() if v.get("input_cost_per_token") is None
               or v.get("output_cost_per_token") is None}  # fmt: skip
    zero = {k for k, v in chat.items() if k not in missing
            and v["input_cost_per_token"] == 0 and v["output_cost_per_token"] == 0}  # fmt: skip
    assert plan.read == len(raw)
    assert plan.skipped["sample_spec"] == 1
    assert plan.skipped["not_chat"] == len(raw) - 1 - len(chat)
    assert plan.skipped["no_token_prices"] == len(missing)
    assert plan.skipped["zero_priced"] == len(zero)
    assert plan.skipped["bad_price"] == 0
    # every key is accounted for exactly once
    accounted = sum(plan.skipped.values()) + plan.imported + len(plan.unchanged)
    assert accounted == plan.read
    before_matching = len(chat) - len(missing) - len(zero)
    assert plan.matched == before_matching - plan.skipped["no_catalog_model"]
    assert plan.imported > 50
    assert plan.matched > plan.imported


def test_zero_priced_are_self_hosted_routes(plan, raw) -> None:
    providers = {raw[k]["litellm_provider"] for k in plan.examples["zero_priced"]}
    assert "ollama" in {v.get("litellm_provider") for k, v in raw.items()}
    assert providers  # examples are kept for the preview
    ollama_chat = [k for k, v in raw.items() if v.get("litellm_provider") == "ollama"
                   and v.get("mode") == "chat" and v.get("input_cost_per_token") == 0
                   and v.get("output_cost_per_token") == 0]  # fmt: skip
    assert len(ollama_chat) <= plan.skipped["zero_priced"]


def test_gpt_4o_per_million(plan, shipped, raw) -> None:
    offer = _offer(plan, shipped, "openai-gpt-4o")
    assert offer.usd_per_m_input == pytest.approx(2.50)
    assert offer.usd_per_m_output == pytest.approx(10.00)
    assert offer.usd_per_m_cached_input == pytest.approx(
        _per_million(raw, "gpt-4o", "cache_read_input_token_cost")
    )
    assert offer.usd_per_m_batch_input == pytest.approx(
        _per_million(raw, "gpt-4o", "input_cost_per_token_batches")
    )


@pytest.mark.parametrize(
    ("offer_id", "key"),
    [
        ("anthropic-claude-sonnet-4.5", "claude-sonnet-4-5"),
        ("google-gemini-2.5-pro", "gemini/gemini-2.5-pro"),
        ("together-gpt-oss-120b", "together_ai/openai/gpt-oss-120b"),
        ("cerebras-llama-3.3-70b-instruct", "cerebras/llama-3.3-70b"),
        ("openai-gpt-4o-mini", "gpt-4o-mini"),
    ],
)
def test_known_models_per_million(plan, shipped, raw, offer_id: str, key: str) -> None:
    offer = _offer(plan, shipped, offer_id)
    assert offer.usd_per_m_input == pytest.approx(_per_million(raw, key, "input_cost_per_token"))
    assert offer.usd_per_m_output == pytest.approx(_per_million(raw, key, "output_cost_per_token"))


def test_claude_cache_write_tier_and_route(plan, shipped, raw) -> None:
    key = "claude-sonnet-4-5"
    offer = _offer(plan, shipped, "anthropic-claude-sonnet-4.5")
    assert offer.route.value == "closed_api"
    assert offer.cached_tokens_convention.value == "separate"
    assert offer.usd_per_m_cache_write == pytest.approx(
        _per_million(raw, key, "cache_creation_input_token_cost")
    )
    key = "global.anthropic.claude-sonnet-4-5-20250929-v1:0"
    bedrock = _offer(plan, shipped, "bedrock-claude-sonnet-4.5-global")
    assert bedrock.route.value == "cloud_tenancy"
    tier = bedrock.context_tiers[0]
    assert tier.above_tokens == 200_000
    assert tier.usd_per_m_input == pytest.approx(
        _per_million(raw, key, "input_cost_per_token_above_200k_tokens")
    )
    assert tier.usd_per_m_output == pytest.approx(
        _per_million(raw, key, "output_cost_per_token_above_200k_tokens")
    )
    change = next(c for c in plan.changed if c.new.id == "bedrock-claude-sonnet-4.5-global")
    assert "context_tiers" in {p.field for p in change.changes}
    assert change.new.data_policy == change.old.data_policy  # only prices change


def test_routes_follow_provider_and_model(plan, shipped) -> None:
    added = {offer.id: offer for _, offer in plan.added}
    assert added["cerebras-llama-3.3-70b-instruct"].route.value == "hosted_open"
    assert added["vertex-claude-sonnet-4.5"].route.value == "cloud_tenancy"
    assert added["azure-openai-gpt-4o-eu"].regions == ("eu",)
    for _, offer in plan.added:
        assert offer.model_id in shipped.models
        assert str(offer.source).startswith("https://")
        assert offer.as_of == AS_OF


def test_preview_writes_nothing_and_apply_is_idempotent(fresh_data_dir, shipped) -> None:
    store = OverrideStore()
    plan = plan_import(TABLE, catalogs=shipped, as_of=AS_OF)
    assert not store.path("api_offers").exists()
    written = plan.apply(store=store, catalogs=shipped)
    assert written == plan.imported
    merged = load_catalogs()
    assert not merged.warnings
    assert merged.api_offers["cerebras-llama-3.3-70b-instruct"].provider == "Cerebras"
    again = plan_import(TABLE, catalogs=merged, as_of=AS_OF)
    assert again.imported == 0
    assert len(again.unchanged) == plan.imported + len(plan.unchanged)


@pytest.mark.parametrize(
    ("key", "slug", "region"),
    [
        (
            "bedrock/eu-west-3/mistral.mixtral-8x7b-instruct-v0:1",
            "mixtral-8x7b-instruct",
            "eu-west-3",
        ),
        ("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4.5", "us"),
        ("vertex_ai/claude-sonnet-4-5@20250929", "claude-sonnet-4.5", None),
        (
            "fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct",
            "llama-3.1-8b-instruct",
            None,
        ),
        (
            "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo",
            "llama-3.3-70b-instruct-turbo",
            None,
        ),
        ("gpt-4o-2024-05-13", "gpt-4o", None),
    ],
)
def test_parse_key(key: str, slug: str, region: str | None) -> None:
    parsed = parse_key(key)
    assert (parsed.slug, parsed.region) == (slug, region)


def test_match_model_is_exact_not_fuzzy(shipped) -> None:
    assert match_model("llama-3.3-70b", shipped.models) == ("llama-3.3-70b-instruct", 1)
    assert match_model("deepseek-r1-distill-llama-70b", shipped.models) is None
    assert match_model("gpt-4o-audio-preview", shipped.models) is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"gpt-4o": {"mode": "chat",', "truncated"),
        (b"[1, 2, 3]", "expected a JSON object"),
        (b'{"a": {"mode": "chat"}}', "not a LiteLLM price table"),
        (b'{"a": NaN}', "NaN"),
        (b"\xff\xfe{}", "UTF-16"),
    ],
)
def test_malformed_files_raise_and_change_nothing(
    tmp_path: Path, fresh_data_dir, shipped, content: bytes, message: str
) -> None:
    store = OverrideStore()
    store.put("api_offers", {**shipped.api_offers["openai-gpt-4o"].model_dump(mode="json"),
                             "usd_per_m_input": 1.0})  # fmt: skip
    before = store.path("api_offers").read_bytes()
    bad = tmp_path / "prices.json"
    bad.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        plan_import(bad, catalogs=load_catalogs())
    assert store.path("api_offers").read_bytes() == before


def test_bad_price_is_skipped_not_imported(tmp_path: Path, shipped) -> None:
    table = {
        "gpt-4o": {"litellm_provider": "openai", "mode": "chat",
                   "input_cost_per_token": "cheap", "output_cost_per_token": 1e-5},
        "gpt-4o-mini": {"litellm_provider": "openai", "mode": "chat",
                        "input_cost_per_token": -1e-6, "output_cost_per_token": 1e-6},
        "gpt-4.1": {"litellm_provider": "openai", "mode": "chat",
                    "input_cost_per_token": 1.0, "output_cost_per_token": 1.0},
    }  # fmt: skip
    path = tmp_path / "t.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    plan = plan_import(path, catalogs=shipped, as_of=AS_OF)
    assert plan.skipped["bad_price"] == 2
    assert plan.skipped["invalid_offer"] == 1  # 1 USD per token = 1e6 per million: over the cap
    assert plan.imported == 0
