"""The report as an A4 PDF for the head of office: embedded fonts, vector charts."""

from __future__ import annotations

import contextlib
import io
import math
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import TTFFont

from medsos_desktop.paths import resource_path
from medsos_desktop.render.pdf_fonts import embedded_font
from medsos_desktop.render.report.files import _write_atomically
from medsos_desktop.render.report.model import (
    DEFAULT_LABELS,
    PALETTE,
    BarChart,
    Figure,
    Letterhead,
    Report,
    Section,
    Table,
    _finite,
)
from medsos_desktop.render.report.numbers import (
    _format_date,
    _labels,
    _value_text,
    format_cell,
    format_number_id,
    format_percent_id,
)
from medsos_desktop.render.report.pdf_layout import (
    Measure,
    ellipsize,
    nice_scale,
    paginate_rows,
    wrap_text,
)

# --- PDF ------------------------------------------------------------------------------

FAMILY = "NotoSans"
PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 15.0
CONTENT_W = PAGE_W - 2 * MARGIN
BOTTOM = PAGE_H - 18.0  # content stops here; the footer sits below
PAGE_SPACE = BOTTOM - MARGIN  # height a table has on a page of its own
PT = 25.4 / 72  # millimetres per point
INK = (23, 32, 42)
MUTED = (96, 106, 118)
RULE = (214, 219, 225)
ACCENT = (30, 64, 110)
BOX_FILL = (243, 246, 250)
ZEBRA = (247, 249, 251)
TABLE_PT, HEADER_PT, SMALL_PT = 8.0, 8.0, 7.0
CELL_PAD_X, CELL_PAD_Y = 1.6, 1.1
MAX_CELL_LINES, MAX_HEADER_LINES = 2, 3
KEEP_WHOLE_ROWS = 12  # a table of at most this many rows (total included) is never split
CONTINUED_H = 6.5  # the "(continued)" line above a table carried onto a new page
COLUMN_PLOT_H = 55.0  # height of a column chart's plot area
HBAR_AXIS_H = 7.0  # the value axis under each page's part of a horizontal bar chart


ARROWS = "MedsosArrows"
UP_COLOUR = (0, 122, 61)
DOWN_COLOUR = (191, 38, 38)
THUMB_MM = 11.0  # a top post's thumbnail in its table row


