"""Photos, logos and watermarks: blobs decoded once at a reduced scale and resized to
their slot (cached), cropped around faces or a chosen point, placeholders for what is
missing or unreadable, and the warning when a photo is enlarged too much."""

from __future__ import annotations

import io
import logging
import math
import warnings

from PIL import Image, ImageDraw, UnidentifiedImageError

from medsos_desktop.render import focus
from medsos_desktop.render.canvas import Box4
from medsos_desktop.render.colour import RGB
from medsos_desktop.render.context import SlideContext
from medsos_desktop.render.paint import (
    ImageLRU,
    fill_box,
    paste_rgba,
    scaled_mask,
    shape_mask,
    vertical_alpha,
)
from medsos_desktop.render.problems import (
    IMAGE_ENLARGED,
    IMAGE_MISSING,
    IMAGE_UNREADABLE,
    MSG_ENLARGED,
    MSG_IMAGE,
    MSG_IMAGE_UNREADABLE,
)
from medsos_desktop.render.spec import (
    BackgroundElement,
    ImageElement,
    LogoElement,
    WatermarkElement,
)

log = logging.getLogger(__name__)

MAX_BLOB_PIXELS = 80_000_000

# Resized photos and logos by (sha256, geometry): a live preview re-renders the same
# photo on every keystroke. Blobs are content-addressed, so a key never goes stale.
fitted_images = ImageLRU(24)


class _Unreadable(Exception):
    """A blob was given but cannot be decoded; the message says why, for the log."""


def _open_blob(ctx: SlideContext, sha: str) -> Image.Image | None:
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
    ctx: SlideContext,
    sha: str,
    size: tuple[int, int],
    fit: str,
    focal: tuple[float, float],
    framing: focus.Framing | None = None,
) -> Image.Image | str:
    """The blob decoded once and resized once to its slot: cropped (cover) or fitted
    (contain); else the problem code (IMAGE_MISSING or IMAGE_UNREADABLE)."""
    key = (sha, size, fit, focal, framing)
    hit, cached = fitted_images.get(key)
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
    fitted_images.put(key, image)
    return image


def _fitted_or_report(
    ctx: SlideContext,
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

# Pillow's `info` of a fitted photo: how many times its original size it is drawn.
_ENLARGEMENT_INFO = "medsos_enlargement"


def _decode_fitted(
    ctx: SlideContext,
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


def _placeholder(
    ctx: SlideContext, box: tuple[int, int, int, int], colour: RGB, mask: Image.Image | None
) -> None:
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


def draw_image(ctx: SlideContext, el: ImageElement, name: str) -> None:
    box = ctx.element_box(el)
    size = (box[2] - box[0], box[3] - box[1])
    radius = round(el.radius * ctx.unit)
    mask = None
    if el.shape == "ellipse" or radius > 0:
        mask = shape_mask(size[0], size[1], el.shape, radius)
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
        paste_rgba(ctx.canvas, photo, (box[0] + offset[0], box[1] + offset[1]), local_mask)
    if el.overlay and (el.overlay_opacity > 0 or (el.overlay_to_opacity or 0) > 0):
        end = el.overlay_opacity if el.overlay_to_opacity is None else el.overlay_to_opacity
        alpha = vertical_alpha(size, el.overlay_opacity, end)
        if mask is not None:
            alpha = Image.composite(alpha, Image.new("L", size, 0), mask)
        ctx.canvas.paste(ctx.colour(el.overlay), box, alpha)


def _platform_bands(ctx: SlideContext, box: Box4) -> tuple[float, float]:
    """The shares of a photo slot, at its top and bottom, that lie in the canvas's safe
    zone (the platform's bars): faces are kept out of them."""
    height = max(1, box[3] - box[1])
    top = max(0, min(ctx.area[1], box[3]) - box[1]) / height
    bottom = max(0, box[3] - max(ctx.area[3], box[1])) / height
    return top, bottom


def _report_enlargement(
    ctx: SlideContext,
    photo: Image.Image,
    slot: tuple[int, int],
    name: str,
    *,
    label: str,
    field: str,
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


def _brand_panel(ctx: SlideContext, box: Box4, mask: Image.Image | None) -> None:
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


def contain_position(
    box: tuple[int, int, int, int], size: tuple[int, int], align: str, valign: str
) -> tuple[int, int]:
    x0, y0, x1, y1 = box
    free_x, free_y = (x1 - x0) - size[0], (y1 - y0) - size[1]
    x = x0 + {"left": 0, "center": free_x // 2, "right": free_x}[align]
    y = y0 + {"top": 0, "middle": free_y // 2, "bottom": free_y}[valign]
    return x, y


def draw_logo(ctx: SlideContext, el: LogoElement, name: str) -> None:
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
    paste_rgba(ctx.canvas, logo, contain_position(box, logo.size, el.align, el.valign))


def draw_watermark(ctx: SlideContext, el: WatermarkElement, name: str) -> None:
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
    alpha = scaled_mask(rgba.getchannel("A"), opacity)
    ctx.canvas.paste(
        rgba.convert("RGB"), contain_position(box, mark.size, "center", "middle"), alpha
    )


def draw_background(ctx: SlideContext, el: BackgroundElement, name: str) -> None:
    size = ctx.canvas.size
    gradient_to = ctx.colour(el.gradient_to) if el.gradient_to else None
    fill_box(ctx.canvas, (0, 0, *size), ctx.colour(el.color), gradient_to, el.angle, None)
    if el.image_field:
        sha = ctx.text_value(el.image_field).strip()
        if sha:
            label = ctx.label(el.image_field, name)
            photo = _fitted_or_report(
                ctx, sha, size, "cover", el.focal, name, label=label, field=el.image_field
            )
            if photo is not None:
                paste_rgba(ctx.canvas, photo, (0, 0))
    if el.overlay and el.overlay_opacity > 0:
        level = round(el.overlay_opacity * 255)
        ctx.canvas.paste(ctx.colour(el.overlay), (0, 0, *size), Image.new("L", size, level))
