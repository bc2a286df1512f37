"""Test-session setup shared by every test: headless Qt and a private user data directory.

Qt reads ``QT_QPA_PLATFORM`` when the QApplication is created, so it is set here, before pytest-qt
builds one. ``LLM_TCO_DATA_DIR`` points the application's user data (preferences, recent files,
autosaves, catalog overrides, window state) at a temporary folder so tests never touch the real one.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_DATA_DIR = tempfile.mkdtemp(prefix="llm-tco-test-data-")
os.environ["LLM_TCO_DATA_DIR"] = _SESSION_DATA_DIR
atexit.register(shutil.rmtree, _SESSION_DATA_DIR, ignore_errors=True)


@pytest.fixture
def fresh_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user data directory private to one test (opt-in; GUI tests use it for settings)."""
    folder = tmp_path / "user-data"
    folder.mkdir()
    monkeypatch.setenv("LLM_TCO_DATA_DIR", str(folder))
    return folder


class DialogRecorder:
    """Stands in for ``QMessageBox`` static functions: records calls, returns set answers."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answers: dict[str, object] = {}

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from PySide6.QtWidgets import QMessageBox

        defaults = {
            "warning": QMessageBox.StandardButton.Discard,
            "question": QMessageBox.StandardButton.No,
            "critical": QMessageBox.StandardButton.Ok,
            "information": QMessageBox.StandardButton.Ok,
        }
        for kind, default in defaults.items():
            self.answers[kind] = default

            def fake(_parent: object, title: str, text: str, *_: object, _k: str = kind) -> object:
                self.calls.append((_k, title, text))
                return self.answers[_k]

            monkeypatch.setattr(QMessageBox, kind, staticmethod(fake))

    def kinds(self) -> list[str]:
        """The kinds of message boxes shown so far."""
        return [call[0] for call in self.calls]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    """Patch QMessageBox's static functions so no modal box ever blocks a test."""
    recorder = DialogRecorder()
    recorder.install(monkeypatch)
    return recorder
