"""0007_people on a database at 0006 that has reviewers, decisions, posts with variants and
media: every row kept, each reviewer now a person, their PIN still valid."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from medsos_desktop.domain.review import CHECKLIST_KEYS
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import SCRYPT, ReviewService
from medsos_desktop.store.db import make_engine, migrate, open_database

SALT = b"0123456789abcdef"


def stored_pin(pin: str) -> bytes:
    """A PIN as the reviewer table has always stored it: scrypt with the app's costs."""
    return hashlib.scrypt(pin.encode(), salt=SALT, **SCRYPT)


def _database_at_0006(path: Path) -> None:
    engine = make_engine(path)
    migrate(engine, "0006_planning")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executemany(
            "INSERT INTO reviewer (id, name, role, pin_salt, pin_hash, active, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, '2026-03-01 08:00:00')",
            [
                (1, "dr. Andi Pratama", "kepala_dinas", SALT, stored_pin("246810"), 1),
                (2, "Budi", "kepala_bidang", SALT, stored_pin("135790"), 0),
            ],
        )
        for post_id, status in ((1, "approved"), (2, "submitted")):
            conn.execute(
                "INSERT INTO post (id, uuid, title, category, platforms, base_caption, "
                "hashtags, mentions, collaborators, status, revision, template_key, is_demo, "
                "created_at, updated_at) VALUES (?, ?, 'Lama', 'kegiatan', 'facebook,x', "
                "'isi', '', '', '', ?, 1, '', 0, '2026-03-01', '2026-03-01')",
                (post_id, f"uuid-{post_id}", status),
            )
            conn.execute(
                "INSERT INTO post_event (post_id, at, actor, from_status, to_status, revision, "
                "comment) VALUES (?, '2026-03-01', 'Rina', '', 'draft', 1, 'created')",
                (post_id,),
            )
        conn.execute("INSERT INTO post_variant VALUES (1, 'x', 'versi X')")
        conn.execute("INSERT INTO blob VALUES ('ab', 3, 'image/jpeg', x'010203', '2026-03-01')")
        conn.execute(
            "INSERT INTO media (post_id, position, blob_sha256, filename, alt_text, width, "
            "height) VALUES (1, 0, 'ab', 'foto.jpg', 'Foto', 1, 1)"
        )
        conn.execute(
            "INSERT INTO review (post_id, revision, reviewer_id, decision, comment, "
            "checklist_json, overrides_json, at) VALUES (1, 1, 1, 'approved', 'Bagus', '{}', "
            "'{}', '2026-03-02')"
        )


def test_a_database_at_0006_upgrades_with_everything_kept(tmp_path: Path) -> None:
    path = tmp_path / "medsos.sqlite3"
    _database_at_0006(path)
    db = open_database(path, backups_dir=tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            sql = conn.exec_driver_sql
            assert sql("PRAGMA foreign_key_check").fetchall() == []
            assert sql("SELECT count(*) FROM post_variant").scalar() == 1
            assert sql("SELECT count(*) FROM media").scalar() == 1
            assert sql("SELECT reviewer_id, comment FROM review").fetchall() == [(1, "Bagus")]
            assert sql("SELECT id, name, jabatan, nip, is_admin FROM person").fetchall() == [
                (1, "dr. Andi Pratama", "", None, 0),
                (2, "Budi", "", None, 0),
            ]
            assert sql("SELECT created_by FROM post").fetchall() == [(None,), (None,)]
        service = ReviewService(db)
        assert [(r.name, r.active) for r in service.all_reviewers()] == [
            ("dr. Andi Pratama", True),
            ("Budi", False),
        ]
        assert [(h.reviewer, h.decision) for h in service.history(1)] == [
            ("dr. Andi Pratama", "approved")
        ]
        # The PIN chosen before the upgrade still works; the old name rule still applies.
        service.approve(2, 1, "246810", dict.fromkeys(CHECKLIST_KEYS, True), {})
        assert PostService(db).load(2).status.value == "approved"
        assert service.author_problem(2, 1) is None
    finally:
        db.close()
    assert list((tmp_path / "backups").glob("before-migration-0006_planning-*.sqlite3"))


def test_a_typed_name_from_before_still_blocks_self_approval(tmp_path: Path) -> None:
    """Posts written before person records name their author only as typed text."""
    path = tmp_path / "medsos.sqlite3"
    _database_at_0006(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE reviewer SET name = 'rina' WHERE id = 1")
    db = open_database(path, backups_dir=tmp_path / "backups")
    try:
        assert ReviewService(db).author_problem(2, 1) is not None
    finally:
        db.close()
