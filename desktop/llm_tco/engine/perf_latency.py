"""Decode and prefill times of a replica (DESIGN 3.2), as arrays over configurations.

Decode step at batch B (per GPU of a tensor-parallel group of t):
  weights  = streamed weight bytes / (bandwidth x eta_mem)      (MoE: experts touched by B tokens)
  gemm     = 2 x active params x B / (t x peak FLOP/s x eta_compute)
  kv       = B x (average context x KV bytes per token + activation bytes per token)
             / (t x bandwidth x eta_mem)
  comm     = 2 x layers all-reduces x (latency + ring traffic / link speed per direction)
  step     = max(weights, gemm) + kv + comm + step overhead
The weight stream and the matrix products run in the same kernels, so the slower of the two binds
(roofline). Attention reads each sequence's KV cache in separate, memory-bound kernels that do not
overlap with the matrix products, so their time adds.

Prefill of I prompt tokens: 2 x active params x I + 2 x layers x attention width x I^2 (causal)
FLOPs at eta_prefill, at least one pass over the weights, plus all-reduces of I x hidden values.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from llm_tco.engine.perf_config import ConfigBatch, FloatArray

ACT_BYTES = 2.0  # activations exchanged in all-reduces are 16-bit


def streamed_weight_bytes(batch: ConfigBatch, b: FloatArray) -> FloatArray:
    """Weight bytes a decode step reads (whole replica); MoE: experts hit by any of b tokens."""
    share = batch.params_active / batch.params_total
    moe = share < 0.999
    touched = 1.0 - np.power(1.0 - share, np.maximum(b, 1.0))
    frac = np.where(moe, touched, 1.0)
    return batch.weight_bytes * frac


def activation_bytes(batch: ConfigBatch) -> FloatArray:
    """Bytes of hidden-state traffic per token in non-matrix kernels, whole replica."""
    return batch.activation_passes * batch.layers * batch.hidden * ACT_BYTES


def allreduce_time(batch: ConfigBatch, tokens: FloatArray) -> FloatArray:
    """Seconds of tensor-parallel all-reduces for one forward pass over ``tokens`` tokens."""
    t = batch.tp.astype(np.float64)
    n_ar = 2.0 * batch.layers
    msg = tokens * batch.hidden * ACT_BYTES
    ring = 2.0 * (t - 1.0) / t * msg / (batch.link_bytes_per_s * batch.comm_efficiency)
    per = batch.allreduce_latency_s + ring
    return np.where(t > 1, n_ar * per, 0.0)


def decode_parts(
    batch: ConfigBatch, b: FloatArray, context: float | FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """(weights, gemm, kv, comm) seconds of one decode step at batch ``b`` and mean ``context``."""
    b = np.maximum(b, 1.0)
    t = batch.tp.astype(np.float64)
    bw = batch.bw_bytes_per_s * batch.eta_mem
    weights = streamed_weight_bytes(batch, b) / t / bw
    gemm = 2.0 * batch.params_active * b / (t * batch.flops_weight * batch.eta_compute)
    kv = b * (context * batch.kv_bytes_per_token + activation_bytes(batch)) / t / bw
    comm = allreduce_time(batch, b)
    return weights, gemm, kv, comm


def decode_step_s(batch: ConfigBatch, b: FloatArray, context: float | FloatArray) -> FloatArray:
    """Seconds per decode step (= time per output token of each sequence) at batch ``b``."""
    weights, gemm, kv, comm = decode_parts(batch, b, context)
    return np.maximum(weights, gemm) + kv + comm + batch.step_overhead_s


def prefill_work_s(batch: ConfigBatch, input_tokens: float) -> FloatArray:
    """GPU seconds of one request's prefill when it shares steps with others (compute + comm)."""
    t = batch.tp.astype(np.float64)
    linear = 2.0 * batch.params_active * input_tokens / (batch.flops_weight * batch.eta_prefill)
    attn = 2.0 * batch.layers * batch.attn_dim * input_tokens**2
    attn_s = attn / (batch.flops_bf16 * batch.eta_prefill)
    act_s = input_tokens * activation_bytes(batch) / (batch.bw_bytes_per_s * batch.eta_mem)
    tokens = np.full(len(batch), float(input_tokens))
    return (linear + attn_s + act_s) / t + allreduce_time(batch, tokens)


def prefill_alone_s(batch: ConfigBatch, input_tokens: float) -> FloatArray:
    """Seconds to prefill one prompt on an idle replica (at least one pass over the weights)."""
    t = batch.tp.astype(np.float64)
    one = np.ones(len(batch))
    stream = streamed_weight_bytes(batch, one * max(input_tokens, 1.0)) / t
    mem_s = stream / (batch.bw_bytes_per_s * batch.eta_mem)
    work = prefill_work_s(batch, input_tokens)
    comm = allreduce_time(batch, one * float(input_tokens))
    return np.maximum(work - comm, mem_s) + comm + batch.step_overhead_s


def effective_tpot_s(
    batch: ConfigBatch, b: FloatArray, *, input_tokens: float, output_tokens: float
) -> FloatArray:
    """Mean seconds between a sequence's output tokens, including the other requests' prefills."""
    context = input_tokens + 0.5 * output_tokens
    step = decode_step_s(batch, b, context)
    others = np.maximum(b - 1.0, 0.0)
    return step + others * prefill_work_s(batch, input_tokens) / max(output_tokens, 1.0)


def largest_batch(
    batch: ConfigBatch,
    upper: FloatArray,
    *,
    input_tokens: float,
    output_tokens: float,
    tpot_target_s: float | None,
    ttft_target_s: float | None,
) -> FloatArray:
    """Largest integer B <= upper whose TPOT and TTFT meet the targets (bisection, vectorised)."""
    lo = np.zeros(len(batch))
    hi = np.floor(np.maximum(upper, 0.0))
    if tpot_target_s is None and ttft_target_s is None:
        return hi
    alone = prefill_alone_s(batch, input_tokens)
    context = input_tokens + 0.5 * output_tokens

    def ok(b: FloatArray) -> npt.NDArray[np.bool_]:
        good = np.ones(len(batch), dtype=np.bool_)
        if tpot_target_s is not None:
            tpot = effective_tpot_s(
                batch, b, input_tokens=input_tokens, output_tokens=output_tokens
            )
            good &= tpot <= tpot_target_s
        if ttft_target_s is not None:
            good &= alone + decode_step_s(batch, b, context) <= ttft_target_s
        return good

    good_hi = ok(hi)
    lo = np.where(good_hi, hi, lo)
    for _ in range(int(np.ceil(np.log2(max(float(hi.max(initial=1.0)), 2.0)))) + 1):
        mid = np.floor((lo + hi) / 2.0)
        good = ok(np.maximum(mid, 1.0)) & (mid >= 1)
        lo = np.where(good, np.maximum(lo, mid), lo)
        hi = np.where(good | (mid < 1), hi, mid)
        done = hi - lo <= 1
        if bool(done.all()):
            break
    return np.where(ok(np.maximum(lo, 1.0)) & (lo >= 1), lo, 0.0)
