"""Fit a framework profile's few efficiency numbers to measured benchmark rows.

The optimiser is a small Levenberg-Marquardt on log errors (numpy only): parameters that are
fractions are fitted on a logit scale, the others on a log scale, so every trial value stays
physical. The same code fits the shipped profiles (``scripts/fit_profiles.py``) and a user's own
benchmark file.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from llm_tco.engine.catalog_schema import Gpu, Model
from llm_tco.engine.errors import CalibrationError, PerformanceError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, Number, Text, msg
from llm_tco.engine.perf import evaluate_batch
from llm_tco.engine.perf_config import ConfigBatch, FloatArray
from llm_tco.engine.profiles import FITTABLE_PARAMETERS, FitSummary, FrameworkProfile

FRACTION_PARAMETERS = frozenset({"eta_mem", "eta_compute", "eta_prefill", "comm_efficiency"})


@dataclass(frozen=True)
class BenchmarkRow:
    """One measured configuration; ``concurrency`` None means maximum load (offline)."""

    model_id: str
    gpu_id: str
    num_gpus: int
    tp: int
    precision: str
    kv_precision: str
    input_len: int
    output_len: int
    concurrency: float | None
    output_tokens_per_s: float  # summed over all GPUs of the configuration
    ttft_ms: float | None = None
    tpot_ms: float | None = None
    label: str = ""


@dataclass(frozen=True)
class FitResult:
    """A fitted profile and how well it reproduces each row."""

    profile: FrameworkProfile
    parameters: dict[str, float]
    rows: tuple[BenchmarkRow, ...]
    predicted: FloatArray  # output tokens/s, whole configuration
    measured: FloatArray
    error: FloatArray  # predicted / measured - 1
    median_abs_error: float
    max_ratio: float
    iterations: int


# ----------------------------------------------------------------------------- reading CSV files

_MODEL_ALIASES: dict[str, str] = {
    "llama-3.1-8b": "llama-3.1-8b-instruct",
    "llama-3.1-70b": "llama-3.1-70b-instruct",
    "llama-3.1-405b": "llama-3.1-405b-instruct",
    "mistral-7b": "mistral-7b-instruct",
    "mixtral-8x7b": "mixtral-8x7b-instruct",
    "mixtral-8x22b": "mixtral-8x22b-instruct",
}
_GPU_ALIASES: dict[str, str] = {
    "h100-sxm-80gb": "h100-sxm",
    "h100-sxm5-80gb": "h100-sxm",
    "a100-sxm4-80gb": "a100-80gb-sxm",
    "a100-sxm-80gb": "a100-80gb-sxm",
    "h200-sxm-141gb": "h200-sxm",
    "l40s-48gb": "l40s",
}
_COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "model": ("model_id", "model"),
    "gpu": ("gpu_id", "gpu"),
    "num_gpus": ("num_gpus", "gpus"),
    "tp": ("tp", "tensor_parallel", "tensor_parallel_size"),
    "precision": ("precision", "weight_precision", "dtype"),
    "kv_precision": ("kv_precision", "kv_cache_dtype"),
    "input_len": ("input_len", "input_tokens", "random_input_len"),
    "output_len": ("output_len", "output_tokens", "random_output_len"),
    "concurrency": ("concurrency", "batch_or_concurrency", "max_concurrency"),
    "value": ("value", "output_tokens_per_s", "output_throughput"),
    "ttft_ms": ("ttft_ms", "mean_ttft_ms"),
    "tpot_ms": ("tpot_ms", "mean_tpot_ms"),
}


def _slug(text: str) -> str:
    text = re.sub(r"\(.*?\)", "", text).strip().lower()
    return re.sub(r"[^a-z0-9.]+", "-", text).strip("-")


def normalise_model_id(name: str) -> str:
    """Catalog model id for a benchmark's model name (ids pass through)."""
    slug = _slug(name)
    return _MODEL_ALIASES.get(slug, slug)


def normalise_gpu_id(name: str) -> str:
    """Catalog GPU id for a benchmark's GPU name (ids pass through)."""
    slug = _slug(name)
    return _GPU_ALIASES.get(slug, slug)


def _precision(text: str) -> str:
    p = text.strip().lower()
    return {"fp16": "bf16", "float16": "bf16", "bfloat16": "bf16", "auto": "bf16"}.get(p, p)


