"""How each platform shows a post: where it crops the first image, which parts of the screen
its own buttons cover, where it cuts the caption with "… more", and what it turns into links.

Pure arithmetic on sizes and text, so the preview painted in the editor and these numbers can
be tested without a display. The figures are what the apps showed on a phone in 2026; they
are approximations a careful admin uses to see what readers see first, not pixel rules.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum

from medsos_desktop.domain.platforms import RULES, Platform


class Surface(StrEnum):
    """Where on a platform the post appears."""

    FEED = "feed"  # the timeline: Instagram, Facebook, X, Threads
    REELS = "reels"  # Instagram Reels: full screen, caption over the picture
    STORY = "story"  # Instagram and Facebook Stories: full screen, no caption
    VIDEO = "video"  # YouTube's video page; TikTok's For You page
    SHORTS = "shorts"  # YouTube Shorts: full screen


SURFACES: dict[Platform, tuple[Surface, ...]] = {
    Platform.INSTAGRAM: (Surface.FEED, Surface.REELS, Surface.STORY),
    Platform.FACEBOOK: (Surface.FEED, Surface.STORY),
    Platform.X: (Surface.FEED,),
    Platform.TIKTOK: (Surface.VIDEO,),
    Platform.YOUTUBE: (Surface.VIDEO, Surface.SHORTS),
    Platform.THREADS: (Surface.FEED,),
}

FULL_SCREEN_RATIO = 9 / 16  # width / height of a phone screen used whole


def is_full_screen(platform: Platform, surface: Surface) -> bool:
    """A 9:16 screen with the platform's buttons and text drawn over the picture."""
    if surface in (Surface.REELS, Surface.STORY, Surface.SHORTS):
        return True
    return platform is Platform.TIKTOK


def needs_picture(platform: Platform, surface: Surface) -> bool:
    """Whether the surface is built around a picture (a text-only post is not possible)."""
    return is_full_screen(platform, surface) or platform in (Platform.INSTAGRAM, Platform.YOUTUBE)


# --- The picture -------------------------------------------------------------------------

# Width / height ranges the feeds show a single photo in; outside the range they crop.
_FEED_RATIOS: dict[Platform, tuple[float, float]] = {
    Platform.INSTAGRAM: (4 / 5, 1.91),
    Platform.FACEBOOK: (4 / 5, 1.91),
    Platform.THREADS: (4 / 5, 1.91),
    Platform.X: (16 / 9, 16 / 9),  # the timeline's image card on the web
    Platform.YOUTUBE: (16 / 9, 16 / 9),  # the thumbnail
}
# A full-screen surface fills the screen with a photo that is nearly 9:16; a wider one is
# shown whole across the width on a plain background (Stories, TikTok photo posts).
_FILL_TOLERANCE = 1.2
# Facebook shows a link without a photo as a card with a 1.91:1 picture.
LINK_CARD_RATIO = 1.91


@dataclass(frozen=True)
class Box:
    """A rectangle in image pixels."""

    left: int
    top: int
    width: int
    height: int


@dataclass(frozen=True)
class Placement:
    """How a platform puts a photo on screen."""

    frame_ratio: float  # width / height of the area the platform gives the picture
    crop: Box  # the part of the photo that is visible
    letterboxed: bool  # the whole photo sits inside the frame, with bands around it

    @property
    def cut_sides(self) -> bool:
        return not self.letterboxed and self.crop.left > 0

    @property
    def cut_top_bottom(self) -> bool:
        return not self.letterboxed and self.crop.top > 0


