"""Opening, migrating and refusing databases; durability settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from medsos_desktop.store.db import (
    SCHEMA_HEAD,
    CorruptDatabaseError,
    NewerDatabaseError,
    known_revisions,
    open_database,
    stored_revision,
)


def test_head_constant_matches_the_migrations() -> None:
    """start-up skips Alembic when the file is at SCHEMA_HEAD, so the two must agree."""
    from alembic.script import ScriptDirectory

    from medsos_desktop.store.db import MIGRATIONS_DIR

    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == SCHEMA_HEAD
    assert SCHEMA_HEAD in known_revisions()


def test_migrates_from_empty_and_sets_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            tables = {
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
        assert {
            "post",
            "post_variant",
            "media",
            "blob",
            "agency",
            "post_event",
            "caption_template",
            "post_fts",
        } <= tables
    finally:
        db.close()
    assert stored_revision(tmp_path / "a.sqlite3") == SCHEMA_HEAD


def test_migration_is_one_transaction(tmp_path: Path) -> None:
    """DDL runs inside BEGIN: a failing migration leaves no half-made schema."""
    from medsos_desktop.store.db import make_engine

    engine = make_engine(tmp_path / "t.sqlite3")
    with pytest.raises(Exception, match="boom"), engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE half (x)")
        raise RuntimeError("boom")
    with engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")]
    engine.dispose()
    assert "half" not in names


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        open_database(path)
    assert "9999_from_the_future" in info.value.render()
    assert path.read_bytes() == before


def test_older_database_is_backed_up_then_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later release adds a migration: the old file is copied aside first, then upgraded."""
    import shutil

    from medsos_desktop.store import db as dbmod

    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO agency (name, short_name, slug, parent_government, "
            "handles_json, official_hashtags, contacts, profile_confirmed, updated_at) "
            "VALUES ('Dinas A', '', '', '', '{}', '', '', 0, '2026-01-01')"
        )

    current = dbmod.SCHEMA_HEAD
    scripts = tmp_path / "migrations"
    shutil.copytree(dbmod.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9000_test.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9000_test'\ndown_revision = {current!r}\n"
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('agency') as batch:\n"
        "        batch.add_column(sa.Column('motto', sa.Text, nullable=True))\n"
        "def downgrade():\n    pass\n"
    )
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(dbmod, "SCHEMA_HEAD", "9000_test")

    db = open_database(path, backups_dir=tmp_path / "backups")
    db.close()
    backups = list((tmp_path / "backups").glob(f"before-migration-{current}-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == current
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "9000_test"
        )
        assert conn.execute("SELECT name, motto FROM agency").fetchone() == ("Dinas A", None)


@pytest.mark.parametrize(
    "content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 2000]
)
def test_corrupt_file_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "a.sqlite3"
    path.write_bytes(content)
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(path)
    assert str(path) in info.value.render()
    assert path.read_bytes() == content


def test_foreign_tables_without_version_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE something_else (x)")
    with pytest.raises(CorruptDatabaseError):
        open_database(path)


def test_every_migration_step_from_the_first_release(tmp_path: Path) -> None:
    """A database from the first release (0001) upgrades with its posts intact."""
    from medsos_desktop.store.db import make_engine, migrate

    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    migrate(engine, "0001_initial")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO post (uuid, title, category, platforms, base_caption, hashtags, "
            "mentions, collaborators, status, revision, template_key, is_demo, created_at, "
            "updated_at) VALUES ('u1', 'Lama', 'kegiatan', 'x', 'isi', '', '', '', 'draft', 1, "
            "'', 0, '2026-01-01', '2026-01-01')"
        )
    engine.dispose()
    db = open_database(path, backups_dir=tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT title FROM post").scalar() == "Lama"
            tables = {
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
        assert {"brand_kit", "user_font", "infographic_template", "post_infographic"} <= tables
    finally:
        db.close()
    assert list((tmp_path / "backups").glob("before-migration-0001_initial-*.sqlite3"))


def test_paths_with_spaces_and_uri_characters(tmp_path: Path) -> None:
    folder = tmp_path / "Data Medsos #1 ?x% 100%"
    folder.mkdir()
    path = folder / "medsos.sqlite3"
    open_database(path).close()
    assert stored_revision(path) == SCHEMA_HEAD
    from medsos_desktop.store.db import backup_database

    copy = backup_database(path, folder / "backups" / "copy.sqlite3")
    assert stored_revision(copy) == SCHEMA_HEAD


def test_migrations_build_exactly_the_tables_of_the_models(tmp_path: Path) -> None:
    """A column added to a model without a migration (or the other way) fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from medsos_desktop.store.models import Base

    db = open_database(tmp_path / "a.sqlite3")
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": False, "compare_server_default": False}
            )
            differences = [
                d
                for d in compare_metadata(context, Base.metadata)
                # FTS5's virtual tables and their shadow tables are made by raw SQL.
                if not (d[0] == "remove_table" and d[1].name.startswith("post_fts"))
                and not (d[0] == "remove_table" and d[1].name == "alembic_version")
            ]
    finally:
        db.close()
    assert differences == []


def test_two_writers_that_read_first_queue_instead_of_failing(tmp_path: Path) -> None:
    """Each writer reads, waits for the other to have read, then writes. With a deferred
    BEGIN the second one to write failed at once with "database is locked" (its snapshot
    was stale); an explicit `session.begin()` takes the write lock first, so it waits."""
    import threading

    from sqlalchemy import select

    from medsos_desktop.store.models import ReportNote

    db = open_database(tmp_path / "medsos.sqlite3")
    try:
        both_started = threading.Barrier(2, timeout=5)
        errors: list[BaseException] = []

        def writer(month: str) -> None:
            try:
                both_started.wait()
                with db.session() as session, session.begin():
                    session.execute(select(ReportNote)).all()
                    threading.Event().wait(0.2)  # the other writer is now waiting or reading
                    session.add(ReportNote(month=month, text=f"catatan {month}"))
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=writer, args=(m,)) for m in ("2026-10", "2026-11")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert errors == []
        with db.session() as session:
            assert sorted(n.month for n in session.execute(select(ReportNote)).scalars()) == [
                "2026-10",
                "2026-11",
            ]
    finally:
        db.close()
