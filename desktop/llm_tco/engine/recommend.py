"""Turn ranked rows into Recommendation / ExcludedOption records (distinct options only)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from llm_tco.engine.constraints import reason_names
from llm_tco.engine.costing import Costs, Drivers, RowParams, compute_costs
from llm_tco.engine.explain import Context, deciding_factors, price_sources, reason_texts
from llm_tco.engine.messages import msg
from llm_tco.engine.results import (
    COMPONENTS,
    PLANS,
    SCALINGS,
    ExcludedOption,
    FloatArray,
    IntArray,
    Recommendation,
)


@dataclass(frozen=True)
class Scored:
    """Arrays the records are built from."""

    ctx: Context
    params: RowParams
    drivers: Drivers
    costs: Costs
    total: FloatArray
    per_m_tokens: FloatArray
    criteria: FloatArray
    weights: FloatArray
    score_all: FloatArray  # score as if allowed
    bits: IntArray
    static_bits: IntArray
    today: dt.date


def distinct(rows: IntArray, s: Scored, *, limit: int) -> list[int]:
    """First row of each option, in the given order: API routes per (route, model, provider),
    self-hosted routes per (route, model), so that the list shows different choices."""
    t = s.ctx.enum.table
    seen: set[tuple[int, int, int]] = set()
    out: list[int] = []
    start, step = 0, 256  # rows are read in growing chunks: the options are usually near the top
    while start < len(rows) and len(out) < limit:
        chunk = np.asarray(rows[start : start + step])
        cols = zip(
            chunk.tolist(),
            t.route[chunk].tolist(),
            t.model[chunk].tolist(),
            t.provider[chunk].tolist(),
            strict=True,
        )
        for r, route, model, provider in cols:
            key = (route, model, provider if route <= 2 else -1)
            if key in seen:
                continue
            seen.add(key)
            out.append(r)
            if len(out) >= limit:
                break
        start, step = start + step, step * 4
    return out


def recommendations(rows: list[int], s: Scored) -> tuple[Recommendation, ...]:
    """Records for these rows (rank = position), with breakdowns and deciding factors."""
    return recommendation_lists((rows,), s)[0]


def recommendation_lists(
    lists: tuple[list[int], ...], s: Scored
) -> tuple[tuple[Recommendation, ...], ...]:
    """``recommendations`` of several row lists, costing the rows of all lists in one call."""
    every = sorted({r for rows in lists for r in rows})
    if not every:
        return tuple(() for _ in lists)
    sub = compute_costs(s.params.take(np.asarray(every)), s.drivers, detail=True)
    comp = sub.components or {}
    parts = _Parts(
        {k: comp[k].sum(axis=1).tolist() for k in COMPONENTS},
        {k: comp[k].tolist() for k in COMPONENTS},
    )
    at = {r: pos for pos, r in enumerate(every)}
    out = []
    for rows in lists:
        records = []
        for pos, r in enumerate(rows):
            versus = (rows[1] if len(rows) > 1 else None) if pos == 0 else rows[0]
            records.append(_record(pos + 1, r, s, (sub, parts), at[r], versus))
        out.append(tuple(records))
    return tuple(out)


@dataclass(frozen=True)
class _Parts:
    """Cost components of the recommended rows as plain lists (USD): totals and per month."""

    totals: dict[str, list[float]]
    monthly: dict[str, list[list[float]]]


def _record(
    rank: int, r: int, s: Scored, costs: tuple[Costs, _Parts], pos: int, versus: int | None
) -> Recommendation:
    t, ctx = s.ctx.enum.table, s.ctx
    g = int(t.gpu[r])
    sub, parts = costs
    monthly = s.total[r] / max(ctx.load.horizon_months, 1)
    factors = deciding_factors(ctx, s.criteria, s.weights, r, versus)
    return Recommendation(
        rank=rank,
        index=r,
        candidate_id=t.candidate_id(r),
        label=t.label(r),
        route=t.route_name(r),
        model_id=t.model_ids[int(t.model[r])],
        model_name=t.model_names[int(t.model[r])],
        provider=t.providers[int(t.provider[r])] or "own hardware",
        hardware=t.hardware(r),
        plan=PLANS[int(t.plan[r])],
        scaling=SCALINGS[int(t.scaling[r])],
        monthly_cost_usd=float(monthly),
        first_month_cost_usd=float(sub.total_by_month[pos, 0]),
        total_cost_usd=float(s.total[r]),
        capex_usd=float(ctx.capex[r]),
        cost_per_million_tokens_usd=float(s.per_m_tokens[r]),
        utilisation=float(ctx.utilisation[r]),
        quality=float(ctx.quality[r]),
        score=float(s.score_all[r]),
        replicas_peak=float(s.costs.replicas_peak[r]),
        gpus_peak=float(ctx.gpus_peak[r]),
        tpot_s=float(ctx.tpot_s[r]) if g >= 0 else float("nan"),
        ttft_s=float(ctx.ttft_s[r]) if g >= 0 else float("nan"),
        breakdown_usd=MappingProxyType({k: parts.totals[k][pos] for k in COMPONENTS}),
        monthly_breakdown_usd=MappingProxyType(
            {k: tuple(parts.monthly[k][pos]) for k in COMPONENTS}
        ),
        reasons=tuple(str(m) for m in factors),
        price_sources=price_sources(ctx, r, today=s.today),
        reason_messages=factors,
    )


def excluded_closest(s: Scored, *, limit: int = 10) -> tuple[ExcludedOption, ...]:
    """The best-scoring excluded options (as if allowed), distinct, with their reasons."""
    bad = np.flatnonzero((s.bits != 0) & np.isfinite(s.total))
    out = []
    t = s.ctx.enum.table
    for r in _closest_rows(bad, s, limit=limit):
        reasons = reason_texts(s.ctx, r, int(s.bits[r])) or tuple(
            msg("{reason}", reason=name) for name in reason_names(int(s.bits[r]))
        )
        out.append(
            ExcludedOption(
                index=r,
                candidate_id=t.candidate_id(r),
                label=t.label(r),
                route=t.route_name(r),
                monthly_cost_usd=float(s.total[r] / max(s.ctx.load.horizon_months, 1)),
                score_if_allowed=float(s.score_all[r]),
                reasons=tuple(str(m) for m in reasons),
                reason_messages=reasons,
            )
        )
    return tuple(out)


_PREFIX = 1000  # excluded rows sorted first; the rest only when these hold too few options


def _closest_rows(bad: IntArray, s: Scored, *, limit: int) -> list[int]:
    """``distinct`` over the rows ordered by score (best first), then total cost (USD). Sorts
    only the best-scoring rows (every row tied with the last of them included, so they are
    exactly the head of the full order) unless they hold fewer than ``limit`` options."""
    neg = -s.score_all[bad]
    if bad.size > 4 * _PREFIX:
        cut = np.partition(neg, _PREFIX)[_PREFIX]
        if np.isfinite(cut):
            head = bad[neg <= cut]
            rows = distinct(head[np.lexsort((s.total[head], -s.score_all[head]))], s, limit=limit)
            if len(rows) >= limit:
                return rows
    return distinct(bad[np.lexsort((s.total[bad], neg))], s, limit=limit)
