"""The infographic template spec: versioned JSON, validated strictly, in relative units.

A template describes one design that renders at every platform size. Boxes are
fractions of the *layout area* — the canvas less the safe zone of its aspect class
(Stories keep their top 14 % and bottom 20 % free of content) — except for
decorative elements marked `"bleed": true`, whose boxes are fractions of the
whole canvas. Font sizes are fractions of the layout area's height; corner radii
and paddings are fractions of its shorter side. Each element may override any of
its keys per aspect class (`"layouts": {"landscape": {...}}`); a story falls back
to the portrait override, every class falls back to the element itself.

Example::

    {"spec_version": 1, "key": "pengumuman", "name": "Pengumuman",
     "category": "pengumuman",
     "fields": [{"name": "title", "label": "Title", "kind": "text", "required": true}],
     "slides": [{"elements": [
        {"type": "background", "color": "background"},
        {"type": "text", "field": "title", "font": "heading", "color": "primary",
         "box": {"x": 0.08, "y": 0.2, "w": 0.84, "h": 0.3}, "max_size": 0.08,
         "layouts": {"landscape": {"box": {"x": 0.06, "y": 0.2, "w": 0.5, "h": 0.5}}}}
     ]}]}

`parse_template` raises `TemplateSpecError`, whose message starts with the JSON
path of the offending value, for anything it does not accept; nothing else
escapes it, whatever the input.
"""

# Element fields are declared as `name: T = _v(validator, default)`: dataclasses.field()
# calls that carry each key's validator in their metadata, which RUF009 cannot tell apart.
# ruff: noqa: RUF009

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import MISSING, dataclass
from dataclasses import field as dc_field
from functools import lru_cache
from typing import Any, ClassVar, Literal, TypeGuard

from medsos_desktop.domain.brand import PALETTE_ROLES
from medsos_desktop.domain.posts import Category
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.paths import resource_path
from medsos_desktop.strict_json import StrictJsonError, load_strict_json

SPEC_VERSION = 1
MAX_JSON_BYTES = 1024 * 1024
MAX_DEPTH = 32
MAX_ELEMENTS = 200
MAX_SLIDES = 20
MAX_FIELDS = 40
MAX_TEXT = 5000
MAX_LIST_ITEMS = 20

# Keys of an agency's own templates (editable, deletable); built-in ones never start so.
OWN_PREFIX = "own-"


def is_own_template(key: str) -> bool:
    return key.startswith(OWN_PREFIX)


ASPECTS = ("square", "portrait", "story", "landscape")
AspectClass = Literal["square", "portrait", "story", "landscape"]
# Where an aspect class looks for an override before using the element itself.
ASPECT_FALLBACK: dict[str, tuple[str, ...]] = {
    "square": ("square",),
    "portrait": ("portrait",),
    "story": ("story", "portrait"),
    "landscape": ("landscape",),
}

FIELD_KINDS = ("text", "multiline", "list", "image", "url", "number", "choice")
FONT_ROLES = ("heading", "body")
ALIGNS = ("left", "center", "right")
VALIGNS = ("top", "middle", "bottom")

_CTX = "TemplateSpec"
MSG_OBJECT = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: must be an object")
MSG_LIST = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: must be a list")
MSG_NUMBER = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: must be a number between {min} and {max}")
MSG_INTEGER = QT_TRANSLATE_NOOP(
    "TemplateSpec", "{path}: must be a whole number between {min} and {max}"
)
MSG_BOOL = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: must be true or false")
MSG_STRING = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: must be text of at most {max} characters")
MSG_EMPTY = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: must not be empty")
MSG_PATTERN = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: {value} is not allowed; use {expected}")
MSG_CHOICE = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: must be one of {choices}")
MSG_COLOUR = QT_TRANSLATE_NOOP(
    "TemplateSpec",
    "{path}: must be a colour as #RRGGBB, a palette role ({roles}) or on:<role>",
)
MSG_UNKNOWN_KEY = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: unknown key")
MSG_MISSING = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: required key is missing")
MSG_ELEMENT_TYPE = QT_TRANSLATE_NOOP(
    "TemplateSpec", "{path}: unknown element type {value}; use one of {choices}"
)
MSG_TOO_MANY = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: at most {max} items are allowed")
MSG_TOO_FEW = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: needs at least {min} item(s)")
MSG_FUTURE = QT_TRANSLATE_NOOP(
    "TemplateSpec",
    "{path}: this template needs a newer Medsos Desktop (spec version {found}; this "
    "version reads up to {supported})",
)
MSG_JSON = QT_TRANSLATE_NOOP(
    "TemplateSpec", "template: not valid JSON (line {line}, column {column}): {reason}"
)
MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "TemplateSpec", "template: the file is {size_kb} KB; templates up to {limit_kb} KB are accepted"
)
MSG_TOO_DEEP = QT_TRANSLATE_NOOP(
    "TemplateSpec", "template: nested more than {max} levels deep, which no template needs"
)
MSG_NOT_FINITE = QT_TRANSLATE_NOOP(
    "TemplateSpec", "template: {value} is not a number a template may use"
)
MSG_ENCODING = QT_TRANSLATE_NOOP("TemplateSpec", "template: the file is not UTF-8 text")
MSG_FIELD_UNKNOWN = QT_TRANSLATE_NOOP(
    "TemplateSpec", "{path}: no field named {value} is declared in fields"
)
MSG_FIELD_KIND = QT_TRANSLATE_NOOP(
    "TemplateSpec", "{path}: field {value} is a {kind} field; this element needs one of {kinds}"
)
MSG_DUPLICATE = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: the name {value} is used twice")
MSG_BOX_OUTSIDE = QT_TRANSLATE_NOOP(
    "TemplateSpec", "{path}: the box must lie inside the canvas (x + w and y + h at most 1)"
)
MSG_MIN_MAX = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: must not be larger than {other}")
MSG_ONE_OF = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: set either {first} or {second}, not both")
MSG_FOLLOW = QT_TRANSLATE_NOOP(
    "TemplateSpec", "{path}: no element with id {value} comes before this one on the slide"
)
MSG_NEEDS_ONE = QT_TRANSLATE_NOOP("TemplateSpec", "{path}: set {first} or {second}")

