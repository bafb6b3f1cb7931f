"""The renderer: every template at every size with normal and absurd input, text fitting,
text clipping, the story safe zone, emoji and missing glyphs, problems, export."""

from __future__ import annotations

import io
import random
import statistics
from functools import cache
from typing import Any

import pytest
from PIL import Image, ImageChops
from test_golden import demo_assets, demo_fields  # tests/render is on sys.path (rootdir mode)

from medsos_desktop.domain.brand import BrandKit, Palette
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.render import context, engine, paint
from medsos_desktop.render.engine import (
    SIZE_LABELS,
    SIZES,
    aspect_class,
    contrast_ratio,
    layout_area,
    render,
    resolve_colour,
    slide_count,
    thumbnail,
)
from medsos_desktop.render.export import (
    PLATFORM_IMAGE_LIMITS,
    ExportError,
    export_image,
    limit_for,
)
from medsos_desktop.render.fonts import FontRegistry
from medsos_desktop.render.layout import ELLIPSIS, FontMeasurer, fit_list, fit_text
from medsos_desktop.render.problems import RenderResult
from medsos_desktop.render.spec import (
    CONTENT_TYPES,
    TemplateSpec,
    TemplateSpecError,
    load_builtin_templates,
    parse_template,
)

WORDS = [
    "pelayanan",
    "masyarakat",
    "pemerintah",
    "kota",
    "kabupaten",
    "kecamatan",
    "kelurahan",
    "pendaftaran",
    "bantuan",
    "sosial",
    "kesehatan",
    "pendidikan",
    "infrastruktur",
    "jalan",
    "lingkungan",
    "hidup",
    "kependudukan",
    "pencatatan",
    "sipil",
    "perizinan",
    "terpadu",
    "satu",
    "pintu",
    "penanggulangan",
    "bencana",
    "daerah",
    "ketahanan",
    "pangan",
    "pemberdayaan",
    "perempuan",
    "perlindungan",
    "anak",
    "koperasi",
    "usaha",
    "mikro",
    "kecil",
    "menengah",
]
LONG_WORD = "penyelenggaraanpemerintahandaerahkabupatenberdasarkanperaturan"


def long_text(length: int, seed: int) -> str:
    rng = random.Random(seed)
    words = [LONG_WORD]
    while len(" ".join(words)) < length:
        words.append(rng.choice(WORDS))
    return " ".join(words)[:length]


def long_fields(spec: TemplateSpec) -> dict[str, Any]:
    """Every text field filled to its limit, every list to its item limit."""
    fields: dict[str, Any] = demo_fields(spec)
    for i, f in enumerate(spec.fields):
        if f.kind in ("text", "multiline", "number"):
            fields[f.name] = long_text(f.max_length, i)
        elif f.kind == "list":
            fields[f.name] = [long_text(f.max_length, i * 31 + n) for n in range(f.max_items)]
        elif f.kind == "url":
            fields[f.name] = "https://layanan.kotacontoh.go.id/" + "a" * (f.max_length - 40)
    return fields


# The default tier fills every slide on the tallest and on a wide canvas; the other four
# sizes of the full matrix are `slow`.
DEFAULT_TIER_SIZES = ("story", "x")
ALL = [
    pytest.param(
        spec,
        slide,
        size,
        marks=() if size in DEFAULT_TIER_SIZES else pytest.mark.slow,
        id=f"{spec.key}-{slide}-{size}",
    )
    for spec in load_builtin_templates()
    for slide in range(len(spec.slides))
    for size in SIZES
]


@cache
def long_render(key: str, slide: int, size: str) -> RenderResult:
    """A slide with every field at its limit, rendered once for the tests that read it."""
    spec = next(s for s in load_builtin_templates() if s.key == key)
    demo = demo_assets()
    return render(
        spec, SIZES[size], demo.brand, long_fields(spec), load_blob=demo.load_blob, slide=slide
    )


