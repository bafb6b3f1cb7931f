"""The main window: the post list, calendar and evaluation tabs on the left, the editor on
the right, and the menus. It lays them out and wires them together; what each command
does lives in an action group (ui/actions/) that sees the UI context, not the window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.posts import PostContent, PostRow
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.settings import Settings
from medsos_desktop.ui.actions.agency import AgencyActions
from medsos_desktop.ui.actions.central import FIRST_TRY_MS, SyncController
from medsos_desktop.ui.actions.diskominfo import DiskominfoActions
from medsos_desktop.ui.actions.evaluation import EvaluationActions
from medsos_desktop.ui.actions.images import ImageActions
from medsos_desktop.ui.actions.infographic import InfographicActions
from medsos_desktop.ui.actions.navigation import PostNavigation
from medsos_desktop.ui.actions.posts import PostActions
from medsos_desktop.ui.actions.review import ReviewActions
from medsos_desktop.ui.actions.settings import SettingsActions
from medsos_desktop.ui.actions.templates import TemplateActions
from medsos_desktop.ui.common.autosave import AutosaveController
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.common.save_status import SaveStatusLabel
from medsos_desktop.ui.common.screen_fit import place_main_window, saved_geometry
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.menus import MainMenus
from medsos_desktop.ui.post_list_page import PostListPage

# The database layer (SQLAlchemy) is imported on a worker thread once the window has
# painted; at module level only its types are named.
if TYPE_CHECKING:
    from medsos_desktop.services.people import PersonInfo
    from medsos_desktop.services.startup import DesignerKit, FirstScreen
    from medsos_desktop.services.workspace import Workspace
    from medsos_desktop.ui.calendar.page import CalendarPage
    from medsos_desktop.ui.editor.editor import PostEditor
    from medsos_desktop.ui.evaluation.page import EvaluationPage

POSTS_TAB, CALENDAR_TAB, EVALUATION_TAB = range(3)
EARLY_ROWS_WAIT_S = 2.0  # the worker waits at most this long for the list to be filled


def _in_context(name: str) -> Any:
    """A window attribute that is the UI context's: one place for the services."""
    return property(
        lambda self: getattr(self.context, name),
        lambda self, value: setattr(self.context, name, value),
    )


def _load_designer(workspace: Workspace) -> DesignerKit:
    from medsos_desktop.services.startup import load_designer_kit

    return load_designer_kit(workspace)


def _load_first_screen(workspace: Workspace, list_shown: bool = False) -> FirstScreen:
    from medsos_desktop.services.startup import load_first_screen

    return load_first_screen(workspace, list_shown)


