"""Catalog browser: see where every number comes from, override it, import prices, calibrate."""

from llm_tco.gui.results.qt_workarounds import immortalise_singletons

immortalise_singletons()  # PySide6 6.12 on Python < 3.12 drops references to None (see there)

from llm_tco.gui.catalog_browser.browser import CatalogBrowser  # noqa: E402

__all__ = ["CatalogBrowser"]
