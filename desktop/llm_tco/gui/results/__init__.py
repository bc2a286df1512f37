"""Results view: ranked table, excluded candidates, detail pane, charts and the live what-if panel.

``ResultsPanel`` is imported lazily so that the Qt-free view model and adapter can be used (by the
charts and the report) without building any widget.
"""

from __future__ import annotations

from typing import Any

from llm_tco.gui.results.qt_workarounds import immortalise_singletons

immortalise_singletons()

__all__ = ["ResultsPanel"]


def __getattr__(name: str) -> Any:
    if name == "ResultsPanel":
        from llm_tco.gui.results.panel import ResultsPanel

        return ResultsPanel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
