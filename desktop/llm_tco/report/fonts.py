"""Register the shipped CJK font (Noto Sans CJK SC, regular and bold, SIL OFL) with Qt.

Shared by the report and the GUI: call :func:`register_fonts` once after the ``QGuiApplication``
exists. Without a registered CJK font, a PDF with Chinese text is silently broken (glyphs become
``\\x00``); with it, Chinese prints and stays searchable on machines that have no CJK font.

Noto Sans CJK applies its OpenType ``locl`` feature to Latin digits and ``liga`` to "ff", "fi",
"ffi", swapping them for glyphs without a Unicode mapping in the subset, so Qt's PDF writer cannot
map them back: digits extract from the PDF as control characters and "Staff" as "StaB".
:func:`report_font` turns both features off; use it for printed text.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FONT_FILES: tuple[str, ...] = ("NotoSansSC-Regular-subset.otf", "NotoSansSC-Bold-subset.otf")
CJK_FAMILY = "Noto Sans CJK SC"
UNMAPPABLE_FEATURES: tuple[str, ...] = ("locl", "liga")
"""OpenType features whose glyphs the PDF's text layer could not map back to characters."""

_lock = threading.Lock()
_registered: list[str] = []


def font_dir() -> Path:
    """Folder holding the shipped fonts."""
    from llm_tco import paths

    return paths.resources_dir() / "fonts"


def register_fonts() -> str:
    """Register the shipped fonts (once); returns the family name to use for CJK text.

    Raises ``RuntimeError`` when a font file is missing or Qt rejects it.
    """
    with _lock:
        if _registered:
            return _registered[0]
        families: set[str] = set()
        for name in FONT_FILES:
            path = font_dir() / name
            if not path.is_file():
                raise RuntimeError(f"font file {path} is missing; reinstall the application")
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise RuntimeError(f"Qt could not load the font file {path}")
            families.update(QFontDatabase.applicationFontFamilies(font_id))
        family = CJK_FAMILY if CJK_FAMILY in families else sorted(families)[0]
        _registered.append(family)
        return family


def report_font(point_size: float = 9.5) -> QFont:
    """The report's body font: the shipped CJK family (it has Latin too), some features off."""
    font = QFont(register_fonts())
    font.setPointSizeF(point_size)
    for feature in UNMAPPABLE_FEATURES:
        font.setFeature(QFont.Tag(feature), 0)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
