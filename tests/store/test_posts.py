"""Posts in the store: snapshots round-trip, variants, media, FTS search kept in step."""

from __future__ import annotations

from datetime import datetime

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, MediaRef, PostContent, Status
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.store.posts import fts_query


def _content(**overrides: object) -> PostContent:
    base = dict(
        title="Vaksinasi gratis di Puskesmas Sukajadi",
        category=Category.KEGIATAN,
        platforms=(Platform.INSTAGRAM, Platform.X),
        base_caption="Dinas Kesehatan menggelar vaksinasi gratis.",
        variants={Platform.X: "Vaksinasi gratis hari ini!"},
        hashtags=("#SukamajuSehat",),
        mentions=("@pemkot",),
        collaborators=("@diskominfo",),
        planned_at=datetime(2026, 12, 1, 9, 30),
    )
    base.update(overrides)
    return PostContent(**base)  # type: ignore[arg-type]


def test_snapshot_round_trip(empty_workspace: Workspace) -> None:
    service = PostService(empty_workspace.db)
    post_id = service.create(_content())
    loaded = service.load(post_id)
    assert loaded.content == _content()
    assert loaded.status is Status.DRAFT
    assert loaded.revision == 1


def test_variant_equal_to_the_standard_text_is_not_stored_as_divergence(
    empty_workspace: Workspace,
) -> None:
    service = PostService(empty_workspace.db)
    standard = _content().standard_caption()
    post_id = service.create(_content(variants={Platform.X: standard}))
    assert service.load(post_id).content.variants == {}


def test_a_platform_text_without_the_post_tags_is_kept_as_written(
    empty_workspace: Workspace,
) -> None:
    """The base caption alone is X's own text now: the admin removed the tags for X."""
    service = PostService(empty_workspace.db)
    bare = "Dinas Kesehatan menggelar vaksinasi gratis."
    post_id = service.create(_content(variants={Platform.X: bare}))
    loaded = service.load(post_id).content
    assert loaded.final_caption(Platform.X) == bare
    assert "#SukamajuSehat" in loaded.final_caption(Platform.INSTAGRAM)


def test_media_replaced_in_order(empty_workspace: Workspace) -> None:
    service = PostService(empty_workspace.db)
    import io

    from PIL import Image

    refs = []
    for colour in ("red", "blue", "green"):
        buffer = io.BytesIO()
        Image.new("RGB", (40, 30), colour).save(buffer, "PNG")
        refs.append(service.import_image_bytes(buffer.getvalue(), f"{colour}.png"))
    post_id = service.create(_content(media=tuple(refs)))
    assert [m.filename for m in service.load(post_id).content.media] == [
        "red.png",
        "blue.png",
        "green.png",
    ]
    with_alt = (MediaRef(refs[2].sha256, "green.png", "Foto hijau", 40, 30), refs[0])
    service.save(post_id, _content(media=with_alt))
    assert service.load(post_id).content.media == with_alt


def test_same_image_stored_once(empty_workspace: Workspace) -> None:
    import io

    from PIL import Image

    service = PostService(empty_workspace.db)
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(buffer, "PNG")
    first = service.import_image_bytes(buffer.getvalue(), "a.png")
    second = service.import_image_bytes(buffer.getvalue(), "b.png")
    assert first.sha256 == second.sha256
    with empty_workspace.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM blob").scalar() == 1


def test_full_text_search_follows_every_save(empty_workspace: Workspace) -> None:
    service = PostService(empty_workspace.db)
    post_id = service.create(_content())
    assert service.search("vaksin") == [post_id]
    assert service.search("sukamajusehat") == [post_id]  # hashtags are searchable
    assert service.search("gratis hari") == [post_id]  # words from the X variant
    service.save(
        post_id,
        _content(title="Donor darah", base_caption="Ayo donor darah", variants={}, hashtags=()),
    )
    assert service.search("vaksin") == []
    assert service.search("donor") == [post_id]
    service.delete(post_id)
    assert service.search("donor") == []


def test_search_is_accent_and_case_insensitive(empty_workspace: Workspace) -> None:
    service = PostService(empty_workspace.db)
    post_id = service.create(_content(title="Festival Café Kreatif"))
    assert service.search("CAFE") == [post_id]


def test_user_text_never_reaches_fts_syntax(empty_workspace: Workspace) -> None:
    service = PostService(empty_workspace.db)
    service.create(_content())
    for hostile in ['"', "vaksin OR", "NEAR(", "*", "a:b", "-x", "^"]:
        service.search(hostile)  # must not raise
    assert fts_query("  ") is None
    assert fts_query('dinas "kesehatan') == '"dinas"* "kesehatan"*'


def test_status_changes_are_recorded(empty_workspace: Workspace) -> None:
    service = PostService(empty_workspace.db)
    post_id = service.create(_content())
    service.change_status(post_id, Status.SUBMITTED)
    with empty_workspace.db.engine.connect() as conn:
        events = conn.exec_driver_sql(
            "SELECT from_status, to_status FROM post_event WHERE post_id = ? ORDER BY id",
            (post_id,),
        ).fetchall()
    assert events == [("", "draft"), ("draft", "submitted")]


def test_obscured_photo_replaces_the_original_which_is_pruned(
    empty_workspace: Workspace,
) -> None:
    import io

    from PIL import Image

    service = PostService(empty_workspace.db)
    buffer = io.BytesIO()
    Image.effect_noise((200, 150), 70).convert("RGB").save(buffer, "PNG")
    original = service.import_image_bytes(buffer.getvalue(), "anak-sekolah.png")
    post_id = service.create(_content(media=(original,)))
    hidden = service.obscure_image(original, (0.2, 0.2, 0.6, 0.6), "pixelate")
    assert hidden.sha256 != original.sha256
    assert (hidden.filename, hidden.width) == ("anak-sekolah.png", 200)
    service.save(post_id, _content(media=(hidden,)))
    assert service.prune_blobs() == 1
    assert service.blob(original.sha256) is None
    assert service.blob(hidden.sha256) is not None
    assert service.prune_blobs() == 0