@pytest.mark.parametrize(("spec", "slide", "size"), ALL)
def test_long_indonesian_input_only_ever_reports_truncation_or_overflow(
    spec: TemplateSpec, slide: int, size: str
) -> None:
    result = long_render(spec.key, slide, size)
    assert result.image.mode == "RGB" and result.image.size == SIZES[size]
    codes = {p.code for p in result.problems}
    # Text at its limit either fits, or the export is refused naming the field.
    allowed = {"text.truncated", "text.overflow", "qr.too_long", "qr.dense", "contrast.low"}
    assert codes <= allowed | {"image.enlarged"}, result.problems
    for problem in result.problems:
        assert problem.render()  # every message fills its fields
        if problem.code == "text.overflow":
            assert problem.params["field"] and problem.params["label"] in problem.render()


def _blank_brand(brand: BrandKit) -> BrandKit:
    return BrandKit(
        palette=brand.palette, heading_font=brand.heading_font, body_font=brand.body_font
    )


@pytest.mark.parametrize(
    ("spec", "slide"),
    [(s, i) for s in load_builtin_templates() for i in range(len(s.slides))],
    ids=[f"{s.key}-{i}" for s in load_builtin_templates() for i in range(len(s.slides))],
)
def test_nothing_but_decoration_is_drawn_in_the_story_safe_zone(
    spec: TemplateSpec, slide: int
) -> None:
    """Render with everything filled, and again with every text, logo and footer removed:
    the two may differ only inside the safe area (between 14 % and 80 % of the height)."""
    demo = demo_assets()
    size = SIZES["story"]
    full = long_render(spec.key, slide, "story")
    bare_fields = {
        f.name: (demo_fields(spec).get(f.name, "") if f.kind == "image" else " ")
        for f in spec.fields
    }
    bare = render(
        spec, size, _blank_brand(demo.brand), bare_fields, load_blob=demo.load_blob, slide=slide
    )
    x0, y0, x1, y1 = layout_area(spec, size)
    assert y0 >= round(0.14 * size[1]) and y1 <= round(0.80 * size[1])
    diff = ImageChops.difference(full.image, bare.image).convert("L")
    assert diff.crop((0, 0, size[0], y0)).getbbox() is None, "text in the top safe zone"
    assert diff.crop((0, y1, size[0], size[1])).getbbox() is None, "text in the bottom safe zone"
    assert diff.crop((x0, y0, x1, y1)).getbbox() is not None  # the check can see text at all


def test_content_boxes_lie_inside_the_layout_area() -> None:
    for spec in load_builtin_templates():
        for slide in spec.slides:
            for element in slide.elements:
                for aspect in ("square", "portrait", "story", "landscape"):
                    variant = element.for_aspect(aspect)
                    if variant.type in CONTENT_TYPES:
                        assert not variant.bleeds
                        box = variant.box_or_full
                        assert box.x + box.w <= 1.0001 and box.y + box.h <= 1.0001


# --- text fitting -----------------------------------------------------------------------


def _measurer(ref: str = "bundled:NotoSans-Regular.ttf") -> FontMeasurer:
    registry = FontRegistry()
    return FontMeasurer(lambda size: registry.font(ref, size))


def test_fit_takes_the_largest_size_that_fits() -> None:
    m = _measurer()
    text = "Pelayanan perekaman KTP-el dibuka setiap hari Sabtu di Mal Pelayanan Publik"
    fit = fit_text(text, 600, 200, m, max_size=80, min_size=12, max_lines=4)
    assert not fit.truncated and 12 <= fit.size < 80 and fit.shrunk
    assert all(m.width(line, fit.size) <= 600 for line in fit.lines)
    assert fit.height <= 200
    bigger = fit_text(text, 600, 200, m, max_size=fit.size + 1, min_size=fit.size + 1, max_lines=4)
    assert (
        bigger.truncated or bigger.height > 200 or len(bigger.lines) > 4 or bigger.size == fit.size
    )


