"""Crops, covered bands, caption cut points and links as each platform shows them."""

from __future__ import annotations

import pytest

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.preview import (
    SURFACES,
    Box,
    LinkKind,
    Surface,
    caption_view,
    crop_box,
    feed_ratio,
    is_full_screen,
    link_spans,
    placement,
    shows_caption,
    ui_bands,
)

WORDS = (
    "Dinas Kesehatan Kota Sukamaju menggelar vaksinasi HPV gratis bagi siswi kelas lima dan "
    "enam SD di seluruh Puskesmas, Senin sampai Jumat pukul delapan sampai dua belas siang. "
)


# --- crops ---------------------------------------------------------------------------------


def test_crop_box_is_centred_and_has_the_ratio() -> None:
    assert crop_box(1080, 1350, 1.0) == Box(0, 135, 1080, 1080)
    assert crop_box(1920, 1080, 1.0) == Box(420, 0, 1080, 1080)
    box = crop_box(3000, 4000, 4 / 5)  # a 3:4 phone photo into Instagram's 4:5
    assert (box.width, box.height) == (3000, 3750)
    assert box.top == 125
    assert crop_box(1000, 800, 1000 / 800) == Box(0, 0, 1000, 800)


def test_instagram_feed_keeps_square_and_4_5_but_crops_taller_photos_to_4_5() -> None:
    assert feed_ratio(Platform.INSTAGRAM, 1080, 1080) == 1.0
    assert feed_ratio(Platform.INSTAGRAM, 1080, 1350) == pytest.approx(0.8)
    assert feed_ratio(Platform.INSTAGRAM, 1080, 1920) == pytest.approx(0.8)
    assert feed_ratio(Platform.INSTAGRAM, 3000, 1000) == pytest.approx(1.91)
    tall = placement(Platform.INSTAGRAM, Surface.FEED, 1080, 1920)
    assert tall.cut_top_bottom and not tall.cut_sides
    assert tall.crop == Box(0, 285, 1080, 1350)


def test_x_and_youtube_show_16_9_and_facebook_portrait_at_4_5() -> None:
    x = placement(Platform.X, Surface.FEED, 1080, 1350)
    assert x.frame_ratio == pytest.approx(16 / 9)
    assert x.crop == Box(0, 371, 1080, 608)
    assert placement(Platform.YOUTUBE, Surface.VIDEO, 1920, 1080).crop == Box(0, 0, 1920, 1080)
    assert placement(Platform.FACEBOOK, Surface.FEED, 1080, 1920).frame_ratio == pytest.approx(0.8)


def test_full_screen_fills_with_a_tall_photo_and_letterboxes_a_wide_one() -> None:
    tall = placement(Platform.TIKTOK, Surface.VIDEO, 1080, 1920)
    assert tall.frame_ratio == pytest.approx(9 / 16) and not tall.letterboxed
    assert tall.crop == Box(0, 0, 1080, 1920)
    nearly = placement(Platform.INSTAGRAM, Surface.REELS, 1080, 1700)
    assert not nearly.letterboxed and nearly.cut_sides
    wide = placement(Platform.INSTAGRAM, Surface.STORY, 1080, 1350)
    assert wide.letterboxed and wide.crop == Box(0, 0, 1080, 1350)


def test_every_full_screen_surface_has_its_bands_and_feeds_have_none() -> None:
    for platform, surfaces in SURFACES.items():
        for surface in surfaces:
            bands = ui_bands(platform, surface)
            assert (bands is not None) == is_full_screen(platform, surface)
            if bands is not None:
                assert 0 < bands.top < 0.2 and 0 < bands.bottom < 0.4 and bands.right < 0.2


# --- cut points ----------------------------------------------------------------------------


