"""What the post list costs at start: no per-row filter work and no style sheet until
they are needed, with the same rows and the same banner as before."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.posts import Category, PostRow, Status
from medsos_desktop.ui.common.autosave import AutosaveController
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.post_list import PostFilterProxy, PostTableModel
from medsos_desktop.ui.post_list_page import SAMPLE_BANNER_STYLE, PostListPage


def _rows(count: int) -> list[PostRow]:
    base = datetime(2026, 11, 1, 8, 0)
    statuses = list(Status)
    return [
        PostRow(
            id=i,
            title=f"Posting {i}",
            category=Category.KEGIATAN.value if i % 2 else Category.LAINNYA.value,
            platforms="instagram,x" if i % 3 else "facebook",
            status=statuses[i % len(statuses)].value,
            planned_at=None if i % 5 == 0 else base + timedelta(days=i % 40),
            updated_at=base + timedelta(minutes=i),
            revision=1,
            is_demo=False,
        )
        for i in range(1, 301)
    ]


def test_no_filter_shows_every_row_and_clearing_filters_brings_them_back(qapp: object) -> None:
    model, proxy = PostTableModel(), PostFilterProxy()
    proxy.setSourceModel(model)
    rows = _rows(300)
    model.set_rows(rows)
    assert not proxy.filtering
    assert proxy.rowCount() == len(rows)

    proxy.set_filters(
        status=None, category=Category.KEGIATAN, platform=None, date_from=None, date_to=None
    )
    assert proxy.filtering
    assert proxy.rowCount() == sum(r.category == Category.KEGIATAN.value for r in rows)
    proxy.set_search_ids({1, 2, 3, 4})
    assert proxy.rowCount() == 2  # 1 and 3 are KEGIATAN

    proxy.set_search_ids(None)
    assert proxy.filtering  # the category filter is still set
    proxy.set_filters(status=None, category=None, platform=None, date_from=None, date_to=None)
    assert not proxy.filtering
    assert proxy.rowCount() == len(rows)

    proxy.set_filters(
        status=None,
        category=None,
        platform=None,
        date_from=datetime(2026, 11, 1).date(),
        date_to=None,
    )
    assert proxy.filtering  # a date alone filters too (posts without a plan drop out)
    assert proxy.rowCount() == sum(r.planned_at is not None for r in rows)


def test_the_sample_banner_gets_its_style_when_first_shown(qtbot: QtBot) -> None:
    host = QMainWindow()
    qtbot.addWidget(host)
    runner = TaskRunner(host)
    page = PostListPage(UiContext(host, runner, AutosaveController(lambda *_: None, host)), host)
    host.setCentralWidget(page)
    host.show()
    assert page.sample_banner.isHidden()
    assert page.sample_banner.styleSheet() == ""  # an agency's own workspace never needs it

    page.show_sample_banner(True)
    assert page.sample_banner.isVisible()
    assert page.sample_banner.styleSheet() == SAMPLE_BANNER_STYLE
    page.show_sample_banner(False)
    assert page.sample_banner.isHidden()
    page.show_sample_banner(True)
    assert page.sample_banner.styleSheet() == SAMPLE_BANNER_STYLE
