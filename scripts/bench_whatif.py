"""Benchmark: an edit in the what-if panel updates the table and the charts (issue 5: < 100 ms).

For each example project (resources/examples/*.llmtco) the results panel is shown offscreen and the
what-if inputs are changed one at a time, as a user would; after each edit the benchmark waits for
the full analysis before the next one. Median milliseconds per edit:

* table     - edit -> ranked table, detail pane and visible chart show the new ranking
              (engine ``evaluate(analyses=False)`` in a worker thread, then the GUI update);
* full      - edit -> break-even, tornado and Monte Carlo charts updated as well (the second
              ``evaluate(monte_carlo=True)`` run starts 150 ms after the ranking arrives);
* eng rank  - wall time of the ranking-only engine call;
* gui       - GUI-thread work for the ranking update (adapter, table, panes, visible chart);
* gui cpu   - CPU time of the GUI thread from the edit to the new table and visible chart
              (what-if handling, adapter, table, panes, chart; does not depend on the load);
* 8 charts  - redrawing all eight charts into their existing widgets;
* cpu rank  - CPU time of the ranking path (engine thread + GUI thread), which does not depend on
              other processes competing for the CPUs: what the edit costs on an idle machine.

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
COLUMNS = ("table", "full", "eng rank", "gui", "gui cpu", "8 charts", "cpu rank")


def _wait(signal, timeout_ms: int = 60_000) -> float | None:
    """Block until ``signal`` fires; the perf_counter time it fired, or None on timeout."""
    loop = QEventLoop()
    fired: list[float] = []

    def on_signal(*_args: object) -> None:
        fired.append(time.perf_counter())
        loop.quit()

    signal.connect(on_signal)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(on_signal)
    return fired[0] if fired else None


def _edit_values(panel, field: str, values) -> list[float]:
    if values is not None:
        return list(values)
    current = panel.whatif.spins[field].value()
    return [current * 2, current]


class TimedEngine:
    """The engine's evaluate(), recording wall and CPU milliseconds of the ranking-only calls."""

    def __init__(self) -> None:
        from llm_tco.engine.evaluate import evaluate

        self._evaluate = evaluate
        self.rank_ms: list[float] = []
        self.rank_cpu_ms: list[float] = []

    def __call__(self, project, catalogs, *, monte_carlo, analyses=True):
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return self._evaluate(project, catalogs, monte_carlo=monte_carlo, analyses=analyses)
        finally:
            if not monte_carlo:
                self.rank_ms.append(1000.0 * (time.perf_counter() - start))
                self.rank_cpu_ms.append(1000.0 * (time.thread_time() - cpu))


def bench_project(path: Path, catalogs, *, edits: int) -> dict[str, float]:
    """Median milliseconds per what-if edit for one project file."""
    from llm_tco.gui.results import ResultsPanel
    from llm_tco.project import load

    engine = TimedEngine()
    panel = ResultsPanel(evaluate=engine)
    panel.resize(1500, 950)
    panel.show()
    panel.set_project(load(path), catalogs)
    if _wait(panel.monteCarloFinished) is None:
        raise RuntimeError(f"{path.name}: no result within 60 s ({panel.status.text()})")
    rows: dict[str, list[float]] = {name: [] for name in COLUMNS}
    plan = [(f, v) for f, values in EDITS for v in _edit_values(panel, f, values)]
    for field, value in (plan * (1 + edits // len(plan)))[:edits]:
        engine.rank_ms.clear()
        engine.rank_cpu_ms.clear()
        start, cpu = time.perf_counter(), time.thread_time()
        panel.whatif.set_value(field, value)
        ranked = _wait(panel.viewChanged)
        gui_cpu = 1000.0 * (time.thread_time() - cpu)
        full = _wait(panel.monteCarloFinished)
        if ranked is None or full is None:
            raise RuntimeError(f"{path.name}: edit {field}={value} gave no result")
        rows["table"].append(1000.0 * (ranked - start))
        rows["full"].append(1000.0 * (full - start))
        rows["eng rank"].append(sum(engine.rank_ms))
        rows["gui"].append(panel.last_apply_ms)
        rows["gui cpu"].append(gui_cpu)
        rows["cpu rank"].append(gui_cpu + sum(engine.rank_cpu_ms))
        for slot in panel.charts.slots.values():
            slot.dirty = True
        redraw = time.perf_counter()
        panel.charts.redraw_all()
        rows["8 charts"].append(1000.0 * (time.perf_counter() - redraw))
    panel.close()
    panel.deleteLater()
    return {name: statistics.median(values) for name, values in rows.items()}


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
    print(f"load average {load:.1f} on {os.cpu_count()} CPUs (wall times include waiting for CPU)")
    print(f"{'project':30s}" + "".join(f"{c:>10s}" for c in COLUMNS) + "  (median ms per edit)")
    worst = 0.0
    for path in projects:
        r = bench_project(path, catalogs, edits=args.edits)
        worst = max(worst, r["table"])
        print(f"{path.stem:30s}" + "".join(f"{r[c]:10.1f}" for c in COLUMNS))
    print(f"worst median edit -> table and visible chart: {worst:.1f} ms (target < 100 ms)")
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
