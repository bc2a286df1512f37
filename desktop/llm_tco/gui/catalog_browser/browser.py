"""The catalog browser window: every entry with its source and date, overrides, imports, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from llm_tco.cli.calibrate import calibrate_file
from llm_tco.engine.catalog import CATALOG_NAMES, Catalogs, load_catalogs
from llm_tco.engine.catalog_export import export_catalogs
from llm_tco.engine.catalog_schema import Sourced
from llm_tco.engine.cost_defaults import STALE_PRICE_DAYS
from llm_tco.engine.errors import TcoError
from llm_tco.engine.import_gpu_offers import read_gpu_offers_csv
from llm_tco.engine.import_litellm import plan_import
from llm_tco.engine.overrides import OverrideStore
from llm_tco.engine.profiles import load_profiles
from llm_tco.gui.catalog_browser.dialogs import CalibrationDialog, LiteLLMPreviewDialog
from llm_tco.gui.catalog_browser.entry_form import EntryFormDialog
from llm_tco.gui.catalog_browser.model import (
    ID_ROLE,
    URL_ROLE,
    CatalogFilterProxy,
    CatalogTableModel,
    Column,
)
from llm_tco.gui.i18n_qt import error_text, warning_text


class CatalogTab(QWidget):
    """One catalog: a search field over a sortable table."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.model = CatalogTableModel(self)
        self.proxy = CatalogFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search id, name, numbers, source..."))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.ID, self.proxy.sortOrder().AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

    def selected_id(self) -> str | None:
        """Id of the selected row, or None."""
        rows = self.view.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    def select(self, entry_id: str) -> bool:
        """Select the row of ``entry_id`` (clearing the search if it hides it)."""
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        return True