def _get(record: Mapping[str, str], key: str) -> str | None:
    for name in _COLUMN_ALIASES[key]:
        value = record.get(name)
        if value is not None and value.strip() != "":
            return value.strip()
    return None


def _where(path: Path, row: int) -> Message:
    """'file.csv row 3' (the header is row 1)."""
    return msg(QT_TRANSLATE_NOOP("EngineText", "{path} row {row}"), path=str(path), row=Number(row))


def _number(record: Mapping[str, str], key: str, where: Message) -> float | None:
    text = _get(record, key)
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        if key == "concurrency":
            return None  # "max (offline, ...)" and similar mean maximum load
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{where}: column {column} is not a number: {value}"
        )
        raise CalibrationError(
            msg(template, where=where, column=repr(key), value=repr(text))
        ) from None
    if not np.isfinite(value) or value <= 0:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{where}: column {column} must be positive, got {value}"
        )
        raise CalibrationError(msg(template, where=where, column=repr(key), value=repr(text)))
    return value


def _parse_record(record: Mapping[str, str], where: Message) -> BenchmarkRow:
    model, gpu = _get(record, "model"), _get(record, "gpu")
    value = _number(record, "value", where)
    if model is None or gpu is None or value is None:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{where}: needs model, gpu and measured output tokens/s"
        )
        raise CalibrationError(msg(template, where=where))
    metric = record.get("metric", "output_tokens_per_s_total").strip()
    if metric not in ("", "output_tokens_per_s_total"):
        template = QT_TRANSLATE_NOOP("EngineText", "{where}: unsupported metric {metric}")
        raise CalibrationError(msg(template, where=where, metric=repr(metric)))
    tp = int(_number(record, "tp", where) or 1)
    num_gpus = int(_number(record, "num_gpus", where) or tp)
    precision = _precision(_get(record, "precision") or "bf16")
    kv = _get(record, "kv_precision")
    kv_precision = _precision(kv) if kv else ("fp8" if precision == "fp8" else "bf16")
    return BenchmarkRow(
        model_id=normalise_model_id(model),
        gpu_id=normalise_gpu_id(gpu),
        num_gpus=num_gpus,
        tp=tp,
        precision=precision,
        kv_precision=kv_precision,
        input_len=int(_number(record, "input_len", where) or 0),
        output_len=int(_number(record, "output_len", where) or 1),
        concurrency=_number(record, "concurrency", where),
        output_tokens_per_s=value,
        ttft_ms=_number(record, "ttft_ms", where),
        tpot_ms=_number(record, "tpot_ms", where),
        label=f"{model} {precision} {num_gpus}x{gpu}",
    )


def read_benchmark_csv(
    path: Path | str, *, shown_as: Path | str | None = None
) -> list[BenchmarkRow]:
    """Rows of a benchmark CSV (calibration format or vLLM-benchmark-style columns).

    ``shown_as``: the file name for error messages (default ``path``), e.g. the user's file when
    ``path`` is a filled-in temporary copy.
    """
    p = Path(path)
    shown = Path(shown_as) if shown_as is not None else p
    try:
        with p.open(newline="", encoding="utf-8") as handle:
            records = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        # Python's words about the problem stay English
        template = QT_TRANSLATE_NOOP("EngineText", "{path}: cannot read benchmark CSV ({problem})")
        raise CalibrationError(msg(template, path=str(shown), problem=str(exc))) from exc
    if not records:
        raise CalibrationError(
            msg(QT_TRANSLATE_NOOP("EngineText", "{path}: no rows"), path=str(shown))
        )
    return [_parse_record(r, _where(shown, i + 2)) for i, r in enumerate(records)]


# ----------------------------------------------------------------------------- prediction


def _lookup(
    rows: Sequence[BenchmarkRow], models: Mapping[str, Model], gpus: Mapping[str, Gpu]
) -> None:
    for row in rows:
        label = repr(row.label)
        if row.model_id not in models:
            template = QT_TRANSLATE_NOOP("EngineText", "benchmark row {row}: unknown model {model}")
            raise CalibrationError(msg(template, row=label, model=repr(row.model_id)))
        if row.gpu_id not in gpus:
            template = QT_TRANSLATE_NOOP("EngineText", "benchmark row {row}: unknown GPU {gpu}")
            raise CalibrationError(msg(template, row=label, gpu=repr(row.gpu_id)))
        if row.tp < 1 or row.num_gpus % row.tp:
            template = QT_TRANSLATE_NOOP(
                "EngineText", "benchmark row {row}: GPUs must be a multiple of TP"
            )
            raise CalibrationError(msg(template, row=label))


