"""Offered load from the workload answers: requests, tokens, daily profile and monthly growth."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from llm_tco.engine.cost_defaults import DAYS_PER_MONTH
from llm_tco.engine.project_model import Project, TuningMethod

FloatArray = NDArray[np.float64]


def _frozen(values: FloatArray) -> FloatArray:
    values.setflags(write=False)
    return values


def synthetic_profile(*, peak_to_average: float) -> FloatArray:
    """24 hourly load factors with mean 1 and maximum ``peak_to_average`` (peak at 14:00)."""
    hours = np.arange(24, dtype=np.float64)
    base = 0.5 * (1.0 + np.cos(2.0 * np.pi * (hours - 14.0) / 24.0))
    if peak_to_average <= 1.0:
        return np.ones(24)
    peak_to_average = min(peak_to_average, 24.0)
    for k in (1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0, 64.0):
        shape = base**k
        mean_s = float(shape.mean())
        if peak_to_average * mean_s <= 1.0:
            floor = (1.0 - peak_to_average * mean_s) / (1.0 - mean_s)
            return floor + (peak_to_average - floor) * shape
    shape = np.zeros(24)  # extremely spiky: one hour carries the peak
    shape[14] = 1.0
    floor = (24.0 - peak_to_average) / 23.0
    return floor + (peak_to_average - floor) * shape


@dataclass(frozen=True)
class LoadModel:
    """Base-month load (assumption multipliers applied) plus its daily shape and growth."""

    requests_per_month: float
    input_tokens_per_request: float
    output_tokens_per_request: float
    cached_share: float
    hourly_profile: FloatArray
    """24 factors with mean 1 (load at hour h = average x factor)."""
    growth: FloatArray
    """Per month of the horizon: load relative to month 0."""
    batch_tolerant: bool
    tpot_target_s: float | None
    ttft_target_s: float | None

    peak_factor: float
    """Peak load / average load used to size always-on capacity (may exceed the hourly max)."""

    @property
    def horizon_months(self) -> int:
        """Months in the planning horizon."""
        return int(self.growth.shape[0])

    def requests_by_month(self) -> FloatArray:
        """Requests in each month of the horizon."""
        return self.requests_per_month * self.growth

    def tokens_by_month(self) -> FloatArray:
        """Input + output tokens in each month of the horizon."""
        per_request = self.input_tokens_per_request + self.output_tokens_per_request
        return self.requests_by_month() * per_request


def load_model(project: Project) -> LoadModel:
    """The project's offered load (volume multiplier applied), months over its horizon."""
    work = project.workload
    extra = project.tuning.rag_extra_input_tokens
    rag = project.tuning.method is TuningMethod.RAG
    if work.batch_tolerant:  # queued work is spread over the day: capacity for the average
        profile = np.ones(24)
    elif work.daily_profile is not None:
        raw = np.asarray(work.daily_profile, dtype=np.float64)
        profile = raw / raw.mean()
    else:
        profile = synthetic_profile(peak_to_average=work.peak_to_average)
    months = np.arange(project.info.horizon_months, dtype=np.float64)
    growth = (1.0 + work.growth_per_month) ** months
    tpot = work.min_output_tokens_per_s_per_user
    return LoadModel(
        requests_per_month=work.requests_per_day
        * DAYS_PER_MONTH
        * project.assumptions.volume_multiplier,
        input_tokens_per_request=work.input_tokens_per_request + (extra if rag else 0.0),
        output_tokens_per_request=work.output_tokens_per_request,
        cached_share=work.cached_prompt_share,
        hourly_profile=_frozen(profile.astype(np.float64)),
        peak_factor=float(profile.max())
        if work.daily_profile is not None or work.batch_tolerant
        else max(work.peak_to_average, float(profile.max())),
        growth=_frozen(growth),
        batch_tolerant=work.batch_tolerant,
        tpot_target_s=None if tpot is None or work.batch_tolerant else 1.0 / tpot,
        ttft_target_s=None
        if work.ttft_target_ms is None or work.batch_tolerant
        else work.ttft_target_ms / 1000.0,
    )
