"""Cost semantics: API prices (cache, batch, tiers, uplift), owned hardware, staff, tuning."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_costs_fixtures import TODAY, api_offers, catalogs, project

from llm_tco.engine.api_costs import api_cost_per_request, api_prices
from llm_tco.engine.catalog_schema import ApiOffer
from llm_tco.engine.cost_defaults import TRAINING_MFU_LORA
from llm_tco.engine.evaluate import evaluate
from llm_tco.engine.owned_costs import monthly_capital_charge_factor
from llm_tco.engine.results import COMPONENTS, ROUTES
from llm_tco.engine.staff_tuning import training_gpu_hours, tuning_events
from llm_tco.engine.workload import load_model

C = {name: i for i, name in enumerate(COMPONENTS)}


def _prices(offer: ApiOffer, **sections: object):  # type: ignore[no-untyped-def]
    p = project(**sections)
    return api_prices([offer], [], project=p, load=load_model(p))


def _per_request(offer: ApiOffer, *, cached: float = 0.0, **sections: object) -> float:
    p = project(**sections)
    load = load_model(p)
    prices = api_prices([offer], [], project=p, load=load)
    return float(
        api_cost_per_request(
            prices,
            input_tokens=load.input_tokens_per_request,
            output_tokens=load.output_tokens_per_request,
            cached_share=cached,
        )[0]
    )


def test_api_request_cost_matches_list_prices() -> None:
    gpt4o = api_offers()[0]  # $2.50 in, $10 out per million tokens
    cost = _per_request(
        gpt4o, workload={"input_tokens_per_request": 1000, "output_tokens_per_request": 200}
    )
    assert cost == pytest.approx(1000 * 2.5e-6 + 200 * 10e-6, rel=1e-12)


def test_missing_cached_price_falls_back_to_input_price_not_zero() -> None:
    deepinfra = api_offers()[2]
    assert deepinfra.usd_per_m_cached_input is None
    no_cache = _per_request(deepinfra)
    assert _per_request(deepinfra, cached=0.8) == pytest.approx(no_cache, rel=1e-12)
    gpt4o = api_offers()[0]
    assert _per_request(gpt4o, cached=0.8) < _per_request(gpt4o)


def test_cache_write_premium_is_charged_where_the_provider_charges_it() -> None:
    base = api_offers()[0]
    with_write = base.model_copy(
        update={"usd_per_m_cache_write": 3.125, "cached_tokens_convention": "separate"}
    )
    assert _per_request(with_write, cached=0.5) > _per_request(base, cached=0.5)
    assert _per_request(with_write, cached=0.0) == pytest.approx(_per_request(base, cached=0.0))


def test_batch_prices_only_for_batch_tolerant_work() -> None:
    gpt4o = api_offers()[0]
    interactive = _prices(gpt4o)
    batch = _prices(gpt4o, workload={"batch_tolerant": True})
    assert interactive.p_in[0] == pytest.approx(2.5e-6)
    assert batch.p_in[0] == pytest.approx(1.25e-6)
    assert batch.p_out[0] == pytest.approx(5e-6)


def test_context_tier_applies_above_its_threshold() -> None:
    data = api_offers()[0].model_dump()
    data["context_tiers"] = [
        {"above_tokens": 2000, "usd_per_m_input": 5.0, "usd_per_m_output": 20.0}
    ]
    tiered = ApiOffer.model_validate(data)
    small = _prices(tiered, workload={"input_tokens_per_request": 1500})
    large = _prices(tiered, workload={"input_tokens_per_request": 2500})
    assert small.p_in[0] == pytest.approx(2.5e-6)
    assert large.p_in[0] == pytest.approx(5e-6)
    assert large.p_out[0] == pytest.approx(20e-6)


def test_regional_uplift_when_data_must_stay_in_named_regions() -> None:
    offer = api_offers()[0].model_copy(update={"regional_uplift": 1.1, "regions": ("us", "eu")})
    assert _prices(offer).p_in[0] == pytest.approx(2.5e-6)
    assert _prices(offer, privacy={"allowed_regions": ["eu"]}).p_in[0] == pytest.approx(2.75e-6)


@settings(max_examples=40, deadline=None)
@given(
    tokens=st.floats(1, 50_000),
    out=st.floats(1, 5_000),
    k=st.floats(0.01, 100),
    cached=st.floats(0, 1),
)
def test_api_cost_is_linear_in_tokens(tokens: float, out: float, k: float, cached: float) -> None:
    prices = api_prices(api_offers(), [], project=project(), load=load_model(project()))
    one = api_cost_per_request(prices, input_tokens=tokens, output_tokens=out, cached_share=cached)
    scaled = api_cost_per_request(
        prices, input_tokens=k * tokens, output_tokens=k * out, cached_share=cached
    )
    np.testing.assert_allclose(scaled, k * one, rtol=1e-9)
    assert np.all(one > 0)


def test_capital_recovery_factor_matches_the_annuity_formula() -> None:
    i, n, residual = 0.08 / 12, 48, 0.1
    annuity = i / (1 - (1 + i) ** -n)  # textbook capital recovery factor
    expected = annuity * (1 - residual / (1 + i) ** n)
    got = monthly_capital_charge_factor(discount_rate_per_year=0.08, years=4, residual_share=0.1)
    assert got == pytest.approx(expected, rel=1e-12)
    assert monthly_capital_charge_factor(
        discount_rate_per_year=0, years=4, residual_share=0.1
    ) == pytest.approx(0.9 / 48)


def _owned_result(already_paid: bool, count: int = 8):  # type: ignore[no-untyped-def]
    p = project(
        hardware={
            "cloud_gpus": False,
            "owned": [
                {
                    "gpu_id": "h100-sxm",
                    "count": count,
                    "already_paid": already_paid,
                    "purchase_price_usd_per_gpu": 33_750,
                }
            ],
        },
        privacy={"data_location": "on_premises"},
        workload={"requests_per_day": 20_000},
    )
    return evaluate(p, catalogs(), monte_carlo=False, analyses=False, today=TODAY)


def test_already_paid_hardware_counts_running_costs_only() -> None:
    paid, unpaid = _owned_result(True), _owned_result(False)
    rows = np.flatnonzero(paid.feasible & (paid.candidates.plan == 7))
    assert rows.size > 0
    b = paid.breakdown_usd[rows]
    assert np.all(b[:, C["hardware_capital"]] == 0)
    assert np.all(b[:, C["power"]] > 0)
    assert np.all(b[:, C["hosting"]] > 0)
    assert np.all(b[:, C["maintenance"]] > 0)  # a purchase price was given
    assert np.all(unpaid.breakdown_usd[rows, C["hardware_capital"]] > 0)
    assert np.all(unpaid.total_cost_usd[rows] > paid.total_cost_usd[rows])


def test_power_follows_gpus_tdp_pue_and_price() -> None:
    r = _owned_result(True)
    i = int(np.flatnonzero(r.feasible)[0])
    gpus = r.gpus_peak[i]
    kw_max = gpus * 0.7 * 1.5  # TDP 700 W x server factor 1.5 (cost_defaults)
    monthly_power = r.breakdown_usd[i, C["power"]] / r.horizon_months
    ceiling = kw_max * 730.5 * 1.4 * 0.12  # loaded 24/7, default PUE and $/kWh
    assert 0.3 * ceiling * 0.99 <= monthly_power <= ceiling * 1.01


def test_staff_cost_is_fte_times_loaded_salary() -> None:
    p = project(
        staff={"fte_cost_usd_per_year": 120_000, "ops_fte_api": 0.1, "ops_fte_self_hosted": 0.5}
    )
    r = evaluate(p, catalogs(), monte_carlo=False, analyses=False, today=TODAY)
    costed = np.isfinite(r.total_cost_usd)
    api = np.flatnonzero(costed & (r.candidates.route == ROUTES.index("closed_api")))
    rented = np.flatnonzero(costed & (r.candidates.route == ROUTES.index("self_hosted_rented")))
    assert api.size
    assert rented.size
    h = r.horizon_months
    np.testing.assert_allclose(r.breakdown_usd[api, C["staff_operations"]], 0.1 * 10_000 * h)
    np.testing.assert_allclose(r.breakdown_usd[rented, C["staff_operations"]], 0.5 * 10_000 * h)


def test_tuning_repeats_at_the_retraining_frequency() -> None:
    p = project(
        info={"horizon_months": 24},
        tuning={"method": "lora", "retrain_every_months": 6, "training_tokens": 1e7},
    )
    events = tuning_events(project=p)
    assert events.sum() == 4
    assert list(np.flatnonzero(events)) == [0, 6, 12, 18]
    r = evaluate(p, catalogs(), monte_carlo=False, analyses=False, today=TODAY)
    i = int(np.flatnonzero(r.feasible & (r.candidates.route == 3))[0])
    tuning = np.asarray(r.recommendations[0].monthly_breakdown_usd["tuning"])
    assert tuning[0] > tuning[1]
    assert tuning[6] > tuning[7]
    assert r.breakdown_usd[i, C["tuning"]] > 0


def test_lora_gpu_hours_follow_flops_over_realistic_mfu() -> None:
    p = project(tuning={"method": "lora", "training_tokens": 1e8, "epochs": 2})
    hours = training_gpu_hours(params_b=np.array([8.0]), bf16_tflops=np.array([989.5]), project=p)
    expected = 4 * 8e9 * 1e8 * 2 / (989.5e12 * TRAINING_MFU_LORA) / 3600
    assert hours[0] == pytest.approx(expected, rel=1e-12)


def test_vendor_fine_tuning_uses_tuned_prices_and_training_price() -> None:
    p = project(tuning={"method": "lora", "training_tokens": 1e7, "epochs": 3})
    r = evaluate(p, catalogs(), monte_carlo=False, analyses=False, today=TODAY)
    t = r.candidates
    mini = next(i for i in range(len(t)) if t.offer_ids[int(t.offer[i])] == "openai-gpt-4o-mini")
    gpt4o = next(i for i in range(len(t)) if t.offer_ids[int(t.offer[i])] == "openai-gpt-4o")
    assert r.feasible[mini]
    assert not r.feasible[gpt4o]  # no tuning offer for GPT-4o in the fixture
    assert any("fine-tuning" in text for text in r.reasons(gpt4o))
    assert r.breakdown_usd[mini, C["tuning"]] >= 3.0 * 3e7 / 1e6  # at least the training price


def test_assumption_multipliers_scale_their_components() -> None:
    base = evaluate(project(), catalogs(), monte_carlo=False, analyses=False, today=TODAY)
    api2 = evaluate(
        project(assumptions={"api_price_multiplier": 2.0}),
        catalogs(),
        monte_carlo=False,
        analyses=False,
        today=TODAY,
    )
    gpu2 = evaluate(
        project(assumptions={"gpu_price_multiplier": 2.0}),
        catalogs(),
        monte_carlo=False,
        analyses=False,
        today=TODAY,
    )
    np.testing.assert_allclose(
        api2.breakdown_usd[:, C["api_tokens"]], 2 * base.breakdown_usd[:, C["api_tokens"]]
    )
    np.testing.assert_allclose(
        gpu2.breakdown_usd[:, C["gpu_rental"]], 2 * base.breakdown_usd[:, C["gpu_rental"]]
    )


@settings(max_examples=10, deadline=None)
@given(
    rpd=st.floats(1, 3e6),
    tin=st.floats(50, 20_000),
    tout=st.floats(10, 2_000),
    cached=st.floats(0, 1),
    peak=st.floats(1, 10),
    growth=st.floats(-0.1, 0.3),
    batch=st.booleans(),
    k=st.floats(1.01, 20),
)
def test_costs_finite_non_negative_monotone_in_volume(
    rpd: float,
    tin: float,
    tout: float,
    cached: float,
    peak: float,
    growth: float,
    batch: bool,
    k: float,
) -> None:
    work = {
        "input_tokens_per_request": tin,
        "output_tokens_per_request": tout,
        "cached_prompt_share": cached,
        "peak_to_average": peak,
        "growth_per_month": growth,
        "batch_tolerant": batch,
        "requests_per_day": rpd,
    }
    hw = {
        "can_buy": True,
        "owned": [
            {
                "gpu_id": "l4",
                "count": 64,
                "already_paid": False,
                "purchase_price_usd_per_gpu": 2_500,
            }
        ],
    }
    low = evaluate(
        project(workload=work, hardware=hw),
        catalogs(),
        monte_carlo=False,
        analyses=False,
        today=TODAY,
    )
    high = evaluate(
        project(workload=work | {"requests_per_day": rpd * k}, hardware=hw),
        catalogs(),
        monte_carlo=False,
        analyses=False,
        today=TODAY,
    )
    ok = low.feasible
    assert np.all(np.isfinite(low.monthly_cost_usd[ok]))
    assert np.all(low.monthly_cost_usd[ok] >= 0)
    assert np.all(low.breakdown_usd[ok] >= 0)
    costed = np.isfinite(low.total_cost_usd)
    util = low.utilisation[costed]
    assert costed[ok].all()
    assert np.all((util > 0) & (util <= 1))
    both = np.isfinite(low.total_cost_usd) & np.isfinite(high.total_cost_usd)
    assert low.candidates.candidate_id(0) == high.candidates.candidate_id(0)
    assert np.all(high.monthly_cost_usd[both] >= low.monthly_cost_usd[both] * (1 - 1e-9) - 1e-6)


def test_project_catalog_overrides_replace_a_price() -> None:
    negotiated = api_offers()[0].model_dump(mode="json") | {
        "usd_per_m_input": 1.25,
        "usd_per_m_output": 5.0,
    }
    base = evaluate(project(), catalogs(), monte_carlo=False, analyses=False, today=TODAY)
    deal = evaluate(
        project(catalog_overrides={"api_offers": [negotiated]}),
        catalogs(),
        monte_carlo=False,
        analyses=False,
        today=TODAY,
    )
    t = base.candidates
    i = next(k for k in range(len(t)) if t.offer_ids[int(t.offer[k])] == "openai-gpt-4o")
    j = next(
        k
        for k in range(len(deal.candidates))
        if deal.candidates.offer_ids[int(deal.candidates.offer[k])] == "openai-gpt-4o"
    )
    np.testing.assert_allclose(
        deal.breakdown_usd[j, C["api_tokens"]],
        base.breakdown_usd[i, C["api_tokens"]] / 2,
        rtol=1e-9,
    )
