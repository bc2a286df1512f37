"""Run every check of the project: ruff lint, ruff format, mypy, the whole pytest suite, and the
installed-app check (PyInstaller bundle built from the checked-in spec, size budget, smoke test).

Usage: ``python scripts/check.py [extra pytest args]``. Exits non-zero when any check fails.
``LLM_TCO_SKIP_BUNDLE=1`` skips the bundle step (about a minute) for quick local runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


def _run(title: str, command: list[str]) -> int:
    print(f"\n=== {title}: {' '.join(command)}", flush=True)
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def main(argv: list[str]) -> int:
    env_note = os.environ.get("QT_QPA_PLATFORM", "offscreen (set by tests/conftest.py)")
    print(f"Qt platform: {env_note}")
    failures = []
    checks = [
        ("ruff lint", [PY, "-m", "ruff", "check", "."]),
        ("ruff format", [PY, "-m", "ruff", "format", "--check", "."]),
        ("mypy", [PY, "-m", "mypy"]),
        ("pytest", [PY, "-m", "pytest", *argv]),
    ]
    if os.environ.get("LLM_TCO_SKIP_BUNDLE") != "1":
        checks.append(("bundle + smoke test", [PY, "packaging/build_bundle.py"]))
    for title, command in checks:
        code = _run(title, command)
        if code == 5 and title == "pytest":
            print("pytest collected no tests; treating as success")
            code = 0
        if code != 0:
            failures.append(title)
    verdict = f"FAILED: {', '.join(failures)}" if failures else "all checks passed"
    print(f"\n=== summary: {verdict}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
