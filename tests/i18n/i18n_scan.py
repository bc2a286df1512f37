"""Find user-visible strings that translation cannot reach (an AST scan of gui/ and report/).

Two kinds of problems:

* **bare text**: a string literal (or f-string, ``"...".format()``, concatenation) with letters
  passed straight to something that shows it (``setText``, ``setWindowTitle``, ``QLabel(...)``,
  ``addAction``, ``QMessageBox.warning``, the wizard's ``add_row``, ...) without
  ``self.tr()``/``QCoreApplication.translate()``;
* **not extractable**: a translation call ``pyside6-lupdate`` cannot read, so the string never
  reaches the ``.ts`` file: a context that is not a literal, a text that is an f-string or built
  at run time, ``tr("...")`` called as a plain function (lupdate files it under an empty
  context), or a helper such as ``_tr(text)`` that wraps ``translate`` and is called with a literal.

Helpers the update script spells out for lupdate (``t = QCoreApplication.translate``,
``tr = self.tr``, ``def _t(text): return QCoreApplication.translate("Ctx", text)``, a context held
in a module constant) are fine: the scan reads the source as the update script hands it to lupdate.

Also the helpers the translation tests share: the update script as a module, whether lupdate can
run, and the ``english_afterwards`` fixture.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = (ROOT / "desktop" / "llm_tco" / "gui", ROOT / "desktop" / "llm_tco" / "report")

SINK_METHODS = frozenset(
    {
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
        "setPlaceholderText", "setTitle", "setSubTitle", "setPrefix", "setSuffix",
        "setSpecialValueText", "setLabelText", "setButtonText", "setInformativeText",
        "setDetailedText", "setAccessibleName", "setAccessibleDescription", "setTabText",
        "setTabToolTip", "setItemText", "setHeaderLabels", "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels", "setWindowIconText", "setIconText", "setHtml",
        "setPlainText", "setMarkdown", "addItem", "addItems", "insertItem", "addTab",
        "insertTab", "addAction", "addMenu", "addButton", "showMessage", "setLabel",
        "setCancelButtonText", "add_row", "add_help", "setCheckBoxText", "setOkButtonText",
    }
)  # fmt: skip
SINK_CLASSES = frozenset(
    {
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
        "QMenu", "QToolButton", "QCommandLinkButton", "QMessageBox", "QTreeWidgetItem",
        "QListWidgetItem", "QTableWidgetItem", "QStandardItem",
    }
)  # fmt: skip
MESSAGE_BOX_FUNCTIONS = frozenset({"warning", "information", "critical", "question", "about"})
TRANSLATE_OWNERS = frozenset({"QCoreApplication", "QApplication", "QGuiApplication"})
ALLOWED_TEXTS = frozenset({"English", "简体中文", "bottom", "left", "right", "top"})
"""Language names (written in their own language) and pyqtgraph axis names."""


@dataclass(frozen=True)
class Finding:
    """One string translation cannot reach."""

    path: Path
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.problem}"


def _literal_text(node: ast.expr) -> str | None:
    """The user-visible literal text in ``node`` (None when it is not built from a literal)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        return "".join(str(p) for p in parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        texts = [_literal_text(node.left), _literal_text(node.right)]
        found = [t for t in texts if t is not None]
        return " ".join(found) if found else None
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"format", "join"}
        and isinstance(node.func.value, ast.Constant)
    ):
        return _literal_text(node.func.value)
    if isinstance(node, ast.IfExp):
        texts = [_literal_text(node.body), _literal_text(node.orelse)]
        found = [t for t in texts if t is not None]
        return " ".join(found) if found else None
    if isinstance(node, ast.List | ast.Tuple):
        found = [t for t in (_literal_text(e) for e in node.elts) if t is not None]
        return " ".join(found) if found else None
    return None


def _visible(text: str) -> bool:
    """Text a translator would translate: has Latin letters and is not an allowed name."""
    stripped = text.strip()
    if stripped in ALLOWED_TEXTS or not any("a" <= c.lower() <= "z" for c in stripped):
        return False
    letters = "".join(c if c.isascii() and c.isalpha() else " " for c in stripped).split()
    if all(word.isupper() for word in letters):
        return False  # codes and acronyms only: 'USD', 'GPU', 'CNY/USD'

    # markup with no words of its own: "<b>", "</p>", "<br>"
    words = stripped.replace("<", " <").replace(">", "> ").split()
    return any(not w.startswith(("<", "&")) for w in words)


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_translate(func: ast.expr, aliases: set[str]) -> bool:
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        return isinstance(func.value, ast.Name) and func.value.id in TRANSLATE_OWNERS
    return isinstance(func, ast.Name) and func.id in aliases


