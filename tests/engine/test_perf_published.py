"""The shipped profiles against published measurements that were never used to fit them.

Guards generalisation: other GPUs (H200), other models (Llama 3.3 70B, 405B), another framework
(vLLM), batch-1 time to first token. Numbers are copied from the cited pages.
"""

from __future__ import annotations

import numpy as np
import pytest

from llm_tco.engine.catalog import load_catalogs
from llm_tco.engine.perf import estimate

CATALOGS = load_catalogs(use_user_overrides=False)

# TensorRT-LLM 1.0 offline FP8 throughput, output tokens/s of the whole configuration
# (https://github.com/NVIDIA/TensorRT-LLM/blob/00f37686aa854010d68bcbd0f4ab000221541ca6/
# docs/source/performance/perf-overview.md).
LENGTHS = [(128, 128), (128, 2048), (1000, 1000), (2048, 128), (2048, 2048), (20000, 2000)]
V10 = {
    ("llama-3.1-8b-instruct", "h200-sxm", 1): [27911, 26221, 17744, 3538, 12194, 1804],
    ("llama-3.3-70b-instruct", "h200-sxm", 1): [3803, 4336, 2909, 442, 2003, 283],
    ("llama-3.3-70b-instruct", "h100-sxm", 2): [6378, 6651, 4205, 762, 3082, 437],
    ("llama-3.1-405b-instruct", "h200-sxm", 8): [3814, 5348, 3330, 456, 2948, 505],
}


def _needs(*ids: str) -> None:
    missing = [i for i in ids if i not in CATALOGS.models and i not in CATALOGS.gpus]
    if missing:
        pytest.skip(f"catalog lacks {missing}")


def test_trtllm_profile_predicts_newer_release_on_other_gpus_and_models() -> None:
    ratios = []
    for (model_id, gpu_id, tp), values in V10.items():
        _needs(model_id, gpu_id)
        for (i_len, o_len), value in zip(LENGTHS, values, strict=True):
            e = estimate(
                model=CATALOGS.model(model_id),
                gpu=CATALOGS.gpu(gpu_id),
                gpus=tp,
                precision="fp8",
                input_tokens=i_len,
                output_tokens=o_len,
            )
            assert e.fits, (model_id, gpu_id, tp)
            ratios.append(e.output_tokens_per_s / value)
    r = np.array(ratios)
    assert np.median(np.abs(r - 1)) <= 0.15
    assert np.all((r > 0.5) & (r < 2.0))


# vLLM CI latency tests, one H200 node, batch 8, 32 in / 128 out, bf16, mean end-to-end ms
# (https://buildkite.com/vllm/performance-benchmark/builds/9515); the 8B row set the vLLM
# profile's step overhead, these two did not.
@pytest.mark.parametrize(
    ("model_id", "tp", "measured_ms"),
    [("llama-3.1-70b-instruct", 4, 2077.53), ("mixtral-8x7b-instruct", 2, 1917.44)],
)
def test_vllm_profile_predicts_held_out_ci_latency(model_id, tp, measured_ms) -> None:
    _needs(model_id, "h200-sxm")
    e = estimate(
        model=CATALOGS.model(model_id),
        gpu=CATALOGS.gpu("h200-sxm"),
        gpus=tp,
        precision="bf16",
        input_tokens=32,
        output_tokens=128,
        concurrency=8,
        framework="vllm",
    )
    predicted_ms = (e.ttft_s + 128 * e.tpot_s) * 1000
    assert 0.75 < predicted_ms / measured_ms < 1.33


# TensorRT-LLM v0.5 batch-1 first-token latency, ms
# (https://raw.githubusercontent.com/NVIDIA/TensorRT-LLM/release/0.5.0/docs/source/performance.md).
@pytest.mark.parametrize(
    ("model_id", "gpu_id", "tp", "precision", "input_tokens", "measured_ms"),
    [
        ("llama-2-7b-chat", "h100-sxm", 1, "fp8", 2048, 36),
        ("llama-2-70b-chat", "h100-sxm", 4, "fp8", 2048, 109),
        ("llama-2-7b-chat", "a100-80gb-sxm", 1, "bf16", 128, 16),
        ("llama-2-70b-chat", "a100-80gb-sxm", 4, "bf16", 2048, 377),
        ("llama-2-7b-chat", "l40s", 1, "fp8", 128, 14),
    ],
)
def test_batch1_time_to_first_token(model_id, gpu_id, tp, precision, input_tokens, measured_ms):
    _needs(model_id, gpu_id)
    e = estimate(
        model=CATALOGS.model(model_id),
        gpu=CATALOGS.gpu(gpu_id),
        gpus=tp,
        precision=precision,
        input_tokens=input_tokens,
        output_tokens=1,
        concurrency=1,
    )
    assert 0.6 < e.ttft_s * 1000 / measured_ms < 1.6
