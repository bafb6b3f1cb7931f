"""After publishing, in the UI: links with problems shown beside each field, figures typed with
Indonesian thousands, and the CSV import wizard (columns, rows, matching by hand, summary)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import PostContent, Status
from medsos_desktop.services.metrics import MetricsService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.store.models import MetricImport, Post, PostMetric
from medsos_desktop.ui.common.translation import install_language
from medsos_desktop.ui.metrics.dialogs import (
    ImportRowsModel,
    MarkPublishedDialog,
    MetricsEntryDialog,
    MetricsImportDialog,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "metrics"
IG, FB = Platform.INSTAGRAM, Platform.FACEBOOK


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """The window the lead opens these dialogs from: Qt owns a dialog with a parent."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def make_post(
    ws: Workspace,
    title: str,
    platforms: tuple[Platform, ...],
    planned: dt.datetime | None,
    caption: str = "",
    status: Status = Status.SYNCED,
) -> int:
    post_id = PostService(ws.db).create(
        PostContent(
            title=title, platforms=platforms, base_caption=caption or title, planned_at=planned
        )
    )
    with ws.db.session() as session, session.begin():
        session.get(Post, post_id).status = status.value  # type: ignore[union-attr]
    return post_id


def stored_metrics(ws: Workspace) -> int:
    with ws.db.session() as session:
        return session.query(PostMetric).count()


# --- mark as published ------------------------------------------------------------------------


def test_mark_published_shows_problems_beside_each_link(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace
) -> None:
    ws = empty_workspace
    service = MetricsService(ws.db)
    post_id = make_post(ws, "Donor darah", (IG, FB), dt.datetime(2026, 4, 2, 9))
    dialog = MarkPublishedDialog(
        post_id,
        "Donor darah",
        [IG, FB],
        {},
        service.mark_published,
        at=dt.datetime(2026, 4, 2, 9, 30),
        parent=host,
    )
    dialog.show()
    assert not dialog.save_button.isEnabled()  # no link yet

    dialog.inputs[FB].setText("https://www.instagram.com/p/abcdef/")
    assert dialog.problems[FB].isVisible()
    assert "Facebook" in dialog.problems[FB].text()
    assert not dialog.save_button.isEnabled()
    dialog.inputs[FB].clear()
    assert not dialog.problems[FB].isVisible()
    dialog.inputs[IG].setText("https://www.instagram.com/p/DAbCdEfGhIj/")
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.published, timeout=5000) as signal:
        dialog.save_button.click()
    assert signal.args == [post_id]
    assert PostService(ws.db).load(post_id).status is Status.PUBLISHED
    assert service.links(post_id)[IG].published_at == dt.datetime(2026, 4, 2, 9, 30)
    assert dialog.result() == MarkPublishedDialog.DialogCode.Accepted


def test_mark_published_refused_by_the_service_keeps_the_dialog_open(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace
) -> None:
    ws = empty_workspace
    service = MetricsService(ws.db)
    post_id = make_post(ws, "Rapat", (IG,), None, status=Status.APPROVED)
    dialog = MarkPublishedDialog(post_id, "Rapat", [IG], {}, service.mark_published, parent=host)
    dialog.show()
    dialog.inputs[IG].setText("https://www.instagram.com/p/abcdef/")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert "central folder" in dialog.message.text()
    assert dialog.isVisible() and dialog.save_button.isEnabled()


# --- typed figures ----------------------------------------------------------------------------


def test_figures_are_typed_with_indonesian_thousands(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace
) -> None:
    install_language("id")
    ws = empty_workspace
    service = MetricsService(ws.db)
    post_id = make_post(ws, "Donor darah", (IG, FB), None, status=Status.PUBLISHED)
    service.record_manual(post_id, IG, {"reach": 12345})
    dialog = MetricsEntryDialog(
        post_id,
        "Donor darah",
        [IG, FB],
        service.latest_metrics(post_id),
        service.record_manual_many,
        parent=host,
    )
    dialog.show()
    reach = dialog.spins[(IG, "reach")]
    assert reach.text() == "12.345"
    assert dialog.spins[(IG, "likes")].text() == "–"  # not entered is not zero
    dialog.spins[(FB, "likes")].set_figure(1_204_577)
    assert dialog.spins[(FB, "likes")].text() == "1.204.577"
    dialog.spins[(IG, "likes")].setValue(0)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    latest = service.latest_metrics(post_id)
    assert (latest[IG]["reach"], latest[IG]["likes"], latest[IG]["comments"]) == (12345, 0, None)
    assert latest[FB]["likes"] == 1_204_577


# --- CSV import -------------------------------------------------------------------------------


