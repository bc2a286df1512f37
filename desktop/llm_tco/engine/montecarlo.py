"""Seeded, vectorised Monte Carlo over the uncertain drivers for the leading candidates.

Each sample draws the seven drivers of the tornado from the distributions below. Self-hosted
GPU-hours depend on load / efficiency only, so each candidate's GPU-price-dependent and energy costs
are tabulated once on a log grid of that ratio and interpolated per sample; API, staff and tuning
costs are linear and computed exactly. Probability best = share of samples where the candidate has
the highest weighted score (cost criterion re-normalised per sample).
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import numpy as np

from llm_tco.engine.api_costs import api_cost_per_request
from llm_tco.engine.cost_defaults import PROMPT_EVAL_REQUESTS
from llm_tco.engine.costing import compute_costs
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, msg
from llm_tco.engine.recommend import Scored
from llm_tco.engine.results import COMPONENTS, FloatArray, IntArray, MonteCarloResult

SIGMAS = {
    "volume": 0.5,
    "tokens": 0.25,
    "gpu_price": 0.15,
    "api_price": 0.15,
    "efficiency": 0.2,
    "staff": 0.2,
}
CACHE_SPREAD = 0.2
CURVE_POINTS = 96
BINS = 40


def sample_drivers(s: Scored, n: int, seed: int) -> dict[str, FloatArray]:
    """Driver samples (multipliers around today's values; cache share absolute)."""
    rng = np.random.default_rng(seed)
    base = {
        "volume": 1.0,
        "tokens": 1.0,
        "gpu_price": s.drivers.gpu_price,
        "api_price": s.drivers.api_price,
        "efficiency": s.drivers.efficiency,
        "staff": s.drivers.staff,
    }
    out = {k: float(base[k]) * rng.lognormal(0.0, sig, n) for k, sig in SIGMAS.items()}
    c = s.params.load.cached_share
    out["cache_share"] = rng.uniform(max(0.0, c - CACHE_SPREAD), min(0.95, c + CACHE_SPREAD), n)
    return out


def _curves(s: Scored, rows: IntArray, x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    grid = np.geomspace(max(float(x.min()), 1e-6) * 0.999, float(x.max()) * 1.001, CURVE_POINTS)
    rep = np.repeat(rows, grid.size)
    drivers = replace(s.drivers, volume=np.tile(grid, rows.size), gpu_price=1.0, efficiency=1.0)
    c = compute_costs(s.params.take(rep), drivers)
    ct = c.component_totals
    gpu = sum(ct[:, COMPONENTS.index(k)] for k in ("gpu_rental", "hardware_capital", "maintenance"))
    energy = ct[:, COMPONENTS.index("power")] + ct[:, COMPONENTS.index("hosting")]
    shape = (rows.size, grid.size)
    return grid, np.asarray(gpu).reshape(shape), np.asarray(energy).reshape(shape)


def sample_totals(s: Scored, rows: IntArray, d: dict[str, FloatArray]) -> FloatArray:
    """Total cost over the horizon (USD), shape (rows, samples)."""
    p, load = s.params.take(rows), s.params.load
    x = np.maximum(d["volume"] * d["tokens"] / d["efficiency"], 1e-9)
    grid, gpu_c, energy_c = _curves(s, rows, x)
    lx, lg = np.log(x), np.log(grid)
    hw_cost = np.stack([np.interp(lx, lg, gpu_c[i]) for i in range(rows.size)]) * d["gpu_price"]
    hw_cost += np.stack([np.interp(lx, lg, energy_c[i]) for i in range(rows.size)])
    per_req = (
        api_cost_per_request(
            (p.p_in[:, None], p.p_cached[:, None], p.p_write[:, None], p.p_out[:, None]),
            input_tokens=load.input_tokens_per_request * d["tokens"],
            output_tokens=load.output_tokens_per_request * d["tokens"],
            cached_share=d["cache_share"],
        )
        * d["api_price"]
    )
    api = (p.kind == 0)[:, None]
    h, e = load.horizon_months, float(p.events.sum())
    req_total = load.requests_per_month * float(load.growth.sum()) * d["volume"]
    total = np.where(api, per_req * req_total + (p.fee_month * h)[:, None] * d["api_price"], 0.0)
    total = total + hw_cost + (p.fte * p.fte_usd_per_month * h)[:, None] * d["staff"]
    train_rate = np.where(
        (p.kind == 4)[:, None],
        p.train_energy_per_gpu_hour[:, None],
        p.usd_per_gpu_hour[:, None] * d["gpu_price"],
    )
    tuning = e * (p.people_per_event * d["staff"] + p.rag_per_event) + p.rag_per_month * h
    tuning = tuning + e * p.train_gpu_hours[:, None] * train_rate
    tuning = tuning + e * np.where(
        api, PROMPT_EVAL_REQUESTS * per_req + p.vendor_training[:, None] * d["api_price"], 0.0
    )
    return np.asarray(total + tuning)


def monte_carlo(s: Scored, rows: list[int], *, samples: int, seed: int) -> MonteCarloResult:
    """P10/P50/P90 of total cost and probability of being best, for the given rows."""
    idx = np.asarray(rows, dtype=np.int64)
    d = sample_drivers(s, samples, seed)
    totals = sample_totals(s, idx, d)
    crit = s.criteria[idx]
    w = s.weights
    other = crit[:, 1:] @ w[1:]
    cost_c = totals.min(axis=0, keepdims=True) / np.maximum(totals, 1e-9)
    scores = (other[:, None] + w[0] * cost_c) / max(float(w.sum()), 1e-12)
    best = np.bincount(np.argmax(scores, axis=0), minlength=idx.size) / samples
    p10, p50, p90 = np.percentile(totals, [10, 50, 90], axis=1)
    edges = np.geomspace(max(float(totals.min()), 1e-6), float(totals.max()) * 1.0001, BINS + 1)
    hist = np.stack([np.histogram(row, bins=edges)[0] for row in totals]).astype(np.float64)
    t = s.ctx.enum.table
    dist = distribution_words()
    arrays = [p10, p50, p90, best, edges, hist]
    for a in arrays:
        a.setflags(write=False)
    return MonteCarloResult(
        samples,
        seed,
        tuple(rows),
        tuple(t.label(i) for i in rows),
        p10,
        p50,
        p90,
        best,
        MappingProxyType({k: str(m) for k, m in dist.items()}),
        edges,
        hist,
        MappingProxyType(dist),
    )


def distribution_words() -> dict[str, Message]:
    """Each driver's sampling distribution in words (sigma of the log, or the spread)."""
    dist = {
        k: msg(
            QT_TRANSLATE_NOOP("EngineText", "lognormal, median x1, sigma {sigma}"),
            sigma=f"{v}",
        )
        for k, v in SIGMAS.items()
    }
    dist["cache_share"] = msg(
        QT_TRANSLATE_NOOP("EngineText", "uniform, today's share -/+ {spread}"),
        spread=f"{CACHE_SPREAD}",
    )
    return dist
