"""The six platforms an agency posts to, and the published rules of each."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP


class Platform(StrEnum):
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    X = "x"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    THREADS = "threads"


LengthUnit = Literal["chars", "x_weighted", "utf8_bytes"]


@dataclass(frozen=True)
class PlatformRules:
    """Limits as the platforms document them (checked 2026)."""

    label: str
    caption_limit: int
    length_unit: LengthUnit
    max_hashtags: int | None = None
    recommended_hashtags: int | None = None
    max_mentions: int | None = None
    title_limit: int | None = None
    links_clickable: bool = True


RULES: dict[Platform, PlatformRules] = {
    # Instagram: 2,200 characters, 30 hashtags hard limit, 20 mentions; Meta now
    # recommends 3-5 hashtags; links in captions are not clickable.
    Platform.INSTAGRAM: PlatformRules(
        label="Instagram",
        caption_limit=2200,
        length_unit="chars",
        max_hashtags=30,
        recommended_hashtags=5,
        max_mentions=20,
        links_clickable=False,
    ),
    Platform.FACEBOOK: PlatformRules(label="Facebook", caption_limit=63206, length_unit="chars"),
    # X: 280 weighted characters (URL = 23, CJK and emoji = 2), per twitter-text v3.
    Platform.X: PlatformRules(label="X", caption_limit=280, length_unit="x_weighted"),
    Platform.TIKTOK: PlatformRules(
        label="TikTok", caption_limit=4000, length_unit="chars", links_clickable=False
    ),
    # YouTube: description 5,000 bytes, title 100 characters; more than 15 hashtags
    # makes YouTube ignore all of them.
    Platform.YOUTUBE: PlatformRules(
        label="YouTube",
        caption_limit=5000,
        length_unit="utf8_bytes",
        max_hashtags=15,
        title_limit=100,
    ),
    # Threads: 500 characters; one topic tag per post.
    Platform.THREADS: PlatformRules(
        label="Threads", caption_limit=500, length_unit="chars", max_hashtags=1
    ),
}

PLATFORM_ORDER: tuple[Platform, ...] = tuple(Platform)

# Marked so that lupdate offers them for translation, even if the names stay.
_LABELS = (
    QT_TRANSLATE_NOOP("Platform", "Instagram"),
    QT_TRANSLATE_NOOP("Platform", "Facebook"),
    QT_TRANSLATE_NOOP("Platform", "X"),
    QT_TRANSLATE_NOOP("Platform", "TikTok"),
    QT_TRANSLATE_NOOP("Platform", "YouTube"),
    QT_TRANSLATE_NOOP("Platform", "Threads"),
)


def platform_label(platform: Platform) -> str:
    return RULES[platform].label


def parse_platforms(text: str) -> tuple[Platform, ...]:
    """Parse a comma-separated list as stored; unknown names are dropped."""
    known = {p.value for p in Platform}
    return tuple(Platform(v) for v in (s.strip() for s in text.split(",")) if v in known)
