"""Monthly reports for heads of office: a small document model and two writers.

The services layer gathers the month's figures into a `Report` whose every visible word
is already translated; `write_xlsx` makes a workbook for the admin who keeps working with
the numbers (real numbers, filters, native charts) and `write_pdf` an A4 document for the
head of office who reads or prints it (embedded Noto Sans, vector charts, no matplotlib).

Both writers are deterministic for the same input and write atomically: the target is
either the previous file or the complete new one, never a half-written report.
"""

from __future__ import annotations

from medsos_desktop.render.report.files import (
    MSG_DENIED,
    MSG_FAILED,
    MSG_NO_FOLDER,
    MSG_NO_SPACE,
    ReportWriteError,
)
from medsos_desktop.render.report.model import (
    DEFAULT_LABELS,
    KINDS,
    BarChart,
    Cell,
    Figure,
    Letterhead,
    Report,
    Section,
    Series,
    Signature,
    Table,
    TextBlock,
)
from medsos_desktop.render.report.numbers import (
    format_cell,
    format_int_id,
    format_number_id,
    format_percent_id,
)
from medsos_desktop.render.report.pdf import (
    PAGE_SPACE,
    TablePlan,
    brand_accent,
    pdf_bytes,
    plan_table,
    write_pdf,
)
from medsos_desktop.render.report.pdf_layout import ellipsize, nice_scale, paginate_rows, wrap_text
from medsos_desktop.render.report.xlsx import sheet_names, write_xlsx, xlsx_bytes

__all__ = [
    "DEFAULT_LABELS",
    "KINDS",
    "MSG_DENIED",
    "MSG_FAILED",
    "MSG_NO_FOLDER",
    "MSG_NO_SPACE",
    "PAGE_SPACE",
    "BarChart",
    "Cell",
    "Figure",
    "Letterhead",
    "Report",
    "ReportWriteError",
    "Section",
    "Series",
    "Signature",
    "Table",
    "TablePlan",
    "TextBlock",
    "brand_accent",
    "ellipsize",
    "format_cell",
    "format_int_id",
    "format_number_id",
    "format_percent_id",
    "nice_scale",
    "paginate_rows",
    "pdf_bytes",
    "plan_table",
    "sheet_names",
    "wrap_text",
    "write_pdf",
    "write_xlsx",
    "xlsx_bytes",
]
