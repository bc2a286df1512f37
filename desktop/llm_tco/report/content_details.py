"""The report's reference sections: answers, assumptions and prices, excluded options, methodology.

Pure Python. ``self.tr("...")`` calls are filed by ``pyside6-lupdate`` under the context
``ReportDetails``. Built by :class:`llm_tco.report.content.Report`, whose helpers it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llm_tco.engine.catalog_schema import ApiOffer, Gpu, GpuOffer, Model, TuningOffer
from llm_tco.engine.results import CRITERIA
from llm_tco.report.content_method import ReportMethod
from llm_tco.report.model import Block, Bullets, KeyValues, Paragraph, Section, Table

if TYPE_CHECKING:
    from llm_tco.report.content import Report

MAX_EXCLUDED_ROWS = 12
MAX_PRICE_ROWS = 40


class ReportDetails:
    """Builds the answers, prices, excluded-options and methodology sections."""

    def __init__(self, report: Report) -> None:
        self.rep = report
        self.labels = report.labels
        self.fmt = report.fmt
        self.project = report.project

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context ('ReportDetails')."""
        return self.rep.translate(type(self).__name__, text)

    def sections(self) -> tuple[Section, ...]:
        """The reference sections, in order."""
        return (
            self.answers_section(),
            self.prices_section(),
            self.excluded_section(),
            ReportMethod(self.rep).methodology_section(),
        )

    # ------------------------------------------------------------------ answers

    def answers_section(self) -> Section:
        """What the team told the wizard: workload, privacy, hardware, tuning, staff, priorities."""
        blocks: tuple[Block, ...] = (
            KeyValues(self.workload_rows(), caption=self.tr("Use case and workload")),
            KeyValues(self.privacy_rows(), caption=self.tr("Data privacy and compliance")),
            KeyValues(self.hardware_rows(), caption=self.tr("Hardware access")),
            KeyValues(self.tuning_rows(), caption=self.tr("Tuning")),
            KeyValues(self.priority_rows(), caption=self.tr("Staff and priorities")),
        )
        return Section("answers", self.tr("Your answers"), blocks, new_page=True)

    def _optional(self, value: float | None, unit: str, *, decimals: int = 0) -> str:
        if value is None:
            return self.tr("no target")
        return f"{self.fmt.number(value, decimals=decimals)} {unit}"

    def workload_rows(self) -> tuple[tuple[str, str], ...]:
        """Use case and traffic answers."""
        uc, w, n = self.project.use_case, self.project.workload, self.fmt.number
        profile = (
            self.tr("hourly profile given") if w.daily_profile else n(w.peak_to_average, decimals=1)
        )
        return (
            (self.tr("Use case"), self.labels.use_case(str(uc.use_case))),
            (self.tr("Minimum quality index"), n(uc.quality_floor, decimals=0)),
            (self.tr("Minimum context (tokens)"), n(uc.min_context_tokens)),
            (self.tr("Requests per day"), n(w.requests_per_day)),
            (self.tr("Input tokens per request"), n(w.input_tokens_per_request)),
            (self.tr("Output tokens per request"), n(w.output_tokens_per_request)),
            (self.tr("Cached share of the prompt"), self.fmt.percent(w.cached_prompt_share)),
            (self.tr("Peak-to-average load"), profile),
            (self.tr("Growth per month"), self.fmt.percent(w.growth_per_month, decimals=1)),
            (
                self.tr("Results may arrive hours later (batch)"),
                self.labels.yes_no(w.batch_tolerant),
            ),
            (self.tr("Time to first token target"), self._optional(w.ttft_target_ms, "ms")),
            (
                self.tr("Output speed per user target"),
                self._optional(w.min_output_tokens_per_s_per_user, self.tr("tokens/s")),
            ),
        )

    def privacy_rows(self) -> tuple[tuple[str, str], ...]:
        """Where data may go and which certifications are needed."""
        p = self.project.privacy
        return (
            (self.tr("Data may be processed by"), self.labels.data_location(str(p.data_location))),
            (self.tr("Allowed regions"), ", ".join(p.allowed_regions) or self.tr("any")),
            (
                self.tr("Required certifications"),
                ", ".join(p.required_certifications) or self.tr("none"),
            ),
        )

    def hardware_rows(self) -> tuple[tuple[str, str], ...]:
        """GPUs the team can rent, owns or may buy, and the cost of running them."""
        h, n = self.project.hardware, self.fmt.number
        owned = "; ".join(
            self.tr("{count} x {gpu} ({paid})").format(
                count=o.count,
                gpu=o.gpu_id,
                paid=self.tr("already paid")
                if o.already_paid
                else self.tr("not yet paid")
                if not o.purchase_price_usd_per_gpu
                else self.tr("not yet paid, {price} per GPU").format(
                    price=self.rep.money(o.purchase_price_usd_per_gpu)
                ),
            )
            for o in h.owned
        )
        quota = n(h.gpu_quota) if h.gpu_quota is not None else self.tr("no limit")
        budget = self.rep.money(h.purchase_budget_usd) if h.purchase_budget_usd else "-"
        return (
            (self.tr("May rent cloud GPUs"), self.labels.yes_no(h.cloud_gpus)),
            (self.tr("GPU quota"), quota),
            (self.tr("Allowed providers"), ", ".join(h.allowed_providers) or self.tr("any")),
            (
                self.tr("Allowed plans"),
                ", ".join(self.labels.plan(str(x)) for x in h.allowed_plans),
            ),
            (self.tr("GPUs owned"), owned or self.tr("none")),
            (self.tr("May buy hardware"), self.labels.yes_no(h.can_buy)),
            (self.tr("Purchase budget"), budget),
            (
                self.tr("Replicas always on (minimum) / spare"),
                f"{h.min_replicas} / {h.redundancy_replicas}",
            ),
            (
                self.tr("Electricity price"),
                self.rep.money(h.power_usd_per_kwh, decimals=3) + "/kWh",
            ),
            (self.tr("PUE (data-centre overhead)"), n(h.pue, decimals=2)),
            (self.tr("Hosting per kW and month"), self.rep.money(h.hosting_usd_per_kw_month)),
            (self.tr("Maintenance per year"), self.fmt.percent(h.maintenance_share_per_year)),
            (
                self.tr("Depreciation period"),
                self.tr("{years} years").format(years=n(h.depreciation_years, decimals=1)),
            ),
            (self.tr("GPU utilisation cap"), self.fmt.percent(h.gpu_utilisation_cap)),
        )

    def tuning_rows(self) -> tuple[tuple[str, str], ...]:
        """How the model is adapted and how often."""
        t, n = self.project.tuning, self.fmt.number
        every = (
            self.tr("every {n} months").format(n=t.retrain_every_months)
            if t.retrain_every_months
            else self.tr("once")
        )
        rows = [(self.tr("Method"), self.labels.tuning(str(t.method)))]
        if str(t.method) in ("lora", "full_finetune"):
            rows += [
                (self.tr("Training tokens"), n(t.training_tokens)),
                (self.tr("Epochs"), n(t.epochs, decimals=1)),
                (self.tr("Retraining"), every),
            ]
        if str(t.method) == "prompt_engineering":
            rows.append((self.tr("Prompt engineering hours"), n(t.prompt_engineering_hours)))
        if str(t.method) == "rag":
            rows += [
                (self.tr("Corpus to embed (tokens)"), n(t.rag_corpus_tokens)),
                (self.tr("Extra prompt tokens per request"), n(t.rag_extra_input_tokens)),
            ]
        return tuple(rows)

    def priority_rows(self) -> tuple[tuple[str, str], ...]:
        """Staff costs and the weights of the score."""
        s, pr, n = self.project.staff, self.project.priorities, self.fmt.number
        rows = [
            (
                self.tr("Loaded cost of one engineer per year"),
                self.rep.money(s.fte_cost_usd_per_year),
            ),
            (
                self.tr("Engineers to run a self-hosted stack (FTE)"),
                n(s.ops_fte_self_hosted, decimals=2),
            ),
            (self.tr("Extra for owned hardware (FTE)"), n(s.ops_fte_owned_extra, decimals=2)),
            (self.tr("Engineers to run an API route (FTE)"), n(s.ops_fte_api, decimals=2)),
            (
                self.tr("Monthly budget"),
                self.rep.money(s.monthly_budget_usd) if s.monthly_budget_usd else "-",
            ),
        ]
        for code in CRITERIA:
            label = self.tr("Weight: {criterion}").format(criterion=self.labels.criterion(code))
            rows.append((label, n(float(getattr(pr, code)), decimals=1)))
        return tuple(rows)

    # ------------------------------------------------------------------ assumptions and prices

    def assumption_rows(self) -> tuple[tuple[str, str], ...]:
        """What-if multipliers and analysis settings."""
        a, sc, info, n = (
            self.project.assumptions,
            self.project.scenario,
            self.project.info,
            self.fmt.number,
        )
        return (
            (self.tr("Volume multiplier"), n(a.volume_multiplier, decimals=2)),
            (self.tr("GPU price multiplier"), n(a.gpu_price_multiplier, decimals=2)),
            (self.tr("API price multiplier"), n(a.api_price_multiplier, decimals=2)),
            (self.tr("Efficiency multiplier"), n(a.efficiency_multiplier, decimals=2)),
            (self.tr("Staff cost multiplier"), n(a.staff_cost_multiplier, decimals=2)),
            (
                self.tr("Discount rate per year"),
                self.fmt.percent(info.discount_rate_per_year, decimals=1),
            ),
            (
                self.tr("Exchange rate"),
                f"1 USD = {n(self.rep.result.usd_exchange_rate, decimals=4)} "
                f"{self.rep.result.currency}",
            ),
            (self.tr("Performance model"), self.rep.result.perf_source or "-"),
            (self.tr("Monte Carlo samples / seed"), f"{n(sc.monte_carlo_samples)} / {sc.seed}"),
            (self.tr("Serving frameworks considered"), ", ".join(sc.frameworks) or "-"),
        )

    def price_text(self, catalog: str, entry_id: str) -> str:
        """The price an entry contributed, in the project's currency."""
        m = self.rep.money
        table = self.rep.catalogs.table(catalog) if catalog in self.rep.catalogs.__dict__ else {}
        entry = table.get(entry_id)
        if isinstance(entry, ApiOffer):
            return self.tr("input {i}, output {o} per M tokens").format(
                i=m(entry.usd_per_m_input, decimals=2), o=m(entry.usd_per_m_output, decimals=2)
            )
        if isinstance(entry, GpuOffer):
            return self.tr("{price} per hour for {count} x {gpu}").format(
                price=m(entry.usd_per_hour, decimals=2), count=entry.gpu_count, gpu=entry.gpu_id
            )
        quoted = [
            o.purchase_price_usd_per_gpu
            for o in self.project.hardware.owned
            if o.gpu_id == entry_id and o.purchase_price_usd_per_gpu and not o.already_paid
        ]
        if catalog == "gpus" and quoted:
            return self.tr("{price} per GPU (your price)").format(price=m(quoted[0]))
        if isinstance(entry, Gpu) and entry.purchase_price_usd:
            return self.tr("{price} per GPU (purchase)").format(price=m(entry.purchase_price_usd))
        if isinstance(entry, TuningOffer):
            if entry.usd_per_m_training_tokens is not None:
                return self.tr("training {p} per M tokens").format(
                    p=m(entry.usd_per_m_training_tokens, decimals=2)
                )
            return self.tr("training {p} per hour").format(
                p=m(entry.usd_per_training_hour, decimals=2)
            )
        if isinstance(entry, Model):
            return self.tr("model data (no price)")
        return "-"

    def price_table(self) -> Table:
        """Every catalog entry that drove the leading options, with source and date."""
        seen: set[tuple[str, str]] = set()
        rows: list[tuple[str, ...]] = []
        for rec in self.rep.result.recommendations[: self.rep.top_n]:
            for src in rec.price_sources:
                key = (src.catalog, src.entry_id)
                if key in seen or len(rows) >= MAX_PRICE_ROWS:
                    continue
                seen.add(key)
                as_of = src.as_of + (f" ({self.tr('old')})" if src.stale else "")
                rows.append(
                    (
                        self.labels.catalog(src.catalog),
                        src.entry_id,
                        self.price_text(src.catalog, src.entry_id),
                        src.source,
                        as_of,
                    )
                )
        return Table(
            title=self.tr("Prices that drove the result"),
            headers=(
                self.tr("Catalog"),
                self.tr("Entry"),
                self.tr("Price"),
                self.tr("Source"),
                self.tr("As of"),
            ),
            rows=tuple(rows),
            caption=self.tr(
                "Prices and data that drove the leading options. 'old' marks "
                "a price older than the staleness limit: check it before "
                "you sign."
            ),
            widths=(12, 20, 22, 34, 12),
        )

    def prices_section(self) -> Section:
        """Assumptions and every price that drove the result."""
        blocks: list[Block] = [KeyValues(self.assumption_rows(), caption=self.tr("Assumptions"))]
        table = self.price_table()
        if table.rows:
            blocks.append(table)
        return Section("prices", self.tr("Assumptions and prices"), tuple(blocks))

    # ------------------------------------------------------------------ excluded options

    def excluded_section(self) -> Section:
        """Options removed by a hard constraint, closest first, and the count per reason."""
        r = self.rep.result
        rows = tuple(
            (
                self.rep.engine_text(r.candidates.label_message(ex.index), ex.label),
                self.labels.route(ex.route),
                self.rep.money(ex.monthly_cost_usd),
                self.tr("; ").join(self.rep.engine_texts(ex.reason_messages, ex.reasons)),
            )
            for ex in r.excluded_closest[:MAX_EXCLUDED_ROWS]
        )
        blocks: list[Block] = []
        if rows:
            blocks.append(
                Table(
                    (
                        self.tr("Option"),
                        self.tr("Route"),
                        self.tr("Monthly cost if allowed"),
                        self.tr("Why excluded"),
                    ),
                    rows,
                    align=("l", "l", "r", "l"),
                    widths=(32, 15, 13, 40),
                    caption=self.tr(
                        "Excluded options closest to the top, and why they were excluded."
                    ),
                )
            )
        counts = sorted(r.excluded_reason_counts.items(), key=lambda kv: -kv[1])
        if counts:
            blocks.append(Paragraph(self.tr("Options excluded, by reason:"), emphasis=True))
            blocks.append(
                Bullets(
                    tuple(
                        f"{self.labels.exclusion(reason)}: {self.fmt.number(c)}"
                        for reason, c in counts
                    )
                )
            )
        return Section("excluded", self.tr("Excluded options"), tuple(blocks))
