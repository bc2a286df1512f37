"""``llm-tco bench``: how long the engine takes on the shipped catalogs and example projects.

For each example project: the candidate count; the first evaluation (cold: enumerates candidates
and runs the performance model); a ranking as after a what-if edit (warm: median wall time, best
wall time and median CPU time of this process, since other processes only add wall time); a full
evaluation with break-even, tornado and weight flips; the break-even + tornado pass alone; and a
10,000-sample Monte Carlo.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from llm_tco.cli.language import tr

TARGET_RANK_MS = 50.0
TARGET_MC_MS = 300.0


def add_parser(subparsers: Any) -> None:
    """Register ``llm-tco bench``."""
    p = subparsers.add_parser(
        "bench",
        help=tr("time the engine on the example projects"),
        description=tr(
            "For each example project: the candidate count; the first evaluation (cold: "
            "enumerates candidates and runs the performance model); a ranking as after a what-if "
            "edit (warm: median wall time, best wall time and median CPU time of this process, "
            "since other processes only add wall time); a full evaluation with break-even, "
            "tornado and weight flips; the break-even + tornado pass alone; and a 10,000-sample "
            "Monte Carlo."
        ),
    )
    p.add_argument("--repeat", type=int, default=7, help=tr("runs per measurement (default 7)"))
    p.add_argument("projects", nargs="*", help=tr("project files (default: the shipped examples)"))
    p.set_defaults(run=run)


def _times_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """(median wall, best wall, median CPU) in milliseconds."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000.0)
        cpu.append((time.process_time() - start_cpu) * 1000.0)
    return statistics.median(wall), min(wall), statistics.median(cpu)


def _bench_one(path: Path, catalogs: Any, repeat: int) -> dict[str, float]:
    from llm_tco.engine.analyses import leaders
    from llm_tco.engine.breakeven import break_even, volume_curve
    from llm_tco.engine.evaluate import evaluate, scored
    from llm_tco.engine.montecarlo import monte_carlo
    from llm_tco.engine.recommend import distinct
    from llm_tco.engine.sensitivity import tornado
    from llm_tco.project import load as load_project_file

    project = load_project_file(path)
    start = time.perf_counter()
    result = evaluate(project, catalogs, analyses=False)
    m = {
        "candidates": float(result.candidates_evaluated),
        "cold": (time.perf_counter() - start) * 1000.0,
    }
    m["rank"], m["best"], m["cpu"] = _times_ms(
        lambda: evaluate(project, catalogs, analyses=False), repeat
    )
    m["full"] = _times_ms(lambda: evaluate(project, catalogs, monte_carlo=False), repeat)[0]
    m["be_tornado"] = m["mc"] = float("nan")
    ranking = result.ranking
    if ranking.size:
        s = scored(project, catalogs)
        lead = leaders(s, ranking)

        def be_tornado() -> None:
            break_even(s, lead, volume_curve(s, lead))
            tornado(s, int(ranking[0]))

        rows = distinct(ranking, s, limit=12)
        m["be_tornado"] = _times_ms(be_tornado, repeat)[0]
        m["mc"] = _times_ms(lambda: monte_carlo(s, rows, samples=10_000, seed=1), repeat)[0]
    return m


def run(args: argparse.Namespace) -> int:
    """Print one line per project with counts and milliseconds."""
    from llm_tco import paths
    from llm_tco.engine.catalog import load_catalogs

    catalogs = load_catalogs(use_user_overrides=False)
    files = [Path(p) for p in args.projects] or sorted(paths.examples_dir().glob("*.llmtco"))
    repeat = max(1, int(args.repeat))
    print(
        f"{'project':<28} {'candidates':>10} {'cold':>6} {'rank':>6} {'best':>6} {'cpu':>6} "
        f"{'full':>6} {'BE+torn':>7} {'MC 10k':>7}   (ms)"
    )
    for path in files:
        m = _bench_one(path, catalogs, repeat)
        print(
            f"{path.stem[:28]:<28} {m['candidates']:>10,.0f} {m['cold']:>6.0f} {m['rank']:>6.1f} "
            f"{m['best']:>6.1f} {m['cpu']:>6.1f} {m['full']:>6.0f} {m['be_tornado']:>7.0f} "
            f"{m['mc']:>7.0f}"
        )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    legend = tr(
        "rank: warm ranking, median wall; best: fastest wall; cpu: median CPU of this process. "
        "Medians of {repeat} runs; load average {load} on {cpus} CPUs."
    )
    print(legend.format(repeat=repeat, load=f"{load:.1f}", cpus=os.cpu_count()))
    targets = tr("targets: ranking >= 5,000 candidates < {rank_ms} ms; Monte Carlo < {mc_ms} ms")
    print(targets.format(rank_ms=f"{TARGET_RANK_MS:.0f}", mc_ms=f"{TARGET_MC_MS:.0f}"))
    return 0
