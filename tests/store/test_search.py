"""Search finds any part of a word of three characters or more, and word starts below that."""

from __future__ import annotations

import dataclasses
import io
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.store import posts as store
from medsos_desktop.store.db import MIGRATIONS_DIR, make_engine, migrate, open_database


def _content(**overrides: object) -> PostContent:
    base = dict(
        title="Vaksinasi gratis di Puskesmas Sukajadi",
        category=Category.KEGIATAN,
        platforms=(Platform.INSTAGRAM, Platform.X),
        base_caption="Dinas Kesehatan menggelar imunisasi polio.",
        variants={Platform.X: "Antrean dibuka pukul tujuh."},
        hashtags=("#BandungJuara",),
        mentions=("@pemkot",),
        planned_at=datetime(2026, 12, 1, 9, 30),
    )
    base.update(overrides)
    return PostContent(**base)  # type: ignore[arg-type]


@pytest.fixture
def service(empty_workspace: Workspace) -> PostService:
    return PostService(empty_workspace.db)


def test_part_of_a_word_finds_the_post(service: PostService) -> None:
    post_id = service.create(_content())
    other = service.create(
        _content(
            title="Kerja bakti",
            base_caption="Warga membersihkan got.",
            variants={},
            hashtags=(),
            mentions=(),
        )
    )
    assert service.search("aksin") == [post_id]  # title: Vaksinasi
    assert service.search("munisa") == [post_id]  # base caption: imunisasi
    assert service.search("ntrea") == [post_id]  # X's own caption: Antrean
    assert service.search("juara") == [post_id]  # hashtag #BandungJuara
    assert service.search("#BandungJua") == [post_id]
    assert service.search("@pemk") == [post_id]  # a typed tag matches from its start
    assert service.search("bersih") == [other]  # membersihkan
    assert service.search("zzz") == []


def test_every_word_must_appear(service: PostService) -> None:
    post_id = service.create(_content())
    service.create(_content(title="Vaksinasi di balai warga", base_caption="", variants={}))
    assert service.search("aksin munisasi") == [post_id]
    assert service.search("aksin banjir") == []


def test_words_under_three_characters_match_word_starts(service: PostService) -> None:
    kb = service.create(_content(title="Layanan KB gratis", base_caption="", variants={}))
    service.create(_content(title="Subkbx", base_caption="", variants={}))
    assert service.search("kb") == [kb]
    assert service.search("KB aksin") == []
    both = service.create(_content(title="Vaksinasi dan KB", base_caption="", variants={}))
    assert service.search("kb aksin") == [both]
    assert service.search("aksin kb", ranked=True, limit=5) == [both]


def test_accents_and_case_are_ignored_both_ways(service: PostService) -> None:
    post_id = service.create(_content(title="Festival Café Kreatif"))
    assert service.search("CAFE") == [post_id]
    assert service.search("afé") == [post_id]
    assert service.search("ESTIV") == [post_id]


def test_alt_text_is_searched(service: PostService) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, "PNG")
    ref = service.import_image_bytes(buffer.getvalue(), "foto.png")
    media = (dataclasses.replace(ref, alt_text="Petugas menyuntik seorang balita"),)
    post_id = service.create(_content(media=media))
    assert service.search("nyunti") == [post_id]


def test_the_index_follows_every_save_and_delete(
    service: PostService, empty_workspace: Workspace
) -> None:
    post_id = service.create(_content())
    service.save(post_id, _content(title="Pasar murah", base_caption="", variants={}))
    assert service.search("aksin") == []
    assert service.search("murah") == [post_id]
    with empty_workspace.db.session() as session, session.begin():
        store.delete_post(session, post_id)
    assert service.search("murah") == []
    with empty_workspace.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM post_fts_trigram").scalar() == 0


def test_user_text_never_reaches_fts_syntax(service: PostService) -> None:
    service.create(_content())
    for hostile in ['"', 'aks"in', "vaksin OR", "NEAR(", "*", "a:b", "-x", "^", "ab*c", "'"]:
        service.search(hostile)  # must not raise
    assert store.search_queries("  ") == (None, None)
    assert store.search_queries("Vaksin di RS") == ('"vaksin"', '"di"* "rs"*')
    assert store.search_queries("#BandungJua @pemkot posy") == ('"posy"', '"bandungjua"* "pemkot"*')


def test_migration_indexes_the_posts_already_stored(tmp_path: Path) -> None:
    """A database from before the trigram index gets every post indexed when it opens."""
    from alembic.script import ScriptDirectory

    before = ScriptDirectory(str(MIGRATIONS_DIR)).get_revision("0009_search_trigram").down_revision
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    migrate(engine, str(before))
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO post_fts(rowid, title, body, tags) VALUES (7, :t, :b, '#Sehat')"),
            {"t": "Vaksinasi Café", "b": "Dinas Kesehatan"},
        )
    engine.dispose()
    db = open_database(path)
    try:
        with db.session() as session:
            assert store.search_ids(session, "aksin") == [7]
            assert store.search_ids(session, "cafe sehat") == [7]
    finally:
        db.close()
