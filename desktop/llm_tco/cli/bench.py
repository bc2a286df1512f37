"""``llm-tco bench``: how long the engine takes on the shipped catalogs and example projects.

For each example project: the candidate count, the median time of a ranking (cold: first call,
which enumerates and runs the performance model; warm: a what-if edit that reuses them), of a full
evaluation with break-even, tornado and weight flips, of the break-even + tornado pass alone, and
of a 10,000-sample Monte Carlo.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_RANK_MS = 50.0
TARGET_MC_MS = 300.0


def add_parser(subparsers: Any) -> None:
    """Register ``llm-tco bench``."""
    p = subparsers.add_parser(
        "bench",
        help="time the engine on the example projects",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    p.add_argument("--repeat", type=int, default=7, help="runs per measurement (default 7)")
    p.add_argument("projects", nargs="*", help="project files (default: the shipped examples)")
    p.set_defaults(run=run)


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def _bench_one(path: Path, catalogs: Any, repeat: int) -> dict[str, float]:
    from llm_tco.engine.analyses import leaders
    from llm_tco.engine.breakeven import break_even, volume_curve
    from llm_tco.engine.evaluate import evaluate, scored
    from llm_tco.engine.montecarlo import monte_carlo
    from llm_tco.engine.project_io_min import load_project_file
    from llm_tco.engine.recommend import distinct
    from llm_tco.engine.sensitivity import tornado

    project = load_project_file(path)
    start = time.perf_counter()
    result = evaluate(project, catalogs, analyses=False)
    cold = (time.perf_counter() - start) * 1000.0
    rank = _median_ms(lambda: evaluate(project, catalogs, analyses=False), repeat)
    full = _median_ms(lambda: evaluate(project, catalogs, monte_carlo=False), repeat)
    s = scored(project, catalogs)
    ranking = result.ranking
    if ranking.size == 0:
        return {
            "candidates": float(result.candidates_evaluated),
            "cold": cold,
            "rank": rank,
            "full": full,
            "be_tornado": float("nan"),
            "mc": float("nan"),
        }
    lead = leaders(s, ranking)

    def be_tornado() -> None:
        break_even(s, lead, volume_curve(s, lead))
        tornado(s, int(ranking[0]))

    rows = distinct(ranking, s, limit=12)
    mc = _median_ms(lambda: monte_carlo(s, rows, samples=10_000, seed=1), repeat)
    return {
        "candidates": float(result.candidates_evaluated),
        "cold": cold,
        "rank": rank,
        "full": full,
        "be_tornado": _median_ms(be_tornado, repeat),
        "mc": mc,
    }


def run(args: argparse.Namespace) -> int:
    """Print one line per project with counts and median milliseconds."""
    from llm_tco import paths
    from llm_tco.engine.catalog import load_catalogs

    catalogs = load_catalogs(use_user_overrides=False)
    files = [Path(p) for p in args.projects] or sorted(paths.examples_dir().glob("*.llmtco"))
    repeat = max(1, int(args.repeat))
    print(
        f"{'project':<32} {'candidates':>10} {'cold ms':>8} {'rank ms':>8} {'full ms':>8} "
        f"{'BE+tornado':>10} {'MC 10k ms':>9}"
    )
    for path in files:
        m = _bench_one(path, catalogs, repeat)
        print(
            f"{path.stem[:32]:<32} {m['candidates']:>10,.0f} {m['cold']:>8.0f} {m['rank']:>8.1f} "
            f"{m['full']:>8.0f} {m['be_tornado']:>10.0f} {m['mc']:>9.0f}"
        )
    print(
        f"targets: ranking >= 5,000 candidates < {TARGET_RANK_MS:.0f} ms (warm), "
        f"Monte Carlo < {TARGET_MC_MS:.0f} ms; medians of {repeat} runs"
    )
    return 0
