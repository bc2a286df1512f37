"""Framework profiles: loading, validation, and the behaviour each profile stands for."""

from __future__ import annotations

import json

import numpy as np
import pytest
from test_perf_datasheets import H100_SXM, LLAMA_8B, LLAMA_70B

from llm_tco.engine.errors import CatalogError
from llm_tco.engine.perf import estimate, latency_throughput_curve
from llm_tco.engine.profiles import FrameworkProfile, load_profiles

PROFILES = load_profiles()


def test_llamacpp_profile_is_single_stream_style() -> None:
    curve = latency_throughput_curve(
        model=LLAMA_8B,
        gpu=H100_SXM,
        tp=1,
        precision="int4",
        input_tokens=500,
        output_tokens=500,
        concurrencies=np.array([1.0, 2.0, 4.0, 16.0, 64.0]),
        framework="llamacpp",
    )
    assert curve.max_concurrency <= 8
    assert curve.output_tokens_per_s[-1] == pytest.approx(curve.output_tokens_per_s[-2])
    assert curve.ttft_s[-1] > 5 * curve.ttft_s[0]  # extra users wait in the queue


def test_vllm_and_trtllm_differ_where_their_provenance_says() -> None:
    trt, vllm = PROFILES["trtllm"], PROFILES["vllm"]
    assert vllm.eta_compute < trt.eta_compute
    assert vllm.max_batch < trt.max_batch
    args = {"model": LLAMA_8B, "gpu": H100_SXM, "gpus": 1, "precision": "bf16"}
    t = estimate(**args, input_tokens=1000, output_tokens=1000, framework="trtllm")
    v = estimate(**args, input_tokens=1000, output_tokens=1000, framework="vllm")
    assert v.output_tokens_per_s < t.output_tokens_per_s
    assert v.max_concurrency <= vllm.max_batch


def test_kv_room_reason_when_weights_fit_but_a_sequence_does_not() -> None:
    e = estimate(
        model=LLAMA_70B,
        gpu=H100_SXM,
        gpus=1,
        precision="fp8",
        input_tokens=120_000,
        output_tokens=1000,
    )
    assert not e.fits
    assert "KV cache for one sequence" in e.reason
    assert "121000 tokens" in e.reason


def test_with_parameters_validates_ranges() -> None:
    trt = PROFILES["trtllm"]
    assert trt.with_parameters({"eta_mem": 0.5}).eta_mem == 0.5
    with pytest.raises(ValueError, match="eta_mem"):
        trt.with_parameters({"eta_mem": 1.5})


def _write(tmp_path, profiles) -> str:
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps({"profiles": profiles}), encoding="utf-8")
    return path


def test_load_profiles_rejects_bad_files(tmp_path) -> None:
    good = PROFILES["trtllm"].model_dump(mode="json")
    assert set(load_profiles(path=_write(tmp_path, [good]))) == {"trtllm"}
    with pytest.raises(CatalogError, match="duplicate profile id"):
        load_profiles(path=_write(tmp_path, [good, good]))
    with pytest.raises(CatalogError, match="eta_compute"):
        load_profiles(path=_write(tmp_path, [{**good, "eta_compute": -1}]))
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(CatalogError, match="cannot read"):
        load_profiles(path=broken)
    with pytest.raises(CatalogError, match="'profiles' list"):
        load_profiles(path=_write(tmp_path, {"x": 1}))


def test_every_shipped_profile_validates_and_names_its_sources() -> None:
    for profile in PROFILES.values():
        assert FrameworkProfile.model_validate(profile.model_dump()) == profile
        assert len(profile.provenance) > 100
