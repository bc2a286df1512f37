"""Invariants that must hold for any configuration (property-based, hypothesis)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from test_perf_datasheets import H100_SXM, LLAMA_8B, _variant

from llm_tco.engine.perf import ConfigBatch, evaluate_batch
from llm_tco.engine.perf_config import BYTES_PER_WEIGHT, GB
from llm_tco.engine.perf_memory import memory_fit
from llm_tco.engine.profiles import load_profiles

PROFILES = load_profiles()

configs = st.fixed_dictionaries(
    {
        "params_b": st.floats(0.5, 400),
        "active_share": st.sampled_from([1.0, 1.0, 0.25, 0.1]),
        "layers": st.integers(8, 128),
        "kv_heads": st.sampled_from([1, 4, 8, 32]),
        "memory_gb": st.sampled_from([24.0, 48.0, 80.0, 141.0, 192.0]),
        "bandwidth": st.floats(300, 8000),
        "tflops": st.floats(50, 2500),
        "pcie": st.booleans(),
        "tp": st.sampled_from([1, 2, 4, 8]),
        "precision": st.sampled_from(["bf16", "fp8", "int8", "int4"]),
        "framework": st.sampled_from(["trtllm", "vllm", "llamacpp"]),
        "input": st.integers(1, 30000),
        "output": st.integers(1, 4000),
    }
)


def _batch(c: dict) -> ConfigBatch:
    model = _variant(
        LLAMA_8B,
        {
            "id": "random-model",
            "params_total_b": c["params_b"],
            "params_active_b": c["params_b"] * c["active_share"],
            "layers": c["layers"],
            "kv_heads": c["kv_heads"],
            "context_tokens": 200_000,
        },
    )
    gpu = _variant(
        H100_SXM,
        {
            "id": "random-gpu",
            "memory_gb": c["memory_gb"],
            "memory_bandwidth_gbps": c["bandwidth"],
            "bf16_tflops": c["tflops"],
            "fp8_tflops": 2 * c["tflops"],
            "int8_tops": 2 * c["tflops"],
            "interconnect": "pcie" if c["pcie"] else "nvlink",
            "interconnect_gbps": 64.0 if c["pcie"] else 900.0,
        },
    )
    return ConfigBatch.from_entries(
        profiles=PROFILES,
        models=[model] * 6,
        gpus=[gpu] * 6,
        tp=[c["tp"]] * 6,
        weight_precision=[c["precision"]] * 6,
        kv_precision=["bf16"] * 6,
        framework=[c["framework"]] * 6,
    )


@settings(max_examples=60, deadline=None)
@given(configs)
def test_physical_limits_and_monotonic_load(c) -> None:
    batch = _batch(c)
    conc = np.array([0.5, 1.0, 4.0, 32.0, 256.0, 4096.0])
    r = evaluate_batch(batch, input_tokens=c["input"], output_tokens=c["output"], concurrency=conc)
    if not r.fits[0]:
        assert np.all(~r.fits)
        assert r.reason[0]
        assert np.all(r.output_tokens_per_s == 0)
        return
    tp = c["tp"]
    # never faster than streaming the weights at peak bandwidth
    peak_bw = c["bandwidth"] * GB
    min_weight_bytes = c["params_b"] * 1e9 * c["active_share"] * BYTES_PER_WEIGHT[c["precision"]]
    assert r.tpot_s[1] >= 0.9 * min_weight_bytes / tp / peak_bw
    # never more output tokens than peak compute allows
    peak_flops = tp * 2 * c["tflops"] * 1e12
    assert np.all(
        r.output_tokens_per_s <= peak_flops / (2 * c["params_b"] * 1e9 * c["active_share"])
    )
    # more offered load never lowers throughput nor the time to first token
    assert np.all(np.diff(r.output_tokens_per_s) >= -1e-9 * r.output_tokens_per_s[1:])
    assert np.all(np.diff(r.ttft_s) >= -1e-12)
    # the running batch is a time average: at most the offered load and what memory holds
    # (unrounded: a mean batch may be fractional, so it can exceed the whole-sequence count)
    mem = memory_fit(batch, input_tokens=c["input"], output_tokens=c["output"])
    assert np.all(r.batch <= np.minimum(conc, mem.mean_concurrency_cap) * (1 + 1e-12))
    assert np.all(mem.mean_concurrency_cap < r.max_concurrency + 1)
    assert r.weights_gb_per_gpu[0] < c["memory_gb"]  # per GPU
