"""Shared pieces of the wizard pages: the page base class and input factories with units."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from llm_tco.engine.project_model import Project

if TYPE_CHECKING:
    from llm_tco.gui.wizard.wizard import ProjectWizard

ERROR_OBJECT_NAME = "validationMessage"
S = TypeVar("S", bound=BaseModel)


SPIN_MAX_WIDTH = 320  # numbers stay near their label instead of at the far edge of the page


def int_spin(minimum: int, maximum: int, *, suffix: str = "", step: int = 1) -> QSpinBox:
    """An integer input with its unit as a suffix."""
    box = QSpinBox()
    box.setMaximumWidth(SPIN_MAX_WIDTH)
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def float_spin(
    minimum: float, maximum: float, *, suffix: str = "", decimals: int = 2, step: float = 1.0
) -> QDoubleSpinBox:
    """A decimal input with its unit as a suffix."""
    box = QDoubleSpinBox()
    box.setMaximumWidth(SPIN_MAX_WIDTH)
    box.setDecimals(decimals)
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def describe(widget: QWidget, name: str, help_text: str) -> QWidget:
    """Give ``widget`` an accessible name, a description and a tooltip."""
    widget.setAccessibleName(name.replace("&", "").rstrip(":"))
    widget.setAccessibleDescription(help_text)
    widget.setToolTip(help_text)
    widget.setWhatsThis(help_text)
    return widget


def updated(section: S, **changes: object) -> S:
    """A validated copy of a project section with ``changes`` applied (raises ValidationError)."""
    return type(section).model_validate({**section.model_dump(), **changes})


def validation_text(error: ValidationError) -> str:
    """The first pydantic problem as one readable sentence."""
    first = error.errors()[0]
    where = " ".join(str(p).replace("_", " ") for p in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


class WizardPage(QWizardPage):
    """A page that loads from and stores into the wizard's working ``Project``.

    Subclasses implement ``load(project)``, ``store(project) -> Project`` and ``problems()`` (the
    specific messages that block Next). Inputs call :meth:`changed` when edited.
    """

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.outer = QVBoxLayout(self)
        # the questions scroll on small screens; the validation message stays in view below them
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(self.form)
        column.addStretch(1)
        self.scroll_area.setWidget(content)
        self.outer.addWidget(self.scroll_area, 1)
        self.error_label = QLabel()
        self.error_label.setObjectName(ERROR_OBJECT_NAME)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        # translated in this class's context: self.tr() would use the subclass name at run time
        self.error_label.setAccessibleName(
            QCoreApplication.translate("WizardPage", "Validation message")
        )
        self.outer.addWidget(self.error_label)
        self._loading = False

    # ---- building
    def add_row(
        self, label_text: str, widget: QWidget, help_text: str, *, help_line: bool = True
    ) -> QWidget:
        """Add a labelled input with a one-sentence help line under it (or only as its tooltip).

        ``help_line=False`` suits a group of inputs that share one explanation, added once after
        them with :meth:`add_help`.
        """
        describe(widget, label_text, help_text)
        if isinstance(widget, QAbstractButton):
            widget.setText(label_text)
            self.form.addRow(widget)
        else:
            label = QLabel(label_text)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        if help_line:
            self.add_help(help_text)
        self._watch(widget)
        return widget

    def add_help(self, help_text: str) -> QLabel:
        """A small grey explanation line in the form."""
        hint = QLabel(help_text)
        hint.setWordWrap(True)
        hint.setProperty("helpText", True)
        hint.setStyleSheet("color: palette(placeholder-text); font-size: small;")
        self.form.addRow(hint)
        return hint

    def show_row(self, widget: QWidget, visible: bool) -> None:
        """Show or hide the form row of ``widget`` together with its help line."""
        self.form.setRowVisible(widget, visible)
        row = cast(tuple[int, object], self.form.getWidgetPosition(widget))[0]
        self.form.setRowVisible(row + 1, visible)

    def _watch(self, widget: QWidget) -> None:
        for signal_name in ("valueChanged", "textChanged", "currentTextChanged", "toggled"):
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(self.changed)
                return

    def changed(self, *_: object) -> None:
        """An input was edited: refresh visibility and the Next button."""
        if self._loading:
            return
        self.update_visibility()
        self.completeChanged.emit()

    # ---- the working project
    def project_wizard(self) -> ProjectWizard:
        """The wizard this page belongs to."""
        from llm_tco.gui.wizard.wizard import ProjectWizard

        wizard = self.wizard()
        assert isinstance(wizard, ProjectWizard)
        return wizard

    def load(self, project: Project) -> None:
        """Show the project's answers in the inputs."""
        raise NotImplementedError

    def store(self, project: Project) -> Project:
        """A copy of ``project`` with this page's answers (may raise ValidationError)."""
        raise NotImplementedError

    def problems(self) -> list[str]:
        """Specific messages for input that blocks Next (empty when the page is complete)."""
        return []

    def update_visibility(self) -> None:
        """Show or hide inputs that depend on other inputs."""

    # ---- QWizardPage protocol
    def initializePage(self) -> None:
        self._loading = True
        try:
            self.load(self.project_wizard().working)
        finally:
            self._loading = False
        self.update_visibility()
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        # going Back keeps what was typed when it is valid
        if not self.problems():
            try:
                wizard = self.project_wizard()
                wizard.working = self.store(wizard.working)
            except ValidationError:
                pass

    def isComplete(self) -> bool:
        messages = self.problems()
        self.error_label.setText(messages[0] if messages else "")
        return not messages

    def validatePage(self) -> bool:
        wizard = self.project_wizard()
        try:
            wizard.working = self.store(wizard.working)
        except ValidationError as exc:
            self.error_label.setText(validation_text(exc))
            return False
        return True


def checkbox(text: str = "") -> QCheckBox:
    """A check box (its text is set by :meth:`WizardPage.add_row`)."""
    return QCheckBox(text)
