"""The approval sheet as a head of office gets it: a real multi-page PDF whose text can be
read back (pdftotext), and page 1 as PNG. Real workspace, real Pillow images, real fpdf2."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest
from PIL import Image

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.domain.review import ReviewerRole
from medsos_desktop.i18n import translator
from medsos_desktop.render.approval_sheet import (
    A4_150DPI,
    LABELS,
    caption_changes,
    roman_month,
    sheet_number,
)
from medsos_desktop.services.agency import load_profile, save_profile
from medsos_desktop.services.people import PeopleService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import ReviewService
from medsos_desktop.services.workspace import Workspace
from tests.render.real_photos import phone_photo

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler) not installed")

# Words only, long enough to need many lines: every one of them must be on the sheet.
LONG = (
    "Bulan Imunisasi Anak Nasional sudah dimulai. "
    + " ".join(f"Kalimat{n} tentang jadwal posyandu kelurahan nomor {n}." for n in range(60))
    + " Penutup-terakhir-kalimat."
)
X_TEXT = "Versi pendek untuk X: bawa anak ke posyandu #SukamajuSehat"


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        [str(PDFTOTEXT), "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def _words(text: str) -> str:
    return " ".join(text.split())


def _without_footers(flat: str) -> str:
    """The text as one flow: each page's footer (number, note, page x of y) taken out."""
    footer = _words(translator("id")("ApprovalSheet", LABELS["footer"]))
    flat = flat.replace(footer + " ", "").replace(footer, "")
    return re.sub(r"LP-\S+ (?:Halaman \d+ dari \d+ ?)?", "", flat)


@cache
def _jpeg(seed: int, size: tuple[int, int] = (1200, 900)) -> bytes:
    out = io.BytesIO()
    phone_photo(*size, seed=seed).save(out, "JPEG", quality=80)
    return out.getvalue()


def _post(workspace: Workspace, images: int, base: str = LONG) -> int:
    db = workspace.db
    save_profile(
        db,
        dataclasses.replace(
            load_profile(db),
            name="Dinas Kesehatan Kota Sukamaju",
            short_name="Dinkes",
            parent_government="Pemerintah Kota Sukamaju",
        ),
    )
    PeopleService(db).save_admin("Rina Marlina", "Pranata Humas")
    posts = PostService(db, actor="Rina Marlina")
    media = tuple(
        dataclasses.replace(
            posts.import_image_bytes(_jpeg(i), f"foto{i}.jpg"), alt_text=f"Foto kegiatan ke-{i}"
        )
        for i in range(images)
    )
    content = PostContent(
        title="Bulan Imunisasi Anak Nasional",
        category=Category.LAYANAN_PUBLIK,
        platforms=(Platform.INSTAGRAM, Platform.FACEBOOK, Platform.X, Platform.THREADS),
        base_caption=base,
        hashtags=("#SukamajuSehat",),
        planned_at=datetime(2026, 12, 7, 9, 0),
        media=media,
    )
    post_id = posts.create(content)
    stored = posts.load(post_id).content
    posts.save(post_id, stored.with_platform_text(Platform.X, X_TEXT))
    posts.change_status(post_id, Status.SUBMITTED)
    return post_id


