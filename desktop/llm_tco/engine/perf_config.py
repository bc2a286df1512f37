"""Configurations as arrays: N (model, GPU, tensor parallel, precision, framework) rows at once.

Everything the performance model needs from the catalogs and profiles is copied into flat numpy
arrays here, once, so that evaluating thousands of candidates is pure array arithmetic.
Units: parameters as counts, bytes, bytes/s, FLOP/s, seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
import numpy.typing as npt

from llm_tco.engine.catalog_schema import Gpu, InterconnectKind, Model
from llm_tco.engine.errors import PerformanceError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, msg
from llm_tco.engine.profiles import FrameworkProfile, load_profiles

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
StrArray = npt.NDArray[np.str_]
ObjArray = npt.NDArray[np.object_]

GB = 1e9  # catalog "_gb" fields are decimal gigabytes

WEIGHT_PRECISIONS: tuple[str, ...] = ("bf16", "fp16", "fp8", "int8", "int4")
KV_PRECISIONS: tuple[str, ...] = ("bf16", "fp16", "fp8", "int8")

# Bytes per stored weight. int4 is weight-only (AWQ/GPTQ style): 4 bits plus one 16-bit scale per
# group of 128 weights = 0.5 + 2/128 bytes.
BYTES_PER_WEIGHT: dict[str, float] = {
    "bf16": 2.0,
    "fp16": 2.0,
    "fp8": 1.0,
    "int8": 1.0,
    "int4": 0.5 + 2.0 / 128.0,
}
BYTES_PER_KV: dict[str, float] = {"bf16": 2.0, "fp16": 2.0, "fp8": 1.0, "int8": 1.0}

# Multi-head latent attention keeps one compressed vector plus a decoupled rotary key per layer;
# the rotary part is 64 wide in DeepSeek-V2/V3 (config.json "qk_rope_head_dim": 64).
MLA_ROPE_DIM = 64

PROFILE_FIELDS: tuple[str, ...] = (
    "eta_mem",
    "eta_compute",
    "eta_prefill",
    "step_overhead_s",
    "comm_efficiency",
    "allreduce_latency_s",
    "mem_util",
    "kv_free_fraction",
    "runtime_overhead_gb",
    "activation_passes",
    "kv_reserved_output_fraction",
    "max_batch",
)


@dataclass(frozen=True)
class ConfigBatch:
    """N configurations as equal-length arrays (one row per configuration)."""

    model_id: StrArray
    gpu_id: StrArray
    gpu_name: StrArray
    framework: StrArray
    weight_precision: StrArray
    kv_precision: StrArray
    tp: IntArray
    tp_f: FloatArray  # tp as floats, for arithmetic
    max_gpus_per_node: IntArray
    context_tokens: FloatArray
    params_total: FloatArray  # count
    params_active: FloatArray  # count
    layers: FloatArray
    hidden: FloatArray  # residual stream width (all-reduce message size per token)
    attn_dim: FloatArray  # query heads x head dim (attention FLOPs)
    attn_heads: FloatArray  # query heads (tensor parallelism splits them)
    kv_heads: FloatArray
    weight_bytes: FloatArray  # resident weights of the whole replica, bytes
    stream_bytes: FloatArray  # weights one decode step reads (all but the embedding table)
    kv_bytes_per_token: FloatArray  # whole replica, bytes
    mem_bytes_per_gpu: FloatArray
    bw_bytes_per_s: FloatArray  # per GPU
    flops_weight: FloatArray  # per GPU, peak dense FLOP/s for GEMMs at the weight precision
    flops_bf16: FloatArray  # per GPU, peak dense BF16 FLOP/s (attention math)
    link_bytes_per_s: FloatArray  # per GPU, one direction
    is_pcie: BoolArray
    eta_mem: FloatArray
    eta_compute: FloatArray
    eta_prefill: FloatArray
    step_overhead_s: FloatArray
    comm_efficiency: FloatArray
    allreduce_latency_s: FloatArray
    mem_util: FloatArray
    kv_free_fraction: FloatArray
    runtime_overhead_gb: FloatArray
    activation_passes: FloatArray
    kv_reserved_output_fraction: FloatArray
    max_batch: FloatArray

    def __len__(self) -> int:
        return int(self.tp.shape[0])

    @classmethod
    def from_entries(
        cls,
        *,
        models: Sequence[Model],
        gpus: Sequence[Gpu],
        tp: Sequence[int],
        weight_precision: Sequence[str],
        kv_precision: Sequence[str],
        framework: Sequence[str],
        profiles: Mapping[str, FrameworkProfile] | None = None,
    ) -> ConfigBatch:
        """Build the arrays from catalog entries (one per row); raises PerformanceError."""
        n = len(models)
        if not all(len(s) == n for s in (gpus, tp, weight_precision, kv_precision, framework)):
            text = QT_TRANSLATE_NOOP(
                "EngineText", "models, gpus, tp, precisions and framework must be equally long"
            )
            raise PerformanceError(Message(text))
        profs = load_profiles() if profiles is None else profiles
        # Each distinct (model, tp, precisions), GPU and framework is worked out once; rows then
        # gather from those small tables, so building thousands of rows stays cheap.
        model_part = _Parts()
        gpu_part = _Parts()
        prof_part = _Parts()
        for i in range(n):
            m, g, t, wp, kvp = models[i], gpus[i], int(tp[i]), weight_precision[i], kv_precision[i]
            model_part.add((id(m), t, wp, kvp), _model_row, m, t, wp, kvp)
            gpu_part.add((id(g), wp), _gpu_row, g, wp)
            prof_part.add(framework[i], _profile_row, framework[i], profs)
        arrays = {**model_part.arrays(), **gpu_part.arrays(), **prof_part.arrays()}
        for f in fields(cls):  # an empty batch has no rows to take column names from
            arrays.setdefault(f.name, np.zeros(0))
        arrays["tp_f"] = arrays["tp"].astype(np.float64)
        arrays["tp"] = arrays["tp"].astype(np.int64)
        arrays["max_gpus_per_node"] = arrays["max_gpus_per_node"].astype(np.int64)
        arrays["is_pcie"] = arrays["is_pcie"].astype(np.bool_)
        return cls(**arrays)

    def take(self, index: npt.ArrayLike) -> ConfigBatch:
        """Rows selected by an index array (for example np.repeat(0, k) to replicate one row)."""
        idx = np.asarray(index)
        return ConfigBatch(**{f.name: getattr(self, f.name)[idx] for f in fields(self)})


class _Parts:
    """Distinct rows of some columns plus, for every configuration, which distinct row it uses."""

    def __init__(self) -> None:
        self.index: dict[object, int] = {}
        self.rows: list[dict[str, object]] = []
        self.which: list[int] = []

    def add(self, key: object, make: Callable[..., dict[str, object]], *args: Any) -> None:
        j = self.index.get(key)
        if j is None:
            j = self.index[key] = len(self.rows)
            self.rows.append(make(*args))
        self.which.append(j)

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        which = np.asarray(self.which, dtype=np.int64)
        names = list(self.rows[0]) if self.rows else []
        out: dict[str, npt.NDArray[Any]] = {}
        for name in names:
            values = [row[name] for row in self.rows]
            kind = np.str_ if isinstance(values[0], str) else np.float64
            out[name] = np.asarray(values, dtype=kind)[which]
        return out


def _profile_row(framework: str, profiles: Mapping[str, FrameworkProfile]) -> dict[str, object]:
    profile = profiles.get(framework)
    if profile is None:
        known = ", ".join(sorted(profiles)) or "none"
        template = QT_TRANSLATE_NOOP(
            "EngineText", "unknown framework profile {name}; known: {known}"
        )
        raise PerformanceError(msg(template, name=repr(framework), known=known))
    row: dict[str, object] = {name: float(getattr(profile, name)) for name in PROFILE_FIELDS}
    row["framework"] = profile.id
    return row


def _require(model: Model, name: str) -> float:
    value = getattr(model, name)
    if value is None:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "model {model} has no {field}; cannot estimate self-hosting"
        )
        raise PerformanceError(msg(template, model=model.id, field=name))
    return float(value)


def _check_precisions(wp: str, kvp: str, tp: int) -> None:
    if wp not in BYTES_PER_WEIGHT:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "unknown precision {value}; use one of {choices}"
        )
        raise PerformanceError(msg(template, value=repr(wp), choices=", ".join(WEIGHT_PRECISIONS)))
    if kvp not in BYTES_PER_KV:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "unknown KV precision {value}; use one of {choices}"
        )
        raise PerformanceError(msg(template, value=repr(kvp), choices=", ".join(KV_PRECISIONS)))
    if tp < 1 or tp > 1024:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "tensor parallel size must be between 1 and 1024, got {value}"
        )
        raise PerformanceError(msg(template, value=str(tp)))


def _model_row(model: Model, tp: int, wp: str, kvp: str) -> dict[str, object]:
    """The model-derived columns of one configuration."""
    wp, kvp = wp.lower(), kvp.lower()
    _check_precisions(wp, kvp, tp)
    total = _require(model, "params_total_b") * 1e9
    active = _require(model, "params_active_b") * 1e9
    layers = _require(model, "layers")
    head_dim = _require(model, "head_dim")
    kv_heads = _require(model, "kv_heads")
    heads = float(model.attention_heads or kv_heads)
    hidden = float(model.hidden_size or heads * head_dim)
    resident, streamed = _weight_bytes(model, total, hidden, wp)
    return {
        "model_id": model.id,
        "weight_precision": "bf16" if wp == "fp16" else wp,
        "kv_precision": "bf16" if kvp == "fp16" else kvp,
        "tp": float(tp),
        "context_tokens": float(model.context_tokens),
        "params_total": total,
        "params_active": active,
        "layers": layers,
        "hidden": hidden,
        "attn_dim": heads * head_dim,
        "attn_heads": heads,
        "kv_heads": kv_heads,
        "weight_bytes": resident,
        "stream_bytes": streamed,
        "kv_bytes_per_token": _kv_bytes_per_token(model, tp, layers, kv_heads, head_dim, kvp),
    }


def _gpu_row(gpu: Gpu, wp: str) -> dict[str, object]:
    """The GPU-derived columns of one configuration."""
    return {
        "gpu_id": gpu.id,
        "gpu_name": gpu.name,
        "max_gpus_per_node": float(gpu.max_gpus_per_node),
        "mem_bytes_per_gpu": gpu.memory_gb * GB,
        "bw_bytes_per_s": gpu.memory_bandwidth_gbps * GB,
        "flops_weight": _gemm_flops(gpu, wp.lower()),
        "flops_bf16": gpu.bf16_tflops * 1e12,
        "link_bytes_per_s": gpu.interconnect_gbps * GB / 2.0,  # datasheets quote both directions
        "is_pcie": float(gpu.interconnect == InterconnectKind.PCIE),
    }


def _weight_bytes(model: Model, total: float, hidden: float, wp: str) -> tuple[float, float]:
    """(resident, streamed per decode step) weight bytes of a replica.

    Quantised checkpoints keep the token embedding and the output head 16-bit. A decode step
    reads every weight except the token-embedding table, which is only looked up; models are
    taken to have a separate output head (the catalog has no tied-embeddings flag; models that
    tie them, such as Gemma, stream about 5-10 % more than this assumes).
    """
    bpw = BYTES_PER_WEIGHT[wp]
    table = float(model.vocab_size or 0) * hidden if model.hidden_size else 0.0
    table = min(table, 0.15 * total)
    kept = 2.0 * table  # embedding table + output head
    resident = (total - kept) * bpw + kept * max(bpw, 2.0)
    return resident, resident - table * max(bpw, 2.0)


def _kv_bytes_per_token(
    model: Model, tp: int, layers: float, kv_heads: float, head_dim: float, kvp: str
) -> float:
    """KV-cache bytes per token for the whole replica (heads replicate when tp > kv_heads)."""
    b = BYTES_PER_KV[kvp]
    if model.kv_lora_rank is not None:  # MLA: one compressed vector per layer, on every GPU
        return layers * (model.kv_lora_rank + MLA_ROPE_DIM) * b * tp
    return 2.0 * layers * max(kv_heads, float(tp)) * head_dim * b


def _gemm_flops(gpu: Gpu, wp: str) -> float:
    """Peak dense FLOP/s for the matrix products at this weight precision (weight-only: BF16)."""
    if wp == "fp8" and gpu.fp8_tflops is not None:
        return gpu.fp8_tflops * 1e12
    if wp == "int8" and gpu.int8_tops is not None:
        return gpu.int8_tops * 1e12
    return gpu.bf16_tflops * 1e12
