"""The agency's evaluation dashboard: a month's published posts, how they did (per week,
category, platform and format), the best posts, and the monthly report for the head of
office as PDF or XLSX. Every figure comes from `MetricsService.evaluation`, loaded off the
GUI thread; the charts are painted, never built from a widget per row.

The page's behaviour (loading, showing, exporting) is here; its widgets are built in
`layout`, the chart and the best-posts table are in `widgets`."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.months import next_month, previous_month
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, Status
from medsos_desktop.i18n import translator
from medsos_desktop.services.metrics import (
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
from medsos_desktop.ui.evaluation.layout import EvaluationLayout
from medsos_desktop.ui.evaluation.widgets import (
    _TWO_COLUMNS_FROM,
    REPORT_BASENAME,
    BarChartWidget,
    BestPostsModel,
    _format_name,
    _month_title,
    _number,
    _platform_name,
)
from medsos_desktop.ui.post_list import STATUS_COLOURS, tr_category, tr_status

__all__ = ["REPORT_BASENAME", "BarChartWidget", "BestPostsModel", "EvaluationPage"]


def _evaluate(service: MetricsService, month: dt.date, token: int) -> tuple[int, Evaluation, str]:
    """Runs on the pool; the token tells the page whether the answer is still wanted."""
    return token, service.evaluation(month), service.report_note(month)


def _save_note(service: MetricsService, month: dt.date, text: str) -> None:
    """Runs on the page's one-at-a-time pool lane, so an export queued after it sees it."""
    service.save_report_note(month, text)


def _export(service: MetricsService, month: dt.date, path: Path, kind: str, language: str) -> str:
    """Runs on the pool: a pure-Python translator, so no Qt object is touched off-thread."""
    return str(service.export_agency_report(month, path, kind, translator(language)))


class EvaluationPage(EvaluationLayout, QWidget):
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