@needs_pdftotext
def test_sheet_holds_every_caption_whole_once_with_title_number_findings_and_signature(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    reviews = ReviewService(empty_workspace.db)
    reviews.add_reviewer(
        "dr. Andi Suryani",
        ReviewerRole.KEPALA_DINAS,
        "246810",
        jabatan="Kepala Dinas Kesehatan",
        nip="197203151998032004",
    )
    post_id = _post(empty_workspace, images=1)
    files = reviews.approval_sheet_files(post_id, translator("id"))
    text = _text(files.pdf, tmp_path)
    flat = _words(text)

    assert "LEMBAR PERSETUJUAN PUBLIKASI KONTEN MEDIA SOSIAL" in flat
    assert f"Nomor: LP-{post_id}/DINKES/" in flat  # then the month in Roman numerals, the year
    assert "Disusun oleh" in flat and "Rina Marlina" in flat
    # The long caption, whole and once: Instagram, Facebook and Threads share it.
    assert _words(LONG) in _without_footers(flat)
    assert flat.count("Penutup-terakhir-kalimat.") == 1
    assert "Teks untuk Instagram, Facebook, Threads" in flat
    # X differs: its own version, once.
    assert flat.count(X_TEXT) == 1
    assert "Versi khusus X" in flat
    # Findings in Indonesian, with severity words (the Threads caption is over 500 chars).
    assert "Hasil pemeriksaan otomatis" in flat
    assert "Threads: Panjang caption" in flat and "Kesalahan" in flat
    # The signature block, from the head of office on record.
    for label in ("Keputusan", "Disetujui untuk dipublikasikan", "Dikembalikan untuk perbaikan"):
        assert label in flat
    assert "Menyetujui," in flat and "Kepala Dinas Kesehatan" in flat
    assert "dr. Andi Suryani" in flat and "NIP 197203151998032004" in flat
    assert "Catatan" in flat
    assert f"Halaman {files.pages} dari {files.pages}" in flat
    with Image.open(io.BytesIO(files.png)) as page:
        assert page.size == A4_150DPI


@needs_pdftotext
def test_without_a_head_of_office_the_signature_lines_are_left_to_fill(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    post_id = _post(empty_workspace, images=0, base="Donor darah hari Sabtu #SukamajuSehat")
    files = ReviewService(empty_workspace.db).approval_sheet_files(post_id, translator("id"))
    flat = _words(_text(files.pdf, tmp_path))
    assert "Jabatan: ....." in flat and "NIP ....." in flat
    assert "Unggahan ini tidak memiliki gambar." in flat
    assert files.pages <= 2 and f"Halaman {files.pages} dari {files.pages}" in flat


@needs_pdftotext
def test_the_admin_chooses_who_signs_when_the_office_has_several_reviewers(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    reviews = ReviewService(empty_workspace.db)
    reviews.add_reviewer("dr. Andi Suryani", ReviewerRole.KEPALA_DINAS, "246810")
    reviews.add_reviewer(
        "Budi Santoso", ReviewerRole.KEPALA_DINAS, "135790", jabatan="Plt. Kepala Dinas"
    )
    post_id = _post(empty_workspace, images=0, base="Donor darah hari Sabtu #SukamajuSehat")
    eligible, default = reviews.sheet_signers(post_id)
    assert {r.name for r in eligible} == {"dr. Andi Suryani", "Budi Santoso"}
    assert default is None  # two heads: the sheet does not guess
    assert "Jabatan: ....." in _words(
        _text(reviews.approval_sheet_files(post_id, translator("id")).pdf, tmp_path)
    )
    budi = next(r.id for r in eligible if r.name == "Budi Santoso")
    flat = _words(
        _text(reviews.approval_sheet_files(post_id, translator("id"), budi).pdf, tmp_path)
    )
    assert "Plt. Kepala Dinas" in flat and "Budi Santoso" in flat
    assert "dr. Andi Suryani" not in flat


@needs_pdftotext
def test_a_sheet_of_a_post_not_submitted_says_draft_on_every_page(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    post_id = _post(empty_workspace, images=4)
    reviews = ReviewService(empty_workspace.db)
    head = reviews.add_reviewer("dr. Andi Suryani", ReviewerRole.KEPALA_DINAS, "246810")
    reviews.request_changes(post_id, head.id, "246810", "Foto kedua diganti")  # back to the admin
    files = ReviewService(empty_workspace.db).approval_sheet_files(post_id, translator("id"))
    pages = _text(files.pdf, tmp_path).split("\f")
    mark = "DRAF: BELUM DIAJUKAN UNTUK PERSETUJUAN, JANGAN DITANDATANGANI"
    assert mark in _words(pages[0])
    assert mark in _words(pages[files.pages - 1])  # the page that would be signed, too
    assert files.pages >= 2
    for page in pages[: files.pages]:
        assert "· DRAF" in page
    submitted = _post(empty_workspace, images=0, base="Donor darah hari Sabtu #SukamajuSehat")
    flat = _words(
        _text(
            ReviewService(empty_workspace.db).approval_sheet_files(submitted, translator("id")).pdf,
            tmp_path,
        )
    )
    assert "DRAF" not in flat


@needs_pdftotext
def test_many_images_take_several_pages_each_with_its_alt_text(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    post_id = _post(empty_workspace, images=6, base="Foto-foto kegiatan posyandu")
    files = ReviewService(empty_workspace.db).approval_sheet_files(post_id, translator("id"))
    flat = _words(_text(files.pdf, tmp_path))
    assert files.pages >= 3
    for i in range(6):
        assert f"Gambar {i + 1} dari 6. Teks alternatif: Foto kegiatan ke-{i}" in flat
    assert f"Halaman {files.pages} dari {files.pages}" in flat


@needs_pdftotext
def test_emoji_are_drawn_or_named_never_dropped(empty_workspace: Workspace, tmp_path: Path) -> None:
    base = "Ayo datang 💉👶 bersama keluarga 👨‍👩‍👧 ❤️ 👍🏽 merdeka 🇮🇩 selesai a\U0001d11eb"
    post_id = _post(empty_workspace, images=0, base=base)
    files = ReviewService(empty_workspace.db).approval_sheet_files(post_id, translator("id"))
    flat = _words(_text(files.pdf, tmp_path))
    # Single emoji come out of the PDF as themselves (drawn with the colour emoji font).
    for emoji in ("💉", "👶", "❤", "👍"):
        assert emoji in flat
    # A family shows its members; a flag, which fpdf2 cannot shape, is named.
    assert "👨" in flat and "👩" in flat and "👧" in flat
    assert "[bendera ID]" in flat
    assert "Ayo datang" in flat and "selesai" in flat
    # A character no bundled font has (musical symbol G clef) is written as its name.
    assert "a[musical symbol g clef]b" in flat


def test_sheet_number_is_stable_and_readable() -> None:
    day = datetime(2026, 12, 3)
    assert sheet_number(42, 1, "Dinkes", day) == "LP-42/DINKES/XII/2026"
    assert sheet_number(42, 3, "Dinas Kesehatan", day) == "LP-42-R3/DINAS-KESEHATAN/XII/2026"
    assert sheet_number(42, 1, "", day) == "LP-42/MEDSOS/XII/2026"
    assert [roman_month(m) for m in (1, 4, 9)] == ["I", "IV", "IX"]


def test_a_near_copy_is_summarised_by_what_it_adds_and_leaves_out() -> None:
    main = "Ayo ikut senam pagi di alun-alun hari Minggu pukul 06.00 #SukamajuSehat"
    tiktok = "Ayo ikut senam pagi seru di alun-alun hari Minggu #SukamajuSehat #fyp"
    assert caption_changes(main, tiktok) == (["seru", "#fyp"], ["pukul 06.00"])
    # A rewrite is read whole: no word list.
    assert caption_changes(main, "Senam pagi! Datang ya 💪") is None


@needs_pdftotext
def test_an_approved_post_s_sheet_shows_the_decision_recorded_and_its_approver_signs(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    from medsos_desktop.domain.review import CHECKLIST_KEYS

    reviews = ReviewService(empty_workspace.db)
    reviews.add_reviewer("dr. Andi Suryani", ReviewerRole.KEPALA_DINAS, "246810")
    budi = reviews.add_reviewer(
        "Budi Santoso", ReviewerRole.KEPALA_DINAS, "135790", jabatan="Plt. Kepala Dinas"
    )
    post_id = _post(empty_workspace, images=1, base="Donor darah hari Sabtu #SukamajuSehat")
    reasons = {key: "Sudah dibahas dengan pimpinan" for key in reviews.blocking(post_id)}
    reviews.approve(post_id, budi.id, "135790", dict.fromkeys(CHECKLIST_KEYS, True), reasons)
    _eligible, default = reviews.sheet_signers(post_id)
    assert default == budi.id  # who approved it signs it
    flat = _words(_text(reviews.approval_sheet_files(post_id, translator("id")).pdf, tmp_path))
    assert "Tercatat di Medsos Desktop: disetujui oleh Budi Santoso pada" in flat
    assert "Tanggal keputusan: ....." not in flat and "DRAF" not in flat
    assert "Plt. Kepala Dinas" in flat
