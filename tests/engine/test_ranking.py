"""Scoring, cost-only ranking, deciding factors, weight flips, immutability and provenance."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from test_costs_fixtures import TODAY, catalogs, gpu_offers, project

from llm_tco.engine.evaluate import evaluate
from llm_tco.engine.results import CRITERIA, EvaluationResult

WEIGHTS = {
    "cost": 8,
    "quality": 5,
    "latency": 3,
    "privacy": 3,
    "ops_simplicity": 4,
    "vendor_independence": 2,
}


def _eval(analyses: bool = False, **sections: object) -> EvaluationResult:
    return evaluate(
        project(**sections), catalogs(), monte_carlo=False, analyses=analyses, today=TODAY
    )


def test_rankings_are_ordered_and_feasible() -> None:
    r = _eval(workload={"requests_per_day": 50_000})
    assert r.ranking.size == int(r.feasible.sum())
    assert np.all(np.diff(r.score[r.ranking]) <= 1e-12)
    assert np.all(np.diff(r.total_cost_usd[r.cost_ranking]) >= -1e-9)
    assert r.recommendations[0].index == int(r.ranking[0])
    assert r.cost_only[0].index == int(r.cost_ranking[0])
    assert np.all((r.criteria >= 0) & (r.criteria <= 1))


def test_cost_only_weights_pick_the_cheapest() -> None:
    only_cost = dict.fromkeys(WEIGHTS, 0.0) | {"cost": 10.0}
    r = _eval(priorities=only_cost, workload={"requests_per_day": 50_000})
    top = r.recommendations[0].index
    assert r.total_cost_usd[top] == pytest.approx(r.total_cost_usd[r.cost_ranking[0]])


def test_recommendations_explain_themselves() -> None:
    r = _eval(workload={"requests_per_day": 50_000})
    for rec in r.recommendations[:3]:
        assert rec.reasons
        assert all(isinstance(x, str) and len(x) > 10 for x in rec.reasons)
        assert rec.monthly_cost_usd > 0
        assert np.isfinite(rec.total_cost_usd)
        assert sum(rec.breakdown_usd.values()) == pytest.approx(rec.total_cost_usd, rel=1e-9)
        assert rec.price_sources
        assert rec.price_sources[0].source.startswith("https://")


def test_stale_prices_are_flagged() -> None:
    old = gpu_offers()[0].model_copy(update={"as_of": TODAY.replace(year=2024)})
    cats = catalogs(offers=[old, gpu_offers()[1]])
    only_cost = dict.fromkeys(WEIGHTS, 0.0) | {"vendor_independence": 10.0}
    p = project(priorities=only_cost, workload={"requests_per_day": 200_000})
    r = evaluate(p, cats, monte_carlo=False, analyses=False, today=TODAY)
    stale = [s for rec in r.recommendations for s in rec.price_sources if s.stale]
    assert stale
    assert stale[0].entry_id == old.id
    assert any(old.id in w for w in r.warnings)


def test_weight_flip_is_where_the_winner_changes() -> None:
    r = _eval(analyses=True, workload={"requests_per_day": 50_000})
    flips = [f for f in r.weight_flips if f.flip_weight is not None]
    assert len(r.weight_flips) == len(CRITERIA)
    assert flips
    winner = r.recommendations[0].candidate_id
    for flip in flips[:2]:
        step = 0.05 if flip.direction == "up" else -0.05
        before = WEIGHTS | {flip.criterion: flip.flip_weight - step}
        after = WEIGHTS | {flip.criterion: flip.flip_weight + step}
        if not (0 <= before[flip.criterion] <= 10 and 0 <= after[flip.criterion] <= 10):
            continue
        r_before = _eval(priorities=before, workload={"requests_per_day": 50_000})
        r_after = _eval(priorities=after, workload={"requests_per_day": 50_000})
        assert r_before.candidates.candidate_id(int(r_before.ranking[0])) == winner
        assert r_after.candidates.candidate_id(int(r_after.ranking[0])) != winner


def test_results_are_immutable() -> None:
    r = _eval()
    with pytest.raises(ValueError, match="read-only"):
        r.total_cost_usd[0] = 0.0
    with pytest.raises(ValueError, match="read-only"):
        r.candidates.route[0] = 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.recommendations[0].score = 1.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        r.catalog_as_of["models"] = "x"  # type: ignore[index]


def test_analysis_records_are_immutable_too() -> None:
    r = evaluate(project(workload={"requests_per_day": 50_000}), catalogs(), today=TODAY)
    rec = r.recommendations[0]
    with pytest.raises(TypeError):
        rec.breakdown_usd["tuning"] = 0.0  # type: ignore[index]
    assert r.volume_curve is not None
    with pytest.raises(ValueError, match="read-only"):
        r.volume_curve.monthly_cost_usd[0, 0] = 0.0
    assert r.uncertainty is not None
    with pytest.raises(ValueError, match="read-only"):
        r.uncertainty.p50_usd[0] = 0.0
    with pytest.raises(TypeError):
        r.uncertainty.distributions["volume"] = "x"  # type: ignore[index]


def test_monthly_breakdown_of_any_row_adds_up_to_its_monthly_cost() -> None:
    r = _eval(workload={"requests_per_day": 50_000, "growth_per_month": 0.05})
    for i in (int(r.ranking[0]), int(r.cost_ranking[-1])):
        parts = r.monthly_breakdown(i)
        total = sum(np.asarray(v) for v in parts.values())
        np.testing.assert_allclose(total, r.monthly_cost_usd[i], rtol=1e-9)
        assert parts["staff_operations"].flags.writeable is False
