"""The app under zh_CN: title, menus, a wizard page, Qt's own buttons and plurals are Chinese.

Also a sweep of every label, button, tab and tooltip of the main window, the wizard and the
Preferences dialog for English sentences left untranslated.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
    QWizard,
)

from llm_tco import i18n
from llm_tco.engine.project_model import Project, ProjectInfo
from llm_tco.gui import i18n_qt

CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_WORDS = re.compile(r"\b[a-z]{3,}\b")
Button = QDialogButtonBox.StandardButton


@pytest.fixture
def zh_cn(qapp, fresh_data_dir):
    """Chinese translators installed for one test, then everything put back."""
    locale_before = QLocale()
    font_before = qapp.font()
    installed = i18n_qt.install_translators(qapp, "zh_CN")
    yield installed
    i18n_qt.remove_translators(qapp)
    QLocale.setDefault(locale_before)
    qapp.setFont(font_before)
    i18n.set_current_language("en")


def example_texts() -> set[str]:
    """Names and descriptions of the shipped example projects (content, not interface)."""
    from llm_tco.paths import examples_dir
    from llm_tco.project import load

    found: set[str] = set()
    for path in examples_dir().glob("*.llmtco"):
        info = load(path).info
        found |= {info.name, info.description}
    return found


def english_leftovers(root: QWidget) -> list[str]:
    """Visible texts of ``root`` and its children that read as English sentences.

    The example projects' own names and descriptions are content and are left out.
    """
    texts: list[str] = [root.windowTitle()]
    for label in root.findChildren(QLabel):
        texts.append(label.text())
    for button in root.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for box in root.findChildren(QGroupBox):
        texts.append(box.title())
    for tabs in root.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for widget in root.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName()]
    content = example_texts()
    texts = [t for t in texts if t and not any(c and c in t for c in content)]
    plain = (re.sub(r"<[^>]+>|\{[^}]*\}|&\w+;", " ", t) for t in texts)
    return sorted({t for t in plain if len(ENGLISH_WORDS.findall(t)) >= 2 and not CJK.search(t)})


def test_app_and_qt_translations_are_installed(zh_cn):
    assert len(zh_cn) == 2
    assert i18n.current_language() == "zh_CN"
    assert QLocale().name() == "zh_CN"


def test_main_window_title_and_menus_are_chinese(zh_cn, qtbot, message_boxes):
    from llm_tco.gui.main_window import MainWindow

    window = MainWindow(load_catalogs=False)
    qtbot.addWidget(window)
    assert CJK.search(window.windowTitle()), window.windowTitle()
    menus = [action.text() for action in window.menuBar().actions()]
    assert "文件(&F)" in menus
    assert "帮助(&H)" in menus
    assert all(CJK.search(text) for text in menus), menus
    file_menu = window.menuBar().actions()[0].menu()
    items = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert "保存(&S)" in items
    assert all(CJK.search(text) for text in items), items
    assert not english_leftovers(window)


def test_wizard_pages_are_chinese(zh_cn, qtbot):
    from llm_tco.gui.wizard.wizard import PageId, ProjectWizard

    wizard = ProjectWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "新建分析"
    page = wizard.page_for(PageId.WORKLOAD)
    assert page.title() == "工作负载"
    assert CJK.search(page.subTitle())
    # Qt's own wizard buttons come from qtbase_zh_CN
    assert CJK.search(wizard.button(QWizard.WizardButton.CancelButton).text())
    for page_id in PageId:
        leftovers = english_leftovers(wizard.page_for(page_id))
        assert not leftovers, f"{page_id.name}: {leftovers}"


def test_dialog_standard_buttons_come_from_qtbase(zh_cn, qtbot):
    box = QDialogButtonBox(Button.Save | Button.Cancel)
    qtbot.addWidget(box)
    assert box.button(Button.Save).text() == "保存"
    assert box.button(Button.Cancel).text() == "取消"


def test_preferences_dialog_is_chinese(zh_cn, qtbot):
    from llm_tco.gui.dialogs import Preferences, PreferencesDialog

    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "首选项"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(Button.Ok).text() == "确定"
    assert buttons.button(Button.Cancel).text() == "取消"
    assert not english_leftovers(dialog)


def test_plurals_use_the_number(zh_cn):
    from llm_tco.gui.wizard.pages_goals import summary_html

    for months in (1, 24):
        project = Project(info=ProjectInfo(horizon_months=months))
        html = summary_html(project)
        assert f"{months} 个月" in html
        assert "month" not in html


def test_plural_messages_of_the_results_view(zh_cn):
    from PySide6.QtCore import QCoreApplication

    for n in (1, 7):
        text = QCoreApplication.translate(
            "ExcludedView", "%n candidate(s) excluded by hard constraints.", "", n
        )
        assert f"{n} 个候选方案" in text
        samples = QCoreApplication.translate(
            "ResultsPanel", "Uncertainty: %n Monte Carlo sample(s).", "", n
        )
        assert f"{n} 个蒙特卡洛样本" in samples


def test_english_is_back_after_switching(qapp, zh_cn, qtbot):
    box = QDialogButtonBox(Button.Save)
    qtbot.addWidget(box)
    assert box.button(Button.Save).text() == "保存"
    # English: only the application's plural forms ("1 month", "2 months"), none of Qt's files
    installed = i18n_qt.install_translators(qapp, "en")
    assert [t.filePath() for t in installed] == [str(i18n_qt.app_translation_file("en"))]
    english = QDialogButtonBox(Button.Save)
    qtbot.addWidget(english)
    assert english.button(Button.Save).text() == "Save"


def test_language_follows_preferences_and_system(monkeypatch, fresh_data_dir):
    from llm_tco.gui.dialogs import Preferences

    Preferences(language="zh_CN").save()
    assert i18n_qt.resolve_language() == "zh_CN"
    Preferences(language="system").save()
    monkeypatch.setattr(i18n_qt, "system_language", lambda: "zh_CN")
    assert i18n_qt.resolve_language() == "zh_CN"
    assert i18n_qt.resolve_language("en") == "en"


def test_qt_translation_is_found_for_chinese():
    path = i18n_qt.qt_translation_file("zh_CN")
    assert path is not None
    assert path.name in {"qtbase_zh_CN.qm", "qt_zh_CN.qm"}


def test_cjk_font_registers_and_joins_the_fallbacks(qapp):
    before = qapp.font()
    try:
        family = i18n_qt.register_fonts(qapp)
        assert family
        assert family in qapp.font().families()
        assert qapp.font().family() == before.family()
    finally:
        qapp.setFont(before)


def test_the_english_sweep_finds_english_when_untranslated(qtbot):
    from llm_tco.gui.wizard.wizard import PageId, ProjectWizard

    wizard = ProjectWizard()
    qtbot.addWidget(wizard)
    assert english_leftovers(wizard.page_for(PageId.WORKLOAD))


def test_qt_translation_is_found_in_a_pyinstaller_bundle(tmp_path, monkeypatch):
    import shutil
    import sys

    real = i18n_qt.qt_translation_file("zh_CN")
    assert real is not None
    bundled = tmp_path / "PySide6" / "Qt" / "translations"
    bundled.mkdir(parents=True)
    shutil.copyfile(real, bundled / real.name)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(i18n_qt.QLibraryInfo, "path", staticmethod(lambda _which: ""))
    assert i18n_qt.qt_translation_file("zh_CN") == bundled / real.name


def test_results_view_is_chinese(zh_cn, qtbot):
    from PySide6.QtCore import Qt

    from llm_tco.engine.catalog import load_catalogs
    from llm_tco.gui.results import ResultsPanel
    from llm_tco.gui.results.table_model import Column
    from llm_tco.paths import examples_dir
    from llm_tco.project import load

    catalogs = load_catalogs(use_user_overrides=False)
    project = load(examples_dir() / "startup_chatbot.llmtco")
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.evaluator.monte_carlo_enabled = False
    with qtbot.waitSignal(panel.viewChanged, timeout=60_000):
        panel.set_project(project, catalogs)
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert all(CJK.search(h) for h in headers), headers
    routes = {panel.model.index(r, Column.ROUTE).data() for r in range(panel.model.rowCount())}
    assert routes
    assert all(CJK.search(r) for r in routes), routes
    tabs = [panel.charts.tabText(i) for i in range(panel.charts.count())]
    assert all(CJK.search(t) for t in tabs), tabs
    assert not english_leftovers(panel)
    panel.evaluator.wait()


def test_catalog_browser_is_chinese(zh_cn, qtbot):
    from PySide6.QtCore import Qt

    from llm_tco.gui.catalog_browser.browser import CatalogBrowser

    browser = CatalogBrowser()
    qtbot.addWidget(browser)
    assert browser.windowTitle() == "数据目录"
    tabs = [browser.tabs.tabText(i) for i in range(browser.tabs.count())]
    assert all(CJK.search(t) or t.isupper() for t in tabs), tabs  # 'GPU' stays 'GPU'
    for tab in browser.catalog_tabs.values():
        model = tab.view.model()
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        assert all(CJK.search(str(h)) or str(h).isupper() for h in headers), headers
    assert not english_leftovers(browser)


def test_about_and_help_are_chinese(zh_cn, qtbot):
    from llm_tco.gui.dialogs import AboutDialog, HelpDialog

    about = AboutDialog(catalog_dates={"models": "2026-11-30"})
    help_dialog = HelpDialog()
    for dialog in (about, help_dialog):
        qtbot.addWidget(dialog)
        assert CJK.search(dialog.windowTitle())
        assert not english_leftovers(dialog)
    assert "LLM TCO 顾问" in about.windowTitle()
    assert "新建分析" in help_dialog.browser.toPlainText()


def test_setup_application_uses_the_preference(qapp, fresh_data_dir):
    from llm_tco.gui.dialogs import Preferences

    Preferences(language="zh_CN").save()
    font_before, locale_before = qapp.font(), QLocale()
    try:
        assert i18n_qt.setup_application(qapp) == "zh_CN"
        box = QDialogButtonBox(Button.Cancel)
        assert box.button(Button.Cancel).text() == "取消"
        box.deleteLater()
    finally:
        i18n_qt.remove_translators(qapp)
        QLocale.setDefault(locale_before)
        qapp.setFont(font_before)
        i18n.set_current_language("en")


def test_examples_and_the_default_name_are_chinese(zh_cn, qtbot, tmp_path):
    from llm_tco.gui.document import Document, load_project, new_project
    from llm_tco.gui.start_page import list_examples, project_description
    from llm_tco.gui.wizard.wizard import ProjectWizard
    from llm_tco.paths import examples_dir
    from llm_tco.project import load

    examples = list_examples()
    assert examples
    for title, path in examples:
        assert CJK.search(title), title
        assert CJK.search(project_description(Path(path))), path
    example = examples_dir() / "code_assistant_lora.llmtco"
    opened = load_project(example)  # opened as a new analysis: shown in Chinese
    assert opened.info.name == "基于 LoRA 微调的代码助手"
    assert "微调" in opened.info.description
    assert load(example).info.name == "Code assistant with a LoRA fine-tune"  # the file: English
    assert new_project().info.name == "未命名分析"
    wizard = ProjectWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.project_page.name.text() == "未命名分析"  # what the user sees and may edit
    assert Document(autosave_interval_ms=3_600_000).display_name() == "未命名分析"


def test_wizard_validation_messages_are_chinese_and_name_the_field(zh_cn):
    from pydantic import ValidationError

    from llm_tco.engine.project_model import Priorities, Workload
    from llm_tco.gui.wizard.common import error_message, updated, validation_text

    with pytest.raises(ValidationError) as caught:
        updated(ProjectInfo(), horizon_months=0)
    assert validation_text(caught.value) == "“规划期”不能小于 1。请输入更大的值。"
    with pytest.raises(ValidationError) as caught:
        updated(Workload(), cached_prompt_share=2.0)
    assert validation_text(caught.value) == "“提示词缓存占比”不能大于 100%。请输入更小的值。"
    with pytest.raises(ValidationError) as caught:
        updated(Priorities(), **dict.fromkeys(Priorities.model_fields, 0))
    assert CJK.search(validation_text(caught.value))
    unknown = error_message({"type": "new_kind", "loc": ("gpu_quota",)})
    assert unknown == "“GPU 配额”无效。请检查该值并更正。"
    assert not ENGLISH_WORDS.search(unknown)


def test_money_in_the_results_table_uses_the_chinese_symbols(zh_cn):
    from llm_tco.gui.results.formatting import money

    assert money(8888.0, "CNY") == "¥8,888"
    assert money(234.5, "USD") == "US$234.50"


def test_review_priorities_and_accessible_names_have_no_accelerators(zh_cn, qtbot):
    from llm_tco.gui.wizard.pages_goals import summary_rows
    from llm_tco.gui.wizard.wizard import ProjectWizard

    rows = dict(summary_rows(Project()))
    assert rows["优先级"].startswith("成本 8, 质量 5")
    assert "(&" not in rows["优先级"]
    assert "(C)" not in rows["优先级"]
    wizard = ProjectWizard()
    qtbot.addWidget(wizard)
    assert wizard.project_page.name.accessibleName() == "名称"
