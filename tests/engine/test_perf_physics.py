"""Physics the performance model must respect beyond the rows it was fitted to (issue 3)."""

from __future__ import annotations

import numpy as np
import pytest
from test_perf_datasheets import (
    A100_SXM,
    H100_SXM,
    LLAMA_8B,
    LLAMA_70B,
    MIXTRAL_8X7B,
    _variant,
)

from llm_tco.engine.perf import (
    ConfigBatch,
    estimate,
    evaluate_at_rate,
    evaluate_batch,
    latency_throughput_curve,
)
from llm_tco.engine.perf_config import GB
from llm_tco.engine.profiles import load_profiles

PROFILES = load_profiles()
FRAMEWORKS = sorted(PROFILES)


@pytest.mark.parametrize("framework", FRAMEWORKS)
@pytest.mark.parametrize("gpu", [H100_SXM, A100_SXM], ids=lambda g: g.id)
def test_batch1_decode_is_bandwidth_bound_and_below_peak_bandwidth(framework, gpu) -> None:
    e = estimate(
        model=LLAMA_8B,
        gpu=gpu,
        gpus=1,
        precision="bf16",
        input_tokens=100,
        output_tokens=200,
        concurrency=1,
        framework=framework,
    )
    assert e.bound == "memory"
    weight_bytes = e.weights_gb_per_gpu * GB
    achieved_bw = weight_bytes / e.tpot_s  # bytes streamed per second at batch 1
    peak_bw = gpu.memory_bandwidth_gbps * GB
    assert achieved_bw < 0.95 * peak_bw
    assert achieved_bw > 0.3 * peak_bw  # and not absurdly slow either


def test_fp8_halves_weight_memory_and_raises_throughput() -> None:
    common = {"model": LLAMA_70B, "gpu": H100_SXM, "gpus": 4, "input_tokens": 1000}
    bf16 = estimate(**common, precision="bf16", output_tokens=500)
    fp8 = estimate(**common, precision="fp8", output_tokens=500)
    # embeddings and LM head stay 16-bit in FP8 checkpoints, so slightly more than half
    assert 0.45 < fp8.weights_gb_per_gpu / bf16.weights_gb_per_gpu < 0.56
    assert fp8.kv_cache_gb > bf16.kv_cache_gb
    assert fp8.output_tokens_per_s > 1.3 * bf16.output_tokens_per_s
    one_bf16 = estimate(**common, precision="bf16", output_tokens=500, concurrency=1)
    one_fp8 = estimate(**common, precision="fp8", output_tokens=500, concurrency=1)
    assert one_fp8.tpot_s < one_bf16.tpot_s


def test_70b_bf16_does_not_fit_one_80gb_gpu_and_says_why() -> None:
    e = estimate(
        model=LLAMA_70B, gpu=H100_SXM, gpus=1, precision="bf16", input_tokens=1, output_tokens=1
    )
    assert not e.fits
    assert e.output_tokens_per_s == 0
    assert "weights" in e.reason
    assert "GB" in e.reason
    assert H100_SXM.name in e.reason
    assert f"{e.weights_gb_per_gpu:.1f} GB" in e.reason
    assert estimate(
        model=LLAMA_70B, gpu=H100_SXM, gpus=2, precision="bf16", input_tokens=1, output_tokens=1
    ).fits


def test_model_squeezed_onto_too_few_gpus_loses_most_per_gpu_throughput() -> None:
    args = {"model": LLAMA_70B, "gpu": H100_SXM, "precision": "fp8", "input_tokens": 1000}
    tight = estimate(**args, gpus=1, output_tokens=1000)
    roomy = estimate(**args, gpus=2, output_tokens=1000)
    assert tight.fits
    assert tight.max_concurrency < roomy.max_concurrency / 10
    assert tight.output_tokens_per_s_per_gpu < 0.4 * roomy.output_tokens_per_s_per_gpu


def test_tensor_parallel_over_pcie_scales_far_worse_than_over_nvlink() -> None:
    pcie = _variant(
        A100_SXM, {"id": "a100-pcie-only", "interconnect": "pcie", "interconnect_gbps": 64}
    )
    per_gpu = {}
    for gpu in (A100_SXM, pcie):
        for tp in (1, 8):
            e = estimate(
                model=LLAMA_8B,
                gpu=gpu,
                gpus=tp,
                precision="bf16",
                input_tokens=1000,
                output_tokens=200,
            )
            per_gpu[gpu.id, tp] = e.output_tokens_per_s_per_gpu
    nvlink_scaling = per_gpu[A100_SXM.id, 8] / per_gpu[A100_SXM.id, 1]
    pcie_scaling = per_gpu[pcie.id, 8] / per_gpu[pcie.id, 1]
    assert per_gpu[A100_SXM.id, 1] == pytest.approx(per_gpu[pcie.id, 1])  # no link used at tp=1
    assert pcie_scaling < 0.5 * nvlink_scaling


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_throughput_is_non_decreasing_and_saturates_while_ttft_explodes(framework) -> None:
    conc = np.unique(np.round(np.geomspace(1, 8192, 60)))
    curve = latency_throughput_curve(
        model=LLAMA_8B,
        gpu=H100_SXM,
        tp=1,
        precision="bf16",
        input_tokens=1000,
        output_tokens=300,
        concurrencies=conc,
        framework=framework,
    )
    tput = curve.output_tokens_per_s
    assert np.all(np.diff(tput) >= -1e-9 * tput[:-1])
    assert tput[-1] > 2 * tput[0] or framework == "llamacpp"
    saturated = conc >= curve.max_concurrency
    assert saturated.sum() >= 2
    assert np.allclose(tput[saturated], tput[saturated][0])  # flat once memory is full
    assert np.all(np.diff(curve.ttft_s) >= -1e-12)
    assert curve.ttft_s[-1] > 20 * curve.ttft_s[0]  # queueing past saturation
    assert np.all(np.diff(curve.tpot_s) >= -1e-12)


