"""Monthly reports for heads of office: a small document model and two writers.

The services layer gathers the month's figures into a `Report` whose every visible word
is already translated; `write_xlsx` makes a workbook for the admin who keeps working with
the numbers (real numbers, filters, native charts) and `write_pdf` an A4 document for the
head of office who reads or prints it (embedded Noto Sans, vector charts, no matplotlib).

Both writers are deterministic for the same input and write atomically: the target is
either the previous file or the complete new one, never a half-written report.
"""

from __future__ import annotations

import contextlib
import errno
import io
import math
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import IO, Any, TypeGuard

from fpdf import FPDF
from xlsxwriter import Workbook
from xlsxwriter.worksheet import Worksheet

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.paths import resource_path

Cell = str | int | float | date | None
KINDS = ("text", "int", "percent", "date")

# Fixed words the writers need; callers pass translated ones (same keys) in `labels`.
DEFAULT_LABELS: Mapping[str, str] = {
    "generated": "Dibuat",
    "page": "Halaman {page} dari {pages}",
    "total": "Jumlah",
    "summary": "Ringkasan",
    "category": "Kategori",
    "empty": "Tidak ada data untuk periode ini.",
    "date_format": "%d/%m/%Y",
    "datetime_format": "%d/%m/%Y %H.%M",
    "lang": "id",
    "this_month": "Bulan ini",
    "previous_month": "Bulan lalu",
    "change": "Perubahan",
    "note": "Keterangan",
    "nip": "NIP.",
    "continued": "lanjutan",
}

_CTX = "Report"
MSG_NO_SPACE = QT_TRANSLATE_NOOP(
    "Report",
    "There is not enough free space to save the report {name}. Free some space or choose "
    "another folder.",
)
MSG_DENIED = QT_TRANSLATE_NOOP(
    "Report",
    "The report {name} cannot be saved in {folder}: the folder is read-only, you lack "
    "permission, or the file is open in another program. Close it there or choose another "
    "folder.",
)
MSG_NO_FOLDER = QT_TRANSLATE_NOOP(
    "Report", "The folder {folder} does not exist, so the report {name} cannot be saved there."
)
MSG_FAILED = QT_TRANSLATE_NOOP("Report", "The report {name} could not be saved: {reason}")


class ReportWriteError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


# --- the model ------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One headline number of the month, e.g. "Jumlah unggahan" 42.

    `kind` "percent" takes the value as a ratio (0.81 is 81%). With `previous` (last
    month's value) the writers show the change: `change` is its words ("▲ 12% dari
    Oktober"), `trend` +1 up, -1 down, 0 the same."""

    label: str
    value: int | float | str
    note: str = ""
    kind: str = "int"
    previous: int | float | None = None
    change: str = ""
    trend: int = 0


@dataclass(frozen=True)
class Letterhead:
    """The agency's kop: its logo, the government above its name, its address; `colour`
    (#RRGGBB) is the brand colour the headings and table headers take."""

    name: str
    parent: str = ""
    address: str = ""
    contact: str = ""
    logo: bytes | None = None
    colour: str = ""


@dataclass(frozen=True)
class Signature:
    """ "Mengetahui, Kepala …" on the right, who prepared it on the left; an empty name or
    NIP leaves a dotted line to write on."""

    place_date: str
    acknowledged: str
    role: str
    name: str = ""
    nip: str = ""
    prepared_label: str = ""
    prepared_role: str = ""
    prepared_name: str = ""


@dataclass(frozen=True)
class TextBlock:
    """A titled paragraph box: the admin's analysis of the month."""

    title: str
    text: str


@dataclass(frozen=True)
class Table:
    """Rows of cells; `column_kinds` ("text", "int", "percent" as 0..1, "date") decides
    how each column is formatted and aligned. Without kinds, all-number columns are "int"."""

    headers: list[str]
    rows: list[list[Cell]]
    total_row: list[Cell] | None = None
    column_kinds: list[str] | None = None
    # One small picture per row (PNG or JPEG bytes, or None), drawn before the first
    # column's text in the PDF: the top posts' thumbnails.
    images: list[bytes | None] | None = None

    def __post_init__(self) -> None:
        width = len(self.headers)
        if self.images is not None and len(self.images) != len(self.rows):
            raise ValueError("images do not match the rows")
        if width == 0:
            raise ValueError("a table needs at least one column")
        for index, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(f"row {index} has {len(row)} cells for {width} columns")
        if self.total_row is not None and len(self.total_row) != width:
            raise ValueError("the total row does not match the columns")
        if self.column_kinds is not None:
            if len(self.column_kinds) != width:
                raise ValueError("column_kinds does not match the columns")
            unknown = set(self.column_kinds) - set(KINDS)
            if unknown:
                raise ValueError(f"unknown column kinds {sorted(unknown)}")

    def kinds(self) -> list[str]:
        if self.column_kinds is not None:
            return list(self.column_kinds)
        kinds = []
        for column in range(len(self.headers)):
            values = [row[column] for row in self.rows if row[column] is not None]
            numeric = bool(values) and all(_is_number(v) for v in values)
            kinds.append("int" if numeric else "text")
        return kinds


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float]


