"""Wizard pages: Tuning (and staff), Priorities, Review."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QTextBrowser, QWidget

from llm_tco.engine.catalog_schema import DataLocation
from llm_tco.engine.project_model import Project, TuningMethod
from llm_tco.engine.results import CRITERIA
from llm_tco.gui.wizard.common import (
    WizardPage,
    checkbox,
    describe,
    float_spin,
    int_spin,
    plain_label,
    updated,
)
from llm_tco.gui.wizard.pages_basics import budget_text, use_case_label
from llm_tco.gui.wizard.pages_constraints import location_label
from llm_tco.gui.wizard.pages_workload import peak_text

TRAINING_METHODS = (TuningMethod.LORA, TuningMethod.FULL_FINETUNE)
PRIORITY_FIELDS = CRITERIA  # the Priorities fields are the engine's scoring criteria


def method_label(method: TuningMethod) -> str:
    """The user-facing name of a tuning method."""
    return {
        TuningMethod.NONE: QCoreApplication.translate(
            "TuningMethod", "None: use the model as it is"
        ),
        TuningMethod.PROMPT_ENGINEERING: QCoreApplication.translate(
            "TuningMethod", "Prompt engineering"
        ),
        TuningMethod.RAG: QCoreApplication.translate(
            "TuningMethod", "Retrieval-augmented generation (RAG)"
        ),
        TuningMethod.LORA: QCoreApplication.translate("TuningMethod", "LoRA fine-tuning"),
        TuningMethod.FULL_FINETUNE: QCoreApplication.translate("TuningMethod", "Full fine-tuning"),
    }[method]


class TuningPage(WizardPage):
    """How the model is adapted to the task, and the people who run it."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Tuning"),
            self.tr("Say whether the model must be adapted to your task, and who runs it."),
        )
        self.method = QComboBox()
        for method in TuningMethod:
            self.method.addItem(method_label(method), method.value)
        self.add_row(
            self.tr("&Method:"),
            self.method,
            self.tr("Fine-tuning needs open weights or a provider that offers tuning."),
        )
        self._build_adaptation()
        self._build_training()
        self._build_staff()

    def _build_adaptation(self) -> None:
        self.prompt_hours = float_spin(0, 100_000, suffix=self.tr(" hours"), decimals=0, step=8)
        self.add_row(
            self.tr("Prompt &work:"),
            self.prompt_hours,
            self.tr("Engineering time spent writing and testing prompts."),
        )
        self.rag_tokens = float_spin(0, 1e13, suffix=self.tr(" tokens"), decimals=0, step=1e6)
        self.add_row(
            self.tr("Document &collection:"),
            self.rag_tokens,
            self.tr("Size of the documents to index for retrieval."),
        )
        self.rag_extra = float_spin(0, 1_000_000, suffix=self.tr(" tokens/request"), decimals=0)
        self.add_row(
            self.tr("Retrieved &text per request:"),
            self.rag_extra,
            self.tr("Extra prompt tokens that retrieval adds to each request."),
        )

    def _build_training(self) -> None:
        self.training_tokens = float_spin(0, 1e13, suffix=self.tr(" tokens"), decimals=0, step=1e6)
        self.add_row(
            self.tr("Training &data:"),
            self.training_tokens,
            self.tr("Size of the fine-tuning data set in tokens."),
        )
        self.epochs = float_spin(0.1, 100, suffix=self.tr(" epochs"), decimals=1)
        self.add_row(
            self.tr("&Epochs:"),
            self.epochs,
            self.tr("How many passes training makes over the data."),
        )
        self.retrains = checkbox()
        self.add_row(
            self.tr("&Retrain periodically"),
            self.retrains,
            self.tr("Tick when the model is tuned again as data changes."),
        )
        self.retrain_months = int_spin(1, 120, suffix=self.tr(" months"))
        self.add_row(
            self.tr("Retrain e&very:"), self.retrain_months, self.tr("Time between tuning runs.")
        )

    def _build_staff(self) -> None:
        self.fte_cost = float_spin(0, 5e6, suffix=self.tr(" USD/year"), decimals=0, step=10_000)
        self.add_row(
            self.tr("Engineer cost per &year:"),
            self.fte_cost,
            self.tr("Loaded yearly cost of one engineer (salary, benefits, overhead)."),
        )
        self.ops_fte = float_spin(0, 100, suffix=self.tr(" FTE"), decimals=2, step=0.25)
        self.add_row(
            self.tr("&Staff to run self-hosting:"),
            self.ops_fte,
            self.tr(
                "Engineers needed to operate your own inference servers (0.5 = half a person)."
            ),
        )
        self.api_fte = float_spin(0, 100, suffix=self.tr(" FTE"), decimals=2, step=0.05)
        self.add_row(
            self.tr("Staff to run an &API service:"),
            self.api_fte,
            self.tr(
                "Engineering time to integrate and watch a hosted API (0.05 = 2 hours a week)."
            ),
        )

    def current(self) -> TuningMethod:
        """The chosen method."""
        return TuningMethod(self.method.currentData())

    def load(self, project: Project) -> None:
        tuning, staff = project.tuning, project.staff
        self.method.setCurrentIndex(self.method.findData(tuning.method.value))
        self.prompt_hours.setValue(tuning.prompt_engineering_hours)
        self.rag_tokens.setValue(tuning.rag_corpus_tokens)
        self.rag_extra.setValue(tuning.rag_extra_input_tokens)
        self.training_tokens.setValue(tuning.training_tokens)
        self.epochs.setValue(tuning.epochs)
        self.retrains.setChecked(tuning.retrain_every_months is not None)
        self.retrain_months.setValue(tuning.retrain_every_months or 6)
        self.fte_cost.setValue(staff.fte_cost_usd_per_year)
        self.ops_fte.setValue(staff.ops_fte_self_hosted)
        self.api_fte.setValue(staff.ops_fte_api)

    def update_visibility(self) -> None:
        method = self.current()
        trains = method in TRAINING_METHODS
        self.show_row(self.prompt_hours, method is not TuningMethod.NONE)
        self.show_row(self.rag_tokens, method is TuningMethod.RAG)
        self.show_row(self.rag_extra, method is TuningMethod.RAG)
        for widget in (self.training_tokens, self.epochs, self.retrains):
            self.show_row(widget, trains)
        self.show_row(self.retrain_months, trains and self.retrains.isChecked())

    def problems(self) -> list[str]:
        method = self.current()
        if method in TRAINING_METHODS and self.training_tokens.value() <= 0:
            return [self.tr("Enter the size of the training data; fine-tuning needs some.")]
        if method is TuningMethod.RAG and self.rag_extra.value() <= 0:
            return [self.tr("Enter how many retrieved tokens RAG adds to each request.")]
        return []

    def store(self, project: Project) -> Project:
        method = self.current()
        trains = method in TRAINING_METHODS
        tuning = updated(
            project.tuning,
            method=method,
            prompt_engineering_hours=self.prompt_hours.value(),
            rag_corpus_tokens=self.rag_tokens.value() if method is TuningMethod.RAG else 0.0,
            rag_extra_input_tokens=self.rag_extra.value() if method is TuningMethod.RAG else 0.0,
            training_tokens=self.training_tokens.value() if trains else 0.0,
            epochs=self.epochs.value(),
            retrain_every_months=(
                self.retrain_months.value() if trains and self.retrains.isChecked() else None
            ),
        )
        staff = updated(
            project.staff,
            fte_cost_usd_per_year=self.fte_cost.value(),
            ops_fte_self_hosted=self.ops_fte.value(),
            ops_fte_api=self.api_fte.value(),
        )
        return project.model_copy(update={"tuning": tuning, "staff": staff})


