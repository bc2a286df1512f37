"""Lay the report's content out as the HTML subset that ``QTextDocument`` understands (pure).

Charts are ``<img src="chart:KEY">``; the renderer registers one image per key with
``QTextDocument.addResource`` (a missing chart becomes a short note instead). Page headers, footers
and page numbers are painted by :mod:`llm_tco.report.pdf`, not written here.
"""

from __future__ import annotations

from html import escape

from llm_tco.report.model import (
    Block,
    Bullets,
    ChartSpec,
    KeyValues,
    Paragraph,
    ReportContent,
    Section,
    Table,
)

CHART_WIDTH_CSS_PX = 640
"""Width of a chart on the page in CSS pixels (1/96 inch): 169 mm, fits A4 and Letter."""
CHART_HEIGHT_CSS_PX = 320
CELL = 'style="border: 1px solid #b4bfca;"'
TABLE = '<table width="100%" cellspacing="0" cellpadding="3" style="border-collapse: collapse;">'

STYLE = """
body { color: #1a1a1a; }
h1 { font-size: 15pt; font-weight: bold; color: #0b3d66; margin-top: 6px; margin-bottom: 6px; }
h2 { font-size: 11pt; font-weight: bold; color: #0b3d66; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 5px; }
p.caption { font-size: 8pt; color: #444444; margin-top: 2px; margin-bottom: 8px; }
p.headline { font-size: 11pt; font-weight: bold; }
p.title { font-size: 22pt; font-weight: bold; color: #0b3d66; margin-top: 10px; }
p.project { font-size: 17pt; font-weight: bold; margin-top: 6px; margin-bottom: 14px; }
p.subtitle { font-size: 12pt; color: #444444; }
p.missing { font-size: 8pt; color: #a00000; }
td { font-size: 8pt; vertical-align: top; }
th { font-size: 8pt; font-weight: bold; background-color: #dfe8f1; text-align: left; }
td.kv-label { color: #333333; }
tr.best td { background-color: #e6f2e6; font-weight: bold; }
li { margin-bottom: 2px; }
a { color: #0b3d66; text-decoration: none; }
"""


def chart_url(key: str) -> str:
    """Resource name of the image of chart ``key``."""
    return f"chart:{key}"


def _is_url(text: str) -> bool:
    return text.startswith(("https://", "http://")) and not any(c.isspace() for c in text)


def _text_html(text: str) -> str:
    """Escaped text; a bare web address becomes a link (clickable in the PDF)."""
    if _is_url(text):
        return f'<a href="{escape(text, quote=True)}">{escape(text)}</a>'
    return escape(text)


def _cell(text: str, align: str, tag: str = "td", width: int | None = None) -> str:
    attrs = f" {CELL}" + (' align="right"' if align == "r" else "")
    if width:
        attrs += f' width="{width}%"'
    return f"<{tag}{attrs}>{_text_html(text)}</{tag}>"


def table_html(table: Table) -> str:
    """A bordered table whose header row repeats on every page."""
    widths = table.widths if len(table.widths) == len(table.headers) else ()
    head = "".join(
        _cell(h, table.alignment(i), "th", widths[i] if widths else None)
        for i, h in enumerate(table.headers)
    )
    body = []
    for n, row in enumerate(table.rows):
        cls = ' class="best"' if table.highlight_first and n == 0 else ""
        cells = "".join(_cell(text, table.alignment(i)) for i, text in enumerate(row))
        body.append(f"<tr{cls}>{cells}</tr>")
    caption = f'<p class="caption">{escape(table.caption)}</p>' if table.caption else ""
    title = f"<h2>{escape(table.title)}</h2>" if table.title else ""
    rows = "".join(body)
    return f"{title}{TABLE}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>{caption}"


def key_values_html(block: KeyValues) -> str:
    """A captioned two-column list of facts."""
    title = f"<h2>{escape(block.caption)}</h2>" if block.caption else ""
    rows = "".join(_kv_row(k, v, 45) for k, v in block.rows)
    return f"{title}{TABLE}{rows}</table>"


def _kv_row(label: str, value: str, label_width: int) -> str:
    return (
        f'<tr><td class="kv-label" width="{label_width}%" {CELL}>{escape(label)}</td>'
        f"<td {CELL}>{escape(value)}</td></tr>"
    )


def chart_html(spec: ChartSpec, available: bool, missing: str = "") -> str:
    """The chart's image (it carries its own title) and caption, or a note in its place."""
    caption = f'<p class="caption">{escape(spec.title)}: {escape(spec.caption)}</p>'
    if not available:
        return f'<h2>{escape(spec.title)}</h2><p class="missing">{escape(missing)}</p>{caption}'
    image = (
        f'<p align="center" style="margin-top: 8px;"><img src="{chart_url(spec.key)}" '
        f'width="{CHART_WIDTH_CSS_PX}" height="{CHART_HEIGHT_CSS_PX}"></p>'
    )
    return image + caption


def block_html(block: Block, charts: frozenset[str], missing: str = "") -> str:
    """HTML of one block."""
    if isinstance(block, Paragraph):
        text = escape(block.text)
        return f"<p><b>{text}</b></p>" if block.emphasis else f"<p>{text}</p>"
    if isinstance(block, Bullets):
        items = "".join(f"<li>{escape(item)}</li>" for item in block.items)
        return f"<ul>{items}</ul>"
    if isinstance(block, KeyValues):
        return key_values_html(block)
    if isinstance(block, Table):
        return table_html(block)
    return chart_html(block, block.key in charts, missing)


def section_html(number: int, section: Section, charts: frozenset[str], missing: str = "") -> str:
    """A numbered section; ``new_page`` sections start on a fresh page."""
    style = ' style="page-break-before: always;"' if section.new_page else ""
    heading = f"<h1{style}>{number}. {escape(section.title)}</h1>"
    return heading + "".join(block_html(b, charts, missing) for b in section.blocks)


def title_page_html(content: ReportContent) -> str:
    """Title, project name, the facts table and the recommendation in one sentence."""
    facts = "".join(_kv_row(k, v, 35) for k, v in content.facts)
    return (
        f'<p class="title">{escape(content.subtitle)}</p>'
        f'<p class="project">{escape(content.project_name)}</p>'
        f"{TABLE}{facts}</table>"
    )


def report_html(content: ReportContent, *, charts: frozenset[str] = frozenset()) -> str:
    """The whole report as one HTML document; ``charts`` are the keys with an image resource."""
    parts = [title_page_html(content)]
    for number, section in enumerate(content.sections, start=1):
        parts.append(section_html(number, section, charts, content.missing_chart_text))
    title = escape(content.title)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body>{''.join(parts)}</body></html>"
    )
