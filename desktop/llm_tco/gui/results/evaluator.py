"""Runs the engine off the GUI thread: the ranking first, then the Monte Carlo; latest edit wins.

Each ``submit`` supersedes everything before it: queued jobs are taken back, running ones are
flagged and their results dropped, so a burst of edits costs one evaluation of the last project.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from llm_tco.gui.results.view_model import ResultsView
from llm_tco.gui.results.worker import EvaluationJob

MONTE_CARLO_DELAY_MS = 150


class Evaluator(QObject):
    """Owns the worker pool; emits results for the most recently submitted project only."""

    ranked = Signal(object, object)  # project, result (no Monte Carlo)
    uncertain = Signal(object, object)  # project, result with Monte Carlo
    failed = Signal(bool, bool, str, str)  # monte_carlo, user error, message, details
    progress = Signal(int)
    monteCarloStarted = Signal()
    monteCarloEnded = Signal()

    def __init__(self, evaluate: Callable[..., Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._evaluate = evaluate
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._generation = 0
        self._jobs: list[EvaluationJob] = []
        self._project: Any = None
        self._catalogs: Any = None
        self._mc_timer = QTimer(self)
        self._mc_timer.setSingleShot(True)
        self._mc_timer.setInterval(MONTE_CARLO_DELAY_MS)
        self._mc_timer.timeout.connect(self.start_monte_carlo)
        self.monte_carlo_enabled = True

    def submit(self, project: Any, catalogs: Any) -> None:
        """Evaluate ``project`` (ranking now, Monte Carlo shortly after); older work is dropped."""
        self._project, self._catalogs = project, catalogs
        self._drop_all()
        self._start(monte_carlo=False)

    def start_monte_carlo(self) -> None:
        """Run the Monte Carlo for the last submitted project now."""
        self._mc_timer.stop()
        if self._project is None:
            return
        self._drop(lambda job: job.monte_carlo)
        self._start(monte_carlo=True)
        self.monteCarloStarted.emit()

    def cancel_monte_carlo(self) -> bool:
        """Stop a pending or running Monte Carlo; True when there was one."""
        pending = self._mc_timer.isActive()
        self._mc_timer.stop()
        dropped = self._drop(lambda job: job.monte_carlo)
        if dropped:
            self.monteCarloEnded.emit()
        return pending or dropped

    def is_busy(self) -> bool:
        """True while a ranking job of the current generation is pending."""
        return any(not j.monte_carlo for j in self._jobs)

    def is_monte_carlo_running(self) -> bool:
        """True while a Monte Carlo job is pending or running."""
        return any(j.monte_carlo for j in self._jobs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (tests, shutdown)."""
        return self.pool.waitForDone(msecs)

    def _start(self, *, monte_carlo: bool) -> None:
        self._generation += 1
        job = EvaluationJob(
            self._evaluate, self._project, self._catalogs, self._generation, monte_carlo=monte_carlo
        )
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.progress.connect(self._on_progress)
        job.signals.cancelled.connect(self._on_cancelled)
        self._jobs.append(job)
        self.pool.start(job)

    def _drop_all(self) -> None:
        self._mc_timer.stop()
        if self._drop(lambda job: True):
            self.monteCarloEnded.emit()

    def _drop(self, which: Callable[[EvaluationJob], bool]) -> bool:
        """Cancel the jobs ``which`` selects; True when a Monte Carlo job was among them."""
        dropped = [j for j in self._jobs if which(j)]
        for job in dropped:
            job.cancel()
            if not job.started:  # a started job may be deleted already: Qt owns it (autoDelete)
                self.pool.tryTake(job)
            self._jobs.remove(job)
        return any(j.monte_carlo for j in dropped)

    def _take(self, generation: int) -> EvaluationJob | None:
        job = next((j for j in self._jobs if j.generation == generation), None)
        if job is not None:
            self._jobs.remove(job)
        return job

    def _on_finished(self, generation: int, result: Any) -> None:
        job = self._take(generation)
        if job is None or job.is_cancelled:
            return
        if job.monte_carlo:
            self.monteCarloEnded.emit()
            self.uncertain.emit(self._project, result)
            return
        self.ranked.emit(self._project, result)
        if self.monte_carlo_enabled:
            self._mc_timer.start()

    def _on_failed(self, generation: int, user_error: bool, message: str, details: str) -> None:
        job = self._take(generation)
        if job is None or job.is_cancelled:
            return
        if job.monte_carlo:
            self.monteCarloEnded.emit()
        self.failed.emit(job.monte_carlo, user_error, message, details)

    def _on_progress(self, generation: int, percent: int) -> None:
        job = next((j for j in self._jobs if j.generation == generation), None)
        if job is not None and job.monte_carlo:
            self.progress.emit(percent)

    def _on_cancelled(self, generation: int) -> None:
        self._take(generation)


def default_evaluate(
    project: Any,
    catalogs: Any,
    *,
    monte_carlo: bool,
    analyses: bool = True,
    progress: Callable[[float], None] | None = None,
) -> Any:
    """The engine's ``evaluate`` (imported late so the results view loads without the engine).

    ``progress`` gets the share of the analyses done; the worker's raises to cancel the run.
    """
    from llm_tco.engine.evaluate import evaluate

    return evaluate(
        project, catalogs, monte_carlo=monte_carlo, analyses=analyses, progress=progress
    )


def keep_analyses(view: ResultsView, old: ResultsView | None) -> ResultsView:
    """Until the full analysis of a new ranking arrives, keep showing the previous one."""
    if old is None or view.volume_curves is not None or view.tornado is not None:
        return view
    return dataclasses.replace(
        view,
        volume_curves=old.volume_curves,
        tornado=old.tornado,
        monte_carlo=view.monte_carlo or old.monte_carlo,
        labels={**old.labels, **view.labels},
    )
