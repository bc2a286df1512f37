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

from llm_tco.engine.catalog_schema import Gpu, Model
from llm_tco.engine.errors import CatalogError, PerformanceError
from llm_tco.engine.perf import KV_PRECISIONS, WEIGHT_PRECISIONS, Estimate, estimate

E = TypeVar("E", Model, Gpu)

MAX_ENTRY_FILE_BYTES = 1_000_000


def add_parser(subparsers: Any) -> None:
    """Register ``llm-tco estimate``."""
    p = subparsers.add_parser(
        "estimate",
        help="fit, throughput and latency of one self-hosted configuration",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    p.add_argument("--model", help="model id from the catalog, or a JSON file with one entry")
    p.add_argument("--gpu", help="GPU id from the catalog, or a JSON file with one entry")
    p.add_argument("--gpus", help="GPUs in the configuration (default 1)")
    p.add_argument("--tp", help="tensor-parallel size per replica (default: --gpus)")
    p.add_argument("--precision", help=f"weights: {', '.join(WEIGHT_PRECISIONS)}")
    p.add_argument("--kv-precision", help=f"KV cache: {', '.join(KV_PRECISIONS)}")
    p.add_argument("--input-tokens", help="prompt tokens per request")
    p.add_argument("--output-tokens", help="output tokens per request")
    p.add_argument("--concurrency", help="requests in flight (offered load)")
    p.add_argument(
        "--max-throughput",
        action="store_true",
        help="as many as memory and targets allow (default)",
    )
    p.add_argument("--ttft-ms", help="time-to-first-token target, ms")
    p.add_argument("--tpot-ms", help="time-per-output-token target, ms")
    p.add_argument("--framework", default="trtllm", help="trtllm, vllm or llamacpp")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run)


def _number(value: str | None, name: str, *, lo: float, hi: float, integer: bool = False) -> float:
    if value is None:
        raise PerformanceError(f"--{name} is required")
    try:
        number = float(value)
    except ValueError:
        raise PerformanceError(f"--{name} must be a number, got {value!r}") from None
    if not (math.isfinite(number) and lo <= number <= hi):
        raise PerformanceError(f"--{name} must be between {lo:g} and {hi:g}, got {value}")
    if integer and number != int(number):
        raise PerformanceError(f"--{name} must be a whole number, got {value}")
    return number


def _optional(value: str | None, name: str, *, lo: float, hi: float) -> float | None:
    return None if value is None else _number(value, name, lo=lo, hi=hi)


def _entry(ref: str | None, kind: type[E], option: str) -> E:
    """A catalog entry by id, or read from a JSON file in the catalog's schema."""
    if not ref:
        raise PerformanceError(f"--{option} is required (a catalog id or a JSON file)")
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
            raise CatalogError(f"{path}: larger than {MAX_ENTRY_FILE_BYTES} bytes")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise CatalogError(f"{path}: cannot read as UTF-8 JSON ({exc})") from exc
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        if len(data["entries"]) != 1:
            raise CatalogError(f"{path}: expected exactly one entry, found {len(data['entries'])}")
        data = data["entries"][0]
    try:
        return kind.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "entry"
        raise CatalogError(
            f"{path}: not a valid {kind.__name__} entry: {where}: {first['msg']}"
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


def _text(data: dict[str, Any]) -> str:
    head = (
        f"{data['model']} on {data['gpus']} x {data['gpu']} (tp {data['tp']}, "
        f"{data['replicas']} replica(s)), {data['precision']} weights, "
        f"{data['kv_precision']} KV, {data['framework']}"
    )
    if not data["fits"]:
        return f"{head}\ndoes not fit: {data['reason']}"
    return "\n".join(
        [
            head,
            f"weights per GPU      {data['weights_gb_per_gpu']:.1f} GB",
            f"KV cache per replica {data['kv_cache_gb']:.1f} GB "
            f"(up to {data['max_concurrency']:.0f} sequences)",
            f"running batch        {data['batch']:.1f} sequences",
            f"output tokens/s      {data['output_tokens_per_s']:,.0f} "
            f"({data['output_tokens_per_s_per_gpu']:,.0f} per GPU)",
            f"time to first token  {data['ttft_ms']:.1f} ms",
            f"time per token       {data['tpot_ms']:.2f} ms ({data['bound']}-bound)",
            f"meets latency target {'yes' if data['meets_latency'] else 'no'}",
        ]
    )


def run(args: argparse.Namespace) -> int:
    """Estimate one configuration and print it; returns the exit code."""
    model = _entry(args.model, Model, "model")
    gpu = _entry(args.gpu, Gpu, "gpu")
    gpus = int(_number(args.gpus or "1", "gpus", lo=1, hi=1024, integer=True))
    tp = None if args.tp is None else int(_number(args.tp, "tp", lo=1, hi=1024, integer=True))
    if args.precision is None:
        raise PerformanceError("--precision is required")
    if args.max_throughput and args.concurrency is not None:
        raise PerformanceError("--concurrency and --max-throughput exclude each other")
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
    print(json.dumps(data, indent=2) if args.json else _text(data))
    return 0
