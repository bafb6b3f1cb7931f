"""Colours suggested from a logo are the logo's own, and readable under white text."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from medsos_desktop.render.engine import contrast_ratio
from medsos_desktop.render.palette import logo_colours, suggest_palette
from medsos_desktop.services.demo import demo_agency_logo, demo_government_logo


def _rgb(value: str) -> tuple[int, int, int]:
    return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16))


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_green_logo_gives_a_readable_green_primary() -> None:
    palette = suggest_palette(demo_agency_logo())
    assert palette is not None
    r, g, b = _rgb(palette.primary)
    assert g > r and g > b  # the logo's green, not a default blue
    assert contrast_ratio(_rgb(palette.primary), (255, 255, 255)) >= 4.5


def test_a_two_colour_emblem_gives_primary_and_secondary_of_different_hues() -> None:
    palette = suggest_palette(demo_government_logo())
    assert palette is not None
    colours = {_rgb(palette.primary), _rgb(palette.secondary)}
    assert len(colours) == 2
    assert any(r > 200 and g > 140 and b < 80 for r, g, b in colours)  # the gold


def test_a_light_yellow_logo_is_darkened_for_white_text() -> None:
    image = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse([10, 10, 190, 190], fill=(255, 230, 60, 255))
    palette = suggest_palette(_png(image))
    assert palette is not None
    assert contrast_ratio(_rgb(palette.primary), (255, 255, 255)) >= 4.5


def test_a_black_and_white_logo_offers_nothing() -> None:
    image = Image.new("RGB", (200, 200), "white")
    ImageDraw.Draw(image).rectangle([50, 50, 150, 150], fill="black")
    assert logo_colours(_png(image)) == []
    assert suggest_palette(_png(image)) is None
