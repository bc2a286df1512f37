"""More error details in Simplified Chinese: imports, calibration, validators, the PDF report.

The GPU-offer and LiteLLM imports, the calibration reader and fit, the catalog export, the
report and the sentences of the models' own validators raise ``TcoError``s (or pydantic errors)
whose message is translatable; ``str(exc)`` stays the English text, file names, line numbers and
column names stay as they are.
"""

from __future__ import annotations

import ast
import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from i18n_scan import english_afterwards  # noqa: F401 (fixture)
from pydantic import ValidationError

from llm_tco.cli import main
from llm_tco.engine.calibration import read_benchmark_csv
from llm_tco.engine.catalog import format_validation_error, load_catalogs, validation_message
from llm_tco.engine.errors import CalibrationError, ImportFileError, ReportError, TcoError
from llm_tco.engine.import_gpu_offers import REQUIRED_COLUMNS, read_gpu_offers_csv
from llm_tco.engine.messages import (
    VALIDATOR_TEXTS,
    Message,
    error_text,
    render,
    templates,
    validator_problem,
)
from llm_tco.engine.project_model import Priorities, Project
from llm_tco.report.translation import normalise_language, translator_for

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "desktop" / "llm_tco"
CJK = re.compile(r"[\u4e00-\u9fff]")


pytestmark = pytest.mark.usefixtures("english_afterwards")


def _chinese(error: BaseException) -> str:
    translate = translator_for("zh_CN")
    assert translate is not None
    return error_text(error, translate=translate, language="zh_CN")


def _error(call) -> TcoError:
    try:
        call()
    except TcoError as exc:
        return exc
    raise AssertionError("no error")


# ---- GPU offers CSV


def _offers_csv(path: Path, rows: list[list[object]], *, source: bool = False) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([*REQUIRED_COLUMNS, "source"] if source else REQUIRED_COLUMNS)
        writer.writerows(rows)
    return path


URL = "https://example.com/prices"


def _bad_offers(tmp_path: Path) -> Path:
    gpu = next(iter(load_catalogs().gpu_offers.values())).gpu_id
    day = "2026-01-05"
    return _offers_csv(
        tmp_path / "offers.csv",
        [
            ["Internal", "rack-1", "no-such-gpu", 8, 20.5, "on_demand", "global", day, URL],
            ["Internal", "rack-2", gpu, 8, 20.5, "weekly", "global", day, URL],
            ["Internal", "rack-3", gpu, "eight", 20.5, "spot", "global", day, URL],
            ["Internal", "rack-4", gpu, 8, 20.5, "spot", "global", day, ""],
            ["Internal", "rack-5", gpu, 8, 20.5, "on_demand", "global", day, URL],
            ["Internal", "rack-5", gpu, 8, 21.5, "on_demand", "global", day, URL],
        ],
        source=True,
    )


def test_gpu_offer_problems_keep_their_english_text(tmp_path: Path) -> None:
    path = _bad_offers(tmp_path)
    exc = _error(lambda: read_gpu_offers_csv(path, catalogs=load_catalogs()))
    assert isinstance(exc, ImportFileError)
    assert isinstance(exc.message, Message)
    text = str(exc)
    assert text.startswith(f"{path}: 5 problem(s), nothing imported:\nline 2: unknown GPU "), text
    lines = text.splitlines()
    assert lines[1].startswith("line 2: unknown GPU 'no-such-gpu'; known ids: ")
    assert lines[2] == (
        "line 3: plan 'weekly' is not one of on_demand, reserved_1y, reserved_3y, spot, serverless"
    )
    assert lines[3] == "line 4: count 'eight' is not a number"
    assert lines[4] == "line 5: no source URL: add a 'source' column or give a default source"
    assert lines[5] == "line 7: same offer as line 6 (internal-rack-5-global-on_demand)"
    assert len(lines) == 6


