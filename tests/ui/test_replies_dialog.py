"""Replies in the UI: search, fill the blanks, copy to the clipboard; own replies managed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from medsos_desktop.services.agency import AgencyProfile, save_profile
from medsos_desktop.services.replies import RepliesService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.common.translation import install_language
from medsos_desktop.ui.evaluation.replies_dialog import RepliesDialog
from tests.ui.message_boxes import button, shown_box

KeyRole = Qt.ItemDataRole.UserRole


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_dialog(qtbot: QtBot, ws: Workspace, host: QWidget) -> RepliesDialog:
    dialog = RepliesDialog(RepliesService(ws.db), host)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.templates) and dialog.current is not None, timeout=10000)
    return dialog


def shown_keys(dialog: RepliesDialog) -> list[str]:
    items = (dialog.list.item(i) for i in range(dialog.list.count()))
    return [item.data(KeyRole) for item in items if item.data(KeyRole)]


def select(dialog: RepliesDialog, key: str) -> None:
    row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).data(KeyRole) == key)
    dialog.list.setCurrentRow(row)
    assert dialog.current is not None and dialog.current.key == key


def test_search_fill_and_copy(qtbot: QtBot, host: QWidget, empty_workspace: Workspace) -> None:
    save_profile(
        empty_workspace.db,
        AgencyProfile(name="Disdukcapil Kota Sukamaju", contacts=("WhatsApp 0812-0000-1111",)),
    )
    dialog = open_dialog(qtbot, empty_workspace, host)
    assert len(shown_keys(dialog)) >= 12
    assert dialog.current.builtin  # type: ignore[union-attr]
    assert dialog.body_edit.isReadOnly() and not dialog.save_button.isVisible()

    dialog.search.setText("ktp gratis")
    assert shown_keys(dialog) == ["syarat-ktp"]
    assert dialog.current is not None and dialog.current.key == "syarat-ktp"
    names = list(dialog.inputs)
    assert names == ["nama", "lokasi", "jam_layanan", "tautan"]
    assert "{nama}" in dialog.missing.text()

    name_field = dialog.findChild(QLineEdit, "field_nama")
    assert name_field is not None
    name_field.setText("Sari")
    dialog.inputs["lokasi"].setText("Mal Pelayanan Publik")  # type: ignore[union-attr]
    dialog.inputs["jam_layanan"].setText("Senin–Jumat 08.00–15.00 WIB")  # type: ignore[union-attr]
    dialog.inputs["tautan"].setText("https://disdukcapil.sukamaju.go.id")  # type: ignore[union-attr]
    assert dialog.missing.text() == ""
    text = dialog.filled_text()
    assert text.startswith("Halo Kak Sari, persyaratan perekaman KTP elektronik")
    assert "{" not in text

    with qtbot.waitSignal(dialog.copied, timeout=5000) as signal:
        dialog.copy_button.click()
    assert signal.args == [text]
    assert QGuiApplication.clipboard().text() == text
    assert "Copied" in dialog.message.text()

    # Typed blanks carry over to the next reply; the agency profile pre-fills its own.
    dialog.search.clear()
    select(dialog, "salam-pembuka")
    assert dialog.filled_text().startswith(
        "Halo Kak Sari, terima kasih sudah menghubungi Disdukcapil Kota Sukamaju."
    )
    select(dialog, "darurat-banjir")
    assert "WhatsApp 0812-0000-1111" in dialog.filled_text()
    dialog.search.setText("tidak ada yang cocok")
    assert shown_keys(dialog) == [] and dialog.current is None
    assert not dialog.copy_button.isEnabled()


def test_own_replies_new_edit_duplicate_delete(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace
) -> None:
    dialog = open_dialog(qtbot, empty_workspace, host)
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        dialog.new_button.click()
    own = dialog.current
    assert own is not None and not own.builtin and own.key == "own-1"
    assert not dialog.body_edit.isReadOnly() and dialog.save_button.isVisible()

    dialog.title_edit.setText("Parkir kendaraan")
    dialog.body_edit.setPlainText("Halo {nama}, parkir tersedia di {lokasi")
    assert dialog.problems.isVisible() and "never closed" in dialog.problems.text()
    assert "broken placeholder" in dialog.missing.text()
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        dialog.save_button.click()
    assert "1 error(s)" in dialog.message.text()
    stored = RepliesService(empty_workspace.db).get("own-1")
    assert stored is not None and stored.title != "Parkir kendaraan"

    dialog.body_edit.setPlainText("Halo {nama}, parkir tersedia di {lokasi}. Kode: {kode_parkir}")
    qtbot.waitUntil(lambda: "kode_parkir" in dialog.inputs, timeout=5000)  # the form follows
    assert not dialog.problems.text().count("never closed")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("informasi"))
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        dialog.save_button.click()
    assert dialog.message.text() == "Saved."
    stored = RepliesService(empty_workspace.db).get("own-1")
    assert stored is not None
    assert (stored.title, stored.category) == ("Parkir kendaraan", "informasi")

    with qtbot.waitSignal(dialog.ready, timeout=10000):
        dialog.duplicate_button.click()
    assert dialog.current is not None and dialog.current.title == "Parkir kendaraan (copy)"
    copy_key = dialog.current.key
    dialog.delete_button.click()
    box = shown_box(dialog)
    assert box is not None and "Parkir kendaraan (copy)" in box.text()
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        button(box, "Delete").click()
    assert copy_key not in shown_keys(dialog) and "own-1" in shown_keys(dialog)

    # A built-in is read-only; duplicating it makes an editable copy.
    select(dialog, "klarifikasi-hoaks")
    assert not dialog.delete_button.isEnabled()
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        dialog.duplicate_button.click()
    assert dialog.current is not None and not dialog.current.builtin
    assert dialog.current.title == "Klarifikasi hoaks (copy)"


def test_screenshot_in_indonesian(
    qtbot: QtBot, host: QWidget, empty_workspace: Workspace, tmp_path: Path
) -> None:
    """Painted for a person to look at (MEDSOS_SCREENSHOTS=folder keeps it)."""
    install_language("id")
    folder = Path(os.environ.get("MEDSOS_SCREENSHOTS", tmp_path))
    dialog = open_dialog(qtbot, empty_workspace, host)
    select(dialog, "lapor-jalan-rusak")
    dialog.inputs["nama"].setText("Budi")  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: dialog.inputs["nama"].isVisible(), timeout=5000)
    image = dialog.grab()
    assert image.save(str(folder / "replies_dialog.png"))