def test_short_text_keeps_the_maximum_size() -> None:
    fit = fit_text("Halo", 600, 200, _measurer(), max_size=60, min_size=12, max_lines=2)
    assert fit.size == 60 and fit.lines == ("Halo",) and not fit.shrunk


def test_text_that_cannot_fit_is_ellipsized_at_the_minimum_size() -> None:
    m = _measurer()
    fit = fit_text(long_text(3000, 1), 400, 120, m, max_size=40, min_size=14, max_lines=3)
    assert fit.truncated and fit.size == 14 and len(fit.lines) <= 3
    assert fit.lines[-1].endswith(ELLIPSIS)
    assert all(m.width(line, 14) <= 400 for line in fit.lines) and fit.height <= 120


def test_ellipsis_can_be_switched_off() -> None:
    fit = fit_text(
        long_text(3000, 2),
        400,
        120,
        _measurer(),
        max_size=20,
        min_size=14,
        max_lines=2,
        ellipsis=False,
    )
    assert fit.truncated and not fit.lines[-1].endswith(ELLIPSIS)


def test_a_long_word_shrinks_first_and_breaks_only_at_the_minimum() -> None:
    m = _measurer()
    fit = fit_text(LONG_WORD, 500, 400, m, max_size=60, min_size=10, max_lines=3)
    assert len(fit.lines) == 1 and fit.size < 60  # shrunk until it fits on one line
    fit = fit_text(LONG_WORD, 200, 400, m, max_size=60, min_size=30, max_lines=10)
    assert len(fit.lines) > 1 and "".join(fit.lines) == LONG_WORD
    assert all(m.width(line, 30) <= 200 for line in fit.lines)


def test_long_urls_break_after_slashes() -> None:
    m = _measurer()
    url = "https://dukcapil.kotacontoh.go.id/layanan/akta-kelahiran/permohonan-baru"
    fit = fit_text(url, 260, 400, m, max_size=24, min_size=24, max_lines=10)
    assert len(fit.lines) > 1 and fit.lines[0].endswith(("/", ".", "-"))


def test_newlines_are_kept_as_line_breaks() -> None:
    fit = fit_text(
        "Baris satu\nBaris dua", 900, 400, _measurer(), max_size=30, min_size=10, max_lines=5
    )
    assert fit.lines == ("Baris satu", "Baris dua")


def test_empty_text_and_empty_boxes() -> None:
    m = _measurer()
    assert fit_text("   ", 100, 100, m, max_size=20, min_size=10, max_lines=2).lines == ()
    fit = fit_text("Halo", 100, 3, m, max_size=20, min_size=10, max_lines=2)
    assert fit.lines == () and fit.truncated


def test_list_fitting_shares_one_size_and_drops_what_does_not_fit() -> None:
    m = _measurer()
    items = ["Siapkan KTP-el", "Isi formulir daring", "Unggah dokumen pendukung"]
    fit = fit_list(
        items, 600, 400, m, indent=lambda s: s * 2, max_size=40, min_size=12, max_lines_per_item=2
    )
    assert len(fit.items) == 3 and not fit.truncated and fit.height <= 400
    many = [long_text(150, n) for n in range(12)]
    fit = fit_list(
        many, 600, 300, m, indent=lambda s: s * 2, max_size=40, min_size=16, max_lines_per_item=3
    )
    assert fit.truncated and fit.dropped > 0 and fit.height <= 300 and fit.size == 16


# --- text stays in its box ----------------------------------------------------------------


def _one_text_spec(text: str, box: dict[str, float], **extra: Any) -> TemplateSpec:
    return parse_template(
        {
            "spec_version": 1,
            "key": "uji",
            "name": "Uji",
            "category": "lainnya",
            "fields": [{"name": "t", "label": "Title", "kind": "multiline", "max_length": 5000}],
            "slides": [
                {
                    "elements": [
                        {"type": "background", "color": "#FFFFFF"},
                        {"type": "text", "field": "t", "box": box, "color": "#000000", **extra},
                    ]
                }
            ],
        }
    )


