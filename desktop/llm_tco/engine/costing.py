"""Monthly cost of every candidate over the horizon, by component, for given driver multipliers.

``RowParams`` holds the per-candidate numbers that do not change with the what-if drivers (prices,
replica capacity, instance sizes). ``compute_costs`` applies drivers (volume, tokens per request,
GPU price, API price, efficiency, staff cost, cache share: scalars or one value per row) and returns
cost components (rows x months). Break-even, tornado and Monte Carlo call the same function.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from llm_tco.engine.api_costs import api_cost_per_request
from llm_tco.engine.cost_defaults import (
    HOURS_PER_MONTH,
    PROMPT_EVAL_REQUESTS,
    SECONDS_PER_MONTH,
    SPOT_INTERRUPTION_OVERHEAD,
)
from llm_tco.engine.owned_costs import hosting_usd, monthly_capital_charge_factor, power_usd
from llm_tco.engine.project_model import Hardware
from llm_tco.engine.results import COMPONENTS, PLANS, BoolArray, FloatArray, IntArray
from llm_tco.engine.selfhosted_costs import (
    always_on_gpu_hours,
    autoscaled_gpu_hours,
    serverless_gpu_hours,
)
from llm_tco.engine.workload import LoadModel

_SPOT, _BUY = PLANS.index("spot"), PLANS.index("buy")


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


def _sel(mask: BoolArray) -> slice | IntArray:
    """A slice when the selected rows are contiguous (rows are sorted by kind), else indices."""
    idx = np.flatnonzero(mask)
    if idx.size == 0:
        return slice(0, 0)
    if idx[-1] - idx[0] + 1 == idx.size:
        return slice(int(idx[0]), int(idx[-1]) + 1)
    return idx


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
    a = _sel(is_api)
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
    g = _sel(p.kind > 0)
    if np.any(p.kind > 0):
        safe = np.where(cap > 0, cap, np.inf)
        uniform = bool(np.ptp(avg0) == 0 and np.ptp(rps0) == 0 and np.ptp(ef) == 0)
        hours, g_max, owned_gpus = _hours(
            _Capacity(p, avg0, rps0, safe, uniform), memo=memo and uniform
        )
        paid = hours[g].sum(axis=1) / np.maximum(p.tp[g], 1) * raw[g] * 3600.0
        useful = avg0[g] * float(p.load.growth.sum()) * SECONDS_PER_MONTH
        with np.errstate(divide="ignore", invalid="ignore"):
            util[g] = np.clip(np.where(paid > 0, useful / paid, 1e-12), 1e-12, 1.0)
        r = _sel((p.kind >= 1) & (p.kind <= 3))
        acc.add("gpu_rental", r, hours[r] * (p.usd_per_gpu_hour * gp)[r][:, None])
        o = _sel(p.kind == 4)
        if np.any(p.kind == 4):
            capex[o] = _owned_costs(p, acc, o, owned_gpus, hours[o], avg0[o], raw[o], gp[o])
    return {
        "cap": np.where(p.kind == 0, np.inf, cap),
        "capex": capex,
        "util": util,
        "replicas": np.where(p.kind == 0, 0.0, g_max / np.maximum(p.tp, 1)),
        "gpus": g_max,
    }


@dataclass(frozen=True)
class _Groups:
    """Rows of one scaling mode and, per distinct key, its first row and every row's key index."""

    rows: IntArray
    first: IntArray
    inverse: IntArray


_GROUPS: dict[tuple[int, ...], tuple[tuple[np.ndarray, ...], dict[int, _Groups]]] = {}


def _groupings(p: RowParams, *, memo: bool) -> dict[int, _Groups]:
    """Per row kind, the rows sharing capacity figures (with memo, remembered per RowParams
    arrays: a what-if edit re-costs the same rows, so the grouping is computed once)."""
    arrays: tuple[np.ndarray, ...] = (p.kind, p.group, p.cold_start_s)
    key = tuple(id(a) for a in arrays)
    hit = _GROUPS.get(key) if memo else None
    if hit is not None and all(a is b for a, b in zip(hit[0], arrays, strict=True)):
        return hit[1]
    cold_key = p.group * 4096 + np.round(p.cold_start_s).astype(np.int64)
    out: dict[int, _Groups] = {}
    for kind in (1, 2, 3, 4):
        rows = np.flatnonzero(p.kind == kind)
        k = (cold_key if kind == 3 else p.group)[rows]
        _, first, inverse = np.unique(k, return_index=True, return_inverse=True)
        out[kind] = _Groups(rows, first, inverse.reshape(-1))
    if memo:
        if len(_GROUPS) >= 8:
            _GROUPS.pop(next(iter(_GROUPS)))
        _GROUPS[key] = (arrays, out)
    return out


def _dedup(
    fn: Callable[[IntArray, IntArray], tuple[FloatArray, FloatArray]],
    g: _Groups,
    months: FloatArray,
    *,
    uniform: bool,
    peak_only: bool,
) -> tuple[FloatArray, FloatArray]:
    """Run fn once per distinct group (when the load is uniform) and distinct month, then expand
    back; GPU-hours (rows, months) and GPUs per month, or only their peak (rows,)."""
    _, first_m, inv_m = np.unique(months, return_index=True, return_inverse=True)
    same = first_m.size == months.size  # every month differs: no month expansion needed
    h, gpus = fn(g.rows[g.first] if uniform else g.rows, first_m)
    if peak_only:
        gpus = gpus.max(axis=1)
    elif not same:
        gpus = gpus[:, inv_m]
    if not same:
        h = h[:, inv_m]
    return (h[g.inverse], gpus[g.inverse]) if uniform else (h, gpus)