# Field labels of the built-in templates, marked so that lupdate extracts them; the
# JSON files carry the English source text and the UI translates it in this context.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("InfographicTemplate", "Title"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Label"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Body text"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Photo"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Background photo"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Activity name"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Date"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Time"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Place"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Number"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "What the number means"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Context"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Period"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Introduction"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Points"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Steps"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Quote"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Name"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Position"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Link for the QR code"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "QR code caption"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Hoax label"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Fact label"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Hoax claim"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Facts"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Source"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Hoax screenshot"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Claim headline"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Greeting"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Message"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Sign-off"),
    QT_TRANSLATE_NOOP("InfographicTemplate", "Call to action"),
)


class TemplateSpecError(UserFacingError):
    """A template the app will not use; the message starts with the JSON path at fault."""

    def __init__(self, message: str, path: str = "template", **params: object) -> None:
        super().__init__(_CTX, message, path=path, **params)
        self.path = path


# --- validators -----------------------------------------------------------------------


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _show(value: object) -> str:
    """A short, safe rendering of a user's bad value for a message."""
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


class _V:
    def parse(self, value: Any, path: str) -> Any:
        raise NotImplementedError

    def dump(self, value: Any) -> Any:
        return value


class _Num(_V):
    def __init__(self, lo: float, hi: float) -> None:
        self.lo, self.hi = lo, hi

    def parse(self, value: Any, path: str) -> float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if not ok or not math.isfinite(value) or not self.lo <= value <= self.hi:
            raise TemplateSpecError(MSG_NUMBER, path, min=_fmt(self.lo), max=_fmt(self.hi))
        return float(value)

    def dump(self, value: Any) -> Any:
        return int(value) if float(value).is_integer() else value


class _Int(_V):
    def __init__(self, lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi

    def parse(self, value: Any, path: str) -> int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool) or not self.lo <= value <= self.hi:
            raise TemplateSpecError(MSG_INTEGER, path, min=self.lo, max=self.hi)
        return value


