"""Immutable result types of ``evaluate(project, catalogs)``; see docs/engine_results.md.

All money is USD (multiply by ``EvaluationResult.usd_exchange_rate`` for the display currency).
Arrays have one row per candidate and are read-only; tuples of frozen dataclasses elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, msg

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]

ROUTES: tuple[str, ...] = (
    "closed_api",
    "cloud_tenancy",
    "hosted_open",
    "self_hosted_rented",
    "self_hosted_owned",
)
PLANS: tuple[str, ...] = (
    "per_token",
    "on_demand",
    "reserved_1y",
    "reserved_3y",
    "spot",
    "serverless",
    "buy",
    "owned",
)
SCALINGS: tuple[str, ...] = ("per_token", "always_on", "autoscaled", "per_second")
PRECISIONS: tuple[str, ...] = ("", "bf16", "fp8", "int8", "int4")
COMPONENTS: tuple[str, ...] = (
    "api_tokens",
    "vendor_fees",
    "gpu_rental",
    "hardware_capital",
    "power",
    "hosting",
    "maintenance",
    "staff_operations",
    "tuning",
)
CRITERIA: tuple[str, ...] = (
    "cost",
    "quality",
    "latency",
    "privacy",
    "ops_simplicity",
    "vendor_independence",
)


# Words for the codes inside candidate labels; the English text is the code (as labels always were).
ROUTE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("EngineText", "closed api"),
    QT_TRANSLATE_NOOP("EngineText", "cloud tenancy"),
    QT_TRANSLATE_NOOP("EngineText", "hosted open"),
    QT_TRANSLATE_NOOP("EngineText", "self hosted rented"),
    QT_TRANSLATE_NOOP("EngineText", "self hosted owned"),
)
PLAN_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("EngineText", "per_token"),
    QT_TRANSLATE_NOOP("EngineText", "on_demand"),
    QT_TRANSLATE_NOOP("EngineText", "reserved_1y"),
    QT_TRANSLATE_NOOP("EngineText", "reserved_3y"),
    QT_TRANSLATE_NOOP("EngineText", "spot"),
    QT_TRANSLATE_NOOP("EngineText", "serverless"),
    QT_TRANSLATE_NOOP("EngineText", "buy"),
    QT_TRANSLATE_NOOP("EngineText", "owned"),
)
SCALING_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("EngineText", "per_token"),
    QT_TRANSLATE_NOOP("EngineText", "always_on"),
    QT_TRANSLATE_NOOP("EngineText", "autoscaled"),
    QT_TRANSLATE_NOOP("EngineText", "per_second"),
)


def frozen_array(values: NDArray[np.generic]) -> NDArray[np.generic]:
    """The same array, made read-only."""
    values.setflags(write=False)
    return values


@dataclass(frozen=True)
class CandidateTable:
    """Every enumerated candidate as parallel arrays (codes index the tuples above/below)."""

    route: IntArray  # index into ROUTES
    plan: IntArray  # index into PLANS
    scaling: IntArray  # index into SCALINGS
    model: IntArray  # index into model_ids
    provider: IntArray  # index into providers ("" for owned hardware)
    gpu: IntArray  # index into gpu_ids, -1 for API routes
    gpus_per_replica: IntArray  # tensor-parallel size, 0 for API routes
    precision: IntArray  # index into PRECISIONS (0 = not applicable)
    framework: IntArray  # index into frameworks, -1 for API routes
    offer: IntArray  # index into offer_ids ("" for owned hardware), -1 none
    region: IntArray  # index into regions
    model_ids: tuple[str, ...]
    model_names: tuple[str, ...]
    providers: tuple[str, ...]
    gpu_ids: tuple[str, ...]
    frameworks: tuple[str, ...]
    offer_ids: tuple[str, ...]  # API offer ids, GPU offer ids and "owned:<gpu>" entries
    regions: tuple[str, ...]
    _labels: dict[int, str] = field(default_factory=dict, compare=False, repr=False)
    """English labels already made (rows are fixed, so a label never changes)."""

    def __len__(self) -> int:
        return int(self.route.shape[0])

    def route_name(self, i: int) -> str:
        """Route of candidate i (one of ROUTES)."""
        return ROUTES[int(self.route[i])]

    def hardware(self, i: int) -> str:
        """'2 x h100-sxm fp8 (vllm)' for self-hosted rows, '' for API rows."""
        g = int(self.gpu[i])
        if g < 0:
            return ""
        fw = self.frameworks[int(self.framework[i])]
        prec = PRECISIONS[int(self.precision[i])]
        return f"{int(self.gpus_per_replica[i])} x {self.gpu_ids[g]} {prec} ({fw})"

    def candidate_id(self, i: int) -> str:
        """A stable, readable id: route|model|offer|hardware|plan|scaling."""
        parts = (
            ROUTES[int(self.route[i])],
            self.model_ids[int(self.model[i])],
            self.offer_ids[int(self.offer[i])] if int(self.offer[i]) >= 0 else "",
            self.hardware(i).replace(" ", ""),
            PLANS[int(self.plan[i])],
            SCALINGS[int(self.scaling[i])],
        )
        return "|".join(parts)

    def label(self, i: int) -> str:
        """Short human label: 'gpt-4o-mini via openai (closed api)' or
        'llama-3.1-8b on 1 x l4 bf16 (vllm), runpod on_demand, always_on'."""
        row = int(i)
        found = self._labels.get(row)
        if found is None:
            found = self._labels[row] = str(self.label_message(row))
        return found

    def label_message(self, i: int) -> Message:
        """:meth:`label` as a translatable message."""
        model = self.model_ids[int(self.model[i])]
        provider = self.providers[int(self.provider[i])]
        if int(self.gpu[i]) < 0:
            return msg(
                QT_TRANSLATE_NOOP("EngineText", "{model} via {provider} ({route})"),
                model=model,
                provider=provider,
                route=Message(ROUTE_WORDS[int(self.route[i])]),
            )
        plan = Message(PLAN_WORDS[int(self.plan[i])])
        scaling = Message(SCALING_WORDS[int(self.scaling[i])])
        if provider:
            return msg(
                QT_TRANSLATE_NOOP(
                    "EngineText", "{model} on {hardware}, {provider} {plan}, {scaling}"
                ),
                model=model,
                hardware=self.hardware(i),
                provider=provider,
                plan=plan,
                scaling=scaling,
            )
        return msg(
            QT_TRANSLATE_NOOP("EngineText", "{model} on {hardware}, {plan}, {scaling}"),
            model=model,
            hardware=self.hardware(i),
            plan=plan,
            scaling=scaling,
        )


@dataclass(frozen=True)
class PriceSource:
    """A catalog entry whose price drove a recommendation."""

    catalog: str
    entry_id: str
    source: str
    as_of: str  # ISO date
    stale: bool  # older than cost_defaults.STALE_PRICE_DAYS on the evaluation date


@dataclass(frozen=True)
class Recommendation:
    """One ranked candidate with everything a view or report shows about it."""

    rank: int
    index: int  # row in EvaluationResult arrays
    candidate_id: str
    label: str
    route: str
    model_id: str
    model_name: str
    provider: str
    hardware: str
    plan: str
    scaling: str
    monthly_cost_usd: float  # average month over the horizon
    first_month_cost_usd: float
    total_cost_usd: float
    capex_usd: float
    cost_per_million_tokens_usd: float
    utilisation: float
    quality: float
    score: float
    replicas_peak: float
    gpus_peak: float
    tpot_s: float
    ttft_s: float
    breakdown_usd: Mapping[str, float]  # COMPONENTS -> total over the horizon
    monthly_breakdown_usd: Mapping[str, tuple[float, ...]]  # COMPONENTS -> per month
    reasons: tuple[str, ...]  # deciding factors in plain words (English, USD)
    price_sources: tuple[PriceSource, ...]
    reason_messages: tuple[Message, ...] = ()  # the same, translatable (see engine/messages.py)


@dataclass(frozen=True)
class ExcludedOption:
    """An excluded candidate close to the top, and why it is excluded."""

    index: int
    candidate_id: str
    label: str
    route: str
    monthly_cost_usd: float
    score_if_allowed: float
    reasons: tuple[str, ...]  # English, USD
    reason_messages: tuple[Message, ...] = ()  # the same, translatable


@dataclass(frozen=True)
class BreakEven:
    """Volumes where two leading candidates cost the same per month (month-1 load shape)."""

    a_index: int
    b_index: int
    a_label: str
    b_label: str
    requests_per_day: tuple[float, ...]  # every crossing found in the searched range
    tokens_per_month: tuple[float, ...]
    current_requests_per_day: float
    cheaper_at_current: str  # label of the cheaper one today
    description: str  # English, USD
    description_message: Message | None = None  # the same, translatable


@dataclass(frozen=True)
class VolumeCurve:
    """Monthly cost (month 1) of the leading candidates over a range of request volumes."""

    requests_per_day: FloatArray  # shape (points,)
    monthly_cost_usd: FloatArray  # shape (candidates, points)
    indices: tuple[int, ...]
    labels: tuple[str, ...]


@dataclass(frozen=True)
class SensitivityBar:
    """One tornado bar: a driver swung low and high, the winner's cost and who wins."""

    driver: str
    description: str
    low_multiplier: float
    high_multiplier: float
    base_cost_usd: float  # total over the horizon of today's winner
    low_cost_usd: float  # today's winner's total at the low swing
    high_cost_usd: float
    winner_low: str  # label of the top-scored candidate at the low swing
    winner_high: str
    winner_changes: bool
    description_message: Message | None = None  # ``description``, translatable
    winner_low_index: int = -1  # row of ``winner_low`` in the result arrays
    winner_high_index: int = -1


