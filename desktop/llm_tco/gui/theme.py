"""Light and dark palettes, and following the system's colour scheme at run time.

The offscreen platform never reports a colour scheme, so :meth:`ThemeManager.colorSchemeChanged`
is an ordinary slot that tests call directly with ``Qt.ColorScheme.Dark``. Charts do not follow the
palette by themselves: they listen to :attr:`ThemeManager.themeChanged` (``True`` when dark).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class ThemeMode(StrEnum):
    """The user's choice in Preferences."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


_ROLES = QPalette.ColorRole

# (role, light colour, dark colour); dark colours follow Qt's Fusion dark palette closely
_COLOURS: tuple[tuple[QPalette.ColorRole, str, str], ...] = (
    (_ROLES.Window, "#efefef", "#2b2b2b"),
    (_ROLES.WindowText, "#1e1e1e", "#e8e8e8"),
    (_ROLES.Base, "#ffffff", "#1f1f1f"),
    (_ROLES.AlternateBase, "#f5f5f5", "#2f2f2f"),
    (_ROLES.ToolTipBase, "#ffffdc", "#3a3a3a"),
    (_ROLES.ToolTipText, "#1e1e1e", "#e8e8e8"),
    (_ROLES.PlaceholderText, "#7a7a7a", "#8c8c8c"),
    (_ROLES.Text, "#1e1e1e", "#e8e8e8"),
    (_ROLES.Button, "#e6e6e6", "#353535"),
    (_ROLES.ButtonText, "#1e1e1e", "#e8e8e8"),
    (_ROLES.BrightText, "#d10000", "#ff6b6b"),
    (_ROLES.Light, "#ffffff", "#474747"),
    (_ROLES.Midlight, "#e3e3e3", "#3d3d3d"),
    (_ROLES.Mid, "#b8b8b8", "#262626"),
    (_ROLES.Dark, "#9f9f9f", "#191919"),
    (_ROLES.Shadow, "#767676", "#000000"),
    (_ROLES.Highlight, "#2f6fb3", "#3d7fc7"),
    (_ROLES.HighlightedText, "#ffffff", "#ffffff"),
    (_ROLES.Link, "#1f5fa8", "#7ab3ef"),
    (_ROLES.LinkVisited, "#6a3fa0", "#b596e0"),
)


def make_palette(*, dark: bool) -> QPalette:
    """The application palette for the light or the dark theme."""
    palette = QPalette()
    for role, light, dark_colour in _COLOURS:
        palette.setColor(role, QColor(dark_colour if dark else light))
    disabled = QColor("#6f6f6f" if dark else "#9a9a9a")
    for role in (_ROLES.WindowText, _ROLES.Text, _ROLES.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark_palette(palette: QPalette) -> bool:
    """True when the window colour is darker than the text colour."""
    window = palette.color(_ROLES.Window).lightness()
    text = palette.color(_ROLES.WindowText).lightness()
    return window < text


class ThemeManager(QObject):
    """Applies the chosen theme to the application and follows the system scheme when asked."""

    themeChanged = Signal(bool)  # True when the dark palette is active

    def __init__(
        self,
        app: QApplication,
        *,
        mode: ThemeMode | str = ThemeMode.SYSTEM,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else app)
        self._app = app
        self._mode = ThemeMode(mode)
        self._dark = False
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.colorSchemeChanged)
        self._system_scheme = hints.colorScheme()
        self._apply()

    @property
    def mode(self) -> ThemeMode:
        """The user's choice (system, light or dark)."""
        return self._mode

    @property
    def dark(self) -> bool:
        """True when the dark palette is applied."""
        return self._dark

    def set_mode(self, mode: ThemeMode | str) -> None:
        """Switch to light, dark or follow-the-system."""
        self._mode = ThemeMode(mode)
        self._apply()

    @Slot(Qt.ColorScheme)
    def colorSchemeChanged(self, scheme: Qt.ColorScheme) -> None:
        """The system switched between light and dark (tests call this directly)."""
        self._system_scheme = scheme
        if self._mode is ThemeMode.SYSTEM:
            self._apply()

    def _wants_dark(self) -> bool:
        if self._mode is ThemeMode.SYSTEM:
            return self._system_scheme == Qt.ColorScheme.Dark
        return self._mode is ThemeMode.DARK

    def _apply(self) -> None:
        dark = self._wants_dark()
        if dark or self._mode is ThemeMode.LIGHT:
            self._app.setPalette(make_palette(dark=dark))
        else:  # following a light (or unknown) system scheme: the platform's own palette
            self._app.setPalette(QPalette())
        changed = dark != self._dark
        self._dark = dark
        if changed:
            self.themeChanged.emit(dark)