BOX_CASES = [
    ("long text, small box", long_text(2000, 5), {"max_size": 0.2, "min_size": 0.05}),
    ("one huge word", LONG_WORD * 3, {"max_size": 0.3, "min_size": 0.1}),
    ("emoji and accents", "Selamat 🎉🇮🇩 Hari Raya ÉÀÇ gjpqy " * 20, {"max_size": 0.2}),
    ("centred", long_text(500, 6), {"align": "center", "valign": "middle"}),
    (
        "right, bottom",
        long_text(500, 7),
        {"align": "right", "valign": "bottom", "line_spacing": 0.8},
    ),
    ("badge", "HOAKS", {"background": "#C62828", "padding": 0.05, "radius": 0.05, "max_size": 0.4}),
    ("heading descenders", "gjpqy ÅÉ" * 30, {"font": "heading", "max_size": 0.5, "min_size": 0.2}),
]


@pytest.mark.parametrize(
    ("text", "extra"), [c[1:] for c in BOX_CASES], ids=[c[0] for c in BOX_CASES]
)
@pytest.mark.parametrize("size", ["portrait", "x"])
def test_no_text_is_ever_drawn_outside_its_box(text: str, extra: dict[str, Any], size: str) -> None:
    box = {"x": 0.2, "y": 0.3, "w": 0.5, "h": 0.25}
    spec = _one_text_spec(text, box, **extra)
    result = render(spec, SIZES[size], BrandKit(), {"t": text}, load_blob=lambda _: None)
    w, h = SIZES[size]
    left, top = round(box["x"] * w), round(box["y"] * h)
    right, bottom = round((box["x"] + box["w"]) * w), round((box["y"] + box["h"]) * h)
    inside = result.image.crop((left, top, right, bottom))
    assert inside.convert("L").getextrema()[0] < 128  # something was drawn
    outside = result.image.copy()
    outside.paste((255, 255, 255), (left, top, right, bottom))
    assert outside.convert("L").getextrema() == (255, 255), "ink outside the text box"


def test_follow_moves_text_up_to_what_was_drawn_above() -> None:
    data = {
        "spec_version": 1,
        "key": "uji",
        "name": "Uji",
        "category": "lainnya",
        "fields": [{"name": "a", "label": "Title"}, {"name": "b", "label": "Body text"}],
        "slides": [
            {
                "elements": [
                    {"type": "background", "color": "#FFFFFF"},
                    {
                        "type": "text",
                        "id": "a",
                        "field": "a",
                        "box": {"x": 0, "y": 0, "w": 1, "h": 0.5},
                    },
                    {
                        "type": "text",
                        "field": "b",
                        "follow": "a",
                        "gap": 0.01,
                        "box": {"x": 0, "y": 0.5, "w": 1, "h": 0.5},
                    },
                ]
            }
        ],
    }
    spec = parse_template(data)
    image = render(
        spec, (400, 400), BrandKit(), {"a": "Satu", "b": "Dua"}, load_blob=lambda _: None
    ).image
    ink = Image.eval(image.convert("L"), lambda v: 255 - v).getbbox()
    assert ink is not None and ink[3] < 150  # "Dua" sits right under "Satu", not at y=200


# --- emoji, missing glyphs, problems ----------------------------------------------------


def _is_colourful(pixel: tuple[int, int, int]) -> bool:
    return max(pixel) - min(pixel) > 80


