"""The ``Project``: every wizard answer, assumption and scenario setting, with units and defaults.

Judgement-call defaults (staff time, power price, PUE, depreciation, ...) live here, in one place,
each with a description saying what it means and why the default is what it is.
Bounds reject impossible input (negative traffic, 1e30 tokens) with a field-specific message.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from llm_tco.engine.catalog_schema import DataLocation, GpuPlan

Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
Weight = Annotated[float, Field(ge=0.0, le=10.0)]

CURRENCIES: tuple[str, ...] = ("USD", "CNY", "EUR", "GBP", "JPY")


class Section(BaseModel):
    """Base of every project section: unknown fields are errors, validation on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)


class UseCase(StrEnum):
    CHATBOT = "chatbot"
    RAG_ASSISTANT = "rag_assistant"
    SUMMARISATION = "summarisation"
    CODE_ASSISTANT = "code_assistant"
    EXTRACTION = "extraction"
    AGENT = "agent"
    CUSTOM = "custom"


class ProjectInfo(Section):
    """Who, where, in which currency and over how long."""

    name: str = Field(default="Untitled analysis", min_length=1, max_length=200)
    description: str = Field(default="", max_length=5000)
    currency: str = Field(default="USD", description="display currency; costs are computed in USD")
    usd_exchange_rate: float = Field(
        default=1.0, gt=0, lt=1e6, description="units of the display currency per 1 USD"
    )
    horizon_months: int = Field(default=24, ge=1, le=120, description="planning horizon, months")
    region: str = Field(default="us", description="where the team operates: us, eu, cn, apac, ...")
    discount_rate_per_year: float = Field(
        default=0.08, ge=0, le=0.5, description="cost of capital for amortising purchases"
    )

    @field_validator("currency")
    @classmethod
    def _known_currency(cls, value: str) -> str:
        code = value.upper()
        if code not in CURRENCIES:
            known = ", ".join(CURRENCIES)
            raise ValueError(f"currency {value!r} not supported; use one of {known}")
        return code


class UseCaseAnswers(Section):
    """What the model is for; presets set token counts and the quality floor."""

    use_case: UseCase = UseCase.CHATBOT
    quality_floor: float = Field(
        default=60.0, ge=0, le=100, description="minimum quality index (MMLU-scale, percent)"
    )
    min_context_tokens: int = Field(default=8_192, ge=512, le=10_000_000)


class Workload(Section):
    """Traffic: how much, how big, how bursty, how fast it must be."""

    requests_per_day: float = Field(default=1_000.0, ge=0, le=1e10)
    input_tokens_per_request: float = Field(default=500.0, ge=1, le=10_000_000)
    output_tokens_per_request: float = Field(default=250.0, ge=1, le=1_000_000)
    cached_prompt_share: Fraction = Field(
        default=0.0, description="share of input tokens served from a prompt cache"
    )
    peak_to_average: float = Field(default=3.0, ge=1.0, le=100.0)
    daily_profile: tuple[float, ...] | None = Field(
        default=None, description="24 relative hourly loads (UTC); overrides peak_to_average"
    )
    growth_per_month: float = Field(default=0.0, ge=-0.5, le=2.0, description="0.05 = +5 %/month")
    batch_tolerant: bool = Field(
        default=False, description="results may arrive hours later (batch APIs allowed)"
    )
    ttft_target_ms: float | None = Field(default=2_000.0, gt=0, le=3_600_000)
    min_output_tokens_per_s_per_user: float | None = Field(default=20.0, gt=0, le=10_000)
    monthly_active_users: float | None = Field(
        default=None, ge=0, le=1e11, description="users per month, checked against licence caps"
    )

    @field_validator("daily_profile")
    @classmethod
    def _profile_shape(cls, value: tuple[float, ...] | None) -> tuple[float, ...] | None:
        if value is None:
            return None
        if len(value) != 24 or any(v < 0 or v > 1e9 for v in value) or sum(value) <= 0:
            raise ValueError("daily_profile needs 24 non-negative hourly values, not all zero")
        return value


class Privacy(Section):
    """Where data may be processed and which certifications are required."""

    data_location: DataLocation = DataLocation.ANY_VENDOR
    allowed_regions: tuple[str, ...] = Field(default=(), description="empty: any region")
    required_certifications: tuple[str, ...] = ()


class OwnedGpus(Section):
    """GPUs the team owns or may buy."""

    gpu_id: str
    count: int = Field(ge=1, le=100_000)
    already_paid: bool = True
    purchase_price_usd_per_gpu: float | None = Field(default=None, gt=0, lt=1e7)


