"""The state of one slide being drawn (`SlideContext`): boxes in canvas pixels, the
user's field values, fonts, the problems found, and the flow rules — a text that grows
moves what lies below it, a follower starts under what it follows, a card stretches
with the text it holds."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from PIL import Image

from medsos_desktop.domain.brand import DEFAULT_BODY_FONT, DEFAULT_HEADING_FONT, BrandKit, Palette
from medsos_desktop.render.canvas import Box4, TypeScale, text_role
from medsos_desktop.render.colour import RGB, resolve_colour
from medsos_desktop.render.font_chain import FontChain, shared_chain
from medsos_desktop.render.fonts import FontError, FontRegistry, LoadBlob
from medsos_desktop.render.layout import fit_list, fit_text
from medsos_desktop.render.paint import paint_shape
from medsos_desktop.render.problems import MSG_FONT, DrawnText, RenderProblem
from medsos_desktop.render.spec import (
    MAX_TEXT,
    BackgroundElement,
    Box,
    Element,
    FooterElement,
    ListElement,
    LogoElement,
    QrElement,
    ShapeElement,
    TemplateSpec,
    TextElement,
    WatermarkElement,
)


@dataclass
class SlideContext:
    """One slide being drawn: every element's drawing function reads and updates it (the
    canvas, where texts really ended, what moved), in the order the template lists them."""

    spec: TemplateSpec
    canvas: Image.Image
    area: tuple[int, int, int, int]
    palette: Palette
    brand: BrandKit
    values: dict[str, str | list[str]]
    registry: FontRegistry
    load_blob: LoadBlob
    problems: list[RenderProblem]
    chains: dict[str, FontChain] = field(default_factory=dict)
    # Bottom edge (canvas pixels) of what each element with an id drew, for `follow`.
    drawn: dict[str, int] = field(default_factory=dict)
    # The export's width over this canvas's: a preview drawn small judges photo
    # enlargement and QR module size in the exported image's pixels.
    export_scale: float = 1.0
    scale: TypeScale = field(default_factory=lambda: TypeScale(64, 96, 28, 36, 24))
    texts: list[DrawnText] = field(default_factory=list)
    # The slide's elements as drawn at this aspect (what a growing title must not cover).
    elements: list[Element] = field(default_factory=list)
    # Texts that grew moved what lies below them: element id() to (top, bottom) shifts.
    moves: dict[int, tuple[int, int]] = field(default_factory=dict)
    # A list's items on this slide: field name to (first index, end index).
    list_window: dict[str, tuple[int, int]] = field(default_factory=dict)
    # id() of the elements drawn so far, and where texts and lists really ended.
    done: set[int] = field(default_factory=set)
    bottoms: dict[int, int] = field(default_factory=dict)
    # Left-aligned logo slots the brand kit has no logo for: the text beside one moves in.
    empty_logos: list[Box4] = field(default_factory=list)

    def moved(self, element: Element, box: Box4) -> Box4:
        """`box` of `element` shifted by the texts above it that grew (see `grow_room`)."""
        shift = self.moves.get(id(element))
        if shift is None:
            return box
        return box[0], box[1] + shift[0], box[2], max(box[1] + shift[0] + 1, box[3] + shift[1])

    def empty_field(self, name: str | None) -> bool:
        return bool(name) and is_empty(self.values.get(name or "", ""))

    def _takes_room(self, other: Element) -> bool:
        """Whether `other` is drawn and occupies space (not a tint, scrim or empty field)."""
        if isinstance(other, BackgroundElement | WatermarkElement) or other.hidden:
            return False
        if other.when and self.empty_field(other.when):
            return False
        if other.unless and not self.empty_field(other.unless):
            return False
        if isinstance(other, ShapeElement) and (
            other.opacity < 0.9 or other.opacity_to or other.shape != "rect"
        ):
            return False  # decoration: a tint, a scrim or a ring may be written over
        if isinstance(other, TextElement) and other.field and self.empty_field(other.field):
            return False
        return not (isinstance(other, ListElement) and self.empty_field(other.field))

    def _fixed(self, other: Element, box: Box4) -> bool:
        """Elements that never move: logos, QR codes (and their cards), footers, bands at
        the canvas edge below `box`."""
        if isinstance(other, LogoElement | QrElement | FooterElement):
            return True
        if other.bleeds:
            return True

        def inside(a: Box4, b: Box4) -> bool:
            return b[0] <= a[0] and b[1] <= a[1] and b[2] >= a[2] and b[3] >= a[3]

        qr_boxes = [self.box(q.box) for q in self.elements if isinstance(q, QrElement)]
        if not qr_boxes:
            return False
        # A QR code's card, and the caption and link on that card, stay with the code.
        cards = [
            self.box(e.box)
            for e in self.elements
            if isinstance(e, ShapeElement) and any(inside(q, self.box(e.box)) for q in qr_boxes)
        ]
        ob = self.box(other.box_or_full)
        return any(inside(q, ob) for q in qr_boxes) or any(inside(ob, c) for c in cards)

    def _flexible(self, other: Element) -> bool:
        return isinstance(other, ListElement) or (
            isinstance(other, TextElement) and text_role(other) in ("body", "lead")
        )

    def _held_text(self, shape: Element, ob: Box4) -> tuple[Element, Box4] | None:
        """The flexible text or list a card (an opaque shape) holds, if any: the card
        gives up what its text does not need."""
        if not isinstance(shape, ShapeElement) or shape.bleeds:
            return None
        for other in self.elements:
            if other is shape or not self._flexible(other) or not self._takes_room(other):
                continue
            tb = self.element_box(other)
            if (
                ob[1] <= tb[1]
                and ob[3] >= tb[3]
                and ob[0] < tb[2]
                and ob[2] > tb[0] - self.unit // 8
            ):
                return other, tb
        return None

    def spare(self, element: Element, box: Box4) -> int:
        """Pixels at the bottom of a flexible text's or list's box that it does not need
        even at the body's smallest size: what it can give to a text above that grows."""
        height = box[3] - box[1]
        try:
            if isinstance(element, TextElement):
                text = clean_text(self.text_value(element.field)).strip()
                if not text:
                    return height
                chain = self.chain(element.font, "")
                _hi, lo = role_sizes(self, text_role(element), element.max_size, element.min_size)
                fit = fit_text(
                    text,
                    box[2] - box[0],
                    10 * height + 1000,
                    chain.measurer,
                    max_size=lo,
                    min_size=lo,
                    max_lines=60,
                    line_spacing=element.line_spacing,
                )
                return max(0, height - fit.height)
            if isinstance(element, ListElement):
                items = self.list_value(element.field)
                first, end = self.list_window.get(element.field, (0, len(items)))
                items = items[first:end]
                if not items:
                    return height
                chain = self.chain(element.font, "")
                _hi, lo = role_sizes(self, "body", element.max_size, element.min_size)
                list_fit = fit_list(
                    items,
                    box[2] - box[0],
                    10 * height + 1000,
                    chain.measurer,
                    indent=lambda size: round(size * 2.0),
                    max_size=lo,
                    min_size=lo,
                    max_lines_per_item=60,
                    line_spacing=element.line_spacing,
                    item_gap=element.item_gap,
                )
                return max(0, height - list_fit.height)
        except FontError:
            return 0
        return 0

    @property
    def min_gap(self) -> int:
        return max(8, (round(self.unit * 0.012) + 7) // 8 * 8)  # on the 8 px grid

    def _shifts(self, box: Box4, own: Element, dy: int) -> dict[int, tuple[int, int]] | None:
        """What moves, and by how much, when the element in `box` grows `dy` pixels: the
        elements under it stack down, free space and what a text or list does not need
        absorbing the growth; None when something that must stay (footer, logo, QR code,
        edge band) or the canvas's content area would be reached."""
        gap = self.min_gap
        grower = (box, dy)
        done: list[tuple[Box4, int]] = [grower]
        shifts: dict[int, tuple[int, int]] = {}
        entries = []
        for other in self.elements:
            if other is own or not self._takes_room(other):
                continue
            ob = (
                self.box(other.box) if isinstance(other, FooterElement) else self.element_box(other)
            )
            if ob[3] <= box[3] - 2:
                continue  # wholly above
            entries.append((ob[1], other, ob))
        entries.sort(key=lambda entry: entry[0])
        for _top, other, ob in entries:
            overlaps = ob[0] < box[2] and ob[2] > box[0]
            if ob[1] < box[3] - 2:
                # Beside or around the text: a card holding it stretches, the rest stays.
                if overlaps and isinstance(other, ShapeElement) and ob[1] <= box[1]:
                    shifts[id(other)] = (0, dy)
                    done.append((ob, dy))
                continue
            push = 0
            for pb, bottom_shift in done:
                if pb[0] < ob[2] and pb[2] > ob[0] and pb[3] <= ob[1] + 2 and bottom_shift > 0:
                    slack = max(0, ob[1] - pb[3] - gap)
                    push = max(push, bottom_shift - slack)
            if push <= 0:
                continue
            if self._fixed(other, box):
                return None
            if self._flexible(other):
                bottom_shift = max(0, push - self.spare(other, ob))
            elif (held := self._held_text(other, ob)) is not None:
                bottom_shift = max(0, push - self.spare(*held))
            else:
                bottom_shift = push
            if ob[3] + bottom_shift > self.area[3]:
                return None
            shifts[id(other)] = (push, bottom_shift)
            done.append((ob, bottom_shift))
        return shifts

    def grow_room(self, box: Box4, own: Element) -> int:
        """How far down a text or list in `box` may grow when it does not fit (see
        `_shifts`): the lowest bottom for which what lies below can still make way."""
        lo, hi = 0, max(0, self.area[3] - box[3])
        if hi == 0 or self._shifts(box, own, 1) is None:
            return box[3]
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._shifts(box, own, mid) is not None:
                lo = mid
            else:
                hi = mid - 1
        return box[3] + lo

    def grew(self, box: Box4, own: Element, old_bottom: int) -> None:
        """The element in `box` (once ending at `old_bottom`) grew: what lies below moves."""
        dy = box[3] - old_bottom
        if dy <= 0:
            return
        shifts = self._shifts((box[0], box[1], box[2], old_bottom), own, dy) or {}
        for key, (top, bottom) in shifts.items():
            was = self.moves.get(key, (0, 0))
            self.moves[key] = (was[0] + top, was[1] + bottom)
        for other in self.elements:
            # A card or band already painted under the text stretches down with it.
            if id(other) in self.done and id(other) in shifts and isinstance(other, ShapeElement):
                stretched = self.element_box(other)
                paint_shape(self.canvas, other, stretched, self.unit, self.colour, old_bottom)

    @property
    def area_height(self) -> int:
        return self.area[3] - self.area[1]

    @property
    def unit(self) -> int:
        """The layout area's shorter side: what radii and paddings are fractions of."""
        return min(self.area[2] - self.area[0], self.area[3] - self.area[1])

    def colour(self, ref: str) -> RGB:
        return resolve_colour(ref, self.palette)

    def element_box(self, element: Element) -> Box4:
        left, top, right, bottom = self.box(element.box_or_full, element.bleeds)
        if element.keeps_square:
            side = right - left
            top = (top + bottom) // 2 - side // 2
            bottom = top + side
        return self.moved(element, (left, top, right, bottom))

    def flow_box(self, element: TextElement | ListElement) -> Box4:
        """The element's box, its top moved up to just below the element it follows."""
        left, top, right, bottom = self.moved(element, self.box(element.box))
        if element.follow is not None and element.follow in self.drawn:
            gap = round(element.gap * self.area_height)
            wanted = self.drawn[element.follow] + gap
            top = max(min(top, max(self.area[1], wanted)), wanted)
            # What it follows may have drawn nothing (an empty optional introduction):
            # never up under a text drawn above it that grew (a three-line title).
            above = self._lowest_text_above(element, (left, top, right, bottom))
            if above:
                top = max(top, above + gap)
        # No emblem uploaded: the agency's name starts where the emblem would have been,
        # not after an empty gap.
        reach = round((self.area[2] - self.area[0]) * 0.08)
        for slot in self.empty_logos:
            if slot[2] <= left <= slot[2] + reach and slot[1] < bottom and slot[3] > top:
                left = slot[0]
        return left, top, right, max(bottom, top + 1)

    def _lowest_text_above(self, element: Element, box: Box4) -> int:
        """The lowest bottom of the texts and lists drawn before `element` that started
        above it and share its columns (0 when none)."""
        lowest = 0
        for other in self.elements:
            if other is element:
                break
            bottom = self.bottoms.get(id(other))
            if bottom is None:
                continue
            ob = self.element_box(other)
            if ob[0] < box[2] and ob[2] > box[0] and ob[1] <= box[1]:
                lowest = max(lowest, bottom)
        return lowest

    def box(self, box: Box, bleed: bool = False) -> tuple[int, int, int, int]:
        if bleed:
            x0, y0, x1, y1 = 0, 0, *self.canvas.size
        else:
            x0, y0, x1, y1 = self.area
        w, h = x1 - x0, y1 - y0
        left, top = round(x0 + box.x * w), round(y0 + box.y * h)
        right, bottom = round(x0 + (box.x + box.w) * w), round(y0 + (box.y + box.h) * h)
        return left, top, max(right, left + 1), max(bottom, top + 1)

    def px(self, fraction: float, minimum: int = 1) -> int:
        return max(minimum, round(fraction * self.area_height))

    def problem(self, code: str, message: str, element: str, **params: object) -> None:
        self.problems.append(RenderProblem(code, message, dict(params), element))

    def chain(self, role: str, element: str) -> FontChain:
        ref = self.brand.heading_font if role == "heading" else self.brand.body_font
        key = f"{role}:{ref}"
        if key in self.chains:
            return self.chains[key]
        try:
            chain = shared_chain(self.registry, ref)
        except FontError:
            default = DEFAULT_HEADING_FONT if role == "heading" else DEFAULT_BODY_FONT
            self.problem("font.missing", MSG_FONT, element, ref=ref)
            chain = shared_chain(self.registry, default)
        self.chains[key] = chain
        return chain

    def label(self, name: str | None, element: str) -> str:
        spec_field = self.spec.field(name) if name else None
        return spec_field.label if spec_field else element

    def text_value(self, name: str | None) -> str:
        value = self.values.get(name or "", "")
        return "\n".join(value) if isinstance(value, list) else value

    def list_value(self, name: str) -> list[str]:
        value = self.values.get(name, [])
        if isinstance(value, str):
            value = value.split("\n")
        return [item for item in (" ".join(v.split()) for v in value) if item]


def role_sizes(ctx: SlideContext, role: str, max_size: float, min_size: float) -> tuple[int, int]:
    """(max, min) pixel sizes of a text of `role`: the template's, held to the type scale."""
    scale = ctx.scale
    hi, lo = ctx.px(max_size, 4), ctx.px(min_size, 4)
    if role == "title":
        hi = min(max(hi, scale.title_min), scale.title_max)
        lo = scale.title_min
    elif role == "lead":
        hi, lo = max(hi, scale.body_max), scale.body_min
    elif role == "body":
        hi, lo = min(max(hi, scale.body_min + 4), scale.body_max), scale.body_min
    elif role == "meta":
        hi, lo = max(hi, scale.meta_min), scale.meta_min
    elif role == "label":
        hi = min(max(hi, scale.meta_min), scale.label_max)
        lo = scale.meta_min
    return hi, min(lo, hi)


def clean_text(value: object) -> str:
    """Field text as the engine draws it: bounded, no control characters but newlines."""
    text = value if isinstance(value, str) else str(value)
    text = text[: MAX_TEXT * 2].replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or (ch >= " " and ch != "\x7f"))[:MAX_TEXT]


def field_values(
    spec: TemplateSpec, fields: Mapping[str, str | Sequence[str]]
) -> dict[str, str | list[str]]:
    values: dict[str, str | list[str]] = {}
    for f in spec.fields:
        raw: object = fields.get(f.name) if isinstance(fields, Mapping) else None
        if raw is None or raw == "" or raw == [] or raw == ():
            raw = f.default
        if raw is None:
            values[f.name] = [] if f.kind == "list" else ""
        elif f.kind == "list":
            if isinstance(raw, str):
                items: list[object] = list(raw.split("\n"))
            else:  # a list or tuple; anything else counts as one point
                items = list(raw) if isinstance(raw, Iterable) else [raw]
            values[f.name] = [clean_text(i) for i in items[:100]]
        elif isinstance(raw, list | tuple):
            values[f.name] = clean_text("\n".join(str(i) for i in raw[:100]))
        else:
            values[f.name] = clean_text(raw)
    return values


def is_empty(value: str | list[str]) -> bool:
    return not (value.strip() if isinstance(value, str) else any(v.strip() for v in value))
