"""The report's methodology and limitations, in plain words.

Pure Python. ``self.tr("...")`` calls are filed by ``pyside6-lupdate`` under the context
``ReportMethod``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llm_tco.report.model import Block, Bullets, Paragraph, Section

if TYPE_CHECKING:
    from llm_tco.report.content import Report


class ReportMethod:
    """Builds the methodology and limitations section."""

    def __init__(self, report: Report) -> None:
        self.rep = report

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context ('ReportMethod')."""
        return self.rep.translate(type(self).__name__, text)

    def methodology_section(self) -> Section:
        """How the numbers were made, and what they cannot tell, in plain words."""
        texts = (
            self.tr(
                "Every way of running a model that the catalogs allow was listed: closed APIs, "
                "closed models in your own cloud tenancy, hosted open-weights models, and open "
                "models on rented or owned GPUs, in each precision, GPU count and pricing plan."
            ),
            self.tr(
                "For self-hosted options the memory needed for the weights and the working "
                "memory of each conversation was checked first. Speed comes from a physical model "
                "of the GPU (memory bandwidth and compute), tuned against published benchmarks; "
                "this gives the number of GPUs needed at peak to meet your latency targets."
            ),
            self.tr(
                "Cost covers what you pay every month: tokens, GPU rental, or the purchase of "
                "hardware spread over its life, power, hosting, maintenance, the engineering time "
                "to run it, and tuning. Idle capacity is paid for too: utilisation shows how much "
                "of the paid capacity does useful work."
            ),
            self.tr(
                "Options that break a hard requirement (data location, certifications, region, "
                "quality floor, context length, latency, hardware, budget, licence) were removed "
                "with the reason. The rest were ranked by a weighted score of your priorities; "
                "the cheapest options regardless of priorities are listed as well."
            ),
            self.tr(
                "Uncertainty: each driver (volume, prices, efficiency, staff cost, ...) was "
                "swung over a stated range, and thousands of random combinations were costed "
                "(Monte Carlo) to give a likely range and the chance that each option is the "
                "best choice."
            ),
        )
        limits = [
            self.tr(
                "Prices are list prices on the dates shown; negotiated discounts, taxes and "
                "currency movements are not included unless you entered them."
            ),
            self.tr(
                "Speed and capacity of self-hosted options are model estimates; measure your "
                "own workload before buying hardware."
            ),
            self.tr(
                "Quality is a single public benchmark index; test the shortlisted models on "
                "your own tasks."
            ),
            self.tr(
                "Staff time, growth and the traffic profile are your estimates; the tornado "
                "chart shows how much they matter."
            ),
        ]
        r = self.rep.result
        limits += list(self.rep.engine_texts(r.warning_messages, r.warnings))
        blocks: tuple[Block, ...] = (
            *(Paragraph(t) for t in texts),
            Paragraph(self.tr("Limitations"), emphasis=True),
            Bullets(tuple(limits)),
        )
        return Section("methodology", self.tr("Methodology and limitations"), blocks)
