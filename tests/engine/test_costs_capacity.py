"""Replica and GPU-hour arithmetic: never falls as load grows; autoscaling never costs more."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from llm_tco.engine.cost_defaults import HOURS_PER_MONTH
from llm_tco.engine.selfhosted_costs import (
    always_on_gpu_hours,
    autoscaled_gpu_hours,
    serverless_gpu_hours,
)
from llm_tco.engine.workload import synthetic_profile

loads = st.floats(0.0, 1e5)


@settings(max_examples=60, deadline=None)
@given(
    load=loads,
    k=st.floats(1.0, 50.0),
    cap=st.floats(1.0, 5e4),
    tp=st.sampled_from([1, 2, 4, 8]),
    per=st.sampled_from([1, 8]),
    peak=st.floats(1.0, 10.0),
    floor=st.integers(0, 3),
    cold=st.floats(0, 120),
    req_s=st.floats(0.1, 60),
)
def test_gpu_hours_never_fall_as_load_grows(
    load: float,
    k: float,
    cap: float,
    tp: int,
    per: int,
    peak: float,
    floor: int,
    cold: float,
    req_s: float,
) -> None:
    per = max(per, tp)
    profile = synthetic_profile(peak_to_average=peak)
    a = np.array([[load], [load * k]])
    c, t, pi = np.full(2, cap), np.full(2, float(tp)), np.full(2, float(per))
    on, _ = always_on_gpu_hours(a, c, t, pi, peak_factor=peak, floor=floor, spare=0)
    auto, _ = autoscaled_gpu_hours(a, c, t, pi, profile=profile, floor=floor, spare=0)
    sls, _ = serverless_gpu_hours(
        a,
        c,
        t,
        profile=profile,
        requests_per_s=a / 300.0,
        request_s=np.full(2, req_s),
        cold_start_s=np.full(2, cold),
    )
    for hours in (on, auto, sls):
        assert hours[1, 0] >= hours[0, 0] * (1 - 1e-12)
        assert np.all(hours >= 0)
    assert np.all(auto <= on * (1 + 1e-12))  # following the profile never costs more


def test_always_on_pays_whole_instances_for_the_peak() -> None:
    # 2.5 replicas of 2 GPUs at peak -> 3 replicas -> 6 GPUs -> one 8-GPU instance
    hours, gpus = always_on_gpu_hours(
        np.array([[250.0]]),
        np.array([100.0]),
        np.array([2.0]),
        np.array([8.0]),
        peak_factor=1.0,
        floor=1,
        spare=0,
    )
    assert gpus[0, 0] == 8
    assert hours[0, 0] == 8 * HOURS_PER_MONTH


def test_synthetic_profile_has_mean_one_and_the_stated_peak() -> None:
    for peak in (1.0, 1.5, 3.0, 7.0, 20.0):
        profile = synthetic_profile(peak_to_average=peak)
        assert abs(profile.mean() - 1.0) < 1e-9
        assert abs(profile.max() - peak) < 1e-9
        assert profile.min() >= 0


def test_roofline_stand_in_respects_memory() -> None:
    from test_costs_fixtures import gpus, models

    from llm_tco.engine.perf_adapter import ConfigSpec, _roofline

    m = {x.id: x for x in models()}
    g = {x.id: x for x in gpus()}
    spec = ConfigSpec(
        models=[
            m["llama-3.1-70b-instruct"],
            m["llama-3.1-70b-instruct"],
            m["llama-3.1-8b-instruct"],
        ],
        gpus=[g["l4"], g["h100-sxm"], g["l4"]],
        tp=[1, 4, 1],
        weight_precision=["bf16", "bf16", "int4"],
        kv_precision=["bf16", "bf16", "bf16"],
        framework=["vllm"] * 3,
    )
    table = _roofline(
        spec, input_tokens=500, output_tokens=250, tpot_target_s=0.05, ttft_target_s=2.0
    )
    assert list(table.fits) == [False, True, True]
    assert table.output_tokens_per_s[0] == 0
    assert table.output_tokens_per_s[1] > 0
    assert "do not fit" in str(table.reason[0])
