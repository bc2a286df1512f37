"""The printed PDF: searchable text with the key facts, metadata, fonts embedded, pages not blank,
charts on white, Chinese text intact, and no half-written file after a failure."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_helpers import (
    CHINESE_NAME,
    Evaluated,
    extract_text,
    poppler,
    render_page_gray,
    run,
    squash,
)

from llm_tco.engine.errors import ReportError
from llm_tco.report import export_pdf
from llm_tco.report import pdf as report_pdf
from llm_tco.report.content import build_content

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def a4_pdf(tmp_path_factory: pytest.TempPathFactory, evaluated: Evaluated, qapp: object) -> Path:
    path = tmp_path_factory.mktemp("a4") / "report.pdf"
    export_pdf(evaluated.project, evaluated.result, evaluated.catalogs, path, page_size="A4")
    return path


def app_monthly_text(evaluated: Evaluated) -> str:
    """The recommended option's monthly cost exactly as the results table displays it."""
    from llm_tco.gui.results.adapter import as_view
    from llm_tco.gui.results.table_model import Column, RecommendationModel

    model = RecommendationModel()
    model.set_view(as_view(evaluated.result))
    return str(model.data(model.index(0, Column.MONTHLY)))


def test_text_has_project_recommendation_and_monthly_cost(
    a4_pdf: Path, evaluated: Evaluated
) -> None:
    text = squash(" ".join(extract_text(a4_pdf)))
    best = evaluated.result.recommendations[0]
    monthly = app_monthly_text(evaluated)
    assert monthly
    assert monthly[0] == "$"
    assert monthly[-1].isdigit()
    assert evaluated.project.info.name in text
    assert best.model_name in text
    assert best.provider in text
    assert f"about {monthly} per month" in text


def test_price_sources_are_clickable_links(a4_pdf: Path, evaluated: Evaluated) -> None:
    uris = set()
    for page in PdfReader(str(a4_pdf)).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None:
                uris.add(str(action.get("/URI")))
    for src in evaluated.result.recommendations[0].price_sources:
        assert src.source in uris


def test_page_count_size_and_metadata(a4_pdf: Path, evaluated: Evaluated) -> None:
    reader = PdfReader(str(a4_pdf))
    content = build_content(evaluated.project, evaluated.result, evaluated.catalogs)
    assert reader.metadata is not None
    assert reader.metadata.title == content.title
    assert "LLM TCO Advisor" in str(reader.metadata.get("/Creator"))
    pages = len(reader.pages)
    info = run(poppler("pdfinfo"), str(a4_pdf))
    assert f"Pages:{' ' * 10}{pages}" in info or f"Pages: {pages}" in " ".join(info.split())
    assert pages >= 6
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    last = squash(extract_text(a4_pdf)[-1])
    assert f"Page {pages} of {pages}" in last


def test_no_nul_characters_and_digits_and_ligatures_survive(a4_pdf: Path) -> None:
    raw = "".join(extract_text(a4_pdf))
    assert "\x00" not in raw
    assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in raw), "unmapped glyphs"
    assert any(ch.isdigit() for ch in raw)
    text = squash(raw)
    for phrase in ("Efficiency multiplier", "Time to first token target", "Staff and priorities"):
        assert phrase in text


def test_each_chart_is_on_the_page_of_its_caption(a4_pdf: Path, evaluated: Evaluated) -> None:
    content = build_content(evaluated.project, evaluated.result, evaluated.catalogs)
    titles = [f"{c.title}:" for c in content.charts()]
    listing = run(poppler("pdfimages"), "-list", str(a4_pdf)).splitlines()[2:]
    images_per_page: dict[int, int] = {}
    for line in listing:
        page = int(line.split()[0])
        images_per_page[page] = images_per_page.get(page, 0) + 1
    assert sum(images_per_page.values()) == len(titles), "a chart is missing"
    for number, page_text in enumerate(extract_text(a4_pdf), start=1):
        captions = sum(squash(page_text).count(t) for t in titles)
        assert captions == images_per_page.get(number, 0), f"page {number}"


def test_every_font_is_embedded(a4_pdf: Path) -> None:
    lines = run(poppler("pdffonts"), str(a4_pdf)).splitlines()[2:]
    assert lines, "no fonts listed"
    for line in lines:
        columns = line.split()
        assert columns[-5] == "yes", f"font not embedded: {line}"


def test_first_page_is_not_blank(a4_pdf: Path, tmp_path: Path) -> None:
    page = render_page_gray(a4_pdf, 1, tmp_path)
    dark = int((page < 200).sum())
    assert dark > 0.01 * page.size, f"only {dark} dark pixels on page 1"


def test_chart_pages_print_on_white(a4_pdf: Path, tmp_path: Path) -> None:
    texts = extract_text(a4_pdf)
    chart_pages = [i + 1 for i, t in enumerate(texts) if "Cumulative cost:" in squash(t)]
    assert chart_pages, "the cumulative cost chart caption is missing"
    page = render_page_gray(a4_pdf, chart_pages[0], tmp_path, dpi=50)
    white = float((page > 235).mean())
    dark = float((page < 128).mean())
    assert white > 0.75, f"chart page is only {white:.0%} white"
    assert dark > 0.002, "chart page looks empty"


