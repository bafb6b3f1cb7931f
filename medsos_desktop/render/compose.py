"""Composing one slide: every element drawn in order at the canvas's aspect, the
content block balanced between the header and the footer, and the small gallery
thumbnail."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PIL import Image

from medsos_desktop.domain.brand import BrandKit
from medsos_desktop.render.canvas import (
    MAX_SIDE,
    MIN_SIDE,
    SIZES,
    Box4,
    aspect_class,
    layout_area,
    type_scale,
)
from medsos_desktop.render.colour import hex_rgb, safe_palette
from medsos_desktop.render.context import SlideContext, field_values, is_empty
from medsos_desktop.render.elements import bound_fields, draw_element, element_name
from medsos_desktop.render.fonts import FontRegistry, LoadBlob, default_registry
from medsos_desktop.render.paint import shape_mask, vertical_alpha
from medsos_desktop.render.photos import fitted_images
from medsos_desktop.render.problems import MSG_REQUIRED, RenderResult
from medsos_desktop.render.slides import lead_in, slide_plan
from medsos_desktop.render.spec import (
    BackgroundElement,
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
from medsos_desktop.render.text import emoji_images


def clear_caches() -> None:
    """Forget resized images (tests and benchmarks measure cold renders with this)."""
    fitted_images.clear()
    emoji_images.clear()
    shape_mask.cache_clear()
    vertical_alpha.cache_clear()


def render(
    spec: TemplateSpec,
    size: tuple[int, int],
    brand: BrandKit,
    fields: Mapping[str, str | Sequence[str]],
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
    palette = safe_palette(brand.palette)
    aspect = aspect_class(width, height)
    bases = spec.slides[spec_slide].elements
    elements = [base.for_aspect(aspect) for base in bases]

    def draw(moves: dict[int, tuple[int, int]]) -> SlideContext:
        ctx = SlideContext(
            spec=spec,
            canvas=Image.new("RGB", (width, height), hex_rgb(palette.background)),
            area=layout_area(spec, (width, height)),
            palette=palette,
            brand=brand,
            values=field_values(spec, fields),
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


def _draw_elements(ctx: SlideContext, bases: Sequence[Element]) -> None:
    required_seen: set[str] = set()
    continuation = any(first > 0 for first, _end in ctx.list_window.values())
    lead_ins = set()
    for element in ctx.elements:
        if isinstance(element, ListElement):
            lead = lead_in(ctx.elements, element, "")
            if lead is not None:
                lead_ins.add(id(lead))
    for index, base in enumerate(bases):
        element = ctx.elements[index]
        name = element_name(base, index)
        for bound in bound_fields(element):
            spec_field: FieldSpec | None = ctx.spec.field(bound)
            if (
                spec_field is not None
                and spec_field.required
                and bound not in required_seen
                and is_empty(ctx.values.get(bound, ""))
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
        draw_element(ctx, element, name)
        ctx.done.add(id(element))


def _content_ids(ctx: SlideContext) -> set[int]:
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


def _balance_shift(ctx: SlideContext) -> int:
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
    fields: Mapping[str, str | Sequence[str]] | None = None,
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
    result = render(spec, small, brand, values, load_blob=load_blob, slide=slide, fonts=fonts)
    return result.image
