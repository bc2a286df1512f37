"""Command-line front end: ``llm-tco`` (no arguments starts the GUI).

Each subcommand lives in its own module exposing ``add_parser(subparsers)`` (which calls
``set_defaults(run=run)``) and ``run(args) -> int``; register it in ``SUBCOMMANDS``.
Errors a user can cause print one line and exit with code 2.

``--language {en,zh_CN}`` (before or after the subcommand; default: the system language) picks
the language of every message, table and help text, and of the PDF report; see
``llm_tco.cli.language``. ``--json`` output is English in every language.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from llm_tco import __version__
from llm_tco.cli.language import (
    add_language_option,
    argparse_language,
    choose_language,
    current_language,
    error_text,
    tr,
    use_language,
)

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
        description=tr("LLM TCO Advisor: which way to run a language model, and what it costs."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=tr("show the version and exit"),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=tr("start offscreen, evaluate and export, exit"),
    )
    subparsers = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        title=tr("commands"),
        help=tr("llm-tco COMMAND --help shows its options"),
    )
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"llm_tco.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"llm_tco.cli.{name}":
                continue  # not built yet
            raise
        module.add_parser(subparsers)
    add_language_option(parser)
    return parser


def error_line(command: str | None, message: object) -> str:
    """'llm-tco evaluate: error: MESSAGE' in the current language."""
    prog = f"llm-tco {command}" if command else "llm-tco"
    if isinstance(message, BaseException):
        message = error_text(message)
    return tr("{prog}: error: {message}").format(prog=prog, message=message)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``llm-tco``; returns the process exit code."""
    from llm_tco.engine.errors import TcoError

    args_list = list(sys.argv[1:] if argv is None else argv)
    choose_language(args_list)
    with argparse_language():
        parser = build_parser()
        args = parser.parse_args(args_list)
    if getattr(args, "language", None) and args.language != current_language():
        use_language(args.language)  # an abbreviation the early look at argv did not see
    args.language = current_language()
    if args.command is None:
        from llm_tco.gui.app import main as gui_main

        return gui_main(["--smoke-test"] if args.smoke_test else [])
    try:
        result: int = args.run(args)
    except TcoError as exc:
        print(error_line(args.command, exc), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    return result


if __name__ == "__main__":
    raise SystemExit(main())
