"""Rendering a template spec to an RGB image, in an agency's brand, at any size.

Rendering never raises for anything a user can produce — missing blobs, empty or
huge fields, emoji, scripts the fonts lack, a hostile but valid template: each is
drawn as well as possible and reported as a `RenderProblem`. Every text is drawn
through a mask the size of its box, so no text can ever spill outside its box.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence

from PIL import Image

from medsos_desktop.domain.brand import DEFAULT_BODY_FONT, DEFAULT_HEADING_FONT, BrandKit
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
from medsos_desktop.render.context import _Ctx, _field_values, _is_empty, role_sizes
from medsos_desktop.render.elements import (
    MAX_QR_CHARS,
    QR_MIN_MODULE_PX,
    _bound_fields,
    _draw,
    _element_name,
)
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
from medsos_desktop.render.paint import _shape_mask, _vertical_alpha
from medsos_desktop.render.photos import MAX_BLOB_PIXELS, MAX_ENLARGEMENT, _fitted_images, cover_box
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
    ImageElement,
    ListElement,
    ShapeElement,
    StatElement,
    TemplateSpec,
    TextElement,
    WatermarkElement,
)
from medsos_desktop.render.text import _emoji_images

# Points of a list on one slide before the rest moves to continuation slides.
LIST_ITEMS_PER_SLIDE = 5
LIST_ITEMS_ONE_SLIDE = 6


def clear_caches() -> None:
    """Forget resized images (tests and benchmarks measure cold renders with this)."""
    _fitted_images.clear()
    _emoji_images.clear()
    _shape_mask.cache_clear()
    _vertical_alpha.cache_clear()


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
