"""Shared helpers of the project-file tests."""

from __future__ import annotations

from pathlib import Path

import pytest

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "data" / "golden"


@pytest.fixture
def golden_dir() -> Path:
    """The folder of golden project files (one per released format version, kept forever)."""
    return GOLDEN_DIR


def leftover_temps(folder: Path) -> list[str]:
    """Names of temp files an interrupted save could leave behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))
