"""Hide a face or personal data in a photo: drag a rectangle, pixelate or blur it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.ui.screen_fit import fit_dialog


class RegionPicker(QWidget):
    """Shows the photo scaled to fit; the user drags the region to hide."""

    region_changed = Signal()

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("region_picker")
        self.image = image
        self._pixmap = QPixmap.fromImage(image)
        self._start: QPoint | None = None
        self._rect = QRect()
        self.setMinimumSize(480, 360)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:
        return QSize(720, 520)

    def _target(self) -> QRect:
        scaled = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) // 2
        y = (self.height() - scaled.height()) // 2
        return QRect(QPoint(x, y), scaled)

    def relative_box(self) -> tuple[float, float, float, float] | None:
        """The chosen region as fractions of the photo, or None when nothing is chosen."""
        target = self._target()
        rect = self._rect.normalized().intersected(target)
        if rect.width() < 4 or rect.height() < 4:
            return None
        return (
            (rect.left() - target.left()) / target.width(),
            (rect.top() - target.top()) / target.height(),
            (rect.right() - target.left()) / target.width(),
            (rect.bottom() - target.top()) / target.height(),
        )

    def set_relative_box(self, box: tuple[float, float, float, float]) -> None:
        target = self._target()
        left, top, right, bottom = box
        self._rect = QRect(
            QPoint(
                int(target.left() + left * target.width()),
                int(target.top() + top * target.height()),
            ),
            QPoint(
                int(target.left() + right * target.width()),
                int(target.top() + bottom * target.height()),
            ),
        )
        self.update()
        self.region_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
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
        if not self._rect.isNull():
            painter.setPen(QPen(QColor("#ffcc00"), 2, Qt.PenStyle.DashLine))
            painter.fillRect(QRectF(self._rect.normalized()), QColor(255, 204, 0, 60))
            painter.drawRect(self._rect.normalized())
        painter.end()


class ObscureDialog(QDialog):
    """Returns the region and the mode; the caller makes the new image off the GUI thread."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
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
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker, 1)
        layout.addLayout(modes)
        layout.addWidget(buttons)
        fit_dialog(self)  # within the screen, buttons in sight

    def mode(self) -> str:
        return "blur" if self.blur.isChecked() else "pixelate"
