"""``llm-tco estimate``: fit, throughput and latency of one self-hosted configuration.

``--model`` and ``--gpu`` take a catalog id or the path of a JSON file holding one entry in the
catalog's schema. Without ``--concurrency`` the answer is the maximum throughput that memory and
the latency targets allow. Bad input prints one line on stderr and exits with code 2; a
configuration that does not fit is a valid answer (exit 0, ``fits`` false, ``reason`` says why).
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from llm_tco.cli.language import current_language, ljust, tr, width
from llm_tco.engine.catalog_schema import Gpu, Model
from llm_tco.engine.errors import CatalogError, PerformanceError
from llm_tco.engine.perf import KV_PRECISIONS, WEIGHT_PRECISIONS, Estimate, estimate

E = TypeVar("E", Model, Gpu)

MAX_ENTRY_FILE_BYTES = 1_000_000


def add_parser(subparsers: Any) -> None:
    """Register ``llm-tco estimate``."""
    p = subparsers.add_parser(
        "estimate",
        help=tr("fit, throughput and latency of one self-hosted configuration"),
        description=tr(
            "--model and --gpu take a catalog id or the path of a JSON file holding one entry "
            "in the catalog's schema. Without --concurrency the answer is the maximum throughput "
            "that memory and the latency targets allow. Bad input prints one line on stderr and "
            "exits with code 2; a configuration that does not fit is a valid answer (exit 0, "
            "fits false, reason says why)."
        ),
    )
    add = p.add_argument
    add("--model", help=tr("model id from the catalog, or a JSON file with one entry"))
    add("--gpu", help=tr("GPU id from the catalog, or a JSON file with one entry"))
    add("--gpus", help=tr("GPUs in the configuration (default 1)"))
    add("--tp", help=tr("tensor-parallel size per replica (default: --gpus)"))
    add("--precision", help=tr("weights: {choices}").format(choices=", ".join(WEIGHT_PRECISIONS)))
    add("--kv-precision", help=tr("KV cache: {choices}").format(choices=", ".join(KV_PRECISIONS)))
    add("--input-tokens", help=tr("prompt tokens per request"))
    add("--output-tokens", help=tr("output tokens per request"))
    add("--concurrency", help=tr("requests in flight (offered load)"))
    add(
        "--max-throughput",
        action="store_true",
        help=tr("as many as memory and targets allow (default)"),
    )
    add("--ttft-ms", help=tr("time-to-first-token target, ms"))
    add("--tpot-ms", help=tr("time-per-output-token target, ms"))
    add("--framework", default="trtllm", help=tr("trtllm, vllm or llamacpp"))
    add("--json", action="store_true", help=tr("print JSON (English)"))
    p.set_defaults(run=run)


def _number(value: str | None, name: str, *, lo: float, hi: float, integer: bool = False) -> float:
    option = f"--{name}"
    if value is None:
        raise PerformanceError(tr("{option} is required").format(option=option))
    try:
        number = float(value)
    except ValueError:
        message = tr("{option} must be a number, got {value}")
        raise PerformanceError(message.format(option=option, value=repr(value))) from None
    if not (math.isfinite(number) and lo <= number <= hi):
        message = tr("{option} must be between {lo} and {hi}, got {value}")
        raise PerformanceError(
            message.format(option=option, lo=f"{lo:g}", hi=f"{hi:g}", value=value)
        )
    if integer and number != int(number):
        message = tr("{option} must be a whole number, got {value}")
        raise PerformanceError(message.format(option=option, value=value))
    return number


def _optional(value: str | None, name: str, *, lo: float, hi: float) -> float | None:
    return None if value is None else _number(value, name, lo=lo, hi=hi)


def _entry(ref: str | None, kind: type[E], option: str) -> E:
    """A catalog entry by id, or read from a JSON file in the catalog's schema."""
    if not ref:
        message = tr("{option} is required (a catalog id or a JSON file)")
        raise PerformanceError(message.format(option=f"--{option}"))
    path = Path(ref)
    if ref.endswith(".json") or path.is_file():
        return _entry_from_file(path, kind)
    from llm_tco.engine.catalog import load_catalogs

    catalogs = load_catalogs()
    found = catalogs.model(ref) if kind is Model else catalogs.gpu(ref)
    assert isinstance(found, kind)
    return found


