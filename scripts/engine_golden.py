"""Golden results of the engine for the example projects and a set of what-if edits.

Records (``record OUT.pickle``) or checks (``check OUT.pickle``) every array of the ranking result
(costs, utilisation, capacity, reasons, criteria, scores, rankings), the recommendations, the
closest excluded options, per-row monthly breakdowns and, for some edits, the full analyses
(break-even, tornado, weight flips, Monte Carlo). ``check`` evaluates the edits in a shuffled order
(so a memo that leaks one edit into the next shows up) and compares with rtol 1e-12, NaN = NaN.

Usage: python scripts/engine_golden.py record|check FILE [--rtol 1e-12] [--seed 1]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import pickle
import random
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from llm_tco.engine.catalog import load_catalogs
from llm_tco.engine.evaluate import evaluate
from llm_tco.engine.project_model import Project
from llm_tco.project import load

TODAY = dt.date(2026, 11, 30)
ARRAYS = (
    "monthly_cost_usd",
    "total_cost_usd",
    "capex_usd",
    "breakdown_usd",
    "cost_per_million_tokens_usd",
    "utilisation",
    "replicas_peak",
    "gpus_peak",
    "tpot_s",
    "ttft_s",
    "quality",
    "feasible",
    "reason_bits",
    "criteria",
    "score",
    "ranking",
    "cost_ranking",
)
Edit = Callable[[Project], Project]


def _set(section: str, **values: object) -> Edit:
    def edit(p: Project) -> Project:
        sec = getattr(p, section).model_copy(update=values)
        return p.model_copy(update={section: sec})

    return edit


def _scale(section: str, field: str, factor: float) -> Edit:
    def edit(p: Project) -> Project:
        sec = getattr(p, section)
        return _set(section, **{field: getattr(sec, field) * factor})(p)

    return edit


EDITS: dict[str, Edit] = {
    "base": lambda p: p,
    "volume x2": _set("assumptions", volume_multiplier=2.0),
    "volume x0.5": _set("assumptions", volume_multiplier=0.5),
    "volume x10": _set("assumptions", volume_multiplier=10.0),
    "volume x0.001": _set("assumptions", volume_multiplier=0.001),
    "volume x300": _set("assumptions", volume_multiplier=300.0),
    "gpu x1.3": _set("assumptions", gpu_price_multiplier=1.3),
    "gpu x0.7": _set("assumptions", gpu_price_multiplier=0.7),
    "api x1.3": _set("assumptions", api_price_multiplier=1.3),
    "api x0.7": _set("assumptions", api_price_multiplier=0.7),
    "staff x1.5": _set("assumptions", staff_cost_multiplier=1.5),
    "staff x0": _set("assumptions", staff_cost_multiplier=0.0),
    "efficiency x1.3": _set("assumptions", efficiency_multiplier=1.3),
    "requests x3": _scale("workload", "requests_per_day", 3.0),
    "growth 5%": _set("workload", growth_per_month=0.05),
    "growth -10%": _set("workload", growth_per_month=-0.1),
    "growth 0": _set("workload", growth_per_month=0.0),
    "cache 0.5": _set("workload", cached_prompt_share=0.5),
    "cache 0": _set("workload", cached_prompt_share=0.0),
    "peak 3": _set("workload", peak_to_average=3.0),
    "output tokens x2": _scale("workload", "output_tokens_per_request", 2.0),
    "input tokens x0.5": _scale("workload", "input_tokens_per_request", 0.5),
}
FULL = ("base", "volume x10", "gpu x0.7", "growth 5%")  # edits also checked with every analysis


def plain(value: object) -> object:
    """Dataclasses, mappings, tuples and arrays as plain picklable values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return np.array(value)
    if isinstance(value, np.generic):
        return value.item()
    return value


