"""Rendering a template spec to an RGB image, in an agency's brand, at any size.

Rendering never raises for anything a user can produce — missing blobs, empty or
huge fields, emoji, scripts the fonts lack, a hostile but valid template: each is
drawn as well as possible and reported as a `RenderProblem`. Every text is drawn
through a mask the size of its box, so no text can ever spill outside its box.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import math
import warnings
from collections.abc import Mapping, Sequence

import segno
from PIL import Image, ImageDraw, UnidentifiedImageError

from medsos_desktop.domain.brand import DEFAULT_BODY_FONT, DEFAULT_HEADING_FONT, BrandKit
from medsos_desktop.render import focus
from medsos_desktop.render.blocks import _draw_footer, _draw_list, _draw_stat
from medsos_desktop.render.canvas import (
    MAX_SIDE,
    MIN_SIDE,
    SIZE_LABELS,
    SIZES,
    Box4,
    TypeScale,
    aspect_class,
    layout_area,
    text_role,
    type_scale,
)
from medsos_desktop.render.colour import RGB, _hex, _safe_palette, contrast_ratio, resolve_colour
from medsos_desktop.render.context import _clean_text, _Ctx, _field_values, _is_empty, role_sizes
from medsos_desktop.render.font_chain import (
    EMOJI,
    FALLBACK,
    MISSING,
    PRIMARY,
    SKIP,
    ChainMeasurer,
    FontChain,
    _shared_chain,
)
from medsos_desktop.render.fonts import FontError, FontRegistry, LoadBlob, default_registry
from medsos_desktop.render.layout import fit_list
from medsos_desktop.render.paint import (
    _LRU,
    _fill,
    _paste_rgba,
    _scaled_mask,
    _shape_mask,
    _vertical_alpha,
    paint_shape,
)
from medsos_desktop.render.problems import (
    BLOCKING_PROBLEMS,
    IMAGE_ENLARGED,
    IMAGE_MISSING,
    IMAGE_UNREADABLE,
    MSG_CONTRAST,
    MSG_ENLARGED,
    MSG_FONT,
    MSG_FOOTER_TRUNCATED,
    MSG_GLYPH,
    MSG_IMAGE,
    MSG_IMAGE_UNREADABLE,
    MSG_OVERFLOW,
    MSG_QR,
    MSG_QR_DENSE,
    MSG_REQUIRED,
    MSG_TRUNCATED,
    DrawnText,
    RenderProblem,
    RenderResult,
)
from medsos_desktop.render.spec import (
    BackgroundElement,
    Box,
    Element,
    FieldSpec,
    FooterElement,
    ImageElement,
    ListElement,
    LogoElement,
    QrElement,
    ShapeElement,
    StatElement,
    TemplateSpec,
    TextElement,
    WatermarkElement,
)
from medsos_desktop.render.text import _draw_text, _emoji_images

log = logging.getLogger(__name__)

MAX_QR_CHARS = 600
MAX_BLOB_PIXELS = 80_000_000

# Points of a list on one slide before the rest moves to continuation slides.
LIST_ITEMS_PER_SLIDE = 5
LIST_ITEMS_ONE_SLIDE = 6

# Resized photos and logos by (sha256, geometry): a live preview re-renders the same
# photo on every keystroke. Blobs are content-addressed, so a key never goes stale.
_fitted_images = _LRU(24)


def clear_caches() -> None:
    """Forget resized images (tests and benchmarks measure cold renders with this)."""
    _fitted_images.clear()
    _emoji_images.clear()
    _shape_mask.cache_clear()
    _vertical_alpha.cache_clear()


def _draw_shape(ctx: _Ctx, el: ShapeElement) -> None:
    paint_shape(ctx.canvas, el, ctx.element_box(el), ctx.unit, ctx.colour)


def _draw_background(ctx: _Ctx, el: BackgroundElement, name: str) -> None:
    size = ctx.canvas.size
    gradient_to = ctx.colour(el.gradient_to) if el.gradient_to else None
    _fill(ctx.canvas, (0, 0, *size), ctx.colour(el.color), gradient_to, el.angle, None)
    if el.image_field:
        sha = ctx.text_value(el.image_field).strip()
        if sha:
            label = ctx.label(el.image_field, name)
            photo = _fitted_or_report(
                ctx, sha, size, "cover", el.focal, name, label=label, field=el.image_field
            )
            if photo is not None:
                _paste_rgba(ctx.canvas, photo, (0, 0))
    if el.overlay and el.overlay_opacity > 0:
        level = round(el.overlay_opacity * 255)
        ctx.canvas.paste(ctx.colour(el.overlay), (0, 0, *size), Image.new("L", size, level))


class _Unreadable(Exception):
    """A blob was given but cannot be decoded; the message says why, for the log."""


def _open_blob(ctx: _Ctx, sha: str) -> Image.Image | None:
    """The blob opened lazily; None when there is no such blob, _Unreadable when it is bad."""
    try:
        data = ctx.load_blob(sha)
    except (OSError, ValueError, KeyError, LookupError) as exc:
        raise _Unreadable(f"loading failed: {exc!r}") from exc
    if not data:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except (
            UnidentifiedImageError,
            OSError,
            ValueError,
            SyntaxError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ) as exc:
            raise _Unreadable(f"not a readable image: {exc!r}") from exc
    if image.width * image.height > MAX_BLOB_PIXELS:
        raise _Unreadable(f"{image.width}x{image.height} pixels is too large")
    return image


def _fitted_blob(
    ctx: _Ctx,
    sha: str,
    size: tuple[int, int],
    fit: str,
    focal: tuple[float, float],
    framing: focus.Framing | None = None,
) -> Image.Image | str:
    """The blob decoded once and resized once to its slot: cropped (cover) or fitted
    (contain); else the problem code (IMAGE_MISSING or IMAGE_UNREADABLE)."""
    key = (sha, size, fit, focal, framing)
    hit, cached = _fitted_images.get(key)
    if hit and cached is not None:
        return cached
    # Only images are cached: a failure may be passing (a share out of reach).
    try:
        image = _decode_fitted(ctx, sha, size, fit, focal, framing)
    except _Unreadable as exc:
        log.warning("image %s cannot be drawn: %s", sha[:12], exc)
        return IMAGE_UNREADABLE
    if image is None:
        return IMAGE_MISSING  # not cached: the blob may arrive with the next sync
    _fitted_images.put(key, image)
    return image


def _fitted_or_report(
    ctx: _Ctx,
    sha: str,
    size: tuple[int, int],
    fit: str,
    focal: tuple[float, float],
    name: str,
    *,
    label: str,
    field: str,
    framing: focus.Framing | None = None,
) -> Image.Image | None:
    """`_fitted_blob`, with its problem reported: a given photo never vanishes unexplained."""
    result = _fitted_blob(ctx, sha, size, fit, focal, framing)
    if isinstance(result, Image.Image):
        return result
    message = MSG_IMAGE if result == IMAGE_MISSING else MSG_IMAGE_UNREADABLE
    ctx.problem(result, message, name, label=label, field=field)
    return None


def cover_box(
    source: tuple[int, int], target: tuple[int, int], focal: tuple[float, float]
) -> tuple[float, float, float, float]:
    """The part of a `source`-sized image that fills `target` (same aspect), around `focal`.

    Always inside the image, whatever the rounding: Pillow refuses a box that passes
    the edge by even a fraction of a pixel. (`focus.crop_box` also places faces.)
    """
    return focus.crop_box(source, target, default=focal)


# A photo drawn more than this many times its own size looks soft: the admin is told.
MAX_ENLARGEMENT = 1.5

QR_MIN_MODULE_PX = 6

# Pillow's `info` of a fitted photo: how many times its original size it is drawn.
_ENLARGEMENT_INFO = "medsos_enlargement"


def _decode_fitted(
    ctx: _Ctx,
    sha: str,
    size: tuple[int, int],
    fit: str,
    focal: tuple[float, float],
    framing: focus.Framing | None = None,
) -> Image.Image | None:
    image = _open_blob(ctx, sha)
    if image is None:
        return None
    tw, th = size
    sw, sh = image.size
    if sw <= 0 or sh <= 0:
        raise _Unreadable("empty image")
    scale = max(tw / sw, th / sh) if fit == "cover" else min(tw / sw, th / sh)
    try:
        if image.format == "JPEG":  # decode at a reduced scale where the JPEG allows it
            image.draft("RGB", (math.ceil(sw * scale), math.ceil(sh * scale)))
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "A" in image.getbands() or image.mode == "P" else "RGB")
    except (
        OSError,
        ValueError,
        SyntaxError,
        EOFError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as exc:
        raise _Unreadable(f"decoding failed: {exc!r}") from exc
    if fit == "cover":
        # draft() may have decoded at 1/2, 1/4 or 1/8: the box is taken in the decoded
        # image's own pixels, so the geometry holds at any reduction.
        if framing is None:
            box = cover_box(image.size, size, focal)
        else:
            # Faces are found once per photo (cached by sha), as fractions of the photo:
            # the same crop at any draft reduction and at any size.
            faces = (
                ()
                if framing.point is not None
                else focus.faces_in_blob(sha, lambda: ctx.load_blob(sha))
            )
            box = focus.crop_box(
                image.size,
                size,
                focus=framing.point,
                faces=faces,
                default=focal,
                band_top=framing.band_top,
                band_bottom=framing.band_bottom,
            )
        fitted = image.resize((tw, th), Image.Resampling.BICUBIC, box=box, reducing_gap=2.0)
    else:
        target = (max(1, round(sw * scale)), max(1, round(sh * scale)))
        fitted = image.resize(target, Image.Resampling.BICUBIC, reducing_gap=2.0)
    fitted.info[_ENLARGEMENT_INFO] = scale
    return fitted


def _placeholder(ctx: _Ctx, box: tuple[int, int, int, int], colour: RGB, mask: Image.Image | None):
    """A neutral photo placeholder: a flat tone with a simple mountain-and-sun pictogram."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    tile = Image.new("RGB", (w, h), colour)
    draw = ImageDraw.Draw(tile)
    darker = tuple(max(0, c - 38) for c in colour)
    s = min(w, h) / 5
    cx, cy = w / 2, h / 2
    draw.polygon(
        [(cx - 1.2 * s, cy + 0.7 * s), (cx - 0.3 * s, cy - 0.4 * s), (cx + 0.4 * s, cy + 0.7 * s)],
        fill=darker,
    )
    draw.polygon(
        [(cx, cy + 0.7 * s), (cx + 0.6 * s, cy), (cx + 1.2 * s, cy + 0.7 * s)], fill=darker
    )
    draw.ellipse((cx + 0.5 * s, cy - 0.8 * s, cx + 0.9 * s, cy - 0.4 * s), fill=darker)
    ctx.canvas.paste(tile, (x0, y0), mask)


