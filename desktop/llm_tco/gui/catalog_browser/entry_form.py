"""A form to edit or add one catalog entry, validated by the catalog's own pydantic class.

Simple fields get a line edit, a check box or a drop-down; structured fields (licence, data
policy, context tiers, benchmarks, regions) are edited as JSON. Validation errors appear under the
field they concern, and the dialog stays open until the entry is valid.
"""

from __future__ import annotations

import json
import types
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from llm_tco.engine.catalog import Catalogs
from llm_tco.engine.catalog_schema import CATALOG_ENTRY_TYPES, Sourced
from llm_tco.engine.overrides import REFERENCES

ERROR_STYLE = "color: #b00020;"


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(inner type, optional) for ``Annotated[...]`` and ``X | None``."""
    optional = False
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(get_args(annotation))
            annotation = args[0] if len(args) == 1 else annotation
            if len(args) != 1:
                return annotation, optional
        else:
            return annotation, optional


def field_kind(annotation: Any) -> tuple[str, list[str], bool]:
    """('bool' | 'choice' | 'json' | 'text', choices, optional) of a field annotation."""
    inner, optional = _unwrap(annotation)
    if inner is bool:
        return "bool", [], optional
    if isinstance(inner, type) and issubclass(inner, Enum):
        return "choice", [str(m.value) for m in inner], optional
    if get_origin(inner) is Literal:
        return "choice", [str(a) for a in get_args(inner)], optional
    if get_origin(inner) in (tuple, list, dict) or (
        isinstance(inner, type) and issubclass(inner, BaseModel)
    ):
        return "json", [], optional
    return "text", [], optional


class EntryFormDialog(QDialog):
    """Edit (``entry`` given, id fixed) or add (``template`` prefills, id free) a catalog entry."""

    def __init__(
        self,
        catalog: str,
        *,
        entry: Sourced | None = None,
        template: Sourced | None = None,
        catalogs: Catalogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.entry_type = CATALOG_ENTRY_TYPES[catalog]
        self.catalogs = catalogs
        self.editing = entry is not None
        self.result_entry: Sourced | None = None
        self.editors: dict[str, QWidget] = {}
        self.kinds: dict[str, str] = {}
        self.errors: dict[str, QLabel] = {}
        title = self.tr("Edit {id}") if entry is not None else self.tr("Add an entry to {catalog}")
        self.setWindowTitle(title.format(id=getattr(entry, "id", ""), catalog=catalog))
        self.resize(640, 720)
        self._build(entry or template)

    # ------------------------------------------------------------------ layout

    def _build(self, prefill: Sourced | None) -> None:
        values = prefill.model_dump(mode="json") if prefill is not None else {}
        if not self.editing:
            values.pop("id", None)
        form_host = QWidget()
        form = QFormLayout(form_host)
        for name, info in self.entry_type.model_fields.items():
            kind, choices, optional = field_kind(info.annotation)
            editor = self._editor(name, kind, choices, optional, values.get(name))
            if info.description:
                editor.setToolTip(info.description)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(editor)
            box.addWidget(error)
            required = info.is_required()
            form.addRow(f"{name}{' *' if required else ''}", cell)
            self.editors[name], self.kinds[name], self.errors[name] = editor, kind, error
        if self.editing:
            id_editor = self.editors["id"]
            if isinstance(id_editor, QLineEdit):
                id_editor.setReadOnly(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Saved as your override; the shipped data is never changed."))
        layout.addWidget(note)
        layout.addWidget(scroll)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def _editor(
        self, name: str, kind: str, choices: list[str], optional: bool, value: Any
    ) -> QWidget:
        if kind == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if kind == "choice":
            combo = QComboBox()
            combo.addItems(([""] if optional else []) + choices)
            if value is not None:
                combo.setCurrentText(str(value))
            return combo
        if kind == "json":
            text = QPlainTextEdit()
            text.setPlainText("" if value in (None, [], {}) else json.dumps(value, indent=1))
            text.setFixedHeight(90)
            return text
        line = QLineEdit("" if value is None else str(value))
        line.setObjectName(name)
        return line

    # ------------------------------------------------------------------ values and validation

    def set_value(self, name: str, value: Any) -> None:
        """Set one field's editor from a Python value (for tests and templates)."""
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(str(value))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(json.dumps(value))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(values for the pydantic class, per-field parse errors)."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                if editor.currentText():
                    values[name] = editor.currentText()
            elif isinstance(editor, QPlainTextEdit):
                text = editor.toPlainText().strip()
                if text:
                    try:
                        values[name] = json.loads(text)
                    except json.JSONDecodeError as exc:
                        problems[name] = self.tr("not valid JSON: {error}").format(error=exc.msg)
            elif isinstance(editor, QLineEdit) and editor.text().strip():
                values[name] = editor.text().strip()
        return values, problems

    def _show_errors(self, problems: dict[str, str], general: list[str]) -> None:
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))

    def validate(self) -> Sourced | None:
        """The validated entry, or None with the errors shown under their fields."""
        values, problems = self.raw_values()
        general: list[str] = []
        entry: Sourced | None = None
        if not problems:
            try:
                entry = self.entry_type.model_validate(values)
            except ValidationError as exc:
                for item in exc.errors():
                    loc = [str(p) for p in item["loc"]]
                    if loc and loc[0] in self.errors:
                        where = ".".join(loc[1:])
                        text = f"{where}: {item['msg']}" if where else item["msg"]
                        problems[loc[0]] = (problems.get(loc[0], "") + "\n" + text).strip()
                    else:
                        general.append(item["msg"])
        if entry is not None:
            self._check_references(entry, problems)
        self._show_errors(problems, general)
        return entry if not problems and not general else None

    def _check_references(self, entry: Sourced, problems: dict[str, str]) -> None:
        entry_id = getattr(entry, "id")  # noqa: B009
        if self.catalogs is None:
            return
        for source, ref_field, target in REFERENCES:
            ref = getattr(entry, ref_field, None)
            if source == self.catalog and ref not in self.catalogs.table(target):
                problems[ref_field] = self.tr("{ref} is not in {target}").format(
                    ref=ref, target=target
                )
        if not self.editing and entry_id in self.catalogs.table(self.catalog):
            problems["id"] = self.tr("{id} already exists; select it and use Edit").format(
                id=entry_id
            )

    def accept(self) -> None:
        """Close only when the entry is valid."""
        entry = self.validate()
        if entry is None:
            return
        self.result_entry = entry
        super().accept()
