"""The demo workspace: a sample agency and a few posts, so a first start is never empty."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from medsos_desktop.domain.brand import BrandKit, Palette
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, MediaRef, PostContent, Status, content_to_dict
from medsos_desktop.services.agency import AgencyProfile, save_profile
from medsos_desktop.store import posts as store
from medsos_desktop.store.blobs import put_blob
from medsos_desktop.store.models import PostRevision
from medsos_desktop.store.queries import demo as queries
from medsos_desktop.store.queries.agency import agency_row
from medsos_desktop.store.queries.brand import brand_kit_row

if TYPE_CHECKING:
    from PIL import Image

    from medsos_desktop.services.workspace import Workspace
    from medsos_desktop.store.db import Database
    from medsos_desktop.store.queries import Session

RGB = tuple[int, int, int]

DEMO_AGENCY = AgencyProfile(
    name="Dinas Kesehatan Kota Sukamaju",
    short_name="Dinkes Sukamaju",
    parent_government="Pemerintah Kota Sukamaju",
    handles={
        Platform.INSTAGRAM: "@dinkes.sukamaju",
        Platform.FACEBOOK: "Dinas Kesehatan Kota Sukamaju",
        Platform.X: "@dinkessukamaju",
        Platform.TIKTOK: "@dinkes.sukamaju",
        Platform.YOUTUBE: "@DinkesSukamaju",
        Platform.THREADS: "@dinkes.sukamaju",
    },
    official_hashtags=("#SukamajuSehat", "#PemkotSukamaju"),
    contacts=("(0266) 123456", "dinkes@sukamajukota.go.id"),
)


def _demo_image(top: RGB, bottom: RGB, seed: int) -> bytes:
    """A soft gradient with a few shapes: stands in for an event photo."""
    from PIL import Image, ImageDraw

    width, height = 1080, 1080
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / (height - 1)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    for i in range(6):
        r = 60 + (seed * 37 + i * 53) % 140
        x = (seed * 101 + i * 211) % width
        y = (seed * 67 + i * 149) % height
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 255), width=0)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _demo_posts(now: datetime) -> list[tuple[PostContent, Status, tuple[RGB, ...]]]:
    day = now.replace(hour=9, minute=0, second=0, microsecond=0)
    ig_fb_x = (Platform.INSTAGRAM, Platform.FACEBOOK, Platform.X)
    return [
        (
            PostContent(
                title="Vaksinasi HPV gratis untuk siswi kelas 5 dan 6 SD",
                category=Category.KEGIATAN,
                platforms=(*ig_fb_x, Platform.THREADS),
                base_caption=(
                    "Dinas Kesehatan Kota Sukamaju menggelar vaksinasi HPV gratis bagi siswi "
                    "kelas 5 dan 6 SD di seluruh Puskesmas, Senin–Jumat pukul 08.00–12.00 WIB. "
                    "💉\n\n"
                    "Vaksin HPV melindungi anak perempuan dari kanker serviks sejak dini. Ayah dan "
                    "Bunda, yuk dampingi putri tercinta! Bawa kartu pelajar dan buku KIA."
                ),
                # X's own whole text: shorter, with the two official hashtags only.
                variants={
                    Platform.X: (
                        "Vaksinasi HPV gratis utk siswi kelas 5–6 SD di semua Puskesmas, "
                        "Senin–Jumat 08.00–12.00 WIB. Lindungi putri kita dari kanker serviks 💉"
                        "\n\n#SukamajuSehat #PemkotSukamaju"
                    )
                },
                hashtags=("#SukamajuSehat", "#PemkotSukamaju", "#VaksinHPV"),
                mentions=("@pemkotsukamaju",),
                planned_at=day + timedelta(days=2),
            ),
            Status.DRAFT,
            ((220, 60, 90), (255, 170, 120)),
        ),
        (
            PostContent(
                title="Jadwal layanan Posyandu bulan Desember",
                category=Category.LAYANAN_PUBLIK,
                platforms=(Platform.INSTAGRAM, Platform.FACEBOOK),
                base_caption=(
                    "Catat jadwalnya! 📅 Posyandu di 12 kelurahan buka kembali mulai 1 Desember. "
                    "Layanan: penimbangan balita, imunisasi, pemeriksaan ibu hamil, dan konsultasi "
                    "gizi. Informasi lengkap: https://dinkes.sukamajukota.go.id/posyandu"
                ),
                hashtags=("#SukamajuSehat", "#PemkotSukamaju", "#Posyandu"),
                planned_at=day + timedelta(days=5),
            ),
            Status.SUBMITTED,
            ((40, 120, 200), (120, 210, 230)),
        ),
        (
            PostContent(
                title="Capaian imunisasi dasar lengkap 2026: 96,4%",
                category=Category.CAPAIAN_KINERJA,
                platforms=(Platform.INSTAGRAM, Platform.FACEBOOK, Platform.X, Platform.YOUTUBE),
                base_caption=(
                    "Alhamdulillah, cakupan imunisasi dasar lengkap Kota Sukamaju tahun 2026 "
                    "mencapai 96,4%, melampaui target nasional 95%. Terima kasih para kader, "
                    "bidan, dan orang tua hebat! 🙏"
                ),
                hashtags=("#SukamajuSehat", "#PemkotSukamaju"),
                planned_at=day + timedelta(days=1),
            ),
            Status.APPROVED,
            ((20, 140, 90), (160, 220, 120)),
        ),
        (
            PostContent(
                title="Klarifikasi: vaksin tidak mengandung chip",
                category=Category.KLARIFIKASI_HOAKS,
                platforms=ig_fb_x,
                base_caption=(
                    "[HOAKS] Beredar pesan berantai bahwa vaksin mengandung chip pelacak.\n\n"
                    "Faktanya: vaksin hanya berisi antigen, pelarut, dan zat penstabil yang telah "
                    "diuji BPOM. Tidak ada chip dalam vaksin.\n\nSumber: BPOM RI"
                ),
                hashtags=("#SukamajuSehat", "#LawanHoaks"),
                planned_at=day + timedelta(days=3),
            ),
            Status.CHANGES_REQUESTED,
            (),
        ),
        (
            PostContent(
                title="Selamat Hari Kesehatan Nasional ke-62",
                category=Category.UCAPAN_HARI_BESAR,
                platforms=(*ig_fb_x, Platform.TIKTOK),
                base_caption=(
                    "Selamat Hari Kesehatan Nasional ke-62! Generasi sehat, Indonesia kuat. "
                    "Mari jaga kesehatan diri, keluarga, dan lingkungan. 💚"
                ),
                hashtags=("#HKN2026", "#SukamajuSehat", "#PemkotSukamaju"),
                planned_at=datetime(now.year, 11, 12, 7, 0),
            ),
            Status.PUBLISHED,
            ((0, 150, 136), (200, 240, 220)),
        ),
        (
            PostContent(
                title="Pendaftaran kader kesehatan kelurahan",
                category=Category.PENGUMUMAN,
                platforms=(Platform.INSTAGRAM, Platform.FACEBOOK),
                base_caption=(
                    "Dibuka pendaftaran kader kesehatan untuk {lokasi}. Hubungi Bu Rina di "
                    "0812-3456-7890 untuk informasi."
                ),
                hashtags=("#PemkotSukamaju",),
            ),
            Status.DRAFT,
            (),
        ),
    ]


DEMO_PALETTE = Palette(
    primary="#0E7C66", secondary="#F4B400", accent="#D93025", text="#17202A", background="#FFFFFF"
)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def demo_agency_logo(size: int = 512) -> bytes:
    """A round health emblem: a ring and a cross, no lettering (no font needed)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([8, 8, size - 8, size - 8], fill=(14, 124, 102, 255))
    draw.ellipse([40, 40, size - 40, size - 40], outline=(255, 255, 255, 255), width=18)
    arm, thick = size * 0.26, size * 0.11
    c = size / 2
    draw.rounded_rectangle([c - thick, c - arm, c + thick, c + arm], radius=12, fill="white")
    draw.rounded_rectangle([c - arm, c - thick, c + arm, c + thick], radius=12, fill="white")
    return _png(image)


