"""Opening the database: pragmas, schema version checks, backup before migrating.

SQLite's own transaction handling in Python's sqlite3 module does not wrap DDL,
so the connection is put in autocommit mode and SQLAlchemy's `begin` event emits
BEGIN itself: every migration and every save is then one real transaction.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, ExceptionContext, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from medsos_desktop.fileio import fsync_dir, fsync_file
from medsos_desktop.store.errors import (
    MSG_BUSY,
    MSG_CORRUPT,
    MSG_FULL,
    MSG_IO,
    MSG_NEWER,
    MSG_READ_ONLY,
    MSG_WRITE_FAILED,
    REASON_DAMAGED,
    REASON_NOT_A_DATABASE,
    CorruptDatabaseError,
    DatabaseBusyError,
    NewerDatabaseError,
    ReadOnlyStorageError,
    StorageError,
    StorageFullError,
    StorageIOError,
)
from medsos_desktop.store.schema_version import SCHEMA_HEAD

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

__all__ = [
    "MSG_WRITE_FAILED",
    "CorruptDatabaseError",
    "Database",
    "NewerDatabaseError",
    "StorageError",
    "map_storage_errors",
    "open_database",
    "storage_error",
]


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

# For an error that carries no code (raised by hand, or by an older sqlite3 module).
_CODES_BY_TEXT = (
    ("database or disk is full", _SQLITE_FULL),
    ("database is locked", _SQLITE_BUSY),
    ("database table is locked", _SQLITE_LOCKED),
    ("readonly", _SQLITE_READONLY),
    ("read-only", _SQLITE_READONLY),
    ("unable to open database", _SQLITE_CANTOPEN),
    ("not a database", _SQLITE_NOTADB),
    ("malformed", _SQLITE_CORRUPT),
    ("disk i/o error", _SQLITE_IOERR),
)


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(error).lower()
    return next((value for phrase, value in _CODES_BY_TEXT if phrase in text), None)


def storage_error(exc: BaseException, path: Path) -> StorageError | None:
    """The StorageError a user can act on for one of SQLite's storage failures (disk full,
    locked, read-only, damaged, I/O error), or None for anything else (a constraint, a
    bug): those are not the user's to fix and stay as they are.

    `exc` is what sqlite3 raised, or SQLAlchemy's wrapper of it. The message names the
    data folder (the database file when it is damaged), never SQLite's text or the SQL.
    """
    error = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(error, StorageError):
        return error
    if not isinstance(error, sqlite3.Error):
        return None
    code = _primary_code(error)
    folder = str(path.parent)
    if code == _SQLITE_FULL or (code == _SQLITE_IOERR and _disk_full(path)):
        return StorageFullError(MSG_FULL, path=folder)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return DatabaseBusyError(MSG_BUSY, path=folder)
    if code in (_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_PERM):
        return ReadOnlyStorageError(MSG_READ_ONLY, path=folder)
    if code == _SQLITE_CORRUPT:
        return CorruptDatabaseError(MSG_CORRUPT, path=str(path), reason=REASON_DAMAGED)
    if code == _SQLITE_NOTADB:
        return CorruptDatabaseError(MSG_CORRUPT, path=str(path), reason=REASON_NOT_A_DATABASE)
    if code == _SQLITE_IOERR:
        return StorageIOError(MSG_IO, path=folder)
    return None


def map_storage_errors(engine: Engine, path: Path) -> None:
    """Make every statement, BEGIN, COMMIT and connect of `engine` raise a StorageError for
    SQLite's storage failures, with SQLite's own error as its __cause__.

    This is the store's one boundary for them: every session and connection of the
    engine goes through it, so no service needs its own copy of the mapping. SQLite's
    text and the statement (never its parameters) go to the log only.
    """

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> StorageError | None:
        mapped = storage_error(context.original_exception, path)
        if mapped is not None:
            # SQLite's words and the statement, never its parameters (a post's text).
            error = context.original_exception
            log.warning(
                "storage failure on %s: %s: %s [%s]",
                path,
                type(error).__name__,
                error,
                (context.statement or "")[:300],
            )
        return mapped


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


# An execution option on a session's connection: its transaction starts with BEGIN IMMEDIATE.
BEGIN_IMMEDIATE = "medsos_begin_immediate"


class AppSession(Session):
    """A session whose explicit `begin()` (how every service writes) takes SQLite's write
    lock at BEGIN. With a plain deferred BEGIN, two writers that both read first race: the
    later one's snapshot is stale when it tries to write, and SQLite fails it at once with
    "database is locked" without waiting for the busy timeout (an autosave lost while an
    export saved its picture). IMMEDIATE makes the second writer wait its turn instead.
    Sessions that only read (no explicit `begin()`) keep deferred transactions."""

    def begin(self, nested: bool = False) -> SessionTransaction:
        transaction = super().begin(nested=nested)
        if not nested:
            self.connection(execution_options={BEGIN_IMMEDIATE: True})
        return transaction


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def session(self) -> Session:
        return self.sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction in a fresh session (BEGIN IMMEDIATE), committed on leaving.

        SQLite's storage failures arrive as their StorageError (see `map_storage_errors`);
        any other database failure of the write becomes a StorageError saying that saving
        failed, with the original as its __cause__. Either way nothing of it is stored.
        """
        session = self.sessions()
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            log.error("write to %s failed", self.path, exc_info=exc)
            raise StorageError(MSG_WRITE_FAILED, reason=str(exc.orig)) from exc
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def sqlite_engine(path: Path, pragmas: Sequence[str]) -> Engine:
    """An engine on the SQLite file at `path` as every database of the app opens one:
    autocommit off at the driver (SQLAlchemy's BEGIN, IMMEDIATE when a session asks for
    it), `pragmas` run on each new connection, statement parameters kept out of error
    messages, and SQLite's storage failures turned into StorageError."""
    # URL.create, not an f-string: a '?' or '#' in the folder name is not a query string.
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        connect_args={"check_same_thread": False, "timeout": 10},
        # A failed statement's message (in the log) names the SQL, not the post's text.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in pragmas:
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(BEGIN_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    map_storage_errors(engine, path)
    return engine


def make_engine(path: Path, *, max_page_count: int | None = None) -> Engine:
    """The agency's database: every commit durable (FULL), foreign keys on, deleted
    content overwritten (an un-blurred photo, a removed draft leaves no free pages)."""
    pragmas = [
        "PRAGMA journal_mode=WAL",
        # FULL: a committed autosave survives a power cut, not just a crash.
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA busy_timeout=10000",
        "PRAGMA secure_delete=ON",
    ]
    if max_page_count is not None:
        pragmas.append(f"PRAGMA max_page_count={int(max_page_count)}")
    return sqlite_engine(path, pragmas)


def _read_only_uri(path: Path) -> str:
    """A file: URI that survives spaces, '#', '?' and Windows drive letters in the path."""
    return path.absolute().as_uri() + "?mode=ro"


def stored_revision(path: Path) -> str | None:
    """The schema revision in the file, read without SQLAlchemy or Alembic (cheap at start-up)."""
    conn = sqlite3.connect(_read_only_uri(path), uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise CorruptDatabaseError(MSG_CORRUPT, path=str(path), reason="no schema version")
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        mapped = storage_error(exc, path)
        if mapped is None:
            mapped = CorruptDatabaseError(MSG_CORRUPT, path=str(path), reason=REASON_DAMAGED)
        raise mapped from exc
    finally:
        conn.close()


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return [rev.revision for rev in script.walk_revisions()]


def backup_database(path: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (safe while the app has it open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    src = sqlite3.connect(_read_only_uri(path), uri=True)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    fsync_file(tmp)
    os.replace(tmp, target)
    fsync_dir(target.parent)
    return target


def migrate(engine: Engine, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def schema_objects(revision: str) -> dict[str, set[str]]:
    """The names of the tables, triggers and views the migrations create up to `revision`
    ({"table": ..., "trigger": ..., "view": ...}), from an empty database in memory: what a
    file claiming that revision must hold."""
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        migrate(engine, revision)
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT type, name FROM sqlite_master").fetchall()
    finally:
        engine.dispose()
    schema: dict[str, set[str]] = {"table": set(), "trigger": set(), "view": set()}
    for kind, name in rows:
        if kind in schema:
            schema[kind].add(name)
    return schema


def open_database(
    path: Path, *, backups_dir: Path | None = None, max_page_count: int | None = None
) -> Database:
    """Open (creating or upgrading) the database at `path`.

    A database from a newer version is refused untouched; an older one is backed
    up to `backups_dir` before its migration runs.
    """
    exists = path.exists() and path.stat().st_size > 0
    revision = stored_revision(path) if exists else None
    if revision is not None and revision != SCHEMA_HEAD:
        known = known_revisions()
        if revision not in known:
            raise NewerDatabaseError(MSG_NEWER, path=str(path), found=revision)
    engine = make_engine(path, max_page_count=max_page_count)
    try:
        if revision != SCHEMA_HEAD:
            if revision is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                target = (backups_dir or path.parent / "backups") / (
                    f"before-migration-{revision}-{stamp}.sqlite3"
                )
                backup_database(path, target)
                log.info("backed up %s to %s before migrating", path, target)
            migrate(engine)
        # First connection sets WAL; a read-only or broken file fails here, not later.
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1 FROM post LIMIT 1")
    except BaseException:
        engine.dispose()
        raise
    return Database(
        path=path,
        engine=engine,
        sessions=sessionmaker(engine, class_=AppSession, expire_on_commit=False),
    )


class SchemaBehindError(Exception):
    """The file's schema is older than this version's: only a writing open upgrades it."""


def open_database_read_only(path: Path) -> Database:
    """Open an existing database for reading only, beside a writer that may have it open
    (WAL lets readers in without the writer's lock): nothing is created, upgraded or
    written, and any attempt to write fails. A newer schema is refused as usual; an older
    one raises SchemaBehindError (the code reads the current schema only)."""
    revision = stored_revision(path)
    if revision != SCHEMA_HEAD:
        if revision is not None and revision not in known_revisions():
            raise NewerDatabaseError(MSG_NEWER, path=str(path), found=revision)
        raise SchemaBehindError(revision)
    uri = _read_only_uri(path)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10)

    engine = create_engine("sqlite://", creator=connect, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA query_only=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        conn.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    map_storage_errors(engine, path)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1 FROM post LIMIT 1")
    except BaseException:
        engine.dispose()
        raise
    return Database(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
