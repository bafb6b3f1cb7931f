"""The region's monthly report, checked against known data."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from medsos_desktop.i18n import translator
from medsos_desktop.services.region_report import (
    HeldBack,
    ReportPost,
    build_report,
    on_time,
    reasons_text,
    write_report,
)


def _tr(_context: str, text: str) -> str:
    return text


def _post(
    agency: str,
    category: str,
    platforms: tuple[str, ...],
    planned: str,
    approved: str,
    pack: str = "",
) -> ReportPost:
    return ReportPost(agency, agency.upper(), "Judul", category, platforms, planned, approved, pack)


POSTS = [
    _post(
        "dinkes",
        "kegiatan",
        ("instagram", "facebook"),
        "2026-11-03T09:00:00",
        "2026-11-02T10:00:00",
    ),
    _post("dinkes", "pengumuman", ("instagram",), "2026-11-05T09:00:00", "2026-11-05T10:00:00"),
    _post(
        "dinkes",
        "ucapan_hari_besar",
        ("x",),
        "2026-11-10T07:00:00",
        "2026-11-08T08:00:00",
        "packs/hari-pahlawan/r1",
    ),
    _post(
        "disdik",
        "ucapan_hari_besar",
        ("instagram", "x"),
        "2026-11-10T07:00:00",
        "2026-11-09T08:00:00",
        "packs/hari-pahlawan/r2",
    ),
    _post("disdik", "kegiatan", ("tiktok",), "2026-11-20T07:00:00", ""),
]


def test_figures_and_tables_match_the_data(tmp_path: Path) -> None:
    assert [on_time(p) for p in POSTS] == [True, False, True, True, False]
    report = build_report(
        POSTS,
        date(2026, 11, 1),
        region="Kota Sukamaju",
        agency=None,
        not_counted=3,
        translate=_tr,
        generated_at=datetime(2026, 12, 1, 8, 0),
    )
    figures = {f.label: f.value for f in report.summary}
    assert figures["Verified posts"] == 5
    assert figures["Agencies that posted"] == 2
    on_time_figure = next(f for f in report.summary if f.label.startswith("Approved before"))
    assert (on_time_figure.value, on_time_figure.kind) == (0.6, "percent")
    assert on_time_figure.note == "3 of 5 posts"
    assert figures["Posts adapted from content packs"] == 2
    assert figures["Posts not counted (no valid revision)"] == 3
    assert "Last check of every file" not in figures  # not from a coordinator's index
    sections = {s.title: s for s in report.sections}
    by_agency = sections["Posts by agency"].table
    assert by_agency.rows == [["DINKES", 3, 2, 2 / 3], ["DISDIK", 2, 1, 0.5]]
    assert by_agency.total_row == ["Total", 5, 3, 0.6]
    platforms = dict((r[0], r[1]) for r in sections["Posts by platform"].table.rows)
    assert platforms == {"Instagram": 3, "Facebook": 1, "X": 2, "TikTok": 1}
    packs = sections["Content packs adopted"].table.rows
    assert packs == [["Hari pahlawan", 2, 2]]  # no title known: the folder name, readable
    assert "November 2026" in report.subtitle

    for name in ("laporan.xlsx", "laporan.pdf"):
        write_report(report, tmp_path / name, _tr, "id")
        assert (tmp_path / name).stat().st_size > 1000


def test_one_agency_report_leaves_out_the_agency_table() -> None:
    report = build_report(
        [p for p in POSTS if p.agency == "dinkes"],
        date(2026, 11, 1),
        region="Kota Sukamaju",
        agency="Dinas Kesehatan",
        not_counted=0,
        translate=_tr,
    )
    assert "Posts by agency" not in {s.title for s in report.sections}
    assert report.subtitle.startswith("Dinas Kesehatan")


HELD = [
    # Counted by r1; r2 is still arriving, r3 (the newest) tampered.
    HeldBack("dinkes", "DINKES", "p-1", "Posyandu", 1, ((2, "pending"), (3, "tampered"))),
    HeldBack("dinkes", "DINKES", "p-2", "Imunisasi", 2, ((3, "pending"),)),
    # No valid revision at all: not counted, its title not readable yet.
    HeldBack("disdik", "DISDIK", "p-3", "", None, ((1, "pending"),)),
    HeldBack("disdik", "DISDIK", "p-4", "Beasiswa", None, ((1, "untrusted"),)),
]


def test_posts_held_back_are_listed_by_reason_never_silently_left_out(tmp_path: Path) -> None:
    checked = datetime(2026, 11, 30, 1, 15, tzinfo=UTC)
    report = build_report(
        POSTS,
        date(2026, 11, 1),
        region="Kota Sukamaju",
        agency=None,
        translate=_tr,
        language="en",
        held_back=HELD,
        last_full_check=checked,
    )
    figures = {f.label: f for f in report.summary}
    assert figures["Verified posts"].value == 5
    assert figures["Posts not counted (no valid revision)"].value == 2
    assert figures["Posts not counted (no valid revision)"].note == (
        "1 still arriving, 1 from a device not trusted yet"
    )
    assert figures["Posts counted by an older revision"].value == 2
    assert figures["Posts counted by an older revision"].note == (
        "A newer revision is not valid: 1 still arriving, 1 damaged"
    )
    local = checked.astimezone().strftime("%d/%m/%Y %H:%M")
    assert figures["Last check of every file"].value == local
    [held] = [s for s in report.sections if s.title.startswith("Posts not counted or")]
    assert held.table.rows == [
        ["DINKES", "Imunisasi", 2, 3, "Still arriving"],
        ["DINKES", "Posyandu", 1, 2, "Still arriving"],
        ["DINKES", "Posyandu", 1, 3, "Damaged or changed"],
        ["DISDIK", "(title not readable yet) p-3", "not counted", 1, "Still arriving"],
        ["DISDIK", "Beasiswa", "not counted", 1, "Device not trusted yet"],
    ]
    # Both files carry the figures, the list and the date of the last full check.
    write_report(report, tmp_path / "laporan.xlsx", _tr, "en")
    with zipfile.ZipFile(tmp_path / "laporan.xlsx") as book:
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
    for text in ("Last check of every file", local, "Damaged or changed", "p-3"):
        assert text in strings
    write_report(report, tmp_path / "laporan.pdf", _tr, "en")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "laporan.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Last check of every file" in text and local in text
    assert "Damaged or changed" in text


def test_never_fully_checked_says_so() -> None:
    report = build_report(
        [],
        date(2026, 11, 1),
        region="Kota Sukamaju",
        agency=None,
        translate=_tr,
        held_back=[],
        last_full_check=None,
    )
    figures = {f.label: f.value for f in report.summary}
    assert figures["Last check of every file"] == "Never"
    assert figures["Posts counted by an older revision"] == 0


def test_reasons_read_naturally_in_indonesian() -> None:
    tx = translator("id")
    text = reasons_text({"tampered": 1, "pending": 3}, tx)
    assert text == "3 posting belum lengkap tiba, 1 rusak"
    assert reasons_text({}, tx) == ""


def test_every_agency_is_listed_with_pack_titles_and_figures_where_sent(tmp_path: Path) -> None:
    """An agency without a post shows with 0, packs by their titles, and reach and
    engagement (with the rate) appear once any agency's figures are there."""
    posts = [
        *POSTS[:2],
        ReportPost(
            "disdik",
            "Dinas Pendidikan",
            "Hari Guru",
            "kegiatan",
            ("instagram",),
            "2026-11-25T07:00:00",
            "2026-11-24T08:00:00",
            "packs/hari-guru-2026/r1",
            reach=4000,
            engagement=300,
        ),
    ]
    report = build_report(
        posts,
        date(2026, 11, 1),
        region="Kota Sukamaju",
        agency=None,
        translate=_tr,
        agencies=[("dinkes", "DINKES"), ("disdik", "Dinas Pendidikan"), ("dinsos", "")],
        pack_titles={"hari-guru-2026": "Selamat Hari Guru Nasional 2026"},
    )
    figures = {f.label: f for f in report.summary}
    assert figures["Agencies that posted"].value == 2
    assert figures["Agencies that posted"].note == "of 3 agencies"
    sections = {s.title: s for s in report.sections}
    table = sections["Posts by agency"].table
    assert table.headers[-3:] == ["Reach", "Engagement", "Engagement rate"]
    assert table.rows == [
        ["DINKES", 2, 1, 0.5, 0, 0, None],
        ["Dinas Pendidikan", 1, 1, 1.0, 4000, 300, 0.075],
        ["Dinsos", 0, 0, None, 0, 0, None],  # no post this month, still listed
    ]
    assert "listed with 0" in sections["Posts by agency"].note
    assert sections["Content packs adopted"].table.rows == [
        ["Selamat Hari Guru Nasional 2026", 1, 1]
    ]
    # In Indonesian the report speaks of versions and computers, not revisions and devices.
    tx = translator("id")
    plain = build_report(
        posts,
        date(2026, 11, 1),
        region="Kota Sukamaju",
        agency=None,
        translate=tx,
        held_back=HELD,
        agencies=[("dinkes", "DINKES"), ("disdik", "Dinas Pendidikan"), ("dinsos", "")],
    )
    words = " ".join(
        [f.label + " " + f.note for f in plain.summary]
        + [s.title + " " + s.note for s in plain.sections]
        + [str(c) for s in plain.sections if s.table for r in s.table.rows for c in r]
    ).casefold()
    assert not {"revisi", "sah", "terverifikasi", "instansi"} & set(re.findall(r"\w+", words))
    for jargon in ("perangkat tepercaya", "putar ulang", "perangkat belum dipercaya"):
        assert jargon not in words, jargon
    write_report(plain, tmp_path / "wilayah.xlsx", tx, "id")
    write_report(plain, tmp_path / "wilayah.pdf", tx, "id")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "wilayah.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Dinsos" in text and "Selamat Hari Guru" not in text  # titles only when read
    assert "Hari guru 2026" in text