@pytest.fixture
def facebook_posts(empty_workspace: Workspace) -> dict[str, int]:
    ws = empty_workspace
    service = MetricsService(ws.db)
    ktp = make_post(ws, "KTP keliling", (FB,), dt.datetime(2026, 3, 25, 8))
    service.mark_published(
        ktp,
        {FB: "https://www.facebook.com/102938475610293/posts/845610293847561"},
        dt.datetime(2026, 3, 25, 8, 15),
    )
    reel = make_post(ws, "Reel jalan sehat", (FB,), None)
    closed = make_post(
        ws,
        "Penutupan jalan",
        (FB,),
        dt.datetime(2026, 4, 7, 10),
        caption="Pengumuman penutupan sementara Jalan Merdeka",
    )
    return {"ktp": ktp, "reel": reel, "closed": closed}


def open_import(qtbot: QtBot, ws: Workspace, name: str, host: QWidget) -> MetricsImportDialog:
    dialog = MetricsImportDialog(MetricsService(ws.db), host)
    dialog.show()
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        dialog.load_file(DATA / name)
    return dialog


def column(dialog: MetricsImportDialog, col: int) -> list[str]:
    model = dialog.rows_model
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def set_column(qtbot: QtBot, dialog: MetricsImportDialog, field: str, header: str | None) -> None:
    combo: QComboBox = dialog.mapping_combos[field]
    index = 0 if header is None else combo.findText(header)
    assert index >= 0
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        combo.setCurrentIndex(index)


def test_import_wizard_columns_rows_hand_matching_and_summary(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace, facebook_posts: dict[str, int]
) -> None:
    ws = empty_workspace
    dialog = open_import(qtbot, ws, "meta_en.csv", host)
    assert dialog.stack.currentIndex() == dialog.COLUMNS
    assert dialog.mapping_combos["link"].currentText() == "Permalink"
    assert dialog.mapping_combos["likes"].currentText() == "Reactions"
    assert dialog.mapping_combos["saves"].currentIndex() == 0  # not in the file
    assert "3 row(s) can be read" in dialog.columns_status.text()

    # The mapping step changes the preview: without a reach column no row shows reach.
    assert all("Reach" in text for text in column(dialog, ImportRowsModel.FIGURES))
    set_column(qtbot, dialog, "reach", None)
    assert not any("Reach" in text for text in column(dialog, ImportRowsModel.FIGURES))
    set_column(qtbot, dialog, "reach", "Reach")
    assert column(dialog, ImportRowsModel.FIGURES)[0] == (
        "Reach 9,876 · Impressions 12,345 · Likes 430 · Comments 57 · Shares 25"
    )

    dialog.next_button.click()
    assert dialog.stack.currentIndex() == dialog.ROWS
    assert column(dialog, ImportRowsModel.POST) == ["KTP keliling", "", "Penutupan jalan"]
    assert column(dialog, ImportRowsModel.HOW)[0] == "same link"
    assert column(dialog, ImportRowsModel.HOW)[2].startswith("date and caption (")
    assert column(dialog, ImportRowsModel.STATUS) == [
        "will be imported",
        "choose a post",
        "will be imported",
    ]
    assert "2 row(s) will be imported, 1 need a post" in dialog.rows_status.text()

    # The unmatched reel is selected first; match it by hand with the combo.
    assert dialog.current_match() is not None and dialog.current_match().row.line == 4
    combo = dialog.post_combo
    target = combo.findData(facebook_posts["reel"])
    assert target >= 2
    combo.setCurrentIndex(target)
    combo.activated.emit(target)
    assert column(dialog, ImportRowsModel.POST)[1] == "Reel jalan sehat"
    assert column(dialog, ImportRowsModel.HOW)[1] == "chosen by hand"
    # ... and skip the last row.
    dialog.table.selectRow(2)
    skip = dialog.post_combo.findData(MetricsImportDialog._SKIP)
    dialog.post_combo.setCurrentIndex(skip)
    dialog.post_combo.activated.emit(skip)
    assert column(dialog, ImportRowsModel.STATUS)[2] == "skipped by you"

    with qtbot.waitSignal(dialog.imported, timeout=10000) as signal:
        dialog.import_button.click()
    summary = signal.args[0]
    assert (summary.imported, summary.skipped, summary.already) == (2, 1, 0)
    assert dialog.stack.currentIndex() == dialog.SUMMARY
    assert dialog.summary_label.text() == (
        "2 row(s) imported, 0 already imported earlier, 1 not imported."
    )
    assert dialog.summary_details.toPlainText() == "Line 5: Skipped by you."
    service = MetricsService(ws.db)
    assert service.latest_metrics(facebook_posts["reel"])[FB]["reach"] == 845120
    assert stored_metrics(ws) == 2


def test_import_of_the_same_file_again_imports_nothing(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace, facebook_posts: dict[str, int]
) -> None:
    ws = empty_workspace
    dialog = open_import(qtbot, ws, "meta_en.csv", host)
    dialog.next_button.click()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert stored_metrics(ws) == 2

    again = open_import(qtbot, ws, "meta_en.csv", host)
    again.next_button.click()
    statuses = column(again, ImportRowsModel.STATUS)
    assert statuses[0] == statuses[2] == "already imported"
    assert not again.post_combo.isEnabled() or again.current_match().row.line == 4
    with qtbot.waitSignal(again.imported, timeout=10000) as signal:
        again.import_button.click()
    assert (signal.args[0].imported, signal.args[0].already) == (0, 2)
    assert stored_metrics(ws) == 2


