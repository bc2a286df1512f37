"""Self-hosted capacity: replicas needed per hour and month, and the GPU-hours paid for them.

``load_tps`` is the offered output-token rate (tokens/s), ``cap_tps`` the planned capacity of one
replica (tokens/s, at the latency target, after the utilisation cap). Arrays: rows x months.
"""

from __future__ import annotations

import numpy as np

from llm_tco.engine.cost_defaults import DAYS_PER_MONTH, HOURS_PER_MONTH, SERVERLESS_IDLE_TIMEOUT_S
from llm_tco.engine.results import FloatArray


def _gpus(replicas: FloatArray, tp: FloatArray, per_instance: FloatArray) -> FloatArray:
    """GPUs billed: whole instances of ``per_instance`` GPUs holding ``replicas`` x ``tp``."""
    return np.ceil(replicas * tp / per_instance - 1e-9) * per_instance


def replicas(load_tps: FloatArray, cap_tps: FloatArray, *, floor: int, spare: int) -> FloatArray:
    """Replicas for a load: max(floor, ceil(load / capacity)) + spares."""
    need = np.ceil(load_tps / cap_tps - 1e-9)
    return np.maximum(need, float(floor)) + float(spare)


def _gpus_for_load(
    load: FloatArray, cap: FloatArray, tp: FloatArray, per: FloatArray, *, floor: int, spare: int
) -> FloatArray:
    """``_gpus(replicas(load, cap))`` in one buffer (same operations, same order, same values)."""
    buf = np.divide(load, cap)
    buf -= 1e-9
    np.ceil(buf, out=buf)
    np.maximum(buf, float(floor), out=buf)
    buf += float(spare)
    buf *= tp
    buf /= per
    buf -= 1e-9
    np.ceil(buf, out=buf)
    buf *= per
    return buf


def always_on_gpu_hours(
    avg_tps: FloatArray,
    cap_tps: FloatArray,
    tp: FloatArray,
    per_instance: FloatArray,
    *,
    peak_factor: float,
    floor: int,
    spare: int,
) -> tuple[FloatArray, FloatArray]:
    """(GPU-hours per month, GPUs) paying for the month's peak around the clock."""
    load = avg_tps * peak_factor
    gpus = _gpus_for_load(
        load, cap_tps[:, None], tp[:, None], per_instance[:, None], floor=floor, spare=spare
    )
    return gpus * HOURS_PER_MONTH, gpus


def autoscaled_gpu_hours(
    avg_tps: FloatArray,
    cap_tps: FloatArray,
    tp: FloatArray,
    per_instance: FloatArray,
    *,
    profile: FloatArray,
    floor: int,
    spare: int,
) -> tuple[FloatArray, FloatArray]:
    """(GPU-hours per month, peak GPUs) following the daily profile hour by hour."""
    if floor >= 1:  # rows whose peak fits in the floor replicas need no hourly detail
        flat = avg_tps.max(axis=1) * profile.max() <= cap_tps
        if np.any(flat):
            hours, gpus = always_on_gpu_hours(
                avg_tps, cap_tps, tp, per_instance, peak_factor=1.0, floor=floor, spare=spare
            )
            rest = np.flatnonzero(~flat)
            if rest.size:
                hours[rest], gpus[rest] = autoscaled_gpu_hours(
                    avg_tps[rest] if avg_tps.shape[0] > 1 else avg_tps,
                    cap_tps[rest],
                    tp[rest],
                    per_instance[rest],
                    profile=profile,
                    floor=floor,
                    spare=spare,
                )
            return hours, gpus
    levels, counts = np.unique(profile, return_counts=True)  # equal hours cost the same
    load = avg_tps[:, :, None] * levels[None, None, :]
    gpus = _gpus_for_load(
        load,
        cap_tps[:, None, None],
        tp[:, None, None],
        per_instance[:, None, None],
        floor=floor,
        spare=spare,
    )
    # GPUs never fall as the load rises, so the peak hour is the highest (last) level
    return gpus @ counts.astype(np.float64) * DAYS_PER_MONTH, gpus[:, :, -1]


def serverless_gpu_hours(
    avg_tps: FloatArray,
    cap_tps: FloatArray,
    tp: FloatArray,
    *,
    profile: FloatArray,
    requests_per_s: FloatArray,
    request_s: FloatArray,
    cold_start_s: FloatArray,
) -> tuple[FloatArray, FloatArray]:
    """(GPU-hours per month, peak GPUs) billed per second: busy or warm time plus cold starts.

    A container is warm while requests keep arriving within the idle timeout; at low traffic the
    warm time, not the token count, sets the bill. Cold starts: arrivals after a longer gap
    (share exp(-rate x timeout) of Poisson arrivals) add their start-up time.
    """
    levels, hours = np.unique(profile, return_counts=True)  # equal hours cost the same
    lam = requests_per_s[:, :, None] * levels[None, None, :]
    # warm time per request: service + idle timeout + a cold start when the gap exceeded the
    # timeout; an upper bound of the warm share (exact: 1 - exp(-rate x timeout) without starts),
    # kept because it never falls as traffic grows (timeout > ~0.14 x cold start)
    warm = np.multiply(cold_start_s[:, None, None], np.exp(-lam * SERVERLESS_IDLE_TIMEOUT_S))
    warm += (request_s + SERVERLESS_IDLE_TIMEOUT_S)[:, None, None]
    warm *= lam
    np.minimum(warm, 1.0, out=warm)
    frac = np.divide(avg_tps[:, :, None] * levels[None, None, :], cap_tps[:, None, None])
    np.maximum(frac, warm, out=frac)
    gpus = np.multiply(frac, tp[:, None, None], out=warm)
    return gpus @ hours.astype(np.float64) * DAYS_PER_MONTH, np.ceil(frac.max(axis=2)) * tp[:, None]
