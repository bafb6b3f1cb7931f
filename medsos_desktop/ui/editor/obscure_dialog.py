"""Hide a face or personal data in a photo: drag a rectangle, pixelate or blur it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.ui.common.screen_fit import fit_dialog

Box = tuple[float, float, float, float]
# Around a face the detector found: its hair, ears and chin are hidden too.
FACE_MARGIN = 0.25


def face_regions(faces: Sequence[Box]) -> list[Box]:
    """The regions that hide the faces found in a photo, a little larger than each face."""
    regions = []
    for left, top, right, bottom in faces:
        dx, dy = (right - left) * FACE_MARGIN, (bottom - top) * FACE_MARGIN
        regions.append(  # more room above: the detector's box stops at the forehead
            (
                max(0.0, left - dx),
                max(0.0, top - 1.6 * dy),
                min(1.0, right + dx),
                min(1.0, bottom + dy),
            )
        )
    return regions


class RegionPicker(QWidget):
    """Shows the photo scaled to fit; the user drags the regions to hide (several: each
    drag adds one), or takes the faces found in the photo."""

    region_changed = Signal()

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("region_picker")
        self.image = image
        self._pixmap = QPixmap.fromImage(image)
        self._start: QPoint | None = None
        self._rect = QRect()  # the region being dragged, in widget pixels
        self._regions: list[Box] = []  # the regions chosen before, as fractions
        self.setMinimumSize(480, 360)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:
        return QSize(720, 520)

    def _target(self) -> QRect:
        scaled = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) // 2
        y = (self.height() - scaled.height()) // 2
        return QRect(QPoint(x, y), scaled)

    def _relative(self, rect: QRect) -> Box | None:
        target = self._target()
        rect = rect.normalized().intersected(target)
        if rect.width() < 4 or rect.height() < 4:
            return None
        return (
            (rect.left() - target.left()) / target.width(),
            (rect.top() - target.top()) / target.height(),
            (rect.right() - target.left()) / target.width(),
            (rect.bottom() - target.top()) / target.height(),
        )

    def _widget_rect(self, box: Box) -> QRect:
        target = self._target()
        left, top, right, bottom = box
        return QRect(
            QPoint(
                int(target.left() + left * target.width()),
                int(target.top() + top * target.height()),
            ),
            QPoint(
                int(target.left() + right * target.width()),
                int(target.top() + bottom * target.height()),
            ),
        )

    def relative_boxes(self) -> list[Box]:
        """Every chosen region as fractions of the photo (left, top, right, bottom)."""
        current = self._relative(self._rect)
        return [*self._regions, *([current] if current is not None else [])]

    def relative_box(self) -> Box | None:
        """The last chosen region, or None when nothing is chosen."""
        boxes = self.relative_boxes()
        return boxes[-1] if boxes else None

    def set_relative_boxes(self, boxes: Sequence[Box]) -> None:
        self._regions = [tuple(b) for b in boxes]  # type: ignore[misc]
        self._rect = QRect()
        self.update()
        self.region_changed.emit()

    def set_relative_box(self, box: Box) -> None:
        self.set_relative_boxes([box])

    def add_relative_boxes(self, boxes: Sequence[Box]) -> None:
        self.set_relative_boxes([*self.relative_boxes(), *boxes])

    def clear(self) -> None:
        self.set_relative_boxes([])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        current = self._relative(self._rect)
        if current is not None:
            self._regions.append(current)  # the previous drag is kept: this one adds
        self._start = event.position().toPoint()
        self._rect = QRect(self._start, self._start)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._rect = QRect(self._start, event.position().toPoint())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._start = None
        self.region_changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2b2b2b"))
        painter.drawPixmap(self._target(), self._pixmap)
        painter.setPen(QPen(QColor("#ffcc00"), 2, Qt.PenStyle.DashLine))
        rects = [self._widget_rect(box) for box in self._regions]
        if not self._rect.isNull():
            rects.append(self._rect.normalized())
        for rect in rects:
            painter.fillRect(QRectF(rect), QColor(255, 204, 0, 60))
            painter.drawRect(rect)
        painter.end()


class ObscureDialog(QDialog):
    """Returns the region and the mode; the caller makes the new image off the GUI thread."""

    def __init__(
        self, image: QImage, parent: QWidget | None = None, faces: Sequence[Box] = ()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("obscure_dialog")
        self.setWindowTitle(self.tr("Hide part of the photo"))
        intro = QLabel(
            self.tr(
                "Drag a rectangle over a child's face, a name tag or an ID card. The hidden part "
                "cannot be recovered from the new photo."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.picker = RegionPicker(image, self)
        self.pixelate = QRadioButton(self.tr("Pixelate"), self)
        self.pixelate.setChecked(True)
        self.blur = QRadioButton(self.tr("Blur"), self)
        group = QButtonGroup(self)
        group.addButton(self.pixelate)
        group.addButton(self.blur)
        modes = QHBoxLayout()
        modes.addWidget(self.pixelate)
        modes.addWidget(self.blur)
        modes.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(
            self.tr("Hide this part"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("apply_obscure")
        self.apply_button.setEnabled(False)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.picker.region_changed.connect(
            lambda: self.apply_button.setEnabled(self.picker.relative_box() is not None)
        )
        # Faces the detector found: children's faces are the personal data most often
        # shown in government photos, so they are offered at once.
        self.faces = face_regions(faces)
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("obscure_faces_found")
        self.suggestion.setWordWrap(True)
        self.mark_faces = QPushButton(self.tr("Hide these faces"), self)
        self.mark_faces.setObjectName("obscure_mark_faces")
        self.mark_faces.clicked.connect(lambda: self.picker.add_relative_boxes(self.faces))
        self.clear_button = QPushButton(self.tr("Clear the marks"), self)
        self.clear_button.setObjectName("obscure_clear")
        self.clear_button.clicked.connect(self.picker.clear)
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.mark_faces)
        suggestion_row.addWidget(self.clear_button)
        if len(self.faces) == 1:
            self.suggestion.setText(self.tr("1 face found. Hide it?"))
        elif self.faces:
            self.suggestion.setText(
                self.tr("{count} faces found. Hide them?").format(count=len(self.faces))
            )
        else:
            self.suggestion.setText(
                self.tr("No face found automatically: drag over each part to hide.")
            )
        self.mark_faces.setVisible(bool(self.faces))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(suggestion_row)
        layout.addWidget(self.picker, 1)
        layout.addLayout(modes)
        layout.addWidget(buttons)
        fit_dialog(self)  # within the screen, buttons in sight

    def mode(self) -> str:
        return "blur" if self.blur.isChecked() else "pixelate"
