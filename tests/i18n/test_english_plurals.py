"""English plurals: llm_tco_en.ts holds only the plural messages, with singular and plural forms."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from i18n_scan import ROOT, lupdate_available, update_script
from PySide6.QtCore import QCoreApplication

from llm_tco import i18n
from llm_tco.gui import i18n_qt

TS = ROOT / "resources" / "i18n" / "llm_tco_en.ts"


@pytest.fixture
def english(qapp):
    installed = i18n_qt.install_translators(qapp, "en")
    yield installed
    i18n_qt.remove_translators(qapp)
    i18n.set_current_language("en")


def test_english_plural_forms_render(english):
    assert len(english) == 1
    months = [QCoreApplication.translate("Review", "%n month(s)", "", n) for n in (1, 2)]
    assert months == ["1 month", "2 months"]
    one = QCoreApplication.translate(
        "ExcludedView", "%n candidate(s) excluded by hard constraints.", "", 1
    )
    assert one == "1 candidate excluded by hard constraints."
    assert "(s)" not in QCoreApplication.translate(
        "MainWindow", "Prices older than %n day(s) ({counts}).", "", 30
    )


def test_review_page_horizon_reads_naturally(english):
    from llm_tco.engine.project_model import Project, ProjectInfo
    from llm_tco.gui.wizard.pages_goals import summary_rows

    for months, text in ((1, "1 month"), (24, "24 months")):
        rows = dict(summary_rows(Project(info=ProjectInfo(horizon_months=months))))
        assert rows["Horizon"] == text


def test_english_file_has_only_finished_plural_messages():
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert messages
    assert all(m.get("numerus") == "yes" for m in messages)
    assert not update_script().unfinished(TS)
    for message in messages:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2, message.findtext("source")
        assert not any("(s)" in form for form in forms), forms


def test_english_translation_is_current_and_compiled():
    if not lupdate_available():
        pytest.skip("pyside6-lupdate is not installed")
    problems = update_script().check("en")
    assert not problems, "run scripts/update_translations.py:\n" + "\n".join(problems)


def test_update_fills_english_forms_marked_with_s(tmp_path):
    script = update_script()
    assert script.english_plural_forms("%n month(s)") == ["%n month", "%n months"]
    assert script.english_plural_forms("%n/10") is None
    ts = tmp_path / "llm_tco_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="en" sourcelanguage="en"><context><name>C</name>'
        '<message numerus="yes"><source>%n row(s)</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
        '<message numerus="yes"><source>%n of them</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    assert script.fill_english_plurals(ts) == 1
    left = script.unfinished(ts)
    assert left
    assert all("%n of them" in problem for problem in left)  # no '(s)': left for a translator
    forms = [f.text for f in ET.parse(ts).getroot().iter("numerusform")]
    assert forms[:2] == ["%n row", "%n rows"]


def test_only_plural_messages_must_be_finished_in_english(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<TS version="2.1"><context><name>C</name><message><source>Plain</source>'
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    script = update_script()
    assert script.unfinished(ts, numerus_only=True) == []
    assert script.unfinished(ts)


def test_report_in_english_is_the_source_text():
    from llm_tco.report.translation import translator_for

    translate = translator_for("en")
    assert translate("ReportSummary", "Executive summary") == "Executive summary"
