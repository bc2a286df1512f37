"""Wizard pages: Data privacy and compliance, Hardware access."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QLineEdit, QRadioButton

from llm_tco.engine.catalog_schema import DataLocation, GpuPlan
from llm_tco.engine.project_model import Project
from llm_tco.gui.wizard.common import WizardPage, checkbox, float_spin, int_spin, updated

CERTIFICATIONS: tuple[str, ...] = ("SOC2", "ISO27001", "HIPAA_BAA", "GDPR_DPA", "FEDRAMP")
# how the certifications and agreements are written (proper names: not translated)
CERTIFICATION_NAMES: dict[str, str] = {
    "SOC2": "SOC 2",
    "ISO27001": "ISO 27001",
    "HIPAA_BAA": "HIPAA BAA",
    "GDPR_DPA": "GDPR DPA",
    "FEDRAMP": "FedRAMP",
}
REGION_CODE = re.compile(r"^[a-z]{2}[a-z0-9-]*$")


def location_label(location: DataLocation) -> str:
    """The user-facing description of a data-location rule."""
    return {
        DataLocation.ANY_VENDOR: QCoreApplication.translate("DataLocation", "Any vendor's service"),
        DataLocation.ZERO_RETENTION_VENDOR: QCoreApplication.translate(
            "DataLocation", "Vendors that keep nothing and never train on our data"
        ),
        DataLocation.OWN_CLOUD_TENANCY: QCoreApplication.translate(
            "DataLocation", "Only inside our own cloud account"
        ),
        DataLocation.ON_PREMISES: QCoreApplication.translate(
            "DataLocation", "Only on our own premises"
        ),
        DataLocation.AIR_GAPPED: QCoreApplication.translate(
            "DataLocation", "Air-gapped: no network connection at all"
        ),
    }[location]


def plan_label(plan: GpuPlan) -> str:
    """The user-facing name of a GPU pricing plan."""
    return {
        GpuPlan.ON_DEMAND: QCoreApplication.translate("GpuPlan", "On demand (pay by the hour)"),
        GpuPlan.RESERVED_1Y: QCoreApplication.translate("GpuPlan", "Reserved for 1 year"),
        GpuPlan.RESERVED_3Y: QCoreApplication.translate("GpuPlan", "Reserved for 3 years"),
        GpuPlan.SPOT: QCoreApplication.translate("GpuPlan", "Spot (cheap, can be interrupted)"),
        GpuPlan.SERVERLESS: QCoreApplication.translate(
            "GpuPlan", "Serverless GPUs (pay per second of use)"
        ),
    }[plan]


def plan_help(plan: GpuPlan) -> str:
    """One sentence explaining a GPU pricing plan."""
    return {
        GpuPlan.ON_DEMAND: QCoreApplication.translate(
            "GpuPlan", "No commitment: the most flexible and the dearest per hour."
        ),
        GpuPlan.RESERVED_1Y: QCoreApplication.translate(
            "GpuPlan", "A one-year commitment for a lower hourly price."
        ),
        GpuPlan.RESERVED_3Y: QCoreApplication.translate(
            "GpuPlan", "A three-year commitment for the lowest hourly price."
        ),
        GpuPlan.SPOT: QCoreApplication.translate(
            "GpuPlan", "Spare capacity at a discount that can be taken back at short notice."
        ),
        GpuPlan.SERVERLESS: QCoreApplication.translate(
            "GpuPlan", "Billed only while requests run; the first request may wait."
        ),
    }[plan]


class PrivacyPage(WizardPage):
    """Where data may be processed, in which regions, and which certifications are required."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Data privacy and compliance"),
            self.tr("Rules about your data rule out some options before cost is considered."),
        )
        self.location_group = QButtonGroup(self)
        self.locations: dict[DataLocation, QRadioButton] = {}
        self.add_help(self.tr("Where may prompts and answers be processed?"))
        for location in DataLocation:
            button = QRadioButton()
            self.location_group.addButton(button)
            self.locations[location] = button
            self.add_row(location_label(location), button, _location_help(location))
        self.regions = QLineEdit()
        self.regions.setPlaceholderText(self.tr("for example: eu, us"))
        self.add_row(
            self.tr("Allowed &regions:"),
            self.regions,
            self.tr("Region codes separated by commas; leave empty to allow any region."),
        )
        self.certs: dict[str, QCheckBox] = {}
        cert_help = self.tr("Only providers that hold this certification or agreement qualify.")
        for code in CERTIFICATIONS:
            box = checkbox()
            self.certs[code] = box
            self.add_row(
                self.tr("Requires {certification}").format(certification=CERTIFICATION_NAMES[code]),
                box,
                cert_help,
                help_line=False,  # one explanation under the group
            )
        self.add_help(cert_help)

    def chosen_location(self) -> DataLocation:
        """The selected data-location rule."""
        for location, button in self.locations.items():
            if button.isChecked():
                return location
        return DataLocation.ANY_VENDOR

    def region_codes(self) -> list[str]:
        """The region codes typed, lower-cased."""
        return [p.strip().lower() for p in self.regions.text().split(",") if p.strip()]

    def load(self, project: Project) -> None:
        privacy = project.privacy
        self.locations[privacy.data_location].setChecked(True)
        self.regions.setText(", ".join(privacy.allowed_regions))
        for code, box in self.certs.items():
            box.setChecked(code in privacy.required_certifications)

    def problems(self) -> list[str]:
        for code in self.region_codes():
            if not REGION_CODE.match(code):
                return [
                    self.tr(
                        "'{code}' is not a region code; use codes such as eu, us or cn, "
                        "separated by commas."
                    ).format(code=code)
                ]
        return []

    def store(self, project: Project) -> Project:
        certs = tuple(c for c, box in self.certs.items() if box.isChecked())
        privacy = updated(
            project.privacy,
            data_location=self.chosen_location(),
            allowed_regions=tuple(self.region_codes()),
            required_certifications=certs,
        )
        return project.model_copy(update={"privacy": privacy})


