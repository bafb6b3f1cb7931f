"""The evaluation dashboard on a real workspace: the figures of a month with known posts,
month navigation, the best posts, the exported report, and an empty month."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Iterator
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, MediaRef, PostContent, Status
from medsos_desktop.services.agency import AgencyProfile, save_profile
from medsos_desktop.services.metrics import MetricsService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.store.blobs import put_blob
from medsos_desktop.store.models import Post
from medsos_desktop.ui.common.translation import install_language
from medsos_desktop.ui.evaluation.page import BarChartWidget, EvaluationPage

IG, FB, TT = Platform.INSTAGRAM, Platform.FACEBOOK, Platform.TIKTOK
APRIL = dt.date(2026, 4, 1)


def make_post(
    ws: Workspace,
    title: str,
    platforms: tuple[Platform, ...],
    planned: dt.datetime | None,
    status: Status = Status.SYNCED,
    category: Category = Category.KEGIATAN,
    media: tuple[MediaRef, ...] = (),
) -> int:
    """A post ready to be marked published (sent to the central folder), as in the
    services' tests."""
    post_id = PostService(ws.db).create(
        PostContent(
            title=title,
            category=category,
            platforms=platforms,
            base_caption=title,
            planned_at=planned,
            media=media,
        )
    )
    with ws.db.session() as session, session.begin():
        session.get(Post, post_id).status = status.value  # type: ignore[union-attr]
    return post_id


def png(ws: Workspace, seed: int) -> MediaRef:
    buffer = BytesIO()
    Image.new("RGB", (8, 8), (seed, 0, 0)).save(buffer, "PNG")
    return PostService(ws.db).import_image_bytes(buffer.getvalue(), f"{seed}.png")


def video(ws: Workspace) -> MediaRef:
    with ws.db.session() as session, session.begin():
        digest = put_blob(session, b"\x00\x00\x00\x18ftypmp42 not really a video", "video/mp4")
    return MediaRef(digest, "senam.mp4")


def fill_april(ws: Workspace) -> dict[str, int]:
    """April 2026 of a Dinas Kesehatan, the figures of tests/services/test_metrics.py:
    reach 16,000, engagement 1,790, video views 20,000, 3 of 4 posts on their planned day."""
    service = MetricsService(ws.db, actor="Rina")
    save_profile(ws.db, AgencyProfile(name="Dinas Kesehatan Kota Sukamaju"))
    day = dt.datetime
    posts = {
        "p1": make_post(ws, "Donor darah", (IG, FB), day(2026, 4, 2, 9), media=(png(ws, 1),)),
        "p2": make_post(
            ws,
            "Pengumuman PPDB",
            (IG,),
            day(2026, 4, 8, 9),
            category=Category.PENGUMUMAN,
            media=(png(ws, 2), png(ws, 3), png(ws, 4)),
        ),
        "p3": make_post(
            ws, "Jam layanan", (FB,), day(2026, 4, 15, 10), category=Category.LAYANAN_PUBLIK
        ),
        "p4": make_post(ws, "Senam pagi", (TT,), None, media=(video(ws),)),
        "p5": make_post(ws, "Posyandu", (IG,), day(2026, 4, 3, 8), media=(png(ws, 5),)),
        "march": make_post(ws, "Maret", (IG,), day(2026, 3, 31, 9)),
        "draft": make_post(ws, "Draf", (IG,), day(2026, 4, 10, 9), status=Status.DRAFT),
    }
    link = "https://www.instagram.com/p/{}/"
    fb = "https://www.facebook.com/dinkes/posts/{}"
    service.mark_published(
        posts["p1"], {IG: link.format("AAAAA1"), FB: fb.format(1)}, day(2026, 4, 2, 9, 30)
    )
    service.mark_published(posts["p2"], {IG: link.format("AAAAA2")}, day(2026, 4, 9, 10))
    service.mark_published(posts["p3"], {FB: fb.format(3)}, day(2026, 4, 15, 18))
    service.mark_published(
        posts["p4"],
        {TT: "https://www.tiktok.com/@dinkes/video/7350000000000000004"},
        day(2026, 4, 20, 7),
    )
    service.mark_published(posts["p5"], {IG: link.format("AAAAA5")}, day(2026, 4, 3, 8, 5))
    service.mark_published(posts["march"], {IG: link.format("AAAAA6")}, day(2026, 3, 31, 9))
    service.record_manual(
        posts["p1"], IG, {"reach": 1000, "likes": 100, "comments": 10, "shares": 5, "saves": 5}
    )
    service.record_manual(posts["p1"], FB, {"reach": 800, "likes": 50, "comments": 5, "shares": 5})
    service.record_manual(
        posts["p2"], IG, {"reach": 5000, "likes": 300, "comments": 20, "shares": 10, "saves": 70}
    )
    service.record_manual(posts["p3"], FB, {"reach": 200, "likes": 10})
    service.record_manual(
        posts["p4"],
        TT,
        {
            "reach": 9000,
            "likes": 1000,
            "comments": 50,
            "shares": 100,
            "saves": 50,
            "video_views": 20000,
        },
    )
    service.record_manual(posts["march"], IG, {"reach": 77777, "likes": 7777})
    return posts


