"""Plain words: deciding factors of a recommendation, exclusion reasons with numbers, sources."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from llm_tco.engine.candidates import Enumeration
from llm_tco.engine.catalog_schema import Sourced, TuningOffer
from llm_tco.engine.constraints import BIT, LEVELS, macro_region
from llm_tco.engine.cost_defaults import STALE_PRICE_DAYS
from llm_tco.engine.project_model import Project
from llm_tco.engine.results import CRITERIA, ROUTES, FloatArray, IntArray, PriceSource
from llm_tco.engine.workload import LoadModel


@dataclass(frozen=True)
class Context:
    """What the wording needs: the enumeration, the project and the computed arrays."""

    enum: Enumeration
    project: Project
    load: LoadModel
    monthly: FloatArray  # average monthly cost per row
    utilisation: FloatArray
    gpus_peak: FloatArray
    capex: FloatArray
    quality: FloatArray
    tpot_s: FloatArray
    ttft_s: FloatArray
    privacy_level: IntArray
    worst_month: FloatArray
    tuning_by_api_offer: tuple[TuningOffer | None, ...] = ()


def money(usd: float) -> str:
    """'$1,234' / '$12.3k' / '$1.2M' style."""
    if not np.isfinite(usd):
        return "n/a"
    a = abs(usd)
    if a >= 1e6:
        return f"${usd / 1e6:,.2f}M"
    if a >= 1e4:
        return f"${usd / 1e3:,.1f}k"
    return f"${usd:,.0f}" if a >= 100 else f"${usd:,.2f}"


_ROUTE_WORDS = {
    "closed_api": "pay-per-token API, no servers to run",
    "hosted_open": "hosted open-weights model, pay per token, no servers to run",
    "cloud_tenancy": "model served inside your own cloud tenancy",
    "self_hosted_rented": "open weights on rented GPUs you operate",
    "self_hosted_owned": "open weights on your own hardware",
}


def _factor_words(ctx: Context, k: str, i: int, j: int | None) -> str:
    t = ctx.enum.table
    if k == "cost":
        if j is None:
            return f"costs {money(ctx.monthly[i])}/month on average"
        ratio = ctx.monthly[j] / max(ctx.monthly[i], 1e-9)
        if ratio < 1.005:
            return f"costs {money(ctx.monthly[i])}/month, about the same as {t.label(j)}"
        saving = (1 - 1 / ratio) * 100  # share of the other option's cost saved
        return f"costs {money(ctx.monthly[i])}/month, {saving:.0f}% less than {t.label(j)}"
    if k == "quality":
        floor = ctx.project.use_case.quality_floor
        if not np.isfinite(ctx.quality[i]):
            return "quality index not published: check it clears the floor"
        return f"quality index {ctx.quality[i]:.0f} clears the floor of {floor:.0f}"
    if k == "latency":
        if t.route[i] <= 2:
            return "provider-managed latency (not measured in the catalogs)"
        speed, first = 1 / ctx.tpot_s[i], ctx.ttft_s[i]
        return f"fast enough: {speed:.0f} tokens/s per user, first token {first:.1f} s"
    if k == "privacy":
        level = LEVELS[int(ctx.privacy_level[i])].value.replace("_", " ")
        return f"data can stay within: {level}"
    if k == "ops_simplicity":
        return f"simple to operate: {_ROUTE_WORDS[ROUTES[int(t.route[i])]]}"
    return f"vendor independence: {_ROUTE_WORDS[ROUTES[int(t.route[i])]]}"


def _cost_words(ctx: Context, i: int, j: int | None) -> str:
    if j is None or ctx.monthly[i] <= ctx.monthly[j] * 1.005:
        return f"costs {money(ctx.monthly[i])}/month on average"
    extra = ctx.monthly[i] / max(ctx.monthly[j], 1e-9)
    more = f"{extra:.1f}x the cost of" if extra >= 1.5 else f"{(extra - 1) * 100:.0f}% more than"
    return f"costs {money(ctx.monthly[i])}/month ({more} {ctx.enum.table.label(j)})"


def deciding_factors(
    ctx: Context, criteria: FloatArray, w: FloatArray, i: int, j: int | None, *, top: int = 3
) -> tuple[str, ...]:
    """Top criteria by weighted advantage over row j (or absolute contribution), plus key facts."""
    contrib = criteria[i] * w if j is None else (criteria[i] - criteria[j]) * w
    order = [int(k) for k in np.argsort(-contrib) if contrib[k] > 1e-9][:top]
    words = [_factor_words(ctx, CRITERIA[k], i, j) for k in order]
    if 0 not in order:
        words.insert(0, _cost_words(ctx, i, j))
    route = int(ctx.enum.table.route[i])
    if route <= 2:
        words.append("pay per token: no idle capacity to pay for at any volume")
    if route >= 3:
        words.append(
            f"GPUs busy {ctx.utilisation[i] * 100:.0f}% of paid time "
            f"({ctx.gpus_peak[i]:.0f} GPU(s) at peak)"
        )
    if ctx.capex[i] > 0:
        words.append(f"needs {money(ctx.capex[i])} of hardware up front")
    elif route == ROUTES.index("self_hosted_owned"):
        words.append("hardware already paid: only power, hosting, maintenance and staff count")
    return tuple(words)


def reason_texts(ctx: Context, i: int, bits: int) -> tuple[str, ...]:
    """Every exclusion reason of row i in words, with the numbers involved."""
    t, p = ctx.enum.table, ctx.project
    model = ctx.enum.entities.models[int(t.model[i])]
    out: list[str] = []
    if bits & BIT["data_location"]:
        got = LEVELS[int(ctx.privacy_level[i])].value.replace("_", " ")
        need = p.privacy.data_location.value.replace("_", " ")
        out.append(f"data must stay {need}; this route only guarantees {got}")
    if bits & BIT["certification"]:
        out.append(
            "provider lacks required certification(s) "
            + ", ".join(p.privacy.required_certifications)
        )
    if bits & BIT["region"]:
        region = t.regions[int(t.region[i])]
        allowed = ", ".join(p.privacy.allowed_regions)
        out.append(f"region {region} ({macro_region(region)}) is outside the allowed {allowed}")
    simple = {
        "no_cloud_gpus": "the team cannot rent cloud GPUs",
        "provider_not_allowed": f"provider {t.providers[int(t.provider[i])]} is not allowed",
        "plan_not_allowed": "this pricing plan is not allowed",
        "cannot_buy": "the team cannot buy hardware",
        "tuning_unavailable": "fine-tuning is not available here (no vendor fine-tuning offer, "
        "or too few owned GPUs to hold full fine-tuning state)",
        "no_cost": "no cost can be computed (no capacity or no price)",
    }
    out.extend(text for name, text in simple.items() if bits & BIT[name])
    out.extend(_numeric_reasons(ctx, i, bits, model.context_tokens, model.quality_index))
    return tuple(out)


def _numeric_reasons(
    ctx: Context, i: int, bits: int, context: int, quality: float | None
) -> list[str]:
    p, t, out = ctx.project, ctx.enum.table, []
    hw = p.hardware
    if bits & BIT["gpu_quota"]:
        out.append(f"needs {ctx.gpus_peak[i]:.0f} GPUs at peak; the quota is {hw.gpu_quota}")
    if bits & BIT["purchase_budget"]:
        out.append(
            f"hardware costs {money(ctx.capex[i])}; the purchase budget is "
            f"{money(hw.purchase_budget_usd or 0)}"
        )
    if bits & BIT["owned_capacity"]:
        k = int(ctx.enum.owned_entry[i])
        out.append(f"needs {ctx.gpus_peak[i]:.0f} GPUs at peak; you own {hw.owned[k].count}")
    if bits & BIT["context_length"]:
        need = max(
            p.use_case.min_context_tokens,
            ctx.load.input_tokens_per_request + ctx.load.output_tokens_per_request,
        )
        out.append(f"context window {context:,} tokens < {need:,.0f} needed")
    if bits & BIT["quality_floor"]:
        out.append(
            f"quality index {quality:.0f} is below the floor of {p.use_case.quality_floor:.0f}"
        )
    if bits & BIT["memory"]:
        c = int(ctx.enum.config[i])
        out.append(
            f"does not fit in memory: {ctx.enum.configs.perf.reason[c] or 'no room for KV cache'}"
        )
    if bits & BIT["latency"]:
        out.append(_latency_text(ctx, i))
    if bits & BIT["rate_limit"]:
        out.append("the provider's rate limit is below the peak load")
    if bits & BIT["monthly_budget"]:
        worst = money(float(ctx.worst_month[i])) if ctx.worst_month.size else "n/a"
        out.append(
            f"costs up to {worst} in its most expensive month; the budget is "
            f"{money(p.staff.monthly_budget_usd or 0)}/month"
        )
    if bits & BIT["licence"]:
        limits = ctx.enum.entities.models[int(t.model[i])].licence.usage_limits
        out.append(f"licence terms: {limits or 'usage cap exceeded or no commercial use'}")
    return out


def _latency_text(ctx: Context, i: int) -> str:
    w = ctx.project.workload
    parts = []
    if w.min_output_tokens_per_s_per_user is not None:
        target = w.min_output_tokens_per_s_per_user
        parts.append(f"{1 / ctx.tpot_s[i]:.0f} tokens/s per user (target {target:.0f})")
    if w.ttft_target_ms is not None:
        parts.append(f"first token {ctx.ttft_s[i]:.2f} s (target {w.ttft_target_ms / 1000:.2f} s)")
    return "misses the latency target: " + ", ".join(parts)


def price_sources(ctx: Context, i: int, *, today: dt.date) -> tuple[PriceSource, ...]:
    """The catalog entries whose numbers drove row i's cost, with staleness flags."""
    e, t = ctx.enum, ctx.enum.table
    items: list[tuple[str, Sourced]] = []
    if e.api_offer[i] >= 0:
        items.append(("api_offers", e.entities.api_offers[int(e.api_offer[i])]))
    if e.gpu_offer[i] >= 0:
        items.append(("gpu_offers", e.entities.gpu_offers[int(e.gpu_offer[i])]))
    if t.gpu[i] >= 0:
        items.append(("gpus", e.entities.gpus[int(t.gpu[i])]))
    items.append(("models", e.entities.models[int(t.model[i])]))
    k = int(e.api_offer[i])
    tuned = ctx.tuning_by_api_offer[k] if k >= 0 and ctx.tuning_by_api_offer else None
    if tuned is not None:
        items.insert(1, ("tuning_offers", tuned))
    out = []
    for catalog, entry in items:
        age = (today - entry.as_of).days
        is_price = catalog in ("api_offers", "gpu_offers", "tuning_offers") or (
            catalog == "gpus" and ctx.capex[i] > 0
        )
        out.append(
            PriceSource(
                catalog,
                str(getattr(entry, "id", "")),
                str(entry.source),
                entry.as_of.isoformat(),
                bool(is_price and age > STALE_PRICE_DAYS),
            )
        )
    return tuple(out)
