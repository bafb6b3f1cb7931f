"""The focus point ("titik fokus") of an infographic photo: the admin clicks or drags on a
small copy of the photo to say what must stay in the picture whatever the size; without
one, the crop keeps the faces found in it (shown as thin frames)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

Point = tuple[float, float]
FaceBox = tuple[float, float, float, float]
KEY_STEP = 0.05


class FocusArea(QWidget):
    """The photo, scaled to fit; a click or drag puts the focus point, arrows move it."""

    point_chosen = Signal()  # on release, or a key: one save per choice, not per pixel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focus_area")
        self._pixmap: QPixmap | None = None
        self._faces: tuple[FaceBox, ...] = ()
        self.point: Point | None = None
        self._dragging = False
        self.setMinimumSize(160, 120)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Focus point of the photo"))

    def sizeHint(self) -> QSize:
        return QSize(240, 180)

    def show_photo(self, image: QImage | None, faces: tuple[FaceBox, ...] = ()) -> None:
        self._pixmap = QPixmap.fromImage(image) if image is not None else None
        self._faces = tuple(faces)
        self.update()

    @property
    def faces(self) -> tuple[FaceBox, ...]:
        return self._faces

    def target(self) -> QRect:
        """Where the photo is drawn in the widget."""
        if self._pixmap is None or self._pixmap.isNull():
            return QRect()
        scaled = self._pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) // 2
        y = (self.height() - scaled.height()) // 2
        return QRect(x, y, scaled.width(), scaled.height())

    def _set_from(self, position: QPointF) -> None:
        target = self.target()
        if target.isEmpty():
            return
        x = (position.x() - target.left()) / target.width()
        y = (position.y() - target.top()) / target.height()
        self.point = (min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.target().isEmpty():
            self._dragging = True
            self._set_from(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._set_from(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._dragging = False
            self._set_from(event.position())
            self.point_chosen.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: (-KEY_STEP, 0.0),
            Qt.Key.Key_Right: (KEY_STEP, 0.0),
            Qt.Key.Key_Up: (0.0, -KEY_STEP),
            Qt.Key.Key_Down: (0.0, KEY_STEP),
        }
        move = moves.get(Qt.Key(event.key()))
        if move is None or self.target().isEmpty():
            super().keyPressEvent(event)
            return
        x, y = self.point or (0.5, 0.5)
        self.point = (min(max(x + move[0], 0.0), 1.0), min(max(y + move[1], 0.0), 1.0))
        self.update()
        self.point_chosen.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#2b2b2b"))
        target = self.target()
        if target.isEmpty():
            painter.end()
            return
        assert self._pixmap is not None
        painter.drawPixmap(target, self._pixmap)
        for left, top, right, bottom in self._faces:
            face = QRect(
                round(target.left() + left * target.width()),
                round(target.top() + top * target.height()),
                round((right - left) * target.width()),
                round((bottom - top) * target.height()),
            )
            for pen in (
                QPen(QColor(0, 0, 0, 150), 3),
                QPen(QColor("#ffffff"), 1, Qt.PenStyle.DashLine),
            ):
                painter.setPen(pen)
                painter.drawRect(face)
        if self.point is not None:
            centre = QPointF(
                target.left() + self.point[0] * target.width(),
                target.top() + self.point[1] * target.height(),
            )
            for colour, width in ((QColor(0, 0, 0, 160), 4), (QColor("#ffcc00"), 2)):
                painter.setPen(QPen(colour, width))
                painter.drawEllipse(centre, 9, 9)
                painter.drawLine(centre + QPointF(-14, 0), centre + QPointF(-5, 0))
                painter.drawLine(centre + QPointF(5, 0), centre + QPointF(14, 0))
                painter.drawLine(centre + QPointF(0, -14), centre + QPointF(0, -5))
                painter.drawLine(centre + QPointF(0, 5), centre + QPointF(0, 14))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()


class FocusPicker(QWidget):
    """The photo's focus area, a line saying what the crop does, and "Automatic"."""

    point_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = FocusArea(self)
        self.area.point_chosen.connect(self._chosen)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("focus_note")
        self.auto_button = QPushButton(self.tr("Automatic"), self)
        self.auto_button.setObjectName("focus_automatic")
        self.auto_button.setToolTip(self.tr("Forget the focus point: keep the faces in view"))
        self.auto_button.clicked.connect(self.clear_point)
        # The note on its own full-width line, wrapped: beside the button, in the form's
        # narrow column, it was squeezed to a few words a line and cut off at the bottom.
        self.note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.auto_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self._update_note()

    def point(self) -> Point | None:
        return self.area.point

    def set_point(self, point: Point | None) -> None:
        self.area.point = point
        self.area.update()
        self._update_note()

    def clear_point(self) -> None:
        if self.area.point is None:
            return
        self.set_point(None)
        self.point_changed.emit()

    def show_photo(self, image: QImage | None, faces: tuple[FaceBox, ...] = ()) -> None:
        self.area.show_photo(image, faces)
        self._update_note()

    def _chosen(self) -> None:
        self._update_note()
        self.point_changed.emit()

    def _update_note(self) -> None:
        self.auto_button.setEnabled(self.area.point is not None)
        if self.area.point is not None:
            text = self.tr("This point stays in the picture at every size.")
        elif len(self.area.faces) == 1:
            text = self.tr(
                "Automatic: the face found is kept in view. Click or drag on the photo to "
                "choose the focus point yourself."
            )
        elif self.area.faces:
            text = self.tr(
                "Automatic: the {count} faces found are kept in view. Click or drag on the "
                "photo to choose the focus point yourself."
            ).format(count=len(self.area.faces))
        else:
            text = self.tr(
                "Automatic. Click or drag on the photo to choose the point that must stay "
                "in the picture."
            )
        self.note.setText(text)
