"""Error details in Simplified Chinese: project files, catalog overrides, engine input errors.

The loaders raise ``TcoError``s carrying a translatable ``Message`` (``.message``); ``str(exc)``
stays the English text. The CLI and the GUI render the message in the chosen language, keeping
file names, field paths and values as they are.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from i18n_scan import english_afterwards  # noqa: F401 (fixture)

from llm_tco.cli import main
from llm_tco.cli.language import use_language, warning_text
from llm_tco.engine.catalog import load_catalogs
from llm_tco.engine.errors import PerformanceError, ProjectFileError, TcoError
from llm_tco.engine.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    error_text,
    msg,
    pydantic_problem,
    templates,
    untranslated,
)
from llm_tco.engine.project_model import Project, ProjectInfo
from llm_tco.project import load, save

CJK = re.compile(r"[\u4e00-\u9fff]")


pytestmark = pytest.mark.usefixtures("english_afterwards")


def _valid_document(tmp_path: Path) -> dict:
    path = tmp_path / "valid.llmtco"
    save(Project(info=ProjectInfo(name="Alpha")), path)
    return json.loads(path.read_text(encoding="utf-8"))


def _bad_json(tmp_path: Path) -> Path:
    path = tmp_path / "bad-json.llmtco"
    path.write_text('{\n  "format": "llm-tco-project",\n  "schema_version": 1,,\n}', "utf-8")
    return path


def _newer_version(tmp_path: Path) -> Path:
    document = _valid_document(tmp_path)
    document["schema_version"] = 99
    path = tmp_path / "newer.llmtco"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _invalid_field(tmp_path: Path) -> Path:
    document = _valid_document(tmp_path)
    document["project"]["workload"] = {"requests_per_day": -5}
    path = tmp_path / "invalid-field.llmtco"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _cli_error(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    assert main(["--language", "zh_CN", "evaluate", str(path), "--no-monte-carlo"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("llm-tco evaluate：错误："), err
    return err.removeprefix("llm-tco evaluate：错误：")


def test_cli_bad_json_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    detail = _cli_error(capsys, _bad_json(tmp_path))
    assert str(tmp_path / "bad-json.llmtco") in detail
    assert "无法读取项目文件" in detail
    assert "不是有效的 JSON（第 3 行，第 23 列" in detail
    assert "Cannot" not in detail
    assert "Open another file" not in detail


def test_cli_unknown_version_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    detail = _cli_error(capsys, _newer_version(tmp_path))
    assert f"无法打开项目文件 {tmp_path / 'newer.llmtco'}" in detail
    assert "文件格式 99" in detail
    assert "请更新本程序后再打开。" in detail
    assert not re.search(r"\b[a-z]{4,}\b", detail.replace(str(tmp_path / "newer.llmtco"), "")), (
        detail
    )


def test_cli_invalid_field_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    detail = _cli_error(capsys, _invalid_field(tmp_path))
    assert str(tmp_path / "invalid-field.llmtco") in detail
    assert "project.workload.requests_per_day：值必须大于" in detail  # the field path is kept
    assert "内容无效" in detail
    assert "请在文本编辑器中更正" in detail
    assert "Input should" not in detail


def test_english_texts_are_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    newer = _newer_version(tmp_path)
    with pytest.raises(ProjectFileError) as caught:
        load(newer)
    assert str(caught.value) == (
        f"Cannot open project file {newer}: it was made by a newer version 0.1.0 of LLM TCO "
        "Advisor (file format 99; this version reads formats up to 1). Update the app to open it."
    ).replace("0.1.0", _valid_document(tmp_path)["app_version"])
    assert caught.value.message is not None
    bad = _bad_json(tmp_path)
    with pytest.raises(ProjectFileError) as caught:
        load(bad)
    assert str(caught.value) == (
        f"Cannot read project file {bad}: it is not valid JSON (line 3, column 23: Expecting "
        "property name enclosed in double quotes). Open another file, or restore the previous "
        "version from the backup next to it (same name ending in .llmtco.bak)."
    )
    invalid = _invalid_field(tmp_path)
    with pytest.raises(ProjectFileError) as caught:
        load(invalid)
    assert "(project.workload.requests_per_day: Input should be greater than or equal to 0)" in str(
        caught.value
    )
    # and the English CLI prints exactly that
    assert main(["evaluate", str(bad)]) == 2
    assert capsys.readouterr().err.strip() == f"llm-tco evaluate: error: {_err(bad)!s}"


def _err(path: Path) -> TcoError:
    try:
        load(path)
    except TcoError as exc:
        return exc
    raise AssertionError("loaded")


def test_plain_errors_and_other_exceptions_show_their_text() -> None:
    assert TcoError("plain words").message is None
    assert str(TcoError("plain words")) == "plain words"
    shown = error_text(ValueError("boom"), translate=untranslated, language="zh_CN")
    assert shown == "boom"
    structured = PerformanceError(msg(QT_TRANSLATE_NOOP("EngineText", "Report this bug.")))
    chinese = _cli_translate("zh_CN")
    assert error_text(structured, translate=chinese, language="zh_CN") == "请报告此错误。"


def _cli_translate(language: str):
    from llm_tco.cli.language import translator

    use_language(language)
    return translator()


def test_pydantic_problems_keep_their_english_words() -> None:
    samples = {
        "greater_than": "Input should be greater than 0",
        "less_than_equal": "Input should be less than or equal to 2",
        "literal_error": "Input should be 'x' or 'y'",
        "missing": "Field required",
        "string_too_short": "String should have at least 1 character",
        "value_error": "Value error, at least one priority weight must be above zero",
        "something_new": "A sentence pydantic may add one day",
    }
    for kind, text in samples.items():
        assert str(pydantic_problem(kind, text)) == text
    assert pydantic_problem("something_new", "words").template == "{problem}"


def test_catalog_override_warning_in_chinese(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    bad = overrides / "gpus.json"
    from llm_tco import paths

    shipped = json.loads((paths.catalogs_dir() / "gpus.json").read_text(encoding="utf-8"))
    entry = {**shipped["entries"][0], "id": "my-gpu", "memory_gb": -80}
    bad.write_text(json.dumps({"catalog": "gpus", "entries": [entry]}), encoding="utf-8")
    catalogs = load_catalogs(overrides_dir=overrides)
    [warning] = [w for w in catalogs.warnings if w.path == str(bad)]
    english = str(warning)
    assert str(warning.as_message()) == english
    assert "memory_gb" in english
    assert "(file skipped)" in english
    use_language("zh_CN")
    chinese = warning_text(warning)
    assert str(bad) in chinese
    assert "条目 my-gpu" in chinese
    assert "memory_gb：" in chinese
    assert "（已跳过该文件）" in chinese
    assert CJK.search(chinese)


def test_every_error_template_is_translated() -> None:
    from llm_tco.report.translation import translator_for

    translate = translator_for("zh_CN")
    assert translate is not None
    sources = _templates_in_sources()
    assert len(sources) > 80
    untranslated_ = [s for s in sources if translate("EngineText", s) in ("", s)]
    assert not untranslated_, untranslated_[:5]


def _templates_in_sources() -> list[str]:
    import ast

    root = Path(__file__).resolve().parents[2] / "desktop" / "llm_tco"
    files = [root / "engine" / "safe_json.py", root / "engine" / "catalog.py"]
    files += sorted((root / "project").glob("*.py"))
    found: list[str] = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                text = node.args[1]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    found.append(text.value)
    return found


def test_gui_open_shows_chinese_naming_the_file(qapp, fresh_data_dir, qtbot, message_boxes):
    from PySide6.QtCore import QLocale

    from llm_tco import i18n
    from llm_tco.gui import i18n_qt
    from llm_tco.gui.main_window import MainWindow

    path = fresh_data_dir / "broken.llmtco"
    path.write_text("{", encoding="utf-8")
    locale_before, font_before = QLocale(), qapp.font()
    i18n_qt.install_translators(qapp, "zh_CN")
    try:
        window = MainWindow(load_catalogs=False)
        qtbot.addWidget(window)
        assert not window.files.open_path(path, asked=True)
        [(kind, title, text)] = message_boxes.calls
        assert kind == "critical"
        assert CJK.search(title)
        assert text.startswith(f"无法读取项目文件 {path}："), text
        assert "文件提前结束" in text
    finally:
        i18n_qt.remove_translators(qapp)
        QLocale.setDefault(locale_before)
        qapp.setFont(font_before)
        i18n.set_current_language("en")


def test_messages_name_no_untranslatable_template() -> None:
    exc = _err_of(lambda: load(Path("/nonexistent/dir/x.llmtco")))
    assert isinstance(exc.message, Message)
    assert all(t for t in templates(exc.message))


def _err_of(call) -> TcoError:
    try:
        call()
    except TcoError as exc:
        return exc
    raise AssertionError("no error")
