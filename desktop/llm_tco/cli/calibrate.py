"""``llm-tco calibrate FILE``: refit a framework profile to your own benchmark results.

Reads a benchmark CSV (the calibration format of ``../shared/calibration`` or vLLM
``benchmark_serving``-style columns: ``model_id, tensor_parallel_size, random_input_len,
random_output_len, max_concurrency, output_throughput, mean_ttft_ms, mean_tpot_ms``), refits the
profile's efficiency numbers with the engine's ``fit_profile``, prints fitted against measured
output tokens/s per row, and with ``--save NAME`` stores the calibrated profile in the user data
directory, where every evaluation picks it up (``--save vllm`` replaces the shipped vLLM profile).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llm_tco.cli.language import current_language, ljust, rjust, tr
from llm_tco.engine.calibration import FitResult, fit_profile, read_benchmark_csv
from llm_tco.engine.catalog import load_catalogs
from llm_tco.engine.errors import CalibrationError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, msg
from llm_tco.engine.overrides import save_user_profile
from llm_tco.engine.profiles import FITTABLE_PARAMETERS, FrameworkProfile, load_profiles
from llm_tco.i18n import format_percent

DEFAULT_PARAMETERS: tuple[str, ...] = ("eta_mem", "eta_compute", "step_overhead_s")


@dataclass(frozen=True)
class Calibration:
    """A fit of one benchmark file and the profile it started from."""

    file: Path
    base: FrameworkProfile
    result: FitResult


def _with_defaults(path: Path, *, model: str | None, gpu: str | None) -> Path:
    """A copy of the CSV with model/gpu columns filled where the file has none."""
    if model is None and gpu is None:
        return path
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            records = list(reader)
            columns = list(reader.fieldnames or [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return path  # read_benchmark_csv says what is wrong with the file
    for name, value in (("model", model), ("gpu", gpu)):
        if value is not None and name not in columns:
            columns.append(name)
            for record in records:
                record[name] = value
    with tempfile.NamedTemporaryFile(
        "w", newline="", encoding="utf-8", suffix=".csv", delete=False
    ) as out:
        writer = csv.DictWriter(out, fieldnames=columns)
        writer.writeheader()
        writer.writerows(records)
    return Path(out.name)


def choose_parameters(rows: int, *, with_ttft: bool) -> tuple[str, ...]:
    """Parameters to fit: the defaults (plus prefill when TTFT was measured), as rows allow."""
    wanted = (*DEFAULT_PARAMETERS, "eta_prefill") if with_ttft else DEFAULT_PARAMETERS
    return wanted[: max(1, min(len(wanted), rows // 2))]


def calibrate_file(
    path: Path,
    *,
    framework: str = "vllm",
    params: tuple[str, ...] | None = None,
    model: str | None = None,
    gpu: str | None = None,
) -> Calibration:
    """Read a benchmark CSV and refit ``framework``'s profile to it."""
    path = Path(path)
    profiles = load_profiles()
    if framework not in profiles:
        known = ", ".join(sorted(profiles))
        template = QT_TRANSLATE_NOOP("EngineText", "no framework profile {name}; known: {known}")
        raise CalibrationError(msg(template, name=repr(framework), known=known))
    source = _with_defaults(path, model=model, gpu=gpu)
    try:
        rows = read_benchmark_csv(source, shown_as=path)
    finally:
        if source != path:
            source.unlink(missing_ok=True)
    if params is None:
        params = choose_parameters(len(rows), with_ttft=any(r.ttft_ms for r in rows))
    catalogs = load_catalogs()
    base = profiles[framework]
    result = fit_profile(
        rows, base=base, params=params, models=catalogs.models, gpus=catalogs.gpus, source=path.name
    )
    return Calibration(file=path, base=base, result=result)


def calibrated_profile(calibration: Calibration, *, name: str) -> FrameworkProfile:
    """The fitted profile under a new id, with its provenance in words."""
    result, base = calibration.result, calibration.base
    fitted = ", ".join(f"{k}={v:.4g}" for k, v in result.parameters.items())
    provenance = (
        f"Calibrated with llm-tco calibrate on {dt.date.today().isoformat()} from "
        f"{calibration.file.name} ({len(result.rows)} rows), starting from profile {base.id}; "
        f"fitted {fitted}; median |error| {result.median_abs_error:.1%}. Other numbers as in "
        f"{base.id}: {base.provenance}"
    )
    label = f"{base.name} (calibrated: {calibration.file.name})"
    return result.profile.model_copy(update={"id": name, "name": label, "provenance": provenance})


