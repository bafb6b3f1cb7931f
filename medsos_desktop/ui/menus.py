"""The main window's menus and toolbar: every command an admin can reach from the top of
the window, each one an action of an action group (ui/actions/)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from medsos_desktop.i18n import LANGUAGES
from medsos_desktop.ui.actions.agency import AgencyActions
from medsos_desktop.ui.actions.diskominfo import DiskominfoActions
from medsos_desktop.ui.actions.evaluation import EvaluationActions
from medsos_desktop.ui.actions.posts import PostActions
from medsos_desktop.ui.actions.settings import SettingsActions
from medsos_desktop.ui.actions.templates import TemplateActions


class MainMenus(QObject):
    def __init__(
        self,
        window: QMainWindow,
        posts: PostActions,
        agency: AgencyActions,
        diskominfo: DiskominfoActions,
        templates: TemplateActions,
        settings: SettingsActions,
        evaluation: EvaluationActions,
        commands: dict[str, Callable[[], Any]],
        language: str,
    ) -> None:
        """`commands`: the window's own `find`, `copy_caption` and `sync`; `language`: the
        one ticked in the Language menu."""
        super().__init__(window)
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("New post"), posts.new_post, keys.New)
        self.delete_action = self._action(self.tr("Delete post"), posts.delete_current, keys.Delete)
        self.find_action = self._action(self.tr("Search posts"), commands["find"], keys.Find)
        self.copy_caption_action = self._action(
            self.tr("Copy the shown platform's caption"), commands["copy_caption"], "Ctrl+Shift+C"
        )
        self.templates_action = self._action(self.tr("Caption templates"), templates.open_manager)
        self.profile_action = self._action(
            self.tr("Agency profile"), lambda: agency.open_profile(first_run=False)
        )
        self.sync_action = self._action(self.tr("Send to central folder"), commands["sync"])
        self.brand_action = self._action(self.tr("Brand kit"), agency.open_brand_kit)
        self.trash_action = self._action(self.tr("Trash…"), posts.open_trash)
        self.sample_action = self._action(
            self.tr("Look at the sample workspace…"), posts.open_sample_viewer
        )
        self.shared_action = self._action(self.tr("From Diskominfo"), diskominfo.open_shared_items)
        self.settings_action = self._action(self.tr("Settings…"), settings.open_settings)
        self.about_action = self._action(self.tr("About Medsos Desktop"), settings.open_about)
        self.coordinator_action = self._action(
            self.tr("Coordinator mode (Diskominfo)…"), diskominfo.choose_coordinator_folder
        )
        self.evaluation_actions = [evaluation.import_action, evaluation.replies_action]
        self._build_toolbar(window)
        self._build_menu_bar(window, settings, language)

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_toolbar(self, window: QMainWindow) -> None:
        toolbar = QToolBar(self.tr("Main"), window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.addToolBar(toolbar)
        toolbar.addActions(
            [
                self.new_action,
                self.delete_action,
                self.templates_action,
                self.brand_action,
                self.profile_action,
                self.sync_action,
                self.shared_action,
            ]
        )

    def _build_menu_bar(
        self, window: QMainWindow, settings: SettingsActions, language: str
    ) -> None:
        menu = window.menuBar()
        post_menu = menu.addMenu(self.tr("&Post"))
        post_menu.addActions([self.new_action, self.delete_action, self.trash_action])
        post_menu.addSeparator()
        post_menu.addActions([self.find_action, self.copy_caption_action])
        menu.addMenu(self.tr("&Agency")).addActions(
            [
                self.profile_action,
                self.brand_action,
                self.templates_action,
                self.shared_action,
                self.coordinator_action,
                self.settings_action,
            ]
        )
        menu.addMenu(self.tr("&Evaluation")).addActions(self.evaluation_actions)
        language_menu = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _c=False, lang=code: settings.set_language(lang))
            group.addAction(action)
            language_menu.addAction(action)
        menu.addMenu(self.tr("&Help")).addActions([self.sample_action, self.about_action])

    def enable_data_actions(self, enabled: bool) -> None:
        """What needs the data folder is off until it is open."""
        for action in (
            self.new_action,
            self.delete_action,
            self.templates_action,
            self.profile_action,
            self.brand_action,
            self.trash_action,
            self.sync_action,
            self.shared_action,
            self.coordinator_action,
            *self.evaluation_actions,
            self.settings_action,
        ):
            action.setEnabled(enabled)
