"""What comes from Diskominfo (shared templates and content packs) and the coordinator's
own view of a central folder, opened from an agency's app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.common.file_filters import file_dialog


class DiskominfoActions(QObject):
    unseen_counted = Signal(int)  # shared items not looked at yet
    pack_adopted = Signal(int)  # the id of the draft made from a content pack

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.coordinator_windows: list[QWidget] = []

    def _service(self) -> Any:
        from medsos_desktop.services.shared_items import SharedItemsService

        workspace = self.ctx.workspace
        return SharedItemsService(workspace.db) if workspace is not None else None

    def count_unseen(self) -> None:
        service = self._service()
        if service is None:
            return
        self.ctx.runner.run(
            service.unseen_count, on_done=self.unseen_counted.emit, on_error=self.ctx.show_error
        )

    def open_shared_items(self) -> None:
        from medsos_desktop.ui.dialogs.shared_dialog import SharedItemsDialog

        service, settings = self._service(), self.ctx.settings
        if service is None:
            return
        actor = settings.actor_name if settings is not None else ""
        dialog = SharedItemsDialog(service, actor, self.ctx.parent_widget)
        dialog.pack_adopted.connect(self.pack_adopted)
        dialog.finished.connect(lambda _r: self.count_unseen())
        self.ctx.open_dialog(dialog)

    def choose_coordinator_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        parent = self.ctx.parent_widget
        dialog = file_dialog(
            parent, self.tr("Choose the central folder to coordinate"), "documents"
        )
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        settings = self.ctx.settings
        if settings is not None and settings.central_folder:
            dialog.setDirectory(settings.central_folder)
        self.ctx.open_file_dialog(dialog, lambda path: self.open_coordinator(Path(path)))

    def open_coordinator(self, central: Path) -> None:
        """Diskominfo's view of the folder, in its own window beside this one."""
        from medsos_desktop.ui.coordinator.window import CoordinatorWindow

        workspace = self.ctx.workspace
        if workspace is None:
            return
        window = CoordinatorWindow(central, workspace.paths.data_dir, workspace)
        self.coordinator_windows = [w for w in self.coordinator_windows if w]
        self.coordinator_windows.append(window)
        window.show()
        window.open()
