"""Actions and menus: standard shortcuts, fallbacks, no duplicates, macOS roles, recent-list rules
(CHECKLIST rows 1-4 and 7).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from llm_tco.gui.actions import MAX_RECENT_FILES, drop_missing, standard_shortcuts, update_recent
from llm_tco.gui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey
Role = QAction.MenuRole


@pytest.fixture(autouse=True)
def _private_data_dir(fresh_data_dir):
    return fresh_data_dir


@pytest.fixture
def window(qtbot, message_boxes):
    w = MainWindow(load_catalogs=False)
    qtbot.addWidget(w)
    w.show()
    return w


def keys(action: QAction) -> list[str]:
    return [s.toString() for s in action.shortcuts()]


def bindings(key: StandardKey) -> list[str]:
    return [s.toString() for s in QKeySequence.keyBindings(key)]


def test_standard_actions_use_the_platform_bindings(window):
    a = window.acts
    expected = {
        a.new: StandardKey.New,
        a.open: StandardKey.Open,
        a.save: StandardKey.Save,
        a.save_as: StandardKey.SaveAs,
        a.close: StandardKey.Close,
        a.undo: StandardKey.Undo,
        a.redo: StandardKey.Redo,
        a.help: StandardKey.HelpContents,
    }
    for action, key in expected.items():
        platform = bindings(key)
        assert platform, f"{key} has no binding on this platform"
        assert keys(action) == platform, action.text()


def test_quit_and_preferences_fall_back_when_the_platform_has_none(window):
    quit_keys = bindings(StandardKey.Quit) or ["Ctrl+Q"]
    prefs_keys = bindings(StandardKey.Preferences) or ["Ctrl+,"]
    assert keys(window.acts.quit) == quit_keys
    assert keys(window.acts.preferences) == prefs_keys
    assert keys(window.acts.quit)  # Quit always has a shortcut


def test_fallback_only_applies_when_the_platform_is_silent():
    assert [s.toString() for s in standard_shortcuts(StandardKey.Save)] == bindings(
        StandardKey.Save
    )
    if not bindings(StandardKey.Quit):
        assert [s.toString() for s in standard_shortcuts(StandardKey.Quit)] == ["Ctrl+Q"]


def test_no_duplicate_shortcuts(window):
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in keys(action):
            assert sequence not in seen, f"{sequence}: {seen.get(sequence)} and {action.text()}"
            seen[sequence] = action.text()
    assert {"Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Z"} <= set(seen)


def test_macos_menu_roles_are_explicit(window):
    a = window.acts
    special = {a.about: Role.AboutRole, a.preferences: Role.PreferencesRole, a.quit: Role.QuitRole}
    for action, role in special.items():
        assert action.menuRole() == role, action.text()
    menu_actions = [
        act
        for menu in window.menuBar().findChildren(type(window.acts.recent_menu))
        for act in menu.actions()
        if not act.isSeparator() and act.menu() is None
    ]
    assert len(menu_actions) > 15
    for action in menu_actions:
        if action not in special:
            assert action.menuRole() == Role.NoRole, action.text()


def test_menus_hold_the_expected_commands(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    for expected in ("&New Analysis…", "&Open…", "Open &Example", "Open &Recent", "&Save"):
        assert expected in texts
    assert "&Quit" in texts
    assert "Export &PDF Report…" in texts
    tools_menu = window.menuBar().actions()[3].menu()
    assert [a.text() for a in tools_menu.actions()] == ["&Catalogs…"]


def test_shortcut_key_press_triggers_the_action(window, qtbot, monkeypatch):
    calls: list[object] = []
    monkeypatch.setattr(window.files, "run_wizard", lambda p: calls.append(p))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    with qtbot.waitSignal(window.acts.new.triggered, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls == [None]  # the wizard was asked for a new project


def test_update_recent_caps_dedupes_and_puts_newest_first(tmp_path):
    paths = [str(tmp_path / f"{i}.llmtco") for i in range(MAX_RECENT_FILES + 3)]
    recent: list[str] = []
    for path in paths:
        recent = update_recent(recent, path)
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0] == str(Path(paths[-1]).resolve())
    recent = update_recent(recent, paths[-5])
    assert recent[0] == str(Path(paths[-5]).resolve())
    assert len(recent) == len(set(recent)) == MAX_RECENT_FILES


def test_drop_missing_splits_existing_from_gone(tmp_path):
    there = tmp_path / "there.llmtco"
    there.write_text("{}", encoding="utf-8")
    gone = tmp_path / "gone.llmtco"
    assert drop_missing([str(there), str(gone)]) == ([str(there)], [str(gone)])


def test_menu_mnemonics_are_unique_within_each_menu(window):
    from PySide6.QtWidgets import QMenu

    def key(text: str) -> str | None:
        text = text.replace("&&", "")
        index = text.find("&")
        return text[index + 1].lower() if index >= 0 else None

    menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    clashes = []
    for menu in menus:
        seen: dict[str, str] = {}
        for action in menu.actions():
            k = key(action.text())
            if k is None or action.isSeparator() or not action.isVisible():
                continue
            if k in seen and menu is not window.acts.recent_menu:  # recent: numbered 1-0
                clashes.append(f"{menu.title()}: {action.text()} vs {seen[k]}")
            seen[k] = action.text()
    assert clashes == [], clashes
