"""The evaluation page's own widgets: the painted bar chart, the best-posts table model,
the headline tiles, and how their numbers and names are written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.services.metrics import (
    FORMAT_LABELS,
    PostFigures,
)
from medsos_desktop.ui.post_list import tr_category

REPORT_BASENAME = "laporan-bulanan"  # the head of office's document: Indonesian by name
_WEEK_COLOUR = "#2c7be5"
_ENGAGEMENT_COLOUR = "#6f42c1"
# Below this width the charts stack in one column instead of two.
_TWO_COLUMNS_FROM = 560
_IndexLike = QModelIndex | QPersistentModelIndex


def _number(value: int) -> str:
    """Thousands as the app's language writes them ("1.234" in Indonesian)."""
    return QLocale().toString(int(value))


def _platform_name(platform: Platform) -> str:
    return QCoreApplication.translate("Platform", RULES[platform].label)


def _format_name(key: str) -> str:
    label = FORMAT_LABELS.get(key)
    return QCoreApplication.translate("Report", label) if label else key


def _month_title(month: dt.date) -> str:
    locale = QLocale()
    name = locale.standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {month.year}"


class BarChartWidget(QWidget):
    """Horizontal bars with their values, small enough for a 2×2 dashboard grid.

    Labels on the left (elided when long, full text in the tooltip), a bar scaled to the
    largest value, the value written after it. All-zero data shows `empty_text` instead.
    """

    _PAD = 8
    _GAP = 6

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bar_chart")
        self._title = title
        self._categories: list[str] = []
        self._values: list[int] = []
        self._colour = QColor(_WEEK_COLOUR)
        self._empty_text = self.tr("No data for this month")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)
        self._update_accessible()

    # -- data --------------------------------------------------------------------------

    def set_title(self, title: str) -> None:
        self._title = title
        self._update_accessible()
        self.update()

    def title(self) -> str:
        return self._title

    def set_colour(self, colour: QColor | str) -> None:
        self._colour = QColor(colour)
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def empty_text(self) -> str:
        return self._empty_text

    def set_data(self, categories: Sequence[str], values: Sequence[int]) -> None:
        if len(categories) != len(values):
            raise ValueError("one value per category")
        self._categories = list(categories)
        self._values = [max(0, int(v)) for v in values]
        self._update_accessible()
        self.updateGeometry()
        self.update()

    def categories(self) -> list[str]:
        return list(self._categories)

    def values(self) -> list[int]:
        return list(self._values)

    def value_labels(self) -> list[str]:
        return [_number(v) for v in self._values]

    def is_empty(self) -> bool:
        return not any(self._values)

    # -- geometry ----------------------------------------------------------------------

    def _row_height(self) -> int:
        return max(22, self.fontMetrics().height() + 8)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height() + self._GAP

    def _body_rows(self) -> int:
        # The empty state keeps a few rows of height so the grid does not jump.
        return 3 if self.is_empty() else max(3, len(self._categories))

    def sizeHint(self) -> QSize:
        height = 2 * self._PAD + self._title_height() + self._body_rows() * self._row_height()
        return QSize(300, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _layout(self) -> tuple[int, int, int, int]:
        """(top of the first row, label width, bar x, widest value) for the current size."""
        fm = self.fontMetrics()
        inner = self.width() - 2 * self._PAD
        widest_value = max((fm.horizontalAdvance(v) for v in self.value_labels()), default=0)
        # Labels get what they need (a little slack, or elidedText cuts a fitting word),
        # as long as the bars keep a readable share of the width.
        widest_label = max((fm.horizontalAdvance(c) for c in self._categories), default=0) + 2
        min_bar = max(60, int(inner * 0.3))
        room = max(int(inner * 0.35), inner - widest_value - 2 * self._GAP - min_bar)
        label_width = min(widest_label, room)
        bar_x = self._PAD + label_width + self._GAP
        return self._PAD + self._title_height(), label_width, bar_x, widest_value

    def _row_at(self, y: int) -> int | None:
        top, _label, _bar, _value = self._layout()
        if self.is_empty() or y < top:
            return None
        row = (y - top) // self._row_height()
        return row if row < len(self._categories) else None

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(150)
        track = QColor(text)
        track.setAlpha(18)
        inner = self.width() - 2 * self._PAD

        painter.setFont(self._title_font())
        title_fm = QFontMetrics(self._title_font())
        painter.setPen(text)
        painter.drawText(
            QRect(self._PAD, self._PAD, inner, title_fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_fm.elidedText(self._title, Qt.TextElideMode.ElideRight, inner),
        )
        painter.setFont(self.font())
        fm = self.fontMetrics()
        top, label_width, bar_x, value_width = self._layout()
        row_h = self._row_height()

        if self.is_empty():
            painter.setPen(muted)
            body = QRect(self._PAD, top, inner, self._body_rows() * row_h)
            painter.drawText(
                body,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            painter.end()
            return

        bar_room = max(10, self.width() - self._PAD - bar_x - self._GAP - value_width)
        largest = max(self._values)
        bar_h = max(8, row_h - 10)
        for row, (label, value, shown) in enumerate(
            zip(self._categories, self._values, self.value_labels(), strict=True)
        ):
            y = top + row * row_h
            painter.setPen(text)
            painter.drawText(
                QRect(self._PAD, y, label_width, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, label_width),
            )
            bar_y = y + (row_h - bar_h) // 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRect(bar_x, bar_y, bar_room, bar_h), 3, 3)
            length = round(bar_room * value / largest) if largest else 0
            if value > 0:
                painter.setBrush(self._colour)
                painter.drawRoundedRect(QRect(bar_x, bar_y, max(3, length), bar_h), 3, 3)
            painter.setPen(text if value else muted)
            painter.drawText(
                QRect(bar_x + bar_room + self._GAP, y, value_width, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            row = self._row_at(pos.y())
            if row is not None:
                tip = f"{self._categories[row]}: {self.value_labels()[row]}"
                QToolTip.showText(event.globalPos(), tip, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _update_accessible(self) -> None:
        self.setAccessibleName(self._title)
        if self.is_empty():
            self.setAccessibleDescription(self._empty_text)
        else:
            self.setAccessibleDescription(
                "; ".join(
                    f"{c}: {v}" for c, v in zip(self._categories, self.value_labels(), strict=True)
                )
            )


class BestPostsModel(QAbstractTableModel):
    """The month's best posts (at most five), one row each; the post id in `PostIdRole`."""

    TITLE, PLATFORMS, REACH, ENGAGEMENT = range(4)
    PostIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._posts: list[PostFigures] = []

    def set_posts(self, posts: Sequence[PostFigures]) -> None:
        self.beginResetModel()
        self._posts = list(posts)
        self.endResetModel()

    def posts(self) -> list[PostFigures]:
        return list(self._posts)

    def post_id(self, row: int) -> int:
        return self._posts[row].post_id

    def rowCount(self, parent: _IndexLike = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._posts)

    def columnCount(self, parent: _IndexLike = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Post"), self.tr("Platforms"), self.tr("Reach"), self.tr("Engagement"))[
            section
        ]

    def data(self, index: _IndexLike, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._posts):
            return None
        post, column = self._posts[index.row()], index.column()
        if role == self.PostIdRole:
            return post.post_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return post.title.strip() or self.tr("(untitled)")
            if column == self.PLATFORMS:
                return ", ".join(_platform_name(p) for p in post.platforms)
            if column == self.REACH:
                return _number(post.figures.reach)
            if column == self.ENGAGEMENT:
                return _number(post.figures.engagement)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            when = (
                QLocale().toString(QDate(post.published.date()), QLocale.FormatType.LongFormat)
                if post.published
                else ""
            )
            return f"{post.title}\n{tr_category(post.category)} · {when}".strip(" ·")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.REACH, self.ENGAGEMENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _Tile(QFrame):
    """One headline figure: a large value over a short caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluation_tile")
        self.value_label = QLabel("–", self)
        self.value_label.setObjectName("tile_value")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption_label = QLabel(caption, self)
        self.caption_label.setObjectName("tile_caption")
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.value_label.setText(text)
        self.setToolTip(tooltip)
