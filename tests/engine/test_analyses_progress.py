"""The analyses report their progress between steps, and a progress callback can stop them."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from test_costs_fixtures import TODAY, catalogs, project

from llm_tco.engine.evaluate import evaluate
from llm_tco.engine.sensitivity import DRIVERS


class Stop(Exception):
    """Raised by a progress callback to cancel the run."""


def _project():  # type: ignore[no-untyped-def]
    return project(scenario={"seed": 3, "monte_carlo_samples": 2000})


def test_progress_rises_from_zero_to_one_through_every_step() -> None:
    seen: list[float] = []
    result = evaluate(_project(), catalogs(), today=TODAY, progress=seen.append)
    assert result.uncertainty is not None
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    assert all(b >= a for a, b in itertools.pairwise(seen))
    # break-even, each tornado driver, weight flips, Monte Carlo, done
    assert len(seen) >= len(DRIVERS) + 4
    assert max(b - a for a, b in itertools.pairwise(seen)) <= 0.35


def test_progress_does_not_change_the_result() -> None:
    quiet = evaluate(_project(), catalogs(), today=TODAY)
    told = evaluate(_project(), catalogs(), today=TODAY, progress=lambda _share: None)
    np.testing.assert_array_equal(quiet.total_cost_usd, told.total_cost_usd)
    assert quiet.uncertainty is not None
    assert told.uncertainty is not None
    np.testing.assert_array_equal(quiet.uncertainty.p50_usd, told.uncertainty.p50_usd)


@pytest.mark.parametrize("stop_after", [1, 5])
def test_a_raising_callback_stops_the_run(stop_after: int) -> None:
    calls: list[float] = []

    def progress(share: float) -> None:
        calls.append(share)
        if len(calls) >= stop_after:
            raise Stop

    with pytest.raises(Stop):
        evaluate(_project(), catalogs(), today=TODAY, progress=progress)
    assert len(calls) == stop_after  # nothing ran after the callback said stop


def test_the_ranking_alone_reports_nothing() -> None:
    seen: list[float] = []
    result = evaluate(_project(), catalogs(), today=TODAY, analyses=False, progress=seen.append)
    assert seen == []
    assert result.uncertainty is None


def test_ranking_then_analyses_of_one_project_object_match_a_fresh_evaluation() -> None:
    """The second call on the same project object reuses the costing; its answer is the same."""
    p, c = _project(), catalogs()
    ranked = evaluate(p, c, today=TODAY, analyses=False)
    full = evaluate(p, c, today=TODAY)
    fresh = evaluate(_project(), c, today=TODAY)
    np.testing.assert_array_equal(ranked.total_cost_usd, fresh.total_cost_usd)
    np.testing.assert_array_equal(full.total_cost_usd, fresh.total_cost_usd)
    assert full.uncertainty is not None
    assert fresh.uncertainty is not None
    np.testing.assert_array_equal(full.uncertainty.p50_usd, fresh.uncertainty.p50_usd)
    edited = p.model_copy(
        update={"assumptions": p.assumptions.model_copy(update={"volume_multiplier": 3.0})}
    )
    bigger = evaluate(edited, c, today=TODAY, analyses=False)
    assert np.nanmin(bigger.total_cost_usd) > np.nanmin(ranked.total_cost_usd)


def test_a_project_changed_in_place_is_costed_anew() -> None:
    p, c = _project(), catalogs()
    before = evaluate(p, c, today=TODAY, analyses=False)
    p.assumptions.volume_multiplier = 4.0  # sections validate assignments but are not frozen
    after = evaluate(p, c, today=TODAY, analyses=False)
    assert np.nanmin(after.total_cost_usd) > np.nanmin(before.total_cost_usd)