class Hardware(Section):
    """Hardware the team can get, and what owning it costs."""

    cloud_gpus: bool = Field(default=True, description="team may rent cloud GPUs")
    gpu_quota: int | None = Field(default=None, ge=0, le=1_000_000, description="max rented GPUs")
    allowed_providers: tuple[str, ...] = Field(default=(), description="empty: any provider")
    allowed_plans: tuple[GpuPlan, ...] = (
        GpuPlan.ON_DEMAND,
        GpuPlan.RESERVED_1Y,
        GpuPlan.RESERVED_3Y,
        GpuPlan.SPOT,
        GpuPlan.SERVERLESS,
    )
    owned: tuple[OwnedGpus, ...] = ()
    can_buy: bool = False
    purchase_budget_usd: float | None = Field(default=None, ge=0, lt=1e12)
    min_replicas: int = Field(default=1, ge=0, le=1000, description="always-on floor")
    redundancy_replicas: int = Field(default=0, ge=0, le=100, description="spares above the peak")
    power_usd_per_kwh: float = Field(default=0.12, ge=0, le=5)
    pue: float = Field(default=1.4, ge=1.0, le=3.0, description="data-centre power overhead")
    hosting_usd_per_kw_month: float = Field(default=150.0, ge=0, le=10_000)
    maintenance_share_per_year: Fraction = Field(default=0.08)
    depreciation_years: float = Field(default=4.0, gt=0, le=15)
    residual_value_share: Fraction = Field(default=0.1)
    gpu_utilisation_cap: float = Field(
        default=0.8, gt=0, le=1.0, description="plan capacity to this share of the measured peak"
    )


class TuningMethod(StrEnum):
    NONE = "none"
    PROMPT_ENGINEERING = "prompt_engineering"
    RAG = "rag"
    LORA = "lora"
    FULL_FINETUNE = "full_finetune"


class Tuning(Section):
    """How the model is adapted to the task, and how often it is redone."""

    method: TuningMethod = TuningMethod.NONE
    training_tokens: float = Field(default=0.0, ge=0, le=1e13, description="dataset size, tokens")
    epochs: float = Field(default=3.0, gt=0, le=100)
    retrain_every_months: int | None = Field(default=None, ge=1, le=120)
    prompt_engineering_hours: float = Field(default=40.0, ge=0, le=100_000)
    rag_corpus_tokens: float = Field(default=0.0, ge=0, le=1e13)
    rag_extra_input_tokens: float = Field(default=0.0, ge=0, le=1_000_000)


class Staff(Section):
    """People cost: operating a route takes engineering time."""

    fte_cost_usd_per_year: float = Field(
        default=200_000.0, ge=0, le=5e6, description="loaded cost of one engineer"
    )
    ops_fte_self_hosted: float = Field(
        default=0.5, ge=0, le=100, description="FTE to run a self-hosted inference stack"
    )
    ops_fte_owned_extra: float = Field(
        default=0.25, ge=0, le=100, description="extra FTE for owning hardware (racks, repairs)"
    )
    ops_fte_api: float = Field(default=0.05, ge=0, le=100, description="FTE to run an API route")
    monthly_budget_usd: float | None = Field(default=None, gt=0, lt=1e12)


class Priorities(Section):
    """Weights (0-10) of the multi-criteria score."""

    cost: Weight = 8.0
    quality: Weight = 5.0
    latency: Weight = 3.0
    privacy: Weight = 3.0
    ops_simplicity: Weight = 4.0
    vendor_independence: Weight = 2.0

    @model_validator(mode="after")
    def _some_weight(self) -> Priorities:
        if self.total() <= 0:
            raise ValueError("at least one priority weight must be above zero")
        return self

    def total(self) -> float:
        """Sum of the weights."""
        return (
            self.cost
            + self.quality
            + self.latency
            + self.privacy
            + self.ops_simplicity
            + self.vendor_independence
        )


class Assumptions(Section):
    """What-if multipliers applied on top of answers and catalogs (1.0 = as entered)."""

    volume_multiplier: float = Field(default=1.0, gt=0, le=1000)
    gpu_price_multiplier: float = Field(default=1.0, gt=0, le=100)
    api_price_multiplier: float = Field(default=1.0, gt=0, le=100)
    efficiency_multiplier: float = Field(default=1.0, gt=0, le=10)
    staff_cost_multiplier: float = Field(default=1.0, ge=0, le=100)


class Scenario(Section):
    """Settings of the analysis itself."""

    monte_carlo_samples: int = Field(default=10_000, ge=100, le=1_000_000)
    seed: int = Field(default=20_240_601, ge=0, lt=2**63)
    selected_candidate: str | None = None
    frameworks: tuple[str, ...] = ("trtllm", "vllm")
    include_historical_prices: bool = False


class Project(Section):
    """Everything the user answered; the engine's single input besides the catalogs."""

    info: ProjectInfo = ProjectInfo()
    use_case: UseCaseAnswers = UseCaseAnswers()
    workload: Workload = Workload()
    privacy: Privacy = Privacy()
    hardware: Hardware = Hardware()
    tuning: Tuning = Tuning()
    staff: Staff = Staff()
    priorities: Priorities = Priorities()
    assumptions: Assumptions = Assumptions()
    scenario: Scenario = Scenario()
    catalog_overrides: dict[str, list[dict[str, object]]] = Field(
        default_factory=dict,
        description="project-specific catalog entries by catalog name (e.g. a negotiated price)",
    )