@dataclass(frozen=True)
class BarChart:
    """Bars per category; several series are grouped side by side, or stacked."""

    title: str
    categories: list[str]
    series: list[Series]
    stacked: bool = False
    value_label: str = ""

    def __post_init__(self) -> None:
        for series in self.series:
            if len(series.values) != len(self.categories):
                raise ValueError(
                    f"series {series.name!r} has {len(series.values)} values for "
                    f"{len(self.categories)} categories"
                )

    @property
    def has_data(self) -> bool:
        """False when there is nothing to draw: no categories, or every value zero."""
        return any(_finite(v) and v != 0 for s in self.series for v in s.values)


@dataclass(frozen=True)
class Section:
    title: str
    table: Table | None = None
    chart: BarChart | None = None
    note: str = ""
    sheet_name: str = ""  # a short name for its XLSX sheet; the title when empty


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    generated_at: datetime
    summary: list[Figure] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    letterhead: Letterhead | None = None
    summary_note: str = ""  # under the figures: how they are defined
    analysis: TextBlock | None = None
    signature: Signature | None = None


# --- numbers in Indonesian style ------------------------------------------------------


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _finite(value: object) -> TypeGuard[int | float]:
    return _is_number(value) and math.isfinite(value)


def _decimal(value: float) -> Decimal:
    # repr() gives the shortest decimal that round-trips: 0.0045 stays 0.0045, not 0.00449…
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _group(digits: int) -> str:
    return f"{digits:,}".replace(",", ".")