def test_instagram_cuts_near_125_characters_at_a_word_end() -> None:
    view = caption_view(WORDS * 2, Platform.INSTAGRAM, Surface.FEED)
    assert view.truncated
    assert 100 <= len(view.shown) <= 125
    assert (WORDS * 2).startswith(view.shown)
    assert (WORDS * 2)[len(view.shown)] == " "  # no word cut in half


def test_instagram_cuts_after_two_lines_and_counts_the_account_name() -> None:
    text = "Halo warga!\nJadwal Posyandu:\nSenin di Melati\nSelasa di Mawar"
    view = caption_view(text, Platform.INSTAGRAM, Surface.FEED, lead=len("dinkes "))
    assert view.truncated
    assert view.shown == "Halo warga!\nJadwal Posyandu:"


def test_short_captions_are_shown_whole() -> None:
    for platform, surfaces in SURFACES.items():
        for surface in surfaces:
            view = caption_view("Ayo ke Posyandu! #Sehat", platform, surface)
            if shows_caption(platform, surface):
                assert view.shown == "Ayo ke Posyandu! #Sehat" and not view.truncated
            else:
                assert view.shown == "" and not view.truncated


def test_facebook_tiktok_youtube_cut_where_their_more_appears() -> None:
    long_text = WORDS * 6
    facebook = caption_view(long_text, Platform.FACEBOOK)
    assert facebook.truncated and 440 <= len(facebook.shown) <= 480
    tiktok = caption_view(long_text, Platform.TIKTOK, Surface.VIDEO)
    assert tiktok.truncated and 70 <= len(tiktok.shown) <= 100
    youtube = caption_view(
        "Baris satu\nBaris dua\nBaris tiga\nBaris empat", Platform.YOUTUBE, Surface.VIDEO
    )
    assert youtube.truncated and youtube.shown.count("\n") <= 2


def test_x_and_threads_show_the_whole_post_and_mark_what_is_over_the_limit() -> None:
    long_text = WORDS * 6
    x = caption_view(long_text, Platform.X, overflow_start=280)
    assert x.shown == long_text and not x.truncated and x.overflow_start == 280
    threads = caption_view(long_text, Platform.THREADS)
    assert threads.shown == long_text and threads.overflow_start == 500
    assert caption_view("Pendek", Platform.THREADS).overflow_start is None


def test_stories_and_shorts_show_no_caption() -> None:
    assert caption_view(WORDS, Platform.INSTAGRAM, Surface.STORY).shown == ""
    assert not shows_caption(Platform.YOUTUBE, Surface.SHORTS)


# --- links ---------------------------------------------------------------------------------


def _linked(text: str, platform: Platform) -> list[tuple[str, LinkKind]]:
    return [(text[s.start : s.end], s.kind) for s in link_spans(text, platform)]


def test_hashtags_mentions_and_links_as_the_platform_links_them() -> None:
    text = "Info @dinkes.sukamaju di https://dinkes.sukamajukota.go.id/posyandu. #Sehat #2026 C#"
    assert _linked(text, Platform.FACEBOOK) == [
        ("@dinkes.sukamaju", LinkKind.MENTION),
        ("https://dinkes.sukamajukota.go.id/posyandu", LinkKind.URL),
        ("#Sehat", LinkKind.HASHTAG),
    ]
    # Instagram does not link URLs in captions.
    assert ("https://dinkes.sukamajukota.go.id/posyandu", LinkKind.URL) not in _linked(
        text, Platform.INSTAGRAM
    )


def test_e_mail_addresses_are_not_mentions_and_bare_domains_are_links() -> None:
    text = "Tanya ke humas@dinkes.go.id atau dinkes.sukamajukota.go.id/jadwal"
    assert _linked(text, Platform.X) == [("dinkes.sukamajukota.go.id/jadwal", LinkKind.URL)]


def test_threads_links_only_its_one_topic_tag() -> None:
    assert _linked("Ayo #Sehat #Vaksin", Platform.THREADS) == [("#Sehat", LinkKind.HASHTAG)]
