"""Packaging: the wheel carries catalogs, resources, fonts, translations; desktop files validate."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.llm_tco_advisor.LlmTcoAdvisor"


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation"]
    subprocess.run([*command, "-q", "-w", str(out)], check=True, capture_output=True, timeout=300)
    (wheel,) = out.glob("llm_tco_advisor-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_wheel_contains_catalogs_and_resources(wheel_names: list[str]) -> None:
    names = set(wheel_names)
    for catalog in ("models", "gpus", "gpu_offers", "api_offers", "tuning_offers"):
        assert f"llm_tco/catalogs/{catalog}.json" in names
    assert "llm_tco/resources/icons/app.svg" in names
    assert "llm_tco/resources/fonts/NotoSansSC-Regular-subset.otf" in names
    assert "llm_tco/resources/fonts/NotoSansSC-Bold-subset.otf" in names
    assert any(n.startswith("llm_tco/resources/examples/") and n.endswith(".llmtco") for n in names)
    assert any(n.startswith("llm_tco/resources/i18n/") and n.endswith(".qm") for n in names)


def test_wheel_declares_both_launchers(wheel_names: list[str], tmp_path: Path) -> None:
    entry_points = next(n for n in wheel_names if n.endswith("entry_points.txt"))
    assert entry_points
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'llm-tco = "llm_tco.cli:main"' in text
    assert 'llm-tco-advisor = "llm_tco.gui.app:main"' in text
    assert "[project.gui-scripts]" in text


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed (.ci/run installs it)")
    return path


def test_desktop_file_validates() -> None:
    proc = subprocess.run(
        [_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in proc.stdout.lower()


def test_appstream_metainfo_validates() -> None:
    proc = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_hicolor_icons_and_mime_association() -> None:
    icons = LINUX / "icons" / "hicolor"
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    mime = (LINUX / f"{APP_ID}.mime.xml").read_text(encoding="utf-8")
    assert "MimeType=application/x-llmtco;" in desktop
    assert 'type="application/x-llmtco"' in mime
    assert '<glob pattern="*.llmtco"/>' in mime
    assert f"Icon={APP_ID}" in desktop
