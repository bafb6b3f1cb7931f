"""After publishing, by hand: record where a post went live (MarkPublishedDialog) and
type its figures (MetricsEntryDialog)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.services.metrics import (
    METRIC_FIELDS,
    LinkError,
    check_link,
)
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.metrics.fields import (
    _ERROR_STYLE,
    FigureSpinBox,
    _buttons_row,
    _error_text,
    tr_field,
    tr_platform,
)


class MarkPublishedDialog(QDialog):
    """One link field per platform of the post, the publish time, problems beside each field."""

    published = Signal(int)  # post id, once stored

    def __init__(
        self,
        post_id: int,
        title: str,
        platforms: Sequence[Platform],
        links: Mapping[Platform, str],
        mark: Callable[[int, dict[Platform, str], datetime], Any],
        at: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mark_published_dialog")
        self.setWindowTitle(self.tr("Mark as published: {title}").format(title=title))
        self.resize(620, 200 + 60 * len(platforms))
        self.post_id = post_id
        self.mark = mark
        self.runner = TaskRunner(self, max_threads=1)
        self.inputs: dict[Platform, QLineEdit] = {}
        self.problems: dict[Platform, QLabel] = {}

        intro = QLabel(
            self.tr(
                "Paste the link of the post on each platform where it went live. "
                "Leave a field empty for a platform where it was not posted."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        ordered = list(dict.fromkeys([*platforms, *links]))
        for platform in ordered:
            edit = QLineEdit(links.get(platform, ""), self)
            edit.setObjectName(f"link_{platform.value}")
            edit.setPlaceholderText("https://")
            edit.textChanged.connect(self._validate)
            problem = QLabel(self)
            problem.setObjectName(f"problem_{platform.value}")
            problem.setWordWrap(True)
            problem.setStyleSheet(_ERROR_STYLE)
            problem.hide()
            cell = QWidget(self)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.addWidget(edit)
            cell_layout.addWidget(problem)
            form.addRow(tr_platform(platform), cell)
            self.inputs[platform] = edit
            self.problems[platform] = problem
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("published_at")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setDateTime(QDateTime(at or datetime.now().replace(second=0, microsecond=0)))
        form.addRow(self.tr("Published at"), self.when)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.save_button = QPushButton(self.tr("Mark as published"), self)
        self.save_button.setObjectName("accept")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._submit)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancel")
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(_buttons_row(self.save_button, cancel))
        self._validate()
        fit_dialog(self)  # within the screen, buttons in sight

    def links(self) -> dict[Platform, str]:
        return {p: e.text().strip() for p, e in self.inputs.items() if e.text().strip()}

    def _show_problem(self, platform: Platform, text: str) -> None:
        label = self.problems[platform]
        label.setText(text)
        label.setVisible(bool(text))

    def _validate(self) -> bool:
        """Problems shown as the admin types; the button waits for at least one good link."""
        ok = True
        for platform, edit in self.inputs.items():
            text = edit.text().strip()
            problem = check_link(platform, text) if text else None
            self._show_problem(platform, _error_text(problem) if problem else "")
            ok = ok and problem is None
        self.save_button.setEnabled(ok and bool(self.links()))
        return ok

    def _submit(self) -> None:
        if not self._validate():
            return
        links = self.links()
        when = self.when.dateTime().toPython()
        assert isinstance(when, datetime)
        self.save_button.setEnabled(False)
        self.message.clear()
        self.runner.run(
            lambda: self.mark(self.post_id, links, when),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, _result: object) -> None:
        self.published.emit(self.post_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, LinkError):
            for platform, problem in exc.problems.items():
                if platform in self.problems:
                    self._show_problem(platform, _error_text(problem))
        self.message.setText(_error_text(exc))
        self.save_button.setEnabled(True)


# --- typed figures ----------------------------------------------------------------------------


class MetricsEntryDialog(QDialog):
    """Figures typed from the platform's insights: a column per platform, a row per figure."""

    saved = Signal(int)  # post id, once stored

    def __init__(
        self,
        post_id: int,
        title: str,
        platforms: Sequence[Platform],
        current: Mapping[Platform, Mapping[str, int | None]],
        record: Callable[[int, dict[Platform, dict[str, int | None]]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("metrics_entry_dialog")
        self.setWindowTitle(self.tr("Figures: {title}").format(title=title))
        self.post_id = post_id
        self.record = record
        self.runner = TaskRunner(self, max_threads=1)
        self.spins: dict[tuple[Platform, str], FigureSpinBox] = {}
        self.platforms = list(dict.fromkeys([*platforms, *current]))

        intro = QLabel(
            self.tr(
                "Type the figures shown in each platform's insights. Leave a figure at “–” "
                "when the platform does not show it."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, platform in enumerate(self.platforms, start=1):
            header = QLabel(f"<b>{tr_platform(platform)}</b>", self)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(header, 0, column)
        for row, name in enumerate(METRIC_FIELDS, start=1):
            grid.addWidget(QLabel(tr_field(name), self), row, 0)
            for column, platform in enumerate(self.platforms, start=1):
                spin = FigureSpinBox(self)
                spin.setObjectName(f"{platform.value}_{name}")
                spin.set_figure(current.get(platform, {}).get(name))
                grid.addWidget(spin, row, column)
                self.spins[(platform, name)] = spin
        grid.setColumnStretch(0, 1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.save_button = QPushButton(self.tr("Save figures"), self)
        self.save_button.setObjectName("accept")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._submit)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancel")
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(_buttons_row(self.save_button, cancel))
        self.resize(max(480, 200 + 130 * len(self.platforms)), 420)
        fit_dialog(self)  # within the screen, buttons in sight

    def figures(self) -> dict[Platform, dict[str, int | None]]:
        return {
            platform: {name: self.spins[(platform, name)].figure() for name in METRIC_FIELDS}
            for platform in self.platforms
        }

    def _submit(self) -> None:
        values = self.figures()
        self.save_button.setEnabled(False)
        self.message.clear()
        self.runner.run(
            lambda: self.record(self.post_id, values), on_done=self._done, on_error=self._failed
        )

    def _done(self, _result: object) -> None:
        self.saved.emit(self.post_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(_error_text(exc))
        self.save_button.setEnabled(True)


# --- CSV import -------------------------------------------------------------------------------
