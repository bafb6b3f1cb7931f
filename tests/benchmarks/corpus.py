"""Benchmark data: data folders full of realistic Indonesian government posts.

A data folder is created by the app's own store (`open_workspace`, which runs the
migrations and seeds the six demo posts), given a confirmed agency profile (someone
with 10,000 posts has long since filled in the welcome dialog, so the app must not
open it), and then topped up to the requested number of posts by the real
`store.posts.create_post` in one transaction: the same rows, variants, media, events
and FTS index entries the app writes, with no shortcut through raw SQL.

Posts are drawn from word lists of local-government PR vocabulary (vaccination,
posyandu, damaged roads, floods, ID-card services, regional tax, holiday greetings,
hoax clarifications) for the sub-districts of a Bandung-like city, with a fixed seed,
so every run stores the same corpus.

Used by `run.py`, normally in a child process (the parent must stay small, see
there): ``python tests/benchmarks/corpus.py DATA_DIR COUNT [--seed N]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from sqlalchemy import func, insert, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from medsos_desktop.domain.platforms import Platform  # noqa: E402
from medsos_desktop.domain.posts import Category, MediaRef, PostContent, Status  # noqa: E402
from medsos_desktop.paths import AppPaths  # noqa: E402
from medsos_desktop.services.agency import AgencyProfile, save_profile  # noqa: E402
from medsos_desktop.services.workspace import open_workspace  # noqa: E402
from medsos_desktop.store.models import (  # noqa: E402
    Blob,
    Media,
    Post,
    PostEvent,
    PostVariant,
    utcnow,
)
from medsos_desktop.store.posts import (  # noqa: E402
    create_post,
    index_posts,
    search_index_values,
)

DEFAULT_SEED = 20260101
ACTOR = "Admin Diskominfo"

AGENCY = AgencyProfile(
    name="Dinas Komunikasi dan Informatika Kota Bandung",
    short_name="Diskominfo Bandung",
    parent_government="Pemerintah Kota Bandung",
    handles={
        Platform.INSTAGRAM: "@diskominfobdg",
        Platform.FACEBOOK: "Diskominfo Kota Bandung",
        Platform.X: "@diskominfobdg",
        Platform.TIKTOK: "@diskominfobdg",
        Platform.YOUTUBE: "@DiskominfoBandung",
        Platform.THREADS: "@diskominfobdg",
    },
    official_hashtags=("#BandungJuara", "#PemkotBandung"),
    contacts=("(022) 4234793", "diskominfo@bandung.go.id"),
    confirmed=True,
)

KECAMATAN = (
    "Coblong", "Sukajadi", "Cicendo", "Andir", "Bojongloa Kaler", "Astanaanyar", "Regol",
    "Lengkong", "Bandung Wetan", "Sumur Bandung", "Cibeunying Kaler", "Kiaracondong",
    "Batununggal", "Buahbatu", "Rancasari", "Gedebage", "Cibiru", "Ujungberung", "Arcamanik",
    "Antapani", "Mandalajati", "Cidadap", "Sukasari", "Babakan Ciparay", "Bandung Kulon",
    "Bandung Kidul", "Panyileukan", "Cinambo", "Cibeunying Kidul", "Bojongloa Kidul",
)  # fmt: skip
KELURAHAN = (
    "Dago", "Lebakgede", "Sekeloa", "Cipaganti", "Sukaluyu", "Cihapit", "Citarum", "Merdeka",
    "Braga", "Kebon Pisang", "Cigadung", "Pasirlayung", "Antapani Kidul", "Cisaranten Kulon",
    "Margasari", "Sukamiskin", "Turangga", "Malabar", "Burangrang", "Paledang", "Ciumbuleuit",
    "Hegarmanah", "Sukagalih", "Pasteur", "Arjuna", "Garuda", "Dungus Cariang", "Kopo",
    "Situsaeur", "Cijerah",
)  # fmt: skip
JALAN = (
    "Jalan Soekarno-Hatta", "Jalan Ir. H. Juanda", "Jalan Pasteur", "Jalan Merdeka",
    "Jalan Asia Afrika", "Jalan Kiaracondong", "Jalan Terusan Jakarta", "Jalan Cibaduyut",
    "Jalan Setiabudi", "Jalan AH Nasution", "Jalan Gatot Subroto", "Jalan Kopo",
)  # fmt: skip
POSYANDU = ("Melati", "Mawar", "Anggrek", "Kenanga", "Dahlia", "Flamboyan", "Cempaka", "Teratai")
VAKSIN = ("campak rubela", "polio", "HPV", "DPT", "influenza", "booster COVID-19", "BCG")
SASARAN = (
    "balita", "siswa SD kelas 1", "siswi kelas 5 dan 6 SD", "lansia", "ibu hamil",
    "tenaga kesehatan", "warga usia 18 tahun ke atas",
)  # fmt: skip
TEMPAT = (
    "Puskesmas {kec}", "Posyandu {posyandu} RW {rw}", "Aula Kantor Kecamatan {kec}",
    "Balai Kota Bandung", "Taman Lansia", "Kantor Kelurahan {kel}", "SDN {rw} {kec}",
    "Mal Pelayanan Publik Kota Bandung",
)  # fmt: skip
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
MENTIONS = (
    "@pemkotbandung", "@humas_bandung", "@dinkeskotabandung", "@disdukcapil.bandung",
    "@bapenda.bandung", "@dpubandung", "@bpbd.kotabandung", "@polrestabesbdg",
)  # fmt: skip
COMMON_TAGS = ("#BandungJuara", "#PemkotBandung", "#KotaBandung", "#InfoBandung")
CLOSINGS = (
    "Informasi lebih lanjut hubungi call center 112 (bebas pulsa).",
    "Simak info lengkapnya di situs resmi Pemerintah Kota Bandung.",
    "Yuk, sebarkan informasi ini kepada keluarga dan tetangga!",
    "Terima kasih atas partisipasi dan dukungan warga Kota Bandung.",
    "Pantau terus akun resmi kami untuk informasi terbaru.",
    "Layanan ini gratis, tidak dipungut biaya apa pun.",
)


@dataclass(frozen=True)
class Topic:
    """One kind of post an agency writes again and again, with its vocabulary."""

    category: Category
    titles: tuple[str, ...]
    sentences: tuple[str, ...]
    hashtags: tuple[str, ...]
    alt_texts: tuple[str, ...] = ()


TOPICS: tuple[Topic, ...] = (
    Topic(
        Category.KEGIATAN,
        (
            "Vaksinasi {vaksin} untuk {sasaran} di {tempat}",
            "Imunisasi {vaksin} gratis di Kecamatan {kec}",
            "Pekan vaksinasi {vaksin} Kelurahan {kel}",
        ),
        (
            "Dinas Kesehatan menggelar vaksinasi {vaksin} bagi {sasaran} di {tempat}.",
            "Kegiatan berlangsung {hari}, {tanggal}, pukul {jam} WIB.",
            "Bawa KTP atau kartu keluarga serta buku KIA bagi balita.",
            "Vaksinasi gratis dan aman, petugas kesehatan siap melayani.",
            "Sebanyak {angka} warga Kelurahan {kel} sudah mendapatkan vaksin.",
            "Lindungi keluarga dari penyakit yang dapat dicegah dengan imunisasi.",
        ),
        ("#BandungSehat", "#AyoImunisasi", "#BIAN2026", "#DinkesBandung"),
        (
            "Petugas puskesmas menyuntikkan vaksin kepada seorang anak di {tempat}",
            "Antrean warga di meja pendaftaran vaksinasi Kelurahan {kel}",
        ),
    ),
    Topic(
        Category.KEGIATAN,
        (
            "Posyandu {posyandu} gelar penimbangan balita",
            "Kader Posyandu {posyandu} Kelurahan {kel} cegah stunting",
            "Pemberian makanan tambahan di Posyandu {posyandu}",
        ),
        (
            "Posyandu {posyandu} RW {rw} Kelurahan {kel} kembali membuka layanan penimbangan"
            " dan pengukuran tinggi badan balita.",
            "Para kader posyandu juga memberikan penyuluhan gizi seimbang kepada orang tua.",
            "Pemberian makanan tambahan berupa telur, susu, dan kacang hijau dibagikan gratis.",
            "Ayo rutin ke posyandu setiap bulan untuk memantau tumbuh kembang si kecil.",
            "Kegiatan posyandu digelar setiap {hari} minggu kedua, pukul {jam} WIB.",
        ),
        ("#CegahStunting", "#PosyanduAktif", "#BandungSehat"),
        ("Kader posyandu menimbang balita di Posyandu {posyandu} RW {rw}",),
    ),
    Topic(
        Category.LAYANAN_PUBLIK,
        (
            "Laporkan jalan rusak di sekitar Anda",
            "Perbaikan jalan rusak di {jalan}",
            "Penambalan lubang {jalan} Kecamatan {kec}",
        ),
        (
            "Dinas Sumber Daya Air dan Bina Marga memperbaiki jalan rusak di {jalan},"
            " Kecamatan {kec}.",
            "Pengerjaan dilakukan pada malam hari untuk mengurangi kemacetan.",
            "Pengendara diimbau berhati-hati dan mengikuti arahan petugas di lapangan.",
            "Warga dapat melaporkan jalan rusak dan berlubang melalui aplikasi SAMPURASUN.",
            "Sepanjang {angka} meter jalan telah selesai diaspal ulang.",
        ),
        ("#BandungMulus", "#InfrastrukturBandung", "#LaporJalanRusak"),
        ("Alat berat mengaspal ulang ruas {jalan} pada malam hari",),
    ),
    Topic(
        Category.PENGUMUMAN,
        (
            "Siaga banjir di Kelurahan {kel}",
            "Posko pengungsian banjir Kecamatan {kec}",
            "Waspada banjir dan longsor saat musim hujan",
        ),
        (
            "Hujan deras sejak sore menyebabkan banjir setinggi {angka} cm di Kelurahan {kel}.",
            "BPBD Kota Bandung telah mendirikan posko pengungsian di {tempat}.",
            "Warga diimbau tidak membuang sampah ke sungai dan selokan.",
            "Petugas gabungan membersihkan saluran air agar banjir cepat surut.",
            "Dalam keadaan darurat hubungi Command Center 112.",
        ),
        ("#BandungBebasBanjir", "#SiagaBencana", "#BPBDKotaBandung"),
        ("Petugas BPBD mengevakuasi warga dengan perahu karet di Kelurahan {kel}",),
    ),
    Topic(
        Category.LAYANAN_PUBLIK,
        (
            "Pelayanan KTP elektronik keliling di Kecamatan {kec}",
            "Pelayanan KTP dan KK di Mal Pelayanan Publik",
            "Jadwal perekaman KTP-el untuk pemilih pemula",
        ),
        (
            "Disdukcapil membuka pelayanan perekaman KTP elektronik di {tempat}.",
            "Pelayanan KTP, kartu keluarga, dan akta kelahiran tidak dipungut biaya.",
            "Warga cukup membawa fotokopi kartu keluarga dan surat pengantar RT/RW.",
            "Pelayanan dibuka {hari}, {tanggal}, mulai pukul {jam} WIB dengan kuota {angka} orang.",
            "Cetak KTP-el kini bisa selesai di kantor kecamatan dalam satu hari.",
        ),
        ("#DukcapilBandung", "#PelayananPublik", "#KTPel"),
        ("Warga antre perekaman KTP elektronik di {tempat}",),
    ),
    Topic(
        Category.PENGUMUMAN,
        (
            "Batas akhir pembayaran pajak daerah PBB-P2",
            "Diskon denda pajak daerah hingga {bulan}",
            "Bayar pajak daerah lebih mudah lewat QRIS",
        ),
        (
            "Bapenda Kota Bandung mengingatkan batas akhir pembayaran PBB-P2 jatuh pada {tanggal}.",
            "Pembayaran pajak daerah dapat dilakukan melalui bank, minimarket, dan QRIS.",
            "Pajak yang Anda bayarkan kembali untuk pembangunan jalan, sekolah, dan puskesmas.",
            "Program penghapusan denda pajak daerah berlaku sampai akhir bulan {bulan}.",
            "Realisasi pajak daerah tahun ini telah mencapai {persen} persen dari target.",
        ),
        ("#BayarPajak", "#PajakUntukPembangunan", "#BapendaBandung"),
    ),
    Topic(
        Category.CAPAIAN_KINERJA,
        (
            "Capaian imunisasi {vaksin} Kecamatan {kec} capai {persen} persen",
            "Angka stunting Kota Bandung turun",
            "{angka} ruas jalan rusak selesai diperbaiki",
        ),
        (
            "Capaian ini berkat kerja keras kader, tenaga kesehatan, dan dukungan warga.",
            "Pemerintah Kota Bandung menargetkan seluruh kelurahan bebas stunting.",
            "Terima kasih kepada warga Kecamatan {kec} yang telah berpartisipasi.",
            "Data capaian diperbarui setiap bulan di portal Satu Data Bandung.",
        ),
        ("#CapaianKinerja", "#BandungMaju", "#SatuDataBandung"),
    ),
    Topic(
        Category.KLARIFIKASI_HOAKS,
        (
            "[HOAKS] Pesan berantai pendaftaran bantuan sosial",
            "Klarifikasi: tidak ada pungutan biaya pembuatan KTP",
            "[HOAKS] Vaksin {vaksin} menyebabkan kemandulan",
        ),
        (
            "Beredar pesan berantai di WhatsApp yang mengatasnamakan Pemerintah Kota Bandung.",
            "Informasi tersebut adalah hoaks dan tidak dapat dipertanggungjawabkan.",
            "Jangan memberikan NIK, nomor KK, atau kode OTP kepada pihak mana pun.",
            "Pastikan informasi hanya dari kanal resmi pemerintah.",
            "Saring sebelum sharing, bijak bermedia sosial.",
        ),
        ("#LawanHoaks", "#BijakBersosmed", "#CekFakta"),
    ),
    Topic(
        Category.UCAPAN_HARI_BESAR,
        (
            "Selamat Hari Raya Idulfitri 1447 H",
            "Dirgahayu Republik Indonesia ke-81",
            "Selamat Hari Kesehatan Nasional",
            "Selamat Hari Natal dan Tahun Baru",
            "Selamat Hari Guru Nasional",
            "Selamat Hari Jadi Kota Bandung",
        ),
        (
            "Keluarga besar Pemerintah Kota Bandung mengucapkan selamat kepada seluruh warga.",
            "Mari jadikan momentum ini untuk mempererat persaudaraan dan kebersamaan.",
            "Semoga Kota Bandung semakin maju, sejahtera, dan juara.",
        ),
        ("#HariBesar", "#BandungBersatu", "#Dirgahayu"),
    ),
    Topic(
        Category.KOLABORASI,
        (
            "Kolaborasi bersama PKK Kecamatan {kec}",
            "Kerja bakti bersama warga Kelurahan {kel}",
            "Gerakan bersih sungai bersama komunitas",
        ),
        (
            "Pemerintah Kota Bandung berkolaborasi dengan TP PKK dan komunitas warga.",
            "Kerja bakti membersihkan saluran air dan sungai digelar {hari}, {tanggal}.",
            "Sebanyak {angka} relawan ikut serta dalam gerakan ini.",
            "Bersama kita wujudkan lingkungan yang bersih dan sehat.",
        ),
        ("#GerakanBersihBandung", "#KangPisMan", "#BandungJuara"),
        ("Warga dan relawan membersihkan sungai di Kelurahan {kel}",),
    ),
)

PLATFORM_WEIGHTS: tuple[tuple[Platform, float], ...] = (
    (Platform.INSTAGRAM, 0.95),
    (Platform.FACEBOOK, 0.75),
    (Platform.X, 0.6),
    (Platform.TIKTOK, 0.3),
    (Platform.YOUTUBE, 0.1),
    (Platform.THREADS, 0.3),
)
STATUS_WEIGHTS: tuple[tuple[Status, int], ...] = (
    (Status.DRAFT, 25),
    (Status.SUBMITTED, 8),
    (Status.CHANGES_REQUESTED, 4),
    (Status.APPROVED, 8),
    (Status.SYNCED, 5),
    (Status.PUBLISHED, 45),
    (Status.ARCHIVED, 5),
)


class PostFactory:
    """Random but reproducible posts: the same seed gives the same corpus."""

    def __init__(self, seed: int, now: datetime, media_sha256: str | None) -> None:
        self.rng = random.Random(seed)
        self.now = now.replace(second=0, microsecond=0)
        self.media_sha256 = media_sha256
        self._statuses = [s for s, _ in STATUS_WEIGHTS]
        self._status_weights = [w for _, w in STATUS_WEIGHTS]

    def _fields(self) -> dict[str, str]:
        rng = self.rng
        day = self.now + timedelta(days=rng.randint(-365, 365))
        fields = {
            "kec": rng.choice(KECAMATAN),
            "kel": rng.choice(KELURAHAN),
            "jalan": rng.choice(JALAN),
            "posyandu": rng.choice(POSYANDU),
            "vaksin": rng.choice(VAKSIN),
            "sasaran": rng.choice(SASARAN),
            "rw": f"{rng.randint(1, 15):02d}",
            "hari": HARI[day.weekday()],
            "tanggal": f"{day.day} {BULAN[day.month - 1]} {day.year}",
            "bulan": BULAN[day.month - 1],
            "jam": f"{rng.randint(7, 15):02d}.00",
            "angka": str(rng.choice((12, 25, 40, 85, 120, 250, 500, 1200, 3400))),
            "persen": f"{rng.randint(60, 99)},{rng.randint(0, 9)}",
        }
        fields["tempat"] = rng.choice(TEMPAT).format(**fields)
        return fields

    def make(self) -> tuple[PostContent, Status]:
        """One post and the workflow status it is stored with."""
        rng = self.rng
        topic = rng.choice(TOPICS)
        fields = self._fields()
        title = rng.choice(topic.titles).format(**fields)
        sentences = rng.sample(topic.sentences, k=rng.randint(2, min(4, len(topic.sentences))))
        if rng.random() < 0.7:
            sentences.append(rng.choice(CLOSINGS))
        base = " ".join(s.format(**fields) for s in sentences)
        if rng.random() < 0.5:  # a paragraph break, as admins write them
            first, _, rest = base.partition(". ")
            base = f"{first}.\n\n{rest}" if rest else base

        platforms = tuple(p for p, w in PLATFORM_WEIGHTS if rng.random() < w) or (
            Platform.INSTAGRAM,
        )
        variants: dict[Platform, str] = {}
        if Platform.X in platforms and rng.random() < 0.3:
            variants[Platform.X] = sentences[0].format(**fields)  # shortened for X
        if Platform.TIKTOK in platforms and rng.random() < 0.2:
            variants[Platform.TIKTOK] = f"{title} 👇\n\n{base}"

        tags = [*rng.sample(COMMON_TAGS, k=rng.randint(1, 2))]
        tags += rng.sample(topic.hashtags, k=rng.randint(1, len(topic.hashtags)))
        mentions = tuple(rng.sample(MENTIONS, k=rng.choice((0, 0, 1, 2))))
        collaborators = (rng.choice(MENTIONS),) if topic.category is Category.KOLABORASI else ()

        media: tuple[MediaRef, ...] = ()
        if self.media_sha256 and topic.alt_texts and rng.random() < 0.6:
            media = tuple(
                MediaRef(
                    self.media_sha256,
                    f"foto-{i + 1}.jpg",
                    rng.choice(topic.alt_texts).format(**fields),
                    1080,
                    1080,
                )
                for i in range(rng.randint(1, 3))
            )

        status = rng.choices(self._statuses, weights=self._status_weights)[0]
        planned_at: datetime | None = None
        if status is not Status.DRAFT or rng.random() < 0.6:
            planned_at = (self.now + timedelta(days=rng.randint(-365, 365))).replace(
                hour=rng.randint(7, 20), minute=rng.choice((0, 15, 30, 45))
            )
        content = PostContent(
            title=title,
            category=topic.category,
            platforms=platforms,
            base_caption=base,
            variants=variants,
            hashtags=tuple(tags),
            mentions=mentions,
            collaborators=collaborators,
            planned_at=planned_at,
            media=media,
        )
        return content, status


def bulk_insert_posts(session: Session, posts: Iterable[tuple[PostContent, Status]]) -> None:
    """Insert posts with one executemany per table: the rows `store.posts.create_post` writes.

    `create_post` costs about 1 ms a post (two flushes, a lazy load of the variants, two
    FTS statements), so 100,000 posts would take about two minutes, more than the whole
    benchmark may. This writes the same columns, computed the same way as
    `store.posts.apply_content`, `reindex_post` and `record_event` do, through SQLAlchemy
    Core (so dates are stored in the same format) and `index_posts`. Checked
    when written: for one seed, both ways store identical post, post_variant, media,
    post_event and post_fts rows, uuids and timestamps apart. Keep it in step with those
    functions when they change.
    """
    first_id = (session.scalar(select(func.max(Post.id))) or 0) + 1
    now = utcnow()
    post_rows: list[dict[str, object]] = []
    variant_rows: list[dict[str, object]] = []
    media_rows: list[dict[str, object]] = []
    event_rows: list[dict[str, object]] = []
    fts_rows: list[dict[str, object]] = []
    for post_id, (content, status) in enumerate(posts, start=first_id):
        post_rows.append(
            {
                "id": post_id,
                "uuid": str(uuid.uuid4()),
                "title": content.title,
                "category": content.category.value,
                "platforms": ",".join(p.value for p in content.platforms),
                "base_caption": content.base_caption,
                "hashtags": " ".join(content.hashtags),
                "mentions": " ".join(content.mentions),
                "collaborators": " ".join(content.collaborators),
                "planned_at": content.planned_at,
                "status": status.value,
                "revision": 1,
                "template_key": content.template_key,
                "is_demo": False,
                "created_at": now,
                "updated_at": now,
            }
        )
        variant_rows += [
            {"post_id": post_id, "platform": platform.value, "caption": caption}
            for platform, caption in content.variants.items()
            if caption != content.base_caption
        ]
        media_rows += [
            {
                "post_id": post_id,
                "position": position,
                "blob_sha256": ref.sha256,
                "filename": ref.filename,
                "alt_text": ref.alt_text,
                "width": ref.width,
                "height": ref.height,
            }
            for position, ref in enumerate(content.media)
        ]
        event_rows.append(
            {
                "post_id": post_id,
                "at": now,
                "actor": ACTOR,
                "from_status": "",
                "to_status": status.value,
                "revision": 1,
                "comment": "created",
            }
        )
        fts_rows.append(search_index_values(post_id, content))
    for table, rows in (
        (Post.__table__, post_rows),
        (PostVariant.__table__, variant_rows),
        (Media.__table__, media_rows),
        (PostEvent.__table__, event_rows),
    ):
        if rows:
            session.execute(insert(table), rows)
    index_posts(session, fts_rows)  # the search indexes, as reindex_post writes them


def build_data_dir(
    data_dir: Path, total_posts: int, seed: int = DEFAULT_SEED, *, bulk: bool = False
) -> int:
    """Create `data_dir` with the app's store and fill it to `total_posts` posts in all.

    `bulk` writes through `bulk_insert_posts` instead of `create_post` (for 100,000 posts).
    Returns the number of posts stored (the six demo posts count towards the total).
    """
    workspace = open_workspace(AppPaths(data_dir))  # migrations + demo workspace
    try:
        save_profile(workspace.db, AGENCY)
        with workspace.db.session() as session, session.begin():
            existing = session.scalar(select(func.count()).select_from(Post)) or 0
            media_sha256 = session.scalar(select(Blob.sha256).limit(1))  # a demo photo
            factory = PostFactory(seed, datetime.now(), media_sha256)
            wanted = max(0, total_posts - existing)
            if bulk:
                bulk_insert_posts(session, (factory.make() for _ in range(wanted)))
            else:
                for done in range(wanted):
                    content, status = factory.make()
                    create_post(session, content, status=status, actor=ACTOR)
                    if done % 1000 == 999:
                        # Keep the identity map small: 100,000 live objects slow every flush.
                        session.flush()
                        session.expunge_all()
        with workspace.db.session() as session:
            return session.scalar(select(func.count()).select_from(Post)) or 0
    finally:
        workspace.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="folder to create (must not exist yet)")
    parser.add_argument("count", type=int, help="number of posts stored in all")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--bulk", action="store_true", help="executemany instead of create_post (fast, 100k)"
    )
    args = parser.parse_args(argv)
    if args.data_dir.exists():
        parser.error(f"{args.data_dir} already exists")
    started = time.perf_counter()
    stored = build_data_dir(args.data_dir, args.count, args.seed, bulk=args.bulk)
    print(f"stored {stored} {time.perf_counter() - started:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
