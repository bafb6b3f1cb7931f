"""The report as an XLSX workbook for the admin who keeps working with the numbers."""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

# XlsxWriter ships no type information (no stubs, no py.typed): its objects are Any here.
from xlsxwriter import Workbook  # type: ignore[import-untyped]
from xlsxwriter.worksheet import Worksheet  # type: ignore[import-untyped]

from medsos_desktop.render.report.files import _write_atomically
from medsos_desktop.render.report.model import (
    DEFAULT_LABELS,
    PALETTE,
    BarChart,
    Cell,
    Figure,
    Report,
    Section,
    Table,
    _finite,
    _is_number,
)
from medsos_desktop.render.report.numbers import (
    _as_date,
    _decimal,
    _labels,
    _value_text,
    format_cell,
)

# --- XLSX -----------------------------------------------------------------------------

SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = set("[]:*?/\\")
# Okabe–Ito: tells series apart for readers with the common colour-vision deficiencies.
HEADER_FILL = "#DCE6F1"
HEADER_ROW = 2  # row 0: section title, row 1: its note


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _cut_words(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut between words (a first word longer than
    the limit is the only thing ever cut inside)."""
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    space = head.rfind(" ")
    cut = head[:space] if space > 0 else text[:limit]
    return cut.rstrip(" -–—,.;'").rstrip() or text[:limit]


def sheet_names(titles: Sequence[str], reserved: Sequence[str] = ()) -> list[str]:
    """Valid, distinct sheet names: 31 characters at most and cut between words, none of
    []:*?/\\, not starting or ending with an apostrophe, unique ignoring case (Excel's
    rule), "History" avoided."""
    taken = {name.casefold() for name in reserved} | {"history"}
    names = []
    for index, title in enumerate(titles, start=1):
        base = "".join(" " if ch in _SHEET_FORBIDDEN or ord(ch) < 32 else ch for ch in title)
        base = " ".join(base.split()).strip("'").strip() or str(index)
        base = _cut_words(base, SHEET_NAME_MAX).rstrip("'").rstrip() or str(index)
        name, counter = base, 1
        while name.casefold() in taken:
            counter += 1
            suffix = f" ({counter})"
            name = _cut_words(base, SHEET_NAME_MAX - len(suffix)).rstrip("'") + suffix
        taken.add(name.casefold())
        names.append(name)
    return names


def _decimals_needed(values: Sequence[object], scale: float, limit: int) -> int:
    needed = 0
    for value in values:
        if not _finite(value):
            continue
        scaled = _decimal(value) * Decimal(repr(scale))
        for places in range(needed, limit + 1):
            if scaled == scaled.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):
                break
            needed = places + 1
        needed = min(needed, limit)
    return needed


def _number_format(kind: str, values: Sequence[object]) -> str:
    if kind == "percent":
        places = _decimals_needed(values, 100, 1)
        return "0" + ("." + "0" * places if places else "") + "%"
    places = _decimals_needed(values, 1, 2)
    return "#,##0" + ("." + "0" * places if places else "")


class _XlsxFormats:
    """The workbook's cell formats, created once (XlsxWriter keeps one per combination)."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self.title = book.add_format({"bold": True, "font_size": 16})
        self.subtitle = book.add_format({"font_size": 12, "font_color": "#505A66"})
        self.section = book.add_format({"bold": True, "font_size": 14})
        self.note = book.add_format({"italic": True, "font_color": "#505A66"})
        self.label = book.add_format({"bold": True})
        self.wrapped = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
        self.note_wrapped = book.add_format(
            {"italic": True, "font_color": "#505A66", "text_wrap": True, "valign": "top"}
        )
        self.datetime = book.add_format({"num_format": "dd/mm/yyyy hh:mm", "align": "left"})
        self.header = book.add_format(
            {"bold": True, "bg_color": HEADER_FILL, "bottom": 1, "text_wrap": True, "valign": "top"}
        )
        self._cache: dict[tuple[str, bool], Any] = {}

    def cell(self, num_format: str, total: bool = False) -> Any:
        key = (num_format, total)
        if key not in self._cache:
            spec: dict[str, Any] = {"valign": "top"}
            if num_format:
                spec["num_format"] = num_format
            if total:
                spec.update({"bold": True, "top": 1})
            self._cache[key] = self.book.add_format(spec)
        return self._cache[key]


def _write_cell(
    sheet: Worksheet,
    row: int,
    col: int,
    value: Cell,
    kind: str,
    fmt: _XlsxFormats,
    num_format: str,
    total: bool = False,
) -> None:
    if value is None:
        sheet.write_blank(row, col, None, fmt.cell("", total))
        return
    if kind == "date":
        as_date = _as_date(value)
        if as_date is not None:
            moment = as_date if isinstance(as_date, datetime) else datetime.combine(as_date, time())
            date_format = "dd/mm/yyyy hh:mm" if isinstance(as_date, datetime) else "dd/mm/yyyy"
            sheet.write_datetime(row, col, moment, fmt.cell(date_format, total))
            return
    if _is_number(value):
        if _finite(value):
            sheet.write_number(row, col, value, fmt.cell(num_format, total))
        else:
            sheet.write_blank(row, col, None, fmt.cell("", total))
        return
    # Always as a string: text such as "=SUM(…)" from a caption must never become a formula.
    sheet.write_string(row, col, format_cell(value, "text"), fmt.cell("", total))


def _column_width(texts: Sequence[str], minimum: float = 6, maximum: float = 60) -> float:
    longest = max((len(t) for t in texts), default=0)
    return max(minimum, min(maximum, longest * 1.1 + 2))


def _chart_table(chart: BarChart, labels: Mapping[str, str]) -> Table:
    """The chart's numbers as a table, for a section without one (or whose table differs)."""
    return Table(
        headers=[labels["category"], *(s.name for s in chart.series)],
        rows=[
            [category, *(s.values[i] for s in chart.series)]
            for i, category in enumerate(chart.categories)
        ],
        column_kinds=["text"] + ["int"] * len(chart.series),
    )


def _chart_columns(table: Table, chart: BarChart) -> tuple[int, list[int]] | None:
    """Columns of `table` that hold exactly the chart's categories and series, if any."""
    if len(table.rows) != len(chart.categories):
        return None
    category_col = next(
        (
            c
            for c in range(len(table.headers))
            if [format_cell(r[c], "text") for r in table.rows] == list(chart.categories)
        ),
        None,
    )
    if category_col is None:
        return None
    series_cols = []
    for series in chart.series:
        match = next(
            (
                c
                for c, header in enumerate(table.headers)
                if c != category_col
                and header == series.name
                and all(
                    _same_number(r[c], v) for r, v in zip(table.rows, series.values, strict=True)
                )
            ),
            None,
        )
        if match is None:
            return None
        series_cols.append(match)
    return category_col, series_cols


def _same_number(cell: Cell, value: float) -> bool:
    """Whether a table cell holds the number a chart series shows."""
    return _finite(cell) and float(cell) == float(value)


def _write_table(
    sheet: Worksheet,
    table: Table,
    top: int,
    left: int,
    fmt: _XlsxFormats,
    labels: Mapping[str, str],
    widths: dict[int, float],
) -> None:
    """Header, rows and total row from (top, left); column widths recorded in `widths`."""
    kinds = table.kinds()
    for c, header in enumerate(table.headers):
        sheet.write_string(top, left + c, header, fmt.header)
    for c, kind in enumerate(kinds):
        column = [row[c] for row in table.rows]
        if table.total_row is not None:
            column.append(table.total_row[c])
        num_format = _number_format(kind, column)
        for r, row in enumerate(table.rows, start=top + 1):
            _write_cell(sheet, r, left + c, row[c], kind, fmt, num_format)
        texts = [format_cell(v, kind, labels) for v in column]
        header_words = max((len(w) for w in table.headers[c].split()), default=0)
        width = max(_column_width(texts), min(40, len(table.headers[c]) * 1.1 + 2), header_words)
        widths[left + c] = max(widths.get(left + c, 0), width)
    if table.total_row is not None:
        total = list(table.total_row)
        if total[0] is None:
            total[0] = labels["total"]
        r = top + 1 + len(table.rows)
        for c, kind in enumerate(kinds):
            column = [row[c] for row in table.rows] + [total[c]]
            _write_cell(sheet, r, left + c, total[c], kind, fmt, _number_format(kind, column), True)


def _add_chart(
    book: Workbook,
    sheet: Worksheet,
    sheet_name: str,
    chart: BarChart,
    category_col: int,
    series_cols: list[int],
    first_row: int,
    last_row: int,
    anchor: tuple[int, int],
) -> None:
    horizontal = len(chart.categories) > 12 or max(len(c) for c in chart.categories) > 18
    options: dict[str, str] = {"type": "bar" if horizontal else "column"}
    if chart.stacked:
        options["subtype"] = "stacked"
    xl_chart = book.add_chart(options)
    assert xl_chart is not None
    for index, col in enumerate(series_cols):
        colour = _hex(PALETTE[index % len(PALETTE)])
        xl_chart.add_series(
            {
                "name": [sheet_name, first_row - 1, col],
                "categories": [sheet_name, first_row, category_col, last_row, category_col],
                "values": [sheet_name, first_row, col, last_row, col],
                "fill": {"color": colour},
                "border": {"none": True},
                "gap": 60,
                **({"overlap": 100} if chart.stacked else {}),
            }
        )
    xl_chart.set_title({"name": chart.title, "name_font": {"size": 12, "bold": True}})
    value_axis: dict[str, Any] = {"num_format": "#,##0", "major_gridlines": {"visible": True}}
    if chart.value_label:
        value_axis["name"] = chart.value_label
    category_axis: dict[str, Any] = {}
    if horizontal:  # bar charts list categories bottom-up; reverse to keep the table's order
        category_axis = {"reverse": True, "crossing": "max"}
        xl_chart.set_x_axis(value_axis)
        xl_chart.set_y_axis(category_axis)
    else:
        xl_chart.set_x_axis(category_axis)
        xl_chart.set_y_axis(value_axis)
    if len(series_cols) > 1:
        xl_chart.set_legend({"position": "bottom"})
    else:
        xl_chart.set_legend({"none": True})
    rows = len(chart.categories) * (1 if chart.stacked or not horizontal else len(series_cols))
    height = max(320, min(2400, 22 * rows + 120)) if horizontal else 360
    xl_chart.set_size({"width": 640, "height": height})
    sheet.insert_chart(anchor[0], anchor[1], xl_chart, {"x_offset": 8, "y_offset": 4})


def _write_section_sheet(
    book: Workbook,
    sheet: Worksheet,
    name: str,
    section: Section,
    fmt: _XlsxFormats,
    labels: Mapping[str, str],
) -> None:
    widths: dict[int, float] = {}
    sheet.write_string(0, 0, section.title, fmt.section)
    if section.note:
        sheet.write_string(1, 0, section.note, fmt.note)
    chart = section.chart if section.chart is not None and section.chart.has_data else None
    table = section.table if section.table is not None and section.table.rows else None
    if table is None and chart is not None:
        table = _chart_table(chart, labels)
    if table is None:
        sheet.write_string(HEADER_ROW, 0, labels["empty"], fmt.note)
        sheet.set_column(0, 0, 12)
        return
    _write_table(sheet, table, HEADER_ROW, 0, fmt, labels, widths)
    last = HEADER_ROW + len(table.rows)
    sheet.autofilter(HEADER_ROW, 0, last, len(table.headers) - 1)
    sheet.freeze_panes(HEADER_ROW + 1, 0)
    used = len(table.headers)
    if chart is not None:
        columns = _chart_columns(table, chart)
        if columns is None:  # the table does not hold the chart's numbers: write them beside
            left = used + 1
            data = _chart_table(chart, labels)
            _write_table(sheet, data, HEADER_ROW, left, fmt, labels, widths)
            columns = (left, list(range(left + 1, left + 1 + len(chart.series))))
            used = left + len(data.headers)
            last_chart_row = HEADER_ROW + len(data.rows)
        else:
            last_chart_row = last
        _add_chart(
            book,
            sheet,
            name,
            chart,
            columns[0],
            columns[1],
            HEADER_ROW + 1,
            last_chart_row,
            (HEADER_ROW, used + 1),
        )
    for col, width in widths.items():
        sheet.set_column(col, col, width)


def _figure_format(figure: Figure, values: Sequence[object]) -> str:
    return _number_format("percent" if figure.kind == "percent" else "int", values)


def _change_format(figure: Figure, change: float) -> str:
    """A signed difference in the figure's own unit: "+12", "-3", "+4.5%" (points)."""
    base = _figure_format(figure, [change])
    return f"+{base};-{base};{base}"


def _write_summary_sheet(
    sheet: Worksheet, report: Report, fmt: _XlsxFormats, labels: Mapping[str, str]
) -> int:
    """Letterhead, title, the figures against last month, the analysis. Returns the row of
    the figures' header (repeated on every printed page)."""
    row = 0
    head = report.letterhead
    if head is not None:
        if head.parent:
            sheet.write_string(row, 0, head.parent, fmt.label)
            row += 1
        sheet.write_string(row, 0, head.name, fmt.title)
        row += 1
        for line in (head.address, head.contact):
            if line:
                sheet.write_string(row, 0, line, fmt.note)
                row += 1
        row += 1
    sheet.write_string(row, 0, report.title, fmt.title)
    sheet.write_string(row + 1, 0, report.subtitle, fmt.subtitle)
    sheet.write_string(row + 2, 0, labels["generated"], fmt.label)
    generated = report.generated_at.replace(tzinfo=None, microsecond=0)
    sheet.write_datetime(row + 2, 1, generated, fmt.datetime)
    header_row = row + 4
    compare = any(f.previous is not None for f in report.summary)
    headers = [labels["summary"], labels["this_month"]]
    if compare:
        headers += [labels["previous_month"], labels["change"]]
    headers.append(labels["note"])
    for col, text in enumerate(headers):
        sheet.write_string(header_row, col, text, fmt.header)
    note_col = len(headers) - 1
    label_texts, value_texts, note_texts = [labels["generated"], headers[0]], [], []
    for row, figure in enumerate(report.summary, start=header_row + 1):
        sheet.write_string(row, 0, figure.label, fmt.label)
        value = figure.value
        if _finite(value):
            sheet.write_number(row, 1, value, fmt.cell(_figure_format(figure, [value])))
        else:
            sheet.write_string(row, 1, _value_text(value), fmt.cell(""))
        previous = figure.previous
        if compare and _finite(previous):
            sheet.write_number(row, 2, previous, fmt.cell(_figure_format(figure, [previous])))
            if _finite(value):
                change = value - previous
                sheet.write_number(row, 3, change, fmt.cell(_change_format(figure, change)))
        notes = " · ".join(t for t in (figure.change, figure.note) if t)
        if notes:
            sheet.write_string(row, note_col, notes, fmt.note)
            note_texts.append(notes)
        label_texts.append(figure.label)
        value_texts.append(_value_text(value))
    row = header_row + len(report.summary) + 2
    if report.summary_note:
        # Merged across the table and wrapped: printed one page wide, nothing is cut off.
        sheet.merge_range(row, 0, row, note_col, report.summary_note, fmt.note_wrapped)
        sheet.set_row(row, 15 * max(1, len(report.summary_note) // 110 + 1))
        row += 2
    if report.analysis is not None and report.analysis.text.strip():
        sheet.write_string(row, 0, report.analysis.title, fmt.section)
        lines = max(2, len(report.analysis.text) // 90 + report.analysis.text.count("\n") + 1)
        sheet.merge_range(row + 1, 0, row + 1, note_col, report.analysis.text, fmt.wrapped)
        sheet.set_row(row + 1, min(400, 15 * lines))
    sheet.set_column(0, 0, _column_width(label_texts, 12, 45))
    sheet.set_column(1, note_col - 1, max(12, _column_width(value_texts, 10)))
    sheet.set_column(note_col, note_col, _column_width(note_texts, 10, 70))
    return header_row


def _print_setup(
    sheet: Worksheet, header_row: int | None, footer_left: str, labels: Mapping[str, str]
) -> None:
    """A4 landscape, one page wide, the header row on every page, and the page numbers:
    what the office printer needs without anyone opening Page Setup."""
    sheet.set_paper(9)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.center_horizontally()
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
    if header_row is not None:
        sheet.repeat_rows(header_row)
    try:
        page = labels["page"].format(page="&P", pages="&N")
    except (KeyError, IndexError, ValueError):
        page = DEFAULT_LABELS["page"].format(page="&P", pages="&N")
    left = footer_left.replace("&", "&&")[:120]
    sheet.set_footer(f"&L&8{left}&R&8{page}")


def _utc_naive(moment: datetime) -> datetime:
    """The core properties store UTC; a naive time is taken as this computer's local time."""
    return moment.astimezone(UTC).replace(tzinfo=None, microsecond=0)


def xlsx_bytes(report: Report, labels: Mapping[str, str] | None = None) -> bytes:
    """The workbook as bytes. Built in memory, which also gives every zip entry XlsxWriter's
    fixed 1980-01-01 timestamp, so the same report always gives the same bytes."""
    merged = _labels(labels)
    buffer = io.BytesIO()
    book = Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "remove_timezone": True,
        },
    )
    book.set_properties(
        {
            "title": report.title,
            "subject": report.subtitle,
            "created": _utc_naive(report.generated_at),
        }
    )
    fmt = _XlsxFormats(book)
    summary_name = sheet_names([merged["summary"]])[0]
    names = sheet_names([s.sheet_name or s.title for s in report.sections], reserved=[summary_name])
    parts = [report.letterhead.name if report.letterhead else "", report.title, report.subtitle]
    footer = " · ".join(part for part in parts if part)
    summary = book.add_worksheet(summary_name)
    header_row = _write_summary_sheet(summary, report, fmt, merged)
    _print_setup(summary, header_row, footer, merged)
    for name, section in zip(names, report.sections, strict=True):
        sheet = book.add_worksheet(name)
        _write_section_sheet(book, sheet, name, section, fmt, merged)
        _print_setup(sheet, HEADER_ROW, footer, merged)
    book.close()
    return buffer.getvalue()


def write_xlsx(
    report: Report, path: str | os.PathLike[str], labels: Mapping[str, str] | None = None
) -> None:
    """Write the report as an XLSX workbook; ReportWriteError when the file cannot be saved."""
    _write_atomically(path, xlsx_bytes(report, labels))
