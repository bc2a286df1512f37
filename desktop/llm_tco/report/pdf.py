"""Print the report to PDF with Qt: ``QTextDocument`` laid out for a ``QPdfWriter``, page by page.

Text stays text (searchable, fonts embedded as subsets by Qt's PDF engine), charts are PNG images
at print resolution on white, every page gets a header and a "page X of N" footer. The PDF is
built in memory and then written atomically (temp file in the target folder, fsync, rename, folder
fsync): a failure at any point leaves no file at the target and no temp file, and is raised as
:class:`~llm_tco.engine.errors.ReportError`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from llm_tco import APP_NAME, __version__
from llm_tco.engine.catalog import Catalogs
from llm_tco.engine.errors import ReportError, TcoError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, Number, Text, alternatives, msg
from llm_tco.engine.project_model import Project
from llm_tco.engine.results import EvaluationResult
from llm_tco.report.charts import render_charts
from llm_tco.report.content import build_content
from llm_tco.report.fonts import register_fonts, report_font
from llm_tco.report.html import STYLE, chart_url, report_html
from llm_tco.report.labels import Translate
from llm_tco.report.model import ReportContent
from llm_tco.report.translation import translator_for

Progress = Callable[[int, str], None]
"""``progress(percent 0-100, message)``; it may raise to cancel (see worker.ExportCancelled)."""

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
RESOLUTION_DPI = 300
MARGINS_MM = (16.0, 20.0, 16.0, 18.0)  # left, top, right, bottom; header and footer sit inside
HEADER_OFFSET_MM = 9.0  # header baseline box above the body
FOOTER_OFFSET_MM = 6.0  # footer box below the body


def _mm(value: float) -> float:
    return value / 25.4 * RESOLUTION_DPI


def _say(progress: Progress | None, percent: int, message: str) -> None:
    if progress is not None:
        progress(percent, message)


def make_writer(device: QIODevice, content: ReportContent, page_size: str) -> QPdfWriter:
    """A 300 dpi writer on ``device`` with the page size, no printer margins and the metadata."""
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION_DPI)
    layout = QPageLayout(
        QPageSize(PAGE_SIZES[page_size]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    writer.setTitle(content.title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setAuthor(APP_NAME)
    return writer


def body_rect(writer: QPdfWriter) -> QRectF:
    """The area of a page the document flows into, in device pixels."""
    full = writer.pageLayout().fullRectPixels(RESOLUTION_DPI)
    left, top, right, bottom = (_mm(m) for m in MARGINS_MM)
    return QRectF(left, top, full.width() - left - right, full.height() - top - bottom)


def make_document(
    content: ReportContent, charts: Mapping[str, bytes], writer: QPdfWriter, body: QRectF
) -> QTextDocument:
    """The report laid out for the writer: fonts measured at its resolution, pages of ``body``."""
    doc = QTextDocument()
    doc.setDefaultFont(report_font())
    doc.setDefaultStyleSheet(STYLE)
    doc.documentLayout().setPaintDevice(writer)
    available: set[str] = set()
    for key, png in charts.items():
        image = QImage.fromData(png)
        if image.isNull():
            continue
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(chart_url(key)), image)
        available.add(key)
    doc.setHtml(report_html(content, charts=frozenset(available)))
    doc.setPageSize(QSizeF(body.width(), body.height()))
    keep_with_next(doc, body.height())
    return doc


def _keeps_with_next(block: QTextBlock) -> bool:
    """Headings and chart images must stay on the page of what follows them."""
    return block.blockFormat().headingLevel() > 0 or _has_image(block)


def _has_image(block: QTextBlock) -> bool:
    it = block.begin()
    while not it.atEnd():
        if it.fragment().charFormat().isImageFormat():
            return True
        it += 1
    return False


def keep_with_next(doc: QTextDocument, page_height: float, *, passes: int = 4) -> int:
    """Move a heading or chart to the next page when what follows it starts there; returns moves."""
    layout = doc.documentLayout()
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    moved = 0
    for _ in range(passes):
        doc.pageCount()  # finish the layout before reading positions
        stranded: list[QTextBlock] = []
        block = doc.begin()
        while block.isValid():
            following = block.next()
            if following.isValid() and _keeps_with_next(block):
                page = int(layout.blockBoundingRect(block).top() // page_height)
                next_page = int(layout.blockBoundingRect(following).bottom() // page_height)
                if next_page > page and not block.blockFormat().pageBreakPolicy() & always:
                    stranded.append(block)
            block = following
        if not stranded:
            break
        for block in stranded:
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(always)
            QTextCursor(block).setBlockFormat(fmt)
        moved += len(stranded)
    doc.pageCount()
    return moved


def draw_page(
    painter: QPainter, doc: QTextDocument, body: QRectF, page: int, content: ReportContent
) -> None:
    """Paint page ``page`` (0-based): its slice of the document, the header and the footer."""
    pages = doc.pageCount()
    painter.save()
    painter.translate(body.left(), body.top() - page * body.height())
    doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
    painter.restore()
    painter.save()
    painter.setPen(QPen(QColor("#555555")))
    painter.setFont(report_font(7.0))
    align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    align_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    line_h = _mm(5.0)
    header = QRectF(body.left(), body.top() - _mm(HEADER_OFFSET_MM), body.width(), line_h)
    footer = QRectF(body.left(), body.bottom() + _mm(FOOTER_OFFSET_MM), body.width(), line_h)
    if page > 0:
        painter.drawText(header, align_left, content.header_text)
        painter.drawText(header, align_right, content.subtitle)
        painter.setPen(QPen(QColor("#9aa7b4"), _mm(0.2)))
        painter.drawLine(header.bottomLeft(), header.bottomRight())
        painter.setPen(QPen(QColor("#555555")))
    painter.drawText(footer, align_left, content.footer_text)
    label = content.page_label.format(page=page + 1, pages=pages)
    painter.drawText(footer, align_right, label)
    painter.restore()


def render_pdf_bytes(
    content: ReportContent,
    charts: Mapping[str, bytes],
    *,
    page_size: str = "A4",
    progress: Progress | None = None,
) -> tuple[bytes, int]:
    """The PDF file's bytes and its page count (any thread; the charts are already PNG)."""
    if page_size not in PAGE_SIZES:
        template = QT_TRANSLATE_NOOP("EngineText", "page size {size} not supported; use {choices}")
        raise ReportError(
            msg(template, size=repr(page_size), choices=alternatives(list(PAGE_SIZES)))
        )
    register_fonts()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = make_writer(buffer, content, page_size)
    body = body_rect(writer)
    doc = make_document(content, charts, writer, body)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise ReportError(
            Message(
                QT_TRANSLATE_NOOP(
                    "EngineText", "Qt could not start a PDF page (QPainter.begin failed)"
                )
            )
        )
    try:
        for page in range(pages):
            if page and not writer.newPage():
                template = QT_TRANSLATE_NOOP(
                    "EngineText", "Qt could not add page {page} to the PDF"
                )
                raise ReportError(msg(template, page=Number(page + 1)))
            draw_page(painter, doc, body, page, content)
            _say(progress, 60 + int(35 * (page + 1) / pages), "page")
    finally:
        finished = painter.end()
    if not finished:
        raise ReportError(
            Message(
                QT_TRANSLATE_NOOP("EngineText", "Qt could not finish the PDF (QPainter.end failed)")
            )
        )
    buffer.close()
    return bytes(data.data()), pages