def test_renamed_columns_are_mapped_by_hand_before_next(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace
) -> None:
    dialog = open_import(qtbot, empty_workspace, "renamed_columns.csv", host)
    assert dialog.stack.currentIndex() == dialog.COLUMNS
    assert "neither a column to match" in dialog.columns_status.text()
    assert not dialog.next_button.isEnabled()
    set_column(qtbot, dialog, "link", "Tautan Konten")
    assert "no column with figures" in dialog.columns_status.text()
    set_column(qtbot, dialog, "video_views", "Ditonton")
    assert "2 row(s) can be read" in dialog.columns_status.text()
    assert dialog.next_button.isEnabled()
    dialog.next_button.click()
    assert column(dialog, ImportRowsModel.STATUS) == ["choose a post", "choose a post"]


def test_a_file_that_is_not_csv_is_explained(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace
) -> None:
    dialog = open_import(qtbot, empty_workspace, "screenshot_png.csv", host)
    assert dialog.stack.currentIndex() == dialog.FILE
    assert "PNG image" in dialog.file_error.text()
    assert not dialog.next_button.isEnabled()
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        dialog.load_file(DATA / "no-such-file.csv")
    assert "cannot be read" in dialog.file_error.text()


def test_a_failing_import_imports_nothing_and_says_so(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace, facebook_posts: dict[str, int]
) -> None:
    ws = empty_workspace
    dialog = open_import(qtbot, ws, "meta_en.csv", host)
    dialog.next_button.click()
    PostService(ws.db).delete(facebook_posts["closed"])
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.rows_error.text() != "", timeout=10000)
    assert dialog.rows_error.text().startswith("Nothing has been imported.")
    assert dialog.stack.currentIndex() == dialog.ROWS
    assert stored_metrics(ws) == 0
    with ws.db.session() as session:
        assert session.query(MetricImport).count() == 0


def test_rows_model_contract(qtmodeltester, empty_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    service = MetricsService(empty_workspace.db)
    preview = service.preview_import((DATA / "duplicates.csv").read_bytes(), "duplicates.csv")
    model = ImportRowsModel()
    model.set_preview(preview, {})
    assert model.rowCount() == 7  # two rows to import, five left out, by line
    assert model.data(model.index(1, ImportRowsModel.STATUS)).startswith("Left out: The same post")
    qtmodeltester.check(model)


def test_screenshots_in_indonesian(
    qtbot: QtBot,
    host: QWidget,
    empty_workspace: Workspace,
    facebook_posts: dict[str, int],
    tmp_path: Path,
) -> None:
    """Painted for a person to look at (MEDSOS_SCREENSHOTS=folder keeps them)."""
    install_language("id")
    folder = Path(os.environ.get("MEDSOS_SCREENSHOTS", tmp_path))
    dialog = open_import(qtbot, empty_workspace, "meta_en.csv", host)
    qtbot.wait(20)
    dialog.grab().save(str(folder / "metrics_import_columns.png"))
    dialog.next_button.click()
    dialog.table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.wait(20)
    image = dialog.grab()
    assert image.save(str(folder / "metrics_import_rows.png"))
    # Wide enough to read the rows, but never wider than the screen (800 px offscreen).
    assert image.width() >= min(900, dialog.screen().availableGeometry().width() - 10)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_pipe_chosen_as_the_csv_is_refused_at_once(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace, tmp_path: Path
) -> None:
    """The file is read on the worker as a bounded stream: a pipe is refused, not waited on."""
    pipe = tmp_path / "ekspor.csv"
    os.mkfifo(pipe)
    dialog = MetricsImportDialog(MetricsService(empty_workspace.db), host)
    dialog.show()
    try:
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            dialog.load_file(pipe)
        assert "ekspor.csv is not an ordinary file" in dialog.file_error.text()
        assert dialog.path is None and dialog.choose_button.isEnabled()
    finally:
        with contextlib.suppress(OSError):  # should the worker be stuck in open(), let it go
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))


def test_a_file_is_read_again_for_each_mapping(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace, tmp_path: Path
) -> None:
    """The dialog keeps the path, not the file's bytes, and previews from the file."""
    copy = tmp_path / "meta.csv"
    copy.write_bytes((DATA / "meta_en.csv").read_bytes())
    dialog = MetricsImportDialog(MetricsService(empty_workspace.db), host)
    dialog.show()
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        dialog.load_file(copy)
    assert dialog.path == copy and not hasattr(dialog, "data")
    assert dialog.preview is not None and dialog.preview.parsed.rows
