"""Owned hardware: capital recovery, power x PUE, hosting per kW, maintenance (DESIGN 3.3)."""

from __future__ import annotations

import numpy as np

from llm_tco.engine.cost_defaults import (
    HOURS_PER_MONTH,
    IDLE_POWER_SHARE,
    SERVER_POWER_PER_GPU_FACTOR,
)
from llm_tco.engine.project_model import Hardware
from llm_tco.engine.results import FloatArray


def monthly_capital_charge_factor(
    *, discount_rate_per_year: float, years: float, residual_share: float
) -> float:
    """Monthly payment per USD of purchase price: capital recovery factor net of residual value."""
    n = max(years * 12.0, 1.0)
    i = discount_rate_per_year / 12.0
    if i <= 0:
        return float((1.0 - residual_share) / n)
    discount = float((1.0 + i) ** -n)
    return float((1.0 - residual_share * discount) * i / (1.0 - discount))


def server_kw_per_gpu(tdp_w: FloatArray) -> FloatArray:
    """Wall power (kW) of one GPU slot of a loaded server."""
    return np.asarray(tdp_w, dtype=np.float64) * SERVER_POWER_PER_GPU_FACTOR / 1000.0


def power_usd(
    *, gpus: FloatArray, tdp_w: FloatArray, utilisation: FloatArray, hardware: Hardware
) -> FloatArray:
    """Energy cost per month (USD): draw between idle and loaded, x hours x PUE x price."""
    kw = server_kw_per_gpu(tdp_w)[:, None] * gpus
    draw = IDLE_POWER_SHARE + (1.0 - IDLE_POWER_SHARE) * np.clip(utilisation, 0.0, 1.0)
    return np.asarray(kw * draw * HOURS_PER_MONTH * hardware.pue * hardware.power_usd_per_kwh)


def hosting_usd(*, gpus: FloatArray, tdp_w: FloatArray, hardware: Hardware) -> FloatArray:
    """Colocation per month (USD): provisioned kW x price per kW-month."""
    return np.asarray(server_kw_per_gpu(tdp_w)[:, None] * gpus * hardware.hosting_usd_per_kw_month)


def energy_usd_per_gpu_hour(*, tdp_w: FloatArray, hardware: Hardware) -> FloatArray:
    """Marginal energy cost (USD) of one fully loaded GPU-hour on owned hardware."""
    return np.asarray(server_kw_per_gpu(tdp_w) * hardware.pue * hardware.power_usd_per_kwh)
