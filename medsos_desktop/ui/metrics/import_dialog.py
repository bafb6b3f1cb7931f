"""Import figures from a platform's CSV export: choose the file, check the columns,
check every row, import (MetricsImportDialog)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.services.metrics import (
    FIELDS,
    ROW_ALREADY,
    FileColumns,
    ImportSummary,
    MatchPreview,
    MissingColumnsError,
    PostChoice,
    RowMatch,
)
from medsos_desktop.ui.common.file_filters import file_dialog
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import qt_translate

if TYPE_CHECKING:
    from medsos_desktop.services.metrics import MetricsService

from medsos_desktop.ui.metrics.fields import (
    _ERROR_STYLE,
    _OK_STYLE,
    _buttons_row,
    _error_text,
    tr_field,
    tr_platform,
)
from medsos_desktop.ui.metrics.import_model import ImportRowsModel


class MetricsImportDialog(QDialog):
    """File → columns → rows → import: nothing is stored before the last step, and the
    import stores every chosen row or, if anything fails, none."""

    FILE, COLUMNS, ROWS, SUMMARY = range(4)
    imported = Signal(ImportSummary)
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
