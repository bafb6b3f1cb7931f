"""A month's evaluation worked out from figures alone (domain/evaluation.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from medsos_desktop.domain.evaluation import (
    FORMAT_CAROUSEL,
    FORMAT_SINGLE,
    FORMAT_TEXT,
    FORMAT_VIDEO,
    Figures,
    PostFigures,
    engagement_of,
    engagement_rate,
    evaluate_month,
    format_of,
    in_month,
    month_change,
    month_weeks,
)
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, Status

NOVEMBER = dt.date(2026, 11, 1)


def _post(
    post_id: int,
    day: int,
    *,
    reach: int = 0,
    engagement: int = 0,
    category: Category = Category.LAINNYA,
    fmt: str = FORMAT_SINGLE,
    planned_day: int | None = None,
    by_platform: dict[Platform, Figures] | None = None,
) -> PostFigures:
    platforms = by_platform or {Platform.INSTAGRAM: Figures(reach=reach, engagement=engagement)}
    total = sum(platforms.values(), Figures())
    return PostFigures(
        post_id=post_id,
        title=f"Post {post_id}",
        category=category,
        platforms=tuple(platforms),
        published=dt.datetime(2026, 11, day, 9, 0),
        planned=dt.datetime(2026, 11, planned_day, 8, 0) if planned_day else None,
        format=fmt,
        figures=total,
        by_platform=platforms,
    )


def test_the_four_weeks_of_a_month_cover_every_day_once() -> None:
    for first, last in [
        (dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        (dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
        (dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
    ]:
        weeks = month_weeks(first, last)
        assert [(s.day, e.day) for s, e in weeks][:3] == [(1, 7), (8, 14), (15, 21)]
        assert weeks[3] == (dt.date(first.year, first.month, 22), last)
        days = sum((e - s).days + 1 for s, e in weeks)
        assert days == last.day


def test_engagement_sums_reactions_and_its_rate_needs_reach() -> None:
    values = {"likes": 10, "comments": 3, "shares": None, "saves": 2, "reach": 500}
    assert engagement_of(values) == 15
    assert engagement_rate(Figures(reach=200, engagement=15)) == pytest.approx(0.075)
    assert engagement_rate(Figures(reach=0, engagement=15)) is None


@pytest.mark.parametrize(
    ("mimes", "expected"),
    [
        ([], FORMAT_TEXT),
        (["image/jpeg"], FORMAT_SINGLE),
        (["image/jpeg", "image/png"], FORMAT_CAROUSEL),
        (["image/jpeg", "video/mp4"], FORMAT_VIDEO),
        (["video/mp4"], FORMAT_VIDEO),
    ],
)
def test_format_of_a_post_from_its_media(mimes: list[str], expected: str) -> None:
    assert format_of(mimes) == expected


def test_a_post_belongs_to_the_month_it_was_published_in() -> None:
    assert in_month(NOVEMBER, dt.datetime(2026, 11, 30, 23, 59))
    assert in_month(dt.date(2026, 11, 17), dt.datetime(2026, 11, 1, 0, 0))
    assert not in_month(NOVEMBER, dt.datetime(2026, 12, 1, 0, 0))
    assert not in_month(NOVEMBER, dt.datetime(2026, 10, 31, 23, 59))
    assert not in_month(NOVEMBER, None)


def test_evaluation_of_known_figures() -> None:
    posts = [
        _post(3, 22, reach=100, engagement=10, category=Category.LAYANAN_PUBLIK, planned_day=22),
        _post(1, 2, reach=1000, engagement=5, category=Category.PENGUMUMAN, planned_day=3),
        _post(2, 9, reach=0, engagement=0, category=Category.PENGUMUMAN, fmt=FORMAT_VIDEO),
        _post(
            4,
            30,
            category=Category.LAYANAN_PUBLIK,
            planned_day=30,
            by_platform={
                Platform.INSTAGRAM: Figures(reach=300, engagement=40),
                Platform.FACEBOOK: Figures(reach=200, engagement=20),
            },
        ),
    ]
    by_status = {Status.PUBLISHED: 4, Status.DRAFT: 2, Status.ARCHIVED: 0}
    result = evaluate_month(dt.date(2026, 11, 17), posts, by_status)

    assert result.month == NOVEMBER
    assert [p.post_id for p in result.posts] == [1, 2, 3, 4]  # by publication time
    assert result.totals == Figures(reach=1600, engagement=75)
    assert [(w.number, w.posts) for w in result.weeks] == [(1, 1), (2, 1), (3, 0), (4, 2)]
    assert result.weeks[3].figures == Figures(reach=600, engagement=70)
    assert result.weeks[3].end == dt.date(2026, 11, 30)
    assert {g.key: g.posts for g in result.by_category} == {
        Category.PENGUMUMAN.value: 2,
        Category.LAYANAN_PUBLIK.value: 2,
    }
    platforms = {g.key: (g.posts, g.figures) for g in result.by_platform}
    assert platforms == {
        "instagram": (4, Figures(reach=1400, engagement=55)),
        "facebook": (1, Figures(reach=200, engagement=20)),
    }
    assert [g.key for g in result.by_format] == [FORMAT_SINGLE, FORMAT_VIDEO]
    assert [p.post_id for p in result.best_by_engagement] == [4, 3, 1]  # none without any
    assert [p.post_id for p in result.best_by_reach] == [1, 4, 3]
    assert (result.on_time, result.timed) == (2, 3)  # post 1 was a day late
    assert result.on_time_rate == pytest.approx(2 / 3)
    assert result.by_status == {Status.DRAFT: 2, Status.PUBLISHED: 4}


def test_the_best_lists_hold_five_and_break_ties_by_time() -> None:
    posts = [_post(i, 10 + i % 3, reach=100, engagement=7) for i in range(1, 9)]
    result = evaluate_month(NOVEMBER, posts, {})
    best = [p.post_id for p in result.best_by_engagement]
    assert len(best) == 5
    assert best == [3, 6, 1, 4, 7]  # the 10th first, then the 11th; by id within a day


def test_an_empty_month() -> None:
    result = evaluate_month(NOVEMBER, [], {})
    assert result.posts == () and result.totals == Figures()
    assert [w.posts for w in result.weeks] == [0, 0, 0, 0]
    assert result.on_time_rate is None
    assert result.best_by_reach == () and result.by_status == {}


def test_a_change_against_last_month() -> None:
    up = month_change(120, 100)
    assert up is not None and up.trend == 1
    assert up.difference == 20 and up.relative == pytest.approx(0.2)
    down = month_change(0.05, 0.1)
    assert down is not None and down.trend == -1 and down.relative == pytest.approx(0.5)
    same = month_change(7, 7)
    assert same is not None and same.trend == 0
    new = month_change(5, 0)
    assert new is not None and new.trend == 1 and new.relative is None
    # Nothing to say: a figure missing, or none this month and none the month before.
    assert month_change(None, 3) is None
    assert month_change(3, None) is None
    assert month_change(0, 0) is None
