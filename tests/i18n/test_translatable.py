"""Every user-visible string in the GUI and the report reaches the translation file."""

from __future__ import annotations

from i18n_scan import scan, scan_file


def test_no_user_visible_string_escapes_translation():
    findings = scan()
    assert not findings, "strings translation cannot reach:\n" + "\n".join(map(str, findings))


def test_the_scan_catches_each_kind_of_problem(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QLabel, QMessageBox\n"
        "CTX = 'Ctx'\n"
        "def dyn(context, text):\n"
        "    return QCoreApplication.translate(context, text)\n"
        "class W:\n"
        "    def build(self, n, who):\n"
        "        self.setWindowTitle('Bare title')\n"
        "        QLabel(f'{n} rows found')\n"
        "        QMessageBox.warning(self, 'Oops', self.tr('Fine'))\n"
        "        self.tr(f'Hello {who}')\n"
        "        dyn(who, 'Through a wrapper with no fixed context')\n"
        "        QLabel(self.tr('Translated'))\n"
        "        QLabel('English')\n"
        "        QLabel('USD')\n",
        encoding="utf-8",
    )
    lines = sorted(f.line for f in scan_file(sample, {}))
    assert lines == [8, 9, 10, 11, 12]
