"""Rendering a template spec to an RGB image, in an agency's brand, at any size.

Rendering never raises for anything a user can produce — missing blobs, empty or
huge fields, emoji, scripts the fonts lack, a hostile but valid template: each is
drawn as well as possible and reported as a `RenderProblem`. Every text is drawn
through a mask the size of its box, so no text can ever spill outside its box.

The engine is split by responsibility; this module keeps its public names in one
place for callers: `canvas` (sizes, aspect classes, type scale), `colour`,
`problems` (what a render reports), `font_chain`, `paint` (masks and fills),
`context` (one slide's state and flow rules), `text`, `blocks` (lists, numbers,
footer), `photos`, `elements`, `slides` (continuation planning) and `compose`
(a whole slide).
"""

from __future__ import annotations

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
from medsos_desktop.render.colour import RGB, contrast_ratio, resolve_colour
from medsos_desktop.render.compose import clear_caches, render, thumbnail
from medsos_desktop.render.context import role_sizes
from medsos_desktop.render.elements import MAX_QR_CHARS, QR_MIN_MODULE_PX
from medsos_desktop.render.font_chain import (
    EMOJI,
    FALLBACK,
    MISSING,
    PRIMARY,
    SKIP,
    ChainMeasurer,
    FontChain,
)
from medsos_desktop.render.fonts import default_registry
from medsos_desktop.render.photos import MAX_BLOB_PIXELS, MAX_ENLARGEMENT, cover_box
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
from medsos_desktop.render.slides import (
    LIST_ITEMS_ONE_SLIDE,
    LIST_ITEMS_PER_SLIDE,
    slide_count,
    slide_plan,
)

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
