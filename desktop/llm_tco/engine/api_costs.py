"""Per-token prices of API routes (closed, cloud tenancy, hosted open), DESIGN 3.3 semantics.

Prices are turned into USD per token once per offer: context tier by prompt size, batch prices for
batch-tolerant work, regional uplift when data must stay in named regions, tuned-model prices when
the project fine-tunes through the vendor. A missing cached price falls back to the input price
(never zero). For a given share of input tokens served from cache the bill is the same whichever
way the provider counts cached tokens (inside prompt tokens for OpenAI/Google, apart for
Anthropic); the conventions only differ in how usage is reported. Cache writes cost the write
premium on the written prefix, about one write per ``CACHE_READS_PER_WRITE`` reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from llm_tco.engine.catalog_schema import ApiOffer, TuningOffer
from llm_tco.engine.cost_defaults import CACHE_READS_PER_WRITE, HOURS_PER_MONTH
from llm_tco.engine.project_model import Project, TuningMethod
from llm_tco.engine.results import FloatArray
from llm_tco.engine.workload import LoadModel

BoolArray = np.ndarray

PER_M = 1e-6


@dataclass(frozen=True)
class ApiPrices:
    """Per API offer (USD per token unless stated)."""

    p_in: FloatArray
    p_cached: FloatArray
    p_write_premium: FloatArray  # extra over the input price for each cache-written token
    p_out: FloatArray
    fee_usd_per_month: FloatArray  # tuned-model hosting fee
    training_usd_per_event: FloatArray  # vendor fine-tuning, per (re)training
    tuning_offer: tuple[str | None, ...]  # tuning offer id used, if any
    tuning_missing: tuple[str, ...]  # "" or why vendor fine-tuning is unavailable


def tuning_offer_for(
    offer: ApiOffer, tuning_offers: Sequence[TuningOffer], *, full: bool = False
) -> TuningOffer | None:
    """The vendor tuning offer for this model at this provider (a LoRA-only offer does not
    serve a full fine-tune), if the catalog has one."""
    for t in tuning_offers:
        if full and t.method == "lora":
            continue
        if t.model_id == offer.model_id and t.provider.lower() == offer.provider.lower():
            return t
    return None


def _base_prices(offer: ApiOffer, *, prompt_tokens: float, batch: bool) -> tuple[float, ...]:
    p_in, p_out, p_cached = (
        offer.usd_per_m_input,
        offer.usd_per_m_output,
        offer.usd_per_m_cached_input,
    )
    for tier in sorted(offer.context_tiers, key=lambda t: t.above_tokens):
        if prompt_tokens > tier.above_tokens:
            p_in, p_out = tier.usd_per_m_input, tier.usd_per_m_output
            p_cached = (
                tier.usd_per_m_cached_input
                if tier.usd_per_m_cached_input is not None
                else (
                    None
                    if p_cached is None
                    else max(p_cached, 0.0)
                    * tier.usd_per_m_input
                    / max(offer.usd_per_m_input, 1e-12)
                )
            )
    cached = p_in if p_cached is None else p_cached
    if (
        batch
        and offer.usd_per_m_batch_input is not None
        and offer.usd_per_m_batch_output is not None
    ):
        p_in, p_out = offer.usd_per_m_batch_input, offer.usd_per_m_batch_output
        cached = min(cached, p_in)
    write = (
        0.0 if offer.usd_per_m_cache_write is None else max(offer.usd_per_m_cache_write - p_in, 0)
    )
    return p_in, cached, write, p_out


def _tuning(
    offer: ApiOffer, project: Project, tuning_offers: Sequence[TuningOffer]
) -> tuple[TuningOffer | None, str]:
    if project.tuning.method not in (TuningMethod.LORA, TuningMethod.FULL_FINETUNE):
        return None, ""
    full = project.tuning.method is TuningMethod.FULL_FINETUNE
    tuned = tuning_offer_for(offer, tuning_offers, full=full)
    if tuned is None:
        return None, f"{offer.provider} offers no fine-tuning of {offer.model_id} in the catalog"
    if tuned.usd_per_m_training_tokens is None:
        return None, f"{offer.provider} prices {offer.model_id} fine-tuning per hour only"
    return tuned, ""


def api_prices(
    offers: Sequence[ApiOffer],
    tuning_offers: Sequence[TuningOffer],
    *,
    project: Project,
    load: LoadModel,
) -> ApiPrices:
    """USD-per-token prices of every API offer for this project (before the what-if multiplier)."""
    n = len(offers)
    cols = np.zeros((6, n))
    used: list[str | None] = []
    missing: list[str] = []
    regional = bool(project.privacy.allowed_regions)
    tokens = project.tuning.training_tokens * project.tuning.epochs
    for i, offer in enumerate(offers):
        prices = _base_prices(
            offer, prompt_tokens=load.input_tokens_per_request, batch=load.batch_tolerant
        )
        tuned, why = _tuning(offer, project, tuning_offers)
        fee, train = 0.0, 0.0
        if tuned is not None:
            cached = tuned.usd_per_m_cached_input_tuned
            prices = (
                tuned.usd_per_m_input_tuned,
                tuned.usd_per_m_input_tuned if cached is None else cached,
                prices[2],
                tuned.usd_per_m_output_tuned,
            )
            fee = tuned.usd_per_hour_hosting * HOURS_PER_MONTH
            train = tokens * (tuned.usd_per_m_training_tokens or 0.0) * PER_M
        uplift = offer.regional_uplift if regional else 1.0
        cols[:4, i] = np.asarray(prices) * PER_M * uplift
        cols[4, i], cols[5, i] = fee, train
        used.append(tuned.id if tuned is not None else None)
        missing.append(why)
    return ApiPrices(
        cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], tuple(used), tuple(missing)
    )


def api_cost_per_request(
    prices: ApiPrices | tuple[FloatArray, FloatArray, FloatArray, FloatArray],
    *,
    input_tokens: float | FloatArray,
    output_tokens: float | FloatArray,
    cached_share: float | FloatArray,
) -> FloatArray:
    """USD per request: uncached and cached input, cache-write premium, output."""
    if isinstance(prices, ApiPrices):
        p_in, p_cached, p_write, p_out = (
            prices.p_in,
            prices.p_cached,
            prices.p_write_premium,
            prices.p_out,
        )
    else:
        p_in, p_cached, p_write, p_out = prices
    c = np.asarray(cached_share, dtype=np.float64)
    per_in = p_in + c * (p_cached - p_in) + (c / CACHE_READS_PER_WRITE) * p_write
    return np.asarray(input_tokens * per_in + output_tokens * p_out, dtype=np.float64)
