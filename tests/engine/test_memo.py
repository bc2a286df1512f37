"""What-if edits reuse memoised enumeration, row data, groupings and GPU-hours: a sequence of edits
must give exactly the ranking a fresh engine (every memo emptied) gives for the last project."""

from __future__ import annotations

import numpy as np
import pytest
from test_costs_fixtures import TODAY, api_offers, catalogs, project

from llm_tco.engine import candidates, capacity_hours, memo
from llm_tco.engine import evaluate as evaluate_module
from llm_tco.engine.evaluate import evaluate
from llm_tco.engine.project_model import Project

HARDWARE = {
    "can_buy": True,
    "owned": [
        {"gpu_id": "l4", "count": 8, "already_paid": False, "purchase_price_usd_per_gpu": 2_500}
    ],
}
WORK = {"requests_per_day": 40_000, "peak_to_average": 3.0}
BUSY = WORK | {"requests_per_day": 3_000_000}  # autoscaling follows the hourly profile
EDITS = (
    {},
    {"assumptions": {"gpu_price_multiplier": 0.6}},  # price only: the GPU-hours are reused
    {"workload": WORK | {"growth_per_month": 0.1}},  # growth only
    {"workload": WORK | {"peak_to_average": 5.0}},  # daily profile only
    {"workload": BUSY | {"daily_profile": [1.0] * 12 + [3.0] * 12}},
    {"workload": BUSY | {"daily_profile": [3.0] * 12 + [0.5] * 6 + [1.5] * 6}},  # same peak
    {"assumptions": {"efficiency_multiplier": 1.4}},  # capacity only
    {"assumptions": {"volume_multiplier": 3.0}},
    {"assumptions": {"volume_multiplier": 3.0, "staff_cost_multiplier": 2.0}},
    {"workload": WORK | {"requests_per_day": 2_000_000}},
)


def _project(edit: dict[str, dict[str, object]]) -> Project:
    sections: dict[str, dict[str, object]] = {"hardware": HARDWARE, "workload": WORK}
    return project(**(sections | edit))


def _forget() -> None:
    memo.clear_all()  # every memo table of the engine: a cold engine
    assert len(candidates._CACHE) == len(evaluate_module._STATIC) == 0


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.array_equal(a, b, equal_nan=a.dtype.kind == "f"))


@pytest.mark.parametrize("last", range(len(EDITS)))
def test_edit_sequence_matches_a_fresh_engine(last: int) -> None:
    cats = catalogs()
    for edit in EDITS[: last + 1]:
        warm = evaluate(_project(edit), cats, monte_carlo=False, analyses=False, today=TODAY)
    _forget()
    cold = evaluate(_project(EDITS[last]), cats, monte_carlo=False, analyses=False, today=TODAY)
    for name in (
        "monthly_cost_usd",
        "utilisation",
        "gpus_peak",
        "capex_usd",
        "reason_bits",
        "score",
        "ranking",
        "cost_ranking",
    ):
        assert _same(getattr(warm, name), getattr(cold, name)), name
    assert [r.candidate_id for r in warm.recommendations] == [
        r.candidate_id for r in cold.recommendations
    ]


def test_price_edit_reuses_gpu_hours_and_volume_edit_does_not() -> None:
    cats = catalogs()
    _forget()
    evaluate(_project({}), cats, monte_carlo=False, analyses=False, today=TODAY)
    stored = len(capacity_hours._HOURS)
    price = {"assumptions": {"gpu_price_multiplier": 1.7}}
    evaluate(_project(price), cats, monte_carlo=False, analyses=False, today=TODAY)
    assert len(capacity_hours._HOURS) == stored
    volume = {"assumptions": {"volume_multiplier": 1.7}}
    evaluate(_project(volume), cats, monte_carlo=False, analyses=False, today=TODAY)
    assert len(capacity_hours._HOURS) == stored + 1


def test_project_with_catalog_overrides_reuses_the_enumeration() -> None:
    cats = catalogs()
    deal = api_offers()[0].model_dump(mode="json") | {"usd_per_m_input": 1.25}
    overrides = {"catalog_overrides": {"api_offers": [deal]}}
    _forget()
    evaluate(project(**overrides), cats, monte_carlo=False, analyses=False, today=TODAY)
    enumerations = len(candidates._CACHE)
    edited = project(**overrides, assumptions={"volume_multiplier": 4.0})
    warm = evaluate(edited, cats, monte_carlo=False, analyses=False, today=TODAY)
    assert len(candidates._CACHE) == enumerations
    _forget()
    evaluate_module._OVERRIDDEN.clear()
    cold = evaluate(edited, cats, monte_carlo=False, analyses=False, today=TODAY)
    assert _same(warm.monthly_cost_usd, cold.monthly_cost_usd)
    assert _same(warm.ranking, cold.ranking)


def test_memo_tokens_compare_plain_values_by_value_and_objects_by_identity() -> None:
    table: memo.RecentResults[str] = memo.RecentResults(2)
    catalog = {"a": 1}
    table.put((catalog, ("vllm",), 1.5, None), "first")
    assert table.get((catalog, ("vllm",), 1.5, None)) == "first"  # a new but equal tuple
    assert table.get(({"a": 1}, ("vllm",), 1.5, None)) is None  # an equal, other object
    table.put(("b",), "second")
    table.put(("c",), "third")
    assert table.get((catalog, ("vllm",), 1.5, None)) is None  # the oldest left
    assert len(table) == 2
    memo.clear_all()
    assert len(table) == 0
