"""Sharing with every agency from the coordinator window: a content pack (one narrative
for all agencies), an announcement or a hashtag set, signed with this PC's key; and what
was shared, with which agencies have adopted each pack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.platforms import PLATFORM_ORDER, RULES
from medsos_desktop.domain.posts import Category
from medsos_desktop.services.errors import UserFacingError
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text, qt_translate
from medsos_desktop.ui.post_list import tr_category

if TYPE_CHECKING:  # loaded on the workers that publish, not when the tab is built
    from medsos_desktop.services.coordinator import CoordinatorService
    from medsos_desktop.services.coordinator_publish import Published
    from medsos_desktop.services.identity import DeviceSigner
    from medsos_desktop.services.workspace import Workspace


class PublishPanel(QWidget):
    # services.coordinator_publish.Published. object, not the class: that module (and the
    # store) is imported on the worker that publishes, not when the tab is built.
    published = Signal(object)

    def __init__(self, central: Path, workspace: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("publish_panel")
        self.central = central
        self.workspace = workspace
        self.coordinator_window = window
        self.runner = TaskRunner(self)
        self.dialog: QWidget | None = None
        self._signer: DeviceSigner | None = None  # unlocked with a passphrase in this session

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("publish_kind")
        self.kind_combo.addItem(self.tr("Content pack (one message for every agency)"), "packs")
        self.kind_combo.addItem(self.tr("Announcement"), "announcements")
        self.kind_combo.addItem(self.tr("Hashtag set"), "hashtags")
        self.kind_combo.addItem(self.tr("Day for every agency's calendar"), "calendar")
        self.kind_combo.addItem(self.tr("Asset (an image, e.g. the city's logo)"), "assets")
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("publish_title")
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("publish_text")
        self.category_combo = QComboBox(self)
        for category in Category:
            self.category_combo.addItem(tr_category(category), category)
        self.platform_boxes = {}
        platform_row = QHBoxLayout()
        for platform in PLATFORM_ORDER:
            box = QCheckBox(RULES[platform].label, self)
            box.setChecked(platform.value in ("instagram", "facebook"))
            self.platform_boxes[platform] = box
            platform_row.addWidget(box)
        platform_row.addStretch(1)
        self.hashtags_edit = QLineEdit(self)
        self.hashtags_edit.setObjectName("publish_hashtags")
        self.hashtags_edit.setPlaceholderText("#KotaSukamaju #NarasiTunggal")
        self.due_check = QCheckBox(self.tr("Planned for"), self)
        self.due_edit = QDateEdit(QDate.currentDate().addDays(7), self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("dd-MM-yyyy")
        self.every_year = QCheckBox(self.tr("Every year"), self)
        self.every_year.setChecked(True)
        self.file_button = QPushButton(self.tr("Choose image…"), self)
        self.file_button.clicked.connect(self._choose_file)
        self.file_label = QLabel(self)
        self.asset_path = ""
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addWidget(self.every_year)
        due_row.addWidget(self.file_button)
        due_row.addWidget(self.file_label, 1)
        due_row.addStretch(1)
        self.publish_button = QPushButton(self.tr("Sign and share with every agency"), self)
        self.publish_button.setObjectName("publish_button")
        self.publish_button.clicked.connect(lambda: self.publish())
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind_combo)
        form.addRow(self.tr("Title"), self.title_edit)
        self.text_label = QLabel(self.tr("Master caption"), self)
        form.addRow(self.text_label, self.text_edit)
        self.category_label = QLabel(self.tr("Category"), self)
        form.addRow(self.category_label, self.category_combo)
        self.platform_label = QLabel(self.tr("Platforms"), self)
        form.addRow(self.platform_label, platform_row)
        form.addRow(self.tr("Hashtags"), self.hashtags_edit)
        form.addRow("", due_row)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(self.publish_button)
        left_layout.addWidget(self.result_label)
        left_layout.addStretch(1)

        self.shared_list = QListWidget(self)
        self.shared_list.setObjectName("shared_items_list")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("Shared so far, and who adopted the packs"), self))
        right_layout.addWidget(self.shared_list, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._kind_changed()
        self.refresh()

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        is_pack = kind == "packs"
        self.text_label.setText(
            self.tr("Master caption") if is_pack else self.tr("Text of the announcement")
        )
        with_text = kind in ("packs", "announcements", "assets")
        self.text_edit.setVisible(with_text)
        self.text_label.setVisible(with_text)
        if kind == "assets":
            self.text_label.setText(self.tr("How agencies should use it"))
        for widget in (self.category_combo, self.category_label, self.platform_label):
            widget.setVisible(is_pack)
        for box in self.platform_boxes.values():
            box.setVisible(is_pack)
        self.due_check.setVisible(is_pack)
        self.due_edit.setVisible(is_pack or kind == "calendar")
        self.every_year.setVisible(kind == "calendar")
        self.file_button.setVisible(kind == "assets")
        self.file_label.setVisible(kind == "assets")

    def _choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from medsos_desktop.ui.common.file_filters import file_dialog, use_image_filters

        dialog = file_dialog(self, self.tr("Choose image…"), "pictures")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        use_image_filters(dialog, png_jpeg_only=True)  # what the central folder's assets may be
        dialog.fileSelected.connect(self.set_asset_file)
        self.dialog = dialog
        dialog.open()

    def set_asset_file(self, path: str) -> None:
        self.asset_path = path
        self.file_label.setText(Path(path).name)

    def _payload(self) -> tuple[str, dict[str, object]]:
        from medsos_desktop.domain.posts import normalize_tags
        from medsos_desktop.services.coordinator_publish import pack_payload

        kind = self.kind_combo.currentData()
        title = self.title_edit.text().strip()
        hashtags = list(normalize_tags(self.hashtags_edit.text(), "#"))
        if kind == "packs":
            due = self.due_edit.date().toString("yyyy-MM-dd") if self.due_check.isChecked() else ""
            platforms = [p for p, box in self.platform_boxes.items() if box.isChecked()]
            return kind, pack_payload(
                title,
                self.text_edit.toPlainText(),
                platforms,
                category=Category(self.category_combo.currentData()),
                hashtags=hashtags,
                due=due,
            )
        if kind == "announcements":
            return kind, {"title": title, "body": self.text_edit.toPlainText().strip()}
        if kind == "calendar":
            day = self.due_edit.date()
            entry: dict[str, object] = {"name": title, "month": day.month(), "day": day.day()}
            if not self.every_year.isChecked():
                entry["year"] = day.year()
            return kind, {"name": title, "title": title, "days": [entry]}
        if kind == "assets":
            return kind, {
                "name": title,
                "title": title,
                "description": self.text_edit.toPlainText().strip(),
            }
        return kind, {"name": title, "title": title, "hashtags": hashtags}

    def publish(self, passphrase: str | None = None, create_file: bool = False) -> None:
        """Sign the item with this PC's key and share it. Where the key needs the user
        (no password store: a protected key file; or its passphrase), they are asked and
        the share continues with their answer (`passphrase`, `create_file`)."""
        try:
            kind, payload = self._payload()
        except UserFacingError as exc:
            self.result_label.setText(exc.render(qt_translate))
            return
        if not str(payload.get("title", "")).strip():
            self.result_label.setText(self.tr("Give the item a title."))
            return
        central, workspace = self.central, self.workspace
        asset = self.asset_path if kind == "assets" else ""
        if kind == "assets" and not asset:
            self.result_label.setText(self.tr("Choose the image to share."))
            return

        def work() -> tuple[Published, DeviceSigner | None]:
            from medsos_desktop.services.agency import load_profile
            from medsos_desktop.services.coordinator_publish import CoordinatorPublisher
            from medsos_desktop.services.identity import IdentityService

            identities = IdentityService(workspace.paths.data_dir)
            identity = identities.load()
            if cached is None or identity is None:
                identity, signer = identities.obtain_signer(passphrase, create_file)
            else:
                signer = cached
            profile = load_profile(workspace.db)
            publisher = CoordinatorPublisher(workspace.db)
            item_id = publisher.new_item_id(central, kind, str(payload.get("title")))
            media = []
            if asset:
                from medsos_desktop.services.coordinator_publish import image_media_file

                image = image_media_file(Path(asset))
                media.append(image)
                payload["files"] = [f"media/{image.sha256}.{image.ext}"]
            published = publisher.publish(
                central,
                signer,
                identity.public_key,
                profile.name or identity.device_name,
                profile.parent_government or profile.name or central.name,
                kind,
                item_id,
                payload,
                media,
            )
            return published, signer if passphrase else None

        cached = self._signer
        self.publish_button.setEnabled(False)
        self.runner.run(work, on_done=self._published, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        from medsos_desktop.ui.dialogs.sync_dialogs import ask_for_device_key, is_key_question

        self.publish_button.setEnabled(True)
        if is_key_question(exc):
            self.dialog = ask_for_device_key(exc, self, self.publish)
            return
        text = error_text(exc)
        self.dialog = messages.show_message(self, self.tr("Not shared"), text)

    def _published(self, outcome: tuple[Published, DeviceSigner | None]) -> None:
        published, unlocked = outcome
        if unlocked is not None:
            self._signer = unlocked  # kept in memory only, for the next items
        self.publish_button.setEnabled(True)
        self.result_label.setText(
            self.tr("Shared as {path}. Agencies receive it at their next sync.").format(
                path=published.outcome.path
            )
        )
        self.title_edit.clear()
        self.text_edit.clear()
        self.published.emit(published)
        self.refresh()

    def refresh(self) -> None:
        central = self.central
        # The coordinator window's index, once open (a bare host widget in tests has none).
        service: CoordinatorService | None = getattr(self.coordinator_window, "service", None)

        def work() -> list[tuple[str, str, int]]:
            from medsos_desktop.services.coordinator_publish import shared_items_with_adoption

            rows = service.revisions(limit=None, status="valid") if service is not None else []
            return shared_items_with_adoption(central, rows)

        def done(lines: list[tuple[str, str, int]]) -> None:
            self.shared_list.clear()
            for kind, item_id, count in lines:
                if kind == "packs":
                    text = self.tr("Pack {name}: adopted by {count} agencies").format(
                        name=item_id, count=count
                    )
                else:
                    text = f"{kind}: {item_id}"
                self.shared_list.addItem(text)

        self.runner.run(work, on_done=done, on_error=lambda _e: self.shared_list.clear())
