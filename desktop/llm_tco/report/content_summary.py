"""Executive summary sentences: runner-up, Monte Carlo confidence, break-even, what would change.

Pure Python. ``self.tr("...")`` calls are filed by ``pyside6-lupdate`` under the context
``ReportSummary``. Used by :class:`llm_tco.report.content.Report`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llm_tco.engine.results import BreakEven
from llm_tco.report.model import Table

if TYPE_CHECKING:
    from llm_tco.report.content import Report


class ReportSummary:
    """Sentences of the executive summary beyond the headline."""

    def __init__(self, report: Report) -> None:
        self.rep = report

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context ('ReportSummary')."""
        return self.rep.translate(type(self).__name__, text)

    def runner_up_text(self) -> str:
        """The runner-up and how much more (or less) it costs."""
        best, second = self.rep.best, self.rep.runner_up
        if best is None or second is None:
            return ""
        diff = second.monthly_cost_usd - best.monthly_cost_usd
        template = (
            self.tr("The runner-up is {option} at {monthly} per month ({diff} more per month).")
            if diff >= 0
            else self.tr(
                "The runner-up is {option} at {monthly} per month ({diff} less per month, "
                "but it scores lower on your other priorities)."
            )
        )
        return template.format(
            option=self.rep.option_name(second),
            monthly=self.rep.money(second.monthly_cost_usd),
            diff=self.rep.money(abs(diff)),
        )

    def confidence_text(self) -> str:
        """Monte Carlo: probability the recommendation is best and its P10-P90 range."""
        mc, best = self.rep.result.uncertainty, self.rep.best
        if mc is None or best is None or best.index not in mc.indices:
            return ""
        k = mc.indices.index(best.index)
        share = float(mc.probability_best[k])
        level = (
            self.tr("High confidence")
            if share >= 0.8
            else self.tr("Moderate confidence")
            if share >= 0.5
            else self.tr("Low confidence")
        )
        return self.tr(
            "{level}: in {samples} Monte Carlo samples of the uncertain inputs this option was the "
            "best choice in {share} of them; its cost over {months} months lies between {p10} "
            "and {p90} in 80 % of the samples (median {p50})."
        ).format(
            level=level,
            samples=self.rep.fmt.number(mc.samples),
            share=self.rep.fmt.percent(share),
            months=self.rep.result.horizon_months,
            p10=self.rep.money(float(mc.p10_usd[k])),
            p50=self.rep.money(float(mc.p50_usd[k])),
            p90=self.rep.money(float(mc.p90_usd[k])),
        )

    def key_break_even(self) -> BreakEven | None:
        """The break-even involving the recommendation, preferring one with a crossing."""
        if self.rep.best is None:
            return None
        mine = [
            b for b in self.rep.result.break_even if self.rep.best.index in (b.a_index, b.b_index)
        ]
        crossing = [b for b in mine if b.requests_per_day]
        pool = crossing or mine
        return pool[0] if pool else None

    def break_even_text(self) -> str:
        """The break-even that matters, in one sentence."""
        be = self.key_break_even()
        if be is None:
            return ""
        a = self.rep.candidate_name(be.a_index)
        b = self.rep.candidate_name(be.b_index)
        cheaper = a if be.cheaper_at_current == be.a_label else b
        if not be.requests_per_day:
            return self.tr(
                "Break-even: {cheaper} stays the cheaper of {a} and {b} over the whole range of "
                "volumes examined."
            ).format(cheaper=cheaper, a=a, b=b)
        return self.tr(
            "Break-even: {a} and {b} cost the same at about {rpd} requests per day ({tokens} "
            "tokens per month); at today's {current} requests per day {cheaper} is cheaper."
        ).format(
            a=a,
            b=b,
            rpd=self.rep.fmt.number(be.requests_per_day[0]),
            tokens=self.rep.fmt.number(be.tokens_per_month[0]),
            current=self.rep.fmt.number(be.current_requests_per_day),
            cheaper=cheaper,
        )

    def what_would_change(self) -> tuple[str, ...]:
        """Drivers and priority weights whose change would change the recommendation."""
        items: list[str] = []
        for bar in self.rep.result.sensitivity:
            if bar.winner_changes:
                items.append(
                    self.tr(
                        "{driver}: at the low end the best option is {low}; at the high end {high}."
                    ).format(
                        driver=self.rep.engine_text(bar.description_message, bar.description)
                        or bar.driver,
                        low=self.rep.winner_name(bar.winner_low, bar.winner_low_index),
                        high=self.rep.winner_name(bar.winner_high, bar.winner_high_index),
                    )
                )
        for flip in self.rep.result.weight_flips:
            if flip.flip_weight is not None:
                items.append(
                    self.tr(
                        "Priority '{criterion}' at {weight} instead of {current}: {winner} "
                        "would be recommended."
                    ).format(
                        criterion=self.rep.labels.criterion(flip.criterion),
                        weight=self.rep.fmt.number(flip.flip_weight, decimals=1),
                        current=self.rep.fmt.number(flip.current_weight, decimals=1),
                        winner=self.rep.winner_name(flip.new_winner, flip.new_winner_index),
                    )
                )
        return tuple(items)

    def sensitivity_table(self) -> Table:
        """The tornado as text: each driver's swing, the leader's total cost and who wins."""
        rep, fmt = self.rep, self.rep.fmt
        rows = []
        for bar in rep.result.sensitivity:
            low = fmt.number(bar.low_multiplier, decimals=2)
            swing = f"x{low} - x{fmt.number(bar.high_multiplier, decimals=2)}"
            low_name = rep.winner_name(bar.winner_low, bar.winner_low_index)
            high_name = rep.winner_name(bar.winner_high, bar.winner_high_index)
            winner = f"{low_name} / {high_name}" if bar.winner_changes else self.tr("unchanged")
            driver = rep.engine_text(bar.description_message, bar.description) or bar.driver
            rows.append((driver, swing, rep.money(bar.low_cost_usd),
                         rep.money(bar.high_cost_usd), winner))  # fmt: skip
        return Table(
            headers=(self.tr("Driver"), self.tr("Swing"), self.tr("Total cost, low"),
                     self.tr("Total cost, high"), self.tr("Best option at low / high")),
            rows=tuple(rows), align=("l", "l", "r", "r", "l"), widths=(30, 13, 13, 13, 31),
            caption=self.tr("Total cost over the horizon of today's recommendation when one "
                            "driver is swung low and high, and the best option at each end."),
        )  # fmt: skip
