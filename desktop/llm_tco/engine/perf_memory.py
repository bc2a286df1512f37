"""Memory fit of a replica (DESIGN 3.1): weights, KV cache, overhead, how many sequences fit.

All functions take a :class:`ConfigBatch` and return arrays with one value per configuration.
Units: bytes unless a name says GB (1e9 bytes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np

from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, Number, msg
from llm_tco.engine.perf_config import GB, BoolArray, ConfigBatch, FloatArray, ObjArray


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
    reason: FitReasons  # a Message per row that does not fit, "" where it fits


def memory_fit(batch: ConfigBatch, *, input_tokens: float, output_tokens: float) -> MemoryFit:
    """Weights per GPU (GB), KV room (GB) and the maximum concurrent sequences per replica."""
    tp = batch.tp_f
    usable = tp * batch.mem_bytes_per_gpu * batch.mem_util - tp * batch.runtime_overhead_gb * GB
    free = usable - batch.weight_bytes
    kv_bytes = np.maximum(free, 0.0) * batch.kv_free_fraction
    held = input_tokens + batch.kv_reserved_output_fraction * output_tokens
    held = np.maximum(held, 1.0)
    by_memory = kv_bytes / (batch.kv_bytes_per_token * held)
    smooth = np.minimum(by_memory, batch.max_batch)
    max_conc = np.floor(smooth)
    ctx_ok = input_tokens + output_tokens <= batch.context_tokens
    node_ok = (batch.tp <= batch.max_gpus_per_node) & splits_heads(batch)
    fits = (free > 0) & (max_conc >= 1) & ctx_ok & node_ok
    reason = FitReasons(
        batch, free=free, usable=usable, kv_bytes=kv_bytes, held=held, ctx_ok=ctx_ok
    )
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


def splits_heads(batch: ConfigBatch) -> BoolArray:
    """True where tensor parallelism splits the heads as vLLM and TensorRT-LLM require.

    Attention heads must divide evenly; KV heads evenly or by replication (t a multiple of them).
    """
    t, kv = batch.tp_f, batch.kv_heads
    kv_ok: BoolArray = (np.mod(kv, t) == 0) | (np.mod(t, kv) == 0)
    heads_ok: BoolArray = np.mod(batch.attn_heads, t) == 0
    return heads_ok & kv_ok


class FitReasons(Sequence[Message | str]):
    """Why each configuration does not fit, with the numbers: a Message ("" where it fits).

    A row's message is made when it is first read: an evaluation has tens of thousands of
    configurations that do not fit, and only the few shown to the user need their words.
    Indexing with a slice or a mask, or ``np.asarray``, gives an object array of every row.
    """

    def __init__(
        self,
        batch: ConfigBatch,
        *,
        free: FloatArray,
        usable: FloatArray,
        kv_bytes: FloatArray,
        held: FloatArray,
        ctx_ok: BoolArray,
    ) -> None:
        node_ok = batch.tp <= batch.max_gpus_per_node
        split_ok = splits_heads(batch)
        kv_ok = kv_bytes >= batch.kv_bytes_per_token * held
        self._bad: BoolArray = ~(node_ok & split_ok & ctx_ok & (free > 0) & kv_ok)
        self._args = (batch, free, usable, kv_bytes, held, ctx_ok, node_ok & split_ok)
        self._made: dict[int, Message] = {}

    def __len__(self) -> int:
        return int(self._bad.shape[0])

    @property
    def shape(self) -> tuple[int]:
        """One reason per configuration, like the result's arrays."""
        return (len(self),)

    @overload
    def __getitem__(self, key: int) -> Message | str: ...

    @overload
    def __getitem__(self, key: slice) -> Any: ...  # an ObjArray (also for masks)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int | np.integer):
            i = int(key) + (len(self) if int(key) < 0 else 0)
            if not self._bad[i]:
                return ""
            found = self._made.get(i)
            if found is None:
                found = self._made[i] = _reason(self._args[0], i, *self._args[1:])
            return found
        return np.asarray(self)[key]

    def __array__(self, dtype: Any = None, copy: Any = None) -> ObjArray:
        out: ObjArray = np.full(len(self), "", dtype=object)
        for i in np.flatnonzero(self._bad).tolist():
            out[i] = self[i]
        return out


def _reason(
    batch: ConfigBatch,
    i: int,
    free: FloatArray,
    usable: FloatArray,
    kv_bytes: FloatArray,
    held: FloatArray,
    ctx_ok: BoolArray,
    node_ok: BoolArray,
) -> Message:
    tp = str(batch.tp[i])
    where = f"{tp} x {batch.gpu_name[i]}"
    if not node_ok[i] and batch.tp[i] <= batch.max_gpus_per_node[i]:
        return msg(
            QT_TRANSLATE_NOOP(
                "EngineText",
                "tensor parallel {tp} does not divide the model's {heads} attention heads "
                "and {kv} KV heads",
            ),
            tp=tp,
            heads=Number(float(batch.attn_heads[i])),
            kv=Number(float(batch.kv_heads[i])),
        )
    if not node_ok[i]:
        return msg(
            QT_TRANSLATE_NOOP("EngineText", "tensor parallel {tp} > {most} GPUs per node of {gpu}"),
            tp=tp,
            most=str(batch.max_gpus_per_node[i]),
            gpu=str(batch.gpu_name[i]),
        )
    if not ctx_ok[i]:
        return msg(
            QT_TRANSLATE_NOOP(
                "EngineText", "prompt + output exceed the model's context of {context} tokens"
            ),
            context=Number(float(batch.context_tokens[i])),
        )
    if free[i] <= 0:
        return msg(
            QT_TRANSLATE_NOOP("EngineText", "weights {weights} GB > {room} GB usable on {where}"),
            weights=Number(float(batch.weight_bytes[i] / GB), 1),
            room=Number(float(usable[i] / GB), 1),
            where=where,
        )
    return msg(
        QT_TRANSLATE_NOOP(
            "EngineText",
            "KV cache for one sequence ({held} tokens) needs {need} GB but only {left} GB is "
            "left on {where}",
        ),
        held=Number(float(held[i])),
        need=Number(float(batch.kv_bytes_per_token[i] * held[i] / GB), 3),
        left=Number(float(kv_bytes[i] / GB), 3),
        where=where,
    )
