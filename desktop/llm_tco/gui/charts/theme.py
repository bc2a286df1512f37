"""Chart colours for light, dark and print (white background) themes.

pyqtgraph does not follow the Qt palette, so every colour a chart uses is applied explicitly here.
The series palette is the Okabe-Ito colour-blind-safe set.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QPalette

OKABE_ITO: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)


@dataclass(frozen=True)
class ChartTheme:
    """The colours one chart is drawn with."""

    name: str
    background: str
    foreground: str
    grid_alpha: float
    series: tuple[str, ...]
    accent: str
    muted: str

    def colour(self, index: int) -> str:
        """Series colour ``index`` (cycles through the palette)."""
        return self.series[index % len(self.series)]


LIGHT = ChartTheme("light", "#ffffff", "#202124", 0.25, OKABE_ITO[:7], "#C00000", "#8a8a8a")
DARK = ChartTheme(
    "dark",
    "#1e1f22",
    "#e8eaed",
    0.3,
    ("#56B4E9", "#E69F00", "#009E73", "#FF7F50", "#CC79A7", "#0072B2", "#F0E442"),
    "#ff6b6b",
    "#9aa0a6",
)
PRINT = ChartTheme("print", "#ffffff", "#000000", 0.2, OKABE_ITO[:7], "#C00000", "#707070")
THEMES: dict[str, ChartTheme] = {t.name: t for t in (LIGHT, DARK, PRINT)}


def get_theme(theme: str | ChartTheme) -> ChartTheme:
    """A theme by name ('light', 'dark', 'print') or the theme itself."""
    if isinstance(theme, ChartTheme):
        return theme
    try:
        return THEMES[theme]
    except KeyError:
        raise ValueError(f"unknown chart theme {theme!r}; use one of {', '.join(THEMES)}") from None


def theme_for_palette(palette: QPalette) -> ChartTheme:
    """Dark when the window colour is darker than the text colour, else light."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return DARK if window.lightness() < text.lightness() else LIGHT


def apply_theme(widget: pg.PlotWidget, theme: ChartTheme) -> None:
    """Apply background, axis, title and legend colours to a plot widget."""
    widget.setBackground(theme.background)
    item = widget.getPlotItem()
    style_plot_item(item, theme)


def style_plot_item(item: pg.PlotItem, theme: ChartTheme) -> None:
    """Colour a plot item's axes, grid, title and legend text."""
    fg = QColor(theme.foreground)
    font = QFont()
    font.setPointSizeF(9.0)
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(fg))
        axis.setTextPen(pg.mkPen(fg))
        axis.setStyle(tickFont=font)
        axis.label.setDefaultTextColor(fg)
    item.titleLabel.item.setDefaultTextColor(fg)
    item.showGrid(x=True, y=True, alpha=theme.grid_alpha)
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(fg)
        for _sample, label in legend.items:  # setLabelTextColor does not re-render existing text
            label.setText(label.text, color=fg)
        bg = QColor(theme.background)
        bg.setAlpha(200)
        legend.setBrush(pg.mkBrush(bg))
        legend.setPen(pg.mkPen(QColor(theme.muted)))
