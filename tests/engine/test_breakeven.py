"""Break-even volumes are solved (bracketed and bisected), and the tornado moves sensibly."""

from __future__ import annotations

import numpy as np
from test_costs_fixtures import TODAY, catalogs, project

from llm_tco.engine.evaluate import evaluate
from llm_tco.engine.results import EvaluationResult


def _eval(**sections: object) -> EvaluationResult:
    return evaluate(project(**sections), catalogs(), monte_carlo=False, today=TODAY)


def _curve_cost(r: EvaluationResult, idx: int, rpd: float) -> float:
    curve = r.volume_curve
    assert curve is not None
    k = curve.indices.index(idx)
    return float(np.interp(np.log(rpd), np.log(curve.requests_per_day), curve.monthly_cost_usd[k]))


def test_break_even_between_api_and_self_hosting_is_a_sign_change() -> None:
    r = _eval(workload={"requests_per_day": 100_000}, use_case={"quality_floor": 80})
    crossings = [b for b in r.break_even if b.requests_per_day]
    assert crossings, [b.description for b in r.break_even]
    for b in crossings:
        x = b.requests_per_day[0]
        below = _curve_cost(r, b.a_index, x * 0.97) - _curve_cost(r, b.b_index, x * 0.97)
        above = _curve_cost(r, b.a_index, x * 1.03) - _curve_cost(r, b.b_index, x * 1.03)
        assert below * above < 0, b.description
        tokens = x * 30.4375 * (500 + 250)  # default tokens per request of the fixture project
        assert b.tokens_per_month[0] == tokens or abs(b.tokens_per_month[0] / tokens - 1) < 1e-9
        assert "requests/day" in b.description


def test_volume_curve_is_non_decreasing_in_volume() -> None:
    r = _eval(workload={"requests_per_day": 10_000})
    curve = r.volume_curve
    assert curve is not None
    assert len(curve.indices) >= 2
    assert np.all(np.diff(curve.monthly_cost_usd, axis=1) >= -1e-6)


def test_tornado_swings_move_the_winner_cost_the_right_way() -> None:
    r = _eval(workload={"requests_per_day": 20_000})
    bars = {b.driver: b for b in r.sensitivity}
    assert set(bars) == {
        "volume",
        "tokens",
        "gpu_price",
        "api_price",
        "efficiency",
        "staff",
        "cache_share",
    }
    vol = bars["volume"]
    assert vol.low_cost_usd <= vol.base_cost_usd <= vol.high_cost_usd
    staff = bars["staff"]
    assert staff.low_cost_usd < staff.base_cost_usd < staff.high_cost_usd
    swings = [abs(b.high_cost_usd - b.low_cost_usd) for b in r.sensitivity]
    assert swings == sorted(swings, reverse=True)
    assert all(b.winner_low and b.winner_high for b in r.sensitivity)
