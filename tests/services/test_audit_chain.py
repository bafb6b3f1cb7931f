"""The data folder's audit chain (issue 16, item 6): every post event chained by hash, on a
real SQLite file; changes made afterwards with sqlite3, as someone with the file would,
show as the first broken link in `medsos audit verify`."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from medsos_desktop.cli import main as cli_main
from medsos_desktop.domain.audit import (
    AuditEvent,
    AuditKind,
    BreakReason,
    content_hash,
    first_broken_link,
    hash_of,
)
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status, content_to_dict
from medsos_desktop.domain.review import CHECKLIST_KEYS, ReviewerRole
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import load_profile, save_profile
from medsos_desktop.services.audit import AuditService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import ReviewService
from medsos_desktop.services.sync import SyncService
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.store.db import make_engine, migrate
from medsos_desktop.sync.central import init_central
from medsos_desktop.sync.writer import Ed25519Signer

CONTENT = PostContent(
    title="Donor darah",
    category=Category.KEGIATAN,
    platforms=(Platform.FACEBOOK,),
    base_caption="Ayo donor darah di PMI Kota Sukamaju #SukamajuSehat",
)


def _events(workspace: Workspace, post_uuid: str | None = None) -> list[tuple[str, int, str]]:
    with workspace.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT kind, revision, post_uuid FROM audit_event ORDER BY seq"
        ).all()
    return [(k, r, u) for k, r, u in rows if post_uuid is None or u == post_uuid]


def _uuid(workspace: Workspace, post_id: int) -> str:
    with workspace.db.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT uuid FROM post WHERE id = ?", (post_id,)).scalar())


def _approved_and_sent(workspace: Workspace, tmp_path: Path) -> tuple[int, str]:
    profile = load_profile(workspace.db)
    save_profile(workspace.db, dataclasses.replace(profile, name="Dinkes Sukamaju", confirmed=True))
    posts = PostService(workspace.db, actor="Rina")
    post_id = posts.create(CONTENT)
    edited = dataclasses.replace(CONTENT, base_caption=CONTENT.base_caption + " Besok pagi.")
    posts.save(post_id, edited)
    posts.save(post_id, dataclasses.replace(edited, title="Donor darah bersama"))
    posts.change_status(post_id, Status.SUBMITTED)
    review = ReviewService(workspace.db)
    budi = review.add_reviewer("Pak Budi", ReviewerRole.KEPALA_DINAS, "246810")
    review.approve(post_id, budi.id, "246810", dict.fromkeys(CHECKLIST_KEYS, True), {}, "Oke")
    central = tmp_path / "pusat"
    central.mkdir()
    init_central(central, "Kota Sukamaju")
    signer = Ed25519Signer.generate(uuid.uuid4().hex)
    result = SyncService(workspace.db).run(
        central, signer, signer.public_key_bytes, "PC Humas", "Kota Sukamaju"
    )
    assert result.failed == 0
    return post_id, _uuid(workspace, post_id)


def test_a_post_s_day_is_one_chain_with_the_approved_content_hashed(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    post_id, post_uuid = _approved_and_sent(empty_workspace, tmp_path)
    # Two autosaves are one stretch of editing; the approval is a decision; the sync a send.
    assert [k for k, _r, _u in _events(empty_workspace, post_uuid)] == [
        "created",
        "edited",
        "submitted",
        "decided",
        "sent",
    ]
    approved = ReviewService(empty_workspace.db).approved_content(post_id)
    assert approved is not None
    with empty_workspace.db.engine.connect() as conn:
        hashes = dict(
            conn.exec_driver_sql(
                "SELECT kind, content_hash FROM audit_event WHERE post_uuid = ?", (post_uuid,)
            ).all()
        )
    assert hashes["decided"] == hashes["sent"] == content_hash(content_to_dict(approved))
    report = AuditService(empty_workspace.db).verify()
    assert report.intact and report.events == 5


@pytest.mark.parametrize(
    ("tamper", "seq", "reason"),
    [
        ("UPDATE audit_event SET actor = 'Orang lain' WHERE seq = 4", 4, BreakReason.ALTERED),
        ("UPDATE audit_event SET content_hash = '00' WHERE seq = 4", 4, BreakReason.ALTERED),
        ("DELETE FROM audit_event WHERE seq = 2", 3, BreakReason.MISSING),
        ("UPDATE audit_event SET at = 'bukan waktu' WHERE seq = 3", 3, BreakReason.ALTERED),
    ],
)
def test_a_change_made_afterwards_is_the_first_broken_link(
    empty_workspace: Workspace, tmp_path: Path, tamper: str, seq: int, reason: BreakReason
) -> None:
    _approved_and_sent(empty_workspace, tmp_path)
    database = empty_workspace.paths.database
    empty_workspace.close()
    with sqlite3.connect(database) as conn:
        conn.execute(tamper)
    reopened = open_workspace(empty_workspace.paths, seed_demo=False)
    try:
        broken = AuditService(reopened.db).verify().broken
    finally:
        reopened.close()
    assert broken is not None and (broken.seq, broken.reason) == (seq, reason)


def test_an_event_replaced_with_a_fresh_hash_breaks_the_next_link(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    """Someone who recomputes the hash of the event they changed still breaks the link of
    the event after it."""
    _approved_and_sent(empty_workspace, tmp_path)
    with empty_workspace.db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT seq, at, kind, post_uuid, revision, actor, detail_json, content_hash, "
            "prev_hash FROM audit_event WHERE seq = 4"
        ).one()
    event = AuditEvent(
        seq=row[0],
        at=datetime.fromisoformat(row[1]),
        kind=row[2],
        post_uuid=row[3],
        revision=row[4],
        actor="Orang lain",
        detail_json=row[6],
        content_hash=row[7],
        prev_hash=row[8],
    )
    with empty_workspace.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE audit_event SET actor = ?, hash = ? WHERE seq = 4",
            (event.actor, hash_of(event)),
        )
    broken = AuditService(empty_workspace.db).verify().broken
    assert broken is not None and (broken.seq, broken.reason) == (5, BreakReason.LINK)


def test_a_post_deleted_for_good_keeps_its_history_in_the_chain(
    empty_workspace: Workspace,
) -> None:
    posts = PostService(empty_workspace.db, actor="Rina")
    post_id = posts.create(CONTENT)
    post_uuid = _uuid(empty_workspace, post_id)
    posts.delete(post_id)
    posts.purge_trash(now=datetime.now() + timedelta(days=365))
    assert [k for k, _r, _u in _events(empty_workspace, post_uuid)] == [
        "created",
        "trashed",
        "purged",
    ]
    assert AuditService(empty_workspace.db).verify().intact


def test_the_events_before_the_chain_are_chained_by_the_migration(tmp_path: Path) -> None:
    database = tmp_path / "data" / "medsos.sqlite3"
    database.parent.mkdir()
    engine = make_engine(database)
    migrate(engine, "0011_report_notes")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO post (id, uuid, title, category, platforms, base_caption, hashtags, "
            "mentions, collaborators, status, revision, template_key, is_demo, created_at, "
            "updated_at) VALUES (1, 'a1b2', 'Vaksinasi', 'kegiatan', 'instagram', 'Teks', "
            "'', '', '', 'approved', 1, '', 0, '2026-01-01', '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO post_event (post_id, at, actor, from_status, to_status, revision, "
            "comment) VALUES (1, '2026-01-01 08:00:00.123456', 'Rina', '', 'draft', 1, "
            "'created'), (1, '2026-01-02 09:00:00.000000', 'Rina', 'draft', 'submitted', 1, ''),"
            " (1, '2026-01-02 10:00:00.000000', 'Pak Budi', 'submitted', 'approved', 1, 'Oke')"
        )
    engine.dispose()
    workspace = open_workspace(AppPaths(tmp_path / "data"), seed_demo=False)
    try:
        assert [k for k, _r, _u in _events(workspace)] == ["created", "submitted", "decided"]
        with workspace.db.engine.connect() as conn:
            details = [
                json.loads(d)
                for (d,) in conn.exec_driver_sql("SELECT detail_json FROM audit_event").all()
            ]
        assert all(d["before_chain"] is True for d in details)
        assert AuditService(workspace.db).verify().intact
        # New events chain on to the old ones.
        PostService(workspace.db).change_status(1, Status.SYNCED)
        report = AuditService(workspace.db).verify()
        assert report.intact and report.events == 4
    finally:
        workspace.close()


def test_cli_audit_verify_exit_codes(
    empty_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _approved_and_sent(empty_workspace, tmp_path)
    data_dir = str(empty_workspace.paths.data_dir)
    database = empty_workspace.paths.database
    empty_workspace.close()
    assert cli_main(["audit", "verify", "--data-dir", data_dir, "--lang", "id"]) == 0
    assert "utuh" in capsys.readouterr().out
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE audit_event SET kind = 'created' WHERE seq = 4")
    assert cli_main(["audit", "verify", "--data-dir", data_dir, "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["intact"] is False
    assert report["first_broken"]["seq"] == 4 and report["first_broken"]["reason"] == "altered"
    assert cli_main(["audit", "verify", "--data-dir", str(tmp_path / "nothing")]) == 2


def test_first_broken_link_names_events_out_of_order() -> None:
    at = datetime(2026, 12, 1, 8, 0)
    first = AuditEvent(1, at, AuditKind.CREATED.value, "u", 1, "Rina")
    first = dataclasses.replace(first, hash=hash_of(first))
    second = AuditEvent(2, at, AuditKind.EDITED.value, "u", 1, "Rina", prev_hash=first.hash)
    second = dataclasses.replace(second, hash=hash_of(second))
    assert first_broken_link([first, second]) is None
    broken = first_broken_link([second, first])
    assert broken is not None and broken.reason is BreakReason.MISSING
    broken = first_broken_link([first, first])
    assert broken is not None and (broken.reason, broken.expected_seq) == (BreakReason.ORDER, 2)
