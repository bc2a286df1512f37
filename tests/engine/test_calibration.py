"""Fitting framework profiles to benchmark rows (the shipped fit and users' own files)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from test_perf_datasheets import GPUS, MODELS

from llm_tco.engine.calibration import (
    BenchmarkRow,
    fit_profile,
    make_predictor,
    read_benchmark_csv,
)
from llm_tco.engine.errors import CalibrationError
from llm_tco.engine.profiles import load_profiles

CALIBRATION_CSV = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "calibration"
    / "trtllm_0.14_offline_throughput.csv"
)
needs_csv = pytest.mark.skipif(not CALIBRATION_CSV.exists(), reason="calibration CSV not present")
TRT = load_profiles()["trtllm"]


def _synthetic_rows(truth, *, with_latency: bool = False) -> list[BenchmarkRow]:
    """Rows whose 'measurements' are the model's own predictions under ``truth``."""
    specs = []
    for model_id, gpu_id, tp, prec in [
        ("llama-3.1-8b-instruct", "h100-sxm", 1, "bf16"),
        ("llama-3.1-8b-instruct", "a100-80gb-sxm", 1, "bf16"),
        ("llama-3.1-70b-instruct", "h100-sxm", 4, "fp8"),
        ("llama-3.1-70b-instruct", "a100-80gb-sxm", 8, "bf16"),
        ("mixtral-8x7b-instruct", "h100-sxm", 2, "bf16"),
    ]:
        for i_len, o_len in [(128, 128), (2048, 128), (1000, 1000), (20000, 2000)]:
            for conc in (None, 1.0):
                specs.append((model_id, gpu_id, tp, prec, i_len, o_len, conc))
    rows = [
        BenchmarkRow(m, g, tp, tp, p, "fp8" if p == "fp8" else "bf16", i, o, c, 1.0)
        for m, g, tp, p, i, o, c in specs
    ]
    tput, ttft, tpot = make_predictor(rows, models=MODELS, gpus=GPUS)(truth)
    out = []
    for k, row in enumerate(rows):
        latency = with_latency and row.concurrency is not None
        out.append(
            dataclasses.replace(
                row,
                output_tokens_per_s=float(tput[k]),
                ttft_ms=float(ttft[k] * 1000) if latency else None,
                tpot_ms=float(tpot[k] * 1000) if latency else None,
            )
        )
    return out


@pytest.mark.parametrize("with_latency", [False, True])
def test_fit_recovers_known_parameters_from_synthetic_rows(with_latency) -> None:
    truth = TRT.model_copy(
        update={"eta_mem": 0.62, "eta_compute": 0.45, "eta_prefill": 0.7, "step_overhead_s": 0.002}
    )
    rows = _synthetic_rows(truth, with_latency=with_latency)
    start = TRT.model_copy(
        update={"eta_mem": 0.85, "eta_compute": 0.7, "eta_prefill": 0.5, "step_overhead_s": 5e-4}
    )
    params = ("eta_mem", "eta_compute", "eta_prefill", "step_overhead_s")
    result = fit_profile(rows, base=start, params=params, models=MODELS, gpus=GPUS)
    for name in params:
        assert result.parameters[name] == pytest.approx(getattr(truth, name), rel=0.02), name
    assert result.median_abs_error < 0.005
    assert result.max_ratio < 1.01
    assert result.profile.fit is not None
    assert result.profile.fit.rows == len(rows)
    assert result.profile.fit.parameters == params


@needs_csv
def test_calibration_csv_reads_into_catalog_ids() -> None:
    rows = read_benchmark_csv(CALIBRATION_CSV)
    assert len(rows) >= 60
    assert {r.model_id for r in rows} <= set(MODELS)
    assert {r.gpu_id for r in rows} == {"h100-sxm", "a100-80gb-sxm"}
    assert all(r.concurrency is None for r in rows)
    assert {r.precision for r in rows} == {"bf16", "fp8"}
    assert all(r.kv_precision == r.precision for r in rows)


@needs_csv
def test_fit_to_calibration_rows_meets_issue_targets_with_few_parameters() -> None:
    rows = read_benchmark_csv(CALIBRATION_CSV)
    params = ("eta_mem", "eta_compute", "eta_prefill", "activation_passes", "comm_efficiency")
    start = TRT.model_copy(update={"eta_mem": 0.8, "eta_compute": 0.6, "eta_prefill": 0.6})
    result = fit_profile(rows, base=start, params=params, models=MODELS, gpus=GPUS)
    ratio = result.predicted / result.measured
    assert result.median_abs_error <= 0.15
    assert result.max_ratio <= 2.0
    assert np.all((ratio > 0.5) & (ratio < 2.0))
    assert result.median_abs_error == pytest.approx(np.median(np.abs(ratio - 1)))
    # physically meaningful values, not a degenerate corner
    assert 0.4 < result.parameters["eta_mem"] < 0.95
    assert 0.2 < result.parameters["eta_compute"] < 0.95


