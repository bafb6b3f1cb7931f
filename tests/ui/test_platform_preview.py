"""What the public will see: each platform's preview, and one text from the tab to the clipboard.

The text a platform tab shows, the text its preview paints, the text the counter counts and
the text "Copy caption" puts on the clipboard are one and the same: `final_caption`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.checks import measure_length
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import PostContent
from medsos_desktop.domain.preview import SURFACES, CaptionView, Surface
from medsos_desktop.services.posts import PostService
from medsos_desktop.ui.editor.platform_preview import PlatformPreview, caption_html
from medsos_desktop.ui.main_window import MainWindow

OpenWindow = Callable[..., MainWindow]

BASE = (
    "Dinas Kesehatan Kota Sukamaju menggelar vaksinasi HPV gratis bagi siswi kelas 5 dan 6 SD "
    "di seluruh Puskesmas, Senin sampai Jumat pukul 08.00-12.00 WIB. Bawa kartu pelajar."
)
CONTENT = PostContent(
    title="Vaksinasi HPV gratis",
    platforms=tuple(Platform),
    base_caption=BASE,
    hashtags=("#SukamajuSehat", "#VaksinHPV"),
    mentions=("@pemkotsukamaju",),
)


def _photo(width: int, height: int) -> bytes:
    image = Image.new("RGB", (width, height), (30, 120, 200))
    for y in range(0, height, 40):
        for x in range(width):
            image.putpixel((x, y), (250, 180, 40))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _colours(image: QImage) -> set[int]:
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 60)
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step_x)
        for y in range(0, image.height(), step_y)
    }


@pytest.mark.parametrize(
    ("platform", "surface"),
    [(platform, surface) for platform, surfaces in SURFACES.items() for surface in surfaces],
)
def test_every_platform_and_surface_paints_a_post(
    qtbot: QtBot, platform: Platform, surface: Surface
) -> None:
    preview = PlatformPreview(
        CONTENT, platform, _photo(1080, 1350), "dinkes.sukamaju", surface=surface
    )
    qtbot.addWidget(preview)
    preview.resize(300, 520)
    image = preview.grab().toImage()
    colours = _colours(image)
    assert len(colours) > 12  # photo, text, icons: not a blank or single-colour card
    # The photo is there (blue, possibly dimmed by a band or a letterbox backdrop).
    assert any(QColor(c).blue() > 2 * QColor(c).red() and QColor(c).blue() > 60 for c in colours)
    assert preview.text() == CONTENT.final_caption(platform)


def test_without_a_photo_text_posts_and_placeholders_still_paint(qtbot: QtBot) -> None:
    for platform in Platform:
        preview = PlatformPreview(CONTENT, platform, None, "")
        qtbot.addWidget(preview)
        preview.resize(280, 480)
        assert len(_colours(preview.grab().toImage())) > 4
        assert preview.photo_placement() is None
        assert preview.handle == "instansi"  # no handle, no name: still a readable account


def test_instagram_feed_crops_a_tall_photo_to_4_5_and_cuts_the_caption(qtbot: QtBot) -> None:
    preview = PlatformPreview(CONTENT, Platform.INSTAGRAM, _photo(1080, 1920), "dinkes")
    qtbot.addWidget(preview)
    placed = preview.photo_placement()
    assert placed is not None and placed.cut_top_bottom
    assert round(placed.frame_ratio, 2) == 0.8
    view = preview.caption_view()
    assert view.truncated and CONTENT.final_caption(Platform.INSTAGRAM).startswith(view.shown)


def test_hashtags_and_mentions_are_painted_as_links_and_the_rest_after_more() -> None:
    text = CONTENT.final_caption(Platform.FACEBOOK)
    whole = caption_html(
        text, CaptionView(text, truncated=False), Platform.FACEBOOK, colour="#000", more="…"
    )
    assert '<span style="color:#216fdb">#SukamajuSehat</span>' in whole
    assert '<span style="color:#216fdb">@pemkotsukamaju</span>' in whole
    assert "…" not in whole
    cut = caption_html(
        text, CaptionView(text[:40], truncated=True), Platform.FACEBOOK, colour="#000", more="… +"
    )
    assert "#SukamajuSehat" not in cut and "… +" in cut


def test_an_image_given_as_qimage_is_used(qtbot: QtBot) -> None:
    image = QImage.fromData(_photo(1920, 1080))
    preview = PlatformPreview(CONTENT, Platform.X, image, "dinkes", name="Dinkes Sukamaju")
    qtbot.addWidget(preview)
    placed = preview.photo_placement()
    assert placed is not None and not placed.cut_top_bottom and not placed.cut_sides
    assert preview.display_name == "Dinkes Sukamaju"


# --- In the editor ------------------------------------------------------------------------


def _new_post(qtbot: QtBot, window: MainWindow) -> int:
    with qtbot.waitSignal(window.post_opened, timeout=5000) as opened:
        window.menus.new_action.trigger()
    return opened.args[0]


def _wait_checked(qtbot: QtBot, window: MainWindow) -> None:
    """Until the checks have run on the editor's current content."""
    qtbot.waitUntil(lambda: not window.editor.checks_pending, timeout=5000)


