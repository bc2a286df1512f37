"""Plain, immutable rows and series that the results view and the charts draw (no Qt here).

The adapter (:mod:`llm_tco.gui.results.adapter`) is the only code that reads the engine's result
types; everything on screen and in the report's charts reads these classes instead, so a change of
the engine's API touches one module. All money is in USD; ``ResultsView.rate`` converts to the
project's display currency.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any

SELF_HOSTED_ROUTES: frozenset[str] = frozenset({"self_hosted_rented", "self_hosted_owned"})


def _empty_map() -> Mapping[str, Any]:
    return MappingProxyType({})


def gpu_display_name(gpu_id: str) -> str:
    """A catalog GPU id as a readable name: 'rtx-4090' -> 'RTX 4090', 'h100-sxm' -> 'H100 SXM'."""
    return " ".join(part.upper() for part in gpu_id.replace("_", "-").split("-") if part)


def candidate_label(
    model_name: str, *, provider: str = "", gpu_id: str = "", gpus: int = 0, owned: str = ""
) -> str:
    """The one short label of a candidate (table, legends, report): model · provider · GPUs.

    ``owned`` names the hardware's owner when there is no provider (e.g. a translated "own").
    """
    parts = [model_name]
    if provider or (gpu_id and owned):
        parts.append(provider or owned)
    if gpu_id:
        gpu = gpu_display_name(gpu_id)
        parts.append(f"{gpus}× {gpu}" if gpus > 0 else gpu)
    return " · ".join(part for part in parts if part)


def row_label(table: Any, index: int, *, owned: str = "own GPUs") -> str:
    """:func:`candidate_label` of row ``index`` of an engine ``CandidateTable`` (Qt-free: the report
    can use it; pass ``owned`` translated)."""
    model = str(table.model_names[int(table.model[index])])
    provider = str(table.providers[int(table.provider[index])])
    g = int(table.gpu[index])
    if g < 0:
        return candidate_label(model, provider=provider)
    gpus = int(table.gpus_per_replica[index])
    return candidate_label(
        model, provider=provider, gpu_id=str(table.gpu_ids[g]), gpus=gpus, owned=owned
    )


@dataclass(frozen=True)
class SourceRef:
    """A catalog entry that drove a number: what it is, where it came from, when it was read."""

    label: str
    url: str
    as_of: dt.date | None = None
    stale: bool = False


@dataclass(frozen=True)
class CostPart:
    """One slice of a candidate's cost, USD per month (averaged over the horizon)."""

    key: str
    label: str
    usd_per_month: float
    capital: bool = False


@dataclass(frozen=True)
class Candidate:
    """One feasible, ranked deployment option."""

    key: str
    rank: int
    route: str
    model_id: str
    model_name: str
    provider: str
    hardware: str
    monthly_usd: float
    total_usd: float
    usd_per_m_tokens: float
    score: float
    utilisation: float | None = None
    quality: float | None = None
    latency_ms: float | None = None
    cost_rank: int = 0
    breakdown: tuple[CostPart, ...] = ()
    monthly_series_usd: tuple[float, ...] = ()
    upfront_usd: float = 0.0
    sources: tuple[SourceRef, ...] = ()
    factors: tuple[str, ...] = ()
    what_would_change: tuple[str, ...] = ()
    assumptions: tuple[tuple[str, str], ...] = ()
    perf_config: Mapping[str, object] = field(default_factory=_empty_map)
    short_label: str = ""
    where: str = ""  # provider · GPUs · plan, for the table (the model has its own column)

    @property
    def self_hosted(self) -> bool:
        """True for self-hosted routes (rented or owned GPUs)."""
        return self.route in SELF_HOSTED_ROUTES or self.route.startswith("self")

    @property
    def label(self) -> str:
        """Short label for legends and tables: model · provider · GPUs (:func:`candidate_label`)."""
        if self.short_label:
            return self.short_label
        where = self.hardware if self.self_hosted and self.hardware else self.provider
        return f"{self.model_name} · {where}" if where else self.model_name


