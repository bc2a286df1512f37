"""Shared helpers of the project-file tests."""

from __future__ import annotations

from pathlib import Path

import pytest

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "data" / "golden"


@pytest.fixture
def golden_dir() -> Path:
    """The folder of golden project files (one per released format version, kept forever)."""
    return GOLDEN_DIR