Predictor = Callable[[FrameworkProfile], tuple[FloatArray, FloatArray, FloatArray]]


def make_predictor(
    rows: Sequence[BenchmarkRow], *, models: Mapping[str, Model], gpus: Mapping[str, Gpu]
) -> Predictor:
    """A function profile -> (tokens/s whole configuration, TTFT s, TPOT s) for every row."""
    _lookup(rows, models, gpus)
    base = ConfigBatch.from_entries(
        models=[models[r.model_id] for r in rows],
        gpus=[gpus[r.gpu_id] for r in rows],
        tp=[r.tp for r in rows],
        weight_precision=[r.precision for r in rows],
        kv_precision=[r.kv_precision for r in rows],
        framework=["fit"] * len(rows),
        profiles={"fit": _placeholder_profile()},
    )
    groups: dict[tuple[int, int], list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault((r.input_len, r.output_len), []).append(i)
    replicas = np.array([r.num_gpus // r.tp for r in rows], dtype=np.float64)
    conc = np.array([np.nan if r.concurrency is None else r.concurrency for r in rows])

    def predict(profile: FrameworkProfile) -> tuple[FloatArray, FloatArray, FloatArray]:
        batch = _with_profile(base, profile)
        out = np.zeros((3, len(rows)))
        for (i_len, o_len), idx in groups.items():
            sub = batch.take(np.asarray(idx))
            c = conc[idx] / replicas[idx]
            res = evaluate_batch(
                sub,
                input_tokens=float(i_len),
                output_tokens=float(o_len),
                concurrency=None if np.isnan(c).all() else np.where(np.isnan(c), 1e9, c),
            )
            out[0, idx] = res.output_tokens_per_s * replicas[idx]
            out[1, idx], out[2, idx] = res.ttft_s, res.tpot_s
        return out[0], out[1], out[2]

    return predict


def _placeholder_profile() -> FrameworkProfile:
    return FrameworkProfile(
        id="fit",
        name="fit",
        eta_mem=0.8,
        eta_compute=0.6,
        eta_prefill=0.6,
        step_overhead_s=0.0,
        comm_efficiency=0.7,
        allreduce_latency_s=2.4e-6,
        mem_util=0.9,
        kv_free_fraction=1.0,
        runtime_overhead_gb=2.0,
        activation_passes=10.0,
        kv_reserved_output_fraction=1.0,
        max_batch=256,
        provenance="placeholder replaced before every prediction",
    )


def _with_profile(batch: ConfigBatch, profile: FrameworkProfile) -> ConfigBatch:
    n = len(batch)
    values = {name: np.full(n, float(getattr(profile, name))) for name in _PROFILE_ARRAYS}
    return replace(batch, **values)


_PROFILE_ARRAYS: tuple[str, ...] = (
    *FITTABLE_PARAMETERS,
    "mem_util",
    "kv_free_fraction",
    "kv_reserved_output_fraction",
    "max_batch",
)


# ----------------------------------------------------------------------------- fitting


def _to_free(name: str, value: float) -> float:
    if name in FRACTION_PARAMETERS:
        v = min(max(value, 1e-4), 1 - 1e-6)
        return float(np.log(v / (1 - v)))
    return float(np.log(max(value, 1e-9)))


def _from_free(name: str, x: float) -> float:
    if name in FRACTION_PARAMETERS:
        return float(1.0 / (1.0 + np.exp(-x)))
    return float(np.exp(np.clip(x, -40.0, 10.0)))


def _residuals(
    rows: Sequence[BenchmarkRow], pred: tuple[FloatArray, FloatArray, FloatArray]
) -> FloatArray:
    """Log errors of throughput, plus TTFT and TPOT where a row measured them."""
    tput, ttft, tpot = pred
    meas = np.array([r.output_tokens_per_s for r in rows])
    parts = [np.log(np.maximum(tput, 1e-6 * meas) / meas)]
    for values, attr in ((ttft, "ttft_ms"), (tpot, "tpot_ms")):
        idx = [i for i, r in enumerate(rows) if getattr(r, attr) is not None]
        if idx:
            m = np.array([getattr(rows[i], attr) / 1000.0 for i in idx])
            v = np.where(np.isfinite(values[idx]), values[idx], 1e6)
            parts.append(np.log(np.maximum(v, 1e-9) / m))
    return np.concatenate(parts)


def _profile_at(base: FrameworkProfile, params: Sequence[str], x: FloatArray) -> FrameworkProfile:
    return base.model_copy(
        update={p: _from_free(p, float(v)) for p, v in zip(params, x, strict=True)}
    )


def _levenberg_marquardt(
    fun: Callable[[FloatArray], FloatArray], x0: FloatArray, *, max_iter: int = 200
) -> tuple[FloatArray, int]:
    """Minimise sum(fun(x)**2) from x0 (forward-difference Jacobian, adaptive damping)."""
    x, lam = x0.astype(np.float64), 1e-2
    r = fun(x)
    cost = float(r @ r)
    it = 0
    while it < max_iter:
        it += 1
        h = 1e-6 * np.maximum(np.abs(x), 1.0)
        jac = np.column_stack(
            [(fun(x + h[k] * np.eye(len(x))[k]) - r) / h[k] for k in range(len(x))]
        )
        g, a = jac.T @ r, jac.T @ jac
        improved = converged = False
        while lam < 1e10:
            step = np.linalg.solve(a + lam * np.diag(np.diag(a) + 1e-12), -g)
            r_new = fun(x + step)
            cost_new = float(r_new @ r_new)
            if cost_new < cost:
                x, r, lam, improved = x + step, r_new, max(lam / 3.0, 1e-9), True
                converged = cost - cost_new < 1e-12 * max(cost, 1e-30)
                cost = cost_new
                break
            lam *= 4.0
        if not improved or converged:
            break
    return x, it


def fit_profile(
    rows: Sequence[BenchmarkRow],
    *,
    base: FrameworkProfile,
    params: Sequence[str],
    models: Mapping[str, Model],
    gpus: Mapping[str, Gpu],
    source: str = "benchmark rows",
) -> FitResult:
    """Fit ``params`` of ``base`` to the rows' output tokens/s (and TTFT/TPOT when measured)."""
    rows = tuple(rows)
    unknown = [p for p in params if p not in FITTABLE_PARAMETERS]
    if unknown:
        template = QT_TRANSLATE_NOOP("EngineText", "cannot fit {names}; fittable: {fittable}")
        names, fittable = ", ".join(unknown), str(FITTABLE_PARAMETERS)
        raise CalibrationError(msg(template, names=names, fittable=fittable))
    if len(rows) < max(2 * len(params), 3):
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{rows} rows are too few to fit {count} parameters"
        )
        raise CalibrationError(msg(template, rows=Number(len(rows)), count=Number(len(params))))
    try:
        predict = make_predictor(rows, models=models, gpus=gpus)
    except PerformanceError as exc:
        template = QT_TRANSLATE_NOOP("EngineText", "cannot model the benchmark rows: {problem}")
        problem = exc.message if exc.message is not None else Text(str(exc))
        raise CalibrationError(msg(template, problem=problem)) from exc

    def fun(x: FloatArray) -> FloatArray:
        return _residuals(rows, predict(_profile_at(base, params, x)))

    x0 = np.array([_to_free(p, float(getattr(base, p))) for p in params])
    x, iterations = _levenberg_marquardt(fun, x0)
    return _result(rows, base, params, x, predict, iterations, source)


def _result(
    rows: tuple[BenchmarkRow, ...],
    base: FrameworkProfile,
    params: Sequence[str],
    x: FloatArray,
    predict: Predictor,
    iterations: int,
    source: str,
) -> FitResult:
    fitted = _profile_at(base, params, x)
    predicted = predict(fitted)[0]
    measured = np.array([r.output_tokens_per_s for r in rows])
    ratio = predicted / measured
    median = float(np.median(np.abs(ratio - 1.0)))
    worst = float(np.max(np.maximum(ratio, 1.0 / np.maximum(ratio, 1e-12))))
    summary = FitSummary(
        fitted_from=source,
        fitted_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        rows=len(rows),
        parameters=tuple(params),
        median_abs_error=round(median, 4),
        max_ratio=round(max(worst, 1.0), 4),
    )
    fitted = fitted.model_copy(update={"fit": summary})
    return FitResult(
        profile=fitted,
        parameters={p: float(getattr(fitted, p)) for p in params},
        rows=rows,
        predicted=predicted,
        measured=measured,
        error=ratio - 1.0,
        median_abs_error=median,
        max_ratio=worst,
        iterations=iterations,
    )
