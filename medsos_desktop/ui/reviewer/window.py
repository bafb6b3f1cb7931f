"""A head of office's own PC (issue 16): the queue of posts awaiting their decision, each
shown as the public will see it, approved or sent back with comments pinned to the text.

Requests arrive by themselves: a folder watcher for local and synced folders, and a poll
for network shares (a watcher does not see changes made by other PCs on an SMB share).
Every read of the folder and every signature runs on a worker.

The head of office reads the agency's name and the admin's computer by the names people
use, who the agency registered them as, and the caption checks of each post (the same
checks as the admin's editor); approving over an error-level finding takes a written
reason, which goes to the admin with the decision."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.checks import Finding, Severity
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.screen_fit import place_main_window, saved_geometry
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text
from medsos_desktop.ui.editor.caption_tab import SEVERITY_COLOURS, severity_label
from medsos_desktop.ui.reviewer.request_view import RequestPost

if TYPE_CHECKING:
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.reviewer_desk import InboxItem, ReviewerDesk
    from medsos_desktop.services.reviewer_view import AgencyName, FindingGroup, Pairing
    from medsos_desktop.services.settings import Settings
    from medsos_desktop.services.workspace import Workspace

POLL_MS = 60_000  # network shares: a watcher does not see other PCs' changes
WATCH_DELAY_MS = 1500  # files of one request arrive in a burst: read once they settle
PLATFORM_NAMES = {
    "instagram": "Instagram",
    "facebook": "Facebook",
    "x": "X",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "threads": "Threads",
}


class ReviewerWindow(QMainWindow):
    workspace_opened = Signal()
    workspace_failed = Signal(object)
    refreshed = Signal(int)  # how many requests were new

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("reviewer_window")
        self.settings = settings
        self.workspace: Workspace | None = None
        self.desk: ReviewerDesk | None = None
        self.dialog: QWidget | None = None
        self.runner = TaskRunner(self)
        self.items: list[InboxItem] = []  # as listed in the queue, row by row
        self.all_items: list[InboxItem] = []  # every request this PC received
        self.decided_here: set[str] = set()  # decided in this window: kept in sight
        self.known_requests: set[str] = set()
        self.pairings: list[Pairing] = []
        self.agency_names: dict[str, AgencyName] = {}  # by folder name, once found
        self.findings: list[Finding] = []  # of the post shown
        self.setWindowTitle(self.tr("Medsos Desktop — Reviewer"))

        self.pair_action = QAction(self.tr("Pair with your agency…"), self)
        self.pair_action.triggered.connect(self.open_pairing)
        self.refresh_action = QAction(self.tr("Check for new requests"), self)
        self.refresh_action.setShortcut("F5")
        self.refresh_action.triggered.connect(self.refresh)
        menu = self.menuBar().addMenu(self.tr("&Review"))
        menu.addAction(self.pair_action)
        menu.addAction(self.refresh_action)
        toolbar = self.addToolBar(self.tr("Review"))
        toolbar.setObjectName("reviewer_toolbar")
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.pair_action)

        self.queue = QListWidget()
        self.queue.setObjectName("review_queue")
        self.queue.setWordWrap(True)
        self.queue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.queue.currentRowChanged.connect(self._show_item)
        queue_title = QLabel(self.tr("Review requests"))
        bold = QFont(queue_title.font())
        bold.setBold(True)
        queue_title.setFont(bold)
        self.queue_filter = QComboBox()
        self.queue_filter.setObjectName("queue_filter")
        self.queue_filter.addItem(self.tr("Awaiting a decision"), True)
        self.queue_filter.addItem(self.tr("All"), False)
        self.queue_filter.setAccessibleName(self.tr("Show"))
        self.queue_filter.currentIndexChanged.connect(lambda _index: self._fill_queue())
        queue_head = QHBoxLayout()
        queue_head.addWidget(queue_title, 1)
        queue_head.addWidget(self.queue_filter)
        self.pairing_label = QLabel("")
        self.pairing_label.setObjectName("pairing_state")
        self.pairing_label.setWordWrap(True)
        self.pairing_label.setTextFormat(Qt.TextFormat.RichText)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.pairing_label)
        left_layout.addLayout(queue_head)
        left_layout.addWidget(self.queue, 1)

        self.empty_label = QLabel("")
        self.empty_label.setWordWrap(True)
        self.empty_label.setMaximumWidth(560)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel("")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.meta_label = QLabel("")
        self.meta_label.setWordWrap(True)
        self.findings_label = QLabel("")
        self.findings_label.setObjectName("review_findings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.post = RequestPost()
        self.post.pin_changed.connect(self._show_pin)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("review_comment")
        self.comment_edit.setPlaceholderText(
            self.tr(
                "What must change? Select words in a caption above first to pin the "
                "comment to them."
            )
        )
        self.comment_edit.setMaximumHeight(80)
        self.return_button = QPushButton(self.tr("Send back to the admin"))
        self.return_button.setObjectName("return_button")
        self.return_button.clicked.connect(self._send_back)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approve_button")
        self.approve_button.setDefault(True)
        self.approve_button.clicked.connect(self._approve)
        buttons = QHBoxLayout()
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.approve_button)
        # An approval is signed and cannot be taken back: asked once more, in the window.
        self.confirm_bar = QFrame()
        self.confirm_bar.setObjectName("confirm_approval")
        self.confirm_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_label = QLabel(
            self.tr("Approve this post? Your decision is signed and cannot be taken back.")
        )
        self.confirm_label.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Yes, approve"))
        self.confirm_button.setObjectName("confirm_approve_button")
        self.confirm_button.clicked.connect(self._approve_confirmed)
        self.cancel_confirm_button = QPushButton(self.tr("Not yet"))
        self.cancel_confirm_button.setObjectName("cancel_approve_button")
        self.cancel_confirm_button.clicked.connect(self._cancel_confirmation)
        confirm_layout = QHBoxLayout(self.confirm_bar)
        confirm_layout.addWidget(self.confirm_label, 1)
        confirm_layout.addWidget(self.cancel_confirm_button)
        confirm_layout.addWidget(self.confirm_button)
        self.confirm_bar.hide()

        # The post scrolls; the comment and the decision buttons stay in sight below it,
        # whatever the screen (a head of office must never hunt for Approve).
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.meta_label)
        detail_layout.addWidget(self.post.facts_label)
        detail_layout.addWidget(self.post.earlier_label)
        detail_layout.addWidget(self.findings_label)
        detail_layout.addWidget(self.post, 1)
        self.detail = detail
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        decision = QWidget()
        decision_layout = QVBoxLayout(decision)
        decision_layout.setContentsMargins(0, 0, 0, 0)
        self.decided_label = QLabel("")
        self.decided_label.setObjectName("decided_label")
        self.decided_label.setWordWrap(True)
        decision_layout.addWidget(self.decided_label)
        self.comment_title = QLabel(self.tr("Comment for the admin"))
        self.pin_label = QLabel("")
        self.pin_label.setObjectName("comment_pin")
        self.pin_label.setWordWrap(True)
        self.pin_label.setTextFormat(Qt.TextFormat.PlainText)
        pin_font = QFont(self.pin_label.font())
        pin_font.setItalic(True)
        self.pin_label.setFont(pin_font)
        comment_head = QHBoxLayout()
        comment_head.addWidget(self.comment_title)
        comment_head.addWidget(self.pin_label, 1)
        decision_layout.addLayout(comment_head)
        decision_layout.addWidget(self.comment_edit)
        self.override_title = QLabel("")
        self.override_title.setWordWrap(True)
        self.override_edit = QPlainTextEdit()
        self.override_edit.setObjectName("override_reason")
        self.override_edit.setPlaceholderText(
            self.tr("e.g. The person concerned agreed in writing.")
        )
        self.override_edit.setMaximumHeight(60)
        self.decision_error = QLabel("")
        self.override_edit.textChanged.connect(lambda: self.decision_error.setText(""))
        self.decision_error.setObjectName("decision_error")
        self.decision_error.setWordWrap(True)
        self.decision_error.setStyleSheet(f"color: {SEVERITY_COLOURS[Severity.ERROR]};")
        self.acting_label = QLabel("")
        self.acting_label.setObjectName("acting_as")
        self.acting_label.setWordWrap(True)
        decision_layout.addWidget(self.override_title)
        decision_layout.addWidget(self.override_edit)
        decision_layout.addWidget(self.decision_error)
        buttons.insertWidget(0, self.acting_label, 1)
        decision_layout.addLayout(buttons)
        decision_layout.addWidget(self.confirm_bar)
        self.decision_box = decision
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignCenter)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(decision)
        self.detail_scroll = scroll

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 900])
        self.setCentralWidget(splitter)
        self._set_detail_visible(False)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.settle_timer.start())
        self.settle_timer = QTimer(self)
        self.settle_timer.setSingleShot(True)
        self.settle_timer.setInterval(WATCH_DELAY_MS)
        self.settle_timer.timeout.connect(self.refresh)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.refresh)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Medsos Desktop — Reviewer"))
            self.tray.activated.connect(lambda _reason: self._bring_to_front())
            self.tray.show()
        place_main_window(self, settings.window_geometry)
        self.statusBar().showMessage(self.tr("Opening…"))

    # -- opening --------------------------------------------------------------------------

    def open_workspace(self, paths: AppPaths) -> None:
        def work() -> Workspace:
            from medsos_desktop.services.workspace import open_workspace

            return open_workspace(paths, seed_demo=False)

        self.runner.run(work, on_done=self._workspace_ready, on_error=self.workspace_failed.emit)

    def _workspace_ready(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.workspace_opened.emit()
        self._open_desk(None, False)

    def _open_desk(self, passphrase: str | None, create_file: bool) -> None:
        """This PC's reviewer key: from the password store, or a key file under a
        passphrase the reviewer chooses (or types) when there is no safe store."""
        workspace, settings = self.workspace, self.settings
        if workspace is None:
            return

        def work() -> ReviewerDesk:
            from medsos_desktop.services.reviewer_desk import open_reviewer_desk

            return open_reviewer_desk(
                workspace.paths.data_dir,
                workspace.db,
                settings.reviewer_name,
                settings.reviewer_jabatan,
                passphrase,
                create_file,
            )

        self.runner.run(work, on_done=self._desk_ready, on_error=self._desk_failed)

    def _desk_ready(self, desk: ReviewerDesk) -> None:
        self.desk = desk
        self.poll_timer.start()
        self.refresh()

    def _desk_failed(self, exc: BaseException) -> None:
        from medsos_desktop.ui.dialogs.sync_dialogs import ask_for_device_key, is_key_question

        self.statusBar().clearMessage()
        if is_key_question(exc):
            self.dialog = ask_for_device_key(exc, self, self._open_desk)
        else:
            self.dialog = messages.show_message(self, self.tr("Review"), error_text(exc))

    def attach(self, workspace: Workspace, desk: ReviewerDesk) -> None:
        """Show this reviewer's queue: requests are read now and then as they arrive."""
        self.workspace = workspace
        self.workspace_opened.emit()
        self._desk_ready(desk)

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- the queue ------------------------------------------------------------------------

    def refresh(self) -> None:
        desk = self.desk
        if desk is None:
            return
        if self.runner.busy:  # a decision or a read still finishing: look again shortly
            QTimer.singleShot(300, self.refresh)
            return
        self.statusBar().showMessage(self.tr("Checking the shared folder…"))
        known = dict(self.agency_names)

        def work() -> tuple[int, list[InboxItem], list[str], list[Pairing]]:
            from medsos_desktop.services.reviewer_view import pairings

            new = desk.refresh()
            paired = pairings(desk.db, desk.signer.device_id, desk.public_key, known)
            return new, desk.inbox(), [str(p) for p in desk.watched_folders()], paired

        self.runner.run(work, on_done=self._refreshed, on_error=self._failed)

    def _refreshed(self, result: tuple[int, list[InboxItem], list[str], list[Pairing]]) -> None:
        new, items, watch, paired = result
        self._show_pairings(paired)
        missing = sorted(set(watch) - set(self.watcher.directories()))
        if missing:
            self.watcher.addPaths(missing)
        fresh = [i for i in items if i.request_id not in self.known_requests and not i.verdict]
        if self.known_requests and fresh and self.tray is not None:
            self.tray.showMessage(
                self.tr("New post to review"),
                self.tr("{title} awaits your decision.").format(title=fresh[0].title),
            )
        self.known_requests = {i.request_id for i in items}
        self.all_items = items
        waiting = self._fill_queue()
        self.statusBar().showMessage(
            self.tr("{count} awaiting your decision · checked {time}").format(
                count=waiting,
                time=QLocale().toString(datetime.now().time(), QLocale.FormatType.ShortFormat),
            )
        )
        self.refreshed.emit(new)

    def _fill_queue(self) -> int:
        """List the requests the filter shows, keeping the one shown selected; returns how
        many await a decision (older versions of a post not counted)."""
        from medsos_desktop.services.reviewer_view import queue_entries

        current = self._current()
        waiting_only = bool(self.queue_filter.currentData())
        entries = queue_entries(self.all_items, waiting_only, self.decided_here)
        self.items = [e.item for e in entries]
        self.queue.blockSignals(True)
        self.queue.clear()
        grey = self.queue.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for entry in entries:
            item = entry.item
            when = QLocale().toString(item.received_at, QLocale.FormatType.ShortFormat)
            state = {
                "": self.tr("Awaiting your decision"),
                "approve": self.tr("Approved"),
                "return": self.tr("Sent back"),
                "withdrawn": self.tr("Taken back by the admin"),
            }.get(item.verdict, item.verdict)
            if entry.older:
                state = self.tr("older version · {state}").format(state=state)
            row = QListWidgetItem(f"{item.title}\n{state} · {self._step_text(item)} · {when}")
            if entry.older:
                row.setForeground(QBrush(grey))
                row.setToolTip(
                    self.tr("The admin sent this post again; a newer version is listed.")
                )
            elif not item.verdict:
                font = row.font()
                font.setBold(True)
                row.setFont(font)
            self.queue.addItem(row)
        self.queue.blockSignals(False)
        row_number = next(
            (n for n, i in enumerate(self.items) if current and i.request_id == current.request_id),
            0 if self.items else -1,
        )
        self.queue.setCurrentRow(row_number)
        self._show_item(row_number)
        return len(queue_entries(self.all_items, True))

    def _show_pairings(self, paired: list[Pairing]) -> None:
        """Which agency this PC takes requests from, by its name, and who the agency
        registered this reviewer as."""
        from medsos_desktop.domain.review import ROLE_LABELS, ReviewerRole

        self.pairings = paired
        for pairing in paired:
            if not pairing.agency.from_folder:
                self.agency_names[pairing.agency.slug] = pairing.agency
        lines = []
        for pairing in paired:
            lines.append(
                self.tr("Paired with <b>{agency}</b>").format(
                    agency=html.escape(pairing.agency.name)
                )
            )
            lines.append(
                self.tr("Admin's computer: {name}").format(name=html.escape(pairing.device_name))
            )
            record = pairing.registration
            if record is None:
                lines.append(self.tr("Waiting for the admin to register you."))
            elif not pairing.active:
                lines.append(self.tr("The admin has deactivated you as a reviewer."))
            else:
                role = record.role
                level = (
                    QCoreApplication.translate("Review", ROLE_LABELS[ReviewerRole(role)])
                    if role in {r.value for r in ReviewerRole}
                    else role
                )
                lines.append(
                    self.tr("Registered as {jabatan} ({level})").format(
                        jabatan=html.escape(record.jabatan), level=html.escape(level)
                    )
                )
        if not paired:
            lines.append(
                self.tr("Not paired with an agency yet: choose Review → Pair with your agency.")
            )
        self.pairing_label.setText("<br>".join(lines))
        self.empty_label.setText(
            self.tr(
                "No posts await your decision. When the admin sends one, it appears here by itself."
            )
            if paired
            else self.tr(
                "No posts await your decision. First pair this PC with your agency: "
                "Review → Pair with your agency."
            )
        )

    def _agency_text(self, slug: str) -> str:
        known = self.agency_names.get(slug) or next(
            (p.agency for p in self.pairings if p.agency.slug == slug), None
        )
        if known is not None:
            return known.name
        from medsos_desktop.services.reviewer_view import readable_slug

        return readable_slug(slug)

    def _acting_text(self, item: InboxItem) -> str:
        """Who signs: the name and position the agency registered, else those given here."""
        record = next(
            (
                p.registration
                for p in self.pairings
                if p.agency.slug == item.agency and p.registration is not None
            ),
            None,
        )
        name = record.name if record is not None else self.settings.reviewer_name
        jabatan = record.jabatan if record is not None else self.settings.reviewer_jabatan
        if not name and not jabatan:
            return ""
        return self.tr("You decide as {name}, {jabatan}").format(name=name, jabatan=jabatan)

    def _step_text(self, item: InboxItem) -> str:
        return self.tr("step {step} of {steps}: {title}").format(
            step=item.step + 1, steps=item.steps, title=item.step_title
        )

    def _current(self) -> InboxItem | None:
        row = self.queue.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _set_detail_visible(self, visible: bool) -> None:
        self.detail_scroll.setVisible(visible)
        self.decision_box.setVisible(visible)
        self.empty_label.setVisible(not visible)

    def _show_item(self, row: int) -> None:
        item = self.items[row] if 0 <= row < len(self.items) else None
        self._set_detail_visible(item is not None)
        if item is None:
            return
        from medsos_desktop.services.reviewer_view import blocking, request_findings

        self.title_label.setText(item.title)
        self.meta_label.setText(f"{self._agency_text(item.agency)} · {self._step_text(item)}")
        self.findings = request_findings(item.content, item.agency_checks)
        self.findings_label.setText(self._findings_html(self.findings))
        self.post.show_request(item, self.findings, self._agency_text(item.agency))
        self.confirm_bar.hide()
        decided = bool(item.verdict)
        for widget in (self.approve_button, self.return_button):
            widget.setEnabled(not decided)
        for part in (self.comment_title, self.comment_edit, self.pin_label):
            part.setVisible(not decided)
        errors = len(self._groups(blocking(self.findings)))
        for part in (self.override_title, self.override_edit):
            part.setVisible(not decided and errors > 0)
        self.override_title.setText(
            self.tr(
                "The caption check found errors ({count}). To approve anyway, write your "
                "reason (at least 10 characters); it goes to the admin with your decision."
            ).format(count=errors)
        )
        self.decision_error.setText("")
        self.acting_label.setText("" if decided else self._acting_text(item))
        self.decided_label.setVisible(decided)
        if decided:
            when = (
                QLocale().toString(item.decided_at, QLocale.FormatType.ShortFormat)
                if item.decided_at
                else ""
            )
            texts = list(dict.fromkeys(c.text for c in item.comments))  # one per message
            said = "\n".join(f"“{text}”" for text in texts)
            text = {
                "approve": self.tr("You approved this post ({time})."),
                "withdrawn": self.tr(
                    "The admin took this request back ({time}): the post was changed or "
                    "withdrawn. Nothing to decide; a new request comes when it is sent again."
                ),
            }.get(item.verdict, self.tr("You sent this post back to the admin ({time}).")).format(
                time=when
            )
            self.decided_label.setText(f"{text}\n{said}" if said else text)

    def _findings_html(self, findings: list[Finding]) -> str:
        """The findings as a short list, one line per message with the platforms it is on
        (a caption shared by several platforms gives the same finding on each)."""
        if not findings:
            return self.tr("Caption check: nothing found.")
        groups = self._groups(findings)
        counts = {s: sum(1 for g in groups if g.severity is s) for s in Severity}
        summary = ", ".join(
            part
            for part in (
                self.tr("{count} error(s)").format(count=counts[Severity.ERROR])
                if counts[Severity.ERROR]
                else "",
                self.tr("{count} warning(s)").format(count=counts[Severity.WARNING])
                if counts[Severity.WARNING]
                else "",
                self.tr("{count} note(s)").format(count=counts[Severity.INFO])
                if counts[Severity.INFO]
                else "",
            )
            if part
        )
        title = self.tr("Caption check: {summary}").format(summary=summary)
        rows = [f"<b>{html.escape(title)}</b>"]
        for group in groups:
            names = ", ".join(PLATFORM_NAMES.get(p, p) for p in group.platforms)
            where = f" ({html.escape(names)})" if names else ""
            rows.append(
                f'• <span style="color:{SEVERITY_COLOURS[group.severity]}">'
                f"{html.escape(severity_label(group.severity))}</span>{where}: "
                f"{html.escape(group.message)}"
            )
        return "<br>".join(rows)

    @staticmethod
    def _groups(findings: list[Finding]) -> list[FindingGroup]:
        from medsos_desktop.services.reviewer_view import group_findings

        return group_findings(findings, lambda f: f.render(QCoreApplication.translate))

    # -- deciding -------------------------------------------------------------------------

    def _show_pin(self) -> None:
        """What a comment typed now is pinned to: the words selected, else the post."""
        from medsos_desktop.services.reviewer_view import short_quote

        pin = self.post.pin()
        self.pin_label.setText(
            self.tr("Comment on the words: “{quote}” ({platform})").format(
                quote=short_quote(pin.quote), platform=self.post.platform_label(pin.platform)
            )
            if pin is not None
            else self.tr("Comment on the post as a whole")
        )

    def _approve(self) -> None:
        """Ask once more in the window (an approval is signed and final); a reason missing
        for an error is said first."""
        from medsos_desktop.services.reviewer_view import blocking, reason_is_enough

        if self._current() is None or self.desk is None:
            return
        reason = self.override_edit.toPlainText().strip()
        if blocking(self.findings) and not reason_is_enough(reason):
            self._reason_missing()
            return
        self.decision_error.setText("")
        self.approve_button.setEnabled(False)
        self.confirm_bar.show()
        self.confirm_button.setFocus()

    def _cancel_confirmation(self) -> None:
        self.confirm_bar.hide()
        item = self._current()
        self.approve_button.setEnabled(item is not None and not item.verdict)
        self.approve_button.setFocus()

    def _approve_confirmed(self) -> None:
        from medsos_desktop.services.reviewer_desk import VerdictValue

        self.confirm_bar.hide()
        self._decide(VerdictValue.APPROVE)

    def _reason_missing(self) -> None:
        self.decision_error.setText(
            self.tr(
                "Not approved yet: write why the post may go out despite the errors "
                "found (at least 10 characters), or send it back to the admin."
            )
        )
        self.override_edit.setFocus()

    def _send_back(self) -> None:
        from medsos_desktop.services.reviewer_desk import VerdictValue

        self.confirm_bar.hide()
        self._decide(VerdictValue.RETURN)

    def _decide(self, verdict: object) -> None:
        from medsos_desktop.services.reviewer_desk import PinnedComment, VerdictValue
        from medsos_desktop.services.reviewer_view import (
            blocking,
            code_point_index,
            override_comments,
            reason_is_enough,
        )

        item, desk = self._current(), self.desk
        if item is None or desk is None:
            return
        comments = []
        approving = verdict is VerdictValue.APPROVE
        reason = self.override_edit.toPlainText().strip()
        if approving and blocking(self.findings) and not reason_is_enough(reason):
            self._reason_missing()
            return
        text = self.comment_edit.toPlainText().strip()
        if text:
            pin = self.post.pin()
            if pin is not None:
                comments.append(
                    PinnedComment(
                        text,
                        platform=pin.platform.value,
                        start=code_point_index(pin.text, pin.start),
                        end=code_point_index(pin.text, pin.end),
                        quote=pin.quote,
                    )
                )
            else:
                comments.append(PinnedComment(text))
        if approving:
            comments += override_comments(
                self.findings,
                lambda f, on_words: (
                    self.tr("Approved despite this finding: {reason}").format(reason=reason)
                    if on_words
                    else self.tr("Approved despite “{finding}”: {reason}").format(
                        finding=f.render(QCoreApplication.translate), reason=reason
                    )
                ),
            )
        self.approve_button.setEnabled(False)
        self.return_button.setEnabled(False)
        request_id = item.request_id
        self.decided_here.add(request_id)
        self.runner.run(
            lambda: desk.decide(request_id, verdict, comments),  # type: ignore[arg-type]
            on_done=lambda _r: self._decided(),
            on_error=self._failed,
        )

    def _decided(self) -> None:
        self.comment_edit.clear()
        self.override_edit.clear()
        self.statusBar().showMessage(self.tr("Your decision was sent to the admin."), 10000)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        item = self._current()
        if item is not None and not item.verdict:
            self.approve_button.setEnabled(True)
            self.return_button.setEnabled(True)
        self.dialog = messages.show_message(self, self.tr("Review"), error_text(exc))

    # -- pairing --------------------------------------------------------------------------

    def open_pairing(self) -> None:
        from medsos_desktop.ui.reviewer.pairing_dialog import PairingDialog

        desk = self.desk
        if desk is None:
            return
        self.dialog = PairingDialog(
            desk,
            self.settings.reviewer_name,
            self.settings.reviewer_jabatan,
            self.settings.central_folder,
            self._identity_given,
            self,
        )
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def _identity_given(self, name: str, jabatan: str) -> None:
        self.settings.reviewer_name, self.settings.reviewer_jabatan = name, jabatan
        workspace = self.workspace
        if workspace is not None:
            workspace.settings.reviewer_name = name
            workspace.settings.reviewer_jabatan = jabatan
            self.runner.run(workspace.save_settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.poll_timer.stop()
        if self.tray is not None:
            self.tray.hide()
        self.settings.window_geometry = saved_geometry(self)
        workspace = self.workspace
        if workspace is not None:
            workspace.settings.window_geometry = self.settings.window_geometry
            self.runner.run(workspace.save_settings)  # a failure is only logged now
        self.runner.wait(5000)
        super().closeEvent(event)