def test_letter_size(tmp_path: Path, evaluated: Evaluated) -> None:
    path = tmp_path / "letter.pdf"
    export_pdf(evaluated.project, evaluated.result, evaluated.catalogs, path, page_size="Letter")
    box = PdfReader(str(path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_chinese_project_name_and_translated_text(tmp_path: Path, evaluated_cny: Evaluated) -> None:
    zh = {"Executive summary": "执行摘要", "Ranked options": "方案排名"}

    def translate(context: str, text: str) -> str:
        return zh.get(text, text)

    path = tmp_path / "中文报告.pdf"
    e = evaluated_cny
    export_pdf(e.project, e.result, e.catalogs, path, language="zh_CN", translate=translate)
    raw = "".join(extract_text(path))
    text = squash(raw)
    assert "\x00" not in raw
    assert CHINESE_NAME in text
    assert "执行摘要" in text
    assert "方案排名" in text
    assert "CNY" in text


def test_failure_while_painting_leaves_no_file(
    tmp_path: Path, evaluated: Evaluated, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = report_pdf.draw_page

    def failing(painter: object, doc: object, body: object, page: int, content: object) -> None:
        if page == 2:
            raise RuntimeError("injected failure on page 3")
        real(painter, doc, body, page, content)  # type: ignore[arg-type]

    monkeypatch.setattr(report_pdf, "draw_page", failing)
    target = tmp_path / "out.pdf"
    with pytest.raises(ReportError, match="injected failure"):
        export_pdf(evaluated.project, evaluated.result, evaluated.catalogs, target)
    assert list(tmp_path.iterdir()) == []


def test_failure_while_writing_keeps_the_old_file(
    tmp_path: Path, evaluated: Evaluated, monkeypatch: pytest.MonkeyPatch
) -> None:
    from llm_tco.engine import atomic_io as atomic

    target = tmp_path / "out.pdf"
    target.write_bytes(b"previous report")

    def no_space(source: Path, dest: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "replace_with_retry", no_space)
    with pytest.raises(ReportError, match="No space left"):
        export_pdf(evaluated.project, evaluated.result, evaluated.catalogs, target)
    assert target.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_bad_page_size_and_missing_folder_are_report_errors(
    tmp_path: Path, evaluated: Evaluated
) -> None:
    e = evaluated
    with pytest.raises(ReportError, match="page size"):
        export_pdf(e.project, e.result, e.catalogs, tmp_path / "x.pdf", page_size="A3")
    with pytest.raises(ReportError, match="does not exist"):
        export_pdf(e.project, e.result, e.catalogs, tmp_path / "missing" / "x.pdf")
    with pytest.raises(ReportError, match="language"):
        export_pdf(e.project, e.result, e.catalogs, tmp_path / "x.pdf", language="tlh")
    assert list(tmp_path.iterdir()) == []


def test_progress_rises_to_100(tmp_path: Path, evaluated: Evaluated) -> None:
    seen: list[int] = []
    record: Callable[[int, str], None] = lambda percent, step: seen.append(percent)  # noqa: E731
    export_pdf(evaluated.project, evaluated.result, evaluated.catalogs, tmp_path / "p.pdf",
               progress=record)  # fmt: skip
    assert seen[-1] == 100
    assert seen == sorted(seen)
    assert len(seen) > 5


def test_export_needs_no_network(
    tmp_path: Path, evaluated: Evaluated, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the report export tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    target = tmp_path / "offline.pdf"
    export_pdf(evaluated.project, evaluated.result, evaluated.catalogs, target)
    assert target.stat().st_size > 10_000


def test_report_when_nothing_meets_the_requirements(tmp_path: Path, catalogs: object) -> None:
    from report_helpers import make_project

    from llm_tco.engine.evaluate import evaluate

    base = make_project("Impossible wishes")
    from llm_tco.engine.catalog_schema import DataLocation

    project = base.model_copy(
        update={  # air-gapped, but no GPUs owned, none to rent and none to buy
            "privacy": base.privacy.model_copy(update={"data_location": DataLocation.AIR_GAPPED}),
            "hardware": base.hardware.model_copy(update={"cloud_gpus": False, "can_buy": False}),
        }
    )
    result = evaluate(project, catalogs)  # type: ignore[arg-type]
    assert not result.recommendations
    target = tmp_path / "none.pdf"
    export_pdf(project, result, catalogs, target)  # type: ignore[arg-type]
    text = squash(" ".join(extract_text(target)))
    assert "No option meets every requirement" in text
    assert "Excluded options" in text
    assert "Cumulative cost:" not in text  # no empty charts


def test_markup_in_user_text_prints_literally(tmp_path: Path, evaluated: Evaluated) -> None:
    name = '<b>R&D</b> "pilot" <img src=x>'
    info = evaluated.project.info.model_copy(update={"name": name, "description": "a < b & c"})
    project = evaluated.project.model_copy(update={"info": info})
    target = tmp_path / "markup.pdf"
    export_pdf(project, evaluated.result, evaluated.catalogs, target)
    text = squash(" ".join(extract_text(target)))
    assert squash(name) in text
    assert "a < b & c" in text
