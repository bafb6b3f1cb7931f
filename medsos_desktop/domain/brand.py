"""An agency's brand kit, as plain data: what every infographic binds its colours,
fonts, logos and footer to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP

HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# Font references: "bundled:<file name in resources/fonts>" or "blob:<sha256>" (user font).
DEFAULT_HEADING_FONT = "bundled:Inter-Bold.otf"
DEFAULT_BODY_FONT = "bundled:NotoSans-Regular.ttf"

PALETTE_ROLES = ("primary", "secondary", "accent", "text", "background")
PALETTE_LABELS = {
    "primary": QT_TRANSLATE_NOOP("Brand", "Primary"),
    "secondary": QT_TRANSLATE_NOOP("Brand", "Secondary"),
    "accent": QT_TRANSLATE_NOOP("Brand", "Accent"),
    "text": QT_TRANSLATE_NOOP("Brand", "Text"),
    "background": QT_TRANSLATE_NOOP("Brand", "Background"),
}


@dataclass(frozen=True)
class Palette:
    """Colours as #RRGGBB."""

    primary: str = "#0B5CAD"
    secondary: str = "#F2B705"
    accent: str = "#D7263D"
    text: str = "#1B1B1B"
    background: str = "#FFFFFF"

    def get(self, role: str) -> str:
        return str(getattr(self, role))


@dataclass(frozen=True)
class BrandKit:
    palette: Palette = field(default_factory=Palette)
    heading_font: str = DEFAULT_HEADING_FONT
    body_font: str = DEFAULT_BODY_FONT
    logo_agency: str | None = None  # blob sha256 (a cleaned PNG)
    logo_government: str | None = None  # blob sha256
    watermark: str | None = None  # blob sha256
    watermark_opacity: float = 0.12
    footer_website: str = ""
    footer_hotline: str = ""
    footer_address: str = ""
    agency_name: str = ""
    parent_government: str = ""
    handles: dict[Platform, str] = field(default_factory=dict)

    def footer_line(self) -> str:
        """Website · hotline · the main account handle, whichever are set."""
        handle = next((h for h in self.handles.values() if h.startswith("@")), "")
        parts = [self.footer_website, self.footer_hotline, handle]
        return "  ·  ".join(p for p in parts if p)


def is_colour(value: str) -> bool:
    return bool(HEX_COLOUR.match(value))
