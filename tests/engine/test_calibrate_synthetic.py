"""Calibration recovers the parameters that generated a synthetic benchmark file.

The file is written by the engine's own predictor from a profile with known parameters (test
values, not catalog data); refitting from a different starting profile must find them again.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from llm_tco.cli import main
from llm_tco.cli.calibrate import calibrate_file, choose_parameters
from llm_tco.engine.calibration import BenchmarkRow, make_predictor
from llm_tco.engine.catalog import load_catalogs
from llm_tco.engine.errors import CalibrationError
from llm_tco.engine.overrides import load_user_profiles
from llm_tco.engine.profiles import load_profiles

TRUE = {"eta_mem": 0.62, "eta_compute": 0.47, "step_overhead_s": 0.0009}
MODELS = (("llama-3.1-8b-instruct", 1), ("llama-3.1-70b-instruct", 4))
CALIBRATION_COLUMNS = ("model", "gpu", "num_gpus", "tp", "precision", "input_len", "output_len",
                       "concurrency", "value", "ttft_ms", "tpot_ms")  # fmt: skip
VLLM_COLUMNS = ("model_id", "gpu", "tensor_parallel_size", "dtype", "random_input_len",
                "random_output_len", "max_concurrency", "output_throughput", "mean_ttft_ms",
                "mean_tpot_ms")  # fmt: skip


@pytest.fixture(scope="module")
def synthetic() -> tuple[list[BenchmarkRow], tuple]:
    catalogs = load_catalogs(use_user_overrides=False)
    rows = [
        BenchmarkRow(
            model_id=model,
            gpu_id="h100-sxm",
            num_gpus=tp,
            tp=tp,
            precision="bf16",
            kv_precision="bf16",
            input_len=i,
            output_len=o,
            concurrency=float(c),
            output_tokens_per_s=1.0,
        )
        for model, tp in MODELS
        for c in (1, 16, 256)
        for i, o in ((128, 128), (2048, 256))
    ]
    true_profile = load_profiles(path=None)["vllm"].with_parameters(TRUE)
    predicted = make_predictor(rows, models=catalogs.models, gpus=catalogs.gpus)(true_profile)
    return rows, predicted


def _write(path: Path, synthetic, columns: tuple[str, ...]) -> Path:
    rows, (tput, ttft, tpot) = synthetic
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for r, t, a, b in zip(rows, tput, ttft, tpot, strict=True):
            lead = [r.model_id, r.gpu_id] + ([r.num_gpus] if "num_gpus" in columns else [])
            writer.writerow([*lead, r.tp, r.precision, r.input_len, r.output_len,
                             int(r.concurrency), repr(float(t)), repr(float(a) * 1000),
                             repr(float(b) * 1000)])  # fmt: skip
    return path


@pytest.mark.parametrize("columns", [CALIBRATION_COLUMNS, VLLM_COLUMNS], ids=["calib", "vllm"])
def test_refit_recovers_parameters(tmp_path: Path, synthetic, columns) -> None:
    path = _write(tmp_path / "bench.csv", synthetic, columns)
    start = load_profiles()["vllm"]
    assert all(abs(getattr(start, k) / v - 1) > 0.05 for k, v in TRUE.items())  # starts elsewhere
    calibration = calibrate_file(path, framework="vllm", params=tuple(TRUE))
    for name, value in TRUE.items():
        assert calibration.result.parameters[name] == pytest.approx(value, rel=0.02), name
    assert calibration.result.median_abs_error < 0.01


def test_cli_calibrate_save_is_used_by_load_profiles(tmp_path: Path, fresh_data_dir, synthetic,
                                                     capsys) -> None:  # fmt: skip
    path = _write(tmp_path / "bench.csv", synthetic, CALIBRATION_COLUMNS)
    code = main(["calibrate", str(path), "--params", ",".join(TRUE), "--save", "my-vllm", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["rows"]) == len(synthetic[0])
    for row in data["rows"]:
        assert row["fitted_tokens_per_s"] == pytest.approx(row["measured_tokens_per_s"], rel=0.02)
    assert data["parameters"]["eta_mem"]["after"] == pytest.approx(TRUE["eta_mem"], rel=0.02)
    saved = load_user_profiles()["my-vllm"]
    assert saved.eta_compute == pytest.approx(TRUE["eta_compute"], rel=0.02)
    assert saved.fit is not None
    assert saved.fit.rows == len(synthetic[0])
    assert "calibrate" in saved.provenance
    assert load_profiles()["my-vllm"] == saved  # evaluations see it


def test_cli_calibrate_text_and_errors(tmp_path: Path, synthetic, capsys) -> None:
    path = _write(tmp_path / "bench.csv", synthetic, CALIBRATION_COLUMNS)
    assert main(["calibrate", str(path), "--params", "eta_mem"]) == 0
    out = capsys.readouterr().out
    assert "measured" in out
    assert "eta_mem" in out
    assert main(["calibrate", str(path), "--framework", "nope"]) == 2
    assert "no framework profile 'nope'" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("model,gpu,value\nllama-3.1-8b-instruct,h100-sxm,-5\n", encoding="utf-8")
    assert main(["calibrate", str(bad)]) == 2
    assert "must be positive" in capsys.readouterr().err


def test_model_and_gpu_defaults_fill_missing_columns(tmp_path: Path, synthetic) -> None:
    full = _write(tmp_path / "full.csv", synthetic, VLLM_COLUMNS)
    with full.open(newline="", encoding="utf-8") as handle:
        records = [r for r in csv.DictReader(handle) if r["model_id"] == MODELS[0][0]]
    trimmed = tmp_path / "trimmed.csv"
    with trimmed.open("w", newline="", encoding="utf-8") as handle:
        keep = [c for c in VLLM_COLUMNS if c not in ("model_id", "gpu")]
        writer = csv.DictWriter(handle, fieldnames=keep, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(records)
    with pytest.raises(CalibrationError, match="needs model, gpu"):
        calibrate_file(trimmed)
    calibration = calibrate_file(
        trimmed, model=MODELS[0][0], gpu="H100 SXM 80GB", params=("eta_mem",)
    )
    assert len(calibration.result.rows) == len(records)


def test_choose_parameters_respects_row_count() -> None:
    assert choose_parameters(2, with_ttft=False) == ("eta_mem",)
    assert choose_parameters(40, with_ttft=True)[-1] == "eta_prefill"
