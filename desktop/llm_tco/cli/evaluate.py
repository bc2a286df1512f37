"""``llm-tco evaluate PROJECT``: rank every way to run the project's model, with costs and reasons.

Prints a table of the top recommendations (or, with ``--json``, the documented object of
docs/cli_evaluate.md). A bad project file prints one line on stderr and exits with code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from llm_tco.engine.errors import TcoError

EXIT_USAGE = 2


def add_parser(subparsers: Any) -> None:
    """Register ``llm-tco evaluate``."""
    p = subparsers.add_parser(
        "evaluate",
        help="rank deployment options for a project file",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    p.add_argument("project", metavar="PROJECT", help="path to a .llmtco project file")
    p.add_argument("--json", action="store_true", help="print the documented JSON object")
    p.add_argument("--top", type=int, default=5, help="recommendations to show (default 5)")
    p.add_argument("--no-monte-carlo", action="store_true", help="skip the Monte Carlo pass")
    p.add_argument("--pdf", metavar="OUT.pdf", help="also write the PDF report")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="PDF page size")
    p.add_argument("--language", default="en", help="PDF report language: en or zh_CN")
    p.set_defaults(run=run)


def _table(result: Any, top: int) -> str:
    from llm_tco.engine.explain import money

    lines = [
        f"{result.project_name}: {result.candidates_evaluated:,} candidates, "
        f"{int(result.feasible.sum()):,} feasible (USD, {result.horizon_months} months)",
        "",
    ]
    head = f"{'#':>2}  {'option':<62} {'$/month':>10} {'$/M tok':>8} {'util':>5} {'score':>5}"
    lines += [head, "-" * len(head)]
    for r in result.recommendations[:top]:
        lines.append(
            f"{r.rank:>2}  {r.label[:62]:<62} {money(r.monthly_cost_usd):>10} "
            f"{r.cost_per_million_tokens_usd:>8.2f} {r.utilisation * 100:>4.0f}% "
            f"{r.score:>5.2f}"
        )
        lines.extend(f"      - {reason}" for reason in r.reasons)
    lines += ["", "Cheapest (cost only):"]
    lines += [
        f"{r.rank:>2}  {r.label[:62]:<62} {money(r.monthly_cost_usd):>10}"
        for r in result.cost_only[:top]
    ]
    if result.excluded_closest:
        lines += ["", "Closest excluded options:"]
        for e in result.excluded_closest[:3]:
            lines.append(
                f"    {e.label[:70]} ({money(e.monthly_cost_usd)}/month): {'; '.join(e.reasons)}"
            )
    if result.break_even:
        lines += ["", "Break-even:"] + [f"    {b.description}" for b in result.break_even[:4]]
    lines += [
        "",
        "Catalogs as of: " + ", ".join(f"{k} {v}" for k, v in result.catalog_as_of.items()),
    ]
    lines += [f"warning: {w}" for w in result.warnings]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Evaluate the project file; exit 0, or 2 with one line on stderr for bad input."""
    from llm_tco.engine.catalog import load_catalogs
    from llm_tco.engine.evaluate import evaluate
    from llm_tco.engine.export import result_json
    from llm_tco.project import load as load_project_file

    if args.top < 1:
        print("llm-tco evaluate: error: --top must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        project = load_project_file(args.project)
        catalogs = load_catalogs()
        result = evaluate(project, catalogs, monte_carlo=not args.no_monte_carlo)
        if args.pdf:
            from llm_tco.report import export_pdf

            size, language = args.page_size, args.language
            export_pdf(project, result, catalogs, args.pdf, page_size=size, language=language)
            print(f"llm-tco evaluate: wrote {args.pdf}", file=sys.stderr)
    except TcoError as exc:
        print(f"llm-tco evaluate: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(result_json(result, top=args.top), indent=2, ensure_ascii=False))
    else:
        print(_table(result, args.top))
    return 0
