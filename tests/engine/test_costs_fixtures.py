"""Small, stable catalogs for engine tests, built from real catalog entries with their sources.

Every number below is copied from the shipped catalog entry of the same id (which cites the URL it
was read from, repeated here); the tests do not depend on the shipped files changing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from types import MappingProxyType
from typing import Any

from llm_tco.engine.catalog import Catalogs
from llm_tco.engine.catalog_schema import ApiOffer, Gpu, GpuOffer, Model, TuningOffer
from llm_tco.engine.project_model import Project

LLAMA_LICENCE = {
    "name": "Llama 3.1 Community License",
    "url": "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE",
    "commercial_use": True,
    "max_monthly_active_users": 700_000_000,
    "usage_limits": "above 700 million monthly active users a separate licence is required",
}
LLAMA_SRC = "https://github.com/meta-llama/llama-models/blob/main/models/sku_list.py"
OPENAI_MODELS_SRC = "https://github.com/MicrosoftDocs/azure-ai-docs/pull/544/files"
OPENAI_PRICING = "https://developers.openai.com/api/docs/pricing"
OPENAI_DATA = "https://developers.openai.com/api/docs/guides/your-data"
CLOSED = {"name": "proprietary", "commercial_use": True}
TODAY = dt.date(2026, 11, 30)


def _llama(
    mid: str, name: str, params: float, layers: int, hidden: int, heads: int, q: float
) -> Model:
    return Model(
        id=mid,
        name=name,
        vendor="Meta",
        family="llama-3.1",
        open_weights=True,
        params_total_b=params,
        params_active_b=params,
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=8,
        head_dim=128,
        vocab_size=128256,
        context_tokens=131072,
        licence=LLAMA_LICENCE,
        quality_index=q,
        source=LLAMA_SRC,
        as_of=TODAY,
    )


def models() -> list[Model]:
    """Llama 3.1 8B/70B (open) and GPT-4o / GPT-4o mini (closed)."""
    return [
        _llama("llama-3.1-8b-instruct", "Llama 3.1 8B Instruct", 8, 32, 4096, 32, 69.4),
        _llama("llama-3.1-70b-instruct", "Llama 3.1 70B Instruct", 70, 80, 8192, 64, 83.6),
        Model(
            id="gpt-4o",
            name="GPT-4o",
            vendor="OpenAI",
            family="gpt-4o",
            open_weights=False,
            context_tokens=128000,
            licence=CLOSED,
            quality_index=88.7,
            source=OPENAI_MODELS_SRC,
            as_of=TODAY,
        ),
        Model(
            id="gpt-4o-mini",
            name="GPT-4o mini",
            vendor="OpenAI",
            family="gpt-4o",
            open_weights=False,
            context_tokens=128000,
            licence=CLOSED,
            quality_index=82.0,
            source=OPENAI_MODELS_SRC,
            as_of=TODAY,
        ),
    ]


def gpus() -> list[Gpu]:
    """H100 SXM and L4 datasheet figures (dense)."""
    return [
        Gpu(
            id="h100-sxm",
            name="NVIDIA H100 SXM5 80GB",
            vendor="NVIDIA",
            memory_gb=80,
            memory_bandwidth_gbps=3350,
            bf16_tflops=989.5,
            fp8_tflops=1979,
            int8_tops=1979,
            interconnect="nvlink",
            interconnect_gbps=900,
            tdp_w=700,
            source="https://archive-lib.hpctech.co.jp/gpuproduct/nvidia-h100.html",
            as_of=TODAY,
        ),
        Gpu(
            id="l4",
            name="NVIDIA L4 (PCIe)",
            vendor="NVIDIA",
            memory_gb=24,
            memory_bandwidth_gbps=300,
            bf16_tflops=121,
            fp8_tflops=242.5,
            int8_tops=242.5,
            interconnect="pcie",
            interconnect_gbps=64,
            tdp_w=72,
            source="https://grokipedia.com/page/NVIDIA_L4_vs_L40S",
            as_of=TODAY,
        ),
    ]


def gpu_offers() -> list[GpuOffer]:
    """Lambda 1x H100 on demand ($4.29/h), AWS g6.4xlarge L4 ($1.3232/h)."""
    return [
        GpuOffer(
            id="lambda-1x-h100-sxm-on_demand",
            provider="Lambda",
            instance_type="1x NVIDIA H100 SXM",
            gpu_id="h100-sxm",
            gpu_count=1,
            plan="on_demand",
            usd_per_hour=4.29,
            region="global",
            billing_increment_s=60,
            source="https://raw.githubusercontent.com/api-evangelist/lambda-labs/refs/heads/"
            "main/plans/lambda-labs-plans-pricing.yml",
            as_of=dt.date(2026, 9, 20),
        ),
        GpuOffer(
            id="aws-g6.4xlarge-us-east-1-on_demand",
            provider="AWS",
            instance_type="g6.4xlarge",
            gpu_id="l4",
            gpu_count=1,
            plan="on_demand",
            usd_per_hour=1.3232,
            region="us-east-1",
            billing_increment_s=1,
            source="https://raw.githubusercontent.com/skypilot-org/skypilot-catalog/"
            "00148f2af3672e2229b4f7bf8157d5a3f36e3c35/catalogs/v8/aws/vms.csv",
            as_of=TODAY,
        ),
    ]


def _openai(
    mid: str, p_in: float, p_cached: float, p_out: float, b_in: float, b_out: float
) -> ApiOffer:
    return ApiOffer(
        id=f"openai-{mid}",
        provider="OpenAI",
        model_id=mid,
        route="closed_api",
        usd_per_m_input=p_in,
        usd_per_m_cached_input=p_cached,
        usd_per_m_output=p_out,
        usd_per_m_batch_input=b_in,
        usd_per_m_batch_output=b_out,
        cached_tokens_convention="inside_input",
        source=OPENAI_PRICING,
        as_of=TODAY,
        data_policy={
            "retention_days": 30,
            "trains_on_data": False,
            "zero_retention_available": True,
            "certifications": ["HIPAA_BAA"],
            "source": OPENAI_DATA,
        },
    )


def api_offers() -> list[ApiOffer]:
    """OpenAI GPT-4o and GPT-4o mini; DeepInfra Llama 3.1 70B (no zero-retention statement)."""
    return [
        _openai("gpt-4o", 2.5, 1.25, 10.0, 1.25, 5.0),
        _openai("gpt-4o-mini", 0.15, 0.075, 0.6, 0.075, 0.3),
        ApiOffer(
            id="deepinfra-llama-3.1-70b-instruct",
            provider="DeepInfra",
            model_id="llama-3.1-70b-instruct",
            route="hosted_open",
            usd_per_m_input=0.4,
            usd_per_m_output=0.4,
            source="https://deepinfra.com/pricing",
            as_of=TODAY,
        ),
    ]


def tuning_offers() -> list[TuningOffer]:
    """OpenAI fine-tuning of GPT-4o mini ($3/M training tokens, tuned $0.30/$1.20)."""
    return [
        TuningOffer(
            id="openai-ft-gpt-4o-mini",
            provider="OpenAI",
            model_id="gpt-4o-mini",
            method="vendor",
            usd_per_m_training_tokens=3.0,
            usd_per_m_input_tuned=0.3,
            usd_per_m_output_tuned=1.2,
            usd_per_m_cached_input_tuned=0.15,
            source=OPENAI_PRICING,
            as_of=TODAY,
        ),
    ]


def _table(entries: Iterable[Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType({e.id: e for e in entries})


def catalogs(
    *,
    api: Iterable[ApiOffer] | None = None,
    offers: Iterable[GpuOffer] | None = None,
    model_list: Iterable[Model] | None = None,
    gpu_list: Iterable[Gpu] | None = None,
) -> Catalogs:
    """The fixture catalogs (optionally with some tables replaced)."""
    return Catalogs(
        models=_table(models() if model_list is None else model_list),
        gpus=_table(gpus() if gpu_list is None else gpu_list),
        gpu_offers=_table(gpu_offers() if offers is None else offers),
        api_offers=_table(api_offers() if api is None else api),
        tuning_offers=_table(tuning_offers()),
    )


def project(**sections: Any) -> Project:
    """A project with vLLM only (halves the candidate count) and the given section overrides."""
    data: dict[str, Any] = {"scenario": {"frameworks": ["vllm"], "monte_carlo_samples": 2000}}
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    return Project.model_validate(data)


def test_fixture_catalogs_are_consistent() -> None:
    cats = catalogs()
    assert {o.model_id for o in cats.api_offers.values()} <= set(cats.models)
    assert {o.gpu_id for o in cats.gpu_offers.values()} <= set(cats.gpus)
    assert all(str(e.source).startswith("https://") for e in cats.models.values())