@dataclass(frozen=True)
class _Capacity:
    """GPU-hours of a subset of rows (i) for a subset of distinct months (m), by scaling mode."""

    p: RowParams
    avg0: FloatArray  # month-0 output tokens/s per row
    rps0: FloatArray  # month-0 requests/s per row
    cap: FloatArray  # planned capacity per replica, tokens/s

    uniform: bool  # every row has the same load: _load returns one row for all

    def _load(self, base: FloatArray, i: IntArray, m: IntArray) -> FloatArray:
        """Offered load per row (or one row for all when uniform) and month, per second."""
        rows = i[:1] if self.uniform and i.size else i
        return np.asarray(base[rows][:, None] * self.p.load.growth[m][None, :])

    def always_on(self, i: IntArray, m: IntArray) -> tuple[FloatArray, FloatArray]:
        p = self.p
        per = np.where(p.kind[i] == 4, 1.0, p.per_instance[i])
        return always_on_gpu_hours(
            self._load(self.avg0, i, m),
            self.cap[i],
            p.tp[i],
            per,
            peak_factor=p.load.peak_factor,
            floor=p.hardware.min_replicas,
            spare=p.hardware.redundancy_replicas,
        )

    def autoscaled(self, i: IntArray, m: IntArray) -> tuple[FloatArray, FloatArray]:
        p = self.p
        return autoscaled_gpu_hours(
            self._load(self.avg0, i, m),
            self.cap[i],
            p.tp[i],
            p.per_instance[i],
            profile=p.load.hourly_profile,
            floor=p.hardware.min_replicas,
            spare=p.hardware.redundancy_replicas,
        )

    def serverless(self, i: IntArray, m: IntArray) -> tuple[FloatArray, FloatArray]:
        p = self.p
        return serverless_gpu_hours(
            self._load(self.avg0, i, m),
            self.cap[i],
            p.tp[i],
            profile=p.load.hourly_profile,
            requests_per_s=self._load(self.rps0, i, m),
            request_s=p.request_s[i],
            cold_start_s=p.cold_start_s[i],
        )


_HOURS: dict[tuple[object, ...], tuple[tuple[object, ...], tuple[FloatArray, ...]]] = {}


def _hours_key(c: _Capacity) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """What the GPU-hours depend on: the row arrays (by identity) and the uniform load."""
    p, hw, lm = c.p, c.p.hardware, c.p.load
    arrays = (p.kind, p.group, p.plan, p.tp, p.per_instance, p.request_s, p.cold_start_s)
    rows = np.flatnonzero(p.kind > 0)[:1]
    values = (
        tuple(float(x) for x in (*c.avg0[rows], *c.rps0[rows])),
        lm.growth.tobytes(),
        lm.hourly_profile.tobytes(),
        lm.peak_factor,
        hw.min_replicas,
        hw.redundancy_replicas,
    )
    return arrays, (*(id(a) for a in arrays), c.cap.tobytes(), *values)


def _hours(c: _Capacity, *, memo: bool) -> tuple[FloatArray, FloatArray, FloatArray]:
    """GPU-hours (rows x months), peak GPUs (rows) and owned rows' GPUs per month (read-only
    when memoised)."""
    n, h = c.p.kind.shape[0], c.p.load.horizon_months
    key: tuple[object, ...] = ()
    if memo:
        arrays, key = _hours_key(c)
        hit = _HOURS.get(key)
        if hit is not None and all(a is b for a, b in zip(hit[0], arrays, strict=True)):
            hours, g_max, owned = hit[1]
            return hours, g_max, owned
    hours, g_max = np.zeros((n, h)), np.zeros(n)
    owned = np.zeros((int(np.count_nonzero(c.p.kind == 4)), h))
    _fill_hours(c, hours, (g_max, owned), memo=memo)
    if memo:
        for a in (hours, g_max, owned):
            a.setflags(write=False)
        if len(_HOURS) >= 4:
            _HOURS.pop(next(iter(_HOURS)))
        _HOURS[key] = (arrays, (hours, g_max, owned))
    return hours, g_max, owned


def _fill_hours(
    c: _Capacity, hours: FloatArray, gpus: tuple[FloatArray, FloatArray], *, memo: bool
) -> None:
    """Fill GPU-hours (rows x months), peak GPUs (rows) and owned rows' GPUs per month."""
    p = c.p
    month_key = np.round(p.load.growth, 12)
    groups = _groupings(p, memo=memo)
    modes = ((1, c.always_on), (4, c.always_on), (2, c.autoscaled), (3, c.serverless))
    for kind, fn in modes:
        g = groups[kind]
        if g.rows.size:
            sel = _sel(p.kind == kind)
            hours[sel], per_month = _dedup(fn, g, month_key, uniform=c.uniform, peak_only=kind != 4)
            if kind == 4:
                gpus[1][:] = per_month
                per_month = per_month.max(axis=1)
            gpus[0][sel] = per_month
    spot = np.flatnonzero(p.plan == _SPOT)
    if spot.size:
        hours[spot] *= 1.0 + SPOT_INTERRUPTION_OVERHEAD
    owned = np.flatnonzero(p.kind == 4)
    buy = np.flatnonzero(p.plan[owned] == _BUY)  # a bought fleet is sized for the horizon's peak
    if buy.size:
        gpus[1][buy] = gpus[1][buy].max(axis=1, keepdims=True)
        hours[owned[buy]] = gpus[1][buy] * HOURS_PER_MONTH


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