class _Bool(_V):
    def parse(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            raise TemplateSpecError(MSG_BOOL, path)
        return value


class _Str(_V):
    def __init__(self, max_len: int, *, empty: bool = True, pattern: str = "", hint: str = ""):
        self.max_len, self.empty = max_len, empty
        self.pattern = re.compile(pattern) if pattern else None
        self.hint = hint

    def parse(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or len(value) > self.max_len:
            raise TemplateSpecError(MSG_STRING, path, max=self.max_len)
        if not self.empty and not value.strip():
            raise TemplateSpecError(MSG_EMPTY, path)
        if self.pattern and not self.pattern.fullmatch(value):
            raise TemplateSpecError(MSG_PATTERN, path, value=_show(value), expected=self.hint)
        return value


class _Choice(_V):
    def __init__(self, choices: Sequence[str]) -> None:
        self.choices = tuple(choices)

    def parse(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or value not in self.choices:
            raise TemplateSpecError(MSG_CHOICE, path, choices=", ".join(self.choices))
        return value


_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


def is_colour_ref(value: object) -> TypeGuard[str]:
    """#RRGGBB, a palette role, or on:<role> (black or white, whichever reads better on it)."""
    if not isinstance(value, str):
        return False
    if _HEX.fullmatch(value) or value in PALETTE_ROLES:
        return True
    return value.startswith("on:") and (
        value[3:] in PALETTE_ROLES or bool(_HEX.fullmatch(value[3:]))
    )


class _Colour(_V):
    def parse(self, value: Any, path: str) -> str:
        if not is_colour_ref(value):
            raise TemplateSpecError(MSG_COLOUR, path, roles=", ".join(PALETTE_ROLES))
        return value


class _Optional(_V):
    def __init__(self, inner: _V) -> None:
        self.inner = inner

    def parse(self, value: Any, path: str) -> Any:
        return None if value is None else self.inner.parse(value, path)

    def dump(self, value: Any) -> Any:
        return None if value is None else self.inner.dump(value)


@dataclass(frozen=True)
class Box:
    """A rectangle in fractions of the layout area (or of the canvas, for bleeding elements)."""

    x: float
    y: float
    w: float
    h: float


FULL_BOX = Box(0.0, 0.0, 1.0, 1.0)


class _BoxV(_V):
    """Content boxes stay inside the canvas; decorations may hang over its edges."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict

    def parse(self, value: Any, path: str) -> Box:
        if not isinstance(value, dict):
            raise TemplateSpecError(MSG_OBJECT, path)
        for key in value:
            if key not in ("x", "y", "w", "h"):
                raise TemplateSpecError(MSG_UNKNOWN_KEY, f"{path}.{_key(key)}")
        parts = {}
        for key in ("x", "y", "w", "h"):
            if key not in value:
                raise TemplateSpecError(MSG_MISSING, f"{path}.{key}")
            if self.strict:
                lo, hi = (0.001, 1.0) if key in "wh" else (0.0, 1.0)
            else:
                lo, hi = (0.001, 3.0) if key in "wh" else (-1.0, 2.0)
            parts[key] = _Num(lo, hi).parse(value[key], f"{path}.{key}")
        if self.strict and (
            parts["x"] + parts["w"] > 1.0 + 1e-6 or parts["y"] + parts["h"] > 1.0 + 1e-6
        ):
            raise TemplateSpecError(MSG_BOX_OUTSIDE, path)
        return Box(**parts)

    def dump(self, value: Box) -> dict[str, float]:
        return {k: _Num(0, 1).dump(getattr(value, k)) for k in ("x", "y", "w", "h")}


class _Point(_V):
    def parse(self, value: Any, path: str) -> tuple[float, float]:
        if not isinstance(value, list) or len(value) != 2:
            raise TemplateSpecError(MSG_LIST, path)
        return (_Num(0, 1).parse(value[0], f"{path}[0]"), _Num(0, 1).parse(value[1], f"{path}[1]"))

    def dump(self, value: tuple[float, float]) -> list[float]:
        return [_Num(0, 1).dump(v) for v in value]


_NAME = r"[a-z][a-z0-9_]{0,39}"
_FIELD_NAME = _Str(40, pattern=_NAME, hint="lower-case letters, digits and _")


class _FieldRef(_Str):
    """A field name; whether the field exists is checked once the whole template is read."""

    def __init__(self, kinds: Sequence[str]) -> None:
        super().__init__(40, pattern=_NAME, hint="lower-case letters, digits and _")
        self.kinds = tuple(kinds)


_ID = _Str(40, pattern=r"[A-Za-z0-9_.-]{1,40}", hint="letters, digits, . - and _")


def _v(validator: _V, default: Any = MISSING) -> Any:
    if default is MISSING:
        return dc_field(metadata={"v": validator})
    return dc_field(default=default, metadata={"v": validator})


def _key(key: object) -> str:
    return key if isinstance(key, str) and len(key) <= 40 else _show(key)


# --- elements -------------------------------------------------------------------------

_TEXT_KINDS = ("text", "multiline", "number", "url", "choice")
_ANY_KINDS = ("text", "multiline", "number", "url", "list", "image", "choice")
# What a text is in the design's hierarchy; the engine's type scale gives each role its
# sizes per canvas (render/engine.py `type_scale`). Without a role, the engine infers it.
TEXT_ROLES = ("title", "lead", "body", "meta", "label", "ornament")
_SIZE = _Num(0.005, 0.5)
_RADIUS = _Num(0, 0.5)


@dataclass(frozen=True, kw_only=True)
class Element:
    """What every element has: an optional id, visibility and per-aspect overrides."""

    type: ClassVar[str] = ""
    id: str | None = _v(_Optional(_ID), None)
    hidden: bool = _v(_Bool(), False)
    # Drawn only when this field is filled in: a card, box or caption of an optional field
    # disappears with it instead of standing empty.
    when: str | None = _v(_Optional(_FieldRef(_ANY_KINDS)), None)
    # Drawn only when this field is left empty: what stands in for an optional photo.
    unless: str | None = _v(_Optional(_FieldRef(_ANY_KINDS)), None)
    layouts: Mapping[str, Element] = dc_field(default_factory=dict, compare=True)

    def for_aspect(self, aspect: str) -> Element:
        """The element as it renders at this aspect class."""
        for name in ASPECT_FALLBACK.get(aspect, ()):
            if name in self.layouts:
                return self.layouts[name]
        return self

    @property
    def box_or_full(self) -> Box:
        return getattr(self, "box", FULL_BOX)

    @property
    def keeps_square(self) -> bool:
        """Drawn as a square (a circle, for ellipses) as wide as its box, centred in it."""
        return bool(getattr(self, "square", False))

    @property
    def bleeds(self) -> bool:
        return bool(getattr(self, "bleed", False))


@dataclass(frozen=True, kw_only=True)
class BackgroundElement(Element):
    """Fills the whole canvas: a colour, a linear gradient, or a photo from a field."""

    type: ClassVar[str] = "background"
    color: str = _v(_Colour(), "background")
    gradient_to: str | None = _v(_Optional(_Colour()), None)
    angle: float = _v(_Num(0, 360), 90.0)
    image_field: str | None = _v(_Optional(_FieldRef(("image",))), None)
    focal: tuple[float, float] = _v(_Point(), (0.5, 0.5))
    overlay: str | None = _v(_Optional(_Colour()), None)
    overlay_opacity: float = _v(_Num(0, 1), 0.5)


@dataclass(frozen=True, kw_only=True)
class ShapeElement(Element):
    """A rectangle, rounded rectangle or ellipse; decorations may bleed off the canvas."""

    type: ClassVar[str] = "rect"
    box: Box = _v(_BoxV(strict=False))
    # "cross" (✕) and "check" (✓) are drawn as strokes, so they need no font glyph: marks
    # that say wrong and right without relying on colour.
    shape: str = _v(_Choice(("rect", "ellipse", "cross", "check")), "rect")
    color: str = _v(_Colour(), "primary")
    gradient_to: str | None = _v(_Optional(_Colour()), None)
    angle: float = _v(_Num(0, 360), 90.0)
    opacity: float = _v(_Num(0, 1), 1.0)
    # With opacity_to the shape fades from `opacity` at its top to this at its bottom
    # (a scrim that keeps white text readable on a bright photo).
    opacity_to: float | None = _v(_Optional(_Num(0, 1)), None)
    radius: float = _v(_RADIUS, 0.0)
    bleed: bool = _v(_Bool(), False)
    square: bool = _v(_Bool(), False)


@dataclass(frozen=True, kw_only=True)
class TextElement(Element):
    """Text from a field or literal text, fitted to its box: wrapped, shrunk, then ellipsized.

    Literal text may name the brand: {agency_name}, {parent_government}, {footer}. With
    `follow` (the id of an element drawn before it), the box's top moves up to `gap`
    below what that element actually drew, so a short title leaves no hole under it.
    """

    type: ClassVar[str] = "text"
    box: Box = _v(_BoxV(strict=True))
    field: str | None = _v(_Optional(_FieldRef(_TEXT_KINDS)), None)
    text: str | None = _v(_Optional(_Str(MAX_TEXT)), None)
    font: str = _v(_Choice(FONT_ROLES), "body")
    max_size: float = _v(_SIZE, 0.05)
    min_size: float = _v(_SIZE, 0.02)
    align: str = _v(_Choice(ALIGNS), "left")
    valign: str = _v(_Choice(VALIGNS), "top")
    max_lines: int = _v(_Int(1, 60), 6)
    ellipsis: bool = _v(_Bool(), True)
    color: str = _v(_Colour(), "text")
    line_spacing: float = _v(_Num(0.8, 3.0), 1.2)
    uppercase: bool = _v(_Bool(), False)
    background: str | None = _v(_Optional(_Colour()), None)
    padding: float = _v(_Num(0, 0.2), 0.0)
    radius: float = _v(_RADIUS, 0.0)
    follow: str | None = _v(_Optional(_ID), None)
    gap: float = _v(_Num(0, 0.5), 0.02)
    role: str | None = _v(_Optional(_Choice(TEXT_ROLES)), None)
    # Degrees, anticlockwise, about the box's centre: a stamp across a screenshot. Rotated
    # text is decoration (its contrast is not measured), so its words must also be said
    # in straight text elsewhere.
    rotate: float = _v(_Num(-90, 90), 0.0)


@dataclass(frozen=True, kw_only=True)
class ImageElement(Element):
    """A photo from an image field: cover (cropped around the focal point) or contain."""

    type: ClassVar[str] = "image"
    box: Box = _v(_BoxV(strict=False))
    field: str = _v(_FieldRef(("image",)))
    fit: str = _v(_Choice(("cover", "contain")), "cover")
    focal: tuple[float, float] = _v(_Point(), (0.5, 0.5))
    shape: str = _v(_Choice(("rect", "ellipse")), "rect")
    radius: float = _v(_RADIUS, 0.0)
    placeholder: str = _v(_Colour(), "#D9DEE5")
    bleed: bool = _v(_Bool(), False)
    square: bool = _v(_Bool(), False)
    overlay: str | None = _v(_Optional(_Colour()), None)
    overlay_opacity: float = _v(_Num(0, 1), 0.0)
    overlay_to_opacity: float | None = _v(_Optional(_Num(0, 1)), None)
    # Drawn in shades of grey: a screenshot shown as evidence, not as content to share.
    grayscale: bool = _v(_Bool(), False)


@dataclass(frozen=True, kw_only=True)
class LogoElement(Element):
    """The agency's or the parent government's logo from the brand kit, fitted inside its box."""

    type: ClassVar[str] = "logo"
    box: Box = _v(_BoxV(strict=True))
    which: str = _v(_Choice(("agency", "government")), "agency")
    align: str = _v(_Choice(ALIGNS), "left")
    valign: str = _v(_Choice(VALIGNS), "middle")


@dataclass(frozen=True, kw_only=True)
class ListElement(Element):
    """Bullet or numbered items from a list field, all at one fitted size."""

    type: ClassVar[str] = "list"
    box: Box = _v(_BoxV(strict=True))
    field: str = _v(_FieldRef(("list", "multiline")))
    style: str = _v(_Choice(("bullet", "numbered")), "bullet")
    marker: str = _v(_Choice(("plain", "badge")), "plain")
    font: str = _v(_Choice(FONT_ROLES), "body")
    max_size: float = _v(_SIZE, 0.04)
    min_size: float = _v(_SIZE, 0.018)
    color: str = _v(_Colour(), "text")
    marker_color: str = _v(_Colour(), "primary")
    max_items: int = _v(_Int(1, MAX_LIST_ITEMS), 6)
    max_lines_per_item: int = _v(_Int(1, 20), 3)
    line_spacing: float = _v(_Num(0.8, 3.0), 1.2)
    item_gap: float = _v(_Num(0, 3.0), 0.6)
    valign: str = _v(_Choice(VALIGNS), "top")
    follow: str | None = _v(_Optional(_ID), None)
    gap: float = _v(_Num(0, 0.5), 0.02)


@dataclass(frozen=True, kw_only=True)
class StatElement(Element):
    """A big number with the label that says what it counts."""

    type: ClassVar[str] = "stat"
    box: Box = _v(_BoxV(strict=True))
    field: str = _v(_FieldRef(("number", "text")))
    label_field: str | None = _v(_Optional(_FieldRef(("text", "multiline"))), None)
    color: str = _v(_Colour(), "primary")
    label_color: str = _v(_Colour(), "text")
    number_share: float = _v(_Num(0.2, 1.0), 0.62)
    max_size: float = _v(_SIZE, 0.2)
    label_max_size: float = _v(_SIZE, 0.04)
    label_max_lines: int = _v(_Int(1, 10), 3)
    align: str = _v(_Choice(ALIGNS), "center")


@dataclass(frozen=True, kw_only=True)
class QrElement(Element):
    """A QR code for a link, square, centred in its box."""

    type: ClassVar[str] = "qr"
    box: Box = _v(_BoxV(strict=True))
    field: str = _v(_FieldRef(("url", "text")))
    color: str = _v(_Colour(), "#000000")
    background: str = _v(_Colour(), "#FFFFFF")
    quiet_zone: int = _v(_Int(1, 8), 2)
    align: str = _v(_Choice(ALIGNS), "center")


@dataclass(frozen=True, kw_only=True)
class FooterElement(Element):
    """The brand kit's footer line (website, hotline, handle), on one fitted line."""

    type: ClassVar[str] = "footer"
    box: Box = _v(_BoxV(strict=True))
    color: str = _v(_Colour(), "text")
    font: str = _v(_Choice(FONT_ROLES), "body")
    align: str = _v(_Choice(ALIGNS), "center")
    max_size: float = _v(_SIZE, 0.022)
    min_size: float = _v(_SIZE, 0.012)


@dataclass(frozen=True, kw_only=True)
class WatermarkElement(Element):
    """The brand kit's watermark image, faint, fitted inside its box."""

    type: ClassVar[str] = "watermark"
    box: Box = _v(_BoxV(strict=False), FULL_BOX)
    opacity: float | None = _v(_Optional(_Num(0, 1)), None)
    bleed: bool = _v(_Bool(), False)


ELEMENT_TYPES: dict[str, type[Element]] = {
    cls.type: cls
    for cls in (
        BackgroundElement,
        ShapeElement,
        TextElement,
        ImageElement,
        LogoElement,
        ListElement,
        StatElement,
        QrElement,
        FooterElement,
        WatermarkElement,
    )
}
ELEMENT_TYPES["shape"] = ShapeElement  # an alias: "rect" and "shape" read the same
# Elements whose content must stay inside the safe zone; only these may not bleed.
CONTENT_TYPES = ("text", "logo", "list", "stat", "qr", "footer")


# --- template -------------------------------------------------------------------------

ListValue = tuple[str, ...]
FieldValue = str | ListValue


@dataclass(frozen=True)
class FieldSpec:
    """A value the user fills in; `label` is English source text (context InfographicTemplate)."""

    name: str
    label: str
    kind: str = "text"
    required: bool = False
    max_length: int = 200
    max_items: int = 6
    default: FieldValue | None = None
    example: FieldValue | None = None
    # For a choice field: the values the user picks from (drawn as they are written).
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class SafeZone:
    """Fractions of the canvas kept free of content (platform UI covers them)."""

    top: float = 0.0
    bottom: float = 0.0
    left: float = 0.0
    right: float = 0.0


# Minimums the engine always keeps; a template may ask for more, never less.
DEFAULT_SAFE_ZONES: dict[str, SafeZone] = {
    "story": SafeZone(top=0.14, bottom=0.20, left=0.0, right=0.0),
}


@dataclass(frozen=True)
class SlideSpec:
    elements: tuple[Element, ...]
    name: str = ""


@dataclass(frozen=True)
class TemplateSpec:
    key: str
    name: str
    category: Category
    fields: tuple[FieldSpec, ...]
    slides: tuple[SlideSpec, ...]
    description: str = ""
    safe_zones: Mapping[str, SafeZone] = dc_field(default_factory=dict)
    spec_version: int = SPEC_VERSION

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

    def safe_zone(self, aspect: str) -> SafeZone:
        base = DEFAULT_SAFE_ZONES.get(aspect, SafeZone())
        own = self.safe_zones.get(aspect, SafeZone())
        return SafeZone(*(max(getattr(base, k), getattr(own, k)) for k in _SAFE_KEYS))

    def examples(self) -> dict[str, FieldValue]:
        """Demo values for a gallery thumbnail: each field's example, else its default."""
        out: dict[str, FieldValue] = {}
        for f in self.fields:
            value = f.example if f.example is not None else f.default
            if value is not None:
                out[f.name] = value
        return out


_SAFE_KEYS = ("top", "bottom", "left", "right")


# --- parsing --------------------------------------------------------------------------


def _obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TemplateSpecError(MSG_OBJECT, path)
    return value


def _lst(value: Any, path: str, lo: int, hi: int) -> list[Any]:
    if not isinstance(value, list):
        raise TemplateSpecError(MSG_LIST, path)
    if len(value) > hi:
        raise TemplateSpecError(MSG_TOO_MANY, path, max=hi)
    if len(value) < lo:
        raise TemplateSpecError(MSG_TOO_FEW, path, min=lo)
    return value


def _check_keys(data: dict[str, Any], allowed: Sequence[str], path: str) -> None:
    for key in data:
        if key not in allowed:
            raise TemplateSpecError(MSG_UNKNOWN_KEY, f"{path}.{_key(key)}" if path else _key(key))


def _schema(cls: type[Element]) -> list[dataclasses.Field[Any]]:
    return [f for f in dataclasses.fields(cls) if "v" in f.metadata]


def _parse_plain_element(cls: type[Element], data: dict[str, Any], path: str) -> Element:
    kwargs: dict[str, Any] = {}
    for f in _schema(cls):
        p = f"{path}.{f.name}"
        if f.name not in data:
            if f.default is MISSING:
                raise TemplateSpecError(MSG_MISSING, p)
            continue
        kwargs[f.name] = f.metadata["v"].parse(data[f.name], p)
    element = cls(**kwargs)
    _cross_check(element, path)
    return element


def _cross_check(element: Element, path: str) -> None:
    lo, hi = getattr(element, "min_size", None), getattr(element, "max_size", None)
    if lo is not None and hi is not None and lo > hi:
        raise TemplateSpecError(MSG_MIN_MAX, f"{path}.min_size", other="max_size")
    if isinstance(element, TextElement):
        if element.field is not None and element.text is not None:
            raise TemplateSpecError(MSG_ONE_OF, path, first="field", second="text")
        if element.field is None and element.text is None:
            raise TemplateSpecError(MSG_NEEDS_ONE, path, first="field", second="text")


def _parse_element(data: Any, path: str) -> Element:
    data = _obj(data, path)
    kind = data.get("type")
    if "type" not in data:
        raise TemplateSpecError(MSG_MISSING, f"{path}.type")
    if not isinstance(kind, str) or kind not in ELEMENT_TYPES:
        raise TemplateSpecError(
            MSG_ELEMENT_TYPE, f"{path}.type", value=_show(kind), choices=", ".join(ELEMENT_TYPES)
        )
    cls = ELEMENT_TYPES[kind]
    names = [f.name for f in _schema(cls)]
    _check_keys(data, ["type", "layouts", *names], path)
    base_data = {k: v for k, v in data.items() if k not in ("type", "layouts")}
    element = _parse_plain_element(cls, base_data, path)
    layouts: dict[str, Element] = {}
    if "layouts" in data:
        lpath = f"{path}.layouts"
        raw = _obj(data["layouts"], lpath)
        for aspect, override in raw.items():
            apath = f"{lpath}.{_key(aspect)}"
            if aspect not in ASPECTS:
                raise TemplateSpecError(
                    MSG_CHOICE, f"{lpath}.{_key(aspect)}", choices=", ".join(ASPECTS)
                )
            override = _obj(override, apath)
            _check_keys(override, names, apath)
            # Errors can only come from the override's own keys: the base is valid.
            layouts[aspect] = _parse_plain_element(cls, {**base_data, **override}, apath)
    return dataclasses.replace(element, layouts=layouts) if layouts else element


def _field_value(value: Any, path: str, kind: str, max_length: int, max_items: int) -> FieldValue:
    if kind == "list":
        items = _lst(value, path, 0, max_items)
        return tuple(_Str(max_length).parse(item, f"{path}[{i}]") for i, item in enumerate(items))
    return _Str(max_length).parse(value, path)


_FIELD_KEYS = (
    "name",
    "label",
    "kind",
    "required",
    "max_length",
    "max_items",
    "default",
    "example",
    "choices",
)


def _parse_field(data: Any, path: str) -> FieldSpec:
    data = _obj(data, path)
    _check_keys(data, _FIELD_KEYS, path)
    for key in ("name", "label"):
        if key not in data:
            raise TemplateSpecError(MSG_MISSING, f"{path}.{key}")
    name = _FIELD_NAME.parse(data["name"], f"{path}.name")
    label = _Str(80, empty=False).parse(data["label"], f"{path}.label")
    kind = _Choice(FIELD_KINDS).parse(data.get("kind", "text"), f"{path}.kind")
    required = _Bool().parse(data.get("required", False), f"{path}.required")
    default_len = {"multiline": 1000, "list": 200, "url": 500}.get(kind, 200)
    max_length = _Int(1, MAX_TEXT).parse(data.get("max_length", default_len), f"{path}.max_length")
    max_items = _Int(1, MAX_LIST_ITEMS).parse(data.get("max_items", 6), f"{path}.max_items")
    values: dict[str, FieldValue | None] = {}
    for key in ("default", "example"):
        raw = data.get(key)
        values[key] = (
            None if raw is None else _field_value(raw, f"{path}.{key}", kind, max_length, max_items)
        )
    choices: tuple[str, ...] = ()
    if kind == "choice":
        if "choices" not in data:
            raise TemplateSpecError(MSG_MISSING, f"{path}.choices")
        raw_choices = _lst(data["choices"], f"{path}.choices", 1, MAX_LIST_ITEMS)
        choices = tuple(
            _Str(max_length, empty=False).parse(c, f"{path}.choices[{i}]")
            for i, c in enumerate(raw_choices)
        )
        for key in ("default", "example"):
            if values[key] is not None and values[key] not in choices:
                raise TemplateSpecError(MSG_CHOICE, f"{path}.{key}", choices=", ".join(choices))
    elif "choices" in data:
        raise TemplateSpecError(MSG_UNKNOWN_KEY, f"{path}.choices")
    return FieldSpec(
        name,
        label,
        kind,
        required,
        max_length,
        max_items,
        values["default"],
        values["example"],
        choices,
    )


def _parse_safe_zones(data: Any, path: str) -> dict[str, SafeZone]:
    data = _obj(data, path)
    out = {}
    for aspect, zone in data.items():
        apath = f"{path}.{_key(aspect)}"
        if aspect not in ASPECTS:
            raise TemplateSpecError(MSG_CHOICE, apath, choices=", ".join(ASPECTS))
        zone = _obj(zone, apath)
        _check_keys(zone, _SAFE_KEYS, apath)
        out[aspect] = SafeZone(
            **{k: _Num(0, 0.4).parse(zone[k], f"{apath}.{k}") for k in _SAFE_KEYS if k in zone}
        )
    return out


_TOP_KEYS = (
    "spec_version",
    "key",
    "name",
    "category",
    "description",
    "fields",
    "slides",
    "safe_zones",
)


def _check_bindings(spec: TemplateSpec) -> None:
    kinds = {f.name: f.kind for f in spec.fields}
    for s, slide in enumerate(spec.slides):
        earlier: set[str] = set()
        for e, element in enumerate(slide.elements):
            variants = [("", element)] + [(f".layouts.{a}", v) for a, v in element.layouts.items()]
            for suffix, variant in variants:
                follow = getattr(variant, "follow", None)
                if follow is not None and follow not in earlier:
                    raise TemplateSpecError(
                        MSG_FOLLOW, f"slides[{s}].elements[{e}]{suffix}.follow", value=_show(follow)
                    )
                for f in _schema(type(variant)):
                    validator = f.metadata["v"]
                    if isinstance(validator, _Optional):
                        validator = validator.inner
                    value = getattr(variant, f.name)
                    if not isinstance(validator, _FieldRef) or value is None:
                        continue
                    path = f"slides[{s}].elements[{e}]{suffix}.{f.name}"
                    if value not in kinds:
                        raise TemplateSpecError(MSG_FIELD_UNKNOWN, path, value=_show(value))
                    if kinds[value] not in validator.kinds:
                        raise TemplateSpecError(
                            MSG_FIELD_KIND,
                            path,
                            value=_show(value),
                            kind=kinds[value],
                            kinds=", ".join(validator.kinds),
                        )
            if element.id is not None:
                if element.id in earlier:
                    path = f"slides[{s}].elements[{e}].id"
                    raise TemplateSpecError(MSG_DUPLICATE, path, value=_show(element.id))
                earlier.add(element.id)


def _object_depth_ok(data: Any) -> bool:
    stack: list[tuple[Any, int]] = [(data, 1)]
    seen = 0
    while stack:
        value, depth = stack.pop()
        seen += 1
        if depth > MAX_DEPTH or seen > 2_000_000:
            return False
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list | tuple):
            stack.extend((v, depth + 1) for v in value)
    return True


def _load_json(data: bytes | str) -> Any:
    """The template's text through the one strict reader, its refusals in template words."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    try:
        return load_strict_json(raw, max_bytes=MAX_JSON_BYTES, max_depth=MAX_DEPTH, allow_bom=True)
    except StrictJsonError as exc:
        if exc.kind == "too_large":
            raise TemplateSpecError(
                MSG_TOO_LARGE, size_kb=len(raw) // 1024, limit_kb=MAX_JSON_BYTES // 1024
            ) from exc
        if exc.kind == "encoding":
            raise TemplateSpecError(MSG_ENCODING) from exc
        if exc.kind == "too_deep":
            raise TemplateSpecError(MSG_TOO_DEEP, max=MAX_DEPTH) from exc
        if exc.kind == "not_finite":
            raise TemplateSpecError(MSG_NOT_FINITE, value=exc.value) from exc
        if exc.kind == "duplicate_key":
            raise TemplateSpecError(MSG_DUPLICATE, value=_show(exc.value)) from exc
        line = "?" if exc.line is None else exc.line
        column = "?" if exc.column is None else exc.column
        raise TemplateSpecError(MSG_JSON, line=line, column=column, reason=exc.reason) from exc


def parse_template(data: bytes | str | Mapping[str, Any]) -> TemplateSpec:
    """Validate a template strictly; TemplateSpecError names the path and what is wrong."""
    if isinstance(data, bytes | bytearray | str):
        data = _load_json(data)
    elif not _object_depth_ok(data):
        raise TemplateSpecError(MSG_TOO_DEEP, max=MAX_DEPTH)
    try:
        return _parse_root(data)
    except RecursionError as exc:  # pragma: no cover - depth is bounded above
        raise TemplateSpecError(MSG_TOO_DEEP, max=MAX_DEPTH) from exc


def _parse_root(data: Any) -> TemplateSpec:
    if not isinstance(data, dict):
        raise TemplateSpecError(MSG_OBJECT, "template")
    _check_keys(data, _TOP_KEYS, "")
    for key in ("spec_version", "key", "name", "category", "slides"):
        if key not in data:
            raise TemplateSpecError(MSG_MISSING, key)
    version = data["spec_version"]
    if isinstance(version, int) and not isinstance(version, bool) and version > SPEC_VERSION:
        raise TemplateSpecError(MSG_FUTURE, "spec_version", found=version, supported=SPEC_VERSION)
    version = _Int(1, SPEC_VERSION).parse(version, "spec_version")
    key = _Str(64, pattern=r"[a-z0-9][a-z0-9_-]{0,63}", hint="a-z, 0-9, - and _").parse(
        data["key"], "key"
    )
    name = _Str(80, empty=False).parse(data["name"], "name")
    category = Category(_Choice([c.value for c in Category]).parse(data["category"], "category"))
    description = _Str(500).parse(data.get("description", ""), "description")
    fields = tuple(
        _parse_field(f, f"fields[{i}]")
        for i, f in enumerate(_lst(data.get("fields", []), "fields", 0, MAX_FIELDS))
    )
    seen: set[str] = set()
    for i, f in enumerate(fields):
        if f.name in seen:
            raise TemplateSpecError(MSG_DUPLICATE, f"fields[{i}].name", value=_show(f.name))
        seen.add(f.name)
    slides = []
    for s, raw_slide in enumerate(_lst(data["slides"], "slides", 1, MAX_SLIDES)):
        spath = f"slides[{s}]"
        raw_slide = _obj(raw_slide, spath)
        _check_keys(raw_slide, ("name", "elements"), spath)
        if "elements" not in raw_slide:
            raise TemplateSpecError(MSG_MISSING, f"{spath}.elements")
        elements = _lst(raw_slide["elements"], f"{spath}.elements", 0, MAX_ELEMENTS)
        slides.append(
            SlideSpec(
                tuple(_parse_element(e, f"{spath}.elements[{i}]") for i, e in enumerate(elements)),
                _Str(80).parse(raw_slide.get("name", ""), f"{spath}.name"),
            )
        )
    safe = _parse_safe_zones(data["safe_zones"], "safe_zones") if "safe_zones" in data else {}
    spec = TemplateSpec(key, name, category, fields, tuple(slides), description, safe, version)
    _check_bindings(spec)
    return spec


# --- writing --------------------------------------------------------------------------


def _element_dict(element: Element) -> dict[str, Any]:
    out: dict[str, Any] = {"type": element.type}
    for f in _schema(type(element)):
        value = getattr(element, f.name)
        if f.default is MISSING or value != f.default:
            out[f.name] = f.metadata["v"].dump(value)
    return out


def _element_to_json(element: Element) -> dict[str, Any]:
    out = _element_dict(element)
    if element.layouts:
        layouts = {}
        for aspect, variant in element.layouts.items():
            full = _element_dict(variant)
            keys = [k for k in (*out, *full) if k != "type"]
            layouts[aspect] = {
                k: full.get(k, _default_dump(variant, k))
                for k in dict.fromkeys(keys)
                if full.get(k, _default_dump(variant, k)) != out.get(k, _default_dump(element, k))
            }
        out["layouts"] = layouts
    return out


def _default_dump(element: Element, name: str) -> Any:
    for f in _schema(type(element)):
        if f.name == name:
            return None if f.default is MISSING else f.metadata["v"].dump(f.default)
    return None


def _field_to_json(f: FieldSpec) -> dict[str, Any]:
    out: dict[str, Any] = {"name": f.name, "label": f.label, "kind": f.kind}
    if f.required:
        out["required"] = True
    out["max_length"] = f.max_length
    if f.kind == "list":
        out["max_items"] = f.max_items
    if f.choices:
        out["choices"] = list(f.choices)
    for key in ("default", "example"):
        value = getattr(f, key)
        if value is not None:
            out[key] = list(value) if isinstance(value, tuple) else value
    return out


def template_to_dict(spec: TemplateSpec) -> dict[str, Any]:
    out: dict[str, Any] = {
        "spec_version": spec.spec_version,
        "key": spec.key,
        "name": spec.name,
        "category": spec.category.value,
    }
    if spec.description:
        out["description"] = spec.description
    out["fields"] = [_field_to_json(f) for f in spec.fields]
    if spec.safe_zones:
        out["safe_zones"] = {
            a: {k: getattr(z, k) for k in _SAFE_KEYS if getattr(z, k)}
            for a, z in spec.safe_zones.items()
        }
    out["slides"] = [
        ({"name": s.name} if s.name else {})
        | {"elements": [_element_to_json(e) for e in s.elements]}
        for s in spec.slides
    ]
    return out


def template_to_json(spec: TemplateSpec) -> str:
    """Readable JSON that parse_template reads back to an equal spec."""
    return json.dumps(template_to_dict(spec), ensure_ascii=False, indent=2) + "\n"


# --- built-in templates ---------------------------------------------------------------

BUILTIN_ORDER = (
    "pengumuman",
    "agenda-kegiatan",
    "capaian-kinerja",
    "infografis-poin",
    "infografis-poin-carousel",
    "kutipan-pimpinan",
    "layanan-publik",
    "klarifikasi-hoaks",
    "ucapan-hari-besar",
)


@lru_cache(maxsize=1)
def _builtin() -> tuple[TemplateSpec, ...]:
    folder = resource_path("templates")
    specs = [parse_template(path.read_bytes()) for path in sorted(folder.glob("*.json"))]
    rank = {key: i for i, key in enumerate(BUILTIN_ORDER)}
    return tuple(sorted(specs, key=lambda s: (rank.get(s.key, len(rank)), s.key)))


def load_builtin_templates() -> list[TemplateSpec]:
    """The templates shipped in resources/templates, in gallery order."""
    return list(_builtin())
