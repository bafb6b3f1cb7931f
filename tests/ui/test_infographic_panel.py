"""Designing an infographic in the editor: template, fields, live preview, export, reopen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from medsos_desktop.services.infographics import InfographicService
from medsos_desktop.services.posts import PostService
from medsos_desktop.ui.main_window import MainWindow

OpenWindow = Callable[..., MainWindow]


def _ready(qtbot: QtBot, open_window: OpenWindow) -> MainWindow:
    """The window with its infographic page loaded for the open post."""
    window = open_window()
    qtbot.waitUntil(lambda: window.infographic_post == window.editor.post_id, timeout=10000)
    return window


def _choose(qtbot: QtBot, window: MainWindow, key: str) -> None:
    panel = window.editor.infographic
    window.editor.pages.setCurrentWidget(panel)
    with qtbot.waitSignal(panel.preview_shown, timeout=10000):
        panel.template_combo.setCurrentIndex(panel.template_combo.findData(key))


def test_fill_preview_export_and_reopen(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = _ready(qtbot, open_window)
    post_id = window.editor.post_id
    assert post_id is not None
    panel = window.editor.infographic
    media_before = len(window.editor.content.media)
    _choose(qtbot, window, "infografis-poin")
    assert panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()

    title = panel.inputs["title"]
    assert isinstance(title, QLineEdit)
    title.setText("Lima Cara Mencegah Demam Berdarah")
    points = panel.inputs["points"]
    assert isinstance(points, QPlainTextEdit)
    with qtbot.waitSignal(panel.preview_shown, timeout=10000):
        points.setPlainText("Menguras bak mandi\nMenutup tempat air\nMendaur ulang barang bekas")

    with qtbot.waitSignal(window.infographic_exported, timeout=20000):
        panel.export_button.click()
    media = window.editor.content.media
    assert len(media) == media_before + 1
    exported = media[-1]
    assert exported.width == 1080 and exported.height == 1350  # the default portrait size
    assert "Lima Cara Mencegah Demam Berdarah" in exported.alt_text
    assert "Menguras bak mandi" in exported.alt_text
    qtbot.waitUntil(lambda: not window.autosave.has_pending, timeout=5000)

    state = InfographicService(window.workspace.db).load_state(post_id)
    assert state is not None and state.template_key == "infografis-poin"
    assert state.fields["title"] == "Lima Cara Mencegah Demam Berdarah"
    stored = PostService(window.workspace.db).load(post_id).content.media
    assert stored[-1].sha256 == exported.sha256

    window.close()
    window.workspace.close()
    again = _ready(qtbot, open_window)
    again.select_post(post_id)
    qtbot.waitUntil(lambda: again.infographic_post == post_id, timeout=10000)
    qtbot.waitUntil(
        lambda: again.editor.infographic.template_combo.currentData() == "infografis-poin",
        timeout=10000,
    )
    title_again = again.editor.infographic.inputs["title"]
    assert isinstance(title_again, QLineEdit)
    assert title_again.text() == "Lima Cara Mencegah Demam Berdarah"


def test_duplicate_and_edit_a_builtin_template(qtbot: QtBot, open_window: OpenWindow) -> None:
    from medsos_desktop.ui.editor.template_editor import TemplateEditorDialog

    window = _ready(qtbot, open_window)
    panel = window.editor.infographic
    _choose(qtbot, window, "pengumuman")
    panel.edit_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.dialog, TemplateEditorDialog), timeout=10000)
    editor = window.dialog
    assert editor.spec.key.startswith("own-")
    assert editor.name_edit.text().endswith("(copy)")
    editor.name_edit.setText("Pengumuman Dinkes")
    label_default = editor.default_edits.get("label")
    assert label_default is not None
    label_default.setText("INFO SEHAT")
    footer_row = next(
        r for r in editor.part_rows if "footer" in r[2].text().lower() or "Footer" in r[2].text()
    )
    footer_row[2].setChecked(False)
    colour_row = next(r for r in editor.part_rows if r[3] is not None)
    colour_row[3].setCurrentIndex(colour_row[3].findData("accent"))
    with qtbot.waitSignal(window.infographic_templates_changed, timeout=10000):
        editor.save_button.click()
    assert panel.spec is not None and panel.spec.name == "Pengumuman Dinkes"
    own = InfographicService(window.workspace.db).template(panel.spec.key)
    assert own is not None
    assert own.field("label").default == "INFO SEHAT"
    footer = own.slides[0].elements[footer_row[1]]
    assert footer.hidden and all(v.hidden for v in footer.layouts.values())
    assert own.slides[0].elements[colour_row[1]].color == "accent"
    # The built-in is untouched.
    builtin = InfographicService(window.workspace.db).template("pengumuman")
    assert builtin is not None and builtin.name == "Pengumuman"


def test_gallery_shows_every_template_in_the_brand(qtbot: QtBot, open_window: OpenWindow) -> None:
    from medsos_desktop.ui.editor.template_gallery import TemplateGalleryDialog

    window = _ready(qtbot, open_window)
    panel = window.editor.infographic
    window.editor.pages.setCurrentWidget(panel)
    panel.open_gallery()
    gallery = panel.gallery
    assert isinstance(gallery, TemplateGalleryDialog)
    assert gallery.list.count() == len(panel.templates)
    qtbot.waitUntil(
        lambda: all(not gallery.list.item(i).icon().isNull() for i in range(gallery.list.count())),
        timeout=20000,
    )
    target = next(
        i
        for i in range(gallery.list.count())
        if gallery.list.item(i).data(0x0100) == "klarifikasi-hoaks"
    )
    with qtbot.waitSignal(panel.preview_shown, timeout=10000):
        gallery.list.setCurrentRow(target)
        gallery.use_button.click()
    assert panel.spec is not None and panel.spec.key == "klarifikasi-hoaks"