def test_latency_target_caps_the_batch() -> None:
    args = {"model": LLAMA_8B, "gpu": H100_SXM, "gpus": 1, "precision": "bf16"}
    free = estimate(**args, input_tokens=500, output_tokens=500)
    capped = estimate(**args, input_tokens=500, output_tokens=500, tpot_target_s=0.02)
    assert capped.batch < free.batch
    assert capped.tpot_s <= 0.02
    assert capped.meets_latency
    assert capped.output_tokens_per_s < free.output_tokens_per_s
    impossible = estimate(**args, input_tokens=500, output_tokens=500, tpot_target_s=0.001)
    assert not impossible.meets_latency
    ttft_capped = estimate(**args, input_tokens=8000, output_tokens=100, ttft_target_s=0.5)
    assert ttft_capped.ttft_s <= 0.5
    assert ttft_capped.meets_latency


def test_moe_computes_with_active_parameters_but_stores_all_experts() -> None:
    dense = _variant(MIXTRAL_8X7B, {"id": "dense-46.7b", "params_active_b": 46.7})
    kw = {"gpu": H100_SXM, "gpus": 2, "precision": "bf16", "output_tokens": 1}
    moe_long = estimate(model=MIXTRAL_8X7B, **kw, input_tokens=8000, concurrency=1)
    dense_long = estimate(model=dense, **kw, input_tokens=8000, concurrency=1)
    assert moe_long.weights_gb_per_gpu == pytest.approx(dense_long.weights_gb_per_gpu)
    # prefill is compute-bound: time scales with active, not total, parameters
    assert moe_long.ttft_s < 0.5 * dense_long.ttft_s
    moe_max = estimate(model=MIXTRAL_8X7B, **{**kw, "output_tokens": 500}, input_tokens=500)
    dense_max = estimate(model=dense, **{**kw, "output_tokens": 500}, input_tokens=500)
    assert moe_max.output_tokens_per_s > 1.5 * dense_max.output_tokens_per_s


def test_more_memory_bandwidth_means_faster_batch1_decode() -> None:
    h200_like = _variant(H100_SXM, {"id": "h100-more-bw", "memory_bandwidth_gbps": 4800})
    batch = ConfigBatch.from_entries(
        models=[LLAMA_8B, LLAMA_8B],
        gpus=[H100_SXM, h200_like],
        tp=[1, 1],
        weight_precision=["bf16", "bf16"],
        kv_precision=["bf16", "bf16"],
        framework=["trtllm", "trtllm"],
    )
    r = evaluate_batch(batch, input_tokens=100, output_tokens=100, concurrency=1)
    assert r.tpot_s[1] < r.tpot_s[0]
    assert r.tpot_s[0] / r.tpot_s[1] < 4800 / 3350  # fixed overheads do not scale


def test_open_loop_rate_littles_law_and_overload() -> None:
    batch = ConfigBatch.from_entries(
        models=[LLAMA_8B] * 6,
        gpus=[H100_SXM] * 6,
        tp=[1] * 6,
        weight_precision=["bf16"] * 6,
        kv_precision=["bf16"] * 6,
        framework=["trtllm"] * 6,
    )
    best = evaluate_batch(batch, input_tokens=500, output_tokens=200)
    capacity_rps = best.output_tokens_per_s[0] / 200  # requests/s at full load
    rates = capacity_rps * np.array([0.01, 0.2, 0.5, 0.8, 0.95, 1.5])
    r = evaluate_at_rate(batch, input_tokens=500, output_tokens=200, requests_per_s=rates)
    ok = rates < capacity_rps
    # Little's law: concurrency = rate x time in system, and the output rate is what arrives
    in_system = r.ttft_s[ok] + 200 * r.tpot_s[ok]
    assert np.allclose(r.batch[ok], rates[ok] * in_system, rtol=0.02)
    assert np.allclose(r.output_tokens_per_s[ok], rates[ok] * 200, rtol=0.02)
    assert np.all(np.diff(r.ttft_s[ok]) > 0)  # waiting grows with load
    assert np.all(np.diff(r.tpot_s[ok]) > 0)
    assert np.isinf(r.ttft_s[-1])  # past capacity the queue never drains
    assert not r.meets_latency[-1]
    assert r.meets_latency[ok].all()
