"""The live what-if panel: change an assumption, get a new ``Project`` at once.

The panel never computes costs; it emits ``edited(Project)`` with the changed project and the
results panel re-evaluates. ``set_project`` updates the inputs without emitting (undo/redo).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from llm_tco.engine.project_model import Assumptions, Project


@dataclass(frozen=True)
class Knob:
    """One what-if input: project field, range, unit and scale (shown = stored x scale)."""

    section: str
    field: str
    label: str
    unit: str
    minimum: float
    maximum: float
    decimals: int
    step: float
    scale: float = 1.0
    help: str = ""


def _t(text: str) -> str:
    return QCoreApplication.translate("WhatIf", text)


def knobs() -> tuple[Knob, ...]:
    """The what-if inputs, in display order (labels translated at call time)."""
    return (
        Knob(
            "workload",
            "requests_per_day",
            QCoreApplication.translate("WhatIf", "Requests per day"),
            QCoreApplication.translate("WhatIf", "requests/day"),
            0,
            1e10,
            0,
            100,
            help=QCoreApplication.translate("WhatIf", "Average traffic before growth."),
        ),
        Knob(
            "assumptions",
            "volume_multiplier",
            QCoreApplication.translate("WhatIf", "Volume multiplier"),
            "×",
            0.001,
            1000,
            3,
            0.5,
            help=QCoreApplication.translate(
                "WhatIf", "Scales all traffic; 10 = ten times the requests."
            ),
        ),
        Knob(
            "workload",
            "input_tokens_per_request",
            QCoreApplication.translate("WhatIf", "Input tokens per request"),
            QCoreApplication.translate("WhatIf", "tokens"),
            1,
            10_000_000,
            0,
            100,
        ),
        Knob(
            "workload",
            "output_tokens_per_request",
            QCoreApplication.translate("WhatIf", "Output tokens per request"),
            QCoreApplication.translate("WhatIf", "tokens"),
            1,
            1_000_000,
            0,
            50,
        ),
        Knob(
            "workload",
            "growth_per_month",
            QCoreApplication.translate("WhatIf", "Growth per month"),
            "%",
            -50,
            200,
            1,
            1,
            100.0,
            help=QCoreApplication.translate(
                "WhatIf", "Traffic growth each month over the horizon."
            ),
        ),
        Knob(
            "workload",
            "cached_prompt_share",
            QCoreApplication.translate("WhatIf", "Cached prompt share"),
            "%",
            0,
            100,
            0,
            5,
            100.0,
            help=QCoreApplication.translate(
                "WhatIf", "Share of input tokens served from a prompt cache."
            ),
        ),
        Knob(
            "assumptions",
            "gpu_price_multiplier",
            QCoreApplication.translate("WhatIf", "GPU price multiplier"),
            "×",
            0.01,
            100,
            2,
            0.1,
        ),
        Knob(
            "assumptions",
            "api_price_multiplier",
            QCoreApplication.translate("WhatIf", "API price multiplier"),
            "×",
            0.01,
            100,
            2,
            0.1,
        ),
        Knob(
            "assumptions",
            "efficiency_multiplier",
            QCoreApplication.translate("WhatIf", "Serving efficiency multiplier"),
            "×",
            0.01,
            10,
            2,
            0.1,
            help=QCoreApplication.translate(
                "WhatIf", "Scales the throughput a self-hosted replica achieves."
            ),
        ),
        Knob(
            "assumptions",
            "staff_cost_multiplier",
            QCoreApplication.translate("WhatIf", "Staff cost multiplier"),
            "×",
            0,
            100,
            2,
            0.1,
            help=QCoreApplication.translate(
                "WhatIf", "Scales the cost of the engineering time each route needs."
            ),
        ),
        Knob(
            "staff",
            "fte_cost_usd_per_year",
            QCoreApplication.translate("WhatIf", "Engineer cost per year"),
            "USD",
            0,
            5e6,
            0,
            10_000,
            help=QCoreApplication.translate("WhatIf", "Loaded yearly cost of one engineer."),
        ),
    )


def with_value(project: Project, knob: Knob, shown: float) -> Project:
    """A copy of ``project`` with one knob set (validated like any user input)."""
    section = getattr(project, knob.section)
    value = shown / knob.scale
    updated = type(section).model_validate({**section.model_dump(), knob.field: value})
    return project.model_copy(update={knob.section: updated})


class WhatIfPanel(QWidget):
    """Spin boxes for the what-if assumptions; each committed change emits ``edited``."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._knobs = knobs()
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        for knob in self._knobs:
            spin = self._make_spin(knob)
            label = QLabel(knob.label, self)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.spins[knob.field] = spin
        self.reset_button = QPushButton(self.tr("Reset multipliers"), self)
        self.reset_button.setToolTip(self.tr("Set every multiplier back to 1 (as entered)."))
        self.reset_button.clicked.connect(self._reset_multipliers)
        self._error = QLabel(self)
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #C00000;")
        title = QLabel(f"<b>{self.tr('What if…')}</b>", self)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.reset_button)
        layout.addWidget(self._error)
        layout.addStretch(1)
        self.setEnabled(False)

    def _make_spin(self, knob: Knob) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(knob.minimum, knob.maximum)
        spin.setDecimals(knob.decimals)
        spin.setSingleStep(knob.step)
        spin.setSuffix(f" {knob.unit}")
        spin.setKeyboardTracking(False)
        spin.setGroupSeparatorShown(True)
        spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        spin.setAccessibleName(knob.label)
        spin.setToolTip(knob.help or knob.label)
        spin.valueChanged.connect(self._changed_slot(knob))
        return spin

    def _changed_slot(self, knob: Knob) -> Callable[[float], None]:
        return lambda value: self._on_changed(knob, value)

    def set_project(self, project: Project) -> None:
        """Show ``project``'s values without emitting ``edited``."""
        self._project = project
        for knob in self._knobs:
            spin = self.spins[knob.field]
            value = float(getattr(getattr(project, knob.section), knob.field)) * knob.scale
            if spin.value() != round(value, knob.decimals):
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self._error.clear()
        self.setEnabled(True)

    def set_value(self, field: str, shown: float) -> None:
        """Set one input as the user would (emits ``edited`` when the value changes)."""
        self.spins[field].setValue(shown)

    def _on_changed(self, knob: Knob, shown: float) -> None:
        if self._project is None:
            return
        try:
            updated = with_value(self._project, knob, shown)
        except ValueError as exc:  # pydantic ValidationError is a ValueError
            self._error.setText(self.tr("{field}: {message}").format(field=knob.label, message=exc))
            return
        self._error.clear()
        self._project = updated
        self.edited.emit(updated)

    def _reset_multipliers(self) -> None:
        if self._project is None:
            return
        updated = self._project.model_copy(update={"assumptions": Assumptions()})
        if updated == self._project:
            return
        self.set_project(updated)
        self.edited.emit(updated)
