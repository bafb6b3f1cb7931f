"""How the evaluation page is built: header, note, scrolling body, tiles, charts and the
best posts (mixed into `EvaluationPage`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.ui.evaluation.widgets import (
    _ENGAGEMENT_COLOUR,
    BarChartWidget,
    BestPostsModel,
    _Tile,
)

if TYPE_CHECKING:
    _MixinBase = QWidget  # the mixin only ever runs as part of EvaluationPage, a QWidget
else:
    _MixinBase = object


class EvaluationLayout(_MixinBase):
    """The widgets of `EvaluationPage`: header, note, tiles, charts and best posts, built
    once. Mixed into the page, which fills them with each month's figures."""

    if TYPE_CHECKING:  # the page's slots the widgets are connected to (EvaluationPage)

        def previous_month(self) -> None: ...
        def next_month(self) -> None: ...
        def _choose_pdf(self) -> None: ...
        def _choose_xlsx(self) -> None: ...
        def _open_link(self, link: str) -> None: ...
        def _analysis_changed(self) -> None: ...
        def save_analysis(self) -> None: ...
        def _arrange_charts(self, columns: int) -> None: ...
        def _best_toggled(self, _button: object, checked: bool) -> None: ...
        def _activate(self, index: QModelIndex) -> None: ...

    # -- building ----------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        """‹ month › on the left, the two exports on the right."""
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("previous_month")
        self.previous_button.setText("‹")
        self.previous_button.setToolTip(
            QCoreApplication.translate("EvaluationPage", "Previous month")
        )
        self.previous_button.clicked.connect(self.previous_month)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("next_month")
        self.next_button.setText("›")
        self.next_button.setToolTip(QCoreApplication.translate("EvaluationPage", "Next month"))
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
        self.pdf_button = QPushButton(
            QCoreApplication.translate("EvaluationPage", "Export PDF…"), self
        )
        self.pdf_button.setObjectName("export_pdf")
        self.pdf_button.setToolTip(
            QCoreApplication.translate(
                "EvaluationPage", "The monthly report for the head of office, as PDF"
            )
        )
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.xlsx_button = QPushButton(
            QCoreApplication.translate("EvaluationPage", "Export XLSX…"), self
        )
        self.xlsx_button.setObjectName("export_xlsx")
        self.xlsx_button.setToolTip(
            QCoreApplication.translate(
                "EvaluationPage", "The monthly report for the head of office, as an Excel workbook"
            )
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
        title = QLabel(
            QCoreApplication.translate("EvaluationPage", "Analysis for the report"), content
        )
        title_font = QFont(title.font())
        title_font.setBold(True)
        title.setFont(title_font)
        self.analysis_edit = QPlainTextEdit(content)
        self.analysis_edit.setObjectName("report_analysis")
        self.analysis_edit.setPlaceholderText(
            QCoreApplication.translate(
                "EvaluationPage",
                "A few sentences for the head of office: what went well this month, what "
                "did not, and what you will do next month. It goes into the PDF and XLSX.",
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

    def _build_tiles(self, content: QWidget) -> QGridLayout:
        """Three tiles above two: the on-time tile gets the room its "x of y (z%)" needs."""
        self.tiles: dict[str, _Tile] = {
            "published": _Tile(
                QCoreApplication.translate("EvaluationPage", "Posts published"), content
            ),
            "reach": _Tile(QCoreApplication.translate("EvaluationPage", "Total reach"), content),
            "engagement": _Tile(
                QCoreApplication.translate("EvaluationPage", "Total engagement"), content
            ),
            "video_views": _Tile(
                QCoreApplication.translate("EvaluationPage", "Video views"), content
            ),
            "on_time": _Tile(
                QCoreApplication.translate("EvaluationPage", "On the planned day"), content
            ),
        }
        self.tiles["engagement"].caption_label.setToolTip(
            QCoreApplication.translate("EvaluationPage", "Likes + comments + shares + saves")
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
        self.week_chart = BarChartWidget(
            QCoreApplication.translate("EvaluationPage", "Posts per week"), content
        )
        self.week_chart.setObjectName("chart_weeks")
        self.category_chart = BarChartWidget(
            QCoreApplication.translate("EvaluationPage", "Engagement by category"), content
        )
        self.category_chart.setObjectName("chart_categories")
        self.platform_chart = BarChartWidget(
            QCoreApplication.translate("EvaluationPage", "Engagement by platform"), content
        )
        self.platform_chart.setObjectName("chart_platforms")
        self.format_chart = BarChartWidget(
            QCoreApplication.translate("EvaluationPage", "Engagement by format"), content
        )
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
        best_title = QLabel(
            QCoreApplication.translate("EvaluationPage", "Best posts of the month"), content
        )
        title_font = QFont(best_title.font())
        title_font.setBold(True)
        best_title.setFont(title_font)
        self.by_engagement_button = QToolButton(content)
        self.by_engagement_button.setObjectName("best_by_engagement")
        self.by_engagement_button.setText(
            QCoreApplication.translate("EvaluationPage", "By engagement")
        )
        self.by_reach_button = QToolButton(content)
        self.by_reach_button.setObjectName("best_by_reach")
        self.by_reach_button.setText(QCoreApplication.translate("EvaluationPage", "By reach"))
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
        self.best_view.setToolTip(
            QCoreApplication.translate("EvaluationPage", "Double-click a post to open it")
        )
        self.best_view.activated.connect(self._activate)
        self.best_empty = QLabel(
            QCoreApplication.translate("EvaluationPage", "No post of this month has figures yet."),
            content,
        )
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
