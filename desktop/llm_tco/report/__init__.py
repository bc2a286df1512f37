"""The PDF recommendation report: content built from engine results (pure), rendered with Qt.

``export_pdf(project, result, catalogs, path, page_size="A4", language="en")`` writes the report
atomically and raises :class:`ReportError` on failure. See docs/report.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from llm_tco.engine.errors import ReportError
from llm_tco.report.content import build_content
from llm_tco.report.model import ReportContent

if TYPE_CHECKING:
    from llm_tco.report.pdf import export_pdf

__all__ = ["ReportContent", "ReportError", "build_content", "export_pdf"]


def __getattr__(name: str) -> Any:
    # export_pdf needs Qt; importing the package (for the pure content builder) must not.
    if name == "export_pdf":
        from llm_tco.report.pdf import export_pdf

        return export_pdf
    raise AttributeError(name)
