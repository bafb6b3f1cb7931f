"""The coordinator's decisions are kept forever: a schema change is a migration step run
once, on the real file, with what was decided before still there afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection

from medsos_desktop.store.coordinator import schema as coordinator_db
from medsos_desktop.store.coordinator_db import CoordinatorDB


def _decided(path: Path) -> None:
    db = CoordinatorDB(path)
    with db.durable() as conn:
        conn.exec_driver_sql("INSERT INTO meta(key, value) VALUES ('decided_before', 'ya')")
    db.close()


def test_an_older_file_is_migrated_once_and_keeps_its_decisions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "coordinator.sqlite3"
    _decided(path)
    runs: list[int] = []

    def add_checked_by_column(conn: Connection) -> None:
        runs.append(2)
        conn.exec_driver_sql("ALTER TABLE trust_log ADD COLUMN checked_by TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(coordinator_db, "DECISIONS_VERSION", 2)
    monkeypatch.setattr(coordinator_db, "DECISIONS_MIGRATIONS", {2: add_checked_by_column})
    CoordinatorDB(path).close()
    CoordinatorDB(path).close()  # opened again: nothing left to run
    assert runs == [2]
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(trust_log)")}
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert "checked_by" in columns
    assert meta["decisions_version"] == "2" and meta["decided_before"] == "ya"


def test_a_version_without_its_step_is_refused_and_the_file_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "coordinator.sqlite3"
    _decided(path)
    monkeypatch.setattr(coordinator_db, "DECISIONS_VERSION", 2)
    with pytest.raises(RuntimeError, match="version 2"):
        CoordinatorDB(path)
    with sqlite3.connect(path) as conn:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["decisions_version"] == "1" and meta["decided_before"] == "ya"