@pytest.fixture
def english() -> Iterator[None]:
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def make_page(
    qtbot: QtBot, empty_workspace: Workspace, english: None
) -> Iterator[Callable[..., EvaluationPage]]:
    """A page on the test's workspace, shown at the width of the main window's left pane."""
    pages: list[EvaluationPage] = []

    def make(month: dt.date | None = APRIL, with_service: bool = True) -> EvaluationPage:
        def factory() -> MetricsService | None:
            return MetricsService(empty_workspace.db) if with_service else None

        page = EvaluationPage(factory)
        qtbot.addWidget(page)
        page.resize(660, 700)
        pages.append(page)
        if month is not None:
            with qtbot.waitSignal(page.loaded, timeout=10000):
                page.set_month(month)
        return page

    yield make
    for page in pages:
        page.runner.wait(10000)


def test_figures_shown_match_the_month(
    make_page: Callable[..., EvaluationPage], empty_workspace: Workspace
) -> None:
    fill_april(empty_workspace)
    page = make_page()
    assert page.month_label.text() == "April 2026"
    assert page.tile_text("published") == "5"
    assert page.tile_text("reach") == "16,000"
    assert page.tile_text("engagement") == "1,790"
    assert page.tile_text("video_views") == "20,000"
    assert page.tile_text("on_time") == "3 of 4 (75%)"
    assert not page.metrics_hint.isVisibleTo(page)

    weeks = page.week_chart
    assert weeks.categories() == [
        "Week 1 (1–7 Apr)",
        "Week 2 (8–14 Apr)",
        "Week 3 (15–21 Apr)",
        "Week 4 (22–30 Apr)",
    ]
    assert weeks.values() == [2, 1, 2, 0]
    assert page.category_chart.categories() == ["Activity", "Announcement", "Public Service"]
    assert page.category_chart.values() == [1380, 400, 10]
    assert page.category_chart.value_labels() == ["1,380", "400", "10"]
    assert page.platform_chart.categories() == ["Instagram", "Facebook", "TikTok"]
    assert page.platform_chart.values() == [520, 70, 1200]
    assert page.format_chart.categories() == ["Single image", "Carousel", "Video", "Text only"]
    assert page.format_chart.values() == [180, 400, 1200, 10]
    assert not any(chart.is_empty() for chart in page.charts)
    status_text = page.status_line.text()
    assert "Draft" in status_text and "Published" in status_text


def test_indonesian_thousands_and_category_names(
    qtbot: QtBot, make_page: Callable[..., EvaluationPage], empty_workspace: Workspace
) -> None:
    fill_april(empty_workspace)
    install_language("id")
    page = make_page(dt.date(2026, 10, 5))
    assert page.month_label.text() == "Oktober 2026"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_month(APRIL)
    assert page.tile_text("reach") == "16.000"
    assert page.tile_text("video_views") == "20.000"
    assert page.category_chart.categories() == ["Kegiatan", "Pengumuman", "Layanan Publik"]
    assert page.category_chart.value_labels() == ["1.380", "400", "10"]
    assert page.format_chart.categories() == ["Gambar tunggal", "Carousel", "Video", "Teks saja"]
    assert page.week_chart.categories()[0] == "Minggu ke-1 (1–7 Apr)"


