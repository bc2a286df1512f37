"""The one module that reads the engine's result types and turns them into view rows and series.

If ``llm_tco.engine.results`` changes shape, only this module changes: the table, detail pane,
charts and the report's charts read :mod:`llm_tco.gui.results.view_model` only. Qt-free except for
``QCoreApplication.translate`` (safe without an application: it returns the source text).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from llm_tco import i18n
from llm_tco.engine.messages import Message, render_in_currency_of
from llm_tco.gui.results.formatting import component_label, driver_label, swing_label
from llm_tco.gui.results.view_model import (
    BreakEven,
    Candidate,
    CostPart,
    Excluded,
    MonteCarloView,
    ResultsView,
    SourceRef,
    Tornado,
    TornadoBar,
    VolumeCurves,
    row_label,
)

CAPITAL_COMPONENTS = frozenset({"hardware_capital"})


def _t(text: str) -> str:
    return QCoreApplication.translate("Results", text)


def short_label(table: Any, index: int) -> str:
    """The short label (model · provider · GPUs) of row ``index`` of an engine CandidateTable."""
    return row_label(table, index, owned=QCoreApplication.translate("Results", "own GPUs"))


_names_cache: list[Any] = [None, {}]  # [result, {engine label: short label}] of the last result


def readable(result: Any, engine_label: str) -> str:
    """The short label of a leading option named by its engine label (unchanged if unknown)."""
    if _names_cache[0] is not result:
        table = result.candidates
        rows = {r.index for r in (*result.recommendations, *result.cost_only)}
        rows |= _referenced_indices(result)
        _names_cache[:] = [result, {table.label(i): short_label(table, i) for i in rows}]
    return str(_names_cache[1].get(engine_label, engine_label))


def shorten_text(result: Any, text: str) -> str:
    """An engine sentence with the engine labels of leading options replaced by short labels."""
    readable(result, "")  # fills the cache for this result
    for engine_label, short in _names_cache[1].items():
        if engine_label in text:
            text = text.replace(engine_label, short)
    return text


_RENDERED: dict[tuple[object, ...], str] = {}
_RENDERED_TABLE: list[object] = []  # the candidate table the cache is for (kept alive)
_RENDERED_MAX = 20_000


def engine_text(result: Any, message: Message | None, fallback: str = "") -> str:
    """An engine message in the UI's language, money in the result's currency, leading options
    by their short labels (``fallback`` when the engine gave no message).

    Renders are remembered per candidate table: a what-if edit repeats most messages (labels,
    route words) and re-renders only those whose numbers changed.
    """
    if message is None:
        return shorten_text(result, fallback) if fallback else ""
    table = result.candidates
    if not _RENDERED_TABLE or _RENDERED_TABLE[0] is not table or len(_RENDERED) > _RENDERED_MAX:
        _RENDERED.clear()
        _RENDERED_TABLE[:] = [table]
    key = (message, result.currency, result.usd_exchange_rate, i18n.current_language())
    found = _RENDERED.get(key)
    if found is None:
        found = _RENDERED[key] = _render_uncached(result, message)
    return found


def _render_uncached(result: Any, message: Message) -> str:
    table = result.candidates
    return render_in_currency_of(
        result,
        message,
        translate=QCoreApplication.translate,
        language=i18n.current_language(),
        candidate_label=lambda index: short_label(table, index),
    )


def _texts(
    result: Any, messages: tuple[Message, ...], fallback: tuple[str, ...]
) -> tuple[str, ...]:
    if not messages:
        return tuple(shorten_text(result, text) for text in fallback)
    return tuple(engine_text(result, m) for m in messages)


def _code_words(code: str, words: tuple[str, ...], codes: tuple[str, ...]) -> str:
    """A plan or scaling code in the UI's words ('on demand'); engine words are the codes."""
    if code not in codes:
        return code.replace("_", " ")
    return QCoreApplication.translate("EngineText", words[codes.index(code)]).replace("_", " ")


