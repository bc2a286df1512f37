"""The report's content as plain, immutable data: what to say, in which order (no Qt here).

:mod:`llm_tco.report.content` builds a :class:`ReportContent` from a project, an evaluation result
and the catalogs; :mod:`llm_tco.report.html` lays it out; :mod:`llm_tco.report.pdf` prints it.
Every string in here is already translated and every number already formatted.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of plain text (``emphasis`` prints it bold)."""

    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class Bullets:
    """A bulleted list of plain-text items."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class KeyValues:
    """A two-column list of labelled facts (question and answer, assumption and value)."""

    rows: tuple[tuple[str, str], ...]
    caption: str = ""


@dataclass(frozen=True)
class Table:
    """A table of text cells; ``align`` holds 'l' or 'r' per column; the first row repeats."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[str, ...] = ()
    caption: str = ""
    highlight_first: bool = False
    widths: tuple[int, ...] = ()  # relative column widths in percent (empty: automatic)
    title: str = ""  # a small heading above the table

    def alignment(self, column: int) -> str:
        """'l' or 'r' for ``column``."""
        return self.align[column] if column < len(self.align) else "l"


@dataclass(frozen=True)
class ChartSpec:
    """A chart drawn by the GUI's chart builder ``key`` (see llm_tco.report.charts)."""

    key: str
    title: str
    caption: str


Block = Paragraph | Bullets | KeyValues | Table | ChartSpec


@dataclass(frozen=True)
class Section:
    """A numbered section: a heading and its blocks; ``new_page`` starts it on a fresh page."""

    key: str
    title: str
    blocks: tuple[Block, ...]
    new_page: bool = False


@dataclass(frozen=True)
class ReportContent:
    """Everything the report says, translated and formatted, ready for layout."""

    language: str
    title: str  # document title (PDF metadata and title page)
    project_name: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]  # title page: label, value
    headline: str  # the recommendation in one sentence
    sections: tuple[Section, ...]
    header_text: str  # printed at the top of every page
    footer_text: str  # printed at the bottom of every page, before the page number
    page_label: str  # 'Page {page} of {pages}', translated
    missing_chart_text: str = "This chart could not be drawn."
    recommended_label: str = ""
    recommended_monthly: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    def charts(self) -> tuple[ChartSpec, ...]:
        """Every chart the report shows, in order."""
        return tuple(b for s in self.sections for b in s.blocks if isinstance(b, ChartSpec))
