"""Wizard page: Owned hardware (GPUs owned or to be bought, power and hosting costs)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox

from llm_tco.engine.project_model import OwnedGpus, Project
from llm_tco.gui.wizard.common import WizardPage, checkbox, float_spin, int_spin, updated


@dataclass(frozen=True)
class GpuChoice:
    """A GPU the owned-hardware page offers: catalog id, label, price per GPU (USD) if known."""

    gpu_id: str
    label: str
    price_usd: float | None = None


def gpu_choices(catalogs: object) -> list[GpuChoice]:
    """The catalog's GPUs as choices, by name (server share per GPU as the price when known)."""
    gpus = getattr(catalogs, "gpus", None) or {}
    found = []
    for gpu_id, gpu in gpus.items():
        name = getattr(gpu, "name", None) or gpu_id
        memory = getattr(gpu, "memory_gb", None)
        label = f"{name} ({memory:g} GB)" if memory and "GB" not in name.upper() else name
        price = getattr(gpu, "server_price_usd_per_gpu", None) or getattr(
            gpu, "purchase_price_usd", None
        )
        found.append(GpuChoice(gpu_id, label, price))
    return sorted(found, key=lambda c: c.label.lower())


class OwnedHardwarePage(WizardPage):
    """GPUs owned or to be bought, and what running them costs (skipped when neither)."""

    def __init__(self, gpus: Iterable[GpuChoice] = ()) -> None:
        super().__init__(
            self.tr("Owned hardware"),
            self.tr("Describe the GPUs you own and what power and hosting cost you."),
        )
        choices = tuple(gpus)
        self.known_gpus = tuple(c.gpu_id for c in choices)
        self.catalog_prices = {c.gpu_id: c.price_usd for c in choices if c.price_usd}
        self.gpu = QComboBox()
        self.gpu.setEditable(not choices)  # without a catalog, type the id
        for choice in choices:
            self.gpu.addItem(choice.label, choice.gpu_id)
        self.add_row(
            self.tr("&GPU type:"),
            self.gpu,
            self.tr("The GPU model in your servers, from the catalog."),
        )
        self.count = int_spin(1, 100_000, suffix=self.tr(" GPUs"))
        self.add_row(
            self.tr("Nu&mber of GPUs:"), self.count, self.tr("All GPUs of this type you own.")
        )
        self.paid = checkbox()
        self.add_row(
            self.tr("Already &paid for"),
            self.paid,
            self.tr("Money already spent is not counted again (a sunk cost)."),
        )
        self.price = float_spin(0, 9_999_999, suffix=self.tr(" USD/GPU"), decimals=0, step=1000)
        self.add_row(
            self.tr("Purchase pr&ice:"),
            self.price,
            self.tr("Price per GPU including its share of the server, if not yet paid."),
        )
        self.paid.toggled.connect(self._prefill_price)
        self.power = float_spin(0, 5, suffix=self.tr(" USD/kWh"), decimals=3, step=0.01)
        self.add_row(
            self.tr("&Electricity price:"), self.power, self.tr("What you pay per kilowatt-hour.")
        )
        self.pue = float_spin(1, 3, suffix=self.tr(" × IT power"), decimals=2, step=0.05)
        self.add_row(
            self.tr("Data-centre &overhead (PUE):"),
            self.pue,
            self.tr("Total facility power divided by server power; 1.4 is typical."),
        )
        self.hosting = float_spin(0, 10_000, suffix=self.tr(" USD/kW/month"), decimals=0, step=10)
        self.add_row(
            self.tr("&Hosting cost:"),
            self.hosting,
            self.tr("Rack space and cooling per kilowatt per month (colocation price)."),
        )

    def selected_gpu(self) -> str:
        """The chosen GPU's catalog id (typed text when there is no catalog)."""
        if self.gpu.isEditable():
            return self.gpu.currentText().strip()
        return str(self.gpu.currentData() or "")

    def _prefill_price(self) -> None:
        """Unticking 'paid' suggests the catalog price of the chosen GPU."""
        if self._loading or self.paid.isChecked() or self.price.value() > 0:
            return
        price = self.catalog_prices.get(self.selected_gpu())
        if price:
            self.price.setValue(price)

    def owns(self) -> bool:
        """True when the user said they own GPUs (else only purchase questions apply)."""
        return self.project_wizard().hardware_page.owns.isChecked()

    def load(self, project: Project) -> None:
        hw = project.hardware
        first = hw.owned[0] if hw.owned else None
        if first is not None:
            index = self.gpu.findData(first.gpu_id)
            if index < 0:  # not in the catalog (or no catalog): show the id as it is
                self.gpu.addItem(first.gpu_id, first.gpu_id)
                index = self.gpu.count() - 1
            self.gpu.setCurrentIndex(index)
        self.count.setValue(first.count if first else 8)
        self.paid.setChecked(first.already_paid if first else True)
        self.price.setValue((first.purchase_price_usd_per_gpu if first else None) or 0)
        self.power.setValue(hw.power_usd_per_kwh)
        self.pue.setValue(hw.pue)
        self.hosting.setValue(hw.hosting_usd_per_kw_month)

    def update_visibility(self) -> None:
        owns = self.owns()
        for widget in (self.gpu, self.count, self.paid):
            widget.setEnabled(owns)
        self.price.setEnabled(owns and not self.paid.isChecked())

    def problems(self) -> list[str]:
        if not self.owns():
            return []
        gpu = self.selected_gpu()
        if not gpu:
            return [self.tr("Choose the type of GPU you own.")]
        if self.known_gpus and gpu not in self.known_gpus:
            return [
                self.tr("'{gpu}' is not in the GPU catalog; choose one from the list.").format(
                    gpu=gpu
                )
            ]
        if not self.paid.isChecked() and self.price.value() <= 0:
            return [self.tr("Enter the purchase price per GPU, since it is not paid yet.")]
        return []

    def store(self, project: Project) -> Project:
        owned: tuple[OwnedGpus, ...] = ()
        if self.owns():
            first = OwnedGpus(
                gpu_id=self.selected_gpu(),
                count=self.count.value(),
                already_paid=self.paid.isChecked(),
                purchase_price_usd_per_gpu=None if self.paid.isChecked() else self.price.value(),
            )
            owned = (first, *project.hardware.owned[1:])
        hw = updated(
            project.hardware,
            owned=owned,
            power_usd_per_kwh=self.power.value(),
            pue=self.pue.value(),
            hosting_usd_per_kw_month=self.hosting.value(),
        )
        return project.model_copy(update={"hardware": hw})
