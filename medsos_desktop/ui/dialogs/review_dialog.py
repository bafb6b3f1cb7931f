"""The head of office's review, on one screen: the post as the public will see it (each
platform's final text and the images with their alt text), the caption findings with a
written reason for each remaining error, the checklist, the PIN and the decision.

Three columns side by side, each scrolling on its own, and the decision buttons always
at the bottom: it fits a 1366x768 or 1280x720 screen whatever the number of findings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPixmap,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.checks import Finding, Severity, worst_severity
from medsos_desktop.domain.review import CHECKLIST, MIN_OVERRIDE_REASON, ROLE_LABELS, ReviewerRole
from medsos_desktop.ui.common.file_filters import file_dialog, use_image_filters
from medsos_desktop.ui.common.messages import error_message
from medsos_desktop.ui.common.screen_fit import cap_to_screen
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import qt_translate
from medsos_desktop.ui.editor.caption_tab import (
    PREVIEW_MIN_WIDTH,
    SEVERITY_COLOURS,
    PreviewScroll,
    qt_position,
)
from medsos_desktop.ui.editor.findings_view import (
    FindingsView,
    count_errors,
    platform_name,
    scrolling,
    severity_icon,
)
from medsos_desktop.ui.editor.platform_preview import PlatformPreview

if TYPE_CHECKING:
    from medsos_desktop.domain.platforms import Platform
    from medsos_desktop.domain.posts import MediaRef, PostContent
    from medsos_desktop.services.review import ReviewerInfo, ReviewService

THUMB = 100
CARD_WIDTH = 156  # room for a few words of alt text per line under the thumbnail
PHONE_IMAGE_SIDE = 1080  # enough for a phone-wide card, far less to paint than a 12 MP photo
PREFERRED_SIZE = QSize(1280, 720)


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class _CheckLabel(QLabel):
    """A check box's text that wraps (a QCheckBox's own text never does) and ticks it."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        box.setAccessibleName(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus()
        super().mousePressEvent(event)