def test_month_navigation_reloads(
    qtbot: QtBot, make_page: Callable[..., EvaluationPage], empty_workspace: Workspace
) -> None:
    fill_april(empty_workspace)
    page = make_page()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.month() == dt.date(2026, 3, 1)
    assert page.month_label.text() == "March 2026"
    assert page.tile_text("published") == "1"
    assert page.tile_text("reach") == "77,777"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.month() == dt.date(2026, 5, 1)
    assert page.tile_text("published") == "0"

    # Quick clicks: only the last month asked for is shown.
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_month(dt.date(2026, 3, 15))
        page.set_month(dt.date(2026, 4, 30))
    page.runner.wait(10000)
    qtbot.wait(50)  # any late answer for March has been delivered and ignored
    evaluation = page.evaluation()
    assert evaluation is not None and evaluation.month == APRIL
    assert page.tile_text("published") == "5"

    # The month to come has nothing published yet: no going further than this month.
    this_month = dt.date.today().replace(day=1)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_month(this_month)
    assert not page.next_button.isEnabled()
    assert page.previous_button.isEnabled()


def test_best_posts_table_and_activation(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    make_page: Callable[..., EvaluationPage],
    empty_workspace: Workspace,
) -> None:
    posts = fill_april(empty_workspace)
    page = make_page()
    page.show()
    qtbot.waitExposed(page)
    model = page.best_model
    qtmodeltester.check(model)
    assert [model.post_id(r) for r in range(model.rowCount())] == [
        posts["p4"],
        posts["p2"],
        posts["p1"],
        posts["p3"],
    ]
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first == ["Senam pagi", "TikTok", "9,000", "1,200"]
    assert model.index(2, 1).data() == "Instagram, Facebook"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Engagement"
    assert page.best_view.isVisible() and not page.best_empty.isVisible()

    qtbot.mouseClick(page.by_reach_button, Qt.MouseButton.LeftButton)
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [
        "9,000",
        "5,000",
        "1,800",
        "200",
    ]
    page.best_by_reach(False)
    assert model.post_id(0) == posts["p4"]
    page.best_by_reach(True)
    assert model.post_id(1) == posts["p2"]

    view = page.best_view
    view.scrollTo(model.index(1, 0))
    centre = view.visualRect(model.index(1, 0)).center()
    with qtbot.waitSignal(page.post_activated, timeout=2000) as activated:
        # A real double-click: QTest's mouseDClick alone lacks the first press and release.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert activated.args == [posts["p2"]]


def test_export_writes_a_real_pdf_and_xlsx(
    qtbot: QtBot,
    make_page: Callable[..., EvaluationPage],
    empty_workspace: Workspace,
    tmp_path: Path,
) -> None:
    fill_april(empty_workspace)
    page = make_page()
    assert page.default_file_name("pdf") == "laporan-bulanan-2026-04.pdf"
    assert page.default_file_name("xlsx") == "laporan-bulanan-2026-04.xlsx"

    pdf = tmp_path / "laporan.pdf"
    with qtbot.waitSignal(page.exported, timeout=20000) as saved:
        page.export_to(pdf, "pdf")
    assert saved.args == [str(pdf)]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "laporan.pdf" in page.note.text() and page.note.isVisibleTo(page)

    xlsx = tmp_path / "laporan.xlsx"
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.export_to(xlsx, "xlsx")
    with zipfile.ZipFile(xlsx) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode("utf-8")
    assert "Dinas Kesehatan Kota Sukamaju" in strings
    assert page.pdf_button.isEnabled() and page.xlsx_button.isEnabled()
    with pytest.raises(ValueError):
        page.export_to(tmp_path / "x.doc", "doc")


def test_the_analysis_typed_on_the_page_is_saved_and_goes_into_the_report(
    qtbot: QtBot,
    make_page: Callable[..., EvaluationPage],
    empty_workspace: Workspace,
    tmp_path: Path,
) -> None:
    fill_april(empty_workspace)
    page = make_page()
    box = page.analysis_edit
    assert box.isEnabled() and box.toPlainText() == ""
    assert box.height() < 140  # a small box, not a second page
    qtbot.keyClicks(box, "Video senam paling diminati.")
    page.save_analysis()
    assert page.runner.wait(10000)  # written off the GUI thread
    service = MetricsService(empty_workspace.db)
    assert service.report_note(APRIL) == "Video senam paling diminati."
    # Another month has its own (empty) analysis; coming back shows April's again.
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.previous_month()
    assert box.toPlainText() == ""
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.next_month()
    assert box.toPlainText() == "Video senam paling diminati."
    # Typed and exported straight away (no pause to save): the report still carries it.
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, " Bulan depan lebih banyak video.")
    xlsx = tmp_path / "laporan.xlsx"
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.export_to(xlsx, "xlsx")
    with zipfile.ZipFile(xlsx) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode("utf-8")
    assert "Video senam paling diminati. Bulan depan lebih banyak video." in strings


