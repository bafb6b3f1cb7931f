"""The coordinator database's connection: opening (creating, migrating, rebuilding a stale
index), its meta table, and its two kinds of transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import (
    Connection,
)

from medsos_desktop.store.coordinator import schema
from medsos_desktop.store.coordinator.schema import (
    _FROM,
    _FTS_DDL,
    _VALID_SQL,
    CACHE_VERSION,
    _engine,
    decisions_metadata,
    index_metadata,
)
from medsos_desktop.store.errors import MSG_NEWER, NewerDatabaseError


class CoordinatorBase:
    """Open (creating, or rebuilding a stale index) the coordinator database at `path`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = _engine(path)
        self.rebuilt = False
        try:
            self._prepare()
        except BaseException:
            self.engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()

    # -- schema

    def _prepare(self) -> None:
        with self.durable() as conn:
            # Missing tables are created (a new file, or a table added with the current
            # version); a changed table needs a step in DECISIONS_MIGRATIONS.
            decisions_metadata.create_all(conn)
            stored: dict[str, str] = {
                str(key): str(value)
                for key, value in conn.exec_driver_sql("SELECT key, value FROM meta").all()
            }
            decisions = int(stored.get("decisions_version", schema.DECISIONS_VERSION))
            if decisions > schema.DECISIONS_VERSION:
                raise NewerDatabaseError(MSG_NEWER, path=str(self.path), found=decisions)
            schema.migrate_decisions(conn, decisions, self.path)
            cache = stored.get("schema_version")
            if cache != str(CACHE_VERSION):
                conn.exec_driver_sql("DROP TABLE IF EXISTS revision_fts")
                index_metadata.drop_all(conn)
                self.rebuilt = cache is not None
                for key in ("clock_ns", "central_path", "fts_stale", "last_full_check"):
                    conn.exec_driver_sql("DELETE FROM meta WHERE key = ?", (key,))
            index_metadata.create_all(conn)
            conn.exec_driver_sql(_FTS_DDL)
            self._set(conn, "schema_version", str(CACHE_VERSION))
            self._set(conn, "decisions_version", str(schema.DECISIONS_VERSION))
            if cache != str(CACHE_VERSION):
                self._set(conn, "needs_full", "1")

    @staticmethod
    def _set(conn: Connection, key: str, value: str) -> None:
        conn.exec_driver_sql(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT value FROM meta WHERE key = ?", (key,)).first()
            return row[0] if row else None

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction of index writes (synchronous=NORMAL)."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def durable(self) -> Iterator[Connection]:
        """One transaction committed with synchronous=FULL: it survives a power cut."""
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA synchronous=FULL")
            try:
                with conn.begin():
                    yield conn
            finally:
                raw.execute("PRAGMA synchronous=NORMAL")

    @staticmethod
    def _raise_highest(conn: Connection, where: str = "1", params: tuple[object, ...] = ()) -> None:
        conn.exec_driver_sql(
            "INSERT INTO device_high_sequence(device_id, highest) "
            f"SELECT r.device_id, MAX(r.sequence) {_FROM} WHERE {_VALID_SQL} AND {where} "
            "GROUP BY r.device_id "
            "ON CONFLICT(device_id) DO UPDATE SET highest = MAX(highest, excluded.highest)",
            params,
        )
