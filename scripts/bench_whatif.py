"""Benchmark: an edit in the what-if panel updates the table and the charts (issue 5: < 100 ms).

For each example project (resources/examples/*.llmtco) the results panel is shown offscreen and the
what-if inputs are changed one at a time, as a user would: after each edit the benchmark waits for
the full analysis and then a short pause (``--think`` ms) before the next edit. Median milliseconds
per edit:

* painted   - edit -> the ranked table and the visible chart have been repainted with the new
              ranking (engine ``evaluate(analyses=False)`` in a worker thread, the GUI update, and
              the paint events of the table and the chart): what the user sees;
* p90       - the 90th percentile of ``painted`` (the slower edits: a changed legend, a new
              excluded list);
* in MC     - the same, for an edit made while the previous edit's Monte Carlo is still running
              (that run is cancelled);
* full      - edit -> break-even, tornado and Monte Carlo charts updated as well (the second
              ``evaluate(monte_carlo=True)`` run starts 150 ms after the ranking arrives);
* eng rank  - wall time of the ranking-only engine call;
* gui       - GUI-thread work for the ranking update (adapter, table, panes, visible chart);
* gui cpu   - CPU time of the GUI thread from the edit to the painted table and chart;
* cpu rank  - CPU time of the ranking path (engine thread + GUI thread), which does not depend on
              other processes competing for the CPUs: what the edit costs on an idle machine;
* 8 charts  - redrawing all eight charts into their existing widgets.

Usage: python scripts/bench_whatif.py [--edits N] [--think MS] [PROJECT.llmtco ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

EDITS = (
    ("volume_multiplier", (2.0, 0.5, 10.0, 1.0)),
    ("gpu_price_multiplier", (1.3, 0.7, 1.0)),
    ("api_price_multiplier", (1.3, 0.7, 1.0)),
    ("output_tokens_per_request", None),
    ("staff_cost_multiplier", (1.5, 1.0)),
)
COLUMNS = (
    "painted",
    "p90",
    "in MC",
    "full",
    "eng rank",
    "gui",
    "gui cpu",
    "cpu rank",
    "8 charts",
)
SETTLE_MS = 120
"""After the ranking arrives: how long to keep the event loop running to catch the repaints."""


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


def _idle(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds (repaints, a user's pause between edits)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class PaintClock(QObject):
    """Records when the watched widgets finish painting (perf_counter seconds)."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.widgets = widgets
        self.painted: dict[int, list[float]] = {id(w): [] for w in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and id(obj) in self.painted:
            # the paint itself runs after the filter: time its end with a zero timer
            stamps = self.painted[id(obj)]
            QTimer.singleShot(0, lambda: stamps.append(time.perf_counter()))
        return False

    def clear(self) -> None:
        for stamps in self.painted.values():
            stamps.clear()

    def last_paint_after(self, since: float) -> float | None:
        """The last paint of any watched widget after ``since``; None if none painted."""
        return max((t for s in self.painted.values() for t in s if t >= since), default=None)

    def all_painted_after(self, since: float) -> float | None:
        """When every watched widget had painted at least once after ``since``; None if not."""
        firsts = [
            min((t for t in stamps if t >= since), default=None) for stamps in self.painted.values()
        ]
        return None if any(t is None for t in firsts) else max(t for t in firsts if t is not None)


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

    def __call__(self, project, catalogs, *, monte_carlo, analyses=True, progress=None):
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return self._evaluate(
                project, catalogs, monte_carlo=monte_carlo, analyses=analyses, progress=progress
            )
        finally:
            if not monte_carlo:
                self.rank_ms.append(1000.0 * (time.perf_counter() - start))
                self.rank_cpu_ms.append(1000.0 * (time.thread_time() - cpu))


def _visible_chart_widgets(panel) -> list[QWidget]:
    index = panel.charts.currentIndex()
    slots = panel.charts._tab_slots[index]
    return [slot.widget.viewport() for slot in slots if slot.widget is not None]


def _timed_edit(panel, clock: PaintClock, field: str, value: float) -> tuple[float, float]:
    """Make one edit; (ms to the painted table and chart, GUI-thread CPU ms for it)."""
    clock.clear()
    start, cpu = time.perf_counter(), time.thread_time()
    panel.whatif.set_value(field, value)
    ranked = _wait(panel.viewChanged)
    if ranked is None:
        raise RuntimeError(f"edit {field}={value} gave no ranking")
    deadline = time.perf_counter() + SETTLE_MS / 1000.0
    painted = clock.all_painted_after(start)
    while painted is None and time.perf_counter() < deadline:
        _idle(2)
        painted = clock.all_painted_after(start)
    gui_cpu = 1000.0 * (time.thread_time() - cpu)
    if painted is None:  # a widget whose content did not change is not repainted
        painted = clock.last_paint_after(start) or ranked
    return 1000.0 * (painted - start), gui_cpu


def bench_project(path: Path, catalogs, *, edits: int, think_ms: int) -> dict[str, float]:
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
    _idle(think_ms)
    clock = PaintClock([panel.table.viewport(), *_visible_chart_widgets(panel)])
    rows: dict[str, list[float]] = {name: [] for name in COLUMNS}
    plan = [(f, v) for f, values in EDITS for v in _edit_values(panel, f, values)]
    for field, value in (plan * (1 + edits // len(plan)))[:edits]:
        engine.rank_ms.clear()
        engine.rank_cpu_ms.clear()
        start = time.perf_counter()
        painted, gui_cpu = _timed_edit(panel, clock, field, value)
        rank_ms, rank_cpu = sum(engine.rank_ms), sum(engine.rank_cpu_ms)
        gui_ms = panel.last_apply_ms
        # an edit while this edit's Monte Carlo runs, then back to the value
        if _wait(panel.evaluator.monteCarloStarted, 5_000) is not None:
            _idle(30)
            in_mc, _ = _timed_edit(panel, clock, field, value * 1.01)
            rows["in MC"].append(in_mc)
        full = _wait(panel.monteCarloFinished)
        if full is None:
            raise RuntimeError(f"{path.name}: edit {field}={value} gave no Monte Carlo result")
        rows["painted"].append(painted)
        rows["p90"].append(painted)
        rows["full"].append(1000.0 * (full - start))
        rows["eng rank"].append(rank_ms)
        rows["gui"].append(gui_ms)
        rows["gui cpu"].append(gui_cpu)
        rows["cpu rank"].append(gui_cpu + rank_cpu)
        for slot in panel.charts.slots.values():
            slot.dirty = True
        redraw = time.perf_counter()
        panel.charts.redraw_all()
        rows["8 charts"].append(1000.0 * (time.perf_counter() - redraw))
        _idle(think_ms)
    panel.close()
    panel.deleteLater()
    out = {name: statistics.median(v) if v else float("nan") for name, v in rows.items()}
    out["p90"] = float(np.percentile(rows["p90"], 90)) if rows["p90"] else float("nan")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="*", type=Path)
    parser.add_argument("--edits", type=int, default=15, help="edits per project (default 15)")
    parser.add_argument(
        "--think", type=int, default=300, help="pause between edits in ms (default 300)"
    )
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
    print(f"{'project':28s}" + "".join(f"{c:>9s}" for c in COLUMNS) + "  (median ms per edit)")
    worst = {"painted": 0.0, "in MC": 0.0}
    for path in projects:
        r = bench_project(path, catalogs, edits=args.edits, think_ms=args.think)
        for key in worst:
            worst[key] = max(worst[key], r[key])
        print(f"{path.stem:28s}" + "".join(f"{r[c]:9.1f}" for c in COLUMNS))
    print(
        f"worst median edit -> painted table and visible chart: {worst['painted']:.1f} ms, "
        f"{worst['in MC']:.1f} ms during a Monte Carlo run (target < 100 ms)"
    )
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
