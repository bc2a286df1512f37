"""``llm-tco evaluate PROJECT``: rank every way to run the project's model, with costs and reasons.

Prints a table of the top recommendations (or, with ``--json``, the documented object of
docs/cli_evaluate.md). A bad project file prints one line on stderr and exits with code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from llm_tco.cli.language import clip, ljust, rjust, tr
from llm_tco.engine.errors import TcoError

EXIT_USAGE = 2
LABEL_COLUMNS = 62


def add_parser(subparsers: Any) -> None:
    """Register ``llm-tco evaluate`` (``--language`` is added for every subcommand)."""
    p = subparsers.add_parser(
        "evaluate",
        help=tr("rank deployment options for a project file"),
        description=tr(
            "Prints a table of the top recommendations (or, with --json, the documented object "
            "of docs/cli_evaluate.md, in English). A bad project file prints one line on stderr "
            "and exits with code 2."
        ),
    )
    p.add_argument("project", metavar="PROJECT", help=tr("path to a .llmtco project file"))
    p.add_argument("--json", action="store_true", help=tr("print the documented JSON object"))
    p.add_argument("--top", type=int, default=5, help=tr("recommendations to show (default 5)"))
    p.add_argument("--no-monte-carlo", action="store_true", help=tr("skip the Monte Carlo pass"))
    p.add_argument("--pdf", metavar="OUT.pdf", help=tr("also write the PDF report"))
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help=tr("PDF page size"))
    p.set_defaults(run=run)


class _Text:
    """Formatting of one result in one language: money in the project's currency, numbers."""

    def __init__(self, result: Any, language: str) -> None:
        self.result = result
        self.currency, self.rate = result.currency, result.usd_exchange_rate
        self.language = language

    def engine(self, message: Any, fallback: str) -> str:
        """An engine sentence in the CLI's language, money in the project's currency."""
        if message is None:
            return fallback
        from llm_tco.cli.language import translator
        from llm_tco.engine.messages import render_in_currency_of

        return render_in_currency_of(
            self.result,
            message,
            translate=translator(),
            language=self.language,
            candidate_label=self.label,
        )

    def engines(self, messages: Any, fallback: Any) -> list[str]:
        """Each message as :meth:`engine` renders it (the English ``fallback`` when none)."""
        if not messages:
            return [str(text) for text in fallback]
        return [self.engine(m, "") for m in messages]

    def label(self, index: int) -> str:
        """Candidate row ``index`` by its label, in the CLI's language."""
        return self.engine(self.result.candidates.label_message(index), "")

    def money(self, usd: float) -> str:
        from llm_tco.i18n import format_money

        return format_money(
            usd, currency=self.currency, usd_exchange_rate=self.rate, language=self.language
        )

    def number(self, value: float, decimals: int = 0) -> str:
        from llm_tco.i18n import format_number

        return format_number(value, language=self.language, decimals=decimals)

    def percent(self, share: float) -> str:
        from llm_tco.i18n import format_percent

        return format_percent(share, language=self.language)

    def symbol(self) -> str:
        from llm_tco.i18n import currency_symbol

        return currency_symbol(self.currency, language=self.language)


