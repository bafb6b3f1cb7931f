"""Caption findings as a person reads them: grouped by platform, each with its severity as an
icon and a word, in the user's language. The review adds a written reason to each error; the
submit guard lists the errors and asks whether to submit anyway."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.checks import Finding, Severity
from medsos_desktop.domain.platforms import Platform, platform_label
from medsos_desktop.ui.common.screen_fit import cap_to_screen
from medsos_desktop.ui.common.translation import qt_translate
from medsos_desktop.ui.editor.caption_tab import SEVERITY_COLOURS, severity_label

_SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
ICON_SIZE = 18


def platform_name(platform: Platform) -> str:
    """The platform's display name in the user's language ("Instagram", "X")."""
    return qt_translate("Platform", platform_label(platform))


def severity_icon(widget: QWidget, severity: Severity) -> QIcon:
    return widget.style().standardIcon(_ICONS[severity], None, widget)


def severity_summary(findings: Sequence[Finding]) -> str:
    """The count of each severity present, e.g. "Kesalahan: 2 · Peringatan: 1"."""
    parts = []
    for severity in _SEVERITY_ORDER:
        count = sum(1 for f in findings if f.severity is severity)
        if count:
            parts.append(f"{severity_label(severity)}: {count}")
    return " · ".join(parts)


def count_errors(findings: Mapping[Platform, Sequence[Finding]]) -> int:
    return sum(1 for group in findings.values() for f in group if f.severity is Severity.ERROR)


class FindingRow(QFrame):
    """One finding: icon, severity word, the message; for a reviewed error, a reason field."""

    activated = Signal(Finding)

    def __init__(self, finding: Finding, with_reason: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("finding_row")
        colour = SEVERITY_COLOURS[finding.severity]
        icon = QLabel(self)
        icon.setPixmap(severity_icon(self, finding.severity).pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.severity = QLabel(severity_label(finding.severity), self)
        self.severity.setObjectName("finding_severity")
        self.severity.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.severity.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(finding.render(qt_translate), self)
        self.message.setObjectName("finding_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason: QLineEdit | None = None

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.addWidget(icon, 0, 0)
        grid.addWidget(self.severity, 0, 1)
        grid.addWidget(self.message, 0, 2)
        grid.setColumnStretch(2, 1)
        if with_reason and finding.severity is Severity.ERROR:
            self.reason = QLineEdit(self)
            self.reason.setObjectName("finding_reason")
            self.reason.setPlaceholderText(self.tr("Why publish it as it is (required)"))
            grid.addWidget(self.reason, 1, 2)
        if finding.end > finding.start:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(self.tr("Click to show the marked text in the post"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.finding)
        super().mousePressEvent(event)


class FindingsView(QWidget):
    """Findings grouped by platform, in the order the post targets them; the worst first.

    With `with_reasons`, every error has a reason field, kept in `reasons` under the
    finding's key (what the review service expects).
    """

    finding_activated = Signal(Finding)

    def __init__(
        self,
        findings: Mapping[Platform, Sequence[Finding]],
        *,
        with_reasons: bool = False,
        show_clean: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findings_view")
        self.reasons: dict[str, QLineEdit] = {}
        self.rows: list[FindingRow] = []
        self.headers: dict[Platform, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        rank = {severity: index for index, severity in enumerate(_SEVERITY_ORDER)}
        for platform, group in findings.items():
            if not group and not show_clean:
                continue
            header = QLabel(self)
            header.setObjectName(f"findings_header_{platform.value}")
            bold = QFont(header.font())
            bold.setBold(True)
            header.setFont(bold)
            summary = severity_summary(group) or self.tr("no problems found")
            header.setText(f"{platform_name(platform)} — {summary}")
            header.setWordWrap(True)
            header.setStyleSheet("background: #eceff1; padding: 4px 6px; border-radius: 3px;")
            self.headers[platform] = header
            layout.addWidget(header)
            for finding in sorted(group, key=lambda f: (rank[f.severity], f.start, f.code)):
                row = FindingRow(finding, with_reasons, self)
                row.activated.connect(self.finding_activated)
                if row.reason is not None:
                    self.reasons[finding.key] = row.reason
                self.rows.append(row)
                layout.addWidget(row)
        layout.addStretch(1)


def scrolling(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """A frame-less vertical scroll area around `widget`, sized by its parent, not by it."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class SubmitGuardDialog(QDialog):
    """Before a post with errors goes to the head of office: list them and ask.

    Accepted means "submit anyway"; open it with open() and act on `accepted`.
    """

    def __init__(
        self, errors: Mapping[Platform, Sequence[Finding]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("submit_guard")
        self.setWindowTitle(self.tr("Submit with errors?"))
        count = count_errors(errors)
        intro = QLabel(
            self.tr(
                "This post still has {count} errors. Fix them first, or submit anyway: "
                "the reviewer must then write a reason for each one before approving."
            ).format(count=count),
            self,
        )
        intro.setObjectName("submit_guard_intro")
        intro.setWordWrap(True)
        self.view = FindingsView(errors, parent=self)
        self.fix_button = QPushButton(self.tr("Fix first"), self)
        self.fix_button.setObjectName("fix_first")
        self.fix_button.setDefault(True)
        self.fix_button.clicked.connect(self.reject)
        self.submit_button = QPushButton(self.tr("Submit anyway"), self)
        self.submit_button.setObjectName("submit_anyway")
        self.submit_button.setAutoDefault(False)
        self.submit_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scrolling(self.view, self), 1)
        layout.addLayout(buttons)
        # As tall as the list needs, up to a size that leaves the post in sight behind it.
        width = 680
        needed = intro.heightForWidth(width) + self.view.heightForWidth(width - 40) + 90
        self.resize(width, max(240, min(520, needed)))
        cap_to_screen(self)
