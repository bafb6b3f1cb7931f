"""One narrative for every agency: the coordinator publishes a content pack, two agency
data folders adopt it (each in its own brand and approval) and sync, and the coordinator
sees both adoptions in its index and its monthly report."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import date
from pathlib import Path

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import load_profile, save_profile
from medsos_desktop.services.coordinator import CoordinatorService
from medsos_desktop.services.coordinator_publish import CoordinatorPublisher, pack_payload
from medsos_desktop.services.region_report import (
    build_report,
    posts_from_coordinator,
    region_data,
)
from medsos_desktop.services.shared_items import SharedItemsService
from medsos_desktop.services.sync import SyncService
from medsos_desktop.services.workspace import open_workspace
from medsos_desktop.sync.central import init_central
from medsos_desktop.sync.writer import Ed25519Signer


def _approve(workspace: object, post_id: int) -> None:
    """As the review service leaves a post after approval (PIN checks are tested there)."""
    from medsos_desktop.services.posts import PostService

    content = PostService(workspace.db).load(post_id).content  # type: ignore[attr-defined]
    from medsos_desktop.domain.posts import content_to_dict

    with workspace.db.engine.begin() as conn:  # type: ignore[attr-defined]
        conn.exec_driver_sql("UPDATE post SET status = 'approved' WHERE id = ?", (post_id,))
        conn.exec_driver_sql(
            "INSERT INTO post_revision (post_id, revision, content_json, approved_at) "
            "VALUES (?, 1, ?, '2026-11-08 09:00:00.000000')",
            (post_id, json.dumps(content_to_dict(content))),
        )


def test_two_agencies_adopt_a_pack_and_the_coordinator_sees_it(tmp_path: Path) -> None:
    central = tmp_path / "pusat"
    central.mkdir()
    init_central(central, "Kota Sukamaju")
    diskominfo = open_workspace(AppPaths(tmp_path / "diskominfo"), seed_demo=False)
    coordinator_key = Ed25519Signer.generate(uuid.uuid4().hex)
    pack = pack_payload(
        "Hari Pahlawan 2026",
        "Selamat Hari Pahlawan! Teladani semangat juang para pahlawan.",
        [Platform.INSTAGRAM, Platform.FACEBOOK],
        category=Category.UCAPAN_HARI_BESAR,
        hashtags=["#HariPahlawan2026"],
        due="2026-11-10",
    )
    published = CoordinatorPublisher(diskominfo.db).publish(
        central,
        coordinator_key,
        coordinator_key.public_key_bytes,
        "Diskominfo Kota Sukamaju",
        "Kota Sukamaju",
        "packs",
        "hari-pahlawan-2026",
        pack,
    )
    diskominfo.close()

    devices = {}
    for name, hashtag in (("Dinkes Sukamaju", "#SukamajuSehat"), ("Disdik Sukamaju", "#Cerdas")):
        workspace = open_workspace(AppPaths(tmp_path / name), seed_demo=False)
        try:
            save_profile(
                workspace.db,
                dataclasses.replace(
                    load_profile(workspace.db),
                    name=name,
                    short_name=name,
                    official_hashtags=(hashtag,),
                    confirmed=True,  # a real agency: a sample never reaches this folder
                ),
            )
            shared = SharedItemsService(workspace.db)
            assert shared.pull(central).new == 1
            post_id = shared.adopt_pack("hari-pahlawan-2026", actor=f"Admin {name}")
            _approve(workspace, post_id)
            signer = Ed25519Signer.generate(uuid.uuid4().hex)
            devices[name] = signer.device_id
            result = SyncService(workspace.db).run(
                central, signer, signer.public_key_bytes, f"PC {name}"
            )
            assert result.published == 1
        finally:
            workspace.close()

    with CoordinatorService(central, tmp_path / "diskominfo") as service:
        service.scan()
        for device_id in devices.values():
            service.decide(device_id, "trusted", "sidik jari dicocokkan lewat telepon")
        rows = service.revisions(limit=None, status="valid")
        adopted = {
            r.agency
            for r in rows
            if r.source_pack == published.outcome.path.removeprefix("shared/")
        }
        assert adopted == {"dinkes-sukamaju", "disdik-sukamaju"}
        posts, not_counted = posts_from_coordinator(service, date(2026, 11, 1), None)
        data = region_data(service, date(2026, 11, 1), None)
    report = build_report(
        posts,
        date(2026, 11, 1),
        region="Kota Sukamaju",
        agency=None,
        not_counted=not_counted,
        translate=lambda _c, t: t,
        pack_titles=data.pack_titles,
    )
    packs = next(s for s in report.sections if s.title == "Content packs adopted")
    # The pack by the title Diskominfo gave it, read back from the signed shared area.
    assert packs.table.rows == [["Hari Pahlawan 2026", 2, 2]]
