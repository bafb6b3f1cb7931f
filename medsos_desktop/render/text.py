"""Text flow and drawing: fitting a text to its box (growing into free space when a
title does not fit), drawing it through a mask the size of its box so nothing spills
out, colour emoji, and the contrast check with a scrim when the background is busy."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Sequence

from PIL import Image, ImageDraw

from medsos_desktop.domain.brand import BrandKit
from medsos_desktop.render.canvas import Box4, text_role
from medsos_desktop.render.colour import RGB, contrast_ratio, hex_rgb, luminance
from medsos_desktop.render.context import SlideContext, clean_text, role_sizes
from medsos_desktop.render.font_chain import EMOJI, ChainMeasurer, FontChain
from medsos_desktop.render.fonts import EMOJI_SIZE
from medsos_desktop.render.layout import TextFit, fit_text
from medsos_desktop.render.paint import ImageLRU, scrim_mask, shape_mask
from medsos_desktop.render.problems import (
    MSG_CONTRAST,
    MSG_GLYPH,
    MSG_OVERFLOW,
    MSG_TRUNCATED,
    DrawnText,
)
from medsos_desktop.render.spec import TextElement

# Colour emoji by (sequence, size): the emoji font has one size and is drawn reduced.
emoji_images = ImageLRU(256)


def _emoji_image(chain: FontChain, run: str, size: int) -> Image.Image | None:
    key = (run, size)
    hit, image = emoji_images.get(key)
    if hit:
        return image
    font = chain.emoji
    if font is None:
        return None
    ascent, descent = font.getmetrics()
    width = max(1, math.ceil(font.getlength(run)))
    big = Image.new("RGBA", (width, ascent + descent))
    ImageDraw.Draw(big).text((0, ascent), run, font=font, embedded_color=True, anchor="ls")
    scale = size / EMOJI_SIZE
    target = (max(1, round(width * scale)), max(1, round((ascent + descent) * scale)))
    image = big.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    emoji_images.put(key, image)
    return image


class TextLayer:
    """Text for one box: drawn into a mask the size of the box, so nothing can spill out."""

    def __init__(
        self,
        ctx: SlideContext,
        chain: FontChain,
        measurer: ChainMeasurer,
        box: Box4,
        *,
        element: str = "",
        role: str = "body",
        field: str = "",
        label: str = "",
    ) -> None:
        self.ctx, self.chain, self.measurer, self.box = ctx, chain, measurer, box
        self.mask = Image.new("L", (box[2] - box[0], box[3] - box[1]), 0)
        self.draw = ImageDraw.Draw(self.mask)
        self.emoji: list[tuple[Image.Image, int, int]] = []
        self.element, self.role, self.field, self.label = element, role, field, label
        self.drawn_lines: list[str] = []
        self.size = 0

    def lines(
        self,
        lines: Sequence[str],
        size: int,
        ascent: int,
        line_height: int,
        top: int,
        align: str,
        x_offset: int = 0,
    ) -> None:
        """Lay lines out from `top` (canvas pixels); runs switch fonts, emoji go aside."""
        y0 = self.box[1]
        inner = self.mask.width - x_offset
        self.drawn_lines.extend(lines)
        self.size = max(self.size, size)
        for index, line in enumerate(lines):
            baseline = top - y0 + ascent + index * line_height
            line_width = self.measurer.width(line, size)
            if align == "center":
                x = x_offset + (inner - line_width) / 2
            elif align == "right":
                x = x_offset + inner - line_width
            else:
                x = float(x_offset)
            for cls, run in self.chain.runs(line):
                if cls == EMOJI and self.chain.emoji is not None:
                    image = _emoji_image(self.chain, run, size)
                    if image is not None:
                        lifted = round(self.chain.emoji.getmetrics()[0] * size / EMOJI_SIZE)
                        self.emoji.append((image, round(x), baseline - lifted))
                    x += self.measurer.width(run, size)
                else:
                    font = self.chain.font(cls, size)
                    self.draw.text((x, baseline), run, font=font, fill=255, anchor="ls")
                    x += font.getlength(run)

    def fit(self, fit: TextFit, top: int, align: str) -> None:
        self.lines(fit.lines, fit.size, fit.ascent, fit.line_height, top, align)

    def _scrim(self, colour: RGB, bbox: Box4, needed: float) -> float:
        """Darken (or lighten, for dark text) the pixels under the text through a soft
        scrim, a little more each time, until the text reads; returns the contrast."""
        x0, y0 = self.box[0], self.box[1]
        size = self.size or 16
        soft = max(2, round(size * 0.8))
        ax0, ay0, ax1, ay1 = self.ctx.area  # never into a platform's safe zone
        left, top = max(ax0, x0 + bbox[0] - soft * 2), max(ay0, y0 + bbox[1] - soft * 2)
        right, bottom = min(ax1, x0 + bbox[2] + soft * 2), min(ay1, y0 + bbox[3] + soft * 2)
        if right - left < 2 * soft + 2 or bottom - top < 2 * soft + 2:
            return 1.0
        shade = (0, 0, 0) if luminance(colour) > 0.4 else (255, 255, 255)
        feather = scrim_mask((right - left, bottom - top), soft)
        original = self.ctx.canvas.crop((left, top, right, bottom))
        ratio = 1.0
        for strength in (0.25, 0.4, 0.55, 0.7, 0.85):
            self.ctx.canvas.paste(original, (left, top))
            level = feather.point(lambda v, k=strength: round(v * k))
            self.ctx.canvas.paste(shade, (left, top, right, bottom), level)
            dark, light = _background_extremes(self.ctx.canvas, self.box, self.mask)
            ratio = min(contrast_ratio(colour, dark), contrast_ratio(colour, light))
            if ratio >= needed:
                return ratio
        self.ctx.canvas.paste(original, (left, top))
        return ratio

    def flush(self, colour: RGB) -> None:
        """Paint the text in `colour`, then composite colour emoji, both clipped to the box.

        The contrast is measured against the pixels under the glyphs; a colour that falls
        short (yellow on green, white on a bright sky) gives way to the most readable of
        the brand's text colours, white and near-black, and if none suffices the render
        reports it."""
        x0, y0, x1, y1 = self.box
        needed = 3.0 if self.size >= self.ctx.scale.large or self.role == "title" else 4.5
        bbox = self.mask.getbbox()
        ratio = 21.0
        if bbox is not None and self.role != "ornament":
            dark, light = _background_extremes(self.ctx.canvas, self.box, self.mask)
            ratio = min(contrast_ratio(colour, dark), contrast_ratio(colour, light))
            if ratio < needed and contrast_ratio(dark, light) > 1.5:
                # A busy background (a photo): a soft scrim under the text keeps its colour.
                ratio = self._scrim(colour, bbox, needed)
            if ratio < needed:
                candidates = [
                    hex_rgb(self.ctx.palette.text),
                    hex_rgb(self.ctx.palette.background),
                    (255, 255, 255),
                    (17, 17, 17),
                ]
                dark, light = _background_extremes(self.ctx.canvas, self.box, self.mask)
                scored = [
                    (min(contrast_ratio(c, dark), contrast_ratio(c, light)), c) for c in candidates
                ]
                best_ratio, best = max(scored)
                if best_ratio > ratio:
                    colour, ratio = best, best_ratio
                if ratio < needed:
                    ratio = self._scrim(colour, bbox, needed)
                if ratio < needed:
                    self.ctx.problem(
                        "contrast.low",
                        MSG_CONTRAST,
                        self.element,
                        label=self.label or self.element,
                        field=self.field,
                        ratio=f"{ratio:.1f}",
                        needed=f"{needed:.1f}",
                    )
        if bbox is not None:
            self.ctx.texts.append(
                DrawnText(
                    self.element,
                    self.role,
                    self.field,
                    tuple(self.drawn_lines),
                    self.size,
                    (x0 + bbox[0], y0 + bbox[1], x0 + bbox[2], y0 + bbox[3]),
                    colour,
                    round(ratio, 2),
                    needed,
                    self.box,
                )
            )
        self.ctx.canvas.paste(colour, self.box, self.mask)
        width, height = x1 - x0, y1 - y0
        for image, ex, ey in self.emoji:
            left, upper = max(0, -ex), max(0, -ey)
            right, lower = min(image.width, width - ex), min(image.height, height - ey)
            if right > left and lower > upper:
                piece = image.crop((left, upper, right, lower))
                self.ctx.canvas.paste(piece, (x0 + ex + left, y0 + ey + upper), piece)


def _background_extremes(canvas: Image.Image, box: Box4, mask: Image.Image) -> tuple[RGB, RGB]:
    """The darkest and lightest tenth of the pixels under the glyphs of `mask` (per
    channel): a flat background gives its colour twice, a photo its spread."""
    crop = canvas.crop(box)
    under = mask.point(lambda v: 255 if v > 96 else 0)
    histogram = crop.histogram(under)
    dark, light = [], []
    for channel in range(3):
        counts = histogram[channel * 256 : channel * 256 + 256]
        total = sum(counts)
        if not total:
            return (0, 0, 0), (255, 255, 255)
        low_at, high_at = total * 0.1, total * 0.9
        seen, low, high = 0, 0, 255
        for level, count in enumerate(counts):
            if seen < low_at <= seen + count:
                low = level
            if seen < high_at <= seen + count:
                high = level
            seen += count
        dark.append(low)
        light.append(high)
    return (dark[0], dark[1], dark[2]), (light[0], light[1], light[2])


def prepare_text(ctx: SlideContext, text: str, chain: FontChain, element: str, label: str) -> str:
    missing = chain.missing(text)
    if missing:
        shown = " ".join(sorted(missing)[:12])
        ctx.problem(
            "glyph.missing",
            MSG_GLYPH,
            element,
            label=label,
            chars=shown,
            codepoints=", ".join(f"U+{ord(c):04X}" for c in sorted(missing)),
        )
        text = "".join(ch for ch in text if ch not in missing)
    return text


def _brand_text(text: str, brand: BrandKit) -> str:
    return (
        text.replace("{agency_name}", brand.agency_name)
        .replace("{parent_government}", brand.parent_government)
        .replace("{footer}", brand.footer_line())
    )


def vertical_top(valign: str, box_top: int, box_height: int, block: int) -> int:
    if valign == "middle":
        return box_top + (box_height - block) // 2
    if valign == "bottom":
        return box_top + box_height - block
    return box_top


# Literal text may quote a field: "[{field:hoax_label}]".
_FIELD_PLACEHOLDER = re.compile(r"\{field:([a-z][a-z0-9_]{0,39})\}")


def draw_text(ctx: SlideContext, el: TextElement, name: str) -> None:
    if el.rotate:
        _draw_rotated_text(ctx, el, name)
        return
    box = ctx.flow_box(el)
    if el.id:
        ctx.drawn[el.id] = box[1]  # until something is drawn: followers may move up to here
    raw = ctx.text_value(el.field) if el.field else _brand_text(el.text or "", ctx.brand)
    if not el.field and "{field:" in raw:
        raw = _FIELD_PLACEHOLDER.sub(lambda m: ctx.text_value(m.group(1)).strip(), raw)
    raw = clean_text(raw).strip()
    if el.uppercase:
        raw = raw.upper()
    if not raw:
        return
    label = ctx.label(el.field, name)
    chain = ctx.chain(el.font, name)
    text = prepare_text(ctx, raw, chain, name, label)
    pad = round(el.padding * ctx.unit) if el.background else 0
    inner = (box[0] + pad, box[1] + pad, box[2] - pad, box[3] - pad)
    if inner[2] - inner[0] < 2 or inner[3] - inner[1] < 2:
        ctx.problem("text.truncated", MSG_TRUNCATED, name, label=label, field=el.field or "")
        return
    measurer = chain.measurer
    role = text_role(el)
    max_px, min_px = role_sizes(ctx, role, el.max_size, el.min_size)
    max_lines = max(el.max_lines, 4) if role == "title" else el.max_lines
    if role in ("body", "lead"):
        max_lines = max(max_lines, 12)  # a line limit never cuts a text the box can hold

    def fit_in(height: int, ellipsis: bool) -> TextFit:
        return fit_text(
            text,
            inner[2] - inner[0],
            height,
            measurer,
            max_size=max_px,
            min_size=min_px,
            max_lines=max_lines,
            line_spacing=el.line_spacing,
            ellipsis=ellipsis,
        )

    keep_whole = role in ("title", "body", "lead") and el.field is not None
    fit = fit_in(inner[3] - inner[1], el.ellipsis and not keep_whole)
    grown = 0
    if fit.truncated and role in ("title", "label", "meta"):
        # Overflow, first step: a title (or a caption that would vanish) takes the free
        # space under its box, and what lies below moves down. Body text keeps its box:
        # it shrinks, then the export is refused.
        room = ctx.grow_room(box, el) - pad
        if room > inner[3]:
            bigger = fit_in(room - inner[1], el.ellipsis and not keep_whole)
            if not bigger.truncated or not fit.lines:
                fit, grown = bigger, max(0, inner[1] + bigger.height - inner[3])
                inner = (inner[0], inner[1], inner[2], inner[1] + bigger.height)
                old_bottom = box[3]
                box = (box[0], box[1], box[2], max(box[3], inner[3] + pad))
                ctx.grew(box, el, old_bottom)
    if fit.truncated and keep_whole:
        ctx.problem("text.overflow", MSG_OVERFLOW, name, label=label, field=el.field or "")
    elif fit.truncated:
        ctx.problem("text.truncated", MSG_TRUNCATED, name, label=label, field=el.field or "")
    if not fit.lines:
        return
    valign = "top" if grown else el.valign
    top = vertical_top(valign, inner[1], inner[3] - inner[1], fit.height)
    if el.background:
        text_width = math.ceil(max(measurer.width(line, fit.size) for line in fit.lines))
        bw, bh = min(text_width + 2 * pad, box[2] - box[0]), fit.height + 2 * pad
        if el.align == "center":
            bx = box[0] + (box[2] - box[0] - bw) // 2
        elif el.align == "right":
            bx = box[2] - bw
        else:
            bx = box[0]
        by = top - pad
        radius = round(el.radius * ctx.unit)
        ctx.canvas.paste(ctx.colour(el.background), (bx, by), shape_mask(bw, bh, "rect", radius))
    layer = TextLayer(
        ctx, chain, measurer, inner, element=name, role=role, field=el.field or "", label=label
    )
    layer.fit(fit, top, el.align)
    layer.flush(ctx.colour(el.color))
    if el.id:
        ctx.drawn[el.id] = top + fit.height + pad
    ctx.bottoms[id(el)] = top + fit.height + pad


def _draw_rotated_text(ctx: SlideContext, el: TextElement, name: str) -> None:
    """Lay the text out straight on a clear layer, then turn it about its box's centre and
    lay it over the canvas (a stamp). It counts as decoration: no contrast is measured."""
    canvas = ctx.canvas
    layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    straight = dataclasses.replace(el, rotate=0.0, role="ornament", layouts={})
    ctx.canvas = layer
    try:
        draw_text(ctx, straight, name)
    finally:
        ctx.canvas = canvas
    bbox = layer.getbbox()
    if bbox is None:
        return
    x0, y0, x1, y1 = ctx.flow_box(el)
    centre = ((x0 + x1) / 2, (y0 + y1) / 2)
    turned = layer.rotate(el.rotate, resample=Image.Resampling.BICUBIC, center=centre)
    canvas.paste(turned, (0, 0), turned)
