"""Settings → Reviewers on other PCs (issue 16): heads of office who approve on their own
PC. The admin registers each after comparing the pairing code with the reviewer's screen,
and sets the approval chain: who approves, in which order."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.posts import CATEGORY_LABELS, Category
from medsos_desktop.domain.review import ROLE_LABELS, ReviewerRole
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text, qt_translate

if TYPE_CHECKING:
    from medsos_desktop.services.remote_review import AgencyReviews, PairingOffer

# Each list as tall as about five rows: the whole page fits a 1366x768 screen.
LIST_HEIGHT = 120


class RemoteReviewersPage(QWidget):
    """Offers to pair, registered reviewers, and the chain; every folder read and every
    signature on a worker. `open_reviews()` (run on the worker) gives the admin PC's side,
    asking for the device key's passphrase through `on_key_question` when needed."""

    loaded = Signal()

    def __init__(
        self,
        open_reviews: Callable[[], AgencyReviews],
        on_key_question: Callable[[BaseException, Callable[[], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.open_reviews = open_reviews
        self.on_key_question = on_key_question
        self.runner = TaskRunner(self, max_threads=1)
        self.offers: list[PairingOffer] = []
        self.registered: list[Any] = []
        self.steps: list[tuple[str, tuple[str, ...], str]] = []

        intro = QLabel(
            self.tr(
                "The heads of office approve on their own PCs, through the shared folder. "
                "On their PC they choose “I am a reviewer” the first time Medsos Desktop "
                "opens, then Review → Pair with your agency; their request shows here. "
                "Register them only when the code is the same as on their screen."
            )
        )
        intro.setWordWrap(True)

        self.offer_list = QTreeWidget()
        self.offer_list.setObjectName("offer_list")
        self.offer_list.setRootIsDecorated(False)
        self.offer_list.setHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Pairing code")]
        )
        _fit_columns(self.offer_list, stretch=(0, 1))
        self.offer_list.setMaximumHeight(LIST_HEIGHT)
        self.role_combo = QComboBox()
        for role in ReviewerRole:
            self.role_combo.addItem(qt_translate("Review", ROLE_LABELS[role]), role.value)
        # The level the chosen reviewer's own position names, changed only when it is wrong.
        self.offer_list.currentItemChanged.connect(lambda *_args: self._preselect_role())
        self.register_button = QPushButton(self.tr("The codes match: register"))
        self.register_button.setObjectName("register_reviewer")
        self.register_button.clicked.connect(self._register)
        self.check_button = QPushButton(self.tr("Check for requests"))
        self.check_button.clicked.connect(self.reload)
        offer_buttons = QHBoxLayout()
        offer_buttons.addWidget(QLabel(self.tr("As")))
        offer_buttons.addWidget(self.role_combo)
        offer_buttons.addWidget(self.register_button)
        offer_buttons.addStretch(1)
        offer_buttons.addWidget(self.check_button)
        offers_box = QGroupBox(self.tr("1. Waiting to be paired"))
        offers_layout = QVBoxLayout(offers_box)
        offers_layout.addWidget(self.offer_list, 1)
        offers_layout.addLayout(offer_buttons)

        self.reviewer_list = QTreeWidget()
        self.reviewer_list.setObjectName("remote_reviewer_list")
        self.reviewer_list.setRootIsDecorated(False)
        self.reviewer_list.setHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Level"), self.tr("State")]
        )
        _fit_columns(self.reviewer_list, stretch=(0, 1))
        self.reviewer_list.setMaximumHeight(LIST_HEIGHT)
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.deactivate_button.clicked.connect(self._deactivate)
        registered_box = QGroupBox(self.tr("2. Registered"))
        registered_layout = QVBoxLayout(registered_box)
        registered_layout.addWidget(self.reviewer_list, 1)
        registered_layout.addWidget(self.deactivate_button, 0, Qt.AlignmentFlag.AlignLeft)

        # One chain for every category, and a chain of its own where one differs (a
        # sensitive category that also goes to the Sekretaris, say).
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("chain_category")
        self.category_combo.addItem(self.tr("Every category (the general chain)"), "")
        for category in Category:
            self.category_combo.addItem(
                qt_translate("Category", CATEGORY_LABELS[category]), category.value
            )
        self.category_combo.currentIndexChanged.connect(lambda _i: self._category_changed())
        self.chains: dict[str, list[tuple[str, tuple[str, ...], str]]] = {"": []}
        self._category = ""
        self.step_list = QListWidget()
        self.step_list.setObjectName("chain_steps")
        self.step_list.setWordWrap(True)
        self.step_list.setMaximumHeight(LIST_HEIGHT)
        self.step_title = QLineEdit()
        self.step_title.setPlaceholderText(self.tr("Step name, e.g. Kepala Bidang"))
        self.step_reviewers = QListWidget()
        self.step_reviewers.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.step_reviewers.setMaximumHeight(LIST_HEIGHT)
        self.step_rule = QComboBox()
        self.step_rule.addItem(self.tr("any one of them approves"), "any")
        self.step_rule.addItem(self.tr("all of them approve"), "all")
        self.add_step_button = add_step = QPushButton(self.tr("Add step"))
        add_step.clicked.connect(self._add_step)
        remove_step = QPushButton(self.tr("Remove last step"))
        remove_step.clicked.connect(self._remove_step)
        step_form = QHBoxLayout()
        step_form.addWidget(self.step_title, 1)
        step_form.addWidget(self.step_rule)
        chain_buttons = QHBoxLayout()
        chain_buttons.addWidget(add_step)
        chain_buttons.addWidget(remove_step)
        chain_buttons.addStretch(1)
        # Urgent categories skip to the last step (the head of office) alone.
        self.urgent_boxes: dict[str, QCheckBox] = {}
        urgent_row = QHBoxLayout()
        for category in (Category.KLARIFIKASI_HOAKS, Category.PENGUMUMAN):
            box = QCheckBox(qt_translate("Category", CATEGORY_LABELS[category]))
            box.setObjectName(f"urgent_{category.value}")
            box.toggled.connect(self._changed)
            self.urgent_boxes[category.value] = box
            urgent_row.addWidget(box)
        urgent_row.addStretch(1)
        chain_box = QGroupBox(self.tr("3. Approval chain: who approves, in which order"))
        chain_layout = QVBoxLayout(chain_box)
        category_row = QHBoxLayout()
        category_row.addWidget(QLabel(self.tr("Chain for")))
        category_row.addWidget(self.category_combo, 1)
        chain_layout.addLayout(category_row)
        chain_layout.addWidget(self.step_list, 1)
        new_step = QLabel(self.tr("New step: its name, and who approves in it"))
        new_step.setStyleSheet("color: #555;")
        chain_layout.addWidget(new_step)
        chain_layout.addLayout(step_form)
        chain_layout.addWidget(self.step_reviewers, 1)
        chain_layout.addLayout(chain_buttons)
        chain_layout.addWidget(QLabel(self.tr("Fast track (the last step only) for:")))
        chain_layout.addLayout(urgent_row)
        # An approval lapses when the post stays unpublished this long after its date.
        self.expiry_days = QSpinBox()
        self.expiry_days.setObjectName("expiry_days")
        self.expiry_days.setRange(0, 365)
        self.expiry_days.setSpecialValueText(self.tr("never"))
        self.expiry_days.setSuffix(self.tr(" days"))
        self.expiry_days.valueChanged.connect(lambda _value: self._changed())
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(
            QLabel(self.tr("An approval expires when the post is still unpublished after"))
        )
        expiry_row.addWidget(self.expiry_days)
        expiry_row.addStretch(1)
        chain_layout.addLayout(expiry_row)
        self.save_note = QLabel(
            self.tr("The chain is saved with the Save button, with the rest of the settings.")
        )
        self.save_note.setObjectName("chain_save_note")
        self.save_note.setWordWrap(True)
        self.save_note.setStyleSheet("color: #555;")
        chain_layout.addWidget(self.save_note)

        self.message = QLabel("")
        self.message.setObjectName("remote_reviewers_message")
        self.message.setWordWrap(True)
        # Pairing on the left, the chain on the right: the whole page in sight at 1366x768.
        left = QVBoxLayout()
        left.addWidget(offers_box, 1)
        left.addWidget(registered_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 11)
        columns.addWidget(chain_box, 9)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        self.dirty = False  # the chain was changed here and is not saved yet

    # -- loading --------------------------------------------------------------------------

    def _run(self, work: Callable[[AgencyReviews], Any], done: Callable[[Any], None]) -> None:
        open_reviews = self.open_reviews

        def job() -> Any:
            return work(open_reviews())

        def failed(exc: BaseException) -> None:
            from medsos_desktop.ui.dialogs.sync_dialogs import is_key_question

            if is_key_question(exc):
                self.on_key_question(exc, lambda: self._run(work, done))
            else:
                self.message.setText(error_text(exc))

        self.runner.run(job, on_done=done, on_error=failed)

    def reload(self) -> None:
        self.message.setText(self.tr("Reading the central folder…"))

        def work(reviews: AgencyReviews) -> tuple[Any, ...]:
            return reviews.offers(), reviews.reviewers(), reviews.chain_settings()

        self._run(work, self._loaded)

    def _loaded(self, loaded: tuple[Any, ...]) -> None:
        self.offers, self.registered, chain = loaded
        self.message.setText("")
        self.offer_list.clear()
        for offer in self.offers:
            _item(self.offer_list, [offer.offer.name, offer.offer.jabatan, offer.code])
        if self.offers:
            self.offer_list.setCurrentItem(self.offer_list.topLevelItem(0))
        self.register_button.setEnabled(bool(self.offers))
        self.reviewer_list.clear()
        self.step_reviewers.clear()
        for row in self.registered:
            state = self.tr("active") if row.active else self.tr("deactivated")
            _item(self.reviewer_list, [row.name, row.jabatan, _role_text(row.role), state])
            if row.active:
                item = QListWidgetItem(f"{row.name} — {row.jabatan}")
                item.setData(Qt.ItemDataRole.UserRole, row.reviewer_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.step_reviewers.addItem(item)
        self.deactivate_button.setEnabled(any(r.active for r in self.registered))
        self.chains = {"": []}
        if chain is not None:
            self.chains[""] = [(s.title, s.reviewers, s.rule.value) for s in chain.default.steps]
            for category, own in chain.by_category.items():
                self.chains[category] = [(s.title, s.reviewers, s.rule.value) for s in own.steps]
        self._category = ""
        self.category_combo.blockSignals(True)
        self.category_combo.setCurrentIndex(0)
        self.category_combo.blockSignals(False)
        self._mark_categories()
        self.steps = list(self.chains[""])
        for value, box in self.urgent_boxes.items():
            box.blockSignals(True)
            box.setChecked(chain is not None and value in chain.urgent_categories)
            box.blockSignals(False)
        self.expiry_days.blockSignals(True)
        self.expiry_days.setValue(chain.expiry_days if chain is not None else 0)
        self.expiry_days.blockSignals(False)
        self._show_steps()
        self.dirty = False
        self.loaded.emit()

    def _names(self, ids: tuple[str, ...]) -> str:
        names = {r.reviewer_id: r.name for r in self.registered}
        return ", ".join(names.get(i, i) for i in ids)

    def _show_steps(self) -> None:
        self.step_list.clear()
        for number, (title, ids, rule) in enumerate(self.steps, 1):
            how = self.tr("any one") if rule == "any" else self.tr("all")
            self.step_list.addItem(f"{number}. {title}: {self._names(ids)} ({how})")
        if not self.steps and self._category:
            self.step_list.addItem(
                self.tr(
                    "This category follows the general chain. Add steps to give it a chain "
                    "of its own."
                )
            )
        elif not self.steps:
            self.step_list.addItem(
                self.tr("No step yet: posts are approved with a PIN on this PC.")
            )

    def _keep_current(self) -> None:
        """The steps on screen, kept for the category they were made for."""
        if self.steps or not self._category:
            self.chains[self._category] = list(self.steps)
        else:
            self.chains.pop(self._category, None)  # no steps: the general chain again

    def _category_changed(self) -> None:
        self._keep_current()
        self._category = str(self.category_combo.currentData() or "")
        self.steps = list(self.chains.get(self._category, []))
        self._mark_categories()
        self._show_steps()

    def _mark_categories(self) -> None:
        """A category with a chain of its own says so in the list."""
        for index in range(1, self.category_combo.count()):
            value = str(self.category_combo.itemData(index))
            label = qt_translate("Category", CATEGORY_LABELS[Category(value)])
            if self.chains.get(value):
                label = self.tr("{category} (its own chain)").format(category=label)
            self.category_combo.setItemText(index, label)

    # -- actions --------------------------------------------------------------------------

    def _preselect_role(self) -> None:
        from medsos_desktop.services.reviewer_view import role_for_jabatan

        index = self.offer_list.indexOfTopLevelItem(self.offer_list.currentItem())
        if 0 <= index < len(self.offers):
            role = role_for_jabatan(self.offers[index].offer.jabatan)
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(role.value)))

    def _register(self) -> None:
        index = self.offer_list.indexOfTopLevelItem(self.offer_list.currentItem())
        if not 0 <= index < len(self.offers):
            return
        offer, role = self.offers[index].offer, str(self.role_combo.currentData())
        self._run(lambda reviews: reviews.register(offer, role), lambda _r: self.reload())

    def _deactivate(self) -> None:
        index = self.reviewer_list.indexOfTopLevelItem(self.reviewer_list.currentItem())
        if not 0 <= index < len(self.registered):
            return
        reviewer_id = self.registered[index].reviewer_id
        self._run(lambda reviews: reviews.deactivate(reviewer_id), lambda _r: self.reload())

    def _add_step(self) -> None:
        title = self.step_title.text().strip()
        chosen = tuple(
            str(self.step_reviewers.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.step_reviewers.count())
            if self.step_reviewers.item(i).checkState() == Qt.CheckState.Checked
        )
        if not title or not chosen:
            self.message.setText(self.tr("Name the step and tick at least one reviewer."))
            return
        self.steps.append((title, chosen, str(self.step_rule.currentData())))
        self.step_title.clear()
        for i in range(self.step_reviewers.count()):
            self.step_reviewers.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.message.setText("")
        self._show_steps()
        self._changed()

    def _remove_step(self) -> None:
        if self.steps:
            self.steps.pop()
            self._show_steps()
            self._changed()

    def _changed(self) -> None:
        self.dirty = True
        self.message.setText(self.tr("Not saved yet: press Save to keep the chain."))

    def pending_step(self) -> bool:
        """Whether a step is typed or ticked but not added yet."""
        return bool(self.step_title.text().strip()) or any(
            self.step_reviewers.item(i).checkState() == Qt.CheckState.Checked
            for i in range(self.step_reviewers.count())
        )

    def save_chain(self, then: Callable[[], None]) -> bool:
        """Save the chain (the dialog's Save); `then` runs once it is saved. A step typed
        but not added yet is added first; False when it cannot be (nothing saved)."""
        from medsos_desktop.domain.approval_chain import (
            ApprovalChain,
            ApprovalStep,
            ChainSettings,
            StepRule,
        )

        if self.pending_step():
            count = len(self.steps)
            self._add_step()
            if len(self.steps) == count:
                return False
        self._keep_current()
        self._mark_categories()

        def chain_of(rows: list[tuple[str, tuple[str, ...], str]]) -> ApprovalChain:
            return ApprovalChain(tuple(ApprovalStep(t, ids, StepRule(r)) for t, ids, r in rows))

        steps = chain_of(self.chains[""]).steps
        urgent = frozenset(v for v, box in self.urgent_boxes.items() if box.isChecked())
        settings = ChainSettings(
            ApprovalChain(steps),
            by_category={k: chain_of(v) for k, v in self.chains.items() if k and v},
            urgent_categories=urgent,
            fast_track_step=steps[-1] if steps and urgent else None,
            expiry_days=self.expiry_days.value(),
        )

        def saved(_result: object) -> None:
            self.dirty = False
            self.message.setText(
                self.tr("Saved: posts submitted from now on go to these reviewers' PCs.")
                if steps
                else self.tr("Saved: posts are approved with a PIN on this PC.")
            )
            then()

        self._run(lambda reviews: reviews.save_chain_settings(settings), saved)
        return True


def _fit_columns(tree: QTreeWidget, stretch: tuple[int, ...]) -> None:
    """Name and position share the width; short columns as wide as their contents; the
    whole text of any cell in its tooltip (set when filled)."""
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(tree.columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)


def _item(tree: QTreeWidget, texts: list[str]) -> QTreeWidgetItem:
    item = QTreeWidgetItem(tree, texts)
    for column, text in enumerate(texts):
        item.setToolTip(column, text)
    return item


def _role_text(role: str) -> str:
    try:
        return qt_translate("Review", ROLE_LABELS[ReviewerRole(role)])
    except ValueError:
        return role
