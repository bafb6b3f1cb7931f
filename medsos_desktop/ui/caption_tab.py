"""One platform's caption: its own text (or the base one), length, findings, a copy button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.checks import Finding, Severity
from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.ui.caption_edit import CaptionEdit
from medsos_desktop.ui.translation import qt_translate

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


class CaptionTab(QWidget):
    text_edited = Signal(object, str)  # platform, text
    files_dropped = Signal(list)
    reset_requested = Signal(object)
    copy_requested = Signal(object)

    def __init__(self, platform: Platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.setObjectName(f"caption_tab_{platform.value}")
        self._loading = False
        self._findings: list[Finding] = []

        self.editor = CaptionEdit(self)
        self.editor.files_dropped.connect(self.files_dropped)
        self.editor.setObjectName(f"variant_{platform.value}")
        self.editor.setPlaceholderText(self.tr("Caption for this platform"))
        self.editor.textChanged.connect(self._on_text)

        self.follow_label = QLabel(self)
        self.reset_button = QPushButton(self.tr("Use the base caption again"), self)
        self.reset_button.clicked.connect(lambda: self.reset_requested.emit(self.platform))
        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        self.copy_button = QPushButton(
            self.tr("Copy caption for {platform}").format(platform=RULES[platform].label), self
        )
        self.copy_button.setObjectName(f"copy_{platform.value}")
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.platform))

        self.findings_list = QListWidget(self)
        self.findings_list.setObjectName(f"findings_{platform.value}")
        self.findings_list.setWordWrap(True)
        self.findings_list.setMaximumHeight(110)
        self.findings_list.itemActivated.connect(self._select_finding)
        self.findings_list.itemClicked.connect(self._select_finding)

        top = QHBoxLayout()
        top.addWidget(self.follow_label, 1)
        top.addWidget(self.reset_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counter, 1)
        bottom.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.findings_list)

    def set_body(self, text: str, diverged: bool) -> None:
        """Show the text without reporting it as an edit; keep the cursor where it was."""
        if self.editor.toPlainText() != text:
            self._loading = True
            cursor_pos = self.editor.textCursor().position()
            self.editor.setPlainText(text)
            cursor = self.editor.textCursor()
            cursor.setPosition(min(cursor_pos, len(text)))
            self.editor.setTextCursor(cursor)
            self._loading = False
        self.follow_label.setText(
            self.tr("Differs from the base caption")
            if diverged
            else self.tr("Follows the base caption; type here to write a version for this platform")
        )
        self.follow_label.setStyleSheet("color: #b26a00; font-weight: 600;" if diverged else "")
        self.reset_button.setVisible(diverged)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        self.reset_button.setEnabled(not read_only)

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
            self.tr("{count} / {limit} {unit} (with hashtags and mentions)").format(
                count=length, limit=rules.caption_limit, unit=unit
            )
        )
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

    def _underline(self, findings: list[Finding]) -> None:
        text = self.editor.toPlainText()
        length = len(text)
        selections = []
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
        if not span:
            return
        start, end = span
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
