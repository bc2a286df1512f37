"""The one place the cost engine calls the self-hosted performance model (``llm_tco.engine.perf``).

Until that module is importable, a plain roofline stand-in answers so that the rest of the engine
can be built and tested; the result says which one answered (``PerfTable.source``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from llm_tco.engine.catalog_schema import Gpu, Model
from llm_tco.engine.errors import CatalogError
from llm_tco.engine.memo import RecentResults
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, Number, msg

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]

BYTES_PER_WEIGHT = {"bf16": 2.0, "fp8": 1.0, "int8": 1.0, "int4": 0.5625}
BYTES_PER_KV = {"bf16": 2.0, "fp8": 1.0, "int8": 1.0}


@dataclass(frozen=True)
class PerfTable:
    """Per configuration (one row each): fit, capacity at the latency target, latency."""

    fits: BoolArray
    reason: Sequence[str | Message]  # "" where it fits; a Message from the built-in model
    weights_gb_per_gpu: FloatArray
    output_tokens_per_s: FloatArray
    """Whole replica, at the largest batch that meets the latency targets (where none does: the
    throughput at the batch the performance model chose; 0 when the model does not fit)."""
    ttft_s: FloatArray
    tpot_s: FloatArray
    meets_latency: BoolArray
    max_concurrency: FloatArray
    source: str


@dataclass(frozen=True)
class ConfigSpec:
    """Configurations to evaluate, as parallel sequences."""

    models: Sequence[Model]
    gpus: Sequence[Gpu]
    tp: Sequence[int]
    weight_precision: Sequence[str]
    kv_precision: Sequence[str]
    framework: Sequence[str]


def _as_float(values: Any, n: int, default: float) -> FloatArray:
    if values is None:
        return np.full(n, default)
    return np.asarray(values, dtype=np.float64).reshape(n)


_BATCHES: RecentResults[object] = RecentResults(4)


def _config_batch(spec: ConfigSpec, cache_token: tuple[object, ...] | None) -> object:
    """Build (or reuse) the performance model's ConfigBatch: it depends only on the entries."""
    from llm_tco.engine import perf

    if cache_token is None:
        return perf.ConfigBatch.from_entries(
            models=spec.models,
            gpus=spec.gpus,
            tp=spec.tp,
            weight_precision=spec.weight_precision,
            kv_precision=spec.kv_precision,
            framework=spec.framework,
        )
    hit = _BATCHES.get(cache_token)
    return hit if hit is not None else _BATCHES.put(cache_token, _config_batch(spec, None))


def evaluate_configs(
    spec: ConfigSpec,
    *,
    cache_token: tuple[object, ...] | None = None,
    input_tokens: float,
    output_tokens: float,
    tpot_target_s: float | None,
    ttft_target_s: float | None,
) -> PerfTable:
    """Fit, capacity (output tokens/s per replica) and latency (s) of each configuration."""
    n = len(spec.models)
    if n == 0:
        empty = np.zeros(0)
        return PerfTable(
            np.zeros(0, bool), (), empty, empty, empty, empty, np.zeros(0, bool), empty, ""
        )
    try:
        from llm_tco.engine import perf

        batch = _config_batch(spec, cache_token)
    except (ImportError, CatalogError):
        return _roofline(
            spec,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            tpot_target_s=tpot_target_s,
            ttft_target_s=ttft_target_s,
        )
    res = perf.evaluate_batch(
        batch,  # type: ignore[arg-type]
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        tpot_target_s=tpot_target_s,
        ttft_target_s=ttft_target_s,
    )
    fits = np.asarray(res.fits, dtype=bool).reshape(n)
    meets = np.asarray(res.meets_latency, dtype=bool).reshape(n) & fits
    tps = np.where(fits, np.nan_to_num(_as_float(res.output_tokens_per_s, n, 0.0)), 0.0)
    return PerfTable(
        fits=fits,
        reason=res.reason,  # made when read (perf_memory.FitReasons)
        weights_gb_per_gpu=_as_float(res.weights_gb_per_gpu, n, np.nan),
        output_tokens_per_s=tps,
        ttft_s=np.nan_to_num(_as_float(res.ttft_s, n, np.inf), nan=np.inf),
        tpot_s=np.nan_to_num(_as_float(res.tpot_s, n, np.inf), nan=np.inf),
        meets_latency=meets,
        max_concurrency=np.nan_to_num(_as_float(res.max_concurrency, n, 0.0)),
        source="llm_tco.engine.perf",
    )


def _roofline(
    spec: ConfigSpec,
    *,
    input_tokens: float,
    output_tokens: float,
    tpot_target_s: float | None,
    ttft_target_s: float | None,
) -> PerfTable:
    """Stand-in: memory fit plus a bandwidth/compute roofline with fixed efficiencies."""
    m, g = spec.models, spec.gpus
    tp = np.asarray(spec.tp, dtype=np.float64)
    total = np.array([x.params_total_b or 0.0 for x in m]) * 1e9
    active = np.array([x.params_active_b or 0.0 for x in m]) * 1e9
    wbytes = np.array([BYTES_PER_WEIGHT[p] for p in spec.weight_precision])
    kvb = np.array([BYTES_PER_KV[p] for p in spec.kv_precision])
    kv_tok = (
        np.array([2.0 * (x.layers or 0) * (x.kv_heads or 0) * (x.head_dim or 0) for x in m]) * kvb
    )
    mem = np.array([x.memory_gb for x in g]) * 1e9
    bw = np.array([x.memory_bandwidth_gbps for x in g]) * 1e9 * 0.7
    flops = np.array([x.bf16_tflops for x in g]) * 1e12 * 0.4
    weights = total * wbytes
    usable = tp * mem * 0.9 - weights - tp * 2e9
    seq = input_tokens + output_tokens
    max_conc = np.maximum(usable, 0.0) / np.maximum(kv_tok * seq, 1.0)
    fits = (usable > 0) & (max_conc >= 1.0)
    a = weights / (tp * bw) + 0.004
    b = (seq * 0.75 * kv_tok) / (tp * bw) + 2.0 * active / (tp * flops)
    b_lat = np.inf if tpot_target_s is None else (tpot_target_s - a) / b
    batch = np.floor(np.clip(np.minimum(np.minimum(max_conc, 256.0), b_lat), 0.0, None))
    step = a + b * np.maximum(batch, 1.0)
    ttft = 2.0 * active * input_tokens / (tp * flops) + a
    meets = fits & (batch >= 1.0) & ((ttft_target_s is None) | (ttft <= (ttft_target_s or 0.0)))
    reason: tuple[str | Message, ...] = tuple(
        ""
        if ok
        else msg(
            QT_TRANSLATE_NOOP(
                "EngineText", "weights {weights} GB do not fit in {tp} x {memory} GB"
            ),
            weights=Number(float(w / 1e9)),
            tp=Number(float(t)),
            memory=Number(float(mm / 1e9)),
        )
        for ok, w, t, mm in zip(fits, weights, tp, mem, strict=True)
    )
    return PerfTable(
        fits=fits,
        reason=reason,
        weights_gb_per_gpu=weights / tp / 1e9,
        output_tokens_per_s=np.where(fits, np.maximum(batch, 1.0) / step, 0.0),
        ttft_s=ttft,
        tpot_s=step,
        meets_latency=meets,
        max_concurrency=max_conc,
        source="roofline stand-in",
    )
