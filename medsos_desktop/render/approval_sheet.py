"""The approval sheet: one A4 page showing a post as it will be published — its images,
the caption for each platform and the checklist — for a head of office who does not sit at
the PC (sent by WhatsApp as PNG, or printed from the PDF)."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from medsos_desktop.domain.brand import BrandKit
from medsos_desktop.render.fonts import FontRegistry, missing_glyphs

A4_150DPI = (1240, 1754)
MARGIN = 72
INK = (23, 32, 42)
MUTED = (96, 106, 118)
RULE = (214, 219, 225)


@dataclass(frozen=True)
class SheetContent:
    """Everything on the sheet, already in the user's language."""

    agency: str
    government: str
    title: str
    subtitle: str  # category, platforms, planned time, revision
    captions: Sequence[tuple[str, str]]  # (platform label, final caption)
    checklist: Sequence[str]
    labels: Mapping[str, str]  # "captions", "checklist", "decision", "approve", "back",
    #                            "signature", "date", "footer"
    media: Sequence[str] = ()  # blob sha256 of the images, in order


def _drawable(text: str, font: ImageFont.FreeTypeFont) -> str:
    """Leave out what the font cannot draw (emoji): a review sheet shows words, not boxes."""
    missing = missing_glyphs(text, font)
    return "".join(ch for ch in text if ch not in missing) if missing else text


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in _drawable(text, font).splitlines() or [""]:
        if not paragraph.strip():
            continue
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if font.getlength(candidate) <= width or not current:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines


def render_sheet(
    content: SheetContent, brand: BrandKit, load_blob: Callable[[str], bytes | None]
) -> Image.Image:
    """Draw the page. Long captions are cut with "…" so the page stays one page."""
    fonts = FontRegistry(load_blob)
    heading = fonts.font(brand.heading_font, 44)
    strong = fonts.font(brand.heading_font, 28)
    body = fonts.font(brand.body_font, 24)
    small = fonts.font(brand.body_font, 20)
    page = Image.new("RGB", A4_150DPI, "white")
    draw = ImageDraw.Draw(page)
    width = A4_150DPI[0] - 2 * MARGIN
    primary = brand.palette.primary

    draw.rectangle((0, 0, A4_150DPI[0], 150), fill=primary)
    x = MARGIN
    if brand.logo_agency:
        data = load_blob(brand.logo_agency)
        if data:
            with Image.open(io.BytesIO(data)) as logo:
                logo = logo.convert("RGBA")
                logo.thumbnail((100, 100))
                page.paste(logo, (x, 25), logo)
                x += 120
    draw.text((x, 38), content.government, font=small, fill="white")
    draw.text((x, 66), content.agency, font=strong, fill="white")

    y = 190
    for line in _wrap(content.title, heading, width)[:3]:
        draw.text((MARGIN, y), line, font=heading, fill=INK)
        y += 56
    draw.text((MARGIN, y + 4), content.subtitle, font=small, fill=MUTED)
    y += 50

    thumbs = [load_blob(sha) for sha in content.media[:4]]
    thumbs_x = MARGIN
    for data in thumbs:
        if not data:
            continue
        with Image.open(io.BytesIO(data)) as image:
            image = image.convert("RGB")
            image.thumbnail((260, 260))
            page.paste(image, (thumbs_x, y))
            draw.rectangle((thumbs_x, y, thumbs_x + image.width, y + image.height), outline=RULE)
            thumbs_x += image.width + 16
    if thumbs_x > MARGIN:
        y += 280

    draw.text((MARGIN, y), content.labels["captions"], font=strong, fill=primary)
    y += 44
    caption_bottom = A4_150DPI[1] - 660
    # Lines each caption may use so that all of them fit above the checklist.
    share = (caption_bottom - y) // max(1, len(content.captions))
    per_caption = max(1, (share - 50) // 30)
    for label, caption in content.captions:
        if y > caption_bottom:
            break
        draw.text((MARGIN, y), label, font=strong, fill=INK)
        y += 36
        lines = _wrap(caption, body, width)
        if len(lines) > per_caption:
            lines = [*lines[: per_caption - 1], lines[per_caption - 1] + " …"]
        for line in lines:
            if y + 30 > caption_bottom:
                break
            draw.text((MARGIN, y), line, font=body, fill=INK)
            y += 30
        y += 14

    y = A4_150DPI[1] - 620
    draw.line((MARGIN, y, A4_150DPI[0] - MARGIN, y), fill=RULE, width=2)
    y += 20
    draw.text((MARGIN, y), content.labels["checklist"], font=strong, fill=primary)
    y += 44
    for item in content.checklist:
        draw.rectangle((MARGIN, y + 2, MARGIN + 24, y + 26), outline=INK, width=2)
        draw.text((MARGIN + 40, y), item, font=body, fill=INK)
        y += 36
    y += 16
    draw.text((MARGIN, y), content.labels["decision"], font=strong, fill=primary)
    y += 44
    for key in ("approve", "back"):
        draw.rectangle((MARGIN, y + 2, MARGIN + 24, y + 26), outline=INK, width=2)
        draw.text((MARGIN + 40, y), content.labels[key], font=body, fill=INK)
        y += 36
    y += 30
    half = width // 2
    for offset, key in ((0, "signature"), (half + 20, "date")):
        draw.line((MARGIN + offset, y + 40, MARGIN + offset + half - 40, y + 40), fill=INK)
        draw.text((MARGIN + offset, y + 48), content.labels[key], font=small, fill=MUTED)
    draw.text((MARGIN, y + 100), content.labels["footer"], font=small, fill=MUTED)
    return page


def sheet_files(page: Image.Image) -> tuple[bytes, bytes]:
    """PNG for WhatsApp and a one-page PDF (A4 at 150 dpi) for printing; no metadata."""
    png, pdf = io.BytesIO(), io.BytesIO()
    page.save(png, "PNG", optimize=True)
    page.save(pdf, "PDF", resolution=150.0)
    return png.getvalue(), pdf.getvalue()
