"""The TrueType fonts a PDF (report, approval sheet) embeds, as fpdf2 keeps them."""

from __future__ import annotations

from fpdf import FPDF
from fpdf.fonts import TTFFont


def embedded_font(pdf: FPDF, key: str) -> TTFFont:
    """The font added under `key` from a TrueType file, with its glyph map and widths.

    fpdf2 types its fonts as a built-in PDF font or an embedded one; ours are always
    embedded (`add_font`), and only those have a character map."""
    font = pdf.fonts[key]
    if not isinstance(font, TTFFont):
        raise TypeError(f"the font {key!r} is not embedded from a TrueType file")
    return font
