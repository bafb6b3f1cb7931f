"""Sending posts to reviewers on their own PCs and taking in their decisions (issue 16),
for the admin's window: every folder read and signature on a worker; decisions are
collected every minute while an approval chain is set up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from medsos_desktop.ui.common.context import UiContext

if TYPE_CHECKING:
    from medsos_desktop.domain.posts import PostRow
    from medsos_desktop.services.remote_review import AgencyReviews, CollectResult

COLLECT_EVERY_MS = 60_000


class RemoteReviewRunner(QObject):
    decided = Signal(object)  # CollectResult with something approved, returned or moved on

    def __init__(self, ctx: UiContext, refresh_post: Callable[[PostRow | None], None]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._refresh_post = refresh_post
        self._passphrase: str | None = None
        self._create_file = False
        self._collecting = False
        self._asked_for_key = False  # once a session, when decisions wait behind a locked key
        self.key_dialog: QObject | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(COLLECT_EVERY_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def _open(self) -> AgencyReviews | None:
        """On a worker: the admin PC's side (None without a data folder). A locked key
        raises what services/identity.py raises: the caller asks for the passphrase."""
        from medsos_desktop.services.remote_review import open_agency_reviews

        workspace = self.ctx.workspace
        if workspace is None:
            return None
        return open_agency_reviews(
            workspace.paths.data_dir,
            workspace.db,
            self._central_folder(),
            self._passphrase,
            self._create_file,
        )

    def _central_folder(self) -> str:
        return self.ctx.settings.central_folder if self.ctx.settings is not None else ""

    def submit(self, post_id: int) -> None:
        """Send the post to the first step of its chain."""
        posts = self.ctx.posts
        if posts is None:
            return
        actor = self.ctx.settings.actor_name if self.ctx.settings else ""

        def work() -> PostRow | None:
            reviews = self._open()
            if reviews is not None:
                reviews.submit(post_id, actor=actor)
            return posts.row(post_id)

        def done(row: PostRow | None) -> None:
            self._refresh_post(row)
            self.ctx.status(
                self.tr("Sent to the reviewers' PCs; their decisions arrive by themselves."),
                10000,
            )

        self.ctx.writer.then(work, on_done=done, on_error=lambda exc: self._failed(exc, post_id))

    def _failed(self, exc: BaseException, post_id: int) -> None:
        from medsos_desktop.ui.dialogs.sync_dialogs import ask_for_device_key, is_key_question

        if not is_key_question(exc):
            self.ctx.show_error(exc)
            return

        def answered(passphrase: str, create_file: bool) -> None:
            self._passphrase, self._create_file = passphrase, create_file
            self.submit(post_id)

        self.key_dialog = ask_for_device_key(exc, self.ctx.parent_widget, answered)

    def collect(self) -> None:
        """Take in the decisions that arrived; the posts they move are shown again."""
        ctx = self.ctx
        if ctx.workspace is None or ctx.posts is None or self._collecting:
            return
        if not self._central_folder():
            return
        workspace, posts = ctx.workspace, ctx.posts
        self._collecting = True

        locked: list[BaseException] = []

        def work() -> tuple[CollectResult | None, list[Any], int]:
            from medsos_desktop.services.identity import NoSecureKeyring, PassphraseRequired
            from medsos_desktop.services.remote_review import (
                chains_configured,
                requests_waiting,
            )

            if not chains_configured(workspace.db):
                return None, [], 0
            try:
                reviews = self._open()
            except (PassphraseRequired, NoSecureKeyring) as exc:
                # The key is locked (no password store): worth asking only when decisions
                # are awaited; otherwise the next submit asks.
                if requests_waiting(workspace.db):
                    locked.append(exc)
                return None, [], 0
            if reviews is None:
                return None, [], 0
            result = reviews.collect()
            expired = reviews.expire_approvals()
            moved = {*result.approved, *result.returned, *result.next_steps, *expired}
            return result, [posts.row(post_id) for post_id in sorted(moved)], len(expired)

        def done(outcome: tuple[CollectResult | None, list[Any], int]) -> None:
            self._collecting = False
            result, rows, expired = outcome
            if locked:
                self._ask_for_key(locked[0])
            if expired:
                self.ctx.status(
                    self.tr(
                        "{count} approvals expired: those posts were not published in time "
                        "and must be approved again."
                    ).format(count=expired),
                    20000,
                )
            for row in rows:
                self._refresh_post(row)
            if result is not None and (result.approved or result.returned):
                self.ctx.status(
                    self.tr("Decisions arrived: {approved} approved, {returned} sent back.").format(
                        approved=len(result.approved), returned=len(result.returned)
                    ),
                    15000,
                )
            if result is not None and rows:
                self.decided.emit(result)

        def failed(_exc: BaseException) -> None:
            self._collecting = False  # the folder is away: tried again in a minute

        ctx.runner.run(work, on_done=done, on_error=failed)

    def _ask_for_key(self, question: BaseException) -> None:
        """Decisions from the heads' PCs wait, and this PC's key is locked: say so in the
        status bar every time, and ask for the passphrase once a session."""
        self.ctx.status(
            self.tr(
                "Decisions from the heads' PCs cannot be taken in until this PC's key is "
                "unlocked with its passphrase."
            ),
            55000,
        )
        if self._asked_for_key:
            return
        self._asked_for_key = True
        from medsos_desktop.ui.dialogs.sync_dialogs import ask_for_device_key

        def answered(passphrase: str, create_file: bool) -> None:
            self._passphrase, self._create_file = passphrase, create_file
            self.collect()

        self.key_dialog = ask_for_device_key(question, self.ctx.parent_widget, answered)


def announce_this_pc(
    ctx: UiContext,
    *,
    ask: bool = False,
    passphrase: str | None = None,
    create_file: bool = False,
) -> None:
    """Put the agency and this PC's device file in the central folder (what the Settings
    page does when opened), so that a head of office can pair their PC before the admin
    ever opens that page: at start-up and when a central folder is saved. On a worker;
    a problem is said in the status bar, never in the way. `ask`: when the key needs its
    passphrase (or a key file), ask for it (the admin just saved the folder); otherwise
    only say so."""
    from medsos_desktop.services.identity import NoSecureKeyring, PassphraseRequired

    workspace, settings, profile = ctx.workspace, ctx.settings, ctx.profile
    if workspace is None or settings is None or not settings.central_folder:
        return
    if profile is None or not profile.confirmed:
        return  # the sample workspace is never shown to reviewers as an agency
    folder = settings.central_folder

    def work() -> BaseException | None:
        from medsos_desktop.services.remote_review import open_agency_reviews
        from medsos_desktop.services.review_view import this_pc_in_folder

        if not ask and this_pc_in_folder(workspace.paths.data_dir, workspace.db, folder):
            return None  # there already: nothing to unlock the key for
        try:
            open_agency_reviews(
                workspace.paths.data_dir, workspace.db, folder, passphrase, create_file
            )
        except (PassphraseRequired, NoSecureKeyring) as exc:
            return exc
        return None

    def done(question: BaseException | None) -> None:
        if question is None:
            if ask:
                ctx.status(
                    QCoreApplication.translate(
                        "RemoteReview",
                        "Your agency is in the central folder: the heads of office can pair "
                        "their PCs now.",
                    ),
                    10000,
                )
            return
        if ask:
            from medsos_desktop.ui.dialogs.sync_dialogs import ask_for_device_key

            def answered(given: str, creating: bool) -> None:
                announce_this_pc(ctx, ask=True, passphrase=given, create_file=creating)

            ctx.dialog = ask_for_device_key(question, ctx.parent_widget, answered)
            return
        ctx.status(
            QCoreApplication.translate(
                "RemoteReview",
                "Heads of office cannot pair their PCs yet: this PC's key is locked or not "
                "set up. Open Settings → Approval on the heads' own PCs once.",
            ),
            20000,
        )

    def failed(exc: BaseException) -> None:
        from medsos_desktop.ui.common.translation import error_text

        ctx.status(
            QCoreApplication.translate(
                "RemoteReview", "Heads of office cannot pair their PCs yet: {reason}"
            ).format(reason=error_text(exc)),
            20000,
        )

    ctx.runner.run(work, on_done=done, on_error=failed)
