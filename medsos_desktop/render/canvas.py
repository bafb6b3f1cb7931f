"""The canvas rules of the engine: the export sizes, their aspect classes, the layout
area inside a platform's safe zone, and the type scale that keeps each text role
readable on a phone."""

from __future__ import annotations

from dataclasses import dataclass

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.render.spec import TemplateSpec, TextElement

Box4 = tuple[int, int, int, int]

SIZES: dict[str, tuple[int, int]] = {
    "square": (1080, 1080),
    "portrait": (1080, 1350),
    "story": (1080, 1920),
    "x": (1200, 675),
    "facebook_link": (1200, 630),
    "youtube": (1280, 720),
}
SIZE_LABELS: dict[str, str] = {
    "square": QT_TRANSLATE_NOOP("InfographicSize", "Square feed 1080×1080"),
    "portrait": QT_TRANSLATE_NOOP("InfographicSize", "Portrait feed 1080×1350"),
    "story": QT_TRANSLATE_NOOP("InfographicSize", "Story, Reels and TikTok 1080×1920"),
    "x": QT_TRANSLATE_NOOP("InfographicSize", "X post 1200×675"),
    "facebook_link": QT_TRANSLATE_NOOP("InfographicSize", "Facebook link 1200×630"),
    "youtube": QT_TRANSLATE_NOOP("InfographicSize", "YouTube thumbnail 1280×720"),
}

MIN_SIDE, MAX_SIDE = 16, 8192


def aspect_class(width: int, height: int) -> str:
    """square, portrait, story or landscape: which per-aspect layout a size uses."""
    ratio = width / height
    if ratio <= 0.65:
        return "story"
    if ratio < 0.9:
        return "portrait"
    if ratio <= 1.1:
        return "square"
    return "landscape"


def layout_area(spec: TemplateSpec, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """The canvas less the safe zone of its aspect class, as (x0, y0, x1, y1) pixels."""
    width, height = size
    zone = spec.safe_zone(aspect_class(width, height))
    return (
        round(zone.left * width),
        round(zone.top * height),
        width - round(zone.right * width),
        height - round(zone.bottom * height),
    )


@dataclass(frozen=True)
class TypeScale:
    """Pixel sizes per text role on one canvas: what stays readable on a phone.

    A 1080 px wide feed image is shown about 360 px wide on a phone, a third of its size;
    a 1200–1280 px wide landscape image about 0.3 of it. Templates give sizes as
    fractions of the canvas; the engine keeps each role inside these bounds."""

    title_min: int
    title_max: int
    body_min: int
    body_max: int
    meta_min: int

    @property
    def label_max(self) -> int:
        """A label chip never outgrows the body: at most the smallest body size + 4."""
        return self.body_min + 4

    @property
    def large(self) -> int:
        """From this size on, text counts as large for contrast (3:1 instead of 4.5:1)."""
        return round(self.body_min * 1.5)


def type_scale(width: int, height: int) -> TypeScale:
    """The type scale of a canvas, scaled with its width (previews are drawn small)."""
    if aspect_class(width, height) == "landscape":
        k = width / 1200
        sizes = (56, 64, 26, 32, 22)
    else:
        k = width / 1080
        sizes = (64, 96, 28, 36, 24)
    return TypeScale(*(max(4, round(v * k)) for v in sizes))


def text_role(el: TextElement) -> str:
    """The element's role in the hierarchy: its own `role`, else inferred from it."""
    if el.role:
        return el.role
    if el.background:
        return "label"
    if el.field in ("title", "greeting"):
        return "title"
    if not el.field:
        literal = el.text or ""
        return "ornament" if not any(ch.isalnum() for ch in literal) else "meta"
    if el.max_lines == 1 or el.max_size < 0.02:
        return "meta"
    if el.max_size >= 0.06:
        return "lead"  # display text a template asks to be big
    if el.font == "heading":
        return "lead"
    return "body"
