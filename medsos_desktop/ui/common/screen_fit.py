"""Windows and dialogs that fit an office screen (1366x768, or 1280x720 on a 1920x1080
laptop at 150 %): long content scrolls inside, the buttons stay on screen.

`fit_dialog(dialog)` at the end of a dialog's constructor moves everything above its
button row into a scroll area and, each time the dialog is shown, caps its frame to the
available geometry of its screen. `place_main_window` gives a main window its start
geometry: the one saved last time if it still fits, else maximised on a small screen.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

# Below this available height a main window starts maximised: every pixel is needed.
SMALL_SCREEN_HEIGHT = 900

# What a window manager's frame usually adds (title bar, borders) before the real
# frame is known: the same estimate Qt uses to place dialogs.
_FALLBACK_FRAME = QMargins(5, 35, 5, 5)


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen a window is (or will be) on: its parent window's, else its own."""
    parent = widget.parentWidget()
    window = parent.window() if parent is not None else widget
    return window.screen() or QGuiApplication.primaryScreen()


def available_geometry(widget: QWidget) -> QRect:
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def frame_margins(widget: QWidget) -> QMargins:
    """The window manager's frame around `widget`: its own once mapped, else that of the
    window it belongs to or of any visible window, else an estimate."""
    candidates = [widget]
    parent = widget.parentWidget()
    if parent is not None:
        candidates.append(parent.window())
    from PySide6.QtWidgets import QApplication

    candidates += [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for window in candidates:
        frame, inner = window.frameGeometry(), window.geometry()
        margins = QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
        if margins.top() > 0 and window.isVisible() and not window.isMaximized():
            return margins
    return _FALLBACK_FRAME


def fitting_size(widget: QWidget, size: QSize) -> QSize:
    """`size` made small enough that the window's frame fits the available geometry."""
    available, frame = available_geometry(widget), frame_margins(widget)
    return QSize(
        min(size.width(), available.width() - frame.left() - frame.right()),
        min(size.height(), available.height() - frame.top() - frame.bottom()),
    )


def fitting_position(widget: QWidget, size: QSize) -> QPoint:
    """Where the frame goes: centred on the parent window (or the screen), then moved
    inside the available geometry."""
    available, frame = available_geometry(widget), frame_margins(widget)
    outer_w = size.width() + frame.left() + frame.right()
    outer_h = size.height() + frame.top() + frame.bottom()
    parent = widget.parentWidget()
    if parent is not None and parent.window().isVisible():
        centre = parent.window().frameGeometry().center()
    else:
        centre = available.center()
    x = min(centre.x() - outer_w // 2, available.right() + 1 - outer_w)
    y = min(centre.y() - outer_h // 2, available.bottom() + 1 - outer_h)
    return QPoint(max(x, available.left()), max(y, available.top()))


class _ScreenCap(QObject):
    """Caps a window to its screen each time it is shown (before it is mapped)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and not event.spontaneous()
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not (watched.windowState() & Qt.WindowState.WindowMaximized)
        ):
            fit_window(watched)
        return False


def fit_window(window: QWidget) -> None:
    """Shrink `window` to the available geometry and put its frame inside it."""
    wanted = window.size()
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        # Sized by Qt's adjustSize, which stops at two thirds of the screen: a dialog whose
        # content scrolls may use the whole height instead.
        wanted = wanted.expandedTo(window.sizeHint())
    size = fitting_size(window, wanted)
    if size != window.size():
        window.resize(size)
    # Placing it here also keeps QDialog from placing it with a frame estimate of its own.
    window.move(fitting_position(window, size))


def cap_to_screen(window: QWidget) -> None:
    """Fit `window` to its screen whenever it is shown."""
    if window.findChild(_ScreenCap, "screen_cap", Qt.FindChildOption.FindDirectChildrenOnly):
        return
    cap = _ScreenCap(window)
    cap.setObjectName("screen_cap")
    window.installEventFilter(cap)


class BodyScrollArea(QScrollArea):
    """A frameless scroll area that asks for its content's full size, so a dialog opens
    without scroll bars wherever the screen has room; it scrolls only when it must."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_body_scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def sizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().sizeHint()
        hint = body.sizeHint().expandedTo(body.minimumSizeHint())
        available = available_geometry(self)
        if hint.height() > available.height() - 120:  # it will scroll: room for the bar
            hint.setWidth(hint.width() + self._bar_width())
        return hint

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        # As wide as the content needs while the screen has room (no sideways scrolling),
        # but never so high that the buttons below could be pushed off the screen.
        wanted = body.minimumSizeHint().width() + self._bar_width()
        width = min(wanted, available_geometry(self).width() - 80)
        return QSize(width, min(body.minimumSizeHint().height(), 120))

    def _bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)


def _is_button_row(item: QWidget | QLayout) -> bool:
    if isinstance(item, QDialogButtonBox):
        return True
    if isinstance(item, QLayout):
        widgets = [item.itemAt(i).widget() for i in range(item.count())]
        widgets = [w for w in widgets if w is not None]
        return bool(widgets) and all(
            isinstance(w, QAbstractButton | QDialogButtonBox) for w in widgets
        )
    return False


def _footer(layout: QBoxLayout) -> list[QWidget | QLayout]:
    """The trailing button rows, and the message labels just above them (an error shown
    beside the buttons must stay in sight)."""
    footer: list[QWidget | QLayout] = []
    seen_buttons = False
    for index in range(layout.count() - 1, -1, -1):
        item = layout.itemAt(index)
        part = item.widget() or item.layout()
        if part is None:
            break
        if _is_button_row(part):
            footer.insert(0, part)
            seen_buttons = True
        elif seen_buttons and isinstance(part, QLabel) and not part.pixmap():
            footer.insert(0, part)
        else:
            break
    return footer if seen_buttons else []


def scroll_body(dialog: QWidget) -> QScrollArea | None:
    """Move everything of `dialog`'s box layout above its button row into a scroll area.

    The layout itself is moved, with its widgets, stretch factors and spacing, so the
    dialog looks as before; only the button row (and a message label right above it)
    stays outside. Does nothing for a dialog without a box layout or a button row.
    """
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or dialog.findChild(BodyScrollArea):
        return None
    footer = _footer(layout)
    if not footer:
        return None
    focus_chain = _focus_chain(dialog)
    margins = layout.contentsMargins()
    for part in footer:
        if isinstance(part, QWidget):
            layout.removeWidget(part)
        else:
            layout.removeItem(part)
            part.setParent(None)
    scroll = BodyScrollArea(dialog)
    body = QWidget(scroll)
    body.setObjectName("dialog_body")
    body.setLayout(layout)  # takes the layout, and its widgets, from the dialog
    layout.setContentsMargins(0, 0, 0, 0)
    scroll.setWidget(body)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(margins)
    outer.setSpacing(layout.spacing())
    outer.addWidget(scroll, 1)
    for part in footer:
        if isinstance(part, QWidget):
            outer.addWidget(part)
        else:
            outer.addLayout(part)
    for first, second in itertools.pairwise(focus_chain):
        QWidget.setTabOrder(first, second)
    return scroll


def _focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order (moving widgets into the scroll area would
    otherwise put the buttons first)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in chain:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def fit_dialog(dialog: QWidget, *, scroll: bool = True) -> None:
    """Call at the end of a dialog's constructor: body in a scroll area, frame on screen."""
    if scroll:
        scroll_body(dialog)
    cap_to_screen(dialog)


def place_main_window(window: QWidget, saved: str = "") -> None:
    """A main window's start geometry, before it is shown: the saved one (base64 of
    `saveGeometry`) if it still fits this screen, else the largest that fits, maximised
    on a small screen."""
    # Qt moves and shrinks a restored geometry into the screen's available geometry, the
    # frame included (a screen may have changed since, or be a laptop's own now).
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        return
    available = available_geometry(window)
    size = fitting_size(window, QSize(1400, 900))
    window.resize(size)
    window.move(fitting_position(window, size))
    if available.height() < SMALL_SCREEN_HEIGHT:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def saved_geometry(window: QWidget) -> str:
    """What `place_main_window` takes back next time."""
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")


class _MessageScroll(BodyScrollArea):
    """QMessageBox sizes itself from its layout's minimum: this one asks for the whole
    text when the screen has room, and for what the screen has when it has not."""

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        hint = body.sizeHint()
        room = self._room()
        if hint.height() <= room:
            return hint
        return QSize(hint.width() + self._bar_width(), max(room, 120))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def _room(self) -> int:
        return available_geometry(self).height() - 200  # title, icon row, buttons, margins

    # QMessageBox sizes a wrapped text by its layout's height for the width it chose: the
    # text's own size hint is for another width, and would cut its last lines.
    def hasHeightForWidth(self) -> bool:
        body = self.widget()
        return body is not None and body.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        body = self.widget()
        if body is None or not body.hasHeightForWidth():
            return super().heightForWidth(width)
        needed = body.heightForWidth(max(width - 2 * self.frameWidth(), 1))
        room = self._room()
        if needed <= room:
            return needed + 2 * self.frameWidth()
        return max(room, 120)


def fit_message_box(box: QMessageBox) -> None:
    """A message box with a long text (a list of findings, of files) scrolls the text and
    keeps its buttons on screen; a short one looks as before."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    grid = box.layout()
    if label is None or not isinstance(grid, QGridLayout) or box.findChild(_MessageScroll):
        return
    index = grid.indexOf(label)
    if index < 0:
        return
    row, column, rows, columns = grid.getItemPosition(index)
    grid.removeWidget(label)
    scroll = _MessageScroll(box)
    scroll.setWidget(label)
    grid.addWidget(scroll, row, column, rows, columns)
    cap_to_screen(box)