def criterion_label(code: str) -> str:
    """Translated name of a priority (scoring criterion) code, in lower case for sentences."""
    names = {
        "cost": QCoreApplication.translate("Results", "cost"),
        "quality": QCoreApplication.translate("Results", "quality"),
        "latency": QCoreApplication.translate("Results", "latency"),
        "privacy": QCoreApplication.translate("Results", "privacy margin"),
        "ops_simplicity": QCoreApplication.translate("Results", "operational simplicity"),
        "vendor_independence": QCoreApplication.translate("Results", "vendor independence"),
    }
    return names.get(code, code.replace("_", " "))


def as_view(result: object) -> ResultsView:
    """A :class:`ResultsView` for an engine ``EvaluationResult`` (a view is returned unchanged)."""
    if isinstance(result, ResultsView):
        return result
    return from_evaluation(result)


def from_evaluation(result: Any, *, project: Any = None) -> ResultsView:
    """Convert an engine ``EvaluationResult`` into a :class:`ResultsView` (money stays USD)."""
    table = result.candidates
    cost_rank = {r.candidate_id: r.rank for r in result.cost_only}
    score_rank = {r.candidate_id: r.rank for r in result.recommendations}
    candidates = tuple(
        _candidate(result, rec, cost_rank, project) for rec in result.recommendations
    )
    cost_only = tuple(
        dataclasses.replace(
            _candidate(result, rec, cost_rank, project), rank=score_rank.get(rec.candidate_id, 0)
        )
        for rec in result.cost_only
    )
    labels: dict[str, str] = {}
    for idx in _referenced_indices(result):
        labels[table.candidate_id(idx)] = short_label(table, idx)
    return ResultsView(
        project_name=result.project_name,
        currency=result.currency,
        rate=float(result.usd_exchange_rate),
        horizon_months=int(result.horizon_months),
        candidates=candidates,
        excluded=_excluded(result),
        volume_curves=_volume_curves(result),
        tornado=_tornado(result),
        monte_carlo=_monte_carlo(result),
        labels=labels,
        excluded_total=int(np.count_nonzero(~np.asarray(result.feasible))),
        cost_only=cost_only,
        notes=_texts(result, tuple(getattr(result, "warning_messages", ())), result.warnings),
    )


def _referenced_indices(result: Any) -> set[int]:
    found: set[int] = set()
    if result.volume_curve is not None:
        found.update(result.volume_curve.indices)
    if result.uncertainty is not None:
        found.update(result.uncertainty.indices)
    for be in result.break_even:
        found.update((be.a_index, be.b_index))
    return found


def _candidate(result: Any, rec: Any, cost_rank: dict[str, int], project: Any) -> Candidate:
    horizon = max(int(result.horizon_months), 1)
    breakdown = tuple(
        CostPart(key, component_label(key), float(total) / horizon, key in CAPITAL_COMPONENTS)
        for key, total in rec.breakdown_usd.items()
        if abs(float(total)) > 1e-9
    )
    hardware = f"{rec.hardware}, {_plan(rec.plan)}" if rec.hardware else ""
    label = short_label(result.candidates, rec.index)
    return Candidate(
        key=rec.candidate_id,
        rank=int(rec.rank),
        route=rec.route,
        model_id=rec.model_id,
        model_name=rec.model_name,
        provider=rec.provider,
        hardware=hardware,
        monthly_usd=float(rec.monthly_cost_usd),
        total_usd=float(rec.total_cost_usd),
        usd_per_m_tokens=float(rec.cost_per_million_tokens_usd),
        score=100.0 * float(rec.score),
        utilisation=_finite(rec.utilisation) if rec.hardware else None,
        quality=_finite(rec.quality),
        latency_ms=_finite(1000.0 * float(rec.ttft_s)),
        cost_rank=cost_rank.get(rec.candidate_id, 0),
        breakdown=breakdown,
        monthly_series_usd=_cash_series(result, rec),
        upfront_usd=float(rec.capex_usd),
        sources=tuple(_source(s) for s in rec.price_sources),
        factors=_texts(result, tuple(getattr(rec, "reason_messages", ())), rec.reasons),
        what_would_change=_what_would_change(result, rec),
        assumptions=_assumptions(result, rec, project),
        perf_config=_perf_config(result, rec.index),
        short_label=label,
        where=_where(label, rec),
    )


