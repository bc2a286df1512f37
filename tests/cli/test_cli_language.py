"""``llm-tco`` in Simplified Chinese: --language, the system locale, money, errors and help."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from llm_tco.cli import main
from llm_tco.cli.language import requested_language, width
from llm_tco.i18n import format_money

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"
CHATBOT = EXAMPLES / "startup_chatbot.llmtco"
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
ESTIMATE = [
    "estimate",
    "--model",
    "llama-3.1-70b-instruct",
    "--gpu",
    "h100-sxm",
    "--gpus",
    "4",
    "--precision",
    "fp8",
    "--input-tokens",
    "1000",
    "--output-tokens",
    "200",
]


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts from an English system locale; the ones about the locale change it."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def _cny_project(tmp_path: Path) -> Path:
    data = json.loads(CHATBOT.read_text(encoding="utf-8"))
    info = data["project"]["info"] if "project" in data else data["info"]
    info["currency"], info["usd_exchange_rate"] = "CNY", 7.2
    path = tmp_path / "cny.llmtco"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_evaluate_in_chinese_prints_chinese_headings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", "zh_CN", "evaluate", str(CHATBOT), "--no-monte-carlo"]) == 0
    out = capsys.readouterr().out
    for heading in ("个候选方案", "方案", "利用率", "得分", "最便宜的方案（仅看成本）："):
        assert heading in out
    assert "数据目录的数据日期：" in out
    assert "Cheapest" not in out
    assert "Catalogs as of" not in out
    assert "US$" in out  # a USD project in Chinese


def test_cny_project_prints_yuan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = _cny_project(tmp_path)
    assert main(["evaluate", str(project), "--no-monte-carlo", "--language", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "¥/月" in out
    assert "汇率：1 USD = 7.2000 CNY" in out
    assert "$" not in out.split("最便宜的方案")[1].split("\n\n")[0]  # cost-only rows in yuan
    assert "¥" in out.split("最便宜的方案")[1].split("\n\n")[0]
    assert main(["evaluate", str(project), "--no-monte-carlo", "--language", "en"]) == 0
    english = capsys.readouterr().out
    assert "CN¥/month" in english
    assert "(CNY, 24 months)" in english


def test_engine_sentences_in_chinese_and_in_yuan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reasons, excluded options, break-evens and warnings come from the engine: translated too."""
    project = _cny_project(tmp_path)
    assert main(["--language", "zh_CN", "evaluate", str(project), "--no-monte-carlo"]) == 0
    out = capsys.readouterr().out
    assert "$" not in out  # no dollar sign anywhere, not even inside the engine's sentences
    for english in ("costs ", "pay per token", " via ", "hosted open", "cheaper", "warning:"):
        assert english not in out
    assert "按令牌付费" in out  # the deciding factor of a pay-per-token option
    reasons = [line for line in out.splitlines() if line.startswith("      - ")]
    assert reasons
    assert all("¥" in r for r in reasons if "每月" in r)


def test_money_is_converted_at_the_project_rate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--language", "en", "evaluate", str(CHATBOT), "--json", "--top", "1", "--no-monte-carlo"])
    usd = json.loads(capsys.readouterr().out)["recommendations"][0]["monthly_cost_usd"]
    main(["--language", "zh_CN", "evaluate", str(_cny_project(tmp_path)), "--no-monte-carlo"])
    out = capsys.readouterr().out
    yuan = format_money(usd, currency="CNY", usd_exchange_rate=7.2, language="zh_CN")
    assert yuan.startswith("¥")
    assert yuan in out


def test_json_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["evaluate", str(CHATBOT), "--json", "--top", "2", "--no-monte-carlo"]
    main(["--language", "en", *args])
    english = json.loads(capsys.readouterr().out)
    main(["--language", "zh_CN", *args])
    chinese = json.loads(capsys.readouterr().out)
    assert chinese.keys() == english.keys()
    assert chinese["recommendations"][0]["route"] == english["recommendations"][0]["route"]
    main(["--language", "zh_CN", *ESTIMATE, "--json"])
    assert "fits" in json.loads(capsys.readouterr().out)


def test_estimate_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*ESTIMATE, "--tpot-ms", "30", "--language", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "首字延迟" in out
    assert "每输出令牌时间" in out
    assert "毫秒" in out
    assert "满足延迟目标" in out
    assert "time to first token" not in out


def test_error_in_chinese_names_the_field(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--language", "zh_CN", *ESTIMATE[:-2], "--output-tokens", "lots"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.strip() == "llm-tco estimate：错误：--output-tokens 必须是数字，而不是 'lots'"


def test_missing_project_in_chinese_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.llmtco"
    assert main(["--language", "zh_CN", "evaluate", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "错误" in err
    assert "不存在" in err
    assert str(missing) in err
    assert len(err.strip().splitlines()) == 1


def test_argparse_errors_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--language", "zh_CN", "evaluate", str(CHATBOT), "--top", "many"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：")
    assert "错误：参数 --top：无效的 int 值：'many'" in err
    with pytest.raises(SystemExit):
        main(["--language", "klingon", "evaluate", str(CHATBOT)])
    assert "unsupported language 'klingon'" in capsys.readouterr().err


def test_help_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--language", "zh_CN", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：llm-tco")
    assert "显示此帮助信息并退出" in out
    assert "命令" in out
    assert "选项" in out
    assert "为项目文件中的需求给部署方案排名" in out
    assert "show this help" not in out
    assert "rank deployment options" not in out
    with pytest.raises(SystemExit):
        main(["evaluate", "--help", "--language=zh_CN"])
    out = capsys.readouterr().out
    assert "位置参数" in out
    assert "跳过蒙特卡洛模拟" in out


def test_help_in_english_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: llm-tco")
    assert "show this help message and exit" in out
    assert "rank deployment options for a project file" in out


def test_system_locale_selects_chinese(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main([*ESTIMATE]) == 0
    assert "首字延迟" in capsys.readouterr().out
    assert main(["--language", "en", *ESTIMATE]) == 0  # the flag wins over the locale
    assert "time to first token" in capsys.readouterr().out


def test_language_found_before_and_after_the_subcommand() -> None:
    assert requested_language(["--language", "zh_CN", "evaluate", "x"]) == "zh_CN"
    assert requested_language(["evaluate", "x", "--language=zh-CN"]) == "zh_CN"
    assert requested_language(["evaluate", "x", "--lang", "en"]) == "en"
    assert requested_language(["evaluate", "--", "--language", "zh_CN"]) is None
    assert width("首字延迟 ms") == 11


def test_chinese_start_up_is_quick() -> None:
    """Loading the translation must not need a QApplication nor take long (a fresh process)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "LANG": "C.UTF-8"}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    timings = {}
    for language in ("en", "zh_CN"):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "llm_tco.cli", "--language", language, "--help"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        timings[language] = time.perf_counter() - start
        assert ("用法：" in done.stdout) == (language == "zh_CN")
    assert timings["zh_CN"] < timings["en"] + 2.0, timings
