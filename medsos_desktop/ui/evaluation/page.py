"""The agency's evaluation dashboard: a month's published posts, how they did (per week,
category, platform and format), the best posts, and the monthly report for the head of
office as PDF or XLSX. Every figure comes from `MetricsService.evaluation`, loaded off the
GUI thread; the charts are painted, never built from a widget per row."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

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
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.months import next_month, previous_month
from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.domain.posts import Category, Status
from medsos_desktop.i18n import translator
from medsos_desktop.services.metrics import (
    FORMAT_LABELS,
    Evaluation,
    Figures,
    GroupFigures,
    MetricsService,
    PostFigures,
)
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.file_filters import file_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import current_language, error_text
from medsos_desktop.ui.post_list import STATUS_COLOURS, tr_category, tr_status

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


def _evaluate(service: MetricsService, month: dt.date, token: int) -> tuple[int, Evaluation, str]:
    """Runs on the pool; the token tells the page whether the answer is still wanted."""
    return token, service.evaluation(month), service.report_note(month)


def _save_note(service: MetricsService, month: dt.date, text: str) -> None:
    """Runs on the page's one-at-a-time pool lane, so an export queued after it sees it."""
    service.save_report_note(month, text)


def _export(service: MetricsService, month: dt.date, path: Path, kind: str, language: str) -> str:
    """Runs on the pool: a pure-Python translator, so no Qt object is touched off-thread."""
    return str(service.export_agency_report(month, path, kind, translator(language)))


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


