"""A real workspace with a realistic month for the agency report: ~30 published posts in
November 2026 and a smaller October, the brand kit with a logo and address, the head of
office as a reviewer with a NIP, and the admin. Used by the report tests and by hand
(`python -m tests.services.report_month DIR` writes laporan.pdf and laporan.xlsx)."""

from __future__ import annotations

import datetime as dt
import random
import sys
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import select

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, MediaRef, PostContent, Status
from medsos_desktop.domain.review import ReviewerRole
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import AgencyProfile, save_profile
from medsos_desktop.services.brand import BrandService
from medsos_desktop.services.metrics import MetricsService
from medsos_desktop.services.people import PeopleService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import ReviewService
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.store.models import Post

AGENCY = "Dinas Kesehatan Kota Sukamaju"
HEAD = ("dr. Ratna Wulandari, M.Kes.", "Kepala Dinas Kesehatan Kota Sukamaju", "197803152005012003")
ADMIN = "Rina Marlina"

TITLES = [
    "Imunisasi anak sekolah di SDN 3 Sukamaju",
    "Jadwal posyandu balita pekan ini",
    "Hari Kesehatan Nasional ke-62",
    "Cegah demam berdarah dengan 3M Plus",
    "Layanan puskesmas buka hari Sabtu",
    "Donor darah bersama PMI Kota Sukamaju",
    "Senam sehat lansia di alun-alun",
    "Cek kesehatan gratis untuk pengemudi ojek",
    "Pencegahan stunting sejak kehamilan",
    "Kunjungan Wali Kota ke RSUD Sukamaju",
]
PLATFORMS = [
    (Platform.INSTAGRAM, Platform.FACEBOOK, Platform.X),
    (Platform.INSTAGRAM, Platform.FACEBOOK),
    (Platform.INSTAGRAM, Platform.TIKTOK, Platform.FACEBOOK, Platform.YOUTUBE),
    (Platform.INSTAGRAM,),
    (Platform.FACEBOOK, Platform.X, Platform.THREADS),
]
CATEGORIES = [
    Category.KEGIATAN,
    Category.PENGUMUMAN,
    Category.LAYANAN_PUBLIK,
    Category.UCAPAN_HARI_BESAR,
]


def _photo(seed: int) -> bytes:
    rng = random.Random(seed)
    image = Image.new("RGB", (480, 480), (rng.randrange(40, 200), rng.randrange(80, 220), 160))
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randrange(0, 400), rng.randrange(0, 400)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x, y, x + 90, y + 90), fill=colour)
    out = BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _logo() -> bytes:
    image = Image.new("RGBA", (300, 360), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(150, 0), (300, 60), (280, 260), (150, 360), (20, 260), (0, 60)], (11, 92, 173))
    draw.ellipse((90, 110, 210, 230), fill=(242, 183, 5))
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _publish(
    ws: Workspace,
    metrics: MetricsService,
    index: int,
    day: dt.datetime,
    scale: float,
) -> int:
    rng = random.Random(index)
    platforms = PLATFORMS[index % len(PLATFORMS)]
    media: tuple[MediaRef, ...] = ()
    if index % 4 != 3:
        media = (PostService(ws.db).import_image_bytes(_photo(index), f"foto-{index}.jpg"),)
    post_id = PostService(ws.db).create(
        PostContent(
            title=f"{TITLES[index % len(TITLES)]} ({index + 1})",
            category=CATEGORIES[index % len(CATEGORIES)],
            platforms=platforms,
            base_caption=TITLES[index % len(TITLES)],
            planned_at=day,
            media=media,
        )
    )
    with ws.db.session() as session, session.begin():
        session.get(Post, post_id).status = Status.SYNCED.value  # type: ignore[union-attr]
    late = dt.timedelta(days=1) if index % 7 == 5 else dt.timedelta(minutes=15)
    links = {
        platform: {
            Platform.INSTAGRAM: f"https://www.instagram.com/p/DK{index:05d}xyz/",
            Platform.FACEBOOK: f"https://www.facebook.com/dinkes/posts/{900 + index}",
            Platform.X: f"https://x.com/dinkes/status/{190000 + index}",
            Platform.TIKTOK: f"https://www.tiktok.com/@dinkes/video/{7350000000000000000 + index}",
            Platform.YOUTUBE: f"https://www.youtube.com/watch?v=abcdefg{index:04d}",
            Platform.THREADS: f"https://www.threads.net/@dinkes/post/C{index:05d}",
        }[platform]
        for platform in platforms
    }
    metrics.mark_published(post_id, links, day + late)
    for platform in platforms:
        reach = int(rng.randrange(300, 6000) * scale)
        metrics.record_manual(
            post_id,
            platform,
            {
                "reach": reach,
                "impressions": int(reach * 1.4),
                "likes": int(reach * rng.uniform(0.02, 0.09)),
                "comments": rng.randrange(0, 40),
                "shares": rng.randrange(0, 30),
                "saves": rng.randrange(0, 20),
            },
        )
    return post_id


