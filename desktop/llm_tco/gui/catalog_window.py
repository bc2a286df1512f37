"""Tools > Catalogs: the catalog browser as its own window, tied to the open project's results.

The browser marks the entries that drove the current recommendation (from the results panel's
latest result). After any write to the catalogs (``catalogsChanged``) the catalogs are loaded again
and the open project is re-evaluated with them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from llm_tco.engine.errors import TcoError
from llm_tco.gui.i18n_qt import error_text
from llm_tco.gui.pdf_export import ResultTracker, driving_ids, show_modeless

if TYPE_CHECKING:
    from llm_tco.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class CatalogWindowController(QObject):
    """Opens one catalog browser window (owned by the main window) in step with the results."""

    catalogsReloaded = Signal(object)  # the new Catalogs

    def __init__(self, window: MainWindow, tracker: ResultTracker) -> None:
        super().__init__(window)
        self.window, self.tracker = window, tracker
        self.browser: Any = None
        tracker.changed.connect(self.update_driving_ids)

    def show(self) -> Any:
        """Open (or raise) the catalog window; None when catalogs cannot be shown."""
        if self.browser is None:
            self.browser = self._make_browser()
            if self.browser is None:
                return None
        self.update_driving_ids()
        show_modeless(self.browser)
        return self.browser

    def _make_browser(self) -> Any:
        from llm_tco.gui.catalog_browser import CatalogBrowser

        try:
            browser = CatalogBrowser(self.window, catalogs=self.window.catalogs)
        except TcoError as exc:
            self.window.statusBar().showMessage(
                self.tr("The catalogs cannot be shown: {reason}").format(reason=error_text(exc))
            )
            return None
        browser.setWindowFlag(Qt.WindowType.Window, True)
        browser.setWindowTitle(self.tr("Catalogs — LLM TCO Advisor"))
        browser.setObjectName("catalogWindow")
        browser.resize(1100, 700)
        browser.set_stale_days(self.window.prefs.stale_after_days)
        browser.catalogsChanged.connect(self.reload)
        return browser

    def update_driving_ids(self) -> None:
        """Mark the entries behind the current recommendation in the open browser."""
        if self.browser is None:
            return
        ids: set[str] = set()
        if self.window.has_document:
            result = self.tracker.result_for(self.window.document.project)
            if result is not None:
                ids = driving_ids(result)
        self.browser.set_driving_ids(ids)
        self._fit_badge_columns()

    def _fit_badge_columns(self) -> None:
        """Bold 'drives recommendation' rows need wider Status and As-of columns."""
        from llm_tco.gui.catalog_browser.model import Column

        for tab in getattr(self.browser, "catalog_tabs", {}).values():
            for column in (Column.STATUS, Column.AS_OF):
                tab.view.resizeColumnToContents(column)

    def reload(self) -> None:
        """The catalogs were edited: load them again and re-evaluate the open project."""
        from llm_tco.engine.catalog import load_catalogs

        try:
            catalogs = load_catalogs()
        except TcoError as exc:
            log.warning("catalogs not reloaded: %s", exc)
            self.window.statusBar().showMessage(
                self.tr("The edited catalogs cannot be loaded: {reason}").format(
                    reason=error_text(exc)
                )
            )
            return
        self.window.set_catalogs(catalogs)
        self.window.statusBar().showMessage(
            self.tr("Catalogs changed; the results are being updated."), 5000
        )
        self.catalogsReloaded.emit(catalogs)

    def close(self) -> None:
        """Close the catalog window (the main window is closing)."""
        if self.browser is not None:
            self.browser.close()
            self.browser.deleteLater()
            self.browser = None
