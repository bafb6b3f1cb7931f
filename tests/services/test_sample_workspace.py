"""The sample workspace is a sample: saving the real profile starts the agency's own
workspace, and nothing of the sample is ever signed or sent as a real agency."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.posts import PostContent
from medsos_desktop.i18n import translator
from medsos_desktop.services.agency import load_profile, save_profile
from medsos_desktop.services.brand import BrandService
from medsos_desktop.services.demo import (
    DEMO_AGENCY,
    is_sample_workspace,
    leave_sample,
    remove_leftover_sample,
    sample_posts,
)
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.sync import MSG_SAMPLE_TO_REAL, SyncService
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.sync.central import init_central, verify_central
from medsos_desktop.sync.walk import read_central_info
from medsos_desktop.sync.writer import Ed25519Signer

REAL = AgencyProfile(
    name="Dinas Pendidikan Kota Sukamaju",
    short_name="Disdik Sukamaju",
    parent_government="Pemerintah Kota Sukamaju",
    official_hashtags=("#DisdikSukamaju",),
)


def _signer() -> Ed25519Signer:
    return Ed25519Signer.generate(uuid.uuid4().hex)


def _approve_own_post(workspace: Workspace, title: str) -> int:
    """An approved post of the admin's own, through the same path the review takes."""
    from medsos_desktop.store.models import PostRevision

    posts = PostService(workspace.db)
    post_id = posts.create(PostContent(title=title, base_caption="Teks " + title))
    with workspace.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE post SET status = 'approved' WHERE id = ?", (post_id,))
    snapshot = posts.load(post_id)
    from medsos_desktop.domain.posts import content_to_dict

    with workspace.db.session() as session, session.begin():
        session.add(
            PostRevision(
                post_id=post_id,
                revision=1,
                content_json=json.dumps(content_to_dict(snapshot.content)),
            )
        )
    return post_id


def test_a_new_data_folder_is_the_sample(workspace: Workspace) -> None:
    assert is_sample_workspace(workspace.db)
    rows = PostService(workspace.db).list_rows()
    assert len(rows) == 6 and all(r.is_demo for r in rows)
    assert BrandService(workspace.db).load().footer_website  # the sample's kit


def test_saving_the_real_profile_starts_an_empty_own_workspace(workspace: Workspace) -> None:
    posts = PostService(workspace.db)
    own = posts.create(PostContent(title="Draf saya sendiri"))  # written while in the sample
    removed = leave_sample(workspace.db, REAL)
    assert removed == 6
    assert not is_sample_workspace(workspace.db)
    profile = load_profile(workspace.db)
    assert profile.name == REAL.name and profile.confirmed
    assert [r.id for r in posts.list_rows()] == [own]  # the admin's own work stays
    kit = BrandService(workspace.db).load()
    assert kit.logo_agency is None and kit.footer_website == "" and kit.agency_name == REAL.name
    assert posts.search("vaksinasi") == []  # the sample is gone from the search too
    # The sample stays viewable without touching the workspace.
    sample = sample_posts()
    assert len(sample) == 6 and sample[0].content.title.startswith("Vaksinasi")
    assert any(p.image for p in sample)


def test_a_profile_saved_the_old_way_loses_the_sample_at_next_open(paths: object) -> None:
    workspace = open_workspace(paths)  # type: ignore[arg-type]
    try:
        save_profile(workspace.db, REAL.__class__(**{**REAL.__dict__, "confirmed": True}))
    finally:
        workspace.close()
    reopened = open_workspace(paths)  # type: ignore[arg-type]
    try:
        assert PostService(reopened.db).list_rows() == []
        assert BrandService(reopened.db).load().logo_agency is None
        assert remove_leftover_sample(reopened.db) == 0  # nothing left the second time
    finally:
        reopened.close()


def test_the_sample_never_reaches_a_real_central_folder(
    workspace: Workspace, tmp_path: Path
) -> None:
    central = tmp_path / "pusat-kota"
    central.mkdir()
    init_central(central, "Kota Sukamaju")  # Diskominfo's real folder
    signer = _signer()
    service = SyncService(workspace.db)
    result = service.run(central, signer, signer.public_key_bytes, "PC Humas")
    assert result.published == 0 and result.waiting == 2
    assert result.errors[0].message == MSG_SAMPLE_TO_REAL
    assert "contoh" in result.errors[0].render(translator("id"))
    assert not (central / "agencies").exists() or not any((central / "agencies").iterdir())


def test_the_sample_practises_on_a_folder_it_marks_as_sample(
    workspace: Workspace, tmp_path: Path
) -> None:
    central = tmp_path / "folder-pusat-contoh"
    central.mkdir()
    signer = _signer()
    result = SyncService(workspace.db).run(central, signer, signer.public_key_bytes, "PC")
    assert result.published == 2
    assert read_central_info(central).sample
    report = verify_central(central)
    assert report.revisions_valid
    for post_json in central.glob("agencies/*/posts/*/r*/post.json"):
        assert json.loads(post_json.read_bytes())["sample"] is True


def test_a_real_workspace_sends_only_its_own_posts(workspace: Workspace, tmp_path: Path) -> None:
    leave_sample(workspace.db, REAL)
    own = _approve_own_post(workspace, "Penerimaan peserta didik baru")
    # A sample post that survived somehow (an old backup restored) is still never sent.
    with workspace.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE post SET is_demo = 1 WHERE id = ?", (own,))
    keep = _approve_own_post(workspace, "Jadwal PPDB tahap 2")
    central = tmp_path / "pusat"
    central.mkdir()
    init_central(central, "Kota Sukamaju")
    signer = _signer()
    result = SyncService(workspace.db).run(central, signer, signer.public_key_bytes, "PC")
    assert result.published == 1 and result.waiting == 0
    packages = [json.loads(p.read_bytes()) for p in central.glob("agencies/*/posts/*/r*/post.json")]
    assert [p["content"]["title"] for p in packages] == ["Jadwal PPDB tahap 2"]
    assert "sample" not in packages[0]
    assert [p.name for p in (central / "agencies").iterdir()] == ["disdik-sukamaju"]
    assert keep


def test_the_sample_agency_is_the_demo_agency() -> None:
    assert DEMO_AGENCY.name == "Dinas Kesehatan Kota Sukamaju" and not DEMO_AGENCY.confirmed
