"""Numbers, percentages and dates written the Indonesian way, for both writers."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from medsos_desktop.render.report.model import DEFAULT_LABELS, Cell, _finite, _is_number

# --- numbers in Indonesian style ------------------------------------------------------


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