def test_region_xlsx_rates_are_numbers_with_percent_formats(tmp_path: Path) -> None:
    from tests.render.test_report import Xlsx, _row_of, _styled_cells

    tx = translator("id")
    report = build_report(
        POSTS,
        date(2026, 11, 1),
        region="Kota Sukamaju",
        agency=None,
        translate=tx,
        agencies=[("dinkes", "DINKES"), ("disdik", "DISDIK"), ("dinsos", "")],
        pack_titles={"hari-pahlawan": "Hari Pahlawan 2026"},
    )
    write_report(report, tmp_path / "wilayah.xlsx", tx, "id")
    book = Xlsx(tmp_path / "wilayah.xlsx")
    assert book.names == [
        "Ringkasan",
        "Per perangkat daerah",
        "Bukti persetujuan",
        "Per kategori",
        "Per platform",
        "Paket konten",
    ]
    summary = _styled_cells(book, "Ringkasan")
    row = _row_of(summary, "Disetujui sebelum jadwal")
    kind, value, number_format = summary[f"B{row}"]
    assert (kind, float(value)) == ("n", 0.6) and number_format.endswith("%")
    assert summary[f"C{row}"][1] == "3 dari 5 posting"
    agencies = _styled_cells(book, "Per perangkat daerah")
    assert agencies["A6"][1] == "Dinsos" and agencies["B6"][:2] == ("n", "0")
    assert agencies["D4"][0] == "n" and agencies["D4"][2].endswith("%")
    assert "Hari Pahlawan 2026" in book.strings and "hari-pahlawan" not in book.strings
    for name in book.names:
        assert 'orientation="landscape"' in book.xml(name)


def test_posts_are_counted_by_how_their_approval_is_proven() -> None:
    """The region report counts posts by assurance (issue 16): the three kinds of approval
    always listed, strongest first; an unproven claim listed when there is one."""
    levels = ["signed", "signed", "pin", "unproven", ""]
    posts = [
        dataclasses.replace(post, assurance=level)
        for post, level in zip(POSTS, levels * len(POSTS), strict=False)
    ]
    tx = translator("id")
    report = build_report(
        posts, date(2026, 11, 1), region="Kota Sukamaju", agency=None, translate=tx
    )
    (section,) = [s for s in report.sections if s.sheet_name == "Bukti persetujuan"]
    assert section.table is not None
    rows = {row[0]: row[1] for row in section.table.rows}
    expected = {
        "Ditandatangani peninjau": levels[: len(posts)].count("signed"),
        "PIN di komputer admin": levels[: len(posts)].count("pin"),
        "Bukti WhatsApp": 0,
    }
    for label, count in expected.items():
        assert rows[label] == count
    assert sum(rows.values()) == len(posts)
    assert section.table.total_row is not None and section.table.total_row[1] == len(posts)
    signed = [f for f in report.summary if f.label == "Disetujui dengan tanda tangan peninjau"]
    assert len(signed) == 1
