"""Time the PDF export of every example project (target: under 3 s each).

Usage: ``python scripts/bench_report.py [--pages-dir DIR] [--page-size A4|Letter] [FILES]``
(default: every ``resources/examples/*.llmtco``). Prints, per project, the evaluation time (not
counted), the export time (content + charts + layout + atomic write) and the page count; exits 1
when an export takes 3 s or more. The one-time start-up (importing the chart modules, registering
the fonts), which the app pays once at launch, is printed separately. Runs headless.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_S = 3.0


def bench(paths: list[Path], out_dir: Path, page_size: str) -> bool:
    """Export each project to ``out_dir``; True when every export met the target."""
    from pypdf import PdfReader

    from llm_tco import paths as app_paths
    from llm_tco.engine.catalog import load_catalogs
    from llm_tco.engine.evaluate import evaluate
    from llm_tco.project import load
    from llm_tco.report import export_pdf

    catalogs = load_catalogs(use_user_overrides=False)
    t0 = time.perf_counter()
    from llm_tco.report.fonts import register_fonts

    try:
        import llm_tco.gui.charts  # noqa: F401 - imports the app has done before any export
    except ImportError as exc:
        print(f"warning: chart modules not importable, charts will be missing: {exc}")

    register_fonts()
    print(f"one-time start-up (chart modules, font registration): {time.perf_counter() - t0:.2f} s")
    ok = True
    print(f"{'project':40} {'evaluate s':>10} {'export s':>9} {'pages':>5}")
    for path in paths or sorted(app_paths.examples_dir().glob("*.llmtco")):
        project = load(path)
        t0 = time.perf_counter()
        result = evaluate(project, catalogs)
        t1 = time.perf_counter()
        out = out_dir / f"{path.stem}.pdf"
        export_pdf(project, result, catalogs, out, page_size=page_size)
        t2 = time.perf_counter()
        pages = len(PdfReader(str(out)).pages)
        ok &= (t2 - t1) < TARGET_S
        print(f"{path.name:40} {t1 - t0:10.2f} {t2 - t1:9.2f} {pages:5d}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--pages-dir", type=Path, help="keep the PDFs in this folder")
    parser.add_argument("--page-size", default="A4", choices=("A4", "Letter"))
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - charts need it
    if args.pages_dir:
        args.pages_dir.mkdir(parents=True, exist_ok=True)
        return 0 if bench(args.files, args.pages_dir, args.page_size) else 1
    with tempfile.TemporaryDirectory() as tmp:
        return 0 if bench(args.files, Path(tmp), args.page_size) else 1


if __name__ == "__main__":
    raise SystemExit(main())