class CatalogBrowser(QWidget):
    """Browse, override, import and export the catalogs; emits catalogsChanged after any write."""

    catalogsChanged = Signal()
    linkOpened = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        catalogs: Catalogs | None = None,
        store: OverrideStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Catalogs"))
        self.store = store or OverrideStore()
        self.catalogs = catalogs or load_catalogs()
        self.driving_ids: set[str] = set()
        self._stale_today: dt.date | None = None
        self.last_dialog: LiteLLMPreviewDialog | CalibrationDialog | EntryFormDialog | None = None
        self.tabs = QTabWidget()
        self.catalog_tabs: dict[str, CatalogTab] = {}
        titles = {
            "models": self.tr("Models"),
            "gpus": self.tr("GPUs"),
            "gpu_offers": self.tr("GPU offers"),
            "api_offers": self.tr("API offers"),
            "tuning_offers": self.tr("Tuning offers"),
        }
        for name in CATALOG_NAMES:
            tab = CatalogTab(name)
            tab.view.clicked.connect(self._clicked)
            tab.view.doubleClicked.connect(lambda _i: self.edit_selected())
            self.catalog_tabs[name] = tab
            self.tabs.addTab(tab, titles.get(name, name))
        self.stale_days = QSpinBox()
        self.stale_days.setRange(1, 3650)
        self.stale_days.setValue(STALE_PRICE_DAYS)
        self.stale_days.setSuffix(self.tr(" days"))
        self.stale_days.valueChanged.connect(lambda _v: self._apply_stale())
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        self._populate()

    # ------------------------------------------------------------------ building

    def _toolbar(self) -> QVBoxLayout:
        self.buttons: dict[str, QPushButton] = {}
        specs = [
            ("edit", self.tr("Edit..."), self.edit_selected),
            ("add", self.tr("Add..."), self.add_entry),
            ("reset", self.tr("Reset entry"), self.reset_selected),
            ("reset_all", self.tr("Reset all"), self.reset_all),
            ("litellm", self.tr("Import API prices (LiteLLM)..."), self._ask_litellm),
            ("gpu_csv", self.tr("Import GPU offers (CSV)..."), self._ask_gpu_csv),
            ("calibrate", self.tr("Calibrate from benchmark..."), self._ask_calibrate),
            ("export", self.tr("Export..."), self._ask_export),
        ]
        rows = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        for i, (key, text, slot) in enumerate(specs):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
            (first if i < 4 else second).addWidget(button)
        first.addStretch(1)
        first.addWidget(QLabel(self.tr("Stale after")))
        first.addWidget(self.stale_days)
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    def _populate(self) -> None:
        for name, tab in self.catalog_tabs.items():
            overridden = self.catalogs.overridden.get(name, frozenset())
            tab.model.set_entries(self.catalogs.table(name), overridden)
            tab.model.set_driving_ids(self.driving_ids)
            tab.model.set_stale_days(self.stale_days.value(), today=self._stale_today)
            tab.view.resizeColumnsToContents()
        warnings = "; ".join(warning_text(w) for w in self.catalogs.warnings)
        self.status.setText(self.tr("Warnings: {w}").format(w=warnings) if warnings else "")

    # ------------------------------------------------------------------ public API

    def set_driving_ids(self, ids: set[str]) -> None:
        """Mark the entries that drive the current recommendation."""
        self.driving_ids = set(ids)
        for tab in self.catalog_tabs.values():
            tab.model.set_driving_ids(self.driving_ids)

    def set_stale_days(self, days: int, *, today: dt.date | None = None) -> None:
        """Flag entries older than ``days`` days (before ``today``, default the real date)."""
        self._stale_today = today
        if self.stale_days.value() != days:
            self.stale_days.setValue(days)  # applies through valueChanged
        else:
            self._apply_stale()

    def _apply_stale(self) -> None:
        for tab in self.catalog_tabs.values():
            tab.model.set_stale_days(self.stale_days.value(), today=self._stale_today)

    def current_tab(self) -> CatalogTab:
        """The visible catalog tab."""
        widget = self.tabs.currentWidget()
        assert isinstance(widget, CatalogTab)
        return widget

    def show_catalog(self, name: str) -> CatalogTab:
        """Switch to the tab of catalog ``name``."""
        tab = self.catalog_tabs[name]
        self.tabs.setCurrentWidget(tab)
        return tab

    def reload(self) -> None:
        """Reload catalogs from disk (after an override changed) and tell listeners."""
        self.catalogs = load_catalogs()
        self._populate()
        self.catalogsChanged.emit()

    # ------------------------------------------------------------------ links

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.SOURCE:
            self.open_link(str(index.data(URL_ROLE)))

    def open_link(self, url: str) -> None:
        """Open a source URL in the system browser."""
        QDesktopServices.openUrl(QUrl(url))
        self.linkOpened.emit(url)

    # ------------------------------------------------------------------ edit, add, reset

    def _selected_entry(self) -> tuple[str, Sourced] | None:
        tab = self.current_tab()
        entry_id = tab.selected_id()
        if entry_id is None:
            self.status.setText(self.tr("Select an entry first."))
            return None
        return entry_id, self.catalogs.table(tab.name)[entry_id]

    def edit_selected(self) -> EntryFormDialog | None:
        """Open the form for the selected entry; saving writes an override."""
        selected = self._selected_entry()
        if selected is None:
            return None
        name = self.current_tab().name
        dialog = EntryFormDialog(name, entry=selected[1], catalogs=self.catalogs, parent=self)
        return self._open_form(dialog, name)

    def add_entry(self) -> EntryFormDialog:
        """Open an empty form (prefilled from the selection, id cleared) for a new entry."""
        name = self.current_tab().name
        entry_id = self.current_tab().selected_id()
        template = self.catalogs.table(name)[entry_id] if entry_id else None
        dialog = EntryFormDialog(name, template=template, catalogs=self.catalogs, parent=self)
        return self._open_form(dialog, name)

    def _open_form(self, dialog: EntryFormDialog, name: str) -> EntryFormDialog:
        def save() -> None:
            if dialog.result_entry is not None:
                self._write(
                    lambda: self.store.put(name, dialog.result_entry, catalogs=self.catalogs)
                )

        dialog.accepted.connect(save)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _write(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except TcoError as exc:
            QMessageBox.warning(self, self.tr("Catalogs"), error_text(exc))
            return False
        self.reload()
        return True

    def reset_selected(self) -> bool:
        """Drop the user's override of the selected entry."""
        selected = self._selected_entry()
        if selected is None:
            return False
        name, entry_id = self.current_tab().name, selected[0]
        if entry_id not in self.catalogs.overridden.get(name, ()):
            self.status.setText(
                self.tr("{id} is shipped data; nothing to reset.").format(id=entry_id)
            )
            return False
        return self._write(lambda: self.store.remove(name, entry_id))

    def reset_all(self) -> bool:
        """Drop every override after confirmation."""
        answer = QMessageBox.question(
            self,
            self.tr("Reset all"),
            self.tr("Remove all your catalog overrides and return to the shipped data?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._write(self.store.reset_all)

    # ------------------------------------------------------------ imports, calibration, export

    def _ask_file(self, title: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        return Path(path) if path else None

    def _ask_litellm(self) -> None:
        path = self._ask_file(self.tr("LiteLLM price table"), self.tr("JSON files (*.json)"))
        if path is not None:
            self.import_litellm_file(path)

    def _ask_gpu_csv(self) -> None:
        path = self._ask_file(self.tr("GPU offers CSV"), self.tr("CSV files (*.csv)"))
        if path is not None:
            self.import_gpu_offers_file(path)

    def _ask_calibrate(self) -> None:
        path = self._ask_file(self.tr("Benchmark CSV"), self.tr("CSV files (*.csv)"))
        if path is None:
            return
        names = sorted(load_profiles())
        framework, ok = QInputDialog.getItem(
            self,
            self.tr("Calibrate"),
            self.tr("Framework profile to refit:"),
            names,
            names.index("vllm") if "vllm" in names else 0,
            False,
        )
        if ok and framework:
            self.calibrate_from(path, framework=framework)

    def _ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export catalogs to"))
        if folder:
            self.export_to(Path(folder))

    def import_litellm_file(self, path: Path) -> LiteLLMPreviewDialog | None:
        """Preview an import; applying the dialog writes the overrides."""
        try:
            plan = plan_import(path, catalogs=self.catalogs)
        except TcoError as exc:
            QMessageBox.warning(self, self.tr("Import API prices"), error_text(exc))
            return None
        dialog = LiteLLMPreviewDialog(plan, self)
        dialog.accepted.connect(
            lambda: self._write(lambda: plan.apply(store=self.store, catalogs=self.catalogs))
        )
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def import_gpu_offers_file(self, path: Path) -> bool:
        """Validate a GPU offers CSV, confirm, then write it."""
        try:
            result = read_gpu_offers_csv(path, catalogs=self.catalogs)
        except TcoError as exc:
            QMessageBox.warning(self, self.tr("Import GPU offers"), error_text(exc))
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Import GPU offers"),
            self.tr("Import {n} offers ({added} new, {replaced} replacing existing ones)?").format(
                n=len(result.offers), added=len(result.added), replaced=len(result.replaced)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._write(lambda: result.apply(store=self.store, catalogs=self.catalogs))

    def calibrate_from(self, path: Path, *, framework: str = "vllm") -> CalibrationDialog | None:
        """Fit a profile to a benchmark CSV and show fitted against measured."""
        try:
            calibration = calibrate_file(path, framework=framework)
        except TcoError as exc:
            QMessageBox.warning(self, self.tr("Calibrate"), error_text(exc))
            return None
        dialog = CalibrationDialog(calibration, self)
        dialog.profileSaved.connect(lambda _name: self.catalogsChanged.emit())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, folder: Path) -> bool:
        """Write the merged catalogs and their schemas into ``folder``."""
        try:
            written = export_catalogs(folder, catalogs=self.catalogs)
        except TcoError as exc:
            QMessageBox.warning(self, self.tr("Export"), error_text(exc))
            return False
        self.status.setText(
            self.tr("Exported {n} files to {folder}").format(n=len(written), folder=folder)
        )
        return True
