"""Render a chart to PNG bytes (for the PDF report) with pyqtgraph's ImageExporter.

SVGExporter crashes with this PySide6 (pyqtgraph issue 3485), so the report uses raster images at
print resolution with the white 'print' theme.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
import pyqtgraph.exporters as pg_exporters
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
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
    scale: float = 1.0,
    **options: Any,
) -> bytes:
    """PNG bytes of ``builder(result)`` laid out at width_px x height_px (needs a QApplication).

    ``scale`` > 1 renders the same layout at more pixels (fonts and lines scale too): the image is
    ``round(width_px * scale)`` x ``round(height_px * scale)`` pixels, e.g. 2.0 for 192 dpi print.
    """
    if QApplication.instance() is None:
        raise RuntimeError(
            "render_chart_png needs a QApplication (QT_QPA_PLATFORM=offscreen works)"
        )
    if width_px < 50 or height_px < 50:
        raise ValueError(f"chart size {width_px}x{height_px} px is too small (minimum 50x50)")
    if not 0.25 <= scale <= 8.0:
        raise ValueError(f"scale {scale} is out of range (0.25 to 8)")
    widget = builder(result, theme=theme, **options)
    try:
        # laid out like a shown window (resize events, axis widths, legend anchors) but never
        # put on screen
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        widget.resize(width_px, height_px)
        widget.show()
        legend = widget.getPlotItem().legend
        if legend is not None:  # it ignores transformations: would not scale with the image
            legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        QApplication.processEvents()
        exporter = pg_exporters.ImageExporter(widget.getPlotItem())
        out_w, out_h = round(width_px * scale), round(height_px * scale)
        exporter.parameters().param("width").setValue(out_w, blockSignal=exporter.widthChanged)
        exporter.parameters().param("height").setValue(out_h, blockSignal=exporter.heightChanged)
        exporter.parameters()["background"] = QColor(widget.backgroundBrush().color())
        image = exporter.export(toBytes=True)
        assert isinstance(image, QImage)
        return _png_bytes(image)
    finally:
        widget.hide()
        widget.deleteLater()


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stub wants bytes
        raise RuntimeError("could not encode the chart as PNG")
    buffer.close()
    return bytes(data.data())