def _table(result: Any, top: int, language: str = "en") -> str:
    f = _Text(result, language)
    summary = tr(
        "{project}: {candidates} candidates, {feasible} feasible ({currency}, {months} months)"
    )
    lines = [
        summary.format(
            project=result.project_name,
            candidates=f.number(result.candidates_evaluated),
            feasible=f.number(int(result.feasible.sum())),
            currency=result.currency,
            months=result.horizon_months,
        ),
        "",
    ]
    symbol = f.symbol()
    shown = [*result.recommendations[:top], *result.cost_only[:top]]
    money_cols = max([12, *(len(f.money(r.monthly_cost_usd)) for r in shown)])
    head = "  ".join(
        [
            rjust("#", 2),
            ljust(tr("option"), LABEL_COLUMNS),
            rjust(tr("{symbol}/month").format(symbol=symbol), money_cols),
            rjust(tr("{symbol}/M tokens").format(symbol=symbol), 12),
            rjust(tr("utilisation"), 6),
            rjust(tr("score"), 5),
        ]
    )
    lines += [head, "-" * len(head)]
    for r in result.recommendations[:top]:
        row = [
            rjust(str(r.rank), 2),
            ljust(clip(f.label(r.index), LABEL_COLUMNS), LABEL_COLUMNS),
            rjust(f.money(r.monthly_cost_usd), money_cols),
            rjust(f.money(r.cost_per_million_tokens_usd), 12),
            rjust(f.percent(r.utilisation), 6),
            rjust(f.number(r.score, 2), 5),
        ]
        lines.append("  ".join(row))
        lines.extend(f"      - {reason}" for reason in f.engines(r.reason_messages, r.reasons))
    lines += ["", tr("Cheapest (cost only):")]
    lines += [
        "  ".join(
            [
                rjust(str(r.rank), 2),
                ljust(clip(f.label(r.index), LABEL_COLUMNS), LABEL_COLUMNS),
                rjust(f.money(r.monthly_cost_usd), money_cols),
            ]
        )
        for r in result.cost_only[:top]
    ]
    if result.excluded_closest:
        lines += ["", tr("Closest excluded options:")]
        excluded = tr("{option} ({cost}/month): {reasons}")
        separator = tr("; ")
        for e in result.excluded_closest[:3]:
            text = excluded.format(
                option=clip(f.label(e.index), 70),
                cost=f.money(e.monthly_cost_usd),
                reasons=separator.join(f.engines(e.reason_messages, e.reasons)),
            )
            lines.append(f"    {text}")
    if result.break_even:
        lines += ["", tr("Break-even:")]
        lines += [
            f"    {f.engine(b.description_message, b.description)}" for b in result.break_even[:4]
        ]
    as_of = tr("{catalog} {date}")
    dates = tr(", ").join(as_of.format(catalog=k, date=v) for k, v in result.catalog_as_of.items())
    lines += ["", tr("Catalogs as of: {dates}").format(dates=dates)]
    rate = _exchange_rate(result, language)
    if rate:
        lines.append(tr("Exchange rate: {rate}").format(rate=rate))
    warnings = f.engines(result.warning_messages, result.warnings)
    lines += [tr("warning: {message}").format(message=w) for w in warnings]
    return "\n".join(lines)


def _exchange_rate(result: Any, language: str) -> str:
    from llm_tco.i18n import format_exchange_rate

    return format_exchange_rate(
        currency=result.currency, usd_exchange_rate=result.usd_exchange_rate, language=language
    )


def _missing_file(path: str) -> str:
    """Why ``path`` cannot be a project file, said by the CLI in its language ('' when it may)."""
    from pathlib import Path

    try:
        file = Path(path)
        if not file.exists():
            return tr("the project file {file} does not exist; check the name").format(file=path)
        if file.is_dir():
            return tr("{file} is a folder, not a project file; give a .llmtco file").format(
                file=path
            )
    except (OSError, ValueError):  # an invalid name: the loader says why
        return ""
    return ""


def run(args: argparse.Namespace) -> int:
    """Evaluate the project file; exit 0, or 2 with one line on stderr for bad input."""
    from llm_tco.cli import error_line
    from llm_tco.cli.language import current_language
    from llm_tco.engine.catalog import load_catalogs
    from llm_tco.engine.evaluate import evaluate
    from llm_tco.engine.export import result_json
    from llm_tco.project import load as load_project_file

    language = getattr(args, "language", None) or current_language()
    if args.top < 1:
        print(error_line("evaluate", tr("--top must be at least 1")), file=sys.stderr)
        return EXIT_USAGE
    missing = _missing_file(args.project)
    if missing:
        print(error_line("evaluate", missing), file=sys.stderr)
        return EXIT_USAGE
    try:
        project = load_project_file(args.project)
        catalogs = load_catalogs()
        result = evaluate(project, catalogs, monte_carlo=not args.no_monte_carlo)
        if args.pdf:
            from llm_tco.report import export_pdf

            size = args.page_size
            export_pdf(project, result, catalogs, args.pdf, page_size=size, language=language)
            note = tr("llm-tco evaluate: wrote {file}").format(file=args.pdf)
            print(note, file=sys.stderr)
    except TcoError as exc:
        print(error_line("evaluate", exc), file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(result_json(result, top=args.top), indent=2, ensure_ascii=False))
    else:
        print(_table(result, args.top, language))
    return 0
