"""Settings, the language and the About box: what the Agency and Language menus open
besides the agency's own profile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.context import UiContext

if TYPE_CHECKING:
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.workspace import Workspace


class SettingsActions(QObject):
    # The settings were saved; the admin they chose rides along (a PersonInfo or None).
    saved = Signal(object)
    restart_requested = Signal()  # "Restart now" after a language change: app.py restarts

    def __init__(
        self,
        ctx: UiContext,
        release_workspace: Callable[[], Workspace | None],
        open_workspace: Callable[[AppPaths], None],
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._release_workspace = release_workspace
        self._open_workspace = open_workspace

    def open_settings(self) -> None:
        from medsos_desktop.ui.dialogs.settings_dialog import SettingsDialog

        if self.ctx.workspace is None:
            return
        dialog = SettingsDialog(
            self.ctx, self.ctx.admin, self._release_workspace, self._open_workspace
        )
        dialog.admin_saved.connect(self.saved)
        self.ctx.open_dialog(dialog)

    def open_about(self) -> None:
        from medsos_desktop.ui.dialogs.settings_dialog import AboutDialog

        self.ctx.open_dialog(AboutDialog(self.ctx.parent_widget))

    def set_language(self, language: str) -> None:
        """Saved at once; the app offers to restart in it (app.py restarts the process)."""
        settings, workspace = self.ctx.settings, self.ctx.workspace
        if settings is None:
            return
        settings.language = language
        if workspace is not None:
            self.ctx.runner.run(workspace.save_settings, on_error=self.ctx.show_error)
        box = messages.QMessageBox(
            messages.QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr(
                "The new language is used once Medsos Desktop restarts. Restart now? "
                "Your work is saved first."
            ),
            messages.QMessageBox.StandardButton.NoButton,
            self.ctx.parent_widget,
        )
        box.setObjectName("language_restart_box")
        restart = box.addButton(self.tr("Restart now"), messages.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), messages.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.finished.connect(
            lambda _result: box.clickedButton() is restart and self.restart_requested.emit()
        )
        box.open()
        self.ctx.dialog = box