def _where(label: str, rec: Any) -> str:
    """'RunPod · 1× RTX 4090 · on demand': the short label without the model, with the plan."""
    _model, sep, rest = label.partition(" · ")
    where = rest if sep else ""
    if rec.hardware and rec.plan:
        where = f"{where} · {_plan(rec.plan)}" if where else _plan(rec.plan)
    return where


def _plan(code: str) -> str:
    from llm_tco.engine.results import PLAN_WORDS, PLANS

    return _code_words(code, PLAN_WORDS, PLANS)


def _scaling(code: str) -> str:
    from llm_tco.engine.results import SCALING_WORDS, SCALINGS

    return _code_words(code, SCALING_WORDS, SCALINGS)


def _finite(value: float) -> float | None:
    value = float(value)
    return value if np.isfinite(value) else None


def _cash_series(result: Any, rec: Any) -> tuple[float, ...]:
    """Monthly spend without the amortised capital (paid upfront, shown at month 0 instead)."""
    monthly = np.asarray(result.monthly_cost_usd[rec.index], dtype=float)
    if rec.capex_usd > 0:
        for key in CAPITAL_COMPONENTS:
            part = rec.monthly_breakdown_usd.get(key)
            if part is not None and len(part) == monthly.size:
                monthly = monthly - np.asarray(part, dtype=float)
    return tuple(float(v) for v in monthly)


def _source(src: Any) -> SourceRef:
    try:
        as_of: dt.date | None = dt.date.fromisoformat(src.as_of)
    except (TypeError, ValueError):
        as_of = None
    label = f"{_catalog_label(src.catalog)}: {src.entry_id}"
    return SourceRef(label=label, url=src.source, as_of=as_of, stale=bool(src.stale))


def _catalog_label(code: str) -> str:
    names = {
        "models": QCoreApplication.translate("Results", "Models"),
        "gpus": QCoreApplication.translate("Results", "GPUs"),
        "gpu_offers": QCoreApplication.translate("Results", "GPU rental prices"),
        "api_offers": QCoreApplication.translate("Results", "API prices"),
        "tuning_offers": QCoreApplication.translate("Results", "Tuning prices"),
    }
    return names.get(code, code.replace("_", " "))


def _what_would_change(result: Any, rec: Any) -> tuple[str, ...]:
    lines = [
        engine_text(result, getattr(be, "description_message", None), be.description)
        for be in result.break_even
        if rec.index in (be.a_index, be.b_index) and len(be.requests_per_day) > 0
    ]
    if rec.rank != 1:
        return tuple(dict.fromkeys(line for line in lines if line))
    for bar in result.sensitivity:
        if not bar.winner_changes:
            continue
        for mult, winner, row in (
            (bar.low_multiplier, bar.winner_low, getattr(bar, "winner_low_index", -1)),
            (bar.high_multiplier, bar.winner_high, getattr(bar, "winner_high_index", -1)),
        ):
            if winner and winner != rec.label:
                name = short_label(result.candidates, row) if row >= 0 else readable(result, winner)
                lines.append(
                    QCoreApplication.translate(
                        "Results", "{driver} {swing}: {winner} would rank first."
                    ).format(
                        driver=driver_label(bar.driver),
                        swing=swing_label(bar.driver, mult),
                        winner=name,
                    )
                )
    for flip in result.weight_flips:
        if flip.flip_weight is not None:
            row = getattr(flip, "new_winner_index", -1)
            name = (
                short_label(result.candidates, row)
                if row >= 0
                else readable(result, flip.new_winner)
            )
            lines.append(
                QCoreApplication.translate(
                    "Results",
                    "With the {criterion} weight at {flip:.1f} (now {now:g}), "
                    "{winner} would rank first.",
                ).format(
                    criterion=criterion_label(flip.criterion),
                    flip=flip.flip_weight,
                    now=flip.current_weight,
                    winner=name,
                )
            )
    return tuple(dict.fromkeys(line for line in lines if line))


