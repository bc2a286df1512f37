"""The one place that finds shipped data (catalogs, resources) and the user's data directories.

Works from the source tree (``catalogs/`` and ``resources/`` at the repository root), from an
installed wheel (mapped into the ``llm_tco.catalogs`` and ``llm_tco.resources`` packages) and from a
PyInstaller bundle (``sys._MEIPASS/llm_tco/...``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

from llm_tco import APP_NAME, ORG_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "llm_tco" / name)
    found.append(_PACKAGE_DIR / name)  # installed wheel
    found.append(_PACKAGE_DIR.parent.parent / name)  # source tree: desktop/llm_tco -> repo root
    return found


@cache
def _shipped_dir(name: str) -> Path:
    for path in _candidates(name):
        if path.is_dir():
            return path
    tried = ", ".join(str(p) for p in _candidates(name))
    raise FileNotFoundError(f"shipped folder {name!r} not found (looked in {tried}); reinstall")


def catalogs_dir() -> Path:
    """Folder holding the shipped catalog JSON files."""
    return _shipped_dir("catalogs")


def resources_dir() -> Path:
    """Folder holding icons, fonts, translations and example projects."""
    return _shipped_dir("resources")


def examples_dir() -> Path:
    """Folder holding the shipped example projects (``*.llmtco``)."""
    return resources_dir() / "examples"


def user_data_dir() -> Path:
    """Per-user data folder (overrides, autosave); ``LLM_TCO_DATA_DIR`` overrides it for tests."""
    env = os.environ.get("LLM_TCO_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def user_overrides_dir() -> Path:
    """Folder whose ``*.json`` files are layered over the shipped catalogs."""
    return user_data_dir() / "catalog-overrides"


def autosave_dir() -> Path:
    """Folder for autosaved copies of modified projects."""
    return user_data_dir() / "autosave"