def priority_label(name: str) -> str:
    """The user-facing name of a priority."""
    return {
        "cost": QCoreApplication.translate("Priorities", "&Cost"),
        "quality": QCoreApplication.translate("Priorities", "&Quality"),
        "latency": QCoreApplication.translate("Priorities", "&Speed (latency)"),
        "privacy": QCoreApplication.translate("Priorities", "&Privacy margin"),
        "ops_simplicity": QCoreApplication.translate("Priorities", "&Operational simplicity"),
        "vendor_independence": QCoreApplication.translate("Priorities", "&Vendor independence"),
    }[name]


def priority_help(name: str) -> str:
    """One sentence explaining a priority."""
    return {
        "cost": QCoreApplication.translate("Priorities", "Lower total cost over the horizon."),
        "quality": QCoreApplication.translate(
            "Priorities", "Better answers than the minimum quality you set."
        ),
        "latency": QCoreApplication.translate(
            "Priorities", "Faster answers than your latency targets require."
        ),
        "privacy": QCoreApplication.translate(
            "Priorities", "Keeping data further inside your own walls than required."
        ),
        "ops_simplicity": QCoreApplication.translate(
            "Priorities", "Less to build, run and be on call for."
        ),
        "vendor_independence": QCoreApplication.translate(
            "Priorities", "Freedom to switch providers or models later."
        ),
    }[name]


class PrioritiesPage(WizardPage):
    """Weights of the score that ranks the feasible options."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Priorities"),
            self.tr("How much does each aspect matter to you? 0 = not at all, 10 = very much."),
        )
        self.sliders: dict[str, QSlider] = {}
        self.value_labels: dict[str, QLabel] = {}
        for name in PRIORITY_FIELDS:
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 10)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            value = QLabel()
            value.setMinimumWidth(40)
            slider.valueChanged.connect(
                lambda v, label=value: label.setText(self.tr("%n/10", "", v))
            )
            self.sliders[name] = slider
            self.value_labels[name] = value
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(slider, 1)
            box.addWidget(value)
            label = QLabel(priority_label(name))
            label.setBuddy(slider)
            describe(slider, priority_label(name), priority_help(name))
            self.form.addRow(label, row)
            self.add_help(priority_help(name))
            slider.valueChanged.connect(self.changed)

    def load(self, project: Project) -> None:
        for name, slider in self.sliders.items():
            slider.setValue(round(getattr(project.priorities, name)))
            self.value_labels[name].setText(self.tr("%n/10", "", slider.value()))

    def problems(self) -> list[str]:
        if sum(s.value() for s in self.sliders.values()) <= 0:
            return [self.tr("Give at least one priority a weight above zero.")]
        return []

    def store(self, project: Project) -> Project:
        weights = {name: float(slider.value()) for name, slider in self.sliders.items()}
        return project.model_copy(update={"priorities": updated(project.priorities, **weights)})


class ReviewPage(WizardPage):
    """A summary of every answer before the analysis runs."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Review"),
            self.tr("Check your answers; go Back to change any of them, or Finish to see results."),
        )
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Summary of answers"))
        self.summary.setMinimumHeight(400)
        self.form.addRow(self.summary)

    def load(self, project: Project) -> None:
        self.summary.setHtml(summary_html(project, gpu_names=self.project_wizard().gpu_names()))

    def store(self, project: Project) -> Project:
        return project


