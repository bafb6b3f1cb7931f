"""Phone photos, as large as phones take them, appear in every template at every size.

A 4000×3000 JPEG used to be decoded at a reduced scale (draft) and then cropped with
a box computed for the full scale: the box went negative, the error was swallowed and
the placeholder drawn instead. These tests render real large photos and look at the
pixels: the photo must be there, not the placeholder.
"""

from __future__ import annotations

import hashlib
from functools import cache

import pytest
from PIL import Image, ImageChops, ImageStat
from real_photos import PHONE_SIZES, jpeg_bytes, phone_photo

from medsos_desktop.domain.brand import BrandKit
from medsos_desktop.render import engine
from medsos_desktop.render.engine import SIZES, cover_box, render
from medsos_desktop.render.images import import_image
from medsos_desktop.render.spec import TemplateSpec, load_builtin_templates

PHOTO_TEMPLATES = [
    spec for spec in load_builtin_templates() if any(f.kind == "image" for f in spec.fields)
]


def _fields(spec: TemplateSpec, sha: str | None) -> dict[str, str | list[str]]:
    fields: dict[str, str | list[str]] = {
        k: list(v) if isinstance(v, tuple) else v for k, v in spec.examples().items()
    }
    for f in spec.fields:
        if f.kind == "image":
            if sha is None:
                fields.pop(f.name, None)
            else:
                fields[f.name] = sha
    return fields


@cache
def _placeholder_render(key: str, size: tuple[int, int]) -> Image.Image:
    spec = next(s for s in PHOTO_TEMPLATES if s.key == key)
    return render(spec, size, BrandKit(), _fields(spec, None), load_blob=lambda _: None).image


@cache
def _blobs(width: int, height: int) -> dict[str, bytes]:
    """The camera's JPEG as stored by an older version, and as `import_image` stores it."""
    original = jpeg_bytes(phone_photo(width, height, seed=width + height))
    imported = import_image(original, "IMG_20261104_093012.jpg").data
    return {"original": original, "imported": imported}


def _changed_fraction(a: Image.Image, b: Image.Image) -> float:
    """The share of pixels that differ (more than 6 of 255 in lightness: a background photo
    shows through an 82 % overlay)."""
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
    histogram = diff.point(lambda v: 255 if v > 6 else 0).histogram()
    return histogram[255] / (a.width * a.height)


def test_every_builtin_photo_template_is_covered() -> None:
    assert len(PHOTO_TEMPLATES) >= 4  # a new photo template is tested by the cases below


def _photo_cases() -> list[object]:
    """Each phone size stored both ways at each canvas size is `slow`, except a phone's
    portrait photo as older versions stored it (decoded at a reduced scale: the case that
    drew the placeholder) on the portrait canvas, in every photo template."""
    return [
        pytest.param(
            width,
            height,
            stored,
            size_name,
            marks=()
            if (stored, width, height, size_name) == ("original", 3000, 4000, "portrait")
            else pytest.mark.slow,
            id=f"{stored}-{width}-{height}-{size_name}",
        )
        for stored in ("original", "imported")
        for width, height in PHONE_SIZES
        for size_name in SIZES
    ]


@pytest.mark.parametrize(("width", "height", "stored", "size_name"), _photo_cases())
def test_large_phone_photos_appear_in_every_template_at_every_size(
    width: int, height: int, stored: str, size_name: str
) -> None:
    data = _blobs(width, height)[stored]
    sha = hashlib.sha256(data).hexdigest()
    size = SIZES[size_name]
    failures = []
    for spec in PHOTO_TEMPLATES:
        engine.clear_caches()
        result = render(spec, size, BrandKit(), _fields(spec, sha), load_blob={sha: data}.get)
        image_problems = [p.code for p in result.problems if p.code.startswith("image.")]
        changed = _changed_fraction(result.image, _placeholder_render(spec.key, size))
        # The photo replaces the placeholder: a visible share of the canvas differs.
        if image_problems or changed < 0.04:
            failures.append(f"{spec.key} {size_name}: {image_problems} {changed:.3f}")
    assert failures == []