def build_month(ws: Workspace, posts: int = 30, analysis: bool = True) -> MetricsService:
    """November 2026 with `posts` published posts, October with fewer and smaller figures."""
    save_profile(
        ws.db,
        AgencyProfile(
            name=AGENCY,
            short_name="Dinkes",
            parent_government="Pemerintah Kota Sukamaju",
            confirmed=True,
        ),
    )
    brand = BrandService(ws.db)
    kit = brand.set_logo("logo_government", _logo(), "lambang.png")
    from dataclasses import replace

    brand.save(
        replace(
            kit,
            footer_address="Jl. Merdeka No. 12, Sukamaju 40111",
            footer_website="dinkes.kotasukamaju.go.id",
            footer_hotline="(022) 123 4567",
        )
    )
    PeopleService(ws.db).save_admin(ADMIN, "Pengelola Media Sosial")
    ReviewService(ws.db).add_reviewer(
        HEAD[0], ReviewerRole.KEPALA_DINAS, "482915", jabatan=HEAD[1], nip=HEAD[2]
    )
    metrics = MetricsService(ws.db, actor=ADMIN)
    for index in range(posts):
        day = dt.datetime(2026, 11, 1, 9) + dt.timedelta(days=index * 29 // max(posts, 1))
        _publish(ws, metrics, index, day, 1.0)
    for index in range(posts // 2):
        day = dt.datetime(2026, 10, 2, 9) + dt.timedelta(days=index * 2)
        _publish(ws, metrics, 1000 + index, day, 0.7)
    if analysis:
        metrics.save_report_note(
            dt.date(2026, 11, 1),
            "Jangkauan naik karena unggahan Hari Kesehatan Nasional dibagikan ulang oleh akun "
            "Pemkot. Video TikTok memberi interaksi tertinggi; bulan depan kami menambah "
            "video pendek tentang layanan puskesmas.",
        )
    return metrics


REGION_AGENCIES = [
    ("dinkes", "Dinas Kesehatan"),
    ("disdik", "Dinas Pendidikan dan Kebudayaan"),
    ("dishub", "Dinas Perhubungan"),
    ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    ("bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("kec-sukamaju-utara", "Kecamatan Sukamaju Utara"),
    ("kec-sukamaju-selatan", "Kecamatan Sukamaju Selatan"),
    ("dinsos", ""),  # a device file, no post read yet: its slug is all the folder gives
]
PACKS = {
    "hkn-62": "Hari Kesehatan Nasional ke-62",
    "hari-pahlawan-2026": "Hari Pahlawan 2026",
    "hari-guru-2026": "Hari Guru Nasional 2026",
}


def region_posts() -> list[object]:
    """A month of the region as the coordinator's index gives it (posts per agency, some
    adopted from content packs, a few approved late); two agencies did not post."""
    from medsos_desktop.services.region_report import ReportPost

    rng = random.Random(7)
    posts = []
    counts = [9, 7, 4, 3, 2, 1, 0, 0]
    categories = ["kegiatan", "pengumuman", "layanan_publik", "ucapan_hari_besar"]
    platform_sets = [("instagram", "facebook"), ("instagram", "x", "facebook"), ("tiktok",)]
    for (slug, name), count in zip(REGION_AGENCIES, counts, strict=True):
        for index in range(count):
            day = 1 + rng.randrange(28)
            planned = f"2026-11-{day:02d}T09:00:00"
            approved_day = day - 1 if rng.random() < 0.8 else day + 1
            approved = f"2026-11-{max(1, min(30, approved_day)):02d}T15:00:00"
            pack = ""
            if index % 3 == 0:
                pack = f"packs/{list(PACKS)[(index // 3 + len(slug)) % len(PACKS)]}/r1"
            posts.append(
                ReportPost(
                    slug,
                    name,
                    f"Posting {index + 1} {name}",
                    categories[(index + len(slug)) % len(categories)],
                    platform_sets[index % len(platform_sets)],
                    planned,
                    approved,
                    pack,
                )
            )
    return posts


def main(folder: str) -> None:  # pragma: no cover - by hand
    import time

    from medsos_desktop.i18n import translator

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    ws = open_workspace(AppPaths(target / "data"), seed_demo=False)
    try:
        with ws.db.session() as session:
            empty = session.scalar(select(Post.id).limit(1)) is None
        metrics = build_month(ws) if empty else MetricsService(ws.db, actor=ADMIN)
        tx = translator("id")
        for kind in ("pdf", "xlsx"):
            start = time.perf_counter()
            path = metrics.export_agency_report(
                dt.date(2026, 11, 1),
                target / f"laporan.{kind}",
                kind,
                tx,
                generated_at=dt.datetime(2026, 12, 2, 9),
            )
            took = time.perf_counter() - start
            print(f"{path} {path.stat().st_size} bytes {took:.2f} s")
    finally:
        ws.close()
    from medsos_desktop.render.report import Letterhead
    from medsos_desktop.services.region_report import HeldBack, build_report, write_report

    region = build_report(
        region_posts(),  # type: ignore[arg-type]
        dt.date(2026, 11, 1),
        region="Kota Sukamaju",
        agency=None,
        translate=tx,
        generated_at=dt.datetime(2026, 12, 2, 9),
        held_back=[
            HeldBack("dishub", "Dinas Perhubungan", "p-9", "Uji emisi", 1, ((2, "pending"),)),
            HeldBack(
                "bappeda",
                "Badan Perencanaan Pembangunan Daerah",
                "p-7",
                "Musrenbang",
                None,
                ((1, "untrusted"),),
            ),
        ],
        last_full_check=dt.datetime(2026, 11, 30, 1, 15, tzinfo=dt.UTC),
        agencies=REGION_AGENCIES,
        pack_titles=PACKS,
        letterhead=Letterhead(
            "Dinas Komunikasi dan Informatika",
            "Pemerintah Kota Sukamaju",
            "Jl. Merdeka No. 1, Sukamaju 40111",
            "diskominfo.sukamajukota.go.id",
        ),
    )
    for kind in ("pdf", "xlsx"):
        write_report(region, target / f"wilayah.{kind}", tx, "id")
        print(target / f"wilayah.{kind}", (target / f"wilayah.{kind}").stat().st_size, "bytes")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1])
