"""The start page: new analysis, the shipped examples and the recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
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


def _t(text: str) -> str:
    return QCoreApplication.translate("Examples", text)


def shipped_example_texts() -> dict[str, tuple[str, str]]:
    """(name, description) of each shipped example in the interface language, by file name.

    The example files stay language-neutral: they store the English texts, which are the source
    texts here (a test keeps the two the same), and the interface shows these translations.
    """
    return {
        "batch_summarisation.llmtco": (
            _t("High-volume batch summarisation"),
            _t(
                "A media-monitoring company summarises about 3 million news articles, posts and "
                "transcripts a day (6,000 tokens in, 500 out) for overnight client digests. "
                "Results may arrive hours later (batch APIs allowed); steady volume growing 2 % a "
                "month; a platform team already runs GPU workloads in the cloud. Cost per summary "
                "decides; a mid-size open model is good enough."
            ),
        ),
        "code_assistant_lora.llmtco": (
            _t("Code assistant with a LoRA fine-tune"),
            _t(
                "A software company (600 developers) wants an in-IDE code assistant that knows its "
                "internal frameworks: a LoRA fine-tune on 40 M tokens of internal code and "
                "reviews, 3 epochs, retrained every 3 months. About 100 requests per developer per "
                "working day with large file context; completions must start within a second and "
                "stream at 30 tokens/s. Source code may go to a vendor only with zero retention."
            ),
        ),
        "enterprise_rag_on_premises.llmtco": (
            _t("Enterprise RAG assistant (on premises)"),
            _t(
                "A European manufacturer (8,000 staff) builds an internal assistant over its "
                "engineering documents and contracts. Works-council and customer contracts "
                "require that prompts and documents never leave the company's own data centre. It "
                "already owns one 8 x A100 80GB SXM server (paid off) and has a quote for an "
                "8 x H100 SXM server at about $270,000 (SemiAnalysis estimate of a DGX H100 sale "
                "price, cited in github.com/epoch-research/training-cost-trends), i.e. $33,750 "
                "per GPU slot; it may buy up to $600,000 of hardware. About 2,500 daily users x 8 "
                "questions; RAG over 300 M tokens re-indexed quarterly."
            ),
        ),
        "startup_chatbot.llmtco": (
            _t("Startup support chatbot"),
            _t(
                "A 12-person SaaS start-up adds a support chatbot to its product: about 1,000 "
                "conversations turns a day at launch, growing 10 % a month, answers in a chat "
                "window. No rules on where data is processed beyond a reputable vendor; one "
                "engineer part-time; cost and simplicity matter most. The question from the "
                "public debate: is a dedicated GPU worth it at this volume?"
            ),
        ),
    }


def localised_example(path: Path, name: str, description: str) -> tuple[str, str]:
    """A shipped example's stored (name, description) shown in the interface language.

    Other files keep their texts (``path`` is matched by file name in the shipped examples folder).
    """
    entry = shipped_example_texts().get(path.name)
    if entry is None or not is_shipped_example(path):
        return name, description
    return entry


def is_shipped_example(path: Path) -> bool:
    """True when ``path`` lies in the shipped examples folder."""
    try:
        return path.resolve().parent == paths.examples_dir().resolve()
    except (OSError, FileNotFoundError):
        return False


def example_title(path: Path) -> str:
    """A readable title from an example's file name: ``startup-chatbot`` -> ``Startup chatbot``."""
    words = path.stem.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def project_description(path: Path) -> str:
    """The description stored in a project file ('' when there is none or it is unreadable).

    A shipped example's description is shown in the interface language.
    """
    from llm_tco.engine.errors import TcoError
    from llm_tco.project import load

    try:
        info = load(path).info
    except TcoError:
        return ""
    return localised_example(path, info.name, info.description)[1]


def project_title(path: Path) -> str:
    """The project name stored in a file, or a title made from the file name if unreadable.

    A shipped example's name is shown in the interface language.
    """
    from llm_tco.engine.errors import TcoError
    from llm_tco.project import load

    try:
        info = load(path).info
    except TcoError:
        return example_title(path)
    return localised_example(path, info.name, info.description)[0]


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
