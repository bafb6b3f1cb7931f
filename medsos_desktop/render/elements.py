"""Drawing one element of a slide: the dispatch by element type, shapes, and QR codes
(square modules large enough for a phone at the exported size)."""

from __future__ import annotations

import segno
from PIL import Image

from medsos_desktop.render.blocks import draw_footer, draw_list, draw_stat
from medsos_desktop.render.context import SlideContext, clean_text
from medsos_desktop.render.paint import paint_shape
from medsos_desktop.render.photos import (
    contain_position,
    draw_background,
    draw_image,
    draw_logo,
    draw_watermark,
)
from medsos_desktop.render.problems import MSG_QR, MSG_QR_DENSE
from medsos_desktop.render.spec import (
    BackgroundElement,
    Element,
    FooterElement,
    ImageElement,
    ListElement,
    LogoElement,
    QrElement,
    ShapeElement,
    StatElement,
    TextElement,
    WatermarkElement,
)
from medsos_desktop.render.text import draw_text

MAX_QR_CHARS = 600

QR_MIN_MODULE_PX = 6


def _draw_shape(ctx: SlideContext, el: ShapeElement) -> None:
    paint_shape(ctx.canvas, el, ctx.element_box(el), ctx.unit, ctx.colour)


def _draw_qr(ctx: SlideContext, el: QrElement, name: str) -> None:
    value = clean_text(ctx.text_value(el.field)).strip()
    if not value:
        return
    label = ctx.label(el.field, name)
    box = ctx.box(el.box)
    side = min(box[2] - box[0], box[3] - box[1])
    qr = None
    if len(value) <= MAX_QR_CHARS:
        # Medium error correction where the box has room for 6 px a module at the
        # exported size, else low: fewer, larger modules a phone can still read.
        for level in ("m", "l"):
            try:
                qr = segno.make(value, error=level, micro=False, boost_error=False)
            except (ValueError, segno.DataOverflowError):
                qr = None
                continue
            width = qr.symbol_size(scale=1, border=el.quiet_zone)[0]
            if side * ctx.export_scale // width >= QR_MIN_MODULE_PX:
                break
    if qr is None:
        ctx.problem("qr.too_long", MSG_QR, name, label=label, field=el.field, length=len(value))
        return
    rows = [
        bytes(255 if v else 0 for v in row) for row in qr.matrix_iter(scale=1, border=el.quiet_zone)
    ]
    modules = len(rows)
    scale = max(1, side // modules)
    exported = int(side * ctx.export_scale // modules)
    if exported < QR_MIN_MODULE_PX:
        ctx.problem(
            "qr.dense",
            MSG_QR_DENSE,
            name,
            label=label,
            field=el.field,
            pixels=exported,
            minimum=QR_MIN_MODULE_PX,
        )
    dark = Image.frombytes("L", (modules, modules), b"".join(rows))
    dark = dark.resize((modules * scale, modules * scale), Image.Resampling.NEAREST)
    x, y = contain_position(box, dark.size, el.align, "middle")
    ctx.canvas.paste(ctx.colour(el.background), (x, y, x + dark.width, y + dark.height))
    ctx.canvas.paste(ctx.colour(el.color), (x, y, x + dark.width, y + dark.height), dark)


def bound_fields(element: Element) -> list[str]:
    names = []
    for attr in ("field", "label_field", "image_field"):
        value = getattr(element, attr, None)
        if isinstance(value, str):
            names.append(value)
    return names


def element_name(element: Element, index: int) -> str:
    return element.id or f"{element.type}{index}"


def draw_element(ctx: SlideContext, element: Element, name: str) -> None:
    if isinstance(element, BackgroundElement):
        draw_background(ctx, element, name)
    elif isinstance(element, ShapeElement):
        _draw_shape(ctx, element)
    elif isinstance(element, TextElement):
        draw_text(ctx, element, name)
    elif isinstance(element, ImageElement):
        draw_image(ctx, element, name)
    elif isinstance(element, LogoElement):
        draw_logo(ctx, element, name)
    elif isinstance(element, ListElement):
        draw_list(ctx, element, name)
    elif isinstance(element, StatElement):
        draw_stat(ctx, element, name)
    elif isinstance(element, QrElement):
        _draw_qr(ctx, element, name)
    elif isinstance(element, FooterElement):
        draw_footer(ctx, element, name)
    elif isinstance(element, WatermarkElement):
        draw_watermark(ctx, element, name)
    else:  # pragma: no cover - every parsed type is handled above
        raise TypeError(type(element).__name__)
