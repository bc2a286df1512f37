"""Synthetic results for the results-view tests (no tests here; imported by test_results_*.py).

The numbers are made-up test inputs, not catalog data: a toy cost model where an API costs a price
per token and a self-hosted server a flat monthly fee, so the winner depends on volume.
"""

from __future__ import annotations

import numpy as np

from llm_tco.engine.project_model import Project
from llm_tco.gui.results.view_model import (
    BreakEven,
    Candidate,
    CostPart,
    Excluded,
    LatencyCurve,
    MonteCarloView,
    ResultsView,
    SourceRef,
    Tornado,
    TornadoBar,
    VolumeCurves,
)

API_USD_PER_M = 5.0
HOSTED_USD_PER_M = 1.5
SELF_USD_PER_MONTH = 20_000.0
STAFF_USD_PER_MONTH = 1_000.0
DAYS = 30.0


def tokens_per_month(project: Project, requests_per_day: float | None = None) -> float:
    wl = project.workload
    rpd = wl.requests_per_day if requests_per_day is None else requests_per_day
    per_request = wl.input_tokens_per_request + wl.output_tokens_per_request
    return rpd * project.assumptions.volume_multiplier * per_request * DAYS


def _costs(project: Project, tpm: float) -> dict[str, float]:
    a = project.assumptions
    return {
        "api": tpm / 1e6 * API_USD_PER_M * a.api_price_multiplier,
        "hosted": tpm / 1e6 * HOSTED_USD_PER_M * a.api_price_multiplier,
        "self": SELF_USD_PER_MONTH * a.gpu_price_multiplier
        + STAFF_USD_PER_MONTH * a.staff_cost_multiplier,
    }


ROUTES = {"api": "closed_api", "hosted": "hosted_open", "self": "self_hosted_rented"}
NAMES = {"api": "Model A", "hosted": "Model B", "self": "Model C"}
QUALITY = {"api": 85.0, "hosted": 70.0, "self": 75.0}


def fake_view(project: Project | None = None, *, monte_carlo: bool = False) -> ResultsView:
    """A small, internally consistent results view for ``project`` (default project if None)."""
    project = project or Project()
    tpm = tokens_per_month(project)
    costs = _costs(project, tpm)
    order = sorted(costs, key=lambda k: costs[k])
    horizon = project.info.horizon_months
    cands = tuple(_candidate(k, order.index(k) + 1, costs[k], tpm, horizon) for k in order)
    rpd = np.geomspace(10, 1e7, 25)
    curves = {
        k: tuple(_costs(project, tokens_per_month(project, r))[k] for r in rpd) for k in costs
    }
    be = _break_even(project)
    return ResultsView(
        project_name=project.info.name,
        currency=project.info.currency,
        rate=project.info.usd_exchange_rate,
        horizon_months=horizon,
        candidates=cands,
        excluded=(
            Excluded(
                "x-far", "closed_api", "Model D", "Vendor D", ("data leaves the region",), 5.0, 10.0
            ),
            Excluded(
                "x-near", "hosted_open", "Model E", "Vendor E", ("quality below floor",), 0.0, 5.0
            ),
        ),
        volume_curves=VolumeCurves(tuple(rpd), curves, be, project.workload.requests_per_day),
        tornado=Tornado(
            order[0],
            costs[order[0]] * horizon,
            (
                TornadoBar(
                    "Volume",
                    "×0.5",
                    "×2",
                    costs[order[0]] * horizon * 0.6,
                    costs[order[0]] * horizon * 1.8,
                    True,
                ),
                TornadoBar(
                    "GPU price",
                    "×0.8",
                    "×1.2",
                    costs[order[0]] * horizon * 0.95,
                    costs[order[0]] * horizon * 1.05,
                ),
            ),
        ),
        monte_carlo=_monte_carlo(costs, horizon) if monte_carlo else None,
        latency_curves={
            "self": LatencyCurve(
                "self",
                (1.0, 8.0, 64.0),
                (50.0, 320.0, 1200.0),
                (50.0, 40.0, 19.0),
                (80.0, 120.0, 600.0),
                20.0,
                2000.0,
                8.0,
            )
        },
    )