def test_emoji_are_drawn_in_colour() -> None:
    spec = _one_text_spec("😀👍🏽🇮🇩", {"x": 0.05, "y": 0.05, "w": 0.9, "h": 0.9}, max_size=0.3)
    result = render(spec, (600, 600), BrandKit(), {"t": "😀👍🏽🇮🇩"}, load_blob=lambda _: None)
    assert result.problems == []
    colours = result.image.getcolors(600 * 600) or []
    assert sum(n for n, c in colours if _is_colourful(c)) > 2000


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Halo \ue000 dunia", {"\ue000"}),
        ("Aksara 𓀀𓀁", {"𓀀", "𓀁"}),
        ("مرحبا 你好", set("مرحبا你好")),
    ],
)
def test_characters_no_font_can_draw_are_reported_and_not_drawn(
    text: str, missing: set[str]
) -> None:
    spec = _one_text_spec(text, {"x": 0, "y": 0, "w": 1, "h": 1})
    result = render(spec, (800, 400), BrandKit(), {"t": text}, load_blob=lambda _: None)
    problems = [p for p in result.problems if p.code == "glyph.missing"]
    assert len(problems) == 1
    assert set(str(problems[0].params["chars"]).replace(" ", "")) == missing
    assert "U+" in str(problems[0].params["codepoints"])
    only_missing = render(
        spec, (800, 400), BrandKit(), {"t": "".join(missing)}, load_blob=lambda _: None
    )
    assert only_missing.image.convert("L").getextrema() == (255, 255)  # no .notdef boxes


def test_problems_for_empty_required_fields_and_missing_images() -> None:
    spec = next(s for s in load_builtin_templates() if s.key == "kutipan-pimpinan")
    demo = demo_assets()
    result = render(spec, SIZES["square"], demo.brand, {}, load_blob=demo.load_blob)
    codes = [(p.code, p.params.get("field")) for p in result.problems]
    assert ("field.required", "quote") in codes and ("field.required", "photo") in codes
    assert ("image.missing", "photo") in codes
    for problem in result.problems:
        assert problem.message and problem.render()


@pytest.mark.parametrize(
    ("load_blob", "code"),
    [
        (lambda sha: None, "image.missing"),
        (lambda sha: b"not an image at all", "image.unreadable"),
        (lambda sha: b"\x89PNG\r\n\x1a\n" + bytes(50), "image.unreadable"),
        (lambda sha: (_ for _ in ()).throw(OSError("share unreachable")), "image.unreadable"),
    ],
    ids=["absent", "garbage", "truncated png", "load error"],
)
def test_unreadable_images_become_placeholders(load_blob: Any, code: str) -> None:
    """A photo that was given but cannot be read is said so, not called missing."""
    spec = next(s for s in load_builtin_templates() if s.key == "infografis-poin")
    fields = {**demo_fields(spec), "photo": "f" * 64}
    brand = BrandKit(logo_agency="e" * 64)
    result = render(spec, SIZES["portrait"], brand, fields, load_blob=load_blob)
    problems = [p for p in result.problems if p.code.startswith("image.")]
    assert [p.code for p in problems] == [code, code]  # photo and logo
    assert all(p.render() for p in problems)


def test_a_qr_code_that_is_too_long_is_reported() -> None:
    spec = next(s for s in load_builtin_templates() if s.key == "layanan-publik")
    demo = demo_assets()
    fields = {**demo_fields(spec), "url": "https://contoh.go.id/?" + "x" * 3000}
    result = render(spec, SIZES["square"], demo.brand, fields, load_blob=demo.load_blob)
    assert "qr.too_long" in {p.code for p in result.problems}


def test_a_qr_code_is_drawn_with_square_modules_and_a_quiet_zone() -> None:
    spec = next(s for s in load_builtin_templates() if s.key == "layanan-publik")
    demo = demo_assets()
    result = render(
        spec, SIZES["portrait"], demo.brand, demo_fields(spec), load_blob=demo.load_blob
    )
    element = next(e for e in spec.slides[0].elements if e.type == "qr")
    left, top, right, bottom = context.SlideContext(
        spec,
        result.image,
        layout_area(spec, SIZES["portrait"]),
        Palette(),
        demo.brand,
        {},
        FontRegistry(),
        demo.load_blob,
        [],
    ).element_box(element)
    region = result.image.crop((left, top, right, bottom)).convert("L")
    dark = sum(region.histogram()[:60])
    light = sum(region.histogram()[200:])
    assert dark > 1000 and light > 1000


