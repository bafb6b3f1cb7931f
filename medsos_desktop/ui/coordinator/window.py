"""Coordinator mode: the central folder as Diskominfo sees it.

Every agency's synced revisions with their verification, the devices awaiting a trust
decision, one calendar across agencies, publishing to agencies, and the monthly report.
The folder is read into the coordinator's own index on a worker (incremental after the
first time) with progress in the status bar; the window is usable meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, TypeVar

from PySide6.QtCore import QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.file_filters import file_dialog
from medsos_desktop.ui.common.screen_fit import cap_to_screen, place_main_window
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import current_language, error_text, qt_translate
from medsos_desktop.ui.coordinator.detail import approved_captions_html, calendar_entries, escape
from medsos_desktop.ui.coordinator.models import (
    STATUS_COLOURS,
    tr_effective,
)
from medsos_desktop.ui.coordinator.tabs import CoordinatorTabs

if TYPE_CHECKING:  # loaded on workers, where they are needed: not before the first paint
    from medsos_desktop.domain.calendar_days import PlanDay
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.coordinator import (
        AgencyRow,
        CoordinatorService,
        DeviceRow,
        PostCounts,
        RevisionRow,
        ScanSummary,
    )
    from medsos_desktop.services.workspace import Workspace
    from medsos_desktop.ui.calendar.view import CalendarEntry, CalendarView
    from medsos_desktop.ui.coordinator.publish import PublishPanel

T = TypeVar("T")


class _Criteria(TypedDict, total=False):
    """The filters of the revision list, as keywords of `CoordinatorService.revisions`."""

    agency: str
    status: str
    text: str


EVIDENCE_WIDTH = 420  # a WhatsApp screenshot in the detail, at most this wide


class CoordinatorWindow(CoordinatorTabs, QMainWindow):
    # ScanSummary. object, not the class: services.coordinator (and SQLAlchemy with it) is
    # imported on a worker when the index opens, never while the window is first shown.
    scanned = Signal(object)
    revision_shown = Signal(str)  # path
    workspace_opened = Signal()
    workspace_failed = Signal(BaseException)  # why this PC's data folder did not open

    def __init__(self, central: Path, data_dir: Path, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.setObjectName("coordinator_window")
        self.central = central
        self.data_dir = data_dir
        self.workspace = workspace
        self.service: CoordinatorService | None = None
        self.scan_runner = TaskRunner(self, max_threads=1)
        self.runner = TaskRunner(self)
        self.dialog: QWidget | None = None
        self._shown_path = ""
        self.setWindowTitle(
            self.tr("Medsos Desktop — coordinator: {folder}").format(folder=central)
        )
        # Within the screen's available geometry, maximised on an office screen (1366x768,
        # 1280x720): the Trust and Reject buttons, the status bar must stay in sight.
        place_main_window(self)
        cap_to_screen(self)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_posts_tab(), self.tr("All agencies' posts"))
        self.tabs.addTab(self._build_devices_tab(), self.tr("Devices"))
        self.calendar_tab = QWidget(self)
        self.calendar_view: CalendarView | None = None
        self.tabs.addTab(self.calendar_tab, self.tr("Calendar"))
        self.publish_tab: PublishPanel | None = None
        self.tabs.addTab(QWidget(self), self.tr("Share with agencies"))
        self.tabs.addTab(self._build_report_tab(), self.tr("Monthly report"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("coordinator_summary")
        self.summary_label.setContentsMargins(0, 0, 8, 0)  # not flush with the window's edge
        self.statusBar().addPermanentWidget(self.summary_label)
        self.statusBar().addPermanentWidget(self.progress)
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self.reload_revisions)

    # -- background helpers --------------------------------------------------------

    def _async(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        self.runner.run(work, on_done=done, on_error=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.dialog = messages.show_message(self, self.tr("Coordinator"), text)

    # -- opening and scanning ------------------------------------------------------

    def open_workspace(self, paths: AppPaths) -> None:
        """Coordinator mode on its own (`medsos-desktop --coordinator DIR`): open this PC's
        data folder on a worker (its key signs what is shared; its lock keeps a second copy
        of the app out of the index), then the index."""

        def work() -> Workspace:
            from medsos_desktop.services.workspace import open_workspace

            return open_workspace(paths, seed_demo=False)

        def done(workspace: Workspace) -> None:
            self.workspace = workspace
            self.workspace_opened.emit()
            if self.tabs.currentIndex() == 3:  # chosen while opening
                self._tab_changed(3)
            self.open()

        self.runner.run(work, on_done=done, on_error=self.workspace_failed.emit)

    def open(self) -> None:
        """Open the index (on a worker: it may be rebuilt), then read the folder."""
        central, data_dir = self.central, self.data_dir

        def work() -> CoordinatorService:
            from medsos_desktop.services.coordinator import CoordinatorService

            return CoordinatorService(central, data_dir)

        def done(service: CoordinatorService) -> None:
            self.service = service
            self.reload_all()
            self.start_scan(full=False)

        self.scan_runner.run(work, on_done=done, on_error=self._show_error)

    def start_scan(self, full: bool) -> None:
        service = self.service
        if service is None:
            return
        self.rescan_button.setEnabled(False)
        self.full_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.statusBar().showMessage(self.tr("Reading the central folder…"))

        def progress(done: int, total: int) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

        self.scan_runner.run(
            lambda report: service.scan(full=full, progress=report),
            on_done=self._scanned,
            on_error=self._scan_failed,
            on_progress=progress,
        )

    def _scan_failed(self, exc: BaseException) -> None:
        self.rescan_button.setEnabled(True)
        self.full_button.setEnabled(True)
        self.progress.setVisible(False)
        self.statusBar().clearMessage()
        self._show_error(exc)

    def _scanned(self, summary: ScanSummary) -> None:
        self.rescan_button.setEnabled(True)
        self.full_button.setEnabled(True)
        self.progress.setVisible(False)
        awaiting = len(summary.awaiting)
        message = self.tr("Folder read in {seconds} s.").format(
            seconds=QLocale().toString(float(summary.seconds), "f", 1)
        )
        if awaiting:
            message += " " + self.tr("{count} devices await your decision.").format(count=awaiting)
        self.statusBar().showMessage(message, 15000)
        self.reload_all()
        self.scanned.emit(summary)

    def reload_all(self) -> None:
        self.reload_agencies()
        self.reload_revisions()
        self.reload_devices()
        if self.calendar_view is not None:
            self._load_calendar()

    def reload_agencies(self) -> None:
        service = self.service
        if service is None:
            return

        def done(agencies: list[AgencyRow]) -> None:
            for combo in (self.agency_filter, self.report_agency):
                chosen = combo.currentData()
                combo.blockSignals(True)
                while combo.count() > 1:
                    combo.removeItem(1)
                for agency in agencies:
                    combo.addItem(agency.name or agency.slug, agency.slug)
                index = combo.findData(chosen) if chosen else 0
                combo.setCurrentIndex(max(index, 0))
                combo.blockSignals(False)

        self._async(service.agencies, done)

    def _criteria(self) -> _Criteria:
        criteria: _Criteria = {}
        if agency := self.agency_filter.currentData():
            criteria["agency"] = str(agency)
        if status := self.status_filter.currentData():
            criteria["status"] = str(status)
        text = self.search_edit.text().strip()
        if text:
            criteria["text"] = text
        return criteria

    def reload_revisions(self) -> None:
        service = self.service
        if service is None:
            return
        criteria = self._criteria()

        def fetch(offset: int, limit: int) -> list[RevisionRow]:
            return service.revisions(
                sort="planned", descending=True, limit=limit, offset=offset, **criteria
            )

        def done(total: int) -> None:
            if criteria != self._criteria():
                return  # the filters moved on meanwhile
            self.revision_model.reset(fetch, total)
            self.count_label.setText(self.tr("{count} revisions").format(count=total))

        self._async(lambda: service.count(**criteria), done)

    # -- one revision --------------------------------------------------------------

    def _show_revision(self, row_index: int) -> None:
        row = self.revision_model.row_at(row_index)
        self.detail_image.clear()
        if row is None or self.service is None:
            return
        self._shown_path = row.path
        status = tr_effective(row.status)
        colour = STATUS_COLOURS.get(row.status, "#424242")
        head = (
            f"<h3>{escape(row.title or row.post_uuid)}</h3>"
            f"<p>{escape(row.agency_name or row.agency)} · "
            f"{escape(row.describe_revision(qt_translate))}</p>"
            f'<p><b style="color:{colour}">{escape(status)}</b>: '
            f"{escape(row.describe(qt_translate))}</p>"
        )
        self.detail.setHtml(head)
        if row.folder_status != "valid":
            return
        service, path = self.service, row.path

        def work() -> tuple[dict[str, object], bytes | None, QImage]:
            from medsos_desktop.ui.common.decode import decoded_image

            manifest, post = service.open_revision(path)
            evidence = QImage()
            if row.assurance == "whatsapp":  # the reply's screenshot, apart from the post's
                evidence = decoded_image(service.evidence_image(path, manifest, post), 2400)
                if evidence.width() > EVIDENCE_WIDTH:  # its text readable, the pane's width
                    evidence = evidence.scaledToWidth(
                        EVIDENCE_WIDTH, Qt.TransformationMode.SmoothTransformation
                    )
            return post, service.first_image(path, manifest, post), evidence

        def done(result: tuple[dict[str, object], bytes | None, QImage]) -> None:
            if self._shown_path != path:
                return
            post, image, evidence = result
            source = ""
            if not evidence.isNull():
                source = f"evidence:{path}"
                self.detail.document().addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(source), evidence
                )
            self.detail.setHtml(
                head + approved_captions_html(post, row.assurance, row.reviewer, row.status, source)
            )
            if image:
                pixmap = QPixmap()
                if pixmap.loadFromData(image):
                    self.detail_image.setPixmap(
                        pixmap.scaled(
                            320,
                            320,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
            self.revision_shown.emit(path)

        self._async(work, done)

    def reload_devices(self) -> None:
        service = self.service
        if service is not None:
            self._async(service.devices, self._devices_loaded)
            self._async(service.post_counts, self._show_counts)

    def _devices_loaded(self, rows: list[DeviceRow]) -> None:
        self.device_model.set_rows(rows)
        changed = sum(1 for r in rows if r.changed_awaiting)
        awaiting = sum(1 for r in rows if r.awaiting_decision)
        if changed:
            self.tabs.setTabText(1, self.tr("Devices ({count} CHANGED KEYS)").format(count=changed))
        elif awaiting:
            self.tabs.setTabText(1, self.tr("Devices ({count} to decide)").format(count=awaiting))
        else:
            self.tabs.setTabText(1, self.tr("Devices"))

    def _show_counts(self, counts: PostCounts) -> None:
        """Posts, not revisions: how many count, and why the others' newest revision is
        not valid ("3 posting belum lengkap tiba, 1 rusak")."""
        from medsos_desktop.services.region_report import reasons_text

        text = self.tr("{posts} posts, {counted} counted").format(
            posts=counts.posts,
            counted=counts.counted,
        )
        held = counts.held_back
        tip = ""
        if held:
            # Short in the status bar, which has a line beside the scan's message; why,
            # in the tooltip (the reasons cut the bar off at 1366x768).
            text += ", " + self.tr("{count} newest revisions not valid").format(
                count=sum(held.values())
            )
            tip = self.tr("Newest revision not valid: {reasons}").format(
                reasons=reasons_text(held, qt_translate)
            )
        self.summary_label.setText(text)
        self.summary_label.setToolTip(tip)

    def _show_device(self, row_index: int) -> None:
        row = self.device_model.row_at(row_index)
        for button in (self.trust_button, self.reject_button, self.revoke_button):
            button.setEnabled(row is not None)
        if row is None:
            self.device_detail.clear()
            return
        # By its name and agency; the id, which nobody reads aloud, only in a tooltip.
        text = self.tr("{name} of {agency}. Key fingerprint: {fingerprint}").format(
            name=row.device_name or row.device_id,
            agency=row.agency_name or row.agency,
            fingerprint=row.fingerprint,
        )
        self.device_detail.setToolTip(self.tr("Device id: {id}").format(id=row.device_id))
        if row.changed_fingerprint:
            text += "\n" + self.tr(
                "THE FOLDER NOW SHOWS ANOTHER KEY for this device: {fingerprint}. Posts signed "
                "with it are not valid until you decide."
            ).format(fingerprint=row.changed_fingerprint)
        self.device_detail.setText(text)

    def decide(self, decision: str) -> None:
        row = self.device_model.row_at(self.device_table.currentIndex().row())
        service = self.service
        if row is None or service is None:
            return
        note = self.note_edit.text().strip()

        def work() -> DeviceRow:
            return service.decide(row.device_id, decision, note)

        said = {
            "trusted": self.tr("{name} of {agency} is trusted: its posts count as valid."),
            "rejected": self.tr("{name} of {agency} is rejected: its posts are not valid."),
            "revoked": self.tr("{name} of {agency} is revoked: its posts are not valid."),
        }[decision].format(name=row.device_name, agency=row.agency_name or row.agency)

        def done(_row: DeviceRow) -> None:
            self.note_edit.clear()
            # The scan's "devices await your decision" is out of date from here on.
            self.statusBar().showMessage(said, 10000)
            self.reload_all()

        self._async(work, done)

    # -- calendar, sharing, reports -----------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if index == 2 and self.calendar_view is None:
            from medsos_desktop.ui.calendar.view import CalendarView

            view = CalendarView(self.calendar_tab)
            view.set_status_colours(
                STATUS_COLOURS, {status: tr_effective(status) for status in STATUS_COLOURS}
            )
            view.set_max_per_day(6)
            view.range_changed.connect(lambda _a, _b: self._load_calendar())
            view.entry_activated.connect(self._calendar_entry)
            layout = QVBoxLayout(self.calendar_tab)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(view)
            self.calendar_view = view
            self._load_calendar()
        elif index == 3 and self.publish_tab is None and self.workspace is not None:
            from medsos_desktop.ui.coordinator.publish import PublishPanel

            panel = PublishPanel(self.central, self.workspace, self)
            self.publish_tab = panel
            self.tabs.blockSignals(True)
            self.tabs.removeTab(3)
            self.tabs.insertTab(3, panel, self.tr("Share with agencies"))
            self.tabs.setCurrentIndex(3)
            self.tabs.blockSignals(False)

    def _load_calendar(self) -> None:
        """Every post planned on the days the page shows (the month and the leading and
        trailing days of its neighbours), and the holidays of those days."""
        service, view = self.service, self.calendar_view
        if service is None or view is None:
            return
        first, last = view.visible_range()

        def done(result: tuple[list[CalendarEntry], list[PlanDay]]) -> None:
            if view.visible_range() != (first, last):
                return  # the page was turned meanwhile: its own load follows
            entries, days = result
            view.set_plan_days(days)
            view.set_entries(entries)

        self._async(lambda: calendar_entries(service, first, last), done)

    def _calendar_entry(self, path: int | str) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_edit.clear()
        self.agency_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        service = self.service
        if service is None or not isinstance(path, str):
            return

        def done(row: RevisionRow | None) -> None:
            if row is not None:
                self._show_row(row)

        self._async(lambda: service.revision(path), done)

    def _show_row(self, row: RevisionRow) -> None:
        self.revision_model.reset(lambda _o, _l: [row], 1)
        self.revision_table.selectRow(0)

    def export_report(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        service = self.service
        if service is None:
            return
        month = self.report_month.currentData()
        agency = self.report_agency.currentData()
        agency_name = self.report_agency.currentText() if agency else None
        suffix = "xlsx" if kind == "xlsx" else "pdf"
        dialog = file_dialog(self, self.tr("Save the report"), "documents")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(f"laporan-{month.strftime('%Y-%m')}-{agency or 'wilayah'}.{suffix}")
        language = current_language()

        def chosen(path: str) -> None:
            def work() -> str:
                from medsos_desktop.services.region_report import (
                    coordinator_report,
                    write_report,
                )

                info_region = getattr(service, "region_name", "") or self.central.name
                report, _data = coordinator_report(
                    service,
                    month,
                    region=info_region,
                    agency=agency,
                    agency_name=agency_name,
                    translate=qt_translate,
                    language=language,
                )
                write_report(report, Path(path), qt_translate, language)
                return path

            self.report_note.setText(self.tr("Writing the report…"))
            self._async(
                work,
                lambda saved: self.report_note.setText(self.tr("Saved: {path}").format(path=saved)),
            )

        dialog.fileSelected.connect(chosen)
        self.dialog = dialog
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scan_runner.wait(30000)
        self.runner.wait(10000)
        if self.service is not None:
            self.service.close()
        super().closeEvent(event)
