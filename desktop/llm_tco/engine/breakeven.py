"""Break-even volumes between leading candidates, solved by bracketing and bisection.

Monthly cost is taken at a steady month (month-1 load shape, no growth; tuning averaged over the
horizon) as a function of requests per day. API costs are linear in volume; self-hosted costs are
step functions (whole replicas), so every crossing is bracketed on a log grid and refined by
bisection to 0.1 % in volume.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import combinations

import numpy as np

from llm_tco.engine.cost_defaults import DAYS_PER_MONTH
from llm_tco.engine.costing import RowParams, compute_costs
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Candidate, Message, Number, msg
from llm_tco.engine.recommend import Scored
from llm_tco.engine.results import BreakEven, FloatArray, IntArray, VolumeCurve

GRID_POINTS = 161
BISECTIONS = 24
MAX_CROSSINGS = 4


def _steady(s: Scored) -> tuple[RowParams, FloatArray]:
    load = replace(s.params.load, growth=np.ones(1), requests_per_month=DAYS_PER_MONTH)
    params = replace(s.params, load=load, events=np.zeros(1), rag_per_month=0.0)
    from llm_tco.engine.results import COMPONENTS

    h = s.params.load.horizon_months
    tuning = s.costs.component_totals[:, COMPONENTS.index("tuning")] / h
    return params, tuning


def monthly_at(s: Scored, rows: IntArray, requests_per_day: FloatArray) -> FloatArray:
    """Steady monthly cost (USD) of each row at the paired requests-per-day value."""
    params, tuning = _steady(s)
    costs = compute_costs(params.take(rows), replace(s.drivers, volume=requests_per_day))
    return np.asarray(costs.total_by_month[:, 0] + tuning[rows])


def volume_curve(s: Scored, leaders: list[int]) -> VolumeCurve:
    """Monthly cost of the leaders over 1/1000x to 1000x today's volume (log grid)."""
    base = s.params.load.requests_per_month / DAYS_PER_MONTH
    lo, hi = max(base / 1000.0, 1.0), max(base * 1000.0, 1000.0)
    grid = np.geomspace(lo, hi, GRID_POINTS)
    rows = np.repeat(np.asarray(leaders), grid.size)
    cost = monthly_at(s, rows, np.tile(grid, len(leaders))).reshape(len(leaders), grid.size)
    t = s.ctx.enum.table
    grid.setflags(write=False)
    cost.setflags(write=False)
    return VolumeCurve(grid, cost, tuple(leaders), tuple(t.label(i) for i in leaders))


def _bisect(
    s: Scored,
    a: IntArray,
    b: IntArray,
    lo: FloatArray,
    hi: FloatArray,
    progress: Callable[[float], None] | None = None,
) -> FloatArray:
    rows = np.concatenate([a, b])
    sign_lo = np.sign(monthly_at(s, a, lo) - monthly_at(s, b, lo))
    for k in range(BISECTIONS):
        if progress is not None:
            progress(k / BISECTIONS)
        mid = np.sqrt(lo * hi)
        c = monthly_at(s, rows, np.concatenate([mid, mid]))
        d = np.sign(c[: a.size] - c[a.size :])
        same = d == sign_lo
        lo, hi = np.where(same, mid, lo), np.where(same, hi, mid)
    return np.sqrt(lo * hi)


def break_even(
    s: Scored,
    leaders: list[int],
    curve: VolumeCurve,
    *,
    progress: Callable[[float], None] | None = None,
) -> tuple[BreakEven, ...]:
    """Every crossing of monthly cost between pairs of leaders, in requests/day and tokens/month.

    ``progress`` (share 0-1 of the bisection done) is called per step; it may raise to stop.
    """
    pairs: list[tuple[int, int, IntArray]] = []
    brackets: list[tuple[int, int, float, float]] = []
    for ia, ib in combinations(range(len(leaders)), 2):
        d = curve.monthly_cost_usd[ia] - curve.monthly_cost_usd[ib]
        sign = np.sign(d)
        idx = np.flatnonzero((sign[:-1] * sign[1:]) < 0)[:MAX_CROSSINGS]
        pairs.append((ia, ib, idx))
        brackets.extend(
            (leaders[ia], leaders[ib], curve.requests_per_day[k], curve.requests_per_day[k + 1])
            for k in idx
        )
    if brackets:
        arr = np.array(brackets, dtype=np.float64)
        a, b = arr[:, 0].astype(np.int64), arr[:, 1].astype(np.int64)
        roots = _bisect(s, a, b, arr[:, 2], arr[:, 3], progress)
    else:
        roots = np.zeros(0)
    return _records(s, leaders, curve, pairs, roots)


def _records(
    s: Scored,
    leaders: list[int],
    curve: VolumeCurve,
    pairs: list[tuple[int, int, IntArray]],
    roots: FloatArray,
) -> tuple[BreakEven, ...]:
    t = s.ctx.enum.table
    load = s.params.load
    tokens_per_req = load.input_tokens_per_request + load.output_tokens_per_request
    today = load.requests_per_month / DAYS_PER_MONTH
    now = monthly_at(s, np.asarray(leaders), np.full(len(leaders), max(today, 1e-9)))
    out, k = [], 0
    for ia, ib, idx in pairs:
        r = tuple(float(x) for x in roots[k : k + idx.size])
        k += idx.size
        a, b = leaders[ia], leaders[ib]
        cheaper = t.label(a) if now[ia] <= now[ib] else t.label(b)
        words = _describe(
            Candidate(a, t.label_message(a)),
            Candidate(b, t.label_message(b)),
            r,
            curve,
            ia,
            ib,
            tokens_per_req,
        )
        out.append(
            BreakEven(
                a,
                b,
                t.label(a),
                t.label(b),
                r,
                tuple(x * DAYS_PER_MONTH * tokens_per_req for x in r),
                today,
                cheaper,
                str(words),
                words,
            )
        )
    return tuple(out)


def _describe(
    la: Candidate,
    lb: Candidate,
    roots: tuple[float, ...],
    curve: VolumeCurve,
    ia: int,
    ib: int,
    tokens_per_req: float,
) -> Message:
    if not roots:
        d = curve.monthly_cost_usd[ia] - curve.monthly_cost_usd[ib]
        who = la if np.nanmax(d) < 0 else lb if np.nanmin(d) > 0 else la
        other = lb if who == la else la
        return msg(
            QT_TRANSLATE_NOOP(
                "EngineText",
                "{who} is cheaper than {other} at every volume from {low} to {high} requests/day",
            ),
            who=who,
            other=other,
            low=Number(float(curve.requests_per_day[0]), grouped=True),
            high=Number(float(curve.requests_per_day[-1]), grouped=True),
        )
    x = roots[0]
    above = curve.monthly_cost_usd[ia][-1] < curve.monthly_cost_usd[ib][-1]
    winner, loser = (la, lb) if above else (lb, la)
    tokens = x * DAYS_PER_MONTH * tokens_per_req
    return msg(
        QT_TRANSLATE_NOOP(
            "EngineText",
            "{winner} becomes cheaper than {loser} above {volume} requests/day "
            "({tokens} B tokens/month)",
        ),
        winner=winner,
        loser=loser,
        volume=Number(float(x), grouped=True),
        tokens=Number(float(tokens / 1e9), 2, grouped=True),
    )
