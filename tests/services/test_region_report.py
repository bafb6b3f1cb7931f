"""The region's monthly report, checked against known data."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from medsos_desktop.services.region_report import ReportPost, build_report, on_time, write_report


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
    assert figures["Approved before the planned time"] == "3 of 5"
    assert figures["Posts adapted from content packs"] == 2
    assert figures["Revisions not counted (not valid)"] == 3
    sections = {s.title: s for s in report.sections}
    by_agency = sections["Posts by agency"].table
    assert by_agency.rows == [["DINKES", 3, 2], ["DISDIK", 2, 1]]
    assert by_agency.total_row == ["Total", 5, 3]
    platforms = dict((r[0], r[1]) for r in sections["Posts by platform"].table.rows)
    assert platforms == {"Instagram": 3, "Facebook": 1, "X": 2, "TikTok": 1}
    packs = sections["Content packs adopted"].table.rows
    assert packs == [["hari-pahlawan", 2, 2]]
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
