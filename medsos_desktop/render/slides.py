"""Slide planning: which template slides are drawn, and how a list with more points
than fit one slide continues on further slides (a carousel grows, no point dropped)."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence

from medsos_desktop.domain.brand import DEFAULT_BODY_FONT, DEFAULT_HEADING_FONT, BrandKit
from medsos_desktop.render.canvas import aspect_class, layout_area, text_role, type_scale
from medsos_desktop.render.context import field_values
from medsos_desktop.render.font_chain import ChainMeasurer, shared_chain
from medsos_desktop.render.fonts import FontError, FontRegistry, LoadBlob, default_registry
from medsos_desktop.render.layout import fit_list
from medsos_desktop.render.spec import Box, Element, ListElement, TemplateSpec, TextElement

# Points of a list on one slide before the rest moves to continuation slides.
LIST_ITEMS_PER_SLIDE = 5
LIST_ITEMS_ONE_SLIDE = 6


def _chunks(count: int, capacity: int = LIST_ITEMS_ONE_SLIDE) -> list[tuple[int, int]]:
    """A list of `count` points split into slides: all on one when they fit (`capacity`),
    else even slides of at most LIST_ITEMS_PER_SLIDE (7 points: 4 and 3, never 5 and 2)."""
    if count <= capacity:
        return [(0, count)]
    slides = math.ceil(count / max(1, min(capacity, LIST_ITEMS_PER_SLIDE)))
    bounds = [math.ceil(i * count / slides) for i in range(slides + 1)]  # fuller first
    return [(bounds[i], bounds[i + 1]) for i in range(slides)]


def lead_in(elements: Sequence[Element], el: ListElement, aspect: str) -> TextElement | None:
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
    fields: Mapping[str, str | Sequence[str]],
    brand: BrandKit | None = None,
    registry: FontRegistry | None = None,
) -> list[tuple[int, dict[str, tuple[int, int]]]]:
    """The slides to draw: (template slide, the window of each list on it). A slide whose
    list has more points than fit is repeated with the next points (a carousel grows)."""
    values = field_values(spec, fields)

    def measurer_for(role: str) -> ChainMeasurer | None:
        if brand is None or registry is None:
            return None
        ref = brand.heading_font if role == "heading" else brand.body_font
        default = DEFAULT_HEADING_FONT if role == "heading" else DEFAULT_BODY_FONT
        for candidate in (ref, default):
            try:
                return shared_chain(registry, candidate).measurer
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
            lead = lead_in(slide.elements, el, aspect)
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
    fields: Mapping[str, str | Sequence[str]] | None = None,
    *,
    load_blob: LoadBlob | None = None,
    fonts: FontRegistry | None = None,
) -> int:
    """How many images `render` makes of these fields: the template's slides plus the
    continuation slides of long lists."""
    registry = fonts if fonts is not None else default_registry(load_blob)
    return len(slide_plan(spec, size, fields or {}, brand or BrandKit(), registry))
