"""The command line's language: translated messages, argparse's own words, column widths.

``llm-tco`` speaks the language of ``--language {en,zh_CN}`` (accepted before or after the
subcommand), otherwise the system locale's (``llm_tco.i18n.system_language``: ``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES``, ``LANG``). :func:`use_language` loads the compiled Qt translation
(``resources/i18n/llm_tco_<lang>.qm``) with QtCore's ``QTranslator`` through
``llm_tco.report.translation.translator_for``: no ``QCoreApplication`` is created, and English
does not import Qt at all.

Write every user-visible CLI string as ``tr("literal")`` (imported by that name, ``from
llm_tco.cli.language import tr``) and put values in afterwards with ``.format()``;
``scripts/update_translations.py`` extracts these calls under the context ``CommandLine``.
JSON output stays English whatever the language.
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from llm_tco.i18n import DEFAULT_LANGUAGE, LANGUAGES, system_language

CONTEXT = "CommandLine"
OPTION = "--language"

Translate = Callable[[str, str], str]


def _source_text(_context: str, text: str) -> str:
    return text


_translate: Translate = _source_text
_language = DEFAULT_LANGUAGE


def tr(text: str) -> str:
    """``text`` in the command line's language (English source text when untranslated)."""
    return _translate(CONTEXT, text) or text


def translator() -> Translate:
    """The ``translate(context, text)`` function of the command line's language."""
    return _translate


def error_text(error: BaseException) -> str:
    """An error's details in the command line's language (its Message, else ``str(error)``)."""
    from llm_tco.engine.messages import error_text as render_error

    return render_error(error, translate=_translate, language=_language)


def warning_text(warning: object) -> str:
    """A catalog warning (``CatalogWarning``) in the command line's language."""
    from llm_tco.engine.messages import Message, render

    as_message = getattr(warning, "as_message", None)
    message = as_message() if callable(as_message) else None
    if not isinstance(message, Message):
        return str(warning)
    return render(
        message, translate=_translate, currency="USD", usd_exchange_rate=1.0, language=_language
    )


def current_language() -> str:
    """The language chosen by the last :func:`use_language` ('en' before any)."""
    return _language


def use_language(language: str) -> str:
    """Speak ``language`` from now on ('en' or 'zh_CN'); returns the code."""
    global _translate, _language
    code = parse_language(language) or DEFAULT_LANGUAGE
    if code == DEFAULT_LANGUAGE:
        _translate = _source_text
    else:
        from PySide6.QtCore import QCoreApplication

        from llm_tco.report.translation import translation_files, translator_for

        # without a compiled translation: whatever translators the running application installed
        _translate = QCoreApplication.translate
        if translation_files(code):
            _translate = translator_for(code)
    _language = code
    return code


def parse_language(value: str | None) -> str | None:
    """'en', 'en_US', 'zh', 'zh-CN', 'zh_CN.UTF-8' -> a shipped language; anything else None."""
    code = (value or "").strip().replace("-", "_").lower()
    if code.startswith("en"):
        return "en"
    if code.startswith("zh"):
        return "zh_CN"
    return None


def language_argument(value: str) -> str:
    """argparse ``type=`` of ``--language``: the normalised code, or a translated error."""
    code = parse_language(value)
    if code is None:
        choices = ", ".join(LANGUAGES)
        message = tr("unsupported language {value}; use one of {choices}")
        raise argparse.ArgumentTypeError(message.format(value=repr(value), choices=choices))
    return code


def requested_language(argv: Sequence[str]) -> str | None:
    """The language named by ``--language X`` / ``--language=X`` (or an abbreviation) in argv."""
    found: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        name, equals, value = arg.partition("=")
        if len(name) < 3 or not OPTION.startswith(name):
            continue
        if not equals:
            value = argv[i + 1] if i + 1 < len(argv) else ""
        found = parse_language(value) or found
    return found


def choose_language(argv: Sequence[str]) -> str:
    """``--language`` from argv, else the system language; loaded with :func:`use_language`."""
    return use_language(requested_language(argv) or system_language())


def language_help() -> str:
    """Help of ``--language`` (the same on every parser)."""
    return tr(
        "language of the output and of the PDF report: en or zh_CN (default: the system language)"
    )


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """Accept ``--language`` on ``parser`` and on every subcommand parser below it."""
    if OPTION not in parser._option_string_actions:
        parser.add_argument(
            OPTION,
            type=language_argument,
            default=argparse.SUPPRESS,
            metavar="{en,zh_CN}",
            help=language_help(),
        )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                add_language_option(child)


def _argparse_texts() -> dict[str, str]:
    """argparse's own messages (Python 3.11-3.13 gettext ids) in the current language."""
    return {
        "usage: ": tr("usage: "),
        "positional arguments": tr("positional arguments"),
        "options": tr("options"),
        "show this help message and exit": tr("show this help message and exit"),
        "%(prog)s: error: %(message)s\n": tr("%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": tr("argument %(argument_name)s: %(message)s"),
        "the following arguments are required: %s": tr("the following arguments are required: %s"),
        "unrecognized arguments: %s": tr("unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": tr(
            "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": tr("invalid %(type)s value: %(value)r"),
        "expected one argument": tr("expected one argument"),
        "expected at most one argument": tr("expected at most one argument"),
        "expected at least one argument": tr("expected at least one argument"),
        "expected %s argument": tr("expected %s argument(s)"),
        "expected %s arguments": tr("expected %s argument(s)"),
        "ambiguous option: %(option)s could match %(matches)s": tr(
            "ambiguous option: %(option)s could match %(matches)s"
        ),
        "not allowed with argument %s": tr("not allowed with argument %s"),
        "one of the arguments %s is required": tr("one of the arguments %s is required"),
        "ignored explicit argument %r": tr("ignored explicit argument %r"),
        "can't open '%(filename)s': %(error)s": tr("can't open '%(filename)s': %(error)s"),
    }


@contextmanager
def argparse_language() -> Iterator[None]:
    """While inside, argparse's own words ('usage:', 'error:', ...) are in the current language.

    argparse looks its messages up with ``gettext`` through module globals; they are swapped for
    the duration only (pytest and other callers in the same process keep theirs).
    """
    if _language == DEFAULT_LANGUAGE:
        yield
        return
    texts = _argparse_texts()
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def gettext(message: str) -> str:
        return texts.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def clip(text: str, columns: int) -> str:
    """``text`` cut to at most ``columns`` terminal columns."""
    out, used = [], 0
    for char in text:
        used += width(char)
        if used > columns:
            break
        out.append(char)
    return "".join(out)


def ljust(text: str, columns: int) -> str:
    """Left-aligned in ``columns`` terminal columns (never cut)."""
    return text + " " * max(0, columns - width(text))


def rjust(text: str, columns: int) -> str:
    """Right-aligned in ``columns`` terminal columns (never cut)."""
    return " " * max(0, columns - width(text)) + text