def report(calibration: Calibration, *, saved: Path | None = None) -> dict[str, Any]:
    """Fitted against measured per row, and the parameters before and after, as JSON data."""
    result, base = calibration.result, calibration.base
    return {
        "file": str(calibration.file),
        "framework": base.id,
        "rows": [
            {
                "label": row.label,
                "input_len": row.input_len,
                "output_len": row.output_len,
                "concurrency": row.concurrency,
                "measured_tokens_per_s": float(m),
                "fitted_tokens_per_s": float(p),
                "error": float(e),
            }
            for row, m, p, e in zip(
                result.rows, result.measured, result.predicted, result.error, strict=True
            )
        ],
        "parameters": {
            k: {"before": float(getattr(base, k)), "after": v} for k, v in result.parameters.items()
        },
        "median_abs_error": result.median_abs_error,
        "max_ratio": result.max_ratio,
        "saved": str(saved) if saved else None,
    }


def _print_text(data: dict[str, Any]) -> None:
    title = tr("Calibrated {framework} to {file} ({rows} rows)")
    print(title.format(framework=data["framework"], file=data["file"], rows=len(data["rows"])))
    head = [
        ljust(tr("row"), 44),
        rjust(tr("in/out"), 11),
        rjust(tr("concurrency"), 6),
        rjust(tr("measured"), 11),
        rjust(tr("fitted"), 11),
        rjust(tr("error"), 7),
    ]
    print(" ".join(head))
    for row in data["rows"]:
        conc = tr("max") if row["concurrency"] is None else f"{row['concurrency']:g}"
        lengths = f"{row['input_len']}/{row['output_len']}"
        print(
            f"{row['label'][:44]:<44} {lengths:>11} {rjust(conc, 6)} "
            f"{row['measured_tokens_per_s']:>11.1f} {row['fitted_tokens_per_s']:>11.1f} "
            f"{row['error']:>+7.1%}"
        )
    print(tr("parameters (before -> after):"))
    for name, values in data["parameters"].items():
        print(f"  {name:<22} {values['before']:.4g} -> {values['after']:.4g}")
    summary = tr("median |error| {error}, worst ratio {ratio}")
    error = format_percent(data["median_abs_error"], language=current_language(), decimals=1)
    print(summary.format(error=error, ratio=f"{data['max_ratio']:.2f}"))
    if data["saved"]:
        print(tr("saved calibrated profile to {file}").format(file=data["saved"]))


def run(args: argparse.Namespace) -> int:
    """Fit, print, optionally save; returns the exit code."""
    params = tuple(p.strip() for p in args.params.split(",")) if args.params else None
    calibration = calibrate_file(
        Path(args.file), framework=args.framework, params=params, model=args.model, gpu=args.gpu
    )
    saved = None
    if args.save:
        saved = save_user_profile(calibrated_profile(calibration, name=args.save))
    data = report(calibration, saved=saved)
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        _print_text(data)
    return 0


def add_parser(subparsers: Any) -> None:
    """Register ``llm-tco calibrate``."""
    parser = subparsers.add_parser(
        "calibrate",
        help=tr("refit a framework profile to your own benchmark CSV"),
        description=tr(
            "Reads a benchmark CSV (the calibration format of ../shared/calibration or vLLM "
            "benchmark_serving-style columns: model_id, tensor_parallel_size, random_input_len, "
            "random_output_len, max_concurrency, output_throughput, mean_ttft_ms, mean_tpot_ms), "
            "refits the profile's efficiency numbers, prints fitted against measured output "
            "tokens/s per row, and with --save NAME stores the calibrated profile in the user "
            "data directory, where every evaluation picks it up (--save vllm replaces the "
            "shipped vLLM profile)."
        ),
    )
    parser.add_argument("file", help=tr("benchmark CSV (calibration or vLLM benchmark columns)"))
    parser.add_argument(
        "--framework", default="vllm", help=tr("profile to start from (default vllm)")
    )
    parser.add_argument(
        "--params",
        help=tr(
            "comma-separated parameters to fit (default: chosen by rows); any of {names}"
        ).format(names=", ".join(FITTABLE_PARAMETERS)),
    )
    parser.add_argument("--model", help=tr("model for rows without a model column"))
    parser.add_argument("--gpu", help=tr("GPU for rows without a gpu column"))
    parser.add_argument("--save", metavar="NAME", help=tr("store the calibrated profile as NAME"))
    parser.add_argument("--json", action="store_true", help=tr("print JSON (English)"))
    parser.set_defaults(run=run)
