"""About, Preferences and Help dialogs, and the persisted preferences they edit.

Preferences (theme, language, catalog staleness age, PDF paper size, recent projects) live in a
small JSON file in the user data directory (platformdirs; ``LLM_TCO_DATA_DIR`` in tests), written
atomically with ``QSaveFile``. ``QSettings`` is used only for window geometry and state.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from PySide6.QtCore import QCoreApplication, QSaveFile, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from llm_tco import __version__, paths

log = logging.getLogger(__name__)

LICENCE = "Apache-2.0"
PREFERENCES_FILE = "preferences.json"


class Preferences(BaseModel):
    """What the user set in Preferences, plus the recent-projects list."""

    model_config = ConfigDict(extra="ignore")

    theme: str = Field(default="system", pattern="^(system|light|dark)$")
    language: str = Field(default="system", pattern="^(system|en|zh_CN)$")
    stale_after_days: int = Field(default=180, ge=1, le=3650)
    page_size: str = Field(default="auto", pattern="^(auto|A4|Letter)$")
    recent_files: list[str] = Field(default_factory=list, max_length=50)

    @classmethod
    def load(cls) -> Preferences:
        """Read the preferences file; defaults when it is missing or unreadable (logged)."""
        path = paths.user_data_dir() / PREFERENCES_FILE
        if not path.is_file():
            return cls()
        try:
            return cls.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, ValidationError) as exc:
            log.warning("ignoring unreadable preferences %s: %s", path, exc)
            return cls()

    def save(self) -> bool:
        """Write the preferences atomically; False (logged) when the disk refuses."""
        folder = paths.user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = QSaveFile(str(folder / PREFERENCES_FILE))
        data = self.model_dump_json(indent=2).encode("utf-8")
        opened = target.open(QSaveFile.OpenModeFlag.WriteOnly)
        if opened and target.write(data) == len(data) and target.commit():
            return True
        target.cancelWriting()
        log.warning("could not save preferences: %s", target.errorString())
        return False


def catalog_label(name: str) -> str:
    """The user-facing name of a catalog."""
    labels = {
        "models": QCoreApplication.translate("Catalogs", "Models"),
        "gpus": QCoreApplication.translate("Catalogs", "GPUs"),
        "gpu_offers": QCoreApplication.translate("Catalogs", "GPU rental prices"),
        "api_offers": QCoreApplication.translate("Catalogs", "API prices"),
        "tuning_offers": QCoreApplication.translate("Catalogs", "Fine-tuning prices"),
    }
    return labels.get(name, name.replace("_", " "))


PRICE_CATALOGS: tuple[str, ...] = ("gpu_offers", "api_offers", "tuning_offers")


def stale_prices(catalogs: object, *, days: int, today: dt.date | None = None) -> dict[str, int]:
    """How many entries of each price catalog have an ``as_of`` date more than ``days`` old."""
    today = today or dt.date.today()
    table_of = getattr(catalogs, "table", None)
    if table_of is None:
        return {}
    counts = {}
    for name in PRICE_CATALOGS:
        old = sum(1 for e in table_of(name).values() if (today - e.as_of).days > days)
        if old:
            counts[name] = old
    return counts


def about_html(
    *,
    catalog_dates: dict[str, str] | None,
    catalog_error: str | None = None,
    notes: list[str] | None = None,
) -> str:
    """The About text: version, licence and the as-of date of each catalog."""
    lines = [
        "<h3>" + QCoreApplication.translate("Dialogs", "LLM TCO Advisor") + "</h3>",
        "<p>"
        + QCoreApplication.translate("Dialogs", "Version {version}").format(version=__version__)
        + "</p>",
        "<p>"
        + QCoreApplication.translate(
            "Dialogs", "Decide how to run a large language model, and what it will cost."
        )
        + "</p>",
        "<p>"
        + QCoreApplication.translate("Dialogs", "Licence: {licence}").format(licence=LICENCE)
        + "</p>",
    ]
    if catalog_dates:
        lines.append(
            "<p>"
            + QCoreApplication.translate("Dialogs", "Catalog prices and specifications as of:")
            + "</p><ul>"
        )
        for name, date in sorted(catalog_dates.items()):
            lines.append(f"<li>{catalog_label(name)}: {date}</li>")
        lines.append("</ul>")
        for note in notes or []:
            lines.append(f"<p>{html.escape(note)}</p>")
    else:
        reason = catalog_error or QCoreApplication.translate("Dialogs", "no catalog loaded")
        lines.append(
            "<p>"
            + QCoreApplication.translate("Dialogs", "Catalogs: not available ({reason})").format(
                reason=reason
            )
            + "</p>"
        )
    return "\n".join(lines)


class AboutDialog(QDialog):
    """Version, licence and catalog as-of dates."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        catalog_dates: dict[str, str] | None = None,
        catalog_error: str | None = None,
        notes: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About LLM TCO Advisor"))
        self.label = QLabel(
            about_html(catalog_dates=catalog_dates, catalog_error=catalog_error, notes=notes)
        )
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The dialog's text as plain text (for tests and copy)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.label.text())
        return doc.toPlainText()