def format_int_id(value: int | float) -> str:
    """1234 -> "1.234" (a dot groups thousands in Indonesian); floats are rounded half up."""
    if not _finite(value):
        return "–"
    number = int(_decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return ("-" if number < 0 else "") + _group(abs(number))


def format_number_id(value: int | float, max_decimals: int = 2) -> str:
    """1234.5 -> "1.234,5": a comma before decimals, which appear only when needed."""
    if not _finite(value):
        return "–"
    exponent = Decimal(1).scaleb(-max_decimals)
    number = _decimal(value).quantize(exponent, rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    whole, _, fraction = f"{abs(number):f}".partition(".")
    fraction = fraction.rstrip("0")
    return sign + _group(int(whole)) + ("," + fraction if fraction else "")


def format_percent_id(ratio: int | float) -> str:
    """0.9 -> "90%", 0.125 -> "12,5%": one decimal only when it is not zero."""
    if not _finite(ratio):
        return "–"
    return format_number_id(float(_decimal(ratio) * 100), max_decimals=1) + "%"


def _as_date(value: object) -> date | None:
    """A date from a date, a datetime or an ISO string; None when it is not one."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        with contextlib.suppress(ValueError):
            if "T" in text or " " in text:
                return datetime.fromisoformat(text)
            return date.fromisoformat(text)
    return None


def _format_date(value: date, labels: Mapping[str, str]) -> str:
    if isinstance(value, datetime):
        return value.strftime(labels["datetime_format"])
    return value.strftime(labels["date_format"])


def format_cell(value: Cell, kind: str, labels: Mapping[str, str] | None = None) -> str:
    """The text a cell shows in the PDF (and whose length sizes an XLSX column)."""
    merged = _labels(labels)
    if value is None:
        return ""
    if kind == "percent" and _is_number(value):
        return format_percent_id(value)
    if kind == "date":
        as_date = _as_date(value)
        if as_date is not None:
            return _format_date(as_date, merged)
    if _is_number(value):
        return format_number_id(value)
    if isinstance(value, date):
        return _format_date(value, merged)
    return " ".join(str(value).split())


def _labels(labels: Mapping[str, str] | None) -> dict[str, str]:
    merged = dict(DEFAULT_LABELS)
    if labels:
        merged.update({k: v for k, v in labels.items() if isinstance(v, str)})
    return merged


def _value_text(value: int | float | str) -> str:
    return value if isinstance(value, str) else format_number_id(value)


# --- atomic writing -------------------------------------------------------------------

_CHUNK = 1 << 20


def _write_chunks(handle: IO[bytes], data: bytes) -> None:
    """Write in pieces, so that a full disk shows up as an error and not as a short file."""
    view = memoryview(data)
    for start in range(0, len(view), _CHUNK):
        handle.write(view[start : start + _CHUNK])


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _error_for(exc: OSError, path: Path) -> ReportWriteError:
    name, folder = path.name, str(path.parent)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return ReportWriteError(MSG_NO_SPACE, name=name)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReportWriteError(MSG_DENIED, name=name, folder=folder)
    if isinstance(exc, FileNotFoundError) and not path.parent.is_dir():
        return ReportWriteError(MSG_NO_FOLDER, name=name, folder=folder)
    return ReportWriteError(MSG_FAILED, name=name, reason=exc.strerror or str(exc))


def _write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Temporary file beside the target, fsync, rename: a crash or a full disk leaves the
    old report (or none), never a truncated one."""
    target = Path(path)
    try:
        mode = target.stat().st_mode & 0o777 if target.is_file() else 0o644
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _error_for(exc, target) from exc
    tmp = Path(tmp_name)
    replaced = False
    try:
        with os.fdopen(fd, "wb") as handle:
            _write_chunks(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)  # mkstemp makes it owner-only; a report is an ordinary file
        os.replace(tmp, target)
        replaced = True
    except OSError as exc:
        raise _error_for(exc, target) from exc
    finally:
        if not replaced:
            with contextlib.suppress(OSError):
                tmp.unlink()
    _fsync_folder(target.parent)


# --- XLSX -----------------------------------------------------------------------------

SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = set("[]:*?/\\")
# Okabe–Ito: tells series apart for readers with the common colour-vision deficiencies.
PALETTE = (
    (0, 114, 178),
    (230, 159, 0),
    (0, 158, 115),
    (204, 121, 167),
    (86, 180, 233),
    (213, 94, 0),
    (120, 120, 120),
    (0, 0, 0),
)
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
                    _finite(r[c]) and float(r[c]) == float(v)
                    for r, v in zip(table.rows, series.values, strict=True)
                )
            ),
            None,
        )
        if match is None:
            return None
        series_cols.append(match)
    return category_col, series_cols


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


# --- PDF layout helpers (pure) --------------------------------------------------------


