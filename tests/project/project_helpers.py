"""Small helpers shared by the project-file tests."""

from __future__ import annotations

from pathlib import Path


def leftover_temps(folder: Path) -> list[str]:
    """Names of temp files an interrupted save could leave behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))
