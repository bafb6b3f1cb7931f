"""ui/common/screen_fit.py on its own, offscreen (an 800 px screen, smaller than any office
screen), and the main window's geometry kept across starts (on a real X server)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from medsos_desktop.paths import AppPaths
from medsos_desktop.services.settings import Settings, load_settings, save_settings
from medsos_desktop.services.site_config import SiteConfig
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.screen_fit import BodyScrollArea, fit_dialog, frame_margins


def _tall_dialog(fields: int) -> tuple[QDialog, list[QLineEdit], QDialogButtonBox]:
    dialog = QDialog()
    intro = QLabel("Isi semua kolom.", dialog)
    form = QFormLayout()
    edits = []
    for i in range(fields):
        edit = QLineEdit(dialog)
        edit.setObjectName(f"field_{i}")
        form.addRow(f"Kolom {i}", edit)
        edits.append(edit)
    error = QLabel(dialog)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return dialog, edits, buttons


def _inside_screen(widget: QWidget) -> bool:
    available = widget.screen().availableGeometry()
    margins = frame_margins(widget)
    return available.contains(widget.geometry().marginsAdded(margins))


def test_a_tall_dialog_scrolls_and_keeps_its_buttons(qtbot: QtBot) -> None:
    dialog, edits, buttons = _tall_dialog(60)
    qtbot.addWidget(dialog)
    fit_dialog(dialog)
    scroll = dialog.findChild(BodyScrollArea)
    assert scroll is not None
    assert scroll.widget().isAncestorOf(edits[0])
    assert not scroll.widget().isAncestorOf(buttons)  # the buttons stay outside
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _inside_screen(dialog)
    assert scroll.verticalScrollBar().maximum() > 0  # the fields scroll
    assert buttons.isVisible()
    # Tab still goes through the fields first, then to the buttons.
    assert edits[0].nextInFocusChain() is not buttons.buttons()[0]
    chain = [w for w in _focus_order(dialog) if w in (*edits, *buttons.buttons())]
    assert chain[:3] == edits[:3]
    assert set(chain[-2:]) == set(buttons.buttons())


def _focus_order(window: QWidget) -> list[QWidget]:
    order, widget = [], window.nextInFocusChain()
    while widget is not window and widget not in order:
        order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def test_a_short_dialog_opens_without_scroll_bars(qtbot: QtBot) -> None:
    dialog, _edits, _buttons = _tall_dialog(3)
    qtbot.addWidget(dialog)
    fit_dialog(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    scroll = dialog.findChild(BodyScrollArea)
    assert scroll.verticalScrollBar().maximum() == 0
    assert scroll.horizontalScrollBar().maximum() == 0


def test_a_dialog_sized_for_a_big_screen_is_capped(qtbot: QtBot) -> None:
    dialog, _edits, _buttons = _tall_dialog(2)
    qtbot.addWidget(dialog)
    fit_dialog(dialog)
    dialog.resize(1200, 900)  # more than the 800x600 offscreen screen
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _inside_screen(dialog)


def test_a_long_message_scrolls_with_its_button_in_sight(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    text = "\n".join(f"Temuan {i}: kolom {{tautan}} belum diisi." for i in range(60))
    box = messages.show_message(parent, "Medsos Desktop", text)
    qtbot.waitExposed(box)
    assert _inside_screen(box)
    button = box.buttons()[0]
    assert button.isVisible()
    assert box.rect().contains(button.geometry())
    box.reject()


def test_a_short_message_keeps_its_natural_size(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = messages.show_message(parent, "Medsos Desktop", "Tersimpan.")
    qtbot.waitExposed(box)
    plain = QMessageBox(QMessageBox.Icon.Warning, "Medsos Desktop", "Tersimpan.")
    plain.addButton("OK", QMessageBox.ButtonRole.AcceptRole)
    qtbot.addWidget(plain)
    plain.show()
    qtbot.waitExposed(plain)
    assert abs(box.height() - plain.height()) <= 8
    box.reject()


# -- the main window's geometry across starts --------------------------------------------


def test_window_geometry_is_kept_in_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(window_geometry="AdnQywADAAA=", window_splitter="AAAA/w==")
    save_settings(path, settings)
    loaded = load_settings(path, SiteConfig())
    assert loaded.window_geometry == "AdnQywADAAA="
    assert loaded.window_splitter == "AAAA/w=="


@pytest.mark.parametrize("bad", ["not base64!", 12, "A" * 5000, None])
def test_a_damaged_geometry_is_ignored(tmp_path: Path, bad: object) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"window_geometry": bad, "language": "en"}), encoding="utf-8")
    loaded = load_settings(path, SiteConfig())
    assert loaded.window_geometry == ""
    assert loaded.language == "en"


def _open_main(qtbot: QtBot, paths: AppPaths) -> object:
    from medsos_desktop.services.workspace import open_workspace
    from medsos_desktop.ui.main_window import MainWindow

    workspace = open_workspace(paths, seed_demo=False)
    window = MainWindow(load_settings(paths.settings_file, SiteConfig()))
    qtbot.addWidget(window)
    with qtbot.waitSignals([window.posts_loaded, window.designer_ready], timeout=20000):
        window.show()
        window.attach(workspace)
    if window.dialog is not None and window.dialog.isVisible():
        window.dialog.reject()
    return window


def _close_main(qtbot: QtBot, window: object) -> None:
    window.close()
    window.runner.wait(5000)
    window.workspace.close()


@pytest.mark.screen
def test_main_window_remembers_geometry_and_splitter(qtbot: QtBot, paths: AppPaths) -> None:
    """On a real screen (offscreen's 800 px is narrower than the window's minimum width),
    under a window manager, which adds the title bar and places the window."""
    first = _open_main(qtbot, paths)
    available = first.screen().availableGeometry()
    # Office screens are small: the first start is maximised, the status bar on screen.
    assert first.isMaximized()
    first.showNormal()
    qtbot.waitUntil(lambda: not first.isMaximized())
    # Three quarters of the screen, or the window's minimum where that is wider (1280x720).
    # The minimum is taken once the designer kit has filled the editor (its template names
    # widen it), with room to spare: fonts differ between machines, and a window saved at
    # exactly its minimum comes back at the minimum of whatever the editor shows then.
    least = first.minimumSizeHint().expandedTo(first.minimumSize()) + QSize(48, 0)
    target = QSize(available.width() * 3 // 4, available.height() * 3 // 4).expandedTo(least)
    first.resize(target)
    first.move(available.topLeft())
    qtbot.waitUntil(lambda: first.size() == target, timeout=5000)
    first.splitter.setSizes([300, first.splitter.width() - 300])
    qtbot.wait(50)
    size, splitter = first.size(), first.splitter.sizes()
    _close_main(qtbot, first)
    assert load_settings(paths.settings_file, SiteConfig()).window_geometry

    second = _open_main(qtbot, paths)
    qtbot.wait(50)
    assert not second.isMaximized()
    assert second.size() == size
    assert second.splitter.sizes() == splitter
    assert available.contains(second.windowHandle().frameGeometry())
    _close_main(qtbot, second)
