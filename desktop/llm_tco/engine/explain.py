"""Plain words: deciding factors of a recommendation, exclusion reasons with numbers, sources."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from llm_tco.engine.candidates import Enumeration
from llm_tco.engine.catalog_schema import Sourced, TuningOffer
from llm_tco.engine.constraints import BIT, LEVELS, macro_region
from llm_tco.engine.cost_defaults import STALE_PRICE_DAYS
from llm_tco.engine.messages import (
    QT_TRANSLATE_NOOP,
    Candidate,
    Join,
    Message,
    Money,
    Number,
    Share,
    Text,
    msg,
    usd_text,
)
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
    """US dollars in English: '$1,234' / '$12.3k' / '$1.20M' style."""
    return usd_text(usd)


_ROUTE_WORDS = {
    "closed_api": QT_TRANSLATE_NOOP("EngineText", "pay-per-token API, no servers to run"),
    "hosted_open": QT_TRANSLATE_NOOP(
        "EngineText", "hosted open-weights model, pay per token, no servers to run"
    ),
    "cloud_tenancy": QT_TRANSLATE_NOOP("EngineText", "model served inside your own cloud tenancy"),
    "self_hosted_rented": QT_TRANSLATE_NOOP(
        "EngineText", "open weights on rented GPUs you operate"
    ),
    "self_hosted_owned": QT_TRANSLATE_NOOP("EngineText", "open weights on your own hardware"),
}
_LOCATION_WORDS = {
    "any_vendor": QT_TRANSLATE_NOOP("EngineText", "any vendor"),
    "zero_retention_vendor": QT_TRANSLATE_NOOP("EngineText", "zero retention vendor"),
    "own_cloud_tenancy": QT_TRANSLATE_NOOP("EngineText", "own cloud tenancy"),
    "on_premises": QT_TRANSLATE_NOOP("EngineText", "on premises"),
    "air_gapped": QT_TRANSLATE_NOOP("EngineText", "air gapped"),
}


def _route_words(route: int) -> Message:
    return Message(_ROUTE_WORDS[ROUTES[route]])


def _location(code: str) -> Message:
    """A data location in words ('on premises'); unknown codes as they are."""
    words = _LOCATION_WORDS.get(code)
    return Message(words) if words else msg("{code}", code=code.replace("_", " "))


def _option(ctx: Context, j: int) -> Candidate:
    return Candidate(j, ctx.enum.table.label_message(j))


def _factor_words(ctx: Context, k: str, i: int, j: int | None) -> Message:
    t = ctx.enum.table
    cost = Money(float(ctx.monthly[i]))
    if k == "cost":
        if j is None:
            return msg(QT_TRANSLATE_NOOP("EngineText", "costs {cost}/month on average"), cost=cost)
        ratio = ctx.monthly[j] / max(ctx.monthly[i], 1e-9)
        if ratio < 1.005:
            return msg(
                QT_TRANSLATE_NOOP("EngineText", "costs {cost}/month, about the same as {other}"),
                cost=cost,
                other=_option(ctx, j),
            )
        saving = 1 - 1 / ratio  # share of the other option's cost saved
        return msg(
            QT_TRANSLATE_NOOP("EngineText", "costs {cost}/month, {share} less than {other}"),
            cost=cost,
            share=Share(float(saving)),
            other=_option(ctx, j),
        )
    if k == "quality":
        floor = ctx.project.use_case.quality_floor
        if not np.isfinite(ctx.quality[i]):
            return msg(
                QT_TRANSLATE_NOOP(
                    "EngineText", "quality index not published: check it clears the floor"
                )
            )
        return msg(
            QT_TRANSLATE_NOOP("EngineText", "quality index {quality} clears the floor of {floor}"),
            quality=Number(float(ctx.quality[i])),
            floor=Number(float(floor)),
        )
    if k == "latency":
        if t.route[i] <= 2:
            return msg(
                QT_TRANSLATE_NOOP(
                    "EngineText", "provider-managed latency (not measured in the catalogs)"
                )
            )
        speed, first = 1 / ctx.tpot_s[i], ctx.ttft_s[i]
        return msg(
            QT_TRANSLATE_NOOP(
                "EngineText", "fast enough: {speed} tokens/s per user, first token {first} s"
            ),
            speed=Number(float(speed)),
            first=Number(float(first), 1),
        )
    if k == "privacy":
        level = LEVELS[int(ctx.privacy_level[i])].value
        return msg(
            QT_TRANSLATE_NOOP("EngineText", "data can stay within: {level}"), level=_location(level)
        )
    route = _route_words(int(t.route[i]))
    if k == "ops_simplicity":
        return msg(QT_TRANSLATE_NOOP("EngineText", "simple to operate: {route}"), route=route)
    return msg(QT_TRANSLATE_NOOP("EngineText", "vendor independence: {route}"), route=route)


def _cost_words(ctx: Context, i: int, j: int | None) -> Message:
    cost = Money(float(ctx.monthly[i]))
    if j is None or ctx.monthly[i] <= ctx.monthly[j] * 1.005:
        return msg(QT_TRANSLATE_NOOP("EngineText", "costs {cost}/month on average"), cost=cost)
    extra = float(ctx.monthly[i] / max(ctx.monthly[j], 1e-9))
    if extra >= 1.5:
        return msg(
            QT_TRANSLATE_NOOP("EngineText", "costs {cost}/month ({times}x the cost of {other})"),
            cost=cost,
            times=Number(extra, 1),
            other=_option(ctx, j),
        )
    return msg(
        QT_TRANSLATE_NOOP("EngineText", "costs {cost}/month ({share} more than {other})"),
        cost=cost,
        share=Share(extra - 1),
        other=_option(ctx, j),
    )


def deciding_factors(
    ctx: Context, criteria: FloatArray, w: FloatArray, i: int, j: int | None, *, top: int = 3
) -> tuple[Message, ...]:
    """Top criteria by weighted advantage over row j (or absolute contribution), plus key facts."""
    contrib = criteria[i] * w if j is None else (criteria[i] - criteria[j]) * w
    order = [int(k) for k in np.argsort(-contrib) if contrib[k] > 1e-9][:top]
    words = [_factor_words(ctx, CRITERIA[k], i, j) for k in order]
    if 0 not in order:
        words.insert(0, _cost_words(ctx, i, j))
    route = int(ctx.enum.table.route[i])
    if route <= 2:
        words.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "EngineText", "pay per token: no idle capacity to pay for at any volume"
                )
            )
        )
    if route >= 3:
        one = float(ctx.gpus_peak[i]) == 1.0
        busy = (
            QT_TRANSLATE_NOOP("EngineText", "GPU busy {share} of paid time (1 GPU at peak)")
            if one
            else QT_TRANSLATE_NOOP("EngineText", "GPUs busy {share} of paid time ({gpus} at peak)")
        )
        share = Share(float(ctx.utilisation[i]))
        words.append(
            msg(busy, share=share) if one else msg(busy, share=share, gpus=Number(ctx.gpus_peak[i]))
        )
    if ctx.capex[i] > 0:
        words.append(
            msg(
                QT_TRANSLATE_NOOP("EngineText", "needs {cost} of hardware up front"),
                cost=Money(float(ctx.capex[i])),
            )
        )
    elif route == ROUTES.index("self_hosted_owned"):
        words.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "EngineText",
                    "hardware already paid: only power, hosting, maintenance and staff count",
                )
            )
        )
    return tuple(words)


_SIMPLE_REASONS = {
    "no_cloud_gpus": QT_TRANSLATE_NOOP("EngineText", "the team cannot rent cloud GPUs"),
    "plan_not_allowed": QT_TRANSLATE_NOOP("EngineText", "this pricing plan is not allowed"),
    "cannot_buy": QT_TRANSLATE_NOOP("EngineText", "the team cannot buy hardware"),
    "tuning_unavailable": QT_TRANSLATE_NOOP(
        "EngineText",
        "fine-tuning is not available here (no vendor fine-tuning offer, "
        "or too few owned GPUs to hold full fine-tuning state)",
    ),
    "no_cost": QT_TRANSLATE_NOOP("EngineText", "no cost can be computed (no capacity or no price)"),
}


def reason_texts(ctx: Context, i: int, bits: int) -> tuple[Message, ...]:
    """Every exclusion reason of row i in words, with the numbers involved."""
    t, p = ctx.enum.table, ctx.project
    model = ctx.enum.entities.models[int(t.model[i])]
    out: list[Message] = []
    if bits & BIT["data_location"]:
        out.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "EngineText", "data must stay {need}; this route only guarantees {got}"
                ),
                need=_location(p.privacy.data_location.value),
                got=_location(LEVELS[int(ctx.privacy_level[i])].value),
            )
        )
    if bits & BIT["certification"]:
        out.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "EngineText", "provider lacks required certification(s) {certifications}"
                ),
                certifications=Join(tuple(Text(c) for c in p.privacy.required_certifications)),
            )
        )
    if bits & BIT["region"]:
        region = t.regions[int(t.region[i])]
        out.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "EngineText", "region {region} ({macro}) is outside the allowed {allowed}"
                ),
                region=region,
                macro=macro_region(region),
                allowed=Join(tuple(Text(r) for r in p.privacy.allowed_regions)),
            )
        )
    for name, text in _SIMPLE_REASONS.items():
        if bits & BIT[name]:
            out.append(Message(text))
        if name == "no_cloud_gpus" and bits & BIT["provider_not_allowed"]:
            out.append(
                msg(
                    QT_TRANSLATE_NOOP("EngineText", "provider {provider} is not allowed"),
                    provider=t.providers[int(t.provider[i])],
                )
            )
    out.extend(_numeric_reasons(ctx, i, bits, model.context_tokens, model.quality_index))
    return tuple(out)


def _numeric_reasons(
    ctx: Context, i: int, bits: int, context: int, quality: float | None
) -> list[Message]:
    p, t = ctx.project, ctx.enum.table
    out: list[Message] = []
    hw = p.hardware
    gpus = Number(float(ctx.gpus_peak[i]))
    if bits & BIT["gpu_quota"]:
        out.append(
            msg(
                QT_TRANSLATE_NOOP("EngineText", "needs {gpus} GPUs at peak; the quota is {quota}"),
                gpus=gpus,
                quota=Number(float(hw.gpu_quota or 0)) if hw.gpu_quota is not None else "None",
            )
        )
    if bits & BIT["purchase_budget"]:
        out.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "EngineText", "hardware costs {cost}; the purchase budget is {budget}"
                ),
                cost=Money(float(ctx.capex[i])),
                budget=Money(float(hw.purchase_budget_usd or 0)),
            )
        )
    if bits & BIT["owned_capacity"]:
        k = int(ctx.enum.owned_entry[i])
        out.append(
            msg(
                QT_TRANSLATE_NOOP("EngineText", "needs {gpus} GPUs at peak; you own {owned}"),
                gpus=gpus,
                owned=Number(float(hw.owned[k].count)),
            )
        )
    if bits & BIT["context_length"]:
        need = max(
            p.use_case.min_context_tokens,
            ctx.load.input_tokens_per_request + ctx.load.output_tokens_per_request,
        )
        out.append(
            msg(
                QT_TRANSLATE_NOOP("EngineText", "context window {context} tokens < {need} needed"),
                context=Number(float(context), grouped=True),
                need=Number(float(need), grouped=True),
            )
        )
    if bits & BIT["quality_floor"]:
        out.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "EngineText", "quality index {quality} is below the floor of {floor}"
                ),
                quality=Number(float("nan") if quality is None else float(quality)),
                floor=Number(float(p.use_case.quality_floor)),
            )
        )
    if bits & BIT["memory"]:
        c = int(ctx.enum.config[i])
        why = ctx.enum.configs.perf.reason[c]
        out.append(
            msg(
                QT_TRANSLATE_NOOP("EngineText", "does not fit in memory: {why}"),
                why=why
                if why
                else Message(QT_TRANSLATE_NOOP("EngineText", "no room for KV cache")),
            )
        )
    if bits & BIT["latency"]:
        out.append(_latency_text(ctx, i))
    if bits & BIT["rate_limit"]:
        out.append(
            msg(QT_TRANSLATE_NOOP("EngineText", "the provider's rate limit is below the peak load"))
        )
    if bits & BIT["monthly_budget"]:
        worst = Money(float(ctx.worst_month[i])) if ctx.worst_month.size else "n/a"
        out.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "EngineText",
                    "costs up to {worst} in its most expensive month; the budget is {budget}/month",
                ),
                worst=worst,
                budget=Money(float(p.staff.monthly_budget_usd or 0)),
            )
        )
    if bits & BIT["licence"]:
        limits = ctx.enum.entities.models[int(t.model[i])].licence.usage_limits
        out.append(
            msg(
                QT_TRANSLATE_NOOP("EngineText", "licence terms: {limits}"),
                limits=limits
                or Message(
                    QT_TRANSLATE_NOOP("EngineText", "usage cap exceeded or no commercial use")
                ),
            )
        )
    return out


def _latency_text(ctx: Context, i: int) -> Message:
    w = ctx.project.workload
    parts: list[Message] = []
    if w.min_output_tokens_per_s_per_user is not None:
        parts.append(
            msg(
                QT_TRANSLATE_NOOP("EngineText", "{speed} tokens/s per user (target {target})"),
                speed=Number(float(1 / ctx.tpot_s[i])),
                target=Number(float(w.min_output_tokens_per_s_per_user)),
            )
        )
    if w.ttft_target_ms is not None:
        parts.append(
            msg(
                QT_TRANSLATE_NOOP("EngineText", "first token {first} s (target {target} s)"),
                first=Number(float(ctx.ttft_s[i]), 2),
                target=Number(w.ttft_target_ms / 1000, 2),
            )
        )
    return msg(
        QT_TRANSLATE_NOOP("EngineText", "misses the latency target: {parts}"),
        parts=Join(tuple(parts)),
    )


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
