"""`messages.error_message`: what the user reads when something fails. A StorageError or a
domain error says it itself, in the user's language; anything else is a generic message
naming the log file, with the details (exception, SQL) in that file only."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.domain.review import ReviewerRole
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import ReviewService
from medsos_desktop.services.workspace import open_workspace
from medsos_desktop.store.errors import MSG_FULL, StorageFullError
from medsos_desktop.ui.common.messages import error_message, log_file
from medsos_desktop.ui.common.translation import error_text, install_language

SECRET = "(sqlite3.OperationalError) near 'x' [SQL: SELECT secret FROM post]"


@pytest.fixture
def indonesian(qapp: object) -> Iterator[None]:
    install_language("id")
    yield
    install_language("en")


@pytest.fixture
def log_to_file(tmp_path: Path) -> Iterator[Path]:
    """The application's log file, as `app.setup_logging` makes it."""
    path = tmp_path / "logs" / "medsos.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    root.addHandler(handler)
    yield path
    root.removeHandler(handler)
    handler.close()


def test_unexpected_error_names_the_log_file_and_keeps_details_there(
    indonesian: None, log_to_file: Path
) -> None:
    try:
        raise RuntimeError(SECRET)
    except RuntimeError as exc:
        text = error_message(exc)
    assert log_file() == log_to_file
    assert text.startswith("Terjadi kesalahan tak terduga")
    assert str(log_to_file) in text
    for leak in ("sqlite3", "[SQL:", "RuntimeError", "secret"):
        assert leak not in text
    logged = log_to_file.read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "[SQL: SELECT secret FROM post]" in logged


def test_without_a_log_file_the_message_still_hides_the_details(indonesian: None) -> None:
    assert log_file() is None
    text = error_message(KeyError(SECRET))
    assert text.startswith("Terjadi kesalahan tak terduga") and "[SQL:" not in text


def test_storage_and_file_errors_speak_for_themselves(indonesian: None, tmp_path: Path) -> None:
    full = StorageFullError(MSG_FULL, path=str(tmp_path))
    assert error_message(full) == (
        f"Disk tempat {tmp_path} berada sudah penuh. Perubahan terakhir Anda belum tersimpan "
        "dan masih ada di layar; kosongkan sebagian ruang disk, lalu perubahan akan tersimpan "
        "otomatis."
    )
    denied = PermissionError(13, "Permission denied", str(tmp_path))
    assert error_message(denied).startswith("File atau folder tidak dapat digunakan")
    assert error_text(full) == error_message(full)  # the older name says the same


def test_full_disk_during_approval_is_shown_in_the_review_dialog(
    qtbot: QtBot, paths: AppPaths, indonesian: None, synchronous_tasks: None
) -> None:
    """The whole way: SQLite refuses to grow the real file, the store says so, and the
    review dialog shows that message (it used to show SQLite's text and the SQL)."""
    from medsos_desktop.ui.dialogs.review_dialog import ReviewDialog

    content = PostContent(
        title="Donor darah",
        category=Category.KEGIATAN,
        platforms=(Platform.FACEBOOK,),
        base_caption="Ayo donor darah #SukamajuSehat #PemkotSukamaju " + "Setetes darah. " * 300,
    )
    workspace = open_workspace(paths, seed_demo=False)
    ReviewService(workspace.db).add_reviewer("Pak Budi", ReviewerRole.KEPALA_DINAS, "246810")
    posts = PostService(workspace.db)
    post_id = posts.create(content)
    posts.change_status(post_id, Status.SUBMITTED)
    workspace.close()
    with closing(sqlite3.connect(paths.database, isolation_level=None)) as conn:
        conn.execute("VACUUM")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]

    capped = open_workspace(paths, seed_demo=False, max_page_count=pages)
    try:
        service = ReviewService(capped.db)
        dialog = ReviewDialog(service, post_id, content, {}, service.reviewers(post_id))
        qtbot.addWidget(dialog)
        for box in dialog.checks.values():
            box.setChecked(True)
        dialog.pin.setText("246810")
        dialog.approve_button.click()
        text = dialog.message.text()
        assert "sudah penuh" in text and str(paths.data_dir) in text
        assert "sqlite3" not in text and "[SQL:" not in text
        assert dialog.approve_button.isEnabled()  # the reviewer may try again
        assert PostService(capped.db).load(post_id).status is Status.SUBMITTED
    finally:
        capped.close()
