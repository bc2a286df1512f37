"""Pick the translation function for the report's language (independent of the UI's language).

English is the source text, so the English report needs no translator: the English file
``llm_tco_en.qm`` holds only the singular and plural forms of the interface's "%n item(s)"
messages, and the report's translate function (``translate(context, text)``) takes no count.
Other languages are read from the application's compiled Qt translation file
``resources/i18n/llm_tco_<language>.qm`` (``llm_tco.i18n.translations_dir()``); when none is
shipped, the application's installed translators are used (``QCoreApplication.translate``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from llm_tco.engine.errors import ReportError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, alternatives, msg
from llm_tco.report.labels import Translate, identity

LANGUAGES: tuple[str, ...] = ("en", "zh_CN")


def normalise_language(language: str) -> str:
    """'en', 'en_US', 'zh', 'zh-CN', 'zh_Hans_CN' -> 'en' or 'zh_CN'; others raise ReportError."""
    code = language.replace("-", "_").strip()
    if code.lower().startswith("en"):
        return "en"
    if code.lower().startswith("zh"):
        return "zh_CN"
    template = QT_TRANSLATE_NOOP(
        "EngineText", "report language {language} not supported; use {choices}"
    )
    raise ReportError(msg(template, language=repr(language), choices=alternatives(LANGUAGES)))


def translation_files(language: str) -> list[Path]:
    """The application's compiled translation files for ``language`` (Qt's own left out)."""
    from llm_tco.i18n import translations_dir

    folder = translations_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"*_{language}.qm") if not p.name.startswith("qt"))


def translator_for(language: str) -> Translate:
    """``translate(context, text)`` for the report in ``language``."""
    code = normalise_language(language)
    if code == "en":
        return identity
    translators: list[QTranslator] = []
    for path in translation_files(code):
        translator = QTranslator()
        if translator.load(str(path)):
            translators.append(translator)
    if not translators:
        return QCoreApplication.translate

    def translate(context: str, text: str) -> str:
        for translator in translators:
            found = translator.translate(context, text)
            if found:
                return found
        return text

    return translate
