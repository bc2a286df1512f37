"""Decode and prefill times of a replica (DESIGN 3.2), as arrays over configurations.

Decode step at batch B (per GPU of a tensor-parallel group of t):
  weights  = streamed weight bytes / (bandwidth x eta_mem)      (MoE: experts touched by B tokens)
  gemm     = 2 x active params x B / (t x peak FLOP/s x eta_compute)
  kv       = B x (average context x KV bytes per token + activation bytes per token)
             / (t x bandwidth x eta_mem)
  comm     = 2 x layers all-reduces x (2 (t-1) ring steps x step latency
             + ring traffic / link speed per direction)
  step     = max(weights, gemm) + kv + comm + step overhead
The weight stream and the matrix products run in the same kernels, so the slower of the two binds
(roofline). Attention reads each sequence's KV cache in separate, memory-bound kernels that do not
overlap with the matrix products, so their time adds.

Prefill of I prompt tokens: 2 x active params x I + 2 x layers x attention width x I^2 (causal)
FLOPs at eta_prefill plus activation traffic and all-reduces of I x hidden values. Inside busy
steps a prompt adds only that work; alone on an idle replica it also pays one pass over the
weights, the all-reduce latencies and the step overhead (its time to first token).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from llm_tco.engine.perf_config import ConfigBatch, FloatArray

ACT_BYTES = 2.0  # activations exchanged in all-reduces are 16-bit

# Small-message ring all-reduce over 8 GPUs: 33.7 us on NVLink/NVSwitch (DGX A100,
# https://github.com/NVIDIA/nccl-tests/issues/123) and 54.2 us over PCIe (8 x RTX 3090,
# https://github.com/NVIDIA/nccl/issues/1439): a PCIe ring step is this much slower.
PCIE_STEP_LATENCY_FACTOR = 54.18 / 33.7


def _log_untouched(batch: ConfigBatch) -> FloatArray:
    """log(1 - active share): each extra token leaves a stored parameter unread with that odds."""
    share = np.minimum(batch.params_active / batch.params_total, 1.0)
    return np.where(share < 0.999, np.log1p(-np.minimum(share, 0.999)), -np.inf)


def _touched(log_untouched: FloatArray, b: FloatArray) -> FloatArray:
    """Share of stored weights read by a step of b tokens (1 for dense models)."""
    return 1.0 - np.exp(np.maximum(log_untouched * np.maximum(b, 1.0), -60.0))


def streamed_weight_bytes(batch: ConfigBatch, b: FloatArray) -> FloatArray:
    """Weight bytes a decode step reads (whole replica); MoE: experts hit by any of b tokens."""
    return batch.stream_bytes * _touched(_log_untouched(batch), b)


def activation_bytes(batch: ConfigBatch) -> FloatArray:
    """Bytes of hidden-state traffic per token in non-matrix kernels, whole replica."""
    return batch.activation_passes * batch.layers * batch.hidden * ACT_BYTES


def allreduce_coefficients(batch: ConfigBatch) -> tuple[FloatArray, FloatArray]:
    """(fixed seconds, seconds per token) of the 2 x layers all-reduces of one forward pass.

    Ring all-reduce: 2 (t-1) sequential steps, each paying the link latency; each GPU sends and
    receives 2 (t-1)/t of the message over its link, at one direction's speed (half the
    bidirectional figure datasheets quote) x comm_efficiency.
    """
    t = batch.tp_f
    n_ar = np.where(t > 1, 2.0 * batch.layers, 0.0)
    link = batch.link_bytes_per_s * batch.comm_efficiency
    per_token = n_ar * 2.0 * (t - 1.0) / t * batch.hidden * ACT_BYTES / link
    step_latency = batch.allreduce_latency_s * np.where(
        batch.is_pcie, PCIE_STEP_LATENCY_FACTOR, 1.0
    )
    return n_ar * 2.0 * (t - 1.0) * step_latency, per_token


def allreduce_time(batch: ConfigBatch, tokens: FloatArray) -> FloatArray:
    """Seconds of tensor-parallel all-reduces for one forward pass over ``tokens`` tokens."""
    fixed, per_token = allreduce_coefficients(batch)
    return fixed + per_token * tokens


@dataclass(frozen=True)
class StepModel:
    """Decode-step time as a function of batch b, with everything independent of b precomputed."""

    weights_s: FloatArray  # streaming all stored weights once
    log_untouched: FloatArray  # MoE: see _touched; -inf for dense models
    gemm_s_per_seq: FloatArray
    kv_s_per_seq: FloatArray  # KV reads and activation traffic
    comm_fixed_s: FloatArray  # all-reduce latencies
    comm_s_per_seq: FloatArray  # all-reduce traffic
    overhead_s: FloatArray

    def parts(self, b: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
        """(weights, gemm, kv, comm) seconds of one decode step at batch ``b``."""
        b = np.maximum(b, 1.0)
        weights = self.weights_s * _touched(self.log_untouched, b)
        return weights, self.gemm_s_per_seq * b, self.kv_s_per_seq * b, self.comm(b)

    def comm(self, b: FloatArray) -> FloatArray:
        """All-reduce seconds per step at batch ``b``."""
        return self.comm_fixed_s + self.comm_s_per_seq * b

    def step_s(self, b: FloatArray) -> FloatArray:
        """Seconds per decode step (= time per output token of each sequence)."""
        weights, gemm, kv, comm = self.parts(b)
        return np.maximum(weights, gemm) + kv + comm + self.overhead_s


def step_model(batch: ConfigBatch, context: float | FloatArray) -> StepModel:
    """Precompute the decode-step coefficients for a mean KV ``context`` (tokens)."""
    t = batch.tp_f
    bw = batch.bw_bytes_per_s * batch.eta_mem
    comm_fixed, comm_per_seq = allreduce_coefficients(batch)
    return StepModel(
        weights_s=batch.stream_bytes / t / bw,
        log_untouched=_log_untouched(batch),
        gemm_s_per_seq=2.0 * batch.params_active / (t * batch.flops_weight * batch.eta_compute),
        kv_s_per_seq=(context * batch.kv_bytes_per_token + activation_bytes(batch)) / t / bw,
        comm_fixed_s=comm_fixed,
        comm_s_per_seq=comm_per_seq,
        overhead_s=batch.step_overhead_s,
    )


def decode_parts(
    batch: ConfigBatch, b: FloatArray, context: float | FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """(weights, gemm, kv, comm) seconds of one decode step at batch ``b`` and mean ``context``."""
    return step_model(batch, context).parts(b)


def decode_step_s(batch: ConfigBatch, b: FloatArray, context: float | FloatArray) -> FloatArray:
    """Seconds per decode step (= time per output token of each sequence) at batch ``b``."""
    return step_model(batch, context).step_s(b)


def _prefill_parts(
    batch: ConfigBatch, input_tokens: float
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(compute + activation, all-reduce traffic, all-reduce latency) seconds of one prompt."""
    linear = 2.0 * batch.params_active * input_tokens / (batch.flops_weight * batch.eta_prefill)
    attn = 2.0 * batch.layers * batch.attn_dim * input_tokens**2
    attn_s = attn / (batch.flops_bf16 * batch.eta_prefill)
    act_s = input_tokens * activation_bytes(batch) / (batch.bw_bytes_per_s * batch.eta_mem)
    fixed, per_token = allreduce_coefficients(batch)
    return (linear + attn_s + act_s) / batch.tp_f, per_token * input_tokens, fixed


