"""Brand colours suggested from a logo: the first set-up of a real agency's brand kit
should not ask an admin without design training to pick hex codes."""

from __future__ import annotations

import colorsys
import io

from medsos_desktop.domain.brand import Palette
from medsos_desktop.render.colour import contrast_ratio

RGB = tuple[int, int, int]

# Text on the primary and accent colours is white in the templates: at least this ratio.
_MIN_CONTRAST_ON_WHITE = 4.5


def _hex(rgb: RGB) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _darken_until_readable(rgb: RGB) -> RGB:
    """Keep the hue; lower the lightness until white text on it is readable."""
    h, lightness, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    colour = rgb
    while contrast_ratio(colour, (255, 255, 255)) < _MIN_CONTRAST_ON_WHITE and lightness > 0.05:
        lightness -= 0.03
        r, g, b = colorsys.hls_to_rgb(h, lightness, s)
        colour = (round(r * 255), round(g * 255), round(b * 255))
    return colour


def _hue_distance(a: RGB, b: RGB) -> float:
    ha = colorsys.rgb_to_hsv(*(c / 255 for c in a))[0]
    hb = colorsys.rgb_to_hsv(*(c / 255 for c in b))[0]
    d = abs(ha - hb)
    return min(d, 1 - d)


def logo_colours(data: bytes, limit: int = 6) -> list[RGB]:
    """The logo's main colours, most used first: transparent, near-white, near-black and
    grey pixels (backgrounds, outlines, lettering) are left out."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as opened:
        image = opened.convert("RGBA")
    image.thumbnail((128, 128))
    counts: dict[RGB, int] = {}
    bands = [image.getchannel(band).tobytes() for band in "RGBA"]
    for r, g, b, a in zip(*bands, strict=True):
        if a < 128:
            continue
        _h, s, v = colorsys.rgb_to_hsv(r / 255, g / 255, b / 255)
        if s < 0.25 or v < 0.15:
            continue
        key = (r // 16 * 16 + 8, g // 16 * 16 + 8, b // 16 * 16 + 8)  # bins of 16 levels
        counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    chosen: list[RGB] = []
    for colour in ranked:
        if all(_hue_distance(colour, c) > 0.06 for c in chosen):
            chosen.append(colour)
        if len(chosen) == limit:
            break
    return chosen


def suggest_palette(logo: bytes, current: Palette | None = None) -> Palette | None:
    """A palette from the logo's colours, or None when the logo has none to offer (a
    black-and-white logo): the primary is the most used colour, darkened until white text
    on it is readable; the secondary a colour of another hue; the accent a third."""
    colours = logo_colours(logo)
    if not colours:
        return None
    base = current or Palette()
    primary = _darken_until_readable(colours[0])
    secondary = colours[1] if len(colours) > 1 else None
    accent = _darken_until_readable(colours[2]) if len(colours) > 2 else None
    return Palette(
        primary=_hex(primary),
        secondary=_hex(secondary) if secondary else base.secondary,
        accent=_hex(accent) if accent else base.accent,
        text=base.text,
        background=base.background,
    )
