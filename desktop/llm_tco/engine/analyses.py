"""What would change the answer: break-even, tornado, Monte Carlo and weight flips together."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from llm_tco.engine.breakeven import break_even, volume_curve
from llm_tco.engine.montecarlo import monte_carlo
from llm_tco.engine.recommend import Scored, distinct
from llm_tco.engine.results import (
    CRITERIA,
    BreakEven,
    IntArray,
    MonteCarloResult,
    SensitivityBar,
    VolumeCurve,
    WeightFlip,
)
from llm_tco.engine.scoring import weight_flip
from llm_tco.engine.sensitivity import tornado

MC_CANDIDATES = 12


@dataclass(frozen=True)
class Analyses:
    """The optional parts of an EvaluationResult."""

    break_even: tuple[BreakEven, ...]
    volume_curve: VolumeCurve | None
    sensitivity: tuple[SensitivityBar, ...]
    uncertainty: MonteCarloResult | None
    weight_flips: tuple[WeightFlip, ...]

    @staticmethod
    def empty() -> Analyses:
        """No analyses (no feasible candidate, or analyses switched off)."""
        return Analyses((), None, (), None, ())


def _group(route: int) -> int:
    return 0 if route <= 2 else route - 2


def leaders(s: Scored, ranking: IntArray, *, limit: int = 5) -> list[int]:
    """Top three distinct options plus the cheapest of each route group (API, rented, owned)
    missing from them, among rows excluded by nothing but cost (budgets, quota, capacity)."""
    top = distinct(ranking, s, limit=3)
    route = s.ctx.enum.table.route
    have = {_group(int(route[i])) for i in top}
    pool = np.flatnonzero((s.static_bits == 0) & np.isfinite(s.total))
    pool = pool[np.argsort(s.total[pool], kind="stable")]
    for i in pool.tolist():
        g = _group(int(route[i]))
        if g not in have and len(top) < limit:
            top.append(i)
            have.add(g)
    return top


def weight_flips(s: Scored, ranking: IntArray) -> tuple[WeightFlip, ...]:
    """Per criterion: nearest weight (0-10) at which the top recommendation changes."""
    winner = int(ranking[0])
    feasible = s.bits == 0
    t = s.ctx.enum.table
    out = []
    for k, name in enumerate(CRITERIA):
        w_at, j = weight_flip(s.criteria, s.weights, feasible, k, winner)
        direction = "" if w_at is None else ("up" if w_at > s.weights[k] else "down")
        out.append(
            WeightFlip(
                name,
                float(s.weights[k]),
                w_at,
                t.label(j) if j >= 0 else "",
                direction,
                new_winner_index=int(j) if j >= 0 else -1,
            )
        )
    return tuple(out)


Progress = Callable[[float], None]
"""Told the share of the analyses done (0-1) between steps; it may raise to stop the run."""

# rough share of the analyses' time per step (measured on the example projects)
STEP_SHARES = {"break_even": 0.25, "tornado": 0.4, "weight_flips": 0.05, "monte_carlo": 0.3}


class _Steps:
    """Reports progress between the steps of the analyses (and within the tornado)."""

    def __init__(self, progress: Progress | None, steps: list[str]) -> None:
        self.progress = progress
        total = sum(STEP_SHARES[k] for k in steps)
        self.starts: dict[str, tuple[float, float]] = {}
        done = 0.0
        for k in steps:
            self.starts[k] = (done / total, STEP_SHARES[k] / total)
            done += STEP_SHARES[k]

    def at(self, step: str, within: float = 0.0) -> None:
        if self.progress is not None:
            start, share = self.starts[step]
            self.progress(start + share * within)

    def within(self, step: str) -> Progress | None:
        return None if self.progress is None else (lambda share: self.at(step, share))


def run_analyses(
    s: Scored,
    ranking: IntArray,
    *,
    monte_carlo: bool,
    mc_samples: int | None = None,
    progress: Progress | None = None,
) -> Analyses:
    """Break-even + volume curve, tornado, weight flips and (optionally) Monte Carlo.

    ``progress`` is called with the share done (0-1) between steps; an exception it raises
    (a cancelled run) stops the analyses and propagates.
    """
    steps = _Steps(progress, [*STEP_SHARES][: 4 if monte_carlo else 3])
    steps.at("break_even")
    lead = leaders(s, ranking)
    curve = volume_curve(s, lead)
    found = break_even(s, lead, curve, progress=steps.within("break_even"))
    steps.at("tornado")
    bars = tornado(s, int(ranking[0]), progress=steps.within("tornado"))
    steps.at("weight_flips")
    flips = weight_flips(s, ranking)
    mc = None
    if monte_carlo:
        steps.at("monte_carlo")
        sc = s.ctx.project.scenario
        rows = distinct(ranking, s, limit=MC_CANDIDATES)
        mc = _monte_carlo(s, rows, mc_samples or sc.monte_carlo_samples, sc.seed)
    if progress is not None:
        progress(1.0)
    return Analyses(
        break_even=found,
        volume_curve=curve,
        sensitivity=bars,
        uncertainty=mc,
        weight_flips=flips,
    )


def _monte_carlo(s: Scored, rows: list[int], samples: int, seed: int) -> MonteCarloResult:
    return monte_carlo(s, rows, samples=samples, seed=seed)


__all__ = ["Analyses", "Progress", "leaders", "np", "run_analyses", "weight_flips"]