def test_gpu_offer_problems_in_chinese_name_file_and_line(tmp_path: Path) -> None:
    path = _bad_offers(tmp_path)
    exc = _error(lambda: read_gpu_offers_csv(path, catalogs=load_catalogs()))
    chinese = _chinese(exc)
    lines = chinese.splitlines()
    assert lines[0] == f"{path}：发现 5 个问题，未导入任何内容：", chinese
    assert lines[1].startswith("第 2 行：未知的 GPU 'no-such-gpu'；已知的 ID：")
    assert lines[2].startswith("第 3 行：计费方式 'weekly' 不在可选值之中：on_demand")
    assert lines[3] == "第 4 行：count 的值 'eight' 不是数字"
    assert lines[4] == "第 5 行：没有来源网址：请添加 'source' 列，或指定默认来源"
    assert lines[5] == "第 7 行：与第 6 行是同一条报价（internal-rack-5-global-on_demand）"
    words = chinese.replace(str(path), "")
    assert "problem" not in words
    assert "line " not in words


def test_cli_gpu_offer_import_error_in_chinese(
    tmp_path: Path, fresh_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _bad_offers(tmp_path)
    args = ["--language", "zh_CN", "catalog", "import-gpu-offers", str(path), "--dry-run"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"llm-tco catalog：错误：{path}：发现 5 个问题"), err
    assert "\n第 3 行：计费方式 'weekly'" in err


def test_gpu_offer_file_problems_in_chinese(tmp_path: Path) -> None:
    catalogs = load_catalogs()
    missing = tmp_path / "missing-columns.csv"
    missing.write_text("provider,gpu\nx,y\n", encoding="utf-8")
    exc = _error(lambda: read_gpu_offers_csv(missing, catalogs=catalogs))
    assert str(exc).startswith(f"{missing} line 1: missing column(s) instance, count, ")
    assert str(exc).endswith("[, source]")
    assert _chinese(exc).startswith(f"{missing} 第 1 行：缺少列 instance, count, ")
    empty = _offers_csv(tmp_path / "header-only.csv", [])
    exc = _error(lambda: read_gpu_offers_csv(empty, catalogs=catalogs))
    assert (
        str(exc)
        == f"{empty}: 1 problem(s), nothing imported:\nline 2: no data rows after the header"
    )
    assert _chinese(exc) == f"{empty}：发现 1 个问题，未导入任何内容：\n第 2 行：表头之后没有数据行"
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(b"provider\xe9\n")
    exc = _error(lambda: read_gpu_offers_csv(latin1, catalogs=catalogs))
    assert str(exc) == f"{latin1}: not UTF-8 text (bad byte at offset 8)"
    assert _chinese(exc) == f"{latin1}：不是 UTF-8 文本（偏移量 8 处有无效字节）"


def test_litellm_table_problems_in_chinese(tmp_path: Path) -> None:
    from llm_tco.engine.import_litellm import read_litellm_table

    table = tmp_path / "prices.json"
    table.write_text(json.dumps({"gpt-x": {"mode": "chat"}}), encoding="utf-8")
    exc = _error(lambda: read_litellm_table(table))
    assert str(exc) == (
        f"{table}: no entry has a 'litellm_provider' field; this is not a LiteLLM price table"
    )
    assert (
        _chinese(exc) == f"{table}：没有任何条目包含 'litellm_provider' 字段；这不是 LiteLLM 价格表"
    )
    table.write_text("[1]", encoding="utf-8")
    assert _chinese(_error(lambda: read_litellm_table(table))).endswith("实际为 list")


# ---- calibration


def test_calibration_csv_errors_in_chinese_name_file_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bench.csv"
    bad.write_text("model,gpu,value\nllama-3.1-8b-instruct,h100-sxm,abc\n", encoding="utf-8")
    exc = _error(lambda: read_benchmark_csv(bad))
    assert isinstance(exc, CalibrationError)
    assert str(exc) == f"{bad} row 2: column 'value' is not a number: 'abc'"
    assert _chinese(exc) == f"{bad} 第 2 行：列 'value' 的值不是数字：'abc'"
    bad.write_text("model,gpu,value\n", encoding="utf-8")
    exc = _error(lambda: read_benchmark_csv(bad))
    assert str(exc) == f"{bad}: no rows"
    assert _chinese(exc) == f"{bad}：没有数据行"


def test_cli_calibrate_errors_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "negative.csv"
    bad.write_text("model,gpu,value\nllama-3.1-8b-instruct,h100-sxm,-5\n", encoding="utf-8")
    assert main(["--language", "zh_CN", "calibrate", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"llm-tco calibrate：错误：{bad} 第 2 行：列 'value' 必须为正数，实际为 '-5'", err
    # with --gpu the rows are read from a filled-in copy; the message still names the user's file
    no_gpu = tmp_path / "no-gpu.csv"
    no_gpu.write_text("model,value\nllama-3.1-8b-instruct,x\n", encoding="utf-8")
    assert main(["--language", "zh_CN", "calibrate", str(no_gpu), "--gpu", "h100-sxm"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"llm-tco calibrate：错误：{no_gpu} 第 2 行：列 'value' 的值不是数字：'x'", err
    assert main(["--language", "zh_CN", "calibrate", str(bad), "--framework", "nope"]) == 2
    assert "没有名为 'nope' 的框架配置" in capsys.readouterr().err


def test_calibration_fit_errors_in_chinese() -> None:
    from llm_tco.engine.calibration import BenchmarkRow, fit_profile
    from llm_tco.engine.profiles import load_profiles

    catalogs = load_catalogs()
    row = BenchmarkRow(
        "no-model", "h100-sxm", 1, 1, "bf16", "bf16", 100, 100, None, 50.0, label="x"
    )
    base = load_profiles()["vllm"]

    def fit(rows: list[BenchmarkRow], params: tuple[str, ...]) -> None:
        fit_profile(rows, base=base, params=params, models=catalogs.models, gpus=catalogs.gpus)

    exc = _error(lambda: fit([row] * 3, ("eta_mem",)))
    assert str(exc) == "benchmark row 'x': unknown model 'no-model'"
    assert _chinese(exc) == "基准测试行 'x'：未知的模型 'no-model'"
    exc = _error(lambda: fit([row], ("eta_mem",)))
    assert str(exc) == "1 rows are too few to fit 1 parameters"
    assert _chinese(exc) == "1 行数据太少，不足以拟合 1 个参数"


# ---- validators of the models (pydantic "Value error, ...")


def test_all_zero_priorities_in_chinese() -> None:
    zero = dict.fromkeys(Priorities.model_fields, 0)
    with pytest.raises(ValidationError) as caught:
        Priorities.model_validate(zero)
    message = validation_message(caught.value)
    english = "Value error, at least one priority weight must be above zero"
    assert str(message).endswith(english)
    assert str(message) == format_validation_error(caught.value)
    translate = translator_for("zh_CN")
    assert translate is not None
    chinese = render(
        message, translate=translate, currency="USD", usd_exchange_rate=1.0, language="zh_CN"
    )
    assert chinese.endswith("取值错误：至少要有一项优先级权重大于零"), chinese
    assert "priority" not in chinese


def test_cli_project_with_zero_priorities_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from llm_tco.project import save

    path = tmp_path / "zero.llmtco"
    save(Project(), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["project"]["priorities"] = dict.fromkeys(Priorities.model_fields, 0)
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["--language", "zh_CN", "evaluate", str(path), "--no-monte-carlo"]) == 2
    err = capsys.readouterr().err
    assert "project.priorities：取值错误：至少要有一项优先级权重大于零" in err, err


def test_validator_sentence_with_values_in_chinese() -> None:
    with pytest.raises(ValidationError) as caught:
        Project.model_validate({"info": {"currency": "XYZ"}})
    message = validation_message(caught.value)
    assert "Value error, currency 'XYZ' not supported; use one of USD" in str(message)
    assert str(message) == format_validation_error(caught.value)
    translate = translator_for("zh_CN")
    assert translate is not None
    chinese = render(
        message, translate=translate, currency="USD", usd_exchange_rate=1.0, language="zh_CN"
    )
    assert "取值错误：不支持货币 'XYZ'；请使用以下之一：USD" in chinese, chinese


def test_unknown_validator_sentences_keep_their_words() -> None:
    assert str(validator_problem("something else entirely")) == "something else entirely"
    assert validator_problem("something else entirely").template == "{problem}"


def _validator_sentences() -> list[str]:
    """The ValueError texts of the models' validators, f-string values replaced by 'x'."""
    found: list[str] = []
    for name in ("project_model.py", "catalog_schema.py"):
        tree = ast.parse((SOURCES / "engine" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            if getattr(node.exc.func, "id", "") != "ValueError" or not node.exc.args:
                continue
            text = node.exc.args[0]
            if isinstance(text, ast.Constant):
                found.append(str(text.value))
            elif isinstance(text, ast.JoinedStr):
                found.append(
                    "".join(
                        str(v.value) if isinstance(v, ast.Constant) else "x" for v in text.values
                    )
                )
    return found


def test_every_validator_sentence_is_in_the_table() -> None:
    sentences = _validator_sentences()
    assert len(sentences) >= 6
    missing = [s for s in sentences if validator_problem(s).template == "{problem}"]
    assert not missing, missing
    assert len(VALIDATOR_TEXTS) >= len(sentences)


# ---- report


def test_report_errors_in_chinese() -> None:
    exc = _error(lambda: normalise_language("fr"))
    assert isinstance(exc, ReportError)
    assert str(exc) == "report language 'fr' not supported; use en or zh_CN"
    assert _chinese(exc) == "不支持报告语言 'fr'；请使用 en 或 zh_CN"
    from llm_tco.report.pdf import render_pdf_bytes

    exc = _error(lambda: render_pdf_bytes(None, {}, page_size="B5"))  # type: ignore[arg-type]
    assert str(exc) == "page size 'B5' not supported; use A4 or Letter"
    assert _chinese(exc) == "不支持页面尺寸 'B5'；请使用 A4 或 Letter"


def test_cli_pdf_to_a_missing_folder_in_chinese(tmp_path: Path) -> None:
    example = ROOT / "resources" / "examples" / "startup_chatbot.llmtco"
    out = tmp_path / "no-such-folder" / "report.pdf"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-c", "import sys; from llm_tco.cli import main; sys.exit(main())",
               "--language", "zh_CN", "evaluate", str(example), "--no-monte-carlo",
               "--pdf", str(out)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 2, done.stderr
    assert f"文件夹 {out.parent} 不存在；请选择其他位置" in done.stderr, done.stderr
    assert not out.exists()


def test_worker_failure_is_shown_in_the_application_language(qapp) -> None:
    from llm_tco import i18n
    from llm_tco.gui import i18n_qt
    from llm_tco.report.worker import _error_text

    exc = _error(lambda: normalise_language("fr"))
    assert _error_text(exc) == str(exc)
    i18n_qt.install_translators(qapp, "zh_CN")
    try:
        assert _error_text(exc) == "不支持报告语言 'fr'；请使用 en 或 zh_CN"
        assert _error_text(RuntimeError("plain")) == "plain"
    finally:
        i18n_qt.remove_translators(qapp)
        i18n.set_current_language("en")


# ---- every new template is translated


def _templates_in(files: list[Path]) -> list[str]:
    found: list[str] = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                text = node.args[1]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    found.append(text.value)
    return found


def test_every_import_calibration_and_report_template_is_translated() -> None:
    translate = translator_for("zh_CN")
    assert translate is not None
    engine = SOURCES / "engine"
    files = [
        engine / f"{name}.py"
        for name in (
            "import_gpu_offers",
            "import_litellm",
            "calibration",
            "catalog_export",
            "messages",
        )
    ]
    files += [SOURCES / "report" / "pdf.py", SOURCES / "report" / "translation.py",
              SOURCES / "cli" / "calibrate.py"]  # fmt: skip
    sources = _templates_in(files)
    assert len(sources) > 50
    missing = [s for s in sources if translate("EngineText", s) in ("", s)]
    assert not missing, missing[:5]


def test_messages_have_only_named_templates(tmp_path: Path) -> None:
    path = _bad_offers(tmp_path)
    exc = _error(lambda: read_gpu_offers_csv(path, catalogs=load_catalogs()))
    assert isinstance(exc.message, Message)
    assert all(templates(exc.message))
    assert CJK.search(_chinese(exc))
