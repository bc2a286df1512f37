"""Latency vs throughput of one self-hosted option, from the engine's performance model."""

from __future__ import annotations

from typing import Any

import numpy as np

from llm_tco.gui.results.view_model import LatencyCurve, ResultsView


def latency_curve(
    view: ResultsView, key: str, *, project: Any, catalogs: Any, points: int = 24
) -> LatencyCurve | None:
    """Latency vs throughput of the self-hosted candidate ``key`` (engine perf model), or None."""
    cand = view.candidate(key)
    cfg = cand.perf_config if cand is not None else {}
    if not cfg or project is None or catalogs is None:
        return None
    from llm_tco.engine.perf import latency_throughput_curve

    conc = np.unique(np.round(np.geomspace(1.0, 1024.0, points)))
    curve = latency_throughput_curve(
        model=catalogs.model(str(cfg["model_id"])),
        gpu=catalogs.gpu(str(cfg["gpu_id"])),
        tp=int(cfg["tp"]),  # type: ignore[call-overload]
        precision=str(cfg["precision"]),
        input_tokens=float(project.workload.input_tokens_per_request),
        output_tokens=float(project.workload.output_tokens_per_request),
        concurrencies=conc,
        framework=str(cfg["framework"]),
    )
    keep = (
        np.isfinite(curve.tpot_s)
        & (curve.tpot_s > 0)
        & (curve.concurrency <= max(curve.max_concurrency, 1.0))
    )
    if not curve.fits or not keep.any():
        return None
    wl = project.workload
    return LatencyCurve(
        candidate_key=key,
        concurrency=tuple(float(v) for v in curve.concurrency[keep]),
        tokens_per_s_total=tuple(float(v) for v in curve.output_tokens_per_s[keep]),
        tokens_per_s_per_user=tuple(float(v) for v in 1.0 / curve.tpot_s[keep]),
        ttft_ms=tuple(float(v) for v in 1000.0 * curve.ttft_s[keep]),
        target_tokens_per_s_per_user=wl.min_output_tokens_per_s_per_user,
        target_ttft_ms=wl.ttft_target_ms,
    )
