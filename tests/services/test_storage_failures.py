"""SQLite failing under a service, for real, on a real file: the user gets a StorageError in
Indonesian (never SQLite's text or the SQL), and what was stored before is intact.

Every service writes through the store's engine, so one boundary maps the failures; these
tests go through services that write in two ways: `Database.transaction()` (posts) and a
plain `session.begin()` (review's approval).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.domain.review import CHECKLIST_KEYS, ReviewerRole
from medsos_desktop.i18n import translator
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.errors import StorageError
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import ReviewService
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.store.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    ReadOnlyStorageError,
    StorageFullError,
)

ALL_TICKED = dict.fromkeys(CHECKLIST_KEYS, True)
PIN = "246810"
CONTENT = PostContent(
    title="Donor darah",
    category=Category.KEGIATAN,
    platforms=(Platform.FACEBOOK,),
    # Long enough that the approved copy needs pages of its own.
    base_caption="Ayo donor darah di PMI Kota Sukamaju #SukamajuSehat #PemkotSukamaju "
    + "Setetes darah Anda menyelamatkan nyawa. " * 150,
)


def _indonesian(exc: StorageError) -> str:
    """The message as an Indonesian user reads it; it must say nothing of SQLite."""
    text = exc.render(translator("id"))
    leaks = ("sqlite3.", "[SQL:", "Error", "INSERT", "UPDATE", "malformed", "locked", "disk is")
    for leak in leaks:
        assert leak not in text
        assert leak not in str(exc)
    return text


def _submitted_with_reviewer(paths: AppPaths) -> tuple[int, int]:
    """A submitted post and a reviewer, stored and closed; the file then compacted."""
    workspace = open_workspace(paths, seed_demo=False)
    try:
        reviewer = ReviewService(workspace.db).add_reviewer(
            "Pak Budi", ReviewerRole.KEPALA_DINAS, PIN
        )
        posts = PostService(workspace.db, actor="Rina")
        post_id = posts.create(CONTENT)
        posts.change_status(post_id, Status.SUBMITTED)
    finally:
        workspace.close()
    with closing(sqlite3.connect(paths.database, isolation_level=None)) as conn:
        conn.execute("VACUUM")  # no free pages left for the approval to reuse
    return post_id, reviewer.id


def _pages(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA page_count").fetchone()[0]


def _intact(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_full_disk_during_approval_is_said_in_indonesian_and_loses_nothing(
    paths: AppPaths, caplog: pytest.LogCaptureFixture
) -> None:
    """SQLITE_FULL for real: the file may not grow by a page (`PRAGMA max_page_count`)."""
    post_id, reviewer_id = _submitted_with_reviewer(paths)
    capped = open_workspace(paths, seed_demo=False, max_page_count=_pages(paths.database))
    try:
        review = ReviewService(capped.db)
        with pytest.raises(StorageError) as info:
            review.approve(post_id, reviewer_id, PIN, ALL_TICKED, {}, "Bagus")
        exc = info.value
        assert isinstance(exc, StorageFullError)
        text = _indonesian(exc)
        assert "penuh" in text and str(paths.data_dir) in text
        # The original is kept for the log, as the cause.
        assert isinstance(exc.__cause__, sqlite3.OperationalError)
        assert exc.__cause__.sqlite_errorname == "SQLITE_FULL"
        # The log has SQLite's words and the statement, never the post's text.
        assert "database or disk is full" in caplog.text and "UPDATE post" in caplog.text
        assert "Setetes darah" not in caplog.text
        # Nothing of the approval was stored; the post waits for it as before.
        snapshot = PostService(capped.db).load(post_id)
        assert snapshot.status is Status.SUBMITTED
        assert snapshot.content == CONTENT
        assert review.history(post_id) == []
        assert review.approved_revision(post_id) is None
        _intact(capped)
    finally:
        capped.close()
    # With room again the same approval goes through.
    roomy = open_workspace(paths, seed_demo=False)
    try:
        ReviewService(roomy.db).approve(post_id, reviewer_id, PIN, ALL_TICKED, {}, "Bagus")
        assert PostService(roomy.db).load(post_id).status is Status.APPROVED
    finally:
        roomy.close()


def test_full_disk_while_saving_a_draft(paths: AppPaths) -> None:
    post_id, _ = _submitted_with_reviewer(paths)
    capped = open_workspace(paths, seed_demo=False, max_page_count=_pages(paths.database))
    try:
        posts = PostService(capped.db)
        with pytest.raises(StorageError) as info:
            posts.create(PostContent(title="Baru", base_caption="kata " * 50_000))
        assert isinstance(info.value, StorageFullError)
        assert "penuh" in _indonesian(info.value)
        assert [row.id for row in posts.list_rows()] == [post_id]
        _intact(capped)
    finally:
        capped.close()


def test_read_only_database_refuses_writes_with_a_message(paths: AppPaths) -> None:
    """A read-only connection (the `--read-only` commands use one): SQLITE_READONLY."""
    post_id, reviewer_id = _submitted_with_reviewer(paths)
    reader = open_workspace(paths, read_only=True)
    try:
        posts = PostService(reader.db)
        with pytest.raises(ReadOnlyStorageError) as info:
            posts.create(PostContent(title="Baru"))
        text = _indonesian(info.value)
        assert "tidak dapat ditulisi" in text and str(paths.data_dir) in text
        assert isinstance(info.value.__cause__, sqlite3.OperationalError)
        with pytest.raises(ReadOnlyStorageError):
            ReviewService(reader.db).approve(post_id, reviewer_id, PIN, ALL_TICKED, {})
        assert [row.id for row in posts.list_rows()] == [post_id]
        assert posts.load(post_id).content == CONTENT
    finally:
        reader.close()


def test_database_held_by_another_program(paths: AppPaths) -> None:
    """SQLITE_BUSY for real: another connection holds the write lock. (The wait for it,
    10 s in the app, is cut to nothing on this engine's connections.)"""
    post_id, _ = _submitted_with_reviewer(paths)
    workspace = open_workspace(paths, seed_demo=False)
    try:
        workspace.db.engine.dispose()

        @event.listens_for(workspace.db.engine, "connect")
        def _no_wait(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            dbapi_conn.execute("PRAGMA busy_timeout=0")

        holder = sqlite3.connect(paths.database, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            posts = PostService(workspace.db)
            with pytest.raises(DatabaseBusyError) as info:
                posts.change_status(post_id, Status.CHANGES_REQUESTED)
            text = _indonesian(info.value)
            assert "sedang dipakai program lain" in text
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert posts.load(post_id).status is Status.SUBMITTED
        posts.change_status(post_id, Status.CHANGES_REQUESTED)  # free again: it goes through
        assert posts.load(post_id).status is Status.CHANGES_REQUESTED
    finally:
        workspace.close()


def test_damaged_table_during_approval(paths: AppPaths) -> None:
    """SQLITE_CORRUPT for real: the root page of the review table is overwritten."""
    post_id, reviewer_id = _submitted_with_reviewer(paths)
    with closing(sqlite3.connect(paths.database)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'review'").fetchone()
    with open(paths.database, "r+b") as handle:
        handle.seek((root[0] - 1) * page_size)
        handle.write(b"\xff" * 64)
    workspace = open_workspace(paths, seed_demo=False)
    try:
        with pytest.raises(CorruptDatabaseError) as info:
            ReviewService(workspace.db).approve(post_id, reviewer_id, PIN, ALL_TICKED, {})
        text = _indonesian(info.value)
        assert "rusak" in text and str(paths.database) in text
        assert isinstance(info.value.__cause__, sqlite3.DatabaseError)
        snapshot = PostService(workspace.db).load(post_id)
        assert snapshot.status is Status.SUBMITTED and snapshot.content == CONTENT
    finally:
        workspace.close()