def summary_rows(
    project: Project, *, gpu_names: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """The Review page's (question, answer) pairs."""
    w, hw = project.workload, project.hardware
    none = QCoreApplication.translate("Review", "none")
    yes, no = (
        QCoreApplication.translate("Review", "yes"),
        QCoreApplication.translate("Review", "no"),
    )
    tokens = QCoreApplication.translate("Review", "{input} in, {output} out").format(
        input=f"{w.input_tokens_per_request:,.0f}", output=f"{w.output_tokens_per_request:,.0f}"
    )
    weights = ", ".join(
        f"{plain_label(priority_label(n))} {getattr(project.priorities, n):g}"
        for n in PRIORITY_FIELDS
    )
    months = QCoreApplication.translate("Review", "%n month(s)", "", project.info.horizon_months)
    names = gpu_names or {}
    owned = ", ".join(f"{o.count} × {names.get(o.gpu_id, o.gpu_id)}" for o in hw.owned) or none
    return [
        (QCoreApplication.translate("Review", "Name"), project.info.name),
        (QCoreApplication.translate("Review", "Currency"), project.info.currency),
        (QCoreApplication.translate("Review", "Horizon"), months),
        (
            QCoreApplication.translate("Review", "Use case"),
            use_case_label(project.use_case.use_case),
        ),
        (
            QCoreApplication.translate("Review", "Minimum quality"),
            f"{project.use_case.quality_floor:g}",
        ),
        (QCoreApplication.translate("Review", "Requests per day"), f"{w.requests_per_day:,.0f}"),
        (QCoreApplication.translate("Review", "Tokens per request"), tokens),
        (QCoreApplication.translate("Review", "Peak load"), peak_text(project)),
        (
            QCoreApplication.translate("Review", "Data may be processed"),
            location_label(project.privacy.data_location),
        ),
        (QCoreApplication.translate("Review", "Monthly budget"), budget_text(project) or none),
        (QCoreApplication.translate("Review", "Rent cloud GPUs"), yes if hw.cloud_gpus else no),
        (
            QCoreApplication.translate("Review", "Always-on minimum / spare replicas"),
            f"{hw.min_replicas} / {hw.redundancy_replicas}",
        ),
        (QCoreApplication.translate("Review", "Owned GPUs"), owned),
        (QCoreApplication.translate("Review", "Tuning"), method_label(project.tuning.method)),
        (QCoreApplication.translate("Review", "Priorities"), weights),
    ]


def summary_html(project: Project, *, gpu_names: Mapping[str, str] | None = None) -> str:
    """The Review page's table of answers, with warnings about conflicting answers.

    ``gpu_names`` maps catalog GPU ids to their names (ids are shown when missing).
    """
    body = "".join(
        f"<tr><th align='left'>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>"
        for k, v in summary_rows(project, gpu_names=gpu_names)
    )
    notes = "".join(f"<li>{html.escape(n)}</li>" for n in review_warnings(project))
    heading = html.escape(QCoreApplication.translate("Review", "Please note:"))
    warning_block = f"<p><b>{heading}</b></p><ul>{notes}</ul>"
    # warnings first, where they are seen without scrolling
    return (warning_block if notes else "") + f"<table cellspacing='4'>{body}</table>"


def review_warnings(project: Project) -> list[str]:
    """Answers that combine so that few or no options can qualify (shown, never blocking)."""
    hw, location = project.hardware, project.privacy.data_location
    own_hardware_only = location in (DataLocation.ON_PREMISES, DataLocation.AIR_GAPPED)
    notes = []
    if own_hardware_only and not hw.owned and not hw.can_buy:
        notes.append(
            QCoreApplication.translate(
                "Review",
                "Data must stay on your premises, but you neither own nor may buy GPUs: "
                "no option can qualify. Allow buying GPUs or relax the data rule.",
            )
        )
    elif not hw.cloud_gpus and not hw.owned and not hw.can_buy:
        notes.append(
            QCoreApplication.translate(
                "Review", "Without GPUs to rent, own or buy, only API services are compared."
            )
        )
    if project.tuning.method in TRAINING_METHODS and location is DataLocation.ANY_VENDOR:
        notes.append(
            QCoreApplication.translate(
                "Review",
                "Fine-tuning limits the choice to open models and providers that offer tuning.",
            )
        )
    return notes