class PreferencesDialog(QDialog):
    """Theme, language, when catalog prices count as stale, and the PDF paper size."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._make_inputs()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addWidget(buttons)
        self._select(self.theme, prefs.theme)
        self._select(self.language, prefs.language)
        self.stale_days.setValue(prefs.stale_after_days)
        self._select(self.page_size, prefs.page_size)

    def _make_inputs(self) -> None:
        self.theme = QComboBox()
        for value, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, value)
        self.language = QComboBox()
        for value, label in (
            ("system", self.tr("System language")),
            # language names in their own language (translators keep them as they are)
            ("en", QCoreApplication.translate("Language", "English")),
            ("zh_CN", QCoreApplication.translate("Language", "简体中文")),
        ):
            self.language.addItem(label, value)
        self.stale_days = QSpinBox()
        self.stale_days.setRange(1, 3650)
        self.stale_days.setSuffix(self.tr(" days"))
        self.page_size = QComboBox()
        for value, label in (
            ("auto", self.tr("As usual where I live")),
            ("A4", self.tr("A4")),
            ("Letter", self.tr("US Letter")),
        ):
            self.page_size.addItem(label, value)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        for text, widget, help_text in (
            (self.tr("&Theme:"), self.theme, self.tr("Colours of the window and the charts.")),
            (
                self.tr("&Language:"),
                self.language,
                self.tr("Takes effect the next time the application starts."),
            ),
            (
                self.tr("Prices are &stale after:"),
                self.stale_days,
                self.tr("Older prices are pointed out in the status bar and in About."),
            ),
            (
                self.tr("PDF &paper size:"),
                self.page_size,
                self.tr("Paper size of exported PDF reports."),
            ),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            widget.setToolTip(help_text)
            widget.setAccessibleDescription(help_text)
            form.addRow(caption, widget)
        return form

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def apply_to(self, prefs: Preferences) -> Preferences:
        """A copy of ``prefs`` with the dialog's choices."""
        return prefs.model_copy(
            update={
                "theme": self.theme.currentData(),
                "language": self.language.currentData(),
                "stale_after_days": self.stale_days.value(),
                "page_size": self.page_size.currentData(),
            }
        )


def help_html() -> str:
    """The built-in help page."""
    return "\n".join(
        [
            "<h2>" + QCoreApplication.translate("Dialogs", "Using LLM TCO Advisor") + "</h2>",
            "<p>"
            + QCoreApplication.translate(
                "Dialogs",
                "Start a new analysis with File > New Analysis, or open an example from the "
                "start page. The wizard asks about your project, use case, traffic, data rules, "
                "hardware, tuning and priorities; every question has a short explanation.",
            )
            + "</p>",
            "<p>"
            + QCoreApplication.translate(
                "Dialogs",
                "The results view ranks every way of running a model that fits your answers, "
                "explains the ranking and shows what would change it. Change an assumption "
                "and the ranking updates immediately.",
            )
            + "</p>",
            "<p>"
            + QCoreApplication.translate(
                "Dialogs",
                "Projects are saved as .llmtco files. Unsaved work is autosaved every few "
                "minutes and offered for recovery after a crash.",
            )
            + "</p>",
        ]
    )


class HelpDialog(QDialog):
    """A short built-in help page (F1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("LLM TCO Advisor Help"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setHtml(help_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 420)


def recent_path_list(prefs: Preferences) -> list[Path]:
    """The recent projects as paths, newest first."""
    return [Path(p) for p in prefs.recent_files]
