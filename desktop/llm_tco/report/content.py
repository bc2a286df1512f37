"""Build the report's content (pure Python, no Qt) from a project, its evaluation and the catalogs.

``build_content(project, result, catalogs)`` returns a :class:`~llm_tco.report.model.ReportContent`:
the title page facts, the executive summary (recommendation in one sentence with monthly and horizon
cost, runner-up, Monte Carlo confidence, the break-even that matters), the ranked table, the cost
breakdown, the charts to draw, the answers, the prices with sources, the excluded options, and the
methodology and limitations (:mod:`llm_tco.report.content_details`).

Translation: every sentence goes through ``translate(context, text)``
(``QCoreApplication.translate`` in the app); ``pyside6-lupdate`` finds the ``self.tr("...")``
calls under the context ``Report``.
Money: the engine computes USD; the report converts with the project's exchange rate and prints the
project's currency, formatted by the same functions as the results view (see formatting.py).
"""

from __future__ import annotations

import datetime as dt

from llm_tco import APP_NAME, __version__
from llm_tco.engine.catalog import Catalogs
from llm_tco.engine.messages import Message, render_in_currency_of
from llm_tco.engine.project_model import Project
from llm_tco.engine.results import EvaluationResult, Recommendation
from llm_tco.report.content_details import ReportDetails
from llm_tco.report.content_summary import ReportSummary
from llm_tco.report.formatting import Formatter, ReportFormatter
from llm_tco.report.labels import ReportLabels, Translate, identity
from llm_tco.report.model import (
    Block,
    Bullets,
    ChartSpec,
    Paragraph,
    ReportContent,
    Section,
    Table,
)

TOP_N = 8
"""Candidates listed in the ranked table."""
BREAKDOWN_N = 3
"""Candidates compared in the cost breakdown table."""


