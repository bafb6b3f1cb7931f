"""store/queries: reads over more ids than one statement takes come back whole, in order."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from medsos_desktop.domain.posts import PostContent
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.store import posts as store
from medsos_desktop.store.models import PostMetric, utcnow
from medsos_desktop.store.queries import metrics as queries


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 4 ids instead of 500: the same splitting and joining is crossed with
    a dozen posts rather than a thousand (writing each post is what costs)."""
    monkeypatch.setattr(queries, "BATCH", 4)


def _posts(workspace: Workspace, count: int) -> list[int]:
    with workspace.db.transaction() as session:
        return [store.create_post(session, PostContent(title=f"Post {n}")).id for n in range(count)]


def test_posts_by_id_reads_every_batch_and_leaves_the_trash_out_when_asked(
    empty_workspace: Workspace,
) -> None:
    ids = _posts(empty_workspace, queries.BATCH * 2 + 3)
    trashed = ids[queries.BATCH + 1]
    with empty_workspace.db.transaction() as session:
        assert store.trash_post(session, trashed)
    with empty_workspace.db.session() as session:
        assert [p.id for p in queries.posts_by_id(session, ids)] == ids
        live = [p.id for p in queries.posts_by_id(session, ids, live_only=True)]
    assert live == [i for i in ids if i != trashed]


def test_figures_across_batches_keep_each_posts_oldest_first(
    empty_workspace: Workspace,
) -> None:
    ids = _posts(empty_workspace, queries.BATCH + 2)
    first, last = ids[0], ids[-1]
    now = utcnow()
    with empty_workspace.db.transaction() as session:
        for post_id in (first, last):
            for age, name in ((1, "new"), (5, "old")):
                session.add(
                    PostMetric(
                        post_id=post_id,
                        platform="instagram",
                        fingerprint=f"{post_id}:{name}",
                        recorded_at=now - timedelta(days=age),
                    )
                )
    with empty_workspace.db.session() as session:
        rows = [(m.post_id, m.fingerprint) for m in queries.metrics_oldest_first(session, ids)]
        wanted = [f"{i}:{n}" for i in ids for n in ("old", "new", "absent")]
        stored = queries.stored_fingerprints(session, wanted)
    assert rows == [
        (first, f"{first}:old"),
        (first, f"{first}:new"),
        (last, f"{last}:old"),
        (last, f"{last}:new"),
    ]
    assert stored == {f"{first}:old", f"{first}:new", f"{last}:old", f"{last}:new"}


def test_posts_planned_in_a_window_include_both_ends(empty_workspace: Workspace) -> None:
    start = datetime(2026, 11, 1, 9, 0)
    with empty_workspace.db.transaction() as session:
        ids = [
            store.create_post(session, PostContent(planned_at=start + timedelta(days=d))).id
            for d in range(4)
        ]
    with empty_workspace.db.session() as session:
        found = queries.post_ids_planned_between(
            session, start + timedelta(days=1), start + timedelta(days=2)
        )
    assert sorted(found) == ids[1:3]