def prefill_work_s(batch: ConfigBatch, input_tokens: float) -> FloatArray:
    """GPU seconds one request's prefill adds to shared steps (compute and all-reduce traffic).

    Batched with other work, a prompt shares the steps' fixed costs (all-reduce latencies,
    per-step overhead), so only its own math and traffic count.
    """
    compute, traffic, _ = _prefill_parts(batch, input_tokens)
    return compute + traffic


def prefill_alone_s(batch: ConfigBatch, input_tokens: float) -> FloatArray:
    """Seconds to prefill one prompt on an idle replica: its math plus one pass over the weights.

    A lone prompt's matrix products have too few rows to hide the weight loads behind the math
    (short prompts sit between the two rooflines), so the two times add; for long prompts the
    math dominates either way.
    """
    compute, traffic, latency = _prefill_parts(batch, input_tokens)
    tokens = np.full(len(batch), max(input_tokens, 1.0))
    stream = streamed_weight_bytes(batch, tokens) / batch.tp_f
    mem_s = stream / (batch.bw_bytes_per_s * batch.eta_mem)
    return compute + mem_s + traffic + latency + batch.step_overhead_s


def admitted_ttft_s(
    alone_s: FloatArray,
    tpot_s: FloatArray,
    prefill_s: FloatArray,
    b: FloatArray,
    output_tokens: float,
) -> FloatArray:
    """Time to first token of a request admitted into a running batch of ``b`` (seconds).

    On a busy replica the prompt's prefill runs inside a step that also carries the batch's
    decode (one more time per output token), and it may wait behind other prompts: prefill
    takes a share rho = b x prefill / (output_tokens x tpot + prefill) of the GPU's time, and an
    M/D/1 queue waits rho / (2 (1 - rho)) prefill times on average.
    """
    busy = b > 1
    rho = np.minimum(b * prefill_s / (output_tokens * tpot_s + prefill_s), 0.95)
    wait = rho / (2.0 * (1.0 - rho)) * prefill_s
    return alone_s + np.where(busy, tpot_s + wait, 0.0)


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
    hi = np.floor(np.maximum(upper, 0.0))
    if tpot_target_s is None and ttft_target_s is None:
        return hi
    alone = prefill_alone_s(batch, input_tokens)
    prefill = prefill_work_s(batch, input_tokens)
    share = prefill / max(output_tokens, 1.0)
    model = step_model(batch, input_tokens + 0.5 * output_tokens)
    tpot_limit = np.inf if tpot_target_s is None else tpot_target_s
    step_limit = np.inf if ttft_target_s is None else ttft_target_s

    def ok(b: FloatArray) -> npt.NDArray[np.bool_]:
        tpot = model.step_s(b) + np.maximum(b - 1.0, 0.0) * share
        ttft = admitted_ttft_s(alone, tpot, prefill, b, output_tokens)  # as evaluate_batch
        return (b >= 1) & (tpot <= tpot_limit) & (ttft <= step_limit)

    lo = np.where(ok(hi), hi, 0.0)
    iterations = int(np.ceil(np.log2(max(float(hi.max(initial=1.0)), 2.0)))) + 1
    for _ in range(iterations):
        open_ = hi - lo > 1
        if not open_.any():
            break
        mid = np.floor((lo + hi) / 2.0)
        good = ok(np.maximum(mid, 1.0)) & (mid >= 1)
        lo = np.where(open_ & good, mid, lo)
        hi = np.where(open_ & ~good, mid, hi)
    return lo