def paginate_rows(
    heights: Sequence[float],
    header: float,
    first_space: float,
    page_space: float,
    min_first: int = 3,
    min_last: int = 2,
) -> list[range]:
    """Split table rows into runs that each fit under a (repeated) header on one page.

    The first run fills `first_space` (what is left of the current page); every later run
    has a fresh page of `page_space`. An empty first run means "start on a new page": it is
    chosen when fewer than `min_first` rows (or all of them, if fewer) would fit, so that a
    header is never left alone with a row or two at the foot of a page; and the last page
    of a table carries at least `min_last` rows. A row taller than a page still gets a page
    of its own rather than looping forever.
    """
    runs: list[range] = []
    start, space, first = 0, first_space - header, True
    total = len(heights)
    if total == 0:
        return [range(0, 0)]
    while start < total:
        stop, used = start, 0.0
        while stop < total and used + heights[stop] <= space:
            used += heights[stop]
            stop += 1
        if first and stop - start < min(min_first, total - start):
            runs.append(range(start, start))
            first, space = False, page_space - header
            continue
        if stop == start:
            stop = start + 1  # taller than a page: it overflows, but the document ends
        runs.append(range(start, stop))
        start, first, space = stop, False, page_space - header
    # No orphan: a page never carries a single last row of a table. The run before it
    # gives up rows (it keeps at least two), which always fit on the mostly empty page.
    if len(runs) >= 2 and 0 < len(runs[-1]) < min_last:
        before, last = runs[-2], runs[-1]
        moved = min(min_last - len(last), len(before) - min_last)
        if moved > 0:
            runs[-2] = range(before.start, before.stop - moved)
            runs[-1] = range(last.start - moved, last.stop)
    return runs


Measure = Callable[[str], float]


def _fit_prefix(measure: Measure, text: str, width: float) -> int:
    """Length of the longest prefix of `text` no wider than `width` (at least 1)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def ellipsize(measure: Measure, text: str, width: float, force: bool = False) -> str:
    """`text` cut with "…" to fit `width`; `force` adds the "…" even if it fits."""
    if not force and measure(text) <= width:
        return text
    if measure("…") > width:
        return ""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + "…") <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def wrap_text(measure: Measure, text: str, width: float, max_lines: int) -> list[str]:
    """Words into at most `max_lines` lines of `width`; a word longer than a line is broken,
    and text that does not fit ends in "…"."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while measure(word) > width and len(word) > 1:
            cut = _fit_prefix(measure, word, width)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], ellipsize(measure, lines[max_lines - 1], width, True)]
    return lines or [""]


def nice_scale(maximum: float, integers: bool = True, ticks: int = 5) -> tuple[float, float]:
    """(axis top, step) with a 1-2-2.5-5 step, so gridlines fall on round numbers."""
    if not math.isfinite(maximum) or maximum <= 0:
        return 1.0, 1.0 if integers else 0.2
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude * 10
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude * ticks >= maximum:
            step = factor * magnitude
            break
    if integers:
        step = max(1.0, float(math.ceil(step)))
    return math.ceil(maximum / step - 1e-9) * step, step


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
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

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
        self._glyphs = {style: set(pdf.fonts[FAMILY.lower() + style].cmap) for style in ("", "B")}
        self.y = MARGIN

    # text primitives -------------------------------------------------------------------

    def clean(self, text: str, style: str = "") -> str:
        """Leave out what Noto Sans cannot draw (emoji): words, not empty boxes."""
        glyphs = self._glyphs[style]
        kept = "".join(ch for ch in str(text) if ord(ch) in glyphs or ch in "\n\t")
        return "\n".join(" ".join(line.split()) for line in kept.split("\n"))

    def measure(self, style: str, size: float) -> Measure:
        font = self.pdf.fonts[FAMILY.lower() + style]
        widths = font.cw
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
            for index, (label, value, size, change, trend, note) in enumerate(laid):
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
                for number, line in enumerate(change):
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
            wrap_text(self.measure("", 9), self.clean(section.note), CONTENT_W, 4)
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
            cells = max((bold_m(t[c]) for t in texts), default=0.0)
            header_word = max((bold_m(w) for w in headers[c].split()), default=0.0)
            if kind == "text":
                natural.append(max(cells, bold_m(headers[c])) + pad)
                words = max((body_m(w) for t in texts for w in t[c].split()), default=0.0)
                minimum.append(min(max(words, header_word) + pad, 28.0))
            else:  # numbers and dates stay on one line; their header may wrap
                minimum.append(min(max(cells, header_word) + pad, 45.0))
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
