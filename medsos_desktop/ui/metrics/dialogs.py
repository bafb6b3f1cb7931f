"""After publishing: record where a post went live, type its figures, or import them from
the platforms' CSV exports (choose the file, check the columns, check every row, import)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.services.metrics import (
    FIELD_LABELS,
    FIELDS,
    MATCH_DATE,
    MATCH_DATE_TEXT,
    MATCH_HAND,
    MATCH_LABELS,
    METRIC_FIELDS,
    ROW_ALREADY,
    ROW_LABELS,
    ROW_MATCHED,
    FileColumns,
    ImportSummary,
    LinkError,
    MatchPreview,
    MetricRow,
    MissingColumnsError,
    PostChoice,
    RowMatch,
    SkippedRow,
    check_link,
)
from medsos_desktop.ui.common.file_filters import file_dialog
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text, qt_translate

if TYPE_CHECKING:
    from medsos_desktop.services.metrics import MetricsService

_ERROR_STYLE = "color: #c62828"
_OK_STYLE = "color: #2e7d32"
_MUTED = QColor("#757575")
_MAX_FIGURE = 2_000_000_000  # a QSpinBox holds a 32-bit int


def _error_text(exc: BaseException) -> str:
    return error_text(exc)


def tr_platform(platform: Platform) -> str:
    return QCoreApplication.translate("Platform", RULES[platform].label)


def tr_field(name: str) -> str:
    """A metric's name, capitalised for a form label or a column header."""
    text = QCoreApplication.translate("Metrics", FIELD_LABELS[name])
    return text[:1].upper() + text[1:]


def _buttons_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


# --- mark as published ------------------------------------------------------------------------


