"""Memory fit of a replica (DESIGN 3.1): weights, KV cache, overhead, how many sequences fit.

All functions take a :class:`ConfigBatch` and return arrays with one value per configuration.
Units: bytes unless a name says GB (1e9 bytes).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from llm_tco.engine.perf_config import GB, BoolArray, ConfigBatch, FloatArray, StrArray


@dataclass(frozen=True)
class MemoryFit:
    """Per-configuration memory budget of one replica."""

    weights_gb_per_gpu: FloatArray
    usable_gb: FloatArray  # whole replica: memory the framework may use, minus runtime overhead
    kv_cache_gb: FloatArray  # whole replica, >= 0
    tokens_per_sequence: FloatArray  # KV tokens reserved per running sequence
    max_concurrency: FloatArray  # sequences (integer-valued), 0 when nothing fits
    mean_concurrency_cap: (
        FloatArray  # same before rounding down: a time-average batch may be fractional
    )
    fits: BoolArray
    reason: StrArray


def memory_fit(batch: ConfigBatch, *, input_tokens: float, output_tokens: float) -> MemoryFit:
    """Weights per GPU (GB), KV room (GB) and the maximum concurrent sequences per replica."""
    tp = batch.tp.astype(np.float64)
    usable = tp * batch.mem_bytes_per_gpu * batch.mem_util - tp * batch.runtime_overhead_gb * GB
    free = usable - batch.weight_bytes
    kv_bytes = np.maximum(free, 0.0) * batch.kv_free_fraction
    held = input_tokens + batch.kv_reserved_output_fraction * output_tokens
    held = np.maximum(held, 1.0)
    by_memory = kv_bytes / (batch.kv_bytes_per_token * held)
    smooth = np.minimum(by_memory, batch.max_batch)
    max_conc = np.floor(smooth)
    ctx_ok = input_tokens + output_tokens <= batch.context_tokens
    node_ok = batch.tp <= batch.max_gpus_per_node
    fits = (free > 0) & (max_conc >= 1) & ctx_ok & node_ok
    reason = _reasons(batch, free=free, usable=usable, kv_bytes=kv_bytes, held=held, ctx_ok=ctx_ok)
    reason = np.where(fits, "", reason)
    return MemoryFit(
        weights_gb_per_gpu=batch.weight_bytes / tp / GB,
        usable_gb=usable / GB,
        kv_cache_gb=kv_bytes / GB,
        tokens_per_sequence=held,
        max_concurrency=np.where(fits, max_conc, 0.0),
        mean_concurrency_cap=np.where(fits, smooth, 0.0),
        fits=fits,
        reason=reason,
    )


def _where_gpus(batch: ConfigBatch) -> StrArray:
    return np.char.add(np.char.add(batch.tp.astype(np.str_), " x "), batch.gpu_name)


def _fmt(values: FloatArray) -> StrArray:
    """Numbers as strings with one decimal (vectorised)."""
    return np.char.mod("%.1f", np.round(values, 1))


def _join(*parts: StrArray | str) -> StrArray:
    out = np.asarray(parts[0], dtype=np.str_)
    for part in parts[1:]:
        out = np.char.add(out, part)
    return out


def _reasons(
    batch: ConfigBatch,
    *,
    free: FloatArray,
    usable: FloatArray,
    kv_bytes: FloatArray,
    held: FloatArray,
    ctx_ok: BoolArray,
) -> StrArray:
    """The first reason each configuration does not fit, with the numbers."""
    where = _where_gpus(batch)
    no_weights = _join("weights ", _fmt(batch.weight_bytes / GB), " GB > ", _fmt(usable / GB))
    no_weights = _join(no_weights, " GB usable on ", where)
    seq_gb = batch.kv_bytes_per_token * held / GB
    no_kv = _join("KV cache for one sequence (", np.char.mod("%d", held.astype(np.int64)))
    no_kv = _join(no_kv, " tokens) needs ", np.char.mod("%.3f", seq_gb), " GB but only ")
    no_kv = _join(no_kv, np.char.mod("%.3f", kv_bytes / GB), " GB is left on ", where)
    ctx = _join("prompt + output exceed the model's context of ")
    ctx = _join(ctx, np.char.mod("%d", batch.context_tokens.astype(np.int64)), " tokens")
    node = _join("tensor parallel ", batch.tp.astype(np.str_), " > ")
    node = _join(node, batch.max_gpus_per_node.astype(np.str_), " GPUs per node of ")
    node = _join(node, batch.gpu_name)
    out = np.where(kv_bytes >= batch.kv_bytes_per_token * held, "", no_kv)
    out = np.where(free > 0, out, no_weights)
    out = np.where(ctx_ok, out, ctx)
    out = np.where(batch.tp <= batch.max_gpus_per_node, out, node)
    return np.asarray(out, dtype=np.str_)
