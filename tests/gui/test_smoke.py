"""``llm-tco-advisor --smoke-test``: open the first example, evaluate, export a PDF, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from llm_tco import paths
from llm_tco.engine.project_model import Project, ProjectInfo
from llm_tco.project import save

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
SMOKE = "import sys; from llm_tco.gui.app import main; sys.exit(main(['--smoke-test']))"


def run_smoke(env_extra: dict[str, str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LLM_TCO_DATA_DIR": str(data_dir), "PYTHONPATH": str(DESKTOP)}
    env.pop("QT_QPA_PLATFORM", None)  # --smoke-test must choose offscreen by itself
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-c", SMOKE],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_smoke_test_exports_a_pdf_of_the_first_example(fresh_data_dir, tmp_path):
    if not list(paths.examples_dir().glob("*.llmtco")):
        pytest.skip("no example projects shipped")
    temp = tmp_path / "tmp"
    temp.mkdir()
    done = run_smoke({"TMPDIR": str(temp)}, fresh_data_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "results view shown" in done.stdout
    assert "PDF report exported" in done.stdout
    assert "propagateSizeHints" not in done.stderr  # the offscreen notice is filtered out
    assert list(temp.iterdir()) == []  # the temporary report folder is removed


def test_smoke_test_fails_with_a_message_when_the_pdf_cannot_be_written(fresh_data_dir, tmp_path):
    # a sitecustomize that breaks the PDF writer in the child process only
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import llm_tco.report.pdf as m\n"
        "from llm_tco.engine.errors import ReportError\n"
        "def broken(*a, **k):\n"
        "    raise ReportError('injected failure')\n"
        "m.export_pdf = broken\n",
        encoding="utf-8",
    )
    env = {"PYTHONPATH": os.pathsep.join([str(hook), str(DESKTOP)])}
    done = run_smoke(env, fresh_data_dir)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "injected failure" in done.stderr
    assert "FAILED" in done.stderr


def test_smoke_test_without_examples_fails_cleanly(qapp, monkeypatch, tmp_path, capsys):
    from llm_tco.gui.app import run_smoke_test

    monkeypatch.setattr(paths, "examples_dir", lambda: tmp_path / "no-examples")
    assert run_smoke_test(qapp) == 1
    assert "no example projects" in capsys.readouterr().err


def test_smoke_test_in_process_on_a_minimal_example(
    qapp, monkeypatch, tmp_path, capsys, fresh_data_dir
):
    from llm_tco.gui.app import run_smoke_test

    folder = tmp_path / "examples"
    folder.mkdir()
    save(Project(info=ProjectInfo(name="Smoke")), folder / "smoke.llmtco")
    monkeypatch.setattr(paths, "examples_dir", lambda: folder)
    assert run_smoke_test(qapp) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "results view shown" in out
    assert "PDF report exported" in out


def test_every_python_package_is_shipped_in_the_wheel():
    import tomllib

    root = DESKTOP.parent
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    found = {
        ".".join(init.parent.relative_to(DESKTOP).parts)
        for init in (DESKTOP / "llm_tco").rglob("__init__.py")
    }
    assert found - listed == set()  # a package missing here is missing from `pip install .`


START_AND_REPORT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
def report():
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
    print("TITLE=" + window.windowTitle())
    window.close()
QTimer.singleShot(0, report)
from llm_tco.gui.app import main
sys.exit(main([]))
"""


@pytest.mark.parametrize(
    ("language", "title"), [("zh_CN", "LLM TCO 顾问"), ("en", "LLM TCO Advisor")]
)
def test_the_preferred_language_is_applied_at_start(fresh_data_dir, language, title):
    (fresh_data_dir / "preferences.json").write_text(
        f'{{"language": "{language}"}}', encoding="utf-8"
    )
    env = {
        **os.environ,
        "LLM_TCO_DATA_DIR": str(fresh_data_dir),
        "PYTHONPATH": str(DESKTOP),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", START_AND_REPORT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"TITLE={title}" in done.stdout
