"""The documented JSON object of ``llm-tco evaluate --json`` (see docs/cli_evaluate.md)."""

from __future__ import annotations

import math
from typing import Any

from llm_tco.engine.results import EvaluationResult, Recommendation


def _num(x: float) -> float | None:
    return None if not math.isfinite(x) else round(x, 6)


def recommendation_json(r: Recommendation) -> dict[str, Any]:
    """One recommendation as plain JSON values (USD)."""
    return {
        "rank": r.rank,
        "candidate_id": r.candidate_id,
        "route": r.route,
        "model": r.model_id,
        "provider": r.provider,
        "hardware": r.hardware,
        "plan": r.plan,
        "scaling": r.scaling,
        "monthly_cost_usd": _num(r.monthly_cost_usd),
        "first_month_cost_usd": _num(r.first_month_cost_usd),
        "total_cost_usd": _num(r.total_cost_usd),
        "capex_usd": _num(r.capex_usd),
        "cost_per_million_tokens_usd": _num(r.cost_per_million_tokens_usd),
        "utilisation": _num(r.utilisation),
        "quality": _num(r.quality),
        "score": _num(r.score),
        "breakdown_usd": {k: _num(v) for k, v in r.breakdown_usd.items()},
        "reasons": list(r.reasons),
        "price_sources": [
            {
                "catalog": p.catalog,
                "id": p.entry_id,
                "source": p.source,
                "as_of": p.as_of,
                "stale": p.stale,
            }
            for p in r.price_sources
        ],
    }


def result_json(result: EvaluationResult, *, top: int) -> dict[str, Any]:
    """The whole evaluation as the documented JSON object."""
    mc = result.uncertainty
    return {
        "project": result.project_name,
        "evaluated_on": result.evaluated_on,
        "horizon_months": result.horizon_months,
        "currency": "USD",
        "candidates_evaluated": result.candidates_evaluated,
        "feasible_candidates": int(result.feasible.sum()),
        "recommendations": [recommendation_json(r) for r in result.recommendations[:top]],
        "cost_only_ranking": [recommendation_json(r) for r in result.cost_only[:top]],
        "excluded": [
            {
                "candidate": e.candidate_id,
                "label": e.label,
                "route": e.route,
                "monthly_cost_usd": _num(e.monthly_cost_usd),
                "reasons": list(e.reasons),
            }
            for e in result.excluded_closest
        ],
        "excluded_reason_counts": dict(result.excluded_reason_counts),
        "break_even": [
            {
                "a": b.a_label,
                "b": b.b_label,
                "requests_per_day": list(b.requests_per_day),
                "tokens_per_month": list(b.tokens_per_month),
                "cheaper_at_current_volume": b.cheaper_at_current,
                "description": b.description,
            }
            for b in result.break_even
        ],
        "sensitivity": [
            {
                "driver": s.driver,
                "description": s.description,
                "low": s.low_multiplier,
                "high": s.high_multiplier,
                "base_total_usd": _num(s.base_cost_usd),
                "low_total_usd": _num(s.low_cost_usd),
                "high_total_usd": _num(s.high_cost_usd),
                "winner_low": s.winner_low,
                "winner_high": s.winner_high,
                "winner_changes": s.winner_changes,
            }
            for s in result.sensitivity
        ],
        "uncertainty": None
        if mc is None
        else {
            "samples": mc.samples,
            "seed": mc.seed,
            "distributions": dict(mc.distributions),
            "candidates": [
                {
                    "label": lab,
                    "p10_total_usd": _num(float(a)),
                    "p50_total_usd": _num(float(b)),
                    "p90_total_usd": _num(float(c)),
                    "probability_best": _num(float(d)),
                }
                for lab, a, b, c, d in zip(
                    mc.labels, mc.p10_usd, mc.p50_usd, mc.p90_usd, mc.probability_best, strict=True
                )
            ],
        },
        "weight_flips": [
            {
                "criterion": w.criterion,
                "current_weight": w.current_weight,
                "flip_weight": w.flip_weight,
                "direction": w.direction,
                "new_winner": w.new_winner,
            }
            for w in result.weight_flips
        ],
        "catalog_as_of": dict(result.catalog_as_of),
        "warnings": list(result.warnings),
    }
