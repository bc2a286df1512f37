"""Make the shipped CJK font: Noto Sans CJK SC Regular and Bold, subset to what the app needs.

Source: Debian's ``fonts-noto-cjk`` package (Noto Sans CJK 2.004, SIL Open Font License 1.1,
https://github.com/notofonts/noto-cjk). Subset: printable ASCII, Latin-1, general punctuation,
currency symbols, CJK symbols and punctuation, full-width forms, and the 6,763 hanzi of GB 2312
(levels 1 and 2), which cover everyday Simplified Chinese. Usage (needs fonttools and the package):
``python scripts/subset_cjk_font.py /usr/share/fonts/opentype/noto resources/fonts``
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection


def gb2312_hanzi() -> set[int]:
    """Code points of the GB 2312 hanzi (rows 16-87)."""
    points: set[int] = set()
    for row in range(0xB0, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                points.add(ord(bytes([row, cell]).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return points


def wanted_code_points() -> set[int]:
    """Every code point the subset keeps."""
    ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F),
              (0x2190, 0x21FF), (0x2200, 0x22FF), (0x3000, 0x303F), (0xFF00, 0xFFEF)]  # fmt: skip
    points = {cp for low, high in ranges for cp in range(low, high + 1)}
    return points | gb2312_hanzi()


def sc_face(collection_path: Path):  # type: ignore[no-untyped-def]
    """The Simplified Chinese face of a Noto Sans CJK collection."""
    for font in TTCollection(str(collection_path)).fonts:
        if "SC" in font["name"].getDebugName(1):
            return font
    raise SystemExit(f"no SC face in {collection_path}")


def main(source_dir: str, target_dir: str) -> None:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    for weight in ("Regular", "Bold"):
        font = sc_face(Path(source_dir) / f"NotoSansCJK-{weight}.ttc")
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=wanted_code_points())
        subsetter.subset(font)
        out = Path(target_dir) / f"NotoSansSC-{weight}-subset.otf"
        font.save(str(out))
        print(out, out.stat().st_size // 1024, "KiB")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
