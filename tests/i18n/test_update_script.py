"""scripts/update_translations.py hands lupdate every string the code translates at run time."""

from __future__ import annotations

import subprocess

import pytest
from i18n_scan import update_script

SAMPLE = """
from PySide6.QtCore import QCoreApplication, QObject
CONTEXT = "Results"


def _t(text):
    return QCoreApplication.translate("Charts", text)


def label(p):
    t = QCoreApplication.translate
    return t("Alias", "Through an alias")


def months(p):
    return QCoreApplication.translate("Review", "%n month(s)", "", p.info.months)


def constant():
    return QCoreApplication.translate(CONTEXT, "Context in a constant")


class Panel(QObject):
    def build(self, n):
        tr = self.tr
        title = f"<b>{self.tr('Inside an f-string')}</b>"
        return tr("Through self.tr alias"), _t("Through a wrapper"), title

    def status(self, rows, label):
        QCoreApplication.translate("Panel", "A translate() statement")
        label.setText(self.tr("%n row(s)", "", len(rows)))
        label.setText(QCoreApplication.translate("Panel", "%n sample(s)", "", rows))
"""

EXPECTED = {
    ("Alias", "Through an alias"),
    ("Review", "%n month(s)"),
    ("Results", "Context in a constant"),
    ("Panel", "Inside an f-string"),
    ("Panel", "Through self.tr alias"),
    ("Charts", "Through a wrapper"),
    ("Panel", "A translate() statement"),
    ("Panel", "%n row(s)"),
    ("Panel", "%n sample(s)"),
}
PLURALS = {("Review", "%n month(s)"), ("Panel", "%n row(s)"), ("Panel", "%n sample(s)")}


def _extract(path, tmp_path):
    script = update_script()
    ts = tmp_path / "out.ts"
    command = [*script._tool("lupdate"), str(path), "-silent", "-ts", str(ts)]
    subprocess.run(command, check=True)
    return {(k[0], k[1], k[3]) for k in script.read_messages(ts)}


def test_plain_lupdate_misses_the_helpers(tmp_path):
    path = tmp_path / "sample.py"
    path.write_text(SAMPLE, encoding="utf-8")
    try:
        found = {k[:2] for k in _extract(path, tmp_path)}
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    assert found & EXPECTED != EXPECTED  # why the script exists


def test_rewritten_source_gives_lupdate_every_message_on_the_same_lines(tmp_path):
    script = update_script()
    path = tmp_path / "sample.py"
    path.write_text(SAMPLE, encoding="utf-8")
    rewritten = script.extractable_source(path, script.collect_wrappers([path]))
    assert len(rewritten.splitlines()) == len(SAMPLE.splitlines())
    mirror = tmp_path / "mirror.py"
    mirror.write_text(rewritten, encoding="utf-8")
    try:
        found = _extract(mirror, tmp_path)
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    assert {k[:2] for k in found} >= EXPECTED
    assert {k[:2] for k in found if k[2]} == PLURALS  # plural messages stay plural
    assert all(k[0].isidentifier() for k in found), found  # no '' or 'QCoreApplication.self'
