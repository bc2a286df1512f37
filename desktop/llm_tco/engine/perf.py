"""Self-hosted performance model, public facade (DESIGN 3.1-3.2).

``evaluate_batch`` answers, for N configurations at once (pure numpy): does it fit, how many
sequences fit, which batch runs, output tokens/s, time to first token and time per output token.
``estimate`` does the same for one configuration and ``latency_throughput_curve`` sweeps the offered
concurrency for a chart. Units: seconds, tokens, tokens/s, GB (1e9 bytes).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from llm_tco.engine.catalog_schema import Gpu, Model
from llm_tco.engine.errors import PerformanceError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, msg
from llm_tco.engine.perf_config import (
    KV_PRECISIONS,
    WEIGHT_PRECISIONS,
    BoolArray,
    ConfigBatch,
    FloatArray,
    StrArray,
)
from llm_tco.engine.perf_latency import (
    admitted_ttft_s,
    largest_batch,
    prefill_alone_s,
    prefill_work_s,
    step_model,
)
from llm_tco.engine.perf_memory import MemoryFit, memory_fit
from llm_tco.engine.profiles import FrameworkProfile

__all__ = [
    "KV_PRECISIONS",
    "WEIGHT_PRECISIONS",
    "ConfigBatch",
    "Estimate",
    "LatencyCurve",
    "PerfResult",
    "estimate",
    "evaluate_at_rate",
    "evaluate_batch",
    "latency_throughput_curve",
]


@dataclass(frozen=True)
class PerfResult:
    """Per-configuration answers (arrays of length N); throughput is per replica."""

    fits: BoolArray
    reason: Sequence[Message | str]  # per row: a messages.Message, "" where it fits
    weights_gb_per_gpu: FloatArray
    kv_cache_gb: FloatArray
    max_concurrency: FloatArray
    batch: FloatArray
    output_tokens_per_s: FloatArray
    output_tokens_per_s_per_gpu: FloatArray
    ttft_s: FloatArray
    tpot_s: FloatArray
    bound: StrArray
    meets_latency: BoolArray


def _check_workload(input_tokens: float, output_tokens: float) -> None:
    if not (np.isfinite(input_tokens) and 0 <= input_tokens <= 10_000_000):
        template = QT_TRANSLATE_NOOP(
            "EngineText", "input tokens must be between 0 and 10 million, got {value}"
        )
        raise PerformanceError(msg(template, value=str(input_tokens)))
    if not (np.isfinite(output_tokens) and 1 <= output_tokens <= 10_000_000):
        template = QT_TRANSLATE_NOOP(
            "EngineText", "output tokens must be between 1 and 10 million, got {value}"
        )
        raise PerformanceError(msg(template, value=str(output_tokens)))


def _offered(concurrency: float | FloatArray | None, n: int) -> FloatArray | None:
    if concurrency is None:
        return None
    offered = np.broadcast_to(np.asarray(concurrency, dtype=np.float64), (n,)).copy()
    if not np.all(np.isfinite(offered) & (offered > 0)):
        text = QT_TRANSLATE_NOOP("EngineText", "concurrency must be positive and finite")
        raise PerformanceError(Message(text))
    return offered


def evaluate_batch(
    batch: ConfigBatch,
    *,
    input_tokens: float,
    output_tokens: float,
    concurrency: float | FloatArray | None = None,
    tpot_target_s: float | None = None,
    ttft_target_s: float | None = None,
) -> PerfResult:
    """Fit, batch, output tokens/s per replica, TTFT and TPOT (s) for every configuration."""
    _check_workload(input_tokens, output_tokens)
    mem = memory_fit(batch, input_tokens=input_tokens, output_tokens=output_tokens)
    targets = {"tpot_target_s": tpot_target_s, "ttft_target_s": ttft_target_s}
    if tpot_target_s is None and ttft_target_s is None:
        lat_b = mem.mean_concurrency_cap  # continuous batching: the mean batch may be fractional
    else:
        lat_b = largest_batch(
            batch,
            mem.max_concurrency,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            **targets,
        )
    running = np.where(lat_b >= 1, lat_b, np.minimum(mem.max_concurrency, 1.0))
    offered = _offered(concurrency, len(batch))
    if offered is None:
        offered = running
    b = np.minimum(offered, running)
    return _result(batch, mem, b, offered, input_tokens, output_tokens, **targets)


def _result(
    batch: ConfigBatch,
    mem: MemoryFit,
    b: FloatArray,
    offered: FloatArray,
    input_tokens: float,
    output_tokens: float,
    *,
    tpot_target_s: float | None,
    ttft_target_s: float | None,
) -> PerfResult:
    """Latency and throughput at running batch ``b`` with ``offered`` sequences in the system."""
    model = step_model(batch, input_tokens + 0.5 * output_tokens)
    step = model.step_s(b)
    prefill = prefill_work_s(batch, input_tokens)
    tpot = step + np.maximum(b - 1.0, 0.0) * prefill / output_tokens  # others' prefills interleave
    admitted = admitted_ttft_s(
        prefill_alone_s(batch, input_tokens), tpot, prefill, b, output_tokens
    )
    service_s = admitted + output_tokens * tpot
    ttft = admitted + np.maximum(offered - b, 0.0) * service_s / np.maximum(b, 1e-9)  # queue
    # each sequence's cycle: its own prefill, then output_tokens steps shared with the others
    throughput = b * output_tokens / (output_tokens * tpot + prefill)
    weights, gemm, kv, _ = model.parts(b)
    fits = mem.fits
    meets = fits.copy()
    if tpot_target_s is not None:
        meets &= tpot <= tpot_target_s * (1 + 1e-9)
    if ttft_target_s is not None:
        meets &= ttft <= ttft_target_s * (1 + 1e-9)
    throughput = np.where(fits, throughput, 0.0)
    return PerfResult(
        fits=fits,
        reason=mem.reason,
        weights_gb_per_gpu=mem.weights_gb_per_gpu,
        kv_cache_gb=mem.kv_cache_gb,
        max_concurrency=mem.max_concurrency,
        batch=np.where(fits, b, 0.0),
        output_tokens_per_s=throughput,
        output_tokens_per_s_per_gpu=throughput / batch.tp_f,
        ttft_s=np.where(fits, ttft, np.inf),
        tpot_s=np.where(fits, tpot, np.inf),
        bound=np.where(gemm > weights + kv, "compute", "memory"),
        meets_latency=meets,
    )


def evaluate_at_rate(
    batch: ConfigBatch,
    *,
    input_tokens: float,
    output_tokens: float,
    requests_per_s: float | FloatArray,
) -> PerfResult:
    """Performance when requests arrive at ``requests_per_s`` per replica (open loop, seconds).

    Little's law fixes the concurrency C = rate x (TTFT + output_tokens x TPOT); it is found by
    vectorised bisection. A replica that cannot keep up (the rate exceeds what its largest batch
    serves) has an unbounded queue: its TTFT is infinite and ``meets_latency`` false.
    """
    _check_workload(input_tokens, output_tokens)
    n = len(batch)
    rate = np.broadcast_to(np.asarray(requests_per_s, dtype=np.float64), (n,)).copy()
    if not np.all(np.isfinite(rate) & (rate >= 0)):
        text = QT_TRANSLATE_NOOP("EngineText", "request rate must be finite and not negative")
        raise PerformanceError(Message(text))
    mem = memory_fit(batch, input_tokens=input_tokens, output_tokens=output_tokens)
    cap = np.maximum(mem.mean_concurrency_cap, 1e-9)
    no_targets = {"tpot_target_s": None, "ttft_target_s": None}
    full = _result(batch, mem, cap, cap, input_tokens, output_tokens, **no_targets)
    overloaded = rate * output_tokens > full.output_tokens_per_s * (1 - 1e-9)

    def excess(c: FloatArray) -> FloatArray:
        b = np.minimum(c, cap)
        r = _result(batch, mem, b, c, input_tokens, output_tokens, **no_targets)
        return rate * (r.ttft_s + output_tokens * r.tpot_s) - c

    lo, hi = np.full(n, 1e-9), cap.copy()
    for _ in range(32):
        mid = 0.5 * (lo + hi)
        above = excess(mid) > 0  # more arrive than leave: the equilibrium lies higher
        lo, hi = np.where(above, mid, lo), np.where(above, hi, mid)
    conc = np.where(overloaded | (rate <= 0), np.where(rate > 0, cap, 1e-9), 0.5 * (lo + hi))
    r = evaluate_batch(
        batch, input_tokens=input_tokens, output_tokens=output_tokens, concurrency=conc
    )
    fits = r.fits
    return dataclasses.replace(
        r,
        ttft_s=np.where(overloaded & fits, np.inf, r.ttft_s),
        meets_latency=r.meets_latency & ~overloaded,
        output_tokens_per_s=np.where(
            fits, np.minimum(r.output_tokens_per_s, rate * output_tokens), 0.0
        ),
        output_tokens_per_s_per_gpu=np.where(
            fits, np.minimum(r.output_tokens_per_s, rate * output_tokens), 0.0
        )
        / batch.tp_f,
    )


@dataclass(frozen=True)
class Estimate:
    """One configuration of ``gpus`` GPUs = ``replicas`` tensor-parallel groups of ``tp`` GPUs."""

    model_id: str
    gpu_id: str
    framework: str
    gpus: int
    tp: int
    replicas: int
    precision: str
    kv_precision: str
    fits: bool
    reason: str
    weights_gb_per_gpu: float
    kv_cache_gb: float  # per replica
    max_concurrency: float  # whole configuration
    batch: float  # running sequences, whole configuration
    output_tokens_per_s: float  # whole configuration
    output_tokens_per_s_per_gpu: float
    ttft_s: float
    tpot_s: float
    bound: str
    meets_latency: bool


def _single_batch(
    *,
    model: Model,
    gpu: Gpu,
    tp: int,
    precision: str,
    kv_precision: str | None,
    framework: str,
    profiles: Mapping[str, FrameworkProfile] | None,
) -> ConfigBatch:
    kvp = kv_precision or ("fp8" if precision.lower() == "fp8" else "bf16")
    return ConfigBatch.from_entries(
        models=[model],
        gpus=[gpu],
        tp=[tp],
        weight_precision=[precision],
        kv_precision=[kvp],
        framework=[framework],
        profiles=profiles,
    )


def estimate(
    *,
    model: Model,
    gpu: Gpu,
    gpus: int,
    tp: int | None = None,
    precision: str,
    kv_precision: str | None = None,
    input_tokens: float,
    output_tokens: float,
    concurrency: float | None = None,
    ttft_target_s: float | None = None,
    tpot_target_s: float | None = None,
    framework: str = "trtllm",
    profiles: Mapping[str, FrameworkProfile] | None = None,
) -> Estimate:
    """Performance of ``gpus`` GPUs serving one model (tokens/s, seconds, GB)."""
    tp = gpus if tp is None else tp
    if gpus < 1 or tp < 1 or gpus % tp:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{gpus_option} ({gpus}) must be a positive multiple of {tp_option} ({tp})"
        )
        raise PerformanceError(
            msg(template, gpus_option="--gpus", gpus=str(gpus), tp_option="--tp", tp=str(tp))
        )
    replicas = gpus // tp
    cb = _single_batch(
        model=model,
        gpu=gpu,
        tp=tp,
        precision=precision,
        kv_precision=kv_precision,
        framework=framework,
        profiles=profiles,
    )
    per_replica = None if concurrency is None else concurrency / replicas
    r = evaluate_batch(
        cb,
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        concurrency=per_replica,
        ttft_target_s=ttft_target_s,
        tpot_target_s=tpot_target_s,
    )
    return _to_estimate(cb, r, gpus=gpus, tp=tp, replicas=replicas)


def _to_estimate(cb: ConfigBatch, r: PerfResult, *, gpus: int, tp: int, replicas: int) -> Estimate:
    """Row 0 of a one-row result, scaled from one replica to the whole configuration."""
    return Estimate(
        model_id=str(cb.model_id[0]),
        gpu_id=str(cb.gpu_id[0]),
        framework=str(cb.framework[0]),
        gpus=gpus,
        tp=tp,
        replicas=replicas,
        precision=str(cb.weight_precision[0]),
        kv_precision=str(cb.kv_precision[0]),
        fits=bool(r.fits[0]),
        reason=str(r.reason[0]),
        weights_gb_per_gpu=float(r.weights_gb_per_gpu[0]),
        kv_cache_gb=float(r.kv_cache_gb[0]),
        max_concurrency=float(r.max_concurrency[0]) * replicas,
        batch=float(r.batch[0]) * replicas,
        output_tokens_per_s=float(r.output_tokens_per_s[0]) * replicas,
        output_tokens_per_s_per_gpu=float(r.output_tokens_per_s_per_gpu[0]),
        ttft_s=float(r.ttft_s[0]),
        tpot_s=float(r.tpot_s[0]),
        bound=str(r.bound[0]),
        meets_latency=bool(r.meets_latency[0]),
    )


@dataclass(frozen=True)
class LatencyCurve:
    """Throughput and latency of one replica as the offered concurrency grows."""

    concurrency: FloatArray
    batch: FloatArray
    output_tokens_per_s: FloatArray
    ttft_s: FloatArray
    tpot_s: FloatArray
    max_concurrency: float
    fits: bool


def latency_throughput_curve(
    *,
    model: Model,
    gpu: Gpu,
    tp: int,
    precision: str,
    kv_precision: str | None = None,
    input_tokens: float,
    output_tokens: float,
    concurrencies: FloatArray,
    framework: str = "trtllm",
    profiles: Mapping[str, FrameworkProfile] | None = None,
) -> LatencyCurve:
    """Output tokens/s, TTFT and TPOT (s) of one replica at each offered concurrency."""
    cb = _single_batch(
        model=model,
        gpu=gpu,
        tp=tp,
        precision=precision,
        kv_precision=kv_precision,
        framework=framework,
        profiles=profiles,
    )
    conc = np.asarray(concurrencies, dtype=np.float64)
    rep = cb.take(np.zeros(conc.shape[0], dtype=np.int64))
    r = evaluate_batch(
        rep, input_tokens=input_tokens, output_tokens=output_tokens, concurrency=conc
    )
    return LatencyCurve(
        concurrency=conc,
        batch=r.batch,
        output_tokens_per_s=r.output_tokens_per_s,
        ttft_s=r.ttft_s,
        tpot_s=r.tpot_s,
        max_concurrency=float(r.max_concurrency[0]) if len(r.fits) else 0.0,
        fits=bool(r.fits[0]) if len(r.fits) else False,
    )
