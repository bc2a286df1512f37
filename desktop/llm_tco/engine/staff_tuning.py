"""People and tuning costs: operating FTE per route, prompt engineering, RAG, fine-tuning."""

from __future__ import annotations

import numpy as np

from llm_tco.engine.cost_defaults import (
    EMBEDDING_USD_PER_M_TOKENS,
    FULL_FINETUNE_BYTES_PER_PARAM,
    HOURS_PER_FTE_YEAR,
    RAG_BYTES_PER_VECTOR,
    RAG_CHUNK_TOKENS,
    TRAINING_FLOPS_PER_PARAM_TOKEN_FULL,
    TRAINING_FLOPS_PER_PARAM_TOKEN_LORA,
    TRAINING_MFU_FULL,
    TRAINING_MFU_LORA,
    VECTOR_STORE_USD_PER_GB_MONTH,
)
from llm_tco.engine.project_model import Project, TuningMethod
from llm_tco.engine.results import ROUTES, FloatArray, IntArray

_RENTED, _OWNED = ROUTES.index("self_hosted_rented"), ROUTES.index("self_hosted_owned")


def ops_fte(route: IntArray, *, project: Project) -> FloatArray:
    """FTE needed to operate each candidate's route (API routes < rented < owned)."""
    staff = project.staff
    fte = np.full(route.shape, staff.ops_fte_api, dtype=np.float64)
    fte[route == _RENTED] = staff.ops_fte_self_hosted
    fte[route == _OWNED] = staff.ops_fte_self_hosted + staff.ops_fte_owned_extra
    return fte


def tuning_events(*, project: Project) -> FloatArray:
    """1.0 in each month of the horizon where tuning is (re)done, else 0 (month 0 always)."""
    h = project.info.horizon_months
    events = np.zeros(h)
    if project.tuning.method is TuningMethod.NONE:
        return events
    every = project.tuning.retrain_every_months
    events[:: every if every else h] = 1.0
    return events


def people_usd_per_event(*, project: Project) -> float:
    """Prompt-engineering staff time per tuning round (USD, before the staff multiplier)."""
    if project.tuning.method is TuningMethod.NONE:
        return 0.0
    return (
        project.tuning.prompt_engineering_hours
        * project.staff.fte_cost_usd_per_year
        / (HOURS_PER_FTE_YEAR)
    )


def rag_usd(*, project: Project) -> tuple[float, float]:
    """RAG: (embedding the corpus per (re)build, vector store per month), USD."""
    if project.tuning.method is not TuningMethod.RAG:
        return 0.0, 0.0
    corpus = project.tuning.rag_corpus_tokens
    embed = corpus * EMBEDDING_USD_PER_M_TOKENS * 1e-6
    gb = corpus / RAG_CHUNK_TOKENS * RAG_BYTES_PER_VECTOR / 1e9
    return embed, gb * VECTOR_STORE_USD_PER_GB_MONTH


def training_gpu_hours(
    *, params_b: FloatArray, bf16_tflops: FloatArray, project: Project
) -> FloatArray:
    """GPU-hours of one fine-tuning run: k x params x tokens x epochs / (peak x MFU)."""
    method = project.tuning.method
    if method not in (TuningMethod.LORA, TuningMethod.FULL_FINETUNE):
        return np.zeros(np.shape(params_b))
    full = method is TuningMethod.FULL_FINETUNE
    k = TRAINING_FLOPS_PER_PARAM_TOKEN_FULL if full else TRAINING_FLOPS_PER_PARAM_TOKEN_LORA
    mfu = TRAINING_MFU_FULL if full else TRAINING_MFU_LORA
    flops = k * params_b * 1e9 * project.tuning.training_tokens * project.tuning.epochs
    return np.asarray(flops / (bf16_tflops * 1e12 * mfu) / 3600.0)


def full_finetune_gpus(*, params_b: FloatArray, memory_gb: FloatArray) -> FloatArray:
    """GPUs whose memory holds full fine-tuning state (~16 bytes/param with Adam)."""
    need = params_b * 1e9 * FULL_FINETUNE_BYTES_PER_PARAM / (memory_gb * 1e9 * 0.9)
    return np.asarray(np.ceil(need))
