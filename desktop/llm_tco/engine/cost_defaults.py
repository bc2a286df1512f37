"""Judgement calls and reference prices of the cost engine, stated once with their reasons.

Numbers that are prices carry the URL they were read from and the date. Numbers that are judgement
calls say so; each can be challenged in one place. Users change the project's own defaults (staff,
power, PUE, ...) in the ``Project``; these are the engine's internal modelling constants.
"""

from __future__ import annotations

HOURS_PER_MONTH = 730.5
"""8,766 hours per year / 12."""
DAYS_PER_MONTH = 30.4375
"""365.25 / 12."""
SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600.0
HOURS_PER_FTE_YEAR = 1_800.0
"""Judgement: productive hours of one full-time engineer per year (for hour-based staff work)."""

CACHE_READS_PER_WRITE = 10.0
"""Judgement: a cached prompt prefix is read about ten times per (re)write within the provider's
cache lifetime (minutes). Only matters where a provider charges a cache-write premium."""

SPOT_INTERRUPTION_OVERHEAD = 0.15
"""Judgement: spot capacity lost to interruptions, restarts and re-warming (extra GPU-hours)."""

SERVERLESS_IDLE_TIMEOUT_S = 60.0
"""Judgement: a serverless GPU container stays warm this long after its last request."""

SERVER_POWER_PER_GPU_FACTOR = 1.5
"""Judgement: wall power of a GPU server per GPU slot / GPU TDP (CPUs, memory, fans, NICs, PSU
losses). Eight-GPU H100 servers draw about 10.2 kW against 8 x 700 W of GPUs (factor ~1.8); PCIe
servers less."""

IDLE_POWER_SHARE = 0.3
"""Judgement: an idle GPU server draws about 30 % of its loaded power."""

TRAINING_MFU_FULL = 0.35
"""Judgement: model FLOPs utilisation of full fine-tuning (large published runs: 0.35-0.45)."""
TRAINING_MFU_LORA = 0.25
"""Judgement: LoRA runs use smaller batches and frozen weights; lower utilisation than full."""
TRAINING_FLOPS_PER_PARAM_TOKEN_FULL = 6.0
"""Forward (2) + backward (4) FLOPs per parameter per token (Kaplan et al. 2020)."""
TRAINING_FLOPS_PER_PARAM_TOKEN_LORA = 4.0
"""LoRA skips the weight gradients of frozen weights: forward (2) + activation gradients (2)."""
FULL_FINETUNE_BYTES_PER_PARAM = 16.0
"""Mixed-precision Adam: bf16 weights and gradients + fp32 master weights and two moments."""

PROMPT_EVAL_REQUESTS = 2_000.0
"""Judgement: requests run to evaluate prompt variants per prompt-engineering round."""

EMBEDDING_USD_PER_M_TOKENS = 0.02
EMBEDDING_PRICE_SOURCE = "https://tokenprice.fyi/models/text-embedding-3-small"
"""OpenAI text-embedding-3-small, $0.02 per million tokens (read 2026-11-30; the page cites
developers.openai.com/api/docs/models/text-embedding-3-small)."""
VECTOR_STORE_USD_PER_GB_MONTH = 0.33
VECTOR_STORE_PRICE_SOURCE = "https://docs.flexprice.io/cookbooks/pricing-teardowns/pinecone-pricing"
"""Pinecone Standard serverless storage, AWS us-east-1, $0.33 per GB-month (captured 2026-11-04
from Pinecone's pricing page, read 2026-11-30)."""
RAG_CHUNK_TOKENS = 500.0
"""Judgement: tokens per retrieval chunk (one vector each)."""
RAG_BYTES_PER_VECTOR = 1536 * 4 + 2048
"""1,536 float32 dimensions (text-embedding-3-small default) + ~2 KB of chunk text and metadata."""

API_LATENCY_SCORE = 0.6
"""Judgement: latency score of a shared API endpoint whose latency the catalogs do not measure."""
QUALITY_MARGIN_SATURATION = 10.0
"""Quality points above the floor at which the quality criterion stops rewarding (so that an
over-qualified model does not win on quality alone when a cheaper one clears the bar)."""

STALE_PRICE_DAYS = 365
"""A price older than this is flagged where it drives a recommendation."""

# Per route: operational simplicity, vendor independence (0-1, judgement; docs/engine_results.md)
OPS_SIMPLICITY = {
    "closed_api": 1.0,
    "hosted_open": 0.9,
    "cloud_tenancy": 0.8,
    "self_hosted_rented": 0.4,
    "self_hosted_owned": 0.2,
}
VENDOR_INDEPENDENCE = {
    "closed_api": 0.0,
    "cloud_tenancy": 0.2,
    "hosted_open": 0.7,
    "self_hosted_rented": 0.9,
    "self_hosted_owned": 1.0,
}
SERVERLESS_OPS_SIMPLICITY = 0.6
