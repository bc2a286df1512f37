"""Framework profiles: the few efficiency numbers that turn datasheet physics into a forecast.

A profile is never a table of results. Each number has a physical meaning (a fraction of peak
memory bandwidth, a fixed time per decode step, ...) and a provenance: fitted to which benchmark
file, when, on how many rows, with which errors, or derived from another profile with cited
relative factors.
The shipped profiles live in ``catalogs/framework_profiles.json`` (written by
``scripts/fit_profiles.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from llm_tco.engine.errors import CatalogError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, msg, pydantic_problem

PROFILES_FILE_NAME = "framework_profiles.json"

# Names of the numeric parameters a fit may adjust (see FrameworkProfile for meanings).
FITTABLE_PARAMETERS: tuple[str, ...] = (
    "eta_mem",
    "eta_compute",
    "eta_prefill",
    "step_overhead_s",
    "comm_efficiency",
    "allreduce_latency_s",
    "runtime_overhead_gb",
    "activation_passes",
)


class FitSummary(BaseModel):
    """Where a profile's fitted numbers came from and how well they matched."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fitted_from: str = Field(description="benchmark file the parameters were fitted to")
    fitted_at: str = Field(description="ISO date-time of the fit")
    rows: int = Field(ge=0)
    parameters: tuple[str, ...] = ()
    median_abs_error: float = Field(ge=0, description="median |predicted/measured - 1|")
    max_ratio: float = Field(ge=1, description="worst max(pred/meas, meas/pred)")


class FrameworkProfile(BaseModel):
    """Efficiency parameters of one serving framework (units in the field names)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    name: str
    eta_mem: float = Field(gt=0, le=1, description="fraction of peak HBM bandwidth when streaming")
    eta_compute: float = Field(gt=0, le=1, description="fraction of peak tensor FLOPs in decode")
    eta_prefill: float = Field(gt=0, le=1, description="fraction of peak tensor FLOPs in prefill")
    step_overhead_s: float = Field(ge=0, le=1, description="fixed time per decode step, seconds")
    comm_efficiency: float = Field(gt=0, le=1, description="fraction of per-direction link speed")
    allreduce_latency_s: float = Field(
        ge=0,
        le=0.001,
        description="latency of one ring step of an all-reduce over NVLink, s (an all-reduce over "
        "t GPUs takes 2 (t - 1) steps; PCIe steps are slower, see perf_latency)",
    )
    activation_passes: float = Field(
        ge=0,
        le=1000,
        description="16-bit hidden-state vectors each token reads or writes per layer in "
        "memory-bound non-matrix kernels (norms, rotary, activations, residual adds)",
    )
    mem_util: float = Field(gt=0, le=1, description="fraction of GPU memory the framework may use")
    kv_free_fraction: float = Field(
        gt=0, le=1, description="fraction of the memory left after weights and overhead given to KV"
    )
    runtime_overhead_gb: float = Field(
        ge=0, le=64, description="per-GPU memory for context, activations, workspaces, GB"
    )
    kv_reserved_output_fraction: float = Field(
        ge=0,
        le=1,
        description="share of a sequence's output tokens whose KV is reserved while it runs "
        "(1: the full length is reserved up front; 0.5: blocks allocated on demand)",
    )
    max_batch: int = Field(ge=1, le=65536, description="most sequences decoded in one step")
    provenance: str = Field(description="where every number comes from, in words, with sources")
    fit: FitSummary | None = None

    def with_parameters(self, values: dict[str, float]) -> FrameworkProfile:
        """A copy with some numeric parameters replaced (validated)."""
        data = self.model_dump()
        data.update(values)
        return FrameworkProfile.model_validate(data)


def default_profiles_path() -> Path:
    """The shipped ``framework_profiles.json``."""
    from llm_tco import paths

    return paths.catalogs_dir() / PROFILES_FILE_NAME


def read_profiles_document(path: Path) -> dict[str, Any]:
    """Read the profiles file as a dict; raises CatalogError naming the file."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{path}: cannot read framework profiles ({detail})"
        )
        raise CatalogError(msg(template, path=str(path), detail=str(exc))) from exc
    if not isinstance(document, dict) or not isinstance(document.get("profiles"), list):
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{path}: expected a JSON object with a {field} list"
        )
        raise CatalogError(msg(template, path=str(path), field="'profiles'"))
    return document


def load_profiles(*, path: Path | None = None) -> dict[str, FrameworkProfile]:
    """All framework profiles by id (shipped file unless ``path`` is given)."""
    source = path or default_profiles_path()
    document = read_profiles_document(source)
    profiles: dict[str, FrameworkProfile] = {}
    for index, raw in enumerate(document["profiles"]):
        try:
            profile = FrameworkProfile.model_validate(raw)
        except ValidationError as exc:
            label = raw.get("id", f"#{index}") if isinstance(raw, dict) else f"#{index}"
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            template = QT_TRANSLATE_NOOP(
                "EngineText", "{path}: profile {profile}: {field}: {problem}"
            )
            problem = pydantic_problem(str(first["type"]), str(first["msg"]))
            raise CatalogError(
                msg(template, path=str(source), profile=str(label), field=where, problem=problem)
            ) from exc
        if profile.id in profiles:
            template = QT_TRANSLATE_NOOP("EngineText", "{path}: duplicate profile id {id}")
            raise CatalogError(msg(template, path=str(source), id=repr(profile.id)))
        profiles[profile.id] = profile
    if path is None:  # hook: the user's calibrated profiles (`llm-tco calibrate --save`) layer over
        profiles.update(_user_profiles())
    return profiles


def _user_profiles() -> dict[str, FrameworkProfile]:
    """Calibrated profiles from the user data directory; an unreadable file is skipped, warned."""
    import warnings

    from llm_tco.engine.overrides import load_user_profiles

    try:
        return load_user_profiles()
    except CatalogError as exc:
        warnings.warn(f"skipped user framework profiles: {exc}", stacklevel=3)
        return {}
