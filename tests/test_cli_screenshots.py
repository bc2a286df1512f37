"""``llm-tco screenshots``: every view saved as a non-blank PNG, offscreen; the README set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from llm_tco.cli import build_parser

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"
EXAMPLES = ("startup_chatbot", "enterprise_rag_on_premises")


def test_parser_registers_the_command():
    from llm_tco.cli import screenshots

    args = build_parser().parse_args(["screenshots", "out", "--language", "zh_CN"])
    assert args.run is screenshots.run
    assert args.outdir == Path("out")
    assert args.language == "zh_CN"
    assert args.readme is None


def image_stats(path: Path) -> tuple[int, int, int]:
    """Width, height and the number of distinct colours in a sample of pixels."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), max(1, image.width() // 40))
        for y in range(0, image.height(), max(1, image.height() // 40))
    }
    return image.width(), image.height(), len(colours)


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("shots")
    readme = tmp_path_factory.mktemp("readme")
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen by itself
    command = [
        sys.executable,
        "-m",
        "llm_tco.cli",
        "screenshots",
        str(out),
        "--readme",
        str(readme),
    ]
    for name in EXAMPLES:
        command += ["--example", name]
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    return out, readme, done


def test_every_view_of_each_example_is_saved(shots, qapp):
    out, _readme, done = shots
    assert done.returncode == 0, done.stdout + done.stderr
    assert "propagateSizeHints" not in done.stderr
    assert image_stats(out / "start-page.png")[:2] == (1400, 900)
    for name in EXAMPLES:
        folder = out / name
        wizard = sorted(folder.glob("wizard-*.png"))
        assert len(wizard) >= 8  # every page (Owned hardware only where it applies)
        assert wizard[0].name == "wizard-01-project.png"
        assert wizard[-1].name.endswith("-review.png")
        charts = sorted(folder.glob("results-chart-*.png"))
        assert len(charts) == 7
        for expected in ("results-detail", "detail-pane", "results-excluded", "excluded-list"):
            assert (folder / f"{expected}.png").is_file()
        assert len(list(folder.glob("catalogs-*.png"))) == 5
        for png in folder.glob("*.png"):
            width, height, colours = image_stats(png)
            assert width >= 200
            assert height >= 200
            assert colours > 5, f"{png} looks blank"
    assert (out / "enterprise_rag_on_premises" / "wizard-06-owned-hardware.png").is_file()
    assert not list((out / "startup_chatbot").glob("*owned-hardware*"))


def test_readme_set_is_small_and_at_most_1200_px_wide(shots, qapp):
    _out, readme, done = shots
    assert done.returncode == 0, done.stdout + done.stderr
    files = sorted(readme.glob("*.png"))
    assert {p.name for p in files} >= {"start-page.png", "results-cost-vs-volume.png"}
    assert image_stats(readme / "results-cost-vs-volume.png")[0] == 1200
    for png in files:
        width, _height, colours = image_stats(png)
        assert width <= 1200  # the window views are scaled down; the wizard is smaller
        assert colours > 5
        assert png.stat().st_size < 250_000


def test_no_examples_is_an_error(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    done = subprocess.run(
        [sys.executable, "-m", "llm_tco.cli", "screenshots", str(tmp_path), "--example", "nope"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "no example projects" in done.stderr
