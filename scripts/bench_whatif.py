"""Benchmark: an edit in the what-if panel updates the table and the charts (issue 5: < 100 ms).

For each example project (resources/examples/*.llmtco) the results panel is shown offscreen and the
what-if inputs are changed one at a time, as a user would. For every edit it measures, in
milliseconds:

* total   - from the edit to the table and the visible chart showing the new result (the engine's
            evaluation runs in a worker thread; Monte Carlo is switched off while measuring);
* engine  - the engine's ``evaluate(..., monte_carlo=False)`` call inside that time;
* gui     - adapter + table + detail + excluded + visible chart redraw (GUI thread);
* charts  - redrawing all eight charts into their existing widgets;
* cpu     - CPU time of the edit (GUI thread + engine thread): what the edit costs on an idle
            machine, independent of other processes competing for the CPUs;
* gui cpu - the GUI thread's share of it.

Usage: python scripts/bench_whatif.py [--edits N] [PROJECT.llmtco ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

EDITS = (
    ("volume_multiplier", (2.0, 0.5, 10.0, 1.0)),
    ("gpu_price_multiplier", (1.3, 0.7, 1.0)),
    ("api_price_multiplier", (1.3, 0.7, 1.0)),
    ("output_tokens_per_request", None),
    ("staff_cost_multiplier", (1.5, 1.0)),
)


def _wait(signal, timeout_ms: int = 60_000) -> bool:
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *_: (fired.append(1), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def _edit_values(panel, field: str, values) -> list[float]:
    if values is not None:
        return list(values)
    current = panel.whatif.spins[field].value()
    return [current * 2, current]


def bench_project(path: Path, catalogs, *, edits: int) -> dict[str, float]:
    """Median milliseconds per what-if edit for one project file."""
    from llm_tco.engine.evaluate import evaluate
    from llm_tco.gui.results import ResultsPanel
    from llm_tco.project import load

    engine_ms: list[float] = []
    engine_cpu_ms: list[float] = []

    def timed(project, cats, *, monte_carlo):
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return evaluate(project, cats, monte_carlo=monte_carlo)
        finally:
            engine_ms.append(1000.0 * (time.perf_counter() - start))
            engine_cpu_ms.append(1000.0 * (time.thread_time() - cpu))

    project = load(path)
    panel = ResultsPanel(evaluate=timed)
    panel.evaluator.monte_carlo_enabled = False
    panel.resize(1500, 950)
    panel.show()
    panel.set_project(project, catalogs)
    if not _wait(panel.viewChanged):
        raise RuntimeError(f"{path.name}: no result within 60 s ({panel.status.text()})")
    totals, gui, gui_cpu, chart_all, cpu_total = [], [], [], [], []
    plan = [(f, v) for f, values in EDITS for v in _edit_values(panel, f, values)]
    for field, value in (plan * (1 + edits // len(plan)))[:edits]:
        engine_ms.clear()
        engine_cpu_ms.clear()
        cpu = time.thread_time()
        panel.whatif.set_value(field, value)
        if not _wait(panel.viewChanged):
            raise RuntimeError(f"{path.name}: edit {field}={value} gave no result")
        gui_cpu_ms = 1000.0 * (time.thread_time() - cpu)
        totals.append(panel.last_update_ms)
        gui.append(panel.last_apply_ms)
        gui_cpu.append(gui_cpu_ms)
        cpu_total.append(gui_cpu_ms + sum(engine_cpu_ms))
        for slot in panel.charts.slots.values():
            slot.dirty = True
        start = time.perf_counter()
        panel.charts.redraw_all()
        chart_all.append(1000.0 * (time.perf_counter() - start))
    engine = engine_ms or [float("nan")]
    panel.close()
    panel.deleteLater()
    return {
        "total": statistics.median(totals),
        "engine": statistics.median(engine),
        "gui": statistics.median(gui),
        "charts": statistics.median(chart_all),
        "gui_cpu": statistics.median(gui_cpu),
        "cpu": statistics.median(cpu_total),
        "candidates": float(len(panel.view().candidates)) if panel.view() else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="*", type=Path)
    parser.add_argument("--edits", type=int, default=15, help="edits per project (default 15)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    from llm_tco import paths
    from llm_tco.engine.catalog import load_catalogs

    projects = args.projects or sorted(paths.examples_dir().glob("*.llmtco"))
    if not projects:
        print("no example projects found", file=sys.stderr)
        return 2
    catalogs = load_catalogs(use_user_overrides=False)
    load = os.getloadavg()[0]
    print(f"load average: {load:.1f} on {os.cpu_count()} CPUs (wall times include waiting)")
    head = ("project", "total", "engine", "gui", "8 charts", "cpu", "gui cpu")
    print(f"{head[0]:30s}" + "".join(f"{h:>9s}" for h in head[1:]) + "  (median ms per edit)")
    worst = 0.0
    for path in projects:
        r = bench_project(path, catalogs, edits=args.edits)
        worst = max(worst, r["total"])
        cols = (r["total"], r["engine"], r["gui"], r["charts"], r["cpu"], r["gui_cpu"])
        print(f"{path.stem:30s}" + "".join(f"{v:9.1f}" for v in cols))
    print(f"worst median edit-to-screen: {worst:.1f} ms (target < 100 ms)")
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