def test_what_the_tab_shows_is_what_is_previewed_counted_and_copied(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    post_id = _new_post(qtbot, window)
    editor = window.editor
    editor.platform_boxes[Platform.INSTAGRAM].setChecked(True)
    editor.platform_boxes[Platform.X].setChecked(True)
    qtbot.keyClicks(editor.base_edit, "Ayo ikut senam sehat di Alun-alun Sukamaju.")
    qtbot.keyClicks(editor.hashtags_edit, "#SukamajuSehat #Senam")
    qtbot.keyClicks(editor.mentions_edit, "@pemkotsukamaju")

    # Instagram follows the base caption: its tab shows the mentions and hashtags too.
    ig_tab = editor.tab(Platform.INSTAGRAM)
    assert ig_tab is not None
    ig_text = ig_tab.editor.toPlainText()
    assert ig_text == (
        "Ayo ikut senam sehat di Alun-alun Sukamaju.\n\n@pemkotsukamaju\n\n#SukamajuSehat #Senam"
    )

    # X gets its own text of 185 visible characters: nothing is added behind it.
    x_tab = editor.tab(Platform.X)
    assert x_tab is not None
    own = ("Senam sehat Minggu pagi di Alun-alun Sukamaju, gratis untuk semua warga. " * 3)[:185]
    x_tab.editor.selectAll()
    qtbot.keyClicks(x_tab.editor, own)
    _wait_checked(qtbot, window)

    for platform, tab in ((Platform.INSTAGRAM, ig_tab), (Platform.X, x_tab)):
        final = editor.content.final_caption(platform)
        assert tab.editor.toPlainText() == final
        assert tab.preview.text() == final
        count = measure_length(final, platform)
        assert tab.counter.text().startswith(f"{count} / ")
        tab.copy_button.click()
        assert QGuiApplication.clipboard().text() == final
    assert x_tab.counter.text().startswith("185 / 280")
    assert editor.content.final_caption(Platform.X) == own

    # What is saved and what would be sent is the same text.
    qtbot.waitUntil(lambda: not window.autosave.has_pending, timeout=5000)
    stored = PostService(window.workspace.db).load(post_id).content
    assert stored.final_caption(Platform.X) == own
    assert stored.final_caption(Platform.INSTAGRAM) == ig_text


def test_removing_a_hashtag_from_one_platform_keeps_it_removed(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    _new_post(qtbot, window)
    editor = window.editor
    editor.platform_boxes[Platform.THREADS].setChecked(True)
    editor.platform_boxes[Platform.FACEBOOK].setChecked(True)
    qtbot.keyClicks(editor.base_edit, "Donor darah di PMI Sukamaju")
    qtbot.keyClicks(editor.hashtags_edit, "#DonorDarah #PMI")
    threads = editor.tab(Platform.THREADS)
    assert threads is not None
    # Threads uses one topic tag: the admin deletes the second one in the Threads tab.
    text = threads.editor.toPlainText()
    assert text.endswith("#DonorDarah #PMI")
    threads.editor.setPlainText(text.removesuffix(" #PMI"))
    assert editor.content.has_diverged(Platform.THREADS)
    qtbot.keyClicks(editor.hashtags_edit, " #Sukamaju")
    assert (
        editor.content.final_caption(Platform.THREADS)
        == "Donor darah di PMI Sukamaju\n\n#DonorDarah"
    )
    assert (
        editor.tab(Platform.FACEBOOK)
        .editor.toPlainText()
        .endswith(  # type: ignore[union-attr]
            "#DonorDarah #PMI #Sukamaju"
        )
    )
    # Following again brings the post's tags back, visibly.
    threads.reset_button.click()
    assert threads.editor.toPlainText() == editor.content.standard_caption()


def test_x_over_the_limit_is_marked_in_the_preview(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    _new_post(qtbot, window)
    editor = window.editor
    editor.platform_boxes[Platform.X].setChecked(True)
    editor.base_edit.setPlainText("Informasi layanan kesehatan gratis. " * 10)
    _wait_checked(qtbot, window)
    x_tab = editor.tab(Platform.X)
    assert x_tab is not None
    qtbot.waitUntil(lambda: x_tab.preview.caption_view().overflow_start is not None, timeout=5000)
    shown = x_tab.editor.toPlainText()
    assert len(shown) == 359  # the trailing space of the base caption is not posted
    assert x_tab.counter.text().startswith("359 / 280")
    assert x_tab.preview.caption_view().overflow_start == 280


def test_the_first_photo_reaches_every_preview(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window()
    _new_post(qtbot, window)
    editor = window.editor
    editor.platform_boxes[Platform.INSTAGRAM].setChecked(True)
    editor.platform_boxes[Platform.TIKTOK].setChecked(True)
    photo = tmp_path / "foto.png"
    photo.write_bytes(_photo(900, 1600))
    editor.media_panel.files_chosen.emit([photo])
    for platform in (Platform.INSTAGRAM, Platform.TIKTOK):
        tab = editor.tab(platform)
        assert tab is not None
        qtbot.waitUntil(lambda tab=tab: tab.preview.photo_placement() is not None, timeout=5000)
    tiktok = editor.tab(Platform.TIKTOK)
    assert tiktok is not None
    placed = tiktok.preview.photo_placement()
    assert placed is not None and not placed.letterboxed  # a 9:16 photo fills the screen
    assert "Shaded" in tiktok.preview_note.text()
    instagram = editor.tab(Platform.INSTAGRAM)
    assert instagram is not None
    instagram.set_surface(Surface.STORY)
    assert "No caption" in instagram.preview_note.text()
