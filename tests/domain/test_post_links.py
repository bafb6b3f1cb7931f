"""Recognising one post behind different links and captions (domain/post_links.py)."""

from __future__ import annotations

import pytest

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.post_links import normalize_url, platform_post_ids, text_similarity


@pytest.mark.parametrize(
    ("platform", "url", "ids"),
    [
        (Platform.INSTAGRAM, "https://www.instagram.com/reel/DAbCdEfKlMn/?igsh=x", {"DAbCdEfKlMn"}),
        (Platform.X, "https://x.com/pemkot/status/1903412345", {"1903412345"}),
        (Platform.TIKTOK, "https://www.tiktok.com/@dinkes/video/7351234567", {"7351234567"}),
        (Platform.YOUTUBE, "https://youtu.be/xYz9_-AbCdE?t=4", {"xYz9_-AbCdE"}),
        (Platform.YOUTUBE, "https://www.youtube.com/shorts/xYz9_-AbCdE", {"xYz9_-AbCdE"}),
        (Platform.FACEBOOK, "https://facebook.com/story.php?story_fbid=123456&id=9", {"123456"}),
        (Platform.THREADS, "https://www.threads.net/@pemkot/post/C9xYzAbCd", {"C9xYzAbCd"}),
        (Platform.INSTAGRAM, "https://www.instagram.com/pemkot/", set()),  # a profile, no post
    ],
)
def test_the_platforms_own_post_ids_are_read_from_links(
    platform: Platform, url: str, ids: set[str]
) -> None:
    assert platform_post_ids(platform, url) == ids


def test_two_spellings_of_one_link_become_one() -> None:
    shared = "https://www.instagram.com/p/DAbCdEfGhIj/?igsh=MWx0bW9&utm_source=wa#c"
    assert normalize_url(shared) == normalize_url("instagram.com/p/DAbCdEfGhIj")
    # The path keeps its case: Instagram's codes are case-sensitive.
    assert normalize_url("https://instagram.com/p/dabcdefghij") != normalize_url(shared)


def test_an_export_snippet_is_compared_with_the_captions_start() -> None:
    caption = "Vaksinasi gratis di Puskesmas Sukamaju, Sabtu 14 November! #SukamajuSehat"
    snippet = "VAKSINASI GRATIS di puskesmas Sukamaju, Sabtu 14…"
    assert text_similarity(snippet, caption) > 0.9
    assert text_similarity("Lomba kebersihan kampung se-kota", caption) < 0.45
    assert text_similarity("", caption) == 0.0
    assert text_similarity("…", caption) == 0.0