def _is_self_tr(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "tr"
        and isinstance(func.value, ast.Name)
        and func.value.id in {"self", "cls"}
    )


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, tree: ast.Module) -> None:
        self.path = path
        self.findings: list[Finding] = []
        self.aliases = {
            t.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign) and _is_translate(node.value, set())
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        self.wrappers = self._find_wrappers(tree)

    def _find_wrappers(self, tree: ast.Module) -> set[str]:
        """Functions (not methods named tr) that pass one of their parameters to translate."""
        found: set[str] = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or node.name == "tr":
                continue
            params = {a.arg for a in node.args.args + node.args.kwonlyargs}
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and self._translated_arg(call) is not None:
                    text = self._translated_arg(call)
                    if isinstance(text, ast.Name) and text.id in params:
                        found.add(node.name)
        return found

    def _translated_arg(self, call: ast.Call) -> ast.expr | None:
        if _is_translate(call.func, self.aliases) and len(call.args) >= 2:
            return call.args[1]
        if _is_self_tr(call.func) and call.args:
            return call.args[0]
        return None

    def add(self, node: ast.AST, problem: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), problem))

    def visit_Call(self, node: ast.Call) -> None:
        self._check_translation_call(node)
        self._check_sink(node)
        self.generic_visit(node)

    def _check_translation_call(self, node: ast.Call) -> None:
        func = node.func
        if _is_translate(func, self.aliases):
            literal_text = len(node.args) >= 2 and _literal_text(node.args[1]) is not None
            if literal_text and not (
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            ):
                self.add(node, "translate() context is not a string literal: lupdate skips it")
            if len(node.args) >= 2:
                self._check_source(node, node.args[1])
        elif _is_self_tr(func) and node.args:
            self._check_source(node, node.args[0])
        elif isinstance(func, ast.Name) and func.id == "tr" and node.args:
            self.add(node, "plain `tr(...)` call: lupdate files it under an empty context")
        elif (
            isinstance(func, ast.Name)
            and func.id in self.wrappers
            and any(_literal_text(arg) is not None for arg in node.args)
        ):
            self.add(node, f"text passed through wrapper `{func.id}()`: lupdate cannot see it")

    def _check_source(self, node: ast.Call, source: ast.expr) -> None:
        if isinstance(source, ast.Constant) and isinstance(source.value, str):
            return
        if _literal_text(source) is not None:
            self.add(node, "translated text is built at run time (f-string/format/+): use {name}")

    def _check_sink(self, node: ast.Call) -> None:
        name = _call_name(node)
        is_box = (
            isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "QMessageBox"
            and name in MESSAGE_BOX_FUNCTIONS
        )
        if not (name in SINK_METHODS or name in SINK_CLASSES or is_box):
            return
        values = list(node.args) + [k.value for k in node.keywords if k.arg in {"text", "title"}]
        for value in values:
            text = _literal_text(value)
            if text is not None and _visible(text):
                self.add(value, f"untranslated text passed to {name}(): {text[:50]!r}")


@cache
def update_script() -> ModuleType:
    """``scripts/update_translations.py`` as a module."""
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


def lupdate_available() -> bool:
    """True when ``pyside6-lupdate`` can be run (tests that need it skip otherwise)."""
    try:
        update_script()._tool("lupdate")
    except SystemExit:
        return False
    return True


@pytest.fixture
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An English system locale during the test, and the CLI speaking English after it."""
    from llm_tco.cli.language import use_language

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    use_language("en")


def scan_file(path: Path, wrappers: dict[str, str] | None = None) -> list[Finding]:
    """Problems in one Python file, read as the update script hands it to lupdate."""
    script = update_script()
    table = script.collect_wrappers(scanned_files()) if wrappers is None else wrappers
    tree = ast.parse(script.extractable_source(path, table), filename=str(path))
    scanner = _Scanner(path, tree)
    scanner.visit(tree)
    return scanner.findings


def scanned_files() -> list[Path]:
    """Every Python file of the GUI and the report."""
    files: list[Path] = []
    for folder in SCANNED:
        files += [p for p in folder.rglob("*.py") if "__pycache__" not in p.parts]
    return sorted(files)


def scan() -> list[Finding]:
    """Problems in every scanned file."""
    files = scanned_files()
    table = update_script().collect_wrappers(files)
    return [finding for path in files for finding in scan_file(path, table)]


if __name__ == "__main__":
    for item in scan():
        print(item)
