"""The pure content builder: what the report says, in which currency, through which translation."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from report_helpers import Evaluated

from llm_tco.report.content import build_content
from llm_tco.report.formatting import ReportFormatter
from llm_tco.report.html import report_html
from llm_tco.report.model import ChartSpec, KeyValues, Table

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_headline_names_the_best_option_with_monthly_and_horizon_cost(evaluated: Evaluated) -> None:
    r = evaluated.result
    best = r.recommendations[0]
    content = build_content(evaluated.project, r, evaluated.catalogs)
    fmt = ReportFormatter()
    assert best.model_name in content.headline
    assert fmt.money(best.monthly_cost_usd, "USD") in content.headline
    assert fmt.money(best.total_cost_usd, "USD") in content.headline
    assert str(r.horizon_months) in content.headline
    assert content.recommended_monthly == fmt.money(best.monthly_cost_usd, "USD")
    summary = content.sections[0]
    texts = " ".join(getattr(b, "text", "") for b in summary.blocks)
    runner_up = r.recommendations[1]
    assert runner_up.model_name in texts
    if r.uncertainty is not None:
        assert "Monte Carlo" in texts


def test_money_is_converted_to_the_project_currency(evaluated_cny: Evaluated) -> None:
    r = evaluated_cny.result
    best = r.recommendations[0]
    content = build_content(evaluated_cny.project, r, evaluated_cny.catalogs)
    expected = ReportFormatter().money(best.monthly_cost_usd * 7.1, "CNY")
    assert r.usd_exchange_rate == 7.1
    assert expected in content.headline
    assert "USD" not in content.headline
    assert content.project_name == "企业知识库助手"


def test_money_and_shares_follow_the_report_language(evaluated_cny: Evaluated) -> None:
    """Chinese report: '¥8,888'; English report of the same project: 'CN¥8,888'; '42%' in both."""
    r = evaluated_cny.result
    best = r.recommendations[0]
    amount = best.monthly_cost_usd * r.usd_exchange_rate
    chinese = build_content(evaluated_cny.project, r, evaluated_cny.catalogs, language="zh_CN")
    english = build_content(evaluated_cny.project, r, evaluated_cny.catalogs, language="en")
    assert chinese.recommended_monthly.startswith("¥")
    assert english.recommended_monthly.startswith("CN¥")
    assert chinese.recommended_monthly[1:] == english.recommended_monthly[3:]
    assert float(chinese.recommended_monthly[1:].replace(",", "")) == round(amount)
    assert ReportFormatter("zh_CN").percent(0.42) == "42%"
    assert ReportFormatter().money(12.5, "XYZ") == "12.50 XYZ"  # a code without a symbol


def test_every_sentence_goes_through_the_translation_function(evaluated: Evaluated) -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "<<" + text + ">>"

    content = build_content(
        evaluated.project, evaluated.result, evaluated.catalogs, translate=translate
    )
    assert content.headline.startswith("<<") or content.headline.startswith("<<We")
    assert all(s.title.startswith("<<") for s in content.sections)
    contexts = {c for c, _ in seen}
    assert contexts == {
        "EngineText",  # the engine's sentences (reasons, notes, labels) are translated too
        "Report",
        "ReportDetails",
        "ReportLabels",
        "ReportMethod",
        "ReportSummary",
    }
    assert content.page_label == "<<Page {page} of {pages}>>"


def test_prices_that_drove_the_result_are_listed_with_source_and_date(evaluated: Evaluated) -> None:
    r = evaluated.result
    content = build_content(evaluated.project, r, evaluated.catalogs)
    prices = next(s for s in content.sections if s.key == "prices")
    table = next(b for b in prices.blocks if isinstance(b, Table))
    cells = {(row[1], row[3], row[4].split(" ")[0]) for row in table.rows}
    for src in r.recommendations[0].price_sources:
        assert (src.entry_id, src.source, src.as_of) in cells


def test_answers_and_excluded_options_are_reported(evaluated: Evaluated) -> None:
    r = evaluated.result
    content = build_content(evaluated.project, r, evaluated.catalogs)
    answers = next(s for s in content.sections if s.key == "answers")
    captions = [b.caption for b in answers.blocks if isinstance(b, KeyValues)]
    assert captions[:4] == ["Use case and workload", "Data privacy and compliance",
                            "Hardware access", "Tuning"]  # fmt: skip
    workload = dict(answers.blocks[0].rows)  # type: ignore[union-attr]
    assert workload["Requests per day"] == "20,000"
    if r.excluded_closest:
        excluded = next(s for s in content.sections if s.key == "excluded")
        table = next(b for b in excluded.blocks if isinstance(b, Table))
        assert table.rows[0][0] == r.excluded_closest[0].label
        assert "; ".join(r.excluded_closest[0].reasons) == table.rows[0][3]


def test_ranked_table_follows_the_engine_ranking(evaluated: Evaluated) -> None:
    r = evaluated.result
    content = build_content(evaluated.project, r, evaluated.catalogs, top_n=5)
    ranking = next(s for s in content.sections if s.key == "ranking")
    table = ranking.blocks[0]
    assert isinstance(table, Table)
    assert len(table.rows) == min(5, len(r.recommendations))
    fmt = ReportFormatter()
    for row, rec in zip(table.rows, r.recommendations, strict=False):
        assert row[0] == str(rec.rank)
        assert rec.model_name in row[1]
        assert row[3] == fmt.money(rec.monthly_cost_usd, "USD")


def test_charts_listed_and_html_escapes_text(evaluated: Evaluated) -> None:
    content = build_content(evaluated.project, evaluated.result, evaluated.catalogs)
    keys = [c.key for c in content.charts()]
    assert {"cumulative_cost", "cost_vs_quality"} <= set(keys)
    assert all(isinstance(c, ChartSpec) for c in content.charts())
    html = report_html(content, charts=frozenset({"cumulative_cost"}))
    assert 'src="chart:cumulative_cost"' in html
    assert 'src="chart:cost_vs_quality"' not in html  # not drawn: a note instead
    assert content.missing_chart_text in html


def test_content_builder_imports_without_qt() -> None:
    code = textwrap.dedent(
        f"""
        import importlib.abc, sys
        sys.path.insert(0, {str(DESKTOP)!r})

        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
                    raise ImportError("blocked: " + name)
                return None

        sys.meta_path.insert(0, Block())
        import llm_tco.report.content, llm_tco.report.html, llm_tco.report.model
        import llm_tco.report.formatting, llm_tco.report.labels
        from llm_tco.report import build_content
        print("ok")
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_every_tr_call_has_one_literal_argument() -> None:
    """pyside6-lupdate can only extract literal strings; f-strings or variables would be lost."""
    import ast

    report_dir = DESKTOP / "llm_tco" / "report"
    calls = 0
    for path in sorted(report_dir.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "tr":
                calls += 1
                args = node.args
                where = f"{path.name}:{node.lineno}"
                assert len(args) == 1, where
                assert isinstance(args[0], ast.Constant), where
                assert isinstance(args[0].value, str), where
    assert calls > 150
