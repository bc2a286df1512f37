"""Guard against the PySide6 release that leaks references to None (6.12.0 on Python 3.11).

That release drops one reference to ``None`` on every void method call; the app then aborts with
"Fatal Python error: none_dealloc" after a few dozen what-if edits. pyproject.toml excludes it;
this test fails if such a build is installed again.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHECK = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.update()
    print(sys.getrefcount(None) - before)
    """
)


def test_void_calls_do_not_leak_references_to_none() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    drift = int(proc.stdout.strip().splitlines()[-1])
    assert abs(drift) < 100, f"None lost {-drift} references over 4000 void calls"
