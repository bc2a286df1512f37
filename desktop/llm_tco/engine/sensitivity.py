"""Tornado sensitivity: swing each driver low and high; today's winner's cost and who wins then.

Only contenders (see ``contenders``) among the candidates that pass every cost-independent
constraint are re-costed; budget, quota and
capacity constraints are re-checked at each swing. Tokens per request scale the load; the replica
capacity (tokens/s) is held at its base value (the performance model is not re-run per swing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from llm_tco.engine.constraints import cost_bits_arrays
from llm_tco.engine.costing import compute_costs
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message
from llm_tco.engine.recommend import Scored
from llm_tco.engine.results import FloatArray, IntArray, SensitivityBar
from llm_tco.engine.scoring import cost_criterion, score

# name, words (a template marked for translation), low multiplier, high multiplier
DRIVERS: tuple[tuple[str, str, float, float], ...] = (
    ("volume", QT_TRANSLATE_NOOP("EngineText", "requests per day"), 0.5, 2.0),
    ("tokens", QT_TRANSLATE_NOOP("EngineText", "tokens per request"), 0.5, 2.0),
    ("gpu_price", QT_TRANSLATE_NOOP("EngineText", "GPU prices (rent and purchase)"), 0.7, 1.3),
    ("api_price", QT_TRANSLATE_NOOP("EngineText", "API token prices"), 0.7, 1.3),
    (
        "efficiency",
        QT_TRANSLATE_NOOP("EngineText", "throughput per GPU (utilisation, efficiency)"),
        0.7,
        1.3,
    ),
    ("staff", QT_TRANSLATE_NOOP("EngineText", "staff cost"), 0.5, 1.5),
    (
        "cache_share",
        QT_TRANSLATE_NOOP("EngineText", "cached prompt share (absolute -/+ 0.3)"),
        -0.3,
        0.3,
    ),
)


def swing_scores(s: Scored, rows: IntArray, **drivers: float) -> tuple[FloatArray, FloatArray]:
    """(total cost, score with infeasible = -inf) of the rows under the swung drivers."""
    t = s.ctx.enum.table
    costs = compute_costs(s.params.take(rows), replace(s.drivers, **drivers))
    bits = cost_bits_arrays(
        route=t.route[rows],
        plan=t.plan[rows],
        owned_entry=s.ctx.enum.owned_entry[rows],
        project=s.ctx.project,
        total_by_month=costs.total_by_month,
        gpus_peak=costs.gpus_peak,
        capex=costs.capex,
    )
    total = costs.total_by_month.sum(axis=1)
    ok = bits == 0
    crit = s.criteria[rows].copy()
    crit[:, 0] = cost_criterion(total, ok)
    return total, np.where(ok, score(crit, s.weights), -np.inf)


def _value(s: Scored, name: str, mult: float) -> float:
    base = {
        "gpu_price": s.drivers.gpu_price,
        "api_price": s.drivers.api_price,
        "efficiency": s.drivers.efficiency,
        "staff": s.drivers.staff,
    }
    if name == "cache_share":
        return float(np.clip(s.params.load.cached_share + mult, 0.0, 0.95))
    return float(base.get(name, 1.0)) * mult


CONTENDERS = 300


def contenders(s: Scored, winner: int) -> IntArray:
    """Rows that can plausibly win under a swing: the best by score and the cheapest per route.

    Every row passing the cost-independent constraints is ranked; the top ``CONTENDERS`` by score
    and by total cost of each route are re-costed (a row far down both lists cannot overtake the
    winner under swings of x0.5-x2).
    """
    rows = np.flatnonzero(s.static_bits == 0)
    keep = [rows[np.argsort(-np.nan_to_num(s.score_all[rows], nan=-1.0))[:CONTENDERS]]]
    route = s.ctx.enum.table.route[rows]
    for r in np.unique(route):
        sub = rows[route == r]
        keep.append(sub[np.argsort(np.nan_to_num(s.total[sub], nan=np.inf))[:CONTENDERS]])
    keep.append(np.array([winner]))
    return np.unique(np.concatenate(keep))


def tornado(
    s: Scored, winner: int, *, progress: Callable[[float], None] | None = None
) -> tuple[SensitivityBar, ...]:
    """One bar per driver, sorted by the swing of today's winner's total cost (largest first).

    ``progress`` (share 0-1 of the drivers done) is called after each driver; it may raise to stop.
    """
    rows = contenders(s, winner)
    pos = int(np.flatnonzero(rows == winner)[0])
    t = s.ctx.enum.table
    bars = []
    for k, (name, words, low, high) in enumerate(DRIVERS):
        if progress is not None:
            progress(k / len(DRIVERS))
        out = []
        for mult in (low, high):
            total, sc = swing_scores(s, rows, **{name: _value(s, name, mult)})
            best = int(rows[int(np.argmax(sc))]) if np.isfinite(sc.max()) else winner
            out.append((float(total[pos]), best))
        bars.append(
            SensitivityBar(
                driver=name,
                description=words,
                low_multiplier=low,
                high_multiplier=high,
                base_cost_usd=float(s.total[winner]),
                low_cost_usd=out[0][0],
                high_cost_usd=out[1][0],
                winner_low=t.label(out[0][1]),
                winner_high=t.label(out[1][1]),
                winner_changes=bool(out[0][1] != winner or out[1][1] != winner),
                description_message=Message(words),
                winner_low_index=out[0][1],
                winner_high_index=out[1][1],
            )
        )
    bars.sort(key=lambda b: -abs(b.high_cost_usd - b.low_cost_usd))
    return tuple(bars)
