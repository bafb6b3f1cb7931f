"""Sending approved posts to the central folder, by hand and on its own.

A laptop is often offline and a share is often not mounted: approved posts wait in the
outbox and are retried in the background with a growing pause (half a minute up to a
quarter of an hour) until the folder answers, without a dialog. Only a sync the user
asked for may ask something back (choose the folder, a passphrase for the device key).
Every run goes through one single-thread runner, so two runs never overlap.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar

from medsos_desktop.services.errors import UserFacingError
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.common.file_filters import file_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text, qt_translate

# Pauses between automatic attempts while revisions are waiting; the last one repeats.
RETRY_DELAYS_MS = (30_000, 60_000, 120_000, 300_000, 600_000, 900_000)
FIRST_TRY_MS = 5_000  # after opening the data folder: let the window settle first
AFTER_APPROVAL_MS = 1_500


PULL_EVERY_S = 600.0  # look for Diskominfo's shared items at most this often on its own


@dataclass(frozen=True)
class _Skipped:
    """An automatic run that sent nothing, and why."""

    reason: str  # "nothing", "no_key", "passphrase"
    waiting: int
    pulled: object | None = None  # the shared items pull, when one was due


class SyncController(QObject):
    # The services' SyncResult of every run that reached the folder, and the PullResult of
    # Diskominfo's shared items. object, not the classes: services.sync and
    # services.shared_items load the store (SQLAlchemy), which the first screen does not
    # need; they are imported on the worker that syncs.
    synced = Signal(object)
    shared_pulled = Signal(object)

    rows_changed = Signal(list)  # the posts' rows after a run (their status changed)
    busy_changed = Signal(bool)  # a run started (True) or ended: "Send" is not offered twice

    def __init__(self, ctx: UiContext, open_profile: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._open_profile = open_profile
        self.runner = TaskRunner(self, max_threads=1)
        self.retry_delays: tuple[int, ...] = RETRY_DELAYS_MS
        self._failures = 0
        self._running = False
        self._signer: object | None = None  # unlocked with a passphrase in this session
        self._last_pull = -PULL_EVERY_S
        self._key_warning = ""
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(lambda: self._start(None, automatic=True))
        status_bar = ctx.window.statusBar()
        self.progress = QProgressBar(ctx.window)
        self.progress.setObjectName("sync_progress")
        self.progress.setMaximumWidth(180)
        self.progress.setVisible(False)
        status_bar.addPermanentWidget(self.progress)
        self.label = QLabel(ctx.window)
        self.label.setObjectName("sync_label")
        status_bar.addPermanentWidget(self.label)

    # -- triggers ------------------------------------------------------------------

    def kick(self, delay_ms: int = AFTER_APPROVAL_MS) -> None:
        """Try soon in the background (a post was approved, the data folder opened)."""
        if self._is_sample():
            return  # the sample's posts are never sent; nor is anything pulled into it
        if self.ctx.settings.central_folder and not self._running:
            self.timer.start(delay_ms)

    def sync_now(self) -> None:
        """Send on request: choose the folder once, the key's place knowingly."""
        ctx = self.ctx
        if ctx.workspace is None:
            return
        if self._is_sample():
            ctx.dialog = messages.confirm(
                ctx.parent_widget,
                self.tr("Sample workspace"),
                self.tr(
                    "This is the sample workspace: its posts belong to a sample agency and "
                    "are never sent to Diskominfo's central folder.\n\nFill in your agency's "
                    "profile to start your own workspace; your own approved posts are then "
                    "sent, signed in your agency's name."
                ),
                self.tr("Fill in agency profile…"),
                self._open_profile,
            )
            return
        if not ctx.settings.central_folder:
            dialog = file_dialog(
                ctx.parent_widget, self.tr("Choose the central folder from Diskominfo"), "home"
            )
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)

            def chosen(path: str) -> None:
                ctx.settings.central_folder = path
                if ctx.workspace is not None:
                    ctx.runner.run(ctx.workspace.save_settings, on_error=ctx.show_error)
                self.sync_now()

            dialog.fileSelected.connect(chosen)
            ctx.file_dialog = dialog
            dialog.open()
            return
        self._start(None)

    def _is_sample(self) -> bool:
        profile = self.ctx.profile
        return profile is None or not profile.confirmed

    # -- one run -------------------------------------------------------------------

    def _start(
        self, passphrase: str | None, create_file: bool = False, automatic: bool = False
    ) -> None:
        from medsos_desktop.services.identity import (
            IdentityService,
            NoSecureKeyring,
            PassphraseRequired,
        )
        from medsos_desktop.services.shared_items import SharedItemsService
        from medsos_desktop.services.sync import SyncService

        ctx = self.ctx
        if ctx.workspace is None or self._running or not ctx.settings.central_folder:
            return
        self.timer.stop()
        workspace, central = ctx.workspace, Path(ctx.settings.central_folder)
        identities = IdentityService(workspace.paths.data_dir)
        cached = self._signer
        pull_due = not automatic or time.monotonic() - self._last_pull >= PULL_EVERY_S
        if pull_due:
            self._last_pull = time.monotonic()
        expected = getattr(ctx.settings, "coordinator_key_fingerprint", "")

        def pull() -> object | None:
            if not pull_due:
                return None
            try:
                return SharedItemsService(workspace.db).pull(central, expected)
            except UserFacingError as exc:
                return exc  # the folder is away: said with the sync's own result

        def work(progress: Callable[[int, int], None]) -> object:
            service = SyncService(workspace.db)
            if automatic:
                # Nothing to send: look at the share only when a pull is due (it may be
                # slow to answer).
                service.enqueue_approved()
                waiting = len(service.pending())
                if not waiting:
                    return _Skipped("nothing", 0, pull())
            identity = identities.load()
            if identity is None and automatic:
                return _Skipped("no_key", waiting)
            try:
                if cached is None or identity is None:
                    identity, signer = identities.obtain_signer(passphrase, create_file)
                else:
                    signer = cached
            except PassphraseRequired as exc:
                return _Skipped("passphrase", waiting) if automatic else exc
            except NoSecureKeyring as exc:
                return _Skipped("no_key", waiting) if automatic else exc
            result = service.run(
                central, signer, signer.public_key, identity.device_name, progress=progress
            )
            return result, signer if passphrase else None, pull()

        self._running = True
        self.busy_changed.emit(True)
        if not automatic:
            self.progress.setVisible(True)
            self.progress.setRange(0, 0)
            ctx.window.statusBar().showMessage(self.tr("Sending to the central folder…"))

        def progress(done: int, total: int) -> None:
            self.progress.setVisible(True)
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

        self.runner.run(
            work,
            on_done=lambda result: self._finished(result, automatic, create_file),
            on_error=lambda exc: self._failed(exc, automatic),
            on_progress=progress,
        )

    def _finish_common(self) -> None:
        self._running = False
        self.busy_changed.emit(False)
        self.progress.setVisible(False)

    def _failed(self, exc: BaseException, automatic: bool) -> None:
        self._finish_common()
        self.ctx.window.statusBar().clearMessage()
        if automatic:
            self._schedule_retry()
            self.label.setText(self.tr("Central folder: not reached; trying again later."))
            self.label.setToolTip(error_text(exc))
        else:
            self.ctx.show_error(exc)

    def _finished(self, outcome: object, automatic: bool, create_file: bool) -> None:
        from medsos_desktop.ui.dialogs.sync_dialogs import ask_for_device_key

        ctx = self.ctx
        self._finish_common()
        if not automatic:
            ctx.window.statusBar().clearMessage()
        if isinstance(outcome, _Skipped):
            self._show_skipped(outcome)
            self._pulled(outcome.pulled, automatic)
            return
        if isinstance(outcome, UserFacingError):  # only for a run the user asked for
            ctx.dialog = ask_for_device_key(
                outcome,
                ctx.parent_widget,
                lambda passphrase, creating: self._start(passphrase, create_file=creating),
            )
            return
        result, unlocked, pulled = outcome  # type: ignore[misc]
        if unlocked is not None:
            self._signer = unlocked  # kept in memory only, for the automatic retries
        self._show_result(result, automatic)
        posts = ctx.posts
        if posts is not None:
            ctx.runner.run(posts.list_rows, on_done=self.rows_changed.emit)
        self.synced.emit(result)
        self._pulled(pulled, automatic)

    def _pulled(self, pulled: object | None, automatic: bool) -> None:
        """A changed coordinator key is said loudly, even after an automatic run."""
        if pulled is None or isinstance(pulled, UserFacingError):
            return
        error = pulled.error  # type: ignore[attr-defined]
        if error is not None:
            text = error.render(qt_translate)
            self.label.setText(self.tr("Diskominfo's key has changed: nothing new accepted."))
            self.label.setStyleSheet("color: #b00020; font-weight: bold;")
            self.label.setToolTip(text)
            if not automatic or text != self._key_warning:  # once, not every ten minutes
                self._key_warning = text
                self.ctx.dialog = messages.show_message(
                    self.ctx.parent_widget, self.tr("Diskominfo's key has changed"), text
                )
        elif pulled.new or pulled.updated:  # type: ignore[attr-defined]
            self.ctx.window.statusBar().showMessage(
                self.tr("{count} new or updated items from Diskominfo.").format(
                    count=pulled.new + pulled.updated  # type: ignore[attr-defined]
                ),
                10000,
            )
        self.shared_pulled.emit(pulled)

    # -- what the user sees --------------------------------------------------------

    def _schedule_retry(self) -> None:
        delay = self.retry_delays[min(self._failures, len(self.retry_delays) - 1)]
        self._failures += 1
        self.timer.start(delay)

    def _next_try_text(self) -> str:
        at = datetime.now() + timedelta(milliseconds=self.timer.remainingTime())
        return at.strftime("%H.%M")

    def _show_skipped(self, skipped: _Skipped) -> None:
        self.label.setToolTip("")
        if skipped.reason == "nothing":
            self._failures = 0
            self.label.setText("")
        elif skipped.reason == "passphrase":
            self.label.setText(
                self.tr(
                    "Central folder: {count} waiting. Send them with “Send to central "
                    "folder”: the device key needs its passphrase."
                ).format(count=skipped.waiting)
            )
        else:
            self.label.setText(
                self.tr(
                    "Central folder: {count} waiting. Send them once with “Send to "
                    "central folder” to set up this PC's key."
                ).format(count=skipped.waiting)
            )

    def _show_result(self, result: object, automatic: bool) -> None:
        ctx = self.ctx
        waiting = result.waiting  # type: ignore[attr-defined]
        failed = result.failed  # type: ignore[attr-defined]
        errors = result.errors  # type: ignore[attr-defined]
        reasons = "\n\n".join(e.render(qt_translate) for e in errors[:5])
        if waiting:
            self._schedule_retry()
            self.label.setText(
                self.tr("Central folder: {count} waiting, next try at {time}.").format(
                    count=waiting, time=self._next_try_text()
                )
            )
        else:
            self._failures = 0
            self.label.setText(
                self.tr("Central folder: {count} need attention.").format(count=failed)
                if failed
                else self.tr("Central folder: everything sent.")
            )
        self.label.setToolTip(reasons)
        if automatic:
            if result.published:  # type: ignore[attr-defined]
                ctx.window.statusBar().showMessage(
                    self.tr("{sent} approved posts sent to the central folder.").format(
                        sent=result.published  # type: ignore[attr-defined]
                    ),
                    8000,
                )
            return
        ctx.window.statusBar().showMessage(
            self.tr("{sent} sent, {waiting} waiting, {failed} need attention.").format(
                sent=result.published,  # type: ignore[attr-defined]
                waiting=waiting,
                failed=failed,
            ),
            12000,
        )
        if errors:
            ctx.dialog = messages.show_message(
                ctx.parent_widget, self.tr("Not everything was sent"), reasons
            )
