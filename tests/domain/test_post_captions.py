"""The caption model: a platform's text is exactly what is posted; nothing is appended unseen."""

from __future__ import annotations

from medsos_desktop.domain.checks import measure_length
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import (
    VARIANTS_INCLUDE_TAGS,
    PostContent,
    compose_caption,
    content_from_dict,
    content_to_dict,
    retag_caption,
)

BASE = "Vaksinasi HPV gratis bagi siswi kelas 5 dan 6 SD di seluruh Puskesmas."
TAGS = ("#SukamajuSehat", "#VaksinHPV")
MENTIONS = ("@pemkotsukamaju",)


def _content(**overrides: object) -> PostContent:
    values: dict[str, object] = dict(
        platforms=(Platform.INSTAGRAM, Platform.X),
        base_caption=BASE,
        hashtags=TAGS,
        mentions=MENTIONS,
    )
    values.update(overrides)
    return PostContent(**values)  # type: ignore[arg-type]


def test_following_platform_shows_the_standard_text_whole() -> None:
    content = _content()
    expected = BASE + "\n\n@pemkotsukamaju\n\n#SukamajuSehat #VaksinHPV"
    assert content.standard_caption() == expected
    assert content.final_caption(Platform.INSTAGRAM) == expected
    assert not content.has_diverged(Platform.X)


def test_own_text_is_posted_exactly_as_written() -> None:
    x_text = "Vaksin HPV gratis di Puskesmas! #VaksinHPV"
    content = _content().with_platform_text(Platform.X, x_text)
    assert content.final_caption(Platform.X) == x_text
    assert content.has_diverged(Platform.X)
    # Nothing hidden: the X count is the count of the visible text.
    assert measure_length(content.final_caption(Platform.X), Platform.X) == len(x_text)


def test_x_text_of_185_visible_characters_counts_185() -> None:
    x_text = ("Posyandu buka lagi mulai 1 Desember di 12 kelurahan. " * 4)[:185]
    assert len(x_text) == 185
    content = _content(hashtags=TAGS * 1, mentions=MENTIONS).with_platform_text(Platform.X, x_text)
    assert measure_length(content.final_caption(Platform.X), Platform.X) == 185


def test_typing_the_standard_text_back_follows_it_again() -> None:
    content = _content().with_platform_text(Platform.X, "Sendiri")
    content = content.with_platform_text(Platform.X, content.standard_caption())
    assert Platform.X not in content.variants
    assert not content.has_diverged(Platform.X)


def test_new_post_tags_reach_own_texts_that_end_with_the_old_ones() -> None:
    content = _content()
    own = compose_caption("Versi X yang singkat.", TAGS, MENTIONS)
    content = content.with_platform_text(Platform.X, own)
    changed = content.with_tags(("#SukamajuSehat", "#Imunisasi"), ())
    assert changed.final_caption(Platform.X) == "Versi X yang singkat.\n\n#SukamajuSehat #Imunisasi"
    assert changed.final_caption(Platform.INSTAGRAM) == BASE + "\n\n#SukamajuSehat #Imunisasi"


def test_own_texts_whose_tags_were_edited_keep_them() -> None:
    own = "Versi X yang singkat.\n\n#VaksinHPV"  # the admin kept one hashtag for X
    content = _content().with_platform_text(Platform.X, own)
    changed = content.with_tags((*TAGS, "#Imunisasi"), MENTIONS)
    assert changed.final_caption(Platform.X) == own
    assert "#Imunisasi" in changed.final_caption(Platform.INSTAGRAM)


def test_tags_typed_after_an_own_text_without_tags_are_added_visibly() -> None:
    content = _content(hashtags=(), mentions=()).with_platform_text(Platform.X, "Senam pagi!")
    changed = content.with_tags(("#Senam",), ())
    assert changed.final_caption(Platform.X) == "Senam pagi!\n\n#Senam"


def test_retag_replaces_only_the_appended_blocks() -> None:
    text = "Paragraf satu.\n\nParagraf dua #VaksinHPV\n\n@pemkotsukamaju\n\n#SukamajuSehat"
    assert (
        retag_caption(text, TAGS, MENTIONS, ("#Baru",), ())
        == "Paragraf satu.\n\nParagraf dua #VaksinHPV\n\n#Baru"
    )
    assert retag_caption("Tulisan sendiri", TAGS, MENTIONS, ("#Baru",), ()) == "Tulisan sendiri"


def test_round_trip_keeps_own_texts_and_captions_are_the_final_texts() -> None:
    content = _content().with_platform_text(Platform.X, "Hanya untuk X, tanpa tagar")
    data = content_to_dict(content)
    assert data[VARIANTS_INCLUDE_TAGS] is True
    assert data["captions"] == {
        "instagram": content.final_caption(Platform.INSTAGRAM),
        "x": "Hanya untuk X, tanpa tagar",
    }
    assert content_from_dict(data) == content


def test_dicts_written_before_whole_texts_get_their_tags_back() -> None:
    """An approved revision stored by an earlier version: its X body had tags appended."""
    old = {
        "title": "Vaksinasi",
        "category": "kegiatan",
        "platforms": ["instagram", "x"],
        "base_caption": BASE,
        "variants": {"x": "Vaksin HPV gratis!"},
        "hashtags": list(TAGS),
        "mentions": list(MENTIONS),
        "captions": {"x": "Vaksin HPV gratis!\n\n@pemkotsukamaju\n\n#SukamajuSehat #VaksinHPV"},
    }
    content = content_from_dict(old)
    assert content.final_caption(Platform.X) == old["captions"]["x"]  # type: ignore[index]
    assert content.final_caption(Platform.INSTAGRAM) == content.standard_caption()