def _draw_image(ctx: _Ctx, el: ImageElement, name: str) -> None:
    box = ctx.element_box(el)
    size = (box[2] - box[0], box[3] - box[1])
    radius = round(el.radius * ctx.unit)
    mask = None
    if el.shape == "ellipse" or radius > 0:
        mask = _shape_mask(size[0], size[1], el.shape, radius)
    sha, point = focus.split_photo_value(ctx.text_value(el.field))
    label = ctx.label(el.field, name)
    spec_field = ctx.spec.field(el.field) if el.field else None
    if sha:
        framing = focus.Framing(point, *_platform_bands(ctx, box))
        photo = _fitted_or_report(
            ctx, sha, size, el.fit, el.focal, name, label=label, field=el.field, framing=framing
        )
        if photo is not None:
            _report_enlargement(ctx, photo, size, name, label=label, field=el.field)
    else:
        photo = None
        if spec_field is None or spec_field.required:
            ctx.problem(IMAGE_MISSING, MSG_IMAGE, name, label=label, field=el.field)
    if photo is None and not sha and spec_field is not None and not spec_field.required:
        # An optional photo left empty: a brand-colour panel, a design of its own.
        _brand_panel(ctx, box, mask)
    elif photo is None:
        _placeholder(ctx, box, ctx.colour(el.placeholder), mask)
    else:
        if el.grayscale:
            grey = photo.convert("L").convert("RGB")
            if photo.mode == "RGBA":
                grey.putalpha(photo.getchannel("A"))
            photo = grey
        offset = ((size[0] - photo.width) // 2, (size[1] - photo.height) // 2)
        local_mask = mask
        if mask is not None and (photo.size != size):
            local_mask = mask.crop(
                (offset[0], offset[1], offset[0] + photo.width, offset[1] + photo.height)
            )
        _paste_rgba(ctx.canvas, photo, (box[0] + offset[0], box[1] + offset[1]), local_mask)
    if el.overlay and (el.overlay_opacity > 0 or (el.overlay_to_opacity or 0) > 0):
        end = el.overlay_opacity if el.overlay_to_opacity is None else el.overlay_to_opacity
        alpha = _vertical_alpha(size, el.overlay_opacity, end)
        if mask is not None:
            alpha = Image.composite(alpha, Image.new("L", size, 0), mask)
        ctx.canvas.paste(ctx.colour(el.overlay), box, alpha)


def _platform_bands(ctx: _Ctx, box: Box4) -> tuple[float, float]:
    """The shares of a photo slot, at its top and bottom, that lie in the canvas's safe
    zone (the platform's bars): faces are kept out of them."""
    height = max(1, box[3] - box[1])
    top = max(0, min(ctx.area[1], box[3]) - box[1]) / height
    bottom = max(0, box[3] - max(ctx.area[3], box[1])) / height
    return top, bottom


def _report_enlargement(
    ctx: _Ctx, photo: Image.Image, slot: tuple[int, int], name: str, *, label: str, field: str
) -> None:
    """Warn when the photo is drawn more than MAX_ENLARGEMENT times its own size in the
    exported image; say how large a photo would do."""
    factor = float(photo.info.get(_ENLARGEMENT_INFO, 1.0)) * ctx.export_scale
    if factor <= MAX_ENLARGEMENT:
        return
    width = math.ceil(slot[0] * ctx.export_scale / MAX_ENLARGEMENT)
    height = math.ceil(slot[1] * ctx.export_scale / MAX_ENLARGEMENT)
    ctx.problem(
        IMAGE_ENLARGED,
        MSG_ENLARGED,
        name,
        label=label,
        field=field,
        factor=f"{factor:.1f}".replace(".", ","),
        width=width,
        height=height,
    )


def _brand_panel(ctx: _Ctx, box: Box4, mask: Image.Image | None) -> None:
    """The slot of an optional photo left empty: the brand's primary colour with fine
    diagonal stripes of a lighter tone, instead of a placeholder that looks unfinished."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    base = ctx.colour("primary")
    light = tuple(round(c + (255 - c) * 0.12) for c in base)
    tile = Image.new("RGB", (w, h), base)
    draw = ImageDraw.Draw(tile)
    step = max(6, round(ctx.unit * 0.045))
    width = max(1, step // 4)
    for offset in range(-h, w, step):
        draw.line([(offset, h), (offset + h, 0)], fill=light, width=width)
    ctx.canvas.paste(tile, (x0, y0), mask)


def _contain_position(
    box: tuple[int, int, int, int], size: tuple[int, int], align: str, valign: str
) -> tuple[int, int]:
    x0, y0, x1, y1 = box
    free_x, free_y = (x1 - x0) - size[0], (y1 - y0) - size[1]
    x = x0 + {"left": 0, "center": free_x // 2, "right": free_x}[align]
    y = y0 + {"top": 0, "middle": free_y // 2, "bottom": free_y}[valign]
    return x, y


def _draw_logo(ctx: _Ctx, el: LogoElement, name: str) -> None:
    sha = ctx.brand.logo_agency if el.which == "agency" else ctx.brand.logo_government
    box = ctx.box(el.box)
    if not sha:  # an agency without this logo simply has none
        if el.align == "left":
            ctx.empty_logos.append(box)
        return
    slot = (box[2] - box[0], box[3] - box[1])
    logo = _fitted_or_report(ctx, sha, slot, "contain", (0.5, 0.5), name, label=el.which, field="")
    if logo is None:
        return
    _paste_rgba(ctx.canvas, logo, _contain_position(box, logo.size, el.align, el.valign))


def _draw_watermark(ctx: _Ctx, el: WatermarkElement, name: str) -> None:
    sha = ctx.brand.watermark
    if not sha:
        return
    box = ctx.box(el.box, el.bleed)
    slot = (box[2] - box[0], box[3] - box[1])
    mark = _fitted_or_report(
        ctx, sha, slot, "contain", (0.5, 0.5), name, label="watermark", field=""
    )
    if mark is None:
        return
    opacity = ctx.brand.watermark_opacity if el.opacity is None else el.opacity
    opacity = max(0.0, min(1.0, float(opacity) if math.isfinite(opacity) else 0.12))
    rgba = mark.convert("RGBA")
    alpha = _scaled_mask(rgba.getchannel("A"), opacity)
    ctx.canvas.paste(
        rgba.convert("RGB"), _contain_position(box, mark.size, "center", "middle"), alpha
    )


def _draw_qr(ctx: _Ctx, el: QrElement, name: str) -> None:
    value = _clean_text(ctx.text_value(el.field)).strip()
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
    x, y = _contain_position(box, dark.size, el.align, "middle")
    ctx.canvas.paste(ctx.colour(el.background), (x, y, x + dark.width, y + dark.height))
    ctx.canvas.paste(ctx.colour(el.color), (x, y, x + dark.width, y + dark.height), dark)


def _bound_fields(element: Element) -> list[str]:
    names = []
    for attr in ("field", "label_field", "image_field"):
        value = getattr(element, attr, None)
        if isinstance(value, str):
            names.append(value)
    return names


def _element_name(element: Element, index: int) -> str:
    return element.id or f"{element.type}{index}"


def _draw(ctx: _Ctx, element: Element, name: str) -> None:
    if isinstance(element, BackgroundElement):
        _draw_background(ctx, element, name)
    elif isinstance(element, ShapeElement):
        _draw_shape(ctx, element)
    elif isinstance(element, TextElement):
        _draw_text(ctx, element, name)
    elif isinstance(element, ImageElement):
        _draw_image(ctx, element, name)
    elif isinstance(element, LogoElement):
        _draw_logo(ctx, element, name)
    elif isinstance(element, ListElement):
        _draw_list(ctx, element, name)
    elif isinstance(element, StatElement):
        _draw_stat(ctx, element, name)
    elif isinstance(element, QrElement):
        _draw_qr(ctx, element, name)
    elif isinstance(element, FooterElement):
        _draw_footer(ctx, element, name)
    elif isinstance(element, WatermarkElement):
        _draw_watermark(ctx, element, name)
    else:  # pragma: no cover - every parsed type is handled above
        raise TypeError(type(element).__name__)


def _chunks(count: int, capacity: int = LIST_ITEMS_ONE_SLIDE) -> list[tuple[int, int]]:
    """A list of `count` points split into slides: all on one when they fit (`capacity`),
    else even slides of at most LIST_ITEMS_PER_SLIDE (7 points: 4 and 3, never 5 and 2)."""
    if count <= capacity:
        return [(0, count)]
    slides = math.ceil(count / max(1, min(capacity, LIST_ITEMS_PER_SLIDE)))
    bounds = [math.ceil(i * count / slides) for i in range(slides + 1)]  # fuller first
    return [(bounds[i], bounds[i + 1]) for i in range(slides)]


def _lead_in(elements: Sequence[Element], el: ListElement, aspect: str) -> TextElement | None:
    """The multi-line text a list follows (an introduction), if any."""
    if el.follow is None:
        return None
    for base in elements:
        other = base.for_aspect(aspect)
        if (
            isinstance(other, TextElement)
            and other.id == el.follow
            and other.field
            and other.max_lines > 1
            and text_role(other) in ("body", "lead")
        ):
            return other
    return None


def _list_capacity(
    spec: TemplateSpec,
    size: tuple[int, int],
    el: ListElement,
    items: list[str],
    measurer: ChainMeasurer | None,
) -> int:
    """How many of `items`, taken in order, fit one slide's list box at the body's
    smallest size: measured with the brand's font when there is one, else estimated from
    their length."""
    x0, y0, x1, y1 = layout_area(spec, (int(size[0]), int(size[1])))
    width = round((x1 - x0) * el.box.w)
    height = round((y1 - y0) * el.box.h)
    px = type_scale(int(size[0]), int(size[1])).body_min
    if measurer is not None:
        per_slide = min(LIST_ITEMS_ONE_SLIDE, len(items))
        while per_slide > 2:
            chunks = _chunks(len(items), per_slide)
            if all(
                not fit_list(
                    items[a:b],
                    width,
                    height,
                    measurer,
                    indent=lambda size: round(size * 2.0),
                    max_size=px,
                    min_size=px,
                    max_lines_per_item=max(el.max_lines_per_item, 4),
                    line_spacing=el.line_spacing,
                    item_gap=el.item_gap,
                ).truncated
                for a, b in chunks
            ):
                break
            per_slide -= 1
        return max(2, per_slide)
    text_width = max(1.0, width - 2 * px)
    used, fitted = 0.0, 0
    for item in items:
        lines = min(max(1, math.ceil(len(item) * 0.5 * px / text_width)), 4)
        need = lines * px * el.line_spacing + (px * el.item_gap if fitted else 0)
        if used + need > height:
            break
        used, fitted = used + need, fitted + 1
    return max(2, min(LIST_ITEMS_ONE_SLIDE, fitted))


def slide_plan(
    spec: TemplateSpec,
    size: tuple[int, int],
    fields: Mapping[str, str | list[str]],
    brand: BrandKit | None = None,
    registry: FontRegistry | None = None,
) -> list[tuple[int, dict[str, tuple[int, int]]]]:
    """The slides to draw: (template slide, the window of each list on it). A slide whose
    list has more points than fit is repeated with the next points (a carousel grows)."""
    values = _field_values(spec, fields)

    def measurer_for(role: str) -> ChainMeasurer | None:
        if brand is None or registry is None:
            return None
        ref = brand.heading_font if role == "heading" else brand.body_font
        default = DEFAULT_HEADING_FONT if role == "heading" else DEFAULT_BODY_FONT
        for candidate in (ref, default):
            try:
                return _shared_chain(registry, candidate).measurer
            except FontError:
                continue
        return None

    aspect = aspect_class(int(size[0]), int(size[1]))
    plan: list[tuple[int, dict[str, tuple[int, int]]]] = []
    for index, slide in enumerate(spec.slides):
        lists = {
            el.field: el
            for base in slide.elements
            if isinstance(el := base.for_aspect(aspect), ListElement) and not el.hidden
        }
        windows: list[dict[str, tuple[int, int]]] = [{}]
        for name, el in sorted(lists.items()):
            raw = values.get(name, [])
            items = raw.split("\n") if isinstance(raw, str) else raw
            items = [item for item in items if item.strip()]
            measurer = measurer_for(el.font)
            capacity = _list_capacity(spec, size, el, items, measurer)
            parts = _chunks(len(items), capacity)
            lead = _lead_in(slide.elements, el, aspect)
            if len(parts) > 1 and lead is not None:
                # Continuation slides leave the lead-in text out: the list starts there.
                top = min(el.box.y, lead.box.y)
                taller = dataclasses.replace(
                    el, box=Box(el.box.x, top, el.box.w, el.box.y + el.box.h - top)
                )
                first = max(
                    (
                        k
                        for k in range(1, min(len(items), LIST_ITEMS_PER_SLIDE) + 1)
                        if _list_capacity(spec, size, el, items[:k], measurer) >= k
                    ),
                    default=1,
                )
                rest_capacity = _list_capacity(spec, size, taller, items[first:], measurer)
                rest = _chunks(len(items) - first, rest_capacity)
                if len(rest) == 1 and rest[0][1] == 1 and first > 2:
                    first -= 1  # never one point alone on the last slide
                    rest = [(0, len(items) - first)]
                parts = [(0, first), *((a + first, b + first) for a, b in rest)]
            while len(windows) < len(parts):
                windows.append({})
            for page, window in enumerate(windows):
                window[name] = parts[page] if page < len(parts) else (len(items), len(items))
        plan.extend((index, window) for window in windows)
    return plan


def slide_count(
    spec: TemplateSpec,
    size: tuple[int, int],
    brand: BrandKit | None = None,
    fields: Mapping[str, str | list[str]] | None = None,
    *,
    load_blob: LoadBlob | None = None,
    fonts: FontRegistry | None = None,
) -> int:
    """How many images `render` makes of these fields: the template's slides plus the
    continuation slides of long lists."""
    registry = fonts if fonts is not None else default_registry(load_blob)
    return len(slide_plan(spec, size, fields or {}, brand or BrandKit(), registry))


def render(
    spec: TemplateSpec,
    size: tuple[int, int],
    brand: BrandKit,
    fields: Mapping[str, str | list[str]],
    *,
    load_blob: LoadBlob,
    slide: int = 0,
    fonts: FontRegistry | None = None,
    # A preview drawn small passes the size it stands for: its problems are the export's.
    export_size: tuple[int, int] | None = None,
) -> RenderResult:
    """Draw one slide of `spec` at `size` in `brand`, with the user's field values.
    `slide` counts continuation slides too (see `slide_count`)."""
    width, height = int(size[0]), int(size[1])
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise ValueError(f"size {size!r} outside {MIN_SIDE}..{MAX_SIDE} pixels")
    registry = fonts if fonts is not None else default_registry(load_blob)
    # A preview splits a long list as its export will.
    plan = slide_plan(spec, export_size or (width, height), fields, brand, registry)
    if not 0 <= slide < len(plan):
        raise IndexError(f"slide {slide} of {len(plan)}")
    spec_slide, windows = plan[slide]
    palette = _safe_palette(brand.palette)
    aspect = aspect_class(width, height)
    bases = spec.slides[spec_slide].elements
    elements = [base.for_aspect(aspect) for base in bases]

    def draw(moves: dict[int, tuple[int, int]]) -> _Ctx:
        ctx = _Ctx(
            spec=spec,
            canvas=Image.new("RGB", (width, height), _hex(palette.background)),
            area=layout_area(spec, (width, height)),
            palette=palette,
            brand=brand,
            values=_field_values(spec, fields),
            registry=registry,
            load_blob=load_blob,
            problems=[],
            export_scale=export_size[0] / width if export_size else 1.0,
            scale=type_scale(width, height),
            list_window=windows,
            elements=elements,
            moves=dict(moves),
        )
        _draw_elements(ctx, bases)
        return ctx

    ctx = draw({})
    shift = _balance_shift(ctx)
    if shift:
        ctx = draw({key: (shift, shift) for key in _content_ids(ctx)})
    return RenderResult(ctx.canvas, ctx.problems, ctx.texts)


def _draw_elements(ctx: _Ctx, bases: Sequence[Element]) -> None:
    required_seen: set[str] = set()
    continuation = any(first > 0 for first, _end in ctx.list_window.values())
    lead_ins = set()
    for element in ctx.elements:
        if isinstance(element, ListElement):
            lead = _lead_in(ctx.elements, element, "")
            if lead is not None:
                lead_ins.add(id(lead))
    for index, base in enumerate(bases):
        element = ctx.elements[index]
        name = _element_name(base, index)
        for bound in _bound_fields(element):
            spec_field: FieldSpec | None = ctx.spec.field(bound)
            if (
                spec_field is not None
                and spec_field.required
                and bound not in required_seen
                and _is_empty(ctx.values.get(bound, ""))
            ):
                required_seen.add(bound)
                ctx.problem(
                    "field.required", MSG_REQUIRED, name, label=spec_field.label, field=bound
                )
        if element.hidden or (element.when and ctx.empty_field(element.when)):
            continue  # an optional field left empty takes its card and caption with it
        if element.unless and not ctx.empty_field(element.unless):
            continue  # what stands in for an optional field the user did fill in
        if continuation and id(element) in lead_ins:
            # The list moves up into the lead-in's place: where the lead-in would have
            # been drawn, after a title above it grew and after the block's balancing.
            ctx.drawn[element.id or ""] = ctx.element_box(element)[1]
            continue
        _draw(ctx, element, name)
        ctx.done.add(id(element))


def _content_ids(ctx: _Ctx) -> set[int]:
    """The elements of the content block: from the first text bound to a field that is
    not part of a band or photo at the canvas edge, down to what stays (footer, logos,
    QR codes and their cards, edge bands)."""
    boxes = {id(e): ctx.box(e.box_or_full, e.bleeds) for e in ctx.elements}
    bleeds = [
        boxes[id(e)]
        for e in ctx.elements
        if e.bleeds and isinstance(e, ShapeElement | ImageElement) and ctx._takes_room(e)
    ]

    def inside(inner: Box4, outer: Box4) -> bool:
        return (
            outer[0] <= inner[0]
            and outer[1] <= inner[1]
            and outer[2] >= inner[2]
            and outer[3] >= inner[3]
        )

    tops = []
    for e in ctx.elements:
        if not isinstance(e, TextElement | ListElement | StatElement) or not getattr(
            e, "field", None
        ):
            continue
        b = boxes[id(e)]
        if any(inside(b, band) for band in bleeds):
            continue
        holders = [
            boxes[id(o)]
            for o in ctx.elements
            if isinstance(o, ShapeElement | ImageElement)
            and not o.bleeds
            and inside(b, boxes[id(o)])
        ]
        tops.append(min([b[1], *(h[1] for h in holders)]))
    if not tops:
        return set()
    start = min(tops)
    rule_zone = start - round(ctx.area_height * 0.06)  # a rule just above the title goes too

    def starts_block(e: Element) -> bool:
        top = boxes[id(e)][1]
        if top >= start:
            return True
        small = boxes[id(e)][3] - boxes[id(e)][1] < ctx.area_height * 0.03
        return isinstance(e, ShapeElement) and small and top >= rule_zone

    return {
        id(e)
        for e in ctx.elements
        if starts_block(e)
        and not e.bleeds
        and not ctx._fixed(e, boxes[id(e)])
        and not isinstance(e, BackgroundElement | WatermarkElement)
    }


def _balance_shift(ctx: _Ctx) -> int:
    """How far to move the content block down so that short content sits in the middle of
    the space between the header and what stays at the bottom, not under the header with
    half the image empty below it; 0 when the content nearly fills its space."""
    content = _content_ids(ctx)
    if not content:
        return 0
    bottom = 0
    for e in ctx.elements:
        if id(e) not in content or id(e) not in ctx.done or not ctx._takes_room(e):
            continue
        if isinstance(e, TextElement | ListElement):
            drawn = ctx.bottoms.get(id(e))
            if drawn is not None:
                bottom = max(bottom, drawn)
        else:
            bottom = max(bottom, ctx.element_box(e)[3])
    if not bottom:
        return 0
    floor = ctx.area[3]
    for e in ctx.elements:
        if id(e) in content or not ctx._takes_room(e) or isinstance(e, BackgroundElement):
            continue
        box = ctx.box(e.box_or_full, e.bleeds)
        if box[1] >= bottom and box[3] - box[1] < ctx.area_height * 0.5:
            floor = min(floor, box[1])
    if floor >= ctx.area[3]:
        return 0  # no footer to balance against
    free = floor - ctx.min_gap - bottom
    if free < ctx.area_height * 0.08:
        return 0
    # Nothing moved may leave the layout area (a ring around a number, say).
    room = min(
        (ctx.area[3] - ctx.element_box(e)[3] for e in ctx.elements if id(e) in content),
        default=0,
    )
    return max(0, min(free // 2, room)) // 8 * 8  # on the 8 px grid


def thumbnail(
    spec: TemplateSpec,
    brand: BrandKit,
    fields: Mapping[str, str | list[str]] | None = None,
    *,
    load_blob: LoadBlob,
    size: tuple[int, int] = SIZES["square"],
    slide: int = 0,
    max_side: int = 360,
    fonts: FontRegistry | None = None,
) -> Image.Image:
    """A gallery picture, drawn small directly; without fields, with the template's examples."""
    scale = max_side / max(size)
    small = (max(MIN_SIDE, round(size[0] * scale)), max(MIN_SIDE, round(size[1] * scale)))
    values = dict(spec.examples()) if fields is None else fields
    result = render(spec, small, brand, values, load_blob=load_blob, slide=slide, fonts=fonts)  # type: ignore[arg-type]
    return result.image


__all__ = [
    "BLOCKING_PROBLEMS",
    "EMOJI",
    "FALLBACK",
    "IMAGE_ENLARGED",
    "IMAGE_MISSING",
    "IMAGE_UNREADABLE",
    "LIST_ITEMS_ONE_SLIDE",
    "LIST_ITEMS_PER_SLIDE",
    "MAX_BLOB_PIXELS",
    "MAX_ENLARGEMENT",
    "MAX_QR_CHARS",
    "MAX_SIDE",
    "MIN_SIDE",
    "MISSING",
    "MSG_CONTRAST",
    "MSG_ENLARGED",
    "MSG_FONT",
    "MSG_FOOTER_TRUNCATED",
    "MSG_GLYPH",
    "MSG_IMAGE",
    "MSG_IMAGE_UNREADABLE",
    "MSG_OVERFLOW",
    "MSG_QR",
    "MSG_QR_DENSE",
    "MSG_REQUIRED",
    "MSG_TRUNCATED",
    "PRIMARY",
    "QR_MIN_MODULE_PX",
    "RGB",
    "SIZES",
    "SIZE_LABELS",
    "SKIP",
    "Box4",
    "ChainMeasurer",
    "DrawnText",
    "FontChain",
    "RenderProblem",
    "RenderResult",
    "TypeScale",
    "aspect_class",
    "clear_caches",
    "contrast_ratio",
    "cover_box",
    "default_registry",
    "layout_area",
    "render",
    "resolve_colour",
    "role_sizes",
    "slide_count",
    "slide_plan",
    "text_role",
    "thumbnail",
    "type_scale",
]
