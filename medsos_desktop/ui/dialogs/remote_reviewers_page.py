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
                "Heads of division or office who approve on their own PC. On their PC, "
                "they choose “I am a reviewer” the first time Medsos Desktop opens, then "
                "Review → Pair with your agency. Their request appears below; register "
                "them only when the code is the same as on their screen."
            )
        )
        intro.setWordWrap(True)

        self.offer_list = QTreeWidget()
        self.offer_list.setObjectName("offer_list")
        self.offer_list.setRootIsDecorated(False)
        self.offer_list.setHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Pairing code")]
        )
        self.offer_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.offer_list.setMaximumHeight(110)
        self.role_combo = QComboBox()
        for role in ReviewerRole:
            self.role_combo.addItem(qt_translate("Review", ROLE_LABELS[role]), role.value)
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
        offers_box = QGroupBox(self.tr("Waiting to be paired"))
        offers_layout = QVBoxLayout(offers_box)
        offers_layout.addWidget(self.offer_list)
        offers_layout.addLayout(offer_buttons)

        self.reviewer_list = QTreeWidget()
        self.reviewer_list.setObjectName("remote_reviewer_list")
        self.reviewer_list.setRootIsDecorated(False)
        self.reviewer_list.setHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Level"), self.tr("State")]
        )
        self.reviewer_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reviewer_list.setMaximumHeight(110)
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.deactivate_button.clicked.connect(self._deactivate)
        registered_box = QGroupBox(self.tr("Registered"))
        registered_layout = QVBoxLayout(registered_box)
        registered_layout.addWidget(self.reviewer_list)
        registered_layout.addWidget(self.deactivate_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.step_list = QListWidget()
        self.step_list.setObjectName("chain_steps")
        self.step_list.setMaximumHeight(90)
        self.step_title = QLineEdit()
        self.step_title.setPlaceholderText(self.tr("Step name, e.g. Kepala Bidang"))
        self.step_reviewers = QListWidget()
        self.step_reviewers.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.step_reviewers.setMaximumHeight(90)
        self.step_rule = QComboBox()
        self.step_rule.addItem(self.tr("any one of them approves"), "any")
        self.step_rule.addItem(self.tr("all of them approve"), "all")
        self.add_step_button = add_step = QPushButton(self.tr("Add step"))
        add_step.clicked.connect(self._add_step)
        remove_step = QPushButton(self.tr("Remove last step"))
        remove_step.clicked.connect(self._remove_step)
        self.save_chain_button = QPushButton(self.tr("Save the chain"))
        self.save_chain_button.setObjectName("save_chain")
        self.save_chain_button.clicked.connect(self._save_chain)
        step_form = QHBoxLayout()
        step_form.addWidget(self.step_title, 1)
        step_form.addWidget(self.step_rule)
        chain_buttons = QHBoxLayout()
        chain_buttons.addWidget(add_step)
        chain_buttons.addWidget(remove_step)
        chain_buttons.addStretch(1)
        chain_buttons.addWidget(self.save_chain_button)
        # Urgent categories skip to the last step (the head of office) alone.
        self.urgent_boxes: dict[str, QCheckBox] = {}
        urgent_row = QHBoxLayout()
        urgent_row.addWidget(QLabel(self.tr("Fast track (last step only) for:")))
        for category in (Category.KLARIFIKASI_HOAKS, Category.PENGUMUMAN):
            box = QCheckBox(qt_translate("Category", CATEGORY_LABELS[category]))
            box.setObjectName(f"urgent_{category.value}")
            self.urgent_boxes[category.value] = box
            urgent_row.addWidget(box)
        urgent_row.addStretch(1)
        chain_box = QGroupBox(self.tr("Approval chain"))
        chain_layout = QVBoxLayout(chain_box)
        chain_layout.addWidget(self.step_list)
        chain_layout.addLayout(step_form)
        chain_layout.addWidget(self.step_reviewers)
        chain_layout.addLayout(urgent_row)
        chain_layout.addLayout(chain_buttons)

        self.message = QLabel("")
        self.message.setObjectName("remote_reviewers_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(offers_box)
        layout.addWidget(registered_box)
        layout.addWidget(chain_box)
        layout.addWidget(self.message)

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
            QTreeWidgetItem(self.offer_list, [offer.offer.name, offer.offer.jabatan, offer.code])
        if self.offers:
            self.offer_list.setCurrentItem(self.offer_list.topLevelItem(0))
        self.register_button.setEnabled(bool(self.offers))
        self.reviewer_list.clear()
        self.step_reviewers.clear()
        for row in self.registered:
            state = self.tr("active") if row.active else self.tr("deactivated")
            QTreeWidgetItem(
                self.reviewer_list, [row.name, row.jabatan, _role_text(row.role), state]
            )
            if row.active:
                item = QListWidgetItem(f"{row.name} — {row.jabatan}")
                item.setData(Qt.ItemDataRole.UserRole, row.reviewer_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.step_reviewers.addItem(item)
        self.deactivate_button.setEnabled(any(r.active for r in self.registered))
        self.steps = []
        if chain is not None:
            self.steps = [(s.title, s.reviewers, s.rule.value) for s in chain.default.steps]
        for value, box in self.urgent_boxes.items():
            box.setChecked(chain is not None and value in chain.urgent_categories)
        self._show_steps()
        self.loaded.emit()

    def _names(self, ids: tuple[str, ...]) -> str:
        names = {r.reviewer_id: r.name for r in self.registered}
        return ", ".join(names.get(i, i) for i in ids)

    def _show_steps(self) -> None:
        self.step_list.clear()
        for number, (title, ids, rule) in enumerate(self.steps, 1):
            how = self.tr("any one") if rule == "any" else self.tr("all")
            self.step_list.addItem(f"{number}. {title}: {self._names(ids)} ({how})")
        self.save_chain_button.setEnabled(True)

    # -- actions --------------------------------------------------------------------------

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

    def _remove_step(self) -> None:
        if self.steps:
            self.steps.pop()
            self._show_steps()

    def _save_chain(self) -> None:
        from medsos_desktop.domain.approval_chain import (
            ApprovalChain,
            ApprovalStep,
            ChainSettings,
            StepRule,
        )

        steps = tuple(ApprovalStep(t, ids, StepRule(rule)) for t, ids, rule in self.steps)
        urgent = frozenset(v for v, box in self.urgent_boxes.items() if box.isChecked())
        settings = ChainSettings(
            ApprovalChain(steps),
            urgent_categories=urgent,
            fast_track_step=steps[-1] if steps and urgent else None,
        )

        def saved(_result: object) -> None:
            self.message.setText(
                self.tr("Saved: posts submitted from now on go to these reviewers' PCs.")
                if steps
                else self.tr("Saved: posts are approved with a PIN on this PC.")
            )

        self._run(lambda reviews: reviews.save_chain_settings(settings), saved)


def _role_text(role: str) -> str:
    try:
        return qt_translate("Review", ROLE_LABELS[ReviewerRole(role)])
    except ValueError:
        return role
