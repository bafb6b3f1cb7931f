"""The drafting loop as an admin does it: new draft, template, checks, copy, reopen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Status
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import open_workspace
from medsos_desktop.ui.dialogs.template_dialogs import TemplatePickerDialog
from medsos_desktop.ui.main_window import MainWindow
from medsos_desktop.ui.post_list import PostTableModel

OpenWindow = Callable[..., MainWindow]


def _new_post(qtbot: QtBot, window: MainWindow) -> int:
    before = window.model.rowCount()
    with qtbot.waitSignal(window.post_opened, timeout=5000) as opened:
        window.menus.new_action.trigger()
    assert window.model.rowCount() == before + 1
    return opened.args[0]


def _wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.autosave.has_pending, timeout=5000)


def test_demo_workspace_is_listed(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    assert window.model.rowCount() >= 5
    qtbot.waitUntil(lambda: window.editor.post_id is not None)  # the first post opens
    assert "of" in window.count_label.text()


def test_create_draft_fill_template_check_copy_reopen(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    post_id = _new_post(qtbot, window)
    editor = window.editor
    assert editor.post_id == post_id

    qtbot.keyClicks(editor.title_edit, "Senam sehat bersama warga")
    editor.platform_boxes[Platform.INSTAGRAM].setChecked(True)
    editor.platform_boxes[Platform.X].setChecked(True)
    assert editor.tab(Platform.INSTAGRAM) is not None

    # A template, filled through its form.
    editor.template_button.click()
    qtbot.waitUntil(lambda: isinstance(window.dialog, TemplatePickerDialog), timeout=5000)
    dialog = window.dialog
    assert isinstance(dialog, TemplatePickerDialog)
    keys = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]
    dialog.list.setCurrentRow(keys.index("builtin.kegiatan"))
    for name, widget in dialog.inputs.items():
        if name == "kegiatan":
            qtbot.keyClicks(widget, "Senam Sehat Bersama")
        elif name == "lokasi":
            qtbot.keyClicks(widget, "Alun-alun Sukamaju")
    assert "Senam Sehat Bersama" in dialog.preview.toPlainText()
    dialog.accept()
    base = editor.base_edit.toPlainText()
    assert "Senam Sehat Bersama" in base and "Alun-alun Sukamaju" in base

    # Unfilled placeholders of the template are flagged in every platform tab.
    ig_tab = editor.tab(Platform.INSTAGRAM)
    assert ig_tab is not None
    qtbot.waitUntil(
        lambda: any(
            f.code == "placeholder.unfilled" for f in editor.findings.get(Platform.INSTAGRAM, [])
        )
    )

    # A NIK typed into the caption fires the personal-data check, shown in the list.
    editor.base_edit.moveCursor(editor.base_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.base_edit, " NIK peserta 3273012505900001")
    qtbot.waitUntil(lambda: any(f.code == "pii.nik" for f in editor.findings.get(Platform.X, [])))
    x_tab = editor.tab(Platform.X)
    assert x_tab is not None
    texts = [x_tab.findings_list.item(i).text() for i in range(x_tab.findings_list.count())]
    assert any("NIK" in t for t in texts)

    # The X caption diverges from the base; Instagram keeps following it.
    x_tab.editor.selectAll()
    # QTest types ASCII only; the emoji arrives as from the emoji picker (an insert).
    qtbot.keyClicks(x_tab.editor, "Senam sehat Minggu pagi di Alun-alun! ")
    x_tab.editor.insertPlainText("🤸")
    assert editor.content.has_diverged(Platform.X)
    assert not editor.content.has_diverged(Platform.INSTAGRAM)
    assert not x_tab.reset_button.isHidden()

    qtbot.keyClicks(editor.hashtags_edit, "SukamajuSehat, #Senam")
    x_tab.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Senam sehat Minggu pagi di Alun-alun! 🤸")
    assert copied.endswith("#SukamajuSehat #Senam")
    assert "copied" in window.statusBar().currentMessage()

    _wait_saved(qtbot, window)
    expected = editor.content
    window.close()
    window.workspace.close()

    # Reopen the app on the same folder: everything is there.
    again = open_window()
    again.select_post(post_id)
    qtbot.waitUntil(lambda: again.editor.post_id == post_id, timeout=5000)
    assert again.editor.content == expected
    assert again.editor.title_edit.text() == "Senam sehat bersama warga"
    assert again.editor.tab(Platform.X).editor.toPlainText().startswith("Senam sehat Minggu")


def test_every_keystroke_reaches_the_database(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    post_id = _new_post(qtbot, window)
    qtbot.keyClicks(window.editor.title_edit, "Rapat koordinasi PIC medsos")
    _wait_saved(qtbot, window)
    stored = PostService(window.workspace.db).load(post_id)
    assert stored.content.title == "Rapat koordinasi PIC medsos"
    assert window.save_label.text()


def test_undo_and_redo_in_the_caption(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    _new_post(qtbot, window)
    edit = window.editor.base_edit
    qtbot.keyClicks(edit, "Halo warga")
    edit.undo()
    assert edit.toPlainText() == ""
    edit.redo()
    assert edit.toPlainText() == "Halo warga"


def test_filters_and_search(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    total = window.proxy.rowCount()
    filters = window.filters
    filters.status.setCurrentIndex(filters.status.findData(Status.APPROVED))
    assert 0 < window.proxy.rowCount() < total
    for row in range(window.proxy.rowCount()):
        item = window.proxy.data(window.proxy.index(row, 0), PostTableModel.RowRole)
        assert item.status == "approved"
    filters.status.setCurrentIndex(0)
    filters.platform.setCurrentIndex(filters.platform.findData(Platform.TIKTOK))
    assert window.proxy.rowCount() == 1
    filters.platform.setCurrentIndex(0)

    qtbot.keyClicks(filters.search, "posyandu")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1, timeout=5000)
    row = window.proxy.data(window.proxy.index(0, 0), PostTableModel.RowRole)
    assert "Posyandu" in row.title
    filters.search.clear()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == total, timeout=5000)


def test_sorting_by_planned_date(open_window: OpenWindow) -> None:
    window = open_window()
    window.table.sortByColumn(PostTableModel.PLANNED, Qt.SortOrder.AscendingOrder)
    planned = [
        window.proxy.data(window.proxy.index(r, 0), PostTableModel.RowRole).planned_at
        for r in range(window.proxy.rowCount())
    ]
    dated = [p for p in planned if p is not None]
    assert dated == sorted(dated)
    assert planned[-1] is None  # unscheduled posts last


def _png(path: Path, colour: str = "red") -> Path:
    Image.new("RGB", (120, 80), colour).save(path, "PNG")
    return path


def test_attach_images_with_alt_text(qtbot: QtBot, open_window: OpenWindow, tmp_path: Path) -> None:
    window = open_window()
    post_id = _new_post(qtbot, window)
    editor = window.editor
    editor.platform_boxes[Platform.INSTAGRAM].setChecked(True)
    editor.media_panel.files_chosen.emit(
        [_png(tmp_path / "a.png"), _png(tmp_path / "b.png", "blue")]
    )
    qtbot.waitUntil(lambda: len(editor.content.media) == 2, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            sum(f.code == "media.alt_missing" for f in editor.findings.get(Platform.INSTAGRAM, []))
            == 2
        )
    )
    editor.media_panel.list.setCurrentRow(0)
    qtbot.keyClicks(editor.media_panel.alt_edit, "Warga mengikuti senam pagi")
    assert editor.content.media[0].alt_text == "Warga mengikuti senam pagi"
    qtbot.waitUntil(
        lambda: (
            sum(f.code == "media.alt_missing" for f in editor.findings.get(Platform.INSTAGRAM, []))
            == 1
        )
    )
    _wait_saved(qtbot, window)
    stored = PostService(window.workspace.db).load(post_id).content.media
    assert [m.alt_text for m in stored] == ["Warga mengikuti senam pagi", ""]


def test_broken_image_gets_a_message_and_nothing_is_attached(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window()
    _new_post(qtbot, window)
    good = _png(tmp_path / "good.png")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(good.read_bytes()[:60])
    window.editor.media_panel.files_chosen.emit([broken])
    qtbot.waitUntil(lambda: isinstance(window.dialog, QMessageBox), timeout=5000)
    assert "broken.jpg" in window.dialog.text()
    assert window.editor.content.media == ()
    window.dialog.accept()


def test_submitted_post_is_locked_until_new_revision(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    post_id = _new_post(qtbot, window)
    qtbot.keyClicks(window.editor.title_edit, "Untuk ditinjau")
    with qtbot.waitSignal(window.post_opened, timeout=5000):
        window.editor.submit_button.click()
    assert window.editor.status is Status.SUBMITTED
    assert window.editor.title_edit.isReadOnly()
    assert PostService(window.workspace.db).load(post_id).content.title == "Untuk ditinjau"
    with qtbot.waitSignal(window.post_opened, timeout=5000):
        window.editor.revision_button.click()
    assert window.editor.status is Status.DRAFT
    assert not window.editor.title_edit.isReadOnly()
    assert PostService(window.workspace.db).load(post_id).revision == 2


def test_first_run_profile_prompt(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window(dismiss_profile=False)
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name_edit.text() == ""  # the sample agency is not theirs
    qtbot.keyClicks(dialog.name_edit, "Dinas Pendidikan Kota Bandung")
    qtbot.keyClicks(dialog.hashtags_edit, "BandungJuara")
    save = dialog.findChild(QPushButton, "save_profile")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text()  # the admin's own name is asked too
    qtbot.keyClicks(dialog.admin_fields.name_edit, "Rina Wulandari")
    qtbot.keyClicks(dialog.admin_fields.jabatan_edit, "Pranata Humas")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.profile.name == "Dinas Pendidikan Kota Bandung", timeout=5000)
    assert window.profile.official_hashtags == ("#BandungJuara",)
    assert window.profile.confirmed
    qtbot.waitUntil(lambda: window.admin is not None, timeout=5000)
    assert (window.admin.name, window.admin.jabatan) == ("Rina Wulandari", "Pranata Humas")
    window.close()
    window.workspace.close()
    again = open_window(dismiss_profile=False)
    assert again.dialog is None  # asked once only


def test_later_is_remembered(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window(dismiss_profile=False)
    window.dialog.reject()
    qtbot.waitUntil(lambda: window.settings.profile_prompt_dismissed, timeout=5000)
    window.runner.wait(5000)
    window.close()
    window.workspace.close()
    again = open_window(dismiss_profile=False)
    assert again.dialog is None
    assert not again.profile.confirmed


def test_continuous_typing_is_saved_while_typing(qtbot: QtBot, open_window: OpenWindow) -> None:
    """Typing without pause must not postpone saving to the first pause: the title as it
    stands mid-typing is handed to the save thread and committed. How soon (at most about a
    second) is measured by `autosave_while_typing` in tests/benchmarks/run.py."""
    window = open_window()
    _new_post(qtbot, window)
    title = "Rapat koordinasi PIC media sosial"  # 33 keys, 60 ms apart: 2 s of typing
    typed_when_saving: list[int] = []  # keys typed when a save was handed to the save thread
    written: list[str] = []  # the title each save committed
    window.autosave.state_changed.connect(
        lambda state: (
            typed_when_saving.append(len(window.editor.title_edit.text()))
            if state == "saving"
            else None
        )
    )
    window.autosave.saved.connect(lambda _post, content, _at: written.append(content.title))
    qtbot.keyClicks(window.editor.title_edit, title, delay=60)
    assert typed_when_saving, "nothing was saved while typing"
    assert typed_when_saving[0] < len(title)
    qtbot.waitUntil(lambda: bool(written), timeout=10000)
    # What was committed first is the title as it stood mid-typing.
    assert title.startswith(written[0]) and 0 < len(written[0]) < len(title)


def test_image_dropped_on_the_caption_is_attached_not_typed(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    window = open_window()
    _new_post(qtbot, window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_png(tmp_path / "rapat.png")))])
    editor = window.editor
    assert editor.base_edit.canInsertFromMimeData(mime)
    editor.base_edit.insertFromMimeData(mime)  # what a drop or a paste does
    qtbot.waitUntil(lambda: len(editor.content.media) == 1, timeout=5000)
    assert editor.base_edit.toPlainText() == ""
    assert editor.content.media[0].filename == "rapat.png"


def test_hide_a_face_in_an_attached_photo(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    from medsos_desktop.ui.editor.obscure_dialog import ObscureDialog

    window = open_window()
    _new_post(qtbot, window)
    editor = window.editor
    photo = tmp_path / "siswa.png"
    Image.effect_noise((320, 240), 70).convert("RGB").save(photo)
    editor.media_panel.files_chosen.emit([photo])
    qtbot.waitUntil(lambda: len(editor.content.media) == 1, timeout=5000)
    before = editor.content.media[0].sha256
    editor.media_panel.list.setCurrentRow(0)
    editor.media_panel.obscure_button.click()
    qtbot.waitUntil(
        lambda: isinstance(getattr(editor.media_panel, "obscure_dialog", None), ObscureDialog),
        timeout=5000,
    )
    dialog = editor.media_panel.obscure_dialog
    dialog.picker.set_relative_box((0.3, 0.2, 0.6, 0.5))
    assert dialog.apply_button.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: editor.content.media[0].sha256 != before, timeout=5000)
    _wait_saved(qtbot, window)
    stored = PostService(window.workspace.db).load(editor.post_id).content.media
    assert stored[0].sha256 != before and stored[0].filename == "siswa.png"


def test_the_list_is_filled_before_the_database_layer_is_ready(
    qtbot: QtBot, paths: AppPaths
) -> None:
    """Opening a data folder shows its posts first (read from the file), then the rest."""
    first = open_workspace(paths)  # the sample posts
    try:
        expected = {row.id for row in PostService(first.db).list_rows()}
    finally:
        first.close()
    window = MainWindow()
    qtbot.addWidget(window)
    filled: list[tuple[int, bool]] = []
    window.list_filled.connect(
        lambda: filled.append((window.model.rowCount(), window.workspace is None))
    )
    try:
        with qtbot.waitSignal(window.posts_loaded, timeout=20000):
            window.show()
            window.open_workspace(paths)
        assert filled == [(len(expected), True)]  # once, before the workspace was attached
        shown = {window.model.row_at(i).id for i in range(window.model.rowCount())}
        assert shown == expected
    finally:
        if window.dialog is not None and window.dialog.isVisible():
            window.dialog.reject()
        if window.workspace is not None:
            window.workspace.close()


def test_the_early_list_is_replaced_when_opening_removed_sample_posts(
    qtbot: QtBot, paths: AppPaths
) -> None:
    """A real agency's folder that still holds the sample's posts (a profile saved before
    the sample was removed on saving): the list read early shows them, the opening
    removes them, and the list then follows, without them."""
    import dataclasses

    from medsos_desktop.domain.agency import AgencyProfile
    from medsos_desktop.services.agency import save_profile

    first = open_workspace(paths)  # the sample posts
    try:
        sample_count = len(PostService(first.db).list_rows())
        real = AgencyProfile(name="Dinas Perhubungan Kota Sukamaju", short_name="Dishub")
        save_profile(first.db, dataclasses.replace(real, confirmed=True))
    finally:
        first.close()
    window = MainWindow()
    qtbot.addWidget(window)
    counts: list[int] = []
    window.list_filled.connect(lambda: counts.append(window.model.rowCount()))
    try:
        with qtbot.waitSignal(window.posts_loaded, timeout=20000):
            window.show()
            window.open_workspace(paths)
        assert counts == [sample_count]  # shown early, as read from the file
        assert sample_count > 0 and window.model.rowCount() == 0
    finally:
        if window.dialog is not None and window.dialog.isVisible():
            window.dialog.reject()
        if window.workspace is not None:
            window.workspace.close()