def _arrows_font() -> bytes:
    """A two-glyph TrueType font (▲ U+25B2, ▼ U+25BC): Noto Sans has neither, and the PDF
    should carry the real characters, so that copying or searching the text finds them."""
    # fontTools ships no type information (no stubs, no py.typed): these are Any here.
    from fontTools.fontBuilder import FontBuilder  # type: ignore[import-untyped]
    from fontTools.pens.ttGlyphPen import TTGlyphPen  # type: ignore[import-untyped]

    builder = FontBuilder(1000, isTTF=True)
    names = [".notdef", "space", "up", "down"]
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({0x20: "space", 0x25B2: "up", 0x25BC: "down"})
    glyphs = {}
    shapes = {"up": [(60, 0), (700, 0), (380, 620)], "down": [(60, 620), (700, 620), (380, 0)]}
    for name in names:
        pen = TTGlyphPen(None)
        if name in shapes:
            first, *rest = shapes[name]
            pen.moveTo(first)
            for point in rest:
                pen.lineTo(point)
            pen.closePath()
        glyphs[name] = pen.glyph()
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({n: (760 if n in shapes else 300, 0) for n in names})
    builder.setupHorizontalHeader(ascent=900, descent=-250)
    builder.setupNameTable({"familyName": ARROWS, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=900, sTypoDescender=-250, usWinAscent=900, usWinDescent=250)
    builder.setupPost()
    buffer = io.BytesIO()
    builder.save(buffer)
    return buffer.getvalue()


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def brand_accent(colour: str) -> tuple[int, int, int]:
    """The brand colour as the report's accent, darkened until white text on it reads
    (contrast 4.5:1); the default navy when the colour is missing or not #RRGGBB."""
    text = colour.strip().lstrip("#")
    if len(text) != 6:
        return ACCENT
    try:
        rgb = (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
    except ValueError:
        return ACCENT
    for _ in range(40):
        if 1.05 / (_luminance(rgb) + 0.05) >= 4.5:
            return rgb
        rgb = (int(rgb[0] * 0.9), int(rgb[1] * 0.9), int(rgb[2] * 0.9))
    return rgb


def _picture(data: bytes | None, box: int, square: bool) -> bytes | None:
    """A small PNG of an image for the PDF (a square crop for thumbnails); None when the
    bytes are not an image Pillow can read."""
    if not data:
        return None
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as source:
            source.draft("RGB", (box * 2, box * 2))
            image = ImageOps.exif_transpose(source)
            image = image.convert("RGBA")
            if square:
                image = ImageOps.fit(image, (box, box), Image.Resampling.LANCZOS)
            else:
                image.thumbnail((box * 2, box), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            if square:
                image.convert("RGB").save(out, "JPEG", quality=82)
            else:
                image.save(out, "PNG", optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


class _ReportPdf(FPDF):
    """FPDF with this report's footer: generated date left, "page x of y" right."""

    def __init__(self, footer_left: str, page_label: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_left = footer_left
        self.page_label = page_label

    def footer(self) -> None:
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(MARGIN, PAGE_H - 13, PAGE_W - MARGIN, PAGE_H - 13)
        self.set_font(FAMILY, "", SMALL_PT)
        self.set_text_color(*MUTED)
        self.set_xy(MARGIN, PAGE_H - 12)
        half = CONTENT_W / 2
        self.cell(half, 5, self.footer_left, align="L")
        # "{nb}" is fpdf2's alias, replaced by the page count when the document closes.
        self.cell(half, 5, self.page_label.replace("\x00", str(self.page_no())), align="R")


def _page_label(labels: Mapping[str, str]) -> str:
    template = labels["page"]
    try:
        return template.format(page="\x00", pages="{nb}")
    except (KeyError, IndexError, ValueError):
        return DEFAULT_LABELS["page"].format(page="\x00", pages="{nb}")


@dataclass(frozen=True)
class TablePlan:
    """A table laid out for the page: column widths and each row's wrapped lines."""

    widths: list[float]
    aligns: list[str]
    header_lines: list[list[str]]
    header_height: float
    rows: list[list[list[str]]]  # row -> cell -> lines; the total row is the last if any
    heights: list[float]
    has_total: bool
    images: list[bytes | None] | None = None  # per body row, prepared for the page


class _PdfWriter:
    def __init__(self, report: Report, labels: Mapping[str, str]) -> None:
        self.report = report
        self.labels = labels
        generated = labels["generated"] + " " + _format_date(report.generated_at, labels)
        pdf = _ReportPdf(generated, _page_label(labels))
        fonts = resource_path("fonts")
        pdf.add_font(FAMILY, "", fonts / "NotoSans-Regular.ttf")
        pdf.add_font(FAMILY, "B", fonts / "NotoSans-Bold.ttf")
        self._arrows_path: Path | None = None
        if any(f.trend for f in report.summary):  # embedded only when a change is shown
            handle, name = tempfile.mkstemp(prefix="medsos-arrows-", suffix=".ttf")
            with os.fdopen(handle, "wb") as arrows:
                arrows.write(_arrows_font())
            self._arrows_path = Path(name)
            pdf.add_font(ARROWS, "", self._arrows_path)
        head = report.letterhead
        self.accent = brand_accent(head.colour) if head is not None else ACCENT
        pdf.set_auto_page_break(False)
        pdf.set_margins(MARGIN, MARGIN, MARGIN)
        pdf.set_creation_date(report.generated_at)
        pdf.set_title(report.title)
        pdf.set_subject(report.subtitle)
        pdf.set_lang(labels["lang"])
        pdf.set_font(FAMILY, "", 10)
        self.pdf = pdf
        self._glyphs = {
            style: set(embedded_font(pdf, FAMILY.lower() + style).cmap) for style in ("", "B")
        }
        self.y = MARGIN

    # text primitives -------------------------------------------------------------------

    def clean(self, text: str, style: str = "") -> str:
        """Leave out what Noto Sans cannot draw (emoji): words, not empty boxes."""
        glyphs = self._glyphs[style]
        kept = "".join(ch for ch in str(text) if ord(ch) in glyphs or ch in "\n\t")
        return "\n".join(" ".join(line.split()) for line in kept.split("\n"))

    def measure(self, style: str, size: float) -> Measure:
        widths = embedded_font(self.pdf, FAMILY.lower() + style).cw
        scale = size * 0.001 * PT

        def width(text: str) -> float:
            return sum(widths[ord(ch)] for ch in text) * scale

        return width

    def text(
        self,
        x: float,
        top: float,
        line_h: float,
        s: str,
        style: str,
        size: float,
        colour: tuple[int, int, int] = INK,
    ) -> None:
        """Draw one line whose box starts at `top`, baseline centred for Noto's metrics."""
        if not s:
            return
        self.pdf.set_font(FAMILY, style, size)
        self.pdf.set_text_color(*colour)
        self.pdf.text(x, top + line_h / 2 + size * PT * 0.36, s)

    def paragraph(
        self,
        s: str,
        style: str,
        size: float,
        colour: tuple[int, int, int],
        max_lines: int = 40,
        width: float = CONTENT_W,
    ) -> None:
        line_h = size * PT * 1.45
        measure = self.measure(style, size)
        for para in self.clean(s, style).splitlines():
            for line in wrap_text(measure, para, width, max_lines) if para.strip() else []:
                self.ensure(line_h)
                self.text(MARGIN, self.y, line_h, line, style, size, colour)
                self.y += line_h

    def new_page(self) -> None:
        self.pdf.add_page()
        self.y = MARGIN

    def ensure(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    # blocks ----------------------------------------------------------------------------

    def title_block(self) -> None:
        pdf = self.pdf
        if self.report.letterhead is not None:
            self.letterhead(self.report.letterhead)
            self.centred(self.report.title.upper(), "B", 13, INK)
            self.centred(self.report.subtitle, "", 10.5, MUTED)
            self.y += 5
            return
        pdf.set_fill_color(*self.accent)
        pdf.rect(0, 0, PAGE_W, 5, style="F")
        self.y = MARGIN - 2
        self.paragraph(self.report.title, "B", 18, INK, max_lines=2)
        self.y += 1
        self.paragraph(self.report.subtitle, "", 11, MUTED, max_lines=2)
        self.y += 3
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.3)
        pdf.line(MARGIN, self.y, PAGE_W - MARGIN, self.y)
        self.y += 6

    def centred(self, s: str, style: str, size: float, colour: tuple[int, int, int]) -> None:
        measure = self.measure(style, size)
        line_h = size * PT * 1.4
        for line in wrap_text(measure, self.clean(s, style), CONTENT_W - 10, 2):
            self.text(
                MARGIN + (CONTENT_W - measure(line)) / 2, self.y, line_h, line, style, size, colour
            )
            self.y += line_h

    def letterhead(self, head: Letterhead) -> None:
        """The kop surat: the logo on the left, the government and agency centred in capitals,
        the address under them, and a thick and a thin rule across the page."""
        pdf = self.pdf
        top = MARGIN - 4
        logo = _picture(head.logo, 240, square=False)
        logo_h = 24.0
        if logo is not None:
            with contextlib.suppress(Exception):
                info = pdf.image(io.BytesIO(logo), MARGIN, top, h=logo_h)
                logo_h = min(logo_h, float(getattr(info, "rendered_height", logo_h)))
        self.y = top + 1
        lines: list[tuple[str, str, float, tuple[int, int, int]]] = []
        if head.parent:
            lines.append((head.parent.upper(), "B", 12, INK))
        lines.append((head.name.upper(), "B", 15, self.accent))
        if head.address:
            lines.append((head.address, "", 8.5, INK))
        if head.contact:
            lines.append((head.contact, "", 8.5, INK))
        left = MARGIN + (30 if logo is not None else 0)
        width = PAGE_W - MARGIN - left - (30 if logo is not None else 0)
        for text, style, size, colour in lines:
            measure = self.measure(style, size)
            line_h = size * PT * 1.35
            for line in wrap_text(measure, self.clean(text, style), width, 2):
                x = left + (width - measure(line)) / 2
                self.text(x, self.y, line_h, line, style, size, colour)
                self.y += line_h
        self.y = max(self.y, top + logo_h) + 2
        pdf.set_draw_color(*INK)
        pdf.set_line_width(0.8)
        pdf.line(MARGIN, self.y, PAGE_W - MARGIN, self.y)
        pdf.set_line_width(0.25)
        pdf.line(MARGIN, self.y + 1.1, PAGE_W - MARGIN, self.y + 1.1)
        self.y += 6

    def figure_value(self, figure: Figure) -> str:
        if figure.kind == "percent" and _finite(figure.value):
            return format_percent_id(figure.value)
        return _value_text(figure.value)

    def summary(self) -> None:
        figures = self.report.summary
        if not figures:
            return
        columns = 2 if len(figures) in (2, 4) else min(3, len(figures))
        gap = 4.0
        label_m, note_m = self.measure("", 8), self.measure("", SMALL_PT)
        change_m = self.measure("B", SMALL_PT)
        for start in range(0, len(figures), columns):
            row = figures[start : start + columns]
            # A short last row shares the whole width: no empty hole in the grid.
            box_w = (CONTENT_W - gap * (len(row) - 1)) / len(row)
            inner = box_w - 8
            laid = []
            for figure in row:
                label = wrap_text(label_m, self.clean(figure.label), inner, 2)
                value = self.clean(self.figure_value(figure), "B")
                size = 18.0
                while size > 10 and self.measure("B", size)(value) > inner:
                    size -= 1
                value = ellipsize(self.measure("B", size), value, inner)
                change = self.clean(figure.change.lstrip("▲▼ "), "B") if figure.change else ""
                change_lines = wrap_text(change_m, change, inner - 4, 2) if change else []
                note = wrap_text(note_m, self.clean(figure.note), inner, 2) if figure.note else []
                laid.append((label, value, size, change_lines, figure.trend, note))
            height = max(
                4 + len(lb) * 4.0 + 9.5 + len(ch) * 3.6 + len(nt) * 3.4 + 3
                for lb, _v, _s, ch, _t, nt in laid
            )
            self.ensure(height + gap)
            for index, (label, value, size, change_lines, trend, note) in enumerate(laid):
                x = MARGIN + index * (box_w + gap)
                self.pdf.set_fill_color(*BOX_FILL)
                self.pdf.rect(x, self.y, box_w, height, style="F")
                self.pdf.set_fill_color(*self.accent)
                self.pdf.rect(x, self.y, 1.2, height, style="F")
                top = self.y + 3
                for line in label:
                    self.text(x + 4, top, 4.0, line, "", 8, MUTED)
                    top += 4.0
                self.text(x + 4, top + 0.5, 9.0, value, "B", size, INK)
                top += 9.5
                colour = UP_COLOUR if trend > 0 else DOWN_COLOUR if trend < 0 else MUTED
                for number, line in enumerate(change_lines):
                    offset = 0.0
                    if number == 0:
                        arrow = "▲" if trend > 0 else "▼" if trend < 0 else ""
                        if arrow:
                            self.pdf.set_font(ARROWS, "", SMALL_PT)
                            self.pdf.set_text_color(*colour)
                            self.pdf.text(x + 4, top + 1.8 + SMALL_PT * PT * 0.36, arrow)
                        offset = 3.2 if arrow else 0.0
                    self.text(x + 4 + offset, top, 3.6, line, "B", SMALL_PT, colour)
                    top += 3.6
                for line in note:
                    self.text(x + 4, top, 3.4, line, "", SMALL_PT, MUTED)
                    top += 3.4
            self.y += height + gap
        if self.report.summary_note:
            self.paragraph(self.report.summary_note, "", 8, MUTED)
            self.y += 2
        self.y += 2

    def analysis(self) -> None:
        """The admin's own words on the month, in a framed box under the figures."""
        block = self.report.analysis
        if block is None or not block.text.strip():
            return
        size = 9.0
        line_h = size * PT * 1.45
        measure = self.measure("", size)
        lines: list[str] = []
        for para in self.clean(block.text).splitlines():
            lines.extend(wrap_text(measure, para, CONTENT_W - 8, 30) if para.strip() else [""])
        while lines and not lines[-1]:
            lines.pop()
        title_h = 7.0
        height = title_h + len(lines) * line_h + 4
        self.ensure(min(height, PAGE_SPACE - 10))
        pdf = self.pdf
        pdf.set_draw_color(*self.accent)
        pdf.set_line_width(0.3)
        pdf.set_fill_color(255, 255, 255)
        box_top = self.y
        pdf.rect(MARGIN, box_top, CONTENT_W, height, style="D")
        pdf.set_fill_color(*self.accent)
        pdf.rect(MARGIN, box_top, CONTENT_W, title_h - 1, style="F")
        self.text(
            MARGIN + 4,
            box_top,
            title_h - 1,
            self.clean(block.title, "B"),
            "B",
            9.5,
            (255, 255, 255),
        )
        self.y = box_top + title_h + 1
        for line in lines:
            self.text(MARGIN + 4, self.y, line_h, line, "", size, INK)
            self.y += line_h
        self.y = box_top + height + 6

    def signature(self) -> None:
        """The acknowledgement block, kept whole on the last page."""
        sign = self.report.signature
        if sign is None:
            return
        self.ensure(46)
        self.y += 2
        column = CONTENT_W / 2 - 5
        right = MARGIN + CONTENT_W - column
        size = 9.5
        line_h = 5.0

        def block(x: float, lines_above: Sequence[str], name: str, nip: str | None) -> None:
            y = self.y
            for line in lines_above:
                for part in wrap_text(self.measure("", size), self.clean(line), column, 2):
                    self.text(x, y, line_h, part, "", size, INK)
                    y += line_h
            y = max(y, self.y + 3 * line_h) + 16
            shown = self.clean(name, "B") if name.strip() else "(" + "." * 44 + ")"
            self.text(x, y, line_h, shown, "B", size, INK)
            if name.strip():
                width = self.measure("B", size)(shown)
                self.pdf.set_draw_color(*INK)
                self.pdf.set_line_width(0.2)
                self.pdf.line(x, y + line_h - 0.6, x + width, y + line_h - 0.6)
            y += line_h
            if nip is not None:
                label = self.labels["nip"]
                text = f"{label} {nip}" if nip.strip() else f"{label} " + "." * 36
                self.text(x, y, line_h, self.clean(text), "", size, INK)

        if sign.prepared_label:
            block(
                MARGIN,
                ["", sign.prepared_label, sign.prepared_role],
                sign.prepared_name,
                None,
            )
        block(right, [sign.place_date, sign.acknowledged, sign.role], sign.name, sign.nip)
        self.y += 48

    def section_heading(self, section: Section, following: float) -> None:
        """Title and note, moved to a new page with `following` mm of what comes next."""
        title_m = self.measure("B", 13)
        lines = wrap_text(title_m, self.clean(section.title, "B"), CONTENT_W - 4, 2)
        note_lines = (
            wrap_text(self.measure("", 9), self.clean(section.note), CONTENT_W, 10)
            if section.note
            else []
        )
        height = len(lines) * 6.5 + len(note_lines) * 4.4 + 3
        self.ensure(height + following)
        self.pdf.set_fill_color(*self.accent)
        self.pdf.rect(MARGIN, self.y + 1.2, 1.2, len(lines) * 6.5 - 2.4, style="F")
        for line in lines:
            self.text(MARGIN + 3.5, self.y, 6.5, line, "B", 13, INK)
            self.y += 6.5
        self.y += 1
        for line in note_lines:
            self.text(MARGIN, self.y, 4.4, line, "", 9, MUTED)
            self.y += 4.4
        self.y += 2

    def section(self, section: Section) -> None:
        chart = section.chart if section.chart is not None and section.chart.has_data else None
        table = section.table if section.table is not None and section.table.rows else None
        if chart is None and table is None:
            self.section_heading(section, 8)
            self.text(MARGIN, self.y, 5, self.clean(self.labels["empty"]), "", 9, MUTED)
            self.y += 10
            return
        plan = self.plan_table(table) if table is not None else None
        if chart is not None:
            whole, start = self.chart_heights(chart)
            self.section_heading(section, whole if whole <= PAGE_SPACE - 25 else start)
            self.chart(chart)
        else:
            assert plan is not None
            self.section_heading(section, plan.header_height + sum(plan.heights[:3]))
        if plan is not None:
            if chart is not None:
                self.y += 3
            self.table(plan, section.title)
        self.y += 6

    # tables ----------------------------------------------------------------------------

    def plan_table(self, table: Table) -> TablePlan:
        kinds = table.kinds()
        body_m, bold_m = self.measure("", TABLE_PT), self.measure("B", TABLE_PT)
        rows = [list(r) for r in table.rows]
        if table.total_row is not None:
            total = list(table.total_row)
            if total[0] is None:
                total[0] = self.labels["total"]
            rows.append(total)
        texts = [
            [self.clean(format_cell(v, kinds[c], self.labels), "B") for c, v in enumerate(r)]
            for r in rows
        ]
        headers = [self.clean(h, "B") for h in table.headers]
        pad = 2 * CELL_PAD_X
        natural, minimum = [], []
        for c, kind in enumerate(kinds):
            widest = max((bold_m(t[c]) for t in texts), default=0.0)
            header_word = max((bold_m(w) for w in headers[c].split()), default=0.0)
            if kind == "text":
                natural.append(max(widest, bold_m(headers[c])) + pad)
                words = max((body_m(w) for t in texts for w in t[c].split()), default=0.0)
                minimum.append(min(max(words, header_word) + pad, 28.0))
            else:  # numbers and dates stay on one line; their header may wrap
                minimum.append(min(max(widest, header_word) + pad, 45.0))
                natural.append(max(minimum[-1], min(bold_m(headers[c]) + pad, 45.0)))
        thumb = THUMB_MM + 1.5 if table.images is not None else 0.0
        if thumb:
            natural[0] += thumb
            minimum[0] += thumb
        widths = _fit_widths(natural, minimum, kinds, CONTENT_W)
        aligns = ["R" if k in ("int", "percent") else "L" for k in kinds]
        line_h = TABLE_PT * PT * 1.4
        header_lines = [
            wrap_text(bold_m, h, w - pad, MAX_HEADER_LINES)
            for h, w in zip(headers, widths, strict=True)
        ]
        header_height = max(len(lines) for lines in header_lines) * line_h + 2 * CELL_PAD_Y
        laid_rows, heights = [], []
        for index, row_texts in enumerate(texts):
            measure = bold_m if table.total_row is not None and index == len(texts) - 1 else body_m
            cells = []
            body_row = table.images is not None and index < len(table.rows)
            for c, text in enumerate(row_texts):
                room = widths[c] - pad - (thumb if c == 0 else 0.0)
                if kinds[c] == "text":
                    lines = MAX_CELL_LINES + (1 if body_row else 0)
                    cells.append(wrap_text(measure, text, room, lines))
                else:
                    cells.append([ellipsize(measure, text, room)])
            laid_rows.append(cells)
            height = max(len(lines) for lines in cells) * line_h + 2 * CELL_PAD_Y
            heights.append(max(height, THUMB_MM + 2 * CELL_PAD_Y) if body_row else height)
        images = (
            [_picture(data, 160, square=True) for data in table.images]
            if table.images is not None
            else None
        )
        return TablePlan(
            widths,
            aligns,
            header_lines,
            header_height,
            laid_rows,
            heights,
            table.total_row is not None,
            images,
        )

    def table(self, plan: TablePlan, title: str = "") -> None:
        whole = plan.header_height + sum(plan.heights)
        continued = False
        if len(plan.heights) <= KEEP_WHOLE_ROWS and BOTTOM - self.y < whole <= PAGE_SPACE:
            self.new_page()  # a short table is read whole: never split across pages
            continued = True
        space = BOTTOM - self.y - (CONTINUED_H if continued and title else 0)
        runs = paginate_rows(plan.heights, plan.header_height, space, PAGE_SPACE - CONTINUED_H)
        for number, run in enumerate(runs):
            if number > 0:
                self.new_page()
                continued = True
            if not run:
                continue
            if continued and title:
                # On a new page the table says whose it is: "Per platform (lanjutan)".
                text = f"{self.clean(title, 'B')} ({self.labels['continued']})"
                text = ellipsize(self.measure("B", 9), text, CONTENT_W)
                self.text(MARGIN, self.y, 5, text, "B", 9, MUTED)
                self.y += CONTINUED_H
            self.table_header(plan)
            for index in run:
                self.table_row(plan, index)

    def table_header(self, plan: TablePlan) -> None:
        pdf = self.pdf
        pdf.set_fill_color(*self.accent)
        pdf.rect(MARGIN, self.y, sum(plan.widths), plan.header_height, style="F")
        line_h = TABLE_PT * PT * 1.4
        x = MARGIN
        measure = self.measure("B", HEADER_PT)
        for lines, width, align in zip(plan.header_lines, plan.widths, plan.aligns, strict=True):
            top = self.y + CELL_PAD_Y
            for line in lines:
                offset = width - CELL_PAD_X - measure(line) if align == "R" else CELL_PAD_X
                self.text(x + offset, top, line_h, line, "B", HEADER_PT, (255, 255, 255))
                top += line_h
            x += width
        self.y += plan.header_height

    def table_row(self, plan: TablePlan, index: int) -> None:
        pdf = self.pdf
        height = plan.heights[index]
        total = plan.has_total and index == len(plan.rows) - 1
        style = "B" if total else ""
        if total:
            pdf.set_draw_color(*INK)
            pdf.set_line_width(0.3)
            pdf.line(MARGIN, self.y, MARGIN + sum(plan.widths), self.y)
        elif index % 2 == 1:
            pdf.set_fill_color(*ZEBRA)
            pdf.rect(MARGIN, self.y, sum(plan.widths), height, style="F")
        line_h = TABLE_PT * PT * 1.4
        measure = self.measure(style, TABLE_PT)
        x = MARGIN
        thumb = 0.0
        if plan.images is not None and index < len(plan.images):
            thumb = THUMB_MM + 1.5
            image = plan.images[index]
            left, top = MARGIN + CELL_PAD_X, self.y + CELL_PAD_Y
            drawn = False
            if image is not None:
                with contextlib.suppress(Exception):
                    pdf.image(io.BytesIO(image), left, top, w=THUMB_MM, h=THUMB_MM)
                    drawn = True
            if not drawn:
                pdf.set_fill_color(*RULE)
                pdf.rect(left, top, THUMB_MM, THUMB_MM, style="F")
        for column, (lines, width, align) in enumerate(
            zip(plan.rows[index], plan.widths, plan.aligns, strict=True)
        ):
            top = self.y + CELL_PAD_Y
            shift = thumb if column == 0 else 0.0
            for line in lines:
                offset = width - CELL_PAD_X - measure(line) if align == "R" else CELL_PAD_X
                self.text(x + offset + shift, top, line_h, line, style, TABLE_PT, INK)
                top += line_h
            x += width
        self.y += height
        if not total:
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.1)
            pdf.line(MARGIN, self.y, MARGIN + sum(plan.widths), self.y)

    # charts ----------------------------------------------------------------------------

    def chart_heights(self, chart: BarChart) -> tuple[float, float]:
        """(height of the whole chart, of its start): a chart that fits on a page is kept
        whole; a long bar chart may break, but not before its first three bars."""
        heading = 6.5 + self.legend_height(chart) + 1 + (5 if chart.value_label else 0)
        if self.horizontal(chart):
            head = heading + HBAR_AXIS_H
            row_h = self.bar_row_height(chart)
            return head + len(chart.categories) * row_h, head + 3 * row_h
        whole = heading + 4 + COLUMN_PLOT_H + 25 + 3  # 25: room for slanted category names
        return whole, whole

    def horizontal(self, chart: BarChart) -> bool:
        measure = self.measure("", SMALL_PT)
        widest = max(measure(self.clean(c)) for c in chart.categories)
        return len(chart.categories) > 10 or widest > 40

    def bar_row_height(self, chart: BarChart) -> float:
        grouped = 1 if chart.stacked else len(chart.series)
        return max(5.5, 2.8 * grouped + 2.5)

    def legend_height(self, chart: BarChart) -> float:
        return len(self.legend_rows(chart)) * 5.0 if len(chart.series) > 1 else 0.0

    def legend_rows(self, chart: BarChart) -> list[list[tuple[int, str, float]]]:
        measure = self.measure("", SMALL_PT)
        rows: list[list[tuple[int, str, float]]] = [[]]
        x = 0.0
        for index, series in enumerate(chart.series):
            name = ellipsize(measure, self.clean(series.name), 60)
            width = 4.5 + measure(name) + 6
            if rows[-1] and x + width > CONTENT_W:
                rows.append([])
                x = 0.0
            rows[-1].append((index, name, x))
            x += width
        return rows

    def chart_heading(self, chart: BarChart) -> None:
        self.text(MARGIN, self.y, 5.5, self.clean(chart.title, "B"), "B", 10, INK)
        self.y += 6.5
        if len(chart.series) > 1:
            for row in self.legend_rows(chart):
                for index, name, x in row:
                    self.pdf.set_fill_color(*PALETTE[index % len(PALETTE)])
                    self.pdf.rect(MARGIN + x, self.y + 1, 3, 3, style="F")
                    self.text(MARGIN + x + 4.5, self.y, 5, name, "", SMALL_PT, INK)
                self.y += 5.0
        self.y += 1

    def chart(self, chart: BarChart) -> None:
        values = [
            [max(0.0, v) if math.isfinite(v) else 0.0 for v in s.values] for s in chart.series
        ]
        if chart.stacked:
            peak = max(sum(column) for column in zip(*values, strict=True))
        else:
            peak = max(max(v) for v in values)
        integers = all(float(v).is_integer() for s in values for v in s)
        top, step = nice_scale(peak, integers)
        if self.horizontal(chart):
            self.horizontal_chart(chart, values, top, step)
        else:
            self.ensure(self.chart_heights(chart)[0])
            self.chart_heading(chart)
            self.column_chart(chart, values, top, step)

    def ticks(self, top: float, step: float) -> list[tuple[float, str]]:
        count = round(top / step)
        return [(i * step, format_number_id(i * step)) for i in range(count + 1)]

    def column_chart(
        self, chart: BarChart, values: list[list[float]], top: float, step: float
    ) -> None:
        pdf = self.pdf
        small = self.measure("", SMALL_PT)
        ticks = self.ticks(top, step)
        axis_w = max(small(t) for _v, t in ticks) + 2.5
        left, right = MARGIN + axis_w, MARGIN + CONTENT_W
        if chart.value_label:
            self.text(MARGIN, self.y, 4, self.clean(chart.value_label), "", SMALL_PT, MUTED)
            self.y += 5
        plot_top, plot_h = self.y + 4, COLUMN_PLOT_H
        base = plot_top + plot_h
        n = len(chart.categories)
        slot = (right - left) / n
        # Category labels: one line, two lines, or slanted when neither fits the slot.
        names = [self.clean(c) for c in chart.categories]
        wrapped = [wrap_text(small, name, slot - 1.5, 2) for name in names]
        slanted = any(line.endswith("…") for lines in wrapped for line in lines)
        for value, label in ticks:
            y = base - value / top * plot_h
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.15)
            pdf.line(left, y, right, y)
            self.text(left - 1.5 - small(label), y - 2, 4, label, "", SMALL_PT, MUTED)
        group = min(slot * 0.7, 16.0 * (1 if chart.stacked else len(values)))
        bars = 1 if chart.stacked else len(values)
        bar_w = group / bars
        value_m = self.measure("", 6.5)
        for i in range(n):
            x0 = left + i * slot + (slot - group) / 2
            stack = 0.0
            for s, series in enumerate(values):
                value = series[i]
                h = value / top * plot_h
                pdf.set_fill_color(*PALETTE[s % len(PALETTE)])
                if chart.stacked:
                    pdf.rect(x0, base - (stack + value) / top * plot_h, bar_w, h, style="F")
                    stack += value
                else:
                    x = x0 + s * bar_w
                    pdf.rect(x, base - h, bar_w, h, style="F")
                    label = format_number_id(value)
                    if value_m(label) <= bar_w + 1.5:
                        self.text(
                            x + (bar_w - value_m(label)) / 2,
                            base - h - 3.6,
                            3.4,
                            label,
                            "",
                            6.5,
                            INK,
                        )
            if chart.stacked:
                label = format_number_id(stack)
                if value_m(label) <= slot:
                    self.text(
                        x0 + (bar_w - value_m(label)) / 2,
                        base - stack / top * plot_h - 3.6,
                        3.4,
                        label,
                        "",
                        6.5,
                        INK,
                    )
        pdf.set_draw_color(*MUTED)
        pdf.set_line_width(0.3)
        pdf.line(left, base, right, base)
        label_bottom = base + 2
        for i, name in enumerate(names):
            centre = left + (i + 0.5) * slot
            if slanted:
                # Slanted text runs down-left from its bar: keep it inside the page.
                room = (centre - MARGIN / 2) / math.cos(math.radians(40))
                label = ellipsize(small, name, min(30.0, room))
                width = small(label)
                with pdf.rotation(40, centre, base + 2.5):
                    self.text(centre - width, base + 0.5, 4, label, "", SMALL_PT, INK)
                label_bottom = max(label_bottom, base + 3 + width * math.sin(math.radians(40)))
            else:
                top_line = base + 1.2
                for line in wrapped[i]:
                    self.text(centre - small(line) / 2, top_line, 3.6, line, "", SMALL_PT, INK)
                    top_line += 3.6
                label_bottom = max(label_bottom, top_line)
        self.y = label_bottom + 3

    def horizontal_chart(
        self, chart: BarChart, values: list[list[float]], top: float, step: float
    ) -> None:
        pdf = self.pdf
        small = self.measure("", SMALL_PT)
        value_m = self.measure("", 6.5)
        names = [self.clean(c) for c in chart.categories]
        label_w = min(60.0, max(small(n) for n in names)) + 2
        ticks = self.ticks(top, step)
        left = MARGIN + label_w
        right = MARGIN + CONTENT_W - value_m(format_number_id(top)) - 3
        row_h = self.bar_row_height(chart)
        heading = 6.5 + self.legend_height(chart) + 1 + (5 if chart.value_label else 0)
        axis_h = HBAR_AXIS_H
        runs = paginate_rows([row_h] * len(names), heading + axis_h, BOTTOM - self.y, PAGE_SPACE)
        for number, run in enumerate(runs):
            if number > 0:
                self.new_page()
            if not run:
                continue
            self.chart_heading(chart)
            if chart.value_label:
                self.text(left, self.y, 4, self.clean(chart.value_label), "", SMALL_PT, MUTED)
                self.y += 5
            plot_top = self.y
            plot_bottom = plot_top + len(run) * row_h
            for value, label in ticks:
                x = left + value / top * (right - left)
                pdf.set_draw_color(*RULE)
                pdf.set_line_width(0.15)
                pdf.line(x, plot_top, x, plot_bottom)
                self.text(x - small(label) / 2, plot_bottom + 0.8, 4, label, "", SMALL_PT, MUTED)
            for offset, i in enumerate(run):
                row_top = plot_top + offset * row_h
                label = ellipsize(small, names[i], label_w - 2)
                self.text(MARGIN, row_top, row_h, label, "", SMALL_PT, INK)
                bars = 1 if chart.stacked else len(values)
                bar_h = (row_h - 2) / bars
                stack = 0.0
                for s, series in enumerate(values):
                    w = series[i] / top * (right - left)
                    pdf.set_fill_color(*PALETTE[s % len(PALETTE)])
                    if chart.stacked:
                        pdf.rect(left + stack / top * (right - left), row_top + 1, w, bar_h, "F")
                        stack += series[i]
                    else:
                        y = row_top + 1 + s * bar_h
                        pdf.rect(left, y, w, bar_h, style="F")
                        if bar_h >= 2.4:
                            self.text(
                                left + w + 1, y, bar_h, format_number_id(series[i]), "", 6.5, INK
                            )
                if chart.stacked:
                    end = left + stack / top * (right - left)
                    self.text(end + 1, row_top + 1, bar_h, format_number_id(stack), "", 6.5, INK)
            pdf.set_draw_color(*MUTED)
            pdf.set_line_width(0.3)
            pdf.line(left, plot_top, left, plot_bottom)
            self.y = plot_bottom + axis_h

    # the document ----------------------------------------------------------------------

    def render(self) -> bytes:
        try:
            self.new_page()
            self.title_block()
            self.summary()
            self.analysis()
            for section in self.report.sections:
                self.section(section)
            self.signature()
            return bytes(self.pdf.output())
        finally:
            self.close()

    def close(self) -> None:
        """fontTools keeps the font files open (it reads glyphs lazily): close them."""
        for font in self.pdf.fonts.values():
            if isinstance(font, TTFFont):
                with contextlib.suppress(AttributeError, OSError):
                    font.close()
        if self._arrows_path is not None:
            with contextlib.suppress(OSError):
                self._arrows_path.unlink()


def _fit_widths(
    natural: list[float], minimum: list[float], kinds: list[str], total: float
) -> list[float]:
    """Column widths that fill `total`. Spare room goes to the text columns; when room is
    short, every column gives up part of its slack (natural minus minimum), so long text
    columns shrink most and numbers stay on one line."""
    if sum(natural) <= total:
        widths = list(natural)
        growing = [c for c, k in enumerate(kinds) if k == "text"] or list(range(len(kinds)))
        share = sum(natural[c] for c in growing) or 1.0
        for c in growing:
            widths[c] += (total - sum(natural)) * natural[c] / share
        return widths
    slack = sum(n - m for n, m in zip(natural, minimum, strict=True))
    cut = sum(natural) - total
    if sum(minimum) <= total and slack > 0:
        return [n - cut * (n - m) / slack for n, m in zip(natural, minimum, strict=True)]
    scale = total / sum(minimum)
    return [m * scale for m in minimum]


def plan_table(table: Table, labels: Mapping[str, str] | None = None) -> TablePlan:
    """The table as `write_pdf` lays it out: widths, wrapped cells, row heights. With
    `paginate_rows` and PAGE_SPACE it tells where the PDF breaks the table."""
    writer = _PdfWriter(Report("", "", datetime(2000, 1, 1)), _labels(labels))
    try:
        return writer.plan_table(table)
    finally:
        writer.close()


def pdf_bytes(report: Report, labels: Mapping[str, str] | None = None) -> bytes:
    """The PDF as bytes; the same report gives the same bytes (dates come from the report)."""
    return _PdfWriter(report, _labels(labels)).render()


def write_pdf(
    report: Report, path: str | os.PathLike[str], labels: Mapping[str, str] | None = None
) -> None:
    """Write the report as an A4 PDF; ReportWriteError when the file cannot be saved."""
    _write_atomically(path, pdf_bytes(report, labels))
