"""Hard constraints: which candidates are excluded, and why (one bit per reason, DESIGN 3.4).

Rules are evaluated per catalog entry (offer, model, configuration) and gathered onto the rows, so
every row keeps the full list of reasons that exclude it. ``reason_texts`` renders them in words
with the numbers involved.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from llm_tco.engine.api_costs import ApiPrices
from llm_tco.engine.candidates import OWNED, RENTED, Enumeration
from llm_tco.engine.catalog_schema import ApiOffer, ApiRoute, DataLocation, Model
from llm_tco.engine.costing import Costs, row_max
from llm_tco.engine.project_model import Project, TuningMethod
from llm_tco.engine.results import PLANS, ROUTES, BoolArray, FloatArray, IntArray
from llm_tco.engine.staff_tuning import full_finetune_gpus
from llm_tco.engine.workload import LoadModel

REASONS: tuple[str, ...] = (
    "data_location",
    "certification",
    "region",
    "no_cloud_gpus",
    "provider_not_allowed",
    "plan_not_allowed",
    "gpu_quota",
    "cannot_buy",
    "purchase_budget",
    "owned_capacity",
    "context_length",
    "quality_floor",
    "memory",
    "latency",
    "rate_limit",
    "monthly_budget",
    "licence",
    "tuning_unavailable",
    "no_cost",
)
BIT = {name: 1 << i for i, name in enumerate(REASONS)}
LEVELS = tuple(DataLocation)
_SERVERLESS, _BUY = PLANS.index("serverless"), PLANS.index("buy")

_MACRO_PREFIXES = (
    ("cn", ("cn-", "china")),
    (
        "eu",
        (
            "eu",
            "europe",
            "westeurope",
            "northeurope",
            "france",
            "germany",
            "uk",
            "sweden",
            "switzerland",
            "norway",
            "poland",
            "italy",
            "spain",
        ),
    ),
    ("apac", ("ap-", "asia", "japan", "australia", "korea", "india", "southeast", "east-asia")),
    ("us", ("us", "eastus", "westus", "centralus", "northcentral", "southcentral", "northamerica")),
)


def macro_region(code: str) -> str:
    """'us', 'eu', 'apac', 'cn', 'global' or the code itself, from a provider's region code."""
    c = code.strip().lower()
    if c in ("global", "", "any"):
        return "global"
    for macro, prefixes in _MACRO_PREFIXES:
        if c == macro or any(c.startswith(p) for p in prefixes):
            return macro
    return c


def api_privacy_level(offer: ApiOffer) -> int:
    """The strictest DataLocation an API offer satisfies (index into DataLocation)."""
    policy = offer.data_policy
    if offer.route is ApiRoute.CLOUD_TENANCY or policy.tenancy == "customer_tenant":
        return LEVELS.index(DataLocation.OWN_CLOUD_TENANCY)
    if not policy.trains_on_data and (
        policy.zero_retention_available or policy.retention_days == 0
    ):
        return LEVELS.index(DataLocation.ZERO_RETENTION_VENDOR)
    return LEVELS.index(DataLocation.ANY_VENDOR)


def privacy_levels(enum: Enumeration) -> IntArray:
    """Per row: strictest data location the route satisfies (owned: air-gapped possible)."""
    t = enum.table
    api_level = np.array([api_privacy_level(o) for o in enum.entities.api_offers] or [0])
    level = np.where(
        t.route == OWNED,
        LEVELS.index(DataLocation.AIR_GAPPED),
        LEVELS.index(DataLocation.OWN_CLOUD_TENANCY),
    )
    level = np.where(t.plan == _SERVERLESS, LEVELS.index(DataLocation.ZERO_RETENTION_VENDOR), level)
    return np.where(enum.api_offer >= 0, api_level[np.maximum(enum.api_offer, 0)], level)


def _norm(cert: str) -> str:
    return cert.strip().upper().replace(" ", "_").replace("-", "_")


@dataclass(frozen=True)
class ConstraintInputs:
    """What the rules look at besides the enumeration."""

    project: Project
    load: LoadModel
    prices: ApiPrices
    costs: Costs


