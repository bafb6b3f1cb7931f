"""The region's report from a real central folder: every agency in the folder is listed,
those without a post in the month with 0, and content packs by the title Diskominfo gave
them (read from the signed shared area), never by their folder names."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from coordinator_support import (
    DINKES,
    DISDIK,
    PC_DINKES,
    PC_DISDIK,
    REGION,
    age,
    make_central,
    publish,
    service,
    trust_all,
)

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category
from medsos_desktop.i18n import translator
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.coordinator_publish import CoordinatorPublisher, pack_payload
from medsos_desktop.services.region_report import coordinator_report
from medsos_desktop.services.workspace import open_workspace
from medsos_desktop.sync.writer import Ed25519Signer

NOVEMBER = date(2026, 11, 1)


def _tr(_context: str, text: str) -> str:
    return text


def test_agencies_without_posts_and_pack_titles(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)  # Dinkes, Disdik and Diskominfo have devices
    diskominfo = open_workspace(AppPaths(tmp_path / "diskominfo"), seed_demo=False)
    try:
        key = Ed25519Signer.generate(uuid.uuid4().hex)
        published = CoordinatorPublisher(diskominfo.db).publish(
            central,
            key,
            key.public_key_bytes,
            "Diskominfo Kota Sukamaju",
            REGION,
            "packs",
            "hkn-62",
            pack_payload(
                "Hari Kesehatan Nasional ke-62",
                "Selamat Hari Kesehatan Nasional!",
                [Platform.INSTAGRAM],
                category=Category.UCAPAN_HARI_BESAR,
            ),
        )
    finally:
        diskominfo.close()
    pack = published.outcome.path.removeprefix("shared/")
    publish(central, signers[PC_DINKES], DINKES, 1, sequence=1, source_pack=pack)
    publish(central, signers[PC_DINKES], DINKES, 2, sequence=2)
    # Disdik posted only in October: in November it has none, and must still be listed.
    publish(central, signers[PC_DISDIK], DISDIK, 9, sequence=1, planned="2026-10-20T08:00:00")
    age(central)
    coordinator = service(central, tmp_path / "data")
    try:
        coordinator.scan()
        trust_all(coordinator)
        report, data = coordinator_report(
            coordinator, NOVEMBER, region=REGION, agency=None, agency_name=None, translate=_tr
        )
        indonesian, _ = coordinator_report(
            coordinator,
            NOVEMBER,
            region=REGION,
            agency=None,
            agency_name=None,
            translate=translator("id"),
        )
    finally:
        coordinator.close()
    assert data.pack_titles == {"hkn-62": "Hari Kesehatan Nasional ke-62"}
    sections = {s.title: s for s in report.sections}
    rows = {row[0]: row[1] for row in sections["Posts by agency"].table.rows}
    assert rows["Dinkes Kota Sukamaju"] == 2
    assert rows["Disdik Kota Sukamaju"] == 0  # its name known from its October post
    assert sum(1 for name, posts in rows.items() if posts == 0) == 2  # and Diskominfo
    assert len(rows) == 3
    figures = {f.label: f for f in report.summary}
    assert figures["Agencies that posted"].value == 1
    assert figures["Agencies that posted"].note == "of 3 agencies"
    packs = sections["Content packs adopted"].table.rows
    assert packs == [["Hari Kesehatan Nasional ke-62", 1, 1]]
    assert "hkn-62" not in str(packs)
    # The coordinator's letterhead, from the central folder's coordinator record.
    assert report.letterhead is not None
    assert report.letterhead.name == "Diskominfo Kota Sukamaju"
    assert report.letterhead.parent == "Pemerintah Kota Sukamaju"
    words = {s.title for s in indonesian.sections}
    assert "Posting per perangkat daerah" in words and "Paket konten yang dipakai" in words
