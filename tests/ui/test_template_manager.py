"""Own caption templates: create, refuse a broken one with reasons, fix, duplicate, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from medsos_desktop.services.templates import TemplateService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.dialogs.template_dialogs import TemplateManagerDialog
from tests.ui.message_boxes import button, shown_box


def _keys(dialog: TemplateManagerDialog) -> list[str | None]:
    return [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]


def _manager(qtbot: QtBot, workspace: Workspace) -> TemplateManagerDialog:
    """The dialog as the Caption templates action builds it, without the main window."""
    dialog = TemplateManagerDialog(TemplateService(workspace.db))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=5000)
    return dialog


def test_own_template_lifecycle(qtbot: QtBot, empty_workspace: Workspace) -> None:
    dialog = _manager(qtbot, empty_workspace)
    assert dialog.current is not None and dialog.current.builtin
    assert not dialog.save_button.isEnabled()  # built-ins are read-only

    with qtbot.waitSignal(dialog.ready, timeout=5000):
        dialog.new_button.click()
    assert dialog.current is not None and not dialog.current.builtin
    own_key = dialog.current.key

    dialog.name_edit.setText("Rapat Koordinasi")
    dialog.body_edit.setPlainText("Rapat {kegiatan di {lokasi}")
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("{kegiatan" in p or "kegiatan" in p for p in problems)
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        dialog.save_button.click()
    assert "error" in dialog.message.text().lower()
    stored = TemplateService(empty_workspace.db).get(own_key)
    assert stored is not None and stored.body != "Rapat {kegiatan di {lokasi}"

    dialog.body_edit.setPlainText("Rapat {kegiatan} di {lokasi}")
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        dialog.save_button.click()
    stored = TemplateService(empty_workspace.db).get(own_key)
    assert stored is not None and stored.name == "Rapat Koordinasi"
    assert stored.body == "Rapat {kegiatan} di {lokasi}"

    with qtbot.waitSignal(dialog.ready, timeout=5000):
        dialog.duplicate_button.click()
    assert dialog.current is not None and dialog.current.name == "Rapat Koordinasi (copy)"
    copy_key = dialog.current.key
    dialog.delete_button.click()
    assert copy_key in _keys(dialog)  # asked first
    box = shown_box(dialog)
    assert box is not None
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        button(box, "Delete").click()
    assert copy_key not in _keys(dialog)
    assert own_key in _keys(dialog)
    dialog.reject()