class _ImageCard(QFrame):
    """A thumbnail with its alt text under it, or a note in the warning colour that it has none."""

    def __init__(self, index: int, ref: MediaRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_image")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        self.picture = QLabel(self)
        self.picture.setFixedSize(THUMB, THUMB)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setText(self.tr("Image {index}").format(index=index))
        self.picture.setStyleSheet("background: #eceff1; color: #607d8b;")
        self.picture.setToolTip(ref.filename)
        alt = ref.alt_text.strip()
        self.alt = QLabel(
            self.tr("{index}. {alt}").format(index=index, alt=alt)
            if alt
            else self.tr("{index}. No alt text").format(index=index),
            self,
        )
        self.alt.setObjectName("review_image_alt")
        self.alt.setWordWrap(True)
        self.alt.setTextFormat(Qt.TextFormat.PlainText)
        self.alt.setAlignment(Qt.AlignmentFlag.AlignTop)
        if not alt:
            self.alt.setStyleSheet(f"color: {SEVERITY_COLOURS[Severity.WARNING]};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.alt, 1)

    def show_image(self, image: QImage) -> None:
        if image.isNull():
            return
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.setStyleSheet("")


class PostPreview(QWidget):
    """The post as it goes out: per platform the exact final text, and the images."""

    def __init__(
        self,
        content: PostContent,
        findings: Mapping[Platform, Sequence[Finding]],
        load_blob: Callable[[str], bytes | None] | None,
        runner: TaskRunner,
        profile: AgencyProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("post_preview")
        self.texts: dict[Platform, QPlainTextEdit] = {}
        self.phones: dict[Platform, PlatformPreview] = {}
        self.pages: dict[Platform, QSplitter] = {}
        self.cards: list[_ImageCard] = []
        profile = profile or AgencyProfile()

        heading = _bold(QLabel(self.tr("As the public will see it"), self))
        title = QLabel(content.title or self.tr("(untitled)"), self)
        title.setObjectName("review_post_title")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        title.setFont(title_font)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("public_texts")
        self.tabs.setDocumentMode(True)
        for platform in content.platforms:
            # Beside the whole text, the post as the platform's feed shows it: the photo's
            # crop and where "… more" cuts the caption.
            page = QSplitter(Qt.Orientation.Horizontal, self)
            page.setObjectName(f"public_page_{platform.value}")
            phone = PlatformPreview(
                content, platform, None, profile.handles.get(platform, ""), name=profile.name
            )
            page.addWidget(PreviewScroll(phone, page))
            text = QPlainTextEdit(page)
            text.setObjectName(f"public_text_{platform.value}")
            text.setReadOnly(True)
            text.setPlainText(content.final_caption(platform))
            self._underline(text, findings.get(platform, ()))
            page.addWidget(text)
            page.setSizes([PREVIEW_MIN_WIDTH, 320])
            self.texts[platform], self.phones[platform], self.pages[platform] = text, phone, page
            index = self.tabs.addTab(page, platform_name(platform))
            worst = worst_severity(findings.get(platform, ()))
            if worst is not None and worst is not Severity.INFO:
                self.tabs.setTabIcon(index, severity_icon(self, worst))
        no_platform = QLabel(self.tr("No target platform is chosen for this post."), self)
        no_platform.setVisible(not content.platforms)
        self.tabs.setVisible(bool(content.platforms))

        media = content.media
        images_label = _bold(
            QLabel(self.tr("Photos and videos ({count})").format(count=len(media)), self)
        )
        if media:
            strip = QWidget(self)
            strip_layout = QHBoxLayout(strip)
            strip_layout.setContentsMargins(0, 0, 0, 0)
            for index, ref in enumerate(media, start=1):
                card = _ImageCard(index, ref, strip)
                self.cards.append(card)
                strip_layout.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
            strip_layout.addStretch(1)
            images: QWidget = QScrollArea(self)
            images.setWidget(strip)
            images.setWidgetResizable(True)
            images.setFrameShape(QFrame.Shape.NoFrame)
            images.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            images.setFixedHeight(THUMB + 84)
        else:
            images = QLabel(self.tr("This post has no photo or video."), self)
        images.setObjectName("review_images")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(heading)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(no_platform)
        layout.addWidget(images_label)
        layout.addWidget(images)

        if load_blob is not None:
            for card, ref in zip(self.cards, media, strict=True):
                runner.run(
                    lambda sha=ref.sha256: _scaled(load_blob(sha), THUMB),
                    on_done=card.show_image,
                )
            if media and self.phones:
                runner.run(
                    lambda sha=media[0].sha256: _scaled(load_blob(sha), PHONE_IMAGE_SIDE),
                    on_done=self._show_first_image,
                )

    def _show_first_image(self, image: QImage) -> None:
        for phone in self.phones.values():
            phone.set_image(image)

    @staticmethod
    def _underline(edit: QPlainTextEdit, findings: Sequence[Finding]) -> None:
        """Mark each finding's span in the final text, as the editor does in the caption."""
        text = edit.toPlainText()
        selections = []
        for finding in findings:
            if finding.end <= finding.start or finding.start >= len(text):
                continue
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(SEVERITY_COLOURS[finding.severity]))
            selection.format = fmt
            cursor = QTextCursor(edit.document())
            cursor.setPosition(qt_position(text, finding.start))
            cursor.setPosition(
                qt_position(text, min(finding.end, len(text))), QTextCursor.MoveMode.KeepAnchor
            )
            selection.cursor = cursor
            selections.append(selection)
        edit.setExtraSelections(selections)

    def show_finding(self, finding: Finding) -> None:
        """Switch to the finding's platform and select the text it is about."""
        edit = self.texts.get(finding.platform) if finding.platform else None
        if edit is None:
            return
        self.tabs.setCurrentWidget(self.pages[finding.platform])
        text = edit.toPlainText()
        if finding.end <= finding.start or finding.start >= len(text):
            return
        cursor = edit.textCursor()
        cursor.setPosition(qt_position(text, finding.start))
        cursor.setPosition(
            qt_position(text, min(finding.end, len(text))), QTextCursor.MoveMode.KeepAnchor
        )
        edit.setTextCursor(cursor)
        edit.centerCursor()


def _scaled(data: bytes | None, side: int) -> QImage:
    """Decoded and scaled on a worker thread (QImage, unlike QPixmap, may be)."""
    from medsos_desktop.ui.common.decode import decoded_image

    return decoded_image(data, side)


THUMB_SIDE = 96  # the chosen WhatsApp screenshot's thumbnail, in pixels


class ReviewDialog(QDialog):
    decided = Signal(str)  # "approved" or "changes_requested"

    def __init__(
        self,
        service: ReviewService,
        post_id: int,
        content: PostContent,
        findings: Mapping[Platform, Sequence[Finding]],
        reviewers: list[ReviewerInfo],
        *,
        load_blob: Callable[[str], bytes | None] | None = None,
        profile: AgencyProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_dialog")
        self.setWindowTitle(self.tr("Review: {title}").format(title=content.title))
        self.setSizeGripEnabled(True)
        self.service, self.post_id = service, post_id
        self.runner = TaskRunner(self, max_threads=1)
        self._focused = False
        self._working = False
        self._authors: set[int] = set()

        self.preview = PostPreview(
            content, findings, load_blob, self.runner, profile=profile, parent=self
        )
        findings_pane = self._build_findings(findings)
        decision_pane = self._build_decision(reviewers)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("review_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(findings_pane)
        self.splitter.addWidget(decision_pane)
        self.splitter.setStretchFactor(0, 6)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([560, 400, 320])

        self.message = QLabel(self)
        self.message.setObjectName("review_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {SEVERITY_COLOURS[Severity.ERROR]};")

        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setObjectName("approve")
        self.approve_button.setDefault(True)
        self.approve_button.clicked.connect(self._approve)
        self.back_button = QPushButton(self.tr("Send back for changes"), self)
        self.back_button.setObjectName("send_back")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self._send_back)
        cancel = QPushButton(QCoreApplication.translate("Dialogs", "Cancel"), self)
        cancel.setObjectName("review_cancel")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.approve_button)

        self._fill_reviewers(reviewers)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        # As large as a 1280x720 screen allows; capped to the real screen each time it opens.
        self.resize(PREFERRED_SIZE)
        cap_to_screen(self)

    # -- building ----------------------------------------------------------------------

    def _build_findings(self, findings: Mapping[Platform, Sequence[Finding]]) -> QWidget:
        pane = QWidget(self)
        errors = count_errors(findings)
        heading = _bold(QLabel(self.tr("Caption check findings"), pane))
        hint = QLabel(pane)
        hint.setObjectName("findings_hint")
        hint.setWordWrap(True)
        if errors:
            hint.setText(
                self.tr(
                    "{count} errors remain. Write a reason of at least {min} characters for "
                    "each one you accept, or send the post back to be fixed."
                ).format(count=errors, min=MIN_OVERRIDE_REASON)
            )
            hint.setStyleSheet(f"color: {SEVERITY_COLOURS[Severity.ERROR]};")
        else:
            hint.setText(self.tr("No errors. Warnings and notes need no reason."))
        self.findings_view = FindingsView(findings, with_reasons=True, show_clean=True, parent=pane)
        self.findings_view.finding_activated.connect(self.preview.show_finding)
        self.reasons: dict[str, QLineEdit] = self.findings_view.reasons
        for edit in self.reasons.values():
            edit.textChanged.connect(lambda _text: self.message.clear())
        self.findings_area = scrolling(self.findings_view, pane)
        self.findings_area.setObjectName("findings_area")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.findings_area, 1)
        return pane

    def _build_decision(self, reviewers: list[ReviewerInfo]) -> QWidget:
        body = QWidget(self)
        self.reviewer = QComboBox(body)
        self.reviewer.setObjectName("reviewer")
        # Long names and roles may be cut, rather than push the column wider than its room.
        self.reviewer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reviewer.setMinimumContentsLength(12)
        self.reviewer.currentIndexChanged.connect(self._reviewer_changed)
        self.author_note = QLabel(
            self.tr(
                "This reviewer wrote or submitted the post and cannot approve it; choose another."
            ),
            body,
        )
        self.author_note.setObjectName("author_note")
        self.author_note.setWordWrap(True)
        self.author_note.setStyleSheet(f"color: {SEVERITY_COLOURS[Severity.WARNING]};")
        self.pin = QLineEdit(body)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("The reviewer's PIN"))
        # How the head gives their approval: their PIN here (the usual way, first), or a
        # WhatsApp reply the admin records with its screenshot (the weakest proof, and
        # shown as such to Diskominfo).
        self.by_whatsapp = QCheckBox(self.tr("The head replied by WhatsApp instead"), body)
        self.by_whatsapp.setObjectName("by_whatsapp")
        self.by_whatsapp.toggled.connect(self._method_changed)
        self.whatsapp_box = self._build_whatsapp(body)
        who = QFormLayout()
        who.addRow(self.tr("Reviewer"), self.reviewer)
        self.pin_label = QLabel(self.tr("PIN"), body)
        who.addRow(self.pin_label, self.pin)
        who.addRow(self.by_whatsapp)
        who.addRow(self.whatsapp_box)
        who.addRow(self.author_note)

        # Adding a reviewer is folded away unless there is nobody to choose yet.
        self.new_toggle = QToolButton(body)
        self.new_toggle.setObjectName("new_reviewer_toggle")
        self.new_toggle.setText(self.tr("Add a reviewer"))
        self.new_toggle.setCheckable(True)
        self.new_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_toggle.setAutoRaise(True)
        self.new_box = QGroupBox(body)
        self.new_box.setObjectName("new_reviewer_box")
        new_form = QFormLayout(self.new_box)
        self.new_name = QLineEdit(self.new_box)
        self.new_name.setObjectName("new_reviewer_name")
        self.new_role = QComboBox(self.new_box)
        self.new_role.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for role in ReviewerRole:
            self.new_role.addItem(qt_translate("Review", ROLE_LABELS[role]), role.value)
        self.new_pin = QLineEdit(self.new_box)
        self.new_pin.setObjectName("new_reviewer_pin")
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText(self.tr("6 to 12 digits, chosen by the reviewer"))
        self.add_button = QPushButton(self.tr("Add reviewer"), self.new_box)
        self.add_button.setObjectName("add_reviewer")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_reviewer)
        new_form.addRow(self.tr("Name"), self.new_name)
        new_form.addRow(self.tr("Role"), self.new_role)
        new_form.addRow(self.tr("PIN"), self.new_pin)
        new_form.addRow("", self.add_button)
        self.new_toggle.toggled.connect(self._show_new_reviewer)
        self._show_new_reviewer(not reviewers)

        checklist_box = QGroupBox(self.tr("Checklist"), body)
        checklist_layout = QGridLayout(checklist_box)
        checklist_layout.setColumnStretch(1, 1)
        self.checks: dict[str, QCheckBox] = {}
        for row, (key, label) in enumerate(CHECKLIST):
            box = QCheckBox(checklist_box)
            box.setObjectName(f"check_{key}")
            self.checks[key] = box
            checklist_layout.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            text = _CheckLabel(qt_translate("Review", label), box, checklist_box)
            checklist_layout.addWidget(text, row, 1)

        self.comment = QPlainTextEdit(body)
        self.comment.setObjectName("review_comment")
        self.comment.setPlaceholderText(
            self.tr("Comment for the admin (required when sending back)")
        )
        self.comment.setMinimumHeight(70)
        self.comment.setMaximumHeight(120)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 0, 4, 0)
        layout.addWidget(_bold(QLabel(self.tr("Decision"), body)))
        layout.addLayout(who)
        layout.addWidget(self.new_toggle)
        layout.addWidget(self.new_box)
        layout.addWidget(checklist_box)
        layout.addWidget(QLabel(self.tr("Comment"), body))
        layout.addWidget(self.comment)
        layout.addStretch(1)
        self.decision_area = scrolling(body, self)
        self.decision_area.setObjectName("decision_area")
        return self.decision_area

    def _build_whatsapp(self, body: QWidget) -> QWidget:
        box = QWidget(body)
        box.setObjectName("whatsapp_box")
        note = QLabel(
            self.tr(
                "Only when the head cannot approve on this PC or their own. Attach the "
                "screenshot of their reply: it goes with the post to Diskominfo, which sees "
                "this approval as the weakest proof."
            ),
            box,
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {SEVERITY_COLOURS[Severity.WARNING]};")
        self.screenshot_button = QPushButton(self.tr("Choose the screenshot…"), box)
        self.screenshot_button.setObjectName("choose_screenshot")
        self.screenshot_button.setAutoDefault(False)
        self.screenshot_button.clicked.connect(self._choose_screenshot)
        # The chosen screenshot: its thumbnail and its file name, in an area of a fixed size
        # (it grew by the picture's height before, and moved the checklist under the mouse).
        self.screenshot_thumb = QLabel(box)
        self.screenshot_thumb.setObjectName("screenshot_thumb")
        self.screenshot_thumb.setFixedSize(THUMB_SIDE, THUMB_SIDE)
        self.screenshot_thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screenshot_thumb.setFrameShape(QFrame.Shape.StyledPanel)
        self.screenshot_view = QLabel(self.tr("No screenshot chosen yet."), box)
        self.screenshot_view.setObjectName("screenshot_view")
        self.screenshot_view.setWordWrap(True)
        self.screenshot_view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.screenshot_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shot_area = QWidget(box)
        shot_area.setObjectName("screenshot_area")
        shot_area.setFixedHeight(THUMB_SIDE)
        shot_row = QHBoxLayout(shot_area)
        shot_row.setContentsMargins(0, 0, 0, 0)
        shot_row.addWidget(self.screenshot_thumb)
        shot_row.addWidget(self.screenshot_view, 1)
        self.received = QDateTimeEdit(QDateTime.currentDateTime(), box)
        self.received.setObjectName("reply_received")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(note)
        form.addRow(self.screenshot_button)
        form.addRow(shot_area)
        form.addRow(self.tr("Reply received"), self.received)
        box.setVisible(False)
        self._screenshot: Path | None = None
        return box

    def _method_changed(self) -> None:
        whatsapp = self.by_whatsapp.isChecked()
        self.pin.setVisible(not whatsapp)
        self.pin_label.setVisible(not whatsapp)
        self.whatsapp_box.setVisible(whatsapp)
        # A WhatsApp reply approves; sending back needs the head's own PIN (or their PC).
        self.back_button.setVisible(not whatsapp)
        self.message.clear()

    def _choose_screenshot(self) -> None:
        dialog = file_dialog(self, self.tr("The screenshot of the WhatsApp reply"), "pictures")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        use_image_filters(dialog)
        dialog.fileSelected.connect(lambda name: self.use_screenshot(Path(name)))
        self._file_dialog = dialog
        dialog.open()

    def use_screenshot(self, path: Path) -> None:
        """The screenshot chosen: its name at once, its thumbnail once read on a worker."""
        self._screenshot = path
        self.screenshot_view.setText(path.name)
        self.screenshot_view.setToolTip(str(path))
        self.screenshot_thumb.clear()
        self.screenshot_thumb.setText("…")
        ratio = self.devicePixelRatioF()
        side = int((THUMB_SIDE - 4) * ratio)

        def load() -> QImage:
            from medsos_desktop.render.images import read_image_file

            return _scaled(read_image_file(path), side)

        def shown(image: QImage) -> None:
            if self._screenshot != path:
                return  # another one was chosen meanwhile
            if image.isNull():
                self.screenshot_thumb.setText("?")
                self.screenshot_view.setText(
                    self.tr("{name}: this file cannot be shown as an image.").format(name=path.name)
                )
                return
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.screenshot_thumb.setPixmap(pixmap)

        def failed(exc: BaseException) -> None:
            if self._screenshot == path:
                self._screenshot = None
                self.screenshot_thumb.clear()
                self.screenshot_view.setText(self.tr("No screenshot chosen yet."))
            self._failed(exc)

        self.runner.run(load, on_done=shown, on_error=failed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused:
            self._focused = True
            (self.pin if self.reviewer.count() else self.new_name).setFocus()

    # -- behaviour ---------------------------------------------------------------------

    def _fill_reviewers(self, reviewers: list[ReviewerInfo], select: int | None = None) -> None:
        """Each reviewer with their position; who wrote or submitted the post is marked, and
        someone else is chosen first."""
        self._authors = {info.id for info in reviewers if info.is_author}
        self.reviewer.blockSignals(True)
        self.reviewer.clear()
        for info in reviewers:
            position = info.jabatan or qt_translate("Review", ROLE_LABELS[info.role])
            text = f"{info.name} — {position}"
            if info.is_author:
                text += " " + self.tr("(wrote or submitted this post)")
            self.reviewer.addItem(text, info.id)
        others = [info.id for info in reviewers if not info.is_author]
        chosen = select if select is not None else (others[0] if others else None)
        if chosen is not None:
            self.reviewer.setCurrentIndex(max(0, self.reviewer.findData(chosen)))
        self.reviewer.blockSignals(False)
        self._reviewer_changed()

    def _reviewer_changed(self) -> None:
        """The author of a post cannot approve it: say so before they try."""
        is_author = self.reviewer.currentData() in self._authors
        self.author_note.setVisible(is_author)
        self.approve_button.setEnabled(not is_author and not self._working)

    def _show_new_reviewer(self, shown: bool) -> None:
        self.new_toggle.setChecked(shown)
        self.new_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.new_box.setVisible(shown)

    def _busy(self, busy: bool) -> None:
        self._working = busy
        for button in (self.back_button, self.add_button):
            button.setEnabled(not busy)
        self._reviewer_changed()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.message.setText(error_message(exc))

    def _add_reviewer(self) -> None:
        name, pin = self.new_name.text(), self.new_pin.text()
        role = ReviewerRole(self.new_role.currentData())
        self._busy(True)

        def done(info: ReviewerInfo) -> None:
            self._busy(False)
            self.runner.run(
                lambda: self.service.reviewers(self.post_id),
                on_done=lambda all_: self._fill_reviewers(all_, info.id),
            )
            self.new_name.clear()
            self.new_pin.clear()
            self._show_new_reviewer(False)
            self.message.setText("")
            self.pin.setFocus()

        self.runner.run(
            lambda: self.service.add_reviewer(name, role, pin), on_done=done, on_error=self._failed
        )

    def _decide(self, work: object, decision: str) -> None:
        self._busy(True)

        def done(_result: object) -> None:
            self.decided.emit(decision)
            self.accept()

        self.runner.run(work, on_done=done, on_error=self._failed)  # type: ignore[arg-type]

    def _missing_reasons(self) -> list[QLineEdit]:
        return [
            edit for edit in self.reasons.values() if len(edit.text().strip()) < MIN_OVERRIDE_REASON
        ]

    def _approve(self) -> None:
        reviewer_id, pin = self.reviewer.currentData(), self.pin.text()
        if reviewer_id is None:
            self.message.setText(self.tr("Choose a reviewer, or add one first."))
            return
        missing = self._missing_reasons()
        if missing:
            # Said here, in the reviewer's language, with the field to fill in view.
            self.message.setText(
                self.tr(
                    "Not approved: {count} errors still need a reason of at least {min} "
                    "characters, or the post must be sent back to be fixed."
                ).format(count=len(missing), min=MIN_OVERRIDE_REASON)
            )
            self.findings_area.ensureWidgetVisible(missing[0])
            missing[0].setFocus()
            return
        checklist = {key: box.isChecked() for key, box in self.checks.items()}
        overrides = {key: edit.text() for key, edit in self.reasons.items()}
        comment = self.comment.toPlainText()
        if self.by_whatsapp.isChecked():
            path = self._screenshot
            if path is None:
                self.message.setText(
                    self.tr("Attach the screenshot of the WhatsApp reply, or use the PIN.")
                )
                return
            received = self.received.dateTime().toUTC().toPython().replace(tzinfo=None)

            def record() -> None:
                from medsos_desktop.render.images import read_image_file

                self.service.approve_by_whatsapp(
                    self.post_id,
                    reviewer_id,
                    read_image_file(path),
                    path.name,
                    received,
                    checklist,
                    overrides,
                    comment,
                )

            self._decide(record, "approved")
            return
        self._decide(
            lambda: self.service.approve(
                self.post_id, reviewer_id, pin, checklist, overrides, comment
            ),
            "approved",
        )

    def _send_back(self) -> None:
        reviewer_id, pin = self.reviewer.currentData(), self.pin.text()
        comment = self.comment.toPlainText()
        if reviewer_id is None:
            self.message.setText(self.tr("Choose a reviewer, or add one first."))
            return
        self._decide(
            lambda: self.service.request_changes(self.post_id, reviewer_id, pin, comment),
            "changes_requested",
        )
