"""The engine's facade: ``evaluate(project, catalogs) -> EvaluationResult`` (DESIGN 3.3-3.5)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType

import numpy as np

from llm_tco.engine.api_costs import ApiPrices, api_prices
from llm_tco.engine.candidates import Enumeration, enumerate_candidates
from llm_tco.engine.catalog import Catalogs, validate_entries
from llm_tco.engine.catalog_schema import TuningOffer
from llm_tco.engine.constraints import (
    BIT,
    cost_bits_arrays,
    count_reasons,
    privacy_levels,
    rate_limit_bits,
    static_bits,
)
from llm_tco.engine.costing import Costs, Drivers, RowParams, compute_costs, row_max
from llm_tco.engine.explain import Context
from llm_tco.engine.memo import RecentResults
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Join, Message, Number, Text, msg
from llm_tco.engine.project_model import Project
from llm_tco.engine.recommend import Scored, distinct, excluded_closest, recommendation_lists
from llm_tco.engine.results import (
    EvaluationResult,
    FloatArray,
    IntArray,
    Recommendation,
    frozen_array,
)
from llm_tco.engine.row_params import build_row_params
from llm_tco.engine.scoring import cost_criterion, rank, score, static_criteria, weights
from llm_tco.engine.workload import LoadModel, load_model

TOP_N = 10


_OVERRIDDEN: RecentResults[Catalogs] = RecentResults(4)


def with_project_overrides(catalogs: Catalogs, project: Project) -> Catalogs:
    """Catalogs with the project's own entries (e.g. a negotiated price) layered on top; the same
    object for the same catalogs and overrides, so what-if edits reuse the memoised enumeration."""
    if not project.catalog_overrides:
        return catalogs
    token = (catalogs, json.dumps(project.catalog_overrides, sort_keys=True, default=str))
    hit = _OVERRIDDEN.get(token)
    return hit if hit is not None else _OVERRIDDEN.put(token, _layered(catalogs, project))


def _layered(catalogs: Catalogs, project: Project) -> Catalogs:
    tables = {
        name: dict(catalogs.table(name))
        for name in ("models", "gpus", "gpu_offers", "api_offers", "tuning_offers")
    }
    for name, raw in project.catalog_overrides.items():
        if name in tables:
            tables[name].update(validate_entries(name, raw, path=Path("project")))
    frozen = {k: MappingProxyType(v) for k, v in tables.items()}
    return replace(catalogs, **frozen)  # type: ignore[arg-type]


def _drivers(project: Project) -> Drivers:
    a = project.assumptions
    return Drivers(
        gpu_price=a.gpu_price_multiplier,
        api_price=a.api_price_multiplier,
        efficiency=a.efficiency_multiplier,
        staff=a.staff_cost_multiplier,
    )


def _row_perf(enum: Enumeration) -> tuple[FloatArray, FloatArray, FloatArray]:
    perf, cfg = enum.configs.perf, enum.config
    has = cfg >= 0
    c = np.maximum(cfg, 0)
    tpot = np.where(has, perf.tpot_s[c], np.nan)
    ttft = np.where(has, perf.ttft_s[c], np.nan)
    q = np.array(
        [m.quality_index if m.quality_index is not None else np.nan for m in enum.entities.models]
    )[enum.table.model]
    return tpot, ttft, q


@dataclass(frozen=True)
class _Static:
    """Everything about the rows that a what-if edit of volume, prices, staff multipliers,
    priorities or budgets leaves unchanged."""

    enum: Enumeration
    prices: ApiPrices
    params: RowParams
    sbits: IntArray
    crit: FloatArray
    tpot: FloatArray
    ttft: FloatArray
    quality: FloatArray
    privacy: IntArray
    tuned: tuple[TuningOffer | None, ...]
    costed: IntArray  # rows whose costs are computed (see _costed_rows)
    costed_params: RowParams


_STATIC: RecentResults[_Static] = RecentResults(8)
_VOLUME_FIELDS = {"requests_per_day", "growth_per_month", "peak_to_average", "daily_profile"}


def _static_token(project: Project, enum: Enumeration, catalogs: Catalogs) -> tuple[object, ...]:
    text = project.model_dump_json(
        exclude={
            "assumptions": True,
            "priorities": True,
            "scenario": True,
            "workload": _VOLUME_FIELDS,
            "staff": {"monthly_budget_usd"},
            "hardware": {"gpu_quota", "purchase_budget_usd"},
        }
    )
    return (enum, catalogs.tuning_offers, text)


def _static(project: Project, catalogs: Catalogs, load: LoadModel) -> _Static:
    enum = enumerate_candidates(project, catalogs, load)
    token = _static_token(project, enum, catalogs)
    hit = _STATIC.get(token)
    if hit is not None:
        return replace(
            hit,
            params=replace(hit.params, load=load),
            costed_params=replace(hit.costed_params, load=load),
        )
    tuning = tuple(catalogs.tuning_offers.values())
    prices = api_prices(enum.entities.api_offers, tuning, project=project, load=load)
    tpot, ttft, quality = _row_perf(enum)
    t = enum.table
    privacy = privacy_levels(enum)
    crit = static_criteria(
        route=t.route,
        plan=t.plan,
        quality=quality,
        privacy_level=privacy,
        tpot_s=tpot,
        ttft_s=ttft,
        project=project,
    )
    params = build_row_params(enum, prices, project=project, load=load)
    sbits = static_bits(enum, project=project, load=load, prices=prices)
    costed = _costed_rows(enum, params, sbits)
    static = _Static(
        privacy=privacy,
        enum=enum,
        prices=prices,
        params=params,
        sbits=sbits,
        costed=costed,
        costed_params=params.take(costed),
        crit=crit,
        tpot=tpot,
        ttft=ttft,
        quality=quality,
        tuned=tuple(None if k is None else catalogs.tuning_offers[k] for k in prices.tuning_offer),
    )
    return _STATIC.put(token, static)


def _costed_rows(enum: Enumeration, params: RowParams, sbits: IntArray) -> IntArray:
    """Rows to cost: every API row, every row passing the cost-independent constraints, and for
    the other self-hosted rows one representative per (route, model, provider, GPU, plan,
    scaling): the configuration with the most capacity per GPU (its likely cheapest). The rest
    are excluded whatever they cost; leaving them uncosted keeps a what-if edit fast."""
    t = enum.table
    rest = np.flatnonzero((sbits != 0) & (t.gpu >= 0) & (enum.config >= 0))
    key = np.zeros(rest.size, dtype=np.int64)
    for col in (t.route, t.model, t.provider, t.gpu, t.plan, t.scaling):
        key = key * 1024 + col[rest] + 1
    eff = params.cap_tps[rest] / np.maximum(params.tp[rest], 1.0)
    order = np.lexsort((-eff, key))
    _, first = np.unique(key[order], return_index=True)
    keep = (sbits == 0) | (t.gpu < 0)
    keep[rest[order[first]]] = True
    return np.flatnonzero(keep)


def _spread(n: int, rows: IntArray, values: FloatArray, fill: float) -> FloatArray:
    """Values of the costed rows scattered into an array for all n rows (``fill`` elsewhere)."""
    out = np.full((n, *values.shape[1:]), fill)
    out[rows] = values
    return out


def _full_costs(n: int, rows: IntArray, sub: Costs) -> Costs:
    """Costs of the costed rows scattered into arrays for all n rows (NaN: not costed)."""
    return Costs(
        total_by_month=_spread(n, rows, sub.total_by_month, np.nan),
        component_totals=_spread(n, rows, sub.component_totals, np.nan),
        components=None,
        capex=_spread(n, rows, sub.capex, 0.0),
        utilisation=_spread(n, rows, sub.utilisation, np.nan),
        replicas_peak=_spread(n, rows, sub.replicas_peak, np.nan),
        gpus_peak=_spread(n, rows, sub.gpus_peak, np.nan),
        useful_tokens=_spread(n, rows, sub.useful_tokens, np.nan),
    )


def _scored(project: Project, catalogs: Catalogs, load: LoadModel, today: dt.date) -> Scored:
    st = _static(project, catalogs, load)
    drivers = _drivers(project)
    n = len(st.enum.table)
    r = st.costed
    sub = compute_costs(st.costed_params, drivers, memo=True)
    costs = _full_costs(n, r, sub)
    sbits = st.sbits | rate_limit_bits(st.enum, load=load)
    cbits = np.zeros(n, dtype=np.int64)
    t = st.enum.table
    worst = row_max(sub.total_by_month)
    cbits[r] = cost_bits_arrays(
        route=t.route[r],
        plan=t.plan[r],
        owned_entry=st.enum.owned_entry[r],
        project=project,
        total_by_month=sub.total_by_month,
        gpus_peak=sub.gpus_peak,
        capex=sub.capex,
        worst_month=worst,
    )
    bits = sbits | np.where(sbits & BIT["memory"], cbits & ~BIT["no_cost"], cbits)
    total = _spread(n, r, sub.total_by_month.sum(axis=1), np.nan)
    crit = st.crit.copy()
    crit[:, 0] = cost_criterion(total, bits == 0)
    w = weights(project.priorities)
    ctx = Context(
        enum=st.enum,
        project=project,
        load=load,
        monthly=total / load.horizon_months,
        utilisation=costs.utilisation,
        gpus_peak=costs.gpus_peak,
        capex=costs.capex,
        quality=st.quality,
        tpot_s=st.tpot,
        ttft_s=st.ttft,
        tuning_by_api_offer=st.tuned,
        privacy_level=st.privacy,
        worst_month=_spread(n, r, worst, np.nan),
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        per_m = np.where(costs.useful_tokens > 0, total / costs.useful_tokens * 1e6, np.nan)
    return Scored(
        ctx=ctx,
        params=st.params,
        drivers=drivers,
        costs=costs,
        total=total,
        per_m_tokens=per_m,
        criteria=crit,
        weights=w,
        score_all=score(crit, w),
        bits=bits,
        static_bits=sbits,
        today=today,
    )


def scored(project: Project, catalogs: Catalogs, *, today: dt.date | None = None) -> Scored:
    """Costs, constraints and scores of every candidate (the input of the analyses)."""
    catalogs = with_project_overrides(catalogs, project)
    return _scored(project, catalogs, load_model(project), today or dt.date.today())


_SCORED: RecentResults[Scored] = RecentResults(1)


def _scored_once(project: Project, catalogs: Catalogs, today: dt.date) -> Scored:
    """``scored``, reusing the previous call's result for an equal project and the same catalogs.

    The results view ranks a project and then, in a second call, analyses it: the second call
    skips the costing. The project is compared by its JSON (a project changed in place is costed
    anew); Scored arrays are never written once built.
    """
    token = (catalogs, today.toordinal(), project.model_dump_json())
    hit = _SCORED.get(token)
    if hit is not None:
        return hit
    layered = with_project_overrides(catalogs, project)
    return _SCORED.put(token, _scored(project, layered, load_model(project), today))


def evaluate(
    project: Project,
    catalogs: Catalogs,
    *,
    monte_carlo: bool = True,
    analyses: bool = True,
    today: dt.date | None = None,
    progress: Callable[[float], None] | None = None,
) -> EvaluationResult:
    """Rank every candidate for the project (USD); analyses: break-even, tornado, Monte Carlo.

    ``progress`` is told the share of the analyses done (0-1) between their steps; an exception it
    raises (for example a cancelled run) stops the evaluation and propagates to the caller.
    """
    from llm_tco.engine.analyses import run_analyses

    today = today or dt.date.today()
    if progress is not None and analyses:
        progress(0.0)  # a run cancelled before it starts stops here
    s = _scored_once(project, catalogs, today)
    catalogs = with_project_overrides(catalogs, project)
    feasible = s.bits == 0
    ranking = rank(s.score_all, feasible, descending=True, tie=s.total)
    cost_ranking = rank(s.total, feasible, descending=False, tie=-s.score_all)
    recs, cheap = recommendation_lists(
        (distinct(ranking, s, limit=TOP_N), distinct(cost_ranking, s, limit=TOP_N)), s
    )
    extra = (
        run_analyses(s, ranking, monte_carlo=monte_carlo, progress=progress)
        if analyses and len(ranking)
        else None
    )
    return _assemble(project, catalogs, s, ranking, cost_ranking, recs, cheap, extra, today)


def _ro(values: np.ndarray) -> np.ndarray:
    return frozen_array(values)


def _assemble(
    project: Project,
    catalogs: Catalogs,
    s: Scored,
    ranking: np.ndarray,
    cost_ranking: np.ndarray,
    recs: tuple[Recommendation, ...],
    cheap: tuple[Recommendation, ...],
    extra: object,
    today: dt.date,
) -> EvaluationResult:
    from llm_tco.engine.analyses import Analyses

    a = extra if isinstance(extra, Analyses) else Analyses.empty()
    c = s.costs
    feasible = s.bits == 0
    breakdown = c.component_totals
    score_feasible = np.where(feasible, s.score_all, np.nan)
    warnings = _warnings(project, catalogs, s, recs)
    return EvaluationResult(
        project_name=project.info.name,
        evaluated_on=today.isoformat(),
        horizon_months=project.info.horizon_months,
        currency=project.info.currency,
        usd_exchange_rate=project.info.usd_exchange_rate,
        perf_source=s.ctx.enum.configs.perf.source,
        candidates=s.ctx.enum.table,
        monthly_cost_usd=_ro(c.total_by_month),
        total_cost_usd=_ro(s.total),
        capex_usd=_ro(c.capex),
        breakdown_usd=_ro(breakdown),
        cost_per_million_tokens_usd=_ro(s.per_m_tokens),
        utilisation=_ro(c.utilisation),
        replicas_peak=_ro(c.replicas_peak),
        gpus_peak=_ro(c.gpus_peak),
        tpot_s=_ro(s.ctx.tpot_s),
        ttft_s=_ro(s.ctx.ttft_s),
        quality=_ro(s.ctx.quality),
        feasible=_ro(feasible),
        reason_bits=_ro(s.bits),
        criteria=_ro(s.criteria),
        score=_ro(score_feasible),
        ranking=_ro(ranking),
        cost_ranking=_ro(cost_ranking),
        recommendations=recs,
        cost_only=cheap,
        excluded_closest=excluded_closest(s),
        excluded_reason_counts=MappingProxyType(count_reasons(s.bits[~feasible])),
        break_even=a.break_even,
        volume_curve=a.volume_curve,
        sensitivity=a.sensitivity,
        uncertainty=a.uncertainty,
        weight_flips=a.weight_flips,
        catalog_as_of=MappingProxyType(catalogs.as_of_summary()),
        total_tokens=float(s.ctx.load.tokens_by_month().sum()),
        warnings=tuple(str(w) for w in warnings),
        explain=_Explainer(s),
        warning_messages=warnings,
    )


def _warnings(
    project: Project, catalogs: Catalogs, s: Scored, recs: tuple[Recommendation, ...]
) -> tuple[Message, ...]:
    """Notes on the evaluation: catalog problems, performance source, quality, stale prices."""
    feasible = s.bits == 0
    warnings = [w.as_message() for w in catalogs.warnings]
    if s.ctx.enum.configs.perf.source != "llm_tco.engine.perf":
        warnings.append(
            msg(
                QT_TRANSLATE_NOOP("EngineText", "performance from {source}"),
                source=s.ctx.enum.configs.perf.source,
            )
        )
    if not feasible.any():
        warnings.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "EngineText",
                    "no candidate passes every constraint; see the closest excluded options",
                )
            )
        )
    unknown = int(np.count_nonzero(feasible & np.isnan(s.ctx.quality)))
    if unknown and project.use_case.quality_floor > 0:
        warnings.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "EngineText",
                    "{count} feasible candidates use models without a published quality index; "
                    "they are not checked against the quality floor",
                ),
                count=Number(unknown),
            )
        )
    stale = sorted({p.entry_id for r in recs for p in r.price_sources if p.stale})
    if stale:
        warnings.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "EngineText", "prices older than a year drive recommendations: {entries}"
                ),
                entries=Join(tuple(Text(e) for e in stale)),
            )
        )
    return tuple(warnings)


class _Explainer:
    """Renders any row's exclusion reasons in words on demand (kept inside the result)."""

    def __init__(self, s: Scored) -> None:
        self._s = s

    def __call__(self, index: int) -> tuple[Message, ...]:
        from llm_tco.engine.explain import reason_texts

        return reason_texts(self._s.ctx, index, int(self._s.bits[index]))

    def breakdown(self, index: int) -> Mapping[str, FloatArray]:
        """Cost components of one row per month (USD), recomputed on demand."""
        costs = compute_costs(self._s.params.take(np.array([index])), self._s.drivers, detail=True)
        parts = costs.components or {}
        out: dict[str, FloatArray] = {}
        for name, values in parts.items():
            row = values[0].copy()
            row.setflags(write=False)
            out[name] = row
        return MappingProxyType(out)