class MainWindow(QMainWindow):
    """Built in two steps, so that it paints at once: the window itself needs no database
    (`__init__`), the data folder is opened off the GUI thread and attached afterwards
    (`open_workspace` or `attach`)."""

    posts_loaded = Signal()
    list_filled = Signal()  # the list shows the posts: before posts_loaded when read early
    # (list[PostRow], threading.Event): read by the worker before the database opens
    _early_rows = Signal(object)
    post_opened = Signal(int)
    designer_ready = Signal()
    infographic_templates_changed = Signal()
    infographic_exported = Signal(int)
    post_reviewed = Signal(int, str)
    synced = Signal(object)  # services.sync.SyncReport
    sheet_saved = Signal(object)  # the approval sheet's files (list[Path])
    workspace_failed = Signal(object)  # the exception: the app shows it and quits
    restart_requested = Signal()  # "Restart now" after a language change: app.py restarts

    # The services live in the UI context (ui/common/context.py), shared with the action groups.
    workspace = _in_context("workspace")
    posts = _in_context("posts")
    templates = _in_context("templates")
    infographics = _in_context("infographics")
    profile = _in_context("profile")
    settings = _in_context("settings")
    admin = _in_context("admin")
    dialog = _in_context("dialog")
    file_dialog = _in_context("file_dialog")

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Medsos Desktop"))
        self.runner = TaskRunner(self)
        self.autosave = AutosaveController(self._save_post, self)
        self.autosave.failed.connect(lambda message: self.statusBar().showMessage(message, 15000))
        # What the action groups use instead of the window (the services once loaded).
        self.context = UiContext(self, self.runner, self.autosave)
        self.settings = settings or Settings()
        self.profile = AgencyProfile()
        self.admin = None  # who is at the keyboard, once they said so (a PersonInfo)
        self.editor: PostEditor = None  # type: ignore[assignment]  # built once data is in
        self.calendar_page: CalendarPage | None = None  # built when its tab is first opened
        self.evaluation_page: EvaluationPage | None = None
        # Within the screen's available geometry (maximised on a small one), or as last time.
        place_main_window(self, self.settings.window_geometry)

        self.list_page = PostListPage(self.context, self)
        self._filled = False
        self._early_rows.connect(self._show_early_rows)
        # The list's parts, by the names the rest of the app and the tests know them.
        self.model, self.proxy = self.list_page.model, self.list_page.proxy
        self.table = self.list_page.table
        self.filters, self.count_label = self.list_page.filters, self.list_page.count_label
        self.sample_banner = self.list_page.sample_banner
        self.autosave.saved.connect(lambda post_id, _c, when: self.list_page.saved(post_id, when))
        self.save_label = SaveStatusLabel(self)
        self.statusBar().addPermanentWidget(self.save_label)
        self.autosave.state_changed.connect(self.save_label.show_state)
        self._build_action_groups()

        # The calendar and evaluation are built the first time their tab is opened.
        left = QTabWidget(self)
        left.setObjectName("left_tabs")
        left.addTab(self.list_page, self.tr("Posts"))
        left.addTab(QWidget(left), self.tr("Calendar"))
        left.addTab(QWidget(left), self.tr("Evaluation"))
        left.currentChanged.connect(self._left_tab_changed)
        self.left_tabs = left

        # The editor (and the caption checks behind it) is built once the data is in:
        # until then a placeholder holds its place, so the window paints sooner.
        placeholder = QLabel(self.tr("Opening posts…"), self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(placeholder)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([620, 700])
        if self.settings.window_splitter:
            self.splitter.restoreState(
                QByteArray.fromBase64(self.settings.window_splitter.encode())
            )
        self.setCentralWidget(self.splitter)
        self.menus = MainMenus(
            self,
            self.post_actions,
            self.agency,
            self.diskominfo,
            self.template_actions,
            self.settings_actions,
            self.evaluation,
            {
                "find": lambda: (
                    self.left_tabs.setCurrentIndex(POSTS_TAB),
                    self.filters.focus_search(),
                ),
                "copy_caption": self.copy_shown_caption,
                "sync": self.sync_now,
            },
            self.settings.language,
        )
        self.sync = SyncController(self.context, lambda: self.agency.open_profile(first_run=True))
        self.sync.rows_changed.connect(self.navigation.rows_after_sync)
        self.sync.busy_changed.connect(lambda busy: self.menus.sync_action.setEnabled(not busy))
        self.sync.synced.connect(self.synced)
        self.sync.shared_pulled.connect(self._shared_pulled)

    def _build_action_groups(self) -> None:
        ctx, editor = self.context, lambda: self.editor
        self.infographic = InfographicActions(ctx, editor)
        self.infographic.ready.connect(self.designer_ready)
        self.infographic.exported.connect(self.infographic_exported)
        self.infographic.save_state_changed.connect(self.save_label.show_state)
        self.navigation = nav = PostNavigation(ctx, self.list_page, editor, self.infographic)
        nav.opened.connect(self.post_opened)
        self.review = ReviewActions(ctx, editor, nav.refresh_post, self._load_blob)
        self.review.reviewed.connect(self._after_review)
        self.review.sheet_saved.connect(self.sheet_saved)
        self.template_actions = TemplateActions(ctx, editor)
        self.template_actions.changed.connect(self.infographic_templates_changed)
        self.images = ImageActions(ctx, editor)
        self.post_actions = PostActions(ctx, editor)
        self.post_actions.created.connect(nav.created)
        self.post_actions.deleted.connect(nav.deleted)
        self.post_actions.restored.connect(
            lambda row: nav.insert_row(
                row, self.tr("“{title}” is back in the list.").format(title=row.title)
            )
        )
        self.diskominfo = DiskominfoActions(ctx)
        self.diskominfo.unseen_counted.connect(self._unseen_counted)
        self.diskominfo.pack_adopted.connect(
            lambda post_id: nav.show_new_post(
                post_id, self.tr("A draft was made from Diskominfo's pack: adapt it and submit it.")
            )
        )
        self.agency = AgencyActions(ctx, self._load_blob)
        self.agency.profile_saved.connect(self._profile_saved)
        self.agency.brand_saved.connect(lambda kit: self.editor.infographic.set_brand(kit))
        self.agency.admin_changed.connect(self._admin_changed)
        self.list_page.start_own_workspace.connect(lambda: self.agency.open_profile(first_run=True))
        self.settings_actions = SettingsActions(ctx, self._release_workspace, self.open_workspace)
        self.settings_actions.saved.connect(self._settings_saved)
        self.settings_actions.restart_requested.connect(self.restart_requested)
        self.evaluation = EvaluationActions(ctx, editor, nav.refresh_post)

    @property
    def infographic_post(self) -> int | None:
        """Whose infographic the infographic page shows."""
        return self.infographic.shown_post

    def _build_editor(self) -> None:
        from medsos_desktop.ui.editor.editor import PostEditor

        editor = PostEditor(self._load_blob, self)
        editor.content_edited.connect(self.autosave.schedule)
        editor.content_edited.connect(self.list_page.content_edited)
        editor.template_requested.connect(self.template_actions.open_picker)
        editor.images_chosen.connect(self.images.import_images)
        editor.obscure_requested.connect(self.images.obscure)
        page = editor.infographic
        page.state_changed.connect(self.infographic.edited)
        page.export_requested.connect(self.infographic.export)
        page.edit_template_requested.connect(self.template_actions.edit)
        page.export_template_requested.connect(self.template_actions.export)
        page.import_template_requested.connect(self.template_actions.import_)
        page.delete_template_requested.connect(self.template_actions.delete)
        editor.submit_requested.connect(self.review.submit_post)
        editor.review_requested.connect(self.review.open_review)
        editor.history_requested.connect(self.review.open_history)
        editor.sheet_requested.connect(self.review.save_approval_sheet)
        editor.new_revision_requested.connect(self.review.new_revision)
        editor.published_requested.connect(self.evaluation.mark_published)
        editor.metrics_requested.connect(self.evaluation.enter_metrics)
        editor.caption_copied.connect(
            lambda label: self.statusBar().showMessage(
                self.tr("Caption for {platform} copied. Paste it in the {platform} app.").format(
                    platform=label
                ),
                6000,
            )
        )
        placeholder = self.splitter.replaceWidget(1, editor)
        if placeholder is not None:
            placeholder.deleteLater()
        self.editor = editor

    def _save_post(self, post_id: int, content: PostContent) -> datetime:
        assert self.posts is not None
        return self.posts.save(post_id, content)

    def _load_blob(self, sha256: str) -> bytes | None:
        return self.posts.blob(sha256) if self.posts is not None else None

    # -- menus and toolbar -----------------------------------------------------------------

    # -- loading ---------------------------------------------------------------------------

    def open_workspace(self, paths: AppPaths) -> None:
        """Open the data folder on a worker thread (the heavy imports happen there too)."""

        def work() -> FirstScreen:
            from medsos_desktop.services.workspace import open_workspace

            shown: list[bool] = []

            def early_rows(rows: list[PostRow]) -> None:
                shown.append(True)
                filled = threading.Event()
                self._early_rows.emit((rows, filled))  # queued: before _loaded
                # The GUI thread fills the list first: SQLAlchemy's imports below would
                # otherwise take the interpreter's lock from it for most of that time.
                filled.wait(EARLY_ROWS_WAIT_S)

            # The list is filled from the file before SQLAlchemy is imported.
            workspace = open_workspace(paths, seed_demo=False, early_rows=early_rows)
            try:
                return _load_first_screen(workspace, list_shown=bool(shown))
            except BaseException:
                workspace.close()
                raise

        self._begin_loading(work)

    def attach(self, workspace: Workspace) -> None:
        """Fill the window from a workspace that is already open (tests, embedding)."""
        self._begin_loading(lambda: _load_first_screen(workspace))

    def _show_early_rows(self, early: tuple[list[PostRow], threading.Event]) -> None:
        """The list before the rest of the first screen (`_loaded` keeps it unless the
        first start's housekeeping changed the posts); then the worker goes on."""
        rows, filled = early
        try:
            if self.workspace is None:  # a late signal after the full load changes nothing
                self.list_page.set_rows(rows)
                self._list_filled()
        finally:
            filled.set()

    def _list_filled(self) -> None:
        if not self._filled:
            self._filled = True
            self.list_filled.emit()

    def _begin_loading(self, work: Callable[[], FirstScreen]) -> None:
        self._filled = False
        self.menus.enable_data_actions(False)
        self.statusBar().showMessage(self.tr("Opening posts…"))
        self.runner.run(work, on_done=self._loaded, on_error=self.workspace_failed.emit)

    def _loaded(self, loaded: FirstScreen) -> None:
        from medsos_desktop.services.posts import PostService
        from medsos_desktop.services.templates import TemplateService

        workspace, self.profile = loaded.workspace, loaded.profile
        self.workspace = workspace
        self.settings = workspace.settings
        self.posts = PostService(workspace.db, actor=workspace.settings.actor_name)
        self.templates = TemplateService(workspace.db)
        self.menus.enable_data_actions(True)
        if self.editor is None:
            self._build_editor()
        self.editor.set_profile(self.profile)
        self._update_sample_banner()
        self.statusBar().clearMessage()
        if loaded.rows is not None:
            self.list_page.set_rows(loaded.rows)
        self.list_page.select_first()
        self._list_filled()
        self.posts_loaded.emit()
        self.admin = loaded.admin
        if not self.profile.confirmed and not self.settings.profile_prompt_dismissed:
            self.agency.open_profile(first_run=True)  # asks who they are as well
        elif self.admin is None and self.profile.confirmed:
            self.agency.open_admin()  # a data folder from before the admin's name was asked
        self._load_designer_kit()
        if self.left_tabs.currentIndex() != POSTS_TAB:  # chosen while loading
            self._left_tab_changed(self.left_tabs.currentIndex())
        self.sync.kick(FIRST_TRY_MS)  # revisions approved while the folder was away
        self.diskominfo.count_unseen()

    def _load_designer_kit(self) -> None:
        workspace = self.workspace
        if workspace is not None:
            self.runner.run(
                lambda: _load_designer(workspace),
                on_done=self.infographic.set_kit,
                on_error=self.context.show_error,
            )

    def _left_tab_changed(self, index: int) -> None:
        """The calendar and evaluation pages are built the first time they are opened."""
        if self.workspace is None:
            return
        if index == CALENDAR_TAB and self.calendar_page is None:
            from medsos_desktop.ui.calendar.page import CalendarPage

            calendar = CalendarPage(self.context, self.model, self.select_post, self)
            calendar.post_moved.connect(self.navigation.refresh_row)
            calendar.post_created.connect(
                lambda post_id: self.navigation.show_new_post(
                    post_id, self.tr("A new post was planned from the calendar.")
                )
            )
            self.calendar_page = calendar
            self._install_tab(CALENDAR_TAB, calendar, self.tr("Calendar"))
        elif index == EVALUATION_TAB and self.evaluation_page is None:
            from medsos_desktop.ui.evaluation.page import EvaluationPage

            evaluation = EvaluationPage(self.evaluation.metrics_service, self)
            evaluation.post_activated.connect(self.select_post)
            self.evaluation.changed.connect(lambda _id: evaluation.invalidate())
            self.evaluation_page = evaluation
            self._install_tab(EVALUATION_TAB, evaluation, self.tr("Evaluation"))

    def _install_tab(self, index: int, page: QWidget, title: str) -> None:
        self.left_tabs.blockSignals(True)
        self.left_tabs.removeTab(index)
        self.left_tabs.insertTab(index, page, title)
        self.left_tabs.setCurrentIndex(index)
        self.left_tabs.blockSignals(False)

    # -- the open post ---------------------------------------------------------------------

    def current_post_id(self) -> int | None:
        return self.editor.post_id

    def open_post(self, post_id: int) -> None:
        self.navigation.open_post(post_id)

    def select_post(self, post_id: int) -> None:
        self.navigation.select_post(post_id)

    def _after_review(self, post_id: int, decision: str) -> None:
        if decision == "approved":
            self.sync.kick()  # an approved post goes to the central folder
        self.post_reviewed.emit(post_id, decision)

    # -- Diskominfo, the agency, settings ----------------------------------------------------

    def sync_now(self) -> None:
        self.sync.sync_now()

    def _shared_pulled(self, result: object) -> None:
        self.diskominfo.count_unseen()
        if getattr(result, "new", 0) or getattr(result, "updated", 0):
            self.template_actions.refresh(None)  # Diskominfo's templates, if any

    def _unseen_counted(self, count: int) -> None:
        self.menus.shared_action.setText(
            self.tr("From Diskominfo ({count} new)").format(count=count)
            if count
            else self.tr("From Diskominfo")
        )

    def _profile_saved(self, profile: AgencyProfile, removed: int | None) -> None:
        self.profile = profile
        self.editor.set_profile(profile)
        self._update_sample_banner()
        posts = self.posts
        if removed is None or posts is None:
            return
        # The sample is gone: the list, the infographic kit and the outbox start afresh.
        self.editor.clear()
        self.runner.run(posts.list_rows, on_done=self.navigation.reload)
        self._load_designer_kit()

    def _update_sample_banner(self) -> None:
        self.list_page.show_sample_banner(self.workspace is not None and not self.profile.confirmed)

    def _admin_changed(self, admin: PersonInfo | None) -> None:
        self.admin = admin
        if self.posts is not None and admin is not None:
            self.posts.actor = admin.name

    def _settings_saved(self, admin: PersonInfo | None) -> None:
        self._admin_changed(admin)
        self.sync.kick()  # the central folder may have been set
        if self.calendar_page is not None:
            self.calendar_page.load_reminders()  # the reminder days may have changed

    def _release_workspace(self) -> Workspace | None:
        """Nothing uses the data folder any more (a restore replaces it): handed over."""
        self.sync.timer.stop()
        self.autosave.flush_and_wait()
        workspace, self.workspace = self.workspace, None
        return workspace

    def copy_shown_caption(self) -> None:
        """Ctrl+Shift+C: what the shown platform tab's copy button does."""
        if self.editor is None or not self.editor.copy_current_caption():
            self.statusBar().showMessage(
                self.tr("Open a post and a platform tab first: its caption is what gets copied."),
                5000,
            )

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember_geometry()
        self.infographic.save_pending()
        if not self.autosave.flush_and_wait():
            self.statusBar().showMessage(self.tr("Could not save the last change."))
        self.runner.wait(5000)
        super().closeEvent(event)

    def _remember_geometry(self) -> None:
        """Where the window and its splitter were, for the next start."""
        self.settings.window_geometry = saved_geometry(self)
        self.settings.window_splitter = bytes(self.splitter.saveState().toBase64().data()).decode()
        if self.workspace is not None:
            self.runner.run(self.workspace.save_settings)  # a failure is only logged now
