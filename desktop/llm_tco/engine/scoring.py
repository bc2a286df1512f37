"""Weighted multi-criteria score (DESIGN 3.4), cost-only ranking and the weight that flips the top.

Each criterion is normalised to [0, 1] (1 best): cost = cheapest feasible total / this total;
quality = margin over the floor, saturating at ``QUALITY_MARGIN_SATURATION`` points; latency =
headroom against the targets; privacy = margin above the required data location; operational
simplicity and vendor independence per route (cost_defaults).
"""

from __future__ import annotations

import numpy as np

from llm_tco.engine.cost_defaults import (
    API_LATENCY_SCORE,
    OPS_SIMPLICITY,
    QUALITY_MARGIN_SATURATION,
    SERVERLESS_OPS_SIMPLICITY,
    VENDOR_INDEPENDENCE,
)
from llm_tco.engine.project_model import Priorities, Project
from llm_tco.engine.results import CRITERIA, PLANS, ROUTES, BoolArray, FloatArray, IntArray

_SERVERLESS = PLANS.index("serverless")


def weights(priorities: Priorities) -> FloatArray:
    """The six weights in CRITERIA order."""
    return np.array([getattr(priorities, name) for name in CRITERIA], dtype=np.float64)


def static_criteria(
    *,
    route: IntArray,
    plan: IntArray,
    quality: FloatArray,
    privacy_level: IntArray,
    tpot_s: FloatArray,
    ttft_s: FloatArray,
    project: Project,
) -> FloatArray:
    """Criteria that do not depend on cost: (rows, 6), cost column left at 0."""
    n = route.shape[0]
    crit = np.zeros((n, len(CRITERIA)))
    floor = project.use_case.quality_floor
    crit[:, 1] = np.clip(np.nan_to_num(quality - floor, nan=0.0) / QUALITY_MARGIN_SATURATION, 0, 1)
    crit[:, 2] = _latency(route, plan, tpot_s, ttft_s, project)
    required = _required_level(project)
    crit[:, 3] = np.clip((privacy_level - required) / max(4 - required, 1), 0.0, 1.0)
    if required >= 4:
        crit[:, 3] = 1.0
    ops = np.array([OPS_SIMPLICITY[r] for r in ROUTES])[route]
    crit[:, 4] = np.where(plan == _SERVERLESS, SERVERLESS_OPS_SIMPLICITY, ops)
    crit[:, 5] = np.array([VENDOR_INDEPENDENCE[r] for r in ROUTES])[route]
    return crit


def _required_level(project: Project) -> int:
    from llm_tco.engine.constraints import LEVELS

    return LEVELS.index(project.privacy.data_location)


def _latency(
    route: IntArray, plan: IntArray, tpot: FloatArray, ttft: FloatArray, project: Project
) -> FloatArray:
    work = project.workload
    if work.batch_tolerant:
        return np.ones(route.shape[0])
    head = np.full(route.shape[0], 2.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        if work.min_output_tokens_per_s_per_user is not None:
            head = np.minimum(head, (1.0 / work.min_output_tokens_per_s_per_user) / tpot)
        if work.ttft_target_ms is not None:
            head = np.minimum(head, (work.ttft_target_ms / 1000.0) / ttft)
    score = np.clip(0.5 + 0.5 * (np.nan_to_num(head, nan=0.0) - 1.0), 0.0, 1.0)
    score = np.where(plan == _SERVERLESS, 0.7 * score, score)
    return np.where(route <= 2, API_LATENCY_SCORE, score)


def cost_criterion(total: FloatArray, feasible: BoolArray) -> FloatArray:
    """Cheapest feasible total / each total (0 where the cost is unknown)."""
    ok = feasible & np.isfinite(total) & (total > 0)
    best = float(total[ok].min()) if np.any(ok) else 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(np.isfinite(total) & (total > 0), best / total, 0.0)
    return np.clip(out, 0.0, 1.0)


def score(criteria: FloatArray, w: FloatArray) -> FloatArray:
    """Weighted mean of the criteria (rows,) in [0, 1]."""
    return np.asarray(criteria @ w / max(float(w.sum()), 1e-12))


def rank(values: FloatArray, feasible: BoolArray, *, descending: bool, tie: FloatArray) -> IntArray:
    """Feasible rows ordered by value (ties broken by ``tie`` ascending)."""
    idx = np.flatnonzero(feasible)
    key = -values[idx] if descending else values[idx]
    order = np.lexsort((tie[idx], key))
    return np.asarray(idx[order], dtype=np.int64)


def weight_flip(
    criteria: FloatArray, w: FloatArray, feasible: BoolArray, k: int, winner: int
) -> tuple[float | None, int]:
    """Nearest weight (0-10) of criterion k at which another feasible row overtakes the winner."""
    idx = np.flatnonzero(feasible)
    base = criteria[idx] @ w - criteria[idx, k] * w[k]
    c = criteria[idx, k]
    pos = int(np.flatnonzero(idx == winner)[0])
    with np.errstate(divide="ignore", invalid="ignore"):
        cross = (base[pos] - base) / (c - c[pos])
    up = (c > c[pos] + 1e-12) & (cross > w[k]) & (cross <= 10.0)
    down = (c < c[pos] - 1e-12) & (cross < w[k]) & (cross >= 0.0)
    best: tuple[float | None, int] = (None, -1)
    if np.any(up):
        j = int(np.argmin(np.where(up, cross, np.inf)))
        best = (float(cross[j]), int(idx[j]))
    if np.any(down):
        j = int(np.argmax(np.where(down, cross, -np.inf)))
        if best[0] is None or w[k] - cross[j] < best[0] - w[k]:
            best = (float(cross[j]), int(idx[j]))
    return best
