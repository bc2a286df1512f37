"""Runs evaluations (the ranking, and the Monte Carlo) off the GUI thread, with cancel."""

from __future__ import annotations

import inspect
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from llm_tco.engine.errors import TcoError
from llm_tco.gui.i18n_qt import error_text

log = logging.getLogger(__name__)

EvaluateFn = Callable[..., Any]


class Cancelled(Exception):
    """Raised inside the worker's progress callback to stop a cancelled run."""


class WorkerSignals(QObject):
    """Signals of one run; emitted from the worker thread, delivered queued in the GUI thread."""

    progress = Signal(int, int)  # generation, percent 0-100
    finished = Signal(int, object)  # generation, result
    failed = Signal(int, bool, str, str)  # generation, user error (TcoError), message, details
    cancelled = Signal(int)  # generation


def _accepts(fn: EvaluateFn, name: str) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


class EvaluationJob(QRunnable):
    """One ``evaluate(project, catalogs, monte_carlo=...)`` call; result or error via signals."""

    def __init__(
        self,
        evaluate: EvaluateFn,
        project: object,
        catalogs: object,
        generation: int,
        *,
        monte_carlo: bool,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.signals = WorkerSignals()
        self._evaluate = evaluate
        self._project = project
        self._catalogs = catalogs
        self.generation = generation
        self.monte_carlo = monte_carlo
        self._cancel = threading.Event()
        self._started = threading.Event()
        self._last_percent = -1

    @property
    def started(self) -> bool:
        """True once a pool thread has begun ``run`` (Qt deletes the job when run returns)."""
        return self._started.is_set()

    def cancel(self) -> None:
        """Ask the run to stop; a result that still arrives is not delivered."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        """True once ``cancel`` was called."""
        return self._cancel.is_set()

    def _progress(self, done: float, total: float = 1.0) -> None:
        if self._cancel.is_set():
            raise Cancelled
        share = done / total if total else 0.0
        percent = int(max(0.0, min(1.0, share)) * 100)
        if percent != self._last_percent:  # the engine reports often; the bar needs each step once
            self._last_percent = percent
            self.signals.progress.emit(self.generation, percent)

    def run(self) -> None:
        """Evaluate (worker thread)."""
        self._started.set()
        gen = self.generation
        kwargs: dict[str, Any] = {"monte_carlo": self.monte_carlo}
        if not self.monte_carlo and _accepts(self._evaluate, "analyses"):
            kwargs["analyses"] = False  # the ranking alone: break-even and tornado come with MC
        if _accepts(self._evaluate, "progress"):
            kwargs["progress"] = self._progress
        if _accepts(self._evaluate, "cancelled"):
            kwargs["cancelled"] = self._cancel.is_set
        try:
            self.signals.progress.emit(gen, 0)
            result = self._evaluate(self._project, self._catalogs, **kwargs)
        except Cancelled:
            self.signals.cancelled.emit(gen)
            return
        except Exception as exc:
            details = traceback.format_exc()
            log.error("evaluation failed: %s\n%s", exc, details)
            user_error = isinstance(exc, TcoError)
            text = error_text(exc) if user_error else str(exc)  # which file/field, translated
            self.signals.failed.emit(gen, user_error, text or type(exc).__name__, details)
            return
        if self._cancel.is_set():
            self.signals.cancelled.emit(gen)
            return
        self.signals.progress.emit(gen, 100)
        self.signals.finished.emit(gen, result)