def demo_government_logo(size: int = 512) -> bytes:
    """A shield in gold and blue, standing in for a city's coat of arms."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    w = size
    shield = [
        (w * 0.15, w * 0.1),
        (w * 0.85, w * 0.1),
        (w * 0.85, w * 0.55),
        (w * 0.5, w * 0.92),
        (w * 0.15, w * 0.55),
    ]
    draw.polygon(shield, fill=(244, 180, 0, 255))
    inner = [
        (w * 0.22, w * 0.17),
        (w * 0.78, w * 0.17),
        (w * 0.78, w * 0.52),
        (w * 0.5, w * 0.83),
        (w * 0.22, w * 0.52),
    ]
    draw.polygon(inner, fill=(21, 67, 140, 255))
    draw.ellipse([w * 0.4, w * 0.28, w * 0.6, w * 0.48], fill=(244, 180, 0, 255))
    return _png(image)


def _seed_brand_kit(workspace: Workspace) -> None:
    from medsos_desktop.services.brand import BrandService

    brand = BrandService(workspace.db)
    kit = BrandKit(
        palette=DEMO_PALETTE,
        logo_agency=brand.import_logo(demo_agency_logo(), "logo-dinkes.png"),
        logo_government=brand.import_logo(demo_government_logo(), "lambang-kota.png"),
        footer_website="dinkes.sukamajukota.go.id",
        footer_hotline="Call Center 119",
        footer_address="Jl. Merdeka No. 10, Kota Sukamaju",
    )
    brand.save(kit)


def ensure_demo_workspace(workspace: Workspace) -> bool:
    """Seed a brand-new database once; an existing one is left alone (but for sample
    posts left in a real agency's workspace). True when the posts changed."""
    db = workspace.db
    with db.session() as session:
        has_agency = queries.agency_count(session)
        has_posts = queries.post_count(session)
    if has_agency or has_posts:
        return remove_leftover_sample(db) > 0
    # Pillow is loaded only for a brand-new workspace, not at every start.
    from medsos_desktop.render.images import import_image

    save_profile(db, DEMO_AGENCY)
    _seed_brand_kit(workspace)
    now = datetime.now()
    with db.transaction() as session:
        # Created last, shown first: the list opens on the richest example.
        for seed, (content, status, colours) in reversed(list(enumerate(_demo_posts(now)))):
            media: tuple[MediaRef, ...] = ()
            if colours:
                image = import_image(_demo_image(*colours, seed), "foto.jpg")
                digest = put_blob(session, image.data, image.mime)
                media = (
                    MediaRef(
                        digest,
                        f"foto-{seed + 1}.jpg",
                        "Foto ilustrasi kegiatan Dinas Kesehatan Kota Sukamaju",
                        image.width,
                        image.height,
                    ),
                )
            content = dataclasses.replace(content, media=media)
            post = store.create_post(session, content, status=status, is_demo=True, actor="demo")
            if status in (Status.APPROVED, Status.PUBLISHED):
                # As if approved in this app: the revision snapshot the outbox sends.
                session.add(
                    PostRevision(
                        post_id=post.id,
                        revision=post.revision,
                        content_json=json.dumps(content_to_dict(content), ensure_ascii=False),
                    )
                )
    return True


# -- from the sample to the real agency ---------------------------------------------

# The sample's footer: a brand kit still carrying it belongs to the sample, not to the
# agency that saved its profile over it (workspaces from before leave_sample existed).
_DEMO_FOOTER_WEBSITE = "dinkes.sukamajukota.go.id"


def is_sample_workspace(db: Database) -> bool:
    """Until the admin saves their own profile the workspace speaks for the sample agency:
    nothing in it may be signed or sent as a real agency."""
    from medsos_desktop.services.agency import load_profile

    return not load_profile(db).confirmed


def _remove_sample(session: Session) -> int:
    ids = queries.demo_post_ids(session)
    for post_id in ids:
        store.delete_post(session, post_id)
    kit = brand_kit_row(session)
    if kit is not None and kit.footer_website == _DEMO_FOOTER_WEBSITE:
        session.delete(kit)  # the real agency starts from an empty kit
    return len(ids)


def leave_sample(db: Database, profile: AgencyProfile) -> int:
    """The admin's real profile replaces the sample agency, in one transaction: the
    sample posts and the sample's brand kit go, the admin's own drafts stay. Returns how
    many sample posts were removed (the sample stays viewable: `sample_posts`)."""
    from medsos_desktop.services.agency import write_profile

    confirmed = dataclasses.replace(profile, confirmed=True)
    with db.transaction() as session:
        removed = _remove_sample(session)
        write_profile(session, confirmed)
    return removed


def remove_leftover_sample(db: Database) -> int:
    """A real workspace never contains a sample post: workspaces whose profile was saved
    before the sample was removed on saving lose the sample's posts and kit at open."""
    with db.session() as session:
        agency = agency_row(session)
        if agency is None or not agency.profile_confirmed:
            return 0
        leftover = queries.post_count(session, demo_only=True)
        kit = brand_kit_row(session)
        kit_footer = kit.footer_website if kit is not None else None
    if not leftover and kit_footer != _DEMO_FOOTER_WEBSITE:
        return 0
    with db.transaction() as session:
        return _remove_sample(session)


@dataclasses.dataclass(frozen=True)
class SamplePost:
    """A post of the sample workspace, as the read-only sample viewer shows it."""

    content: PostContent
    status: Status
    image: bytes | None


def sample_posts(now: datetime | None = None) -> list[SamplePost]:
    """The sample agency's posts, made fresh (nothing is read from or written to a
    workspace): what the admin can still look at after starting their own."""
    posts = []
    for seed, (content, status, colours) in enumerate(_demo_posts(now or datetime.now())):
        image = _demo_image(*colours, seed) if colours else None
        posts.append(SamplePost(content, status, image))
    return posts