def snapshot(project: Project, catalogs: object, *, full: bool) -> dict[str, object]:
    """Everything the ranking (and, when full, the analyses) returns, as plain values."""
    r = evaluate(project, catalogs, analyses=full, monte_carlo=full, today=TODAY)  # type: ignore[arg-type]
    out: dict[str, object] = {name: np.array(getattr(r, name)) for name in ARRAYS}
    out["recommendations"] = plain(r.recommendations)
    out["cost_only"] = plain(r.cost_only)
    out["excluded_closest"] = plain(r.excluded_closest)
    out["excluded_reason_counts"] = plain(r.excluded_reason_counts)
    out["warnings"] = list(r.warnings)
    picks = [int(i) for i in r.ranking[:3]] + [int(i) for i in np.flatnonzero(~r.feasible)[:3]]
    out["breakdowns"] = {i: plain(r.monthly_breakdown(i)) for i in picks}
    out["reasons"] = {i: list(r.reasons(i)) for i in picks}
    if full:
        for name in ("break_even", "volume_curve", "sensitivity", "uncertainty", "weight_flips"):
            out[name] = plain(getattr(r, name))
    return out


def compare(a: object, b: object, where: str, rtol: float) -> list[str]:
    """Differences between two plain values (arrays within rtol, NaN equal to NaN)."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        a_, b_ = np.asarray(a), np.asarray(b)
        if a_.shape != b_.shape or a_.dtype.kind != b_.dtype.kind:
            return [f"{where}: shape/dtype {a_.shape} {a_.dtype} vs {b_.shape} {b_.dtype}"]
        if a_.dtype.kind == "f":
            ok = np.isclose(a_, b_, rtol=rtol, atol=0.0, equal_nan=True)
        else:
            ok = a_ == b_
        bad = np.flatnonzero(~np.asarray(ok).ravel())
        return [f"{where}: {bad.size} differ, first at {bad[:5]}"] if bad.size else []
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return [f"{where}: keys {sorted(a)} vs {sorted(b)}"]
        return [d for k in a for d in compare(a[k], b[k], f"{where}.{k}", rtol)]
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{where}: length {len(a)} vs {len(b)}"]
        pairs = enumerate(zip(a, b, strict=True))
        return [d for i, (x, y) in pairs for d in compare(x, y, f"{where}[{i}]", rtol)]
    if isinstance(a, float) and isinstance(b, float):
        same = (np.isnan(a) and np.isnan(b)) or np.isclose(a, b, rtol=rtol, atol=0.0)
        return [] if same else [f"{where}: {a!r} vs {b!r}"]
    return [] if a == b else [f"{where}: {a!r} vs {b!r}"]


def run(order: list[tuple[str, str]], catalogs: object) -> dict[tuple[str, str], object]:
    """Snapshots of (example, edit) pairs evaluated in the given order."""
    examples = Path(__file__).resolve().parents[1] / "resources" / "examples"
    projects = {p.stem: load(p) for p in sorted(examples.glob("*.llmtco"))}
    out: dict[tuple[str, str], object] = {}
    for example, edit in order:
        project = EDITS[edit](projects[example])
        out[(example, edit)] = snapshot(project, catalogs, full=edit in FULL)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("record", "check"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--rtol", type=float, default=1e-12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    catalogs = load_catalogs(use_user_overrides=False)
    examples = Path(__file__).resolve().parents[1] / "resources" / "examples"
    names = [p.stem for p in sorted(examples.glob("*.llmtco"))]
    order = [(e, k) for e in names for k in EDITS]
    if args.mode == "record":
        args.file.write_bytes(pickle.dumps(run(order, catalogs)))
        print(f"recorded {len(order)} evaluations in {args.file}")
        return 0
    random.Random(args.seed).shuffle(order)
    golden = pickle.loads(args.file.read_bytes())
    now = run(order, catalogs)
    diffs = [d for key in order for d in compare(golden[key], now[key], str(key), args.rtol)]
    for d in diffs[:40]:
        print(d)
    print(f"{len(order)} evaluations, {len(diffs)} differences (rtol {args.rtol})")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
