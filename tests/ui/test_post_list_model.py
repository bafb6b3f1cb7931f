"""The post list model: Qt's model contract, sorting in the model, filtering in the proxy."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from medsos_desktop.domain.posts import Category, PostRow, Status
from medsos_desktop.ui.post_list import PostFilterProxy, PostTableModel


def _rows(count: int, seed: int = 5) -> list[PostRow]:
    rng = random.Random(seed)
    base = datetime(2026, 11, 1, 8, 0)
    return [
        PostRow(
            id=i,
            title=f"Posting {rng.randrange(10_000):05d}",
            category=rng.choice(list(Category)).value,
            platforms=rng.choice(["instagram", "instagram,x", "facebook,tiktok", ""]),
            status=rng.choice(list(Status)).value,
            planned_at=None if i % 7 == 0 else base + timedelta(hours=rng.randrange(2000)),
            updated_at=base + timedelta(minutes=rng.randrange(100_000)),
            revision=1,
            is_demo=False,
        )
        for i in range(1, count + 1)
    ]


def test_model_contract(qtmodeltester) -> None:
    model = PostTableModel()
    model.set_rows(_rows(50))
    qtmodeltester.check(model)
    proxy = PostFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_sorting_happens_in_the_model(qapp: object) -> None:
    model = PostTableModel()
    proxy = PostFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(_rows(3000))
    proxy.sort(PostTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    titles = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    proxy.sort(PostTableModel.UPDATED, Qt.SortOrder.DescendingOrder)
    rows = [proxy.index(r, 0).data(PostTableModel.RowRole) for r in range(proxy.rowCount())]
    assert [r.updated_at for r in rows] == sorted((r.updated_at for r in rows), reverse=True)


def test_posts_without_a_date_sort_after_the_planned_ones(qapp: object) -> None:
    model = PostTableModel()
    model.set_rows(_rows(300))
    model.sort(PostTableModel.PLANNED, Qt.SortOrder.AscendingOrder)
    planned = [model.row_at(i).planned_at for i in range(model.rowCount())]
    dated = [when for when in planned if when is not None]
    assert planned == [*sorted(dated), *[None] * (len(planned) - len(dated))]
    unplanned = PostRow(
        999, "Tanpa jadwal", "kegiatan", "", "draft", None, datetime(2030, 1, 1), 1, False
    )
    model.upsert(unplanned)  # inserted among the undated ones, at the end
    assert model.position_of(999) == model.rowCount() - 1
    model.sort(PostTableModel.PLANNED, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).planned_at is None
    assert model.row_at(model.rowCount() - 1).planned_at == min(dated)


def test_new_row_lands_where_the_order_puts_it(qapp: object) -> None:
    model = PostTableModel()
    model.set_rows(_rows(200))  # newest edit first
    newest = PostRow(999, "Baru", "kegiatan", "", "draft", None, datetime(2030, 1, 1), 1, False)
    model.upsert(newest)
    assert model.row_at(0).id == 999
    model.sort(PostTableModel.UPDATED, Qt.SortOrder.AscendingOrder)
    oldest = PostRow(1000, "Lama", "kegiatan", "", "draft", None, datetime(2000, 1, 1), 1, False)
    model.upsert(oldest)
    assert model.row_at(0).id == 1000
    assert model.row_at(model.rowCount() - 1).id == 999
    assert model.position_of(999) == model.rowCount() - 1


def test_filters_combine(qapp: object) -> None:
    model = PostTableModel()
    proxy = PostFilterProxy()
    proxy.setSourceModel(model)
    rows = _rows(500)
    model.set_rows(rows)
    proxy.set_filters(
        status=Status.DRAFT, category=None, platform=None, date_from=None, date_to=None
    )
    assert proxy.rowCount() == sum(r.status == "draft" for r in rows)
    proxy.set_search_ids({r.id for r in rows[:100]})
    assert proxy.rowCount() == sum(r.status == "draft" for r in rows[:100])
