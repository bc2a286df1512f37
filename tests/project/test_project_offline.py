"""Project files work with the network blocked: nothing opens a socket."""

from __future__ import annotations

import importlib.util
import socket
from pathlib import Path

import pytest

from llm_tco.project import AutosaveStore, ProjectLock, load, load_document, save


class NetworkBlockedError(RuntimeError):
    """Raised by the patched socket constructors."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkBlockedError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_the_blocker_really_blocks(no_network: None) -> None:
    with pytest.raises(NetworkBlockedError):
        socket.create_connection(("127.0.0.1", 9))


def test_load_save_autosave_and_lock_offline(
    no_network: None, golden_dir: Path, tmp_path: Path, fresh_data_dir: Path
) -> None:
    migrated = load(golden_dir / "project_v0.llmtco")
    path = tmp_path / "offline.llmtco"
    with ProjectLock(path):
        save(migrated, path, catalog_as_of={"models": "2026-11-30"})
        AutosaveStore().write("untitled-1", migrated)
    doc = load_document(path)
    assert doc.project == migrated
    assert doc.catalog_as_of == {"models": "2026-11-30"}


@pytest.mark.skipif(
    importlib.util.find_spec("llm_tco.engine.evaluate") is None, reason="engine not built yet"
)
def test_load_evaluate_save_offline(no_network: None, golden_dir: Path, tmp_path: Path) -> None:
    from llm_tco.engine.catalog import load_catalogs
    from llm_tco.engine.evaluate import evaluate

    project = load(golden_dir / "project_v0.llmtco")
    result = evaluate(project, load_catalogs(use_user_overrides=False), monte_carlo=False)
    assert result.project_name == "Support chatbot (EU)"
    assert len(result.total_cost_usd) > 0
    path = tmp_path / "evaluated.llmtco"
    save(project, path, catalog_as_of=dict(result.catalog_as_of))
    doc = load_document(path)
    assert doc.project == project
    assert doc.catalog_as_of == dict(result.catalog_as_of)
    assert doc.catalog_as_of  # the catalogs carry as_of dates
