"""Pillow primitives the engine paints with, knowing nothing of templates' fields:
antialiased shape masks, gradients, fades, pasting with alpha, painting a shape
element into its box, and the small image cache the drawing modules share."""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from medsos_desktop.render.canvas import Box4
from medsos_desktop.render.colour import RGB
from medsos_desktop.render.spec import ShapeElement


class ImageLRU:
    """The `size` images used last, by key; safe to share between render threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[object, Image.Image | None] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: object) -> tuple[bool, Image.Image | None]:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return True, self._items[key]
        return False, None

    def put(self, key: object, value: Image.Image | None) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


def _mark_mask(width: int, height: int, shape: str) -> Image.Image:
    """A cross (✕) or a check mark (✓) as round-capped strokes, drawn large and reduced."""
    factor = max(1, min(4, 4000 // max(width, height, 1)))
    w, h = width * factor, height * factor
    stroke = max(2, round(min(w, h) * 0.16))
    half = stroke / 2
    if shape == "cross":
        strokes = [[(half, half), (w - half, h - half)], [(w - half, half), (half, h - half)]]
    else:
        strokes = [[(w * 0.1 + half, h * 0.55), (w * 0.4, h * 0.85 - half), (w - half, h * 0.15)]]
    big = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(big)
    for points in strokes:
        draw.line(points, fill=255, width=stroke, joint="curve")
        for x, y in points:
            draw.ellipse((x - half, y - half, x + half, y + half), fill=255)
    return big.reduce(factor) if factor > 1 else big


@lru_cache(maxsize=64)
def shape_mask(width: int, height: int, shape: str, radius: int) -> Image.Image:
    """An antialiased mask: rectangle, rounded rectangle, ellipse, cross or check mark."""
    if shape in ("cross", "check"):
        return _mark_mask(width, height, shape)
    if shape == "ellipse":
        factor = max(1, min(4, 4000 // max(width, height, 1)))
        big = Image.new("L", (width * factor, height * factor), 0)
        ImageDraw.Draw(big).ellipse((0, 0, width * factor - 1, height * factor - 1), fill=255)
        return big.reduce(factor) if factor > 1 else big
    mask = Image.new("L", (width, height), 255)
    radius = min(radius, width // 2, height // 2)
    if radius <= 0:
        return mask
    corner_big = Image.new("L", (radius * 4, radius * 4), 0)
    ImageDraw.Draw(corner_big).ellipse((0, 0, radius * 8 - 1, radius * 8 - 1), fill=255)
    corner = corner_big.reduce(4)
    mask.paste(corner, (0, 0))
    mask.paste(corner.transpose(Image.Transpose.FLIP_LEFT_RIGHT), (width - radius, 0))
    mask.paste(corner.transpose(Image.Transpose.FLIP_TOP_BOTTOM), (0, height - radius))
    mask.paste(corner.transpose(Image.Transpose.ROTATE_180), (width - radius, height - radius))
    return mask


def scaled_mask(mask: Image.Image, opacity: float) -> Image.Image:
    if opacity >= 1:
        return mask
    level = max(0, min(255, round(opacity * 255)))
    return mask.point(lambda v: v * level // 255)


def _gradient(size: tuple[int, int], start: RGB, end: RGB, angle: float) -> Image.Image:
    """A linear gradient; angle 0 runs left to right, 90 top to bottom."""
    width, height = size
    small = (max(1, width // 4), max(1, height // 4))
    angle %= 360
    ramp = Image.linear_gradient("L")  # 256×256, black at the top, white at the bottom
    if angle % 90 == 0:
        turns = {90: None, 270: Image.Transpose.ROTATE_180, 0: Image.Transpose.ROTATE_90}
        transpose = turns.get(int(angle), Image.Transpose.ROTATE_270)
        mask = ramp.transpose(transpose) if transpose is not None else ramp
        mask = mask.resize(small, Image.Resampling.BILINEAR)
    else:
        side = math.ceil(math.hypot(*small)) + 2
        big = ramp.resize((side, side), Image.Resampling.BILINEAR)
        big = big.rotate(90 - angle, resample=Image.Resampling.BILINEAR)
        left, top = (side - small[0]) // 2, (side - small[1]) // 2
        mask = big.crop((left, top, left + small[0], top + small[1]))
    mask = mask.resize((width, height), Image.Resampling.BILINEAR)
    return Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), mask)


@lru_cache(maxsize=32)
def vertical_alpha(size: tuple[int, int], start: float, end: float) -> Image.Image:
    """Alpha from `start` at the top to `end` at the bottom, eased (t²) so that a photo
    stays clear longer and a scrim stays dark longer before they fade."""
    ramp = Image.linear_gradient("L").resize((1, 256))
    lo, hi = round(start * 255), round(end * 255)
    ramp = ramp.point(lambda v: lo + (hi - lo) * v * v // 65025)
    return ramp.resize(size, Image.Resampling.BILINEAR)


def scrim_mask(size: tuple[int, int], soft: int) -> Image.Image:
    """A rectangle with feathered edges, `soft` pixels wide, for a text-protection scrim."""
    width, height = size
    mask = Image.new("L", (width, height), 0)
    ImageDraw.Draw(mask).rectangle((soft, soft, width - soft - 1, height - soft - 1), fill=255)
    return mask.filter(ImageFilter.BoxBlur(max(1, soft * 2 // 3)))


def paste_rgba(
    canvas: Image.Image, image: Image.Image, pos: tuple[int, int], mask: Image.Image | None = None
) -> None:
    if image.mode == "RGBA":
        alpha = image.getchannel("A")
        if mask is not None:
            alpha = Image.composite(alpha, Image.new("L", alpha.size, 0), mask)
        canvas.paste(image.convert("RGB"), pos, alpha)
    else:
        canvas.paste(image, pos, mask)


def fill_box(
    canvas: Image.Image,
    box: Box4,
    colour: RGB,
    gradient_to: RGB | None,
    angle: float,
    mask: Image.Image | None,
) -> None:
    """Paint a box with a colour or a gradient, through an optional mask."""
    if gradient_to is not None:
        size = (box[2] - box[0], box[3] - box[1])
        paint = _gradient(size, colour, gradient_to, angle)
        canvas.paste(paint, box[:2], mask)
    else:
        canvas.paste(colour, box, mask)


def paint_shape(
    canvas: Image.Image,
    el: ShapeElement,
    box: Box4,
    unit: int,
    colour: Callable[[str], RGB],
    from_y: int | None = None,
) -> None:
    """Paint a shape into `box` (canvas pixels; `unit` is what its radius is a fraction
    of, `colour` resolves its colour references); with `from_y`, only its part from that
    row down (a card or band stretched under a text that grew after the card was painted)."""
    if el.opacity <= 0 and not el.opacity_to:
        return
    if from_y is not None and el.shape == "rect" and not el.gradient_to and el.opacity_to is None:
        radius = round(el.radius * unit)
        top = max(box[1], from_y - radius - 1)
        if top < box[3]:
            full = shape_mask(box[2] - box[0], box[3] - box[1], "rect", radius)
            part = scaled_mask(full.crop((0, top - box[1], full.width, full.height)), el.opacity)
            canvas.paste(colour(el.color), (box[0], top, box[2], box[3]), part)
        return
    size = (box[2] - box[0], box[3] - box[1])
    radius = round(el.radius * unit)
    mask = None
    if el.opacity_to is not None:
        ramp = vertical_alpha(size, el.opacity, el.opacity_to)
        mask = ImageChops.multiply(shape_mask(*size, el.shape, radius), ramp)
    elif el.shape != "rect" or radius > 0 or el.opacity < 1:
        mask = scaled_mask(shape_mask(*size, el.shape, radius), el.opacity)
    gradient_to = colour(el.gradient_to) if el.gradient_to else None
    fill_box(canvas, box, colour(el.color), gradient_to, el.angle, mask)
