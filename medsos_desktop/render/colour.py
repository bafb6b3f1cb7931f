"""Colours of a render: brand-kit colour references resolved to RGB, WCAG contrast,
and a palette made safe from whatever a brand kit holds."""

from __future__ import annotations

from medsos_desktop.domain.brand import Palette, is_colour

RGB = tuple[int, int, int]


def hex_rgb(value: str) -> RGB:
    return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16))


def luminance(rgb: RGB) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def safe_palette(palette: Palette) -> Palette:
    """A brand kit is user input: any colour that is not #RRGGBB falls back to the default."""
    default = Palette()
    values = {}
    for role in ("primary", "secondary", "accent", "text", "background"):
        value = getattr(palette, role, None)
        values[role] = value if isinstance(value, str) and is_colour(value) else default.get(role)
    return Palette(**values)


def resolve_colour(ref: str, palette: Palette) -> RGB:
    """#RRGGBB, a palette role, or on:<role|#hex>: the most readable colour on that one."""
    if ref.startswith("on:"):
        under = resolve_colour(ref[3:], palette)
        own = [hex_rgb(palette.text), hex_rgb(palette.background)]
        best_own = max(own, key=lambda c: contrast_ratio(c, under))
        if contrast_ratio(best_own, under) >= 4.5:
            return best_own
        return max([(255, 255, 255), (17, 17, 17)], key=lambda c: contrast_ratio(c, under))
    if ref.startswith("#"):
        return hex_rgb(ref)
    return hex_rgb(palette.get(ref))
