"""Wizard page: Workload (volume, request sizes, daily load pattern, growth, latency targets)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton

from llm_tco.engine.project_model import Project
from llm_tco.gui.wizard.common import WizardPage, checkbox, float_spin, int_spin, updated

NIGHT, SHOULDER, BUSY = 0.1, 0.5, 1.0
# 24 relative hourly loads (hour 0 first): simple shapes to choose from, not measurements
DAILY_PROFILES: dict[str, tuple[float, ...]] = {
    "flat": (BUSY,) * 24,
    "office": (NIGHT,) * 7 + (SHOULDER,) + (BUSY,) * 10 + (SHOULDER,) + (NIGHT,) * 5,
    "evening": (NIGHT,) * 7 + (0.3,) * 2 + (SHOULDER,) * 9 + (BUSY,) * 5 + (SHOULDER,),
}
PROFILE_OFF = "off"
PROFILE_CUSTOM = "custom"


def profile_label(key: str) -> str:
    """The user-facing name of a daily load pattern."""
    return {
        PROFILE_OFF: QCoreApplication.translate("DailyProfile", "Only the peak load below"),
        "flat": QCoreApplication.translate("DailyProfile", "Flat: the same load every hour"),
        "office": QCoreApplication.translate("DailyProfile", "Office hours: busy 08:00–18:00"),
        "evening": QCoreApplication.translate("DailyProfile", "Evening peak: busy 18:00–23:00"),
        PROFILE_CUSTOM: QCoreApplication.translate(
            "DailyProfile", "Custom pattern from the project file"
        ),
    }[key]


def peak_of(profile: tuple[float, ...]) -> float:
    """Busiest hour relative to the average hour of a 24-hour pattern."""
    return max(profile) * len(profile) / sum(profile)


def peak_text(project: Project) -> str:
    """The peak load in words: the factor, or the daily pattern and its busiest hour."""
    w = project.workload
    if w.daily_profile is None:
        return f"{w.peak_to_average:g} ×"
    return f"{profile_label(profile_key(w.daily_profile))} ({peak_of(w.daily_profile):.1f} ×)"


def profile_key(profile: tuple[float, ...] | None) -> str:
    """Which preset ``profile`` is (``off`` for none, ``custom`` when it matches no preset)."""
    if profile is None:
        return PROFILE_OFF
    for key, preset in DAILY_PROFILES.items():
        if len(profile) == 24 and all(
            abs(a - b) < 1e-9 for a, b in zip(profile, preset, strict=True)
        ):
            return key
    return PROFILE_CUSTOM


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
        self._build_profile()
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

    def _build_profile(self) -> None:
        self.profile = QComboBox()
        for key in (PROFILE_OFF, *DAILY_PROFILES):
            self.profile.addItem(profile_label(key), key)
        self.add_row(
            self.tr("Daily &load pattern:"),
            self.profile,
            self.tr(
                "How traffic spreads over the day: the busiest hour sizes self-hosted servers "
                "and quiet hours let autoscaling save money."
            ),
        )
        self.profile_peak = QLabel()
        self.profile_peak.setObjectName("profilePeak")
        self.form.addRow(self.profile_peak)
        self._custom_profile: tuple[float, ...] | None = None

    def chosen_profile(self) -> tuple[float, ...] | None:
        """The 24 hourly loads of the chosen pattern; None when only the peak load is used."""
        key = self.profile.currentData()
        if key == PROFILE_CUSTOM:
            return self._custom_profile
        return DAILY_PROFILES.get(key)

    def _load_profile(self, profile: tuple[float, ...] | None) -> None:
        key = profile_key(profile)
        custom = self.profile.findData(PROFILE_CUSTOM)
        if key == PROFILE_CUSTOM:
            self._custom_profile = profile
            if custom < 0:
                self.profile.addItem(profile_label(PROFILE_CUSTOM), PROFILE_CUSTOM)
        elif custom >= 0:
            self.profile.removeItem(custom)
        self.profile.setCurrentIndex(self.profile.findData(key))

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
        self._load_profile(w.daily_profile)
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
        profile = self.chosen_profile()
        self.peak.setEnabled(profile is None)
        self.profile_peak.setVisible(profile is not None)
        if profile is not None:
            self.profile_peak.setText(
                self.tr(
                    "Busiest hour: {peak} × the average hour (the peak load is not used)."
                ).format(peak=f"{peak_of(profile):.1f}")
            )
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
            daily_profile=self.chosen_profile(),
            growth_per_month=self.growth.value() / 100,
            batch_tolerant=self.batch.isChecked(),
            ttft_target_ms=self.ttft.value() if self.has_ttft.isChecked() else None,
            min_output_tokens_per_s_per_user=(
                self.speed.value() if self.has_speed.isChecked() else None
            ),
        )
        return project.model_copy(update={"workload": workload})
