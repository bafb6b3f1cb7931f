"""What an action group may use of the application, and nothing more.

Action groups (ui/actions/) get a `UiContext` instead of the main window: the open data
folder's services, the general task runner and the single writer (the autosave's thread,
so a job runs after everything typed so far is saved), error and status reporting, and
opening dialogs. They never reach into the window, so the window is left with layout,
menus and wiring, and an action can be tested with a context and no window at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from medsos_desktop.domain.agency import AgencyProfile
    from medsos_desktop.services.infographics import InfographicService
    from medsos_desktop.services.people import PersonInfo
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.services.settings import Settings
    from medsos_desktop.services.templates import TemplateService
    from medsos_desktop.services.workspace import Workspace
    from medsos_desktop.ui.common.autosave import AutosaveController


class UiContext(QObject):
    """The services of the open data folder (None until it is open), the two runners,
    and how to tell the user something."""

    def __init__(self, window: QMainWindow, runner: TaskRunner, writer: AutosaveController) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner  # reads and work that may run side by side
        self.writer = writer  # writes, in order, after the pending autosave
        self.workspace: Workspace | None = None
        self.posts: PostService | None = None
        self.templates: TemplateService | None = None
        self.infographics: InfographicService | None = None
        self.profile: AgencyProfile | None = None
        self.settings: Settings | None = None  # the user's settings (the window's own)
        self.admin: PersonInfo | None = None  # who is at the keyboard, once they said so
        # The dialog and the file dialog last opened (kept alive while open; tests look).
        self.dialog: QWidget | None = None
        self.file_dialog: QFileDialog | None = None

    @property
    def parent_widget(self) -> QWidget:
        """What dialogs are opened over."""
        return self.window

    def show_error(self, exc: BaseException) -> None:
        """The error in the user's language: a UserFacingError's own message, never the
        exception's raw text (see ui/messages.error_message)."""
        self.window.statusBar().clearMessage()
        self.dialog = messages.show_message(
            self.window, self.tr("Medsos Desktop"), messages.error_message(exc)
        )

    def status(self, text: str, timeout_ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)

    def clear_status(self) -> None:
        self.window.statusBar().clearMessage()

    def tell(self, title: str, text: str) -> None:
        """A message the user reads and closes."""
        self.dialog = messages.show_message(self.window, title, text)

    def confirm(self, title: str, text: str, action_text: str, on_yes: Callable[[], None]) -> None:
        self.dialog = messages.confirm(self.window, title, text, action_text, on_yes)

    def open_dialog(self, dialog: QWidget) -> None:
        """Open a dialog window-modally (never exec) and delete it once it is closed."""
        finished = getattr(dialog, "finished", None)
        if finished is not None:
            finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def open_file_dialog(self, dialog: QFileDialog, on_selected: Callable[[str], Any]) -> None:
        dialog.fileSelected.connect(on_selected)
        self.file_dialog = dialog
        dialog.open()
