"""Drawing helpers of the platform previews: a canvas that measures when it has no painter,
and outline icons of the platforms' action rows (heart, comment, share, ...)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextDocument,
)


def font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


class Canvas:
    """A painter that may be absent: the same drawing code measures and paints."""

    def __init__(self, painter: QPainter | None, width: float) -> None:
        self.p = painter
        self.width = width

    def rich_text(self, rich: str, x: float, y: float, width: float, font: QFont) -> float:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(font)
        document.setHtml(rich)
        document.setTextWidth(width)
        if self.p is not None:
            self.p.save()
            self.p.translate(x, y)
            document.drawContents(self.p)
            self.p.restore()
        return document.size().height()

    def text(
        self,
        text: str,
        x: float,
        y: float,
        font: QFont,
        colour: str | QColor,
        width: float | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> float:
        """One line, elided to `width`; returns its height."""
        metrics = QFontMetricsF(font)
        if self.p is not None:
            shown = (
                text
                if width is None
                else metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            )
            self.p.setFont(font)
            self.p.setPen(QColor(colour))
            box_width = width if width is not None else metrics.horizontalAdvance(shown) + 2
            self.p.drawText(
                QRectF(x, y, box_width, metrics.height()),
                int(align | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
        return metrics.height()

    def lines(
        self, text: str, x: float, y: float, width: float, font: QFont, colour: str, max_lines: int
    ) -> float:
        """Word-wrapped text of at most `max_lines` lines, the last one elided."""
        metrics = QFontMetricsF(font)
        words = text.split()
        rows: list[str] = []
        current = ""
        for index, word in enumerate(words):
            candidate = f"{current} {word}".strip()
            if metrics.horizontalAdvance(candidate) <= width or not current:
                current = candidate
                continue
            rows.append(current)
            current = word
            if len(rows) == max_lines - 1:
                current = " ".join(words[index:])
                break
        if current:
            rows.append(current)
        rows = rows[:max_lines]
        for number, row in enumerate(rows):
            self.text(row, x, y + number * metrics.height(), font, colour, width)
        return len(rows) * metrics.height()


# --- Icons: simple outlines, enough to recognise the platform's action row -------------------


def _pen(canvas: Canvas, colour: str, width: float = 1.8) -> QPainter | None:
    p = canvas.p
    if p is None:
        return None
    pen = QPen(QColor(colour), width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    return p


def heart(canvas: Canvas, x: float, y: float, s: float, colour: str) -> None:
    p = _pen(canvas, colour)
    if p is None:
        return
    path = QPainterPath(QPointF(x + s / 2, y + s * 0.88))
    path.cubicTo(x - s * 0.15, y + s * 0.45, x + s * 0.12, y - s * 0.05, x + s / 2, y + s * 0.25)
    path.cubicTo(x + s * 0.88, y - s * 0.05, x + s * 1.15, y + s * 0.45, x + s / 2, y + s * 0.88)
    p.drawPath(path)


def bubble(canvas: Canvas, x: float, y: float, s: float, colour: str) -> None:
    p = _pen(canvas, colour)
    if p is None:
        return
    path = QPainterPath()
    path.addEllipse(QRectF(x + s * 0.06, y + s * 0.06, s * 0.86, s * 0.8))
    p.drawPath(path)
    p.drawLine(QPointF(x + s * 0.2, y + s * 0.72), QPointF(x + s * 0.08, y + s * 0.95))


def plane(canvas: Canvas, x: float, y: float, s: float, colour: str) -> None:
    p = _pen(canvas, colour)
    if p is None:
        return
    path = QPainterPath(QPointF(x + s * 0.05, y + s * 0.15))
    path.lineTo(x + s * 0.95, y + s * 0.15)
    path.lineTo(x + s * 0.45, y + s * 0.95)
    path.lineTo(x + s * 0.38, y + s * 0.45)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(x + s * 0.38, y + s * 0.45), QPointF(x + s * 0.95, y + s * 0.15))


def bookmark(canvas: Canvas, x: float, y: float, s: float, colour: str) -> None:
    p = _pen(canvas, colour)
    if p is None:
        return
    path = QPainterPath(QPointF(x + s * 0.2, y + s * 0.08))
    path.lineTo(x + s * 0.8, y + s * 0.08)
    path.lineTo(x + s * 0.8, y + s * 0.92)
    path.lineTo(x + s * 0.5, y + s * 0.65)
    path.lineTo(x + s * 0.2, y + s * 0.92)
    path.closeSubpath()
    p.drawPath(path)


def repost(canvas: Canvas, x: float, y: float, s: float, colour: str) -> None:
    p = _pen(canvas, colour)
    if p is None:
        return
    p.drawPolyline(
        [
            QPointF(x + s * 0.1, y + s * 0.55),
            QPointF(x + s * 0.1, y + s * 0.25),
            QPointF(x + s * 0.8, y + s * 0.25),
        ]
    )
    p.drawPolyline(
        [
            QPointF(x + s * 0.65, y + s * 0.1),
            QPointF(x + s * 0.8, y + s * 0.25),
            QPointF(x + s * 0.65, y + s * 0.4),
        ]
    )
    p.drawPolyline(
        [
            QPointF(x + s * 0.9, y + s * 0.45),
            QPointF(x + s * 0.9, y + s * 0.75),
            QPointF(x + s * 0.2, y + s * 0.75),
        ]
    )
    p.drawPolyline(
        [
            QPointF(x + s * 0.35, y + s * 0.6),
            QPointF(x + s * 0.2, y + s * 0.75),
            QPointF(x + s * 0.35, y + s * 0.9),
        ]
    )


def bars(canvas: Canvas, x: float, y: float, s: float, colour: str) -> None:
    p = _pen(canvas, colour)
    if p is None:
        return
    for index, height in enumerate((0.4, 0.75, 0.55)):
        bx = x + s * (0.2 + index * 0.3)
        p.drawLine(QPointF(bx, y + s * 0.9), QPointF(bx, y + s * (0.9 - height)))


def share(canvas: Canvas, x: float, y: float, s: float, colour: str) -> None:
    p = _pen(canvas, colour)
    if p is None:
        return
    p.drawLine(QPointF(x + s * 0.5, y + s * 0.08), QPointF(x + s * 0.5, y + s * 0.62))
    p.drawPolyline(
        [
            QPointF(x + s * 0.28, y + s * 0.3),
            QPointF(x + s * 0.5, y + s * 0.08),
            QPointF(x + s * 0.72, y + s * 0.3),
        ]
    )
    p.drawPolyline(
        [
            QPointF(x + s * 0.15, y + s * 0.55),
            QPointF(x + s * 0.15, y + s * 0.92),
            QPointF(x + s * 0.85, y + s * 0.92),
            QPointF(x + s * 0.85, y + s * 0.55),
        ]
    )


def thumb(canvas: Canvas, x: float, y: float, s: float, colour: str) -> None:
    p = _pen(canvas, colour)
    if p is None:
        return
    p.drawRect(QRectF(x + s * 0.08, y + s * 0.45, s * 0.18, s * 0.45))
    path = QPainterPath(QPointF(x + s * 0.32, y + s * 0.45))
    path.lineTo(x + s * 0.5, y + s * 0.1)
    path.lineTo(x + s * 0.6, y + s * 0.18)
    path.lineTo(x + s * 0.56, y + s * 0.4)
    path.lineTo(x + s * 0.9, y + s * 0.4)
    path.lineTo(x + s * 0.82, y + s * 0.9)
    path.lineTo(x + s * 0.32, y + s * 0.9)
    path.closeSubpath()
    p.drawPath(path)


def dots(canvas: Canvas, x: float, y: float, colour: str) -> None:
    p = canvas.p
    if p is None:
        return
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(colour)))
    for index in range(3):
        p.drawEllipse(QPointF(x + index * 6 - 6, y), 1.6, 1.6)
