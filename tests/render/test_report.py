"""Monthly report writers: real XLSX and PDF files in tmp_path, read back as zip/XML/bytes."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

import pytest

from medsos_desktop import fileio
from medsos_desktop.render.report import (
    DEFAULT_LABELS,
    MSG_DENIED,
    MSG_NO_FOLDER,
    MSG_NO_SPACE,
    PAGE_SPACE,
    BarChart,
    Figure,
    Report,
    ReportWriteError,
    Section,
    Series,
    Table,
    ellipsize,
    format_int_id,
    format_number_id,
    format_percent_id,
    nice_scale,
    paginate_rows,
    pdf_bytes,
    plan_table,
    sheet_names,
    wrap_text,
    write_pdf,
    write_xlsx,
    xlsx_bytes,
)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"m": MAIN}
GENERATED = datetime(2026, 12, 1, 8, 15, tzinfo=timezone(timedelta(hours=7)))  # WIB

OPD = [
    "Dinas Kesehatan",
    "Dinas Pendidikan dan Kebudayaan",
    "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
    "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB",
    "Sekretariat DPRD",
    "Kecamatan Sukamaju Utara",
]


def _posts(rows: int) -> Table:
    return Table(
        headers=["Tanggal", "Judul unggahan", "Perangkat daerah", "Jangkauan", "Tepat waktu"],
        rows=[
            [
                date(2026, 11, i % 30 + 1),
                f"Imunisasi anak sekolah pekan {i} — sosialisasi di Puskesmas Caféhouse "
                "bersama kader posyandu dan tenaga kesehatan kecamatan",
                OPD[i % len(OPD)],
                1234 * i,
                (i % 10) / 10,
            ]
            for i in range(rows)
        ],
        total_row=[None, None, None, sum(1234 * i for i in range(rows)), 0.9],
        column_kinds=["date", "text", "text", "int", "percent"],
    )


def _report(rows: int = 20) -> Report:
    return Report(
        title="Laporan Bulanan Media Sosial",
        subtitle="Dinas Kesehatan Kota Sukamaju — November 2026",
        generated_at=GENERATED,
        summary=[
            Figure("Jumlah unggahan", 42),
            Figure("Tepat waktu", "38 dari 42 (90%)", "4 terlambat"),
            Figure("Jangkauan total", 123456),
            Figure("Rata-rata interaksi", 12.5),
        ],
        sections=[
            Section(
                "Unggahan per platform",
                Table(
                    ["Platform", "Unggahan", "Tepat waktu"],
                    [["Instagram", 20, 0.95], ["Facebook", 15, 0.8666], ["X", 7, 0.125]],
                    total_row=[None, 42, 0.9],
                    column_kinds=["text", "int", "percent"],
                ),
                BarChart(
                    "Unggahan per platform",
                    ["Instagram", "Facebook", "X"],
                    [Series("Unggahan", [20, 15, 7])],
                    value_label="Jumlah unggahan",
                ),
                note="Satu unggahan dapat terbit di beberapa platform.",
            ),
            Section(
                "Kepatuhan per perangkat daerah",
                chart=BarChart(
                    "Tepat waktu dan terlambat",
                    OPD,
                    [
                        Series("Tepat waktu", [12, 8, 3, 10, 2, 5]),
                        Series("Terlambat", [1, 2, 4, 0, 3, 1]),
                    ],
                    stacked=True,
                ),
            ),
            Section("Daftar unggahan", _posts(rows)),
            Section("Aduan warga", Table(["Kanal", "Jumlah"], []), BarChart("Aduan", [], [])),
        ],
    )


# --- reading an XLSX back -------------------------------------------------------------


class Xlsx:
    """Just enough of SpreadsheetML to check what the writer stored."""

    def __init__(self, path: Path) -> None:
        self.zip = zipfile.ZipFile(path)
        workbook = ElementTree.fromstring(self.zip.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(self.zip.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels.iter(f"{{{RELS}}}Relationship")}
        self.sheets = {
            s.get("name"): "xl/" + targets[s.get(f"{{{DOC_RELS}}}id")]
            for s in workbook.iter(f"{{{MAIN}}}sheet")
        }
        self.names = [s.get("name") for s in workbook.iter(f"{{{MAIN}}}sheet")]
        self.strings: list[str] = []
        if "xl/sharedStrings.xml" in self.zip.namelist():
            shared = ElementTree.fromstring(self.zip.read("xl/sharedStrings.xml"))
            self.strings = [
                "".join(t.text or "" for t in si.iter(f"{{{MAIN}}}t"))
                for si in shared.iter(f"{{{MAIN}}}si")
            ]

    def xml(self, sheet: str) -> str:
        return self.zip.read(self.sheets[sheet]).decode("utf-8")

    def cells(self, sheet: str) -> dict[str, tuple[str, str]]:
        """ref -> ("n", number text) or ("s", string); formulas as ("f", formula)."""
        root = ElementTree.fromstring(self.zip.read(self.sheets[sheet]))
        cells = {}
        for c in root.iter(f"{{{MAIN}}}c"):
            formula = c.find("m:f", NS)
            value = c.find("m:v", NS)
            if formula is not None:
                cells[c.get("r")] = ("f", formula.text or "")
            elif value is None:
                continue
            elif c.get("t") == "s":
                cells[c.get("r")] = ("s", self.strings[int(value.text or "0")])
            elif c.get("t") in (None, "n"):
                cells[c.get("r")] = ("n", value.text or "")
            else:
                cells[c.get("r")] = (c.get("t") or "", value.text or "")
        return cells

    def col_widths(self, sheet: str) -> dict[int, float]:
        """1-based column -> width; XlsxWriter merges neighbours of equal width (min..max)."""
        root = ElementTree.fromstring(self.zip.read(self.sheets[sheet]))
        return {
            column: float(c.get("width", "0"))
            for c in root.iter(f"{{{MAIN}}}col")
            for column in range(int(c.get("min", "0")), int(c.get("max", "0")) + 1)
        }

    def charts(self) -> list[str]:
        return sorted(n for n in self.zip.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


# --- number formatting ----------------------------------------------------------------


def test_integers_group_thousands_with_dots() -> None:
    assert format_int_id(1234) == "1.234"
    assert format_int_id(0) == "0"
    assert format_int_id(999) == "999"
    assert format_int_id(-1234567) == "-1.234.567"
    assert format_int_id(1234.5) == "1.235"  # half up, not banker's rounding
    assert format_int_id(float("nan")) == "–"


def test_percent_has_a_decimal_comma_only_when_needed() -> None:
    assert format_percent_id(0.9) == "90%"
    assert format_percent_id(0.125) == "12,5%"
    assert format_percent_id(1) == "100%"
    assert format_percent_id(0) == "0%"
    assert format_percent_id(0.0045) == "0,5%"
    assert format_percent_id(0.12345) == "12,3%"
    assert format_percent_id(0.9999) == "100%"
    assert format_percent_id(12.5) == "1.250%"


def test_numbers_use_a_decimal_comma() -> None:
    assert format_number_id(1234.5) == "1.234,5"
    assert format_number_id(3.75) == "3,75"
    assert format_number_id(2.0) == "2"
    assert format_number_id(0.004) == "0"
    assert format_number_id(float("inf")) == "–"


# --- model and layout helpers ---------------------------------------------------------


def test_model_rejects_rows_and_series_that_do_not_match() -> None:
    with pytest.raises(ValueError):
        Table(["A", "B"], [["x"]])
    with pytest.raises(ValueError):
        Table(["A"], [["x"]], column_kinds=["money"])
    with pytest.raises(ValueError):
        BarChart("t", ["a", "b"], [Series("s", [1])])
    assert Table(["A", "B"], [["x", 1], ["y", None]]).kinds() == ["text", "int"]
    assert not BarChart("t", ["a"], [Series("s", [0])]).has_data


def test_sheet_names_are_valid_and_unique() -> None:
    names = sheet_names(
        [
            "Unggahan: perangkat daerah [November/Desember] 2026?",
            "ringkasan",
            "Per minggu",
            "PER MINGGU",
            "'Kutipan'",
            "***",
            "History",
            "Sangat panjang sekali nama bagian laporan ini",
            "Sangat panjang sekali nama bagian laporan itu",
        ],
        reserved=["Ringkasan"],
    )
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert 0 < len(name) <= 31
        assert not set(name) & set("[]:*?/\\")
        assert not name.startswith("'") and not name.endswith("'")
    assert names[0] == "Unggahan perangkat daerah"  # cut between words, never inside one
    assert names[1] == "ringkasan (2)"
    assert names[3] == "PER MINGGU (2)"
    assert names[4] == "Kutipan"
    assert names[5] == "6"
    assert names[6] == "History (2)"
    assert names[8] == "Sangat panjang sekali nama (2)"
    for name, title in zip(
        names, ["Unggahan perangkat daerah November Desember 2026"], strict=False
    ):
        assert title.startswith(name) and title[len(name)] == " "


def test_wrap_and_ellipsize() -> None:
    def measure(text: str) -> float:
        return float(len(text))

    assert wrap_text(measure, "satu dua tiga empat", 9, 3) == ["satu dua", "tiga", "empat"]
    assert wrap_text(measure, "satu dua tiga empat lima", 9, 2) == ["satu dua", "tiga…"]
    assert wrap_text(measure, "https://sukamajukota.go.id/x", 10, 3) == [
        "https://su",
        "kamajukota",
        ".go.id/x",
    ]
    assert ellipsize(measure, "Kecamatan Sukamaju", 10) == "Kecamatan…"
    assert ellipsize(measure, "pendek", 10) == "pendek"
    assert wrap_text(measure, "", 10, 2) == [""]


def test_nice_scale_uses_round_steps() -> None:
    assert nice_scale(20) == (20, 5)
    assert nice_scale(13) == (15, 5)
    assert nice_scale(1246) == (1250, 250)
    assert nice_scale(3) == (3, 1)
    assert nice_scale(0) == (1, 1)
    assert nice_scale(0.45, integers=False) == (0.5, 0.1)


def test_paginate_rows_fills_pages_under_a_repeated_header() -> None:
    runs = paginate_rows([10.0] * 25, header=8, first_space=50, page_space=100)
    assert runs == [range(0, 4), range(4, 13), range(13, 22), range(22, 25)]
    # Too little room for three rows: the table starts on the next page.
    runs = paginate_rows([10.0] * 25, header=8, first_space=30, page_space=100)
    assert runs[0] == range(0, 0) and runs[1] == range(0, 9)
    # Two rows that fit stay together with their header.
    assert paginate_rows([10.0, 10.0], 8, 30, 100) == [range(0, 2)]
    # A row taller than a page gets one of its own instead of looping.
    assert paginate_rows([10.0, 500.0, 10.0], 8, 100, 100, min_first=1) == [
        range(0, 1),
        range(1, 2),
        range(2, 3),
    ]
    assert paginate_rows([], 8, 100, 100) == [range(0, 0)]


def test_table_plan_for_300_rows_breaks_into_pages_that_fit() -> None:
    table = _posts(300)
    plan = plan_table(table)
    assert len(plan.rows) == 301 and plan.has_total
    assert sum(plan.widths) == pytest.approx(210 - 30)
    assert plan.aligns == ["L", "L", "L", "R", "R"]
    title_cells = [row[1] for row in plan.rows[:-1]]
    assert all(len(lines) <= 2 for lines in title_cells)
    assert any(lines[-1].endswith("…") for lines in title_cells)  # cut, not spilled
    assert plan.rows[-1][0] == [DEFAULT_LABELS["total"]]
    assert plan.rows[3][3] == ["3.702"] and plan.rows[3][4] == ["30%"]
    assert plan.rows[0][0] == ["01/11/2026"]

    runs = paginate_rows(plan.heights, plan.header_height, 120, PAGE_SPACE)
    assert len(runs) >= 5
    assert [i for run in runs for i in run] == list(range(301))
    for number, run in enumerate(runs):
        space = 120 if number == 0 else PAGE_SPACE
        assert plan.header_height + sum(plan.heights[i] for i in run) <= space


# --- XLSX -----------------------------------------------------------------------------


def test_xlsx_sheets_hold_real_numbers_and_a_native_chart(tmp_path: Path) -> None:
    target = tmp_path / "laporan.xlsx"
    write_xlsx(_report(), target)
    book = Xlsx(target)
    assert book.names == [
        "Ringkasan",
        "Unggahan per platform",
        "Kepatuhan per perangkat daerah",
        "Daftar unggahan",
        "Aduan warga",
    ]

    summary = book.cells("Ringkasan")
    assert summary["A1"] == ("s", "Laporan Bulanan Media Sosial")
    assert summary["A2"] == ("s", "Dinas Kesehatan Kota Sukamaju — November 2026")
    assert summary["B3"][0] == "n"  # the generated date is a real date
    assert summary["A5"] == ("s", DEFAULT_LABELS["summary"])  # the figures' header row
    assert summary["A6"] == ("s", "Jumlah unggahan") and summary["B6"] == ("n", "42")
    assert summary["B7"] == ("s", "38 dari 42 (90%)") and summary["C7"] == ("s", "4 terlambat")
    assert summary["B9"] == ("n", "12.5")

    platform = book.cells("Unggahan per platform")
    assert platform["A1"] == ("s", "Unggahan per platform")
    assert platform["A3"] == ("s", "Platform")
    assert platform["B4"] == ("n", "20") and platform["C4"] == ("n", "0.95")
    assert platform["A7"] == ("s", "Jumlah") and platform["B7"] == ("n", "42")
    xml = book.xml("Unggahan per platform")
    assert '<autoFilter ref="A3:C6"/>' in xml
    assert 'ySplit="3"' in xml and 'state="frozen"' in xml
    assert "<drawing " in xml

    styles = book.zip.read("xl/styles.xml").decode()
    assert 'formatCode="#,##0"' in styles and 'formatCode="0.0%"' in styles

    assert book.charts() == ["xl/charts/chart1.xml", "xl/charts/chart2.xml"]
    chart = book.zip.read("xl/charts/chart1.xml").decode()
    assert "<c:f>'Unggahan per platform'!$A$4:$A$6</c:f>" in chart
    assert "<c:f>'Unggahan per platform'!$B$4:$B$6</c:f>" in chart
    assert "<c:f>'Unggahan per platform'!$B$3</c:f>" in chart
    assert '<c:barDir val="col"/>' in chart

    # The chart-only section gets its numbers written as a table the chart points at.
    compliance = book.cells("Kepatuhan per perangkat daerah")
    assert compliance["A3"] == ("s", DEFAULT_LABELS["category"])
    assert compliance["A6"] == ("s", OPD[2]) and compliance["C6"] == ("n", "4")
    stacked = book.zip.read("xl/charts/chart2.xml").decode()
    assert '<c:barDir val="bar"/>' in stacked and '<c:grouping val="stacked"/>' in stacked
    assert "'Kepatuhan per perangkat daerah'!$C$4:$C$9" in stacked


def test_xlsx_chart_data_goes_beside_a_table_that_lacks_it(tmp_path: Path) -> None:
    section = Section(
        "Per minggu",
        Table(["Minggu", "Catatan"], [["1", "libur"], ["2", ""]]),
        BarChart(
            "Unggahan per minggu",
            ["Minggu 1", "Minggu 2"],
            [Series("Instagram", [5, 6]), Series("Facebook", [3, 4.5])],
        ),
    )
    target = tmp_path / "r.xlsx"
    write_xlsx(Report("T", "S", GENERATED, sections=[section]), target)
    book = Xlsx(target)
    cells = book.cells("Per minggu")
    assert cells["D3"] == ("s", DEFAULT_LABELS["category"])
    assert cells["D4"] == ("s", "Minggu 1") and cells["E4"] == ("n", "5")
    assert cells["F5"] == ("n", "4.5") and cells["F3"] == ("s", "Facebook")
    chart = book.zip.read("xl/charts/chart1.xml").decode()
    assert "'Per minggu'!$D$4:$D$5" in chart
    assert "'Per minggu'!$E$4:$E$5" in chart and "'Per minggu'!$F$4:$F$5" in chart


def test_xlsx_200_rows_with_long_indonesian_names(tmp_path: Path) -> None:
    title = "Unggahan: perangkat daerah [November/Desember] 2026?"
    target = tmp_path / "r.xlsx"
    write_xlsx(Report("T", "S", GENERATED, sections=[Section(title, _posts(200))]), target)
    book = Xlsx(target)
    name = book.names[1]
    assert name == "Unggahan perangkat daerah"
    cells = book.cells(name)
    assert cells["A1"] == ("s", title)  # the full title stays on the sheet
    assert cells["B203"][0] == "s" and "Caféhouse" in cells["B203"][1]
    assert cells["C203"] == ("s", OPD[199 % len(OPD)])
    assert cells["A4"][0] == "n"  # a real date serial
    assert cells["D203"] == ("n", str(1234 * 199))
    assert cells["E203"] == ("n", "0.9")
    assert cells["D204"] == ("n", str(sum(1234 * i for i in range(200))))
    assert '<autoFilter ref="A3:E203"/>' in book.xml(name)
    widths = book.col_widths(name)
    assert all(6 <= width <= 61 for width in widths.values())
    assert widths[2] > widths[4] > widths[5] - 5  # the long text column is the widest


def test_xlsx_empty_sections_show_a_note_instead_of_a_chart(tmp_path: Path) -> None:
    sections = [
        Section("Aduan warga", Table(["Kanal", "Jumlah"], []), BarChart("Aduan", [], [])),
        Section("Semua nol", None, BarChart("Nol", ["A", "B"], [Series("x", [0, 0])])),
        Section("Tanpa isi"),
    ]
    target = tmp_path / "r.xlsx"
    write_xlsx(Report("T", "S", GENERATED, sections=sections), target)
    book = Xlsx(target)
    assert book.charts() == []
    for name in ("Aduan warga", "Semua nol", "Tanpa isi"):
        assert book.cells(name)["A3"] == ("s", DEFAULT_LABELS["empty"])
        assert "<drawing" not in book.xml(name)


def test_xlsx_is_deterministic_and_dated_from_the_report(tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_xlsx(_report(), first)
    write_xlsx(_report(), second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2026-12-01T01:15:00Z</dcterms:created>" in core  # 08:15 WIB in UTC
    assert "<dc:title>Laporan Bulanan Media Sosial</dc:title>" in core


def test_xlsx_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    table = Table(["Judul"], [['=HYPERLINK("http://contoh.id","klik")'], ["+62 812 3456"]])
    target = tmp_path / "r.xlsx"
    write_xlsx(Report("T", "S", GENERATED, sections=[Section("Judul", table)]), target)
    book = Xlsx(target)
    cells = book.cells("Judul")
    assert cells["A4"] == ("s", '=HYPERLINK("http://contoh.id","klik")')
    assert cells["A5"] == ("s", "+62 812 3456")
    assert "<f>" not in book.xml("Judul")


def test_xlsx_fixed_words_come_from_labels(tmp_path: Path) -> None:
    labels = {"summary": "Summary", "total": "Total", "empty": "No data this month."}
    target = tmp_path / "r.xlsx"
    write_xlsx(_report(), target, labels=labels)
    book = Xlsx(target)
    assert book.names[0] == "Summary"
    assert "Total" in book.strings and "Jumlah" not in book.strings
    assert book.cells("Aduan warga")["A3"] == ("s", "No data this month.")


# --- PDF ------------------------------------------------------------------------------


def test_pdf_is_a4_with_embedded_noto_sans(tmp_path: Path) -> None:
    target = tmp_path / "laporan.pdf"
    write_pdf(_report(), target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    count = re.search(rb"/Count (\d+)", data)
    assert count is not None and _pages(data) == int(count.group(1)) == 3
    assert data.count(b"/FontFile2") == 2  # regular and bold, both embedded
    assert re.search(rb"/BaseFont /[A-Z]{6}\+NotoSans\b", data)
    assert re.search(rb"/BaseFont /[A-Z]{6}\+NotoSansBold\b", data)
    assert b"/MediaBox [0 0 595.28 841.89]" in data


def test_pdf_is_deterministic() -> None:
    assert pdf_bytes(_report()) == pdf_bytes(_report())


def test_pdf_300_rows_span_several_pages() -> None:
    data = pdf_bytes(_report(rows=300))
    plan = plan_table(_posts(300))
    at_least = sum(plan.heights) / PAGE_SPACE
    assert _pages(data) >= at_least + 1


def _pdftotext(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


@needs_pdftotext
def test_pdf_text_headers_repeat_and_pages_are_numbered(tmp_path: Path) -> None:
    target = tmp_path / "laporan.pdf"
    write_pdf(_report(rows=300), target)
    pages = _pdftotext(target)
    assert len(pages) == _pages(target.read_bytes())
    table_pages = [p for p in pages if "Imunisasi anak sekolah" in p]
    assert len(table_pages) >= 5
    assert all("Judul unggahan" in p and "Jangkauan" in p for p in table_pages)
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        assert "Dibuat 01/12/2026 08.15" in page
    text = "\n".join(pages)
    assert "Laporan Bulanan Media Sosial" in text and "Sukamaju — November 2026" in text
    assert "38 dari 42 (90%)" in text and "123.456" in text and "12,5" in text
    assert "86,7%" in text and "12,5%" in text
    assert DEFAULT_LABELS["empty"] in pages[-1]


@needs_pdftotext
def test_pdf_fixed_words_come_from_labels_and_emoji_are_left_out(tmp_path: Path) -> None:
    labels = {
        "generated": "Generated",
        "page": "Page {page} of {pages}",
        "empty": "No data.",
        "datetime_format": "%Y-%m-%d %H:%M",
    }
    report = Report(
        "Laporan 🎉 bulanan", "Sub", GENERATED, sections=[Section("Kosong", Table(["A"], []))]
    )
    target = tmp_path / "r.pdf"
    write_pdf(report, target, labels=labels)
    text = _pdftotext(target)[0]
    assert "Page 1 of 1" in text and "Generated 2026-12-01 08:15" in text
    assert "No data." in text
    assert "Laporan bulanan" in text


def test_pdf_broken_page_label_falls_back() -> None:
    data = pdf_bytes(_report(), labels={"page": "Halaman {halaman}"})
    assert data.startswith(b"%PDF-")


# --- atomic writes --------------------------------------------------------------------


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """A folder nobody can create files in, root included (chattr +i) where possible."""
    folder.chmod(0o555)
    immutable = False
    try:
        probe = folder / ".probe"
        try:
            probe.write_bytes(b"")
        except PermissionError:
            pass
        else:
            probe.unlink()
            result = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
            if result.returncode != 0:
                pytest.skip(
                    "running as root and chattr is unavailable: cannot make a folder read-only"
                )
            immutable = True
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o755)


@pytest.mark.parametrize("writer", [write_pdf, write_xlsx])
def test_read_only_folder_raises_and_keeps_the_old_file(
    tmp_path: Path, writer: Callable[[Report, Path], None]
) -> None:
    folder = tmp_path / "laporan"
    folder.mkdir()
    target = folder / "november.out"
    target.write_bytes(b"old report")
    with _read_only(folder):
        with pytest.raises(ReportWriteError) as caught:
            writer(_report(), target)
        assert caught.value.message == MSG_DENIED
        assert caught.value.params["folder"] == str(folder)
    assert target.read_bytes() == b"old report"
    assert sorted(os.listdir(folder)) == ["november.out"]


def test_disk_full_midway_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"old report")

    def write_then_fail(handle: IO[bytes], data: bytes) -> None:
        handle.write(data[: len(data) // 2])
        handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio, "_write_chunks", write_then_fail)
    with pytest.raises(ReportWriteError) as caught:
        write_pdf(_report(), target)
    assert caught.value.message == MSG_NO_SPACE
    assert "laporan.pdf" in str(caught.value)
    assert target.read_bytes() == b"old report"
    assert os.listdir(tmp_path) == ["laporan.pdf"]


def test_unexpected_error_midway_also_removes_the_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(handle: IO[bytes], data: bytes) -> None:
        handle.write(data[:100])
        raise RuntimeError("boom")

    monkeypatch.setattr(fileio, "_write_chunks", explode)
    with pytest.raises(RuntimeError):
        write_xlsx(_report(), tmp_path / "laporan.xlsx")
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ReportWriteError) as caught:
        write_xlsx(_report(), tmp_path / "tidak-ada" / "laporan.xlsx")
    assert caught.value.message == MSG_NO_FOLDER


def test_replacing_keeps_the_file_mode_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "laporan.xlsx"
    write_xlsx(_report(), target)
    assert xlsx_bytes(_report()) == target.read_bytes()
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o640)
    write_pdf(_report(), target)
    assert target.read_bytes().startswith(b"%PDF-")
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["laporan.xlsx"]


# --- the agency's real monthly report, from a real workspace ----------------------------


def _number_formats(book: Xlsx) -> list[str]:
    """Style index -> its number format code, as Excel resolves it."""
    styles = ElementTree.fromstring(book.zip.read("xl/styles.xml"))
    custom = {f.get("numFmtId"): f.get("formatCode") for f in styles.iter(f"{{{MAIN}}}numFmt")}
    builtin = {"0": "General", "9": "0%", "10": "0.00%", "3": "#,##0"}
    xfs = styles.find("m:cellXfs", NS)
    assert xfs is not None
    return [
        custom.get(xf.get("numFmtId", "0")) or builtin.get(xf.get("numFmtId", "0"), "")
        for xf in xfs.iter(f"{{{MAIN}}}xf")
    ]


def _styled_cells(book: Xlsx, sheet: str) -> dict[str, tuple[str, str, str]]:
    """ref -> (type, value, number format) for every cell with a value."""
    formats = _number_formats(book)
    root = ElementTree.fromstring(book.zip.read(book.sheets[sheet]))
    plain = book.cells(sheet)
    return {
        c.get("r"): (*plain[c.get("r")], formats[int(c.get("s", "0"))])
        for c in root.iter(f"{{{MAIN}}}c")
        if c.get("r") in plain
    }


def _row_of(cells: dict[str, tuple[str, str, str]], label: str) -> int:
    [ref] = [r for r, (kind, value, _f) in cells.items() if kind == "s" and value == label]
    return int(re.sub(r"\D", "", ref))


@pytest.fixture(scope="module")
def november(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """November 2026 of Dinas Kesehatan Kota Sukamaju: 30 published posts with figures,
    October to compare with, brand kit and logo, the head of office with a NIP. Built once
    for the module: the tests only export it (writing the file reads the database)."""
    from medsos_desktop.paths import DATA_DIR_ENV, AppPaths
    from medsos_desktop.services.workspace import open_workspace
    from tests.services.report_month import build_month

    root = tmp_path_factory.mktemp("november")
    with pytest.MonkeyPatch.context() as env:
        # The per-test home of tests/conftest.py is not set yet at module scope.
        env.setenv("HOME", str(root / "home"))
        env.setenv("XDG_DATA_HOME", str(root / "home" / ".local" / "share"))
        env.setenv("XDG_CONFIG_HOME", str(root / "home" / ".config"))
        env.delenv(DATA_DIR_ENV, raising=False)
        workspace = open_workspace(AppPaths(root / "data"), seed_demo=False)
        try:
            yield build_month(workspace, posts=30)
        finally:
            workspace.close()


def test_agency_xlsx_holds_numbers_with_percent_formats_and_prints_on_a4(
    november, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from medsos_desktop.i18n import translator

    tx = translator("id")
    month = date(2026, 11, 1)
    target = november.export_agency_report(month, tmp_path / "laporan.xlsx", "xlsx", tx)
    book = Xlsx(target)
    report = november.agency_report(month, tx)

    # Short sheet names, never cut inside a word.
    assert book.names[0] == "Ringkasan"
    for name, section in zip(book.names[1:], report.sections, strict=True):
        wanted = " ".join((section.sheet_name or section.title).split())
        assert 0 < len(name) <= 31
        assert wanted == name or (wanted.startswith(name) and wanted[len(name)] == " ")
    assert "Per platform" in book.names and "Interaksi teratas" in book.names

    # The figures are numbers; the rates carry a percent format, not "81%" as text.
    summary = _styled_cells(book, "Ringkasan")
    assert summary["A1"][:2] == ("s", "Pemerintah Kota Sukamaju")  # the letterhead
    assert summary["A2"][:2] == ("s", "Dinas Kesehatan Kota Sukamaju")
    header = _row_of(summary, "Ringkasan")
    assert [summary[f"{c}{header}"][1] for c in "BCDE"] == [
        "Bulan ini",
        "Bulan lalu",
        "Perubahan",
        "Keterangan",
    ]
    posts_row = _row_of(summary, "Posting terbit")
    assert summary[f"B{posts_row}"][:2] == ("n", "30")
    assert summary[f"C{posts_row}"][:2] == ("n", "15")  # October
    assert summary[f"D{posts_row}"][:2] == ("n", "15")  # the change, a number
    assert summary[f"D{posts_row}"][2].startswith("+")
    assert "▲" in summary[f"E{posts_row}"][1]
    for label in ("Tingkat interaksi", "Terbit pada hari yang direncanakan"):
        row = _row_of(summary, label)
        kind, value, number_format = summary[f"B{row}"]
        assert kind == "n" and 0 < float(value) < 1, label
        assert number_format.endswith("%"), (label, number_format)
        assert summary[f"C{row}"][0] == "n" and summary[f"C{row}"][2].endswith("%")
    on_time = summary[f"B{_row_of(summary, 'Terbit pada hari yang direncanakan')}"]
    assert float(on_time[1]) == pytest.approx(26 / 30)
    assert any("Jangkauan naik karena" in v for _k, v, _f in summary.values())  # analysis

    platform = _styled_cells(book, "Per platform")
    assert platform["A3"][1] == "Platform" and platform["F3"][1] == "Tingkat interaksi"
    assert platform["B4"][0] == "n" and platform["B4"][2] == "#,##0"
    assert platform["F4"][0] == "n" and platform["F4"][2].endswith("%")
    assert not any(v.endswith("%") for kind, v, _f in platform.values() if kind == "s")

    # Print setup on every sheet: A4 landscape, one page wide, header rows repeated.
    workbook = book.zip.read("xl/workbook.xml").decode()
    for name in book.names:
        xml = book.xml(name)
        assert re.search(r'<pageSetup[^>]*paperSize="9"', xml), name
        assert re.search(r'<pageSetup[^>]*orientation="landscape"', xml), name
        assert re.search(r'<pageSetup[^>]*fitToHeight="0"', xml), name
        assert '<pageSetUpPr fitToPage="1"/>' in xml, name
        assert "&amp;P" in xml and "&amp;N" in xml, name  # "Halaman &P dari &N"
    titles = re.findall(r'<definedName name="_xlnm.Print_Titles"[^>]*>([^<]+)<', workbook)
    assert len(titles) == len(book.names)
    assert "'Per platform'!$3:$3" in titles


@needs_pdftotext
def test_agency_pdf_has_letterhead_weeks_comparison_and_signature(november, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from medsos_desktop.i18n import translator

    target = november.export_agency_report(
        date(2026, 11, 1),
        tmp_path / "laporan.pdf",
        "pdf",
        translator("id"),
        generated_at=datetime(2026, 12, 2, 9),
    )
    pages = _pdftotext(target)
    first = pages[0]
    for line in (
        "PEMERINTAH KOTA SUKAMAJU",
        "DINAS KESEHATAN KOTA SUKAMAJU",
        "Jl. Merdeka No. 12, Sukamaju 40111",
        "LAPORAN BULANAN MEDIA SOSIAL",
        "Bulan November 2026",
    ):
        assert line in first, line
    text = "\n".join(pages)
    compact = " ".join(text.split())
    assert "Minggu ke-1 (1–7 Nov)" in text and "Minggu ke-4 (22–30 Nov)" in text
    assert "Minggu ke-5" not in text and "Minggu 44" not in text
    assert "▲ 100% dibanding Oktober (15)" in compact
    assert "▼" in text
    assert "Tingkat interaksi: interaksi ÷ jangkauan" in compact
    assert "78 unggahan di 6 platform dari 30 posting" in compact
    assert "Analisis dan catatan" in text and "Jangkauan naik karena" in text
    last = " ".join(pages[-1].split())
    assert "Sukamaju, 2 Desember 2026" in last
    assert "Mengetahui," in last and "Kepala Dinas Kesehatan Kota Sukamaju" in last
    assert "dr. Ratna Wulandari, M.Kes." in last and "NIP. 197803152005012003" in last
    assert "Dibuat oleh," in last and "Rina Marlina" in last
    data = target.read_bytes()
    # The logo and the top posts' thumbnails are embedded pictures.
    assert len(re.findall(rb"/Subtype\s*/Image", data)) >= 6
    # Every table page that carries a table's rows carries at least two of them.
    for page in pages:
        rows = [ln for ln in page.splitlines() if re.match(r"\s*Minggu ke-\d", ln)]
        assert len(rows) != 1 or "Minggu ke-1" in rows[0]


def test_a_table_never_leaves_a_single_row_on_a_page() -> None:
    # Nine rows fit under the header; the tenth would be alone on the next page.
    runs = paginate_rows([10.0] * 10, header=8, first_space=100, page_space=100)
    assert runs == [range(0, 8), range(8, 10)]
    for total in range(4, 60):
        runs = paginate_rows([10.0] * total, header=8, first_space=57, page_space=100)
        assert [i for run in runs for i in run] == list(range(total))
        assert all(len(run) == 0 or len(run) >= 2 for run in runs), (total, runs)


@needs_pdftotext
def test_pdf_tables_keep_two_rows_together_on_every_page(tmp_path: Path) -> None:
    """Through the writer: whatever the table's length, no page holds one lone row."""
    for rows in range(28, 40):
        table = Table(
            ["Judul", "Jangkauan"],
            [[f"Baris nomor {i:03d}", i] for i in range(rows)],
            column_kinds=["text", "int"],
        )
        target = tmp_path / f"r{rows}.pdf"
        write_pdf(Report("T", "S", GENERATED, sections=[Section("Daftar", table)]), target)
        for page in _pdftotext(target):
            count = len(re.findall(r"Baris nomor \d{3}", page))
            assert count != 1, (rows, page)
