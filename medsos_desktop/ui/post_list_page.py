"""The "Posts" tab: the sample banner, the filters, the post table and its count.

It owns the list's model and everything that changes a row; the window only tells it
what happened elsewhere (a post saved, created, moved, deleted) and hears which post
the user chose.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import QItemSelection, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, PostRow, Status
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.filter_bar import FilterBar
from medsos_desktop.ui.post_list import PostFilterProxy, PostTableModel, combo_enum

SAMPLE_BANNER_STYLE = (
    "#sample_banner { background: #FFF4D6; border: 1px solid #E0B84C; border-radius: 4px; }"
)


class PostListPage(QWidget):
    post_chosen = Signal(int)  # a row was selected (by the user or by select_post)
    start_own_workspace = Signal()  # "Fill in agency profile…" on the sample banner

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = PostTableModel(self)
        self.proxy = PostFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.filters = FilterBar(self)
        self.filters.filters_changed.connect(self._apply_filters)
        self.filters.search_changed.connect(self._search)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.sample_banner = self._build_sample_banner()

        layout = QVBoxLayout(self)
        layout.addWidget(self.sample_banner)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("post_table")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(PostTableModel.UPDATED, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(PostTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, not from the rows: sizing to contents would ask the model
        # for every cell of 10,000 posts.
        for column, width in self.model.column_widths(table.fontMetrics()).items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # Titles need the room; category and last-edit can be shown from the header menu.
        for column in (PostTableModel.CATEGORY, PostTableModel.UPDATED):
            header.setSectionHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _build_sample_banner(self) -> QWidget:
        banner = QFrame(self)
        banner.setObjectName("sample_banner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
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
        start.clicked.connect(self.start_own_workspace)
        row.addWidget(start)
        banner.setVisible(False)  # shown once the workspace is known to be the sample
        return banner

    def show_sample_banner(self, sample: bool) -> None:
        """The sample workspace says so on screen until the real profile is saved."""
        if sample and not self.sample_banner.styleSheet():
            # Styled when first shown: a style sheet costs about a megabyte and some
            # milliseconds at start, and an agency's own workspace never shows the banner.
            self.sample_banner.setStyleSheet(SAMPLE_BANNER_STYLE)
        self.sample_banner.setVisible(sample)

    # -- rows ----------------------------------------------------------------------------

    def set_rows(self, rows: list[PostRow]) -> None:
        self.model.set_rows(rows)
        self.update_count()

    def select_first(self) -> None:
        """The top row, as the list is sorted and filtered (which opens it)."""
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def upsert(self, row: PostRow) -> None:
        self.model.upsert(row)
        self.update_count()

    def upsert_known(self, rows: list[PostRow]) -> None:
        """Rows changed elsewhere (a sync): only those already in the list."""
        for row in rows:
            if self.model.position_of(row.id) is not None:
                self.model.upsert(row)

    def remove(self, post_id: int) -> None:
        self.model.remove(post_id)
        self.update_count()

    def content_edited(self, post_id: int, content: PostContent) -> None:
        """The row follows what is typed, before the autosave stores it."""
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

    def saved(self, post_id: int, when: datetime) -> None:
        position = self.model.position_of(post_id)
        if position is not None:
            self.model.upsert(dataclasses.replace(self.model.row_at(position), updated_at=when))

    def select_post(self, post_id: int) -> bool:
        """Select and show the post's row; False when it is not in the list or is
        filtered out (the caller opens it anyway)."""
        position = self.model.position_of(post_id)
        if position is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def contains(self, post_id: int) -> bool:
        return self.model.position_of(post_id) is not None

    def update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} posts").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    # -- the user ------------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.proxy.data(indexes[0], PostTableModel.RowRole)
        if row is not None:
            self.post_chosen.emit(row.id)

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

    def _apply_filters(self) -> None:
        date_from, date_to = self.filters.date_range()
        self.proxy.set_filters(
            status=combo_enum(self.filters.status, Status),
            category=combo_enum(self.filters.category, Category),
            platform=combo_enum(self.filters.platform, Platform),
            date_from=date_from,
            date_to=date_to,
        )
        self.update_count()

    def _search(self, text: str) -> None:
        posts = self.context.posts
        if posts is None:
            return
        if not text.strip():
            self.proxy.set_search_ids(None)
            self.update_count()
            return

        def done(ids: list[int]) -> None:
            if self.filters.search.text() == text:
                self.proxy.set_search_ids(set(ids))
                self.update_count()

        self.context.runner.run(
            lambda: posts.search(text), on_done=done, on_error=self.context.show_error
        )
