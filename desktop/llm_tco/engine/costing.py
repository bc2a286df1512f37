"""Monthly cost of every candidate over the horizon, by component, for given driver multipliers.

``RowParams`` holds the per-candidate numbers that do not change with the what-if drivers (prices,
replica capacity, instance sizes). ``compute_costs`` applies drivers (volume, tokens per request,
GPU price, API price, efficiency, staff cost, cache share: scalars or one value per row) and returns
cost components (rows x months). Break-even, tornado and Monte Carlo call the same function.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from llm_tco.engine.api_costs import api_cost_per_request
from llm_tco.engine.capacity_hours import Capacity, gpu_hours, sel
from llm_tco.engine.cost_defaults import (
    PROMPT_EVAL_REQUESTS,
    SECONDS_PER_MONTH,
)
from llm_tco.engine.owned_costs import hosting_usd, monthly_capital_charge_factor, power_usd
from llm_tco.engine.project_model import Hardware
from llm_tco.engine.results import COMPONENTS, PLANS, FloatArray, IntArray
from llm_tco.engine.workload import LoadModel

_BUY = PLANS.index("buy")


@dataclass(frozen=True)
class RowParams:
    """Driver-independent numbers per candidate row (USD, tokens, seconds)."""

    group: IntArray  # rows with equal group share capacity figures (configuration x instance)
    kind: IntArray  # 0 API, 1 rented always-on, 2 rented autoscaled, 3 serverless, 4 owned
    plan: IntArray
    p_in: FloatArray  # API USD per token (0 for GPU rows)
    p_cached: FloatArray
    p_write: FloatArray
    p_out: FloatArray
    fee_month: FloatArray  # API tuned-model hosting fee per month
    vendor_training: FloatArray  # API vendor fine-tuning per event
    cap_tps: FloatArray  # replica output tokens/s at the latency target (GPU rows)
    request_s: FloatArray  # seconds one request occupies a sequence slot
    tp: FloatArray
    per_instance: FloatArray  # GPUs billed together
    usd_per_gpu_hour: FloatArray  # rented price
    cold_start_s: FloatArray
    capital_per_gpu: FloatArray  # owned purchase (USD per GPU incl. server share)
    amortise: FloatArray  # 1.0 when the purchase is still to be paid
    tdp_w: FloatArray
    train_gpu_hours: FloatArray  # per tuning event (self-hosted fine-tuning)
    train_energy_per_gpu_hour: FloatArray  # owned rows: marginal energy USD per GPU-hour
    fte: FloatArray
    people_per_event: float
    rag_per_event: float
    rag_per_month: float
    events: FloatArray  # (months,) tuning events
    load: LoadModel
    hardware: Hardware
    fte_usd_per_month: float
    discount_rate: float

    def take(self, rows: IntArray) -> RowParams:
        """The same parameters for a subset (or repetition) of rows."""
        updates = {
            name: getattr(self, name)[rows]
            for name in self.__dataclass_fields__
            if isinstance(getattr(self, name), np.ndarray) and name != "events"
        }
        return replace(self, **updates)


@dataclass(frozen=True)
class Drivers:
    """What-if multipliers (1.0 = as entered); cache_share is the share itself."""

    volume: FloatArray | float = 1.0
    tokens: FloatArray | float = 1.0
    gpu_price: FloatArray | float = 1.0
    api_price: FloatArray | float = 1.0
    efficiency: FloatArray | float = 1.0
    staff: FloatArray | float = 1.0
    cache_share: FloatArray | float | None = None


@dataclass(frozen=True)
class Costs:
    """Monthly totals, component totals over the horizon and capacity figures per row (USD)."""

    total_by_month: FloatArray  # (rows, months); NaN where no cost can be computed
    component_totals: FloatArray  # (rows, len(COMPONENTS)) over the horizon
    components: dict[str, FloatArray] | None  # (rows, months) each; only with detail=True
    capex: FloatArray
    utilisation: FloatArray
    replicas_peak: FloatArray
    gpus_peak: FloatArray
    useful_tokens: FloatArray  # input + output tokens served over the horizon


def _col(value: FloatArray | float, n: int) -> FloatArray:
    return np.broadcast_to(np.asarray(value, dtype=np.float64), (n,))


def row_max(values: FloatArray) -> FloatArray:
    """Largest value of each row of a (rows, months) array, NaN where a row holds NaN; the same
    values as ``values.max(axis=1)``, column by column (faster for many rows of few months)."""
    if values.ndim != 2 or values.shape[1] == 0:
        return np.asarray(np.max(values, axis=1))
    out = values[:, 0].copy()
    for j in range(1, values.shape[1]):
        np.maximum(out, values[:, j], out=out)
    return out


_C = {name: i for i, name in enumerate(COMPONENTS)}


@dataclass
class _Acc:
    """Accumulates monthly totals, component totals and (optionally) monthly components."""

    total: FloatArray
    ct: FloatArray
    comp: dict[str, FloatArray] | None

    def add(self, name: str, rows: slice | IntArray, monthly: FloatArray) -> None:
        self.total[rows] += monthly
        self.ct[rows, _C[name]] = monthly.sum(axis=1)
        if self.comp is not None:
            self.comp[name][rows] = monthly


def compute_costs(p: RowParams, d: Drivers, *, detail: bool = False, memo: bool = False) -> Costs:
    """Costs per row and month (USD) under the given drivers; detail keeps every component.

    ``memo``: remember the row grouping and the GPU-hours of these RowParams arrays, so that a
    what-if edit of prices or staff cost, or a repeated volume, reuses them (the ranking's call).
    """
    n, h = p.kind.shape[0], p.load.horizon_months
    v, t = _col(d.volume, n), _col(d.tokens, n)
    gp, ap, st = _col(d.gpu_price, n), _col(d.api_price, n), _col(d.staff, n)
    c = _col(p.load.cached_share if d.cache_share is None else d.cache_share, n)
    growth = p.load.growth
    req0 = p.load.requests_per_month * v
    tin, tout = p.load.input_tokens_per_request * t, p.load.output_tokens_per_request * t
    per_req = (
        api_cost_per_request(
            (p.p_in, p.p_cached, p.p_write, p.p_out),
            input_tokens=tin,
            output_tokens=tout,
            cached_share=c,
        )
        * ap
    )
    staff = p.fte * p.fte_usd_per_month * st
    train_rate = np.where(p.kind == 4, p.train_energy_per_gpu_hour, p.usd_per_gpu_hour * gp)
    is_api = p.kind == 0
    per_event = p.people_per_event * st + p.rag_per_event + p.train_gpu_hours * train_rate
    per_event = per_event + np.where(
        is_api, PROMPT_EVAL_REQUESTS * per_req + p.vendor_training * ap, 0.0
    )
    acc = _Acc(
        np.empty((n, h)),
        np.zeros((n, len(COMPONENTS))),
        {k: np.zeros((n, h)) for k in COMPONENTS} if detail else None,
    )
    np.multiply(per_event[:, None], p.events[None, :], out=acc.total)
    acc.total += (staff + p.rag_per_month)[:, None]
    acc.ct[:, _C["staff_operations"]] = staff * h
    acc.ct[:, _C["tuning"]] = per_event * p.events.sum() + p.rag_per_month * h
    if acc.comp is not None:
        acc.comp["staff_operations"][:] = staff[:, None]
        acc.comp["tuning"][:] = acc.total - staff[:, None]
    a = sel(is_api)
    acc.add("api_tokens", a, (per_req * req0)[a][:, None] * growth[None, :])
    acc.add("vendor_fees", a, np.repeat((ap * p.fee_month)[a][:, None], h, axis=1))
    loads = (req0 * tout / SECONDS_PER_MONTH, req0 / SECONDS_PER_MONTH)  # tokens/s, requests/s
    gpu = _gpu_costs(p, acc, loads, gp, _col(d.efficiency, n), memo=memo)
    bad = (p.kind > 0) & ~(np.isfinite(gpu["cap"]) & (gpu["cap"] > 0))
    acc.total[bad] = np.nan
    return Costs(
        total_by_month=acc.total,
        component_totals=acc.ct,
        components=acc.comp,
        capex=gpu["capex"],
        utilisation=gpu["util"],
        replicas_peak=gpu["replicas"],
        gpus_peak=gpu["gpus"],
        useful_tokens=req0 * float(growth.sum()) * (tin + tout),
    )


def _gpu_costs(
    p: RowParams,
    acc: _Acc,
    loads: tuple[FloatArray, FloatArray],
    gp: FloatArray,
    ef: FloatArray,
    *,
    memo: bool,
) -> dict[str, FloatArray]:
    """GPU rental and owned-hardware costs into acc; capacity figures per row (USD, GPUs)."""
    avg0, rps0 = loads
    n = acc.total.shape[0]
    raw = p.cap_tps * ef
    cap = raw * p.hardware.gpu_utilisation_cap
    g_max = np.zeros(n)
    util, capex = np.ones(n), np.zeros(n)
    g = sel(p.kind > 0)
    if np.any(p.kind > 0):
        safe = np.where(cap > 0, cap, np.inf)
        uniform = bool(np.ptp(avg0) == 0 and np.ptp(rps0) == 0 and np.ptp(ef) == 0)
        hours, g_max, owned_gpus = gpu_hours(
            Capacity(p, avg0, rps0, safe, uniform), memo=memo and uniform
        )
        paid = hours[g].sum(axis=1) / np.maximum(p.tp[g], 1) * raw[g] * 3600.0
        useful = avg0[g] * float(p.load.growth.sum()) * SECONDS_PER_MONTH
        with np.errstate(divide="ignore", invalid="ignore"):
            util[g] = np.clip(np.where(paid > 0, useful / paid, 1e-12), 1e-12, 1.0)
        r = sel((p.kind >= 1) & (p.kind <= 3))
        acc.add("gpu_rental", r, hours[r] * (p.usd_per_gpu_hour * gp)[r][:, None])
        o = sel(p.kind == 4)
        if np.any(p.kind == 4):
            capex[o] = _owned_costs(p, acc, o, owned_gpus, hours[o], avg0[o], raw[o], gp[o])
    return {
        "cap": np.where(p.kind == 0, np.inf, cap),
        "capex": capex,
        "util": util,
        "replicas": np.where(p.kind == 0, 0.0, g_max / np.maximum(p.tp, 1)),
        "gpus": g_max,
    }


def _owned_costs(
    p: RowParams,
    acc: _Acc,
    rows: slice | IntArray,
    gpus: FloatArray,
    hours: FloatArray,
    avg0: FloatArray,
    raw: FloatArray,
    gp: FloatArray,
) -> FloatArray:
    hw = p.hardware
    buy = p.plan[rows] == _BUY
    fleet = np.where(buy[:, None], gpus.max(axis=1)[:, None], gpus)
    with np.errstate(divide="ignore", invalid="ignore"):
        paid = hours / np.maximum(p.tp[rows], 1)[:, None] * raw[:, None] * 3600.0
        used = (avg0 * SECONDS_PER_MONTH)[:, None] * p.load.growth[None, :]
        util_m = np.clip(np.where(paid > 0, used / paid, 0.0), 0.0, 1.0)
    value = gpus.max(axis=1) * p.capital_per_gpu[rows] * gp
    factor = monthly_capital_charge_factor(
        discount_rate_per_year=p.discount_rate,
        years=hw.depreciation_years,
        residual_share=hw.residual_value_share,
    )
    tdp = p.tdp_w[rows]
    h = gpus.shape[1]
    acc.add("hardware_capital", rows, np.repeat((value * p.amortise[rows] * factor)[:, None], h, 1))
    acc.add(
        "maintenance",
        rows,
        np.repeat((value * hw.maintenance_share_per_year / 12.0)[:, None], h, 1),
    )
    acc.add("power", rows, power_usd(gpus=fleet, tdp_w=tdp, utilisation=util_m, hardware=hw))
    acc.add("hosting", rows, hosting_usd(gpus=fleet, tdp_w=tdp, hardware=hw))
    return np.asarray(value * p.amortise[rows])
