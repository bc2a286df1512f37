"""Render a chart to PNG bytes (for the PDF report) with pyqtgraph's ImageExporter.

SVGExporter crashes with this PySide6 (pyqtgraph issue 3485), so the report uses raster images at
print resolution with the white 'print' theme.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
import pyqtgraph.exporters as pg_exporters
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

ChartBuilder = Callable[..., pg.PlotWidget]


def render_chart_png(
    builder: ChartBuilder,
    result: object,
    *,
    width_px: int,
    height_px: int,
    theme: str = "print",
    **options: Any,
) -> bytes:
    """PNG bytes of ``builder(result)`` at width_px x height_px pixels (needs a QApplication)."""
    if QApplication.instance() is None:
        raise RuntimeError(
            "render_chart_png needs a QApplication (QT_QPA_PLATFORM=offscreen works)"
        )
    if width_px < 50 or height_px < 50:
        raise ValueError(f"chart size {width_px}x{height_px} px is too small (minimum 50x50)")
    widget = builder(result, theme=theme, **options)
    try:
        widget.resize(width_px, height_px)
        widget.getPlotItem().resize(width_px, height_px)
        widget.getPlotItem().setGeometry(0, 0, width_px, height_px)
        QApplication.processEvents()
        exporter = pg_exporters.ImageExporter(widget.getPlotItem())
        exporter.parameters()["width"] = width_px
        exporter.parameters().param("height").setValue(
            height_px, blockSignal=exporter.heightChanged
        )
        exporter.parameters()["background"] = QColor(widget.backgroundBrush().color())
        image = exporter.export(toBytes=True)
        assert isinstance(image, QImage)
        return _png_bytes(image)
    finally:
        widget.deleteLater()


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stub wants bytes
        raise RuntimeError("could not encode the chart as PNG")
    buffer.close()
    return bytes(data.data())
