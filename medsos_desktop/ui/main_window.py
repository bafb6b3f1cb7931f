"""The main window: post list with filters on the left, the editor on the right."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QItemSelection, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, PostRow, Status
from medsos_desktop.i18n import LANGUAGES
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.settings import Settings
from medsos_desktop.ui.actions.agency import AgencyActions
from medsos_desktop.ui.actions.central import FIRST_TRY_MS, SyncController
from medsos_desktop.ui.actions.diskominfo import DiskominfoActions
from medsos_desktop.ui.actions.evaluation import EvaluationActions
from medsos_desktop.ui.actions.images import ImageActions
from medsos_desktop.ui.actions.posts import PostActions
from medsos_desktop.ui.actions.review import ReviewActions
from medsos_desktop.ui.actions.templates import TemplateActions
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.autosave import AutosaveController
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.common.screen_fit import place_main_window, saved_geometry
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.filter_bar import FilterBar
from medsos_desktop.ui.post_list import PostFilterProxy, PostTableModel, combo_enum

# The database layer (SQLAlchemy) is imported on a worker thread once the window has
# painted; at module level only its types are named.
if TYPE_CHECKING:
    from medsos_desktop.domain.brand import BrandKit
    from medsos_desktop.services.infographics import InfographicService
    from medsos_desktop.services.people import PersonInfo
    from medsos_desktop.services.posts import PostSnapshot
    from medsos_desktop.services.workspace import Workspace
    from medsos_desktop.ui.editor.editor import PostEditor


@dataclass
class _Loaded:
    workspace: Workspace
    profile: AgencyProfile
    rows: list[PostRow]
    admin: PersonInfo | None = None


def _load_workspace(workspace: Workspace) -> _Loaded:
    """Everything the window shows first, read on a worker thread."""
    from medsos_desktop.services.agency import load_profile
    from medsos_desktop.services.demo import ensure_demo_workspace
    from medsos_desktop.services.people import PeopleService
    from medsos_desktop.services.posts import PostService

    ensure_demo_workspace(workspace)
    posts = PostService(workspace.db)
    posts.purge_trash()  # deleted more than 30 days ago
    # Only at start: mid-session, an image just imported is not yet in a saved post.
    posts.prune_blobs()
    # A data folder from before person records: the name typed in the settings is theirs.
    admin = PeopleService(workspace.db).adopt_admin_name(workspace.settings.actor_name)
    return _Loaded(workspace, load_profile(workspace.db), posts.list_rows(), admin)


@dataclass
class _Designer:
    """What the infographic page needs, loaded after the post list is shown."""

    service: InfographicService
    templates: list
    brand: BrandKit
    sizes: dict[str, str]


def _load_designer(workspace: Workspace) -> _Designer:
    from medsos_desktop.render.engine import SIZE_LABELS
    from medsos_desktop.services.brand import BrandService
    from medsos_desktop.services.infographics import InfographicService

    service = InfographicService(workspace.db)
    return _Designer(
        service, service.templates(), BrandService(workspace.db).load(), dict(SIZE_LABELS)
    )


def _in_context(name: str) -> Any:
    """A window attribute that is the UI context's: one place for the services."""
    return property(
        lambda self: getattr(self.context, name),
        lambda self, value: setattr(self.context, name, value),
    )


