"""Wizard pages: Project (with the monthly budget) and Use case."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from llm_tco.engine.presets import preset_for
from llm_tco.engine.project_model import CURRENCIES, Project, UseCase
from llm_tco.gui.wizard.common import WizardPage, checkbox, float_spin, int_spin, updated
from llm_tco.i18n import format_money


class ProjectPage(WizardPage):
    """Name, currency, horizon, region and monthly budget of the analysis."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Project"),
            self.tr("Name the analysis and say which currency and time span to plan in."),
        )
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.add_row(
            self.tr("Na&me:"),
            self.name,
            self.tr("A short name that appears in the title and report."),
        )
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        self.add_row(
            self.tr("&Description:"),
            self.description,
            self.tr("Optional: what the model will do and for whom."),
        )
        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.add_row(
            self.tr("&Currency:"),
            self.currency,
            self.tr("Costs are computed in US dollars and shown in this currency."),
        )
        self._build_money_and_place()

    def _build_money_and_place(self) -> None:
        self.rate = float_spin(0.0001, 999_999, decimals=4, step=0.1)
        self.add_row(
            self.tr("&Exchange rate:"),
            self.rate,
            self.tr("How many units of your currency one US dollar buys."),
        )
        self.horizon = int_spin(1, 120, suffix=self.tr(" months"))
        self.add_row(
            self.tr("Planning &horizon:"),
            self.horizon,
            self.tr("How long to plan for; purchases are spread over this period."),
        )
        self.region = QComboBox()
        for code, label in (
            ("us", self.tr("United States")),
            ("eu", self.tr("European Union")),
            ("uk", self.tr("United Kingdom")),
            ("cn", self.tr("China")),
            ("apac", self.tr("Asia-Pacific")),
            ("other", self.tr("Elsewhere")),
        ):
            self.region.addItem(label, code)
        self.add_row(
            self.tr("&Region:"),
            self.region,
            self.tr("Where your team and users are; it selects regional prices."),
        )
        self._build_budget()

    def _build_budget(self) -> None:
        self.has_budget = checkbox()
        self.add_row(
            self.tr("Limit the monthly &spend"),
            self.has_budget,
            self.tr("Tick when running the model must stay within a monthly budget."),
        )
        self.budget = float_spin(0, 1e11, decimals=0, step=1_000)
        self.add_row(
            self.tr("Monthly b&udget:"),
            self.budget,
            self.tr(
                "Options whose dearest month would cost more than this are excluded "
                "(in the currency above; stored in US dollars at the exchange rate)."
            ),
        )

    def load(self, project: Project) -> None:
        info = project.info
        self.name.setText(info.name)
        self.description.setPlainText(info.description)
        self.currency.setCurrentIndex(max(self.currency.findData(info.currency), 0))
        self.rate.setValue(info.usd_exchange_rate)
        self.horizon.setValue(info.horizon_months)
        index = self.region.findData(info.region)
        if index < 0:
            self.region.addItem(info.region, info.region)
            index = self.region.count() - 1
        self.region.setCurrentIndex(index)
        budget_usd = project.staff.monthly_budget_usd
        self.has_budget.setChecked(budget_usd is not None)
        self.budget.setValue(round((budget_usd or 0) * info.usd_exchange_rate))

    def update_visibility(self) -> None:
        usd = self.currency.currentData() == "USD"
        self.rate.setEnabled(not usd)
        currency = self.currency.currentData()
        self.rate.setSuffix("" if usd else self.tr(" {currency}/USD").format(currency=currency))
        self.budget.setEnabled(self.has_budget.isChecked())
        self.show_row(self.budget, self.has_budget.isChecked())
        self.budget.setSuffix(self.tr(" {currency}/month").format(currency=currency))

    def rate_value(self) -> float:
        """Units of the chosen currency per US dollar (1 for USD)."""
        return 1.0 if self.currency.currentData() == "USD" else self.rate.value()

    def budget_usd(self) -> float | None:
        """The monthly budget converted to US dollars, or None when there is no limit."""
        if not self.has_budget.isChecked():
            return None
        return self.budget.value() / self.rate_value()

    def problems(self) -> list[str]:
        found = []
        if not self.name.text().strip():
            found.append(self.tr("Give the analysis a name."))
        currency = self.currency.currentData()
        if currency != "USD" and abs(self.rate.value() - 1.0) < 1e-9:
            found.append(
                self.tr("Enter the exchange rate: how many {currency} one US dollar buys.").format(
                    currency=currency
                )
            )
        if self.has_budget.isChecked() and self.budget.value() <= 0:
            found.append(self.tr("Enter the monthly budget, or untick 'Limit the monthly spend'."))
        return found

    def store(self, project: Project) -> Project:
        info = updated(
            project.info,
            name=self.name.text().strip(),
            description=self.description.toPlainText().strip(),
            currency=self.currency.currentData(),
            usd_exchange_rate=self.rate_value(),
            horizon_months=self.horizon.value(),
            region=self.region.currentData(),
        )
        staff = updated(project.staff, monthly_budget_usd=self.budget_usd())
        return project.model_copy(update={"info": info, "staff": staff})