def default_translate(language: str) -> Translate:
    """The translation function for ``language`` ('en' prints the English source text)."""
    return translator_for(language)


_APPLICATION: list[object] = []


def ensure_application() -> None:
    """Make sure a ``QApplication`` exists (the CLI has none): offscreen, nothing is shown."""
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            template = QT_TRANSLATE_NOOP(
                "EngineText", "the PDF report needs a {needed}, not a {found}"
            )
            raise ReportError(msg(template, needed="QGuiApplication", found="QCoreApplication"))
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _APPLICATION.append(QApplication([sys.argv[0] if sys.argv else "llm-tco"]))


def export_pdf(
    project: Project,
    result: EvaluationResult,
    catalogs: Catalogs,
    path: str | Path,
    *,
    page_size: str = "A4",
    language: str = "en",
    progress: Progress | None = None,
    charts: Mapping[str, bytes] | None = None,
    translate: Translate | None = None,
) -> None:
    """Write the recommendation report of an evaluated project to ``path`` (PDF, atomically).

    ``charts``: PNG bytes per chart key made beforehand with :func:`prepare_charts` (needed when
    this runs off the GUI thread); None draws them here (GUI thread only). Without a running
    ``QApplication`` (the command line) an offscreen one is created.
    Raises :class:`ReportError` on any failure; then nothing is left at ``path``.
    """
    from llm_tco.engine.atomic_io import atomic_write_bytes

    target = Path(path)
    try:
        ensure_application()
        _say(progress, 2, "content")
        content = build_content(
            project, result, catalogs, translate=translate or default_translate(language),
            language=language,
        )  # fmt: skip
        if charts is None:
            charts = prepare_charts(content, result, progress=progress)
        data, _pages = render_pdf_bytes(content, charts, page_size=page_size, progress=progress)
        _say(progress, 97, "write")
        if not target.parent.is_dir():
            template = QT_TRANSLATE_NOOP(
                "EngineText", "folder {folder} does not exist; choose another place"
            )
            raise ReportError(msg(template, folder=str(target.parent)))
        atomic_write_bytes(target, data)
    except ReportError:
        raise
    except OSError as exc:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "could not write the report to {path}: {problem}"
        )
        problem = exc.strerror or str(exc)  # the operating system's words
        raise ReportError(msg(template, path=str(target), problem=problem)) from exc
    except Exception as exc:
        template = QT_TRANSLATE_NOOP("EngineText", "could not create the report {name}: {problem}")
        found = exc.message if isinstance(exc, TcoError) else None
        detail = found if found is not None else Text(str(exc))
        raise ReportError(msg(template, name=target.name, problem=detail)) from exc
    _say(progress, 100, "done")


def prepare_charts(
    content: ReportContent, result: EvaluationResult, *, progress: Progress | None = None
) -> dict[str, bytes]:
    """Draw the report's charts as PNG (GUI thread only: the charts are Qt widgets)."""
    specs = content.charts()

    def step(done: int, total: int) -> None:
        _say(progress, 5 + int(50 * done / max(total, 1)), "charts")

    return render_charts(specs, result, progress=step)


def tr_context(context: str, text: str) -> str:
    """``QCoreApplication.translate`` (the app's installed translators)."""
    return QCoreApplication.translate(context, text)
