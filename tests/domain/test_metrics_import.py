"""Metrics CSV import: each platform's export read to the exact figures, every left-out row
reported with its reason, and files that are not metrics CSVs refused whole."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from medsos_desktop.domain import metrics_import as mi
from medsos_desktop.domain.metrics_import import (
    ImportPreview,
    MissingColumnsError,
    decode_csv_bytes,
    detect_delimiter,
    guess_mapping,
    guess_source,
    parse_count,
    parse_metrics,
    parse_published,
    platform_of_link,
    row_fingerprint,
)
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.text import UserFacingError

DATA = Path(__file__).resolve().parent.parent / "data" / "metrics"
UTC = dt.UTC


def load(name: str, **kwargs: object) -> ImportPreview:
    return parse_metrics((DATA / name).read_bytes(), **kwargs)  # type: ignore[arg-type]


def figures(preview: ImportPreview) -> list[dict[str, int]]:
    return [dict(row.metrics) for row in preview.rows]


def skipped(preview: ImportPreview) -> list[tuple[int, str]]:
    return [(s.line, s.code) for s in preview.skipped]


# --- the five exports -----------------------------------------------------------------------


def test_meta_facebook_english_export() -> None:
    preview = load("meta_en.csv")
    assert (preview.source, preview.platform, preview.encoding) == ("meta", "facebook", "utf-8")
    assert (preview.delimiter, preview.decimal_mark, preview.day_first) == (",", ".", False)
    assert figures(preview) == [
        {"impressions": 12345, "reach": 9876, "likes": 430, "comments": 57, "shares": 25},
        {"impressions": 1204577, "reach": 845120, "likes": 18903, "comments": 733, "shares": 481},
        {"impressions": 980, "reach": 760, "likes": 29, "comments": 2},  # shares "—": missing
    ]
    first = preview.rows[0]
    assert first.line == 2
    assert first.platform == Platform.FACEBOOK
    assert first.post_id == "102938475610293_845610293847561"
    assert first.link == "https://www.facebook.com/102938475610293/posts/845610293847561"
    assert first.published == dt.datetime(2026, 3, 25, 8, 15)
    # The caption spans two lines; the snippet is one line and the next row starts on line 4.
    assert first.text == (
        "Pelayanan KTP elektronik keliling hadir di Kecamatan Sukamaju Utara. Bawa fotokopi KK, ya!"
    )
    assert [row.line for row in preview.rows] == [2, 4, 5]
    assert preview.rows[1].published == dt.datetime(2026, 4, 2, 16, 40)  # month first
    assert preview.skipped == ()
    # "Reactions, comments and shares" is not mistaken for the likes column.
    assert preview.headers[preview.mapping["likes"]] == "Reactions"


def test_meta_instagram_indonesian_export_with_semicolons_bom_and_dot_thousands() -> None:
    preview = load("meta_id.csv")
    assert (preview.source, preview.platform, preview.encoding) == (
        "meta",
        "instagram",
        "utf-8-sig",
    )
    assert (preview.delimiter, preview.decimal_mark, preview.day_first) == (";", ",", True)
    assert preview.headers[0] == "ID Postingan"  # no BOM left in the first header
    assert figures(preview) == [
        {
            "impressions": 15234,
            "reach": 9876,
            "likes": 1204,
            "shares": 87,
            "comments": 45,
            "saves": 210,
        },
        {
            "impressions": 1234567,
            "reach": 845002,
            "likes": 12500,  # "12,5 rb"
            "shares": 1021,
            "comments": 980,
            "saves": 3310,
        },
        {"impressions": 2100, "reach": 1870, "likes": 154, "comments": 12, "saves": 88},
    ]
    assert [row.published for row in preview.rows] == [
        dt.datetime(2026, 4, 2, 8, 15),  # 02/04/2026 is 2 April: the column is day first
        dt.datetime(2026, 3, 25, 19, 0),
        dt.datetime(2026, 4, 7, 9, 30),
    ]
    assert [row.line for row in preview.rows] == [2, 4, 5]
    assert preview.rows[1].link == "https://www.instagram.com/reel/DAbCdEfKlMn/"
    assert preview.rows[0].text.startswith("Posyandu serentak di 30 kelurahan; ajak balita")


def test_tiktok_studio_export() -> None:
    preview = load("tiktok.csv")
    assert (preview.source, preview.platform) == ("tiktok", "tiktok")
    assert figures(preview) == [
        {
            "video_views": 12500,  # "12.5K"
            "likes": 1204,
            "comments": 56,
            "shares": 88,
            "reach": 9870,
            "saves": 140,
        },
        {
            "video_views": 8431,
            "likes": 377,
            "comments": 12,
            "shares": 15,
            "reach": 7002,
            "saves": 31,
        },
    ]
    row = preview.rows[1]
    assert row.link == "https://www.tiktok.com/@pemkotsukamaju/video/7351234567890999999"
    assert row.post_id is None
    assert row.published == dt.datetime(2026, 3, 28, 12, 0)
    assert row.text == "Tips urus KTP tanpa antre, cek di sini"


def test_x_analytics_export() -> None:
    preview = load("x.csv")
    assert (preview.source, preview.platform) == ("x", "x")
    assert figures(preview) == [
        {"impressions": 1234, "likes": 21, "comments": 3, "shares": 7},
        {"impressions": 845, "likes": 18, "comments": 1, "shares": 4},
    ]
    first, second = preview.rows
    assert first.post_id == "1903456789012345678"
    assert first.published == dt.datetime(2026, 3, 21, 1, 15, tzinfo=UTC)
    # An ID Excel turned into 1.90346E+18 no longer names the post; the link still does.
    assert second.post_id is None
    assert second.link == "https://x.com/pemkotsukamaju/status/1905555555555555555"
    assert second.platform == Platform.X


def test_youtube_studio_export_utf16_with_total_row() -> None:
    preview = load("youtube.csv")
    assert (preview.source, preview.platform, preview.encoding) == ("youtube", "youtube", "utf-16")
    assert figures(preview) == [
        {"impressions": 120456, "likes": 700, "comments": 50, "shares": 90, "video_views": 10204},
        {"impressions": 80123, "likes": 287, "comments": 14, "shares": 30, "video_views": 5117},
    ]
    assert [(row.post_id, row.published) for row in preview.rows] == [
        ("aBcD3fGh1Jk", dt.datetime(2026, 3, 21)),
        ("xYz9_-AbCdE", dt.datetime(2026, 4, 2)),
    ]
    assert preview.rows[1].text == "Profil Kecamatan Sukamaju — Pelayanan Terpadu"
    assert skipped(preview) == [(2, "total")]
    assert preview.skipped[0].render() == "A summary row (“Total”), not a post."


def test_windows_1252_file_keeps_em_dash_and_accents() -> None:
    preview = load("windows1252.csv")
    assert preview.encoding == "cp1252"
    (row,) = preview.rows
    assert row.text == "Kecamatan Sukamaju — Pelayanan prima di Kafé Warga"
    assert dict(row.metrics) == {
        "impressions": 2450,
        "reach": 1980,
        "likes": 75,
        "comments": 9,
        "shares": 4,
    }


# --- rows left out --------------------------------------------------------------------------


def test_duplicates_and_broken_rows_are_reported() -> None:
    preview = load("duplicates.csv")
    assert [(row.line, row.metrics["impressions"]) for row in preview.rows] == [
        (2, 1500),
        (4, 1650),
    ]
    assert skipped(preview) == [
        (3, "duplicate"),
        (5, "empty"),
        (6, "no_identifier"),
        (7, "bad_number"),
        (8, "no_metrics"),
    ]
    rendered = [s.render() for s in preview.skipped]
    assert rendered == [
        "The same post with the same figures is already on line 2.",
        "The row is empty.",
        "The row has no post link, post ID or publish time to match it with a post.",
        "“12x” in the column “Impressions” is not a whole number.",
        "The row has no figures.",
    ]


def test_skipped_reason_is_translatable() -> None:
    reason = load("duplicates.csv").skipped[0]

    def translate(context: str, text: str) -> str:
        assert context == "Metrics"
        return "Postingan dan angka yang sama sudah ada di baris {line}."

    assert reason.render(translate) == "Postingan dan angka yang sama sudah ada di baris 2."


def test_unreadable_date_without_other_identifier_is_reported() -> None:
    text = "Publish time,Reach\nbesok pagi,100\n04/07/2026 10:00,50\n"
    preview = parse_metrics(text, source="meta")
    assert skipped(preview) == [(2, "bad_date")]
    assert preview.skipped[0].params == {"value": "besok pagi", "column": "Publish time"}
    assert [(row.published, dict(row.metrics)) for row in preview.rows] == [
        (dt.datetime(2026, 4, 7, 10, 0), {"reach": 50})
    ]


def test_unreadable_date_is_dropped_when_the_link_identifies_the_post() -> None:
    text = "Permalink,Publish time,Reach\nhttps://www.facebook.com/p/1,kemarin,100\n"
    (row,) = parse_metrics(text).rows
    assert (row.published, row.link) == (None, "https://www.facebook.com/p/1")


# --- fingerprints ---------------------------------------------------------------------------


def test_fingerprint_is_stable_and_depends_on_post_and_figures() -> None:
    first = load("meta_en.csv")
    again = parse_metrics((DATA / "meta_en.csv").read_bytes().decode("utf-8"))
    assert [r.fingerprint for r in first.rows] == [r.fingerprint for r in again.rows]
    assert len({r.fingerprint for r in first.rows}) == 3
    assert all(len(r.fingerprint) == 64 for r in first.rows)
    base = row_fingerprint("facebook", "https://f/1", "1_2", None, {"reach": 10})
    assert base == row_fingerprint("facebook", "https://f/other", "1_2", None, {"reach": 10})
    assert base != row_fingerprint("facebook", "https://f/1", "1_2", None, {"reach": 11})
    assert base != row_fingerprint("instagram", "https://f/1", "1_2", None, {"reach": 10})
    assert base != row_fingerprint("facebook", "https://f/1", "1_2", None, {"impressions": 10})
    assert hash(first.rows[0])  # usable in sets despite the metrics mapping


# --- mapping and missing columns ------------------------------------------------------------


def test_renamed_columns_need_the_mapping_step() -> None:
    with pytest.raises(MissingColumnsError) as caught:
        load("renamed_columns.csv")
    assert caught.value.context == "Metrics"
    assert set(caught.value.missing) == {*mi.IDENTITY_FIELDS, *mi.METRIC_FIELDS}
    assert "post link, post ID, publish time" in caught.value.render()

    mapping = {"link": 0, "published": 1, "video_views": 2, "likes": 3}
    preview = load("renamed_columns.csv", mapping=mapping)
    assert preview.source is None
    assert preview.day_first  # semicolons: Indonesian regional settings
    assert [(r.platform, r.published, dict(r.metrics)) for r in preview.rows] == [
        (Platform.INSTAGRAM, dt.datetime(2026, 3, 10), {"video_views": 2345, "likes": 120}),
        (Platform.INSTAGRAM, dt.datetime(2026, 3, 11), {"video_views": 980, "likes": 45}),
    ]


def test_missing_metric_columns_refuse_the_whole_file() -> None:
    with pytest.raises(MissingColumnsError) as caught:
        load("missing_columns.csv")
    assert caught.value.missing == mi.METRIC_FIELDS
    assert caught.value.render() == (
        "The file has no column with figures; it needs at least one of: reach, impressions, "
        "likes, comments, shares, saves, video views. Choose the columns by hand, "
        "or check that this is the right export."
    )


def test_missing_identifying_columns_refuse_the_whole_file() -> None:
    with pytest.raises(MissingColumnsError) as caught:
        parse_metrics("Description,Reach,Likes\nRapat,100,5\n")
    assert caught.value.missing == mi.IDENTITY_FIELDS
    assert "no column to match its rows with posts" in caught.value.render()


def test_caller_mapping_is_checked() -> None:
    with pytest.raises(ValueError):
        parse_metrics("a,b\n1,2\n", mapping={"reach": 5, "link": 0})
    with pytest.raises(ValueError):
        parse_metrics("a,b\n1,2\n", mapping={"followers": 1, "link": 0})
    with pytest.raises(ValueError):
        parse_metrics("a,b\n1,2\n", source="facebook")


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("meta_en.csv", "meta"),
        ("meta_id.csv", "meta"),
        ("tiktok.csv", "tiktok"),
        ("x.csv", "x"),
        ("youtube.csv", "youtube"),
        ("windows1252.csv", "meta"),
        ("renamed_columns.csv", None),
    ],
)
def test_guess_source(name: str, source: str | None) -> None:
    text = decode_csv_bytes((DATA / name).read_bytes())
    delimiter = detect_delimiter(text)
    headers = text.splitlines()[0].replace('"', "").split(delimiter)
    assert guess_source(headers) == source


def test_guess_source_new_x_export_and_unknown_headers() -> None:
    new_x = ["Post id", "Date", "Post text", "Post Link", "Impressions", "Likes", "Reposts"]
    assert guess_source(new_x) == "x"
    assert guess_source(["Nama", "Jumlah"]) is None
    assert guess_source([]) is None


def test_guess_mapping_ignores_case_and_spacing() -> None:
    headers = ["  PERMALINK ", "publish   time", "Jangkauan", "Reaksi", "Reach"]
    assert guess_mapping(headers, "meta") == {
        "link": 0,
        "published": 1,
        "reach": 4,  # the preferred alias wins over the column order
        "likes": 3,
    }
    assert guess_mapping(["Content", "Views"], "youtube") == {"post_id": 0, "video_views": 1}
    assert guess_mapping(["url", "tanggal", "reach"], None) == {
        "link": 0,
        "published": 1,
        "reach": 2,
    }


def test_meta_views_map_to_video_views() -> None:
    headers = ["Post ID", "Permalink", "3-second video views", "Reach"]
    assert guess_mapping(headers, "meta")["video_views"] == 2


# --- decoding and refusing files ------------------------------------------------------------


def test_screenshot_renamed_to_csv_is_refused() -> None:
    with pytest.raises(UserFacingError) as caught:
        load("screenshot_png.csv")
    assert caught.value.context == "Metrics"
    assert caught.value.render() == (
        "This file is not a CSV file: it is a PNG image. "
        "Choose the CSV file exported from the platform's statistics page."
    )


def _xlsx() -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


def _zip() -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("metrics.csv", "Reach\n1\n")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "it is a JPEG image"),
        (b"GIF89a\x01\x00", "it is a GIF image"),
        (b"BM\x3a\x00\x00\x00\x00\x00\x00\x00\x36\x00", "it is a BMP image"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "it is a WebP image"),
        (b"%PDF-1.7\n", "it is a PDF document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32, "it is an Excel workbook"),
        (_xlsx(), "it is an Excel workbook"),
        (_zip(), "it is a ZIP archive"),
        (b"Reach,Likes\n\x00\x01\x02\x03\xfe\x00\x17", "it contains binary data"),
        (b"", "The file is empty."),
    ],
)
def test_binary_files_are_refused_with_what_they_look_like(data: bytes, expected: str) -> None:
    with pytest.raises(UserFacingError) as caught:
        decode_csv_bytes(data)
    assert expected in caught.value.render()
    with pytest.raises(UserFacingError):
        parse_metrics(data)


def test_blank_text_is_refused() -> None:
    with pytest.raises(UserFacingError) as caught:
        parse_metrics(" \r\n\r\n")
    assert caught.value.render() == "The file is empty."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Kafé;Suka\n".encode(), "Kafé;Suka\n"),
        (b"\xef\xbb\xbfKafe\xcc\x81\n", "Kafe\u0301\n"),
        ("\ufeffCafé — ok\n".encode("utf-16-le"), "Café — ok\n"),
        ("\ufeffCafé — ok\n".encode("utf-16-be"), "Café — ok\n"),
        ("Reach,Likes\n12,3\n".encode("utf-16-le"), "Reach,Likes\n12,3\n"),
        ("Caf\u00e9 \u2014 ok\n".encode("cp1252"), "Café — ok\n"),
        (b"Kafe \x81\n", "Kafe \x81\n"),  # unassigned in Windows-1252: still text
    ],
)
def test_decoding(data: bytes, text: str) -> None:
    assert decode_csv_bytes(data) == text


# --- CSV structure --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Permalink,Reach,Likes\nhttps://x/1,1,2\n", ","),
        ("Tautan permanen;Jangkauan;Suka\nhttps://x/1;1.234;2\n", ";"),
        ("Content\tViews\tLikes\nabc\t1,234\t2\n", "\t"),
        ('"Description, long",Reach\n"a, b, c",1\n', ","),
        ('Deskripsi;Jangkauan\n"a, b, c";1\n', ";"),
        ("Reach\n1\n", ","),
    ],
)
def test_detect_delimiter(text: str, delimiter: str) -> None:
    assert detect_delimiter(text) == delimiter


def test_tab_separated_export() -> None:
    text = "Content\tVideo title\tViews\tLikes\nabc123\tJudul, dengan koma\t1,234\t56\n"
    preview = parse_metrics(text)
    assert (preview.source, preview.delimiter) == ("youtube", "\t")
    assert dict(preview.rows[0].metrics) == {"video_views": 1234, "likes": 56}


def test_excel_separator_hint_line() -> None:
    text = "sep=;\r\nPermalink;Reach\r\nhttps://www.instagram.com/p/A/;1.500\r\n"
    preview = parse_metrics(text)
    assert preview.delimiter == ";"
    assert [(r.line, dict(r.metrics)) for r in preview.rows] == [(3, {"reach": 1500})]


def test_line_numbers_follow_multiline_fields_and_blank_lines() -> None:
    text = (
        "Permalink,Description,Reach\r\n"
        'https://www.facebook.com/p/1,"satu\r\ndua\r\ntiga",10\r\n'
        "\r\n"
        "https://www.facebook.com/p/2,empat,20\r\n"
    )
    preview = parse_metrics(text, source="meta")
    assert [(r.line, r.text) for r in preview.rows] == [(2, "satu dua tiga"), (6, "empat")]
    assert preview.skipped == ()  # a blank line is no row at all


def test_text_starting_like_a_bitmap_is_still_text() -> None:
    assert decode_csv_bytes(b"BMKG;Reach\n") == "BMKG;Reach\n"


def test_broken_csv_is_refused_with_the_line() -> None:
    text = "Permalink,Reach\nhttps://www.facebook.com/p/1,1\n" + '"' + "x" * 200_000 + '",2\n'
    with pytest.raises(UserFacingError) as caught:
        parse_metrics(text)
    assert caught.value.render().startswith("The file cannot be read as CSV near line 3.")


def test_short_rows_count_missing_cells_as_empty() -> None:
    preview = parse_metrics("Permalink,Reach,Likes\nhttps://www.facebook.com/p/1,10\n")
    assert dict(preview.rows[0].metrics) == {"reach": 10}


def test_long_caption_is_cut_to_a_snippet() -> None:
    caption = "kata " * 100
    preview = parse_metrics(
        f"Permalink,Description,Reach\nhttps://www.facebook.com/p/1,{caption},1\n"
    )
    snippet = preview.rows[0].text
    assert len(snippet) == 120 and snippet.endswith("…")


# --- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1234", 1234),
        ("1,234", 1234),
        ("1.234", 1234),
        ("1 234", 1234),
        ("1\u00a0234", 1234),
        ("1'234", 1234),
        ("1.234.567", 1234567),
        ("1,234,567", 1234567),
        ("1.234,0", 1234),
        ("1,234.00", 1234),
        ("1234.0", 1234),
        ("12,5K", 12500),
        ("12.5k", 12500),
        ("1.2M", 1200000),
        ("3 rb", 3000),
        ("3,4 rb", 3400),
        ("2 jt", 2000000),
        ("2,25 juta", 2250000),
        ("0.5K", 500),
        ("+15", 15),
        ("0", 0),
        ("", None),
        ("-", None),
        ("—", None),
        ("–", None),
        ("N/A", None),
        ("4,5%", None),
        ("12 %", None),
    ],
)
def test_parse_count(value: str, expected: int | None) -> None:
    assert parse_count(value) == expected
    assert parse_count(value, ",") == expected


@pytest.mark.parametrize(
    "value", ["1,5", "12.25", "1,234.5", "12.34.5", "1.234,567.8", "-5", "12x", "abc", "5 kali"]
)
def test_parse_count_refuses(value: str) -> None:
    with pytest.raises(ValueError):
        parse_count(value)


def test_abbreviation_with_three_decimals_follows_the_file() -> None:
    assert parse_count("1,234K", ",") == 1234
    assert parse_count("1,234K", ".") == 1234000
    assert parse_count("1.234K", ".") == 1234
    assert parse_count("1.234K", ",") == 1234000


def test_decimal_mark_is_voted_over_the_file() -> None:
    comma_file = 'Permalink,Reach,Rate\nhttps://www.facebook.com/p/1,"1,234K","4,5"\n'
    point_file = 'Permalink,Reach,Rate\nhttps://www.facebook.com/p/1,"1,234K",4.5\n'
    comma = parse_metrics(comma_file)
    point = parse_metrics(point_file)
    assert (comma.decimal_mark, comma.rows[0].metrics["reach"]) == (",", 1234)
    assert (point.decimal_mark, point.rows[0].metrics["reach"]) == (".", 1234000)
    # No evidence: a comma-separated English file means a decimal point.
    assert parse_metrics("Permalink,Reach\nhttps://www.facebook.com/p/1,5\n").decimal_mark == "."


# --- dates and links ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "day_first", "expected"),
    [
        (
            "2026-03-21T08:15:00+0700",
            True,
            dt.datetime(2026, 3, 21, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        ),
        ("2026-03-21 08:15:00", False, dt.datetime(2026, 3, 21, 8, 15)),
        ("2023-01-15 08:30 +0000", True, dt.datetime(2023, 1, 15, 8, 30, tzinfo=UTC)),
        ("03/04/2026 10:00", False, dt.datetime(2026, 3, 4, 10, 0)),
        ("03/04/2026 10.00", True, dt.datetime(2026, 4, 3, 10, 0)),
        ("3/21/26 8:15 PM", False, dt.datetime(2026, 3, 21, 20, 15)),
        ("Mar 21, 2026", True, dt.datetime(2026, 3, 21)),
        (
            "Sabtu, 21 Maret 2026 19.00 WIB",
            True,
            dt.datetime(2026, 3, 21, 19, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        ),
        ("17 Agu 2026", True, dt.datetime(2026, 8, 17)),
        ("", True, None),
    ],
)
def test_parse_published(value: str, day_first: bool, expected: dt.datetime | None) -> None:
    assert parse_published(value, day_first) == expected


@pytest.mark.parametrize("value", ["besok", "32/01/2026", "2026-13-01", "Lifetime", "Mar 40, 2026"])
def test_parse_published_refuses(value: str) -> None:
    with pytest.raises(ValueError):
        parse_published(value, True)


def test_day_order_is_voted_over_the_column() -> None:
    rows = "Permalink,Publish time,Reach\nhttps://www.facebook.com/p/1,{},1\nhttps://www.facebook.com/p/2,{},2\n"
    month_first = parse_metrics(rows.format("03/04/2026 10:00", "03/13/2026 10:00"))
    day_first = parse_metrics(rows.format("03/04/2026 10:00", "13/03/2026 10:00"))
    assert month_first.rows[0].published == dt.datetime(2026, 3, 4, 10, 0)
    assert day_first.rows[0].published == dt.datetime(2026, 4, 3, 10, 0)


@pytest.mark.parametrize(
    ("link", "platform"),
    [
        ("https://www.instagram.com/p/DAbC/", Platform.INSTAGRAM),
        ("https://m.facebook.com/story.php?id=1", Platform.FACEBOOK),
        ("https://fb.watch/abc/", Platform.FACEBOOK),
        ("https://vt.tiktok.com/ZS123/", Platform.TIKTOK),
        ("https://twitter.com/a/status/1", Platform.X),
        ("https://x.com/a/status/1", Platform.X),
        ("https://youtu.be/aBcD3fGh1Jk", Platform.YOUTUBE),
        ("https://www.threads.net/@a/post/1", Platform.THREADS),
        ("https://notinstagram.com/p/1", None),
        ("bukan tautan", None),
    ],
)
def test_platform_of_link(link: str, platform: Platform | None) -> None:
    assert platform_of_link(link) == platform


def test_row_platform_follows_its_link_in_a_mixed_meta_file() -> None:
    text = (
        "Post ID,Permalink,Reach\n"
        "1,https://www.instagram.com/p/A/,10\n"
        "2,https://www.facebook.com/p/2,20\n"
    )
    assert [r.platform for r in parse_metrics(text).rows] == [Platform.INSTAGRAM, Platform.FACEBOOK]


# --- reading as a stream, with a row limit ----------------------------------------------------


class _CountingStream(io.BytesIO):
    """A file that remembers the largest piece anyone asked of it."""

    largest = 0

    def read(self, size: int | None = -1) -> bytes:
        _CountingStream.largest = max(_CountingStream.largest, size if size and size > 0 else 2**62)
        return super().read(size)

    def read1(self, size: int = -1) -> bytes:
        _CountingStream.largest = max(_CountingStream.largest, size if size > 0 else 2**62)
        return super().read1(size)

    def readinto(self, buffer: Any) -> int:
        _CountingStream.largest = max(_CountingStream.largest, len(buffer))
        return super().readinto(buffer)


def _opener(data: bytes) -> Callable[[], io.BytesIO]:
    return lambda: _CountingStream(data)


@pytest.mark.parametrize(
    "name", sorted(p.name for p in DATA.glob("*.csv") if p.name != "screenshot_png.csv")
)
def test_a_stream_reads_the_same_as_bytes(name: str) -> None:
    data = (DATA / name).read_bytes()
    try:
        whole = parse_metrics(data)
    except UserFacingError as exc:
        with pytest.raises(type(exc)) as info:
            parse_metrics(_opener(data))
        assert info.value.render() == exc.render()
        return
    streamed = parse_metrics(_opener(data))
    assert streamed == whole


def test_a_large_file_is_read_in_pieces_never_whole() -> None:
    rows = "".join(
        f"https://www.instagram.com/p/C{i:07d}/,{1000 + i},{i % 300}\n" for i in range(12_000)
    )
    data = ("Permalink,Reach,Likes\n" + rows).encode("utf-16")
    _CountingStream.largest = 0
    preview = parse_metrics(_opener(data))
    assert len(preview.rows) == 12_000
    assert _CountingStream.largest <= 1024 * 1024 < len(data)


def test_more_rows_than_the_limit_are_refused_with_a_message() -> None:
    header = "Permalink,Reach\n"
    rows = "".join(f"https://www.instagram.com/p/C{i:05d}/,{i}\n" for i in range(1001))
    assert (
        len(parse_metrics((header + rows[: rows.rindex("https")]).encode(), max_rows=1000).rows)
        == 1000
    )
    with pytest.raises(UserFacingError) as info:
        parse_metrics(_opener((header + rows).encode()), max_rows=1000)
    assert info.value.render() == (
        "The file has more than 1000 rows; at most 1000 are read at once. Export a shorter "
        "period from the platform (for example one month per file) and import each file."
    )


def test_windows_1252_far_into_a_file_is_still_recognised() -> None:
    """UTF-8 is a guess until the end: a 'é' in Windows-1252 after 100 kB switches encodings."""
    rows = "".join(f"https://www.facebook.com/1/posts/{i},{i + 10}\n" for i in range(3000))
    data = ("Permalink,Reach\n" + rows).encode(
        "ascii"
    ) + "https://www.facebook.com/1/posts/café,5\n".encode("cp1252")
    assert len(data) > 100_000
    preview = parse_metrics(_opener(data))
    assert preview.encoding == "cp1252"
    assert preview.rows[-1].link == "https://www.facebook.com/1/posts/café"


def test_binary_data_far_into_a_file_is_refused() -> None:
    rows = "".join(f"https://www.facebook.com/1/posts/{i},{i + 10}\n" for i in range(3000))
    data = ("Permalink,Reach\n" + rows).encode() + b"\x00\x01\x02\x00"
    with pytest.raises(UserFacingError) as info:
        parse_metrics(_opener(data))
    assert "binary data" in info.value.render()


def test_a_line_of_megabytes_is_refused() -> None:
    data = b"Permalink,Reach\n" + b"x" * (2 * 1024 * 1024) + b",5\n"
    with pytest.raises(UserFacingError) as info:
        parse_metrics(_opener(data))
    assert "Line 2 of the file is far too long" in info.value.render()


def test_duplicates_far_apart_are_found() -> None:
    rows = [f"https://www.instagram.com/p/C{i:05d}/,{i}\n" for i in range(5000)]
    rows.append(rows[7])  # the same post with the same figures, at the end
    preview = parse_metrics(("Permalink,Reach\n" + "".join(rows)).encode())
    assert len(preview.rows) == 5000
    assert [(s.line, s.code, dict(s.params)) for s in preview.skipped] == [
        (5002, "duplicate", {"line": 9})
    ]


def test_a_rows_figures_read_like_a_dict() -> None:
    row = load("meta_en.csv").rows[0]
    as_dict = dict(row.metrics)
    assert as_dict and row.metrics == as_dict and len(row.metrics) == len(as_dict)
    assert all(row.metrics[k] == v for k, v in as_dict.items())
    absent = next(k for k in ("saves", "video_views") if k not in as_dict)
    assert absent not in row.metrics and row.metrics.get(absent) is None
    with pytest.raises(KeyError):
        row.metrics["nothing"]
    assert row.fingerprint == row_fingerprint(
        row.platform, row.link, row.post_id, row.published, as_dict
    )