def budget_text(project: Project) -> str:
    """The monthly budget in the project's currency, or '' when there is none."""
    budget = project.staff.monthly_budget_usd
    if budget is None:
        return ""
    info = project.info
    return format_money(budget, currency=info.currency, usd_exchange_rate=info.usd_exchange_rate)


def use_case_label(use_case: UseCase) -> str:
    """The user-facing name of a use case."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        UseCase.CHATBOT: QCoreApplication.translate("UseCase", "Chatbot / assistant"),
        UseCase.RAG_ASSISTANT: QCoreApplication.translate(
            "UseCase", "Question answering over documents (RAG)"
        ),
        UseCase.SUMMARISATION: QCoreApplication.translate("UseCase", "Summarising documents"),
        UseCase.CODE_ASSISTANT: QCoreApplication.translate("UseCase", "Code assistant"),
        UseCase.EXTRACTION: QCoreApplication.translate("UseCase", "Extraction and classification"),
        UseCase.AGENT: QCoreApplication.translate("UseCase", "Agent with tools"),
        UseCase.CUSTOM: QCoreApplication.translate("UseCase", "Something else"),
    }
    return labels[use_case]


class UseCasePage(WizardPage):
    """What the model is for; the preset fills tokens, quality floor and latency targets."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Use case"),
            self.tr("Choosing a use case fills in typical sizes and quality; adjust them later."),
        )
        self.use_case = QComboBox()
        for use_case in UseCase:
            self.use_case.addItem(use_case_label(use_case), use_case.value)
        self.add_row(
            self.tr("&Use case:"),
            self.use_case,
            self.tr("The task the model does; it sets typical prompt and answer sizes."),
        )
        self.quality = float_spin(0, 100, suffix=self.tr(" points"), decimals=1)
        self.add_row(
            self.tr("Minimum &quality:"),
            self.quality,
            self.tr("Models scoring below this quality index (0-100, MMLU scale) are excluded."),
        )
        self.context = int_spin(512, 10_000_000, suffix=self.tr(" tokens"), step=1024)
        self.add_row(
            self.tr("Minimum &context window:"),
            self.context,
            self.tr("The longest prompt plus answer a request may need."),
        )
        self.use_case.currentIndexChanged.connect(self._apply_preset)
        self._loaded_use_case: UseCase | None = None

    def current(self) -> UseCase:
        """The chosen use case."""
        return UseCase(self.use_case.currentData())

    def _apply_preset(self) -> None:
        if self._loading:
            return
        preset = preset_for(self.current())
        self.quality.setValue(preset.quality_floor)
        self.context.setValue(preset.min_context_tokens)

    def load(self, project: Project) -> None:
        answers = project.use_case
        self._loaded_use_case = answers.use_case
        self.use_case.setCurrentIndex(self.use_case.findData(answers.use_case.value))
        self.quality.setValue(answers.quality_floor)
        self.context.setValue(answers.min_context_tokens)

    def store(self, project: Project) -> Project:
        use_case = self.current()
        answers = updated(
            project.use_case,
            use_case=use_case,
            quality_floor=self.quality.value(),
            min_context_tokens=self.context.value(),
        )
        update: dict[str, object] = {"use_case": answers}
        if use_case != self._loaded_use_case:
            preset = preset_for(use_case)
            update["workload"] = updated(
                project.workload,
                input_tokens_per_request=preset.input_tokens_per_request,
                output_tokens_per_request=preset.output_tokens_per_request,
                ttft_target_ms=preset.ttft_target_ms,
                min_output_tokens_per_s_per_user=preset.min_output_tokens_per_s_per_user,
                batch_tolerant=preset.batch_tolerant,
            )
            self._loaded_use_case = use_case
        return project.model_copy(update=update)