@dataclass(frozen=True)
class Excluded:
    """A candidate removed by a hard constraint, with the reasons; ``closeness`` 0 = closest."""

    key: str
    route: str
    model_name: str
    provider: str
    reasons: tuple[str, ...]
    closeness: float = 0.0
    monthly_usd: float | None = None
    detail: str = ""  # the engine's full description (precision, framework, plan, scaling)


@dataclass(frozen=True)
class BreakEven:
    """A volume at which two leading candidates cost the same per month."""

    requests_per_day: float
    tokens_per_month: float
    usd_per_month: float
    cheaper_below: str
    cheaper_above: str
    description: str = ""


@dataclass(frozen=True)
class VolumeCurves:
    """Monthly cost (USD, month 1) of the leading candidates vs volume (requests per day)."""

    requests_per_day: tuple[float, ...]
    usd_per_month: Mapping[str, tuple[float, ...]]
    break_evens: tuple[BreakEven, ...] = ()
    current_requests_per_day: float | None = None


@dataclass(frozen=True)
class TornadoBar:
    """Total cost over the horizon (USD) of today's leader with one driver swung low and high."""

    driver: str
    low_label: str
    high_label: str
    low_usd: float
    high_usd: float
    winner_changes: bool = False
    description: str = ""
    winner_low: str = ""
    winner_high: str = ""


@dataclass(frozen=True)
class Tornado:
    """Sensitivity of the leader's total cost over the horizon (USD) to each driver."""

    candidate_key: str
    base_usd: float
    bars: tuple[TornadoBar, ...]


@dataclass(frozen=True)
class MonteCarloView:
    """Monte Carlo totals over the horizon (USD): histograms, P10/P50/P90, probability best."""

    n_samples: int
    edges_usd: tuple[float, ...]
    counts: Mapping[str, tuple[float, ...]]
    p10_usd: Mapping[str, float]
    p50_usd: Mapping[str, float]
    p90_usd: Mapping[str, float]
    prob_best: Mapping[str, float]
    distributions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LatencyCurve:
    """Latency vs throughput of one self-hosted replica as the batch (concurrency) grows."""

    candidate_key: str
    concurrency: tuple[float, ...]
    tokens_per_s_total: tuple[float, ...]
    tokens_per_s_per_user: tuple[float, ...]
    ttft_ms: tuple[float, ...]
    target_tokens_per_s_per_user: float | None = None
    target_ttft_ms: float | None = None
    operating_concurrency: float | None = None


@dataclass(frozen=True)
class ResultsView:
    """Everything the results view and charts show for one evaluation."""

    project_name: str
    currency: str
    rate: float
    horizon_months: int
    candidates: tuple[Candidate, ...]
    excluded: tuple[Excluded, ...] = ()
    volume_curves: VolumeCurves | None = None
    tornado: Tornado | None = None
    monte_carlo: MonteCarloView | None = None
    latency_curves: Mapping[str, LatencyCurve] = field(default_factory=_empty_map)
    labels: Mapping[str, str] = field(default_factory=_empty_map)
    excluded_total: int = 0
    cost_only: tuple[Candidate, ...] = ()
    notes: tuple[str, ...] = ()

    @cached_property
    def _by_key(self) -> dict[str, Candidate]:
        found = {c.key: c for c in self.cost_only}
        found.update({c.key: c for c in self.candidates})
        return found

    def candidate(self, key: str) -> Candidate | None:
        """The candidate with this key, or None."""
        return self._by_key.get(key)

    def label(self, key: str) -> str:
        """Legend label of any candidate key (ranked or not)."""
        cand = self.candidate(key)
        if cand is not None:
            return cand.label
        return str(self.labels.get(key, key))

    def top(self, n: int) -> tuple[Candidate, ...]:
        """The first ``n`` candidates by rank."""
        return tuple(sorted(self.candidates, key=lambda c: c.rank)[:n])

    def to_display(self, usd: float) -> float:
        """USD converted to the display currency."""
        return usd * self.rate
