"""GPU-hours of self-hosted rows per month: replicas needed for each scaling mode, computed
once per group of rows sharing capacity figures and per distinct month, memoised across what-if
edits that leave the load unchanged (prices, staff cost). Used by ``costing.compute_costs``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from llm_tco.engine.cost_defaults import HOURS_PER_MONTH, SPOT_INTERRUPTION_OVERHEAD
from llm_tco.engine.memo import RecentResults
from llm_tco.engine.results import PLANS, BoolArray, FloatArray, IntArray
from llm_tco.engine.selfhosted_costs import (
    always_on_gpu_hours,
    autoscaled_gpu_hours,
    serverless_gpu_hours,
)

if TYPE_CHECKING:
    from llm_tco.engine.costing import RowParams

_SPOT, _BUY = PLANS.index("spot"), PLANS.index("buy")


def sel(mask: BoolArray) -> slice | IntArray:
    """Rows of a mask: a slice when they are contiguous (rows are sorted by kind), else indices."""
    idx = np.flatnonzero(mask)
    if idx.size == 0:
        return slice(0, 0)
    if idx[-1] - idx[0] + 1 == idx.size:
        return slice(int(idx[0]), int(idx[-1]) + 1)
    return idx


@dataclass(frozen=True)
class _Groups:
    """Rows of one scaling mode and, per distinct key, its first row and every row's key index."""

    rows: IntArray
    first: IntArray
    inverse: IntArray


_GROUPS: RecentResults[dict[int, _Groups]] = RecentResults(8)


def _groupings(p: RowParams, *, memo: bool) -> dict[int, _Groups]:
    """Per row kind, the rows sharing capacity figures (with memo, remembered per RowParams
    arrays: a what-if edit re-costs the same rows, so the grouping is computed once)."""
    token = (p.kind, p.group, p.cold_start_s)  # arrays, by identity
    hit = _GROUPS.get(token) if memo else None
    if hit is not None:
        return hit
    cold_key = p.group * 4096 + np.round(p.cold_start_s).astype(np.int64)
    out: dict[int, _Groups] = {}
    for kind in (1, 2, 3, 4):
        rows = np.flatnonzero(p.kind == kind)
        k = (cold_key if kind == 3 else p.group)[rows]
        _, first, inverse = np.unique(k, return_index=True, return_inverse=True)
        out[kind] = _Groups(rows, first, inverse.reshape(-1))
    return _GROUPS.put(token, out) if memo else out


def _dedup(
    fn: Callable[[IntArray, IntArray], tuple[FloatArray, FloatArray]],
    g: _Groups,
    months: tuple[IntArray, IntArray | None],
    *,
    uniform: bool,
    peak_only: bool,
) -> tuple[FloatArray, FloatArray]:
    """Run fn once per distinct group (when the load is uniform) and distinct month (months:
    the first month of each distinct load and, unless all differ, every month's one), then
    expand back; GPU-hours (rows, months) and GPUs per month, or only their peak (rows,)."""
    first_m, inv_m = months
    h, gpus = fn(g.rows[g.first] if uniform else g.rows, first_m)
    if peak_only:
        gpus = gpus.max(axis=1)
    elif inv_m is not None:
        gpus = gpus[:, inv_m]
    if inv_m is not None:
        h = h[:, inv_m]
    return (h[g.inverse], gpus[g.inverse]) if uniform else (h, gpus)


@dataclass(frozen=True)
class Capacity:
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


_HOURS: RecentResults[tuple[FloatArray, FloatArray, FloatArray]] = RecentResults(4)


def _hours_token(c: Capacity) -> tuple[object, ...]:
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
    return (*arrays, c.cap.tobytes(), *values)


def gpu_hours(c: Capacity, *, memo: bool) -> tuple[FloatArray, FloatArray, FloatArray]:
    """GPU-hours (rows x months), peak GPUs (rows) and owned rows' GPUs per month (read-only
    when memoised)."""
    n, h = c.p.kind.shape[0], c.p.load.horizon_months
    token = _hours_token(c) if memo else ()
    hit = _HOURS.get(token) if memo else None
    if hit is not None:
        return hit
    hours, g_max = np.zeros((n, h)), np.zeros(n)
    owned = np.zeros((int(np.count_nonzero(c.p.kind == 4)), h))
    _fill_hours(c, hours, (g_max, owned), memo=memo)
    if memo:
        for a in (hours, g_max, owned):
            a.setflags(write=False)
        _HOURS.put(token, (hours, g_max, owned))
    return hours, g_max, owned


def _fill_hours(
    c: Capacity, hours: FloatArray, gpus: tuple[FloatArray, FloatArray], *, memo: bool
) -> None:
    """Fill GPU-hours (rows x months), peak GPUs (rows) and owned rows' GPUs per month."""
    p = c.p
    _, first_m, inv_m = np.unique(
        np.round(p.load.growth, 12), return_index=True, return_inverse=True
    )
    same = first_m.size == p.load.growth.size  # every month differs: no month expansion needed
    month_key = (first_m, None if same else inv_m.reshape(-1))
    groups = _groupings(p, memo=memo)
    modes = ((1, c.always_on), (4, c.always_on), (2, c.autoscaled), (3, c.serverless))
    for kind, fn in modes:
        g = groups[kind]
        if g.rows.size:
            rows = sel(p.kind == kind)
            uniform, peak_only = c.uniform, kind != 4
            hours[rows], per_month = _dedup(fn, g, month_key, uniform=uniform, peak_only=peak_only)
            if kind == 4:
                gpus[1][:] = per_month
                per_month = per_month.max(axis=1)
            gpus[0][rows] = per_month
    spot = np.flatnonzero(p.plan == _SPOT)
    if spot.size:
        hours[spot] *= 1.0 + SPOT_INTERRUPTION_OVERHEAD
    owned = np.flatnonzero(p.kind == 4)
    buy = np.flatnonzero(p.plan[owned] == _BUY)  # a bought fleet is sized for the horizon's peak
    if buy.size:
        gpus[1][buy] = gpus[1][buy].max(axis=1, keepdims=True)
        hours[owned[buy]] = gpus[1][buy] * HOURS_PER_MONTH