class MarkPublishedDialog(QDialog):
    """One link field per platform of the post, the publish time, problems beside each field."""

    published = Signal(int)  # post id, once stored

    def __init__(
        self,
        post_id: int,
        title: str,
        platforms: Sequence[Platform],
        links: Mapping[Platform, str],
        mark: Callable[[int, dict[Platform, str], datetime], Any],
        at: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mark_published_dialog")
        self.setWindowTitle(self.tr("Mark as published: {title}").format(title=title))
        self.resize(620, 200 + 60 * len(platforms))
        self.post_id = post_id
        self.mark = mark
        self.runner = TaskRunner(self, max_threads=1)
        self.inputs: dict[Platform, QLineEdit] = {}
        self.problems: dict[Platform, QLabel] = {}

        intro = QLabel(
            self.tr(
                "Paste the link of the post on each platform where it went live. "
                "Leave a field empty for a platform where it was not posted."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        ordered = list(dict.fromkeys([*platforms, *links]))
        for platform in ordered:
            edit = QLineEdit(links.get(platform, ""), self)
            edit.setObjectName(f"link_{platform.value}")
            edit.setPlaceholderText("https://")
            edit.textChanged.connect(self._validate)
            problem = QLabel(self)
            problem.setObjectName(f"problem_{platform.value}")
            problem.setWordWrap(True)
            problem.setStyleSheet(_ERROR_STYLE)
            problem.hide()
            cell = QWidget(self)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.addWidget(edit)
            cell_layout.addWidget(problem)
            form.addRow(tr_platform(platform), cell)
            self.inputs[platform] = edit
            self.problems[platform] = problem
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("published_at")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setDateTime(QDateTime(at or datetime.now().replace(second=0, microsecond=0)))
        form.addRow(self.tr("Published at"), self.when)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.save_button = QPushButton(self.tr("Mark as published"), self)
        self.save_button.setObjectName("accept")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._submit)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancel")
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(_buttons_row(self.save_button, cancel))
        self._validate()
        fit_dialog(self)  # within the screen, buttons in sight

    def links(self) -> dict[Platform, str]:
        return {p: e.text().strip() for p, e in self.inputs.items() if e.text().strip()}

    def _show_problem(self, platform: Platform, text: str) -> None:
        label = self.problems[platform]
        label.setText(text)
        label.setVisible(bool(text))

    def _validate(self) -> bool:
        """Problems shown as the admin types; the button waits for at least one good link."""
        ok = True
        for platform, edit in self.inputs.items():
            text = edit.text().strip()
            problem = check_link(platform, text) if text else None
            self._show_problem(platform, _error_text(problem) if problem else "")
            ok = ok and problem is None
        self.save_button.setEnabled(ok and bool(self.links()))
        return ok

    def _submit(self) -> None:
        if not self._validate():
            return
        links = self.links()
        when = self.when.dateTime().toPython()
        assert isinstance(when, datetime)
        self.save_button.setEnabled(False)
        self.message.clear()
        self.runner.run(
            lambda: self.mark(self.post_id, links, when),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, _result: object) -> None:
        self.published.emit(self.post_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, LinkError):
            for platform, problem in exc.problems.items():
                if platform in self.problems:
                    self._show_problem(platform, _error_text(problem))
        self.message.setText(_error_text(exc))
        self.save_button.setEnabled(True)


# --- typed figures ----------------------------------------------------------------------------


class FigureSpinBox(QSpinBox):
    """A count with the locale's thousands (1.234 in Indonesian); the lowest value means
    "not entered", shown as a dash, so an empty figure is not stored as zero."""

    EMPTY = -1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(self.EMPTY, _MAX_FIGURE)
        self.setSpecialValueText("–")
        self.setGroupSeparatorShown(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.setValue(self.EMPTY)
        self.setMinimumWidth(110)

    def figure(self) -> int | None:
        return None if self.value() == self.EMPTY else self.value()

    def set_figure(self, value: int | None) -> None:
        self.setValue(self.EMPTY if value is None else min(value, _MAX_FIGURE))


class MetricsEntryDialog(QDialog):
    """Figures typed from the platform's insights: a column per platform, a row per figure."""

    saved = Signal(int)  # post id, once stored

    def __init__(
        self,
        post_id: int,
        title: str,
        platforms: Sequence[Platform],
        current: Mapping[Platform, Mapping[str, int | None]],
        record: Callable[[int, dict[Platform, dict[str, int | None]]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("metrics_entry_dialog")
        self.setWindowTitle(self.tr("Figures: {title}").format(title=title))
        self.post_id = post_id
        self.record = record
        self.runner = TaskRunner(self, max_threads=1)
        self.spins: dict[tuple[Platform, str], FigureSpinBox] = {}
        self.platforms = list(dict.fromkeys([*platforms, *current]))

        intro = QLabel(
            self.tr(
                "Type the figures shown in each platform's insights. Leave a figure at “–” "
                "when the platform does not show it."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, platform in enumerate(self.platforms, start=1):
            header = QLabel(f"<b>{tr_platform(platform)}</b>", self)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(header, 0, column)
        for row, name in enumerate(METRIC_FIELDS, start=1):
            grid.addWidget(QLabel(tr_field(name), self), row, 0)
            for column, platform in enumerate(self.platforms, start=1):
                spin = FigureSpinBox(self)
                spin.setObjectName(f"{platform.value}_{name}")
                spin.set_figure(current.get(platform, {}).get(name))
                grid.addWidget(spin, row, column)
                self.spins[(platform, name)] = spin
        grid.setColumnStretch(0, 1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.save_button = QPushButton(self.tr("Save figures"), self)
        self.save_button.setObjectName("accept")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._submit)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancel")
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(_buttons_row(self.save_button, cancel))
        self.resize(max(480, 200 + 130 * len(self.platforms)), 420)
        fit_dialog(self)  # within the screen, buttons in sight

    def figures(self) -> dict[Platform, dict[str, int | None]]:
        return {
            platform: {name: self.spins[(platform, name)].figure() for name in METRIC_FIELDS}
            for platform in self.platforms
        }

    def _submit(self) -> None:
        values = self.figures()
        self.save_button.setEnabled(False)
        self.message.clear()
        self.runner.run(
            lambda: self.record(self.post_id, values), on_done=self._done, on_error=self._failed
        )

    def _done(self, _result: object) -> None:
        self.saved.emit(self.post_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(_error_text(exc))
        self.save_button.setEnabled(True)


# --- CSV import -------------------------------------------------------------------------------

_AnyIndex = QModelIndex | QPersistentModelIndex
# A row of the preview: a row that can be imported, or one the reader left out.
_Entry = RowMatch | SkippedRow


class ImportRowsModel(QAbstractTableModel):
    """Every row of the file with its post and what will happen to it."""

    LINE, PLATFORM, PUBLISHED, TEXT, FIGURES, POST, HOW, STATUS = range(8)
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: MatchPreview | None = None
        self.entries: list[_Entry] = []
        self.choices: dict[int, int | None] = {}
        self.titles: dict[int, str] = {}

    def set_preview(self, preview: MatchPreview | None, choices: dict[int, int | None]) -> None:
        self.beginResetModel()
        self.preview = preview
        self.choices = choices
        self.entries = []
        if preview is not None:
            self.entries = sorted(
                [*preview.matches, *preview.skipped],
                key=lambda e: e.row.line if isinstance(e, RowMatch) else e.line,
            )
            self.titles = {c.id: c.title for c in preview.choices}
            self.titles.update({m.post_id: m.post_title for m in preview.matches if m.post_id})
        self.endResetModel()

    def refresh_line(self, line: int) -> None:
        for row, entry in enumerate(self.entries):
            if isinstance(entry, RowMatch) and entry.row.line == line:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATUS))

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Line"),
            self.tr("Platform"),
            self.tr("Published"),
            self.tr("Caption or title"),
            self.tr("Figures"),
            self.tr("Post"),
            self.tr("Matched by"),
            self.tr("Result"),
        )[section]

    def post_of(self, match: RowMatch) -> tuple[int | None, bool]:
        """(post the row goes to, chosen by hand?)"""
        line = match.row.line
        if line in self.choices:
            return self.choices[line], True
        return match.post_id, False

    def will_import(self, match: RowMatch) -> bool:
        return match.status != ROW_ALREADY and self.post_of(match)[0] is not None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == self.EntryRole:
            return entry
        if isinstance(entry, SkippedRow):
            return self._skipped_data(entry, index.column(), role)
        return self._match_data(entry, index.column(), role)

    def _skipped_data(self, entry: SkippedRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return _MUTED
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.LINE:
            return str(entry.line)
        if column == self.STATUS:
            return self.tr("Left out: {reason}").format(reason=entry.render(qt_translate))
        return ""

    def _match_data(self, match: RowMatch, column: int, role: int) -> Any:
        row = match.row
        post_id, by_hand = self.post_of(match)
        if role == Qt.ItemDataRole.ForegroundRole:
            if match.status == ROW_ALREADY or (by_hand and post_id is None):
                return _MUTED
            if column == self.STATUS:
                return QColor("#2e7d32") if post_id is not None else QColor("#b26a00")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FIGURES:
            return self._figures(row, "\n")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.LINE:
            return str(row.line)
        if column == self.PLATFORM:
            return tr_platform(match.platform) if match.platform else "–"
        if column == self.PUBLISHED:
            return row.published.strftime("%d-%m-%Y %H:%M") if row.published else ""
        if column == self.TEXT:
            return row.text
        if column == self.FIGURES:
            return self._figures(row, " · ")
        if column == self.POST:
            return self.titles.get(post_id, "") if post_id is not None else ""
        if column == self.HOW:
            kind = MATCH_HAND if by_hand and post_id is not None else match.kind
            text = QCoreApplication.translate("Metrics", MATCH_LABELS[kind])
            if kind in (MATCH_DATE, MATCH_DATE_TEXT):
                text += f" ({round(match.confidence * 100)}%)"
            return text
        if column == self.STATUS:
            if match.status == ROW_ALREADY:
                return QCoreApplication.translate("Metrics", ROW_LABELS[ROW_ALREADY])
            if by_hand and post_id is None:
                return self.tr("skipped by you")
            state = ROW_MATCHED if post_id is not None else match.status
            return QCoreApplication.translate("Metrics", ROW_LABELS[state])
        return None

    @staticmethod
    def _figures(row: MetricRow, separator: str) -> str:
        locale = QLocale()
        return separator.join(
            f"{tr_field(name)} {locale.toString(row.metrics[name])}"
            for name in METRIC_FIELDS
            if name in row.metrics
        )

    def counts(self) -> tuple[int, int, int, int]:
        """(to import, needing a post, already imported, left out)."""
        matches = [e for e in self.entries if isinstance(e, RowMatch)]
        to_import = sum(1 for m in matches if self.will_import(m))
        already = sum(1 for m in matches if m.status == ROW_ALREADY)
        waiting = sum(
            1
            for m in matches
            if m.status != ROW_ALREADY and m.row.line not in self.choices and m.post_id is None
        )
        left_out = len(self.entries) - to_import - already - waiting
        return to_import, waiting, already, left_out


class MetricsImportDialog(QDialog):
    """File → columns → rows → import: nothing is stored before the last step, and the
    import stores every chosen row or, if anything fails, none."""

    FILE, COLUMNS, ROWS, SUMMARY = range(4)
    imported = Signal(object)  # ImportSummary
    previewed = Signal()  # a preview (or why there is none) is on screen
    _AUTO, _SKIP = "auto", "skip"

    def __init__(self, service: MetricsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metrics_import_dialog")
        self.setWindowTitle(self.tr("Import figures from a CSV file"))
        self.resize(1040, 620)
        self.service = service
        self.runner = TaskRunner(self, max_threads=1)
        # The chosen file: read again (as a stream, bounded) for each new preview.
        self.path: Path | None = None
        self.file_name = ""
        self.columns: FileColumns | None = None
        self.preview: MatchPreview | None = None
        self.choices: dict[int, int | None] = {}
        self.summary: ImportSummary | None = None
        self._generation = 0
        self.file_dialog: QFileDialog | None = None

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._columns_page())
        self.stack.addWidget(self._rows_page())
        self.stack.addWidget(self._summary_page())
        self._remap = QTimer(self)
        self._remap.setSingleShot(True)
        self._remap.setInterval(150)
        self._remap.timeout.connect(self._run_preview)

        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self._next)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(self._import)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(
            _buttons_row(self.back_button, self.next_button, self.import_button, self.close_button)
        )
        self._go(self.FILE)
        fit_dialog(self)  # within the screen, buttons in sight

    # pages ---------------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Choose the CSV file exported from Meta Business Suite (Facebook and "
                "Instagram), TikTok Studio, X Analytics or YouTube Studio. Nothing is stored "
                "until you confirm the import."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose CSV file…"), page)
        self.choose_button.setObjectName("choose_file")
        self.choose_button.clicked.connect(self._choose_file)
        self.file_label = QLabel(page)
        self.file_label.setWordWrap(True)
        self.file_error = QLabel(page)
        self.file_error.setObjectName("file_error")
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet(_ERROR_STYLE)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Check which column of the file holds each item. The guesses come from the "
                "column names; change any that is wrong. A row needs a link, a post ID or a "
                "publish time, and at least one figure."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.mapping_combos: dict[str, QComboBox] = {}
        form_host = QWidget(page)
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name in FIELDS:
            combo = QComboBox(form_host)
            combo.setObjectName(f"column_{name}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(32)
            combo.currentIndexChanged.connect(self._mapping_changed)
            form.addRow(tr_field(name), combo)
            self.mapping_combos[name] = combo
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_host)
        self.columns_status = QLabel(page)
        self.columns_status.setObjectName("columns_status")
        self.columns_status.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.columns_status)
        return page

    def _rows_page(self) -> QWidget:
        page = QWidget(self)
        self.rows_model = ImportRowsModel(page)
        self.table = QTableView(page)
        self.table.setObjectName("preview_table")
        self.table.setModel(self.rows_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportRowsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ImportRowsModel.FIGURES, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ImportRowsModel.FIGURES, 260)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.post_combo = QComboBox(page)
        self.post_combo.setObjectName("post_choice")
        self.post_combo.setEnabled(False)
        self.post_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.post_combo.setMinimumContentsLength(40)
        self.post_combo.activated.connect(self._post_chosen)
        self.rows_status = QLabel(page)
        self.rows_status.setObjectName("rows_status")
        self.rows_status.setWordWrap(True)
        self.rows_error = QLabel(page)
        self.rows_error.setObjectName("rows_error")
        self.rows_error.setWordWrap(True)
        self.rows_error.setStyleSheet(_ERROR_STYLE)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Post for the selected row:"), page))
        choose.addWidget(self.post_combo, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.table, 1)
        layout.addLayout(choose)
        layout.addWidget(self.rows_status)
        layout.addWidget(self.rows_error)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_label = QLabel(page)
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        self.summary_details = QPlainTextEdit(page)
        self.summary_details.setObjectName("summary_details")
        self.summary_details.setReadOnly(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_details, 1)
        return page

    # navigation ----------------------------------------------------------------------------

    def _go(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.back_button.setVisible(page in (self.COLUMNS, self.ROWS))
        self.next_button.setVisible(page in (self.FILE, self.COLUMNS))
        self.import_button.setVisible(page == self.ROWS)
        self.close_button.setText(self.tr("Close") if page == self.SUMMARY else self.tr("Cancel"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.stack.currentIndex()
        if page == self.FILE:
            self.next_button.setEnabled(self.columns is not None)
        elif page == self.COLUMNS:
            self.next_button.setEnabled(self.preview is not None and not self._remap.isActive())
        self.import_button.setEnabled(self.preview is not None)

    def _back(self) -> None:
        self._go(max(self.FILE, self.stack.currentIndex() - 1))

    def _next(self) -> None:
        page = self.stack.currentIndex()
        if page == self.FILE and self.columns is not None:
            self._go(self.COLUMNS)
        elif page == self.COLUMNS and self.preview is not None:
            self._go(self.ROWS)
            self._select_first_open_row()

    # step 1: the file ----------------------------------------------------------------------

    def _choose_file(self) -> None:
        dialog = file_dialog(self, self.tr("Choose the CSV file"), "documents")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("CSV files (*.csv *.txt)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self._file_selected)
        self.file_dialog = dialog
        dialog.open()

    def _file_selected(self, path: str) -> None:
        self.load_file(Path(path))

    # Callbacks from the runner are bound methods, never lambdas holding the dialog: a
    # lambda kept alive by a pending signal object can outlive and re-delete the dialog.

    def load_file(self, path: Path) -> None:
        """Read and inspect the file on the worker; the columns step follows."""
        self.file_label.setText(path.name)
        self.file_error.clear()
        self.choose_button.setEnabled(False)
        service = self.service

        def work() -> tuple[Path, FileColumns, MatchPreview | BaseException]:
            columns = service.columns(path)
            try:
                preview: MatchPreview | BaseException = service.preview_import(path, path.name)
            except MissingColumnsError as exc:
                preview = exc
            return path, columns, preview

        self.runner.run(work, on_done=self._file_read, on_error=self._file_failed)

    def _file_failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        if isinstance(exc, OSError) and exc.strerror:
            self.file_error.setText(
                self.tr("{name} cannot be read: {reason}").format(
                    name=self.file_label.text(), reason=exc.strerror
                )
            )
        else:
            self.file_error.setText(_error_text(exc))
        self.columns = None
        self.previewed.emit()
        self._update_buttons()

    def _file_read(self, result: tuple[Path, FileColumns, MatchPreview | BaseException]) -> None:
        path, columns, preview = result
        self.choose_button.setEnabled(True)
        self.path, self.file_name, self.columns = path, path.name, columns
        self.choices = {}
        mapping = preview.parsed.mapping if isinstance(preview, MatchPreview) else columns.mapping
        self._fill_mapping(columns.headers, mapping)
        self._show_preview(preview)
        self._go(self.COLUMNS)

    # step 2: the columns -------------------------------------------------------------------

    def _fill_mapping(self, headers: Sequence[str], mapping: Mapping[str, int]) -> None:
        for name, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(headers):
                combo.addItem(header or self.tr("column {number}").format(number=index + 1), index)
            combo.setCurrentIndex(combo.findData(mapping[name]) if name in mapping else 0)
            combo.blockSignals(False)

    def mapping(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self.mapping_combos.items()
            if combo.currentData() is not None
        }

    def _mapping_changed(self) -> None:
        self._remap.start()
        self._update_buttons()

    def _run_preview(self) -> None:
        if self.path is None:
            return
        self._generation += 1
        generation = self._generation
        path, name, mapping, service = self.path, self.file_name, self.mapping(), self.service

        def work() -> tuple[int, MatchPreview | BaseException]:
            try:
                return generation, service.preview_import(path, name, mapping=mapping)
            except UserFacingError as exc:
                return generation, exc

        self.runner.run(work, on_done=self._preview_done, on_error=self._show_preview)

    def _preview_done(self, result: tuple[int, MatchPreview | BaseException]) -> None:
        generation, preview = result
        if generation == self._generation:  # a later change has its own preview coming
            self._show_preview(preview)

    def _show_preview(self, result: MatchPreview | BaseException) -> None:
        if isinstance(result, MatchPreview):
            self.preview = result
            lines = {m.row.line for m in result.matches}
            self.choices = {k: v for k, v in self.choices.items() if k in lines}
            self.rows_model.set_preview(result, self.choices)
            self.columns_status.setStyleSheet(_OK_STYLE)
            self.columns_status.setText(
                self.tr("{rows} row(s) can be read; {skipped} left out.").format(
                    rows=len(result.matches), skipped=len(result.skipped)
                )
            )
            self._update_rows_status()
        else:
            self.preview = None
            self.rows_model.set_preview(None, {})
            self.columns_status.setStyleSheet(_ERROR_STYLE)
            self.columns_status.setText(_error_text(result))
        self._update_buttons()
        self.previewed.emit()

    # step 3: the rows ----------------------------------------------------------------------

    def _update_rows_status(self) -> None:
        to_import, waiting, already, left_out = self.rows_model.counts()
        self.rows_status.setText(
            self.tr(
                "{to_import} row(s) will be imported, {waiting} need a post (choose one below "
                "or they are skipped), {already} already imported, {left_out} left out."
            ).format(to_import=to_import, waiting=waiting, already=already, left_out=left_out)
        )

    def _select_first_open_row(self) -> None:
        for row, entry in enumerate(self.rows_model.entries):
            if (
                isinstance(entry, RowMatch)
                and entry.post_id is None
                and entry.status != ROW_ALREADY
            ):
                self.table.selectRow(row)
                return
        if self.rows_model.entries:
            self.table.selectRow(0)

    def current_match(self) -> RowMatch | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        entry = self.rows_model.data(index, ImportRowsModel.EntryRole)
        return entry if isinstance(entry, RowMatch) else None

    def _row_chosen(self, *_args: object) -> None:
        match = self.current_match()
        combo = self.post_combo
        combo.clear()
        if match is None or match.status == ROW_ALREADY or self.preview is None:
            combo.setEnabled(False)
            return
        combo.setEnabled(True)
        auto = self.rows_model.titles.get(match.post_id, "") if match.post_id else ""
        combo.addItem(
            self.tr("Found automatically: {title}").format(title=auto)
            if auto
            else self.tr("— choose a post —"),
            self._AUTO,
        )
        combo.addItem(self.tr("Skip this row"), self._SKIP)
        choices = {c.id: c for c in self.preview.choices}
        suggested = [choices[i] for i in match.suggestions if i in choices]
        rest = [c for c in self.preview.choices if c.id not in match.suggestions]
        for choice in [*suggested, *rest]:
            combo.addItem(self._choice_text(choice), choice.id)
        if match.row.line in self.choices:
            chosen = self.choices[match.row.line]
            combo.setCurrentIndex(combo.findData(self._SKIP if chosen is None else chosen))
        else:
            combo.setCurrentIndex(0)

    @staticmethod
    def _choice_text(choice: PostChoice) -> str:
        when = choice.when.strftime("%d-%m-%Y") if choice.when else "–"
        platforms = ", ".join(tr_platform(p) for p in choice.platforms)
        return f"{when} · {choice.title or '–'} ({platforms})"

    def _post_chosen(self, _index: int) -> None:
        match = self.current_match()
        if match is None:
            return
        self.choose_post(match.row.line, self.post_combo.currentData())

    def choose_post(self, line: int, choice: object) -> None:
        """Match a row by hand: a post id, "skip", or "auto" to go back to the found match."""
        if choice == self._AUTO:
            self.choices.pop(line, None)
        elif choice == self._SKIP or choice is None:
            self.choices[line] = None
        else:
            assert isinstance(choice, int)
            self.choices[line] = choice
        self.rows_model.refresh_line(line)
        self._update_rows_status()

    # step 4: import ------------------------------------------------------------------------

    def _import(self) -> None:
        preview = self.preview
        if preview is None:
            return
        choices = dict(self.choices)
        self.import_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.rows_error.clear()
        self.runner.run(
            lambda: self.service.commit_import(preview, choices),
            on_done=self._imported,
            on_error=self._import_failed,
        )

    def _import_failed(self, exc: BaseException) -> None:
        self.rows_error.setText(
            self.tr("Nothing has been imported. {reason}").format(reason=_error_text(exc))
        )
        self.import_button.setEnabled(True)
        self.back_button.setEnabled(True)

    def _imported(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.summary_label.setText(
            self.tr(
                "{imported} row(s) imported, {already} already imported earlier, "
                "{skipped} not imported."
            ).format(imported=summary.imported, already=summary.already, skipped=summary.skipped)
        )
        lines = [
            self.tr("Line {line}: {reason}").format(line=s.line, reason=s.render(qt_translate))
            for s in summary.left_out
        ]
        self.summary_details.setPlainText("\n".join(lines))
        self.summary_details.setVisible(bool(lines))
        self.back_button.setEnabled(True)
        self._go(self.SUMMARY)
        self.imported.emit(summary)
