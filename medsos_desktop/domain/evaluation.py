"""A month's evaluation from its posts' figures: totals, weeks, groups, best posts, rates.

Pure: the service reads the posts and their latest figures from the database and hands
them here as `PostFigures`; everything counted or compared for the evaluation page and the
head of office's report is worked out below, so it is tested without a database.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from medsos_desktop.domain.months import month_end, month_start
from medsos_desktop.domain.platforms import PLATFORM_ORDER, Platform
from medsos_desktop.domain.posts import Category, Status
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP

FORMAT_SINGLE = "single_image"
FORMAT_CAROUSEL = "carousel"
FORMAT_VIDEO = "video"
FORMAT_TEXT = "text_only"
FORMATS: tuple[str, ...] = (FORMAT_SINGLE, FORMAT_CAROUSEL, FORMAT_VIDEO, FORMAT_TEXT)
FORMAT_LABELS: dict[str, str] = {
    FORMAT_SINGLE: QT_TRANSLATE_NOOP("Report", "Single image"),
    FORMAT_CAROUSEL: QT_TRANSLATE_NOOP("Report", "Carousel"),
    FORMAT_VIDEO: QT_TRANSLATE_NOOP("Report", "Video"),
    FORMAT_TEXT: QT_TRANSLATE_NOOP("Report", "Text only"),
}

# The reactions summed into "engagement" (reach and views are counted apart).
ENGAGEMENT_FIELDS: tuple[str, ...] = ("likes", "comments", "shares", "saves")
# How many posts each "best posts" list shows.
BEST_COUNT = 5


@dataclass(frozen=True)
class Figures:
    reach: int = 0
    impressions: int = 0
    engagement: int = 0
    video_views: int = 0

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.reach + other.reach,
            self.impressions + other.impressions,
            self.engagement + other.engagement,
            self.video_views + other.video_views,
        )


@dataclass(frozen=True)
class WeekCount:
    """A week of the month as a head of office counts them: days 1–7 are "Minggu ke-1",
    8–14 the second, 15–21 the third, and the fourth runs from the 22nd to the month's
    end, so that no week is a stub of one or two days."""

    number: int  # 1..4
    start: dt.date  # within the month
    end: dt.date
    posts: int
    figures: Figures = field(default_factory=Figures)


@dataclass(frozen=True)
class GroupFigures:
    key: str  # category, platform, format or status value
    posts: int
    figures: Figures


@dataclass(frozen=True)
class PostFigures:
    post_id: int
    title: str
    category: Category
    platforms: tuple[Platform, ...]
    published: dt.datetime | None
    planned: dt.datetime | None
    format: str
    figures: Figures
    by_platform: Mapping[Platform, Figures] = field(default_factory=dict)


@dataclass(frozen=True)
class Evaluation:
    month: dt.date  # the first day
    posts: tuple[PostFigures, ...]  # published in the month
    totals: Figures
    weeks: tuple[WeekCount, ...]
    by_category: tuple[GroupFigures, ...]
    by_platform: tuple[GroupFigures, ...]
    by_format: tuple[GroupFigures, ...]
    best_by_engagement: tuple[PostFigures, ...]
    best_by_reach: tuple[PostFigures, ...]
    on_time: int
    timed: int  # published posts that had a planned time
    by_status: Mapping[Status, int]  # every post of the month, by where it stands

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.timed if self.timed else None


@dataclass(frozen=True)
class Change:
    """How a figure moved against the month before: `trend` +1 up, -1 down, 0 the same."""

    value: float
    before: float
    trend: int

    @property
    def difference(self) -> float:
        """How far it moved, without the sign (the trend says which way)."""
        return abs(self.value - self.before)

    @property
    def relative(self) -> float | None:
        """The move as a share of last month's figure; None when last month had none."""
        return self.difference / self.before if self.before else None


