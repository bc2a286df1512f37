"""``llm-tco estimate``: documented JSON fields, catalog ids or entry files, one-line errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "engine"))
from test_perf_datasheets import H100_SXM, LLAMA_8B

from llm_tco.cli import main

FIELDS = {
    "fits",
    "reason",
    "weights_gb_per_gpu",
    "kv_cache_gb",
    "max_concurrency",
    "batch",
    "output_tokens_per_s",
    "output_tokens_per_s_per_gpu",
    "ttft_ms",
    "tpot_ms",
    "bound",
}
BASE = ["estimate", "--input-tokens", "1000", "--output-tokens", "200", "--json"]


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def entry_files(tmp_path):
    model = tmp_path / "model.json"
    model.write_text(LLAMA_8B.model_dump_json(), encoding="utf-8")
    gpu = tmp_path / "gpu.json"
    gpu.write_text(H100_SXM.model_dump_json(), encoding="utf-8")
    return str(model), str(gpu)


def test_json_output_has_the_documented_fields(capsys, entry_files) -> None:
    model, gpu = entry_files
    code, out, err = _run(
        capsys,
        *BASE,
        "--model",
        model,
        "--gpu",
        gpu,
        "--gpus",
        "2",
        "--tp",
        "1",
        "--precision",
        "fp8",
        "--concurrency",
        "8",
    )
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= FIELDS
    assert data["fits"] is True
    assert data["reason"] == ""
    assert data["replicas"] == 2
    assert data["batch"] == pytest.approx(8)
    assert data["kv_precision"] == "fp8"  # fp8 weights default to an fp8 KV cache
    assert data["output_tokens_per_s"] == pytest.approx(2 * data["output_tokens_per_s_per_gpu"])
    assert data["tpot_ms"] > 0
    assert data["ttft_ms"] > 0
    assert data["bound"] in ("memory", "compute")


def test_targets_and_max_throughput(capsys, entry_files) -> None:
    model, gpu = entry_files
    args = [*BASE, "--model", model, "--gpu", gpu, "--precision", "bf16"]
    free = json.loads(_run(capsys, *args, "--max-throughput")[1])
    capped = json.loads(_run(capsys, *args, "--tpot-ms", "20", "--ttft-ms", "500")[1])
    assert capped["batch"] < free["batch"]
    assert capped["tpot_ms"] <= 20
    assert capped["meets_latency"] is True


def test_catalog_ids_work_and_a_no_fit_is_an_answer(capsys) -> None:
    code, out, err = _run(
        capsys,
        *BASE,
        "--model",
        "llama-3.1-70b-instruct",
        "--gpu",
        "h100-sxm",
        "--precision",
        "bf16",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["fits"] is False
    assert "weights" in data["reason"]
    assert data["ttft_ms"] is None
    assert data["output_tokens_per_s"] == 0


def test_text_output_is_readable(capsys, entry_files) -> None:
    model, gpu = entry_files
    code, out, _ = _run(
        capsys,
        "estimate",
        "--model",
        model,
        "--gpu",
        gpu,
        "--precision",
        "bf16",
        "--input-tokens",
        "100",
        "--output-tokens",
        "100",
        "--concurrency",
        "1",
    )
    assert code == 0
    assert "output tokens/s" in out
    assert "time per token" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--model", "no-such-model", "--gpu", "h100-sxm", "--precision", "bf16"], "no-such-model"),
        (["--model", "llama-3.1-8b-instruct", "--gpu", "h100-sxm", "--precision", "fp3"], "fp3"),
        (["--model", "llama-3.1-8b-instruct", "--gpu", "h100-sxm"], "--precision"),
        (
            [
                "--model",
                "llama-3.1-8b-instruct",
                "--gpu",
                "h100-sxm",
                "--precision",
                "bf16",
                "--gpus",
                "3",
                "--tp",
                "2",
            ],
            "multiple",
        ),
        (
            [
                "--model",
                "llama-3.1-8b-instruct",
                "--gpu",
                "h100-sxm",
                "--precision",
                "bf16",
                "--concurrency",
                "-4",
            ],
            "--concurrency",
        ),
        (
            [
                "--model",
                "llama-3.1-8b-instruct",
                "--gpu",
                "h100-sxm",
                "--precision",
                "bf16",
                "--concurrency",
                "4",
                "--max-throughput",
            ],
            "exclude",
        ),
        (["--model", "missing.json", "--gpu", "h100-sxm", "--precision", "bf16"], "missing.json"),
    ],
)
def test_bad_input_gives_one_line_and_exit_code_2(capsys, args, message) -> None:
    code, out, err = _run(capsys, *BASE, *args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert message in err


def test_malformed_entry_file_is_a_one_line_error(capsys, tmp_path) -> None:
    bad = tmp_path / "gpu.json"
    bad.write_text(json.dumps({"id": "x", "name": "X", "memory_gb": -1}), encoding="utf-8")
    code, _, err = _run(
        capsys, *BASE, "--model", "llama-3.1-8b-instruct", "--gpu", str(bad), "--precision", "bf16"
    )
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "not a valid Gpu entry" in err
    broken = tmp_path / "model.json"
    broken.write_text("{not json", encoding="utf-8")
    code, _, err = _run(
        capsys, *BASE, "--model", str(broken), "--gpu", "h100-sxm", "--precision", "bf16"
    )
    assert code == 2
    assert "cannot read" in err
