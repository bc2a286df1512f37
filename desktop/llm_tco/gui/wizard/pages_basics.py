"""Wizard pages: Project, Use case, Workload."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QComboBox, QLineEdit, QPlainTextEdit, QRadioButton

from llm_tco.engine.presets import preset_for
from llm_tco.engine.project_model import CURRENCIES, Project, UseCase
from llm_tco.gui.wizard.common import WizardPage, checkbox, float_spin, int_spin, updated


class ProjectPage(WizardPage):
    """Name, currency, horizon and region of the analysis."""

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

    def update_visibility(self) -> None:
        usd = self.currency.currentData() == "USD"
        self.rate.setEnabled(not usd)
        currency = self.currency.currentData()
        self.rate.setSuffix("" if usd else self.tr(" {currency}/USD").format(currency=currency))

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
        return found

    def store(self, project: Project) -> Project:
        usd = self.currency.currentData() == "USD"
        info = updated(
            project.info,
            name=self.name.text().strip(),
            description=self.description.toPlainText().strip(),
            currency=self.currency.currentData(),
            usd_exchange_rate=1.0 if usd else self.rate.value(),
            horizon_months=self.horizon.value(),
            region=self.region.currentData(),
        )
        return project.model_copy(update={"info": info})


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


class WorkloadPage(WizardPage):
    """How much traffic, how big each request is, how bursty and how fast it must be."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Workload"),
            self.tr("Describe the traffic you expect; rough numbers are fine."),
        )
        self.by_users = QRadioButton()
        self.by_requests = QRadioButton()
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_requests)
        self.mode.addButton(self.by_users)
        self.add_row(
            self.tr("I know the number of &requests per day"),
            self.by_requests,
            self.tr("Choose this when you can estimate total daily requests."),
        )
        self.add_row(
            self.tr("I know the number of &users"),
            self.by_users,
            self.tr("Choose this to estimate traffic from users and their activity."),
        )
        self.requests = float_spin(0, 1e10, suffix=self.tr(" requests/day"), decimals=0, step=100)
        self.add_row(
            self.tr("Requests per &day:"),
            self.requests,
            self.tr("Average number of model calls per day today."),
        )
        self.users = int_spin(0, 1_000_000_000, suffix=self.tr(" users"), step=10)
        self.add_row(self.tr("Us&ers:"), self.users, self.tr("People or systems using it daily."))
        self.per_user = float_spin(0, 100_000, suffix=self.tr(" requests/user/day"), decimals=1)
        self.add_row(
            self.tr("Re&quests per user:"),
            self.per_user,
            self.tr("How many model calls one user makes on an average day."),
        )
        self._build_sizes()
        self._build_latency()

    def _build_sizes(self) -> None:
        self.input_tokens = float_spin(1, 10_000_000, suffix=self.tr(" tokens"), decimals=0)
        self.add_row(
            self.tr("&Input per request:"),
            self.input_tokens,
            self.tr("Prompt size including instructions, history and retrieved text."),
        )
        self.output_tokens = float_spin(1, 1_000_000, suffix=self.tr(" tokens"), decimals=0)
        self.add_row(
            self.tr("&Output per request:"),
            self.output_tokens,
            self.tr("Length of a typical answer (about 0.75 words per token in English)."),
        )
        self.cached = float_spin(0, 100, suffix=self.tr(" %"), decimals=0, step=5)
        self.add_row(
            self.tr("&Cached prompt share:"),
            self.cached,
            self.tr("Share of the prompt that repeats between requests and can be cached."),
        )
        self.peak = float_spin(1, 100, suffix=self.tr(" × average"), decimals=1, step=0.5)
        self.add_row(
            self.tr("&Peak load:"),
            self.peak,
            self.tr("Busiest hour compared with the average hour; self-hosting is sized for it."),
        )
        self.growth = float_spin(-50, 200, suffix=self.tr(" %/month"), decimals=1)
        self.add_row(
            self.tr("&Growth:"),
            self.growth,
            self.tr("Expected change in traffic each month over the horizon."),
        )

    def _build_latency(self) -> None:
        self.batch = checkbox()
        self.add_row(
            self.tr("Results may arrive &hours later (batch)"),
            self.batch,
            self.tr("Batch work can use cheaper batch APIs and fully loaded GPUs."),
        )
        self.has_ttft = checkbox()
        self.add_row(
            self.tr("Limit the &wait for the first token"),
            self.has_ttft,
            self.tr("Untick when nobody waits for the answer as it is written."),
        )
        self.ttft = float_spin(1, 3_600_000, suffix=self.tr(" ms"), decimals=0, step=100)
        self.add_row(
            self.tr("Time to first &token:"),
            self.ttft,
            self.tr("Longest acceptable delay before the answer starts appearing."),
        )
        self.has_speed = checkbox()
        self.add_row(
            self.tr("Require a &minimum writing speed"),
            self.has_speed,
            self.tr("Untick when the speed of writing the answer does not matter."),
        )
        self.speed = float_spin(0.1, 10_000, suffix=self.tr(" tokens/s"), decimals=1)
        self.add_row(
            self.tr("Output &speed per user:"),
            self.speed,
            self.tr("Reading speed is about 5-10 tokens/s; streaming chat wants 20 or more."),
        )

    def load(self, project: Project) -> None:
        w = project.workload
        self.by_requests.setChecked(True)
        self.requests.setValue(w.requests_per_day)
        self.users.setValue(0)
        self.per_user.setValue(0)
        self.input_tokens.setValue(w.input_tokens_per_request)
        self.output_tokens.setValue(w.output_tokens_per_request)
        self.cached.setValue(w.cached_prompt_share * 100)
        self.peak.setValue(w.peak_to_average)
        self.growth.setValue(w.growth_per_month * 100)
        self.batch.setChecked(w.batch_tolerant)
        self.has_ttft.setChecked(w.ttft_target_ms is not None)
        self.ttft.setValue(w.ttft_target_ms or 2_000)
        self.has_speed.setChecked(w.min_output_tokens_per_s_per_user is not None)
        self.speed.setValue(w.min_output_tokens_per_s_per_user or 20)

    def update_visibility(self) -> None:
        by_users = self.by_users.isChecked()
        self.requests.setEnabled(not by_users)
        self.users.setEnabled(by_users)
        self.per_user.setEnabled(by_users)
        if by_users:
            self.requests.setValue(self.users.value() * self.per_user.value())
        self.ttft.setEnabled(self.has_ttft.isChecked())
        self.speed.setEnabled(self.has_speed.isChecked())

    def problems(self) -> list[str]:
        if self.by_users.isChecked() and self.users.value() * self.per_user.value() <= 0:
            return [self.tr("Enter the number of users and how many requests each makes a day.")]
        if self.requests.value() <= 0:
            return [self.tr("Enter how many requests a day you expect (more than zero).")]
        return []

    def store(self, project: Project) -> Project:
        workload = updated(
            project.workload,
            requests_per_day=self.requests.value(),
            input_tokens_per_request=self.input_tokens.value(),
            output_tokens_per_request=self.output_tokens.value(),
            cached_prompt_share=self.cached.value() / 100,
            peak_to_average=self.peak.value(),
            growth_per_month=self.growth.value() / 100,
            batch_tolerant=self.batch.isChecked(),
            ttft_target_ms=self.ttft.value() if self.has_ttft.isChecked() else None,
            min_output_tokens_per_s_per_user=(
                self.speed.value() if self.has_speed.isChecked() else None
            ),
        )
        return project.model_copy(update={"workload": workload})
