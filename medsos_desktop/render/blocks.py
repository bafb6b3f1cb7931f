"""Structured text: lists with bullets or numbers (a window of their points on each
slide), a big number with its label, and the brand kit's footer line."""

from __future__ import annotations

from PIL import Image, ImageDraw

from medsos_desktop.render.context import SlideContext, clean_text, role_sizes
from medsos_desktop.render.font_chain import PRIMARY
from medsos_desktop.render.layout import ListFit, fit_list, fit_text, wrap
from medsos_desktop.render.paint import shape_mask
from medsos_desktop.render.problems import MSG_FOOTER_TRUNCATED, MSG_OVERFLOW, MSG_TRUNCATED
from medsos_desktop.render.spec import FooterElement, ListElement, StatElement
from medsos_desktop.render.text import TextLayer, prepare_text, vertical_top


def draw_list(ctx: SlideContext, el: ListElement, name: str) -> None:
    box = ctx.flow_box(el)
    if el.id:
        ctx.drawn[el.id] = box[1]
    label = ctx.label(el.field, name)
    items = ctx.list_value(el.field)
    # No point is ever dropped: a long list continues on further slides (`slide_plan`).
    first, end = ctx.list_window.get(el.field, (0, len(items)))
    items = items[first:end]
    if not items:
        return
    chain = ctx.chain(el.font, name)
    items = [prepare_text(ctx, item, chain, name, label) for item in items]
    measurer = chain.measurer
    width, height = box[2] - box[0], box[3] - box[1]
    badge = el.style == "numbered" and el.marker == "badge"

    def indent(size: int) -> int:
        if badge:
            return round(size * 2.0)
        if el.style == "numbered":
            return round(max(measurer.width(f"{first + len(items)}.", size), size) + size * 0.5)
        return round(size * 1.1)

    max_px, min_px = role_sizes(ctx, "body", el.max_size, el.min_size)

    def fit_in(height: int) -> ListFit:
        return fit_list(
            items,
            width,
            height,
            measurer,
            indent=indent,
            max_size=max_px,
            min_size=min_px,
            max_lines_per_item=max(el.max_lines_per_item, 4),
            line_spacing=el.line_spacing,
            item_gap=el.item_gap,
        )

    fit = fit_in(height)
    if fit.truncated:
        room = ctx.grow_room(box, el)
        if room > box[3]:
            bigger = fit_in(room - box[1])
            if not bigger.truncated:
                old_bottom = box[3]
                fit, box = bigger, (box[0], box[1], box[2], max(box[3], box[1] + bigger.height))
                height = box[3] - box[1]
                ctx.grew(box, el, old_bottom)
    if fit.truncated:
        # Name the point to shorten: the one taking the most lines at the smallest size.
        text_width = max(1, width - indent(min_px))
        longest = max(
            range(len(items)),
            key=lambda i: len(wrap(items[i], text_width, min_px, measurer, break_words=True) or ()),
        )
        ctx.problem(
            "text.overflow",
            MSG_OVERFLOW,
            name,
            label=label,
            field=el.field,
            dropped=fit.dropped,
            point=first + longest + 1,
            point_text=items[longest],
        )
    if not fit.items:
        return
    colour, marker = ctx.colour(el.color), ctx.colour(el.marker_color)
    top = vertical_top(el.valign, box[1], height, fit.height)
    size = fit.size
    ind = indent(size)
    layer = TextLayer(ctx, chain, measurer, box, element=name, field=el.field, label=label)
    marker_mask = Image.new("L", (width, height), 0)
    marker_draw = ImageDraw.Draw(marker_mask)
    numbers: list[tuple[str, int, int]] = []
    y = top
    for index, lines in enumerate(fit.items):
        baseline = y - box[1] + fit.ascent
        mid = baseline - round(size * 0.36)  # about the middle of a lower-case letter
        if el.style == "bullet":
            d = max(2, round(size * 0.4))
            dot = shape_mask(d, d, "ellipse", 0)
            marker_mask.paste(dot, (round(size * 0.3 - d / 2), mid - d // 2), dot)
        elif badge:
            d = round(size * 1.5)
            circle = shape_mask(d, d, "ellipse", 0)
            cy = max(d // 2, mid)
            marker_mask.paste(circle, (0, cy - d // 2), circle)
            numbers.append((str(first + index + 1), d // 2, cy))
        else:
            number_font = chain.font(PRIMARY, size)
            marker_draw.text(
                (0, baseline), f"{first + index + 1}.", font=number_font, fill=255, anchor="ls"
            )
        layer.lines(lines, size, fit.ascent, fit.line_height, y, "left", x_offset=ind)
        y += fit.item_height(index) + fit.gap
    ctx.canvas.paste(marker, box, marker_mask)
    if numbers:
        number_mask = Image.new("L", (width, height), 0)
        draw = ImageDraw.Draw(number_mask)
        font = ctx.chain("heading", name).font(PRIMARY, max(4, round(size * 0.8)))
        for text, cx, cy in numbers:
            draw.text((cx, cy), text, font=font, fill=255, anchor="mm")
        ctx.canvas.paste(ctx.colour(f"on:{el.marker_color}"), box, number_mask)
    layer.flush(colour)
    if el.id:
        ctx.drawn[el.id] = top + fit.height
    ctx.bottoms[id(el)] = top + fit.height


def draw_stat(ctx: SlideContext, el: StatElement, name: str) -> None:
    number = clean_text(ctx.text_value(el.field)).strip()
    label_text = clean_text(ctx.text_value(el.label_field)).strip() if el.label_field else ""
    box = ctx.moved(el, ctx.box(el.box))
    width, height = box[2] - box[0], box[3] - box[1]
    blocks = []
    if number:
        chain = ctx.chain("heading", name)
        number = prepare_text(ctx, number, chain, name, ctx.label(el.field, name))
        measurer = chain.measurer
        max_px = max(ctx.px(el.max_size, 4), ctx.scale.title_min)
        fit = fit_text(
            number,
            width,
            round(height * el.number_share),
            measurer,
            max_size=max_px,
            min_size=min(max_px, ctx.scale.title_min),
            max_lines=1,
            line_spacing=1.0,
        )
        if fit.truncated:
            ctx.problem(
                "text.truncated",
                MSG_TRUNCATED,
                name,
                label=ctx.label(el.field, name),
                field=el.field,
            )
        blocks.append((chain, measurer, fit, ctx.colour(el.color)))
    used = blocks[0][2].height if blocks else 0
    if label_text and el.label_field:
        label = ctx.label(el.label_field, name)
        chain = ctx.chain("body", name)
        label_text = prepare_text(ctx, label_text, chain, name, label)
        measurer = chain.measurer
        gap = round(used * 0.12)
        max_px, min_px = role_sizes(ctx, "body", el.label_max_size, el.label_max_size / 2)
        fit = fit_text(
            label_text,
            width,
            max(1, height - used - gap),
            measurer,
            max_size=max_px,
            min_size=min_px,
            max_lines=max(el.label_max_lines, 4),
            ellipsis=False,
        )
        if fit.truncated:
            ctx.problem("text.overflow", MSG_OVERFLOW, name, label=label, field=el.label_field)
        blocks.append((chain, measurer, fit, ctx.colour(el.label_color)))
    total = sum(b[2].height for b in blocks) + (round(used * 0.12) if len(blocks) == 2 else 0)
    y = box[1] + max(0, (height - total) // 2)
    for index, (chain, measurer, fit, colour) in enumerate(blocks):
        role = "title" if index == 0 and number else "body"
        layer = TextLayer(ctx, chain, measurer, box, element=name, role=role, field=el.field)
        layer.fit(fit, y, el.align)
        layer.flush(colour)
        y += fit.height + round(used * 0.12)


def draw_footer(ctx: SlideContext, el: FooterElement, name: str) -> None:
    text = clean_text(ctx.brand.footer_line() or ctx.brand.agency_name).strip()
    if not text:
        return
    chain = ctx.chain(el.font, name)
    text = prepare_text(ctx, text, chain, name, name)
    box = ctx.box(el.box)
    measurer = chain.measurer
    # A footer too long for its band loses its last parts (the handle, then the hotline)
    # whole, rather than being cut in the middle of a word.
    parts = [part.strip() for part in text.replace("\n", " ").split("  ·  ")]
    while True:
        fit = fit_text(
            "  ·  ".join(parts),
            box[2] - box[0],
            box[3] - box[1],
            measurer,
            max_size=max(ctx.px(el.max_size, 4), ctx.scale.meta_min),
            min_size=ctx.scale.meta_min,
            max_lines=1,
        )
        if not fit.truncated or len(parts) == 1:
            break
        parts.pop()
    if fit.truncated:
        # Not a field of this form: say where the footer's text is changed.
        ctx.problem("text.truncated", MSG_FOOTER_TRUNCATED, name, field="")
    if fit.lines:
        top = vertical_top("middle", box[1], box[3] - box[1], fit.height)
        layer = TextLayer(ctx, chain, measurer, box, element=name, role="meta", label=name)
        layer.fit(fit, top, el.align)
        layer.flush(ctx.colour(el.color))