def test_shipped_profiles_carry_provenance_and_meet_the_targets() -> None:
    profiles = load_profiles()
    assert {"trtllm", "vllm", "llamacpp"} <= set(profiles)
    fit = profiles["trtllm"].fit
    assert fit is not None
    assert fit.median_abs_error <= 0.15
    assert fit.max_ratio <= 2.0
    assert fit.rows >= 60
    assert len(fit.parameters) <= 6
    assert "trtllm_0.14_offline_throughput.csv" in fit.fitted_from
    for derived in ("vllm", "llamacpp"):
        assert profiles[derived].fit is None
        assert "Derived" in profiles[derived].provenance
        assert "https://" in profiles[derived].provenance
    assert profiles["llamacpp"].max_batch <= 8


@needs_csv
def test_shipped_trtllm_profile_reproduces_its_reported_errors_on_the_catalogs() -> None:
    from llm_tco.engine.catalog import load_catalogs

    catalogs = load_catalogs(use_user_overrides=False)
    rows = read_benchmark_csv(CALIBRATION_CSV)
    predict = make_predictor(rows, models=catalogs.models, gpus=catalogs.gpus)
    measured = np.array([r.output_tokens_per_s for r in rows])
    ratio = predict(TRT)[0] / measured
    assert TRT.fit is not None
    assert np.median(np.abs(ratio - 1)) == pytest.approx(TRT.fit.median_abs_error, abs=0.005)
    assert np.max(np.maximum(ratio, 1 / ratio)) == pytest.approx(TRT.fit.max_ratio, abs=0.02)


def test_user_csv_with_latency_and_vllm_style_columns(tmp_path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "model_id,gpu_id,tensor_parallel_size,dtype,kv_cache_dtype,random_input_len,"
        "random_output_len,max_concurrency,output_throughput,mean_ttft_ms,mean_tpot_ms\n"
        "llama-3.1-8b-instruct,h100-sxm,1,bfloat16,auto,1000,200,16,1500.5,80.2,9.5\n"
        "Llama-3.1-70B,H100 SXM 80GB,4,fp8,fp8,1000,200,,3000,,\n",
        encoding="utf-8",
    )
    rows = read_benchmark_csv(path)
    assert rows[0].model_id == "llama-3.1-8b-instruct"
    assert rows[0].precision == "bf16"
    assert rows[0].kv_precision == "bf16"
    assert rows[0].concurrency == 16
    assert rows[0].ttft_ms == pytest.approx(80.2)
    assert rows[0].tpot_ms == pytest.approx(9.5)
    assert rows[0].num_gpus == 1
    assert rows[1].model_id == "llama-3.1-70b-instruct"
    assert rows[1].gpu_id == "h100-sxm"
    assert rows[1].tp == 4
    assert rows[1].num_gpus == 4
    assert rows[1].concurrency is None
    assert rows[1].ttft_ms is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no rows"),
        (
            "model_id,gpu_id,output_tokens_per_s\nllama-3.1-8b-instruct,h100-sxm,abc\n",
            "not a number",
        ),
        ("model_id,gpu_id,output_tokens_per_s\nllama-3.1-8b-instruct,h100-sxm,-5\n", "positive"),
        ("model_id,output_tokens_per_s\nllama-3.1-8b-instruct,5\n", "needs model, gpu"),
    ],
)
def test_malformed_benchmark_files_raise_calibration_errors(tmp_path, text, message) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CalibrationError, match=message):
        read_benchmark_csv(path)


def test_fit_rejects_unknown_entries_too_few_rows_and_unfittable_parameters() -> None:
    row = BenchmarkRow(
        "llama-3.1-8b-instruct", "h100-sxm", 1, 1, "bf16", "bf16", 100, 100, None, 1e3
    )
    many = [row] * 10
    with pytest.raises(CalibrationError, match="too few"):
        fit_profile([row], base=TRT, params=["eta_mem"], models=MODELS, gpus=GPUS)
    with pytest.raises(CalibrationError, match="cannot fit"):
        fit_profile(many, base=TRT, params=["max_batch"], models=MODELS, gpus=GPUS)
    unknown = [dataclasses.replace(row, model_id="no-such-model")] * 10
    with pytest.raises(CalibrationError, match="unknown model"):
        fit_profile(unknown, base=TRT, params=["eta_mem"], models=MODELS, gpus=GPUS)
    bad_tp = [dataclasses.replace(row, num_gpus=3, tp=2)] * 10
    with pytest.raises(CalibrationError, match="multiple"):
        fit_profile(bad_tp, base=TRT, params=["eta_mem"], models=MODELS, gpus=GPUS)