def _entry_from_file(path: Path, kind: type[E]) -> E:
    try:
        if path.stat().st_size > MAX_ENTRY_FILE_BYTES:
            message = tr("{file}: larger than {limit} bytes")
            raise CatalogError(message.format(file=path, limit=MAX_ENTRY_FILE_BYTES))
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        message = tr("{file}: cannot read as UTF-8 JSON ({problem})")
        raise CatalogError(message.format(file=path, problem=exc)) from exc
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        if len(data["entries"]) != 1:
            message = tr("{file}: expected exactly one entry, found {count}")
            raise CatalogError(message.format(file=path, count=len(data["entries"])))
        data = data["entries"][0]
    try:
        return kind.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "entry"
        message = tr("{file}: not a valid {kind} entry: {field}: {problem}")
        raise CatalogError(
            message.format(file=path, kind=kind.__name__, field=where, problem=first["msg"])
        ) from exc


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def as_json(result: Estimate) -> dict[str, Any]:
    """The documented JSON fields (non-finite latencies as null)."""
    return {
        "model": result.model_id,
        "gpu": result.gpu_id,
        "gpus": result.gpus,
        "tp": result.tp,
        "replicas": result.replicas,
        "precision": result.precision,
        "kv_precision": result.kv_precision,
        "framework": result.framework,
        "fits": result.fits,
        "reason": result.reason,
        "weights_gb_per_gpu": round(result.weights_gb_per_gpu, 3),
        "kv_cache_gb": round(result.kv_cache_gb, 3),
        "max_concurrency": result.max_concurrency,
        "batch": round(result.batch, 3),
        "output_tokens_per_s": round(result.output_tokens_per_s, 3),
        "output_tokens_per_s_per_gpu": round(result.output_tokens_per_s_per_gpu, 3),
        "ttft_ms": _finite(round(result.ttft_s * 1000, 3)),
        "tpot_ms": _finite(round(result.tpot_s * 1000, 3)),
        "bound": result.bound,
        "meets_latency": result.meets_latency,
    }


def _text(data: dict[str, Any], language: str = "en") -> str:
    from llm_tco.i18n import format_number

    def number(value: float, decimals: int = 0) -> str:
        return format_number(value, language=language, decimals=decimals)

    head = tr(
        "{model} on {gpus} x {gpu} (tp {tp}, {replicas} replica(s)), {precision} weights, "
        "{kv_precision} KV, {framework}"
    ).format(**data)
    if not data["fits"]:
        return "\n".join([head, tr("does not fit: {reason}").format(reason=data["reason"])])
    bound = {"memory": tr("memory-bound"), "compute": tr("compute-bound")}
    rows = [
        (tr("weights per GPU"), tr("{gb} GB").format(gb=number(data["weights_gb_per_gpu"], 1))),
        (
            tr("KV cache per replica"),
            tr("{gb} GB (up to {sequences} sequences)").format(
                gb=number(data["kv_cache_gb"], 1), sequences=number(data["max_concurrency"])
            ),
        ),
        (tr("running batch"), tr("{n} sequences").format(n=number(data["batch"], 1))),
        (
            tr("output tokens/s"),
            tr("{total} ({per_gpu} per GPU)").format(
                total=number(data["output_tokens_per_s"]),
                per_gpu=number(data["output_tokens_per_s_per_gpu"]),
            ),
        ),
        (tr("time to first token"), tr("{ms} ms").format(ms=number(data["ttft_ms"], 1))),
        (
            tr("time per token"),
            tr("{ms} ms ({bound})").format(
                ms=number(data["tpot_ms"], 2), bound=bound.get(data["bound"], data["bound"])
            ),
        ),
        (tr("meets latency target"), tr("yes") if data["meets_latency"] else tr("no")),
    ]
    columns = max(width(label) for label, _ in rows)
    return "\n".join(
        [head, *(f"{ljust(label, columns)} {value}".rstrip() for label, value in rows)]
    )


def run(args: argparse.Namespace) -> int:
    """Estimate one configuration and print it; returns the exit code."""
    model = _entry(args.model, Model, "model")
    gpu = _entry(args.gpu, Gpu, "gpu")
    gpus = int(_number(args.gpus or "1", "gpus", lo=1, hi=1024, integer=True))
    tp = None if args.tp is None else int(_number(args.tp, "tp", lo=1, hi=1024, integer=True))
    if args.precision is None:
        raise PerformanceError(tr("{option} is required").format(option="--precision"))
    if args.max_throughput and args.concurrency is not None:
        raise PerformanceError(tr("--concurrency and --max-throughput exclude each other"))
    concurrency = _optional(args.concurrency, "concurrency", lo=1e-6, hi=1e7)
    ttft = _optional(args.ttft_ms, "ttft-ms", lo=1e-3, hi=1e9)
    tpot = _optional(args.tpot_ms, "tpot-ms", lo=1e-3, hi=1e9)
    result = estimate(
        model=model,
        gpu=gpu,
        gpus=gpus,
        tp=tp,
        precision=args.precision,
        kv_precision=args.kv_precision,
        input_tokens=_number(args.input_tokens, "input-tokens", lo=0, hi=1e7),
        output_tokens=_number(args.output_tokens, "output-tokens", lo=1, hi=1e7),
        concurrency=concurrency,
        ttft_target_s=None if ttft is None else ttft / 1000,
        tpot_target_s=None if tpot is None else tpot / 1000,
        framework=args.framework,
    )
    data = as_json(result)
    language = getattr(args, "language", None) or current_language()
    print(json.dumps(data, indent=2) if args.json else _text(data, language))
    return 0
