"""Render the application icon (resources/icons/app.svg) into the hicolor PNG sizes.

Usage: ``python packaging/make_icons.py``; writes packaging/linux/icons/hicolor/<size>/apps/. The
PNGs are checked in so that install.sh needs nothing but a shell.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.llm_tco_advisor.LlmTcoAdvisor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, target: Path) -> None:
    """Render ``svg`` as a square PNG of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def main() -> None:
    _app = QGuiApplication([])
    svg = ROOT / "resources" / "icons" / "app.svg"
    base = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    for size in SIZES:
        render(svg, size, base / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    scalable = base / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    print(f"wrote {len(SIZES)} PNG sizes and the SVG under {base}")


if __name__ == "__main__":
    main()
