"""The wizard: walk-through, validation messages, skipping, presets, accessibility, tab order."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from llm_tco import i18n
from llm_tco.engine.catalog_schema import DataLocation, GpuPlan
from llm_tco.engine.presets import preset_for
from llm_tco.engine.project_model import (
    Hardware,
    OwnedGpus,
    Priorities,
    Privacy,
    Project,
    ProjectInfo,
    Staff,
    Tuning,
    TuningMethod,
    UseCase,
    UseCaseAnswers,
    Workload,
)
from llm_tco.gui.wizard import PageId, ProjectWizard
from llm_tco.gui.wizard.common import ERROR_OBJECT_NAME
from llm_tco.gui.wizard.pages_workload import DAILY_PROFILES, peak_of

INPUT_TYPES = (
    QAbstractSpinBox,
    QLineEdit,
    QComboBox,
    QAbstractButton,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
)


@pytest.fixture
def wizard(qtbot):
    w = ProjectWizard()
    qtbot.addWidget(w)
    w.show()
    return w


def make_wizard(qtbot, project=None, catalogs=None) -> ProjectWizard:
    w = ProjectWizard(project, catalogs=catalogs)
    qtbot.addWidget(w)
    w.show()
    return w


def next_enabled(w: ProjectWizard) -> bool:
    return w.button(QWizard.WizardButton.NextButton).isEnabled()


def go_next(w: ProjectWizard, expected: PageId) -> None:
    assert next_enabled(w), w.currentPage().findChild(QLabel, ERROR_OBJECT_NAME).text()
    w.next()
    assert w.currentId() == expected


def go_to(w: ProjectWizard, target: PageId) -> None:
    while w.currentId() != target:
        before = w.currentId()
        w.next()
        assert w.currentId() != before, f"stuck on page {PageId(before).name}"


def error_text(w: ProjectWizard) -> str:
    return w.currentPage().findChild(QLabel, ERROR_OBJECT_NAME).text()


def test_full_walk_through_produces_expected_project(qtbot, wizard):
    w = wizard
    assert w.currentId() == PageId.PROJECT
    p = w.project_page
    p.name.clear()
    qtbot.keyClicks(p.name, "Support bot")
    p.currency.setCurrentIndex(p.currency.findData("CNY"))
    p.rate.setValue(7.2)
    p.horizon.setValue(36)
    p.region.setCurrentIndex(p.region.findData("cn"))
    p.has_budget.setChecked(True)
    p.budget.setValue(72_000)  # CNY: 10,000 USD at 7.2
    assert p.budget.suffix() == " CNY/month"
    go_next(w, PageId.USE_CASE)

    u = w.use_case_page
    u.use_case.setCurrentIndex(u.use_case.findData(UseCase.RAG_ASSISTANT.value))
    rag = preset_for(UseCase.RAG_ASSISTANT)
    assert u.quality.value() == rag.quality_floor  # the preset filled the floor
    u.quality.setValue(70)
    go_next(w, PageId.WORKLOAD)

    wl = w.workload_page
    assert wl.input_tokens.value() == rag.input_tokens_per_request  # preset reached this page
    wl.by_users.setChecked(True)
    wl.users.setValue(500)
    wl.per_user.setValue(20)
    assert wl.requests.value() == 10_000
    wl.cached.setValue(25)
    wl.peak.setValue(4)
    wl.profile.setCurrentIndex(wl.profile.findData("office"))
    wl.growth.setValue(5)
    go_next(w, PageId.PRIVACY)

    pr = w.privacy_page
    pr.locations[DataLocation.ZERO_RETENTION_VENDOR].setChecked(True)
    pr.regions.setText("CN, apac")
    pr.certs["GDPR_DPA"].setChecked(True)
    go_next(w, PageId.HARDWARE)

    hw = w.hardware_page
    hw.has_quota.setChecked(True)
    hw.quota.setValue(16)
    for plan, box in hw.plans.items():
        box.setChecked(plan in (GpuPlan.ON_DEMAND, GpuPlan.SPOT))
    hw.owns.setChecked(True)
    hw.min_replicas.setValue(2)
    hw.spares.setValue(1)
    go_next(w, PageId.OWNED_HARDWARE)

    ow = w.owned_page
    ow.gpu.setCurrentText("h100-sxm")
    ow.count.setValue(8)
    ow.power.setValue(0.1)
    ow.pue.setValue(1.3)
    ow.hosting.setValue(200)
    go_next(w, PageId.TUNING)

    t = w.tuning_page
    t.method.setCurrentIndex(t.method.findData(TuningMethod.LORA.value))
    t.training_tokens.setValue(2_000_000)
    t.epochs.setValue(2)
    t.retrains.setChecked(True)
    t.retrain_months.setValue(6)
    t.fte_cost.setValue(150_000)
    t.ops_fte.setValue(1)
    t.api_fte.setValue(0.1)
    go_next(w, PageId.PRIORITIES)

    weights = {
        "cost": 9,
        "quality": 6,
        "latency": 2,
        "privacy": 7,
        "ops_simplicity": 3,
        "vendor_independence": 5,
    }
    for name, value in weights.items():
        w.priorities_page.sliders[name].setValue(value)
    go_next(w, PageId.REVIEW)
    summary = w.review_page.summary.toPlainText()
    assert "Support bot" in summary
    assert "10,000" in summary
    # the budget in the project's currency, written as the results view and the report write it
    yuan = i18n.currency_symbol("CNY")
    assert f"{yuan}72,000" in summary
    assert "72,000 CNY" not in summary
    assert "Office hours" in summary

    with qtbot.waitSignal(w.accepted):
        w.button(QWizard.WizardButton.FinishButton).click()

    expected = Project(
        info=ProjectInfo(
            name="Support bot",
            currency="CNY",
            usd_exchange_rate=7.2,
            horizon_months=36,
            region="cn",
        ),
        use_case=UseCaseAnswers(
            use_case=UseCase.RAG_ASSISTANT,
            quality_floor=70,
            min_context_tokens=rag.min_context_tokens,
        ),
        workload=Workload(
            requests_per_day=10_000,
            input_tokens_per_request=rag.input_tokens_per_request,
            output_tokens_per_request=rag.output_tokens_per_request,
            cached_prompt_share=0.25,
            peak_to_average=4,
            daily_profile=DAILY_PROFILES["office"],
            growth_per_month=0.05,
            batch_tolerant=rag.batch_tolerant,
            ttft_target_ms=rag.ttft_target_ms,
            min_output_tokens_per_s_per_user=rag.min_output_tokens_per_s_per_user,
        ),
        privacy=Privacy(
            data_location=DataLocation.ZERO_RETENTION_VENDOR,
            allowed_regions=("cn", "apac"),
            required_certifications=("GDPR_DPA",),
        ),
        hardware=Hardware(
            gpu_quota=16,
            allowed_plans=(GpuPlan.ON_DEMAND, GpuPlan.SPOT),
            owned=(OwnedGpus(gpu_id="h100-sxm", count=8, already_paid=True),),
            power_usd_per_kwh=0.1,
            pue=1.3,
            hosting_usd_per_kw_month=200,
            min_replicas=2,
            redundancy_replicas=1,
        ),
        tuning=Tuning(
            method=TuningMethod.LORA, training_tokens=2_000_000, epochs=2, retrain_every_months=6
        ),
        staff=Staff(
            fte_cost_usd_per_year=150_000,
            ops_fte_self_hosted=1,
            ops_fte_api=0.1,
            monthly_budget_usd=10_000,
        ),
        priorities=Priorities(**weights),
    )
    assert w.result_project() == expected


def test_reopened_on_existing_project_changes_nothing_when_finished(qtbot):
    existing = Project(
        info=ProjectInfo(name="Kept", currency="EUR", usd_exchange_rate=0.9, horizon_months=12),
        workload=Workload(
            requests_per_day=123_456,
            ttft_target_ms=None,
            peak_to_average=2.5,
            daily_profile=tuple(float(h % 5 + 1) for h in range(24)),  # matches no preset
        ),
        staff=Staff(monthly_budget_usd=4_000, ops_fte_api=0.2),
        hardware=Hardware(
            min_replicas=0,
            redundancy_replicas=2,
            owned=(
                OwnedGpus(
                    gpu_id="l4", count=2, already_paid=False, purchase_price_usd_per_gpu=2500
                ),
            ),
        ),
        tuning=Tuning(method=TuningMethod.RAG, rag_extra_input_tokens=1200, rag_corpus_tokens=5e6),
    )
    w = make_wizard(qtbot, existing)
    assert w.windowTitle() == "Edit Project"
    assert w.project_page.name.text() == "Kept"
    go_to(w, PageId.OWNED_HARDWARE)  # owned GPUs exist, so their page is not skipped
    assert w.owned_page.gpu.currentText() == "l4"
    assert w.owned_page.price.isEnabled()
    go_to(w, PageId.REVIEW)
    w.button(QWizard.WizardButton.FinishButton).click()
    assert w.result_project() == existing


def test_owned_hardware_page_is_skipped_without_gpus(qtbot, wizard):
    go_to(wizard, PageId.HARDWARE)
    hw = wizard.hardware_page
    hw.owns.setChecked(False)
    hw.can_buy.setChecked(False)
    go_next(wizard, PageId.TUNING)
    wizard.back()
    assert wizard.currentId() == PageId.HARDWARE
    hw.can_buy.setChecked(True)
    hw.budget.setValue(250_000)
    go_next(wizard, PageId.OWNED_HARDWARE)
    # buying only: the owned-GPU inputs do not apply, the running costs do
    assert not wizard.owned_page.gpu.isEnabled()
    assert wizard.owned_page.power.isEnabled()
    go_next(wizard, PageId.TUNING)
    assert wizard.working.hardware.owned == ()
    assert wizard.working.hardware.purchase_budget_usd == 250_000


def test_project_page_validation(qtbot, wizard):
    p = wizard.project_page
    p.name.clear()
    assert not next_enabled(wizard)
    assert "name" in error_text(wizard)
    p.name.setText("A")
    assert next_enabled(wizard)
    p.currency.setCurrentIndex(p.currency.findData("CNY"))
    assert p.rate.isEnabled()
    assert "CNY" in p.rate.suffix()
    assert not next_enabled(wizard)
    assert "exchange rate" in error_text(wizard)
    p.rate.setValue(7.1)
    assert next_enabled(wizard)
    assert error_text(wizard) == ""


def test_use_case_preset_fills_defaults(qtbot, wizard):
    go_to(wizard, PageId.USE_CASE)
    u = wizard.use_case_page
    u.use_case.setCurrentIndex(u.use_case.findData(UseCase.CODE_ASSISTANT.value))
    code = preset_for(UseCase.CODE_ASSISTANT)
    assert u.quality.value() == code.quality_floor
    assert u.context.value() == code.min_context_tokens
    go_next(wizard, PageId.WORKLOAD)
    assert wizard.workload_page.output_tokens.value() == code.output_tokens_per_request
    assert wizard.workload_page.ttft.value() == code.ttft_target_ms


def test_workload_validation_and_units(qtbot, wizard):
    go_to(wizard, PageId.WORKLOAD)
    wl = wizard.workload_page
    assert wl.input_tokens.suffix() == " tokens"
    assert wl.ttft.suffix() == " ms"
    wl.requests.setValue(0)
    assert not next_enabled(wizard)
    assert "requests a day" in error_text(wizard)
    wl.by_users.setChecked(True)
    assert not wl.requests.isEnabled()
    wl.users.setValue(10)
    assert "users" in error_text(wizard)
    wl.per_user.setValue(3)
    assert next_enabled(wizard)
    wl.has_ttft.setChecked(False)
    assert not wl.ttft.isEnabled()
    go_next(wizard, PageId.PRIVACY)
    assert wizard.working.workload.requests_per_day == 30
    assert wizard.working.workload.ttft_target_ms is None


def test_privacy_region_validation(qtbot, wizard):
    go_to(wizard, PageId.PRIVACY)
    wizard.privacy_page.regions.setText("eu, 12!")
    assert not next_enabled(wizard)
    assert "'12!'" in error_text(wizard)
    wizard.privacy_page.regions.setText("")
    assert next_enabled(wizard)


def test_hardware_validation(qtbot, wizard):
    go_to(wizard, PageId.HARDWARE)
    hw = wizard.hardware_page
    for box in hw.plans.values():
        box.setChecked(False)
    assert not next_enabled(wizard)
    assert "paying for rented GPUs" in error_text(wizard)
    hw.cloud.setChecked(False)
    assert next_enabled(wizard)
    assert not hw.plans[GpuPlan.SPOT].isEnabled()
    hw.can_buy.setChecked(True)
    hw.budget.setValue(0)
    assert "budget" in error_text(wizard)
    hw.budget.setValue(1_000)
    assert next_enabled(wizard)


def test_owned_hardware_offers_catalog_gpus_by_name(qtbot):
    catalogs = SimpleNamespace(
        gpus={
            "l4": SimpleNamespace(name="NVIDIA L4", memory_gb=24, server_price_usd_per_gpu=None),
            "h100-sxm": SimpleNamespace(
                name="NVIDIA H100 SXM", memory_gb=80, server_price_usd_per_gpu=31_000.0
            ),
        }
    )
    w = make_wizard(qtbot, catalogs=catalogs)
    go_to(w, PageId.HARDWARE)
    w.hardware_page.owns.setChecked(True)
    go_next(w, PageId.OWNED_HARDWARE)
    ow = w.owned_page
    assert not ow.gpu.isEditable()  # chosen from the catalog, not typed
    labels = [ow.gpu.itemText(i) for i in range(ow.gpu.count())]
    assert labels == ["NVIDIA H100 SXM (80 GB)", "NVIDIA L4 (24 GB)"]
    ow.gpu.setCurrentIndex(ow.gpu.findData("h100-sxm"))
    ow.price.setValue(0)
    ow.paid.setChecked(False)
    assert ow.price.value() == 31_000  # the catalog's price per GPU is suggested
    ow.gpu.setCurrentIndex(ow.gpu.findData("l4"))
    ow.price.setValue(0)
    assert "purchase price" in error_text(w)  # no catalog price for the L4: must be entered
    ow.price.setValue(3000)
    go_next(w, PageId.TUNING)
    assert w.working.hardware.owned[0] == OwnedGpus(
        gpu_id="l4", count=8, already_paid=False, purchase_price_usd_per_gpu=3000
    )
    go_to(w, PageId.REVIEW)
    summary = w.review_page.summary.toPlainText()
    assert "8 × NVIDIA L4 (24 GB)" in summary  # the GPU by name, not by catalog id


def test_owned_gpu_missing_from_the_catalog_is_named(qtbot):
    catalogs = SimpleNamespace(gpus={"l4": SimpleNamespace(name="NVIDIA L4", memory_gb=24)})
    project = Project(hardware=Hardware(owned=(OwnedGpus(gpu_id="h900", count=4),)))
    w = make_wizard(qtbot, project, catalogs=catalogs)
    go_to(w, PageId.HARDWARE)
    w.next()
    assert w.currentId() == PageId.OWNED_HARDWARE
    assert w.owned_page.gpu.currentText() == "h900"
    assert not next_enabled(w)
    assert "'h900'" in error_text(w)
    w.owned_page.gpu.setCurrentIndex(w.owned_page.gpu.findData("l4"))
    assert next_enabled(w)


def test_tuning_validation_and_visibility(qtbot, wizard):
    go_to(wizard, PageId.TUNING)
    t = wizard.tuning_page
    assert t.method.currentData() == TuningMethod.NONE.value
    assert t.training_tokens.isHidden()
    assert t.prompt_hours.isHidden()
    t.method.setCurrentIndex(t.method.findData(TuningMethod.FULL_FINETUNE.value))
    assert not t.training_tokens.isHidden()
    assert t.retrain_months.isHidden()
    assert not next_enabled(wizard)
    assert "training data" in error_text(wizard)
    t.training_tokens.setValue(1e6)
    assert next_enabled(wizard)
    t.method.setCurrentIndex(t.method.findData(TuningMethod.RAG.value))
    assert t.training_tokens.isHidden()
    assert "retrieved tokens" in error_text(wizard)


def test_priorities_need_one_weight(qtbot, wizard):
    go_to(wizard, PageId.PRIORITIES)
    for slider in wizard.priorities_page.sliders.values():
        slider.setValue(0)
    assert not next_enabled(wizard)
    assert "at least one priority" in error_text(wizard)
    wizard.priorities_page.sliders["quality"].setValue(1)
    assert next_enabled(wizard)
    assert wizard.priorities_page.value_labels["quality"].text() == "1/10"


def all_pages(qtbot) -> ProjectWizard:
    """A wizard whose every page (owned hardware included) will be visited."""
    return make_wizard(qtbot, Project(hardware=Hardware(owned=(OwnedGpus(gpu_id="l4", count=1),))))


def is_part_of_another_input(widget: QWidget, page: QWidget) -> bool:
    """Spin boxes' line edits, combo boxes' editors and scroll bars belong to their owner."""
    if isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, INPUT_TYPES):
            return True
        parent = parent.parentWidget()
    return False


def inputs_of(page: QWidget) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, INPUT_TYPES) and not is_part_of_another_input(w, page)
    ]


def test_every_input_has_an_accessible_name_or_buddy(qtbot):
    w = all_pages(qtbot)
    missing = []
    checked = 0
    for page_id in PageId:
        page = w.page(page_id)
        buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
        for widget in inputs_of(page):
            checked += 1
            if widget.accessibleName() or widget in buddies:
                continue
            missing.append(f"{page_id.name}: {type(widget).__name__} {widget.objectName()}")
        help_lines = [lbl for lbl in page.findChildren(QLabel) if lbl.property("helpText")]
        if page_id is not PageId.REVIEW:
            assert help_lines, f"{page_id.name} has no help text"
    assert missing == []
    assert checked > 40  # the audit really walked the inputs


def test_tab_order_follows_the_layout(qtbot):
    w = all_pages(qtbot)
    for page_id in PageId:
        go_to(w, page_id)
        page = w.currentPage()
        chain: list[QWidget] = []
        widget = page.nextInFocusChain()
        while widget is not page and len(chain) < 500:
            if (
                page.isAncestorOf(widget)
                and isinstance(widget, INPUT_TYPES)
                and widget.isVisibleTo(page)
                and not is_part_of_another_input(widget, page)
            ):
                chain.append(widget)
            widget = widget.nextInFocusChain()
        assert chain, page_id.name
        ys = [c.mapTo(page, QPoint(0, 0)).y() for c in chain]
        assert ys == sorted(ys), f"{page_id.name}: tab order jumps: {ys}"


def test_cancel_leaves_the_project_alone(qtbot):
    original = Project(info=ProjectInfo(name="Before"))
    w = make_wizard(qtbot, original)
    w.project_page.name.setText("After")
    w.next()
    with qtbot.waitSignal(w.rejected):
        w.reject()
    assert original.info.name == "Before"


def test_review_warns_when_answers_exclude_everything(qtbot):
    stuck = Project(privacy=Privacy(data_location=DataLocation.ON_PREMISES))
    w = make_wizard(qtbot, stuck)
    go_to(w, PageId.REVIEW)
    text = w.review_page.summary.toPlainText()
    assert "no option can qualify" in text
    while w.currentId() != PageId.HARDWARE:  # go Back and allow buying GPUs
        w.back()
    w.hardware_page.can_buy.setChecked(True)
    w.hardware_page.budget.setValue(500_000)
    go_to(w, PageId.REVIEW)
    assert "no option can qualify" not in w.review_page.summary.toPlainText()


def test_translation_sources_extract_under_runtime_contexts(tmp_path):
    """pyside6-lupdate finds the shell's strings under the contexts tr() uses at run time."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    gui = Path(__file__).resolve().parents[2] / "desktop" / "llm_tco" / "gui"
    sources = [
        gui / name
        for name in ("app.py", "main_window.py", "start_page.py", "actions.py", "dialogs.py")
    ] + sorted((gui / "wizard").glob("*.py"))
    ts = tmp_path / "shell.ts"
    done = subprocess.run(
        [
            str(lupdate if lupdate.exists() else "pyside6-lupdate"),
            *map(str, sources),
            "-ts",
            str(ts),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = ts.read_text(encoding="utf-8")
    assert "<name></name>" not in text  # an aliased tr() loses its context
    for context in (
        "MainWindow",
        "AppActions",
        "FileController",
        "ProjectPage",
        "GpuPlan",
        "Review",
    ):
        assert f"<name>{context}</name>" in text, context
    assert text.count("<message") > 250
    assert text.count('numerus="yes"') >= 3  # plurals use %n


def mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


def test_keyboard_mnemonics_are_unique_on_each_page(qtbot):
    w = all_pages(qtbot)
    taken_by_buttons = {
        mnemonic(w.buttonText(b))
        for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
    }
    clashes = []
    for page_id in PageId:
        page = w.page(page_id)
        texts = [label.text() for label in page.findChildren(QLabel) if label.buddy()]
        texts += [b.text() for b in page.findChildren(QAbstractButton)]
        seen: dict[str, str] = {}
        for text in texts:
            key = mnemonic(text)
            if key is None:
                continue
            if key in seen or key in taken_by_buttons:
                clashes.append(f"{page_id.name}: {text!r} vs {seen.get(key, 'a wizard button')!r}")
            seen[key] = text
    assert clashes == [], "\n".join(clashes)


def test_editing_can_finish_early_and_keeps_other_answers(qtbot):
    existing = Project(
        info=ProjectInfo(name="Before", horizon_months=36),
        workload=Workload(requests_per_day=5_000),
    )
    w = make_wizard(qtbot, existing)
    finish = w.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible()
    w.project_page.name.setText("After")
    with qtbot.waitSignal(w.accepted):
        finish.click()
    assert w.result_project() == existing.model_copy(
        update={"info": existing.info.model_copy(update={"name": "After"})}
    )


def test_new_analysis_finishes_only_on_the_review_page(qtbot, wizard):
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_monthly_budget_in_display_currency_stored_in_usd(qtbot, wizard):
    p = wizard.project_page
    assert not p.has_budget.isChecked()
    assert not p.budget.isEnabled()
    p.has_budget.setChecked(True)
    assert p.budget.isEnabled()
    assert not next_enabled(wizard)
    assert "monthly budget" in error_text(wizard)
    p.currency.setCurrentIndex(p.currency.findData("EUR"))
    p.rate.setValue(0.8)
    p.budget.setValue(4_000)
    assert p.budget.suffix() == " EUR/month"
    go_next(wizard, PageId.USE_CASE)
    assert wizard.working.staff.monthly_budget_usd == pytest.approx(5_000)
    wizard.back()
    assert p.budget.value() == pytest.approx(4_000)  # shown again in EUR
    p.has_budget.setChecked(False)
    go_next(wizard, PageId.USE_CASE)
    assert wizard.working.staff.monthly_budget_usd is None


def test_daily_load_pattern_presets_and_peak_factor(qtbot, wizard):
    go_to(wizard, PageId.WORKLOAD)
    wl = wizard.workload_page
    assert wl.profile.currentData() == "off"
    assert wl.peak.isEnabled()
    assert not wl.profile_peak.isVisible()
    wl.peak.setValue(3.5)
    for key, shape in DAILY_PROFILES.items():
        wl.profile.setCurrentIndex(wl.profile.findData(key))
        assert not wl.peak.isEnabled()
        assert wl.profile_peak.isVisible()
        assert f"{peak_of(shape):.1f}" in wl.profile_peak.text()
    assert peak_of(DAILY_PROFILES["flat"]) == pytest.approx(1.0)
    assert peak_of(DAILY_PROFILES["office"]) > 1.5
    assert all(len(shape) == 24 for shape in DAILY_PROFILES.values())
    wl.profile.setCurrentIndex(wl.profile.findData("evening"))
    go_next(wizard, PageId.PRIVACY)
    work = wizard.working.workload
    assert work.daily_profile == DAILY_PROFILES["evening"]
    assert work.peak_to_average == 3.5  # kept for when the pattern is switched off
    wizard.back()
    wl.profile.setCurrentIndex(wl.profile.findData("off"))
    go_next(wizard, PageId.PRIVACY)
    assert wizard.working.workload.daily_profile is None
    assert wizard.working.workload.peak_to_average == 3.5


def test_a_custom_daily_pattern_from_the_file_is_kept(qtbot):
    custom = tuple(float(h) + 1 for h in range(24))
    w = make_wizard(qtbot, Project(workload=Workload(daily_profile=custom)))
    go_to(w, PageId.WORKLOAD)
    wl = w.workload_page
    assert wl.profile.currentData() == "custom"
    assert f"{peak_of(custom):.1f}" in wl.profile_peak.text()
    wl.profile.setCurrentIndex(wl.profile.findData("flat"))
    wl.profile.setCurrentIndex(wl.profile.findData("custom"))
    go_next(w, PageId.PRIVACY)
    assert w.working.workload.daily_profile == custom


def test_replicas_apply_only_to_self_hosting(qtbot, wizard):
    go_to(wizard, PageId.HARDWARE)
    hw = wizard.hardware_page
    assert hw.min_replicas.value() == Hardware().min_replicas
    assert hw.spares.value() == Hardware().redundancy_replicas
    assert hw.min_replicas.text() == "1 replica"
    hw.min_replicas.setValue(3)
    assert hw.min_replicas.text() == "3 replicas"
    hw.cloud.setChecked(False)
    hw.owns.setChecked(False)
    hw.can_buy.setChecked(False)
    assert not hw.min_replicas.isEnabled()
    assert not hw.spares.isEnabled()
    hw.can_buy.setChecked(True)
    assert hw.min_replicas.isEnabled()
    assert hw.spares.isEnabled()


def test_api_staff_time_on_the_tuning_page(qtbot, wizard):
    go_to(wizard, PageId.TUNING)
    t = wizard.tuning_page
    assert t.api_fte.value() == pytest.approx(Staff().ops_fte_api)
    assert t.api_fte.accessibleName() == "Staff to run an API service"
    assert "FTE" in t.api_fte.suffix()
    t.api_fte.setValue(0.3)
    go_next(wizard, PageId.PRIORITIES)
    assert wizard.working.staff.ops_fte_api == pytest.approx(0.3)
