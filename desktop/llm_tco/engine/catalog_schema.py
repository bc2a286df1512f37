"""Pydantic schemas of the shipped catalogs (models, GPUs, GPU offers, API offers, tuning offers).

Units are in the field names: ``_b`` billions, ``_gb`` gigabytes (1e9 bytes), ``_gbps`` gigabytes
per second, ``_tflops`` 1e12 operations per second (dense, not 2:4 sparse), ``usd_per_m_*`` US
dollars per million tokens, ``usd_per_hour`` US dollars per hour for the whole instance.
Every entry carries ``source`` (an http(s) URL) and ``as_of`` (the date the number was read).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, model_validator

Id = Annotated[str, Field(min_length=1, max_length=120, pattern=r"^[a-z0-9][a-z0-9._:+/-]*$")]
PositiveFloat = Annotated[float, Field(gt=0, lt=1e9)]
NonNegativeFloat = Annotated[float, Field(ge=0, lt=1e9)]
PositiveInt = Annotated[int, Field(gt=0, lt=1_000_000_000)]
UsdPerMillion = Annotated[float, Field(ge=0, lt=10_000)]


class Strict(BaseModel):
    """Base: unknown fields are errors, instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Sourced(Strict):
    """An entry with provenance."""

    source: AnyHttpUrl
    as_of: dt.date
    notes: str = ""


# --------------------------------------------------------------------------- models


class BenchmarkScore(Strict):
    """One published benchmark result of a model."""

    name: str = Field(description="benchmark, e.g. 'MMLU (5-shot)'")
    value: float = Field(ge=0, le=100, description="score in percent")
    source: AnyHttpUrl
    as_of: dt.date


class Licence(Strict):
    """Licence of an open-weights model (closed models: 'proprietary')."""

    name: str
    url: AnyHttpUrl | None = None
    commercial_use: bool = True
    max_monthly_active_users: int | None = Field(
        default=None, description="usage cap above which a separate licence is needed"
    )
    usage_limits: str = Field(default="", description="plain-words summary of the limits")


class Model(Sourced):
    """A language model, open-weights or closed."""

    id: Id
    name: str
    vendor: str
    family: str
    open_weights: bool
    release_date: dt.date | None = None
    params_total_b: PositiveFloat | None = Field(
        default=None, description="all parameters, billions (MoE: all experts)"
    )
    params_active_b: PositiveFloat | None = Field(
        default=None, description="parameters used per token, billions (dense: = total)"
    )
    layers: PositiveInt | None = None
    hidden_size: PositiveInt | None = None
    attention_heads: PositiveInt | None = None
    kv_heads: PositiveInt | None = Field(default=None, description="grouped-query KV heads")
    head_dim: PositiveInt | None = None
    kv_lora_rank: PositiveInt | None = Field(
        default=None,
        description="multi-head latent attention (DeepSeek): compressed KV width per layer",
    )
    vocab_size: PositiveInt | None = None
    context_tokens: PositiveInt
    licence: Licence
    quality_index: float | None = Field(
        default=None,
        ge=0,
        le=100,
        description="the one quality scale used for floors: see catalogs/README.md",
    )
    benchmarks: tuple[BenchmarkScore, ...] = ()

    @model_validator(mode="after")
    def _check_architecture(self) -> Model:
        if self.open_weights:
            missing = [
                name
                for name in ("params_total_b", "params_active_b", "layers", "kv_heads", "head_dim")
                if getattr(self, name) is None
            ]
            if missing:
                raise ValueError(f"open-weights model needs {', '.join(missing)}")
        total, active = self.params_total_b, self.params_active_b
        if total is not None and active is not None and active > total * 1.0001:
            raise ValueError("params_active_b cannot exceed params_total_b")
        return self

    @property
    def is_moe(self) -> bool:
        """True when fewer parameters are active per token than are stored."""
        total, active = self.params_total_b, self.params_active_b
        return total is not None and active is not None and active < total * 0.999


# --------------------------------------------------------------------------- GPUs


class InterconnectKind(StrEnum):
    NVLINK = "nvlink"
    INFINITY_FABRIC = "infinity_fabric"
    PCIE = "pcie"


class Gpu(Sourced):
    """An accelerator's datasheet figures (dense throughput, not sparse)."""

    id: Id
    name: str
    vendor: str
    memory_gb: PositiveFloat
    memory_bandwidth_gbps: PositiveFloat
    bf16_tflops: PositiveFloat = Field(description="dense BF16/FP16 tensor TFLOPS")
    fp8_tflops: PositiveFloat | None = Field(default=None, description="dense FP8; None: no FP8")
    int8_tops: PositiveFloat | None = Field(default=None, description="dense INT8 TOPS")
    interconnect: InterconnectKind
    interconnect_gbps: PositiveFloat = Field(
        description="GPU-to-GPU bandwidth per GPU, total of both directions, as datasheets quote it"
    )
    max_gpus_per_node: PositiveInt = 8
    tdp_w: PositiveFloat
    purchase_price_usd: PositiveFloat | None = Field(
        default=None, description="street or list price of one GPU where published"
    )
    purchase_price_source: AnyHttpUrl | None = None
    server_price_usd_per_gpu: PositiveFloat | None = Field(
        default=None,
        description="share of a complete server (chassis, CPUs, RAM, networking) per GPU slot",
    )
    datacenter: bool = True


