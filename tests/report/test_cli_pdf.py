"""``llm-tco evaluate PROJECT --pdf OUT.pdf``: the command line writes the same report, headless."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from report_helpers import extract_text, squash

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "startup_chatbot.llmtco"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    env.pop("QT_QPA_PLATFORM", None)  # the CLI must manage without a display on its own
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    command = [sys.executable, "-c", "import sys; from llm_tco.cli import main; sys.exit(main())",
               *args]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


def test_evaluate_writes_the_pdf(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    done = run_cli("evaluate", str(EXAMPLE), "--no-monte-carlo", "--pdf", str(out),
                   "--page-size", "Letter")  # fmt: skip
    assert done.returncode == 0, done.stderr
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 5
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Startup support chatbot" in squash(" ".join(extract_text(out)))
    assert f"wrote {out}" in done.stderr


def test_unwritable_target_is_one_line_exit_2(tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "report.pdf"
    done = run_cli("evaluate", str(EXAMPLE), "--no-monte-carlo", "--pdf", str(out))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0, done.stderr
    assert "does not exist" in done.stderr
    assert not out.exists()