def crop_box(width: int, height: int, ratio: float) -> Box:
    """The largest centred part of a width x height image with the given width/height ratio."""
    if width <= 0 or height <= 0:
        return Box(0, 0, max(width, 0), max(height, 0))
    if width / height > ratio:
        new_width = max(1, min(width, round(height * ratio)))
        return Box((width - new_width) // 2, 0, new_width, height)
    new_height = max(1, min(height, round(width / ratio)))
    return Box(0, (height - new_height) // 2, width, new_height)


def feed_ratio(platform: Platform, width: int, height: int) -> float:
    """The width/height the feed shows this photo at: its own, pulled into the feed's range."""
    low, high = _FEED_RATIOS.get(platform, (4 / 5, 1.91))
    if width <= 0 or height <= 0:
        return low if low == high else 1.0
    return min(max(width / height, low), high)


def placement(platform: Platform, surface: Surface, width: int, height: int) -> Placement:
    """Where the first photo goes and what of it is cut, on this platform's surface."""
    if is_full_screen(platform, surface):
        if width > 0 and height > 0 and width / height > FULL_SCREEN_RATIO * _FILL_TOLERANCE:
            return Placement(FULL_SCREEN_RATIO, Box(0, 0, width, height), letterboxed=True)
        return Placement(
            FULL_SCREEN_RATIO, crop_box(width, height, FULL_SCREEN_RATIO), letterboxed=False
        )
    ratio = feed_ratio(platform, width, height)
    return Placement(ratio, crop_box(width, height, ratio), letterboxed=False)


@dataclass(frozen=True)
class Bands:
    """Fractions of a full screen covered by the platform's own buttons and texts."""

    top: float
    bottom: float
    right: float


# From the platforms' safe-zone guidance for 1080x1920 (e.g. Reels: keep text out of the
# top 14 % and the bottom 35 %), rounded to what the apps cover on a phone.
_BANDS: dict[tuple[Platform, Surface], Bands] = {
    (Platform.INSTAGRAM, Surface.STORY): Bands(top=0.13, bottom=0.12, right=0.0),
    (Platform.INSTAGRAM, Surface.REELS): Bands(top=0.10, bottom=0.30, right=0.15),
    (Platform.FACEBOOK, Surface.STORY): Bands(top=0.13, bottom=0.12, right=0.0),
    (Platform.TIKTOK, Surface.VIDEO): Bands(top=0.10, bottom=0.28, right=0.16),
    (Platform.YOUTUBE, Surface.SHORTS): Bands(top=0.09, bottom=0.28, right=0.16),
}


def ui_bands(platform: Platform, surface: Surface) -> Bands | None:
    """The covered bands of a full-screen surface; None for a feed."""
    return _BANDS.get((platform, surface))


# --- The caption -------------------------------------------------------------------------


@dataclass(frozen=True)
class CutRule:
    """Where a platform stops the caption and shows "… more" (None: never)."""

    max_chars: int | None
    max_lines: int | None = None
    chars_per_line: int = 40


# Instagram: about 125 characters or two lines under the photo; Facebook: about 480
# characters; TikTok: about 100 over the video; YouTube: three lines of the description;
# Reels: one line; Shorts shows the title only. X and Threads show the whole post.
_CUTS: dict[tuple[Platform, Surface], CutRule | None] = {
    (Platform.INSTAGRAM, Surface.FEED): CutRule(125, max_lines=2, chars_per_line=64),
    (Platform.INSTAGRAM, Surface.REELS): CutRule(50, max_lines=1, chars_per_line=50),
    (Platform.FACEBOOK, Surface.FEED): CutRule(480, max_lines=7, chars_per_line=70),
    (Platform.TIKTOK, Surface.VIDEO): CutRule(100, max_lines=2, chars_per_line=50),
    (Platform.YOUTUBE, Surface.VIDEO): CutRule(180, max_lines=3, chars_per_line=60),
    (Platform.X, Surface.FEED): None,
    (Platform.THREADS, Surface.FEED): None,
}
# Surfaces that show no caption at all: what matters must be written on the picture.
_NO_CAPTION = frozenset(
    {
        (Platform.INSTAGRAM, Surface.STORY),
        (Platform.FACEBOOK, Surface.STORY),
        (Platform.YOUTUBE, Surface.SHORTS),
    }
)
# Never cut a word: back up to a space when one is this close before the cut.
_WORD_BACKTRACK = 20
# Room kept on the last line for "… more".
_MORE_ROOM = 8


def shows_caption(platform: Platform, surface: Surface) -> bool:
    return (platform, surface) not in _NO_CAPTION


def cut_rule(platform: Platform, surface: Surface) -> CutRule | None:
    return _CUTS.get((platform, surface))


@dataclass(frozen=True)
class CaptionView:
    """The caption as the platform shows it before the reader taps "… more"."""

    shown: str  # the visible part, a prefix of the text
    truncated: bool  # "… more" follows `shown`
    overflow_start: int | None = None  # index where the text no longer fits the limit


def _line_limit_index(text: str, rule: CutRule, lead: int) -> int:
    """Index where the visible lines run out, wrapping every `chars_per_line` characters."""
    if rule.max_lines is None:
        return len(text)
    used_lines = 0
    position = 0
    for number, line in enumerate(text.split("\n")):
        width = len(line) + (lead if number == 0 else 0)
        lines = max(1, math.ceil(width / rule.chars_per_line))
        if used_lines + lines > rule.max_lines:
            room = (rule.max_lines - used_lines) * rule.chars_per_line - _MORE_ROOM
            if number == 0:
                room -= lead
            return position + max(0, room)
        used_lines += lines
        position += len(line) + 1
    return len(text)


def _back_to_word(text: str, index: int) -> int:
    """Move a cut back to the end of a word, unless the word is very long."""
    if index >= len(text) or text[index].isspace():
        return index
    space = max(text.rfind(" ", 0, index), text.rfind("\n", 0, index))
    if space >= 0 and index - space <= _WORD_BACKTRACK:
        return space
    return index


def caption_view(
    text: str,
    platform: Platform,
    surface: Surface = Surface.FEED,
    *,
    lead: int = 0,
    overflow_start: int | None = None,
) -> CaptionView:
    """The part of `text` the platform shows, and whether "… more" follows it.

    `lead` counts characters the platform writes before the caption on its first line
    (Instagram starts the caption with the account's name). X and Threads show the whole
    post; when it is over the limit, `overflow_start` marks the part that does not fit
    (computed here for platforms that count characters; X's weighted count comes from the
    caption checks).
    """
    if not shows_caption(platform, surface):
        return CaptionView("", truncated=False)
    rule = cut_rule(platform, surface)
    if rule is None:
        rules = RULES[platform]
        if (
            overflow_start is None
            and rules.length_unit == "chars"
            and len(text) > (rules.caption_limit)
        ):
            overflow_start = rules.caption_limit
        return CaptionView(text, truncated=False, overflow_start=overflow_start)
    visible_end = len(text.rstrip())
    cut = _line_limit_index(text, rule, lead)
    if rule.max_chars is not None and visible_end > rule.max_chars:
        cut = min(cut, rule.max_chars - _MORE_ROOM // 2)
    if cut >= visible_end:
        return CaptionView(text, truncated=False)
    cut = _back_to_word(text, cut)
    return CaptionView(text[:cut].rstrip(), truncated=True)


# --- Links ---------------------------------------------------------------------------------


class LinkKind(StrEnum):
    HASHTAG = "hashtag"
    MENTION = "mention"
    URL = "url"


@dataclass(frozen=True)
class LinkSpan:
    start: int
    end: int
    kind: LinkKind


# The same shapes the caption checks count (domain/checks.py), kept simple for display.
_HASHTAG = re.compile(r"(?<![\w&#＃])[#＃](?=[\w\u0300-\u036f]*[^\W\d_])[\w\u0300-\u036f]+")
_MENTION = re.compile(r"(?<![\w@.])[@＠]\w(?:[\w.]*\w)?")
_URL = re.compile(
    r"(?<![\w@.])(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]]"
    r"|(?<![\w@./])(?:[a-z0-9-]+\.)+(?:go\.id|co\.id|or\.id|ac\.id|sch\.id|desa\.id|id|com|org"
    r"|net)(?:/[^\s<>\"]*[^\s<>\".,;:!?)\]])?(?![\w.-]*@)",
    re.IGNORECASE,
)


def link_spans(text: str, platform: Platform) -> list[LinkSpan]:
    """What the platform turns into links: hashtags, mentions and (where clickable) URLs.

    Threads links only the first hashtag (one topic per post); the others stay plain text.
    """
    spans: list[LinkSpan] = []
    taken: list[tuple[int, int]] = []
    if RULES[platform].links_clickable:
        for match in _URL.finditer(text):
            spans.append(LinkSpan(match.start(), match.end(), LinkKind.URL))
            taken.append(match.span())
    else:
        taken = [m.span() for m in _URL.finditer(text)]

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    tags = [m for m in _HASHTAG.finditer(text) if free(*m.span())]
    if platform is Platform.THREADS:
        tags = tags[:1]
    spans += [LinkSpan(m.start(), m.end(), LinkKind.HASHTAG) for m in tags]
    spans += [
        LinkSpan(m.start(), m.end(), LinkKind.MENTION)
        for m in _MENTION.finditer(text)
        if free(*m.span())
    ]
    return sorted(spans, key=lambda span: span.start)


# --- The account -----------------------------------------------------------------------------


def display_handle(handle: str, name: str) -> str:
    """The account name the platform shows: the saved handle, else one made from the name."""
    cleaned = handle.strip().lstrip("@＠").strip()
    if cleaned:
        return cleaned
    made = re.sub(r"[^a-z0-9._]+", "", name.casefold().replace(" ", "."))
    return made.strip("._")[:30] or "instansi"


def initials(name: str) -> str:
    """Up to two letters for a round avatar when the agency has no logo."""
    words = [w for w in re.split(r"[\s._-]+", name) if w and w[0].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


_NAMED_RATIOS = (
    (1.0, "1:1"),
    (4 / 5, "4:5"),
    (3 / 4, "3:4"),
    (2 / 3, "2:3"),
    (9 / 16, "9:16"),
    (16 / 9, "16:9"),
    (1.91, "1.91:1"),
    (3 / 2, "3:2"),
    (4 / 3, "4:3"),
)


def ratio_label(ratio: float) -> str:
    """'4:5' for 0.8: the name admins know a picture shape by (nearest within 2 %)."""
    for value, name in _NAMED_RATIOS:
        if abs(ratio - value) <= value * 0.02:
            return name
    return f"{ratio:.2f}:1"