# --------------------------------------------------------------------------- GPU offers


class GpuPlan(StrEnum):
    ON_DEMAND = "on_demand"
    RESERVED_1Y = "reserved_1y"
    RESERVED_3Y = "reserved_3y"
    SPOT = "spot"
    SERVERLESS = "serverless"


class GpuOffer(Sourced):
    """A dated rental price for a GPU instance."""

    id: Id
    provider: str
    instance_type: str
    gpu_id: Id
    gpu_count: PositiveInt
    plan: GpuPlan
    usd_per_hour: PositiveFloat = Field(description="price of the whole instance per hour")
    region: str = Field(description="provider region code, e.g. 'us-east-1', or 'global'")
    billing_increment_s: PositiveInt = 3600
    min_commitment_months: int = Field(default=0, ge=0)
    interruptible: bool = False
    cold_start_s: NonNegativeFloat = 0.0

    @property
    def usd_per_gpu_hour(self) -> float:
        """Price per GPU-hour, USD."""
        return self.usd_per_hour / self.gpu_count


# --------------------------------------------------------------------------- API offers


class ApiRoute(StrEnum):
    CLOSED_API = "closed_api"
    CLOUD_TENANCY = "cloud_tenancy"
    HOSTED_OPEN = "hosted_open"


class CachedTokensConvention(StrEnum):
    """How a provider counts cached prompt tokens."""

    INSIDE_INPUT = "inside_input"  # OpenAI, Google: cached tokens are part of prompt tokens
    SEPARATE = "separate"  # Anthropic: cache reads/writes counted apart from input tokens


class DataLocation(StrEnum):
    """Where a workload's data may be processed, from least to most restrictive."""

    ANY_VENDOR = "any_vendor"
    ZERO_RETENTION_VENDOR = "zero_retention_vendor"
    OWN_CLOUD_TENANCY = "own_cloud_tenancy"
    ON_PREMISES = "on_premises"
    AIR_GAPPED = "air_gapped"


class DataPolicy(Strict):
    """What a provider does with prompts and outputs."""

    retention_days: NonNegativeFloat | None = Field(
        default=None, description="default retention for abuse monitoring; None if unpublished"
    )
    trains_on_data: bool = False
    zero_retention_available: bool = False
    certifications: tuple[str, ...] = Field(
        default=(), description="e.g. SOC2, ISO27001, HIPAA_BAA, GDPR_DPA, FEDRAMP"
    )
    tenancy: Literal["shared", "customer_tenant"] = "shared"
    source: AnyHttpUrl | None = None


class ContextTier(Strict):
    """Prices that apply once the prompt exceeds ``above_tokens``."""

    above_tokens: PositiveInt
    usd_per_m_input: UsdPerMillion
    usd_per_m_output: UsdPerMillion
    usd_per_m_cached_input: UsdPerMillion | None = None


class ApiOffer(Sourced):
    """Per-token prices of one model at one provider."""

    id: Id
    provider: str
    model_id: Id
    route: ApiRoute
    status: Literal["current", "historical"] = "current"
    valid_until: dt.date | None = None
    usd_per_m_input: UsdPerMillion
    usd_per_m_output: UsdPerMillion
    usd_per_m_cached_input: UsdPerMillion | None = Field(
        default=None, description="None: no discount, cached tokens cost the input price"
    )
    usd_per_m_cache_write: UsdPerMillion | None = None
    usd_per_m_batch_input: UsdPerMillion | None = None
    usd_per_m_batch_output: UsdPerMillion | None = None
    cached_tokens_convention: CachedTokensConvention = CachedTokensConvention.INSIDE_INPUT
    context_tiers: tuple[ContextTier, ...] = ()
    context_tokens: PositiveInt | None = Field(
        default=None, description="context window at this provider if smaller than the model's"
    )
    regions: tuple[str, ...] = ("global",)
    regional_uplift: float = Field(
        default=1.0, ge=1.0, le=3.0, description="price multiplier for regional processing"
    )
    data_policy: DataPolicy = DataPolicy()
    rate_limit_tokens_per_min: PositiveFloat | None = None
    rate_limit_requests_per_min: PositiveFloat | None = None


# --------------------------------------------------------------------------- tuning


class TuningOffer(Sourced):
    """A vendor fine-tuning price: training per token and the tuned model's prices."""

    id: Id
    provider: str
    model_id: Id
    method: Literal["full", "lora", "vendor"] = "vendor"
    usd_per_m_training_tokens: UsdPerMillion | None = None
    usd_per_training_hour: PositiveFloat | None = None
    usd_per_m_input_tuned: UsdPerMillion
    usd_per_m_output_tuned: UsdPerMillion
    usd_per_m_cached_input_tuned: UsdPerMillion | None = None
    usd_per_hour_hosting: NonNegativeFloat = Field(
        default=0.0, description="fee for keeping the tuned model deployed"
    )

    @model_validator(mode="after")
    def _check_training_price(self) -> TuningOffer:
        if self.usd_per_m_training_tokens is None and self.usd_per_training_hour is None:
            raise ValueError("needs usd_per_m_training_tokens or usd_per_training_hour")
        return self


CATALOG_ENTRY_TYPES: dict[str, type[Sourced]] = {
    "models": Model,
    "gpus": Gpu,
    "gpu_offers": GpuOffer,
    "api_offers": ApiOffer,
    "tuning_offers": TuningOffer,
}
