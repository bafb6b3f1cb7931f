"""After publishing: links, typed figures, CSV imports matched to posts (all or nothing,
never twice), and the month's evaluation and report checked against known figures."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, MediaRef, PostContent, Status
from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import AgencyProfile, save_profile
from medsos_desktop.services.metrics import (
    MATCH_DATE,
    MATCH_DATE_TEXT,
    MATCH_LINK,
    MATCH_NONE,
    MATCH_POST_ID,
    REASON_ALREADY,
    REASON_UNMATCHED,
    REASON_USER_SKIPPED,
    ROW_ALREADY,
    ROW_MATCHED,
    ROW_UNMATCHED,
    LinkError,
    MetricsError,
    MetricsService,
    MissingColumnsError,
    StorageError,
    check_link,
    normalize_url,
)
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.store.blobs import put_blob
from medsos_desktop.store.models import MetricImport, Post, PostEvent, PostMetric, PublishedLink

DATA = Path(__file__).resolve().parent.parent / "data" / "metrics"
IG, FB, X, TT, YT = (
    Platform.INSTAGRAM,
    Platform.FACEBOOK,
    Platform.X,
    Platform.TIKTOK,
    Platform.YOUTUBE,
)


def make_post(
    ws: Workspace,
    title: str,
    platforms: tuple[Platform, ...],
    planned: dt.datetime | None,
    caption: str = "",
    status: Status = Status.SYNCED,
    category: Category = Category.KEGIATAN,
    media: tuple[MediaRef, ...] = (),
) -> int:
    post_id = PostService(ws.db).create(
        PostContent(
            title=title,
            category=category,
            platforms=platforms,
            base_caption=caption or title,
            planned_at=planned,
            media=media,
        )
    )
    with ws.db.session() as session, session.begin():
        session.get(Post, post_id).status = status.value  # type: ignore[union-attr]
    return post_id


def count(ws: Workspace, model: type) -> int:
    with ws.db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def service(empty_workspace: Workspace) -> MetricsService:
    return MetricsService(empty_workspace.db, actor="Rina")


# --- links ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.instagram.com/p/DAbCdEfGhIj/?igsh=MWx0bW9",
            "https://instagram.com/p/DAbCdEfGhIj",
        ),
        ("HTTP://Instagram.COM/reel/DAbCdEfKlMn", "https://instagram.com/reel/DAbCdEfKlMn"),
        (
            "https://twitter.com/pemkot/status/19034?s=20&t=abc",
            "https://x.com/pemkot/status/19034",
        ),
        (
            "https://www.youtube.com/watch?v=xYz9_-AbCdE&utm_source=wa&t=5s",
            "https://youtube.com/watch?v=xYz9_-AbCdE",
        ),
        (
            "https://m.facebook.com/story.php?story_fbid=123456&id=99&mibextid=Nif5oz",
            "https://facebook.com/story.php?id=99&story_fbid=123456",
        ),
        ("www.tiktok.com/@a/video/735#comments", "https://tiktok.com/@a/video/735"),
    ],
)
def test_links_are_normalised(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_links_are_checked_loosely() -> None:
    assert check_link(IG, "https://www.instagram.com/p/DAbCdEfGhIj/") is None
    assert check_link(IG, "http://instagram.com/reel/x") is None  # any path on the platform
    assert check_link(X, "https://twitter.com/a/status/1") is None
    assert check_link(YT, "https://youtu.be/aBcD3fGh1Jk") is None
    not_url = check_link(IG, "instagram.com/p/abc")
    assert not_url is not None and "https://" in not_url.render()
    wrong = check_link(FB, "https://www.instagram.com/p/abc/")
    assert wrong is not None and "Facebook" in wrong.render()
    assert check_link(TT, "ftp://tiktok.com/video/1") is not None


def test_mark_published_moves_a_synced_post_with_an_event(
    empty_workspace: Workspace, service: MetricsService
) -> None:
    post_id = make_post(empty_workspace, "Donor darah", (IG, FB), dt.datetime(2026, 4, 2, 9))
    at = dt.datetime(2026, 4, 2, 9, 30, 12)
    status = service.mark_published(
        post_id,
        {IG: " https://www.instagram.com/p/DAbCdEfGhIj/ ", FB: "", X: "  "},
        at,
    )
    assert status is Status.PUBLISHED
    links = service.links(post_id)
    assert list(links) == [IG]  # empty fields are not links
    assert links[IG].url == "https://www.instagram.com/p/DAbCdEfGhIj/"
    assert links[IG].published_at == at
    events = PostService(empty_workspace.db).events(post_id)
    assert (events[-1].from_status, events[-1].to_status, events[-1].actor) == (
        "synced",
        "published",
        "Rina",
    )
    assert PostService(empty_workspace.db).load(post_id).status is Status.PUBLISHED

    # A published post gets its links corrected or added, without another status change.
    service.mark_published(post_id, {FB: "https://facebook.com/a/posts/1"}, at)
    assert set(service.links(post_id)) == {IG, FB}
    assert len(PostService(empty_workspace.db).events(post_id)) == len(events)


@pytest.mark.parametrize("status", [Status.APPROVED, Status.DRAFT, Status.SUBMITTED])
def test_only_a_synced_post_can_become_published(
    empty_workspace: Workspace, service: MetricsService, status: Status
) -> None:
    """The workflow has no approved -> published: the coordinator has not received it yet."""
    post_id = make_post(empty_workspace, "Rapat", (IG,), None, status=status)
    with pytest.raises(MetricsError) as info:
        service.mark_published(post_id, {IG: "https://instagram.com/p/abcdef"}, dt.datetime.now())
    assert "central folder" in info.value.render()
    assert count(empty_workspace, PublishedLink) == 0
    assert PostService(empty_workspace.db).load(post_id).status is status


def test_bad_links_are_refused_per_platform(
    empty_workspace: Workspace, service: MetricsService
) -> None:
    post_id = make_post(empty_workspace, "Rapat", (IG, FB), None)
    with pytest.raises(LinkError) as info:
        service.mark_published(
            post_id,
            {IG: "https://instagram.com/p/abcdef", FB: "https://instagram.com/p/abcdef"},
            dt.datetime.now(),
        )
    assert set(info.value.problems) == {FB}
    with pytest.raises(MetricsError):
        service.mark_published(post_id, {IG: " "}, dt.datetime.now())
    with pytest.raises(MetricsError):
        service.mark_published(9999, {IG: "https://instagram.com/p/abcdef"}, dt.datetime.now())
    assert count(empty_workspace, PublishedLink) == 0


# --- typed figures ----------------------------------------------------------------------------


def test_manual_figures_are_replaced_in_place(
    empty_workspace: Workspace, service: MetricsService
) -> None:
    post_id = make_post(empty_workspace, "Rapat", (IG, FB), None, status=Status.PUBLISHED)
    service.record_manual(post_id, IG, {"reach": 100, "likes": 5})
    service.record_manual(post_id, IG, {"reach": 250, "likes": 9, "comments": 1})
    service.record_manual(post_id, FB, {"reach": 40})
    assert count(empty_workspace, PostMetric) == 2
    latest = service.latest_metrics(post_id)
    assert latest[IG] == {
        "reach": 250,
        "impressions": None,
        "likes": 9,
        "comments": 1,
        "shares": None,
        "saves": None,
        "video_views": None,
    }
    assert latest[FB]["reach"] == 40
    with empty_workspace.db.session() as session:
        fingerprints = set(session.scalars(select(PostMetric.fingerprint)))
    assert fingerprints == {f"manual:{post_id}:instagram", f"manual:{post_id}:facebook"}

    service.record_manual(post_id, FB, {"reach": None})  # all empty: the typed row goes
    assert set(service.latest_metrics(post_id)) == {IG}
    for bad in ({"reach": -1}, {"followers": 3}, {"likes": 1.5}, {"likes": True}):
        with pytest.raises(MetricsError):
            service.record_manual(post_id, IG, bad)  # type: ignore[arg-type]
    assert service.latest_metrics(post_id)[IG]["reach"] == 250


# --- import: matching the real exports --------------------------------------------------------


def preview_of(service: MetricsService, name: str, **kwargs: object):  # type: ignore[no-untyped-def]
    return service.preview_import((DATA / name).read_bytes(), name, **kwargs)  # type: ignore[arg-type]


def kinds(preview) -> list[tuple[int, int | None, str, str]]:  # type: ignore[no-untyped-def]
    return [(m.row.line, m.post_id, m.kind, m.status) for m in preview.matches]


def test_meta_facebook_rows_match_by_link_post_id_and_date_with_caption(
    empty_workspace: Workspace, service: MetricsService
) -> None:
    ws = empty_workspace
    ktp = make_post(ws, "KTP keliling", (FB,), dt.datetime(2026, 3, 25, 8))
    walk = make_post(ws, "Jalan sehat", (FB,), dt.datetime(2026, 4, 2, 16))
    closed = make_post(
        ws,
        "Penutupan jalan",
        (FB,),
        dt.datetime(2026, 4, 7, 10),
        caption="Pengumuman penutupan sementara Jalan Merdeka mulai Senin.",
    )
    make_post(ws, "Lain hari", (FB,), dt.datetime(2026, 4, 7, 14), caption="Lomba mewarnai anak")
    service.mark_published(
        ktp,
        {FB: "https://www.facebook.com/102938475610293/posts/845610293847561/?mibextid=abc"},
        dt.datetime(2026, 3, 25, 8, 15),
    )
    # The export names the reel by another kind of link: the post ID inside still matches.
    service.mark_published(
        walk,
        {FB: "https://web.facebook.com/102938475610293/videos/1234567890123456"},
        dt.datetime(2026, 4, 2, 16, 40),
    )
    preview = preview_of(service, "meta_en.csv")
    assert kinds(preview) == [
        (2, ktp, MATCH_LINK, ROW_MATCHED),
        (4, walk, MATCH_POST_ID, ROW_MATCHED),
        (5, closed, MATCH_DATE_TEXT, ROW_MATCHED),
    ]
    third = preview.matches[2]
    assert third.post_title == "Penutupan jalan"
    assert 0.6 <= third.confidence <= 1.0
    assert {c.id for c in preview.choices} >= {ktp, walk, closed}

    summary = service.commit_import(preview)
    assert (summary.imported, summary.skipped, summary.already) == (3, 0, 0)
    assert service.latest_metrics(walk)[FB]["reach"] == 845120
    with ws.db.session() as session:
        record = session.scalars(select(MetricImport)).one()
    assert (record.source, record.file_name, record.rows_imported) == ("meta", "meta_en.csv", 3)


def test_meta_instagram_indonesian_links_with_share_parameters(
    empty_workspace: Workspace, service: MetricsService
) -> None:
    ws = empty_workspace
    posyandu = make_post(ws, "Posyandu", (IG,), dt.datetime(2026, 4, 2, 8))
    reel = make_post(ws, "Cuci tangan", (IG,), dt.datetime(2026, 3, 25, 19))
    vaksin = make_post(
        ws, "Vaksin", (IG,), dt.datetime(2026, 4, 7, 9), caption="Jadwal vaksinasi pekan ini"
    )
    service.mark_published(
        posyandu, {IG: "https://www.instagram.com/p/DAbCdEfGhIj/?igsh=MWx0bW9"}, dt.datetime.now()
    )
    service.mark_published(reel, {IG: "http://instagram.com/reel/DAbCdEfKlMn"}, dt.datetime.now())
    preview = preview_of(service, "meta_id.csv")
    assert kinds(preview) == [
        (2, posyandu, MATCH_LINK, ROW_MATCHED),
        (4, reel, MATCH_LINK, ROW_MATCHED),
        (5, vaksin, MATCH_DATE_TEXT, ROW_MATCHED),
    ]
    assert all(m.platform is IG for m in preview.matches)


def test_tiktok_x_and_youtube_exports(empty_workspace: Workspace, service: MetricsService) -> None:
    ws = empty_workspace
    senam = make_post(ws, "Senam", (TT,), dt.datetime(2026, 3, 21, 19))
    tips = make_post(
        ws,
        "Tips KTP",
        (TT,),
        dt.datetime(2026, 3, 28, 12),
        caption="Tips urus KTP tanpa antre, cek di sini! #sukamajumelayani",
    )
    service.mark_published(
        senam,
        {TT: "https://www.tiktok.com/@pemkotsukamaju/video/7351234567890123456?is_from_webapp=1"},
        dt.datetime(2026, 3, 21, 19, 30),
    )
    preview = preview_of(service, "tiktok.csv")
    assert kinds(preview)[0] == (2, senam, MATCH_LINK, ROW_MATCHED)
    # No link stored for the second video: its day and title find it.
    assert kinds(preview)[1][1:3] == (tips, MATCH_DATE_TEXT)

    ktp = make_post(ws, "KTP keliling", (X,), dt.datetime(2026, 3, 21, 8))
    air = make_post(ws, "Hari Air", (X,), dt.datetime(2026, 3, 22, 9))
    service.mark_published(
        ktp, {X: "https://twitter.com/i/web/status/1903456789012345678"}, dt.datetime.now()
    )
    service.mark_published(
        air, {X: "https://x.com/pemkotsukamaju/status/1905555555555555555?s=20"}, dt.datetime.now()
    )
    assert kinds(preview_of(service, "x.csv")) == [
        (2, ktp, MATCH_POST_ID, ROW_MATCHED),
        (3, air, MATCH_LINK, ROW_MATCHED),  # twitter.com and x.com are the same site
    ]

    stunting = make_post(ws, "Stunting", (YT,), dt.datetime(2026, 3, 21, 10))
    profil = make_post(ws, "Profil", (YT,), dt.datetime(2026, 4, 2, 10))
    service.mark_published(stunting, {YT: "https://youtu.be/aBcD3fGh1Jk"}, dt.datetime.now())
    service.mark_published(
        profil, {YT: "https://www.youtube.com/watch?v=xYz9_-AbCdE&t=5s"}, dt.datetime.now()
    )
    preview = preview_of(service, "youtube.csv")
    assert kinds(preview) == [
        (3, stunting, MATCH_POST_ID, ROW_MATCHED),
        (4, profil, MATCH_POST_ID, ROW_MATCHED),
    ]
    assert [(s.line, s.code) for s in preview.skipped] == [(2, "total")]


def test_windows_1252_caption_matches_by_date_and_caption(
    empty_workspace: Workspace, service: MetricsService
) -> None:
    post_id = make_post(
        empty_workspace,
        "Kafe Warga",
        (FB,),
        dt.datetime(2026, 3, 30, 9),
        caption="Kecamatan Sukamaju — Pelayanan prima di Kafé Warga. Datang, ya!",
    )
    (match,) = preview_of(service, "windows1252.csv").matches
    assert (match.post_id, match.kind) == (post_id, MATCH_DATE_TEXT)


def test_duplicates_and_broken_rows_are_reported_in_the_summary(
    empty_workspace: Workspace, service: MetricsService
) -> None:
    post_id = make_post(empty_workspace, "Lelang jabatan", (FB,), dt.datetime(2026, 3, 2, 8))
    service.mark_published(
        post_id, {FB: "https://www.facebook.com/102938475610293/posts/1"}, dt.datetime.now()
    )
    preview = preview_of(service, "duplicates.csv")
    # Two snapshots of the same post with different figures: both are kept.
    assert kinds(preview) == [
        (2, post_id, MATCH_LINK, ROW_MATCHED),
        (4, post_id, MATCH_LINK, ROW_MATCHED),
    ]
    summary = service.commit_import(preview)
    assert (summary.imported, summary.skipped, summary.already) == (2, 5, 0)
    assert summary.reasons == {
        "duplicate": 1,
        "empty": 1,
        "no_identifier": 1,
        "bad_number": 1,
        "no_metrics": 1,
    }
    assert [s.line for s in summary.left_out] == [3, 5, 6, 7, 8]
    assert service.latest_metrics(post_id)[FB]["impressions"] == 1650  # the later snapshot


def test_renamed_columns_need_a_mapping_then_match_by_date(
    empty_workspace: Workspace, service: MetricsService
) -> None:
    ws = empty_workspace
    first = make_post(ws, "Lomba foto", (IG,), dt.datetime(2026, 3, 10, 9))
    second = make_post(ws, "Pameran", (IG,), dt.datetime(2026, 3, 11, 9))
    data = (DATA / "renamed_columns.csv").read_bytes()
    with pytest.raises(MissingColumnsError):
        service.preview_import(data, "renamed_columns.csv")
    columns = service.columns(data)
    assert columns.headers == ("Tautan Konten", "Tanggal Unggah", "Ditonton", "Disukai", "Catatan")
    assert dict(columns.mapping) == {}
    preview = service.preview_import(
        data, "renamed_columns.csv", mapping={"published": 1, "video_views": 2, "likes": 3}
    )
    assert kinds(preview) == [
        (2, first, MATCH_DATE, ROW_MATCHED),
        (3, second, MATCH_DATE, ROW_MATCHED),
    ]
    # Without the link column the platform is unknown; the post's only platform is used.
    assert preview.matches[0].platform is None
    summary = service.commit_import(preview)
    assert summary.imported == 2
    assert service.latest_metrics(first)[IG]["video_views"] == 2345


def test_files_that_cannot_be_imported_are_refused(service: MetricsService) -> None:
    with pytest.raises(MissingColumnsError):
        preview_of(service, "missing_columns.csv")
    assert service.columns((DATA / "missing_columns.csv").read_bytes()).headers[0] == "Post ID"
    with pytest.raises(UserFacingError) as info:
        preview_of(service, "screenshot_png.csv")
    assert "PNG image" in info.value.render()
    with pytest.raises(UserFacingError):
        service.columns((DATA / "screenshot_png.csv").read_bytes())


# --- import: never twice, all or nothing ------------------------------------------------------


def _published_fb_posts(ws: Workspace, service: MetricsService) -> tuple[int, int, int]:
    ids = []
    for suffix, day in (("845610293847561", 25), ("845610293848111", 7)):
        post_id = make_post(
            ws, f"Post {suffix}", (FB,), dt.datetime(2026, 3 if day == 25 else 4, day)
        )
        service.mark_published(
            post_id,
            {FB: f"https://www.facebook.com/102938475610293/posts/{suffix}"},
            dt.datetime.now(),
        )
        ids.append(post_id)
    reel = make_post(ws, "Reel", (FB,), None)
    return ids[0], ids[1], reel


def test_the_same_file_twice_imports_nothing_the_second_time(
    empty_workspace: Workspace, service: MetricsService
) -> None:
    _first, _second, reel = _published_fb_posts(empty_workspace, service)
    preview = preview_of(service, "meta_en.csv")
    assert [m.status for m in preview.matches] == [ROW_MATCHED, ROW_UNMATCHED, ROW_MATCHED]
    summary = service.commit_import(preview, {4: reel})  # the reel matched by hand
    assert summary.imported == 3
    assert service.latest_metrics(reel)[FB]["likes"] == 18903

    again = preview_of(service, "meta_en.csv")
    assert [m.status for m in again.matches] == [ROW_ALREADY] * 3
    summary = service.commit_import(again, {4: reel})
    assert (summary.imported, summary.already, summary.skipped) == (0, 3, 0)
    assert summary.reasons == {REASON_ALREADY: 3}
    assert summary.import_id is None
    assert count(empty_workspace, PostMetric) == 3
    assert count(empty_workspace, MetricImport) == 1

    # A preview taken before the first import and committed after it: still not twice.
    assert service.commit_import(preview, {4: reel}).imported == 0
    assert count(empty_workspace, PostMetric) == 3


def test_rows_without_a_match_are_skipped_or_matched_by_hand(
    empty_workspace: Workspace, service: MetricsService
) -> None:
    first, second, _reel = _published_fb_posts(empty_workspace, service)
    preview = preview_of(service, "meta_en.csv")
    unmatched = preview.matches[1]
    assert (unmatched.post_id, unmatched.kind) == (None, MATCH_NONE)
    summary = service.commit_import(preview, {2: None})  # line 2 skipped, line 4 left open
    assert summary.imported == 1
    assert summary.reasons == {REASON_USER_SKIPPED: 1, REASON_UNMATCHED: 1}
    rendered = [s.render() for s in summary.left_out]
    assert rendered == ["Skipped by you.", "No post matches this row, and none was chosen."]
    assert set(service.latest_metrics(second)) == {FB}
    assert service.latest_metrics(first) == {}


def test_a_post_deleted_after_the_preview_leaves_nothing_imported(
    empty_workspace: Workspace, service: MetricsService
) -> None:
    _first, second, reel = _published_fb_posts(empty_workspace, service)
    preview = preview_of(service, "meta_en.csv")
    PostService(empty_workspace.db).delete(second)
    with pytest.raises(MetricsError) as info:
        service.commit_import(preview, {4: reel})
    assert "deleted after the preview" in info.value.render()
    assert count(empty_workspace, PostMetric) == 0
    assert count(empty_workspace, MetricImport) == 0


def test_a_full_disk_during_the_import_leaves_nothing_imported(paths: AppPaths) -> None:
    """SQLITE_FULL for real: the file may not grow by a single page."""
    ws = open_workspace(paths, seed_demo=False)
    service = MetricsService(ws.db)
    post_id = make_post(ws, "Banyak", (FB,), dt.datetime(2026, 4, 1))
    service.mark_published(post_id, {FB: "https://facebook.com/p/posts/42"}, dt.datetime.now())
    with ws.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    ws.close()
    rows = "\n".join(f"https://facebook.com/p/posts/42,{1000 + i},{i}" for i in range(400))
    data = f"Permalink,Reach,Reactions\n{rows}\n".encode()

    capped = open_workspace(paths, seed_demo=False, max_page_count=pages)
    try:
        service = MetricsService(capped.db)
        preview = service.preview_import(data, "besar.csv")
        assert len(preview.matches) == 400
        with pytest.raises(StorageError) as info:
            service.commit_import(preview)
        assert "full" in info.value.render()
        assert count(capped, PostMetric) == 0
        assert count(capped, MetricImport) == 0
        with capped.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        capped.close()


# --- evaluation and report --------------------------------------------------------------------


def _png(ws: Workspace, seed: int) -> MediaRef:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (8, 8), (seed, 0, 0)).save(buffer, "PNG")
    return PostService(ws.db).import_image_bytes(buffer.getvalue(), f"{seed}.png")


def _video(ws: Workspace) -> MediaRef:
    with ws.db.session() as session, session.begin():
        digest = put_blob(session, b"\x00\x00\x00\x18ftypmp42 not really a video", "video/mp4")
    return MediaRef(digest, "senam.mp4")


@pytest.fixture
def april(empty_workspace: Workspace, service: MetricsService) -> dict[str, int]:
    """A month with known figures; the expected sums are worked out in the tests."""
    ws = empty_workspace
    save_profile(ws.db, AgencyProfile(name="Dinas Kesehatan Kota Sukamaju"))
    day = dt.datetime
    posts = {
        # title: (platforms, category, media, planned, published, figures per platform)
        "p1": make_post(ws, "Donor darah", (IG, FB), day(2026, 4, 2, 9), media=(_png(ws, 1),)),
        "p2": make_post(
            ws,
            "Pengumuman PPDB",
            (IG,),
            day(2026, 4, 8, 9),
            category=Category.PENGUMUMAN,
            media=(_png(ws, 2), _png(ws, 3), _png(ws, 4)),
        ),
        "p3": make_post(
            ws, "Jam layanan", (FB,), day(2026, 4, 15, 10), category=Category.LAYANAN_PUBLIK
        ),
        "p4": make_post(ws, "Senam pagi", (TT,), None, media=(_video(ws),)),
        "p5": make_post(ws, "Posyandu", (IG,), day(2026, 4, 3, 8), media=(_png(ws, 5),)),
        "march": make_post(ws, "Maret", (IG,), day(2026, 3, 31, 9)),
        "draft": make_post(ws, "Draf", (IG,), day(2026, 4, 10, 9), status=Status.DRAFT),
        "synced": make_post(ws, "Terkirim", (IG,), day(2026, 4, 12, 9)),
        "archived": make_post(ws, "Arsip", (IG,), day(2026, 4, 5, 9), status=Status.ARCHIVED),
    }
    link = "https://www.instagram.com/p/{}/"
    fb = "https://www.facebook.com/dinkes/posts/{}"
    service.mark_published(
        posts["p1"], {IG: link.format("AAAAA1"), FB: fb.format(1)}, day(2026, 4, 2, 9, 30)
    )
    service.mark_published(posts["p2"], {IG: link.format("AAAAA2")}, day(2026, 4, 9, 10))
    service.mark_published(posts["p3"], {FB: fb.format(3)}, day(2026, 4, 15, 18))
    service.mark_published(
        posts["p4"],
        {TT: "https://www.tiktok.com/@dinkes/video/7350000000000000004"},
        day(2026, 4, 20, 7),
    )
    service.mark_published(posts["p5"], {IG: link.format("AAAAA5")}, day(2026, 4, 3, 8, 5))
    service.mark_published(posts["march"], {IG: link.format("AAAAA6")}, day(2026, 3, 31, 9))
    service.record_manual(
        posts["p1"], IG, {"reach": 1000, "likes": 100, "comments": 10, "shares": 5, "saves": 5}
    )
    service.record_manual(posts["p1"], FB, {"reach": 800, "likes": 50, "comments": 5, "shares": 5})
    service.record_manual(
        posts["p2"], IG, {"reach": 5000, "likes": 300, "comments": 20, "shares": 10, "saves": 70}
    )
    service.record_manual(posts["p3"], FB, {"reach": 50, "likes": 1})  # replaced by the import
    service.record_manual(
        posts["p4"],
        TT,
        {
            "reach": 9000,
            "likes": 1000,
            "comments": 50,
            "shares": 100,
            "saves": 50,
            "video_views": 20000,
        },
    )
    service.record_manual(posts["march"], IG, {"reach": 77777, "likes": 7777})
    csv_data = b"Permalink,Reach,Reactions,Comments,Shares\nhttps://facebook.com/dinkes/posts/3,200,10,0,0\n"
    assert service.commit_import(service.preview_import(csv_data, "fb.csv")).imported == 1
    return posts


def test_evaluation_of_a_month_with_known_figures(
    service: MetricsService, april: dict[str, int]
) -> None:
    ev = service.evaluation(dt.date(2026, 4, 17))
    assert ev.month == dt.date(2026, 4, 1)
    assert [p.post_id for p in ev.posts] == [april[k] for k in ("p1", "p5", "p2", "p3", "p4")]
    assert (ev.totals.reach, ev.totals.engagement, ev.totals.video_views) == (16000, 1790, 20000)
    # Weeks of the month as an office counts them: 1–7, 8–14, 15–21, 22 to the end.
    assert [(w.number, w.start.day, w.end.day, w.posts) for w in ev.weeks] == [
        (1, 1, 7, 2),
        (2, 8, 14, 1),
        (3, 15, 21, 2),
        (4, 22, 30, 0),
    ]
    assert [w.figures.reach for w in ev.weeks] == [1800, 5000, 9200, 0]
    assert [(g.key, g.posts, g.figures.engagement, g.figures.reach) for g in ev.by_category] == [
        ("kegiatan", 3, 1380, 10800),
        ("pengumuman", 1, 400, 5000),
        ("layanan_publik", 1, 10, 200),
    ]
    assert [(g.key, g.posts, g.figures.engagement, g.figures.reach) for g in ev.by_platform] == [
        ("instagram", 3, 520, 6000),
        ("facebook", 2, 70, 1000),
        ("tiktok", 1, 1200, 9000),
    ]
    assert [(g.key, g.posts, g.figures.engagement) for g in ev.by_format] == [
        ("single_image", 2, 180),
        ("carousel", 1, 400),
        ("video", 1, 1200),
        ("text_only", 1, 10),
    ]
    assert [p.post_id for p in ev.best_by_engagement] == [
        april["p4"],
        april["p2"],
        april["p1"],
        april["p3"],
    ]
    assert [p.figures.reach for p in ev.best_by_reach] == [9000, 5000, 1800, 200]
    # p1, p3, p5 went out on their planned day; p2 a day late; p4 had no plan.
    assert (ev.on_time, ev.timed, ev.on_time_rate) == (3, 4, 0.75)
    assert ev.by_status == {
        Status.DRAFT: 1,
        Status.SYNCED: 1,
        Status.PUBLISHED: 5,
        Status.ARCHIVED: 1,
    }


def test_an_empty_month_has_no_rate_and_no_best_posts(service: MetricsService) -> None:
    ev = service.evaluation(dt.date(2026, 2, 1))
    assert ev.posts == () and ev.best_by_engagement == () and ev.on_time_rate is None
    # February 2026 starts on a Sunday: still four weeks of seven days, no one-day stub.
    assert [(w.number, (w.end - w.start).days + 1) for w in ev.weeks] == [
        (1, 7),
        (2, 7),
        (3, 7),
        (4, 7),
    ]
    report = service.agency_report(dt.date(2026, 2, 1), lambda _c, text: text)
    assert report.summary[0].value == 0
    # January was empty too: no "same as January" under the zeros.
    assert report.summary[0].change == "" and report.summary[0].previous is None


TRANSLATIONS = {
    "Monthly Social Media Report": "Laporan Bulanan Media Sosial",
    "April": "April",
    "Posts published": "Unggahan terbit",
    "Engagement": "Interaksi",
}


def _translate(seen: set[str]):  # type: ignore[no-untyped-def]
    def translate(context: str, text: str) -> str:
        seen.add(context)
        return TRANSLATIONS.get(text, text)

    return translate


def test_agency_report_figures_and_words(service: MetricsService, april: dict[str, int]) -> None:
    contexts: set[str] = set()
    report = service.agency_report(
        dt.date(2026, 4, 1), _translate(contexts), generated_at=dt.datetime(2026, 5, 2, 8)
    )
    assert report.title == "Laporan Bulanan Media Sosial"
    assert report.letterhead is not None
    assert report.letterhead.name == "Dinas Kesehatan Kota Sukamaju"
    assert report.subtitle == "Month of April 2026"
    assert [(f.label, f.value, f.kind) for f in report.summary] == [
        ("Unggahan terbit", 5, "int"),
        ("Reach", 16000, "int"),
        ("Interaksi", 1790, "int"),
        ("Engagement rate", 1790 / 16000, "percent"),
        ("Published on the planned day", 0.75, "percent"),
    ]
    # 6 uploads: p1 on Instagram and Facebook, four posts on one platform each.
    assert report.summary[0].note == "6 uploads on 3 platforms"
    assert report.summary[4].note == "3 of 4 scheduled posts"
    # March had one post with 77,777 reach: every figure is compared with it.
    published, reach = report.summary[0], report.summary[1]
    assert (published.previous, published.trend) == (1, 1)
    assert published.change == "▲ 400% vs March (1)"
    assert (reach.previous, reach.trend) == (77777, -1)
    assert reach.change.startswith("▼ 79,4% vs March")
    assert "engagement ÷ reach" in report.summary_note
    assert contexts <= {"Report", "Platform", "Category", "Status"}
    sections = {s.title: s for s in report.sections}
    by_platform = sections["By platform"]
    platform = by_platform.table
    assert platform is not None
    assert platform.rows == [
        ["Instagram", 3, 6000, 0, 520, 520 / 6000],
        ["Facebook", 2, 1000, 0, 70, 70 / 1000],
        ["TikTok", 1, 9000, 0, 1200, 1200 / 9000],
    ]
    assert platform.total_row == ["Total", 6, 16000, 0, 1790, 1790 / 16000]
    assert by_platform.note.startswith("6 uploads on 3 platforms from 5 posts")
    # One measure per chart: reach alone, never reach beside engagement on one axis.
    assert by_platform.chart is not None and len(by_platform.chart.series) == 1
    assert all(len(s.chart.series) == 1 for s in report.sections if s.chart is not None)
    best = sections["Top 5 posts by engagement"].table
    assert best is not None
    assert [row[0] for row in best.rows] == [
        "Senam pagi",
        "Pengumuman PPDB",
        "Donor darah",
        "Jam layanan",
    ]
    assert best.rows[0][1] == dt.date(2026, 4, 20)
    # Thumbnails: the first image of each post that has one (the video post has none).
    assert best.images is not None
    assert [image is not None for image in best.images] == [False, True, True, False]
    weeks = sections["Posts per week"]
    assert weeks.table is not None and weeks.table.total_row[:2] == ["Total", 5]
    assert weeks.chart is not None and weeks.chart.categories == [
        "Week 1 (1–7 Apr)",
        "Week 2 (8–14 Apr)",
        "Week 3 (15–21 Apr)",
        "Week 4 (22–30 Apr)",
    ]
    statuses = sections["Posts of the month by status"].table
    assert statuses is not None and statuses.total_row == ["Total", 8]
    # No reviewer yet: the signature block leaves the name and NIP to be written in.
    assert report.signature is not None
    assert report.signature.role == "Head of Dinas Kesehatan Kota Sukamaju"
    assert report.signature.name == "" and report.signature.nip == ""


def test_the_admins_analysis_is_kept_per_month_and_goes_into_the_report(
    service: MetricsService, april: dict[str, int], empty_workspace: Workspace
) -> None:
    assert service.report_note(dt.date(2026, 4, 1)) == ""
    service.save_report_note(dt.date(2026, 4, 9), "  Jangkauan naik karena video senam.  ")
    service.save_report_note(dt.date(2026, 3, 1), "Maret sepi.")
    again = MetricsService(empty_workspace.db)  # read back from the database, not memory
    assert again.report_note(dt.date(2026, 4, 30)) == "Jangkauan naik karena video senam."
    assert again.report_note(dt.date(2026, 3, 1)) == "Maret sepi."
    report = again.agency_report(dt.date(2026, 4, 1), lambda _c, t: t)
    assert report.analysis is not None
    assert report.analysis.text == "Jangkauan naik karena video senam."
    again.save_report_note(dt.date(2026, 3, 1), "   ")  # emptied: gone
    assert again.report_note(dt.date(2026, 3, 1)) == ""
    assert again.agency_report(dt.date(2026, 3, 1), lambda _c, t: t).analysis is None


def test_the_admins_analysis_comes_back_with_a_backup(tmp_path: Path) -> None:
    """The analysis is user data: a backup restored on a new PC carries it."""
    from medsos_desktop.services.backup import export_all, restore

    old = AppPaths(tmp_path / "old")
    workspace = open_workspace(old, seed_demo=False)
    try:
        MetricsService(workspace.db).save_report_note(dt.date(2026, 11, 5), "Video banjir viral.")
    finally:
        workspace.close()
    out = tmp_path / "cadangan.medsos-backup"
    export_all(old, out)
    fresh = AppPaths(tmp_path / "fresh")
    restore(fresh, out)
    reopened = open_workspace(fresh, seed_demo=False)
    try:
        assert MetricsService(reopened.db).report_note(dt.date(2026, 11, 30)) == (
            "Video banjir viral."
        )
    finally:
        reopened.close()


def test_export_agency_report_writes_pdf_and_xlsx(
    service: MetricsService, april: dict[str, int], tmp_path: Path
) -> None:
    contexts: set[str] = set()
    pdf = service.export_agency_report(
        dt.date(2026, 4, 1), tmp_path / "laporan.pdf", "pdf", _translate(contexts)
    )
    xlsx = service.export_agency_report(
        dt.date(2026, 4, 1), tmp_path / "laporan.xlsx", "xlsx", _translate(contexts)
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(xlsx) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode("utf-8")
        assert "xl/charts/chart1.xml" in archive.namelist()
    assert "Laporan Bulanan Media Sosial" in strings
    assert "Dinas Kesehatan Kota Sukamaju" in strings
    with pytest.raises(ValueError):
        service.export_agency_report(
            dt.date(2026, 4, 1), tmp_path / "x.doc", "doc", _translate(contexts)
        )


def test_deleting_a_post_removes_its_links_and_figures(
    empty_workspace: Workspace, service: MetricsService, april: dict[str, int]
) -> None:
    posts = PostService(empty_workspace.db)
    posts.delete(april["p1"])  # in the trash, restorable: nothing is lost yet
    with empty_workspace.db.session() as session:
        assert session.scalars(
            select(PublishedLink).where(PublishedLink.post_id == april["p1"])
        ).all()
    posts.delete_for_good(april["p1"])
    with empty_workspace.db.session() as session:
        assert not session.scalars(
            select(PublishedLink).where(PublishedLink.post_id == april["p1"])
        ).all()
        assert not session.scalars(
            select(PostMetric).where(PostMetric.post_id == april["p1"])
        ).all()
        events = session.scalars(select(PostEvent).where(PostEvent.post_id == april["p1"])).all()
    assert events == []
