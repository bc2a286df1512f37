"""Translated names of the engine's codes (routes, plans, cost components, answers) for the report.

Pure Python: the translation function is passed in. ``pyside6-lupdate`` files every
``self.tr("...")`` below under the context ``ReportLabels`` (the class name).
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]
"""``translate(context, source_text) -> text``; ``QCoreApplication.translate`` fits."""


def identity(context: str, text: str) -> str:
    """The untranslated (English) source text."""
    return text


class ReportLabels:
    """Human names of codes, in the report's language."""

    def __init__(self, translate: Translate = identity) -> None:
        self._translate = translate

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context."""
        return self._translate(type(self).__name__, text)

    def route(self, code: str) -> str:
        """Deployment route: 'Closed API', 'Self-hosted, rented GPUs', ..."""
        names = {
            "closed_api": self.tr("Closed API"),
            "cloud_tenancy": self.tr("Closed model in own cloud"),
            "hosted_open": self.tr("Hosted open weights"),
            "self_hosted_rented": self.tr("Self-hosted, rented GPUs"),
            "self_hosted_owned": self.tr("Self-hosted, owned GPUs"),
        }
        return names.get(code, code.replace("_", " "))

    def plan(self, code: str) -> str:
        """Pricing plan: 'per token', 'on demand', '1-year reserved', ..."""
        names = {
            "per_token": self.tr("per token"),
            "on_demand": self.tr("on demand"),
            "reserved_1y": self.tr("1-year reserved"),
            "reserved_3y": self.tr("3-year reserved"),
            "spot": self.tr("spot"),
            "serverless": self.tr("serverless"),
            "buy": self.tr("buy hardware"),
            "owned": self.tr("hardware already owned"),
        }
        return names.get(code, code.replace("_", " "))

    def scaling(self, code: str) -> str:
        """How capacity follows the load."""
        names = {
            "per_token": self.tr("pay per token"),
            "always_on": self.tr("always on"),
            "autoscaled": self.tr("autoscaled"),
            "per_second": self.tr("billed per second"),
        }
        return names.get(code, code.replace("_", " "))

    def component(self, code: str) -> str:
        """Cost component of the breakdown."""
        names = {
            "api_tokens": self.tr("API tokens"),
            "vendor_fees": self.tr("Vendor fees"),
            "gpu_rental": self.tr("GPU rental"),
            "hardware_capital": self.tr("Hardware (capital)"),
            "power": self.tr("Power"),
            "hosting": self.tr("Hosting"),
            "maintenance": self.tr("Maintenance"),
            "staff_operations": self.tr("Staff (operations)"),
            "tuning": self.tr("Tuning"),
        }
        return names.get(code, code.replace("_", " "))

    def criterion(self, code: str) -> str:
        """Scoring criterion (a priority weight)."""
        names = {
            "cost": self.tr("Cost"),
            "quality": self.tr("Quality"),
            "latency": self.tr("Latency"),
            "privacy": self.tr("Privacy margin"),
            "ops_simplicity": self.tr("Operational simplicity"),
            "vendor_independence": self.tr("Vendor independence"),
        }
        return names.get(code, code.replace("_", " "))

    def data_location(self, code: str) -> str:
        """Where data may be processed."""
        names = {
            "any_vendor": self.tr("any vendor"),
            "zero_retention_vendor": self.tr("a vendor with zero retention and no training"),
            "own_cloud_tenancy": self.tr("inside our own cloud tenancy"),
            "on_premises": self.tr("on our premises"),
            "air_gapped": self.tr("air-gapped"),
        }
        return names.get(code, code.replace("_", " "))

    def tuning(self, code: str) -> str:
        """How the model is adapted to the task."""
        names = {
            "none": self.tr("none"),
            "prompt_engineering": self.tr("prompt engineering"),
            "rag": self.tr("retrieval-augmented generation (RAG)"),
            "lora": self.tr("LoRA fine-tuning"),
            "full_finetune": self.tr("full fine-tuning"),
        }
        return names.get(code, code.replace("_", " "))

    def use_case(self, code: str) -> str:
        """Task preset."""
        names = {
            "chatbot": self.tr("chatbot"),
            "rag_assistant": self.tr("assistant over own documents (RAG)"),
            "summarisation": self.tr("summarisation"),
            "code_assistant": self.tr("code assistant"),
            "extraction": self.tr("information extraction"),
            "agent": self.tr("agent"),
            "custom": self.tr("custom"),
        }
        return names.get(code, code.replace("_", " "))

    def catalog(self, code: str) -> str:
        """Catalog name."""
        names = {
            "models": self.tr("Models"),
            "gpus": self.tr("GPUs"),
            "gpu_offers": self.tr("GPU rental prices"),
            "api_offers": self.tr("API prices"),
            "tuning_offers": self.tr("Tuning prices"),
        }
        return names.get(code, code.replace("_", " "))

    def exclusion(self, code: str) -> str:
        """Why candidates were excluded (engine constraint codes)."""
        names = {
            "data_location": self.tr("data may not be processed there"),
            "certification": self.tr("a required certification is missing"),
            "region": self.tr("region not allowed"),
            "no_cloud_gpus": self.tr("renting cloud GPUs is not allowed"),
            "provider_not_allowed": self.tr("provider not allowed"),
            "plan_not_allowed": self.tr("pricing plan not allowed"),
            "gpu_quota": self.tr("needs more GPUs than the quota"),
            "cannot_buy": self.tr("buying hardware is not allowed"),
            "purchase_budget": self.tr("over the purchase budget"),
            "owned_capacity": self.tr("needs more GPUs than are owned"),
            "context_length": self.tr("context window too short"),
            "quality_floor": self.tr("quality below the required minimum"),
            "quality_unknown": self.tr("no published quality index to check"),
            "memory": self.tr("model does not fit in GPU memory"),
            "latency": self.tr("latency target not reachable"),
            "rate_limit": self.tr("provider rate limit below the peak load"),
            "monthly_budget": self.tr("over the monthly budget"),
            "licence": self.tr("licence terms do not allow this use"),
            "tuning_unavailable": self.tr("the chosen tuning is not available"),
            "no_cost": self.tr("no price available"),
        }
        return names.get(code, code.replace("_", " "))

    def region(self, code: str) -> str:
        """Where the team operates (project region code)."""
        names = {
            "us": self.tr("United States"),
            "eu": self.tr("European Union"),
            "uk": self.tr("United Kingdom"),
            "cn": self.tr("China"),
            "apac": self.tr("Asia-Pacific"),
            "other": self.tr("Elsewhere"),
        }
        return names.get(code, code)

    def yes_no(self, value: bool) -> str:
        """'yes' or 'no'."""
        return self.tr("yes") if value else self.tr("no")