class EvaluationPage(QWidget):
    """The month's evaluation, one tab of the main window's left pane.

    `service_factory` is asked for a service at every load, so the page follows the open
    workspace and shows nothing while none is open.
    """

    post_activated = Signal(int)
    loaded = Signal()  # after every load, for tests and for whoever waits on the page
    exported = Signal(str)  # the path of a report written

    TILE_KEYS = ("published", "reach", "engagement", "video_views", "on_time")

    def __init__(
        self,
        service_factory: Callable[[], MetricsService | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evaluation_page")
        self._factory = service_factory
        self._month = dt.date.today().replace(day=1)
        self._token = 0
        self._stale = True
        self._evaluation: Evaluation | None = None
        self._export_kind = "pdf"
        self.dialog: QWidget | None = None
        self.runner = TaskRunner(self, max_threads=1)  # one at a time: loads, then exports

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._build_header())  # stays put while the figures scroll
        layout.addWidget(self._build_note())
        layout.addWidget(self._build_body(), 1)
        self.setStyleSheet(
            "QFrame#evaluation_tile { background: palette(base);"
            " border: 1px solid palette(midlight); border-radius: 6px; }"
            " QLabel#tile_caption { color: palette(placeholder-text); }"
        )
        self._show(None)

    # -- building ----------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        """‹ month › on the left, the two exports on the right."""
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("previous_month")
        self.previous_button.setText("‹")
        self.previous_button.setToolTip(self.tr("Previous month"))
        self.previous_button.clicked.connect(self.previous_month)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("next_month")
        self.next_button.setText("›")
        self.next_button.setToolTip(self.tr("Next month"))
        self.next_button.clicked.connect(self.next_month)
        for button in (self.previous_button, self.next_button):
            font = QFont(button.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            button.setFont(font)
            button.setAutoRaise(True)
        self.month_label = QLabel(self)
        self.month_label.setObjectName("month_label")
        month_font = QFont(self.month_label.font())
        month_font.setPointSizeF(month_font.pointSizeF() * 1.2)
        month_font.setBold(True)
        self.month_label.setFont(month_font)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.month_label.setMinimumWidth(
            QFontMetrics(month_font).horizontalAdvance("September 0000") + 12
        )
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.pdf_button.setObjectName("export_pdf")
        self.pdf_button.setToolTip(self.tr("The monthly report for the head of office, as PDF"))
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"), self)
        self.xlsx_button.setObjectName("export_xlsx")
        self.xlsx_button.setToolTip(
            self.tr("The monthly report for the head of office, as an Excel workbook")
        )
        self.xlsx_button.clicked.connect(self._choose_xlsx)
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 0)
        header.addWidget(self.previous_button)
        header.addWidget(self.month_label)
        header.addWidget(self.next_button)
        header.addStretch(1)
        header.addWidget(self.pdf_button)
        header.addWidget(self.xlsx_button)

        return header

    def _build_note(self) -> QLabel:
        self.note = QLabel(self)
        self.note.setObjectName("evaluation_note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setVisible(False)
        self.note.linkActivated.connect(self._open_link)
        self.note.setContentsMargins(8, 0, 8, 0)

        return self.note

    def _build_body(self) -> QScrollArea:
        """The figures, in a scroll area: the pane is narrow and not very tall."""
        content = QWidget()
        content.setObjectName("evaluation_content")
        self.metrics_hint = QLabel(
            QCoreApplication.translate(
                "Report",
                "No figures recorded yet: import the platforms' CSV exports or type them in.",
            ),
            content,
        )
        self.metrics_hint.setObjectName("metrics_hint")
        self.metrics_hint.setWordWrap(True)
        self.metrics_hint.setStyleSheet("background: #fff4e5; padding: 6px; border-radius: 4px;")
        self.metrics_hint.setVisible(False)

        self.status_line = QLabel(content)
        self.status_line.setObjectName("status_line")
        self.status_line.setWordWrap(True)
        self.status_line.setTextFormat(Qt.TextFormat.RichText)

        body = QVBoxLayout(content)
        body.setContentsMargins(8, 6, 8, 8)
        body.setSpacing(8)
        body.addLayout(self._build_tiles(content))
        body.addWidget(self.metrics_hint)
        body.addLayout(self._build_charts(content))
        body.addSpacing(4)
        body.addLayout(self._build_best(content))
        body.addWidget(self.status_line)
        body.addLayout(self._build_analysis(content))
        body.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("evaluation_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        return self.scroll

    def _build_analysis(self, content: QWidget) -> QVBoxLayout:
        """The admin's own analysis of the month: saved as it is typed, printed in the
        report under the figures."""
        title = QLabel(self.tr("Analysis for the report"), content)
        title_font = QFont(title.font())
        title_font.setBold(True)
        title.setFont(title_font)
        self.analysis_edit = QPlainTextEdit(content)
        self.analysis_edit.setObjectName("report_analysis")
        self.analysis_edit.setPlaceholderText(
            self.tr(
                "A few sentences for the head of office: what went well this month, what "
                "did not, and what you will do next month. It goes into the PDF and XLSX."
            )
        )
        title.setBuddy(self.analysis_edit)
        self.analysis_edit.setTabChangesFocus(True)
        line = QFontMetrics(self.analysis_edit.font()).lineSpacing()
        self.analysis_edit.setFixedHeight(line * 4 + 14)
        self.analysis_edit.textChanged.connect(self._analysis_changed)
        self._analysis_month: dt.date | None = None
        self._analysis_db: Path | None = None
        self._analysis_saved = ""
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.setInterval(600)
        self._analysis_timer.timeout.connect(self.save_analysis)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(title)
        box.addWidget(self.analysis_edit)
        return box

    def _load_analysis(self) -> None:
        """Save the analysis typed for the month shown before; the new month's arrives with
        its figures (`_on_loaded`), read off the GUI thread."""
        self.save_analysis()
        service = self._factory()
        self._analysis_month = None  # nothing to save until the month's text is shown
        self._analysis_db = service.db.path if service is not None else None
        self.analysis_edit.blockSignals(True)
        self.analysis_edit.clear()
        self.analysis_edit.blockSignals(False)
        self.analysis_edit.setEnabled(False)

    def _show_analysis(self, text: str) -> None:
        self._analysis_month = self._month
        self._analysis_saved = text
        self.analysis_edit.blockSignals(True)
        self.analysis_edit.setPlainText(text)
        self.analysis_edit.blockSignals(False)
        self.analysis_edit.setEnabled(True)

    def _analysis_changed(self) -> None:
        self._analysis_timer.start()

    def save_analysis(self) -> None:
        """Queue the typed analysis for writing now (it is also written 0.6 s after typing
        stops); the write runs on the page's pool lane, before any export queued later."""
        self._analysis_timer.stop()
        month = self._analysis_month
        service = self._factory()
        # Only into the workspace the text was typed for: another one may be open now.
        if month is None or service is None or service.db.path != self._analysis_db:
            return
        text = self.analysis_edit.toPlainText()
        if text.strip() == self._analysis_saved.strip():
            return
        self._analysis_saved = text
        # The words stay on screen if the write fails; the next edit tries again.
        self.runner.run(partial(_save_note, service, month, text), on_error=self._show_error)

    def _build_tiles(self, content: QWidget) -> QGridLayout:
        """Three tiles above two: the on-time tile gets the room its "x of y (z%)" needs."""
        self.tiles: dict[str, _Tile] = {
            "published": _Tile(self.tr("Posts published"), content),
            "reach": _Tile(self.tr("Total reach"), content),
            "engagement": _Tile(self.tr("Total engagement"), content),
            "video_views": _Tile(self.tr("Video views"), content),
            "on_time": _Tile(self.tr("On the planned day"), content),
        }
        self.tiles["engagement"].caption_label.setToolTip(
            self.tr("Likes + comments + shares + saves")
        )
        tiles = QGridLayout()
        tiles.setSpacing(6)
        for column, key in enumerate(("published", "reach", "engagement")):
            tiles.addWidget(self.tiles[key], 0, column)
        tiles.addWidget(self.tiles["video_views"], 1, 0)
        tiles.addWidget(self.tiles["on_time"], 1, 1, 1, 2)
        for column in range(3):
            tiles.setColumnStretch(column, 1)

        return tiles

    def _build_charts(self, content: QWidget) -> QGridLayout:
        self.week_chart = BarChartWidget(self.tr("Posts per week"), content)
        self.week_chart.setObjectName("chart_weeks")
        self.category_chart = BarChartWidget(self.tr("Engagement by category"), content)
        self.category_chart.setObjectName("chart_categories")
        self.platform_chart = BarChartWidget(self.tr("Engagement by platform"), content)
        self.platform_chart.setObjectName("chart_platforms")
        self.format_chart = BarChartWidget(self.tr("Engagement by format"), content)
        self.format_chart.setObjectName("chart_formats")
        self.charts = (self.week_chart, self.category_chart, self.platform_chart, self.format_chart)
        for chart in self.charts[1:]:
            chart.set_colour(_ENGAGEMENT_COLOUR)
        self._chart_grid = QGridLayout()
        self._chart_grid.setHorizontalSpacing(12)
        self._chart_grid.setVerticalSpacing(6)
        self._chart_columns = 0
        self._arrange_charts(2)

        return self._chart_grid

    def _build_best(self, content: QWidget) -> QVBoxLayout:
        """The best posts: a title with the ranking toggle, then a short table."""
        best_title = QLabel(self.tr("Best posts of the month"), content)
        title_font = QFont(best_title.font())
        title_font.setBold(True)
        best_title.setFont(title_font)
        self.by_engagement_button = QToolButton(content)
        self.by_engagement_button.setObjectName("best_by_engagement")
        self.by_engagement_button.setText(self.tr("By engagement"))
        self.by_reach_button = QToolButton(content)
        self.by_reach_button.setObjectName("best_by_reach")
        self.by_reach_button.setText(self.tr("By reach"))
        self._best_group = QButtonGroup(self)
        for button in (self.by_engagement_button, self.by_reach_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._best_group.addButton(button)
        self.by_engagement_button.setChecked(True)
        self._best_group.buttonToggled.connect(self._best_toggled)
        best_header = QHBoxLayout()
        best_header.addWidget(best_title)
        best_header.addStretch(1)
        best_header.addWidget(self.by_engagement_button)
        best_header.addWidget(self.by_reach_button)

        self.best_model = BestPostsModel(self)
        self.best_view = QTableView(content)
        self.best_view.setObjectName("best_posts")
        self.best_view.setModel(self.best_model)
        self.best_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.best_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.best_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.best_view.setAlternatingRowColors(True)
        self.best_view.setWordWrap(False)
        self.best_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.best_view.verticalHeader().setVisible(False)
        self.best_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.best_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns = self.best_view.horizontalHeader()
        columns.setSectionResizeMode(BestPostsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (BestPostsModel.PLATFORMS, BestPostsModel.REACH, BestPostsModel.ENGAGEMENT):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.best_view.setToolTip(self.tr("Double-click a post to open it"))
        self.best_view.activated.connect(self._activate)
        self.best_empty = QLabel(self.tr("No post of this month has figures yet."), content)
        self.best_empty.setObjectName("best_empty")
        self.best_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.best_empty.setEnabled(False)
        self.best_empty.setMinimumHeight(40)

        best = QVBoxLayout()
        best.setSpacing(6)
        best.addLayout(best_header)
        best.addWidget(self.best_view)
        best.addWidget(self.best_empty)
        return best

    # -- month and loading -------------------------------------------------------------

    def month(self) -> dt.date:
        """The first day of the month shown."""
        return self._month

    def evaluation(self) -> Evaluation | None:
        """The last evaluation shown (None before the first load or without a workspace)."""
        return self._evaluation

    def set_month(self, day: dt.date) -> None:
        """Show the month `day` falls in, and load it."""
        self._month = day.replace(day=1)
        self.refresh()

    def previous_month(self) -> None:
        self.set_month(previous_month(self._month))

    def next_month(self) -> None:
        self.set_month(next_month(self._month))

    def refresh(self) -> None:
        """Load the shown month again, off the GUI thread; `loaded` follows."""
        self._stale = False
        self._update_header()
        self._load_analysis()
        service = self._factory()
        self._token += 1
        if service is None:
            self._show(None)
            return
        self._set_busy(True)
        self.runner.run(
            partial(_evaluate, service, self._month, self._token),
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
        )

    def invalidate(self) -> None:
        """Figures changed somewhere: reload now if visible, else on the next show."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_charts(2 if self.width() >= _TWO_COLUMNS_FROM else 1)

    def _on_loaded(self, result: tuple[int, Evaluation, str]) -> None:
        token, evaluation, note = result
        if token != self._token:
            return  # the user has moved on to another month
        self._set_busy(False)
        self._show_analysis(note)
        self._show(evaluation)
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(exc)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _update_header(self) -> None:
        self.month_label.setText(_month_title(self._month))
        this_month = dt.date.today().replace(day=1)
        # Evaluation looks back: a month still to come has nothing published.
        self.next_button.setEnabled(self._month < this_month)
        has_service = self._factory() is not None
        self.pdf_button.setEnabled(has_service)
        self.xlsx_button.setEnabled(has_service)

    # -- showing -----------------------------------------------------------------------

    def _arrange_charts(self, columns: int) -> None:
        if columns == self._chart_columns:
            return
        self._chart_columns = columns
        for chart in self.charts:
            self._chart_grid.removeWidget(chart)
        for i, chart in enumerate(self.charts):
            self._chart_grid.addWidget(chart, i // columns, i % columns)
        for column in range(2):
            self._chart_grid.setColumnStretch(column, 1 if column < columns else 0)

    def _show(self, evaluation: Evaluation | None) -> None:
        self._evaluation = evaluation
        self._update_header()
        if evaluation is None:
            for tile in self.tiles.values():
                tile.set_value("–")
            for chart in self.charts:
                chart.set_data([], [])
            self.metrics_hint.setVisible(False)
            self.status_line.clear()
            self._show_best()
            return
        totals = evaluation.totals
        self.tiles["published"].set_value(_number(len(evaluation.posts)))
        self.tiles["reach"].set_value(_number(totals.reach))
        self.tiles["engagement"].set_value(
            _number(totals.engagement), self.tr("Likes + comments + shares + saves")
        )
        self.tiles["video_views"].set_value(_number(totals.video_views))
        rate = evaluation.on_time_rate
        if rate is None:
            self.tiles["on_time"].set_value("–", self.tr("No post this month had a planned time."))
        else:
            self.tiles["on_time"].set_value(
                self.tr("{on_time} of {timed} ({percent}%)").format(
                    on_time=_number(evaluation.on_time),
                    timed=_number(evaluation.timed),
                    percent=round(rate * 100),
                ),
                self.tr("Published posts that went out on the day they were planned for"),
            )
        self.metrics_hint.setVisible(
            bool(evaluation.posts) and all(p.figures == Figures() for p in evaluation.posts)
        )

        self.week_chart.set_data(
            [self._week_label(i, w.start, w.end) for i, w in enumerate(evaluation.weeks)],
            [w.posts for w in evaluation.weeks],
        )
        self._set_groups(self.category_chart, evaluation.by_category, self._category_name)
        self._set_groups(self.platform_chart, evaluation.by_platform, self._platform_key_name)
        self._set_groups(self.format_chart, evaluation.by_format, _format_name)
        self._show_best()
        self._show_statuses(evaluation)

    def _week_label(self, index: int, start: dt.date, end: dt.date) -> str:
        locale = QLocale()
        last = locale.toString(QDate(end), "d MMM")
        days = last if start == end else f"{start.day}–{last}"
        return self.tr("Week {number} ({days})").format(number=index + 1, days=days)

    @staticmethod
    def _category_name(key: str) -> str:
        try:
            return tr_category(Category(key))
        except ValueError:
            return key

    @staticmethod
    def _platform_key_name(key: str) -> str:
        try:
            return _platform_name(Platform(key))
        except ValueError:
            return key

    @staticmethod
    def _set_groups(
        chart: BarChartWidget, groups: Sequence[GroupFigures], name: Callable[[str], str]
    ) -> None:
        chart.set_data([name(g.key) for g in groups], [g.figures.engagement for g in groups])

    def _show_best(self) -> None:
        evaluation = self._evaluation
        if evaluation is None:
            posts: Sequence[PostFigures] = ()
        elif self.by_reach_button.isChecked():
            posts = evaluation.best_by_reach
        else:
            posts = evaluation.best_by_engagement
        self.best_model.set_posts(posts)
        self.best_view.setVisible(bool(posts))
        self.best_empty.setVisible(not posts)
        if posts:
            # Tall enough for every row (five at most): no scroll bar inside the scroll area.
            self.best_view.resizeRowsToContents()
            height = self.best_view.horizontalHeader().height() + 2 * self.best_view.frameWidth()
            height += sum(self.best_view.rowHeight(r) for r in range(len(posts)))
            self.best_view.setFixedHeight(height)

    def _show_statuses(self, evaluation: Evaluation) -> None:
        parts = [
            f'<span style="color:{STATUS_COLOURS[status]}">●</span>&nbsp;'
            f"{tr_status(status)}&nbsp;{_number(count)}"
            for status in Status
            if (count := evaluation.by_status.get(status, 0))
        ]
        if parts:
            self.status_line.setText(
                self.tr("All posts of the month, by status:") + " " + " &nbsp; ".join(parts)
            )
        else:
            self.status_line.setText(self.tr("No post is planned or published in this month."))

    def _best_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._show_best()

    def best_by_reach(self, by_reach: bool) -> None:
        """Rank the best posts by reach (True) or by engagement (False)."""
        (self.by_reach_button if by_reach else self.by_engagement_button).setChecked(True)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.post_activated.emit(self.best_model.post_id(index.row()))

    def tile_text(self, key: str) -> str:
        """The value shown on a summary tile (keys in TILE_KEYS)."""
        return self.tiles[key].value_label.text()

    # -- export ------------------------------------------------------------------------

    def default_file_name(self, kind: str) -> str:
        return f"{REPORT_BASENAME}-{self._month:%Y-%m}.{kind}"

    def _choose_pdf(self) -> None:
        self.choose_export("pdf")

    def _choose_xlsx(self) -> None:
        self.choose_export("xlsx")

    def choose_export(self, kind: str) -> None:
        """Ask where to save the report (a non-blocking dialog), then write it there."""
        self._export_kind = kind
        dialog = file_dialog(self, self.tr("Save the monthly report"), "documents")
        dialog.setObjectName("export_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setNameFilter(
            self.tr("PDF document (*.pdf)") if kind == "pdf" else self.tr("Excel workbook (*.xlsx)")
        )
        dialog.selectFile(self.default_file_name(kind))
        dialog.fileSelected.connect(self._export_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _export_chosen(self, path: str) -> None:
        if path:
            self.export_to(path, self._export_kind)

    def export_to(self, path: str | Path, kind: str) -> None:
        """Write the shown month's report as "pdf" or "xlsx"; `exported` follows."""
        if kind not in ("pdf", "xlsx"):
            raise ValueError(f"unknown report kind {kind!r}")
        service = self._factory()
        if service is None:
            return
        self.save_analysis()  # the report carries what is on screen
        self.pdf_button.setEnabled(False)
        self.xlsx_button.setEnabled(False)
        self._set_note(self.tr("Writing the report…"))
        self.runner.run(
            partial(_export, service, self._month, Path(path), kind, current_language()),
            on_done=self._on_exported,
            on_error=self._on_export_failed,
        )

    def _on_exported(self, path: str) -> None:
        self._update_header()
        link = QUrl.fromLocalFile(path).toString()
        opening = html.escape(self.tr("open"))  # not in the f-string: lupdate cannot see it
        self._set_note(
            html.escape(self.tr("Report saved: {name}").format(name=Path(path).name))
            + f' — <a href="{link}">{opening}</a>'
        )
        self.exported.emit(path)

    def _on_export_failed(self, exc: BaseException) -> None:
        self._update_header()
        self._set_note("")
        self._show_error(exc)

    def _set_note(self, rich_text: str) -> None:
        self.note.setText(rich_text)
        self.note.setVisible(bool(rich_text))

    def _open_link(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def _show_error(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.dialog = messages.show_message(self, self.tr("Evaluation"), text)
