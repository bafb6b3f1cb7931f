"""Golden images: every built-in template, every slide, every platform size.

Each render is compared, at half size, with `tests/render/golden/<key>[_s<slide>]_<size>.png`
tolerantly (FreeType and libjpeg versions move pixels a little): the mean absolute
difference must stay small and only a small share of pixels may differ by more than 40.

Regenerate after an intended design change, then look at the pictures before committing:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/render/test_golden.py

The demo brand, logos and photos are drawn here with Pillow, deterministically, and are
shared with the other render tests (`from test_golden import demo_assets, ...`).
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw

from medsos_desktop.domain.brand import BrandKit, Palette
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.render.engine import SIZES, render
from medsos_desktop.render.spec import TemplateSpec, load_builtin_templates

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
MEAN_LIMIT = 2.0  # mean absolute difference per channel, of 255
OUTLIER_LIMIT = 0.006  # share of pixels whose largest channel difference exceeds 40
REPO_LIMIT = 6 * 1024 * 1024


# --- demo assets ----------------------------------------------------------------------


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def demo_logo_agency() -> Image.Image:
    image = Image.new("RGBA", (480, 480), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 472, 472), fill=(11, 92, 173, 255))
    draw.ellipse((40, 40, 440, 440), fill=(255, 255, 255, 255))
    draw.ellipse((64, 64, 416, 416), fill=(11, 92, 173, 255))
    star = [(240, 96), (272, 196), (378, 196), (292, 258), (324, 360), (240, 298)]
    star += [(156, 360), (188, 258), (102, 196), (208, 196)]
    draw.polygon(star, fill=(242, 183, 5, 255))
    return image


def demo_logo_government() -> Image.Image:
    image = Image.new("RGBA", (400, 480), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    green, gold = (20, 110, 60, 255), (250, 204, 21, 255)
    draw.polygon([(200, 8), (392, 90), (360, 330), (200, 472), (40, 330), (8, 90)], fill=green)
    draw.polygon([(200, 40), (362, 110), (334, 318), (200, 436), (66, 318), (38, 110)], fill=gold)
    draw.polygon([(200, 70), (334, 128), (310, 306), (200, 404), (90, 306), (66, 128)], fill=green)
    draw.rectangle((170, 150, 230, 330), fill=(255, 255, 255, 255))
    draw.ellipse((150, 100, 250, 190), fill=(255, 255, 255, 255))
    return image


def demo_photo() -> Image.Image:
    """A city under a sky, with people: busy enough to test legibility over photos."""
    width, height = 1600, 1067
    sky = Image.linear_gradient("L").resize((width, height))
    image = Image.merge(
        "RGB",
        (
            sky.point(lambda v: 90 + v // 3),
            sky.point(lambda v: 150 + v // 4),
            sky.point(lambda v: 225 - v // 6),
        ),
    )
    draw = ImageDraw.Draw(image)
    draw.ellipse((1150, 120, 1350, 320), fill=(255, 226, 140))
    hills = [(0, 700), (400, 430), (800, 650), (1200, 420), (1600, 640), (1600, height)]
    draw.polygon([*hills, (0, height)], fill=(74, 130, 92))
    draw.polygon(
        [(0, 820), (500, 640), (1000, 800), (1600, 700), (1600, height), (0, height)],
        fill=(52, 104, 70),
    )
    for i, x in enumerate(range(120, 1500, 170)):
        top = 560 + (i * 37) % 120
        draw.rectangle((x, top, x + 110, 900), fill=(235 - i * 6, 228 - i * 4, 215))
        for wy in range(top + 20, 880, 44):
            draw.rectangle((x + 18, wy, x + 42, wy + 24), fill=(70, 90, 120))
            draw.rectangle((x + 66, wy, x + 90, wy + 24), fill=(70, 90, 120))
    colours = [(200, 60, 60), (40, 80, 160), (230, 170, 40), (60, 140, 90)]
    for i, x in enumerate(range(200, 1450, 130)):
        draw.ellipse((x, 860, x + 44, 904), fill=(120, 84, 60))
        draw.rounded_rectangle((x - 14, 904, x + 58, 1067), radius=26, fill=colours[i % 4])
    return image


def demo_portrait() -> Image.Image:
    """A head-and-shoulders silhouette in a suit, for the leader's quote."""
    width, height = 900, 1200
    ramp = Image.linear_gradient("L").resize((width, height))
    image = Image.merge(
        "RGB",
        (
            ramp.point(lambda v: 200 - v // 5),
            ramp.point(lambda v: 205 - v // 6),
            ramp.point(lambda v: 215 - v // 8),
        ),
    )
    draw = ImageDraw.Draw(image)
    draw.ellipse((130, 760, 770, 1500), fill=(33, 42, 62))
    draw.polygon([(390, 770), (450, 900), (510, 770)], fill=(245, 245, 245))
    draw.polygon([(430, 800), (450, 1000), (470, 800)], fill=(160, 30, 40))
    draw.rectangle((395, 640, 505, 790), fill=(196, 150, 118))
    draw.ellipse((300, 300, 600, 700), fill=(204, 158, 124))
    draw.chord((290, 270, 610, 560), 180, 360, fill=(30, 28, 30))
    draw.rounded_rectangle((330, 250, 570, 330), radius=30, fill=(30, 28, 30))
    return image


@dataclass(frozen=True)
class Demo:
    brand: BrandKit
    blobs: dict[str, bytes]
    photo: str
    portrait: str

    @property
    def load_blob(self) -> Callable[[str], bytes | None]:
        return self.blobs.get


@lru_cache(maxsize=1)
def demo_assets() -> Demo:
    blobs: dict[str, bytes] = {}

    def put(data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        blobs[sha] = data
        return sha

    brand = BrandKit(
        palette=Palette(),
        logo_agency=put(_png(demo_logo_agency())),
        logo_government=put(_png(demo_logo_government())),
        footer_website="diskominfo.kotacontoh.go.id",
        footer_hotline="Call Center 112",
        agency_name="Dinas Komunikasi dan Informatika",
        parent_government="Pemerintah Kota Contoh",
        handles={Platform.INSTAGRAM: "@diskominfo.kotacontoh"},
    )
    return Demo(brand, blobs, put(_jpeg(demo_photo())), put(_jpeg(demo_portrait())))


def demo_fields(spec: TemplateSpec) -> dict[str, str | list[str]]:
    """The template's own examples, with the demo photo in every image field."""
    demo = demo_assets()
    fields: dict[str, str | list[str]] = {
        k: list(v) if isinstance(v, tuple) else v for k, v in spec.examples().items()
    }
    for f in spec.fields:
        if f.kind == "image":
            fields[f.name] = demo.portrait if spec.key == "kutipan-pimpinan" else demo.photo
    return fields


def cases() -> list[tuple[TemplateSpec, int, str]]:
    return [
        (spec, slide, size)
        for spec in load_builtin_templates()
        for slide in range(len(spec.slides))
        for size in SIZES
    ]


def golden_name(spec: TemplateSpec, slide: int, size: str) -> str:
    suffix = f"_s{slide}" if len(spec.slides) > 1 else ""
    return f"{spec.key}{suffix}_{size}.png"


def half(image: Image.Image) -> Image.Image:
    return image.reduce(2)


def difference(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    """(mean absolute difference per channel, share of pixels off by more than 40)."""
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
    histogram = diff.histogram()
    pixels = a.width * a.height
    mean = sum(i * n for c in range(3) for i, n in enumerate(histogram[c * 256 : c * 256 + 256]))
    mean /= pixels * 3
    worst = ImageChops.lighter(ImageChops.lighter(*diff.split()[:2]), diff.split()[2])
    outliers = sum(worst.histogram()[41:]) / pixels
    return mean, outliers


# --- tests ----------------------------------------------------------------------------


def tiered_cases() -> list[object]:
    """Every slide of every template at every size: the full matrix is `slow`; the default
    tier compares each slide at one size, the sizes taken in turn so that each size is
    compared there too."""
    sizes = list(SIZES)
    slides = sorted({(spec.key, slide) for spec, slide, _ in cases()})
    return [
        pytest.param(
            spec,
            slide,
            size,
            marks=()
            if sizes.index(size) == slides.index((spec.key, slide)) % len(sizes)
            else pytest.mark.slow,
            id=golden_name(spec, slide, size)[:-4],
        )
        for spec, slide, size in cases()
    ]


@pytest.mark.parametrize(("spec", "slide", "size"), tiered_cases())
def test_matches_golden(spec: TemplateSpec, slide: int, size: str) -> None:
    demo = demo_assets()
    result = render(
        spec, SIZES[size], demo.brand, demo_fields(spec), load_blob=demo.load_blob, slide=slide
    )
    # Issue 13's type scale is stricter than some template boxes (tracked there): the
    # example content may be refused (text.overflow) at a few landscape sizes, but a
    # title is never cut and nothing else may go wrong.
    allowed = {"text.overflow", "text.truncated", "contrast.low", "qr.dense", "image.enlarged"}
    assert {p.code for p in result.problems} <= allowed, result.problems
    assert not [p for p in result.problems if p.code == "text.truncated" and p.element == "title"]
    image = half(result.image)
    path = GOLDEN / golden_name(spec, slide, size)
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"{path.name} is missing; run with UPDATE_GOLDEN=1 and look at it")
        GOLDEN.mkdir(exist_ok=True)
        image.save(path, "PNG", optimize=True)
        return
    expected = Image.open(path)
    assert expected.size == image.size
    mean, outliers = difference(image, expected)
    if mean >= MEAN_LIMIT or outliers >= OUTLIER_LIMIT:
        image.save(Path(os.environ.get("TMPDIR", "/tmp")) / f"actual_{path.name}")
    assert mean < MEAN_LIMIT, f"{path.name}: mean difference {mean:.2f}"
    assert outliers < OUTLIER_LIMIT, f"{path.name}: {outliers:.2%} of pixels differ by > 40"


def test_every_case_has_a_golden_and_no_stale_ones() -> None:
    expected = {golden_name(s, i, z) for s, i, z in cases()}
    present = {p.name for p in GOLDEN.glob("*.png")}
    assert expected == present


def test_goldens_stay_small() -> None:
    assert sum(p.stat().st_size for p in GOLDEN.glob("*.png")) < REPO_LIMIT


def test_comparison_notices_a_real_change() -> None:
    spec = load_builtin_templates()[0]
    demo = demo_assets()
    base = render(spec, SIZES["square"], demo.brand, demo_fields(spec), load_blob=demo.load_blob)
    fields = {**demo_fields(spec), "title": "Judul yang sama sekali berbeda"}
    changed = render(spec, SIZES["square"], demo.brand, fields, load_blob=demo.load_blob)
    mean, outliers = difference(half(base.image), half(changed.image))
    assert outliers >= OUTLIER_LIMIT or mean >= MEAN_LIMIT
