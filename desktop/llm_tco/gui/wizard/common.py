"""Shared pieces of the wizard pages: the page base class and input factories with units."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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


_CJK_ACCELERATOR = re.compile(r"\s*\(&[^&\s)]\)")


def plain_label(text: str) -> str:
    """A label without its keyboard accelerator and trailing colon, to show or read out.

    '&Cost' -> 'Cost', 'Na&me:' -> 'Name', '成本(&C)' -> '成本', '名称(&M)：' -> '名称'.
    """
    return _CJK_ACCELERATOR.sub("", text).replace("&", "").rstrip(":：").strip()


def describe(widget: QWidget, name: str, help_text: str) -> QWidget:
    """Give ``widget`` an accessible name, a description and a tooltip."""
    widget.setAccessibleName(plain_label(name))
    widget.setAccessibleDescription(help_text)
    widget.setToolTip(help_text)
    widget.setWhatsThis(help_text)
    return widget


def updated(section: S, **changes: object) -> S:
    """A validated copy of a project section with ``changes`` applied (raises ValidationError)."""
    return type(section).model_validate({**section.model_dump(), **changes})


def _v(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


def field_label(name: str) -> str:
    """The translated name of a project field, as the wizard labels its input.

    Unknown fields get their name with spaces ('gpu_id' -> 'gpu id'), so a message still says
    which answer is wrong.
    """
    labels = {
        # Project page
        "name": _v("Name"),
        "description": _v("Description"),
        "currency": _v("Currency"),
        "usd_exchange_rate": _v("Exchange rate"),
        "horizon_months": _v("Planning horizon"),
        "region": _v("Region"),
        "monthly_budget_usd": _v("Monthly budget"),
        # Use case
        "use_case": _v("Use case"),
        "quality_floor": _v("Minimum quality"),
        "min_context_tokens": _v("Minimum context window"),
        # Workload
        "requests_per_day": _v("Requests per day"),
        "monthly_active_users": _v("Users"),
        "input_tokens_per_request": _v("Input per request"),
        "output_tokens_per_request": _v("Output per request"),
        "cached_prompt_share": _v("Cached prompt share"),
        "peak_to_average": _v("Peak load"),
        "daily_profile": _v("Daily load pattern"),
        "growth_per_month": _v("Growth"),
        "batch_tolerant": _v("Batch processing"),
        "ttft_target_ms": _v("Time to first token"),
        "min_output_tokens_per_s_per_user": _v("Output speed per user"),
        # Privacy
        "data_location": _v("Where data may be processed"),
        "allowed_regions": _v("Allowed regions"),
        "required_certifications": _v("Required certifications"),
        # Hardware and owned GPUs
        "cloud_gpus": _v("Rent cloud GPUs"),
        "gpu_quota": _v("GPU quota"),
        "allowed_plans": _v("GPU rental plans"),
        "owned": _v("Owned GPUs"),
        "can_buy": _v("Buy GPUs"),
        "purchase_budget_usd": _v("Purchase budget"),
        "min_replicas": _v("Always-on minimum"),
        "redundancy_replicas": _v("Spare replicas for failover"),
        "gpu_id": _v("GPU type"),
        "count": _v("Number of GPUs"),
        "already_paid": _v("Already paid for"),
        "purchase_price_usd_per_gpu": _v("Purchase price"),
        "power_usd_per_kwh": _v("Electricity price"),
        "pue": _v("Data-centre overhead (PUE)"),
        "hosting_usd_per_kw_month": _v("Hosting cost"),
        # Tuning and staff
        "method": _v("Tuning method"),
        "prompt_engineering_hours": _v("Prompt work"),
        "rag_corpus_tokens": _v("Document collection"),
        "rag_extra_input_tokens": _v("Retrieved text per request"),
        "training_tokens": _v("Training data"),
        "epochs": _v("Epochs"),
        "retrain_every_months": _v("Retrain every"),
        "fte_cost_usd_per_year": _v("Engineer cost per year"),
        "ops_fte_self_hosted": _v("Staff to run self-hosting"),
        "ops_fte_api": _v("Staff to run an API service"),
        # Priorities
        "cost": _v("Cost"),
        "quality": _v("Quality"),
        "latency": _v("Speed (latency)"),
        "privacy": _v("Privacy margin"),
        "ops_simplicity": _v("Operational simplicity"),
        "vendor_independence": _v("Vendor independence"),
    }
    return labels.get(name, name.replace("_", " "))


PERCENT_FIELDS = frozenset({"cached_prompt_share", "growth_per_month"})
"""Fields the wizard asks in percent (stored as 0..1 shares)."""


def _limit_text(field: str, limit: object) -> str:
    """A bound of a field as the user enters the value: '50%', '$10,000,000', '1,000'."""
    from llm_tco import i18n

    if isinstance(limit, bool) or not isinstance(limit, int | float):
        return str(limit)
    if field in PERCENT_FIELDS:
        return i18n.format_percent(float(limit), decimals=0 if float(limit) * 100 % 1 == 0 else 1)
    if "usd" in field.split("_"):
        whole = float(limit).is_integer()
        return i18n.format_amount(float(limit), currency="USD", decimals=0 if whole else None)
    if float(limit).is_integer():
        return i18n.format_number(float(limit))
    return i18n.format_number(float(limit), decimals=3).rstrip("0").rstrip(".")


def _field_of(loc: tuple[int | str, ...]) -> str:
    """The innermost named field of a pydantic error location ('' for the whole section)."""
    names = [str(part) for part in loc if isinstance(part, str)]
    return names[-1] if names else ""


def error_message(error: Mapping[str, Any], *, section: str = "") -> str:
    """One pydantic error (an item of ``ValidationError.errors()``) as a translated sentence.

    Says which answer is wrong, what is wrong with it and what to do; ``section`` is the model's
    name (``ValidationError.title``) for errors about a whole section.
    """
    kind = str(error.get("type", ""))
    field = _field_of(tuple(error.get("loc", ())))
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    if not field:
        if section == "Priorities":
            return _v("Give at least one priority a weight above zero.")
        return _v("An answer on this page is not valid. Check the values and correct them.")
    label = field_label(field)
    bounds = {
        "greater_than": ("gt", _v("{field} must be more than {limit}. Enter a larger value.")),
        "greater_than_equal": ("ge", _v("{field} must be at least {limit}. Enter a larger value.")),
        "less_than": ("lt", _v("{field} must be less than {limit}. Enter a smaller value.")),
        "less_than_equal": ("le", _v("{field} must be at most {limit}. Enter a smaller value.")),
        "string_too_long": (
            "max_length",
            _v("{field} is too long: at most {limit} characters. Shorten it."),
        ),
        "too_long": ("max_length", _v("{field} has too many entries: at most {limit}.")),
        "too_short": ("min_length", _v("{field} needs at least {limit} entries.")),
    }
    if kind == "string_too_short" and ctx.get("min_length", 1) <= 1:
        return _v("{field} is empty. Fill it in.").format(field=label)
    if kind == "string_too_short":
        text = _v("{field} is too short: it needs at least {limit} characters.")
        return text.format(field=label, limit=ctx.get("min_length"))
    if kind in bounds and bounds[kind][0] in ctx:
        key, text = bounds[kind]
        return text.format(field=label, limit=_limit_text(field, ctx[key]))
    if kind == "missing":
        return _v("{field} is missing. Fill it in.").format(field=label)
    if kind.startswith(("int_", "float_", "decimal_")) or kind == "finite_number":
        return _v("{field} must be a number. Enter a number.").format(field=label)
    if kind in {"enum", "literal_error"} or (kind == "value_error" and field == "currency"):
        return _v("{field}: this choice is not offered. Choose one from the list.").format(
            field=label
        )
    if kind == "value_error" and field == "daily_profile":
        return _v(
            "{field} needs 24 hourly values that are not negative and not all zero. "
            "Choose another pattern."
        ).format(field=label)
    return _v("{field} is not valid. Check the value and correct it.").format(field=label)


def validation_text(error: ValidationError) -> str:
    """The first pydantic problem as one translated sentence (see :func:`error_message`)."""
    errors = error.errors()
    if not errors:
        return _v("An answer on this page is not valid. Check the values and correct them.")
    return error_message(errors[0], section=error.title)


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
