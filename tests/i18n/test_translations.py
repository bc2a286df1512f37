"""The zh_CN translation: complete, current with the code, compiled, and well-formed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from i18n_scan import ROOT, lupdate_available, update_script

TS = ROOT / "resources" / "i18n" / "llm_tco_zh_CN.ts"
QM = ROOT / "resources" / "i18n" / "llm_tco_zh_CN.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
ACCELERATOR = re.compile(r"&(?![&\s])(?!#?\w+;)")
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORDS = re.compile(r"[A-Za-z]{3,}")


def _messages() -> list[tuple[str, str, list[str]]]:
    """(context, source, [translation forms]) of every message."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append(
                (name, message.findtext("source") or "", forms or [translation.text or ""])
            )
    return found


def test_every_message_has_a_finished_translation():
    problems = update_script().unfinished(TS)
    assert not problems, "\n".join(problems)


def test_translation_sources_are_current_and_compiled():
    if not lupdate_available():
        pytest.skip("pyside6-lupdate is not installed")
    problems = update_script().check("zh_CN")
    assert not problems, "run scripts/update_translations.py:\n" + "\n".join(problems)


def test_placeholders_and_plural_markers_survive_translation():
    wrong = [
        f"{context}: {source!r} -> {form!r}"
        for context, source, forms in _messages()
        for form in forms
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form))
    ]
    assert not wrong, "\n".join(wrong)


def test_keyboard_accelerators_kept_once():
    wrong = []
    for context, source, forms in _messages():
        for form in forms:
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(form)):
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def test_translations_are_chinese_unless_the_source_is_a_name_or_a_code():
    """A translation with English words and no Chinese is an English leftover."""
    leftovers = []
    for context, source, forms in _messages():
        for form in forms:
            words = LATIN_WORDS.findall(PLACEHOLDER.sub(" ", form))
            english = [w for w in words if w.lower() == w and len(w) > 3]
            if english and not CJK.search(form):
                leftovers.append(f"{context}: {source!r} -> {form!r}")
    assert not leftovers, "\n".join(leftovers)


def test_labels_keep_their_trailing_colon_and_ellipsis():
    wrong = []
    for context, source, forms in _messages():
        for form in forms:
            if source.endswith(":") and not form.endswith((":", "：")):
                wrong.append(f"{context}: {source!r} -> {form!r}")
            if source.endswith(("…", "...")) and not form.endswith(("…", "...")):
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def test_glossary_terms_are_used_consistently():
    """Domain terms take the glossary's rendering wherever the English term appears."""
    glossary = {
        "throughput": "吞吐量",
        "fine-tun": "微调",
        "monte carlo": "蒙特卡洛",
        "break-even": "盈亏平衡",
        "utilisation": "利用率",
        "pareto": "帕累托",
        "exchange rate": "汇率",
    }
    wrong = []
    for context, source, forms in _messages():
        for english, chinese in glossary.items():
            if english in source.lower() and not all(chinese in form for form in forms):
                wrong.append(f"{context}: {source!r} should use {chinese}: {forms[0]!r}")
    assert not wrong, "\n".join(wrong)


def test_compiled_file_answers_in_chinese():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("PreferencesDialog", "Preferences") == "首选项"
    assert CJK.search(translator.translate("ExcludedView", "Excluded candidates"))