def _assumptions(result: Any, rec: Any, project: Any) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = [
        (QCoreApplication.translate("Results", "Pricing plan"), _plan(rec.plan)),
        (QCoreApplication.translate("Results", "Scaling"), _scaling(rec.scaling)),
    ]
    if rec.hardware:
        rows += [
            (
                QCoreApplication.translate("Results", "Replicas at peak"),
                f"{float(rec.replicas_peak):.2f}",
            ),
            (QCoreApplication.translate("Results", "GPUs at peak"), f"{float(rec.gpus_peak):.2f}"),
            (
                QCoreApplication.translate("Results", "Time per output token"),
                f"{1000.0 * float(rec.tpot_s):.1f} ms",
            ),
            (QCoreApplication.translate("Results", "Performance model"), str(result.perf_source)),
        ]
    if project is not None:
        wl, a = project.workload, project.assumptions
        rows += [
            (
                QCoreApplication.translate("Results", "Requests per day"),
                f"{wl.requests_per_day:,.0f} × {a.volume_multiplier:g}",
            ),
            (
                QCoreApplication.translate("Results", "Tokens per request (in / out)"),
                f"{wl.input_tokens_per_request:,.0f} / {wl.output_tokens_per_request:,.0f}",
            ),
            (
                QCoreApplication.translate("Results", "Growth per month"),
                f"{100.0 * wl.growth_per_month:.1f} %",
            ),
            (
                QCoreApplication.translate("Results", "Cached prompt share"),
                f"{100.0 * wl.cached_prompt_share:.0f} %",
            ),
            (
                QCoreApplication.translate("Results", "GPU / API price multipliers"),
                f"×{a.gpu_price_multiplier:g} / ×{a.api_price_multiplier:g}",
            ),
        ]
    rows.append((QCoreApplication.translate("Results", "Evaluated on"), str(result.evaluated_on)))
    return tuple(rows)


def _perf_config(result: Any, index: int) -> dict[str, object]:
    table = result.candidates
    g = int(table.gpu[index])
    if g < 0:
        return {}
    from llm_tco.engine.results import PRECISIONS

    return {
        "model_id": table.model_ids[int(table.model[index])],
        "gpu_id": table.gpu_ids[g],
        "tp": int(table.gpus_per_replica[index]),
        "precision": PRECISIONS[int(table.precision[index])] or "bf16",
        "framework": table.frameworks[int(table.framework[index])],
    }


def _excluded(result: Any) -> tuple[Excluded, ...]:
    scores = sorted((100.0 * float(r.score) for r in result.recommendations), reverse=True)
    rows = []
    for ex in result.excluded_closest:
        would_rank = sum(1 for s in scores if s > 100.0 * float(ex.score_if_allowed))
        rows.append(
            Excluded(
                key=ex.candidate_id,
                route=ex.route,
                model_name=short_label(result.candidates, ex.index),
                provider="",
                detail=engine_text(result, result.candidates.label_message(ex.index), ex.label)
                if hasattr(result.candidates, "label_message")
                else str(ex.label),
                reasons=_texts(result, tuple(getattr(ex, "reason_messages", ())), ex.reasons),
                closeness=float(would_rank),
                monthly_usd=_finite(ex.monthly_cost_usd),
            )
        )
    return tuple(rows)


