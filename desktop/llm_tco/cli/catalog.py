"""``llm-tco catalog ...``: browse the catalogs, import prices, export, reset overrides.

- ``catalog list CATALOG [--search TEXT] [--json]``: entries with key numbers, as-of and source
  (``*`` overridden by the user, ``!`` older than the staleness age).
- ``catalog show ID [--json]``: one entry in full, in whichever catalog holds it.
- ``catalog import-litellm FILE [--dry-run] [--json] [--as-of DATE]``: API prices from a LiteLLM
  price table; prints counts (read, imported, matched to models, skipped by reason) and changes.
- ``catalog import-gpu-offers CSV [--dry-run] [--source URL] [--json]``: GPU rental prices.
- ``catalog export DIR``: merged catalogs and their JSON Schemas.
- ``catalog reset ID`` / ``catalog reset --all``: drop user overrides.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from llm_tco.cli.language import tr, warning_text
from llm_tco.engine.catalog import CATALOG_NAMES, Catalogs, load_catalogs
from llm_tco.engine.catalog_export import entry_label, entry_summary, export_catalogs, is_stale
from llm_tco.engine.cost_defaults import STALE_PRICE_DAYS
from llm_tco.engine.errors import UnknownEntryError
from llm_tco.engine.import_gpu_offers import read_gpu_offers_csv
from llm_tco.engine.import_litellm import ImportPlan, plan_import
from llm_tco.engine.overrides import OverrideStore, entry_to_json


def _print_warnings(catalogs: Catalogs) -> None:
    import sys

    for warning in catalogs.warnings:
        print(tr("warning: {message}").format(message=warning_text(warning)), file=sys.stderr)


def _list(args: argparse.Namespace, catalogs: Catalogs) -> int:
    table = catalogs.table(args.name)
    overridden = catalogs.overridden.get(args.name, frozenset())
    today = dt.date.today()
    rows = []
    for entry_id in sorted(table):
        entry = table[entry_id]
        text = f"{entry_id} {entry_label(entry)} {entry_summary(entry)}".lower()
        if args.search and args.search.lower() not in text:
            continue
        rows.append((entry_id, entry))
    if args.json:
        data = [
            {
                **entry_to_json(e),
                "overridden": i in overridden,
                "stale": is_stale(e, today=today, max_age_days=args.stale_days),
            }
            for i, e in rows
        ]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    for entry_id, entry in rows:
        flags = ("*" if entry_id in overridden else " ") + (
            "!" if is_stale(entry, today=today, max_age_days=args.stale_days) else " "
        )
        as_of = tr("as of {date}").format(date=entry.as_of.isoformat())
        print(
            f"{flags} {entry_id:<44} {entry_label(entry)[:32]:<32} {entry_summary(entry)}  "
            f"{as_of}  {entry.source}"
        )
    footer = tr("{shown} of {total} entries (* overridden, ! older than {days} days)")
    print(footer.format(shown=len(rows), total=len(table), days=args.stale_days))
    return 0


def _show(args: argparse.Namespace, catalogs: Catalogs) -> int:
    for name in CATALOG_NAMES:
        table = catalogs.table(name)
        if args.id in table:
            data = {
                "catalog": name,
                "overridden": args.id in catalogs.overridden.get(name, ()),
                "entry": entry_to_json(table[args.id]),
            }
            print(json.dumps(data, indent=2, ensure_ascii=False))
            return 0
    raise UnknownEntryError(tr("no entry with id {id} in any catalog").format(id=repr(args.id)))


def _print_plan(plan: ImportPlan, *, dry_run: bool) -> None:
    print(tr("read {count} entries from {file}").format(count=plan.read, file=plan.file))
    print(tr("matched to catalog models: {count}").format(count=plan.matched))
    counts = {
        "count": plan.imported,
        "added": len(plan.added),
        "changed": len(plan.changed),
        "unchanged": len(plan.unchanged),
    }
    if dry_run:
        summary = tr(
            "would import: {count} offers ({added} added, {changed} changed); {unchanged} unchanged"
        )
    else:
        summary = tr(
            "imported: {count} offers ({added} added, {changed} changed); {unchanged} unchanged"
        )
    print(summary.format(**counts))
    print(tr("skipped by reason:"))
    for reason, count in plan.skipped.items():
        if count:
            example = ", ".join(plan.examples.get(reason, [])[:3])
            print(f"  {reason:<22} {count:>6}   " + tr("e.g. {examples}").format(examples=example))
    for key, offer in plan.added:
        print(f"  + {offer.id}: {entry_summary(offer)}  [{key}]")
    for change in plan.changed:
        parts = "; ".join(f"{p.field} {p.old} -> {p.new}" for p in change.changes)
        print(f"  ~ {change.new.id}: {parts}  [{change.key}]")


def _import_litellm(args: argparse.Namespace, catalogs: Catalogs) -> int:
    as_of = dt.date.fromisoformat(args.as_of) if args.as_of else None
    plan = plan_import(Path(args.file), catalogs=catalogs, as_of=as_of)
    if not args.dry_run:
        plan.apply(store=OverrideStore(), catalogs=catalogs)
    if args.json:
        print(json.dumps({**plan.summary(), "dry_run": args.dry_run}, indent=2))
    else:
        _print_plan(plan, dry_run=args.dry_run)
    return 0


def _import_gpu_offers(args: argparse.Namespace, catalogs: Catalogs) -> int:
    result = read_gpu_offers_csv(Path(args.file), catalogs=catalogs, default_source=args.source)
    if not args.dry_run:
        result.apply(store=OverrideStore(), catalogs=catalogs)
    if args.json:
        data = {"file": result.file, "added": result.added, "replaced": result.replaced}
        print(json.dumps({**data, "dry_run": args.dry_run}, indent=2))
        return 0
    if args.dry_run:
        summary = tr("would import {count} GPU offers from {file}")
    else:
        summary = tr("imported {count} GPU offers from {file}")
    print(summary.format(count=len(result.offers), file=result.file))
    for offer in result.offers:
        mark = "~" if offer.id in result.replaced else "+"
        print(f"  {mark} {offer.id}: {entry_summary(offer)}")
    return 0


def _export(args: argparse.Namespace, catalogs: Catalogs) -> int:
    written = export_catalogs(Path(args.directory), catalogs=catalogs)
    print(tr("wrote {count} files to {folder}").format(count=len(written), folder=args.directory))
    return 0


def _reset(args: argparse.Namespace, catalogs: Catalogs) -> int:
    store = OverrideStore()
    if args.all:
        print(tr("removed {count} overridden entries").format(count=store.reset_all()))
        return 0
    if not args.id:
        raise UnknownEntryError(tr("give an entry id to reset, or --all"))
    names = store.find(args.id)
    if not names:
        message = tr("{id} is not overridden; nothing to reset")
        raise UnknownEntryError(message.format(id=repr(args.id)))
    for name in names:
        store.remove(name, args.id)
    print(tr("reset {id} in {catalogs}").format(id=args.id, catalogs=", ".join(names)))
    return 0


_ACTIONS = {
    "list": _list,
    "show": _show,
    "import-litellm": _import_litellm,
    "import-gpu-offers": _import_gpu_offers,
    "export": _export,
    "reset": _reset,
}


def run(args: argparse.Namespace) -> int:
    """Dispatch ``llm-tco catalog ACTION``; returns the exit code."""
    catalogs = load_catalogs()
    _print_warnings(catalogs)
    return _ACTIONS[args.action](args, catalogs)


def _add_actions(sub: Any) -> None:
    p = sub.add_parser("list", help=tr("entries of one catalog"))
    p.add_argument("name", choices=CATALOG_NAMES, metavar="CATALOG", help=", ".join(CATALOG_NAMES))
    p.add_argument(
        "--search", metavar="TEXT", help=tr("only entries whose id, name or numbers contain TEXT")
    )
    p.add_argument(
        "--stale-days", type=int, default=STALE_PRICE_DAYS, help=tr("staleness age, days")
    )
    p.add_argument("--json", action="store_true", help=tr("print JSON (English)"))
    p = sub.add_parser("show", help=tr("one entry in full (JSON)"))
    p.add_argument("id", help=tr("entry id"))
    p = sub.add_parser("import-litellm", help=tr("API prices from a LiteLLM price table"))
    p.add_argument("file", help="model_prices_and_context_window.json")
    p.add_argument("--dry-run", action="store_true", help=tr("show the changes, write nothing"))
    p.add_argument("--as-of", help=tr("date of the prices (default: the file's date)"))
    p.add_argument("--json", action="store_true", help=tr("print JSON (English)"))
    p = sub.add_parser("import-gpu-offers", help=tr("GPU rental prices from a CSV file"))
    p.add_argument(
        "file",
        help=tr("CSV columns: {columns}").format(
            columns="provider,instance,gpu,count,price_per_hour,plan,region,date"
        ),
    )
    p.add_argument("--dry-run", action="store_true", help=tr("check the file, write nothing"))
    p.add_argument("--source", help=tr("source URL for rows without a source column"))
    p.add_argument("--json", action="store_true", help=tr("print JSON (English)"))
    p = sub.add_parser("export", help=tr("merged catalogs and JSON Schemas into a folder"))
    p.add_argument("directory", help=tr("folder to write to"))
    p = sub.add_parser("reset", help=tr("drop user overrides (one entry or all)"))
    p.add_argument("id", nargs="?", help=tr("id of the entry to reset"))
    p.add_argument("--all", action="store_true", help=tr("drop every override"))


def add_parser(subparsers: Any) -> None:
    """Register ``llm-tco catalog``."""
    parser = subparsers.add_parser(
        "catalog",
        help=tr("browse catalogs, import prices, export, reset overrides"),
        description=tr("Browse the catalogs, import prices, export them, reset your overrides."),
    )
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True, title=tr("actions"))
    _add_actions(sub)
    parser.set_defaults(run=run)
