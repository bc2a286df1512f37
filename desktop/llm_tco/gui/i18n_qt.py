"""Qt side of the translations: install the application's and Qt's own translators, and fonts.

Call :func:`install_translators` right after the ``QApplication`` exists and before any window is
built (Qt translates strings when they are created). The language comes from Preferences
("system", "en" or "zh_CN"), and "system" follows the system locale. For Chinese it loads
``resources/i18n/llm_tco_zh_CN.qm`` and Qt's ``qtbase_zh_CN.qm`` (standard buttons such as
Save/Cancel and Qt's own dialogs); for English ``llm_tco_en.qm``, which holds only the singular and
plural forms of messages such as "%n month(s)" ("1 month", "2 months"). Qt's file is looked up
where Qt says its translations are, and in the places a PyInstaller bundle or a wheel puts them.
:func:`register_fonts` registers the shipped CJK font so Chinese renders on machines that have none.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from llm_tco import i18n

log = logging.getLogger(__name__)

QT_CATALOGS: tuple[str, ...] = ("qtbase", "qt")
"""Qt's own translation catalogs, most specific first; the first one found is loaded."""

_installed: list[QTranslator] = []


def qt_translation_dirs() -> list[Path]:
    """Folders that may hold Qt's own ``qtbase_<lang>.qm``, most likely first."""
    found: list[Path] = []
    reported = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if reported:
        found.append(Path(reported))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found += [Path(frozen_root) / "PySide6" / "Qt" / "translations"]
        found += [Path(frozen_root) / "PySide6" / "translations"]
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        found += [package / "Qt" / "translations", package / "translations"]
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is imported above
        pass
    found.append(i18n.translations_dir())
    unique: list[Path] = []
    for path in found:
        if path not in unique:
            unique.append(path)
    return unique


def app_translation_file(language: str) -> Path:
    """The compiled translation of the application's own strings for ``language``."""
    return i18n.translations_dir() / f"llm_tco_{language}.qm"


def qt_translation_file(language: str) -> Path | None:
    """Qt's own compiled translation for ``language`` (qtbase first), or None when absent."""
    for folder in qt_translation_dirs():
        for catalog in QT_CATALOGS:
            path = folder / f"{catalog}_{language}.qm"
            if path.is_file():
                return path
    return None


def preferred_language() -> str:
    """The Preferences language ("system", "en", "zh_CN"); "system" when none is saved."""
    try:
        from llm_tco.gui.dialogs import Preferences

        return str(Preferences.load().language)
    except Exception as exc:  # a broken preferences module must not stop start-up
        log.warning("could not read the language preference: %s", exc)
        return "system"


def system_language() -> str:
    """The shipped language closest to the system's UI languages (Qt's view of the locale)."""
    for name in QLocale.system().uiLanguages():
        code = i18n.normalise_language(name)
        if code != i18n.DEFAULT_LANGUAGE or name.lower().startswith("en"):
            return code
    return i18n.system_language()


def resolve_language(preference: str | None = None) -> str:
    """The language to show: ``preference`` (default: Preferences), 'system' = system locale."""
    chosen = preferred_language() if preference is None else preference
    if chosen in ("", "system"):
        return system_language()
    return i18n.normalise_language(chosen)


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Uninstall every translator installed by :func:`install_translators`."""
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load and install the application's and Qt's translators for ``language``.

    ``language`` is "en", "zh_CN", "system" or None (read Preferences). Earlier translators from
    this function are removed first, so calling it again switches language. Returns the installed
    translators (kept alive here too). Also sets the default ``QLocale`` to the language.
    """
    remove_translators(app)
    code = i18n.set_current_language(resolve_language(language))
    QLocale.setDefault(QLocale(code if code != "en" else "en_US"))
    files: list[Path | None] = [app_translation_file(code)]
    if code != i18n.DEFAULT_LANGUAGE:  # English: only the plural forms ("1 month", "2 months")
        files.append(qt_translation_file(code))
    for path in files:
        if path is None or not path.is_file():
            log.warning("no %s translation file found (%s)", code, path or "Qt's qtbase")
            continue
        translator = QTranslator(app)
        if translator.load(str(path)) and app.installTranslator(translator):
            _installed.append(translator)
        else:
            log.warning("could not load the translation file %s", path)
    return list(_installed)


def register_fonts(app: QGuiApplication | None = None) -> str:
    """Register the shipped CJK font and add it to the application font's fallbacks.

    Returns the family name. The report's font helper does the registering (one copy of that code).
    """
    from llm_tco.report.fonts import register_fonts as register_shipped_fonts

    family = register_shipped_fonts()
    app = app or QGuiApplication.instance()  # type: ignore[assignment]
    if isinstance(app, QGuiApplication):
        font = QFont(app.font())
        families = [f for f in font.families() if f != family] or [font.family()]
        font.setFamilies([*families, family])
        app.setFont(font)
    return family


def setup_application(app: QApplication, language: str | None = None) -> str:
    """At start-up: register the CJK font and install translators; returns the language shown.

    Never raises: a missing font or translation file is logged and the app starts in English or
    with the system fonts.
    """
    try:
        register_fonts(app)
    except RuntimeError as exc:
        log.warning("CJK font not registered: %s", exc)
    install_translators(app, language)
    return i18n.current_language()


def error_text(error: BaseException) -> str:
    """``error`` for a dialog or the status bar, in the application's language.

    The translated :class:`~llm_tco.engine.messages.Message` of a ``TcoError`` (which file,
    which field, what to do), else ``str(error)``.
    """
    from llm_tco.engine.messages import error_text as render_error

    return render_error(
        error, translate=QCoreApplication.translate, language=i18n.current_language()
    )


def warning_text(warning: object) -> str:
    """A catalog warning (``CatalogWarning``) in the application's language."""
    from llm_tco.engine.messages import Message, render

    as_message = getattr(warning, "as_message", None)
    message = as_message() if callable(as_message) else None
    if not isinstance(message, Message):
        return str(warning)
    translate = QCoreApplication.translate
    language = i18n.current_language()
    return render(
        message, translate=translate, currency="USD", usd_exchange_rate=1.0, language=language
    )
