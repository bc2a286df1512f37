"""The GUI's export path: charts between event-loop turns, the PDF on a pool thread, signals."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from report_helpers import Evaluated

from llm_tco.report import pdf as report_pdf
from llm_tco.report.worker import ReportExporter


def test_export_finishes_off_the_gui_thread_with_progress(
    qtbot: object, tmp_path: Path, evaluated: Evaluated, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    threads: list[bool] = []
    real = report_pdf.render_pdf_bytes

    def spy(*args: object, **kwargs: object) -> tuple[bytes, int]:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(report_pdf, "render_pdf_bytes", spy)
    target = tmp_path / "gui.pdf"
    e = evaluated
    exporter = ReportExporter(e.project, e.result, e.catalogs, target, page_size="Letter")
    steps: list[int] = []
    exporter.progress.connect(lambda percent, step: steps.append(percent))
    with qtbot.waitSignal(exporter.finished, timeout=60_000) as blocker:  # type: ignore[attr-defined]
        exporter.start()
    assert blocker.args == [str(target)]
    assert threads == [False], "the PDF must be laid out and written on a worker thread"
    assert len(PdfReader(str(target)).pages) >= 6
    assert steps[-1] == 100
    assert any(0 < s < 52 for s in steps), "no chart progress reported"


def test_failure_is_signalled_and_leaves_no_file(
    qtbot: object, tmp_path: Path, evaluated: Evaluated
) -> None:
    target = tmp_path / "missing-folder" / "x.pdf"
    e = evaluated
    exporter = ReportExporter(e.project, e.result, e.catalogs, target)
    with qtbot.waitSignal(exporter.failed, timeout=60_000) as blocker:  # type: ignore[attr-defined]
        exporter.start()
    assert "does not exist" in blocker.args[0]
    assert not target.exists()


def test_cancel_writes_nothing(qtbot: object, tmp_path: Path, evaluated: Evaluated) -> None:
    target = tmp_path / "cancelled.pdf"
    e = evaluated
    exporter = ReportExporter(e.project, e.result, e.catalogs, target)
    with qtbot.waitSignal(exporter.cancelled, timeout=60_000):  # type: ignore[attr-defined]
        exporter.start()
        exporter.cancel()
    assert list(tmp_path.iterdir()) == []
