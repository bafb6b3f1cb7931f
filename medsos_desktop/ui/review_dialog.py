"""The head of office's review: PIN, checklist, reasons for remaining findings, decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.review import CHECKLIST, ROLE_LABELS, ReviewerRole
from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.ui.tasks import TaskRunner
from medsos_desktop.ui.translation import qt_translate

if TYPE_CHECKING:
    from medsos_desktop.domain.review import BlockingFinding
    from medsos_desktop.services.review import ReviewerInfo, ReviewService


class ReviewDialog(QDialog):
    decided = Signal(str)  # "approved" or "changes_requested"

    def __init__(
        self,
        service: ReviewService,
        post_id: int,
        title: str,
        reviewers: list[ReviewerInfo],
        blocking: list[BlockingFinding],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_dialog")
        self.setWindowTitle(self.tr("Review: {title}").format(title=title))
        self.resize(640, 640)
        self.service, self.post_id = service, post_id
        self.runner = TaskRunner(self, max_threads=1)

        self.reviewer = QComboBox(self)
        self.reviewer.setObjectName("reviewer")
        self._fill_reviewers(reviewers)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("The reviewer's PIN"))
        who = QFormLayout()
        who.addRow(self.tr("Reviewer"), self.reviewer)
        who.addRow(self.tr("PIN"), self.pin)

        new_box = QGroupBox(self.tr("Add a reviewer"), self)
        new_box.setCheckable(True)
        new_box.setChecked(not reviewers)
        new_form = QFormLayout(new_box)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("new_reviewer_name")
        self.new_role = QComboBox(self)
        for role in ReviewerRole:
            self.new_role.addItem(qt_translate("Review", ROLE_LABELS[role]), role.value)
        self.new_pin = QLineEdit(self)
        self.new_pin.setObjectName("new_reviewer_pin")
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText(self.tr("6 to 12 digits, chosen by the reviewer"))
        self.add_button = QPushButton(self.tr("Add reviewer"), self)
        self.add_button.setObjectName("add_reviewer")
        self.add_button.clicked.connect(self._add_reviewer)
        new_form.addRow(self.tr("Name"), self.new_name)
        new_form.addRow(self.tr("Role"), self.new_role)
        new_form.addRow(self.tr("PIN"), self.new_pin)
        new_form.addRow("", self.add_button)

        checklist_box = QGroupBox(self.tr("Checklist"), self)
        checklist_layout = QVBoxLayout(checklist_box)
        self.checks: dict[str, QCheckBox] = {}
        for key, label in CHECKLIST:
            box = QCheckBox(qt_translate("Review", label), self)
            box.setObjectName(f"check_{key}")
            self.checks[key] = box
            checklist_layout.addWidget(box)

        self.reasons: dict[str, QLineEdit] = {}
        findings_box = QGroupBox(self.tr("Caption findings that remain"), self)
        findings_layout = QFormLayout(findings_box)
        for finding in blocking:
            reason = QLineEdit(self)
            reason.setPlaceholderText(self.tr("Why it may be published as it is"))
            self.reasons[finding.key] = reason
            label = QLabel(f"{finding.platform}: {finding.message}", self)
            label.setWordWrap(True)
            findings_layout.addRow(label, reason)
        findings_box.setVisible(bool(blocking))

        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("review_comment")
        self.comment.setPlaceholderText(
            self.tr("Comment for the admin (required when sending back)")
        )
        self.comment.setFixedHeight(70)
        self.message = QLabel(self)
        self.message.setObjectName("review_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")

        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(self._approve)
        self.back_button = QPushButton(self.tr("Send back for changes"), self)
        self.back_button.setObjectName("send_back")
        self.back_button.clicked.connect(self._send_back)
        cancel = QPushButton(QCoreApplication.translate("Dialogs", "Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.approve_button)

        layout = QVBoxLayout(self)
        layout.addLayout(who)
        layout.addWidget(new_box)
        layout.addWidget(checklist_box)
        layout.addWidget(findings_box)
        layout.addWidget(self.comment)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _fill_reviewers(self, reviewers: list[ReviewerInfo], select: int | None = None) -> None:
        self.reviewer.clear()
        for info in reviewers:
            role = qt_translate("Review", ROLE_LABELS[info.role])
            self.reviewer.addItem(f"{info.name} — {role}", info.id)
        if select is not None:
            self.reviewer.setCurrentIndex(max(0, self.reviewer.findData(select)))

    def _busy(self, busy: bool) -> None:
        for button in (self.approve_button, self.back_button, self.add_button):
            button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.message.setText(
            exc.render(qt_translate) if isinstance(exc, UserFacingError) else str(exc)
        )

    def _add_reviewer(self) -> None:
        name, pin = self.new_name.text(), self.new_pin.text()
        role = ReviewerRole(self.new_role.currentData())
        self._busy(True)

        def done(info: ReviewerInfo) -> None:
            self._busy(False)
            self.runner.run(
                self.service.reviewers, on_done=lambda all_: self._fill_reviewers(all_, info.id)
            )
            self.new_name.clear()
            self.new_pin.clear()
            self.message.setText("")

        self.runner.run(
            lambda: self.service.add_reviewer(name, role, pin), on_done=done, on_error=self._failed
        )

    def _decide(self, work: object, decision: str) -> None:
        self._busy(True)

        def done(_result: object) -> None:
            self.decided.emit(decision)
            self.accept()

        self.runner.run(work, on_done=done, on_error=self._failed)  # type: ignore[arg-type]

    def _approve(self) -> None:
        reviewer_id, pin = self.reviewer.currentData(), self.pin.text()
        checklist = {key: box.isChecked() for key, box in self.checks.items()}
        overrides = {key: edit.text() for key, edit in self.reasons.items()}
        comment = self.comment.toPlainText()
        if reviewer_id is None:
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
            return
        self._decide(
            lambda: self.service.request_changes(self.post_id, reviewer_id, pin, comment),
            "changes_requested",
        )