def _api_offer_bits(
    enum: Enumeration, project: Project, load: LoadModel, prices: ApiPrices
) -> IntArray:
    req_certs = {_norm(c) for c in project.privacy.required_certifications}
    allowed = {macro_region(r) for r in project.privacy.allowed_regions}
    bits = []
    for i, offer in enumerate(enum.entities.api_offers):
        b = 0
        have = {_norm(c) for c in offer.data_policy.certifications}
        if req_certs - have:
            b |= BIT["certification"]
        if allowed and not ({macro_region(r) for r in offer.regions} & allowed):
            b |= BIT["region"]
        ctx = offer.context_tokens
        if ctx is not None and ctx < _needed_context(project, load):
            b |= BIT["context_length"]
        if prices.tuning_missing[i]:
            b |= BIT["tuning_unavailable"]
        bits.append(b)
    return np.asarray(bits or [0], dtype=np.int64)


def rate_limit_bits(enum: Enumeration, *, load: LoadModel) -> IntArray:
    """Rows of API offers whose rate limits are below the peak load of the busiest month."""
    peak = load.peak_factor if not load.batch_tolerant else 1.0
    per_s = load.requests_per_month * float(load.growth.max()) / (30.4375 * 86400.0) * peak
    tpm = per_s * 60.0 * (load.input_tokens_per_request + load.output_tokens_per_request)
    bits = []
    for offer in enum.entities.api_offers:
        limit_t, limit_r = offer.rate_limit_tokens_per_min, offer.rate_limit_requests_per_min
        over = (limit_t is not None and tpm > limit_t) or (
            limit_r is not None and per_s * 60 > limit_r
        )
        bits.append(BIT["rate_limit"] if over else 0)
    return _gather_bits(np.asarray(bits or [0], dtype=np.int64), enum.api_offer)


def _needed_context(project: Project, load: LoadModel) -> float:
    need = load.input_tokens_per_request + load.output_tokens_per_request
    return max(float(project.use_case.min_context_tokens), need)


def _model_bits(models: tuple[Model, ...], project: Project, load: LoadModel) -> IntArray:
    floor = project.use_case.quality_floor
    mau = project.workload.monthly_active_users
    bits = []
    for m in models:
        b = 0
        if m.context_tokens < _needed_context(project, load):
            b |= BIT["context_length"]
        if m.quality_index is not None and m.quality_index < floor:
            b |= BIT["quality_floor"]
        cap = m.licence.max_monthly_active_users
        if not m.licence.commercial_use or (cap is not None and mau is not None and mau > cap):
            b |= BIT["licence"]
        bits.append(b)
    return np.asarray(bits or [0], dtype=np.int64)


def _gpu_offer_bits(enum: Enumeration, project: Project) -> IntArray:
    hw = project.hardware
    allowed = {macro_region(r) for r in project.privacy.allowed_regions}
    providers = {p.strip().lower() for p in hw.allowed_providers}
    plans = {p.value for p in hw.allowed_plans}
    bits = []
    for offer in enum.entities.gpu_offers:
        b = 0 if hw.cloud_gpus else BIT["no_cloud_gpus"]
        if providers and offer.provider.strip().lower() not in providers:
            b |= BIT["provider_not_allowed"]
        if offer.plan.value not in plans:
            b |= BIT["plan_not_allowed"]
        if allowed and macro_region(offer.region) not in allowed:
            b |= BIT["region"]
        bits.append(b)
    return np.asarray(bits or [0], dtype=np.int64)


def _gather_bits(values: IntArray, index: IntArray) -> IntArray:
    return np.where(index >= 0, values[np.maximum(index, 0)], 0)


def static_bits(
    enum: Enumeration, *, project: Project, load: LoadModel, prices: ApiPrices
) -> IntArray:
    """Reasons that depend neither on costs nor on volume (privacy, region, access, model, fit,
    latency); rate limits (volume) are in ``rate_limit_bits``."""
    t, perf = enum.table, enum.configs.perf
    required = LEVELS.index(project.privacy.data_location)
    bits = np.where(privacy_levels(enum) < required, BIT["data_location"], 0).astype(np.int64)
    bits |= _gather_bits(_api_offer_bits(enum, project, load, prices), enum.api_offer)
    bits |= _gather_bits(_gpu_offer_bits(enum, project), enum.gpu_offer)
    bits |= _model_bits(enum.entities.models, project, load)[t.model]
    cfg = enum.config
    has = cfg >= 0
    fits = np.where(has, perf.fits[np.maximum(cfg, 0)], True)
    meets = np.where(has, perf.meets_latency[np.maximum(cfg, 0)], True)
    bits |= np.where(~fits, BIT["memory"], 0)
    bits |= np.where(fits & ~meets, BIT["latency"], 0)
    bits |= np.where((t.plan == _BUY) & (not project.hardware.can_buy), BIT["cannot_buy"], 0)
    return bits | _full_finetune_bits(enum, project)