def _location_help(location: DataLocation) -> str:
    return {
        DataLocation.ANY_VENDOR: QCoreApplication.translate(
            "DataLocation", "Every public API and hosting service qualifies."
        ),
        DataLocation.ZERO_RETENTION_VENDOR: QCoreApplication.translate(
            "DataLocation", "Public APIs qualify only with zero retention and no training."
        ),
        DataLocation.OWN_CLOUD_TENANCY: QCoreApplication.translate(
            "DataLocation", "Cloud AI services in your tenancy or GPUs you rent in your account."
        ),
        DataLocation.ON_PREMISES: QCoreApplication.translate(
            "DataLocation", "Only GPUs you own, in your own building."
        ),
        DataLocation.AIR_GAPPED: QCoreApplication.translate(
            "DataLocation", "Owned GPUs with no outside connection, updated by hand."
        ),
    }[location]


class HardwarePage(WizardPage):
    """Which GPUs the team can get (rent, own, buy) and how many replicas self-hosting keeps."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Hardware access"),
            self.tr("Tell us what GPUs you could run a model on yourselves, if any."),
        )
        self.cloud = checkbox()
        self.add_row(
            self.tr("We can rent &cloud GPUs"),
            self.cloud,
            self.tr("A cloud account where GPU servers can be rented by the hour."),
        )
        self.has_quota = checkbox()
        self.add_row(
            self.tr("Our GPU &quota is limited"),
            self.has_quota,
            self.tr("Tick when the cloud provider caps how many GPUs you may rent."),
        )
        self.quota = int_spin(0, 1_000_000, suffix=self.tr(" GPUs"))
        self.add_row(
            self.tr("GPU q&uota:"), self.quota, self.tr("Most GPUs you may rent at the same time.")
        )
        self._build_plans()
        self.owns = checkbox()
        self.add_row(
            self.tr("We already &own GPUs"),
            self.owns,
            self.tr("Servers with GPUs that your organisation owns or has ordered."),
        )
        self.can_buy = checkbox()
        self.add_row(
            self.tr("We may bu&y GPUs"),
            self.can_buy,
            self.tr("Buying is compared with renting over the planning horizon."),
        )
        self.budget = float_spin(0, 1e11, suffix=self.tr(" USD"), decimals=0, step=10_000)
        self.add_row(
            self.tr("Purchase bu&dget:"),
            self.budget,
            self.tr("The most you could spend on buying GPU servers."),
        )
        self._build_replicas()

    def _build_plans(self) -> None:
        self.plans_intro = self.add_help(self.tr("Ways of paying for rented GPUs you accept:"))
        self.plans: dict[GpuPlan, QCheckBox] = {}
        for plan in GpuPlan:
            box = checkbox()
            self.plans[plan] = box
            self.add_row(plan_label(plan), box, plan_help(plan))

    def _build_replicas(self) -> None:
        self.min_replicas = int_spin(0, 1000, suffix=self.tr(" replicas"))
        self.add_row(
            self.tr("Always-on &minimum:"),
            self.min_replicas,
            self.tr(
                "Model servers kept running even when idle, for self-hosted options; "
                "0 lets them scale to zero (the first request then waits)."
            ),
        )
        self.spares = int_spin(0, 100, suffix=self.tr(" replicas"))
        for box in (self.min_replicas, self.spares):
            box.valueChanged.connect(lambda value, b=box: b.setSuffix(self._replica_unit(value)))
        self.add_row(
            self.tr("Spare replicas for &failover:"),
            self.spares,
            self.tr("Extra servers above the busiest hour's need, so one can fail or be updated."),
        )

    def _replica_unit(self, count: int) -> str:
        return self.tr(" replica") if count == 1 else self.tr(" replicas")

    def checked_plans(self) -> tuple[GpuPlan, ...]:
        """Pricing plans the user allows."""
        return tuple(p for p, box in self.plans.items() if box.isChecked())

    def load(self, project: Project) -> None:
        hw = project.hardware
        self.cloud.setChecked(hw.cloud_gpus)
        self.has_quota.setChecked(hw.gpu_quota is not None)
        self.quota.setValue(hw.gpu_quota or 8)
        for plan, box in self.plans.items():
            box.setChecked(plan in hw.allowed_plans)
        self.owns.setChecked(bool(hw.owned))
        self.can_buy.setChecked(hw.can_buy)
        self.budget.setValue(hw.purchase_budget_usd or 0)
        self.min_replicas.setValue(hw.min_replicas)
        self.spares.setValue(hw.redundancy_replicas)

    def update_visibility(self) -> None:
        cloud = self.cloud.isChecked()
        self.has_quota.setEnabled(cloud)
        self.quota.setEnabled(cloud and self.has_quota.isChecked())
        for box in self.plans.values():
            box.setEnabled(cloud)
        self.budget.setEnabled(self.can_buy.isChecked())
        self_hosting = cloud or self.owns.isChecked() or self.can_buy.isChecked()
        self.min_replicas.setEnabled(self_hosting)
        self.spares.setEnabled(self_hosting)
        # questions that do not apply are hidden, so the page stays short
        for widget in (self.has_quota, *self.plans.values()):
            self.show_row(widget, cloud)
        self.form.setRowVisible(self.plans_intro, cloud)
        self.show_row(self.quota, cloud and self.has_quota.isChecked())
        self.show_row(self.budget, self.can_buy.isChecked())
        self.show_row(self.min_replicas, self_hosting)
        self.show_row(self.spares, self_hosting)

    def problems(self) -> list[str]:
        if self.cloud.isChecked() and not self.checked_plans():
            return [
                self.tr("Choose at least one way of paying for rented GPUs, or untick renting.")
            ]
        if self.cloud.isChecked() and self.has_quota.isChecked() and self.quota.value() < 1:
            return [
                self.tr("A GPU quota must be at least 1 GPU; untick the limit if there is none.")
            ]
        if self.can_buy.isChecked() and self.budget.value() <= 0:
            return [self.tr("Enter the purchase budget, or untick 'We may buy GPUs'.")]
        return []

    def needs_owned_page(self) -> bool:
        """True when owned or purchasable GPUs need more questions."""
        return self.owns.isChecked() or self.can_buy.isChecked()

    def store(self, project: Project) -> Project:
        cloud = self.cloud.isChecked()
        hw = updated(
            project.hardware,
            cloud_gpus=cloud,
            gpu_quota=self.quota.value() if cloud and self.has_quota.isChecked() else None,
            allowed_plans=self.checked_plans() or project.hardware.allowed_plans,
            owned=project.hardware.owned if self.owns.isChecked() else (),
            can_buy=self.can_buy.isChecked(),
            purchase_budget_usd=self.budget.value() if self.can_buy.isChecked() else None,
            min_replicas=self.min_replicas.value(),
            redundancy_replicas=self.spares.value(),
        )
        return project.model_copy(update={"hardware": hw})
