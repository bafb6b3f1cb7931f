"""The post editor: every field of a post, saved as you type, checked as you type."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.checks import Finding, Severity, measure_length, worst_severity
from medsos_desktop.domain.platforms import PLATFORM_ORDER, RULES, Platform
from medsos_desktop.domain.posts import Category, MediaRef, PostContent, Status, normalize_tags
from medsos_desktop.services.checks import check_post
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import qt_translate
from medsos_desktop.ui.editor.caption_edit import CaptionEdit
from medsos_desktop.ui.editor.caption_tab import SEVERITY_COLOURS, CaptionTab
from medsos_desktop.ui.editor.infographic_panel import InfographicPanel
from medsos_desktop.ui.editor.media_panel import MediaPanel
from medsos_desktop.ui.editor.review_notes import ReviewNotesPanel

if TYPE_CHECKING:
    from medsos_desktop.services.posts import Delivery, PostSnapshot
    from medsos_desktop.services.review_view import ReviewView
from medsos_desktop.ui.post_list import combo_enum, tr_category, tr_status

# The platform previews need no more than this to look sharp.
PREVIEW_IMAGE_SIDE = 1200


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, 10, 10)
    painter.end()
    return QIcon(pixmap)


class PostEditor(QWidget):
    content_edited = Signal(int, object)  # post id, PostContent
    template_requested = Signal()
    images_chosen = Signal(int, list)  # post id, list[Path]
    obscure_requested = Signal(int, int, object, str)  # post id, media index, box, mode
    submit_requested = Signal(int)
    review_requested = Signal(int)
    history_requested = Signal(int)
    sheet_requested = Signal(int)
    new_revision_requested = Signal(int)
    published_requested = Signal(int)  # record the links where it went live
    metrics_requested = Signal(int)  # type in its figures
    caption_copied = Signal(str)  # platform label

    def __init__(
        self, load_blob: Callable[[str], bytes | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.post_id: int | None = None
        self.status = Status.DRAFT
        self.delivery: Delivery | None = None
        self.content = PostContent()
        self.profile = AgencyProfile()
        self._loading = False
        self._tabs: dict[Platform, CaptionTab] = {}
        self.findings: dict[Platform, list[Finding]] = {}
        # Review on the reviewers' own PCs: where the post is in the chain, the comments of
        # a reviewer who sent it back, and the spans they quoted (kept for this session, so
        # a span still shows once its caption was edited and the post opened again).
        self.review_view: ReviewView | None = None
        self._quotes: dict[tuple[int | None, str, str, str, int, int], str] = {}
        self._changed_comments: set[int] = set()

        self._check_timer = QTimer(self, singleShot=True, interval=150)
        self._check_runner = TaskRunner(self, max_threads=1)
        self._check_token = 0
        self._shown_check_token = 0  # the run whose findings are on screen
        self._check_timer.timeout.connect(self.run_checks)
        self._load_blob = load_blob
        self._preview_runner = TaskRunner(self, max_threads=1)
        self._preview_sha = ""
        self._preview_image: QImage | None = None

        self.banner = QLabel(self)
        self.banner.setObjectName("editor_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4e5; padding: 6px; border-radius: 4px;")
        self.revision_button = QPushButton(self.tr("Edit as a new revision"), self)
        self.revision_button.clicked.connect(
            lambda: self.post_id and self.new_revision_requested.emit(self.post_id)
        )

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(self.tr("Short title, for you and your reviewer"))
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("category")
        for category in Category:
            self.category_combo.addItem(tr_category(category), category)
        self.platform_boxes: dict[Platform, QCheckBox] = {}
        platform_row = QHBoxLayout()
        for platform in PLATFORM_ORDER:
            box = QCheckBox(RULES[platform].label, self)
            box.setObjectName(f"platform_{platform.value}")
            box.toggled.connect(self._platforms_toggled)
            self.platform_boxes[platform] = box
            platform_row.addWidget(box)
        platform_row.addStretch(1)
        self.planned_check = QCheckBox(self.tr("Scheduled for"), self)
        self.planned_check.setObjectName("planned_check")
        self.planned_edit = QDateTimeEdit(self)
        self.planned_edit.setObjectName("planned_at")
        self.planned_edit.setCalendarPopup(True)
        self.planned_edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.planned_check.toggled.connect(self._planned_toggled)
        self.planned_edit.dateTimeChanged.connect(self._edited)
        planned_row = QHBoxLayout()
        planned_row.addWidget(self.planned_check)
        planned_row.addWidget(self.planned_edit)
        planned_row.addStretch(1)

        self.base_edit = CaptionEdit(self)
        self.base_edit.files_dropped.connect(self._files_dropped)
        self.base_edit.setObjectName("base_caption")
        self.base_edit.setPlaceholderText(
            self.tr("Write the caption once here; every platform starts from it.")
        )
        self.base_edit.setMinimumHeight(90)
        self.base_edit.setMaximumHeight(150)
        self.base_edit.textChanged.connect(self._base_changed)
        self.template_button = QPushButton(self.tr("Start from a template…"), self)
        self.template_button.setObjectName("use_template")
        self.template_button.clicked.connect(self.template_requested)

        self.hashtags_edit = QLineEdit(self)
        self.hashtags_edit.setObjectName("hashtags")
        self.hashtags_edit.setPlaceholderText("#KotaKita #PemkotKita")
        self.mentions_edit = QLineEdit(self)
        self.mentions_edit.setObjectName("mentions")
        self.mentions_edit.setPlaceholderText("@pemkot @diskominfo")
        self.collab_edit = QLineEdit(self)
        self.collab_edit.setObjectName("collaborators")
        self.collab_edit.setPlaceholderText(self.tr("Instagram accounts invited as Collab"))
        for edit in (self.title_edit, self.hashtags_edit, self.mentions_edit, self.collab_edit):
            edit.textChanged.connect(self._edited)
        self.category_combo.currentIndexChanged.connect(self._edited)

        self.media_panel = MediaPanel(load_blob, self)
        self.media_panel.media_changed.connect(self._media_changed)
        self.media_panel.files_chosen.connect(self._files_dropped)
        self.media_panel.obscure_requested.connect(
            lambda row, box, mode: (
                self.post_id is not None
                and self.obscure_requested.emit(self.post_id, row, box, mode)
            )
        )

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("platform_tabs")
        self.no_platform_label = QLabel(
            self.tr("Choose at least one platform above to see its caption and checks."), self
        )
        self.no_platform_label.setWordWrap(True)

        self.sheet_button = QPushButton(self.tr("Approval sheet…"), self)
        self.sheet_button.setObjectName("approval_sheet")
        self.sheet_button.setToolTip(
            self.tr(
                "One page (PNG and PDF) to send by WhatsApp or print for a reviewer away from "
                "the PC"
            )
        )
        self.sheet_button.clicked.connect(
            lambda: self.post_id and self.sheet_requested.emit(self.post_id)
        )
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setObjectName("history")
        self.history_button.clicked.connect(
            lambda: self.post_id and self.history_requested.emit(self.post_id)
        )
        self.review_button = QPushButton(self.tr("Review (head of office)…"), self)
        self.review_button.setObjectName("review")
        self.review_button.clicked.connect(
            lambda: self.post_id and self.review_requested.emit(self.post_id)
        )
        # With a chain the decisions come from the reviewers' PCs; a PIN on this PC stays
        # possible (the head of office came by), but is not offered as the way.
        self.pin_review_button = QPushButton(self.tr("Approve with a PIN here instead…"), self)
        self.pin_review_button.setObjectName("pin_review")
        self.pin_review_button.setFlat(True)
        self.pin_review_button.setStyleSheet("color: #555; text-decoration: underline;")
        self.pin_review_button.setToolTip(
            self.tr(
                "Only when the head of office is at this PC: they approve by typing their PIN, "
                "instead of on their own PC"
            )
        )
        self.pin_review_button.clicked.connect(
            lambda: self.post_id and self.review_requested.emit(self.post_id)
        )
        self.review_notes = ReviewNotesPanel(self)
        self.review_notes.caption_requested.connect(self._show_comment_span)
        self.review_notes.image_requested.connect(self._show_comment_image)
        self.submit_button = QPushButton(self.tr("Submit for review"), self)
        self.submit_button.setObjectName("submit")
        self.submit_button.clicked.connect(
            lambda: self.post_id and self.submit_requested.emit(self.post_id)
        )

        self.published_button = QPushButton(self.tr("Mark as published…"), self)
        self.published_button.setObjectName("mark_published")
        self.published_button.clicked.connect(
            lambda: self.post_id and self.published_requested.emit(self.post_id)
        )
        self.metrics_button = QPushButton(self.tr("Figures…"), self)
        self.metrics_button.setObjectName("metrics")
        self.metrics_button.clicked.connect(
            lambda: self.post_id and self.metrics_requested.emit(self.post_id)
        )

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("Platforms"), platform_row)
        form.addRow(self.tr("Schedule"), planned_row)

        base_box = QGroupBox(self.tr("Base caption"), self)
        base_layout = QVBoxLayout(base_box)
        base_head = QHBoxLayout()
        base_head.addStretch(1)
        base_head.addWidget(self.template_button)
        base_layout.addLayout(base_head)
        base_layout.addWidget(self.base_edit)
        tags_form = QFormLayout()
        tags_form.addRow(self.tr("Hashtags"), self.hashtags_edit)
        tags_form.addRow(self.tr("Mentions"), self.mentions_edit)
        tags_form.addRow(self.tr("Collaborators"), self.collab_edit)
        base_layout.addLayout(tags_form)
        tags_note = QLabel(
            self.tr(
                "Mentions and hashtags end every platform's text; each platform tab below shows "
                "its whole text, exactly as it will be posted and copied."
            ),
            self,
        )
        tags_note.setWordWrap(True)
        tags_note.setStyleSheet("color: #555; font-size: 11px;")
        base_layout.addWidget(tags_note)

        media_box = QGroupBox(self.tr("Images"), self)
        QVBoxLayout(media_box).addWidget(self.media_panel)

        platforms_box = QGroupBox(self.tr("Caption per platform, with checks"), self)
        platforms_layout = QVBoxLayout(platforms_box)
        platforms_layout.addWidget(self.no_platform_label)
        platforms_layout.addWidget(self.tabs)
        self.tabs.setMinimumHeight(300)

        # The post's actions and status on top, outside the scrolling form: on a 1366x768
        # screen they were two screens down, below the captions and the infographic.
        self.header = QWidget(self)
        self.header.setObjectName("editor_actions")
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.submit_button,
            self.review_button,
            self.revision_button,
            self.published_button,
            self.metrics_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.pin_review_button)
        actions.addWidget(self.history_button)
        actions.addWidget(self.sheet_button)
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(9, 6, 9, 0)
        header_layout.addLayout(actions)
        header_layout.addWidget(self.banner)
        header_layout.addWidget(self.review_notes)

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addLayout(form)
        # Two pages under the post's common fields: its captions, and its infographic.
        self.pages = QTabWidget(self)
        self.pages.setObjectName("editor_pages")
        caption_page = QWidget(self)
        caption_layout = QVBoxLayout(caption_page)
        caption_layout.setContentsMargins(0, 6, 0, 0)
        caption_layout.addWidget(base_box)
        caption_layout.addWidget(platforms_box, 1)
        caption_layout.addWidget(media_box)
        self.infographic = InfographicPanel(self)
        self.pages.addTab(caption_page, self.tr("Caption and photos"))
        self.pages.addTab(self.infographic, self.tr("Infographic"))
        layout.addWidget(self.pages, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.header)
        outer.addWidget(self.scroll, 1)
        self.setEnabled(False)
        self._update_banner()

    # -- loading -----------------------------------------------------------------

    def set_profile(self, profile: AgencyProfile) -> None:
        self.profile = profile
        for platform, tab in self._tabs.items():
            tab.set_account(profile.name, profile.handles.get(platform, ""))
        self._check_timer.start()

    def _load_preview_image(self) -> None:
        """Decode the first photo off the GUI thread for the platform previews."""
        sha256 = self.content.media[0].sha256 if self.content.media else ""
        if sha256 == self._preview_sha:
            return
        self._preview_sha = sha256
        if not sha256:
            self._show_preview_image("", None)
            return
        load_blob = self._load_blob

        def work() -> QImage:
            from medsos_desktop.ui.common.decode import decoded_image

            return decoded_image(load_blob(sha256), PREVIEW_IMAGE_SIDE)

        self._preview_runner.run(
            work, on_done=lambda image: self._show_preview_image(sha256, image)
        )

    def _show_preview_image(self, sha256: str, image: QImage | None) -> None:
        if sha256 != self._preview_sha:
            return  # another post or photo came first meanwhile
        self._preview_image = image if image is not None and not image.isNull() else None
        for tab in self._tabs.values():
            tab.set_preview_image(self._preview_image)

    def load(self, snapshot: PostSnapshot, review: ReviewView | None = None) -> None:
        """`review`: where the post is in the approval chain, and the comments it came
        back with (services/review_view.py); None without a chain."""
        self._loading = True
        if snapshot.id != self.post_id:
            # Another post: it starts at its top, with its title in sight, not at the place
            # the previous one was scrolled to.
            self.scroll.verticalScrollBar().setValue(0)
        try:
            self.review_view = review
            self.post_id = snapshot.id
            self.status = snapshot.status
            self.delivery = snapshot.delivery
            self.content = snapshot.content
            content = snapshot.content
            self.title_edit.setText(content.title)
            self.category_combo.setCurrentIndex(self.category_combo.findData(content.category))
            for platform, box in self.platform_boxes.items():
                box.setChecked(platform in content.platforms)
            self.planned_check.setChecked(content.planned_at is not None)
            self.planned_edit.setEnabled(content.planned_at is not None)
            when = content.planned_at or (datetime.now() + timedelta(days=1)).replace(
                hour=9, minute=0, second=0, microsecond=0
            )
            self.planned_edit.setDateTime(QDateTime(when))
            self.base_edit.setPlainText(content.base_caption)
            self.hashtags_edit.setText(" ".join(content.hashtags))
            self.mentions_edit.setText(" ".join(content.mentions))
            self.collab_edit.setText(" ".join(content.collaborators))
            self.media_panel.set_media(content.media)
            self.infographic.set_media(content.media)
            self.infographic.set_platforms(content.platforms)
            self._rebuild_tabs()
        finally:
            self._loading = False
        self._load_preview_image()
        read_only = not snapshot.editable
        for widget in (self.title_edit, self.hashtags_edit, self.mentions_edit, self.collab_edit):
            widget.setReadOnly(read_only)
        self.base_edit.setReadOnly(read_only)
        for widget in (
            self.category_combo,
            self.planned_check,
            self.planned_edit,
            self.template_button,
            *self.platform_boxes.values(),
        ):
            widget.setEnabled(not read_only)
        self.planned_edit.setEnabled(not read_only and content.planned_at is not None)
        self.media_panel.set_read_only(read_only)
        self.infographic.set_read_only(read_only)
        for tab in self._tabs.values():
            tab.set_read_only(read_only)
        self.setEnabled(True)
        self._show_review_notes()
        self._update_banner()
        self.run_checks()

    def clear(self) -> None:
        """No post open (deleted, or the list is empty): nothing of the last one stays."""
        self._loading = True
        try:
            self.post_id = None
            self.content = PostContent()
            self.title_edit.clear()
            for box in self.platform_boxes.values():
                box.setChecked(False)
            self.planned_check.setChecked(False)
            self.base_edit.clear()
            self.hashtags_edit.clear()
            self.mentions_edit.clear()
            self.collab_edit.clear()
            self.media_panel.set_media(())
            self.infographic.set_media(())
            self.infographic.set_platforms(())
            self.review_view = None
            self._rebuild_tabs()
        finally:
            self._loading = False
        self._show_review_notes()
        self._update_banner()
        self.setEnabled(False)

    def _update_banner(self) -> None:
        editable = self.status in (Status.DRAFT, Status.CHANGES_REQUESTED)
        if self.post_id is None:
            text = self.tr("Choose a post on the left, or make a new one.")
        elif editable:
            text = self.tr("Status: {status}. Every change is saved automatically.").format(
                status=tr_status(self.status)
            )
        else:
            text = self.tr(
                "Status: {status}. This version is locked; editing it starts a new "
                "revision that needs approval again."
            ).format(status=tr_status(self.status))
            delivery = self._delivery_text()
            if delivery:
                text += "\n" + delivery
        review = self.review_view
        chain_sent = review is not None and review.sent and self.status is Status.SUBMITTED
        if chain_sent:
            text += "\n" + self._chain_text()
        self.banner.setText(text)
        self.revision_button.setVisible(
            self.post_id is not None and not editable and self.status is not Status.ARCHIVED
        )
        self.submit_button.setVisible(self.post_id is not None and editable)
        chain_set = review is not None and review.chain_set
        self.submit_button.setText(
            self.tr("Send to the reviewers' PCs") if chain_set else self.tr("Submit for review")
        )
        self.submit_button.setToolTip(
            self.tr("Approval steps: {steps}").format(steps=" → ".join(review.steps))
            if chain_set and review is not None
            else ""
        )
        waiting = self.post_id is not None and self.status is Status.SUBMITTED
        self.review_button.setVisible(waiting and not chain_sent)
        self.pin_review_button.setVisible(waiting and chain_sent)
        self.published_button.setVisible(
            self.post_id is not None and self.status in (Status.SYNCED, Status.PUBLISHED)
        )
        self.metrics_button.setVisible(self.post_id is not None and self.status is Status.PUBLISHED)

    def _chain_text(self) -> str:
        """Where the post is in the chain: step, its name, who it waits for."""
        review = self.review_view
        if review is None or not review.steps:
            return ""
        step = min(review.step, len(review.steps) - 1)
        text = self.tr("Sent to the reviewers' PCs: step {step} of {steps} ({title}).").format(
            step=step + 1, steps=len(review.steps), title=review.steps[step]
        )
        if review.awaiting:
            names = ", ".join(review.awaiting)
            waiting = self.tr("Waiting for {names}.").format(names=names)
            if names.endswith(".") and waiting.endswith(".."):  # "… M.Kes." ends the sentence
                waiting = waiting[:-1]
            text += " " + waiting
        return text + " " + self.tr("Their decisions arrive by themselves.")

    # -- comments of a reviewer who sent the post back --------------------------------

    def _quote_key(self, index: int) -> tuple[int | None, str, str, str, int, int]:
        assert self.review_view is not None
        c = self.review_view.comments[index]
        return (self.post_id, c.reviewer, c.text, c.platform, c.start, c.end)

    def _show_review_notes(self) -> None:
        review = self.review_view
        comments = review.comments if review is not None else ()
        if self.status is not Status.CHANGES_REQUESTED:
            comments = ()
        for index, comment in enumerate(comments):
            if comment.quote:
                self._quotes[self._quote_key(index)] = comment.quote
        self._apply_review_marks()
        self.review_notes.show_comments(
            review.returned_by if review is not None else "", comments, self._changed_comments
        )

    def _comment_span(self, index: int) -> tuple[Platform, int, int] | None:
        """Where a comment's quoted span is in its platform's caption now."""
        from medsos_desktop.services.review_view import locate

        review = self.review_view
        if review is None:
            return None
        comment = review.comments[index]
        try:
            platform = Platform(comment.platform)
        except ValueError:
            return None
        if platform not in self._tabs:
            return None
        quote = comment.quote or self._quotes.get(self._quote_key(index), "")
        found = locate(self.content.final_caption(platform), quote, comment.start)
        return None if found is None else (platform, found[0], found[1])

    def _apply_review_marks(self) -> None:
        review = self.review_view
        marks: dict[Platform, list[tuple[int, int]]] = {p: [] for p in self._tabs}
        changed: set[int] = set()
        if review is not None and self.status is Status.CHANGES_REQUESTED:
            for index, comment in enumerate(review.comments):
                if not comment.platform:
                    continue
                span = self._comment_span(index)
                if span is None:
                    changed.add(index)
                else:
                    marks[span[0]].append((span[1], span[2]))
        for platform, tab in self._tabs.items():
            tab.set_review_marks(marks[platform])
        if changed != self._changed_comments:
            self._changed_comments = changed
            self.review_notes.mark_changed(changed)

    def _show_comment_span(self, platform_value: str, index: int) -> None:
        """A comment clicked: its platform's tab, with the span selected."""
        self.pages.setCurrentIndex(0)
        span = self._comment_span(index)
        try:
            tab = self._tabs.get(Platform(platform_value))
        except ValueError:
            tab = None
        if tab is None:
            return
        self.tabs.setCurrentWidget(tab)
        self.scroll.ensureWidgetVisible(tab.editor)
        if span is not None:
            tab.select_span(span[1], span[2])

    def _show_comment_image(self, row: int) -> None:
        self.pages.setCurrentIndex(0)
        self.media_panel.list.setCurrentRow(row)
        self.scroll.ensureWidgetVisible(self.media_panel)

    def _delivery_text(self) -> str:
        """Where the approved revision is on its way to Diskominfo's folder."""
        delivery = self.delivery
        if delivery is None or self.status not in (Status.APPROVED, Status.SYNCED):
            return ""
        reason = delivery.error.render(qt_translate) if delivery.error else ""
        if delivery.state == "published":
            return self.tr("Revision {revision} is in the central folder.").format(
                revision=delivery.revision
            )
        if delivery.state == "failed":
            return self.tr(
                "Revision {revision} could not be sent: {reason} Ask Diskominfo to look "
                "at the central folder."
            ).format(revision=delivery.revision, reason=reason)
        if delivery.attempts:
            return self.tr(
                "Revision {revision} is waiting for the central folder (tried {attempts} "
                "times; tried again automatically): {reason}"
            ).format(
                revision=delivery.revision,
                attempts=delivery.attempts,
                reason=reason,
            )
        return self.tr("Revision {revision} is queued for the central folder.").format(
            revision=delivery.revision
        )

    # -- editing -------------------------------------------------------------------

    def current_content(self) -> PostContent:
        platforms = tuple(p for p in PLATFORM_ORDER if self.platform_boxes[p].isChecked())
        planned = None
        if self.planned_check.isChecked():
            planned = self.planned_edit.dateTime().toPython().replace(second=0, microsecond=0)
        content = dataclasses.replace(
            self.content,
            title=self.title_edit.text(),
            category=combo_enum(self.category_combo, Category) or Category.LAINNYA,
            platforms=platforms,
            base_caption=self.base_edit.toPlainText(),
            collaborators=normalize_tags(self.collab_edit.text(), "@"),
            planned_at=planned,
        )
        # New hashtags and mentions reach every platform text that still ends with the old.
        return content.with_tags(
            normalize_tags(self.hashtags_edit.text(), "#"),
            normalize_tags(self.mentions_edit.text(), "@"),
        )

    def _edited(self) -> None:
        if self._loading or self.post_id is None:
            return
        self.content = self.current_content()
        self.content_edited.emit(self.post_id, self.content)
        self._refresh_tabs()
        self._check_timer.start()

    def _base_changed(self) -> None:
        if self._loading:
            return
        self._edited()

    def _refresh_tabs(self) -> None:
        """Every tab shows its platform's whole final text and its preview, as they are now."""
        for platform, tab in self._tabs.items():
            tab.set_text(self.content.final_caption(platform), self.content.has_diverged(platform))
            tab.set_preview_content(self.content)
        self._apply_review_marks()

    def _planned_toggled(self, on: bool) -> None:
        self.planned_edit.setEnabled(on)
        self._edited()

    def _platforms_toggled(self) -> None:
        if self._loading:
            return
        self._edited()
        self.infographic.set_platforms(self.content.platforms)
        self._rebuild_tabs()

    def _media_changed(self, media: tuple[MediaRef, ...]) -> None:
        self.infographic.set_media(media)
        if self.post_id is None:
            return
        self.content = dataclasses.replace(self.current_content(), media=media)
        self.content_edited.emit(self.post_id, self.content)
        self._refresh_tabs()
        self._load_preview_image()
        self._check_timer.start()

    def _files_dropped(self, paths: list) -> None:
        if self.post_id is not None and self.status in (Status.DRAFT, Status.CHANGES_REQUESTED):
            self.images_chosen.emit(self.post_id, paths)

    def add_media(self, refs: list[MediaRef]) -> None:
        media = (*self.content.media, *refs)
        self.media_panel.set_media(media)
        self._media_changed(media)

    def _variant_edited(self, platform: Platform, text: str) -> None:
        """The admin typed in a platform's tab: that text is exactly what is posted there."""
        self.content = self.current_content().with_platform_text(platform, text)
        tab = self._tabs[platform]
        tab.set_text(text, self.content.has_diverged(platform))
        tab.set_preview_content(self.content)
        self._apply_review_marks()
        if self.post_id is not None:
            self.content_edited.emit(self.post_id, self.content)
        self._check_timer.start()

    def _variant_reset(self, platform: Platform) -> None:
        variants = dict(self.content.variants)
        variants.pop(platform, None)
        self.content = dataclasses.replace(self.current_content(), variants=variants)
        self._refresh_tabs()
        if self.post_id is not None:
            self.content_edited.emit(self.post_id, self.content)
        self._check_timer.start()

    def insert_into_base(self, text: str, template_key: str) -> None:
        """Replace the base caption with a filled template, as one undoable step."""
        cursor = self.base_edit.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.content = dataclasses.replace(self.current_content(), template_key=template_key)
        if self.post_id is not None:
            self.content_edited.emit(self.post_id, self.content)

    def _rebuild_tabs(self) -> None:
        wanted = [p for p in PLATFORM_ORDER if self.platform_boxes[p].isChecked()]
        current = self.tabs.currentWidget()
        for platform in list(self._tabs):
            if platform not in wanted:
                tab = self._tabs.pop(platform)
                self.tabs.removeTab(self.tabs.indexOf(tab))
                tab.deleteLater()
        for position, platform in enumerate(wanted):
            tab = self._tabs.get(platform)
            if tab is None:
                tab = CaptionTab(platform, self.tabs)
                tab.text_edited.connect(self._variant_edited)
                tab.reset_requested.connect(self._variant_reset)
                tab.copy_requested.connect(self.copy_caption)
                tab.files_dropped.connect(self._files_dropped)
                tab.set_read_only(self.status not in (Status.DRAFT, Status.CHANGES_REQUESTED))
                tab.set_account(self.profile.name, self.profile.handles.get(platform, ""))
                tab.set_preview_image(self._preview_image)
                self._tabs[platform] = tab
                self.tabs.insertTab(position, tab, RULES[platform].label)
            tab.set_text(self.content.final_caption(platform), self.content.has_diverged(platform))
            tab.set_preview_content(self.content)
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)
        self.no_platform_label.setVisible(not wanted)
        self.tabs.setVisible(bool(wanted))
        self._apply_review_marks()
        self._check_timer.start()

    def tab(self, platform: Platform) -> CaptionTab | None:
        return self._tabs.get(platform)

    # -- checks and copying ----------------------------------------------------------

    @property
    def checks_pending(self) -> bool:
        """Whether the findings on screen may not be those of the current content yet: the
        check waits for a pause in typing, or runs off the GUI thread."""
        return (
            self._check_timer.isActive()
            or self._check_runner.busy
            or self._shown_check_token != self._check_token
        )

    def run_checks(self) -> None:
        """Check on the editor's own thread: X's rules can take a moment on odd text."""
        self._check_token += 1
        token, content, profile = self._check_token, self.content, self.profile

        def work() -> tuple[dict[Platform, list[Finding]], dict[Platform, int]]:
            lengths = {p: measure_length(content.final_caption(p), p) for p in content.platforms}
            return check_post(content, profile), lengths

        self._check_runner.run(work, on_done=lambda result: self._show_checks(token, result))

    def _show_checks(
        self, token: int, result: tuple[dict[Platform, list[Finding]], dict[Platform, int]]
    ) -> None:
        if token != self._check_token:
            return  # a newer edit is being checked already
        self._shown_check_token = token
        self.findings, lengths = result
        for platform, tab in self._tabs.items():
            findings = self.findings.get(platform, [])
            tab.show_findings(findings, lengths.get(platform, 0))
            worst = worst_severity(findings)
            index = self.tabs.indexOf(tab)
            label = RULES[platform].label
            if worst is None:
                self.tabs.setTabIcon(index, _dot("#2e7d32"))
                self.tabs.setTabText(index, label)
            else:
                self.tabs.setTabIcon(index, _dot(SEVERITY_COLOURS[worst]))
                problems = sum(1 for f in findings if f.severity is not Severity.INFO)
                self.tabs.setTabText(index, f"{label} ({problems})" if problems else label)

    def copy_current_caption(self) -> bool:
        """The keyboard's way to the shown platform tab's own copy button (same action)."""
        tab = self.tabs.currentWidget()
        if self.post_id is None or not isinstance(tab, CaptionTab):
            return False
        if not tab.copy_button.isEnabled():
            return False
        tab.copy_button.click()
        return True

    def copy_caption(self, platform: Platform) -> None:
        QGuiApplication.clipboard().setText(self.content.final_caption(platform))
        self.caption_copied.emit(RULES[platform].label)