def _full_finetune_bits(enum: Enumeration, project: Project) -> IntArray:
    """Owned GPUs too few to hold full fine-tuning state (~16 bytes/parameter with Adam)."""
    t, owned = enum.table, project.hardware.owned
    if project.tuning.method is not TuningMethod.FULL_FINETUNE or not owned:
        return np.zeros(len(t), dtype=np.int64)
    params = np.array([m.params_total_b or 0.0 for m in enum.entities.models])[t.model]
    memory = np.array([g.memory_gb for g in enum.entities.gpus])[np.maximum(t.gpu, 0)]
    need = full_finetune_gpus(params_b=params, memory_gb=memory)
    counts = np.array([o.count for o in owned], dtype=np.float64)
    have = np.where(enum.owned_entry >= 0, counts[np.maximum(enum.owned_entry, 0)], np.inf)
    return np.where(need > have, BIT["tuning_unavailable"], 0).astype(np.int64)


def cost_bits(
    enum: Enumeration, *, project: Project, costs: Costs, total_by_month: FloatArray | None = None
) -> IntArray:
    """Reasons that depend on costs and capacity (budgets, quota, owned capacity)."""
    t = enum.table
    return cost_bits_arrays(
        route=t.route,
        plan=t.plan,
        owned_entry=enum.owned_entry,
        project=project,
        total_by_month=costs.total_by_month if total_by_month is None else total_by_month,
        gpus_peak=costs.gpus_peak,
        capex=costs.capex,
    )


def cost_bits_arrays(
    *,
    route: IntArray,
    plan: IntArray,
    owned_entry: IntArray,
    project: Project,
    total_by_month: FloatArray,
    gpus_peak: FloatArray,
    capex: FloatArray,
    worst_month: FloatArray | None = None,
) -> IntArray:
    """``cost_bits`` on plain arrays (rows may be any subset); ``worst_month``: the row maxima
    of ``total_by_month`` (USD) when the caller has them already."""
    hw = project.hardware
    bits = np.zeros(route.shape[0], dtype=np.int64)
    worst = row_max(total_by_month) if worst_month is None else worst_month
    bits |= np.where(~np.isfinite(worst), BIT["no_cost"], 0)
    budget = project.staff.monthly_budget_usd
    if budget is not None:
        bits |= np.where(np.nan_to_num(worst, nan=np.inf) > budget, BIT["monthly_budget"], 0)
    if hw.gpu_quota is not None:
        bits |= np.where((route == RENTED) & (gpus_peak > hw.gpu_quota), BIT["gpu_quota"], 0)
    counts = np.array([o.count for o in hw.owned] or [0], dtype=np.float64)
    limit = np.where(owned_entry >= 0, counts[np.maximum(owned_entry, 0)], np.inf)
    bits |= np.where(gpus_peak > limit, BIT["owned_capacity"], 0)
    if hw.purchase_budget_usd is not None:
        over = (plan == _BUY) & (capex > hw.purchase_budget_usd)
        bits |= np.where(over, BIT["purchase_budget"], 0)
    return bits


def reason_names(bits: int) -> tuple[str, ...]:
    """Names of the reasons set in a bit mask, in REASONS order."""
    return tuple(name for name in REASONS if bits & BIT[name])


def count_reasons(bits: IntArray) -> dict[str, int]:
    """How many rows each reason excludes (rows with several reasons count for each)."""
    return {
        name: int(np.count_nonzero(bits & BIT[name]))
        for name in REASONS
        if np.any(bits & BIT[name])
    }


def route_names() -> tuple[str, ...]:
    """Routes in code order (re-exported for reason texts)."""
    return ROUTES


def feasible(bits: IntArray) -> BoolArray:
    """Rows with no exclusion reason."""
    return np.asarray(bits == 0)
