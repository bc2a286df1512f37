"""``llm-tco evaluate`` and ``llm-tco bench`` on the shipped catalogs and example projects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llm_tco.cli import main

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "resources" / "examples").glob("*.llmtco"))
REC_KEYS = {
    "rank",
    "route",
    "model",
    "provider",
    "hardware",
    "monthly_cost_usd",
    "total_cost_usd",
    "cost_per_million_tokens_usd",
    "utilisation",
    "score",
    "reasons",
}


def test_four_example_projects_ship() -> None:
    assert len(EXAMPLES) == 4


def test_json_output_is_the_documented_object(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["evaluate", str(EXAMPLES[0]), "--json", "--top", "3"])
    out = capsys.readouterr().out
    assert code == 0
    doc = json.loads(out)
    for key in (
        "recommendations",
        "cost_only_ranking",
        "excluded",
        "break_even",
        "sensitivity",
        "uncertainty",
        "candidates_evaluated",
        "catalog_as_of",
    ):
        assert key in doc
    assert len(doc["recommendations"]) == 3
    assert [r["rank"] for r in doc["recommendations"]] == [1, 2, 3]
    for rec in doc["recommendations"]:
        assert set(rec) >= REC_KEYS
        assert rec["monthly_cost_usd"] > 0
        assert rec["reasons"]
    assert doc["candidates_evaluated"] >= 5_000
    assert doc["uncertainty"]["candidates"]
    assert all(e["reasons"] for e in doc["excluded"])


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_table_output_for_every_example(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(path), "--top", "3", "--no-monte-carlo"]) == 0
    out = capsys.readouterr().out
    assert " 1  " in out
    assert " 3  " in out
    assert "$" in out
    assert "Catalogs as of" in out


@pytest.mark.parametrize("content", [b"{not json", b'{"format": "llm-tco-project"}', b"\xff\xfe"])
def test_bad_project_file_is_one_line_and_exit_2(
    tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.llmtco"
    bad.write_bytes(content)
    assert main(["evaluate", str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err
    assert str(bad) in captured.err


def test_missing_project_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(tmp_path / "nope.llmtco")]) == 2
    assert "nope.llmtco" in capsys.readouterr().err


def test_bench_prints_counts_and_times(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--repeat", "1", str(EXAMPLES[0])]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith(EXAMPLES[0].stem[:28]))
    fields = line.split()
    assert int(fields[1].replace(",", "")) >= 5_000
    assert all(float(x) > 0 for x in fields[2:])
