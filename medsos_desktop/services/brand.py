"""The agency's brand kit: colours, fonts, logos and footer that every infographic uses."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from medsos_desktop.domain.brand import PALETTE_ROLES, BrandKit, Palette, is_colour
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.paths import resource_path
from medsos_desktop.render.images import import_image, read_image_file
from medsos_desktop.services.agency import load_profile
from medsos_desktop.store.blobs import get_blob, put_blob
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import BrandKitRecord, UserFont, utcnow
from medsos_desktop.store.queries import brand as queries

LOGO_ROLES = ("logo_agency", "logo_government", "watermark")
MAX_LOGO_SIDE = 1200
FONT_SUFFIXES = (".ttf", ".otf")

MSG_BAD_COLOUR = QT_TRANSLATE_NOOP(
    "Brand", "“{value}” is not a colour: write it as #RRGGBB, for example #0B5CAD."
)


class BrandError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__("Brand", message, **params)


@dataclass(frozen=True)
class FontChoice:
    ref: str  # "bundled:<file>" or "blob:<sha256>"
    label: str  # what the font picker shows


def bundled_fonts() -> list[FontChoice]:
    folder = resource_path("fonts")
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
    return [
        FontChoice(f"bundled:{p.name}", _label_from_file(p)) for p in files if "Emoji" not in p.name
    ]


def _label_from_file(path: Path) -> str:
    """'Inter-SemiBold.ttf' -> 'Inter SemiBold'."""
    return path.stem.replace("-", " ")


def _kit_from_row(row: BrandKitRecord | None) -> BrandKit:
    if row is None:
        return BrandKit()
    try:
        raw = json.loads(row.palette_json or "{}")
    except ValueError:
        raw = {}
    colours = {
        role: raw[role]
        for role in PALETTE_ROLES
        if isinstance(raw, dict) and isinstance(raw.get(role), str) and is_colour(raw[role])
    }
    return BrandKit(
        palette=Palette(**colours),
        heading_font=row.heading_font,
        body_font=row.body_font,
        logo_agency=row.logo_agency,
        logo_government=row.logo_government,
        watermark=row.watermark,
        watermark_opacity=min(max(row.watermark_opacity, 0.0), 1.0),
        footer_website=row.footer_website,
        footer_hotline=row.footer_hotline,
        footer_address=row.footer_address,
    )


class BrandService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self) -> BrandKit:
        """The kit, with the agency's name, parent government and handles filled in."""
        with self.db.session() as session:
            kit = _kit_from_row(queries.brand_kit_row(session))
        profile = load_profile(self.db)
        return replace(
            kit,
            agency_name=profile.name,
            parent_government=profile.parent_government,
            handles=dict(profile.handles),
        )

    def save(self, kit: BrandKit) -> None:
        for role in PALETTE_ROLES:
            value = kit.palette.get(role)
            if not is_colour(value):
                raise BrandError(MSG_BAD_COLOUR, value=value)
        with self.db.transaction() as session:
            row = queries.brand_kit_row(session)
            if row is None:
                row = BrandKitRecord()
                session.add(row)
            row.palette_json = json.dumps({r: kit.palette.get(r) for r in PALETTE_ROLES})
            row.heading_font = kit.heading_font
            row.body_font = kit.body_font
            row.logo_agency = kit.logo_agency
            row.logo_government = kit.logo_government
            row.watermark = kit.watermark
            row.watermark_opacity = min(max(kit.watermark_opacity, 0.0), 1.0)
            row.footer_website = kit.footer_website.strip()
            row.footer_hotline = kit.footer_hotline.strip()
            row.footer_address = kit.footer_address.strip()
            row.updated_at = utcnow()

    def suggest_palette(self, logo: str, current: Palette | None = None) -> Palette | None:
        """Colours from the stored logo `logo` (a blob digest), or None if it has none."""
        from medsos_desktop.render.palette import suggest_palette

        with self.db.session() as session:
            data = get_blob(session, logo)
        return suggest_palette(data, current) if data else None

    def import_logo(self, data: bytes, name: str) -> str:
        """Clean a logo like any image (transparency kept) and store it; returns its sha256."""
        image = import_image(data, name, max_side=MAX_LOGO_SIDE)
        with self.db.transaction() as session:
            return put_blob(session, image.data, image.mime)

    def import_logo_file(self, path: Path) -> str:
        """`import_logo` of a file the user chose, read bounded first."""
        return self.import_logo(read_image_file(path), path.name)

    def set_logo(self, role: str, data: bytes, name: str) -> BrandKit:
        if role not in LOGO_ROLES:
            raise ValueError(role)
        digest = self.import_logo(data, name)
        kit = replace(self.load(), **{role: digest})
        self.save(kit)
        return kit

    def fonts(self) -> list[FontChoice]:
        with self.db.session() as session:
            own = queries.user_fonts(session)
            user = [
                FontChoice(f"blob:{f.blob_sha256}", f"{f.family} {f.style}".strip()) for f in own
            ]
        return [*bundled_fonts(), *user]

    def add_font_file(self, path: Path) -> FontChoice:
        """`add_font` of a file the user chose, read bounded first."""
        from medsos_desktop.render.fonts import read_font_file

        return self.add_font(read_font_file(path), path.name)

    def add_font(self, data: bytes, filename: str) -> FontChoice:
        """Check that the file really is a usable font, then keep it with the workspace."""
        from medsos_desktop.render.fonts import validate_font

        info = validate_font(data, filename)
        with self.db.transaction() as session:
            digest = put_blob(
                session, data, "font/ttf" if filename.lower().endswith(".ttf") else "font/otf"
            )
            existing = queries.user_font(session, digest)
            if existing is None:
                session.add(
                    UserFont(
                        blob_sha256=digest,
                        family=info.family,
                        style=info.style,
                        filename=Path(filename).name[:260],
                    )
                )
        return FontChoice(f"blob:{digest}", f"{info.family} {info.style}".strip())
