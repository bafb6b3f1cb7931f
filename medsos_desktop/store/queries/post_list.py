"""The post list's query: the list's columns as plain tuples, turned into light rows.

Two ways to run it. `list_rows` goes through the caller's Session, like every query of
the store. `read_rows_directly` opens the database file with Python's own sqlite3 and
imports nothing else: it fills the first screen's list before SQLAlchemy (about 40 MiB
and a third of a second to import) is even loaded, while the data folder is still
being opened behind it. Neither builds an ORM object: for 10,000 posts that would
double both the time and the memory the list takes.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from medsos_desktop.domain.posts import PostRow
from medsos_desktop.store.schema_version import SCHEMA_HEAD

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ROW_SQL = (
    "SELECT id, title, category, platforms, status, planned_at, updated_at, revision, "
    "is_demo FROM post"
)
LIVE = " WHERE deleted_at IS NULL"


def _current_schema(connection: sqlite3.Connection) -> bool:
    """Only a file of this version's schema is read early: a newer app's is refused by the
    regular open before anything is shown, an older one is upgraded first."""
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row is not None and row[0] == SCHEMA_HEAD


def row_from(values: tuple) -> PostRow:  # type: ignore[type-arg]
    """Plain SQL values to a row: repeated words interned, times parsed in C."""
    post_id, title, category, platforms, status, planned, updated, revision, demo = values
    intern = sys.intern
    return PostRow(
        post_id,
        title,
        intern(category),
        intern(platforms),
        intern(status),
        datetime.fromisoformat(planned) if planned else None,
        datetime.fromisoformat(updated),
        revision,
        bool(demo),
    )


def _rows_from(cursor: Iterable[tuple]) -> list[PostRow]:  # type: ignore[type-arg]
    """`row_from` over every row, without a call per row (10,000 at start)."""
    intern, parse = sys.intern, datetime.fromisoformat
    return [
        PostRow(
            post_id,
            title,
            intern(category),
            intern(platforms),
            intern(status),
            parse(planned) if planned else None,
            parse(updated),
            revision,
            bool(demo),
        )
        for post_id, title, category, platforms, status, planned, updated, revision, demo in cursor
    ]


def list_rows(session: Session) -> list[PostRow]:
    """Every post's row, newest edit first."""
    cursor = session.connection().exec_driver_sql(ROW_SQL + LIVE + " ORDER BY updated_at DESC")
    return _rows_from(cursor)


def read_rows_directly(database: Path) -> list[PostRow] | None:
    """Every post's row, in no particular order (the list sorts them), read through a
    read-only connection of its own; None when there is nothing to read yet or the file
    cannot be read this way (a new, damaged or foreign file): the caller then waits for
    the database to be opened properly, which explains what is wrong.

    Call it with the data folder's lock held and before any migration: the list's
    columns have been the same in every schema, and a database that is then found
    newer, damaged or in need of an upgrade is reported by the regular open.
    """
    try:
        if database.stat().st_size == 0:
            return None
        uri = database.absolute().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except (OSError, sqlite3.Error):
        return None
    try:
        connection.execute("PRAGMA query_only=ON")
        if not _current_schema(connection):
            return None
        # One pass over the table: a page is never read twice, so a cache (2 MiB by
        # default) would only add to the start's peak memory.
        connection.execute("PRAGMA cache_size=-64")
        # Sequential pages, no sort in SQLite: the table model orders the rows anyway.
        cursor = connection.execute(ROW_SQL + LIVE)
        return _rows_from(cursor)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()