def test_the_photo_region_holds_the_photo_not_the_placeholder() -> None:
    """Colour statistics of the photo's slot: the photo's colours, not a flat placeholder."""
    photo = phone_photo(4000, 3000, seed=3)
    spec = next(s for s in PHOTO_TEMPLATES if s.key == "infografis-poin")
    size = SIZES["portrait"]

    def rendered(image: Image.Image) -> Image.Image:
        data = import_image(jpeg_bytes(image)).data
        sha = hashlib.sha256(data).hexdigest()
        result = render(spec, size, BrandKit(), _fields(spec, sha), load_blob={sha: data}.get)
        assert result.problems == []
        return result.image

    upright, turned = rendered(photo), rendered(photo.rotate(180))
    # Where two different photos give different pixels is where the photo is drawn.
    slot = ImageChops.difference(upright, turned).convert("L").point(lambda v: 255 if v > 6 else 0)
    assert ImageStat.Stat(slot).mean[0] / 255 > 0.15  # a real part of the canvas

    def tones(image: Image.Image) -> int:
        """Distinct colours (5 bits a channel) inside the slot."""
        inside = Image.new("RGB", image.size)
        inside.paste(image.point(lambda v: v & 0xF8), mask=slot)
        return len(inside.getcolors(2**15) or [])

    # The placeholder is a flat grey with a pictogram under the template's scrim: a few
    # dozen tones. A photo spreads over hundreds.
    placeholder = _placeholder_render(spec.key, size)
    assert tones(upright) > 5 * tones(placeholder)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (source, target)
        for source in [(4000, 3000), (500, 375), (250, 188), (3000, 4000), (1200, 1600), (8, 5)]
        for target in SIZES.values()
    ]
    + [((1080, 1921), (1080, 1920)), ((1081, 1920), (1080, 1920)), ((1600, 1200), (1080, 1920))]
    + [((1031, 773), (1080, 1920)), ((1015, 1804), (1080, 1920))],
)
def test_the_cover_box_stays_inside_the_image(
    source: tuple[int, int], target: tuple[int, int]
) -> None:
    for focal in [(0.0, 0.0), (0.5, 0.5), (1.0, 1.0), (0.3, 0.9), (0.999, 0.001)]:
        left, top, right, bottom = cover_box(source, target, focal)
        assert 0 <= left < right <= source[0] and 0 <= top < bottom <= source[1]
        # Same aspect as the slot, within a pixel's rounding.
        assert (right - left) / (bottom - top) == pytest.approx(target[0] / target[1], rel=0.01)


def test_a_decoded_draft_is_cropped_in_its_own_pixels() -> None:
    """draft() decodes a JPEG at 1/8: the crop must be taken from the reduced image."""
    data = _blobs(4000, 3000)["original"]
    sha = hashlib.sha256(data).hexdigest()
    engine.clear_caches()
    spec = next(s for s in PHOTO_TEMPLATES if s.key == "infografis-poin")
    result = render(spec, (200, 250), BrandKit(), _fields(spec, sha), load_blob={sha: data}.get)
    assert [p.code for p in result.problems if p.code.startswith("image.")] == []


@pytest.mark.parametrize("source", [(1031, 773), (1015, 1804), (1048, 1863)])
def test_a_story_crop_that_rounds_past_the_edge_still_shows_the_photo(
    source: tuple[int, int],
) -> None:
    """At 1080×1920 the crop of these photos came out a hair wider than the photo."""
    data = jpeg_bytes(phone_photo(*source))
    sha = hashlib.sha256(data).hexdigest()
    engine.clear_caches()
    spec = next(s for s in PHOTO_TEMPLATES if s.key == "infografis-poin")
    result = render(spec, SIZES["story"], BrandKit(), _fields(spec, sha), load_blob={sha: data}.get)
    assert [p.code for p in result.problems if p.code.startswith("image.")] == []
