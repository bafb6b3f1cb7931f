"""Submitting a post, the head of office's review, the approval sheet and the history."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from medsos_desktop.domain.posts import PostRow, Status
from medsos_desktop.ui.actions.remote_review import RemoteReviewRunner
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.common.file_filters import file_dialog
from medsos_desktop.ui.common.translation import qt_translate

if TYPE_CHECKING:
    from medsos_desktop.ui.editor.editor import PostEditor


class ReviewActions(QObject):
    """From a draft to a decision: submit (asking first when errors remain), review with a
    PIN, the approval sheet to print or send, the post's history, a new revision."""

    reviewed = Signal(int, str)  # post id, "approved" or "changes_requested"
    sheet_saved = Signal(tuple)  # (pdf path, [page picture paths])

    def __init__(
        self,
        ctx: UiContext,
        editor: Callable[[], PostEditor],
        refresh_post: Callable[[PostRow | None], None],
        load_blob: Callable[[str], bytes | None],
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._editor = editor
        self._refresh_post = refresh_post
        self._load_blob = load_blob
        # Reviewers on their own PCs, when the agency set up an approval chain.
        self.remote = RemoteReviewRunner(ctx, refresh_post)

    def submit_post(self, post_id: int) -> None:
        """Submit for review; a post with error findings lists them and asks first."""
        ctx = self.ctx
        if ctx.workspace is None or ctx.posts is None:
            return
        from medsos_desktop.domain.checks import errors_only
        from medsos_desktop.services.agency import load_profile
        from medsos_desktop.services.checks import check_post

        posts, db = ctx.posts, ctx.workspace.db

        def errors() -> dict[Any, Any]:
            return errors_only(check_post(posts.load(post_id).content, load_profile(db)))

        def ask(found: dict[Any, Any]) -> None:
            if not found:
                self._submit(post_id)
                return
            from medsos_desktop.ui.editor.findings_view import SubmitGuardDialog

            dialog = SubmitGuardDialog(found, ctx.parent_widget)
            dialog.accepted.connect(lambda: self._submit(post_id))
            ctx.open_dialog(dialog)

        ctx.writer.then(errors, on_done=ask, on_error=ctx.show_error)

    def _submit(self, post_id: int) -> None:
        """To the reviewers' own PCs when a chain is set up; else to a PIN on this PC."""
        posts, workspace = self.ctx.posts, self.ctx.workspace
        if posts is None or workspace is None:
            return

        def work() -> PostRow | str | None:
            from medsos_desktop.services.remote_review import chains_configured

            if chains_configured(workspace.db):
                return "remote"
            posts.change_status(post_id, Status.SUBMITTED)
            return posts.row(post_id)

        def done(result: PostRow | str | None) -> None:
            if isinstance(result, str):
                self.remote.submit(post_id)
            else:
                self._refresh_post(result)

        self.ctx.writer.then(work, on_done=done, on_error=self.ctx.show_error)

    def open_review(self, post_id: int) -> None:
        ctx = self.ctx
        if ctx.workspace is None or ctx.posts is None:
            return
        from medsos_desktop.services.agency import load_profile
        from medsos_desktop.services.checks import check_post
        from medsos_desktop.services.review import ReviewService

        service = ReviewService(ctx.workspace.db)
        posts, db = ctx.posts, ctx.workspace.db

        def work() -> tuple[Any, ...]:
            content, profile = posts.load(post_id).content, load_profile(db)
            return service.reviewers(post_id), content, check_post(content, profile), profile

        def show(loaded: tuple[Any, ...]) -> None:
            from medsos_desktop.ui.dialogs.review_dialog import ReviewDialog

            reviewers, content, findings, profile = loaded
            dialog = ReviewDialog(
                service,
                post_id,
                content,
                findings,
                reviewers,
                load_blob=self._load_blob,
                profile=profile,
                parent=ctx.parent_widget,
            )
            dialog.decided.connect(lambda decision: self._reviewed(post_id, decision))
            ctx.open_dialog(dialog)

        ctx.writer.then(work, on_done=show, on_error=ctx.show_error)

    def _reviewed(self, post_id: int, decision: str) -> None:
        posts = self.ctx.posts
        if posts is None:
            return
        self.ctx.runner.run(
            lambda: posts.row(post_id), on_done=self._refresh_post, on_error=self.ctx.show_error
        )
        self.ctx.status(
            self.tr("Approved.")
            if decision == "approved"
            else self.tr("Sent back to the admin with the reviewer's comment.")
        )
        self.reviewed.emit(post_id, decision)

    def save_approval_sheet(self, post_id: int) -> None:
        """Ask who signs when the office has a choice, then where to save the sheet."""
        ctx = self.ctx
        if ctx.workspace is None:
            return
        from medsos_desktop.services.review import ReviewService

        service = ReviewService(ctx.workspace.db)

        def chosen(loaded: tuple[list[Any], int | None]) -> None:
            eligible, default = loaded
            if not eligible or (len(eligible) == 1 and default is not None):
                self._save_approval_sheet(post_id, default)
                return
            from PySide6.QtWidgets import QInputDialog

            from medsos_desktop.domain.review import ROLE_LABELS

            blank = self.tr("Nobody: leave the signature block to fill in by hand")
            names = [
                f"{r.name} — {r.jabatan or qt_translate('Review', ROLE_LABELS[r.role])}"
                for r in eligible
            ]
            dialog = QInputDialog(ctx.parent_widget)
            dialog.setWindowTitle(self.tr("Approval sheet"))
            dialog.setLabelText(self.tr("Who signs this approval sheet?"))
            dialog.setComboBoxItems([*names, blank])
            dialog.setComboBoxEditable(False)
            pick = next((i for i, r in enumerate(eligible) if r.id == default), len(names))
            dialog.setTextValue(([*names, blank])[pick])
            dialog.setOkButtonText(self.tr("Continue"))
            dialog.setCancelButtonText(self.tr("Cancel"))

            def picked(text: str) -> None:
                index = names.index(text) if text in names else None
                self._save_approval_sheet(
                    post_id, eligible[index].id if index is not None else None
                )

            dialog.textValueSelected.connect(picked)
            ctx.open_dialog(dialog)

        ctx.writer.then(
            lambda: service.sheet_signers(post_id), on_done=chosen, on_error=ctx.show_error
        )

    def _save_approval_sheet(self, post_id: int, signer_id: int | None) -> None:
        ctx = self.ctx
        if ctx.workspace is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from medsos_desktop.services.review import ReviewService
        from medsos_desktop.services.settings import atomic_write_bytes

        service = ReviewService(ctx.workspace.db)
        dialog = file_dialog(ctx.parent_widget, self.tr("Save the approval sheet"), "documents")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF document") + " (*.pdf)")
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.tr("approval-sheet") + f"-{post_id}.pdf")

        def write(path: str) -> None:
            target = Path(path).with_suffix(".pdf")

            def work() -> tuple[Path, list[Path]]:
                pngs, pdf = service.approval_sheet(post_id, qt_translate, signer_id)
                atomic_write_bytes(target, pdf)
                # Every page as a picture too, for WhatsApp: name-1.png, name-2.png, ...
                images = [
                    target.with_name(f"{target.stem}-{n}.png") for n in range(1, 1 + len(pngs))
                ]
                for image, data in zip(images, pngs, strict=True):
                    atomic_write_bytes(image, data)
                return target, images

            def done(saved: tuple[Path, list[Path]]) -> None:
                pdf, images = saved
                ctx.status(
                    self.tr(
                        "Saved {pdf} and {count} page pictures for WhatsApp ({first}, ...)."
                    ).format(pdf=pdf.name, count=len(images), first=images[0].name),
                    10000,
                )
                self.sheet_saved.emit(saved)

            ctx.writer.then(work, on_done=done, on_error=ctx.show_error)

        ctx.open_file_dialog(dialog, write)

    def open_history(self, post_id: int) -> None:
        ctx = self.ctx
        if ctx.workspace is None or ctx.posts is None:
            return
        from medsos_desktop.services.review import ReviewService

        posts, reviews = ctx.posts, ReviewService(ctx.workspace.db)
        editor = self._editor()
        title, current = editor.title_edit.text(), editor.content

        def work() -> tuple[Any, ...]:
            approved = reviews.approved_content(post_id)
            revision = reviews.approved_revision(post_id)
            return posts.events(post_id), approved, revision

        def show(loaded: tuple[Any, ...]) -> None:
            from medsos_desktop.ui.dialogs.history_dialog import HistoryDialog

            events, approved, revision = loaded
            ctx.open_dialog(
                HistoryDialog(title, events, approved, current, revision, ctx.parent_widget)
            )

        ctx.runner.run(work, on_done=show, on_error=ctx.show_error)

    def new_revision(self, post_id: int) -> None:
        posts = self.ctx.posts
        if posts is None:
            return

        def work() -> PostRow | None:
            posts.start_new_revision(post_id)
            return posts.row(post_id)

        self.ctx.writer.then(work, on_done=self._refresh_post, on_error=self.ctx.show_error)