def _candidate(key: str, rank: int, monthly: float, tpm: float, horizon: int) -> Candidate:
    self_hosted = key == "self"
    parts = (
        (
            CostPart("gpu_rental", "GPU rental", SELF_USD_PER_MONTH),
            CostPart("staff", "Staff", STAFF_USD_PER_MONTH),
        )
        if self_hosted
        else (CostPart("api_tokens", "API tokens", monthly),)
    )
    return Candidate(
        key=key,
        rank=rank,
        route=ROUTES[key],
        model_id=key,
        model_name=NAMES[key],
        provider="Vendor " + key.upper(),
        hardware="1 x gpu bf16 (vllm), on demand" if self_hosted else "",
        monthly_usd=monthly,
        total_usd=monthly * horizon,
        usd_per_m_tokens=monthly / max(tpm / 1e6, 1e-9),
        score=100.0 - 10.0 * rank,
        utilisation=0.4 if self_hosted else None,
        quality=QUALITY[key],
        latency_ms=300.0 + 100.0 * rank,
        breakdown=parts,
        monthly_series_usd=tuple([monthly] * horizon),
        upfront_usd=0.0,
        sources=(SourceRef(f"price of {key}", f"https://example.org/{key}", None),),
        factors=(f"factor of {key}",),
        what_would_change=(f"change of {key}",),
    )


def _break_even(project: Project) -> tuple[BreakEven, ...]:
    a = project.assumptions
    wl = project.workload
    per_m = API_USD_PER_M * a.api_price_multiplier
    fixed = (
        SELF_USD_PER_MONTH * a.gpu_price_multiplier + STAFF_USD_PER_MONTH * a.staff_cost_multiplier
    )
    tpm = fixed / per_m * 1e6
    rpd = tpm / (
        DAYS * a.volume_multiplier * (wl.input_tokens_per_request + wl.output_tokens_per_request)
    )
    return (BreakEven(rpd, tpm, fixed, "api", "self", "API cheaper below"),)


def _monte_carlo(costs: dict[str, float], horizon: int) -> MonteCarloView:
    rng = np.random.default_rng(1)
    totals = {k: v * horizon * rng.lognormal(0.0, 0.2, 2000) for k, v in costs.items()}
    edges = np.histogram_bin_edges(np.concatenate(list(totals.values())), bins=30)
    best = np.argmin(np.stack(list(totals.values())), axis=0)
    keys = list(totals)
    return MonteCarloView(
        n_samples=2000,
        edges_usd=tuple(edges),
        counts={k: tuple(np.histogram(v, bins=edges)[0].astype(float)) for k, v in totals.items()},
        p10_usd={k: float(np.percentile(v, 10)) for k, v in totals.items()},
        p50_usd={k: float(np.percentile(v, 50)) for k, v in totals.items()},
        p90_usd={k: float(np.percentile(v, 90)) for k, v in totals.items()},
        prob_best={k: float(np.mean(best == i)) for i, k in enumerate(keys)},
    )


def fake_evaluate(project: Project, catalogs: object, *, monte_carlo: bool = True) -> ResultsView:
    """Stand-in for the engine's evaluate(): returns a ResultsView directly."""
    return fake_view(project, monte_carlo=monte_carlo)


def test_remembered_engine_texts_follow_currency_rate_and_language() -> None:
    """The adapter remembers renders; a different currency, rate or language is a new text."""
    from types import SimpleNamespace

    from llm_tco import i18n
    from llm_tco.engine.messages import Money, msg
    from llm_tco.gui.results.adapter import engine_text

    table = object()
    message = msg("costs {cost}/month", cost=Money(1000.0))
    usd = SimpleNamespace(candidates=table, currency="USD", usd_exchange_rate=1.0)
    cny = SimpleNamespace(candidates=table, currency="CNY", usd_exchange_rate=7.0)
    cny_dearer = SimpleNamespace(candidates=table, currency="CNY", usd_exchange_rate=8.0)
    before = i18n.current_language()
    try:
        i18n.set_current_language("en")
        assert engine_text(usd, message) == "costs $1,000/month"
        assert engine_text(cny, message) == "costs CN¥7,000/month"
        assert engine_text(cny_dearer, message) == "costs CN¥8,000/month"
        assert engine_text(usd, message) == "costs $1,000/month"
        i18n.set_current_language("zh_CN")
        assert engine_text(cny, message).startswith("costs ¥7,000")  # symbol of the language
    finally:
        i18n.set_current_language(before)
