"""Build the PyInstaller one-folder bundle, check its contents and size, and run its smoke test.

Usage: ``python packaging/build_bundle.py [--skip-build] [--no-smoke]``. Prints the build time, the
bundle size against the budget, and the smoke test's result; exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "build" / "bundle" / "dist"
WORK = ROOT / "build" / "bundle" / "work"
BUNDLE = DIST / "llm-tco-advisor"
SIZE_BUDGET_MB = 260.0  # unpacked one-folder bundle on Linux x86_64

REQUIRED = (
    "llm_tco/catalogs/models.json",
    "llm_tco/catalogs/gpus.json",
    "llm_tco/catalogs/api_offers.json",
    "llm_tco/resources/examples",
    "llm_tco/resources/icons/app.svg",
)
FORBIDDEN_PREFIXES = ("libQt6Quick", "libQt6Qml", "libQt6Sql", "libQt6Test", "libQt6Designer")


def folder_size_mb(path: Path) -> float:
    """Total size of the files under ``path`` in MB (1e6 bytes); links are not counted twice."""
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def build() -> float:
    """Run PyInstaller on the checked-in spec; returns the build time in seconds."""
    start = time.perf_counter()
    spec = ROOT / "packaging" / "llm-tco-advisor.spec"
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(spec),
    ]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True)
    return time.perf_counter() - start


def check_contents() -> list[str]:
    """Problems with the bundle's contents (missing data, unused Qt modules)."""
    internal = BUNDLE / "_internal"
    problems = [f"missing {rel}" for rel in REQUIRED if not (internal / rel).exists()]
    qm = list(internal.rglob("qtbase_zh_CN.qm"))
    if not qm:
        problems.append("missing Qt translation qtbase_zh_CN.qm")
    for lib in internal.rglob("libQt6*"):
        if lib.name.startswith(FORBIDDEN_PREFIXES):
            problems.append(f"unused Qt library bundled: {lib.name}")
    return problems


def smoke_test() -> int:
    """Run the bundle's ``--smoke-test`` offscreen; returns its exit code."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([str(BUNDLE / "llm-tco-advisor"), "--smoke-test"], env=env, check=False)
    return proc.returncode


def cli_check() -> list[str]:
    """Problems running the bundled CLI: every subcommand present, an evaluation that works."""
    exe = str(BUNDLE / "llm-tco-advisor")
    example = ROOT / "resources" / "examples" / "startup_chatbot.llmtco"
    problems = []
    help_text = subprocess.run([exe, "--help"], capture_output=True, text=True, check=False).stdout
    for name in ("estimate", "evaluate", "bench", "catalog", "calibrate", "screenshots"):
        if name not in help_text:
            problems.append(f"bundled CLI lacks the {name!r} subcommand")
    run = [exe, "evaluate", str(example), "--top", "1", "--no-monte-carlo", "--json"]
    proc = subprocess.run(run, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or '"recommendations"' not in proc.stdout:
        problems.append(f"bundled `evaluate` failed ({proc.returncode}): {proc.stderr[-300:]}")
    print(f"bundled CLI: {'ok' if not problems else 'FAILED'}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--no-smoke", action="store_true")
    args = parser.parse_args(argv)
    if not args.skip_build:
        print(f"build time: {build():.1f} s")
    size = folder_size_mb(BUNDLE)
    print(f"bundle size: {size:.1f} MB (budget {SIZE_BUDGET_MB:.0f} MB)")
    problems = check_contents()
    if size > SIZE_BUDGET_MB:
        problems.append(f"bundle is {size:.1f} MB, over the {SIZE_BUDGET_MB:.0f} MB budget")
    if not args.no_smoke:
        problems.extend(cli_check())
        code = smoke_test()
        print(f"smoke test exit code: {code}")
        if code != 0:
            problems.append(f"smoke test failed with exit code {code}")
    for problem in problems:
        print(f"FAIL: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