def test_a_broken_brand_kit_still_renders() -> None:
    brand = BrandKit(
        palette=Palette(primary="blue", text="#12"),  # type: ignore[arg-type]
        heading_font="blob:" + "0" * 64,
        body_font="bundled:../../etc/passwd",
        logo_agency="0" * 64,
    )
    spec = load_builtin_templates()[0]
    result = render(spec, SIZES["square"], brand, demo_fields(spec), load_blob=lambda _: None)
    codes = [p.code for p in result.problems]
    assert codes.count("font.missing") == 2 and "image.missing" in codes


def test_a_user_font_from_the_blob_store_is_used() -> None:
    data = (engine.default_registry(None).fonts_dir / "Lato-Bold.ttf").read_bytes()
    spec = _one_text_spec("Halo", {"x": 0, "y": 0, "w": 1, "h": 1})
    brand = BrandKit(body_font="blob:lato")
    lato = render(spec, (300, 100), brand, {"t": "Halo"}, load_blob={"lato": data}.get)
    noto = render(spec, (300, 100), BrandKit(), {"t": "Halo"}, load_blob=lambda _: None)
    assert lato.problems == [] and ImageChops.difference(lato.image, noto.image).getbbox()


def test_hostile_field_values_do_not_raise() -> None:
    spec = next(s for s in load_builtin_templates() if s.key == "infografis-poin")
    demo = demo_assets()
    fields: dict[str, Any] = {
        "title": "\x00\x07\u202e" + "A" * 100_000,
        "intro": ["a", "b"],
        "points": "satu\ndua\n\n\ntiga" * 500,
        "photo": "../../etc/passwd",
        "unknown": "x",
    }
    result = render(spec, SIZES["story"], demo.brand, fields, load_blob=demo.load_blob)
    assert result.image.size == SIZES["story"]


def test_programming_errors_raise() -> None:
    spec = load_builtin_templates()[0]
    with pytest.raises(ValueError):
        render(spec, (0, 10), BrandKit(), {}, load_blob=lambda _: None)
    with pytest.raises(IndexError):
        render(spec, (100, 100), BrandKit(), {}, load_blob=lambda _: None, slide=5)


# --- contrast of the built-in designs ----------------------------------------------------


def _median_colour(image: Image.Image, mask: Image.Image) -> tuple[int, int, int]:
    pixels = [image.getpixel(xy) for xy in _mask_points(mask)]
    return tuple(int(statistics.median(p[c] for p in pixels)) for c in range(3))  # type: ignore[return-value]


def _mask_points(mask: Image.Image, limit: int = 1500) -> list[tuple[int, int]]:
    box = mask.getbbox()
    if box is None:
        return []
    points = []
    step = max(1, int(((box[2] - box[0]) * (box[3] - box[1]) / (limit * 4)) ** 0.5))
    for y in range(box[1], box[3], step):
        for x in range(box[0], box[2], step):
            if mask.getpixel((x, y)):
                points.append((x, y))
    return points


@pytest.mark.parametrize("spec", load_builtin_templates(), ids=lambda s: s.key)
def test_builtin_text_contrasts_with_what_is_behind_it(spec: TemplateSpec) -> None:
    """Per drawn text: the engine measures its colour against the pixels under its glyphs
    (before painting it) and reaches WCAG's 4.5:1 for body text, 3:1 for large text; and
    the finished image agrees: the median of the pixels the text covers, against the median
    of the pixels just around its box. (Rendering again without the field cannot be the
    reference any more: short content moves the whole block to balance the image.)"""
    demo = demo_assets()
    size = SIZES["portrait"]
    fields = demo_fields(spec)
    for slide in range(slide_count(spec, size, demo.brand, fields)):
        result = render(spec, size, demo.brand, fields, load_blob=demo.load_blob, slide=slide)
        assert not [p for p in result.problems if p.code == "contrast.low"], result.problems
        for text in result.texts:
            assert text.contrast >= text.needed, text
            x0, y0, x1, _y1 = text.box
            glyphs = result.image.crop(text.box).convert("RGB")
            inked = (
                ImageChops.difference(glyphs, Image.new("RGB", glyphs.size, text.colour))
                .convert("L")
                .point(lambda v: 255 if v < 40 else 0)
            )
            if inked.getbbox() is None:
                continue  # emoji only
            ring = result.image.crop((x0, max(0, y0 - 4), x1, y0)).convert("RGB")
            if ring.height == 0:
                continue
            ratio = contrast_ratio(
                text.colour, _median_colour(ring, Image.new("L", ring.size, 255))
            )
            if len(ring.getcolors(ring.width * ring.height) or []) == 1:  # flat: exact
                assert ratio >= text.needed - 0.05, f"{spec.key}.{text.element}: {ratio:.2f}"


