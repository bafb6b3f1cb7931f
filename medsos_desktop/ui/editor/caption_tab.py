"""One platform's caption: its whole final text (the standard one or its own), its length,
findings and copy button, beside a preview of the post as the platform shows it."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.checks import Finding, Severity
from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.domain.posts import PostContent
from medsos_desktop.domain.preview import (
    SURFACES,
    Surface,
    cut_rule,
    is_full_screen,
    needs_picture,
    ratio_label,
    shows_caption,
)
from medsos_desktop.ui.common.translation import qt_translate
from medsos_desktop.ui.editor.caption_edit import CaptionEdit
from medsos_desktop.ui.editor.platform_preview import DEVICE_WIDTH, MAX_SCALE, PlatformPreview

SEVERITY_COLOURS = {
    Severity.ERROR: "#c62828",
    Severity.WARNING: "#b26a00",
    Severity.INFO: "#1565c0",
}


def qt_position(text: str, index: int) -> int:
    """Python indexes code points; QTextCursor counts UTF-16 units (an emoji is two)."""
    return len(text[:index].encode("utf-16-le")) // 2


def severity_label(severity: Severity) -> str:
    labels = {
        Severity.ERROR: QCoreApplication.translate("CaptionTab", "Error"),
        Severity.WARNING: QCoreApplication.translate("CaptionTab", "Warning"),
        Severity.INFO: QCoreApplication.translate("CaptionTab", "Info"),
    }
    return labels[severity]


# Wide enough for a feed card to be read without zooming; the editor keeps the rest.
PREVIEW_WIDTH = 300
PREVIEW_MIN_WIDTH = 220
# A feed card may shrink to this fraction of the column's width before it scrolls instead.
SHRINK_TO_FIT = 0.85


class PreviewScroll(QScrollArea):
    """Shows a full-screen surface whole, and a feed card as wide as the column, scrolling
    down a long caption instead of shrinking it to unreadable text."""

    def __init__(self, preview: PlatformPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        self.setWidget(preview)
        self.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        preview.layout_changed.connect(self.fit)

    def sizeHint(self) -> QSize:
        return QSize(PREVIEW_MIN_WIDTH, 460)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def fit(self) -> None:
        """Size the preview for the column; a hidden tab's preview waits until it is shown."""
        if not self.isVisible():
            return
        viewport = self.viewport().size()
        if is_full_screen(self.preview.platform, self.preview.surface):
            height = viewport.height()
        else:
            # Full width, scrolling, unless shrinking a little more shows it all at once.
            card = self.preview.render_height()
            scale = min(self.width() / DEVICE_WIDTH, MAX_SCALE)
            if viewport.height() >= card * scale * SHRINK_TO_FIT:
                height = viewport.height()
            else:
                height = math.ceil(card * min(viewport.width() / DEVICE_WIDTH, MAX_SCALE)) + 2
        self.preview.setMinimumHeight(height)
        self.preview.setMaximumHeight(height)


def surface_label(surface: Surface) -> str:
    labels = {
        Surface.FEED: QCoreApplication.translate("CaptionTab", "Feed"),
        Surface.REELS: QCoreApplication.translate("CaptionTab", "Reels"),
        Surface.STORY: QCoreApplication.translate("CaptionTab", "Story"),
        Surface.VIDEO: QCoreApplication.translate("CaptionTab", "Video"),
        Surface.SHORTS: QCoreApplication.translate("CaptionTab", "Shorts"),
    }
    return labels[surface]