def test_export_button_opens_a_save_dialog_without_blocking(
    qtbot: QtBot, make_page: Callable[..., EvaluationPage], empty_workspace: Workspace
) -> None:
    page = make_page()
    page.show()
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.selectedFiles()[0].endswith("laporan-bulanan-2026-04.xlsx")
    dialog.reject()


def test_a_failed_export_is_told_to_the_user(
    qtbot: QtBot,
    make_page: Callable[..., EvaluationPage],
    empty_workspace: Workspace,
    tmp_path: Path,
) -> None:
    page = make_page()
    page.export_to(tmp_path / "no-such-folder" / "laporan.pdf", "pdf")
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=20000)
    assert "no-such-folder" in page.dialog.text()  # type: ignore[union-attr]
    page.dialog.done(0)  # type: ignore[union-attr]
    assert page.pdf_button.isEnabled()


def test_an_empty_month_shows_the_empty_state(
    make_page: Callable[..., EvaluationPage], empty_workspace: Workspace
) -> None:
    fill_april(empty_workspace)
    page = make_page(dt.date(2026, 2, 10))
    assert page.tile_text("published") == "0"
    assert page.tile_text("reach") == "0"
    assert page.tile_text("on_time") == "–"
    assert all(chart.is_empty() for chart in page.charts)
    assert page.week_chart.values() == [0, 0, 0, 0]
    # February 2026 starts on a Sunday: no one-day week, four weeks of seven days.
    assert page.week_chart.categories() == [
        "Week 1 (1–7 Feb)",
        "Week 2 (8–14 Feb)",
        "Week 3 (15–21 Feb)",
        "Week 4 (22–28 Feb)",
    ]
    assert page.category_chart.categories() == []
    assert page.category_chart.empty_text() == "No data for this month"
    assert page.best_model.rowCount() == 0
    assert page.best_empty.isVisibleTo(page) and not page.best_view.isVisibleTo(page)
    assert "No post" in page.status_line.text()
    page.grab()  # the empty state paints


def test_published_posts_without_figures_get_a_hint(
    make_page: Callable[..., EvaluationPage], empty_workspace: Workspace
) -> None:
    post_id = make_post(empty_workspace, "Rapat koordinasi", (IG,), dt.datetime(2026, 4, 6, 9))
    MetricsService(empty_workspace.db).mark_published(
        post_id, {IG: "https://www.instagram.com/p/BBBBB1/"}, dt.datetime(2026, 4, 6, 9, 5)
    )
    page = make_page()
    assert page.tile_text("published") == "1"
    assert page.tile_text("on_time") == "1 of 1 (100%)"
    assert page.metrics_hint.isVisibleTo(page)
    assert page.week_chart.values()[0] == 1  # 6 April: days 1–7
    assert page.category_chart.is_empty()  # engagement 0 everywhere


def test_without_a_workspace_nothing_is_loaded(
    qtbot: QtBot, make_page: Callable[..., EvaluationPage]
) -> None:
    page = make_page(None, with_service=False)
    page.refresh()
    assert page.evaluation() is None
    assert page.tile_text("reach") == "–"
    assert not page.pdf_button.isEnabled() and not page.xlsx_button.isEnabled()
    page.export_to("/nowhere/laporan.pdf", "pdf")  # quietly nothing


def test_the_page_loads_when_first_shown(
    qtbot: QtBot, make_page: Callable[..., EvaluationPage], empty_workspace: Workspace
) -> None:
    page = make_page(None)
    assert page.evaluation() is None
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    evaluation = page.evaluation()
    assert evaluation is not None and evaluation.month == dt.date.today().replace(day=1)


def test_bar_chart_data_and_painting(qtbot: QtBot, english: None) -> None:
    chart = BarChartWidget("Engagement by category")
    qtbot.addWidget(chart)
    chart.resize(300, chart.sizeHint().height())
    assert chart.is_empty()
    chart.set_data(["Klarifikasi Hoaks dan Informasi Menyesatkan", "Kegiatan"], [12345, 0])
    assert chart.categories()[0].startswith("Klarifikasi")
    assert chart.values() == [12345, 0]
    assert chart.value_labels() == ["12,345", "0"]
    assert not chart.is_empty()
    assert "12,345" in chart.accessibleDescription()
    assert not chart.grab().isNull()
    with pytest.raises(ValueError):
        chart.set_data(["a"], [1, 2])