# --- colours, sizes, thumbnails -----------------------------------------------------------


def test_on_role_picks_a_readable_colour() -> None:
    light = Palette(primary="#F2F2F2", text="#777777", background="#FFFFFF")
    assert resolve_colour("on:primary", light) == (17, 17, 17)
    assert resolve_colour("on:primary", Palette()) == (255, 255, 255)
    assert resolve_colour("on:#000000", Palette()) == (255, 255, 255)
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)


def test_sizes_and_aspect_classes() -> None:
    assert SIZES["portrait"] == (1080, 1350) and set(SIZES) == set(SIZE_LABELS)
    assert {k: aspect_class(*v) for k, v in SIZES.items()} == {
        "square": "square",
        "portrait": "portrait",
        "story": "story",
        "x": "landscape",
        "facebook_link": "landscape",
        "youtube": "landscape",
    }
    assert "1080×1080" in SIZE_LABELS["square"]


def test_thumbnails_are_rendered_small_with_the_examples() -> None:
    demo = demo_assets()
    for spec in load_builtin_templates():
        image = thumbnail(spec, demo.brand, load_blob=demo.load_blob, size=SIZES["portrait"])
        assert max(image.size) == 360 and image.size == (288, 360)
        assert image.convert("L").getextrema()[0] < 100  # there is dark text or shapes
    x = thumbnail(
        load_builtin_templates()[0],
        demo.brand,
        load_blob=demo.load_blob,
        size=SIZES["x"],
        max_side=240,
    )
    assert x.size == (240, 135)


def test_rendering_is_deterministic() -> None:
    spec = load_builtin_templates()[3]
    demo = demo_assets()
    a = render(spec, SIZES["square"], demo.brand, demo_fields(spec), load_blob=demo.load_blob).image
    engine.clear_caches()
    b = render(spec, SIZES["square"], demo.brand, demo_fields(spec), load_blob=demo.load_blob).image
    assert ImageChops.difference(a, b).getbbox() is None


# --- export --------------------------------------------------------------------------------


@cache
def _rendered_once() -> Image.Image:
    spec = next(s for s in load_builtin_templates() if s.key == "infografis-poin")
    demo = demo_assets()
    return render(
        spec, SIZES["portrait"], demo.brand, demo_fields(spec), load_blob=demo.load_blob
    ).image


def _rendered() -> Image.Image:
    """The export tests' slide, rendered once; each test gets its own copy to change."""
    return _rendered_once().copy()


