"""Design rules of issue 13, checked on real renders of every template at every size with
short, typical and long Indonesian content: text sizes per canvas, contrast measured on
the rendered pixels, no ellipsis in a title, no list point lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from medsos_desktop.render.engine import (
    SIZES,
    contrast_ratio,
    render,
    resolve_colour,
    slide_count,
    type_scale,
)
from medsos_desktop.render.font_chain import shared_chain
from medsos_desktop.render.fonts import default_registry
from medsos_desktop.render.layout import ELLIPSIS, wrap
from medsos_desktop.render.spec import load_builtin_templates

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from contact_sheet import content
from test_golden import demo_assets

TEMPLATES = load_builtin_templates()
HEADING = shared_chain(default_registry(None), demo_assets().brand.heading_font).measurer
KINDS = ("short", "typical", "long")


def _cases() -> list[object]:
    """Every template at every size with every content: the full matrix is `slow`; the
    default tier keeps one case per template, the sizes and contents taken in turn so
    that each size and each content is still rendered there."""
    cases = []
    for number, spec in enumerate(TEMPLATES):
        representative = (list(SIZES)[number % len(SIZES)], KINDS[number % len(KINDS)])
        for size in SIZES:
            for kind in KINDS:
                marks = () if (size, kind) == representative else (pytest.mark.slow,)
                cases.append(
                    pytest.param(spec, size, kind, marks=marks, id=f"{spec.key}-{size}-{kind}")
                )
    return cases


def _background(image, box):  # type: ignore[no-untyped-def]
    """The pixels just around a text box (a ring 6 px wide): what the text is read against."""
    x0, y0, x1, y1 = box
    w, h = image.size
    ring = []
    for y in (max(0, y0 - 6), min(h - 1, y1 + 5)):
        for x in range(max(0, x0), min(w, x1), 7):
            ring.append(image.getpixel((x, y)))
    return ring


@pytest.mark.parametrize(("spec", "size_name", "kind"), _cases())
def test_design_rules(spec, size_name: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    demo = demo_assets()
    size = SIZES[size_name]
    scale = type_scale(*size)
    fields = content(spec, kind)
    count = slide_count(spec, size, demo.brand, fields)
    drawn_items: list[str] = []
    refused_anywhere: set[object] = set()
    for slide in range(count):
        result = render(spec, size, demo.brand, fields, load_blob=demo.load_blob, slide=slide)
        refused = {p.params.get("field") for p in result.blocking}
        refused_anywhere |= refused
        for text in result.texts:
            if text.role == "ornament" or text.field in refused:
                continue
            floor = {"title": scale.title_min, "body": scale.body_min, "lead": scale.body_min}
            assert text.size >= floor.get(text.role, scale.meta_min), text
            if text.role == "label":
                assert text.size <= scale.label_max, text
            if text.role == "title":
                assert not any(line.endswith(ELLIPSIS) for line in text.lines), text
                # No one-word last line, unless the word before cannot join it.
                if len(text.lines) >= 2 and len(text.lines[-1].split()) == 1:
                    above = text.lines[-2].split()
                    joined = f"{above[-1]} {text.lines[-1]}"
                    assert len(above) < 2 or HEADING.width(joined, text.size) > (
                        text.frame[2] - text.frame[0]
                    ), text
            # Contrast as measured while drawing, and again on the finished image against
            # the pixels right around the text's box (a flat background must agree).
            assert text.contrast >= text.needed or any(
                p.code == "contrast.low" and p.element == text.element for p in result.problems
            ), text
            ring = _background(result.image, text.box)
            if ring and len(set(ring)) == 1:
                assert contrast_ratio(text.colour, ring[0]) >= text.needed - 0.05, text
        bodies = [t.size for t in result.texts if t.role in ("body", "lead")]
        titles = [t.size for t in result.texts if t.role == "title"]
        if bodies and titles:
            assert max(titles) >= 1.5 * min(bodies) - 1
        drawn_items += [" ".join(t.lines) for t in result.texts if t.element == "points"]
        drawn_items += [" ".join(t.lines) for t in result.texts if t.element == "steps"]
    for f in spec.fields:
        value = fields.get(f.name)
        if f.kind == "list" and isinstance(value, list) and f.name not in refused_anywhere:
            flat = " ".join(drawn_items).split()
            for item in value:  # every point is drawn on some slide, whole
                words = item.split()
                assert any(flat[i : i + len(words)] == words for i in range(len(flat))), (
                    f"{f.name}: {item!r} is missing"
                )


def test_a_long_list_adds_slides_instead_of_dropping_points() -> None:
    spec = next(s for s in TEMPLATES if s.key == "infografis-poin-carousel")
    demo = demo_assets()
    points = [f"Poin nomor {n} tentang layanan publik" for n in range(1, 10)]
    fields = {"title": "Sembilan Poin Penting", "points": points}
    assert slide_count(spec, SIZES["portrait"], demo.brand, fields) == 3
    last = render(spec, SIZES["portrait"], demo.brand, fields, load_blob=demo.load_blob, slide=2)
    assert last.blocking == []
    assert "Poin nomor 9 tentang layanan publik" in " ".join(
        " ".join(t.lines) for t in last.texts if t.element == "points"
    )


class _Chars:
    def width(self, text: str, size: int) -> float:
        return len(text) * size

    def metrics(self, size: int) -> tuple[int, int]:
        return size, size // 4


def test_no_one_word_last_line_and_emoji_stays_with_its_word() -> None:
    lines = wrap("Selamat hari raya semua 🎉", 18, 1, _Chars(), break_words=False)
    assert lines is not None and len(lines[-1].split()) > 1
    assert not lines[-1].startswith("🎉")
    lines = wrap("satu dua tiga empat lima", 15, 1, _Chars(), break_words=False)
    assert lines == ["satu dua tiga", "empat lima"]
    assert wrap("Perekaman KTP-el Kini", 16, 1, _Chars(), break_words=False) == [
        "Perekaman",
        "KTP-el Kini",
    ]


def _band_stats(image, top: float, bottom: float):  # type: ignore[no-untyped-def]
    """Share of the band's pixels in its most frequent colour, and the page background's."""
    w, h = image.size
    band = image.convert("RGB").crop((0, round(top * h), w, round(bottom * h)))
    band = band.resize((band.width // 6, max(1, band.height // 6)))
    pixels = list(band.get_flattened_data())
    commonest = max(set(pixels), key=pixels.count)
    return pixels.count(commonest) / len(pixels), pixels


@pytest.mark.parametrize("spec", TEMPLATES, ids=[s.key for s in TEMPLATES])
def test_stories_use_the_whole_canvas_around_the_safe_zone(spec) -> None:  # type: ignore[no-untyped-def]
    """A Story is not the feed layout squeezed into the safe zone with empty bands: the
    bands Instagram covers with its bars carry brand colour, photo or decoration (never
    blank page background), while every text stays inside the safe zone."""
    demo = demo_assets()
    size = SIZES["story"]
    fields = content(spec, "typical")
    zone = spec.safe_zone("story")
    white = resolve_colour("background", demo.brand.palette)
    for slide in range(slide_count(spec, size, demo.brand, fields)):
        result = render(spec, size, demo.brand, fields, load_blob=demo.load_blob, slide=slide)
        for top, bottom in ((0.0, zone.top), (1 - zone.bottom, 1.0)):
            flat, pixels = _band_stats(result.image, top, bottom)
            near_white = sum(
                1 for p in pixels if max(abs(a - b) for a, b in zip(p, white, strict=True)) < 12
            )
            assert near_white / len(pixels) < 0.25, (spec.key, slide, top, "blank page")
            assert flat < 0.95, (spec.key, slide, top, "one flat colour")
        for text in result.texts:
            assert text.box[1] >= zone.top * size[1] - 1, text
            assert text.box[3] <= (1 - zone.bottom) * size[1] + 1, text


def test_a_continuation_slide_puts_the_points_under_a_title_that_grew() -> None:
    """Eight points and a three-line title: the second slide leaves out the introduction
    and its points move up into its place, below the title, not under it."""
    demo = demo_assets()
    spec = next(s for s in TEMPLATES if s.key == "infografis-poin")
    fields = content(spec, "typical")
    fields["title"] = "8 Langkah Perilaku Hidup Bersih dan Sehat (PHBS) di Rumah Tangga"
    fields["points"] = [
        "Mencuci tangan dengan sabun dan air mengalir",
        "Menggunakan air bersih untuk keperluan sehari-hari",
        "Menggunakan jamban sehat",
        "Memberantas jentik nyamuk di rumah seminggu sekali",
        "Makan buah dan sayur setiap hari",
        "Melakukan aktivitas fisik setiap hari",
        "Tidak merokok di dalam rumah",
        "Menimbang balita setiap bulan di posyandu",
    ]
    for size_name in ("portrait", "story", "square"):
        size = SIZES[size_name]
        count = slide_count(spec, size, demo.brand, fields)
        assert count >= 2, size_name
        for slide in range(count):
            result = render(spec, size, demo.brand, fields, load_blob=demo.load_blob, slide=slide)
            (title,) = [t for t in result.texts if t.element == "title"]
            points = [t for t in result.texts if t.element == "points"]
            assert points and min(p.box[1] for p in points) >= title.box[3], (size_name, slide)


@pytest.mark.parametrize("spec", TEMPLATES, ids=[s.key for s in TEMPLATES])
def test_without_an_emblem_the_agency_name_starts_at_the_margin(spec) -> None:  # type: ignore[no-untyped-def]
    """Many agencies upload only their own logo: the header text then starts where the
    emblem would have been, not after an empty gap."""
    import dataclasses

    demo = demo_assets()
    brand = dataclasses.replace(demo.brand, logo_government=None)
    for size_name in ("portrait", "x"):
        size = SIZES[size_name]
        with_emblem = render(
            spec, size, demo.brand, content(spec, "typical"), load_blob=demo.load_blob
        )
        without = render(spec, size, brand, content(spec, "typical"), load_blob=demo.load_blob)
        for text in without.texts:
            if text.element not in ("agency_name", "parent_name"):
                continue
            before = next(t for t in with_emblem.texts if t.element == text.element)
            emblem_left = spec_left_of_emblem(spec, size)
            if emblem_left is not None and before.box[0] > emblem_left + size[0] * 0.05:
                assert text.box[0] <= emblem_left + 2, (spec.key, size_name, text.element)


def spec_left_of_emblem(spec, size):  # type: ignore[no-untyped-def]
    """The left edge, in pixels, of the template's left-aligned emblem slot at `size`."""
    from medsos_desktop.render.engine import aspect_class, layout_area

    area = layout_area(spec, size)
    for element in spec.slides[0].elements:
        element = element.for_aspect(aspect_class(*size))
        if getattr(element, "which", None) == "government" and element.align == "left":
            return round(area[0] + element.box.x * (area[2] - area[0]))
    return None
