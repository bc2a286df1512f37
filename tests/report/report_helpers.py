"""Helpers of the report tests: projects to evaluate, poppler tools, PDF text extraction."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from llm_tco.engine.catalog import Catalogs
from llm_tco.engine.project_model import Project
from llm_tco.engine.results import EvaluationResult

CHINESE_NAME = "企业知识库助手"


@dataclass(frozen=True)
class Evaluated:
    project: Project
    result: EvaluationResult
    catalogs: Catalogs


def make_project(name: str, *, currency: str = "USD", rate: float = 1.0) -> Project:
    """A default project with a name, a currency and a small Monte Carlo (fast tests)."""
    base = Project()
    return base.model_copy(
        update={
            "info": base.info.model_copy(
                update={"name": name, "currency": currency, "usd_exchange_rate": rate}
            ),
            "scenario": base.scenario.model_copy(update={"monte_carlo_samples": 500}),
            "workload": base.workload.model_copy(update={"requests_per_day": 20_000.0}),
        }
    )


def poppler(tool: str) -> str:
    """Path of a poppler-utils tool, or skip the test."""
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def run(*args: str) -> str:
    """Run a command and return its standard output (fails the test on a non-zero exit)."""
    done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=60)
    return done.stdout


def extract_text(path: Path) -> list[str]:
    """Text of every page as pypdf extracts it."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces (pypdf writes Qt's spaces as tabs and line breaks)."""
    return " ".join(text.split())


def render_page_gray(pdf: Path, page: int, out_dir: Path, *, dpi: int = 40) -> np.ndarray:
    """Page ``page`` (1-based) rendered by pdftoppm as a grey-level array (0 black, 255 white)."""
    tool = poppler("pdftoppm")
    prefix = out_dir / f"page{page}"
    run(tool, "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
        str(pdf), str(prefix))  # fmt: skip
    data = (prefix.with_suffix(".pgm")).read_bytes()
    magic, width, height, maxval, offset = _pgm_header(data)
    assert magic == b"P5"
    assert maxval == 255
    pixels = np.frombuffer(data, dtype=np.uint8, count=width * height, offset=offset)
    return pixels.reshape(height, width)


def _pgm_header(data: bytes) -> tuple[bytes, int, int, int, int]:
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:
        while data[pos : pos + 1].isspace():
            pos += 1
        if data[pos : pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    return fields[0], int(fields[1]), int(fields[2]), int(fields[3]), pos + 1