def test_png_export_is_plain_srgb_without_metadata() -> None:
    image = _rendered()
    image.info["exif"] = b"Exif\x00\x00junk"
    image.info["icc_profile"] = b"junk"
    data = export_image(image, "PNG")
    opened = Image.open(io.BytesIO(data))
    assert opened.format == "PNG" and opened.mode == "RGB"
    assert not (set(opened.info) & {"exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "dpi"})
    assert b"tEXt" not in data and b"iTXt" not in data and b"eXIf" not in data


def test_jpeg_export_steps_quality_down_until_it_fits() -> None:
    image = _rendered()
    generous = export_image(image, "JPEG")
    tight = export_image(image, "JPEG", max_bytes=len(generous) // 2)
    assert len(tight) <= len(generous) // 2
    opened = Image.open(io.BytesIO(tight))
    assert opened.format == "JPEG" and not opened.getexif() and "icc_profile" not in opened.info
    with pytest.raises(ExportError) as info:
        export_image(image, "JPEG", max_bytes=1000)
    assert "smaller size" in info.value.render()


def test_png_over_the_limit_suggests_jpeg() -> None:
    with pytest.raises(ExportError) as info:
        export_image(_rendered(), "PNG", max_bytes=10_000)
    assert "JPEG" in info.value.render()


def test_transparent_images_are_flattened_on_white() -> None:
    data = export_image(Image.new("RGBA", (10, 10), (255, 0, 0, 0)), "PNG")
    assert Image.open(io.BytesIO(data)).getpixel((5, 5)) == (255, 255, 255)


def test_platform_limits() -> None:
    assert set(PLATFORM_IMAGE_LIMITS) == set(Platform)
    assert (
        limit_for([Platform.INSTAGRAM, Platform.YOUTUBE]) == PLATFORM_IMAGE_LIMITS[Platform.YOUTUBE]
    )
    assert limit_for([]) is None


def _hoax_spec():  # type: ignore[no-untyped-def]
    return next(s for s in load_builtin_templates() if s.key == "klarifikasi-hoaks")


def test_unless_draws_the_stand_in_only_while_the_optional_field_is_empty() -> None:
    demo = demo_assets()
    spec = _hoax_spec()
    with_shot = render(
        spec, SIZES["portrait"], demo.brand, demo_fields(spec), load_blob=demo.load_blob
    )
    plain_fields = {k: v for k, v in demo_fields(spec).items() if k != "screenshot"}
    plain = render(spec, SIZES["portrait"], demo.brand, plain_fields, load_blob=demo.load_blob)
    assert {"claim_caption", "stamp"} <= {t.element for t in with_shot.texts}
    assert "claim" not in {t.element for t in with_shot.texts}
    assert {"claim", "stamp_plain"} <= {t.element for t in plain.texts}
    assert "claim_caption" not in {t.element for t in plain.texts}


def test_an_old_hoax_value_set_renders_with_its_own_label_and_no_screenshot() -> None:
    demo = demo_assets()
    old = {"title": "Judul", "hoax_label": "Hoaks", "claim": "Klaim.", "fact": "Fakta."}
    result = render(_hoax_spec(), SIZES["square"], demo.brand, old, load_blob=demo.load_blob)
    assert result.blocking == []
    drawn = {t.element: " ".join(t.lines) for t in result.texts}
    assert drawn["kind_label"] == "[HOAKS]" and drawn["stamp_plain"] == "HOAKS"


def test_a_choice_field_must_offer_its_default() -> None:
    base = {
        "spec_version": 1,
        "key": "x",
        "name": "X",
        "category": "pengumuman",
        "slides": [{"elements": []}],
    }
    field = {"name": "kind", "label": "Kind", "kind": "choice", "choices": ["A", "B"]}
    assert parse_template({**base, "fields": [{**field, "default": "B"}]}).fields[0].choices == (
        "A",
        "B",
    )
    with pytest.raises(TemplateSpecError):
        parse_template({**base, "fields": [{**field, "default": "C"}]})


def test_rotated_text_and_grey_photos_and_marks_draw() -> None:
    demo = demo_assets()
    spec = _hoax_spec()
    image = render(
        spec, SIZES["portrait"], demo.brand, demo_fields(spec), load_blob=demo.load_blob
    ).image
    shot = next(e for e in spec.slides[0].elements if e.id == "screenshot")
    x0, y0 = round(shot.box.x * 1080) + 8, round(shot.box.y * 1350) + 8
    r, g, b = image.getpixel((x0, y0 + 60))
    assert r == g == b  # greyscale screenshot
    assert paint.shape_mask(40, 40, "cross", 0).getpixel((20, 20)) == 255
    assert paint.shape_mask(40, 40, "check", 0).getpixel((2, 38)) == 0
