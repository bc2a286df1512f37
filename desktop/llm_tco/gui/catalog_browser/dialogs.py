"""Preview of a LiteLLM price import, and the result of a calibration (fitted vs measured)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from llm_tco.cli.calibrate import Calibration, calibrated_profile
from llm_tco.engine.errors import TcoError
from llm_tco.engine.import_litellm import ImportPlan
from llm_tco.engine.overrides import save_user_profile
from llm_tco.gui.catalog_browser.model import summary_text
from llm_tco.gui.i18n_qt import error_text


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class LiteLLMPreviewDialog(QDialog):
    """What an import would change; Apply writes it, Cancel writes nothing."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import API prices: preview"))
        self.resize(900, 600)
        summary = self.tr(
            "Read {read} entries from {file}. {matched} matched catalog models. "
            "{imported} offers would be written ({added} added, {changed} changed); "
            "{unchanged} unchanged."
        ).format(
            read=plan.read,
            file=Path(plan.file).name,
            matched=plan.matched,
            imported=plan.imported,
            added=len(plan.added),
            changed=len(plan.changed),
            unchanged=len(plan.unchanged),
        )
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.changes = _table(
            [self.tr("Change"), self.tr("Offer"), self.tr("Prices (USD per M tokens)"),
             self.tr("LiteLLM key")],
            self._change_rows(),
        )  # fmt: skip
        self.skipped = _table(
            [self.tr("Reason"), self.tr("Entries"), self.tr("Examples")],
            [
                [r, str(n), ", ".join(plan.examples.get(r, []))]
                for r, n in plan.skipped.items()
                if n
            ],
        )
        tabs = QTabWidget()
        tabs.addTab(self.changes, self.tr("Changes"))
        tabs.addTab(self.skipped, self.tr("Skipped"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(plan.imported > 0)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _change_rows(self) -> list[list[str]]:
        rows = [
            [self.tr("added"), offer.id, summary_text(offer), key] for key, offer in self.plan.added
        ]
        for change in self.plan.changed:
            parts = "; ".join(f"{p.field}: {p.old} -> {p.new}" for p in change.changes)
            rows.append([self.tr("changed"), change.new.id, parts, change.key])
        return rows


class CalibrationDialog(QDialog):
    """Fitted against measured per row; save the calibrated profile under a name."""

    profileSaved = Signal(str)

    def __init__(self, calibration: Calibration, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calibration = calibration
        result = calibration.result
        self.setWindowTitle(self.tr("Calibration: {file}").format(file=calibration.file.name))
        self.resize(900, 560)
        rows = [
            [row.label, f"{row.input_len}/{row.output_len}",
             "max" if row.concurrency is None else f"{row.concurrency:g}",
             f"{m:.1f}", f"{p:.1f}", f"{e:+.1%}"]
            for row, m, p, e in zip(result.rows, result.measured, result.predicted, result.error,
                                    strict=True)
        ]  # fmt: skip
        self.table = _table(
            [self.tr("Row"), self.tr("Input/output tokens"), self.tr("Concurrency"),
             self.tr("Measured tokens/s"), self.tr("Fitted tokens/s"), self.tr("Error")],
            rows,
        )  # fmt: skip
        base = calibration.base
        params = ", ".join(
            f"{k} {getattr(base, k):.4g} -> {v:.4g}" for k, v in result.parameters.items()
        )
        text = self.tr(
            "Profile {id}: {params}. Median error {median:.1%}, worst ratio {worst:.2f}."
        )
        self.parameters = QLabel(
            text.format(
                id=base.id, params=params, median=result.median_abs_error, worst=result.max_ratio
            )
        )
        self.parameters.setWordWrap(True)
        self.name = QLineEdit(f"{base.id}-calibrated")
        self.name.setToolTip(self.tr("Use the shipped id (e.g. vllm) to replace it everywhere"))
        self.save_button = QPushButton(self.tr("Save as profile"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        save_row = QHBoxLayout()
        save_row.addWidget(QLabel(self.tr("Profile name:")))
        save_row.addWidget(self.name)
        save_row.addWidget(self.save_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.parameters)
        layout.addWidget(self.table)
        layout.addLayout(save_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def save(self) -> str | None:
        """Store the calibrated profile in the user data folder; returns the file or None."""
        name = self.name.text().strip()
        if not name:
            self.status.setText(self.tr("Give the profile a name."))
            return None
        try:
            path = save_user_profile(calibrated_profile(self.calibration, name=name))
        except TcoError as exc:
            self.status.setText(error_text(exc))
            return None
        self.status.setText(self.tr("Saved {name}; evaluations now use it.").format(name=name))
        self.profileSaved.emit(name)
        return str(path)
