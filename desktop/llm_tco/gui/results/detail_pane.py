"""Detail of one recommendation: breakdown, assumptions, sources, why, what would change it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from llm_tco.gui.results.formatting import money, percent, route_label
from llm_tco.gui.results.view_model import Candidate, ResultsView


class DetailPane(QWidget):
    """Rich-text detail of the selected candidate; source URLs are clickable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Recommendation details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._html = ""
        self.show_candidate(None, None)

    def show_candidate(self, view: ResultsView | None, key: str | None) -> None:
        """Show the candidate ``key`` of ``view`` (None: a hint to select one)."""
        cand = view.candidate(key) if view is not None and key is not None else None
        if view is None or cand is None:
            html = f"<p><i>{escape(self.tr('Select a recommendation to see its details.'))}</i></p>"
        else:
            html = self.render_html(view, cand)
        if html != self._html:
            self._html = html
            self.browser.setHtml(html)

    def html(self) -> str:
        """The HTML currently shown (for tests and copy)."""
        return self._html

    def render_html(self, view: ResultsView, cand: Candidate) -> str:
        """HTML of one candidate's detail."""
        parts = [
            f"<h3>#{cand.rank} {escape(cand.label)}</h3>",
            f"<p>{escape(route_label(cand.route))} · "
            + escape(
                self.tr("{monthly} per month, {total} over {months} months").format(
                    monthly=money(view.to_display(cand.monthly_usd), view.currency),
                    total=money(view.to_display(cand.total_usd), view.currency),
                    months=view.horizon_months,
                )
            )
            + "</p>",
            self._breakdown(view, cand),
            self._list(self.tr("Why it ranks here"), cand.factors),
            self._list(self.tr("What would change it"), cand.what_would_change),
            self._assumptions(cand),
            self._sources(cand),
        ]
        return "\n".join(p for p in parts if p)

    def _breakdown(self, view: ResultsView, cand: Candidate) -> str:
        if not cand.breakdown:
            return ""
        total = sum(p.usd_per_month for p in cand.breakdown) or 1.0
        rows = []
        for part in sorted(cand.breakdown, key=lambda p: -p.usd_per_month):
            capital = " " + escape(self.tr("(capital)")) if part.capital else ""
            rows.append(
                f"<tr><td>{escape(part.label)}{capital}</td>"
                f"<td align='right'>{escape(_money(view, part.usd_per_month))}</td>"
                f"<td align='right'>{escape(percent(part.usd_per_month / total))}</td></tr>"
            )
        extra = ""
        if cand.upfront_usd > 0:
            extra = (
                "<p>"
                + escape(
                    self.tr("Upfront capital: {cost}").format(
                        cost=money(view.to_display(cand.upfront_usd), view.currency)
                    )
                )
                + "</p>"
            )
        if cand.utilisation is not None:
            extra += (
                "<p>"
                + escape(
                    self.tr("GPU utilisation (useful work / paid capacity): {u}").format(
                        u=percent(cand.utilisation)
                    )
                )
                + "</p>"
            )
        head = escape(self.tr("Cost breakdown (average month)"))
        return f"<h4>{head}</h4><table cellspacing='4'>{''.join(rows)}</table>{extra}"

    def _list(self, title: str, items: tuple[str, ...]) -> str:
        if not items:
            return ""
        body = "".join(f"<li>{escape(i)}</li>" for i in items)
        return f"<h4>{escape(title)}</h4><ul>{body}</ul>"

    def _assumptions(self, cand: Candidate) -> str:
        if not cand.assumptions:
            return ""
        rows = "".join(
            f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in cand.assumptions
        )
        return (
            f"<h4>{escape(self.tr('Assumptions used'))}</h4><table cellspacing='4'>{rows}</table>"
        )

    def _sources(self, cand: Candidate) -> str:
        if not cand.sources:
            return ""
        items = []
        for src in cand.sources:
            if src.as_of:
                date = self.tr("as of {date}").format(date=src.as_of.isoformat())
            else:
                date = self.tr("undated")
            stale = f" <b>{escape(self.tr('(old price)'))}</b>" if src.stale else ""
            items.append(
                f"<li><a href='{escape(src.url, quote=True)}'>{escape(src.label)}</a>"
                f" — {escape(date)}{stale}</li>"
            )
        head = escape(self.tr("Sources of the prices and figures that drove it"))
        return f"<h4>{head}</h4><ul>{''.join(items)}</ul>"


def _money(view: ResultsView, usd: float) -> str:
    return money(view.to_display(usd), view.currency)


def error_dialog(parent: QWidget, what: str, message: str, details: str) -> QMessageBox:
    """Open (window-modal, non-blocking) a warning with the error and its traceback as details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Results", "Evaluation failed"))
    box.setText(what)
    box.setInformativeText(message)
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
    return box
