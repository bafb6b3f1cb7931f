"""The report as a document model: what the services fill and both writers read."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeGuard

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


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _finite(value: object) -> TypeGuard[int | float]:
    return _is_number(value) and math.isfinite(value)


# Chart colours, the same in the workbook and the PDF.
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