class MainWindow(QMainWindow):
    """Built in two steps, so that it paints at once: the window itself needs no database
    (`__init__`), the data folder is opened off the GUI thread and attached afterwards
    (`open_workspace` or `attach`)."""

    posts_loaded = Signal()
    post_opened = Signal(int)
    designer_ready = Signal()
    infographic_templates_changed = Signal()
    infographic_exported = Signal(int)
    post_reviewed = Signal(int, str)
    synced = Signal(object)
    sheet_saved = Signal(object)
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
        self.runner = TaskRunner(self)
        self.autosave = AutosaveController(self._save_post, self)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(self._save_failed)
        self.autosave.state_changed.connect(self._save_state)
        # What the action groups use instead of the window (the services once loaded).
        self.context = UiContext(self, self.runner, self.autosave)
        self.settings = settings or Settings()
        self.profile = AgencyProfile()
        self.admin = None  # who is at the keyboard, once they said so (a PersonInfo)
        self._open_token = 0
        self.review = ReviewActions(
            self.context, lambda: self.editor, self._refresh_post, self._load_blob
        )
        self.review.reviewed.connect(self._after_review)
        self.review.sheet_saved.connect(self.sheet_saved)
        self.template_actions = TemplateActions(self.context, lambda: self.editor)
        self.template_actions.changed.connect(self.infographic_templates_changed)
        self.images = ImageActions(self.context, lambda: self.editor)
        self.post_actions = PostActions(self.context, lambda: self.editor)
        self.post_actions.created.connect(self._post_created)
        self.post_actions.deleted.connect(self._deleted)
        self.post_actions.restored.connect(self._restored)
        self.diskominfo = DiskominfoActions(self.context)
        self.diskominfo.unseen_counted.connect(self._unseen_counted)
        self.diskominfo.pack_adopted.connect(self._pack_adopted)
        self.agency = AgencyActions(self.context, self._load_blob)
        self.agency.profile_saved.connect(self._profile_saved)
        self.agency.brand_saved.connect(lambda kit: self.editor.infographic.set_brand(kit))
        self.agency.admin_changed.connect(self._admin_changed)
        self.infographic_post: int | None = None  # whose infographic the panel shows
        self._pending_infographic: tuple | None = None
        self._infographic_timer = QTimer(self, singleShot=True, interval=400)
        self._infographic_timer.timeout.connect(self._save_infographic)

        self.setWindowTitle(self.tr("Medsos Desktop"))
        # Within the screen's available geometry (maximised on a small one), or as last time.
        place_main_window(self, self.settings.window_geometry)

        self.model = PostTableModel(self)
        self.proxy = PostFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("post_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PostTableModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PostTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, not from the rows: sizing to contents would ask the model
        # for every cell of 10,000 posts.
        for column, width in self.model.column_widths(self.table.fontMetrics()).items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # Titles need the room; category and last-edit can be shown from the header menu.
        for column in (PostTableModel.CATEGORY, PostTableModel.UPDATED):
            header.setSectionHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.filters = FilterBar(self)
        self.filters.filters_changed.connect(self._apply_filters)
        self.filters.search_changed.connect(self._search)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")

        list_page = QWidget(self)
        left_layout = QVBoxLayout(list_page)
        self.sample_banner = self._build_sample_banner()
        left_layout.addWidget(self.sample_banner)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        # The calendar is built the first time its tab is opened: not needed to paint.
        left = QTabWidget(self)
        left.setObjectName("left_tabs")
        left.addTab(list_page, self.tr("Posts"))
        left.addTab(QWidget(left), self.tr("Calendar"))
        left.addTab(QWidget(left), self.tr("Evaluation"))
        left.currentChanged.connect(self._left_tab_changed)
        self.left_tabs = left
        self.calendar_page = None
        self.evaluation_page = None

        # The editor (and the caption checks behind it) is built once the data is in:
        # until then a placeholder holds its place, so the window paints sooner.
        self.editor: PostEditor = None  # type: ignore[assignment]
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

        self.save_label = QLabel(self)
        self.save_label.setObjectName("save_label")
        self.statusBar().addPermanentWidget(self.save_label)
        self.evaluation = EvaluationActions(self.context, lambda: self.editor, self._refresh_post)
        self._build_actions()
        self.sync = SyncController(self.context, lambda: self.agency.open_profile(first_run=True))
        self.sync.rows_changed.connect(self._rows_after_sync)
        self.sync.busy_changed.connect(lambda busy: self.sync_action.setEnabled(not busy))
        self.sync.synced.connect(self.synced)
        self.sync.shared_pulled.connect(self._shared_pulled)

    def _build_editor(self) -> None:
        from medsos_desktop.ui.editor.editor import PostEditor

        editor = PostEditor(self._load_blob, self)
        editor.content_edited.connect(self.autosave.schedule)
        editor.content_edited.connect(self._update_row_locally)
        editor.template_requested.connect(self.template_actions.open_picker)
        editor.images_chosen.connect(self.images.import_images)
        editor.obscure_requested.connect(self.images.obscure)
        editor.infographic.state_changed.connect(self._infographic_edited)
        editor.infographic.export_requested.connect(self.export_infographic)
        editor.infographic.edit_template_requested.connect(self.template_actions.edit)
        editor.infographic.export_template_requested.connect(self.template_actions.export)
        editor.infographic.import_template_requested.connect(self.template_actions.import_)
        editor.infographic.delete_template_requested.connect(self.template_actions.delete)
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

    # -- actions ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)

        self.new_action = QAction(self.tr("New post"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.post_actions.new_post)
        self.delete_action = QAction(self.tr("Delete post"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.post_actions.delete_current)
        self.find_action = QAction(self.tr("Search posts"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(
            lambda: (self.left_tabs.setCurrentIndex(0), self.filters.focus_search())
        )
        self.copy_caption_action = QAction(self.tr("Copy the shown platform's caption"), self)
        self.copy_caption_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_caption_action.triggered.connect(self.copy_shown_caption)
        self.templates_action = QAction(self.tr("Caption templates"), self)
        self.templates_action.triggered.connect(self.template_actions.open_manager)
        self.profile_action = QAction(self.tr("Agency profile"), self)
        self.profile_action.triggered.connect(lambda: self.agency.open_profile(first_run=False))
        self.sync_action = QAction(self.tr("Send to central folder"), self)
        self.sync_action.triggered.connect(self.sync_now)
        self.brand_action = QAction(self.tr("Brand kit"), self)
        self.brand_action.triggered.connect(self.agency.open_brand_kit)
        self.trash_action = QAction(self.tr("Trash…"), self)
        self.trash_action.triggered.connect(self.post_actions.open_trash)
        self.sample_action = QAction(self.tr("Look at the sample workspace…"), self)
        self.sample_action.triggered.connect(self.post_actions.open_sample_viewer)
        self.shared_action = QAction(self.tr("From Diskominfo"), self)
        self.shared_action.triggered.connect(self.diskominfo.open_shared_items)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.about_action = QAction(self.tr("About Medsos Desktop"), self)
        self.about_action.triggered.connect(self.open_about)
        self.coordinator_action = QAction(self.tr("Coordinator mode (Diskominfo)…"), self)
        self.coordinator_action.triggered.connect(self.diskominfo.choose_coordinator_folder)
        for action in (
            self.new_action,
            self.delete_action,
            self.templates_action,
            self.brand_action,
            self.profile_action,
            self.sync_action,
            self.shared_action,
        ):
            toolbar.addAction(action)

        menu = self.menuBar()
        post_menu = menu.addMenu(self.tr("&Post"))
        post_menu.addActions([self.new_action, self.delete_action, self.trash_action])
        post_menu.addSeparator()
        post_menu.addActions([self.find_action, self.copy_caption_action])
        agency_menu = menu.addMenu(self.tr("&Agency"))
        agency_menu.addActions(
            [
                self.profile_action,
                self.brand_action,
                self.templates_action,
                self.shared_action,
                self.coordinator_action,
                self.settings_action,
            ]
        )
        evaluation_menu = menu.addMenu(self.tr("&Evaluation"))
        evaluation_menu.addActions([self.evaluation.import_action, self.evaluation.replies_action])
        language_menu = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.settings.language)
            action.triggered.connect(lambda _c=False, lang=code: self.set_language(lang))
            group.addAction(action)
            language_menu.addAction(action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addActions([self.sample_action, self.about_action])

    # -- loading -----------------------------------------------------------------------

    def open_workspace(self, paths: AppPaths) -> None:
        """Open the data folder on a worker thread (the heavy imports happen there too)."""

        def work() -> _Loaded:
            from medsos_desktop.services.workspace import open_workspace

            workspace = open_workspace(paths, seed_demo=False)
            try:
                return _load_workspace(workspace)
            except BaseException:
                workspace.close()
                raise

        self._begin_loading(work)

    def attach(self, workspace: Workspace) -> None:
        """Fill the window from a workspace that is already open (tests, embedding)."""
        self._begin_loading(lambda: _load_workspace(workspace))

    def _begin_loading(self, work: Callable[[], _Loaded]) -> None:
        for action in self._data_actions():
            action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Opening posts…"))
        self.runner.run(work, on_done=self._loaded, on_error=self.workspace_failed.emit)

    def _data_actions(self) -> list[QAction]:
        return [
            self.new_action,
            self.delete_action,
            self.templates_action,
            self.profile_action,
            self.brand_action,
            self.trash_action,
            self.sync_action,
            self.shared_action,
            self.coordinator_action,
            self.evaluation.import_action,
            self.evaluation.replies_action,
            self.settings_action,
        ]

    def _loaded(self, loaded: _Loaded) -> None:
        from medsos_desktop.services.posts import PostService
        from medsos_desktop.services.templates import TemplateService

        workspace, self.profile, rows = loaded.workspace, loaded.profile, loaded.rows
        self.workspace = workspace
        self.settings = workspace.settings
        self.posts = PostService(workspace.db, actor=workspace.settings.actor_name)
        self.templates = TemplateService(workspace.db)
        for action in self._data_actions():
            action.setEnabled(True)
        if self.editor is None:
            self._build_editor()
        self.editor.set_profile(self.profile)
        self._update_sample_banner()
        self.model.set_rows(rows)
        self._update_count()
        self.statusBar().clearMessage()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.posts_loaded.emit()
        self.admin = loaded.admin
        if not self.profile.confirmed and not self.settings.profile_prompt_dismissed:
            self.agency.open_profile(first_run=True)  # asks who they are as well
        elif self.admin is None and self.profile.confirmed:
            self.agency.open_admin()  # a data folder from before the admin's name was asked
        self.runner.run(
            lambda: _load_designer(workspace),
            on_done=self._designer_ready,
            on_error=self._show_error,
        )
        if self.left_tabs.currentIndex() in (1, 2):  # chosen while loading
            self._left_tab_changed(self.left_tabs.currentIndex())
        self.sync.kick(FIRST_TRY_MS)  # revisions approved while the folder was away
        self.diskominfo.count_unseen()

    def _designer_ready(self, designer: _Designer) -> None:
        self.infographics = designer.service
        self.editor.infographic.setup(
            designer.service, designer.templates, designer.sizes, designer.brand
        )
        if self.editor.post_id is not None:
            self._load_infographic(self.editor.post_id)
        self.designer_ready.emit()

    def _load_infographic(self, post_id: int) -> None:
        service = self.infographics
        if service is None:
            return

        def done(state: object) -> None:
            if self.editor.post_id == post_id:
                self.editor.infographic.load(state, self.editor.content.media)  # type: ignore[arg-type]
                self.infographic_post = post_id

        self.runner.run(
            lambda: service.load_state(post_id), on_done=done, on_error=self._show_error
        )

    def _infographic_edited(self, state: object) -> None:
        if self.editor.post_id is None:
            return
        self._pending_infographic = (self.editor.post_id, state)
        self._save_state("pending")  # the same status line as the caption's autosave
        self._infographic_timer.start()

    def _save_infographic(self) -> None:
        self._infographic_timer.stop()
        pending, self._pending_infographic = self._pending_infographic, None
        if pending is None or self.infographics is None:
            return
        post_id, state = pending
        service = self.infographics
        self.autosave.then(
            lambda: service.save_state(post_id, state),
            on_done=lambda _r: self._infographic_saved(),
            on_error=self._show_error,
        )

    def _infographic_saved(self) -> None:
        """The status line's "saved" time covers the infographic too, once nothing waits."""
        if self._pending_infographic is None and not self.autosave.has_pending:
            self._save_state("saved")

    def export_infographic(self, state: object, fmt: str) -> None:
        post_id = self.editor.post_id
        spec = self.editor.infographic.spec
        brand = self.editor.infographic.brand
        service = self.infographics
        if post_id is None or spec is None or brand is None or service is None:
            return
        platforms = self.editor.content.platforms
        self.statusBar().showMessage(self.tr("Exporting the infographic…"))

        def done(refs: list) -> None:
            if self.editor.post_id == post_id:
                self.editor.add_media(refs)
                self.editor.pages.setCurrentIndex(0)
            self.statusBar().showMessage(
                self.tr(
                    "{count} image(s) attached, with alt text proposed from the fields. "
                    "“Save images to a folder…” under the images gives you the files to upload."
                ).format(count=len(refs)),
                12000,
            )
            self.infographic_exported.emit(len(refs))

        self.runner.run(
            lambda: service.export(spec, state, brand, platforms, fmt),  # type: ignore[arg-type]
            on_done=done,
            on_error=self._show_error,
        )

    def _header_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.popup(header.mapToGlobal(position))

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} posts").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    # -- list ----------------------------------------------------------------------------

    def _apply_filters(self) -> None:
        date_from, date_to = self.filters.date_range()
        self.proxy.set_filters(
            status=combo_enum(self.filters.status, Status),
            category=combo_enum(self.filters.category, Category),
            platform=combo_enum(self.filters.platform, Platform),
            date_from=date_from,
            date_to=date_to,
        )
        self._update_count()

    def _search(self, text: str) -> None:
        if self.posts is None:
            return
        if not text.strip():
            self.proxy.set_search_ids(None)
            self._update_count()
            return

        def done(ids: list[int]) -> None:
            if self.filters.search.text() == text:
                self.proxy.set_search_ids(set(ids))
                self._update_count()

        self.runner.run(lambda: self.posts.search(text), on_done=done, on_error=self._show_error)

    def current_post_id(self) -> int | None:
        return self.editor.post_id

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.proxy.data(indexes[0], PostTableModel.RowRole)
        if row is not None and row.id != self.editor.post_id:
            self.open_post(row.id)

    def open_post(self, post_id: int) -> None:
        self._open_token += 1
        token = self._open_token

        def done(snapshot: PostSnapshot) -> None:
            if token != self._open_token:
                return  # the user has already chosen another post
            pending = self.autosave.latest(post_id)
            if pending is not None:
                snapshot = dataclasses.replace(snapshot, content=pending)
            self._save_infographic()  # the previous post's, if still waiting
            self.editor.load(snapshot)
            self._load_infographic(post_id)
            self.post_opened.emit(post_id)

        self.runner.run(lambda: self.posts.load(post_id), on_done=done, on_error=self._show_error)

    def select_post(self, post_id: int) -> None:
        position = self.model.position_of(post_id)
        if position is None:
            return
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        else:
            self.open_post(post_id)

    def _update_row_locally(self, post_id: int, content: PostContent) -> None:
        position = self.model.position_of(post_id)
        if position is None:
            return
        row = self.model.row_at(position)
        self.model.upsert(
            dataclasses.replace(
                row,
                title=content.title,
                category=content.category.value,
                platforms=",".join(p.value for p in content.platforms),
                planned_at=content.planned_at,
            )
        )

    def _saved(self, post_id: int, _content: PostContent, when: datetime) -> None:
        position = self.model.position_of(post_id)
        if position is not None:
            self.model.upsert(dataclasses.replace(self.model.row_at(position), updated_at=when))

    def _save_state(self, state: str) -> None:
        texts = {
            "pending": self.tr("Unsaved changes…"),
            "saving": self.tr("Saving…"),
            "saved": self.tr("All changes saved {time}").format(
                time=datetime.now().strftime("%H:%M:%S")
            ),
            "error": self.tr("Not saved yet: retrying"),
        }
        self.save_label.setText(texts.get(state, ""))
        self.save_label.setStyleSheet(
            "color: #c62828; font-weight: 600;" if state == "error" else ""
        )

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    # -- commands ---------------------------------------------------------------------------

    # -- what Diskominfo shared ----------------------------------------------------------

    def _shared_pulled(self, result: object) -> None:
        self.diskominfo.count_unseen()
        if getattr(result, "new", 0) or getattr(result, "updated", 0):
            self.template_actions.refresh(None)  # Diskominfo's templates, if any

    def _unseen_counted(self, count: int) -> None:
        self.shared_action.setText(
            self.tr("From Diskominfo ({count} new)").format(count=count)
            if count
            else self.tr("From Diskominfo")
        )

    def _pack_adopted(self, post_id: int) -> None:
        self._show_new_post(
            post_id, self.tr("A draft was made from Diskominfo's pack: adapt it and submit it.")
        )

    def _show_new_post(self, post_id: int, message: str = "") -> None:
        """A post made elsewhere (a pack, the calendar): into the list, open in the editor."""
        self.runner.run(
            lambda: self.posts.row(post_id),
            on_done=lambda row: self._insert_new_row(row, message),
            on_error=self._show_error,
        )

    def _insert_new_row(self, row: PostRow | None, message: str = "") -> None:
        if row is None:
            return
        self.model.upsert(row)
        self._update_count()
        self.select_post(row.id)  # which opens it in the editor
        if message:
            self.statusBar().showMessage(message, 10000)

    # -- settings and about ------------------------------------------------------------

    def open_settings(self) -> None:
        from medsos_desktop.ui.dialogs.settings_dialog import SettingsDialog

        if self.workspace is None:
            return
        dialog = SettingsDialog(
            self.context, self.admin, self._release_workspace, self.open_workspace
        )
        dialog.admin_saved.connect(self._settings_saved)
        self.context.open_dialog(dialog)

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

    def open_about(self) -> None:
        from medsos_desktop.ui.dialogs.settings_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    # -- coordinator mode --------------------------------------------------------------

    # -- the calendar ------------------------------------------------------------------

    def _left_tab_changed(self, index: int) -> None:
        """The calendar and evaluation pages are built the first time they are opened."""
        if self.workspace is None:
            return
        if index == 1 and self.calendar_page is None:
            from medsos_desktop.ui.calendar.page import CalendarPage

            self.calendar_page = CalendarPage(self.context, self.model, self.select_post, self)
            self.calendar_page.post_moved.connect(self._refresh_row)
            self.calendar_page.post_created.connect(
                lambda post_id: self._show_new_post(
                    post_id, self.tr("A new post was planned from the calendar.")
                )
            )
            self._install_tab(1, self.calendar_page, self.tr("Calendar"))
        elif index == 2 and self.evaluation_page is None:
            from medsos_desktop.ui.evaluation.page import EvaluationPage

            self.evaluation_page = EvaluationPage(self.evaluation.metrics_service, self)
            self.evaluation_page.post_activated.connect(self.select_post)
            self.evaluation.changed.connect(lambda _id: self.evaluation_page.invalidate())
            self._install_tab(2, self.evaluation_page, self.tr("Evaluation"))

    def _install_tab(self, index: int, page: QWidget, title: str) -> None:
        self.left_tabs.blockSignals(True)
        self.left_tabs.removeTab(index)
        self.left_tabs.insertTab(index, page, title)
        self.left_tabs.setCurrentIndex(index)
        self.left_tabs.blockSignals(False)

    def _post_created(self, row: PostRow) -> None:
        self._insert_new_row(row)
        self.editor.title_edit.setFocus()

    def _deleted(self, post_id: int) -> None:
        self.model.remove(post_id)
        self.editor.clear()
        self._update_count()

    def _restored(self, row: PostRow) -> None:
        self._insert_new_row(row, self.tr("“{title}” is back in the list.").format(title=row.title))

    def _rows_reloaded(self, rows: list[PostRow]) -> None:
        self.model.set_rows(rows)
        self.editor.clear()
        self._update_count()

    def _refresh_row(self, row: PostRow) -> None:
        """A post changed elsewhere (moved in the calendar): its row, and the editor if open."""
        self.model.upsert(row)
        if self.editor is not None and self.editor.post_id == row.id:
            self.open_post(row.id)

    def _refresh_post(self, row: PostRow | None) -> None:
        if row is not None:
            self.model.upsert(row)
            self.open_post(row.id)

    # -- own infographic templates ---------------------------------------------------------

    # -- sending to the central folder ---------------------------------------------------

    def sync_now(self) -> None:
        self.sync.sync_now()

    def _rows_after_sync(self, rows: list[PostRow]) -> None:
        for row in rows:
            if self.model.position_of(row.id) is not None:
                self.model.upsert(row)
        if self.editor.post_id is not None:
            self.open_post(self.editor.post_id)

    def _profile_saved(self, profile: AgencyProfile, removed: int | None) -> None:
        self.profile = profile
        self.editor.set_profile(profile)
        self._update_sample_banner()
        if removed is None:
            return
        # The sample is gone: the list, the infographic kit and the outbox start afresh.
        self.editor.clear()
        self.runner.run(self.posts.list_rows, on_done=self._rows_reloaded)
        if self.workspace is not None:
            self.runner.run(
                lambda: _load_designer(self.workspace),
                on_done=self._designer_ready,
                on_error=self._show_error,
            )

    def _admin_changed(self, admin: PersonInfo | None) -> None:
        self.admin = admin
        if self.posts is not None and admin is not None:
            self.posts.actor = admin.name

    def _build_sample_banner(self) -> QWidget:
        banner = QFrame(self)
        banner.setObjectName("sample_banner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet(
            "#sample_banner { background: #FFF4D6; border: 1px solid #E0B84C; border-radius: 4px; }"
        )
        row = QHBoxLayout(banner)
        row.setContentsMargins(8, 6, 8, 6)
        text = QLabel(
            self.tr(
                "<b>Sample workspace.</b> These posts belong to a sample agency, to learn "
                "from; they are never sent to Diskominfo. Fill in your agency's profile "
                "to start your own workspace."
            ),
            banner,
        )
        text.setWordWrap(True)
        row.addWidget(text, 1)
        start = QPushButton(self.tr("Fill in agency profile…"), banner)
        start.setObjectName("sample_start")
        start.clicked.connect(lambda: self.agency.open_profile(first_run=True))
        row.addWidget(start)
        banner.setVisible(False)  # shown once the workspace is known to be the sample
        return banner

    def _update_sample_banner(self) -> None:
        """The sample workspace says so on screen until the real profile is saved."""
        sample = self.workspace is not None and not self.profile.confirmed
        self.sample_banner.setVisible(sample)

    def copy_shown_caption(self) -> None:
        """Ctrl+Shift+C: what the shown platform tab's copy button does."""
        if self.editor is None or not self.editor.copy_current_caption():
            self.statusBar().showMessage(
                self.tr("Open a post and a platform tab first: its caption is what gets copied."),
                5000,
            )

    def set_language(self, language: str) -> None:
        """Saved at once; the app offers to restart in it (app.py restarts the process)."""
        self.settings.language = language
        if self.workspace is not None:
            self.runner.run(self.workspace.save_settings, on_error=self._show_error)
        box = messages.QMessageBox(
            messages.QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr(
                "The new language is used once Medsos Desktop restarts. Restart now? "
                "Your work is saved first."
            ),
            messages.QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("language_restart_box")
        restart = box.addButton(self.tr("Restart now"), messages.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), messages.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.finished.connect(
            lambda _result: box.clickedButton() is restart and self.restart_requested.emit()
        )
        box.open()
        self.dialog = box

    def _show_error(self, exc: BaseException) -> None:
        self.context.show_error(exc)

    def _after_review(self, post_id: int, decision: str) -> None:
        if decision == "approved":
            self.sync.kick()  # an approved post goes to the central folder
        self.post_reviewed.emit(post_id, decision)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember_geometry()
        self._save_infographic()
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
