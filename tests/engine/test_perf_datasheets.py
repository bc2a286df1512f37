"""Datasheet-built Model and Gpu objects for performance tests (independent of the catalogs).

Numbers are copied from the sources cited next to each entry; tests that need them import this
module (``from test_perf_datasheets import GPUS, MODELS``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from llm_tco.engine.catalog_schema import Gpu, Licence, Model

AS_OF = dt.date(2026, 11, 30)


def _variant(base: Model | Gpu, update: dict[str, object]) -> Any:
    """A validated copy of ``base`` with some fields replaced."""
    return type(base).model_validate({**base.model_dump(), **update})


# H100 SXM5: 80 GB HBM3, 3.35 TB/s, 989.4 dense BF16 TFLOPS, 1978.9 dense FP8/INT8, 900 GB/s NVLink,
# 700 W (https://glennklockwood.com/garden/processors/h100, citing NVIDIA's H100 datasheet).
H100_SXM = Gpu(
    id="h100-sxm",
    name="H100 SXM",
    vendor="NVIDIA",
    memory_gb=80,
    memory_bandwidth_gbps=3350,
    bf16_tflops=989.4,
    fp8_tflops=1978.9,
    int8_tops=1978.9,
    interconnect="nvlink",
    interconnect_gbps=900,
    tdp_w=700,
    source="https://glennklockwood.com/garden/processors/h100",
    as_of=AS_OF,
)
# A100 SXM4 80GB: 2,039 GB/s HBM2e, 312 dense BF16 TFLOPS, 624 dense INT8 TOPS, no FP8, 300+300 GB/s
# NVLink, 400 W (https://glennklockwood.com/garden/processors/A100 and
# https://www.thundercompute.com/blog/nvidia-a100-specs-full-guide).
A100_SXM = Gpu(
    id="a100-80gb-sxm",
    name="A100 80GB SXM",
    vendor="NVIDIA",
    memory_gb=80,
    memory_bandwidth_gbps=2039,
    bf16_tflops=312,
    int8_tops=624,
    interconnect="nvlink",
    interconnect_gbps=600,
    tdp_w=400,
    source="https://glennklockwood.com/garden/processors/A100",
    as_of=AS_OF,
)
# Same A100 80GB silicon as a PCIe card wired only through PCIe Gen4 x16 (32+32 GB/s,
# glennklockwood.com A100 page): a test double for "tensor parallel over PCIe" (1,935 GB/s,
# 300 W per the thundercompute A100 spec table).
A100_PCIE = _variant(
    A100_SXM,
    {
        "id": "a100-80gb-pcie-test",
        "name": "A100 80GB PCIe (PCIe only)",
        "memory_bandwidth_gbps": 1935,
        "interconnect": "pcie",
        "interconnect_gbps": 64,
        "tdp_w": 300,
    },
)

_LLAMA_LICENCE = Licence(name="Llama 3.1 Community License", max_monthly_active_users=700_000_000)
_APACHE = Licence(name="Apache-2.0")

# Llama 3.1 8B / 70B: vocab 128,256, hidden 4096 / 8192, 32 / 80 layers, 32 / 64 heads, 8 KV heads,
# context 131,072 (https://github.com/vulkomilev/oumi configs/recipes/llama3_1/README.md); parameter
# counts 8,030,261,248 and 70,562,938,880 (https://github.com/thamada/modelQuery README.md).
LLAMA_8B = Model(
    id="llama-3.1-8b-instruct",
    name="Llama 3.1 8B Instruct",
    vendor="Meta",
    family="llama-3.1",
    open_weights=True,
    params_total_b=8.03,
    params_active_b=8.03,
    layers=32,
    hidden_size=4096,
    attention_heads=32,
    kv_heads=8,
    head_dim=128,
    vocab_size=128256,
    context_tokens=131072,
    licence=_LLAMA_LICENCE,
    source="https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct",
    as_of=AS_OF,
)
LLAMA_70B = _variant(
    LLAMA_8B,
    {
        "id": "llama-3.1-70b-instruct",
        "name": "Llama 3.1 70B Instruct",
        "params_total_b": 70.56,
        "params_active_b": 70.56,
        "layers": 80,
        "hidden_size": 8192,
        "attention_heads": 64,
        "source": "https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct",
    },
)
# Mistral 7B: 7.24 B parameters (calibration CSV), 32 layers, hidden 4096, 32 heads, 8 KV heads,
# vocab 32,768, context 32,768 (Mistral-7B-Instruct-v0.3 config.json).
MISTRAL_7B = _variant(
    LLAMA_8B,
    {
        "id": "mistral-7b-instruct",
        "name": "Mistral 7B Instruct",
        "vendor": "Mistral AI",
        "family": "mistral",
        "params_total_b": 7.24,
        "params_active_b": 7.24,
        "vocab_size": 32768,
        "context_tokens": 32768,
        "licence": _APACHE,
        "source": "https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3",
    },
)
# Mixtral 8x7B: 46.7 B total / 12.9 B active, 8 experts top-2, 32 layers, hidden 4096, 32 heads,
# 8 KV heads, vocab 32,000, context 32,768 (keras-team/keras-hub
# keras_hub/src/models/mixtral/README.md, Cerebras/modelzoo mixtral README, calibration CSV).
# Mixtral 8x22B: 141 B / 39 B, 56 layers,
# hidden 6144, 48 heads, 8 KV heads, vocab 32,768, context 65,536
# (BudEcosystem/bud-connect open-mixtral-8x22b.md).
MIXTRAL_8X7B = _variant(
    MISTRAL_7B,
    {
        "id": "mixtral-8x7b-instruct",
        "name": "Mixtral 8x7B Instruct",
        "family": "mixtral",
        "params_total_b": 46.7,
        "params_active_b": 12.9,
        "vocab_size": 32000,
        "source": "https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1",
    },
)
MIXTRAL_8X22B = _variant(
    MISTRAL_7B,
    {
        "id": "mixtral-8x22b-instruct",
        "name": "Mixtral 8x22B Instruct",
        "family": "mixtral",
        "params_total_b": 141.0,
        "params_active_b": 39.0,
        "layers": 56,
        "hidden_size": 6144,
        "attention_heads": 48,
        "context_tokens": 65536,
        "source": "https://huggingface.co/mistralai/Mixtral-8x22B-Instruct-v0.1",
    },
)

MODELS: dict[str, Model] = {
    m.id: m for m in (LLAMA_8B, LLAMA_70B, MISTRAL_7B, MIXTRAL_8X7B, MIXTRAL_8X22B)
}
GPUS: dict[str, Gpu] = {g.id: g for g in (H100_SXM, A100_SXM, A100_PCIE)}


def test_datasheet_entries_validate_against_the_schema() -> None:
    for model in MODELS.values():
        assert Model.model_validate(model.model_dump()) == model
    for gpu in GPUS.values():
        assert Gpu.model_validate(gpu.model_dump()) == gpu


def test_moe_fixtures_are_moe_and_dense_ones_are_not() -> None:
    assert MIXTRAL_8X7B.is_moe
    assert MIXTRAL_8X22B.is_moe
    assert not LLAMA_70B.is_moe