def month_weeks(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """(start, end) of the month's four weeks: 1–7, 8–14, 15–21, 22–end."""
    starts = [first + dt.timedelta(days=offset) for offset in (0, 7, 14, 21)]
    ends = [start + dt.timedelta(days=6) for start in starts[:3]] + [last]
    return list(zip(starts, ends, strict=True))


def engagement_of(values: Mapping[str, int | None]) -> int:
    """Likes, comments, shares and saves together; a figure not given counts as none."""
    return sum(values.get(name) or 0 for name in ENGAGEMENT_FIELDS)


def engagement_rate(figures: Figures) -> float | None:
    """Engagement ÷ reach: the share of the people reached who reacted; None without reach."""
    return figures.engagement / figures.reach if figures.reach else None


def format_of(mimes: Sequence[str]) -> str:
    """A post's format from its media types, in their order: any video makes it a video."""
    if any(m.startswith("video/") for m in mimes):
        return FORMAT_VIDEO
    if len(mimes) > 1:
        return FORMAT_CAROUSEL
    return FORMAT_SINGLE if mimes else FORMAT_TEXT


def in_month(month: dt.date, when: dt.datetime | None) -> bool:
    """Whether a post published (or else planned) at `when` belongs to `month`'s figures."""
    return when is not None and month_start(month) <= when.date() <= month_end(month)


def month_change(value: float | None, before: float | None) -> Change | None:
    """The comparison with last month, or None when it would say nothing: a figure
    missing in either month, or zero this month and zero last month."""
    if value is None or before is None:
        return None
    diff = value - before
    trend = 0 if abs(diff) < 1e-9 else (1 if diff > 0 else -1)
    if trend == 0 and not value:
        return None
    return Change(value, before, trend)


def _best(posts: Iterable[PostFigures], measure: str) -> tuple[PostFigures, ...]:
    """The posts highest by `measure` (none without it); ties by time, then id."""
    scored = [p for p in posts if getattr(p.figures, measure) > 0]
    scored.sort(
        key=lambda p: (-getattr(p.figures, measure), p.published or dt.datetime.min, p.post_id)
    )
    return tuple(scored[:BEST_COUNT])


def evaluate_month(
    month: dt.date, posts: Iterable[PostFigures], by_status: Mapping[Status, int]
) -> Evaluation:
    """The month's evaluation from its published posts' figures and every post's status.

    `posts` are the posts published in the month; their order does not matter (the
    evaluation lists them by publication time)."""
    first, last = month_start(month), month_end(month)
    figures = sorted(posts, key=lambda f: (f.published or dt.datetime.min, f.post_id))

    weeks: list[WeekCount] = []
    for number, (start, end) in enumerate(month_weeks(first, last), start=1):
        inside = [f for f in figures if f.published and start <= f.published.date() <= end]
        total = sum((f.figures for f in inside), Figures())
        weeks.append(WeekCount(number, start, end, len(inside), total))

    cat_counts: Counter[str] = Counter()
    cat_sums: dict[str, Figures] = defaultdict(Figures)
    fmt_counts: Counter[str] = Counter()
    fmt_sums: dict[str, Figures] = defaultdict(Figures)
    plat_counts: Counter[str] = Counter()
    plat_sums: dict[str, Figures] = defaultdict(Figures)
    for item in figures:
        cat_counts[item.category.value] += 1
        cat_sums[item.category.value] += item.figures
        fmt_counts[item.format] += 1
        fmt_sums[item.format] += item.figures
        for platform in item.platforms:
            plat_counts[platform.value] += 1
            plat_sums[platform.value] += item.by_platform.get(platform, Figures())
    by_category = tuple(
        GroupFigures(c.value, cat_counts[c.value], cat_sums[c.value])
        for c in Category
        if cat_counts[c.value]
    )
    by_platform = tuple(
        GroupFigures(p.value, plat_counts[p.value], plat_sums[p.value])
        for p in PLATFORM_ORDER
        if plat_counts[p.value]
    )
    by_format = tuple(GroupFigures(f, fmt_counts[f], fmt_sums[f]) for f in FORMATS if fmt_counts[f])
    timed = [f for f in figures if f.planned is not None and f.published is not None]
    on_time = sum(
        1 for f in timed if f.published and f.planned and f.published.date() == f.planned.date()
    )
    return Evaluation(
        month=first,
        posts=tuple(figures),
        totals=sum((f.figures for f in figures), Figures()),
        weeks=tuple(weeks),
        by_category=by_category,
        by_platform=by_platform,
        by_format=by_format,
        best_by_engagement=_best(figures, "engagement"),
        best_by_reach=_best(figures, "reach"),
        on_time=on_time,
        timed=len(timed),
        by_status={s: by_status.get(s, 0) for s in Status if by_status.get(s, 0)},
    )
