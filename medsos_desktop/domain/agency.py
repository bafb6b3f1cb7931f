"""Who a workspace speaks for: the agency (OPD) profile, as plain data."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from medsos_desktop.domain.platforms import Platform


@dataclass
class AgencyProfile:
    name: str = ""
    short_name: str = ""
    parent_government: str = ""
    handles: dict[Platform, str] = field(default_factory=dict)
    official_hashtags: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()
    confirmed: bool = False

    @property
    def slug(self) -> str:
        return slugify(self.short_name or self.name)


def slugify(text: str) -> str:
    """A folder-safe name for the agency, e.g. 'Dinkes Kota Bandung' -> 'dinkes-kota-bandung'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80] or "instansi"