@dataclass(frozen=True)
class MonteCarloResult:
    """Seeded Monte Carlo over the uncertain drivers, for the leading candidates."""

    samples: int
    seed: int
    indices: tuple[int, ...]
    labels: tuple[str, ...]
    p10_usd: FloatArray  # total over the horizon, per candidate
    p50_usd: FloatArray
    p90_usd: FloatArray
    probability_best: FloatArray  # share of samples in which each has the best score
    distributions: Mapping[str, str]  # driver -> distribution in words
    histogram_edges_usd: FloatArray  # shared edges for the cost histograms
    histograms: FloatArray  # (candidates, bins) sample counts
    distribution_messages: Mapping[str, Message] = field(default_factory=dict)  # translatable


@dataclass(frozen=True)
class WeightFlip:
    """The priority weight at which the top recommendation changes (None: never in 0-10)."""

    criterion: str
    current_weight: float
    flip_weight: float | None
    new_winner: str
    direction: str  # "up", "down" or "" (no flip within 0-10)
    new_winner_index: int = -1  # row of ``new_winner`` in the result arrays, -1 none


@dataclass(frozen=True)
class EvaluationResult:
    """Everything the engine computed for one project and one set of catalogs."""

    project_name: str
    evaluated_on: str  # ISO date
    horizon_months: int
    currency: str
    usd_exchange_rate: float
    perf_source: str
    candidates: CandidateTable
    monthly_cost_usd: FloatArray  # (n, horizon)
    total_cost_usd: FloatArray  # (n,)
    capex_usd: FloatArray  # (n,) upfront purchases (owned, to buy)
    breakdown_usd: FloatArray  # (n, len(COMPONENTS)), totals over the horizon
    cost_per_million_tokens_usd: FloatArray
    utilisation: FloatArray  # useful work / paid capacity, (0, 1]; NaN where not costed
    replicas_peak: FloatArray
    gpus_peak: FloatArray
    tpot_s: FloatArray
    ttft_s: FloatArray
    quality: FloatArray
    feasible: BoolArray
    reason_bits: IntArray  # bit k set = constraints.REASONS[k] applies
    criteria: FloatArray  # (n, len(CRITERIA)), each in [0, 1], 1 best
    score: FloatArray  # weighted score in [0, 1]; NaN for excluded rows
    ranking: IntArray  # feasible rows by score, best first
    cost_ranking: IntArray  # feasible rows by total cost, cheapest first
    recommendations: tuple[Recommendation, ...]
    cost_only: tuple[Recommendation, ...]
    excluded_closest: tuple[ExcludedOption, ...]
    excluded_reason_counts: Mapping[str, int]
    break_even: tuple[BreakEven, ...]
    volume_curve: VolumeCurve | None
    sensitivity: tuple[SensitivityBar, ...]
    uncertainty: MonteCarloResult | None
    weight_flips: tuple[WeightFlip, ...]
    catalog_as_of: Mapping[str, str]
    total_tokens: float  # input + output tokens over the horizon
    warnings: tuple[str, ...]  # English
    explain: Callable[[int], tuple[Message, ...]] = field(
        default=lambda i: (), repr=False, compare=False
    )
    warning_messages: tuple[Message, ...] = ()  # ``warnings``, translatable

    def reasons(self, index: int) -> tuple[str, ...]:
        """Why candidate ``index`` is excluded, in words with numbers (empty when feasible)."""
        return tuple(str(m) for m in self.explain(index))

    def reason_messages(self, index: int) -> tuple[Message, ...]:
        """:meth:`reasons` as translatable messages."""
        return tuple(self.explain(index))

    def monthly_breakdown(self, index: int) -> Mapping[str, FloatArray]:
        """Cost components (USD per month of the horizon) of any candidate, computed on demand."""
        detail = getattr(self.explain, "breakdown", None)
        if detail is None:
            return {}
        result: Mapping[str, FloatArray] = detail(index)
        return result

    @property
    def candidates_evaluated(self) -> int:
        """Number of candidates enumerated and costed."""
        return len(self.candidates)