class Report:
    """Builds :class:`ReportContent`; shared helpers for the detail sections too."""

    def __init__(
        self,
        project: Project,
        result: EvaluationResult,
        catalogs: Catalogs,
        *,
        translate: Translate = identity,
        formatter: Formatter | None = None,
        language: str = "en",
        top_n: int = TOP_N,
    ) -> None:
        self.project, self.result, self.catalogs = project, result, catalogs
        self.fmt: Formatter = formatter or ReportFormatter(language)
        self.labels = ReportLabels(translate)
        self.translate = translate
        self.language = language
        self.top_n = top_n
        recs = result.recommendations
        self.best: Recommendation | None = recs[0] if recs else None
        self.runner_up: Recommendation | None = recs[1] if len(recs) > 1 else None

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context ('Report')."""
        return self.translate(type(self).__name__, text)

    # ------------------------------------------------------------------ formatting helpers

    def money(self, usd: float | None, *, decimals: int | None = None) -> str:
        """USD converted to the project's currency and formatted as the app shows it."""
        value = None if usd is None else usd * self.result.usd_exchange_rate
        return self.fmt.money(value, self.result.currency, decimals=decimals)

    def option_name(self, rec: Recommendation) -> str:
        """'Llama 3.1 70B on 2 x h100-sxm fp8 (vllm) (runpod, on demand)' or 'GPT-4o via openai'."""
        if rec.hardware:
            plan = self.labels.plan(rec.plan)
            owned = rec.route == "self_hosted_owned"
            where = plan if owned or not rec.provider else f"{rec.provider}, {plan}"
            return self.tr("{model} on {hardware} ({where})").format(
                model=rec.model_name, hardware=rec.hardware, where=where
            )
        return self.tr("{model} via {provider}").format(model=rec.model_name, provider=rec.provider)

    def candidate_name(self, index: int) -> str:
        """A candidate row by name: :meth:`option_name` when ranked, else its engine label."""
        for rec in (*self.result.recommendations, *self.result.cost_only):
            if rec.index == index:
                return self.option_name(rec)
        return self.engine_text(self.result.candidates.label_message(index))

    def engine_text(self, message: Message | None, fallback: str = "") -> str:
        """An engine sentence in the report's language, money in the project's currency."""
        if message is None:
            return fallback
        return render_in_currency_of(
            self.result,
            message,
            translate=self.translate,
            language=self.language,
            candidate_label=self.candidate_name,
        )

    def engine_texts(
        self, messages: tuple[Message, ...], fallback: tuple[str, ...]
    ) -> tuple[str, ...]:
        """:meth:`engine_text` of each message (``fallback`` when there are none)."""
        return tuple(self.engine_text(m) for m in messages) if messages else fallback

    def winner_name(self, engine_label: str, index: int) -> str:
        """A candidate named by the engine's label and row (-1: the label as it is)."""
        return self.candidate_name(index) if index >= 0 else engine_label

    # ------------------------------------------------------------------ the whole report

    def build(self) -> ReportContent:
        """The full report content."""
        details = ReportDetails(self)
        sections = (
            self.summary_section(),
            self.ranking_section(),
            self.breakdown_section(),
            self.charts_section(),
            *details.sections(),
        )
        title = self.tr("LLM deployment recommendation")
        best = self.best
        return ReportContent(
            language=self.language,
            title=f"{title}: {self.project.info.name}",
            project_name=self.project.info.name,
            subtitle=title,
            facts=self.title_facts(),
            headline=self.headline(),
            sections=tuple(s for s in sections if s.blocks),
            header_text=f"{APP_NAME} · {self.project.info.name}",
            footer_text=self.tr("Generated {date} by {app} {version}").format(
                date=self.result.evaluated_on, app=APP_NAME, version=__version__
            ),
            page_label=self.tr("Page {page} of {pages}"),
            missing_chart_text=self.tr("This chart could not be drawn for this result."),
            recommended_label=self.option_name(best) if best else "",
            recommended_monthly=self.money(best.monthly_cost_usd) if best else "",
            notes=self.engine_texts(self.result.warning_messages, self.result.warnings),
        )

    def title_facts(self) -> tuple[tuple[str, str], ...]:
        """Title page: project, dates, currency, horizon, catalog dates."""
        info, r = self.project.info, self.result
        catalogs = "; ".join(
            f"{self.labels.catalog(name)} {date}" for name, date in sorted(r.catalog_as_of.items())
        )
        rate = self.tr("1 USD = {rate} {currency}").format(
            rate=self.fmt.number(r.usd_exchange_rate, decimals=4), currency=r.currency
        )
        facts = [
            (self.tr("Project"), info.name),
            (self.tr("Evaluated on"), r.evaluated_on),
            (self.tr("Report created"), dt.date.today().isoformat()),
            (self.tr("Planning horizon"), self.tr("{n} months").format(n=r.horizon_months)),
            (self.tr("Currency"), r.currency if r.currency == "USD" else f"{r.currency} ({rate})"),
            (self.tr("Region"), self.labels.region(info.region)),
            (self.tr("Options evaluated"), self.fmt.number(r.candidates_evaluated)),
            (self.tr("Options that meet every requirement"), self.fmt.number(len(r.ranking))),
            (self.tr("Catalog prices as of"), catalogs or "-"),
        ]
        if info.description:
            facts.insert(1, (self.tr("Description"), info.description))
        return tuple(facts)

    # ------------------------------------------------------------------ executive summary

    def headline(self) -> str:
        """The recommendation in one sentence with its monthly and horizon cost."""
        best = self.best
        if best is None:
            return self.tr(
                "No option meets every requirement; see the excluded options for what to relax."
            )
        return self.tr(
            "We recommend {option} ({route}): about {monthly} per month, "
            "{total} over {months} months."
        ).format(
            option=self.option_name(best),
            route=self.labels.route(best.route),
            monthly=self.money(best.monthly_cost_usd),
            total=self.money(best.total_cost_usd),
            months=self.result.horizon_months,
        )

    def summary_section(self) -> Section:
        """Executive summary: recommendation, runner-up, confidence, break-even, reasons."""
        blocks: list[Block] = [Paragraph(self.headline(), emphasis=True)]
        summary = ReportSummary(self)
        for text in (
            summary.runner_up_text(),
            summary.confidence_text(),
            summary.break_even_text(),
        ):
            if text:
                blocks.append(Paragraph(text))
        if self.best is not None and self.best.reasons:
            blocks.append(Paragraph(self.tr("Why this option:"), emphasis=True))
            reasons = self.engine_texts(self.best.reason_messages, self.best.reasons)
            blocks.append(Bullets(reasons))
        if self.best is None:
            counts = sorted(self.result.excluded_reason_counts.items(), key=lambda kv: -kv[1])
            reasons = tuple(f"{self.labels.exclusion(k)}: {self.fmt.number(n)}" for k, n in counts)
            blocks.append(Bullets(reasons[:5]))
        changes = summary.what_would_change()
        if changes:
            blocks.append(Paragraph(self.tr("What would change the answer:"), emphasis=True))
            blocks.append(Bullets(changes))
        return Section("summary", self.tr("Executive summary"), tuple(blocks))

    # ------------------------------------------------------------------ ranking and costs

    def ranking_section(self) -> Section:
        """Ranked table of the top candidates and the cheapest ones regardless of priorities."""
        recs = self.result.recommendations[: self.top_n]
        if not recs:
            return Section("ranking", self.tr("Ranked options"), ())
        headers = (
            self.tr("#"),
            self.tr("Option"),
            self.tr("Route"),
            self.tr("Monthly cost"),
            self.tr("Total over horizon"),
            self.tr("Cost per M tokens"),
            self.tr("Utilisation"),
            self.tr("Quality"),
            self.tr("Score"),
        )
        rows = tuple(
            (
                str(rec.rank),
                self.option_name(rec),
                self.labels.route(rec.route),
                self.money(rec.monthly_cost_usd),
                self.money(rec.total_cost_usd),
                self.money(rec.cost_per_million_tokens_usd, decimals=2),
                self.fmt.percent(rec.utilisation),
                self.fmt.number(rec.quality, decimals=1),
                self.fmt.number(100.0 * rec.score, decimals=1),
            )
            for rec in recs
        )
        table = Table(
            headers,
            rows,
            align=("r", "l", "l", "r", "r", "r", "r", "r", "r"),
            caption=self.tr(
                "Top {n} of {total} options that meet every requirement, ranked by "
                "the weighted score (0-100) of your priorities."
            ).format(n=len(recs), total=len(self.result.ranking)),
            highlight_first=True,
            widths=(4, 28, 13, 10, 11, 9, 10, 8, 7),
        )
        blocks: list[Block] = [table]
        cheap = self.result.cost_only[:5]
        if cheap:
            blocks.append(self.cost_only_table(cheap))
        return Section("ranking", self.tr("Ranked options"), tuple(blocks))

    def cost_only_table(self, recs: tuple[Recommendation, ...]) -> Table:
        """The cheapest options, ignoring every priority except cost."""
        rows = tuple(
            (
                str(i + 1),
                self.option_name(rec),
                self.labels.route(rec.route),
                self.money(rec.monthly_cost_usd),
                self.money(rec.total_cost_usd),
            )
            for i, rec in enumerate(recs)
        )
        return Table(
            (
                self.tr("#"),
                self.tr("Option"),
                self.tr("Route"),
                self.tr("Monthly cost"),
                self.tr("Total over horizon"),
            ),
            rows,
            align=("r", "l", "l", "r", "r"),
            caption=self.tr("Cheapest options by total cost of ownership alone."),
            widths=(5, 45, 20, 15, 15),
        )

    def breakdown_section(self) -> Section:
        """Cost breakdown of the leading options, per month on average over the horizon."""
        recs = self.result.recommendations[:BREAKDOWN_N]
        if not recs:
            return Section("breakdown", self.tr("Cost breakdown"), ())
        months = max(self.result.horizon_months, 1)
        keys = [k for k in recs[0].breakdown_usd if any(r.breakdown_usd.get(k, 0) for r in recs)]
        rows = [
            (
                self.labels.component(k),
                *(self.money(r.breakdown_usd.get(k, 0.0) / months) for r in recs),
            )
            for k in keys
        ]
        rows.append((self.tr("Total per month"), *(self.money(r.monthly_cost_usd) for r in recs)))
        rows.append((self.tr("First month"), *(self.money(r.first_month_cost_usd) for r in recs)))
        rows.append((self.tr("Upfront purchases"), *(self.money(r.capex_usd) for r in recs)))
        rows.append((self.tr("GPUs at peak"), *(self.fmt.number(r.gpus_peak) for r in recs)))
        headers = (self.tr("Per month, average"), *(self.option_name(r) for r in recs))
        table = Table(
            headers,
            tuple(rows),
            align=("l", *("r" for _ in recs)),
            caption=self.tr(
                "Average cost per month over the {months}-month horizon, by "
                "component, in {currency}."
            ).format(months=months, currency=self.result.currency),
        )
        return Section("breakdown", self.tr("Cost breakdown"), (table,))

    def charts_section(self) -> Section:
        """Charts that exist for this result (none when no option is feasible)."""
        r = self.result
        if not r.recommendations:
            return Section("charts", self.tr("Charts"), ())
        specs = (
            ("cost_vs_volume", r.volume_curve is not None, self.tr("Monthly cost vs volume"),
             self.tr("Monthly cost of the leading options as the request volume changes; crossings "
                "are break-even points.")),
            ("cumulative_cost", True, self.tr("Cumulative cost"),
             self.tr("Cost accumulated month by month over the horizon; upfront purchases show as "
                "steps.")),
            ("tornado", bool(r.sensitivity), self.tr("Sensitivity (tornado)"),
             self.tr("How the recommended option's total cost moves when one driver is swung low "
                "and high.")),
            ("prob_best", r.uncertainty is not None, self.tr("Probability of being best"),
             self.tr("Share of Monte Carlo samples in which each option has the best score.")),
            ("cost_vs_quality", True, self.tr("Cost vs quality"),
             self.tr("Monthly cost against the quality index; the Pareto front joins the options "
                "no other option beats on both.")),
        )  # fmt: skip
        charts: list[Block] = []
        for key, ok, title, text in specs:
            if ok:
                charts.append(ChartSpec(key, title, text))
            if ok and key == "tornado":
                charts.append(ReportSummary(self).sensitivity_table())
        return Section("charts", self.tr("Charts"), tuple(charts), new_page=True)


def build_content(
    project: Project,
    result: EvaluationResult,
    catalogs: Catalogs,
    *,
    translate: Translate = identity,
    formatter: Formatter | None = None,
    language: str = "en",
    top_n: int = TOP_N,
) -> ReportContent:
    """The report's content for one evaluated project (pure; money in the project's currency)."""
    return Report(
        project,
        result,
        catalogs,
        translate=translate,
        formatter=formatter,
        language=language,
        top_n=top_n,
    ).build()