class CaptionTab(QWidget):
    text_edited = Signal(Platform, str)  # the tab's platform, its caption
    files_dropped = Signal(list)
    reset_requested = Signal(Platform)
    copy_requested = Signal(Platform)

    def __init__(self, platform: Platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.setObjectName(f"caption_tab_{platform.value}")
        self._loading = False
        self._findings: list[Finding] = []
        self._marks: list[tuple[int, int]] = []  # spans a reviewer commented on
        self._diverged = False

        self.editor = CaptionEdit(self)
        self.editor.files_dropped.connect(self.files_dropped)
        self.editor.setObjectName(f"variant_{platform.value}")
        self.editor.setPlaceholderText(self.tr("Caption for this platform"))
        self.editor.textChanged.connect(self._on_text)

        self.follow_label = QLabel(self)
        self.follow_label.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Follow the base caption again"), self)
        self.reset_button.setObjectName(f"reset_{platform.value}")
        self.reset_button.clicked.connect(lambda: self.reset_requested.emit(self.platform))
        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        self.counter.setWordWrap(True)
        self.copy_button = QPushButton(
            self.tr("Copy caption for {platform}").format(platform=RULES[platform].label), self
        )
        self.copy_button.setObjectName(f"copy_{platform.value}")
        self.copy_button.setToolTip(
            self.tr("Copies exactly the text above, as the preview shows it")
        )
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.platform))

        self.findings_list = QListWidget(self)
        self.findings_list.setObjectName(f"findings_{platform.value}")
        self.findings_list.setWordWrap(True)
        # Long findings (a NIK, 31 hashtags) wrap to three lines: room for a few, then it
        # scrolls; items are laid out again when the width changes.
        self.findings_list.setMaximumHeight(self.findings_list.fontMetrics().lineSpacing() * 8)
        self.findings_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.findings_list.itemActivated.connect(self._select_finding)
        self.findings_list.itemClicked.connect(self._select_finding)

        self.preview = PlatformPreview(PostContent(), platform, parent=self)
        self.surface_buttons = QButtonGroup(self)
        self.surface_buttons.setExclusive(True)
        surfaces_row = QHBoxLayout()
        surfaces_row.setSpacing(2)
        preview_title = QLabel(self.tr("Preview"), self)
        preview_title.setStyleSheet("font-weight: 600;")
        surfaces_row.addWidget(preview_title)
        surfaces_row.addStretch(1)
        for surface in SURFACES[platform]:
            button = QToolButton(self)
            button.setObjectName(f"surface_{platform.value}_{surface.value}")
            button.setText(surface_label(surface))
            button.setCheckable(True)
            button.setChecked(surface is self.preview.surface)
            button.setVisible(len(SURFACES[platform]) > 1)
            button.clicked.connect(lambda _checked=False, s=surface: self.set_surface(s))
            self.surface_buttons.addButton(button)
            surfaces_row.addWidget(button)
        self.preview_note = QLabel(self)
        self.preview_note.setObjectName(f"preview_note_{platform.value}")
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet("color: #555;")
        note_font = self.preview_note.font()
        note_font.setPixelSize(11)
        self.preview_note.setFont(note_font)
        # Room for three lines always, so switching surfaces never moves the editor's rows.
        self.preview_note.setFixedHeight(self.preview_note.fontMetrics().lineSpacing() * 3 + 4)

        top = QHBoxLayout()
        top.addWidget(self.follow_label, 1)
        top.addWidget(self.reset_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counter, 1)
        bottom.addWidget(self.copy_button)
        text_side = QWidget(self)
        text_layout = QVBoxLayout(text_side)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addLayout(top)
        text_layout.addWidget(self.editor, 1)
        text_layout.addLayout(bottom)
        text_layout.addWidget(self.findings_list)
        preview_side = QWidget(self)
        preview_side.setObjectName(f"preview_side_{platform.value}")
        preview_layout = QVBoxLayout(preview_side)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addLayout(surfaces_row)
        self.preview_scroll = PreviewScroll(self.preview, self)
        preview_layout.addWidget(self.preview_scroll, 1)
        preview_layout.addWidget(self.preview_note)
        # Narrower on small screens, never wider than a phone card needs.
        preview_side.setMinimumWidth(PREVIEW_MIN_WIDTH)
        preview_side.setMaximumWidth(PREVIEW_WIDTH)
        layout = QHBoxLayout(self)
        layout.addWidget(text_side, 1)
        layout.addWidget(preview_side, 1)
        self._update_note()

    def set_text(self, text: str, diverged: bool) -> None:
        """Show the platform's whole final text without reporting it as an edit; keep the
        cursor where it was."""
        if self.editor.toPlainText() != text:
            self._loading = True
            cursor_pos = self.editor.textCursor().position()
            self.editor.setPlainText(text)
            cursor = self.editor.textCursor()
            cursor.setPosition(min(cursor_pos, len(self.editor.toPlainText())))
            self.editor.setTextCursor(cursor)
            self._loading = False
        self._diverged = diverged
        self._update_follow_label()

    # -- preview ---------------------------------------------------------------------------

    def set_preview_content(self, content: PostContent) -> None:
        self.preview.set_content(content)
        self._update_note()

    def set_preview_image(self, image: QImage | None) -> None:
        self.preview.set_image(image)
        self._update_note()

    def set_account(self, name: str, handle: str, avatar: QImage | None = None) -> None:
        self.preview.set_account(name, handle, avatar)

    def set_surface(self, surface: Surface) -> None:
        self.preview.set_surface(surface)
        for button in self.surface_buttons.buttons():
            button.setChecked(button.objectName().endswith(f"_{surface.value}"))
        self._update_note()

    def _update_note(self) -> None:
        """In words: what the platform cuts from the photo, what its buttons cover, where
        the caption stops."""
        platform, surface = self.platform, self.preview.surface
        notes: list[str] = []
        placed = self.preview.photo_placement()
        if placed is None:
            notes.append(
                self.tr("No photo yet.")
                if needs_picture(platform, surface)
                else self.tr("Text only: no photo attached.")
            )
        elif placed.letterboxed:
            notes.append(self.tr("Photo shown whole, not cropped."))
        else:
            shape = ratio_label(placed.frame_ratio)
            if placed.cut_top_bottom:
                notes.append(self.tr("Cropped to {shape}: top and bottom cut off."))
            elif placed.cut_sides:
                notes.append(self.tr("Cropped to {shape}: sides cut off."))
            else:
                notes.append(self.tr("Whole photo shown ({shape})."))
            notes[-1] = notes[-1].format(shape=shape)
        if is_full_screen(platform, surface):
            notes.append(self.tr("Shaded: covered by the app's buttons."))
        if not shows_caption(platform, surface):
            notes.append(self.tr("No caption on this screen."))
        elif cut_rule(platform, surface) is not None and self.preview.caption_view().truncated:
            notes.append(self.tr("The rest after “more”."))
        self.preview_note.setText(" ".join(notes))

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        self.reset_button.setEnabled(not read_only)
        self._update_follow_label()

    def _update_follow_label(self) -> None:
        diverged = self._diverged
        label = RULES[self.platform].label
        self.follow_label.setText(
            self.tr("{platform}'s own text: edits to the base caption no longer reach it.").format(
                platform=label
            )
            if diverged
            else self.tr("Base caption, mentions and hashtags, exactly as posted.")
            if self.editor.isReadOnly()
            else self.tr(
                "Base caption, mentions and hashtags, exactly as posted. Type here to give "
                "{platform} its own text."
            ).format(platform=label)
        )
        self.follow_label.setStyleSheet("color: #b26a00; font-weight: 600;" if diverged else "")
        self.reset_button.setVisible(diverged)

    def _on_text(self) -> None:
        if not self._loading:
            self.text_edited.emit(self.platform, self.editor.toPlainText())

    def show_findings(self, findings: list[Finding], length: int) -> None:
        """Show the checks' result; `length` is the final caption in the platform's unit."""
        self._findings = findings
        rules = RULES[self.platform]
        unit = {
            "chars": self.tr("characters"),
            "x_weighted": self.tr("characters (X count)"),
            "utf8_bytes": self.tr("bytes"),
        }[rules.length_unit]
        self.counter.setText(
            self.tr("{count} / {limit} {unit}").format(
                count=length, limit=rules.caption_limit, unit=unit
            )
        )
        overflow = next((f.start for f in findings if f.code == "length.exceeded"), None)
        self.preview.set_overflow_start(overflow)
        over = length > rules.caption_limit
        self.counter.setStyleSheet("color: #c62828; font-weight: 600;" if over else "")
        self.findings_list.clear()
        if not findings:
            item = QListWidgetItem(
                self.tr("No problems found for {platform}.").format(platform=rules.label)
            )
            item.setForeground(QBrush(QColor("#2e7d32")))
            self.findings_list.addItem(item)
        for finding in findings:
            item = QListWidgetItem(
                f"{severity_label(finding.severity)}: {finding.render(qt_translate)}"
            )
            item.setForeground(QBrush(QColor(SEVERITY_COLOURS[finding.severity])))
            item.setData(Qt.ItemDataRole.UserRole, (finding.start, finding.end))
            self.findings_list.addItem(item)
        self._underline(findings)

    def set_review_marks(self, spans: list[tuple[int, int]]) -> None:
        """Mark the spans of the caption a reviewer commented on (a coloured background),
        under the findings' underlines."""
        self._marks = list(spans)
        self._underline(self._findings)

    @property
    def review_marks(self) -> list[tuple[int, int]]:
        return list(self._marks)

    def _underline(self, findings: list[Finding]) -> None:
        from medsos_desktop.ui.editor.review_notes import MARK_COLOUR

        text = self.editor.toPlainText()
        length = len(text)
        selections = []
        for start, end in self._marks:
            if end <= start or start >= length:
                continue
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(MARK_COLOUR))
            selection.format = fmt
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(qt_position(text, start))
            cursor.setPosition(qt_position(text, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        for finding in findings:
            if finding.end <= finding.start or finding.start >= length:
                continue
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(SEVERITY_COLOURS[finding.severity]))
            selection.format = fmt
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(qt_position(text, finding.start))
            cursor.setPosition(
                qt_position(text, min(finding.end, length)), QTextCursor.MoveMode.KeepAnchor
            )
            selection.cursor = cursor
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def _select_finding(self, item: QListWidgetItem) -> None:
        span = item.data(Qt.ItemDataRole.UserRole)
        if span:
            self.select_span(*span)

    def select_span(self, start: int, end: int) -> None:
        """Select a span of the caption (Python indexes) and put the cursor there."""
        text = self.editor.toPlainText()
        if end <= start or start >= len(text):
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(qt_position(text, start))
        cursor.setPosition(qt_position(text, min(end, len(text))), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    @property
    def findings(self) -> list[Finding]:
        return self._findings
