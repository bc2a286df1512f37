"""Use-case presets: typical tokens per request, quality floor and latency targets.

These are judgement calls, stated here once: token counts follow common prompt/response sizes of
each task (a chat turn with history, a RAG prompt with retrieved passages, a document to summarise,
a code completion with file context); quality floors are on the MMLU-scale quality index.
"""

from __future__ import annotations

from dataclasses import dataclass

from llm_tco.engine.project_model import UseCase


@dataclass(frozen=True)
class UseCasePreset:
    """Defaults a use case sets in the wizard (tokens, quality floor %, latency targets)."""

    input_tokens_per_request: float
    output_tokens_per_request: float
    quality_floor: float
    min_context_tokens: int
    ttft_target_ms: float | None
    min_output_tokens_per_s_per_user: float | None
    batch_tolerant: bool = False


PRESETS: dict[UseCase, UseCasePreset] = {
    UseCase.CHATBOT: UseCasePreset(800, 300, 60.0, 8_192, 1_500, 20),
    UseCase.RAG_ASSISTANT: UseCasePreset(3_000, 400, 68.0, 16_384, 2_500, 20),
    UseCase.SUMMARISATION: UseCasePreset(6_000, 500, 65.0, 16_384, None, None, True),
    UseCase.CODE_ASSISTANT: UseCasePreset(2_000, 250, 75.0, 32_768, 1_000, 30),
    UseCase.EXTRACTION: UseCasePreset(1_500, 200, 60.0, 8_192, None, None, True),
    UseCase.AGENT: UseCasePreset(6_000, 600, 80.0, 65_536, 3_000, 20),
    UseCase.CUSTOM: UseCasePreset(500, 250, 50.0, 4_096, 2_000, 20),
}


def preset_for(use_case: UseCase) -> UseCasePreset:
    """The preset of a use case (tokens per request, floor in quality-index points)."""
    return PRESETS[use_case]
