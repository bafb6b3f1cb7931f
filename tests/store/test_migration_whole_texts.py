"""Migration 0008: platform texts stored as bodies become the whole texts that were posted."""

from __future__ import annotations

from pathlib import Path

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.services.posts import PostService
from medsos_desktop.store.db import make_engine, migrate, open_database

BASE = "Vaksinasi HPV gratis di Puskesmas."


def _old_database(path: Path) -> None:
    """A database as 0007 left it: X and Threads bodies, tags appended only when copied."""
    engine = make_engine(path)
    migrate(engine, "0007_people")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO post (id, uuid, title, category, platforms, base_caption, hashtags, "
            "mentions, collaborators, status, revision, template_key, is_demo, created_at, "
            "updated_at) VALUES (1, 'u1', 'Vaksinasi', 'kegiatan', 'instagram,x,threads,facebook', "
            f"'{BASE}', '#SukamajuSehat #VaksinHPV', '@pemkot', '', 'draft', 1, '', 0, "
            "'2026-01-01', '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO post_variant (post_id, platform, caption) VALUES "
            "(1, 'x', 'Vaksin HPV gratis!'), "
            "(1, 'threads', 'Ayo vaksin #VaksinHPV'), "
            f"(1, 'facebook', '{BASE}  ')"
        )
    engine.dispose()


def _variants(path: Path) -> dict[str, str]:
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            return dict(
                conn.exec_driver_sql("SELECT platform, caption FROM post_variant").fetchall()
            )
    finally:
        engine.dispose()


def test_bodies_become_whole_texts_and_the_post_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "medsos.sqlite3"
    _old_database(path)
    db = open_database(path, backups_dir=tmp_path / "backups")
    try:
        content = PostService(db).load(1).content
    finally:
        db.close()
    assert _variants(path) == {
        "x": "Vaksin HPV gratis!\n\n@pemkot\n\n#SukamajuSehat #VaksinHPV",
        # A tag already in the text is not repeated, as before.
        "threads": "Ayo vaksin #VaksinHPV\n\n@pemkot\n\n#SukamajuSehat",
    }  # Facebook's "variant" was the base caption with trailing spaces: it follows again.
    assert content.final_caption(Platform.X) == (
        "Vaksin HPV gratis!\n\n@pemkot\n\n#SukamajuSehat #VaksinHPV"
    )
    assert not content.has_diverged(Platform.FACEBOOK)
    assert content.final_caption(Platform.INSTAGRAM) == (
        f"{BASE}\n\n@pemkot\n\n#SukamajuSehat #VaksinHPV"
    )


def test_downgrade_takes_the_added_tags_off_again(tmp_path: Path) -> None:
    path = tmp_path / "medsos.sqlite3"
    _old_database(path)
    engine = make_engine(path)
    migrate(engine, "0008_whole_platform_texts")
    from alembic import command
    from alembic.config import Config

    from medsos_desktop.store.db import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007_people")
    engine.dispose()
    assert _variants(path) == {"x": "Vaksin HPV gratis!", "threads": "Ayo vaksin #VaksinHPV"}
