"""A process killed with SIGKILL in the middle of saving never leaves a partial file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from llm_tco.project import load

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
SAVER = """
import sys
from pathlib import Path
from llm_tco.engine.project_model import Project
from llm_tco.project import save

target, ready = Path(sys.argv[1]), Path(sys.argv[2])
# big and small versions, so a torn write would be visible as a size or parse problem
big = {"models": [{"id": f"entry-{i}", "note": "x" * 200} for i in range(3000)]}
i = 0
while True:
    overrides = big if i % 2 else {}
    save(Project(info={"name": f"version {i}"}, catalog_overrides=overrides), target)
    if i == 1:
        ready.write_text("ok")
    i += 1
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_save_loop_never_leaves_a_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.llmtco"
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    rng = random.Random(20261130)
    versions_seen = set()
    for round_ in range(8):
        ready = tmp_path / f"ready-{round_}"
        child = subprocess.Popen([sys.executable, "-c", SAVER, str(target), str(ready)], env=env)
        try:
            deadline = time.monotonic() + 30
            while not ready.exists():
                assert child.poll() is None, "saver exited early"
                assert time.monotonic() < deadline, "saver never got going"
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 0.3))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
        assert child.returncode == -signal.SIGKILL
        project = load(target)  # raises if the file were partial
        assert project.info.name.startswith("version ")
        assert len(project.catalog_overrides.get("models", [])) in (0, 3000)
        versions_seen.add(project.info.name)
        backup = target.with_name(target.name + ".bak")
        assert load(backup).info.name.startswith("version ")
    assert len(versions_seen) > 1  # the kills really landed at different points
