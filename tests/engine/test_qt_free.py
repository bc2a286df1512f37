"""The engine and the project-file code must import and run with Qt absent."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

BLOCKER = textwrap.dedent(
    """
    import importlib.abc, importlib.util, pkgutil, sys
    sys.path.insert(0, {desktop!r})

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6"):
                raise ImportError("blocked for the Qt-free test: " + name)
            return None

    sys.meta_path.insert(0, Block())
    import llm_tco.engine, llm_tco.project
    names = []
    for pkg in (llm_tco.engine, llm_tco.project):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            __import__(info.name)
            names.append(info.name)
    from llm_tco.engine.catalog import load_catalogs
    catalogs = load_catalogs(use_user_overrides=False)
    assert catalogs.models, "no models loaded"
    leaked = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph")]
    assert not leaked, leaked
    print("imported", len(names), "modules")
    """
)


def test_engine_imports_without_qt() -> None:
    code = BLOCKER.format(desktop=str(DESKTOP))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "imported" in proc.stdout


def test_blocker_really_blocks_qt() -> None:
    """The same blocker makes a Qt import fail, so the test above can fail."""
    code = BLOCKER.format(desktop=str(DESKTOP)) + "\nimport PySide6.QtCore\n"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode != 0
    assert "blocked for the Qt-free test" in proc.stderr


def test_engine_does_not_depend_on_project_files_or_gui() -> None:
    """Data flows one way: the engine imports neither llm_tco.project nor the GUI or report."""
    code = textwrap.dedent(
        f"""
        import pkgutil, sys
        sys.path.insert(0, {str(DESKTOP)!r})
        import llm_tco.engine
        for info in pkgutil.walk_packages(llm_tco.engine.__path__, "llm_tco.engine."):
            __import__(info.name)
        bad = sorted(m for m in sys.modules
                     if m.startswith(("llm_tco.project", "llm_tco.gui", "llm_tco.report")))
        assert not bad, bad
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
