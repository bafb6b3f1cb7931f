"""How the coordinator window is built: the posts tab (filters, the revision list and
one revision's detail), the devices tab (trust decisions) and the monthly report tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.months import add_months
from medsos_desktop.ui.coordinator.models import (
    DeviceTableModel,
    RevisionTableModel,
    tr_effective,
)
from medsos_desktop.ui.editor.fingerprint_view import show_fingerprints

T = TypeVar("T")

if TYPE_CHECKING:
    _MixinBase = QMainWindow  # the mixin only ever runs as part of CoordinatorWindow
else:
    _MixinBase = object

STATUS_FILTERS = (
    "valid",
    "pending",
    "untrusted",
    "tampered",
    "unknown_device",
    "rejected",
    "replayed",
    "conflict_copy",
    "unsafe",
    "invalid",
)


class CoordinatorTabs(_MixinBase):
    """The tabs of `CoordinatorWindow`, built once; mixed into the window, whose slots
    their buttons and filters call."""

    if TYPE_CHECKING:  # what the tabs call on the window (CoordinatorWindow defines it)
        _search_timer: QTimer

        def _async(self, work: Callable[[], T], done: Callable[[T], None]) -> None: ...
        def _show_revision(self, row_index: int) -> None: ...
        def _show_device(self, row_index: int) -> None: ...
        def reload_revisions(self) -> None: ...
        def start_scan(self, full: bool) -> None: ...
        def decide(self, decision: str) -> None: ...
        def export_report(self, kind: str) -> None: ...

    # -- building ------------------------------------------------------------------

    def _build_posts_tab(self) -> QWidget:
        page = QWidget(self)
        self.agency_filter = QComboBox(page)
        self.agency_filter.setObjectName("agency_filter")
        self.agency_filter.addItem(
            QCoreApplication.translate("CoordinatorWindow", "All agencies"), None
        )
        self.status_filter = QComboBox(page)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(
            QCoreApplication.translate("CoordinatorWindow", "Every status"), None
        )
        for status in STATUS_FILTERS:
            self.status_filter.addItem(tr_effective(status), status)
        self.search_edit = QLineEdit(page)
        self.search_edit.setObjectName("coordinator_search")
        self.search_edit.setPlaceholderText(
            QCoreApplication.translate("CoordinatorWindow", "Search titles and captions…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.rescan_button = QPushButton(
            QCoreApplication.translate("CoordinatorWindow", "Read the folder again"), page
        )
        self.rescan_button.clicked.connect(lambda: self.start_scan(full=False))
        self.full_button = QPushButton(
            QCoreApplication.translate("CoordinatorWindow", "Check every file again"), page
        )
        self.full_button.setToolTip(
            QCoreApplication.translate(
                "CoordinatorWindow",
                "Re-hash every revision: slower, and finds a file changed after it was checked.",
            )
        )
        self.full_button.clicked.connect(lambda: self.start_scan(full=True))
        self.agency_filter.currentIndexChanged.connect(lambda _i: self.reload_revisions())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload_revisions())
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        filters = QHBoxLayout()
        filters.addWidget(self.agency_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.rescan_button)
        filters.addWidget(self.full_button)

        self.revision_model = RevisionTableModel(lambda _o, _l: [], self._async, self)
        self.revision_table = QTableView(page)
        self.revision_table.setObjectName("revision_table")
        self.revision_table.setModel(self.revision_model)
        self.revision_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revision_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.revision_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revision_table.verticalHeader().setVisible(False)
        self.revision_table.setWordWrap(False)
        # The title takes the room left; the other columns are as wide as what they show
        # (at 1366x768 fixed widths left the title "Posya…"), the agency's name at most
        # this wide, cut short with its whole name in the tooltip.
        header = self.revision_table.horizontalHeader()
        header.setSectionResizeMode(RevisionTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.revision_table.fontMetrics()
        header.resizeSection(
            RevisionTableModel.AGENCY, metrics.horizontalAdvance("Dinas Kesehatan Kota") + 12
        )
        # Fitted again whenever rows arrive (a page at a time): the header's own
        # ResizeToContents does not look at rows inserted after it was laid out.
        self.revision_model.rowsInserted.connect(lambda *_a: self._fit_revision_columns())
        self.revision_model.modelReset.connect(self._fit_revision_columns)
        self.revision_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_revision(current.row())
        )
        self.count_label = QLabel(page)
        self.detail = QTextBrowser(page)
        self.detail.setObjectName("revision_detail")
        self.detail_image = QLabel(page)
        self.detail_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget(page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_image)
        right_layout.addWidget(self.detail, 1)
        left = QWidget(page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.revision_table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(page)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([860, 480])
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        return page

    def _fit_revision_columns(self) -> None:
        for column in (
            RevisionTableModel.CATEGORY,
            RevisionTableModel.PLATFORMS,
            RevisionTableModel.PLANNED,
            RevisionTableModel.STATUS,
            RevisionTableModel.APPROVAL,
        ):
            self.revision_table.resizeColumnToContents(column)

    def _build_devices_tab(self) -> QWidget:
        page = QWidget(self)
        self.device_model = DeviceTableModel(self)
        self.device_table = QTableView(page)
        self.device_table.setObjectName("device_table")
        self.device_table.setModel(self.device_model)
        self.device_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.device_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.device_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.device_table.verticalHeader().setVisible(False)
        device_header = self.device_table.horizontalHeader()
        device_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        device_header.setSectionResizeMode(DeviceTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        show_fingerprints(self.device_table, DeviceTableModel.FINGERPRINT)
        self.device_table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._show_device(current.row())
        )
        self.device_detail = QLabel(page)
        self.device_detail.setObjectName("device_detail")
        self.device_detail.setWordWrap(True)
        self.device_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_edit = QLineEdit(page)
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate(
                "CoordinatorWindow",
                "Note: how the fingerprint was confirmed (e.g. by phone with the agency)",
            )
        )
        self.trust_button = QPushButton(
            QCoreApplication.translate("CoordinatorWindow", "Trust"), page
        )
        self.reject_button = QPushButton(
            QCoreApplication.translate("CoordinatorWindow", "Reject"), page
        )
        self.revoke_button = QPushButton(
            QCoreApplication.translate("CoordinatorWindow", "Revoke"), page
        )
        self.trust_button.clicked.connect(lambda: self.decide("trusted"))
        self.reject_button.clicked.connect(lambda: self.decide("rejected"))
        self.revoke_button.clicked.connect(lambda: self.decide("revoked"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_edit, 1)
        for button in (self.trust_button, self.reject_button, self.revoke_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        explain = QLabel(
            QCoreApplication.translate(
                "CoordinatorWindow",
                "A post counts as valid only when its device is trusted. Trust a device only "
                "after its agency has read you the fingerprint of its key, by phone or in "
                "person. A changed key for a known device is shown in red and must be decided "
                "again.",
            ),
            page,
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.device_table, 1)
        layout.addWidget(self.device_detail)
        layout.addLayout(buttons)
        return page

    def _build_report_tab(self) -> QWidget:
        page = QWidget(self)
        self.report_month = QComboBox(page)
        self.report_month.setObjectName("report_month")
        today = date.today().replace(day=1)
        locale = QLocale()  # the app's language (installed with the translator)
        for back in range(0, 13):
            first = add_months(today, -back)
            name = locale.standaloneMonthName(first.month, QLocale.FormatType.LongFormat)
            self.report_month.addItem(f"{name} {first.year}", first)
        self.report_agency = QComboBox(page)
        self.report_agency.setObjectName("report_agency")
        self.report_agency.addItem(
            QCoreApplication.translate("CoordinatorWindow", "The whole region"), None
        )
        self.xlsx_button = QPushButton(
            QCoreApplication.translate("CoordinatorWindow", "Export XLSX…"), page
        )
        self.pdf_button = QPushButton(
            QCoreApplication.translate("CoordinatorWindow", "Export PDF…"), page
        )
        self.xlsx_button.clicked.connect(lambda: self.export_report("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export_report("pdf"))
        self.report_note = QLabel(page)
        self.report_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("CoordinatorWindow", "Month"), page))
        row.addWidget(self.report_month)
        row.addWidget(QLabel(QCoreApplication.translate("CoordinatorWindow", "For"), page))
        row.addWidget(self.report_agency, 1)
        row.addWidget(self.xlsx_button)
        row.addWidget(self.pdf_button)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.report_note)
        layout.addStretch(1)
        return page
