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
        print(f"warning: {warning}", file=sys.stderr)


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
        print(
            f"{flags} {entry_id:<44} {entry_label(entry)[:32]:<32} {entry_summary(entry)}  "
            f"as of {entry.as_of.isoformat()}  {entry.source}"
        )
    print(
        f"{len(rows)} of {len(table)} entries (* overridden, ! older than {args.stale_days} days)"
    )
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
    raise UnknownEntryError(f"no entry with id {args.id!r} in any catalog")


def _print_plan(plan: ImportPlan, *, dry_run: bool) -> None:
    print(f"read {plan.read} entries from {plan.file}")
    print(f"matched to catalog models: {plan.matched}")
    verb = "would import" if dry_run else "imported"
    print(
        f"{verb}: {plan.imported} offers ({len(plan.added)} added, {len(plan.changed)} changed); "
        f"{len(plan.unchanged)} unchanged"
    )
    print("skipped by reason:")
    for reason, count in plan.skipped.items():
        if count:
            example = ", ".join(plan.examples.get(reason, [])[:3])
            print(f"  {reason:<22} {count:>6}   e.g. {example}")
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
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb} {len(result.offers)} GPU offers from {result.file}")
    for offer in result.offers:
        mark = "~" if offer.id in result.replaced else "+"
        print(f"  {mark} {offer.id}: {entry_summary(offer)}")
    return 0


def _export(args: argparse.Namespace, catalogs: Catalogs) -> int:
    written = export_catalogs(Path(args.directory), catalogs=catalogs)
    print(f"wrote {len(written)} files to {args.directory}")
    return 0


def _reset(args: argparse.Namespace, catalogs: Catalogs) -> int:
    store = OverrideStore()
    if args.all:
        print(f"removed {store.reset_all()} overridden entries")
        return 0
    if not args.id:
        raise UnknownEntryError("give an entry id to reset, or --all")
    names = store.find(args.id)
    if not names:
        raise UnknownEntryError(f"{args.id!r} is not overridden; nothing to reset")
    for name in names:
        store.remove(name, args.id)
    print(f"reset {args.id} in {', '.join(names)}")
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
    p = sub.add_parser("list", help="entries of one catalog")
    p.add_argument("name", choices=CATALOG_NAMES, metavar="CATALOG", help=", ".join(CATALOG_NAMES))
    p.add_argument("--search", help="only entries whose id, name or numbers contain TEXT")
    p.add_argument("--stale-days", type=int, default=STALE_PRICE_DAYS, help="staleness age")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("show", help="one entry in full (JSON)")
    p.add_argument("id")
    p = sub.add_parser("import-litellm", help="API prices from a LiteLLM price table")
    p.add_argument("file", help="model_prices_and_context_window.json")
    p.add_argument("--dry-run", action="store_true", help="show the changes, write nothing")
    p.add_argument("--as-of", help="date of the prices (default: the file's date)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("import-gpu-offers", help="GPU rental prices from a CSV file")
    p.add_argument("file", help="CSV: provider,instance,gpu,count,price_per_hour,plan,region,date")
    p.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    p.add_argument("--source", help="source URL for rows without a source column")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("export", help="merged catalogs and JSON Schemas into a folder")
    p.add_argument("directory")
    p = sub.add_parser("reset", help="drop user overrides (one entry or all)")
    p.add_argument("id", nargs="?")
    p.add_argument("--all", action="store_true", help="drop every override")


def add_parser(subparsers: Any) -> None:
    """Register ``llm-tco catalog``."""
    parser = subparsers.add_parser(
        "catalog", help="browse catalogs, import prices, export, reset overrides"
    )
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    _add_actions(sub)
    parser.set_defaults(run=run)
