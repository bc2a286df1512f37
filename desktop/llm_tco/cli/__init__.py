"""Command-line front end: ``llm-tco`` (no arguments starts the GUI).

Each subcommand lives in its own module exposing ``add_parser(subparsers)`` (which calls
``set_defaults(run=run)``) and ``run(args) -> int``; register it in ``SUBCOMMANDS``.
Errors a user can cause print one line and exit with code 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from llm_tco import __version__

# module names under llm_tco.cli, in help order
SUBCOMMANDS: tuple[str, ...] = (
    "estimate",
    "evaluate",
    "bench",
    "catalog",
    "calibrate",
    "screenshots",
)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="llm-tco",
        description="LLM TCO Advisor: which way to run a language model, and what it costs.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke-test", action="store_true", help="start offscreen, evaluate and export, exit"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"llm_tco.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"llm_tco.cli.{name}":
                continue  # not built yet
            raise
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``llm-tco``; returns the process exit code."""
    from llm_tco.engine.errors import TcoError

    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from llm_tco.gui.app import main as gui_main

        return gui_main(["--smoke-test"] if args.smoke_test else [])
    try:
        result: int = args.run(args)
    except TcoError as exc:
        print(f"llm-tco: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    return result


if __name__ == "__main__":
    raise SystemExit(main())
