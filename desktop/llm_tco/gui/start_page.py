"""The start page: new analysis, the shipped examples and the recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from llm_tco import paths

PATH_ROLE = Qt.ItemDataRole.UserRole
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1


def example_title(path: Path) -> str:
    """A readable title from an example's file name: ``startup-chatbot`` -> ``Startup chatbot``."""
    words = path.stem.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def project_description(path: Path) -> str:
    """The description stored in a project file ('' when there is none or it is unreadable)."""
    from llm_tco.engine.errors import TcoError
    from llm_tco.project import load

    try:
        return load(path).info.description
    except TcoError:
        return ""


def project_title(path: Path) -> str:
    """The project name stored in a file, or a title made from the file name if unreadable."""
    from llm_tco.engine.errors import TcoError
    from llm_tco.project import load

    try:
        return load(path).info.name
    except TcoError:
        return example_title(path)


def list_examples(folder: Path | None = None) -> list[tuple[str, str]]:
    """The shipped example projects as (title, path), sorted by title; empty when none."""
    try:
        folder = folder or paths.examples_dir()
    except FileNotFoundError:
        return []
    if not folder.is_dir():
        return []
    found = [(project_title(p), str(p)) for p in folder.glob("*.llmtco") if p.is_file()]
    return sorted(found)


class StartPage(QWidget):
    """What the window shows before a project is open."""

    newRequested = Signal()
    openRequested = Signal()
    exampleRequested = Signal(str)
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        heading = QLabel(self.tr("<h1>LLM TCO Advisor</h1>"))
        intro = QLabel(
            self.tr(
                "Find the cheapest way to run a language model that meets your needs: public "
                "APIs, your cloud, hosted open models or your own GPUs. Answer a few questions "
                "or start from an example."
            )
        )
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New Analysis…"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button = QPushButton(self.tr("&Open Project…"))
        self.open_button.clicked.connect(self.openRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self._build_examples()
        self.recent = self._list(self.tr("Recent projects"))
        self.recent.itemActivated.connect(
            lambda item: self.recentRequested.emit(item.data(PATH_ROLE))
        )
        lists = QHBoxLayout()
        example_box = self._group(self.tr("Start from an &example"), self.examples)
        example_layout = example_box.layout()
        assert isinstance(example_layout, QVBoxLayout)
        example_layout.addWidget(self.example_text)
        example_layout.addWidget(self.example_button, 0, Qt.AlignmentFlag.AlignLeft)
        lists.addWidget(example_box)
        recent_box = self._group(self.tr("&Recent projects"), self.recent)
        recent_layout = recent_box.layout()
        assert isinstance(recent_layout, QVBoxLayout)
        recent_layout.addStretch(1)  # the list at the top, level with the examples
        lists.addWidget(recent_box)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addLayout(lists)
        layout.addStretch(1)  # lists as tall as their entries, not the whole window

    def _build_examples(self) -> None:
        self.examples = self._list(self.tr("Example projects"))
        self.examples.itemActivated.connect(
            lambda item: self.exampleRequested.emit(item.data(PATH_ROLE))
        )
        self.example_text = QLabel()
        self.example_text.setObjectName("exampleDescription")
        self.example_text.setWordWrap(True)
        self.example_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.example_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.example_button = QPushButton(self.tr("&Show This Example's Results"))
        self.example_button.clicked.connect(self._open_current_example)
        self.examples.currentItemChanged.connect(lambda _c, _p: self._describe_example())

    @staticmethod
    def _list(name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        return widget

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def set_examples(self, examples: list[tuple[str, str]]) -> None:
        """Show the example projects (the first selected, with its description) or a note."""
        self._fill(self.examples, examples, self.tr("No example projects are installed."))
        for row in range(self.examples.count() if examples else 0):
            item = self.examples.item(row)
            text = project_description(Path(item.data(PATH_ROLE)))
            item.setData(DESCRIPTION_ROLE, text)
            item.setToolTip(text or item.data(PATH_ROLE))
        self.examples.setCurrentRow(0 if examples else -1)
        self._describe_example()

    def _current_example(self) -> QListWidgetItem | None:
        item = self.examples.currentItem()
        return item if item is not None and item.data(PATH_ROLE) else None

    def _describe_example(self) -> None:
        item = self._current_example()
        self.example_button.setEnabled(item is not None)
        self.example_text.setVisible(item is not None)
        if item is not None:
            self.example_text.setText(item.data(DESCRIPTION_ROLE) or "")

    def _open_current_example(self) -> None:
        item = self._current_example()
        if item is not None:
            self.exampleRequested.emit(item.data(PATH_ROLE))

    def set_recent(self, recent: list[str]) -> None:
        """Show the recent projects, newest first."""
        entries = [(Path(p).name, p) for p in recent]
        self._fill(self.recent, entries, self.tr("No recent projects yet."))

    @staticmethod
    def _fit_height(widget: QListWidget, *, rows: int) -> None:
        """Make the list ``rows`` entries tall (at most ten)."""
        row = max(widget.sizeHintForRow(0), widget.fontMetrics().height() + 4)
        widget.setFixedHeight(min(rows, 10) * row + 2 * widget.frameWidth() + 6)

    @staticmethod
    def _fill(widget: QListWidget, entries: list[tuple[str, str]], empty_text: str) -> None:
        widget.clear()
        for title, path in entries:
            item = QListWidgetItem(title)
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            widget.addItem(item)
        if not entries:
            item = QListWidgetItem(empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)
        StartPage._fit_height(widget, rows=max(len(entries), 4))
