"""The sample workspace, read-only: the sample agency's posts to learn from, after the
admin's own workspace has replaced it. Made fresh from services/demo.py; nothing here is
stored, signed or sent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.platforms import platform_label
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.translation import qt_translate
from medsos_desktop.ui.post_list import tr_category, tr_status


class SampleViewer(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from medsos_desktop.services.demo import DEMO_AGENCY, sample_posts

        super().__init__(parent)
        self.setObjectName("sample_viewer")
        self.setWindowTitle(self.tr("Sample workspace (read-only)"))
        self.posts = sample_posts()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "How {agency} (a sample agency) works with Medsos Desktop: a post in every "
                "state of the approval, with captions per platform. Nothing here can be "
                "edited, signed or sent."
            ).format(agency=DEMO_AGENCY.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        splitter = QSplitter(self)
        self.list = QListWidget(splitter)
        self.list.setObjectName("sample_list")
        for post in self.posts:
            item = QListWidgetItem(f"{post.content.title}\n{tr_status(post.status)}")
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show)
        detail = QWidget(splitter)
        form_host = QVBoxLayout(detail)
        form_host.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.title = QLabel(detail)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.status = QLabel(detail)
        self.category = QLabel(detail)
        self.planned = QLabel(detail)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Planned"), self.planned)
        form_host.addLayout(form)
        self.image = QLabel(detail)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumHeight(160)
        scroll = QScrollArea(detail)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image)
        scroll.setMaximumHeight(230)
        form_host.addWidget(scroll)
        self.captions = QTabWidget(detail)
        form_host.addWidget(self.captions, 1)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([260, 520])
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 580)
        fit_dialog(self)
        self.list.setCurrentRow(0)

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.posts):
            return
        post = self.posts[index]
        content = post.content
        self.title.setText(content.title)
        self.status.setText(tr_status(post.status))
        self.category.setText(tr_category(content.category))
        self.planned.setText(
            content.planned_at.strftime("%d-%m-%Y %H.%M") if content.planned_at else "—"
        )
        if post.image:
            pixmap = QPixmap.fromImage(QImage.fromData(post.image))
            self.image.setPixmap(
                pixmap.scaled(
                    200,
                    200,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("No photo"))
        self.captions.clear()
        for platform in content.platforms:
            text = QPlainTextEdit(content.final_caption(platform), self.captions)
            text.setReadOnly(True)
            self.captions.addTab(text, qt_translate("Platform", platform_label(platform)))
