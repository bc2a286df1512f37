"""Engine sentences under zh_CN in a CNY project: translated, money in yuan, never '$'.

The detail pane, the excluded list and the PDF report's content of a project priced in CNY, shown in
Simplified Chinese, carry no US dollar sign and no English engine template; every engine template
the evaluation used has a Chinese translation. English in a USD project stays as it was.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from llm_tco import i18n
from llm_tco.engine.catalog import Catalogs, load_catalogs
from llm_tco.engine.constraints import BIT
from llm_tco.engine.evaluate import evaluate
from llm_tco.engine.messages import CONTEXT, Candidate, Join, Message, templates
from llm_tco.engine.project_model import Project
from llm_tco.engine.results import EvaluationResult

CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _project(currency: str, rate: float) -> Project:
    """A default project in ``currency`` with budgets tight enough to exclude options by money."""
    base = Project()
    return base.model_copy(
        update={
            "info": base.info.model_copy(
                update={"name": "engine text", "currency": currency, "usd_exchange_rate": rate}
            ),
            "scenario": base.scenario.model_copy(update={"monte_carlo_samples": 300}),
            "workload": base.workload.model_copy(update={"requests_per_day": 20_000.0}),
            "staff": base.staff.model_copy(update={"monthly_budget_usd": 1_000.0}),
            "hardware": base.hardware.model_copy(
                update={"can_buy": True, "purchase_budget_usd": 20_000.0, "cloud_gpus": True}
            ),
        }
    )


@pytest.fixture(scope="module")
def catalogs() -> Catalogs:
    return load_catalogs(use_user_overrides=False)


@pytest.fixture(scope="module")
def cny(catalogs: Catalogs) -> tuple[Project, EvaluationResult]:
    project = _project("CNY", 7.1)
    return project, evaluate(project, catalogs)


@pytest.fixture
def zh_cn(qapp, fresh_data_dir) -> Iterator[None]:
    from llm_tco.gui import i18n_qt

    locale_before, font_before = QLocale(), qapp.font()
    i18n_qt.install_translators(qapp, "zh_CN")
    yield
    i18n_qt.remove_translators(qapp)
    QLocale.setDefault(locale_before)
    qapp.setFont(font_before)
    i18n.set_current_language("en")


def _messages(result: EvaluationResult) -> list[Message]:
    found: list[Message] = list(result.warning_messages)
    for rec in (*result.recommendations, *result.cost_only):
        found += rec.reason_messages
    for ex in result.excluded_closest:
        found += ex.reason_messages
        found.append(result.candidates.label_message(ex.index))
    found += [b.description_message for b in result.break_even if b.description_message]
    found += [b.description_message for b in result.sensitivity if b.description_message]
    if result.uncertainty is not None:
        found += result.uncertainty.distribution_messages.values()
    memory = np.flatnonzero(np.asarray(result.reason_bits) & BIT["memory"])[:1]
    for row in memory:  # the performance model's own reasons ("weights 236 GB > 41 GB usable")
        found += result.reason_messages(int(row))
    return found


def _english_pieces(messages: list[Message]) -> set[str]:
    """The literal English words of the templates (between placeholders), long enough to tell."""
    pieces: set[str] = set()
    for message in messages:
        for template in templates(message):
            for piece in PLACEHOLDER.split(template):
                piece = piece.strip(" ,;:()")
                if len(piece) >= 8 and re.search(r"[a-z]{3}", piece):
                    pieces.add(piece)
    return pieces


def _assert_chinese(texts: list[str], messages: list[Message]) -> None:
    joined = "\n".join(texts)
    assert "$" not in joined
    leftovers = sorted(p for p in _english_pieces(messages) if p in joined)
    assert not leftovers, leftovers


def test_the_evaluation_says_things_with_money_and_exclusions(cny) -> None:
    result = cny[1]
    messages = _messages(result)
    assert result.excluded_closest
    assert result.recommendations
    kinds = {type(v).__name__ for m in messages for _, v in m.params}
    assert {"Money", "Candidate"} <= kinds
    assert any("budget is" in str(m) for m in messages)  # a money exclusion reason
    assert any("does not fit in memory" in str(m) for m in messages)


def test_every_engine_template_used_has_a_chinese_translation(cny, zh_cn) -> None:
    result = cny[1]
    missing = []
    for message in _messages(result):
        for template in templates(message):
            if not PLACEHOLDER.sub("", template).strip(" ,;:()"):
                continue  # a pure placeholder ('{reason}') has nothing to translate
            if not CJK.search(QCoreApplication.translate(CONTEXT, template)):
                missing.append(template)
    assert not missing, sorted(set(missing))


def test_detail_pane_and_excluded_list_in_chinese_and_yuan(cny, zh_cn, qtbot) -> None:
    from llm_tco.gui.results.adapter import from_evaluation
    from llm_tco.gui.results.detail_pane import DetailPane

    project, result = cny
    view = from_evaluation(result, project=project)
    pane = DetailPane()
    qtbot.addWidget(pane)
    texts = [pane.render_html(view, cand) for cand in view.candidates]
    texts += [f"{ex.detail} {' '.join(ex.reasons)}" for ex in view.excluded]
    texts += list(view.notes)
    assert any("¥" in t for t in texts)
    assert all(CJK.search(f) for cand in view.candidates for f in cand.factors)
    _assert_chinese(texts, _messages(result))


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def test_report_content_in_chinese_and_yuan(cny, catalogs, qapp) -> None:
    from llm_tco.report.content import build_content
    from llm_tco.report.translation import translator_for

    project, result = cny
    content = build_content(
        project, result, catalogs, translate=translator_for("zh_CN"), language="zh_CN"
    )
    texts = list(_strings(content))
    assert any("¥" in t for t in texts)
    _assert_chinese(texts, _messages(result))
    facts = dict(content.facts)
    assert "美国" in facts.values()  # the project's region by name, not its code 'us'


def test_english_in_a_usd_project_is_the_engines_own_text(catalogs, qapp) -> None:
    from llm_tco.report.content import build_content

    project = _project("USD", 1.0)
    result = evaluate(project, catalogs, monte_carlo=False)
    best = result.recommendations[0]
    content = build_content(project, result, catalogs)
    summary = next(s for s in content.sections if s.key == "summary")
    shown = set(_strings(summary))
    small = [  # money under $10k reads the same in the engine's compact English style
        m
        for m in best.reason_messages
        if all(getattr(v, "usd", 0) < 1e4 for _, v in m.params)
        and not any(isinstance(v, Candidate | Join) for _, v in m.params)
    ]
    assert small
    assert {str(m) for m in small} <= shown
    assert tuple(str(m) for m in best.reason_messages) == best.reasons