def _volume_curves(result: Any) -> VolumeCurves | None:
    vc = result.volume_curve
    if vc is None or len(vc.indices) == 0:
        return None
    table = result.candidates
    volumes = np.asarray(vc.requests_per_day, dtype=float)
    costs = np.asarray(vc.monthly_cost_usd, dtype=float)
    by_index = {idx: costs[row] for row, idx in enumerate(vc.indices)}
    series = {table.candidate_id(idx): tuple(float(v) for v in by_index[idx]) for idx in vc.indices}
    evens: list[BreakEven] = []
    for be in result.break_even:
        text = engine_text(result, getattr(be, "description_message", None), be.description)
        for rpd, tpm in zip(be.requests_per_day, be.tokens_per_month, strict=False):
            evens.append(_break_even(table, by_index, volumes, be, float(rpd), float(tpm), text))
    current = next((float(b.current_requests_per_day) for b in result.break_even), None)
    return VolumeCurves(
        requests_per_day=tuple(float(v) for v in volumes),
        usd_per_month=series,
        break_evens=tuple(evens),
        current_requests_per_day=current,
    )


def _break_even(
    table: Any, by_index: dict[int, Any], volumes: Any, be: Any, rpd: float, tpm: float, text: str
) -> BreakEven:
    a_key, b_key = table.candidate_id(be.a_index), table.candidate_id(be.b_index)
    lx = np.log10(volumes)
    a_curve, b_curve = by_index.get(be.a_index), by_index.get(be.b_index)
    usd = float(np.interp(np.log10(rpd), lx, a_curve)) if a_curve is not None else float("nan")
    below, above = a_key, b_key
    if a_curve is not None and b_curve is not None:
        probe = np.log10(rpd) - 0.05
        if np.interp(probe, lx, a_curve) > np.interp(probe, lx, b_curve):
            below, above = b_key, a_key
    return BreakEven(rpd, tpm, usd, below, above, text)


def _tornado(result: Any) -> Tornado | None:
    if not result.sensitivity or not result.recommendations:
        return None
    bars = tuple(
        TornadoBar(
            driver=driver_label(b.driver),
            low_label=swing_label(b.driver, b.low_multiplier),
            high_label=swing_label(b.driver, b.high_multiplier),
            low_usd=float(b.low_cost_usd),
            high_usd=float(b.high_cost_usd),
            winner_changes=bool(b.winner_changes),
            description=engine_text(result, getattr(b, "description_message", None), b.description),
            winner_low=_winner(result, b.winner_low, getattr(b, "winner_low_index", -1)),
            winner_high=_winner(result, b.winner_high, getattr(b, "winner_high_index", -1)),
        )
        for b in result.sensitivity
    )
    base = float(result.sensitivity[0].base_cost_usd)
    return Tornado(result.recommendations[0].candidate_id, base, bars)


def _winner(result: Any, engine_label: str, row: int) -> str:
    return short_label(result.candidates, row) if row >= 0 else readable(result, engine_label)


def _monte_carlo(result: Any) -> MonteCarloView | None:
    mc = result.uncertainty
    if mc is None:
        return None
    table = result.candidates
    keys = [table.candidate_id(i) for i in mc.indices]
    words = getattr(mc, "distribution_messages", None) or {}
    hist = np.asarray(mc.histograms, dtype=float)
    return MonteCarloView(
        n_samples=int(mc.samples),
        edges_usd=tuple(float(e) for e in mc.histogram_edges_usd),
        counts={k: tuple(float(c) for c in hist[row]) for row, k in enumerate(keys)},
        p10_usd={k: float(mc.p10_usd[row]) for row, k in enumerate(keys)},
        p50_usd={k: float(mc.p50_usd[row]) for row, k in enumerate(keys)},
        p90_usd={k: float(mc.p90_usd[row]) for row, k in enumerate(keys)},
        prob_best={k: float(mc.probability_best[row]) for row, k in enumerate(keys)},
        distributions=tuple(
            (driver_label(k), engine_text(result, words.get(k), v))
            for k, v in mc.distributions.items()
        ),
    )
