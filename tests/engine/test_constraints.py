"""Hard constraints remove candidates and always say why."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from test_costs_fixtures import TODAY, api_offers, catalogs, project

from llm_tco.engine.constraints import BIT, REASONS
from llm_tco.engine.evaluate import evaluate
from llm_tco.engine.results import ROUTES, EvaluationResult


def _eval(**sections: object) -> EvaluationResult:
    return evaluate(project(**sections), catalogs(), monte_carlo=False, analyses=False, today=TODAY)


def _offer_row(r: EvaluationResult, offer_id: str) -> int:
    t = r.candidates
    return next(i for i in range(len(t)) if t.offer_ids[int(t.offer[i])] == offer_id)


def _has(r: EvaluationResult, i: int, reason: str) -> bool:
    return bool(r.reason_bits[i] & BIT[reason])


def test_on_premises_leaves_only_owned_hardware() -> None:
    r = _eval(
        privacy={"data_location": "on_premises"},
        hardware={"owned": [{"gpu_id": "h100-sxm", "count": 8}]},
    )
    owned = r.candidates.route == ROUTES.index("self_hosted_owned")
    assert r.feasible.any()
    assert np.all(owned[r.feasible])
    api = np.flatnonzero(r.candidates.route <= 2)
    assert all(_has(r, i, "data_location") for i in api)
    assert "on premises" in r.reasons(int(api[0]))[0]


def test_zero_retention_requirement_excludes_vendors_without_it() -> None:
    r = _eval(privacy={"data_location": "zero_retention_vendor"})
    assert _has(r, _offer_row(r, "deepinfra-llama-3.1-70b-instruct"), "data_location")
    assert not _has(r, _offer_row(r, "openai-gpt-4o-mini"), "data_location")


def test_missing_certification_excludes_with_its_name() -> None:
    r = _eval(privacy={"required_certifications": ["SOC2"]})
    i = _offer_row(r, "openai-gpt-4o")
    assert _has(r, i, "certification")
    assert any("SOC2" in text for text in r.reasons(i))
    ok = _eval(privacy={"required_certifications": ["hipaa baa"]})
    assert not _has(ok, _offer_row(ok, "openai-gpt-4o"), "certification")


def test_region_rules_apply_to_api_and_gpu_offers() -> None:
    r = _eval(privacy={"allowed_regions": ["eu"]})
    assert _has(r, _offer_row(r, "openai-gpt-4o"), "region")  # global endpoint only
    assert _has(r, _offer_row(r, "aws-g6.4xlarge-us-east-1-on_demand"), "region")


def test_context_and_quality_floor() -> None:
    r = _eval(use_case={"quality_floor": 85, "min_context_tokens": 130_000})
    mini, big = _offer_row(r, "openai-gpt-4o-mini"), _offer_row(r, "openai-gpt-4o")
    assert _has(r, mini, "quality_floor")
    assert not _has(r, big, "quality_floor")
    assert _has(r, big, "context_length")  # 128,000-token window
    assert any("130,000" in text for text in r.reasons(big))


def test_unreachable_latency_target_excludes_self_hosting() -> None:
    r = _eval(workload={"min_output_tokens_per_s_per_user": 5000})
    gpu = np.flatnonzero(r.candidates.gpu >= 0)
    fits = [i for i in gpu if not _has(r, i, "memory")]
    assert fits
    assert all(_has(r, i, "latency") for i in fits)
    assert "latency" in r.reasons(int(fits[0]))[0]


def test_rate_limit_makes_an_api_infeasible_at_peak() -> None:
    limited = api_offers()[1].model_copy(update={"rate_limit_tokens_per_min": 10_000})
    cats = catalogs(api=[api_offers()[0], limited])
    p = project(workload={"requests_per_day": 50_000})
    r = evaluate(p, cats, monte_carlo=False, analyses=False, today=TODAY)
    assert _has(r, _offer_row(r, "openai-gpt-4o-mini"), "rate_limit")
    assert not _has(r, _offer_row(r, "openai-gpt-4o"), "rate_limit")


def test_monthly_budget_and_licence_caps() -> None:
    r = _eval(staff={"monthly_budget_usd": 2_000})
    rented = np.flatnonzero(r.candidates.route == ROUTES.index("self_hosted_rented"))
    assert all(_has(r, i, "monthly_budget") for i in rented if np.isfinite(r.total_cost_usd[i]))
    big = _eval(workload={"monthly_active_users": 800e6})
    llama = np.flatnonzero(np.isin(big.candidates.model, [0, 1]))
    assert all(_has(big, i, "licence") for i in llama)


def test_hardware_access_rules() -> None:
    r = _eval(hardware={"cloud_gpus": False, "gpu_quota": 0})
    rented = np.flatnonzero(r.candidates.route == ROUTES.index("self_hosted_rented"))
    assert all(_has(r, i, "no_cloud_gpus") for i in rented)
    assert not r.feasible[rented].any()
    q = _eval(hardware={"gpu_quota": 1, "allowed_providers": ["AWS"]})
    lam = _offer_row(q, "lambda-1x-h100-sxm-on_demand")
    assert _has(q, lam, "provider_not_allowed")


def test_owned_capacity_is_finite() -> None:
    r = _eval(
        privacy={"data_location": "on_premises"},
        workload={"requests_per_day": 2e6},
        hardware={"owned": [{"gpu_id": "l4", "count": 1}]},
    )
    owned = np.flatnonzero(r.candidates.plan == 7)
    assert owned.size
    assert all(
        _has(r, i, "owned_capacity") or _has(r, i, "memory") or _has(r, i, "latency") for i in owned
    )
    assert not r.feasible.any()


def test_closest_excluded_options_carry_reasons() -> None:
    r = _eval(
        privacy={"data_location": "zero_retention_vendor"}, staff={"monthly_budget_usd": 1500}
    )
    assert r.excluded_closest
    for option in r.excluded_closest:
        assert option.reasons
        assert all(isinstance(x, str) and x for x in option.reasons)


@settings(max_examples=12, deadline=None)
@given(
    location=st.sampled_from(
        ["any_vendor", "zero_retention_vendor", "own_cloud_tenancy", "on_premises"]
    ),
    floor=st.floats(0, 95),
    rpd=st.floats(10, 1e6),
    budget=st.none() | st.floats(100, 1e5),
    cloud=st.booleans(),
)
def test_every_exclusion_has_a_reason(
    location: str, floor: float, rpd: float, budget: float | None, cloud: bool
) -> None:
    r = _eval(
        privacy={"data_location": location},
        use_case={"quality_floor": floor},
        workload={"requests_per_day": rpd},
        staff={"monthly_budget_usd": budget},
        hardware={
            "cloud_gpus": cloud,
            "can_buy": True,
            "owned": [{"gpu_id": "h100-sxm", "count": 4}],
        },
    )
    excluded = np.flatnonzero(~r.feasible)
    assert np.all(r.reason_bits[excluded] != 0)
    assert np.all(r.reason_bits[r.feasible] == 0)
    assert np.all(r.reason_bits < (1 << len(REASONS)))
    for i in excluded[:: max(1, excluded.size // 25)]:
        assert r.reasons(int(i)), r.candidates.label(int(i))
