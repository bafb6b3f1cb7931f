"""Deleting a post puts it in the trash: out of the list, the search, the calendar and the
outbox, restorable whole for 30 days, then purged."""

from __future__ import annotations

from datetime import timedelta

import pytest

from medsos_desktop.domain.posts import PostContent
from medsos_desktop.services.posts import TRASH_DAYS, PostError, PostService
from medsos_desktop.services.sync import SyncService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.store.models import utcnow


def _by_title(posts: PostService) -> dict[str, int]:
    return {r.title: r.id for r in posts.list_rows()}


def test_a_deleted_post_goes_to_the_trash_and_comes_back_whole(workspace: Workspace) -> None:
    posts = PostService(workspace.db, actor="Rina")
    post_id = _by_title(posts)["Vaksinasi HPV gratis untuk siswi kelas 5 dan 6 SD"]
    before = posts.load(post_id)
    posts.delete(post_id)
    assert post_id not in _by_title(posts).values()
    assert posts.search("vaksinasi") == [] or post_id not in posts.search("vaksinasi")
    trash = posts.trash()
    assert [t.id for t in trash] == [post_id]
    assert trash[0].title.startswith("Vaksinasi")
    row = posts.restore(post_id)
    assert row is not None and row.id == post_id
    assert post_id in _by_title(posts).values()
    assert post_id in posts.search("vaksinasi")
    after = posts.load(post_id)
    assert after.content == before.content and after.status == before.status
    assert posts.trash() == []
    comments = [e.comment for e in posts.events(post_id)][-2:]
    assert comments == ["trashed", "restored"]
    assert {e.actor for e in posts.events(post_id)[-2:]} == {"Rina"}


def test_an_approved_post_in_the_trash_is_not_sent(workspace: Workspace) -> None:
    posts = PostService(workspace.db)
    sync = SyncService(workspace.db)
    approved = _by_title(posts)["Capaian imunisasi dasar lengkap 2026: 96,4%"]
    sync.enqueue_approved()
    assert (approved, 1) in sync.pending()
    posts.delete(approved)
    assert (approved, 1) not in sync.pending()
    sync.enqueue_approved()
    assert (approved, 1) not in sync.pending()
    posts.restore(approved)
    sync.enqueue_approved()
    assert (approved, 1) in sync.pending()


def test_the_trash_is_purged_after_thirty_days(workspace: Workspace) -> None:
    posts = PostService(workspace.db)
    old, recent = list(_by_title(posts).values())[:2]
    posts.delete(old)
    posts.delete(recent)
    with workspace.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE post SET deleted_at = ? WHERE id = ?",
            ((utcnow() - timedelta(days=TRASH_DAYS, hours=1)).isoformat(sep=" "), old),
        )
    assert posts.purge_trash() == 1
    assert [t.id for t in posts.trash()] == [recent]
    with pytest.raises(PostError):
        posts.load(old)


def test_only_a_trashed_post_is_deleted_for_good(workspace: Workspace) -> None:
    posts = PostService(workspace.db)
    post_id = posts.create(PostContent(title="Coba"))
    with pytest.raises(PostError):
        posts.delete_for_good(post_id)
    posts.delete(post_id)
    posts.delete_for_good(post_id)
    assert posts.trash() == []


def test_a_post_sent_back_and_fixed_is_submitted_again(workspace: Workspace) -> None:
    """Seen by a first-time user: 'Ajukan' after 'Kembalikan' failed with an error."""
    from medsos_desktop.domain.posts import Status

    posts = PostService(workspace.db)
    post_id = _by_title(posts)["Klarifikasi: vaksin tidak mengandung chip"]
    assert posts.load(post_id).status is Status.CHANGES_REQUESTED
    posts.change_status(post_id, Status.SUBMITTED)
    assert posts.load(post_id).status is Status.SUBMITTED
