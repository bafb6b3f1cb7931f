"""The wheel never edits a field without focus; Tab leaves multi-line text fields.

Real QWheelEvents and key presses go through QApplication.sendEvent / QTest, so the
application's event filter sees them exactly as it sees the mouse and the keyboard.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.common.input_guard import ACCEPTS_TAB, InputGuard, install_input_guard
from medsos_desktop.ui.common.tasks import TaskRunner

WHEEL_DOWN = -120  # one notch of a mouse wheel


@pytest.fixture
def guard(qapp: QApplication) -> InputGuard:
    """Installed once for the session, as the application does at start-up."""
    return install_input_guard(qapp)


def wheel(widget: QWidget, delta: int = WHEEL_DOWN) -> bool:
    """Turn the wheel over the middle of `widget`; True if a widget took the event."""
    local = QPointF(widget.rect().center())
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


class Form(QWidget):
    """A long form in a scroll area, as the editor and the dialogs have."""

    def __init__(self) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.addItems(["Kegiatan", "Himbauan", "Layanan", "Lainnya"])
        self.date = QDateTimeEdit(QDateTime(datetime(2026, 12, 15, 9, 0)))
        self.spin = QSpinBox()
        self.spin.setValue(5)
        self.line = QLineEdit()
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for widget in (self.line, self.combo, self.date, self.spin):
            layout.addWidget(widget)
        layout.addSpacing(2000)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(self.scroll)
        self.resize(400, 300)


@pytest.fixture
def form(qtbot: QtBot, guard: InputGuard) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    focus(qtbot, widget.line)
    return widget


def test_without_focus_the_wheel_changes_nothing(form: Form) -> None:
    for _ in range(3):
        assert not wheel(form.combo)
        assert not wheel(form.date)
        assert not wheel(form.spin)
    assert form.combo.currentIndex() == 0
    assert form.date.dateTime() == QDateTime(datetime(2026, 12, 15, 9, 0))
    assert form.spin.value() == 5
    assert form.line.hasFocus()  # the wheel did not take the focus either


def test_a_focused_box_still_follows_the_wheel(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form.combo)
    assert wheel(form.combo)
    assert form.combo.currentIndex() == 1
    focus(qtbot, form.spin)
    wheel(form.spin)
    assert form.spin.value() == 4
    focus(qtbot, form.date)
    wheel(form.date)
    assert form.date.dateTime() != QDateTime(datetime(2026, 12, 15, 9, 0))


def test_the_same_wheel_event_edits_an_unguarded_combo(
    qtbot: QtBot, form: Form, guard: InputGuard
) -> None:
    """The events above are real: without the guard's filter the same one changes it."""
    form.combo.removeEventFilter(guard)
    assert wheel(form.combo)
    assert form.combo.currentIndex() == 1


def test_widgets_made_later_in_dialogs_are_guarded_too(qtbot: QtBot, guard: InputGuard) -> None:
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    combo = QComboBox(dialog)
    combo.addItems(["a", "b"])
    combo.setStyleSheet("QComboBox { color: #333; }")  # its own style sheet: polished again
    dialog.show()
    qtbot.waitExposed(dialog)
    assert install_input_guard() is guard  # one guard, however often it is asked for
    assert not wheel(combo)
    assert combo.currentIndex() == 0


def test_boxes_take_focus_by_click_or_tab_not_by_wheel(form: Form) -> None:
    for widget in (form.combo, form.date, form.spin):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_tab_leaves_a_multi_line_field(qtbot: QtBot, guard: InputGuard) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    contacts = QPlainTextEdit(window)
    code = QPlainTextEdit(window)
    code.setProperty(ACCEPTS_TAB, True)
    after = QLineEdit(window)
    QVBoxLayout(window).addWidget(contacts)
    window.layout().addWidget(code)
    window.layout().addWidget(after)
    window.show()
    qtbot.waitExposed(window)
    focus(qtbot, contacts)
    QTest.keyClicks(contacts, "0812")
    QTest.keyClick(contacts, Qt.Key.Key_Tab)
    assert contacts.toPlainText() == "0812"
    assert code.hasFocus()
    QTest.keyClick(code, Qt.Key.Key_Tab)
    assert code.toPlainText() == "\t"  # opted out: it keeps its tabs


def test_profile_dialog_contacts_field_moves_on_with_tab(qtbot: QtBot, guard: InputGuard) -> None:
    from medsos_desktop.ui.dialogs.profile_dialog import ProfileDialog

    dialog = ProfileDialog(AgencyProfile(), first_run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    focus(qtbot, dialog.contacts_edit)
    QTest.keyClicks(dialog.contacts_edit, "(022) 4234567")
    QTest.keyClick(dialog.contacts_edit, Qt.Key.Key_Tab)
    assert "\t" not in dialog.contacts_edit.toPlainText()
    assert not dialog.contacts_edit.hasFocus()


def test_scrolling_the_editor_over_category_and_date_edits_nothing(
    qtbot: QtBot, guard: InputGuard, empty_workspace: Workspace
) -> None:
    from medsos_desktop.ui.editor.editor import PostEditor

    service = PostService(empty_workspace.db)
    post_id = service.create(
        PostContent(
            title="Posyandu",
            category=Category.KEGIATAN,
            platforms=(Platform.INSTAGRAM,),
            base_caption="Posyandu Melati buka besok.",
            planned_at=datetime(2026, 12, 15, 9, 0),
        )
    )
    editor = PostEditor(service.blob)
    qtbot.addWidget(editor)
    editor.resize(700, 500)
    editor.show()
    qtbot.waitExposed(editor)
    editor.load(service.load(post_id))
    focus(qtbot, editor.title_edit)
    edits: list[object] = []
    editor.content_edited.connect(lambda _id, content: edits.append(content))
    for _ in range(5):
        wheel(editor.category_combo)
        wheel(editor.planned_edit)
    assert edits == []
    assert editor.current_content().category is Category.KEGIATAN
    assert editor.current_content().planned_at == datetime(2026, 12, 15, 9, 0)
    qtbot.wait(200)  # the caption checks the load started, then their timer's second run
    TaskRunner.wait_all()
