"""A report exported in Chinese: extractable Chinese text, no lost glyphs, money in the currency."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from llm_tco.engine.catalog import load_catalogs
from llm_tco.engine.evaluate import evaluate
from llm_tco.engine.project_model import Project
from llm_tco.gui import i18n_qt

pytestmark = pytest.mark.usefixtures("qapp")

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def evaluated_cny():
    base = Project()
    project = base.model_copy(
        update={
            "info": base.info.model_copy(
                update={"name": "客服机器人试点", "currency": "CNY", "usd_exchange_rate": 7.1}
            ),
            "scenario": base.scenario.model_copy(update={"monte_carlo_samples": 300}),
            "workload": base.workload.model_copy(update={"requests_per_day": 20_000.0}),
        }
    )
    catalogs = load_catalogs(use_user_overrides=False)
    return project, evaluate(project, catalogs), catalogs


def _text(path: Path) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _shipped_translate():
    translator = QTranslator()
    assert translator.load(str(i18n_qt.app_translation_file("zh_CN")))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


def test_pdf_in_chinese_has_extractable_chinese_and_no_lost_glyphs(tmp_path, evaluated_cny):
    from llm_tco.report import export_pdf

    project, result, catalogs = evaluated_cny
    path = tmp_path / "报告.pdf"
    export_pdf(project, result, catalogs, path, language="zh_CN", translate=_shipped_translate())
    raw = _text(path)
    text = _squash(raw)
    assert "\x00" not in raw
    assert "客服机器人试点" in text
    for heading in ("摘要", "方案排名", "成本构成", "方法与局限性"):
        assert heading in text, heading
    assert "CNY" in text
    assert "Executive summary" not in raw


def test_report_language_does_not_depend_on_the_ui_language(tmp_path, evaluated_cny):
    """language='zh_CN' alone (no translate function, English UI) prints Chinese."""
    from llm_tco.report import export_pdf
    from llm_tco.report.translation import translation_files

    assert translation_files("zh_CN") == [i18n_qt.app_translation_file("zh_CN")]
    project, result, catalogs = evaluated_cny
    path = tmp_path / "report.pdf"
    export_pdf(project, result, catalogs, path, language="zh_CN")
    raw = _text(path)
    assert "\x00" not in raw
    assert "方案排名" in _squash(raw)
