"""The store's one boundary for SQLite's failures: which ones become a StorageError (with an
Indonesian message and SQLite's error as the cause) and which stay what they are."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from medsos_desktop.i18n import translator
from medsos_desktop.store.coordinator_db import CoordinatorDB
from medsos_desktop.store.db import Database, open_database, storage_error
from medsos_desktop.store.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    ReadOnlyStorageError,
    StorageError,
    StorageFullError,
    StorageIOError,
)
from medsos_desktop.store.models import Agency, PostEvent, utcnow

ID = translator("id")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "a.sqlite3")
    yield database
    database.close()


def _raised(action: object) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as info:
        action()  # type: ignore[operator]
    return info.value


def test_real_sqlite_failures_map_to_their_error(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE t (x)")

        # Disk full: the file may not grow beyond its pages.
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages}")
        full = _raised(lambda: conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,)))
        mapped = storage_error(full, path)
        assert isinstance(mapped, StorageFullError)
        assert "penuh" in mapped.render(ID) and str(tmp_path) in mapped.render(ID)

        # Locked: another connection holds the write lock and this one does not wait.
        conn.execute("BEGIN IMMEDIATE")
        with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as other:
            busy = _raised(lambda: other.execute("BEGIN IMMEDIATE"))
        conn.execute("ROLLBACK")
        assert isinstance(storage_error(busy, path), DatabaseBusyError)
        assert "sedang dipakai program lain" in storage_error(busy, path).render(ID)  # type: ignore[union-attr]

    # Read-only connection.
    with closing(sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)) as reader:
        read_only = _raised(lambda: reader.execute("INSERT INTO t VALUES (1)"))
    assert isinstance(storage_error(read_only, path), ReadOnlyStorageError)
    assert "tidak dapat ditulisi" in storage_error(read_only, path).render(ID)  # type: ignore[union-attr]

    # Not a database at all.
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    with closing(sqlite3.connect(junk)) as conn:
        not_db = _raised(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    mapped = storage_error(not_db, junk)
    assert isinstance(mapped, CorruptDatabaseError)
    assert "bukan file basis data" in mapped.render(ID)
    assert "not a database" not in mapped.render(ID)


def test_io_error_is_its_own_message(tmp_path: Path) -> None:
    """SQLITE_IOERR cannot be caused on demand here; its text alone is recognised."""
    mapped = storage_error(sqlite3.OperationalError("disk I/O error"), tmp_path / "a.sqlite3")
    assert isinstance(mapped, StorageIOError)
    assert "tidak dapat dibaca atau ditulisi" in mapped.render(ID)


def test_other_failures_are_not_storage_failures(db: Database, tmp_path: Path) -> None:
    """A missing table or a broken constraint is a bug, not the user's to fix: the boundary
    leaves it as SQLAlchemy raised it."""
    with pytest.raises(OperationalError), db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT * FROM no_such_table")
    with pytest.raises(IntegrityError) as info, db.session() as session, session.begin():
        session.add(PostEvent(post_id=424242, from_status="", to_status="draft", at=utcnow()))
    assert "424242" not in str(info.value)  # the statement is named, its data is not
    assert storage_error(ValueError("x"), tmp_path) is None


def test_a_failing_commit_surfaces_as_storage_error(db: Database) -> None:
    """The constraint is checked at COMMIT (deferred): the transaction helper reports the
    failed save as a StorageError, keeps the original as its cause and stores nothing."""
    with pytest.raises(StorageError) as info, db.transaction() as session:
        session.execute(text("PRAGMA defer_foreign_keys=ON"))
        session.add(PostEvent(post_id=424242, from_status="", to_status="draft", at=utcnow()))
        session.flush()  # accepted for now: the check waits for COMMIT
    assert isinstance(info.value.__cause__, IntegrityError)
    assert info.value.render(ID).startswith("Gagal menyimpan")
    assert "[SQL:" not in info.value.render(ID)
    with db.session() as session:
        assert session.query(PostEvent).count() == 0


def test_transaction_commits(db: Database) -> None:
    with db.transaction() as session:
        session.add(Agency(name="Dinas A", slug="dinas-a"))
    with db.session() as session:
        assert session.execute(text("SELECT name FROM agency")).scalar() == "Dinas A"


def test_coordinator_index_uses_the_same_boundary(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(CorruptDatabaseError) as info:
        CoordinatorDB(path)
    assert "bukan file basis data" in info.value.render(ID)
    assert isinstance(info.value.__cause__, sqlite3.DatabaseError)
